"""Errors found on written reports of Syria 2021-2025 (quality round q76-syria-c): the HTS-led
offensive of 2024, the National Army's, the coast and Suwayda after the fall of Assad. Each test is
a sentence written for it, not a report of the round's set."""
from __future__ import annotations

import rasd

from helpers import first_of, taken as _taken


def test_the_bare_factions_are_the_command_led_by_the_named_group():
    text = ("أعلنت غرفة عمليات ردع العدوان، أمس الجمعة، بدء هجوم واسع على مواقع قوات النظام.\n"
            "وسيطرت الفصائل اليوم السبت على بلدة كفر حلب في ريف حلب الغربي بعد معارك مع قوات النظام.")
    recs = rasd.extract(text, published="2024-11-30")
    got = _taken(recs)
    assert got and all(a == "Hayat Tahrir al-Sham" for _, a in got)


def test_the_bare_factions_are_the_national_army_told_before():
    text = ("سيطرت فصائل الجيش الوطني السوري، اليوم الأحد، على مدينة دير حافر شرقي حلب بعد انسحاب قسد منها.\n"
            "كما سيطرت الفصائل على قرية رسم الحرمل في ريف حلب الشرقي.")
    recs = rasd.extract(text, published="2024-12-08")
    got = dict(_taken(recs))
    assert got and set(got.values()) == {"Syrian National Army"}


def test_the_bare_factions_with_no_named_factions_stay_the_opposition():
    text = "سيطرت الفصائل على بلدة كفرنبودة في ريف حماة الشمالي بعد معارك مع قوات النظام اليوم."
    recs = rasd.extract(text, published="2019-05-20")
    assert [a for _, a in _taken(recs)] == ["Free Syrian Army"]


def test_gunmen_loyal_to_the_former_regime_are_assad_loyalists():
    text = "هاجم مسلحون موالون للنظام السابق حاجزاً للأمن العام قرب مدينة القرداحة، اليوم، ما أدى إلى مقتل عنصرين."
    recs = rasd.extract(text, published="2025-02-14")
    assert recs and recs[0].actor1 == "Assad Loyalists"


def test_shelling_on_a_towns_countryside_is_not_told_finer_by_strikes_on_another_town():
    text = ("استهدفت مسيرة تركية، اليوم الخميس، مواقع لقسد في محيط مدينة الدرباسية.\n"
            "وقصفت القوات التركية بالمدفعية قرى في ريف بلدة عين عيسى، دون ورود معلومات عن إصابات.")
    recs = rasd.extract(text, published="2023-01-12")
    assert any(r.sub_event_type == "Shelling/artillery/missile attack" and r.actor1 == "Turkish Forces"
               for r in recs)


def test_an_ambush_after_air_strikes_is_no_air_strike():
    text = ("شن الطيران الإسرائيلي غارة على موقع عسكري قرب بلدة إزرع، مساء أمس.\n"
            "كما نصب مسلحون كميناً لسيارة تقل مدنيين على طريق درعا - دمشق قرب بلدة الشيخ مسكين، ما أدى إلى مقتل أربعة أشخاص.")
    recs = rasd.extract(text, published="2025-06-02")
    ambush = [r for r in recs if r.fatalities == 4]
    assert [r.sub_event_type for r in ambush] == ["Attack"]


def test_a_killing_at_the_hands_of_gunmen_after_helicopter_strikes_is_their_attack():
    text = ("وشنت مروحيات تابعة لوزارة الدفاع غارات على مواقع للمسلحين في محيط قرية بسنادا، مساء أمس.\n"
            "وأفاد ناشطون اليوم بمقتل سبعة مدنيين في قرية الشير على يد مسلحين مجهولين.")
    recs = rasd.extract(text, published="2025-03-08")
    killing = [r for r in recs if r.fatalities == 7]
    assert [(r.sub_event_type, r.actor2) for r in killing] == [("Attack", "Civilians")]


def test_where_the_missiles_came_from_is_no_place_struck():
    text = ("أفاد مصدر عسكري بأن العدو الإسرائيلي نفذ عدواناً بعدة صواريخ من اتجاه جنوب غربي بحيرة طبريا "
            "مستهدفاً نقاطاً في محيط مدينة الكسوة، ما أدى إلى إصابة جنديين.")
    recs = rasd.extract(text, published="2023-02-19")
    assert recs and all("طبريا" not in r.location_text for r in recs)
    assert any("الكسوة" in r.location_text for r in recs)


def test_a_place_struck_after_the_direction_is_still_struck():
    text = "شن الطيران الإسرائيلي غارات من اتجاه البحر على مدينة جبلة فجر اليوم."
    recs = rasd.extract(text, published="2023-05-03")
    assert any("جبلة" in r.location_text for r in recs)


def test_an_arrest_made_during_an_operation_is_by_the_side_that_ran_it():
    text = ("نفذت قوات سوريا الديمقراطية بمساندة طيران التحالف، فجر اليوم، عملية إنزال في قرية الكسرة غرب دير الزور، "
            "اعتقلت خلالها قيادياً في تنظيم داعش.")
    recs = rasd.extract(text, published="2024-03-11")
    arrests = [r for r in recs if r.sub_event_type == "Arrests"]
    assert arrests and all(r.actor1 == "Syrian Democratic Forces" for r in arrests)


