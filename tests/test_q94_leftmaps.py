"""Round q94-leftmaps (stop 33): territory, event and place faults left by earlier rounds."""
from __future__ import annotations

from helpers import records_at

records = records_at("2024-05-01")


def _types(rs):
    return sorted(r.sub_event_type for r in rs)


def test_rumour_dismissed_is_no_strike():
    rs = records("قال مسؤول في المجلس المحلي إن الحديث عن قصف جوي استهدف مدينة سراقب لا يعدو كونه شائعات.")
    assert rs == []


def test_rumour_of_something_else_leaves_the_strike():
    rs = records("قصفت طائرات حربية بلدة كفرنبل جنوب إدلب، فيما قال ناشطون إن الحديث عن هدنة لا يعدو كونه شائعات.")
    assert any(r.sub_event_type == "Air/drone strike" for r in rs)


def test_snipers_deployed_are_no_attack():
    rs = records("قال شهود إن قوات الأمن نشرت قناصة على أسطح البنايات المطلة على ساحة الخلاني في بغداد.")
    assert rs == []


def test_snipers_deployed_who_shoot_are_kept():
    rs = records("نشرت قوات الأمن قناصة فوق المباني المحيطة بساحة الحبوبي في الناصرية، وأطلقوا النار على "
                 "المحتجين ما أدى إلى مقتل ثلاثة منهم.")
    assert rs and all(r.fatalities == 3 for r in rs[:1])


def test_bracketed_other_name_of_an_airport_is_one_place():
    rs = records("سقطت عدة قذائف على مطار طرابلس الدولي (معيتيقة) فجر اليوم ما أدى إلى توقف الملاحة.")
    assert len(rs) == 1 and rs[0].location_text == "معيتيقة"


def test_lost_a_town_to_a_side_is_its_take_over():
    rs = records("خسرت قوات سوريا الديمقراطية قرية الشحيل لصالح مسلحي العشائر مساء أمس.")
    assert [(r.sub_event_type, r.actor1) for r in rs] == [("Non-state actor overtakes territory", "Bedouin Militia")]


def test_lost_a_town_to_the_army_is_a_regain():
    rs = records("خسر تنظيم داعش بلدة القائم لصالح القوات العراقية بعد معارك استمرت أياماً.")
    assert any(r.sub_event_type == "Government regains territory" and "القائم" in r.location_text for r in rs)


def test_lost_men_is_no_take_over():
    rs = records("خسرت قوات النظام عشرات العناصر في معارك مع الفصائل قرب بلدة كفرنبودة.")
    assert rs and not any(r.sub_event_type.endswith("territory") for r in rs)


def test_place_an_advance_heads_for_is_not_taken():
    rs = records("تقدمت قوات الدعم السريع باتجاه مدينة الرهد بعد سيطرتها على بلدة أم روابة.")
    assert [r.location_text for r in rs] == ["بلدة أم روابة"]


def test_regain_before_which_opens_its_own_event():
    rs = records("سيطرت قوات الدعم السريع على مواقع في محيط مدينة بارا قبل أن يستعيدها الجيش في هجوم مضاد.")
    assert _types(rs) == ["Government regains territory", "Non-state actor overtakes territory"]


def test_initiative_taken_back_is_no_regain():
    rs = records("استعادت القوات الحكومية زمام المبادرة في جبهة الملاحيظ بعد صد هجوم للحوثيين.")
    assert not any(r.sub_event_type.endswith("territory") for r in rs)


def test_snipers_who_spread_over_roofs_are_no_attack():
    rs = records("أفاد سكان بأن قناصة تابعين للميليشيا انتشروا على أسطح العمارات المطلة على شارع الستين في صنعاء.")
    assert rs == []
