"""From frames to drafts: one draft per event, place and day.

`assemble` walks one report's frames and writes a draft per place, asking sides.py who did it to
whom, event_types.py which ACLED sub-event it is, dating.py when, and discourse.py which earlier
event a bare frame goes on telling; passes.py then merges what the report tells twice.
"""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from typing import Callable, Sequence

from rasd.extract.actors import ActorRef, ActorResolver, resolve_generic
from rasd.extract.casualties import CAUSE_BEFORE, COUNT_WORD, COUNT_WORDS, Count
from rasd.extract.frames import Frame, finding_told, plain_dateline_end, time_of_finding
from rasd.extract.mentions import DocMentions, Spans
from rasd.extract.places import PlaceSpan
from rasd.text.needles import any_in, fewest_needles, has, last_token_needles, watched

# (asked of whole reports with `has`: found by one scan of each report, `needles.read_report`, round q91-speed)
_REPORT_WORDS = watched((":\n",))
from rasd.lexicon.grammar import alternation, alternation_of, words
from rasd.resources import read_tsv
from rasd.lexicon.load import Lexicons, default_target, dated_weapon_owner, named_target
from rasd.text.dates import DateExpr
from rasd.model import EVENT_TYPE_OF
from rasd.text.segment import Sentence
from rasd.extract.drafts import _ARMED_CLASSES, _TERRITORY_SUBS, _TOLLLESS, Draft, _has_article
from rasd.extract.sides import (
    _ATTACKER_ANAPHOR, _BOTH_SIDES_BEFORE, _FOUGHT_WITH, _STATE_UNTIL, _actor_family, _actors_told_before, _air_actors, _as_actor,
    _as_state_then, _between_sides, _both_armed, _fight_sides, _fired_by, _headline_actor, _looted_by_attackers, _perpetrators_told_before,
    _losers_from_the_report, _member_hit, _military_named, _own_air_force, _pick_actors, _posts_owner,
    _protesters_acting, _resisting, _same_subject, _sentence_subject, _target_info, _told_in, attacker_told_after, said_of_target,
    teller_own_raid,
)
from rasd.extract.event_types import (
    _FOUND_BODY, _FOUND_BODY_APART, _BURNED_ALIVE, _EXECUTION, _RAID_CUES, _air_weapon_right_after, _any_artillery, _bare_storming, _burned_person,
    _held_off_advance, _joined_ground_fire, _rockets_launched, _sub_event, _weapon_info, document_mode,
)
from rasd.extract.dating import (
    _RELATIVE_DAY_WORDS, _TERRITORY_CUES, _dated_by_cause, _dates, _list_header_days, _pluperfect_sentence,
    _CLOCK_TIME, _reason_after, _since_day, diary_days, timeline_day,
    _spread_days, _tally_since, _told_as_before, _told_long_before, _won_after_since, list_items_end,
)
from rasd.extract.discourse import (
    FALSEHOOD_NEEDLES,
    _ALSO_OPENER, _arrests_told_again, _concurrent_with, _contrast_placed_apart, _denial_between, _denied_after,
    _armed_robbery,
    _denier_version, _family_told_before, _force_where_named, _headline_sentences, _in_the_area, _it_again, _item_line,
    _killed_by_other_hand, _killer_named_after_verb, _left_before, _opens_new_item, _RISE_WORDS, _rumour_denied,
    _toll_raised, _own_means, _sibling_item, _listed_under_head, _told_beside, _toll_owner,
)


#: "بانفجار مماثل"، "في هجوم آخر": a like event told beside the day's, not the day's told again
_ANOTHER_LIKE = re.compile(r"\s+(?:مماثل|مماثله|اخر|اخري)(?![\u0621-\u064a])")

#: a digit (a date written with its day of the month)
_DIGIT = re.compile(r"\d")
#: the quarter a witness lives in, named by no name ("الحي"، "حينا"; grammar_words `unnamed_quarter`)
_UNNAMED_QUARTER = re.compile(rf"(?<![\u0621-\u064a])[وبلف]?(?:{alternation('unnamed_quarter')})(?![\u0621-\u064a])")
#: an unnamed armed group in the dual, both sides of a fight ("بين مجموعتين مسلحتين")
_BOTH_SIDES = tuple(words("both_sides_dual"))
#: "جنود العدو": soldiers of the teller's foe (grammar_words enemy_word; round q92-actor2)
_ENEMY_AFTER = re.compile(rf" (?:{alternation('enemy_word')})(?![\u0621-\u064a])")
#: "بين فصيلين من X": a clash of two units of one side X, right before its name (quality-q76)
_TWO_OF_ONE = re.compile(rf"بين\s+(?:{alternation('dual_unit_noun')})\s+(?:من|في)\s+$")


#: a raised toll "of" an attack told before: "ارتفعت حصيلة هجوم X إلى"، "لترتفع حصيلة ضحايا الهجوم على"
#: (the rise word, then حصيلة, perhaps its casualty noun, right before the event word; q87-fix14r)
_TOLL_OF_EVENT = re.compile(rf"(?:{'|'.join(_RISE_WORDS)})\w*\s+(?:ال)?حصيل\w*\s+(?:(?:ال)?(?:ضحايا|قتلي)\s+)?$")

#: the object of a raised toll's event, one to three words right after its word and before "إلى" ("ارتفعت حصيلة
#: قصف السوق الكبير إلى 11 قتيلاً"): names which of the events told before it raises (q89-fix19r)
_RETOLD_OBJECT = re.compile(r"\s+(?:علي\s+)?((?:[^\s.,،؛:]+\s+){0,2}?[^\s.,،؛:]+)\s+الي(?!\w)")

#: the event words whose raised toll retells the event told before ("حصيلة هجوم/غارات/قصف X")
_TOLL_RETOLD_CUES = frozenset({"attack", "clash", "airstrike", "shelling", "bombard"})

#: a weekday's name (normalised, `weekdays.tsv`, with or without its article), the day an earlier event told
#: after "بعد أيام من" carries
_WEEKDAY_NAME = re.compile(rf"(?:يوم\s+)?(?:ال)?(?:{alternation_of(r['pattern'].removeprefix('ال') for r in read_tsv('lexicon/weekdays.tsv'))})(?!\w)")

#: "حصيلة ضحايا اليوم": the day's sum of a roundup's events (quality-72)
_DAY_TOTAL = re.compile(rf"(?<!\w)(?:{alternation('day_total_word')})(?!\w)")


#: event types that take no toll of their own from a killing told beside them
#: the pseudo-weapon of `weapon_owners.tsv` for any air strike: where only one force flies (Gaza),
#: an unclaimed one is that force's, whatever aircraft the clause names
AIR_STRIKE = "air strike"
#: the weapons that make a targeting an air strike told by its own words (aircraft of any kind)
_AIRCRAFT_WEAPONS = frozenset({"aircraft", "drone", "helicopter"})
DRONE = "drone"
#: part of the drones or missiles told before: "إحداهما"، "اثنتين منها" (the rest got through)
_PART_OF_THEM = re.compile(rf"(?<![\u0621-\u064a])(?:{alternation('part_of_them')})(?![\u0621-\u064a])")
#: a side told in the dual ("عشيرتين"، "العشيرتين"): after بين, two of one kind, both sides
# the tribal-dispute cue ("نزاع عشائري", "نزاعات عشائرية"): its sides are tribes (quality-q77-iraq2)
_TRIBAL_FIGHT = re.compile("عشا[ئي]ري")
#: two tribes or a tribal adjective right after a fight word ("قتال بين قبيلتين"، "الاشتباكات القبلية"; grammar_words
#: tribe_pair, round q94-probe-crime)
_TRIBAL_FIGHT_AFTER = re.compile(rf"(?<![\u0621-\u064a])(?:{alternation('tribe_pair')})(?![\u0621-\u064a])")
#: two families right after a fight word ("إشكال مسلح بين عائلتين"; grammar_words family_pair, round q95-leftactors)
_FAMILY_FIGHT_AFTER = re.compile(rf"(?<![\u0621-\u064a])(?:{alternation('family_pair')})(?![\u0621-\u064a])")
#: a fight "between" unnamed armed groups in the plural right after its word ("اشتباكات عنيفة بين مجموعات
#: مسلحة في ..."), no other side, no master ("موالية لـ"، "تابعة لـ") joined to them: they fought each other
_BETWEEN_UNNAMED_GROUPS = re.compile(
    rf"(?:\s+\S+){{0,2}}?\s+بين\s+(?:{alternation('plural_unnamed_side')})"
    r"(?![\u0621-\u064a])(?!\s+(?:و(?!سط)|موال|تابع|تتبع|ل[\u0621-\u064a]))")
UNIDENTIFIED_GROUP = "Unidentified Armed Group"
#: a state's place of detention named with no holder ("في أحد الأفرع الأمنية بدمشق"، "داخل مركز شرطة"، "في سجن حماة
#: المركزي"; grammar_words `state_jail`, `central_jail_adj`): a death under torture there is the state jailers'
#: (generic_actors.tsv @jailer; round q95-probe-detainee)
_STATE_JAIL = re.compile(rf"(?<![\u0621-\u064a])[وفب]?(?:{alternation('state_jail')})(?![\u0621-\u064a])"
                         rf"|سجن(?:\s+[^\s.,،:؛]+){{1,2}}\s+(?:{alternation('central_jail_adj')})(?![\u0621-\u064a])")
#: "بينهم" after an arrest's count and before a group, in one clause: a member of it among the held
#: "خلية تابعة لتنظيم داعش"، "خلية لداعش"، "خلايا داعش"، "شبكة مرتبطة بـ": a cell's noun (and its belonging) right before
#: a group's name: the group is the cell's, the people held (probe round q89-probe-digest)
_CELL_OF = re.compile(r"(?:^|\s)(?:خليه|خلايا|شبكه|عصابه|مجموعه)(?:\s+(?:تابعه|تتبع|تنتمي|مرتبطه|مواليه))?\s+(?:من\s+)?$")
_AMONG_DETAINED = re.compile(rf"(?:^|\s)(?:{alternation('among_them')})\s[^.،؛:\n]{{0,50}}$")
#: "سقط 19 قتيلاً في دوما و12 في حمورية": a number, perhaps its noun, and "في" right before a place
#: (or a number word: "قتل أربعة مدنيين في حي الكلاسة وثلاثة في حي بستان القصر")
_COUNT_AT = re.compile(rf"(?:^|\s)و?\s*(\d{{1,4}}|{COUNT_WORD})(?:\s+[^\s\d,]+)?\s+في\s+$")


#: "حمورية (32)، سقبا (17)": a place's own count in brackets right after it (q78-syria-d)
_COUNT_AFTER = re.compile(r"\s*\((\d{1,4})\)")
#: "والبقية في X وY وZ": the places of the rest of a shared-out toll (grammar_words `remainder_word`)
_REMAINDER_BEFORE = re.compile(rf"(?:^|\s)و?(?:{alternation('remainder_word')})\s+(?:\S+\s+)?في\s+(?:[^.()]*?[\s،,]و?)?$")
#: the levels of a place that can hold a toll of its own when a toll is told place by place
_COUNTED_LEVELS = frozenset({"town", "village", "neighbourhood", "site"})


def _tolls_told_again(f: Frame, text: str, total: int) -> list[Count | None] | None:
    """"هاجمت القوات قرى X وY وZ، ما أدى إلى مقتل 20 مواطناً في X و5 في Z": the toll told place by
    place after the list, naming the places again; each place's own count (none for a place the toll
    does not name), when two or more are told and they add up to the frame's toll (probe q86-probe3)."""
    end = max(b for _, b in f.spans)
    got: list[Count | None] = []
    for p in f.places:
        c = None
        if len(p.name) > 2:
            j = text.find(p.name, p.end, end)
            while j >= 0 and c is None:
                k = j + len(p.name)
                if k == len(text) or not text[k].isalpha():
                    mm = _COUNT_AT.search(text, max(f.start, j - 24), j)
                    if mm is not None:
                        g = mm.group(1)
                        n = int(g) if g.isdigit() else COUNT_WORDS[g]
                        c = Count(n, n, n)
                j = text.find(p.name, k, end)
        got.append(c)
    told = [c.best for c in got if c is not None]
    return got if len(told) >= 2 and sum(told) == total else None


def _tolls_by_place(f: Frame, text: str) -> list[Count] | None:
    """The toll told place by place ("حيث سقط 19 قتيلاً في دوما و12 في حمورية"): each place's own
    count, when every place of the frame has one and they add up to the frame's toll (so a number
    that counts something else is never taken for a toll); else None, and the frame's toll goes
    to one place as before."""
    killed = f.casualties.killed
    if len(f.places) < 2 or killed is None or killed.vague:
        return None
    again = _tolls_told_again(f, text, killed.best)
    if again is not None:
        return again
    out: list[Count | None] = []
    rest: list[int] = []   # the places told after "والبقية في" (q78-syria-d)
    for i, p in enumerate(f.places):
        m = _COUNT_AT.search(text, max(f.start, p.start - 24), p.start)
        after = _COUNT_AFTER.match(text, p.end) if m is None else None
        if m is None and after is None:
            if _REMAINDER_BEFORE.search(text, max(f.start, p.start - 60), p.start) is not None:
                rest.append(i)   # "والبقية في بيت سوى وعربين": a share of what is left
                out.append(None)
                continue
            if i + 1 < len(f.places) and (p.qualifier is not None or p.is_container or not any(
                    lv in _COUNTED_LEVELS for lv in p.levels)):
                out.append(None)   # "على بلدات الغوطة الشرقية، وتوزعت الحصيلة: حمورية (32)": the
                continue           # region the counted towns lie in has no toll of its own
            return None
        g = (m or after).group(1)
        n = int(g) if g.isdigit() else COUNT_WORDS[g]
        out.append(Count(n, n, n))
    if len(out) > 2 and out[0] is not None and out[0].best == killed.best and not rest \
            and all(c is not None for c in out[1:]) and sum(c.best for c in out[1:]) == killed.best:
        # "قتل 17 مدنياً في الغوطة الشرقية، بينهم 9 في دوما و5 في حرستا و3 في عربين": the first place
        # holds the whole toll, shared out over the places after it; it has no toll of its own
        out[0] = None
    told = sum(c.best for c in out if c is not None)
    if rest:
        left = killed.best - told
        if left < len(rest):
            return None
        for i in rest:
            out[i] = Count(1, 1, left - len(rest) + 1)
        return out
    if len(out) - out.count(None) < 2:
        return None
    return out if told == killed.best else None


#: "وتمكنت القوات من صده": the attack told before, held off by the side before "من"
_HELD_IT_OFF = re.compile(r"\s+من\s+(?:صده|صدها|صدهم|التصدي\s+له|التصدي\s+لها|التصدي\s+لهم|صد\s+الهجوم)(?![\u0621-\u064a])")
#: "فتصدى لها مقاتلو الحزب": the side held off named by a pronoun right after the verb (probe round q86-probe2)
_HELD_OFF_IT = re.compile(r"\s+(?:لها|له|لهم)(?![\u0621-\u064a])")
#: the cues whose word in a claim names which event was claimed ("تبنى التنظيم التفجير الانتحاري");
#: "الهجوم" or "العملية" could be any of them
_CLAIMED_KINDS = frozenset({"suicide", "carbomb", "ied", "airstrike", "shelling", "assassination", "abduct"})
_MASSACRE = re.compile(alternation("massacre_noun"))
_POSITIONED = re.compile(rf"(?<!\w)(?:{alternation('positioned_word')})(?!\w)")
#: (words every match holds: a clause without one is not searched, position by position)
_POSITIONED_WORDS = fewest_needles(max(w.split(), key=len) for w in words("positioned_word"))
_ITS_POSTS_SUBS = frozenset({"Air/drone strike", "Shelling/artillery/missile attack", "Armed clash"})


