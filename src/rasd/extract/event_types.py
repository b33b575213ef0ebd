"""The ACLED sub-event type of a frame: its cue refined by the weapons, the target, the
actors and the way the report's strikes were carried out."""
from __future__ import annotations

import re
from functools import lru_cache

from rasd.extract.actors import BY_HAND, ActorRef
from rasd.extract.casualties import COUNT_WORD
from rasd.extract.frames import WITHOUT_FIGHT, Frame, _sentence_end
from rasd.extract.match import Hit
from rasd.extract.mentions import DocMentions, hostile_adjective, struck_march
from rasd.text.needles import any_in, fewest_needles
from rasd.lexicon.grammar import alternation
from rasd.lexicon.load import Lexicons
from rasd.text.normalize import normalize_key
from rasd.extract.drafts import _ARMED_CLASSES
from rasd.extract.sides import _ATTACKER_ANAPHOR, _FORCES_AFTER, _LAUNCHED_BY, _REPELLED, _state_allies


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


_EXECUTION = re.compile(rf"[وف]?(?:{alternation('execution_word')})")
#: "أحرق التنظيم الطيار حياً", "حرق شاب حتى الموت": up to seven words after a burning cue
_BURNED_ALIVE = re.compile(rf"(?:\s+\S+){{0,7}}?\s+(?:{alternation('alive_word')})(?!\w)")
#: after حرر/تحرير: the people set free, up to three words on (a number, the force between)
_FREED = re.compile(rf"(?:\s+\S+){{0,3}}?\s+(?:{alternation('freed_person')})(?!\w)")
#: after أسقط: the shell or bomb an aircraft dropped, up to three words on (its name between)
_DROPPED = re.compile(rf"(?:\s+\S+){{0,3}}?\s+(?:{alternation('dropped_munition')})(?!\w)")
#: a base, an airport or a unit and up to two words of its name before "الجوية"
_AIR_BASE = re.compile(rf"(?:^|\s)(?:{alternation('air_base_noun')})\s+(?:\S+\s+){{0,2}}$")
#: a strike's noun told as an earlier one: its leftovers or traces right before it ("مخلفات غارات"،
#: "آثار غارة"), or "سابقة/قديمة" right after it or its one adjective ("غارة سابقة"، "غارة إسرائيلية قديمة")
_STALE_LEAD = re.compile(rf"(?:^|\s)[وم]?(?:{alternation('stale_strike_lead')})\s+$")
_STALE_ADJ = re.compile(rf"(?:\s+\S+)?\s+(?:{alternation('stale_strike_adj')})(?!\w)")


def _live_airstrike(f: Frame, text: str) -> bool:
    """Has the frame an air strike's word that is not told as an earlier strike's leftovers or traces?

    "قتل مسعف بقصف مدفعي أثناء إسعافه جرحى غارة سابقة"، "بانفجار قنبلة عنقودية من مخلفات غارات
    التحالف": the strike named is an earlier one, and the clause's event the shelling or the
    explosion (round q94-fix28r).
    """
    for h, c in f.cues:
        if c.cue != "airstrike":
            continue
        if _STALE_LEAD.search(text, max(0, h.word_start - 12), h.word_start) is not None:
            continue
        if _STALE_ADJ.match(text, h.end) is not None:
            continue
        return True
    return False


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
#: a force told as a unit on the ground (a detachment, soldiers, a patrol, a unit): its attack is no air strike
_GROUND_UNIT = re.compile(r"(?:و|ف)?(?:ال)?(?:قوه|قوات|وحده|جنود|دوريه|مستعرب)")
#: the masdar without the article and its force right after it ("جراء قصف قوات النظام على X"), or
#: after "من (قبل)" ("تعرضت أحياء X لقصف من القوات النظامية"; fix round q80-fix-h2): a shelling by
#: that force's ground troops, not the report's earlier air strike told again ("القصف")
_SHELLING_OF = re.compile(r"(?:[وف]?[بل]?)قصف\s+(?:من\s+(?:قبل\s+)?)?")


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


#: "بعد انسحاب فصائل المعارضة منها دون قتال" in the sentence past the take-over's clauses
_WITHDRAWAL_AFTER = re.compile(rf"[^.\n]{{0,120}}?(?<!\S)(?:{alternation('after_word')})\s+انسحاب[^.\n,،]{{0,80}}")


