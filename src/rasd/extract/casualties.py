"""Counting the killed and the injured of one event.

A count is a quantity (25, خمسة, عشرات) or a word that carries its own number
(قتيلين, عنصرين, مقتله); its kind comes from the casualty word that governs it
(قتل 5، 17 قتيلا، خمسة عناصر ... قتلوا).  Within a clause, coordinated counts
add up ("سبعة عناصر من قوات النظام وخمسة من التنظيم" = 12); counts after
"بينهم" are part of a count already given; a toll ("ارتفع عدد القتلى إلى")
replaces; across sentences the largest figure stands, because reports repeat
their toll in the headline and the body.  Never summed across sources.
"""
from __future__ import annotations

from bisect import bisect_left

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from rasd.extract.mentions import DocMentions
from rasd.lexicon.grammar import alternation, words
from rasd.text.needles import any_in, has, last_token_needles, watched
from rasd.lexicon.load import Casualty, Person
from rasd.resources import read_tsv
from rasd.text.normalize import normalize_key
from rasd.text.numbers import POSSESSIVE_ENDS

# (the words this module asks of whole reports with `has`, found by one scan of each report:
#  `needles.read_report`, round q91-speed)
_REPORT_WORDS = watched(("مهاجم",))


#: a source of the news right before a person noun ("مصدر عسكري", "مصادر طبية"): the noun says who
#: the source is, it counts no victim
_SOURCE_BEFORE = re.compile(rf"(?:^|\s)[وف]?[بل]?(?:{alternation('source_noun')})\s+$")
_SOURCE_NEEDLES = last_token_needles(words("source_noun"))   # (a gate before its window search)

#: single number words of 1-99 ("اربعه"، "عشرين"), for a count told next to its place
#: ("وثلاثة في حي X"، "17 منهم في X"): normalised word -> value
COUNT_WORDS = {normalize_key(r["pattern"]): int(r["value"]) for r in read_tsv("lexicon/numbers.tsv")
               if r["type"] in ("unit", "ten")}
COUNT_WORD = "|".join(sorted(map(re.escape, COUNT_WORDS), key=len, reverse=True))

#: a funeral's word and perhaps its body word right before the dead it buries ("تشييع شهيدين"،
#: "جنازة الشهداء الثلاثة"، "تشييع جثامين ضحايا"): they are not the dead of the clause's event
#: (or its verb: "جنين تشيع ضحايا الغارة"; round q91-headlines)
_FUNERAL_OF = re.compile(rf"(?<!\S)[وبل]?(?:ال)?(?:{alternation('funeral_word')}|{alternation('funeral_verb')})(?:\s+\S+)?\s+$")

#: what a dead man named after it owned or left ("منزل الشهيد"، "عائلة الشهيد"; grammar_words `owned_by_dead`)
_OWNED_BY = re.compile(rf"(?<!\S)[وبل]?(?:ال)?(?:{alternation('owned_by_dead')})\s+$")
#: a relative before the definite victims, perhaps "one of" between ("شقيق أحد الضحايا"، "أحد أقارب الضحية"; grammar_words
#: `kin_noun`): the speaker, not a toll (round q90-probe-testimony)
_KIN_OF = re.compile(rf"(?<!\S)[وبل]?(?:ال)?(?:{alternation('kin_noun')})\s+(?:احد\s+)?$")


def _funeral_in(text: str, s: int, e: int) -> bool:
    # (the verbs too, "شيع"، "ودع": "جنين تشيع ضحايا الغارة"; round q91-headlines)
    clause = text[s:e]
    return "تشييع" in clause or "جناز" in clause or "شيع" in clause or "ودع" in clause


#: the cues of a deed that kills (a funeral's dead told as killed by one are its dead)
_KILLING_CUES = frozenset(("airstrike", "shelling", "bombard", "drop", "suicide", "carbomb", "ied", "explosion",
                           "clash", "attack", "assassination", "gunfire", "target"))


def _died_by(text: str, h, cas, m, e: int) -> bool:
    """Is the dead `h` a funeral buries told, after it in the clause, with a verb of death and then a killing
    deed ("تشييع 7 شهداء قضوا في غارة"، "تشييع جثمان الشهيد الذي استشهد برصاص")?"""
    verb = next((c.end for c in cas if c.word_start > h.word_end and c.payload.kind == "killed"
                 and c.payload.role in ("verb", "result")), None)
    if verb is None:
        return False
    return any(t.payload in _KILLING_CUES for t in m.triggers.within(verb, e))


#: another source named as such before a figure ("فيما تحدثت مصادر أخرى عن"، "وفق مصدر آخر")
_RIVAL_SOURCE = re.compile(rf"(?<![\u0621-\u064a])(?:{alternation('rival_source')})(?![\u0621-\u064a])")
#: what every match of `_RIVAL_SOURCE` holds (its words' last tokens: "اخر"), asked of a clause first
_RIVAL_NEEDLES = last_token_needles(words("rival_source"))


@dataclass(slots=True)
class Count:
    best: int
    low: int | None
    high: int | None
    vague: bool = False   # from a quantifier (عدد من، عشرات) rather than a number
    rival: bool = False   # another source's figure ("فيما تحدثت مصادر أخرى عن 100 قتيل")
    # another source's total told in contrast ("في حين قال مصدر إن عدد القتلى بلغ 11"): merged with
    # another telling, the lower stands (ACLED's conservative count), not the larger
    other_source: bool = False

    def add(self, other: Count) -> Count:
        high = None if self.high is None or other.high is None else self.high + other.high
        low = (self.low or 0) + (other.low or 0)
        return Count(self.best + other.best, low, high, self.vague or other.vague)

    def max(self, other: Count | None) -> Count:
        """The larger of two tellings of one toll; a number beats a vague quantity."""
        if other is None:
            return self
        if self.rival != other.rival:
            # a figure another source gives bounds the toll from above, it does not replace the
            # first telling's (ACLED: the lowest figure the report clearly supports)
            first, rival = (other, self) if self.rival else (self, other)
            top = max(x for x in (first.high, rival.high, rival.best, first.best) if x is not None)
            return Count(first.best, first.low, top, first.vague)
        if self.vague != other.vague:
            return other if self.vague else self
        if other.best > self.best:
            return Count(other.best, max(self.low or 0, other.low or 0),
                         None if self.high is None or other.high is None else max(self.high, other.high))
        return Count(self.best, max(self.low or 0, other.low or 0),
                     None if self.high is None or other.high is None else max(self.high, other.high))


def _better(a: Count, b: Count | None) -> Count:
    """The telling to keep of two: the larger (`Count.max`), or the lower when one of them is another
    source's figure told in contrast."""
    if b is not None and (a.other_source != b.other_source) and not (a.vague or b.vague):
        # (the higher figure is no update, but it is the top of the range the sources span: "مقتل
        #  أكثر من 1300 بحسب الائتلاف، فيما قالت اللجان إن الحصيلة تجاوزت 750", quality-66)
        lo, hi = (a, b) if a.best < b.best else (b, a)
        return replace(lo, high=max(x for x in (lo.high, hi.high, hi.best) if x is not None))
    return a.max(b)


def keep_larger_tolls(into, other) -> None:
    """Two tellings of one event's toll (anything with `killed` and `injured` Counts: frame
    casualties, drafts): each count becomes the better telling of the two (`Count.max`; the
    lower against another source's contrasting figure)."""
    if other.killed:
        into.killed = _better(other.killed, into.killed)
    if other.injured:
        into.injured = _better(other.injured, into.injured)
    if getattr(other, "fighters_hit", False):
        into.fighters_hit = True   # (drafts: the fighters a telling's toll counted; q93-fixactors)


@dataclass(slots=True)
class Casualties:
    killed: Count | None = None
    injured: Count | None = None
    civilian_victims: bool = False
    military_victims: bool = False
    # the victims' noun says soldiers (مجند، جندي، ضابط): of the nation an adjective after it names
    # ("جنود أمريكيين" -> "US"), or of none told ("")
    soldiers: set[str] = field(default_factory=set)
    spans: list[tuple[int, int]] = field(default_factory=list)

    def merge_sum(self, other: Casualties) -> None:
        """Add another side's toll of the same event ("قتل 35 من قوات النظام، فيما قتل 12 من
        عناصر التنظيم")."""
        for kind in ("killed", "injured"):
            a, b = getattr(self, kind), getattr(other, kind)
            if b is not None:
                setattr(self, kind, b if a is None else a.add(b))
        self.civilian_victims |= other.civilian_victims
        self.military_victims |= other.military_victims
        self.soldiers |= other.soldiers
        self.spans.extend(other.spans)

    def merge_max(self, other: Casualties) -> None:
        keep_larger_tolls(self, other)
        self.civilian_victims |= other.civilian_victims
        self.military_victims |= other.military_victims
        self.soldiers |= other.soldiers
        self.spans.extend(other.spans)


_KIND = {"victims": "killed"}


#: "في حين قال مصدر كردي إن عدد القتلى بلغ 11": another source's figure, told in contrast to the first
_OTHER_SOURCE = re.compile(rf"(?<!\w)(?:{alternation('contrast_lead')})\s+(?:{alternation('say_verb')})\s")

#: "وقالت وكالة أعماق إن مقاتليه قتلوا أكثر من 40 عنصراً": a side's own claim of whom it killed
#: (asked backwards from each killing verb: the teller's words right before it)
_OWN_CLAIM_BEFORE = re.compile(rf"(?<!\w)(?:{alternation('teller_pronoun')})\s+(?:قد\s+)?$")
_KILL_CLAIM_VERBS = frozenset(words("kill_claim_verb"))


def _own_claim(text: str, s: int, e: int) -> bool:
    """Whether the clause [s, e) tells a side's own claim of whom it killed ("إن مقاتليه قتلوا")."""
    at = text.find("قتل", s, e)
    while at >= 0:
        end = at
        while end < e and not text[end].isspace() and text[end] not in ",.":
            end += 1
        if text[at:end] in _KILL_CLAIM_VERBS and _OWN_CLAIM_BEFORE.search(text, at - 24 if at - 24 > s else s, at):
            return True
        at = text.find("قتل", end, e)
    return False

#: "وفق"، "وفقاً": a clause of attribution, whose first letter is no conjunction (a tuple, for startswith)
_ATTRIBUTION = tuple(w + " " for w in words("attribution_lead"))
#: words for dying (not for falling or being hit): "وفاة ثلاثة جرحى" are three wounded who died
_DEATH_WORDS = frozenset(words("death_word"))
#: "متأثراً بجراحه": the wound a death is told of, right before the injured word (its ب on it)
_DIED_OF = re.compile(r"متاثر(?:ا|ين|ه|ون|ات|تين|ان)?\s+ب$")
#: the death words that are nouns: "بعد وفاة ثلاثة جرحى" explains a risen toll, told as its own total
_DEATH_NOUNS = frozenset(("وفاه", "موت"))