#: what a launched missile, rocket or drone is when it lands (`_fired_by` makes its launcher actor1)
_FIRED_SUBS = frozenset({"Shelling/artillery/missile attack", "Air/drone strike"})
_SPREAD_NEEDLE = "ت"   # (every spread verb holds it: a cheap test before the regex)


#: a camp, base or post whose name is the air defence after it ("هجوم على معسكر الدفاع الجوي"، "قاعدة الدفاع
#: الجوي"): the unit's site attacked on the ground, not the defences meeting a strike (q86-probe1)
_SITE_BEFORE = re.compile(rf"(?:^|\s)(?:{alternation('struck_posts')}|{alternation('base_noun')}|مقر|كتيبه|لواء)\s+$")


#: the most words of a heading line over an item of a crime page or a bulletin ("اختطاف طفل"، "وقفة احتجاجية")
_HEADING_WORDS = 4
#: the fewest words of the item's account on the line under it
_ITEM_BODY_WORDS = 8


def _section_heading(text: str, start: int, end: int) -> bool:
    """A line of a few words with no stop, under an item that ended with one and over a longer account
    ("...دون إصابات.\nسرقة\nسُرقت دراجة نارية من أمام ..."): a heading of the report's next item."""
    ls = text.rfind("\n", 0, start) + 1
    le = text.find("\n", end - 1 if end > start else end)
    le = len(text) if le < 0 else le
    line = text[ls:le].strip()
    if not line or ls == 0 or line[-1] in ".:!?;،," or len(line.split()) > _HEADING_WORDS:
        return False
    if not text[:ls].rstrip().endswith((".", "!")):
        return False   # (the item above ended with a stop: a heading sits between items)
    ne = text.find("\n", le + 1)
    ne = len(text) if ne < 0 else ne
    return len(text[le + 1:ne].split()) >= _ITEM_BODY_WORDS


def _found_body(f: Frame, text: str) -> bool:
    """Is the frame's toll a body found ("وعثر على جثة رجل"، "عثر الأهالي صباح اليوم على جثة")?"""
    if f.trigger is not None or not f.casualties.spans:
        return False
    c0 = f.casualties.spans[0][0]
    return _FOUND_BODY.search(text, max(0, c0 - 18), c0) is not None or \
        _FOUND_BODY_APART.search(text, max(0, c0 - 45), c0) is not None


#: a definite event noun and the word of its place after "على/في": "في الغارات على الصباحة"
_DEFINITE_AT = re.compile(r"\s+(?:علي|في)\s+(?:[وفب]?ال)?(?P<w>[^\s.،,:|]{3,})")


def _retold_by_name(text: str, f: Frame, frames: list[Frame], last_placed: Frame) -> Frame | None:
    """The placed frame of `f`'s cue told before the last placed one that `f`, a placeless frame whose
    event word is definite ("الغارات"، "القصف"), names by a word of its place ("في الغارات على الصباحة"
    after "غارات على معسكر الصباحة"), or None."""
    tr = f.trigger
    if tr is None or "ال" not in text[tr.word_start:tr.start + 3]:
        return None
    at = _DEFINITE_AT.match(text, tr.end)
    if at is None:
        return None
    w = at.group("w")
    for g in reversed(frames):
        if g is f or g is last_placed or g.end > f.start or not g.places or g.cue_name != f.cue_name \
                or f.sent - g.sent > 4:
            continue
        for p in g.places:
            if re.search(rf"(?<!\w)(?:[وفب]?ال)?{re.escape(w)}(?!\w)", text[p.start:p.end]):
                return g
    return None