#: a clause of another side's act: "فيما انسحبت وحدات الجيش من مواقعها في عدد من المدن دون قتال"
_WHILE_CLAUSE = re.compile(r"[\s,،]*(?:فيما|بينما|في حين)\s")


def _without_fight_told(f: Frame, text: str) -> bool:
    """"No fight" in a clause of the frame, not one that tells another side's act ("فيما انسحبت
    وحدات الجيش ... دون قتال" after a take-over told with its own fight words; probe round q85-probe8)."""
    a, b = f.bounds()
    w = WITHOUT_FIGHT.search(text, a, b)
    if w is None or len(f.spans) < 2:
        return w is not None
    # (the words only inside such a clause: anywhere else in the frame's reach they still count)
    while_spans = [(s, e) for s, e in f.spans if _WHILE_CLAUSE.match(text, s) is not None]
    while w is not None:
        if not any(s <= w.start() and w.end() <= e for s, e in while_spans):
            return True
        w = WITHOUT_FIGHT.search(text, w.end(), b)
    return False


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


#: "الهجوم الأول/الثاني": one attack of a series just told (grammar_words `series_ordinal`; q94-fix29r)
_SERIES_ATTACK = re.compile(rf"(?<!\S)[وف]?الهجوم\s+(?:{alternation('series_ordinal')})(?!\S)")


