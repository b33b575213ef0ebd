"""Round q95-leftcas (stop 34): casualty counts and a front's state left by stop 33. «وأحد» + a noun (normalised
«واحد», read as the adjective "one") counted no one; «مع شخصين آخرين» and «مع مرافقيه» (no number) counted the one
before «مع» alone; an imam, a muezzin or a tribe's sheikh told by post counted no one; houses hit («وأصابت أربعة
منازل») were counted as wounded; fighting at a front «منذ أسابيع» was read as the day's. Sentences are the round's
own."""
from __future__ import annotations

import pytest

from helpers import records_at

records = records_at("2024-05-06")


@pytest.mark.parametrize("text, killed, injured", [
    ("أسفر القصف المدفعي على قرية كفرنبودة اليوم عن مقتل ثلاثة مدنيين وأحد عناصر الدفاع المدني.", 4, None),
    ("استشهد شابان وأحد المسعفين برصاص قوات الاحتلال اليوم في مخيم نور شمس.", 3, None),
    ("قتل مقاتلان وأحد القادة الميدانيين اليوم في غارة جوية على مدينة مأرب.", 3, None),
    ("أصيب أربعة أطفال وأحد المعلمين اليوم في قصف على حي الشجاعية بمدينة غزة.", None, 5),
])
def test_and_one_of_them_is_one_more(text, killed, injured):
    assert [(r.fatalities, r.injured) for r in records(text)] == [(killed, injured)]


@pytest.mark.parametrize("text", [
    "قتل شخص واحد اليوم في قصف على بلدة كفرنبل.",
    "أسفرت الغارة اليوم عن مقتل مدني واحد في بلدة سرمين.",
])
def test_one_as_an_adjective_stays_one(text):
    assert [r.fatalities for r in records(text)] == [1]


@pytest.mark.parametrize("text, killed", [
    ("قتل القيادي في حركة الجهاد مع شخصين آخرين اليوم في غارة إسرائيلية على مدينة صور.", 3),
    ("استشهد الصحفي أحمد مع ثلاثة أشخاص آخرين اليوم في قصف على مخيم النصيرات.", 4),
    ("لقي ضابط مصرعه مع جنديين آخرين اليوم في هجوم على حاجز في مدينة العريش.", 3),
    ("قتل شاب مع اثنين آخرين اليوم برصاص مجهولين في مدينة دير الزور.", 3),
])
def test_with_others_besides_him(text, killed):
    assert [r.fatalities for r in records(text)] == [killed]


@pytest.mark.parametrize("text", [
    "أدت الغارة اليوم إلى مقتل القيادي في الحرس الثوري مع مرافقيه في بلدة السيدة زينب.",
    "قتل قائد اللواء مع حراسه اليوم في كمين قرب مدينة سرت.",
])
def test_with_his_companions_unnumbered(text):
    assert [r.fatalities for r in records(text)] == [3]


@pytest.mark.parametrize("text", [
    "قتل إمام مسجد برصاص مسلحين مجهولين اليوم في مدينة تعز.",
    "قتل مؤذن المسجد الكبير اليوم في غارة على بلدة سرمين.",
    "قتل شيخ قبيلة اليوم في هجوم مسلح على منزله في مديرية الصومعة بمحافظة البيضاء.",
])
def test_a_man_told_by_his_post(text):
    assert [r.fatalities for r in records(text)] == [1]


@pytest.mark.parametrize("text, killed", [
    ("قصفت المدفعية بلدة الطيبة اليوم وأصابت أربعة منازل بشكل مباشر.", None),
    ("قتل مدنيان ودمرت ثلاثة منازل اليوم في قصف مدفعي على بلدة كفرنبل.", 2),
])
def test_houses_hit_are_no_wounded(text, killed):
    assert [(r.fatalities, r.injured) for r in records(text)] == [(killed, None)]


@pytest.mark.parametrize("text", [
    "المعارك مستمرة في محيط مدينة بابنوسة منذ شهرين دون أن يتمكن أي طرف من التقدم.",
    "الاشتباكات متواصلة على جبهات مدينة الفاشر ومدينة كادوقلي منذ أسابيع.",
    "وتتواصل الاشتباكات على محاور مدينة الفاشر منذ أسابيع دون حسم.",
])
def test_a_front_fought_over_for_weeks_is_no_days_fight(text):
    assert records(text) == []


@pytest.mark.parametrize("text", [
    "تتواصل الاشتباكات منذ صباح اليوم على محور مدينة الفاشر.",
    "اندلعت اشتباكات عنيفة صباح اليوم في محيط مدينة بابنوسة المحاصرة منذ أشهر.",
])
def test_the_days_fight_at_a_front_stays(text):
    assert len(records(text)) == 1
