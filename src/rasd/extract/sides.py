"""Who did it to whom: a frame's actor1 and actor2 (the perpetrator and the other side), from
the words around its event word, the sentence, the report's camps and the event told before;
what its target was and whether civilians were hit."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from datetime import date
from functools import lru_cache
from typing import Callable

from rasd.extract.actors import BELONGING_WORD, BELONGS_TO, SIGN_OFF, ActorRef, ActorResolver, resolve_generic
from rasd.extract.frames import Frame
from rasd.extract.match import Hit
from rasd.extract.mentions import DocMentions, Sorted, Spans
from rasd.extract.places import PlaceSpan
from rasd.text.needles import any_in, last_token_needles, watched
from rasd.lexicon.grammar import alternation, words
from rasd.lexicon.load import ActorEntry, Lexicons
from rasd.resources import read_tsv
from rasd.text.segment import Sentence
from rasd.extract.drafts import _ARMED_CLASSES, _TERRITORY_SUBS, Draft, _has_article


def _both_armed(a1: ActorRef | None, a2: ActorRef | None) -> bool:
    """Are both sides named and armed (a fight's sides, not a killing of civilians)?"""
    return a1 is not None and a2 is not None and a1.klass in _ARMED_CLASSES and a2.klass in _ARMED_CLASSES


def _actor_family(f: Frame) -> str | None:
    """The fight a frame belongs to, for borrowing sides and places from the frame just
    before: ground fighting (clashes and take-overs) or remote strikes; None for the rest."""
    return _FIGHT_OF.get(f.cue.family) if f.cue else None


#: (a constant: `_actor_family` is asked some 50 times per report)
_FIGHT_OF = {"fight": "battle", "territory": "battle", "remote": "remote"}

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
            if a and t == "checkpoint" and any_in(_NEAR_POST_NEEDLES, text, h.word_start - 12 if h.word_start > 12 else 0,
                                                  h.word_start) \
                    and any_in(_SHOT_NEEDLES, text, h.word_start - 70 if h.word_start > 70 else 0, h.word_start) \
                    and _SHOT_NEAR_POST.search(text, h.word_start - 70 if h.word_start > 70 else 0, h.word_start):
                continue   # "أصيب شاب بالرصاص الحي قرب حاجز الجلمة": where he was shot (q95-fix31r)
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


_DUAL_SIDE = re.compile(rf"(?:{alternation('dual_side')})")
#: between a fighter's noun and his force: "قيادياً في"، "عنصراً من"، "قائد" + the force
_MEMBER_OF = re.compile(r"[اً]*\s+(?:في|من|ب)?\s*")
_AMONG_THEM = re.compile(rf"(?:{alternation('among_them')})\s+(?:\S+\s+)?$")
#: "أن القوات نهبت": the bare definite forces right before the verb, its subject (grammar_words `bare_forces`)
_BARE_FORCES = re.compile(rf"(?:^|\s)[وف]?(?:{alternation('bare_forces')})\s+$")
_ATTACKER_ANAPHOR = re.compile(rf"(?:^|\s)[وفبل]{{0,2}}(?:{alternation('attacker_anaphor')})(?!\w)")
#: "تجددت الاشتباكات بين الطرفين": the two sides told before, not named again (round q87-actors)
_BOTH_SIDES_BEFORE = re.compile(r"(?<!\S)بين\s+(?:ال)?(?:طرفين|جانبين)(?!\w)")   # (the word first: a fast search)
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
#: "أصيب شاب بالرصاص الحي قرب حاجز الجلمة": fire with no shooter and "near" right before the post: where the
#: shot man was, not a post hit (q95-fix31r); gated by its needles
_SHOT_NEAR_POST = re.compile(rf"(?:^|\s)(?:{alternation('shot_with')})(?!\w)[^,،.]{{0,50}}?\s(?:{alternation('near_post')})\s+$")
_SHOT_NEEDLES = last_token_needles(words("shot_with"))
_NEAR_POST_NEEDLES = last_token_needles(words("near_post"))
#: "و" and a plural noun of fighters between two forces: "الجيش التركي وفصائل الجيش الوطني"
#: (or the plain plural and من: "مدعومة بغطاء جوي روسي ومسلحين من حزب الله", the second backer; or the
#: definite plural before a nationality that names the side: "قوات الأسد والميليشيات الروسية", lead stop 23)
_AND_FORCES_OF = re.compile(rf"و(?:ال)?(?:{alternation('force_head')}|مسلحين\s+من|مقاتلين\s+من)(?:\s+من)?")
#: "بين الفصائل وهيئة تحرير الشام من جهة، وقوات النظام من جهة أخرى": the mark that ends one camp
_SIDE_MARK = re.compile(rf"\s(?:{alternation('side_mark')})(?!\w)")
#: what ends a camp's mark: a comma, "و" before the other camp, "أخرى/ثانية" or the sentence's end; not a
#: noun of place ("التي تحاول التقدم من جهة إدارة المركبات": the direction, no camp; round q87-actors)
_CAMP_MARK_END = re.compile(r"\s*(?:[^\w\s]|$|و|(?:ال)?(?:اخر|ثاني|اول)\w*(?!\w))")
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


#: "قصف الطيران الحربي مواقعها", "غارات على مقراتهم": the posts of a side named before, by a pronoun
#: (`struck_posts`, `held_posts` in grammar_words.tsv)
_ITS_POSTS = re.compile(rf"(?<!\S)[وبل]?(?:علي\s+)?(?:{alternation('struck_posts')}|{alternation('held_posts')})"
                        rf"(?:ها|هم|هما|ه)(?!\w)")


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


#: "أعلنت خلية الإعلام الأمني سقوط صاروخ كاتيوشا"، "أعلن الجيش وقوع انفجار": a fall or a blast the teller
#: announces names no one who fired or set it (q87-probe-official)
_HAPPENED_NOUNS = words("happened_noun")
#: a checkpoint's noun right before "لـ" and its owner ("على حاجز لقوات الدعم السريع")
_CHECKPOINT_BEFORE_OWNER = tuple(w + " " for w in words("checkpoint_noun"))
#: a clause that opens with the result of what the clause before told ("، أسفرت عن اعتقال")
_RESULT_OPEN = re.compile(rf"[\s,،]*(?:و)?(?:{alternation('result_verb')})\s+(?:عن|الي)\s")
#: an operation, a raid or a campaign named after its doer ("نفذت قواتنا عملية أمنية"، "حملة دهم")
_OPERATION_AFTER = re.compile(rf"(?:^|\s)(?:{alternation('operation_after_doer')})(?:\s|$)")


#: a verb of watching or recording right before the side that did it (`observe_verb`)
_OBSERVED_BY = re.compile(rf"(?:^|\s)[وف]?(?:{alternation('observe_verb')})\s+$")


def _announced_happening(text: str, a: int, b: int) -> bool:
    """Between a teller's name and the event word at `b`, at most a word (its adjective) and a noun of
    falling or happening, or the event word is one ("أعلن الجيش اللبناني سقوط قذيفتين"، "أعلنت الشرطة
    وقوع انفجار عبوة ناسفة")?"""
    words = text[a:b].split()
    if len(words) > 3 or any(w in ("ان", "بان", "انه", "انها") for w in words):
        return False
    return text.startswith(_HAPPENED_NOUNS, b) or any(w.startswith(_HAPPENED_NOUNS) for w in words[-2:])


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
                                     or (joint.startswith("و") and _AND_FORCES_OF.fullmatch(joint) is not None))
        # (each pattern only of a joint that opens as its matches do: the joint is stripped, and
        #  `_MADE_OF`'s relative pronouns all open with "ال")
        if prev is not None and joint.startswith(("ال", ",", "،")) and _MADE_OF.fullmatch(joint):
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
        if f.trigger is not None and r.end <= f.trigger.word_start and f.trigger.word_start - r.end <= 30 \
                and _OBSERVED_BY.search(text, max(0, r.hit.word_start - 8), r.hit.word_start) is not None:
            # "رصدت قواتنا اقتحام عناصر الميليشيا لمنازل المواطنين": the side that watched or recorded
            # the deed told after it, by its verbal noun, is no side of it (fix round q89-fix19p)
            continue
        # (the cheap tests first: most sides are not before the event word, and any() over a
        #  generator costs about a thousand instructions even when it has nothing to look at)
        if f.trigger is not None and r.end <= f.trigger.word_start and (
                role == "source" or role is None and (_after_saying(res, r) or _office_teller(res, r, text))):
            # (a teller right after its verb of saying too, "قال جيش الاحتلال إنه قتل مسلحين خلال
            #  اشتباكات", and the event word it says it did need not be the clause's strongest;
            #  or a ministry named by its nation's adjective, "قالت وزارة الدفاع الأمريكية إن")
            if (0 < f.trigger.word_start - r.end <= 2 or _SPOKESMAN_NAMED.fullmatch(text, r.end, f.trigger.word_start)) \
                    and f.cue is not None and f.cue.family not in ("killing", None) \
                    and not (r.klass == "civilian" or r.inter == 7) \
                    and not text.startswith(_HAPPENED_NOUNS, f.trigger.word_start):
                # "أعلنت كتائب القسام استهداف دبابة": a side announcing the deed told right after its
                # name, by a verbal noun, did it (not a toll it announces: "أعلن الجيش مقتل ...")
                agents.append(r)
                continue
            if r.klass != "civilian" and f.trigger.word_start - r.end <= 40 and _announced_happening(text, r.end, f.trigger.word_start):
                continue   # "أعلنت خلية الإعلام الأمني سقوط صاروخ": the teller is no side of it
            said = _TELLER_DID.match(text, r.end)
            if said is not None and f.cue_name in ("attack", "clash") and _REPELLED.match(text, said.end()):
                # "أعلنت قوات الوفاق أن قواتها صدت هجوماً لقوات حفتر": the teller held off the attack,
                # its other side (not a state's office telling what others did, skipped below)
                victims.append(r)
                continue
            said_back = _SAID_IT.search(text, max(r.end, f.trigger.word_start - 30), f.trigger.word_start)
            if r.klass != "civilian" and (said is not None and (said.end() == f.trigger.word_start or any(
                    h.word_start == said.end() for h in res.mentions.triggers.within(said.end(), said.end() + 12)))
                    or said_back is not None and not agents):
                # (not residents who tell what "they" did: "وقال سكان إنهم استهدفوا أيضاً المستشفى" tells
                #  the deed of the side named before; probe round q86-probe2)
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
                r.klass == "protester" and f.cue_name not in ("protest", "riot", "tyres", "stones")
                # (unless they are the subject of an assault: "هاجم حشد غاضب مركزاً للشرطة")
                and not (f.cue_name in ("attack", "storm", "burn", "loot") and f.trigger is not None
                         and 0 <= r.hit.word_start - f.trigger.word_end <= 1)):
            # protesters are who the shooting or the arrests were aimed at, not who did them
            victims.append(r)
        elif role == "victim" and f.cue is not None and f.cue.family == "detention" \
                and text.startswith("ل", r.hit.word_start) \
                and text.endswith(_CHECKPOINT_BEFORE_OWNER, 0, r.hit.word_start):
            # "منذ اعتقاله على حاجز لقوات الدعم السريع": whose checkpoint held him held him
            # (q87-probe-official)
            agents.append(r)
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
        elif role is None and f.cue_name in _BOMB_CUES and _HALTED.search(
                text, r.hit.word_start - 30 if r.hit.word_start > 30 else 0, r.hit.word_start):
            # "حاول التنظيم عرقلة تقدم القوات بعجلة مفخخة": the side whose advance the bomb was to stop
            # was attacked (not in a fight: "صد تقدم X" there tells X's attack; q86-fix12)
            victims.append(r)
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
        if camp is not None and not _CAMP_MARK_END.match(text, camp.end()):
            camp = None
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
    if a1 is None and f.trigger is not None and s > sent.start and _RESULT_OPEN.match(text, s) is not None:
        # "نفذت قوات سوريا الديمقراطية عملية أمنية في بلدة X، أسفرت عن اعتقال قيادي": the side that
        # carried out the operation whose result the clause tells did it (q87-probe-official)
        for r in res.within(sent.start, s):
            if r.klass in ("civilian", "protester") or res.role_hint(r, sent.start) not in (None, "agent"):
                continue
            if _OPERATION_AFTER.search(text, r.end, s) is not None and (a2 is None or r.name != a2.name):
                a1 = r
            break
    if a1 is None and f.trigger is not None and text.endswith("تم ", 0, f.trigger.word_start):
        # "تم استهداف نقاط تمركز ميليشيات النظام ...، وفق بيان للجبهة الوطنية للتحرير": a passive
        # deed with no doer, signed off by a force's statement, is that force's (q87-probe-official)
        signed = next((r for r in res.within(f.trigger.end, sent.end) if r.klass not in ("civilian", "protester")
                       and text.startswith("ل", r.hit.word_start)
                       and SIGN_OFF.search(text, max(0, r.hit.word_start - 30), r.hit.word_start)), None)
        if signed is not None and a2 is not None and a2.start == signed.start:
            a1, a2 = signed, None   # (the signer taken for the side hit: it is the doer)
        elif signed is not None and (a2 is None or signed.name != a2.name):
            a1 = signed
    if a1 is None and f.trigger is not None:
        told = _teller_past_a_time(f, res, text, sent)
        if told is not None and (a2 is None or told.name != a2.name):
            a1 = told
    if f.trigger is not None and any_in(_WING_NEEDLES, text, max(sent.start, f.trigger.word_start - 70),
                                        f.trigger.word_start):
        # "أعلنت كتائب القسام، الجناح العسكري لحركة حماس، قصف مدينة عسقلان ...، وقال الجيش الإسرائيلي إن
        # ...": the teller cut off from the verbal noun of its deed by its parent named between commas did
        # it, as it does with nothing between; left to the clause, the other side told after it (or the
        # tank it hit, "دبابة إسرائيلية") was taken for the doer (probe round q88-claims)
        wing = _wing_teller(f, res, text, sent)
        if wing is not None and (a1 is None or a1.name != wing.name):
            if a1 is not None and a1.klass not in ("civilian", "protester"):
                a2 = a1
            a1 = wing
            if a2 is not None and a2.name == wing.name:
                a2 = None
    if a1 is None and f.trigger is not None:
        # "نعى حزب الله أحد مقاتليه ...، فيما أعلن أنه استهدف موقع المالكية": a verb of saying with no
        # teller of its own, then "أنه" and the deed: the side that opened the sentence said it and
        # did it (probe round q88-claims)
        told = _unnamed_teller_did(f, res, text, sent)
        if told is not None:
            a1 = told
            if a2 is not None and a2.name == told.name:
                a2 = None
    if f.trigger is not None and (text.endswith(_WE_ENDINGS, f.trigger.word_start, f.trigger.word_end)
                                  or _OUR_FORCE.search(text, max(sent.start, f.trigger.word_start - 14),
                                                       f.trigger.word_start) is not None):
        # (or "our" men or aircraft right before the deed: "قال المسماري: قواتنا قصفت ..."; round q91-actors)
        we = _we_teller(f, res, text, sent)
        if we is not None and (a1 is None or a1.name != we.name):
            if a2 is None or a2.name == we.name:
                a2 = a1 if a1 is not None and a1.klass not in ("civilian", "protester") else None
            a1 = we
    if f.trigger is not None and text.find("باسم", max(0, f.trigger.word_start - 500), f.trigger.word_start) >= 0:
        # "وقال إن قواته سيطرت ...": the spokesman named after "باسم" before (probe round q93-probe-press)
        spoke = _spokesman_side(f, res, text, sent)
        if spoke is not None and (a1 is None or a1.name != spoke.name):
            if a2 is None or a2.name == spoke.name:
                a2 = a1 if a1 is not None and a1.klass not in ("civilian", "protester") else None
            a1 = spoke
    if f.cue_name == "clash" and f.trigger is not None:
        # "أعلن الجيش اللبناني مقتل ثلاثة مسلحين في اشتباكات مع عناصر من تنظيم داعش": the teller that
        # announces the dead it made in a fight fought it; the side after "مع" is the other (round q95-leftactors)
        fought = _toll_teller(f, refs, victims, res, text)
        if fought is not None:
            a1, a2 = fought
    fs, fe = f.bounds()
    if f.trigger is not None and ("حييد" in text[fs:fe] or "حيد" in text[fs:fe]):
        # (the word may not lead the clause: "أعلن الجيش التركي تحييد 7 عناصر ... في غارات جوية")
        told = next((h for h in res.mentions.triggers.within(fs, fe)
                     if text[h.word_start:h.word_end].lstrip("و") in _NEUTRALISE_WORDS), None)
        if told is not None:
            a1, a2 = _neutraliser(f, told.word_start, a1, a2, res, text, sent)
    return a1, a2, widened


