"""Round q88-actors (stop 27): actor fields of matched records.

Sentences written for these tests (names, places and numbers varied from any report of the sets)."""
from __future__ import annotations

from helpers import records_at

records = records_at("2023-07-20")


def _actor1(text: str, sub: str) -> list[str | None]:
    return [r.actor1 for r in records(text) if r.sub_event_type == sub]


def test_the_definite_gunmen_of_a_one_sided_event_are_the_attackers_told_before():
    # "هاجمت قوات الدعم السريع قرية X. وقال شهود إن المسلحين اختطفوا ...": the definite gunmen, attackers, forces or
    # militia of the abduction, looting or killing told next are the side of the one-sided attack before them,
    # not unidentified gunmen
    for text, sub, who in (
        ("اقتحمت قوات الدعم السريع بلدة الحلة الجديدة شرقي سنار صباح السبت. وذكر ناشطون أن المسلحين "
         "اختطفوا تسعة من المزارعين.", "Abduction/forced disappearance", "Rapid Support Forces"),
        ("هاجمت قوات الدعم السريع قرية التكينة جنوب مدينة المناقل. وأضاف شهود عيان أن القوات أطلقت النار "
         "على الأهالي وخطفت عددا من الفتيات.", "Abduction/forced disappearance", "Rapid Support Forces"),
        ("شن مسلحو تنظيم داعش هجوما على مواقع للجيش في قضاء الدور. وقالت مصادر أمنية إن المهاجمين "
         "اختطفوا ضابطين من الموقع.", "Abduction/forced disappearance", "Islamic State"),
    ):
        got = _actor1(text, sub)
        assert got and got[0] == who, (text, [(r.sub_event_type, r.actor1) for r in records(text)])


def test_the_gunmen_after_a_fight_of_two_sides_are_neither():
    # after a clash of two named armed sides, the bare "المسلحين" of a looting names neither side
    text = ("اندلعت اشتباكات بين قوات حكومة الوفاق وقوات حفتر في منطقة وادي الربيع. وقال سكان إن المسلحين "
            "نهبوا محال تجارية في المنطقة.")
    got = _actor1(text, "Looting/property destruction")
    assert got and got[0] not in ("Military Forces of Libya", "Libyan National Army"), got


def test_an_unclaimed_air_strike_in_syria_before_the_coalition_is_the_governments():
    # until the US-led coalition's first strikes (23 September 2014) only the Syrian air force struck Syrian towns:
    # "قصف الطيران الحربي على بلدة X" with no side named is the government's then, still unidentified after
    for text, day, who in (
        ("قتل أربعة مواطنين بينهم امرأة جراء غارة للطيران الحربي على بلدة حيش في ريف إدلب.", "2013-02-14",
         "Syrian Government Forces"),
        ("شنت طائرة حربية ثلاث غارات على حي الصاخور في حلب ما أدى إلى دمار واسع.", "2012-10-02",
         "Syrian Government Forces"),
        ("قتل أربعة مواطنين بينهم امرأة جراء غارة للطيران الحربي على بلدة حيش في ريف إدلب.", "2017-02-14",
         "Unidentified Military Forces"),
    ):
        got = [r.actor1 for r in records(text, published=day) if r.sub_event_type == "Air/drone strike"]
        assert got and got[0] == who, (text, day, got)


def test_the_side_holed_up_where_fighting_goes_on_is_the_one_fought():
    # "اشتباكات لا تزال تدور في حي X، حيث يتحصن عناصر داعش": the holed-up side is actor2, the force the report
    # told before it actor1 (before: the holed-up side alone, as actor1)
    for text, a1, a2 in (
        ("أعلن الجيش العراقي تحرير حي المثنى في الموصل. وقال ضابط إن معارك متقطعة ما زالت تدور في حي الحدباء، "
         "حيث يتحصن من تبقى من مسلحي داعش.", "Iraqi Security Forces", "Islamic State"),
        ("قالت قوات سوريا الديمقراطية إنها سيطرت على دوار النعيم في الرقة، وإن اشتباكات عنيفة تدور في حي الثكنة "
         "حيث يتحصن عناصر تنظيم الدولة.", "Syrian Democratic Forces", "Islamic State"),
    ):
        got = [(r.actor1, r.actor2) for r in records(text, published="2017-08-01") if r.sub_event_type == "Armed clash"]
        assert got and got[0] == (a1, a2), (text, got)


def test_an_unclaimed_shelling_of_a_lebanese_village_in_the_wars_is_israels():
    # in the 2006 war and from October 2023 to the November 2024 ceasefire only Israel shelled Lebanese villages:
    # a shelling that names no side is Israel's there, not unidentified nor the side of the fight told before it
    for text, day in (
        ("تعرضت أطراف بلدة مارون الراس لقصف مدفعي عنيف صباح اليوم.", "2024-02-03"),
        ("أعلن حزب الله أن مقاتليه تصدوا لقوة إسرائيلية حاولت التسلل قرب بلدة يارون. وسقطت قذائف على أطراف "
         "بلدة الخيام.", "2024-10-20"),
        ("سقطت قذائف مدفعية على أطراف بلدة بنت جبيل.", "2006-07-25"),
    ):
        got = [r.actor1 for r in records(text, published=day)
               if r.sub_event_type == "Shelling/artillery/missile attack"]
        assert got and got[-1] == "Israeli Forces", (text, day, got)
