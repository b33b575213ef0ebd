"""The extraction pipeline: one `Document` in, its event `Record`s out.

normalise -> find mentions -> segment -> places -> frames -> drafts ->
geocode -> records.  Each step is a function of plain data; `Extractor` only
holds what is costly to build once per process (the compiled lexicons and the
gazetteer), so it can live in a worker process or a Dask task.
"""
from __future__ import annotations

import gc
import hashlib
import re
from bisect import bisect_left
from collections import Counter
from dataclasses import replace
from datetime import date
from functools import lru_cache, partial

from rasd.extract.actors import VOICE_LINE, ActorResolver, across_border, across_told, document_country, home_country_words, regional_army
from rasd.extract.assemble import assemble
from rasd.extract.discourse import _title_sentences
from rasd.extract.drafts import Draft
from rasd.extract.passes import finalize, fold_corrections, one_event_per_point
from rasd.extract.frames import build_frames, plain_dateline, plain_dateline_end, table_tolls
from rasd.extract.mentions import DocMentions, Sorted, Spans, find_mentions
from rasd.text.needles import any_before_space, any_in, has, last_token_ends, last_token_needles, occurs_any, \
    read_report, watched
from rasd.extract.places import PlaceSpan, compass_ending, find_places, nation_after_place, heading_country
from rasd.geo import GeoContext, get_gazetteer
from rasd.geo.entry import SETTLEMENT_LEVELS
from rasd.geo.resolve import front_targets, fronts_of
from rasd.lexicon.grammar import alternation, words as grammar_group
from rasd.lexicon.load import Lexicons, dated_weapon_owner, lexicons, region_target
from rasd.model import EVENT_TYPE_OF, Document, GeoResult, PlaceMention, Record, Span
from rasd.resources import read_tsv
from rasd.text.dates import find_anchor, find_incident_date
from rasd.text.normalize import OffsetText, normalize, normalize_key
from rasd.text.positions import positions_of
from rasd.text.script import not_arabic_reason
from rasd.text.segment import sentences

# (the words this module asks of whole reports with `has`, found by one scan of each report:
#  `needles.read_report`, round q91-speed)
_REPORT_WORDS = watched(("اتفا", "سابق", "سيطره", "محافظ"))

_TANWEEN = re.compile("[\u064b-\u064d]")
#: countries outside the covered ones whose generic forces generic_actors.tsv names (Egypt's army and police;
#: q88-probe-levant): a report `_abroad` finds there resolves "الجيش"، "قوات الأمن" as that country's
_ABROAD_FORCES = frozenset({"EG"})
#: Egypt's name, its adjective, its capital and its regions, normalised: a report naming none of the covered
#: countries but one of these is about Egypt, whose places then win over their namesakes (q88-egypt)
#: (grammar_words `egypt_cue`; found by `str.find` first: most reports name none, and the regex over a whole
#:  report costs more)
_EGYPT_NEEDLES = watched(grammar_group("egypt_cue"))   # (asked of every report: `read_report` finds them)
_EGYPT_CUE = re.compile(alternation("egypt_cue"))
_EGYPT = frozenset({"EG"})
#: names a report's words may make another country's namesake (gazetteer/context_namesakes.tsv: the bare «رفح»
#: of a report that names Sinai and none of Gaza's words may be Egypt's Rafah, q89-coverage):
#: (name, entry id, words that open the reading, words that close it)
_CONTEXT_NAMESAKES = tuple((r["name"], r["entry"], grammar_group(r["when"]), grammar_group(r["unless"]))
                           for r in read_tsv("gazetteer/context_namesakes.tsv"))
_QUOTE_CHARS = "\"“”„«»″‘’‚"
_QUOTES = re.compile(f"[{_QUOTE_CHARS}]")


@lru_cache(maxsize=4)
def _words_then_space(words: tuple[str, ...]) -> re.Pattern[str]:
    """One of `words` and a space: the first of them, in their order, that matches there (as a loop of
    `startswith` over them would find it, with one call in place of one per word; round q92-speed)."""
    return re.compile("(?:" + "|".join(map(re.escape, words)) + ") ")


_QUARTERS_OF = re.compile(r"(?:^|\s)(?:احياء|حي|حيي)\s$")


_RANK_LAST = tuple(sorted({w.split()[0] for w in grammar_group("rank_title") + grammar_group("minister_title")}))
_rank_in = occurs_any(_RANK_LAST)   # (asked of every report: one regex and two scans, not twelve)
#: a roundup's section head: a governorate at the start of a line, then a colon ("محافظة حماة:")
_SECTION_HEAD = re.compile(r"(?m)^[ \t]*محافظ[هة] [^\n:،,.]{2,30}:")


def _section_containers(text: str, places: list) -> None:
    """A roundup's "محافظة حماة: ..." section holds the places told under it: each place of the
    section that the report puts in nothing else is put in the section's governorate (SOHR's
    daily reports name villages the gazetteer lacks, and their governorate only in the head)."""
    if not has(text, "محافظ") or ":" not in text:
        return
    heads = [(mt.start(), mt.end()) for mt in _SECTION_HEAD.finditer(text)]
    if len(heads) < 2:
        return   # (one "محافظة X:" line is a dateline or a title, not a roundup's sections)
    bounds = [a for a, _ in heads[1:]] + [len(text)]
    for (a, b), end in zip(heads, bounds):
        head = next((p for p in places if a <= p.start < b and p.parent is None), None)
        if head is None:
            continue
        for p in places:
            if b <= p.start < end and p.parent is None and p is not head and p.name != head.name:
                p.parent = head

#: place kinds a road can lie inside (a road "in" a region still runs through it)
_TOWNISH = ("city", "town", "village", "neighbourhood")


#: place kinds whose name, after their type word, may be a group's name ("حي البدو", "قرية التركمان")
_NAMED_FOR_PEOPLE = frozenset({"neighbourhood", "village", "town"})


def _without_mentions_in_names(m: DocMentions, places: list[PlaceSpan]) -> DocMentions:
    """The mentions without the actors and persons that are part of a place's name: in "حي البدو" the
    Bedouin are the quarter's name, not a side of the event; nor the persons: "مدني" in "ود مدني"
    (Wad Madani) is no civilian."""
    names = [(p.name_start, p.name_end) for p in places if p.from_cue and p.kind in _NAMED_FOR_PEOPLE]
    if names:
        kept = Spans(names).outside(m.actors.items)
        if len(kept) != len(m.actors.items):
            m = replace(m, actors=Sorted(kept))
    spans = Spans((p.name_start, p.name_end) for p in places if p.gazetteer_ids and " " in p.name)
    for kind in ("persons", "actors"):
        items = getattr(m, kind).items
        kept_k = spans.outside(items)
        if len(kept_k) != len(items):
            m = replace(m, **{kind: Sorted(kept_k)})
    return m


#: "نصبوا سيطرة وهمية"، "عند سيطرة الصقور": an Iraqi checkpoint, no take-over (quality-76); "هجوم مسلح على سيطرة
#: الشرطة"، "سيطرة للحشد": attacked, or a force's (q90-probe-dialect: the words before may take 20 characters)
_CHECKPOINT_BEFORE = re.compile(rf"(?:^|\s)[وف]?(?:{alternation('checkpoint_before')})\s+$")
_CHECKPOINT_AFTER = re.compile(rf"\s+(?:{alternation('checkpoint_after')})(?![\u0621-\u064a])")


def _without_checkpoint_takeovers(text: str, m: DocMentions) -> DocMentions:
    """The take-over words that name a checkpoint, dropped: in Iraqi reporting "سيطرة" is also a checkpoint
    ("نصبوا سيطرة وهمية على الطريق واختطفوا أربعة سائقين"): the gunmen took no place, and the clause's
    places stay its other events' (quality-76)."""
    if not has(text, "سيطره"):
        return m
    drop = [h for h in m.triggers.items if h.payload == "takeover"
            and text[h.word_start:h.word_end] in ("سيطره", "السيطره")
            and (_CHECKPOINT_AFTER.match(text, h.word_end) is not None or _CHECKPOINT_BEFORE.search(
                text, max(0, h.word_start - 20), h.word_start) is not None)]
    if not drop:
        return m
    return replace(m, triggers=Sorted([h for h in m.triggers.items if h not in drop]))


#: "استولى الحوثيون على سفينة"، "سيطرت الجماعة أمس على الناقلة": a take-over verb whose first "على" (within
#: four words, none of them another "على") names a vessel
_ON_VESSEL = re.compile(rf"(?:\s+(?!علي\s)[^\s.,:\n]+){{0,4}}\s+علي\s+(?:{alternation('vessel_noun')})(?![\u0621-\u064a])")
_VESSEL_WORDS = watched(grammar_group("vessel_noun"))