def _sub_event(f: Frame, modes: set[str], a1: ActorRef | None, a2: ActorRef | None,
               civ_target: bool, lex: Lexicons, text: str, context_mode: str | None = None,
               doc_mode: str | None = None, armed_target: bool = False, raid_told: bool = False) -> str | None:
    """The ACLED sub-event type of a frame.

    `context_mode` is how the report's previous strike was carried out ('air' or
    'shelling'): a later "القصف" with no weapon of its own refers back to it.
    """
    cue = f.cue_name
    if cue == "airstrike" and not _live_airstrike(f, text):
        # "قتل مسعف جراء قصف مدفعي أثناء إسعافه جرحى غارة سابقة": the strike named is an earlier one's
        # leftovers or traces; the clause's event is its other event word, the strongest (round q94-fix28r)
        other = None
        for h, c in f.cues:
            if c.event and c.cue != "airstrike" and (other is None or c.strength > other.strength):
                other = c
        if other is not None:
            cue = other.cue
    if cue == "arrest" and f.trigger is not None and "داهم" in text[f.trigger.word_start:f.trigger.word_end] and (
            f.has("gunfire") or f.has("kill") or f.casualties.killed is not None):
        # "داهمت قوة أمنية مخيم المعتصمين وأطلقت الرصاص الحي عليهم، ما أسفر عن مقتل 18": a raid that
        # shoots or kills is a storming, not an arrest (probe round q85-probe8)
        cue = "storm"
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
    elif not modes and cue == "bombard" and a1 is not None and hostile_adjective(a1.text, lex):
        # "قصف معادٍ على أطراف البلدة": Lebanese official media's "hostile bombardment" is the
        # artillery's (its air strikes are "غارة معادية"; probe round q86-probe2)
        actor_mode = "shelling"
    elif not modes and cue in ("bombard", "target") and (context_mode or doc_mode) and not ground_raid:
        # "قصف" with no weapon: the way the report's strikes are carried out, told before or
        # anywhere in the report (a headline comes before its details)
        actor_mode = context_mode or doc_mode
    elif modes == {"small_arms"} and cue == "bombard" and a1 is None and context_mode == "air":
        # "ألقى الطيران المروحي برميلين على X، وقصف بالرشاشات الثقيلة Y": with no side of its
        # own, machine-gun fire told right after an air strike is the aircraft's
        actor_mode = "air"
    if not modes and cue in ("attack", "target") and f.trigger is not None and not f.has("clash"):
        series = _series_mode(f, text, lex, context_mode or doc_mode)
        if series is not None:
            # "تعرضت المدينة لسلسلة هجمات بالطائرات المسيرة. استهدف الهجوم الأول قاعدة X": one attack of the
            # series just told, with no weapon of its own, was made the way the series was (q94-fix29r)
            return _MODE_TYPE[series]
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
    if cue == "airstrike" and f.trigger is not None and "مسير" in text[f.trigger.start:f.trigger.end] and any(
            c.cue == "intercept" and h.end <= f.trigger.start and f.trigger.start - h.end <= 40 for h, c in f.cues):
        # "تصدت المضادات الأرضية لطائرات مسيرة انتحارية": a kamikaze drone, the intercepting verb's
        # object, stopped in the air as the explosive-laden one is (probe round q85-probe8)
        return "Disrupted weapons use"
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
    if cue in ("bombard", "target") and "riot_control" in modes and not modes - {"air", "riot_control"} and (
            a2 is not None and a2.klass == "protester" or f.has("protest")):
        # "أطلقت طائرات مسيرة قنابل الغاز على خيام المعتصمين": tear gas dropped by drones on a sit-in is a
        # protest broken up, no air strike (ACLED); the rule for "target" below comes after the air
        # branch (fix round q88-fix16p)
        return "Excessive force against protesters" if f.casualties.killed else "Protest with intervention"
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
            actor_mode == "air" and not f.has("clash") and "small_arms" not in modes
            # (not a force told as a unit on foot: "تسللت قوة إسرائيلية خاصة إلى المخيم"; probe round q86-probe2)
            and not (a1 is not None and _GROUND_UNIT.match(a1.text))))
        # "قصف الطيران المروحي بالبراميل والألغام": mines dropped from the air are an air strike
        # (and car bombs an aircraft destroyed: "دمر طيران الجيش ثلاث عجلات مفخخة")
        dropped = cue in ("ied", "carbomb") and "air" in modes and (f.has("bombard") or f.has("target"))
        if air_attack and cue == "attack" and f.trigger is not None and any(
                c.cue == "intercept" and h.start < f.trigger.start for h, c in f.cues):
            # "تصدت الدفاعات الأرضية لهجوم بطائرات مسيرة استهدف سد مروي": the drones were met in
            # the air, like "اعترضت طائرة مسيرة مفخخة" above (quality-62)
            return "Disrupted weapons use"
        if (f.has("airstrike") and _live_airstrike(f, text)) or air_attack or dropped or ("air" in modes and cue in (
                "bombard", "target", "kill", "explosion", "casualties", "shelling")) or (
                # "اغتيل القيادي بضربة أمريكية بطائرة مسيرة": a killing by aircraft, no gun or
                # blade told, is an air strike (ACLED), as a bomb makes it one (below)
                cue == "assassination" and "air" in modes and not modes & {"small_arms", "blade"}):
            if cue == "shelling" and "shelling" in modes and "air" not in modes:
                return "Shelling/artillery/missile attack"
            return "Air/drone strike"
        shell_attack = cue == "attack" and (_weapon_right_after(f, text, lex, "shelling") or (
            # "هاجمت المقاومة الإسلامية قاعدة عين الأسد بصواريخ"، "هاجم مسلحون حاجزاً بقذائف الهاون": rockets or
            # shells given as the attack's instrument (ب+), no small arms or fight beside them, are a shelling
            # (probe round q89-probe-digest)
            not modes & {"small_arms", "blade"} and not f.has("clash")
            and _air_instrument(f, text, lex, "shelling")))
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
        if cue == "target" and "riot_control" in modes and a2 is not None and a2.klass == "protester":
            # "القوات الأمنية ديضربون قنابل دخانية على المتظاهرين"، "الأمن ضرب بمبان على الموكب": tear gas
            # at protesters is a protest broken up, whatever the force's usual mode (q87-probe-feature)
            return "Excessive force against protesters" if f.casualties.killed else "Protest with intervention"
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
    if cue == "handover":
        return "Non-violent transfer of territory"
    if cue in ("takeover", "advance", "regain"):
        if cue == "regain" and f.trigger is not None and _FREED.match(text, f.trigger.word_end):
            return None   # "تحرير 37 مهاجراً كانوا محتجزين": people freed, no territory (quality-62)
        if f.attempt:
            return "Armed clash"
        if _without_fight_told(f, text) or _withdrew_without_fight(f, text):
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
        if cue == "regain" and (a1 is None or a1.inter in (1, 3) and a1.klass != "unknown") and not (
                # (not a militia that drove out the state's own forces or their ally: "استعادت قوات
                #  الدعم السريع السيطرة على بارا بعد طرد الجيش منها" is a non-state take-over, ACLED;
                #  probe round q85-probe8)
                a1 is not None and a1.inter == 3 and a2 is not None
                and (a2.inter == 1 or a2.name in _state_allies())):
            # (not gunmen no one named: "طرد مسلحون محليون قوات النظام من مبنى المحافظة" is a
            #  non-state take-over; q80-syria-e)
            return "Government regains territory"
        return "Non-state actor overtakes territory"
    if cue == "arrest":
        # any force that holds territory arrests (ACLED codes SDF or HTS arrests as Arrests);
        # unknown gunmen who seize people abduct them
        if a1 is not None and a1.klass == "unknown":
            return "Abduction/forced disappearance"
        if a1 is not None and a1.inter != 1 and not _foreign_army(a1) and f.trigger is not None \
                and _taken_nowhere(f, text):
            # "اعتقلت عناصر من الهيئة ناشطاً واقتادته إلى جهة مجهولة": a group that is no state force
            # took its captive where no one knows, a forced disappearance (ACLED), not an arrest
            # (a state's detainee taken to an unnamed place is still arrested; q81-types)
            return "Abduction/forced disappearance"
        return "Arrests"
    if cue == "abduct":
        if f.casualties.killed and f.trigger is not None and _captive_killed(f, text):
            # "اختطف مسلحون شاباً ثم قتلوه": the captive killed is an attack with its dead (ACLED),
            # not an abduction (q89-left-tolls)
            return "Attack"
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
        if f.has("riot") or f.has("tyres") or f.has("stones") or any(c.cue in ("burn", "loot") and h.start >= f.end
                                and not _FORCES_AFTER.match(text, h.word_end) for h, c in f.cues):
            # (not "فيما أحرقت القوات خيام المعتصمين": the forces burned the protesters' tents)
            return "Violent demonstration"
        if (a1 is None or a1.klass in ("protester", "civilian")) and f.trigger is not None and (
                a1 is not None or text.startswith("احتجاجا", f.trigger.word_start)) and any(
                c.cue in ("burn", "loot") and h.end <= f.trigger.word_start for h, c in f.cues):
            # "أحرق محتجون مقر الحزب احتجاجاً على سقوط القتلى": protesters who burned, the
            # protest only why they did; so whoever burned "in protest" with no side named ("أحرقت
            # مجموعة من الشبان مقر البلدية احتجاجاً على ..."; probe round q85-probe8)
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
                text, max(0, h.word_start - 8), h.word_start) is None
                # (nor a dispersal remembered: "موكب لإحياء ذكرى فض الاعتصام"; q85-probe6)
                and "ذكري" not in text[max(0, h.word_start - 20):h.word_start] for h, c in f.cues):
            # (ACLED: dispersed with tear gas, batons or rubber bullets and no one killed is a
            #  protest with intervention; excessive force is live fire or deaths)
            # (not a dispersal told after غداة/بعد/عقب: "أغلق محتجون الشوارع، غداة فض قوات الأمن
            #  اعتصاماً" is the day's protest, the dispersal the day before was its cause; q80-roundups)
            return "Protest with intervention"
        return "Peaceful protest"
    if cue == "repression" and not (f.has("gunfire") or f.casualties.killed):
        return "Protest with intervention"
    if cue == "stones" and a1 is not None and a1.klass == "militia":
        # "رشق مستوطنون مركبات المواطنين بالحجارة": a militia's stones at people are its attack on
        # them, no demonstration (q86-probe1)
        return "Attack"
    if cue == "stones" and not protesters and any(c.cue in ("burn", "loot") for _, c in f.cues):
        # "- بورين: إحراق مركبات ومنازل ورشق بالحجارة، دون إصابات": stones thrown beside a burning by
        # no one told to protest are the raiders' (a settlers' rampage), the burning the event (q86-probe1)
        return "Looting/property destruction"
    if cue in ("riot", "tyres", "stones"):
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
        if not modes & {"air", "shelling", "recon"} and a1 is not None and a2 is not None \
                and a1.klass not in ("air_defence", "civilian", "protester") \
                and a2.klass not in ("air_defence", "civilian", "protester") and a1.name != a2.name:
            # "حاولت قوة إسرائيلية التقدم نحو البلدة، فتصدى لها مقاتلو حزب الله": fighters who held off
            # another armed side, no weapon in the air, fought it (probe round q86-probe2)
            return "Armed clash"
        return "Disrupted weapons use" if modes & {"air", "shelling", "recon"} and not f.has("clash") else None
    if cue == "incursion":
        if f.trigger is not None and a1 is not None and a2 is not None and a1.name != a2.name \
                and a2.klass not in ("air_defence", "civilian", "protester") and any(
                    c.cue == "intercept" and h.start > f.trigger.end for h, c in f.cues):
            # "حاولت قوة إسرائيلية التوغل باتجاه البلدة، فتصدى لها مقاتلو حزب الله": an incursion
            # that fighters held off is a fight (probe round q86-probe2)
            return "Armed clash"
        return "Other"
    if cue == "base":
        return "Headquarters or base established"
    if cue == "agreed":
        return "Agreement"   # an agreement reached or signed (pipeline._agreements_reached; q89-left-types)
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
    if cue in ("storm", "gunfire", "attack") and _property_raid(f, text):
        # "اقتحم مسلحون مقر القناة وأطلقوا النار على واجهة المبنى وأضرموا النار في الاستوديو، ولم تقع
        # إصابات": gunfire at a building with a burning or a looting, no one hurt (q94-fix29r)
        return "Looting/property destruction"
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
                  # (a side that never strikes from afar: settlers, actor_modes.tsv; q91-fix22r)
                  or own_mode == "small_arms"
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
                and a1 is not None and (a1.klass == "militia" or (a1.klass == "unknown" and raid_told)
                                        # (or an organisation's attack on a village whose dead are people,
                                        #  no armed side named: "ضحايا الهجوم الذي شنه مسلحو داعش على قرية
                                        #  X، والذي راح ضحيته 7 أشخاص"; q86-probe1)
                                        or (a1.klass == "organisation" and f.casualties.killed is not None))
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
_UNKNOWN_PLACE = re.compile(rf"(?:^|\s)(?:الي|نحو)\s+(?:{alternation('unknown_place')})(?!\w)")


