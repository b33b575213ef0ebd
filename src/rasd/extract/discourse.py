"""How a report's sentences hang together: which event told before a bare or placeless
frame goes on telling (its place, its toll), list items and roundups by region, headlines,
denials and what a sentence tells beside its event."""
from __future__ import annotations

import re
from dataclasses import replace

from rasd.extract.actors import BY_HAND, ActorRef, ActorResolver
from rasd.extract.dating import CONTRAST_LEAD
from rasd.extract.frames import _COULD_NOT, Frame
from rasd.extract.mentions import DocMentions
from rasd.text.needles import any_in
from rasd.lexicon.grammar import alternation, words
from rasd.text.segment import ITEM_MARK, Sentence, item_line
from rasd.extract.drafts import Draft
from rasd.extract.sides import _FIRED_NEEDLES


def _arrests_told_again(f: Frame, last_detention: Frame | None, last_placed: Frame | None) -> bool:
    """Is placeless `f` an arrest or abduction told right after the report's last placed one, with
    another kind of event placed in between? (Not when that event is told in the arrest's own
    sentence: "اعتقلت القوات 15 مواطناً من محافظات الضفة. وقالت مصادر إن القوات اقتحمت مدينة نابلس
    واعتقلت 4 شبان" are arrests in the raid on Nablus, at its place; quality-73.)"""
    return (last_detention is not None and last_placed is not None and last_placed is not last_detention
            and f.cue is not None and f.cue.family == "detention" and not f.background
            and f.sent - last_detention.sent <= 1 and last_placed.sent != f.sent)


def _toll_owner(f: Frame, last: Frame, placed_by_family: dict[str, Frame]) -> Frame:
    """The event a bare toll told after `last` belongs to: not an arrest (which kills nobody) when
    the arrest's sentence also told a fight ("اندلعت اشتباكات في X إثر احتجاز قوة الردع لآمر اللواء
    في مطار معيتيقة. وأعلن مركز الطوارئ ارتفاع الحصيلة إلى 55 قتيلاً"): the fight's."""
    if f.strength > 3 or not (f.casualties.killed or f.casualties.injured) or last.cue is None \
            or last.cue.family != "detention":
        return last
    fights = [g for g in placed_by_family.values() if g.sent == last.sent and g.start < last.start]
    return max(fights, key=lambda g: g.start) if fights else last


def _family_told_before(frames: list[Frame], f: Frame) -> bool:
    """Did a frame of `f`'s cue family end before `f` starts? (A loop, not any() over a generator.)"""
    for g in frames:
        if g.end <= f.start and g.cue is not None and g.cue.family == f.cue.family:
            return True
    return False


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


def _force_clause_named(drafts: list[Draft], text: str, force: int, sent_start: int, sent_end: int) -> list[Draft]:
    """The places of a protest list the force's own clause (from the last comma before the force word) names
    before the force word ("خرجت مظاهرات في الكوت والعمارة، وفي العمارة أطلقت الشرطة الرصاص الحي على المحتجين"),
    or, when that clause says "there" (`there_word`: "وقتل اثنان هناك برصاص الشرطة"), the places of the list named
    again between the list and that clause ("... حيث أحرق محتجون مقر الحزب في الأبيض، وقتل اثنان هناك"); none
    when the clause names none (q93-listtype)."""
    comma = max(text.rfind("،", sent_start, force), text.rfind(",", sent_start, force))
    if comma < min(d.place.end for d in drafts):
        return []
    named = [d for d in drafts if d.place.name and _named_in(d.place.name, text, comma, force)]
    if named or not _THERE_WORD.search(text, comma, sent_end):
        return named
    return [d for d in drafts if d.place.name and _named_twice(d.place.name, text, sent_start, comma)]


def _named_twice(name: str, text: str, start: int, end: int) -> bool:
    """Is the place name written twice, as a word, in text[start:end] (a place of a list named again)?"""
    i = text.find(name, start, end)
    return i >= 0 and _named_in(name, text, start, i + len(name)) and _named_in(name, text, i + len(name), end)