def _ship_seizures(text: str, m: DocMentions) -> DocMentions:
    """The take-over words whose object is a ship, read as its seizure: "استولى الحوثيون على سفينة شحن
    قبالة الحديدة" takes no territory; ACLED codes the hijacking of a ship and its crew as an abduction
    (q89-left-types)."""
    if not any_in(_VESSEL_WORDS, text):
        return m
    # (the verb only: a noun, "ومنذ استيلائهم على سفينة X في التاسع عشر من ..."، tells it as the background)
    seized = [h for h in m.triggers.items if h.payload == "takeover"
              and "استيلا" not in (w := text[h.word_start:h.word_end]) and "سيطره" not in w
              and _ON_VESSEL.match(text, h.word_end) is not None]
    if not seized:
        return m
    return replace(m, triggers=Sorted(replace(h, payload="abduct") if h in seized else h for h in m.triggers.items))


#: "توصلت الفصائل والجانب الروسي إلى اتفاق"، "وقعت فصائل ريف حمص اتفاق تسوية": a verb that says an agreement was
#: reached, at most six words before its "اتفاق" with no stop nor word of time between
_REACHED = re.compile(rf"(?:^|\s)[وف]?(?:{alternation('agreement_reached')})(?:\s+(?!(?:بعد|قبل|منذ|رغم)\s)[^\s.:\n]+){{0,6}}\s+$")
_REACHED_WORDS = watched(grammar_group("agreement_reached"))


def _agreements_reached(text: str, m: DocMentions) -> DocMentions:
    """The agreement words a verb of reaching or signing governs, made an event: "توصلت لجان المصالحة إلى
    اتفاق تسوية في بصرى الشام" is ACLED's Agreement; an agreement only named ("بموجب اتفاق"، "خرق الاتفاق")
    stays no event (q89-left-types)."""
    if not has(text, "اتفا") or not any_in(_REACHED_WORDS, text):
        return m
    made = [h for h in m.triggers.items if h.payload == "agreement" and text[h.word_start:h.word_end].startswith(("اتفا", "الاتفا"))
            and _REACHED.search(text, max(0, h.word_start - 80), h.word_start) is not None]
    if not made:
        return m
    return replace(m, triggers=Sorted(replace(h, payload="agreed") if h in made else h for h in m.triggers.items))


#: "وأفاد مراسل المسيرة", "قناة المسيرة", "المسيرة نت": an outlet's name that is also an event or weapon word
_OUTLET_NAME = re.compile(rf"(?:(?:^|(?<=\s))[وف]?(?:{alternation('outlet_noun')})\s+({alternation('outlet_name')})(?![\u0621-\u064a])"
                          rf"|(?:^|(?<=\s))({alternation('outlet_name')})\s+نت(?![\u0621-\u064a]))")
_OUTLET_WORDS = watched(grammar_group("outlet_name"))


def _without_outlet_names(text: str, m: DocMentions) -> DocMentions:
    """The weapon and event words that are an outlet's name, dropped: "وأفاد مراسل المسيرة بأن قصفاً
    صاروخياً ومدفعياً سعودياً استهدف مديرية شدا" is a shelling reported by Al-Masirah's correspondent,
    no drone strike (q78-yemen2)."""
    if not any_in(_OUTLET_WORDS, text):
        return m
    names = [(g.start(1), g.end(1)) if g.group(1) else (g.start(2), g.end(2)) for g in _OUTLET_NAME.finditer(text)]
    if not names:
        return m

    def named(h) -> bool:
        return any(s <= h.start and h.end <= e for s, e in names)
    return replace(m, weapons=Sorted([h for h in m.weapons.items if not named(h)]),
                   triggers=Sorted([h for h in m.triggers.items if not named(h)]))


#: "فريق نزع الألغام"، "عمال مشروع مسام لنزع الألغام": a demining team's name, up to two words of its own name
#: between its head and the clearing noun (grammar_words demining_team_head, demining_noun; round q94-probe-uxo)
_DEMINING_NAME = re.compile(rf"(?:^|(?<=\s))[وفبل]?(?:ال)?(?:{alternation('demining_team_head')})(?:\s+\S+){{0,2}}?"
                            rf"\s+(?:ل|ل?ال)?(?:{alternation('demining_noun')})\s+(?:ال)?الغام(?=\s|[.,،]|$)")


def _without_demining_names(text: str, m: DocMentions) -> DocMentions:
    """The mine and clearing words of a demining team's name, dropped: "قتل عنصران من فريق نزع الألغام ... بانفجار
    لغم" tells one blast, the team's work no second bomb nor a defused one (round q94-probe-uxo)."""
    if "الغام" not in text:
        return m
    names = [(g.start(), g.end()) for g in _DEMINING_NAME.finditer(text)]
    if not names:
        return m

    def named(h) -> bool:
        return any(s <= h.start and h.end <= e for s, e in names)
    return replace(m, weapons=Sorted([h for h in m.weapons.items if not named(h)]),
                   triggers=Sorted([h for h in m.triggers.items if not named(h)]),
                   discourse=Sorted([h for h in m.discourse.items if not named(h)]))


#: a press review's chain "نقلت صحيفة X عن Y أن/بأن": where Y begins (round q91-probe-forms)
_RELAYED_FROM = re.compile(rf"(?:^|(?<=\s))(?:{alternation('relay_verb')})\s[^.\n,:;]{{0,60}}?\s"
                           rf"(?:{alternation('relay_from')})\s")
#: "أن"/"بأن" that opens what Y told, a few words after Y's name, and the word after it
_TOLD_THAT = re.compile(r"[^.\n,:;]{0,30}?\s(?:ب)?ان\s+(\S+)")


def _without_relayed_tellers(ot: OffsetText, m: DocMentions) -> DocMentions:
    """The body a press review relays, dropped as a side: "نقلت وكالة الأنباء العراقية عن خلية الإعلام الأمني أن
    طائرة مسيرة استهدفت مقراً للحشد" names the cell that told it, as "قالت خلية الإعلام الأمني إن" does, no
    striker; but not a force that tells of its own ("نقلت سانا عن الجيش السوري أن قواته قصفت": the word after
    "أن" ends in the pronoun ه, not ة) (round q91-probe-forms)."""
    text = ot.text
    starts = {g.end() for g in _RELAYED_FROM.finditer(text)}
    if not starts:
        return m

    def relayed(h) -> bool:
        if h.word_start not in starts or (g := _TOLD_THAT.match(text, h.end)) is None:
            return False
        last = ot.to_orig(g.end(1) - 1)
        return ot.original[last:last + 1] != "ه" and not g.group(1).endswith("ها")
    kept = [h for h in m.actors.items if not relayed(h)]
    return m if len(kept) == len(m.actors.items) else replace(m, actors=Sorted(kept))


#: at most this many words after the dash in a statement's header ("X – المركز الإعلامي": its press desk, actors.VOICE_LINE)
_STATEMENT_DESK_WORDS = 5


def _without_dateline_actors(text: str, m: DocMentions) -> DocMentions:
    """The actors named by a plain dateline's words, dropped: "تل أبيب - سقط صاروخ ..." says where
    the report was filed or is about; the capital is no side (as "Tel Aviv denied" is elsewhere).
    """
    end = plain_dateline_end(text)
    if end < 0 or not m.actors.items or m.actors.items[0].start >= end:
        return m
    if text[:end].rstrip().endswith(":"):
        # a head word before a colon may be a side that speaks ("قسد: مقتل 3 من مقاتلينا"): kept
        return m
    nl = text.find("\n", end)
    rest = text[end:nl if nl >= 0 else len(text)]
    if len(rest.split()) <= _STATEMENT_DESK_WORDS and VOICE_LINE.search(rest):
        # a statement's header, the force then its press desk ("القوات المسلحة السودانية – مكتب
        # الناطق الرسمي"، "قوات سوريا الديمقراطية – المركز الإعلامي"): the force speaks, no dateline
        # (its first person, "قواتنا", is that force; q86-fix12)
        return m
    kept = [h for h in m.actors if h.end > end]
    return replace(m, actors=Sorted(kept))


#: "، وهي تحالف فصائل عربية وكردية": a definition of the side named before it, up to the next comma or stop
_DEFINITION = re.compile(rf",\s*و(?:هي|هو|هم)\s+(?:{alternation('definition_head')})\s[^,.:\n]*")


_DEFINITION_GATE = watched((", وه", ",وه"))


def _without_definition_actors(text: str, m: DocMentions) -> DocMentions:
    """The sides named inside a definition of another, dropped: "بدأت قوات سوريا الديمقراطية، وهي
    تحالف فصائل عربية وكردية، هجوماً" names one side; its "فصائل" (read as the opposition's) is
    what the SDF are made of, not a second side that started the offensive."""
    if not any_in(_DEFINITION_GATE, text):   # (the normalised text writes the comma ",")
        return m
    spans = [d.span() for d in _DEFINITION.finditer(text)]
    if not spans:
        return m
    kept = [h for h in m.actors if not any(a < h.start and h.end <= b for a, b in spans)]
    if len(kept) == len(m.actors.items):
        return m
    return replace(m, actors=Sorted(kept))


