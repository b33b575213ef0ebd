"""Coverage round q95-somalia (stop 34): Somalia, which had only its country row. Its towns
(`curated/places_q95-somalia.tsv`), its name in the document-country words (`lexicon/countries.tsv`), its armed
actors (`lexicon/actors.tsv`) and the generic forces of a Somali report (`lexicon/generic_actors.tsv`).

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


@pytest.mark.parametrize("text, where, gid", [
    ("قتل شرطيان في هجوم بقنبلة يدوية على مركز للشرطة في مدينة بيدوا مساء السبت.", "بيدوا", "cur:q95:baidoa"),
    ("أصيب ستة مدنيين بانفجار عبوة ناسفة في سوق شعبي بمدينة كيسمايو أمس.", "كيسمايو", "cur:q95:kismayo"),
    ("سقطت قذائف هاون على حي سكني في مدينة بلدوين دون أن تسفر عن ضحايا.", "بلدوين", "cur:q95:beledweyne"),
    ("اغتال مسلحون مسؤولا محليا أمام منزله في أفجوي صباح الاثنين.", "أفجوي", "cur:q95:afgooye"),
    # Barawa, not Iraq's Rawa read through a clitic
    ("قصفت القوات الأمريكية مواقع للمسلحين قرب براوة في إقليم شبيلي السفلى.", "براوة", "cur:q95:barawa"),
    ("اندلعت اشتباكات بين قوات بونتلاند ومسلحين في ضواحي مدينة جالكعيو وقتل ثلاثة جنود.", "جالكعيو", "cur:q95:galkayo"),
    ("قصفت المدفعية أحياء في لاس عانود وقتلت امرأتين.", "لاس عانود", "cur:q95:lasanod"),
    # Beled Hawo, not Iraq's Balad
    ("سقطت قذيفة على سوق بلد حاوو الحدودية وأصابت أربعة أشخاص.", "بلد حاوو", "cur:q95:beledhawo"),
    ("أطلق مسلحون النار على سيارة تقل مسؤولين في مدينة بوصاصو وقتلوا سائقها.", "بوصاصو", "cur:q95:bosaso"),
    ("أحبطت الشرطة هجوما على فندق في حي هودن بمقديشو وقتلت مسلحين اثنين.", "هودن", "cur:q95:hodan"),
    ("شنت طائرة مسيرة غارة على سيارة تقل قياديين قرب بلدة جليب وقتلتهم.", "جليب", "cur:q95:jilib"),
])
def test_somali_places(text, where, gid):
    r = at(recs(text, "2021-03-10"), where)
    assert r.gazetteer_id == gid, (r.location_text, r.gazetteer_id)
    assert r.country == "Somalia"


@pytest.mark.parametrize("text, actor1, actor2", [
    ("هاجم مسلحو الشباب قاعدة للجيش الصومالي قرب مدينة جوهر وقتلوا ثلاثة جنود.", "Al-Shabaab",
     "Military Forces of Somalia"),
    ("استعادت القوات الحكومية الصومالية بلدة بولوبردي من حركة الشباب المجاهدين بعد معارك.",
     "Military Forces of Somalia", "Al-Shabaab"),
    ("اشتبكت قوات صوماليلاند مع ميليشيات عشائرية في لاسعانود وقتل خمسة مقاتلين.", "Military Forces of Somaliland",
     "Unidentified Clan Militia (Somalia)"),
    ("هاجم مسلحون من داعش في الصومال موقعا لقوات بونتلاند في جبال قرب بوصاصو.", "Islamic State (Somalia)",
     "Military Forces of Puntland"),
])
def test_somali_actors(text, actor1, actor2):
    r = recs(text, "2021-03-10")[0]
    assert (r.actor1, r.actor2) == (actor1, actor2)


@pytest.mark.parametrize("published, mission", [("2016-08-01", "AMISOM"), ("2023-08-01", "ATMIS"),
                                                ("2025-06-01", "AUSSOM")])
def test_au_mission_by_date(published, mission):
    r = recs("قتل جنديان من قوات الاتحاد الأفريقي في كمين نصبه مسلحو الشباب قرب مدينة بلدوين أمس.", published)[0]
    assert {r.actor1, r.actor2} == {"Al-Shabaab", mission}


def test_somali_security_forces_are_the_armys():
    r = recs("داهمت قوات الأمن منزلا في مدينة كيسمايو الصومالية واعتقلت أربعة مشتبه بهم.", "2020-02-02")[0]
    assert r.actor1 == "Military Forces of Somalia"


def test_bare_shabab_is_no_actor():
    # «الشباب» alone is "the youth"
    rs = recs("تظاهر مئات الشباب في مدينة جاروي احتجاجا على البطالة.", "2022-05-05")
    assert all(r.actor1 != "Al-Shabaab" for r in rs)