#: "there" (grammar_words `there_word`)
_THERE_WORD = re.compile(rf"(?<!\w)(?:{alternation('there_word')})(?!\w)")


def _force_where_named(f: Frame, drafts: list[Draft], text: str, sent_start: int, sent_end: int) -> list[Draft]:
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
    if not named:
        named = _force_clause_named(drafts, text, force, sent_start, sent_end)
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


#: a headline: one of the report's first lines, short, with more text after it
_HEADLINE_MAX = 160
_HEADLINE_WITHIN = 300


#: a monitor's roundup by region: a paragraph opened by a place of one to three words and a colon
#: ("ريف حلب: استشهد ..."، "حمص: تواصل ..."; fix round q80-fix-h2), an item of its list as much as a
#: line opened by `ITEM_MARK`
#: (a fourth word only when it is the second half of a compound bearing: "ريف حماة الشمالي الغربي:"; q87-recall)
_PLACE_COLON_ITEM = re.compile(r"[ \t]*[\u0621-\u064a]+(?:\s[\u0621-\u064a]+){0,2}"
                               r"(?:\s(?:ال)?(?:شمالي|جنوبي|شرقي|غربي))?:[ \t]+(?=\S)")


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
    for lead in CONTRAST_LEAD.finditer(text, end, f.trigger.start):
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
    return ls is not None and src.start < ls and (
        item_line(text, src.start) is not None or _under_item_line(text, src.start)) \
        and not _toll_told_back(text, f, ls)


def _under_item_line(text: str, pos: int) -> bool:
    """Is the line `pos` is on the body of a list item, right under its marked title line? A digest
    gives each piece of news a title line and a paragraph: "▪️ السودان: قصف على مخيم X\nقتل 8 نازحين
    في قصف ...\n\n▪️ اليمن: غارات إسرائيلية\nشنت مقاتلات ..." -- the next title opens another item,
    not more of the paragraph above it (fix round q89-fix19p)."""
    ls = text.rfind("\n", 0, pos)
    return ls > 0 and item_line(text, ls) is not None


#: a definite event word's article, after a preposition or a joining letter ("في الغارة"، "بالقصف")
_DEFINITE = ("ال", "وال", "فال", "بال", "لل", "كال")


def _toll_told_back(text: str, f: Frame, ls: int) -> bool:
    """Does placeless `f`, on list line `ls`, count the dead or wounded of the event told on the line
    before, not an event of its own? A live blog's next entry does so: "10:00 — انفجار عبوة ناسفة على
    دورية في قضاء X.\n10:30 — مصدر أمني: مقتل جنديين في انفجار العبوة" names the event by a definite
    word, and "وزير الصحة: إصابة 2750 شخصاً ومقتل 8" tells a bare toll, with no weapon or hand of
    its own; neither tells a day of its own ("- 28 يناير: مقتل رجل برصاص قناص" is an item of its own).
    (probe round q87-probe-wire)"""
    if not (f.casualties.killed or f.casualties.injured) or f.date is not None or f.background:
        return False
    le = text.find("\n", ls)
    le = len(text) if le < 0 else le
    if any(text.find(w, ls, le) >= 0 for w in _RISE_WORDS):
        return False   # (a raised toll raises the last event that counted any: `_toll_raised`)
    if f.trigger is not None and f.cue_name not in _BARE_TOLL_CUES:
        return text[f.trigger.word_start:f.trigger.word_end].startswith(_DEFINITE)
    if f.cue_name not in _BARE_TOLL_CUES:
        return False
    return BY_HAND.search(text, ls, le) is None


def _sibling_item(text: str, f: Frame, before: Frame) -> bool:
    """Does placed `f` open a line of a list (`ITEM_MARK`) after the item line `before` is told on?"""
    if not f.places:
        return False
    ls = item_line(text, f.start)
    if ls is None or text[ls:f.start].count(".") or before.start >= ls:
        return False
    return item_line(text, before.start) is not None


