"""From what the user typed to named byte streams: files, directories, globs, URLs, .gz, .zip.

Everything here is about *finding* inputs; reading them is the readers' job.
Document ids come from names, so they are stable across runs: a file's path
relative to the directory given (without its suffix), a zip member's path
inside the zip prefixed with the zip's stem.
"""
from __future__ import annotations

import glob
import gzip
import io
import zipfile
from collections import Counter
from pathlib import Path, PurePosixPath
from typing import Callable, Iterable, Iterator

from rasd.ingest.base import ReadProblem, Skipped, Source, stable_id

#: formats that are zip files inside but not archives of reports; refused with advice
UNSUPPORTED = {".docx": "Word", ".xlsx": "Excel", ".odt": "OpenDocument", ".ods": "OpenDocument",
               ".pptx": "PowerPoint", ".epub": "EPUB", ".pdf": "PDF", ".tar": "tar", ".tgz": "tar"}

#: how deep archives may nest (a zip of gzipped WARCs is 2)
MAX_NESTING = 3


def strip_suffix(name: str) -> str:
    """'dir/x.html.gz' -> 'dir/x', 'report.2019.txt' -> 'report.2019'."""
    if name.lower().endswith(".gz"):
        name = name[:-3]
    head, _, base = name.rpartition("/")
    if "." in base[1:]:
        base = base.rsplit(".", 1)[0]
    return f"{head}/{base}" if head else base


def reader_suffix(name: str) -> str:
    """The suffix that picks the reader: '.html' for 'x.html.gz', '.warc' for 'x.warc.gz'."""
    base = name.rsplit("/", 1)[-1].lower()
    if base.endswith(".gz") and "." in base[:-3]:
        inner = "." + base[:-3].rsplit(".", 1)[-1]
        return inner if inner in (".warc", ".arc") else ".gz"
    return "." + base.rsplit(".", 1)[-1] if "." in base[1:] else ""


def path_source(path: Path, rel: str | None = None) -> Source:
    name = rel if rel is not None else path.name
    try:
        size = path.stat().st_size
    except OSError:
        size = None
    return Source(name=str(path), stem=strip_suffix(name), suffix=reader_suffix(path.name),
                  open=lambda: open(path, "rb"), size=size)


class _GzipStream(gzip.GzipFile):
    """A GzipFile that also closes the stream it decompresses (GzipFile leaves it open)."""

    def close(self) -> None:
        inner = self.fileobj
        try:
            super().close()
        finally:
            if inner is not None:
                inner.close()


def gunzipped(src: Source) -> Source:
    """The decompressed content of a .gz source, read by the suffix inside ('x.csv.gz' -> .csv)."""
    name = src.name[:-3] if src.name.lower().endswith(".gz") else src.name
    return Source(name=src.name, stem=src.stem, suffix=reader_suffix(name) if name != src.name else "",
                  open=lambda: _GzipStream(fileobj=src.open(), mode="rb"), url=src.url, meta=src.meta)


def zip_members(src: Source, known: Callable[[str], bool]) -> Iterator[Source | ReadProblem]:
    """Each member of a zip that a reader knows; the rest counted in one skip message."""
    try:
        f = src.open()
        if not f.seekable():
            f = io.BytesIO(f.read())
        zf = zipfile.ZipFile(f)
    except (zipfile.BadZipFile, OSError, EOFError) as e:
        yield ReadProblem(src.name, f"not a readable zip archive ({e})")
        return
    other: Counter[str] = Counter()
    prefix = src.stem
    with zf:
        for info in zf.infolist():
            path = PurePosixPath(info.filename)
            if info.is_dir() or any(p.startswith(".") or p == "__MACOSX" for p in path.parts):
                continue
            suffix = reader_suffix(info.filename)
            if not known(suffix):
                other[suffix or "(no suffix)"] += 1
                continue
            yield Source(name=f"{src.name}!{info.filename}", stem=f"{prefix}/{strip_suffix(info.filename)}",
                         suffix=suffix, open=lambda info=info: zf.open(info), size=info.file_size)
    if other:
        yield _other_types(src.name, other)


def _other_types(where: str, other: Counter[str]) -> Skipped:
    detail = ", ".join(f"{n} {s}" for s, n in other.most_common())
    return Skipped(where, f"left out {sum(other.values())} file(s) of types rasd does not read ({detail})",
                   kind="other file types")


def expand_paths(paths: Iterable[str | Path], known: Callable[[str], bool],
                 fetch: Callable[[str], Source | ReadProblem] | None) -> Iterator[Source | ReadProblem]:
    """Sources for each argument: '-' (stdin), a URL, a file, a directory (recursive) or a glob."""
    import sys

    for p in paths:
        arg = str(p)
        if arg == "-":
            data = sys.stdin.buffer.read() if hasattr(sys.stdin, "buffer") else sys.stdin.read().encode()
            yield Source(name="<stdin>", stem="stdin", suffix="", open=lambda data=data: io.BytesIO(data))
            continue
        if arg.startswith(("http://", "https://")):
            if fetch is None:
                yield ReadProblem(arg, "URLs are not fetched here (no fetcher given)")
            else:
                yield fetch(arg)
            continue
        path = Path(arg)
        if path.is_dir():
            yield from walk(path, known)
            continue
        if not path.exists() and glob.has_magic(arg):
            matches = sorted(glob.glob(arg, recursive=True))
            if not matches:
                yield ReadProblem(arg, "no file matches this pattern")
            for m in matches:
                mp = Path(m)
                yield from walk(mp, known) if mp.is_dir() else [path_source(mp)]
            continue
        if not path.exists():
            yield ReadProblem(arg, "no such file")
            continue
        yield path_source(path)


def walk(root: Path, known: Callable[[str], bool], report_empty: bool = True) -> Iterator[Source | ReadProblem]:
    """Files under `root` (sorted, hidden ones left out) whose suffix a reader knows, or none."""
    other: Counter[str] = Counter()
    n = 0
    for f in sorted(root.rglob("*")):
        rel = f.relative_to(root)
        if any(part.startswith(".") for part in rel.parts) or not f.is_file():
            continue
        suffix = reader_suffix(f.name)
        if suffix and not known(suffix):
            other[suffix] += 1
            continue
        n += 1
        yield path_source(f, rel.as_posix())  # no suffix: sniffed by the dispatcher
    if other:
        yield _other_types(str(root), other)
    if n == 0 and report_empty:
        yield ReadProblem(str(root), "directory holds no readable files")


def url_source(url: str, data: bytes, content_type: str | None) -> Source:
    """A fetched URL as a source; the reader comes from the content type, else from sniffing."""
    mime = (content_type or "").split(";")[0].strip().lower()
    suffix = {"text/html": ".html", "application/xhtml+xml": ".html", "application/rss+xml": ".rss",
              "application/atom+xml": ".atom", "text/plain": ".txt", "text/csv": ".csv",
              "application/json": ".json"}.get(mime, "")
    return Source(name=url, stem=stable_id("url", url), suffix=suffix,
                  open=lambda: io.BytesIO(data), url=url, size=len(data))

