"""The clitic-aware matcher: proclitics, verb prefixes, endings, and word edges.

Patterns here are written for the tests (not taken from the lexicons), so a
change to a lexicon file cannot make these pass or fail; the last tests check
that the packaged lexicons compile and behave the same way on real words.
"""
from __future__ import annotations

import pytest

from rasd.extract.match import Hit, Matcher, affixes, longest_first
from rasd.lexicon.load import lexicons
from rasd.text.normalize import normalize


@pytest.fixture(scope="module")
def matcher() -> Matcher[str]:
    return Matcher([
        ("قصف*", "bombard"),
        ("+قصف*", "bombard"),
        ("النظام", "regime"),
        ("الطيران الروسي", "russian air"),
        ("طيران", "air"),
        ("الميادين", "mayadin"),
        ("حلب", "aleppo"),
        ("اشتباك*", "clash"),
        ("قتل", "kill"),
    ])


def hits(m: Matcher[str], original: str) -> list[tuple[str, str, str]]:
    """(matched core, payload, clitics before it) of the longest hits, in text order."""
    t = normalize(original).text
    return [(t[h.start:h.end], h.payload, t[h.word_start:h.start]) for h in longest_first(m.find(t))]


@pytest.mark.parametrize("word, prefix", [
    ("قصف", ""), ("وقصف", "و"), ("فقصف", "ف"), ("بقصف", "ب"), ("لقصف", "ل"), ("كقصف", "ك"),
    ("القصف", "ال"), ("والقصف", "وال"), ("بالقصف", "بال"), ("للقصف", "لل"), ("وللقصف", "ولل"),
    ("وبالقصف", "وبال"), ("فالقصف", "فال"), ("كالقصف", "كال"),
])
def test_proclitics(matcher, word, prefix):
    assert hits(matcher, word) == [("قصف", "bombard", prefix)]


@pytest.mark.parametrize("word", ["والنظام", "بالنظام", "فالنظام"])
def test_proclitics_before_a_pattern_with_the_article(matcher, word):
    assert [p for _, p, _ in hits(matcher, word)] == ["regime"]


@pytest.mark.parametrize("word", ["للنظام", "وللنظام", "فللنظام"])
def test_lam_contraction_of_the_article(matcher, word):
    # ل + النظام is written للنظام: the alef of the article disappears
    assert [p for _, p, _ in hits(matcher, word)] == ["regime"]


def test_lam_contraction_hit_starts_after_its_lam_and_is_not_found_inside_the_article(matcher):
    # the contraction's key is written with the ل it needs; the hit is on "لنظام" as before
    t = normalize("قال للنظام والنظام ولنظام").text
    found = [(t[h.word_start:h.start], t[h.start:h.end]) for h in matcher.find(t)]
    assert found == [("ل", "لنظام"), ("و", "النظام")]


@pytest.mark.parametrize("patterns", [
    [("النظام", "regime"), ("لنظام", "other")],     # another pattern's key is the short form
    [("النظام", "regime"), ("للنظام", "other")],    # or the contraction written out
    [("للنظام", "other"), ("النظام", "regime")],
])
def test_lam_contraction_beside_a_pattern_written_like_it(patterns):
    m = Matcher(patterns)
    t = normalize("للنظام النظام لنظام").text
    raw = m.raw(t)
    ends = [e for _, e, _, _, _ in raw]
    assert ends == sorted(ends)   # in order of end position
    payloads = {(t[s:e], p) for s, e, p, _, _ in raw}
    assert ("لنظام", "regime") in payloads and ("النظام", "regime") in payloads
    assert {p for _, p in payloads} == {"regime", "other"}


@pytest.mark.parametrize("word", ["يقصف", "تقصف", "نقصف", "سيقصف", "ستقصف", "ويقصف", "فتقصف", "ليقصف"])
def test_verb_prefixes_for_plus_patterns(matcher, word):
    assert [p for _, p, _ in hits(matcher, word)] == ["bombard"]


def test_verb_prefix_needs_the_plus_mark():
    m = Matcher([("قتل", "kill")])
    assert list(m.find(normalize("يقتل").text)) == []
    m_plus = Matcher([("+قتل", "kill")])
    assert [h.payload for h in m_plus.find(normalize("يقتل").text)] == ["kill"]


@pytest.mark.parametrize("word", ["قصفت", "قصفوا", "قصفها", "قصفته", "قصفتها", "قصفهم", "اشتباكات", "الاشتباكات"])
def test_endings_with_star(matcher, word):
    assert len(hits(matcher, word)) == 1


@pytest.mark.parametrize("word", ["قتلت", "قتلوا", "قتلهم"])
def test_no_endings_without_star(matcher, word):
    assert hits(matcher, word) == []


@pytest.mark.parametrize("word", [
    "مقصف",        # a refreshment stall: قصف inside another word
    "النظامي",     # an adjective, not the regime ("*" not allowed on النظام)
    "نظام",        # no article: a different word
    "طيرانها",     # pronoun ending on a pattern without "*"
    "مقتل",        # killing (noun) is not قتل with a prefix
    "حلبون",       # a different place that starts with حلب
    "احلب",        # not a clitic before حلب
    "الحلبي",      # nisba adjective
    "قصفناها" + "ت",  # an ending that is not in clitics.tsv
])
def test_no_match_inside_other_words(matcher, word):
    assert hits(matcher, word) == []


