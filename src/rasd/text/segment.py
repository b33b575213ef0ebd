"""Sentences and clauses of normalised text.

Field reports run several events into one sentence, joined by commas and
connectives (كما، فيما، بينما ...), so the clause, not the sentence, is the
unit an event frame is built on.  Boundaries are positions in the
normalised text; nothing here changes the text.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from rasd.lexicon.grammar import alternation, words
from rasd.text.positions import positions_of
from rasd.text.needles import has, watched

# (the words this module asks of whole reports with `has`, found by one scan of each report:
#  `needles.read_report`, round q91-speed)
_REPORT_WORDS = watched(("منهم", "بينهم"))

# a sentence ends at . ! ? ; or a line break; a dot between digits (3.5) does not end one
# (written to open with the character class itself, each branch then asking by look-behind
#  which character it was: a pattern that starts with a class lets the regex engine skip to
#  the next candidate character; 2x faster than a leading (?=[.!?;\n]), 4x the plain
#  (?<!\d)\.(?!\d)|[!?;\n]+|\.(?=\s|$), with the same matches)
#  and a dot after an initial, a letter standing alone, does not end one before a space ("(ع. ح)")
#  nor before a second initial written close in brackets ("(ع.م)"; q87-probe-official)
_SENT_END = re.compile(r"[.!?;\n](?:(?<=[!?;\n])[!?;\n]*|(?<=\.)"
                       r"(?!(?<=\([^\W\d_]\.)[^\W\d_](?![^\W\d_])|(?:(?<=[ (][^\W\d_]\.)|(?<=^[^\W\d_]\.))[^\W\d_]\))"
                       r"(?:(?<![ (][^\W\d_]\.)(?<!^[^\W\d_]\.)|(?! ))"
                       r"(?:(?<!\d\.)(?!\d)|(?=\s|$)))")
# quotes and brackets do not end a clause: they wrap names (تنظيم "داعش") inside it
# (where [,:]| - | -|- ends its matches, which is all `sentences` takes of them (through
#  `_clause_marks`): a dash after a space is " -" or " - ", unless that space ended the match
#  "- " before it)
_CLAUSE_PUNCT = re.compile(r"[,:-](?:(?<=[,:])|(?<= -)(?<!- -) ?|(?<=-) )")


#: the mark that opens an item of a list, post, live blog or bulletin, at the start of its line: a number
#: ("3-", "2)", "1."), a live blog's time ("10:45 -"), a dash or bullet ("-", "—", "•", "▪") or an emoji
#: ("🔴", "✅"). The one definition of a list's item line (`item_line`; extract/frames.py and
#: extract/dating.py read lists with it)
ITEM_MARK = re.compile(
    r"[ \t]*(?:\d{1,2}\s*[-.)\u2013]|\d{1,2}:\d{2}\s*[-\u2013]|[\u2022\u25aa\u25fe\u25cf\u00b7*\-\u2013\u2014]"
    r"|[\U0001F300-\U0001FAFF\u2600-\u27bf\u2b50\u2b55\u2705\u274c]+)")


#: a numbered item of an incident log, opened by its label and number ("الحادثة 3: الساعة 14:30، ..."، "الحادث
#: رقم 2 -"، "الواقعة 1 (09:10): ..."; grammar_words incident_item_label; round q91-probe-logs)
_INCIDENT_ITEM = re.compile(rf"(?:{alternation('incident_item_label')})\s*\d{{1,3}}\s*[:(\-\u2013\u2014.)]")
#: the first letters of those labels: a line opened by another letter is asked no match
_INCIDENT_FIRST = frozenset(w[0] for w in words("incident_item_label"))


def item_line(text: str, pos: int) -> int | None:
    """The start of the line `pos` is on when that line is an item of a list (it opens with `ITEM_MARK`,
    or with a numbered incident's label: `_INCIDENT_ITEM`)."""
    ls = text.rfind("\n", 0, pos) + 1
    c = text[ls:ls + 1]
    if "\u0621" <= c <= "\u064a":
        # (a line that opens with a letter, as most do, opens with no mark: no match call, unless the
        #  letter may open an incident's label)
        return ls if c in _INCIDENT_FIRST and _INCIDENT_ITEM.match(text, ls) is not None else None
    return ls if ITEM_MARK.match(text, ls) is not None else None


def _sentence_ends(text: str) -> list[int]:
    r"""`[m.end() for m in _SENT_END.finditer(text)]`, from the positions str.find gives of its
    characters: the regex engine checked every character of the report against the class
    (`\s` is `str.isspace` and `\d` is `str.isdecimal` in a str pattern)."""
    found = positions_of(text, ".!?;\n")
    n = len(text)
    out: list[int] = []
    end = 0
    for p in found:
        if p < end:
            continue   # (inside the run of marks a match took)
        if text[p] == ".":
            nxt = text[p + 1] if p + 1 < n else ""
            # not between digits (3.5), or before a space or the end; not after an initial, a letter
            # standing alone ("العميد (ع. ح)", "م. أحمد"): a person's name, cut short, goes on
            if p > 0 and text[p - 1].isalpha() and (p == 1 or text[p - 2] in " (") and nxt == " ":
                continue
            if nxt.isalpha() and p > 0 and text[p - 1].isalpha() and (p == 1 or text[p - 2] in " (") \
                    and (p + 2 >= n or not text[p + 2].isalpha()) \
                    and ((p > 1 and text[p - 2] == "(") or (p + 2 < n and text[p + 2] == ")")):
                continue   # initials written close in brackets ("الصحفي (ع.م)"): one name, cut short; not
                #            an abbreviation in prose ("بصاروخ م.د، بعد ساعات") (q87-probe-official)
            if not nxt or nxt.isspace() or not ((p > 0 and text[p - 1].isdecimal()) or nxt.isdecimal()):
                out.append(p + 1)
                end = p + 1
        else:
            q = p + 1
            while q < n and text[q] in "!?;\n":
                q += 1
            out.append(q)
            end = q
    return out


#: the head of an incident log's item, its day or hour, a dash and the place, closed by a full stop before the
#: item's account on the same line ("الحادثة 2: الاثنين 25/07، الساعة 14:30 – طريق فرعي في مديرية X. انفجار لغم
#: ..."): the dash and the short place after it, up to the stop (round q91-fix23r)
_ITEM_HEAD_PLACE = re.compile(r"\d[^\n.]*?(?:[\u2013\u2014]| - )\s*([^\n.\d\u2013\u2014]{2,60})\.$")


def _item_heads_joined(text: str, bounds: list[int]) -> tuple[list[int], list[int]]:
    """A log item's head that names its time and place and ends in a full stop ("الحادثة 1: الأحد 24/07، الساعة
    08:15 – حي X، مدينة Y. إصابة طفل برصاص قناص ...") is one sentence with the account after it on its line: the
    place is the account's (the stop becomes a clause mark). Returns the bounds kept and the stops joined."""
    kept: list[int] = []
    heads: list[int] = []
    prev = 0
    for b in bounds:
        if 0 < b < len(text) and text[b - 1] == "." and text[b] == " ":
            ls = text.rfind("\n", 0, b) + 1
            if ls >= prev and item_line(text, ls) is not None:
                mo = _ITEM_HEAD_PLACE.search(text, ls, b)
                if mo is not None and len(mo.group(1).split()) <= 7:
                    heads.append(b)
                    prev = b
                    continue
        kept.append(b)
        prev = b
    return kept, heads


def _clause_marks(text: str) -> list[int]:
    """`[m.end() for m in _CLAUSE_PUNCT.finditer(text)]`, from the positions str.find gives of
    commas, colons and dashes (no match of one holds another's: only dashes and spaces)."""
    out = [i + 1 for i in positions_of(text, ",:")]
    n = len(text)
    i = text.find("-")
    while i >= 0:
        spaced_after = i + 1 < n and text[i + 1] == " "
        if i > 0 and text[i - 1] == " " and not (i > 1 and text[i - 2] == "-"):
            out.append(i + 2 if spaced_after else i + 1)   # " - ", " -"
        elif spaced_after:
            out.append(i + 2)                                # "- "
        i = text.find("-", i + 1)
    out.sort()
    if has(text, "بينهم") or has(text, "منهم"):
        out = _without_member_asides(text, out)
    return out


#: a comma-bracketed aside of the members of a count ("، بينهم 35 طفلاً،") and, after its closing
#: comma, the count's own plural result verb (`aside_verb` in grammar_words.tsv)
_MEMBER_ASIDE = re.compile(rf" (?:من )?(?:بينهم|منهم) [^,.:\n]{{1,50}},(?= (?:{alternation('aside_verb')})(?!\S))")

#: how every match of `_MEMBER_ASIDE` opens (change the two together)
_ASIDE_OPENINGS = (" بينهم ", " منهم ", " من بينهم ", " من منهم ")


def _without_member_asides(text: str, marks: list[int]) -> list[int]:
    """"قالت اللجنة إن أكثر من مئة شخص، بينهم 35 طفلاً، قتلوا أمس": the aside between commas tells who
    were among the count; the verb after it is the count's own, in the same clause (q80-roundups)."""
    drop: set[int] = set()
    for mk in marks:
        if mk in drop or mk < 1 or text[mk - 1] != ",":
            continue
        # (every match opens with one of these: the regex asked only after them, ~22 commas a report)
        if not text.startswith(_ASIDE_OPENINGS, mk):
            continue
        mo = _MEMBER_ASIDE.match(text, mk)
        if mo is not None:
            drop.update((mk, mo.end()))
    return [mk for mk in marks if mk not in drop] if drop else marks


@dataclass(slots=True)
class Clause:
    start: int
    end: int


@dataclass(slots=True)
class Sentence:
    start: int
    end: int
    clauses: list[Clause] = field(default_factory=list)


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s] in " \t\n.,;:!?\"'-()":
        s += 1
    while e > s and text[e - 1] in " \t\n":
        e -= 1
    return s, e


