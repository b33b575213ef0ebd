"""The passes over one report's drafts after assembly: fold a retelling into the event it
retells, share tolls among places, drop a coarse copy, merge one event per type, place and day."""
from __future__ import annotations
import re


from rasd.extract.casualties import keep_larger_tolls
from rasd.extract.places import PlaceSpan
from rasd.model import EVENT_TYPE_OF
from rasd.lexicon.grammar import alternation
from rasd.extract.drafts import _TERRITORY_SUBS, _TOLLLESS, Draft
from rasd.text.needles import has, watched

# (the words this module asks of whole reports with `has`, found by one scan of each report:
#  `needles.read_report`, round q91-speed)
_REPORT_WORDS = watched(("ليس",))


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


_STRIKE_SUBS = frozenset({"Air/drone strike", "Shelling/artillery/missile attack"})
#: strikes and bombs whose dead, of no side told, ACLED codes as civilians
_TOLL_MEANS_CIVILIANS = frozenset({"Air/drone strike", "Shelling/artillery/missile attack",
                                   "Remote explosive/landmine/IED", "Suicide bomb", "Grenade"})
#: the places where people live: a strike's dead there, of no side told, are its residents
_LIVED_IN_KINDS = frozenset({"neighbourhood", "village", "town"})
_MILITARY_TARGETS = frozenset({"military position", "military vehicle", "military convoy", "military base",
                               "weapons depot", "missile launcher", "headquarters", "warship"})


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
    if into.actor2 is None and d.actor2 is not None and d.actor2 == into.actor1 and d.actor1 is not None \
            and d.actor1 != into.actor1 and (not d.actor1_inferred or into.sub_event_type == "Armed clash"):
        # "هاجمت قوات النظام بلدة X، واشتبكت فصائل المعارضة مع القوات المقتحمة": the retelling's
        # other side is the first telling's own attacker; a side does not fight itself, the side
        # that met it, named, does (q86-fix13); in a fight, so does the side a live blog's label
        # gives the retelling ("هجوم لتنظيم داعش على سجن X.\n07:15 | قسد: اشتباكات مستمرة مع خلايا
        # التنظيم"; q87-probe-wire)
        into.actor2, into.actor2_text = d.actor1, d.actor1_text
    elif into.actor2 is None and into.sub_event_type == "Armed clash" and d.sub_event_type == "Armed clash" \
            and into.actor1 is not None and d.actor1 not in (None, into.actor1, "Civilians", "Protesters") \
            and d.actor1_text is not None and d.actor2 in (None, "Civilians"):
        # "هاجمت قوات الجيش حي X، ودارت اشتباكات مع عناصر داعش أسفرت عن مقتل سبعة مدنيين": the fight's
        # retelling names the side met ("مع") and counts bystanders, no other side; the side it names is
        # the first telling's other side, the civilians among the dead are none (fix round q88-fix16r)
        into.actor2, into.actor2_text = d.actor1, d.actor1_text
    elif into.actor2 is None and d.actor2 is not None and not (
            # (a fight's toll "بينهم مدنيون" names the bystanders among its dead, not its other side;
            #  quality-71)
            into.sub_event_type == "Armed clash" and d.actor2 == "Civilians" and into.actor1 is not None):
        into.actor2, into.actor2_text = d.actor2, d.actor2_text
    elif into.actor2 not in (None, "Civilians") and into.actor2_text is None and d.actor2_text is not None \
            and d.actor2 not in (None, "Civilians", into.actor1) and into.sub_event_type == "Armed clash" \
            and d.sub_event_type == "Armed clash":
        # "شنت قوات حفتر هجوماً على مطار طرابلس، واشتبكت مع كتائب الزنتان المتمركزة فيه": the side the
        # fight's retelling names outranks the one the first telling only guessed (the state's, for
        # an attack on a site; probe round q86-probe2)
        into.actor2, into.actor2_text = d.actor2, d.actor2_text
    elif into.actor2 not in (None, "Civilians") and into.actor2_text is None and d.actor2 == "Civilians" \
            and d.civilian_targeting and into.sub_event_type in _STRIKE_SUBS \
            and into.place.kind in ("village", "town", "city", "neighbourhood", "district") \
            and not _MILITARY_TARGETS.intersection(into.targets):
        # "قصف الجيش التركي قرية X. وأفاد ناشطون بأن القصف أدى إلى مقتل أربعة مدنيين": the side a
        # strike was only guessed to hit (default_targets.tsv) gives way to the civilians the
        # retelling counts, where people live (not an airport's or a base's: those were struck for
        # the force that holds them; probe round q86-probe2)
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


