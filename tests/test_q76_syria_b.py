"""Errors found on hand-written reports of Syria 2017-2020 (quality round q76-syria-b): the Raqqa and
Deir ez-Zor campaigns, Turkish operations, Idlib 2019-20, Daraa, Israeli strikes, the Badia. Each test
is a sentence written for it, not a report of the set."""
from __future__ import annotations

from helpers import extract as _recs


def test_the_group_whose_caliphate_was_ended_lost_the_town():
    text = ('أعلنت قوات سوريا الديمقراطية، اليوم الأحد، إنهاء "خلافة" داعش بعد السيطرة على بلدة السوسة شرق الفرات.')
    recs = [r for r in _recs(text, "2019-01-20") if r.event_type == "Battles"]
    assert [(r.actor1, r.actor2) for r in recs] == [("Syrian Democratic Forces", "Islamic State")]


def test_a_foreign_force_and_the_group_joined_to_it_take_the_town_together():
    text = ('قال الرئيس التركي، مساء اليوم، إن القوات التركية وفصائل الجيش السوري الحر سيطرت على بلدة جنديرس '
            'جنوب غرب عفرين. وقال المرصد إن وحدات حماية الشعب انسحبت من البلدة قبل يومين.')
    recs = [r for r in _recs(text, "2018-03-05") if r.sub_event_type == "Non-state actor overtakes territory"]
    assert [r.actor2 for r in recs] == ["Syrian Democratic Forces"]


def test_support_told_with_the_supporters_adjective_is_no_loser():
    text = "استعادت فصائل المعارضة بدعم تركي السيطرة على بلدة النيرب شرق إدلب مساء الأربعاء."
    recs = [r for r in _recs(text, "2020-02-20") if r.event_type == "Battles"]
    assert recs and all(r.actor2 != "Turkish Forces" for r in recs)


def test_air_support_with_an_adjective_is_the_takers_ally():
    text = "سيطرت قوات النظام بدعم جوي روسي على قرية أبو ظهور بعد معارك مع هيئة تحرير الشام."
    recs = [r for r in _recs(text, "2018-01-20") if r.sub_event_type == "Government regains territory"]
    assert [r.actor2 for r in recs] == ["Hayat Tahrir al-Sham"]


def test_an_attack_made_using_suicide_bombers_is_a_suicide_bombing():
    text = ('هاجم عناصر داعش نقاطاً للجيش السوري في محطة T2 شرق حمص، مستخدمين عربة مفخخة يقودها انتحاري، '
            'ما أدى إلى مقتل 4 جنود.')
    recs = _recs(text, "2017-05-30")
    assert [(r.sub_event_type, r.actor1) for r in recs] == [("Suicide bomb", "Islamic State")]
    assert recs[0].fatalities == 4


def test_an_attack_using_rifles_stays_a_clash():
    text = 'هاجم مسلحون نقطة للشرطة في بلدة داعل، مستخدمين الرشاشات الخفيفة، ما أدى لإصابة شرطيين.'
    recs = _recs(text, "2019-02-10")
    assert [r.sub_event_type for r in recs] == ["Armed clash"]


def test_the_definite_strikes_retold_are_air_strikes_not_a_clash():
    text = 'وقال مصدر محلي إن الضربات استهدفت مستودعات في محيط بلدة الكسوة فجر اليوم.'
    recs = _recs(text, "2019-01-21")
    assert [r.sub_event_type for r in recs] == ["Air/drone strike"]
    assert recs[0].actor1 != "Unidentified Armed Group"


def test_the_sides_of_a_toll_shared_out_after_among_them_were_hit():
    text = ('انفجرت عبوة ناسفة بسيارة عسكرية قرب بلدة إنخل، ما أدى إلى مقتل 6 عناصر بينهم 2 من الأمن العسكري '
            'و4 من الفرقة الرابعة.')
    recs = _recs(text, "2019-06-02")
    assert [(r.sub_event_type, r.actor2) for r in recs] == [("Remote explosive/landmine/IED", "Syrian Government Forces")]
    assert recs[0].actor1 != "Syrian Government Forces"


def test_the_second_share_after_among_them_is_no_more_dead():
    text = ('قال المرصد إن قصفاً استهدف مواقع قرب مدينة الميادين، وأسفر عن مقتل 12 عنصراً بينهم 5 من قوات '
            'النظام و7 من المسلحين الموالين لها.')
    recs = _recs(text, "2019-06-02")
    assert [r.fatalities for r in recs] == [12]


def test_a_new_count_after_among_them_and_a_comma_is_still_counted():
    text = 'قتل 4 مدنيين بينهم طفل، وأصيب 9 آخرون بقصف مدفعي على مدينة جسر الشغور.'
    recs = _recs(text, "2019-06-02")
    assert [(r.fatalities, r.injured) for r in recs] == [(4, 9)]


def test_a_bulleted_tally_gives_each_item_its_own_dead():
    text = ('وثقت الشبكة مقتل 9 مدنيين يوم أمس الخميس، توزعوا على النحو التالي:\n'
            '- 5 مدنيين بينهم طفلان في غارة روسية على مدينة كفرتخاريم.\n'
            '- 3 مدنيين في قصف مدفعي لقوات النظام على بلدة كفرنوران.\n'
            '- مدني واحد قتل برصاص قناص في بلدة الراشدين.\n')
    recs = {r.location: r.fatalities for r in _recs(text, "2020-01-17")}
    assert sorted(v for v in recs.values() if v) == [1, 3, 5]