def sentences(text: str, connective_starts: list[int] | None = None) -> list[Sentence]:
    """Split normalised text into sentences, each split into clauses.

    `connective_starts` are positions where a clause-opening connective
    begins (found by the lexicon matcher); clauses also break at commas,
    colons, brackets and quotes.
    """
    cuts = sorted(set(connective_starts or ()))
    out: list[Sentence] = []
    pos = 0
    bounds = _sentence_ends(text)
    # clause punctuation, found once in the whole text: a sentence takes the marks that end
    # inside it. (No mark can start before a sentence's trimmed start; one that runs past
    # its end, " - " at its last characters, would only have marked the end, which splits
    # nothing.)
    punct = _clause_marks(text)
    if not bounds or bounds[-1] != len(text):
        bounds.append(len(text))
    if "." in text and ("\u2013" in text or "\u2014" in text or " - " in text):
        bounds, heads = _item_heads_joined(text, bounds)
        if heads:
            punct = sorted(set(punct).union(heads))
    for b in bounds:
        if b - pos < 2:
            pos = b
            continue   # (the line break after a full stop: too short to be a sentence, untrimmed)
        s, e = _trim(text, pos, b)
        pos = b
        if e - s < 2:
            continue
        sent = Sentence(s, e)
        marks = punct[bisect_right(punct, s):bisect_right(punct, e)]   # s < m <= e
        at_cuts = cuts[bisect_right(cuts, s):bisect_left(cuts, e)]   # s < c < e
        if at_cuts:
            # (the punctuation marks alone are in order and distinct already: most sentences
            #  open no connective clause and need no set)
            marks = sorted(set(marks).union(at_cuts))
        cs = s
        for m in marks:
            a, z = _trim(text, cs, m)
            if z - a >= 2:
                sent.clauses.append(Clause(a, z))
            cs = m
        a, z = _trim(text, cs, e)
        # (a last clause of one digit is a count closing an item line: "- الخالدية: 4"; round q90-lists)
        if z - a >= 2 or (z - a == 1 and "0" <= text[a] <= "9" and marks):
            sent.clauses.append(Clause(a, z))
        if sent.clauses:
            out.append(sent)
    return out
