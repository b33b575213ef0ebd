"""Readers: files, streams and archives in, `Document`s out.

`read_documents(paths)` picks a reader per file and yields `Document`s, or
`ReadProblem`s for what could not be read (with the file, line and reason),
so one bad file or line never stops a run.  Readers for more formats register
themselves in `rasd.ingest.readers.READERS`.
"""
from rasd.ingest.readers import ReadProblem, read_documents, parse_date

__all__ = ["ReadProblem", "read_documents", "parse_date"]