#: a relative pronoun right before a verb ("الذين قتلوا"، "اللذين أصيبا"; grammar_words `relative_pronoun`)
_WHO_BEFORE = re.compile(rf"(?:{alternation('relative_pronoun')})\s+$")


def _killed_just_before(text: str, m: DocMentions, cas, pos: int) -> bool:
    """A verb of death or wounding right before the count (past its subject) governs it even when the
    counted noun is one of the held ("قتل 3 معتقلين", "أعدم مسلحو التنظيم 9 أسرى"): the held are then
    the victims, not a count of the taken."""
    # (past an adverb of manner: "أعدمت الجماعة ميدانياً المختطف X"; round q95-probe-detainee)
    last = text.rfind(" ", 0, pos - 1)
    if last > 0 and text[last + 1:pos].strip() in _MANNER_WORDS:
        pos = last
    for h in cas:
        if h.end > pos:
            break
        if h.payload.role == "verb" and h.payload.kind in ("killed", "injured") and (
                pos - h.end <= 2 or pos - h.end - _subject_length(text, m, h.end, pos) <= 3):
            return True
    return False


def _death_verb_after(text: str, cas: list, h) -> bool:
    """Is the held one counted by `h` ("المعتقل"، "أسير") the subject of a verb of death told right after him, past
    at most his name's three words and nothing that ends a clause ("أن المعتقل أيمن الخطيب قضى تحت التعذيب")?"""
    for v in cas:
        if v.start <= h.end:
            continue
        if v.word_start - h.end > 30:
            return False
        between = text[h.end:v.word_start]
        return v.payload.role == "verb" and v.payload.kind == "killed" and v.payload.count is None \
            and between.count(" ") <= 4 and not any(c in between for c in ".,،:؛()\n")
    return False


def _count_between(quantities: list, a: int, b: int) -> bool:
    """Does a number start in [a, b)?"""
    for q in quantities:   # (a loop: the clause's few numbers)
        if a <= q.start < b:
            return True
    return False


def _died_of_wounds(text: str, cas: list, pos: int) -> str | None:
    """The death word right before `pos` (a count or a noun of the wounded: "فارق الحياة ثلاثة جرحى"،
    "توفي جريحان"), or None."""
    for v in cas:
        if 0 <= pos - v.end <= 2 and text[v.start:v.end] in _DEATH_WORDS:
            return text[v.start:v.end]
    return None
#: an adverb of manner between an active verb and its counted object ("أعدموا ميدانياً ثلاثة شبان")
_MANNER_WORDS = frozenset(words("manner_adverb"))
#: "وأصيب ثالث": an ordinal alone is one more person, only right after its own verb
_ORDINAL_PERSON = frozenset(words("ordinal_person"))
#: "أصيب طفلان وأصيب آخر": one more person than those counted (آخر، ثالث، رابع ...)
_ONE_MORE = frozenset(words("one_more")) | _ORDINAL_PERSON
# indefinite plurals of the casualty nouns (قتلى، جرحى، ضحايا، شهداء): "الجرحى" refers back to a
# count already told, "جرحى" tells of new ones
_PLURAL_NOUN = re.compile(rf"(?:{alternation('plural_casualty_noun')})$")
#: "معسكر كتيبة شهداء 17 فبراير": a bare plural right after a unit's or a site's noun is its name
_MARTYRS_NAME = re.compile(rf"(?:^|\s)[وبلف]?(?:{alternation('martyrs_name_head')})\s+$")
#: the plural nouns of the dead's bodies (جثث، جثامين)
_BODIES = re.compile(rf"(?:{alternation('bodies_noun')})")
_ASIDE = re.compile(r"\([^()]{0,80}\)")
#: nouns of fighters before a force's name ("مسلحو التنظيم"), normalised like the text
_FORCE_HEADS = frozenset(words("force_head"))
#: "إصابات مباشرة": hits on a target, not the wounded
#: the noun of an attempt right before a verbal noun of killing: "محاولة اغتيال" counts no one
_ATTEMPTED = re.compile(rf"(?:^|\s)[وبلف]?(?:ال)?(?:{alternation('attempt_noun')})\s+$")
#: damage after a verbal noun of hitting ("إصابتها بأضرار طفيفة"): a thing was hit, no one wounded
_DAMAGED = re.compile(rf"\s+ب(?:ال)?(?:{alternation('damage_noun')})(?!\w)")
#: "one" written as a word, which after a noun is its adjective ("عائلة واحدة"), not a count
_ONE_WORDS = frozenset(normalize_key(w) for w in words("one_word"))
#: the one-words that are "و" + "one of" (grammar_words `one_of_word`): "وأحد" is written "واحد" once normalised
#: a definite word of five letters or more after it (a noun, not "الي"، "الذي"، "الان"; a day is asked of the dates)
_DEFINITE_NOUN = re.compile(r" ال[\u0621-\u064a]{3,}")
_AND_ONE_OF = frozenset(w for w in _ONE_WORDS if w.startswith("و") and w[1:] in frozenset(words("one_of_word")))
#: "برصاص مسلحين", "على يد مسلحين": the person noun after it names who fired, not who was hit
_FIRED_BY = tuple(" " + normalize_key(w) for w in words("fired_by"))
#: (the cognate noun may stand between: "ما أدى إلى إصابتها إصابة مباشرة", a ship hit)
#: a verbal noun that also counts the number right before it, as a noun: "98 إصابة" (q86-probe4)
_COUNTED_VERBAL_NOUNS = frozenset(words("counted_verbal_noun"))
_HIT_ADJECTIVE = re.compile(rf"\s+(?:اصاب\w{{0,3}}\s+)?(?:{alternation('hit_adjective')})(?!\w)")


#: "إلى" right before a count: the figure a toll rose to
_RISEN_TO = re.compile(r"(?:^|\s)(?:الي|هو|هي)\s*$")   # "... إلى 57" / a correction's "... هو 45"
#: how far a toll word may stand from the figure it rose to, past the event it names with its
#: relative clause ("ارتفعت حصيلة قتلى الغارة التي استهدفت سجناً في بلدة X فجر الاثنين إلى 57 شخصاً")
_TOLL_REACH = 200


#: a toll "since" the start of something (grammar_words.tsv onset_noun): a running count of a stretch
#: (not "منذ يومين", two days ago: when its one event happened)
_SINCE_ONSET = re.compile(rf"(?:^|\s)منذ\s+(?:ال)?(?:{alternation('onset_noun')})")
#: "حصيلة المواجهات المستمرة منذ عشرة أيام": a toll of fighting that has gone on since, not the day's
_CONTINUING_SINCE = re.compile(rf"(?:^|\s)(?:{alternation('continuing_adjective')})\s+منذ\s")
#: "لترتفع حصيلة الجولة إلى 28"، "ليرتفع عدد قتلى الحملة العسكرية إلى 85": right after the toll word, a
#: toll that names a stretch of days (a round of fighting, a campaign, a war), not the day's (q89-fix18r)
_STRETCH_TOLL = re.compile(rf"\s*(?:(?:حصيله|عدد)\s+)?(?:(?:ال)?(?:قتلي|ضحايا|شهداء|جرحي|مصابين)\s+)?"
                           rf"(?:{alternation('stretch_noun')})(?!\w)")


#: "ثم ارتفعت الحصيلة مساءً إلى سبعة"، "ثم صُحّحت إلى تسعة": a clause that opens by raising or correcting the toll the
#: clause before told, its bare figure after "إلى" (grammar_words `toll_revised_verb`; q92-fixcas)
_REVISED_TO = re.compile(rf"\s*(?:و|ثم\s+|وقد\s+)?(?:{alternation('toll_revised_verb')})(?:\s+\S+){{0,3}}?\s+الي\s+")

#: what may follow the revised bare figure: the clause's end, its share ("بينهم") or why it rose ("بعد وفاة"); not a
#: noun of its own ("ثم ارتفع سعر الخبز إلى 500 ليرة")
_REVISED_FIGURE_END = re.compile(r"\s*(?:$|[.,،؛]|(?:بين|بعد)\S*\s)")


#: a toll foreseen, not told: "قد تصل إلى"، "قد يرتفع إلى"، "مرشحة للارتفاع إلى" right before a count
_PROJECTED = re.compile(r"(?:(?:^|\s)قد\s+[يت](?:رتفع|صل)|(?:^|\s)مرشح[ةه]?\s+للارتفاع)(?:\s+\S+){0,2}\s+الي\s+$")

#: how far after the figure a toll rose to its next figure of the other kind may stand, past a share of the
#: first ("إلى ثلاثة قتلى بينهم طفلان و74 جريحاً")
_NEXT_FIGURE_REACH = 50


#: why a revised toll rose, right after its figure: "ثم ارتفعت الحصيلة إلى 17 بعد وفاة مصابين" (grammar_words
#: `toll_rise_reason`): its casualty words tell who died since, counted in the new figure, no count of their own
_RISE_REASON = re.compile(rf"\s*(?:{alternation('toll_rise_reason')})\s")


def _explains_rise(text: str, fig_end: int, cas: list) -> bool:
    """Do all the casualty words `cas` of a revised-toll clause stand in the reason told right after its
    figure, a death among them ("... إلى 17 بعد وفاة جريحين")? Then they count no one of their own (q95-fixcas)."""
    reason = _RISE_REASON.match(text, fig_end)
    if reason is None or not all(h.word_start >= reason.end() for h in cas):
        return False
    after = text[reason.end():reason.end() + 12].split()
    return bool(after) and after[0] in _DEATH_NOUNS


def _toll_reaches(text: str, t0: int, pos: int) -> bool:
    """Is the count at `pos` the figure of the toll word ending at `t0`, told after "إلى" however
    long the event named between them? (An updated toll names its event in full before the figure.)"""
    return 0 <= pos - t0 <= _TOLL_REACH and _RISEN_TO.search(text, pos - 8, pos) is not None


def _gap(text: str, a: int, b: int) -> int:
    """Characters between a and b, not counting a bracketed aside ("خمسة مدنيين (أب وأم
    وأطفالهم) استشهدوا"): the aside describes the count, it does not separate it from its verb."""
    if b - a > 200:
        return b - a
    return b - a - sum(len(m.group()) for m in _ASIDE.finditer(text, a, b))


#: how far a result verb may stand after its count when a force the persons belong to comes between
_AFFILIATION_REACH = 70
#: the persons' force right after the counted noun: "جنود من الجيش ..."، "عناصر من قوات ..."
_OF_FORCE = re.compile(rf"(?:\s+\S+)?\s+من\s+(?:ال)?(?:{alternation('force_stem')})")
#: a clause or sentence break inside a span of the normalised text
_BREAK = re.compile(r"[.,،؛:\n]")


def _joined_share(text: str, pos: int) -> bool:
    """Is the count at `pos` joined by و to what comes before ("و11 من", normalised "و 11 من")
    and followed by "من" (a share taken from a side)?"""
    return _after_wa(text, pos) and bool(_SHARE_FROM.match(text, pos))


