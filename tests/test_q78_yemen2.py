"""Errors found on unseen Yemeni reports of 2015-2025 (quality round q78-yemen2): each test is a
sentence written for it, not one of the set's."""
from __future__ import annotations

from helpers import records_at


recs = records_at("2016-09-14")


# 1. a district struck in one sentence and a place the gazetteer does not know struck "also" in another:
#    two events, the district's toll stays at the district
def test_district_strike_not_folded_into_an_unknown_place_elsewhere():
    rs = recs("قتل أربعة مدنيين اليوم الأربعاء في غارة لطيران التحالف استهدفت منزلاً في مديرية رازح بمحافظة صعدة. "
              "وأضاف المصدر أن الطيران شن كذلك غارتين على منطقة آل شافعة الجبلية وغارة على مديرية الظاهر.")
    got = {r.location_text: r for r in rs}
    assert any("رازح" in k for k in got), got.keys()
    assert any("الظاهر" in k for k in got), got.keys()
    razih = next(r for k, r in got.items() if "رازح" in k)
    assert razih.fatalities == 4
    assert all(r.fatalities is None for k, r in got.items() if "رازح" not in k)


def test_district_still_told_finer_by_a_village_struck_in_the_same_frame():
    rs = recs("شن طيران التحالف ثلاث غارات على مديرية كتاف استهدفت منطقة آل شافعة الجبلية.")
    assert [r.sub_event_type for r in rs] == ["Air/drone strike"]
    assert "شافعة" in rs[0].location_text


# 2. "مراسل المسيرة", "قناة المسيرة", "المسيرة نت": Al-Masirah, the outlet, is no drone
def test_al_masirah_correspondent_is_no_drone():
    rs = recs("وذكر مراسل المسيرة أن قصفاً مدفعياً سعودياً طال قرى متفرقة من مديرية باقم الحدودية مساء اليوم.",
              "2021-06-03")
    assert [(r.sub_event_type, r.actor1) for r in rs] == [("Shelling/artillery/missile attack", "Saudi-led Coalition")]
    assert "drone" not in rs[0].weapons


def test_a_drone_called_almasirah_is_still_a_drone():
    rs = recs("استهدفت المسيرة الحوثية موقعاً للجيش في مديرية حريب صباح اليوم.", "2021-06-03")
    assert any(r.sub_event_type == "Air/drone strike" for r in rs)


# 3. a definite name ending like a pronoun ("الصراهم", "الدراهم") after its type word is a name: the
#    article takes no pronoun
def test_definite_village_name_ending_in_hm_is_a_place():
    rs = recs("أصيب طفلان بشظايا قذيفة أطلقها الحوثيون على قرية الدراهم بمديرية مقبنة مساء اليوم.", "2019-04-11")
    assert [r.location_text for r in rs] == ["قرية الدراهم"]


def test_a_word_with_a_pronoun_after_a_type_word_is_still_no_name():
    rs = recs("قصفت المليشيا قرى عديدة في مديرية مقبنة، أبرزها قرية الشقيراء، اليوم.", "2019-04-11")
    assert not any("ابرزها" in (r.location_text or "") or "أبرزها" in (r.location_text or "") for r in rs)


# 4. the nominative dual of a shell or a missile ("سقطت قذيفتان", "سقط صاروخان") is the weapon that fell
def test_two_shells_fell_is_shelling():
    rs = recs("سقطت قذيفتان على حي المسبح في مدينة تعز عصر اليوم.", "2018-02-20")
    assert [(r.sub_event_type, r.location_text) for r in rs] == [("Shelling/artillery/missile attack", "حي المسبح")]
    rs = recs("سقط صاروخان على مخيم الخير للنازحين في مأرب فجر اليوم.", "2021-10-02")
    assert [r.sub_event_type for r in rs] == ["Shelling/artillery/missile attack"]


# 5. the bare "المليشيا", where no force was named with that word, is the one armed group named before
def test_bare_militia_refers_to_the_one_group_named_before():
    rs = recs("قتل مسن برصاص قناصة الحوثيين في قرية الأقروض بمديرية المسراخ صباح اليوم. "
              "وفي مدينة تعز، أصيبت طفلة بشظايا قذيفة أطلقتها المليشيا على حي الكوثر.", "2018-05-06")
    shelled = [r for r in rs if "الكوثر" in r.location_text]
    assert [(r.sub_event_type, r.actor1) for r in shelled] == [("Shelling/artillery/missile attack", "Houthi Movement")]