def assemble(text: str, sents: list[Sentence], frames: list[Frame], m: DocMentions,
             res: ActorResolver, lex: Lexicons, anchor: date | None, anchor_kind: str,
             places: list[PlaceSpan] | None = None, incident: DateExpr | None = None,
             hamza_alef: Callable[[int], bool] | None = None,
             testimony: Sequence[tuple[int, int]] = ()) -> list[Draft]:
    """Drafts (one per event and place) from the frames of one report.

    `testimony` holds the normalised ranges of a witness's quoted words (pipeline._testimony_spans).

    `hamza_alef(pos)` tells whether the alef at a normalised position is written أ/إ/آ in the
    original: then "ال" there is the start of a word (ألغام), not the article.
    """
    drafts: list[Draft] = []
    raided: set[int] = set()   # frames of raids that harmed property only, read as lootings
    last_strong: Frame | None = None
    last_strong_actors: tuple[ActorRef | None, ActorRef | None] = (None, None)
    last_placed: Frame | None = None
    last_tolled: Frame | None = None   # the last placed frame that counted dead or wounded of its own
    placed_by_family: dict[str, Frame] = {}   # the last placed frame of each kind of fight
    placed_sites: set[tuple[int, ...]] = set()   # where the placed frames told so far happened
    context_mode: str | None = None
    context_item: int | None = None   # the list item that told the strike context_mode comes from
    context_side: str | None = None   # the last side told in the clause of an air strike
    doc_mode = document_mode(frames, m)
    last_by_family: dict[str, Draft] = {}
    last_sides: tuple[int, ActorRef, ActorRef | None] | None = None   # the sentence's last actors
    found = finding_told(text)   # ("بعد العثور على جثث ..." told anywhere: most reports tell none)
    history: list[bool] = []

    def history_told() -> bool:   # (asked only of background a year old: most reports have none)
        if not history:
            history.append(_HISTORY_TOLD.search(text) is not None)
        return history[0]

    protest_told: dict[int, tuple] = {}   # sentence -> the (hit, cue) of a protest told in it
    recent_actors: dict[str, tuple[int, ActorRef | None, ActorRef | None]] = {}
    # the two sides a report says a fight is between ("الاشتباكات بين العشائر والفصائل الدرزية"):
    # a clash it then places with one side or none is between the same two
    fight_sides: tuple[ActorRef, ActorRef] | None = None
    last_attacker: tuple[int, ActorRef] | None = None   # (sentence, actor1) of the last ground attack
    last_raider: tuple[int, ActorRef] | None = None     # the same, of a one-sided one (no armed other side)
    last_violent: ActorRef | None = None   # actor1 of the last violent event of any kind
    last_pair: tuple[ActorRef, ActorRef] | None = None   # the last record's two named armed sides
    denied: Frame | None = None   # the last placed event the report says did not happen
    last_detention: Frame | None = None   # the last placed arrest or abduction of the report
    told_day: tuple[date | None, date | None, int] | None = None   # the last day an event was told on
    told_item: int | None = None   # the list item (its line's start) that told it, if one did
    item_lines: dict[int, int | None] = {}   # `_item_line`'s answer per line start, asked ~25 times a report
    list_days = _list_header_days(text, m)   # (q78-syria-d)
    diary = diary_days(text, m) if anchor is not None else []   # (fix round q92-fixdates)
    # (a timeline: two clock times or more, and the day told before the first is not the report's own)
    timeline = timeline_day(text, m, anchor) if anchor is not None and text.count(":") >= 2 \
        and len(_CLOCK_TIME.findall(text)) >= 2 else None
    frame_days: dict[int, tuple[date | None, date | None, int]] = {}   # each frame's day, by id (q89-recall)
    list_modes = _list_head_modes(text) if has(text, ":\n") else ()   # (q88-tables)
    # sentences whose ground was won on the report's day after fighting "منذ" a day before: that day
    # is not carried to the sentences after them (fix round q80-fix-h2)
    won_since: set[int] = set()
    # sentences that tell a raid on the ground (storming, burning, looting, abducting): a killing told
    # with one is no strike of the report's campaign (`_sub_event`)
    raid_sents = {g.sent for g in frames if g.cue_name in _RAID_CUES and not (g.negated or g.future)}
    # the report's headline lines and, per kind of fight told there, who did it (_headline_actor)
    head = _headline_sentences(text, sents)
    dl_end = plain_dateline_end(text)
    dateline_places = [p for p in places or () if p.end <= dl_end and not p.is_container]
    head_actors: dict[str, list[ActorRef]] = {}
    family_of: dict[int, str] = {}   # frame id -> the cue family of its drafts
    # (None when nothing is claimed, most reports: no side need be asked about it)
    claim_spans = [span for f in frames if f.claim for span in f.spans]
    claimed = Spans(claim_spans) if claim_spans else None
    # each sentence's frames with an event word of their own (whose sides an earlier frame of the
    # sentence that widens its search must not take), listed once per report
    events_by_sent: dict[int, list[Frame]] = {}
    for g in frames:
        if g.trigger is not None and g.cue is not None and g.cue.event and g.strength > 3:
            events_by_sent.setdefault(g.sent, []).append(g)
    first_claims: dict[int, ActorRef] = {}
    claim_sents: dict[int, ActorRef] = {}   # the sentence of such a claim -> its claimant
    # (whether the report calls anything false: asked once here, not in each frame's sentence)
    judged = any_in(FALSEHOOD_NEEDLES, text)
    for f in frames:
        if f.claim:
            # "وتبنى تنظيم الدولة الهجوم": the claimant is the perpetrator of the event just told
            told = [r for r in res.within(f.start, max(e for _, e in f.spans))
                    if r.klass not in ("civilian", "protester")]
            # (of an accusation, the accused: the side right before "بالوقوف وراء الهجوم", after
            #  the accuser: "واتهمت الحكومة التركية وحدات حماية الشعب بالوقوف وراء التفجير")
            charge = next((h for h in m.discourse.within(f.start, max(e for _, e in f.spans))
                           if h.payload in ("accused", "charge")), None)
            if charge is not None and _MUTUAL.search(text, sents[f.sent].start, charge.word_start):
                # "وتبادل الحوثيون والتحالف الاتهامات بالمسؤولية عن الانفجار": each blames the
                # other, neither is named the perpetrator (quality-70)
                continue
            if charge is not None:
                told = [r for r in told if r.end <= charge.word_start][-1:]
            claimant = told[0] if told else None
            # (a claim also overrides an accusation: "واتهمت واشنطن فصائل مدعومة من إيران بالوقوف
            #  وراء الهجوم. وتبنت المقاومة الإسلامية في العراق الهجوم")
            # (the claimed event is the last one of the kind the claim names: "وتبنى التنظيم
            #  التفجير الانتحاري" after a suicide bombing and then a roadside bomb is the first)
            # (not the drones the air defences met, told after the strike: "استهدفت مسيرات مطار
            #  كسلا ... وتصدت المضادات لعدد منها. واتهم الوالي الدعم السريع بالوقوف وراء الهجوم"
            #  accuses the side of the strike; quality-62)
            struck = [d for d in drafts if d.sub_event_type != "Disrupted weapons use"] or drafts
            last = next((d for d in reversed(struck) if f.cue_name in _CLAIMED_KINDS
                         and d.sub_event_type == f.cue.sub_event_type), struck[-1] if struck else None)
            if claimant is not None and last is not None and (last.actor1 in (
                    None, "Unidentified Armed Group", "Unidentified Military Forces")
                    or (last.accused and charge is None)):
                for d in drafts:
                    if d.frame_id == last.frame_id or (
                            # "تعرضت قاعدة عين الأسد لهجوم بأكثر من 15 صاروخاً، فيما سقطت صواريخ أخرى قرب
                            # مطار أربيل. وأعلن الحرس الثوري مسؤوليته عن الهجوم": the unclaimed strike of
                            # the same kind told in the same sentence is the same attack's (quality-76)
                            # (a salvo of rockets or missiles: an air strike's other target may be
                            #  another force's raid the report runs together with it)
                            d.sub_event_type == last.sub_event_type == "Shelling/artillery/missile attack"
                            and d.sentences & last.sentences
                            and d.actor1 in (None, "Unidentified Armed Group", "Unidentified Military Forces")):
                        d.actor1, d.actor1_text = claimant.name, claimant.text
                        d.actor1_inferred = d.accused = charge is not None
            if not (claimant is not None and charge is None and not drafts and f.places and not f.place_inherited
                    and f.trigger is not None and f.cue is not None and f.cue.event and f.sent <= 2
                    and text.startswith("ال", f.trigger.word_start)):
                continue
            # "أعلنت سرايا أولياء الدم في بيان مسؤوليتها عن الهجوم بطائرة مسيرة على مطار أربيل": a claim
            # that is the report's first telling of the deed, with its place, is the deed, the claimant
            # its doer (probe round q89-probe-statements)
            first_claims[id(f)] = claimant
            claim_sents[f.sent] = claimant
        if f.negated and f.places:
            denied = f   # "نفت الوزارة أن تكون طائراتها قصفت القافلة في X، فيما قالت ... إن القافلة
                         # تعرضت لغارات": the event others assert happened where it was denied
        if f.negated or f.future or f.habitual or f.cumulative or f.reason:
            continue
        if f.cue is not None and not f.cue.event:
            continue
        if f.status and f.cue_name in ("takeover", "regain", "advance"):
            continue
        if f.cue_name in ("takeover", "regain") and f.trigger is not None \
                and text.find("نف", f.trigger.end, sents[f.sent].end) >= 0 \
                and _denied_after(text, f.trigger.end, sents[f.sent].end):
            # "أعلنت قوات الدعم السريع سيطرتها على مطار مروي، وهو ما نفاه الجيش": a change of control one
            # side claims and the other denies in the same sentence is not coded (precision round q82-other)
            continue
        sent = sents[f.sent]
        if f.cue_name == "loot" and _armed_robbery(text, sent, f):
            # "سرقة سيارة تحت تهديد السلاح في محلة X": a criminal armed robbery is no Looting event (q92-precision)
            continue
        if _rumour_denied(text, sent, f, judged):
            # "تحدثت مصادر عن هجوم على قرية X، الا ان قياده العمليات نفت ذلك": a rumour the authorities deny
            continue
        if _denier_version(text, sent, f, m):
            # "ونفى المتحدث باسم الجماعة استهداف الأحياء السكنية، متهماً الطرف الآخر بقصف الحي": what a
            # side tells in the sentence of its own denial, its defence or counter-charge with no victims
            # counted, is no event of the day (precision round q81-claims)
            continue
        fam = _actor_family(f)   # (the frame's kind of fight: its cue does not change here)
        # elaboration: a bare killing right after a strong event is that event, elsewhere
        # (only with a count of its own and outside the strong event's clause: "قصف وقتل ونهب"
        # are three actions, "كما لقيت امرأتان مصرعهما في X" is the same strike elsewhere)
        elaborates = None
        if (f.strength <= 3 and last_strong is not None
                and (f.casualties.killed or f.casualties.injured)
                and (f.sent - last_strong.sent <= 2 or _listed_under_head(text, f, last_strong, item_lines))
                and _toll_owner(f, last_strong, placed_by_family) is last_strong
                and not any(s0 <= f.start < e0 for s0, e0 in last_strong.spans)
                # (not a killing by a means of its own: "وقتل طيران الجيش 25 إرهابياً في قرية X"
                #  after a take-over is an air strike; "قتل 4 جراء قذائف سقطت على حي X" after air
                #  strikes a shelling)
                and not _own_means(f, last_strong, m)
                # (nor a killing at the hands of a side other than the strong event's: "شنت مروحيات
                #  غارات على X ... وأفاد ناشطون بمقتل عشرات المدنيين في قرية Y على يد مسلحين" is
                #  those men's attack, not the strikes' toll; quality q76-syria-c)
                and not _killed_by_other_hand(f, res, text, sent, last_strong_actors[0])
                # (nor a killing whose verb names its killer, a side other than the strong event's:
                #  "اشتباكات بين الجيش والحوثيين في X. وقتل مسلحون مجهولون 5 مدنيين في Y"; q89-left-tolls)
                and not _killer_named_after_verb(f, res, text, last_strong_actors)
                # (nor a fight of its own: "وفي سياق متصل، تصدت الفصائل لمحاولة تقدم ... وقتلت
                #  عدداً من عناصرها" after air strikes elsewhere)
                and not _held_off_advance(f)
                # (nor a killing after a change of control: "سيطر التنظيم على قضاء سنجار ... وأعدم
                #  عشرات الرجال في قرية كوجو" is a killing of its own, no take-over of Kocho)
                # (or after a raid or arrests: "داهمت قوات الدعم السريع قرية X، وقتلت خمسة من
                #  شباب القرية" is a killing with its toll, not more arrests, which kill nobody)
                and not (last_strong.cue is not None and f.has("kill") and (
                    last_strong.cue.family == "territory"
                    or (last_strong.cue.family == "detention" and f.sent == last_strong.sent)))
                # (nor an execution: "اشتباكات بين التنظيم والجيش الحر في X. كما أعدم التنظيم ثلاثة
                #  من عناصره بعد أسرهم قرب Y" kills captives, an attack of its own, not the fight's toll)
                and not (f.cue_name == "kill" and f.trigger is not None
                         and _EXECUTION.match(text, f.trigger.word_start))
                # (nor a killing told as earlier: "اختطفت القوات 12 امرأة يوم الأحد ... وكانت القوات
                #  نفسها قد قتلت ثلاثة مزارعين الأسبوع الماضي" is a killing of its own; quality-62)
                and not (f.background and not last_strong.background and f.has("kill"))
                # (nor a toll told as a different incident: "وفي سياق منفصل، عثر على جثة شاب مقتول
                #  قرب بلدة X" after an abduction)
                and _SEPARATE_STORY.match(text, sents[f.sent].start) is None
                # (nor a body found in a sentence of its own: "قصفت قوات النظام بلدة X.\nوعثر على جثة رجل
                #  على أطراف قرية Y" is a killing of its own, no toll of the shelling; q86-probe1)
                and not (f.sent != last_strong.sent and _found_body(f, text))
                # (nor the next item of a list at a place of its own: "- خطف مسلحون عائلة في مدينة X.
                #  \n- عثر على جثة شاب على أطراف قرية Y": sibling items of a tally are events of their
                #  own; q80-fix-forms)
                and not _sibling_item(text, f, last_strong)):
            elaborates = last_strong
        if not f.places and f.strength <= 3 and len(placed_sites) >= 2 \
                and _DAY_TOTAL.search(text, sent.start, sent.end) is not None:
            # "وفي درعا، سقط مدنيان جراء قصف ... . وبذلك ترتفع حصيلة ضحايا اليوم إلى 19 قتيلاً":
            # a roundup's sum of the day's events told place by place, no toll of the last one
            continue
        if not f.places and f.sent > 0 and _section_heading(text, sent.start, sent.end):
            # "...في مديرية كريتر.\nاختطاف طفل\nتبحث الأجهزة الأمنية عن طفل ... في مديرية دار سعد": a crime
            # page's heading over the item below names that item's event, told there with its place; it is
            # no second event at the place of the item above (fix round q94-fix28p)
            continue
        if not f.places:
            src = None
            # a frame that names no place happened where the event just told did -- if it is
            # the same kind of fight ("قصف" after "غارات"), or a bare toll of it
            other_side = _OTHER_SIDE.match(text, sents[f.sent].start) is not None
            left = _left_before(f, frames, text)
            if left is not None:
                # "انسحب الجيش من مدينة X، وسيطرت عليها قوات الدعم السريع": the place the other side
                # left is what "عليها" takes (the withdrawal makes no record to inherit from; quality-77)
                src = left
            elif last_placed is not None and last_placed.cue_name != f.cue_name \
                    and (named := _retold_by_name(text, f, frames, last_placed)) is not None:
                # "08:00 — غارات على معسكر الصباحة ...\n09:30 — الحوثيون يقصفون بالهاون أحياء في مدينة
                # الضالع.\n11:00 — مقتل 3 مدنيين في الغارات على الصباحة": the strikes named by their kind and
                # a word of their place are those told earlier, not the shelling just before (q89-probe-live)
                src = named
            elif _arrests_told_again(f, last_detention, last_placed):
                # "شنت الهيئة حملة اعتقالات في مدينة سراقب، بعد يومين من سيطرتها على معرة النعمان.
                # وقال ناشطون إن عناصرها اعتقلوا خمسة أشخاص": the arrests told before, not the
                # place of the background told in between
                src = last_detention
            elif last_tolled is not None and last_placed is not None and not (
                    last_placed is not last_tolled and (last_placed.casualties.killed or last_placed.casualties.injured)) \
                    and _toll_raised(text, f, sent, last_tolled, m):
                # "عاجل | مقتل 11 عنصراً في انفجار لغم في بلدة X.\nتحديث | قوات النظام تقصف أحياء Y
                # رداً على الانفجار.\nتحديث: ارتفاع عدد القتلى إلى 13": a raised toll raises the last
                # event that counted dead or wounded, past entries that counted none (q87-probe-wire):
                # its drafts take the raised figures, no record of its own is made
                raised = [d for d in drafts if d.frame_id == id(last_tolled)]
                for d in raised:
                    if f.casualties.killed:
                        d.killed = f.casualties.killed.max(d.killed)
                    if f.casualties.injured:
                        d.injured = f.casualties.injured.max(d.injured)
                    d.sentences.add(f.sent)
                if raised:
                    continue
                src = last_tolled
            elif last_placed is not None and (f.sent - last_placed.sent <= 1 or _denial_between(
                    text, sents, last_placed.sent, f, m)) and not other_side and (
                    f.strength <= 3 or fam is None or fam == _actor_family(last_placed)
                    or _in_the_area(text, f, sent) or _concurrent_with(text, f, last_placed)
                    or _it_again(text, f, last_placed)
                    # ("توغلت قوة إسرائيلية في حرش X ...، فردت القوة بقصف مدفعي أسفر عن مقتل تسعة": the
                    #  force that pushed in fired where it did)
                    #  (so did a force that stormed a town, when the clause counts its dead: "اقتحمت دبابات
                    #  الجيش مدينة حماة، وقتل 100 شخص برصاص الأمن والقصف" is shelling of that town; quality-74)
                    or (last_placed.cue_name == "incursion" and f.sent == last_placed.sent)
                    or (last_placed.cue_name == "storm" and f.sent == last_placed.sent
                        and (f.casualties.killed or f.casualties.injured))) and not (
                    # "وكان والي غرب دارفور قد قتل في 14 حزيران بعد ساعات من ...": a bare killing told
                    # as background in a sentence of its own names where the news is not
                    f.background and f.strength <= 3 and f.sent != last_placed.sent) and not (
                    # "مواجهات في بلدة X، على خلفية اعتقال قائد المجلس": the cause told after
                    # "على خلفية" happened before and elsewhere, not at the fight's place and day
                    f.background and f.date is None and f.trigger is not None
                    and _ON_THE_BACKGROUND.search(text, max(0, f.trigger.word_start - 14), f.trigger.word_start)) \
                    and not (
                    # "... مظاهرات مماثلة في عطبرة. وكانت الاحتجاجات قد اندلعت في 19 ديسمبر الماضي": an earlier
                    # day of its own, told as background in a sentence of its own, is another event than the
                    # one just placed (the movement's start), not that one retold on that day
                    f.background and f.sent != last_placed.sent and f.date is not None and f.date.kind == "background"
                    and f.date.resolved and last_placed.date is None):
                src = _toll_owner(f, last_placed, placed_by_family)
            elif last_placed is not None and f.background and f.sent - last_placed.sent == 1 \
                    and f.strength >= 5 and last_placed.cue_name in ("kill", "casualties") \
                    and m.dates.within(sent.start, sent.end) \
                    and not [d for d in m.dates.within(sents[last_placed.sent].start, sents[last_placed.sent].end)
                             if not time_of_finding(text, d)]:
                # "ارتفعت حصيلة العدوان على ميناء رأس عيسى إلى 80 شهيداً. وكان العدوان قد شن مساء
                # الخميس سلسلة غارات على الميناء": the updated toll's event, told with its day in the
                # next sentence, happened where the toll did (quality-62)
                src = last_placed
            elif denied is not None and denied.sent == f.sent and fam == _actor_family(denied):
                src = denied
            elif fam in placed_by_family and (f.casualties.killed or f.casualties.injured):
                # "... وأن 20 شخصاً جرحوا في القصف" after a bare "القتلى": the strike told before
                prior = placed_by_family[fam]
                if f.sent - prior.sent <= 1:
                    src = prior
            if src is not None and src.sent != f.sent and _opens_new_item(text, sent.start, f, src):
                # "إلى ذلك، دمرت مقاتلات التحالف تعزيزات ..."، "كما تم القبض على عدد من القيادات"، "- 28
                # يناير: مقتل رجل برصاص قناص في شارع X": a sentence opened as another item of the report
                # tells an event of its own, not more of the one before; it takes no place from there
                # (q82-clauseplace)
                src = None
            elif src is not None and src.sent == f.sent and _contrast_placed_apart(text, f, src, sent.end, frames):
                # "شن الطيران المسير غارات على آليات في منطقة X، فيما قصفت قوات حفتر بالمدفعية
                # تمركزات الوفاق في Y": a clause set against the one before that says where it
                # happened, by a name the gazetteer does not know, happened there, not at X
                # (q82-clauseplace)
                src = None
            if src is None and dateline_places and (f.strength >= 5 or f.cue_name == "loot") and f.trigger is not None \
                    and f.sent not in head and not f.background and f.trigger.start > dl_end \
                    and (_target_info(m, f.spans, text)[0] or f.cue.family == "protest"
                         # "الجنينة - ... بعد أن هاجم المسلحون الحي أمس"، "اعتقلت الاستخبارات ثلاثة شباب من الحي":
                         # a witness's own quarter, unnamed, lies in the dateline's town (round q90-probe-testimony)
                         or _UNNAMED_QUARTER.search(text, f.start, f.spans[-1][1] if f.spans else f.end) is not None):
                # "الفاشر - ... كما شنت مسيرة هجوماً على المستشفى السعودي": an event on a target
                # that names no place the gazetteer or the report's other events give happened in
                # the area the report's plain dateline names (ACLED codes it there); so did a protest
                # or the force against it at a site the gazetteer does not know ("فضت قوات الدعم السريع
                # اعتصام القيادة العامة بالقوة" under "الخرطوم -"; lead, stop 23)
                f.places = dateline_places
                f.place_inherited = f.dateline_placed = True
            elif src is None:
                if f.sent in head and f.cue is not None and f.cue.family:
                    # "هجمات انتحارية لداعش في ...": a headline that places nothing still says who
                    ha1, ha2, _ = _pick_actors(f, res, text, sent, hamza_alef)
                    if ha1 is not None and ha1.klass in _ARMED_CLASSES:
                        head_actors.setdefault(f.cue.family, []).append(ha1)
                        if f.cue.family == "fight" and (ha2 is None or ha2.klass == "civilian"):
                            head_actors.setdefault("raid", []).append(ha1)
                # no place, no record; but its sides are the subject of what follows ("حرر
                # الحشد عشرات القرى ... ومنها X وY" names the villages in the next sentence)
                if fam:
                    pa1, pa2, _ = _pick_actors(f, res, text, sent, hamza_alef)
                    if pa1 is not None or pa2 is not None:
                        recent_actors[fam] = (f.sent, pa1, pa2)
                    fight_sides = _between_sides(f, pa1, pa2, res, sent) or fight_sides
                sent_days = m.dates.within(sent.start, sent.end)
                if sent_days and incident is None and not (
                        f.background or f.habitual or f.negated or f.future or f.claim):
                    # "وثق المرصد استشهاد 142 شخصاً يوم أمس. ففي محافظة حلب استشهد 19 ...": the
                    # day a toll that places nothing was told for is the day of the events it
                    # goes on to list
                    u0, u1, uprec, uexplicit = _dates(f, sent_days, anchor, anchor_kind, None, frames)
                    if uexplicit and uprec == 1 and u1 is not None and (anchor is None or u1 <= anchor):
                        told_day = (u0, u1, uprec)
                        told_item = _item_line(text, sent.start, item_lines)
                continue
            if src is not None:
                f.places = src.places
                f.place_inherited = True
                f.sentences |= src.sentences
                if src.background and not f.background and src.sent == f.sent and f.date is None \
                        and f.casualties.killed is None and f.casualties.injured is None:
                    # "ويستحضر محللون الضربة الأمريكية على مطار الشعيرات في نيسان 2017، ...، مشيرين إلى أن
                    # الضربات لم تغير شيئاً": a later clause of the sentence that places nothing of its own
                    # goes on telling the past event it takes its place from (q87-probe-feature); not one that
                    # counts dead of its own ("وكان من السهل سماع دوي غارات ...، وأسفرت غارات التحالف عن
                    # عشرة قتلى": a background word read too widely, the toll is the day's)
                    f.background = True
                    f.date = src.date
        weapons, modes = _weapon_info(m, f.spans, text)
        said = said_of_target(m, f.trigger.end, f.spans, text) if f.trigger is not None else None
        targets, civ_target, armed_target = _target_info(m, f.spans, text, said, f.places)
        if f.has("kill"):
            for kill_hit, kill_cue in f.cues:   # (a loop, not any() over a generator)
                if kill_cue.cue == "kill" and _MASSACRE.search(text, kill_hit.start, kill_hit.end):
                    # "هاجم عناصر داعش عدة قرى، وارتكبوا مجازر راح ضحيتها 250 شخصاً": a massacre's dead
                    # are civilians (ACLED), so the attack is violence against them, not a fight
                    f.casualties.civilian_victims = True
                    break
        a1, a2, widened = _pick_actors(f, res, text, sent, hamza_alef, claimed, events_by_sent.get(f.sent))
        a1, a2 = _same_subject(f, a1, a2, text, res, last_sides)
        if a2 is None and a1 is not None and f.cue_name == "intercept" and f.trigger is not None \
                and _HELD_OFF_IT.match(text, f.trigger.end) is not None:
            # "حاولت قوة إسرائيلية التقدم نحو البلدة، فتصدى لها مقاتلو حزب الله": the side the
            # pronoun names is the armed side told last before it in the sentence; it came on, the
            # fight's first side, as with "صدت القوات هجوماً شنه X"
            held = next((r for r in reversed(res.within(sent.start, f.trigger.word_start))
                         if r.klass in _ARMED_CLASSES and r.name != a1.name), None)
            if held is not None:
                a1, a2 = held, a1
        if a2 is None and a1 is not None and f.cue_name == "attack" and "صد" in text[f.end:sent.end] \
                and (held := _HELD_IT_OFF.search(text, f.end, sent.end)) is not None:
            # "شن مسلحو التنظيم هجوماً على ناحية البغدادي، وتمكنت القوات الأمنية من صده": the side that
            # held the attack off, told in the clause after it, is its other side (q85-probe7)
            a2 = next((r for r in res.within(f.end, held.start())
                       if r.klass in _ARMED_CLASSES and r.name != a1.name), None)
        if a1 is None and last_sides is not None and last_sides[0] == f.sent and f.trigger is not None \
                and (_AFTER_WORD.search(text, max(0, f.trigger.word_start - 8), f.trigger.word_start)
                     or _AFTER_START.match(text, f.start)) \
                and (a2 is None or a2.name != last_sides[1].name):
            # "سيطر داعش على الرمادي، بعد هجمات بعشر سيارات مفخخة": how the event came about was
            # its subject's doing
            a1 = last_sides[1]
        elif widened and last_sides is not None and last_sides[0] == f.sent and f.trigger is not None \
                and a1 is not None and not _told_in(a1, f.spans) and last_sides[2] is not None \
                and a1.name == last_sides[2].name \
                and _AFTER_SPELL.search(text, max(0, f.trigger.word_start - 30), f.trigger.word_start):
            # "حررت الألوية مديرية عين من الحوثيين، بعد أيام من استعادة مديريتي بيحان وعسيلان": a
            # verbal noun with no side of its own, a while before the event told, was done by its
            # subject, not by the side it was just taken from
            a1, a2 = last_sides[1], last_sides[2]
        elif (a1 is None or widened) and f.trigger is not None and (anaphor := (
                (any_in(_FORCE_ANAPHOR_NEEDLES, text, f.trigger.word_start - 24 if f.trigger.word_start > 24 else 0,
                        f.trigger.word_start)
                 and _FORCE_ANAPHOR.search(text, f.trigger.word_start - 24, f.trigger.word_start))
                or _FORCE_ANAPHOR.match(text, f.trigger.word_end))) is not None:
            # "توغلت قوة إسرائيلية في حرش X ...، فتصدى لها مسلحون، فردت القوة بقصف مدفعي": the
            # force told before in the sentence by the same noun, named again by its bare
            # definite noun (told, not borrowed)
            noun = anaphor.group(1)
            told = [r for r in res.within(sent.start, anaphor.start())
                    if r.klass in _ARMED_CLASSES and noun in text[r.start:r.end]]
            if told:
                a1, widened = told[-1], False
        if f.trigger is not None and a1 is not None:
            last_sides = (f.sent, a1, a2)
        if widened and denied is not None and f.place_inherited and f.places is denied.places:
            # who denied it, or whom the denial names, is not who the others say did it
            a1 = None if _told_in(a1, denied.spans) else a1
            a2 = None if _told_in(a2, denied.spans) else a2
        if a1 is None and a2 is not None and a2.klass == "air_defence" and f.cue_name in ("attack", "clash", "gunfire") \
                and _SITE_BEFORE.search(text, max(0, a2.hit.word_start - 16), a2.hit.word_start) is None:
            # (and "أطلقت المضادات الأرضية النار بكثافة": the guns fired at the drones overhead, no
            # ground attack of the army's on whoever flew them; quality-77)
            if not (f.trigger is not None and a2.start > f.trigger.end and f.places and not f.place_inherited
                    and _PART_OF_THEM.search(text, a2.end, a2.end + 30) is not None):
                continue  # "الدفاعات الجوية تتصدى لهجوم": the strike it met, not a ground fight
            # "تعرضت قاعدة X لهجوم بطائرتين مسيرتين، أسقطت الدفاعات الجوية إحداهما": the attack on
            # the place told first went on, only part of it downed; the defences are no side of it
            a2 = None
        pre_a1, pre_a2 = a1, a2
        a1, a2, widened = _air_actors(f, a1, a2, widened, weapons, res, sent, lex, denied)
        # "استهدفت الفصائل الموالية لتركيا قافلة بقصف مدفعي وجوي": the group flew no aircraft, but
        # it fired the artillery of the bombardment's shelling twin (kept for that twin only)
        gunner_ref = pre_a1 if (pre_a1 is not None and pre_a1.klass in ("organisation", "rebel")
                                and a1 is not pre_a1 and (a1 is None or a1 is not pre_a2)
                                and (pre_a2 is None or pre_a2.klass != "state")) else None
        a1, a2, widened = _actors_told_before(f, fam, a1, a2, widened, recent_actors, frames,
                                              _ALSO_OPENER.match(text, sent.start) is not None)
        if a2 is None and a1 is not None and f.cue_name == "clash" and a1.start > f.start \
                and _FOUGHT_WITH.search(text, max(0, a1.hit.word_start - 24), a1.hit.word_start) is not None:
            # "تمكن الجيش من استعادة البلدة بعد معارك عنيفة مع مسلحي الحركة": the one side a fight
            # names is the one it was "with"; the other is the armed side the sentence opened with
            # (q81-actors2)
            subject = _sentence_subject(f, a1, res, sent)
            if subject is not None:
                a1, a2, widened = subject, a1, True
        if f.cue is not None and f.cue.family == "detention" and f.trigger is not None \
                and (a2 is None or a2.klass == "civilian") and "نهم" in text[f.trigger.end:sent.end]:
            # "أعلن الجهاز القبض على أربعة متهمين في مدينة X، بينهم مسؤول مالي لتنظيم داعش": the group
            # named among those held is theirs, not who held them (q81-actors2)
            held = next((r for r in res.within(f.trigger.end, sent.end)
                         if r.klass in ("organisation", "rebel", "militia")
                         and _AMONG_DETAINED.search(text, f.trigger.end, r.hit.word_start) is not None), None)
            if held is not None and (a1 is None or a1 is held or a1.name == held.name or a1.start < f.trigger.word_start):
                if a1 is held or (a1 is not None and a1.name == held.name):
                    a1 = next((r for r in res.within(sent.start, f.trigger.word_start)
                               if r.klass in _ARMED_CLASSES and r.name != held.name
                               and res.role_hint(r, sent.start) in (None, "agent")), None)
                a2, widened = held, True
        if f.cue is not None and f.cue.family == "detention" and f.trigger is not None and a1 is not None \
                and a1.start > f.trigger.end and a1.klass in ("organisation", "rebel", "militia") \
                and (a2 is None or a2.klass == "civilian") and "خل" in text[max(0, a1.hit.word_start - 24):a1.hit.word_start] \
                and _CELL_OF.search(text, max(0, a1.hit.word_start - 24), a1.hit.word_start) is not None:
            # "اعتقلت وزارة الداخلية خلية تابعة لتنظيم داعش": the group the cell held belongs to is the side held,
            # not the one that held it (who did, unnamed as a force, is the country's by default)
            a1, a2, widened = None, a1, True
        if a1 is None and a2 is not None and f.cue is not None and (f.cue.family == "territory" or (
                f.cue_name == "clash" and _FOUGHT_WITH.search(text, max(0, a2.hit.word_start - 24),
                                                               a2.hit.word_start) is not None)
                # (and an attack launched, accusative, whose verb and subject lie before a clause set off
                #  by commas: "بدأت قسد، مدعومة بغارات التحالف، هجوماً لطرد داعش من منبج")
                or (f.cue_name == "attack" and f.trigger is not None
                    and text.endswith("ا", f.trigger.word_start, f.trigger.word_end))):
            # (and a fight told only "with" its other side: "تمكن الجيش، السبت، من فك الحصار عن
            #  مقر سلاح الإشارة بعد معارك عنيفة مع قوات الدعم السريع")
            subject = _sentence_subject(f, a2, res, sent)
            if subject is not None:
                a1, widened = subject, True
        elif f.cue is not None and f.cue.family == "detention" and f.trigger is not None \
                and (text[f.trigger.word_start] == "و"
                     # ("شنت قسد عملية إنزال جوي في بلدة X، اعتقلت خلالها قيادياً": the arrest made
                     #  during the operation told before it is that operation's side; q76-syria-c)
                     or _DURING_IT.match(text, f.trigger.word_end) is not None) and (
                    (a1 is None and a2 is not None)
                    # ("أحبطت الأسايش محاولة فرار لعائلات من تنظيم داعش من المخيم، واعتقلت خمسة":
                    #  a side named in an earlier clause, not the arrest's, did not arrest)
                    or (a1 is not None and not _told_in(a1, f.spans) and a1.start < f.trigger.word_start)):
            # "نفذت قسد بالتعاون مع التحالف عملية إنزال جوي في بلدة X واعتقلت ثلاثة من عناصر داعش":
            # a conjoined arrest with no subject of its own is by the side the sentence opened with
            subject = next((r for r in res.within(sent.start, f.trigger.word_start)
                            if r.klass in _ARMED_CLASSES and (a2 is None or r.name != a2.name)
                            and res.role_hint(r, sent.start) in (None, "agent")), None)
            if subject is not None and subject is not a1 and (a1 is None or subject.start < a1.start):
                a1, widened = subject, True
        if fam and (a1 is not None or a2 is not None):
            recent_actors[fam] = (f.sent, a1, a2)
        elif fam is None and _both_armed(a1, a2) and f.cue is not None and f.cue.family == "killing":
            # "شن فلول النظام هجمات على حواجز الأمن العام، ما أدى لمقتل 16 عنصراً ... واندلعت
            # اشتباكات في قرية X": a killing between two armed sides is a fight whose sides a
            # clash told next with none of its own shares
            recent_actors["battle"] = (f.sent, a1, a2)
        if f.cue_name == "protest" and f.trigger is not None:
            protest_told.setdefault(f.sent, (f.trigger, f.cue))
        elif f.cue_name in ("burn", "loot") and a1 is None and f.sent in protest_told:
            # "تظاهر مئات ...، وقام بعضهم بإحراق ...": some of the protesters did it
            f.cues.append(protest_told[f.sent])
        if f.cue_name in ("target", "bombard") and any_in(_POSITIONED_WORDS, text, f.start, f.end) \
                and _POSITIONED.search(text, f.start, f.end) \
                and not _weapon_info(m, [(f.start, f.end)], text)[1]:
            # "قصفت القوات المتمركزة في تل حديد أطراف المدينة": forces firing from where they are
            # positioned fire artillery, whatever struck before in the report
            modes = {"shelling"}
            elaborates = None
        if elaborates is not None:
            ew, em = _weapon_info(m, elaborates.spans, text)
            modes |= em
            weapons += [w for w in ew if w not in weapons]
            sub = _sub_event(elaborates, modes, last_strong_actors[0], last_strong_actors[1], civ_target, lex, text)
            if a1 is None:
                a1 = last_strong_actors[0]
            if a2 is None:
                a2 = last_strong_actors[1]
            f.sentences |= elaborates.sentences
        else:
            if context_mode == "air" and modes == {"shelling"} and weapons and set(weapons) <= {"missile"} \
                    and a1 is None \
                    and f.cue_name in ("target", "bombard") and not _rockets_launched(f, text):
                # "... بضربات جوية، ثم استهدف المستشفى بصاروخين": bare missiles that no gunner
                # fired, told after air strikes, were fired from the air
                modes = {"air"}
            if f.cue_name == "storm" and (a2 is None or a2.klass == "civilian"):
                resisted = _resisting(f, res, text, sent)
                if resisted is not None:
                    if a1 is not None and a1.name == resisted.name:
                        a1 = None   # (the resisters, named after, were taken for the stormers)
                    a2 = resisted
            cm, dm = context_mode, doc_mode
            if cm == "air" and f.cue_name == "bombard" and not modes and a1 is not None \
                    and context_side is not None and a1.name != context_side and _told_in(a1, f.spans) \
                    and not a1.name.startswith("Unidentified") and f.trigger is not None \
                    and (0 <= f.trigger.word_start - a1.end <= 12 or 0 <= a1.start - f.trigger.word_end <= 4):
                # "غارة إسرائيلية على X ... وقصف حزب الله لثكنة Y": a bombardment with no weapon by
                # another side than the air strike's is not that strike's kind (fix round q89-fix18p)
                # (the side right before the word or right after it, "رد حزب الله بقصف"، "قصف حزب الله
                #  لـ": the one that fired; one further off may be the target's: "القصف استهدف مبنى
                #  كانت تستخدمه جبهة النصرة")
                cm = dm = None
            if list_modes and dm is None:
                # "القصف الحوثي:" over "- مقتل طفل في حي X.": the items of a list whose head names how
                # its strikes were carried out tell strikes of that kind (q88-tables)
                dm = next((v for a, b, v in list_modes if a <= f.start < b), None)
            if f.cue_name in ("attack", "bombard") \
                    and context_item != _item_line(text, sent.start, item_lines) is not None:
                # an item of a post or bulletin that tells an attack without saying how ("🔴 مقتل 8
                # مواطنين في هجوم للمليشيا على قرية X") is a raid, not the strike of the item before
                # it ("🔴 مسيرات المليشيا تستهدف محطة كهرباء"; quality q78-forms)
                cm = dm = None
            sub = _sub_event(f, modes, _as_state_then(a1, a2, anchor), a2, civ_target, lex, text, cm,
                             dm, armed_target, f.sent in raid_sents)
        if sub is None:
            continue
        if a1 is None and sub == "Air/drone strike":
            a1 = _own_air_force(f, res, text, sent, m)
            if a1 is not None and a2 is not None and a2.name == a1.name:
                a2 = None
        if sub == "Air/drone strike" and (a1 is None or a1.name == "Unidentified Military Forces") \
                and teller_own_raid(f, a2, res, text, sent):
            a1, a2 = a2, None
        if a2 is None and sub in _ITS_POSTS_SUBS:
            a2 = _posts_owner(f, a1, res, text, sents)
        if sub == "Government regains territory" and a1 is not None and a1.inter != 1 and anchor is not None \
                and a1.name in _STATE_UNTIL and anchor >= _STATE_UNTIL[a1.name]:
            # "حررت قوات الدعم السريع المعسكر" after it went to war with the army (15 April 2023):
            # a militia's word of liberation, its take-over is a non-state one (q78-sudan3)
            sub = "Non-state actor overtakes territory"
        if sub in _TERRITORY_SUBS and a2 is not None and a2.klass == "civilian":
            # "سيطرت قوات النظام على طريق الكاستيلو، المنفذ الوحيد لنحو 300 ألف مدني": ground is
            # taken from an armed side; the civilians on it are no side that lost it
            a2 = None
        if sub == "Air/drone strike" and a1 is not None and a1.inter in (2, 3, 4) and "drone" not in weapons \
                and not _told_in(a1, f.spans):
            a1 = None   # warplanes are no rebel's or militia's, whoever acted in the sentence before
        if sub == "Attack" and (f.cue_name == "attack" and _property_only(f) or f.cue_name == "storm"
                                and _stormed_to_burn(f, m, sents[f.sent].end)) \
                and not any(r is not None and r.klass == "protester" for r in (a1, a2)):
            # "هاجم مستوطنون قرية X وأحرقوا مركبات ومنازل"، "اقتحم مستوطنون قرية X وأحرقوا مركبتين": a raid
            # or storming whose only harm told is to property, no one killed, hurt or taken, is a
            # property destruction (ACLED codes such settler or militia raids as Looting/property
            # destruction; round q87-precision); not one by or on protesters (theirs is a protest's)
            sub = "Looting/property destruction"
            raided.add(id(f))
        if sub == "Looting/property destruction" and f.cue_name == "burn" and _burned_person(f, m, text):
            sub = "Attack"   # a person burned (alive) is killed, not property destroyed
            alive = _BURNED_ALIVE.match(text, f.trigger.word_end)
            if alive is not None and f.casualties.killed is None and not alive.group(0).endswith("احياء"):
                f.casualties.killed = Count(1, 1, 1)   # "حياً", "حتى الموت": one person died
        if sub == "Disrupted weapons use":
            # the air defences that stopped the drone or missile are actor1; who fired it, actor2
            defence = next((r for r in res.within(sent.start, sent.end) if r.klass == "air_defence"), None)
            if defence is not None:
                other = next((r for r in (a1, a2) if r is not None and r.klass != "air_defence"), None)
                if other is None and f.trigger is not None:
                    # "... طائرة مسيرة تابعة للحوثيين": the owner of what was shot down
                    other = next((r for r in res.within(f.trigger.end, f.end)
                                  if r.klass not in ("air_defence", "civilian")), None)
                a1, a2 = defence, other
                stopper = lex.interceptors.get((res.country or "", other.name)) if other is not None else None
                if stopper is not None and defence.hit.payload.actor.startswith("@"):
                    # "اعترضت الدفاعات الجوية صاروخاً أطلقه الحوثيون": whose air defences stop that
                    # side's missiles there (interceptors.tsv), not the army of the report's country
                    a1 = _as_actor(defence, stopper, lex)
            elif a1 is not None and _fired_by(f, a1, m):
                # "أعلن التحالف اعتراض طائرة مسيرة أطلقتها ميليشيا الحوثي": no air defences named;
                # the side after the launching verb fired it, and whose defences stop that side's
                # weapons there (interceptors.tsv) stopped it
                stopper = lex.interceptors.get((res.country or "", res.redate(a1, None)))
                if stopper is not None:
                    named = next((r for r in res.within(sent.start, sent.end) if r.name == stopper), None)
                    a1, a2 = named or _as_actor(a1, stopper, lex), a1
                elif f.trigger is not None:
                    # "قال المتحدث إن قوات التحالف تمكنت من اعتراض طائرة مسيرة أطلقتها ميليشيا الحوثي"
                    # told from a country interceptors.tsv has no row for: the other side named
                    # before the interception stopped it (q80-fix-yemen)
                    named = next((r for r in res.within(sent.start, f.trigger.start) if r.klass not in (
                        "civilian", "protester") and r.name != a1.name), None)
                    if named is not None:
                        a1, a2 = named, a1
            elif a1 is not None and not any(r.name == a1.name for r in res.within(sent.start, sent.end)) \
                    and (earlier := next((d for d in reversed(drafts) if d.sub_event_type == sub
                                          and d.actor1 and d.actor2 and a1.name in (d.actor1, d.actor2)),
                                         None)) is not None:
                # "اعتراض طائرة مسيرة أطلقتها الميليشيا ... وأضاف أنه جرى كذلك اعتراض صاروخ أطلق باتجاه
                # جازان": a side carried from an earlier sentence that is one of the sides of the
                # interception told before: the same side stopped this one, fired by the same
                # (q80-fix-yemen)
                launcher = a1 if a1.name == earlier.actor2 else _as_actor(a1, earlier.actor2, lex)
                a1, a2 = _as_actor(a1, earlier.actor1, lex), launcher
            elif a2 is not None and a2.klass == "civilian":
                # "تمكنت قوات التحالف من اعتراض طائرة مسيرة أطلقتها الميليشيا لاستهداف المدنيين": the
                # people the weapon was meant for are no side of its interception; who fired it is
                # (the side after the launching verb), else no one (q80-fix-yemen)
                a2 = next((r for r in res.within(f.start, sent.end) if r.klass not in (
                    "civilian", "protester", "air_defence") and (a1 is None or r.name != a1.name)
                    and _fired_by(f, r, m)), None)
        elif sub in _FIRED_SUBS and f.cues:
            # "إثر إصابتها بصاروخ باليستي أطلقه الحوثيون"، "جراء سقوط مقذوف أطلقته ميليشيا الحوثي": the
            # side right after the verb of launching fired it, whoever the sentence opened with (a
            # teller, "أعلنت القيادة المركزية الأمريكية"); q76-yemen
            fired = None
            for fired_ref in res.within(f.start, sent.end):   # (a loop, not next() over a generator)
                if fired_ref.klass not in ("civilian", "protester", "air_defence") and _fired_by(f, fired_ref, m):
                    fired = fired_ref
                    break
            if fired is not None and (a1 is None or a1.name != fired.name):
                a1, a2 = fired, (a1 if a1 is not None else a2)
        if sub == "Excessive force against protesters" and (a1 is None or a1.klass == "protester"):
            # "فضت قوات الأمن بالقوة اعتصام المحتجين": the protest word leads, but the force that
            # broke it up is actor1 (the protesters are the other side, set below)
            force = next((r for r in res.within(sent.start, sent.end)
                          if r.klass not in ("protester", "civilian")), None)
            if force is not None:
                a1, widened = force, widened or not (f.start <= force.start < f.end)
        if sub == "Looting/property destruction" and a1 is None and _looted_by_attackers(f, last_attacker, text):
            a1, widened = last_attacker[1], True
        elif sub in _PERPETRATOR_SUBS and (a1 is None or a1.hit.payload.actor == "@the_gunmen") \
                and (doer := _perpetrators_told_before(f, last_attacker, last_raider, text, sent.start)) is not None:
            # "هاجمت قوات الدعم السريع قرية X. وأضاف شهود أن المسلحين/المهاجمين/القوات اختطفوا عدداً من
            # السكان": the definite attackers of the one-sided event told next, with no name of their
            # own, are the side that attacked just before (round q88-actors)
            a1, widened = last_attacker[1], True
        if a1 is not None and a1.klass not in ("civilian", "protester") and f.cue is not None \
                and f.cue.family in ("fight", "killing"):
            last_attacker = (f.sent, a1)
            # (a fight of two armed sides leaves no one side whose gunmen the next sentence means:
            #  "اشتبكت قوات الوفاق مع قوات حفتر ... وقال سكان إن المسلحين نهبوا منازل")
            last_raider = (f.sent, a1) if a2 is None or a2.klass == "civilian" else None
        violent_before = last_violent
        if a1 is not None and a1.klass not in ("civilian", "protester") and f.cue is not None \
                and f.cue.family in ("fight", "killing", "remote", "explosive"):
            last_violent = a1
        rioters = _protesters_acting(f, None if widened else a1, res, text, sent)
        if rioters is not None:
            # "اقتحم مئات المتظاهرين مقر القنصلية", "أحرق متظاهرون مبنى": protesters who storm,
            # attack, burn or loot are rioters (ACLED: violent demonstration)
            sub, a1, a2 = "Violent demonstration", rioters, None
        if sub == "Armed clash":
            fight_sides = _between_sides(f, a1, a2, res, sent) or fight_sides
            a1, a2, widened = _fight_sides(a1, a2, widened, fight_sides)
            if a1 is not None and a2 is None and a1.start > f.start \
                    and "تحصن" in text[max(0, a1.hit.word_start - 40):a1.hit.word_start] \
                    and _HOLED_UP.search(text, max(0, a1.hit.word_start - 40), a1.hit.word_start) is not None \
                    and (besieger := _besieger(res, a1, sent.start)) is not None:
                # "اشتباكات متقطعة لا تزال تدور في حي X، حيث يتحصن من تبقى من عناصر داعش": the side holed
                # up there is the one fought; the other is the force the report told before, in this
                # sentence or the last (round q88-actors; before, the holed-up side alone, as actor1)
                a1, a2 = besieger, a1
            if a1 is not None and _TWO_OF_ONE.search(text, max(0, a1.hit.word_start - 40), a1.hit.word_start):
                # "اشتباكات بين فصيلين من الجيش الوطني": two units of one side fought each other;
                # whoever stepped in later (the military police) is no side of it (quality-q76)
                a2 = a1
            elif a1 is not None and (a2 is None or a2.klass == "civilian") and a1.text.endswith(_BOTH_SIDES):
                # "اشتباكات بين مجموعتين مسلحتين": the dual names both sides (a civilian killed
                #  in the crossfire is no side of the fight)
                a2 = a1
            if a2 is None and violent_before is not None and (a1 is None or a1.name != violent_before.name) \
                    and _ATTACKER_ANAPHOR.search(text, min(a for a, _ in f.spans), max(b for _, b in f.spans)):
                # "المعارك بين قوات الوفاق والقوات المهاجمة": the attackers told before
                a2 = violent_before
            if last_pair is not None and (a2 is None or a1 is None or a1.name.startswith("Unidentified")) \
                    and "بين" in text[min(a for a, _ in f.spans):max(b for _, b in f.spans)] \
                    and _BOTH_SIDES_BEFORE.search(text, min(a for a, _ in f.spans), max(b for _, b in f.spans)):
                # "قصفت قوات حفتر أحياء ... وأعلنت قوات الوفاق أن طيرانها استهدف رتلاً لقوات حفتر ... إلى
                # ذلك، تجددت الاشتباكات بين الطرفين": the two sides are those of the last event told
                # with both named (round q87-actors)
                x, y = last_pair
                if a1 is None or a1.name.startswith("Unidentified"):
                    a1, a2, widened = x, y, True
                elif a1.name in (x.name, y.name):
                    a2 = y if a1.name == x.name else x
            if a1 is not None and a2 is not None and a1.name != a2.name and _told_in(a1, f.spans) \
                    and _told_in(a2, f.spans) and attacker_told_after(f, a1, a2, res, text, sent):
                # "اندلعت اشتباكات بين قوات النظام وتنظيم داعش، إثر هجوم شنه التنظيم": the side told
                # attacking after the pair is actor1 (round q90-verbs)
                a1, a2 = a2, a1
        # "قتلوا 38 مدنياً ونهبوا المنازل": the killing is the event (Attack), with its toll; the
        # looting is told as its own, tollless record
        also_loot = sub == "Looting/property destruction" and f.casualties.killed is not None
        if also_loot:
            sub = "Attack"
        # "مقتل أربعة من جامعي الكمأ وخطف اثنين آخرين": the dead told before the seized, who are
        # joined to them by و, are a killing of their own (Attack, with the toll), the abduction a
        # record beside it (not "قتل عنصر ... كما تعرض آخر للاختطاف", "جثة ... بعد اختطافه")
        also_abduct = sub == "Abduction/forced disappearance" and f.casualties.killed is not None \
            and f.trigger is not None and bool(f.casualties.spans) \
            and f.casualties.spans[0][0] < f.trigger.word_start and text[f.trigger.word_start] == "و"
        if also_abduct:
            sub = "Attack"
        # "قتلت 12 مدنياً واغتصبت فتيات": the killing, with its toll, is an Attack; the rape told with it
        # a tollless Sexual violence record beside it (quality-77)
        also_sexual = sub == "Sexual violence" and f.casualties.killed is not None and (f.has("kill") or (
            f.trigger is not None and bool(f.casualties.spans) and f.casualties.spans[0][0] < f.trigger.word_start
            and text[f.trigger.word_start] == "و"))
        if also_sexual:
            sub = "Attack"
        # "قصف جوي ومدفعي": one bombardment told with both aircraft and artillery (right after
        # the air-strike words) is two events, one per ACLED sub-event type; the toll stays with
        # the air strike
        # (not the shell a drone dropped: "أسقطت طائرة مسيرة قذيفة", cue intercept, is one air strike)
        also_shell = sub == "Air/drone strike" and f.trigger is not None and f.cue_name != "intercept" and (
            _any_artillery(m.weapons.within(f.trigger.end, f.trigger.end + 16))
            # ... and "قصف مدفعي وجوي", the same told artillery first
            or (f.cue_name == "shelling" and _air_weapon_right_after(m.weapons.within(f.trigger.end, f.trigger.end + 12),
                                                              f.trigger.end))
            # ... and "غارات جوية وقصف صاروخي": a bombardment joined by و with a ground weapon
            or _joined_ground_fire(text, f.trigger.end, m))
        if sub == "Air/drone strike":
            context_mode, context_item = "air", _item_line(text, sent.start, item_lines)
            if a1 is not None and _told_in(a1, f.spans):
                context_side = a1.name   # (a side carried from before is not told striking here)
        elif sub == "Shelling/artillery/missile attack" and modes:
            context_mode, context_item = "shelling", _item_line(text, sent.start, item_lines)
        if a1 is not None and a2 is not None and a1.name != a2.name and a1.klass in _ARMED_CLASSES \
                and a2.klass in _ARMED_CLASSES and not a1.name.startswith("Unidentified") \
                and not a2.name.startswith("Unidentified"):
            last_pair = (a1, a2)
        if f.strength > 3:
            last_strong = f
            last_strong_actors = (a1, a2)
        last_placed = f
        if (f.casualties.killed or f.casualties.injured) and not f.background:
            last_tolled = f
        placed_sites.add(tuple([p.start for p in f.places]))   # (a list comprehension: cheaper than a generator)
        if fam:
            placed_by_family[fam] = f
        if f.cue is not None and f.cue.family == "detention" and not f.background:
            last_detention = f
        # (not the time of the cause a protest is against: "احتجاجاً على مقتل ثلاثة شبان أمس")
        # (nor the time bodies were found after the event was told: "ارتفعت الحصيلة إلى 15، بعد
        #  العثور على جثث خمسة منهم صباح اليوم")
        told_days = m.dates.within(sent.start, f.cause_at or _reason_after(f, m, sent.end))
        if told_days and f.trigger is not None and found:
            told_days = [x for x in told_days if not (x.start > f.trigger.start and time_of_finding(text, x))]
        if told_days and f.trigger is not None and "منذ" in text[f.trigger.end:sent.end]:
            # (nor the first day of a running tally told after it: "قتل 5 أشخاص في غارة على X، ليرتفع
            #  عدد ضحايا الغارات منذ الاثنين إلى 700"; q86-probe4)
            told_days = [x for x in told_days if not _tally_since(f, x, text, m)]
        d0, d1, prec, explicit = _dates(f, told_days, anchor, anchor_kind, incident, frames, text)
        if told_day is not None and not explicit and ("سياق" in text[sent.start:sent.start + 16]
                                                      or "حادث" in text[sent.start:sent.start + 16]) \
                and _SEPARATE_STORY.match(text, sent.start) is not None:
            # "وفي سياق آخر، أعلنت الداخلية القبض على خلية في بلدة X": a sentence that opens another
            # story does not go on telling the day of the one before it (q86-probe4)
            told_day = None
        if f.trigger is not None and f.cue_name in _TERRITORY_CUES and any(
                _won_after_since(f, x, text) for x in told_days):
            won_since.add(f.sent)
        if explicit and not f.background and not _dated_by_cause(f, m, sent.end) \
                and d1 is not None and (anchor is None or d1 <= anchor) and not _since_day(text, told_days, d0) \
                and f.sent not in won_since:
            # (not the day of a pluperfect sentence's clause: "وكانت الأحداث قد بدأت يوم الأحد
            #  باشتباكات ...، إثر اختطاف تاجر" is the background; a later paragraph that gives no
            #  time tells the news of the report's day, not Sunday's; q80-roundups)
            if not _pluperfect_sentence(text, sent, f.start):
                told_day = (d0, d1, prec)   # (a time the clause itself gives, not one borrowed)
            # (the clause's item line asked only here and below, where it is kept or compared: asked
            #  of every frame, ~25 a report, it was two regex matches each for the few that use it)
            told_item = _item_line(text, sent.start, item_lines)
        elif not explicit and not f.background and told_day is not None and incident is None \
                and not (told_item is not None
                         and (item := _item_line(text, sent.start, item_lines)) is not None and item != told_item):
            # (but not from one item of a post or bulletin to the next: "1- سيطرت القوات ليل أمس
            #  على X. 2- مقتل 5 مدنيين بغارات على Y" tells Y on the bulletin's day; quality q78-forms)
            # "قتل ثلاثة ... يوم الاثنين جراء غارات على أريحا. كما طالت الغارات أطراف البارة": a
            # later sentence that gives no time goes on telling the day the report gave, not
            # the day it was published
            d0, d1, prec = told_day
        if list_days and not f.background and (not explicit or (
                # (nor the dateline's day, when the item's sentence tells none: "تعز - 9 مارس" then
                #  "الأحداث الأمنية يوم أمس:" and "- مقتل مدنيين بقصف على حي X"; q88-tables)
                incident is not None and not told_days and f.date is None and d0 == incident.date_start)):
            # "ووثق المرصد يوم أمس الأحد:" then "1- مقتل 14 مدنياً في قرية X ...": an item of a list
            # with no time of its own is of the day its header gives (q78-syria-d)
            d0, d1, prec = next((v for a, b, v in list_days if a <= f.start < b), (d0, d1, prec))
        if diary and not f.background:
            diary_head = next((v for a, b, v in diary if a <= f.start < b), None)
            if diary_head is not None and diary_head[0] < anchor:
                if not explicit:
                    # "الخميس 14 أبريل" over "بعد الظهر سقطت صواريخ غراد على منطقة قصر أحمد": a diary's
                    # paragraph with no day of its own is of the day its head gives
                    d0, d1, prec = diary_head
                elif d0 is not None and anchor - timedelta(days=2) <= d0 <= anchor and told_days and all(
                        x.kind == "point" and any(w in text[x.start:x.end] for w in _RELATIVE_DAY_WORDS)
                        and "نفس" not in text[x.start - 4:x.end] and "ذات" not in text[x.start:x.end]
                        for x in told_days):
                    # (not "في اليوم نفسه", the day of the event told before it)
                    # "الأحد 5 يوليو" over "فجر اليوم داهمت قوات من الجيش قرية X": its اليوم is the head's day
                    shift = diary_head[0] - anchor
                    d0, d1 = d0 + shift, d1 + shift
        if timeline is not None and not explicit and not f.background \
                and _CLOCK_TIME.search(text, sent.start, sent.end):
            # "يوم الأربعاء 15 كانون الثاني" then "09:15 - ألقت الطائرة قنبلتين على سرمين": a timeline's
            # clock times are of the day the report told before them, not the day it was published
            d0, d1, prec = timeline
        if elaborates is not None and (not explicit or (incident is not None and not told_days and f.date is None
                                                         and d0 == incident.date_start)) \
                and id(elaborates) in frame_days \
                and _listed_under_head(text, f, elaborates, item_lines):
            # "قصفت طائرات التحالف مواقع التنظيم أمس. حصيلة الغارات:\n• هيت: 5 قتلى": an item that
            # only counts the head's event's dead is of that event's day (round q89-recall)
            d0, d1, prec = frame_days[id(elaborates)]
        frame_days[id(f)] = (d0, d1, prec)
        told_back = _told_as_before(text, f.trigger, m) if f.trigger is not None else None
        if told_back is None and f.trigger is not None and _told_long_before(text, f.trigger, m) \
                and not any(h.start < f.trigger.word_start - 12 for h, _ in f.cues):
            # "توفي المختطف في سجن الأمن والمخابرات ...، بعد ثلاث سنوات من اختطافه من منزله في مدينة ذمار": an event
            # word told as months or years before its clause is the victim's or the place's story, on no day the
            # report gives: no event (round q95-probe-detainee); not when the frame told an event word of its own
            # before it ("دخلت القوات أمس مدينة ود مدني بعد أكثر من عام على سيطرة الدعم السريع عليها")
            continue
        if told_back is not None and f.cue is not None and f.cue.family != "detention" \
                and _CAME_VERB.search(text, sent.start, f.trigger.word_start) is None \
                and ((beside := _told_beside(f, frames)) == "other" or (
                    # (an earlier step of the same kind kept is one told with a place of its own, or
                    #  of the news's place by a pronoun on its word: "بعد أيام من قصفها"; one that
                    #  borrows the news's place is the other side's deed the news answers: "شنت
                    #  مقاتلات غارات على ميناء X، بعد أيام من إطلاق الحوثيين صواريخ باتجاه إسرائيل";
                    #  fix round q89-fix19p)
                    beside == "same" and f.place_inherited and f.trigger.word_end == f.trigger.end)):
            # "فجرت المليشيا ثلاثة منازل اليوم، بعد يومين من استعادتها السيطرة على المديرية": the event
            # the news is measured from, a day or more before it, is told in passing (precision round
            # q81-prec-a); only a sentence built to tell it ("وجاء ذلك بعد يوم من هجوم بطائرة مسيرة على
            # تل أبيب أسفر عن مقتل ...") or one with no news of its own before it ("أفاد سكان بانتشار الجثث
            # في المدينة بعد يومين من سيطرة القوات عليها") codes it, dated back. What was done to the victims
            # before ("عثر على جثته بعد يومين من اختطافه") is their story, and an earlier step of the same
            # kind ("تحرير مديرية X بعد أيام من استعادة مديرية Y") one of the campaign's: both stay too.
            continue
        if f.trigger is not None and d0 is not None and d1 is not None:
            back = told_back
            if back is None:
                # (or one of the frame's other event words: "بعد يومين من مقتل X بغارة أمريكية")
                # (after it too when the frame's word retells an event told before: "وجاءت الغارات
                #  بعد يوم من هجوم بطائرة مسيرة على مدينة يافا" dates the attack, a day earlier)
                retold = "ال" in text[f.trigger.word_start:f.trigger.start + 2] and f.cue is not None and \
                    _family_told_before(frames, f)
                for h, _ in f.cues:
                    if h is not f.trigger and (h.start < f.trigger.start or retold):
                        back = _told_as_before(text, h, m)
                        if back is not None:
                            break
            if back is not None and explicit and any(
                    x.start > f.trigger.start and x.precision == 1 and (
                        _DIGIT.search(text, x.start, x.end)
                        # (or any day told in its relative clause: "بعد يومين من المواجهات التي اندلعت
                        #  ليل الاثنين"; q86-probe4)
                        or ((w := _WHO_THAT.search(text, f.trigger.end, x.start)) is not None
                            and _BREAK_MARK.search(text, w.end(), x.start) is None)
                        # (or a weekday told in its own clause: "بعد أيام من اقتحام محتجين محيط السفارة
                        #  في بغداد يوم الثلاثاء"; q87-fix14r)
                        or (_WEEKDAY_NAME.match(text, x.start, x.end) is not None
                            and x.start - f.trigger.end <= 90
                            and _BREAK_MARK.search(text, f.trigger.end, x.start) is None))
                    for x in told_days):
                # "ويأتي الهجوم بعد أسبوعين من هجوم صاروخي استهدف مطار أربيل في 15 شباط الماضي": the
                # earlier event carries its own day, told after its word; nothing to count back from
                # (quality q78-iraq3)
                back = None
            if back is not None:
                # "عثر على جثته بعد يومين من اختطافه": the abduction was two days before the finding
                d0, d1, prec = d0 - timedelta(days=back[0]), d1 - timedelta(days=back[1]), max(prec, back[2])
        if incident is not None and incident.kind == "background" and (d0, d1) == (incident.date_start,
                                                                             incident.date_end):
            f.background = True   # dated by the sheet to weeks before it was posted: an earlier event
        if not explicit and not f.background and f.trigger is not None and f.start > sent.start \
                and text.find("قد", sent.start, f.start) >= 0 and _pluperfect_sentence(text, sent, f.start) \
                and _CONTRAST_OPENING.match(text, f.start) is None and not any(
                    x.kind == "point" and x.precision <= BACKGROUND_MAX_PRECISION
                    for x in m.dates.within(sent.start, f.start)):
            # "وكانت مدينة X قد شهدت مطلع الشهر مواجهات، انتهت بسيطرة القوات على المدينة"، "وكان
            # الحوثيون قد صعدوا هجماتهم منذ شباط، وقصفوا مخيمات النازحين": a later clause of a
            # pluperfect sentence with no day told in it goes on telling the background, not the
            # report's day (q88-background; a clause opened by فيما/بينما is news of its own)
            f.background = True
        if f.background and (not explicit or prec > BACKGROUND_MAX_PRECISION):
            continue  # background without a date of its own: not codable as an event
        if f.background and anchor is not None and d1 is not None and (anchor - d1).days >= _HISTORY_DAYS \
                and history_told():
            # "قبل عشر سنوات، في فجر الثالث من آب 2014، اجتاح مسلحو التنظيم قضاء سنجار" in a
            # report of 2024: an anniversary or trial piece retelling a deed a year or more old is
            # history, coded when it was news, not an event of this report (q88-fix17p; a report
            # that tells an old deed with no word of remembrance, years or court is still coded)
            continue
        if not explicit and anchor is not None and f.trigger is not None and "بين" in text[sent.start:sent.end] \
                and _old_span_in(text, sent, m, anchor) and history_told():
            # "استعرضت المدعية العامة الهجمات التي قادها المتهم بين آب 2003 وآذار 2004 على بلدات X وY، حيث قتل
            # مئات المدنيين": deeds of a span of months or years long before the report, retold in a trial's
            # charges or an anniversary piece, are history, not events of the report's day (round q93-referback)
            continue
        # the actor a report names at the event's date (generic phrases change in Dec 2024)
        n1 = res.redate(a1, d0) if a1 else None
        n2 = res.redate(a2, d0) if a2 else None
        inferred = a1 is None or widened
        if sub == "Arrests" and widened and a1 is not None and a2 is not None and a2.klass == "state" \
                and a1.klass != "state":
            # "تصدت وحدات الجيش لهجوم شنه عناصر داعش، وقتلت ثلاثة منهم واعتقلت اثنين": the sides the
            # arrest borrowed from the fight are told attacker first; the state's forces made the
            # arrests, of the attackers
            n1, n2, a1, a2 = n2, n1, a2, a1
        if sub == "Shelling/artillery/missile attack" and widened and lex.actor_modes.get(n1 or "") == "air" \
                and not (a1 is not None and res.role_hint(a1, sent.start) == "agent"):
            # "... غارات روسية، تبعها قصف مدفعي": the artillery borrowed no gunner from the air force
            n1, a1 = None, None
        if (n1 is None or (widened and a1 is not None and not _told_in(a1, f.spans))) and res.country is not None:
            # "ألقى الطيران المروحي براميل متفجرة على X": a weapon only one force used there; it
            # also outweighs a force borrowed from elsewhere in the report ("غارات روسية على X،
            # فيما قتل 3 في قصف بالبراميل المتفجرة على Y" is the Syrian air force's)
            # (an aircraft says who struck only of an air strike: "تصدي مقاتلي قسد له بمساندة طيران
            #  التحالف" is a fight the aircraft backed)
            owner = None
            for w in weapons:   # (a loop, not next() over a generator: asked of most frames)
                if (w, res.country) in lex.weapon_owners and (sub == "Air/drone strike" or w not in _AIRCRAFT_WEAPONS):
                    owner = lex.weapon_owners[(w, res.country)]
                    break
                if lex.weapon_owners_dated and (w, res.country) in lex.weapon_owners_dated \
                        and (sub == "Air/drone strike" or w not in _AIRCRAFT_WEAPONS):
                    # "فجر انتحاري نفسه وسط تجمع للجنود": a weapon only one force used there then
                    owner = dated_weapon_owner(lex, w, res.country, d0)
                    if owner is not None:
                        break
            if owner is not None and "drone" in weapons and (DRONE, res.country) not in lex.weapon_owners:
                owner = None   # "طائرات مسيرة": a drone, whoever flies warplanes there
            if owner is None and n1 is None and sub == "Air/drone strike":
                owner = lex.weapon_owners.get((AIR_STRIKE, res.country))   # only one force flies there
                if owner is None and lex.weapon_owners_dated and not (
                        "drone" in weapons and (DRONE, res.country) not in lex.weapon_owners):
                    # (or flew there then: Syria's air force alone, before the coalition's first strikes;
                    #  the Saudi-led coalition's warplanes in Yemen's war. A drone's strike is not told so:
                    #  "طائرة مسيرة قصفت سيارة في عبس" can be the US's, the Houthis' or the coalition's,
                    #  fix round q90-fix21r)
                    owner = dated_weapon_owner(lex, AIR_STRIKE, res.country, d0)
            if owner is not None and a1 is not None and owner != n1:
                a1 = None   # (the borrowed force's words named someone else)
            if owner is not None or n1 is None:
                n1 = owner
            inferred = inferred or n1 is not None
        if n1 is None and a1 is None and f.trigger is not None and drafts \
                and text.startswith("ال", f.trigger.start):
            # "... جراء قصف مدفعي سعودي على مديرية شدا. وأوضح مصدر أن القصف طال أيضاً مديرية رازح": the
            # definite event word that names no side retells the event of its kind just told, in
            # this sentence or the one before, and spreads it to the place it names: its side did it
            # (quality-70; before, the second place's shelling was unclaimed)
            told = drafts[-1]
            if told.sub_event_type == sub and told.actor1 and not told.actor1.startswith("Unidentified") \
                    and told.sentences and max(told.sentences) >= f.sent - 1:
                n1, inferred = told.actor1, True
        if n1 is None and sub == "Attack" and any(text.endswith("التعذيب", h.start, h.end) for h, _ in f.cues) \
                and _STATE_JAIL.search(text, sent.start, sent.end) is not None:
            # "قضى شاب تحت التعذيب في أحد الأفرع الأمنية بدمشق"، "لقي موقوف حتفه داخل مركز شرطة ... جراء التعذيب":
            # a death in a state's place of detention that names no holder is its jailers' (@jailer; where a
            # country has no one jailer, no one: round q95-probe-detainee)
            jailer = resolve_generic("@jailer", res.country, d0, lex)
            if jailer != UNIDENTIFIED_GROUP:
                n1, inferred = jailer, True
        if n1 is None:
            if sub in ("Air/drone strike", "Chemical weapon"):
                n1 = "Unidentified Military Forces"
            elif sub in ("Remote explosive/landmine/IED", "Attack", "Suicide bomb", "Grenade",
                         "Abduction/forced disappearance", "Looting/property destruction"):
                n1 = "Unidentified Armed Group"   # (ACLED: every event has an actor1)
            elif sub in ("Peaceful protest", "Violent demonstration"):
                n1 = "Protesters" if sub == "Peaceful protest" else "Rioters"
            elif sub == "Shelling/artillery/missile attack":
                # ACLED: unclaimed shelling is a military's, but in Iraq an armed group's rockets and
                # mortars (generic_actors.tsv @unclaimed_shelling; quality q78-iraq3)
                n1 = resolve_generic("@unclaimed_shelling", res.country, d0, lex)
            elif sub == "Armed clash":
                n1 = "Unidentified Armed Group"
            elif sub == "Government regains territory":
                # "أعلن رئيس الوزراء العراقي تحرير المدينة": the state's forces, told by its government
                n1 = resolve_generic("@army", res.country, d0, lex)
                inferred = True
            elif sub == "Arrests":
                # "اعتقال 20 شاباً في حملة دهم": arrests are made by the state's security forces
                # (an armed group's seizures are abductions)
                n1 = resolve_generic("@security", res.country, d0, lex)
                inferred = True
        if sub == "Violent demonstration":
            # ACLED: the demonstrators of a violent demonstration are Rioters, not also its other side
            if n1 is not None and n1 != "Protesters" and a1 is not None and a1.klass in ("state", "foreign") \
                    and not f.has("riot"):
                # (state forces do not riot: "أغلق متظاهرون الجسر بعد أن أضرموا النيران في الإطارات"
                #  told after what the police did; the force is at most the other side)
                n2, a1, a2 = n1, None, a1
                n1 = "Rioters"
            n1 = "Rioters" if n1 in (None, "Protesters") else n1
            n2 = None if n2 == "Protesters" else n2
        civilian = civ_target or f.casualties.civilian_victims or (a2 is not None and a2.klass == "civilian")
        if civ_target and not f.casualties.civilian_victims and (
                f.casualties.soldiers or targets == ["camp"] and (
                    f.casualties.military_victims
                    or a2 is not None and a2.klass in _ARMED_CLASSES and a2.klass != "unknown")) and \
                not (a2 is not None and a2.klass == "civilian"):
            # "قتل 111 جندياً في هجوم استهدف مسجداً في معسكر للجيش": the mosque was the soldiers'
            # (and fighters counted in a camp named as the place, "قتلت قوات الاحتلال ثلاثة مقاومين في
            #  مخيم جنين", or an armed side struck there, "استهدفوا جنود الاحتلال بعبوة ناسفة خلال
            #  اقتحامهم مخيم جنين": the camp says where, the side hit is no civilians; q85-probe7)
            civilian = False
        if sub in ("Armed clash", "Government regains territory", "Non-state actor overtakes territory",
                   "Arrests", "Peaceful protest", "Protest with intervention"):
            civilian = sub == "Arrests" and False
        if sub in ("Excessive force against protesters",):
            n2 = "Protesters"
            civilian = False
        if sub in ("Peaceful protest", "Protest with intervention") and n1 != "Protesters":
            if n1 is not None:
                # (the force that intervened is the other side, its words with it)
                n2 = n1
                a1, a2 = (a2 if a2 is not None and a2.klass == "protester" else None), a1
            n1 = "Protesters"
        if civilian and sub in ("Attack", "Air/drone strike", "Shelling/artillery/missile attack",
                                "Remote explosive/landmine/IED", "Suicide bomb",
                                "Abduction/forced disappearance", "Grenade", "Chemical weapon"):
            if not widened and not f.casualties.civilian_victims and _member_hit(a2, m, text):
                civilian = False   # "اغتالوا قيادياً في X أمام منزله": X's man, at his house
            elif n2 is None or (a2 is not None and a2.klass == "civilian") or not f.casualties.military_victims:
                n2 = "Civilians"
        # (officers or soldiers named at an armed target, "استهدف حفل تخريج ضباط في الكلية الحربية",
        #  are the side hit though the toll counts only "persons")
        soldiers = f.casualties.soldiers or ({""} if armed_target and _military_named(m, f) else set())
        if n2 is None and soldiers <= {"", res.country} and soldiers \
                and res.country is not None and not _enemy_soldiers(m, f, text) and sub in (
                "Attack", "Remote explosive/landmine/IED", "Suicide bomb", "Air/drone strike",
                "Shelling/artillery/missile attack", "Armed clash", "Grenade"):
            # "قتل 54 مجنداً في تفجير انتحاري استهدف مركزاً للتجنيد": soldiers of no named force
            # are the state's
            army = resolve_generic("@army", res.country, d0, lex)
            if army not in ("Unidentified Armed Group", n1):
                n2 = army
        if n2 is None and sub in _BOMBS_KILL_CIVILIANS and (f.casualties.killed or f.casualties.injured) \
                and not f.casualties.military_victims and not armed_target \
                and not (f.places and all(p.kind == "base" for p in f.places)):
            # "قتل 7 أشخاص بانفجار سيارة مفخخة": the people a bomb or a strike killed, when nothing
            # says they were fighters or what was hit was held by fighters, are civilians (ACLED)
            n2 = "Civilians"
            civilian = True
        if n2 is None and n1 is not None and res.country is not None and not civilian and (sub in (
                "Air/drone strike", "Shelling/artillery/missile attack")
                # (and an attack on a position told by its cue, "استهدفوا موقع الرادار بالأسلحة
                #  المناسبة": a one-sided attack whose target the report names by no side)
                or sub == "Armed clash" and f.cue_name in ("target", "attack")):
            # "قصفت المدفعية التركية قرى ريف عفرين": whose areas a force's strikes hit (default_targets.tsv)
            n2 = default_target(lex, n1, res.country, d0)
            if n2 is None and lex.named_targets and (side := named_target(lex, n1, res.country, d0)) is not None \
                    and _side_named(m, side):
                # "شن الطيران الإسرائيلي غارات على الضاحية الجنوبية ... وأعلن حزب الله استهداف ...": the side
                # the force fights there, named in the report (default_targets.tsv `named`; round q92-actor2)
                n2 = side
        if n2 is None and sub in _CIVILIANS_UNLESS_NAMED and not f.casualties.military_victims:
            # ACLED: violence against civilians has civilians on the receiving side by definition,
            # and an arrest or a looting that names no other side took civilians or their property
            n2 = "Civilians"
            civilian = civilian or EVENT_TYPE_OF[sub] == "Violence against civilians"
        if sub == "Armed clash" and n2 in (None, "Civilians") and n1 in (None, UNIDENTIFIED_GROUP) and f.trigger is not None \
                and "بين" in text[f.trigger.word_end:f.trigger.word_end + 30] \
                and _BETWEEN_UNNAMED_GROUPS.match(text, f.trigger.word_end):
            # "اندلعت اشتباكات بين مجموعات مسلحة في منطقة X": unnamed groups fought each other, both
            # sides unidentified, whoever their crossfire hurt (q82-actors3)
            n1 = n2 = UNIDENTIFIED_GROUP
            a1 = a2 = None
            civilian = False
        if sub == "Armed clash" and f.trigger is not None and res.country is not None \
                and (_TRIBAL_FIGHT.search(text, f.trigger.start, f.trigger.word_end)
                     or _TRIBAL_FIGHT_AFTER.search(text, f.trigger.word_end, f.trigger.word_end + 30)) \
                and n1 in (None, "Unidentified Armed Group") and n2 in (None, "Civilians", "Unidentified Armed Group"):
            # "قتل شخصان بينهما طفل جراء نزاع عشائري مسلح في قضاء X": a tribal dispute is a fight of
            # the country's tribes on both sides, whoever died in it and whatever gunmen are named
            # (ACLED Iraq: Unidentified Tribal Militia (Iraq) vs the same; quality-q77-iraq2)
            n1 = n2 = resolve_generic("@tribes", res.country, d0, lex)
            a1 = a2 = None
            civilian = False
        elif sub == "Armed clash" and f.trigger is not None and res.country is not None \
                and n1 in (None, "Unidentified Armed Group") and n2 in (None, "Civilians", "Unidentified Armed Group") \
                and _FAMILY_FIGHT_AFTER.search(text, f.trigger.word_end, f.trigger.word_end + 30):
            # "إشكال مسلح بين عائلتين في بلدة X": two families' gunmen fought each other, both sides the
            # country's clan militia where ACLED names one (Lebanon's clans, Iraq's tribes), else unnamed
            # gunmen on both sides (generic_actors.tsv `@families`; round q95-leftactors)
            n1 = n2 = resolve_generic("@families", res.country, d0, lex)
            a1 = a2 = None
            civilian = False
        if n2 == n1 and sub not in ("Armed clash",):
            n2 = None
        family = EVENT_TYPE_OF[sub]
        # a definite event noun ("الهجوم", "القصف") refers back to the last event of its kind
        definite = f.trigger is not None and _has_article(text, f.trigger, hamza_alef)
        antecedent = last_by_family.get(family) if definite else None
        if antecedent is None and definite and sub == "Attack" and f.cue_name == "attack" \
                and f.casualties.civilian_victims:
            # "شنت قوة ... هجوماً على عدة قرى ... وأسفر الهجوم عن مقتل أربعة مواطنين": the attack
            # told before, coded as a fight for want of a victim, turns out to have killed civilians
            told = last_by_family.get("Battles")
            if told is not None and told.sub_event_type == "Armed clash" and told.actor2 is None \
                    and told.trigger_text is not None and told.actor1 in (None, n1):
                antecedent = told
        if antecedent is None and definite and a1 is None and f.cue_name == "clash" and last_by_family \
                and (f.casualties.killed or f.casualties.injured):
            # "قصفت الكتائب المدينة ... وقتل 26 شخصاً في المعارك": the fighting told before, whatever
            # its kind, when the toll names no side of its own
            told = max(last_by_family.values(), key=lambda d: max(d.sentences, default=-1))
            if f.sent - max(told.sentences, default=-9) <= 2:
                antecedent = told
        toll_retold = False
        if antecedent is None and last_by_family and f.trigger is not None \
                and f.cue_name in _TOLL_RETOLD_CUES and not f.background \
                and (f.casualties.killed or f.casualties.injured) \
                and _TOLL_OF_EVENT.search(text, max(sents[f.sent].start, f.trigger.word_start - 40),
                                          f.trigger.word_start):
            # "07:10 — انتحاري يفجر نفسه في ناحية X ... مقتل 11.\n09:30 — تحديث: ارتفعت حصيلة هجوم
            # X إلى 13 قتيلاً": the toll of an attack told before raised, a retelling of that event
            # whatever its kind, not a fight of its own (q87-fix14r)
            told = max(last_by_family.values(), key=lambda d: max(d.sentences, default=-1))
            obj = _RETOLD_OBJECT.match(text, f.trigger.word_end)
            if obj is not None and obj.end(1) <= sents[f.sent].end and len(obj.group(1)) >= 4:
                # "09:30 قذائف تسقط على السوق الكبير ... 11:00 الطيران يقصف منطقة X ... 13:20 ارتفعت حصيلة
                # قصف السوق الكبير إلى 11 قتيلاً": the event whose own sentence named that object, not
                # the last one told
                named = [d for d in drafts if d.sentences and (d.killed or d.injured)
                         and 0 < f.sent - max(d.sentences) <= 3
                         and any(obj.group(1) in text[sents[i].start:sents[i].end] for i in d.sentences)]
                if named:
                    told = max(named, key=lambda d: max(d.sentences))
            if 0 < f.sent - max(told.sentences, default=-9) <= 3 and (told.killed or told.injured):
                antecedent, toll_retold = told, True
        if antecedent is None and last_by_family and f.cue_name == "gunfire" and f.trigger is not None \
                and f.place_inherited \
                and not (f.casualties.killed or f.casualties.injured) and _ATTACKER_ANAPHOR.search(
                    text, max(sents[f.sent].start, f.trigger.word_start - 40), f.trigger.word_start):
            # "... بهجوم لمسلحي داعش على نقطة للجيش. وأوضح المصدر أن المهاجمين استخدموا أسلحة
            # قناصة": how the attackers told before went about it, no attack of its own
            told = max(last_by_family.values(), key=lambda d: max(d.sentences, default=-1))
            if 0 <= f.sent - max(told.sentences, default=-9) <= 1:
                told.weapons.extend(w for w in weapons if w not in told.weapons)
                continue
        if f.cue is not None and f.cue.family:
            family_of[id(f)] = f.cue.family
            if f.sent in head and a1 is not None and not widened and a1.klass in _ARMED_CLASSES \
                    and n1 == a1.name:
                head_actors.setdefault(f.cue.family, []).append(a1)
                if f.cue.family == "fight" and (a2 is None or a2.klass == "civilian"):
                    # (a one-sided attack, a raid: what its items tell with no subject was its doing)
                    head_actors.setdefault("raid", []).append(a1)
        # "وردت القوات التركية بقصف مواقع قوات النظام": the other side's reply, an event of its own
        replied = f.trigger is not None and f.has("reply") and any(
            c.cue == "reply" and h.start < f.trigger.start for h, c in f.cues)
        # (civilians or protesters coded as the receiving side are not the force the clause named)
        a2_text = a2.text if a2 and (n2 not in ("Civilians", "Protesters")
                                     or a2.klass in ("civilian", "protester")) else None
        # an arrest, an abduction or a looting kills nobody (ACLED codes a killing told with one
        # as its own event): "المتهم بمجزرة X التي راح ضحيتها مئة مدني" is no toll of the arrest
        killed = None if sub in _TOLLLESS else f.casualties.killed
        trigger_text = text[f.trigger.start:f.trigger.end] if f.trigger else None
        # (a targeting by aircraft is an air strike told by its own words, not a bare toll:
        #  "استهدفت مقاتلات التحالف تعزيزات للمليشيا في المنطقة ذاتها" beside a fight there)
        weak = elaborates is None and f.strength <= 4 and not (
            f.cue_name == "target" and sub == "Air/drone strike" and a1 is not None and not widened
            and _AIRCRAFT_WEAPONS.intersection(weapons)) and not (
            # "اجتاح التنظيم قضاء سنجار. ... وأعدم عشرات الرجال في قرى القضاء": captives put to
            # death are a killing of their own, not the toll of the take-over told there
            f.cue_name == "kill" and f.trigger is not None and _EXECUTION.match(text, f.trigger.word_start)
            and a1 is not None)
        other_side = _OTHER_SIDE.match(text, sents[f.sent].start) is not None or replied
        # (positional, in the order of Draft's fields, which the comments name: to a class, each
        #  keyword argument is a dict entry made and taken apart again, ~600 instructions)
        new_drafts = [Draft(
            sub, p, n1, a1.text if a1 else None, n2, a2_text, inferred,   # ... actor2_text, actor1_inferred
            d0, d1, prec, explicit,   # date_start, date_end, time_precision, date_explicit
            killed, f.casualties.injured, civilian, list(weapons), list(targets), set(f.sentences),
            trigger_text, f.background, f.hedged, f.place_inherited, weak,   # ... place_inherited, weak
            antecedent, f.toll_at, f.dateline_placed, False, id(f),   # ... accused, frame_id
            None, f.cue_name, other_side,   # loser_guess, cue, other_side
            f.trigger is not None and f.cue_name in ("attack", "clash") and CAUSE_BEFORE.search(
                text, f.trigger.word_start - 10, f.trigger.word_start) is not None,   # caused
        ) for p in f.places]
        if toll_retold:
            for d in new_drafts:
                d.actor1_inferred = True   # (its sides are the retold event's, not a guess of its own)
                if f.place_inherited:
                    # ("ارتفعت حصيلة قصف السوق الكبير" after another event: the place, kind and sides carried
                    #  from the sentence before are not the retold event's)
                    d.place, d.sub_event_type = antecedent.place, antecedent.sub_event_type
                    d.actor1, d.actor1_text = antecedent.actor1, antecedent.actor1_text
                    d.actor2, d.actor2_text = antecedent.actor2, antecedent.actor2_text
        if f.casualties.military_victims or f.casualties.soldiers or armed_target:
            for d in new_drafts:
                d.fighters_hit = True   # (passes.finalize: no civilians read into its toll)
        if testimony and f.trigger is not None and any(a <= f.trigger.start < b for a, b in testimony):
            for d in new_drafts:
                d.quoted = True   # (passes.fold_testimony: a witness retelling the event the report told)
        if f.trigger is not None and f.background and explicit and _ANOTHER_LIKE.match(text, f.trigger.end):
            for d in new_drafts:
                d.another = True   # "وسبق أن قتل شخصان بانفجار مماثل في المدينة الأسبوع الماضي"
        if f.cue_name == "storm" and sub == "Attack" and a2_text is None and _bare_storming(f, weapons, frames):
            for d in new_drafts:
                d.bare_storm = True
        if len(new_drafts) > 1 and f.spans and _SPREAD_NEEDLE in text[f.start:f.spans[-1][1]]:
            _spread_days(f, new_drafts, text, m)   # (q80-syria-e)
        by_place = _tolls_by_place(f, text) if len(new_drafts) > 1 and killed is not None else None
        if by_place is not None:
            # each place keeps its own count, as a toll of its own (share_tolls gives a frame's one toll
            # to one place)
            for i, (d, c) in enumerate(zip(new_drafts, by_place)):
                d.killed, d.frame_id, d.own_toll = c, id(f) + 100 + i, c is not None
            if by_place[0] is None and all(c is not None for c in by_place[1:]) and f.casualties.injured is None:
                # "قتل 16 مدنياً في الغوطة الشرقية، بينهم 9 في دوما و4 في حمورية و3 في سقبا": the place
                # first named holds the whole toll, shared out over the towns after it: their region,
                # no event of its own (q85-probe5)
                new_drafts = new_drafts[1:]
        if len(new_drafts) > 1 and sub in _FORCE_AT_PROTEST:
            new_drafts = _force_where_named(f, new_drafts, text, sents[f.sent].start, sents[f.sent].end)
        # the second record a phrase tells: the same place, day and sides, no toll of its own
        main = list(new_drafts) if also_shell or also_loot or also_abduct or also_sexual else new_drafts   # (copied only for a twin)
        if also_shell:
            # the artillery is not the air force's: an air-only force leaves it unclaimed
            gunner = "Unidentified Military Forces" if lex.actor_modes.get(n1 or "") == "air" else n1
            if gunner_ref is not None:
                # (the side the air record took it for is no side of its own shelling)
                g = res.redate(gunner_ref, d0)
                new_drafts += [_twin(d, "Shelling/artillery/missile attack", id(f) + 2, weapons=list(weapons),
                                     actor1=g, actor1_text=gunner_ref.text, actor1_inferred=False,
                                     actor2=None if d.actor2 == g else d.actor2,
                                     actor2_text=None if d.actor2 == g else d.actor2_text) for d in main]
            else:
                new_drafts += [_twin(d, "Shelling/artillery/missile attack", id(f) + 2, weapons=list(weapons),
                                     actor1=gunner, actor1_text=d.actor1_text if gunner == n1 else None,
                                     actor1_inferred=inferred or gunner != n1) for d in main]
        if also_loot:
            new_drafts += [_twin(d, "Looting/property destruction", id(f) + 1, weapons=[]) for d in main]
        if also_abduct:
            new_drafts += [_twin(d, "Abduction/forced disappearance", id(f) + 3, weapons=[]) for d in main]
        if also_sexual:
            new_drafts += [_twin(d, "Sexual violence", id(f) + 4, weapons=[]) for d in main]
        drafts.extend(new_drafts)
        if new_drafts and not definite:
            last_by_family[family] = new_drafts[0]
    if first_claims:
        for d in drafts:
            # (and the deed told again in the sentence after, "وكانت شاحنة مفخخة قد انفجرت في الحي")
            c = first_claims.get(d.frame_id) or next(
                (claim_sents[k - 1] for k in sorted(d.sentences) if k - 1 in claim_sents), None)
            if c is not None and (d.actor1 is None or d.actor1.startswith("Unidentified")):
                if d.actor2 == c.name:
                    d.actor2, d.actor2_text = None, None
                d.actor1, d.actor1_text, d.actor1_inferred = c.name, c.text, False
    if head_actors:
        _headline_actor(drafts, head, head_actors, family_of, lex)
    if has(text, ":\n"):
        _list_head_actor(text, drafts, res)
    _losers_from_the_report(drafts, res)
    if raided:
        _raids_of_a_deadly_campaign(drafts, raided, text, sents)
        drafts = _raids_told_with_harm(drafts, raided)
    return drafts


