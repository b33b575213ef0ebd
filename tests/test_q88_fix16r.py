"""Fix round q88-fix16r: roundup heads whose day is the events' day (new sentences; fail at base 4a9071e7)."""
import pytest

import rasd

CASES = [
    # a desk or region before the day-tally label on the head line
    ("البقاع | حصيلة يوم الخميس 7 آذار 2024 - إعداد: فريق الرصد\n\n"
     "• 10:20 - غارة جوية إسرائيلية على منزل في بلدة النبي شيت أدت إلى مقتل رجلين.\n", "2024-03-08", "2024-03-07"),
    ("شبكة رصد حلب - حصاد يوم السبت 14 أيار 2016\n\n- قصف مدفعي على حي الشعار أدى إلى مقتل ثلاثة مدنيين.\n",
     "2016-05-15", "2016-05-14"),
    ("تعز | موجز يوم الجمعة 9 شباط 2018 - المركز الإعلامي\n\n- قتل طفل بقذيفة أطلقها الحوثيون على حي الروضة.\n",
     "2018-02-10", "2018-02-09"),
    # a monitor's table of yesterday
    ("مرصد الساحل - جدول الحوادث ليوم أمس الاثنين 3/4/2017\n\nالتاريخ | المكان | ما جرى | القتلى\n"
     "3/4 | صبراتة | اشتباكات بين كتيبة الدباشي وقوة العمليات | 2\n", "2017-04-04", "2017-04-03"),
    # a head line ending with its day in brackets
    ("المرصد الميداني - درعا\nحصاد الاقتحامات في ريف درعا الغربي (السبت 8 نيسان 2023)\n\n"
     "- اعتقلت قوات النظام أربعة شبان من بلدة اليادودة خلال مداهمة منازلهم.\n", "2023-04-09", "2023-04-08"),
    ("ملخص التصعيد في جنوب لبنان (الاثنين 15 كانون الثاني 2024)\n\n1- قصف مدفعي إسرائيلي على أطراف بلدة مركبا.\n"
     "2- غارة بطائرة مسيرة على منزل في بلدة حولا أدت إلى مقتل شخصين.\n", "2024-01-16", "2024-01-15"),
]


@pytest.mark.parametrize("text,published,want", CASES)
def test_roundup_head_day(text, published, want):
    recs = list(rasd.extract(text, published=published))
    assert recs
    assert {str(r.event_date) for r in recs} == {want}


# an Egyptian report read as a covered country's by a usage word ("النظام") or a namesake place ("ميدان التحرير",
# "ميادين" = squares): Egypt's places and names make it Egypt's, its police the side
EGYPT = [
    "السويس - أطلقت الشرطة الغاز المسيل للدموع على مئات المتظاهرين الذين هتفوا بإسقاط النظام في ميدان الأربعين "
    "بمدينة السويس، واعتقلت العشرات، بحسب المفوضية المصرية للحقوق والحريات.",
    "القاهرة - فرقت قوات الأمن مسيرة لأنصار الإخوان في ميادين الجيزة، واعتقلت 15 شخصاً في حي الدقي.",
    "المنصورة - اعتقلت قوات الأمن 12 طالباً تظاهروا ضد النظام أمام جامعة المنصورة، وسط انتشار أمني كثيف في "
    "ميادين القاهرة والجيزة.",
]


@pytest.mark.parametrize("text", EGYPT)
def test_egypt_over_usage_words(text):
    recs = list(rasd.extract(text, published="2019-09-22"))
    assert recs
    assert {r.country for r in recs} == {"Egypt"}
    assert "Police Forces of Egypt" in {r.actor1 for r in recs} | {r.actor2 for r in recs}


def test_squares_plural_is_no_town():
    recs = list(rasd.extract("القاهرة - فرقت قوات الأمن مسيرة لأنصار الإخوان في ميادين الجيزة، واعتقلت 15 شخصاً في "
                             "حي الدقي.", published="2019-09-22"))
    assert "ميادين" not in {r.location_text for r in recs}


# a fight told after a storming or an attack, "with" a named side, its dead bystanders: the side met is the other side
CLASH = [
    ("الموصل - هاجمت قوات الجيش العراقي حي الزنجيلي، ودارت اشتباكات مع عناصر تنظيم داعش أسفرت عن مقتل سبعة مدنيين.",
     "Iraqi Security Forces", "Islamic State"),
    ("الرمادي - اقتحمت قوات الجيش العراقي حي الملعب، واندلعت اشتباكات عنيفة مع مسلحي داعش قتل خلالها أربعة مدنيين.",
     "Iraqi Security Forces", "Islamic State"),
    ("حماة - اقتحمت قوات النظام حي الأربعين، واندلعت اشتباكات عنيفة مع مقاتلي الجيش الحر قتل خلالها ثلاثة مدنيين.",
     "Syrian Government Forces", "Free Syrian Army"),
]


@pytest.mark.parametrize("text,a1,a2", CLASH)
def test_clash_side_met(text, a1, a2):
    recs = [r for r in rasd.extract(text, published="2017-01-27")]
    clashes = [r for r in recs if r.sub_event_type == "Armed clash"]
    assert len(recs) == 1 and clashes
    assert (clashes[0].actor1, clashes[0].actor2) == (a1, a2)


# Egypt's army command in its statements: its own army, no unidentified force and no Libyan command
GENERAL_COMMAND = [
    "العريش - أعلنت القيادة العامة للقوات المسلحة مقتل 10 عناصر تكفيرية في اشتباكات مع قوات إنفاذ القانون بمنطقة الشيخ "
    "زويد شمال سيناء.",
    "القاهرة - قالت القيادة العامة للقوات المسلحة في بيان إن القوات الجوية دمرت 5 أوكار للعناصر الإرهابية في وسط سيناء.",
    "الإسماعيلية - أعلنت القيادة العامة للقوات المسلحة المصرية مقتل ضابط وجنديين في انفجار عبوة ناسفة استهدفت مدرعة في "
    "مدينة العريش.",
]


@pytest.mark.parametrize("text", GENERAL_COMMAND)
def test_egypt_general_command(text):
    recs = list(rasd.extract(text, published="2018-02-20"))
    assert recs
    sides = {r.actor1 for r in recs} | {r.actor2 for r in recs}
    assert not sides & {"Unidentified Military Forces", "Libyan National Army", "Military Forces of Libya"}


# a table's toll cell with a note in brackets after its number
TABLE = [
    ("إدلب - جدول الغارات ليوم 12 آذار 2019\n\nالتاريخ | المكان | ما جرى | القتلى\n"
     "12/3 | معرة النعمان | غارة جوية على سوق شعبي | 7 (بينهم طفلان)\n"
     "12/3 | خان شيخون | قصف مدفعي على حي سكني | 2 (أب وابنه)\n", [7, 2]),
    ("صعدة - حصيلة الأسبوع\n\nالمكان | الحدث | القتلى | الجرحى\n"
     "مديرية رازح | قصف مدفعي سعودي على سوق آل ثابت | 3 (مهاجرون أفارقة) | 5\n", [3]),
]


@pytest.mark.parametrize("text,tolls", TABLE)
def test_table_toll_with_note(text, tolls):
    recs = list(rasd.extract(text, published="2019-03-13"))
    assert [r.fatalities for r in recs] == tolls
