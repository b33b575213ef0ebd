"""From frames to drafts: one draft per event, place and day.

Decides, for each frame, the ACLED sub-event type (the cue refined by the
weapon, the target and the actors), who did it and to whom, when, and how
many were hurt; then writes one draft per place and merges drafts of the
same event told twice in one report (headline and body).
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import lru_cache
from typing import Callable

from rasd.extract.actors import BELONGING_WORD, BELONGS_TO, BY_HAND, ActorRef, ActorResolver, resolve_generic
from rasd.extract.casualties import COUNT_WORD, COUNT_WORDS, Count, keep_larger_tolls
from rasd.extract.frames import SINCE_BEFORE, WITHOUT_FIGHT, Frame, finding_told, plain_dateline_end, time_of_finding
from rasd.extract.match import Hit
from rasd.extract.mentions import DocMentions, Sorted, Spans
from rasd.extract.places import PlaceSpan
from rasd.extract.needles import any_in, fewest_needles, last_token_needles
from rasd.lexicon.grammar import alternation, words
from rasd.lexicon.load import ActorEntry, Lexicons, default_target, dated_weapon_owner
from rasd.resources import read_tsv
from rasd.text.normalize import normalize_key
from rasd.text.dates import DateExpr
from rasd.model import EVENT_TYPE_OF
from rasd.text.segment import ITEM_MARK, Sentence, item_line

_ARMED_CLASSES = {"state", "rebel", "militia", "organisation", "foreign", "unknown"}

@dataclass(slots=True)
class Draft:
    # (assemble passes every field by position, which is cheaper for a class than by keyword:
    #  keep their order, and add a field at the end)
    sub_event_type: str
    place: PlaceSpan
    actor1: str | None = None
    actor1_text: str | None = None
    actor2: str | None = None
    actor2_text: str | None = None
    actor1_inferred: bool = False
    date_start: date | None = None
    date_end: date | None = None
    time_precision: int = 3
    date_explicit: bool = False
    killed: Count | None = None
    injured: Count | None = None
    civilian_targeting: bool = False
    weapons: list[str] = field(default_factory=list)
    targets: list[str] = field(default_factory=list)
    sentences: set[int] = field(default_factory=set)
    trigger_text: str | None = None
    background: bool = False
    hedged: bool = False
    place_inherited: bool = False
    weak: bool = False   # typed from a bare killing/shooting, not from an event word
    antecedent: Draft | None = None  # for "الهجوم"/"القصف": the event it refers back to
    toll_at: str | None = None   # the place of its frame its toll was told at (Frame.toll_at)
    dateline_placed: bool = False   # placed by the report's plain dateline: no mere container
    accused: bool = False   # actor1 is the side the report says was accused, not who claimed it
    frame_id: int = 0    # drafts of one frame share the frame's toll (see share_tolls)
    loser_guess: str | None = None  # a take-over's other side when nothing closer names it
    cue: str | None = None   # the cue class that led its frame (burn, loot, ...)
    other_side: bool = False   # told as what the other side did ("في المقابل، ..."): no introduction
    caused: bool = False   # its event word follows a cause word ("إثر هجوم معاكس"): how something came about
    bare_storm: bool = False   # a storming told with no weapon, toll or harm done in its sentence (q82-types2)

    @property
    def event_date(self) -> date | None:
        """The best single day: the day itself, or the middle of a range."""
        if self.date_start is None:
            return None
        if self.date_end is None or self.date_end == self.date_start:
            return self.date_start
        return self.date_start + (self.date_end - self.date_start) // 2


def _arrests_told_again(f: Frame, last_detention: Frame | None, last_placed: Frame | None) -> bool:
    """Is placeless `f` an arrest or abduction told right after the report's last placed one, with
    another kind of event placed in between? (Not when that event is told in the arrest's own
    sentence: "اعتقلت القوات 15 مواطناً من محافظات الضفة. وقالت مصادر إن القوات اقتحمت مدينة نابلس
    واعتقلت 4 شبان" are arrests in the raid on Nablus, at its place; quality-73.)"""
    return (last_detention is not None and last_placed is not None and last_placed is not last_detention
            and f.cue is not None and f.cue.family == "detention" and not f.background
            and f.sent - last_detention.sent <= 1 and last_placed.sent != f.sent)


#: a digit (a date written with its day of the month)
_DIGIT = re.compile(r"\d")
#: an unnamed armed group in the dual, both sides of a fight ("بين مجموعتين مسلحتين")
_BOTH_SIDES = tuple(words("both_sides_dual"))
#: "بين فصيلين من X": a clash of two units of one side X, right before its name (quality-q76)
_TWO_OF_ONE = re.compile(rf"بين\s+(?:{alternation('dual_unit_noun')})\s+(?:من|في)\s+$")


def _both_armed(a1: ActorRef | None, a2: ActorRef | None) -> bool:
    """Are both sides named and armed (a fight's sides, not a killing of civilians)?"""
    return a1 is not None and a2 is not None and a1.klass in _ARMED_CLASSES and a2.klass in _ARMED_CLASSES


def _toll_owner(f: Frame, last: Frame, placed_by_family: dict[str, Frame]) -> Frame:
    """The event a bare toll told after `last` belongs to: not an arrest (which kills nobody) when
    the arrest's sentence also told a fight ("اندلعت اشتباكات في X إثر احتجاز قوة الردع لآمر اللواء
    في مطار معيتيقة. وأعلن مركز الطوارئ ارتفاع الحصيلة إلى 55 قتيلاً"): the fight's."""
    if f.strength > 3 or not (f.casualties.killed or f.casualties.injured) or last.cue is None \
            or last.cue.family != "detention":
        return last
    fights = [g for g in placed_by_family.values() if g.sent == last.sent and g.start < last.start]
    return max(fights, key=lambda g: g.start) if fights else last


def _actor_family(f: Frame) -> str | None:
    """The fight a frame belongs to, for borrowing sides and places from the frame just
    before: ground fighting (clashes and take-overs) or remote strikes; None for the rest."""
    return _FIGHT_OF.get(f.cue.family) if f.cue else None


#: (a constant: `_actor_family` is asked some 50 times per report)
_FIGHT_OF = {"fight": "battle", "territory": "battle", "remote": "remote"}


def _weapon_info(m: DocMentions, spans: list[tuple[int, int]], text: str = "") -> tuple[list[str], set[str]]:
    weapons: list[str] = []
    modes: set[str] = set()
    for s, e in spans:
        for h in m.weapons.within(s, e):
            w, mode = h.payload
            if mode == "air" and text and text.startswith("الجوي", h.word_start) and \
                    _AIR_BASE.search(text, max(0, h.word_start - 30), h.word_start):
                continue   # "قاعدة سبايكر الجوية": the base's name, not a strike from the air
            if w not in weapons:
                weapons.append(w)
            modes.add(mode)
    return weapons, modes


#: "حصيلة ضحايا اليوم": the day's sum of a roundup's events (quality-72)
_DAY_TOTAL = re.compile(rf"(?<!\w)(?:{alternation('day_total_word')})(?!\w)")

#: a pronoun of what was just named after a verb of saying: "مجموعة مسلحة قالت إنها هاجمت مدنيين"
_SAID_OF_IT = re.compile(rf"\s+(?:{alternation('teller_pronoun')})(?!\w)")


def said_of_target(m: DocMentions, f_trigger_end: int, spans: list[tuple[int, int]], text: str) -> int | None:
    """Where, after the event's word, a teller starts saying what the side hit had done ("شنت طائرات
    غارة على مجموعة مسلحة قالت إنها هاجمت مدنيين"): whom that side hit is not whom the event hit."""
    for s, e in spans:
        if e <= f_trigger_end:
            continue
        for d in m.discourse.within(f_trigger_end if f_trigger_end > s else s, e):   # (not max(): a slow builtin call)
            if d.payload == "report" and _SAID_OF_IT.match(text, d.word_end):
                return d.start
    return None


def _target_info(m: DocMentions, spans: list[tuple[int, int]], text: str,
                 cut: int | None = None, places: list[PlaceSpan] | None = None) -> tuple[list[str], bool, bool]:
    """What was hit: target labels, whether civilians were, whether fighters' posts were (not
    what is told after `cut`, what the side hit is said to have done). A camp word that is the
    type word of a named place ("مخيم المغازي", a town of Gaza) says where, not what: with
    fighters' posts hit there ("قصف موقعين لكتائب القسام في خان يونس ومخيم المغازي") it makes no
    civilian target (quality-73)."""
    targets: list[str] = []
    civ = armed = named_camp = False
    named_civil: list[str] = []
    for s, e in spans:
        if cut is not None and s <= cut < e:
            e = cut
        elif cut is not None and s > cut:
            continue
        for h in m.targets.within(s, e):
            t, c, a = h.payload
            if c and _MILITARY_ADJECTIVE.match(text, h.word_end):
                c, a = False, True   # "حافلة عسكرية": the forces' bus
            if a and any_in(_FIRED_NEEDLES, text, h.word_start - 24 if h.word_start > 24 else 0, h.word_start) \
                    and _FIRED_BY_POST.search(text, h.word_start - 24, h.word_start):
                continue   # "قتل شاب برصاص عناصر حاجز تابع للفرقة الرابعة": the checkpoint fired
            if a and any_in(_FIRED_NEEDLES, text, h.word_start - 70 if h.word_start > 70 else 0, h.word_start) \
                    and any_in(_POST_AT_NEEDLES, text, h.word_start - 70 if h.word_start > 70 else 0, h.word_start) \
                    and _SHOT_AT_POST.search(text, h.word_start - 70, h.word_start):
                continue   # "استشهد شاب برصاص جنود الاحتلال على حاجز زعترة": their post (quality-73)
            if c and t == "camp" and places and any(
                    p.start <= h.start and h.end <= p.name_start for p in places):
                named_camp = True
                continue
            if c and places and any(p.gazetteer_ids and p.name_start <= h.start and h.end <= p.name_end
                                    for p in places):
                # "استهدفت تجمعات الإرهابيين في منطقة قنفودة وسوق الحوت": a civilian word inside a known
                # place's own name (Benghazi's quarter "the fish market") says where, not what; a
                # civilian target only when nothing armed was hit (q80-fix-ly)
                named_civil.append(t)
                continue
            if t not in targets:
                targets.append(t)
            civ |= c
            armed |= a
    if named_camp and not armed:
        civ = True
        targets.append("camp")
    if named_civil and not armed:
        civ = True
        targets.extend(t for t in named_civil if t not in targets)
    return targets, civ, armed


def _has_article(text: str, h: Hit, hamza_alef: Callable[[int], bool] | None) -> bool:
    """Does the word of hit `h` carry the definite article (القصف، والهجوم)?"""
    i = text.find("ال", h.word_start, h.start + 2)
    return i >= 0 and not (hamza_alef is not None and hamza_alef(i))


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
_DUAL_SIDE = re.compile(rf"(?:{alternation('dual_side')})")
#: a fight "between" unnamed armed groups in the plural right after its word ("اشتباكات عنيفة بين مجموعات
#: مسلحة في ..."), no other side, no master ("موالية لـ"، "تابعة لـ") joined to them: they fought each other
_BETWEEN_UNNAMED_GROUPS = re.compile(
    rf"(?:\s+\S+){{0,2}}?\s+بين\s+(?:{alternation('plural_unnamed_side')})"
    r"(?![\u0621-\u064a])(?!\s+(?:و(?!سط)|موال|تابع|تتبع|ل[\u0621-\u064a]))")
UNIDENTIFIED_GROUP = "Unidentified Armed Group"
_TOLLLESS = frozenset({"Abduction/forced disappearance", "Arrests", "Looting/property destruction"})
#: between a fighter's noun and his force: "قيادياً في"، "عنصراً من"، "قائد" + the force
_MEMBER_OF = re.compile(r"[اً]*\s+(?:في|من|ب)?\s*")
_AMONG_THEM = re.compile(rf"(?:{alternation('among_them')})\s+(?:\S+\s+)?$")
#: "بينهم" after an arrest's count and before a group, in one clause: a member of it among the held
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


def _tolls_by_place(f: Frame, text: str) -> list[Count] | None:
    """The toll told place by place ("حيث سقط 19 قتيلاً في دوما و12 في حمورية"): each place's own
    count, when every place of the frame has one and they add up to the frame's toll (so a number
    that counts something else is never taken for a toll); else None, and the frame's toll goes
    to one place as before."""
    killed = f.casualties.killed
    if len(f.places) < 2 or killed is None or killed.vague:
        return None
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
#: "أن القوات نهبت": the bare definite forces right before the verb, its subject (grammar_words `bare_forces`)
_BARE_FORCES = re.compile(rf"(?:^|\s)[وف]?(?:{alternation('bare_forces')})\s+$")
_ATTACKER_ANAPHOR = re.compile(rf"(?:^|\s)[وفبل]{{0,2}}(?:{alternation('attacker_anaphor')})(?!\w)")
_RIOT_CUES = frozenset({"storm", "attack", "burn", "loot", "takeover"})
#: "أقدم متظاهرون (غاضبون) على اقتحام ...": the doers before "على" and the deed's masdar
_UNDERTOOK = re.compile(r"(?:\s+[^\s,،]+)?(?:\s*[,،][^,،]{1,30}[,،])?\s+علي\s+$")
_MILITARY_ADJECTIVE = re.compile(rf"\s+(?:{alternation('military_adjective')})(?!\w)")
#: "برصاص (عناصر) حاجز": the post named after the word of fire is who fired, not what was hit
_FIRED_BY_POST = re.compile(rf"(?:^|\s)و?(?:{alternation('fired_by')})(?:\s+(?:{alternation('force_head')}))?\s+$")
#: "برصاص جنود الاحتلال على حاجز": a post told after who fired, where they stood, not a target hit
_SHOT_AT_POST = re.compile(rf"(?:^|\s)(?:{alternation('fired_by')})\s+[^,،.]{{1,50}}?\s+(?:{alternation('post_at')})\s+$")
#: gates before those two: every match holds a last word of a word of fire (and of an "at")
_FIRED_NEEDLES = last_token_needles(words("fired_by"))
_POST_AT_NEEDLES = last_token_needles(words("post_at"))
#: "و" and a plural noun of fighters between two forces: "الجيش التركي وفصائل الجيش الوطني"
#: (or the plain plural and من: "مدعومة بغطاء جوي روسي ومسلحين من حزب الله", the second backer; or the
#: definite plural before a nationality that names the side: "قوات الأسد والميليشيات الروسية", lead stop 23)
_AND_FORCES_OF = re.compile(rf"و(?:ال)?(?:{alternation('force_head')}|مسلحين\s+من|مقاتلين\s+من)(?:\s+من)?")
#: the cues whose word in a claim names which event was claimed ("تبنى التنظيم التفجير الانتحاري");
#: "الهجوم" or "العملية" could be any of them
_CLAIMED_KINDS = frozenset({"suicide", "carbomb", "ied", "airstrike", "shelling", "assassination", "abduct"})
#: "بين الفصائل وهيئة تحرير الشام من جهة، وقوات النظام من جهة أخرى": the mark that ends one camp
_SIDE_MARK = re.compile(rf"\s(?:{alternation('side_mark')})(?!\w)")
_MASSACRE = re.compile(alternation("massacre_noun"))
_EXECUTION = re.compile(rf"[وف]?(?:{alternation('execution_word')})")
#: "أحرق التنظيم الطيار حياً", "حرق شاب حتى الموت": up to seven words after a burning cue
_BURNED_ALIVE = re.compile(rf"(?:\s+\S+){{0,7}}?\s+(?:{alternation('alive_word')})(?!\w)")
#: after حرر/تحرير: the people set free, up to three words on (a number, the force between)
_FREED = re.compile(rf"(?:\s+\S+){{0,3}}?\s+(?:{alternation('freed_person')})(?!\w)")
#: after أسقط: the shell or bomb an aircraft dropped, up to three words on (its name between)
_DROPPED = re.compile(rf"(?:\s+\S+){{0,3}}?\s+(?:{alternation('dropped_munition')})(?!\w)")
#: a base, an airport or a unit and up to two words of its name before "الجوية"
_AIR_BASE = re.compile(rf"(?:^|\s)(?:{alternation('air_base_noun')})\s+(?:\S+\s+){{0,2}}$")
_POSITIONED = re.compile(rf"(?<!\w)(?:{alternation('positioned_word')})(?!\w)")
#: (words every match holds: a clause without one is not searched, position by position)
_POSITIONED_WORDS = fewest_needles(max(w.split(), key=len) for w in words("positioned_word"))
#: "مع" (and an adjective or a noun of fighters) right before a force: the side a fight was with
_FOUGHT_WITH = re.compile(r"(?:^|\s)مع\s+(?:\S+\s+)?$")
#: a verb of trading right before a side: "تبادل الجيش التركي وقسد القصف" (both sides of what they traded)
_EXCHANGED = re.compile(rf"(?:^|\s)و?(?:{alternation('exchange_verb')})\s+$")
#: "على مواقع " right before a side: its posts were attacked
_ON_POSTS = re.compile(rf"(?:^|\s)علي\s+(?:{alternation('struck_posts')})\s+$")
#: a casualty word and "من" right before a side, at most two words between: "قتلى وجرحى من ", "مقتل 5 من عناصر "
_DEAD_OF = re.compile(rf"(?:\s+\S+){{0,2}}\s+من\s+(?:(?:{alternation('force_head')})\s+)?")
#: a launching verb and at most a noun of fighters right before a force's name ("شن مقاتلو ")
_LAUNCHED_BY = re.compile(rf"(?:^|\s)[وف]?(?:{alternation('launch_verb')})\s+(?:(?:{alternation('force_head')})\s+(?:من\s+)?)?$")


#: "وسط مقاومة شرسة من عناصر داعش": the resistance a storming met
#: ... or inflicting losses on it ("وكبدت عصابات داعش خسائر فادحة"): the side that took losses fought
_RESISTANCE = re.compile(rf"(?<!\w)[وب]?(?:{alternation('resistance_noun')}|{alternation('losses_verb')})(?!\w)")
#: how far after the resistance word its armed side may be named ("مقاومة شرسة من عناصر داعش")
_RESISTANCE_REACH = 40
#: changes of who holds ground: their second side is the armed side that lost it, never civilians
_TERRITORY_SUBS = frozenset({"Government regains territory", "Non-state actor overtakes territory"})


#: "قصف الطيران الحربي مواقعها", "غارات على مقراتهم": the posts of a side named before, by a pronoun
#: (`struck_posts`, `held_posts` in grammar_words.tsv)
_ITS_POSTS = re.compile(rf"(?<!\S)[وبل]?(?:علي\s+)?(?:{alternation('struck_posts')}|{alternation('held_posts')})"
                        rf"(?:ها|هم|هما|ه)(?!\w)")
_ITS_POSTS_SUBS = frozenset({"Air/drone strike", "Shelling/artillery/missile attack", "Armed clash"})


def _posts_owner(f: Frame, a1: ActorRef | None, res: ActorResolver, text: str,
                 sents: list[Sentence]) -> ActorRef | None:
    """"هاجمت قوات الدعم السريع المدينة، وقصف الطيران التابع للجيش مواقعها": the posts struck are
    the armed side named last before the pronoun, in this sentence or the one before, that is not
    the striker; it is the other side of the strike (lead, stop 19)."""
    if f.trigger is None:
        return None
    end = f.bounds()[1] if f.spans else f.end
    m = _ITS_POSTS.search(text, f.trigger.end, end) if end - f.trigger.end > 4 else None
    if m is None or m.start() - f.trigger.end > _ITS_POSTS_REACH:
        return None
    if text.endswith(_FROM_ITS_POSTS, 0, m.start()):
        return None   # "قصفوا الأحياء من مواقعهم": fired from the striker's own posts
    first = sents[f.sent - 1].start if f.sent > 0 else sents[f.sent].start
    for r in reversed(res.within(first, m.start())):
        if r.klass not in _ARMED_CLASSES or r.name.startswith("Unidentified"):
            continue
        if a1 is not None and r.name == a1.name:
            continue
        return r
    return None


#: "من مواقعهم", "في مواقعها": the posts a side fired from or sits in, its own
_FROM_ITS_POSTS = (" من ", " في ", " عند ", " داخل ")
#: how far after its verb the posts may be named ("قصف الطيران الحربي التابع للجيش مواقعها")
_ITS_POSTS_REACH = 60


#: "التابع لها" / "التابعة لهم" / "تابعة لها": belonging to the side just named, by a pronoun
_ITS_OWN = re.compile(rf"(?<!\S){BELONGING_WORD}\s+(?:له|لها|لهم|لهما)(?!\w)")
#: "طيران تابع لـ" / "الطائرات التابعة لـ": belonging to the side named right after
_BELONGING_TO = re.compile(rf"(?<!\S){BELONGING_WORD}\s+ل")


def _own_air_force(f: Frame, res: ActorResolver, text: str, sent: Sentence, m: DocMentions) -> ActorRef | None:
    """"أعلنت قوات الوفاق أن سلاح الجو التابع لها شن غارات": aircraft said to belong, by a pronoun, to
    the side named before them in the sentence (often the teller) are that side's (lead, stop 19);
    "غارة لطيران تابع لقوات حفتر": aircraft said to belong to a side named right after are that
    side's (q79-voice)."""
    if f.trigger is None or "تابع" not in text[sent.start:f.end]:
        return None
    for air in m.weapons.within(sent.start, f.end):
        if air.payload[1] != "air":
            continue
        own = _ITS_OWN.search(text, air.end, sent.end)
        if own is not None and own.start() - air.start <= _OWN_AIR_GAP and own.start() < f.trigger.word_start:
            for r in reversed(res.within(sent.start, air.start)):
                if r.klass in _ARMED_CLASSES and not r.name.startswith("Unidentified"):
                    return r
            return _ministrys_army(res, text, sent.start, air.start)
        to = _BELONGING_TO.search(text, air.end, min(air.end + _OWN_AIR_GAP, sent.end))
        if to is None:
            continue
        r = next(iter(res.within(to.end() - 1, min(to.end() + 40, sent.end))), None)
        if r is not None and r.hit.word_start <= to.end() and r.klass in _ARMED_CLASSES \
                and not r.name.startswith("Unidentified") \
                and not (m.place_words.within(air.end, to.start()) or m.targets.within(air.end, to.start())):
            # (not the owner of a site named between, the one struck: "استهدفت طائرات مسيرة قاعدة
            #  الشدادي التابعة للتحالف الدولي" is the coalition's base, not its drones)
            return r
        if (r is None or r.hit.word_start > to.end()) and _MINISTRY_NEXT.match(text, to.end()):
            # "طائرات مروحية تابعة لوزارة الدفاع استهدفت مواقع للمسلحين": the defence ministry of the
            # report's country, named right after (q80-syria-e)
            return _ministrys_army(res, text, to.end(), min(to.end() + 40, sent.end))
    return None


#: "وزارة الدفاع" not followed by a nationality ("وزارة الدفاع التركية"), which names another country's
_DEFENCE_MINISTRY = re.compile(rf"(?<!\w)(?:{alternation('defence_ministry')})(?!\w)(?!\s+ال\w+يه(?!\w))")


#: the defence ministry right after "تابعة لـ" (its ل glued on), with no nationality after it
_MINISTRY_NEXT = re.compile(rf"(?:{alternation('defence_ministry')})(?!\w)(?!\s+ال\w+يه(?!\w))")


def _ministrys_army(res: ActorResolver, text: str, s: int, e: int) -> ActorRef | None:
    """"ودفعت وزارة الدفاع بتعزيزات ...، فيما شنت مروحيات تابعة لها غارات": the aircraft of the
    defence ministry named before them are the army of the report's country (q79-voice)."""
    found = None
    for found in _DEFENCE_MINISTRY.finditer(text, s, e):
        pass
    if found is None:
        found = _MINISTRY_NEXT.match(text, s, e)   # (right after "تابعة لـ", its ل glued on)
    if found is None or res.country is None:
        return None
    name = resolve_generic("@army", res.country, None, res.lex)
    if not name or name.startswith("Unidentified"):
        return None
    a, b = found.start(), found.end()
    return ActorRef(name, text[a:b], a, b, 1, "state", Hit(a, b, ActorEntry("@army", 1, "", "state"), a, b))


#: at most this far between the aircraft and "التابع لها" ("سلاح الجو الليبي التابع لها")
_OWN_AIR_GAP = 24


def _resisting(f: Frame, res: ActorResolver, text: str, sent: Sentence) -> ActorRef | None:
    """"اقتحمت القوات حي X وسط مقاومة شرسة من عناصر داعش": a storming that met armed resistance
    is a fight with those who resisted, not an attack on the people of the place."""
    if f.trigger is None:
        return None
    found = _RESISTANCE.search(text, f.trigger.end, sent.end)
    if found is None:
        return None
    return next((r for r in res.within(found.end(), min(sent.end, found.end() + _RESISTANCE_REACH))
                 if r.klass in _ARMED_CLASSES), None)


def _protesters_acting(f: Frame, a1: ActorRef | None, res: ActorResolver, text: str,
                       sent: Sentence) -> ActorRef | None:
    """The protesters who are the subject of a storming, an attack, arson or looting, if any:
    right after the verb (nothing but their number between) or right before it, or told as the
    agent ("هجوم من متظاهرين")."""
    if f.cue_name not in _RIOT_CUES or f.trigger is None or (a1 is not None and a1.klass != "protester"):
        return None
    if _FORCES_AFTER.match(text, f.trigger.word_end):
        return None   # "فيما أحرقت القوات خيام المعتصمين": the forces are the verb's subject
    t0, t1 = f.trigger.word_start, f.trigger.end
    for r in res.within(*f.bounds()):
        if r.klass != "protester":
            continue
        role = res.role_hint(r, sent.start)
        if role == "victim":
            continue
        between = res.within(t1, r.start) if r.start >= t1 else res.within(r.end, t0)
        if any(o.klass != "protester" for o in between):
            continue   # "هاجم مسلحون المتظاهرين": another subject comes first
        if role == "agent" or 0 <= r.hit.word_start - t1 <= 20 or 0 <= t0 - r.end <= 3 or (
                0 <= t0 - r.end <= 56 and _UNDERTOOK.fullmatch(text, r.end, t0)):
            return r
    return None


def _told_in(r: ActorRef | None, spans: list[tuple[int, int]]) -> bool:
    if r is None:
        return False
    for s0, e0 in spans:   # (a loop, not any() over a generator)
        if s0 <= r.start < e0:
            return True
    return False


def _between_sides(f: Frame, a1: ActorRef | None, a2: ActorRef | None, res: ActorResolver,
                   sent: Sentence) -> tuple[ActorRef, ActorRef] | None:
    """The two sides of a clash told as "بين X وY", or None."""
    if f.cue_name != "clash" or a1 is None or a2 is None or a1.name == a2.name:
        return None
    return (a1, a2) if res.role_hint(a1, sent.start) == "between" else None


#: the relative pronouns that open a clause set off by commas: "جيش الفتح، الذي يضم جبهة النصرة،"
_RELATIVES = tuple(w + " " for w in words("relative_pronoun"))


def _before_a_relative(text: str, s: int, sent_start: int) -> int:
    """Where a clause's subject may be: a clause right after a relative one set off by commas
    ("أعلن جيش الفتح، الذي يضم جبهة النصرة، السيطرة على إدلب") goes on with the words before it."""
    close = s - 1
    while close > sent_start and text[close] == " ":
        close -= 1
    if close - sent_start < 8 or text[close] not in ",،":
        return s
    # (two plain searches for the comma that opens it: a regex tried at every position of a
    #  window was a visible cost on every frame)
    # (conditional expressions, not max(): the builtin parses its arguments on every call)
    lo = close - 160 if close - 160 > sent_start else sent_start
    comma, arabic_comma = text.rfind(",", lo, close), text.rfind("،", lo, close)
    open_ = comma if comma >= arabic_comma else arabic_comma
    if open_ < 0 or not text.startswith(_RELATIVES, open_ + 1 + (text[open_ + 1:open_ + 2] == " ")):
        return s
    prev = max(text.rfind(",", sent_start, open_), text.rfind("،", sent_start, open_))
    return (prev + 1) if prev >= 0 else sent_start


def _air_words(res: ActorResolver, text: str, r) -> bool:
    """Is the side named by an aircraft, in its name or right before its adjective ("الطيران الحربي
    السوري")? Its strikes are from the air."""
    lo = max(0, r.hit.word_start - 20)
    return any(h.payload[1] == "air" and h.end >= r.hit.word_start - lo - 1
               for h in res.lex.weapons.find(text[lo:r.end]))


def _pick_actors(f: Frame, res: ActorResolver, text: str, sent: Sentence,
                 hamza_alef: Callable[[int], bool] | None = None, claimed: Spans | None = None,
                 later: list[Frame] | None = None,
                 ) -> tuple[ActorRef | None, ActorRef | None, bool]:
    """actor1 (perpetrator), actor2 (other side) and whether actor1 was looked for beyond the clause."""
    s, e = f.bounds()
    t = f.trigger.start if f.trigger else s
    s = _before_a_relative(text, s, sent.start)
    refs = res.within(s, e)   # (a new list)
    widened = False
    armed = False   # (a loop that stops at the first such side, not a list of them all)
    for r in refs:
        if r.klass not in ("civilian", "protester"):
            armed = True
            break
    if not armed:
        refs = res.within(sent.start, sent.end)
        if claimed is not None:
            # (not the sides of a claim or an accusation told in the sentence: those name the
            #  perpetrator only of an event that names none, through the claim)
            refs = [r for r in refs if not claimed.contains(r.start, r.end)]
        after = [g for g in later or () if g.start > f.end]
        if after:
            # (nor the sides of an event told after it in the sentence with its own event word:
            #  "كما استهدفت مناطق في بلدة X، فيما نفذت الطائرات الروسية غارات على Y")
            theirs = Spans(span for g in after for span in g.spans)
            refs = [r for r in refs if not theirs.contains(r.start, r.end)]
        if f.cue_name == "clash":
            # (nor, for a ground fight, the air force of an air strike told before it: "غارات روسية على
            #  محيط سراقب، وسط معارك عنيفة على جبهة النيرب": the aircraft fought no battle there)
            raids = [span for g in later or () if g.end <= f.start and g.cue is not None
                     and g.cue.sub_event_type == "Air/drone strike" for span in g.spans]
            if raids:
                flown = Spans(raids)
                refs = [r for r in refs if not (flown.contains(r.start, r.end) and (
                    res.lex.actor_modes.get(r.name) == "air" or _air_words(res, text, r)))]
            # (nor the victims of a strike told before it: "قتل ستة بغارة على X، في وقت تجددت
            #  الاشتباكات في Y" or "... وسط اشتباكات متقطعة": civilians fight no battle)
            struck = [span for g in later or () if g.end <= f.start and g.cue is not None
                      and g.cue.family == "remote" for span in g.spans]
            if struck:
                hit = Spans(struck)
                refs = [r for r in refs if not (r.klass == "civilian" and hit.contains(r.start, r.end))]
        widened = True
    agents, victims, between, neutral = [], [], [], []
    teller = None
    freed_from = res.lex.role_words.get("freed_from")   # "حررت القرى من (سيطرة) داعش"
    prev = None
    for r in refs:
        role = res.role_hint(r, sent.start)
        # "تحرير الشام والفصائل": an actor joined to the previous one by و is its ally
        # (and "الجيش التركي وفصائل الجيش الوطني": joined by و and a plural noun of fighters)
        joint = text[prev.end:r.hit.word_start].strip() if prev is not None else None
        ally = prev is not None and ((joint in ("", ",", "و") and text[r.hit.word_start:r.start].startswith("و"))
                                     or _AND_FORCES_OF.fullmatch(joint) is not None)
        if prev is not None and _MADE_OF.fullmatch(joint):
            # "جيش الفتح، الذي يضم جبهة النصرة وحركة أحرار الشام": the members of the side
            # before, not another side (and those joined to them by و, through `ally`)
            prev = r
            continue
        # (`prev is victims[-1]`: a side is appended, if at all, in its own turn of the loop, so
        #  the side before is among the victims only as the last one; `prev in victims` compared
        #  the sides field by field)
        if prev is not None and role is None and victims and prev is victims[-1] \
                and r.hit.word_start - prev.end == 1 \
                and r.hit.word_start == r.start and not text.startswith("ال", r.start):
            # "دورية روسية تركية مشتركة": a second adjective of the target's nationality
            victims.append(r)
            prev = r
            continue
        if prev is not None and role is None and victims and prev is victims[-1] and r.name == prev.name and (
                _OF_THE_SAME.fullmatch(text, prev.end, r.hit.word_start)
                # "قيادياً في مجلس منبج العسكري التابع لقوات سوريا الديمقراطية": its parent, named
                # again (left alone, it read as the subject of the verb after it)
                or text[r.hit.word_start] == "ل" and BELONGS_TO.fullmatch(text, prev.end, r.hit.word_start)
                and res.role_hint(prev, sent.start) == "victim"):
            # "اعتقال أربعة إرهابيين من عصابات داعش": the group the victims are counted from
            victims.append(r)
            prev = r
            continue
        prev = r
        # (the cheap tests first: most sides are not before the event word, and any() over a
        #  generator costs about a thousand instructions even when it has nothing to look at)
        if f.trigger is not None and r.end <= f.trigger.word_start and (
                role == "source" or role is None and _after_saying(res, r)):
            # (a teller right after its verb of saying too, "قال جيش الاحتلال إنه قتل مسلحين خلال
            #  اشتباكات", and the event word it says it did need not be the clause's strongest)
            if (0 < f.trigger.word_start - r.end <= 2 or _SPOKESMAN_NAMED.fullmatch(text, r.end, f.trigger.word_start)) \
                    and f.cue is not None and f.cue.family not in ("killing", None) \
                    and not (r.klass == "civilian" or r.inter == 7):
                # "أعلنت كتائب القسام استهداف دبابة": a side announcing the deed told right after its
                # name, by a verbal noun, did it (not a toll it announces: "أعلن الجيش مقتل ...")
                agents.append(r)
                continue
            said = _TELLER_DID.match(text, r.end)
            if said is not None and f.cue_name in ("attack", "clash") and _REPELLED.match(text, said.end()):
                # "أعلنت قوات الوفاق أن قواتها صدت هجوماً لقوات حفتر": the teller held off the attack,
                # its other side (not a state's office telling what others did, skipped below)
                victims.append(r)
                continue
            said_back = _SAID_IT.search(text, max(r.end, f.trigger.word_start - 30), f.trigger.word_start)
            if said is not None and (said.end() == f.trigger.word_start or any(
                    h.word_start == said.end() for h in res.mentions.triggers.within(said.end(), said.end() + 12))) \
                    or said_back is not None and not agents:
                # "قال الثوار إنهم أسقطوا طائرة": the teller says it did the event itself
                agents.append(r)
                if said_back is not None and said is None:
                    teller = r   # (it outranks an agent told nearer: "لهجوم شنه X، مؤكدة أنها سيطرت")
                continue
            that = _THAT_NEXT.match(text, r.end) if role is None else None
            if that is not None and any(
                    o is not r and o.name != r.name and o.klass != "civilian"
                    and that.end() <= o.hit.word_start <= that.end() + 1 and o.end <= f.trigger.word_start
                    and (_LOYAL_TO_IT.match(text, o.end) or _BACKED_BY_IT.match(text, o.end))
                    for o in refs):
                # "قال التحالف إن القوات اليمنية المدعومة منه بدأت هجوماً على الحديدة": the teller
                # says its ally, the subject right after "إن", did it: it is no side itself (a side
                # that says another did it without that mark is often the one hit: "قال الحوثيون إن
                # طائرات التحالف شنت غارتين")
                continue
            if role is None and r.inter == 1 and _THAT_NEXT.match(text, r.end):
                # "أفادت خلية الإعلام الأمني بأن عبوة ناسفة انفجرت", "وذكرت الشرطة أن سيارة ملغومة
                # انفجرت": a state's office or force that tells what happened is no side of it
                # unless it says it did it (above); a group's word is its claim
                continue
            if (f.cue_name in ("kill", "casualties") or f.casualties.killed is not None
                    or f.casualties.injured is not None) and (
                    _own_fighters_counted(f, res, text) or _teller_soldiers_counted(f, r, res, text)):
                # "وأعلنت الجماعة مقتل أربعة من عناصرها", "أعلن الجيش الأمريكي مقتل ثلاثة من جنوده
                # بانفجار عبوة ناسفة": a teller counting its own dead was hit, whatever hit it
                victims.append(r)
                continue
            if r.klass == "civilian" and (f.casualties.killed is None and f.casualties.injured is None
                                          or _THAT_NEXT_PAST_ADJ.match(text, r.end)):
                # "أفاد سكان بأن الطيران قصف مواقع للدعم السريع": residents who tell it, no victims;
                # nor with a toll when "بأن/إن" follows them ("أفاد سكان بأن طائرة مسيرة قصفت سيارة
                # تقل عناصر ... ما أدى إلى مقتل ثلاثة منهم": the dead are the men in the car)
                continue
        if role == "source" and f.trigger is not None and r.end < f.trigger.word_start and f.cue is not None \
                and f.cue.family in ("remote", "fight") \
                and _EXCHANGED.search(text, max(0, r.hit.word_start - 14), r.hit.word_start) is not None \
                and any(r.end < o.start and not text[o.end:f.trigger.word_start].strip() for o in refs):
            # (what they traded is the event word right after the second side, not "الاتهامات بقصف")
            # "تبادل الجيش التركي وقوات سوريا الديمقراطية القصف المدفعي": the first of the two sides
            # that traded the fire (the second, joined by و, is taken after it as the other side)
            between.append(r)
            continue
        if (ally and role is None) or role in ("ally", "source"):
            continue   # an ally of the side before it, or whose office gave the news
        if text.startswith(_LED_BY, r.end) and _leader_named(text, r, refs):
            # "فصائل المعارضة بقيادة هيئة تحرير الشام": the side is the leader after it (and the
            # same side's name read in two pieces, "فصائل" then "المعارضة المسلحة", is one side)
            neutral = [o for o in neutral if not (o.name == r.name and 0 <= r.hit.word_start - o.end <= 1)]
            victims = [o for o in victims if not (o.name == r.name and 0 <= r.hit.word_start - o.end <= 1)]
            continue
        if r.klass in ("civilian", "air_defence") or (
                r.klass == "protester" and f.cue_name not in ("protest", "riot", "tyres")
                # (unless they are the subject of an assault: "هاجم حشد غاضب مركزاً للشرطة")
                and not (f.cue_name in ("attack", "storm", "burn", "loot") and f.trigger is not None
                         and 0 <= r.hit.word_start - f.trigger.word_end <= 1)):
            # protesters are who the shooting or the arrests were aimed at, not who did them
            victims.append(r)
        elif role == "agent" and f.cue_name == "intercept" and f.trigger is not None and r.start > f.trigger.end:
            victims.append(r)   # "أسقطت الفصائل طائرة حربية تابعة للنظام": the downed aircraft's owner
        elif role is None and f.cue_name != "intercept" and f.trigger is not None and _shot_down_by(res, r):
            # "لهجوم بثلاث طائرات مسيرة، أسقطت القوات الأمنية اثنتين منها": the force that shot the
            # drones down was attacked, it did not strike
            victims.append(r)
        elif role == "agent":
            agents.append(r)
        # (or after an earlier take-over word of the sentence: "عملية لاستعادة الموصل من داعش،
        #  وتمكنت من السيطرة على 9 قرى")
        elif role is None and f.cue_name in ("takeover", "regain", "advance") and (r.start > t or any(
                h.payload in ("takeover", "regain") for h in res.mentions.triggers.within(sent.start, r.start))) and \
                freed_from is not None and freed_from.search(text, r.hit.word_start - 16 if r.hit.word_start > 16 else 0, r.hit.word_start) and \
                not _control_over_a_place(text, r.end) and not (  # "من سيطرة الجيش على X": its agent
                    # (nor the side right after the frame's own take-over word: "بعد أسبوع من سيطرة
                    #  قوات الوفاق عليها وانسحاب قوات حفتر منها" tells that take-over; quality q76)
                    f.trigger is not None and f.trigger.payload in ("takeover", "regain")
                    and 0 <= r.hit.word_start - f.trigger.word_end <= 1):
            victims.append(r)   # "حررت قرى X وY من تنظيم داعش": freed FROM them
        elif role == "victim" or (role is None and f.cue is not None and f.cue.family == "territory"
                                  and len(refs) == 1 and _fought_with(f, r, text)):
            victims.append(r)
        elif role == "between":
            between.append(r)
        else:
            neutral.append(r)
    a1 = a2 = None
    if between:
        a1 = between[0]
        # (not its ally joined to it by و: "بين القوات النظامية والمسلحين الموالين لها من طرف، مع
        #  مسلحي المعارضة")
        later = [r for r in refs if r.start > a1.end and r.name != a1.name and r.klass != "civilian"
                 and (res.role_hint(r, sent.start) not in ("ally", "source")
                      # (forces loyal to another state force are that force, the other side: "بين
                      #  قوات الجيش الوطني الليبي والقوات الموالية لحكومة الوفاق"; quality q76)
                      or (r.klass == "state" and a1.klass == "state"
                          and res.role_hint(r, sent.start) == "ally"))
                 and not (text[a1.end:r.hit.word_start].strip() == "" and text.startswith("و", r.hit.word_start)
                          and _LOYAL_TO_IT.match(text, r.end) is not None)]
        a2 = later[0] if later else None
        if a2 is None and _DUAL_SIDE.fullmatch(a1.text) is not None:
            # "نزاع مسلح بين عشيرتين": two of one kind fought each other, both sides that actor
            a2 = a1
        camp = _SIDE_MARK.search(text, a1.end, min(len(text), a1.end + 60))
        if camp is not None and (not later or later[0].start < camp.start()):
            # (the sides before "من جهة" are one camp: the other side is the first after it, in
            #  the sentence's next clause too: "بين فيلق الرحمن من جهة، وقوات النظام من جهة أخرى")
            a2 = next((r for r in later if r.start >= camp.end()), None) or next(
                (r for r in res.within(camp.end(), min(sent.end, camp.end() + 80))
                 if r.name != a1.name and r.klass not in ("civilian", "protester")), None)
            # (none named after it: the side before the mark is still of the first camp, no other
            #  side: "بين قوة الردع وجهاز دعم الاستقرار من جهة، وقوات موالية لباشاغا من جهة أخرى";
            #  quality-71)
        if f.cue_name in ("clash", "attack") or a2 is not None:
            return a1, a2, widened
    if teller is not None:
        agents = [teller]
    if agents:
        a1 = agents[0] if len(agents) == 1 else min(agents, key=lambda r: abs(r.start - t))
    elif neutral:
        a1 = _neutral_subject(f, neutral, t, text, hamza_alef, res.mentions.weapons)
    if a1 is None and f.cue_name == "clash":
        # "ارتقى خمسة من الجيش الوطني في مواجهات مع ميليشيا الحوثي": the dead side and the side it
        # fought with; the latter fought the former
        dead = {r.name for r in victims if res.role_hint(r, sent.start) == "victim"
                and not r.name.startswith("Unidentified")
                and _FOUGHT_WITH.search(text, max(0, r.hit.word_start - 24), r.hit.word_start) is None}
        with_side = [r for r in victims if r.klass not in ("civilian", "protester", "air_defence")
                     and _FOUGHT_WITH.search(text, max(0, r.hit.word_start - 24), r.hit.word_start)]
        if dead and with_side and with_side[0].name not in dead:
            a1 = with_side[0]
    if a1 is None and f.cue_name in ("attack", "clash"):
        # "قتلى وجرحى من الحوثيين في هجوم فاشل على مواقع القوات الحكومية": the side whose dead are
        # told before the attack on the other side's posts made the attack
        struck = next((r for r in victims + neutral if r.klass not in ("civilian", "protester", "air_defence")
                       and _ON_POSTS.search(text, max(0, r.hit.word_start - 24), r.hit.word_start)), None)
        if struck is not None:
            for r in victims:
                if r.start >= struck.start or r.name == struck.name or r.name.startswith("Unidentified") or \
                        r.klass in ("civilian", "protester", "air_defence"):
                    continue
                if any(h.payload.kind in ("killed", "victims", "mixed", "injured") and h.end <= r.hit.word_start
                       and _DEAD_OF.fullmatch(text, h.end, r.hit.word_start)
                       for h in res.mentions.casualties.within(max(0, r.hit.word_start - 40), r.hit.word_start)):
                    a1 = r
                    break
    # (an air force named in another clause of the sentence, looked at when this one names no
    #  side, struck elsewhere; it is not whom this one hit: "نفذت الطائرات الروسية غارات على X، ...
    #  وألقى الطيران المروحي براميل على Y")
    if widened and neutral:
        neutral = [r for r in neutral if res.lex.actor_modes.get(r.name) != "air"] or (neutral if a1 is None else [])
    # the other side: the first of the others (victims, then neutral, then between) that is not
    # actor1; of a clash or an attack, the first of them that is no civilian, if one is
    # (loops that stop there, not two lists of them all: asked of every frame)
    first = armed = None
    for group in (victims, neutral, between):
        for r in group:
            if a1 is not None and (r is a1 or r.name == a1.name):
                continue
            if first is None:
                first = r
            if r.klass != "civilian":
                armed = r
                break
        if armed is not None:
            break
    if first is not None:
        a2 = (armed or first) if f.cue_name in ("clash", "attack") else first
    if a1 is None and f.trigger is not None:
        told = _teller_past_a_time(f, res, text, sent)
        if told is not None and (a2 is None or told.name != a2.name):
            a1 = told
    return a1, a2, widened


def _teller_past_a_time(f: Frame, res: ActorResolver, text: str, sent: Sentence) -> ActorRef | None:
    """"أعلن المتحدث العسكري باسم الحوثيين، اليوم السبت، تنفيذ هجوم ...": the side that announces
    the deed, cut off from the verbal noun that tells it by a time between commas, did it (as it
    does with nothing between: "أعلنت كتائب القسام استهداف دبابة")."""
    t = f.trigger.word_start
    clauses = sent.clauses
    for i in range(2, len(clauses)):
        if not clauses[i].start <= t < clauses[i].end:
            continue
        # (the clause opens with an event word, maybe after one verbal noun: "تنفيذ هجوم"، "استهداف")
        opens = clauses[i].start
        second = text.find(" ", opens, opens + 16) + 1
        if not any(h.word_start in (opens, second) for h in res.mentions.triggers.within(opens, opens + 24)):
            return None
        time_cl, said_cl = clauses[i - 1], clauses[i - 2]
        # (the clause between is a time alone: "اليوم السبت"، "مساء أمس")
        if not res.mentions.dates.within(time_cl.start, time_cl.end) or \
                len(text[time_cl.start:time_cl.end].split()) > 3:
            return None
        said = None
        for d in res.mentions.discourse.within(said_cl.start, said_cl.start + 12):
            if d.payload == "report" and not text[said_cl.start:d.word_start].strip(" و"):
                said = d
                break
        if said is None:
            return None
        for r in res.within(said.end, said_cl.end):
            if r.klass not in ("civilian", "protester", "air_defence") and r.inter != 7:
                return r
        return None
    return None


def _member_hit(a2: ActorRef | None, m: DocMentions, text: str) -> bool:
    """Is the other side named as the force of a fighter the clause counts ("اغتال مسلحون قيادياً
    في مجلس دير الزور العسكري ... أمام منزله")? The house where it happened then does not make
    the victim a civilian (the toll's own word, "اغتال", says nothing of whom)."""
    if a2 is None or a2.klass in ("civilian", "protester"):
        return False
    for p in m.persons.within(max(0, a2.hit.word_start - 16), a2.hit.word_start):
        if p.payload.side in ("military", "armed") and _MEMBER_OF.fullmatch(text, p.end, a2.hit.word_start) \
                and not _AMONG_THEM.search(text, max(0, p.word_start - 14), p.word_start):
            return True   # (not "8 أشخاص بينهم عناصر من X": fighters among the dead)
    return False


def _shot_down_by(res: ActorResolver, r: ActorRef) -> bool:
    """Is side `r` the subject right after a verb of shooting down or intercepting ("أسقطت القوات
    الأمنية ..."، "اعترضت الدفاعات ...")?"""
    text = res.text
    for h in res.mentions.triggers.within(r.hit.word_start - 12, r.hit.word_start):
        if h.payload == "intercept" and 0 <= r.hit.word_start - h.word_end <= 1 and (
                "سقط" in text[h.start:h.end] or "عترض" in text[h.start:h.end]):
            return True   # (not "تصدت وحدات من الجيش لخروقات ...": who repels a ground attack fights it)
    return False


def _after_saying(res: ActorResolver, r: ActorRef) -> bool:
    """Does a verb of saying end right before side `r` ("قال جيش الاحتلال ...")? (A loop over the
    marks before it, mostly none: any() over a generator costs ~1 k even over nothing.)"""
    for d in res.mentions.discourse.within(r.hit.word_start - 12, r.hit.word_start):
        if d.payload == "report" and 0 <= r.hit.word_start - d.word_end <= 1:
            return True
    return False


def _past_weapons(weapons: Sorted[Hit] | None, ws: int, text: str) -> int:
    """Where the weapon words right before position `ws` start ("طائرات F-16 " before "العراقية",
    "المدفعية " before "التركية"), or `ws` itself when none ends there. A nationality adjective after
    the aircraft or the guns (`_weapon_adjective_actors`) names who flew or fired them: the subject
    of the launching verb before the weapon ("نفذت طائرات أردنية ضربة جوية"; fix round q80-fix-nat)."""
    if weapons is None:
        return ws
    for _ in range(3):   # (at most three weapon words in a row: "الطائرات F-16 الحربية")
        for h in weapons.within(max(0, ws - 40), ws):
            if h.end <= ws and not text[h.end:ws].strip():
                ws = h.word_start
                break
        else:
            break
    return ws


def _neutral_subject(f: Frame, neutral: list[ActorRef], t: int, text: str,
                     hamza_alef: Callable[[int], bool] | None, weapons: Sorted[Hit] | None = None) -> ActorRef:
    """Of the sides no word gives a role (`neutral`, in text order), the subject of the frame's
    event word at `t`.

    (The tests are taken in the order they rank, each only when the ones before it found no
    side, and each with a loop that stops at its side: a list comprehension per test, five per
    call, cost more than the tests.)"""
    trigger = f.trigger
    before = [r for r in neutral if r.end <= t]
    # Arabic is verb-first: the actor right after the verb is its subject; else the nearest
    # before. A present-tense verb usually follows its subject ("النظام يقصف تنظيم الدولة").
    if before and trigger is not None:
        last = before[-1]
        if text[trigger.word_start:trigger.start][-1:] in ("ي", "ت", "ن"):
            return last
        # after إن/أن the subject comes first: "إن الطيران الحربي التركي قصف مواقع ..."
        if 0 <= trigger.word_start - last.end <= 12 and _THAT_SUBJECT.search(
                text, last.hit.word_start - 40, last.hit.word_start) is not None:
            return last
    # "استهدفت مقاتلات التحالف ... تعزيزات للحوثيين بسلسلة غارات": the leading cue comes last,
    # the clause's first event verb has the subject right after it
    # (the first-starting such verb, by a loop: min() over a generator with a key function
    #  costs some thousands of instructions)
    verb = None
    for h, _ in f.cues:
        if f.start <= h.start and h.end <= t and (verb is None or h.start < verb.start) \
                and not _has_article(text, h, hamza_alef):
            verb = h
    # (or before the clause's first event verb when a stronger cue comes later: "إن مسلحين من
    #  تنظيم داعش هاجموا مركزاً للشرطة بثلاث سيارات مفخخة")
    if verb is not None:
        for r in reversed(before):
            if 0 <= verb.word_start - r.end <= 12 and \
                    _THAT_SUBJECT.search(text, max(0, r.hit.word_start - 40), r.hit.word_start):
                return r
    # "شن مقاتلو حركة أحرار الشام هجوماً على إدارة المركبات التابعة لقوات النظام": the subject
    # of the verb that launches the event noun
    if trigger is not None:
        for r in reversed(before):
            if r.start > f.start - 40 and \
                    _LAUNCHED_BY.search(text, r.hit.word_start - 24, _past_weapons(weapons, r.hit.word_start, text)) is not None:
                return r
    trigger_end = trigger.end if trigger else t
    for r in neutral:
        if r.start >= t and r.start - trigger_end <= 30:
            return r
    if verb is not None:
        for r in neutral:
            if r.start >= verb.end and r.start - verb.end <= 30:
                return r
    return before[-1] if before else neutral[0]


def _burned_person(f: Frame, m: DocMentions, text: str) -> bool:
    """Is the burning a person's? "أحرق التنظيم الطيار الأردني حياً" (alive, to death: `alive_word`),
    or a person noun it takes with no object noun between ("حرق شاب", but not "أحرقوا منازل
    المدنيين": the houses burned)."""
    t = f.trigger
    if t is None:
        return False
    if _BURNED_ALIVE.match(text, t.word_end):
        return True
    p = next(iter(m.persons.within(t.word_end, t.word_end + 30)), None)
    # (fighters right after the verbal noun are who burned, its genitive agent: "إحراق الدواعش
    #  لصورة كبيرة للرئيس" burned a picture; q78-sudan3)
    if p is None or m.targets.within(t.word_end, p.start) or text[t.word_end:p.word_start].strip():
        return False
    if p.payload.side == "armed" or any(
            a.payload.klass not in ("civilian", "protester") and not text[p.word_end:a.word_start].strip()
            for a in m.actors.within(p.start, p.word_end + 24)):
        return False   # (nor "إحراق عناصر التنظيم لمنازل المدنيين": the members of a force)
    return True


#: a force told by its ground troops ("قوات النظام", "القوات النظامية", "الجيش"), not its aircraft
_GROUND_FORCE = re.compile(r"(?:و|ف)?(?:ال)?(?:قوات|جيش)(?!\w)")
#: the masdar without the article and its force right after it ("جراء قصف قوات النظام على X"), or
#: after "من (قبل)" ("تعرضت أحياء X لقصف من القوات النظامية"; fix round q80-fix-h2): a shelling by
#: that force's ground troops, not the report's earlier air strike told again ("القصف")
_SHELLING_OF = re.compile(r"(?:[وف]?[بل]?)قصف\s+(?:من\s+(?:قبل\s+)?)?")


def _as_actor(ref: ActorRef, name: str, lex: Lexicons) -> ActorRef:
    """`ref`'s words standing for the actor `name` (the force whose air defences stopped a strike
    is told by no words of its own, or only generically)."""
    kind = lex.actor_kinds.get(name, (ref.inter, ref.klass))
    entry = replace(ref.hit.payload, actor=name, inter=kind[0])
    return replace(ref, name=name, inter=kind[0], klass=kind[1] if ref.klass != "air_defence" else ref.klass,
                   hit=Hit(ref.hit.start, ref.hit.end, entry, ref.hit.word_start, ref.hit.word_end))


#: what a launched missile, rocket or drone is when it lands (`_fired_by` makes its launcher actor1)
_FIRED_SUBS = frozenset({"Shelling/artillery/missile attack", "Air/drone strike"})


def _any_artillery(weapons: list[Hit]) -> bool:
    """Is any of the weapon hits artillery (`_ARTILLERY`)? (A loop, not any() over a generator.)"""
    for h in weapons:
        if h.payload[0] in _ARTILLERY:
            return True
    return False


def _air_weapon_right_after(weapons: list[Hit], end: int) -> bool:
    """Is any of the weapon hits an air weapon starting up to 2 characters after `end`? (A loop.)"""
    for h in weapons:
        if h.payload[1] == "air" and h.word_start - end <= 2:
            return True
    return False


def _family_told_before(frames: list[Frame], f: Frame) -> bool:
    """Did a frame of `f`'s cue family end before `f` starts? (A loop, not any() over a generator.)"""
    for g in frames:
        if g.end <= f.start and g.cue is not None and g.cue.family == f.cue.family:
            return True
    return False


def _fired_by(f: Frame, ref: ActorRef, m: DocMentions) -> bool:
    """Is `ref` the subject of the frame's launching verb ("طائرة مسيرة أطلقتها ميليشيا الحوثي"),
    i.e. the side that fired what was stopped, not the side that stopped it?"""
    for h, c in f.cues:   # (a loop, not any() over a generator: ~2.5 k instructions less)
        if c.cue == "launch" and 0 <= ref.start - h.word_end <= 2:
            return True
    return False


#: "بعد انسحاب فصائل المعارضة منها دون قتال" in the sentence past the take-over's clauses
_WITHDRAWAL_AFTER = re.compile(rf"[^.\n]{{0,120}}?(?<!\S)(?:{alternation('after_word')})\s+انسحاب[^.\n,،]{{0,80}}")


#: "سيطرت عليها", "سيطر عليه": a takeover whose place is a pronoun
_ON_IT = re.compile(r"\S*\s+(?:عليها|عليه)\b")


def _left_before(f: Frame, frames: list[Frame], text: str) -> Frame | None:
    """The withdrawal told just before in the same sentence, with its place, when the placeless
    takeover `f` points back at that place with a pronoun ("انسحب الجيش من X، وسيطرت عليها ...")."""
    if f.cue_name != "takeover" or f.trigger is None or f.background or f.negated:
        return None
    if _ON_IT.match(text, f.trigger.word_start) is None:
        return None
    left = [g for g in frames if g is not f and g.sent == f.sent and g.cue_name == "withdraw" and g.places
            and g.trigger is not None and g.trigger.end <= f.trigger.start]
    return left[-1] if left else None


def _withdrew_without_fight(f: Frame, text: str) -> bool:
    """"سيطر التنظيم على مدينة الميادين، ثاني أكبر مدن المحافظة، بعد انسحاب فصائل المعارضة منها دون
    قتال": the other side's withdrawal with no fight, told past an apposition that cut it from the
    take-over's clause, still makes the take-over a non-violent transfer."""
    w = _WITHDRAWAL_AFTER.match(text, f.bounds()[1])
    return w is not None and WITHOUT_FIGHT.search(text, w.start(), w.end()) is not None


def _held_off_advance(f: Frame) -> bool:
    """Is the frame a repelling of an advance on the ground ("تصدت فصائل المعارضة لمحاولة تقدم
    لقوات النظام": a fight, not an interception; the adjacent "تصدت لمحاولة" is a clash word
    already, quality-43)?"""
    if f.cue_name != "intercept" or f.trigger is None:
        return False
    end = f.trigger.end
    for h, c in f.cues:
        if c.cue in ("advance", "storm", "incursion") and h.start >= end:
            return True
    return False


#: "غداة/بعد/عقب/إثر" right before an event word: the event it names came before the clause's own
_SUBORDINATE_BEFORE = re.compile(rf"(?:^|\s)(?:{alternation('after_word')}|{alternation('day_after_word')})\s+$")
#: "قواته تعرضت لإطلاق نار": an armed side came under fire (`under_fire_verb` in grammar_words.tsv)
_UNDER_FIRE = re.compile(rf"(?:^|\s)[وف]?(?:{alternation('under_fire_verb')})\s+ل?$")
#: "عثر على جثة": a body found (`found_verb` in grammar_words.tsv)
_FOUND_BODY = re.compile(rf"(?:^|\s)(?:{alternation('found_verb')})\s+$")
#: "عثر السكان صباح اليوم على جثة": the same verb with up to three words (its subject, its time) before
#: "على" (`found_stem` in grammar_words.tsv; q81-types)
_FOUND_BODY_APART = re.compile(rf"(?:^|\s)[وف]?(?:{alternation('found_stem')})\s+(?:\S+\s+){{0,3}}علي\s+$")
#: "تمكن المجاهدون من الإغارة على نقطة": a raid told with no weapon is on the ground, whatever aircraft
#: the report's other strikes had (`ground_raid` in grammar_words.tsv; q80-fix-forms)
_GROUND_RAID = re.compile(alternation("ground_raid"))


def _sub_event(f: Frame, modes: set[str], a1: ActorRef | None, a2: ActorRef | None,
               civ_target: bool, lex: Lexicons, text: str, context_mode: str | None = None,
               doc_mode: str | None = None, armed_target: bool = False, raid_told: bool = False) -> str | None:
    """The ACLED sub-event type of a frame.

    `context_mode` is how the report's previous strike was carried out ('air' or
    'shelling'): a later "القصف" with no weapon of its own refers back to it.
    """
    cue = f.cue_name
    actor_mode = own_mode = lex.actor_modes.get(a1.name) if a1 else None
    ground_raid = cue == "target" and not modes and f.trigger is not None and \
        _GROUND_RAID.fullmatch(text, f.trigger.word_start, f.trigger.word_end) is not None
    # "عثر على جثة شاب على أطراف قرية X": a body found is a killing of its own (an Attack unless a
    # weapon is told), not made the way the report's other strikes were
    found_body = cue == "casualties" and not modes and f.trigger is None and bool(f.casualties.spans) \
        and (_FOUND_BODY.search(text, max(0, f.casualties.spans[0][0] - 18), f.casualties.spans[0][0]) is not None
             or _FOUND_BODY_APART.search(text, max(0, f.casualties.spans[0][0] - 45), f.casualties.spans[0][0]) is not None)
    if not modes and cue == "bombard" and a1 is not None and (
            not context_mode and doc_mode == "air" or context_mode == "air" and f.trigger is not None
            and _SHELLING_OF.fullmatch(text, f.trigger.word_start, a1.hit.word_start) is not None) and \
            _GROUND_FORCE.match(text, a1.hit.word_start):
        # "قصفت القوات النظامية أحياء حمص": ground forces shell; the aircraft of another strike
        # of the report did not fly this one (rebels and militias are not assumed to: many fly
        # drones)
        actor_mode = "shelling"
    elif not modes and cue in ("bombard", "target") and (context_mode or doc_mode) and not ground_raid:
        # "قصف" with no weapon: the way the report's strikes are carried out, told before or
        # anywhere in the report (a headline comes before its details)
        actor_mode = context_mode or doc_mode
    elif modes == {"small_arms"} and cue == "bombard" and a1 is None and context_mode == "air":
        # "ألقى الطيران المروحي برميلين على X، وقصف بالرشاشات الثقيلة Y": with no side of its
        # own, machine-gun fire told right after an air strike is the aircraft's
        actor_mode = "air"
    if f.has("suicide"):
        return "Suicide bomb"
    if "chemical" in modes and cue in ("airstrike", "bombard", "target", "shelling", "attack", "explosion",
                                       "kill", "casualties"):
        # "قصف جوي بغازات سامة": ACLED codes any use of chemical weapons as such, whoever
        # delivered them and how
        return "Chemical weapon"
    if cue == "drone_bomb" and f.trigger is not None and any(
            c.cue == "intercept" and h.start < f.trigger.start for h, c in f.cues):
        return "Disrupted weapons use"   # "اعترضت الدفاعات الجوية طائرة مسيرة مفخخة": stopped in the air
    if f.trigger is not None and (
            cue == "target" and modes & {"air", "shelling"}
            and text[f.trigger.word_start:f.trigger.start] in ("ل", "ول")
            or "air" in modes and any(c.cue in ("ied", "carbomb") and h.start == f.trigger.start
                                      for h, c in f.cues)) and any(
            c.cue == "intercept" and h.start < f.trigger.start for h, c in f.cues):
        # "اعتراض طائرة مسيرة أطلقتها الميليشيا لاستهداف المدنيين في X": the targeting is what the
        # intercepted drone or missile was fired for (the lam of purpose), no strike that hit; and
        # "اعتراض طائرة بدون طيار (مفخخة)" is the explosive-laden drone above, its words apart
        # (q80-fix-yemen)
        return "Disrupted weapons use"
    if cue in ("airstrike", "drone_bomb"):
        return "Air/drone strike"
    if cue == "gunfire" and not (modes - {"small_arms"}) and f.trigger is not None and (any(
            c.cue == "reply" and h.start < f.trigger.start for h, c in f.cues) or (
            a1 is not None and a1.klass in _ARMED_CLASSES and a1.hit.end <= f.trigger.word_start
            and _UNDER_FIRE.search(text, max(0, f.trigger.word_start - 12), f.trigger.start) is not None)):
        # "قال الجيش إن قواته تعرضت لإطلاق نار من مسلحين، وردت بإطلاق النار": fire an armed side came
        # under, and fire returned, are the halves of an exchange of fire, a fight (whoever the clause
        # names), not an attack on people (q80-fix-forms)
        return "Armed clash"
    if cue in ("kill", "casualties") and not modes and actor_mode == "air" and a1 is not None \
            and _AGGRESSION.match(text, a1.hit.start):
        # "ارتفعت حصيلة العدوان الأمريكي على ميناء رأس عيسى إلى 80 شهيداً": Houthi and Syrian state
        # media name a force that strikes from the air by its "aggression", and its toll is its
        # strikes' (quality-70; it was an Attack)
        return "Air/drone strike"
    if cue in ("bombard", "target", "shelling", "attack", "explosion", "ied", "carbomb", "gunfire",
               "kill", "assassination", "casualties"):
        # "هجوم بطائرة مسيرة"; or "هجوم إسرائيلي" by a force that strikes from the air, with
        # nothing in the clause that says its men fought on the ground
        air_attack = cue == "attack" and (_air_right_after(f, text, lex) or _air_instrument(f, text, lex)
                                          or _air_launcher(f, text, lex) or _air_subject(f, text, lex) or (
            actor_mode == "air" and not f.has("clash") and "small_arms" not in modes))
        # "قصف الطيران المروحي بالبراميل والألغام": mines dropped from the air are an air strike
        # (and car bombs an aircraft destroyed: "دمر طيران الجيش ثلاث عجلات مفخخة")
        dropped = cue in ("ied", "carbomb") and "air" in modes and (f.has("bombard") or f.has("target"))
        if air_attack and cue == "attack" and f.trigger is not None and any(
                c.cue == "intercept" and h.start < f.trigger.start for h, c in f.cues):
            # "تصدت الدفاعات الأرضية لهجوم بطائرات مسيرة استهدف سد مروي": the drones were met in
            # the air, like "اعترضت طائرة مسيرة مفخخة" above (quality-62)
            return "Disrupted weapons use"
        if f.has("airstrike") or air_attack or dropped or ("air" in modes and cue in (
                "bombard", "target", "kill", "explosion", "casualties", "shelling")) or (
                # "اغتيل القيادي بضربة أمريكية بطائرة مسيرة": a killing by aircraft, no gun or
                # blade told, is an air strike (ACLED), as a bomb makes it one (below)
                cue == "assassination" and "air" in modes and not modes & {"small_arms", "blade"}):
            if cue == "shelling" and "shelling" in modes and "air" not in modes:
                return "Shelling/artillery/missile attack"
            return "Air/drone strike"
        shell_attack = cue == "attack" and _weapon_right_after(f, text, lex, "shelling")
        if cue in ("shelling",) or shell_attack or "shelling" in modes and cue in (
                "bombard", "target", "kill", "casualties", "explosion"):
            return "Shelling/artillery/missile attack"
        if cue in ("ied", "carbomb") or f.has("ied") or f.has("carbomb") or "ied" in modes:
            return "Remote explosive/landmine/IED"
        if "grenade" in modes:
            return "Grenade"
        if cue == "explosion":
            return "Remote explosive/landmine/IED"
        if cue == "bombard":
            return "Air/drone strike" if actor_mode == "air" else "Shelling/artillery/missile attack"
        if cue == "target" and actor_mode == "air" and "small_arms" not in modes:
            return "Air/drone strike"
    if cue in ("clash",):
        # "مواجهات مع قوات الأمن" in which protesters die: force against protesters, not a battle
        sides = [r for r in (a1, a2) if r is not None]
        if any(r.klass == "protester" for r in sides) and all(
                r.klass == "protester" or r.inter == 1 for r in sides):
            return "Excessive force against protesters"
        if (_riot_control(f, modes, text, lex) or f.has("protest")) and sides and all(
                r.inter == 1 or r.klass == "foreign" for r in sides):
            # "أصيب عشرات الشبان بالرصاص المطاطي والغاز المسيل للدموع خلال مواجهات مع قوات
            # الاحتلال": state forces (own or foreign) the only named side, firing tear gas or
            # rubber bullets at unarmed youths, is a protest they broke up (ACLED), not a
            # battle; excessive force when they killed or fired live rounds (quality-73). The
            # munitions decide, not a dispersal verb ("نشر وحداته لفض الاشتباكات": troops sent
            # between two sides). So too a protest told in the frame ("مواجهات مع جنود الاحتلال
            # عقب اقتحامهم البلدة لقمع المسيرة الأسبوعية")
            if f.has("gunfire") or f.casualties.killed:
                return "Excessive force against protesters"
            return "Protest with intervention"
        return "Armed clash"
    if cue in ("takeover", "advance", "regain"):
        if cue == "regain" and f.trigger is not None and _FREED.match(text, f.trigger.word_end):
            return None   # "تحرير 37 مهاجراً كانوا محتجزين": people freed, no territory (quality-62)
        if f.attempt:
            return "Armed clash"
        if WITHOUT_FIGHT.search(text, *f.bounds()) or _withdrew_without_fight(f, text):
            # "دخلت قوات النظام مدينة منبج دون قتال", "بموجب اتفاق": control taken with no fight
            # (ACLED: a non-violent transfer, not a battle); in any clause of the frame, past a
            # time cut off by commas ("سيطرت القوات، اليوم الإثنين، على مطار كركوك من دون قتال")
            return "Non-violent transfer of territory"
        if a1 is not None and a1.inter == 1:
            return "Government regains territory"
        if a1 is not None and a1.inter == 3:
            ally = _state_allies().get(a1.name)
            if ally is not None and (a2 is None or a2.name != ally):
                # "أعلنت ألوية العمالقة السيطرة على مطار الحديدة بعد معارك مع الحوثيين": a militia
                # fighting beside a state's forces (`state_allies.tsv`) takes ground for that side, the
                # state's affiliate regaining it (ACLED); not when it took it from that state's own
                # forces (precision round q82-other)
                return "Government regains territory"
        # "حرر/استعاد" is the vocabulary of governments and the militias fighting with them
        if cue == "regain" and (a1 is None or a1.inter in (1, 3) and a1.klass != "unknown"):
            # (not gunmen no one named: "طرد مسلحون محليون قوات النظام من مبنى المحافظة" is a
            #  non-state take-over; q80-syria-e)
            return "Government regains territory"
        return "Non-state actor overtakes territory"
    if cue == "arrest":
        # any force that holds territory arrests (ACLED codes SDF or HTS arrests as Arrests);
        # unknown gunmen who seize people abduct them
        if a1 is not None and a1.klass == "unknown":
            return "Abduction/forced disappearance"
        if a1 is not None and a1.inter != 1 and f.trigger is not None and _taken_nowhere(f, text):
            # "اعتقلت عناصر من الهيئة ناشطاً واقتادته إلى جهة مجهولة": a group that is no state force
            # took its captive where no one knows, a forced disappearance (ACLED), not an arrest
            # (a state's detainee taken to an unnamed place is still arrested; q81-types)
            return "Abduction/forced disappearance"
        return "Arrests"
    if cue == "abduct":
        return "Abduction/forced disappearance"
    # (the two sides asked in turn, not any() over a generator)
    protesters = (a1 is not None and a1.klass == "protester") or (a2 is not None and a2.klass == "protester")
    if cue in ("gunfire", "kill", "attack", "target", "casualties", "clash") and (
            protesters or f.has("repression")) and not (
            # (protesters who assaulted a police station riot: "هاجم حشد غاضب مركزاً للشرطة")
            cue == "attack" and a1 is not None and a1.klass == "protester"):
        return "Excessive force against protesters"
    if cue == "protest":
        # (a burning or a looting told in a later clause of the protest, "وقام بعضهم بإحراق ...",
        #  is the protesters'; "تظاهروا احتجاجاً على إحراق المصحف" is what they protest)
        if f.has("riot") or f.has("tyres") or any(c.cue in ("burn", "loot") and h.start >= f.end
                                and not _FORCES_AFTER.match(text, h.word_end) for h, c in f.cues):
            # (not "فيما أحرقت القوات خيام المعتصمين": the forces burned the protesters' tents)
            return "Violent demonstration"
        if a1 is not None and a1.klass == "protester" and f.trigger is not None and any(
                c.cue in ("burn", "loot") and h.end <= f.trigger.word_start for h, c in f.cues):
            # "أحرق محتجون مقر الحزب احتجاجاً على سقوط القتلى": protesters who burned, the
            # protest only why they did
            return "Violent demonstration"
        if (f.casualties.killed or f.casualties.injured) and (
                f.has("airstrike") or f.has("drone_bomb") or _striker_an_aircraft(a1, text, lex)):
            # "استهداف مسيرة تركية قافلة مدنيين متجهة إلى سد تشرين للاحتجاج": an aircraft that
            # struck people on their way to a protest, or at it, is an air strike (ACLED codes
            # explosions and remote violence by the weapon, whoever the victims; q80-syria-e)
            return "Air/drone strike"
        if f.has("gunfire") or f.casualties.killed:
            return "Excessive force against protesters"
        if f.casualties.injured or any(c.cue == "repression" and _SUBORDINATE_BEFORE.search(
                text, max(0, h.word_start - 8), h.word_start) is None for h, c in f.cues):
            # (ACLED: dispersed with tear gas, batons or rubber bullets and no one killed is a
            #  protest with intervention; excessive force is live fire or deaths)
            # (not a dispersal told after غداة/بعد/عقب: "أغلق محتجون الشوارع، غداة فض قوات الأمن
            #  اعتصاماً" is the day's protest, the dispersal the day before was its cause; q80-roundups)
            return "Protest with intervention"
        return "Peaceful protest"
    if cue == "repression" and not (f.has("gunfire") or f.casualties.killed):
        return "Protest with intervention"
    if cue in ("riot", "tyres"):
        # (tyres burned at a road block: ACLED's violent demonstration, quality-75)
        return "Violent demonstration"
    if cue in ("loot", "burn"):
        # protesters who set fire to buildings are rioting (ACLED: violent demonstration)
        if (protesters and not (
                # "وأحرق المهاجمون مرآب السنك الذي كان يتخذه المحتجون مقراً": the attackers burned
                # the protesters' place; "فيما أحرقت القوات خيام المعتصمين": the forces did
                a1 is None and f.trigger is not None and _ATTACKER_ANAPHOR.match(text, f.trigger.end)
        ) and not (f.trigger is not None and _FORCES_AFTER.match(text, f.trigger.word_end))) or f.has("protest"):
            return "Violent demonstration"
        if armed_target and not civ_target and cue == "burn":
            return None   # "تمكن الجيش من إحراق عدد من الآليات": the fight's toll in matériel
        return "Looting/property destruction"
    if cue == "intercept" and f.trigger is not None and "سقط" in text[f.trigger.word_start:f.trigger.word_end] \
            and _DROPPED.match(text, f.trigger.word_end):
        # "أسقطت طائرة مسيرة قذيفة على تجمع": a munition dropped, a strike from the air (quality-62)
        return "Air/drone strike"
    if _held_off_advance(f) and not modes & {"air", "shelling", "recon"} and (
            a1 is None or a1.klass != "air_defence"):
        return "Armed clash"
    if cue == "intercept":
        # "أسقطت الدفاعات الجوية طائرة مسيرة فوق X": a drone, missile or rocket stopped in the
        # air; "تصدت القوات لهجوم" (no such weapon) is the fight it belongs to, coded there
        # (a reconnaissance drone shot down too: "أسقطوا طائرة استطلاع روسية")
        return "Disrupted weapons use" if modes & {"air", "shelling", "recon"} and not f.has("clash") else None
    if cue == "incursion":
        return "Other"
    if cue == "base":
        return "Headquarters or base established"
    if cue == "sexual":
        return "Sexual violence"
    if cue == "withdraw":
        return None
    if cue == "assassination":
        if f.has("drone_bomb"):
            # "نجا من محاولة اغتيال بطائرة مسيرة مفخخة": the weapon names the kind (ACLED), as a
            # bomb's does ("... بعبوة ناسفة")
            return "Air/drone strike"
        return "Attack"   # a targeted killing: one-sided violence, whoever the target was
    if cue in ("storm", "attack") and a1 is not None and a1.klass == "protester":
        return "Violent demonstration"   # "اقتحم محتجون مبنى المحافظة"
    if a2 is not None and a2.klass == "protester" and a1 is not None and a1.inter == 1 and cue in (
            "storm", "attack", "gunfire", "kill", "casualties", "target"):
        # "قتل ثلاثة متظاهرين برصاص قوات الأمن": state forces shooting protesters
        return "Excessive force against protesters"
    if cue == "storm":
        # "اقتحمت قوات ... القرية": an assault on the people there, unless defenders are named
        victim_armed = (a2 is not None and a2.klass in _ARMED_CLASSES) or f.casualties.military_victims
        return "Armed clash" if victim_armed or f.has("clash") else "Attack"
    if (cue == "kill" and f.trigger is not None and _EXECUTION.match(text, f.trigger.word_start)) or (
            cue == "gunfire" and any(c.cue == "kill" and _EXECUTION.match(text, h.word_start) for h, c in f.cues)):
        # "أعدم التنظيم مئات المجندين": captives killed are an attack, not a fight (ACLED); so
        # when shot ("أعدم ... ثلاثة شبان رمياً بالرصاص": the gunfire cue is how)
        return "Attack"
    if cue in ("attack", "target", "gunfire", "kill", "assassination", "casualties"):
        civilian = civ_target or f.casualties.civilian_victims or (a2 is not None and a2.klass == "civilian")
        victim_armed = ((a2 is not None and a2.klass in _ARMED_CLASSES) or f.casualties.military_victims
                        or (armed_target and not civilian))
        # ACLED's "Attack" is direct violence (shooting, stabbing, execution); a killing or a
        # "targeting" told in a report about strikes, with no sign of direct violence, is the strike
        direct = (cue in ("gunfire", "assassination") or bool(modes & {"small_arms", "blade"})
                  or f.has("gunfire") or f.has("assassination")
                  # (men on the ground: a killing told with the storming, burning, looting or
                  #  abducting of the same raid is no strike, whatever else the report tells: "قتلت
                  #  الدعم السريع 124 من سكان القرية بعد أن هاجمتها، واختطفت 150 من شبابها" in a
                  #  report that also tells the army's air raids; quality q76)
                  or (not modes and a1 is not None and a1.klass not in ("unknown", "state")
                      and (raid_told or any(f.has(c) for c in _RAID_CUES)))
                  # (an ambush is laid on the ground: "نصب مسلحون كميناً لحافلة" after air strikes
                  #  is no strike; quality q76-syria-c)
                  or (f.trigger is not None and "كمين" in text[f.trigger.start:f.trigger.end])
                  # (and so is a killing at the hands of gunmen: "بمقتل عشرات المدنيين على يد مسلحين";
                  #  "على يد ميليشيا الحوثي" names a side, not how it killed)
                  or (a1 is not None and a1.text.startswith("مسلح")
                      and BY_HAND.search(text, max(0, a1.hit.word_start - 10), a1.hit.word_start) is not None))
        # ...unless gunmen with no way of striking from afar hit an armed post ("استهدف مسلحون
        # حاجزاً لقوات النظام"): that is a fight
        ground = (victim_armed and a1 is not None and a1.klass in ("unknown", "rebel", "militia")
                  and own_mode is None and not (modes - {"small_arms"}))
        # (a bomb told elsewhere in the report is not how others attacked: "هجوم شنه مسلحون على
        #  قرية" after a roadside bomb in another town is a raid; strikes are a campaign's way)
        attack_mode = context_mode or (doc_mode if doc_mode != "ied" else None)
        if cue == "attack" and a1 is not None and own_mode != "air" and (
                a1.klass == "unknown" and a1.text.startswith("مسلح")
                or attack_mode == "air" and a1.inter in (2, 3) and a1.klass in _GROUND_GROUPS):
            # "شن تنظيم الدولة هجوماً على الأحياء الجنوبية" in a report of the regime's air raids:
            # an attack by a group that flies no warplanes, told without a weapon, is made on the
            # ground, not the way the report's strikes were; nor do gunmen shell ("هاجم مسلحون على
            # دراجات نارية حي X" in a report of shelling; q81-types)
            attack_mode = None
        if cue == "attack" and a2 is not None and a2.klass in _ARMED_CLASSES and f.trigger is not None and (
                _REPELLED.match(text, f.trigger.word_start)
                or _REPEL_BEFORE.search(text, max(f.start, f.trigger.word_start - 50), f.trigger.word_start)):
            # "صد مقاتلو الوحدات هجوماً للتنظيم على الأحياء الشرقية": an attack an armed side held
            # off was a fight, whatever it was aimed at and however the report's strikes were made
            return "Armed clash"
        if not ground and not ground_raid and not found_body and (not direct and doc_mode and cue in ("target", "kill", "casualties") or (
                not direct and attack_mode and cue == "attack" and civilian)):
            # (the way the strike told just before was carried out, if one was: "قصفت قوات النظام
            #  بالقذائف X، كما استهدفت مناطق في Y" is shelling in a report that also tells air raids)
            return _MODE_TYPE[context_mode if context_mode in _MODE_TYPE else doc_mode]
        if civilian and not (victim_armed and cue == "attack"):
            return "Attack"
        if (cue == "attack" and a2 is None and not victim_armed and not f.has("clash")
                and a1 is not None and (a1.klass == "militia" or (a1.klass == "unknown" and raid_told))
                and f.places and all(p.kind in ("village", "town", "area", "neighbourhood") for p in f.places)):
            # "هاجمت قوات الدعم السريع قرى X وY": a militia raiding villages where no armed side
            # is named attacks their people (ACLED: Attack, civilians); so does one raiding a town's
            # quarter ("هجوم شنته قوات الدعم السريع على حي الجمارك بمدينة الجنينة"); and so do
            # gunmen no one names who loot or burn in the same sentence ("هاجم المسلحون قرى X وY
            # ونهبوا الماشية"; q78-sudan3)
            return "Attack"
        if cue == "attack" or victim_armed:
            return "Armed clash"
        return "Attack"
    return None


_RAID_CUES = ("storm", "burn", "loot", "abduct")
#: what a storming may have done to people, told as a frame of its own in its sentence
_HARM_CUES = frozenset({"gunfire", "kill", "casualties", "assassination", "attack", "shelling", "bombard",
                        "target", "explosion", "sexual", "clash"})


def _bare_storming(f: Frame, weapons, frames: list[Frame]) -> bool:
    """"اقتحم مسلحون مبنى السفارة وعبثوا بمحتوياته"، "اقتحمت القوات حي الكرامة": a storming told with no
    weapon, no one killed or wounded and no harm done to anyone in its sentence, and (the caller asks) no
    victim named ("رغم مقاومة الأهالي" names the people it fell on): no Attack, which is violence against
    people; what it led to (an arrest, a looting, a fight) is told by its own words (q82-types2)."""
    if weapons or f.casualties.spans or f.casualties.killed is not None or f.casualties.injured is not None:
        return False
    if any(c.cue in _HARM_CUES for _, c in f.cues):
        return False
    return not any(g is not f and g.sent == f.sent and (g.cue_name in _HARM_CUES or g.casualties.spans)
                   for g in frames)

#: "واقتادوه إلى جهة مجهولة": the captive taken to an unnamed place (`unknown_place` in grammar_words.tsv)
_UNKNOWN_PLACE = re.compile(rf"(?:^|\s)(?:الي|الى|نحو)\s+(?:{alternation('unknown_place')})(?!\w)")


def _taken_nowhere(f: Frame, text: str) -> bool:
    """Does the arrest's clause, or the one right after it, say the captive was taken to an unnamed place?"""
    start = f.trigger.word_end
    end = min(len(text), start + 200)
    for stop_mark in (".", "\n"):
        stop = text.find(stop_mark, start, end)
        if stop >= 0:
            end = stop
    return "مجهول" in text[start:end] and _UNKNOWN_PLACE.search(text, start, end) is not None
#: "هجوم صاروخي": a noun of attack and the adjective of rockets (`armed_attack_head`, `rocket_adjective`)
_ROCKET_ATTACK = re.compile(rf"(?:^|\s)(?:{alternation('armed_attack_head')})\s+(?:{alternation('rocket_adjective')})\s+$")
#: a word between a launching verb and its missiles that counts them, no launcher ("أطلقت عشرات الصواريخ")
_MISSILE_COUNT = re.compile(rf"\d+|[وب]?(?:ال)?(?:{alternation('salvo_count')}|{COUNT_WORD})")
#: the launching verb "أطلق" (the `launch` cue of triggers.tsv, refined by the frame to the strike it made)
_FIRED_VERB = re.compile(r"[وف]?[ايت]طلق\w{0,3}")
_MISSILE_WORD = re.compile(r"(?:^|\s)\S{0,3}(?:صاروخ|صواريخ)")


def _rockets_launched(f: Frame, text: str) -> bool:
    """Were the frame's bare missiles fired by a launcher of their own, not the aircraft of the strike told before?

    "أطلقت المقاومة عشرات الصواريخ على حيفا": a launching verb whose subject (a word that is no count of the
    missiles) stands between it and them; "هجوم صاروخي استهدف قاعدة X": a rocket attack (q81-types2).
    """
    t = f.trigger
    if "صاروخ" in text[max(0, t.word_start - 24):t.word_start] and \
            _ROCKET_ATTACK.search(text, max(0, t.word_start - 24), t.word_start) is not None:
        return True
    if _FIRED_VERB.fullmatch(text, t.word_start, t.word_end) is None:
        return False
    weapon = _MISSILE_WORD.search(text, t.word_end, t.word_end + 50)
    if weapon is None:
        return False
    return any(not _MISSILE_COUNT.fullmatch(w) for w in text[t.word_end:weapon.start()].split())


#: non-state sides that fight on the ground (a rebel group, a militia, an organisation, gunmen)
_GROUND_GROUPS = frozenset({"rebel", "militia", "organisation", "unknown"})

#: forces that were part of a state's forces until a day, when they went to war with it (`state_until.tsv`:
#: the Rapid Support Forces until 15 April 2023); their violence against protesters before that day is the
#: state's excessive force (quality q76)
_STATE_UNTIL = {r["actor"]: date.fromisoformat(r["until"]) for r in read_tsv("lexicon/state_until.tsv")}


def _as_state_then(a1: ActorRef | None, a2: ActorRef | None, anchor: date | None) -> ActorRef | None:
    """`a1` as a state force when it was one on the report's day and protesters are the other side
    ("اقتحمت قوات الدعم السريع ساحة الاعتصام وأطلقت الرصاص على المعتصمين", June 2019)."""
    until = _STATE_UNTIL.get(a1.name) if a1 is not None else None
    if until is None or anchor is None or anchor >= until or a2 is None or a2.klass != "protester":
        return a1
    return replace(a1, inter=1)

_MODE_TYPE = {"air": "Air/drone strike", "shelling": "Shelling/artillery/missile attack",
              "ied": "Remote explosive/landmine/IED"}


def document_mode(frames: list[Frame], m: DocMentions) -> str | None:
    """How the report's explicit strikes were carried out (air, shelling, explosives), if one way
    clearly dominates; used for killings and "targetings" it tells without saying how."""
    votes: dict[str, int] = {}
    for f in frames:
        if f.negated or f.habitual or f.future:
            continue
        if f.cue_name == "airstrike" or f.has("airstrike"):
            votes["air"] = votes.get("air", 0) + 2
        elif f.cue_name == "shelling":
            votes["shelling"] = votes.get("shelling", 0) + 2
        elif f.cue_name in ("ied", "carbomb"):
            votes["ied"] = votes.get("ied", 0) + 2
        elif f.cue_name in ("bombard", "target", "explosion"):
            _, modes = _weapon_info(m, f.spans)
            for mode in modes & {"air", "shelling", "ied"}:
                votes[mode] = votes.get(mode, 0) + 1
    if not votes:
        return None
    ranked = sorted(votes.items(), key=lambda kv: -kv[1])
    if len(ranked) > 1 and ranked[1][1] * 2 > ranked[0][1]:
        return None
    return ranked[0][0]


@lru_cache(maxsize=8)
def _weapon_needles(weapons, mode: str) -> tuple[str, ...]:
    """Words one of which every hit of a weapon of `mode` contains: the pattern's normalised core, or
    the core without its first letter for a pattern with the article (the لل contraction's hit
    is that much of it; see `Matcher`).  A window holding none of them has no such weapon, and
    is not scanned again with the whole automaton (a scan of a clause is some 300 k
    instructions, the few substring tests a few thousand)."""
    keys = []
    for raw, (_, pmode) in weapons.patterns:
        core = normalize_key(raw.strip().strip("*+"))
        if pmode == mode and core:
            keys.append(core[1:] if core.startswith("ال") and len(core) > 3 else core)
    return fewest_needles(keys)


def _air_right_after(f: Frame, text: str, lex: Lexicons) -> bool:
    """"هجوم بطائرة مسيرة" / "هجوم جوي": the attack itself came from the air (not "اقتحام
    بغطاء جوي", a ground assault with air cover somewhere in the clause)."""
    return _weapon_right_after(f, text, lex, "air")


def _striker_an_aircraft(a1: ActorRef | None, text: str, lex: Lexicons) -> bool:
    """The side named by its aircraft ("استهداف مسيرة تركية قافلة ... للاحتجاج": actor1's words are
    "مسيرة تركية"), not a force whose words hold none ("قمع قوات الاحتلال مسيرة بلدة نعلين": a march
    and a drone are one word, مسيرة; q80-syria-e)."""
    if a1 is None:
        return False
    s = a1.hit.word_start
    return any(h.payload[1] == "air" for h in lex.weapons.find(text[s:a1.end]))


def _air_instrument(f: Frame, text: str, lex: Lexicons) -> bool:
    """"هاجمت الميليشيا، بطيران مسيّر، مسجداً": an air weapon given as the instrument (ب+)."""
    needles = _weapon_needles(lex.weapons, "air")
    for s, e in f.spans:
        if not any_in(needles, text, s, e):
            continue
        for h in lex.weapons.find(text[s:e]):
            if h.payload[1] == "air" and (text[s + h.word_start:s + h.start].endswith("ب") or _BI_COUNT.search(
                    text, max(0, s + h.word_start - 24), s + h.word_start)):
                return True   # (or counted: "عملية هجومية واسعة بعشر طائرات مسيرة", q76-yemen)
    return False


#: "ب" with a count right before a weapon ("بعشر طائرات"، "بـ 3 طائرات"، "بعدد من الطائرات"): the instrument counted
_BI_COUNT = re.compile(rf"(?:^|\s)بـ?\s?(?:\d+|{alternation('instrument_count')})\s+$")


def _air_subject(f: Frame, text: str, lex: Lexicons) -> bool:
    """"قال مسؤول إن طائرات مسيرة مفخخة هاجمت محطة ضخ": the aircraft named right before the verb of
    attacking is its subject (the subject comes first after إن/أن): the attack came from the air
    (quality-70; it was an Armed clash of an unidentified group)."""
    t = f.trigger
    if t is None or t.word_start < 2 or not any_in(_weapon_needles(lex.weapons, "air"), text,
                                                   max(0, t.word_start - 40), t.word_start):
        return False
    lo = max(0, t.word_start - 40)
    for h in lex.weapons.find(text[lo:t.word_start]):
        if h.payload[1] == "air" and not text[lo + h.end:t.word_start].strip():
            return True
    return False


def _air_launcher(f: Frame, text: str, lex: Lexicons) -> bool:
    """"شنت مسيرة تابعة للدعم السريع هجوماً على المستشفى": an aircraft as the subject of the verb
    that launches the attack."""
    if f.trigger is None:
        return False
    for s, e in f.spans:
        if s >= f.trigger.start or not any_in(_weapon_needles(lex.weapons, "air"), text, s, f.trigger.start):
            continue
        for h in lex.weapons.find(text[s:f.trigger.start]):
            ws = s + h.word_start
            if h.payload[1] == "air" and ws == s + h.start and \
                    _LAUNCHED_BY.search(text, max(0, ws - 24), ws) is not None:
                return True
    return False


#: a count before the weapon of "هجوم ب...": "لهجوم بأكثر من 15 صاروخاً", "بنحو عشرين قذيفة" (quality-76)
_WEAPON_COUNT_LEAD = re.compile(
    r"\s*ب(?:ـ)?\s*(?:(?:اكثر|اقل) من|نحو|حوالي|قرابه|ما لا يقل عن|ما يزيد على|عشرات|عده|عدد من)?\s*[0-9٠-٩]*\s*")


def _weapon_right_after(f: Frame, text: str, lex: Lexicons, mode: str) -> bool:
    if f.trigger is None:
        return False
    window = text[f.trigger.end:f.trigger.end + 40]
    if not any_in(_weapon_needles(lex.weapons, mode), window):
        return False
    lead = _WEAPON_COUNT_LEAD.match(window)
    reach = max(12, lead.end() + 1) if lead is not None else 12
    return any(h.payload[1] == mode and h.start <= reach for h in lex.weapons.find(window))


def _riot_control(f: Frame, modes: set[str], text: str, lex: Lexicons) -> bool:
    """Were tear gas or rubber bullets fired in the frame: as its weapon, or as a repression
    word of a later clause ("خلال مواجهات مع القوات التي ... وأطلقت الرصاص المطاطي"), not a
    dispersal verb ("لفض الاشتباكات")?"""
    if "riot_control" in modes:
        return True
    return any(c.cue == "repression" and any(
        w.payload[1] == "riot_control" for w in lex.weapons.find(text[h.word_start:h.word_end]))
        for h, c in f.cues)


def _reason_after(f: Frame, m: DocMentions, sent_end: int) -> int:
    """Where the reason told after a frame's event word begins ("نفذت ضربات ... رداً على هجوم صاروخي
    استهدف قاعدة K1 يوم الجمعة الماضي"): the time after it is the reason's, not the frame's
    (quality-76); else the sentence's end."""
    if f.trigger is None:
        return sent_end
    for h in m.discourse.within(f.trigger.end, sent_end):   # (a loop, not next() over a generator)
        if h.payload == "reason":
            return h.start
    return sent_end


def _dated_by_cause(f: Frame, m: DocMentions, sent_end: int) -> bool:
    """Whether the time of a frame's sentence belongs to a cause told after
    بعد/عقب ("استعادت القوات جبلة بعد هجمات شنها مسلحون الخميس الماضي"): a day that dates the
    cause, which later sentences must not take as the day the report tells."""
    if f.trigger is None:
        return False
    t = f.trigger.end
    sub = None
    for h in m.discourse.within(t, sent_end):   # (a loop, not next() over a generator)
        if h.payload == "subordinate":
            sub = h
            break
    return sub is not None and not m.dates.within(t, sub.start) \
        and bool(m.dates.within(sub.end, sent_end))


#: a day set off by commas right before "إن/أن" (normalised ان): the day a teller spoke
#: a clause of what came before the event ("بعد معارك عنيفة أمس"): its day is not the event's
_BEFORE_WORD = re.compile(r"(?<!\S)(?:بعد|عقب|اثر|قبل)(?!\S)")
_STATEMENT_DAY_END = re.compile(r"(?:\s+ال\S+)?\s*[،,]\s*ان\s")


def _list_header_days(text: str, m: DocMentions) -> list[tuple[int, int, tuple[date, date, int]]]:
    """Lists whose header line gives their day ("حصيلة يوم أمس السبت في مدينة الرقة:"، "ووثق المرصد يوم
    أمس الأحد:"): a line ending in a colon with one point in time of a known day, then item lines
    (dashed, bulleted or numbered). Each is (where the items begin, where they end, the day)."""
    out: list[tuple[int, int, tuple[date, date, int]]] = []
    if ":\n" not in text:
        return out
    pos = 0
    while (colon := text.find(":\n", pos)) >= 0:
        pos = colon + 2
        ls = text.rfind("\n", 0, colon) + 1
        days = [d for d in m.dates.within(ls, colon) if d.kind == "point" and d.precision == 1
                and d.resolved and d.date_start is not None]
        if len(days) != 1:
            continue
        end = colon + 1
        while end < len(text) and text[end] == "\n":
            j = end
            while text[j:j + 1] == "\n":
                j += 1   # (past blank lines)
            if not ITEM_MARK.match(text, j):
                break
            nl = text.find("\n", j)
            end = len(text) if nl < 0 else nl
        if end > colon + 1:
            d = days[0]
            out.append((colon + 1, end, (d.date_start, d.date_end, d.precision)))
    return out
#: a take-over's and a regain's cues: the ground won, on the day it is told
_TERRITORY_CUES = frozenset(("takeover", "regain"))


#: a sentence opened by the pluperfect ("وكانت الأحداث قد بدأت يوم الأحد ...، إثر اختطاف تاجر"): what it
#: tells is the background of the news, even in a clause of its own after a comma (q80-roundups)
_PLUPERFECT_OPENING = re.compile(r"\W*(?:و|ف)?كان(?:ت|وا)?\s+(?:[^\s.،,]+\s+){0,6}?قد\s")


def _pluperfect_sentence(text: str, sent: Sentence, at: int) -> bool:
    """Whether the sentence opens with "وكان(ت) ... قد" before position `at` (its day is no running day)."""
    # (a match that ends by `at` holds "قد" before it: most sentences have none, ~16 asked a report)
    if text.find("قد", sent.start, at) < 0:
        return False
    mo = _PLUPERFECT_OPENING.match(text, sent.start, sent.end)
    return mo is not None and mo.end() <= at


def _since_day(text: str, told_days: list[DateExpr], d0: date | None) -> bool:
    """Is the clause's day the start of a span ("معارك استمرت منذ فجر السبت")? Then the sentences
    after it that give no time of their own do not go on telling that day: "وشنت مقاتلات التحالف
    غارات على كيلو 16" is the report's day (q78-yemen2)."""
    if d0 is None:
        return False
    since = [x for x in told_days if "منذ" in text[x.start - 18 if x.start > 18 else 0:x.start]   # (a gate: every match holds it)
             and SINCE_BEFORE.search(text, max(0, x.start - 18), x.start)]
    # (only where the sentence tells a day of its own besides: "أعلنت القوات، اليوم الأربعاء، السيطرة على
    #  المطار بعد معارك استمرت منذ فجر السبت"; "قتلت نحو 200 شخص خلال هجمات استمرت منذ السبت" has only the
    #  span's first day, and the sentences after it go on telling those attacks)
    # (loops, not any() over generators: `since` is mostly empty, and a generator costs ~2.5 k instructions)
    for x in since:
        if x.date_start == d0:
            break
    else:
        return False
    for x in told_days:
        if x not in since:
            return True
    return False


def _won_after_since(f: Frame, d: DateExpr, text: str) -> bool:
    """Is `d` the day a take-over's or a regain's fighting began, told after "منذ" in a clause of
    how the ground was won ("تحرير منطقة X، بعد معارك منذ صباح أمس")? (fix round q80-fix-h2)"""
    return f.trigger is not None and f.cue_name in _TERRITORY_CUES and d.start > f.trigger.end \
        and "منذ" in text[d.start - 18 if d.start > 18 else 0:d.start] \
        and SINCE_BEFORE.search(text, d.start - 18 if d.start > 18 else 0, d.start) is not None \
        and _BEFORE_WORD.search(text, f.trigger.end, d.start) is not None


#: "مجزرة قانا الأولى في نيسان 1996، حين قصفت المدفعية ...": a clause opened by "حين/عندما" right after a
#: time tells when that time's event happened (`when_clause` in grammar_words.tsv; q80-levant)
_WHEN_CLAUSE = re.compile(rf"[\s,،]*(?:{alternation('when_clause')})\s")


#: "لتشمل اليوم الاثنين بلدتي X وY" (grammar_words `spread_verb`)
_SPREAD_TO = re.compile(rf"(?:^|(?<=\s))(?:{alternation('spread_verb')})(?!\w)")
_SPREAD_NEEDLE = "ت"   # (every spread verb holds it: a cheap test before the regex)


def _spread_days(f: Frame, drafts: list, text: str, m: DocMentions) -> None:
    """"توسعت الاشتباكات التي اندلعت أمس الأحد في حي X لتشمل اليوم الاثنين بلدتي Y وZ": the places
    told after a verb of spreading and a point in time of its own are of that time, not of the day
    the fight began (the frame's one date)."""
    end = max(e for _, e in f.spans)
    for v in _SPREAD_TO.finditer(text, f.start, end):
        for d in drafts:
            if d.place.start <= v.end():
                continue
            x = next((x for x in m.dates.within(v.end(), d.place.start)
                      if x.kind == "point" and x.resolved and x.date_start is not None), None)
            if x is not None:
                d.date_start, d.date_end, d.time_precision = x.date_start, x.date_end, x.precision


def _dates(f: Frame, sent_dates: list[DateExpr], anchor: date | None, anchor_kind: str,
           incident: DateExpr | None = None, frames: list[Frame] = (),
           text: str = "") -> tuple[date | None, date | None, int, bool]:
    d = f.date
    # another clause's time can date this one only if it is a point in time ("امس"), not
    # the background or habit that clause was about ("منذ أشهر", "يومياً"), or a day told
    # after it in a clause of no event of its own ("قتل ثلاثة مدنيين بقصف على دوما، في 28
    # شباط الماضي": weeks before the report, yet the day of this event)
    if sent_dates and d is None:
        sent_dates = [x for x in sent_dates if x.kind == "point" or f.background or (
            x.precision == 1 and x.resolved and x.start >= f.end
            and not any(g is not f and g.start <= x.start < g.end for g in frames)) or (
            # (a month or a year right before "حين": the event of the when-clause is of that time)
            x.resolved and (w := _WHEN_CLAUSE.match(text, x.end)) is not None and w.end() <= f.end)]
    if sent_dates and d is None and f.background:
        # (not the day of the news told in another clause: "قتل 24 مدنياً اليوم الاثنين ...، بعد
        #  يوم دام قتل فيه نحو 100 شخص": today is the killing's, the bloody day was before it;
        #  quality-72)
        sent_dates = [x for x in sent_dates if not any(
            g is not f and not g.background and g.start <= x.start < g.end for g in frames)]
    if len(sent_dates) > 1 and text and (d is None or d in sent_dates) and f.trigger is not None:
        # "قالت الوزارة، اليوم الأربعاء، إن أربعة من جنودها قتلوا في اشتباكات ...، مساء أمس": the day
        # set off before "إن/أن" is the statement's; another point in time the sentence tells after
        # the event word is the event's (quality-q77-iraq2)
        spoken = [x for x in sent_dates if x.end <= f.trigger.start and _STATEMENT_DAY_END.match(text, x.end)]
        # (not a day told in a clause of what came before: "سيطرت القوات على المجمع بعد معارك عنيفة أمس")
        told = [x for x in sent_dates if x.start > f.trigger.start and x.kind == "point" and x not in spoken
                and not _BEFORE_WORD.search(text, f.trigger.end, x.start)]
        if spoken and told and (d is None or d in spoken):
            d, sent_dates = None, told
    if d is None and sent_dates:
        t = f.trigger.start if f.trigger else f.start
        d = min(sent_dates, key=lambda x: abs(x.start - t))
        if d.kind == "background" and (w := _WHEN_CLAUSE.match(text, d.end)) is not None and w.end() <= f.end:
            f.background = True   # (the when-clause's event is of that past time, as its own time would say)
    if d is not None and text and _won_after_since(f, d, text):
        # "تحرير منطقة X بالكامل، بعد معارك خاضتها الوحدات منذ صباح أمس": the day after "منذ" in the
        # clause of how it came about is when the fighting began; the ground was won when it is told
        # (fix round q80-fix-h2)
        d = None
        if not f.background and anchor is not None:
            return anchor, anchor, 2 if anchor_kind != "published" else 1, False
    if d is not None and d.resolved:
        return d.date_start, d.date_end, d.precision, True
    if d is not None and f.background and d.kind == "point":
        # "أمس السبت" in a report with no publication date: the event has a day of its own,
        # we just cannot say which; it is codable, undated
        return None, None, d.precision, True
    if f.background:
        if anchor is None:
            return None, None, 3, False
        return anchor - timedelta(days=30), anchor - timedelta(days=1), 3, False
    if incident is not None:
        return incident.date_start, incident.date_end, incident.precision, True
    if anchor is None:
        return None, None, 3, False
    return anchor, anchor, 2 if anchor_kind != "published" else 1, False


def assemble(text: str, sents: list[Sentence], frames: list[Frame], m: DocMentions,
             res: ActorResolver, lex: Lexicons, anchor: date | None, anchor_kind: str,
             places: list[PlaceSpan] | None = None, incident: DateExpr | None = None,
             hamza_alef: Callable[[int], bool] | None = None) -> list[Draft]:
    """Drafts (one per event and place) from the frames of one report.

    `hamza_alef(pos)` tells whether the alef at a normalised position is written أ/إ/آ in the
    original: then "ال" there is the start of a word (ألغام), not the article.
    """
    drafts: list[Draft] = []
    last_strong: Frame | None = None
    last_strong_actors: tuple[ActorRef | None, ActorRef | None] = (None, None)
    last_placed: Frame | None = None
    placed_by_family: dict[str, Frame] = {}   # the last placed frame of each kind of fight
    placed_sites: set[tuple[int, ...]] = set()   # where the placed frames told so far happened
    context_mode: str | None = None
    context_item: int | None = None   # the list item that told the strike context_mode comes from
    doc_mode = document_mode(frames, m)
    last_by_family: dict[str, Draft] = {}
    last_sides: tuple[int, ActorRef, ActorRef | None] | None = None   # the sentence's last actors
    found = finding_told(text)   # ("بعد العثور على جثث ..." told anywhere: most reports tell none)
    protest_told: dict[int, tuple] = {}   # sentence -> the (hit, cue) of a protest told in it
    recent_actors: dict[str, tuple[int, ActorRef | None, ActorRef | None]] = {}
    # the two sides a report says a fight is between ("الاشتباكات بين العشائر والفصائل الدرزية"):
    # a clash it then places with one side or none is between the same two
    fight_sides: tuple[ActorRef, ActorRef] | None = None
    last_attacker: tuple[int, ActorRef] | None = None   # (sentence, actor1) of the last ground attack
    last_violent: ActorRef | None = None   # actor1 of the last violent event of any kind
    denied: Frame | None = None   # the last placed event the report says did not happen
    last_detention: Frame | None = None   # the last placed arrest or abduction of the report
    told_day: tuple[date | None, date | None, int] | None = None   # the last day an event was told on
    told_item: int | None = None   # the list item (its line's start) that told it, if one did
    item_lines: dict[int, int | None] = {}   # `_item_line`'s answer per line start, asked ~25 times a report
    list_days = _list_header_days(text, m)   # (q78-syria-d)
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
            continue
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
        if (f.strength <= 3 and last_strong is not None and f.sent - last_strong.sent <= 2
                and (f.casualties.killed or f.casualties.injured)
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
            elif _arrests_told_again(f, last_detention, last_placed):
                # "شنت الهيئة حملة اعتقالات في مدينة سراقب، بعد يومين من سيطرتها على معرة النعمان.
                # وقال ناشطون إن عناصرها اعتقلوا خمسة أشخاص": the arrests told before, not the
                # place of the background told in between
                src = last_detention
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
                    and (_target_info(m, f.spans, text)[0] or f.cue.family == "protest"):
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
                    ha1 = _pick_actors(f, res, text, sent, hamza_alef)[0]
                    if ha1 is not None and ha1.klass in _ARMED_CLASSES:
                        head_actors.setdefault(f.cue.family, []).append(ha1)
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
        if a1 is None and a2 is not None and a2.klass == "air_defence" and f.cue_name in ("attack", "clash", "gunfire"):
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
        if a1 is not None and a1.klass not in ("civilian", "protester") and f.cue is not None \
                and f.cue.family in ("fight", "killing"):
            last_attacker = (f.sent, a1)
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
        elif sub == "Shelling/artillery/missile attack" and modes:
            context_mode, context_item = "shelling", _item_line(text, sent.start, item_lines)
        if f.strength > 3:
            last_strong = f
            last_strong_actors = (a1, a2)
        last_placed = f
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
        d0, d1, prec, explicit = _dates(f, told_days, anchor, anchor_kind, incident, frames, text)
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
        if not explicit and not f.background and list_days:
            # "ووثق المرصد يوم أمس الأحد:" then "1- مقتل 14 مدنياً في قرية X ...": an item of a list
            # with no time of its own is of the day its header gives (q78-syria-d)
            d0, d1, prec = next((v for a, b, v in list_days if a <= f.start < b), (d0, d1, prec))
        told_back = _told_as_before(text, f.trigger, m) if f.trigger is not None else None
        if told_back is not None and f.cue is not None and f.cue.family != "detention" \
                and _CAME_VERB.search(text, sent.start, f.trigger.word_start) is None \
                and _told_beside(f, frames) == "other":
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
                    x.start > f.trigger.start and x.precision == 1 and _DIGIT.search(text, x.start, x.end)
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
        if f.background and (not explicit or prec > BACKGROUND_MAX_PRECISION):
            continue  # background without a date of its own: not codable as an event
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
            if n1 is not None and n1 != "Protesters" and a1 is not None and a1.klass == "state" \
                    and not f.has("riot"):
                # (state forces do not riot: "أغلق متظاهرون الجسر بعد أن أضرموا النيران في الإطارات"
                #  told after what the police did; the force is at most the other side)
                n2, a1, a2 = n1, None, a1
                n1 = "Rioters"
            n1 = "Rioters" if n1 in (None, "Protesters") else n1
            n2 = None if n2 == "Protesters" else n2
        civilian = civ_target or f.casualties.civilian_victims or (a2 is not None and a2.klass == "civilian")
        if civ_target and not f.casualties.civilian_victims and f.casualties.soldiers and \
                not (a2 is not None and a2.klass == "civilian"):
            # "قتل 111 جندياً في هجوم استهدف مسجداً في معسكر للجيش": the mosque was the soldiers'
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
                and res.country is not None and sub in (
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
                and _TRIBAL_FIGHT.search(text, f.trigger.start, f.trigger.word_end) \
                and n1 in (None, "Unidentified Armed Group") and n2 in (None, "Civilians", "Unidentified Armed Group"):
            # "قتل شخصان بينهما طفل جراء نزاع عشائري مسلح في قضاء X": a tribal dispute is a fight of
            # the country's tribes on both sides, whoever died in it and whatever gunmen are named
            # (ACLED Iraq: Unidentified Tribal Militia (Iraq) vs the same; quality-q77-iraq2)
            n1 = n2 = resolve_generic("@tribes", res.country, d0, lex)
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
            f.trigger is not None and f.cue_name in ("attack", "clash") and _CAUSE_WORD_BEFORE.search(
                text, f.trigger.word_start - 10, f.trigger.word_start) is not None,   # caused
        ) for p in f.places]
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
                d.killed, d.frame_id = c, id(f) + 100 + i
        if len(new_drafts) > 1 and sub in _FORCE_AT_PROTEST:
            new_drafts = _force_where_named(f, new_drafts, text, sents[f.sent].end)
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
    if head_actors:
        _headline_actor(drafts, head, head_actors, family_of, lex)
    _losers_from_the_report(drafts, res)
    return drafts


#: what the forces did to protesters, as one record per place of the protests told with it
_FORCE_AT_PROTEST = frozenset({"Protest with intervention", "Excessive force against protesters"})
#: the cue classes of the force itself (tear gas, dispersal, live fire)
_FORCE_CUES = frozenset({"repression", "gunfire"})


def _named_in(name: str, text: str, start: int, end: int) -> bool:
    """Is the place name written, as a word (with a proclitic), in text[start:end]?"""
    i = text.find(name, start, end)
    while i >= 0:
        j = i + len(name)
        before = text[i - 1] if i > start else " "
        if before in "وبلف" and i - 1 > start:
            before = text[i - 2]
        if not before.isalnum() and (j >= len(text) or not text[j].isalnum()):
            return True
        i = text.find(name, i + 1, end)
    return False


def _force_where_named(f: Frame, drafts: list[Draft], text: str, sent_end: int) -> list[Draft]:
    """The force at the places its own clause names, not at every place of the protests told with it.

    "خرجت مواكب في مدن بحري وأم درمان وعطبرة، وأطلقت القوات الغاز المسيل للدموع على المحتجين في أم
    درمان": the tear gas was fired at Omdurman; the other towns' marches were peaceful (their own
    Peaceful protest records when the frame tells the protests, none when the frame is the force alone,
    whose protests the list's own frame tells). A clause that names no place of the list ("وأطلقت
    الشرطة الغاز لتفريقهم") leaves the force at all of them (q82-match).
    """
    force = min((h.start for h, c in f.cues if c.cue in _FORCE_CUES), default=None)
    if force is None:
        return drafts
    named = [d for d in drafts if d.place.start >= force
             or (d.place.name and _named_in(d.place.name, text, force, sent_end))]
    if not named or len(named) == len(drafts):
        return drafts
    if not any(c.cue == "protest" and h.start < force for h, c in f.cues):
        return named
    named_ids = {id(d) for d in named}   # (by identity: the drafts are not compared field by field)
    out = []
    for d in drafts:
        if id(d) in named_ids:
            out.append(d)
            continue
        actor1_text = d.actor1_text if d.actor1 == "Protesters" else None
        out.append(replace(d, sub_event_type="Peaceful protest", actor1="Protesters", actor1_text=actor1_text,
                           actor1_inferred=False, actor2=None, actor2_text=None, killed=None, injured=None,
                           civilian_targeting=False, weapons=[], targets=[]))
    return out


def _prior_offsets() -> dict[str, tuple[int, int, int]]:
    """`prior` phrase -> (days back from, days back to, precision) (`lexicon/prior_offsets.tsv`)."""
    return {normalize_key(r["pattern"]): (int(r["days_from"]), int(r["days_to"]), int(r["precision"]))
            for r in read_tsv("lexicon/prior_offsets.tsv")}


_PRIOR_OFFSETS = _prior_offsets()


def _told_as_before(text: str, trigger: Hit, m: DocMentions) -> tuple[int, int, int] | None:
    """How many days before its clause's time an event word told right after "بعد يومين من" happened
    (the discourse `prior` phrases with a day count), or None."""
    for h in m.discourse.within(trigger.word_start - 24, trigger.word_start):
        if h.payload == "prior" and 0 <= trigger.word_start - h.end <= 2:
            got = _PRIOR_OFFSETS.get(" ".join(text[h.start:h.end].split()))
            if got is not None:
                return got
    return None


def _told_beside(f: Frame, frames: list[Frame]) -> str | None:
    """What the sentence of `f`, an event told after a `prior` phrase, tells before it: "same" for an
    event of its kind (an earlier step: "أعلن الجيش تحرير مديرية X، بعد أيام من استعادة مديريتي Y وZ"),
    "other" for news of another kind ("فجرت المليشيا منازل، بعد يومين من استعادتها السيطرة على المديرية"),
    None for no event at all (then the earlier event is what the sentence tells)."""
    got = None
    for g in frames:
        if g is not f and g.sent == f.sent and g.cue is not None and g.trigger is not None \
                and g.trigger.start < f.trigger.start:
            if g.cue.family == f.cue.family:
                return "same"
            got = "other"
    return got


#: "وجاءت الغارات"، "ويأتي ذلك": a verb of coming, which tells the news as following an earlier event
_CAME_VERB = re.compile(rf"(?<!\S)[وف]?(?:{alternation('came_verb')})(?!\S)")


#: a headline: one of the report's first lines, short, with more text after it
_HEADLINE_MAX = 160
_HEADLINE_WITHIN = 300
_UNNAMED_ACTOR1 = (None, "Unidentified Armed Group", "Unidentified Military Forces")


#: a monitor's roundup by region: a paragraph opened by a place of one to three words and a colon
#: ("ريف حلب: استشهد ..."، "حمص: تواصل ..."; fix round q80-fix-h2), an item of its list as much as a
#: line opened by `ITEM_MARK`
_PLACE_COLON_ITEM = re.compile(r"[ \t]*[\u0621-\u064a]+(?:\s[\u0621-\u064a]+){0,2}:[ \t]+(?=\S)")


def _contrast_placed_apart(text: str, f: Frame, src: Frame, sent_end: int, frames: list[Frame]) -> bool:
    """Is placeless `f` told in a clause opened by a contrast word (فيما، بينما، في حين:
    `contrast_lead`) after the places of `src`, in its sentence, that says "في" after its event
    word before a name no frame of the sentence placed anything at: a place of its own, one the
    finder did not read, not src's?"""
    if f.trigger is None or not src.places:
        return False
    end = src.places[-1].end
    if end >= f.trigger.start:
        return False
    lead = None
    for lead in _CONTRAST_LEAD.finditer(text, end, f.trigger.start):
        pass
    if lead is None:
        return False
    read = [p.start for g in frames if g.sent == f.sent for p in g.places]
    return any(not any(m.start() < ps <= m.end() + 12 for ps in read)
               for m in _IN_WORD.finditer(text, f.trigger.end, sent_end))


def _opens_new_item(text: str, sent_start: int, f: Frame, src: Frame) -> bool:
    """Does placeless `f`'s sentence open another item of the report than `src`'s, told in an
    earlier sentence: a word that turns to the next piece of news ("إلى ذلك"، "وفي وقت لاحق"،
    "وفي السياق"، "كما": `new_item_opener`, `also_opener` in grammar_words.tsv) before an event
    word that counts no dead or wounded, or a line of a list (`ITEM_MARK`) after the item line `src` is told on?"""
    if f.cue_name not in _BARE_TOLL_CUES and not (f.casualties.killed or f.casualties.injured) and not (
            f.cue_name == "arrest" and src.cue_name in _ON_THE_GROUND) and (
            _NEW_ITEM_OPENER.match(text, sent_start) is not None or _ALSO_OPENER.match(text, sent_start) is not None):
        # (not a toll: "كما أصيب خمسة آخرون بجروح"، "كما قتل عشرة عناصر في الغارات" are more of the
        #  event before; nor arrests after forces stormed a place or broke up a protest there: "اقتحمت
        #  القوات بلدة X. كما اعتقلت ثمانية شبان" are the storming's arrests)
        return True
    ls = item_line(text, f.start)
    return ls is not None and src.start < ls and item_line(text, src.start) is not None


def _sibling_item(text: str, f: Frame, before: Frame) -> bool:
    """Does placed `f` open a line of a list (`ITEM_MARK`) after the item line `before` is told on?"""
    if not f.places:
        return False
    ls = item_line(text, f.start)
    if ls is None or text[ls:f.start].count(".") or before.start >= ls:
        return False
    return item_line(text, before.start) is not None


def _place_colon_item(text: str, ls: int) -> bool:
    """`_PLACE_COLON_ITEM.match(text, ls) is not None`, the regex asked only where it can match: its colon
    is the first one at or after `ls`, and before it, past the line's opening spaces and tabs, stand at
    most two spaces (three words at most). A line with no colon of its own fails in the regex only
    after it tried every split of its first words (~10 k instructions a line)."""
    p = text.find(":", ls)
    if p < 0:
        return False
    s = ls
    while s < p and text[s] in " \t":
        s += 1
    return text.count(" ", s, p) <= 2 and _PLACE_COLON_ITEM.match(text, ls) is not None


def _item_line(text: str, pos: int, memo: dict[int, int | None] | None = None) -> int | None:
    """The start of the line `pos` is on when that line is an item of a list (segment.item_line) or of a
    roundup by region (`_PLACE_COLON_ITEM`).

    `memo` keeps the answer per line start for one text (assemble asks it per frame, most of them on
    a line asked before: the two regex matches once per line)."""
    ls = text.rfind("\n", 0, pos) + 1
    if memo is not None:
        got = memo.get(ls, -1)
        if got != -1:
            return got
    out = item_line(text, pos)
    if out is None and _place_colon_item(text, ls):
        out = ls
    if memo is not None:
        memo[ls] = out
    return out


#: a live blog's entry: its time, then a dash ("10:45 -")
_TIMED_ITEM = re.compile(r"[ \t]*\d{1,2}:\d{2}\s*[-\u2013]")


def _headline_sentences(text: str, sents: list[Sentence]) -> set[int]:
    """Sentences that are a whole short line among the report's first lines, with more text after:
    a headline ("قوات الدعم السريع تقصف أحياء في أم درمان") over the body that tells it."""
    out: set[int] = set()
    if "\n" not in text[:_HEADLINE_WITHIN]:
        return out
    for i, s in enumerate(sents):
        if s.start >= _HEADLINE_WITHIN or i + 1 >= len(sents):
            break
        line_start = text.rfind("\n", 0, s.start) + 1
        line_end = text.find("\n", s.end)
        if line_end < 0:
            break
        if _TIMED_ITEM.match(text, line_start) is not None:
            continue   # "09:10 - غارة لطيران تابع لقوات حفتر ...": a live blog's entry, no headline over the rest
        if not text[line_start:s.start].strip() and not text[s.end:line_end].strip(" .!") \
                and line_end - line_start <= _HEADLINE_MAX:
            out.add(i)
    return out


def _headline_actor(drafts: list[Draft], head: set[int], head_actors: dict[str, list[ActorRef]],
                    family_of: dict[int, str], lex: Lexicons) -> None:
    """An event of the body that names no perpetrator is the one the headline names for that kind of
    event ("هجمات انتحارية لداعش في ريف حلب" over "انفجرت سيارة مفخخة قرب مقر للفصائل في اعزاز"):
    a report is about what its headline says. Only when the headline names one side for that kind
    (cue family), and not the side the body event hit; an air force lends no gunner to a shelling."""
    for d in drafts:
        fam = family_of.get(d.frame_id)
        actors = head_actors.get(fam or "")
        if not actors or d.actor1 not in _UNNAMED_ACTOR1 or d.actor1_text is not None \
                or d.sentences <= head:
            continue
        names = {r.name for r in actors}
        if len(names) != 1:
            continue   # the headline names two sides of that kind: which one did this is not said
        a = actors[0]
        if a.name == d.actor2 or (d.sub_event_type == "Shelling/artillery/missile attack"
                                  and lex.actor_modes.get(a.name) == "air"):
            continue
        d.actor1, d.actor1_text, d.actor1_inferred = a.name, a.text, True


#: "بعد" (or عقب، إثر) right before an event noun: the clause tells how the event before came about
_AFTER_WORD = re.compile(rf"(?:^|\s)(?:{alternation('after_word')})\s+$")
#: ...or opening the clause of the event: "، بعد هجمات بعشر سيارات مفخخة يقودها انتحاريون"; so does
#: the course of the event told before ("، بدأ بتفجير انتحاري بعربة مفخخة", "تخلله قصف")
#: "بعد أيام من استعادة ..."، "عقب ساعات من سيطرة ...": a while before the event told, right before
#: the verbal noun of an earlier one
_AFTER_SPELL = re.compile(rf"(?:^|\s)(?:بعد|عقب)\s+(?:{alternation('time_span_word')})\s+من\s+$")
_AFTER_START = re.compile(r"[\s,،]*(?:بعد|عقب|اثر|بدا|بدات|تخلله|تخللها|سبقه|سبقها)\s")


#: "... على تعزيزات الحوثيين في المنطقة.": a bare definite area word closing the clause
_IN_THE_AREA = re.compile(rf"\s(?:في|ب)\s*(?:{alternation('area_anaphor')})\s*[.,،]")


_CAUSE_BEFORE = re.compile(r"(?:^|\s)(?:بعد|عقب|اثر|جراء)\s+(?:\S+\s+){0,3}$")


#: "، وهو ما نفاه الجيش" / "، الأمر الذي نفته الوزارة": the other side's denial of what the clause before told
_DENIED_AFTER = re.compile(rf"[،,]\s*(?:وهو\s+ما|وهي\s+ما|الامر\s+الذي)\s+(?:{alternation('denied_it')})(?=\s|$)")


def _denied_after(text: str, at: int, end: int) -> bool:
    """"، وهو ما نفاه الجيش" within 200 characters after `at` in its sentence, with no accusation told between
    ("سيطرت القوات على البلدة، واتهمت المعارضة عناصرها بإعدام مدنيين، وهو ما نفاه الجيش" denies the charge)."""
    denial = _DENIED_AFTER.search(text, at, min(end, at + 200))
    return denial is not None and "اتهم" not in text[at:denial.start()]


def _denier_version(text: str, sent: Sentence, f: Frame, m: DocMentions) -> bool:
    """A frame told in a sentence a denial opens ("ونفى المجلس أن يكون قد أصدر أوامر بفض الاعتصام، وقال
    إن العملية استهدفت حياً مجاوراً"، "نفت الوزارة انسحاب قواتها، مؤكدة أنها اعتقلت عدداً من المشتبه
    بهم"، "نفت الكتائب مسؤوليتها عن هجوم المطار"): the denier's defence, counter-charge or disowning of an
    attack told elsewhere, no event of its own, unless it counts victims (an attack disowned with its
    toll, "نفى الجيش مسؤوليته عن انفجار قتل فيه 10 أطفال", is the attack), or it is fighting the
    denier says goes on after its denial ("نفت المصادر سقوط المدينة، مؤكدة أن المعارك مستمرة")."""
    if f.trigger is None or f.casualties.killed is not None or f.casualties.injured is not None:
        return False
    neg = next((h for h in m.discourse.within(sent.start, f.trigger.word_start) if h.payload == "negation"), None)
    if neg is None or len(text[sent.start:neg.word_start].split()) > 6:
        return False   # (a denial at the sentence's opening, after its subject at most: "وكان X قد نفى")
    if f.places and not f.place_inherited and any(
            True for _ in m.weapons.within(max(neg.end, f.trigger.word_start - 24), f.end)):
        return False   # a strike the denier says it made instead, with its weapon and a place of its own
        # ("..., وقالت إن طائراتها استهدفت مستودعاً في بلدة X"): a claimed strike, coded as claims are
    if f.cue is not None and f.cue.family == "fight" and ("،" in text[neg.end:f.trigger.word_start]
                                                           or "," in text[neg.end:f.trigger.word_start]):
        return False
    return True


def _denial_between(text: str, sents: list[Sentence], before: int, f: Frame, m: DocMentions) -> bool:
    """"أعلنت قوات الوفاق استعادة مطار طرابلس. ونفت قوات حفتر ذلك ... وقالت مصادر طبية إن 5 من مقاتلي
    الوفاق قتلوا": a bare toll right after the other side's denial, which opens the one sentence
    between, is still the toll of the event denied."""
    if f.sent - before != 2 or f.cue_name not in ("kill", "casualties"):
        return False
    between = sents[before + 1]
    return any(h.payload == "negation" and not text[between.start:h.word_start].strip(" \n\t،,وف")
               for h in m.discourse.within(between.start, between.end))


#: a bare definite force that names again the side told before ("فردت القوة بقصف مدفعي")
_FORCE_ANAPHOR = re.compile(rf"(?:^|\s)[وف]?ال({alternation('force_anaphor')})(?=\s|$)")
_FORCE_ANAPHOR_NEEDLES = last_token_needles(words("force_anaphor"))   # (a gate before its window search)
#: "بالتزامن مع" right before an event word: "اشتباكات ...، بالتزامن مع قصف بقذائف الهاون"
_CONCURRENT = re.compile(rf"(?:^|\s)(?:{alternation('concurrent_word')})\s+$")


def _concurrent_with(text: str, f: Frame, placed: Frame) -> bool:
    """"تجددت الاشتباكات بين X وY على أطراف الحي، بالتزامن مع قصف بقذائف الهاون على منازل المدنيين، ما
    أدى إلى مقتل سيدة": an event of another kind told in the same sentence as going on at the same time,
    with a toll of its own, happened where the placed event did."""
    return f.trigger is not None and f.sent == placed.sent and bool(
        f.casualties.killed or f.casualties.injured) and _CONCURRENT.search(
        text, max(0, f.trigger.word_start - 16), f.trigger.word_start) is not None


def _in_the_area(text: str, f: Frame, sent: Sentence) -> bool:
    """"شنت جماعة الحوثي هجوماً على مواقع الجيش في جبهة صرواح. وشنت مقاتلات التحالف 12 غارة على
    تعزيزات الحوثيين في المنطقة": an event of another kind that names no place but "the area"
    happened where the event just told did (not a region of its own: the word alone names none)."""
    if f.trigger is None or _CAUSE_BEFORE.search(text, max(0, f.trigger.word_start - 40), f.trigger.word_start):
        return False    # "قصفت المدفعية التركية قرى X وY، بعد هجوم شنه مسلحو الحزب على قاعدة في المنطقة":
                        # the cause told after بعد struck elsewhere in the area, not the places shelled
    return _IN_THE_AREA.search(text, f.trigger.end, sent.end + 1) is not None


def _it_again(text: str, f: Frame, last: Frame) -> bool:
    """"هاجمت قوات الدعم السريع معسكر زمزم ...، وقصفته بالمدافع": a verb joined by و to the event
    before it in its sentence, whose object is a pronoun, acted on what that event named: its place,
    though the kind of event differs (quality-71)."""
    if f.trigger is None or f.sent != last.sent or f.places:
        return False
    word = text[f.trigger.word_start:f.trigger.word_end]
    return word.startswith("و") and word.endswith(_OBJECT_PRONOUNS) and len(word) >= 6


def _same_subject(f: Frame, a1: ActorRef | None, a2: ActorRef | None, text: str, res: ActorResolver,
                  last: tuple[int, ActorRef, ActorRef | None] | None) -> tuple[ActorRef | None, ActorRef | None]:
    """"شن مقاتلو الحركة هجوماً على مواقع قوات النظام، وسيطروا على عدة مبان": a plural verb joined
    by و with no subject of its own has the subject of the event before it in the sentence."""
    if last is None or last[0] != f.sent or f.trigger is None:
        return a1, a2
    word = text[f.trigger.word_start:f.trigger.word_end]
    if not (word.startswith(("و", "ف")) and word.endswith("وا") and len(word) >= 5):
        return a1, a2
    if res.within(f.trigger.word_end, min(len(text), f.trigger.word_end + 25)):
        return a1, a2   # a subject right after the verb
    subject, other = last[1], last[2]
    if a1 is not None and a1.name == subject.name:
        return a1, a2
    return subject, (other if a2 is None or a2.name == subject.name else a2)


def _own_fighters_counted(f: Frame, res: ActorResolver, text: str) -> bool:
    """Does the frame count fighters with a pronoun ("مقتل أربعة من عناصرها", "ثلاثة من جنوده"): a
    side's own dead? (Counted: "من" before them; "أن مقاتليه استهدفوا" tells who acted.)"""
    a, b = f.bounds()
    return any(p.payload.side in ("armed", "military") and text[p.start:p.end].endswith(("ه", "ها", "هم"))
               and text.endswith("من ", 0, p.word_start)
               for p in res.mentions.persons.within(a, b))


def _teller_soldiers_counted(f: Frame, r: ActorRef, res: ActorResolver, text: str) -> bool:
    """Does a state's or a foreign force's teller count soldiers of no other nation than its own
    ("أعلن الجيش العراقي مقتل جنديين جراء هجوم"، "أعلن التحالف الدولي مقتل جنديين أمريكيين ومجندة
    بريطانية")? Those are its own dead, hit by the event it tells; not when fighters of a group
    are counted too ("مقتل 5 إرهابيين وجندي": its kill) or soldiers of another nation ("جنود
    سوريين")."""
    c = f.casualties
    if r.klass not in ("state", "foreign") or not c.soldiers or c.civilian_victims:
        return False
    own = getattr(r.hit.payload, "country", "") or ""
    # (`_nation_after` knows the nations of the conflict lands; a foreign force's own soldiers are
    #  of another: "?", "جنود أمريكيين")
    if not all(n in ("", own) or r.klass == "foreign" and n == "?" for n in c.soldiers):
        return False
    a, b = f.bounds()
    return not any(p.payload.side == "armed" for p in res.mentions.persons.within(a, b))


def _control_over_a_place(text: str, end: int) -> bool:
    """Does "على X" follow the side (`end`: its end) to say what it took ("من سيطرة الجيش على X": the
    side is the agent)? "بعد عشرة أشهر من سيطرة الدعم السريع عليه" (a pronoun) says it held the place
    the event is about: it lost it."""
    after = text[end:end + 8].lstrip()
    return after.startswith("علي") and not after.startswith(("عليه", "عليها", "عليهم"))


def _fought_with(f: Frame, r: ActorRef, text: str) -> bool:
    """Is `r` told "with" after the fight word of the frame, a few words apart ("بعد معارك استمرت
    أكثر من شهر مع كتائب الزنتان"): the side fought, not the one that took the place? (Asked of
    the one side a take-over's clause names: the taker is then the sentence's subject.)"""
    return _FOUGHT_WITH.search(text, max(0, r.hit.word_start - 24), r.hit.word_start) is not None and any(
        c.cue == "clash" and 0 < r.hit.word_start - h.end <= 50 for h, c in f.cues)


def _sentence_subject(f: Frame, a2: ActorRef, res: ActorResolver, sent: Sentence) -> ActorRef | None:
    """"بدأ الجيش التركي وفصائل من الجيش الحر عملية درع الفرات، وتمكنت القوات من السيطرة على مدينة
    جرابلس بعد طرد تنظيم الدولة منها": a take-over that names only its loser is by the armed side
    the sentence opened with, in a clause of no event of its own."""
    for r in res.within(sent.start, f.start):
        if r.klass in _ARMED_CLASSES and r.name != a2.name and res.role_hint(r, sent.start) in (None, "agent"):
            return r
    return None


def _air_actors(f: Frame, a1: ActorRef | None, a2: ActorRef | None, widened: bool, weapons: list[str],
                res: ActorResolver, sent: Sentence, lex: Lexicons, denied: Frame | None,
                ) -> tuple[ActorRef | None, ActorRef | None, bool]:
    """Who flew a strike: warplanes, helicopters and air raids told with no drone are no armed
    group's, and the one force of the sentence that strikes from the air flew the raids."""
    # (so do air raids told with no drone: "وسط غارات مكثفة على مواقع الجماعة")
    air_raid = f.cue_name == "airstrike" and "drone" not in weapons and a1 is not None \
        and res.role_hint(a1, sent.start) != "agent"
    # (not when the aircraft was shot down: "أسقط الثوار طائرة حربية" is the rebels' act)
    if a1 is not None and a1.klass in ("organisation", "rebel") and f.cue_name != "intercept" and (
            _MANNED_AIRCRAFT & set(weapons) or air_raid):
        # "قصف الطيران الحربي ... مبنى المقر الرئيسي لتنظيم الدولة": warplanes and helicopters
        # are no armed group's; a group named with them is at most the side hit, and a force
        # that strikes from the air named beside it flew them
        if a2 is not None and lex.actor_modes.get(a2.name) == "air":
            a1, a2 = a2, a1
        elif a2 is not None and a2.klass == "state":
            # "أطلقت القوات المشتركة عملية لاستعادة المدينة من الحوثيين، وسط غارات على مواقع
            # الجماعة": the raids back the state's forces; the group is the side hit
            a1, a2 = None, a1
        else:
            a1, a2 = None, a2 or a1
    if a1 is None and f.cue_name == "airstrike" and "drone" not in weapons:
        # the one force of the sentence that strikes from the air flew the raids ("القوات
        # المشتركة المدعومة من التحالف ... وسط غارات"): the side it backs has no aircraft
        flyers = {r.name: r for r in res.within(sent.start, sent.end)
                  if lex.actor_modes.get(r.name) == "air" and (a2 is None or r.name != a2.name)
                  and not (denied is not None and _told_in(r, denied.spans))   # (not who denied it)
                  and res.role_hint(r, sent.start) != "source"}
        if len(flyers) == 1:
            a1, widened = next(iter(flyers.values())), True
    return a1, a2, widened


def _same_area(f: Frame, before: list[Frame]) -> bool:
    """Does a place of `f`, or a place the report says holds it, bear the name of a place the
    frames `before` were told at?"""
    names = {p.name for g in before for p in g.places}
    for p in f.places:
        q, n = p, 0
        while q is not None and n < 4:
            if q.name in names:
                return True
            q, n = q.parent, n + 1
    return False


def _actors_told_before(f: Frame, fam: str | None, a1: ActorRef | None, a2: ActorRef | None,
                        widened: bool, recent_actors: dict[str, tuple[int, ActorRef | None, ActorRef | None]],
                        frames: list[Frame] | None = None, also: bool = False,
                        ) -> tuple[ActorRef | None, ActorRef | None, bool]:
    """Sides a frame that names too few of them takes from the last event of its kind."""
    if a1 is None and a2 is None and fam in recent_actors:
        # "ودارت اشتباكات عنيفة" told after "هجوم لداعش على قوات النظام": the same sides
        sent_no, ra1, ra2 = recent_actors[fam]
        if f.sent - sent_no <= 3:
            a1, a2, widened = ra1, ra2, True
            if f.cue_name == "regain" and ra1 is not None and ra2 is not None and ra1.inter != 1 \
                    and ra2.inter == 1:
                # "شن فلول النظام هجمات على حواجز الأمن العام ... وأعلنت وزارة الدفاع استعادة
                # السيطرة على القرى": what was lost is regained by the state side that was attacked
                a1, a2 = ra2, ra1
    elif a1 is None and a2 is not None and a2.klass == "civilian" and fam == "remote" and fam in recent_actors:
        # "شن طيران العدوان 12 غارة على X. وأوضح مصدر أن غارتين استهدفتا منزل مواطن في Y بمديرية X":
        # the strikes told next, on civilians in a place the strikes before were told at, are the
        # same force's (not in another city: "... وقتل خمسة مدنيين بقصف على حي في مدينة أخرى")
        sent_no, ra1, _ = recent_actors[fam]
        # (or, "كما سقطت قذائف على مخيم X للنازحين" right after the shelling told, wherever they fell)
        if 0 < f.sent - sent_no <= 1 and ra1 is not None and ra1.klass != "civilian" and \
                (also or _same_area(f, [g for g in frames or () if g.sent == sent_no])):
            a1, widened = ra1, True
    elif a1 is None and a2 is not None and fam in recent_actors and f.cue is not None \
            and f.cue.family == "territory":
        # "... حررت اليوم حي X، بعدما حررت قرى Y من داعش": the subject told just before
        sent_no, ra1, _ = recent_actors[fam]
        if f.sent - sent_no <= 1 and ra1 is not None and ra1.name != a2.name:
            a1, widened = ra1, True
    elif a1 is None and a2 is not None and fam in recent_actors:
        # "سيطرت قوات النظام على X بعد انسحاب الفصائل منها إثر معارك": the fight against the
        # same other side, told with it, is the same attacker's
        sent_no, ra1, ra2 = recent_actors[fam]
        if f.sent == sent_no and ra1 is not None and (ra2 is None or ra2.name == a2.name) \
                and ra1.name != a2.name:
            a1, widened = ra1, True
    return a1, a2, widened


def _fight_sides(a1: ActorRef | None, a2: ActorRef | None, widened: bool,
                 fight_sides: tuple[ActorRef, ActorRef] | None,
                 ) -> tuple[ActorRef | None, ActorRef | None, bool]:
    """A clash placed with one side or none is between the two sides the report said the
    fighting is between ("الاشتباكات بين العشائر والفصائل الدرزية")."""
    if a2 is None and fight_sides is not None:
        x, y = fight_sides
        if a1 is None:
            a1, a2, widened = x, y, True
        elif a1.name in (x.name, y.name):
            a2 = y if a1.name == x.name else x
    return a1, a2, widened


def _looted_by_attackers(f: Frame, last_attacker: tuple[int, ActorRef] | None, text: str) -> bool:
    """"هاجمت قوة من الدعم السريع قرى X وY ... وقامت القوة المهاجمة بنهب المنازل": a looting
    told right after a ground attack, in the same paragraph or naming "the attackers", with no
    side of its own, is the attackers'."""
    return last_attacker is not None and 0 <= f.sent - last_attacker[0] <= 2 and (
        "\n" not in text[last_attacker[1].end:f.start]
        or _ATTACKER_ANAPHOR.search(text, min(a for a, _ in f.spans), max(b for _, b in f.spans)) is not None
        or (f.trigger is not None and _BARE_FORCES.search(text, max(0, f.trigger.word_start - 16),
                                                          f.trigger.word_start) is not None))


def _twin(d: Draft, sub: str, frame_id: int, **changes) -> Draft:
    """Another record of the same frame at the same place ("قصف جوي ومدفعي", "قتلوا ونهبوا")."""
    return replace(d, sub_event_type=sub, frame_id=frame_id, killed=None, injured=None, targets=[],
                   sentences=set(d.sentences), weak=False, antecedent=None, **changes)


@lru_cache(maxsize=1)
def _state_allies() -> dict[str, str]:
    """militia -> the state force it fights beside (`state_allies.tsv`)."""
    return {r["militia"]: r["state"] for r in read_tsv("lexicon/state_allies.tsv")}


#: "بين" right before a side: the sides joined after it are foes, not fellows
#: a take-over verb right after two sides joined by و ("أن القوات التركية وفصائل الجيش الحر سيطرت على
#: عفرين"): a foreign force and the local group it fights beside are its subject together, fellows
#: though their inter codes differ (quality-q76)
#: "القوات التركية وفصائل الجيش الحر": the second side joined with its group noun (normalised text)
_FELLOW_HEAD = re.compile(rf"\s+و(?:{alternation('fellow_head')})\s+")
_TAKER_VERB_NEXT = re.compile(rf"[»\"”]?\s+(?:\S+\s+){{0,2}}?[وف]?(?:{alternation('taker_verb_stem')})\w*")
_BETWEEN_BEFORE = re.compile(r"(?:^|\s)[وف]?بين\s+$")
#: ...or right before them, the verb first ("سيطر الجيش التركي وفصائل الجيش الوطني على بلدة X"، "استعادت
#: القوات العراقية ومقاتلو العشائر السيطرة على حي Y"): the sides joined after it are its subject together,
#: whatever their inter codes (lead, stop 23)
_TAKER_VERB_BEFORE = re.compile(rf"(?:^|\s)[وف]?(?:قد\s+)?(?:{alternation('taker_verb_stem')})\w*\s+$")


def _losers_from_the_report(drafts: list[Draft], res: ActorResolver) -> None:
    """Guess the loser of a take-over the report does not name beside it: the armed side the
    report names most in the other camp. A state force takes places from the non-state side it
    fights, a non-state group from the state (or, with no state named, from the other group).
    finalize uses the guess only when losers_from_fights finds no clash that says more."""
    # (a background take-over is told in passing: the report's camps need not apply)
    takeovers = [d for d in drafts if d.sub_event_type in _TERRITORY_SUBS and d.actor2 is None
                 and d.actor1 is not None and not d.background]
    if not takeovers:
        return   # (most reports: the report's sides need not be counted)
    # (not the members a side is said to be made of: "جيش الفتح، الذي يضم جبهة النصرة")
    # (the window clipped with a conditional expression: the builtin max() is a call per side)
    # (and none where the report holds no "يضم"/"تضم": ~14 sides a report, in almost no report)
    members = {r.name for r in res.refs if _MADE_OF_BEFORE.search(
        res.text, r.hit.word_start - 40 if r.hit.word_start > 40 else 0, r.hit.word_start)} \
        if any_in(_MADE_OF_NEEDLES, res.text) else set()
    armed = Counter(r.name for r in res.refs if r.klass not in ("civilian", "protester", "air_defence", "unknown")
                    and r.name not in members)
    ranked = armed.most_common()
    inter = {r.name: r.inter for r in res.refs}
    allies = _state_allies()
    # (nor a side joined to the taker by و, its fellow: "سيطرت جبهة النصرة وكتائب معارضة على بلدة
    #  X" took it together, from neither; quality-74)
    refs = sorted(res.refs, key=lambda r: r.start)
    # (of one camp only: "بين الجيش وقوات الدعم السريع" joins two foes; and never after "بين")
    joined = [(a.name, b.name) for a, b in zip(refs, refs[1:]) if a.name != b.name
              and (a.inter == b.inter or (8 in (a.inter, b.inter) and _TAKER_VERB_NEXT.match(res.text, b.end))
                   or _TAKER_VERB_BEFORE.search(res.text, a.hit.word_start - 24 if a.hit.word_start > 24 else 0,
                                                a.hit.word_start) is not None)
              and not _BETWEEN_BEFORE.search(res.text, a.hit.word_start - 8, a.hit.word_start)
              and ((res.text[a.end:b.hit.word_start].strip() in ("", "و")
                    and res.text.startswith("و", b.hit.word_start))
                   or _FELLOW_HEAD.fullmatch(res.text, a.end, b.hit.word_start) is not None)]
    # (nor the sides its leader leads: "سيطرت فصائل المعارضة السورية بقيادة هيئة تحرير الشام على
    #  حمص" took it from the state, not from the opposition it led)
    joined += [(a.name, b.name) for a, b in zip(refs, refs[1:]) if a.name != b.name
               and res.text.startswith(_LED_BY, a.end)
               and b.hit.word_start <= res.text.find(" ", a.end + 1) + 2]
    # (nor a side told as the help of another: "سيطر الجيش التركي بمشاركة فصائل الجيش الوطني على
    #  مدينة X" took it with them; asked only of a report with a take-over and a side so told)
    helpers = [r for r in res.refs if res.role_hint(r, 0) == "ally"]
    for d in takeovers:
        fellows = {b for a, b in joined if a == d.actor1} | {a for a, b in joined if b == d.actor1}
        # (in the take-over's own sentence: no full stop between the helper and the place taken)
        fellows |= {r.name for r in helpers if "." not in res.text[min(r.end, d.place.start):max(r.start, d.place.end)]}
        state1 = inter.get(d.actor1) == 1 or d.sub_event_type == "Government regains territory"
        # (a militia took nothing from the state forces it fights beside: the PMF's village was IS's;
        #  nor the state from the militia beside it: "سيطرت القوات العراقية والحشد الشعبي على ...")
        others = [(n, c) for n, c in ranked if n != d.actor1 and allies.get(d.actor1) != n
                  and allies.get(n) != d.actor1 and n not in fellows]
        # (nor from a foreign force: "بغارات للطيران الروسي ... وسيطرت قوات النظام على بلدة X" names
        #  the state's ally, which held no ground the state took back)
        opposite = [n for n, _ in others if (inter.get(n) == 1) != state1 and not (state1 and inter.get(n) == 8)]
        # (a foreign force that only strikes, "غارات طائرات التحالف", lost no quarter to the group)
        groups = [n for n, _ in others if inter.get(n) != 8]
        pick = opposite[0] if opposite else (groups[0] if groups and not state1 else None)
        d.loser_guess = pick


def fold_restatements(drafts: list[Draft], key, contains=None) -> list[Draft]:
    """A definite event noun retells an event: it may make its place more precise
    ("الهجوم ... في منطقة الفيضة" after "هجوم في بادية الميادين"), never add a coarser copy.

    `contains(big, small)` tells whether a place may hold another; a larger place that cannot
    ("كما طالت الغارات بلدة تلبيسة" after strikes on a quarter of Homs) is a new place struck."""
    out = []
    for d in drafts:
        a = d.antecedent
        # (kept already: by identity, not by the value equality `in` would test)
        kept = a is not None and a is not d and any(x is a for x in out)
        if kept and d.sub_event_type == "Remote explosive/landmine/IED" \
                and not d.weapons and d.actor1 in (None, "Unidentified Armed Group") \
                and a.sub_event_type in _STRIKES:
            # "شنت طائرات التحالف غارات على مخازن الأسلحة ... وقال سكان إن شظايا الانفجارات تساقطت على
            # منازل حي X": the explosions the strikes set off are the strikes' doing
            d.sub_event_type, d.actor1, d.actor1_text = a.sub_event_type, a.actor1, a.actor1_text
            d.actor1_inferred = True
        if not kept or (
                # "القصف المدفعي التركي" after shelling by the factions: a new event, not a retelling
                # (the event just told may have had its actor only guessed: "بهجوم ... الهجوم نفذته
                # خلايا داعش" names who did it)
                a.actor1 and d.actor1 and a.actor1 != d.actor1 and not d.actor1_inferred
                and (not a.actor1_inferred or min(d.sentences, default=0) - max(a.sentences, default=0) > 1)):
            out.append(d)
            continue
        if a.sub_event_type == "Armed clash" and d.sub_event_type == "Attack":
            # (the attack retold with its civilian dead is violence against them, not a fight)
            a.sub_event_type = d.sub_event_type
            a.civilian_targeting = a.civilian_targeting or d.civilian_targeting
        if a.sub_event_type == "Armed clash" and d.sub_event_type in _TERRITORY_SUBS and key(a.place) == key(d.place) \
                and not d.place_inherited:
            _clash_won(a, d)
        if key(a.place) == key(d.place):
            if a.sub_event_type == "Peaceful protest" and d.sub_event_type in _PROTEST_ENDINGS:
                # "مظاهرات في بري ...، والشرطة تطلق الرصاص الحي على المتظاهرين في بري": the protest
                # retold with the force used on it is that one event, of the force's type and sides
                # (before, the protest kept its type and took the force as its actor1; q82-match)
                a.sub_event_type = d.sub_event_type
                a.actor1, a.actor1_text, a.actor1_inferred = d.actor1, d.actor1_text, d.actor1_inferred
                a.actor2, a.actor2_text = d.actor2, d.actor2_text
            _absorb(a, d)
            continue
        if d.place.rank < a.place.rank and (a.place.rank >= 2 or d.place.parent is a.place):
            if a.place.rank >= 3:
                if a.sub_event_type == "Armed clash" and d.sub_event_type in _TERRITORY_SUBS \
                        and not d.place_inherited:
                    # "سيطرت الفصائل على قرى في ريف X بعد معارك مع Y ... انتزعت السيطرة على قرى (A, B)":
                    # the fight in the countryside, retold as the taking of a village, is that taking
                    # (as at one place above)
                    _clash_won(a, d)
                a.place = d.place   # the region becomes the specific place
            toll = (a.killed, a.injured)
            _absorb(a, d)
            if a.place is not d.place:
                # (both kept: "غارات على مدينة درنة ... أدت الغارات إلى مقتل سبعة مدنيين في حي الشيحا"
                #  tells the toll at the quarter, counted there once, not at the city too)
                if d.killed is not None or d.injured is not None:
                    a.killed, a.injured = toll
                if (d.actor1 is None or d.actor1.startswith("Unidentified")) and a.actor1 \
                        and not a.actor1.startswith("Unidentified") and d.sub_event_type == a.sub_event_type:
                    # (and it is the same side's: "قصف الطيران الحربي تجمعات للدعم السريع ... وقالت غرفة
                    #  الطوارئ إن القصف أدى إلى مقتل سبعة مدنيين في حي الحاج يوسف")
                    d.actor1, d.actor1_text, d.actor1_inferred = a.actor1, a.actor1_text, True
                out.append(d)
            continue
        if d.place.rank > a.place.rank and (contains is None or contains(d.place, a.place)):
            _absorb(a, d)
            continue
        out.append(d)
    return out


def _clash_won(clash: Draft, taken: Draft) -> None:
    """"اندلعت اشتباكات في محيط قرية X ... وتمكنت الهيئة من السيطرة على القرية": a fight that
    ends in a change of control is coded as that change (ACLED), by its winner against the
    other side of the fight."""
    winner = taken.actor1 or clash.actor1
    loser = taken.actor2 or (clash.actor2 if winner == clash.actor1 else clash.actor1)
    loser_text = taken.actor2_text if taken.actor2 else (
        clash.actor2_text if winner == clash.actor1 else clash.actor1_text)
    clash.sub_event_type = taken.sub_event_type
    if taken.actor1:
        clash.actor1, clash.actor1_text = taken.actor1, taken.actor1_text
    clash.actor2, clash.actor2_text = (loser, loser_text) if loser != winner else (None, None)


def _take_sides(into: Draft, d: Draft) -> None:
    """What a retelling adds about who fought: a named attacker where the first telling only
    guessed one ("الهجوم نفذته خلايا داعش"), the other side where it had none."""
    if into.actor1_inferred and d.actor1 is not None and (not d.actor1_inferred or (
            # (or a force the retelling names, though by a guess or a blame, over the unclaimed
            #  aircraft or guns of a headline: "مرزق: ضربة بطائرة مسيرة تقتل 10" ... "وحمل المجلس
            #  البلدي قوات حفتر المسؤولية")
            into.actor1 == "Unidentified Military Forces" and not d.actor1.startswith("Unidentified"))):
        into.actor1, into.actor1_text, into.actor1_inferred = d.actor1, d.actor1_text, False
        if into.actor2 == into.actor1:
            # (the first telling had the attacker as its other side: "مسلحون ... على المتظاهرين"
            #  told as a protest, then as the shooting; a side does not fight itself)
            into.actor2, into.actor2_text = (d.actor2, d.actor2_text) if d.actor2 != into.actor1 else (None, None)
    if into.actor2 is None and d.actor2 is not None and not (
            # (a fight's toll "بينهم مدنيون" names the bystanders among its dead, not its other side;
            #  quality-71)
            into.sub_event_type == "Armed clash" and d.actor2 == "Civilians" and into.actor1 is not None):
        into.actor2, into.actor2_text = d.actor2, d.actor2_text


def _absorb(into: Draft, d: Draft) -> None:
    if into.actor1 is None and d.actor1 is not None:
        into.actor1, into.actor1_text, into.sub_event_type = d.actor1, d.actor1_text, d.sub_event_type
        if into.actor2 is None and d.actor2 is not None:
            into.actor2, into.actor2_text = d.actor2, d.actor2_text
    else:
        _take_sides(into, d)
    keep_larger_tolls(into, d)
    into.civilian_targeting |= d.civilian_targeting
    into.sentences |= d.sentences
    into.weapons += [w for w in d.weapons if w not in into.weapons]


def share_tolls(drafts: list[Draft], geo_ids: dict[int, str], ancestors) -> list[Draft]:
    """Within one frame, drop a place that contains another of its places (the city of a
    named quarter: "الكرادة ... بغداد"), then give the frame's toll to one place only, the most
    specific (a village before the town "west of" which it lies; the first of equals), so the
    report's total is kept and never multiplied across its places."""
    by_frame: dict[int, list[Draft]] = {}
    for d in drafts:
        by_frame.setdefault(d.frame_id, []).append(d)
    out = []
    for group in by_frame.values():
        if len(group) > 1:
            gids = {geo_ids.get(id(d.place)) for d in group} - {None}
            above: set[str] = set()
            for g in gids:
                above |= ancestors(g) & gids
            # (or that the report itself says holds another: "بمديرية الشيخ عثمان في عدن")
            kept = [d for d in group if geo_ids.get(id(d.place)) not in above] or group
            if len(kept) < len(group):   # (else every draft is kept: no field-by-field `in` below)
                for d in group:
                    if d not in kept:
                        kept[0].sentences |= d.sentences
            group = kept
        # the toll goes to the most specific place the frame names (a village before the city
        # "west of" which it lies), the first of them when several are alike
        # (never the place the report says holds another of them: "بمديرية الشيخ عثمان في عدن")
        told_in = {d.place.parent.name for d in group if d.place.parent is not None}
        main = 0 if len(group) == 1 else min(range(len(group)), key=lambda i: (
            group[i].place.name != group[i].toll_at,
            group[i].place.name in told_in and group[i].place.qualifier is None,
            group[i].place.rank + (group[i].place.qualifier not in (None, "between")), i))
        for i, d in enumerate(group):
            d.killed = d.killed if i == main else None
            d.injured = d.injured if i == main else None
        out.extend(group)
    return out


def finalize(drafts: list[Draft], places: list[PlaceSpan], geo_ids: dict[int, str],
             ancestors=lambda gid: set(), read_ids: dict[int, str] | None = None) -> list[Draft]:
    """Merge the drafts of one report (after geocoding, so إعزاز and عزاز are one place).

    `geo_ids` holds the places read as points (precision 1-2), which key the merging;
    `read_ids` every place the gazetteer read, for asking which holds which."""
    read_ids = geo_ids if read_ids is None else read_ids
    drafts = share_tolls(drafts, geo_ids, ancestors)

    # (each place's key is asked for some 100 times per report: built once, kept with the place,
    #  which the cache keeps alive, so its id names no other place while finalize runs)
    keys: dict[int, tuple[PlaceSpan, str]] = {}

    def key(p: PlaceSpan) -> str:
        got = keys.get(id(p))
        if got is not None:
            return got[1]
        gid = geo_ids.get(id(p))
        if p.qualifier in (None, "near", "outskirts") and (gid or p.name):
            # "على أطراف بلدة X", "غربي بلدة X", "قرب X": the same place told more or less exactly;
            # only the countryside (ريف X الشرقي) is a place of its own
            k = (gid or p.name) + "||"
        else:
            k = (gid or p.name) + "|" + (p.qualifier or "") + "|" + (p.direction or "")
        keys[id(p)] = (p, k)
        return k
    containers = {key(p) for p in places if p.is_container and p.kind != "landmark" and not p.between_end}
    drafts = fold_retold_fight(
        fold_detentions(fold_territory(merge_explosions(merge_drafts(drafts, key), key), key), key), key)
    drafts = fold_one_sided(fold_incursions(fold_storming(fold_destruction(drafts, key), key), key), key)
    drafts = fold_force_retold(drafts, key)
    # a container named only as another place's ("منطقة المدارج بمديرية نهم") is not geocoded
    # itself; the same name geocoded elsewhere in the report is the same place (one reading per name)
    # (by every reading the geocoder made, districts and governorates too)
    named: dict[str, str | None] = {}
    for p in places:
        g = read_ids.get(id(p))
        if g is not None:
            named[p.name] = g if named.get(p.name, g) == g else None

    def contains(big: PlaceSpan, small: PlaceSpan) -> bool:
        if small.parent is big:
            return True
        gb = read_ids.get(id(big)) or named.get(big.name)
        gs = read_ids.get(id(small)) or named.get(small.name)
        return gb is None or gs is None or gb in ancestors(gs)

    def held_by_any(big: PlaceSpan, small: PlaceSpan) -> bool:
        """Does any reading of `big`'s name (the town and the governorate of "كربلاء") hold `small`,
        or a place the report says holds it, as the gazetteer reads it? (A place the gazetteer does not
        know, in no known place: it may lie anywhere, yes; "ساحة X وسط بغداد" lies where Baghdad does.)"""
        q, n, known = small, 0, False
        while q is not None and n < 4:
            gs = read_ids.get(id(q)) or named.get(q.name)
            if gs is not None:
                known = True
                anc = ancestors(gs)
                if any(g in anc or g == gs for g in big.gazetteer_ids):
                    return True
            q, n = q.parent, n + 1
        return not known
    drafts = one_protest_per_city(turned_violent(force_against_protests(clashes_at_a_protest(
        adopt_weak(fold_restatements(drafts, key, contains), key), key, contains,
        lambda p: read_ids.get(id(p)) is not None or named.get(p.name) is not None)), key))
    drafts = losers_from_fights(drafts)
    for d in drafts:
        if d.actor2 is None and d.loser_guess is not None:
            d.actor2 = d.loser_guess
        if d.actor1 is None and d.sub_event_type == "Non-state actor overtakes territory":
            # "أعلن القائد تحرير الفلوجة، بعد السيطرة على حي الجولان": ground taken with no side
            # named, in the sentence of a regain from the same loser, is that regain's last step
            regain = next((g for g in drafts if g.sub_event_type == "Government regains territory"
                           and g.actor1 is not None and g.actor2 == d.actor2 and g.sentences & d.sentences), None)
            if regain is not None:
                d.sub_event_type, d.actor1, d.actor1_inferred = regain.sub_event_type, regain.actor1, True
                continue
            # (ACLED: every event has an actor1; a group no word named is an unidentified one)
            d.actor1, d.actor1_inferred = "Unidentified Armed Group", True
    drafts = drop_bare_attacks(drop_coarse(drafts, containers, key, contains, held_by_any), key)
    if any(d.place.reference for d in drafts):
        # "تحرير تسع قرى شرقي الموصل، بينها قرى X وY": the town the villages lie around is no place
        # of the event when the event names them
        named = {d.frame_id for d in drafts if not d.place.reference}
        drafts = [d for d in drafts if not (d.place.reference and d.frame_id in named)]
    for d in drafts:
        if d.civilian_targeting and d.sub_event_type in _NO_CIVILIAN_TARGET:
            # (a toll of civilians merged into a fight: ACLED marks civilian targeting only where
            #  civilians were the target, never of a battle, an arrest or a protest)
            d.civilian_targeting = False
    return drafts


# the kinds of place that lie inside a town: a protest at two of them in one telling is at one town
# (not a quarter its word names, "أحياء الخالدية والبياضة": each quarter's crowd is a protest of its own)
_SITE_KINDS = frozenset(("square", "site", "street", "landmark"))
_SITE_LEVELS = frozenset(("neighbourhood", "site"))


def _town_site(p: PlaceSpan) -> bool:
    """A square, a bridge, a street or a building by its type word, or a place the gazetteer knows
    only as a site or quarter ("المنطقة الخضراء") when no word types it; not a town."""
    if p.kind is not None:
        return p.kind in _SITE_KINDS
    return bool(p.levels) and all(lv in _SITE_LEVELS for lv in p.levels)


def _told_inside(p: PlaceSpan) -> set[str]:
    """The places the report says hold `p`, sites left out ("جسر الجمهورية من ساحة التحرير")."""
    names, q, n = set(), p.parent, 0
    while q is not None and n < 4:
        if not _town_site(q):
            names.add(q.name)
        q, n = q.parent, n + 1
    return names


def one_protest_per_city(drafts: list[Draft]) -> list[Draft]:
    """"احتشد المتظاهرون في ساحة التحرير وعلى جسر الجمهورية المؤدي إلى المنطقة الخضراء، فأطلقت القوات
    الغاز": one protest (or force against it) told at several squares, bridges or quarters of one
    town in one sentence is one event at that town (ACLED codes a demonstration per location and
    day), placed at the first site named. Sites told inside different towns ("في ساحة التحرير ببغداد
    وساحة الحبوبي في الناصرية") and towns themselves ("في بحري وأم درمان") stay events of their own.
    One site told in one sentence with two days ("اقتحمت القوات ليل الأحد-الإثنين ساحة الحرية ... وأطلقت
    النار") is that one protest too, at the day told first."""
    out: list[Draft] = []
    for d in drafts:
        if EVENT_TYPE_OF[d.sub_event_type] in ("Protests", "Riots") and _town_site(d.place):
            ins = None
            twin = None
            for o in out:
                if not o.sentences & d.sentences or o.sub_event_type != d.sub_event_type \
                        or o.background != d.background or not _town_site(o.place):
                    continue
                if ins is None:
                    ins = _told_inside(d.place)
                other = _told_inside(o.place)
                if ins and other and not ins & other:
                    continue
                twin = o
                break
            if twin is not None:
                if d.place.start < twin.place.start:
                    twin.place = d.place
                _take_sides(twin, d)
                keep_larger_tolls(twin, d)
                twin.sentences |= d.sentences
                continue
        out.append(d)
    return out


def losers_from_fights(drafts: list[Draft]) -> list[Draft]:
    """A take-over that does not say whom the places were taken from, told next to a clash of
    the same side ("سيطرت الفصائل على قرى X وY. ودارت اشتباكات بين الفصائل والقوات الحكومية في
    هذه القرى"), was taken from the other side of that clash."""
    clashes = [c for c in drafts if c.sub_event_type == "Armed clash" and c.actor1 and c.actor2
               and c.actor1 != c.actor2]
    for d in drafts:
        if d.sub_event_type not in _TERRITORY_SUBS or d.actor2 is not None or d.actor1 is None or not d.sentences:
            continue
        here = min(d.sentences)
        for c in clashes:
            if c.sentences and abs(min(c.sentences) - here) <= 1 and d.actor1 in (c.actor1, c.actor2):
                d.actor2 = c.actor2 if c.actor1 == d.actor1 else c.actor1
                d.actor2_text = c.actor2_text if c.actor1 == d.actor1 else c.actor1_text
                break
    return drafts


def drop_bare_attacks(drafts: list[Draft], key) -> list[Draft]:
    """"هجوم على X" with no side named, no toll, at a place and day where the report codes
    another kind of event (an air strike on X) retells that event: it is no clash of its own."""
    out = []
    for d in drafts:
        if d.sub_event_type == "Armed clash" and d.actor1_inferred and d.actor2 is None and \
                d.killed is None and d.injured is None:
            here = key(d.place).split("|")[0]   # "قرب كفرنبل" is the same story as "كفرنبل"
            other = next((o for o in drafts if o is not d and o.sub_event_type != "Armed clash"
                          and key(o.place).split("|")[0] == here and o.event_date == d.event_date), None)
            if other is not None:
                other.sentences |= d.sentences
                continue
        out.append(d)
    return out


#: what a protest can turn into at its place and day: the one event ACLED codes for it
_PROTEST_ENDINGS = frozenset({"Violent demonstration", "Protest with intervention",
                              "Excessive force against protesters"})


def turned_violent(drafts: list[Draft], key) -> list[Draft]:
    """A protest that turned violent at the same place and day ("تظاهر مئات ...، وقام بعضهم
    بإحراق ...") is one violent demonstration (ACLED), not a peaceful protest beside it; one the
    forces broke up ("قبل أن يتدخل عناصر الحاجز ويطلقوا النار في الهواء لتفريقهم") is one protest
    with intervention (or excessive force), likewise."""
    violent = {(key(d.place), d.event_date): d for d in drafts if d.sub_event_type in _PROTEST_ENDINGS}
    # (the riot itself, where the protesters rioted and the forces stepped in: "اقتحم محتجون المقر
    #  وأضرموا النار فيه، وتدخلت قوات الأمن لتفريقهم" is one violent demonstration; quality-62)
    riots = {(key(d.place), d.event_date): d for d in drafts if d.sub_event_type == "Violent demonstration"}
    out = []
    for d in drafts:
        v = violent.get((key(d.place), d.event_date)) if d.sub_event_type == "Peaceful protest" else None
        if v is None and d.sub_event_type == "Excessive force against protesters":
            # "قتل ثلاثة متظاهرين برصاص قوات الأمن ... وأغلق المحتجون الطرق وأحرقوا الإطارات": protesters
            # who rioted where and when the forces fired on them make one violent demonstration (ACLED:
            # excessive force is against peaceful protesters), with the forces and the toll in it
            v = riots.get((key(d.place), d.event_date))
            if v is not None:
                if v.actor2 is None and d.actor1 not in (None, "Protesters"):
                    v.actor2, v.actor2_text = d.actor1, d.actor1_text
                keep_larger_tolls(v, d)
        if v is None and d.sub_event_type == "Protest with intervention":
            v = riots.get((key(d.place), d.event_date))
            if v is not None and v.actor2 is None and d.actor2 not in (None, "Protesters"):
                v.actor2, v.actor2_text = d.actor2, d.actor2_text
        if v is None:
            out.append(d)
            continue
        v.sentences |= d.sentences
    return out


def _told_next(a: Draft, b: Draft) -> bool:
    """Are two drafts told in the same or the next sentence?"""
    return bool(a.sentences and b.sentences) and (
        bool(a.sentences & b.sentences) or min(abs(x - y) for x in a.sentences for y in b.sentences) <= 1)


def clashes_at_a_protest(drafts: list[Draft], key, contains=None, readable=None) -> list[Draft]:
    """"استشهد شاب خلال مواجهات مع قوات الاحتلال في بلدة X، أطلق خلالها الجنود الرصاص المطاطي
    وقنابل الغاز": a clash in which only the forces are named, at the place and day where they broke
    up or fired on protesters, is that protest told again (ACLED: one event), with its toll; not a
    battle with an unnamed armed side (quality-73)."""
    protests = [d for d in drafts if d.sub_event_type in _PROTEST_ENDINGS]
    if not protests:
        return drafts
    out = []
    for d in drafts:
        if d.sub_event_type == "Armed clash":
            sides = [a for a in (d.actor1, d.actor2) if a not in (None, "Unidentified Armed Group")]
            forces = sides[0] if len(sides) == 1 else None
            p = next((o for o in protests if forces is not None and forces in (o.actor1, o.actor2)
                      and key(o.place) == key(d.place) and o.event_date == d.event_date), None)
            if p is None and forces is not None and contains is not None:
                # ("خلال مواجهات في أحياء القدس، حيث أطلق الجنود الرصاص على المحتجين في حي رأس
                #  العامود": the protest told next, at a place inside the clash's, is where it was)
                p = next((o for o in protests if forces in (o.actor1, o.actor2) and o.event_date == d.event_date
                          and _told_next(o, d) and key(o.place) != key(d.place)
                          and contains(d.place, o.place)), None)
                if p is not None and readable is not None and not readable(p.place) and readable(d.place):
                    p.place = d.place   # (a quarter the gazetteer cannot place: the city it lies in)
            if p is not None:
                keep_larger_tolls(p, d)
                p.sentences |= d.sentences
                continue
        elif d.sub_event_type == "Attack" and d.actor1 is not None and not d.actor1_inferred and (
                d.killed is not None or d.injured is not None) and any(
                o.sub_event_type == "Excessive force against protesters" and o.actor1 == d.actor1
                and o.killed is None and o.injured is None and d.sentences & o.sentences
                and key(o.place) == key(d.place) and o.event_date == d.event_date for o in protests):
            # "سقط 12 شهيداً برصاص قوات الأمن في مدينة X، بعدما أطلقت عناصر الأمن النار على
            # المتظاهرين": the toll told first in the sentence is the dead of the fire on the
            # protest told after it (one event, ACLED), not an attack on civilians beside it
            p = next(o for o in protests if o.sub_event_type == "Excessive force against protesters"
                     and o.actor1 == d.actor1 and o.killed is None and o.injured is None
                     and d.sentences & o.sentences and key(o.place) == key(d.place)
                     and o.event_date == d.event_date)
            keep_larger_tolls(p, d)
            p.sentences |= d.sentences
            continue
        elif d.sub_event_type == "Attack" and d.actor1_inferred and d.killed is None and d.injured is None:
            # "استشهد 60 برصاص القوات خلال مسيرات العودة ... وقالت الوزارة إن بين الشهداء ثمانية
            # أطفال": a word of the dead with no count, side or place of its own retells the protest
            if any(key(o.place) == key(d.place) and o.event_date == d.event_date for o in protests):
                next(o for o in protests if key(o.place) == key(d.place)).sentences |= d.sentences
                continue
        out.append(d)
    return out


def force_against_protests(drafts: list[Draft]) -> list[Draft]:
    """A protest that ends up with dead or wounded (its own toll, or one told beside it) is
    excessive force against protesters (ACLED), with the forces, when named, as actor1."""
    for d in drafts:
        if d.sub_event_type == "Protest with intervention" and d.killed is not None and d.killed.best:
            # "فضت قوات الأمن الاعتصام ... مستخدمة الرصاص الحي، ما أسفر عن مقتل 4": dispersal that
            # killed is excessive force (ACLED), the forces as actor1
            d.sub_event_type = "Excessive force against protesters"
            if d.actor1 == "Protesters":
                d.actor1, d.actor1_text, d.actor2, d.actor2_text = (
                    d.actor2 or "Unidentified Military Forces", d.actor2_text, "Protesters", d.actor1_text)
            d.civilian_targeting = False
        elif d.sub_event_type == "Peaceful protest" and (d.killed is not None or d.injured is not None):
            d.sub_event_type = "Excessive force against protesters"
            if d.actor1 == "Protesters":
                d.actor1, d.actor1_text, d.actor2, d.actor2_text = (
                    d.actor2, d.actor2_text, "Protesters", d.actor1_text)
                if d.actor1 is None:
                    d.actor1, d.actor1_inferred = "Unidentified Military Forces", True
            d.civilian_targeting = False
        elif d.sub_event_type == "Peaceful protest":
            # ACLED: a peaceful protest has no other side; the government or the group it protests
            # against ("تطالب بالإفراج عن المعتقلين في سجون النظام") is what it is about (and
            # until here, who shot at it if it had a toll)
            d.actor2 = d.actor2_text = None
    return drafts


# a place the report uses to locate others ("X بريف حلب") is coarse like a region
CONTAINERS_ARE_COARSE = True
#: "إن/أن" and up to three words (the subject's head: الطيران الحربي) before an actor
_THAT_SUBJECT = re.compile(r"(?:^|\s)[وف]?ان\s+(?:\S+\s+){0,3}$")
#: "والمسلحين الموالين لها": a force joined to the side before it that says it fights for it
_LOYAL_TO_IT = re.compile(rf"\s+(?:{alternation('loyal_adjective')})\s+(?:له|لها|لهم|لهما)(?!\w)")
#: "العدوان" opening a side's name ("العدوان الأمريكي"): the side named by its aggression
#: (`aggression_name` in grammar_words.tsv)
_AGGRESSION = re.compile(rf"(?:{alternation('aggression_name')})(?!\w)")
#: "تبادل X وY الاتهامات": an accusation each side makes of the other (`mutual_accusation` in grammar_words.tsv)
_MUTUAL = re.compile(rf"(?<!\S)[وف]?(?:{alternation('mutual_accusation')})\s+(?:\S+\s+){{0,4}}الاتهامات(?!\w)")
#: "القوات اليمنية المدعومة منه": a force a teller says it backs
_BACKED_BY_IT = re.compile(rf"\s+(?:{alternation('backed_adjective')})\s+(?:منه|منها|منهم)(?!\w)")
#: a sentence that opens with what the other side did ("في المقابل، ...")
#: opens a sentence that tells a different incident ("وفي سياق منفصل،")
_SEPARATE_STORY = re.compile(rf"\s*[وف]?(?:{alternation('separate_story')})\s*,?")
#: the object pronouns of a verb that acted again on what was just named ("وقصفته"، "واقتحموها")
_OBJECT_PRONOUNS = tuple(words("object_pronoun"))
_OTHER_SIDE = re.compile(rf"\s*[وف]?(?:{alternation('other_side')})\s*,?")
#: a sentence's first word that adds to the event just told ("كما سقطت قذائف على ...")
_ALSO_OPENER = re.compile(rf"\s*(?:{alternation('also_opener')})\s")
#: a word that sets a clause against the one before ("، فيما قصفت القوات ...")
_CONTRAST_LEAD = re.compile(rf"(?<!\w)(?:{alternation('contrast_lead')})\s")
#: "في" before a word
_IN_WORD = re.compile(r"(?<!\w)في\s+\w")
#: the cues of a bare killing or toll
_BARE_TOLL_CUES = ("kill", "casualties")
#: the cues of forces on the ground at a place, who make arrests there (a storming, a raid, a dispersal)
_ON_THE_GROUND = ("storm", "incursion", "arrest", "repression", "protest")
#: a sentence's first words that turn to the next piece of news ("إلى ذلك،"، "وفي وقت لاحق،")
_NEW_ITEM_OPENER = re.compile(rf"\s*[وف]?(?:{alternation('new_item_opener')})\s*,")
#: "من" and at most one word between victims and the group they belong to ("إرهابيين من عصابات داعش")
_OF_THE_SAME = re.compile(r"\s+من\s+(?:\S+\s+)?")
#: "على خلفية" right before an event word: the cause of what was told, an earlier event
_ON_THE_BACKGROUND = re.compile(r"علي\s+خلفيه\s+$")
#: "بأن"/"أن" right after a teller named after its verb of saying: what follows is what it says
#: (past another teller joined by و, "قالت الشرطة ومصادر طبية إن ...": `co_source` in grammar_words.tsv)
_THAT_NEXT = re.compile(rf"\s*,?\s*(?:و(?:{alternation('co_source')})(?:\s+[^\s,]+)?\s+)?ب?ان\s")
#: the same after a teller's adjective: "أفاد سكان محليون بأن"
_THAT_NEXT_PAST_ADJ = re.compile(r"(?:\s+[^\s,]+)?\s*,?\s*ب?ان\s")
#: "إنهم"/"أنها" right after a teller, then the event verb: the teller did it
#: the rank and name of the spokesman of the side just named ("أعلن الناطق باسم القيادة العامة اللواء أحمد
#: المسماري تحرير مدينة درنة"): between the side and the verbal noun of its deed, as no words are (quality-71)
_SPOKESMAN_NAMED = re.compile(rf"\s+(?:{alternation('rank_title')})\s+(?!ال)[^\s\d،,.:()]+(?:\s+[^\s\d،,.:()]+){{1,2}}\s+")
_TELLER_DID = re.compile(rf"\s*,?\s*(?:(?:في|عبر)\s+(?:{alternation('statement_noun')})(?:\s+[^\s,]+){{0,2}}\s*,?\s*)?"
                         rf"(?:{alternation('teller_pronoun')})\s+(?:قد\s+)?")
#: a cause word right before an event word: "إثر هجوم معاكس" (how the event told with it came about)
_CAUSE_WORD_BEFORE = re.compile(rf"(?:^|\s)(?:{alternation('cause_word')})\s+$")
#: a verb of repelling right after a teller's "أن قواتها": "أن قواتها صدت هجوماً"
_REPELLED = re.compile(rf"(?:{alternation('repel_verb')})(?![\u0621-\u064a])")
#: a verb of repelling before the attack it held off, its subject between: "صد مقاتلو الوحدات هجوماً"
_REPEL_BEFORE = re.compile(rf"(?:^|\s)[وف]?(?:{alternation('repel_verb')})\s")
#: "أعلنت قوات الوفاق ...، مؤكدة أنها استعادت": the teller, told earlier, says it did the event
_SAID_IT = re.compile(rf"(?:^|\s)(?:{alternation('saying_participle')})\s*,?\s*"
                      rf"(?:{alternation('teller_pronoun')})\s+(?:قد\s+)?$")

#: weapons (weapons.tsv labels) that only states fly: no armed group is their unnamed owner
_MANNED_AIRCRAFT = frozenset({"aircraft", "helicopter", "barrel bomb"})
#: ground artillery (weapons.tsv labels): with aircraft in the same bombardment, a second event
#: between a force and its members: "جيش الفتح، الذي يضم جبهة النصرة"
_MADE_OF = re.compile(rf"[,،]?\s*(?:{alternation('relative_pronoun')})\s+(?:{alternation('made_of_verb')})")
#: ...the same, told before a member and the others joined to it ("الذي يضم جبهة النصرة وحركة أحرار الشام")
_MADE_OF_BEFORE = re.compile(rf"(?:{alternation('relative_pronoun')})\s+(?:{alternation('made_of_verb')})\s+(?:\S+\s+){{0,4}}?(?:و)?$")
_MADE_OF_NEEDLES = last_token_needles(words("made_of_verb"))   # (every match holds one)
#: right after a force: the one that leads it follows ("فصائل المعارضة بقيادة هيئة تحرير الشام")
_LED_BY = tuple(f" {w} " for w in words("led_by"))


def _leader_named(text: str, r: ActorRef, refs: list[ActorRef]) -> bool:
    """Is the leader after "بقيادة" a side of its own ("بقيادة هيئة تحرير الشام"), not a person
    ("قوات الدعم السريع بقيادة محمد حمدان دقلو", "الحركة الشعبية بقيادة عبد العزيز الحلو"): a
    force led by a man is still the side that acted."""
    at = text.find(" ", r.end + 1) + 1   # the word after the led-by word
    return any(o is not r and at <= o.hit.word_start <= at + 1 for o in refs)
_ARTILLERY = frozenset({"artillery", "mortar", "rocket launcher", "katyusha rocket", "tank"})

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


def _military_named(m: DocMentions, f: Frame) -> bool:
    """Does the frame name soldiers or officers (persons.tsv side=military) at all?"""
    for s, e in f.spans:   # (loops, not any() over a generator)
        for p in m.persons.within(s, e):
            if p.payload.side == "military":
                return True
    return False


def fold_one_sided(drafts: list[Draft], key) -> list[Draft]:
    """"شنت قوة من الدعم السريع هجوماً عنيفاً على عدة قرى ... وأسفر الهجوم عن مقتل أربعة مواطنين"، "ارتفعت
    حصيلة الهجوم الذي شنه عناصر داعش على قرية الرشاد ... ثم فتحوا النار على الأهالي"، "نجا القيادي من
    محاولة اغتيال ... بعد استهداف سيارته بالرصاص": an attack or a shooting told with no other side fighting
    back (an `attack` or `gunfire` cue, not a fight word) and, in its sentence or the next, at its place,
    told as violence against the people there (an Attack by the same side, or by a side no word named) is
    that one attack told twice: the Attack (q82-ground). A fight word ("اشتباكات"، "معارك") tells a fight
    of its own, kept beside the civilians its shells killed."""
    attacks = [d for d in drafts if d.sub_event_type == "Attack"]
    if not attacks:
        return drafts
    # (not the offensive a take-over ended, "سيطر التنظيم على المدينة إثر هجوم بدأه قبل تسعة أيام", told
    #  before the killings that followed it: the sets code that fight, or leave it, with the take-over)
    taken_in = set()
    for d in drafts:
        if d.sub_event_type in _TAKEN:
            taken_in |= d.sentences
    out = []
    for d in drafts:
        if d.sub_event_type == "Armed clash" and d.cue in ("attack", "gunfire") and d.sentences \
                and not d.sentences & taken_in:
            lo, hi = min(d.sentences), max(d.sentences)
            into = next((a for a in attacks if key(a.place) == key(d.place)
                         and any(lo - 1 <= s <= hi + 1 for s in a.sentences)
                         and (a.actor1 == d.actor1 or a.actor1 in (None, "Unidentified Armed Group")
                              or d.actor1 in (None, "Unidentified Armed Group"))), None)
            if into is not None:
                if into.actor1 in (None, "Unidentified Armed Group") and d.actor1 not in (None, "Unidentified Armed Group"):
                    into.actor1, into.actor1_text = d.actor1, d.actor1_text
                keep_larger_tolls(into, d)
                into.sentences |= d.sentences
                into.weapons += [w for w in d.weapons if w not in into.weapons]
                continue
        out.append(d)
    return out


def fold_force_retold(drafts: list[Draft], key) -> list[Draft]:
    """"شيع الآلاف جثامين ضحايا مجزرة جسر X، حيث ارتفعت حصيلة القتلى الذين سقطوا برصاص قوات الأمن إلى 32
    متظاهراً"، "قتل سبعة أشخاص عندما حاولت قوات الأمن فض الاعتصام ... وعدد ضحايا الاعتصام منذ السبت بلغ 21"،
    a headline "قتلى وجرحى بمواجهات وسط بغداد" over protesters killed by the police: an Attack or a clash whose
    other side is no armed one (none, civilians, protesters), at the place of excessive force against
    protesters and told in one of its sentences (or in the report's first line, its headline), by the
    same force or by no side a word names, is that force told again: its toll, a running total or the
    headline's fight word (q82-types2). Gunmen named as such ("مسلحين أطلقوا النار على مواطنين") keep
    their own Attack."""
    forces = [d for d in drafts if d.sub_event_type == "Excessive force against protesters"]
    if not forces:
        return drafts
    out = []
    for d in drafts:
        if d.sub_event_type in ("Attack", "Armed clash") and d.actor2 in (None, "Civilians", "Protesters"):
            into = next((e for e in forces if key(e.place) == key(d.place)
                         and (e.sentences & d.sentences or d.sentences == {0})
                         and (d.actor1 == e.actor1 or d.actor1_text is None)), None)
            if into is not None:
                keep_larger_tolls(into, d)
                into.sentences |= d.sentences
                continue
        out.append(d)
    return out


def fold_incursions(drafts: list[Draft], key) -> list[Draft]:
    """"توغلت قوة إسرائيلية في حرش X، واشتبكت مع مسلحين من أبناء المنطقة": an incursion that led to
    a fight, a bombardment or arrests by the same force, at the same place and on the same day, is
    how that event began (ACLED codes the event, not the entry as a development of its own); an
    incursion told alone stays a strategic development (quality q76-syria-c)."""
    if not any(d.cue == "incursion" and d.sub_event_type == "Other" for d in drafts):
        return drafts
    # (a fight or a bombardment only: fire on the villagers' fields, "توغلت قوة في القرية وأطلقت النار
    #  بشكل عشوائي", keeps the incursion as the event and the shooting as its detail)
    violent = [d for d in drafts if d.actor1 is not None
               and EVENT_TYPE_OF[d.sub_event_type] in ("Battles", "Explosions/Remote violence")]
    # (or the arrests the force made there: "توغلت قوة إسرائيلية في بلدة X واعتقلت ثلاثة شبان" is
    #  one arrest event, ACLED codes what the incursion did; q80-syria-e)
    violent += [d for d in drafts if d.actor1 is not None
                and d.sub_event_type in ("Arrests", "Abduction/forced disappearance")]
    return [d for d in drafts if not (
        d.cue == "incursion" and d.sub_event_type == "Other" and d.actor1 is not None
        and any(v.actor1 == d.actor1 and key(v.place) == key(d.place)
                and (v.date_start, v.date_end) == (d.date_start, d.date_end) for v in violent))]


def fold_storming(drafts: list[Draft], key) -> list[Draft]:
    """"اقتحم مسلحون حوثيون منزل القيادي ... واعتقلوه": a storming that only led to the arrest or the
    abduction its stormers made there, in the same sentence, with no one killed or wounded, is that
    arrest, not an attack of its own; so is one that only led to the looting or burning they did there
    ("اقتحم مسلحون منزل القيادي ونهبوا محتوياته": the looting; q82-ground)."""
    taken = [d for d in drafts if d.sub_event_type in _STORMED_FOR and d.actor1 is not None]
    drafts = _storming_in_a_fight(drafts, key)
    if any(d.bare_storm for d in drafts):
        tolled = {d.frame_id for d in drafts if d.killed or d.injured}
        drafts = [d for d in drafts if not (d.bare_storm and d.sub_event_type == "Attack" and not d.killed
                                            and not d.injured and d.frame_id not in tolled)]
    if not taken:
        return drafts
    out = []
    # (frames whose toll went to one of their places: "اقتحمت القوات قرى X وY وZ وقتلت 124" killed
    #  people in all three, the toll told once)
    tolled = {d.frame_id for d in drafts if d.killed or d.injured}
    for d in drafts:
        if d.cue == "storm" and d.sub_event_type == "Attack" and not d.killed and not d.injured \
                and d.frame_id not in tolled:
            # (stormers no word named are those who arrested: "اقتحمت قوة أمنية منزله واعتقلته")
            # (the looting only of a building stormed: "اقتحموا منزل القيادي ونهبوا محتوياته"; stormed
            #  villages, "اقتحمت القوافل القرى ... وقامت بعمليات قتل ونهب", are attacks on their people)
            building = not _STORMED_BUILDINGS.isdisjoint(d.targets)
            if _absorbed(d, [t for t in taken if d.actor1 in (t.actor1, "Unidentified Armed Group")
                             and (building or t.sub_event_type != "Looting/property destruction")], key):
                continue
        out.append(d)
    return out


def _absorbed(d: Draft, partners: list[Draft], key) -> bool:
    """Fold storming `d` into the first of `partners` told at its place, in one of its sentences,
    on its days (the arrest it led to, the fight it was part of): True when one took it."""
    for c in partners:
        if key(c.place) == key(d.place) and c.sentences & d.sentences \
                and (c.date_start, c.date_end) == (d.date_start, d.date_end):
            c.sentences |= d.sentences
            c.targets += [x for x in d.targets if x not in c.targets]
            return True
    return False


#: what a storming with no one hurt may only have been done for: those taken, or the property looted or burnt
_STORMED_FOR = frozenset({"Arrests", "Abduction/forced disappearance", "Looting/property destruction"})
#: target labels (targets.tsv) of a building stormed, whose looting is all a storming with no one hurt did
_STORMED_BUILDINGS = frozenset({"residential buildings", "headquarters", "party office"})


#: target labels (targets.tsv) of a storming that a fight can be about: the quarters of a town
#: ("اقتحمت القوات الأحياء الجنوبية"), not a house or a crowd
_STORMED_AREAS = frozenset({"residential area"})


#: forces named right after a verb ("أحرقت القوات ..."): its subject is an armed force
_FORCES_AFTER = re.compile(rf"\s+(?:ال)?(?:{alternation('force_head')})(?![\u0621-\u064a])")
#: the sub-event types ACLED never marks as civilian targeting
_NO_CIVILIAN_TARGET = frozenset({"Armed clash", "Government regains territory", "Non-state actor overtakes territory",
                                 "Non-violent transfer of territory", "Arrests", "Peaceful protest",
                                 "Protest with intervention", "Excessive force against protesters",
                                 "Violent demonstration"})
_TAKEN = frozenset({"Non-state actor overtakes territory", "Government regains territory",
                    "Non-violent transfer of territory"})


def _storming_in_a_fight(drafts: list[Draft], key) -> list[Draft]:
    """"اقتحمت القوات العراقية الأحياء الجنوبية لمدينة الفلوجة، وسط اشتباكات عنيفة مع مسلحي
    التنظيم": a storming that kills or wounds no one, told with a fight of its stormers at the same
    place in the same sentence, is that fight (not when it names what it stormed: a house, a
    village's people)."""
    # (and a take-over by the stormers: "اقتحمت فصائل المعارضة بلدة X ... وسيطرت على البلدة" is
    #  the town taken, not an attack on its people beside it)
    fights = [d for d in drafts if d.actor1 is not None and (d.sub_event_type == "Armed clash"
                                                             or d.sub_event_type in _TAKEN)]
    if not fights:
        return drafts
    out = []
    for d in drafts:
        if d.cue == "storm" and d.sub_event_type == "Attack" and not d.killed and not d.injured \
                and d.actor2 in (None, "Civilians") and set(d.targets) <= _STORMED_AREAS:
            if _absorbed(d, [c for c in fights if d.actor1 == c.actor1 or (
                    c.sub_event_type == "Armed clash" and d.actor1 == c.actor2)], key):
                continue
        out.append(d)
    return out


def fold_destruction(drafts: list[Draft], key) -> list[Draft]:
    """"أحرقت القوات القرية وقتلت 12 من سكانها": the burning of a place by those who killed its
    people in the same sentence is part of that attack (ACLED codes one attack, its property
    destruction noted), not an event of its own. (A looting told with a killing stays its own
    record: coders list it beside the attack.)"""
    attacks = [d for d in drafts if d.sub_event_type == "Attack" and d.actor1 is not None and d.killed]
    if not attacks:
        return drafts
    out = []
    for d in drafts:
        if d.sub_event_type == "Looting/property destruction" and d.cue == "burn":
            a = next((a for a in attacks if a.actor1 == d.actor1 and key(a.place) == key(d.place)
                      and a.sentences & d.sentences
                      and (a.date_start, a.date_end) == (d.date_start, d.date_end)), None)
            if a is not None:
                _absorb(a, d)
                a.targets += [t for t in d.targets if t not in a.targets]
                continue
        out.append(d)
    return out


#: strikes from afar whose blasts a report may tell besides (fix round q80-fix-h2)
_STRIKES = ("Air/drone strike", "Shelling/artillery/missile attack")


def merge_explosions(drafts: list[Draft], key) -> list[Draft]:
    """A car bomb the report calls a suicide attack elsewhere ("عملية انتحارية بسيارة مفخخة" in
    the claim, "انفجرت السيارة المفخخة" in the account) is one explosion: a suicide bombing, with
    the toll told for either."""
    suicide = {}
    strikes: dict[str, list[Draft]] = {}
    for d in drafts:
        if d.sub_event_type == "Suicide bomb":
            suicide.setdefault(key(d.place), d)
        elif d.sub_event_type in _STRIKES:
            strikes.setdefault(key(d.place), []).append(d)
    out = []
    for d in drafts:
        if strikes and d.sub_event_type == "Remote explosive/landmine/IED" and d.cue == "explosion" \
                and not d.weapons:
            # "شن طيران التحالف غارات على معسكر في جبل عطان، وهزت انفجارات عنيفة أرجاء العاصمة": blasts
            # with no bomb of their own, told in a strike's sentence at its place, are the strike's
            # (fix round q80-fix-h2)
            s = next((x for x in strikes.get(key(d.place), ()) if x.sentences & d.sentences), None)
            if s is not None:
                keep_larger_tolls(s, d)
                s.sentences |= d.sentences
                continue
        s = suicide.get(key(d.place)) if d.sub_event_type == "Remote explosive/landmine/IED" else None
        if s is not None and not (s.date_explicit and d.date_explicit
                                  and (s.date_start, s.date_end) != (d.date_start, d.date_end)):
            _absorb(s, d)
            continue
        out.append(d)
    return out


def fold_detentions(drafts: list[Draft], key) -> list[Draft]:
    """People seized told as an abduction and retold in the same sentence as a campaign of arrests
    ("اختطفت جماعة الحوثي 13 موظفاً في صنعاء والحديدة، في حملة اعتقالات بدأت الخميس") are one
    detention at each place: the kind told first is kept."""
    first: dict[tuple[str, str | None], Draft] = {}
    out = []
    for d in drafts:
        if d.sub_event_type not in _DETENTIONS:
            out.append(d)
            continue
        k = (key(d.place), d.actor1)
        o = first.get(k)
        if o is not None and o.sub_event_type != d.sub_event_type and o.sentences & d.sentences:
            _absorb(o, d)
            continue
        first.setdefault(k, d)
        out.append(d)
    return out


#: the two ways of seizing people, told of one detention in different words
_DETENTIONS = ("Arrests", "Abduction/forced disappearance")


def fold_territory(drafts: list[Draft], key) -> list[Draft]:
    """A change of control retold without its actor ("بعد السيطرة على X") is the same change."""
    out: list[Draft] = []
    for d in drafts:
        if d.sub_event_type in _TERRITORY_SUBS and d.actor1 is None:
            twin = next((o for o in out if o.sub_event_type in _TERRITORY_SUBS and o.actor1
                         and key(o.place) == key(d.place)), None)
            if twin is not None:
                twin.sentences |= d.sentences
                continue
        out.append(d)
    # an actorless one that came first gives way to a later one with an actor
    keep = []
    for d in out:
        if d.sub_event_type in _TERRITORY_SUBS and d.actor1 is None and any(
                o is not d and o.sub_event_type in _TERRITORY_SUBS and o.actor1 and key(o.place) == key(d.place)
                for o in out):
            continue
        keep.append(d)
    return keep


def fold_retold_fight(drafts: list[Draft], key) -> list[Draft]:
    """The fighting retold by a definite noun ("وقتل في المعارك 15 من عناصر التنظيم") after a change
    of control at the same place and day ("تمكنت القوات من تحرير حي الزهور") is the fighting that
    won the place: its toll is the change's, not a second event's."""
    out = []
    for d in drafts:
        retold = d.trigger_text is not None and d.trigger_text.startswith("ال")
        if d.sub_event_type == "Armed clash" and (retold or d.caused) \
                and (d.killed is not None or d.injured is not None):
            # (or the attack told as its cause in the take-over's sentence: "استعادت الفصائل السيطرة على
            #  بلدة X، إثر هجوم معاكس قتل خلاله 12 عنصراً")
            won = next((o for o in drafts if o.sub_event_type in _TERRITORY_SUBS and key(o.place) == key(d.place)
                        and o.date_start == d.date_start and o.killed is None and o.injured is None
                        and not o.background and min(o.sentences, default=0) <= min(d.sentences, default=0)
                        and (retold or bool(o.sentences & d.sentences))),
                       None)
            if won is not None:
                keep_larger_tolls(won, d)
                won.sentences |= d.sentences
                if won.actor2 is None and won.actor1 in (d.actor1, d.actor2):
                    # (the fight's other side is the side that lost the place)
                    won.actor2, won.actor2_text = (d.actor2, d.actor2_text) if won.actor1 == d.actor1 \
                        else (d.actor1, d.actor1_text)
                continue
        out.append(d)
    return out


def adopt_weak(drafts: list[Draft], key) -> list[Draft]:
    """A killing the report only mentions ("مقتل 3 في X") at a place where it also tells a real
    event ("غارات على X") is that event's toll, not a second event."""
    strong_at: dict[str, Draft] = {}
    for d in drafts:
        # (an abduction, an arrest or a looting kills nobody: a killing told beside one, "قتلوا
        # عشرات الرجال واختطفوا مئات النساء", is an event of its own)
        if not d.weak and d.sub_event_type not in _TOLLLESS:
            strong_at.setdefault(key(d.place), d)
    out = []
    for d in drafts:
        s = strong_at.get(key(d.place)) if d.weak else None
        # "قصف وقتل ونهب" in one sentence are three actions; a toll is not
        same_sentence = bool(s.sentences & d.sentences) if s is not None else False
        if s is None or s.sub_event_type == d.sub_event_type or (
                same_sentence and d.killed is None and d.injured is None) or (
                # (a looting, an arrest or an abduction is no toll of anything: "وقام عناصر من
                #  الفصائل بنهب محال في المدينة" after its take-over is its own event)
                d.sub_event_type in _TOLLLESS and d.killed is None and d.injured is None) or (
                # "قذائف هاون أطلقها التنظيم على منطقة كوكجلي المحررة أدت إلى إصابة خمسة مدنيين"
                # after the area's liberation: shells told with who fired them are a strike of
                # their own, not the toll of the change of control (quality-76)
                s.sub_event_type in _TERRITORY_SUBS and d.sub_event_type in _STRIKES
                and not same_sentence):
            out.append(d)
            continue
        keep_larger_tolls(s, d)
        s.civilian_targeting |= d.civilian_targeting
        if s.actor2 is None and d.actor2 is not None and d.actor2 != s.actor1 and not (
                d.actor2 == "Civilians" and s.sub_event_type == "Armed clash"):
            s.actor2, s.actor2_text = d.actor2, d.actor2_text   # whom the toll says were hit
        s.sentences |= d.sentences
        if s.sub_event_type == "Peaceful protest" and (
                d.sub_event_type == "Excessive force against protesters" or (
                    # "خرج المئات في مظاهرات في X، وأطلقت قوات الأمن الرصاص الحي عليهم، ما أدى إلى
                    #  مقتل 14": the shooting told beside the protest, with its shooter, is the force
                    #  used on it, not the toll of a protest whose other side was the shot civilians
                    #  (probe round q84-probe2)
                    d.sub_event_type == "Attack" and d.actor1 not in (None, "Civilians", "Protesters")
                    and (d.killed is not None or d.injured is not None))):
            # the protest's dead and wounded were shot by the forces: ACLED codes the protest
            # as excessive force against it, with the forces as actor1
            s.sub_event_type = "Excessive force against protesters"
            s.actor1, s.actor1_text, s.actor1_inferred = d.actor1, d.actor1_text, d.actor1_inferred
            s.actor2, s.actor2_text = "Protesters", s.actor2_text if s.actor2 == "Protesters" else None
    return out


#: type words that may stand before a governorate's name and still mean an area (not a road, a
#: site or a quarter that merely takes its name from it)
_AREA_KINDS = frozenset({None, "city", "area", "region", "governorate", "district", "subdistrict", "desert"})
_TOWN_LEVELS = frozenset({"town", "village", "admin2", "admin3"})   # (a town that is a district seat)
_TOWN_LEVELS_OR_SITE = _TOWN_LEVELS | {"site"}
_REGION_LEVELS = frozenset({"admin1", "country"})   # (a place that is only these is a region)


def drop_coarse(drafts: list[Draft], container_names: set[str], key=None, contains=None,
                held_by_any=None) -> list[Draft]:
    """Drop an event at a region or at a place the report uses as a container when the same
    kind of event is also coded at a more specific place: reports introduce an event by its
    region ("في ريف إدلب") and then name the villages; the region is not a separate event."""
    k = key or _place_key
    # a governorate's name joined to a place that is only a town ("في الخرطوم وأم درمان", the
    # two names one or two characters apart, "و" or "، " between) names its capital city
    # (a town may also carry a site's level of its own name: الناصرية)
    towns = [d for d in drafts if d.place.levels and "town" in d.place.levels
             and _TOWN_LEVELS_OR_SITE.issuperset(d.place.levels)]

    def beside(d: Draft, others: list[Draft]) -> bool:
        p = d.place
        return any(o.frame_id == d.frame_id and (0 <= o.place.start - p.end <= 2 or 0 <= p.start - o.place.end <= 2)
                   for o in others)

    if towns:
        # the list goes on through governorates' names that are also their capital towns ("في كربلاء
        # والنجف والناصرية": Karbala is beside Najaf, Najaf beside the town): all name cities
        capitals = [d for d in drafts if d.place.kind is None and d.place.levels and "town" in d.place.levels
                    and "admin1" in d.place.levels]
        grown = True
        while grown and capitals:
            grown = False
            for d in list(capitals):
                if beside(d, towns):
                    towns.append(d)
                    capitals.remove(d)
                    grown = True

    def beside_a_town(d: Draft) -> bool:
        return beside(d, towns)

    def region(d: Draft) -> bool:
        p = d.place
        if p.holds_site:
            return False   # "... وقاعدة في أربيل": a site of its own there, told no more finely
        if p.kind == "district" and p.qualifier is None and d.sub_event_type in _TERRITORY_SUBS \
                and not _told_finer_in_frame(d, drafts):
            # "تحرير قضاء الحويجة ... وحررت القوات أيضاً ناحية الرياض": a district told taken is its
            # seat town taken (ACLED places it there), no region that a subdistrict taken in
            # another sentence tells more finely (quality-76)
            return False
        return (p.qualifier == "rural" or p.kind in ("governorate", "district", "region")
                # (a governorate's or a country's name alone; "طريق النبطية" is a road, whatever
                #  the name it is read as)
                or (bool(p.levels) and _REGION_LEVELS.issuperset(p.levels) and p.kind in _AREA_KINDS)
                # "غارات على حماة وإدلب": a governorate's name without a type word may mean the
                # governorate; when the report names villages too, it does
                or (p.kind is None and "admin1" in p.levels and not (towns and beside_a_town(d))))

    def parents(p: PlaceSpan) -> set[str]:
        out, q = set(), p.parent
        while q is not None and len(out) < 6:
            out.add(k(q))
            q = q.parent
        return out

    coarse = region

    family_of = EVENT_TYPE_OF
    # (not the other side's reply: "قصفت الدعم السريع أحياء في الفاشر. وردت القوات المسلحة بقصف
    #  على منطقة شقرة غرب الفاشر" makes the city no mere introduction)
    fine_drafts = [d for d in drafts if not coarse(d) and k(d.place) not in container_names and not d.other_side]
    fine_subtypes = {d.sub_event_type for d in fine_drafts}
    # a place the report uses to locate another event of the same kind ("X بريف حلب"; "حي الجورة
    # في دير الزور") is that event's region here, not an event of its own
    located_in: dict[str, set[str]] = {}
    sides_in: dict[str, set[tuple[str | None, str]]] = {}   # who did what inside each place
    inside_of: dict[str, list[Draft]] = {}   # the events placed inside each place
    for d in drafts:
        if d.other_side:
            continue   # (the other side's reply placed in a quarter of the city does not make the city's
                       #  event an introduction: "قصفت الدعم السريع مقر الفرقة في نيالا، ورد الجيش بغارات
                       #  على حي الوادي شمال المدينة")
        # (not in itself: "السويداء - ... في مدينة السويداء" is one place, told as the dateline's
        #  container of its own name)
        for pk in parents(d.place) - {k(d.place)}:
            located_in.setdefault(pk, set()).add(family_of[d.sub_event_type])
            sides_in.setdefault(pk, set()).add((d.actor1, d.sub_event_type))
            inside_of.setdefault(pk, []).append(d)
    # "كوباني تحت القصف" over "طال القصف قرى X وY في ريف كوباني": a town whose countryside holds
    # the same kind of event, told with no toll of its own, names that countryside
    rural_held: set[str] = set()
    for o in drafts:
        q, n = o.place.parent, 0
        while q is not None and n < 4 and not o.other_side:
            if q.qualifier == "rural":
                rural_held.add(q.name + "|" + o.sub_event_type)
            q, n = q.parent, n + 1
    out = []
    for d in drafts:
        if rural_held and d.place.qualifier is None and d.killed is None and d.injured is None \
                and d.place.name + "|" + d.sub_event_type in rural_held:
            continue
        if d.dateline_placed:
            out.append(d)   # an event of its own that only the dateline places, not an introduction
            continue
        # ...or is named elsewhere as the region of the same kind of event
        container_here = CONTAINERS_ARE_COARSE and k(d.place) in container_names and (
            (family_of[d.sub_event_type] in located_in.get(k(d.place), set())
             and not _other_sides_inside(d, sides_in.get(k(d.place), set()))
             and _introduces(d, inside_of.get(k(d.place), [])))
            or (d.sub_event_type in fine_subtypes
                # (told in another city, Sanaa's arrests tell Ibb's no more finely; q81-recall2)
                and _fine_may_lie_in(d, fine_drafts, held_by_any, lambda o: k(d.place) in parents(o.place))
                and not (
                # (a city taken is no introduction of another town taken elsewhere: "دخلت الدعم السريع
                #  مدينة ود مدني" ... "سيطرت يوم الجمعة على بلدة أبو حراز", the city named again as
                #  the container of a village "شمال المدينة"; only a take-over inside it is; q76)
                d.sub_event_type in _TERRITORY_SUBS
                and all(o.sub_event_type != d.sub_event_type for o in inside_of.get(k(d.place), []))))
        ) and not _own_toll_own_kind(d, inside_of.get(k(d.place), [])) and not (
            # "دخلت القوات المجمع الحكومي وسط الفلوجة ورفعت العلم فوقه ... اشتباكات في حي الجولان شمال
            # غربي المدينة": a town taken is no introduction of a fight in one of its quarters; only a
            # take-over told there more finely is (quality-76)
            d.sub_event_type in _TERRITORY_SUBS and d.sub_event_type not in fine_subtypes and not any(
                sub == d.sub_event_type for _, sub in sides_in.get(k(d.place), set()))) and not (
            # (nor a district told taken in a sentence of its own, which "شمالي القضاء" then names as
            #  a subdistrict's container: it is its seat town taken, as in `region` below)
            d.place.kind == "district" and d.sub_event_type in _TERRITORY_SUBS and not _told_finer_in_frame(d, drafts))
        if container_here or (coarse(d) and _told_finer(d, drafts, coarse, parents, k, contains, held_by_any)):
            fine = [o for o in drafts if not coarse(o) and o.sub_event_type == d.sub_event_type]
            # the toll told for the container belongs to the one place named inside it ("انفجرت
            # قرب ساحة X في منطقة Y" ... "قتل 7 في تفجير في منطقة Y"), whatever else is named
            inside = [o for o in fine if k(d.place) in parents(o.place)]
            if len(inside) == 1:
                fine = inside
            if len(fine) > 1 and (d.killed is not None or d.injured is not None) and \
                    all(o.killed is None and o.injured is None for o in fine):
                # "غاراتها على حمص، مستهدفة الرستن وتلبيسة والزعفرانة، ما أدى لمقتل 36": the toll
                # of a strike on a list, told with the list, goes to its first place (as
                # `share_tolls` does), not away with the container
                fine = [min((o for o in fine if o.sentences & d.sentences), key=lambda o: o.place.start,
                            default=None)] if any(o.sentences & d.sentences for o in fine) else []
            if len(fine) == 1 and fine[0].killed is None and fine[0].injured is None and not (
                    # (the same toll, from the same sentence, already went to another place: "...
                    #  مطار الحديدة وقاعدة الديلمي شمال صنعاء ... مقتل خمسة" is counted once)
                    (d.killed is not None or d.injured is not None) and any(
                        o is not d and o is not fine[0] and (o.killed, o.injured) == (d.killed, d.injured)
                        and o.sentences & d.sentences for o in drafts)):
                fine[0].killed, fine[0].injured = d.killed, d.injured
                fine[0].sentences |= d.sentences
            continue
        out.append(d)
    return out


def _introduces(d: Draft, inside: list[Draft]) -> bool:
    """Can `d`, at a place the report uses as a container, be the introduction of an event told inside
    it: one of its own sub-event type there, or one told in a sentence of `d`'s? ("شن طيران التحالف 13
    غارة على مديرية صرواح" in an item of its own is no introduction of "سقطت عدة قذائف على مخيم الزور
    في مديرية صرواح" told in another item: a strike and a shelling, two events)"""
    if d.sub_event_type != "Air/drone strike":
        return True
    return any(o.sub_event_type == d.sub_event_type or o.sentences & d.sentences for o in inside)


def _fine_may_lie_in(d: Draft, fine: list[Draft], held_by_any, told_inside) -> bool:
    """Is some event of `d`'s sub-event type at a finer place one that may lie inside `d`'s place: told in
    the same sentence, at a place the report puts inside it (`told_inside`), or at one the gazetteer does not
    put outside every reading of its name?"""
    if held_by_any is None or d.antecedent is not None or d.place.anaphor:
        # ("الغارات" told again by a report's later words names no event of its own; "وسط المدينة" goes
        #  on with the story the report was telling there)
        return True
    return any(o.sub_event_type == d.sub_event_type
               and (o.sentences & d.sentences or told_inside(o) or held_by_any(d.place, o.place))
               for o in fine)


def _own_toll_own_kind(d: Draft, inside: list[Draft]) -> bool:
    """Is the city's event one of its own, not an introduction of the events placed inside it: it has
    a toll, no event inside is of its sub-event type, and every event inside of its family has a toll
    of its own ("مسيرة قصفت المستشفى في مدينة الفاشر، ما أدى إلى مقتل 70" ... "قصفت كذلك بالمدفعية
    حي الدرجة الأولى وسط المدينة، ما أسفر عن مقتل طفلين": a drone strike and a shelling, two events)?
    (quality q76)"""
    if (d.killed is None and d.injured is None) or d.place_inherited or d.weak \
            or d.cue in (None, "explosion", "casualties"):
        return False   # (a toll told later of "the city", "ارتفعت حصيلة التفجير", is no strike of its own)
    fam = EVENT_TYPE_OF[d.sub_event_type]
    kin = [o for o in inside if EVENT_TYPE_OF[o.sub_event_type] == fam]
    return bool(kin) and all(o.sub_event_type != d.sub_event_type and (o.killed is not None or o.injured is not None)
                             and (o.killed, o.injured) != (d.killed, d.injured) for o in kin)


def _told_finer_in_frame(d: Draft, drafts: list[Draft]) -> bool:
    """Does the frame that told `d` name other places too ("سيطرت القوات على قضاء X، وبينها قرى A وB")?"""
    for o in drafts:
        if o is not d and o.frame_id == d.frame_id:
            return True
    return False


def _other_sides_inside(d: Draft, sides: set[tuple[str | None, str]]) -> bool:
    """Are the events placed inside `d`'s place all of another kind, by named sides other than `d`'s
    own named one ("قصف مدفعي من الدعم السريع يستهدف سوق المواشي شرق المدينة" ... "طيران الجيش يشن
    غارات على منطقة شقرة غرب الفاشر")? The city's event is then no introduction of them."""
    mine = d.actor1
    # (an event told with both its sides: one that names only its doer is more often the fight or
    #  the strike the places inside tell more finely)
    if mine is None or mine.startswith("Unidentified") or d.actor2 is None or not sides:
        return False
    return all(a is not None and not a.startswith("Unidentified") and a != mine and sub != d.sub_event_type
               for a, sub in sides)


def _apart_protest(o: Draft, d: Draft, key: str, parents) -> bool:
    """Is the protest event `o` no finer telling of the protest event `d` at a region or a
    governorate's name: of another sub-event type, told in other sentences, at a place the report
    does not put inside `d`'s? ("الديوانية: تظاهرات سلمية أمام مبنى المحافظة" in an item of its own
    beside force used on protesters "قرب ساحة الطيران" in Baghdad's item: two protests)"""
    return o.sub_event_type != d.sub_event_type and not (o.sentences & d.sentences) and key not in parents(o.place)


def _told_finer(d: Draft, drafts: list[Draft], coarse, parents, k, contains=None, held_by_any=None) -> bool:
    """Whether the report tells the event at a region more finely too: an event of the same
    kind placed inside the region, or of the same sub-event type anywhere ("غارات على ريف
    إدلب" ... "استهدفت الغارات بلدة X"). Another kind of event elsewhere (shelling of a city,
    then air strikes on a district) does not make the region's event a mere introduction."""
    family = EVENT_TYPE_OF[d.sub_event_type]
    if d.other_side:
        return False   # "في المقابل، قصفت مسيرة ... الكلية الجوية في مصراتة": the other side's strike
    if d.place.kind != "district" or d.place.qualifier:
        # (a name alone, which may be the city as well as its governorate, is not told more finely
        #  by another side's event: "غارات إسرائيلية على مبنى في حمص، بينما قصفت مدفعية الجيش بلدة
        #  المزرعة"; "شن التحالف غارات على صنعاء والحديدة" after a Houthi attack elsewhere)
        bare = d.place.kind is None and not d.place.qualifier
        # (a town's countryside, "قرى في ريف بلدة تل تمر", is told more finely only by a place in
        #  it: strikes on another town, "طالت الغارات محيط عين العرب", are no finer telling of the
        #  shelling there; a governorate's countryside keeps the looser reading) (quality q76-syria-c)
        towns_country = contains is not None and d.place.qualifier == "rural" and bool(d.place.levels) \
            and _REGION_LEVELS.isdisjoint(d.place.levels)
        # (a protest in a city that names its governorate too, "خرجت تظاهرات في كربلاء والنجف", is
        #  the city's: a protest in a town the gazetteer puts elsewhere, "أصيب متظاهرون في الموصل",
        #  told in a sentence of its own, does not tell it more finely; fix round q80-fix-iy; in the
        #  sentence of the other protest the name may be no place of one: "برصاص أمن حكومة بغداد")
        #  (a town of the governorate, "في حماة ... في مدينة حلفايا", still does: by every reading of
        #  the name, the governorate's too)
        city_protest = bare and held_by_any is not None and family in ("Protests", "Riots") \
            and "town" in d.place.levels
        # (nor does it tell a town's event with a toll of its own, told with its own event word in
        #  sentences of their own, from a place the gazetteer puts outside every reading of the name:
        #  "تعرضت سفينة لهجوم بصاروخ جنوب غربي عدن، ما أدى إلى مقتل ثلاثة" before "شنت طائرات غارتين على
        #  رأس عيسى شمالي الحديدة"; q81-recall2)
        own = held_by_any is not None and d.place.kind != "governorate" and d.place.qualifier != "rural" \
            and (d.killed is not None or d.injured is not None) and not (d.weak or d.background or d.place_inherited)
        return any(not coarse(o) and EVENT_TYPE_OF[o.sub_event_type] == family and _one_story(o, d)
                   and not (family == "Protests" and _apart_protest(o, d, k(d.place), parents))
                   and not (bare and _other_named_side(o, d))
                   # (nor a town's name alone taken by a side, by a fight of that side's in one of its
                   #  quarters: "سيطرت قوات X على مجمع Y في المدينة بعد معارك مع Z المتحصنة في الحي رقم 2"
                   #  is a take-over and a fight, not the fight told twice; q81-actors2)
                   and not (bare and d.sub_event_type in _TERRITORY_SUBS and o.sub_event_type not in _TERRITORY_SUBS
                            and bool(o.sentences & d.sentences))
                   and not (towns_country and _apart(d.place, o.place, contains))
                   and not ((city_protest or own) and not (o.sentences & d.sentences)
                            and not held_by_any(d.place, o.place))
                   for o in drafts)
    key = k(d.place)
    for o in drafts:
        if o is d or coarse(o) or not _one_story(o, d):
            continue
        if contains is not None and _apart(d.place, o.place, contains):
            # "... غارات على منطقة المديد بمديرية نهم. كما شن غارتين على مديرية صرواح بمحافظة مأرب":
            # a place the gazetteer puts outside the district does not tell it more finely
            continue
        if contains is not None and _unplaced_elsewhere(d, o):
            # "غارات استهدفت منزلاً في مديرية حيدان ... وشن كذلك ثلاث غارات على منطقة مران وغارتين
            # على مديرية ساقين": a place the gazetteer does not know, struck in an event of its own
            # that does not retell the district's and is not put inside it, says nothing of where
            # it lies: no finer telling of the district (q78-yemen2)
            continue
        # (two unattributed strikes are not one side's: "Unidentified" names nobody)
        same_side = o.actor1 == d.actor1 and not (d.actor1 or "Unidentified").startswith("Unidentified")
        if EVENT_TYPE_OF[o.sub_event_type] == family and (
                o.sub_event_type == d.sub_event_type or same_side or key in parents(o.place)):
            return True
    return False


def _joined_ground_fire(text: str, end: int, m: DocMentions) -> bool:
    """Is the air-strike word ending at `end` joined by و to a bombardment by ground weapons
    ("بغارات جوية وقصف صاروخي", "غارات وقصف مدفعي")? Two events, one per sub-event type."""
    for t in m.triggers.within(end, end + 16):
        if text[t.word_start] != "و" or t.payload not in ("shelling", "bombard"):
            continue
        # ("وقصف صاروخي" is a shelling word itself; "وقصف بالمدفعية" names its weapon after it)
        return t.payload == "shelling" or any(w.payload[1] == "shelling" and 0 <= w.word_start - t.end <= 2
                                              for w in m.weapons.within(t.end, t.end + 12))
    return False

def _unplaced_elsewhere(d: Draft, o: Draft) -> bool:
    """Is `o` an event of its own frame (not a retelling of `d`, nor retold by it) at a place
    the gazetteer does not know and the report does not put inside `d`'s place?"""
    if o.frame_id == d.frame_id or o.antecedent is d or d.antecedent is o or d.sub_event_type in _TERRITORY_SUBS:
        # (a district "where the operations began" is still told more finely by the villages
        #  taken in it: territory keeps the looser reading)
        return False
    q, n = o.place, 0
    while q is not None and n < 4:
        if q.gazetteer_ids or q is d.place or (q is not o.place and q.name == d.place.name):
            return False
        q, n = q.parent, n + 1
    return True


def _apart(region: PlaceSpan, p: PlaceSpan, contains) -> bool:
    """Does the place `p`, or a place the report says holds it ("قرية X في مديرية Y"), lie apart
    from `region`, neither inside it nor holding it (by the gazetteer; an unknown place may lie
    anywhere)?"""
    q, n = p, 0
    while q is not None and n < 4:
        if q is not region and not contains(region, q) and not contains(q, region):
            return True
        q, n = q.parent, n + 1
    # (containers the gazetteer does not place: the governorates the report names for each,
    #  "... بمحافظة صنعاء" against "مديرية حريب بمحافظة مأرب")
    mine, theirs = _governorate_named(region), _governorate_named(p)
    return mine is not None and theirs is not None and mine.name != theirs.name


def _governorate_named(p: PlaceSpan) -> PlaceSpan | None:
    """The governorate the report names as holding `p` ("بمحافظة مأرب"), if any."""
    q, n = p.parent, 0
    while q is not None and n < 4:
        if q.kind == "governorate":
            return q
        q, n = q.parent, n + 1
    return None


def _other_named_side(o: Draft, d: Draft) -> bool:
    """Are both events' actors named in the report (not inferred, not "Unidentified"), and not the same?"""
    return (o.actor1 != d.actor1 and o.actor1_text is not None and d.actor1_text is not None
            and not o.actor1_inferred and not d.actor1_inferred
            and not (o.actor1 or "Unidentified").startswith("Unidentified")
            and not (d.actor1 or "Unidentified").startswith("Unidentified"))


def _one_story(o: Draft, d: Draft) -> bool:
    """Whether `o` can tell region event `d` more finely: not an event of another day whose
    side is other than the region event's ("غارات أمريكية على الحديدة" is no introduction to
    yesterday's attack on a ship, told later in the report)."""
    if o.other_side and o.actor1 and d.actor1 and o.actor1 != d.actor1:
        return False   # "قصفت الدعم السريع مقر الفرقة في نيالا، ورد الجيش بغارات على حي الوادي": the reply
    if o.date_start is None or d.date_start is None or o.date_start == d.date_start:
        return True
    if o.background and not d.background:
        return False   # ("وكانت الجماعة قد أعلنت أمس ...": told as what had happened before)
    return (o.actor1 or "Unidentified").startswith("Unidentified") or o.actor1 == d.actor1


def _place_key(p: PlaceSpan) -> str:
    return p.name + "|" + (p.qualifier or "") + "|" + (p.direction or "")


def _returned_fire(o: Draft, d: Draft) -> bool:
    """"قصفت قوات الدعم السريع مقر الفرقة في مدينة نيالا، ورد الجيش بقصف مماثل على مواقع الدعم السريع
    شرقي المدينة": each side's fire, both named, on the other is an event of its own (ACLED codes
    one event per actor pair), not the same shelling told twice. A clash already has both sides."""
    return (EVENT_TYPE_OF[o.sub_event_type] == "Explosions/Remote violence"   # (a clash is both sides' already)
            and bool(o.sentences & d.sentences)   # (told in one breath: "..., ورد الجيش بقصف مماثل")
            # (not the event a definite noun refers back to, told again with its sides read awry:
            #  "وقال وزير الدفاع الإسرائيلي إن الضربات تحذير للحكومة السورية"; q81-actors)
            and d.antecedent is not o and o.antecedent is not d
            and o.actor1_text is not None and d.actor1_text is not None and not o.actor1_inferred
            and not d.actor1_inferred and o.actor1 != d.actor1
            and ((o.actor1 == d.actor2 and o.actor2 == d.actor1)
                 # (the side hit may go unnamed in one of the two when the other replied: "وردت
                 #  القوات التركية بقصف مواقع النظام")
                 or ((o.other_side or d.other_side) and (
                     (o.actor1 == d.actor2 and o.actor2 is None) or (d.actor1 == o.actor2 and d.actor2 is None)))))


#: "خلالها"/"خلاله" right after an arrest verb: made during the operation told before it
_DURING_IT = re.compile(r"\s+(?:خلالها|خلاله|خلالهما)(?:\s|$)")


def _killed_by_other_hand(f: Frame, res: ActorResolver, text: str, sent: Sentence,
                          strong_a1: ActorRef | None) -> bool:
    """Does the killing frame `f` name its killer right after "على يد" or "برصاص" (`BY_HAND`) in its
    sentence ("بمقتل ... على يد مسلحين"), a side other than the strong event's before it?"""
    start = f.trigger.end if f.trigger is not None else f.start
    if not any_in(_FIRED_NEEDLES, text, start, sent.end):
        return False
    for hand in BY_HAND.finditer(text, start, sent.end):
        killer = next(iter(res.within(hand.end(), min(sent.end, hand.end() + 40))), None)
        if killer is not None and killer.start - hand.end() <= 2:
            return strong_a1 is None or killer.name != strong_a1.name
    return False


def _own_means(f: Frame, strong: Frame, m: DocMentions) -> bool:
    """Does the killing frame `f` name weapons of a mode that the strong event told before it
    did not use (aircraft after a take-over, shells after air strikes)?"""
    def modes(g: Frame) -> set[str]:
        return {w.payload[1] for a, b in (g.spans or [(g.start, g.end)]) for w in m.weapons.within(a, b)
                if w.payload[1] in ("air", "shelling", "ied", "suicide")}
    own = modes(f)
    return bool(own) and not own & modes(strong)


def merge_drafts(drafts: list[Draft], key=None, apart=None) -> list[Draft]:
    """One draft per sub-event type, place and day: a report that tells an event twice is one event.

    `apart(o, d)`, when given, keeps two drafts of one key apart (see `one_event_per_point`)."""
    out: list[Draft] = []
    k = key or _place_key
    for d in drafts:
        twin = None
        dk = None   # (d's place key, asked once, when a draft of its type is met)
        for o in out:
            if o.sub_event_type != d.sub_event_type:
                continue
            if dk is None:
                dk = k(d.place)
            if k(o.place) != dk:
                continue
            if apart is not None and apart(o, d):
                continue
            if o.date_explicit and d.date_explicit and (o.date_start, o.date_end) != (d.date_start, d.date_end):
                continue
            if o.background != d.background and o.date_explicit == d.date_explicit and not (
                    # (both told on one explicit day: "وكانت تفجيرات قد استهدفت مسجدين يوم الجمعة 20
                    #  آذار، وقتل فيها 137 شخصاً" is one event, its toll in a clause of its own)
                    o.date_explicit and (o.date_start, o.date_end) == (d.date_start, d.date_end)
                    and (o.sentences & d.sentences or not _sides_apart(o, d))):
                continue
            if _returned_fire(o, d):
                continue
            twin = o
            break
        if twin is None:
            out.append(d)
            continue
        if d.date_explicit and not twin.date_explicit:
            twin.date_start, twin.date_end, twin.time_precision = d.date_start, d.date_end, d.time_precision
            twin.date_explicit = True
            twin.background = d.background
        _take_sides(twin, d)
        keep_larger_tolls(twin, d)
        twin.civilian_targeting |= d.civilian_targeting
        twin.weapons += [w for w in d.weapons if w not in twin.weapons]
        twin.targets += [t for t in d.targets if t not in twin.targets]
        twin.sentences |= d.sentences
        twin.place_inherited &= d.place_inherited
        twin.weak &= d.weak   # told once with an event word, it is a real event
        if twin.place.kind is None and d.place.kind is not None and twin.place.start < d.place.start \
                and twin.place.parent is None and not twin.place.qualifier \
                and EVENT_TYPE_OF[twin.sub_event_type] not in ("Protests", "Riots"):
            # "كركوك - ... على مدينة كركوك": the place as the event's clause writes it, a city,
            # not its bare name in the dateline (a governorate's name alone reads as a region);
            # (protests keep theirs: one turned into force against them is told again at the region)
            twin.place = d.place
    return out


def _sides_apart(o: Draft, d: Draft) -> bool:
    """Two tellings that name different sides, each by its own words: two events."""
    return (o.actor1 != d.actor1 and not o.actor1_inferred and not d.actor1_inferred
            and o.actor1 is not None and d.actor1 is not None) or (
        o.actor2 is not None and d.actor2 is not None and o.actor2 != d.actor2
        and o.actor2_text is not None and d.actor2_text is not None)


def one_event_per_point(drafts: list[Draft], point) -> list[Draft]:
    """One draft per sub-event type, geocoded location and day (SPEC 1: one record is one event at
    one location on one day).

    `merge_drafts` keys places by their names or gazetteer entries; after geocoding, two names may
    stand for one location: quarters the gazetteer does not know, placed at the town the report
    puts them in ("اشتباكات في حيي الملعب والعدل في الرمادي", "قصف على أحياء الدرجة الأولى والوحدة في
    مدينة الفاشر": both at Ramadi's, El Fasher's point), or two readings of one town's name. Those are
    one event, told once at its location. `point(place)` gives the location's key, or None for a
    place without a point of its own (a region's, precision 3), which is never merged so."""
    if len(drafts) < 2:
        return drafts
    keys: dict[int, object] = {}
    for d in drafts:
        pk = point(d.place)
        keys[id(d.place)] = pk if pk is not None else f"#{id(d.place)}"
    if len(set(keys.values())) == len(keys):
        return drafts
    # (nor when no two drafts of one sub-event type share a key: `merge_drafts` joins only such a pair,
    #  and returns the drafts as they were when it finds none; most reports' shared points are of
    #  drafts of different types)
    seen = set()
    for d in drafts:
        tk = (d.sub_event_type, keys[id(d.place)])
        if tk in seen:
            break
        seen.add(tk)
    else:
        return drafts
    return merge_drafts(drafts, lambda p: keys[id(p)], _sides_apart)
