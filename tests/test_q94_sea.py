"""Maritime, port and shipping reports (probe round q94-probe-sea, stop 33): each test is a sentence written
for it (none is a sentence of the written sets), varying names, places and numbers."""
from __future__ import annotations

import rasd


def test_the_definite_naval_adjective_after_a_port_is_not_bahri():
    text = "سقطت ثلاث قذائف على ميناء مصراتة البحري إثر اشتباكات بين كتيبتين مسلحتين، دون وقوع إصابات."
    got = rasd.extract(text, published="2023-08-14")
    assert got
    assert all(r.location != "Khartoum North" for r in got)
    assert all(r.country == "Libya" for r in got)


def test_a_maritime_security_firm_is_not_bahri():
    text = "أصيبت ناقلة غاز بصاروخ قبالة سواحل المكلا، بحسب شركة درياد للأمن البحري."
    got = rasd.extract(text, published="2024-02-20")
    assert got
    assert all(r.location != "Khartoum North" and r.country == "Yemen" for r in got)


def test_bahri_without_the_article_stays_the_town():
    text = "قصفت مسيرة حي الصافية في مدينة بحري، ما أدى إلى مقتل أربعة مدنيين."
    got = rasd.extract(text, published="2023-10-02")
    assert got and all(r.admin1 == "Khartoum" for r in got)


def test_a_states_navy_with_its_nationality_is_its_forces():
    text = "أطلقت البحرية السودانية النار على زورق يقل مسلحين قرب سواحل بورتسودان، فقتلت ثلاثة منهم."
    got = rasd.extract(text, published="2024-09-11")
    assert any(r.actor1 == "Sudanese Armed Forces" for r in got)


def test_one_coast_guard_boat_told_as_subject_fired():
    text = "أطلق زورق تابع لخفر السواحل الليبي أعيرة نارية على مركب يقل مهاجرين قبالة سواحل الزاوية، فأصيب ثلاثة منهم."
    got = rasd.extract(text, published="2023-06-03")
    assert got and got[0].actor1 == "Military Forces of Libya"


def test_off_the_coast_of_a_short_named_town_is_near_it():
    text = "أطلقت البحرية المصرية النار على مركب صيد قبالة شاطئ رفح، ما أدى إلى مقتل صيادين اثنين."
    got = rasd.extract(text, published="2024-01-22")
    assert got
    r = got[0]
    assert r.location_text and "رفح" in r.location_text
    assert r.geo_precision == 2


def test_the_arabian_sea_is_a_place_of_its_own():
    text = "أعلنت جماعة الحوثي أنها استهدفت ناقلة نفط في البحر العربي بصاروخين مجنحين."
    got = rasd.extract(text, published="2024-03-15")
    assert got and got[0].location == "Arabian Sea"


def test_a_ships_owning_company_is_no_actor():
    text = "قال الحوثيون إنهم هاجموا سفينة حاويات تعود ملكيتها لشركة إسرائيلية في خليج عدن بطائرات مسيرة."
    got = rasd.extract(text, published="2024-01-30")
    assert got
    assert all(r.actor2 != "Israeli Forces" for r in got)
