"""When a frame's event happened: the day or days its clause, its sentence or the report
tells, or that it was told as background."""
from __future__ import annotations

import re
from datetime import date, timedelta

from rasd.extract.frames import SINCE_BEFORE, Frame
from rasd.extract.match import Hit
from rasd.extract.mentions import DocMentions
from rasd.text.needles import has, watched
from rasd.lexicon.grammar import alternation
from rasd.resources import read_tsv
from rasd.text.normalize import normalize_key
from rasd.text.positions import positions_of
from rasd.text.dates import DateExpr
from rasd.text.segment import ITEM_MARK, Sentence

# (asked of whole reports with `has`: found by one scan of each report, `needles.read_report`, round q91-speed)
_REPORT_WORDS = watched((":\n", ")\n"))


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
#: (or "أنه/أنها" with the pronoun of the teller: "أعلنت القوات، اليوم الاثنين، أنها صدت هجوماً ...
#:  ليل الأحد"; q86-probe4)
_STATEMENT_DAY_END = re.compile(r"(?:\s+ال\S+)?\s*[،,]\s*ان(?:ه|ها|هم|هما)?\s")


def list_items_end(text: str, colon: int) -> int:
    """Where the dashed, bulleted or numbered items on the lines right under a head line ending at
    `colon` end (`colon + 1` when none follows)."""
    end = colon + 1
    while end < len(text) and text[end] == "\n":
        j = end
        while text[j:j + 1] == "\n":
            j += 1   # (past blank lines)
        if not ITEM_MARK.match(text, j):
            break
        nl = text.find("\n", j)
        end = len(text) if nl < 0 else nl
    return end


#: a short head line with no colon of its own: one to six words, or a markdown bold line ending at a colon
_SHORT_HEAD = re.compile(r"[^\s.،,:!?\-\u2022*]\S*(?: \S+){0,5}")


def _bare_head_lines(text: str, m: DocMentions) -> list[int]:
    """The last characters of the head lines `_list_header_days` reads besides those ending at a colon:
    a bold one ("**أحداث يوم السبت:**") and a short one of up to six words that ends in no punctuation
    ("حوادث يوم الثلاثاء الأمنية"); each holds a day, and a marked item opens the next line that is not
    blank (round q90-lists)."""
    out: list[int] = []
    for ds in m.dates.items:
        if ds.kind != "point" or ds.precision != 1:
            continue
        le = text.find("\n", ds.end)
        if le < 0 or (out and out[-1] == le - 1):
            continue
        j = le
        while text[j:j + 1] == "\n":
            j += 1
        c = text[j:j + 1]
        # (the next line's first character first: an Arabic letter opens no item, and most lines after a day open so)
        if not c or ("\u0600" <= c <= "\u06ff" and not "\u0660" <= c <= "\u0669") or ITEM_MARK.match(text, j) is None:
            continue
        ls = text.rfind("\n", 0, ds.start) + 1
        if ITEM_MARK.match(text, ls) is not None and not text.startswith("**", ls):
            continue
        line = text[ls:le].strip()
        if line.startswith("**") and line.endswith(":**"):
            pass
        elif not (_SHORT_HEAD.fullmatch(line) and line[-1:].isalpha()):
            continue
        out.append(le - 1)
    return out


def _unmarked_block_end(text: str, colon: int) -> int:
    """Where the block of lines under a head ending at `colon` ends when its items are not marked
    ("وفيما يلي أبرز أحداث يوم الاثنين:\n\nقصف مدفعي على بلدة X.\nاشتباكات على جبهة Y."): the lines up to
    the next blank line, the first of them after at most one blank line (round q90-lists)."""
    j = colon + 2
    if text[j:j + 1] == "\n":
        j += 1
    if j >= len(text) or not text[j:j + 1].strip():
        return colon + 1
    end = text.find("\n\n", j)
    return len(text) if end < 0 else end


