"""Precision round q87-precision (stop 26): causes of false records that recur across sets.

Sentences written for these tests (names, places and numbers varied from any report)."""
from __future__ import annotations

from helpers import records_at

records = records_at("2024-06-03")


def _kinds(rows):
    return sorted((r.sub_event_type, r.location_text) for r in rows)


# --- a raid that harmed property only is a property destruction ------------------------------

def test_a_raid_that_only_burned_is_a_property_destruction():
    rows = records("رام الله - هاجم مستوطنون فجر اليوم قرية المغير شرق رام الله، "
                   "وأحرقوا ثلاث مركبات ومخزناً زراعياً، دون أن يبلغ عن إصابات.")
    assert _kinds(rows) == [("Looting/property destruction", "قرية المغير")], rows
    rows = records("الفاشر - قال شهود إن مسلحين على ظهور الجمال هاجموا قرية طويلة شرق الفاشر، "
                   "ونهبوا المواشي وأحرقوا عشرات المنازل.", published="2024-11-02")
    assert _kinds(rows) == [("Looting/property destruction", "قرية طويلة")], rows


def test_a_storming_that_only_burned_is_a_property_destruction():
    rows = records("نابلس - اقتحم مستوطنون قرية بورين جنوب نابلس فجر اليوم، وأحرقوا مركبتين وأشجار زيتون.")
    assert _kinds(rows) == [("Looting/property destruction", "قرية بورين")], rows
    # one that hurt someone stays an attack
    rows = records("نابلس - اقتحم مستوطنون قرية عصيرة القبلية جنوب نابلس، وأحرقوا مركبة واعتدوا على مزارع بالضرب.")
    assert [r.sub_event_type for r in rows] == ["Attack"], rows


def test_a_raid_with_a_toll_at_one_village_burned_the_others():
    rows = records("الجنينة - هاجمت قوات الدعم السريع قرى كرينك وأبو سروج ومورني، وأحرقت عشرات المنازل "
                   "ونهبت الأسواق، فيما قُتل ما لا يقل عن سبعة مدنيين في كرينك.", published="2023-12-10")
    attacks = [r.location_text for r in rows if r.sub_event_type == "Attack"]
    lootings = {r.location_text for r in rows if r.sub_event_type == "Looting/property destruction"}
    assert attacks == ["كرينك"], rows
    assert {"أبو سروج", "مورني"} <= lootings, rows


def test_a_raid_that_hurt_or_killed_people_stays_an_attack():
    # the harm told in a clause of its own: the raid is that attack, no looting beside it
    rows = records("قلقيلية - هاجم مستوطنون قرية عزون شرق قلقيلية، وأطلقوا النار على الأهالي ما أدى "
                   "إلى إصابة شابين، وأحرقوا مركبة.", published="2024-04-21")
    assert [r.sub_event_type for r in rows] == ["Attack"], rows
    rows = records("نيالا - هاجم مسلحون مجهولون سوق قرية دومة شمال نيالا، وقتلوا تاجرين ونهبوا المحال التجارية.",
                   published="2022-09-05")
    assert "Attack" in {r.sub_event_type for r in rows}, rows


def test_raids_told_after_a_deadly_toll_of_their_area_stay_attacks():
    rows = records("الجنينة - قالت لجنة النازحين إن 31 شخصاً على الأقل قتلوا، في هجمات شنها مسلحون على قرى "
                   "منطقة كرينك خلال الأيام الثلاثة الماضية. وأوضحت اللجنة أن المسلحين هاجموا قرى أبو سروج "
                   "وسربا، ونهبوا مئات الرؤوس من الماشية.", published="2021-11-20")
    attacks = {r.location_text for r in rows if r.sub_event_type == "Attack"}
    assert {"أبو سروج", "سربا"} <= attacks, rows


# --- what forces prepare for, or people are exposed to, is no event --------------------------

def test_readiness_and_exposure_tell_no_event():
    assert records("الرمادي - وصلت تعزيزات كبيرة من قوات الجيش إلى مطار الحبانية، استعداداً لهجوم واسع "
                   "على مواقع التنظيم في الفلوجة.", published="2023-05-10") == []
    assert records("الموصل - حشدت قوات البيشمركة نحو ألفي مقاتل على أطراف بلدة بعشيقة، تحسباً لهجوم قد "
                   "يشنه التنظيم على مواقعها.", published="2016-09-20") == []
    assert records("درعا - وقال ناشطون إن عشرات الشبان في بلدة طفس باتوا عرضة للاعتقال بعد رفض النظام "
                   "تسوية أوضاعهم.", published="2019-03-02") == []


