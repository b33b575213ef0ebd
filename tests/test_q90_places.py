"""Round q90-places (stop 29): places inside short lists, and armed units named after towns.

1. A definite type word right after a list it holds ("... والغبيري في الضاحية") pointed back to the list's last
   member, which then held itself and was dropped as its own region.
2. A town the gazetteer says holds another member of the same list (a village lent the town's point) was dropped
   as that member's container ("بلدات طفس والمزيريب واليادودة").
3. A town whose name is also an ordinary word, the last of two members after a preposition or a type word, was
   not read at all ("في درنة والبيضاء شرق البلاد"، "جرود عرسال والقاع في البقاع").
The sentences are this round's own."""
from __future__ import annotations

from helpers import records_at

records = records_at("2024-06-10")


def _places(text: str) -> set[str]:
    return {r.location_text for r in records(text)}


# 1. the last member of a list before "في الضاحية" -----------------------------------------------------------

def test_the_last_of_two_quarters_before_the_suburb_is_kept():
    got = _places("استهدفت مسيرة إسرائيلية مساء أمس شققاً سكنية في برج البراجنة والغبيري في الضاحية الجنوبية.")
    assert {"برج البراجنة", "الغبيري"} <= got


def test_the_last_of_three_quarters_before_the_suburb_is_kept():
    got = _places("طالت الغارات الإسرائيلية أحياء حارة حريك والليلكي والغبيري في الضاحية الجنوبية لبيروت.")
    assert {"حارة حريك", "الغبيري"} <= got


def test_a_single_quarter_in_the_suburb_stays_one_record():
    rs = records("دمرت غارة إسرائيلية مبنى من عشرة طوابق في حارة حريك في الضاحية الجنوبية.")
    assert [r.location_text for r in rs] == ["حارة حريك"]


def test_the_city_named_before_a_list_is_still_what_the_city_word_means():
    # (the anaphor looks past the list, not only at it: here the quarters are listed "in the city" of Aleppo)
    rs = records("قصفت قوات النظام مدينة حلب. وطال القصف حيي الكلاسة وبستان القصر في المدينة، ما أدى إلى مقتل مدنيين.")
    assert {"الكلاسة", "بستان القصر"} <= {r.location_text for r in rs}


# 2. a town listed beside a village the gazetteer places on it ------------------------------------------------

def test_a_town_listed_with_a_village_that_takes_its_point_is_kept():
    got = _places("تعرضت بلدات اليادودة والمزيريب لقصف صاروخي من قوات النظام صباح اليوم، ما أدى إلى دمار في المنازل.")
    assert {"اليادودة", "المزيريب"} <= got


def test_a_town_and_a_village_joined_by_and_are_two_places():
    got = _places("قصفت قوات النظام المزيريب واليادودة بالمدفعية الثقيلة في ريف درعا الغربي.")
    assert {"اليادودة", "المزيريب"} <= got


def test_a_city_named_after_its_quarter_still_holds_it():
    # (a governorate's capital after its quarter only locates it: one record, at the quarter)
    rs = records("انفجرت سيارة مفخخة في حي الكرادة ببغداد، ما أدى إلى مقتل سبعة أشخاص.")
    assert [r.location_text for r in rs] == ["حي الكرادة"]


# 3. a town whose name is an ordinary word, last of two --------------------------------------------------------

def test_al_bayda_after_derna_is_a_town():
    got = _places("قصفت طائرات مجهولة مخازن ذخيرة في درنة والبيضاء، دون ورود أنباء عن ضحايا.")
    assert {"درنة", "البيضاء"} <= got


def test_al_qaa_after_hermel_is_a_town():
    got = _places("استهدف الطيران الإسرائيلي مواقع على أطراف الهرمل والقاع في البقاع الشمالي.")
    assert "القاع" in got


def test_white_after_a_place_in_a_longer_phrase_is_no_town():
    got = _places("قصفت طائرات مجهولة مواقع في درنة والبيضاء الواقعة على الجبل الأخضر.")
    assert "درنة" in got


def test_a_common_word_after_a_town_with_no_list_shape_is_no_place():
    got = _places("سقطت قذائف على حي في درعا والقاع الصخري للوادي لم يصب بأذى.")
    assert "القاع" not in got


# 4. Wad Madani written "مدني" alone -------------------------------------------------------------------------------

def test_madani_after_in_is_wad_madani():
    rs = records("قصفت مسيرة تابعة للجيش تجمعات لقوات الدعم السريع في مدني صباح اليوم.")
    assert [r.location for r in rs] == ["Wad Medani"]


def test_madani_after_in_takes_no_civilian_victim():
    rs = records("سقطت قذائف مدفعية على سوق الخضار في مدني، ما أدى إلى مقتل أربعة أشخاص.")
    assert rs and rs[0].location == "Wad Medani"


def test_a_civilian_after_more_than_is_no_town():
    rs = records("أصيب أكثر من مدني بجروح في قصف مدفعي على حي الثورة بأم درمان.")
    assert rs and all(r.location != "Wad Medani" for r in rs)


def test_a_civilian_killed_is_still_a_victim():
    rs = records("قتل مدني برصاص قناص في حي المهندسين بأم درمان.")
    assert rs and rs[0].actor2 == "Civilians" and rs[0].location != "Wad Medani"
