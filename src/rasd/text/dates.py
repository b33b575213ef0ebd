"""Date expressions: explicit Gregorian and Hijri dates, weekdays, relative time.

Everything is resolved against an anchor: the publication date, or the
document's own dateline when it has none.  An expression also says what kind
of time it is: a `point` (today, yesterday, 13 July), `background` (days ago,
last month: earlier than the news), or `habitual` (daily, repeatedly) -- the
assembler uses that to date past events and to avoid coding situations as
one-day events.  Month names, weekdays and relative expressions are data
(`data/lexicon/months.tsv`, `weekdays.tsv`, `relative_dates.tsv`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator
from datetime import date, timedelta

from hijridate import Gregorian, Hijri

from rasd.lexicon.grammar import alternation, alternation_of, words as grammar_words
from rasd.lexicon.load import Lexicons, lexicons
from rasd.text.needles import any_in, has, occurs_any, watched
from rasd.resources import read_tsv
from rasd.text.normalize import normalize_key
from rasd.text.positions import positions_of

# (the words this module asks of whole reports with `has`, found by one scan of each report:
#  `needles.read_report`, round q91-speed)
_REPORT_WORDS = watched(("بين", "قبل", "منذ", "ايام", "يوما", "الشهر", "في 19", "في 20", "يومين", "لموافق"))

_DAY_BEFORE = re.compile(r"(?<!\d)(\d{1,2})\s*(?:من\s+(?:شهر\s+)?)?(?:شهر\s+)?$")
_YEAR_AFTER = re.compile(r"^\s*(?:[/(]\s*[\u0621-\u064a]+(?:\s[\u0621-\u064a]+)?\s*\)?\s*)?(?:,\s*)?(?:من\s+)?"
                         rf"(?:{alternation('year_word')})?\s*(\d{{4}})(?:\s*(?:{alternation('era_mark')})(?![\u0621-\u064a]))?")
_ALT_MONTH = re.compile(r"^\s*[/(]\s*[\u0621-\u064a]+(?:\s[\u0621-\u064a]+)?\s*\)?")
# a digit first, then "no digit before it" as (?<!\d\d) after it: a pattern that starts with a
# character class lets the engine skip straight to the next digit (twice as fast as a leading
# (?=\d), which still tries every position); the same matches
_ISO = re.compile(r"(\d(?<!\d\d)\d{3})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)")
_DMY = re.compile(r"(\d(?<!\d\d)\d?)[-/.](\d{1,2})[-/.](\d{4})(?!\d)")
#: the wire dateline's spaced form, "دمشق 12 - 5 - 2013 (د ب أ)" (DPA and the papers that reprint it):
#: a space each side of the dash, the year in full (a bare "20 - 10" has none, and a score has no year)
#: a day and month with no year ("28/5"), not a part of a longer number or date
_DM_LED = re.compile(r"(?<![\d/.-])(\d{1,2})/(\d{1,2})(?![\d/.-]|\s*[%٪])")
_DM_WORD_LEAD = re.compile(r"(?:يوم|بتاريخ|التاريخ:?)\s$")
#: a day and month opening a line with a column bar after it: a table row's date cell (fix round q88-fix17r)
_DM_ROW_CELL = re.compile(r"[ \t]*\|")
_LINE_START = re.compile(r"(?:^|\n)[ \t|]*$")
_DMY_SPACED = re.compile(r"(\d(?<!\d\d)\d?) - (\d{1,2}) - (\d{4})(?!\d)")
_DATELINE_HEAD = 300
#: what _ISO and _DMY both contain, a digit, a separator, a digit (asked only whether there is
#: one: led by the separator, rarer than the letters a leading \d is checked against one by one;
#: `_has_digit_sep_digit` asks it without the regex)
_DIGIT_SEP_DIGIT = re.compile(r"[-/.](?<=\d.)\d")
_YEAR_ONLY = re.compile(rf"(?:{alternation('year_word')})\s+(\d{{4}})(?!\d)")
#: a year with no year word, after "في", ending its clause ("مات زوجي في غارة على سوق مستبأ في 2018،"): the year
#: itself, not a count (a counted noun follows a count: "في 2000 غارة") (round q90-probe-testimony)
_YEAR_BARE = re.compile(r"(?<![\u0621-\u064a])في\s+((?:19|20)\d\d)(?=\s*(?:[.,;:!?()\n]|$))"
                        # (or opening its clause: "وفي 2014 فقدت العائلة منزلها في قصف")
                        r"|(?:(?<![^\n.,;:!?])|(?<=[\n.,;:!?] ))و?في\s+((?:19|20)\d\d)(?=\s+[\u0621-\u064a])")
#: the dialect's "بـ" for "في" opening a (quoted) clause before a year: وتقول: "بـ2006 فقدت أخي بتفجير ..." (a
#: pattern of its own, scanned only when `_BA_YEAR_OPENINGS` are in the text; q90-fix21p)
#: (the "ب" first and the clause's opening asked behind it, with the "ب" in each look-behind: a pattern that
#:  opens with a look-behind is tried at every position of the report, one that opens with a letter only where
#:  that letter stands; the same matches: round q94-speed)
_YEAR_BA = re.compile(r"ب(?:(?<![^\n.,;:!?]ب)|(?<=[\n.,;:!?] ب)|(?<=[\n.,;:!?] [\"«]ب))[\u0640 ]?"
                      r"((?:19|20)\d\d)(?=\s+[\u0621-\u064a])")
#: the dialect's "بـ" right before a year (`_YEAR_BARE`'s second form; normalising turns its tatweel into a
#: space): the substrings that gate it
#: (not "ب20" without the tatweel: "ب20 قتيلا" is a count, common enough to cost a scan of the text; q90-fix21p)
_BA_YEAR_OPENINGS = watched(("ب 19", "ب 20", "بـ19", "بـ20"))
#: a war or an era named by its year ("بحرب 2003 الأمريكان قصفوا بيتنا"، "من أيام 2014 لما دخل داعش"، "الحرب 2006"):
#: the year of a memory (grammar_words `era_word`; scanned only when one of `_ERA_OPENINGS` is in the text, not at
#: every حرب or ايام: round q91-headlines)
_YEAR_ERA = re.compile(rf"(?:{alternation('era_word')})\s((?:19|20)\d\d)(?!\d)")
_ERA_OPENINGS = watched(f"{w} {c}" for w in grammar_words("era_word") for c in ("19", "20"))
#: a span of years: "بين 2011 و2015", "بين عامي 2011 و2015"
_YEAR_SPAN = re.compile(rf"(?:^|\s)بين\s+(?:(?:{alternation('year_word')})\s+)?(\d{{4}})\s*(?:و|الي|-)\s*(\d{{4}})(?!\d)")
_LAST = re.compile(rf"^\s*(?:{alternation('past_adjective')})")
_NEXT = re.compile(rf"^\s*(?:{alternation('next_adjective')})")
#: a field line of an incident sheet that gives its date (normalised: ة is ه)
_INCIDENT_FIELD = re.compile(rf"(?:^|\n)[\s_\-*•]*(?:{alternation('incident_date_label')})\s*:\s*")
#: a dateline with its day on a line of its own ("بيروت – 24 آب (أغسطس)" over the body): one to three
#: words of place, a dash, and the date right after it; the day of what the report tells (quality-72)
_DATED_DATELINE = re.compile(r"^\s*[\u0621-\u064a]+(?:\s+[\u0621-\u064a]+){0,2}\s*[-–—]\s*(?=\d)")
#: a day's roundup opened by its day ("حصيلة يوم الأحد 20 نيسان 2025"): the day of what it tells
#: the outlet, region or desk a roundup's head line may open with before its label ("الجنوب | حصيلة يوم
#: الثلاثاء ..."، "مرصد الحدود الجنوبية - جدول الحوادث ليوم أمس"): up to four words, then a bar or a spaced dash
#: (fix round q88-fix16r)
_HEAD_DESK = r"(?:[\u0621-\u064a]+(?:\s+[\u0621-\u064a]+){0,3}\s*(?:\||\s[-–—])\s*)?"
_WEEKDAY_ALT = alternation_of(r['pattern'] for r in read_tsv('lexicon/weekdays.tsv'))
_DAY_TALLY = re.compile(rf"^{_HEAD_DESK}[\s_\-*•]*(?:{alternation('day_tally_label')})\s+"
                        rf"(?:(?:{_WEEKDAY_ALT})\s+)?")
#: the same head on the second line, under a short line naming the monitor or the city ("شبكة الرصد – درعا" over
#: "حصيلة يوم السبت 11 مايو 2019"), or a daily report's title with a few words and a dash before its date
#: ("الحصيلة اليومية للانتهاكات – الأحد 21 أغسطس 2016"، "التقرير اليومي لمحافظة حلب: 3 آذار 2016") (fix round q88-fix17r)
_DAILY_HEAD = re.compile(rf"^(?:[^\n\d]{{0,80}}\n\s*)?[\s_\-*•]*(?:"
                         rf"(?:{alternation('day_tally_label')})\s+|"
                         rf"(?:{alternation('daily_report_label')})(?:\s+[\u0621-\u064a]+){{0,3}}?\s*[-–—:]?\s*)"
                         rf"(?:(?:{_WEEKDAY_ALT})\s*[،,]?\s+)?(?=\d)")
#: a roundup headed by "yesterday" ("الحصاد الأمني لبغداد ليوم أمس الاثنين"): the day before the report's
#: (normalised text: أمس is امس; up to two words, the city or province, between; quality q78-iraq3)
_DAY_TALLY_YESTERDAY = re.compile(rf"^{_HEAD_DESK}[\s_\-*•]*(?:{alternation('day_tally_head')})(?:\s+[\u0621-\u064a]+){{0,2}}?"
                                  r"\s+(?:ل|في\s+)?يوم\s+(امس)(?![\u0621-\u064a])")
#: words that make a bare month name a time ("في تشرين الأول", "خلال شهر أيار"): alone, أيار or
#: آب may be a name or a word
_MONTH_LEAD = re.compile(rf"(?:^|\s)(?:{alternation('month_lead')})\s+$")
#: a month's name that is also a town's (آب and Yemen's إب fold alike), and the words that set a report in Yemen,
#: where "في إب" is the place (round q91-bullets)
_MONTH_PLACE_NAMES = frozenset(grammar_words("month_place_name"))
_YEMEN_CONTEXT = re.compile(r"(?<![^\s\W])[وبفلك]{0,2}(?:%s)(?![^\s\W])" % alternation_of(
    {v for w in grammar_words("yemen_context") for v in (w, w[1:] if w.startswith("ال") else w)}))
_COMMA_COMPASS = re.compile(r"\s*(?:[،,]\s*)?")
#: "مطلع آذار"، "منتصف حزيران"، "أواخر أيلول": the third of the month a lead word names (q85-probe6)
_MONTH_PART = re.compile(r"(?:^|\s)[وف]?(?:(مطلع|اوايل|بدايه)|(منتصف)|(اواخر|نهايه))\s+(?:شهر\s+)?$")


def _part_of_month(text: str, pos: int, a: date, b: date) -> tuple[date, date]:
    """The days of a month (`a`..`b`) a lead word before it (at `pos`) narrows to: its first ten days
    ("مطلع"، "أوائل"، "بداية"), the middle ten ("منتصف") or the rest ("أواخر"، "نهاية")."""
    m = _MONTH_PART.search(text, max(0, pos - 14), pos)
    if m is None:
        return a, b
    if m.group(1):
        return a, a + timedelta(days=9)
    if m.group(2):
        return a + timedelta(days=10), a + timedelta(days=19)
    return a + timedelta(days=20), b
# "منذ أكثر من 20 يوماً", "منذ ثلاثة أسابيع": a stretch of time up to now -- what happens "since"
# then is a campaign or a situation, not one day's event (a week or more; "منذ يومين" is a day)
_SINCE_SPAN = re.compile(rf"منذ\s+(?:(?:{alternation('approximator')})\s+)?(\d+)\s*"
                         rf"({alternation('span_unit')})(?![\u0621-\u064a])")


#: "خلال ثلاثة أيام", "على مدى يومين", "على مدار 4 أيام": the stretch of days an event took, up to the
#: report's day (a week at most; "طيلة الأيام الماضية" is a relative expression of its own)
_DAY_WORDS = {w: v for w, (v, t) in ((normalize_key(r["pattern"]), (int(r["value"]), r["type"]))
                                      for r in read_tsv("lexicon/numbers.tsv")) if t == "unit"}
#: (written without its leading "(?<![\u0621-\u064a])", which `_span_days_matches` checks: a
#:  pattern that opens with its lead words lets the regex engine skip to their first letters,
#:  where one that opens with a look-behind is tried at every position of the report)
_SPAN_DAYS = re.compile(rf"(?:{alternation('span_lead')})\s+(?:ال)?(?:(\d{{1,2}})\s+|"
                        rf"({alternation_of(_DAY_WORDS)})\s+)?(?:ال)?(ايام|يوما|يومين)(?![\u0621-\u064a])")
_NEXT_AFTER = re.compile(rf"\s*(?:{alternation('next_adjective')})")
#: the longest stretch read as one event (SPEC time_precision 2: a few days or a week)
_SPAN_DAYS_MAX = 7


def _has_digit_sep_digit(text: str) -> bool:
    r"""`_DIGIT_SEP_DIGIT.search(text) is not None`, from the separators str.find finds (a report
    has a few dozen full stops and hardly any other separator) and `str.isdecimal`, which is
    what `\d` means in a str pattern."""
    n = len(text)
    for sep in "-/.":
        i = text.find(sep, 1)
        while 0 < i < n - 1:
            if text[i - 1].isdecimal() and text[i + 1].isdecimal():
                return True
            i = text.find(sep, i + 1)
    return False


def _matches_at(rx: re.Pattern[str], text: str, starts: list[int]) -> Iterator[re.Match[str]]:
    """`rx.finditer(text)` for a pattern that can only match at `starts`: tried there in order,
    each match consuming what it covers, as finditer does."""
    end = 0
    for p in starts:
        if p >= end and (m := rx.match(text, p)) is not None:
            yield m
            end = m.end()   # (never empty: the patterns open with a word)


def _year_span_matches(text: str) -> Iterator[re.Match[str]]:
    r"""`_YEAR_SPAN.finditer(text)`: a match opens with the start of the text or a space, then
    "بين", so it is tried only there (the pattern's leading `(?:^|\s)` made the engine try
    every position of every report that holds the word)."""
    return _matches_at(_YEAR_SPAN, text, [p - 1 if p else 0 for p in positions_of(text, ("بين",))
                                          if p == 0 or text[p - 1].isspace()])


def _first_words(group: str) -> tuple[str, ...]:
    """The first word of each of a group's words: every match of `alternation(group)` opens with one."""
    return tuple(sorted({w.split()[0] for w in grammar_words(group)}))


