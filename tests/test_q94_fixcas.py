"""Round q94-fixcas (stop 33): a colleague named with its owner's pronoun ("وأصيب زميله"، "وزميله المصور"،
"أصيب زميلان له") counted no one, and the dual of those at prayer ("مقتل مصليين اثنين") was not read as people.
Sentences are the round's own probes."""
from __future__ import annotations

import pytest

from helpers import records_at

records = records_at("2024-05-01")


@pytest.mark.parametrize("text, killed, injured", [
    ("قتل جندي وأصيب زميله اليوم بانفجار عبوة ناسفة في مدينة الرمادي.", 1, 1),
    ("أصيب صحفي وزميله المصور اليوم بقصف مدفعي على مدينة خان يونس.", None, 2),
    ("قتل مصور وأصيب زميلان له اليوم بقذيفة هاون على حي الزهراء في الموصل.", 1, 2),
    ("قتل مزارع وأصيب ابنه اليوم بقصف مدفعي على بلدة كفرنبل.", 1, 1),
])
def test_a_colleague_named_with_a_pronoun_counts(text, killed, injured):
    rs = records(text)
    assert [(r.fatalities, r.injured) for r in rs] == [(killed, injured)]


@pytest.mark.parametrize("text", [
    "قتل مصليان اثنان اليوم بسقوط قذيفة قرب مسجد في مدينة أم درمان.",
    "أدت قذيفة سقطت قرب مسجد في أم درمان اليوم إلى مقتل مصليين اثنين.",
])
def test_two_at_prayer(text):
    rs = records(text)
    assert [r.fatalities for r in rs] == [2]
