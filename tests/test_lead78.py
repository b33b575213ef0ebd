"""Lead rules of stop 19, each on sentences written for the test."""
from __future__ import annotations

import pytest

import rasd


def _killed(text: str, published: str = "2024-03-02") -> list[tuple[int | None, int | None, int | None]]:
    return [(r.fatalities, r.fatalities_low, r.fatalities_high) for r in rasd.extract(text, published=published)]


@pytest.mark.parametrize("text, n", [
    # a man, his wife, and their three children: five, not four
    ("قتل رجل وزوجته وأطفالهما الثلاثة بقصف صاروخي على بلدة سرمين مساء أمس.", 5),
    # a citizen, his mother, and his four brothers
    ("استشهد شاب ووالدته وأشقاؤه الأربعة في غارة جوية على بلدة كفرنبل اليوم.", 6),
    # a woman and her two daughters, the dual with its pronoun
    ("قتلت امرأة وابنتاها بقذيفة هاون سقطت على حي الميدان بدمشق صباح اليوم.", 3),
    # a farmer, his wife and their two children (the dual of two owners, nominative)
    ("قضى مزارع وزوجته وطفلاهما بقصف مدفعي على قرية الحواش اليوم.", 4),
    # a grandfather and his five grandchildren
    ("قتل مسن وأحفاده الخمسة جراء غارة على مخيم في بلدة أطمة اليوم.", 6),
])
def test_family_members_joined_by_wa_are_all_counted(text: str, n: int) -> None:
    assert _killed(text) == [(n, n, n)]


def _strikes(text: str, published: str = "2019-06-10") -> list[tuple[str, str | None, str | None]]:
    return [(r.sub_event_type, r.actor1, r.actor2) for r in rasd.extract(text, published=published)
            if r.sub_event_type in ("Air/drone strike", "Shelling/artillery/missile attack")]


@pytest.mark.parametrize("text, striker, struck", [
    ("حاول عناصر تنظيم داعش التسلل إلى قرية البوعيثة، فقصفت المدفعية العراقية تجمعاتهم قرب القرية اليوم.",
     "Iraqi Security Forces", "Islamic State"),
    ("تقدمت قوات حفتر نحو منطقة عين زارة، وشن الطيران المسير التابع لحكومة الوفاق غارات على مواقعها في المنطقة اليوم.",
     "Military Forces of Libya", "Libyan National Army"),
    ("صعد الحوثيون هجماتهم في مديرية صرواح، وشنت مقاتلات التحالف غارات على مواقعهم في المديرية صباح اليوم.",
     "Saudi-led Coalition", "Houthi Movement"),
])
def test_posts_named_by_a_pronoun_are_the_side_named_before(text: str, striker: str, struck: str) -> None:
    assert (striker, struck) in [(a1, a2) for _, a1, a2 in _strikes(text)]


def test_posts_a_side_fired_from_are_its_own() -> None:
    got = _strikes("قصف الحوثيون قرية الجراحي بقذائف الهاون من مواقعهم في الجبال المحيطة اليوم.")
    assert got and all(a2 != "Houthi Movement" for _, _, a2 in got)


def test_a_type_word_ending_a_known_quarter_names_no_place_of_its_own() -> None:
    # "السد" (the dam) is the last word of Daraa's quarter "طريق السد": no dam named after the city
    recs = rasd.extract("أصيب رجلان بانفجار عبوة ناسفة في حي طريق السد بدرعا مساء أمس.", published="2022-08-14")
    assert [r.location_text for r in recs] == ["حي طريق السد"]


@pytest.mark.parametrize("text, owner", [
    ("أعلن الجيش الوطني الليبي أن المقاتلات التابعة له شنت غارات على تجمعات للإرهابيين في مدينة درنة اليوم.",
     "Libyan National Army"),
    ("أكد الجيش السوداني أن الطيران الحربي التابع له استهدف بغارات تجمعات للدعم السريع في مدينة نيالا اليوم.",
     "Sudanese Armed Forces"),
])
def test_aircraft_belonging_by_a_pronoun_are_the_named_sides(text: str, owner: str) -> None:
    recs = [r for r in rasd.extract(text, published="2024-06-15") if r.sub_event_type == "Air/drone strike"]
    assert recs and all(r.actor1 == owner for r in recs)


@pytest.mark.parametrize("text, sub", [
    ("أصيبت ناقلة غاز بصاروخ باليستي في خليج عدن مساء أمس.", "Shelling/artillery/missile attack"),
    ("أصيبت سفينة حاويات بطائرة مسيرة في البحر الأحمر فجر اليوم.", "Air/drone strike"),
    ("أعلنت الجماعة إصابة سفينة تجارية بزورق مسير مفخخ في البحر الأحمر.", None),
])
def test_a_ship_hit_by_a_weapon_is_a_strike(text: str, sub: str | None) -> None:
    # (the cases with None only ask for some record of the hit ship)
    recs = rasd.extract(text, published="2024-03-10")
    assert recs
    if sub is not None:
        assert [r.sub_event_type for r in recs] == [sub]


@pytest.mark.parametrize("text, low", [
    # her children, uncounted: two at least, so three dead at least, not exactly one
    ("قتلت سيدة وأطفالها بغارة جوية على قرية الهبيط صباح اليوم.", 3),
    ("استشهد رجل وزوجته وأبناؤهما بقصف على حي الحميدية في دير الزور اليوم.", 4),
])
def test_uncounted_children_joined_to_a_counted_person_are_two_at_least(text: str, low: int) -> None:
    assert _killed(text) == [(low, low, None)]


@pytest.mark.parametrize("text, where", [
    ("قصفت طائرة مسيرة تجمعات للمسلحين في منطقة شرق النيل فجر اليوم.", "منطقة شرق النيل"),
    ("اندلعت اشتباكات عنيفة في منطقة غرب الحارات بين قوات الجيش والدعم السريع مساء أمس.", "منطقة غرب الحارات"),
])
def test_an_area_named_with_a_compass_word_is_a_place(text: str, where: str) -> None:
    assert where in [r.location_text for r in rasd.extract(text, published="2024-01-20")]


def test_a_compass_word_before_a_known_place_is_still_the_area_around_it() -> None:
    recs = rasd.extract("اندلعت اشتباكات في منطقة شرق حلب اليوم.", published="2024-01-20")
    assert [r.location for r in recs] == ["Aleppo"]