def _listed_under_head(text: str, f: Frame, before: Frame, memo: dict[int, int | None]) -> bool:
    """Is `f` told on an item line of a list whose head line, ending at a colon, is the line `before`
    is told on or the line right after it ("واصلت قوات النظام قصفها على الغوطة الشرقية. حصيلة
    اليوم:\n- دوما: 4 قتلى\n- حرستا: 2 قتلى\n- عربين: قتيل"): the items share the head's event, however
    many lines down they stand (round q89-recall)."""
    ls = _item_line(text, f.start, memo)
    if ls is None or before.start >= ls:
        return False
    pos = ls
    for _ in range(40):
        if pos <= 0:
            return False
        ps = text.rfind("\n", 0, pos - 1) + 1
        line = text[ps:pos - 1].strip()
        if line and _item_line(text, ps, memo) is None:
            if not line.endswith(":"):
                return False
            if before.start >= ps:
                return True
            pb = text.rfind("\n", 0, max(ps - 1, 0)) + 1
            return ps > 0 and before.start >= pb and "\n" not in text[before.start:ps - 1]
        pos = ps
    return False


def _place_colon_item(text: str, ls: int) -> bool:
    """`_PLACE_COLON_ITEM.match(text, ls) is not None`, the regex asked only where it can match: its colon
    is the first one at or after `ls`, and before it, past the line's opening spaces and tabs, stand at
    most three spaces (four words at most, the fourth a bearing). A line with no colon of its own fails in the regex only
    after it tried every split of its first words (~10 k instructions a line)."""
    p = text.find(":", ls)
    if p < 0:
        return False
    s = ls
    while s < p and text[s] in " \t":
        s += 1
    return text.count(" ", s, p) <= 3 and _PLACE_COLON_ITEM.match(text, ls) is not None


#: a ticker's line: its label and the bar, colon or dash after it ("عاجل | ..."، "عاجل: ..."; round q90-lists)
_BREAKING_LINE = re.compile(rf"(?:{alternation('breaking_label')})\s*[|:\-\u2013]")
#: the first letters of every breaking label (the cheap test before `_BREAKING_LINE`)
_BREAKING_FIRST = tuple(sorted({w[:2] for w in words("breaking_label")}))


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
    if out is None and text.startswith(_BREAKING_FIRST, ls) and _BREAKING_LINE.match(text, ls) is not None:
        out = ls
    if memo is not None:
        memo[ls] = out
    return out


#: a live blog's entry: its time, then a dash ("10:45 -")
_TIMED_ITEM = re.compile(r"[ \t]*\d{1,2}:\d{2}\s*[-\u2013\u2014|]")
#: a feed line's label: what stands before its first colon or bar, a few words at most ("تنسيقية لجان
#: مقاومة الفاشر:"، "عاجل |"، "#حلب ⚡"، "▪️"): the same label opening the next line marks a feed of entries
_FEED_LABEL = re.compile(r"[ \t]*([^\n:|]{1,40}?)\s*[:|]|[ \t]*(#\S+|[^\w\s#]+)\s")


def _feed_entry(text: str, line_start: int, line_end: int) -> bool:
    """Is the line at `line_start` an entry of a channel's feed: the next line opens with the same
    label ("تنسيقية لجان مقاومة الفاشر: قصف ...\nتنسيقية لجان مقاومة الفاشر: الطيران ..."، "🔴 ...\n🔴 ...")?
    Each entry is an event of its own, no headline over the rest (q89-probe-live)."""
    a = _FEED_LABEL.match(text, line_start)
    if a is None or a.end() > line_end:
        return False
    nxt = line_end + 1
    b = _FEED_LABEL.match(text, nxt)
    if b is None:
        return False
    la, lb = (a.group(1) or a.group(2)).strip(), (b.group(1) or b.group(2)).strip()
    return bool(la) and la == lb


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
        if _TIMED_ITEM.match(text, line_start) is not None or _feed_entry(text, line_start, line_end):
            continue   # "09:10 - غارة لطيران تابع لقوات حفتر ...": a live blog's entry, no headline over the rest
        if not text[line_start:s.start].strip() and not text[s.end:line_end].strip(" .!") \
                and line_end - line_start <= _HEADLINE_MAX:
            out.add(i)
    return out


