"""Who did it, and to whom: resolving actor mentions to canonical actors.

Three things make Arabic actor mentions more than a lookup:

* generic phrases (الجيش، قوات الأمن، التحالف) name different forces in
  different countries and, in Syria, before and after December 2024
  (`data/lexicon/generic_actors.tsv`);
* referring phrases (التنظيم) point back to the organisation named earlier;
* roles come from the words around a name: "مواقع قوات النظام" makes the
  government the target, "من قبل قوات النظام" the perpetrator.
"""
from __future__ import annotations

import re
import sys
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from rasd.extract.match import Hit
from rasd.extract.mentions import _STRUCK_BEFORE, SETTLEMENT_KINDS, DocMentions, _descriptive
from rasd.lexicon.grammar import alternation, alternation_of, words
from rasd.text.needles import any_in, has, last_token_needles, watched
from rasd.lexicon.load import ActorEntry, FirstEndingWith, Lexicons
from rasd.resources import read_tsv
from rasd.text.positions import positions_of

#: at most one word (the name's adjective: "الشرطة العراقية") between a side and the verb after it
_ONE_ADJECTIVE = re.compile(r"\s*(?:[^\s\d,.]+\s+)?")
#: an actor named by one adjective ("الإسرائيلي", "الروسية") and the word before a mention
#: the word that opens a time phrase ("يوم الأحد الماضي"، "مساء أمس") before the date itself (q78-syria-d)
_TIME_LEAD = re.compile(rf"[\s,،(]*(?:{alternation('time_lead')})\s+")
#: "تابع/تابعة/تابعين", with or without the article: grammar_words' `belongs_to` (also read by extract/sides.py)
BELONGING_WORD = "(?:ال)?(?:%s)" % alternation_of(w.removeprefix("ال") for w in words("belongs_to"))
#: between a generic force and the named one it belongs to ("الأمن العام التابع لهيئة ...")
BELONGS_TO = re.compile(rf"\s+{BELONGING_WORD}\s+")
#: "قوى الأمن الداخلي (الأسايش)": a generic force, then the named one it is, in brackets
_ALIAS_OPEN = re.compile(r"\s*\(\s*")
#: a body of men that a verb may have as its subject: "اعتقلت دورية إسرائيلية ...", "داهمت دورية تابعة لـ"
#: "استهدفت مبنى المجلس السياسي لحزب الله"، "مكتباً للحركة": a building or an office, past up to three
#: complements, before its owner's "لـ" (`owned_office` in grammar_words.tsv; q80-levant)
_OWNED_OFFICE = re.compile(rf"(?:^|\s)[وف]?(?P<definite>ال)?(?:{alternation('owned_office')})(?P<rest>(?:\s+\S+){{0,3}})\s*$")
_UNIT_WORD = re.compile(rf"(?:^|\s)((?:{alternation('patrol_word')}))(?:\s+تابع\w*\s*ل?)?\s*$")
_UNIT_NEEDLES = last_token_needles(words("patrol_word"))   # (every `_UNIT_WORD` match holds one)
#: armour or guns "تابعة لـ" a force, at the end of the words before it ("دبابات تابعة ل"): struck, when a striking
#: word and its subject come before the armour ("استهدفت كتائب القسام دبابات تابعة لجيش الاحتلال"; round q94-leftactors)
_STRUCK_OWNED = re.compile(rf"(?:^|\s)[وب]?(?:{alternation('struck_owned_armour')})\S{{0,2}}\s+تابع\S*\s+ل{{0,2}}$")
#: the verbs whose subject such a body is when it follows them (the arrests and raids it made)
_SUBJECT_VERB_CUES = frozenset({"arrest", "storm", "incursion", "abduct"})
#: between gunmen no one named and a force: "مسلحون يعتقد أنهم من بقايا تنظيم داعش"
#: between unnamed gunmen and the force they belong to ("مسلحين يتبعون لـ"، "مسلحون تابعون لـ")
_GUNMEN_OF = re.compile(r"\s+(?:ال)?(?:تابع(?:ين|ون|ه)?|يتبعون|يتبع|تتبع)\s+")
_BELIEVED_OF = re.compile(rf"\s+(?:{alternation('believed_of')})\s+")
#: between a generic force and the leader or force it is loyal to, maybe told by his rank and first
#: name ("قوات الجيش الموالية للواء خليفة حفتر", "القوات الموالية لحفتر")
_LOYAL_TO = re.compile(r"(?P<loyal>\s+(?:%s))?\s+(?:(?P<rank>%s)\s+(?:\S+\s+)?)?" % (alternation("loyal_to"), alternation_of(
    # (ل before the article drops its alef, "للعميد"; before a word that starts with ل, one lam
    #  less: "للواء")
    w[1:] if w[1:].startswith("لل") else "ل" + w[1:] for w in words("rank_title") if w.startswith("ال"))))
_LOYAL_WORDS = tuple(words("loyal_to"))
#: "التابع لـ" (definite) ending the words before a force: what follows belongs to it
_BELONGING = re.compile(rf"(?:^|\s)(?:{alternation('belongs_to')})\s*ل?$")
#: a cell or group "التابعة لـ" the force, itself the object of على: "القبض على خلية تابعة لـ"
_ON_WHAT_BELONGS = re.compile(r"(?:^|\s)علي\s+\S+(?:\s+\S+)?\s+(?:تابع\w*|[تي]تبع)\s*$")
#: "بين قوات تابعة لـ"، "بين مسلحين موالين لـ": the force after it is the first side of the fight, as
#: after "بين قوات" (round q87-actors)
_BETWEEN_BELONGING = re.compile(r"(?:^|\s)[وف]?بين\s+\S+\s+(?:تابع\w*|[تي]تبع|موال\w*|مويد\w*|محسوب\w*)\s*ل?$")
#: "تابعة لـ" with the ل written apart
_BELONGS_APART = re.compile(r"تابع\w* ل $")
_ADJECTIVE = re.compile(r"ال\w+(?:ي|يه)")
#: the bare "factions" (normalised), and a force told as factions ("فصائل الجيش الوطني") or as the
#: one leading them ("بقيادة هيئة تحرير الشام", "التي تقودها هيئة تحرير الشام"): what the bare word
#: refers back to
_BARE_FACTIONS = frozenset({"الفصايل", "فصايل"})
_FACTIONS_WORDS = ("الفصايل ", "فصايل ")
_LEADS_IT = re.compile(r"(?:^|\s)(?:بقياده|[تي]قود(?:ها|ه))\s+$")
_LEADS_NEEDLES = ("قود", "بقياده")   # (every match holds one: a gate before its window search)
#: one definite adjective right after a name, and the space after it ("مليشيا الحوثي الانقلابية ")
_ADJECTIVE_AFTER = re.compile(r" ال\w+ ")
_LAST_WORD = re.compile(r"\w+\s*$")
#: a nationality adjective's nation that is no side: a teller's ("عن مسؤولين عسكريين أمريكيين"), an outlet's or a
#: company's ("وكالة الأناضول التركية"، "شركة لوكهيد مارتن الأمريكية"), or where a weapon was made ("أمريكية
#: الصنع"); `teller_noun`, `press_body`, `made_word` in grammar_words.tsv (round q95-probe-osint)
_TELLER_BEFORE = re.compile(rf"(?:^|\s)[وفبل]?(?:{alternation('teller_noun')})(?:\s+(?!ال)\w+(?:ين|ون|ي|يه))?\s+$")
_OUTLET_BEFORE = re.compile(rf"(?:^|\s)[وفبل]?(?:ل)?(?:{alternation('press_body')})"
                            r"(?:\s+(?!(?:عن|ان|في|علي|من|الي|ب|بان|انه|انها|قال|قالت)\s)[^\s.,،:؛]+){1,4}\s+$")