_SPAN_LEADS = _first_words("span_lead")
# (the year words are found by the report's needle scan, `positions_of` asks it; the span leads, with the
#  commonest "علي" among them and asked of a third of the reports, are left to `str.find`)
_YEAR_WORDS = watched(_first_words("year_word"))


def _span_days_matches(text: str) -> Iterator[re.Match[str]]:
    """`_SPAN_DAYS.finditer(text)` for the pattern with its look-behind: no Arabic letter right
    before the lead word (a start that has one is passed over, as the look-behind's failure
    there would have made it)."""
    return _matches_at(_SPAN_DAYS, text, [p for p in positions_of(text, _SPAN_LEADS)
                                          if p == 0 or not "\u0621" <= text[p - 1] <= "\u064a"])


def _spans_of_days(text: str, anchor: date | None) -> list[DateExpr]:
    """Stretches of days up to the anchor ("قتل 40 مدنياً خلال ثلاثة أيام من القصف"): dated from the
    first day to the report's day, time precision 2 (SPEC). A count without a number ("خلال أيام")
    says nothing about how many, and one over a week is a campaign, not one event: both are left."""
    # (every match ends with one of the units: "يوم" alone, in every report's "اليوم", let
    #  the lead words be sought and tried in all of them)
    if not has(text, "ايام") and not has(text, "يوما") and not has(text, "يومين"):
        return []
    out = []
    for m in _span_days_matches(text):
        digits, word, unit = m.groups()
        n = 2 if unit == "يومين" and not digits and not word else \
            int(digits) if digits else _DAY_WORDS.get(word or "", 0)
        if not 2 <= n <= _SPAN_DAYS_MAX or (unit == "يومين" and (digits or word)) \
                or _NEXT_AFTER.match(text, m.end()):   # "خلال اليومين المقبلين": days still to come
            continue
        if anchor is None:
            out.append(DateExpr(m.start(), m.end(), None, None, 2, "point"))
        else:
            out.append(DateExpr(m.start(), m.end(), anchor - timedelta(days=n - 1), anchor, 2, "point"))
    return out


