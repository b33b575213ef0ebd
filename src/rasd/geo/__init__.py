"""Gazetteer and geocoding: from a place as a report names it to coordinates.

The extractor talks to this package through three names only:

* `get_gazetteer()` -> the packaged gazetteer (plus the user's imported one),
  loaded once per process;
* `Gazetteer.find_names(norm_text)` -> `NameHit`s: every known place name in a
  normalised text (clitic-aware, see `rasd.extract.match`);
* `Gazetteer.resolve(places, context)` -> one `GeoResult` per `PlaceMention`,
  deciding between same-named places with the whole document as context.

Everything else (how the gazetteer is built, imported, stored, ranked) is
internal to `rasd.geo` and may change without touching extraction.
"""
from __future__ import annotations

import threading
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from rasd.geo.gazetteer import Gazetteer


@dataclass(slots=True, unsafe_hash=True)
class NameHit:
    """A gazetteer name found in normalised text ([start, end) without clitics).

    Treated as immutable (and hashable) like a frozen dataclass, but not declared frozen:
    every report makes dozens, and a frozen dataclass pays for its guarded `__setattr__` on
    every field of every one (0.5 us against 0.1 us; see `rasd.extract.match.Hit`).
    """

    start: int
    end: int
    key: str                      # the normalised name that matched
    entry_ids: tuple[str, ...]    # gazetteer entries carrying that name
    levels: tuple[str, ...]       # their levels (country, admin1, admin2, admin3, town, village, neighbourhood, site)
    common_word: bool = False     # the name is also an ordinary word (الباب، النصر): needs a cue to count


@dataclass(slots=True)
class GeoContext:
    """What the geocoder may use besides the mention itself."""

    text: str                         # the whole normalised document text
    published: date | None = None
    country_hint: str | None = None   # ISO 3166 alpha-2 guessed from actors/wording (SY, IQ, YE, LY, SD ...)
    dateline: str | None = None       # normalised place name of the dateline ("دير الزور - ..."), if any


_LOCK = threading.Lock()
_GAZ: "Gazetteer | None" = None


def get_gazetteer() -> "Gazetteer":
    """The packaged gazetteer layered with the user's (`RASD_GAZETTEER`), built once per process."""
    global _GAZ
    if _GAZ is None:
        with _LOCK:
            if _GAZ is None:
                from rasd.geo.gazetteer import Gazetteer
                from rasd.lexicon.load import lexicons

                gaz = Gazetteer.load()
                # the extractor scans every report with the lexicons' automaton: the names are
                # found in the same scan
                gaz.share_scan(lexicons().place_words.scanner)
                _GAZ = gaz
    return _GAZ


def reset_gazetteer() -> None:
    """Forget the cached gazetteer (after an import, or in tests that change RASD_GAZETTEER)."""
    global _GAZ
    with _LOCK:
        _GAZ = None


__all__ = ["NameHit", "GeoContext", "get_gazetteer", "reset_gazetteer"]