def _title_sentences(text: str, sents: list[Sentence]) -> set[int]:
    """The sentences of the report's title lines: its first lines, all short, before its first long
    line or its first line that ends as a sentence does with no "عاجل |" label (the body), three at most (a source line, a
    date, the title; more short lines are a feed of items, each an event of its own), none a list
    item's, with the body after them. ("بعد هجوم الكلية الحربية في حمص.. قصف مكثف على إدلب": a title
    may hold two sentences.)"""
    pos, n = 0, 0
    labels: set[str] = set()   # "عاجل |": a label two lines open with marks a feed of entries
    while True:
        if pos >= min(_HEADLINE_WITHIN, len(text)):
            return set()
        nl = text.find("\n", pos)
        line = text[pos:nl] if nl >= 0 else text[pos:]
        bar = line.find("|", 0, 20)
        if bar > 0:
            label = line[:bar].strip()
            if label in labels:
                return set()
            labels.add(label)
        if len(line) > _HEADLINE_MAX or (line.rstrip().endswith((".", "،")) and bar < 0):
            break   # (the body: a long line, or one that ends as a sentence does, unless labelled "عاجل |")
        if nl < 0:
            if n and line.strip():
                break   # (the body: the last line, under the title lines)
            return set()
        if line.strip():
            n += 1
            if n > 3 or ITEM_MARK.match(line) is not None or _TIMED_ITEM.match(line) is not None:
                return set()
        pos = nl + 1
    return {i for i, s in enumerate(sents) if s.start < pos}


#: "... على تعزيزات الحوثيين في المنطقة.": a bare definite area word closing the clause
_IN_THE_AREA = re.compile(rf"\s(?:في|ب)\s*(?:{alternation('area_anaphor')})(?:\s*[.,،]|\s+(?:بين|مع)\s)")


#: a cause word a few words before an event word ("بعد هجوم شنه ..."; grammar_words `cause_word`)
_CAUSE_BEFORE = re.compile(rf"(?:^|\s)(?:{alternation('cause_word')})\s+(?:\S+\s+){{0,3}}$")


#: "، وهو ما نفاه الجيش" / "، الأمر الذي نفته الوزارة": the other side's denial of what the clause before told
_DENIED_AFTER = re.compile(rf"[،,]\s*(?:وهو\s+ما|وهي\s+ما|الامر\s+الذي)\s+(?:{alternation('denied_it')})(?=\s|$)")


#: "، فيما تنفي قوات X ذلك"، "، الا ان قائدا في المعارضة نفى ذلك"، "، والجيش ينفي ويؤكد ان ...": the other side's
#: denial, opened by a contrast (or و glued to the denier) a few words before the denial verb, of nothing but "ذلك"
#: ("فيما نفى الجيش سقوط معسكر X" denies something else, and is left alone)
_DENIED_BY_OTHER = re.compile(
    rf"[،,]\s*(?:(?:{alternation('denial_opener')})\s+|و)(?:[^\s.،,:]+\s+){{0,5}}?"
    rf"(?:{alternation('denial_verb')})(?:(?:\s+[^\s.،,:]+){{0,4}}?\s+ذلك(?!\w)|\s+(?:{alternation('denial_then_assert')})(?!\w)|\s*[.،,]|\s*$)")


def _denied_after(text: str, at: int, end: int) -> bool:
    """"، وهو ما نفاه الجيش" within 200 characters after `at` in its sentence, with no accusation told between
    ("سيطرت القوات على البلدة، واتهمت المعارضة عناصرها بإعدام مدنيين، وهو ما نفاه الجيش" denies the charge);
    since q92-precision also "، فيما تنفي قوات X ذلك" and "، والجيش ينفي ويؤكد" (`_DENIED_BY_OTHER`)."""
    denial = _DENIED_AFTER.search(text, at, min(end, at + 200)) or _DENIED_BY_OTHER.search(text, at, min(end, at + 200))
    return denial is not None and "اتهم" not in text[at:denial.start()]