#: "قبل خمسة أيام"، "منذ 3 أيام"، "قبل عشرة أيام": a count of days back from the anchor, told by
#: number or digits (relative_dates.tsv spells out only a few of them); a day of its own (probe round
#: q88-probe-dates). "منذ" over six days is a stretch up to now (`_SINCE_SPAN`), not a day.
_DAYS_AGO = re.compile(rf"(قبل|منذ)\s+(?:(\d{{1,2}})|({alternation_of(_DAY_WORDS)}|عشره))\s+"
                       r"(?:ايام|يوما)(?![\u0621-\u064a])")
_DAYS_AGO_MAX = 14
#: "إثر هجوم بدأه التنظيم قبل تسعة أيام": the day something began, not the day of the event told
_DAYS_AGO_BEGAN = re.compile(rf"(?<![\u0621-\u064a])(?:{alternation('began_word')})[هاوت]{{0,2}}\s+(?:[^\s.،,]+\s+){{0,3}}$")


def _days_ago(text: str, anchor: date | None) -> list[DateExpr]:
    """Days told as so many days back ("قتل صياد بقصف قرب الجزيرة قبل خمسة أيام"): that day."""
    if anchor is None or (not has(text, "قبل") and not has(text, "منذ")) or (not has(text, "ايام") and not has(text, "يوما")):
        return []
    out = []
    # (tried only where "قبل"/"منذ" starts a word: a pattern opened by a look-behind is tried at every position)
    for m in _matches_at(_DAYS_AGO, text, [p for p in positions_of(text, ("قبل", "منذ"))
                                           if p == 0 or not "\u0621" <= text[p - 1] <= "\u064a"]):
        lead, digits, word = m.groups()
        n = int(digits) if digits else (10 if word == "عشره" else _DAY_WORDS.get(word, 0))
        if not 2 <= n <= (_DAYS_AGO_MAX if lead == "قبل" else 6):
            continue
        if _DAYS_AGO_BEGAN.search(text, max(0, m.start() - 40), m.start()) is not None:
            continue
        d = anchor - timedelta(days=n)
        out.append(DateExpr(m.start(), m.end(), d, d, 1, _kind_for(d, anchor)))
    return out


#: "قبل خمس سنوات"، "قبل 10 أعوام"، "قبل عامين": a count of years back from the anchor; with "في مثل هذا
#: اليوم" right before it, that very day those years ago (q89-precision)
_YEARS_AGO = re.compile(rf"قبل\s+(?:(?:(\d{{1,2}})|({alternation_of(_DAY_WORDS)}|عشر|ثماني))\s+"
                        r"(?:سنوات|اعوام|عاما|سنه|عام)|(عامين|سنتين))(?![\u0621-\u064a])")
_THIS_VERY_DAY = re.compile(r"في\s+مثل\s+هذا\s+اليوم\s+(?:من\s+)?$")
_TEN_WORDS = {"عشر": 10, "ثماني": 8}
#: "اعتقلت فجر اليوم أسيراً أفرج عنه قبل سنتين": a day of this report told earlier in the sentence; the years
#: back then belong to a clause about someone or something of that event, not to the event (q89-left-dates)
_TODAY_BEFORE = re.compile(r"(?<![\u0621-\u064a])(?<!هذا )(?:اليوم|امس)(?![\u0621-\u064a])")
_SENTENCE_BREAK = re.compile(r"[.!؟?\n]")


def _years_ago(text: str, anchor: date | None) -> list[DateExpr]:
    """Years told as so many years back ("قبل عشر سنوات، فضت قوات الأمن الاعتصام"): that year (time
    precision 3), or that very day after "في مثل هذا اليوم" (precision 1). Background: a deed years
    old is no news of the report."""
    if anchor is None:
        return []
    out = []
    for m in _matches_at(_YEARS_AGO, text, [p for p in positions_of(text, ("قبل",))
                                            if p == 0 or not "\u0621" <= text[p - 1] <= "\u064a"]):
        digits, word, two = m.groups()
        n = 2 if two else int(digits) if digits else _TEN_WORDS.get(word, _DAY_WORDS.get(word, 0))
        if not 2 <= n <= 80:
            continue
        try:
            d = anchor.replace(year=anchor.year - n)
        except ValueError:   # (29 February)
            d = anchor.replace(year=anchor.year - n, day=28)
        if _THIS_VERY_DAY.search(text, max(0, m.start() - 30), m.start()) is not None:
            out.append(DateExpr(m.start(), m.end(), d, d, 1, "background"))
            continue
        lead = text[max(0, m.start() - 200):m.start()]
        breaks = [b.end() for b in _SENTENCE_BREAK.finditer(lead)]
        if _TODAY_BEFORE.search(lead, breaks[-1] if breaks else 0) is not None:
            continue
        out.append(DateExpr(m.start(), m.end(), date(d.year, 1, 1), date(d.year, 12, 31), 3, "background"))
    return out


def _ordinal_days() -> dict[str, int]:
    """Ordinal day words ("العاشر", "الخامس عشر") -> day of the month (`lexicon/ordinals.tsv`)."""
    return {normalize_key(r["word"]): int(r["day"]) for r in read_tsv("lexicon/ordinals.tsv")}


_ORDINALS = _ordinal_days()
_ORDINAL_ALT = alternation_of(_ORDINALS)
#: "في العاشر من محرم", "الخامس عشر من شهر أيلول": an ordinal day before a month name
_ORDINAL_BEFORE = re.compile(rf"(?:^|\s)({_ORDINAL_ALT})\s+(?:من\s+)?(?:شهر\s+)?$")
#: "الخامس من الشهر الجاري", "العشرين من الشهر الماضي": a day of this or last month
#: (or the day as a number: "يوم 15 من الشهر الجاري", "في الـ15 من الشهر الماضي")
_ORDINAL_OF_MONTH = re.compile(rf"(?<![\u0621-\u064a\d])({_ORDINAL_ALT}|(?:ال)?\d{{1,2}})\s+(?:من\s+)?(?:هذا\s+)?الشهر\s+"
                               rf"(?:({alternation('current_adjective')})|(?:{alternation('past_adjective')}))"
                               r"(?![\u0621-\u064a])")


#: "في الحادي والعشرين من الشهر ذاته", "الخامس من نفس الشهر": a day of the month the report just dated
_ORDINAL_OF_SAME_MONTH = re.compile(rf"(?<![\u0621-\u064a\d])({_ORDINAL_ALT}|(?:ال)?\d{{1,2}})\s+(?:من\s+)?"
                                    rf"(?:الشهر\s+(?:{alternation('same_word')})|(?:ذات|نفس)\s+الشهر)"
                                    r"(?![\u0621-\u064a])")


