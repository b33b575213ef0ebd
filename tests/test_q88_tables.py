"""Probe round q88-tables: incident lists and tables pasted as text."""
from datetime import date

import pytest

import rasd


def _dated(text, published):
    return sorted((r.location_text, r.event_date) for r in rasd.extract(text, published=published))


@pytest.mark.parametrize("text,published,day", [
    ("الحديدة - 21 أغسطس\nحصيلة خروقات يوم أمس:\n- إصابة صياد برصاص قناص حوثي في منطقة الجاح.\n"
     "- قصف مدفعي حوثي على قرية الشجيرة أدى إلى مقتل امرأة.", "2022-08-21", "2022-08-20"),
    ("دير الزور - 7 أيلول\nحصاد يوم الثلاثاء:\n• مقتل مدني برصاص مجهولين في بلدة الشحيل.\n"
     "• انفجار لغم أرضي في بلدة ذيبان أدى إلى إصابة طفلين.", "2017-09-07", "2017-09-05"),
])
def test_a_list_heads_day_passes_over_the_datelines(text, published, day):
    # the header's day dates its items though the dateline gives a day of its own
    got = _dated(text, published)
    assert len(got) == 2 and all(str(d) == day for _, d in got)


def test_a_bracketed_weekday_line_heads_the_items_below_it():
    text = ("نابلس - 10 تموز\nرصد الانتهاكات الأسبوعي\n(الأربعاء)\n- اعتقلت قوات الاحتلال 3 شبان من قرية عوريف.\n"
            "(الثلاثاء)\n- أحرق مستوطنون سيارة في بلدة حوارة.")
    got = dict(_dated(text, "2021-07-10"))
    assert str(got["قرية عوريف"]) == "2021-07-07"
    assert str(got["بلدة حوارة"]) == "2021-07-06"


def _tolls(text, published):
    return sorted((r.location_text, r.fatalities, r.injured) for r in rasd.extract(text, published=published))


def test_a_bar_tables_toll_columns_give_each_row_its_toll():
    text = ("بنغازي - 14 يونيو\nجدول الحوادث الأمنية خلال الأسبوع\n"
            "اليوم | المدينة | الحادثة | القتلى | الجرحى\n"
            "الثلاثاء | درنة | تفجير سيارة مفخخة | 6 | 11\n"
            "الأربعاء | سرت | اشتباكات مسلحة | 3 | 0")
    got = _tolls(text, "2019-06-14")
    assert ("درنة", 6, 11) in got
    assert any(p == "سرت" and k == 3 and not i for p, k, i in got)


def test_a_tab_tables_wounded_column_and_a_row_of_its_own_toll():
    text = ("الحسكة - 2 آذار\nالتاريخ\tالموقع\tالحدث\tالشهداء\tالمصابين\n"
            "28 شباط\tبلدة تل تمر\tقصف مدفعي تركي\t2\t5\n"
            "1 آذار\tمدينة القامشلي\tمقتل 4 مدنيين بانفجار عبوة ناسفة\t4\t0")
    got = _tolls(text, "2020-03-02")
    assert ("بلدة تل تمر", 2, 5) in got
    assert any(p == "مدينة القامشلي" and k == 4 for p, k, _ in got)


@pytest.mark.parametrize("text,published,actor", [
    ("الضالع - 12 يناير\nالقصف الحوثي:\n- إصابة امرأتين في قرية الوعرة.\n- مقتل مزارع في منطقة مريس.",
     "2022-01-12", "Houthi Movement"),
    ("الخليل - 8 أكتوبر\nاعتداءات المستوطنين:\n- إصابة راعي أغنام في قرية التواني.\n- إحراق مركبة في بلدة سنجل.",
     "2023-10-08", "Israeli Settlers"),
])
def test_a_list_heads_side_does_the_items_that_name_none(text, published, actor):
    got = [r.actor1 for r in rasd.extract(text, published=published)]
    assert len(got) == 2 and all(a == actor for a in got)


@pytest.mark.parametrize("text,published,sub", [
    ("حجة - 3 مارس\nالقصف الحوثي:\n- مقتل امرأة في قرية بني حسن.\n- إصابة طفلين في منطقة عبس.",
     "2020-03-03", "Shelling/artillery/missile attack"),
    ("درعا - 9 شباط\nالقصف:\n- مقتل مدنيين اثنين في بلدة طفس.\n- إصابة رجل في بلدة داعل.",
     "2020-02-09", "Shelling/artillery/missile attack"),
])
def test_a_list_head_that_says_how_types_the_killings_below_it(text, published, sub):
    got = [r.sub_event_type for r in rasd.extract(text, published=published)]
    assert len(got) == 2 and all(s == sub for s in got)