#: "سطو مسلح"، "تحت تهديد السلاح" (grammar_words armed_robbery); the stems of a stealing word (theft_word)
_ARMED_ROBBERY = re.compile(rf"(?<!\w)(?:{alternation('armed_robbery')})(?!\w)")
_ROBBERY_NEEDLES = ("سط", "تهديد", "لصوص")
_THEFT = re.compile(rf"(?:^|[وفبل]|لل|ال|وال|بال)(?:{alternation('theft_word')})")


def _armed_robbery(text: str, sent: Sentence, f: Frame) -> bool:
    """"سطو مسلح على محل صيرفة في حي X وسرقة مبالغ مالية"، "سرقة سيارة تحت تهديد السلاح في محلة X"، "سلب مسلحون
    سيارة مواطن تحت تهديد السلاح": a stealing word in a sentence that tells a criminal armed robbery is no Looting
    event (the gold sets code none; q92-precision). Looting told with نهب, or by a named force, is not asked."""
    if f.trigger is None or not any_in(_ROBBERY_NEEDLES, text, sent.start, sent.end):
        return False
    if _THEFT.match(text[f.trigger.word_start:f.trigger.end + 6]) is None:
        return False
    return _ARMED_ROBBERY.search(text, sent.start, sent.end) is not None


#: a rumour word a few words before an event word: "تحدثت مصادر محلية عن هجوم"، "انباء عن اشتباكات"
_RUMOUR_BEFORE = re.compile(rf"(?<!\w)(?:{alternation('rumour_word')})(?!\w)(?:\s+\S+){{0,3}}?\s+(?:عن|الي)\s+(?:\S+\s+){{0,1}}$")
#: the same, for a report a falsehood word judges later: the event word up to four words after "عن" and after an
#: opening quote ("انباء عن تدمير جسر X بقصف جوي"، "تنشر اخبارا مضلله عن \"اقتحام\" حي X")
_RUMOUR_BEFORE_FAR = re.compile(
    rf"(?<!\w)[وف]?(?:{alternation('rumour_word')})(?!\w)(?:\s+\S+){{0,3}}?\s+(?:عن|الي)\s+(?:\S+\s+){{0,4}}[\"«“]?$")
#: a falsehood word after the event word ("، غير ان مصادر اكدت ان \"لا صحه\" لذلك"، "انها غير صحيحه")
_FALSEHOOD = re.compile(rf"(?<![\u0621-\u064a])(?:{alternation('falsehood_word')})(?![\u0621-\u064a])")
#: a falsehood word right before "عن" ahead of the event word: "تنشر اخبارا مضلله عن اقتحام حي X"
_FALSE_REPORT_BEFORE = re.compile(
    rf"(?<![\u0621-\u064a])(?:{alternation('falsehood_word')})\s+(?:عن|حول)\s+(?:\S+\s+){{0,2}}[\"«“]?$")
#: a fact-check's verdict right after a colon: "مقطع لقصف مسجد في مدينه X: مضلل، فالمقطع من 2016"
_FALSE_VERDICT = re.compile(rf":\s*[\"«“]?(?:{alternation('falsehood_word')})(?![\u0621-\u064a])")
#: cheap substrings of the falsehood words (the patterns above are asked only where one is in the report, then in
#: the sentence; `judged` is the report's answer, asked once in assemble)
#: ("الصحه" of a health ministry, "دقيقه" a minute, "اساسي" are no falsehood: the needles hold the phrase's first word)
FALSEHOOD_NEEDLES = ("لا صحه", "غير صحيح", "لا اساس", "مضلل", "مفبرك", "كاذب", "ملفق", "عن الصحه", "غير دقيق")
#: a denial of the report itself later in its sentence: "، الا ان قياده العمليات نفت ذلك"، "ونفي مصدر امني صحه الانباء"
_REPORT_DENIED = re.compile(
    rf"(?<!\w)و?(?:{alternation('denial_verb')})(?:\s+[^\s.،,:]+){{0,4}}?\s+(?:{alternation('denied_report')})(?!\w)")