_MADE_AFTER = tuple(" " + w for w in words("made_word"))
#: one or two words of a town's name between its type word and an adjective ("مدينة كلس "، "بلدة أقجة قلعة ")
_TOWN_NAME_BETWEEN = re.compile(r"\s+[^\s.,،:؛()«»\"]+(?:\s+[^\s.,،:؛()«»\"]+)?\s+")
#: one indefinite adjective of a plural of men ("مسلحون محليون ", "مقاتلين محليين "; q80-syria-e)
_PLAIN_ADJECTIVE_AFTER = re.compile(r" (?![وبلف])\w{3,}(?:ون|ين) ")
#: "رتلاً لقوات وزارة الدفاع": a plural noun of fighters (its ل/ب kept) before the force's name
_FORCE_HEAD_WORDS = words('force_head')   # (a cheap test before the regex)
#: how a window ends when the name it precedes is quoted ("«حماس»")
_QUOTE_ENDS = ("«", "« ", '"', '" ', "“", "“ ")
_FORCE_HEAD = re.compile(rf"(?<=[\s\w])(?:{alternation('force_head')})\s*$")
#: "اعتقلت قوة من جهاز مكافحة الإرهاب": a body of men from X, who acted
_FORCE_UNIT_OF = re.compile(rf"(?:^|\s)[وف]?(?:{alternation('force_unit')})\s+من\s*$")
#: the verbal noun "targeting" right before an actor (باستهداف، استهداف) ...
_TARGETING_BY = re.compile(rf"(?:^|\s)[وف]?[بل]?(?:{alternation('targeting_noun')})\s*$")
#: "باستثناء الأحياء التي تسيطر عليها": an exception a few words before a holder's role word (quality-72)
_EXCEPT_HELD = re.compile(rf"(?:^|\s)(?:{alternation('except_word')})\s+(?:\S+\s+){{1,5}}$")
#: what every match of `_EXCEPT_HELD` holds (its words' last tokens), asked of the window first
_EXCEPT_NEEDLES = last_token_needles(words("except_word"))
#: an anniversary word, then the occasion's words up to the side, no clause break between
_ANNIVERSARY_OF = re.compile(rf"(?:^|\s)[وبل]?(?:{alternation('anniversary_word')})\s[^.,،؛:\n]*$")
#: a verb of saying, then one noun (the teller: "ضابط"، "مسؤول"), then "في" before the force he serves in
_SAID_BY_ONE_OF = re.compile(rf"(?:^|\s)[وف]?(?:{alternation('say_verb')})\s+[^\s,.،]+\s+في\s$")
_TARGETING_LAST = tuple(sorted({w.split()[-1] for w in words('targeting_noun')}))   # (ends every match)
#: a vehicle or convoy right after an aircraft that targeted it (grammar_words `struck_vehicle`)
_STRUCK_VEHICLE = re.compile(rf"(?:{alternation('struck_vehicle')})(?![\u0621-\u064a])")
#: a short stretch set off by commas right after a name (a time: "، أمس الجمعة،")
_TIME_SET_OFF = re.compile(r"\s*[,،]\s*[^,،.\n]{2,30}?\s*[,،]\s*")
#: a verb of expelling right before a side (grammar_words `expel_verb`), with ل/و/ف before it
_EXPEL_BEFORE = re.compile(rf"(?:^|\s)[وف]?(?:{alternation('expel_verb')})\s*$")
_EXPEL_LAST = tuple(sorted(set(words('expel_verb'))))
#: ... and its object after it with ل ("لمنزلهم", "للمدنيين"): the actor is the one targeting
_OBJECT_WITH_LAM = re.compile(r"\s+ل\w{2,}")
#: a verb of accusing right before a side: "واتهمت X (Y) بالمسؤولية" (a lookbehind, not "^|\s": the
#: search window starts at the sentence, and a verb that opens it follows a newline or a space
#: outside the window)
_ACCUSING = re.compile(rf"(?<!\S)[وف]?(?:{alternation('accusing_verb')})\s+$")
#: an accusing verb as a word of its own with a space after it, as `_ACCUSING` needs one: "حمل"
#: inside "حملة" or "تحملت" is none (three reports in four hold such a word, one in four a verb)
_ACCUSING_WORD = re.compile(rf"(?:^|\s)[وف]?(?:{alternation('accusing_verb')})\s")
#: (where a verb's first word starts; one that starts with another, "اتهمت" with "اتهم", starts
#:  where that one does)
_ACCUSING_FIRST = tuple(sorted({w.split()[0] for w in words('accusing_verb')}))
_ACCUSING_FIRST = watched(w for w in _ACCUSING_FIRST if not any(w != v and w.startswith(v) for v in _ACCUSING_FIRST))   # (`positions_of`: the scan)
#: the words `_ACCUSING` ends with, its trailing spaces stripped (a cheap test before the regex,
#: which a search tries at every position of its window)
_ACCUSING_LAST = tuple(sorted({w.split()[-1] for w in words('accusing_verb')}))
#: "ووجهت وزارة الدفاع السورية الاتهام لـ...": the accuser told between the verb and the charge
_CHARGE_VERB_BEFORE = re.compile(rf"(?:^|\s)[وف]?(?:{alternation('charge_verb')})\s+$")
_CHARGE_AFTER = re.compile(rf"(?:\s+\S+)?\s+(?:{alternation('charge_noun')})(?!\w)")
_CHARGE_ANYWHERE = re.compile(alternation('charge_noun'))
_CHARGE_LAST = watched(sorted({w.split()[-1] for w in words('charge_noun')}))   # (in every match)


def _accusing_verb_in(text: str) -> bool:
    """`_ACCUSING_WORD.search(text) is not None`, the pattern tried only where a match can
    start: at most two characters (a space, و or ف) before a verb's first word."""
    # (loops, not any() over a nested generator with a range per position)
    for q in positions_of(text, _ACCUSING_FIRST):
        for p in (q - 2, q - 1, q):
            if p >= 0 and _ACCUSING_WORD.match(text, p) is not None:
                return True
    return False


#: "two" after a counted noun ("إرهابيين اثنين")
_TWO_AFTER = re.compile(rf" (?:{alternation('number_after_noun')})(?![\u0621-\u064a])")


@dataclass(slots=True)
class ActorRef:
    """One actor mention, resolved."""

    name: str
    text: str          # normalised surface
    start: int
    end: int
    inter: int
    klass: str
    hit: Hit

    @property
    def is_victim_class(self) -> bool:
        return self.klass in ("civilian",)


_ARMY_WORD = "الجيش"
#: an adverb of manner and the space after it ("ميدانياً ثلاثة شبان": the count still follows)
_MANNER_AFTER = re.compile(rf"\s(?:{alternation('manner_adverb')})\s")


@lru_cache(maxsize=1)
def _army_referents() -> dict[str, str]:
    """country -> the force that report calls "the army" once named (`army_referents.tsv`)."""
    return {r["country"]: r["actor"] for r in read_tsv("lexicon/army_referents.tsv")}


def _army_referent(country: str | None) -> str | None:
    return _army_referents().get(country or "")


@lru_cache(maxsize=1)
def _army_regions() -> dict[tuple[str, str], list[tuple[date | None, date | None, str, str]]]:
    """(country, admin1) -> the spans of time in which the bare "the army" there is another force
    than the country's default (`army_regions.tsv`)."""
    out: dict[tuple[str, str], list[tuple[date | None, date | None, str, str]]] = {}
    for r in read_tsv("lexicon/army_regions.tsv"):
        out.setdefault((r["country"], r["admin1"]), []).append((
            date.fromisoformat(r["from"]) if r["from"] else None,
            date.fromisoformat(r["to"]) if r["to"] else None, r["replaces"], r["actor"]))
    return out


def regional_army(actor: str | None, text: str | None, country: str | None, admin1: str | None,
                  when: date | None, lex: Lexicons) -> str | None:
    """The force a bare "قوات الجيش" is in the region and at the date of its event ("قوات الجيش" in
    Benghazi from 2014 is Haftar's LNA, not Libya's default state forces), else `actor` unchanged."""
    if actor is None or text is None or admin1 is None or when is None:
        return actor
    spans = _army_regions().get((country or "", admin1))
    if spans is None:
        return actor
    bare = lex.bare_army_phrases
    # (the text as the mention was read: "للجيش" is read "لجيش", its article's alif gone)
    if text not in bare and "ا" + text not in bare and not (text[:1] in "وفب" and text[1:] in bare):
        return actor
    for lo, hi, replaces, force in spans:
        if replaces == actor and (lo is None or when >= lo) and (hi is None or when <= hi):
            return force
    return actor


@lru_cache(maxsize=4)
def _generic_rows(lex: Lexicons) -> dict[str, list[dict[str, str]]]:
    """generic_actors.tsv's rows by their key, each key's rows in the table's order."""
    out: dict[str, list[dict[str, str]]] = {}
    for row in lex.generic_actors:
        out.setdefault(row["key"], []).append(row)
    return out


@lru_cache(maxsize=4096)
def resolve_generic(key: str, country: str | None, when: date | None, lex: Lexicons) -> str:
    """Canonical actor for a generic key (@army ...) in this country at this date.

    (Remembered: a report asks it for every generic mention and again per event date, each
    time over all the table's rows, and the answer depends on nothing else: a loaded
    `Lexicons` is not changed.)"""
    best = None
    # (only the key's own rows, in the table's order: a report's dates miss the cache ~2 times a
    #  report, and each miss walked all the rows for the few of its key)
    for row in _generic_rows(lex).get(key, ()):
        if row["country"] and row["country"] != country:
            continue
        if when is not None:
            if row["from"] and when < date.fromisoformat(row["from"]):
                continue
            if row["to"] and when > date.fromisoformat(row["to"]):
                continue
        # a row with a country beats a row without
        if best is None or (row["country"] and not best["country"]):
            best = row
    if best is None:
        return "Unidentified Armed Group"
    return best["actor"]


#: the country across a border, or the one a shot or an infiltrator came from, right before a country word («على الحدود
#: مع سوريا»، «قرب الحدود السورية العراقية»، «الحدود الشمالية الشرقية مع سوريا»، «مصدرها الأراضي السورية»; grammar_words
#: `border_noun`, `from_territory`; round q95-probe-border): no vote for the report's country
_ACROSS_BORDER = re.compile(rf"(?<!\w)(?:(?:{alternation('border_noun')})(?:\s+ال\w+){{0,2}}(?:\s+مع)?"
                            rf"|(?:{alternation('from_territory')}))\s+$")
#: the word of a border's guards right before the border noun («حرس الحدود العراقية»): that adjective is theirs
_BORDER_GUARD_BEFORE = re.compile(rf"(?:{alternation('border_guard_noun')})\s+$")
#: what a report must hold for `_ACROSS_BORDER` to be asked (a cheap substring test first)
_ACROSS_NEEDLES = last_token_needles(words("border_noun") + words("from_territory"))


def _across_border(text: str, start: int) -> bool:
    """Is the country word at `start` the neighbour across a border, or the land fire came from?"""
    lo = max(0, start - 60)
    for n in _ACROSS_NEEDLES:   # (a find in the window before the regex: most country words have no border before them)
        if text.find(n, lo, start) >= 0:
            break
    else:
        return False
    m = _ACROSS_BORDER.search(text, lo, start)
    if m is None:
        return False
    return _BORDER_GUARD_BEFORE.search(text, max(0, m.start() - 12), m.start()) is None


def across_told(text: str) -> bool:
    """Does the report name a border or a territory at all (the cheap test before `across_border`)?"""
    return any_in(_ACROSS_NEEDLES, text)


def across_border(text: str, start: int) -> bool:
    """Is the country or place at `start` told as the land across a border or that fire came from
    («على الحدود مع ليبيا»، «مصدرها الأراضي السورية»)?  Asked only of a report `across_told` answered yes."""
    return _across_border(text, start)


