"""Load the lexicon data files once and compile them into matchers.

The files live in `rasd/data/lexicon/*.tsv`, each with a provenance header;
this module only reads and validates them, so a linguist can extend rasd by
editing data.  Every pattern goes through the same `normalize_key` as the
documents, so a word written with hamza or ta marbuta matches either way.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from datetime import date

from rasd.extract.match import CombinedMatcher, Matcher
from rasd.model import EVENT_TYPE_OF
from rasd.resources import read_tsv
from rasd.text.normalize import normalize_key


@dataclass(frozen=True, slots=True)
class ActorEntry:
    actor: str          # canonical name, "@key" (generic) or "@refer:class"
    inter: int
    country: str
    klass: str


@dataclass(frozen=True, slots=True)
class CueClass:
    cue: str
    sub_event_type: str
    strength: int
    event: bool
    family: str = ""


@dataclass(frozen=True, slots=True)
class Casualty:
    kind: str           # killed | injured | captured | victims
    role: str           # noun | verb | result
    count: int | None


@dataclass(frozen=True, slots=True)
class Person:
    count: int | None
    civilian: bool | None
    side: str


@dataclass(frozen=True, slots=True)
class Quantifier:
    best: int | None
    low: int | None
    high: int | None
    op: str             # "" for a vague quantity, "+1"/"+0" for "more than/at least", "~" about


@dataclass(frozen=True, slots=True)
class RelDate:
    offset_from: int
    offset_to: int
    precision: int
    kind: str


@dataclass(frozen=True, slots=True)
class PlaceWord:
    role: str
    kind: str
    plural: bool
    value: str


@dataclass(slots=True, eq=False)
class Lexicons:
    """Everything extraction needs from data, compiled."""

    actors: Matcher[ActorEntry]
    triggers: Matcher[str]
    cues: dict[str, CueClass]
    weapons: Matcher[tuple[str, str]]
    targets: Matcher[tuple[str, bool]]
    casualties: Matcher[Casualty]
    persons: Matcher[Person]
    quantifiers: Matcher[Quantifier]
    numbers: dict[str, tuple[int, str]]
    # " ال" + a number word 2-10 -> its value: "أطفالها الأربعة" (text/numbers.py, possessed counts)
    definite_numbers: dict[str, int]
    number_words: Matcher[tuple[int, str]]
    months: Matcher[tuple[int, str]]
    weekdays: Matcher[int]
    relative_dates: Matcher[RelDate]
    discourse: Matcher[str]
    connectives: Matcher[str]
    place_words: Matcher[PlaceWord]
    place_word_rows: tuple[tuple[str, PlaceWord], ...]
    name_heads: frozenset[str]
    name_stops: frozenset[str]
    name_tails: frozenset[str]
    compass_adjectives: frozenset[str]
    unwritten_place_words: tuple[str, ...]   # "محيط", "محور": not part of the place as written (longest first)
    countries: Matcher[str]
    boilerplate: Matcher[str]
    covered_countries: frozenset[str]
    role_words: dict[str, "EndingWith"]
    actor_modes: dict[str, str]
    #: (actor, country) -> the side its strikes hit when the report names none
    # (actor, country) -> [(from, until, target)], ISO days or "" for open ends (default_targets.tsv)
    default_targets: dict[tuple[str, str], list[tuple[str, str, str]]]
    #: (weapon label, country) -> the one force that used it there
    weapon_owners: dict[tuple[str, str], str]
    #: (weapon label, country) -> [(from, until, force)]: the rows that hold only for a span of days
    weapon_owners_dated: dict[tuple[str, str], list[tuple[str, str, str]]] = field(default_factory=dict)
    #: (actor, country, admin1) -> [(from, until, target)]: default_targets.tsv's rows that hold only in
    #: one region, asked after geocoding (load.region_target, in extract/pipeline)
    region_targets: dict[tuple[str, str, str], list[tuple[str, str, str]]] = field(default_factory=dict)
    #: (actor, country) -> [(from, until, target)]: default_targets.tsv's rows marked `named`, which hold only
    #: when the report names the target somewhere (load.named_target; round q92-actor2)
    named_targets: dict[tuple[str, str], list[tuple[str, str, str]]] = field(default_factory=dict)
    generic_actors: list[dict[str, str]] = field(default_factory=list)
    #: canonical actor -> (inter, class) of its first named row: what a generic phrase resolved to
    #: that actor is ("الجيش الوطني" in Yemen is the state's army, not the Syrian rebels' SNA)
    actor_kinds: dict[str, tuple[int, str]] = field(default_factory=dict)
    #: (country, who fired) -> whose air defences stopped it, when the report says only "الدفاعات الجوية"
    interceptors: dict[tuple[str, str], str] = field(default_factory=dict)
    #: adjective -> the actor it names right after a strike word or a weapon ("بقصف مدفعي حوثي")
    weapon_adjectives: dict[str, ActorEntry] = field(default_factory=dict)
    #: the phrases that say only "the army" (actors.tsv rows of @army with no country), spaces folded
    #: (what extract/actors.regional_army replaces by the region's force)
    bare_army_phrases: frozenset[str] = frozenset()


def _definite_too(rows):
    """A noun phrase and its definite form: "صواريخ فراغية" is also "الصواريخ الفراغية" (the
    article goes on the noun and its adjective alike; the matcher only strips it from the first
    word)."""
    for pattern, payload in rows:
        yield pattern, payload
        words = pattern.split()
        if len(words) == 2 and not any(w.startswith("ال") for w in words) \
                and not any(c in pattern for c in "*+"):
            yield " ".join("ال" + w for w in words), payload


def _int(s: str) -> int | None:
    return int(s) if s.strip() else None


def _check_sub_event(value: str, where: str) -> str:
    if value not in EVENT_TYPE_OF:
        raise ValueError(f"{where}: {value!r} is not an ACLED sub-event type")
    return value


def _prefix_tree(words: list[str]) -> str:
    """A regex (no group around it) for exactly the literal `words`, with common prefixes
    factored out ("ab(?:c|d)?" for ab, abc, abd).

    Where only WHETHER a pattern matches counts, not which word or how far, this is the same
    question as the plain alternation of the words, asked in one step per character instead
    of one attempt per word: the role words' backwards patterns are asked of the text before
    every actor mention.  (Not for patterns whose match extent matters: an alternation tries
    its words in order, the tree does not.)
    """
    tree: dict = {}
    for w in words:
        node = tree
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}   # a word ends here

    def emit(node: dict) -> str:
        branches = [re.escape(ch) + emit(sub) for ch, sub in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:   # a word ends before this branch: the rest is optional
            body = f"{body}?" if len(branches) > 1 else f"(?:{body})?"
        return body

    return emit(tree)


class EndingWith:
    """Does a stretch of text end with one of a role's words (with its clitics, a trailing ل/ب/من)?

    The question is asked of the ~30 characters before every mention. As a forward regex
    anchored with `$`, it is tried at every position of the window; here the pattern is written
    backwards and matched once at the start of the reversed window, which answers the same
    question in one attempt. `search(text, pos, endpos)` keeps the forward regex's meaning:
    with pos > 0 the word must have a non-word character before it inside the window.
    """

    __slots__ = ("_open", "_closed", "_anywhere", "words")

    def __init__(self, words: list[str]):
        self.words = list(words)
        alt = _prefix_tree([w[::-1] for w in words])
        body = _backwards_body(alt)
        self._open = re.compile(body + r"(?:\W|$)")   # the word may start the text
        self._closed = re.compile(body + r"\W")       # a non-word character must precede it
        self._anywhere: re.Pattern[str] | None = None   # (`occurs`, compiled when first asked)

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> bool:
        window = text[pos:endpos] if endpos is not None else text[pos:]
        rx = self._open if pos == 0 else self._closed
        return rx.match(window[::-1]) is not None

    def occurs(self, text: str, pos: int, endpos: int) -> bool:
        """Does one of the words stand anywhere in text[pos:endpos], as a plain substring? (True
        whenever `search` is true of that window or of any part of it: a cheaper first question
        where a role read from several parts of a window is asked of many windows.)"""
        rx = self._anywhere
        if rx is None:
            rx = self._anywhere = re.compile(_prefix_tree(self.words))
        return rx.search(text, pos, endpos) is not None

    @property
    def reversed_pattern(self) -> str:
        """The backwards pattern `search(window)` matches at the start of the reversed window."""
        return self._open.pattern


def _backwards_body(alt: str) -> str:
    """`EndingWith`'s backwards pattern around the reversed words' alternation `alt`."""
    # (the forward regex's `$` also matches before one final newline)
    # (the article of a name written without it in actors.tsv ends the window too: "مواقع ال|مسلحين")
    return rf"\n?(?:لا)?(?:ل|ب|\s*نم)?\s*ا?(?:{alt})[بل]?[فو]?"


class FirstEndingWith:
    """The first of several roles, in the order given, whose words end a stretch of text.

    The same answer as asking each role's `EndingWith.search(window)` in turn, with one
    regex: the roles' backwards patterns as top-level alternatives, which the engine tries
    in order at the start of the reversed window, each alternative to the end before the
    next.  Asked of the window before every actor mention, where most ask all roles.
    """

    __slots__ = ("_rx", "_any")

    def __init__(self, roles: list[tuple[str, EndingWith]]):
        self._rx = re.compile("|".join(f"(?P<{name}>{ew.reversed_pattern})" for name, ew in roles))
        # whether any role's word ends the window at all: the same pattern over all the roles'
        # words in one prefix tree, one attempt instead of one per role (most windows end with
        # none, and then the roles need not be asked in turn)
        every = sorted({w for _, ew in roles for w in ew.words})
        self._any = re.compile(_backwards_body(_prefix_tree([w[::-1] for w in every])) + r"(?:\W|$)")

    def first(self, window: str) -> str | None:
        backwards = window[::-1]
        if self._any.match(backwards) is None:
            return None
        m = self._rx.match(backwards)
        return m.lastgroup if m is not None else None


def _dated_table(rows: list[dict[str, str]], key: tuple[str, ...], value: str,
                 ) -> dict[tuple[str, ...], list[tuple[str, str, str]]]:
    """(row[key[0]], row[key[1]], ...) -> [(from, until, row[value])] in the file's order, ISO days or "" for
    open ends: the form of the tables whose answer depends on the day (default_targets.tsv, weapon_owners.tsv's
    dated rows)."""
    out: dict[tuple[str, ...], list[tuple[str, str, str]]] = {}
    for r in rows:
        out.setdefault(tuple(r[k] for k in key), []).append((r.get("from", ""), r.get("until", ""), r[value]))
    return out


def _on_day(rows: list[tuple[str, str, str]] | None, day: date | None) -> str | None:
    """The first row's value that holds on `day`: an undated row always, a dated one when `day` falls in it
    (a day that is not known falls in none)."""
    iso = day.isoformat() if day is not None else None
    for since, until, value in rows or ():
        if not since and not until:
            return value
        if iso is not None and (not since or since <= iso) and (not until or iso <= until):
            return value
    return None


def dated_weapon_owner(lex: Lexicons, weapon: str, country: str | None, day: date | None) -> str | None:
    """The one force that used `weapon` in `country` on `day` (weapon_owners.tsv rows with dates);
    an event with no date takes none of them."""
    return _on_day(lex.weapon_owners_dated.get((weapon, country or "")), day)


def default_target(lex: Lexicons, actor: str, country: str | None, day: date | None) -> str | None:
    """The side `actor`'s strikes in `country` hit on `day` when a report names none (default_targets.tsv)."""
    return _on_day(lex.default_targets.get((actor, country)), day)


