"""Find every lexicon mention in a normalised document, once.

The result, `DocMentions`, is a set of sorted lists (actors, triggers,
weapons ...) that later stages query by range.  Overlaps are settled here:
within a lexicon the longest match wins, and an actor name hides the event
words inside it (تحرير in هيئة تحرير الشام is not a "liberation").
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from datetime import date
from operator import attrgetter
from typing import Generic, Iterable, Iterator, TypeVar

import re
import sys

from rasd.extract.match import Hit, affixes, longest_first
from rasd.text.needles import any_in, fewest_needles, has, last_token_needles, phrase_gate, watched
from rasd.lexicon.grammar import alternation, words as grammar_words
from rasd.lexicon.load import ActorEntry, Casualty, Lexicons
from rasd.text.dates import DateExpr, find_dates
from rasd.text.numbers import Quantity, find_quantities
from rasd.text.positions import positions_of
from rasd.text.normalize import normalize_key

# (the words this module asks of whole reports with `has`, found by one scan of each report:
#  `needles.read_report`, round q91-speed)
_REPORT_WORDS = watched((":\n", "اسم", "بين", "ردد", "سقط", "فجر", "لصد", "لقت", "لقي", "هتا", "هتف", "افرج", "الجو", "اوقف", "دباب", "ساقط", "سبيل", "سراح", "شعار", "فجير", "لافت", "مسير", "منهم", "مويد", "انصار", "بينهم", "مناصر", "للتصدي"))

T = TypeVar("T")
_start_end = attrgetter("start", "end")


#: after the last start (and end) of a `Sorted`: past any position, so a search that runs off
#: the items stops there without a test of the index on each step
_PAST = sys.maxsize


class Sorted(Generic[T]):
    """Items with .start/.end sorted by start, queried by range."""

    # (`within` is asked some 500 times per report: slots make its attribute reads cheaper)
    __slots__ = ("items", "_starts", "_ends")

    def __init__(self, items: Iterable[T], settled: bool = False):
        """`settled`: the items are the output of `longest_first` (in text order, none
        overlapping another), so they are in (start, end) order already and end in the order
        they start; sorting and checking them again was most of the cost of building one."""
        self.items: list[T] = list(items) if settled else sorted(items, key=_start_end)
        # (the end mark appended, not a list concatenated: that copied each list once more)
        self._starts = [h.start for h in self.items]  # type: ignore[attr-defined]
        self._starts.append(_PAST)
        ends = [h.end for h in self.items]  # type: ignore[attr-defined]
        ends.append(_PAST)
        # items that do not overlap (hits after `longest_first`: the usual case) end in the
        # order they start, so "ends by e" is a bisection too, not a filter over the range
        self._ends = ends if settled or ends == sorted(ends) else None

    def starts(self) -> list[int]:
        """Where the items start, in order."""
        return self._starts[:-1]

    def within(self, s: int, e: int) -> list[T]:
        """Items that start in [s, e) and end by e (s may lie before the text and e after it:
        callers need not clip the window with max() and min(), slow builtin calls)."""
        starts = self._starts
        i = bisect_left(starts, s)
        if starts[i] >= e:
            return []   # the usual answer: most windows hold nothing of a given kind (asked
                        # hundreds of times per report: one bisection, not two)
        ends = self._ends
        if ends is not None:
            # the run from i of items that end by e (the ends are in order too; an item that
            # ends by e also starts before it, none being empty): walked rather than found by
            # two more bisections, as it holds an item or two; a bisection is a C call of some
            # 1,000 instructions, a step of this loop a tenth of that
            k = i
            while ends[k] <= e:
                k += 1
            return self.items[i:k]
        j = bisect_left(starts, e, i + 1)
        return [h for h in self.items[i:j] if h.end <= e]  # type: ignore[attr-defined]

    def per_window(self, windows: list[tuple[int, int]]) -> list[list[T]]:
        """`[self.within(s, e) for s, e in windows]`: for windows whose starts come in order (a
        report's clauses), one walk along the items instead of a call and a bisection per window
        (~2.5 k instructions each; a step of the walk is a tenth of that)."""
        ends = self._ends
        if ends is None:
            return [self.within(s, e) for s, e in windows]
        starts, items = self._starts, self.items
        out: list[list[T]] = []
        i = 0
        last = -sys.maxsize
        for s, e in windows:
            if s < last:
                i = 0   # (a window that starts before the one before it: the walk starts again)
            last = s
            while starts[i] < s:   # (the first item that starts in the window or after it)
                i += 1
            if starts[i] >= e:
                out.append([])
                continue
            k = i   # (the run of items that end by e, as in `within`)
            while ends[k] <= e:
                k += 1
            out.append(items[i:k])
        return out

    def __iter__(self):
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)


class Spans:
    """A fixed set of [start, end) ranges that answers "does any of them overlap / contain
    this range?" by bisection instead of a scan over all of them (asked for every hit).

    Sorted by start with the running maximum of the ends: among the spans that start early
    enough, the one reaching furthest decides.
    """

    __slots__ = ("_starts", "_reach")

    def __init__(self, spans: Iterable[tuple[int, int]]):
        ordered = sorted(spans)
        self._starts = [s for s, _ in ordered]
        # the running maximum of the ends, from -1 (a loop, not `accumulate(ends, max)`: the
        # builtin max, called per span, handles its arguments in some 1,400 instructions)
        reach = [-1]
        far = -1
        for _, e in ordered:
            if e > far:
                far = e
            reach.append(far)
        self._reach = reach

    def overlaps(self, start: int, end: int) -> bool:
        """Some span has s < end and start < e."""
        return self._reach[bisect_left(self._starts, end)] > start

    def contains(self, start: int, end: int) -> bool:
        """Some span has s <= start and end <= e."""
        return self._reach[bisect_right(self._starts, start)] >= end

    # The two filters below ask `contains` / `overlaps` of every hit of a list in text order:
    # the spans that start early enough only grow from one hit to the next, so one walk along
    # the spans answers for all of them (a bisection per hit is a C call of ~1,000 instructions).

    def outside(self, hits: list[T]) -> list[T]:
        """The hits, sorted by start, that no span contains: `[h for h in hits if not
        self.contains(h.start, h.end)]`."""
        starts, reach = self._starts, self._reach
        n = len(starts)
        j = 0   # the spans with s <= the hit's start
        out = []
        for h in hits:
            while j < n and starts[j] <= h.start:  # type: ignore[attr-defined]
                j += 1
            if reach[j] < h.end:  # type: ignore[attr-defined]
                out.append(h)
        return out

    def apart(self, hits: list[T]) -> list[T]:
        """The hits, in order of their ends too (as `longest_first` leaves them), that overlap no
        span: `[h for h in hits if not self.overlaps(h.start, h.end)]`."""
        starts, reach = self._starts, self._reach
        n = len(starts)
        j = 0   # the spans with s < the hit's end
        out = []
        for h in hits:
            while j < n and starts[j] < h.end:  # type: ignore[attr-defined]
                j += 1
            if reach[j] <= h.start:  # type: ignore[attr-defined]
                out.append(h)
        return out


@dataclass(slots=True)
class DocMentions:
    actors: Sorted[Hit]
    triggers: Sorted[Hit]
    weapons: Sorted[Hit]
    targets: Sorted[Hit]
    casualties: Sorted[Hit]
    persons: Sorted[Hit]
    discourse: Sorted[Hit]
    place_words: Sorted[Hit]
    quantities: Sorted[Quantity]
    dates: Sorted[DateExpr]
    # where every casualty word, person noun and quantity starts, sorted: a clause in which none
    # starts counts nobody, and one bisection says so (asked of every clause)
    counted_starts: list[int]
    connective_starts: list[int] = field(default_factory=list)


#: the kinds of place whose type word, right before a side's name, makes it a settlement's name ("مدينة القاعدة"
#: in Ibb, "حي القاعدة"; round q95-fixactors): not bases, offices or districts ("قاعدة التحالف"، "مديرية الأمن")
SETTLEMENT_KINDS = frozenset({"city", "town", "village", "neighbourhood"})


def _named_by_type_word(text: str, h: Hit, place_words: Sorted[Hit],
                        kinds: frozenset[str] | None = None) -> bool:
    """Does a place's type word ("حي"، "قرية") stand right before the word of hit `h`? (of one of
    `kinds` when given)"""
    if h.word_start < 2 or text[h.word_start - 1] != " ":
        return False
    for w in place_words.within(h.word_start - 16 if h.word_start > 16 else 0, h.word_start):
        if w.end == h.word_start - 1 and w.payload.role == "type" and not w.payload.plural \
                and (kinds is None or w.payload.kind in kinds) \
                and "ال" not in text[w.word_start:w.start + 2] and text[h.word_start] != "و":
            # (not a definite type word, "المدينة" or "القاعدة", which is also a noun of its own:
            #  "قرب المدينة قتل ..."، "عنصر من القاعدة قتلوا")
            if w.payload.value == "after_prep" and not _type_after_prep(text, w, place_words):
                # "أفادت مصادر محلية بمقتل خمسة": the adjective, not Sudan's district "محلية X"
                # (q89-fix18r; places.py reads the type word the same way)
                return False
            return True
    return False


def _type_after_prep(text: str, w: Hit, place_words: Sorted[Hit]) -> bool:
    """Does a preposition (glued, "بمحلية"، or the word before, "في محلية") or a clause's start stand
    before the type word `w`, which names a place only there?"""
    if w.start > w.word_start:
        return True
    before = text[w.word_start - 12 if w.word_start > 12 else 0:w.word_start].rstrip()
    if not before or before[-1] in ".,،:;\n(-":
        return True
    return any(p.payload.role == "prep" and 0 <= w.word_start - p.end <= 1
               for p in place_words.within(w.word_start - 12 if w.word_start > 12 else 0, w.word_start))


#: generic keys that describe a force rather than name it (قوات، فصائل، الأمن، الإرهابيين): before a
#: named force they are its description; the other @keys name one force through its date or country
#: ("فصائل غرفة عمليات ردع العدوان" is the Deterrence room's, "فصائل الجيش الوطني" the National Army's)
_DESCRIPTIVE_KEYS = frozenset({"@army", "@security", "@opposition", "@thuwar", "@terrorists",
                                "@takfiri"})


def _descriptive(actor: str) -> bool:
    return actor in _DESCRIPTIVE_KEYS or actor.startswith("@refer:")


#: "فجرت مليشيا الحوثي ثلاثة منازل": a verb of blowing up, then up to four words (its subject, a count),
#: then a house (grammar_words `blow_up_verb`, `house_noun`)
_BLOWN_UP = re.compile(rf"(?:^|(?<=\s))[وف]?({alternation('blow_up_verb')})((?:\s+[^\s.,،؛:]+){{0,4}}?)\s+"
                       rf"(?:{alternation('house_noun')})(?!\w)")


#: the words of a count between the verb and the house besides the number words: "عدد من"
_SOME_WORDS = frozenset(["عدد", "عددا", "من"])


def _blown_up_matches(text: str) -> Iterator[re.Match]:
    """`_BLOWN_UP`'s matches, tried only at the words that hold "فجر" or "فجير" (the pattern run over
    the whole text cost 1.5 % of a report: "فجر اليوم", dawn, is in most reports)."""
    seen = -1
    for needle in ("فجر", "فجير"):
        i = text.find(needle)
        while i >= 0:
            ws = max(text.rfind(" ", 0, i), text.rfind("\n", 0, i)) + 1
            if ws != seen:
                m = _BLOWN_UP.match(text, ws)
                if m is not None:
                    yield m
            seen = ws
            i = text.find(needle, i + 3)


def _blown_up_houses(text: str, found: list[Hit], actor_spans: Spans, numbers: dict,
                     date_spans: Spans) -> list[Hit]:
    """A house blown up with its subject or its count between the verb and the house ("فجرت مليشيا
    الحوثي ثلاثة منازل"، "تفجير ثلاثة منازل"): a demolition, the cue of "فجر منزل" (triggers.tsv),
    which a fixed phrase cannot reach. The words between must be the subject's name, a count or the
    time it was done ("فجر مسلحو التنظيم اليوم مرقداً"; lead, stop 26), and the verb no time itself
    ("استهدفت غارة فجر اليوم منزل عائلة": dawn).
    The hits come back in order of their ends, as the scan gave them: `Spans.apart` walks them so, and
    a demolition appended after the report's later event words was dropped there (lead, stop 23)."""
    added = False
    for m in _blown_up_matches(text):
        vs, ve = m.span(1)
        if date_spans.overlaps(vs, ve):
            continue
        between = m.group(2).split()
        pos, ok = m.end(1), True
        spans = []
        for w in between:
            ws = text.index(w, pos)
            pos = ws + len(w)
            spans.append((ws, pos, w))
        for i, (ws, we, w) in enumerate(spans):
            # (the head of the subject's name too: "مسلحو داعش", "عناصر التنظيم")
            if not (actor_spans.contains(ws, we) or w.isdecimal() or w in numbers or w in _SOME_WORDS
                    or date_spans.contains(ws, we)
                    or (i + 1 < len(spans) and actor_spans.contains(spans[i + 1][0], spans[i + 1][1]))):
                ok = False
                break
        if not ok or not between:
            continue   # (the verb right before the house is triggers.tsv's own phrase)
        found = [h for h in found if not (h.start <= vs < h.end)]
        found.append(Hit(vs, ve, "loot", m.start(), ve))
        added = True
    if added:
        found.sort(key=_end_start)
    return found


#: a shell or rocket told before its falling verb with a word or two between ("قذائف عشوائية سقطت على
#: منازل"، "قذيفة هاون تسقط"، "صواريخ غراد سقطت"): triggers.tsv holds the pair only side by side
_FALLEN = re.compile(rf"(?:^|(?<=[\s\"«(]))[وف]?(?:ال)?({alternation('fallen_projectile')})"
                     rf"((?:\s+[^\s.,،؛:!؟\"»()]+){{1,2}}?)\s+"
                     rf"({alternation('projectile_fall_verb')}|{alternation('projectile_hit_verb')})(?!\w)")
#: the falling verbs' and the hitting verbs' stems: where a fallen projectile's phrase may end (q92-fix25r:
#: "أصاب" is sought only where a projectile's word stands before it, `_PROJECTILE_OPENS`)
_FALL_NEEDLES = ("سقط", "ساقط", "نهمر", "نهال")
_HIT_NEEDLES = ("اصاب", "تصيب", "يصيب")
_HIT_VERBS = frozenset(grammar_words("projectile_hit_verb"))
#: the same with who fired it told between, in a relative clause ("قذائف مدفعية أطلقتها قوات الدعم السريع تسقط
#: على السوق"): the projectile's modifiers (group 2), the verb "fired it" (3), its subject of up to five words (4)
_FALLEN_FIRED = re.compile(rf"(?:^|(?<=[\s\"«(]))[وف]?(?:ال)?({alternation('fallen_projectile')})"
                           rf"((?:\s+[^\s.,،؛:!؟\"»()]+){{0,2}}?)\s+({alternation('fired_it_verb')})"
                           rf"((?:\s+[^\s.,،؛:!؟\"»()]+){{1,5}}?)\s+({alternation('projectile_fall_verb')})(?!\w)")
#: words that end the projectile's noun phrase: what follows is no modifier of it ("قذائف من الجهة
#: الشرقية سقطت"، "القذائف التي سقطت"، "وكان صاروخ قد سقط": a retold or earlier fall keeps its own reading)
_NOT_MODIFIER = frozenset(grammar_words("projectile_phrase_stop"))


#: what every projectile word holds (its first four letters): a hitting verb with none before it is no shell's
_PROJECTILE_OPENS = tuple(sorted({normalize_key(w)[:4] for w in grammar_words("fallen_projectile")}))


#: how far before its verb's word a projectile's or an aircraft's phrase may begin (a noun and two or three words)
_PHRASE_REACH = 100


def _matches_before_words(pattern: re.Pattern, text: str, needles: tuple[str, ...],
                          opens: tuple[str, ...] = (), whole: frozenset[str] = frozenset()) -> list[re.Match]:
    """`pattern`'s matches (each ending with a word that holds one of `needles`), sought only in the
    stretch before each such word: the pattern opens with a look-behind, and run over the whole report
    it tries every position (1 M instructions a report for two patterns; lead, stop 26). With `opens`,
    substrings every match also holds whole before its word, a stretch that holds none is not searched.
    With `whole`, the pattern's last word is one of these, standing after whitespace and opening with its
    needle: "اصاب" is also the noun "اصابه" of nearly every toll, whose stretches need no search."""
    ends = set()
    n = len(text)
    for needle in needles:
        i = text.find(needle)
        while i >= 0:
            j = i + len(needle)
            while j < n and "\u0621" <= text[j] <= "\u064a":
                j += 1
            if not whole or (text[i:j] in whole and (i == 0 or text[i - 1].isspace())):
                ends.add(j)
            i = text.find(needle, j)
    seen: dict[tuple[int, int], re.Match] = {}
    for e in sorted(ends):
        lo = e - _PHRASE_REACH if e > _PHRASE_REACH else 0
        if opens and not any_in(opens, text, lo, e):
            continue
        for m in pattern.finditer(text, lo, e):
            seen.setdefault(m.span(), m)
    return sorted(seen.values(), key=re.Match.start)


def _fallen_projectiles(text: str, found: list[Hit], actor_spans: Spans) -> list[Hit]:
    """A projectile and its falling verb with one or two modifiers between them (an adjective, the
    weapon's name, "مجهولة المصدر"): the shelling cue of "قذائف سقطت" (triggers.tsv), which a fixed
    phrase cannot reach. No word between may be a side's name ("قذائف الحوثيين سقطت": the firing side,
    read by the sides stage) nor a word that ends the noun phrase (`projectile_phrase_stop`)."""
    added = []
    for m in (_matches_before_words(_FALLEN, text, _FALL_NEEDLES)
              + _matches_before_words(_FALLEN, text, _HIT_NEEDLES, _PROJECTILE_OPENS, _HIT_VERBS)
              + _matches_before_words(_FALLEN_FIRED, text, ("سقط", "ساقط"))):
        between = m.group(2).split()
        if any(w in _NOT_MODIFIER or w[0].isdigit() for w in between):
            continue
        bs, be = m.span(2)
        if be > bs and actor_spans.overlaps(bs, be):
            continue
        if m.re is _FALLEN_FIRED and any(w in _NOT_MODIFIER or w[0].isdigit() for w in m.group(4).split()):
            continue   # (who fired it: a name, not "من مواقعها" nor a count)
        # (with who fired it between, the cue ends at "أطلقتها": a cue over the side's name would go with it)
        s, e = m.start(1), m.end(3)
        if any((h.start < s < h.end or h.start < e < h.end) or (h.start <= s and e <= h.end) for h in found):
            continue   # (a cue that runs past it holds it)
        found = [h for h in found if not (s <= h.start and h.end <= e)]   # ("سقطت" alone: a launch)
        added.append(Hit(s, e, "shelling", m.start(), e))
    if added:
        found = sorted(found + added, key=_end_start)
    return found


#: a place's fall told with the place between the verb and the captors' hand ("سقطت مدينة X بيد Y"، "سقط مطار X في
#: قبضة Y"): triggers.tsv holds the verb and the hand only side by side ("سقطت بيد"); the place is one to four words
#: (group 2) with no projectile's word (round q93-probe-map)
_FALLEN_PLACE = re.compile(rf"(?<![\u0621-\u064a])[وف]?({alternation('place_fall_verb')})"
                           rf"((?:\s+[^\s.,،؛:!؟\"»()]+){{1,4}}?)\s+(?:{alternation('captors_hand')})(?![\u0621-\u064a])")
_PROJECTILE_WORDS = frozenset(normalize_key(w) for w in grammar_words("fallen_projectile"))


def _fallen_places(text: str, found: list[Hit]) -> list[Hit]:
    """"سقطت مدينة X بيد Y": the take-over cue on the verb, as "سقطت بيد" is when the place is told before it, in
    place of the verb's own cue alone (a launch); not a shell's fall ("سقطت قذيفة ... في يد") nor a verb a longer cue
    holds (round q93-probe-map)."""
    added = []
    for m in _FALLEN_PLACE.finditer(text):
        if any(w in _PROJECTILE_WORDS or w[0].isdigit() for w in m.group(2).split()):
            continue
        s, e = m.span(1)
        if any(h.start < e and s < h.end and not (s <= h.start and h.end <= e) for h in found):
            continue   # (a longer cue over the verb holds it)
        found = [h for h in found if not (s <= h.start and h.end <= e)]   # ("سقطت" alone: a launch)
        added.append(Hit(s, e, "takeover", s, e))
    if added:
        found = sorted(found + added, key=_end_start)
    return found


#: a ticker's or headline's line that opens with a shell or rocket and no verb ("عاجل | قذائف عشوائية على مطار X"،
#: "كادقلي: قذائف على السوق"، "صاروخ باليستي حوثي على مدينة X"): after the line's time, its "عاجل |" and a label
#: of one or two words and its colon, the projectile (group 1), up to three words (2), then "على"
_HEADLINE_PROJECTILE = re.compile(
    rf"[ \t]*(?:\d{{1,2}}:\d{{2}}\s*)?(?:(?:{alternation('breaking_label')})\s*[|:\-\u2013]\s*)?"
    rf"(?:[^\s:|]+(?: [^\s:|]+)?:\s*)?({alternation('fallen_projectile')})((?: [^\s.,،؛:!؟\"»()]+){{0,3}}?) علي ")
#: what every projectile word holds (its first four letters), sought before the line it opens is matched
_PROJECTILE_NEEDLES = tuple(sorted({normalize_key(w)[:4] for w in grammar_words("fallen_projectile")}))
#: how far into its line the projectile may stand (a time, a label, a place of two words before it)
_HEADLINE_REACH = 60


def _headline_projectiles(text: str, found: list[Hit], weapons: list[Hit]) -> list[Hit]:
    """A shelling cue at a projectile that opens a line with no verb, "على" and its target after it
    (`_HEADLINE_PROJECTILE`; round q90-lists): a ticker's or a headline's fragment. None where a cue of
    the line holds the projectile, nor where a word between ends the noun phrase or is a count."""
    added = []
    for w in weapons:   # (the projectile is a weapon's word: no scan of the report for it)
        if not text.startswith(_PROJECTILE_NEEDLES, w.start):
            continue
        ls = text.rfind("\n", 0, w.start) + 1
        if w.start - ls > _HEADLINE_REACH:
            continue
        mo = _HEADLINE_PROJECTILE.match(text, ls)
        if mo is None or mo.start(1) != w.start:
            continue
        if any(x in _NOT_MODIFIER or x[0].isdigit() for x in mo.group(2).split()):
            continue
        s, e = mo.span(1)
        if any(h.start <= s < h.end or s <= h.start < e for h in found):
            continue
        added.append(Hit(s, e, "shelling", s, e))
    if added:
        found = sorted(found + added, key=_start_end)
    return found


#: an aircraft told before its dropping verb ("الطيران المروحي يلقي براميل متفجرة على"، "مروحيات النظام
#: تلقي"، a post's present tense): triggers.tsv holds the drop with the verb first only ("ألقى الطيران")
_AIRCRAFT_DROPS = re.compile(rf"(?:^|(?<=[\s\"«(]))[وف]?({alternation('dropping_aircraft')})"
                             rf"((?:\s+[^\s.,،؛:!؟\"»()]+){{0,3}}?)\s+({alternation('aircraft_drop_verb')})(?!\w)")


#: every `_AIRCRAFT_DROPS` match holds one, in its aircraft's words
_DROPPING_AIRCRAFT_NEEDLES = last_token_needles(grammar_words("dropping_aircraft"))


def _aircraft_drops(text: str, found: list[Hit]) -> list[Hit]:
    """An aircraft, up to three words that describe or own it, then its verb of dropping: the drop
    cue (`drop`, a bombardment unless leaflets were dropped) on the verb. The words between may not
    end the aircraft's phrase (`projectile_phrase_stop`: "الطائرات التي ألقت ..." retells)."""
    added = []
    # (only where an aircraft's word stands before the verb: "لقي" is also "لقي حتفه", told of the dead)
    for m in _matches_before_words(_AIRCRAFT_DROPS, text, ("لقي", "لقت", "لقو"), _DROPPING_AIRCRAFT_NEEDLES):
        if any(w in _NOT_MODIFIER for w in m.group(2).split()):
            continue
        vs, ve = m.span(3)
        if any(h.start < ve and vs < h.end for h in found):
            continue   # (the verb is already a cue: "ألقى القبض")
        added.append(Hit(vs, ve, "drop", vs, ve))
    if added:
        found = sorted(found + added, key=_end_start)
    return found


def _verbs_before_actors(text: str, found: list[Hit], kept: list[Hit], actors: list[Hit]) -> list[Hit]:
    """Event words that run into an actor's name ("دمرت طائرات" in "دمرت طائرات التحالف آليات"):
    the verb before the name still tells the event, with the event word's cue; the name is the
    actor's. (Only where no event word kept already covers the verb.)"""
    got = {id(h) for h in kept}
    covered = Spans((h.start, h.end) for h in kept)
    extra = []
    for h in found:
        if id(h) in got:
            continue
        for a in actors:
            if a.start < h.end and h.start < a.end:   # the first actor it runs into
                end = a.word_start - 1
                if a.word_start > h.start and end > h.start and text[end] == " " \
                        and " " not in text[h.start:end] and not covered.overlaps(h.start, end):
                    extra.append(Hit(h.start, end, h.payload, h.word_start, end))
                break
    return sorted(kept + extra, key=_end_start) if extra else kept


def _end_start(h: Hit) -> tuple[int, int]:
    return h.end, -h.start


#: "بينهم انتحاريان"، "منهم 3 انتحاريين": a share of a count told right before the bomber noun
_AMONG_DEAD = re.compile(r"(?:^|\s)(?:من\s+)?(?:بينهم|منهم)\s+(?:\d+\s+|\S+\s+)?$")
#: "لعناصر"، "من عناصر": the members of the named side after them (grammar_words `members_of`)
_MEMBERS_OF = frozenset(grammar_words("members_of"))
#: "بهجوم مسلح نفذته خلية تابعة لـ": the adjective "مسلح" of an attack carried out by a named side a few
#: words on (grammar_words `armed_attack_head`, `deed_verb`)
_ARMED_ATTACK_BY = re.compile(rf"(?:^|\s)(?:{alternation('armed_attack_head')})\s+$")
_DEED_THEN = re.compile(rf"(?:{alternation('deed_verb')})(?:\s+\S+){{0,3}}")


def _armed_attack_by(text: str, h: Hit, nxt: Hit) -> bool:
    """Is the unknown gunman word `h` only the adjective of an attack the named side `nxt` carried out
    ("قتل عنصران بهجوم مسلح نفذته خلية تابعة لتنظيم الدولة": the attack's author is the named side)?"""
    return (_ARMED_ATTACK_BY.search(text, max(0, h.start - 12), h.start) is not None
            and _DEED_THEN.fullmatch(text[h.end:nxt.word_start].strip()) is not None)



#: a side's short name that is also the noun of a state's civil body ("الهيئة": HTS in Syria's reports;
#: "الهيئة القومية للإذاعة والتلفزيون" in Omdurman is the state broadcaster) and the adjectives that make it
#: that body (grammar_words `civil_body_name`, `civil_body_adjective`; quality-71)
_CIVIL_BODY_NAMES = tuple(grammar_words("civil_body_name"))
_CIVIL_BODY_ADJECTIVES = frozenset(grammar_words("civil_body_adjective"))


def _civil_body(text: str, h: Hit) -> bool:
    """Is the actor hit a civil body's noun followed by its adjective ("الهيئة القومية")?"""
    if text[h.start:h.end] not in _CIVIL_BODY_NAMES:
        return False
    nxt = text[h.end:h.end + 20].split(None, 1)
    return bool(nxt) and nxt[0].rstrip(",.،") in _CIVIL_BODY_ADJECTIVES



#: "أنصار/مناصرو/مؤيدو (ل)NAME" (grammar_words `supporter_noun`): a party's or a force's supporters
_SUPPORTER = re.compile(r"(?<!\w)(\w*?)(" + alternation("supporter_noun") + r")\s+")
#: the parties and political forces whose supporters are told as a crowd (`supported_party`)
_PARTY = re.compile(r"(?:" + alternation("supported_party") + r")(?!\w)")
#: the indefinite forms after an armed noun are its adjective ("مسلحون مؤيدون لحزب الله"): armed
_ARMED_BEARER = frozenset(grammar_words("armed_bearer"))
_CROWD = ActorEntry("Protesters", 6, "", "protester")


def _party_at(text: str, i: int, joined: bool = False) -> int:
    """Where a `supported_party` named at `i` ends (with "ل" glued to it, or "و" when `joined`
    to one before it), or -1."""
    if joined:
        if not text.startswith("و", i):
            return -1
        i += 1
    if text.startswith("لل", i):
        # (the article after ل: "للتيار الوطني" is ل + التيار الوطني)
        mo = _PARTY.match("ا" + text[i + 1:i + 60])
        return i + mo.end() if mo else -1
    if text.startswith("ل", i) and not text.startswith("ال", i):
        i += 1
    mo = _PARTY.match(text, i)
    return mo.end() if mo else -1


def _supporters(text: str, prefixes: frozenset[str]) -> list[Hit]:
    """"أنصار حزب الله"، "مناصرون لحركة أمل"، "مؤيدو المؤتمر الوطني": a party's or a political
    force's supporters are a crowd (Protesters), not its fighters: one hit over the phrase, which
    wins over the name inside it (q88-supporters).  Only the parties of `supported_party`: an armed
    organisation's (داعش) or a rebel group's (الحوثي) supporters stay that side, and so do Yemen's
    "أنصار المجلس الانتقالي", its armed men; names that hold أنصار (أنصار الله) are matched as
    themselves."""
    out = []
    for mo in _SUPPORTER.finditer(text):
        if mo.group(1) and mo.group(1) not in prefixes:
            continue
        if mo.group(2).endswith(("ون", "ين")):
            k = mo.start() - 1
            while k >= 0 and text[k].isspace():
                k -= 1
            b = k
            while b >= 0 and text[b].isalnum():
                b -= 1
            if text[b + 1:k + 1] in _ARMED_BEARER:
                continue
        end = _party_at(text, mo.end())
        if end < 0:
            continue
        # "أنصار حزب الله وحركة أمل": one crowd of both
        while True:
            nxt = re.match(r"\s+و", text[end:end + 8])
            if not nxt:
                break
            e2 = _party_at(text, end + nxt.end() - 1, True)
            if e2 < 0:
                break
            end = e2
        out.append(Hit(mo.start(2), end, _CROWD, mo.start(), end))
    return out


#: an item line's label, its separator (a colon, or a spaced dash) and a bare count closing the line
#: ("- الخالدية: 4"، "2. باب عمرو: 2"، "أريحا - 5"): the label is one to four words
_BARE_COUNT_ITEM = re.compile(r"[ \t]*(?:\d{1,2}\s*[-.)]\s*|[\u2022\u25aa\u25cf\u00b7*\-\u2013\u2014]\s*)?"
                              r"[\u0621-\u064a]+(?: [\u0621-\u064a]+){0,3}(?:[ \t]*:|[ \t]+[-\u2013][ \t])[ \t]*")
#: what may close a bare count's line after the count: a full stop or spaces
_BARE_COUNT_END = re.compile(r"[ \t.]*(?:\n|$)")


def _bare_toll_items(text: str, cas_hits: list[Hit], quantities: list[Quantity],
                     dates: list[DateExpr]) -> dict[Quantity, str]:
    """Bare counts on the item lines of a list whose head line ends at a colon and names one kind of
    casualty ("حصيلة القتلى اليوم:"، "عدد الشهداء جراء الغارات:"، "الجرحى حسب المناطق:"), each line only a
    label, its colon (or a spaced dash) and a number ("- الخالدية: 4"): each count is of that kind
    (round q90-lists). A head naming both the dead and the wounded says of neither, nor does a head
    that tells a stretch of time or a month or year ("حصيلة قتلى المدنيين خلال عام 2016:": a running total);
    a line that is not such an item (past blank lines) ends the list."""
    out: dict[Quantity, str] = {}
    by_start = {q.start: q for q in quantities}
    for colon in positions_of(text, (":\n",)):
        hs = text.rfind("\n", 0, colon) + 1
        kinds = {h.payload.kind for h in cas_hits if hs <= h.start and h.end <= colon
                 and h.payload.role == "noun" and h.payload.kind in ("killed", "victims", "injured")}
        kinds = {"killed" if k == "victims" else k for k in kinds}
        if len(kinds) != 1 or any(hs <= d.start < colon and (d.kind != "point" or d.precision != 1) for d in dates):
            continue
        kind = kinds.pop()
        pos = colon + 2
        while pos < len(text):
            ne = text.find("\n", pos)
            ne = len(text) if ne < 0 else ne
            if not text[pos:ne].strip():
                pos = ne + 1
                continue
            mo = _BARE_COUNT_ITEM.match(text, pos, ne)
            q = by_start.get(mo.end()) if mo is not None else None
            if q is None or q.vague or _BARE_COUNT_END.match(text, q.end) is None:
                break
            out[q] = kind
            pos = ne + 1
    return out


def find_mentions(text: str, lex: Lexicons, anchor: date | None) -> DocMentions:
    actors = lex.actors.find(text)
    if has(text, "انصار") or has(text, "مناصر") or has(text, "مويد"):   # (ؤ is normalised to و)
        actors = list(actors)
        actors += _supporters(text, affixes().prefixes)
    actors = longest_first(actors)
    # "تنظيم جبهة النصرة", "قوات الأمن العراقية": a generic word right before a named actor is
    # that actor's title, not a second actor
    # "مسلحون من فلول النظام" / "عناصر تنظيم داعش": the generic word before a named actor
    # is that actor's description, not a second actor
    generic = {"Unidentified Armed Group"}
    actors = [h for i, h in enumerate(actors)
              if not ((h.payload.actor.startswith("@") or h.payload.actor in generic)
                      and i + 1 < len(actors)
                      and not _descriptive(actors[i + 1].payload.actor)
                      # ("فضت قوات الأمن بالقوة": a phrase that names no one is no name to title)
                      and actors[i + 1].payload.actor != "@not_an_actor"
                      and actors[i + 1].payload.actor not in generic
                      # "هاجم مسلحون مجهولون المتظاهرين": armed men are not described by the
                      # civilians or protesters after them; those are the object
                      and actors[i + 1].payload.klass not in ("civilian", "protester")
                      and (text[h.end:actors[i + 1].word_start].strip() in ("", "من", "من ابناء")
                           # "بهجوم مسلح لعناصر تنظيم داعش": the gunmen are the named side's members
                           or text[h.end:actors[i + 1].word_start].strip() in _MEMBERS_OF
                           or (h.payload.actor in generic and _armed_attack_by(text, h, actors[i + 1])))
                      # "بين الجيش وقوات الدعم السريع": after "و" comes the other side
                      and not text[actors[i + 1].word_start:actors[i + 1].start].startswith("و"))]
    if any(text.startswith(_CIVIL_BODY_NAMES, h.start) for h in actors):
        actors = [h for h in actors if not _civil_body(text, h)]
    actor_spans = Spans((h.start, h.end) for h in actors)
    # (the hits that overlap an actor go before the longest is chosen: "دمرت طائرات التحالف"
    #  holds the trigger "دمرت طائرات" and the actor "طائرات التحالف"; a shorter trigger inside it
    #  still counts when there is one)
    found = list(lex.triggers.find(text))
    dates = find_dates(text, anchor, lex)
    date_spans = Spans((d.start, d.end) for d in dates)
    if any(has(text, n) for n in _FALL_NEEDLES) or any(has(text, n) for n in _HIT_NEEDLES):
        found = _fallen_projectiles(text, found, actor_spans)
    if has(text, "لقي") or has(text, "لقت"):
        found = _aircraft_drops(text, found)
    if has(text, "سقط") and (has(text, "يد") or has(text, "قبضه")):
        found = _fallen_places(text, found)
    if has(text, "فجر") or has(text, "فجير"):
        found = _blown_up_houses(text, found, actor_spans, lex.numbers, date_spans)
    kept = actor_spans.apart(found)
    if len(kept) < len(found):
        kept = _verbs_before_actors(text, found, kept, actors)
    triggers = longest_first(kept)
    if has(text, "لصد") or has(text, "للتصدي"):
        triggers = _without_purpose(text, triggers)
    if has(text, "بين") and any(h.payload == "gunfire" for h in triggers):
        triggers = _without_sides(text, triggers)
    if (has(text, "بينهم") or has(text, "منهم")) and any(h.payload == "suicide" for h in triggers):
        # "تم قتل 12 إرهابياً بينهم انتحاريان": bombers counted among the dead, no bomb that went
        # off (q87-probe-official)
        triggers = [h for h in triggers if not (h.payload == "suicide" and _AMONG_DEAD.search(
            text, max(0, h.word_start - 16), h.word_start))]
    if has(text, "سراح") or has(text, "افرج") or has(text, "سبيل"):
        triggers = _without_released(text, triggers)
    if any_in(_ABDUCTEE_NEEDLES, text):
        triggers = _without_abductees(text, triggers)
    if has(text, "اوقف") and any(h.payload == "arrest" for h in triggers):
        triggers = _without_halted(text, triggers)
    if any_in(_HELD_VEHICLE_NEEDLES, text) and any(h.payload in ("arrest", "intercept") for h in triggers):
        triggers = _without_held_vehicle(text, triggers)
    if has(text, "خطف") and any_in(_SNATCHED_NEEDLES, text):
        triggers = _without_snatched(text, triggers)
    if has(text, "ضرب") and any_in(_WEATHER_NEEDLES, text):
        triggers = _without_weather(text, triggers)
    slogans: list[tuple[int, int]] = []
    if has(text, "شعار") or has(text, "هتا") or has(text, "هتف") or has(text, "ردد") or (
            (has(text, "لافت") or has(text, "اسم")) and (any_in(_SLOGAN_OTHER, text) or _SLOGAN_PHRASES(text))):
        slogans = [(mo.start(1), mo.end(1)) for mo in _SLOGAN.finditer(text)]
        if slogans:
            triggers = _without_spans(triggers, slogans)
    if any(h.payload == "burn" for h in triggers):
        # (protesters who burn a portrait make their protest violent: kept where a protest is told
        #  before it)
        protests = [h.end for h in triggers if lex.cues[h.payload].family == "protest"]
        triggers = [h for h in triggers if h.payload != "burn" or not _burns_a_symbol(text, h)
                    or any(0 <= h.start - e <= 300 for e in protests)]
    targets = longest_first(lex.targets.find(text))
    if has(text, "دباب"):
        targets = [t for t in targets if t.payload[0] != "tank" or (_STRUCK_BEFORE.search(
            text, t.word_start - 40 if t.word_start > 40 else 0, t.word_start) is not None
            and "ب" not in text[t.word_start:t.start])]   # ("استهدفت قوات الاحتلال بالدبابات": the weapon)
    weapons = longest_first(lex.weapons.find(text))
    if has(text, "دباب"):
        struck = {(t.start, t.end) for t in targets if t.payload[0] == "tank"}
        if struck:
            weapons = [w for w in weapons if (w.start, w.end) not in struck]
    if weapons and any_in(_CARRIED_WORDS, text):
        # "لحظة وصول طائرة الحكومة": a plane arriving, landing, taking off or carrying people is no
        # aircraft that struck (grammar_words `carried_aircraft_lead`; lead, stop 24)
        weapons = [w for w in weapons if not (w.payload[1] == "air" and _CARRIED_BEFORE.search(
            text, w.word_start - 14 if w.word_start > 14 else 0, w.word_start) is not None)]
    if weapons and has(text, "مسير"):
        # "اعتدى مسلحون على مسيرة نسائية"، "أطلقت قوات الأمن الغاز على مسيرة": a bare مسيرة struck at, fired
        # on or dispersed is a march, no drone (the two are one word; grammar_words `march_struck_lead`)
        weapons = [w for w in weapons if not struck_march(text, w)]
    if targets and weapons:
        # "استهدفت الضربة منصات إطلاق صواريخ": a weapon's word inside a longer target's name is what
        # was hit, not what was fired (quality-70)
        weapons = _not_inside_longer(weapons, targets)
    if weapons:
        # (after the actors' spans: "قذائف حوثية" is also the side's name, and the cue is its projectile)
        triggers = _headline_projectiles(text, triggers, weapons)
    adjectives = _weapon_adjective_actors(text, triggers, weapons, actor_spans, lex)
    if adjectives:
        actors = sorted(actors + adjectives, key=_start_end)
    quantities = [q for q in find_quantities(text, lex) if not date_spans.overlaps(q.start, q.end)]
    # (actors and triggers are kept subsets of `longest_first` output: still settled)
    cas_hits = longest_first(lex.casualties.find(text))
    if slogans:
        cas_hits = _without_spans(cas_hits, slogans)
    # (nor the casualty word inside an idiom: "ساحة لتصفية الحسابات" settles scores, kills no one)
    idioms = [(h.start, h.end) for h in triggers if h.payload == "idiom"]
    if idioms:
        cas_hits = _without_spans(cas_hits, idioms)
    place_words = Sorted(longest_first(lex.place_words.find(text)), settled=True)
    if cas_hits:
        # "حي مقتلة" (a quarter of Kobani), "قرية الشهداء": a casualty word right after a place's type
        # word is the place's name, no one killed (lead, stop 24)
        cas_hits = [h for h in cas_hits if not _named_by_type_word(text, h, place_words)]
    if actors and place_words.items:
        # "خمسة من أبناء مدينة القاعدة"، "حي القاعدة": a side's name right after a settlement's type word
        # is the place's name, no side (round q95-fixactors)
        actors = [h for h in actors if not _named_by_type_word(text, h, place_words, SETTLEMENT_KINDS)]
    if cas_hits and has(text, ":\n") and quantities:
        # "حصيلة القتلى اليوم:\n- الخالدية: 4": a bare count on an item line under a toll head counts
        # the head's dead at the line's label (round q90-lists)
        bare = _bare_toll_items(text, cas_hits, quantities, dates)
        if bare:
            cut = {q.start for q in bare}
            quantities = [q for q in quantities if q.start not in cut]
            cas_hits = sorted(cas_hits + [Hit(q.start, q.end, Casualty(kind, "noun", q.best), q.start, q.end)
                                          for q, kind in bare.items()], key=_start_end)
    casualties = Sorted(cas_hits, settled=True)
    persons = Sorted(longest_first(lex.persons.find(text)), settled=True)
    if weapons and has(text, "الجو"):
        weapons = _without_victims_force(text, weapons, persons)
    counted = Sorted(quantities)
    return DocMentions(
        actors=Sorted(actors, settled=True),
        triggers=Sorted(triggers, settled=True),
        weapons=Sorted(weapons, settled=True),
        targets=Sorted(targets, settled=True),
        casualties=casualties,
        persons=persons,
        discourse=Sorted(_with_long_priors(text, lex.discourse.find(text)), settled=True),
        place_words=place_words,
        quantities=counted,
        dates=Sorted(dates),
        counted_starts=sorted(casualties.starts() + persons.starts() + counted.starts()),
        connective_starts=[h.word_start for h in lex.connectives.find(text)] + _new_subject_starts(text, actors, triggers, place_words),
    )


#: "بعد ثلاث سنوات من"، "بعد نحو شهرين من"، "بعد أشهر على": months or years before the event word right after it
#: (grammar_words `approximator`, `elapsed_long_unit`)
_LONG_PRIOR = re.compile(rf"(?<![\u0621-\u064a])بعد\s+(?:(?:{alternation('approximator')})\s+)?(?:[^\s\d.,،:؛]+\s+|\d+\s+)?"
                         rf"(?:{alternation('elapsed_long_unit')})\s+(?:من|علي)(?![\u0621-\u064a])")
#: the payload of such a phrase: a `prior` discourse hit, and a month or more (dating._told_long_before)
LONG_PRIOR = "prior"
#: a unit and the preposition after it ("سنوات من"، "عام علي"): the regex is asked only where one stands
_LONG_PRIOR_NEEDLES = tuple(f"{u} {p}" for u in grammar_words("elapsed_long_unit") for p in ("من", "علي"))


def _with_long_priors(text: str, found) -> list[Hit]:
    """The discourse hits, with every "بعد + months or years + من/على" the table does not list as a `prior` one:
    "توفي في سجن ... بعد ثلاث سنوات من اختطافه" tells the abduction in passing, as "بعد يومين من" does (round
    q95-probe-detainee). Asked only where "بعد" stands before a unit of months or years."""
    hits = list(found)
    if not (has(text, "بعد ") and any_in(_LONG_PRIOR_NEEDLES, text)):
        return longest_first(hits)
    for mo in _LONG_PRIOR.finditer(text):
        hits.append(Hit(mo.start(), mo.end(), LONG_PRIOR, mo.start(), mo.end()))
    return longest_first(hits)


def _new_subject_starts(text: str, actors: list[Hit], triggers: list[Hit], place_words) -> list[int]:
    """"قصف معادٍ على أطراف الناقورة وحزب الله يستهدف ثكنة زرعيت": a side joined by و and followed right
    away by an event verb in the imperfect singular opens a clause of its own, the second event's subject
    (a plural verb, "والقوات الموالية لها يقصفون", has both sides as its subject; probe round q86-probe2)."""
    if not actors or not triggers:
        return []
    verbs = {h.word_start: h for h in triggers}
    out = []
    for h in actors:
        if h.word_start != h.start - 1 or text[h.word_start] != "و" or h.word_start == 0 \
                or text[h.word_start - 1] != " ":
            continue
        v = verbs.get(h.end + 1)
        if v is None or text[v.word_start] not in "يت" or text[h.end] != " ":
            continue
        word = text[v.word_start:v.word_end]
        if word.endswith(("ون", "ان", "ين", "وا")):
            continue
        if any(a.end in (h.word_start - 1, h.word_start) for a in actors):
            continue   # ("قوات النظام والجيش تصدت": two sides, one subject)
        # (the clause before must tell an event of its own: "أن القوة المشتركة للحركات المسلحة
        #  والجيش تصدت للهجوم" is one subject of two sides)
        begin = max(text.rfind(c, 0, h.word_start) for c in ".،,\n") + 1
        if not any(begin <= t.word_start and t.word_end < h.word_start for t in triggers):
            continue
        # (and only a clause that tells where: "وحزب الله يستهدف مواقع الاحتلال" names no place, and
        #  would take the first event's)
        end = len(text)
        for c in ".،,\n":
            i = text.find(c, v.word_end, end)
            if i >= 0:
                end = i
        if " في " not in text[v.word_end:end] and not any(
                p.payload.role == "type" for p in place_words.within(v.word_end, end)):
            continue
        out.append(h.word_start)
    return out


#: after a nationality adjective: where a weapon was made ("إماراتية الصنع"، "روسية الصنع")
_MADE = tuple(" " + w for w in grammar_words("made_word"))
#: the cue families whose event word an adjective of who fired may follow (not a protest's)
_STRIKE_FAMILIES = frozenset({"remote", "explosive", "fight", "killing"})
#: the next word after a position: its article apart
_NEXT_WORD = re.compile(r" (ال)?([^\s.,;:!?\"()\-]+)")


_SYMBOLS = frozenset(grammar_words("burned_symbol"))


#: an air force as a body that persons belong to ("ضابطاً في القوة الجوية"، "طلاب القوة الجوية")
_AIR_FORCE = frozenset(grammar_words("air_force_body"))
_OF_A_BODY = re.compile(r"\s*(?:في|من|ب)?\s*$")


def _without_victims_force(text: str, weapons: list[Hit], persons: Sorted[Hit]) -> list[Hit]:
    """The air force named right after a person noun, as the body the person serves in ("اغتال
    مسلحون ضابطاً في القوة الجوية"، "أعدم التنظيم طلاب القوة الجوية"), is no aircraft that struck
    (q85-probe5)."""
    out = []
    for w in weapons:
        if text[w.start:w.end] in _AIR_FORCE:
            near = persons.within(w.start - 40, w.start)
            if near and _OF_A_BODY.fullmatch(text, near[-1].end, w.start) is not None:
                continue
        out.append(w)
    return out


def _burns_a_symbol(text: str, h: Hit) -> bool:
    """"أحرقوا صورة الرئيس"، "إحراق الدواعش لصورة كبيرة للأسد": the thing burned, within three words
    of the verb (its subject may stand between), is a picture, a statue or a flag: no event
    (`burned_symbol` in grammar_words.tsv; q78-libya)."""
    for w in text[h.end:h.end + 40].split()[:3]:
        w = w.strip(",.،")
        if w in _SYMBOLS or (w.startswith("ل") and w[1:] in _SYMBOLS) or (w.startswith("لل") and "ال" + w[2:] in _SYMBOLS):
            return True
    return False


#: a slogan's or a banner's word and the (up to four) words of what it says, up to punctuation
_SLOGAN = re.compile(rf"(?<!\S)(?:{alternation('slogan_word')}|{alternation('name_label')})\s+((?:[^\s.,،؛:!?]+[ \t]+){{0,3}}[^\s.,،؛:!?]+)")
#: what a match of `_SLOGAN` holds in a report with none of "شعار"، "هتا"، "هتف"، "ردد" (their
#: gate above): a one-word slogan word with none of them ("هاتفين"), or a phrase of the words
#: (`needles.phrase_gate`: "عليه اسم" with the two words side by side; a report that only holds
#: "اسم" and "عليه" apart is not scanned; speed q88)
_SLOGAN_OTHER = watched(w for w in fewest_needles(grammar_words("slogan_word") + grammar_words("name_label"))
                      if " " not in w and not any(n in w for n in ("شعار", "هتا", "هتف", "ردد")))
_SLOGAN_PHRASES = phrase_gate(w for w in grammar_words("slogan_word") + grammar_words("name_label") if " " in w)


#: a word before a bare مسيرة that makes it a march struck at or dispersed, no drone (fix round q88-fix17r)
_MARCH_STRUCK_BEFORE = re.compile(rf"(?:^|\s)(?:{alternation('march_struck_lead')})\s+$")
_BARE_MARCH = ("مسيره", "مسيرات")
#: an adjective only a march takes, right after a bare مسيرة ("هاجم مسلحون مسيرة سلمية"، "مسيرة نسائية")
_MARCH_ADJECTIVE_AFTER = re.compile(rf"\s+(?:{alternation('march_adjective')})(?![\u0621-\u064a])")


def struck_march(text: str, w: Hit) -> bool:
    """Is the air weapon hit `w` a bare مسيرة that a word before it makes a march struck at or
    dispersed ("على مسيرة"، "تفريق مسيرة")?"""
    return w.payload[1] == "air" and w.start == w.word_start and text[w.start:w.end] in _BARE_MARCH \
        and (_MARCH_STRUCK_BEFORE.search(text, w.word_start - 14 if w.word_start > 14 else 0, w.word_start) is not None
             or _MARCH_ADJECTIVE_AFTER.match(text, w.end) is not None)


#: a word that makes the aircraft after it one that carries people ("وصول طائرة"، "على متن طائرة")
_CARRIED_BEFORE = re.compile(rf"(?:^|\s)[وبل]?(?:{alternation('carried_aircraft_lead')})\s+$")
_CARRIED_WORDS = watched(grammar_words("carried_aircraft_lead"))   # (one substring test each spares most reports)


#: a striking word right before a tank, past at most its subject's one word ("استهداف دبابة"، "استهدفوا دبابتي"،
#: "تفجير دبابة"، "استهدف مجاهدونا دبابة"): the tank is what was struck (q86-probe1); a striking verb three words
#: before it ("دمرت مقاتلات فرنسية أربع دبابات") or a strike's noun and "على" ("غارات جوية على دبابات") as well
#: (q93-precision)
_STRUCK_BEFORE = re.compile(rf"(?:^|\s)[وف]?(?:(?:{alternation('strike_noun')})\s+|(?:{alternation('strike_verb')})\S*\s+(?:\S+\s+){{1,3}}"
                            rf"|(?:{alternation('strike_on_lead')})\s+(?:[^\s.,،]+\s+){{0,2}}علي\s+(?:[^\s.,،]+\s+)?)$")


def _not_inside_longer(hits: list[Hit], outer: list[Hit]) -> list[Hit]:
    """The hits that no longer hit of `outer` holds: `[h for h in hits if not any(o.start <= h.start
    and h.end <= o.end and o.end - o.start > h.end - h.start for o in outer)]`.

    Both lists are `longest_first`'s, in text order with no overlaps: the one hit of `outer` that can
    hold `h` is the first that ends past `h.start`, and the starts of `hits` rise, so one walk along
    `outer` asks each hit once (every hit of `outer` per hit was ~1.2 k bytecodes a report)."""
    out = []
    i = 0
    n = len(outer)
    for h in hits:
        hs = h.start
        while i < n and outer[i].end <= hs:
            i += 1
        if i < n:
            o = outer[i]
            if o.start <= hs and h.end <= o.end and o.end - o.start > h.end - hs:
                continue
        out.append(h)
    return out


def _without_spans(hits: list[Hit], spans: list[tuple[int, int]]) -> list[Hit]:
    """"خرجت مظاهرات تحت شعار "أوقفوا الطيران""، "في عملية أطلق عليها اسم "الشهيد سليماني"": the event
    and casualty words of a slogan, a banner or an operation's name are what was chanted, written or
    named, no event and no toll (`slogan_word` and `name_label` in grammar_words.tsv; q80-roundups)."""
    return [h for h in hits if not any(a <= h.start < b for a, b in spans)]


#: the lam of purpose, maybe after و, before a verbal noun ("لصد"، "للتصدي")
_PURPOSE = re.compile(rf"(?:^|\s)و?لل?(?:{alternation('purpose_masdar')})(?=\s)")


#: "بين X و" before a word, in one clause: the word is the second side of a fight
_BETWEEN_AND = re.compile(r"(?:^|\s)بين\s[^.،,؛:\n]{1,60}\sو$")


def _without_sides(text: str, triggers: list[Hit]) -> list[Hit]:
    """"معارك ضارية بين الثوار وقناصة الكتائب": the snipers are the fight's second side, no shooting
    of their own (fix round q80-fix-h2)."""
    return [h for h in triggers if not (
        h.payload == "gunfire" and text.startswith("و", h.word_start)
        and _BETWEEN_AND.search(text, h.word_start - 64 if h.word_start > 64 else 0, h.word_start + 1))]


def _without_purpose(text: str, triggers: list[Hit]) -> list[Hit]:
    """"أرسلت تعزيزات لصد أي هجوم محتمل"، "أطلقت عملية لصد الهجوم": the repelling is what a force
    was sent or launched for, no fight; the attack it names, or one word on, is no event either
    (`purpose_masdar` in grammar_words.tsv; q78-libya)."""
    spans = [(m.start(), m.end()) for m in _PURPOSE.finditer(text)]
    if not spans:
        return triggers

    def for_purpose(h: Hit) -> bool:
        for a, b in spans:
            if a <= h.word_start < b:
                return True
            if b <= h.word_start and len(text[b:h.word_start].split()) <= 1:
                return True
        return False
    return [h for h in triggers if not for_purpose(h)]


#: a word of releasing a held person (grammar_words `release_lead`)
_RELEASE = re.compile(rf"(?<!\S)(?:{alternation('release_lead')})(?!\S)")
#: a word that is no finite verb: a participle or a verbal noun, maybe after a preposition or the article
#: ("المختطف"، "معتقلاً"، "اعتقالهم"، "للضرب"، "والتعذيب"، "اختطافه")
_NOUN_FORM = re.compile(rf"[وف]?(?:[بل]|لل|ال|بال)?(?:م|{alternation('held_noun_stem')})")
#: a perfect verb of a new arrest or abduction, maybe with its object pronoun ("واعتقلت"، "اختطفوه"):
#: told after a release it is an event of its own ("أفرجت عن عشرة واعتقلت خمسة آخرين")
_DETAIN_VERB = re.compile(rf"[وف]?(?:{alternation('detain_verb_stem')})(?:ت|وا|تا|ته|تهم|تها|وه|وهم|ه|هم|ها)?")


def _without_released(text: str, triggers: list[Hit]) -> list[Hit]:
    """"أفرجت جماعة الحوثي عن الصحفي المختطف منذ عامين"، "أطلق سراح رجل الأعمال المختطف في جنزور"،
    "أفرجت عن 18 معتقلاً ... وقالوا إنهم تعرضوا للضرب خلال اعتقالهم": an event word after a release in
    its sentence that is no verb (a participle, a verbal noun) tells who was held and what they went
    through, no arrest, abduction or beating on the report's day; a perfect verb of arrest after it
    is a new arrest ("واعتقلت ستة آخرين"), and an event verb stays (q88-probe-nonbattle)."""
    releases = [m.end() for m in _RELEASE.finditer(text)]
    if not releases:
        return triggers
    out = []
    for h in triggers:
        r = max((e for e in releases if e <= h.word_start), default=None)
        if r is not None and not any(c in text[r:h.word_start] for c in ".!?\n؟") \
                and _NOUN_FORM.match(text, h.word_start) is not None \
                and _DETAIN_VERB.fullmatch(text, h.word_start, _word_end(text, h.word_start)) is None:
            continue
        out.append(h)
    return out


#: the participle of abduction made definite, its article or ل on it (grammar_words `abductee_noun`): the abducted
_ABDUCTEE = re.compile(rf"[وفب]?(?:ال|لل)(?:{alternation('abductee_noun')})")
_ABDUCTEE_NEEDLES = tuple("ل" + w for w in grammar_words("abductee_noun"))


def _without_abductees(text: str, triggers: list[Hit]) -> list[Hit]:
    """"أعدمت جماعة الحوثي ميدانياً المختطف علي القاضي"، "لا يزال أكثر من 2600 من المختطفين في عداد المفقودين"،
    "رابطة أمهات المختطفين": the definite participle names the abducted, held since an abduction told before if at
    all; it tells no abduction of the report's day ("مختطفين لدى المليشيا" after a raid still does; round
    q95-probe-detainee)."""
    return [h for h in triggers if not (
        h.payload == "abduct" and (mo := _ABDUCTEE.match(text, h.word_start)) is not None and mo.end() > h.start)]


#: a verb of stopping whose object, up to two words on, is an activity (grammar_words `halted_activity`):
#: "أوقفت السلطات دخول الشاحنات" stops the trucks' entry, it arrests no one (fix round q90-fix20p)
_HALTED_ACTIVITY = re.compile(rf"\s+(?:(?:ال|قوات|سلطات)[^\s\d.,،:]*\s+){{0,2}}?(?:و|ف)?(?:ال)?(?:{alternation('halted_activity')})(?!\S)")


def _without_halted(text: str, triggers: list[Hit]) -> list[Hit]:
    """"أوقفت السلطات دخول الشاحنات إلى شمال سيناء": an arrest word of stopping (اوقف) whose object
    is an activity stops it; no arrest (`halted_activity` in grammar_words.tsv; q90-fix20p)."""
    return [h for h in triggers if not (
        h.payload == "arrest" and (text.startswith("اوقف", h.word_start)
                                   # (its conjunction before it: "وأوقفت الشركة صيانة الخط"; q95-fix31p)
                                   or (text.startswith("اوقف", h.word_start + 1) and text[h.word_start] in "وف"))
        and _HALTED_ACTIVITY.match(text, _word_end(text, h.word_start)) is not None)]


#: a vehicle or convoy a verb of holding or stopping takes as its object, after at most six words of its subject
#: (none of them a preposition or a rider: grammar_words `held_vehicle`, `held_vehicle_break`; fix round q92-fix24p)
_HELD_VEHICLE = re.compile(
    rf"(?:\s+(?!(?:[وف]?(?:{alternation('held_vehicle_break')})|{alternation('held_vehicle')})(?!\S))"
    rf"[^\s\d.,،؛:!؟\"«»()]+){{0,6}}?\s+(?:ال)?(?:{alternation('held_vehicle')})(?!\S)")
#: the same after an intercepting verb, whose subject may be followed by a day told with its date ("اعترض مسلحون يوم
#: الثلاثاء 25 يونيو قافلة"; q94-fix29r)
_STOPPED_VEHICLE = re.compile(
    rf"(?:\s+(?!(?:[وف]?(?:{alternation('held_vehicle_break')})|{alternation('held_vehicle')})(?!\S))"
    rf"[^\s.,،؛:!؟\"«»()]+){{0,6}}?\s+(?:ال)?(?:{alternation('held_vehicle')})(?!\S)")
_HELD_VEHICLE_NEEDLES = watched(fewest_needles(grammar_words("held_vehicle")))
_HELD_VEHICLE_LED = tuple(normalize_key(w) for w in grammar_words("held_vehicle_led"))


def _without_held_vehicle(text: str, triggers: list[Hit]) -> list[Hit]:
    """"احتجزت القوات قافلة مساعدات عند الحاجز"، "أوقف مسلحون حافلة ركاب": an arrest word whose object is a
    vehicle or a convoy held it up; no person was arrested (`held_vehicle` in grammar_words.tsv; q92-fix24p).
    "احتجزت القوات سائق شاحنة" and "احتجزت القوات شابين في سيارة" stay arrests. An intercepting word whose
    object is such a vehicle ("اعترض مسلحون قافلة") stopped it on the road: no interception (q94-fix29r)."""
    out = []
    for h in triggers:
        if h.payload == "intercept" and _STOPPED_VEHICLE.match(text, _word_end(text, h.word_start)) is not None:
            # "اعترض مسلحون قافلة مساعدات على الطريق": a convoy or a car stopped on the road, no missile or
            # drone stopped in the air; the gunfire or looting told after it is the event (q94-fix29r)
            continue
        m = _HELD_VEHICLE.match(text, _word_end(text, h.word_start)) if h.payload == "arrest" else None
        if m is not None:
            stop = text.find(".", m.end())
            rest = text[m.end():stop if 0 <= stop < m.end() + 120 else m.end() + 120]
            if not any(w in rest for w in _HELD_VEHICLE_LED):
                continue   # (but "أوقفوا حافلة واقتادوا خمسة رجال": the riders were taken; q82 test)
        out.append(h)
    return out


#: a thing right after a verb of seizing (grammar_words `snatched_thing`; fix round q95-fix31p)
_SNATCHED = re.compile(rf"\s+(?:ال)?(?:{alternation('snatched_thing')})")
_SNATCHED_NEEDLES = watched(fewest_needles(grammar_words("snatched_thing")))


def _without_snatched(text: str, triggers: list[Hit]) -> list[Hit]:
    """"حاول خطف سلاح أحد الجنود"، "خطف حقيبتها": an abduction word whose object is a thing grabbed
    it; no one was abducted (`snatched_thing` in grammar_words.tsv; q95-fix31p)."""
    return [h for h in triggers if not (
        h.payload == "abduct" and "خطف" in text[h.word_start:h.end]
        and _SNATCHED.match(text, _word_end(text, h.word_start)) is not None)]


#: weather or a quake as the word before or after a verb of striking (grammar_words `weather_subject`; q95-fix31p)
_WEATHER_BEFORE = re.compile(rf"(?:^|\s)[وف]?(?:ال)?(?:{alternation('weather_subject')})\S*\s+(?:\S+\s+)?$")
_WEATHER_AFTER = re.compile(rf"\s+(?:ال)?(?:{alternation('weather_subject')})")
_WEATHER_NEEDLES = watched(fewest_needles(grammar_words("weather_subject")))


def _without_weather(text: str, triggers: list[Hit]) -> list[Hit]:
    """"في أشد عاصفة تضرب البلاد منذ عقود"، "ضرب زلزال قوي المنطقة": a verb of striking whose subject is
    weather or a quake, one or two words before it or right after it, tells no attack
    (`weather_subject` in grammar_words.tsv; q95-fix31p)."""
    out = []
    for h in triggers:
        if h.payload == "target" and "ضرب" in text[h.word_start:h.end] and (
                _WEATHER_BEFORE.search(text, max(0, h.word_start - 40), h.word_start) is not None
                or _WEATHER_AFTER.match(text, _word_end(text, h.word_start)) is not None):
            continue
        out.append(h)
    return out


def _word_end(text: str, i: int) -> int:
    """The end of the word that starts at `i` (before a space or punctuation)."""
    n = len(text)
    while i < n and not text[i].isspace() and text[i] not in ".,،؛:!?":
        i += 1
    return i


def hostile_adjective(word: str, lex: Lexicons) -> bool:
    """Is `word` the "hostile" of Lebanese official media ("قصف معاد"، "المدفعية المعادية"): an adjective of
    weapon_adjectives.tsv whose side is the generic `@hostile` (read after a strike or a weapon only)?"""
    entry = lex.weapon_adjectives.get(word)
    return entry is not None and entry.actor == "@hostile"


def _weapon_adjective_actors(text: str, triggers: list[Hit], weapons: list[Hit], actor_spans: Spans,
                             lex: Lexicons) -> list[Hit]:
    """"بقصف مدفعي حوثي", "بغارة سعودية", "القصف السوري على عرسال": an adjective right after a strike
    word or a weapon (and at most one more weapon word: مدفعي، صاروخي) names who fired. An actor
    row "قصف حوثي" would hide the event word inside it; this keeps the event word and adds the
    adjective alone as the actor mention."""
    if not weapons and not triggers:
        return []
    weapon_at = {h.word_start: h for h in weapons}
    # (not a reconnaissance aircraft's: "تحليق لطائرات الاستطلاع الروسية" says whose planes watched;
    #  nor a weapon that is what was targeted, right after the targeting word without ب:
    #  "استهداف دبابة ميركافا إسرائيلية" hit the Israelis' tank)
    targeted = {h.word_end + 1 for h in triggers if h.payload == "target"}
    heads = [w for w in weapons if w.payload[1] != "recon"
             and not (w.word_start in targeted and w.word_start == w.start)] + [
        h for h in triggers if lex.cues[h.payload].family in _STRIKE_FAMILIES]
    out: list[Hit] = []
    seen: set[int] = set()
    for h in heads:
        nxt = _NEXT_WORD.match(text, h.word_end)
        if nxt is None:
            continue
        start = nxt.start() + 1
        w = weapon_at.get(start)
        if w is not None and w is not h:
            # "بقصف مدفعي حوثي": past the weapon word (one: after a second, no adjective is looked for)
            nxt = _NEXT_WORD.match(text, w.word_end)
            if nxt is None:
                continue
            start = nxt.start() + 1
            w = weapon_at.get(start)
            if w is not None and w is not h:
                continue
        entry = lex.weapon_adjectives.get(nxt.group(2))
        if entry is not None and entry.actor == "@hostile" and isinstance(h.payload, str) \
                and lex.cues[h.payload].family != "remote":
            # ("تصدت الدفاعات لهجوم معادٍ": "hostile" names Israel's fire, not any attack met; probe
            #  round q86-probe2)
            continue
        # (not where the weapon was made: "طائرة مسيرة إماراتية الصنع" says nothing of who flew it)
        if entry is not None and not text.startswith(_MADE, nxt.end()) and start not in seen \
                and not actor_spans.overlaps(start, nxt.end()):
            seen.add(start)
            out.append(Hit(start, nxt.end(), entry, start, nxt.end()))
    return out
