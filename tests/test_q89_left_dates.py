"""Round q89-left-dates (stop 28): a deed told as so many years back ("قبل ثماني سنوات"، "في مثل هذا اليوم
قبل N أعوام") is background of the report, not an event of its day.

Sentences written for these tests (names, places and numbers varied from any report and probe)."""
from __future__ import annotations

from helpers import records_at

records = records_at("2024-06-03")


def _kept(rows):
    return sorted((r.sub_event_type, r.location_text, r.fatalities) for r in rows)


# --- the old deed gives no record of today --------------------------------------------------

def test_this_very_day_years_ago_is_no_event_of_today():
    rows = records("حماة - 30 أيار\nفي مثل هذا اليوم قبل ثماني سنوات، قصفت طائرات النظام سوق مدينة "
                   "كفرزيتا وقتلت 37 مدنياً.", published="2021-05-30")
    assert not any(r.fatalities == 37 for r in rows), rows
    rows = records("تعز - 9 أكتوبر\nفي مثل هذا اليوم قبل 6 أعوام اقتحم مسلحو الحوثي حي الروضة واعتقلوا "
                   "عشرات الشبان.", published="2023-10-09")
    assert not any(str(r.event_date) == "2023-10-09" for r in rows), rows


def test_years_back_is_no_event_of_today():
    rows = records("الأنبار - 11 شباط\nقبل سبع سنوات، فجر انتحاري سيارة مفخخة عند حاجز للجيش في "
                   "قضاء هيت ما أسفر عن مقتل 14 جندياً.", published="2022-02-11")
    assert not any(r.fatalities == 14 for r in rows), rows
    rows = records("بنغازي - 4 مارس\nقبل عامين خطف مسلحون الصحفي سالم العبيدي من منزله في حي "
                   "الصابري ولا يزال مصيره مجهولاً.", published="2024-03-04")
    assert not any(str(r.event_date) == "2024-03-04" for r in rows), rows


def test_years_back_in_one_sentence_today_in_the_next():
    rows = records("دير الزور - 17 تموز\nقبل خمسة أعوام قتل التنظيم 20 مدنياً في بلدة الشعفة. "
                   "واليوم قتل جنديان في هجوم للتنظيم على نقطة للجيش في بلدة الميادين.",
                   published="2023-07-17")
    assert not any(r.fatalities == 20 for r in rows), rows
    assert any(r.location_text and "الميادين" in r.location_text and r.fatalities == 2 for r in rows), rows


# --- guards: today's event with years back in a clause about it ------------------------------

def test_today_told_before_the_years_back_keeps_its_event():
    rows = records("نابلس - 21 نيسان\nاعتقلت قوات الاحتلال فجر اليوم في مخيم بلاطة أسيراً محرراً أفرج "
                   "عنه قبل ثلاث سنوات.", published="2024-04-21")
    assert any(r.sub_event_type == "Arrests" and str(r.event_date) == "2024-04-21" for r in rows), rows
    rows = records("الموصل - 14 أيار\nتظاهر العشرات اليوم أمام مبنى المحافظة في الموصل للمطالبة بإعادة إعمار "
                   "منازلهم المدمرة قبل ست سنوات.", published="2023-05-14")
    assert any(r.sub_event_type == "Peaceful protest" and str(r.event_date) == "2023-05-14" for r in rows), rows


# --- a yearless day after the publication day is last year's ---------------------------------

def test_a_yearless_day_past_the_report_s_day_is_no_event_of_the_coming_days():
    rows = records("عدن - 2 أغسطس\nيستعد ذوو الضحايا لإحياء ذكرى الهجوم، حين فجر انتحاري نفسه في 19 أغسطس "
                   "وسط معسكر للتجنيد في حي المنصورة ما أدى إلى مقتل 31 مجنداً.", published="2021-08-02")
    assert all(str(r.event_date) <= "2021-08-02" for r in rows), rows
    assert not any(r.fatalities == 31 for r in rows), rows
    rows = records("طرابلس - 6 مايو\nمثل أمام المحكمة متهمون بقصف حي أبو سليم بالصواريخ في 30 مايو ما أدى "
                   "إلى مقتل 6 مدنيين.", published="2020-05-06")
    assert not any(r.fatalities == 6 for r in rows), rows


def test_the_day_after_the_report_s_day_keeps_its_year():
    # (a report filed on the evening before its dateline's day)
    rows = records("حلب - 11 تشرين الثاني\nقتل ثلاثة مدنيين في قصف مدفعي على حي الفردوس في 11 تشرين الثاني.",
                   published="2019-11-10")
    assert any(str(r.event_date) == "2019-11-11" for r in rows), rows


# --- a part of this month that ended more than a week before the report is background ------------

def test_early_this_month_told_late_in_it_is_background():
    rows = records("حمص - 23 آذار\nقصفت طائرات حربية مستودعاً قرب بلدة شنشار اليوم. ويأتي ذلك بعد الغارة التي "
                   "استهدفت مبنى في حي الإنشاءات مطلع الشهر الجاري وقتلت أربعة أشخاص.", published="2022-03-23")
    assert not any(r.fatalities == 4 for r in rows), rows
    rows = records("لحج - 26 أبريل\nقتل جنديان في هجوم حوثي على مواقع الجيش في كرش اليوم، بعد هجوم مماثل على "
                   "المنطقة ذاتها مطلع هذا الشهر أسفر عن مقتل ضابط.", published="2023-04-26")
    assert not any(r.fatalities == 1 and str(r.event_date) == "2023-04-26" for r in rows), rows


def test_early_this_month_told_days_after_is_that_stretch():
    rows = records("سرت - 7 أكتوبر\nاندلعت اشتباكات بين كتيبتين مسلحتين في حي الزعفران مطلع الشهر الجاري "
                   "وقتل فيها ثلاثة أشخاص.", published="2024-10-07")
    assert any(r.fatalities == 3 and "2024-10-01" <= str(r.event_date) <= "2024-10-07" for r in rows), rows