#: the gazetteer levels of a place that may be a member of a list beside a place it holds
_MEMBER_LEVELS = frozenset({"town", "village", "neighbourhood"})


def _listed_together(big: PlaceSpan, small: PlaceSpan) -> bool:
    """Are `big` (a town the gazetteer says holds `small`) and `small` members of one list: of one
    plural type word's list, or next to each other ("X وY"، "X، Y"), `big` being no governorate or
    district (not "الكرادة، بغداد")?"""
    if small.parent is big or big.parent is small or not big.levels or not _MEMBER_LEVELS.issuperset(big.levels):
        return False
    if big.group >= 0 and big.group == small.group:
        return True
    return 0 < small.start - big.end <= 3 or 0 < big.start - small.end <= 3


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
            if above:
                # (not a town told as a member of the same list: "بلدات طفس والمزيريب واليادودة" names
                #  three towns, though the gazetteer lends اليادودة the point of المزيريب; round q90-places)
                above = {a for a in above if not all(
                    _listed_together(o.place, d.place) for o in group if geo_ids.get(id(o.place)) == a
                    for d in group if (gs := geo_ids.get(id(d.place))) is not None and a in ancestors(gs))}
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
             ancestors=lambda gid: set(), read_ids: dict[int, str] | None = None,
             head: set[int] | frozenset[int] = frozenset()) -> list[Draft]:
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
        fold_detentions(fold_territory(merge_explosions(merge_drafts(drafts, key, head=head), key), key), key), key)
    drafts = fold_one_sided(fold_incursions(fold_storming(fold_destruction(drafts, key), key), key), key)
    drafts = fold_force_retold(drafts, key)
    if any(d.quoted for d in drafts):
        drafts = fold_testimony(drafts, key)
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
    if head:
        drafts = drop_headline_retold(drafts, head, key, lambda p: read_ids.get(id(p)) or named.get(p.name),
                                      ancestors)
    if any(d.place.reference for d in drafts):
        # "تحرير تسع قرى شرقي الموصل، بينها قرى X وY": the town the villages lie around is no place
        # of the event when the event names them
        named = {d.frame_id for d in drafts if not d.place.reference}
        drafts = [d for d in drafts if not (d.place.reference and d.frame_id in named)]
    for d in drafts:
        if d.actor2 is None and d.sub_event_type in _TOLL_MEANS_CIVILIANS and (d.killed or d.injured) and not d.fighters_hit \
                and d.place.kind in _LIVED_IN_KINDS and not _MILITARY_TARGETS.intersection(d.targets):
            # "استقبل المستشفى ثلاثة قتلى وسبعة جرحى جراء قصف شنته ميليشيات الحوثي على حي المسبح": the
            # toll a less exact telling of the strike counted (the city's, dropped for the quarter's) came
            # with no side; the dead of a strike on a quarter or village, of no side told, are
            # civilians (ACLED), as assembly reads them when the toll is in the strike's own frame
            # (fix round q93-fixactors)
            d.actor2, d.civilian_targeting = "Civilians", True
        if d.civilian_targeting and d.sub_event_type in _NO_CIVILIAN_TARGET:
            # (a toll of civilians merged into a fight: ACLED marks civilian targeting only where
            #  civilians were the target, never of a battle, an arrest or a protest)
            d.civilian_targeting = False
    return drafts