def _foreign_army(r: ActorRef) -> bool:
    """Is `r` a foreign state's army ("اعتقلت قوات الاحتلال خمسة شبان واقتادتهم إلى جهة مجهولة"):
    a state force that arrests, like the country's own, though ACLED codes it inter 8? (Not a
    coalition, a peacekeeping mission or a private company: "Wagner Group"; q86-fix13)"""
    return r.klass == "foreign" and (r.name.startswith("Military Forces of ") or r.name.endswith(" Forces"))


def _clause_end(text: str, start: int, width: int) -> int:
    """Where the words after `start` stop being its sentence's, at most `width` on."""
    return min(start + width, _sentence_end(text, start))


#: the takers killed the one they took, named by a pronoun ("ثم قتلوه"; grammar_words `captive_killed_verb`)
_CAPTIVE_KILLED = re.compile(rf"(?:^|\s)[وف]?(?:{alternation('captive_killed_verb')})(?!\w)")


def _captive_killed(f: Frame, text: str) -> bool:
    """Does the abduction's sentence go on to say its takers killed their captive ("خطفوه ثم قتلوه")?"""
    start = f.trigger.word_end
    end = _clause_end(text, start, 160)
    return ("قتلو" in text[start:end] or "اعدمو" in text[start:end]) and \
        _CAPTIVE_KILLED.search(text, start, end) is not None