def home_country_words(text: str, lex: Lexicons):
    """The report's country words (countries.tsv) less those naming the land across a border."""
    border = any_in(_ACROSS_NEEDLES, text)
    for h in lex.countries.find(text):
        if border and _across_border(text, h.word_start):
            continue   # «على الحدود مع سوريا» in a report of Jordan's border guards
        yield h


def document_country(text: str, mentions: DocMentions, lex: Lexicons,
                     place_countries: list[str] | None = None) -> str | None:
    """The country a report is about: country words, actors and places, by majority."""
    votes: Counter[str] = Counter()
    named: list[tuple[int, int]] | None = None
    for h in home_country_words(text, lex):
        # (not a country word inside an actor's name: "الدولة الإسلامية في العراق والشام" in Raqqa)
        if named is None:
            named = [(a.start, a.end) for a in mentions.actors if a.end - a.start > 12]
        for a, b in named:   # (a loop, not any() over a generator: asked for every country word)
            if a <= h.start and h.end <= b:
                break
        else:
            votes[h.payload] += 2
    for h in mentions.actors:
        c = h.payload.country
        if c:
            votes[c] += 1
    for c in place_countries or ():
        votes[c] += 1   # as much as an actor: a bare name (العلم: a town, and "the flag") can mislead
    # foreign forces (Israel, Russia, Turkey, Iran, US, France, UK) act in other countries: do not let
    # them decide
    for foreign in ("IL", "RU", "TR", "IR", "US", "EG", "FR", "GB"):
        votes.pop(foreign, None)
    if not votes:
        return None
    # (the first of the most voted, as `most_common(1)` gives it, without its import of heapq
    #  and its heap, some thousands of instructions for one answer)
    return max(votes, key=votes.__getitem__)


#: a role not worked out yet (None is an answer: no role)
_UNASKED = object()

#: the noun that opens a side's name in Houthi-run media ("طيران العدوان"، "العدوان الأمريكي")
_AGGRESSION = "العدوان"
#: "the occupation" (normalised): told with its nation ("الاحتلال التركي") it names that occupier; told bare
#: ("مدفعية الاحتلال"، "جيش الاحتلال") it is the occupier the report named so (probe round q86-probe2)
_OCCUPATION = "الاحتلال"
watched((_OCCUPATION,))   # (asked of every report: `needles.read_report`)
#: "the latter" (normalised) read as a side only as a subject: right after a particle or a verb with و/ف
#: ("فردت الأخيرة"، "إلا أن الأخير"), never after the noun it describes ("الأيام الأخيرة"; probe round q86-probe2)
_LATTER = ("الاخيره", "الاخير")
_LATTER_SUBJECT = re.compile(
    r"(?:^|\s)(?:ان|لكن|بينما|فيما|حيث|اذ|ثم|[وف](?!ال)[\u0621-\u064a]{2,}|(?!ال)[\u0621-\u064a]{2,}ت)\s+$")
#: right before the bare soldiers, they are a side of the fight ("اشتباكات بين الجنود ومسلحين"; q92-fix24r)
_SOLDIERS_SIDE_LEADS = tuple(w + " " for w in words("soldiers_side_lead"))
#: a bare deed verb right before the bare soldiers, no «و» («أطلق الجنود النار»): their doer (round q93-leftprobes)
_SOLDIERS_DEED_VERBS = tuple(w + " " for w in words("soldiers_deed_verb"))


def _deed_verb_before(text: str, start: int) -> bool:
    """A bare deed verb, at a clause's head, right before the soldiers («. أطلق الجنود»، «، اقتحم الجنود»)."""
    lead = next((v for v in _SOLDIERS_DEED_VERBS if text.endswith(v, 0, start)), None)
    if lead is None:
        return False
    at = start - len(lead)
    return at == 0 or not ("\u0621" <= text[at - 1] <= "\u064a")


_NAMED_OCCUPATION = re.compile(r"الاحتلال\s+ال\w+")
#: the word a named militia holds ("مليشيا الحوثي"، "الميليشيات الحوثية"، "ميليشيا الانتقالي"), normalised
_MILITIA_WORD = "ليشي"

#: "... من (عناصر) " at the end of the words before a name: a count taken from it
_FROM_AT_END = re.compile(r"(?:^|\s)من(?:\s+\w+)?\s*$")
#: "بينهم 5 من قوات النظام و18 من ...": the dead shared out by side, up to the name (no clause break)
#: "على يد / على أيدي / برصاص / بنيران" (grammar_words `fired_by`): who did it follows (also read by
#: extract/event_types.py and discourse.py: gunmen at whose hands people were killed, a killer named after the killing)
BY_HAND = re.compile(rf"(?:^|\s)(?:{alternation('fired_by')})\s")
_AMONG_TOLL = re.compile(r"(?:^|\s)(?:بينهم|منهم)\s[^.,،؛:\n]*$")
#: between fighters counted and their force: " من "
#: a place phrase right before a country glued to ب ("في المنطقة الشرقية بالسعودية")
_PLACE_BEFORE_IN = re.compile(r"(?:^|\s)في\s+\S+(?:\s+\S+)?\s+$")
_FROM_ONLY = re.compile(r"[اً]*\s+من\s+")
#: what killed them, right after the force: "برصاص قناص", "بقصف"، "جراء"، "بانفجار لغم"
_DEAD_BY_MEANS = re.compile(rf"(?:\s+\S+)?\s+(?:{alternation('fired_by')}|جراء|اثر|ب(?:قصف|انفجار|غاره|هجوم|استهداف))(?![\u0621-\u064a])")


@lru_cache(maxsize=4)
def _hint_roles(lex: Lexicons) -> FirstEndingWith:
    """The role words `role_hint` looks for before a name, in the order they take precedence."""
    return FirstEndingWith([(role, lex.role_words[role])
                            for role in ("neutral", "agent", "victim", "between", "ally", "source") if role in lex.role_words])


#: "القاعدة" (al-Qaeda) that is a base: a word of `base_noun` right before a nationality adjective
_BASE_NOUNS = frozenset(words("base_noun"))


#: a base told by its name ("قاعدة الوطية"، "بقاعدة عين الأسد"): the indefinite noun and a name after it
_NAMED_BASE = re.compile(r"(?:^|\s)[وفبل]?قاعده\s+(?!عسكريه|جويه|بحريه|ل|في|\d)\w")


def _without_bases(text: str, refs: list[ActorRef]) -> list[ActorRef]:
    """"على القاعدة الأمريكية في حقل كونيكو": a base named by the nation that holds it is no
    al-Qaeda; the adjective after it names whose base it is."""
    # (most reports hold no bare base noun among their sides: one walk answers for them, not
    #  the pairs' walk and the bare nouns' set below; round q94-speed)
    for r in refs:
        if r.text in _BASE_NOUNS:
            break
    else:
        return refs
    drop = {i for i, (r, nxt) in enumerate(zip(refs, refs[1:]))
            if r.text in _BASE_NOUNS and nxt.klass == "foreign" and nxt.hit.word_start == r.end + 1
            and _ADJECTIVE.fullmatch(text, nxt.hit.word_start, nxt.end)}
    bare = {r.name for r in refs if r.text in _BASE_NOUNS}
    if bare and not any(r.name in bare and r.text not in _BASE_NOUNS for r in refs):
        # "السيطرة على قاعدة الوطية الجوية ... قواتنا تؤمن القاعدة": the bare "القاعدة" after a base
        # was named by its name, in a report that names al-Qaeda by no other word, is that base
        # (q86-fix13)
        for i, r in enumerate(refs):
            if r.text in _BASE_NOUNS and _NAMED_BASE.search(text, max(0, r.start - 600), r.hit.word_start):
                drop.add(i)
    return [r for i, r in enumerate(refs) if i not in drop] if drop else refs


#: a statement's header or sign-off line ("بيان صادر عن X"، "المكتب الإعلامي لـX"، "الناطق الرسمي باسم X")
VOICE_LINE = re.compile(rf"(?<!\w)(?:{alternation('voice_line_word')})(?!\w)")
#: at most this many words in such a line (a sentence of prose that names a statement is no header)
_VOICE_LINE_WORDS = 14
#: at most this many words on the line above such a line that names the force alone
_VOICE_HEAD_WORDS = 8
#: "أعلنت X في بيان"، "قال X، في بيان،": the force named right before its statement
_IN_STATEMENT = re.compile(rf"\s*,?\s*(?:في|عبر)\s+(?:{alternation('statement_noun')})(?!\w)")
#: what may open a live blog's line before the force that labels it ("10:45 — حزب الله: مقاتلونا
#: يتصدون ..."، "عاجل | قسد: ..."): a time, bullets, dashes and bars, breaking labels (q87-probe-wire)
_LINE_LABEL_BEFORE = re.compile(rf"[\s\d:|\-\u2013\u2014•⏰.]*(?:(?:{alternation('breaking_label')})[\s:|\-\u2013\u2014]*)*")
#: "المكتب الإعلامي لـ" right before a force: its media office speaks (q87-probe-official)
_OFFICE_OF = re.compile(r"(?:^|\s)(?:المكتب|المركز)\s+الاعلامي\s+$")
#: "بحسب بيان لـ"، "وفق بيان لـ" right before a force: its statement, whether the force is the speaker of the
#: first person told before it or the doer of a passive deed (q87-probe-official; sides.py asks it too)
SIGN_OFF = re.compile(rf"(?:^|\s)(?:بحسب|حسب|وفق|وفقا\s+ل|في)\s+(?:{alternation('statement_noun')})\s+$")
#: how far before the first person the force that speaks in its line may be named
_VOICE_REACH = 240
#: the classes that speak for fighters of their own
_VOICE_CLASSES = ("organisation", "state", "rebel", "militia", "foreign")