#: cues that tell harm done to people: with one of them in its frame a raid is an attack on them
_PEOPLE_HARM = frozenset({"gunfire", "kill", "casualties", "assassination", "shelling", "bombard", "target",
                          "explosion", "sexual", "clash", "abduct", "arrest", "airstrike", "suicide"})
#: kinds of place that hold villages: a deadly attack told at one covers the raids on them told after
_AREA_KINDS = frozenset({"area", "region", "district", "subdistrict", "governorate", "mountain"})


def _property_only(f: Frame) -> bool:
    """Whether an attack frame tells only harm to property: a burning or a looting after its event
    word, no toll, and no cue of harm to people ("هاجم مستوطنون قرية X وأحرقوا مركبات")."""
    if f.trigger is None or f.casualties.killed is not None or f.casualties.injured is not None:
        return False
    burned = False
    for h, c in f.cues:
        if c.cue in _PEOPLE_HARM:
            return False
        if c.cue in ("burn", "loot") and h.start > f.trigger.start:
            burned = True
    return burned


def _stormed_to_burn(f: Frame, m: DocMentions, sent_end: int) -> bool:
    """"اقتحم مستوطنون قرية X فجر اليوم، وأحرقوا مركبتين": a storming whose sentence tells, after it, a
    burning or a looting and no harm to anyone (no toll, no word of shooting, killing, wounding or
    taking) harmed property only."""
    if f.trigger is None or f.casualties.killed is not None or f.casualties.injured is not None:
        return False
    burned = False
    for h in m.triggers.within(f.trigger.end, sent_end):
        if h.payload in _PEOPLE_HARM:
            return False
        if h.payload in ("burn", "loot"):
            burned = True
    return burned and _property_only_cues(f)