def named_target(lex: Lexicons, actor: str, country: str | None, day: date | None) -> str | None:
    """The side `actor`'s strikes in `country` hit on `day` when a report names no target for the strike but
    names that side elsewhere (default_targets.tsv's rows marked `named`)."""
    return _on_day(lex.named_targets.get((actor, country)), day)


def region_target(lex: Lexicons, actor: str, country: str | None, admin1: str | None, day: date | None) -> str | None:
    """The side `actor`'s strikes in region `admin1` (as the gazetteer writes it) of `country` hit on `day`
    when a report names none (default_targets.tsv's rows with an admin1)."""
    if admin1 is None or not lex.region_targets:
        return None
    return _on_day(lex.region_targets.get((actor, country or "", admin1)), day)


def _role_regexes(rows: list[dict[str, str]]) -> dict[str, EndingWith]:
    """One matcher per role that says whether the text before a mention ends with a role word."""
    by: dict[str, list[str]] = {}
    for r in rows:
        by.setdefault(r["role"], []).append(normalize_key(r["word"]))
    return {role: EndingWith(words) for role, words in by.items()}


@lru_cache(maxsize=1)
def lexicons() -> Lexicons:
    """The compiled lexicons (built once per process)."""
    owner_rows = read_tsv("lexicon/weapon_owners.tsv")
    target_rows = read_tsv("lexicon/default_targets.tsv")
    cues = {}
    for r in read_tsv("lexicon/cues.tsv"):
        cues[r["cue"]] = CueClass(r["cue"], _check_sub_event(r["sub_event_type"], "cues.tsv"),
                                  int(r["strength"]), r["event"] == "yes", r["family"])
    triggers = []
    for r in read_tsv("lexicon/triggers.tsv"):
        if r["cue"] not in cues:
            raise ValueError(f"triggers.tsv: cue {r['cue']!r} of {r['pattern']!r} is not in cues.tsv")
        triggers.append((r["pattern"], r["cue"]))
    numbers = {normalize_key(r["pattern"]): (int(r["value"]), r["type"])
               for r in read_tsv("lexicon/numbers.tsv")}
    place_rows = read_tsv("lexicon/place_types.tsv")
    place_words = [(r["pattern"], PlaceWord(r["role"], r["kind"], r["plural"] == "yes", r["value"]))
                   for r in place_rows]
    name_rows = read_tsv("lexicon/name_words.tsv")
    actor_rows = read_tsv("lexicon/actors.tsv")
    actor_kinds: dict[str, tuple[int, str]] = {}
    for r in actor_rows:
        if not r["actor"].startswith("@"):
            actor_kinds.setdefault(r["actor"], (int(r["inter"] or 0), r["class"]))
    connective_rows = read_tsv("lexicon/connectives.tsv")
    # one automaton for all document-level lexicons: a document is scanned once
    C = CombinedMatcher()
    return Lexicons(
        actors=C.lexicon('actors')((r["pattern"], ActorEntry(r["actor"], int(r["inter"] or 0), r["country"], r["class"]))
                       for r in actor_rows),
        triggers=C.lexicon('triggers')(triggers),
        cues=cues,
        weapons=C.lexicon('weapons')(_definite_too(
            (r["pattern"], (r["weapon"], r["mode"])) for r in read_tsv("lexicon/weapons.tsv"))),
        targets=C.lexicon('targets')((r["pattern"], (r["target"], r["civilian"] == "yes", r["armed"] == "yes"))
                        for r in read_tsv("lexicon/targets.tsv")),
        casualties=C.lexicon('casualties')((r["pattern"], Casualty(r["kind"], r["role"], _int(r["count"])))
                           for r in read_tsv("lexicon/casualties.tsv")),
        persons=C.lexicon('persons')((r["pattern"], Person(_int(r["count"]),
                                              {"yes": True, "no": False}.get(r["civilian"]), r["side"]))
                        for r in read_tsv("lexicon/persons.tsv")),
        quantifiers=C.lexicon('quantifiers')((r["pattern"], Quantifier(
            _int(r["best"]) if r["best"] not in ("+1", "+0", "~") else None,
            _int(r["low"]), _int(r["high"]),
            r["best"] if r["best"] in ("+1", "+0", "~") else "")) for r in read_tsv("lexicon/quantifiers.tsv")),
        numbers=numbers,
        definite_numbers={" ال" + k: v for k, (v, t) in numbers.items() if t in ("unit", "teen") and 2 <= v <= 10},
        number_words=C.lexicon('number_words')((k, v) for k, v in numbers.items()),
        months=C.lexicon('months')((r["pattern"], (int(r["month"]), r["calendar"])) for r in read_tsv("lexicon/months.tsv")),
        weekdays=C.lexicon('weekdays')((r["pattern"], int(r["weekday"])) for r in read_tsv("lexicon/weekdays.tsv")),
        relative_dates=C.lexicon('relative_dates')((r["pattern"], RelDate(int(r["offset_from"]), int(r["offset_to"]),
                                                      int(r["precision"]), r["kind"]))
                               for r in read_tsv("lexicon/relative_dates.tsv")),
        discourse=C.lexicon('discourse')((r["pattern"], r["cue"]) for r in read_tsv("lexicon/discourse.tsv")),
        connectives=C.lexicon('connectives')((r["pattern"], "connective") for r in connective_rows),
        place_words=C.lexicon('place_words')(place_words),
        place_word_rows=tuple(place_words),
        name_heads=frozenset(normalize_key(r["word"]) for r in name_rows if r["role"] == "head"),
        # a word that opens a new clause (بينما، فيما) ends a list of names too
        name_stops=frozenset([normalize_key(r["word"]) for r in name_rows if r["role"] == "stop"]
                             + [normalize_key(r["pattern"]) for r in connective_rows if " " not in r["pattern"]]),
        name_tails=frozenset(normalize_key(r["word"]) for r in name_rows if r["role"] == "tail"),
        compass_adjectives=frozenset(normalize_key(p) for p, w in place_words
                                     if w.role == "direction" and normalize_key(p).startswith("ال")
                                     and " " not in p),
        unwritten_place_words=tuple(sorted({normalize_key(r["pattern"]) for r in place_rows
                                            if r["written"] == "no"}, key=len, reverse=True)),
        role_words=_role_regexes(read_tsv("lexicon/role_words.tsv")),
        countries=C.lexicon('countries')((r["pattern"], r["iso2"]) for r in read_tsv("lexicon/countries.tsv")),
        boilerplate=C.lexicon('boilerplate')((r["pattern"], r.get("scope") or "line")
                                             for r in read_tsv("lexicon/boilerplate.tsv")),
        covered_countries=frozenset(r["iso2"] for r in read_tsv("lexicon/countries.tsv")),
        actor_modes={r["actor"]: r["mode"] for r in read_tsv("lexicon/actor_modes.tsv")},
        default_targets=_dated_table([r for r in target_rows if not r.get("admin1") and not r.get("named")],
                                     ("actor", "country"), "target"),
        named_targets=_dated_table([r for r in target_rows if r.get("named")], ("actor", "country"), "target"),
        region_targets=_dated_table([r for r in target_rows if r.get("admin1")], ("actor", "country", "admin1"), "target"),
        weapon_owners={(r["weapon"], r["country"]): r["actor"] for r in owner_rows
                       if not r.get("from") and not r.get("until")},
        weapon_owners_dated=_dated_table([r for r in owner_rows if r.get("from") or r.get("until")],
                                         ("weapon", "country"), "actor"),
        interceptors={(r["country"], r["fired_by"]): r["interceptor"] for r in read_tsv("lexicon/interceptors.tsv")},
        weapon_adjectives={normalize_key(r["adjective"]): ActorEntry(r["actor"], int(r["inter"] or 0), r["country"], r["class"])
                           for r in read_tsv("lexicon/weapon_adjectives.tsv")},
        generic_actors=read_tsv("lexicon/generic_actors.tsv"),
        actor_kinds=actor_kinds,
        bare_army_phrases=frozenset(" ".join(r["pattern"].split()) for r in actor_rows
                                    if r["actor"] in ("@army", "@air_force") and not r["country"]),
    )