#: between a teller and the fight word: its toll, then up to five words, then a preposition ("مقتل ثلاثة مسلحين
#: في"، "إنه قتل عدداً من المسلحين خلال"; grammar_words `teller_toll_word`, `amid_fight_prep`; round q95-leftactors)
_TOLL_IN_FIGHT = re.compile(rf"\s+(?:\S+\s+){{0,2}}?(?:ان\S{{0,2}}\s+)?(?:{alternation('teller_toll_word')})\s+(?:\S+\s+){{1,5}}"
                            rf"(?:{alternation('amid_fight_prep')})\s+")
#: the teller's own men with its pronoun ("من جنوده"، "من عناصرها"; grammar_words `own_dead_noun`; q95-fixactors)
_OWN_DEAD = re.compile(rf"\s(?:{alternation('own_dead_noun')})\s")
#: "مع" right after the fight word, up to one word between ("اشتباكات مع"، "اشتباكات عنيفة مع")
_WITH_AFTER = re.compile(r"\s+(?:\S+\s+)?مع\s+")


def _toll_teller(f: Frame, refs: list[ActorRef], taken: list[ActorRef], res: ActorResolver,
                 text: str) -> tuple[ActorRef, ActorRef | None] | None:
    """The teller right after a verb of saying that announces the dead it made in the fight told after its
    toll ("أعلن الجيش العراقي مقتل سبعة إرهابيين خلال اشتباكات مع عناصر من داعش"), with the side after
    "مع", or the counted dead's side when none is named there; None when the clause is not so told."""
    ws = f.trigger.word_start
    for r in refs:
        if r.end > ws or ws - r.end > 90 or r.klass in ("civilian", "protester"):
            continue
        own = _OWN_DEAD.search(text, r.end, ws) is not None   # (its own dead: asked once)
        if not own and any(o is r for o in taken):
            continue
        if not _TOLL_IN_FIGHT.fullmatch(text, r.end, ws) or not _after_saying(res, r):
            continue
        with_side = None
        w = _WITH_AFTER.match(text, f.trigger.word_end)
        if w is not None:
            with_side = next((o for o in refs if w.end() <= o.hit.word_start <= w.end() + 12
                              and o.name != r.name and o.klass not in ("civilian", "protester")), None)
        if own:
            # "أعلن الجيش الإسرائيلي مقتل 13 من جنوده في اشتباكات مع مقاتلي القسام": its own dead; the side
            # after "مع" fought it, the teller was hit (round q95-fixactors)
            return (with_side, r) if with_side is not None else None
        if with_side is None:
            with_side = next((o for o in refs if r.end < o.start < ws and o.name != r.name
                              and o.klass not in ("civilian", "protester")), None)
        return r, with_side
    return None


