"""`rasd demo`: the bundled sample reports in a fresh SQLite store, ready for the map.

The demo store is throw-away and recreated on every run, so that the same
command always shows the same thing.  Because recreating means deleting a
file, the demo refuses to delete one that holds anything but the sample
reports: pointing `--db` at a real store by mistake must never cost data.
"""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from rasd.ingest import read_documents
from rasd.model import Document
from rasd.resources import data_path
from rasd.store.ingest import IngestSummary, content_hash, ingest_paths

#: where the bundled sample reports live (`*.txt` and `*.jsonl`)
SAMPLES_DIR = data_path("samples")
DEFAULT_DEMO_DB = Path("rasd-demo.db")


class DemoError(RuntimeError):
    """The demo cannot run as asked (a non-demo database in the way, ...)."""


def sample_files(folder: Path = SAMPLES_DIR) -> list[Path]:
    """The report files of a samples folder, `.jsonl` first (hidden files skipped).

    Why JSONL first: it can carry each report's publication date and URL; a `.txt` file
    holding the same text is then recognised by its content hash and not stored twice.
    """
    if not folder.is_dir():
        return []
    files = [p for p in folder.iterdir()
             if p.is_file() and not p.name.startswith(".") and p.suffix.lower() in (".txt", ".jsonl")]
    return sorted(files, key=lambda p: (p.suffix.lower() != ".jsonl", p.name))


def _hashes(files: list[Path]) -> set[str]:
    return {content_hash(d.text) for d in read_documents([str(p) for p in files])
            if isinstance(d, Document)}


def _stored_hashes(path: Path) -> set[str]:
    """Content hashes in an existing SQLite store (DemoError if it is not one)."""
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            if not tables:
                return set()
            if "documents" not in tables:
                raise DemoError(f"{path} is a SQLite database but not a rasd store; refusing to overwrite it")
            return {r[0] for r in con.execute("SELECT content_hash FROM documents")}
        finally:
            con.close()
    except sqlite3.DatabaseError as e:
        raise DemoError(f"{path} exists and is not a rasd demo store ({e}); refusing to overwrite it") from None


def reset_demo_db(path: Path, files: list[Path]) -> None:
    """Delete a previous demo store at `path`; refuse if it holds other documents."""
    if path.exists():
        foreign = _stored_hashes(path) - _hashes(files)
        if foreign:
            raise DemoError(f"{path} holds {len(foreign)} document(s) that are not the sample reports: it looks "
                            "like a real store, so the demo will not delete it; choose another --db")
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


@dataclass
class DemoResult:
    db: Path
    files: list[Path]
    summary: IngestSummary


def prepare_demo(db: Path = DEFAULT_DEMO_DB, samples: Path = SAMPLES_DIR, published=None,
                 workers: int = 1) -> DemoResult:
    """Recreate the demo store at `db` from the report files in `samples`."""
    files = sample_files(samples)
    reset_demo_db(db, files)
    summary = ingest_paths([str(p) for p in files], db=str(db), workers=workers, published=published) \
        if files else IngestSummary()
    if not files:
        from rasd.store.db import open_store

        open_store(str(db)).close()  # an empty, migrated store: the map still opens
    return DemoResult(db, files, summary)
