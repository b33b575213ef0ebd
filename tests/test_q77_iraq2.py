"""Errors found on unseen Iraqi reports (quality round q77-iraq2): each test is a sentence written for it,
not one of the set's."""
from __future__ import annotations

from helpers import first_of, records_at


recs = records_at("2021-06-14")


# 1. crops after "حقول" and "the border strip" are no places' names
def test_burned_wheat_and_barley_fields_are_no_places():
    rs = recs("أضرم مسلحو داعش فجر اليوم النار في حقول للحنطة والشعير قرب قرية البو عجيل شرق تكريت.", "2019-05-27")
    assert {r.location_text for r in rs} == {"قرية البو عجيل"}


def test_the_border_strip_is_no_place():
    rs = recs("قصفت المدفعية التركية مناطق قرب الشريط الحدودي في ناحية كاني ماسي، ما أدى إلى إصابة مزارع.", "2022-06-03")
    assert rs and all(r.location_text != "الشريط" for r in rs)
    assert any(r.location == "Kani Masi" for r in rs)


# 2. a tribal dispute is a fight of tribes on both sides, whoever died in it
def test_a_tribal_dispute_has_tribes_on_both_sides():
    rs = recs("لقي ثلاثة أشخاص بينهم امرأة حتفهم، مساء أمس، في نزاع عشائري مسلح بقضاء المجر الكبير جنوب ميسان.", "2023-09-18")
    clash = first_of(rs, "Armed clash")
    assert clash.actor1 == clash.actor2 == "Unidentified Tribal Militia (Iraq)"


def test_a_fight_of_gunmen_with_no_tribe_keeps_its_sides():
    rs = recs("قتل مدني باشتباك مسلح بين مجهولين في قضاء المجر الكبير جنوب ميسان.", "2023-09-18")
    assert all(r.actor1 != "Unidentified Tribal Militia (Iraq)" for r in rs)


# 3. US Central Command told after "بحسب" is the teller, not the side that fired
def test_centcom_after_according_to_is_the_teller():
    rs = recs("تعرضت قاعدة فكتوريا قرب مطار بغداد، ليل أمس، لهجوم بعدد من الصواريخ، أسفر عن إصابة متعاقدَين، "
              "بحسب القيادة المركزية الأمريكية.", "2023-11-02")
    assert rs and all(r.actor1 != "Military Forces of the United States" for r in rs)
    assert rs[0].sub_event_type == "Shelling/artillery/missile attack"


def test_centcom_that_says_it_struck_is_the_striker():
    rs = recs("أعلنت القيادة المركزية الأمريكية أنها شنت غارة جوية على مستودع للأسلحة في جرف الصخر.", "2024-01-05")
    assert rs and rs[0].actor1 == "Military Forces of the United States"


# 4. the force that uses the base a drone hit is its target, not who flew the drone
def test_the_force_using_the_struck_base_is_hit():
    rs = recs("استهدفت طائرتان مسيرتان، فجر اليوم، مطار حرير الذي يضم قاعدة تستخدمها قوات التحالف الدولي، دون إصابات.",
              "2022-02-20")
    assert rs and rs[0].actor1 != "International Coalition"
    assert rs[0].actor2 == "International Coalition"


# 5. "the second time in a week" counts times; it is no running toll over a week
def test_the_second_time_in_a_week_is_still_an_event():
    rs = recs("اقتحم مئات المحتجين، ظهر اليوم، مبنى ديوان محافظة ذي قار في الناصرية للمرة الثانية خلال أسبوع.",
              "2020-12-06")
    assert [(r.sub_event_type, r.location_text) for r in rs] == [("Violent demonstration", "الناصرية")]


def test_a_toll_over_a_week_stays_cumulative():
    rs = recs("قتل 9 أشخاص خلال أسبوع في هجمات متفرقة بمحافظة ديالى.", "2020-12-06")
    assert not rs


# 6. a peaceful or solidarity stand is a peaceful protest, not the killing it names
def test_a_peaceful_stand_demanding_the_killers_is_a_protest():
    rs = recs("وفي الديوانية، نظم عشرات الطلبة وقفة سلمية أمام مبنى الجامعة، مطالبين بمحاسبة القتلة.", "2020-01-22")
    assert [(r.sub_event_type, r.actor1) for r in rs] == [("Peaceful protest", "Protesters")]


def test_a_solidarity_stand_is_a_protest():
    rs = recs("نظم صحفيون وقفة تضامنية في ساحة التحرير ببغداد، اليوم.", "2020-01-22")
    assert [r.sub_event_type for r in rs] == ["Peaceful protest"]


# 7. the day a teller spoke ("قالت X، اليوم الخميس، إن ...") is not the day of the event told after it
def test_the_statement_day_gives_way_to_the_event_day():
    rs = recs("أعلنت وزارة شؤون البيشمركة، اليوم الخميس، أن اثنين من عناصرها قتلا في هجوم لمسلحين على موقع في "
              "قضاء العمادية، فجر أمس.", "2021-07-15")
    assert rs and rs[0].event_date == "2021-07-14"


def test_the_statement_day_alone_still_dates_the_event():
    rs = recs("أعلنت وزارة شؤون البيشمركة، اليوم الخميس، أن اثنين من عناصرها قتلا في هجوم لمسلحين على موقع في "
              "قضاء العمادية.", "2021-07-15")
    assert rs and rs[0].event_date == "2021-07-15"

