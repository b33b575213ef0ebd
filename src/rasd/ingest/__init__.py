"""Readers: files, streams, feeds, web archives and tables in, `Document`s out.

`read_documents(paths)` picks a reader per file (by suffix, corrected by the
file's first bytes) and yields `Document`s, or `ReadProblem`s for what could
not be read (with the file, line or record and the reason), so one bad file
or line never stops a run.  `Skipped` marks documents left out on purpose
(not Arabic, duplicates in an archive).  Formats register their reader in
`rasd.ingest.readers.READERS`.
"""
from rasd.ingest.base import ReadOptions, ReadProblem, Skipped, parse_date
from rasd.ingest.readers import READERS, read_documents

__all__ = ["READERS", "ReadOptions", "ReadProblem", "Skipped", "read_documents", "parse_date"]
