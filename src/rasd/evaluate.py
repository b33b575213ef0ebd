"""Score event records against a hand-coded gold set: the figures that decide whether a change helps.

A gold set (shared/SPEC.md section 2) is a folder holding `docs/NAME.txt` and `gold.jsonl`.
`load_gold` reads and checks it, `run_extractor` runs rasd's own extractor in this process
(or a pool) over its documents, `read_predictions` reads a saved `rasd extract --format jsonl`
output instead, and `score` matches predictions with gold events and counts.

The matching rules are SPEC section 3 as the project's reference scorer (shared/eval/score.py)
applies them, so `rasd eval` and that scorer give the same figures for the same records:

* a prediction matches a gold event when the sub-event types are equal and the place agrees
  (its `location_text` or `location`, folded by `fold_name`, equals one of the gold names,
  or its coordinates lie within 5 km of the gold's);
* gold events are taken in file order, required ones first, and each takes the first
  prediction (in output order) that matches and is still free; a gold event is matched once;
* optional gold events (`"required": false`) count neither as misses nor, when a prediction
  matches one, as extras;
* actors, casualties, coordinates and dates are judged on every matched gold event,
  optional ones included (the event was produced, so its fields are fair game).

Beyond the reference scorer it breaks the counts down by sub-event type and by document,
and it reports the type-relaxed precision and F1, not only the recall.
"""
from __future__ import annotations

import json
import math
import re
import time
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Mapping, Sequence

from rasd.ingest.base import ReadProblem, parse_date
from rasd.model import EVENT_TYPE_OF, Document, Record
from rasd.resources import read_tsv

#: a prediction this close to the gold coordinates is at the right place (SPEC section 2)
GEO_TOLERANCE_KM = 5.0
#: mean Earth radius (IUGG), for the haversine distance
EARTH_RADIUS_KM = 6371.0
#: shown for a prediction without a sub-event type in the per-type table
NO_TYPE = "(none)"


class EvalError(Exception):
    """Nothing can be scored: the gold folder or the predictions file is unusable as a whole."""


# --------------------------------------------------------------------------- names and places

# Arabic short vowels, tanween, shadda, sukun, Quranic annotation marks and tatweel: writing
# aids that do not change which name is meant.
_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
# Punctuation that joins or wraps the words of a transliterated name ("Deir ez-Zor", "Ma'arrat").
_SEPARATORS = re.compile(r"[\s\-_'’`.,()]+")


@dataclass(frozen=True, slots=True)
class _Folding:
    letters: dict[int, str]
    articles: frozenset[str]
    place_types: frozenset[str]


#: lower edges of the confidence bands of `rasd eval --calibration`
CONFIDENCE_BANDS = (0.0, 0.5, 0.6, 0.7, 0.8, 0.9)


@lru_cache(maxsize=1)
def _folding() -> _Folding:
    rows = read_tsv("eval/name_folding.tsv")
    letters = {ord(r["text"]): r["folds_to"] for r in rows if r["kind"] == "letter"}

    def words(kind: str) -> frozenset[str]:
        return frozenset(r["text"].translate(letters).lower() for r in rows if r["kind"] == kind)

    return _Folding(letters, words("article"), words("place_type"))