def _without_gunmen_counted(m: DocMentions) -> DocMentions:
    """The person nouns inside an unknown attackers' name, dropped: "قتل مسلحان مجهولان ضابطاً" names
    two gunmen who killed, not two dead (the plural "مسلحون مجهولون" counts no one already)."""
    # (not the definite "المسلحين", the gunmen a report named before: "ثمانية من المسلحين قتلوا"
    #  counts them; fix round q80-fix-nat)
    unknown = [h for h in m.actors if h.payload.klass == "unknown" and h.payload.actor != "@the_gunmen"]
    if not unknown or not m.persons.items:
        return m
    # (only a noun that is part of a longer name: "مسلحين" alone is the people counted in
    #  "قتل مسلحين اثنين")
    # (loops, not any() over a generator per noun: a generator costs ~2.5 k instructions)
    kept = []
    for h in m.persons:
        for a in unknown:
            if a.start <= h.start and h.end <= a.end and a.end - a.start > h.end - h.start:
                break
        else:
            kept.append(h)
    if len(kept) == len(m.persons.items):
        return m
    return replace(m, persons=Sorted(kept))


#: a verbal noun of a death or a wound ("مقتل مستوطنين شقيقين"): those after it were hit (grammar_words casualty_masdar)
_CASUALTY_MASDAR = frozenset(grammar_group("casualty_masdar"))


def _object_after(text: str, m: DocMentions, a) -> bool:
    """Whether the militia's plural after a casualty verb is the verb's subject, its object a people's noun
    right after it: "قتل مستوطنون ثلاثة فلسطينيين"، "قتل مستوطنون شاباً" tell settlers who killed, where
    "قتل مستوطنان اثنان" tells two settlers killed (fix round q91-fix22r)."""
    if a.payload.klass != "militia":
        return False
    before = text.rfind(" ", 0, a.word_start - 1) + 1 if a.word_start > 1 else 0
    prev = text[before:a.word_start - 1].lstrip("و")
    if prev in _CASUALTY_MASDAR or prev.startswith("ب") and prev[1:] in _CASUALTY_MASDAR:
        return False
    for p in m.persons.within(a.end, a.end + 24):
        if p.word_start < a.end or p.word_start == a.word_start:
            continue
        gap = text[a.end:p.word_start]
        # (its own number word may stand between: "ثلاثة فلسطينيين"; not a count of the settlers themselves)
        # (nothing between, or its own number word: "ثلاثة فلسطينيين"; not "مقتل مستوطن وإصابة آخر")
        if gap.strip() and not any(a.end <= q.start and q.end <= p.word_start
                                   for q in m.quantities.within(a.end, p.word_start)):
            continue
        if len(gap.split()) <= 1 and not text[p.word_start:p.end].startswith(text[a.start:a.start + 5]):
            return True
    return False


def _without_counted_nationals(text: str, m: DocMentions) -> DocMentions:
    """A nation's plural or the settlers that are themselves the counted noun, dropped as that nation's
    forces or that militia: "أدى إلى إصابة خمسة إسرائيليين"، "إصابة عدد من الإسرائيليين" count people of the
    nation hit by rockets on its towns, not its army; "مقتل مستوطنَين اثنين بإطلاق نار" the settlers shot,
    not settlers attacking (persons.tsv). Told after a soldiers' noun ("ثلاثة جنود إسرائيليين") the
    adjective stays the force (q88-recall)."""
    if not m.persons.items:
        return m
    drop = None
    for a in m.actors:
        if a.payload.klass not in ("foreign", "militia"):
            continue
        for h in m.persons.within(a.word_start, a.word_end):
            if h.word_start != a.word_start or h.end != a.end:
                continue
            ws = a.word_start
            before = text.rfind(" ", 0, ws - 1) + 1 if ws > 1 else 0
            prev = text[before:ws - 1] if ws > 1 else ""
            # (a count right before it: a number, or "عدد من"/"العشرات من")
            # (or a casualty verb or its noun: "مقتل مستوطن"، "وقتل مستوطنان اثنان"; not the plural noun of the
            #  dead, "قتلى إسرائيليين", whose adjective may be soldiers')
            # (settlers only after a casualty word: "شنه مئات المستوطنين" counts the attackers)
            counted = a.payload.klass == "foreign" and (
                prev == "من" or any(q.end <= ws and ws - q.end <= 2 for q in m.quantities.within(max(0, ws - 24), ws))) \
                or any(c.end == ws - 1 and c.payload.role == "verb" for c in m.casualties.within(max(0, ws - 16), ws))
            if counted and not any(p.end == ws - 1 for p in m.persons.within(max(0, ws - 24), ws)) \
                    and not _object_after(text, m, a):
                drop = (drop or set()) | {id(a)}
            break
    if not drop:
        return m
    return replace(m, actors=Sorted([a for a in m.actors if id(a) not in drop]))


#: "عنصراً سابقاً في"، "ضابط سابق بـ"، "قيادي سابق في صفوف": a former member's noun right before a force's name
_FOUGHT_WITH_BEFORE = re.compile(r"(?:^|\s)(?:مع|بين|ضد)\s+$")
_FORMER_OF = re.compile(r"(?:^|\s)(?:ال)?سابق(?:ا|ه|ين|ون|ان)?\s+(?:في|ب|من|لدي)\s*(?:صفوف\s+)?$")


def _without_former_members(text: str, m: DocMentions) -> DocMentions:
    """A force named only as what a person was once part of, dropped: "قتل مسلحون مجهولون عنصراً سابقاً في
    جيش النظام البائد"، "اغتيال قيادي سابق في فصائل المعارضة": the man killed is no member of the force now, the
    force took no part (ACLED: a former fighter is a civilian; probe round q89-probe-digest)."""
    drop = None
    for a in m.actors:
        if a.payload.klass == "civilian":
            continue
        ws = a.word_start
        lo = ws - 34 if ws > 34 else 0
        if "سابق" not in text[lo:ws]:
            continue
        f = _FORMER_OF.search(text, lo, ws)
        if f is None:
            continue
        for p in m.persons.within(lo - 20 if lo > 20 else 0, ws):
            if f.start() - 2 <= p.end <= f.start() + 1:
                # (not former fighters a fight was with: "اشتبكت مع مقاتلين سابقين في فصائل المعارضة رفضوا
                #  التسوية" are an armed side still)
                if not _FOUGHT_WITH_BEFORE.search(text, max(0, p.word_start - 8), p.word_start):
                    drop = (drop or set()) | {id(a)}
                break
    if not drop:
        return m
    return replace(m, actors=Sorted([a for a in m.actors if id(a) not in drop]))


#: sides that are no armed party another event's side could be the attacker in a fight
_NO_ATTACKER = frozenset({"Civilians", "Protesters", "Rioters"})


def _clash_sides_from_siblings(records: list[Record]) -> None:
    """"سيطر تنظيم الدولة على مدينة تدمر ... بعد معارك عنيفة مع قوات النظام": a fight whose attacker no words
    of its own name (Unidentified by default) at the place and on the day of another of the report's events
    between its named side and another named side was fought by that other side (q82-actors)."""
    for r in records:
        x = r.actor2
        if r.sub_event_type != "Armed clash" or r.actor1 != "Unidentified Armed Group" or r.actor1_text is not None \
                or x is None or x in _NO_ATTACKER or x.startswith("Unidentified") or r.location is None:
            continue
        for o in records:
            if o is r or o.location != r.location or o.event_date != r.event_date:
                continue
            y = o.actor2 if o.actor1 == x else o.actor1 if o.actor2 == x else None
            if y is not None and y != x and y not in _NO_ATTACKER and not y.startswith("Unidentified"):
                r.actor1 = y
                break


#: between unnamed gunmen and the force whose uniform they wore ("مسلحون يرتدون زي قوات الدعم السريع")
_UNIFORM_OF = re.compile(rf"\s*(?:{alternation('uniform_of')})\s+")
#: every match of _UNIFORM_OF holds one of these right before a space ("زي "، "لباس "): a gate built from
#: the words (not "زي" alone, which "وزير" and "المركزي" hold: it let half the bench reports through)
_UNIFORM_ENDS = last_token_ends(grammar_group("uniform_of"))


def _without_gunmen_in_uniform(text: str, m: DocMentions) -> DocMentions:
    """Unnamed gunmen told by the uniform of a named force ("نهب مسلحون يرتدون زي الدعم السريع السوق"،
    "أوقفنا مسلحون بزي الدعم السريع") are told as that force's men: their own mention is dropped, so the
    force is the side that acted, not the side hit (q82-actors)."""
    if not any_before_space(_UNIFORM_ENDS, text):   # (a gate: most reports name no uniform)
        return m
    acts = m.actors.items
    drop = set()
    for i, h in enumerate(acts):
        if h.payload.klass != "unknown" or i + 1 >= len(acts):
            continue
        nxt = acts[i + 1]
        if nxt.payload.klass in ("unknown", "civilian", "protester") or nxt.start - h.end > 24:
            continue
        hit = _UNIFORM_OF.match(text, h.end)
        if hit is not None and hit.end() == nxt.start:
            drop.add(i)
    if not drop:
        return m
    return replace(m, actors=Sorted([h for i, h in enumerate(acts) if i not in drop]))