def _list_header_days(text: str, m: DocMentions) -> list[tuple[int, int, tuple[date, date, int]]]:
    """Lists whose header line gives their day ("حصيلة يوم أمس السبت في مدينة الرقة:"، "ووثق المرصد يوم
    أمس الأحد:"): a line ending in a colon with one point in time of a known day, then item lines
    (dashed, bulleted or numbered). Each is (where the items begin, where they end, the day)."""
    out: list[tuple[int, int, tuple[date, date, int]]] = []
    if "\n" not in text:
        return out
    # (a head in markdown bold, "**أحداث يوم السبت:**", or a short head line with no colon, "حوادث يوم
    #  الثلاثاء الأمنية", its items marked; round q90-lists)
    bare_heads = set(_bare_head_lines(text, m))
    if not has(text, ":\n") and not has(text, ")\n") and not bare_heads:
        return out
    heads = positions_of(text, (":\n",))
    # (or a line that is only a day in brackets: "(الجمعة)" over the items of that day; q88-tables)
    for i in positions_of(text, (")\n",)):
        ls = text.rfind("\n", 0, i) + 1
        if text[ls:ls + 1] == "(" and i - ls <= 30:
            heads.append(i)
    heads.extend(bare_heads)
    for colon in sorted(heads):
        ls = text.rfind("\n", 0, colon) + 1
        days = [d for d in m.dates.within(ls, colon + 1) if d.kind == "point" and d.precision == 1
                and d.resolved and d.date_start is not None]
        if len(days) != 1:
            continue
        end = list_items_end(text, colon)
        if end == colon + 1 and colon not in bare_heads:
            end = _unmarked_block_end(text, colon)
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


def _tally_since(f: Frame, x: DateExpr, text: str, m: DocMentions) -> bool:
    """Is `x` the first day of a running tally told after the event ("قتل 5 أشخاص في غارة على
    بلدة X، ليرتفع عدد ضحايا الغارات منذ الاثنين إلى أكثر من 700")? The day after "منذ" in the
    toll's clause is the day the count began, not the event's (q86-probe4)."""
    if f.trigger is None or x.start <= f.trigger.end or \
            SINCE_BEFORE.search(text, max(0, x.start - 18), x.start) is None:
        return False
    for h in m.discourse.within(f.trigger.end, x.start):
        if h.payload == "total" and x.start - h.end <= 40:
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
#: the same with a few words of the time's own clause between ("وشهدت مدينة X في حزيران من العام الماضي
#: واحدة من أسوأ المجازر، حين قتل ..."; q87-probe-feature): no full stop, at most 50 characters; not "في
#: حين" (whereas: "منذ عام 2013، في حين أعلنت الفصائل أنها صدت ...")
_WHEN_CLAUSE_LATER = re.compile(rf"[^.!?؟\n؛;]{{0,50}}?[\s,،](?<!في\s)(?:{alternation('when_clause')})\s")


#: a relative clause right after a time ("بمجزرة سبايكر عام 2014، التي قتل فيها نحو 1700"): it tells the event
#: that time dates (grammar_words `relative_pronoun`; round q92-probe-fact)
_RELATIVE_AFTER_TIME = re.compile(rf"\s*[,،]?\s*(?:{alternation('relative_pronoun')})\s")


def _when_clause_after(text: str, x: DateExpr, f: Frame, frames) -> bool:
    """Is the frame the event of a when-clause told after the time x ("في نيسان 1996، حين قصفت ..."),
    with no other event word between the time and "حين"? A relative clause right after the time is one too
    ("متهمين بمجزرة سبايكر عام 2014، التي قتل فيها نحو 1700 طالب")."""
    w = _WHEN_CLAUSE.match(text, x.end)
    if w is None and f.trigger is not None and (r := _RELATIVE_AFTER_TIME.match(text, x.end)) is not None \
            and f.trigger.word_start - r.end() < 12:
        return True
    if w is None and "حين" not in text[x.end:x.end + 60] and "عندما" not in text[x.end:x.end + 60]:
        return False
    if w is None:
        w = _WHEN_CLAUSE_LATER.match(text, x.end)
        if w is None or any(g is not f and g.trigger is not None and x.end <= g.trigger.start < w.end()
                            for g in frames):
            return False
    return w.end() <= f.end


#: "الهجوم على كمين بئر العبد الذي وقع قبل عامين": a relative clause of "took place" after the event's noun; the past
#: time told a few words on in it is the event's own (grammar_words `relative_pronoun`, `happened_verb`; round q94-probe-civic2)
_HAPPENED_CLAUSE = re.compile(rf"[^.!?؟\n؛;]{{0,60}}?[\s,،](?:{alternation('relative_pronoun')})\s+"
                              rf"(?:{alternation('happened_verb')})(?:\s+[^\s.!?؟\n؛;،,]+){{0,4}}\s+$")


