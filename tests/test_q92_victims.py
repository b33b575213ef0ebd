"""Round q92-victims (stop 31): named victims with no number, companions after "مع", capitals that tell
their own forces' deed. Each test is a sentence written for it, not one of the sets'."""
from __future__ import annotations

import pytest

import rasd

PUB = "2024-05-01"


def _records(text: str):
    return [r for r in rasd.extract(text, published=PUB) if not r.background]


def _one(text: str):
    records = _records(text)
    assert records, text
    return records[0]


# 1. a dead man told with his companions after "مع" ("مع ثلاثة من مرافقيه"، "مع سائقه"، "مع نجله واثنين من
#    مرافقيه") is one more of their toll: he and they are counted together, neither alone
@pytest.mark.parametrize("text, killed", [
    ("قتل القيادي في تنظيم داعش أبو خالد العراقي مع اثنين من مرافقيه في غارة للتحالف قرب الميادين.", 3),
    ("لقي آمر السرية النقيب حامد مصرعه مع ثلاثة من حراسه في كمين بمنطقة القطرون.", 4),
    ("قتل زعيم العصابة مع ستة من أتباعه في اشتباك مع الشرطة بولاية كاتسينا.", 7),
    ("قتل مسؤول محلي مع سائقه في هجوم مسلح على سيارته قرب مدينة شبام.", 2),
    ("قتل القيادي الحوثي أبو حسين المراني مع نجله وثلاثة من مرافقيه في غارة جوية على حرض.", 5),
])
def test_a_dead_man_and_his_companions_are_one_toll(text, killed):
    assert _one(text).fatalities == killed


# ... but "مع" with no count or person with its owner's pronoun after it adds no one (passes at base too)
@pytest.mark.parametrize("text, field, n", [
    ("قتل القيادي في حزب الله واثنان من مرافقيه مع عائلاتهم في غارة إسرائيلية على بلدة الخيام.", "fatalities", 3),
])
def test_with_no_companions_no_more_dead(text, field, n):
    assert getattr(_one(text), field) == n


# 2. a common given name right after a casualty verb, with no person noun before it, is one dead or wounded;
#    "المدعو" before a name is one person too (and the name after it is no place)
@pytest.mark.parametrize("text, field, n", [
    ("وقتل يوسف آدم أمس برصاص عناصر من قوات الدعم السريع في سوق مدينة كتم.", "fatalities", 1),
    ("استشهد أحمد أبو ريان متأثراً بجروحه التي أصيب بها برصاص الاحتلال في مدينة قلقيلية.", "fatalities", 1),
    ("أصيب عثمان وشقيقه برصاص قناص في حي الشيخ مقصود بحلب.", "injured", 2),
    ("قتل المدعو كريم جاسم على يد مسلحين مجهولين في ناحية العظيم بمحافظة ديالى.", "fatalities", 1),
])
def test_a_named_victim_is_one(text, field, n):
    assert getattr(_one(text), field) == n


def test_the_lower_ranks_are_persons():
    r = _one("قتل الجندي عادل سليم والعريف ماهر رشيد في انفجار عبوة ناسفة بمدينة الشيخ زويد أمس.")
    assert r.fatalities == 2
    assert len(_records("قتل الجندي عادل سليم والعريف ماهر رشيد في انفجار عبوة ناسفة بمدينة الشيخ زويد أمس.")) == 1


# 3. a capital that tells its own forces' deed ("أعلنت أنقرة أن طائراتها قصفت") is that state's forces
@pytest.mark.parametrize("text, actor", [
    ("أعلنت أنقرة أن طائراتها قصفت مواقع لحزب العمال الكردستاني في منطقة متينا شمال العراق.", "Turkish Forces"),
    ("أكدت موسكو أن طائراتها نفذت غارات على مواقع المسلحين في ريف اللاذقية أسفرت عن مقتل 15 مسلحا.",
     "Russian Forces"),
    ("أعلنت واشنطن أن قواتها قتلت قياديا في حركة الشباب بغارة جوية قرب مدينة جلب.",
     "Military Forces of the United States"),
])
def test_a_capital_telling_its_forces_deed_is_its_forces(text, actor):
    assert _one(text).actor1 == actor


def test_a_capital_that_accuses_is_no_side():
    r = _one("اتهمت الخرطوم قوات الدعم السريع بقصف مدينة كوستي بالمسيرات ما أسفر عن مقتل خمسة مدنيين.")
    assert r.actor1 == "Rapid Support Forces"


def test_a_companion_past_its_adjective_and_more_after_it():
    r = _one("سقط صاروخ على منزل تاجر في مدينة دهوك، ما أدى إلى مقتله مع ابنته الرضيعة واثنين من ضيوفه.")
    assert r.fatalities == 4


def test_a_dual_verb_with_their_companions():
    from datetime import date

    from rasd.extract.casualties import clause_casualties
    from rasd.extract.mentions import find_mentions
    from rasd.lexicon.load import lexicons
    from rasd.text.normalize import normalize
    text = normalize("القائدان قتلا مع خمسة من مرافقيهم بضربة طائرة مسيرة").text
    m = find_mentions(text, lexicons(), date(2024, 5, 1))
    assert clause_casualties(text, 0, len(text), m).killed.best == 7


# 4. a spokesman's "their forces" ("إن قواتهم صدت هجوماً") are the force he speaks for
def test_a_spokesmans_their_forces_are_his_side():
    r = _one("قال المتحدث باسم قوات الدعم السريع إن قواتهم صدت هجوما للجيش على منطقة جبرة الشيخ وقتلت عشرات الجنود.")
    assert {r.actor1, r.actor2} == {"Sudanese Armed Forces", "Rapid Support Forces"}
