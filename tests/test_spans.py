"""`Spans` answers by bisection exactly what a scan over all spans would answer."""
from hypothesis import given, strategies as st

from rasd.extract.mentions import Spans

span = st.tuples(st.integers(0, 60), st.integers(0, 12)).map(lambda t: (t[0], t[0] + t[1]))


@given(st.lists(span, max_size=12), span)
def test_overlaps_and_contains_match_a_full_scan(spans, query):
    s, e = query
    got = Spans(spans)
    assert got.overlaps(s, e) == any(a < e and s < b for a, b in spans)
    assert got.contains(s, e) == any(a <= s and e <= b for a, b in spans)


def test_examples():
    spans = Spans([(10, 20), (30, 35)])
    assert spans.overlaps(19, 25) and not spans.overlaps(20, 30)
    assert spans.contains(12, 20) and not spans.contains(12, 21)
    assert not Spans([]).overlaps(0, 5) and not Spans([]).contains(0, 0)