def _after_wa(text: str, pos: int) -> bool:
    """Does "و" stand right before `pos`, glued or, as normalising writes "و11", a space apart?"""
    before = text[pos - 2 if pos > 2 else 0:pos]
    return before.endswith("و") or before == "و "


_SHARE_FROM = re.compile(r"[\d\w]+\s+من\s")
#: how the share right after a count was hit: "بينها 4 بالرصاص الحي و3 بالضرب" (q86-probe4)
_HOW_HIT = re.compile(r"\s+ب(?:ال)?\w")


#: how far a count joined by و may stand from its verb when the verb's subject is a person told by
#: post and name ("قتل القيادي في كتائب حزب الله أبو باقر الساعدي واثنان من مرافقيه")
_NAMED_REACH = 160


def _joined_after_named(text: str, v_end: int, pos: int, persons: list, cas) -> bool:
    """Is the count at `pos` joined by و to the subject of the casualty verb ending at `v_end`, a
    person noun right after the verb whose post and names run long ("قتل قائد فيلق القدس في الحرس
    الثوري قاسم سليماني ونائب رئيس الهيئة أبو مهدي المهندس وثمانية آخرون": 10)? Only within one
    clause (no comma or stop between), with no other casualty word between. (quality q78-iraq3)"""
    if not 40 < pos - v_end <= _NAMED_REACH:
        return False
    if not _after_wa(text, pos):
        return False
    if _BREAK.search(text, v_end, pos) is not None:
        return False
    if any(v_end <= h.word_start < pos for h in cas):
        return False
    # (or its object, the first person after the verb's subject, a strike or a weapon of a few words:
    #  "قتلت غارة إسرائيلية القيادي في حركة حماس يحيى فارس واثنين من مرافقيه": 3; q87-fix14r)
    first = next((p for p in persons if p.word_start >= v_end), None)
    return first is not None and first.payload.count is not None and first.word_start < pos and (
        first.word_start - v_end <= 2
        or (first.word_start - v_end <= _OBJECT_AFTER_SUBJECT
            and len(text[v_end:first.word_start].split()) <= 4
            and not any(ch.isdigit() for ch in text[v_end:first.word_start])))


#: how far the object of a casualty verb may stand after it when the verb's subject (a strike or a
#: weapon, "ضربة بطائرة مسيرة أمريكية") comes between
_OBJECT_AFTER_SUBJECT = 32


#: "إن" / "أن" right before a definite casualty noun: "قالت مصادر إن القتلى خمسة", the noun the
#: subject and the number after it its predicate (q86-probe4)
_THAT_BEFORE = re.compile(r"(?:^|\s)[وب]?ان\s+$")


def _predicate_toll(text: str, cas, pos: int):
    """The definite casualty noun whose count the number at `pos` tells as a predicate: "إن
    القتلى أربعة فقط", "أن الجرحى 12" (right before it, itself right after إن/أن), else None."""
    for h in cas:
        if h.payload.role == "noun" and h.end <= pos and 0 <= pos - h.end <= 1 \
                and h.payload.count is None and text.startswith("ال", h.word_start) \
                and _THAT_BEFORE.search(text, max(0, h.word_start - 6), h.word_start):
            return h
    return None


def _verb_between(cas, a: int, b: int) -> bool:
    """Is there a casualty verb between positions a and b ("بينهم طفلان وأصيب 30")?"""
    for h in cas:   # (a loop, not any() over a generator: ~2.5 k instructions less)
        if a <= h.start < b and h.payload.role == "verb":
            return True
    return False


def _after_subset_mark(subset_marks: list[int], pos: int, cas: list) -> bool:
    """Does a count at `pos` come up to 14 characters after a "بينهم" (one of `subset_marks`, where they
    end) with no casualty verb between? (A loop, not any() over a generator.)"""
    for t in subset_marks:
        if 0 <= pos - t <= 14 and not _verb_between(cas, t, pos):
            return True
    return False


def _striker_before(text: str, m: DocMentions, a: int, b: int) -> bool:
    """Is the gap from `a` to `b` (one or two words, no break) a strike or weapon noun that starts right
    after the verb ("غارة"، "غارة جوية"، "قناص")?"""
    if b - a > 24 or len(text[a:b].split()) > 2 or _BREAK.search(text, a, b):
        return False
    for hits in (m.triggers.within(a, b), m.weapons.within(a, b)):
        for h in hits:
            if h.word_start - a <= 1 and h.end <= b:
                return True
    return False


def _subject_length(text: str, m: DocMentions, a: int, b: int) -> int:
    """How much of the gap after a verb at `a` is its subject, a force's name right after it:
    in "أعدمت قوات النظام والميليشيات الموالية لها ميدانياً 82 مدنياً" the count is not far from
    the verb. Only a subject right after the verb counts ("سقوط القتلى إثر إطلاق قوات الأمن
    النار على آلاف المحتجين" counts no thousands)."""
    named = m.actors.within(a, b)
    if not named:
        return 0   # (most gaps name no side: no comprehension made for none)
    forces = [r for r in named if r.payload.klass not in ("civilian", "protester")]
    if not forces:
        return 0
    head = 0
    if forces[0].word_start - a > 2:
        # "أعدم مسلحو التنظيم طياراً": a noun of fighters may stand before the force's name
        # (or the strike or weapon that did it, its side an adjective: "قتلت غارة إسرائيلية طفلين"،
        #  "قتل قناص إسرائيلي شابين"; q94-leftcas)
        if text[a:forces[0].word_start].strip() not in _FORCE_HEADS and not _striker_before(text, m, a, forces[0].word_start):
            return 0
        head = forces[0].word_start - a
    return head + sum([r.end - r.start for r in forces])   # (a list: cheaper than a generator)


#: a word of nationality after a noun: "جنود أمريكيين", "جندياً تركياً", "جندي سوري"
#: (not a noun joined by و, "ضابط وجنديين": more soldiers, no adjective)
_NISBA = re.compile(r"\s*\S+\s+(?!و)(?:ال)?(\w{3,}(?:يين|يون|يان|يه|يا|ي))(?!\w)")

#: a former fighter ("قيادياً سابقاً"، "عنصر سابق"): one who was, no fighter of the day
_FORMER = re.compile(r" سابق(?:ا|ًا|اً|ين|ون|ه)?(?![\u0621-\u064a])")
#: the count's noun told as of both sides ("ثلاثة عناصر من الطرفين"، "قتلى من كلا الجانبين")
_OF_BOTH_SIDES = re.compile(r"\s*(?:\S+\s+)?من\s+(?:كلا\s+)?(?:الطرفين|الجانبين)(?!\w)")

#: a broken plural of a foreign nationality after the noun ("جنود أتراك"، "الجنود الروس")
_NATION_PLURAL = re.compile(rf"\s*\S+\s+(?:ال)?(?:{alternation('nation_plural')})(?!\w)")


@lru_cache(maxsize=1)
def _nations() -> dict[str, str]:
    """Adjectives of nationality (countries.tsv, without the article) -> ISO code."""
    out = {}
    for r in read_tsv("lexicon/countries.tsv"):
        key = normalize_key(r["pattern"])
        if key.startswith("ال") and key.endswith(("ي", "يه", "يين")):
            out[key[2:]] = r["iso2"]
    return out


def _nation_after(text: str, pos: int) -> str:
    """The nation an adjective after the noun at `pos` (or after the count ending there) names:
    its ISO code, "?" for another nation's ("جنود أمريكيين"), "" for no adjective. Soldiers of
    a named nation are that nation's, not the report's state's."""
    if "الطرفين" in text[pos:pos + 40] or "الجانبين" in text[pos:pos + 40]:
        if _OF_BOTH_SIDES.match(text, pos) is not None:
            # "مقتل ثلاثة عناصر من الطرفين": men of the two sides the report named, not the state's
            # soldiers as an unnamed toll of "عناصر" is (q85-probe7)
            return "?"
    m = _NISBA.match(text, pos)
    if m is None:
        # "ثلاثة جنود أتراك": a broken plural of another nation (q80-fix-ly)
        return "?" if _NATION_PLURAL.match(text, pos) is not None else ""
    word = m.group(1)
    nations = _nations()
    stem = word[:-2] if word.endswith(("يا", "يه")) else word[:-3] if word.endswith(("يين", "يون", "يان")) \
        else word[:-1]
    for form in (stem + "ي", stem + "يين", stem + "يه"):
        if form in nations:
            return nations[form]
    return "?"


#: how many nouns joined by و may stand between a person and the possessed count after them
_LEADING_CHAIN = 2


#: a number and "others" after it ("وستة آخرون"): those besides someone already named (q80-fix-ly)
_OTHERS_AFTER = re.compile(rf"\S+\s+(?:{alternation('others_count')})(?!\w)")


def _leading(text: str, p, counted: list[tuple[int, str]], cas) -> str | None:
    """The kind of the number person `p` comes before, joined to it by و ("قيادي ... وثلاثة من
    مرافقيه"), with no casualty word, comma or "بين" between; None if there is none."""
    for start, kind in counted:
        if start <= p.end or start - p.end > (_NAMED_REACH if _OTHERS_AFTER.match(text, start) else 40):
            continue
        # (normalising writes "و4" as "و 4")
        joint = text[start - 2:start] if text[start - 1] == "و" else text[start - 3:start - 1]
        gap = text[p.end:start]
        if joint != " و":
            # "امرأة وأطفالها الأربعة": the count after its own head noun, the noun joined by و; or
            # after two ("رجل وزوجته وأطفالهما الثلاثة": the man, his wife, and three more)
            head = gap.split()
            if head and len(head) >= 2 and head[0].endswith(("ي", "يه")) and not head[0].startswith("و"):
                # ("قتل قيادي حوثي ومرافقوه الأربعة": past the person's own nisba adjective; q86-probe4)
                head = head[1:]
            if not 1 <= len(head) <= _LEADING_CHAIN or not all(w.startswith("و") and len(w) >= 4 for w in head):
                continue
        if any(c in gap for c in ",،.؛:") or " بين" in gap or any(p.end <= h.word_start < start for h in cas):
            continue
        return kind
    return None


#: how many a plural kin noun with its owner's pronoun (`POSSESSIVE_ENDS`: "أطفالها"، "أبناؤه"، "أشقاؤهم")
#: counts at least
_SOME_KIN = Count(2, 2, None, vague=True)