def fold_name(name: object) -> str:
    """The form in which two spellings of one place or actor compare equal.

    "حيّ الجورة", "الجورة" and "Al-Joura neighbourhood" all become the same key: marks and
    letter variants are folded, articles and place-type words dropped (data/eval/name_folding.tsv).
    """
    if not name:
        return ""
    f = _folding()
    s = unicodedata.normalize("NFKC", str(name))
    s = _MARKS.sub("", s).translate(f.letters).lower()
    kept: list[str] = []
    for word in _SEPARATORS.sub(" ", s).split():
        if word in f.articles or (not kept and word in f.place_types):
            continue
        if len(word) > 3 and word.startswith("ال"):
            word = word[2:]
        kept.append(word)
    while len(kept) > 1 and kept[-1] in f.place_types:
        kept.pop()
    return " ".join(kept)


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle (haversine) distance; plenty for a 5 km tolerance."""
    h = (math.sin(math.radians(lat2 - lat1) / 2) ** 2
         + math.cos(math.radians(lat1)) * math.cos(math.radians(lat2))
         * math.sin(math.radians(lon2 - lon1) / 2) ** 2)
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(h))


# --------------------------------------------------------------------------- the gold set

Range = tuple["int | None", "int | None"]


@dataclass(frozen=True, slots=True)
class GoldPlace:
    names: tuple[str, ...]          # as the coder wrote them (the first is shown in messages)
    lat: float | None = None
    lon: float | None = None
    keys: frozenset[str] = frozenset()   # the names folded, for matching

    @property
    def label(self) -> str:
        return self.names[0] if self.names else "?"


@dataclass(frozen=True, slots=True)
class GoldEvent:
    """One event a careful coder found in a report."""

    sub_event_type: str
    place: GoldPlace
    event_type: str = ""
    actor1: tuple[str, ...] = ()     # acceptable names; empty: not judged
    actor2: tuple[str, ...] = ()
    killed: Range | None = None      # None: the report gives no number, anything goes
    injured: Range | None = None
    date: tuple[str, str] | None = None   # ISO bounds, equal for a single day
    required: bool = True
    note: str = ""


@dataclass(slots=True)
class GoldDoc:
    doc_id: str
    text: str
    events: tuple[GoldEvent, ...]
    published: date | None = None
    source: str | None = None
    url: str | None = None


@dataclass(slots=True)
class GoldSet:
    """The documents that could be loaded, and what was wrong with the others."""

    folder: Path
    docs: list[GoldDoc]
    problems: list[ReadProblem] = field(default_factory=list)


class _Bad(ValueError):
    """A gold line that breaks the format; the message says how."""


def _names(value: Any, what: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return tuple(value)
    raise _Bad(f"{what} must be a list of names, not {value!r}")


def _number(value: Any, what: str) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise _Bad(f"{what} must be a number or null, not {value!r}")
    return float(value)


def _range(value: Any, what: str) -> Range | None:
    if value is None:
        return None
    ok = (isinstance(value, list) and len(value) == 2
          and all(v is None or (isinstance(v, int) and not isinstance(v, bool) and v >= 0) for v in value))
    if not ok:
        raise _Bad(f"{what} must be [low, high] with whole numbers or null (unbounded), or null, not {value!r}")
    low, high = value
    if low is not None and high is not None and low > high:
        raise _Bad(f"{what} {value!r}: low is above high")
    return (low, high)


_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def _iso_day(value: Any, what: str) -> str:
    if not isinstance(value, str) or not _ISO_DAY.fullmatch(value):
        raise _Bad(f"{what} must be a date YYYY-MM-DD, not {value!r}")
    try:
        date.fromisoformat(value)
    except ValueError:
        raise _Bad(f"{what} {value!r} is not a calendar date") from None
    return value


def _date(value: Any, what: str) -> tuple[str, str] | None:
    if value is None or value == "" or value == []:
        return None
    if isinstance(value, str):
        day = _iso_day(value, what)
        return (day, day)
    if isinstance(value, list) and len(value) == 2:
        lo, hi = _iso_day(value[0], what), _iso_day(value[1], what)
        if lo > hi:
            raise _Bad(f"{what} {value!r}: start is after end")
        return (lo, hi)
    raise _Bad(f"{what} must be \"YYYY-MM-DD\" or [\"start\", \"end\"], not {value!r}")


def _unknown_type(name: Any) -> str:
    from rapidfuzz import process

    msg = f"unknown sub_event_type {name!r}"
    guess = process.extractOne(str(name), list(EVENT_TYPE_OF), score_cutoff=60) if name else None
    if guess:
        msg += f" (did you mean {guess[0]!r}?)"
    return msg + "; the ACLED spellings are listed in shared/SPEC.md section 1"


def _gold_event(raw: Any, n: int) -> GoldEvent:
    what = f"event {n}"
    if not isinstance(raw, dict):
        raise _Bad(f"{what} must be an object")
    sub = raw.get("sub_event_type")
    if sub not in EVENT_TYPE_OF:
        raise _Bad(f"{what}: {_unknown_type(sub)}")
    etype = raw.get("event_type") or EVENT_TYPE_OF[sub]
    if etype not in set(EVENT_TYPE_OF.values()):
        raise _Bad(f"{what}: unknown event_type {etype!r}")
    loc = raw.get("location")
    if not isinstance(loc, dict):
        raise _Bad(f"{what}: location must be an object with names (and lat/lon)")
    names = _names(loc.get("names"), f"{what}: location.names")
    lat, lon = _number(loc.get("lat"), f"{what}: location.lat"), _number(loc.get("lon"), f"{what}: location.lon")
    if not names and (lat is None or lon is None):
        raise _Bad(f"{what}: location has neither names nor coordinates, nothing could match it")
    required = raw.get("required", True)
    if not isinstance(required, bool):
        raise _Bad(f"{what}: required must be true or false, not {required!r}")
    return GoldEvent(
        sub_event_type=sub, event_type=etype,
        place=GoldPlace(names, lat, lon, frozenset(fold_name(x) for x in names) - {""}),
        actor1=_names(raw.get("actor1"), f"{what}: actor1"),
        actor2=_names(raw.get("actor2"), f"{what}: actor2"),
        killed=_range(raw.get("killed"), f"{what}: killed"),
        injured=_range(raw.get("injured"), f"{what}: injured"),
        date=_date(raw.get("date"), f"{what}: date"),
        required=required, note=str(raw.get("note") or ""),
    )


def _gold_doc(raw: Any, folder: Path, where: str, problems: list[ReadProblem]) -> GoldDoc:
    if not isinstance(raw, dict):
        raise _Bad("a gold line must be a JSON object with doc_id and events")
    doc_id = raw.get("doc_id")
    if not isinstance(doc_id, str) or not doc_id.strip():
        raise _Bad("doc_id is missing or empty")
    if "/" in doc_id or "\\" in doc_id or doc_id in (".", ".."):
        raise _Bad(f"doc_id {doc_id!r} must be a file name (docs/NAME.txt), not a path")
    events = raw.get("events")
    if not isinstance(events, list):
        raise _Bad(f"{doc_id}: events must be a list (an empty list for a report with no event)")
    parsed = tuple(_gold_event(e, n) for n, e in enumerate(events, 1))
    path = folder / "docs" / f"{doc_id}.txt"
    try:
        with open(path, encoding="utf-8") as f:   # text mode, as the reference scorer reads it
            text = f.read()
    except FileNotFoundError:
        raise _Bad(f"{path}: document file missing (named by doc_id {doc_id!r})") from None
    except (OSError, UnicodeDecodeError) as e:
        raise _Bad(f"{path}: cannot be read as UTF-8 text ({e})") from None
    published = None
    try:
        published = parse_date(raw.get("published"))
    except ValueError as e:
        problems.append(ReadProblem(where, f"{doc_id}: published: {e}; extracting without it", fatal=False))
    return GoldDoc(doc_id, text, parsed, published, raw.get("source"), raw.get("url"))


def load_gold(folder: str | Path) -> GoldSet:
    """Read a gold folder; a bad line or a missing document is a problem, the rest is kept.

    Raises EvalError when there is no gold.jsonl to read at all.
    """
    folder = Path(folder)
    gold_file = folder / "gold.jsonl"
    if not folder.is_dir():
        raise EvalError(f"{folder}: not a folder (a gold set is a folder with gold.jsonl and docs/NAME.txt)")
    if not gold_file.is_file():
        raise EvalError(f"{gold_file}: missing (a gold set is a folder with gold.jsonl and docs/NAME.txt)")
    gold = GoldSet(folder, [])
    seen: dict[str, int] = {}
    try:
        for n, where, obj in _json_lines(gold_file, gold.problems):
            try:
                doc = _gold_doc(obj, folder, where, gold.problems)
            except _Bad as e:
                gold.problems.append(ReadProblem(where, f"{e}; document skipped"))
                continue
            if doc.doc_id in seen:
                gold.problems.append(ReadProblem(
                    where, f"doc_id {doc.doc_id!r} already coded on line {seen[doc.doc_id]}; line skipped"))
                continue
            seen[doc.doc_id] = n
            gold.docs.append(doc)
    except (OSError, UnicodeDecodeError) as e:
        raise EvalError(f"{gold_file}: cannot be read as UTF-8 text ({e})") from None
    return gold


def _json_lines(path: Path, problems: list[ReadProblem]) -> Iterator[tuple[int, str, Any]]:
    """(line number, "file:line", value) for each JSON line; blank lines are passed over and a
    line that is not JSON becomes a problem. Opening or decoding errors are the caller's."""
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            where = f"{path}:{n}"
            try:
                yield n, where, json.loads(line)
            except json.JSONDecodeError as e:
                problems.append(ReadProblem(where, f"not valid JSON ({e.msg}, column {e.colno}); line skipped"))


