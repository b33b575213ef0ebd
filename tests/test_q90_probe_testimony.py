"""Round q90-probe-testimony (stop 29): eyewitness testimony and long features.

Every sentence is written for the test (other places, sides and numbers than the round's probes).
"""
from __future__ import annotations

import pytest

import rasd


def recs(text: str, published: str):
    return rasd.extract(text, published=published)


def show(rs):
    return [(r.sub_event_type, r.location_text, r.event_date, r.fatalities, r.injured) for r in rs]


@pytest.mark.parametrize("text", [
    'بيت لاهيا - استشهد ستة أشخاص في غارة إسرائيلية على منزل في مشروع بيت لاهيا صباح اليوم. '
    'وقال الجار أبو ماهر: "سقط الصاروخ على السطح، وخرجنا نبحث عن الأطفال تحت الركام".',
    'الزوايدة - قتل أربعة في غارة على منزل في بلدة الزوايدة فجر اليوم. '
    'يقول الناجي سامي: "كنا نائمين عندما سقط الصاروخ، ولم أسمع شيئاً بعدها".',
    'إدلب - أصيب ثلاثة مدنيين بقصف مدفعي لقوات النظام على بلدة آفس صباح اليوم. '
    'وقال أحد السكان: "سقطت القذيفة أمام الفرن مباشرة".',
])
def test_a_witness_retelling_the_event_gives_no_second_record(text):
    rs = recs(text, "2024-04-20")
    assert len(rs) == 1, show(rs)


def test_a_witness_telling_another_place_keeps_it():
    rs = recs('إدلب - قصفت قوات النظام بلدة النيرب صباح اليوم. وقال أحد السكان: "سقطت قذيفة على مدرسة في '
              'بلدة سرمين المجاورة وأصيب طالبان".', "2024-04-20")
    assert {r.location_text for r in rs} == {"بلدة النيرب", "بلدة سرمين"}, show(rs)


def test_a_witness_telling_another_day_keeps_it():
    rs = recs('غزة - قتل ثلاثة في قصف على حي التفاح اليوم. وقال أحد السكان: "أمس قصفت الطائرات حي الدرج '
              'وقتل جارنا".', "2024-04-20")
    assert len(rs) == 2, show(rs)


@pytest.mark.parametrize("text", [
    'الرمادي - قال شقيق أحد الضحايا: "كان عائداً من عمله حين انفجرت العبوة". وقتل ثلاثة أشخاص بانفجار عبوة '
    'ناسفة في قضاء هيت مساء أمس.',
    'تكريت - قال والد أحد القتلى إن ابنه كان يعمل في المزرعة. وقتل مزارعان بهجوم لمسلحين في قضاء الدور أمس.',
])
def test_a_relative_of_the_victims_is_no_toll(text):
    rs = recs(text, "2024-04-20")
    assert len(rs) == 1, show(rs)
    assert rs[0].location_text != text.split(" - ")[0], show(rs)


@pytest.mark.parametrize("text", [
    'سرت - قال أحد السكان: "سمعنا إطلاق نار كثيفاً طوال الليل في حي الزعفران، ولم نعرف ماذا يجري".',
    'بنغازي - يقول أحد السكان: "سمعنا إطلاق النار قرب سوق الحوت ثم عاد الهدوء".',
])
def test_gunfire_a_witness_heard_is_no_event(text):
    rs = recs(text, "2024-04-20")
    assert not rs, show(rs)


@pytest.mark.parametrize("text, place", [
    ('مأرب - قال النازح علي: "سقط صاروخ حوثي قرب خيمتنا في مخيم الخير مساء أمس وأصيب ابن عمي".', "خيمتنا"),
    ('حجة - قتل طفل بانفجار لغم قرب البيت في مديرية ميدي يوم الاثنين.', "البيت"),
])
def test_a_witness_own_home_is_no_place(text, place):
    rs = recs(text, "2024-04-20")
    assert rs and all(r.location_text != place for r in rs), show(rs)


