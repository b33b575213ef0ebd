"""Extras of holdout30 (round q95-fix30p): a common structure a shell or a drone fell near ("قرب خيمة ..."،
"قرب مدجنة"، "قرب المنفذ") is no place's name, so it is no second event beside the town, camp or crossing the
sentence names (grammar_words `near_structure`)."""
from __future__ import annotations

import pytest

from helpers import records_at

records = records_at("2024-05-01")


@pytest.mark.parametrize("text, structure", [
    ("قالت مصادر محلية إن قذيفة مدفعية سقطت فجر الاثنين قرب خيمة عائلة نازحة في مخيم الكرامة بريف إدلب الشمالي، "
     "ما أدى إلى جرح امرأة", "خيمة"),
    ("قال أحد النازحين إن شظية أصابت ابنه عندما سقطت القذيفة قرب خيمة جارنا في مخيم السلام بمأرب", "خيمة"),
    ("قصفت المدفعية التركية محيط مدجنة قرب قرية تل تمر بريف الحسكة، وفق وكالة هاوار", "مدجن"),
    ("أفاد ناشطون بأن طائرة مسيرة تركية استهدفت سيارة قرب مدجنة على أطراف قرية تل طويل بريف الحسكة، "
     "ما أدى إلى مقتل شخصين", "مدجن"),
    ("سقطت قذيفة قرب مقبرة بلدة الحارة في ريف درعا، دون إصابات", "مقبر"),
    ("سقطت قذيفة قرب مولدة كهرباء في حي الزهراء بمدينة حمص", "مولد"),
    ("تعرضت دورية لقوات الأمن لإطلاق نار قرب المنفذ الحدودي مع سوريا في قضاء القائم، وأصيب عنصر", "المنفذ"),
])
def test_a_structure_near_which_it_fell_is_no_place(text, structure):
    rs = records(text)
    assert len(rs) == 1
    assert not any(structure in (r.location_text or "") for r in rs)


@pytest.mark.parametrize("text, structure", [
    ("استهدفت طائرة مسيرة دراجة نارية قرب مطحنة في قرية الصبحة بريف دير الزور الشرقي، وقتل راكباها", "مطحن"),
    ("أصيب شاب برصاص مجهولين قرب صيدلية في مدينة الرمادي", "صيدلي"),
    ("أصيب ثلاثة مدنيين بقصف صاروخي طال محيط مدجنة في بلدة كفرنبل جنوبي إدلب مساء الجمعة", "مدجن"),
])
def test_the_town_told_after_the_structure_is_the_place(text, structure):
    rs = records(text)
    assert len(rs) == 1
    assert structure not in (rs[0].location_text or "")


def test_a_crossing_named_with_its_type_word_stays():
    # (guard: "منفذ ربيعة" names the crossing; only the bare definite "المنفذ" after "قرب" points back)
    rs = records("أغلقت السلطات منفذ ربيعة بعد اشتباك بين حرس الحدود ومهربين قرب المنفذ أسفر عن مقتل مهربين")
    assert len(rs) == 1
    assert "المنفذ" != (rs[0].location_text or "")