#: the ending of a perfect verb in the first person plural (grammar_words `we_ending`; q90-probe-foreign)
_WE_ENDINGS = tuple(words("we_ending"))
#: "our" force right before the deed ("قواتنا قصفت"، "طائراتنا استهدفت"; grammar_words `our_force`)
_OUR_FORCE = re.compile(rf"(?:^|\s)و?(?:{alternation('our_force')})\s+$")
#: what stands between a force and its own words: a colon, maybe "في بيان(ه)" before it
_OWN_WORDS = re.compile(r"\s*(?:(?:في|عبر)\s+\S+(?:\s+\S+)?\s*)?:\s*")


def _we_teller(f: Frame, res: ActorResolver, text: str, sent: Sentence) -> ActorRef | None:
    """"قال الجيش الإسرائيلي في بيان: استهدفنا خلال الليل بنى تحتية لحماس"، "دمرنا مجمعاً لحزب الله": the force
    whose own words, after its name and a colon, tell a deed in the first person plural did it (not
    "قصفونا"، "استهدفتنا": a deed done to us). Left to the clause, the side hit named after the verb was the
    doer (probe round q90-probe-foreign)."""
    t = f.trigger.word_start
    if text.endswith(("ونا", "تنا"), t, f.trigger.word_end):
        return None
    colon = text.rfind(":", max(sent.start, t - 60), t)
    if colon < 0:
        return None
    teller = None
    for r in res.within(max(sent.start, colon - 80), colon):
        teller = r
    if teller is None or teller.klass in ("civilian", "protester") \
            or _OWN_WORDS.fullmatch(text, teller.end, colon + 1) is None:
        return None
    return teller


