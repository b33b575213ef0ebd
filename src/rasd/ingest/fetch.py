"""Fetching feeds and pages that the user names by URL (never done by tests, never implicit).

Only URLs given on the command line or in a `rasd watch` feed list are
fetched.  Responses are size-capped, time-limited, and conditional requests
(ETag / Last-Modified) let `rasd watch` poll a feed every few minutes
without downloading it again when nothing changed.
"""
from __future__ import annotations

import urllib.error
import urllib.request
from dataclasses import dataclass

from rasd import __version__

#: no single fetched resource may be larger than this
MAX_FETCH_BYTES = 50 * 1024 * 1024


@dataclass(slots=True)
class Fetched:
    url: str
    data: bytes = b""
    content_type: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    not_modified: bool = False   # the server answered 304: nothing new since the last fetch


def http_get(url: str, etag: str | None = None, last_modified: str | None = None,
             timeout: float = 30.0, max_bytes: int = MAX_FETCH_BYTES) -> Fetched:
    """GET `url`; raises OSError (urllib's errors are OSErrors) with a readable message on failure."""
    headers = {"User-Agent": f"rasd/{__version__} (conflict-report reader)",
               "Accept": "application/rss+xml, application/atom+xml, text/html;q=0.9, */*;q=0.5"}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    req = urllib.request.Request(url, headers=headers)
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:  # noqa: S310 - user-given URL
            data = resp.read(max_bytes + 1)
            if len(data) > max_bytes:
                raise OSError(f"response is over {max_bytes // 2**20} MB")
            return Fetched(url=url, data=data, content_type=resp.headers.get("Content-Type"),
                           etag=resp.headers.get("ETag"), last_modified=resp.headers.get("Last-Modified"))
    except urllib.error.HTTPError as e:
        if e.code == 304:
            return Fetched(url=url, not_modified=True, etag=etag, last_modified=last_modified)
        raise OSError(f"HTTP {e.code} {e.reason}") from None
    except urllib.error.URLError as e:
        raise OSError(str(e.reason)) from None
