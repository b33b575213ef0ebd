"""Errors found on unseen Yemen reports, 2015-2025 (quality round q76-yemen): each test is a sentence
written for it (none is a sentence of eval/written/yemen)."""
from __future__ import annotations

import rasd

from helpers import by_place


def test_the_bare_militia_is_the_militia_the_report_named():
    text = ("الضالع - قتل طفل وأصيبت والدته بقذيفة أطلقتها مليشيا الحوثي على قرية الوعرة بمديرية دمت. "
            "وفي مديرية الحشاء، قصفت المليشيا بقذائف الهاون منازل المواطنين في منطقة الغول، "
            "ما أدى إلى إصابة ثلاثة مدنيين.")
    got = by_place(rasd.extract(text, published="2019-06-02"))
    assert got["منطقة الغول"].actor1 == "Houthi Movement"


def test_the_militia_after_a_verbal_noun_of_targeting_a_place_targeted_it():
    text = ("مأرب - قال مصدر عسكري إن مليشيا الحوثي شنت هجوماً على مواقع الجيش في جبهة المشجح. "
            "ويأتي ذلك بعد ثلاثة أيام من استهداف المليشيا مدينة مأرب بصاروخ باليستي سقط قرب مسجد.")
    got = by_place(rasd.extract(text, published="2020-10-21"))
    assert got["مدينة مأرب"].actor1 == "Houthi Movement"


def test_the_side_after_a_verb_of_launching_launched_the_missile():
    text = ("عدن - قالت القيادة المركزية الأمريكية إن بحاراً قتل وأصيب اثنان، اليوم الاثنين، إثر إصابة "
            "سفينة شحن بصاروخ مضاد للسفن أطلقه الحوثيون قرب ميناء المخا.")
    got = rasd.extract(text, published="2024-02-19")
    assert got and all(r.actor1 == "Houthi Movement" for r in got)


def test_a_saudi_city_a_houthi_missile_hit_is_in_saudi_arabia():
    text = ("الرياض - سقط مقذوف عسكري أطلقه الحوثيون على مدينة نجران، ما أدى إلى إصابة أربعة أشخاص "
            "بجروح طفيفة، بحسب الدفاع المدني.")
    got = rasd.extract(text, published="2018-04-03")
    assert [(r.location, r.country) for r in got] == [("Najran", "Saudi Arabia")]


def test_a_resident_is_a_person_counted():
    text = ("جازان - أعلن الدفاع المدني مقتل مقيم وإصابة ثلاثة مقيمين آخرين جراء سقوط مقذوف أطلقه "
            "الحوثيون على قرية في محافظة صامطة.")
    got = rasd.extract(text, published="2019-11-05")
    assert got and got[0].fatalities == 1 and got[0].injured == 3 and got[0].actor2 == "Civilians"


def test_the_armed_forces_of_houthi_media_are_the_houthis():
    text = ("صعدة - سبأ: أعلن متحدث القوات المسلحة تحرير منطقة اليتمة بمديرية خب والشعف من مرتزقة العدوان "
            "السعودي، بعد معارك استمرت يومين.")
    got = rasd.extract(text, published="2019-04-11")
    assert got and got[0].actor1 == "Houthi Movement"
    assert got[0].sub_event_type == "Non-state actor overtakes territory"


def test_the_bare_aggression_is_the_foreign_side_named_before_it():
    text = ("الحديدة - سبأ: ارتفعت حصيلة ضحايا العدوان الأمريكي على مطار الحديدة إلى أربعة شهداء. "
            "وأوضح مصدر محلي أن فرق الدفاع المدني ما تزال تعمل في الموقع. "
            "كما استهدف العدوان ميناء الصليف بثلاث غارات.")
    got = by_place(rasd.extract(text, published="2025-04-18"))
    assert got["ميناء الصليف"].actor1 == "Military Forces of the United States"


def test_an_attack_repelled_is_a_fight_not_an_attack_on_civilians():
    text = ("شبوة - شهدت جبهات غرب محافظة شبوة، ليل الخميس، مواجهات عنيفة بين ألوية العمالقة ومليشيا الحوثي "
            "في منطقة الساق. وقال مصدر عسكري إن ألوية العمالقة صدت الهجوم وقتلت خمسة من عناصر الحوثي.")
    got = rasd.extract(text, published="2022-01-14")
    assert [r.sub_event_type for r in got] == ["Armed clash"]
    assert got[0].actor2 != "Civilians"


def test_the_driver_of_the_car_is_a_person_killed():
    text = ("الحديدة - قتل سائقها بانفجار لغم أرضي زرعه الحوثيون بسيارة نقل في مديرية الخوخة.")
    got = rasd.extract(text, published="2019-02-14")
    assert got and got[0].fatalities == 1


def test_places_where_calm_held_are_no_event_places():
    text = ("عدن - تجددت الاشتباكات، اليوم الأربعاء، بين قوات الحزام الأمني وقوات الحماية الرئاسية في مديرية "
            "خور مكسر، فيما ساد هدوء حذر مديريتي البريقة والمنصورة.")
    got = by_place(rasd.extract(text, published="2018-01-31"))
    assert set(got) == {"خور مكسر"}


