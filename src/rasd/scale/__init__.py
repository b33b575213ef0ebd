"""Run extraction over many documents: in this process, a pool of processes, or a Dask cluster.

Extraction is a pure function of a document, so it parallelises by
documents; results come back in input order so that ids and exports are
identical whatever the number of workers or machines.  Writing to a store
stays in the calling process (one writer keeps SQLite consistent).
"""
from rasd.scale.local import ExtractResult, extract_batch, extract_stream

__all__ = ["ExtractResult", "extract_batch", "extract_stream"]