#: a kunya and its name right before a person noun: "أبو مهدي المهندس" is a man's name, not an engineer
#: countries whose cities the wars rasd covers strike across the border (`struck_abroad`, quality-70)
_STRUCK_ABROAD = frozenset(grammar_group("struck_abroad"))
_KUNYA_BEFORE = re.compile(rf"(?:^|\s)[وفبل]?(?:{alternation('kunya')})\s+(?!ال)[^\s\d،,.:()]+\s+$")
_KUNYA_NEEDLES = last_token_needles(grammar_group("kunya"))   # (a gate before its window search)


def _without_persons_in_kunya_names(text: str, m: DocMentions) -> DocMentions:
    """Person nouns that end a name told by its kunya ("نائب رئيس هيئة الحشد أبو مهدي المهندس") still
    count their man, but say nothing of whether he was a civilian: "المهندس" taken as an engineer made
    the strike on two commanders one on civilians."""
    # (no report-wide gate: "أم" is inside too many words; only civilian nouns are asked, a few a report)
    if not m.persons.items:
        return m
    changed = False
    kept = []
    for h in m.persons:
        if h.payload.civilian and any_in(_KUNYA_NEEDLES, text, h.word_start - 24 if h.word_start > 24 else 0, h.word_start) \
                and _KUNYA_BEFORE.search(text, h.word_start - 24, h.word_start):
            h = replace(h, payload=replace(h.payload, civilian=None))
            changed = True
        kept.append(h)
    return replace(m, persons=Sorted(kept)) if changed else m


#: a rank and the two words of a name after it ("العميد تركي المالكي"): a given name takes no article
#: and is no number ("اللواء 444" and "اللواء الخامس" are brigades)
_RANKED_NAME = re.compile(rf"(?:^|\s)[وفبل]?(?:(?:{alternation('rank_title')})|(?:{alternation('minister_title')})\s+ال\S+)"
                          rf"\s+(?!ال)([^\s\d،,.:()]+\s+[^\s\d،,.:()]+)")


def _ranked_names(text: str) -> Spans | None:
    """Where a person named by their rank is named: an officer's family name is no place
    ("المتحدث العميد تركي المالكي": not the quarter of المالكي), a given name no nation
    (تركي is not "Turkish")."""
    if not _rank_in(text):
        return None
    spans = [m.span(1) for m in _RANKED_NAME.finditer(text)]
    return Spans(spans) if spans else None


#: a hashtag ("#بركان_الغضب"، "#عملية_الكرامة"): the words joined in it name a campaign or a topic
_HASHTAG = re.compile(r"#[^\s#]+")


@lru_cache(maxsize=4)
def _place_leads(lex: Lexicons) -> frozenset[str]:
    """Words after which a hashtag is the place tagged ("على محور #كفرنبودة"، "في مدينة #معرة_النعمان"):
    place_types.tsv's type, qualifier and preposition words (as the loader read them) and the front
    words (fix round q80-fix-h2)."""
    return frozenset([normalize_key(p) for p, w in lex.place_word_rows if w.role in ("type", "qualifier", "prep")]
                     + [normalize_key(w) for w in grammar_group("front_word")])


#: a channel's line tag: one word (no "_") heading its line, then a bar, colon or symbol ("#صنعاء ⚡ وقفة ..."،
#: "#الفاشر | ..."): the place the line's item is about (q89-probe-live)
_LINE_TAG = re.compile(r"(?:(?<=\n)|(?<=^))#[^\s#_:|]+[ \t]*(?:[|:]|[^\w\s#])")
#: the word right before a hashtag, on its line
_WORD_BEFORE_TAG = re.compile(r"(\S+)[ \t]+$")


def _sole_shelling_force(lex: Lexicons, place, actor2: str | None, when: date | None = None) -> str | None:
    """The one force that shells the country `place` lies in (weapon_owners.tsv's "shelling" rows; a dated
    row on the event's day), or None."""
    country = getattr(place, "country", None)
    owner = lex.weapon_owners.get(("shelling", country)) if country else None
    if owner is None and country and lex.weapon_owners_dated:
        owner = dated_weapon_owner(lex, "shelling", country, when)
    return owner if owner != actor2 else None


def _tags_a_placeless_line(text: str, tag: re.Match, hits: list) -> bool:
    """Is `tag` a channel's line tag ("#صنعاء ⚡ وقفة احتجاجية أمام مقر الأمم المتحدة") over a line that names
    no place of its own? Then it is the place of the line's item (q89-probe-live); over a line that names one
    ("#تعز ⚡ انفجار لغم في مديرية مقبنة") it only files the item."""
    if _LINE_TAG.match(text, tag.start()) is None:
        return False
    end = text.find("\n", tag.end())
    end = len(text) if end < 0 else end
    for h in hits:   # (a loop: the report's few gazetteer names)
        if tag.end() <= h.start < end:
            return False
    return True


def _without_hashtag_names(text: str, hits: list, lex: Lexicons) -> list:
    """The gazetteer's names outside hashtags: "#بركان_الغضب" is Tripoli's 2019 operation, not
    Morocco's Berkane; a media office's post heads every line with it (q78-libya). A hashtag right
    after a place's type word, a preposition of place or a front ("على محور #كفرنبودة") is the
    place a local network tags, and keeps its names (fix round q80-fix-h2)."""
    leads = _place_leads(lex)
    spans = [(h.start(), h.end()) for h in _HASHTAG.finditer(text)
             if not ((w := _WORD_BEFORE_TAG.search(text, max(0, h.start() - 24), h.start())) is not None
                     and w.group(1) in leads) and not _tags_a_placeless_line(text, h, hits)]
    if not spans:
        return hits
    return [h for h in hits if not any(a <= h.start < b for a, b in spans)]


def _without_ranked_names(text: str, m: DocMentions, hits: list) -> tuple[DocMentions, list]:
    """The gazetteer names and the nation-like actors (class foreign) inside a ranked person's name, dropped."""
    spans = _ranked_names(text)
    if spans is None:
        return m, hits
    hits = [h for h in hits if not spans.contains(h.start, h.end)]
    kept = [h for h in m.actors if not (h.payload.klass == "foreign" and spans.contains(h.start, h.end))]
    if len(kept) != len(m.actors.items):
        m = replace(m, actors=Sorted(kept))
    return m, hits


def _in_town(p: PlaceSpan) -> bool:
    return p.kind == "road" and p.parent is not None and p.parent.kind in _TOWNISH


def _has_tanween(ot: OffsetText, start: int, end: int) -> bool:
    a, b = ot.orig_range(start, end)
    return bool(_TANWEEN.search(ot.original, a, b + 1))


def _hamza_alef(ot: OffsetText, pos: int) -> bool:
    """Is the alef at normalised `pos` written with a hamza or madda (أ إ آ) in the original?
    Normalisation makes "ألغام" and "ألقى" start like a word with the article (الغام، القي)."""
    o = ot.to_orig(pos)
    return o < len(ot.original) and ot.original[o] in "أإآ"


def _written_ya(ot: OffsetText, pos: int) -> bool:
    """Is the ي at normalised `pos` written ي in the original? Normalisation writes ى as ي, so
    the name "علي" and the preposition "على" look alike."""
    o = ot.to_orig(pos)
    return o < len(ot.original) and ot.original[o] == "ي"


def _quote_end(ot: OffsetText, marks: list[int], pos: int, limit: int = 60) -> int | None:
    """If the original text opens a quotation right at normalised `pos`, the normalised
    position where it closes (quotation marks are spaces or gone in the normalised text).

    `marks` are the original positions of all quotation marks: the opening one must lie
    within four characters of `pos`, which most positions are nowhere near (it is asked
    for every candidate name).
    """
    text, orig = ot.text, ot.original
    if pos >= len(text) or not marks:
        return None
    o = ot.to_orig(pos)
    i = bisect_left(marks, o)
    if i == len(marks) or marks[i] > o + 4:
        return None
    # the opening mark: at most two characters of space/quote between the type word and the name
    k = o
    while k < len(orig) and k - o < 4 and (orig[k] in " و" or _QUOTES.match(orig[k])):
        if _QUOTES.match(orig[k]):
            break
        k += 1
    if k >= len(orig) or not _QUOTES.match(orig[k]):
        return None
    m = _QUOTES.search(orig, k + 1, min(len(orig), k + 1 + limit))
    if m is None or any(c in orig[k + 1:m.start()] for c in ".،,\n"):
        return None
    close = m.start()
    j = pos
    while j < len(text) and ot.to_orig(j) < close:
        j += 1
    return j


def _quote_marks(ot: OffsetText) -> list[int]:
    """Original positions of the quotation marks, in order."""
    # (str.find per mark, in C: the regex engine checked every character against the class)
    return positions_of(ot.original, _QUOTE_CHARS)


def _testimony_spans(ot: OffsetText, marks: list[int]) -> list[tuple[int, int]]:
    """Normalised ranges of a witness's words: a quotation opened right after a colon, within its line
    ('قالت أم يوسف: "كنا نائمين عندما سقط الصاروخ"'); quotes that wrap a name (تنظيم "داعش") follow no
    colon (round q90-probe-testimony)."""
    orig = ot.original
    return _mark_pairs(ot, marks, lambda a, b: b - a >= 12 and "\n" not in orig[a:b]
                       and orig[max(0, a - 3):a].rstrip().endswith(":"))


