"""Probe round q89-probe-statements (official statements, denials, analysis pieces): each test is a sentence
written for it, not one of the sets'."""
from __future__ import annotations

from helpers import records_at


recs = records_at("2019-03-10")


def _at(rs, word):
    def norm(t):
        return t.replace("ة", "ه").replace("أ", "ا").replace("إ", "ا").replace("آ", "ا")
    return [r for r in rs if r.location_text and word in norm(r.location_text)]


# 1. An analysis piece's likelihood and ability: "من المرجح أن"، "قادر على" give no event
def test_a_likely_attempt_is_no_event():
    rs = recs("مصراتة - 10 مارس\nيرى كثيرون أن الهدنة هشة، ومن المرجح أن تحاول الكتائب السيطرة على قاعدة "
              "الجفرة الجوية.")
    assert not _at(rs, "الجفره")


def test_a_likely_assault_is_no_event():
    rs = recs("سرت - 10 مارس\nتبدو الهدنة هشة. ومن المرجح أن تهاجم الكتائب منطقة الهيشة بعد وصول التعزيزات.")
    assert not _at(rs, "الهيشه")


def test_an_ability_is_no_event():
    rs = recs("عدن - 10 مارس\nلا يبدو أن القوات الحكومية قادرة على حسم المعارك في مديرية الدريهمي، إذ لا تزال "
              "الجبهة مشتعلة.")
    assert not _at(rs, "الدريهمي")


def test_the_real_strike_beside_an_ability_stays():
    rs = recs("بنغازي - 10 مارس\nما تزال خلايا التنظيم قادرة على شن هجمات في الجنوب. وقصف الطيران الحربي "
              "صباح اليوم مواقع للتنظيم في بلدة أم الأرانب.")
    assert _at(rs, "الارانب")


# 2. A running count with the operation or war as a pronoun ("منذ انطلاقها") is no fight of the day
def test_a_running_count_since_its_launch_is_no_clash():
    rs = recs("أنقرة - 10 مارس\nقالت وزارة الدفاع التركية إن عملية نبع السلام حيدت 620 إرهابياً منذ "
              "انطلاقها في منطقة رأس العين.")
    assert not [r for r in rs if r.sub_event_type == "Armed clash"]


def test_a_running_toll_since_it_broke_out_is_not_the_days():
    # (in a sentence of its own: told in the fight's own sentence, the count still drops the fight, as
    #  "منذ بدء" does; left)
    rs = recs("طرابلس - 10 مارس\nتجددت الاشتباكات اليوم في منطقة عين زارة. وقالت مصادر طبية إن المعارك خلفت 54 "
              "قتيلاً منذ اندلاعها.")
    hit = _at(rs, "عين زاره")
    assert hit and hit[0].fatalities is None


# 3. A state force's statement of what "the aircraft" did is its own raid, not a raid on it
def test_a_ministrys_bare_aircraft_are_its_own():
    rs = recs("إدلب - 10 أيار\nأعلنت وزارة الدفاع التركية أن قواتها حيدت 45 إرهابياً منذ بدء العملية، وأن الطائرات "
              "قصفت اليوم مواقع في قرية العريمة.", "2019-05-10")
    hit = _at(rs, "العريمه")
    assert hit and hit[0].sub_event_type == "Air/drone strike" and hit[0].actor1 == "Turkish Forces"
    assert hit[0].actor2 != "Turkish Forces"


def test_a_named_foreign_raid_stays_named():
    rs = recs("بغداد - 10 مارس\nقالت وزارة الدفاع العراقية إن طائرات أمريكية قصفت مواقع في منطقة جرف الصخر.")
    hit = _at(rs, "جرف الصخر")
    assert hit and hit[0].actor1 == "Military Forces of the United States"


# 4. A claim that is the report's first telling of the deed is the deed, the claimant its doer
def test_a_claim_told_first_is_the_event():
    rs = recs("بغداد - 10 مارس\nأعلنت كتائب حزب الله في بيان مسؤوليتها عن الهجوم بطائرة مسيرة على قاعدة "
              "حرير شمالي أربيل.")
    hit = _at(rs, "حرير")
    assert hit and hit[0].actor1 == "Kataib Hezbollah"


def test_a_claim_then_the_deed_retold_is_the_claimants():
    rs = recs("كابل - 10 مارس\nأعلن تنظيم الدولة مسؤوليته عن التفجير الانتحاري في سوق مدينة منبج. وكان "
              "انتحاري قد فجر نفسه ظهر اليوم في السوق، ما أدى إلى مقتل 11 شخصاً.")
    hit = _at(rs, "منبج")
    assert hit and hit[0].actor1 == "Islamic State"


# 5. A defence ministry named by its nation's adjective ("قالت وزارة الدفاع الأمريكية إن") is the teller: its
#    soldiers counted dead were hit, its aircraft struck
def test_a_ministry_counting_its_soldiers_was_hit():
    rs = recs("دمشق - 20 تشرين الأول\nقالت وزارة الدفاع الأمريكية إن أربعة جنود أمريكيين قتلوا وأصيب 12 آخرون في "
              "هجوم بطائرة مسيرة على قاعدة الشدادي.", "2023-10-20")
    hit = _at(rs, "الشدادي")
    assert hit and hit[0].actor1 != "Military Forces of the United States"
    assert hit[0].actor2 == "Military Forces of the United States"


def test_a_ministrys_own_aircraft_after_a_named_target():
    rs = recs("دمشق - 20 تشرين الأول\nقالت وزارة الدفاع الأمريكية إن طائراتها قصفت مخزنين للحرس الثوري قرب مدينة "
              "الميادين.", "2023-10-20")
    hit = _at(rs, "الميادين")
    assert hit and hit[0].actor1 == "Military Forces of the United States"
