"""Precision round q88-precision (stop 27): a fight feared, imminent, wished or named as a front line.

Sentences written for these tests (names, places and numbers varied from any report and probe)."""
from __future__ import annotations

from helpers import records_at

records = records_at("2024-06-03")


def _kinds(rows):
    return sorted((r.sub_event_type, r.location_text) for r in rows)


# --- fear: what is feared has not happened ---------------------------------------------------

def test_a_feared_fight_is_no_event():
    rows = records("كادقلي - ويخشى المزارعون في المنطقة من أن تندلع اشتباكات جديدة في بلدة الليري "
                   "مع بداية موسم الحصاد.", published="2024-07-14")
    assert rows == [], rows
    rows = records("سرت - تخشى منظمات الإغاثة أن يؤدي القصف المتبادل إلى موجة نزوح من حي الجيزة البحرية.",
                   published="2016-07-02")
    assert rows == [], rows
    rows = records("الحديدة - وسط مخاوف من هجوم واسع على مديرية التحيتا، عززت القوات المشتركة مواقعها.",
                   published="2019-02-11")
    assert rows == [], rows


def test_an_event_told_beside_a_fear_keeps_its_record():
    rows = records("إدلب - يخشى الأهالي تجدد الغارات على بلدة كفرنبل، بعد أن قتلت غارة روسية أربعة مدنيين "
                   "في بلدة حاس أمس.", published="2019-05-20")
    assert _kinds(rows) == [("Air/drone strike", "بلدة حاس")], rows


# --- imminence told after the event word -----------------------------------------------------

def test_an_imminent_battle_is_no_event():
    rows = records("دير الزور - تقول مصادر ميدانية إن معركة البوكمال باتت وشيكة، مع وصول أرتال جديدة "
                   "لقوات النظام إلى مدينة الميادين.", published="2017-11-01")
    assert rows == [], rows
    rows = records("غزة - يتحدث مسؤولون عن اجتياح وشيك لمدينة خان يونس.", published="2023-11-30")
    assert rows == [], rows


# --- wishing ---------------------------------------------------------------------------------

def test_a_fight_nobody_wants_to_start_is_no_event():
    rows = records("الضالع - وقال ضابط في الجبهة إن \"أحداً لا يريد أن يبدأ المعركة في قعطبة الآن\".",
                   published="2022-03-09")
    assert rows == [], rows


# --- the front line --------------------------------------------------------------------------

def test_a_front_line_is_no_clash():
    rows = records("كركوك - تحولت ناحية الرشاد إلى خط مواجهة مع التنظيم منذ الصيف.", published="2016-09-12")
    assert rows == [], rows
    # what happened on the front line keeps its own type
    rows = records("حماة - قتل ثلاثة مدنيين أمس بقصف مدفعي على بلدة كفرنبودة الواقعة على خط المواجهة "
                   "بين قوات النظام والفصائل.", published="2019-05-08")
    assert _kinds(rows) == [("Shelling/artillery/missile attack", "بلدة كفرنبودة")], rows
    rows = records("درعا - دارت اشتباكات عنيفة اليوم على خطوط المواجهة في بلدة اليادودة.", published="2018-06-25")
    assert _kinds(rows) == [("Armed clash", "بلدة اليادودة")], rows


# --- a mountain range told after a town holds it -------------------------------------------

def test_a_mountain_range_after_a_town_gives_no_record_of_its_own():
    rows = records("كادقلي - قال الجيش الشعبي إن طائرات أنتونوف قصفت بلدة ديري في جبال النوبة صباح اليوم، "
                   "وأصابت امرأتين.", published="2013-02-17")
    assert [r.location_text for r in rows] == ["بلدة ديري"], rows
    rows = records("الدلنج - سقطت قنابل ألقتها طائرة حكومية على قرية لقاوة بجبال النوبة أمس.",
                   published="2012-09-03")
    assert "النوبة" not in {r.location_text for r in rows}, rows
    # told alone, the range is the place
    rows = records("كادقلي - قصفت طائرات حكومية مناطق متفرقة في جبال النوبة اليوم.", published="2012-09-03")
    assert [r.location_text for r in rows] == ["النوبة"], rows