@pytest.mark.parametrize("text, killed, injured", [
    ('تعز - قالت أم وليد: "أصيبت ابنتي برصاص قناص حوثي في حي الضربة صباح اليوم".', None, 1),
    ('غزة - قال أبو أحمد: "قصفت الطائرات مخيم البريج صباح اليوم وقتل جارنا".', 1, None),
])
def test_a_witness_own_kin_are_counted(text, killed, injured):
    rs = recs(text, "2024-04-20")
    assert len(rs) == 1, show(rs)
    assert (rs[0].fatalities, rs[0].injured) == (killed, injured), show(rs)


@pytest.mark.parametrize("text", [
    'صعدة - قال الحاج يحيى: "مات أخي في غارة للتحالف على سوق آل ثابت في 2017".',
    'حلب - قالت أم خالد إنها تعيش اليوم في خيمة. وفي 2016 قتل زوجها في غارة على حي الشعار.',
])
def test_a_memory_dated_by_a_bare_year_is_history(text):
    rs = recs(text, "2024-04-20")
    assert not rs, show(rs)


def test_a_bare_year_that_counts_is_no_year():
    # "في 2000 غارة": a count, not a year (the year needs the clause to end, or to open it)
    from rasd.text.dates import _YEAR_BARE
    assert _YEAR_BARE.search("شنت الطائرات الروسية في 2000 غاره") is None
    assert _YEAR_BARE.search("قتل زوجي في 2018.") is not None


@pytest.mark.parametrize("text, kind", [
    ('دير البلح - قال الطبيب: "منذ بداية الحرب عالجنا آلاف المصابين، واليوم وحده استقبلنا 25 جريحاً من قصف '
     'مخيم المغازي".', "injured"),
    ('الفاشر - قال شاهد: "منذ بداية الحرب نزح نصف سكان المدينة، واليوم قصفت قوات الدعم السريع سوق المدينة '
     'وقتلت خمسة أشخاص".', "killed"),
])
def test_the_days_clause_after_a_war_total_is_the_days_event(text, kind):
    rs = recs(text, "2024-04-20")
    assert len(rs) == 1, show(rs)
    assert (rs[0].injured if kind == "injured" else rs[0].fatalities), show(rs)


@pytest.mark.parametrize("text", [
    'نيالا - قال شاهد عيان: "رأيت جثثاً كثيرة في الشارع بعد أن هاجم المسلحون الحي فجر اليوم".',
    'بورتسودان - قال أحد السكان: "اعتقلت قوات الأمن خمسة شباب من حينا الليلة الماضية".',
])
def test_a_witness_unnamed_quarter_lies_in_the_datelines_town(text):
    rs = recs(text, "2024-04-20")
    assert len(rs) == 1, show(rs)
    assert rs[0].location_text == text.split(" - ")[0], show(rs)


def test_a_kunya_or_the_word_under_way_is_no_kin():
    rs = recs("قتل 12 جندياً بينهم القائد المعروف بأبي الفضل في هجوم صاروخي حوثي على معسكر في مديرية البريقة صباح "
              "اليوم، والبحث جاري عن المفقودين.", "2024-04-20")
    assert len(rs) == 1, show(rs)
    assert rs[0].fatalities == 12 and rs[0].actor2 != "Civilians", (show(rs), rs[0].actor2)


@pytest.mark.parametrize("text, place", [
    ("قصفت طائرات إسرائيلية منزلاً لعائلة الشاعر في حي الجنينة شرق رفح صباح اليوم، ما أدى إلى استشهاد خمسة أشخاص.",
     "الشاعر"),
    ("استشهد أربعة من عائلة الكرمي في غارة على منزلهم في حي الصبرة بمدينة غزة اليوم.", "الكرمي"),
])
def test_a_family_name_is_no_place(text, place):
    rs = recs(text, "2024-04-20")
    assert rs and all(r.location_text != place for r in rs), show(rs)
