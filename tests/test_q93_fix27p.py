"""Fix round q93-fix27p (stop 32): causes of the extra records of eval/written/holdout27 that recur.

Every sentence is written for the test (other places, forces and numbers than the set's reports).
"""
from __future__ import annotations

import pytest

from helpers import records_at


recs = records_at("2025-03-12")


# 1. "almost daily" with the article or by the week ("بسبب القصف شبه اليومي على الأحياء"، "الغارات شبه اليومية"،
#    "القصف شبه الأسبوعي") told a pattern over days, but only the bare "شبه يومي/يومية" was a habitual mark
@pytest.mark.parametrize("text", [
    ("حلب – الاثنين 3 آذار 2025\nقال الأهالي إنهم غادروا بيوتهم في حي الشيخ مقصود بسبب القصف شبه اليومي على "
     "الأطراف الشمالية."),
    ("دير الزور – الخميس 6 آذار 2025\nأفاد ناشطون بأن الغارات شبه اليومية على بلدة الباغوز دفعت العائلات إلى "
     "النزوح نحو المخيمات."),
    ("صيدا – الأحد 2 آذار 2025\nأغلقت المدارس في بلدة الغازية أبوابها بسبب الاشتباكات شبه اليومية بين المسلحين "
     "في أطرافها."),
    ("الحديدة – السبت 1 آذار 2025\nقال صيادون إنهم توقفوا عن الخروج إلى البحر قرب الخوخة بسبب القصف شبه "
     "الأسبوعي على المرفأ."),
    ("غزة – الثلاثاء 4 آذار 2025\nيشكو المزارعون في بلدة بيت لاهيا من إطلاق النار شبه اليومي على أراضيهم "
     "الزراعية."),
])
def test_almost_daily_with_the_article_is_a_habit(text):
    assert recs(text, "2025-03-12") == []


# a day's event told in the same report keeps its record
def test_a_days_event_beside_an_almost_daily_habit_is_kept():
    text = ("حلب – الاثنين 3 آذار 2025\nقصفت قوات النظام صباح اليوم حي الشيخ مقصود بقذائف الهاون، ما أدى إلى "
            "مقتل مدنيين اثنين، وسط القصف شبه اليومي على الأطراف الشمالية.")
    rs = recs(text, "2025-03-12")
    assert [r.sub_event_type for r in rs] == ["Shelling/artillery/missile attack"]


# 2. "خط/خطوط الاشتباك" is the front line, a place: "لا تغيير على خطوط الاشتباك" gave an armed clash
@pytest.mark.parametrize("text", [
    "عدن – الثلاثاء 11 آذار 2025\nيقع مستشفى الصداقة قرب خط الاشتباك في حي الشيخ عثمان، ويعاني من نقص في الأدوية.",
    "درعا – الأربعاء 12 آذار 2025\nهدوء حذر يسود خطوط الاشتباك في محيط بلدة بصرى الشام بعد أيام من التوتر.",
    "الساحل – الخميس 13 آذار 2025\nلا تغيير على خطوط الاشتباك قرب بلدة كنسبا هذا الأسبوع، بحسب مصادر ميدانية.",
])
def test_the_front_line_is_no_clash(text):
    assert recs(text, "2025-03-12") == []


# a fight told on the front line keeps its own word
def test_a_fight_on_the_front_line_is_a_clash():
    text = ("الضالع – الأربعاء 12 آذار 2025\nاندلعت اشتباكات عنيفة اليوم على خطوط الاشتباك في منطقة مريس بين "
            "القوات الحكومية والحوثيين.")
    rs = recs(text, "2025-03-12")
    assert [r.sub_event_type for r in rs] == ["Armed clash"]
    assert "مريس" in rs[0].location_text