#: before the companions of one dead or wounded ("مع ثلاثة من مرافقيه"، "برفقة سائقه"; grammar_words `company_lead`)
_COMPANY = re.compile(rf"(?<!\S)(?:{alternation('company_lead')})\s+")
#: "من" and a noun with its owner's pronoun after a count ("ثلاثة من مرافقيه"، "اثنين من حراسها")
#: (or a member of the group that is his: "عشرة من أبناء عشيرته"، "خمسة من أفراد أسرته"; grammar_words `member_noun`)
_OF_HIS_OWN = re.compile(rf"\s+من\s+(?:(?:{alternation('member_noun')})\s+)?\S+?(هما|هم|ها|ه)(?![\u0621-\u064a])")
#: "one of" and a noun with its owner's pronoun, no "من" between ("مع أحد مرافقيه"; grammar_words `one_of_word`)
_ONE_OF = frozenset(words("one_of_word"))
_ONE_OF_HIS_OWN = re.compile(rf"\s+(?:(?:{alternation('member_noun')})\s+)?\S+?(هما|هم|ها|ه)(?![\u0621-\u064a])")
#: a household with its owner's pronoun after a member noun ("أفراد أسرته الخمسة"; grammar_words `household_noun`)
_HOUSEHOLD = re.compile(rf"\s+(?:{alternation('household_noun')})(?![\u0621-\u064a])")
#: a plural of members before it ("مع أفراد أسرته الخمسة"; grammar_words `member_noun`)
_MEMBERS = frozenset(words("member_noun"))
#: vehicles or arms right after a count ("وعدداً من العربات"; grammar_words `materiel_noun`): things counted, not people
_MATERIEL_AFTER = re.compile(rf"\s+(?:من\s+)?(?:ال)?(?:{alternation('materiel_noun')})(?![\u0621-\u064a])")
#: homes or buildings right after a count ("أصابت أربعة منازل"; grammar_words `house_noun`): things hit, not people
_HOUSES_AFTER = re.compile(rf"\s+(?:{alternation('house_noun')})(?![\u0621-\u064a])")
#: how many the companions' owner is, by the pronoun ("مرافقيه": one; "مرافقيهما": two; "مرافقيهم": unknown)
#: (or the others besides the one the verb tells of, "مع شخصين آخرين": one, two after a dual verb; q95-leftcas)
_BESIDES = "+"
_OWNERS = {"ه": 1, "ها": 1, "هما": 2, "هم": 0, _BESIDES: 1}
#: "others" after a count, past one noun ("مع اثنين آخرين"، "مع ثلاثة أشخاص آخرين"; grammar_words `others_count`)
_OTHERS_AFTER_COUNT = re.compile(rf"(?:\s+[\u0621-\u064a]+)?\s+(?:{alternation('others_count')})(?![\u0621-\u064a])")
#: "others" right after a counted noun ("مع شخصين آخرين")
_OTHERS_AFTER_NOUN = re.compile(rf"\s+(?:{alternation('others_count')})(?![\u0621-\u064a])")
#: one definite word (an adjective after a companion: "ابنته الرضيعة")
_DEFINITE_WORD = re.compile(r" ال[\u0621-\u064a]+(?![\u0621-\u064a])")


#: a common given name right after a casualty verb ("وقتل آدم يحيى أمس"؛ grammar_words `given_name`)
_GIVEN_AFTER = re.compile(rf"\s+(?:{alternation('given_name')})(?![\u0621-\u064a])")
#: "X، الذي استشهد أمس برصاص ...": a singular relative pronoun and an intransitive verb of death, the one it
#: tells of one dead (not "الغارة التي استشهد فيها"; grammar_words `one_who_died`, round q93-fixcas)
_ONE_WHO_DIED = re.compile(rf"(?<![\u0621-\u064a])(?:{alternation('one_who_died')})(?![\u0621-\u064a])"
                           rf"(?!\s+(?:فيه|فيها|به|بها|عليه|عليها)(?![\u0621-\u064a]))")


def _with_companions(text: str, s: int, e: int, m: DocMentions, cas, persons: list,
                     quantities: list) -> tuple[str, Count, int, int] | None:
    """A dead or wounded man told with his companions after "مع" ("قتل القيادي X مع ثلاثة من
    مرافقيه"، "لقي مصرعه مع نجله واثنين من مرافقيه"، "قتل مسؤول مع سائقه"): (kind, the companions
    and the one they belong to, where they are told). The kind is the casualty verb's before "مع",
    in the same clause, with no event word between ("قتل جندي في اشتباك مع ..." is whom he fought).
    None when no such companions are told. (round q92-victims)"""
    for mt in _COMPANY.finditer(text, s, e):
        lead = None
        for h in cas:
            if h.end > mt.start():
                break
            if h.payload.role in ("verb", "result") and h.payload.kind in ("killed", "injured", "victims"):
                lead = h
        if lead is None or mt.start() - lead.end > _NAMED_REACH or _BREAK.search(text, lead.end, mt.start()) \
                or m.triggers.within(lead.end, mt.start()):
            continue
        pos, owners, got, end, pron_first = mt.end(), None, None, mt.end(), None
        while True:
            q = next((q for q in quantities if q.start == pos), None)
            item = None
            if q is not None and not q.vague and q.best > 0:
                of = _OF_HIS_OWN.match(text, q.end)
                if of is None and text[q.start:q.end] in _ONE_OF:
                    of = _ONE_OF_HIS_OWN.match(text, q.end)   # "مع أحد مرافقيه": one more (q94-leftcas)
                if of is not None:
                    item, end, pron = Count(q.best, q.low, q.high), of.end(), of.group(1)
                elif "اخر" in text[q.end:q.end + 16]:
                    ot = _OTHERS_AFTER_COUNT.match(text, q.end)
                    if ot is not None:
                        # "قتل شاب مع اثنين آخرين"، "مع ثلاثة أشخاص آخرين": he and the others (q95-leftcas)
                        item, end, pron = Count(q.best, q.low, q.high), ot.end(), _BESIDES
            if item is None:
                p = next((p for p in persons if p.word_start == pos or (p.word_start == pos - 1 and text[pos - 1] == "و")),
                         None)
                ot = _OTHERS_AFTER_NOUN.match(text, p.end) if p is not None and p.payload.count is not None \
                    and text.startswith(" اخر", p.end) else None
                if ot is not None:
                    # "قتل مع شخصين آخرين"، "لقي مصرعه مع جنديين آخرين": the dual and "others" (q95-leftcas)
                    item, end, pron = Count(p.payload.count, p.payload.count, p.payload.count), ot.end(), _BESIDES
                elif p is not None and p.payload.count is not None and text.endswith(POSSESSIVE_ENDS, p.start, p.end):
                    word = text[p.start:p.end]
                    pron = next(x for x in ("هما", "هم", "ها", "ه") if word.endswith(x))
                    item, end = Count(p.payload.count, p.payload.count, p.payload.count), p.end
                    # (past its one adjective: "مع ابنته الرضيعة واثنين من ضيوفه")
                    adj = _DEFINITE_WORD.match(text, end)
                    if adj is not None and adj.end() <= e:
                        end = adj.end()
                elif p is not None and p.payload.count is None:
                    # "مع أطفاله الأربعة"، "مع أفراد أسرته الخمسة": the plural his, and the number after
                    # it says how many (q94-leftcas)
                    word, at = text[p.start:p.end], p.end
                    owned = word.endswith(POSSESSIVE_ENDS)
                    if not owned and word in _MEMBERS:
                        hh = _HOUSEHOLD.match(text, at)
                        if hh is not None:
                            owned, word, at = True, text[at:hh.end()].strip(), hh.end()
                    q = next((q for q in quantities if 0 < q.start - at <= 2 and not text[at:q.start].strip()), None) \
                        if owned else None
                    if q is not None and not q.vague and q.best > 1:
                        pron = next(x for x in ("هما", "هم", "ها", "ه") if word.endswith(x))
                        item, end = Count(q.best, q.low, q.high), q.end
                    elif owned and q is None and word.endswith(POSSESSIVE_ENDS) and not got:
                        # "لمقتله مع مرافقيه"، "استشهد مع مرافقيه": his plural, no number: two at least, as
                        # "امرأة وأطفالها" counts them (q95-leftcas)
                        pron = next(x for x in ("هما", "هم", "ها", "ه") if word.endswith(x))
                        item, end = _SOME_KIN, at
            if item is None:
                break
            if owners is None:
                owners, pron_first = _OWNERS[pron], pron
            got = item if got is None else got.add(item)
            # more of them joined by و ("مع نجله واثنين من مرافقيه"; normalising writes "و4" as "و 4")
            nxt = end
            while nxt < e and text[nxt] == " ":
                nxt += 1
            if not text.startswith("و", nxt):
                break
            pos = nxt + 2 if text.startswith("و ", nxt) else nxt + 1
        if got is None:
            continue
        if owners in (0, 1) and pron_first == _BESIDES and text.endswith("وا", lead.word_start, lead.end):
            owners = 0   # "قتلوا مع ثلاثة آخرين": how many they were is not told
        if owners in (0, _OWNERS[_BESIDES]) and text.endswith("ا", lead.word_start, lead.end) \
                and not text.endswith("وا", lead.word_start, lead.end) and (owners == 0 or pron_first == _BESIDES):
            owners = 2   # a dual verb, "قتلا مع ثمانية من مرافقيهم": the two it tells of and their companions
        kind = _KIND.get(lead.payload.kind, lead.payload.kind)
        return kind, got.add(Count(owners, owners, owners)), mt.start(), end
    return None


def _joined_person(text: str, p, last: tuple[str, int] | None, cas, subset_marks: list[int]) -> bool:
    """Is person `p` joined by و to the count that ended at `last` ("12 مسلحاً وعنصرين"), with
    no casualty word, comma or "بينهم" between (those open a new count or a part of one)?"""
    if last is None or text[p.word_start] != "و" or not 0 <= p.word_start - last[1] <= 40:
        return False
    gap = text[last[1]:p.word_start]
    if any(c in gap for c in ",،.؛:"):
        return False
    if " بين " in f" {gap} ":
        return False   # "500 شخص بين مدنيين وعسكريين": what the count is made of, not more of it
    if " من " in f" {gap} " and "ال" in text[p.word_start:p.start + 2]:
        # "مقتل 18 عنصراً من قوات النظام والمسلحين الموالين لها": a definite noun joined to the side
        # the count is "of" is more of whom it was taken from, not more dead ("وعنصرين من قسد" still is)
        return False
    if any(last[1] <= h.word_start < p.word_start for h in cas):
        return False
    return not any(last[1] <= t <= p.word_start for t in subset_marks)


def _same_tamyiz(text: str, p, last: tuple[str, int] | None, from_11: bool) -> bool:
    """Is person `p` a second singular accusative noun of the number before ("17 عاملاً وموظفاً")?

    From eleven on, Arabic counts with one noun in the singular accusative, and a second one
    joined by و is counted by the same number, not one more person: the number ends at `last`,
    its noun is the one word between, and both nouns end in the accusative alef (or the second is one
    that ends in alif maqsura, which takes no alef: "قتل 12 طفلاً وفتى", written ي once normalised;
    fix round q93-fix26r)."""
    if last is None or not from_11 or p.payload.count != 1 or not text[p.start:p.end].endswith(("ا", "ي")):
        return False
    between = text[last[1]:p.word_start].split()
    return len(between) == 1 and between[0].endswith("ا")