def test_a_bomb_defused_before_it_went_off_is_no_explosion():
    text = 'وتمكنت فرق الهندسة من تفكيك عبوة ناسفة وضعت داخل سيارة في مدينة الباب قبل انفجارها بدقائق.'
    recs = _recs(text, "2019-04-02")
    assert not any(r.event_type == "Explosions/Remote violence" for r in recs)


def test_the_town_where_the_blasts_were_heard_is_no_event_place():
    text = ('استهدفت غارات مجهولة مستودعات للميليشيات قرب مدينة الميادين. وأدت الغارات إلى انفجارات '
            'كبيرة سمعت أصداؤها في مدينة البوكمال.')
    recs = _recs(text, "2019-10-01")
    assert [r.location for r in recs if r.sub_event_type == "Air/drone strike"] == ["Al Mayadin"]


def test_almost_daily_protests_are_a_pattern_not_an_event():
    text = 'ويشهد ريف حلب الشمالي وقفات واحتجاجات شبه يومية ضد فصائل الجيش الوطني.'
    assert _recs(text, "2020-06-01") == []


def test_the_organisation_after_pkk_ypg_is_the_ypg_not_is():
    text = ('أعلنت وزارة الدفاع التركية أن إرهابيي تنظيم "بي كا كا/ي ب ك" استهدفوا بقذائف الهاون بلدة مبروكة. '
            'وأضافت أن التنظيم قصف أيضاً قرية العزيزية ما أدى لإصابة 3 مدنيين.')
    recs = _recs(text, "2019-12-03")
    assert recs and {r.actor1 for r in recs} == {"Syrian Democratic Forces"}


def test_a_clash_between_two_units_of_one_side_has_that_side_on_both_ends():
    text = ('اندلعت اشتباكات بين فصيلين من الجيش الوطني في مدينة الباب، قبل أن تتدخل الشرطة العسكرية لفض '
            'الاشتباك، ما أدى لمقتل عنصرين.')
    recs = [r for r in _recs(text, "2020-07-04") if r.sub_event_type == "Armed clash"]
    assert [(r.actor1, r.actor2) for r in recs] == [("Syrian National Army", "Syrian National Army")]


def test_an_unknown_site_inside_a_named_town_is_coded_at_the_town():
    text = 'انفجرت دراجة نارية مفخخة قرب دوار الساعة في مدينة جرابلس، ما أدى لإصابة 5 مدنيين.'
    recs = _recs(text, "2019-05-20")
    assert [(r.location_text, r.location) for r in recs] == [("دوار الساعة", "Jarabulus")]


def test_the_city_after_a_fronted_near_town_is_that_town():
    text = ('قتل 4 مدنيين بغارات روسية على مدينة معرة مصرين. وفي محيط سراقب، تدور معارك عنيفة بين الفصائل '
            'وقوات النظام على محور النيرب، وسط قصف مدفعي عنيف على المدينة.')
    recs = [r for r in _recs(text, "2020-02-03") if r.sub_event_type == "Shelling/artillery/missile attack"]
    assert [r.location for r in recs] == ["Saraqib"]


def test_the_other_sides_dead_in_a_clause_of_their_own_add_to_the_toll():
    text = ('قتل 9 عناصر من قوات النظام، و6 من عناصر تنظيم داعش، خلال هجوم شنه التنظيم على مواقع للنظام '
            'قرب مدينة تدمر.')
    recs = _recs(text, "2019-08-14")
    assert [(r.sub_event_type, r.fatalities) for r in recs] == [("Armed clash", 15)]


def test_a_count_joined_after_the_wounded_is_not_added_to_the_dead():
    text = 'قتل 3 عناصر وأصيب 5 آخرون، و2 من المدنيين، بقصف على بلدة مورك.'
    recs = _recs(text, "2019-08-14")
    assert [r.fatalities for r in recs] == [3]


def test_the_bishri_row_prints_its_point():
    from curated_rows import check_row_prints_its_point
    from rasd.geo.build import SRC_DIR, _tsv
    rows = {r["id"]: r for r in _tsv(SRC_DIR / "curated/places_pass76_syria_b.tsv")}
    check_row_prints_its_point(rows["sy:jabal-bishri"])


def test_the_bishri_highlands_are_in_syria_not_lebanons_bsharri():
    text = 'شنت الطائرات الروسية غارات على مواقع لخلايا داعش في جبل البشري بريف الرقة الجنوبي.'
    recs = _recs(text, "2019-03-02")
    assert [(r.gazetteer_id, r.geo_precision) for r in recs] == [("cur:sy:jabal-bishri", 2)]


def test_lebanons_bsharri_is_still_bsharri():
    text = 'قتل مدنيان بانفجار قذيفة من مخلفات الحرب في بلدة بشري شمال لبنان.'
    assert [r.location for r in _recs(text, "2019-03-02")] == ["Bsharri"]


def test_ongoing_fighting_since_this_mornings_dawn_with_its_dead_is_todays_clash():
    text = ('وثق المرصد مقتل 7 عناصر من قوات النظام خلال المعارك المستمرة على محور كفرنبل منذ فجر اليوم.')
    recs = _recs(text, "2019-12-20")
    assert [(r.sub_event_type, r.fatalities) for r in recs] == [("Armed clash", 7)]


def test_fighting_going_on_for_months_stays_a_situation():
    text = 'وتشهد بلدة كفرنبل اشتباكات مستمرة بين الفصائل منذ أشهر، قتل فيها العشرات.'
    assert _recs(text, "2019-12-20") == []
