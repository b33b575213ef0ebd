"""Fix round q94-fix29r (holdout29 misses and event types): a convoy or a car stopped on the road by "اعترض" is no
interception in the air; an unexploded shell told with its kind between ("قذيفة هاون لم تنفجر") or remnants of past
fighting are war remnants (IED); "الهجوم الأول" after a series of drone attacks is one of them; gunfire at a building
with a burning and no one hurt is property destruction."""
from __future__ import annotations

from helpers import records_at

records = records_at("2024-06-03")


def _types(text):
    return sorted(r.sub_event_type for r in records(text))


def test_a_convoy_stopped_on_the_road_and_shot_at_is_an_attack():
    rs = records("اعترض مسلحون يوم الأحد قافلة إغاثة على الطريق قرب مدينة الجنينة، وأطلقوا النار على السائقين "
                 "فأصيب اثنان منهم، ثم استولوا على حمولة ثلاث شاحنات.")
    assert "Attack" in {r.sub_event_type for r in rs}
    rs = records("اعترضت مجموعة مسلحة يوم الخميس 12 يونيو سيارة قرب مدينة نيالا وأطلقت النار على ركابها فأصابت "
                 "اثنين منهم.")
    assert [r.sub_event_type for r in rs] == ["Attack"]


def test_an_intercepted_drone_is_still_no_attack():
    assert "Attack" not in _types("اعترضت الدفاعات الجوية طائرة مسيرة فوق مدينة مروي فجر اليوم.")


def test_an_unexploded_shell_told_with_its_kind_is_a_remnant():
    assert _types("أصيب فتى بجروح مساء أمس عندما انفجرت قذيفة هاون لم تنفجر سابقاً قرب بلدة عبسان الكبيرة "
                  "شرق خانيونس.") == ["Remote explosive/landmine/IED"]
    assert _types("جرح عامل في بلدة بيت حانون بعد أن انفجر صاروخ لم ينفجر لدى سقوطه أثناء رفعه الأنقاض.") == [
        "Remote explosive/landmine/IED"]
    assert _types("قتل شاب في حي عين زارة بطرابلس بانفجار قذيفة قديمة من مخلفات الاشتباكات أثناء تنظيفه "
                  "فناء منزله.") == ["Remote explosive/landmine/IED"]


def test_the_first_attack_of_a_drone_series_is_an_air_strike():
    assert _types("تعرضت مدينة كسلا منذ فجر الجمعة لسلسلة هجمات بالطائرات المسيرة. استهدف الهجوم الأول مطار "
                  "كسلا، ولم تعلن خسائر.") == ["Air/drone strike"]
    assert "Armed clash" not in _types("شنت قوات الدعم السريع هجمات بالمسيرات على مدينة عطبرة. واستهدف الهجوم "
                                       "الثاني محطة الكهرباء الرئيسية في المدينة.")


def test_gunfire_at_a_building_with_a_burning_is_property_destruction():
    assert _types("اقتحم مسلحون مقر إذاعة في مدينة سبها وأطلقوا النار على واجهة المبنى وأضرموا النار في غرفة "
                  "الأرشيف، ولم تقع إصابات.") == ["Looting/property destruction"]
    assert _types("هاجم ملثمون فجر اليوم مكتب صحيفة في مدينة مصراتة وأطلقوا النار على واجهته ثم أحرقوا "
                  "محتوياته، دون وقوع إصابات.") == ["Looting/property destruction"]


def test_gunfire_at_people_in_a_raid_stays_an_attack():
    assert "Attack" in _types("اقتحم مسلحون مقر قناة في مدينة بنغازي وأطلقوا النار على الحراس وأضرموا النار "
                              "في الاستوديو.")
