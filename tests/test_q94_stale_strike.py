"""Round q94-fix28r (stop 33): an air strike's word told as an earlier strike's leftovers or traces ("من مخلفات غارات
التحالف"، "بقايا غارة"، "غارة سابقة") does not make the clause an air strike: its event is the explosion or the shelling
it tells. A strike told as the clause's own (its target old or former) is still an air strike."""
from __future__ import annotations

from helpers import records_at

records = records_at("2024-05-01")


def _types(rs):
    return sorted((r.location_text, r.sub_event_type) for r in rs)


def test_a_cluster_bomb_left_by_earlier_strikes_is_an_explosive():
    rs = records("أصيب طفلان يوم الأحد بانفجار قنبلة عنقودية من مخلفات غارات التحالف في مديرية مجز بمحافظة صعدة.")
    assert {r.sub_event_type for r in rs} == {"Remote explosive/landmine/IED"}, _types(rs)


def test_ordnance_from_the_remains_of_an_old_strike_is_an_explosive():
    rs = records("أصيب مزارع بانفجار ذخيرة من بقايا غارة إسرائيلية قديمة في بلدة عيترون الجنوبية يوم الاثنين.")
    assert {r.sub_event_type for r in rs} == {"Remote explosive/landmine/IED"}, _types(rs)


def test_artillery_that_hit_rescuers_of_an_earlier_strike_is_a_shelling():
    rs = records("قتل مسعف يوم الثلاثاء جراء قصف مدفعي لقوات النظام استهدف بلدة كفرنبل بريف إدلب أثناء إسعافه "
                 "جرحى غارة سابقة.")
    assert {r.sub_event_type for r in rs} == {"Shelling/artillery/missile attack"}, _types(rs)


def test_a_strike_on_a_former_camp_is_still_an_air_strike():
    rs = records("شنت طائرات التحالف غارة على معسكر سابق للجيش في مديرية صرواح يوم الثلاثاء.")
    assert {r.sub_event_type for r in rs} == {"Air/drone strike"}, _types(rs)


def test_a_strike_on_the_old_city_is_still_an_air_strike():
    rs = records("شن الطيران الحربي غارات على المدينة القديمة في حلب فجر اليوم، ما أدى إلى مقتل ثلاثة مدنيين.")
    assert {r.sub_event_type for r in rs} == {"Air/drone strike"}, _types(rs)