def test_bare_militia_names_none_of_several_groups():
    rs = recs("اندلعت اشتباكات بين قوات الحزام الأمني ومسلحي الحوثي في جبهة مريس صباح اليوم. "
              "وفي مدينة لودر، سقطت قذيفة أطلقتها المليشيا على سوق المدينة.", "2018-05-06")
    lawdar = [r for r in rs if "لودر" in r.location_text or "سوق" in r.location_text]
    assert lawdar and all(r.actor1 not in ("Security Belt Forces", "Houthi Movement") for r in lawdar)


# 6. "سقط صاروخ آخر": "another" qualifies the missile, it counts no one who fell
def test_another_missile_fell_kills_no_one():
    rs = recs("وسقط صاروخ آخر قرب سوق صرواح دون أن يسفر عن ضحايا، وفق مصادر محلية.", "2020-09-21")
    assert rs and all(r.fatalities in (None, 0) for r in rs)


def test_another_person_after_a_verb_is_still_one_more():
    rs = recs("قتل شاب وأصيب آخر بقذيفة هاون أطلقها الحوثيون على حي الدحي في تعز مساء اليوم.", "2020-09-21")
    assert [(r.fatalities, r.injured) for r in rs] == [(1, 1)]


# 7. a day told after "منذ" ("معارك استمرت منذ فجر الأحد") in a sentence that tells a day of its own starts a
#    span: the next sentences, which give no time, are the sentence's day, not that Sunday
def test_since_day_does_not_date_the_following_sentences():
    rs = recs("أعلنت القوات المشتركة، اليوم الخميس، مقتل العشرات من مسلحي الحوثي في معارك عنيفة في مدينة حيس "
              "استمرت منذ فجر الأحد. "
              "وشنت مقاتلات التحالف غارات على مواقع للمليشيا في منطقة الجاح.", "2018-07-19")
    jah = [r for r in rs if "الجاح" in r.location_text]
    assert [r.event_date for r in jah] == ["2018-07-19"]


def test_since_day_alone_still_dates_the_sentences_after_it():
    rs = recs("قتلت قوات الدعم السريع عشرات المدنيين في قرية ود النورة خلال هجمات استمرت منذ الخميس. "
              "كما اختطفت عناصرها نساء من قرية التكينة.", "2024-06-08")
    taken = [r for r in rs if "التكينة" in r.location_text]
    assert taken and all(r.event_date == "2024-06-06" for r in taken)


# 8. "الأحياء المكتظة بالسكان", "المناطق المأهولة": describing adjectives after a place word, no place names
def test_crowded_quarters_is_no_place():
    rs = recs("أطلقت المليشيا الحوثية صاروخاً باليستياً على حي المطار في مأرب، في استمرار لاستهدافها المتعمد "
              "للأحياء المكتظة بالنازحين.", "2021-04-02")
    assert rs and not any("المكتظ" in (r.location_text or "") for r in rs)


# 9. "مواقع حكومية" (government posts, the indefinite adjective) names the government's forces as the side hit
def test_government_posts_are_the_side_hit():
    rs = recs("قصفت قوات المجلس الانتقالي بقذائف الهاون مواقع حكومية في منطقة قرن الكلاسي شرق زنجبار مساء اليوم.",
              "2020-06-01")
    assert [(r.actor1, r.actor2) for r in rs] == [("Southern Transitional Council", "Military Forces of Yemen")]


# 10. "في الثالث والعشرين من الشهر ذاته": a day of the month the report just dated
def test_day_of_the_same_month():
    rs = recs("ففي العاشر من مارس أصيب طفلان بقذيفة حوثية على حي الجحملية في تعز، وفي الثالث والعشرين من الشهر ذاته "
              "قتلت امرأة بانفجار لغم أرضي في منطقة الكدحة.", "2018-04-05")
    kadaha = [r for r in rs if "الكدحة" in r.location_text]
    assert [r.event_date for r in kadaha] == ["2018-03-23"]
