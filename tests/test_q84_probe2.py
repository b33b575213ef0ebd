"""Probe round q84-probe2 (Yemen, Sudan, Libya, Lebanon, Gaza and the West Bank): a named victim told by the
definite noun of her or his trade counts one; "عمد" opening a sentence is the verb "proceeded to", not Amd of
Hadramawt; Eilat, named bare as a Houthi target, is an event place.

Sentences written for these tests (names, places and numbers varied from any report)."""
from __future__ import annotations

from helpers import records_at

records = records_at("2024-03-10")


def _tolls(text: str) -> list[tuple[str, int | None, int | None]]:
    return [(r.sub_event_type, r.fatalities, r.injured) for r in records(text)]


def test_a_named_journalist_or_activist_killed_counts_one():
    text = "استشهدت الصحفية ريم حمدان برصاص قوات الاحتلال خلال تغطيتها اقتحام مخيم بلاطة شرق نابلس."
    assert [k for _, k, _ in _tolls(text)] == [1], _tolls(text)
    text = "قتلت الناشطة هدى المنصوري برصاص مسلحين مجهولين في مدينة درنة."
    assert [k for _, k, _ in _tolls(text)] == [1], _tolls(text)


def test_a_named_teacher_or_student_wounded_counts_one():
    text = "أصيبت الطالبة سعاد الحسن برصاص قناص في حي الجحملية بمدينة تعز."
    assert [i for _, _, i in _tolls(text)] == [1], _tolls(text)


def test_amd_opening_a_sentence_is_the_verb_proceeded_to():
    text = "عمد المحتجون إلى إغلاق الطرقات بالإطارات المشتعلة في مدينة صيدا احتجاجاً على الغلاء."
    places = [r.location_text for r in records(text)]
    assert "عمد" not in places and any("صيدا" in p for p in places), places


def test_amd_after_its_district_word_is_still_the_district():
    text = "شن طيران العدوان غارتين على مديرية عمد بمحافظة حضرموت."
    assert [r.location_text for r in records(text)] == ["عمد"], records(text)


def test_eilat_named_bare_as_a_houthi_target_is_an_event_place_in_israel():
    text = "أعلنت جماعة الحوثي استهداف إيلات بطائرتين مسيرتين، وقالت إن العملية حققت أهدافها."
    recs = records(text)
    assert [(r.location_text, r.country) for r in recs] == [("إيلات", "Israel")], recs
    text = "أعلن المتحدث العسكري باسم الحوثيين استهداف أم الرشراش بصاروخ باليستي."
    recs = records(text)
    assert [(r.location_text, r.country) for r in recs] == [("أم الرشراش", "Israel")], recs


def test_yahya_saree_announcing_a_strike_names_the_houthis():
    text = "وقال العميد يحيى سريع إن القوة البحرية استهدفت سفينة نفطية في البحر الأحمر بعدة صواريخ."
    recs = records(text)
    assert recs and all(r.actor1 == "Houthi Movement" for r in recs), [(r.sub_event_type, r.actor1) for r in recs]


def test_forces_shooting_at_a_protest_told_beside_it_are_its_actor1():
    # the protest is told first, the shooting "at them" after a comma: the shooter, not the
    # shot civilians, used force on it
    text = "تظاهر الآلاف في مدينة الأبيض، وأطلقت قوات الشرطة النار عليهم فقتلت خمسة وأصابت عشرين."
    recs = records(text)
    assert [(r.sub_event_type, r.actor2) for r in recs] == [("Excessive force against protesters", "Protesters")], recs
    assert recs[0].actor1 not in ("Civilians", "Protesters", None), recs[0].actor1
    text = "خرج مئات الشبان في مظاهرة في مدينة الزاوية، وأطلقت قوات الأمن الرصاص الحي عليهم، ما أدى إلى مقتل ثلاثة."
    recs = records(text)
    assert [r.actor1 for r in recs] and all(r.actor1 != "Civilians" for r in recs), [(r.sub_event_type, r.actor1) for r in recs]


def test_a_report_line_that_opens_with_took_part_is_read():
    # "شارك" is also a sharing button's word; a line that goes on with who took part in what is the report's
    text = "شارك مئات الطلاب في مسيرة سلمية وسط مدينة ود مدني للمطالبة بإطلاق سراح المعتقلين."
    assert [r.sub_event_type for r in records(text)] == ["Peaceful protest"], records(text)
    text = "شاركت عشرات النساء في وقفة احتجاجية أمام مقر بعثة الأمم المتحدة في مدينة الفاشر."
    assert [r.sub_event_type for r in records(text)] == ["Peaceful protest"], records(text)


def test_a_sharing_prompt_line_is_still_page_furniture():
    text = ("سقطت قذيفة على حي الأربعين في مدينة الأبيض، ما أدى إلى مقتل طفلين.\n"
            "شارك عبر:\nشارك هذا الخبر مع أصدقائك")
    recs = records(text)
    assert [(r.sub_event_type, r.fatalities) for r in recs] == [("Shelling/artillery/missile attack", 2)], recs
