"""Coverage round q94-coverage (stop 33): places of holdout28/holdout29's gold events and of earlier rounds'
leftovers that the gazetteer did not know or read wrongly; each with its source in
`curated/places_q94-coverage.tsv` (the bare «وادي الضيف» in `curated/places_q85-sites.tsv`).

Every sentence is written for the test (not taken from a set) and differs from the round's probes.
"""
from __future__ import annotations

import pytest

import rasd


def recs(text: str, published: str):
    return rasd.extract(text, published=published)


def at(rs, where):
    hits = [r for r in rs if where in (r.location_text or "")]
    assert hits, [(r.location_text, r.location) for r in rs]
    return hits[0]


@pytest.mark.parametrize("text, published, where, gid", [
    # Hebron's at-Tuwani (a printed point)
    ("الخليل - مراسلنا\nأحرق مستوطنون مركبتين في قرية التواني جنوب الخليل فجر الأحد.", "2023-09-10", "التواني",
     "cur:q94:tuwani"),
    # Marjayoun's Qlayaa
    ("بيروت - مراسلنا\nأصيب مزارع بشظايا قذيفة إسرائيلية سقطت في بلدة القليعة الجنوبية.", "2024-02-14", "القليعة",
     "cur:q94:qlayaa"),
    # the Beqaa's al-Fakiha, only with its type word
    ("بعلبك - مراسلنا\nأطلق مسلحون النار على دورية للجيش عند أطراف بلدة الفاكهة وأصابوا عسكريا.", "2016-07-01",
     "الفاكهة", "cur:q94:fakiha"),
    # Deir ez-Zor's Kabajeb
    ("دير الزور - مراسلنا\nقتل أربعة رعاة بانفجار لغم أرضي في بادية كباجب.", "2023-02-20", "كباجب", "cur:q94:kabajeb"),
    # Kirkuk's Rahimawa, two spellings
    ("كركوك - مراسلنا\nأصيب طفلان بانفجار عبوة ناسفة قرب مدرسة في حي رحيم آوه.", "2012-04-08", "رحيم", "cur:q94:rahimawa"),
    ("كركوك - مراسلنا\nاعتقلت قوات الأمن أربعة مطلوبين في منطقة رحيماوه.", "2018-10-02", "رحيماوه", "cur:q94:rahimawa"),
    # Basra's al-Ashar and al-Tannuma
    ("البصرة - مراسلنا\nأطلق مسلحون مجهولون النار على مدني في منطقة العشار وأردوه قتيلا.", "2021-06-17", "العشار", "cur:q94:basra-ashar"),
    ("البصرة - مراسلنا\nاغتال مسلحون ضابطا في الشرطة أمام منزله في منطقة التنومة.", "2019-03-28", "التنومة",
     "cur:q94:basra-tannuma"),
    # Suakin's Osman Digna port, not Port Sudan's air base
    ("الخرطوم - مراسلنا\nضربت مسيرة انتحارية ميناء عثمان دقنة بمدينة سواكن وأشعلت النار في مخزن.", "2025-05-08",
     "عثمان دقنة", "cur:q94:suakin-port"),
    # the spelling ذوباب of Dhubab
    ("تعز - مراسلنا\nقتل جنديان بقذيفة أطلقها الحوثيون على مواقع الجيش في ذوباب.", "2017-02-06", "ذوباب", "gn:76089"),
    # Idlib's Wadi al-Deif camp by its bare name
    ("إدلب - مراسلنا\nقصفت الطائرات الحربية بلدة حيش ووادي الضيف وقتلت ثلاثة مقاتلين.", "2013-04-11", "وادي الضيف",
     "cur:sy:wadi-deif-camp"),
])
def test_places_of_the_sets(text, published, where, gid):
    r = at(recs(text, published), where)
    assert r.gazetteer_id == gid, (r.location_text, r.gazetteer_id)


def test_arish_zuhur_opens_egypts_rafah():
    # «حي الزهور» was held to Mosul's quarter, which kept a Sinai report off Egypt's Rafah (Gaza's, no quarter)
    rs = recs("القاهرة - مراسلنا\nأصيب ثلاثة مدنيين بقذيفة سقطت في حي الزهور بالعريش، فيما قتل جندي بعبوة ناسفة "
              "جنوب رفح بمحافظة شمال سيناء.", "2017-02-20")
    z = at(rs, "الزهور")
    assert z.gazetteer_id == "cur:q94:arish-zuhur" and z.country == "Egypt", (z.gazetteer_id, z.country)
    r = at(rs, "رفح")
    assert r.country == "Egypt", (r.gazetteer_id, r.country)


def test_mosul_zuhur_stays_in_mosul():
    rs = recs("الموصل - مراسلنا\nقتل مدنيان بقذيفة هاون سقطت على حي الزهور في الجانب الأيسر.", "2016-12-02")
    r = at(rs, "الزهور")
    assert r.gazetteer_id == "cur:iq:mosul-zuhur", r.gazetteer_id


def test_port_sudan_air_base_stays_the_air_base():
    rs = recs("بورتسودان - مراسلنا\nهاجمت مسيرات قاعدة عثمان دقنة الجوية قرب مطار المدينة.", "2025-05-05")
    assert at(rs, "عثمان دقنة").gazetteer_id == "cur:site:osman-digna"


def test_fruit_is_no_place():
    # «الفاكهة» alone is 'fruit'
    rs = recs("بعلبك - مراسلنا\nاعتدى مسلحون على بائع الفاكهة في سوق المدينة وأصابوه بجروح.", "2016-07-03")
    assert all(r.gazetteer_id != "cur:q94:fakiha" for r in rs), [(r.location_text, r.gazetteer_id) for r in rs]