# -- gazetteer: curated/places_pass76_syria_c.tsv (villages without a printed point take their neighbour's) --

_PASS76 = {
    "sy:walgha": ("قصفت مجموعات مسلحة بقذائف الهاون قرية ولغا في ريف السويداء الغربي، اليوم.", "As-Sweida"),
    "sy:kudna": ("توغلت قوة إسرائيلية في قرية كودنا بريف القنيطرة الجنوبي واعتقلت ثلاثة رعاة.", "Quneitra"),
}


def test_the_pass76_rows_have_no_point_of_their_own_and_say_whose_they_take():
    from rasd.geo.build import SRC_DIR, _tsv
    rows = _tsv(SRC_DIR / "curated/places_pass76_syria_c.tsv")
    assert {r["id"] for r in rows} == set(_PASS76)
    for row in rows:
        assert row["parent"] and row["approximate"] == "1" and not row["lat"]
        assert "no page printed its point" in row["note"] and row["source_url"].startswith("http")


def test_a_report_is_placed_on_a_pass76_village_at_its_neighbours_point():
    from rasd.geo import get_gazetteer
    from rasd.geo.build import SRC_DIR, _tsv
    gaz = get_gazetteer()
    parents = {r["id"]: r["parent"] for r in _tsv(SRC_DIR / "curated/places_pass76_syria_c.tsv")}
    for rid, (text, admin1) in _PASS76.items():
        recs = [r for r in rasd.extract(text, published="2025-08-02") if r.gazetteer_id == "cur:" + rid]
        assert recs, rid
        p = gaz.get(parents[rid])
        assert recs[0].admin1 == admin1 and recs[0].geo_precision == 2
        assert abs(recs[0].latitude - p.lat) < 1e-4 and abs(recs[0].longitude - p.lon) < 1e-4


def test_the_druze_factions_named_by_the_people_are_druze_militia():
    text = "اندلعت اشتباكات عنيفة، اليوم، بين مسلحي العشائر وفصائل الدروز في قرية عريقة بريف السويداء الغربي."
    recs = rasd.extract(text, published="2025-07-19")
    assert recs and {recs[0].actor1, recs[0].actor2} == {"Bedouin Militia", "Druze Militia"}


def test_an_incursion_that_led_to_a_fight_there_is_no_development_of_its_own():
    text = ("توغلت قوة إسرائيلية، مساء اليوم، في بلدة جباتا الخشب بريف القنيطرة الشمالي، "
            "واشتبكت مع مسلحين من أبناء البلدة.")
    recs = rasd.extract(text, published="2025-05-14")
    assert [r.sub_event_type for r in recs] == ["Armed clash"]


def test_an_incursion_told_alone_stays_a_development():
    text = "توغلت دورية إسرائيلية مؤلفة من أربع آليات في قرية الحميدية بريف القنيطرة، اليوم، وأقامت حاجزاً مؤقتاً."
    recs = rasd.extract(text, published="2025-05-14")
    assert [r.sub_event_type for r in recs] == ["Other"]


def test_a_killing_at_the_hands_of_the_shelling_side_stays_its_shelling():
    text = ("قصفت ميليشيا الحوثي بقذائف الهاون حي الروضة في مدينة تعز، مساء اليوم.\n"
            "وأفادت مصادر طبية بمقتل امرأة على يد ميليشيا الحوثي في الحي.")
    recs = rasd.extract(text, published="2019-03-04")
    assert not any(r.sub_event_type == "Attack" for r in recs)


def test_the_clashes_told_before_a_verb_first_coincided_with_are_no_event_of_the_clause():
    text = ("اندلعت اشتباكات بين قوات النظام ومسلحين محليين في مدينة طفس، صباح اليوم.\n"
            "وترافقت الاشتباكات مع قصف قوات النظام بقذائف الهاون أحياء المدينة، ما أدى إلى مقتل طفلين وإصابة أربعة مدنيين.")
    recs = rasd.extract(text, published="2022-01-27")
    shelling = first_of(recs, "Shelling/artillery/missile attack")
    assert shelling.fatalities == 2 and shelling.injured == 4
    assert all(r.fatalities != 2 for r in recs if r.sub_event_type == "Armed clash")


def test_a_local_network_named_by_its_town_and_24_is_no_place():
    text = "قُتل شابان برصاص مسلحين مجهولين على طريق قرية الشحيل، مساء أمس، بحسب شبكة دير الزور 24."
    recs = rasd.extract(text, published="2023-11-02")
    assert recs and all("دير الزور" not in r.location_text for r in recs)
    text = "قصفت القوات الحكومية محيط بلدة عريقة، فيما استهدفت الفصائل مواقعها، بحسب السويداء 24."
    recs = rasd.extract(text, published="2025-08-10")
    assert all(r.location_text != "السويداء" for r in recs)
