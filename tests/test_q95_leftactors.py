"""Round q95-leftactors: actor faults left by stop 33 (an army's toll told in a fight with a named side; a capital
that reacts to a strike)."""
from __future__ import annotations

from helpers import records_at

records = records_at("2024-03-10")


def test_army_announcing_its_toll_in_a_fight_is_actor1():
    rs = records("أعلن الجيش العراقي صباح اليوم مقتل أربعة إرهابيين في اشتباكات مع عناصر من داعش في قضاء "
                 "طوزخورماتو.")
    assert [(r.actor1, r.actor2) for r in rs] == [("Iraqi Security Forces", "Islamic State")]


def test_army_telling_its_toll_with_a_named_side_after_with():
    rs = records("قال الجيش السوري إنه قتل عشرات المسلحين خلال اشتباكات مع مقاتلي هيئة تحرير الشام في "
                 "ريف حماة الشمالي.")
    assert rs and all(r.actor1 == "Syrian Government Forces" and r.actor2 == "Hayat Tahrir al-Sham" for r in rs)


def test_capital_that_replies_to_a_shelling_is_no_place_of_it():
    rs = records("ردت بغداد بغضب على قصف تركي طال قرية في ناحية باطوفة بمحافظة دهوك وأوقع قتيلاً.")
    assert rs and all(r.location != "Baghdad" for r in rs)


def test_capital_that_condemns_a_raid_is_no_place_of_it():
    rs = records("أدانت دمشق غارة إسرائيلية استهدفت مستودعاً قرب مدينة جبلة في ريف اللاذقية.")
    assert rs and all(r.location != "Damascus" for r in rs)


def test_patrol_after_between_is_the_first_side_of_the_fight():
    rs = records("اندلع اشتباك بين دورية من الجيش العراقي ومسلحين مجهولين على طريق قضاء المقدادية.")
    assert rs and all(r.actor1 == "Iraqi Security Forces" and r.actor2 == "Unidentified Armed Group" for r in rs)


def test_armed_quarrel_between_two_families_is_a_clan_clash_in_lebanon():
    rs = records("سقط قتيل وجريحان في إشكال مسلح بين عائلتين في مدينة الهرمل.")
    assert rs and all(r.sub_event_type == "Armed clash" and r.actor1 == "Unidentified Clan Militia (Lebanon)"
                      and r.actor2 == r.actor1 for r in rs)


def test_armed_quarrel_between_two_families_elsewhere_is_unnamed_gunmen_on_both_sides():
    rs = records("أصيب ثلاثة أشخاص في اشتباك مسلح بين عائلتين في مدينة صبراتة غرب ليبيا.")
    assert rs and all(r.sub_event_type == "Armed clash" and r.actor1 == "Unidentified Armed Group"
                      and r.actor2 == "Unidentified Armed Group" for r in rs)