def _rumour_denied(text: str, sent: Sentence, f: Frame, judged: bool = True) -> bool:
    """"تحدثت مصادر محلية عن هجوم لتنظيم داعش على قرية X، الا ان قياده العمليات نفت ذلك"، "تداولت صفحات انباء
    عن اشتباكات في مدينة X، ونفي مصدر امني صحه الانباء": an event told only as a rumour, under a rumour word,
    that a denial later in its sentence denies, is no event (ACLED codes no unconfirmed, denied report)."""
    if f.trigger is None:
        return False
    if judged and any_in(FALSEHOOD_NEEDLES, text, sent.start, sent.end) and _false_report(text, sent, f):
        return True
    if any_in(UNCONFIRMED_NEEDLES, text, f.trigger.end, sent.end) and _unconfirmed_rumour(text, sent, f):
        return True
    if text.find("نف", f.trigger.end, sent.end) < 0:
        return False
    if _RUMOUR_BEFORE.search(text, max(sent.start, f.trigger.word_start - 80), f.trigger.word_start) is None:
        return False
    return _REPORT_DENIED.search(text, f.trigger.end, sent.end) is not None


#: cheap substrings of the `unconfirmed_word` phrases (the patterns below are asked only where one follows the event word)
UNCONFIRMED_NEEDLES = ("لم يت", "لم تت", "يتم التاكد", "لم يوكد", "لم توكد", "تاكيد", "لا احد", "لم ير", "لم يشاهد")
_UNCONFIRMED = re.compile(rf"(?<![\u0621-\u064a])[وف]?(?:{alternation('unconfirmed_word')})(?![\u0621-\u064a])")
#: a rumour word or a hearsay lead anywhere before the event word in its sentence ("سرت اشاعه ان ..."، "يقال ان ...")
_RUMOUR_LEAD = re.compile(
    rf"(?<![\u0621-\u064a])[وف]?(?:{alternation('rumour_word')}|{alternation('hearsay_lead')})(?![\u0621-\u064a])")


def _unconfirmed_rumour(text: str, sent: Sentence, f: Frame) -> bool:
    """"سرت اشاعه ان دوريه للشرطه تعرضت لكمين على طريق X، ولم يؤكدها اي مصدر"، "بعد تقارير عن هجوم جوي لم
    يتاكد"، "يقال ان الطيران استهدف رتلا قرب X، غير ان احدا لم يشاهد ذلك": an event told only under a rumour
    word or hearsay, that its sentence then says nobody confirmed or saw, is no event (q92-fix25p). An event
    that counts victims stays (an unconfirmed toll of a reported strike is still coded)."""
    if f.casualties.killed is not None or f.casualties.injured is not None:
        return False
    if _UNCONFIRMED.search(text, f.trigger.end, sent.end) is None:
        return False
    return _RUMOUR_LEAD.search(text, max(sent.start, f.trigger.word_start - 100), f.trigger.word_start) is not None


def _false_report(text: str, sent: Sentence, f: Frame) -> bool:
    """An event told in a report its sentence calls false (q91-precision): "تداولت صفحات انباء عن قصف جوي على
    بلده X، غير ان ناشطين اكدوا ان لا صحه لذلك"، "وبشان ما تروجه الجماعه عن قصف مدرسه ...، قال المتحدث ان هذه
    الادعاءات لا اساس لها" (a rumour word before the event word, a falsehood word after it); "صفحات تنشر اخبارا مضلله
    عن اقتحام حي X" (the falsehood word right before عن); "مقطع لقصف مسجد في مدينه X: مضلل" (a fact-check's verdict
    after a colon). ACLED codes no report found false."""
    t0 = f.trigger.word_start
    if _FALSE_REPORT_BEFORE.search(text, max(sent.start, t0 - 40), t0) is not None:
        return True
    if text.find(":", f.trigger.end, sent.end) >= 0 and _FALSE_VERDICT.search(text, f.trigger.end, sent.end) is not None:
        return True
    return _FALSEHOOD.search(text, f.trigger.end, sent.end) is not None and \
        _RUMOUR_BEFORE_FAR.search(text, max(sent.start, t0 - 100), t0) is not None


