"""Where given strings occur in a text.

Several stages need every position of a few characters or words in a whole report (sentence
ends, quotation marks, the first words of a pattern). `str.find` does that in C; a regex class
or alternation scanned over the report is tried at every one of its positions instead.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Iterable

from rasd.text.needles import starts_in_report


@lru_cache(maxsize=64)
def _plan(needles: tuple[str, ...] | str) -> tuple[tuple[str, tuple[tuple[str, int], ...]], ...]:
    """The needles to scan for, each with the longer needles that hold it at an offset.

    A needle that holds another ("العام" holds "عام" at 2, "عامي" at 0) starts `offset` before
    some occurrence of the one it holds, so it is found by asking there, not by a scan of its
    own over the whole report (such words, made of the commonest letters, are slow to find).
    """
    bases: dict[str, list[tuple[str, int]]] = {}
    for w in sorted(set(needles), key=len):
        for u, longer in bases.items():
            k = w.find(u)
            if k >= 0:
                longer.append((w, k))
                break
        else:
            bases[w] = []
    return tuple((u, tuple(longer)) for u, longer in bases.items())


def positions_of(text: str, needles: Iterable[str]) -> list[int]:
    """Every position where one of `needles` starts in `text`, in order, each once."""
    if isinstance(needles, tuple):
        # (words the report's needle scan watches, asked of the report itself: the scan found them,
        #  with no `str.find` over the report per word and per occurrence; round q92-speed)
        found = starts_in_report(text, needles)
        if found is not None:
            return found
    out: list[int] = []
    # (the callers' needles are tuples or strings of characters, planned once each)
    plan = _plan(needles if isinstance(needles, (tuple, str)) else tuple(needles))
    for u, longer in plan:
        i = text.find(u)
        if not longer:
            while i >= 0:
                out.append(i)
                i = text.find(u, i + 1)
            continue
        while i >= 0:
            out.append(i)
            for w, k in longer:
                # (one that holds `u` at its start starts where `u` does: already listed)
                if k and i >= k and text.startswith(w, i - k):
                    out.append(i - k)
            i = text.find(u, i + 1)
    return sorted(set(out))
