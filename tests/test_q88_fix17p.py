"""Fix round q88-fix17p: false records of anniversary, trial and round-up pieces (Iraq, Sudan, Yemen set)."""
import pytest

import rasd


def _records(text, published):
    return sorted((r.sub_event_type, r.location_text, str(r.event_date)) for r in rasd.extract(text, published=published))


@pytest.mark.parametrize("text,published,kept", [
    ("في الذكرى السابعة لمجزرة حي الصالحين\nحلب – 22 تموز 2023\n\nقبل سبع سنوات، في صباح 22 تموز 2016، قصفت "
     "طائرات النظام السوري سوق حي الصالحين في حلب وقتلت 38 مدنياً بينهم أطفال.", "2023-07-22", 0),
    ("بعد خمس سنوات على سقوط الموصل\nالموصل – 10 حزيران 2019\n\nفي العاشر من حزيران 2014 اجتاح مسلحو تنظيم داعش "
     "مدينة الموصل بعد انسحاب قوات الجيش العراقي، وأعدموا مئات السجناء في سجن بادوش.", "2019-06-10", 0),
    ("الذكرى الثالثة لهجوم مسجد الروضة\nالعريش – 24 تشرين الثاني 2020\n\nفي 24 تشرين الثاني 2017 هاجم مسلحون "
     "مسجد الروضة في بئر العبد خلال صلاة الجمعة، وقتلوا 305 مصلين وأصابوا 128 آخرين.", "2020-11-24", 0),
    ("عدن تستذكر ضحايا الحرب\nعدن – 20 آذار 2021\n\nوقبل ست سنوات، في 25 آذار 2015، سيطرت ميليشيا الحوثي على "
     "قاعدة العند الجوية واختطفت عشرات الجنود.", "2021-03-20", 0),
])
def test_a_deed_retold_years_later_is_history(text, published, kept):
    # background dated a year or more before the report was coded when it was news
    assert len(_records(text, published)) == kept


def test_background_of_weeks_before_is_still_coded():
    text = ("تعز – 20 آذار 2021\n\nوكانت ميليشيا الحوثي قد قصفت في 2 آذار 2021 حي الجحملية بقذائف الهاون ما أدى "
            "إلى مقتل امرأتين.")
    got = _records(text, "2021-03-20")
    assert any(d == "2021-03-02" for _, _, d in got)


@pytest.mark.parametrize("text,published,day", [
    ("حمص – 10 نيسان 2020\n\nوفي 15 آب 2017، الموافق الثالث والعشرين من ذي القعدة، قصفت قوات النظام حي الوعر "
     "بقذائف الهاون ما أدى إلى مقتل 4 مدنيين.", "2020-04-10", "2017-08-15"),
])
def test_a_yearless_hijri_day_after_almuwafiq_gives_way_to_the_dated_one(text, published, day):
    # "الموافق" joins two tellings of one day: the one with its year dates the deed
    assert [d for _, _, d in _records(text, published)] == [day]


@pytest.mark.parametrize("text,published,day", [
    ("الموصل – 1 آذار 2018\n\nوكان مسلحون قد فجروا عبوة ناسفة في سوق النبي يونس عقب صلاة الجمعة في 9 شباط 2018، "
     "ما أدى إلى مقتل 3 مدنيين.", "2018-03-01", "2018-02-09"),
    ("نيالا – 20 تموز 2016\n\nوكانت قوات الدعم السريع قد اقتحمت قرية أم دخن يوم الأحد في 3 تموز 2016 وقتلت 7 مدنيين.",
     "2016-07-20", "2016-07-03"),
])
def test_a_weekday_then_fi_and_a_date_is_that_date(text, published, day):
    # "الجمعة في 9 شباط": the date spells the weekday out; it is not the last Friday before the report
    assert [d for _, _, d in _records(text, published)] == [day]


def test_a_remembered_friday_massacre_years_old_is_history():
    text = ("عدن – 12 أكتوبر 2020\n\nوفي ذكرى المجزرة، يذكر أن مسلحين أطلقوا النار على المصلين عقب صلاة الجمعة في "
            "11 أكتوبر 2019 في مسجد بمديرية الشيخ عثمان، فقتلوا 6 أشخاص.")
    assert _records(text, "2020-10-12") == []


@pytest.mark.parametrize("text,published,gone", [
    ("ليبيا: حصيلة أسبوع من المواجهات في سرت\n14 حزيران 2016\n\nيوم الخميس انفجرت سيارة مفخخة في منطقة أبو هادي "
     "دون ضحايا.", "2016-06-14", "سرت"),
    ("دير الزور – 3 أيلول 2017\n\nوبعد أسابيع من المواجهات في مدينة الميادين، قتل اليوم 3 مدنيين بقصف مدفعي على "
     "حي الجسر.", "2017-09-03", "الميادين"),
    ("حصاد شهر من المواجهات في تعز\nتعز – 30 نيسان 2016\n\nيوم الأحد قصفت ميليشيا الحوثي حي ثعبات ما أدى إلى مقتل "
     "طفل.", "2016-04-30", "تعز"),
])
def test_weeks_of_confrontations_are_a_campaign_not_an_event(text, published, gone):
    # "أسبوع من المواجهات" sums weeks of fighting, as "أسبوع من المعارك" does; the items below stay
    got = _records(text, published)
    assert len(got) == 1 and all(gone not in place for _, place, _ in got), got