def test_an_event_beside_the_readiness_is_kept():
    rows = records("إدلب - أرسلت تركيا رتلاً عسكرياً إلى نقطة المراقبة في بلدة معرحطاط، استعداداً لمعركة "
                   "مرتقبة مع قوات النظام، فيما قصفت قوات النظام بلدة معرة مصرين بالمدفعية.",
                   published="2020-02-08")
    assert _kinds(rows) == [("Shelling/artillery/missile attack", "بلدة معرة مصرين")], rows


# --- an airport told for its flights is no place of the event --------------------------------

def test_flights_suspended_and_diverted_place_no_event():
    rows = records("طرابلس - اندلعت اشتباكات عنيفة ليل الاثنين في منطقتي الفرناج وعين زارة، فيما علقت "
                   "الرحلات في مطار معيتيقة وحولت إلى مطار مصراتة.", published="2023-08-15")
    assert _kinds(rows) == [("Armed clash", "الفرناج"), ("Armed clash", "عين زارة")], rows
    rows = records("طرابلس - قُتل 23 شخصاً في اشتباكات عنيفة في طرابلس، وتم تحويل رحلات مطار معيتيقة "
                   "إلى مطار مصراتة الدولي.", published="2022-09-01")
    assert _kinds(rows) == [("Armed clash", "طرابلس")], rows


def test_the_struck_airport_stays_and_the_airport_then_means_it():
    rows = records("طرابلس - استهدفت غارة جوية لقوات حفتر مطار معيتيقة الدولي ظهر اليوم، ما أدى إلى تعليق "
                   "الرحلات الجوية وتحويلها إلى مطار مصراتة، دون إصابات، وفق إدارة المطار.",
                   published="2019-05-12")
    assert _kinds(rows) == [("Air/drone strike", "مطار معيتيقة")], rows


# --- ordinary words that are also place names ------------------------------------------------

def test_and_condemned_is_no_waddan():
    rows = records("بنغازي - قتل ثلاثة من حراس مقر حكومي في هجوم شنه مسلحون على المبنى في بنغازي. "
                   "ودان رئيس الحكومة الهجوم ووصفه بالجبان.", published="2012-09-13")
    assert [r.location_text for r in rows] == ["بنغازي"], rows
    # the town told with its type word is still the town
    rows = records("سرت - شن تنظيم الدولة هجوماً على بوابة مدينة ودان في منطقة الجفرة، وقتل أربعة من حراسها.",
                   published="2016-02-14")
    assert [r.location_text for r in rows] == ["مدينة ودان"], rows


def test_the_leader_is_no_village():
    rows = records("مصراتة - قصفت القوات الموالية للزعيم الليبي معمر القذافي أحياء مصراتة بصواريخ غراد، "
                   "ما أدى إلى مقتل خمسة مدنيين.", published="2011-04-02")
    assert [r.location_text for r in rows] == ["مصراتة"], rows
    rows = records("رام الله - هاجم مستوطنون قرية الزعيم شرق القدس وأصابوا ثلاثة مواطنين بالحجارة.",
                   published="2019-11-03")
    assert [r.location_text for r in rows] == ["قرية الزعيم"], rows


# --- a report called a fabrication, or no report of a fight, is no event ----------------------

def test_a_report_called_a_fabrication_is_no_event():
    assert records("طرابلس - وتؤكد قواتنا أن ما تروجه وسائل إعلام العدو عن قصف طائراتنا لسوق مدينة غريان "
                   "محض افتراء.", published="2019-06-22") == []
    assert records("إدلب - قالت الفصائل إن ما نشرته صفحات موالية عن سيطرة قوات النظام على بلدة النيرب مجرد "
                   "أكاذيب، مؤكدة أن مقاتليها ما زالوا في مواقعهم.", published="2020-03-10") == []


def test_no_reports_of_clashes_is_no_clash():
    rows = records("بنغازي - تقدمت كتائب القذافي أمس نحو منطقة البريقة دون أن ترد تقارير عن مواجهات، فيما "
                   "قصفت الطائرات أطراف مدينة أجدابيا.", published="2011-03-15")
    assert _kinds(rows) == [("Air/drone strike", "مدينة أجدابيا")], rows