def _hit_by_weapon(text: str, h, m: DocMentions) -> bool:
    """The injury noun with a pronoun tells how the one just counted was hit, not one more
    wounded: "إثر إصابتها بصاروخ باليستي" (a ship), "قتل مدني بعد إصابته بشظايا" (he died of it)."""
    if not text[h.start:h.word_end].endswith(("ته", "تها", "تهم", "تهما")):
        return False
    if CAUSE_BEFORE.search(text, max(0, h.word_start - 8), h.word_start):
        return True
    return any(w.word_start == h.word_end + 1 and text[w.word_start:w.start] == "ب"
               for w in m.weapons.within(h.word_end, h.word_end + 24))


#: "وفارق الحياة": the one just said to be hit died of it (quality-62)
_DIED_AFTER = re.compile(rf"\sو(?:{alternation('died_after_wound')})(?!\w)")
#: a cause word right before a word ("إثر إصابته": the injury is the cause of what was told; "إثر هجوم
#: معاكس" in assemble: how the event told with it came about)
CAUSE_BEFORE = re.compile(rf"(?:^|\s)(?:{alternation('cause_word')})\s+$")


def _counted_object(text: str, m: DocMentions, verb, persons: list, quantities: list) -> bool:
    """Whether a count or a counted person noun follows `verb` as its object, past its subject."""
    def right_after(start: int) -> bool:
        return start >= verb.end and start - verb.end - _subject_length(text, m, verb.end, start) <= 2
    return any(p.payload.count is not None and right_after(p.word_start) for p in persons) or \
        any(right_after(q.start) for q in quantities)


def _noun_before(text: str, persons: list, q) -> Person | None:
    """The person noun a number follows as its adjective ("مسعفين اثنين", "عمال ثلاثة"), when
    the noun gives no count of its own, or the same one ("عنصرين اثنين")."""
    for p in reversed(persons):
        if p.end <= q.start:
            pc: Person = p.payload
            if text[p.end:q.start].strip() == "" and q.start - p.word_end <= 2 and \
                    (pc.count is None or pc.count == q.best):
                return pc
            return None
    return None


#: what a clause that counts nobody counts, for callers that only read it: shared, so it is never
#: kept in a frame nor changed (a Casualties, with its set and list, is made for every clause else)
NOBODY = Casualties()


def counts_anyone(m: DocMentions, s: int, e: int) -> bool:
    """Does a casualty word, a person noun or a quantity start in [s, e)? Without one
    `clause_casualties` finds nobody there (most clauses: one bisection says so)."""
    counted = m.counted_starts
    i = bisect_left(counted, s)
    return i < len(counted) and counted[i] < e


def _only_a_time(text: str, m: DocMentions, a: int, b: int) -> bool:
    """Is the gap [a, b) between a casualty verb and a bare number only a time ("قتل اليوم أربعة من
    اللجان"، "قتلوا صباح الثلاثاء 15 عنصراً"): the number is still the verb's object (lead, stop 24)."""
    if b - a > 32:
        return False
    at = a
    for d in m.dates.within(a, b):
        gap = text[at:d.start].strip(" ,،")
        if gap and gap not in _TIME_LEADS:   # ("صباح الثلاثاء": the part of the day before it)
            return False
        at = max(at, d.end)
    return at > a and not text[at:b].strip(" ,،")


_TIME_LEADS = frozenset(words("time_lead"))
_EVENT_RESUMPTIVE = frozenset(words("event_resumptive"))


