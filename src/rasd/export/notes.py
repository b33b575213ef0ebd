"""The `notes` column: an English sentence generated from a record's fields.

ACLED's notes summarise an event in English; rasd writes them from the
structured fields (never by copying or translating the Arabic report), with
one phrase per sub-event type from `data/export/notes_phrases.tsv`.
"""
from __future__ import annotations

from datetime import date
from functools import lru_cache

from rasd.model import Record
from rasd.resources import read_tsv


@lru_cache(maxsize=1)
def _phrases() -> dict[str, tuple[str, str]]:
    return {r["sub_event_type"]: (r["with_actor2"], r["without_actor2"])
            for r in read_tsv("export/notes_phrases.tsv")}


def _when(rec: Record) -> str:
    try:
        d = date.fromisoformat(str(rec.event_date)[:10])
    except (TypeError, ValueError):
        return "On an unknown date"
    if rec.time_precision >= 3:
        return f"In {d.strftime('%B %Y')}"
    if rec.time_precision == 2:
        return f"Around {d.day} {d.strftime('%B %Y')}"
    return f"On {d.day} {d.strftime('%B %Y')}"


def _count(n: int | None, low: int | None, high: int | None, what: str) -> str | None:
    if n is None:
        n = low
    if n is None:
        return None
    text = f"{n} {'person was' if n == 1 else 'people were'} {what}"
    if high is not None and low is not None and high > low:
        text += f" (reported range {low}-{high})"
    return text


def english_summary(rec: Record) -> str:
    """e.g. 'On 20 June 2017, Russian Forces carried out an air/drone strike on Al-Mayadin
    (Deir ez-Zor, Syria), hitting Civilians. 5 people were killed. Civilians were targeted.'"""
    place = rec.location or "an unnamed place"
    where = ", ".join(x for x in (rec.admin1, rec.country) if x and x != rec.location)
    if where:
        place = f"{place} ({where})"
    if rec.geo_precision == 2:
        place = f"the area of {place}"
    elif rec.geo_precision >= 3:
        place = f"somewhere in {place}"
    with2, without2 = _phrases().get(
        rec.sub_event_type, ("{actor1} was involved in an event with {actor2} in {place}",
                             "{actor1} was involved in an event in {place}"))
    actor1 = rec.actor1 or "unidentified actors"
    tmpl = with2 if rec.actor2 else without2
    body = tmpl.format(actor1=actor1, actor2=rec.actor2 or "", place=place)
    parts = [f"{_when(rec)}, {body} ({rec.sub_event_type.lower()})."]
    killed = _count(rec.fatalities, rec.fatalities_low, rec.fatalities_high, "killed")
    injured = _count(rec.injured, rec.injured_low, rec.injured_high, "injured")
    if killed:
        parts.append(killed[0].upper() + killed[1:] + ".")
    if injured:
        parts.append(injured[0].upper() + injured[1:] + ".")
    if rec.civilian_targeting:
        parts.append("Civilians were targeted.")
    if rec.weapons:
        parts.append(f"Weapons: {', '.join(rec.weapons)}.")
    n = getattr(rec, "n_sources", 1)
    if n and n > 1:
        parts.append(f"Reported by {n} sources.")
    return " ".join(parts)
