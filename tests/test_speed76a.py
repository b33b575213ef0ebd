"""Round speed-76a: the gate before the compass search, and the scan cache's choice of what to keep."""
import random

from rasd.extract import match
from rasd.extract.match import CombinedMatcher
from rasd.extract.places import _compass_words, compass_before, compass_ending
from rasd.lexicon.load import lexicons


def test_compass_ending_is_the_search_on_random_windows():
    rng = random.Random(76)
    lex = lexicons()
    words = sorted(_compass_words(lex))
    pieces = words + ["ال", "قرية", "مدينة", "كم", "62", "و", "ب", "شرقي", "حماه"]
    seps = [" ", "  ", "\n", " \n", "", "،", "\t"]
    found = 0
    for _ in range(20000):
        text = "".join(rng.choice(pieces) + rng.choice(seps) for _ in range(rng.randint(0, 6)))
        hi = rng.randint(0, len(text))
        lo = max(0, hi - rng.choice((16, 8, 30, 100)))
        want = compass_before(lex).search(text, lo, hi)
        got = compass_ending(text, lo, hi, lex)
        assert (want is None) == (got is None), (text, lo, hi)
        if want is not None:
            assert want.span() == got.span()
            found += 1
    assert found > 1000


def test_the_scan_cache_keeps_the_document_being_read():
    cm = CombinedMatcher()
    view = cm.lexicon("a")([("قصف", "bomb")])
    long_doc = "قصف " * 400           # an earlier, longer report
    doc = "قصف في المدينة " * 50
    calls = []
    real = match.Matcher.grouped

    def counting(self, text):
        calls.append(text)
        return real(self, text)
    match.Matcher.grouped = counting
    try:
        list(view.find(long_doc))
        list(view.find(doc))
        for i in range(12):            # windows of the document, enough to fill the cache
            list(view.find(doc[i:i + 20]))
        n = len(calls)
        list(view.find(doc))           # the document again: not scanned again
        assert len(calls) == n
    finally:
        match.Matcher.grouped = real


def test_without_plural_end_is_the_regex_sub_on_random_windows():
    from rasd.extract.frames import _plural_type_at_end, _without_plural_end
    from rasd.lexicon.load import lexicons

    rx, words = _plural_type_at_end(lexicons())
    rng = random.Random(761)
    pieces = list(words) + ["ال", "و", "ب", "من", "مهجرين", "x", "12", "بلدتي"]
    seps = [" ", "  ", "\n", " \n", "", "،", "\t", "-"]
    cut = 0
    for _ in range(20000):
        before = "".join(rng.choice(pieces) + rng.choice(seps) for _ in range(rng.randint(0, 6)))
        before = before[rng.randint(0, 5):]
        stripped = before.rstrip()
        if not stripped.endswith(words):
            continue
        want = rx.sub("", before)
        assert _without_plural_end(before, stripped, words) == want, before
        cut += want != before
    assert cut > 1000
