"""What every reader shares: the problem/skip types, the options, the byte source, ids and dates.

A reader is a function `reader(source, options)` that yields `Document`s and
`ReadProblem`s.  It never raises for bad input: a file that cannot be read, a
line that is not JSON, a feed that is really an HTML page each become a
`ReadProblem` naming the place, and the run goes on with the next one.
"""
from __future__ import annotations

import email.utils
import hashlib
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import IO, Callable, Iterator

from rasd.model import Document

#: documents longer than this many characters are refused (override per call)
DEFAULT_MAX_CHARS = 1_000_000

#: raw markup is this many times larger than the text it carries, at most, before
#: we refuse to parse it (a 50 MB "page" is a data dump or an attack, not a report)
MARKUP_BYTES_PER_CHAR = 20


@dataclass(slots=True)
class ReadProblem:
    """Something that could not be read, or was read with a caveat."""

    where: str          # "file", "file:line", "archive.zip!member", "crawl.warc.gz@offset"
    reason: str
    fatal: bool = True  # False: a warning, the document was still produced

    def __str__(self) -> str:
        return f"{self.where}: {self.reason}"


@dataclass(slots=True)
class Skipped(ReadProblem):
    """A readable document that rasd deliberately leaves out (not Arabic, a duplicate ...).

    It is a `ReadProblem` with `fatal=False` so that callers which only know
    about problems still print it; `kind` lets them count skips by cause.
    """

    fatal: bool = False
    kind: str = "skipped"


@dataclass(slots=True)
class ReadOptions:
    """Everything a reader may need besides the bytes; one object so readers share a signature."""

    published: date | None = None          # date for documents that carry none
    max_chars: int = DEFAULT_MAX_CHARS     # refuse longer documents
    text_column: str | None = None         # tabular/JSONL field holding the report
    date_column: str | None = None         # ... its publication date
    id_column: str | None = None           # ... a stable id
    url_column: str | None = None
    title_column: str | None = None
    require_arabic: bool = False           # skip documents that are not Arabic (Skipped)

    @property
    def max_markup_bytes(self) -> int:
        return self.max_chars * MARKUP_BYTES_PER_CHAR

    @property
    def max_text_bytes(self) -> int:
        # UTF-8 needs at most 4 bytes a character, UTF-16/32 at most 4 as well
        return self.max_chars * 4 + 4


@dataclass(slots=True)
class Source:
    """One named byte stream: a file, a member of a zip, a decompressed .gz, a fetched URL.

    `name` is what messages show; `stem` is the default document id (the file
    name without its suffixes, as the gold format's docs/NAME.txt expects);
    `suffix` is the suffix that picks the reader (".html" for "page.html.gz").
    """

    name: str
    stem: str
    suffix: str
    open: Callable[[], IO[bytes]]
    url: str | None = None
    meta: dict[str, str] = field(default_factory=dict)
    size: int | None = None          # bytes, when known without reading (files, zip members)

    def read(self, limit: int | None = None) -> bytes:
        """All bytes, or the first `limit + 1` (so the caller can tell "over the limit")."""
        with self.open() as f:
            return f.read() if limit is None else f.read(limit + 1)


@dataclass(slots=True)
class Deferred:
    """CPU-heavy reading work (parsing an HTML page) packaged to run in a worker process.

    Readers yield these instead of parsing in place, so that `read_documents`
    with several workers (or a Dask cluster) parses pages in parallel while
    the reading process only does I/O.  `fn` must be a module-level function
    (picklable); it returns the items the reader would have yielded.
    """

    fn: Callable[..., list]
    args: tuple
    where: str

    def run(self) -> list:
        try:
            return self.fn(*self.args)
        except Exception as e:  # noqa: BLE001 - a parser crash is this item's problem only
            return [ReadProblem(self.where, f"could not be parsed ({type(e).__name__}: {e})")]


Reader = Callable[[Source, ReadOptions], Iterator["Document | ReadProblem | Deferred"]]


def stable_id(prefix: str, key: str) -> str:
    """A short id that is the same whenever the same key is read again (idempotent re-ingest)."""
    return f"{prefix}-{hashlib.sha1(key.encode('utf-8')).hexdigest()[:16]}"


def doc_id_for(text: str, hint: str) -> str:
    """A stable id: the hint (file stem, JSON id) or, failing that, a content hash."""
    if hint:
        return hint
    return stable_id("sha1", text)


def content_hash(text: str) -> str:
    """The hash `rasd watch` uses to notice that a document with a known id has changed."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


_ARABIC_INDIC = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")

#: day-first layouts found in Arabic-language spreadsheets, tried after ISO
_DAY_FIRST = ("%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "%Y/%m/%d", "%d/%m/%Y %H:%M", "%d/%m/%Y %H:%M:%S")


def parse_date(value: object) -> date | None:
    """A publication date from ISO ('YYYY-MM-DD', a datetime), day-first 'DD/MM/YYYY',
    RFC 2822 ('Tue, 12 Mar 2019 08:00:00 GMT', as feeds and mail write it), or None.

    Raises ValueError for anything else: a wrong date is worse than none, so
    callers decide whether to warn and go on without it.
    """
    if value in (None, ""):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    s = str(value).strip().translate(_ARABIC_INDIC)
    try:
        return date.fromisoformat(s[:10])
    except ValueError:
        pass
    try:
        return datetime.fromisoformat(s.replace("Z", "+00:00")).date()
    except ValueError:
        pass
    for fmt in _DAY_FIRST:
        try:
            return datetime.strptime(s, fmt).date()
        except ValueError:
            continue
    try:
        dt = email.utils.parsedate_to_datetime(s)
    except (TypeError, ValueError, IndexError):
        dt = None
    if dt is not None:
        return dt.date()   # the publisher's own calendar day, which "today" in the text means
    raise ValueError(f"not a date: {s[:40]!r} (use YYYY-MM-DD)")
