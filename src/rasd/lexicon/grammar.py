"""Closed word classes (`data/lexicon/grammar_words.tsv`) as regex alternations.

Some rules read the words around a mention with a regular expression: "في/خلال/مطلع + month",
"year word + 2016", "منذ + about + number + unit".  The shape of such a rule is grammar and
stays in the module that applies it; the words it accepts are data, so that adding "أواسط" to
the month leads is an edit to a TSV file, not to a regex.  This module only loads the file and
turns one group into an alternation, longest word first (so "العام" is tried before "عام").
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from rasd.resources import read_tsv
from rasd.text.normalize import normalize_key


@lru_cache(maxsize=1)
def grammar_words() -> dict[str, tuple[str, ...]]:
    """group -> its words, normalised like the documents."""
    out: dict[str, list[str]] = {}
    for r in read_tsv("lexicon/grammar_words.tsv"):
        word = normalize_key(r["word"])
        if not word or not r["group"]:
            raise ValueError(f"grammar_words.tsv: row {r!r} needs a word and a group")
        out.setdefault(r["group"], []).append(word)
    return {g: tuple(ws) for g, ws in out.items()}


def words(group: str) -> tuple[str, ...]:
    """The words of `group`.  An unknown group is an error, not an empty list that would
    silently match nothing."""
    found = grammar_words().get(group)
    if not found:
        raise KeyError(f"grammar_words.tsv has no group {group!r}")
    return found


def alternation(group: str) -> str:
    """The words of `group` as a regex alternation (no group around it), longest first.

    A space inside a word matches any run of spaces.
    """
    return alternation_of(words(group))


def alternation_of(words_: Iterable[str]) -> str:
    """Any list of normalised words as a regex alternation, longest first (used for the
    closed classes here and for word lists kept with values elsewhere, such as ordinals)."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words_, key=len, reverse=True))
