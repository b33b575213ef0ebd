"""Lookups the export formats share: ACLED actor types, disorder types, country codes.

All of them are data files under `rasd/data/export/` with their sources, so a
new actor or country is a line in a TSV, not a code change.
"""
from __future__ import annotations

from functools import lru_cache

from rasd.resources import read_tsv


@lru_cache(maxsize=1)
def _actor_types() -> tuple[dict[str, int], list[tuple[str, int]]]:
    exact: dict[str, int] = {}
    prefix: list[tuple[str, int]] = []
    for row in read_tsv("export/acled_actor_types.tsv"):
        code = int(row["inter"])
        if row["match"] == "prefix":
            prefix.append((row["actor"], code))
        else:
            exact[row["actor"]] = code
    prefix.sort(key=lambda p: -len(p[0]))
    return exact, prefix


def inter_code(actor: str | None) -> int | None:
    """ACLED's actor type code (1..8) of a canonical actor name, None if unknown or absent."""
    if not actor:
        return None
    exact, prefix = _actor_types()
    if actor in exact:
        return exact[actor]
    for p, code in prefix:
        if actor.startswith(p):
            return code
    # an actor the table does not list takes the type its lexicon row gives (actors.tsv `inter`)
    from rasd.lexicon.load import lexicons   # (late: exports that never meet one stay light)
    inter = lexicons().actor_kinds.get(actor, (0, ""))[0]
    return inter or None


def interaction(inter1: int | None, inter2: int | None) -> int | None:
    """ACLED's interaction code: the two actor types, lower first (10 x a + b); a lone actor gives 10 x a."""
    if inter1 is None and inter2 is None:
        return None
    if inter2 is None:
        return inter1 * 10
    if inter1 is None:
        return inter2 * 10
    a, b = sorted((inter1, inter2))
    return a * 10 + b


@lru_cache(maxsize=1)
def _disorder() -> dict[str, str]:
    return {r["sub_event_type"]: r["disorder_type"] for r in read_tsv("export/acled_disorder.tsv")}


def disorder_type(sub_event_type: str) -> str:
    return _disorder().get(sub_event_type, "")


@lru_cache(maxsize=1)
def _countries() -> tuple[dict[int, dict[str, str]], dict[str, dict[str, str]]]:
    rows = read_tsv("export/countries.tsv")
    return ({int(r["iso"]): r for r in rows}, {r["country"].lower(): r for r in rows})


def country_info(country: str | None, iso: int | None) -> dict[str, str]:
    """The countries.tsv row of a record's country (by ISO number, else by name); {} if unknown."""
    by_iso, by_name = _countries()
    if iso is not None:
        try:
            if int(iso) in by_iso:
                return by_iso[int(iso)]
        except (TypeError, ValueError):
            pass
    if country:
        return by_name.get(country.lower(), {})
    return {}
