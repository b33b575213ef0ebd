"""Event frames: which clauses tell an event, of what kind, where and when.

A frame starts at an event cue (triggers.tsv, classes in cues.tsv) and
collects the clauses around it that belong to it: a fronted place
("وفي بلدة X، سقط ...") attaches forward, a result or casualty clause
("ما أدى لمقتل 3") attaches back.  The frame then decides whether it is an
event at all -- negated (لم، نفى), future or threatened, habitual (يومياً),
a siege -- and whether it tells the news or the background (وكانت ... قد).
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import lru_cache

from rasd.extract.casualties import COUNT_WORD, COUNT_WORDS, NOBODY, Casualties, Count, clause_casualties, counts_anyone, \
    tolls_of_two_sides
from rasd.extract.match import Hit
from rasd.extract.mentions import DocMentions, Spans
from rasd.text.needles import GatedSearch, any_in, fewest_needles, has, last_token_needles, occurs_any, watched
from rasd.extract.places import PlaceSpan, flights_told_at
from rasd.lexicon.grammar import alternation, words
from rasd.lexicon.load import CueClass, Lexicons
from rasd.text.dates import DateExpr
from rasd.text.normalize import normalize_key
from rasd.text.segment import ITEM_MARK, Clause, Sentence

# (the words this module asks of whole reports with `has`, found by one scan of each report:
#  `needles.read_report`, round q91-speed)
_REPORT_WORDS = watched((":\n", ": \n", " 24", "تعد", "حلق", "شيع", "نهم", "ودع", "يرق", "يعد", "تشكل", "تمثل", "توزع", "جناز", "شبكه", "قناه", "منهن", "يشكل", "يمثل", "(شارك", "اذاعه", "تحليق", "خباري", "رحلات", "صحيفه", "علامي", "(اعداد", "(تغطيه", "العثور", "القادم", "المقبل", "انتشال", "تلفزيون"))


@dataclass(slots=True)
class Frame:
    # (build_frames passes the fields up to `sentences` by position, which is cheaper for a class
    #  than by keyword: keep their order)
    sent: int
    start: int
    end: int
    trigger: Hit | None
    cue: CueClass | None
    cues: list[tuple[Hit, CueClass]] = field(default_factory=list)
    places: list[PlaceSpan] = field(default_factory=list)
    casualties: Casualties = field(default_factory=Casualties)
    spans: list[tuple[int, int]] = field(default_factory=list)  # the clauses it covers
    sentences: set[int] = field(default_factory=set)
    negated: bool = False
    future: bool = False
    habitual: bool = False
    background: bool = False
    attempt: bool = False
    status: bool = False
    cumulative: bool = False
    claim: bool = False
    reason: bool = False   # "رداً على الهجوم": the event named as the reason for another
    hedged: bool = False
    date: DateExpr | None = None
    place_inherited: bool = False
    dateline_placed: bool = False   # placed by the report's plain dateline (assemble)
    elaboration: bool = False
    toll_at: str | None = None   # the one of its places a toll clause named ("... ما أدى لمقتل طفلين في X")
    cause_at: int | None = None   # where the cause a protest is against begins (_without_grievance)
    remembered_at: int | None = None   # where a word of remembrance before the event word opens ("ذكرى")
    # what the cue says, kept as fields (read some 400 times per report; a property was a call
    # each time): set when the frame is made and by `set_cue`, which is how its cue changes
    cue_name: str = field(init=False, repr=False, compare=False)   # the cue's name, or "casualties"
    strength: int = field(init=False, repr=False, compare=False)   # the cue's strength, or 0

    def __post_init__(self) -> None:
        # (as `set_cue`, written out: a method call less for each of ~24 frames a report)
        cue = self.cue
        self.cue_name = cue.cue if cue else "casualties"
        self.strength = cue.strength if cue else 0

    def set_cue(self, cue: CueClass | None) -> None:
        """Give the frame another cue (or none), with its name and strength."""
        self.cue = cue
        self.cue_name = cue.cue if cue else "casualties"
        self.strength = cue.strength if cue else 0

    def has(self, cue: str) -> bool:
        # (a loop, not any() over a generator: asked some 140 times per report, of a few cues)
        for _, c in self.cues:
            if c.cue == cue:
                return True
        return False

    def bounds(self) -> tuple[int, int]:
        """The first start and the last end of its clauses (`spans`, which must not be empty)."""
        spans = self.spans
        if len(spans) == 1:
            return spans[0]   # (most frames)
        # (a loop: min() and max() over generators cost some thousands of instructions)
        first, last = spans[0]
        for s, e in spans:
            if s < first:
                first = s
            if e > last:
                last = e
        return first, last



#: "باتجاه/نحو (مدينة)" right before a place
#: "من اتجاه X": where missiles were fired from (Syrian state media's "نفذ العدو الإسرائيلي عدواناً
#: جوياً من اتجاه شمال شرقي بحيرة طبريا"، "من اتجاه الجولان السوري المحتل"), up to three words of
#: direction or region between, none of them a word that turns to the target (quality q76-syria-c)
#: members of a body named by its town right before it ("سبعة من أعضاء لجان المقاومة بمدينة ود مدني"): the people
#: the event befell there, not the body that tells (q78-sudan3)
_BODY_MEMBERS_BEFORE = re.compile(rf"(?:^|\s)[وف]?(?:{alternation('body_member')})\s+(?:تنسيقيه\s+)?(?:لجنه|لجان)\s+(?:\S+\s+){{0,2}}(?:ب|ل)?$")
#: a civic body (grammar_words `civic_body`: نقابة، رابطة، قبيلة ...), up to three words of its name, and "في"/"ب"/"ل"
#: or nothing right before a place: the body's seat ("أدانت نقابة المعلمين في نينوى"، "نادي شباب جباليا"; q93-probe-civic)
_CIVIC_SEAT = re.compile(rf"(?:^|\s)[وف]?(?:ال|ل|لل)?(?:{alternation('civic_body')})\s+(?:\S+\s+){{0,3}}(?:في\s+|[بل])?$")
_CIVIC_NEEDLES = tuple(sorted({w[:4] for w in words('civic_body')}))
#: a source in an office, or "وفق"/"حسب" before it ("وفق مصدر في مديرية صحة كركوك"): the office's town told after
#: the toll it gives is still the source's seat (round q95-probe-services)
_OFFICE_SOURCE = re.compile(rf"(?:^|\s)(?:[وف]?[بل]?(?:{alternation('source_noun')})\S{{0,3}}\s+(?:\S+\s+)?(?:في\s+|ب)"
                            rf"|(?:وفق|حسب|بحسب)\s+)(?:ال|ل|لل)?(?:{alternation('directorate_word')})\s+\S+\s+\S*$")
#: a government directorate or office and its sector (grammar_words `directorate_word`, `service_sector`), then "في"/"ب"
#: or nothing right before a place: the office's town ("أعلنت مديرية صحة تعز مقتل ..."، "مكتب التربية في إدلب";
#: round q95-probe-services)
_OFFICE_SEAT = re.compile(rf"(?:^|\s)[وف]?(?:ال|ل|لل)?(?:{alternation('directorate_word')})\s+"
                          rf"(?:{alternation('service_sector')})\s+(?:والتعليم\s+)?(?:في\s+|[بل])?(?:محافظه\s+|مدينه\s+)?$")
_FROM_DIRECTION = re.compile(r"(?:^|\s)من\s+اتجاه(?:\s+(?!(?:علي|في|الي|نحو|باتجاه|مستهدف\w*)\s)\S+){0,3}\s+$")
#: a verb of firing, up to three words (its subject, its projectile) and "من" right before a place: the
#: place the fire came from ("قذائف هاون أطلقتها الكتائب من منطقة X على حي Y"; not "أطلق سراح ... من")
_LAUNCHED_FROM = re.compile(rf"(?:^|\s)[و]?(?:{alternation('projectile_launch_verb')})(?:\s+(?!سراح)\S+){{0,3}}\s+من\s+$")
#: guns or forces stationed by a landmark the finder reads no place in, then "في" right before the
#: place: where the fire came from ("الراجمات المتمركزة عند برج الاتصالات في منطقة X")
_STATIONED_BY = re.compile(rf"(?:^|\s)(?:{alternation('stationed_word')})\s+(?:عند|قرب|في|داخل)(?:\s+\S+){{1,3}}\s+في\s+$")
#: "مصدره" (its source) and up to four words of who fired, then "في" right before the place
_SOURCED_AT = re.compile(r"(?:^|\s)مصدر(?:ه|ها|هما)\s+(?:[^\s.،,]+\s+){1,4}في\s+$")
#: "من مواقع" (its positions), up to four words of whose, a word of nearness and at most a type word
#: right before the place: where the fire came from ("قصف مدفعي على مدينة X من مواقع قوات النظام في محيط
#: مخيم Y"، "من مواقعها قرب بلدة Z"); read only after a fire cue of the same clause (`_FIRE_CUES`), not
#: where a side withdrew ("انسحبت القوات من مواقعها في بلدة X"; fix round q89-fix18p)
_FROM_POSTS = re.compile(r"(?:^|\s)من\s+مواقع(?:ها|ه|هم)?(?:\s+[^\s.،,:]+){0,4}?\s+"
                         r"(?:في\s+محيط|بمحيط|في|قرب|عند|داخل|حول|بالقرب\s+من)\s+(?:\S+\s+)?$")
_FIRE_CUES = frozenset(("shelling", "bombard", "airstrike", "gunfire", "drop"))
#: "تزامنت"/"ترافقت" right before a definite event word and "مع" after it (verb-first "coincided with")
_COINCIDED_VERB = re.compile(r"(?:^|\s)[وف]?(?:تزامن|ترافق)(?:ت)?\s+$")
_TOWARD_END = re.compile(rf"(?:^|\s)(?:{alternation('toward')})\s+(?:\S+\s+)?$")
_TOWARD_NEEDLES = watched(words("toward"))
#: a verb of flight or displacement, whoever fled ("فر آلاف المدنيين"، "نزح السكان"، "هرباً")
_FLED = re.compile(rf"(?:^|\s)[وف]?(?:{alternation('flight_word')})\s")
#: "إلى" right before a place, one word at most between ("نزح آلاف المدنيين من الفاشر إلى مخيم زمزم"): read after
#: a flight word (`_FLED`) up to 50 letters before it (probe round q95-probe-displace)
_FLED_TO_END = re.compile(rf"(?:^|\s)(?:{alternation('fled_to_prep')})\s+(?:\S+\s+)?$")
#: a verb of living somewhere ("يقيم في مدرسة ..."، "وتقيم الآن في مخيم ..."), the clause's text up to the place
#: after it with no clause break between (the shelter's places, not one told in a clause after it)
_RESIDES = re.compile(rf"(?:^|\s)[وف]?(?:{alternation('residence_verb')})\s[^.،,؛:\n]*$")
_RESIDES_NEEDLES = watched(words("residence_verb"))
#: "التابعة لـ" right before a place ("كتائب القعقاع التابعة للزنتان"): after a force, the town it belongs to
_BELONGS_TO_END = re.compile(rf"(?:^|\s)(?:{alternation('belongs_to')})\s*ل\s*$")
#: a noun of armed men ("كتائب"، "القوة"، "عناصر"): what "التابعة لـ" after it belongs to is whose force it is
_FORCE_NOUN = re.compile(rf"(?:^|\s)[وف]?(?:ال)?(?:{alternation('force_head')}|{alternation('force_unit')}|"
                         rf"{alternation('fellow_head')})(?=\s)")
#: "إلى" as normalised, opening the clause that gives a toll its figure
_TO = "الي "
#: a news agency's dateline at the head of a report: "بيروت (أ ف ب) -", "دمشق (رويترز):"
#: an accusing verb a few words before a charge ("اتهمت الحكومة الحوثيين بتنفيذ ...")
#: a government summoning a diplomat before a protest word in its clause ("استدعت وزارة الخارجية السفير
#: التركي احتجاجاً على القصف"): a diplomatic protest, no event (quality q78-iraq3)
_SUMMONS = re.compile(rf"(?<!\S)[وف]?(?:{alternation('summons_verb')})(?=\s)")
#: a clause opened by a saying participle: "، مشيرة إلى إصابة 38 من منسوبيها"
_SAYING_OPENS = re.compile(rf"[\s,،]*[وف]?(?:{alternation('saying_participle')})\s")
_ACCUSING_BEFORE = re.compile(rf"(?:^|\s)[وف]?(?:{alternation('accusing_verb')})\s+(?:\S+\s+){{0,5}}$")
_DATELINE = re.compile(r"\s*[^\s(]+(?:\s+[^\s(]+)?\s*\([^()\n]{1,40}\)\s*[-–—:]")
#: a plain dateline: a place of one to three words and a dash before the first sentence ("إدلب - ")
#: (with the day it was filed, Gregorian or Hijri: "دمشق في 14 رجب 1433 هـ - ", "حلب، 3 آب 2016 - ")
_PLAIN_DATELINE = re.compile(r"\s*(?P<place>[^\s(\-–—:،,.|]+(?:\s+(?!في\s)[^\s(\-–—:،,.|]+){0,2})"
                             r"(?:\s*[،,]?\s+(?:في\s+)?\d{1,2}\s+[^\s\d\-–—|]+(?:\s*/\s*[^\s\d\-–—|]+)?"
                             r"\s+\d{4}\s*(?:ه|م)?)?(?:\s+[-–—|]|\s*:)\s")
#: the outlet named after a dateline, before a colon ("الفاشر - راديو دبنقا: ", "تعز - المصدر أونلاين:")
_OUTLET = re.compile(r"\s*[^\s(\-–—:،,.]+(?:\s+[^\s(\-–—:،,.]+){0,2}\s*:")


def _opens_sentence(text: str, sent: Sentence, a: int) -> bool:
    """Does the clause at `a` open its sentence, after a dateline at most ("صعدة (سبأ) - ارتكب طيران
    العدوان، أمس، مجزرة ...": the dateline is a clause of its own)?"""
    first = sent.clauses[0].start
    if a == first:
        return True
    head = _DATELINE.match(text, first) or _PLAIN_DATELINE.match(text, first)
    if head is None:
        return False
    outlet = _OUTLET.match(text, head.end(), a)
    return not text[(outlet or head).end():a].strip()


def _agency_dateline(text: str) -> tuple[int, int] | None:
    """Where a news agency's dateline stands: at the head of the report, or at the head of its second
    line under a headline ("لجان التنسيق: 97 قتيلاً اليوم\nبيروت (رويترز) - قالت ..."): a wire
    story's title comes before the dateline of its body."""
    head = _DATELINE.match(text)
    if head is None:
        line_end = text.find("\n")
        if line_end < 0:
            return None
        head = _DATELINE.match(text, line_end + 1)
        if head is None:
            return None
    return head.start(), head.end()


def _dateline_outlet(text: str) -> tuple[int, int] | None:
    """Where the outlet named after a plain dateline stands ("مودية - عدن الغد: ..."), on the
    first line only (a live blog's "الفاشر\n• 07:" is no outlet)."""
    plain = _PLAIN_DATELINE.match(text)
    if plain is None:
        return None
    outlet = _OUTLET.match(text, plain.end())
    if outlet is None or "\n" in outlet.group(0):
        return None
    return outlet.start(), outlet.end()


def plain_dateline_end(text: str) -> int:
    """Where a plain dateline ("حمص - ") ends, or -1 when the report has none."""
    plain = _PLAIN_DATELINE.match(text)
    return plain.end() if plain is not None else -1


def plain_dateline(text: str) -> str | None:
    """The place words of a plain dateline ("حمص - قتل ..." -> "حمص"), or None.

    (Not an agency's "بيروت (أ ف ب) -", which says where the news was filed: a local
    network's plain dateline names the area its report is about.)"""
    plain = _PLAIN_DATELINE.match(text)
    if plain is None:
        return _live_dateline(text)
    words_ = plain.group("place").strip(" -–—|\n\t")
    # (symbols before the first word of a channel's bar dateline: "⚡️ رأس العين | ...")
    words_ = words_[next((i for i, ch in enumerate(words_) if ch.isalpha() or ch.isdigit()), len(words_)):]
    if "|" in plain.group(0):
        # a live blog's head line ("🔴 مباشر | القامشلي | 09:40") or a label over a headline
        # ("عاجل | غارات ..."): the label is no place
        live = _live_dateline(text)
        if live is not None or words_ in _BREAKING_LABELS:
            return live
    return words_


_BREAKING_LABELS = frozenset(words("breaking_label"))
#: a time stamp of a live blog ("14:20", "09:35")
_TIME_STAMP = re.compile(r"\d{1,2}:\d{2}")


def _live_dateline(text: str) -> str | None:
    """The place of a live blog's head line ("⚡️ رأس العين | 14:20", "عاجل | رأس العين"): the line's
    pieces between bars, without its labels and time stamps, when one piece of at most three words
    is left (a headline, "عاجل | غارات إسرائيلية على خان يونس", is longer: no dateline)."""
    line = text.split("\n", 1)[0]
    if "|" not in line:
        return None
    pieces = [p.strip(" \t-–—:") for p in line.split("|")]
    # (symbols before the first word: "⚡️ رأس العين")
    pieces = [p[next((i for i, ch in enumerate(p) if ch.isalpha() or ch.isdigit()), len(p)):] for p in pieces]
    left = [p for p in pieces if p and p not in _BREAKING_LABELS and not _TIME_STAMP.fullmatch(p)]
    if len(left) != 1 or len(left[0].split()) > 3 or any(ch.isdigit() for ch in left[0]):
        return None
    return left[0]

def _refers_to_the_dead(text: str, f: Frame, m: DocMentions) -> bool:
    """"تم التعرف على اثنين من القتلى": a kill cue that is only the definite plural noun, with no
    count of its own, speaks of the dead already told, not of a new killing."""
    if f.cue is None or f.cue.cue != "kill" or f.trigger is None or _is_eventful_casualties(f.casualties):
        return False
    if any(c.event and c.cue != "kill" for _, c in f.cues):
        return False
    word = text[f.trigger.word_start:f.trigger.end]
    side = _side_of_the_dead(text, f, m, word)
    if any(m.actors.within(a, b) and not (side is not None and all(x is side for x in m.actors.within(a, b)))
           for a, b in f.spans):
        return False  # "سقوط هؤلاء القتلى اثر إطلاق قوات الأمن النار": it says who killed them
    return side is not None or word.endswith("القتلي")


#: how long a side's name after the noun of the dead may run ("قتلى قوات الدعم السريع")
_SIDE_REACH = 40


def _side_of_the_dead(text: str, f: Frame, m: DocMentions, word: str):
    """"وقدرت المقاومة قتلى الحوثيين بأكثر من 80": the plural noun of the dead in construct with a
    side names whose dead they are (the side is no killer), and, with no other event word in the
    clause, counts the dead of the fighting told before: it is no killing of its own. Returns the
    side's mention right after the noun, or None."""
    if f.trigger is None or not (word.endswith("قتلي") and len(word) <= len("القتلي") + 1):
        return None
    after = m.actors.within(f.trigger.end, f.trigger.end + _SIDE_REACH)
    if not after or text[f.trigger.end:after[0].start].strip():
        return None
    return after[0]


#: how far after a launching verb its projectile may stand (past a subject of a few words:
#: "أطلقت جماعة الحوثي المدعومة من إيران صاروخين")
_LAUNCH_REACH = 60


_FIRE_AFTER = re.compile(rf"\s(?:{alternation('fire_noun')})(?=[\s,.]|$)")


def _launch_cue(text: str, h: Hit, end: int, m: DocMentions, lex: Lexicons) -> CueClass:
    """"أطلق الحوثيون صاروخين على سفينة": a launching verb tells a strike when what it launches
    follows it in its clause: a missile, a shell or a drone is read as a "قصف" whose weapon
    decides its type, bullets or "النار" as a shooting. Without one ("أطلق سراح", "أطلق حملة") the verb
    stays an event-less cue."""
    reach = h.end + _LAUNCH_REACH
    # (the time and the count told between the verb and its projectile do not use up the reach: "أطلق
    #  الحرس الثوري الإيراني فجر اليوم الأربعاء أكثر من عشرين صاروخاً باليستياً"; q80-roundups)
    for x in m.dates.within(h.end, reach):
        reach += x.end - x.start
    for q in m.quantities.within(h.end, reach):
        reach += q.end - q.start
    reach = min(end, reach)
    if any(t.payload == "repression" and "الهواء" in text[t.start:t.end] for t in m.triggers.within(h.end, reach)):
        return _NO_LAUNCH   # "أطلقت القوات الرصاص الحي في الهواء لتفريق المحتجين": the dispersal tells it
    for w in m.weapons.within(h.end, reach):
        mode = w.payload[1]
        if mode in ("shelling", "air"):
            return lex.cues["bombard"]
        if mode == "small_arms":
            return lex.cues["gunfire"]
    if _FIRE_AFTER.search(text, h.end, min(end, h.end + _LAUNCH_REACH)):
        return lex.cues["gunfire"]
    return _NO_LAUNCH


#: a launching verb that launched nothing rasd codes
_NO_LAUNCH = CueClass("launch", "Other", 0, False)
#: a present "falls" with no projectile right before it ("تسقط الحكومة")
_NO_FALL = CueClass("fall", "Other", 0, False)


def _fall_cue(text: str, h: Hit, end: int, m: DocMentions, lex: Lexicons) -> CueClass:
    """"08:00 – صاروخ باليستي حوثي يسقط على حي X": a live blog's or post's present "falls" after the
    projectile that fell, its adjectives between (the projectile named in the last 30 characters, no
    clause break after it), is a shelling told by where it landed, as "سقط صاروخ" is (probe round
    q87-probe-wire). Without one it is no event."""
    lo = h.word_start - 30 if h.word_start > 30 else 0
    for w in m.weapons.within(lo, h.word_start):
        if w.payload[1] in ("shelling", "air") and not any(c in text[w.end:h.word_start] for c in ".,،:\n"):
            return lex.cues["shelling"]
    return _NO_FALL

#: "ألقى الطيران مناشير": leaflets within the first words after an aircraft's drop (`leaflet_word`; q80-levant)
_LEAFLETS_AFTER = re.compile(rf"(?:\s+\S+){{0,2}}?\s+(?:{alternation('leaflet_word')})(?!\S)")

#: an aircraft's drop of leaflets: no event
_NO_DROP = CueClass("drop", "Other", 0, False)


def _drop_cue(text: str, h: Hit, end: int, m: DocMentions, lex: Lexicons) -> CueClass:
    """"ألقى الطيران مناشير تطالب سكان القرارة بالإخلاء": an aircraft's drop is a bombardment, as
    before, unless what it dropped, in the first words after it, is leaflets."""
    if _LEAFLETS_AFTER.match(text, h.end, min(len(text), h.end + 60)):
        return _NO_DROP
    return lex.cues["bombard"]


#: "دعت إلى وقف إطلاق الصواريخ": a halt right before the launching noun (`halt_word`; q80-levant)
_HALT_BEFORE = re.compile(rf"(?:^|\s)(?:{alternation('halt_word')})\s+$")


def _launch_noun_cue(text: str, h: Hit, end: int, m: DocMentions, lex: Lexicons) -> CueClass:
    """"ورد حزب الله بإطلاق عشرات الصواريخ على كريات شمونة": the launching verbal noun tells a strike
    like the verb, but only of a missile, a shell or a drone after it: bullets after it ("إقدام
    المسلحين على إطلاق الرصاص على المحتجين") are told by the shooting and dispersal words, and a halt
    called for ("وقف إطلاق الصواريخ") is no launch."""
    if _HALT_BEFORE.search(text, max(0, h.word_start - 12), h.word_start):
        return _NO_LAUNCH
    c = _launch_cue(text, h, end, m, lex)
    return c if c is lex.cues["bombard"] else _NO_LAUNCH

#: "خرج مئات المتظاهرين": at most this many words (a count) between a gathering verb and its subject
_GATHER_WORDS = 3


def _gather_cue(text: str, h: Hit, end: int, m: DocMentions, lex: Lexicons) -> CueClass:
    """"خرج مئات المتظاهرين في ساحة الكرامة": a verb of going out or gathering (cue `gather`)
    whose subject is protesters, right after it past at most a count, is their protest. Anyone
    else going out, or protesters only in a genitive ("تجمعاً للمتظاهرين": what was hit), is no
    protest of the verb's."""
    for a in m.actors.within(h.end, min(end, h.end + _LAUNCH_REACH)):
        if a.payload.klass != "protester":
            continue
        if len(text[h.end:a.word_start].split()) <= _GATHER_WORDS and \
                not text[a.word_start:a.start].endswith(("ل", "لل")):
            return lex.cues["protest"]
        break
    if _MARCH_AFTER.search(text, h.end, min(end, h.end + _LAUNCH_REACH)):
        # "خرج آلاف اليمنيين اليوم الأحد في مسيرة غاضبة": whoever went out in a march protested (q80-roundups)
        return lex.cues["protest"]
    if _MARCH_SUBJECT_AFTER.match(text, h.end) is not None:
        # "خرجت مسيرات في مدينة الناصرية تطالب بتوفير الكهرباء"، "خرجت اليوم مظاهرات في X": the
        # march that went out, the verb's subject, is the protest (q89-left-events)
        return lex.cues["protest"]
    reach = min(end, h.end + _GRIEVANCE_REACH)
    g = next((d for d in m.discourse.within(h.end, reach) if d.payload == "grievance" or (
        # (or the anniversary it was held on: "خرج المئات اليوم إلى ساحة التحرير في الذكرى الثالثة
        #  لاحتجاجات تشرين"; q88-probe-transcript)
        d.payload == "background" and "ذكري" in text[d.start:d.end])), None)
    if g is not None and _CROWD_AFTER.match(text, h.end) and not any(a.payload.klass not in ("protester", "civilian")
                                 for a in m.actors.within(h.end, g.start)):
        # "خرجت حشود كبيرة بعد صلاة الجمعة في ساحة التحرير تنديداً بالعدوان"، "نزل الآلاف إلى الشوارع
        # رفضاً للانقلاب": whoever went out or gathered, no armed side named, for a grievance told in
        # the clause protested (q86-probe1)
        return lex.cues["protest"]
    return _NO_GATHER


#: how far after a gathering verb the grievance that makes it a protest may stand (`_gather_cue`)
_GRIEVANCE_REACH = 110
#: a crowd as the gathering verb's subject, past at most two words ("خرجت اليوم حشود"، "نزل الآلاف")
_CROWD_AFTER = re.compile(rf"(?:\s+\S+){{0,2}}?\s+(?:{alternation('crowd_noun')})(?=[\s,.،]|$)")


#: "في مسيرة"، "في وقفة احتجاجية" after a verb of going out (`march_noun` in grammar_words.tsv)
_MARCH_AFTER = re.compile(rf"\sفي\s+(?:{alternation('march_noun')})(?=[\s,.]|$)")


#: a march as the gathering verb's subject, past at most one word ("خرجت مسيرات"، "خرجت اليوم مسيرة")
_MARCH_SUBJECT_AFTER = re.compile(rf"(?:\s+\S+)?\s+(?:{alternation('march_noun')})(?=[\s,.،]|$)")


_NO_GATHER = CueClass("gather", "Other", 0, False)

#: where an advance heads for, right after its word ("التقدم نحو"، "تتقدم باتجاه"، "تقدمت قواته صوب")
_TOWARD_AFTER = re.compile(r"\S*\s+(?:\S+\s+)?(?:نحو|باتجاه|صوب)\s")

#: one word between a protest's grievance word and the event it names ("للتنديد بتكرار الاشتباكات"):
#: a verbal noun (تكرار، استمرار، تجدد، تصاعد), glued to ب or after "احتجاجاً على"
_GRIEVANCE_GAP = re.compile(r"\s+ب?(?:ا?ست|ت)\w{3,6}\s+")

#: a house blown up, the object of "فجرت"/"فجروا" past its subject, a time and a count ("فجرت مليشيا
#: الحوثي، اليوم الخميس، ثلاثة منازل"): grammar_words' house_noun, as mentions._blown_up_houses reads it,
#: with a possessive ending ("منزله"، "منازلهم")
_HOUSE_AFTER = re.compile(rf"\s(?:{alternation('house_noun')})\S{{0,3}}(?=[\s,.،]|$)")


def _detonate_cue(text: str, h: Hit, end: int, m: DocMentions, lex: Lexicons) -> CueClass:
    """"فجرت مليشيا الحوثي ثلاثة منازل لمواطنين": the verb of blowing up, apart from its object, is
    the demolition of the houses that follow it in its clause (q76-yemen); without a house after it
    ("فجرت عبوة ناسفة") the verb itself tells nothing (the bomb's own words do)."""
    if _HOUSE_AFTER.search(text, h.end, min(end, h.end + _LAUNCH_REACH)):
        return lex.cues["loot"]
    return _NO_DETONATE


_NO_DETONATE = CueClass("detonate", "Other", 0, False)

#: "طيران التحالف الدولي يدمر ثلاثة أنفاق": at most this many characters from an aircraft or a gun to
#: the destroying verb it is the subject of
_DESTROY_REACH = 40
#: "دمرت بالكامل": how much was destroyed, right after the verb (grammar_words' destroyed_manner)
_DESTROYED_MANNER = re.compile(rf"\s+(?:{alternation('destroyed_manner')})(?![\u0621-\u064a])")
#: "التي دمرت": a relative pronoun right before the verb (grammar_words' relative_pronoun)
_RELATIVES = tuple(words("relative_pronoun"))
#: "قذائف أطلقت من مناطق يسيطر عليها التنظيم"، "من مناطق سيطرة الفصائل": the holder's areas (grammar_words'
#: held_area_noun) right before a present-tense holding verb or its noun
_HELD_AREA_BEFORE = re.compile(rf"(?:^|[\s،,])(?:{alternation('held_area_noun')})\s+$")
#: a clause opened by a relative pronoun (after a comma: "، التي قتل فيها 29 شخصاً")
_RELATIVE_OPEN = re.compile(rf"[\s،,]*و?(?:{alternation('relative_pronoun')})\s")
#: the cues of a casualty verb or noun alone (triggers.tsv): a relative clause's dead
_CASUALTY_VERB_CUES = frozenset(("kill",))


def _destroy_cue(text: str, h: Hit, end: int, m: DocMentions, lex: Lexicons) -> CueClass:
    """"طيران التحالف الدولي يدمر ثلاثة أنفاق"، "أن طائرات مسيرة تابعة لها دمرت منظومة دفاع جوي": a
    destroying verb whose subject, told before it in its clause past a few words, is an aircraft or
    a drone is their strike, and one whose subject is guns their shelling (the verb before them has
    its rows in triggers.tsv, "دمر الطيران"). An aircraft after it is what was destroyed ("دمرت
    القوات طائرة مسيرة"), and one that is the object of an event word before ("أسقطت الدفاعات طائرة
    مسيرة ودمرت ...") is no subject: without a subject told so the verb tells nothing (precision
    round q82-recall)."""
    if _DESTROYED_MANNER.match(text, h.end) is not None or \
            text[h.word_start - 6 if h.word_start > 6 else 0:h.word_start].rstrip().endswith(_RELATIVES):
        # "طائرة حربية دمرت بالكامل"، "الطائرات التي دمرت في الهجوم": the aircraft were destroyed
        return _NO_DESTROY
    a = h.word_start - _DESTROY_REACH if h.word_start > _DESTROY_REACH else 0
    ws = m.weapons.within(a, h.word_start)
    after = m.weapons.within(h.end, h.end + _DESTROY_REACH)
    if after and text[h.end:after[0].word_start].isspace() and "تدمير" not in text[h.word_start:h.end]:
        # (the aircraft right after the verb is its subject, "دمرت طائرات التحالف": the rows of
        #  triggers.tsv, given up where an actor's name holds the aircraft; after the verbal noun it
        #  is what was destroyed, "اعتراض وتدمير طائرة مسيرة")
        w = after[0]
        if w.payload[1] == "shelling" and not text.startswith("ال", w.word_start):
            # "قال التحالف إنها دمرت مدافع هاون ومخزناً للعتاد": indefinite guns right after the verb
            # are what it destroyed, not who fired ("دمرت المدفعية ..."; q86-probe1)
            return _NO_DESTROY
    elif not ws:
        w = _sortie_subject(text, h, m)
        if w is None:
            return lex.cues["attack"] if _armed_sides_posts(text, h, m) else _NO_DESTROY
    else:
        w = ws[-1]
        if _NO_CLAUSE_BREAK.fullmatch(text, w.end, h.word_start) is None or m.triggers.within(a, h.word_start):
            w = _sortie_subject(text, h, m)
            if w is None:
                return _NO_DESTROY
    mode = w.payload[1]
    if mode == "air":
        return lex.cues["airstrike"]
    if mode == "shelling":
        return lex.cues["shelling"]
    return _NO_DESTROY


#: "نفذت الطائرات الروسية 80 طلعة، ودمرت": the sortie tally, its comma and the و of the verb conjoined after it
#: (grammar_words' sortie_noun); from the aircraft up to the verb at most this many characters
_SORTIE_TAIL = re.compile(rf"[^،,.:؛;\n]*?(?<!\S)(?:{alternation('sortie_noun')})(?![\u0621-\u064a])[^،,.:؛;\n]*[،,]\s*")
_SORTIE_REACH = 90
#: the same tally up to the end of its clause
_SORTIE_IN = re.compile(rf"[^،,.:؛;\n]*?(?<!\S)(?:{alternation('sortie_noun')})(?![\u0621-\u064a])")


def _sortie_subject(text: str, h: Hit, m: DocMentions) -> Hit | None:
    """The aircraft that flew the sorties told in the clause right before a destroying verb joined by و
    ("أعلنت الوزارة أن الطائرات الروسية نفذت 80 طلعة، ودمرت مستودعات ذخيرة"): the verb's subject across
    the tally's comma (round q90-verbs); None when no such tally ends right before the verb."""
    if not text.startswith("و", h.word_start):
        return None
    a = h.word_start - _SORTIE_REACH if h.word_start > _SORTIE_REACH else 0
    if "طلع" not in text[a:h.word_start]:
        return None   # (the cheap gate: no sortie word before the verb)
    for w in reversed(m.weapons.within(a, h.word_start)):
        if w.payload[1] == "air":
            if _SORTIE_TAIL.fullmatch(text, w.end, h.word_start) is not None \
                    and not m.triggers.within(w.end, h.word_start):
                return w
            return None
    return None


def _told_sorties(text: str, a: int, b: int, m: DocMentions) -> bool:
    """Does the teller's clause [a, b) say, after its "that", that aircraft flew a tally of sorties
    ("قالت وزارة الدفاع الروسية إن المقاتلات نفذت 12 طلعة،")? Then the aircraft are the subject of the
    strike verb conjoined after its comma ("وقصفت مواقع ..."), not a teller of a deed of its own (round q90-verbs)."""
    if "طلع" not in text[a:b]:
        return False
    that = _THAT_WORD.search(text, a, b)
    if that is None:
        return False
    for w in m.weapons.within(that.end(), b):
        if w.payload[1] == "air":
            return _SORTIE_IN.match(text, w.end, b) is not None
    return False


#: an event verb's object pronoun ("اقتحمته"، "قصفتها"، "دخلوها"), for the cues whose object is a place
_OBJECT_PRONOUNS = frozenset({"ه", "ته", "ها", "تها", "وه", "وها", "اه", "اها"})
_PLACE_OBJECT_FAMILIES = frozenset({"remote", "territory", "fight"})
_CLAUSE_OPENERS = frozenset({"", "و", "قد", "وقد", "ثم", "كما", "ف", "فقد"})
#: a stretch of days told by its first and last (text.dates `_between_days`)
_BETWEEN_LEAD = re.compile(r"(?:ما\s+)?بين\s")
_NO_DESTROY = CueClass("destroy", "Other", 0, False)


def _armed_sides_posts(text: str, h: Hit, m: DocMentions) -> bool:
    """Is the destroying verb's object, past its subject, a post, a gathering or a vehicle that an
    armed side right after it holds ("دمرت قوات سوريا الديمقراطية مواقع لتنظيم داعش"، "من تدمير
    تجمعات لميليشيا الدعم السريع")? Forces that destroy their enemy's posts fought it there, an
    attack of theirs; what others hold (houses, a market, ruins) makes no such event."""
    for t in m.targets.within(h.end, h.end + _DESTROY_REACH + 20):
        if not t.payload[2] or _NO_CLAUSE_BREAK.fullmatch(text, h.end, t.word_start) is None:
            return False   # (the first thing destroyed decides)
        for r in m.actors.within(t.end, t.end + 24):
            return r.payload.klass not in ("civilian", "protester") and \
                _NO_CLAUSE_BREAK.fullmatch(text, t.end, r.word_start) is not None
        return False
    return False

#: "بعد انسحاب قوات البيشمركة منه"، "إثر انسحاب"، "عقب انسحاب": another side's withdrawal after a verb of receiving
_WITHDRAWAL_IN_CLAUSE = re.compile(r"\s(?:بعد|اثر|عقب|غداه|اثر)\s+انسحاب\s")


def _receive_cue(text: str, h: Hit, end: int, m: DocMentions, lex: Lexicons) -> CueClass:
    """"تسلم الجيش قضاء خانقين بعد انسحاب البيشمركة منه": a verb of receiving with another side's
    withdrawal told after it in its clause is the place handed over (ACLED: a non-violent transfer of
    territory); received pay, bodies or letters ("أثناء تسلمهم رواتبهم") are none (q86-probe1)."""
    if _WITHDRAWAL_IN_CLAUSE.search(text, h.end, min(len(text), h.end + 140)) and \
            "." not in text[h.end:h.end + 140].split("انسحاب", 1)[0]:
        return lex.cues["handover"]
    return _NO_RECEIVE


_NO_RECEIVE = CueClass("receive", "Other", 0, False)

#: a verb or verbal noun of cutting, uprooting or razing before trees ("يقطعون"، "اقتلع"، "تقطيع"، "جرفت")
_CUT_BEFORE = re.compile(rf"(?:^|\s)[وف]?(?:{alternation('cut_verb')})\S*\s")


_PREPOSITION_BETWEEN = re.compile(r"\s(?:بين|في|علي|الي|عند|قرب|تحت|فوق|وسط|خلف)\s")


def _trees_cue(text: str, h: Hit, end: int, m: DocMentions, lex: Lexicons) -> CueClass:
    """"مستوطنون يقطعون عشرات أشجار الزيتون"، "اقتلع مستوطنون 50 شجرة زيتون": trees after a verb of
    cutting or uprooting, past its subject and a count, are property destroyed; trees told otherwise
    ("بين أشجار الزيتون") are none (q86-probe1)."""
    a = max(0, h.word_start - 45)
    brk = max(text.rfind(c, a, h.word_start) for c in ".،,\n")
    seg = " " + text[max(a, brk + 1):h.word_start + 1]
    cut = None
    for cut in _CUT_BEFORE.finditer(seg):
        pass
    if cut is not None and _PREPOSITION_BETWEEN.search(seg, cut.end() - 1) is None:
        # (the trees its object, not a place by them: "وقطعت الطريق بين أشجار الزيتون")
        return lex.cues["loot"]
    return _NO_TREES


_NO_TREES = CueClass("trees", "Other", 0, False)

#: a past launching verb, then its subject, right before the plural "هجمات" ("شن التنظيم هجمات")
_LAUNCHED_BEFORE = re.compile(rf"(?:^|\s)[وف]?(?:{alternation('past_launch_verb')})\s+(?:[^\s.،,:؛\n]+\s+){{0,5}}$")
#: "على" right after the plural: the attacks have a target told
_ON_AFTER = re.compile(r"\s+علي\s")


def _attacks_cue(text: str, h: Hit, end: int, m: DocMentions, lex: Lexicons) -> CueClass:
    """"شنت ميليشيا الحوثي هجمات على مديرية مقبنة"، "شن التنظيم هجمات على مدينة الميادين": the plural
    launched in the past by a side named between, on a target told after "على", is the day's attack;
    the plural told otherwise ("تصاعد الهجمات"، "تشن هجمات") stays a campaign's pattern (q89-left-events)."""
    if text[h.word_start:h.start] or _ON_AFTER.match(text, h.word_end) is None:
        return lex.cues["attacks"]
    if _LAUNCHED_BEFORE.search(text, max(0, h.word_start - 60), h.word_start) is None:
        return lex.cues["attacks"]
    return lex.cues["attack"]


#: protesters or a march opening a clause, then at most "في" and a place of up to three words, right
#: before the verb of demanding ("متظاهرون في السويداء يطالبون"، "مسيرات في مدينة تعز تطالب")
_PROTESTERS_OPEN = re.compile(rf"(?:^|[\n.!?،,:؛;])\s*و?(?:{alternation('demand_subject')})(?:\s+في(?:\s+[^\s.،,:؛\n]+){{1,3}})?\s+$")


def _demand_cue(text: str, h: Hit, end: int, m: DocMentions, lex: Lexicons) -> CueClass:
    """"متظاهرون في السويداء يطالبون برحيل المحافظ": a headline's or a clause's protesters (or march)
    as the subject of a present verb of demanding, opening its clause, are their protest; the verb
    told of anyone else ("الأهالي يطالبون"، "تطالب الحكومة") is none (q89-left-events)."""
    if text[h.word_start:h.start] or _PROTESTERS_OPEN.search(text, max(0, h.word_start - 60), h.word_start) is None:
        return _NO_DEMAND
    return lex.cues["protest"]


_NO_DEMAND = CueClass("demand", "Other", 0, False)


#: "تعرضت بلدة X لقذائف": a verb of coming under (grammar_words' under_fire_verb) before the projectiles, in their clause
_CAME_UNDER = re.compile(rf"(?:^|\s)[وف]?(?:قد\s+)?(?:{alternation('under_fire_verb')})\s[^،,.:؛;\n]{{0,60}}$")


def _exposed_cue(text: str, h: Hit, end: int, m: DocMentions, lex: Lexicons) -> CueClass:
    """"تعرضت بلدة الزبداني لقذائف هاون مصدرها قوات النظام": shells or rockets a place came under are
    its shelling (round q90-verbs); the same words after anything else ("مستودع لقذائف الهاون") tell
    no event."""
    a = h.word_start - 80 if h.word_start > 80 else 0
    if _CAME_UNDER.search(text, a, h.word_start) is None:
        return _NO_EXPOSED
    return lex.cues["shelling"]


_NO_EXPOSED = CueClass("exposed", "Other", 0, False)


#: cues whose class depends on what follows the verb in its clause
_RESOLVED_BY_OBJECT = {"trees": _trees_cue, "launch": _launch_cue, "fall": _fall_cue, "launch_noun": _launch_noun_cue, "drop": _drop_cue, "gather": _gather_cue, "detonate": _detonate_cue,
                      "destroy": _destroy_cue, "receive": _receive_cue,
                      "attacks": _attacks_cue, "demand": _demand_cue,
                      "exposed": _exposed_cue}


def _is_eventful_casualties(c: Casualties) -> bool:
    return c.killed is not None or c.injured is not None


#: a clause that only fronts where the next one happened: "وفي الخرطوم،"
_FRONTED_IN = re.compile(r"\s*و?في\s")


def _toll_at(f: Frame, ps: list[PlaceSpan], cas: Casualties) -> None:
    """"قصفت القوات بلدات X وY وZ، ما أدى لمقتل طفلين في بلدة Z": the toll clause names which of
    the frame's places its dead were at."""
    if not _is_eventful_casualties(cas):
        return
    names = {p.name for p in f.places}
    f.toll_at = next((p.name for p in ps if p.name in names), f.toll_at)


#: "في" (or "ب") and the bare name of a place right after it: "... مقتل سبعة مدنيين في الطبقة"
_IN_BARE = re.compile(r"(?<!\S)(?:في|ب)\s*$")
#: part of a toll told at one place: "مقتل 36 مدنياً، 17 منهم في تلبيسة وحدها"
_PART_IN = re.compile(rf"(?<!\S)(\d{{1,4}}|{COUNT_WORD})\s+(?:منهم|منهن)\s+(?:في|ب)\s*(?:\S+\s+)?$")


def _toll_at_named_again(f: Frame, text: str) -> None:
    """"غارات على مدينة الطبقة وقرية المنصورة، ما أدى إلى مقتل سبعة مدنيين في الطبقة": the toll
    names one of the frame's places again, past them all, by its bare name, which alone is an
    ordinary word ("الطبقة" a layer, "الباب" a door) and so was read as no place of its own; it
    still tells where the dead were."""
    if len(f.places) < 2 or not _is_eventful_casualties(f.casualties):
        return
    # (past the clause that named them first: the toll's clause names one of them again)
    first = min(p.start for p in f.places)
    last = next((b for a, b in f.spans if a <= first < b), max(p.end for p in f.places))
    names = {p.name for p in f.places if len(p.name) > 2}
    killed = f.casualties.killed
    read = {p.name_start for p in f.places}   # (a name read as a place there is no bare name)
    for a, b in f.spans:
        a = max(a, last)
        # (in the order the text names them, not the set's, which changes with the hash seed: "مقتل
        #  شخصين في البياع وإصابة أربعة في الدورة" is told at the first; probe q86-probe3)
        hits = []
        for name in names:
            i = text.find(name, a, b)
            while i >= 0:
                hits.append((i, name))
                i = text.find(name, i + len(name), b)
        hits.sort()
        for i, name in hits:
            j = i + len(name)
            if j == len(text) or not text[j].isalpha():
                part = _PART_IN.search(text, max(a, i - 40), i)
                if part is not None and killed is not None and not killed.vague \
                        and _NEXT_SHARE.match(text, j) is None:
                    # (not one share of several: "17 مدنياً، 9 منهم في دوما و5 في حرستا و3 في
                    #  عربين" is the toll told place by place, each place's own; assemble)
                    # "مقتل 36 مدنياً، 17 منهم في تلبيسة وحدها": that place's dead are the part
                    # told for it; the rest are not placed (ACLED: the lowest count supported)
                    g = part.group(1)
                    n = int(g) if g.isdigit() else COUNT_WORDS[g]
                    if 0 < n < killed.best:
                        f.casualties.killed = Count(n, n, n)
                        f.toll_at = name
                        return
                if f.toll_at is None and i not in read and _IN_BARE.search(text, max(a, i - 4), i):
                    f.toll_at = name
                    return


#: "في السوق"، "في المدرسة": the toll's site named again by its common noun (grammar_words `toll_site_noun`)
_IN_THE_SITE = re.compile(rf"(?<!\S)(?:في|ب)\s*ال({alternation('toll_site_noun')})(?!\w)")


def _toll_at_site(f: Frame, text: str) -> None:
    """"شنت الطائرات غارات على مديرية X ومدينة Y وسوق Z، ما أدى إلى مقتل تسعة مدنيين في السوق": the
    toll names its site again by the common noun that introduced one of the frame's places (or stood
    in its list item: "ومدرسة تؤوي نازحين في حي X"); the dead were there, not at the first place
    (q86-probe4)."""
    if f.toll_at is not None or len(f.places) < 2 or not _is_eventful_casualties(f.casualties):
        return
    places = sorted(f.places, key=lambda p: p.start)
    last = places[-1].end
    for a, b in f.spans:
        if b <= last or "ال" not in text[max(a, last):b]:
            continue
        mo = _IN_THE_SITE.search(text, max(a, last), b)
        if mo is None:
            continue
        noun = re.compile(rf"(?<!\S)[وب]?{re.escape(mo.group(1))}(?!\w)")
        prev = min(a for a, _ in f.spans)
        hits = []
        for p in places:
            if noun.search(text, prev, p.start) is not None:
                hits.append(p)
            prev = p.end
        if len(hits) == 1:
            f.toll_at = hits[0].name
        return


#: the next place's share right after a place ("... في دوما و5 في حرستا")
_NEXT_SHARE = re.compile(rf"\s+و\s*(?:\d{{1,4}}|{COUNT_WORD})\s+في\s")


#: the part of a toll told right before the place it fell at: "إلى 7 قتلى، بينهم 3 في مدينة أم درمان",
#: "... 4 منهم في X" (the place named once, after the total)
_PART_BEFORE = re.compile(rf"(?<!\S)(?:بينهم|منهم|منهن)\s+(\d{{1,4}}|{COUNT_WORD})\s+(?:في|ب)\s*(?:\S+\s+)?$")
_PART_NEEDLES = ("نهم", "منهن")
#: the same, the place right after "في" (no type word between): one named before ("بينهم 4 في الخيام")
_PART_AGAIN = re.compile(rf"(?<!\S)(?:بينهم|منهم|منهن)\s+(\d{{1,4}}|{COUNT_WORD})\s+في\s+")   # (every match holds one: a gate before its window search)


def _part_told_before_place(f: Frame, text: str) -> None:
    """"ارتفاع حصيلة ضحايا المواكب إلى 7 قتلى، بينهم 3 في مدينة أم درمان": the total is the day's over
    the whole country; the dead of the one place the frame names are the part told for it
    (ACLED: the lowest count the wording supports at that place; q78-sudan3). So too when the event's
    places were listed before and the part names one of them last ("غارات شملت X وY وZ، ما أدى إلى
    استشهاد 15، بينهم 9 في X": q88-lists)."""
    killed = f.casualties.killed
    if killed is None or killed.vague or f.toll_at is not None or not f.places:
        return   # (a toll shared out over several places is `_share_out_tolls`' and the tallies')
    parts = []
    for p in f.places:
        mt = _PART_BEFORE.search(text, max(f.start, p.start - 40), p.start) \
            if any_in(_PART_NEEDLES, text, max(f.start, p.start - 40), p.start) else None
        if mt is not None:
            g = mt.group(1)
            parts.append((int(g) if g.isdigit() else COUNT_WORDS[g], p))
    if not parts and len(f.places) > 1:
        # the part names again a place listed before, after the frame's last place (the mention is no
        # place of the frame's of its own): "شملت الخيام وبنت جبيل ...، بينهم 4 في الخيام"
        last = max(q.end for q in f.places)
        end = min((x for x in (text.find(".", last), text.find("\n", last)) if x >= 0), default=len(text))
        end = min(end, last + 150)   # (the part may stand past the frame's clauses, in its sentence)
        if any_in(_PART_NEEDLES, text, last, end):
            for mt in _PART_AGAIN.finditer(text, last, end):
                hit = [q for q in f.places if text.startswith(text[q.start:q.end], mt.end())
                       or text.startswith(q.name, mt.end())]
                if len(hit) == 1:
                    g = mt.group(1)
                    n = int(g) if g.isdigit() else COUNT_WORDS[g]
                    if 0 < n < killed.best and _PART_AGAIN.search(text, mt.end(), end) is None:
                        f.casualties.killed = Count(n, n, n)
                        f.toll_at = hit[0].name
                    return
                break
    if len(parts) == 1 and 0 < parts[0][0] < killed.best:
        n, p = parts[0]
        if any(q.start > p.start for q in f.places):
            return   # ("بينهم 9 في X و5 في Y": the shares after it are the tallies')
        f.casualties.killed = Count(n, n, n)
        f.toll_at = p.name


#: a share of a toll told before the event that made it: "، بينهم 9 في غارة على مدينة X" (opening the shares),
#: "، و4 بقذائف الهاون على حي Y" (one after another); the count stands right before "في"/"جراء"/"ب" and the
#: event's word (q88-lists)
_SHARE_OPENS = re.compile(rf"(?<!\S)(?:من\s+)?(?:بينهم|منهم|منهن)\s+(\d{{1,4}}|{COUNT_WORD})"
                          r"\s+(?:(?:في|جراء|بسبب|اثر)\s+|ب)(?:ا?نفجار\s+)?$")
_SHARE_NEXT = re.compile(rf"(?<!\S)و\s*(\d{{1,4}}|{COUNT_WORD})\s+(?:(?:في|جراء|بسبب|اثر)\s+|ب)(?:ا?نفجار\s+)?$")


def _shares_told_by_event(text: str, frames: list[Frame]) -> None:
    """"سقوط 31 شهيداً، بينهم 9 في غارة جوية على مدينة X، و4 بقذائف الهاون على حي Y": each share is
    its own event's dead, at its own place; the event's frame counts no one of its own, so it takes its
    share (and whether the header's dead were civilians). The header keeps its total (the roundup's;
    the rest were elsewhere). Only while the shares add up to no more than the total."""
    header: Frame | None = None
    left = 0
    for f in frames:
        if f.trigger is None:
            continue
        k = f.casualties.killed
        lo = max(0, f.trigger.start - 40)
        # (each pattern only where its own word stands in the window: "و" alone let nearly every frame
        #  in to the opening pattern's search, whose look-behind is tried at every position; a frame
        #  neither pattern matches takes the same path as one the gate kept out; speed q88-speed2)
        window = text[lo:f.trigger.start]
        mt = _SHARE_OPENS.search(text, lo, f.trigger.start) if "نهم" in window or "منهن" in window else None
        opens = mt is not None
        if mt is None and header is not None and left and f.sent == header.sent and "و" in window:
            mt = _SHARE_NEXT.search(text, lo, f.trigger.start)
        if opens and k is not None and not k.vague and f.start < mt.start() and f.casualties.injured is None:
            # "قتل 9 جنود بينهم 4 في هجوم على موقع في مديرية X": the total and its share in one frame,
            # the event's word after the share: the event killed the share
            g = mt.group(1)
            n = int(g) if g.isdigit() else COUNT_WORDS[g]
            if 0 < n < k.best:
                f.casualties.killed = Count(n, n, n)
                header, left = None, 0
                continue
        if mt is None or header is None or f is header or f.sent != header.sent \
                or k is not None or f.casualties.injured is not None:
            if k is not None and not k.vague and k.best > 1 and not opens:
                header, left = f, k.best
            continue
        g = mt.group(1)
        n = int(g) if g.isdigit() else COUNT_WORDS[g]
        if opens:
            left = header.casualties.killed.best
        if not 0 < n < left + (0 if opens else 1):
            header = None
            continue
        f.casualties.killed = Count(n, n, n)
        f.casualties.civilian_victims = header.casualties.civilian_victims
        left -= n
        first = min((p for p in f.places if p.start > f.trigger.start), key=lambda p: p.start, default=None)
        if len(f.places) > 1 and first is not None and f.toll_at is None:
            # "بينهم 9 في غارة على مدينة X، و4 بقذائف الهاون على حي Y" read as one frame: the share is the
            # first place's, the one the event's word points to
            f.toll_at = first.name


#: "وتوزع الضحايا على أحياء X وY": where the dead of the toll just told were, place by place
_SPREAD_OVER = re.compile(rf"(?<!\S)و?توزع(?:ت)?\s+(?:{alternation('victims_noun')})"
                          r"\s+(?:علي|بين)\s")


def _victims_spread_over(text: str, frames: list[Frame], sents: list[Sentence],
                         places: list[PlaceSpan]) -> None:
    """"ارتفع عدد ضحايا البراميل التي ألقيت أمس على أحياء حلب الشرقية إلى 76 قتيلاً. وتوزع الضحايا على
    أحياء الصاخور والحيدرية ومساكن هنانو": the sentence after a toll names the places the event it counts
    hit, finer than the region or city it told; they become the frame's places (the toll stays one)."""
    for mt in _SPREAD_OVER.finditer(text):
        sent = next((st for st in sents if st.start <= mt.start() < st.end), None)
        if sent is None:
            continue
        listed = [p for p in places if mt.end() <= p.start < sent.end and not p.anaphor]
        before = [f for f in frames if f.end <= mt.start() and f.places and f.cue is not None
                  and _is_eventful_casualties(f.casualties)]
        if len(listed) < 2 or not before:
            continue
        f = before[-1]
        if any(f.start <= g.start < mt.start() for g in frames if g is not f) \
                or any(not p.levels or "admin1" not in p.levels and "admin2" not in p.levels
                       and not p.is_container for p in f.places):
            continue   # (another event between, or the frame's own places already fine)
        f.places = listed
        f.toll_at = None
        f.spans.append((mt.start(), sent.end))


def _place_in_fronted(ps: list[PlaceSpan], pending: list[PlaceSpan]) -> None:
    """"وفي الخرطوم، سقطت قذيفة على منزل في حي الكلاكلة": a place fronted before the event's clause
    contains the finer places the clause names, when nothing else places them."""
    outer = pending[-1]
    # a name told without its type word that is a governorate as well as a quarter somewhere ("وفي
    # صلاح الدين،") is fronted as the largest unit it names
    rank = outer.rank if outer.kind is not None else outer.max_rank
    for p in ps:
        if p.parent is None and p.name != outer.name and p.rank < rank and rank >= 2:
            p.parent = outer


#: a clause opened by "فيما/بينما/في حين" and a past verb: a new act, not more of the list before
_NEW_ACT = re.compile(r"[\s,،]*و?(?:فيما|بينما|في حين)\s+\S+")


#: an operation, battle or campaign named by what it aims at ("عملية تحرير الفلوجة", "معركة تحرير منبج")
#: ("قائد عمليات تحرير الفلوجة": the command of the operations, named the same way; grammar_words campaign_noun)
#: the event just told, retold by an indefinite word to name its claimant ("، في هجوم تبناه تنظيم القاعدة")
#: an anniversary word ("في الذكرى الخامسة لسقوط الموصل"): a remembered event, not today's
_ANNIVERSARY = re.compile(rf"(?:^|\s)(?:{alternation('anniversary_word')})(?=\s)")
#: "وسط " right before an event word: the circumstance of the fight told before it
_AMID = re.compile(rf"(?:^|[\s,])(?:{alternation('amid_word')})\s+$")
_CLAIMED_EVENT = re.compile(rf"[\s,،]*(?:{alternation('claimed_event_lead')})\s+\S+(?:\s+\S+)?\s+"
                            # (or its claimant told between, by the verb that announces it: "، في هجوم
                            #  أعلنت جماعة الحوثي مسؤوليتها عنه"; quality-70)
                            rf"(?:(?:{alternation('claim_verb')})\s+(?:\S+\s+){{1,3}})?")
#: words with no comma, colon or full stop between them
_NO_CLAUSE_BREAK = re.compile(r"[^،,.:؛;\n]*")
_OPERATION_BEFORE = re.compile(rf"(?:^|\s)(?:{alternation('campaign_noun')})\s+$")
#: the future prefix of an imperfect verb (clitics.tsv verb_prefix "future"): "ستشن"، "سيقصف"
_FUTURE_PREFIXES = ("سي", "ست")
#: a court's word some words before "بالإعدام" ("حكماً بالإعدام"، "قضت محكمة جنايات سبها بإعدام"): a sentence
_VERDICT_BEFORE = re.compile(rf"(?:^|\s)[وف]?(?:{alternation('verdict_word')})(?:\s+[^\s،,.]+){{0,4}}\s+$")


#: verbs of continuing among the habitual marks: with a day and a toll of its own, an event today
#: a relative clause of a teller's saying ("، التي أعلنت ..."، "، الذي قال ...")
_TELLERS_RELATIVE = re.compile(rf"(?:التي|الذي)\s+(?:{alternation('teller_relative_verb')})(?![\u0621-\u064a])")
#: a clause that opens with "قبل أن" tells what happened after the event before it
_BEFORE_THAT = re.compile(r"[وف]?قبل\s+ان\s")
#: "...، قبل أن تمتد إلى مناطق X وY": the fighting spread on; its places are more places of it
_BEFORE_SPREAD = re.compile(rf"[وف]?قبل\s+ان\s+(?:{alternation('spread_verb')})(?:ها|هما)?\s+(?:الي|لتشمل|نحو)\s")
#: (grammar_words `continuing_word`: the verbs, the adjectives "المستمرة"، "متواصل" (quality-q76) and "is coming
#: under", "تتعرض بلدة X منذ صباح اليوم لقصف مدفعي" (lead, stop 23))
_CONTINUING = words("continuing_word")
#: the cues whose going on, told in the present with no time at a front, is the day's fighting
_CONTINUED_FIGHTS = frozenset({"clash"})
#: the cumulative marks that are a window of one day ("خلال الساعات الـ24 الماضية"; grammar_words `day_window`)
_DAY_WINDOW = frozenset(" ".join(w.split()) for w in words("day_window"))
#: the cue families whose event word makes such a window the event's day: a strike, a blast, a fight or ground
#: taken (not a killing, a finding of bodies or a toll, which a window of a day counts up)
_WINDOWED_FAMILIES = frozenset({"remote", "explosive", "fight", "territory"})
#: the word of today in a time expression ("اليوم"، "صباح اليوم"، "منذ فجر اليوم")
_TODAY = "اليوم"
#: "حتى اليوم": until today, a campaign's span, no day of its own
_UNTIL = words("until_word")
#: "منذ" and a time of a day ("منذ ساعات الصباح"، "منذ الفجر"، "منذ صباح أمس"، "منذ مساء الخميس"): hours, not a
#: campaign's start; the date found in it (or right after) is the day the fighting went on
_SINCE_HOURS = re.compile(r"منذ\s+(?:ساعات\s+)?(?:ال)?(?:صباح|فجر|مساء|ظهر|ليل|ليله|ساعه)(?![\u0621-\u064a])")
#: the words of a front line: "محور"، "جبهة" and their plurals (grammar_words.tsv `front_word`)
_FRONT_WORDS = tuple(words("front_word"))


def _at_a_front(text: str, f: Frame) -> bool:
    """Is one of the frame's places a front ("محور سكيك"، "جبهة الكسارة"), the surroundings of a
    place ("محيط سد تشرين") or a city's quarter ("حي الصاخور")?"""
    for p in f.places:
        if p.qualifier in ("near", "outskirts") or text.startswith(_FRONT_WORDS, p.start) or \
                text[max(0, p.start - 7):p.start].rstrip().endswith(_FRONT_WORDS):   # "محور بلدة X"
            return True
        if p.kind == "neighbourhood" and not p.anaphor:
            # "تتواصل المعارك العنيفة في حي الصاخور بين قوات النظام والفصائل": a city's quarter fought
            # over is a front line inside the city, its fighting the day's (q87-recall)
            return True
    return False


#: "منذ أسابيع"، "منذ شهرين"، "منذ أكثر من ثلاثة أشهر": how long fighting at a front has gone on (grammar_words
#: `front_since_unit`, up to two words between)
_SINCE_WEEKS = re.compile(rf"(?<![\u0621-\u064a])منذ\s+(?:\S+\s+){{0,2}}?(?:{alternation('front_since_unit')})(?![\u0621-\u064a])")


def _front_since_weeks(text: str, own) -> bool:
    """Does one of the clauses `own` say the fighting has gone on for weeks or more ("الاشتباكات متواصلة على محاور
    X وY منذ أسابيع")? Then it is the front's state, not the day's fighting (q95-leftcas)."""
    for a, b in own:
        i = text.find("منذ", a, b)
        if i >= 0 and _SINCE_WEEKS.search(text, i, b) is not None:
            return True
    return False


#: a verb or an adjective of going on ("متواصلة"، "مستمرة"، "تتواصل"; grammar_words `continuing_word`) at a word's start
_CONTINUING_WORD = re.compile(rf"(?<![\u0621-\u064a])[وف]?(?:{alternation('continuing_word')})")


def _continuing_told(text: str, own) -> bool:
    """Does one of the clauses `own` tell the fighting as going on ("متواصلة"، "مستمرة"، "تتواصل")?"""
    return any(_CONTINUING_WORD.search(text, a, b) is not None for a, b in own)


def _told_for_today(text: str, d: DateExpr, own) -> bool:
    """Is the time of a continuing clause today's alone ("تتواصل المعارك ... منذ صباح اليوم"), not
    "حتى اليوم" (until today) nor a campaign "منذ ثلاثة أشهر" told in the clause too? (q82-recall)"""
    if text[d.start - 8 if d.start > 8 else 0:d.start].rstrip().endswith(_UNTIL):
        return False
    since = text.find("منذ", d.start - 14 if d.start > 14 else 0, d.start + 3)
    hours = since >= 0 and d.precision == 1 and not any(c.isdigit() for c in text[since:d.end]) and \
        (h := _SINCE_HOURS.match(text, since)) is not None and h.end() >= d.start - 1
    since = since if hours else d.start
    if _TODAY not in text[d.start:d.end] and not hours:
        return False
    for a, b in own:
        i = text.find("منذ", a, b)
        while i >= 0:
            if not (since <= i < d.end or _TODAY in text[i:i + 20]):
                return False   # another "since" in the clause: a campaign
            i = text.find("منذ", i + 3, b)
    return True


def _since_a_past_day(text: str, d: DateExpr) -> bool:
    """Is the date a campaign's start, "منذ 26 نيسان الماضي", not today ("منذ صباح اليوم")? The dead told
    with it are the campaign's toll (lead, stop 23)."""
    return text[d.start - 6 if d.start > 6 else 0:d.start].rstrip().endswith("منذ") and _TODAY not in text[d.start:d.end]


def _other_habit(cue_hits, text: str) -> bool:
    """Is a habitual mark of the clause other than a verb of continuing ("يومياً"، "عادة")?"""
    for h in cue_hits:
        if h.payload == "habitual" and not text.startswith(_CONTINUING, h.start):
            return True
    return False


#: "دون قتال", "بموجب اتفاق": control changed hands with no fight (a non-violent transfer)
WITHOUT_FIGHT = GatedSearch(re.compile(rf"(?:^|\s)(?:{alternation('without_fight')})(?![\u0621-\u064a])"),
                            last_token_needles(words("without_fight")))   # (only windows with a last word searched)


def _accused_or_claimed(text: str, a: int, marks: list[Hit], no_event_yet: bool) -> bool:
    """An accusation (before any event of the sentence) or a claim, with the event as its pronoun
    ("بإطلاقها", "وتبناه"), among the marks of a clause that starts at `a` (`build_frames`; a loop, not
    any() over a generator)."""
    for d in marks:
        if text.endswith(("ه", "ها", "هم"), d.start, d.end) and (
                (d.payload == "accused" and no_event_yet)
                # (a claim only as its clause's first word: "وسبق أن تعرضت إعزاز لتفجيرات،
                #  معظمها تبناها داعش" claims other, earlier bombings)
                or (d.payload == "claim" and not text[a:d.word_start].strip(" ,،"))):
            return True
    return False


#: a claim that opens its clause, maybe after a connective ("، ثم تبنى"، "، فيما تبنى"; grammar_words claim_lead)
_CLAIM_LEAD = re.compile(rf"[\s,،]*(?:(?:{alternation('claim_lead')})\s+)?")
#: the deed a claim names by a definite word that is no event word ("العملية"; grammar_words claimed_deed_noun)
_CLAIMED_DEED = re.compile(rf"(?:^|\s)(?:{alternation('claimed_deed_noun')})(?![\u0621-\u064a])")


def _claims_deed(text: str, a: int, b: int, marks: list[Hit]) -> bool:
    """"فجر مقاومون عبوة ناسفة بآلية عسكرية ...، وتبنت كتائب شهداء الأقصى العملية"، "هاجم مسلحون كمينا للجيش ...،
    فيما تبنى تنظيم ولاية سيناء العملية": a claim that opens a clause of no event word, with the deed as a definite
    noun that is no event word after it, claims the event just told (its claimant that event's doer). Before, the
    clause was no claim (only "تبناه" or an event word made one) and the event stayed an unidentified group's
    (round q91-actors)."""
    for d in marks:
        if d.payload == "claim" and not text.endswith(("ه", "ها", "هم"), d.start, d.end) \
                and _CLAIM_LEAD.fullmatch(text, a, d.word_start) is not None \
                and _CLAIMED_DEED.search(text, d.end, b) is not None:
            return True
    return False


def _civilian_target_in(m: DocMentions, a: int, b: int) -> bool:
    """Does a civilian target word (targets.tsv civilian=yes) stand in `a`..`b`?"""
    for h in m.targets.within(a, b):
        if h.payload[1]:
            return True
    return False


def _has_payload(marks: list[Hit], payload: str) -> bool:
    """`any(d.payload == payload for d in marks)`, as a loop (a generator costs ~2.5 k instructions)."""
    for d in marks:
        if d.payload == payload:
            return True
    return False


def _status_before(h: Hit, marks: list[Hit]) -> bool:
    """A status mark up to 16 characters before the take-over word `h` ("الخاضعين لسيطرة"): a loop,
    not any() over a generator."""
    for d in marks:
        if d.payload == "status" and 0 <= h.word_start - d.end <= 16:
            return True
    return False


def _claims_event(text: str, a: int, marks: list[Hit]) -> bool:
    """A claim mark with its pronoun ("تبناه") after the event retold from `a` ("في هجوم تبناه"):
    `build_frames`' test, a loop, not any() over a generator."""
    for d in marks:
        if d.payload == "claim" and text.endswith(("ه", "ها"), d.start, d.end) \
                and _CLAIMED_EVENT.fullmatch(text, a, d.word_start):
            return True
    return False


def _time_next(sent: Sentence, cl: Clause, m: DocMentions) -> int | None:
    """The index of the clause after `cl` when that one is only a time between commas ("، مساء
    السبت،": a time and no event word), else None."""
    i = sent.clauses.index(cl)
    if i + 1 >= len(sent.clauses):
        return None
    nxt = sent.clauses[i + 1]
    if not m.dates.within(nxt.start, nxt.end) or m.triggers.within(nxt.start, nxt.end):
        return None
    return i + 1


def _past_a_time(sent: Sentence, cl: Clause, b: int, m: DocMentions) -> int:
    """Where the object of a verb ending at `b` may run: past a time between commas when the clause
    ends there ("أطلقت ميليشيات موالية لإيران، مساء السبت، عدة قذائف صاروخية على القاعدة"), else `b`."""
    if b != cl.end:
        return b
    j = _time_next(sent, cl, m)
    if j is None or j + 1 >= len(sent.clauses):
        return b
    return sent.clauses[j + 1].end


def _repelled(text: str, current: Frame, ev: list, marks: list) -> bool:
    """Is every event word of the clause the definite retelling ("الهجوم") of `current`'s kind of
    event, after a word of repelling or foiling it (`attempt`: صد، تصدت، أحبط)?"""
    if current.cue is None or not current.cue.family or not marks:
        return False
    first = min([h.start for h, _ in ev])   # (a list and a loop: cheaper than generators)
    for d in marks:
        if d.payload == "attempt" and d.end <= first:
            break
    else:
        return False
    return all(c.family == current.cue.family and "ال" in text[h.word_start:h.start + 2] for h, c in ev)


#: how gunmen came, told right after them ("يستقلون دراجة نارية"، "على متن سيارة"، "ملثمون")
_RIDING = tuple(words("riding_word"))


def _cut_after_verb(text: str, current: Frame, a: int, b: int, m: DocMentions) -> Frame | None:
    """`current` when the clause [a, b), which has no cue and names no place, is only a time
    between commas right after the clause that ended on `current`'s verb ("اغتالت، مساء أمس
    الجمعة، ..."): the next clause is then the verb's object, told apart by punctuation alone."""
    if current.trigger is None or not m.dates.within(a, b):
        return None
    end = current.spans[-1][1]
    if not current.trigger.end <= end <= a:
        return None
    # (the verb ends its clause, or only its subject follows, named with at most one word of
    #  its own: "قتلت خلايا تنظيم داعش،")
    t = current.trigger.word_end
    if t > end:
        return None
    rest = text[t:end]
    actors = m.actors.within(t, end)
    for h in reversed(actors):
        rest = rest[:h.start - t] + rest[h.end - t:]
    words_left = rest.replace(",", " ").split()
    if actors and len(words_left) <= 4 and words_left and words_left[0].startswith(_RIDING):
        return current   # "اغتال مسلحون مجهولون يستقلون دراجة نارية، ليل الأربعاء، قيادياً ..."
    return current if len(words_left) <= (1 if actors else 0) else None


def _fronted_before_time(marks: list, sent: Sentence, cl: Clause, m: DocMentions, lex: Lexicons,
                         text: str = "") -> bool:
    """Is the clause `cl` a denial, or a side announcing (a report mark) the deed the clause
    after next opens with ("أعلنت خلية الإعلام الأمني، اليوم، اعتقال أربعة إرهابيين"), with only
    a time between them?"""
    denial = any(d.payload == "negation" for d in marks)
    if not denial and not (any(d.payload == "report" for d in marks) and m.actors.within(cl.start, cl.end)):
        return False
    j = _time_next(sent, cl, m)
    if j is None:
        return False
    if denial:
        return True
    deed = sent.clauses[j + 1] if j + 1 < len(sent.clauses) else None
    if deed is None:
        return False
    # ("قالت قوات الكرامة، الجمعة، إنها شنت هجوماً": the deed told after the teller's "إنها", "أن قواته")
    said = _TELLER_OPENS.match(text, deed.start) if text else None
    start = said.end() if said is not None else deed.start
    # (a deed, not a toll it announces: "أعلنت الجماعة، مساء الخميس، استشهاد 17 عاملاً")
    # (after the pronoun the verb of launching may come first: "إنها شنت هجوماً")
    return any((h.word_start == start or said is not None and len(text[start:h.word_start].split()) == 1)
               and lex.cues[h.payload].family != "killing"
               for h in m.triggers.within(start, start + 16))


#: the "that" after a teller ("قال رئيس بلدية X لرووداو إن ..."), as a word of its own
_THAT_WORD = re.compile(r"(?<!\S)ب?ان(?!\S)")


def _past_tellers_title(text: str, ps: list, marks: list, b: int) -> list:
    """The clause's places without those of its teller's title ("وقال رئيس بلدية زاخو لرووداو إن
    الطائرات التركية قصفت قرية X", "وقال مدير ناحية ربيعة إن ..."): the office is where the teller
    serves; the places of what it says come after its "إن". (Only when the saying names places of
    its own: "قال مصدر في مدينة X إن ..." with none after is all the report says of where.)"""
    rep = next((d for d in marks if d.payload == "report" and d.end <= ps[0].start), None)
    if rep is None:
        return ps
    that = _THAT_WORD.search(text, ps[0].end, b)
    if that is None or not any(p.start >= that.end() for p in ps):
        return ps
    return [p for p in ps if not rep.end <= p.start < that.start()]


#: a verb of surviving or undergoing, its subject between it and the attempt: "نجا المحافظ من محاولة"
_SURVIVED = re.compile(rf"(?:^|\s)[وف]?(?:{alternation('survived_verb')})(?:\s+\S+){{0,4}}?\s+(?:من\s+|ل)$")


def _survived(text: str, h) -> bool:
    """Is the attempt word at `h` what someone survived or underwent ("نجا المحافظ من محاولة اغتيال
    بعبوة ناسفة"، "تعرض موكبه لمحاولة اغتيال")? Then the attack happened and missed its aim: no
    attempt foiled, no bomb that did not go off."""
    return _SURVIVED.search(text, max(0, h.word_start - 50), h.start) is not None


#: "لـ" cut off from its word by a quote ('عملية لـ"تحرير" العاصمة', normalised "ل تحرير"): the aim
_TO_QUOTED = re.compile(r"(?:^|\s)[وف]?ل[\s\"«“”']+$")


#: a teller's pronoun that opens the clause of its deed: "إنها شنت"، "أن قواته صدت"
_TELLER_OPENS = re.compile(rf"[وف]?(?:{alternation('teller_pronoun')})\s+(?:قد\s+)?")


#: right after a verb of freeing: the people it freed ("حرروا مئات المعتقلين", "تحرير 20 مختطفاً")
#: a fire near a take-over word: the fire was brought under control, no place taken
_FIRE_CONTROLLED = re.compile(rf"(?:^|\s)[وبل]?(?:ال)?(?:{alternation('blaze_noun')})(?![\u0621-\u064a])")
#: what a take-over verb may have seized that is no place: "استولى على سيارة عسكرية وأسلحة"; with the owner's
#: pronoun ("اعتدوا على مقر المنظمة واستولوا على سياراتها"، "مركباتهم"; q88-probe-transcript)
_SEIZED_GOODS = re.compile(rf"(?:\s+\S+){{0,3}}?\s+(?:علي\s+)?(?:عدد\s+من\s+|كميه\s+من\s+)?(?:ال)?(?:{alternation('seized_goods')})(?:ها|هم|هما)?(?![\u0621-\u064a])")
_FREED_PEOPLE = re.compile(rf"\s+(?:\S+\s+)?(?:\S+\s+)?[وب]?(?:ال)?(?:{alternation('detainee_noun')})(?![\u0621-\u064a])")


def _all_subordinate(ev: list, marks: list) -> bool:
    """Does every event word of the clause come right after a subordinating mark (بعد، عقب)?"""
    sub_ends = [d.end for d in marks if d.payload == "subordinate"]
    return all(any(0 <= h.word_start - e0 <= 1 for e0 in sub_ends) for h, _ in ev)


def _own_subject(text: str, a: int, b: int, m: DocMentions) -> bool:
    """Whether a clause of places only is another act with its own subject: opened by فيما or
    بينما, with a side named in it ("فيما دمرت وحدات من الجيش أوكاراً للإرهابيين في الغوطة")."""
    return _NEW_ACT.match(text, a) is not None and bool(m.actors.within(a, b))


#: "بعد العثور على", "إثر انتشال": the finding told after an event word (grammar_words `found_after`)
_FOUND_AFTER = re.compile(rf"(?:{alternation('found_after')})\s")
#: does a report tell a finding at all? (asked once a report before `time_of_finding` is asked of its dates)
finding_told = occurs_any(words("found_after"))


def time_of_finding(text: str, d) -> bool:
    """Is the time `d` when bodies were found ("بعد العثور على جثث خمسة منهم صباح اليوم"), in the
    clause of the finding, not the day of the event whose toll it raised?"""
    fa = _FOUND_AFTER.search(text, max(0, d.start - 60), d.start)
    return fa is not None and not any(c in text[fa.end():d.start] for c in ".,،\n")
#: a bare noun of shooting joined right after a stronger event word: the same attack's means
_JOINED_MEANS = frozenset(words("joined_means"))
#: "، و11 من عناصر التنظيم،": a clause that is only a count joined by و and taken "من" a side
_JOINED_COUNT = re.compile(r"[\s,،]*و\s*")
_COUNT_FROM = re.compile(r"\s+من\s+[^,،.]*[\s,،]*$")


def _joined_dead(text: str, a: int, b: int, m: DocMentions) -> Count | None:
    """The count of a clause that holds only "و + count + من + a side" (no verb, no place)."""
    lead = _JOINED_COUNT.match(text, a)
    if lead is None:
        return None
    q = next((q for q in m.quantities.within(lead.end(), b) if q.start == lead.end()), None)
    if q is None or _COUNT_FROM.match(text, q.end, b) is None or m.casualties.within(a, b):
        return None
    return Count(q.best, q.low, q.high, q.vague)


#: "قبل " right before an explosion word: what the bomb did not do ("قبل انفجارها")
_BEFORE_WORD = ("قبل ", "قبيل ")
#: the same with "أن" and a verb: "قبل أن يفجر حزامه" (normalised)
_BEFORE_THAT_WORD = ("قبل ان ", "قبيل ان ")
#: "فجرت فرق الهندسة ذخائر غير منفجرة بشكل آمن"، "تفجيرات محكومة لمخلفات الحرب": war remnants disposed of by
#: engineers or deminers (grammar_words `safe_disposal`); an explosion word of their sentence with no dead or
#: wounded is that disposal, no event (round q94-probe-uxo)
_SAFE_DISPOSAL = re.compile(rf"(?:^|(?<=\s))(?:{alternation('safe_disposal')})(?=\s|[.,،]|$)")
#: "فككت الفرق 35 عبوة ناسفة ولغما": a bomb word joined by و to one defused before it, nothing but numbers and
#: words between (round q94-probe-uxo)
_JOINED_BOMB_GAP = re.compile(r"[^.،,\n]{0,60}")
#: "، مستخدماً سيارتين مفخختين": a clause that tells how the attack just told was made (quality-q76)
_MEANS_PARTICIPLE = re.compile(rf"[\s,،]*(?:{alternation('means_participle')})ً?(?:\s|$)")


#: "وجاءت الغارات"، "ويأتي القصف": a verb of coming right before a definite event word
_CAME = re.compile(rf"(?<!\S)[وف]?(?:{alternation('came_verb')})\s+$")
#: then "بعد (ساعات من)" and the event word it came after
_CAME_AFTER = re.compile(rf"\s+(?:{alternation('after_word')})\s+(?:\S+\s+){{0,2}}?(?:من\s+)?$")


def _without_event_that_came_after(text: str, trigs: list[Hit]) -> list[Hit]:
    """"وجاءت الغارات بعد ساعات من قصف جيش الإسلام بقذائف الهاون حيي العباسيين والقصاع": the strikes
    told before, said to have come after another event, are no event of this clause; the event
    word after "بعد ... من" is (and takes the clause's places and toll)."""
    first = trigs[0]
    if not text.startswith("ال", first.word_start) or _CAME.search(text, max(0, first.word_start - 8),
                                                                     first.word_start) is None:
        return trigs
    for h in trigs[1:]:
        if _CAME_AFTER.search(text, first.word_end, h.word_start) is not None:
            return trigs[1:]
    return trigs


#: "وبعد الهجوم"، "ومنذ القصف"، "وبعد ساعات من الغارة"، "وفي اليوم التالي للقصف": a clause opened by a word of
#: "after" or "since" (and a while) right before its first event word
_BACKREF_OPEN = re.compile(rf"[\W_]*[وف]?(?:في\s+\S+\s+)?(?:{alternation('backref_lead')})\s+"
                           rf"(?:(?:{alternation('backref_while')})\s+من\s+)?")
#: "العربات التي استخدمت في الهجوم": "used in" right before the event word
_USED_IN = re.compile(rf"(?<!\S)(?:{alternation('used_in_lead')})\s+$")
_BACKREF_TAIL = frozenset(words("backref_tail"))
_OWN_PLACE_LEAD = frozenset(words("own_place_lead"))


def _points_back(text: str, cl: Clause, h: Hit) -> bool:
    """"بعد الهجوم انتشر المسلحون في قرى X وY وZ"، "ومنذ الغارة نزح العشرات إلى بلدات X وY": a definite event word
    right after the "after" or "since" that opens its clause, with no place, target or relative clause of its own
    after it (`own_place_lead`, a word with ب), points back at the event the report told before; it is no new
    event at the places the clause goes on to name (the villages the attackers spread to, the towns people fled
    to).  "بعد الهجوم على كمين في X" and "بعد الهجوم اندلعت اشتباكات في X" keep their events (round q93-referback)."""
    if not text.startswith(("ال", "لل"), h.word_start):
        return False
    if (h.word_start - cl.start > 40 or _BACKREF_OPEN.fullmatch(text, cl.start, h.word_start) is None) \
            and _USED_IN.search(text, max(0, h.word_start - 20), h.word_start) is None:
        return False
    toks = text[h.word_end:min(cl.end, h.word_end + 60)].split(None, 3)
    skipped_adjective = False
    for tok in toks:
        tok = tok.strip("،,.:؛")
        if not tok:
            return True
        if tok in _BACKREF_TAIL:
            continue
        if tok in _OWN_PLACE_LEAD or tok.startswith("ب"):
            return False
        if tok.startswith("ال") and not skipped_adjective:
            skipped_adjective = True
            continue
        return True
    return True


def _without_event_pointed_back_at(text: str, cl: Clause, trigs: list[Hit], told_before: bool) -> list[Hit]:
    """The event words of a clause dropped when they only point back at the event told before
    (`_points_back`: the first after "بعد" at the clause's head, any after "استخدمت في"); only once the
    report has told an event."""
    if not told_before:
        return trigs
    return [h for h in trigs if not _points_back(text, cl, h)]


#: "بعد اختطافه"، "بعد ساعات من خطفه": "after" (and a while "من") right before an abduction's word
_AFTER_A_WHILE = re.compile(r"(?:^|\s)بعد\s+(?:(?:ساعات|ساعه|ساعتين|ايام|يوم|يومين|اسابيع|اسبوع|اشهر|شهر|شهرين)\s+من\s+)?$")


def _without_abduction_before_killing(text: str, trigs: list[Hit]) -> list[Hit]:
    """"أقدم مسلحون مجهولون على قتل شاب بعد اختطافه في بلدة X"، "قتل مسلحون شاباً بعد ساعات من خطفه": the
    abduction told after "بعد", behind the killing that opens the clause, is how the killing came about: the
    killing (an Attack, with its dead) is the clause's event, not an abduction with no toll (probe round
    q89-probe-digest)."""
    out = [trigs[0]]
    for h in trigs[1:]:
        if h.payload == "abduct" and _AFTER_A_WHILE.search(text, max(0, h.word_start - 24), h.word_start) is not None:
            continue
        out.append(h)
    return out


#: the cues of taking people: an attempt at them right before is no arrest
_HELD_CUES = frozenset(("arrest", "abduct"))
#: "خلال محاولتهم اعتقال"، "أثناء محاولة القبض على"، "في محاولة لاعتقال": an attempt (with its owner's ending), then
#: at most the ل of purpose, right before the event word
_ATTEMPT_BEFORE = re.compile(r"(?:^|\s)[وبلف]?(?:ال)?محاول(?:ه|ات|ت(?:ه|ها|هم|هما|ي|نا))(?:\s+ل)?\s*$")


def _attempted(text: str, h: Hit) -> bool:
    """"قتل 14 عنصراً في كمين ... خلال محاولتهم اعتقال ضابط سابق": an arrest or abduction the report says was
    only attempted, right after the attempt's noun, is no arrest of its own: the event is what met the attempt
    (the ambush, the clash), or nothing (probe round q89-probe-digest)."""
    lo = h.word_start - 18 if h.word_start > 18 else 0
    return "محاول" in text[lo:h.word_start] and _ATTEMPT_BEFORE.search(text, lo, h.word_start) is not None


def _without_charged_crimes(text: str, trigs: list[Hit], marks: list[Hit]) -> list[Hit]:
    """The event words of the crimes those arrested or sought are "involved in" ("ألقت القوات القبض على
    خلية متورطة في عمليات خطف وسلب"), dropped: a `charged` mark of `discourse.tsv` (or an `aim` one, "تمهيداً
    لقصفه": what an action prepares) at most 12 characters
    before the first, and the ones joined to it by و. The arrest is the clause's event; split off at
    "وسلب", the lootings took the place and the arrest was lost."""
    ends = [d.end for d in marks if d.payload in ("charged", "aim")]
    if not ends:
        return trigs
    kept: list[Hit] = []
    last = -1   # where the last dropped crime word ended
    for h in trigs:
        if any(0 <= h.word_start - e <= 12 for e in ends) or (
                last >= 0 and 0 <= h.word_start - last <= 2 and text[h.word_start:h.start] == "و"):
            last = h.end
            continue
        kept.append(h)
    return kept


#: "لم يتمكن"، "لم تستطع"، "لم يفلح": could not (the negation rows of a failed attempt)
_COULD_NOT = words("could_not")


_TAKING = ("takeover", "regain", "storm", "advance")


def _could_not_take(text: str, f: Frame, h: Hit) -> bool:
    """Whether what "لم يتمكن" (`h`) says could not be done is a take-over, storming or advance, told in a
    frame with a fight beside it: "لم يتمكن المسلحون من اقتحام المدينة بعد مواجهات عنيفة"، "لم تتمكن القوات من
    دخول المدينة بعد اشتباكات"."""
    taking = fight = False
    for x, c in f.cues:
        if c.cue in _TAKING and x.start >= h.end:
            taking = True
        elif c.family == "fight" and c.cue not in _TAKING and "بسبب" not in text[max(0, x.word_start - 8):x.word_start]:
            fight = True   # (not the fight that kept others out: "لم تتمكن فرق الإنقاذ من دخولها بسبب الاشتباكات")
    return taking and fight


def _without_death_sentences(text: str, trigs: list[Hit]) -> list[Hit]:
    """A death sentence ("أصدرت المحكمة حكماً بالإعدام على ضابط"، "قضت محكمة بإعدام 27 من عناصر الأمن") is
    no execution: the trigger "إعدام" after ب with a court's word (`verdict_word`) up to four words before
    it is dropped, so the 27 sentenced are not the dead of a killing told today."""
    kept: list[Hit] = []
    for h in trigs:
        if text.startswith("اعدام", h.start) and text[h.word_start:h.start] in ("ب", "بال") and \
                _VERDICT_BEFORE.search(text, max(0, h.word_start - 60), h.word_start) is not None:
            continue
        kept.append(h)
    return kept


def _any_remote(hits: list[Hit], lex: Lexicons) -> bool:
    """Is the cue of any of `hits` of the remote family? (A loop, not any() over a generator.)"""
    for x in hits:
        if lex.cues[x.payload].family == "remote":
            return True
    return False


def _segments(text: str, s: int, e: int, trigs: list[Hit], lex: Lexicons) -> list[tuple[int, int, list[Hit]]]:
    """Split a clause before a conjoined event verb ("... وقصفت ..."), keeping cues together."""
    segs: list[tuple[int, int, list[Hit]]] = []
    cur_s, cur = s, []
    for h in trigs:
        cue = lex.cues[h.payload]
        prefix = text[h.word_start:h.start]
        # (not a definite noun joined to the one before: "بالبراميل والألغام" is one weapon list;
        #  nor a noun with its adjective, "غارات جوية وقصف مدفعي على مدن X وY": one list of means)
        noun = text[h.word_start + 1:h.word_start + 3] == "ال" or (
            cue.family == "remote" and _any_remote(cur, lex)
            # (or the bare noun with its means after it, right after the first: "بغارات جوية وقصف
            #  بالمدفعية على X")
            and (" " in text[h.start:h.end] or (text.startswith(" بال", h.end) and h.word_start - cur[-1].end <= 8)))
        # (nor a bare noun of shooting right after a stronger event word, "هجمات انتحارية وإطلاق نار نفذها
        #  التنظيم في X": one attack and its means; split off, the suicide attacks lost the place)
        noun = noun or (prefix == "و" and bool(cur) and h.word_start - cur[-1].end <= 2
                        and text[h.start:h.end] in _JOINED_MEANS
                        and any(lex.cues[x.payload].strength > cue.strength for x in cur))
        if cur and (cue.event or cue.cue == "reply") and prefix[:1] in ("و", "ف") and not noun and \
                any(lex.cues[x.payload].event for x in cur):
            segs.append((cur_s, h.word_start, cur))
            cur_s, cur = h.word_start, []
        cur.append(h)
    segs.append((cur_s, e, cur))
    return segs


def _leading(ev: list, cues_here: list, text: str | None = None):
    """The sort key that picks the cue leading a clause: the strongest, with two exceptions.

    An event word right after بعد/عقب/إثر tells how the main event came about ("نهبوا المنازل
    بعد سيطرتهم عليها"), unless only a bare killing competes with it: "قتل طفل إثر انفجار
    لغم" is an explosion. An event word that names where war remnants came from ("من مخلفات
    قصف سابق") is not this clause's event at all: the next cue leads.
    """
    sub_ends = [d.end for d in cues_here if d.payload == "subordinate"]
    # "أعلن قائد عمليات تحرير الفلوجة تحرير المدينة": an event word in a commander's or a
    # command's title names the operation, not the clause's event
    title_ends = [d.end for d in cues_here if d.payload == "title"]
    # (and what a protest is against: "احتجاجاً على اعتقال شابين" is the protest's cause)
    remnant_ends = [d.end for d in cues_here if d.payload in ("remnant", "grievance")]
    # (and one told as hours or days before, "قتل الوالي بعد ساعات من اختطافه", when what competes
    #  is an event told here, not a definite noun pointing back: "ويأتي القصف بعد يومين من سيطرة
    #  الجيش على X" tells the take-over)
    prior_ends = [d.end for d in cues_here if d.payload == "prior"]
    if prior_ends and text is not None and all(
            text[h.word_start:h.start + 2].find("ال") >= 0 for h, _ in ev
            if not any(0 <= h.word_start - e0 <= 2 for e0 in prior_ends)):
        prior_ends = []

    # (loops over lists made once: asked of every event word of a clause, mostly of empty lists,
    #  where a generator costs about a thousand instructions to make)
    before_ends = remnant_ends + prior_ends + title_ends
    # (and the definite retelling right before "تزامنت مع": "إن الغارات تزامنت مع مواجهات عنيفة في
    #  جبهة X" tells the clashes there; the strikes were told, and placed, before)
    along_starts = [d.start for d in cues_here if d.payload == "coincided"]

    def remnant(h) -> bool:
        for e0 in before_ends:
            if 0 <= h.word_start - e0 <= 2:
                return True
        for s0 in along_starts:
            if 0 <= s0 - h.end <= 2 and text is not None and "ال" in text[h.word_start:h.start + 2]:
                return True
        # (the same told verb first: "وتزامنت الاشتباكات مع قصف قوات النظام أحياء درعا البلد" tells
        #  the shelling; the clashes were told before; quality q76-syria-c)
        if text is not None and text.startswith(" مع ", h.end) and "ال" in text[h.word_start:h.start + 2] \
                and _COINCIDED_VERB.search(text, max(0, h.word_start - 10), h.word_start) is not None:
            return True
        return False

    def subordinate(h) -> bool:
        for e0 in sub_ends:
            if 0 <= h.word_start - e0 <= 1:
                return True
        return False

    main_strong = False
    for h, c in ev:   # (a loop, not any() over a generator)
        if not subordinate(h) and not remnant(h) and c.strength > 3:
            main_strong = True
            break

    def aim(h, c) -> bool:
        # "شن الجيش هجوماً واسعاً لاستعادة مناطق": a take-over with ل is the aim of the attack
        # told with it (below, no event of its own), not the clause's event
        if text is None or c.cue not in _CONTROL_CUES:
            return False
        prefix = text[h.word_start:h.start]
        return prefix.endswith("ل") or prefix in ("لل", "ول", "فل")

    # (and a past perfect told after the clause's first event word, "ذبح التنظيم 21 مسيحياً كان قد
    #  اختطفهم": what had been done to the victims before, not the clause's event)
    first_event = min([h.start for h, _ in ev])   # (a list: cheaper than a generator)

    def told_before(h) -> bool:
        if text is None or h.start <= first_event:
            return False
        lo = h.word_start - 14 if h.word_start - 14 > first_event else first_event
        # (only a window that holds a past perfect's last word, "قد", is searched)
        return any_in(_PAST_PERFECT_NEEDLES, text, lo, h.word_start) \
            and _PAST_PERFECT_BEFORE.search(text, lo, h.word_start) is not None

    acted = False
    for h, c in ev:
        # (launched: the accusative "هجوماً" of "شن هجوماً"; not "ويقترب هجوم قوات حفتر للسيطرة
        #  على طرابلس من إنهاء عامه الأول", a campaign named by its aim)
        if c.cue in _FIGHT_CUES and text is not None and text.endswith("ا", h.word_start, h.word_end):
            acted = True
            break

    def held(h, c) -> bool:
        # "قتل طفلان بقذائف أطلقت من مناطق يسيطر عليها التنظيم": who holds the areas the fire came
        # from, no take-over of the clause (round q89-left-actors)
        if text is None or c.cue not in _CONTROL_CUES or len(ev) < 2:
            return False
        prefix = text[h.word_start:h.start]
        if not (prefix[-1:] in ("ي", "ت") or text.startswith("سيطره", h.word_start)):
            return False
        return _HELD_AREA_BEFORE.search(text, max(0, h.word_start - 12), h.word_start) is not None

    def key(hc):
        h, c = hc
        penalty = 10 if remnant(h) else 5 if subordinate(h) and main_strong else 0
        if held(h, c):
            penalty = 10
        if (acted and aim(h, c)) or told_before(h):
            penalty = 10
        return (c.strength - penalty, -h.start)
    return key


def _in_mixed_toll(m: DocMentions, h: Hit) -> bool:
    """Is the killing word part of a toll of dead and wounded together ("سقط عدد من أفراد الألوية بين
    قتيل وجريح")? It counts the casualties of an event told, and is no killing of its own (unless
    civilians are counted: the killing then says whom the event hit)."""
    for c in m.casualties.within(h.start - 8, h.end + 24):
        if c.payload.kind == "mixed" and c.start <= h.start and h.end <= c.end:
            return True
    return False


def _carried(text: str, a: int, ev: list, carry: str | None, m: DocMentions) -> str | None:
    """The casualty kind the clause at `a` counts for want of its own word: the one the clause
    before counted, unless it tells an event of its own ("واختطفوا مئات النساء"); a weak means of
    killing after a person joined by و ("، وطفل برصاص طائش في X") is how that one died too."""
    if carry is None or not ev:
        return carry
    if text.startswith("و", a) and all(c.strength <= 4 for _, c in ev):
        for p in m.persons.within(a, a + 12):
            return carry if p.word_start == a else None
    return None


_ROUNDUP_HEAD = frozenset(words("member_list"))


def _after_roundup_head(text: str, before: Clause) -> bool:
    """Is the clause before only a roundup's list head ("وهم:"، "وهم كالتالي:") ending at a colon?"""
    head = text[before.start:before.end].rstrip()
    return head.endswith(":") and head.rstrip(": ").strip(" ,،") in _ROUNDUP_HEAD


#: "خلال الأسبوع الماضي قتل 40 شخصاً في ...": a period told before a bare toll opens a tally of it, as it does
#: told after one (round q88-probe-roundup)
_PERIOD_TALLY = re.compile(r"خلال\s+(?:ال)?(?:اسبوع|شهر)")
#: "مقتل 27 مدنياً خلال الأسبوع الماضي في إدلب جراء قصف قوات النظام": the week's toll told with its cause
#: after the period is a tally of that cause, no one day's event
#: "اعتقلت قوات الاحتلال 95 مواطناً خلال الأسبوع الماضي": a period's count of people held (10-999, in
#: figures) in the arrest's clause makes it that period's tally
_MANY_HELD = re.compile(r"(?<![\d.,/])[1-9]\d{1,2}(?![\d.,/])")
_TALLY_CAUSE = re.compile(r"(?:^|\s)(?:جراء|بسبب|نتيجه|بفعل)\s*$")
#: "ارتفعت حصيله ضحايا الغارات على القطاع خلال الايام الماضيه الي 800": several days' (or weeks') count after the
#: event word, the toll of them all (q89-left-false)
_DAYS_TALLY = re.compile(r"خلال\s+(?:ال)?(?:ايام|يومين|اسابيع|اشهر)")


def _tally_list_kind(text: str, prev: Sentence, kind: str | None, m: DocMentions) -> str | None:
    """The casualty kind the lines after sentence `prev` count when they are a tally's list: a head
    ending at a colon that tells a toll ("حصيلة اليوم الأحد:", "وثق المرصد مقتل 14 شخصاً، وهم:") opens
    one (killed, or injured when it only counts the wounded); a listed line keeps it; any other
    sentence closes it."""
    if text[prev.start:prev.end].rstrip().endswith(":"):
        if _SHARE_OUT.search(text, prev.start, prev.end) is not None:
            return None   # ("توزعوا على النحو التالي:": shared out only when the lines add up, `_share_out_tolls`)
        kinds = {h.payload.kind for h in m.casualties.within(prev.start, prev.end)}
        if kinds & {"killed", "victims"}:
            return "killed"
        if "injured" in kinds:
            return "injured"
        for d in m.discourse.within(prev.start, prev.end):
            if d.payload == "total":
                return "killed"
        return None if kind is None or not _list_line(text, prev.start) else kind
    return kind if _list_line(text, prev.start) else None


def _list_line(text: str, start: int) -> bool:
    """Does the sentence at `start` open a line of its own (a list's item)?"""
    return start == 0 or "\n" in text[max(0, start - 3):start]


def _list_item(text: str, line: int, a: int, m: DocMentions) -> bool:
    """Does the clause at `a` of a listed line start its count: right at the line's start, after a
    bullet, after a label ending at a colon ("محافظة إدلب: 5 مدنيين"), or joined by و to the count
    before it ("، ومواطنة في قصف على كفرنبل")?"""
    lead = text[line:a].rstrip()
    if lead and not lead.endswith((":", "-", "•", "*", "،", ",")):
        return False
    first = None
    for h in m.quantities.within(a, a + 12):
        first = h.start
        break
    for p in m.persons.within(a, a + 12):
        first = p.word_start if first is None else min(first, p.word_start)
        break
    if first is None:
        return False
    gap = text[a:first].strip(" -•*")
    return gap in ("", "و") or (gap.endswith(":") and len(gap.split()) <= 4)


def _aim_before(text: str, h: Hit, m: DocMentions) -> bool:
    """Is the territory word at `h`, joined by و, the second of an aim told with ل ("للسيطرة على أبين
    وطرد قوات الحزب": the same ل governs both), with no clause break between?"""
    for g in m.triggers.within(max(0, h.word_start - 60), h.word_start):
        pre = text[g.word_start:g.start]
        if g.payload in ("takeover", "regain", "advance") and pre.endswith("ل") and not pre.endswith("ال") \
                and not any(c in text[g.end:h.word_start] for c in ",.،؛:"):
            return True
    return False


def _civilians_driven_out(text: str, h: Hit, m: DocMentions) -> bool:
    """Are civilians the object right after a verb of driving out or freeing ("طردوا العائلات من
    منازلهم", "طرد السكان")? Then no place changed hands."""
    for r in m.actors.within(h.word_end, h.word_end + 24):
        return r.payload.klass == "civilian" and not text[h.word_end:r.start].strip(" ال")
    return False


def _civilians_in(m: DocMentions, a: int, b: int) -> bool:
    """Does [a, b) count civilians ("عشرات المدنيين سقطوا بين قتيل وجريح": a toll of its own kind)?"""
    for p in m.persons.within(a, b):
        if p.payload.civilian:
            return True
    return False


def _aircraft_in(m: DocMentions, a: int, b: int) -> bool:
    """Does [a, b) name an aircraft ("نفذت طائرات مسيرة تابعة لحكومة الوحدة،"): a subject like a force's name?"""
    for w in m.weapons.within(a, b):
        if w.payload[1] == "air":
            return True
    return False


def _only_replies(cues: list) -> bool:
    """Are all the clause's cues a reply ("وردت مصر،"), which tells no event by itself?"""
    for _, c in cues:
        if c.cue != "reply":
            return False
    return True


#: a past perfect right before an event word ("كانوا قد اعتقلوهم")
_PAST_PERFECT_BEFORE = re.compile(rf"(?:^|\s)[و]?(?:{alternation('past_perfect')})\s+$")
_PAST_PERFECT_NEEDLES = last_token_needles(words("past_perfect"))
#: the cues of a change of control, whose word after ل is an aim ("للسيطرة على", "لاستعادة")
_CONTROL_CUES = ("takeover", "regain", "advance")
#: the cues of a ground fight or attack launched for such an aim
_FIGHT_CUES = ("attack", "clash")


#: a sentence that opens with a verb of repelling ("صد الجيش ..."، "تصدت القوات ...")
_REPEL_OPENS = re.compile(rf"\s*[وف]?(?:{alternation('repel_verb')})(?![\u0621-\u064a])")


#: what joins two members of a list of places: "و", past the first one's countryside ("حمص وريفها وإدلب")
_LIST_JOIN = re.compile(r"\s*[،,]?\s*(?:و?ريف(?:ها|ه)\s*[،,]?\s*)?و\s*")


#: a person's title, given and family names: up to four words with no digit, punctuation or function word
_NAMES_BEFORE_FROM = re.compile(rf"(?: (?!(?:{alternation('not_a_given_name')})(?= ))[^\s\d.,،:؛()«»\"]{{2,}}){{0,4}}$")


#: "من أهالي" / "من سكان" right before a place (its type word may stand between): the people of that place
_PEOPLE_OF = re.compile(r"(?:^|\s)من\s+(?:اهالي|سكان)\s+(?:[^\s]+\s+)?$")


def _person_from(text: str, at: int, mentions: DocMentions) -> bool:
    """Does a person noun ("الشاب"، "الشهيد"، "مدني") stand before `at`, past at most four names?"""
    if text.endswith(" من ابناء", 0, at + 10):
        at -= 6   # (at stands before "ابناء"; the names end before "من")
    for h in mentions.persons.within(max(0, at - 48), at):
        if _NAMES_BEFORE_FROM.fullmatch(text, h.end, at) is not None:
            return True
    for h in mentions.casualties.within(max(0, at - 48), at):
        # (a martyr's noun: "الشهيد المجاهد علي حسن برجي من بلدة الغازية")
        if h.payload.role == "noun" and _NAMES_BEFORE_FROM.fullmatch(text, h.end, at) is not None:
            return True
    return False


#: the entry verb's subject (forces, up to four words) and a city or town told by its type word
_ENTERED_TOWN = re.compile(r"(?:\s+\S+){1,4}?\s+(?:مدينه|بلده|العاصمه)\s")
_ENTRY_VERBS = frozenset(words("entry_verb"))
#: who enters without taking: a patrol, a convoy, a delegation, aid, a committee ("دخلت دورية روسية بلدة X";
#: grammar_words `non_force_entrant`)
_NOT_A_FORCE_ENTERING = re.compile(rf"(?:^|\s)(?:ال)?(?:{alternation('non_force_entrant')})(?=\s)")


def _entered_a_town(text: str, cues, b: int):
    """The hit of an entry verb ("دخلت قوات X مدينة Y") whose object is a city or town, or None."""
    for h, c in cues:
        if c.cue == "advance" and text[h.word_start:h.word_end].lstrip("و") in _ENTRY_VERBS \
                and (mo := _ENTERED_TOWN.match(text, h.word_end, b)) is not None \
                and _NOT_A_FORCE_ENTERING.search(mo.group(0)) is None:
            return h
    return None


def build_frames(text: str, sents: list[Sentence], m: DocMentions, places: list[PlaceSpan],
                 lex: Lexicons) -> list[Frame]:
    # a place the attack came from ("قوات النظام المتمركزة في مدينة حلفايا") is not where it hit
    origin = lex.role_words.get("origin")
    # "بيروت (أ ف ب) - ...": the agency's dateline says where the news was filed, not where it happened
    dateline = _agency_dateline(text)
    # "مودية - عدن الغد: ...": a place word inside an outlet's name is no place of the report; a
    # place that is the whole label ("الحديدة - الساحل الغربي: ...") still is (quality-62)
    outlet = _dateline_outlet(text)
    if outlet is not None:
        label = text[outlet[0]:outlet[1]].strip().rstrip(":").strip()
        outlet = outlet if any(outlet[0] <= p.start and p.end <= outlet[1] and text[p.start:p.end] != label
                               for p in places) else None
    # (a correspondent's base needs a reporter noun before it: in a report without one, which
    #  one substring test per noun tells, no place is searched for it)
    reporter = any_in(_REPORTER_NOUNS, text)
    civic = any_in(_CIVIC_NEEDLES, text)   # (most reports name no syndicate, league or tribe: q93-probe-civic)
    network = has(text, " 24")   # ("السويداء 24": one substring test tells a report without such a name)
    pretext = any_in(_PRETEXT_WORDS, text)
    plural_type_at_end, plural_type_words = _plural_type_at_end(lex)

    def from_origin(p: PlaceSpan) -> bool:
        if origin is None:
            return False
        before = text[p.start - 40 if p.start > 40 else 0:p.start]   # (not max(): a slow builtin call)
        # (a type word may stand between, "مهجرين من بلدتي الفوعة وكفريا", or the head of a name
        #  the gazetteer knows without it: "القوات المتمركزة في تل الخضر")
        stripped = before.rstrip()
        head = stripped.rsplit(" ", 1)
        if "اتجاه" in before and _FROM_DIRECTION.search(before):
            return True
        if "طلق" in before and _LAUNCHED_FROM.search(before):
            return True
        if "تمركز" in before and _STATIONED_BY.search(before):
            return True
        if "مواقع" in text[p.start - 90 if p.start > 90 else 0:p.start] and _fired_from_posts(p):
            return True
        if "مصدر" in before and _SOURCED_AT.search(before):
            return True   # "قصف صاروخي مصدره مواقع قوات النظام في حي X": where it came from (probe q86-probe3)
        if "لج" in before and _BODY_MEMBERS_BEFORE.search(before):
            return False
        if civic and any_in(_CIVIC_NEEDLES, before) and _civic_seat(p, before):
            return True
        if ("مديري" in before or "مكتب" in before) and _civic_seat(p, before, _OFFICE_SEAT):
            return True   # "أعلنت مديرية صحة تعز مقتل رجل ... في مديرية المعافر": the office's town (q95-probe-services)
        if "تابع" in before and _affiliation(p, before):
            return True
        if before.endswith(" من ") and _person_from(text, p.start - 4, m) and any(
                q.start > p.end and q.start - p.end <= 100 and "." not in text[p.end:q.start]
                and " في " in text[p.end:q.start] and " الي " not in text[p.end:q.start]
                and not q.is_container for q in places):
            # "قتل الشاب محمد العلي من بلدة داعل برصاص مجهولين في مدينة درعا": the town a person
            # named is from, when the clause says where it happened after it (lead, stop 24; "اعتقلت
            # القوات شابين من بلدة طفس" took them there, and "... واقتادوهم إلى سجن في مدينة ذمار" is
            # where they were taken)
            return True
        if "اهالي" in before or "سكان" in before:
            if _PEOPLE_OF.search(before) and any(
                    q.start > p.end and q.start - p.end <= 80 and "." not in text[p.end:q.start]
                    and " في " in text[p.end:q.start] and not q.is_container and q is not p.ref
                    for q in places):
                # "أعدم التنظيم شاباً من أهالي قرية الشحيل في بلدة ذيبان"، "نظم العشرات من أهالي المدينة
                # وقفة في ميدان الشهداء": the people's home, when the clause says where it happened
                # after it (told alone, "قتل ثلاثة من أهالي بلدة X بقصف", it is where; probe q86-probe3)
                return True
        return origin.search(before) or (stripped.endswith(plural_type_words)
                                          and origin.search(_without_plural_end(before, stripped, plural_type_words))) or (
            len(head) == 2 and head[1] in lex.name_heads and origin.search(head[0] + " "))

    def _civic_seat(p: PlaceSpan, before: str, seat_re: re.Pattern[str] = _CIVIC_SEAT) -> bool:
        # "أعلنت قبيلة آل عواض في البيضاء النفير بعد مقتل اثنين من أبنائها في كمين في مديرية ردمان": the seat of
        # the body that speaks, told before any event word of its sentence, is not where it happened when
        # another place follows in the report (q93-probe-civic)
        seat = seat_re.search(before)
        if seat is None:
            return False
        lo = max(text.rfind(c, 0, p.start) for c in ".\n؟!") + 1
        if (m.triggers.within(lo, p.start) or m.casualties.within(lo, p.start)) \
                and not (seat_re is _OFFICE_SEAT and _OFFICE_SOURCE.search(before)):
            return False
        return any(q.start > p.end and q is not p and not q.anaphor and q.ref is not p for q in places)

    def _fired_from_posts(p: PlaceSpan) -> bool:
        lo = p.start - 90 if p.start > 90 else 0
        if text.find("مواقع", lo, p.start) < 0:
            return False
        mo = _FROM_POSTS.search(text, lo, p.start)
        if mo is None:
            return False
        # (a fire cue up to 100 characters before "من مواقع", in the same clause)
        at = mo.start()
        for h in m.triggers.within(at - 100 if at > 100 else 0, at):
            if h.payload in _FIRE_CUES and not any(c in text[h.end:at] for c in ".؟!\n"):
                return True
        return False

    def _affiliation(p: PlaceSpan, before: str) -> bool:
        # "كتائب القعقاع والصواعق التابعة للزنتان المسيطرة على المطار": a town a force belongs to is
        # whose force it is, not where it fought; "جبل متين التابع لناحية ديرلوك" (a place right
        # before "التابع") is the place that holds the one before it (places.py)
        belongs = _BELONGS_TO_END.search(before)
        if belongs is None:
            return False
        at = p.start - len(before) + belongs.start()
        lo = at - 40 if at > 40 else 0
        force = [h.end for h in m.actors.within(lo, at + 1)] + [
            f.end() for f in _FORCE_NOUN.finditer(text, lo, at + 1)]
        if not force:
            return False
        last = max(force)
        if m.place_words.within(last, at) or m.triggers.within(last, at):
            # ("بقصف مدفعي تركي استهدف منتجع برخ السياحي التابع لقضاء زاخو": an event word, or a
            #  place's type word, after the side: what belongs is what was hit)
            return False
        # (no place told between the force and "التابعة": "كتائب شهداء أم الأرانب التابعة لـ" names a
        #  place in the brigade's name; "كتيبة الفاروق", read as a base from its noun, is the force)
        return not any(last <= q.start and q.end <= at + 1 for q in places if q is not p)

    def fled_to(p: PlaceSpan) -> bool:
        # "بعد انسحاب قوات النظام باتجاه مدينة صوران", "فرت عناصره نحو X": where those who
        # withdrew or fled went (the verb next to "باتجاه" is a role word; here a subject stands
        # between them)
        lo = p.start - 30 if p.start > 30 else 0
        # (every match holds one of the words: a window without one is not searched, the
        #  pattern's leading (?:^|\s) being tried at each of its positions)
        if not any_in(_TOWARD_NEEDLES, text, lo, p.start):
            return False
        toward = _TOWARD_END.search(text, lo, p.start)
        return toward is not None and (any(
            h.payload == "withdraw" and 0 <= toward.start() - h.end <= 40
            for h in m.triggers.within(toward.start() - 60, toward.start()))
            # ("تقدمت القوات نحو مدينة الحديدة بعد سيطرتها على مديرية التحيتا": the place an advance heads
            #  for was not taken by the take-over its sentence tells; q94-leftmaps)
            or (any(h.payload == "advance" and 0 <= toward.start() - h.end <= 40
                    for h in m.triggers.within(toward.start() - 60, toward.start()))
                and _taken_in_sentence(p.start))
            # (people who fled, no side: "فر آلاف المدنيين سيراً على الأقدام نحو مدينة أدري" is
            #  where the fleeing went, not where the houses burned; quality q76)
            or _FLED.search(text, max(0, toward.start() - 50), toward.start()) is not None)

    def _taken_in_sentence(at: int) -> bool:
        # a take-over or a regain told in the sentence of `at`
        s = next((x for x in sents if x.start <= at < x.end), None)
        return s is not None and any(h.payload in ("takeover", "regain") for h in m.triggers.within(s.start, s.end))

    def fled_into(p: PlaceSpan) -> bool:
        # "نزح آلاف المدنيين من مدينة الفاشر إلى مخيم زمزم"، "وصلت 40 أسرة نازحة إلى مخيم الجفينة": where the
        # displaced went is no event place (probe round q95-probe-displace); "إلى" alone says nothing of it
        lo = p.start - 30 if p.start > 30 else 0
        if text.find("الي ", lo, p.start) < 0:
            return False
        to = _FLED_TO_END.search(text, lo, p.start)
        if to is None:
            return False
        fled = None
        for fled in _FLED.finditer(text, max(0, to.start() - 50), to.start() + 1):
            pass
        # (no event word between the flight and "إلى": "فروا بعد قصف أدى إلى ..." is the shelling's)
        return fled is not None and not m.triggers.within(fled.end(), to.start())

    def sheltered_in(p: PlaceSpan) -> bool:
        # "وهو نازح من حي الشجاعية يقيم في مدرسة تابعة للأونروا في دير البلح"، "وتقيم الآن في مخيم قرب سرمدا": a
        # displaced person's shelter, told in a clause of its own, is no event place (q95-probe-displace)
        lo = p.start - 60 if p.start > 60 else 0
        if not any_in(_RESIDES_NEEDLES, text, lo, p.start):
            return False
        mo = _RESIDES.search(text, lo, p.start)
        if mo is None or m.triggers.within(mo.start(), p.start):
            return False
        at = mo.start()
        return _FLED.search(text, max(0, at - 80), at + 1) is not None

    # (most reports tell no one going "toward" a place: one substring test per word tells)
    toward = any_in(_TOWARD_NEEDLES, text)
    # (most reports tell no one displaced: one substring test each)
    displaced = has(text, "نزح") or has(text, "نازح") or has(text, "فر") or has(text, "هرب")
    sheltered = displaced and any_in(_RESIDES_NEEDLES, text)
    origins = [p for p in places if from_origin(p) or (toward and fled_to(p))
               or (displaced and (fled_into(p) or (sheltered and sheltered_in(p))))]
    origin_ids = {id(p) for p in origins}
    if origins:
        # the places joined to one by a bare "و" are of the same list: "معظمهم في حمص وريفها وإدلب"
        # (a list without a type word has no group)
        for prev, p in zip(places, places[1:]):
            if id(prev) in origin_ids and _LIST_JOIN.fullmatch(text, prev.end, p.start):
                origin_ids.add(id(p))
    # the other members of a list told as where people came from came from there too
    origin_groups = {p.group for p in origins if p.group >= 0}

    def came_from(p: PlaceSpan) -> bool:
        return id(p) in origin_ids or (p.group >= 0 and p.group in origin_groups)

    # (a place that only located where people came from is where it happened: "حافلات تقل مهجرين
    #  من بلدتي الفوعة وكفريا في منطقة الراشدين")
    def located_origins(p: PlaceSpan) -> bool:
        return bool(p.children) and all(map(came_from, p.children)) and p.qualifier != "rural" \
            and p.kind not in ("governorate", "district", "region")

    # (a place named in a media body's name, "ومركز ادلب الإعلامي"، "قناة حلب اليوم", is the outlet the
    #  report cites; most reports name none: one substring test each)
    media = has(text, "علامي") or has(text, "خباري") or has(text, "قناه") or has(text, "تلفزيون") or has(text, "اذاعه") \
        or has(text, "صحيفه") or has(text, "شبكه")

    def in_media_name(p: PlaceSpan) -> bool:
        lo = p.start - 12 if p.start > 12 else 0
        # (the window, right-stripped, ends with a media body's word in every match: most do not)
        return _MEDIA_AFTER.match(text, p.end) is not None \
            or (text[lo:p.start].rstrip().endswith(_MEDIA_BODIES)
                and _MEDIA_BEFORE.search(text, lo, p.start) is not None)

    overflight = has(text, "حلق") or has(text, "تحليق")
    # (most reports tell no flights: one substring test says whether any place may be an airport's traffic)
    flights = has(text, "رحلات")
    flown = {id(p) for p in places if flights and flights_told_at(text, p.start)} if flights else set()

    def only_flights_inside(p: PlaceSpan) -> bool:
        # ("اشتباكات في طرابلس، وتم تحويل رحلات مطار معيتيقة إلى مطار مصراتة": the town that holds only an
        #  airport told for its flights is where the clash was)
        return bool(flown) and bool(p.children) and all(id(c) in flown for c in p.children) \
            and p.kind not in ("governorate", "district", "region")

    # (most reports tell no funeral: one substring test per word tells)
    funeral = has(text, "شيع") or has(text, "جناز") or has(text, "ودع")

    def funeral_place(p: PlaceSpan) -> bool:
        # "شيع الآلاف في مدينة دير البلح جثامين 12 شهيداً ارتقوا في قصف على مخيم المغازي"، "جنازة مهيبة في
        # مدينة صور لخمسة مسعفين استشهدوا بغارة على بلدة الناقورة": where the dead were buried, when the
        # sentence tells after it where they were killed; the funeral is no event (q90-probe-foreign).
        # "شيع أهالي بلدة X جثامين 4 شهداء قضوا في غارة على البلدة" is told at X (the anaphor is X's)
        if _FUNERAL_VERB.match(text, p.end + 1) and text[p.end:p.end + 1].isspace():
            # "جنين تشيع ضحايا الغارة على مخيمها": the town that buries, the funeral's subject, is the funeral's
            # place, no event's (a head line; rounds q91-headlines, q91-precision)
            return True
        lo = max(p.start - 80, _sentence_start(text, p.start))
        mo = None
        for mo in _FUNERAL_AT.finditer(text, lo, p.start):
            pass
        if mo is None:
            return False
        # (an event word between the funeral and the place names the event there: "تشييع ضحايا مجزرة حي
        #  الدرج")
        if any(h.payload != "kill" for h in m.triggers.within(mo.end(), p.start)):
            return False
        stop = _sentence_end(text, p.end)
        after = m.triggers.within(p.end, stop)
        if not after:
            return False
        first = after[0].end
        return any(first <= q.start and q.end <= stop and q is not p and q.ref is not p
                   and not q.is_container and (q.name != p.name or _other_place_of_name(q, p)) for q in places)

    event_places = [p for p in places if (not p.is_container or located_origins(p) or only_flights_inside(p))
                    and not (funeral and funeral_place(p))
                    and not (dateline is not None and dateline[0] <= p.start and p.end <= dateline[1])
                    and not (outlet is not None and outlet[0] <= p.start and p.end <= outlet[1])
                    and not came_from(p)
                    and not (media and in_media_name(p))
                    and not (network and _network_name(text, p))
                    and not (reporter and _reporter_base(text, p, places))
                    and not _source_hospital(text, p, places)
                    and not (pretext and _pretext_before(text, p.start))
                    and id(p) not in flown
                    and not (overflight and _flown_over(text, p.start))]
    frames: list[Frame] = []
    # an event word inside a place name (ساحة التحرير) is part of the name; so in a known name of
    # more than one word ("ميدان التحرير" in Cairo, a gazetteer name, not a type word and a name: q88-egypt2)
    named = Spans((p.name_start, p.name_end) for p in places
                  if p.from_cue or p.gazetteer_ids and " " in p.name)

    # places by start, for the range question asked of every clause (answers keep text order
    # of discovery, as the list itself)
    by_start = sorted(range(len(event_places)), key=[p.start for p in event_places].__getitem__)
    starts = [event_places[i].start for i in by_start]

    def places_in(s: int, e: int) -> list[PlaceSpan]:
        i = bisect_left(starts, s)
        j = bisect_left(starts, e, i)
        if i == j:
            return []
        # (a place that starts in the clause belongs to it, even one written across a dash that
        #  ends the clause: "على طريق حلب - دمشق الدولي")
        if j == i + 1:   # (one place: nothing to put back in order)
            return [event_places[by_start[i]]]
        return [event_places[k] for k in sorted(by_start[i:j])]

    plain = _PLAIN_DATELINE.match(text)
    plain_end = plain.end() if plain is not None else -1
    # "السويداء - السويداء 24: ...": the outlet named after the dateline is no place of the report
    outlet = _OUTLET.match(text, plain_end) if plain is not None else None
    outlet_end = outlet.end() if outlet is not None else -1
    if outlet is not None:
        label = text[plain_end:outlet_end].strip(" :")
        if any(text[p.start:p.end].strip() == label for p in places if plain_end <= p.start < outlet_end):
            outlet_end = -1   # ("صنعاء - الحديدة: ...": a label that is one place names where, quality-62)

    def by_dateline(f: Frame) -> bool:
        if plain is None:
            return False
        for p in f.places:   # (all places within the dateline; a loop: asked twice per frame)
            if p.end > plain_end:
                return False
        return True

    furniture = _furniture_lines(text, lex)
    # each clause's cues and discourse marks, found in one walk along each list: a call and a
    # bisection per clause and list cost ~2.5 k instructions, ~46 clauses a report
    windows = [(cl.start, cl.end) for sent in sents for cl in sent.clauses]
    trigs_of = m.triggers.per_window(windows)
    marks_of = m.discourse.per_window(windows)
    ci = -1   # the index in `windows` of the clause below
    list_kind: str | None = None   # the kind a tally's head counts, for the lines listed under it
    for si, sent in enumerate(sents):
        if si > 0 and (list_kind is not None or text[sents[si - 1].start:sents[si - 1].end].rstrip().endswith(":")):
            list_kind = _tally_list_kind(text, sents[si - 1], list_kind, m)
        listed = list_kind is not None and _list_line(text, sent.start)
        if furniture and any(a <= sent.start < b for a, b in furniture):
            ci += len(sent.clauses)
            continue  # "اقرأ أيضاً: ..." and other page furniture tell other stories
        sent_frames: list[Frame] = []
        pending: list[PlaceSpan] = []
        pending_spans: list[tuple[int, int]] = []   # the clauses those places were told in
        entered: list = []   # an entry told before any event of the sentence (cue hits)
        fronted: list[tuple[int, int]] = []
        # (the last frame the sentence told: it is only ever set to a frame just appended to
        #  `sent_frames`, so it is one of them; `current in sent_frames` compared frames field by
        #  field until it reached it)
        replies: list = []   # the cue of a reply told with a fronted subject ("وردت مصر، فجر الاثنين،")
        current: Frame | None = None
        carry: str | None = None  # the kind of casualty the previous clause counted
        toll_open: int | None = None   # a clause of the sentence that opened a toll with no figure yet
        result_cut: tuple[int, int] | None = None   # the clause a result verb cut off by a time leads to
        verb_cut: tuple[str, int] | None = None   # a casualty verb cut off by a time: its kind, and
                                                  # the index of the clause its object opens
        situation = False   # an earlier clause of the sentence told a campaign or a habit
        told_before = False   # an earlier clause told, with no event word, what had happened before
        cut_verb: Frame | None = None   # a frame whose verb the clause before ended on, then a time
        dropped_deed = False
        for k, cl in enumerate(sent.clauses):   # (k: the clause's index in its sentence)
            ci += 1
            trigs = trigs_of[ci]
            if dropped_deed and trigs and _RELATIVE_OPEN.match(text, cl.start, cl.end) is not None \
                    and all(h.payload in _CASUALTY_VERB_CUES for h in trigs):
                # "بالإعدام على 37 متهماً في قضية تفجير الكنيسة، التي قتل فيها 29 شخصاً": the relative clause
                # right after a deed charged tells that deed's dead, no killing of the day (q88-probe-transcript)
                trigs = []
                judged = True
                continue_deed = True
            else:
                continue_deed = False
            # (a trial's clause: a crime charged or a death sentence passed, its event word dropped; its
            #  dead are no toll of the day, its places no other event's)
            judged = continue_deed or (any(d.payload in ("charged", "aim") for d in marks_of[ci]) if marks_of[ci] else False)
            dropped_deed = continue_deed   # (an event word of the clause was dropped as a deed charged or aimed at)
            if trigs:
                # (loops, not list comprehensions, here and for the cues and events below: 3.11
                #  makes a function and a frame for each comprehension, ~27 clauses a report)
                kept = []
                for h in trigs:
                    if not named.contains(h.start, h.end) and not (
                            h.payload == "kill" and _in_mixed_toll(m, h) and not _civilians_in(m, cl.start, cl.end)) \
                            and not (h.payload in _HELD_CUES and _attempted(text, h)):
                        kept.append(h)
                trigs = kept
                if marks_of[ci] and len(trigs) > 0:
                    n_trigs = len(trigs)
                    trigs = _without_charged_crimes(text, trigs, marks_of[ci])
                    dropped_deed = len(trigs) < n_trigs
                if trigs and "اعدام" in text[cl.start:cl.end]:
                    n_trigs = len(trigs)
                    trigs = _without_death_sentences(text, trigs)
                    judged = judged or len(trigs) < n_trigs
                    dropped_deed = dropped_deed or len(trigs) < n_trigs
                if trigs and (frames or sent_frames):
                    trigs = _without_event_pointed_back_at(text, cl, trigs, True)
                if len(trigs) > 1:
                    trigs = _without_event_that_came_after(text, trigs)
                if len(trigs) > 1 and trigs[0].payload == "kill":
                    trigs = _without_abduction_before_killing(text, trigs)
            # (a clause with one cue or none is one segment)
            segments = _segments(text, cl.start, cl.end, trigs, lex) if len(trigs) > 1 \
                else [(cl.start, cl.end, trigs)]
            for a, b, seg_trigs in segments:
                # (the tests below are guarded by whether there is anything to test: most clauses
                #  have no cue or no discourse mark, and a generator costs ~1 k instructions)
                cues = []
                for h in seg_trigs:
                    cues.append((h, _RESOLVED_BY_OBJECT[h.payload](text, h, _past_a_time(sent, cl, b, m), m, lex)
                                 if h.payload in _RESOLVED_BY_OBJECT else lex.cues[h.payload]))
                # (asked three times below)
                marks = marks_of[ci] if a == cl.start and b == cl.end else m.discourse.within(a, b)
                # "الخاضعين لسيطرة النظام": a control that only says who holds the places is no
                # event of the clause; the clause then only names places for the event before it
                # (the status marks are looked at only for a take-over)
                ev = []
                for h, c in cues:
                    if c.event and not (c.cue == "takeover" and _status_before(h, marks)):
                        ev.append((h, c))
                if not ev and any(c is _NO_DROP for _, c in cues):
                    # "استشهد 6 في غارة على خان يونس، كما ألقى الطيران مناشير تطالب سكان القرارة وبني
                    # سهيلا بالإخلاء": the places the leaflets name were not struck; the clause adds
                    # nothing to the strike before it (q80-levant)
                    continue
                if not ev and any(c.cue == "advance" and _TOWARD_AFTER.match(text, h.end) for h, c in cues):
                    # "بسط الجيش سيطرته على حي X، وإنه يواصل التقدم نحو منطقة Y": the place an advance heads
                    # for was not taken; the clause adds nothing to the take-over before it (q86-probe1)
                    continue
                if ev and current is not None and current in sent_frames and marks and _claims_event(text, a, marks) and not (
                        # (not when the event just told named no place and this clause does: "قتل 14 شخصاً،
                        #  الأربعاء، في هجوم انتحاري تبناه داعش على مقر في حي X" places it; quality-71)
                        not current.places and places_in(a, b)):
                    # "قتل أربعة جنود بانفجار عبوة ...، في هجوم تبناه تنظيم القاعدة": the event just
                    # told, retold to name who claimed it, like "وتبناه تنظيم الدولة"
                    g = Frame(si, a, b, None, None, cues=[], spans=[(a, b)], sentences={si})
                    g.claim = True
                    sent_frames.append(g)
                    continue
                if not ev and cues and current is None and k == 0 and frames and frames[-1].cue_name == "protest" \
                        and si - 1 in frames[-1].sentences and not places_in(a, b) \
                        and any(c.cue == "repression" for _, c in cues) \
                        and not m.casualties.within(sent.start, sent.end) and not m.dates.within(sent.start, sent.end):
                    # "تظاهر آلاف في الخرطوم ... . وأطلقت قوات الأمن الغاز المسيل للدموع لتفريقهم": the
                    # sentence after a protest that tells only how forces dispersed it, with no place
                    # of its own, is that protest's intervention (its forces are the other side);
                    # not one with a toll or a day of its own ("ولقي أكثر من 250 حتفهم في تشرين الأول
                    # نتيجة إطلاق قوات الأمن قنابل الغاز"), which tells other days
                    last = frames[-1]
                    last.cues.extend((h, c) for h, c in cues if c.cue == "repression")
                    last.spans.append((a, b))
                    last.sentences.add(si)
                    continue
                if not ev and cues and current is None and any(c.cue == "repression" for _, c in cues) and any(
                        r.payload.klass == "protester" for r in m.actors.within(a, b)):
                    # "فرقت قوات الأمن المتظاهرين بالغاز المسيل للدموع": protesters dispersed are a
                    # protest, though no protest word tells it
                    ev = [(h, lex.cues["protest"]) for h, c in cues if c.cue == "repression"][:1]
                calm = None
                for _, c in cues:   # (a loop, not any() over a generator: asked of every clause with a cue)
                    if c.cue == "advance":
                        calm = WITHOUT_FIGHT.search(text, a, b)
                        break
                if calm is not None and places_in(a, b) and all(calm.start() <= h.start < calm.end() or c.cue == "withdraw"
                                                                for h, c in ev):
                    # "دخلت قوات النظام مدينة منبج بموجب اتفاق", "دون قتال": an entry with no fight
                    # into a place it names is control taken (the type is then a non-violent
                    # transfer); the fight it denies is no event (nor is the other side's withdrawal
                    # told after it: "دون قتال بعد انسحاب قوات حفتر منها"; lead, stop 24)
                    ev = [(h, lex.cues["takeover"]) for h, c in cues if c.cue == "advance"][:1]
                elif not ev and cues and places_in(a, b) and (entry := _entered_a_town(text, cues, b)) is not None:
                    # "دخلت قوات سوريا الديمقراطية مدينة الطبقة": forces that entered a city or town told by
                    # its type word took it (ACLED codes the entry as the change of control; a raid
                    # into a village or a quarter is not read so; lead, stop 24)
                    ev = [(entry, lex.cues["takeover"])]
                elif entered and ev and fronted and current is None and places_in(a, b):
                    # "دخلت قوات الجيش، الأحد، مدينة الطبقة من دون قتال": the same, with the entry
                    # and its subject cut off from the place by a fronted time
                    calm = WITHOUT_FIGHT.search(text, a, b)
                    if calm is not None and all(calm.start() <= h.start < calm.end() for h, _ in ev):
                        ev = [(entered[0][0], lex.cues["takeover"])]
                elif entered and not ev and fronted and current is None and places_in(a, b) \
                        and WITHOUT_FIGHT.search(text, a, b) is not None:
                    # (the same when "دون قتال" names no fight word at all: triggers.tsv's idiom rows;
                    #  probe round q85-probe8)
                    ev = [(entered[0][0], lex.cues["takeover"])]
                elif entered and ev and current is None and any(c.cue == "withdraw" for _, c in ev):
                    # "دخول مدينة ترهونة، بعد انسحاب مسلحي الكانيات منها دون قتال": the fight the
                    # withdrawal denies is no event word of the clause; its withdrawal makes the entry
                    # told before a change of control (below; quality-71)
                    calm = WITHOUT_FIGHT.search(text, a, b)
                    if calm is not None and all(c.cue == "withdraw" or calm.start() <= h.start < calm.end()
                                                for h, c in ev):
                        ev = [(h, c) for h, c in ev if c.cue == "withdraw"][:1]
                # (a clause with an event word of its own, "واختطفوا مئات النساء", counts for that
                # event, not the kind the clause before counted)
                if not ev and marks:
                    # (loops, not any() over generators: a generator costs ~2.5 k instructions more)
                    for d in marks:
                        if d.payload in ("cumulative", "habitual", "grave"):
                            situation = True
                            break
                    for d in marks:
                        if d.payload == "background":
                            told_before = True
                            break
                # (a clause that counts nobody is given the shared empty count, which only a
                #  new frame below must not keep)
                lo = a
                if toll_open is not None and text.startswith(_TO, a) and m.quantities.within(a, a + 16):
                    # "ارتفع عدد ضحايا المجزرة في سوق مدينة X، أمس الأحد، إلى 27 مدنياً": the figure
                    # cut off from its toll word by a time between commas
                    lo = toll_open
                if verb_cut is not None and not ev and k == verb_cut[1] and counts_anyone(m, a, b):
                    cas = clause_casualties(text, a, b, m, verb_cut[0], marks, object_of=True)
                elif listed and counts_anyone(m, a, b) and _list_item(text, sent.start, a, m):
                    # "حصيلة يوم الأحد:\nمحافظة إدلب: 5 مدنيين في قصف على بلدة X": a line listed under a
                    # tally's head counts the head's kind for want of its own word
                    cas = clause_casualties(text, a, b, m, list_kind, marks, object_of=True)
                elif carry is not None and k > 0 and a == cl.start and _after_roundup_head(text, sent.clauses[k - 1]) \
                        and counts_anyone(m, a, b):
                    # "وثق المرصد مقتل 6 أشخاص اليوم، وهم: عنصران من قوات النظام برصاص قناص في X":
                    # the first of a roundup's list counts the kind of its head's toll; the head's
                    # toll is the list's sum, no event of its own
                    cas = clause_casualties(text, a, b, m, carry, marks, object_of=True)
                    if current is not None and current.strength <= 3:
                        current.cumulative = True
                        current.casualties = Casualties()   # (not merged into the first item's)
                else:
                    # (the clause's marks are the ones of [a, b): a clause widened back to its toll word asks again)
                    cas = clause_casualties(text, lo, b, m, _carried(text, a, ev, carry, m),
                                            marks if lo == a else None) if counts_anyone(m, a, b) else NOBODY
                if toll_open is None and cas.killed is None and cas.injured is None and marks:
                    for d in marks:   # (a loop, not any() over a generator: ~3 k instructions less)
                        if d.payload == "total":
                            toll_open = a
                            break
                if cas.killed is not None:
                    carry = "killed"
                elif cas.injured is not None:
                    carry = "injured"
                elif ev and b == cl.end and _time_next(sent, cl, m) is not None:
                    # "قتل قناص حوثي، الأحد، امرأة في حي X": the verb's counted object is past
                    # the time between commas; the clause there counts the verb's kind
                    for h in m.casualties.within(a, b):
                        if h.payload.role == "verb" and h.payload.kind in ("killed", "injured"):
                            verb_cut = (h.payload.kind, k + 2)
                ps = places_in(a, b) if b > outlet_end else []
                if ps and dropped_deed and not trigs:
                    # "بينهم قيادي المطلوب في هجوم سوسة": the places of the deeds charged, in a clause
                    # left with no event word, are no other event's
                    charged_at = min((d.start for d in marks_of[ci] if d.payload in ("charged", "aim")), default=b)
                    ps = [p for p in ps if p.start < charged_at]
                if len(ps) > 1 and marks:
                    ps = _past_tellers_title(text, ps, marks, b)
                # (a loop, not any() over a generator: asked of every clause with a mark)
                result = False
                cut = ev[0][0].start if ev else b
                for d in marks:
                    if d.payload == "result" and d.start < cut:
                        result = True
                        break
                if result_cut == (si, k) and a == cl.start:
                    # "وكان قصف مدفعي قد أدى، الجمعة، إلى مقتل 39 مدنياً": the result verb cut off
                    # by a time between commas tells this clause's toll as the event's result
                    result = True
                if marks and b == cl.end and ev and _time_next(sent, cl, m) is not None:
                    last = max(ev, key=lambda hc: hc[0].start)[0]
                    for d in marks:
                        if d.payload == "result" and d.start > last.start and not text[d.end:b].strip(" ,،"):
                            result_cut = (si, k + 2)
                            break
                if ev and result and current is not None and (max([c.strength for _, c in ev]) <= 3 or (
                        # "غارات على مخازن الأسلحة، ما أدى إلى انفجارات ضخمة": explosions a strike
                        # set off are its effect, not a bombing of their own
                        current.cue is not None and current.cue.family == "remote"
                        and all(c.cue == "explosion" for _, c in ev))):
                    # "ما أسفر عن مقتل 12": the toll of the event just told, not a killing of its own
                    current.casualties.merge_max(cas)
                    current.spans.append((a, b))
                    current.cues.extend(cues)
                    if ps and (not current.places or (result_cut == (si, k)
                                                      and by_dateline(current))):
                        current.places = ps
                    elif ps:
                        _toll_at(current, ps, cas)
                    continue
                if ev and ps and cut_verb is not None and cut_verb is current and (
                        not current.places or by_dateline(current)):
                    # "اغتالت، مساء أمس، قيادياً في قسد بإطلاق النار عليه في بلدة X": the object
                    # and place of a verb cut off by a time between commas, not a new event (told
                    # by the stronger word: "قتل مدنيون، ليل السبت، في قصف على مدينة X" is shelling)
                    h, c = max(ev, key=lambda hc: hc[1].strength)
                    if c.strength > current.strength:
                        current.trigger = h
                        current.set_cue(c)
                    current.places = ps
                    current.spans.append((a, b))
                    current.cues.extend(cues)
                    current.casualties.merge_max(cas)
                    cut_verb = None
                    continue
                if not ev and not ps and current is not None and current.casualties.killed is not None \
                        and current.casualties.injured is None \
                        and (more := _joined_dead(text, a, b, m)) is not None:
                    # "قتل 18 عنصراً من قوات النظام، و11 من عناصر التنظيم، خلال هجوم ...": the dead of
                    # the other side, joined by و in a clause of their own, are more of the same toll
                    # (quality-q76)
                    current.casualties.killed = current.casualties.killed.add(more)
                    current.spans.append((a, b))
                    continue
                if ev and not ps and current is not None and current.places and current.cue is not None \
                        and current.cue.family in ("fight", "explosive", "killing") \
                        and _MEANS_PARTICIPLE.match(text, a) is not None:
                    # "شن التنظيم هجوماً على مواقع قسد في قرية X، مستخدماً سيارتين مفخختين يقودهما
                    # انتحاريان": the means of the attack just told, a suicide bombing when a bomber
                    # drove them (the stronger word leads), no event of its own (quality-q76)
                    h, c = max(ev, key=lambda hc: hc[1].strength)
                    if c.strength > current.strength:
                        current.trigger = h
                        current.set_cue(c)
                    current.spans.append((a, b))
                    current.cues.extend(cues)
                    current.casualties.merge_max(cas)
                    cut_verb = None
                    continue
                if ev and not ps and current is not None and _repelled(text, current, ev, marks):
                    # "قتل 7 من عناصر الحشد بهجوم شنه داعش ...، فيما تمكنت قوات الحشد من صد الهجوم":
                    # the defenders who repelled the attack just told fought in it: no event of its own
                    current.spans.append((a, b))
                    current.cues.extend(cues)
                    current.casualties.merge_max(cas)
                    cut_verb = None
                    continue
                if ev and not ps and current is not None and current.cue is not None \
                        and current.cue.family == "fight" and not m.actors.within(a, b) \
                        and _AMID.search(text, max(0, ev[0][0].word_start - 12), ev[0][0].word_start):
                    # "اشتباكات على محاور X وY، وسط قصف مكثف متبادل، ما أسفر عن مقتل 15": the shelling
                    # amid the fight, told with no place or side, is its circumstance; the toll told
                    # after it is the fight's (its words name no side of the fight: not its span)
                    current.casualties.merge_max(cas)
                    cut_verb = None
                    continue
                # (a clause with a cue, an event or a place is no time between commas: not asked)
                if cut_verb is not None and cut_verb is current and not ev and not ps and not cues \
                        and m.actors.within(a, b) and not m.dates.within(a, b):
                    # "اغتال مسلحون، ليل الأربعاء، قيادياً في مجلس X، بإطلاق النار عليه في بلدة Y": the
                    # verb's object (a side) between the time and the clause that places it
                    current.spans.append((a, b))
                else:
                    cut_verb = _cut_after_verb(text, current, a, b, m) \
                        if current is not None and not ev and not ps and not cues else None
                if ev and ps and current is not None and (not current.places or by_dateline(current)) and \
                        current.strength > 3 and marks and _all_subordinate(ev, marks):
                    # "سيطرت القوات، الاثنين، على مدينة كركوك بعد انسحاب البيشمركة": the object cut
                    # off by a fronted time places the event told before (or replaces the dateline
                    # it took for want of one); the event word after بعد only tells how it came about
                    current.places = ps
                    current.spans.append((a, b))
                    current.cues.extend(cues)
                    current.casualties.merge_max(cas)
                    continue
                if ev and ps and current is not None and current in sent_frames and current.places \
                        and current.cue is not None and current.cue.family == "remote" \
                        and current.casualties.killed is None and current.casualties.injured is None \
                        and cas.killed is not None and all(c.cue == "kill" for _, c in ev) \
                        and _opens_with(text, a, "حيث") and all(p.kind == "neighbourhood" and not p.gazetteer_ids for p in ps) \
                        and all(r.payload.klass == "civilian" for r in m.actors.within(a, b)):
                    # "تواصل القصف المدفعي على الفاشر، حيث قتل أمس ثمانية مدنيين في حي X": the dead
                    # of a "where" clause after a shelling of a town, in one of its quarters, are the
                    # shelling's toll there, coded at the town (a quarter the gazetteer knows, "حي
                    # الكلاسة" of Aleppo, is a place of its own), not a killing of their own by no one
                    # (fix round q80-fix-sudan); the day told with them is the shelling's (a
                    # shelling told as going on, "تواصل", is then the day's)
                    current.casualties.merge_max(cas)
                    current.spans.append((a, b))
                    current.cues.extend(cues)
                    current.habitual = False
                    continue
                if ev:
                    # "نهبوا المنازل بعد سيطرتهم عليها": an event word after بعد/عقب tells how the
                    # main event came about; it does not lead the clause
                    h, c = ev[0] if len(ev) == 1 else max(ev, key=_leading(ev, marks, text))
                    if c.family == "protest" and _SUMMONS.search(text, a, h.start) is not None:
                        continue   # "استدعت الخارجية السفير احتجاجاً على القصف": a diplomat summoned, no protest
                    # (positional up to its sentences, for speed: cues, places, casualties, spans)
                    f = Frame(si, a, b, h, c, cues, [], Casualties() if cas is NOBODY else cas,
                              fronted + [(a, b)], {si})
                    if entered and c.cue == "withdraw":
                        # "دخلت الفصائل مدينة عفرين، بعد انسحاب الوحدات منها": the entry told in
                        # the clause before, with its subject
                        f.cues = entered + f.cues
                        f.spans = pending_spans + f.spans
                    entered = []
                    if told_before and current is None and c.cue == "kill" and not m.dates.within(a, b):
                        # "وكانت القوات قد شنت في أيار الماضي حملة على مدينة X، قتل فيها 12 شخصاً": the
                        # dead of the earlier campaign told before, dated by it, not a killing today
                        f.background = True
                    if result and current is None and situation:
                        # "يشهد ريف إدلب منذ نهاية نيسان حملة عسكرية ..., أسفرت عن مقتل 300
                        # مدني": the toll of the campaign told before, not a day's killing
                        f.cumulative = True
                    fronted = []
                    if replies:
                        f.cues = replies + f.cues   # (the reply told with the fronted subject)
                        replies = []
                    if ps and len(pending) == 1 and len(pending_spans) == 1 and \
                            _FRONTED_IN.match(text, pending_spans[0][0]):
                        _place_in_fronted(ps, pending)
                    f.places = ps or pending
                    if not f.places and current is not None and current.places and (current.cue is None or current.cue.strength < c.strength) \
                            and _opens_with(text, a, "حيث"):
                        # "سقط معظم القتلى في مدينة بحري، حيث أطلقت القوات الرصاص على المحتجين": the
                        # حيث ("where") clause happened at the place of the bare toll told before it,
                        # which is no event of its own (quality-71)
                        f.places = list(current.places)
                        own = [p for p in f.places if not p.is_container]
                        if len(own) > 1 and own[-1].group >= 0:
                            # "تواصلت الاشتباكات في محيط المطار ومنطقة قصر بن غشير، حيث سقط صاروخ
                            # على منزل": "where" points to the place told last, not to every place
                            # of the list (probe q86-probe3)
                            f.places = [p for p in f.places if p is own[-1] or p.is_container]
                    if not ps and pending and result and c.strength <= 3 and pending_spans \
                            and pending_spans[0] not in f.spans:
                        # "أطلقت القوات صواريخ على مواقع للحشد في منطقة X، ما أسفر عن مقتل 16": the
                        # clause that placed the toll's killing also tells the weapon and who fired
                        f.spans = pending_spans + f.spans
                    elif not ps and pending and len(pending_spans) == 1 and pending_spans[0] not in f.spans \
                            and c.family == "fight" \
                            and _opens_sentence(text, sent, pending_spans[0][0]) \
                            and m.actors.within(*pending_spans[0]) and _REPEL_OPENS.match(text, pending_spans[0][0]):
                        # "صد الجيش في بابنوسة، الإثنين، هجوماً لقوات الدعم السريع": the side that repelled
                        # the attack is the subject of the sentence's opening clause, which also placed it
                        # (cut off by a time; quality-71)
                        f.spans = pending_spans + f.spans
                    if c.family == "protest" and ps and pending and any(
                            d.payload == "grievance" and d.start <= h.start and d.end > h.word_end for d in marks):
                        _protest_told_before(f, h, pending, pending_spans)
                    pending, pending_spans = [], []
                    if c.family == "protest":
                        _without_grievance(f, text, a, h, marks, m)
                    sent_frames.append(f)
                    current = f
                elif _is_eventful_casualties(cas) and not (judged and not trigs):
                    if current is not None and (current.casualties.killed is None and current.casualties.injured is None
                                                or not ps):
                        current.casualties.merge_max(cas)
                        current.spans.append((a, b))
                        if ps and (not current.places or (
                                # (the object past a time places the event the dateline placed)
                                verb_cut is not None and by_dateline(current))):
                            current.places = ps
                        elif ps:
                            _toll_at(current, ps, cas)
                        current.cues.extend(cues)
                    else:
                        # (positional: cues, places, casualties, spans, sentences)
                        f = Frame(si, a, b, None, None, cues, ps or pending, cas, [(a, b)], {si})
                        if not ps:
                            # "أطلقت الميليشيا صاروخاً على حي X، ما أدى لإصابة طفلين": the clause that
                            # placed the toll also tells the weapon and who fired
                            f.spans = pending_spans + f.spans
                        pending, pending_spans = [], []
                        sent_frames.append(f)
                        current = f
                else:
                    # (`cues and`: most clauses here have none, and any() over a generator costs ~1 k)
                    if current is None and ps and cues and any(c.cue == "advance" for _, c in cues):
                        entered = [(h, c) for h, c in cues if c.cue == "advance"]
                    elif current is None and not ps and cues and any(c.cue == "advance" for _, c in cues) and \
                            m.actors.within(a, b):
                        # "دخلت القوات التركية والفصائل، صباح الأحد، مدينة عفرين بعد انسحاب الوحدات":
                        # the entry and its subject, its place told after a fronted time
                        entered = [(h, c) for h, c in cues if c.cue == "advance"]
                        fronted.append((a, b))
                    # "بينما أطلقت الشرطة الغاز المسيل للدموع على المحتجين في مدينة X": a clause of
                    # another side's act with a place of its own (below) keeps its words (the tear gas
                    # is X's, not the protest told before; fix round q79-sudan)
                    if marks and not ps and current is not None and _has_payload(marks, "result") \
                            and _civilian_target_in(m, a, b) and not m.weapons.within(a, b):
                        # "قصفت القوات بلدة X، ما أدى إلى تضرر عدد من المنازل": a result clause of
                        # no event word tells what the event damaged, civilian homes or property
                        # (its target; q82-actors3); not one that names a weapon ("ما أدى إلى
                        # احتراق طائرة ركاب": the burnt plane is no aircraft that struck)
                        current.spans.append((a, b))
                    own_act = bool(ps) and current is not None and current.cue is not None \
                        and _own_subject(text, a, b, m)
                    if cues and current is not None and not own_act:
                        current.cues.extend(cues)
                        if current.has("withdraw") and any(c.cue == "advance" for _, c in cues):
                            # "انسحبت قوات X من المدينة، ودخلتها قوات Y": the entry makes the
                            # withdrawal a change of control (below), and its clause names who
                            # entered
                            current.spans.append((a, b))
                    if ps and cues and any(c.cue == "sound" for _, c in cues):
                        pass   # "وسمع دوي انفجارات في أحياء بحري": where explosions were heard is
                               # no place of the event told before (its cause is told by its own words)
                    elif ps and current is not None and _TELLERS_RELATIVE.match(text, a):
                        pass   # "بحسب وزارة الداخلية، التي أعلنت ... فرض حظر تجول في مدينتي X وY": what
                               # the teller announced, no places of the event told
                    elif ps and current is not None and _BEFORE_THAT.match(text, a) and not _BEFORE_SPREAD.match(text, a):
                        pass   # "قصفت أحياء المدينة ...، قبل أن تتدخل طائرات فرنسية وتدمر الآليات
                               # المتقدمة نحو المدينة": what happened next, no more places (nor
                               # aircraft) of the shelling
                    elif ps:
                        # a clause of places only, after an event clause, continues its list
                        # ("سيطرت على قرى X وY، وZ وW"); before any event it is fronted ("وفي
                        # بلدة X، سقط ...") and waits for the event that follows
                        if current is not None:
                            if own_act:
                                # "بينما ردت قوات الدعم السريع على مواقع الجيش في شمال أم درمان":
                                # another side's act of the same kind, not more places of the first
                                g = Frame(si, a, b, None, current.cue, cues=list(cues), spans=[(a, b)],
                                          sentences={si})
                                g.places = ps
                                sent_frames.append(g)
                                current = g
                            else:
                                # (the dateline it took for want of a place gives way: "عفرين - قصفت
                                #  الطائرات التركية، السبت، قرى جنديرس وراجو")
                                kept = [] if current.places and by_dateline(current) else current.places
                                current.places = kept + [p for p in ps if p not in kept]
                                current.spans.append((a, b))
                        elif not (marks and _has_payload(marks, "background")
                                  and _ANNIVERSARY.search(text, a, b)):
                            pending.extend(ps)
                            pending_spans.append((a, b))
                        # (but a fronted anniversary is no place of the event after it: "في الذكرى
                        #  الخامسة لسقوط الموصل بيد داعش، قتل جنديان بهجوم ...")
                    elif not cues and marks and (_accused_or_claimed(text, a, marks, current is None)
                                                  or _claims_deed(text, a, b, marks)):
                        # "واتهم ناشطون وحدات حماية الشعب بإطلاقها": the accused of the event told
                        # before, in a clause of no event of its own; so is the claimant of "وتبناه
                        # تنظيم الدولة" (the event as the claim's pronoun)
                        g = Frame(si, a, b, None, None, cues=[], spans=[(a, b)], sentences={si})
                        g.claim = True
                        sent_frames.append(g)
                    elif current is None and not cues and marks and fronted == [] and _fronted_before_time(
                            marks, sent, cl, m, lex, text):
                        # "نفت الوزارة، اليوم الخميس، الأنباء عن سقوط ضحايا جراء الغارات": the
                        # denial cut off by a time between commas still denies the clause after it;
                        # "أعلنت الفصائل، السبت، السيطرة على بلدة X": so the side announcing its deed
                        fronted.append((a, b))
                    elif current is None and (m.dates.within(a, b) or (
                            (not cues or _only_replies(cues)) and _opens_sentence(text, sent, a)
                            and (m.actors.within(a, b) or _aircraft_in(m, a, b))
                            and (not any(d.payload == "report" for d in marks)
                                 or _told_sorties(text, a, b, m)))):
                        # a fronted time ("وخلال الأشهر الماضية، تبدلت السيطرة ...") belongs to the
                        # event clause that follows; so does a subject the sentence opens with, cut
                        # off by a comma ("شن تنظيم "الدولة"، أمس، هجوماً على ..."; "وردت مصر، فجر
                        # الاثنين، بغارات"), but not who reports it ("أعلن الجيش الوطني، مقتل ...")
                        fronted.append((a, b))
                        replies.extend(cues)
        if not sent_frames:
            continue   # (a sentence that tells no event has nothing to settle below)
        if plain is not None and sent.start < plain_end:
            # "نيالا - قالت مصادر إن صاروخين سقطا على منزل بحي الوادي، ما أدى إلى مقتل 6": a frame
            # that also names a place of its own after the dateline happened there, not at both
            for f in sent_frames:
                if len(f.places) > 1 and not by_dateline(f) and f.places[0].end <= plain_end:
                    f.places = [p for p in f.places if p.end > plain_end]
        # weak frames without a place give their casualties to a placed frame of the same sentence
        # (a frame placed only by the report's plain dateline, "ريف دمشق - أفادت مصادر بسقوط
        #  مئات القتلى، ... جراء قصف بلدات X وY", is placed by the event it is the toll of)
        # (a sentence of one frame, most, has no other frame to give a toll to: no list made)
        placed = [f for f in sent_frames if f.places and not by_dateline(f)] if len(sent_frames) > 1 else ()
        for f in sent_frames:
            if not placed or (f.places and not by_dateline(f)) or f.claim:
                continue   # (a claim's clause, "وتبناه تنظيم الدولة", has no toll to give)
            if f.trigger is not None and _any_names_the_reason(m.discourse.within(f.start, f.trigger.start),
                                                               f.trigger.start):
                continue   # "... رداً على مقتل قائد فيلق القدس": the reason's dead are not the strike's
            # (or told by the definite noun of the fight before it: "فيما قتل 12 من عناصر التنظيم
            #  خلال الاشتباكات")
            back = f.trigger is not None and f.cue_name == "clash" and _is_eventful_casualties(f.casualties) \
                and "ال" in text[f.trigger.word_start:f.trigger.start + 2] and any(
                    p.cue is not None and p.cue.family == f.cue.family and p.start < f.start for p in placed)
            if f.strength <= 3 and _split_toll(text, f, placed, m):
                # "وثق المرصد مقتل 7 أشخاص، وهم: مدنيان قتلا بقصف على X، و3 عناصر قتلوا بهجوم في
                # Y": the day's total, split into members each told with its own event and toll,
                # is no one event's toll
                f.set_cue(None)
                f.trigger = None
                f.casualties = Casualties()
                f.spans = []
                continue
            if f.strength <= 3 or back:
                # (the nearest by the gap between the clauses, not between their starts: "صدت القوات
                #  هجوماً على قضاء حديثة ...، وقتلت 20 مسلحاً، فيما قصف الطيران منطقة X" is the
                #  repelled attack's toll, though the strike's clause starts nearer)
                target = min(placed, key=lambda p: f.start - p.end if p.end <= f.start
                             else p.start - f.end if p.start >= f.end else 0)
                if tolls_of_two_sides(m, target.casualties, f.casualties, text):
                    target.casualties.merge_sum(f.casualties)   # each side's dead of one fight
                else:
                    target.casualties.merge_max(f.casualties)
                target.spans.extend(f.spans)
                target.cues.extend(f.cues)
                f.set_cue(None)
                f.trigger = None
                f.casualties = Casualties()
                f.spans = []
        # "قتل 5 مدنيين جراء غارات جوية، استهدفت الأحياء في بلدة X": a weaker cue of the same
        # family right after a placeless strong one says where that event struck
        # (a sentence of one frame, most, has no pair: no slice and zip made)
        for f, g in zip(sent_frames, sent_frames[1:]) if len(sent_frames) > 1 else ():
            if (f.cue is not None and g.cue is not None and not f.places and g.places
                    and f.cue.family and g.cue.family == f.cue.family
                    and g.strength <= 4 < f.strength and not _is_eventful_casualties(g.casualties)
                    # ... and the clause opens with that cue: no "في حين"، "و" starting a new story
                    and g.trigger is not None and not text[g.start:g.trigger.word_start].strip(" ,،")
                    and text[g.trigger.word_start] not in "وف"):
                f.places = g.places
                f.spans.extend(g.spans)
                f.cues.extend(g.cues)
                g.set_cue(None)
                g.trigger = None
                g.spans = []
        # "قتل 9 مدنيين في بلدة X، جراء قصف مدفعي لقوات النظام": the cause told after a comma, with no
        # place of its own, is the event of the placed toll before it (as without the comma: its
        # actors were lost with the clause)
        for f, g in zip(sent_frames, sent_frames[1:]) if len(sent_frames) > 1 else ():
            if (g.cue is not None and g.cue.event and g.strength > 3 >= f.strength and f.places
                    and g.cue.family in _VIOLENT_CAUSE
                    and not g.places and not by_dateline(f) and not g.claim
                    and _is_eventful_casualties(f.casualties) and not _is_eventful_casualties(g.casualties)
                    and g.trigger is not None and (
                        text[g.start:g.trigger.word_start].strip(" ,،") in _COMMA_CAUSE
                        or (g.trigger.word_start == g.start and text[g.trigger.word_start:g.trigger.start] == "ب"))):
                f.trigger = g.trigger
                f.set_cue(g.cue)
                f.cues.extend(g.cues)
                f.spans.extend(g.spans)
                f.end = max(f.end, g.end)
                g.set_cue(None)
                g.trigger = None
                g.spans = []
        for f, g in zip(sent_frames, sent_frames[1:]) if len(sent_frames) > 1 else ():
            if not g.places and f.places and g.trigger is not None and g.cue is not None \
                    and g.cue.family in _PLACE_OBJECT_FAMILIES \
                    and text[g.trigger.end:g.trigger.word_end] in _OBJECT_PRONOUNS \
                    and text[g.start:g.trigger.word_start].strip(" ,،") in _CLAUSE_OPENERS:
                # (a verb that opens its clause: not a verbal noun with its pronoun after another
                #  verb, "ولا يزال الجيش يحاول استعادتها", an aim, no event)
                # "اعتادت قوات الاحتلال اقتحام مخيم جنين ...، وقد اقتحمته فجر اليوم": the verb's
                # object pronoun is the place just told (lead, stop 25)
                g.places = list(f.places)
        for f in sent_frames:   # (a loop, not extend() of a generator: once per sentence)
            if (f.cue is not None or f.claim or _is_eventful_casualties(f.casualties)) \
                    and not _refers_to_the_dead(text, f, m):
                frames.append(f)
    if origins:
        _protesters_town(frames, origins)
    for f in frames:
        _toll_at_named_again(f, text)
        _part_told_before_place(f, text)
        _toll_at_site(f, text)
    if has(text, "نهم") or has(text, "منهن"):
        _shares_told_by_event(text, frames)
    if has(text, "توزع"):
        _victims_spread_over(text, frames, sents, places)
    if has(text, ":\n") or has(text, ": \n"):
        _head_over_listed_places(text, frames, places)
    _mark_modalities(text, frames, m, lex)
    if _share_out_in(text) and _SHARE_OUT.search(text) is not None:
        # (the substring test first: the regex's look-behind is tried at every position of a
        #  report, most of which hold none of the words)
        _share_out_tolls(text, frames, m)
    for f in frames:
        if f.cue_name in ("advance", "withdraw", "storm") and (f.has("advance") or f.has("storm")) \
                and f.has("withdraw") and "takeover" in lex.cues:
            # "دخول مدينة ترهونة بعد انسحاب قوات حفتر منها", "اقتحم التنظيم قضاء سنجار بعد انسحاب
            # البيشمركة": an entry after the other side left is a change of control, by those who
            # entered (told as an advance or a storming, or led by the withdrawal, after بعد)
            f.set_cue(lex.cues["takeover"])
            f.trigger = next(h for h, c in f.cues if c.cue in ("advance", "storm"))
        if f.cue is not None and f.cue.family == "detention" and len(f.places) > 1:
            _drop_home_towns(f, text, m)
        if len(f.places) > 1 and f.trigger is not None and any_in(_CHARGE_NEEDLES, text, f.trigger.end, f.end):
            _drop_charged_places(f, text)
        if len(f.places) > 1 and f.trigger is not None:
            _drop_prior_places(f, text, m)
    if _HAS_CAUSE(text):
        # (the substring test first: most reports tell no incident a fight broke out after)
        frames = [f for f in frames if not (f.cue_name == "clash" and f.places and f.trigger is not None
                                            and _cause_places(f, text))]
    return frames


#: a cause word after a fight word and the incident the fight broke out after ("اندلعت المواجهات إثر
#: احتجاز ..."، "بعد يوم من مقتل ..."): the start of the incident's clause (`outbreak_cause`)
_OUTBREAK_CAUSE = re.compile(rf"(?:^|\s)و?(?:{alternation('cause_word')})\s+(?:\S+\s+من\s+)?"
                             rf"(?:{alternation('outbreak_cause')})(?=\s)")
#: where the fight's own places are told again after the incident ("قبل أن تتوسع إلى مناطق ...")
_OUTBREAK_SPREAD = re.compile(rf"(?:^|\s)(?:{alternation('outbreak_spread')})\s")


#: the words a bare place's item line may hold besides its place: a bullet, "و", a comma or full stop
_BARE_ITEM_REST = re.compile(r"[\s\u2022\u25aa\u25cf\u00b7*\-\u2013\u2014.,،؛]*(?:و\s*)?")


#: a tally's noun right before the event word of a list's head ("حصيلة القصف:"، "ضحايا الغارات حسب المناطق:")
_TALLY_OF_HEAD = re.compile(r"(?<!\S)[وف]?(?:حصيله|ضحايا|قتلي|شهداء|اصابات)\s+(?:\S+\s+){0,1}$")


def _head_over_listed_places(text: str, frames: list[Frame], places: list[PlaceSpan]) -> None:
    """A head line that tells an event with no place of its own and ends at a colon, then item lines
    that are each only a place ("قصف مدفعي لقوات النظام طال:\n- حي الشعار\n- حي الصاخور"): the
    head's event happened at each listed place (round q89-recall). The list ends at the first line
    that is no item of places."""
    for f in frames:
        if f.places or f.cue is None or not f.cue.event or f.trigger is None:
            continue
        le = text.find("\n", f.trigger.end)
        if le < 0 or not text[f.trigger.end:le].rstrip().endswith(":"):
            continue
        if any(g is not f and f.trigger.end <= g.start < le for g in frames):
            continue
        hs = text.rfind("\n", 0, f.start) + 1
        ps = text.rfind("\n", 0, max(hs - 1, 0)) + 1 if hs > 0 else hs
        # (a head that tells again an event placed on its line or the line before, "قصفت الطائرات أحياء
        #  حلب أمس. حصيلة القصف:", is that event's tally: its toll lines are that event's, `_listed_under_head`)
        retold = any(g is not f and g.cue is not None and g.places and ps <= g.start and g.end <= f.start
                     for g in frames)
        got: list[PlaceSpan] = []
        tolls: list[Frame] = []
        pos = le + 1
        while pos < len(text):
            ne = text.find("\n", pos)
            ne = len(text) if ne < 0 else ne
            line = text[pos:ne]
            if line.strip():
                on = [p for p in places if pos <= p.start and p.end <= ne]
                if not on:
                    break
                told = [g for g in frames if pos <= g.start < ne]
                if told:
                    # "اشتباكات بين الجيش والدعم السريع في عدة مناطق، حصيلة القتلى:\n- أم درمان: 6 قتلى":
                    # an item that only counts the dead at its place counts the head's event's
                    if len(told) == 1 and told[0].cue_name in ("kill", "casualties") and told[0].places \
                            and all(pos <= p.start and p.end <= ne for p in told[0].places) \
                            and ITEM_MARK.match(text, pos) is not None:
                        tolls.append(told[0])
                        pos = ne + 1
                        continue
                    break
                rest, at = [], pos
                for p in on:
                    rest.append(text[at:p.start])
                    at = p.end
                rest.append(text[at:ne])
                if not all(_BARE_ITEM_REST.fullmatch(r) for r in rest):
                    break
                got.extend(on)
            pos = ne + 1
        if got and not tolls:
            f.places = got
            f.spans = list(f.spans) + [(got[0].start, got[-1].end)]
        elif tolls and retold and _TALLY_OF_HEAD.search(text, hs, f.trigger.word_start) is not None:
            # "قصفت الطائرات الحربية أحياء حلب أمس. حصيلة القصف:\n- الفردوس: قتيلان": the head names the event
            # just told as what its lines count, no event of its own (its word may be another: قصف for غارات)
            f.cumulative = True
        elif tolls and not got and not retold:
            for g in tolls:
                g.set_cue(f.cue)
                g.trigger = f.trigger
                g.cues = list(f.cues) + g.cues
                g.spans = list(f.spans) + g.spans
                g.sentences |= f.sentences


def _cause_places(f: Frame, text: str) -> bool:
    """"واندلعت المواجهات إثر احتجاز قوة الردع آمر اللواء 444 في مطار معيتيقة"، "وتأتي هذه المواجهات بعد
    يوم من مقتل الككلي داخل معسكر التكبالي في منطقة صلاح الدين": the fight told again (a definite word)
    with the incident it broke out after; the places of the incident's clause are the incident's, not
    the fight's (unless the fight spread back to them: "قبل أن تتوسع إلى مناطق عين زارة"). The fight
    keeps the places told before the cause; when none is left, it is only the fight told before, and
    the frame goes (True) (q82-ground). An indefinite fight word ("اندلعت اشتباكات إثر مقتل شاب في
    بلدة X") tells a new fight, likeliest where the incident was: kept."""
    t = f.trigger
    last = max(p.start for p in f.places)
    if last < t.end or not _HAS_CAUSE(text[t.end:last]):
        return False
    if not (text.startswith("ال", t.word_start) or _DEMONSTRATIVE_BEFORE.search(text, max(0, t.word_start - 6),
                                                                               t.word_start)):
        return False
    cause = _OUTBREAK_CAUSE.search(text, t.end, last)
    if cause is None:
        return False
    spread = _OUTBREAK_SPREAD.search(text, cause.end(), last)
    stop = spread.start() if spread is not None else last + 1
    f.places = [p for p in f.places if not cause.start() <= p.start < stop]
    return not f.places


#: "هذه المواجهات": a demonstrative right before a fight word tells it again
_DEMONSTRATIVE_BEFORE = re.compile(r"(?:^|\s)(?:هذه|تلك)\s+$")


#: the cheap test before `_OUTBREAK_CAUSE`: one of its incident words
_HAS_CAUSE = occurs_any(words("outbreak_cause"))


#: the cues of a detention told before a death in custody ("بعد عام من اعتقاله")
_DETAIN_CUES = frozenset(("arrest", "abduct"))


def _drop_prior_places(f: Frame, text: str, m: DocMentions) -> None:
    """"قضى تحت التعذيب في سجن صيدنايا بعد عام من اعتقاله عند حاجز القطيفة"، "توفي في سجن ... بعد عشرة أيام من
    اعتقاله في بلدة الكرامة": the places told after an arrest or abduction word that a `prior` phrase ("بعد عام من")
    sets before the frame's own, past its event word, are that earlier detention's; the frame is at the places told before it (round
    q95-probe-detainee)."""
    for h in m.discourse.within(f.trigger.end, f.end):
        if h.payload != "prior" or not any(0 <= g.word_start - h.end <= 2 and g.payload in _DETAIN_CUES
                                           for g in m.triggers.within(h.end, h.end + 40)):
            continue   # (an arrest or an abduction told before: not "بعد ساعات من دخول القوات إلى حي X", a step
            #            of the same fight whose places go on telling it)
        kept = [p for p in f.places if p.start < h.start]
        if kept:
            # (and what was hit there is that event's too: "عند حاجز القطيفة" makes no fight of the death)
            f.places = kept
            f.spans = [(a, h.start) if a < h.start < b else (a, b) for a, b in f.spans]
        return


def _drop_charged_places(f: Frame, text: str) -> None:
    """"اعتقلت القوات ثلاثة أشخاص في ريف دمشق، متهمين بارتكاب انتهاكات في سجن صيدنايا"، "قتل 14 عنصراً في
    كمين في ريف طرطوس خلال محاولتهم اعتقال ضابط متهم بجرائم في سجن صيدنايا": the places told after what
    people are charged with (`charge_word`), past the event word, are the crime's; the event is at the places
    told before it (probe round q89-probe-digest)."""
    charge = _CHARGE.search(text, f.trigger.end, f.end)
    if charge is None:
        return
    kept = [p for p in f.places if p.start < charge.start()]
    if kept and len(kept) < len(f.places):
        f.places = kept


#: "شابين من بلدة X": "من" between the persons and the place
_FROM_BEFORE = re.compile(r"\s+و?من\s+$")


def _drop_home_towns(f: Frame, text: str, m: DocMentions) -> None:
    """"اعتقلت دورية شابين من بلدة المزيريب عند حاجز بلدة اليادودة": where the people arrested or
    taken come from ("persons من X") is not where it happened when the frame places it elsewhere."""
    homes = []
    for p in f.places:
        gap = _FROM_BEFORE.search(text, max(0, p.start - 8), p.start)
        if gap is not None and any(h.end >= gap.start() - 1
                                   for h in m.persons.within(max(0, gap.start() - 20), gap.start() + 1)):
            homes.append(p)
    if homes and len(homes) < len(f.places):
        f.places = [p for p in f.places if p not in homes]


def _protest_told_before(f: Frame, h: Hit, pending: list[PlaceSpan], pending_spans: list[tuple[int, int]]) -> None:
    """"قطع مئات المتظاهرين الطريق إلى ميناء أم قصر، احتجاجاً على قمع المتظاهرين في الناصرية": a
    protest word that is itself what the protest is against (`h`, "احتجاجاً على") names the act of
    the clause before, placed there; the places after it, with the cause's force and dead, are the
    cause's."""
    f.places = list(pending)
    f.spans = pending_spans + [(x, min(y, h.end)) for x, y in f.spans if x < h.end]
    f.end = f.cause_at = h.end
    f.cues = [(x, c) for x, c in f.cues if x.start <= h.start]
    f.casualties = Casualties()


def _without_grievance(f: Frame, text: str, a: int, h: Hit, marks: list[Hit], m: DocMentions) -> None:
    """"تظاهر المئات احتجاجاً على مقتل ثلاثة شبان برصاص قوات الأمن أمس": what a protest is against
    (`grievance`) is its cause, told with its own time, force and dead; the protest's frame ends
    where the cause begins."""
    cause = next((d.start for d in marks if d.start > h.start and (d.payload == "grievance" or (
        # (and the anniversary it is held on, the old event's dead none of the protest's: "خرج المئات
        #  إلى الساحة في الذكرى الثانية لمقتل الناشط"; q88-probe-transcript)
        d.payload == "background" and "ذكري" in text[d.start:d.end]))), None)
    if cause is None:
        # "، احتجاجاً على مقتل شاب": the protest word is the grievance's own word, and the cause
        # begins right after it (quality-62)
        cause = next((d.end for d in marks if d.payload == "grievance" and d.start <= h.start
                      and h.end <= d.end and d.end > h.end), None)
    if cause is None:
        return
    f.end = f.cause_at = cause
    f.spans[-1] = (a, cause)
    f.cues = [(x, c) for x, c in f.cues if x.start < cause]
    f.casualties = clause_casualties(text, a, cause, m, None)


def _protesters_town(frames: list[Frame], origins: list[PlaceSpan]) -> None:
    """"خرج العشرات من أبناء مدينة سلمية في مظاهرة": where protesters come from is where they
    protest when their clause places the protest nowhere else (the origin role is meant for the
    victim of an event elsewhere: "قتل شاب من أبناء بلدة X في قصف على Y")."""
    for f in frames:
        if f.places or f.cue is None or f.cue.family != "protest":
            continue
        f.places = [p for p in origins if not p.is_container and any(a <= p.start < b for a, b in f.spans)]


_NEWLINE = re.compile("\n")
@lru_cache(maxsize=4)
def _plural_type_at_end(lex: Lexicons) -> tuple[re.Pattern[str], tuple[str, ...]]:
    """A plural or dual type word of place_types.tsv ending the words before a list of places
    ("مهجرين من بلدتي "), with whatever clitics are glued to it; and the words themselves.

    (The pattern is anchored at the end, so `re` tries it at every position of the window;
    a window whose right-stripped text ends with none of the words cannot match, and
    `str.endswith` tells that in one call.)"""
    plural = sorted({normalize_key(pattern) for pattern, pw in lex.place_word_rows
                     if pw.role == "type" and pw.plural}, key=len, reverse=True)
    return re.compile(rf"\S*(?:{'|'.join(map(re.escape, plural))})\s*$"), tuple(plural)
def _without_plural_end(before: str, stripped: str, words: tuple[str, ...]) -> str:
    """`_plural_type_at_end(lex)[0].sub("", before)`, for a window whose right-stripped text
    (`stripped`) ends with one of the plural words (`words`, the pattern's alternation).

    A match ends the window (`\\s*$` takes the whitespace after the word), so its word ends
    the stripped text, and `\\S*` reaches back to the start of the run of non-space characters
    before that word; the earliest such start over the words that end it is where the leftmost
    match begins, and the one match is cut off. The regex tried `\\S*` and the alternation at
    every position of the 40 characters (~8 µs a window)."""
    n = len(stripped)
    cut = n
    for w in words:
        if stripped.endswith(w):
            i = n - len(w)
            while i > 0 and not before[i - 1].isspace():
                i -= 1
            if i < cut:
                cut = i
    return before[:cut]


#: "منذ اندلاعها في 15 أبريل": since the war or the fighting began on a day
_SINCE_START = re.compile(rf"منذ\s+(?:{alternation('onset_noun')})\S*\s+(?:في\s+)?$")
#: "بعد (أربعة) أشهر من المعارك" right before a cumulative mark: the fight that led to the event
_AFTER_PERIOD = re.compile(rf"(?:^|\s)و?(?:{alternation('cause_word')})\s+(?:\S+\s+)?$")
_AFTER_MORE_THAN = re.compile(
    rf"(?:^|\s)و?(?:{alternation('cause_word')})\s+(?:{alternation('more_than_word')})\s+من\s+(?:\S+\s+)?$")
#: "منذ" right before a time ("منذ 20 آذار"), or before its time of day (grammar_words `time_lead`: "منذ مساء
#: الأحد", "منذ فجر السبت"): the start of a stretch of days, not a day told (also read by extract/dating.py)
SINCE_BEFORE = re.compile(rf"(?<!\S)و?منذ\s+(?:(?:{alternation('time_lead')})\s+)?$")
def _other_place_of_name(q: PlaceSpan, p: PlaceSpan) -> bool:
    """Do `q` and `p`, of one name, denote different places, told by different type words ("شيع الآلاف في مدينة
    جنين جثامين ... قتلوا في غارة على مخيم جنين": the camp is not the town; round q91-headlines)?"""
    return q.kind is not None and p.kind is not None and q.kind != p.kind


#: a verb of burying the dead ("شيعت بلدة X أمس ضحايا ..."، grammar_words `funeral_verb`; q86-probe4)
_FUNERAL_VERB = re.compile(rf"(?<!\w)و?(?:{alternation('funeral_verb')})(?!\w)")
#: a funeral's verb or noun ("شيع أهالي بلدة X"، "جنازة مهيبة في مدينة X"; grammar_words `funeral_verb`,
#: `funeral_word`; q90-probe-foreign)
_FUNERAL_AT = re.compile(rf"(?<!\w)[وبل]?(?:ال)?(?:{alternation('funeral_verb')}|{alternation('funeral_word')})(?!\w)")
#: "فيما / بينما / في حين" after a comma: a clause of its own (grammar_words `contrast_lead`)
_CONTRAST_LEAD_AT = re.compile(rf",\s*و?(?:{alternation('contrast_lead')})\s")
#: "..., واليوم وحده وصل إلينا 30 جريحاً": a clause opened by the day itself after a running count's mark
#: (grammar_words `day_clause_lead`; round q90-probe-testimony)
_DAY_LEAD_AT = re.compile(rf",\s*و?(?:{alternation('day_clause_lead')})(?![\u0621-\u064a])")
#: a superlative of them right after "كان" ("وكان أكثرها دموية"، grammar_words `superlative_of_them`; q86-probe4)
_SUPERLATIVE_OF_THEM = re.compile(rf"\s+(?:{alternation('superlative_of_them')})(?!\w)")
#: a toll noun right after "كان(ت)" ("وكانت الحصيلة الأولى ستة قتلى"، grammar_words `toll_was_noun`; q92-fixcas)
_TOLL_WAS = re.compile(rf"\s+(?:{alternation('toll_was_noun')})(?!\w)")
#: a verb of fighting renewed ("وتجددت الاشتباكات"، grammar_words `renewal_verb`; q86-probe4)
_RENEWED = re.compile(rf"(?<!\w)و?(?:{alternation('renewal_verb')})(?!\w)")
#: a participle of a lasting state right before "منذ": the stretch is the state's (grammar_words.tsv)
#: a siege noun earlier in the clause of "منذ": "وسط حصار مطبق تفرضه على الغوطة الشرقية منذ"
_SIEGE_SINCE = re.compile(r"(?<!\S)[وب]?(?:ال)?حصار\S*\s+[^.,،\n]{0,50}$")
_STATE_SINCE = re.compile(rf"(?:^|\s)[وب]?(?:{alternation('state_since')})\s+$")
#: a relative pronoun and a present-tense verb, then up to eight words with no clause break, right before
#: "منذ": "قوات الدعم السريع التي تحاصر المدينة منذ"، "كتائب الزنتان التي تسيطر على المطار منذ" (q81-recall)
_RELATIVE_STATE_SINCE = re.compile(rf"(?<!\S)(?:{alternation('relative_pronoun')})\s+[تين][^\s.,،؛:]+(?:\s+[^\s.,،؛:]+){{0,8}}\s+$")


def _state_of_a_side(text: str, lo: int, hi: int, m: DocMentions) -> bool:
    """Is the "منذ" at `hi` inside a relative clause about a side named right before its pronoun
    ("وقوات الدعم السريع التي تحاصر المدينة منذ"): what the side has held or besieged since then, not
    the time of the clause's event? ("الاحتجاجات التي تشهدها المدينة منذ أشهر" tells of the events
    themselves: no side before the pronoun.)"""
    mo = _RELATIVE_STATE_SINCE.search(text, lo, hi)
    if mo is None:
        return False
    for a in m.actors.within(mo.start() - 60, mo.start()):
        if 0 <= mo.start() - a.end <= 2 and a.payload.klass not in ("civilian", "protester"):
            return True
    return False
#: after a denial, a speech verb joined by و (or "مؤكداً") whose own "أن/إن" clause holds the event:
#: "الجيش ينفي ويؤكد أن الطيران الحربي يقصف مواقع الدعم السريع" (q89-probe-live)
_ASSERT_AFTER_DENIAL = re.compile(
    rf"(?<!\w)(?:{alternation('denial_then_assert')})(?:\s+[^\s.،,:]+){{0,3}}?\s+ان(?!\w)")
_RESPONSIBILITY = re.compile(rf"(?<!\w)(?:و?)(?:{alternation('responsibility_noun')})(?!\w)")


#: a wire's credit in brackets ("(إعداد سامح الخطيب للنشرة العربية - تحرير علي خفاجي)"، "(تغطية صحفية X -
#: إعداد Y - تحرير Z)"): "تحرير" there is the editing, no liberation, and the names after it are people's
_CREDIT = re.compile(r"\((?:تغطيه\s+صحفيه|اعداد|شارك\s+في\s+التغطيه)\s[^()\n]{0,160}?"
                     r"(?:للنشره\s+العربيه|-\s*تحرير\s)[^()\n]{0,80}\)")


def _furniture_lines(text: str, lex: Lexicons) -> list[tuple[int, int]]:
    """Lines that are page furniture: they open with a boilerplate phrase (boilerplate.tsv),
    or they are a question (a teaser headline for another story); and a wire's credit in brackets
    (fix round q87-fix14p)."""
    out = [(mc.start(), mc.end()) for mc in _CREDIT.finditer(text)] if has(text, "(اعداد") or has(text, "(تغطيه") \
        or has(text, "(شارك") else []
    for h in lex.boilerplate.find(text):
        line_start = text.rfind("\n", 0, h.word_start) + 1
        if text[line_start:h.word_start].strip() == "":
            end = text.find("\n", h.end)
            end = len(text) if end < 0 else end
            if h.payload == "alone" and not _SHARE_REST.match(text, h.end, end):
                continue   # "شارك الآلاف في مظاهرة": "took part", the report's own line
            if h.payload == "block" or not text[h.end:end].strip(" \t:.-\u2013|"):
                # (a line phrase standing alone as a header, "اقرأ أيضاً:" over its list, is one
                #  too; quality q78-forms)
                # "الأكثر قراءة" / "مواضيع ذات صلة": the short lines after the header are other
                # stories' headlines, up to the first long line (the report goes on)
                while end < len(text):
                    nxt = text.find("\n", end + 1)
                    nxt = len(text) if nxt < 0 else nxt
                    if nxt - end > _HEADLINE_MAX:
                        break
                    end = nxt
            out.append((line_start, end))
    if "?" not in text:
        return out   # (no line is a question: one scan, not a walk over the ~40 lines of a report)
    starts = {0} | {m.end() for m in _NEWLINE.finditer(text)}
    for s in starts:
        end = text.find("\n", s)
        end = len(text) if end < 0 else end
        if text[s:end].rstrip().endswith("?") and end - s < 200 and not _TOLD_BEFORE_QUESTION.search(
                text, s, text.rindex("?", s, end)) and not _INTERVIEW_QUESTION.match(text, s):
            out.append((s, end))
    return out


#: an interviewer's question line ("س: ...؟", grammar_words `interview_question_label`): the answer below tells
#: what it asks about, it is no teaser headline (round q93-probe-press)
_INTERVIEW_QUESTION = re.compile(rf"\s*(?:{alternation('interview_question_label')})\s*:")


#: a question line that says something before its question is no teaser headline: a sentence ended before
#: it ("... مقتل خمسة. فهل يتحرك العالم؟") or a clause told before it, past a short label ("أدانت الوزارة
#: قصف المستشفى يوم السبت، وتساءلت: إلى متى يصمت العالم؟"; a teaser's label, "فيديو: هل ...؟", is no clause;
#: round q91-probe-forms)
_TOLD_BEFORE_QUESTION = re.compile(r"[^\n]{30}[,:]")


#: what may follow a sharing prompt on its line ("شارك"، "شارك:"، "شارك عبر فيسبوك"، "شارك هذا الخبر";
#: grammar_words `share_prompt_rest`)
_SHARE_REST = re.compile(rf"[\s:.\-\u2013|]*(?:$|(?:{alternation('share_prompt_rest')})(?!\w))")
#: a line longer than this after a section header of headlines is the report again
_HEADLINE_MAX = 160
_THAT = re.compile(r"(?:^|\s)(?:ب|و)?ان\s")


def _time_of_saying(text: str, d, t: int, m: DocMentions, any_kind: bool = False) -> bool:
    """"قال الدفاع المدني في وقت سابق إن انفجاراً وقع": an earlier time between a reporting verb
    and its "إن" dates the statement, not the event it reports (`any_kind`: a day too, "قالت
    يونيسف في بيان الخميس إن أطفالاً قتلوا ... مساء الثلاثاء", asked when the clause has another)."""
    if (d.kind != "background" and not any_kind) or d.end > t:
        return False
    for h in m.discourse.within(max(0, d.start - (90 if any_kind else 40)), d.start):
        if h.payload == "report" and not _THAT.search(text, h.end, d.start) and (
                _THAT.search(text, d.end, t) or any_kind and _TOLL_RISE.match(text, d.end, t)):
            # (or the toll it announces right after the day: "أعلنت الهيئة، اليوم الاثنين، ارتفاع حصيلة
            #  الغارات التي استهدفت مقراتها مساء أمس الأحد"، "أعلنت مصادر، اليوم، مقتل أربعة بغارة ...
            #  مساء أمس"; quality-76)
            return True
    return False


#: the "إلى"/"لـ" right before an event word that a call asks for ("إلى التظاهر"، "للتظاهر")
_CALLED_FOR = re.compile(r"(?:(?:^|\s)ال[يى]\s+(?:ال)?|(?:^|\s)[وف]?لل?)$")
#: "، ارتفاع حصيلة"، "، مقتل": the toll a statement announces right after its day, not the event's time
_TOLL_RISE = re.compile(r"(?:\s+ال\w+)?\s*[،,]?\s*(?:ارتفاع\s+(?:حصيل|عدد)|مقتل|اصابه|استشهاد)")


#: "وأفاد مراسل عنب بلدي في درعا": where a correspondent is based is no event place
#: (the first word of each reporter noun, which any match contains as written)
_HOSPITAL = tuple(words("hospital_noun"))
#: (each phrase's rarest word, which every match holds as written: without one in the report,
#:  or in the window before a place, `_PRETEXT` is not searched there)
_PRETEXT_WORDS = watched(fewest_needles(max(w.split(), key=len) for w in words("pretext_word")))
#: a place inside the reason a side gives, in the same clause: "بحجة حماية الدروز في السويداء"
_PRETEXT = re.compile(rf"(?:^|\s)(?:{alternation('pretext_word')})\s+(?:[^\s،,.]+\s+){{0,6}}(?:في\s+|ب)?$")


#: "ما وصفه" right after a verb or noun of striking: what was struck, as its striker named it
_STRUCK_DESCRIBED = re.compile(rf"(?:^|\s)[وف]?(?:{alternation('struck_lead')})\s+$")


#: an aircraft that flew over the places after "فوق" or "في أجواء" in its clause ("كما حلق الطيران الاستطلاعي فوق صور
#: والناقورة"، "وحلقت مسيرة معادية فوق بلدة الخيام"، "تحليق مكثف للطيران في أجواء X"; q86-probe1)
_FLOWN_OVER = re.compile(rf"(?:^|\s)[وف]?(?:{alternation('flight_verb')})[^.،,\n]{{0,60}}?\s(?:فوق|في\s+اجواء|في\s+سماء|فوق\s+اجواء)\s[^.،,\n]{{0,40}}$")


def _flown_over(text: str, at: int) -> bool:
    """Is the place at `at` one an aircraft only flew over, told in the clause of the flight? (no
    event there: the flight watched or passed)"""
    lo = at - 110 if at > 110 else 0
    # (every match holds a flight word and "فوق"/"اجواء"/"سماء": a window without both, most of those
    #  of a report that tells a flight somewhere, is not searched from each of its positions)
    if not any_in(_FLIGHT_NEEDLES, text, lo, at) or not any_in(_OVER_NEEDLES, text, lo, at):
        return False
    return _FLOWN_OVER.search(text[lo:at]) is not None


_FLIGHT_NEEDLES = last_token_needles(words("flight_verb"))
#: the words of `_FLOWN_OVER`'s `(?:فوق|في\s+اجواء|في\s+سماء|فوق\s+اجواء)`: change them with it
_OVER_NEEDLES = ("فوق", "اجواء", "سماء")


def _pretext_before(text: str, at: int) -> bool:
    """Does the reason a side gives end right before `at`, in the 60 characters before it?"""
    lo = at - 60 if at > 60 else 0
    if not any_in(_PRETEXT_WORDS, text, lo, at):
        return False
    m = _PRETEXT.search(text, lo, at)
    if m is None:
        return False
    # ("أعلن الحرس الثوري استهداف ما وصفه بمقر للموساد في أربيل": the words describe the target,
    #  and the place is where it was struck)
    said = m.start() + (1 if text[m.start()].isspace() else 0)
    return not (text.startswith("ما ", said)
                and _STRUCK_DESCRIBED.search(text, max(0, said - 24), said) is not None)


_REPORTER_NOUNS = watched(fewest_needles(w.split()[0] for w in words("reporter_noun")))
_REPORTER_BASE = re.compile(
    rf"(?:^|\s)[وف]?[بل]?(?:{alternation('reporter_noun')})\w{{0,3}}(?:[^\S\n]+\S+){{0,3}}[^\S\n]+(?:في[^\S\n]+(?:\S+[^\S\n]+)?|ب)$")
# (q86-probe1: within its line, and "ب" glued to the place itself: "مرجعيون - مراسلنا\nتعرضت أطراف بلدات كفرشوبا"
#  read "بلدات" as "ب" + a word and took كفرشوبا, the first town of the list, for the reporter's base)


#: the local news networks named by their town and "24" ("شبكة السويداء 24"، "بحسب دير الزور 24"): told after
#: a word of telling, the town is the network's name, no place of the event (quality q76-syria-c)
_NETWORK_24 = re.compile(r" 24(?![\d\w])")
_NETWORK_TELLER = re.compile(rf"(?:^|\s)(?:{alternation('network_teller')})\s+(?:\S+\s+)?$")


def _network_name(text: str, p: PlaceSpan) -> bool:
    return _NETWORK_24.match(text, p.end) is not None and \
        _NETWORK_TELLER.search(text, max(0, p.start - 24), p.start) is not None


def _reporter_base(text: str, p: PlaceSpan, places: list[PlaceSpan]) -> bool:
    """Is `p` where a correspondent is based, with the event placed elsewhere in what follows?
    ("وأشار مراسل عنب بلدي في درعا إلى أن عنصرين قتلا في قرية ريمة"); told alone ("أفاد مراسل
    الجزيرة في إدلب بمقتل ثلاثة مدنيين") it is the best place the report gives."""
    lo = p.start - 50 if p.start > 50 else 0
    if not any_in(_REPORTER_NOUNS, text, lo, p.start) or not _REPORTER_BASE.search(text, lo, p.start):
        return False   # (the regex is tried at every position of the window: asked only when it holds a noun)
    return any(q is not p and not q.is_container and p.end < q.start <= p.end + 200 for q in places)


#: a media adjective right after a place: the place is in an outlet's name ("مركز ادلب الاعلامي"; lead, stop 26)
_MEDIA_AFTER = re.compile(rf"\s+(?:{alternation('media_adjective')})(?!\w)")
#: ... or a channel, paper or network right before it: "قناة حلب اليوم"، "إذاعة صنعاء" (lead, stop 26)
_MEDIA_BEFORE = re.compile(rf"(?:^|\s)[وبل]?(?:ل)?(?:{alternation('media_body')})\s+$")
_MEDIA_BODIES = tuple(w.split()[-1] for w in words("media_body"))


#: a source who speaks from a hospital ("وفق مصدر بمستشفى الجلاء", "قال مصدر طبي في مستشفى X")
_SOURCE_AT = re.compile(rf"(?:^|\s)[وف]?[بل]?(?:{alternation('source_noun')})\w{{0,3}}(?:\s+\S+){{0,2}}\s+(?:في\s+|ب)$")


def _source_hospital(text: str, p: PlaceSpan, places: list[PlaceSpan]) -> bool:
    """Is `p` the hospital a source speaks from, with another place of the report for the event?
    (The wounded are taken to hospitals; where they were hit is told elsewhere.)"""
    # (asked once: ~30 places a report, each `startswith` call parsing its arguments anew; round q92-speed)
    at_hospital = text.startswith(_HOSPITAL, p.start)
    if at_hospital and _RECEIVED.match(text, p.end, min(len(text), p.end + 40)):
        # "أكدت اللجنة الدولية أن مستشفى الطلح المدعوم منها استقبل جثامين 29 طفلاً": the hospital that
        # received the dead or the wounded is where they were taken, not where they were hit (q76-yemen)
        return any(q is not p and not q.is_container for q in places)
    if at_hospital and (
            _HOSPITAL_SAID.search(text, max(0, p.start - 14), p.start)
            or (text.endswith("الي ", 0, p.start) and _TAKEN_TO.search(text, max(0, p.start - 70), p.start))):
        # "أفاد مستشفى الثورة بوصول جثث خمسة أشخاص"، "وصلت إلى مستشفى الكندي جثث 8 أشخاص": the hospital
        # that tells the toll, or where the dead and wounded were brought, not where they were hit (q85-probe5)
        return any(q is not p and not q.is_container for q in places)
    if (lo := p.start - 100 if p.start > 100 else 0) < p.start and text.find("الي", lo, p.start) >= 0 \
            and text.find("مستشف", lo, p.start) >= 0 and _TAKEN_TO_HOSPITAL.search(text, lo, p.start):
        # "نقلوا إلى مستشفى الحوادث أبوسليم ومستشفى طرابلس المركزي"، "نقلوا إلى مستشفى في حمص": the town
        # in (or after) the name of the hospital the wounded were taken to, and a hospital told
        # with it, are where they were brought, not where they were hit (q86-fix13)
        return any(q is not p and not q.is_container for q in places)
    if not at_hospital and text.find("طبي", max(0, p.start - 30), p.start) >= 0 \
            and _MEDICAL_SOURCE_IN.search(text, max(0, p.start - 40), p.start):
        # "وأفاد مصدر طبي في أجدابيا بمقتل ثلاثة من الثوار"، "وقالت مصادر طبية في الفاشر إن ...": the town a medical
        # source speaks from is where the dead and wounded were brought, with the fight told at another
        # place of the report (q87-fix15r)
        return any(q is not p and not q.is_container for q in places)
    if not at_hospital or not _SOURCE_AT.search(text, max(0, p.start - 40), p.start):
        # (nor the town that holds the hospital: "وقال مصدر طبي في مستشفى الرازي بجعار إن جثث ستة
        #  مقاتلين وصلت"; q76-yemen)
        # (every match holds the word "مستشف": a window without it is not searched, ~20 a report)
        lo = p.start - 80 if p.start > 80 else 0
        if text.find("مستشف", lo, p.start) < 0 or not _SOURCE_HOSPITAL_IN.search(text, lo, p.start):
            return False
    return any(q is not p and not q.is_container for q in places)


#: a hospital as the teller, right after a verb of telling ("أفاد مستشفى الثورة بوصول ...")
_HOSPITAL_SAID = re.compile(rf"(?:^|\s)[وف]?(?:{alternation('say_verb')})\s+$")
#: a verb of taking the dead or wounded a few words before "إلى" and the hospital
_TAKEN_TO = re.compile(rf"(?:^|\s)[وف]?(?:{alternation('taken_verb')})(?:\s+\S+){{0,6}}?\s+الي\s+$")

#: a verb of taking the wounded "إلى" a hospital, then up to three words of its name and the place
#: right after them, or "و" before another hospital, or "في"/"ب" before its town
_TAKEN_TO_HOSPITAL = re.compile(
    rf"(?:^|\s)[وف]?(?:{alternation('taken_verb')})(?:\s+\S+){{0,6}}?\s+الي\s+(?:ال)?مستشف[^\s.,،:]*"
    rf"(?:\s+[^\s.,،:]+){{0,3}}?\s+(?:و|في\s+|ب)?(?:مدينه\s+|بلده\s+)?$")

#: a verb of receiving the dead or wounded, a few words after a hospital ("مستشفى الطلح المدعوم منها استقبل")
_RECEIVED = re.compile(rf"(?:\s+\S+){{0,4}}?\s+(?:[وف]?(?:{alternation('received_verb')}))(?=\s)")

#: a medical source and the town it speaks from, right before the town ("مصدر طبي في "، "مصادر طبية ب"); not
#: "أطباء"/"مسعفين", who are often the victims ("الغارة التي قتلت ثلاثة مسعفين في بلدة الخيام")
_MEDICAL_SOURCE_IN = re.compile(r"(?:^|\s)[وف]?[بل]?(?:ال)?(?:مصدر|مصادر)\s+(?:ال)?طبي\S{0,2}"
                                r"\s+(?:في\s+|ب)(?:مدينه\s+|بلده\s+)?$")

#: a source's hospital and the town it is in, right before the town ("مصدر طبي في مستشفى الرازي ب")
_SOURCE_HOSPITAL_IN = re.compile(rf"(?:^|\s)[وف]?[بل]?(?:{alternation('source_noun')})\w{{0,3}}(?:\s+\S+){{0,2}}\s+(?:في\s+|ب)"
                                 rf"مستشف\S*(?:(?:\s+\S+){{1,2}}?\s+(?:في\s+(?:مدينه\s+)?|ب(?:مدينه\s+)?)"
                                 # (or the town in the hospital's own name: "مصدر طبي في مستشفى هيئة
                                 #  مأرب"; q85-probe5)
                                 rf"|(?:\s+[^\s.,،:]+){{0,2}}?\s+)$")


#: "ارتكبوا عمليات إعدام بحق 52 مدنياً": deeds told with their victims (grammar_words perpetrate_verb)
_PERPETRATED = re.compile(rf"(?:^|\s)[وف]?(?:{alternation('perpetrate_verb')})\s+$")
_RELATIVE_CLAUSE = re.compile(
    rf"(?:^|\s)(?:{alternation('relative_pronoun')})\s"
    rf"|(?:^|\s)و?(?:{alternation('placing_verb')})(?:ت|وا|تا)?(?:ه|ها|هم|هما)?\s"
    rf"|(?:^|\s)(?:{alternation('prior_clause')})\s")


def _time_of_a_relative_clause(text: str, d, t: int, trigger: Hit | None = None) -> bool:
    """"انفجار لغم زرعه التنظيم في وقت سابق", "في منطقة العكيرشي التي سيطرت عليها قسد قبل أيام":
    an earlier time told after the event, inside a clause about something else (who planted
    the mine, who took the area, what happened before: "بعد أن خسرتها قبل أسبوعين"), dates that
    clause, not the event."""
    if not (d.kind == "background" and d.start > t):
        return False
    rel = _RELATIVE_CLAUSE.search(text, t, d.start)
    if rel is None:
        return False
    if trigger is not None and (after := _RELATIVE_AFTER.match(text, trigger.end)) is not None and \
            after.end() > rel.start() and _RELATIVE_CLAUSE.search(text, after.end(), d.start) is None and \
            not any(c in text[after.end():d.start] for c in ".،,\n"):
        # "القصف الذي قتل الصحفي في علما الشعب يوم 13 أكتوبر"، "المجزرة التي قتل فيها 100 متظاهر في 3 يونيو
        # 2019": the relative clause right after the event word tells the event itself, and its day
        return False
    return True


#: what people held or killed are charged with ("متهمين بالمشاركة في"، "بتهمة"، "المسؤولين عن"; grammar_words
#: `charge_word`), a word of its own
_CHARGE = re.compile(rf"(?:^|\s)[وف]?(?:(?:{alternation('charge_word')})(?!\w)|(?:ال)?متهم(?:ين|ون|ان|ا|ه)?\s+ب)")
_CHARGE_NEEDLES = ("تهم", "تورط", "مشارك", "ارتكاب", "مسوول")


def _time_of_a_charge(text: str, d, t: int) -> bool:
    """"اعتقلت قوات الأمن 7 أشخاص متهمين بالمشاركة في مجزرة التضامن عام 2013": an earlier time told after
    the event word and after what those held are charged with dates the crime charged, not the event
    (probe round q89-probe-digest)."""
    if not (d.kind == "background" and d.start > t) or "." in text[t:d.start]:
        return False
    return any_in(_CHARGE_NEEDLES, text, t, d.start) and _CHARGE.search(text, t, d.start) is not None


#: "معارك استمرت أربعة أشهر", "حملة عسكرية دامت لأكثر من عامين": right after the event word (and at most
#: one adjective), a verb of lasting and a stretch of weeks or more
_LASTED = re.compile(rf"(?:\s+\S+)?\s+(?:{alternation('lasted_verb')})\s+(?:\S+\s+){{0,3}}?"
                     rf"[لب]?(?:{alternation('long_unit')})(?!\w)")


#: "الهجوم الذي استهدف ...": a relative clause right after an event word tells the event, past up to two
#: definite adjectives of it ("التفجير المزدوج الذي استهدف", "الهجوم الانتحاري الذي"; quality-74)
_RELATIVE_AFTER = re.compile(rf"(?:\s+ال\S+){{0,2}}?\s+(?:{alternation('relative_pronoun')})\s")


#: "الهجوم على نقطة أمنية"، "الهجوم الانتحاري ضد": a definite event word told with its target
_TARGET_AFTER = re.compile(r"(?:\s+ال\S+){0,2}?\s+(?:علي|ضد)\s")


#: the apposition that names a total's members one by one ("مقتل 7 أشخاص، وهم: ...")
_MEMBER_LIST = re.compile(rf"(?<!\S)(?:{alternation('member_list')})\s*:?\s")


def _split_toll(text: str, f: Frame, placed, m: DocMentions) -> bool:
    """A placeless toll followed by "وهم:" and two or more placed events after it, each with a
    toll of its own, is the sum of those events (a roundup's day total), not the nearest one's
    toll: giving it to one would count the others' dead twice."""
    after = [p for p in placed if p.start >= f.start]
    if len(after) < 2 or len(after) != len(placed) or f.casualties.killed is None:
        return False
    if not all(p.casualties.killed is not None for p in after):
        return False
    first = min(p.start for p in after)
    lo = f.spans[-1][0] if f.spans else f.start
    return _MEMBER_LIST.search(text, lo, first + 12) is not None


def _charge_has_toll(text: str, f: Frame, m: DocMentions) -> bool:
    """Whether a charged deed ("اتهمت X Y باستهداف المطار") is told with a toll of its own. A toll
    the teller adds in a clause of its own opened by a saying participle ("واتهمت جهات بإطلاق النار
    على المحتجين، مشيرة إلى إصابة 38 من منسوبيها") is the teller's word on its own men, not the
    deed's outcome: the charge still retells an event (fix round q80-fix-sudan)."""
    if not (f.casualties.killed or f.casualties.injured):
        return False
    return any(m.casualties.within(a, b) for a, b in f.spans if not _SAYING_OPENS.match(text, a))


def _any_names_the_reason(marks: list[Hit], t: int) -> bool:
    """`any(_names_the_reason(d, t) for d in marks)`, as a loop (a generator costs ~2.5 k instructions)."""
    for d in marks:
        if _names_the_reason(d, t):
            return True
    return False


def _names_the_reason(d: Hit, t: int) -> bool:
    """"رداً على مقتل ...": a `reason` mark up to 12 characters before the event word at `t` makes
    that event only the reason another is told for."""
    return d.payload == "reason" and d.end <= t and t - d.end <= 12


_SO_INDEED = frozenset(words("so_indeed"))
#: what ends the text before a sentence-opening "فقد" (the start of the text, a full stop, a comma, a colon)
#: (normalised text has "?" and ";" for "؟" and "؛": a question's answer opens "فقد" too, "هل كان أحد يتوقع
#:  أن تسقط حلب؟ فقد سيطرت الفصائل ..."; round q91-probe-forms)
_BEFORE_SO_INDEED = frozenset({"", ".", "،", ",", ":", "\n", "؛", "!", "؟", "?", ";"})
#: "أما" with no sentence end after it: "فقد" further on answers it
_AS_FOR = re.compile(r"(?:^|\s)و?اما\s[^.!?\n]*$")


def _so_indeed(text: str, h: Hit, f: Frame) -> bool:
    """Is the "فقد" before the event word ف + قد, the answer of "أما" ("أما يوم السبت فقد انفجرت سيارة
    مفخخة": as for Saturday, a car bomb did explode)? Only after "أما" in the same sentence (a
    sentence opened by "فقد" is read as before), and before a word with no article: before a definite
    noun ("فقد السيطرة على المدينة", "فقد التنظيم السيطرة") it is "lost", a take-over undone."""
    return text[h.start:h.end] in _SO_INDEED and not text[h.end:h.end + 4].lstrip().startswith("ال") \
        and (_AS_FOR.search(text, max(0, h.start - 50), h.start) is not None
             # (or opening a sentence or a clause with no clitic: "فقد اندلعت اشتباكات عند قرية X" is
             #  "indeed there broke out", never "lost"; probe q86-probe3)
             or h.word_start == h.start and text[max(0, h.start - 3):h.start].rstrip(" ")[-1:] in _BEFORE_SO_INDEED)


#: "لم يكن/تكن" ... "إلا" in one sentence: "was nothing but" (round q91-probe-forms)
_NOTHING_BUT_BE = re.compile(rf" (?:{alternation('nothing_but_be')}) ")
_NOTHING_BUT_EXCEPT = re.compile(rf"(?:^|[\s,]){alternation('nothing_but_except')} ")


def _nothing_but(text: str, h: Hit, f: Frame) -> bool:
    """Is the negation before the event word answered by "إلا" after it ("لم يكن استهداف السفينة في خليج عدن
    الأربعاء، الذي أودى بحياة ثلاثة بحارة، إلا نتيجة متوقعة")? Then the event is affirmed, not denied."""
    if f.trigger is None or _NOTHING_BUT_BE.match(text, h.end) is None:
        return False
    return _NOTHING_BUT_EXCEPT.search(text, f.trigger.end, _sentence_end(text, f.trigger.end)) is not None


def _earlier_event(text: str, h: Hit, f: Frame, m: DocMentions) -> Hit | None:
    """The event word of the frame a mark of earlier deeds after it belongs to: the definite event noun right
    before "السابقة" ("الهجمات السابقة"، "للهجمات السابقة"; not a time, "الليلة السابقة"), or the last event word
    of the mark's clause before "في السابق" ("قصفت في السابق مستشفيات")."""
    told = m.triggers.within(f.trigger.start, h.start)
    if text[h.start:h.end] == "السابقه":
        return next((g for g in told if 0 <= h.start - g.word_end <= 1 and (
            "ال" in text[g.word_start:g.start + 2] or text[g.word_start:g.start].endswith("لل"))), None)
    opened = max(text.rfind(",", 0, h.start), text.rfind(".", 0, h.start))
    return next((g for g in reversed(told) if g.start > opened), None)


def _went_missing(text: str, h: Hit, m: DocMentions) -> bool:
    """Is the "فقد" a passive "went missing" before a count ("قتل جنديان وفقد ثالث في هجوم"، "وفُقد 4
    أشخاص"، "وفقد آخرون")? Then it negates nothing: the attack's dead stand. "فقد السيطرة" (lost
    control) has no person or number right after it."""
    if text[h.start:h.end] not in _LOST_WORDS:
        return False
    j = h.end
    while j < len(text) and text[j] == " ":
        j += 1
    return any(x.start == j for x in m.persons.within(j, j + 30)) or \
        any(q.start == j for q in m.quantities.within(j, j + 30))


#: the verb "lost" that may also be a passive "went missing" (فُقد، فُقدت)
_LOST_WORDS = frozenset(("فقد", "فقدت"))


#: the words that open a clause telling what caused the toll before it (not بعد/عقب: a later event may follow)
_COMMA_CAUSE = frozenset(words("comma_cause"))
#: the kinds of cause that carry the toll's actors (not a raid or an arrest: "إثر مداهمة مسلحين للمنازل")
_VIOLENT_CAUSE = frozenset(("remote", "explosive", "fight", "killing"))


#: "لم يسفر / لم تؤد": a verb of outcome after "لم", which negates the outcome, not the event (quality-72)
_OUTCOME_AFTER = re.compile(rf"\s+(?:{alternation('outcome_verb')})(?!\w)")


def _country_tally(text: str, f: Frame, cue_hits: list, lex: Lexicons) -> bool:
    """Is `f` a country's toll shared out by place: a country named after "في" before the frame's
    first "بينهم", and every place of the frame after it with a count right before "في"
    ("... في سوريا ... بينهم 60 في دمشق و25 في حمص")?"""
    subset = next((h for h in cue_hits if h.payload == "subset"), None)
    if subset is None or any(p.start < subset.end for p in f.places):
        return False
    if not any(text[max(0, h.word_start - 3):h.word_start].endswith("في ") or text.startswith("في", h.word_start)
               for h in lex.countries.find(text[f.start:subset.start])):
        return False
    return all(_COUNT_IN.search(text, max(subset.end, p.start - 24), p.start) for p in f.places)


#: a leader's speech or a spokesman's recorded word ("في خطابه"، "في كلمة متلفزة") and the days a tally of it
#: covers ("هذا الأسبوع"، "خلال الأيام السبعة الماضية"; round q92-probe-speech)
_SPEECH_NOUN = re.compile(rf"(?<!\S)[وب]?(?:{alternation('speech_noun')})(?!\S)")
_SPEECH_WINDOW = re.compile(rf"(?<!\S)(?:{alternation('speech_tally_window')})(?!\S)")
_speech_in = occurs_any(words("speech_noun"))


#: "استعاد الخطيب ... ذكرى مجزرة": what a speaker recalled, within six words of the verb and no comma between
_RECALLED = re.compile(rf"(?:\s+[^\s،,.]+){{0,6}}?\s+(?:{alternation('recalled_object')})(?!\S)")


def _speech_tally(text: str, t: int) -> bool:
    """Does the deed at `t` stand in a speech's tally of days: a speech noun before it in its sentence and a window
    of days after that noun, before the sentence ends ("قال الحوثي في خطابه الأسبوعي إن قواته استهدفت هذا الأسبوع
    ثماني سفن"، "في كلمة مصورة إن مقاتليه نفذوا خلال الأيام السبعة الماضية 40 عملية قنص")?"""
    s = _sentence_start(text, t)
    if not _speech_in(text[s:t]):
        return False
    speech = None
    for speech in _SPEECH_NOUN.finditer(text, s, t):
        pass
    if speech is None:
        return False
    return _SPEECH_WINDOW.search(text, speech.end(), min(_sentence_end(text, t), t + 80)) is not None


#: "60 في " / "و25 في " right before a place: a count given for that place
_COUNT_IN = re.compile(r"(?:^|\s)و?\s*\d{1,4}(?:\s+[^\s\d,]+)?\s+في\s+(?:\S+\s+)?$")


#: the dashes and bullets that open the lines of a toll shared out line by line ("- 5 مدنيين جراء قصف ...")
_BULLETS = ("-", "–", "•", "*")
#: "توزعوا على النحو التالي": a toll shared out item by item after it (quality-72)
_SHARE_OUT = re.compile(rf"(?<!\w)(?:{alternation('share_out_word')})(?!\w)")
_share_out_in = occurs_any(words("share_out_word"))


def _share_out_tolls(text: str, frames: list[Frame], m: DocMentions) -> None:
    """"مقتل 11 مدنياً، توزعوا على النحو التالي: ستة في إدلب بقصف ...، وثلاثة في حماة بقصف ...":
    each item that opens with its own count before "في" has that many of the header's dead (their
    kind and whether they were civilians too); the header's count is their total, no item's toll.
    Only when the items' counts add up to the header's."""
    for mark in _SHARE_OUT.finditer(text):
        header = next((f for f in frames if f.casualties.killed is not None and any(
            a < mark.start() and 0 <= mark.start() - b <= 40 for a, b in f.spans)), None)
        if header is None:
            continue
        stop = _list_end(text, mark.end())
        if _bulleted_share_out(text, frames, m, header, mark.end(), stop):
            continue
        items: list[tuple[Frame, int]] = []
        told: list[tuple[Frame, int]] = []
        for f in frames:
            s = (f.spans[0][0] if f.spans else f.start)
            if s < mark.end() or (0 <= stop < s):
                continue
            while text[s:s + 1] in (" ", ":", "\n", *_BULLETS):
                s += 1
            q = next((q for q in m.quantities.within(s, s + 16) if q.start - s <= 1), None)
            if q is None or not (text.startswith(" في ", q.end) or _ITEM_NOUN_THEN_IN.match(text, q.end)):
                if f.casualties.killed is not None and f.casualties.killed.best and _opens_item(text, s):
                    # "- مدني واحد قتل برصاص ...": an item of the list that counts its own dead
                    told.append((f, f.casualties.killed.best))
                continue
            items.append((f, q.best))
        total = header.casualties.killed
        if len(items) < 2 or sum(n for _, n in items + told) != total.best:
            continue
        civilian = header.casualties.civilian_victims
        for f, n in items:
            f.casualties = Casualties(killed=Count(n, n, n), civilian_victims=civilian)


def _bulleted_share_out(text: str, frames: list[Frame], m: DocMentions, header: Frame, begin: int,
                        stop: int) -> bool:
    """"وثق المرصد مقتل 14 شخصاً، توزعوا على النحو التالي:" then dashed lines "- 5 مدنيين جراء قصف ..."،
    "- 3 مدنيين بقصف ..."، "- مقاتل من الكتائب خلال اشتباكات ...": each bulleted line opens with its own
    count (a number, or a singular person noun: one), whatever follows it, and the lines add up to the
    header's count. Each event of a line then has that line's dead (the line's count is the toll of the
    line's first event); the header has none of its own. False when the list is not so (the item by item
    reading of `_share_out_tolls` is then tried). (quality q78-syria-d)"""
    nl = text.find("\n", begin)
    if stop < 0 or nl < 0 or text[begin:nl].strip(" :") or \
            not text[nl + 1:nl + 8].lstrip().startswith(_BULLETS):
        return False
    counts: list[tuple[int, int, int]] = []   # (line start, line end, count)
    pos = text.find("\n", begin)
    while 0 <= pos < stop:
        end = text.find("\n", pos + 1)
        end = len(text) if end < 0 else end
        s = pos + 1
        while text[s:s + 1] in (" ", *_BULLETS):
            s += 1
        if s == pos + 1 or s >= end:
            return False   # (a line that is no bullet inside the list)
        q = next((q for q in m.quantities.within(s, s + 6) if q.start - s <= 1), None)
        if q is not None and not q.vague:
            n = q.best
        else:
            p = next((p for p in m.persons.within(s, s + 8) if p.start - s <= 1), None)
            if p is None or p.payload.count != 1:
                return False
            n = 1
        counts.append((s, end, n))
        pos = end
    total = header.casualties.killed
    if len(counts) < 2 or total is None or total.vague or sum(n for *_, n in counts) != total.best:
        return False
    civilian = header.casualties.civilian_victims
    for s, e, n in counts:
        f = next((f for f in frames if f is not header and s <= (f.spans[0][0] if f.spans else f.start) < e), None)
        if f is None:
            f = next((f for f in frames if f is not header and f.start < e and any(
                a <= s < b or s <= a < e for a, b in f.spans)), None)
        if f is not None:
            p = next(iter(m.persons.within(s, min(e, s + 30))), None)
            civ = p.payload.civilian is True if p is not None else civilian
            f.casualties = Casualties(killed=Count(n, n, n), civilian_victims=civ,
                                      military_victims=f.casualties.military_victims)
    return True


#: "6 مدنيين بينهم 4 أطفال في غارة": an item's count with its noun (and the members among them)
#: before "في" or the cause (quality-q76)
_ITEM_NOUN_THEN_IN = re.compile(r"\s+\S+(?:\s+(?:بينهم|منهم)\s+[^.,،\n]{1,30}?)?\s+(?:في|اثر|جراء|بسبب)\s")


def _opens_item(text: str, s: int) -> bool:
    """Is `s` the first word of an item line, right after its mark ("- مدني واحد قتل برصاص ...")?"""
    ls = text.rfind("\n", 0, s) + 1
    mark = ITEM_MARK.match(text, ls)
    return mark is not None and mark.end() <= s and not text[mark.end():s].strip()


def _list_end(text: str, pos: int) -> int:
    """Where the share-out after `pos` ends: the first full stop, or, when the items are bulleted
    lines ("- 6 مدنيين في غارة ...\n- 4 مدنيين في قصف ..."), the end of the last bulleted line."""
    nl = text.find("\n", pos)
    if nl < 0 or text[pos:nl].strip(" :") != "":
        return text.find(".", pos)   # (the items run on in the header's sentence)
    end = nl
    while end < len(text):
        line_end = text.find("\n", end + 1)
        if line_end < 0:
            line_end = len(text)
        if not text[end + 1:line_end].lstrip().startswith(_BULLETS):
            break
        end = line_end
    return end if end > nl else text.find(".", pos)


def _opens_new_item(text: str, f: Frame, frames: list[Frame]) -> bool:
    """Is `f` the first event of a sentence that opens with a fronted place ("وفي العراق، ...")?
    A roundup's items start so; what such a sentence tells is not the item before."""
    ss = _sentence_start(text, f.start)
    return _FRONTED_IN.match(text, ss) is not None and ("،" in text[ss:f.start] or "," in text[ss:f.start]) and not any(
        g is not f and g.trigger is not None and ss <= g.start < f.start for g in frames)


def _inside_any(h, spans: list) -> bool:
    """Does `h` lie inside one of `spans` (anything with start and end)? (A loop: asked of
    every discourse mark of a frame with a date, where any() over a generator costs ~1 k.)"""
    for d in spans:
        if d.start <= h.start and h.end <= d.end:
            return True
    return False


def _opens_with(text: str, pos: int, word: str) -> bool:
    """`text[pos:].lstrip(" ,،").startswith(word)`, without copying the rest of the report."""
    while text[pos:pos + 1] in (" ", ",", "،"):
        pos += 1
    return text.startswith(word, pos)


def _day_toll_before_campaign(text: str, f: Frame, h: Hit, s: int, m: DocMentions) -> Casualties | None:
    """The dead and wounded a frame counts before a campaign's running toll told after it.

    A cumulative mark ("منذ بدء الحملة") in a later clause of the frame, after its event word and a
    clause break, with a toll word ("حصيلة") between the break and the mark, tells the whole
    campaign's toll; when the stretch up to the break already counts the day's own dead or wounded,
    those are the event's and the frame is the day's event, not a tally. None otherwise (the frame
    stays cumulative, as before)."""
    if f.trigger is None or h.start <= f.trigger.end:
        return None
    brk = max(text.rfind(c, f.trigger.end, h.start) for c in ("،", ",", ".", "\n"))
    if brk < 0 or not any(x.payload == "total" for x in m.discourse.within(brk, h.start)):
        return None
    day = clause_casualties(text, s, brk, m, None)
    return day if _is_eventful_casualties(day) else None


def _day_told_before_mark(text: str, f: Frame, h: Hit, s: int, m: DocMentions) -> Casualties | None:
    """The dead a frame counts before a cumulative mark in a later clause, when the event word is
    told with a day of its own ("اليوم"، "أمس"، "صباح اليوم") before the clause break and the event
    word is a fight's or strike's (strength > 3). None otherwise."""
    if f.trigger is None or f.strength <= 3 or h.start <= f.trigger.end:
        return None
    brk = max(text.rfind(c, f.trigger.end, h.start) for c in ("،", ",", ".", "\n"))
    if brk < 0:
        return None
    if not any(d.kind == "point" and d.precision == 1 and d.end <= brk
               and not any(c.isdigit() for c in text[d.start:d.end])
               for d in m.dates.within(max(s, f.trigger.word_start - 30), brk)):
        return None
    return clause_casualties(text, s, brk, m, None)


#: near a take-over verb in the present tense: who holds the place now ("حالياً"، "لا تزال"، "منذ")
_PRESENT_STATE = re.compile(rf"(?<![\u0621-\u064a])(?:{alternation('present_state_word')})(?![\u0621-\u064a])")
#: a clause's opening right before a word: the text's or a line's start, a full stop, a comma or a colon
_CLAUSE_OPEN = re.compile(r"(?:^|[\n.!?،,:؛;])\s*$")
#: "أن" right before the verb: the subjunctive ("بعد أن تسيطر"، "قبل أن تسيطر عليها")
_THAT_BEFORE = re.compile(r"(?:^|\s)ان\s+$")
#: "على الوضع": the situation a side controls, no place it took
_SITUATION = re.compile(rf"\s+عل[يى]\s+(?:{alternation('situation_noun')})(?![\u0621-\u064a])")
#: the verb's object pronoun right after it: "وتسيطر عليها القوات الكردية" (the place told before)
_HELD_PRONOUN = re.compile(r"\s+عليه(?:ا|م|ما)?(?![\u0621-\u064a])")


def _subject_opened_by_conjunction(text: str, h: Hit, m: DocMentions) -> bool:
    """Does the clause of the present verb at h open with و/ف glued to a side that is its subject
    ("فقوات الدعم السريع تسيطر اليوم على"، "والجيش يسيطر على")? A nominal sentence of prose, where a
    post's headline names the side bare ("قوات النظام تسيطر على مدينة X"; q87-probe-feature)."""
    lo = h.word_start - 60 if h.word_start > 60 else 0
    cut = _LAST_CLAUSE_MARK.search(text, lo, h.word_start)
    if cut is None and lo > 0:
        return False
    start = cut.end() if cut is not None else 0
    while start < h.word_start and text[start].isspace():
        start += 1
    if start >= h.word_start or text[start] not in ("و", "ف"):
        return False
    return any(a.start == start + 1 and a.end <= h.word_start for a in m.actors.within(start, h.word_start))


#: the last clause mark before a point (the text's start aside)
_LAST_CLAUSE_MARK = re.compile(r"[\n.!?،,:؛;](?=[^\n.!?،,:؛;]*$)")


def _present_state(text: str, f: Frame, m: DocMentions | None = None) -> bool:
    """"قوات النظام تسيطر ليل أمس على مدينة X": a post's or live blog's headline tells the day's
    take-over in the present tense (quality q78-forms); but prose uses the same tense for who holds
    a place: a clause opened by و/ف ("وتسيطر قوات الدعم السريع على معظم الولاية"; a second verb of
    the same subject, "تدخل المدينة وتسيطر على ...", is the headline's), the verb's pronoun
    object ("وتسيطر عليها القوات الكردية"), or "حالياً/لا تزال/منذ" in the clause. True for those."""
    h = f.trigger
    if h is None:
        return False
    if _SITUATION.match(text, h.word_end) is not None:
        return True   # "تسيطر على الوضع تماماً": in control of the situation, in any tense
    pre = text[h.word_start:h.start]
    if not pre or pre[-1] not in ("ي", "ت", "ن"):
        return False   # the past tense, or a noun
    if _THAT_BEFORE.search(text, max(0, h.word_start - 8), h.word_start) is not None:
        return False   # "قبل أن تسيطر عليها": the subjunctive tells a past take-over
    if pre[:-1] in ("و", "ف") and _CLAUSE_OPEN.search(text, max(0, h.word_start - 6), h.word_start) is not None:
        return True   # (not a second verb of the same subject: "القوات تدخل مدينة X وتسيطر على مقر الفرقة")
    if m is not None and _subject_opened_by_conjunction(text, h, m):
        return True   # "فقوات الدعم السريع تسيطر اليوم على أربع من ولايات دارفور": the same told of the subject
    if _HELD_PRONOUN.match(text, h.word_end) is not None:
        return True
    a = max(f.start, h.word_start - 24)
    b = min(f.end, h.word_end + 40)
    return _PRESENT_STATE.search(text, a, b) is not None


#: "بالكف عن قصف"، "التوقف عن استهداف": a side asked to stop doing it (`desist_word`; q87-probe-official)
#: "وشيك" (imminent) a few words after an event word, its clause's own ("في مؤشر على أن معارك حاسمة باتت وشيكة"،
#: "وسط حديث عن هجوم وشيك على X"): no comma or stop between
_IMMINENT_AFTER = re.compile(r"(?:\s+[^\s،,.؛:]+){0,3}?\s+وشيك(?:ه|ا|ين|تين|ان)?(?![^\s،,.؛:])")
#: "التحرك لإيقاف استهداف"، "دعت إلى وقف قصف": a halt asked for right before a deed (`halt_called`; q93-fix26p)
_HALT_CALLED = re.compile(rf"(?:^|\s)(?:{alternation('halt_called')})\s+$")
#: "طالب بمحاسبة المسؤولين عن قتل المتظاهرين"، "دعا إلى محاسبة مرتكبي جريمة قتل المهاجرين": holding to account asked
#: for, right before the deed's verbal noun (grammar_words `account_called`, `culprits_of`; round q94-probe-civic2)
_ACCOUNT_CALLED = re.compile(rf"(?:^|\s)[وفبل]{{0,2}}(?:ال)?(?:{alternation('account_called')})\s+"
                             rf"(?:{alternation('culprits_of')})\s+(?:(?:{alternation('deed_label')})\s+)?$")
#: (the gate: one of its nouns in the report)
_ACCOUNT_WORDS = tuple(normalize_key(w) for w in words("account_called"))
_DESIST_BEFORE = re.compile(rf"(?:^|\s)(?:{alternation('desist_word')})\s+عن\s+$")


#: "... يرقى إلى جريمة حرب"، "يشكل انتهاكاً صارخاً": a legal finding on an event (q87-probe-official)
_LEGAL_FINDING = re.compile(rf"(?:^|\s)(?:قد\s+)?(?:{alternation('legal_finding_verb')})\s+(?:الي\s+)?"
                            rf"(?:{alternation('legal_finding_noun')})")


def _legal_finding(text: str, f: Frame) -> bool:
    """"إن الهجوم الذي استهدف سوق المدينة يرقى إلى جريمة حرب"، "إن استهداف قوات X للمخيم يشكل انتهاكاً":
    the event a sentence opened by إن judges in law is one the report told or the reader knows, not
    one of its own (a rights report's finding or recommendation)."""
    h = f.trigger
    s0 = _sentence_start(text, h.word_start)
    words = text[s0:h.word_start].split()
    if not words or len(words) > 2 or words[0] not in ("ان", "وان"):
        return False
    e = text.find(".", h.end)
    return _LEGAL_FINDING.search(text, h.end, len(text) if e < 0 else e) is not None


#: "قد" before an imperfect ("قد يشن النظام هجوماً"، "قد تطال المدنيين"; normalised text): "may", a
#: hypothetical, no event -- unless the ت-word is a past of forms V/VI ("وقد تعرضت البلدة لقصف";
#: grammar_words `past_t_verb`) or a relative pronoun or the pluperfect's كان stands before قد
_MAY_IMPERFECT = re.compile(r"(?:^|(?<=\s))[وف]?قد\s+(?!(?:" + alternation("past_t_verb") +
                            r")(?:ت|وا|ا|ن|تا|و)?(?!\w))[يت]\w{2,}")
_MAY_PLUPERFECT = re.compile(r"(?:كان|كانت|كانوا|وكان|وكانت|وكانوا)\s+(?:\w+\s+){0,3}$")


#: a family's or a person's quarrel ("شجار عائلي"، "خلاف شخصي"): see grammar_words.tsv private_quarrel (q91-fix22p)
_PRIVATE_QUARREL = re.compile(rf"(?<![\u0621-\u064a])[وبل]?(?:ال)?(?:{alternation('private_quarrel')})\s+(?:ال)?"
                              rf"(?:{alternation('household_adj')})(?![\u0621-\u064a])")
_HOUSEHOLD_ADJ = tuple(sorted({w[:4] for w in words("household_adj")}))
#: (every match of `_PRIVATE_QUARREL` holds one of these: asked before the regex, which opens with a look-behind
#:  and so is tried at every position of the report; round q95-speed)
_QUARREL_NEEDLES = fewest_needles(words("private_quarrel"))
_QUARREL_DENIAL = re.compile(rf"(?<![\u0621-\u064a])[وف]?(?:{alternation('quarrel_denial')})(?![\u0621-\u064a])")
_CLAN_WORD = re.compile(rf"(?<![\u0621-\u064a])[وبل]?(?:ال)?(?:{alternation('clan_stem')})")


def _private_quarrel(text: str, pos: int) -> bool:
    """Is the sentence at pos told as a family's or a person's quarrel ("إطلاق نار خلال شجار عائلي"),
    not denied before it ("لم يكن له أي خلاف شخصي") and with no clan or tribe in the sentence ("اشتباكات
    عشائرية بدأت بخلاف عائلي")?"""
    s0, s1 = _sentence_start(text, pos), _sentence_end(text, pos)
    mq = _PRIVATE_QUARREL.search(text, s0, s1)
    if mq is None or _CLAN_WORD.search(text, s0, s1) is not None:
        return False
    return _QUARREL_DENIAL.search(text, max(s0, mq.start() - 60), mq.start()) is None


#: ordinary crime (round q94-probe-crime): a brawl ("شجار بالسكاكين"), a quarrel over money or an inheritance
#: ("خلاف على الميراث"), a family murder ("قتل رجل زوجته"، "أقدم شاب على قتل شقيقه") and the arrest of a thief,
#: a drug dealer or a murderer ("القبض على الجاني"): grammar_words brawl_word, private_motive, kin_*, criminal_catch
_BRAWL = re.compile(rf"(?<![\u0621-\u064a])[وبل]?(?:ال)?(?:{alternation('brawl_word')})(?![\u0621-\u064a])")
_MOTIVE_QUARREL = re.compile(rf"(?<![\u0621-\u064a])[وبل]?(?:ال)?(?:{alternation('private_quarrel')})\s+(?:علي\s+)?"
                             rf"(?:{alternation('private_motive')})(?![\u0621-\u064a])")
_KIN_KILLING = re.compile(
    rf"(?<![\u0621-\u064a])(?:(?:{alternation('kin_kill_verb')})\s+(?:{alternation('kin_killer')})|"
    rf"(?:{alternation('undertook_verb')})\s+(?:\S+\s+){{0,3}}علي\s+(?:{alternation('kin_kill_verb')}))"
    rf"\s+(?:{alternation('kin_victim')})(?![\u0621-\u064a])")
_CRIMINAL_CATCH = re.compile(rf"(?<![\u0621-\u064a])(?:لل|[وبل])?(?:{alternation('criminal_catch')})(?![\u0621-\u064a])")
#: (cheap gates, asked once a report: a brawl's stems; a relative's word, the one a family murder must name; a
#:  quarrel word; what an arrest caught)
_BRAWL_NEEDLES = last_token_needles(words("brawl_word"))
#: (a family murder names a killing verb with a relative's word one or two words after it: asked only at each
#:  place the verb's stem stands, an anchored match, not a split of the report into words, ~0.8 M instructions)
_KIN_VERB_STEMS = tuple(sorted({w[:3] for w in words("kin_kill_verb")}))
_KIN_AT = re.compile(rf"(?:{alternation('kin_kill_verb')})\s+(?:\S+\s+)?(?:{alternation('kin_victim')})(?![\u0621-\u064a])")
_MOTIVE_NEEDLES = tuple(sorted({f"{q} {a}{m}" for q in words("private_quarrel") for a in ("", "علي ")
                               for m in words("private_motive")}))
_CATCH_NEEDLES = last_token_needles(words("criminal_catch"))


def _kin_told(text: str) -> bool:
    """Does the report tell a family murder ("قتل رجل زوجته"، "أقدم شاب على قتل شقيقه")? Asked where a killing
    verb's stem stands, one anchored match each; the sentence regex only where one holds."""
    for stem in _KIN_VERB_STEMS:
        i = text.find(stem)
        while i >= 0:
            if _KIN_AT.match(text, i) is not None:
                return _KIN_KILLING.search(text) is not None
            i = text.find(stem, i + 3)
    return False


def _ordinary_crime(text: str, f: "Frame", regexes: tuple) -> bool:
    """Is the frame an ordinary crime's: a fight or killing in a sentence that tells a brawl, a quarrel over
    money or an inheritance, or a family murder (no clan or tribe in it), or an arrest that caught a thief, a
    drug dealer or a murderer (round q94-probe-crime)?"""
    pos = f.trigger.word_start if f.trigger is not None else f.start
    s0, s1 = _sentence_start(text, pos), _sentence_end(text, pos)
    if f.cue_name == "arrest":
        # (what was caught, told after the arrest word or before it: "داهمت مخبأ لعصابة سرقة واعتقلت أربعة")
        return f.trigger is not None and _CRIMINAL_CATCH.search(
            text, max(s0, pos - 60), min(s1, f.trigger.end + 60)) is not None
    if f.cue is not None and (f.cue.family not in ("fight", "killing") or f.cue_name == "sexual"):
        return False   # (a frame of dead or wounded alone, no cue, is asked too: "أصيب أربعة في شجار")
    if _CLAN_WORD.search(text, s0, s1) is not None:
        return False
    return any(r.search(text, s0, s1) is not None for r in regexes)


#: a verb of handing over, receiving, exchanging or returning, then the dead's remains within six words ("تسلمت حكومة
#: الوحدة الوطنية جثامين 12"، "تبادلت القوات وجماعة الحوثي جثث 30 قتيلاً"; grammar_words `handover_verb`, `remains_noun`)
_HANDED_REMAINS = re.compile(
    rf"(?<![\u0621-\u064a])[وف]?(?:{alternation('handover_verb')})\s+(?:[^\s.,،:؛]+\s+){{0,6}}?"
    rf"(?:ال)?(?:{alternation('remains_noun')})(?:ه|ها|هم)?(?![\u0621-\u064a])")
#: the remains' words, to ask the regex only where the report holds one
_REMAINS_NEEDLES = tuple(sorted(set(words("remains_noun"))))


def _bodies_handed_over(text: str, f: "Frame", span_dates, handed: list) -> bool:
    """Is the frame's killing, fight or toll the dead whose remains its sentence tells handed over, received,
    exchanged or returned before it ("تسلمت حكومة الوحدة جثامين 12 من مقاتليها"، "سلمت قوات الاحتلال جثامين 15
    شهيداً"، "تسلم الهلال الأحمر جثث سبعة مقاتلين قتلوا في معارك سابقة")? They died in fights or strikes before,
    the handover is the news: no event (ACLED codes none). Not a death told with a day of its own after the
    remains ("... جثامين خمسة شهداء قتلوا في غارة أمس"), nor a death under torture, which the handover often first
    tells (round q95-probe-detainee)."""
    if f.cue is not None and f.cue.family not in ("killing", "fight"):
        return False
    pos = f.trigger.word_start if f.trigger is not None else f.start
    if f.trigger is not None and text.endswith("التعذيب", f.trigger.start, f.trigger.end):
        return False
    s0 = _sentence_start(text, pos)
    mo = next((h for h in handed if s0 <= h[0] <= pos), None)   # (the report's handovers, found once)
    if mo is None:
        return False
    return not any(x.kind == "point" and x.start >= mo[1] for x in span_dates)


#: a clause opened by a present-tense verb (after و/ف), not a past of forms V/VI ("وتعرضت")
_PRESENT_OPENING = re.compile(r"\W*[وف]?[يت]\w{2,}")


def _campaign_since(text: str, f: Frame, clause: tuple[int, int], span_dates) -> bool:
    """Does the frame's clause open with a present-tense verb ("وتشن"، "وتتعرض") and tell "منذ" + a day
    before the report's (a background date) before the event word?"""
    a, b = clause
    mo = _PRESENT_OPENING.match(text, a)
    if mo is None or mo.end() > f.trigger.start + 1 and mo.start() > f.trigger.word_start:
        return False
    word = text[a:mo.end()].strip().lstrip("وف")
    if any(word.startswith(p) for p in words("past_t_verb")):
        return False
    for d in span_dates:
        if d.kind == "background" and d.resolved and a <= d.start < f.trigger.word_start and \
                text[max(a, d.start - 6):d.start].rstrip().endswith("منذ"):
            return True
    return False


def _may_imperfect_before(text: str, t: int, t_end: int) -> bool:
    """Is the event word at t (its word ending at t_end) told after "قد" + an imperfect in its clause,
    within 40 characters ("ويقول الخبير إن النظام قد يشن هجوماً جديداً على جبل الزاوية"), or the
    imperfect itself ("قد يقصف الرستن"; q87-probe-feature)?"""
    lo = max(0, t - 40)
    if "قد " not in text[lo:t]:
        return False
    for mt in _MAY_IMPERFECT.finditer(text, lo, t_end):
        if (mt.end() <= t and _NO_CLAUSE_BREAK.fullmatch(text, mt.end(), t) is not None or mt.end() == t_end) and \
                _MAY_PLUPERFECT.search(text, max(0, mt.start() - 40), mt.start()) is None:
            return True
    return False


#: an event noun and up to three words of its object or place, then a verb of what it will do or be
#: ("ان استعاده القياره ستكون اختبارا"، "ان معركه الموصل قد تدفع"): see grammar_words.tsv forecast_verb
_FORECAST_AFTER = re.compile(rf"(?:\s+(?!(?:التي|الذي|بعد|منذ|امس|اليوم)(?![\u0621-\u064a]))[^\s،,.:؛;\n]+){{0,3}}\s+"
                             rf"(?:{alternation('forecast_verb')})(?![\u0621-\u064a])")


def _forecast_subject(text: str, f: Frame) -> bool:
    """Is the frame's event noun the subject of a forecast: right after "أن/إن" or at its sentence's
    head, followed by its place and a verb of what it will do ("ويرى خبراء أن استعادة البلدة ستكون
    اختباراً لقدرة الجيش"; fix round q87-fix14p)?"""
    tr = f.trigger
    if tr is None or tr.word_start != tr.start and text[tr.word_start:tr.start] not in ("و", "ف"):
        return False
    if f.casualties.killed is not None or f.casualties.injured is not None:
        return False   # "أن الهجوم على القرية سيكلف المسلحين ثمناً، بعد أن قتل فيه 3 جنود": it happened   # (a noun with no clitic but "and": "لاستعادة" is an aim, "ستشن" a verb)
    before = text[max(0, tr.word_start - 4):tr.word_start]
    if not (before.endswith(" ان ") or before.rstrip(" ")[-1:] in ("", ".", "\n", "،")):
        return False
    return _FORECAST_AFTER.match(text, tr.word_end) is not None


#: "أي" (any) right before the event word (after a negation: "لم تشهد المدينة أي تظاهرات")
_NONE_OF_IT = re.compile(r"(?:^|\s)اي\s+$")


def _coming_day_after(text: str, h: Hit) -> bool:
    """Does a coming day ("الأسبوع المقبل"، "يوم الخميس القادم") stand after the event word `h` in its
    clause (up to punctuation, at most 60 characters on)?"""
    end = min(len(text), h.end + 60)
    for c in ".،,؛\n":
        i = text.find(c, h.end, end)
        if i >= 0:
            end = i
    return _COMING_DAY.search(text, h.end, end) is not None


#: a coming week, month or named day ("الأسبوع المقبل"، "يوم الخميس القادم"، "مطلع الشهر المقبل")
_COMING_DAY = re.compile(r"(?:^|\s)(?:الاسبوع|الشهر|العام|الاحد|الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه|السبت)\s+(?:المقبل|القادم)(?!\S)")


#: a "but" opening a fact-check's clause (`debunk_but`), after the clause of the deed told
_DEBUNK_BUT = re.compile(rf"[،,]\s*(?:{alternation('debunk_but')})(?![\u0621-\u064a])")

#: a deed told as what a clip or pages said (`clip_rumour_word`): "مقطعاً قيل إنه لقصف على X"
#: a verb or noun of deploying right before a sniper word (`deploy_word`): "نشرت قوات الأمن قناصة على الأسطح"
_SNIPERS_DEPLOYED = re.compile(rf"(?<![\u0621-\u064a])[وف]?[بل]?(?:{alternation('deploy_word')})\s+(?:\S+\s+){{0,2}}$")
#: ... or one or two words after it ("قناصة حوثيين انتشروا على أسطح المباني")
_SNIPERS_DEPLOYED_AFTER = re.compile(rf"(?:\s+\S+){{0,2}}?\s+[وف]?(?:{alternation('deploy_word')})(?![\u0621-\u064a])")
#: "to" the side that took a place lost ("خسرت قسد بلدة X لصالح مقاتلي العشائر"): read after a lose verb (`lost_to_word`)
_LOST_TO = re.compile(rf"(?<![\u0621-\u064a])(?:{alternation('lost_to_word')})(?![\u0621-\u064a])")
#: the object of a take or regain verb that is no place ("استعاد الجيش زمام المبادرة"، "استعادت قواتنا زمام الأمور"):
#: up to three words (its subject) and "زمام" and a word of `helm_object`
_HELM_TAKEN = re.compile(rf"(?:\s+\S+){{0,3}}?\s+زمام\s+(?:{alternation('helm_object')})(?![\u0621-\u064a])")
_RUMOUR_WORD = re.compile(rf"(?<![\u0621-\u064a])[وف]?(?:ال)?(?:{alternation('clip_rumour_word')})(?![\u0621-\u064a])")


#: a yes/no question's opening word (`yes_no_question`): "هل صحيح أن طائرات قصفت مستشفى في مدينة X؟"
_YES_NO = re.compile(rf"(?<![\u0621-\u064a])(?:{alternation('yes_no_question')})(?![\u0621-\u064a])")
#: what a fact-check examines (`checked_media`, `clip_rumour_word`) before the deed it is said to show
_CHECKED = re.compile(
    rf"(?<![\u0621-\u064a])[وف]?(?:{alternation('checked_media')}|(?:ال)?(?:{alternation('clip_rumour_word')}))"
    rf"(?![\u0621-\u064a])")
#: a fact-check's verdict that it is old, from elsewhere, did not happen or is false (`debunk_verdict`, `falsehood_word`)
_DEBUNK_VERDICT = re.compile(
    rf"(?<![\u0621-\u064a])(?:{alternation('debunk_verdict')}|{alternation('falsehood_word')})(?![\u0621-\u064a])")
#: cheap substrings of those verdicts: the rule is asked only of a report that holds one
_VERDICT_NEEDLES = tuple(sorted(set(words('debunk_verdict') + words('falsehood_word'))))   # (whole phrases: "في" or "لا" alone is in every report)
#: (asked of every report: answered by the report's word scan, not one `in` scan per phrase)
_verdict_in = occurs_any(_VERDICT_NEEDLES)


#: a fact-check's verdict line: its label at the line's start, then a colon (`fact_check_summary`)
_SUMMARY_LINE = re.compile(rf"(?:^|\n)[\s\-–•*]*(?:{alternation('fact_check_summary')})\s*:")


#: an explainer's or a chronology's title: a battle's noun at a line's head, after at most a title word ("تسلسل
#: زمني ل"، "تطورات")، then at most four words (the battle's name, a year) and a colon (round q93-probe-map)
_TOPIC_HEAD = re.compile(
    rf"(?:^|\n)[\s\-–•*#]*(?:(?:{alternation('topic_head_lead')})\s*ل?\s*)?"
    rf"(?:{alternation('battle_topic_noun')})(?:\s+[^\s:.،\n]+){{1,4}}\s*:")


def _on_topic_head(text: str, t: int) -> bool:
    """The event word at `t` is the battle's noun heading an explainer's or a chronology's title line ("معركة تلعفر
    2017: أطلقت القوات ..."، "تسلسل زمني لمعركة مدينة X: 2023 - ..."): it names the piece's subject, the stages and
    incidents below tell the events with their own days; no fight of the report's day (round q93-probe-map)."""
    s = text.rfind("\n", 0, t) + 1
    if t - s > 40:
        return False
    h = _TOPIC_HEAD.match(text, max(s - 1, 0)) if s else _TOPIC_HEAD.match(text, 0)
    return h is not None and h.start() <= t < h.end()


def _on_summary_line(text: str, t: int) -> bool:
    """The event word at `t` is on a fact-check's verdict line ("خلاصة التحقق: ادعاء "تصفية العشرات" في حي X مضلل، أما
    حملة المداهمات ومقتل الشخصين قرب Y فصحيحة"): what the line names was told above it or is judged false, no new
    event (round q92-probe-fact)."""
    s = text.rfind("\n", 0, t)
    return _SUMMARY_LINE.match(text, max(s, 0)) is not None


def _question_asked(text: str, t: int) -> bool:
    """The event word at `t` is inside a yes/no question: "هل" before it in its sentence and "؟" after it before the
    sentence ends ("هل صحيح أن طائرات حربية قصفت مستشفى في مدينة X أمس؟"، "هل قصف الجيش مخيم X؟"): asked, not told
    (round q92-probe-fact)."""
    q = text.find("?", t)
    if q < 0 or q > _sentence_end(text, t):
        return False
    s = max(text.rfind(".", 0, t), text.rfind("\n", 0, t), text.rfind("?", 0, t)) + 1
    return _YES_NO.search(text, s, t) is not None


def _debunked(text: str, f: Frame) -> bool:
    """A deed told as what a picture, a clip or a claim shows ("الفيديو المتداول عن اشتباكات في حي X"، "صوراً قالت
    إنها لقصف على مدينة X"، "ادعاء: سيطرت X على Y") that the fact-check finds old, from elsewhere, false or never
    happened, after the event word in its paragraph, up to 400 characters on ("ليس من غزة"، "وتبين أن الصور قديمة"، "الحكم: خطأ"):
    no event (round q92-probe-fact). "ليس من الواضح" (it is not clear) is no verdict."""
    t = f.trigger.word_start
    s = max(text.rfind(".", 0, t), text.rfind("\n", 0, t), text.rfind("?", 0, t)) + 1
    if _CHECKED.search(text, s, t) is None:
        return False
    # (the verdict up to 400 characters on, in the deed's paragraph: "منشورات تزعم أن عناصر اقتحموا حي X. تحققنا من
    #  الصور ... كما نفت القيادة الادعاء، وقال مصدر إنه لا صحة لأي عمليات")
    e = text.find("\n\n", f.trigger.end)
    if e < 0:
        e = len(text)
    for v in _DEBUNK_VERDICT.finditer(text, f.trigger.end, min(e, f.trigger.end + 400)):
        if v.group().endswith("من") and text.startswith(" ال", v.end()):
            continue
        return True
    return False


#: "منذ بداية العام ... أكثر من 600 انتهاك، بينها 74 حالة اعتقال": the part of a period's count (tally_part), then
#: up to a number, "حالة/حالات" and "ال", right before the event word (fix round q94-fix29p)
_TALLY_PART = re.compile(rf"(?:^|[\s،,])(?:{alternation('tally_part')})\s+(?:(?:اكثر\s+من|نحو)\s+)?"
                         r"(?:[\d,.]+\s+)?(?:حال(?:ه|ات)\s+)?$")


def _tally_part(text: str, f: Frame) -> bool:
    """Is the frame's event word the part of a count since a past day that a tally_part word opens
    ("ووثق المركز منذ بداية العام أكثر من 600 انتهاك، بينها 74 حالة اعتقال")?"""
    ws = f.trigger.word_start
    if "ها" not in text[max(0, ws - 40):ws]:   # (every tally_part word ends so: a cheap test before the pattern)
        return False
    if _TALLY_PART.search(text, max(0, ws - 40), ws) is None:
        return False
    return "منذ" in text[_sentence_start(text, ws):ws]


def _sentence_end(text: str, pos: int) -> int:
    """Where the sentence `pos` is in ends: its full stop or its line's end."""
    e = [x for x in (text.find(".", pos), text.find("\n", pos)) if x >= 0]
    return min(e) if e else len(text)


def _sentence_start(text: str, pos: int) -> int:
    """Where the sentence `pos` is in starts: right after the full stop or line end before it."""
    return max(text.rfind(".", 0, pos), text.rfind("\n", 0, pos)) + 1


def _fall_to_strongest(f: Frame, cues: list) -> bool:
    """When a rule finds the frame's event word is no event (an aim, a lost initiative, a loss with no
    winner), the strongest of the frame's other event words `cues` becomes its event; False when there is
    none, so the caller decides (most often: the frame tells no event)."""
    if not cues:
        return False
    f.trigger, cue = max(cues, key=lambda hc: hc[1].strength)
    f.set_cue(cue)
    f.cues = cues
    return True


def _mark_modalities(text: str, frames: list[Frame], m: DocMentions, lex: Lexicons) -> None:
    legal = has(text, "يرق") or has(text, "يشكل") or has(text, "تشكل") or has(text, "يعد") or has(text, "تعد") \
        or has(text, "يمثل") or has(text, "تمثل")
    # (whether the report tells of bodies found: asked once, when a frame first has a date, not
    #  two scans of the report for each dated frame, ~20 a report; speed q88-speed2)
    found_told = None
    # (a fact-check's "but" clause matters only where a negation follows it: none in the report, none asked)
    negated_any = any(h.payload == "negation_any" for h in m.discourse.items)
    # (a family's quarrel is asked of a frame's sentence only where the report tells one)
    quarrel_told = any(w in text for w in _HOUSEHOLD_ADJ) and any(w in text for w in _QUARREL_NEEDLES) \
        and _PRIVATE_QUARREL.search(text) is not None
    # (an ordinary crime is asked of a frame only where the report holds one of its words)
    brawl_told = any(w in text for w in _BRAWL_NEEDLES)
    crime_regexes = tuple(r for r, told in (
        (_BRAWL, brawl_told),
        (_MOTIVE_QUARREL, (brawl_told or "خلاف" in text) and any(w in text for w in _MOTIVE_NEEDLES)),
        (_KIN_KILLING, _kin_told(text))) if told)
    # (what an arrest caught is asked only of an arrest frame: the catch words are looked for only where the
    #  report has one; every match of `_CRIMINAL_CATCH` holds one of them; round q95-speed)
    catch_told = any(f.cue_name == "arrest" for f in frames) and any(w in text for w in _CATCH_NEEDLES)
    # (remains handed over are asked of a frame only where the report names remains)
    handed = [(mo.start(), mo.end()) for mo in _HANDED_REMAINS.finditer(text)] \
        if any(w in text for w in _REMAINS_NEEDLES) else []
    # (an arrest "بجرم السرقة والتخريب" in a report of protests took protesters or rioters: political, kept)
    protest_told = catch_told and any(f.cue is not None and f.cue.family == "protest" for f in frames)
    # (a question or a fact-check's verdict is asked of a frame only where the report holds one)
    question_told = "?" in text and "هل" in text   # ("؟" is normalised to "?")
    account_told = any(w in text for w in _ACCOUNT_WORDS)   # (`_ACCOUNT_CALLED`)
    verdict_told = _verdict_in(text)
    summary_told = ":" in text and ("التحقق" in text or "الحكم" in text) and _SUMMARY_LINE.search(text) is not None
    # (an explainer's title is asked of a frame only where the report has a colon and a battle's noun)
    topic_told = ":" in text and _TOPIC_HEAD.search(text) is not None
    # (a speech's tally is asked of a frame only where the report names a speech at all: one answer from the
    #  report's word scan, not a sentence slice per frame)
    speech_told = _speech_in(text)
    prev = None
    for f in frames:
        if legal and f.trigger is not None and _legal_finding(text, f):
            f.claim = True   # "إن الهجوم ... يرقى إلى جريمة حرب": judged, told elsewhere (q87-probe-official)
        if f.trigger is not None and text.startswith(("تفجير", "بتفجير"), f.trigger.word_start) \
                and ("منفجر" in text[f.trigger.end:f.trigger.end + 40] or "مخلفات" in text[f.trigger.end:f.trigger.end + 30]) \
                and f.casualties.killed is None and f.casualties.injured is None:
            # "تم تفجير ذخائر غير منفجرة في بلدة X"، "تفجير مخلفات الحرب": a controlled detonation by
            # deminers, no attack (q87-probe-official)
            f.negated = True
        if f.trigger is not None and text.startswith("عن ", f.trigger.word_start - 3) \
                and _DESIST_BEFORE.search(text, max(0, f.trigger.word_start - 20), f.trigger.word_start):
            f.future = True   # "ويطالب قوات الدعم السريع بالكف عن قصف الأحياء": asked, not done
        if f.trigger is not None and not text.startswith("ال", f.trigger.word_start) \
                and f.casualties.killed is None and f.casualties.injured is None \
                and _HALT_CALLED.search(text, max(0, f.trigger.word_start - 16), f.trigger.word_start):
            # "التحرك لإيقاف استهداف المدنيين"، "دعا إلى وقف قصف الأحياء": a halt called for of a deed in
            # construct, told of no day and no dead, is no event (not "نجحت القوات في وقف الهجوم": a
            # definite attack that happened; fix round q93-fix26p)
            f.future = True
        if account_told and f.trigger is not None \
                and _ACCOUNT_CALLED.search(text, max(0, f.trigger.word_start - 60), f.trigger.word_start):
            # "طالب بمحاسبة المسؤولين عن قتل المتظاهرين": the deed a demand names, no event of the day
            f.future = True
        if prev is not None and prev.status and f.trigger is None and f.sent == prev.sent and \
                f.cue_name in ("takeover", "regain") and prev.cue_name in ("takeover", "regain"):
            # "فقوات الدعم السريع تسيطر اليوم على ...، فيما يحتفظ الجيش بمدينة الفاشر": the other side's
            # clause, of the first one's cue, tells a state as the first one does (q87-probe-feature)
            f.status = True
        prev = f
        t = f.trigger.start if f.trigger else f.start
        if question_told and f.trigger is not None and _question_asked(text, f.trigger.word_start):
            f.negated = True   # "هل قصف الجيش مخيم X؟": asked, not told (q92-probe-fact)
        if verdict_told and f.trigger is not None and _debunked(text, f):
            f.negated = True   # "الفيديو المتداول عن اشتباكات في حي X ليس من غزة" (q92-probe-fact)
        if summary_told and f.trigger is not None and _on_summary_line(text, f.trigger.word_start):
            f.negated = True   # "خلاصة التحقق: ... أما مقتل الشخصين قرب X فصحيح": told above (q92-probe-fact)
        if topic_told and f.trigger is not None and _on_topic_head(text, f.trigger.word_start):
            f.negated = True   # "معركة تلعفر 2017: ...": the explainer's subject, no fight today (q93-probe-map)
        if quarrel_told and (f.cue is None or f.cue.family in ("fight", "killing") and f.cue_name != "sexual"):
            if _private_quarrel(text, t):
                # "إطلاق نار خلال شجار عائلي في حي X"، "سماع إطلاق نار ... تبين أنه ناجم عن خلاف عائلي": a
                # family's or a person's quarrel, no political violence (fix round q91-fix22p)
                f.negated = True
        if (catch_told and not protest_told if f.cue_name == "arrest" else crime_regexes) \
                and _ordinary_crime(text, f, crime_regexes):
            # "أصيب شخصان جراء شجار بالسكاكين"، "قتل رجل زوجته ... والقبض على الجاني": an ordinary crime, no
            # political violence (round q94-probe-crime)
            f.negated = True
        # (the span of the frame's clauses, a fronted one included; asked twice below)
        span_s, span_e = f.bounds() if f.spans else (f.start, f.end)
        span_dates = m.dates.within(f.start, span_e)
        if handed and _bodies_handed_over(text, f, span_dates, handed):
            # "تبادلت القوات الحكومية وجماعة الحوثي جثث 30 قتيلاً": the dead of earlier fights, whose remains
            # are the news (round q95-probe-detainee)
            f.negated = True
        own = f.spans or [(f.start, f.end)]
        # only the frame's own clauses: a later clause it borrowed places from has its own modality
        cue_hits = m.discourse.within(*own[0]) if len(own) == 1 else \
            [h for a, b in own for h in m.discourse.within(a, b)]
        if negated_any and f.trigger is not None \
                and (b := _DEBUNK_BUT.search(text, own[-1][1] - 1, _sentence_end(text, own[-1][1]))) \
                and _RUMOUR_WORD.search(text, max(text.rfind(".", 0, t), text.rfind("\n", 0, t), 0), t):
            # "تداولت صفحات مقطعاً قيل إنه لقصف على مدينة X، غير أن التحقق أظهر أن المقطع يعود إلى 2016":
            # the report told is found false in the "but" clause after the deed's (fix round q89-fix19p)
            cue_hits = list(cue_hits) + [h for h in m.discourse.within(b.end(), _sentence_end(text, b.end()))
                                         if h.payload == "negation_any"]
        nth_day = False
        tally_toll = False
        anniversary = -1   # where a word of remembrance ("ذكرى") before the event word opens
        defused = False
        foiled_at = len(text)   # where the word that defused or foiled the bomb ends
        continuing = False   # the habitual mark is a verb of continuing (تواصل، يواصل)
        if f.cue_name in ("takeover", "regain") and _present_state(text, f, m):
            f.status = True   # "وتسيطر قوات X حالياً على ...": who holds it, no take-over of the day
        if f.trigger is not None and "منذ" in text[span_s:span_e] and _campaign_since(text, f, own[0], span_dates):
            # "وتشن قوات النظام منذ 18 شباط هجوماً عنيفاً على الغوطة الشرقية، أسفر عن مقتل أكثر من 900": a
            # campaign told in the present since a day before the news, with its running toll, is no day's
            # event (q87-probe-feature)
            f.cumulative = True
        if f.trigger is not None and _tally_part(text, f) \
                and not any(d.start >= f.trigger.end for d in span_dates):
            # "منذ بداية العام ... بينها اعتقال 34 صياداً": part of a year's count; not one told with its own
            # day after it ("منذ الاثنين ... بينها صاروخ سقط على منزل في مخيم X مساء الأربعاء"; q94-fix29p)
            f.cumulative = True
        if _may_imperfect_before(text, t, f.trigger.word_end if f.trigger else t):
            f.future = True   # "قد يشن هجوماً": what may happen, no event
        if f.trigger is not None and "وشيك" in text[f.trigger.word_end:f.trigger.word_end + 40] \
                and _IMMINENT_AFTER.match(text, f.trigger.word_end) is not None:
            f.future = True   # "معارك حاسمة باتت وشيكة"، "هجوم وشيك على المدينة": imminent, not yet (q88-precision)
        if f.trigger is not None and f.casualties.killed is not None and f.casualties.killed.best >= 1000 \
                and ("ال" in text[f.trigger.word_start:f.trigger.start + 2]
                     or all(p.anaphor for p in f.places)):
            # "وتقول تقارير أممية إن المعارك تسببت بمقتل أكثر من ألفي شخص"، "قدرت منظمات عدد القتلى خلال
            # المعركة بأكثر من تسعة آلاف": thousands dead of the battle or war the reader knows (a definite
            # event noun) are its tally, no day's event; so are thousands told with no place ("شن التحالف أكثر
            # من عشرين ألف غارة، قتل فيها آلاف المدنيين") or only a place referred back to ("حين قصف الجيش البلدة
            # وقتل نحو خمسة آلاف"), not to be lent to an event told before (q87-probe-feature)
            f.cumulative = True
        if f.trigger is not None and f.casualties.killed is not None and "خلال" in text[f.trigger.end:f.end] \
                and "ال" in text[f.trigger.word_start:f.trigger.start + 2] \
                and _DAYS_TALLY.search(text, f.trigger.end, f.end) is not None:
            # "وارتفعت حصيله ضحايا الغارات على القطاع خلال الايام الماضيه الي 800": the toll of the strikes the
            # reader knows (a definite event word) over several days, no toll of the event told before it
            f.cumulative = True
        for h in cue_hits:
            cue = h.payload
            if span_dates and _inside_any(h, span_dates) and not (
                    # (but a toll's period, "مقتل 23 شخصاً خلال الأسبوع الماضي", is the time
                    #  expression itself: a tally of the week, no day's event)
                    cue == "cumulative" and f.cue is not None and f.cue.family == "killing"
                    and f.trigger is not None and (f.trigger.end <= h.start or _PERIOD_TALLY.match(text, h.start))
                    or cue == "cumulative" and f.cue is not None and f.cue.family == "detention"
                    and f.trigger is not None and _PERIOD_TALLY.match(text, h.start)
                    and _MANY_HELD.search(text, min(f.trigger.end, h.end), max(f.trigger.word_start, own[0][1]))
                    or cue == "cumulative" and f.trigger is not None and h.end <= f.trigger.word_start
                    and f.casualties.killed is not None and _PERIOD_TALLY.match(text, h.start)
                    and _TALLY_CAUSE.search(text, h.end, f.trigger.word_start) is not None):
                continue  # "منذ" inside "منذ ساعات الفجر" is part of a time expression
            before = h.end <= t and t - h.end <= 40
            if cue == "negation" and h.end <= t and text.startswith(_COULD_NOT, h.start) and \
                    _could_not_take(text, f, h):
                # "لم يتمكن المسلحون من اقتحام المدينة بعد مواجهات عنيفة مع قواتها": a take-over that
                # failed in a fight told with it is the fight, as "فشل المسلحون في اقتحامها" is (q85-probe6)
                f.attempt = True
            elif cue == "negation" and h.end <= t:
                # "نفت الوزارة أن تكون طائراتها قد قصفت": the whole clause; but "نفت الهيئة
                # مسؤوليتها عن اغتيال ..." denies who did it, not that it happened; and "الجيش ينفي ويؤكد
                # أن الطيران يقصف مواقع X" asserts the event after the denial (q89-probe-live)
                # (not a definite event word there: "نفت القيادة أي تورط لقواتها وقالت إن الضحايا سقطوا في
                #  المعارك" explains the victims by fights the reader knows, it tells no new event)
                f.negated = _RESPONSIBILITY.search(text, h.end, t) is None and not (
                    "و" in text[h.end:t] and _ASSERT_AFTER_DENIAL.search(text, h.end, t) is not None
                    and f.trigger is not None and "ال" not in text[f.trigger.word_start:f.trigger.start + 2])
            elif cue == "negation_any":
                # "الأنباء عن سيطرة مسلحين على القاعدة عارية عن الصحة": the report told is false
                f.negated = True
            elif cue == "negation_near" and _OUTCOME_AFTER.match(text, h.end) is not None:
                # "لم يسفر القصف عن أي إصابات": the shelling happened, its toll did not; the dead
                # and wounded are only those counted before it
                if f.casualties.killed is not None or f.casualties.injured is not None:
                    f.casualties = clause_casualties(text, own[0][0], h.start, m, None) \
                        if h.start > own[0][0] else Casualties()
            elif cue == "negation_near" and h.end <= t and t - h.end <= 14 and not _so_indeed(text, h, f) \
                    and not _went_missing(text, h, m) and not _nothing_but(text, h, f):
                f.negated = True
            elif cue == "negation_near" and h.end <= t and t - h.end <= 48 and f.trigger is not None \
                    and _NONE_OF_IT.search(text, max(h.end, f.trigger.word_start - 6), f.trigger.word_start) \
                    and not any(c in text[h.end:t] for c in ".,،؛:!?\n"):
                # "لم تشهد شوارع القاهرة أي تظاهرات"، "لم تسجل أي اشتباكات": "not ... any" with the event
                # word right after "أي", a few words from the negation in one clause (q88-probe-nonbattle)
                f.negated = True
            elif cue == "accident":
                f.negated = True   # "قتل رجل بحادث سير": casualties, but of no conflict event
            elif cue == "future" and before:
                f.future = True
            elif cue == "call" and before and f.trigger is not None and _CALLED_FOR.search(
                    text, max(0, f.trigger.word_start - 5), f.trigger.start) is not None:
                f.future = True   # "دعت الفصائل أنصارها إلى التظاهر": called for, not done (quality-76)
            elif cue == "habitual":
                f.habitual = True
                continuing = continuing or text.startswith(_CONTINUING, h.start)
            elif cue == "background" and text[h.end:h.end + 8].startswith(" ا") \
                    and _SUPERLATIVE_OF_THEM.match(text, h.end) is not None \
                    and text[max(0, h.start - 4):h.start].strip()[-1:] in ("", ".", "\n"):
                # (opening its sentence: not "تشهد المدينة تفجيرات متكررة، كان أعنفها انفجار في تموز
                #  الماضي", the worst of a habit told in a clause after it)
                # "وكان أكثرها دموية انفجار سيارة مفخخة في حي X أوقع 14 قتيلاً": "the bloodiest of them
                # was" singles out one of the day's events, no past perfect (q86-probe4)
                pass
            elif cue == "background" and _TOLL_WAS.match(text, h.end) is not None \
                    and " قد " not in text[h.end:h.end + 40]:
                # "وكانت الحصيلة الأولى ستة قتلى، ثم صححت إلى تسعة": the toll of the event just told (its
                # first figure, then the corrected one), no past perfect; "وكانت الحصيلة قد بلغت" stays (q92-fixcas)
                pass
            elif (cue == "background" or cue == "grievance" and "ذكري" in text[h.start:h.end] and not (
                    f.cue is not None and f.cue.family == "protest")) and h.start <= t:
                # (and "وقفة إحياءً لذكرى مجزرة قتل فيها 40": the massacre remembered; a protest word
                #  after it, "مسيرة بمناسبة ذكرى فض الاعتصام", is today's march)
                f.background = True
                if "ذكري" in text[h.start:h.end]:
                    anniversary = f.remembered_at = h.start
            elif cue == "earlier" and f.trigger is not None and h.start >= f.trigger.end \
                    and (g := _earlier_event(text, h, f, m)) is not None:
                # "وفي الهجمات السابقة على مدارس الأونروا في جباليا"، "قصفت في السابق مستشفيات في الخرطوم": the
                # earlier deeds a statement lists as a pattern, no day's event; when they are told in a later
                # clause of the day's event ("هجوم الدعم السريع على مدينة الأبيض، وقالت إنه امتداد للهجمات السابقة
                # على مدن بارا وأم روابة"), only the places told with them go (round q91-probe-forms)
                if g.start == f.trigger.start:
                    f.background = True
                else:
                    f.places = [p for p in f.places if p.start < g.word_start]
            elif cue == "compared" and f.trigger is not None:
                # "فهل سيكتفي الحزب بالرد كما فعل بعد اغتيال فؤاد شكر؟": the deed compared with is of the past;
                # "قصفت الطائرات مدينة رفح أمس كما فعلت في خان يونس": the places after it are the compared
                # deed's (round q91-probe-forms)
                if h.end <= t:
                    f.background = True
                else:
                    f.places = [p for p in f.places if p.start < h.start]
            elif cue == "pattern" and before:
                # "دأبت الميليشيا على استهداف المدنيين"، "حلقة في سلسلة استهداف المدنيين التي شملت بلدات X وY": a
                # habit or a chain of deeds, no day's event (round q91-probe-forms)
                f.habitual = True
            elif cue == "attempt" and before and not _survived(text, h):
                f.attempt = True
                if f.cue is not None and f.cue.family == "explosive":
                    # "أحبطت الشرطة محاولة تفجير عبوة", "فشل انتحاري في تفجير حزامه": a bomb
                    # tried or foiled did not go off, like one defused
                    defused, foiled_at = True, h.end
            elif cue == "hedge":
                f.hedged = True
            elif cue == "retold":
                if f.trigger is not None and 0 <= h.start - f.trigger.word_end <= 16 and \
                        "ال" in text[f.trigger.word_start:f.trigger.start + 2] and \
                        not _is_eventful_casualties(f.casualties) and \
                        _AFTER_PERIOD.search(text, max(0, f.trigger.word_start - 24), f.trigger.word_start):
                    # "تظاهر المئات عقب الاشتباكات الدامية التي شهدتها المدينة": the clashes the
                    # readers know, told after عقب/بعد/إثر as the background of another event, are
                    # not an event of this clause
                    f.claim = True
            elif cue == "status" and h.start < t < h.end:
                f.status = True   # "مناطق سيطرة فصائل الجيش الحر": the take-over word is the state's own
            elif cue == "status" and h.end <= t and t - h.end <= 16:
                # "المناطق التي تسيطر عليها" says who holds them; "المناطق التي حُررت" tells that
                # they were taken: after a relative pronoun only a present-tense verb is a state
                relative = text[h.start:h.end] in ("التي", "الذي", "الذين")
                present = f.trigger is not None and \
                    text[f.trigger.word_start:f.trigger.start][-1:] in ("ي", "ت", "ن")
                if not relative or present:
                    f.status = True
            elif cue == "cumulative":
                if f.trigger is not None and 0 <= f.trigger.word_start - h.end <= 2 and any(
                        d.kind == "point" and d.precision == 1 and 0 <= d.start - f.trigger.word_end <= 2
                        and not any(c.isdigit() for c in text[d.start:d.end])
                        for d in m.dates.within(f.trigger.word_end, f.trigger.word_end + 24)):
                    # "قتل 56 مدنياً منذ اندلاع الاشتباكات أمس بين الجيش والدعم السريع في الخرطوم": the
                    # fight that broke out yesterday, with its dead since, is the event, no campaign's
                    # tally (q86-probe4)
                    pass
                elif h.end <= t and "," in text[h.end:t] and (
                        (lead := _CONTRAST_LEAD_AT.search(text, h.end, t)) is not None
                        # "منذ بداية الحرب استقبلنا آلاف الجرحى، واليوم وحده وصل إلينا 30 جريحاً من قصف
                        # النصيرات": the day's clause after the war's count (round q90-probe-testimony)
                        or (lead := _DAY_LEAD_AT.search(text, h.end, t)) is not None):
                    # "ومنذ بدء العدوان، ارتفع عدد الشهداء إلى 1900، فيما استشهد اليوم 3 مواطنين في غارة
                    # على X": the campaign's mark and its toll are a clause of their own; the event
                    # told after "فيما" is the day's, with the dead counted there (q86-probe4)
                    f.casualties = clause_casualties(
                        text, lead.start(), max(e for _, e in f.spans) if f.spans else f.end, m, None)
                elif _STATE_SINCE.search(text, max(0, h.start - 16), h.start) is not None or \
                        _SIEGE_SINCE.search(text, max(0, h.start - 60), h.start) is not None:
                    # "تعرضت أحياء حمص القديمة المحاصرة منذ أكثر من عام لقصف": the year is the
                    # siege's, the shelling is the day's (so in "وسط حصار مطبق تفرضه على
                    # الغوطة منذ عام 2013")
                    pass
                elif f.trigger is not None and h.start > f.trigger.end and _state_of_a_side(
                        text, max(f.trigger.end, h.start - 90), h.start, m):
                    # "تجددت الاشتباكات بين الفرقة 22 وقوات الدعم السريع التي تحاصر المدينة منذ أكثر
                    # من عام": the year is the state a relative clause tells of a side (what it
                    # besieges or holds), the clash is the day's (q81-recall)
                    pass
                elif f.strength > 3 and f.trigger is not None and (
                        h.start > f.trigger.end
                        # (or told before a take-over verb: "وبعد أسابيع من المعارك سيطرت الفصائل اليوم على
                        #  مدينة سراقب"; lead, stop 24)
                        or (f.cue_name in ("takeover", "regain") and h.end <= f.trigger.start)) and (
                        _AFTER_PERIOD.search(text, max(0, h.start - 24), h.start) is not None
                        # "بعد أكثر من ثلاث سنوات من القتال": a count told with "more than"
                        or _AFTER_MORE_THAN.search(text, max(0, h.start - 40), h.start) is not None):
                    # "سيطرت قسد على مدينة الرقة بعد أربعة أشهر من المعارك": the months of fighting
                    # led to the day's take-over; they make no tally of it
                    pass
                elif f.strength > 3 and f.trigger is not None and h.start > f.trigger.end and \
                        any(x.payload == "nth_day" for x in cue_hits):
                    # "تواصلت لليوم الرابع الاشتباكات ...، وسط حصيلة تجاوزت 40 منذ بدء المواجهات":
                    # today's fight, told with the running toll of all its days: the toll is no
                    # one day's, the fight is
                    tally_toll = True
                elif f.strength > 3 and f.trigger is not None and f.cue.family in _WINDOWED_FAMILIES and \
                        "ال" not in text[f.trigger.word_start:f.trigger.start + 2] and \
                        " ".join(text[h.start:h.end].split()) in _DAY_WINDOW:
                    # "شن طيران التحالف 30 غارة على مواقع للحوثيين في الدريهمي خلال الساعات الـ24 الماضية"،
                    # "قتل 17 شخصاً خلال الساعات الأربع والعشرين الماضية في اشتباكات في حي X": a window of one
                    # day told with an event word of its own is the day the event happened in, no running
                    # count (a bare toll over it, "رصدت الشبكة خلال الـ24 ساعة الماضية مقتل 31 مدنياً", stays
                    # a tally: no event word; nor do the strikes retold by their definite noun, "الغارات على
                    # قرى الجنوب أسفرت خلال الساعات الـ24 الماضية عن مقتل 20": a day's sum; q87-recall)
                    pass
                elif (day_told := _day_told_before_mark(text, f, h, own[0][0], m)) is not None:
                    # "تجددت الاشتباكات اليوم في بلدة X، وقالت مصادر إن المعارك خلفت 61 قتيلاً منذ بدء
                    # المعارك"، "دارت مواجهات أمس في مدينة X، هي الأولى منذ اندلاع الحرب": the fight told
                    # with its own day, then the running count (or a comparison with the war) in a later
                    # clause: the fight is the day's event, with only the dead counted before the break
                    f.casualties = day_told
                elif (day_toll := _day_toll_before_campaign(text, f, h, own[0][0], m)) is not None:
                    # "قتل 24 مدنياً الخميس بغارات على X، مشيراً إلى أن حصيلة الضحايا منذ بدء
                    # الحملة تجاوزت 900": the day's event with its own dead, then the campaign's
                    # running toll in a clause of its own; the toll is no day's, the event is
                    f.casualties = day_toll
                else:
                    f.cumulative = True
            elif cue == "grave":
                # a mass grave or remains counted now: the dead of past events, no day's event --
                # unless told in a later clause than the event word, joined by a comma
                if not (h.start > t and "," in text[t:h.start]):
                    f.cumulative = True
            elif cue == "claim" and (h.start < t < h.end or h.end <= t and (t - h.end <= 30 or (
                    # (past a teller's title and names: "وتبنى المتحدث العسكري باسم جماعة الحوثي
                    #  يحيى سريع الهجوم", in the same clause)
                    t - h.end <= 80 and _NO_CLAUSE_BREAK.fullmatch(text, h.end, t) is not None))) and not any(
                    x.payload == "negation" and 0 <= h.start - x.end <= 40 for x in cue_hits) and not (
                    # "أعلن الحوثيون مسؤوليتها عن هجوم بعشر طائرات مسيرة استهدف X" tells the attack
                    # itself when the report told none before it; so does a definite one told by
                    # a clause of its own ("تبنى التنظيم الهجوم الذي استهدف حاجزاً في بلدة X")
                    f.trigger is not None and ("ال" not in text[f.trigger.word_start:f.trigger.start + 2]
                                               or _RELATIVE_AFTER.match(text, f.trigger.end) is not None
                                               # (or by its target: "أعلن التنظيم مسؤوليته عن الهجوم على
                                               #  نقطة أمنية في مدينة شبام"; q85-probe6)
                                               or _TARGET_AFTER.match(text, f.trigger.end) is not None)
                    and not any(g.trigger is not None and g.start < f.start for g in frames)) and not (
                    # (nor an indefinite one in a roundup's item of its own: "... . وفي العراق، تبنى
                    #  التنظيم تفجير عبوة ناسفة استهدفت دورية في قضاء X": a sentence opened by a
                    #  fronted place tells a new story, not the event of the item before; quality-72)
                    f.trigger is not None and "ال" not in text[f.trigger.word_start:f.trigger.start + 2]
                    and _opens_new_item(text, f, frames)):
                # (not "نفت الهيئة مسؤوليتها عن ...": a denial of who did it; the event word may be
                #  the claim's own retelling: "أعلنت القيادة المركزية أنها نفذت الضربة")
                f.claim = True
            elif cue == "generic" and h.end <= t and t - h.end <= 2 and not (
                    text[h.word_start:h.start].endswith("ل")
                    and "ال" not in text[f.trigger.word_start:f.trigger.start + 2]) and not (
                    # "ارتكبوا عمليات إعدام ميدانية بحق 52 مدنياً في قرى X": counted victims make
                    # them the day's killings, not a kind of event in general
                    f.casualties.killed is not None and "ال" not in text[h.word_start:h.start + 2]
                    and _PERPETRATED.search(text, max(0, h.word_start - 16), h.word_start) is not None):
                # "عمليات الاغتيال", "في عمليات اغتيال": the kind of event; "تعرضت الأحياء لعمليات
                # نهب" tells lootings the quarters underwent
                f.habitual = True
            elif cue == "nth_day":
                nth_day = True
            elif cue == "defused" and h.end <= t and f.cue is not None and f.cue.family == "explosive":
                defused = True
                foiled_at = h.end
            elif cue == "destroyed" and h.end <= t and f.cue is not None and f.cue.family == "explosive":
                if any(w.payload[1] == "air" for a, b in own for w in m.weapons.within(a, b)) or any(
                        w.payload[1] == "air" and 0 <= h.word_start - w.word_end <= 14
                        for w in m.weapons.within(max(0, h.word_start - 30), h.start)):
                    # "دمر طيران الجيش عجلات مفخخة حاولت الوصول إلى القطعات", "ذكرت الخلية أن طيران
                    # الجيش دمر عجلتين مفخختين": the aircraft struck them
                    f.set_cue(lex.cues["airstrike"])
                else:
                    defused = True   # "دمرت القوات ثلاث عجلات مفخخة": destroyed before it went off
            elif _names_the_reason(h, t):
                f.reason = True
            elif cue == "accused" and h.end <= t and t - h.end <= 4:
                f.claim = True   # "اتهمت X Y بالوقوف وراء الهجوم": the accused of the event just told
            elif cue == "charge" and (h.end <= t and t - h.end <= 4 and text.startswith("ال", t)
                                      # (or the charge is the deed's own word and its object definite:
                                      #  "اتهمت الحكومة جماعة الحوثي باستهداف المطار"; quality-70)
                                      or h.start <= t < h.end and text.startswith("ال", h.end + 1)
                                      # (not one told with a toll of its own: "اتهمت قسد فصائل تابعة
                                      #  للحكومة بقصف الحي ما أدى إلى مقتل امرأة" is a shelling)
                                      and not _charge_has_toll(text, f, m)) and \
                    _ACCUSING_BEFORE.search(text, max(0, h.start - 60), h.start) is not None:
                # "واتهمت الحكومة جماعة الحوثي بتنفيذ الهجوم": a charge only after an accusing verb, of
                # the event told (definite: "اتهم مصدر عسكري الحوثيين بشن هجومين" tells new attacks;
                # "قامت القوات بتنفيذ هجوم" the attack itself)
                f.claim = True
            elif cue == "grievance" and h.end <= t and t - h.end <= 30 and f.cue_name in (
                    "takeover", "regain", "advance", "arrest"):
                # "لافتات تطالب بفك الحصار وتحرير المدينة": a take-over demanded; so is an arrest
                # ("مطالباً وزارة الداخلية بالقبض على المتورطين", quality-55)
                f.future = True
            elif cue == "grievance" and h.end <= t and f.trigger is not None and (
                    f.trigger.word_start - h.end <= 2
                    # (or past one word of the cause's kind: "للتنديد بتكرار الاشتباكات"، "تنديداً
                    #  باستمرار القصف"; probe round q85-probe8)
                    or _GRIEVANCE_GAP.fullmatch(text, h.end, f.trigger.word_start) is not None):
                # "خرج المئات تنديداً باغتيال الناشط": the cause a protest is against, when no protest
                # word leads the clause, is an event told elsewhere if at all, not this clause's;
                # protesters named in the clause ("خرج المئات من المحتجين") make it their protest
                protest = lex.cues.get("protest")
                if protest is not None and (any(a.payload.klass == "protester" for x, y in own
                                                for a in m.actors.within(x, y))
                                            # (or the clause's own march before it: "خرج عشرات الأهالي في
                                            #  مظاهرة للتنديد بـ..."; probe round q85-probe8)
                                            or any(c is protest and g.end <= h.start for g, c in f.cues)):
                    f.set_cue(protest)
                    f.trigger, f.cues = h, [(h, protest)]
                    f.cause_at = h.start   # (the cause's dead and time are not the protest's)
                    f.casualties = clause_casualties(text, min(x for x, _ in own), h.start, m, None)
                    f.spans = [(x, min(y, h.start)) for x, y in f.spans if x < h.start]
                    f.end = min(f.end, h.start)
                    span_e = min(span_e, h.start)
                    span_dates = [d for d in span_dates if d.end <= h.start]
                    t = h.start
                else:
                    f.reason = True
        if nth_day:
            f.habitual = False   # "تتواصل الاشتباكات لليوم الثاني": today's fighting
        if not f.cumulative and f.strength <= 3 and f.cue_name in ("kill", "casualties") and f.places \
                and _country_tally(text, f, cue_hits, lex):
            # "قتل 128 شخصاً في سوريا اليوم بينهم 60 في دمشق و25 في حمص": a country's toll of the
            # day told by governorate is a tally, no event at each (quality-72)
            f.cumulative = True
        if f.cue_name == "regain" and f.trigger is not None \
                and text.startswith(("استعاد", "واستعاد"), f.trigger.word_start) \
                and _RECALLED.match(text, f.trigger.word_end):
            # "واستعاد خطيب الجمعة ... ذكرى مجزرة صبرا وشاتيلا": a memory recalled, no place regained
            # (round q92-probe-speech)
            f.negated = True
        if speech_told and not f.cumulative and f.trigger is not None and _speech_tally(text, f.trigger.word_start):
            # "قال زعيم الجماعة في خطابه إن قواته استهدفت هذا الأسبوع ثماني سفن": a speech's tally of the week's
            # deeds, no day's event (round q92-probe-speech)
            f.cumulative = True
        if tally_toll and not f.cumulative:
            f.casualties = Casualties()
        if f.trigger is not None and _LASTED.match(text, f.trigger.word_end):
            entered = next(((h, c) for h, c in f.cues if c.cue in ("regain", "takeover")), None) \
                if f.cue_name == "clash" and f.has("advance") else None
            if entered is not None:
                # "دخلت الفصائل مدينة الباب بعد طرد التنظيم منها إثر معارك استمرت شهرين": the
                # months of fighting are the background; the entry after driving the other side
                # out is today's take-over
                f.set_cue(lex.cues["takeover"])
                f.trigger = entered[0]
            else:
                f.cumulative = True   # a campaign of months told again: its toll is no day's event
        if not defused and f.cue is not None and f.cue.family == "explosive" and any(
                h.payload == "destroyed" and text.startswith("تم", h.word_start)
                and not any(c in text[f.end:h.start] for c in ".\n")
                for h in m.discourse.within(f.end, f.end + 30)):
            defused = True   # "هجوماً بسيارتين مفخختين على القوات، تم تدميرهما قبل وصولهما"
        if not defused and f.cue is not None and f.cue.family == "explosive" and f.trigger is not None \
                and text.startswith("و", f.trigger.word_start) and own[0][0] >= f.trigger.word_start - 1:
            # "أزالت الفرق 400 لغم وعبوة": the bomb word joined by و to one defused before it in its clause
            # was defused with it (round q94-probe-uxo)
            d = next((h for h in reversed(m.discourse.within(max(0, f.trigger.word_start - 60), f.trigger.word_start))
                      if h.payload == "defused"), None)
            if d is not None and _JOINED_BOMB_GAP.fullmatch(text, d.end, f.trigger.word_start) is not None \
                    and not any(h.payload == "explosion" for h in m.triggers.within(d.end, f.trigger.word_start)):
                defused, foiled_at = True, d.end
        if f.cue is not None and f.cue.family == "explosive" and f.casualties.killed is None \
                and f.casualties.injured is None and f.trigger is not None \
                and _SAFE_DISPOSAL.search(text, _sentence_start(text, f.trigger.word_start),
                                          _sentence_end(text, f.trigger.word_end)) is not None:
            # "نفذ الجيش تفجيرات محكومة لمخلفات الحرب"، "تفجير ذخائر غير منفجرة بشكل آمن ... أصوات الانفجارات":
            # a disposal of war remnants, no explosion event (ACLED codes none for clearance; round q94-probe-uxo)
            f.negated = True
        if defused and f.casualties.killed is None and f.casualties.injured is None and not any(
                h.payload == "explosion" and not foiled_at <= h.word_start < t
                # (nor one told as what it was defused before: "تفكيك عبوة ناسفة ... قبل انفجارها"; quality-q76;
                #  "قبل أن يفجر حزامه")
                and not text.endswith(_BEFORE_WORD, 0, h.word_start)
                and not text.endswith(_BEFORE_THAT_WORD, 0, h.word_start)
                # (nor the deed a foiled bomber tried, right after him: "أحبطت محاولة انتحاري تفجير نفسه";
                #  q88-probe-levant)
                and not (f.attempt and foiled_at < t and 0 <= h.word_start - f.trigger.word_end <= 1)
                for a, b in own for h in m.triggers.within(a, b)):
            # (an explosion word between the foiling word and the bomb's did not happen: "أحبطت
            #  الشرطة محاولة تفجير عبوة")
            # "فككت فرق الهندسة 15 عبوة ناسفة": a bomb defused, found or seized did not go off (a
            # deminer killed "أثناء تفكيك لغم ... بعد انفجاره" has the explosion and the dead)
            f.negated = True
        elif defused and f.cue is not None and f.cue.family == "explosive":
            # "تمكنت القطعات من قتل 40 إرهابياً وتدمير 6 عجلات مفخخة": the bombs destroyed went
            # off nowhere; the killing told with them is the event
            other = [(h, c) for h, c in f.cues if c.family != "explosive" and c.event]
            _fall_to_strongest(f, other)
        if f.trigger is not None and f.cue_name in ("takeover", "regain") and "زمام" in text[f.trigger.word_end:f.trigger.word_end + 40] \
                and (mo := _HELM_TAKEN.match(text, f.trigger.word_end)) is not None \
                and not any(c in mo.group(0) for c in ".,،؛:\n"):
            # "استعاد الجيش زمام المبادرة في محور حيس": the initiative taken back, no place taken (q94-leftmaps)
            other = [(h, c) for h, c in f.cues if c.cue not in ("takeover", "regain") and c.event]
            if not _fall_to_strongest(f, other):
                f.negated = True
        if f.trigger is not None and f.cue_name == "takeover" and text.startswith("خسر", f.trigger.start) \
                and _LOST_TO.search(text, f.trigger.word_end, _sentence_end(text, f.trigger.word_end)) is None:
            # "خسرت قوات النظام عشرات العناصر في معارك ...": a loss with no side it went to (لصالح) is no
            # take-over; the frame's other event word, if any, is the event (q94-leftmaps)
            other = [(h, c) for h, c in f.cues if c.cue != "takeover" and c.event]
            if not _fall_to_strongest(f, other):
                f.negated = True
        if f.trigger is not None and "قناص" in text[f.trigger.word_start:f.trigger.word_end] \
                and f.casualties.killed is None and f.casualties.injured is None \
                and (_SNIPERS_DEPLOYED.search(text, max(0, f.trigger.word_start - 24), f.trigger.word_start)
                     or _SNIPERS_DEPLOYED_AFTER.match(text, f.trigger.word_end)) \
                and all("قناص" in text[h.word_start:h.word_end] for h, c in f.cues if c.event):
            # "نشرت قوات الأمن قناصة على أسطح المباني": snipers deployed, no shot told, no dead or wounded: a
            # deployment, no attack (q94-leftmaps)
            f.negated = True
        if f.trigger is not None and f.trigger.start - f.trigger.word_start >= 2 and \
                text.startswith(_FUTURE_PREFIXES, f.trigger.word_start + (
                    text[f.trigger.word_start] in "وف" and f.trigger.start - f.trigger.word_start >= 3)):
            f.future = True   # "ستشن القوات هجوماً"، "وسيقصف": the future prefix on the event verb
        if f.trigger is not None and not f.future and _forecast_subject(text, f):
            f.future = True   # "ويرى خبراء أن استعادة البلدة ستكون اختباراً": foreseen, not told
        if f.trigger is not None and not f.future and f.cue is not None and f.cue.family == "protest" \
                and (has(text, "المقبل") or has(text, "القادم")) and _coming_day_after(text, f.trigger):
            # "أعلنت النقابة عن إضراب مفتوح يبدأ الأسبوع المقبل": a strike or march set for a coming
            # day told in its clause is announced, not held (q88-probe-nonbattle)
            f.future = True
        # "للسيطرة على X", "لاستعادة": the take-over is the aim of another action, not an event
        if f.trigger is not None and f.cue_name in ("takeover", "regain", "advance"):
            prefix = text[f.trigger.word_start:f.trigger.start]
            if prefix.endswith("ل") or prefix in ("لل", "ول", "فل") or (
                    not prefix and _TO_QUOTED.search(text, f.trigger.word_start - 4, f.trigger.word_start)):
                # (the aim in quotes too: "إطلاق عملية عسكرية لـ"تحرير" العاصمة")
                done = [(h, c) for h, c in f.cues if c.event and c.family in ("remote", "explosive")
                        and h.end <= f.trigger.word_start and c.strength >= 7]
                rescue = []
                if not done and f.cue_name == "regain" and _FREED_PEOPLE.match(text, f.trigger.word_end):
                    # "استشهد 210 فلسطينيين خلال عملية لاستعادة أربعة محتجزين": the aim is to free people,
                    # no place to take; the killing told with it is the event (q88-probe-levant)
                    rescue = [(h, c) for h, c in f.cues if c.event and c.family != "territory"]
                if rescue:
                    _fall_to_strongest(f, rescue)
                elif done:
                    # "قصفت طائرات التحالف مواقع الحوثيين حول مطار الحديدة مع بدء هجوم واسع للسيطرة على
                    # المدينة": a strike or bombing told before the aim happened; the aim is no event
                    # of the frame's (not an offensive launched to take a town, "شنت القوات هجوماً
                    # للسيطرة على X": the aim is what it tells; probe round q87-probe-wire)
                    _fall_to_strongest(f, done)
                else:
                    f.future = True
            elif prefix == "و" and _aim_before(text, f.trigger, m):
                f.future = True   # "عملية للسيطرة على أبين وطرد الحزب من المحافظة": both are the aim
            elif f.trigger.word_start == f.trigger.start and _OPERATION_BEFORE.search(
                    text, f.trigger.start - 10, f.trigger.start):
                f.future = True   # "انطلقت عملية تحرير الفلوجة": the operation's aim, its name
            elif f.cue_name == "regain" and _FREED_PEOPLE.match(text, f.trigger.word_end):
                # "اقتحم مسلحون السجن وحرروا مئات المعتقلين": people freed, no place regained
                f.negated = True
            elif f.cue_name == "takeover" and _FIRE_CONTROLLED.search(
                    text, max(f.trigger.word_start - 40, _sentence_start(text, f.trigger.word_start)),
                    f.trigger.word_end + 24):
                f.negated = True   # "الحرائق تمت السيطرة عليها", "السيطرة على الحريق": a fire put out
            elif f.cue_name == "takeover" and _SEIZED_GOODS.match(text, f.trigger.word_end):
                # "استولى مسلحون على سيارة تابعة لمنظمة إغاثية": goods seized, no place taken: a
                # looting; told after a fight or a take-over ("هاجم التنظيم مواقع القوات ... وانسحب
                # بعد أن استولى على سيارة عسكرية"), their spoils, no event of their own
                if any(g is not f and 0 <= f.sent - g.sent <= 2 and g.cue is not None
                       and g.cue.family in ("fight", "territory") for g in frames):
                    f.negated = True
                else:
                    f.set_cue(lex.cues["loot"])
            elif f.cue_name == "regain" and _civilians_driven_out(text, f.trigger, m):
                # "طردوا العائلات من منازلهم": civilians driven out of their homes, no place regained
                f.negated = True
        # the clause's own time expression, else the sentence's
        told = span_dates if span_s == f.start else m.dates.within(span_s, span_e)
        # (both tests are about an earlier time, "background": not called for the others)
        dates = [d for d in told if d.kind != "background" or not (
            _time_of_saying(text, d, t, m) or _time_of_a_relative_clause(text, d, t, f.trigger)
            or _time_of_a_charge(text, d, t))] if told else told
        if dates and anniversary >= 0:
            # "تحل اليوم ذكرى مجزرة قتل فيها 40": a time told before the remembrance is the day remembered
            # on, not the day of the event remembered
            dates = [d for d in dates if d.end > anniversary]
        if dates and found_told is None:
            found_told = has(text, "العثور") or has(text, "انتشال")
        if dates and found_told:
            # (nor the time the bodies were found, "بعد العثور على جثث خمسة منهم صباح اليوم", when
            #  the event word is told before: the toll rose then, the attack was earlier)
            dates = [d for d in dates if not (d.start > t and time_of_finding(text, d))]
        if dates and len(dates) > 1:
            # (a day the statement was made on, before its "إن", is not the day of the event the
            #  clause gives after it)
            # (not named "own": that is the clause's spans, read again below)
            not_saying = [d for d in dates if not _time_of_saying(text, d, t, m, any_kind=True)]
            if not_saying:
                dates = not_saying
        if dates and len(dates) > 1 and text.find("شيع", max(0, span_s - 90), t) >= 0:
            # "شيعت قرية X أمس الأربعاء ضحايا الهجوم الذي شنه التنظيم مساء الثلاثاء": the day right
            # after the funeral verb is the funeral's; the day told after the event word is the
            # event's (q86-probe4)
            # (in the day's own sentence: from the last full stop or line break before it)
            buried = [d for d in dates if d.end <= t and _FUNERAL_VERB.search(
                text, max(d.start - 90, text.rfind(".", 0, d.start), text.rfind("\n", 0, d.start), 0), d.start)]
            if buried and any(d.start > t for d in dates):
                dates = [d for d in dates if d not in buried]
        if dates:   # (the nearest; most frames have one date: no min() with a key function)
            f.date = dates[0] if len(dates) == 1 else min(dates, key=lambda d: abs(d.start - t))
            if len(dates) > 1 and f.date.kind == "background":
                # "تشهد جبهة X منذ أسبوع معارك متقطعة، وتجددت المواجهات صباح اليوم ما أدى لمقتل
                # جنديين": the fighting renewed on a day of its own is that day's, the week is the
                # stretch behind it (q86-probe4)
                renewed = next((d for d in dates if d.kind == "point" and d.start > f.date.end
                                and _RENEWED.search(text, max(f.date.end, d.start - 40), d.start)), None)
                if renewed is not None:
                    f.date = renewed
        if f.date is None and continuing and f.habitual and f.cue_name in _CONTINUED_FIGHTS \
                and f.trigger is not None and not _other_habit(cue_hits, text) and _at_a_front(text, f) \
                and not _front_since_weeks(text, own):
            # "تتواصل الاشتباكات بين قوات النظام والفصائل على محور X": fighting that goes on at a
            # front ("محور"، "جبهة"، "محيط X") is the fighting of the day the report tells it (a
            # campaign "منذ أشهر" is cumulative, a habit has its own word; "تتواصل المعارك في
            # مدينة X" with no front or day stays a situation)
            f.habitual = False
        if f.date is None and not f.habitual and f.cue_name in _CONTINUED_FIGHTS and f.trigger is not None \
                and f.casualties.killed is None and f.casualties.injured is None \
                and "منذ" in text[span_s:span_e] and _front_since_weeks(text, own) and _continuing_told(text, own):
            # "الاشتباكات متواصلة على جبهات X وY منذ أسابيع"، "المعارك مستمرة في محيط X منذ شهرين": the front's
            # state, told with no day or toll of its own, is no fight of the report's day (q95-leftcas)
            f.habitual = True
        if f.date is None and continuing and f.habitual and f.trigger is not None \
                and (f.casualties.killed is not None or f.casualties.injured is not None) \
                and not _other_habit(cue_hits, text):
            # "تتعرض بلدة X لقصف مدفعي عنيف، ما أدى لمقتل ثلاثة مدنيين": a bombardment going on, told
            # with its dead and no other time, is the report's day's (lead, stop 23)
            f.habitual = False
        if f.date is not None:
            if continuing and f.date.precision == 1 and f.date.kind != "habitual" and (
                    ((f.casualties.killed is not None or f.casualties.injured is not None)
                     and not _since_a_past_day(text, f.date))
                    or (not _other_habit(cue_hits, text) and _told_for_today(text, f.date, own))):
                # "وتواصل اليوم قصفها للأحياء المحاصرة، ما أدى إلى مقتل طفلة": today's shelling
                # of a continuing campaign, with today's dead, is today's event; so is what goes on
                # "today" or "since this morning" with no other habit ("تتواصل الاشتباكات اليوم في
                # محيط البلدة"، "منذ صباح اليوم"; precision round q82-recall)
                f.habitual = False
            if f.date.kind == "habitual":
                f.habitual = True
            elif f.date.kind == "background":
                f.background = True
            if f.date.precision >= 3 and f.strength <= 3:
                # "لقي 250 شخصاً حتفهم في تشرين الأول": a bare toll over a month is a tally of
                # many events, not one
                f.cumulative = True
            elif f.date.precision >= 3 and f.trigger is not None and f.trigger.word_start > 5 \
                    and text.endswith(("حاله ", "حالات "), f.trigger.word_start - 6, f.trigger.word_start):
                # "سجلنا في شباط 2019 ما لا يقل عن 213 حالة اعتقال": a count of cases over a month
                # is a monitor's tally of many events, not one (q87-probe-official)
                f.cumulative = True
            elif f.strength <= 3 and f.date.precision == 2 and _BETWEEN_LEAD.match(text, f.date.start):
                # "بين 1 و3 كانون الأول، قتل 316 فلسطينياً في قطاع غزة": so is a bare toll over the
                # days told by the first and the last (a humanitarian update's sum; lead, stop 25)
                f.cumulative = True
            elif f.strength <= 3 and f.date.kind == "background" \
                    and "منذ" in text[f.date.start - 8 if f.date.start > 8 else 0:f.date.start + 4]:
                # "منذ 7 تشرين الأول، قتل أكثر من 15 ألف فلسطيني": a bare toll since a day long past
                # is the sum of the war's days, with or without a word of total
                f.cumulative = True
            if (text.startswith("منذ", f.date.start)
                    or ("منذ" in text[f.date.start - 30 if f.date.start > 30 else 0:f.date.start]   # (both hold it)
                        and (SINCE_BEFORE.search(text, f.date.start - 16 if f.date.start > 16 else 0, f.date.start) is not None
                             or _SINCE_START.search(text[f.date.start - 30 if f.date.start > 30 else 0:f.date.start])
                             is not None))) \
                    and "اليوم" not in text[f.date.start:f.date.end] and any(
                    h.payload == "total" for a, b in own for h in m.discourse.within(a, b)):
                # "ارتفع عدد القتلى جراء القصف على الغوطة منذ مساء الأحد إلى 250": a running total
                # since a time is a tally of the days' events, not one
                # (but "استشهد ثلاثة مواطنين في قصف على حي X، لترتفع حصيلة الشهداء منذ السبت إلى 45":
                #  the day's event with its own dead, then the running toll in a clause of its own; the
                #  day after "منذ" is the toll's; q86-probe4)
                day_toll = _day_toll_before_campaign(text, f, f.date, own[0][0], m) \
                    if f.trigger is not None and f.date.start > f.trigger.end else None
                if day_toll is not None:
                    f.casualties, f.date = day_toll, None
                else:
                    f.cumulative = True
        if f.strength <= 3 and len({p.name for p in f.places}) >= 2 and all(
                "admin1" in p.levels or p.qualifier == "rural" for p in f.places) \
                and any(h.payload == "total" and not text.startswith(" من ", h.end)
                        for a, b in own for h in m.discourse.within(a, b)):
            # (not "وعدد من المدنيين": "a number of", no total)
            # "ارتفع إلى 97 عدد الشهداء الذين سقطوا اليوم في سوريا، بينهم 31 في ريف دمشق و19 في
            # حلب": a total split over governorates is the day's tally, not an event (two of them:
            # "أحياء حلب ... أعنف يوم تشهده المدينة" names one city twice)
            f.cumulative = True
    # "تشهد ... بشكل متكرر عمليات تفجير بسيارات مفخخة وعبوات ناسفة": a cue that opens its clause
    # right after "و" with no time of its own continues the list of the clause before it
    for prev, f in zip(frames, frames[1:]):
        if (f.sent == prev.sent and f.date is None and prev.date is not None and f.trigger is not None and f.spans
                and f.trigger.word_start - min(s for s, _ in f.spans) <= 1
                and text[f.trigger.word_start:f.trigger.word_start + 1] == "و"):
            kind = prev.date.kind if prev.date is not None else None
            f.habitual |= kind == "habitual"
            f.background |= kind == "background"
        # "وتشهد المدينة منذ أيام مواجهات متقطعة، حيث تجددت الاشتباكات اليوم في محيط المستشفى": the
        # fighting told with its stretch is the day's renewed fight the حيث clause tells, of its day
        # (q86-probe4)
        elif (f.sent == prev.sent and f.date is not None and f.date.kind == "point" and f.spans
              and prev.background and prev.date is not None and prev.date.kind == "background"
              and prev.cue_name == f.cue_name and f.trigger is not None
              and _opens_with(text, f.bounds()[0], "حيث")
              and _RENEWED.search(text, f.bounds()[0], f.trigger.start) is not None):
            prev.date, prev.background = f.date, False
        # "تشهد المنطقة منذ 20 يوماً حملة قصف، حيث استهدف القصف أسواقاً": a حيث clause spells out
        # the situation just told, so it is a situation too
        elif (f.sent == prev.sent and f.date is None and f.spans
              and _opens_with(text, f.bounds()[0], "حيث")):
            # (not a change of control: "وتواصل قسد هجومها داخل المدينة، حيث تمكنت من السيطرة على
            #  حي المرور" took the quarter that day)
            f.habitual |= prev.habitual and not (f.cue is not None and f.cue.family == "territory")
            f.background |= prev.background
            f.cumulative |= prev.cumulative
        # "وثق التقرير 213 هجوماً ... منذ اندلاع الحرب، بينها 47 هجوماً على مستشفيات في الخرطوم": the
        # share "among them" of a tally is part of that tally, no event of its own (q87-probe-official)
        elif (f.sent == prev.sent and prev.cumulative and f.date is None and f.spans
              and f.trigger is not None and f.cue_name == prev.cue_name
              and _opens_with(text, f.bounds()[0], ("بينها", "بينهم", "من بينها", "من بينهم"))):
            f.cumulative = True

    # "ومنذ إطلاق الهجوم على العاصمة مطلع الشهر الماضي، بلغت حصيلة القتلى 432 شخصاً": a sentence opened
    # by a campaign's mark in a clause of its own, then a toll with no place and no day of its own, is
    # the campaign's running toll, no dead of the event told before it (q89-precision)
    placed_before = False   # an event with a place told before the frame (whose toll it would become)
    for f in frames:
        if f.places:
            placed_before = True
            continue
        if f.cumulative or f.cue_name not in ("kill", "casualties"):
            continue
        a, b = f.bounds()
        if f.date is None:
            cut = _LAST_SENTENCE_BREAK.search(text, a - 200 if a > 200 else 0, a)
            lead = cut.end() if cut is not None else 0
            if _opens_with(text, lead, ("منذ", "ومنذ")) and "," in text[lead:a] and any(
                    h.payload == "cumulative" for h in m.discourse.within(lead, a)) and not any(
                    # (not a fight that broke out today or yesterday, with its dead since: "ومنذ اندلاع
                    #  الاشتباكات صباح اليوم، قتل سبعة مدنيين" counts the day's fight)
                    d.kind == "point" for d in m.dates.within(lead, a)):
                f.cumulative = True
                continue
        if placed_before and "البلاد" in text[a:b] and _NATIONWIDE.search(text, a, b) is not None \
                and (f.casualties.killed is not None or f.casualties.injured is not None):
            # "وأعلنت وزارة الصحة أن حصيلة قتلى يوم السبت في أنحاء البلاد بلغت 49 قتيلاً": the nation's toll
            # of the day, no dead of the event told before it (a protest told "في أنحاء البلاد" has no toll
            # and stays; so does a roundup's head, "وثقت الشبكة أمس مقتل 54 شخصاً في أنحاء البلاد،
            # وتوزعوا ...:", which dates the items after it)
            f.cumulative = True


#: the whole country ("في أنحاء البلاد"، "في عموم البلاد"): grammar_words `nationwide`
_NATIONWIDE = re.compile(rf"(?<![\u0621-\u064a])(?:{alternation('nationwide')})(?![\u0621-\u064a])")
#: the last sentence break before a point (the text's start aside)
_LAST_SENTENCE_BREAK = re.compile(r"[\n.!?؟](?=[^\n.!?؟]*$)")


#: a table's column heads that hold a row's toll ("التاريخ | المكان | الحدث | القتلى | الجرحى"), normalised
#: (grammar_words `toll_column_killed`, `toll_column_injured`)
_TOLL_COLUMNS = {**{w: "killed" for w in words("toll_column_killed")},
                 **{w: "injured" for w in words("toll_column_injured")}}
#: a toll cell: its number, and a note in brackets after it ("4 (جدة وثلاث حفيدات)"، "7 (بينهم طفلان)"; fix round q88-fix16r)
_TABLE_NUMBER = re.compile(r"([0-9٠-٩]{1,4})(?:\s*\([^()|\t]{1,60}\))?")


def table_tolls(text: str, frames: list[Frame], to_orig) -> None:
    """A table pasted as text, its cells parted by bars or tabs, whose head row names columns of the
    dead and the wounded ("التاريخ | المكان | الحدث | القتلى | الجرحى"): each row below it is an event
    of its own, and the bare numbers in those columns are its toll. The first event frame of a row
    that tells no toll of its own takes them (q88-tables). `text` is the report as written (the
    normalised text has no tabs), `to_orig` maps a frame's position to it."""
    if "|" not in text and "\t" not in text:
        return
    starts = [to_orig(f.start) if f.trigger is not None and not f.negated else -1 for f in frames]
    cols: dict[int, str] = {}
    sep = ""
    ls = 0
    n = len(text)
    while ls < n:
        le = text.find("\n", ls)
        le = n if le < 0 else le
        line = text[ls:le]
        here = "|" if "|" in line else "\t" if "\t" in line else ""
        if not here:
            cols, sep = {}, ""   # (a line of no cells ends the table)
        else:
            cells = [c.strip() for c in line.strip().strip("|").split(here)]
            heads = {i: _TOLL_COLUMNS.get(normalize_key(c)) for i, c in enumerate(cells)}
            heads = {i: k for i, k in heads.items() if k}
            if heads:
                cols, sep = heads, here
            elif cols and here == sep:
                row = [f for f, a in zip(frames, starts) if ls <= a < le]
                if row:
                    f = row[0]
                    for i, kind in cols.items():
                        if i < len(cells) and (num := _TABLE_NUMBER.fullmatch(cells[i])) \
                                and getattr(f.casualties, kind) is None:
                            k = int(num.group(1).translate(str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")))
                            if k > 0:
                                setattr(f.casualties, kind, Count(k, k, k))
        ls = le + 1