#: "مطلع الشهر الجاري"، "منتصف هذا الشهر"، "أواخر الشهر الحالي": a third of the anchor's month
_PART_OF_THIS_MONTH = re.compile(r"(?:^|\s)[وف]?((?:مطلع|اوايل|بدايه|منتصف|اواخر|نهايه))\s+(?:هذا\s+الشهر|الشهر\s+"
                                 rf"(?:{alternation('current_adjective')}))(?![\u0621-\u064a])")


def _ordinal_day(words: str) -> int:
    digits = words[2:] if words.startswith("ال") else words
    if digits.isdigit():
        return int(digits)
    return _ORDINALS[re.sub(r"\s+", " ", words)]


@dataclass(slots=True, unsafe_hash=True)
class DateExpr:
    """A time expression; offsets in the normalised text; dates None when unresolvable.

    Treated as immutable (and hashable), but not declared frozen: a frozen dataclass pays for
    its guarded `__setattr__` on every field of every expression of every report.
    """

    start: int
    end: int
    date_start: date | None
    date_end: date | None
    precision: int
    kind: str  # point | background | habitual

    @property
    def resolved(self) -> bool:
        return self.date_start is not None


def _valid(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _month_range(y: int, m: int) -> tuple[date, date]:
    first = date(y, m, 1)
    nxt = date(y + (m == 12), m % 12 + 1, 1)
    return first, nxt - timedelta(days=1)


#: how many days past the anchor a yearless day may lie and still be of the anchor's year
_YEARLESS_AHEAD = 1


def _kind_for(d: date | None, anchor: date | None) -> str:
    if d is None or anchor is None:
        return "point"
    return "background" if (anchor - d).days > 7 else "point"


#: "كتيبة 17 فبراير", "ثورة 14 تموز", "شارع 8 آذار": a day and a month after such a noun name a unit,
#: an uprising or a street, and date nothing
_DATE_NAMED = re.compile(rf"(?:^|\s)[وفبل]?(?:ال|لل)?(?:{alternation('date_named_noun')})\s+$")


def _latest_hijri(month: int, day: int, anchor: date) -> date | None:
    """The last Hijri `day` of `month` on or before `anchor` (a day later than the anchor is last
    year's): the Hijri year is a lunar one, so the same day falls eleven days earlier each year."""
    year = Gregorian(anchor.year, anchor.month, anchor.day).to_hijri().year
    for y in (year, year - 1):
        g = Hijri(y, month, day).to_gregorian()
        got = date(g.year, g.month, g.day)
        if got <= anchor:
            return got
    return None


def _sighted(d: date, text: str, start: int, lex: Lexicons) -> date:
    """A Hijri date told with its weekday ("الأحد 9 ذو الحجة 1437") is the day of that weekday when
    the calendar's conversion falls the day before it: the month began by the moon's sighting, which
    comes a day after the computed (Umm al-Qura) calendar `hijridate` follows more often than not
    (seldom before it), and the weekday is what the reporter saw. A weekday a day earlier than the
    conversion is taken for a slip of the writer's, not a sighting."""
    for h in lex.weekdays.find(text[max(0, start - 20):start]):
        if "ال" not in text[max(0, start - 20) + h.word_start:max(0, start - 20) + h.end]:
            continue   # "احد" without the article is the number one
        if (d + timedelta(days=1)).isoweekday() == h.payload:
            return d + timedelta(days=1)
    return d


_COMPASS_WORDS: dict[int, frozenset[str]] = {}


def _compass_next(rest: str, lex: Lexicons) -> bool:
    """Is the first word of `rest` a compass word (`direction` rows of place_types.tsv: "جنوب"، "شرقي")?"""
    got = _COMPASS_WORDS.get(id(lex))
    if got is None:
        got = _COMPASS_WORDS[id(lex)] = frozenset(
            normalize_key(p) for p, w in lex.place_word_rows if w.role == "direction" and " " not in p)
    word = rest.split(None, 1)[0] if rest.strip() else ""
    return word in got


def _explicit(text: str, lex: Lexicons, anchor: date | None) -> list[DateExpr]:
    out: list[DateExpr] = []
    # (both numeric forms hold a digit, a separator and a digit: one scan for that skips the
    #  two scans over a text that has none, as most reports have none)
    numeric = _has_digit_sep_digit(text)
    for m in _ISO.finditer(text) if numeric else ():
        d = _valid(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if d and 1990 <= d.year <= 2100:
            out.append(DateExpr(m.start(), m.end(), d, d, 1, _kind_for(d, anchor)))
    for m in _DMY.finditer(text) if numeric else ():
        d = _valid(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        if d and 1990 <= d.year <= 2100:
            out.append(DateExpr(m.start(), m.end(), d, d, 1, _kind_for(d, anchor)))
    for m in _DM_LED.finditer(text) if numeric and anchor is not None else ():
        # "- الأحد 28/5: قصف مدفعي على ..."، "الاثنين 6/1: اعتقال ...": a day and month with no year, led
        # by a weekday or "يوم/بتاريخ", in a round-up's list: the last such day on or before the anchor,
        # within two months of it (round q88-probe-roundup)
        lead = text[max(0, m.start() - 12):m.start()]
        if not (_DM_WORD_LEAD.search(lead) or any(not lead[h.end:].strip() for h in lex.weekdays.find(lead))
                or _DM_ROW_CELL.match(text, m.end()) and _LINE_START.search(lead)):
            # (or a table row's date cell: "30/1 | بعقوبة | انفجار سيارة مفخخة | 11 | 26"; fix round q88-fix17r)
            continue
        dd, mm = int(m.group(1)), int(m.group(2))
        d = _valid(anchor.year, mm, dd) or None
        if d is not None and d > anchor:
            d = _valid(anchor.year - 1, mm, dd)
        if d is not None and (anchor - d).days <= 62:
            out.append(DateExpr(m.start(), m.end(), d, d, 1, _kind_for(d, anchor)))
    # (a dateline's form: looked for in the head only, where datelines are; over a whole report the
    #  scan cost 0.2 M instructions a report)
    for m in _DMY_SPACED.finditer(text, 0, _DATELINE_HEAD) if " - " in text[:_DATELINE_HEAD] else ():
        d = _valid(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        if d and 1990 <= d.year <= 2100:
            out.append(DateExpr(m.start(), m.end(), d, d, 1, _kind_for(d, anchor)))
    months = list(lex.months.find(text))
    paired = -1   # the second name of a month told twice, read with the first
    # (the last Gregorian day told with its year: where it ends, its year, month and day; round q93-probe-map)
    told_year: tuple[int, int, int, int] | None = None
    for i, h in enumerate(months):
        if i == paired:
            continue
        month, cal = h.payload
        before = _DAY_BEFORE.search(text[h.word_start - 14 if h.word_start > 14 else 0:h.word_start])
        day = int(before.group(1)) if before else None
        start = h.word_start - (len(before.group(0)) if before else 0)
        if before is None:
            ordinal = _ORDINAL_BEFORE.search(text[max(0, h.word_start - 40):h.word_start])
            if ordinal is not None:
                day = _ordinal_day(ordinal.group(1))
                start = h.word_start - (ordinal.end() - ordinal.start(1))   # (the match ends the window)
        if before is not None and _DATE_NAMED.search(text, start - 16, start):
            continue   # "مقر كتيبة 17 فبراير": a name, not the 17th of February
        after = h.end
        if i + 1 < len(months) and months[i + 1].payload == h.payload and not text[h.end:months[i + 1].word_start].strip():
            # "11 مايو أيار 2016": Reuters' two names of the month with no slash or bracket between
            after, paired = months[i + 1].end, i + 1
        rest = text[after:after + 40]
        ym = _YEAR_AFTER.match(rest)
        year = int(ym.group(1)) if ym else None
        end = after + (ym.end() if ym else 0)
        if not ym:
            alt = _ALT_MONTH.match(rest)
            if alt:
                end = h.end + alt.end()
        if cal == "hijri":
            if day is None or (year is None and anchor is None) or (year is not None and not 1300 <= year <= 1600):
                continue
            try:
                if year is None:
                    # "14 ذو الحجة": the latest such day up to the anchor, in the anchor's Hijri
                    # year or the one before
                    d = _latest_hijri(month, day, anchor)
                    if d is None:
                        continue
                else:
                    d = Hijri(year, month, day).to_gregorian()
            except (ValueError, OverflowError):
                continue
            d = _sighted(date(d.year, d.month, d.day), text, start, lex)
            out.append(DateExpr(start, end, d, d, 1, _kind_for(d, anchor)))
            continue
        if day is None and year is None:
            # a bare month name (أيار) is too ambiguous on its own; "أيار الماضي" is the last
            # May before the anchor
            last = _LAST.match(rest)
            lead = _MONTH_LEAD.search(text, max(0, h.word_start - 8), h.word_start)
            if (last is None and lead is None) or anchor is None or "ال" in text[h.word_start:h.start] \
                    or _NEXT.match(rest):
                continue  # "الاب الماضي" is no month; "أيار المقبل" is no past
            if last is None and text[h.word_start:h.end] in _MONTH_PLACE_NAMES and (
                    _YEMEN_CONTEXT.search(text) is not None
                    or _compass_next(rest[_COMMA_COMPASS.match(rest).end():], lex)):
                # "تظاهر المئات في إب"، "في إب، جنوب صنعاء": Yemen's Ibb, which folds like آب (August);
                # "في آب 2015" and "10 آب" keep their day or year and never reach here (round q91-bullets)
                continue
            if last is None and _compass_next(rest, lex):
                # "قصف مدفعي على سوق في مايو جنوبي الخرطوم": a month's name told off a city by a
                # compass word is a place (Khartoum's Mayo quarter), no time (probe round q87-probe-wire)
                continue
            if last is not None:
                y = anchor.year if month < anchor.month else anchor.year - 1
            else:
                # "في تشرين الأول", "خلال شهر أيار": the latest such month up to the anchor's
                y = anchor.year if month <= anchor.month else anchor.year - 1
            a, b = _month_range(y, month)
            kind = "background" if b < anchor - timedelta(days=7) else "point"
            a, b = _part_of_month(text, h.word_start, a, b)   # (the kind stays the whole month's)
            out.append(DateExpr(start, h.end + (last.end() if last else 0), a, b, 3, kind))
            continue
        if year is None and day is not None and told_year is not None and told_year[1] < (anchor or date.max).year \
                and (month, day) > told_year[2:] and not any(c in text[told_year[0]:start] for c in ".\n?!"):
            # "أطلقت القوات في 20 آب 2017 عملية لاستعادة تلعفر، وأعلنت السيطرة الكاملة على القضاء في 31 آب": a
            # chronology's later day in the sentence of a day told with its year is of that year (q93-probe-map)
            year = told_year[1]
        if year is None:
            if anchor is None:
                if day is not None and 1 <= day <= 31:
                    # "يوم 20 تموز" in a report with no date of its own: a day of its own, unknown year
                    out.append(DateExpr(start, end, None, None, 1, "point"))
                continue
            year = anchor.year
            if (month, day or 1) > (anchor.month, anchor.day) and month - anchor.month > 1:
                year -= 1
            elif day is not None and (_valid(year, month, day) or anchor) > anchor + timedelta(days=_YEARLESS_AHEAD):
                # "حين اقتحمت القوات الساحة في 3 يونيو" told on 1 June: a deed told is last year's
                # (a day ahead is a report filed before its dateline's day; q89-left-dates)
                year -= 1
        if not (1990 <= year <= 2100):
            continue
        if day is None:
            a, b = _month_range(year, month)
            kind = "background" if anchor and b < anchor - timedelta(days=7) else "point"
            a, b = _part_of_month(text, h.word_start, a, b)
            out.append(DateExpr(start, end, a, b, 3, kind))
            continue
        d = _valid(year, month, day)
        if d:
            out.append(DateExpr(start, end, d, d, 1, _kind_for(d, anchor)))
            if ym:
                told_year = (end, year, month, day)
    # (the pattern needs the word الشهر: most texts are skipped by one substring test)
    for m in _ORDINAL_OF_MONTH.finditer(text) if anchor is not None and has(text, "الشهر") else ():
        y, mo = anchor.year, anchor.month
        if m.group(2) is None:   # last month
            y, mo = (y - 1, 12) if mo == 1 else (y, mo - 1)
        d = _valid(y, mo, _ordinal_day(m.group(1)))
        if d is not None and d <= anchor:
            out.append(DateExpr(m.start(), m.end(), d, d, 1, _kind_for(d, anchor)))
    for m in _PART_OF_THIS_MONTH.finditer(text) if anchor is not None and has(text, "الشهر") else ():
        # "ويأتي ذلك بعد الغارة التي استهدفت حي X مطلع الشهر الجاري" told on the 20th: the first ten days of
        # the anchor's month, background when they ended more than a week before it (q89-left-dates)
        a, b = _month_range(anchor.year, anchor.month)
        lead = m.group(1)
        a, b = (a, a + timedelta(days=9)) if lead in ("مطلع", "اوايل", "بدايه") else             (a + timedelta(days=10), a + timedelta(days=19)) if lead == "منتصف" else (a + timedelta(days=20), b)
        if a > anchor:
            continue   # "أواخر الشهر الجاري" told on the 5th: still to come
        b = min(b, anchor)
        out.append(DateExpr(m.start(1), m.end(), a, b, 3, "background" if b < anchor - timedelta(days=7) else "point"))
    for m in _ORDINAL_OF_SAME_MONTH.finditer(text) if has(text, "الشهر") else ():
        # (the month of the last day the report told before it: "في الرابع عشر من يناير ... وفي الحادي والعشرين
        #  من الشهر ذاته"; q78-yemen2)
        told = [e for e in out if e.end <= m.start() and e.date_start is not None and e.precision == 1]
        if not told:
            continue
        last = max(told, key=lambda e: e.end).date_start
        d = _valid(last.year, last.month, _ordinal_day(m.group(1)))
        if d is not None and (anchor is None or d <= anchor):
            out.append(DateExpr(m.start(), m.end(), d, d, 1, _kind_for(d, anchor)))
    for m in _year_span_matches(text):
        # "بين 2011 و2015", "بين عامي 2011 و2015": years, not counts, and no one day
        y1, y2 = int(m.group(1)), int(m.group(2))
        if 1990 <= y1 < y2 <= 2100:
            a, b = date(y1, 1, 1), date(y2, 12, 31)
            kind = "background" if anchor and b < anchor else "point"
            out.append(DateExpr(m.start(), m.end(), a, b, 3, kind))
    for m in _matches_at(_YEAR_ONLY, text, positions_of(text, _YEAR_WORDS)):
        y = int(m.group(1))
        if 1990 <= y <= 2100:
            a, b = date(y, 1, 1), date(y, 12, 31)
            kind = "background" if anchor and b < anchor else "point"
            out.append(DateExpr(m.start(), m.end(), a, b, 3, kind))
    if any_in(_ERA_OPENINGS, text):
        for m in _YEAR_ERA.finditer(text):
            y = int(m.group(1))
            a, b = date(y, 1, 1), date(y, 12, 31)
            out.append(DateExpr(m.start(), m.end(), a, b, 3, "background" if anchor and b < anchor else "point"))
    bare = _YEAR_BARE.finditer(text) if has(text, "في 19") or has(text, "في 20") else ()
    ba = _YEAR_BA.finditer(text) if any_in(_BA_YEAR_OPENINGS, text) else ()
    for rx_matches in (bare, ba):
        for m in rx_matches:
            y = int(m.group(1) or (m.group(2) if m.re is _YEAR_BARE else None))
            if 1990 <= y <= 2100:
                a, b = date(y, 1, 1), date(y, 12, 31)
                kind = "background" if anchor and b < anchor else "point"
                out.append(DateExpr(m.start(), m.end(), a, b, 3, kind))
    return out


#: a market named after its day ("سوق الجمعة", "سوق الخميس"): the weekday right after it is a name
_DAY_NAMED = re.compile(rf"(?:^|\s)[وفبل]?(?:{alternation('day_named_noun')})\s+$")


def names_a_place(text: str, word_start: int) -> bool:
    """Is the weekday starting at `word_start` the name of a market ("منطقة سوق الجمعة")?"""
    return _DAY_NAMED.search(text, word_start - 12, word_start) is not None


_BEFORE_LAST = re.compile(rf"\s+قبل\s+(?:{alternation('past_adjective')})(?![\u0621-\u064a])")


def _weekdays(text: str, lex: Lexicons, anchor: date | None) -> list[DateExpr]:
    out = []
    for h in lex.weekdays.find(text):
        if "ال" not in text[h.word_start:h.start] and not text[h.start:h.end].startswith("ال"):
            continue  # "احد" without the article is the number one
        if names_a_place(text, h.word_start):
            continue  # "في منطقة سوق الجمعة": a place, not a Friday
        wd = h.payload
        last = _LAST.match(text[h.end:h.end + 12])
        end = h.end + (last.end() if last else 0)
        # "يوم الأحد قبل الماضي": the one a week before the last (probe round q88-probe-dates)
        before_last = None if last else _BEFORE_LAST.match(text, h.end, h.end + 16)
        if anchor is None:
            out.append(DateExpr(h.word_start, end, None, None, 1, "point"))
            continue
        back = (anchor.isoweekday() - wd) % 7
        if last and back == 0:
            back = 7
        if before_last is not None:
            back, end = (back or 7) + 7, before_last.end()
        d = anchor - timedelta(days=back)
        if back >= 1 and _AFTER_MIDNIGHT.search(text, max(0, h.word_start - 16), h.word_start):
            d += timedelta(days=1)   # "بعد منتصف ليل الاثنين": the small hours are Tuesday's
        out.append(DateExpr(h.word_start, end, d, d, 1, "point" if back <= 7 else "background"))
    return out


#: "بعد منتصف ليل(ة)" right before a weekday: the night after that day, past midnight
_AFTER_MIDNIGHT = re.compile(r"بعد\s+منتصف\s+ليل[ةه]?\s+$")


#: "اليوم نفسه/ذاته": the same day as the event told before
_SAME_DAY_AFTER = re.compile(rf"\s+(?:{alternation('same_day_after')})(?![\u0621-\u064a])")
#: "منذ فجر ذلك اليوم"، "في تلك الليلة": the day told before (grammar_words same_day_before; fix round q95-fixdates)
_SAME_DAY_BEFORE = re.compile(rf"(?<![\u0621-\u064a])(?:{alternation('same_day_before')})\s+$")


#: "اليوم الثالث"، "اليوم السادس عشر"، "اليوم الـ15": a day counted from a beginning, right after اليوم
_DAY_COUNT = re.compile(rf"\s+(?:(?:{_ORDINAL_ALT})(?![\u0621-\u064a])|ال\s*\d)")


#: "ارتفعت حصيلة القتلى منذ بدء الحرب قبل أسبوعين إلى 400": the time back to the war's beginning, not the day of
#: an event of the sentence (fix round q95-fixdates)
_SINCE_BEGAN = re.compile(rf"منذ\s+(?:{alternation('began_word')})[هاوت]{{0,2}}\s+(?:[^\s.،,]+\s+){{0,3}}$")


def _relative(text: str, lex: Lexicons, anchor: date | None) -> list[DateExpr]:
    out = []
    for h in lex.relative_dates.find(text):
        r = h.payload
        start, end, kind = h.word_start, h.end, r.kind
        if kind == "background" and _SINCE_BEGAN.search(text, max(0, start - 50), start) is not None:
            continue
        if text.startswith("اليوم ال", end - 5) and _DAY_COUNT.match(text, end) is not None:
            # "اليوم الثالث (الجمعة):", "اليوم التاسع للعدوان": a diary's or a war's day count, not today
            # (fix round q92-fixdates)
            continue
        same = _SAME_DAY_AFTER.match(text, end)
        if same is not None:
            end, kind = same.end(), "same"
        elif text.endswith("نفس ", 0, start):
            start, kind = start - 4, "same"
        elif start > 3 and text[start - 1] == " " and (m := _SAME_DAY_BEFORE.search(text, max(0, start - 8), start)):
            start, kind = m.start(), "same"
        # ("مساء اليوم نفسه"، "في نفس الليلة": the day of the event told before, not today, resolved
        #  in find_dates as relative_dates.tsv's own same-day rows are; with no date told before it,
        #  the expression's own day)
        if anchor is None:
            out.append(DateExpr(start, end, None, None, r.precision, kind))
            continue
        out.append(DateExpr(start, end, anchor + timedelta(days=r.offset_from),
                            anchor + timedelta(days=r.offset_to), r.precision, kind))
    return out


def find_dates(text: str, anchor: date | None, lex: Lexicons | None = None) -> list[DateExpr]:
    """All date expressions, longest first where they overlap, in text order.

    A relative expression and a weekday that overlap an explicit date give way
    to it ("الجمعة 29 أيلول" is dated by the explicit date); "اليوم السبت" is a
    relative expression that swallows its weekday.
    """
    lex = lex or lexicons()
    explicit = _explicit(text, lex, anchor)
    if len(explicit) > 1 and has(text, "لموافق"):
        explicit = _one_of_corresponding(text, explicit)
    if has(text, "بين") and explicit:
        explicit = _between_days(text, explicit)
    for m in _SINCE_SPAN.finditer(text):
        n, unit = int(m.group(1)), m.group(2)
        if unit.startswith(("يوم", "ايام")) and n < 7:
            continue
        explicit.append(DateExpr(m.start(), m.end(), None, None, 3, "habitual"))
    rel = _relative(text, lex, anchor) + _spans_of_days(text, anchor) + _days_ago(text, anchor) + _years_ago(text, anchor)
    wds = _weekdays(text, lex, anchor)
    chosen: list[DateExpr] = list(explicit)

    def free(e: DateExpr, pool: list[DateExpr], slack: int = 0) -> bool:
        s, t = e.start, e.end
        for p in pool:   # (a plain loop: asked of every relative expression and weekday)
            if s < p.end + slack and p.start - slack < t:
                return False
        return True

    # the longest relative expression wins (امس الاول over امس, الليله الماضيه over الليله);
    # a weekday right after a relative word (اليوم السبت، امس الاحد) belongs to it
    for r in sorted(rel, key=lambda e: (-(e.end - e.start), e.start)):
        if free(r, chosen):
            chosen.append(r)
    for w in wds:
        if free(w, chosen, slack=2) and not _spelled_by_date(text, w, explicit):
            chosen.append(w)
    chosen.sort(key=lambda e: (e.start, -e.end))
    out: list[DateExpr] = []
    for e in chosen:
        if out and e.start < out[-1].end:
            if e.end - e.start > out[-1].end - out[-1].start:
                out[-1] = e
            continue
        out.append(e)
    if any(e.kind in ("same", "next") for e in out):
        # "أصيب طفل صباح الاثنين ... وقصفت في اليوم ذاته قرية X": the day of the date told before it;
        # "... وفي اليوم التالي اعتقلت": the day after it (a one-day date only)
        last: DateExpr | None = None
        for i, e in enumerate(out):
            if e.kind == "same":
                out[i] = (DateExpr(e.start, e.end, last.date_start, last.date_end, last.precision, last.kind)
                          if last is not None else DateExpr(e.start, e.end, e.date_start, e.date_end, e.precision, "point"))
            elif e.kind == "next":
                if last is not None and last.date_start == last.date_end and last.precision == 1 and \
                        (anchor is None or last.date_start < anchor):
                    d = last.date_start + timedelta(days=1)
                    out[i] = DateExpr(e.start, e.end, d, d, 1, last.kind)
                else:
                    out[i] = DateExpr(e.start, e.end, e.date_start, e.date_end, e.precision, "point")
                last = out[i] if out[i].date_start is not None else last
            elif e.kind in ("point", "background") and e.date_start is not None:
                last = e
    if _agreement_dated_in(text):
        # "في خرق لاتفاق وقف إطلاق النار المعلن منذ منتصف تموز": the agreement's date, not the event's
        out = [e for e in out if not _AGREEMENT_DATED.search(text, max(0, e.start - 30), e.start)]
    if _in_force_in(text):
        # "رغم سريان اتفاق "وقف الأعمال العدائية" منذ 27 شباط": the truce's start, not the event's
        out = [e for e in out if not _IN_FORCE_SINCE.search(text, max(0, e.start - 90), e.start)]
    return out


#: "الأحد الموافق 3 تشرين الأول": the word that says the date after a weekday is that day's
_CORRESPONDING = re.compile(rf"\s*,?\s*(?:{alternation('corresponding_word')})\s*")


#: "بين 1 و3 كانون الأول", "في الفترة ما بين 28 تشرين الثاني و": a stretch told by its first and last day
_BETWEEN_DAY = re.compile(r"(?<![\u0621-\u064a])(?:ما\s+)?بين\s+(\d{1,2})\s+و\s*$")
_BETWEEN = re.compile(r"(?<![\u0621-\u064a])(?:ما\s+)?بين\s+$")
_AND = re.compile(r"\s+و\s*")


def _between_days(text: str, explicit: list[DateExpr]) -> list[DateExpr]:
    """One stretch for a date told as its first and last day: "بين 1 و3 كانون الأول" (the first day
    a bare number before the month of the last) and "ما بين 28 تشرين الثاني و3 كانون الأول" (two
    dates), dated from the first day to the last (time precision 2 up to a week, 3 beyond). An event
    told so happened over those days, not on the last one; a toll told so is their sum."""
    # (most reports' "بين" is "between two sides", far from any date: a date with none right before it is kept as
    #  it is, with no regex asked)
    for e in explicit:
        if text.find("بين", e.start - 30 if e.start > 30 else 0, e.start) >= 0:
            break
    else:
        return explicit
    explicit = sorted(explicit, key=lambda e: e.start)
    out: list[DateExpr] = []
    skip = -1
    for i, e in enumerate(explicit):
        if i == skip:
            continue
        if e.date_start is None or e.precision != 1:
            out.append(e)
            continue
        lead = _BETWEEN_DAY.search(text, max(0, e.start - 24), e.start)
        if lead is not None and lead.end() == e.start:
            day = int(lead.group(1))
            last = e.date_end
            first = _valid(last.year, last.month, day) if day < last.day else None
            if first is not None:
                span = (last - first).days
                out.append(DateExpr(lead.start(), e.end, first, last, 2 if span <= 7 else 3, e.kind))
                continue
        nxt = explicit[i + 1] if i + 1 < len(explicit) else None
        if nxt is not None and nxt.date_start is not None and nxt.precision == 1 \
                and _AND.fullmatch(text, e.end, nxt.start) is not None \
                and (lead := _BETWEEN.search(text, max(0, e.start - 12), e.start)) is not None \
                and lead.end() == e.start and 0 < (nxt.date_start - e.date_start).days <= 62:
            span = (nxt.date_start - e.date_start).days
            out.append(DateExpr(lead.start(), nxt.end, e.date_start, nxt.date_end, 2 if span <= 7 else 3, nxt.kind))
            skip = i + 1
            continue
        out.append(e)
    return out


_YEAR_DIGITS = re.compile(r"\d{4}")


def _one_of_corresponding(text: str, explicit: list[DateExpr]) -> list[DateExpr]:
    """Two explicit dates joined by "الموافق" are one day told twice ("في فجر الثالث من يونيو 2019،
    الموافق التاسع والعشرين من رمضان"): keep the one that tells its year; a yearless one is resolved
    to the last such day before the report, which for a deed years old is the wrong year
    (q88-fix17p). When both or neither tell a year, both stay, as before."""
    explicit = sorted(explicit, key=lambda e: e.start)
    drop: set[int] = set()
    for i in range(len(explicit) - 1):
        a, b = explicit[i], explicit[i + 1]
        m = _CORRESPONDING.match(text, a.end)
        if m is None or m.end() != b.start or a.precision != 1 or b.precision != 1:
            continue
        ya = _YEAR_DIGITS.search(text, a.start, a.end) is not None
        yb = _YEAR_DIGITS.search(text, b.start, b.end) is not None
        if ya and not yb:
            drop.add(i + 1)
        elif yb and not ya:
            drop.add(i)
    return [e for i, e in enumerate(explicit) if i not in drop] if drop else explicit


#: "عقب صلاة الجمعة في 18 مارس 2011"، "يوم الأحد في 3 تموز": a weekday and the date of that day after it
_ON_DATE = re.compile(r"\s*,?\s*(?:في|بتاريخ)\s+")


def _spelled_by_date(text: str, w: DateExpr, explicit: list[DateExpr]) -> bool:
    """Is the weekday `w` spelled out by an explicit date after "الموافق" ("يوم الأحد الموافق 3
    تشرين الأول 2021") or "في" ("عقب صلاة الجمعة في 18 مارس 2011"; q88-fix17p)? The date then
    dates the day, as it does right after the weekday."""
    m = _CORRESPONDING.match(text, w.end)
    on = m is None
    if on:
        m = _ON_DATE.match(text, w.end)
        if m is None:
            return False
    for e in explicit:
        if e.start == m.end() and not (on and e.precision != 1):
            return True
    return False


#: a participle that dates an agreement, a truce or a decision ("الموقع في 5 آذار", "المعلن منذ")
_AGREEMENT_DATED_WORDS = tuple(grammar_words("agreement_dated"))
# (asked of every report, where it is rarely true: one regex search, not nine scans)
_agreement_dated_in = occurs_any(_AGREEMENT_DATED_WORDS)
_AGREEMENT_DATED = re.compile(rf"(?:^|\s)(?:{alternation('agreement_dated')})\s+(?:في|منذ|بتاريخ)\s+"
                              rf"(?:\S+\s+)?$")


_in_force_in = occurs_any(tuple(grammar_words("in_force_noun")))
#: the masdar, the agreement's name (no sentence or clause break), "منذ" and perhaps a word ("منتصف")
_IN_FORCE_SINCE = re.compile(rf"(?<!\S)(?:{alternation('in_force_noun')})\s+(?:[^\s.,،]+\s+){{0,6}}"
                             rf"منذ\s+(?:\S+\s+)?$")


def find_anchor(text: str, published: date | None, lex: Lexicons | None = None,
                head_chars: int = 400) -> tuple[date | None, str]:
    """The date relative expressions refer to, and where it came from."""
    if published is not None:
        return published, "published"
    lex = lex or lexicons()
    head = text[:head_chars]
    for e in sorted(_explicit(head, lex, None), key=lambda e: e.start):
        if e.precision == 1 and e.date_start:
            nth = _nth_day_since(text, e)
            if nth is not None:
                return e.date_start + timedelta(days=nth - 1), "counted"
            told = _relative_day_before(head, e, lex)
            if told is not None:
                # "مساء أمس الأحد (2015/10/11)": the date is yesterday's, the report's day one later
                return e.date_start - timedelta(days=told), "dateline"
            return e.date_start, "dateline"
    return None, "none"


#: what may stand between a relative day and the date that spells it out: a weekday, a bracket
_SPELLED_OUT = re.compile(r"\s*(?:[\u0621-\u064a]+\s*)?[(\[،,-]?\s*")


def _relative_day_before(head: str, e: DateExpr, lex: Lexicons) -> int | None:
    """The day offset of a relative day ("أمس"، "اليوم") that the date `e` spells out, right before
    it ("أمس الأحد (2015/10/11)"), or None."""
    for h in lex.relative_dates.find(head[max(0, e.start - 40):e.start]):
        r = h.payload
        end = max(0, e.start - 40) + h.end
        if r.kind == "point" and r.precision == 1 and r.offset_from == r.offset_to \
                and _SPELLED_OUT.fullmatch(head, end, e.start):
            return r.offset_from
    return None


#: "منذ بدء عملية غصن الزيتون في 20 كانون الثاني": a word of beginning right before the date
_BEGAN_BEFORE = re.compile(rf"(?:{alternation('began_word')})(?:\s+\S+){{0,5}}\s+(?:في\s+)?(?:يوم\s+)?(?:ال\s*)?$")
#: "لليوم الـ 26 على التوالي", "في يومها الثالث": the day of what began, counted from it
_NTH_DAY = re.compile(rf"(?:^|\s)(?:لليوم|اليوم|في\s+يومها|في\s+يومه)\s+({_ORDINAL_ALT}|ال\s*\d{{1,3}})(?!\d)")


def _nth_day_since(text: str, e: DateExpr) -> int | None:
    """The day count a report with no date of its own gives for what began on `e` ("منذ بدء
    العملية في 20 كانون الثاني ... التي تستمر لليوم الـ 26 على التوالي"): the report is of that
    day. None unless the date is told as a beginning and one such count follows it."""
    if not _BEGAN_BEFORE.search(text, max(0, e.start - 60), e.start):
        return None
    counts = {_ordinal_day(re.sub(r"^ال\s+", "ال", m.group(1))) for m in _NTH_DAY.finditer(text, e.end)}
    counts.discard(0)
    if len(counts) != 1:
        return None
    n = counts.pop()
    return n if 1 <= n <= 400 else None


#: the period a weekly or monthly report covers, in its head ("للفترة من 11 إلى 17 كانون الأول 2023"، "الفترة:
#: 4 – 10 مارس 2024"): its label, then the first day (and its month, when the two differ) before the
#: dash or "إلى/حتى"; the last day follows with its month (normalised text: إلى is الي)
_PERIOD_HEAD = 400
_PERIOD = re.compile(rf"(?:^|\n)[^\n]{{0,60}}?(?<![\u0621-\u064a])(?:{alternation('period_label')})\s*:?\s*"
                     r"(?:من\s+)?(?:(?:يوم|ال)\s*)?(\d{1,2})((?:\s+[\u0621-\u064a]+){0,2}?)\s*(?:الي|حتي|[-–—])\s*(?=\d)")


def _report_period(text: str, anchor: date | None, lex: Lexicons) -> DateExpr | None:
    """The days a periodic report covers, told in its head: its undated items happened on one of
    them, not on the day it was published (fix round q80-fix-h2)."""
    m = _PERIOD.search(text, 0, _PERIOD_HEAD)
    if m is None:
        return None
    ends = [e for e in _explicit(text[m.end():m.end() + 40], lex, anchor)
            if e.precision == 1 and e.date_start is not None and e.start == 0]
    if not ends:
        return None
    last = ends[0].date_start
    first = None
    if m.group(2).strip():
        # "من 28 شباط إلى 6 آذار 2024": the first day has a month of its own (the year is the last day's)
        starts = [e for e in _explicit(text[m.start(1):m.end(2)] + " " + str(last.year), lex, None)
                  if e.precision == 1 and e.date_start is not None and e.start == 0]
        first = starts[0].date_start if starts else None
    else:
        day = int(m.group(1))
        first = _valid(last.year, last.month, day) if day <= last.day else \
            _valid(last.year - (last.month == 1), (last.month - 2) % 12 + 1, day)
    if first is None or not timedelta(0) <= last - first <= timedelta(days=31):
        return None
    precision = 2 if (last - first).days <= 7 else 3
    return DateExpr(m.start(1), m.end() + ends[0].end, first, last, precision, _kind_for(last, anchor))


#: a head line that ends with its day in brackets ("ملخص العدوان على مخيم نور شمس (الثلاثاء 3 أيلول 2024)"):
#: one of the first two lines, short, the bracket closing the line (fix round q88-fix16r)
_TITLE_SPAN = 300
_TITLE_BRACKET = re.compile(r"\(([^()\n]{6,40})\)[ \t]*$", re.M)


def _title_day(text: str, anchor: date | None, lex: Lexicons) -> DateExpr | None:
    """The day a report's head line gives in brackets at its end: the day of the events its undated
    lines tell (the publication is often the next day). Only a full day (with its year), told no
    later than the anchor and at most a week before it."""
    lines = text[:_TITLE_SPAN].split("\n", 2)[:2]
    at = 0
    for line in lines:
        if len(line) <= 160:
            m = _TITLE_BRACKET.search(line)
            if m is not None:
                inner = m.group(1)
                found = [e for e in _explicit(inner, lex, None) if e.precision == 1 and e.date_start]
                if len(found) == 1 and _SPELLED_OUT.fullmatch(inner, 0, found[0].start) \
                        and not inner[found[0].end:].strip():
                    e = found[0]
                    if anchor is None or timedelta(0) <= anchor - e.date_start <= timedelta(days=7):
                        return DateExpr(at + m.start(1) + e.start, at + m.start(1) + e.end, e.date_start,
                                        e.date_end, 1, _kind_for(e.date_start, anchor))
        at += len(line) + 1
    return None


def find_incident_date(text: str, anchor: date | None = None, lex: Lexicons | None = None) -> DateExpr | None:
    """The date an incident record gives in a field of its own ("التاريخ: 25 أبريل 2017" in the
    incident sheets of documentation projects): the day of the events the sheet tells, where a
    sentence gives none of its own (the publication date is when the sheet was posted). Its kind
    says whether it lies more than a week before the anchor, as for any date in the text."""
    # (a field needs its colon: most texts are skipped by one substring test)
    m = _INCIDENT_FIELD.search(text) if ":" in text else None
    if m is None:
        m = _DAY_TALLY.match(text)   # (anchored at the text's start: one attempt)
    daily = False
    if m is None:
        m = _DAILY_HEAD.match(text)
        daily = m is not None
    if m is None and anchor is not None:
        y = _DAY_TALLY_YESTERDAY.match(text)
        if y is not None:
            day = anchor - timedelta(days=1)
            return DateExpr(y.start(1), y.end(1), day, day, 1, _kind_for(day, anchor))
    year_from = None
    if m is None:
        m = _DATED_DATELINE.match(text)
        line_end = text.find("\n")
        if m is not None and not (0 < line_end - m.end() <= 30):
            m = None   # (only a dateline alone on its line, the body below it: not a sentence's date)
        year_from = anchor   # ("24 آب" with no year: the year of the publication date)
    if m is None:
        t = _title_day(text, anchor, lex or lexicons()) if "(" in text[:_TITLE_SPAN] else None
        if t is not None:
            return t
        # (a periodic report's head: the label is a substring test first, most texts have none)
        return _report_period(text, anchor, lex or lexicons()) if "فتره" in text[:_PERIOD_HEAD] else None
    near = [e for e in _explicit(text[m.end():m.end() + 40], lex or lexicons(), year_from)
            if e.precision == 1 and e.date_start and e.start <= 3]
    if not near:
        return None
    e = near[0]
    if daily and e.date_start == anchor:
        # (a daily report titled by the day it came out tells yesterday's events as "أمس" in its lead:
        #  its sentences date them, as under a publication date)
        return None
    # (a dateline's day is the filing's: the events it tells are known to a few days, as when it
    #  anchors a report with no publication date)
    precision = 1 if year_from is None else 2
    return DateExpr(m.end() + e.start, m.end() + e.end, e.date_start, e.date_end, precision,
                    _kind_for(e.date_start, anchor))


__all__ = ["DateExpr", "find_dates", "find_anchor", "find_incident_date"]