# --------------------------------------------------------------------------- predictions

Prediction = Mapping[str, Any]


def read_predictions(path: str | Path) -> tuple[list[dict[str, Any]], list[ReadProblem]]:
    """The records of a `rasd extract --format jsonl` output; bad lines become problems."""
    path = Path(path)
    preds: list[dict[str, Any]] = []
    problems: list[ReadProblem] = []
    try:
        for _, where, obj in _json_lines(path, problems):
            if not isinstance(obj, dict) or not isinstance(obj.get("doc_id"), str):
                problems.append(ReadProblem(where, "not an event record (a JSON object with doc_id); line skipped"))
                continue
            preds.append(obj)
    except FileNotFoundError:
        raise EvalError(f"{path}: predictions file not found") from None
    except (OSError, UnicodeDecodeError) as e:
        raise EvalError(f"{path}: cannot be read as UTF-8 text ({e})") from None
    return preds, problems


@dataclass(slots=True)
class ExtractorRun:
    predictions: list[dict[str, Any]]
    seconds: float          # extracting the documents, the extractor already built
    load_seconds: float     # building the extractor (lexicons, gazetteer) once
    problems: list[ReadProblem] = field(default_factory=list)


def run_extractor(gold: GoldSet, workers: int = 1,
                  extract: Callable[[Document], list[Record]] | None = None) -> ExtractorRun:
    """Run the extractor over every gold document, as `rasd extract` would.

    A document the extractor skips or fails on is reported and keeps no records, so its
    gold events count as misses: a crash must not improve the score.
    """
    from rasd.scale import extract_stream

    t0 = time.perf_counter()
    if extract is None:
        from rasd.extract.pipeline import default_extractor

        default_extractor()
    load = time.perf_counter() - t0
    docs = [Document(id=d.doc_id, text=d.text, published=d.published, url=d.url, source=d.source)
            for d in gold.docs]
    run = ExtractorRun([], 0.0, load)
    t0 = time.perf_counter()
    for res in extract_stream(docs, workers=workers, extract=extract):
        if res.skipped:
            run.problems.append(ReadProblem(res.doc.id, f"not extracted: {res.skipped}", fatal=False))
        if res.error:
            run.problems.append(ReadProblem(res.doc.id, f"extraction failed: {res.error}", fatal=False))
        run.predictions.extend(r.to_dict() for r in res.records)
    run.seconds = time.perf_counter() - t0
    return run