def _quoted_spans(ot: OffsetText, marks: list[int], limit: int = 160) -> list[tuple[int, int]]:
    """Normalised ranges of the text the report puts between quotation marks (paired in order
    within a line); `marks` are the marks' original positions (`_quote_marks`)."""
    orig = ot.original
    return _mark_pairs(ot, marks, lambda a, b: b - a <= limit and "\n" not in orig[a:b])


def _mark_pairs(ot: OffsetText, marks: list[int], keep) -> list[tuple[int, int]]:
    """The normalised ranges inside the quotation-mark pairs (original positions, paired in order) that `keep`
    accepts."""
    if len(marks) < 2:
        return []
    positions = range(len(ot.text))   # to_orig is monotone: search it instead of mapping all
    out = []
    for a, b in zip(marks[0::2], marks[1::2]):
        if not keep(a, b):
            continue
        ns = bisect_left(positions, a + 1, key=ot.to_orig)
        ne = bisect_left(positions, b, key=ot.to_orig)
        if ne > ns:
            out.append((ns, ne))
    return out


#: the note the gazetteer build leaves on a source entry a curated row joined (`rasd.geo.build`)
_CURATED_JOIN = "also rasd-curated: "


class SkipDocument(Exception):
    """The document is readable but not something rasd extracts from (with the reason)."""


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d else None


@lru_cache(maxsize=1)
def confidence_weights() -> tuple[float, dict[str, float]]:
    """`data/confidence.tsv`: the base every record starts from, and what each sign adds to it
    (negative: takes off). Fitted on half of the gold sets: scripts/fit_confidence.py."""
    base = None
    weights: dict[str, float] = {}
    for row in read_tsv("confidence.tsv"):
        if row["sign"] == "base":
            base = float(row["weight"])
        else:
            weights[row["sign"]] = float(row["weight"])
    if base is None:
        raise ValueError("confidence.tsv: no base row")
    return base, weights


def confidence_signs(d: Draft, geo: GeoResult | None) -> list[str]:
    """The signs of `confidence.tsv` a record shows: what the extractor had to guess, how
    vaguely the place and date are known, and what kind of event word it was told with."""
    signs = []
    if d.actor1_inferred:
        signs.append("actor1_inferred")     # actor1 not named in the event's clause
    place = d.place
    if d.place_inherited:
        # borrowed from a neighbouring sentence: a doubt of its own, which how the place was
        # written or read does not measurably add to
        signs.append("place_inherited")
    else:
        if place.anaphor:
            signs.append("place_refers_back")   # "المدينة": the place named before
        if geo is None or geo.latitude is None:
            signs.append("place_not_geocoded")
        elif geo.geo_precision >= 3:
            signs.append("place_region_only")   # only the governorate's or region's point
        if not place.from_cue or (geo is not None and geo.gazetteer_id is not None and geo.score < 0.95):
            # a bare name, no type word ("مدينة"، "قرية"، "حي") before it, or a name the
            # gazetteer's reading had little support for (the two often go together)
            signs.append("place_bare_or_weak")
    if d.time_precision >= 2:
        signs.append("date_vague")          # a week or vaguer, or no date at all
    if not d.date_explicit:
        signs.append("date_unstated")       # the day is the report's, not stated for the event
    if d.background:
        signs.append("background")
    if d.killed is None and d.injured is None:
        signs.append("no_toll")             # no killed or injured counted
    if d.cue is not None:
        signs.append("cue:" + d.cue)        # only the cues the file lists count
    return signs


#: the highest confidence a record gets: no record is certain (of the records the signs put
#: at the top, 96-97 % were right; scripts/fit_confidence.py)
CONFIDENCE_TOP = 0.97


def _confidence(d: Draft, geo: GeoResult | None) -> float:
    """The base of `confidence.tsv` plus the weight of every sign the record shows
    (`confidence_signs`): the additions first, up to CONFIDENCE_TOP, then the deductions (so that
    every deduction shows, however sure the rest), no lower than 0.05; rounded to hundredths."""
    # (remembered by the signs: a few hundred combinations occur at all, and the sum, the
    #  clip and the rounding cost some microseconds a record)
    signs = tuple(confidence_signs(d, geo))
    got = _CONFIDENCE_OF_SIGNS.get(signs)
    if got is None:
        if len(_CONFIDENCE_OF_SIGNS) >= 10_000:
            _CONFIDENCE_OF_SIGNS.clear()
        got = _CONFIDENCE_OF_SIGNS[signs] = confidence_of(signs, *confidence_weights())
    return got


def confidence_of(signs, base: float, weights: dict[str, float]) -> float:
    """The base plus the signs' weights: the additions first, up to CONFIDENCE_TOP, then the
    deductions, no lower than 0.05; rounded to hundredths (also what scripts/fit_confidence.py
    scores a set of weights by)."""
    up = base
    down = 0.0
    for sign in signs:
        w = weights.get(sign, 0.0)
        if w > 0:
            up += w
        else:
            down += w
    c = (up if up < CONFIDENCE_TOP else CONFIDENCE_TOP) + down
    return round(max(0.05, c), 2)


#: a record's signs -> its confidence (`_confidence`)
_CONFIDENCE_OF_SIGNS: dict[tuple[str, ...], float] = {}


def _context_namesakes(text: str, hits) -> list:
    """A name whose namesake abroad the report's words point to (`context_namesakes.tsv`): a report about
    North Sinai ("هجوم على كمين للجيش جنوب رفح بمحافظة شمال سيناء") that names none of Gaza's words may mean
    Egypt's Rafah by the bare «رفح» as well as Gaza's city. The name then holds both, the namesake first, so
    it no longer marks the report as Palestine's only and the Egypt reading (q88-egypt) places it in North
    Sinai; should that reading not be taken, Gaza's city is still there (q89-coverage). The same `hits` come
    back when no row applies."""
    rows = [(name, entry) for name, entry, when, unless in _CONTEXT_NAMESAKES
            if name in text and any(map(text.__contains__, when)) and not any(map(text.__contains__, unless))]
    if not rows:
        return hits
    out = []
    for h in hits:
        for name, entry in rows:
            if h.key == name and entry not in h.entry_ids:
                h = replace(h, entry_ids=(entry, *h.entry_ids), levels=(_level_of(entry), *h.levels))
        out.append(h)
    return out


@lru_cache(maxsize=None)
def _level_of(entry_id: str) -> str:
    e = get_gazetteer().get(entry_id)
    if e is None:
        raise ValueError(f"context_namesakes.tsv names {entry_id!r}, which the gazetteer lacks")
    return e.level


def _foreign_ends(all_hits, kept) -> dict[int, int] | None:
    """Where each name the gazetteer holds only outside rasd's countries starts -> where it ends
    (`find_places` keeps such a name whole when it reads it as an unknown name: "خميس مشيط")."""
    if len(all_hits) == len(kept):
        return None
    ids = set(map(id, kept))
    return {h.start: h.end for h in all_hits if id(h) not in ids and " " in h.key}


@lru_cache(maxsize=1)
def _digest_head() -> re.Pattern[str]:
    """An item line of a news digest opened by a country or a topic and its colon (grammar_words
    `digest_head`, `topic_head`), after a bullet or a number if any; the country is the group `c`. A country
    may name its city after a dash ("اليمن – عدن: ..."): such a line is an item too, not part of the digest's
    title lines that every item is read under (fix round q91-fix23p)."""
    return re.compile(r"[ \t]*(?:(?:\d{1,2}\s*[-.)\u2013]|[\u2022\u25aa\u25fe\u25cf\u00b7*\-\u2013\u2014])[ \t]*)?"
                      rf"(?:(?P<c>{alternation('digest_head')})"
                      r"(?:[ \t]*[-\u2013\u2014][ \t]*[^\s:\-\u2013\u2014]+(?:[ \t]+[^\s:\-\u2013\u2014]+){0,2})?"
                      rf"|(?:{alternation('topic_head')}))[ \t]*:")


def digest_items(text: str) -> tuple[int, list[tuple[int, int]]] | None:
    """The items of a news digest: its lines opened by a country or topic head (`_digest_head`), when two
    countries or more so head lines. The first head line's number, and each item's lines [from, to)."""
    heads: list[int] = []
    countries: set[str] = set()
    rx = _digest_head()
    for i, line in enumerate(text.split("\n")):
        if ":" in line and (m := rx.match(line)) is not None:
            heads.append(i)
            if m.group("c"):
                countries.add(m.group("c"))
    if len(countries) < 2:
        return None
    ends = heads[1:] + [text.count("\n") + 1]
    return heads[0], list(zip(heads, ends))