def fold_testimony(drafts: list[Draft], key) -> list[Draft]:
    """A witness quoted on the event the report tells ("استشهد تسعة في غارة على منزل في مخيم جباليا. يقول
    الناجي: "كنا نائمين عندما سقط الصاروخ على البيت""; "قتل شخصان بانفجار عبوة في قضاء الحويجة. قال شقيق
    أحدهم: "كان أخي عائداً عندما انفجرت العبوة"") retells it: the quoted event of the same kind, at the same
    place or at none the quote names (the dateline's, one carried over), on no other day the report names,
    is that event, its toll kept if larger. A quote that is the only telling stays (round q90-probe-testimony)."""
    told = [d for d in drafts if not d.quoted]
    if not told:
        return drafts
    out = []
    for d in drafts:
        if d.quoted:
            kind = EVENT_TYPE_OF.get(d.sub_event_type)
            near = [o for o in told if EVENT_TYPE_OF.get(o.sub_event_type) == kind
                    and (key(o.place) == key(d.place) or d.dateline_placed or d.place_inherited)
                    and not (o.date_explicit and d.date_explicit and (o.date_start, o.date_end) != (d.date_start, d.date_end))]
            if near:
                first = min(d.sentences, default=0)
                o = min(near, key=lambda o: (key(o.place) != key(d.place), abs(min(o.sentences, default=0) - first)))
                keep_larger_tolls(o, d)
                o.sentences |= d.sentences
                continue
        out.append(d)
    return out


def _same_days(o: Draft, d: Draft) -> bool:
    """Is the body's `o` of the headline's `d`'s day, or of one or two days before it (a title told
    with no day word takes the report's, over "أمس")?"""
    if (o.date_start, o.date_end) == (d.date_start, d.date_end):
        return True
    if o.date_start is None or d.date_start is None:
        return False
    return 0 <= (d.date_start - o.date_start).days <= 2 and (o.date_end or o.date_start) <= (d.date_end or d.date_start)


def drop_headline_retold(drafts: list[Draft], head, key, gid_of, ancestors) -> list[Draft]:
    """"مأرب تحت النار: ... والتحالف يكثف غاراته" over "غارات على مديرية صرواح"; "قصف مكثف على إدلب" over
    shelling of Sarmin and Afis; "الانتقالي يستعيد السيطرة على عدن" over "سيطرت قوات الانتقالي على عدن": an
    event told only in the report's headline lines, with no toll of its own, is the body's event of the
    same kind (ACLED event type) and day told at the same place or at one the gazetteer puts inside the
    headline's, no event of its own. (A headline whose event the body does not tell of that kind at
    that place or in it, "بعد هجوم الكلية الحربية في حمص" over strikes on Idlib, stays.)"""
    heads = [d for d in drafts if d.sentences and d.sentences <= head and d.killed is None and d.injured is None]
    if not heads:
        return drafts
    body = [o for o in drafts if o.sentences - head]
    if not body:
        return drafts

    def within(big: PlaceSpan, small: PlaceSpan) -> bool:
        """Does the report or the gazetteer put `small` inside `big`?"""
        bk = key(big)
        bids = set(big.gazetteer_ids)
        g = gid_of(big)
        if g:
            bids.add(g)
        q, n = small, 0
        while q is not None and n < 5:
            if q is not small and key(q) == bk:
                return True
            gs = gid_of(q)
            if gs and bids and (bids & ancestors(gs)):
                return True
            q, n = q.parent, n + 1
        return False

    out = []
    for d in drafts:
        if any(d is h for h in heads):
            fam = EVENT_TYPE_OF[d.sub_event_type]
            # (of its day: "تستعيد المكلا بعد عام من سيطرة القاعدة" is not the body's "وكان التنظيم قد
            #  سيطر على المدينة في نيسان 2015")
            o = next((o for o in body if EVENT_TYPE_OF[o.sub_event_type] == fam and o.frame_id != d.frame_id
                      and _same_days(o, d)
                      and (key(o.place) == key(d.place) or within(d.place, o.place))), None)
            if o is not None:
                o.sentences |= d.sentences
                continue
        out.append(d)
    return out


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
    if any(_unknown_square(d) for d in out):
        out = _squares_in_towns(out)
    return out