def _property_only_cues(f: Frame) -> bool:
    for _, c in f.cues:
        if c.cue in _PEOPLE_HARM:
            return False
    return True


def _raids_of_a_deadly_campaign(drafts: list[Draft], raided: set[int], text: str, sents: list[Sentence]) -> None:
    """"قتل 43 شخصاً في هجمات مسلحين على قرى منطقة X" then "وأوضحت أن المسلحين هاجموا قرى A وB ونهبوا
    الماشية"; "قتل 170 في محلية X" then "هاجم مسلحون قرى A وB في X وأحرقوا المنازل": raids told after
    a toll of the area around them (a deadly attack at an area, or a toll told with the area the
    raids name as their place's container) may be where those people died: they stay attacks. (A
    toll told at another village, "استشهد شاب خلال هجومهم على بلدة Z"، leaves the raids on property.)"""
    for d in drafts:
        if d.frame_id not in raided or d.sub_event_type != "Looting/property destruction" or not d.sentences:
            continue
        first = min(d.sentences)
        parent = d.place.parent.name if d.place.parent is not None else None
        for o in drafts:
            if not o.killed or not o.sentences or max(o.sentences) >= first:
                continue
            if (o.sub_event_type == "Attack" and o.actor1 == d.actor1 and o.place.kind in _AREA_KINDS) or (
                    parent and any(parent in text[sents[i].start:sents[i].end] for i in o.sentences)):
                d.sub_event_type = "Attack"
                break