def clause_casualties(text: str, s: int, e: int, m: DocMentions, carry: str | None = None,
                      marks: list | None = None, object_of: bool = False) -> Casualties:
    """Casualties stated in the clause [s, e).

    `carry` is the kind (killed/injured) counted in the clause before: an elliptical
    clause ("وشخص آخر في حرستا") counts the same kind. `marks`: the clause's discourse marks,
    `m.discourse.within(s, e)`, when the caller has them. `object_of`: the clause is the object of
    a casualty verb of that kind cut off by a time ("قتل قناص، الأحد، امرأة في حي X").

    (Most clauses count nobody; a caller that asks of every clause asks `counts_anyone` first,
    one bisection, as `build_frames` does.)
    """
    out = Casualties()
    for d in m.discourse.within(s, e) if marks is None else marks:
        if d.payload == "reason" and any(0 <= h.word_start - d.end <= 2 for h in m.casualties.within(d.end, d.end + 12)):
            # "أن الضربة جاءت رداً على مقتل ثلاثة جنود أمريكيين في الأردن": the dead after it are
            # the reason's, not this clause's
            e = d.start
            marks = None
            break
    cas = m.casualties.within(s, e)
    if cas and _funeral_in(text, s, e):
        # "تحول تشييع شهيدين في حي الخالدية إلى مظاهرة": the dead a funeral buries died before it
        # (unless a verb of death and the means after them tell how they died: "تشييع 7 شهداء قضوا في
        #  غارة على منزلهم" counts the strike's dead; q90-probe-foreign)
        cas = [h for h in cas if _FUNERAL_OF.search(text, max(s, h.word_start - 30), h.word_start) is None
               or _died_by(text, h, cas, m, e)]
    if cas and "الشهيد" in text[s:e]:
        # "هدمت قوات الاحتلال منزل الشهيد أحمد جرار": the martyr named as the owner of a house, the
        # son of a family, died before; he is none of the clause's dead (q84-probe4)
        cas = [h for h in cas if not (text.startswith("الشهيد", h.word_start)
                                      and _OWNED_BY.search(text, max(s, h.word_start - 12), h.word_start))]
    if cas:
        # "قال حسن، شقيق أحد الضحايا:": the relative of victims told elsewhere speaks; they are no toll of his clause
        cas = [h for h in cas if not (text.startswith("ال", h.word_start)
                                      and _KIN_OF.search(text, max(s, h.word_start - 16), h.word_start))]
    for h in cas:   # (a loop, not any() over a generator: asked of every clause that counts)
        if h.payload.kind == "injured":
            # (nor "إثر إصابتها بصاروخ": a ship or a building hit by a weapon, with its pronoun)
            cas = [h for h in cas if not (h.payload.kind == "injured" and (
                (h.payload.role in ("noun", "verb") and _HIT_ADJECTIVE.match(text, h.word_end))
                or _hit_by_weapon(text, h, m)))]
            if "متاثر" in text[s:e]:
                # "استشهد جريح متأثراً بإصابته": the wound he died of, no one wounded (q85-probe5)
                cas = [h for h in cas if not (h.payload.kind == "injured" and _DIED_OF.search(
                    text, max(s, h.word_start - 12), h.word_start + 1))]
            break
    persons = m.persons.within(s, e)
    quantities = m.quantities.within(s, e)
    if not cas and not persons and not quantities:
        return out   # most clauses count nobody: nothing below can find a count without these
    elliptical = carry is not None and not cas and (
        (text[s:s + 1] == "و" and not text.startswith(_ATTRIBUTION, s)) or object_of)
    # "4 مدنيين في قرية X، استشهدوا ...": a result verb that opens the next clause still says
    # what happened to the persons counted at the end of this one (asked only for a quantity)
    spill = m.casualties.within(e, e + 12) if quantities else ()
    if spill:
        spill = [h for h in spill if h.payload.role == "result" and not text[e:h.word_start].strip(" ,،")]
    # where the clause's "بينهم" and toll words end (one loop, not two comprehensions)
    subset_marks: list[int] = []
    total_marks: list[int] = []
    other_source: set[str] = set()   # kinds whose total is another source's figure, told in contrast
    for h in m.discourse.within(s, e) if marks is None else marks:
        if h.payload == "subset":
            subset_marks.append(h.end)
        elif h.payload == "total":
            total_marks.append(h.end)
    if carry in ("killed", "injured") and quantities and "الي " in text[s:e] \
            and (not cas or _RISE_REASON.search(text, s, e) is not None):
        revised = _REVISED_TO.match(text, s)
        if revised is not None:
            for q in quantities:
                if q.start == revised.end() and 0 < q.best <= 100_000 and not q.vague \
                        and not _PROJECTED.search(text, max(0, q.start - 40), q.start) \
                        and _REVISED_FIGURE_END.match(text, q.end, e) is not None \
                        and (not cas or _explains_rise(text, q.end, cas)):
                    # "مقتل ثمانية مدنيين، ثم ارتفعت الحصيلة مساءً إلى عشرة": the risen or corrected
                    # figure of the kind just counted (the larger telling stands on merging; q92-fixcas)
                    setattr(out, carry, Count(q.best, q.low, q.high))
                    out.spans.append((q.start, q.end))
                    return out
    if not cas and not elliptical and not spill:
        # (two clauses in five that count: numbers and person nouns but no casualty word, nor a
        #  kind carried over or spilling in after the clause; nothing below gives any of them a
        #  kind, so none is counted; only civilians told after "بينهم" are still marked)
        for p in persons:
            if p.payload.count is not None and p.payload.civilian:
                for t in subset_marks:
                    if 0 <= p.start - t <= 14:
                        out.civilian_victims = True
        return out
    sums: dict[str, Count] = {}
    floors: dict[str, int] = {}   # kind -> the size of a subset told of an unnumbered count
    shared: dict[str, int] = {}   # kind -> the shares told after "بينهم" so far
    totals: dict[str, Count] = {}
    used_words: set[int] = set()
    members: dict[str, tuple[Count, int, int]] = {}   # kind -> a member told with its own verb

    def governing_kind(pos: int, end: int) -> tuple[str | None, int]:
        # a casualty noun right after the count (17 قتيلا, عشرات الجرحى)
        for h in cas:
            if h.word_start >= end and h.word_start - end <= 16:
                if _count_between(quantities, end, h.word_start):
                    break   # "جثث خمسة أشخاص وعشرة جرحى": the noun is the next count's (q85-probe5)
                c: Casualty = h.payload
                if c.role == "noun" and c.kind == "captured" and "من" in text[end:h.word_start].split():
                    break   # "مقتل أكثر من 100 من الأسرى": whom the dead were, not their fate
                if c.role == "noun" and c.kind == "captured" and _killed_just_before(text, m, cas, pos):
                    break   # "قتل 3 معتقلين تحت التعذيب": the verb says their fate, the noun who they were
                if c.role == "verb" and h.word_start - end <= 2 \
                        and text[h.word_start:h.word_end] in _COUNTED_VERBAL_NOUNS \
                        and not _count_between(quantities, h.word_end, h.word_end + 4):
                    # "71 شهيداً و289 إصابة": the verbal noun right after the count counts it, as a
                    # noun, not the dead of the count before (q89-probe-live)
                    return _KIND.get(c.kind, c.kind), h.word_start
                if c.role == "noun":
                    # "ارتفع عدد القتلى إلى 12 بعد وفاة ثلاثة جرحى": wounded who died are not
                    # wounded again, and are already among the dead the report counts
                    if c.kind == "injured":
                        died = _died_of_wounds(text, cas, pos)
                        if died is not None:
                            # ("فارق الحياة ثلاثة جرحى": with no total told, the wounded who died are
                            #  the clause's dead; q85-probe5)
                            return (None, -1) if total_marks or died in _DEATH_NOUNS else ("killed", h.word_start)
                    return _KIND.get(c.kind, c.kind), h.word_start
                break
        # a verb before it (قتل 5, اصيب 3 اخرون, مقتل سبعة)
        best = None
        for i, h in enumerate(cas):
            if h.payload.role == "verb" and h.end <= pos and (
                    pos - h.end - _subject_length(text, m, h.end, pos) <= 40
                    or _joined_after_named(text, h.end, pos, persons, cas)):
                # (not when the verb already took its noun: "سقوط القتلى إثر إطلاق النار على آلاف
                #  المحتجين" counts no thousands dead)
                best = i
                for later in cas[i + 1:]:   # (a loop, not any() over a generator)
                    if h.end <= later.word_start and later.end <= pos and later.payload.role == "noun":
                        best = None
                        break
            elif h.end <= pos and h.payload.role == "result" and (
                    pos - h.end <= 2 or text[h.end:pos].strip() in _MANNER_WORDS or _only_a_time(text, m, h.end, pos)):
                # "فقتلوا 12 مدنياً": the plural verb is active, the count its object (past an
                # adverb of manner too: "أعدموا ميدانياً ثلاثة شبان")
                best = i
        if best is not None:
            h = cas[best]
            # "مقتل وجرح 12 شخصاً": one number for the dead and the wounded together
            prev = cas[best - 1] if best > 0 else None
            # (not when the first verb has its own pronoun victim: "إصابته ومقتل أحد مرافقيه")
            if prev is not None and prev.payload.kind != h.payload.kind and prev.payload.role == "verb" and \
                    prev.payload.count is None and \
                    text[prev.end:h.word_start].strip() in ("", "و") and text[h.word_start] == "و" and \
                    not any(0 <= prev.word_start - p.end <= 30 for p in persons):
                # (not "قيادياً قتل وأصيب اثنان": there the first verb has its own subject)
                return None, -1
            return _KIND.get(h.payload.kind, h.payload.kind), h.word_start
        # "قالت مصادر إن القتلى ثلاثة فقط": the number the predicate of a definite casualty noun
        pred = _predicate_toll(text, cas, pos)
        if pred is not None:
            return _KIND.get(pred.payload.kind, pred.payload.kind), pred.word_start
        # "انتشلت جثث 12 شخصاً": the bodies of those counted right after (the construct; the
        # plural alone would only say "at least two")
        for h in cas:
            if h.payload.role == "noun" and h.end <= pos and pos - h.end <= 2 and \
                    _BODIES.fullmatch(text, h.start, h.end):
                return _KIND.get(h.payload.kind, h.payload.kind), h.word_start
        # a toll told as "ارتفاع حصيلة ضحايا الانفجار إلى 18 شخصاً": the casualty noun after the
        # toll word says what the number counts
        for t0 in total_marks:
            if 0 <= pos - t0 <= 60 or _toll_reaches(text, t0, pos):
                nouns = [h for h in cas if t0 <= h.word_start < pos and h.payload.role == "noun"]
                if nouns:
                    return _KIND.get(nouns[0].payload.kind, nouns[0].payload.kind), nouns[0].word_start
                # "ارتفع عدد الجنود الأتراك الذين قتلوا في غارة ... إلى 33 جندياً": the verb of a
                # relative clause after the toll word says what the figure counts (q85-probe5)
                for h in cas:
                    if t0 <= h.word_start < pos and h.payload.role in ("result", "verb") \
                            and _WHO_BEFORE.search(text, max(t0, h.word_start - 8), h.word_start):
                        return _KIND.get(h.payload.kind, h.payload.kind), h.word_start
        # a result word after the head (خمسة عناصر ... قتلوا / بجروح); a new verb there has
        # its own subject ("عشرات المحتجين فقتلت اثنين منهم")
        # (or a verb right after it, its subject the count: "ستة مدنيين قضوا وأصيب آخرون")
        for h in cas:
            if h.word_start >= end and (
                    (h.payload.role == "result" and (
                        _gap(text, end, h.word_start) <= 40
                        # (past the persons' force and its leader, in no other clause: "ثلاثة جنود من
                        #  الجيش الوطني الليبي بقيادة خليفة حفتر قتلوا"; quality q78-forms)
                        or _gap(text, end, h.word_start) <= _AFFILIATION_REACH
                        and _OF_FORCE.match(text, end) is not None
                        and _BREAK.search(text, end, h.word_start) is None))
                    or (h.payload.role == "verb" and h.word_start - end <= 16
                        and len(text[end:h.word_start].split()) <= 1 and text[h.word_start] != "و")):
                return _KIND.get(h.payload.kind, h.payload.kind), h.word_start
        # across the comma the persons' place may stand between ("4 مدنيين في قرية X غرب حماة،")
        for h in spill:
            if _gap(text, end, h.word_start) <= 70:
                return _KIND.get(h.payload.kind, h.payload.kind), h.word_start
        return None, -1

    def head_after(end: int) -> Person | None:
        for p in persons:
            if p.word_start >= end and p.word_start - end <= 8:
                return p.payload
            if p.word_start > end + 8:
                break
        return None

    one_more: dict[str, int] = {}   # kind -> "وأحد" + a noun after its count: one more each (q95-leftcas)
    last_counted: tuple[str, int] | None = None  # (kind, end) of the previous count
    last_total: tuple[str, int] | None = None   # (kind, end) of the previous figure a toll rose to
    counted: list[tuple[int, str]] = []   # (start, kind) of the numbers summed
    counted_from_11 = False   # that count was a number of 11 or more (its noun a singular accusative)
    numbered_nouns: set[int] = set()   # where a number that repeats its noun's own count starts
    for q in quantities:
        if q.best <= 0 or q.best > 100_000:
            continue
        if q.start > 4 and text.startswith("الي ", q.start - 4) and _PROJECTED.search(text, max(0, q.start - 40), q.start):
            continue   # "وقال المرصد إن الحصيلة قد تصل إلى مئة": a toll foreseen, no one counted (q87-probe-wire)
        one_of = False
        if text[q.start:q.end] in _ONE_WORDS and not text.startswith(" من", q.end) and not any(
                0 <= q.start - h.end <= 1 for h in cas):
            if not (text[q.start:q.end] in _AND_ONE_OF and (
                    any(p.word_start == q.end + 1 for p in persons)
                    or (text.startswith(" ال", q.end) and _DEFINITE_NOUN.match(text, q.end)
                        and not m.dates.within(q.end, q.end + 2)))):
                continue   # "من عائلة واحدة": "one" as an adjective of a noun counts no one
            # "مقتل طفلين وأحد المسعفين"، "وأحد عناصر الدفاع المدني": normalised "وأحد" reads "واحد", but "one" as
            # an adjective never stands before a definite noun or a person noun: it is "and one of" them, one
            # more, added when the clause's other counts are made (q95-leftcas)
            one_of = True
        head = head_after(q.end)
        # "مقتل مسعفين اثنين": the number after a plural noun counts it (the noun alone does not)
        after_noun = None if head is not None else _noun_before(text, persons, q)
        if after_noun is not None:
            head = after_noun
            if after_noun.count is not None:
                # "ضابط ومنتسبان اثنان": the number repeats the dual's own count; the noun is not
                # counted again below (quality q78-iraq3)
                numbered_nouns.add(q.start)
        if head is None and q.start > 0 and text[q.start - 1] == "ب" and (
                q.start == 1 or not text[q.start - 2].isalpha()) and not any(
                h.word_start >= q.end and h.word_start - q.end <= 16 and h.payload.role == "noun" for h in cas):
            continue   # "أصيب بعدة رصاصات", "بثلاث طلقات": the shots that hit him count no one (quality-62)
        kind, _ = governing_kind(q.start, q.end)
        # "مقتل خمسة أشخاص من عائلة واحدة واثنين من ضيوف المنزل": a number joined by و to the
        # count before it counts the same kind
        # (a loop, not any() over a generator: asked of every quantity)
        noun_after = False
        for h in cas:
            if h.word_start >= q.end and h.word_start - q.end <= 16 and (h.payload.role == "noun" or (
                    # ("71 شهيداً و289 إصابة": the verbal noun counts the number as a noun does;
                    #  q89-probe-live)
                    h.word_start - q.end <= 2 and text[h.word_start:h.word_end] in _COUNTED_VERBAL_NOUNS
                    and not _count_between(quantities, h.word_end, h.word_end + 4))):
                noun_after = True
                break
        joined = (last_counted is not None and (one_of or text[q.start - 2 if q.start > 2 else 0:q.start].strip() == "و")
                  and q.start - last_counted[1] <= 60 and not noun_after)
        if head is None and after_noun is None and _HOUSES_AFTER.match(text, q.end) is not None:
            continue   # "وأصابت أربعة منازل"، "ودمرت ثلاثة مبان": buildings hit, no one hurt (q95-leftcas)
        if joined and head is None and _MATERIEL_AFTER.match(text, q.end) is not None:
            continue   # "قتل ثلاثة جنود ودمرت دبابة وعدداً من العربات": vehicles, not more dead (q94-leftcas)
        if joined:
            kind = last_counted[0]
        elif kind is None and elliptical and head is not None:
            kind = carry
        if kind is None and last_counted is not None and subset_marks and _HOW_HIT.match(text, q.end) \
                and _after_subset_mark(subset_marks, q.start, cas):
            kind = last_counted[0]   # "98 جريحاً بينهم 4 بالرصاص الحي": a share of the count before it
        if kind == "captured" and head is not None and head.civilian:
            out.civilian_victims = True   # "واختطف آلاف النساء والأطفال": civilians taken, no toll
        if kind is None or kind == "captured":
            continue
        if head is None and not joined and after_noun is None and not one_of:
            weapons_after = m.weapons.within(q.end, q.end + 16)
            if weapons_after and any(w.start - q.end <= 1 and w.payload[1] in ("shelling", "air", "ied")
                                     for w in weapons_after):
                # "بسقوط ثلاثة صواريخ كاتيوشا": the number counts the weapons, not people (not
                # "وأصيب العشرات برصاص قوات الأمن": the bullets are how they were hit)
                continue
            # a bare number must sit right after its verb ("قتل 3", "وقتل أربعة")
            # (a plural verb too: "وقتلوا 9 من سكانها", active, its count the object)
            # (or past the event's pronoun: "اشتباكات قتل فيها أربعة من الثوار"; q88-recall)
            near_verb = any(h.end <= q.start and h.payload.role in ("verb", "result") and (
                q.start - h.end <= 3 or _only_a_time(text, m, h.end, q.start)
                or q.start - h.end <= 8 and text[h.end:q.start].strip() in _EVENT_RESUMPTIVE) for h in cas)
            near_noun = any(h.word_start >= q.end and h.word_start - q.end <= 2 and (
                h.payload.role == "noun" or text[h.word_start:h.word_end] in _COUNTED_VERBAL_NOUNS)
                            for h in cas)
            toll = bool(total_marks) and any(0 <= q.start - t <= 30 or _toll_reaches(text, t, q.start)
                                             for t in total_marks)   # "عدد الجرحى وصل إلى 100"
            # (or a share told after "بينهم" with how it was hit: "98 إصابة بينها 4 بالرصاص الحي")
            if not (near_verb or near_noun or toll or _predicate_toll(text, cas, q.start) is not None
                    or (subset_marks and _HOW_HIT.match(text, q.end) and _after_subset_mark(subset_marks, q.start, cas))):
                continue
        cnt = Count(q.best, q.low, q.high, q.vague)
        if head is not None:
            if head.civilian:
                out.civilian_victims = True
            if head.side in ("military", "armed"):
                out.military_victims = True
                if head.side == "military":
                    out.soldiers.add(_nation_after(text, q.end))
        out.spans.append((q.start, q.end))
        if total_marks and (any(0 <= q.start - t <= 30 or _toll_reaches(text, t, q.start) for t in total_marks)
                            or last_total is not None and last_total[0] != kind and noun_after
                            and 0 <= q.start - last_total[1] <= _NEXT_FIGURE_REACH and _after_wa(text, q.start)
                            and _BREAK.search(text, last_total[1], q.start) is None):
            # (the toll's next figure, of the other kind, joined by و past a share of the first:
            #  "ارتفعت حصيلة الغارة إلى ثلاثة قتلى بينهم طفلان و74 جريحاً"; q89-fix18r)
            since = max(t for t in total_marks if t <= q.start)
            if _SINCE_ONSET.search(text, since, q.start) or _CONTINUING_SINCE.search(text, since, q.start) \
                    or _STRETCH_TOLL.match(text, since) is not None:
                # "مقتل متظاهر ... ليرتفع عدد قتلى الاحتجاجات منذ انقلاب 25 أكتوبر إلى 114": the dead
                # of a whole stretch since its start, not this clause's event's
                continue
            totals[kind] = cnt.max(totals.get(kind))
            last_total = (kind, q.end)
            if _OTHER_SOURCE.search(text, max(s, q.start - 60), q.start):
                other_source.add(kind)
            continue
        if subset_marks and _after_subset_mark(subset_marks, q.start, cas):
            # "بينهم ستة أطفال": part of a count already given (until a new verb); when the count
            # itself was not a number ("وأصيب آخرون بينهم ثلاثة أطفال") it is at least this many
            floors[kind] = max(floors.get(kind, 0), cnt.low or cnt.best)
            shared[kind] = shared.get(kind, 0) + (cnt.low or cnt.best)
            continue
        if subset_marks and (head is not None or _HOW_HIT.match(text, q.end)) and kind in shared and kind in sums \
                and shared[kind] + (cnt.low or cnt.best) <= sums[kind].best and _after_wa(text, q.start) \
                and any(0 <= q.start - t <= 80 and not _verb_between(cas, t, q.start)
                        and not _BREAK.search(text, t, q.start) for t in subset_marks):
            # "قتل 11 شخصاً بينهم 6 من عناصر الحشد و5 مدنيين": the next share, joined by و, that the
            # total still holds, is part of it too, not more dead (q85-probe5)
            shared[kind] += cnt.low or cnt.best
            continue
        if subset_marks and _joined_share(text, q.start) and any(
                0 <= q.start - t <= 80 and not _verb_between(cas, t, q.start) and not _BREAK.search(text, t, q.start)
                for t in subset_marks):
            # "مقتل 14 عنصراً بينهم 3 من قوات النظام و11 من المسلحين الموالين": the next share of
            # the same list, joined by و, is part of the count too, not more dead (quality-q76)
            floors[kind] = max(floors.get(kind, 0), cnt.low or cnt.best)
            continue
        if one_of:
            one_more[kind] = one_more.get(kind, 0) + 1   # (added after the persons: "طفلين وأحد المسعفين")
            continue
        sums[kind] = sums[kind].add(cnt) if kind in sums else cnt
        counted.append((q.start, kind))
        used_words.update(range(q.start, q.end))
        last_counted = (kind, q.end)
        counted_from_11 = q.best >= 11

    # words that carry their own count: duals and singulars (قتيلين، عنصرين، مقتله، قتل شاب)
    for h in cas:
        c: Casualty = h.payload
        if c.count is None or h.start in used_words:
            continue
        if c.kind == "captured" and not (c.role == "noun" and (
                _killed_just_before(text, m, cas, h.word_start) or _death_verb_after(text, cas, h))):
            # (one of the held right after a verb of death, or right before one past his name, is its dead:
            #  "توفي المعتقل X تحت التعذيب"، "استشهاد الأسير X في سجن النقب"، "أن المعتقل X قضى تحت التعذيب";
            #  round q95-probe-detainee)
            continue
        if any(q.end <= h.word_start and h.word_start - q.end <= 3 for q in quantities):
            continue
        if c.role == "verb" and _counted_object(text, m, h, persons, quantities):
            continue   # "اغتال مسلحون قائدين": the verb's one victim unless its object is counted
        if c.role == "verb" and "ال" in text[h.word_start:h.start + 2]:
            continue   # "وتستمر عمليات الاغتيال في المحافظة": the kind of killing, not one death
        if c.role == "verb" and _ATTEMPTED.search(text, max(0, h.word_start - 16), h.word_start):
            continue   # "نجا المحافظ من محاولة اغتيال": the one aimed at lived
        if c.kind == "injured" and c.role == "verb" and _DAMAGED.match(text, h.end):
            continue   # "ما أدى إلى إصابتها بأضرار": the ship's damage, not one wounded
        kind = "killed" if c.kind == "captured" else _KIND.get(c.kind, c.kind)
        if kind == "injured" and c.role == "noun":
            died = _died_of_wounds(text, cas, h.word_start)
            if died is not None:
                # "توفي جريحان متأثرين بجراحهما": the two wounded died (dead, unless a total has them)
                if total_marks or died in _DEATH_NOUNS:
                    continue
                kind = "killed"
        if kind in sums or kind in totals:
            continue
        sums[kind] = Count(c.count, c.count, c.count)
        out.spans.append((h.start, h.end))
    for h in cas:
        c = h.payload
        if c.role == "verb" and c.count is None and c.kind in ("killed", "injured") \
                and _GIVEN_AFTER.match(text, h.end) is not None:
            # "وقتل آدم يحيى أمس برصاص ..."، "استشهد محمد أبو سالم": the one named, with no person noun
            # before his name, is one dead (round q92-victims)
            kind = _KIND.get(c.kind, c.kind)
            if kind not in sums and kind not in totals:
                sums[kind] = Count(1, 1, 1)
                out.spans.append((h.start, h.end))
                # (more joined by و after his name are more of the same toll: "أصيب محمد وشقيقه")
                last_counted = (kind, _GIVEN_AFTER.match(text, h.end).end())
    if "killed" not in sums and "killed" not in totals and ("الذي " in text[s:e] or "التي " in text[s:e]):
        who = _ONE_WHO_DIED.search(text, s, e)
        if who is not None:
            # "تنعى العائلة ابنها X، الذي استشهد أمس برصاص قناص": the one told of before the pronoun is
            # one dead (round q93-fixcas)
            sums["killed"] = Count(1, 1, 1)
            out.spans.append((who.start(), who.end()))
            last_counted = ("killed", who.end())
    for p in persons:
        pc: Person = p.payload
        if pc.count is None:
            if last_counted is not None and last_counted[0] in sums and pc.civilian \
                    and text.endswith(POSSESSIVE_ENDS, p.start, p.end) \
                    and not any(0 <= q.start - p.end <= 2 for q in quantities) \
                    and _joined_person(text, p, last_counted, cas, subset_marks):
                # "قتلت امرأة وأطفالها": her children are two at least, so the toll is at least three
                # (not exactly one); a count after them ("وأطفالها الأربعة") says how many (lead, stop 19)
                kind = last_counted[0]
                sums[kind] = sums[kind].add(_SOME_KIN)
                out.spans.append((p.start, p.end))
                last_counted = (kind, p.end)
            continue
        if numbered_nouns and any(0 < n - p.end <= 2 and not text[p.end:n].strip() for n in numbered_nouns):
            continue   # "ومنتسبان اثنان": counted once, by the number after it
        if pc.side and p.word_start > 1 and text.endswith(_FIRED_BY, 0, p.word_start - 1):
            continue   # "قتل شاب برصاص مسلحين": the gunmen fired; they are not armed dead
        if text[p.word_start] != "و" and any_in(_SOURCE_NEEDLES, text, p.word_start - 10 if p.word_start > 10 else 0,
                                                      p.word_start) \
                and _SOURCE_BEFORE.search(text, p.word_start - 10, p.word_start):
            # "وقال مصدر عسكري إن القصف أدى إلى إصابة جنديين": who told it, not a victim (but
            # "ثلاثة أطباء وممرضتان" joins more victims to counted doctors)
            continue
        if subset_marks and _after_subset_mark(subset_marks, p.start, cas):
            if pc.civilian:
                out.civilian_victims = True
            # "استشهد 3 مواطنين هم رجل استشهد جراء لغم في X، ورجلان استشهدا في قصف على Y": a
            # member with a verb of its own is told with its own cause; that cause, the event of
            # this clause, counts the member, and the total spans several events
            # (not "بينهم طفلان وأصيب عشرات": a verb after "و" opens the next count)
            own = next((h for h in cas if h.word_start >= p.end and _gap(text, p.end, h.word_start) <= 2
                        and h.payload.role in ("verb", "result") and text[h.word_start] != "و"), None)
            if own is not None and pc.count <= 2 and _plural_verb(text, own):
                # "6 مواطنين بينهم طفلان استشهدوا جراء غارات": a plural verb agrees with the whole
                # count, not with one or two members (those take "استشهد"/"استشهدا")
                own = None
            if own is not None and _KIND.get(own.payload.kind, own.payload.kind) in ("killed", "injured"):
                members.setdefault(_KIND.get(own.payload.kind, own.payload.kind),
                                   (Count(pc.count, pc.count, pc.count), p.start, p.end))
            continue  # "بينهم طفلان": among the dead already counted
        if text[p.start:p.end] in _ONE_MORE and p.word_start > 0 and any(
                0 <= p.word_start - w.end <= 1 for w in m.weapons.within(max(0, p.word_start - 30), p.word_start)):
            # "سقط صاروخ آخر في منطقة X دون إصابات": "another" qualifies the missile right before it,
            # no one more fell (q78-yemen2)
            continue
        if quantities:
            near_count = False
            for q2 in quantities:   # (a loop, not any() over a generator)
                if q2.end <= p.word_start and p.word_start - q2.end <= 8:
                    # (not past a casualty verb of its own: "استشهاد مقاتلين اثنين وجرح ثالث",
                    #  the number counts the dead, the ordinal one wounded; q86-probe4)
                    near_count = not _verb_between(cas, q2.end, p.word_start)
                    break
            if near_count and not _joined_person(text, p, last_counted, cas, subset_marks):
                continue
        # "مقتل 12 مسلحاً وعنصرين من الجيش", "قتل وزير الدفاع ونائبه": a person noun joined by و
        # to the count before it is more of the same kind
        joined = _joined_person(text, p, last_counted, cas, subset_marks)
        if joined and _same_tamyiz(text, p, last_counted, counted_from_11):
            continue   # "استشهاد 17 عاملاً وموظفاً": one count of workers and employees, not one more
        kind = last_counted[0] if joined and last_counted else None
        for h in cas:
            # (a force named right after the verb is its subject: "أعدم مسلحو التنظيم طياراً")
            if h.end <= p.word_start and h.payload.role == "verb" and \
                    p.word_start - h.end - _subject_length(text, m, h.end, p.word_start) <= 12:
                kind = _KIND.get(h.payload.kind, h.payload.kind)
            elif h.payload.role == "result" and h.end <= p.word_start and not text[h.end:p.word_start].strip():
                # "قتلوا زوجي أمام عيني"، "قتلوا ابني برصاصة": the plural verb right before the person
                # is active, the person its object, as "فقتلوا 12 مدنياً" counts its number
                # (round q91-headlines)
                kind = _KIND.get(h.payload.kind, h.payload.kind)
        if kind is None:
            for h in cas:
                if h.word_start >= p.end and _gap(text, p.end, h.word_start) <= 45 and \
                        h.payload.role in ("result", "verb"):
                    if h.payload.role == "verb" and h.payload.count is not None:
                        break   # "مسلحين اغتالوا والي X": a verb that has its own victim has them as its subject
                    kind = _KIND.get(h.payload.kind, h.payload.kind)
                    break
        if counted and not joined:
            # "مقتل قيادي في الحرس الثوري وثلاثة من مرافقيه": a person joined by و to a number
            # counted after it is one more of that count (4), as one joined after a number is
            lead = _leading(text, p, counted, cas)
            if lead is not None and kind in (None, lead):
                kind, joined = lead, True
        if kind is None and elliptical:
            kind = carry
        if kind == "captured" and pc.civilian:
            out.civilian_victims = True   # "واختطف آلاف النساء والأطفال": civilians taken, no toll
        if kind is None or kind == "captured":
            continue
        if pc.civilian:
            out.civilian_victims = True
        if pc.side in ("military", "armed") and not (
                text.startswith(" سابق", p.end, p.end + 6) and _FORMER.match(text, p.end)):
            # (not one who was: "اغتال مسلحون قيادياً سابقاً في فصائل المعارضة أمام منزله"; q85-probe7)
            out.military_victims = True
            if pc.side == "military":
                # (the adjective after the noun's last word: "قائد عسكري" is one noun, its عسكري no
                #  nation; quality-70)
                last = text.rfind(" ", p.start, p.end)
                out.soldiers.add(_nation_after(text, last + 1 if last >= 0 else p.word_start))
        # ("أصيب طفلان وأصيب آخر", "قتل شخصان وقتل ثالث": another one is one more of that count,
        #  when its own verb stands right before it: "انفجرت سيارة مفخخة ثانية" counts no one)
        more = text[p.start:p.end] in _ONE_MORE and any(
            h.payload.role == "verb" and 0 <= p.word_start - h.end <= 2 for h in cas)
        if not more and text[p.start:p.end] in _ORDINAL_PERSON:
            continue
        more = more and kind in sums
        if kind in totals or (kind in sums and not joined and not more):
            continue
        cnt = Count(pc.count, pc.count, pc.count)
        sums[kind] = sums[kind].add(cnt) if kind in sums else cnt
        out.spans.append((p.start, p.end))
        last_counted = (kind, p.end)
    for kind, n in one_more.items():
        if kind not in totals:
            sums[kind] = sums[kind].add(Count(n, n, n)) if kind in sums else Count(n, n, n)
    # a plural casualty noun with no number ("سقوط قتلى وجرحى"): at least two, how many unknown
    for h in cas:
        c = h.payload
        if c.role != "noun" or c.count is not None or c.kind == "captured" or h.start in used_words:
            continue
        if not _PLURAL_NOUN.match(text[h.start:h.end]) or "ال" in text[h.word_start:h.start + 2]:
            continue
        if text.startswith(" ال", h.word_end):
            continue   # made definite by what follows: "انتشلت جثث الضحايا" are the victims told before
        if _MARTYRS_NAME.search(text, max(0, h.word_start - 12), h.word_start):
            continue   # "كتيبة شهداء 17 فبراير": a brigade's name, not a count
        if any(q.end <= h.word_start and h.word_start - q.end <= 3 for q in quantities):
            continue
        if any(d.payload in ("negation", "negation_near")
               for d in m.discourse.within(max(s, h.word_start - 30), h.word_start)):
            continue  # "دون أنباء عن سقوط ضحايا": no casualties reported
        kind = _KIND.get(c.kind, c.kind)
        if kind in sums or kind in totals:
            continue
        sums[kind] = Count(2, 2, None, vague=True)
        out.spans.append((h.start, h.end))
    # (civilians counted by a clause that tells harm to anyone; whether it does is the same for
    #  every person, asked once, at the first civilian)
    if not out.civilian_victims:
        for p in persons:
            if p.payload.civilian:
                for h in cas:
                    if h.payload.kind != "captured":
                        out.civilian_victims = True
                        break
                break
    for kind, n in floors.items():
        if kind not in sums and kind not in totals and n > 0:
            sums[kind] = Count(n, n, None, vague=True)
    for kind, (cnt, a, b) in members.items():
        sums[kind] = cnt
        totals.pop(kind, None)
        out.spans.append((a, b))
    if (persons or quantities) and ("مع " in text[s:e] or "رفقه" in text[s:e]):
        company = _with_companions(text, s, e, m, cas, persons, quantities)
        if company is not None and company[0] not in totals and (
                company[0] not in sums or sums[company[0]].best < company[1].best):
            # "قتل القيادي X مع ثلاثة من مرافقيه": he and his three are four (the toll counted so
            # far held him alone, or the three alone; the larger stands, so none is counted twice)
            sums[company[0]] = company[1]
            out.spans.append((company[2], company[3]))
    one_hurt = sums.get("injured")
    if one_hurt is not None and "injured" not in totals and one_hurt.best == 1 and one_hurt.high == 1 \
            and _DIED_AFTER.search(text, s, e) is not None:
        # "الضابط أصيب بعدة رصاصات وفارق الحياة على الفور": the one hit died; one dead, no wounded
        del sums["injured"]
        if "killed" not in sums and "killed" not in totals:
            sums["killed"] = Count(1, 1, 1)
    rival = _RIVAL_SOURCE.search(text, s, e) if (sums or totals) and any_in(_RIVAL_NEEDLES, text, s, e) else None
    for kind in ("killed", "injured"):
        c = totals.get(kind) or sums.get(kind)
        if kind in other_source and kind in sums and sums[kind].best < c.best:
            # (a higher total another source gives, "في حين قال مصدر كردي إن عدد القتلى بلغ 11", is no
            #  update: the lowest figure the report clearly supports stands, ACLED's conservative count)
            c = sums[kind]
        elif kind == "killed" and c is not None and kind not in totals and _own_claim(text, s, e):
            # (a side's own count of whom it killed: merged with another telling, the lower stands)
            c = replace(c, other_source=True)
        elif kind in other_source and kind not in sums and c is not None:
            # (a total alone, another source's: marked, so that merged it does not raise the toll)
            c = replace(c, other_source=True)
        if c is not None:
            if rival is not None and out.spans and out.spans[0][0] >= rival.end():
                c = Count(c.best, c.low, c.high, c.vague, rival=True)
            setattr(out, kind, c)
    return out