#: "إن قواته"، "أن مقاتليهم" right before the deed (grammar_words `own_force_pronoun`; q93-probe-press)
_OWN_FORCE_SAID = re.compile(rf"(?:^|\s)و?ان\s+(?:{alternation('own_force_pronoun')})\s+(?:قد\s+)?$")
#: how far before the verb of saying the spokesman's "باسم X" may be named
_SPOKESMAN_REACH = 400


def _spokesman_side(f: Frame, res: ActorResolver, text: str, sent: Sentence) -> ActorRef | None:
    """"نفى المتحدث باسم قوات الدعم السريع ... وقال إن قواته سيطرت على منطقة الخوي": a verb of saying that
    names no teller of its own (at most two words, "فيها"، "للصحفيين", between it and "إن"), then "his forces"
    and the deed: the force named after "باسم" last before it, the spokesman's, did it. Left to the clause,
    the side the deed hit, or none, was the doer (probe round q93-probe-press)."""
    t = f.trigger.word_start
    said = _OWN_FORCE_SAID.search(text, max(sent.start, t - 30), t)
    if said is None:
        return None
    for d in res.mentions.discourse.within(max(sent.start, said.start() - 40), said.start() + 1):
        if d.payload != "report" or len(text[d.word_end:said.start()].split()) > 2 \
                or res.within(d.word_end, said.start() + 1):
            continue
        for r in reversed(res.within(max(0, d.word_start - _SPOKESMAN_REACH), d.word_start)):
            if text.endswith("باسم ", 0, r.hit.word_start):
                if r.klass in ("civilian", "protester", "air_defence") or r.inter == 7:
                    return None
                return r
        return None
    return None


#: a state's word for fighters "neutralised" (grammar_words `neutralise_word`; q90-probe-foreign)
_NEUTRALISE_WORDS = frozenset(words("neutralise_word"))
#: "بحسب / وفقاً لـ" right before a teller named after what it told (grammar_words `teller_after_lead`)
_ATTRIBUTED_TO = re.compile(rf"(?:^|\s)(?:{alternation('teller_after_lead')})\s+(?:\S+\s+){{0,2}}$")


def _neutraliser(f: Frame, t: int, a1: ActorRef | None, a2: ActorRef | None, res: ActorResolver, text: str,
                 sent: Sentence) -> tuple[ActorRef | None, ActorRef | None]:
    """"أعلنت وزارة الدفاع التركية، الثلاثاء، تحييد 4 إرهابيين قرب مدينة الباب"، "تم تحييد 3 إرهابيين ...، بحسب
    وزارة الدفاع التركية": the state force that tells it neutralised fighters did it (told before the word in the
    sentence, or signed after it); the fighters are the other side. Left to the clause, the teller was read as
    the side hit (probe round q90-probe-foreign)."""
    # (the nearest before the word; else the first signed after it)
    teller = None
    for r in res.within(sent.start, sent.end):
        if r.klass not in ("state", "foreign"):
            continue
        if r.end <= t:
            teller = r
        elif r.start > t and _ATTRIBUTED_TO.search(text, max(sent.start, r.hit.word_start - 30), r.hit.word_start):
            teller = teller or r
            break
    if teller is None:
        return a1, a2
    if a1 is not None and a1.name == teller.name:
        return a1, a2
    other = a1 if a1 is not None and a1.klass not in ("civilian", "protester") else a2
    if other is not None and other.name == teller.name:
        other = None
    return teller, other