def _happened_clause_after(text: str, x: DateExpr, f: Frame, frames) -> bool:
    """Is the past time x told in a "الذي وقع ..." clause right after the frame's event word, with no other
    event word between?"""
    if f.trigger is None or x.kind != "background" or not x.resolved or x.start <= f.trigger.end \
            or x.start - f.trigger.end > 110:
        return False
    if _HAPPENED_CLAUSE.fullmatch(text, f.trigger.end, x.start) is None:
        return False
    return not any(g is not f and g.trigger is not None and f.trigger.end <= g.trigger.start < x.start
                   for g in frames)


#: "فيما / بينما / في حين" opening a later clause of the sentence, set against the one before (grammar_words `contrast_lead`)
CONTRAST_LEAD = re.compile(rf"(?<!\w)(?:{alternation('contrast_lead')})\s")


#: "لتشمل اليوم الاثنين بلدتي X وY" (grammar_words `spread_verb`)
_SPREAD_TO = re.compile(rf"(?:^|(?<=\s))(?:{alternation('spread_to_verb')})(?!\w)")


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
            x.resolved and _when_clause_after(text, x, f, frames)) or (
            # ("الهجوم ... الذي وقع قبل عامين": the time of the event's own relative clause)
            text and _happened_clause_after(text, x, f, frames))]
    if sent_dates and d is None and text and len(frames) > 1:
        # "أغارت مسيرة ظهراً على سيارة قرب بلدة X، ما أدى إلى استشهاد شخصين، فيما أفاد مراسلنا بأن غارة
        # أخرى استهدفت دراجة مساء أمس قرب بلدة Y": a day told in a later clause set off by "فيما/بينما/في
        # حين", inside another event's frame, is that event's, not this one's (q86-probe4)
        later = [g for g in frames if g is not f and g.sent == f.sent and g.start >= f.end
                 and CONTRAST_LEAD.search(text, f.end, g.trigger.start if g.trigger else g.start)]
        if later:
            own = [x for x in sent_dates if not any(g.start <= x.start < g.end for g in later)]
            if not own and f.date is None and anchor is not None and anchor_kind == "published" \
                    and not f.background:
                # (the clause before "فيما" is then the report's day, told as such: not one event with
                #  the later clause's at the same place, nor a day the next sentences go on telling)
                return anchor, anchor, 1, True
            sent_dates = own
    if sent_dates and d is None and f.remembered_at is not None:
        # "تحل اليوم ذكرى مجزرة قتل فيها 40": the day told before the remembrance is the day remembered on
        sent_dates = [x for x in sent_dates if x.end > f.remembered_at]
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
        if d.kind == "background" and (_when_clause_after(text, d, f, frames)
                                       or _happened_clause_after(text, d, f, frames)):
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


def _prior_offsets() -> dict[str, tuple[int, int, int]]:
    """`prior` phrase -> (days back from, days back to, precision) (`lexicon/prior_offsets.tsv`)."""
    return {normalize_key(r["pattern"]): (int(r["days_from"]), int(r["days_to"]), int(r["precision"]))
            for r in read_tsv("lexicon/prior_offsets.tsv")}


_PRIOR_OFFSETS = _prior_offsets()


#: the announcement of the earlier event, between a `prior` phrase and its event word
_ANNOUNCED_GAP = re.compile(r"\s+اعلان(?:ه|ها|هم|هما)?\s+")


def _told_as_before(text: str, trigger: Hit, m: DocMentions) -> tuple[int, int, int] | None:
    """How many days before its clause's time an event word told right after "بعد يومين من" happened
    (the discourse `prior` phrases with a day count), or None."""
    for h in m.discourse.within(trigger.word_start - 34, trigger.word_start):
        if h.payload == "prior" and (0 <= trigger.word_start - h.end <= 2 or (
                # (its announcement between: "بعد يومين من إعلانها السيطرة على المدينة"; q85-probe6)
                _ANNOUNCED_GAP.fullmatch(text, h.end, trigger.word_start) is not None)):
            got = _PRIOR_OFFSETS.get(" ".join(text[h.start:h.end].split()))
            if got is not None:
                return got
    return None