def _raids_told_with_harm(drafts: list[Draft], raided: set[int]) -> list[Draft]:
    """"هاجم مسلحون حيي X وY وأحرقوا السيارات وأطلقوا النار، ما أدى إلى إصابة 4": the harm to people told
    in a clause of its own is an attack of the same side at the same place and day; the raid read
    as a looting for want of it in its own clause is that attack, no record of its own."""
    attacks = [o for o in drafts if o.sub_event_type == "Attack" and o.frame_id not in raided]
    if not attacks:
        return drafts
    out = []
    for d in drafts:
        if d.frame_id in raided and d.sub_event_type == "Looting/property destruction":
            o = next((o for o in attacks if o.actor1 == d.actor1 and o.place.name == d.place.name
                      and (o.date_start, o.date_end) == (d.date_start, d.date_end)), None)
            if o is not None:
                o.sentences |= d.sentences
                continue
        out.append(d)
    return out


#: what the forces did to protesters, as one record per place of the protests told with it
_FORCE_AT_PROTEST = frozenset({"Protest with intervention", "Excessive force against protesters"})


#: "وجاءت الغارات"، "ويأتي ذلك": a verb of coming, which tells the news as following an earlier event
_CAME_VERB = re.compile(rf"(?<!\S)[وف]?(?:{alternation('came_verb')})(?!\S)")