def test_a_staff_colonels_family_name_is_no_place():
    text = ("الرياض - أعلن المتحدث باسم التحالف العقيد الركن تركي المالكي اعتراض طائرة مسيرة أطلقتها "
            "ميليشيا الحوثي باتجاه مدينة خميس مشيط.")
    got = rasd.extract(text, published="2020-08-30")
    assert "المالكي" not in {r.location_text for r in got}


def test_the_prison_the_abducted_were_taken_to_is_no_event_place():
    text = ("ذمار - اختطف مسلحون حوثيون خمسة مدنيين من قرية بيت الكوماني بمديرية عتمة واقتادوهم إلى سجن "
            "في مدينة ذمار.")
    got = rasd.extract(text, published="2020-03-22")
    assert got and all("ذمار" not in r.location_text for r in got)


def test_houses_blown_up_past_the_subject_are_a_demolition():
    text = ("حجة - فجرت مليشيا الحوثي، مساء الثلاثاء، منزلين لمواطنين في قرية بني حسن بمديرية عبس.")
    got = rasd.extract(text, published="2018-06-13")
    assert [r.sub_event_type for r in got] == ["Looting/property destruction"]


def test_an_attack_told_with_its_counted_drones_is_a_drone_strike():
    text = ("صنعاء - أعلن المتحدث العسكري للحوثيين تنفيذ عملية هجومية واسعة بثماني طائرات مسيرة استهدفت "
            "مطار جازان في السعودية.")
    got = rasd.extract(text, published="2021-02-10")
    assert got and {r.sub_event_type for r in got} == {"Air/drone strike"}


def test_the_town_of_the_hospital_a_source_speaks_from_is_no_event_place():
    text = ("أبين - تواصلت الاشتباكات بين قوات الحكومة وقوات المجلس الانتقالي في منطقة الشيخ سالم. "
            "وقال مصدر طبي في مستشفى النقيب بمدينة زنجبار إن جثث أربعة مقاتلين وصلت إلى المستشفى.")
    got = rasd.extract(text, published="2020-06-02")
    assert [r.location_text for r in got] == ["منطقة الشيخ سالم"]
    assert got[0].fatalities == 4


def test_a_saudi_border_governorate_struck_is_placed_on_its_printed_point():
    from rasd.geo.printed import parse_printed
    from rasd.geo.build import SRC_DIR, _tsv
    row = {r["id"]: r for r in _tsv(SRC_DIR / "curated/places_q76_yemen.tsv")}["sa:ahad-al-masarihah"]
    got = parse_printed(row["printed"])
    assert (got.lat, got.lon) == (float(row["lat"]), float(row["lon"]))
    assert row["note"].startswith("printed " + row["printed"])
    text = ("جيزان - سقطت قذيفة أطلقتها ميليشيا الحوثي على قرية في محافظة أحد المسارحة، ما أدى إلى إصابة "
            "ثلاثة مقيمين.")
    got = rasd.extract(text, published="2020-07-21")
    assert [(r.location, r.country) for r in got] == [("Ahad al Masarihah", "Saudi Arabia")]


def test_a_site_near_a_city_is_one_place_the_city_only_locates_it():
    text = ("صنعاء - أعلن الحوثيون أن صاروخاً فرط صوتي أطلقوه سقط في محيط مطار بن غوريون قرب تل أبيب، "
            "ما أدى إلى إصابة ستة أشخاص.")
    got = rasd.extract(text, published="2025-05-20")
    assert [r.location for r in got] == ["Ben Gurion Airport"]


def test_the_haziz_power_station_area_is_a_place_of_sanaa():
    text = ("صنعاء - سبأ: شن طيران العدوان الصهيوني غارات على ميناء رأس عيسى. كما استهدفت الغارات "
            "محطة الكهرباء في منطقة حزيز جنوب العاصمة.")
    got = by_place(rasd.extract(text, published="2025-08-17"))
    assert got["منطقة حزيز"].location == "Sanaa - Haziz"


def test_the_airport_told_again_takes_its_toll_over_a_later_place():
    text = ("صنعاء - شنت طائرات أمريكية غارات على مطار صنعاء الدولي، كما استهدفت الغارات مخازن في منطقة "
            "حزيز. وقالت مصادر طبية إن الغارات على المطار أسفرت عن مقتل أربعة أشخاص.")
    got = by_place(rasd.extract(text, published="2025-04-28"))
    assert got["مطار صنعاء"].fatalities == 4
    assert got["منطقة حزيز"].fatalities is None


def test_the_hospital_that_received_the_dead_is_no_event_place():
    text = ("صعدة - قتل تسعة مدنيين في غارة جوية على سوق آل ثابت بمديرية قطابر. "
            "وقالت منظمة أطباء بلا حدود إن مستشفى حيدان الذي تدعمه استقبل جثث خمسة من الضحايا.")
    got = rasd.extract(text, published="2017-11-02")
    assert all("مستشفى" not in r.location_text for r in got)