def _denier_version(text: str, sent: Sentence, f: Frame, m: DocMentions) -> bool:
    """A frame told in a sentence a denial opens ("ونفى المجلس أن يكون قد أصدر أوامر بفض الاعتصام، وقال
    إن العملية استهدفت حياً مجاوراً"، "نفت الوزارة انسحاب قواتها، مؤكدة أنها اعتقلت عدداً من المشتبه
    بهم"، "نفت الكتائب مسؤوليتها عن هجوم المطار"): the denier's defence, counter-charge or disowning of an
    attack told elsewhere, no event of its own, unless it counts victims (an attack disowned with its
    toll, "نفى الجيش مسؤوليته عن انفجار قتل فيه 10 أطفال", is the attack), or it is fighting the
    denier says goes on after its denial ("نفت المصادر سقوط المدينة، مؤكدة أن المعارك مستمرة")."""
    if f.trigger is None or f.casualties.killed is not None or f.casualties.injured is not None:
        return False
    neg = next((h for h in m.discourse.within(sent.start, f.trigger.word_start) if h.payload == "negation"
                and not (f.attempt and text.startswith(_COULD_NOT, h.start))), None)
    if neg is None or len(text[sent.start:neg.word_start].split()) > 6:
        return False   # (a denial at the sentence's opening, after its subject at most: "وكان X قد نفى")
    if f.places and not f.place_inherited and any(
            True for _ in m.weapons.within(max(neg.end, f.trigger.word_start - 24), f.end)):
        return False   # a strike the denier says it made instead, with its weapon and a place of its own
        # ("..., وقالت إن طائراتها استهدفت مستودعاً في بلدة X"): a claimed strike, coded as claims are
    if f.cue is not None and f.cue.family == "fight" and ("،" in text[neg.end:f.trigger.word_start]
                                                           or "," in text[neg.end:f.trigger.word_start]):
        return False
    if f.end < sent.end and _disowned_with_toll(text, f, sent.end, m):
        return False
    if f.cue is not None and f.cue.family in _OWN_DEED_FAMILIES and f.places \
            and not f.place_inherited and \
            _OWN_ACCOUNT.search(text, neg.end, f.trigger.word_start) is not None:
        # "نفت وزارة الداخلية وقوع انتهاكات في حي X، وقالت إن دورياتها اعتقلت خمسة مطلوبين في حي Y":
        # the arrests the denier says it made instead, told by its own verb of saying after the denial
        # with a place of their own, happened (q89-left-events; a take-over or a place regained told so
        # stays dropped: "قواتها" after a government teller is read as no side, and the sets' one
        # regained town cost a fight read there)
        return False
    return True


#: the event families whose deed a denier tells as its own in a clause of its own saying (`_denier_version`)
_OWN_DEED_FAMILIES = frozenset({"detention", "protest"})
#: a clause of the denier's own saying ("، وقالت إن"، "وأكدت أن"، "مؤكدة أنها") between its denial and the event word
_OWN_ACCOUNT = re.compile(rf"(?:[،,]\s*|\sو)(?:{alternation('say_verb')}|{alternation('saying_participle')})\s+ان")


def _disowned_with_toll(text: str, f: Frame, end: int, m: DocMentions) -> bool:
    """"نفت قوات الدعم السريع مسؤوليتها عن قصف مستشفى الفاشر، فيما قالت الوزارة إن القصف أدى إلى مقتل
    9 مرضى": the attack disowned is told again later in the sentence by its definite event word, with
    its toll; it happened, and its place is the denial's (q85-probe6)."""
    for h in m.triggers.within(f.end, end):
        if text.startswith("ال", h.word_start) and h.word_start == h.start - 2 or text.startswith("ال", h.start):
            if any(c.payload.kind in ("killed", "injured", "victims", "mixed") for c in m.casualties.within(h.end, end)):
                return True
    return False


def _denial_between(text: str, sents: list[Sentence], before: int, f: Frame, m: DocMentions) -> bool:
    """"أعلنت قوات الوفاق استعادة مطار طرابلس. ونفت قوات حفتر ذلك ... وقالت مصادر طبية إن 5 من مقاتلي
    الوفاق قتلوا": a bare toll right after the other side's denial, which opens the one sentence
    between, is still the toll of the event denied."""
    if f.sent - before != 2 or f.cue_name not in ("kill", "casualties"):
        return False
    between = sents[before + 1]
    return any(h.payload == "negation" and not text[between.start:h.word_start].strip(" \n\t،,وف")
               for h in m.discourse.within(between.start, between.end))


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