# --------------------------------------------------------------------------- figures


@dataclass(slots=True)
class Tally:
    """Hits, extras and misses; the ratios are 0.0 when undefined, as the reference scorer has it."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(self.precision, 3),
                "recall": round(self.recall, 3), "f1": round(self.f1, 3)}


@dataclass(slots=True)
class Share:
    """How many of the judged cases were right; None when nothing was judged."""

    right: int = 0
    total: int = 0

    def add(self, ok: bool) -> bool:
        self.total += 1
        self.right += bool(ok)
        return ok

    @property
    def value(self) -> float | None:
        return self.right / self.total if self.total else None

    def __add__(self, other: Share) -> Share:
        return Share(self.right + other.right, self.total + other.total)


@dataclass(frozen=True, slots=True)
class Finding:
    """One thing the extractor got wrong, for `rasd eval --show`."""

    kind: str        # missed, extra, actor1, actor2, geo, date, killed, injured, evidence
    doc_id: str
    sub_event_type: str
    place: str
    got: str = ""
    want: str = ""

    def __str__(self) -> str:
        s = f"{self.kind.upper():8} {self.doc_id}: {self.sub_event_type} @ {self.place}"
        if self.kind not in ("missed", "extra"):
            s += f": got {self.got}, want {self.want}"
        return s


@dataclass(slots=True)
class DocRow:
    doc_id: str
    required: int          # gold events a run must find
    optional: int          # gold events it may find
    predicted: int
    tally: Tally = field(default_factory=Tally)


@dataclass(slots=True)
class Scores:
    """Everything `rasd eval` reports about one run."""

    documents: int = 0
    predicted: int = 0
    ignored: int = 0                 # predictions for documents that are not in the gold set
    events: Tally = field(default_factory=Tally)
    relaxed: Tally = field(default_factory=Tally)   # same event_type instead of sub_event_type
    optional_matched: int = 0
    by_type: dict[str, Tally] = field(default_factory=dict)
    per_doc: list[DocRow] = field(default_factory=list)
    actor1: Share = field(default_factory=Share)
    actor2: Share = field(default_factory=Share)
    killed: Share = field(default_factory=Share)
    injured: Share = field(default_factory=Share)
    geo: Share = field(default_factory=Share)
    date: Share = field(default_factory=Share)
    evidence: Share = field(default_factory=Share)
    findings: list[Finding] = field(default_factory=list)
    #: (confidence, false) for every prediction of a scored document: false when it is an extra
    outcomes: list[tuple[float | None, bool]] = field(default_factory=list)
    seconds: float | None = None     # extraction time, when this run extracted
    load_seconds: float | None = None

    @property
    def casualty(self) -> Share:
        return self.killed + self.injured

    @property
    def docs_per_s(self) -> float | None:
        return self.documents / self.seconds if self.seconds else None

    def summary(self) -> dict[str, Any]:
        """The reference scorer's figures under its key names and rounding, then the extras."""

        def r3(x: float | None) -> float | None:
            return None if x is None else round(x, 3)

        return {
            "documents": self.documents, "gold_events": self.events.tp + self.events.fn,
            "predicted": self.predicted, "tp": self.events.tp, "fp": self.events.fp, "fn": self.events.fn,
            "precision": r3(self.events.precision), "recall": r3(self.events.recall), "f1": r3(self.events.f1),
            "type_relaxed_recall": r3(self.relaxed.recall),
            "actor1_acc": r3(self.actor1.value), "actor2_acc": r3(self.actor2.value),
            "casualty_acc": r3(self.casualty.value), "geo_acc_5km": r3(self.geo.value),
            "date_acc": r3(self.date.value), "evidence_valid": r3(self.evidence.value),
            "docs_per_s": None if self.docs_per_s is None else round(self.docs_per_s, 2),
            # --- beyond the reference scorer
            "type_relaxed_precision": r3(self.relaxed.precision), "type_relaxed_f1": r3(self.relaxed.f1),
            "killed_acc": r3(self.killed.value), "injured_acc": r3(self.injured.value),
            "optional_matched": self.optional_matched, "ignored_predictions": self.ignored,
            "extract_seconds": None if self.seconds is None else round(self.seconds, 3),
            "extractor_load_seconds": None if self.load_seconds is None else round(self.load_seconds, 3),
        }

    def by_type_rows(self) -> list[dict[str, Any]]:
        return [{"sub_event_type": t, "gold": c.tp + c.fn, "predicted": c.tp + c.fp, **c.as_dict()}
                for t, c in self.by_type.items()]

    def calibration_rows(self, bands: Sequence[float] = CONFIDENCE_BANDS) -> list[dict[str, Any]]:
        """Share of right records per confidence band: does a lower confidence mean more false records?"""
        edges = sorted(bands)
        rows = [{"band": f"{lo:.2f}-{hi:.2f}" if hi < 1.0 else f"{lo:.2f}-1.00", "low": lo, "records": 0, "false": 0}
                for lo, hi in zip(edges, [*edges[1:], 1.0])]
        unknown = {"band": "none", "low": None, "records": 0, "false": 0}
        for conf, false in self.outcomes:
            if not isinstance(conf, (int, float)) or isinstance(conf, bool):
                row = unknown
            else:
                row = rows[0]
                for r in rows:
                    if conf + 1e-9 >= r["low"]:
                        row = r
            row["records"] += 1
            row["false"] += false
        out = [r for r in rows if r["records"]] + ([unknown] if unknown["records"] else [])
        for r in out:
            r["precision"] = round(1 - r["false"] / r["records"], 3)
        return out

    def per_doc_rows(self) -> list[dict[str, Any]]:
        return [{"doc_id": d.doc_id, "gold": d.required, "optional": d.optional, "predicted": d.predicted,
                 **d.tally.as_dict()} for d in self.per_doc]