def teller_own_raid(f: Frame, a2: ActorRef | None, res: ActorResolver, text: str, sent: Sentence) -> bool:
    """"قالت رئاسة الأركان التركية في بيان إن الطائرات دمرت 12 هدفاً في محيط عفرين": a state force's
    statement of what "the aircraft" did tells its own raid; the teller (a few words after the verb of
    saying: "رئاسة الأركان التركية"، "وزارة الدفاع الروسية"), the only side named before the strike, was
    taken for the side hit (probe round q89-probe-statements)."""
    return a2 is not None and f.trigger is not None and a2.klass in ("state", "foreign") \
        and sent.start <= a2.start < f.trigger.word_start \
        and _BARE_AIRCRAFT.search(text, a2.end, f.trigger.word_start) is not None and any(
            d.payload == "report" and len(text[d.word_end:a2.hit.word_start].split()) <= 3
            for d in res.mentions.discourse.within(max(sent.start, a2.hit.word_start - 40), a2.hit.word_start))


#: the bare definite aircraft of a force's own statement ("إن الطائرات"، "أن الطيران"، "إن طائراتها")
_BARE_AIRCRAFT = re.compile(r"(?:^|\s)و?ان\s+(?:ال(?:طايرات|طيران|مقاتلات)(?:\s+الحربيه)?"
                            r"|طايراتها|طايراتنا)\s")


def _wing_teller(f: Frame, res: ActorResolver, text: str, sent: Sentence) -> ActorRef | None:
    """The side right after a verb of saying whose parent, between commas, is all that stands between it
    and the verbal noun of the frame's deed ("أعلنت سرايا القدس، الذراع العسكرية لحركة الجهاد، استهداف")."""
    t = f.trigger.word_start
    for r in res.within(max(sent.start, t - 120), t):
        if r.end < t and _after_saying(res, r) and _WING_OF.fullmatch(text, r.end, t) is not None:
            return r
    return None


def _unnamed_teller_did(f: Frame, res: ActorResolver, text: str, sent: Sentence) -> ActorRef | None:
    """The sentence's first side, when the deed follows "أعلن أنه" whose verb names no teller."""
    t = f.trigger.word_start
    for d in res.mentions.discourse.within(max(sent.start, t - 40), t):
        if d.payload != "report" or d.word_start <= sent.start:
            continue
        said = _TELLER_DID.match(text, d.word_end)
        if said is None or said.end() != t or said.start() == said.end():
            continue
        if not _SAID_OF_IT.match(text, d.word_end):
            continue   # (the pronoun right after the verb: "أعلن أنه"، not "أعلن الجيش أنه")
        for r in res.within(sent.start, d.word_start):
            if r.klass in ("civilian", "protester", "air_defence") or r.inter == 7:
                continue
            # (the subject of the sentence's opening verb, "نعى حزب الله"، "ولم يعلن حزب الله", whatever
            #  role its own clause gives it)
            if len(text[sent.start:r.hit.word_start].split()) > 3 and \
                    res.role_hint(r, sent.start) not in (None, "agent", "source"):
                continue
            return r
        return None
    return None


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
    told = res.intercepting
    if told is None:
        # (asked once a report: most reports hold no intercepting trigger, and then neither
        #  window below need be searched; round q94-speed)
        told = False
        for h in res.mentions.triggers:
            if h.payload == "intercept":
                told = True
                break
        res.intercepting = told
    if not told:
        return False
    text = res.text
    for h in res.mentions.triggers.within(r.hit.word_start - 12, r.hit.word_start):
        if h.payload == "intercept" and 0 <= r.hit.word_start - h.word_end <= 1 and (
                "سقط" in text[h.start:h.end] or "عترض" in text[h.start:h.end]):
            return True   # (not "تصدت وحدات من الجيش لخروقات ...": who repels a ground attack fights it)
    for h in res.mentions.triggers.within(r.end, r.end + 12):
        if h.payload == "intercept" and 0 <= h.word_start - r.end <= 1 and text[h.word_start] in "يت" and (
                "سقط" in text[h.start:h.end] or "عترض" in text[h.start:h.end]):
            return True   # the subject right before a post's present: "الجيش يسقط مسيرات استهدفت مدينة X"
    return False


#: a ministry or command whose nation's adjective is the side ("وزارة الدفاع الأمريكية"، "رئاسة الأركان التركية")
_OFFICE_OF = re.compile(r"وزاره الدفاع\s+$|رياسه الاركان\s+$")


def _office_teller(res: ActorResolver, r: ActorRef, text: str) -> bool:
    """"قالت وزارة الدفاع الأمريكية إن ثلاثة جنود أمريكيين قتلوا": the nation's adjective after a defence
    ministry or general staff that a verb of saying opens, the teller (probe round q89-probe-statements)."""
    if r.klass not in ("state", "foreign"):
        return False
    office = _OFFICE_OF.search(text, max(0, r.hit.word_start - 24), r.hit.word_start)
    if office is None:
        return False
    return any(d.payload == "report" and 0 <= office.start() - d.word_end <= 1
               for d in res.mentions.discourse.within(max(0, office.start() - 12), office.start()))


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


# the cues whose event word is the bomb or the bomber, not a verb with a subject of its own
_BOMB_CUES = frozenset({"suicide", "carbomb", "ied"})


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
    if verb is not None and f.cue_name in _BOMB_CUES:
        # "هاجم التنظيم بعجلة مفخخة يقودها انتحاري القطعات العسكرية": the side right after the
        # clause's first event verb is its subject, not the target after the bomb that is the
        # stronger cue (not of an attack noun: "تصدت قواتنا لهجوم شنته X" names the defender first)
        for r in before:
            if 0 <= r.hit.word_start - verb.word_end <= 1:
                return r
    for r in neutral:
        if r.start >= t and r.start - trigger_end <= 30:
            if before and _FOUGHT_WITH.search(text, max(trigger_end, r.hit.word_start - 24), r.hit.word_start):
                # "تمكن مقاتلو القسام من الاشتباك مع قوة إسرائيلية": the side after "مع" is whom the
                # side named before fought, not the subject (round q87-actors)
                continue
            return r
    if verb is not None:
        for r in neutral:
            if r.start >= verb.end and r.start - verb.end <= 30:
                return r
    return before[-1] if before else neutral[0]