def _taken_nowhere(f: Frame, text: str) -> bool:
    """Does the arrest's clause, or the one right after it, say the captive was taken to an unnamed place?"""
    start = f.trigger.word_end
    end = _clause_end(text, start, 200)
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


def _air_instrument(f: Frame, text: str, lex: Lexicons, mode: str = "air") -> bool:
    """"هاجمت الميليشيا، بطيران مسيّر، مسجداً": an air weapon given as the instrument (ب+) (or a weapon of
    another `mode`: "بصواريخ"، "بقذائف الهاون")."""
    needles = _weapon_needles(lex.weapons, mode)
    for s, e in f.spans:
        if not any_in(needles, text, s, e):
            continue
        for h in lex.weapons.find(text[s:e]):
            if h.payload[1] == mode and (text[s + h.word_start:s + h.start].endswith("ب") or _BI_COUNT.search(
                    text, max(0, s + h.word_start - 24), s + h.word_start)):
                return True   # (or counted: "عملية هجومية واسعة بعشر طائرات مسيرة", q76-yemen)
    return False


#: "ب" with a count right before a weapon ("بعشر طائرات"، "بـ 3 طائرات"، "بعدد من الطائرات"): the instrument counted
_BI_COUNT = re.compile(rf"(?:^|\s)بـ?\s?(?:\d+|{alternation('instrument_count')})\s+$")