#: "بعد" (or عقب، إثر) right before an event noun: the clause tells how the event before came about
_AFTER_WORD = re.compile(rf"(?:^|\s)(?:{alternation('after_word')})\s+$")
#: ...or opening the clause of the event: "، بعد هجمات بعشر سيارات مفخخة يقودها انتحاريون"; so does
#: the course of the event told before ("، بدأ بتفجير انتحاري بعربة مفخخة", "تخلله قصف")
#: "بعد أيام من استعادة ..."، "عقب ساعات من سيطرة ...": a while before the event told, right before
#: the verbal noun of an earlier one
_AFTER_SPELL = re.compile(rf"(?:^|\s)(?:بعد|عقب)\s+(?:{alternation('time_span_word')})\s+من\s+$")
_AFTER_START = re.compile(r"[\s,،]*(?:بعد|عقب|اثر|بدا|بدات|تخلله|تخللها|سبقه|سبقها)\s")


#: a bare definite force that names again the side told before ("فردت القوة بقصف مدفعي")
#: "حيث يتحصن"، "التي يتحصن فيها": the side after it is holed up where the fighting goes on
_HOLED_UP = re.compile(r"(?:حيث|التي|الذي|اللذين)\s+[يت]تحصن")


def _besieger(res, holed: ActorRef, sent_start: int) -> ActorRef | None:
    """The last armed side with a name told before `holed`, in its sentence or the one before (~300
    characters back), other than the holed-up side."""
    for r in reversed(res.within(max(0, sent_start - 300), holed.start)):
        if r.klass in _ARMED_CLASSES and r.name != holed.name and not r.name.startswith("Unidentified"):
            return r
    return None