def _statement_voice(text: str, hits: list[Hit], pos: int, country: str | None,
                     lex: Lexicons) -> tuple[str, str]:
    """Who "قواتنا"، "مقاتلونا" at `pos` are: the force named right after "باسم" or right before
    "في بيان" earlier in its line ("المتحدث باسم قوات حفتر: قواتنا تسيطر ..."), else the force named
    first in the report's first header or sign-off line ("بيان صادر عن مجلس شورى ثوار بنغازي",
    "قوات سوريا الديمقراطية – المركز الإعلامي"); "" when no force speaks (q79-voice). With the
    words that name it."""
    def named(h: Hit) -> str:
        e: ActorEntry = h.payload
        if e.klass not in _VOICE_CLASSES or e.actor.startswith(("@refer:", "@voice", "@air_force")):
            return ""
        return resolve_generic(e.actor, country, None, lex) if e.actor.startswith("@") else e.actor

    line = text.rfind("\n", 0, pos) + 1
    lo = max(line, pos - _VOICE_REACH)
    found = ("", "")
    for h in hits:
        if h.word_start < lo:
            continue
        if h.end > pos:
            break
        if text.endswith("باسم ", 0, h.word_start) or _IN_STATEMENT.match(text, h.end, pos) or (
                text.startswith(":", h.end) and _LINE_LABEL_BEFORE.fullmatch(text, line, h.word_start)):
            name = named(h)
            if name:
                found = (name, text[h.start:h.end])
    if found[0]:
        return found
    # "أعلن المكتب الإعلامي للقيادة العامة أن سلاح الجو نفذ ...": the force whose media office speaks
    # earlier in the line; "نفذت قواتنا عملية أمنية ...، بحسب بيان لقوات سوريا الديمقراطية": the force
    # whose statement the sentence's sign-off names after it (q87-probe-official)
    stop = text.find("\n", pos)
    stop = len(text) if stop < 0 else stop
    dot = text.find(".", pos, stop)
    stop = stop if dot < 0 else dot
    for h in hits:
        if h.word_start < lo or h.word_start >= stop:
            continue
        if not text.startswith("ل", h.word_start):
            continue
        if h.end <= pos:
            told = _OFFICE_OF.search(text, max(0, h.word_start - 24), h.word_start)
        else:
            told = SIGN_OFF.search(text, max(0, h.word_start - 30), h.word_start)
        if told is not None:
            name = named(h)
            if name:
                return name, text[h.start:h.end]
    start = 0
    while start < len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        if start < end and len(text[start:end].split()) <= _VOICE_LINE_WORDS and VOICE_LINE.search(text, start, end):
            for h in hits:
                if start <= h.word_start and h.end <= end:
                    name = named(h)
                    if name:
                        return name, text[h.start:h.end]
            # (a header told over lines, the force on the line above its desk or its statement's
            #  title: "قوات الدعم السريع\nالمكتب الإعلامي\nبيان رقم (217)"، "كتائب القسام\nبلاغ
            #  عسكري"; round q87-actors)
            above = text.rfind("\n", 0, max(0, start - 1)) + 1
            while above < start and not text[above:start].strip():
                above = text.rfind("\n", 0, max(0, above - 1)) + 1
            if above < start and len(text[above:start].split()) <= _VOICE_HEAD_WORDS:
                for h in hits:
                    if above <= h.word_start and h.end <= start:
                        name = named(h)
                        if name:
                            return name, text[h.start:h.end]
        start = end + 1
    return "", ""


#: the armed non-state classes: the last of them named is whom the definite "المسلحين" may mean
_GROUP_CLASSES = frozenset({"organisation", "rebel", "militia", "unknown"})
#: how far after that group's name the definite gunmen may still be its fighters (characters)
_GUNMEN_REACH = 600
#: gunmen, in a group's name or right before it ("مسلحون موالون للاسد"، "مسلحون من فلول النظام")
_GUNMEN_WORD = "مسلح"


#: a verb of hosting right before soldiers named by their nationality ("التي تستضيف جنوداً أمريكيين";
#: grammar_words' host_verb; lead, stop 23)
_HOSTED_BEFORE = re.compile(rf"(?:^|\s)(?:{alternation('host_verb')})\s+$")