#: gunfire aimed at a building or a part of one (grammar_words `fired_at_building`; q94-fix29r)
_FIRED_AT_BUILDING = re.compile(rf"\s+(?:علي|في)\s+(?:ال)?(?:{alternation('fired_at_building')})(?!\S)")
_GUNFIRE_AT_BUILDING = re.compile(rf"(?<!\S)[وف]?اطلق\S*\s+النار\s+(?:علي|في)\s+(?:ال)?(?:{alternation('fired_at_building')})(?!\S)")


def _property_raid(f: Frame, text: str) -> bool:
    """Gunfire aimed at a building ("أطلقوا النار على واجهة المبنى") with no one killed or hurt: property
    destroyed; and so is a storming with a burning or a looting whose sentence's only gunfire is such (the
    storming and the shots are frames of their own: "اقتحم مسلحون المقر وأطلقوا النار على واجهة المبنى
    وأضرموا النار في الاستوديو"; q94-fix29r)."""
    if f.casualties.killed or f.casualties.injured or f.casualties.military_victims or f.casualties.spans:
        return False
    shots = [h for h, c in f.cues if c.cue == "gunfire"]
    if shots:
        return all(_FIRED_AT_BUILDING.match(text, h.word_end) is not None for h in shots)
    if f.cue_name != "storm" or not any(c.cue in ("burn", "loot") for _, c in f.cues):
        return False
    start, end = f.bounds()
    end = _sentence_end(text, end)
    return _GUNFIRE_AT_BUILDING.search(text, start, end) is not None


def _series_mode(f: Frame, text: str, lex: Lexicons, told: str | None) -> str | None:
    """"استهدف الهجوم الأول قاعدة X" after "سلسلة هجمات بالطائرات المسيرة": the way ('air' or 'shelling') the
    series this attack belongs to was made: the report's strikes' way, or a weapon given as an instrument (ب+)
    in the 300 characters before (q94-fix29r)."""
    t = f.trigger
    lo, hi = max(0, t.word_start - 24), t.word_end + 24
    if "الهجوم" not in text[lo:hi] or _SERIES_ATTACK.search(text, lo, hi) is None:
        return None
    if told in ("air", "shelling"):
        return told
    lo = max(0, t.word_start - 300)
    found = None
    for h in lex.weapons.find(text[lo:t.word_start]):
        if h.payload[1] in ("air", "shelling") and text[lo + h.word_start:lo + h.start].endswith("ب"):
            found = h.payload[1]
    return found


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
    r"\s*ب(?:ـ)?\s*(?:(?:اكثر|اقل) من|نحو|حوالي|قرابه|ما لا يقل عن|ما يزيد علي|عشرات|عده|عدد من)?\s*[0-9٠-٩]*\s*")


def _weapon_right_after(f: Frame, text: str, lex: Lexicons, mode: str) -> bool:
    if f.trigger is None:
        return False
    window = text[f.trigger.end:f.trigger.end + 40]
    if not any_in(_weapon_needles(lex.weapons, mode), window):
        return False
    lead = _WEAPON_COUNT_LEAD.match(window)
    reach = max(12, lead.end() + 1) if lead is not None else 12
    return any(h.payload[1] == mode and h.start <= reach and not struck_march(window, h)
               for h in lex.weapons.find(window))


def _riot_control(f: Frame, modes: set[str], text: str, lex: Lexicons) -> bool:
    """Were tear gas or rubber bullets fired in the frame: as its weapon, or as a repression
    word of a later clause ("خلال مواجهات مع القوات التي ... وأطلقت الرصاص المطاطي"), not a
    dispersal verb ("لفض الاشتباكات")?"""
    if "riot_control" in modes:
        return True
    return any(c.cue == "repression" and any(
        w.payload[1] == "riot_control" for w in lex.weapons.find(text[h.word_start:h.word_end]))
        for h, c in f.cues)


#: "العدوان" opening a side's name ("العدوان الأمريكي"): the side named by its aggression
#: (`aggression_name` in grammar_words.tsv)
_AGGRESSION = re.compile(rf"(?:{alternation('aggression_name')})(?!\w)")
#: a verb of repelling before the attack it held off, its subject between: "صد مقاتلو الوحدات هجوماً"
_REPEL_BEFORE = re.compile(rf"(?:^|\s)[وف]?(?:{alternation('repel_verb')})\s")
_ARTILLERY = frozenset({"artillery", "mortar", "rocket launcher", "katyusha rocket", "tank"})


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
