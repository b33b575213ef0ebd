"""Read a coordinate string the way a Wikipedia page (or a mirror of one) prints it.

Curated gazetteer rows keep the string their page prints (`coord_printed`) next to the
decimal degrees, so that anyone can check the conversion.  This module is that check:
it turns the printed string into degrees mechanically, and the tests hold every row
to it.  Mirrors print the same infobox in many dress codes, all seen in the rows:

* ``36°07′16″N 36°35′33″E`` (English), ``36 ° 8′35″ K 36 ° 34′22″ D`` (Turkish),
  ``13° 31′ N, 24° 52′ O`` (German), ``36°08′55″ s. Sch. 36°57'00″ E E.`` (a German
  machine translation of the Russian "с. ш. / в. д."), ASCII quotes for minutes and
  seconds, commas for decimal points;
* ``{{coord|35|48|27|N|36|39|45|E|...}}`` (infobox wikitext);
* ``15.42319°N 44.17673°E`` (decimal degrees alone, as some mirrors print them);
* either of the above followed by `` / 35.034213°N 36.794329°E`` (Wikipedia's own
  decimal rendering).

Degrees-minutes-seconds are converted as ``d + m/60 + s/3600``, rounded to 5 decimals
when whole seconds are printed, 7 for fractional seconds, 3 when only minutes are.
When the page also prints decimal degrees with 6 or more digits, the coordinate was
entered in decimals (Wikidata style) and the degrees-minutes-seconds are its rounding,
so the printed decimals are used as they are.  A western or southern hemisphere is
refused: rasd's countries lie north of the equator and east of Greenwich, and mirrors
that print "W" have mangled the sign.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["PrintedCoord", "parse_printed"]


@dataclass(frozen=True)
class PrintedCoord:
    lat: float
    lon: float
    #: "dms_sec", "dms_min" or "decimal": what the degrees were taken from
    precision: str


_NUM = r"\d+(?:[.,]\d+)?"
_DMS = re.compile(rf"(?<![\d.,])(\d+)\s*°\s*(?:({_NUM})\s*′\s*)?(?:({_NUM})\s*″)?")
_DEC = re.compile(rf"(-?{_NUM})\s*°?\s*[NK]?\W*?[;,\s]\s*(-?{_NUM})")
#: decimal degrees printed alone, each with its degree sign and hemisphere
_DEC_ONLY = re.compile(rf"({_NUM})\s*°\s*N,?\s+({_NUM})\s*°\s*E")
_COORD_TPL = re.compile(r"\{\{\s*coord\s*\|([^}]*)\}\}", re.I)


def _f(s: str) -> float:
    return float(s.replace(",", "."))


def _normalise(s: str) -> str:
    s = s.replace("''", "″").replace('"', "″").replace("’", "′").replace("'", "′").replace("`", "′")
    return re.sub(r"\s+", " ", s).strip()


def _dms(d: str, m: str | None, sec: str | None) -> tuple[float, int]:
    value = _f(d) + (_f(m) / 60 if m else 0.0) + (_f(sec) / 3600 if sec else 0.0)
    if sec:
        places = 7 if re.search(r"[.,]\d", sec) else 5
    elif m:
        places = 3 if not re.search(r"[.,]\d", m) else 5
    else:
        places = 3
    return value, places


def _refuse_west_south(text: str) -> None:
    if re.search(r"(?:^|[\d°′″\s|])[WS](?:$|[\s|.,/])", text) and not re.search(r"s\. ?Sch", text):
        raise ValueError(f"western or southern hemisphere in {text!r}: not a place rasd covers")


def _decimals(tail: str) -> tuple[float, float] | None:
    """Decimal degrees printed after the first '/', if they carry 6+ digits."""
    m = re.search(rf"({_NUM})\s*°?\s*[A-Za-z]*\.?\s*[,;]?\s*({_NUM})", tail)
    if not m:
        return None
    a, b = m.group(1), m.group(2)
    digits = min(len(re.split(r"[.,]", a)[-1]) if re.search(r"[.,]", a) else 0,
                 len(re.split(r"[.,]", b)[-1]) if re.search(r"[.,]", b) else 0)
    return (_f(a), _f(b)) if digits >= 6 else None


def parse_printed(text: str) -> PrintedCoord:
    """Degrees of a printed coordinate string (see the module docstring for the forms)."""
    if not text or not text.strip():
        raise ValueError("empty coordinate string")
    tpl = _COORD_TPL.search(text)
    if tpl:
        parts = [p.strip() for p in tpl.group(1).split("|")]
        hemis = [i for i, p in enumerate(parts) if p.upper() in ("N", "S", "E", "W")]
        if len(hemis) < 2 or parts[hemis[0]].upper() != "N" or parts[hemis[1]].upper() != "E":
            raise ValueError(f"coord template without N ... E: {text!r}")
        lat_parts = parts[: hemis[0]]
        lon_parts = parts[hemis[0] + 1: hemis[1]]
        lat, lp = _dms(*(lat_parts + [None, None])[:3])
        lon, op = _dms(*(lon_parts + [None, None])[:3])
        places = min(lp, op)
        return PrintedCoord(round(lat, places), round(lon, places), "dms_sec" if places >= 5 else "dms_min")
    head, _, tail = _normalise(text).partition(" / ")
    _refuse_west_south(head)
    found = list(_DMS.finditer(head))
    if len(found) < 2:
        only = _DEC_ONLY.fullmatch(head)
        if only:
            # a page that prints decimal degrees alone ("15.42319°N 44.17673°E"; quality-70: the
            # fraction's digits were read as whole degrees before)
            return PrintedCoord(_f(only.group(1)), _f(only.group(2)), "decimal")
        raise ValueError(f"no degree pair in {text!r}")
    lat, lp = _dms(*found[0].groups())
    lon, op = _dms(*found[1].groups())
    dec = _decimals(tail) if tail else None
    if dec is not None:
        if abs(dec[0] - lat) > 0.01 or abs(dec[1] - lon) > 0.01:
            raise ValueError(f"printed decimals {dec} disagree with the degrees in {text!r}")
        return PrintedCoord(dec[0], dec[1], "decimal")
    places = min(lp, op)
    return PrintedCoord(round(lat, places), round(lon, places), "dms_sec" if places >= 5 else "dms_min")