class ActorResolver:
    """Resolves the actor mentions of one document, in text order."""

    def __init__(self, text: str, mentions: DocMentions, lex: Lexicons, country: str | None):
        self.text = text
        self.lex = lex
        self.country = country
        self.mentions = mentions
        self.refs: list[ActorRef] = []
        # role_hint is asked again for the same mention by every frame of its sentence
        self._roles: dict[tuple[int, int], str | None] = {}
        # whether the report holds an intercepting trigger at all (`sides._shot_down_by`, asked of
        # every side with no role: worked out when first asked; round q94-speed)
        self.intercepting: bool | None = None
        self._role_words = _hint_roles(lex)   # (asked for every window before a side)
        # (an accusing verb must end the words before a side: without one as a word of its own
        #  in the report, no side is the accuser or the accused)
        self._accusing = _accusing_verb_in(text)
        self._charging = any_in(_CHARGE_LAST, text) and _CHARGE_ANYWHERE.search(text) is not None
        last_by_class: dict[str, str] = {}
        referred: set[int] = set()   # starts of "الإرهابيين" told after a named organisation
        self_named_army: set[str] = set()   # named forces whose name holds "الجيش" (army_referents.tsv)
        factions: ActorEntry | None = None   # the last force the report told as factions (below)
        last_militia = ""   # the last force the report named with the word "مليشيا" ("مليشيا الحوثي")
        last_tribal = ""   # the last tribal force the report named by its own name ("مقاتلي العشائر العربية")
        groups: set[str] = set()   # the rebel and militia forces the report named, by any words
        # the last armed group named: class, name, end, told as gunmen ("مسلحون موالون للاسد")
        last_group: tuple[str, str, int, bool] | None = None
        # a Yemeni report told in the Houthis' voice: it names another side "العدوان" (q76-yemen)
        houthi_voice = country == "YE" and any(
            _AGGRESSION in text[h.start:h.end] and h.payload.actor not in ("Houthi Movement", "@not_an_actor")
            for h in mentions.actors)
        actors = mentions.actors.items
        # the occupiers the report names with their nation ("قصفت مدفعية الاحتلال التركي"): a bare
        # "الاحتلال" is the last of them told before it, or the first told after it (a headline's);
        # none named, the generic phrase's (Israel's) as before
        occupiers: list[tuple[int, ActorEntry]] = []
        if has(text, _OCCUPATION):
            for h in actors:
                # (the nation's adjective may be the hit, the words before it not: "مدفعية الاحتلال التركي")
                if h.payload.klass == "foreign" and not h.payload.actor.startswith("@") \
                        and _NAMED_OCCUPATION.search(text, h.start - 14 if h.start > 14 else 0, h.end):
                    occupiers.append((h.start, h.payload))
        for k, h in enumerate(actors):
            e: ActorEntry = h.payload
            if occupiers and e.klass == "foreign" and text.endswith(_OCCUPATION, h.start, h.end):
                told = [o for at, o in occupiers if at < h.start] or [occupiers[0][1]]
                if told[-1].actor != e.actor and (e.actor == "@occupation" or e.actor == "Israeli Forces"):
                    e = told[-1]
                    h = Hit(h.start, h.end, e, h.word_start, h.word_end)
            if e.actor == "@opposition" and text[h.start:h.end] in _BARE_FACTIONS:
                # "سيطرت فصائل الجيش الوطني على تل رفعت ... كما سيطرت الفصائل على مطار منغ": the bare
                # "الفصائل" is the factions the report told before (or names right after it, quoted:
                # 'فصائل "إدارة العمليات العسكرية"'), not every opposition force (quality q76-syria-c)
                nxt = actors[k + 1] if k + 1 < len(actors) else None
                if nxt is not None and not text[h.end:nxt.word_start].strip(' "«»“”') \
                        and nxt.payload.klass in ("rebel", "militia"):
                    e = nxt.payload   # its own name follows: the factions are that force's
                elif factions is not None:
                    e = factions
                if e is not h.payload:
                    h = Hit(h.start, h.end, e, h.word_start, h.word_end)
            elif e.klass in ("rebel", "militia") and (
                    text.startswith(_FACTIONS_WORDS, h.start) or e.actor == "@deterrence_room"
                    or (any_in(_LEADS_NEEDLES, text, h.word_start - 16 if h.word_start > 16 else 0, h.word_start)
                        and _LEADS_IT.search(text, max(0, h.word_start - 16), h.word_start))
                    or text.endswith(_FACTIONS_WORDS, max(0, h.word_start - 8), h.word_start)):
                factions = e
            name = e.actor
            if name in ("@voice", "@air_force"):
                # "قواتنا تصد هجوماً": a statement's first person is the force that speaks; "المجلس"
                # in the statement of a council is the council that speaks
                name, said = _statement_voice(text, actors, h.start, country, lex)
                own = text[h.start:h.end]
                if own.startswith("ال") and not own.endswith("نا") and own[2:] not in said:
                    name = ""
                if not name and e.actor == "@air_force":
                    # "شن سلاح الجو غارات على مواقع التنظيم": the bare air force no statement claims is
                    # the country's (generic_actors.tsv, by the event's date through `redate`; q81-actors)
                    name = resolve_generic("@air_force", country, None, lex)
                    if not name:
                        continue
                elif not name:
                    continue
                else:
                    referred.add(h.start)
            elif name.startswith("@refer:"):
                if text[h.start:h.end] in _LATTER and not _LATTER_SUBJECT.search(
                        text, h.start - 16 if h.start > 16 else 0, h.start):
                    continue   # ("الأيام الأخيرة": an adjective)
                klass = name.split(":", 1)[1]
                deed = klass == "forces" and _deed_verb_before(text, h.start)
                if klass == "forces" and not (
                        deed or text.endswith(_SOLDIERS_SIDE_LEADS, h.start - 5 if h.start > 5 else 0, h.start)
                        or _LATTER_SUBJECT.search(text, h.start - 16 if h.start > 16 else 0, h.start)):
                    continue   # ("قتل ثلاثة من الجنود": a casualty, no side; fix round q92-fix24r)
                # ("الجنود" with no army named before it: no one; fix round q92-fix24r), unless a deed verb
                # makes them its doer: then the country's army, as the bare «الجيش» (round q93-leftprobes)
                name = last_by_class.get(klass) or (
                    resolve_generic("@army", country, None, lex) if deed
                    else "" if klass == "forces" else resolve_generic(name, country, None, lex))
                if not name:
                    continue   # ("العدوان" with no foreign side named before it: none)
            elif name == "@the_gunmen" and last_group is not None and (
                    last_group[0] == "organisation" or last_group[3]) \
                    and h.start - last_group[2] <= _GUNMEN_REACH:
                # "مسلحي تنظيم داعش ... اشتباكات بين القوات الأمنية والمسلحين": the definite gunmen are
                # the organisation named last among the armed groups, not long before (fix round
                # q80-fix-nat); after another group, or far from it, unidentified. A militia or rebel
                # group told as gunmen ("شن مسلحون موالون للنظام السابق هجمات ... مواقع للمسلحين") is
                # the gunmen the definite word refers back to as well (q82-actors)
                name = last_group[1]
                referred.add(h.start)
                # (each retelling keeps them in mind: "مسلحو التنظيم ... عشرات المسلحين ... دخول
                #  المسلحين ... تجمعات للمسلحين" are one group, however long the report)
                last_group = (last_group[0], name, h.end, last_group[3])
            elif name in ("@terrorists", "@takfiri") and "organisation" in last_by_class:
                # "عملياتها ضد إرهابيي تنظيم داعش ... آخر تجمعات الإرهابيين": government media's
                # terrorists are the organisation the report named, not its country's default
                name = last_by_class["organisation"]
                referred.add(h.start)
            elif name == "@army" and houthi_voice:
                # Houthi-run media ("طيران العدوان"، "مرتزقة العدوان"، "العدوان الأمريكي البريطاني"): its
                # army and armed forces ("متحدث القوات المسلحة"، "أبطال الجيش") are the Houthis' own
                name = "Houthi Movement"
                referred.add(h.start)
            elif name == "@army" and _army_referent(country) in self_named_army:
                # "قوات الجيش الوطني الليبي ... وحدات الجيش": the army the report named before
                name = _army_referent(country)
                referred.add(h.start)
            elif name == "@tribes" and last_tribal:
                # "مقاتلي العشائر العربية ... مقاتلو العشائر يسيطرون على ...": the bare tribes are
                # those the report named before, not the country's default (q89-probe-live)
                name = last_tribal
                referred.add(h.start)
            elif name.startswith("@"):
                # (the bare militia is the one the report named by the word before any country's
                #  default: "مليشيا الانتقالي ... قصفت المليشيا" in Yemen; probe round q86-probe2)
                name = "" if e.actor == "@the_militia" and last_militia else resolve_generic(name, country, None, lex)
                if name and e.actor == "@the_militia" and country == "YE" and groups - {name}:
                    # (in Yemen, with another armed group named before, the bare word names none of
                    #  them: "اشتباكات بين الحزام الأمني ومسلحي الحوثي ... قذيفة أطلقتها المليشيا"; q78-yemen2)
                    name = ""
                if not name and e.actor == "@the_militia" and last_militia:
                    # "مليشيا الحوثي ... وفي قعطبة قصفت المليشيا منازل المواطنين": the bare word,
                    # where it names no force of its own, is the militia the report named by it
                    name = last_militia
                    referred.add(h.start)
                elif not name and e.actor == "@the_militia" and len(groups) == 1:
                    # "قتلت طفلة برصاص قناص حوثي ... وأصيب آخر بقذيفة أطلقتها المليشيا": with no force
                    # named by the word, the bare militia is the one armed group the report named before
                    # (of several, it names none: q78-yemen2)
                    name = next(iter(groups))
                    referred.add(h.start)
                if not name:
                    continue   # a phrase that names a force only in some countries ("المليشيا")
                if e.klass == "state":
                    # "وحدات من جيشنا ... وحدة أخرى": a state force named by a generic phrase is what
                    # "@refer:state" points back to (no other class is kept for generic phrases)
                    last_by_class["state"] = name
                if e.klass in ("state", "foreign") and not name.startswith("Unidentified"):
                    # "قوات الاحتلال ... اشتباكات بين الجنود ومقاومين": the bare soldiers are the
                    # army named last, state's or foreign (fix round q92-fix24r)
                    last_by_class["forces"] = name
            else:
                last_by_class[e.klass] = name
                if e.klass in _GROUP_CLASSES:
                    last_group = (e.klass, name, h.end, e.klass in ("militia", "rebel") and _GUNMEN_WORD in text[
                        h.start - 10 if h.start > 10 else 0:h.end])
                if _MILITIA_WORD in text[h.start:h.end] and e.klass not in ("civilian", "protester", "unknown"):
                    last_militia = name
                if "Tribal" in name and e.klass == "militia":
                    last_tribal = name
                if e.klass in ("rebel", "militia"):
                    groups.add(name)
                if e.klass not in ("civilian", "protester", "air_defence", "unknown"):
                    last_by_class["any"] = name   # "القوات نفسها": the last armed side named (quality-62)
                if e.klass in ("state", "foreign"):
                    last_by_class["forces"] = name   # "الجنود": the army named last (fix round q92-fix24r)
                # (its article may be lost to the clitic: "للجيش الوطني الليبي" is matched from "لجيش")
                if _ARMY_WORD[1:] in text[h.start:h.end]:
                    self_named_army.add(name)
            inter, klass = e.inter, e.klass
            if e.actor.startswith("@") and name in lex.actor_kinds and not name.startswith("Unidentified"):
                # what the phrase turned out to name; an air-defence phrase stays air defence
                inter, named_klass = lex.actor_kinds[name]
                klass = klass if klass == "air_defence" else named_klass
            self.refs.append(ActorRef(name, text[h.start:h.end], h.start, h.end, inter, klass, h))
        # "جهاز الأمن العام التابع لهيئة تحرير الشام": a generic force said to belong to a named one
        # is that one's
        self._bound: set[int] = referred   # starts of generic mentions bound to a named force
        # (the next name's ل asked before the regex: a pair of sides per actor mention)
        for i, (r, nxt) in enumerate(zip(self.refs, self.refs[1:])):
            generic = r.hit.payload.actor.startswith("@") and not r.hit.payload.actor.startswith("@refer:")
            loyal = _LOYAL_TO.fullmatch(text, r.end, nxt.hit.word_start) if generic else None
            if loyal is not None and not (loyal.group("loyal") or text.endswith(_LOYAL_WORDS, r.start, r.end)):
                loyal = None   # ("القوات الموالية" is itself the generic force: "القوات الموالية للمشير حفتر")
            # (the force it belongs to may be generic itself: "إدارة العمليات العسكرية التابعة
            #  للمعارضة" is the opposition's command, whatever the command's own row says)
            if generic and nxt.hit.payload.actor != r.hit.payload.actor \
                    and not nxt.hit.payload.actor.startswith("@refer:") and (
                    (text[nxt.hit.word_start] == "ل" and BELONGS_TO.fullmatch(text, r.end, nxt.hit.word_start))
                    or (_ALIAS_OPEN.fullmatch(text, r.end, nxt.hit.word_start)
                        and text[nxt.hit.word_end:nxt.hit.word_end + 2].lstrip()[:1] == ")")
                    or (loyal is not None and (loyal.group("rank") or text[nxt.hit.word_start] == "ل"))):
                self.refs[i] = ActorRef(nxt.name, r.text, r.start, r.end, nxt.inter, nxt.klass, r.hit)
                self._bound.add(r.start)
            elif generic and r.klass == "air_defence" and text[nxt.hit.word_start] == "ل" \
                    and text[r.end:nxt.hit.word_start].isspace() \
                    and nxt.klass not in ("unknown", "civilian", "protester", "air_defence"):
                # "الدفاعات الجوية للفصائل": air defences of the side right after them, told by its ل
                # alone, are that side's, not the army of the report's country (both mentions stay
                # air defences: the side hit is the owner of what they shot down; lead, stop 25)
                self.refs[i] = ActorRef(nxt.name, r.text, r.start, r.end, nxt.inter, "air_defence", r.hit)
                self.refs[i + 1] = ActorRef(nxt.name, nxt.text, nxt.start, nxt.end, nxt.inter, "air_defence", nxt.hit)
                self._bound.add(r.start)
            elif r.klass == "unknown" and nxt.name is not None and nxt.klass not in ("unknown", "civilian", "protester") \
                    and nxt.hit.payload.actor != "@not_an_actor" and (
                        (not (nxt.hit.payload.actor.startswith("@") and _descriptive(nxt.hit.payload.actor))
                         and _BELIEVED_OF.fullmatch(text, r.end, nxt.hit.word_start))
                        # "مسلحين يتبعون لفصائل وزارة الدفاع"، "مسلحون تابعون لقوات الأمن العام": gunmen
                        # said to belong to a force, a generic one too, are its men (q85-probe7)
                        # (a generic one only of the state: "مسلحين تابعين للفصائل" names no one faction)
                        or text[nxt.hit.word_start] == "ل" and "بع" in text[r.end:nxt.hit.word_start]
                        and (nxt.klass == "state" or not nxt.hit.payload.actor.startswith("@"))
                        and _GUNMEN_OF.fullmatch(text, r.end, nxt.hit.word_start)):
                # "مسلحون يعتقد أنهم من بقايا تنظيم داعش": the gunmen are the force believed
                # (or one a generic phrase names by the country and date, "مسلحون يعتقد أنهم من فلول
                #  النظام": Assad's loyalists in Syria; not a description, "من القوات"; q80-syria-e)
                self.refs[i] = ActorRef(nxt.name, r.text, r.start, r.end, nxt.inter, nxt.klass, r.hit)
                self._bound.add(r.start)
            elif not generic and not r.hit.payload.actor.startswith("@") and r.klass != "civilian" and \
                    (not nxt.hit.payload.actor.startswith("@") or (
                        # (or a generic name that names one force here: "التابعة للانتقالي" in Yemen is the
                        #  STC's; q90-probe-dialect)
                        not nxt.hit.payload.actor.startswith("@refer:") and nxt.name
                        and not nxt.name.startswith("Unidentified"))) and nxt.name != r.name and \
                    text[nxt.hit.word_start] == "ل" and BELONGS_TO.fullmatch(text, r.end, nxt.hit.word_start):
                # "قوات الحزام الأمني التابعة للمجلس الانتقالي": a named force's parent is its own
                # side, never the other side of what the force did
                self.refs[i + 1] = ActorRef(r.name, nxt.text, nxt.start, nxt.end, r.inter, r.klass, nxt.hit)
                self._bound.add(nxt.start)
        self.refs = _without_bases(text, self.refs)
        if mentions.persons and any(r.klass == "foreign" for r in self.refs):
            # "اختطفوا 18 عاملاً تركياً": a nationality right after a civilian noun says who the
            # people are, not that the country's forces took part
            civil_ends = {p.end for p in mentions.persons if p.payload.civilian}
            self.refs = [r for r in self.refs if not (
                r.klass == "foreign" and r.hit.word_start - 1 in civil_ends and text[r.hit.word_start - 1] == " ")]
        if any(r.klass == "foreign" and " " not in r.text for r in self.refs):
            # "نقلت الصحيفة عن مسؤولين أمريكيين"، "وكالة الأناضول التركية"، "أمريكية الصنع": the nation of
            # a teller, an outlet or a make is no side of anything the report tells (round q95-probe-osint)
            self.refs = [r for r in self.refs if not (
                r.klass == "foreign" and " " not in r.text and self._nation_of_no_side(r, 0))]
        # (and a start past any position at the end: `within` needs no test of its index)
        self._starts = [r.start for r in self.refs] + [sys.maxsize]

    def redate(self, ref: ActorRef, when: date | None) -> str:
        """The actor's name at a given event date (generic phrases change after Dec 2024)."""
        e: ActorEntry = ref.hit.payload
        if e.actor.startswith("@") and not e.actor.startswith("@refer:") and ref.start not in self._bound:
            return resolve_generic(e.actor, self.country, when, self.lex)
        return ref.name

    def within(self, s: int, e: int) -> list[ActorRef]:
        starts = self._starts   # in text order: bisect on the starts
        i = bisect_left(starts, s)
        if starts[i] >= e:
            return []   # (most windows hold no side: one bisection, and no comprehension made)
        j = bisect_left(starts, e, i + 1)
        return [r for r in self.refs[i:j] if r.end <= e]

    def _casualty_before(self, ref: ActorRef, floor: int) -> bool:
        m = self.mentions
        if m is None:
            return False
        # (conditional expressions, not max(): the builtin takes ~1,500 instructions per call,
        #  and these windows are worked out for every side of a report; the name's word start
        #  and the text read once into locals, and any() over a generator only of a list that
        #  holds something: this runs for every side, most of them hit by none of it)
        text, ws = self.text, ref.hit.word_start
        lo = ws - 30 if ws - 30 > floor else floor
        gap_ok = text[lo:ws]
        hurt = ("killed", "injured", "captured", "victims")
        # "خمسة عناصر لقوات النظام قتلوا": persons "of" X (ل on the name) who were hit
        if "ل" in text[ws:ref.start]:
            persons = m.persons.within(lo, ws)
            if persons and any(0 <= ws - p.end <= 1 for p in persons):
                near = m.casualties.within(lo, min(len(text), ref.end + 40))
                if any(h.payload.kind in hurt for h in near):
                    return True
        # "مقتل 15 عنصراً حوثياً": the counted noun of a toll is itself the side that was hit
        counts = m.quantities.within(ws - 12, ws)
        if counts and 0 <= ws - counts[-1].end <= 1:
            for h in m.casualties.within(counts[-1].start - 20, counts[-1].start):   # (a loop, not any())
                if h.payload.kind in hurt and h.payload.role == "verb":
                    return True
        # "قتل إرهابيين اثنين": the side's own noun with "two" after it (the one number Arabic
        # puts after its noun), right after the verb of killing, is the count of the dead (not
        # "اعتقل الحوثيون 13 موظفاً", where a number after the side counts its object; nor a force
        # named by its title, "اعتقلت قوات الأمن اثنين من عناصر داعش": only a plural noun in the
        # object's case agrees with the "two" after it)
        if ref.text.endswith("ين") and _TWO_AFTER.match(text, ref.end) is not None and any(
                h.payload.kind in hurt and h.payload.role == "verb" and 0 <= ws - h.end <= 1
                for h in m.casualties.within(ws - 16, ws)):
            return True
        # "قتل 3 من عناصر قوات X", "مقتل عنصرين من X": a count of people taken from X
        if "من" not in gap_ok:
            return False
        # (every match of the shared-out pattern holds "نهم" (بينهم، منهم): a window without it is
        #  not searched; and the count taken "من" X is found once for both questions below)
        far = ws - 100 if ws > 100 else 0
        among = _AMONG_TOLL.search(text, far, ws) if text.find("نهم", far, ws) >= 0 else None
        if among is not None and BY_HAND.search(text, among.start(), ws) is not None:
            # "قتل 14 مدنياً بينهم نساء في قرية X على يد عناصر من فصائل ...": the men of X came after
            # "على يد", who killed; not the members of the toll shared out after "بينهم" (q78-syria-d)
            among = None
        taken = _FROM_AT_END.search(gap_ok)
        if among is not None and taken and any(
                h.payload.kind in hurt and not m.triggers.within(h.end, among.start())
                for h in m.casualties.within(max(0, among.start() - 60), among.start())):
            # "أسفرت عن مقتل 23 عنصراً بينهم 5 من قوات النظام و18 من الميليشيات الموالية": the dead
            # shared out after "بينهم/منهم" are from X (every side of the list; quality-q76)
            return True
        if _DEAD_BY_MEANS.match(text, ref.end) and any(
                p.payload.side in ("military", "armed") and _FROM_ONLY.fullmatch(text, p.end, ws)
                for p in m.persons.within(lo, ws)):
            # "وهم: عنصران من قوات النظام برصاص قناص": fighters of X told with what killed them
            # (a day's roundup lists its dead after the one toll word of its head)
            return True
        if not taken or _FORCE_UNIT_OF.search(gap_ok):
            return False
        if m.actors.within(lo + taken.start(), ref.hit.word_start):
            return False   # "قتل عنصران من قسد بطائرة مسيرة تركية": the dead are from the actor between
        if self._object_follows(ref.end):
            return False   # "اغتال عناصر من التنظيم عنصرين من قسد": those of X are the subject
        # "إن ثلاثة عناصر من الشرطة قتلوا بانفجار عبوة": fighters counted from X and the verb of
        # their harm right after the name, with no object of its own (not "عناصر من داعش قتلوا
        # ثلاثة مدنيين", who killed)
        for h in m.casualties.within(ref.end, ref.end + 16):
            if h.payload.kind in hurt and h.payload.role in ("verb", "result") \
                    and _ONE_ADJECTIVE.fullmatch(text, ref.end, h.word_start) \
                    and not self._object_follows(h.word_end) and any(
                        p.payload.side in ("military", "armed") for p in m.persons.within(lo, ws)) \
                    and not any(a.payload.actor != ref.hit.payload.actor
                                and a.payload.klass not in ("civilian", "protester")
                                for a in m.actors.within(floor, ref.end + 120)):
                # (only a side hit alone, by a bomb or an unnamed hand: "8 من مقاتلي الحشد قتلوا ...، فيما
                #  قتل العشرات من عناصر التنظيم" counts one side's dead of a fight, whose sides stand)
                return True
        # (not across an event word: "قتل مزارعان بهجوم شنه مسلحون من داعش" -- those of X launched it)
        for h in m.casualties.within(lo, ref.hit.word_start):   # (a loop, not any() over a generator)
            if h.payload.kind in hurt and not m.triggers.within(h.end, ref.hit.word_start):
                return True
        return False

    def _object_follows(self, pos: int) -> bool:
        """Whether a counted object (a number or a person noun) follows right after `pos`."""
        m = self.mentions
        if not (self.text[pos:pos + 1].isspace() or (
                self.text[pos:pos + 1] in ",،" and _TIME_LEAD.match(self.text, pos))):
            return False   # (a time between commas may come first: "اعتقلت عناصر من X، مساء أمس، شاباً")
        nxt = pos + 1
        manner = _MANNER_AFTER.match(self.text, pos)
        if manner is not None:
            nxt = manner.end()   # "أعدم عناصر من الدعم السريع ميدانياً ثلاثة شبان": past an adverb of manner
        lead = _TIME_LEAD.match(self.text, nxt)
        at = lead.end() if lead is not None else nxt
        when = None
        for d in m.dates.within(nxt - 4, at + 40):   # (a loop, not next() over a generator)
            if d.start <= at + 1 and d.end > at:
                when = d
                break
        if when is not None:
            # "اعتقلت عناصر من الهيئة يوم الأحد الماضي ناشطاً": past the time told between the
            # subject and its object (q78-syria-d)
            gap = re.match(r"[\s,،)]*", self.text[when.end:when.end + 4])
            nxt = when.end + gap.end()
        for h in m.quantities.within(nxt, nxt + 12):   # (loops, not any() over generators)
            if h.start == nxt:
                return True
        for h in m.persons.within(nxt, nxt + 12):
            if h.word_start == nxt:
                return True
        return False

    def role_hint(self, ref: ActorRef, floor: int) -> str | None:
        """'victim', 'agent' or None from the words just before the mention."""
        key = (ref.start, floor)
        got = self._roles.get(key, _UNASKED)   # (one lookup: most are asked again)
        if got is _UNASKED:
            got = self._roles[key] = self._role_hint(ref, floor)
        return got

    def may_be_ally(self, ref: ActorRef, floor: int) -> bool:
        """False when `role_hint(ref, floor)` cannot be 'ally': no ally word stands in the 30
        characters before the name that `_role_hint` reads its roles from (the window itself or a
        part of it: before a force's head noun, before a weapon).  A report-wide question asks it of
        every side, most of them with no ally word near (round q93-speed)."""
        ally = self.lex.role_words.get("ally")
        return ally is not None and ally.occurs(self.text, ref.start - 30 if ref.start - 30 > floor else floor,
                                                ref.start)

    def _accusation(self, ref: ActorRef, floor: int) -> str | None:
        """"اتهمت جماعة الحوثي القوات السعودية بتنفيذه": after an accusing verb, two sides in a
        row are the accuser ('source') and the accused ('agent'); one alone is the accused
        ("واتهمت قوات حفتر بالمسؤولية"). A side told between "وجهت" and "الاتهام" ("ووجهت وزارة
        الدفاع السورية الاتهام لـ...") is the accuser: no side of the event."""
        if self._charging and _CHARGE_AFTER.match(self.text, ref.end) and _CHARGE_VERB_BEFORE.search(
                self.text, max(floor, ref.hit.word_start - 16), ref.hit.word_start):
            return "source"
        if not self._accusing:
            return None

        def after_verb(r: ActorRef) -> bool:
            lo = r.hit.word_start - 16 if r.hit.word_start - 16 > floor else floor
            return self.text[lo:r.hit.word_start].rstrip().endswith(_ACCUSING_LAST) and \
                _ACCUSING.search(self.text, lo, r.hit.word_start) is not None
        i = bisect_left(self._starts, ref.start)
        nxt = self.refs[i + 1] if i + 1 < len(self.refs) else None
        prev = self.refs[i - 1] if i > 0 else None
        if after_verb(ref):
            # (the accuser may be described before the accused is named: "اتهمت قوات الوفاق
            # المدعومة دولياً اليوم (الجمعة)، قوات الجيش الوطني ...")
            followed = nxt is not None and 0 <= nxt.hit.word_start - ref.end <= 60 \
                and nxt.klass not in ("civilian",) and "." not in self.text[ref.end:nxt.hit.word_start]
            return "source" if followed else "agent"
        if prev is not None and 0 <= ref.hit.word_start - prev.end <= 60 and prev.start >= floor \
                and "." not in self.text[prev.end:ref.hit.word_start] and after_verb(prev):
            return "agent"
        return None

    def _role_hint(self, ref: ActorRef, floor: int) -> str | None:
        # up to the name itself, its proclitics included ("حاجزاً لقسد", "مدعومة بالميليشيات")
        before = self.text[ref.start - 30 if ref.start - 30 > floor else floor:ref.start]
        if before.endswith(_QUOTE_ENDS):
            # "هدف لحركة «حماس»": the words before the quote mark tell the role
            before = before.rstrip().rstrip("«\"“'").rstrip() + " "
        if before.endswith(" ل ") and not _BELONGS_APART.search(before):
            # "سيارة لـ "قسد"": the ل written apart (before a tatweel or a quote) is the glued one
            # (not after "تابعة": "طائرة مسيرة يرجح أنها تابعة لـ«الدعم السريع»" is whose drone
            #  it was, which the words before it do not tell as they do of a glued ل)
            before = before[:-1]
        wide = self.text[ref.start - 70 if ref.start - 70 > floor else floor:ref.start]
        if "ذكر" in wide and _ANNIVERSARY_OF.search(wide):
            # "عشية الذكرى العاشرة للغزو الأمريكي"، "تزامناً مع ذكرى انطلاق الثورة ضد النظام": a side
            # named in the occasion an anniversary recalls is neither side of the day's event
            # (probe round q87-probe-wire)
            return "source"
        # "مقتل 3 عناصر من قوات النظام": an actor counted among the dead or wounded is the victim
        if self._casualty_before(ref, floor):
            return "victim"
        accusation = self._accusation(ref, floor)
        if accusation is not None:
            return accusation
        if ref.hit.word_start == ref.start and ref.klass == "foreign" and " " not in ref.text and \
                not ref.text.startswith("ال") and self.mentions is not None and any(
                p.end == ref.start - 1 and p.payload.side in ("military", "armed")
                and self._counted_or_hurt(p.word_start)
                for p in self.mentions.persons.within(max(0, ref.start - 16), ref.start)):
            # "قتل 33 جندياً تركياً": the nationality of fighters counted is of those hit (and
            # "تركياً" is no "Turkey" acting); not the subject of a verb of acting, told with no
            # count and no harm ("أطلق جنود أتراك النار على رعاة"، q84-probe4)
            return "victim"
        head = _FORCE_HEAD.search(before) if before.rstrip().endswith(_FORCE_HEAD_WORDS) else None
        if head is not None and not self.text.startswith(head.group(0).strip(), ref.start):
            # (not when the name itself starts with the same noun: "لقوات قوات سوريا" is a stutter)
            # the role words before "قوات" in "رتلاً لقوات وزارة الدفاع" tell the role; "لقوات"
            # alone (an agent: "بغارات لقوات X") is read only when they tell none
            role = self._role_of(before[:head.start()], ref)
            if role is not None:
                return role
        role = self._role_of(before, ref)
        if role is None and ref.klass == "foreign" and " " not in ref.text and self.mentions is not None \
                and self.mentions.weapons:
            # "سيطرت الهيئة على البلدة بدعم من الطائرات المسيرة التركية": the nation's adjective after
            # the weapon it backed the side with; the support word before the weapon tells its role
            # (only support: what the weapon did is read elsewhere)
            for w in self.mentions.weapons.within(ref.hit.word_start - 30 if ref.hit.word_start > 30 else 0,
                                                  ref.hit.word_start):
                if w.end == ref.hit.word_start - 1 and w.start > ref.start - len(before):
                    if self._role_of(before[:len(before) - (ref.start - w.start)], ref) == "ally":
                        return "ally"
                    break
        if role == "victim" and self._unit_after_its_verb(before, ref):
            return "agent"
        if role is None and self._held_site_before(ref):
            return "victim"
        if role is None:
            owned = _BELONGING.search(before) if "تابع" in before else None   # (in every match)
            if owned is not None:
                # "معسكر الاستقبال التابع للجيش", "مقر الفرقة 21 التابعة للجيش": the camp or the
                # headquarters that belongs to the force was hit (a weapon, a unit or an office
                # that belongs to it says nothing here: "الطيران التابع لقوات حفتر")
                at = ref.start - len(before) + owned.start()
                m = self.mentions
                # (within the sentence: not "في منطقة الوشكة. وشن الطيران التابع لحفتر")
                lo = max(0, floor, at - 30)
                if any(at - h.end <= 30 for h in m.targets.within(lo, at)) or any(
                        h.payload.role == "type" and at - h.end <= 30
                        for h in m.place_words.within(lo, at)):
                    return "victim"
        if role is None and ref.klass == "foreign" and (
                (ref.hit.word_start == ref.start and before.endswith(" في "))
                or (self.text.startswith("ب", ref.hit.word_start) and " " not in ref.text
                    and _PLACE_BEFORE_IN.search(self.text, max(floor, ref.hit.word_start - 30),
                                                ref.hit.word_start) is not None)):
            # "مطار أبها الدولي في السعودية", "في المنطقة الشرقية بالسعودية": a foreign state named
            # after "في" (or glued to ب after a place) is the country where the place struck lies,
            # never who struck it
            return "victim"
        if role is None and self.text.endswith(("ي", "يه"), ref.hit.word_start, ref.end) \
                and _ADJECTIVE.fullmatch(self.text, ref.hit.word_start, ref.end):
            # (the ending first, as every match ends: most sides' names are no adjective)
            # "استهداف موقع المالكية الإسرائيلي", "قاعدة حميميم الروسية": a nationality adjective
            # after a site's name says whose site was struck
            bare = len(before) - (ref.start - ref.hit.word_start)   # (up to the adjective's article)
            named = _LAST_WORD.search(before, 0, bare)
            if named is not None and "victim" in (self._role_of(before[:named.start()], ref),
                                                  self._role_of(before[:bare], ref)):
                return "victim"   # (or right after the site noun itself: "قرب السفارة الأمريكية")
            # (a site's name of two or three words: "قاعدة حقل العمر الأمريكية"، "قاعدة البرج 22
            #  الأمريكية"; round q89-left-actors)
            # (the site noun itself an armed target, not a town: "على مدينة كلس التركية" names the
            #  country of the town)
            m = self.mentions
            for _ in range(2):
                if m is None or named is None or named.start() == 0 or not before[named.start() - 1].isspace():
                    break
                named = _LAST_WORD.search(before, 0, named.start())
                if named is not None:
                    at = ref.start - len(before) + named.start()
                    if named.group().strip() in _BASE_NOUNS or any(
                            h.word_start == at and h.payload[2] for h in m.targets.within(at, at + 12)):
                        return "victim"
        return role

    def _nation_of_no_side(self, ref: ActorRef, floor: int) -> bool:
        """"نقلت الصحيفة عن مسؤولين أمريكيين أن جهة أجنبية نفذت غارات"، "نقلت وكالة الأناضول التركية عن مصادر
        أن قصفاً استهدف بلدة X"، "طائرة مسيرة أمريكية الصنع": a nationality adjective (one word, `ref`) right after
        one who tells the news, after an outlet's or a company's name, or before "الصنع", says whose the teller,
        the outlet or the make is, not who struck (round q95-probe-osint)."""
        if self.text.startswith(_MADE_AFTER, ref.end):
            return True
        ws = ref.hit.word_start
        lo = ws - 50 if ws - 50 > floor else floor
        teller = _TELLER_BEFORE.search(self.text, lo, ws)
        if teller is not None:
            return not self._counted_or_hurt(teller.start() + 1)   # ("مقتل مسؤول أمريكي" was hit)
        if _OUTLET_BEFORE.search(self.text, lo, ws) is not None:
            return True
        # "سقطت قذائف على مدينة كلس التركية"، "قرية المطلة الإسرائيلية": the nation of a town named with its type
        # word, up to two words before, says where the town lies, not who struck it (round q95-fixactors)
        m = self.mentions
        if m is not None and self.text.startswith("ال", ws):
            # (definite, as a proper name's adjective is: "بلدة كفرنبودة بغارات روسية" tells whose raids)
            for w in m.place_words.within(ws - 40 if ws > 40 else 0, ws):
                p = w.payload
                if p.role == "type" and p.kind in SETTLEMENT_KINDS and not p.plural \
                        and _TOWN_NAME_BETWEEN.fullmatch(self.text, w.end, ws):
                    return True
        return False

    def _counted_or_hurt(self, pos: int) -> bool:
        """Whether the person noun at `pos` is counted ("33 جندياً") or told after a word of harm
        ("قتل جنود أتراك"، "إصابة جنود روس"), within its clause's 30 characters, or hosted by the place
        struck ("قاعدة عين الأسد التي تستضيف جنوداً أمريكيين": the people there, not the striker)."""
        if _HOSTED_BEFORE.search(self.text, pos - 16 if pos > 16 else 0, pos) is not None:
            return True
        m = self.mentions
        for q in m.quantities.within(pos - 12, pos):   # (loops, not any() over generators)
            if 0 <= pos - q.end <= 1:
                return True
        for h in m.casualties.within(pos - 30, pos):
            if h.payload.kind in ("killed", "injured", "captured", "victims") \
                    and not m.triggers.within(h.end, pos):
                return True
        return False

    def _held_site_before(self, ref: ActorRef) -> bool:
        """"استهدفت مقر القيادة المركزية لحزب الله": a post, a headquarters or a convoy (an armed
        target) whose definite complements run up to "لـ" and the force owns it: the force was
        hit. (The role words see only a site noun right before the name, "مقراً لحزب الله".)
        Not a weapon between: "العربة المفخخة للتنظيم" is the group's bomb."""
        m = self.mentions
        ws = ref.hit.word_start
        if m is None or self.text[ws:ref.start] not in ("ل", "لل", "ول", "ولل"):
            return False
        lo = ws - 40 if ws > 40 else 0
        for h in reversed(m.targets.within(lo, ws)):
            if not h.payload[2]:
                continue
            between = self.text[h.word_end:ws].split()
            # (an indefinite site takes indefinite adjectives: "مواقع عسكرية سابقة للنظام")
            indefinite = not (self.text.startswith("ال", h.word_start) or self.text.startswith("ال", h.start))
            return (len(between) <= 3 and (all(w.startswith("ال") for w in between) or (
                        indefinite and not any(w.startswith("ال") for w in between)))
                    and not m.weapons.within(h.word_end, ws))
        # (an office or a building is no armed target, but its owner was hit all the same: "استهدفت
        #  مبنى المجلس السياسي لحزب الله في حارة حريك" named Hezbollah as the striker)
        office = _OWNED_OFFICE.search(self.text, lo, ws)
        if office is not None:
            between = office.group("rest").split()
            return all(w.startswith("ال") for w in between) or (
                office.group("definite") is None and not any(w.startswith("ال") for w in between))
        return False

    def _aircraft_before_object(self, ref: ActorRef) -> bool:
        """"إثر استهداف طائرة مسيرة تركية سيارة مدنية": an aircraft (or air force) named after the
        verbal noun, with what was hit right after it and no ل, is the one that targeted."""
        m = self.mentions
        if m is None:
            return False
        if not any(w.payload[1] == "air" for w in m.weapons.within(ref.hit.word_start, ref.end)):
            # (so is an armed group, past one adjective of its own: "جراء استهداف مليشيا الحوثي
            #  الانقلابية محطة وقود")
            if ref.klass in ("civilian", "protester", "air_defence") or ref.inter == 7:
                return False
            adjective = _ADJECTIVE_AFTER.match(self.text, ref.end)
            at = adjective.end() if adjective is not None else ref.end + 1
            # (or a place, by the word that says what kind it is: "بعد أيام من استهداف المليشيا
            #  مدينة مأرب بصاروخ باليستي")
            return any(h.word_start == at for h in m.targets.within(ref.end, ref.end + 40)) \
                or any(h.word_start == at for h in m.place_words.within(ref.end, ref.end + 40))
        at = ref.end + 1
        time = _TIME_SET_OFF.match(self.text, ref.end)
        if time is not None and m.dates.within(ref.end, time.end()):
            at = time.end()   # (past a time set off by commas: "استهداف مسيرة تركية، أمس الجمعة، قافلة")
        # (what was hit: a target word, or a vehicle or convoy, "إثر استهداف الطيران التركي سيارة"; q80-syria-e)
        return any(h.word_start == at for h in m.targets.within(ref.end, at + 24)) or \
            _STRUCK_VEHICLE.match(self.text, at) is not None

    def _armed_side_next(self, ref: ActorRef) -> bool:
        """Another armed side named right after `ref`, past at most one word (an adjective of `ref`'s,
        "مسلحون محليون"، or the other's plural of fighters, "عناصر داعش"), not joined by و ("طرد داعش
        والنصرة" expelled both)."""
        m = self.mentions
        if m is None:
            return False
        for h in m.actors.within(ref.end, ref.end + 40):
            if h.payload.klass in ("civilian", "protester", "unknown") or h.payload.actor == ref.hit.payload.actor:
                continue
            gap = self.text[ref.end:h.word_start].split()
            return h.word_start == h.start and (not gap or len(gap) == 1 and (
                _ADJECTIVE_AFTER.fullmatch(" " + gap[0] + " ") is not None
                or _PLAIN_ADJECTIVE_AFTER.fullmatch(" " + gap[0] + " ") is not None
                or _FORCE_HEAD.search(" " + gap[0]) is not None))
        return False

    def _unit_after_its_verb(self, before: str, ref: ActorRef) -> bool:
        """"اعتقلت دورية إسرائيلية راعياً": a patrol (or force) right after a verb of arresting or
        storming is the verb's subject, who acted; after "استهدفت" it is what was hit."""
        m = self.mentions
        # (the words first: a window that holds none, as most do, is not searched from each position)
        w = _UNIT_WORD.search(before) if any_in(_UNIT_NEEDLES, before) else None
        if m is None or w is None:
            return False
        at = ref.start - len(before) + w.start(1)
        return any(h.payload in _SUBJECT_VERB_CUES and 0 <= at - h.word_end <= 1
                   for h in m.triggers.within(max(0, at - 16), at))

    def _role_of(self, before: str, ref: ActorRef) -> str | None:
        # the first of agent, victim, between, ally, source whose words end the window
        role = self._role_words.first(before)
        if role == "agent" and "تابع" in before:
            owned = _STRUCK_OWNED.search(before)
            if owned is not None:
                at = ref.start - len(before) + owned.start()
                if _STRUCK_BEFORE.search(self.text, at - 60 if at > 60 else 0, at + 1) is not None:
                    return "victim"
        if role in (None, "neutral") and "بين" in before and _BETWEEN_BELONGING.search(before):
            return "between"
        if role == "victim" and "بين" in before and self.lex.role_words["between"].search(before):
            # "اشتباك بين دورية من الشرطة ومسلحين": the patrol after "بين" is the first side of the fight, not a
            # patrol struck ("دورية" alone is a target word; round q95-leftactors)
            return "between"
        if role == "source" and ref.klass == "protester":
            return None   # "اعتصام المحتجين": the sit-in's own people, never a teller (quality-75)
        if role == "victim" and before.endswith("في ") and _SAID_BY_ONE_OF.search(before):
            # "وقال ضابط في الشرطة إن سيارة مفخخة انفجرت"، "أفاد مسؤول في الجيش بأن": a wire's teller,
            # one of the force's men right after a verb of saying, is no side hit ("أعلن مقتل ضابط في
            # الجيش" counts a dead man; probe round q87-probe-wire)
            return "source"
        if role == "neutral" and _ON_WHAT_BELONGS.search(before[:len(before) - (ref.start - ref.hit.word_start)]):
            return "victim"   # (the cell itself is the object: "القبض على خلية تابعة لـ")
        if role == "victim" and before.rstrip().endswith(_TARGETING_LAST) and _TARGETING_BY.search(before) and (
                _OBJECT_WITH_LAM.match(self.text, ref.end) or self._aircraft_before_object(ref)):
            # "استهداف قوات النظام لمنزلهم": the genitive after the verbal noun is its
            # subject when the object follows with ل
            return "agent"
        if role == "victim" and before.rstrip().endswith(_EXPEL_LAST) and _EXPEL_BEFORE.search(before) \
                and self._armed_side_next(ref):
            # "طرد الجيش الحر قوات النظام من قرية X": a side right after the expelling word with another
            # armed side right after it is the verb's subject, the other its object (q80-syria-e)
            return "agent"
        if role == "victim" and any_in(_EXCEPT_NEEDLES, self.text, ref.hit.word_start - 60 if ref.hit.word_start > 60 else 0,
                                       ref.hit.word_start) and \
                _EXCEPT_HELD.search(self.text, ref.hit.word_start - 60, ref.hit.word_start):
            # "سيطرت الهيئة على حلب باستثناء الأحياء التي تسيطر عليها قسد": the holder of the places
            # left out of a take-over lost nothing; it is neither side of it (quality-72)
            return "source"
        return role
