"""Guess a file's kind from its first bytes, for files whose name says nothing or lies.

Downloads are saved as `index`, `article.php` or `feed`; a `.html` file from
wget may really be gzip; a `.txt` may hold a saved web page.  Magic bytes
(gzip, zip, Parquet, WARC) are trusted over the name; markup is recognised by
its opening tags.  The result is a suffix that names a reader in `READERS`.
"""
from __future__ import annotations

import zlib

_FEED_MARKERS = (b"<rss", b"<rdf:rdf", b"<feed")
_HTML_MARKERS = (b"<!doctype html", b"<html", b"<head", b"<body")


def sniff(head: bytes) -> str | None:
    """The reader suffix the content implies (".gz", ".zip", ".warc", ".html" ...), or None."""
    if head.startswith(b"\x1f\x8b"):
        inner = _gunzip_head(head)
        if inner.startswith(b"WARC/") or inner.startswith(b"filedesc://"):
            return ".warc"  # warcio reads (record-)gzipped archives itself
        return ".gz"
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        return ".zip"
    if head.startswith(b"PAR1"):
        return ".parquet"
    if head.startswith(b"WARC/"):
        return ".warc"
    if head.startswith(b"filedesc://"):
        return ".arc"
    text = head[:4096].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if text.startswith(b"<?xml") or text.startswith(b"<"):
        if any(m in text for m in _FEED_MARKERS):
            return ".rss"
        if any(m in text[:2048] for m in _HTML_MARKERS):
            return ".html"
        return None
    if text.startswith(b"{"):
        return ".jsonl"
    return None


def _gunzip_head(head: bytes) -> bytes:
    try:
        return zlib.decompressobj(wbits=31).decompress(head, 64)
    except zlib.error:
        return b""