class _Pred:
    """A prediction with what matching needs computed once."""

    __slots__ = ("raw", "sub", "etype", "keys", "lat", "lon")

    def __init__(self, raw: Prediction) -> None:
        self.raw = raw
        self.sub = raw.get("sub_event_type")
        self.etype = raw.get("event_type")
        self.keys = {fold_name(raw.get("location_text")), fold_name(raw.get("location"))} - {""}
        self.lat, self.lon = _coord(raw.get("latitude")), _coord(raw.get("longitude"))

    @property
    def place(self) -> str:
        return str(self.raw.get("location_text") or self.raw.get("location") or "?")

    def near(self, lat: float | None, lon: float | None) -> bool:
        return (None not in (self.lat, self.lon, lat, lon)
                and distance_km(self.lat, self.lon, lat, lon) <= GEO_TOLERANCE_KM)

    def at(self, place: GoldPlace) -> bool:
        return bool(self.keys & place.keys) or self.near(place.lat, place.lon)


def _coord(value: Any) -> float | None:
    if value is None or isinstance(value, bool):
        return None
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def in_range(value: Any, bounds: Range | None) -> bool:
    """Whether a count lies in the gold range. No number at all is right only when the
    range allows none (its low end is open or zero); no gold range accepts anything."""
    if bounds is None:
        return True
    low, high = bounds
    if value is None:
        return low is None or low == 0
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return False
    return (low is None or value >= low) and (high is None or value <= high)


