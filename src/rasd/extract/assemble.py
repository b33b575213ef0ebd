"""From frames to drafts: one draft per event, place and day.

Decides, for each frame, the ACLED sub-event type (the cue refined by the
weapon, the target and the actors), who did it and to whom, when, and how
many were hurt; then writes one draft per place and merges drafts of the
same event told twice in one report (headline and body).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from rasd.extract.actors import ActorRef, ActorResolver
from rasd.extract.casualties import Casualties, Count
from rasd.extract.frames import Frame
from rasd.extract.mentions import DocMentions
from rasd.extract.places import PlaceSpan
from rasd.lexicon.load import Lexicons
from rasd.text.dates import DateExpr
from rasd.text.segment import Sentence

_AIR_ACTORS_ONLY = {"Unidentified Military Forces"}
_STATE_INTER = {1, 8}
_ARMED_CLASSES = {"state", "rebel", "militia", "organisation", "foreign", "unknown"}


@dataclass(slots=True)
class Draft:
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

    @property
    def event_date(self) -> date | None:
        if self.date_start is None:
            return None
        if self.date_end is None or self.date_end == self.date_start:
            return self.date_start
        return self.date_end if self.time_precision == 1 else self.date_start


def _weapon_info(m: DocMentions, spans: list[tuple[int, int]]) -> tuple[list[str], set[str]]:
    weapons: list[str] = []
    modes: set[str] = set()
    for s, e in spans:
        for h in m.weapons.within(s, e):
            w, mode = h.payload
            if w not in weapons:
                weapons.append(w)
            modes.add(mode)
    return weapons, modes


def _target_info(m: DocMentions, spans: list[tuple[int, int]]) -> tuple[list[str], bool]:
    targets: list[str] = []
    civ = False
    for s, e in spans:
        for h in m.targets.within(s, e):
            t, c = h.payload
            if t not in targets:
                targets.append(t)
            civ |= c
    return targets, civ


def _pick_actors(f: Frame, res: ActorResolver, text: str, sent: Sentence,
                 ) -> tuple[ActorRef | None, ActorRef | None, bool]:
    """actor1 (perpetrator), actor2 (other side) and whether actor1 was looked for beyond the clause."""
    s = min(a for a, _ in f.spans)
    e = max(b for _, b in f.spans)
    t = f.trigger.start if f.trigger else s
    refs = [r for r in res.within(s, e)]
    widened = False
    if not [r for r in refs if r.klass not in ("civilian", "protester")]:
        refs = res.within(sent.start, sent.end)
        widened = True
    agents, victims, between, neutral = [], [], [], []
    prev = None
    for r in refs:
        role = res.role_hint(r, sent.start)
        # "تحرير الشام والفصائل": an actor joined to the previous one by و is its ally
        ally = prev is not None and text[prev.end:r.hit.word_start].strip() in ("", ",", "و") and \
            text[r.hit.word_start:r.start].startswith("و")
        prev = r
        if ally and role is None:
            continue
        if r.klass in ("civilian", "air_defence"):
            victims.append(r)
        elif role == "agent":
            agents.append(r)
        elif role == "victim":
            victims.append(r)
        elif role == "between":
            between.append(r)
        else:
            neutral.append(r)
    a1 = a2 = None
    if between:
        a1 = between[0]
        later = [r for r in refs if r.start > a1.end and r.name != a1.name and r.klass != "civilian"]
        a2 = later[0] if later else None
        if f.cue_name in ("clash", "attack") or a2 is not None:
            return a1, a2, widened
    if agents:
        a1 = min(agents, key=lambda r: abs(r.start - t))
    elif neutral:
        # Arabic is verb-first: the actor right after the verb is its subject; else the nearest before
        after = [r for r in neutral if r.start >= t and r.start - (f.trigger.end if f.trigger else t) <= 30]
        before = [r for r in neutral if r.end <= t]
        if after:
            a1 = after[0]
        elif before:
            a1 = before[-1]
        else:
            a1 = neutral[0]
    others = [r for r in victims + neutral + between if a1 is None or (r is not a1 and r.name != a1.name)]
    if others:
        non_civ = [r for r in others if r.klass != "civilian"]
        a2 = (non_civ or others)[0] if f.cue_name in ("clash", "attack") else (others[0])
    return a1, a2, widened


def _sub_event(f: Frame, modes: set[str], a1: ActorRef | None, a2: ActorRef | None,
               civ_target: bool, lex: Lexicons, text: str) -> str | None:
    cue = f.cue_name
    actor_mode = lex.actor_modes.get(a1.name) if a1 else None
    if f.has("suicide"):
        return "Suicide bomb"
    if cue in ("airstrike",):
        return "Air/drone strike"
    if cue in ("bombard", "target", "shelling", "attack", "explosion", "ied", "carbomb", "gunfire",
               "kill", "assassination", "casualties"):
        if "chemical" in modes:
            return "Chemical weapon"
        if f.has("airstrike") or ("air" in modes and cue in ("bombard", "target", "attack", "kill",
                                                              "explosion", "casualties", "shelling")):
            if cue == "shelling" and "shelling" in modes and "air" not in modes:
                return "Shelling/artillery/missile attack"
            return "Air/drone strike"
        if cue in ("shelling",) or "shelling" in modes and cue in ("bombard", "target", "attack", "kill",
                                                                    "casualties", "explosion"):
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
        return "Armed clash"
    if cue in ("takeover", "advance", "regain"):
        if f.attempt:
            return "Armed clash"
        if a1 is not None and a1.inter == 1:
            return "Government regains territory"
        return "Non-state actor overtakes territory"
    if cue == "arrest":
        if a1 is not None and a1.inter not in (1,):
            if a1.klass in ("rebel", "militia", "organisation", "unknown"):
                return "Abduction/forced disappearance"
        return "Arrests"
    if cue == "abduct":
        return "Abduction/forced disappearance"
    protesters = any(r.klass == "protester" for r in (a1, a2) if r is not None)
    if cue in ("gunfire", "kill", "attack", "target", "casualties") and (protesters or f.has("repression")):
        return "Excessive force against protesters"
    if cue == "protest":
        if f.has("riot"):
            return "Violent demonstration"
        if f.has("repression") or f.has("gunfire") or f.casualties.killed or f.casualties.injured:
            return "Excessive force against protesters"
        return "Peaceful protest"
    if cue == "riot":
        return "Violent demonstration"
    if cue in ("loot", "burn"):
        return "Looting/property destruction"
    if cue == "incursion":
        return "Other"
    if cue == "withdraw":
        return None
    if cue in ("attack", "target", "gunfire", "kill", "assassination", "casualties"):
        civilian = civ_target or f.casualties.civilian_victims or (a2 is not None and a2.klass == "civilian")
        victim_armed = (a2 is not None and a2.klass in _ARMED_CLASSES) or f.casualties.military_victims
        if civilian and not (victim_armed and cue == "attack"):
            return "Attack"
        if cue == "attack" or victim_armed:
            return "Armed clash"
        return "Attack"
    return None


def _dates(f: Frame, sent_dates: list[DateExpr], anchor: date | None, anchor_kind: str
           ) -> tuple[date | None, date | None, int, bool]:
    d = f.date
    if d is None and sent_dates:
        t = f.trigger.start if f.trigger else f.start
        d = min(sent_dates, key=lambda x: abs(x.start - t))
    if d is not None and d.resolved:
        return d.date_start, d.date_end, d.precision, True
    if f.background:
        if anchor is None:
            return None, None, 3, False
        return anchor - timedelta(days=30), anchor - timedelta(days=1), 3, False
    if anchor is None:
        return None, None, 3, False
    return anchor, anchor, 2 if anchor_kind != "published" else 1, False


def assemble(text: str, sents: list[Sentence], frames: list[Frame], m: DocMentions,
             res: ActorResolver, lex: Lexicons, anchor: date | None, anchor_kind: str) -> list[Draft]:
    drafts: list[Draft] = []
    last_strong: Frame | None = None
    last_strong_actors: tuple[ActorRef | None, ActorRef | None] = (None, None)
    last_placed: Frame | None = None
    for f in frames:
        if f.negated or f.future or f.habitual:
            continue
        if f.cue is not None and not f.cue.event:
            continue
        if f.status and f.cue_name in ("takeover", "regain", "advance"):
            continue
        sent = sents[f.sent]
        # elaboration: a bare killing right after a strong event is that event, elsewhere
        # (only with a count of its own and outside the strong event's clause: "قصف وقتل ونهب"
        # are three actions, "كما لقيت امرأتان مصرعهما في X" is the same strike elsewhere)
        elaborates = None
        if (f.strength <= 3 and last_strong is not None and f.sent - last_strong.sent <= 2
                and (f.casualties.killed or f.casualties.injured)
                and not any(s0 <= f.start < e0 for s0, e0 in last_strong.spans)):
            elaborates = last_strong
        if not f.places:
            src = None
            if last_placed is not None and f.sent - last_placed.sent <= 1:
                src = last_placed
            if src is None:
                continue
            f.places = src.places
            f.place_inherited = True
            f.sentences |= src.sentences
        weapons, modes = _weapon_info(m, f.spans)
        targets, civ_target = _target_info(m, f.spans)
        a1, a2, widened = _pick_actors(f, res, text, sent)
        if elaborates is not None:
            ew, em = _weapon_info(m, elaborates.spans)
            modes |= em
            weapons += [w for w in ew if w not in weapons]
            sub = _sub_event(elaborates, modes, last_strong_actors[0], last_strong_actors[1], civ_target, lex, text)
            if a1 is None:
                a1 = last_strong_actors[0]
            if a2 is None:
                a2 = last_strong_actors[1]
            f.sentences |= elaborates.sentences
        else:
            sub = _sub_event(f, modes, a1, a2, civ_target, lex, text)
        if sub is None:
            continue
        if f.strength > 3:
            last_strong = f
            last_strong_actors = (a1, a2)
        last_placed = f
        d0, d1, prec, explicit = _dates(f, m.dates.within(sent.start, sent.end), anchor, anchor_kind)
        if f.background and not explicit:
            continue  # background without a date of its own: not codable as an event
        # the actor a report names at the event's date (generic phrases change in Dec 2024)
        n1 = res.redate(a1, d0) if a1 else None
        n2 = res.redate(a2, d0) if a2 else None
        inferred = a1 is None or widened
        if n1 is None:
            if sub == "Air/drone strike":
                n1 = "Unidentified Military Forces"
            elif sub in ("Remote explosive/landmine/IED", "Attack", "Suicide bomb", "Grenade",
                         "Abduction/forced disappearance"):
                n1 = "Unidentified Armed Group"
            elif sub in ("Peaceful protest", "Violent demonstration"):
                n1 = "Protesters" if sub == "Peaceful protest" else "Rioters"
        civilian = civ_target or f.casualties.civilian_victims or (a2 is not None and a2.klass == "civilian")
        if sub in ("Armed clash", "Government regains territory", "Non-state actor overtakes territory",
                   "Arrests", "Peaceful protest"):
            civilian = sub == "Arrests" and False
        if sub in ("Excessive force against protesters",):
            n2 = "Protesters"
            civilian = False
        if sub in ("Peaceful protest", "Protest with intervention") and n1 != "Protesters":
            n2 = n1 if n1 not in (None, "Protesters") else n2
            n1 = "Protesters"
        if civilian and sub in ("Attack", "Air/drone strike", "Shelling/artillery/missile attack",
                                "Remote explosive/landmine/IED", "Suicide bomb",
                                "Abduction/forced disappearance", "Grenade", "Chemical weapon"):
            if n2 is None or (a2 is not None and a2.klass == "civilian") or not f.casualties.military_victims:
                n2 = "Civilians"
        if n2 == n1 and sub not in ("Armed clash",):
            n2 = None
        multi = len(f.places) > 1
        for p in f.places:
            drafts.append(Draft(
                sub_event_type=sub, place=p,
                actor1=n1, actor1_text=a1.text if a1 else None,
                actor2=n2, actor2_text=a2.text if a2 else None,
                actor1_inferred=inferred,
                date_start=d0, date_end=d1, time_precision=prec, date_explicit=explicit,
                killed=None if multi else f.casualties.killed,
                injured=None if multi else f.casualties.injured,
                civilian_targeting=civilian,
                weapons=list(weapons), targets=list(targets),
                sentences=set(f.sentences),
                trigger_text=text[f.trigger.start:f.trigger.end] if f.trigger else None,
                background=f.background, hedged=f.hedged, place_inherited=f.place_inherited,
            ))
    return merge_drafts(drafts)


def _place_key(p: PlaceSpan) -> str:
    return p.name + "|" + (p.qualifier or "") + "|" + (p.direction or "")


def merge_drafts(drafts: list[Draft]) -> list[Draft]:
    """One draft per sub-event type, place and day: a report that tells an event twice is one event."""
    out: list[Draft] = []
    for d in drafts:
        twin = None
        for o in out:
            if o.sub_event_type != d.sub_event_type or _place_key(o.place) != _place_key(d.place):
                continue
            if o.date_explicit and d.date_explicit and (o.date_start, o.date_end) != (d.date_start, d.date_end):
                continue
            if o.background != d.background and o.date_explicit == d.date_explicit:
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
        if twin.actor1_inferred and not d.actor1_inferred and d.actor1:
            twin.actor1, twin.actor1_text, twin.actor1_inferred = d.actor1, d.actor1_text, False
        if twin.actor2 is None and d.actor2:
            twin.actor2, twin.actor2_text = d.actor2, d.actor2_text
        if d.killed:
            twin.killed = d.killed.max(twin.killed)
        if d.injured:
            twin.injured = d.injured.max(twin.injured)
        twin.civilian_targeting |= d.civilian_targeting
        twin.weapons += [w for w in d.weapons if w not in twin.weapons]
        twin.targets += [t for t in d.targets if t not in twin.targets]
        twin.sentences |= d.sentences
        twin.place_inherited &= d.place_inherited
    return out
