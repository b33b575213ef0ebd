"""Fix round q90-fix20r (holdout20's misses and wrong actors): Egypt's forces read as Syria's or as unidentified
where a common word of an Egyptian report was a place of a covered country, and the Islamic State's provinces
after "تنظيم" read as an unnamed group.

Every sentence is written for the test and names other places and numbers than the set.
"""
from __future__ import annotations

import pytest

from helpers import extract as recs


@pytest.mark.parametrize("text, actors", [
    # "جنيه" (the Egyptian pound) is no Syrian village: the report stays Egypt's, and its soldiers and police are
    # Egypt's
    ("قتل جنديان من الجيش في هجوم على نقطة تفتيش جنوب مدينة العريش بشمال سيناء. وفي القاهرة ارتفع سعر الدولار "
     "إلى 18 جنيه في البنوك.", {"Military Forces of Egypt"}),
    ("أصيب ثلاثة من أفراد الشرطة بانفجار عبوة ناسفة استهدفت مدرعة في مدينة الشيخ زويد بشمال سيناء، فيما تراجعت "
     "البورصة المصرية بنحو 2 مليار جنيه.", {"Police Forces of Egypt"}),
    ("قتل مجند وأصيب اثنان في هجوم مسلح على كمين للشرطة في حي المساعيد بالعريش. وقدرت الحكومة المصرية خسائر "
     "السياحة بمليار جنيه.", {"Police Forces of Egypt"}),
    # "سالم" (a given name, "unharmed") is no village of Nablus
    ("داهمت قوات الأمن منازل في مدينة رفح بشمال سيناء واعتقلت خمسة مطلوبين، وقال سالم، أحد السكان، إن الحملة "
     "استمرت حتى الصباح.", {"Police Forces of Egypt"}),
])
def test_common_word_keeps_egypt_forces(text, actors):
    rs = recs(text, "2017-03-05")
    assert rs, "no record"
    assert all(r.country == "Egypt" for r in rs), [(r.location_text, r.country) for r in rs]
    assert {r.actor1 for r in rs} | {r.actor2 for r in rs} >= actors, [(r.actor1, r.actor2) for r in rs]
    assert not {r.actor1 for r in rs} & {"Syrian Government Forces", "Unidentified Military Forces"}
    assert not {r.actor2 for r in rs} & {"Syrian Government Forces", "Unidentified Military Forces"}


@pytest.mark.parametrize("text", [
    "هاجم مسلحون من تنظيم ولاية الخير حاجزا لقوات النظام في حي الجورة بمدينة دير الزور.",
    "هاجم مسلحون من تنظيم ولاية سيناء معسكراً للجيش في مدينة رفح بشمال سيناء.",
    'هاجم عشرات المسلحين من تنظيم "ولاية سيناء" كمينا للشرطة في مدينة العريش.',
    "قتل ثلاثة جنود في هجوم شنه مسلحون من تنظيم ولاية سيناء على ارتكاز أمني جنوب الشيخ زويد.",
])
def test_province_after_tanzim_is_islamic_state(text):
    rs = recs(text, "2018-04-15")
    assert rs, "no record"
    assert rs[0].actor1 == "Islamic State", [(r.actor1, r.actor2) for r in rs]
    assert all(r.actor2 != "Islamic State" for r in rs)