def _as_actor(ref: ActorRef, name: str, lex: Lexicons) -> ActorRef:
    """`ref`'s words standing for the actor `name` (the force whose air defences stopped a strike
    is told by no words of its own, or only generically)."""
    kind = lex.actor_kinds.get(name, (ref.inter, ref.klass))
    entry = replace(ref.hit.payload, actor=name, inter=kind[0])
    return replace(ref, name=name, inter=kind[0], klass=kind[1] if ref.klass != "air_defence" else ref.klass,
                   hit=Hit(ref.hit.start, ref.hit.end, entry, ref.hit.word_start, ref.hit.word_end))


def _fired_by(f: Frame, ref: ActorRef, m: DocMentions) -> bool:
    """Is `ref` the subject of the frame's launching verb ("طائرة مسيرة أطلقتها ميليشيا الحوثي"),
    i.e. the side that fired what was stopped, not the side that stopped it?"""
    for h, c in f.cues:   # (a loop, not any() over a generator: ~2.5 k instructions less)
        if c.cue == "launch" and 0 <= ref.start - h.word_end <= 2:
            return True
    return False


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


_UNNAMED_ACTOR1 = (None, "Unidentified Armed Group", "Unidentified Military Forces")
#: the kinds of event a raid told in a headline is made of (`_headline_actor`)
_RAID_FAMILIES = frozenset({"loot", "killing"})


def _headline_actor(drafts: list[Draft], head: set[int], head_actors: dict[str, list[ActorRef]],
                    family_of: dict[int, str], lex: Lexicons) -> None:
    """An event of the body that names no perpetrator is the one the headline names for that kind of
    event ("هجمات انتحارية لداعش في ريف حلب" over "انفجرت سيارة مفخخة قرب مقر للفصائل في اعزاز"):
    a report is about what its headline says. Only when the headline names one side for that kind
    (cue family), and not the side the body event hit; an air force lends no gunner to a shelling."""
    for d in drafts:
        fam = family_of.get(d.frame_id)
        actors = head_actors.get(fam or "")
        if not actors and fam in _RAID_FAMILIES:
            # "هجوم واسع للمستوطنين على قرى جنوب نابلس" over "- حوارة: إحراق أربع مركبات": the
            # burning, looting or killing an item tells with no perpetrator was the raid's that the
            # headline tells an armed group made (not a state's or a foreign army's: their raids'
            # arsons and killings are told with their own subject; probe round q86-probe2)
            # (a one-sided attack only, "raid": a fight between two armed sides does not say which
            #  of them burnt the houses)
            actors = [r for r in head_actors.get("raid", ()) if r.klass in ("militia", "rebel", "organisation")]
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


def _air_backer(f: Frame, a1: ActorRef, res: ActorResolver, sent: Sentence, lex: Lexicons) -> bool:
    """"طرد مقاتلو وحدات حماية الشعب عناصر داعش من المدينة بدعم من طيران التحالف": the aircraft
    are named as the backer of the side on the ground (a side after a word of support, role
    'ally'), which fought or took the ground itself; it is no side the aircraft hit."""
    if f.cue is None or f.cue.family not in ("territory", "fight"):
        return False
    s, e = f.bounds()
    for r in res.within(s, e):
        if r is not a1 and r.name != a1.name and res.role_hint(r, sent.start) == "ally" and (
                lex.actor_modes.get(r.name) == "air" or _air_words(res, res.text, r)):
            return True
    return False


def _air_actors(f: Frame, a1: ActorRef | None, a2: ActorRef | None, widened: bool, weapons: list[str],
                res: ActorResolver, sent: Sentence, lex: Lexicons, denied: Frame | None,
                ) -> tuple[ActorRef | None, ActorRef | None, bool]:
    """Who flew a strike: warplanes, helicopters and air raids told with no drone are no armed
    group's, and the one force of the sentence that strikes from the air flew the raids."""
    # (so do air raids told with no drone: "وسط غارات مكثفة على مواقع الجماعة")
    air_raid = f.cue_name == "airstrike" and "drone" not in weapons and a1 is not None \
        and res.role_hint(a1, sent.start) != "agent"
    # (not when the aircraft was shot down: "أسقط الثوار طائرة حربية" is the rebels' act; nor drones
    #  told with their owner between the noun and its adjective, "طائرات الحوثيين المسيرة")
    if a1 is not None and a1.klass in ("organisation", "rebel") and f.cue_name != "intercept" \
            and not _drones_of(res.text, a1) and (
            _MANNED_AIRCRAFT & set(weapons) or air_raid) and not _air_backer(f, a1, res, sent, lex):
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


#: "إثر هجوم شنه التنظيم"، "بعد هجوم معاكس للفصائل"، "إثر محاولة قوات النظام": an attack told after a cause word, right
#: before the side that made it (grammar_words' cause_word, attack_told_noun, launched_it)
_ATTACK_BY_BEFORE = re.compile(rf"(?:^|\s)(?:{alternation('cause_word')})\s+(?:{alternation('attack_told_noun')})"
                               rf"(?:\s+(?!(?:{alternation('launched_it')})(?!\S))[^\s,،.]+)?"
                               rf"\s+(?:(?:{alternation('launched_it')})\s+|ل)?$")
#: right after a side: it attacked ("والمسلحين المهاجمين"، "ومسلحين تسللوا"، "وقوات الدعم السريع التي هاجمت")
_ATTACKER_AFTER = re.compile(rf"\s+(?:(?:{alternation('attacker_anaphor')})|(?:(?:{alternation('relative_pronoun')})\s+)?"
                             rf"(?:{alternation('intruder_verb')}))(?!\S)")
#: "وتمكن الجيش من صد الهجوم"، "صدت القوات الهجوم": a side that repelled the attack (grammar_words' repel_verb)
_REPELLED_AFTER = re.compile(rf"(?:\s+\S+)?\s+(?:من\s+)?(?:{alternation('repel_verb')})\s+(?:ال)?هجوم")
#: the stems one of which each of those marks holds
_ATTACK_GATE = ("هاجم", "هجوم", "هجمات", "تسلل", "حاول", "صد", "اقتحم")
_REPEL_BEFORE = re.compile(rf"(?:^|\s)[وف]?(?:{alternation('repel_verb')})\s+$")