class Extractor:
    """Holds compiled lexicons and the gazetteer; `extract(doc)` is pure."""

    def __init__(self) -> None:
        self.lex = lexicons()
        self.gaz = get_gazetteer()
        # entry ids of a name -> is one of them in a covered country (asked for every name found)
        self._covered_ids: dict[tuple[str, ...], bool] = {}
        # entry ids of a place -> the one country they all lie in, or None (`_place_countries`)
        self._only_country: dict[tuple[str, ...], str | None] = {}
        # entry ids of a common-word name -> is one of them a sea (`_water`, asked of every one found)
        self._sea_ids: dict[tuple[str, ...], bool] = {}

    def extract(self, doc: Document, whole: bool = True) -> list[Record]:
        reason = not_arabic_reason(doc.text)
        if reason:
            raise SkipDocument(reason)
        ot = normalize(doc.text)
        text = ot.text
        read_report(text)   # (the whole-report needles, found by one scan: `needles.has`)
        if whole and ":" in text and "\n" in text:
            items = digest_items(text)
            if items is not None and doc.text.count("\n") == text.count("\n"):
                # a news digest of items by country ("- سوريا: ...\n- لبنان: ...\n- الطقس: ..."): each item
                # is read alone, under the digest's head lines, so that its country names its generic forces
                # and no item lends its sides or places to the next (probe round q89-probe-digest)
                head, spans = items
                lines = doc.text.split("\n")
                out: list[Record] = []
                for a, b in spans:
                    one = "\n".join(ln if k < head or a <= k < b else " " * len(ln) for k, ln in enumerate(lines))
                    try:
                        out.extend(self.extract(replace(doc, text=one), whole=False))
                    except SkipDocument:
                        continue
                return out
        lex = self.lex
        anchor, anchor_kind = find_anchor(text, doc.published, lex)
        m = find_mentions(text, lex, anchor)
        sents = sentences(text, m.connective_starts)
        all_hits = self.gaz.find_names(text)
        if "#" in text:
            all_hits = _without_hashtag_names(text, all_hits, lex)
        m, all_hits = _without_ranked_names(text, m, all_hits)
        namesake_hits = _context_namesakes(text, all_hits)
        if namesake_hits is not all_hits and not self._in_covered(namesake_hits):
            # (Rafah is read as Egypt's only where that opens the Egypt reading: with another name that only a
            #  covered country has, «حي البراهمة» (Damascus's Baramkeh), the report keeps its first reading, as
            #  it did; reading such a report as Egypt's regardless gained a record and added two, q89-coverage)
            all_hits = namesake_hits
        m0 = m

        # (the report's text when it names a border or a territory, for the land across it; else None:
        #  one substring test for the report, not one for each place and name)
        bordered = text if across_told(text) else None

        def read(extra: frozenset[str]):
            m = m0
            # (the countries across a front from the countries of the sides the report names: a
            #  Houthi report's "مدينة جازان" is Saudi Jizan, `fronts.tsv`)
            name_hits = self._covered(all_hits, fronts_of(frozenset(
                c for h in m.actors if (c := h.payload.country))), extra)
            for h in name_hits:   # (a loop that stops at the first common word, not any() over ~40 names)
                if h.common_word:
                    name_hits = [self._water(h) if h.common_word else h for h in name_hits]
                    break
            marks = _quote_marks(ot)
            # (partial, not lambdas: a lambda is one more Python call for each of the ~30 names a
            #  report asks about)
            places = find_places(text, m, name_hits, lex, tanween=partial(_has_tanween, ot),
                                 # (a report without quotation marks has no quotation to ask about)
                                 quoted=partial(_quote_end, ot, marks) if marks else None,
                                 quoted_spans=_quoted_spans(ot, marks),
                                 known_starts=frozenset(h.start for h in all_hits),
                                 written_ya=partial(_written_ya, ot),
                                 foreign_ends=_foreign_ends(all_hits, name_hits))
            m = _without_mentions_in_names(m, places)
            m = _without_dateline_actors(text, m)
            m = _without_definition_actors(text, m)
            m = _without_gunmen_counted(m)
            m = _without_counted_nationals(text, m)
            if has(text, "سابق"):
                m = _without_former_members(text, m)
            m = _without_gunmen_in_uniform(text, m)
            m = _without_persons_in_kunya_names(text, m)
            m = _without_checkpoint_takeovers(text, m)
            m = _ship_seizures(text, m)
            m = _agreements_reached(text, m)
            m = _without_outlet_names(text, m)
            m = _without_demining_names(text, m)
            if "نقل" in text:
                m = _without_relayed_tellers(ot, m)
            _section_containers(text, places)
            country = document_country(text, m, lex, self._place_countries(places, bordered))
            return m, places, country

        first = m, places, country = read(frozenset())
        egypt = False
        if any_in(_EGYPT_NEEDLES, text) and (country is None or next(home_country_words(text, lex), None) is None
                                        or self._by_foreign_states(text, m, places, country, all_hits)) \
                and not self._in_covered(all_hits, bordered):
            # a report that names no covered country but names Egypt (مصر، القاهرة، سيناء): Egypt's
            # places are admitted and win over their namesakes (Cairo over Taiz's al-Qahira district,
            # Giza over Daraa's, Alexandria over Babil's); in any other report they stay out (q88-egypt).
            # (nor does a foreign state named as such give the report its covered country: "تسليم جزيرتي
            #  تيران وصنافير إلى السعودية" in Cairo is no Yemen report for the coalition's row, q88-egypt2)
            guessed = country
            m, places, country = read(_EGYPT)
            egypt = country is None or self._by_foreign_states(text, m, places, country, all_hits)
            if not egypt and guessed is not None:
                # a covered country no country word names, only a usage word ("النظام"، "القيادة العامة")
                # or a namesake place ("ميدان التحرير" is also Sanaa's): at least as many places only Egypt has as
                # places of other countries, and one such place or two of Egypt's names, say the report is Egypt's
                # (fix round q88-fix16r)
                told = self._place_countries(places)
                eg = told.count("EG")
                egypt = eg >= len(told) - eg \
                    and (eg >= 1 or len({c.group() for c in _EGYPT_CUE.finditer(text)}) >= 2)
            if egypt:
                country = None
            else:
                m, places, country = first   # (the first reading stands)
        incident = find_incident_date(text, anchor, lex)
        # (a witness's quoted words: only a report with a colon and quotation marks may hold them)
        testimony = _testimony_spans(ot, _quote_marks(ot)) if ":" in text else ()

        def drafts_for(country: str | None) -> list[Draft]:
            res = ActorResolver(text, m, lex, country)
            frames = build_frames(text, sents, m, places, lex)
            table_tolls(ot.original, frames, ot.to_orig)   # (q88-tables)
            return assemble(text, sents, frames, m, res, lex, anchor, anchor_kind, places, incident,
                            hamza_alef=partial(_hamza_alef, ot),   # (not a lambda: one Python call less)
                            testimony=testimony)

        abroad = "EG" if egypt else None if country is not None else self._abroad(all_hits)
        # (a report from a country rasd does not cover whose generic forces have rows of their own is
        #  read with that country: "قوات الأمن" in Cairo are Egypt's police, not unidentified;
        #  generic_actors.tsv)
        drafts = drafts_for(abroad if abroad in _ABROAD_FORCES else country)
        said: dict[int, PlaceMention] = {}   # each place as written, built once for both uses
        geo = self._geocode(ot, drafts, places, doc, country or abroad, said)
        if country is None and abroad is None:
            # nothing in the words said which country (الناصرية is a town in Iraq and in Syria);
            # the places as geocoded do: generic forces ("قوات الأمن") are that country's
            placed = Counter(e.country for g in geo.values() if g.gazetteer_id
                             and (e := self.gaz.get(g.gazetteer_id)) is not None and e.country)
            if placed:
                country = placed.most_common(1)[0][0]
                drafts = drafts_for(country)
                geo = self._geocode(ot, drafts, places, doc, country, said)
        geo_ids = {k: g.gazetteer_id for k, g in geo.items() if g.gazetteer_id and g.geo_precision <= 2}
        drafts = finalize(drafts, places, geo_ids, self._ancestors,
                          {k: g.gazetteer_id for k, g in geo.items() if g.gazetteer_id},
                          _title_sentences(text, sents) if "\n" in text[:300] else frozenset())
        drafts = one_event_per_point(fold_corrections(drafts, text, sents), partial(_point_of, geo))
        return self._records(doc, ot, sents, drafts, geo, said, country)

    def _abroad(self, hits) -> str | None:
        """The country outside rasd's coverage a report is about, when nothing in its words names a
        covered one and the places it names that lie, unambiguously, in one country are there
        ("العريش", "بئر العبد"): its namesakes in Syria must not place the events."""
        votes: Counter[str] = Counter()
        for h in hits:
            c = None if h.common_word else self._one_country(h.entry_ids)
            if c is None:
                continue
            if c in self.lex.covered_countries:
                return None   # a place that can only be in a covered country ("مدينة مأرب")
            votes[c] += 1
        # (the first of the most voted, as most_common(1) gives it, without its heap)
        return max(votes, key=votes.__getitem__) if votes else None

    def _in_covered(self, hits, text: str | None = None) -> bool:
        """Does the report name a place that can only be in a covered country ("مدينة دوما")? Then a
        "المصري" in it is a man's surname or a neighbour's army, and the report is not about Egypt.
        (The land across a border, «على الحدود مع السودان», is not such a place: round q95-probe-border.)"""
        covered = self.lex.covered_countries
        return any(not h.common_word and all(getattr(self.gaz.get(i), "country", None) in covered for i in h.entry_ids)
                   and not (text is not None and across_border(text, h.start))
                   for h in hits)

    def _water(self, h):
        """A common-word name that is also a sea's ("في البحر الأحمر") is trusted on its own: the
        geocoder reads it as the sea unless a type word makes it the state named after it."""
        sea = self._sea_ids.get(h.entry_ids)
        if sea is None:
            sea = self._sea_ids[h.entry_ids] = any(getattr(self.gaz.get(i), "kind", "") == "sea"
                                                   for i in h.entry_ids)
        return replace(h, common_word=False) if sea else h

    def _covered(self, hits, across: frozenset[str] = frozenset(), extra: frozenset[str] = frozenset()):
        """Names of places in the countries rasd covers; a same-named town in Algeria is noise.

        (A place of another country is kept when the report names that country and the place is one
        the project curated, each with its page: "استهدف هجوم مصفاة بقيق في المنطقة الشرقية
        بالسعودية" is an event in Saudi Arabia, not at the dateline's Sanaa.)"""
        covered = self._covered_ids if not extra else {}
        countries_in = self.lex.covered_countries | extra
        out = []
        named: set[str] | None = None
        struck: set[str] | None = None
        for h in hits:
            ok = covered.get(h.entry_ids)
            if ok is None:
                countries = {getattr(self.gaz.get(i), "country", None) for i in h.entry_ids}
                ok = covered[h.entry_ids] = bool(countries & countries_in)
            # (a GeoNames town a curated row joined, with its page, is a curated place too: "صواريخ على
            #  حيفا"، "قصف نهاريا", precision round q81-places2)
            if not ok and not h.common_word and len(h.entry_ids) == 1 and (
                    h.entry_ids[0].startswith("cur:") or getattr(self.gaz.get(h.entry_ids[0]), "curated", False)):
                if named is None:
                    named = {e.country for g in hits if "country" in g.levels
                             for i in g.entry_ids if (e := self.gaz.get(i)) is not None}
                e = self.gaz.get(h.entry_ids[0])
                # (or in a country across a front, the reports' target: "سقط صاروخ في كريات شمونة")
                ok = e is not None and (e.country in named or e.country in front_targets())
            elif not ok and not h.common_word:
                # (and a city of 100,000 or more, the kind the build gives GeoNames' large towns, of
                #  a country named whose cities the wars rasd covers strike from across the border:
                #  "سقط صاروخ أطلقه الحوثيون على نجران في السعودية" (`struck_abroad` in
                #  grammar_words.tsv); a capital named as a government, "أنقرة"، "تونس", is not of
                #  those; quality-70)
                if struck is None:
                    struck = {e.country for g in hits if "country" in g.levels and g.key in _STRUCK_ABROAD
                              for i in g.entry_ids if (e := self.gaz.get(i)) is not None}
                #  (or of a country across a front from the sides the report names: "سقط صاروخ
                #  أطلقه الحوثيون على مدينة جازان", quality q76-yemen)
                ok = bool(struck or across) and any((e := self.gaz.get(i)) is not None and e.kind == "city"
                                                    and (e.country in struck or e.country in across)
                                                    for i in h.entry_ids)
            if ok:
                out.append(h)
        return out

    def _ancestors(self, gid: str) -> set[str]:
        """Gazetteer ids of the places that contain `gid` (parent chain and admin units)."""
        out: set[str] = set()
        seen = 0
        e = self.gaz.get(gid)
        while e is not None and seen < 8:
            seen += 1
            for a in (e.parent, e.admin1, e.admin2, e.admin3):
                if a and a != e.id:
                    out.add(a)
            e = self.gaz.get(e.parent) if e.parent and e.parent != e.id else None
        return out

    def _by_foreign_states(self, text: str, m, places: list[PlaceSpan], country: str, hits) -> bool:
        """Did only sides give the report `country`, with no place or country word of it: foreign
        states read as sides ("السعودية" is the Saudi-led coalition, a row of Yemen's), or any side's
        word ("هتفوا ضد النظام": Syria's regime) while a place of Egypt alone is named ("ميدان التحرير")?"""
        there = self._place_countries(places)
        if country in there:
            return False
        if any(h.payload == country for h in self.lex.countries.find(text)):
            return False
        own = [h for h in m.actors if h.payload.country == country]
        if not own:
            return False
        return all(h.payload.klass == "foreign" for h in own) or "EG" in there or any(
            not h.common_word and not h.entry_ids[0].startswith("c:") and self._one_country(h.entry_ids) == "EG"
            for h in hits)

    def _place_countries(self, places: list[PlaceSpan], text: str | None = None) -> list[str]:
        """The country of each named place that can be in one country only: طرابلس (Libya or
        Lebanon) must not vote, or it outvotes the actors that say which one is meant."""
        # (a place the report puts inside another does not vote: its container does, "حي اليرموك
        #  في مدينة الموصل" is about Mosul, not about Damascus's Yarmouk; nor does the land across a
        #  border, "على الحدود مع ليبيا قرب مدينة بن قردان", round q95-probe-border)
        return [c for c in map(self._one_country, (p.gazetteer_ids for p in places if p.parent is None
                                                   and not (text is not None and across_border(text, p.start))))
                if c is not None]

    def _one_country(self, ids: tuple[str, ...]) -> str | None:
        """The one country gazetteer entries `ids` lie in, or None when they lie in several (or
        none); worked out once per id tuple, as the same names recur in report after report."""
        only = self._only_country
        country = only.get(ids, False)
        if country is False:
            countries = {getattr(self.gaz.get(gid), "country", None) for gid in ids}
            country = only[ids] = countries.pop() if len(countries) == 1 else None
        return country

    def _mention(self, ot: OffsetText, p: PlaceSpan, said: dict[int, PlaceMention]) -> PlaceMention:
        got = said.get(id(p))
        if got is None:
            got = said[id(p)] = self._build_mention(ot, p)
        return got

    def _build_mention(self, ot: OffsetText, p: PlaceSpan) -> PlaceMention:
        # "المدينة" is written as the city's name where the report first named it
        if p.anaphor and p.ref is not None:
            span = ot.span(p.ref.start, p.ref.end)
        else:
            # "محيط مطار منغ", "محور عين زارة": the place is the airbase, the village; where around
            # it the event was is said by the precision and the evidence, not by its name
            start = p.start
            t = ot.text
            unwritten = _words_then_space(self.lex.unwritten_place_words)
            while start < p.name_start and (m := unwritten.match(t, start)) is not None:
                start = m.end()
            span = ot.span(start, p.end)
        # the place as written, without the quotation marks reports put around names
        written = " ".join(_QUOTES.sub(" ", span.text).split())
        if not p.anaphor and written[:1] == "ل" and p.name.startswith("ال") and start > 0 \
                and ot.text[start - 1] == "ل" and not ot.text.startswith("ال", start):
            # "الريف الشرقي للرقة": the preposition swallowed the article's alef; the name is "الرقة",
            # not "لرقة" (not "للبنان", whose own name begins with ل; lead, stop 24)
            written = "ا" + written
        # "طريق راجو بمركز مدينة عفرين": a road named after the town it leads to, told inside
        # another town, lies in that one
        where = p.parent if _in_town(p) else p
        # (positional, in field order: to a class, each keyword argument costs a dict entry)
        qualifier = p.qualifier
        levels = p.ref.levels if p.anaphor and p.ref is not None else p.levels   # ("شرقي المدينة")
        if qualifier is None and where is p and SETTLEMENT_LEVELS.intersection(levels):
            compass = compass_ending(ot.text, p.start - 16 if p.start > 16 else 0, p.start, self.lex)
            if compass is not None and not _QUARTERS_OF.search(ot.text, max(0, compass.start() - 8),
                                                                compass.start() + 1):
                qualifier = "near"   # "جنوبي كركوك": near the city, not at its point (not "أحياء شرق
                                     # حلب": the quarters of its east are in it)
        return PlaceMention(
            where.name, written, span.start, span.end, where.kind,   # name, text, start, end, kind
            qualifier, p.direction, where.gazetteer_ids,   # qualifier, direction, gazetteer_ids
            # parent_name ("ريف دمشق" is a governorate of its own: the countryside is passed as written)
            (("ريف " if where.parent.qualifier == "rural" else "") + where.parent.name) if where.parent else None,
            # (or the country a round-up's item is headed by: "في ليبيا، ... في طرابلس")
            (nation_after_place(ot.text, p.name_start, p.name_end) or heading_country(ot.text, p.name_start))
            if not p.anaphor else None,   # country
        )

    def _geocode(self, ot: OffsetText, drafts: list[Draft], places: list[PlaceSpan], doc: Document,
                 country: str | None, said: dict[int, PlaceMention]) -> dict[int, GeoResult]:
        wanted: list[PlaceSpan] = []
        seen: set[int] = set()
        # containers too: they are context for the others and keys for folding regions
        for p in [d.place for d in drafts] + [p for p in places if p.is_container]:
            if id(p) not in seen:
                seen.add(id(p))
                wanted.append(p)
        if not wanted:
            return {}
        # (the plain dateline's governorate weighs readings there and holds places the
        #  gazetteer lacks, at precision 3)
        ctx = GeoContext(text=ot.text, published=doc.published, country_hint=country,
                         dateline=plain_dateline(ot.text))
        results = self.gaz.resolve([self._mention(ot, p, said) for p in wanted], ctx)
        # a road read as the town it lies in keeps the town's point but not its identity: it is
        # still its own place, not the town (which may be coded, or dropped as a container)
        return {id(p): replace(r, gazetteer_id=None, why=r.why + "; the road lies in it")
                if _in_town(p) else r for p, r in zip(wanted, results)}

    def _records(self, doc: Document, ot: OffsetText, sents, drafts: list[Draft],
                 geo: dict[int, GeoResult], said: dict[int, PlaceMention], country: str | None = None,
                 ) -> list[Record]:
        records: list[Record] = []
        sentence_spans: dict[int, Span] = {}   # the evidence of drafts that share sentences
        published = _iso(doc.published)   # (the same for every record of the report)
        # each day as ISO text, written once per report: a report's records share a day or two,
        # and `date.isoformat` is a formatted conversion of some thousands of instructions
        # (asked four times per record)
        iso: dict[date | None, str | None] = {None: None}

        def day(d: date | None) -> str | None:
            got = iso.get(d, False)
            if got is False:
                got = iso[d] = d.isoformat()
            return got
        for n, d in enumerate(drafts):
            g = geo.get(id(d.place))
            mention = self._mention(ot, d.place, said)
            evidence: list[Span] = []
            for si in sorted(d.sentences):
                sp = sentence_spans.get(si)
                if sp is None:
                    sp = sentence_spans[si] = ot.span(sents[si].start, sents[si].end)
                evidence.append(sp)
            event_date = day(d.event_date)
            key = "|".join([doc.id, d.sub_event_type, d.place.name, event_date or "", str(n)])
            killed, injured = d.killed, d.injured
            # (positional, in the order of Record's fields, which the comments name: to a class,
            #  each keyword argument is a dict entry made and taken apart again, some 600
            #  instructions; 41 of them per record were about 1 % of a bench report's time)
            actor1, actor2 = d.actor1, d.actor2
            if g is not None and g.admin1 is not None:
                # ("قوات الجيش" in Benghazi from 2014 is the LNA: army_regions.tsv, by the event's region)
                actor1 = regional_army(actor1, d.actor1_text, g.country, g.admin1, d.event_date, self.lex)
                actor2 = regional_army(actor2, d.actor2_text, g.country, g.admin1, d.event_date, self.lex)
                if actor2 is None and actor1 is not None and not d.civilian_targeting and d.sub_event_type in (
                        "Air/drone strike", "Shelling/artillery/missile attack"):
                    # "نفذ سلاح الجو غارات على مواقع في قنفودة": whose areas a force's strikes hit in
                    # that region then (default_targets.tsv's rows with an admin1: the LNA in Benghazi)
                    actor2 = region_target(self.lex, actor1, country, g.admin1, d.event_date)
            if actor1 == "Unidentified Military Forces" and d.actor1_text is None and g is not None \
                    and d.sub_event_type == "Shelling/artillery/missile attack" and g.gazetteer_id:
                # "قصف منزل في حي الشجاعية": a shelling that names no side, where only one force shells
                # (weapon_owners.tsv "shelling", by the country of the place hit, not of the report: the
                # factions' rockets on Ashkelon are told in the same Gaza reports)
                actor1 = _sole_shelling_force(self.lex, self.gaz.get(g.gazetteer_id), actor2, d.event_date) or actor1
            elif d.actor1_inferred and actor1 is not None and g is not None and g.gazetteer_id \
                    and d.sub_event_type == "Shelling/artillery/missile attack" and self.lex.weapon_owners_dated \
                    and (sole := dated_weapon_owner(self.lex, "shelling", getattr(
                        self.gaz.get(g.gazetteer_id), "country", None), d.event_date)) is not None \
                    and sole != actor1:
                # "تصدى مقاتلو حزب الله لتقدم إسرائيلي عند العديسة. وسقطت قذائف على أطراف الخيام": a
                # shelling of a Lebanese village that names no side, in the wars when only Israel shelled
                # them, is Israel's, not the side borrowed from the fight told before (round q88-actors)
                actor1, actor2 = sole, (None if actor2 == sole else actor2)
            rec = Record(
                hashlib.sha1(key.encode("utf-8")).hexdigest()[:16],   # event_id
                doc.id, EVENT_TYPE_OF[d.sub_event_type], d.sub_event_type,   # doc_id, event_type, sub_event_type
                actor1, actor2, d.actor1_text, d.actor2_text,
                g.location if g else mention.text, mention.text,   # location, location_text
                g.admin1 if g else None, g.admin2 if g else None, g.admin3 if g else None,
                g.latitude if g else None, g.longitude if g else None, g.geo_precision if g else 3,
                event_date, day(d.date_start), day(d.date_end), d.time_precision,
                # fatalities, fatalities_low, fatalities_high; injured, injured_low, injured_high
                killed.best if killed else None, killed.low if killed else None, killed.high if killed else None,
                injured.best if injured else None, injured.low if injured else None, injured.high if injured else None,
                d.civilian_targeting, d.weapons, d.targets, evidence, _confidence(d, g),   # ... confidence
                g.country if g else None, g.iso if g else None,   # country, iso
                None, None,   # assoc_actor_1, assoc_actor_2
                g.gazetteer_id if g else None, g.runner_up if g else None, g.why if g else None,   # ... geo_why
                d.trigger_text, published, doc.source, doc.url,   # trigger_text, published, source, url
                None,   # notes
                d.background,
            )
            records.append(rec)
        for rec in records:   # (a loop, not any() over a generator: most reports have no such fight)
            if rec.actor1 == "Unidentified Armed Group" and rec.actor1_text is None and rec.sub_event_type == "Armed clash":
                _clash_sides_from_siblings(records)
                break
        return records