#: the object pronouns of a verb that acted again on what was just named ("وقصفته"، "واقتحموها")
_OBJECT_PRONOUNS = tuple(words("object_pronoun"))
#: a sentence's first word that adds to the event just told ("كما سقطت قذائف على ...")
_ALSO_OPENER = re.compile(rf"\s*(?:{alternation('also_opener')})\s")
#: "في" before a word
_IN_WORD = re.compile(r"(?<!\w)في\s+\w")
#: the cues of a bare killing or toll
_BARE_TOLL_CUES = ("kill", "casualties")
#: the cues of forces on the ground at a place, who make arrests there (a storming, a raid, a dispersal)
_ON_THE_GROUND = ("storm", "incursion", "arrest", "repression", "protest")
#: a sentence's first words that turn to the next piece of news ("إلى ذلك،"، "وفي وقت لاحق،")
_NEW_ITEM_OPENER = re.compile(rf"\s*[وف]?(?:{alternation('new_item_opener')})\s*,")


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


def _killer_named_after_verb(f: Frame, res: ActorResolver, text: str,
                             strong_actors: tuple[ActorRef | None, ActorRef | None]) -> bool:
    """Does the killing verb of `f` name its killer right after it, a side that is neither of the strong
    event's ("اشتباكات بين الفصائل والجيش في X. وقتل مسلحون مجهولون 5 مدنيين في Y")? Then it is those
    men's attack, no toll of the fight (q89-left-tolls)."""
    if f.cue_name != "kill" or f.trigger is None or strong_actors[0] is None:
        return False
    end = f.trigger.word_end
    killer = next(iter(res.within(end, min(len(text), end + 40))), None)
    if killer is None or killer.start - end > 2:
        return False
    return all(a is None or a.name != killer.name for a in strong_actors)


def _own_means(f: Frame, strong: Frame, m: DocMentions) -> bool:
    """Does the killing frame `f` name weapons of a mode that the strong event told before it
    did not use (aircraft after a take-over, shells after air strikes)?"""
    def modes(g: Frame) -> set[str]:
        return {w.payload[1] for a, b in (g.spans or [(g.start, g.end)]) for w in m.weapons.within(a, b)
                if w.payload[1] in ("air", "shelling", "ied", "suicide")}
    own = modes(f)
    return bool(own) and not own & modes(strong)


#: the words that raise a toll told before ("ارتفعت حصيلة ... إلى"، "لترتفع الحصيلة إلى"): a bare toll's rise
#: (`_toll_raised`) and an event's raised toll (assemble `_TOLL_OF_EVENT`)
_RISE_WORDS = ("ارتفع", "وارتفع", "لترتفع", "ليرتفع", "ارتفاع")


def _toll_raised(text: str, f: Frame, sent: Sentence, last: Frame, m: DocMentions) -> bool:
    """Does placeless `f` raise the toll of `last`, the event placed a few sentences before: a bare
    killing or toll whose sentence opens its count with a rise ("ارتفعت/ارتفاع/لترتفع ... إلى")?
    A live blog tells the rise entries after the event ("عاجل | مقتل 33 جندياً في غارة على بلدة X.
    \nتحديث | الجيش يقصف مواقع ... رداً على الغارة.\nتحديث: ارتفاع عدد القتلى إلى 34"), past the
    sentence right after it, and past an entry that counted none. Up to three sentences on, and only
    when `last` counted dead or wounded of its own. (probe round q87-probe-wire)"""
    if f.cue_name not in _BARE_TOLL_CUES or not 0 < f.sent - last.sent <= 3 or f.background \
            or not (f.casualties.killed or f.casualties.injured) \
            or not (last.casualties.killed or last.casualties.injured):
        return False
    return any(h.payload == "total" and text.startswith(_RISE_WORDS, h.word_start)
               for h in m.discourse.within(sent.start, sent.end))