def test_multiword_pattern_with_clitic_wins_over_its_parts(matcher):
    assert hits(matcher, "بالطيران الروسي") == [("الطيران الروسي", "russian air", "ب")]


def test_hit_offsets_point_into_the_normalised_text(matcher):
    t = normalize("شنّ الطيرانُ الروسيُّ غاراتٍ على الميادين وحلب").text
    found = {h.payload: h for h in longest_first(matcher.find(t))}
    assert set(found) == {"russian air", "mayadin", "aleppo"}
    h = found["aleppo"]
    assert t[h.word_start:h.word_end] == "وحلب"
    assert t[h.start:h.end] == "حلب"
    assert h.prefix_len == 1


def test_patterns_are_normalised_like_documents():
    m = Matcher([("مُسْتَشْفى", "hospital"), ("إدلب", "idlib")])
    assert [h.payload for h in m.find(normalize("مستشفي ادلب").text)] == ["hospital", "idlib"]
    assert [h.payload for h in m.find(normalize("مستشفـى إِدلب").text)] == ["hospital", "idlib"]


def test_empty_matcher_finds_nothing():
    assert list(Matcher([]).find("قصف")) == []


def test_longest_first_drops_nested_and_overlapping():
    m = Matcher([("قوات", "a"), ("قوات النظام", "b"), ("النظام", "d"), ("النظام السوري", "c")])
    # nested: the longer name hides the words inside it
    assert [h.payload for h in longest_first(m.find(normalize("قوات النظام").text))] == ["b"]
    # overlapping: "النظام السوري" is longer than "قوات النظام" and wins; "قوات" is still free
    assert [h.payload for h in longest_first(m.find(normalize("قوات النظام السوري").text))] == ["a", "c"]


def _longest_first_reference(hits):
    """The rule longest_first implements, written the plain way: longest first (the earlier
    of two as long, then the earlier given), a hit is kept when none of its characters is
    taken; the kept ones in text order."""
    ordered = sorted(hits, key=lambda h: (-(h.end - h.start), h.start))
    taken: set[int] = set()
    kept = []
    for h in ordered:
        if taken.isdisjoint(range(h.start, h.end)):
            taken.update(range(h.start, h.end))
            kept.append(h)
    return sorted(kept, key=lambda h: h.start)


@pytest.mark.parametrize("seed", range(40))
def test_longest_first_agrees_with_the_plain_rule(seed):
    # random spans, dense enough that clusters of one, two and many hits all occur, with
    # ties in length and in start, and some empty spans
    import random

    rng = random.Random(seed)
    hits = []
    for k in range(rng.randint(0, 30)):
        start = rng.randint(0, 60)
        end = start + rng.choice([0, 1, 2, 3, 3, 4, 6, 9])
        hits.append(Hit(start, end, k, start, end))
    rng.shuffle(hits)
    got = longest_first(hits)
    want = _longest_first_reference(hits)
    assert [h.payload for h in got] == [h.payload for h in want]


def test_affix_table_comes_from_clitics_tsv():
    aff = affixes()
    for p in ("و", "ف", "ب", "ل", "ك", "ال", "وال", "بال", "لل", "وبال"):
        assert p in aff.prefixes
    for p in ("ي", "ت", "سي"):
        assert p in aff.verb_prefixes
    for s in ("ت", "وا", "ات", "ها", "هم"):
        assert s in aff.suffixes


@pytest.mark.parametrize("original, canonical", [
    ("وبالطيران الروسي", "Russian Forces"),
    ("لتنظيم داعش", "Islamic State"),
    ("وقوات النظام السوري", "Syrian Government Forces"),
    ("وقسد", "Syrian Democratic Forces"),
    ("للتحالف الدولي", "International Coalition"),
])
def test_packaged_actor_lexicon_handles_clitics(original, canonical):
    lex = lexicons()
    found = longest_first(lex.actors.find(normalize(original).text))
    assert [h.payload.actor for h in found] == [canonical]


@pytest.mark.parametrize("original", ["النظامي", "الجنود النظاميين", "داعشي", "قسدية"])
def test_packaged_actor_lexicon_needs_word_edges(original):
    # adjectives built on a name (النظامي "regular", داعشي "an IS member" as a nisba) are not the name; the words
    # before the adjective are not asked ("الجنود" is an entry of its own since q92-fix24r: the army named last)
    text = normalize(original).text
    adjective = text.rfind(" ") + 1
    assert [h for h in lexicons().actors.find(text) if h.end > adjective] == []


def test_a_mark_inside_a_pattern_is_a_clear_error():
    from rasd.extract.match import Matcher
    with pytest.raises(ValueError, match="only at the end"):
        Matcher([("خرق* وقف اطلاق النار", "x")])