def attacker_told_after(f: Frame, a1: ActorRef, a2: ActorRef, res: ActorResolver, text: str, sent: Sentence) -> bool:
    """Does the sentence of a clash "بين a1 وa2", which does not say who attacked, tell it after the pair:
    a2 as the attacker ("اندلعت اشتباكات بين قوات النظام وتنظيم داعش، إثر هجوم شنه التنظيم على مواقعها"،
    "بين القوات الحكومية والمسلحين المهاجمين"، "ومسلحين تسللوا إلى المدينة") or a1 as the side that repelled
    the attack ("وتمكن الجيش من صد الهجوم")? Then a2 is actor1, as ACLED puts the side that attacked first
    (round q90-verbs)."""
    if _BETWEEN_BEFORE.search(text, max(sent.start, a1.hit.word_start - 8), a1.hit.word_start) is None \
            or not a1.end < a2.start:
        return False
    rest = text[a2.start:sent.end]
    if not any(w in rest for w in _ATTACK_GATE):
        return False   # (the cheap gate: no word of attacking or repelling after the pair)
    if _ATTACKER_AFTER.match(text, a2.end) is not None:
        return True
    for r in res.within(a2.end, sent.end):
        if r.name == a2.name and _ATTACK_BY_BEFORE.search(text, max(sent.start, r.hit.word_start - 40), r.hit.word_start):
            return True
        if r.name == a1.name and (_REPELLED_AFTER.match(text, r.end) is not None
                                  or _REPEL_BEFORE.search(text, max(sent.start, r.hit.word_start - 10), r.hit.word_start)
                                  and text.startswith(" الهجوم", r.end)):
            return True
    return False


_PERPETRATOR_ANAPHOR = re.compile(rf"(?:^|\s)[وف]?({alternation('perpetrator_anaphor')})(?!\w)")
#: the definite words for the doers that name attackers ("المهاجمين"، "القوة المقتحمة"), not any armed men
_ATTACKER_WORDS = frozenset(w for w in words("perpetrator_anaphor")
                            if any(a in w.split() for a in words("attacker_anaphor")))
_PERPETRATOR_NEEDLES = last_token_needles(words("perpetrator_anaphor"))


def _perpetrators_told_before(f: Frame, last_attacker: tuple[int, ActorRef] | None,
                              last_raider: tuple[int, ActorRef] | None, text: str,
                              sent_start: int) -> ActorRef | None:
    """"هاجمت قوات الدعم السريع قرية X. وقال شهود إن المسلحين نهبوا السوق واختطفوا شباناً": a
    one-sided event whose doers are named only by a definite word for them (the gunmen, the forces,
    the militia), within two sentences of a one-sided ground attack, is the attackers'; "the
    attackers" (المهاجمين) are those of the last ground attack, a fight of two sides too."""
    if not f.spans:
        return None
    hi = max(b for _, b in f.spans)
    for told, words_ in ((last_attacker, _ATTACKER_WORDS), (last_raider, None)):
        if told is None or not 0 <= f.sent - told[0] <= 2 or told[1].name.startswith("Unidentified"):
            continue
        lo = max(sent_start, told[1].end)   # (its subject may open the sentence: "القوات أطلقت ... واختطفت")
        if lo >= hi or not any_in(_PERPETRATOR_NEEDLES, text, lo, hi):
            continue
        m = _PERPETRATOR_ANAPHOR.search(text, lo, hi)
        while m is not None and words_ is not None and m.group(1) not in words_:
            m = _PERPETRATOR_ANAPHOR.search(text, m.end(), hi)
        if m is not None:
            return told[1]
    return None


def _looted_by_attackers(f: Frame, last_attacker: tuple[int, ActorRef] | None, text: str) -> bool:
    """"هاجمت قوة من الدعم السريع قرى X وY ... وقامت القوة المهاجمة بنهب المنازل": a looting
    told right after a ground attack, in the same paragraph or naming "the attackers", with no
    side of its own, is the attackers'."""
    return last_attacker is not None and 0 <= f.sent - last_attacker[0] <= 2 and (
        "\n" not in text[last_attacker[1].end:f.start]
        or _ATTACKER_ANAPHOR.search(text, min(a for a, _ in f.spans), max(b for _, b in f.spans)) is not None
        or (f.trigger is not None and _BARE_FORCES.search(text, max(0, f.trigger.word_start - 16),
                                                          f.trigger.word_start) is not None))


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
_TAKER_STEMS = tuple(words("taker_verb_stem"))


def _taker_verb_before(text: str, at: int) -> bool:
    """`_TAKER_VERB_BEFORE` in the 24 characters before `at`. Every match ends with whitespace after
    a last word that opens with a stem (after و or ف): the search from each position of the window
    is asked only of a window that ends so (speed q89-speed)."""
    lo = at - 24 if at > 24 else 0
    w = text[lo:at].rstrip()
    if not w or len(w) == at - lo:
        return False   # (nothing but whitespace, or no whitespace at the end: `\s+$` fails)
    last = w.rsplit(None, 1)[-1]
    if not (last.startswith(_TAKER_STEMS) or last.startswith(_TAKER_STEMS, 1)):
        return False
    return _TAKER_VERB_BEFORE.search(text, lo, at) is not None


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
                   or _taker_verb_before(res.text, a.hit.word_start))
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
    #  (the ally words asked first: most sides have none before them, and their role would be
    #  worked out afresh, from the report's start as floor)
    helpers = [r for r in res.refs if res.may_be_ally(r, 0) and res.role_hint(r, 0) == "ally"]
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


