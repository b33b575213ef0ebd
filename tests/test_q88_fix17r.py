"""Fix round q88-fix17r: misses and field errors behind holdout17 (Iraq, Sudan, Yemen)."""
import pytest

import rasd


def _days(text, published):
    return sorted(str(r.event_date) for r in rasd.extract(text, published=published))


@pytest.mark.parametrize("text,published,day", [
    # a day's roundup head on the second line, under the monitor's name and city
    ("منظمة رصد الحقوق – حلب\nالتقرير اليومي للانتهاكات – الأحد 21 أغسطس 2016\n\n"
     "- قصف بقذائف الهاون على منازل في حي الشعار أدى إلى مقتل مدنيين اثنين.", "2016-08-22", "2016-08-21"),
    ("شبكة الرصد – درعا\nحصيلة يوم السبت 11 مايو 2019\n\n- مقتل مدني برصاص قناص في بلدة طفس.",
     "2019-05-13", "2019-05-11"),
    # a daily report's title with a few words before its date
    ("التقرير اليومي لمحافظة إدلب: الثلاثاء 2 آذار 2021\n\n- غارة جوية على بلدة سرمين أدت إلى مقتل ثلاثة مدنيين.",
     "2021-03-04", "2021-03-02"),
    ("المرصد العراقي – الموصل\nالحصاد اليومي – 4 تشرين الثاني 2018\n"
     "1- انفجار عبوة ناسفة في ناحية القيارة أدى إلى مقتل جنديين.", "2018-11-06", "2018-11-04"),
])
def test_a_daily_reports_dated_title_dates_its_items(text, published, day):
    got = _days(text, published)
    assert got and all(d == day for d in got)


def test_a_daily_report_titled_by_its_own_day_leaves_yesterday_to_its_lead():
    text = ("التقرير اليومي – الأربعاء 9 حزيران 2021\n\nوثقت الشبكة أمس الثلاثاء مقتل مدنيين اثنين "
            "بقصف مدفعي على بلدة كنصفرة.")
    assert _days(text, "2021-06-09") == ["2021-06-08"]


@pytest.mark.parametrize("text,published", [
    ("صنعاء – 26 مارس 2011\n\nاعتدى مسلحون على مسيرة في شارع الزبيري وسط صنعاء.", "2011-03-26"),
    ("حلب – 26 مارس 2012\n\nأطلق عناصر الأمن النار على مسيرة طلابية قرب جامعة حلب، ما أدى إلى مقتل طالب.",
     "2012-03-26"),
    ("الخرطوم – 17 يناير 2019\n\nأطلقت قوات الأمن الغاز المسيل للدموع على مسيرة في حي بري، ما أدى إلى إصابة "
     "عشرة متظاهرين.", "2019-01-17"),
    ("أم درمان – 17 يناير 2019\n\nأطلقت الشرطة قنابل الغاز على مسيرة في حي العباسية وأصيب عدد من المحتجين.",
     "2019-01-17"),
    ("البصرة – 30 حزيران 2013\n\nأطلق حراس الشركة النار على مسيرة للعاطلين عن العمل قرب حقل الرميلة، ما أدى "
     "إلى إصابة ثلاثة محتجين.", "2013-06-30"),
])
def test_a_march_fired_on_is_no_drone(text, published):
    # مسيرة is a march and a drone: "على مسيرة" fired on is the march
    got = [r.sub_event_type for r in rasd.extract(text, published=published)]
    assert got and "Air/drone strike" not in got


def test_a_drone_fired_at_a_town_stays_a_drone():
    text = "مأرب – 17 يناير 2019\n\nشنت طائرة مسيرة حوثية هجوماً على معسكر في مدينة مأرب، ما أدى إلى مقتل جنديين."
    assert [r.sub_event_type for r in rasd.extract(text, published="2019-01-17")] == ["Air/drone strike"]


@pytest.mark.parametrize("text,published,place", [
    ("صنعاء – 18 مارس 2013\n\nوفي تعز، سار الآلاف في شارع جمال إحياءً للذكرى.", "2013-03-18", "تعز"),
    ("الخرطوم – 10 فبراير 2019\n\nسار مئات المتظاهرين في شارع الستين بالخرطوم مطالبين برحيل النظام.", "2019-02-10",
     "الخرطوم"),
])
def test_a_crowd_that_marched_protested(text, published, place):
    got = [(r.sub_event_type, r.location_text) for r in rasd.extract(text, published=published)]
    assert got == [("Peaceful protest", place)]


@pytest.mark.parametrize("text,published", [
    ("دمشق – 2 آذار 2016\n\nسار رتل عسكري على طريق دمشق حمص الدولي دون أن يتعرض لأي هجوم.", "2016-03-02"),
])
def test_a_convoy_that_moved_is_no_protest(text, published):
    assert not [r for r in rasd.extract(text, published=published) if "protest" in r.sub_event_type]


@pytest.mark.parametrize("text,published,days", [
    ("مرصد ديالى لحقوق الإنسان – جدول الحوادث الموثقة\n\nالتاريخ | المكان | الحادثة | القتلى | الجرحى\n"
     "29/1 | ناحية العظيم | اشتباك بين الحشد الشعبي وعناصر داعش | 5 | 9\n"
     "30/1 | بعقوبة | انفجار سيارة مفخخة | 11 | 26", "2015-02-02", ["2015-01-29", "2015-01-30"]),
    ("شبكة الرصد – إدلب\n\n| التاريخ | المكان | الحدث | القتلى |\n| 2/6 | بلدة سرمين | غارة جوية | 4 |\n"
     "| 3/6 | مدينة أريحا | انفجار عبوة ناسفة | 2 |", "2017-06-05", ["2017-06-02", "2017-06-03"]),
    ("الحديدة\n\nالتاريخ | المكان | الحدث | القتلى | الجرحى\n30/12 | مديرية حيس | قصف مدفعي على منازل المواطنين | 2 | 3\n"
     "1/1 | مديرية التحيتا | انفجار لغم أرضي | 1 | 0", "2019-01-03", ["2018-12-30", "2019-01-01"]),
])
def test_a_table_rows_day_and_month_date_it(text, published, days):
    # a row's date cell with no year: the last such day on or before the publication
    assert _days(text, published) == days


@pytest.mark.parametrize("text,published", [
    ("صنعاء – 26 مارس 2011\n\nهاجم مسلحون مسيرة سلمية في شارع هايل وسط صنعاء، ما أدى إلى إصابة خمسة متظاهرين.",
     "2011-03-26"),
    ("إب – 26 مارس 2011\n\nهاجم بلاطجة مسيرة نسائية في مدينة إب وأصيبت ثلاث نساء.", "2011-03-26"),
    ("أم درمان – 17 يناير 2019\n\nاعترضت قوات الأمن مسيرة طلابية في حي العباسية واعتقلت عشرة طلاب.", "2019-01-17"),
])
def test_a_march_told_by_its_adjective_is_no_drone(text, published):
    got = [r.sub_event_type for r in rasd.extract(text, published=published)]
    assert got and not {"Air/drone strike", "Disrupted weapons use"} & set(got)
