"""Where given strings occur in a text.

Several stages need every position of a few characters or words in a whole report (sentence
ends, quotation marks, the first words of a pattern). `str.find` does that in C; a regex class
or alternation scanned over the report is tried at every one of its positions instead.
"""
from __future__ import annotations

from typing import Iterable


def positions_of(text: str, needles: Iterable[str]) -> list[int]:
    """Every position where one of `needles` starts in `text`, in order, each once."""
    out: list[int] = []
    for w in needles:
        i = text.find(w)
        while i >= 0:
            out.append(i)
            i = text.find(w, i + 1)
    return sorted(set(out))