def _unknown_square(d: Draft) -> bool:
    """A protest or riot at a square or street the gazetteer does not know ("في ساحة الساعة")."""
    p = d.place
    return p is not None and p.kind in ("square", "street") and not p.gazetteer_ids \
        and EVENT_TYPE_OF[d.sub_event_type] in ("Protests", "Riots")


#: the kinds and gazetteer levels of a town, a city or a village (not a quarter, a site or a region)
_TOWN_KINDS = frozenset(("town", "city", "village"))


def _a_town(p: PlaceSpan) -> bool:
    """A town, a city or a village by its type word or, untyped, by the gazetteer."""
    if p.kind is not None:
        return p.kind in _TOWN_KINDS
    return bool(p.levels) and any(lv in _TOWN_KINDS for lv in p.levels) \
        and not any(lv in ("neighbourhood", "site", "governorate", "region") for lv in p.levels)


def _a_quarter(p: PlaceSpan) -> bool:
    """A quarter by its type word ("حي بري") or, untyped, by the gazetteer alone."""
    if p.kind is not None:
        return p.kind == "neighbourhood"
    return bool(p.levels) and all(lv == "neighbourhood" for lv in p.levels)


def _squares_in_towns(drafts: list[Draft]) -> list[Draft]:
    """"نظم أهالي مدينة إدلب وقفة ... في ساحة الساعة"، "شهدت مدينة عدن مظاهرة ... في ساحة العروض"، "في ساحة
    العزة والكرامة بالرمادي": a protest at a square the gazetteer does not know, told in one sentence
    with the same protest at a known town (and not told inside another town), is that town's one
    protest: ACLED codes the town, and the unknown square would only fall on its governorate
    (q88-probe-nonbattle)."""
    gone: set[int] = set()
    for d in drafts:
        if not _unknown_square(d):
            continue
        ins = _told_inside(d.place)
        town = next((o for o in drafts if o is not d and id(o) not in gone and o.sentences & d.sentences
                     and o.sub_event_type == d.sub_event_type and o.background == d.background
                     and o.place is not None and o.place.gazetteer_ids and _a_town(o.place)
                     and min(o.sentences) == min(d.sentences)
                     and (not ins or o.place.name in ins)), None)
        if town is None or any(x is not d and x is not town and x.sub_event_type == town.sub_event_type
                               and x.place is not None and _a_quarter(x.place) for x in drafts):
            # (a quarter with the same event may make the town's record the coarse one that
            #  drop_coarse leaves out: the square keeps its own)
            continue
        _take_sides(town, d)
        keep_larger_tolls(town, d)
        town.sentences |= d.sentences
        gone.add(id(d))
    return [d for d in drafts if id(d) not in gone] if gone else drafts


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
            # (arrests are no retelling of a fight told by its own word: "وسط اشتباكات مع المقاومين واعتقال
            #  العشرات" during a raid is a clash and arrests; q89-left-types)
            other = next((o for o in drafts if o is not d and o.sub_event_type != "Armed clash"
                          and not (o.sub_event_type == "Arrests" and d.cue == "clash")
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
            # "اقتحمت قوة إسرائيلية مخيم جنين، واندلعت اشتباكات مسلحة مع مقاومي كتيبة جنين استشهد خلالها
            # تسعة": the fight told with no subject has the side it was "with" as its only side, and its
            # dead as the other; the stormers are who fought that side (fix round q88-fix16r)
            met = [c for c in fights if c.sub_event_type == "Armed clash" and c.actor2 in (None, "Civilians")
                   and c.actor1 not in (d.actor1, "Civilians", "Protesters") and c.actor1_text is not None
                   and d.actor1 not in ("Civilians", "Protesters")]
            if met and _absorbed(d, met, key):
                c = next(c for c in met if c.sentences >= d.sentences and key(c.place) == key(d.place))
                c.actor2, c.actor2_text = c.actor1, c.actor1_text
                c.actor1, c.actor1_text, c.actor1_inferred = d.actor1, d.actor1_text, d.actor1_inferred
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
        if s is not None and s.sub_event_type == d.sub_event_type and d.killed is not None \
                and s.killed is None and s.injured is None and s.sentences and d.sentences \
                and 0 < min(d.sentences) - max(s.sentences) <= 1 \
                and d.actor1 in (None, "Unidentified Armed Group", s.actor1):
            # "شنت المليشيا هجوماً واسعاً على مخيم X ... ووثقت غرفة الطوارئ مقتل أكثر من 400 مدني منذ
            # الجمعة": the toll told in the next sentence, with no event word and no one named who
            # did it, is the attack's, told without one, not a second attack (q86-probe4)
            keep_larger_tolls(s, d)
            s.civilian_targeting |= d.civilian_targeting
            s.sentences |= d.sentences
            continue
        # "قصف وقتل ونهب" in one sentence are three actions; a toll is not
        same_sentence = bool(s.sentences & d.sentences) if s is not None else False
        if s is None or s.sub_event_type == d.sub_event_type or (
                # "خرج آلاف المحتجين في مدن X وY ...، وفي X أحرق محتجون غاضبون مقر الحزب": the riot told
                # after a protest at its place is what the protest turned into (`turned_violent`),
                # not a toll of it
                s.sub_event_type == "Peaceful protest" and d.sub_event_type in (
                    "Violent demonstration", "Protest with intervention")) or (
                same_sentence and d.killed is None and d.injured is None) or (
                # (a looting, an arrest or an abduction is no toll of anything: "وقام عناصر من
                #  الفصائل بنهب محال في المدينة" after its take-over is its own event)
                d.sub_event_type in _TOLLLESS and d.killed is None and d.injured is None) or (
                # "قذائف هاون أطلقها التنظيم على منطقة كوكجلي المحررة أدت إلى إصابة خمسة مدنيين"
                # after the area's liberation: shells told with who fired them are a strike of
                # their own, not the toll of the change of control (quality-76)
                s.sub_event_type in _TERRITORY_SUBS and d.sub_event_type in _STRIKES
                and not same_sentence) or (
                # "اشتبكت القوات مع الفصائل في بلدة X قتل فيها 9 عناصر. وقالت مصادر إن 7 مدنيين قتلوا برصاص
                # مسلحين مجهولين في بلدة X": civilians' own toll told after a fight that has its own, the same day,
                # is a killing of its own at the place, not the fight's toll (q89-coverage)
                s.sub_event_type == "Armed clash" and d.sub_event_type == "Attack" and d.actor2 == "Civilians"
                and s.killed is not None and d.killed is not None and not same_sentence
                and d.event_date is not None and d.event_date == s.event_date) or (
                # "تجددت المواجهات بين الجيش والحوثيين في مديرية X، كما قتل مسلحون مجهولون 6 مدنيين في
                # مديرية X": civilians killed by a side the report names, neither of the fight's, are
                # those men's attack, even in the fight's sentence and with no toll of the fight (q89-left-tolls)
                s.sub_event_type == "Armed clash" and d.sub_event_type == "Attack" and d.actor2 == "Civilians"
                and d.killed is not None and d.actor1 is not None and not d.actor1_inferred
                and d.actor1 not in (s.actor1, s.actor2)
                and d.event_date is not None and d.event_date == s.event_date) or (
                # "استقبل المستشفى خمسة قتلى جراء القصف على حي X ... وقُتل معلم برصاص قناص صباح اليوم في حي X":
                # a killing by bullets told in a sentence of its own is no toll of the shells or the bombs that
                # fell there: strikes kill by blast, not by gunfire (fix round q95-fix30r)
                # (told with its harm or its own day: "أصوات الرصاص جزء من ليل البلدة" is no shooting of anyone)
                s.sub_event_type in _STRIKES and d.sub_event_type == "Attack" and d.cue == "gunfire"
                and not same_sentence and (d.killed is not None or d.injured is not None or d.date_explicit)):
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
            if d.date_explicit and d.date_start is not None and (d.date_start, d.date_end) != (s.date_start, s.date_end):
                # "خرج المتظاهرون منذ الثلاثاء ...، وأطلقت القوات الرصاص عليهم ليلة الخميس": the force
                # is of the day the shooting was told on, not of the day the protests began (q86-probe4)
                s.date_start, s.date_end, s.time_precision = d.date_start, d.date_end, d.time_precision
                s.date_explicit = True
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
                or (p.kind is None and "admin1" in p.levels and not (towns and beside_a_town(d))
                    # ("قتل 20 متظاهراً في الناصرية و8 في الديوانية": a name with a count of its own in
                    #  a list of towns is the town; q85-probe5)
                    and not (towns and d.own_toll)))

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
    off_of: dict[str, list[Draft]] = {}   # the take-overs told off each place by a compass word
    for d in drafts:
        if d.other_side:
            continue   # (the other side's reply placed in a quarter of the city does not make the city's
                       #  event an introduction: "قصفت الدعم السريع مقر الفرقة في نيالا، ورد الجيش بغارات
                       #  على حي الوادي شمال المدينة")
        # (not in itself: "السويداء - ... في مدينة السويداء" is one place, told as the dateline's
        #  container of its own name)
        off = k(d.place.parent) if d.place.off_parent and d.sub_event_type in _TERRITORY_SUBS else None
        for pk in parents(d.place) - {k(d.place)}:
            if pk == off:
                # (a village taken "جنوب سنجار" lies off the town: it tells a town taken, named with its
                #  type word, "السيطرة على بلدة سنجار", no more finely; probe round q85-probe8)
                off_of.setdefault(pk, []).append(d)
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
                # (and its day: a town taken today is no name for the villages of its countryside
                #  taken yesterday, "وكانت الفصائل قد سيطرت أمس على بلدات X وY في ريف حماة"; lead, stop 24)
                rural_held.add(q.name + "|" + o.sub_event_type + "|" + str(o.event_date))
            q, n = q.parent, n + 1
    out = []
    for d in drafts:
        if rural_held and d.place.qualifier is None and d.killed is None and d.injured is None \
                and d.place.name + "|" + d.sub_event_type in rural_held and (
                    d.sub_event_type not in _TERRITORY_SUBS
                    or d.place.name + "|" + d.sub_event_type + "|" + str(d.event_date) in rural_held):
            continue
        if d.dateline_placed:
            out.append(d)   # an event of its own that only the dateline places, not an introduction
            continue
        if off_of and d.sub_event_type in _TERRITORY_SUBS and d.place.kind in ("town", "city") \
                and (offs := off_of.get(k(d.place))) and all(
                    any(o is x for x in offs) for o in inside_of.get(k(d.place), [])
                    if o.sub_event_type == d.sub_event_type):
            out.append(d)   # (the town taken, named with its type word, beside the villages taken off it)
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
                # (a village told by a compass word off the town, "قرية صولاغ جنوب سنجار", lies outside
                #  it: its take-over is no finer telling of the town's; probe round q85-probe8)
                and all(o.sub_event_type != d.sub_event_type or o.place.off_parent
                        for o in inside_of.get(k(d.place), []))))
        ) and not _own_toll_own_kind(d, inside_of.get(k(d.place), [])) and not (
            # (an event on a day of its own, told apart from every event of its family inside the
            #  place, introduces none of them)
            (kin := [o for o in inside_of.get(k(d.place), []) if family_of[o.sub_event_type] == family_of[d.sub_event_type]]
             + [o for o in fine_drafts if o.sub_event_type == d.sub_event_type and o is not d])
            and all(_other_day(o, d) for o in kin)) and not (
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
            if len(fine) == 1 and fine[0].actor2 is None and EVENT_TYPE_OF[d.sub_event_type] == "Battles":
                # "اشتباك في الشيخ عثمان" (a crime page's item title, the town) over "اشتباك بين قوة
                # من الحزام الأمني ومسلحين في مديرية الشيخ عثمان" (the district): the fight the
                # container's telling gives its sides to is the one place told inside it, whose own
                # telling only guessed them and named no other side (one that named it keeps its own reading:
                # "مقتل 15 عنصراً من جماعة الحوثيين في كمين غربي مأرب" is no better than "كميناً لمجاميع
                # حوثية في جبهة المشجح"; fix round q94-fixactors)
                _take_sides(fine[0], d)
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
    if d.actor1 and not d.actor1.startswith("Unidentified"):
        # (an event inside done by another named side, "طيران الجيش يقصف منطقة شقرة غرب الفاشر" beside the
        #  RSF's shelling of the city's market, is no finer telling of the city's event, toll or none)
        kin = [o for o in kin if not (o.actor1 and not o.actor1.startswith("Unidentified") and o.actor1 != d.actor1)]
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
    # (a district's outskirts, "أطراف مديرية الصومعة", are the district's: told more
    #  finely only by a place in it, as below; probe round q85-probe8)
    if d.place.kind != "district" or d.place.qualifier not in (None, "outskirts"):
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
    if _other_day(o, d):
        return False
    if o.date_start is None or d.date_start is None or o.date_start == d.date_start:
        return True
    if o.background and not d.background:
        return False   # ("وكانت الجماعة قد أعلنت أمس ...": told as what had happened before)
    return (o.actor1 or "Unidentified").startswith("Unidentified") or o.actor1 == d.actor1


def _other_day(o: Draft, d: Draft) -> bool:
    """Are `o` and `d` told in sentences of their own, each with a day the report names, `d` (the coarse
    event) on a day before `o`'s? ("ألقت المروحيات أمس السبت براميل متفجرة على أحياء في حمص وحماة. وفي حماة،
    قصفت قوات النظام اليوم الأحد حي طريق حلب": yesterday's barrels on the city are no introduction of today's
    shelling of one of its quarters, nor is a rally in one city on Thursday of Friday's in a square of
    another) (round q87-coarse)"""
    if not (o.date_explicit and d.date_explicit) or o.sentences & d.sentences or d.background:
        return False
    if (d.killed is not None or d.injured is not None) and o.killed is None and o.injured is None:
        return False   # ("ارتفعت حصيلة الاشتباكات في البصرة إلى 9 قتلى" then told more finely: the finer place's toll)
    if None in (o.date_start, d.date_start):
        return False
    # (a coarse event dated after the finer ones, "وثق المرصد خلال الأسبوع الماضي مقتل ثلاثة بانفجار ألغام في
    #  محافظة لحج" before the items of each day, is their sum, dated at its window's end; only a finer event
    #  told as what had happened before, "وكانت المواجهات قد اندلعت يوم الأحد في حي ...", is not its part)
    return (d.date_end or d.date_start) < o.date_start or (o.background and (o.date_end or o.date_start) < d.date_start)


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


def _dated_days_before(dated: Draft, news: Draft) -> bool:
    """Is `dated`, told with its own day after `news` (in a later sentence), more than two days before
    the day `news` (told with no day of its own) was given? (Told before it, the undated telling
    goes on about it: "اشتباكات اندلعت الأربعاء الماضي في محلية X ... وقال شهود إن القتال تركز في بلدة
    X".)"""
    # (nor when both count the same dead: a headline's toll told again with its days)
    return dated.date_end is not None and news.date_start is not None and bool(dated.sentences) \
        and bool(news.sentences) and min(dated.sentences) > max(news.sentences) \
        and (news.date_start - dated.date_end).days > 2 \
        and not (dated.killed is not None and news.killed is not None and dated.killed.best == news.killed.best)


def _headline_of(news: Draft, head) -> bool:
    """Is undated `news` told only in the report's headline lines? A title takes the report's day
    for want of its own ("تحقيق: طائرة أجنبية وراء الغارة على مركز المهاجرين في X" over a strike the
    body dates months before; "صور الأقمار الصناعية: حرق واسع في X بعد سيطرة القوات عليها" over the
    take-over of a week before): it names the body's event of its type and place, whatever day the
    body gives it (fix rounds q95-fix31p and q95-fixdates, which found it apart; `merge_drafts` keeps
    only headline lines of one kind of event)."""
    # (a bare killing of a title, "نيالا: مقتل تاجر ونهب أمواله" over a round-up's item, is left to `adopt_weak`)
    return bool(head) and bool(news.sentences) and news.sentences <= head and not news.weak


def merge_drafts(drafts: list[Draft], key=None, apart=None, head: set[int] | frozenset[int] = frozenset()) -> list[Draft]:
    """One draft per sub-event type, place and day: a report that tells an event twice is one event.

    `apart(o, d)`, when given, keeps two drafts of one key apart (see `one_event_per_point`);
    `head` holds the report's headline sentences."""
    out: list[Draft] = []
    k = key or _place_key
    if head:
        # (a headline that tells events of two kinds, "مقتل تاجر ونهب أمواله", is a summary of the item under it,
        #  read with the rest of it; only a headline of one kind of event is that event's telling)
        kinds: dict[int, set[str]] = {}
        for d in drafts:
            for i in d.sentences & head:
                kinds.setdefault(i, set()).add(d.sub_event_type)
        head = frozenset(i for i in head if len(kinds.get(i, ())) <= 1)
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
            if o.date_explicit != d.date_explicit and not (o.sentences & d.sentences) and \
                    _dated_days_before(o if o.date_explicit else d, d if o.date_explicit else o) and \
                    not _headline_of(d if o.date_explicit else o, head):
                # "كما طالت الغارات حارة حريك" (the day the report told before) and "بعد أسبوع من
                # اغتياله في غارة على حارة حريك في 27 أيلول": an event of its own day, told in another
                # sentence days before the day's, is no telling of it (q86-probe4)
                continue
            if _returned_fire(o, d):
                continue
            if (d.another and not o.date_explicit) or (o.another and not d.date_explicit):
                # "قتل 3 أشخاص بانفجار في مدينة X، وسبق أن قتل شخصان بانفجار مماثل في المدينة
                # الأسبوع الماضي": the earlier one, dated, is no telling of the day's (q85-probe5)
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


#: a correction line's words (grammar_words.tsv `correction_word`) and its "وليس"/"وليست" before the place corrected
_CORRECTION = re.compile(rf"(?<!\w)(?:{alternation('correction_word')})(?!\w)")
_NOT_THERE = re.compile(r"(?<!\w)(?:وليس|وليست)\s")


def fold_corrections(drafts: list[Draft], text: str, sents) -> list[Draft]:
    """"12:30 | غارة على بلدة X تؤدي إلى سقوط 3 شهداء. 14:10 | تصحيح: الغارة استهدفت بلدة Y وليس X": the
    event told before at the place a correction says it was not at is the corrected one's, at the place
    it names: its toll and sides go to the correction's draft of the same event type, and it makes no
    record of its own (q89-probe-live). Asked only of texts with "وليس" and a correction word."""
    if not has(text, "ليس") or not drafts:
        return drafts
    gone: set[int] = set()
    for i, s in enumerate(sents):
        if _CORRECTION.search(text, s.start, s.end) is None:
            continue
        neg = _NOT_THERE.search(text, s.start, s.end)
        if neg is None:
            continue
        tail = text[neg.end():s.end]
        fixed = [d for d in drafts if i in d.sentences and d.place.start >= s.start and d.place.end <= neg.start()]
        for d in fixed:
            for o in drafts:
                if o is d or id(o) in gone or o.place.start >= s.start \
                        or EVENT_TYPE_OF.get(o.sub_event_type) != EVENT_TYPE_OF.get(d.sub_event_type) \
                        or not o.place.name or not re.search(rf"(?<!\w)(?:[وب]?ال)?{re.escape(o.place.name)}(?!\w)", tail):
                    continue
                if o.killed is not None:
                    d.killed = o.killed if d.killed is None else o.killed.max(d.killed)
                if o.injured is not None:
                    d.injured = o.injured if d.injured is None else o.injured.max(d.injured)
                if d.actor1 in (None, "Unidentified Armed Group", "Unidentified Military Forces") and o.actor1:
                    d.actor1, d.actor1_text, d.actor1_inferred = o.actor1, o.actor1_text, o.actor1_inferred
                if d.actor2 is None and o.actor2:
                    d.actor2, d.actor2_text = o.actor2, o.actor2_text
                d.sub_event_type = o.sub_event_type
                d.sentences |= o.sentences
                gone.add(id(o))
    return [d for d in drafts if id(d) not in gone] if gone else drafts
