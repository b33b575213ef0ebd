"""Fix round q94-fixactors: who did it and to whom.  A grenade or a bomb thrown at a shop hits
civilians; Eritrea's and the United States' navies are those states' forces; the first side of
"بين قوة من X وY" is X, not a victim counted from it; and a fight a crime page's item title places
at the town takes the sides its body tells at the district around it."""
from __future__ import annotations

from helpers import only, records_at

records = records_at("2024-06-03")


def test_a_grenade_at_a_shop_hits_civilians():
    r = only(records("ألقى مجهولون قنبلة يدوية على محل لبيع الملابس في حي الطرب بمدينة البصرة ليل الأحد، "
                     "واقتصرت الأضرار على واجهة المحل."))
    assert r.sub_event_type == "Grenade"
    assert r.actor2 == "Civilians"
    r = only(records("رمى شخص مجهول قنبلة يدوية على متجر للمجوهرات في مدينة زحلة فجر اليوم، دون إصابات."))
    assert r.actor2 == "Civilians"


def test_a_bomb_at_a_shop_hits_civilians():
    r = only(records("انفجرت عبوة ناسفة وضعها مجهولون أمام محل تجاري في مدينة الرمادي مساء الخميس، "
                     "ما ألحق أضراراً بالمحل."))
    assert r.actor2 == "Civilians"


def test_an_eritrean_navy_is_eritreas_forces():
    r = only(records("احتجزت البحرية الإريترية أمس سبعة صيادين يمنيين وقاربهم قرب جزيرة زقر."))
    assert r.sub_event_type == "Arrests"
    assert r.actor1 == "Military Forces of Eritrea"


def test_the_first_side_of_a_unit_drawn_from_a_force():
    r = only(records("قتل جنديان في اشتباك مسلح بين قوة من الحزام الأمني ومسلحين قبليين في مديرية البريقة "
                     "بعدن يوم الثلاثاء."))
    assert r.sub_event_type == "Armed clash"
    assert (r.actor1, r.actor2) == ("Security Belt Forces", "Unidentified Armed Group")


def test_an_item_titles_fight_takes_the_sides_of_its_body():
    r = only(records("صفحة الحوادث\n\nاشتباك في المنصورة\nقتل شخص وجرح آخران أمس في اشتباك بين قوات الحزام "
                     "الأمني ومسلحين في مديرية المنصورة بعدن.\n"))
    assert r.sub_event_type == "Armed clash"
    assert (r.actor1, r.actor2) == ("Security Belt Forces", "Unidentified Armed Group")