#: a noun of stopping and the move it stops, right before a side ("عرقلة تقدم القوات"; grammar_words' halt_noun,
#: halted_noun)
_HALTED = re.compile(rf"(?:^|\s)[و]?(?:{alternation('halt_noun')})\s+(?:{alternation('halted_noun')})\s+$")
#: "إن/أن" and up to three words (the subject's head: الطيران الحربي) before an actor; "بأن" too, the
#: reporting verbs' usual form ("أفاد مصدر بأن مسلحي داعش أعدموا ..."; q86-fix12)
_THAT_SUBJECT = re.compile(r"(?:^|\s)[وف]?ب?ان\s+(?:\S+\s+){0,3}$")
#: "والمسلحين الموالين لها": a force joined to the side before it that says it fights for it
_LOYAL_TO_IT = re.compile(rf"\s+(?:{alternation('loyal_adjective')})\s+(?:له|لها|لهم|لهما)(?!\w)")
#: "القوات اليمنية المدعومة منه": a force a teller says it backs
_BACKED_BY_IT = re.compile(rf"\s+(?:{alternation('backed_adjective')})\s+(?:منه|منها|منهم)(?!\w)")
#: "من" and at most one word between victims and the group they belong to ("إرهابيين من عصابات داعش")
_OF_THE_SAME = re.compile(r"\s+من\s+(?:\S+\s+)?")
#: "بأن"/"أن" right after a teller named after its verb of saying: what follows is what it says
#: (past another teller joined by و, "قالت الشرطة ومصادر طبية إن ...": `co_source` in grammar_words.tsv)
_THAT_NEXT = re.compile(rf"\s*,?\s*(?:و(?:{alternation('co_source')})(?:\s+[^\s,]+)?\s+)?ب?ان\s")
#: the same after a teller's adjective: "أفاد سكان محليون بأن"
_THAT_NEXT_PAST_ADJ = re.compile(r"(?:\s+[^\s,]+)?\s*,?\s*ب?ان\s")
#: "إنهم"/"أنها" right after a teller, then the event verb: the teller did it
#: the rank and name of the spokesman of the side just named ("أعلن الناطق باسم القيادة العامة اللواء أحمد
#: المسماري تحرير مدينة درنة"): between the side and the verbal noun of its deed, as no words are (quality-71)
_SPOKESMAN_NAMED = re.compile(rf"\s+(?:{alternation('rank_title')})\s+(?!ال)[^\s\d،,.:()]+(?:\s+[^\s\d،,.:()]+){{1,2}}\s+")
#: "أعلنت كتائب القسام، الجناح العسكري لحركة حماس، قصف ...": the side, then its parent named between commas,
#: then the verbal noun of its deed (probe round q88-claims)
_WING_NEEDLES = words("wing_noun")
_WING_OF = re.compile(rf"\s*[،,]\s*(?:{alternation('wing_noun')})\s+(?:{alternation('wing_adjective')})\s+(?:ل|التابع\s+ل)[^\s،,.]+"
                      r"(?:\s+[^\s،,.]+){0,3}\s*[،,]\s*")
_TELLER_DID = re.compile(rf"\s*,?\s*(?:(?:في|عبر)\s+(?:{alternation('statement_noun')})(?:\s+[^\s,]+){{0,2}}\s*,?\s*)?"
                         rf"(?:{alternation('teller_pronoun')})\s+(?:قد\s+)?")
#: a verb of repelling right after a teller's "أن قواتها": "أن قواتها صدت هجوماً"
_REPELLED = re.compile(rf"(?:{alternation('repel_verb')})(?![\u0621-\u064a])")
#: "أعلنت قوات الوفاق ...، مؤكدة أنها استعادت": the teller, told earlier, says it did the event
_SAID_IT = re.compile(rf"(?:^|\s)(?:{alternation('saying_participle')})\s*,?\s*"
                      rf"(?:{alternation('teller_pronoun')})\s+(?:قد\s+)?$")

#: an aircraft noun right before a side, and "المسيرة" right after it: "طائرات الحوثيين المسيرة"، "طيران
#: الحوثي المسير" are that side's drones, not warplanes it cannot fly (lead, stop 24)
_AIRCRAFT_BEFORE = re.compile(r"(?:^|\s)[وب]?(?:ال)?(?:طيران|طا[يئ]رات|طا[يئ]ره)\s+$")   # (normalised: طايرات)
_DRONE_AFTER = re.compile(r"\s+المسير(?:ه)?(?![\u0621-\u064a])")


def _drones_of(text: str, r: ActorRef) -> bool:
    """Is the side named between an aircraft noun and the drone adjective ("طائرات الحوثيين المسيرة")?"""
    return _DRONE_AFTER.match(text, r.end) is not None and \
        _AIRCRAFT_BEFORE.search(text, max(0, r.hit.word_start - 14), r.hit.word_start) is not None


#: weapons (weapons.tsv labels) that only states fly: no armed group is their unnamed owner
_MANNED_AIRCRAFT = frozenset({"aircraft", "helicopter", "barrel bomb"})
#: ground artillery (weapons.tsv labels): with aircraft in the same bombardment, a second event
#: between a force and its members: "جيش الفتح، الذي يضم جبهة النصرة"
_MADE_OF = re.compile(rf"[,،]?\s*(?:{alternation('relative_pronoun')})\s+(?:{alternation('made_of_verb')})")
#: ...the same, told before a member and the others joined to it ("الذي يضم جبهة النصرة وحركة أحرار الشام")
_MADE_OF_BEFORE = re.compile(rf"(?:{alternation('relative_pronoun')})\s+(?:{alternation('made_of_verb')})\s+(?:\S+\s+){{0,4}}?(?:و)?$")
_MADE_OF_NEEDLES = watched(last_token_needles(words("made_of_verb")))   # (every match holds one)
#: right after a force: the one that leads it follows ("فصائل المعارضة بقيادة هيئة تحرير الشام")
_LED_BY = tuple(f" {w} " for w in words("led_by"))


def _leader_named(text: str, r: ActorRef, refs: list[ActorRef]) -> bool:
    """Is the leader after "بقيادة" a side of its own ("بقيادة هيئة تحرير الشام"), not a person
    ("قوات الدعم السريع بقيادة محمد حمدان دقلو", "الحركة الشعبية بقيادة عبد العزيز الحلو"): a
    force led by a man is still the side that acted."""
    at = text.find(" ", r.end + 1) + 1   # the word after the led-by word
    return any(o is not r and at <= o.hit.word_start <= at + 1 for o in refs)


def _military_named(m: DocMentions, f: Frame) -> bool:
    """Does the frame name soldiers or officers (persons.tsv side=military) at all?"""
    for s, e in f.spans:   # (loops, not any() over a generator)
        for p in m.persons.within(s, e):
            if p.payload.side == "military":
                return True
    return False


#: forces named right after a verb ("أحرقت القوات ..."): its subject is an armed force
_FORCES_AFTER = re.compile(rf"\s+(?:ال)?(?:{alternation('force_head')})(?![\u0621-\u064a])")
