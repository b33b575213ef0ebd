"""Plain-text and JSONL readers, and the dispatch that picks a reader per file.

Why decoding is careful: collected reports arrive as UTF-8 with or without a
BOM, sometimes with a few broken bytes, sometimes as binary junk.  A report
with a handful of bad bytes is still worth reading (they become U+FFFD and a
warning); a file that is mostly not text is refused with a reason.
"""
from __future__ import annotations

import hashlib
import json
import sys
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Callable, Iterable, Iterator, TextIO

from rasd.model import Document

#: documents longer than this many characters are refused (override per call)
DEFAULT_MAX_CHARS = 1_000_000


@dataclass(slots=True)
class ReadProblem:
    """Something that could not be read, or was read with a caveat."""

    where: str          # "file", "file:line"
    reason: str
    fatal: bool = True  # False: a warning, the document was still produced

    def __str__(self) -> str:
        return f"{self.where}: {self.reason}"


def parse_date(value: object) -> date | None:
    """A publication date from 'YYYY-MM-DD', an ISO datetime, or None; ValueError otherwise."""
    if value in (None, ""):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    s = str(value).strip()
    try:
        return date.fromisoformat(s[:10])
    except ValueError:
        pass
    try:
        return datetime.fromisoformat(s.replace("Z", "+00:00")).date()
    except ValueError:
        raise ValueError(f"not an ISO date: {s[:40]!r}") from None


def decode_bytes(raw: bytes, where: str) -> tuple[str | None, ReadProblem | None]:
    """Decode report bytes; refuse binary data, tolerate a few broken bytes."""
    if not raw:
        return "", None
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    if b"\x00" in raw[:4096]:
        return None, ReadProblem(where, "binary data (NUL bytes), not a text report")
    try:
        return raw.decode("utf-8"), None
    except UnicodeDecodeError:
        pass
    text = raw.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    if bad > max(16, len(text) // 50):
        return None, ReadProblem(where, f"not valid UTF-8 ({bad} undecodable bytes); convert it to UTF-8 first")
    return text, ReadProblem(where, f"{bad} invalid UTF-8 byte(s) replaced by U+FFFD", fatal=False)


def doc_id_for(text: str, hint: str) -> str:
    """A stable id: the hint (file stem, JSON id) or, failing that, a content hash."""
    if hint:
        return hint
    return "sha1-" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def _check(doc: Document, where: str, max_chars: int) -> ReadProblem | None:
    if not doc.text.strip():
        return ReadProblem(where, "empty document")
    if len(doc.text) > max_chars:
        return ReadProblem(where, f"document has {len(doc.text):,} characters, over the limit of "
                                  f"{max_chars:,} (raise it with --max-chars)")
    return None


def read_text_file(path: Path, published: date | None, max_chars: int) -> Iterator[Document | ReadProblem]:
    where = str(path)
    try:
        raw = path.read_bytes()
    except OSError as e:
        yield ReadProblem(where, f"cannot read: {e.strerror or e}")
        return
    text, problem = decode_bytes(raw, where)
    if problem:
        yield problem
    if text is None:
        return
    doc = Document(id=path.stem, text=text, published=published, source=where)
    bad = _check(doc, where, max_chars)
    yield bad if bad else doc


def read_jsonl_stream(lines: Iterable[str], where: str, published: date | None,
                      max_chars: int) -> Iterator[Document | ReadProblem]:
    """One JSON object per line: {"id", "text", "published"?, "url"?, "title"?, "source"?}."""
    for n, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        loc = f"{where}:{n}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            yield ReadProblem(loc, f"malformed JSON ({e.msg} at column {e.colno})")
            continue
        if not isinstance(obj, dict):
            yield ReadProblem(loc, "a JSON line must be an object with a \"text\" field")
            continue
        text = obj.get("text")
        if not isinstance(text, str):
            yield ReadProblem(loc, "no \"text\" string in this line")
            continue
        pub = published
        if obj.get("published") not in (None, ""):
            try:
                pub = parse_date(obj.get("published"))
            except ValueError as e:
                yield ReadProblem(loc, f"ignoring published date: {e}", fatal=False)
        doc = Document(
            id=str(obj.get("id") or obj.get("doc_id") or doc_id_for(text, "")),
            text=text, published=pub, title=obj.get("title"), url=obj.get("url"),
            source=obj.get("source") or where,
        )
        bad = _check(doc, loc, max_chars)
        yield bad if bad else doc


def read_jsonl_file(path: Path, published: date | None, max_chars: int) -> Iterator[Document | ReadProblem]:
    where = str(path)
    try:
        raw = path.read_bytes()
    except OSError as e:
        yield ReadProblem(where, f"cannot read: {e.strerror or e}")
        return
    text, problem = decode_bytes(raw, where)
    if problem:
        yield problem
    if text is None:
        return
    yield from read_jsonl_stream(text.splitlines(), where, published, max_chars)


def read_stdin(stream: TextIO, published: date | None, max_chars: int) -> Iterator[Document | ReadProblem]:
    """stdin holds either JSONL (first non-blank char is '{') or one plain-text report."""
    data = stream.buffer.read() if hasattr(stream, "buffer") else stream.read().encode("utf-8")
    text, problem = decode_bytes(data, "<stdin>")
    if problem:
        yield problem
    if text is None:
        return
    if text.lstrip().startswith("{"):
        yield from read_jsonl_stream(text.splitlines(), "<stdin>", published, max_chars)
        return
    doc = Document(id="stdin", text=text, published=published, source="<stdin>")
    bad = _check(doc, "<stdin>", max_chars)
    yield bad if bad else doc


Reader = Callable[[Path, "date | None", int], Iterator["Document | ReadProblem"]]

#: file suffix -> reader; other modules of rasd.ingest add theirs
READERS: dict[str, Reader] = {
    ".txt": read_text_file,
    ".text": read_text_file,
    ".jsonl": read_jsonl_file,
    ".ndjson": read_jsonl_file,
}


def read_documents(paths: Iterable[str | Path], published: date | None = None,
                   max_chars: int = DEFAULT_MAX_CHARS) -> Iterator[Document | ReadProblem]:
    """Documents from files, directories (recursively) or '-' for stdin."""
    for p in paths:
        if str(p) == "-":
            yield from read_stdin(sys.stdin, published, max_chars)
            continue
        path = Path(p)
        if path.is_dir():
            files = sorted(f for f in path.rglob("*") if f.is_file() and f.suffix.lower() in READERS)
            if not files:
                yield ReadProblem(str(path), "directory holds no readable files")
            for f in files:
                yield from READERS[f.suffix.lower()](f, published, max_chars)
            continue
        if not path.exists():
            yield ReadProblem(str(path), "no such file")
            continue
        reader = READERS.get(path.suffix.lower(), read_text_file)
        yield from reader(path, published, max_chars)