def _plural_verb(text: str, h) -> bool:
    """Is the casualty verb at h a plural (masculine "-وا": "استشهدوا", "قتلوا")?"""
    end = h.end
    while end < len(text) and not text[end].isspace() and text[end] not in "،,.":
        end += 1
    return text[h.word_start:end].endswith("وا")


def toll_side(m: DocMentions, c: Casualties) -> str | None:
    """The side a toll counts, when the words after its first count name one ("35 عنصراً من
    قوات النظام", "12 من عناصر التنظيم"), as the lexicon names it."""
    entry = _toll_side_entry(m, c)
    return entry.actor if entry is not None else None


def _toll_side_entry(m: DocMentions, c: Casualties):
    if not c.spans:
        return None
    _, end = c.spans[0]
    near = [r for r in m.actors.within(end, end + 40) if r.payload.klass not in ("civilian", "protester")]
    return near[0].payload if near else None


#: the kinds of side that field no soldiers (جنود are a state's)
_NON_STATE = frozenset(("rebel", "militia", "organisation"))


#: a count of the attackers: "وقتل 12 من المهاجمين" (the side that attacked, named or not)
_THE_ATTACKERS = re.compile(rf"\s+(?:[^\s,،.]+\s+)?(?:من\s+)?(?:{alternation('attacker_anaphor')})(?![\u0621-\u064a])")


