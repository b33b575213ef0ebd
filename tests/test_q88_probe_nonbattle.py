"""Round q88-probe-nonbattle (stop 27): non-battle events as reports tell them.

Sentences written for these tests (names, places and numbers varied from any report)."""
from __future__ import annotations

from helpers import records_at

records = records_at("2022-04-12")


def _subs(rows):
    return sorted((r.sub_event_type, r.location_text) for r in rows)


def test_a_release_is_no_abduction_or_arrest():
    # the participle and the verbal noun after a release word tell who was held, no event that day
    for text in (
        "مأرب - أفرجت ميليشيا الحوثي أمس عن المعلم المختطف لديها منذ ثلاث سنوات في مديرية صرواح.",
        "بنغازي - أطلق سراح الطبيب المخطوف في منطقة الصابري بعد وساطة قبلية.",
        "الخليل - أفرجت سلطات الاحتلال عن 9 أسرى من بلدة بيت أمر، وقالوا إنهم تعرضوا للضرب أثناء اعتقالهم.",
    ):
        rows = records(text)
        assert not [r for r in rows if r.sub_event_type in ("Arrests", "Abduction/forced disappearance")], rows


def test_a_new_arrest_told_after_a_release_stays():
    rows = records("نابلس - أفرجت قوات الاحتلال عن أربعة شبان من قرية بورين، واعتقلت ستة آخرين من بلدة عصيرة الشمالية.")
    assert [r.sub_event_type for r in rows if "عصيره" in r.location_text or "عصيرة" in r.location_text] == ["Arrests"], rows


def test_not_any_protest_is_no_protest():
    rows = records("المنصورة - لم تشهد شوارع المنصورة أي احتجاجات اليوم رغم الدعوات التي أطلقتها المعارضة.")
    assert not [r for r in rows if r.event_type in ("Protests", "Riots")], rows
    # a protest told plainly stays
    rows = records("الإسكندرية - شهدت شوارع الإسكندرية مظاهرات محدودة يوم الجمعة ضد غلاء الأسعار.")
    assert [r.event_type for r in rows] == ["Protests"], rows


def test_an_unknown_square_of_a_town_is_the_towns_one_protest():
    for text, town in (
        ("تعز - شهدت مدينة التربة وقفة احتجاجية حاشدة في ساحة الشهيد عبدالرقيب للمطالبة بصرف المرتبات.", "التربة"),
        ("الأنبار - يواصل المعتصمون في ساحة الفخر والعزة بالفلوجة اعتصامهم لليوم الثالث رفضاً للاعتقالات.", "الفلوجة"),
    ):
        rows = records(text)
        assert len(rows) == 1 and town in rows[0].location_text, rows


def test_a_partys_supporters_in_the_street_are_a_crowd_not_its_fighters():
    # "مناصرو حزب/حركة ..." who block a road or wreck a sit-in riot; the party's armed wing is no side
    for text in (
        "صيدا - أقدم مناصرون لحركة أمل على قطع الطريق البحري في صيدا بالإطارات المشتعلة.",
        "بيروت - هاجم العشرات من مناصري التيار الوطني الحر خيمة المعتصمين أمام قصر العدل في بيروت وحطموا محتوياتها.",
        "النبطية - اعتدى مناصرو حزب الله بالعصي على المحتجين في ساحة النبطية ومزقوا لافتاتهم.",
    ):
        rows = records(text)
        assert rows and all(r.event_type == "Riots" for r in rows), rows
        assert not {r.actor1 for r in rows} & {"Hezbollah", "Amal Movement"}, rows


def test_a_strike_set_for_a_coming_day_is_announced_not_held():
    for text in (
        "المكلا - أعلن عمال ميناء المكلا عن إضراب شامل يبدأ الأسبوع المقبل إذا لم تصرف مستحقاتهم.",
        "الحديدة - يعتزم الصيادون تنظيم وقفة احتجاجية يوم السبت القادم أمام مكتب الثروة السمكية.",
    ):
        rows = records(text)
        assert not [r for r in rows if r.event_type == "Protests"], rows
    # held today, to go on next week: today's strike stays
    rows = records("المكلا - نفذ عمال ميناء المكلا إضراباً شاملاً اليوم، وقالوا إنهم سيواصلونه الأسبوع المقبل.")
    assert [r.event_type for r in rows] == ["Protests"], rows