#: unknown places that lie inside a town: told at the town's point, two of them are one location there
#: (not an unknown village or area, "بمنطقتي الخاتونية والحمرات بريف الرقة": each is a place of its own
#:  that the geocoder could only put at the town)
_TOWN_PARTS = frozenset(("neighbourhood", "square", "site", "landmark"))


def _point_of(geo: dict[int, GeoResult], place) -> tuple | None:
    """The location a place was geocoded to, as a key, when it is a place's own point (precision 1-2):
    a place the gazetteer knows, or an unknown quarter or site placed at its town's point.

    (A tuple, not the string f"{location}|{lat}|{lon}" it was: two keys are only compared, and the
     coordinates, finite floats read from the gazetteer, are equal exactly when their reprs are;
     the repr of a float is a shortest-digits conversion of some thousands of instructions, two a draft)"""
    g = geo.get(id(place))
    if g is None or g.latitude is None or g.geo_precision > 2 or place.qualifier == "rural" or (
            # (a town's countryside, "ريف حماة", is put at the town's point too, but is no part of it)
            g.gazetteer_id is None and place.kind not in _TOWN_PARTS):
        return None
    return (g.location, g.latitude, g.longitude)


@lru_cache(maxsize=1)
def default_extractor() -> Extractor:
    """The process's extractor, built once; the heap is then frozen for the collector.

    The lexicons and the gazetteer (some 90,000 objects) live as long as the process, yet
    every full collection walks all of them: on 400-word reports that was 0.11 ms of a
    3.9 ms report, and 0.002 ms after `gc.freeze()`.  Freezing moves everything alive now
    to a generation the collector never visits; such objects are still freed when their
    last reference goes; only a reference cycle among them would never be collected, and
    the loaded data is kept for the life of the process anyway.  Collect first, so the
    garbage of loading is not frozen with it.

    Extraction then makes thousands of container objects per report (hits, spans,
    readings, records) that reference counting frees by the report's end; with the default
    first-generation threshold of 700 the collector still ran about once per report (224
    times in 300 bench reports), walking and promoting whatever of the report was alive at
    that moment.  At 10,000 it runs when the garbage reference counting cannot free (the
    cycles of places and their containers, a few dozen objects per report) has piled up:
    once in a few hundred reports.  Measured: 3-4 % less time per 400-word report, for at
    most 10,000 objects waiting (about a megabyte).  This sets the threshold for the whole
    process, as freezing is for the whole process; the other two thresholds stay.
    """
    ex = Extractor()
    gc.collect()
    gc.freeze()
    gc.set_threshold(max(gc.get_threshold()[0], 10_000), *gc.get_threshold()[1:])
    return ex


def extract(text: str, published: date | str | None = None, doc_id: str = "doc") -> list[Record]:
    """Extract event records from one Arabic report (the library's front door)."""
    from rasd.ingest import parse_date

    pub = parse_date(published) if isinstance(published, str) else published
    return default_extractor().extract(Document(id=doc_id, text=text, published=pub))