def _counts_the_attackers(text: str, c: Casualties) -> bool:
    return bool(c.spans) and _THE_ATTACKERS.match(text, c.spans[0][1]) is not None


def tolls_of_two_sides(m: DocMentions, a: Casualties, b: Casualties, text: str = "") -> bool:
    """Do two tolls count the dead of the two sides of one fight? Each names its side and they differ
    ("قتل 35 من قوات النظام، فيما قتل 12 من عناصر التنظيم"), or one names a group that has no soldiers
    and the other counts soldiers of no side named ("قتل ثلاثة جنود، فيما قتل 20 مسلحاً من داعش";
    q85-probe5)."""
    ea, eb = _toll_side_entry(m, a), _toll_side_entry(m, b)
    if ea is not None and eb is not None:
        return ea.actor != eb.actor
    if text and has(text, "مهاجم") and _counts_the_attackers(text, a) != _counts_the_attackers(text, b):
        # "قتل 4 من عناصر البيشمركة بهجوم لداعش ...، وقتل 12 من المهاجمين": the attackers' dead and
        # the defenders' (q85-probe5)
        return True
    if ea is None and eb is None:
        return False
    named, bare = (ea, b) if eb is None else (eb, a)
    return bool(bare.soldiers) and named.klass in _NON_STATE