def actor_ok(predicted: Any, acceptable: Sequence[str]) -> bool | None:
    """Whether the predicted actor is one of the acceptable names; None when not judged."""
    if not acceptable:
        return None
    return fold_name(predicted) in {fold_name(a) for a in acceptable}


def evidence_ok(pred: Prediction, text: str) -> bool:
    """Every evidence span quotes the original document exactly (and there is at least one)."""
    spans = pred.get("evidence")
    if not isinstance(spans, list) or not spans:
        return False
    for s in spans:
        if not isinstance(s, Mapping):
            return False
        a, b, quoted = s.get("start"), s.get("end"), s.get("text")
        if not all(isinstance(x, int) and not isinstance(x, bool) for x in (a, b)):
            return False
        if not (0 <= a <= b <= len(text)) or text[a:b] != quoted:
            return False
    return True


def _first(preds: list[_Pred], free: set[int], ok: Callable[[int, _Pred], bool]) -> int | None:
    return next((i for i, p in enumerate(preds) if i not in free and ok(i, p)), None)


def _judge_fields(s: Scores, doc: GoldDoc, g: GoldEvent, p: _Pred) -> None:
    """Actors, coordinates, date and counts of one matched pair."""
    raw = p.raw

    def wrong(kind: str, got: Any, want: Any) -> None:
        s.findings.append(Finding(kind, doc.doc_id, g.sub_event_type, g.place.label, str(got), str(want)))

    for key, share in (("actor1", s.actor1), ("actor2", s.actor2)):
        ok = actor_ok(raw.get(key), getattr(g, key))
        if ok is not None and not share.add(ok):
            wrong(key, repr(raw.get(key)), list(getattr(g, key)))
    if g.place.lat is not None and g.place.lon is not None:
        if not s.geo.add(p.near(g.place.lat, g.place.lon)):
            wrong("geo", f"{p.place} at {raw.get('latitude')},{raw.get('longitude')}", f"{g.place.lat},{g.place.lon}")
    if g.date is not None:
        day = raw.get("event_date")
        lo, hi = g.date
        ok = isinstance(day, str) and bool(day) and lo <= day[:10] <= hi
        if not s.date.add(ok):
            wrong("date", day, lo if lo == hi else [lo, hi])
    for key, gold_range, share in (("fatalities", g.killed, s.killed), ("injured", g.injured, s.injured)):
        if gold_range is not None and not share.add(in_range(raw.get(key), gold_range)):
            wrong("killed" if key == "fatalities" else "injured", raw.get(key), list(gold_range))


