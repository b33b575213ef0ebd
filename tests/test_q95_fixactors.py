"""Round q95-fixactors (stop 34): a side's name right after a settlement's type word is the place's name
(«بلدة القاعدة» in Ibb; `mentions.SETTLEMENT_KINDS`); a nationality adjective after a town named with its type
word («مدينة ريحانلي التركية») or after a university («جامعة هارفارد الأمريكية», grammar_words `press_body`)
names no side; a teller that announces its own men dead in a fight («مقتل خمسة من جنوده في اشتباكات مع X»,
grammar_words `own_dead_noun`) was the side hit, X the attacker (`sides._toll_teller`)."""
from __future__ import annotations

from helpers import records_at

records = records_at("2023-03-10")


def _sides(rs):
    return [(r.sub_event_type, r.actor1, r.actor2, r.location) for r in rs]


def test_a_turkish_town_shelled_from_syria_is_not_struck_by_turkey():
    rs = records("سقطت قذائف صاروخية مساء أمس على مدينة ريحانلي التركية مصدرها الأراضي السورية، ما أدى إلى مقتل امرأة.")
    assert rs and all(r.actor1 != "Turkish Forces" for r in rs), _sides(rs)


def test_a_town_of_two_words_with_its_nation_is_no_side():
    rs = records("سقط صاروخ على بلدة أقجة قلعة التركية أمس، وأصيب طفلان بجروح.")
    assert rs and all(r.actor1 != "Turkish Forces" for r in rs), _sides(rs)


def test_an_israeli_village_hit_by_a_shell_is_not_struck_by_israel():
    rs = records("أصيب ثلاثة مدنيين بسقوط قذيفة على قرية المطلة الإسرائيلية مساء أمس.")
    assert rs and all(r.actor1 != "Israeli Forces" for r in rs), _sides(rs)


def test_the_nation_of_a_base_struck_stays_the_side_hit():
    rs = records("استهدفت طائرة مسيرة أمس قاعدة حميميم الروسية في ريف اللاذقية.")
    assert rs and all(r.actor2 == "Russian Forces" for r in rs), _sides(rs)


def test_the_town_of_al_qaeda_in_ibb_is_no_side():
    rs = records("اقتحم مسلحون حوثيون أمس بلدة القاعدة في محافظة إب واختطفوا أربعة مدرسين.")
    assert rs and all("Al-Qaeda" not in (r.actor2 or "") for r in rs), _sides(rs)


def test_a_university_named_with_its_nation_is_no_side():
    rs = records("قال باحثون في جامعة هارفارد الأمريكية إن صور الأقمار الصناعية تظهر أن قوات الدعم السريع أحرقت "
                 "قرية كرينك أمس.")
    assert rs and all("United States" not in (r.actor2 or "") + (r.actor1 or "") for r in rs), _sides(rs)


def test_an_army_announcing_its_own_dead_in_a_fight_was_hit():
    rs = records("أعلن الجيش السوداني مقتل عشرة من عناصره في معارك مع قوات الدعم السريع في بابنوسة أمس.")
    assert rs and all(r.actor1 == "Rapid Support Forces" and r.actor2 == "Sudanese Armed Forces"
                      for r in rs), _sides(rs)


def test_a_group_announcing_its_fighters_dead_was_hit():
    rs = records("أعلنت قوات سوريا الديمقراطية مقتل ثلاثة من مقاتليها خلال اشتباكات مع عناصر تنظيم داعش في ريف "
                 "دير الزور أمس.")
    assert rs and all(r.actor1 == "Islamic State" and r.actor2 == "Syrian Democratic Forces" for r in rs), _sides(rs)


def test_an_army_announcing_the_dead_it_made_still_fought_first():
    rs = records("أعلن الجيش العراقي مقتل أربعة إرهابيين في اشتباكات مع عناصر من داعش في كركوك أمس.")
    assert rs and all(r.actor1 == "Iraqi Security Forces" and r.actor2 == "Islamic State" for r in rs), _sides(rs)