_PERPETRATOR_SUBS = frozenset(("Looting/property destruction", "Abduction/forced disappearance", "Attack"))
_FORCE_ANAPHOR = re.compile(rf"(?:^|\s)[وف]?ال({alternation('force_anaphor')})(?=\s|$)")
_FORCE_ANAPHOR_NEEDLES = last_token_needles(words("force_anaphor"))   # (a gate before its window search)


def _twin(d: Draft, sub: str, frame_id: int, **changes) -> Draft:
    """Another record of the same frame at the same place ("قصف جوي ومدفعي", "قتلوا ونهبوا")."""
    return replace(d, sub_event_type=sub, frame_id=frame_id, killed=None, injured=None, targets=[],
                   sentences=set(d.sentences), weak=False, antecedent=None, **changes)


#: "تبادل X وY الاتهامات": an accusation each side makes of the other (`mutual_accusation` in grammar_words.tsv)
_MUTUAL = re.compile(rf"(?<!\S)[وف]?(?:{alternation('mutual_accusation')})\s+(?:\S+\s+){{0,4}}الاتهامات(?!\w)")
#: a sentence that opens with what the other side did ("في المقابل، ...")
#: a relative pronoun: "المواجهات التي اندلعت ليل الاثنين" (grammar_words `relative_pronoun`)
_WHO_THAT = re.compile(rf"(?<!\S)(?:{alternation('relative_pronoun')})(?!\S)")
_BREAK_MARK = re.compile(r"[.,،؛\n]")
#: opens a sentence that tells a different incident ("وفي سياق منفصل،")
_SEPARATE_STORY = re.compile(rf"\s*[وف]?(?:{alternation('separate_story')})\s*,?")
_OTHER_SIDE = re.compile(rf"\s*[وف]?(?:{alternation('other_side')})\s*,?")
#: "على خلفية" right before an event word: the cause of what was told, an earlier event
_ON_THE_BACKGROUND = re.compile(r"علي\s+خلفيه\s+$")

#: sub-event types whose receiving side is Civilians when the report names no other
#: (ACLED codebook 2023: "Violence against civilians" and its arrests/looting conventions)
_CIVILIANS_UNLESS_NAMED = ("Attack", "Abduction/forced disappearance", "Arrests",
                           "Looting/property destruction")
#: strikes and bombs whose dead, of no side told, ACLED codes as civilians
_BOMBS_KILL_CIVILIANS = ("Remote explosive/landmine/IED", "Suicide bomb", "Air/drone strike",
                         "Shelling/artillery/missile attack", "Grenade", "Chemical weapon")

# background events are coded only when the report dates them at least this precisely
# (2: the week: "الأسبوع الماضي" is codable, "الشهر الماضي" or "منذ أشهر" is too vague)
BACKGROUND_MAX_PRECISION = 2
_HISTORY_DAYS = 330   # background told this many days or more before the report: history
#: "بين آب 2003 وآذار 2004"، "بين عامي 2014 و2016": "between" right before the first time of a span
_SPAN_BETWEEN = re.compile(r"(?:^|\s)(?:ما\s+)?بين\s+(?:\S+\s+)?$")


def _old_span_in(text: str, sent, m: DocMentions, anchor: date) -> bool:
    """Whether the sentence tells a span of time ("بين" a time "و" a time, or a span of years) that ended a year
    or more before the report (`_HISTORY_DAYS`)."""
    for x in m.dates.within(sent.start, sent.end):
        if x.date_end is None or (anchor - x.date_end).days < _HISTORY_DAYS:
            continue
        if text.startswith("بين", x.start) or text.startswith(" بين", x.start) or \
                _SPAN_BETWEEN.search(text, max(0, x.start - 14), x.start) is not None:
            return True
    return False
# (330, not 365: a yearless day later than the report's is read as last year's, some days short of a year
#  back: "يستعد الثوار لإحياء ذكرى فض الاعتصام، حين اقتحمت القوات الساحة في 3 يونيو" on 1 June; q89-left-dates)
# what tells a report looks back: an anniversary ("في الذكرى العاشرة"), years gone by ("قبل عشر سنوات"،
# "مر عامان على"، "بعد خمس سنوات على") or a court ("المحكمة"، "محاكمة")
_HISTORY_TOLD = re.compile(
    r"(?:^|\s)[وبل]?(?:ال)?ذكر(?:ي|اها)(?=\s)"
    rf"|(?:^|\s)و?(?:قبل|بعد)\s(?:\S+\s){{0,2}}(?:{alternation('years_plural')})(?=[\s.,،])"
    rf"|(?:^|\s)و?(?:{alternation('elapsed_verb')})\s(?:\S+\s){{0,2}}(?:{alternation('years_elapsed')})(?=[\s.,،])"
    rf"|(?:^|\s)[وبل]?(?:ال)?(?:{alternation('court_word')})(?=[\s.,،])")
#: a clause opened by a word of contrast ("، فيما ..."، "بينما"، "في حين"): news of its own
_CONTRAST_OPENING = re.compile(rf"[\s,،]*و?(?:{alternation('contrast_lead')})(?![\u0621-\u064a])")


#: "خلالها"/"خلاله" right after an arrest verb: made during the operation told before it
_DURING_IT = re.compile(r"\s+(?:خلالها|خلاله|خلالهما)(?:\s|$)")


def _list_head_actor(text: str, drafts: list[Draft], res: ActorResolver) -> None:
    """A list head that names one armed side ("القصف الحوثي:"، "اعتداءات المستوطنين:") over dashed,
    bulleted or numbered items: an item that names no side of its own ("- إصابة مزارع في قرية X.") is
    that side's doing (q88-tables)."""
    pos = 0
    while (colon := text.find(":\n", pos)) >= 0:
        pos = colon + 2
        ls = text.rfind("\n", 0, colon) + 1
        if colon - ls > 60:
            continue   # (a head is a short line)
        refs = [r for r in res.within(ls, colon) if r.klass not in ("civilian", "protester")]
        if not refs or len({r.name for r in refs}) != 1:
            continue
        end = list_items_end(text, colon)
        for d in drafts:
            if colon < d.place.start < end and (d.actor1 is None or d.actor1.startswith("Unidentified")) \
                    and d.actor1_text is None:
                d.actor1, d.actor1_text, d.actor1_inferred = refs[0].name, refs[0].text, True


#: a list head that says how its strikes were carried out ("القصف الحوثي:"، "الغارات الجوية:"), normalised
_HEAD_MODE = re.compile(r"(?:(?P<air>(?:ال)?غارات|(?:ال)?قصف\s+(?:ال)?جوي|(?:ال)?ضربات\s+(?:ال)?جويه)"
                        r"|(?P<shelling>(?:ال)?قصف(?:\s+(?:ال)?مدفعي)?|(?:ال)?قذايف)"
                        r"|(?P<ied>(?:ال)?تفجيرات|(?:ال)?عبوات\s+(?:ال)?ناسفه))(?=\s|:|$)")


def _list_head_modes(text: str) -> list[tuple[int, int, str]]:
    """Lists whose short head line, ending at a colon, says how their strikes were carried out:
    (where the items begin, where they end, the mode: air, shelling or ied)."""
    out: list[tuple[int, int, str]] = []
    pos = 0
    while (colon := text.find(":\n", pos)) >= 0:
        pos = colon + 2
        ls = text.rfind("\n", 0, colon) + 1
        if colon - ls > 40:
            continue
        mo = _HEAD_MODE.match(text, ls, colon)   # (the head opens with the word: "القصف:"، "القصف الحوثي:")
        if mo is None:
            continue
        end = list_items_end(text, colon)
        if end > colon + 1:
            out.append((colon + 1, end, mo.lastgroup))
    return out


def _side_named(m: DocMentions, side: str) -> bool:
    """Does the report name `side` (an actor mention resolving to that canonical name) anywhere?"""
    for h in m.actors.items:
        if h.payload.actor == side:
            return True
    return False


def _enemy_soldiers(m: DocMentions, f: Frame, text: str) -> bool:
    """Are the frame's soldiers told as the enemy's ("استهدفوا تجمعا لجنود العدو"): the teller's foe, whom
    the default target of its side names, not the state's army of the report's country?"""
    for s, e in f.spans:
        for p in m.persons.within(s, e):
            if p.payload.side == "military" and _ENEMY_AFTER.match(text, p.end):
                return True
    return False