def _score_doc(s: Scores, doc: GoldDoc, raws: list[Prediction]) -> None:
    preds = [_Pred(r) for r in raws]
    for p in preds:
        if not s.evidence.add(evidence_ok(p.raw, doc.text)):
            s.findings.append(Finding("evidence", doc.doc_id, str(p.sub), p.place, "a span that does not quote the text",
                                      "spans with text == document[start:end]"))
    # required gold first (stable: file order within each group)
    golds = sorted(doc.events, key=lambda g: not g.required)
    at = [[p.at(g.place) for g in golds] for p in preds]
    row = DocRow(doc.doc_id, sum(g.required for g in golds), sum(not g.required for g in golds), len(preds))
    taken: set[int] = set()
    taken_relaxed: set[int] = set()
    for j, g in enumerate(golds):
        bucket = s.by_type.setdefault(g.sub_event_type, Tally()) if g.required else Tally()
        rel = _first(preds, taken_relaxed, lambda i, p: p.etype == g.event_type and at[i][j])
        if rel is not None:
            taken_relaxed.add(rel)
        hit = _first(preds, taken, lambda i, p: p.sub == g.sub_event_type and at[i][j])
        if g.required:
            if rel is not None:
                s.relaxed.tp += 1
            else:
                s.relaxed.fn += 1
        if hit is None:
            if g.required:
                s.events.fn += 1
                row.tally.fn += 1
                bucket.fn += 1
                s.findings.append(Finding("missed", doc.doc_id, g.sub_event_type, g.place.label))
            continue
        taken.add(hit)
        if g.required:
            s.events.tp += 1
            row.tally.tp += 1
            bucket.tp += 1
        else:
            s.optional_matched += 1
        _judge_fields(s, doc, g, preds[hit])
    optional = [(j, g) for j, g in enumerate(golds) if not g.required]
    for i, p in enumerate(preds):
        if i not in taken_relaxed and not any(p.etype == g.event_type and at[i][j] for j, g in optional):
            s.relaxed.fp += 1
        if i in taken or any(p.sub == g.sub_event_type and at[i][j] for j, g in optional):
            s.outcomes.append((p.raw.get("confidence"), False))
            continue
        s.outcomes.append((p.raw.get("confidence"), True))
        s.events.fp += 1
        row.tally.fp += 1
        s.by_type.setdefault(p.sub if isinstance(p.sub, str) and p.sub else NO_TYPE, Tally()).fp += 1
        s.findings.append(Finding("extra", doc.doc_id, str(p.sub), p.place))
    s.per_doc.append(row)


def _type_order(name: str) -> tuple[int, str]:
    order = list(EVENT_TYPE_OF)
    return (order.index(name), "") if name in EVENT_TYPE_OF else (len(order), name)


def score(gold: GoldSet | Sequence[GoldDoc], predictions: Iterable[Prediction | Record]) -> Scores:
    """Match predictions with the gold events of each document and count (see the module doc).

    Predictions are `rasd extract --format jsonl` objects or `Record`s, grouped by `doc_id` in
    the order given; those for documents outside the gold set are counted as ignored.
    """
    docs = gold.docs if isinstance(gold, GoldSet) else list(gold)
    by_doc: dict[str, list[Prediction]] = {d.doc_id: [] for d in docs}
    s = Scores(documents=len(docs))
    for p in predictions:
        raw = p.to_dict() if isinstance(p, Record) else p
        bucket = by_doc.get(str(raw.get("doc_id")))
        if bucket is None:
            s.ignored += 1
        else:
            bucket.append(raw)
            s.predicted += 1
    for doc in docs:
        _score_doc(s, doc, by_doc[doc.doc_id])
    s.by_type = dict(sorted(s.by_type.items(), key=lambda kv: _type_order(kv[0])))
    return s


@dataclass(slots=True)
class Evaluation:
    scores: Scores
    problems: list[ReadProblem]          # gold, predictions and extraction problems, in that order
    predictions: list[dict[str, Any]]    # what was scored (a run's records, or the file's)
    gold_skipped: int = 0                # gold lines left out (bad JSON, missing document ...)


def evaluate(folder: str | Path, predictions: str | Path | None = None, workers: int = 1,
             extract: Callable[[Document], list[Record]] | None = None) -> Evaluation:
    """Load a gold folder, get predictions (run the extractor, or read a saved file) and score.

    Raises EvalError when nothing can be scored (no gold.jsonl, no usable gold line, an
    unreadable predictions file).
    """
    gold = load_gold(folder)
    problems = list(gold.problems)
    if not gold.docs:
        raise EvalError(f"{gold.folder / 'gold.jsonl'}: no document could be loaded, nothing to score")
    if predictions is not None:
        preds, more = read_predictions(predictions)
        problems += more
        s = score(gold, preds)
    else:
        run = run_extractor(gold, workers=workers, extract=extract)
        preds = run.predictions
        problems += run.problems
        s = score(gold, preds)
        s.seconds, s.load_seconds = run.seconds, run.load_seconds
    return Evaluation(s, problems, preds, sum(p.fatal for p in gold.problems))