#: a unit of months or years inside a `prior` phrase ("بعد ثلاث سنوات من"; grammar_words `elapsed_long_unit`)
_LONG_UNIT = re.compile(rf"(?<![\u0621-\u064a])(?:{alternation('elapsed_long_unit')})(?![\u0621-\u064a])")


def _told_long_before(text: str, trigger: Hit, m: DocMentions) -> bool:
    """Is the event word told right after "بعد + months or years + من/على" ("توفي في سجن ... بعد ثلاث سنوات من
    اختطافه"، "بعد نحو شهرين من اعتقاله")? It happened a month or more before its clause's time, on a day the
    report does not give (round q95-probe-detainee)."""
    for h in m.discourse.within(trigger.word_start - 40, trigger.word_start):
        if h.payload == "prior" and 0 <= trigger.word_start - h.end <= 2 \
                and _LONG_UNIT.search(text, h.start, h.end) is not None:
            return True
    return False


def diary_days(text: str, m: DocMentions) -> list[tuple[int, int, tuple[date, date, int]]]:
    """A diary's or a letter's day heads ("الخميس 14 أبريل", "اليوم التاسع للعدوان – الأربعاء 16 تموز",
    "اليوم الأول - الاثنين 29 رمضان 1440:"): a short line of one known day, after a blank line or the
    text's start, over a paragraph. Each is (where the paragraph begins, where it ends, the day); none
    unless the text has two such heads (fix round q92-fixdates)."""
    out: list[tuple[int, int, tuple[date, date, int]]] = []
    if text.count("\n\n") < 2:
        return out
    last_line = -1
    for ds in m.dates.items:
        if ds.precision != 1 or ds.kind not in ("point", "background") or ds.date_start is None:
            continue
        ls = text.rfind("\n", 0, ds.start) + 1
        if ls == last_line or (ls > 0 and not text.startswith("\n\n", ls - 2)):
            continue
        le = text.find("\n", ds.end)
        if le < 0:
            continue
        colon = text.find(":", ds.end, min(le, ds.end + 4))
        if colon > 0 and colon + 1 < le:
            # (or a head that opens its paragraph before a colon: "اليوم الثاني، السبت: لم أرَ في حياتي ...")
            if colon - ls > 60 or text.count(" ", ls, colon) > 7 or len(m.dates.within(ls, colon)) != 1:
                continue
            body = colon + 1
        else:
            if le - ls > 70 or text[le + 1:le + 2] in ("", "\n") or text.count(" ", ls, le) > 7:
                continue
            if text[le - 1:le] in (".", "؟", "!") or len(m.dates.within(ls, le)) != 1:
                continue
            body = le + 1
        last_line = ls
        end = text.find("\n\n", le)
        out.append((body, len(text) if end < 0 else end, (ds.date_start, ds.date_end, ds.precision)))
    return out if len(out) >= 2 else []


#: a relative day ("فجر اليوم"، "عصر اليوم"، "أمس"، "الليلة"): counted from the day a diary's head gives
_RELATIVE_DAY_WORDS = ("اليوم", "امس", "الليله")


#: a clock time ("09:15 -", "عند الساعة 05:52"): two of them make a report a timeline
_CLOCK_TIME = re.compile(r"(?<![\d:/])(?:[01]?\d|2[0-3]):[0-5]\d(?![\d:/])")


def timeline_day(text: str, m: DocMentions, anchor: date) -> tuple[date, date, int] | None:
    """The day of a timeline's clock times that give none of their own: the last single day the report
    tells up to the end of the line of its first clock time ("يوم الأربعاء 15 كانون الثاني" then "09:15 -
    ألقت الطائرة قنبلتين"; "عند الساعة 05:40 من صباح الأربعاء 7 نوفمبر"), when it is before the anchor; not a
    day after منذ, the start of a tally (fix round q92-fixdates)."""
    first = _CLOCK_TIME.search(text)
    if first is None:
        return None
    le = text.find("\n", first.end())
    for ds in reversed(m.dates.within(0, len(text) if le < 0 else le)):
        if ds.precision == 1 and ds.kind in ("point", "background", "same") and ds.date_start is not None \
                and "منذ" not in text[max(0, ds.start - 24):ds.start]:
            return (ds.date_start, ds.date_end, 1) if ds.date_start < anchor else None
    return None
