"""Round q93-referback (stop 32): words that point back at an event already told, read as a new event."""
from __future__ import annotations

from helpers import records_at

records = records_at("2024-05-01")


def _places(rs):
    return sorted(r.location_text or "" for r in rs)


def test_attack_pointed_back_at_is_no_clash_at_the_villages_the_attackers_reached():
    rs = records("شن مسلحون هجوماً على نقطة عسكرية قرب بلدة سراقب مساء أمس. وبعد الهجوم تمركز المهاجمون في "
                 "بلدات كفرنبل وحاس وكفرومة.")
    assert len(rs) == 1 and "سراقب" in (rs[0].location_text or "")


def test_shelling_pointed_back_at_is_no_shelling_of_the_towns_people_fled_to():
    rs = records("قتل أربعة مدنيين في قصف مدفعي على مدينة أريحا فجر اليوم. وإثر القصف فرت عائلات كثيرة إلى قريتي "
                 "بسنقول ومحمبل.")
    assert len(rs) == 1 and "اريحا" in (rs[0].location_text or "").replace("أ", "ا")


def test_a_while_after_the_blast_told_before_is_no_blast_at_the_checkpoints():
    rs = records("انفجرت سيارة مفخخة قرب سوق مدينة الباب ظهر اليوم، ما أسفر عن مقتل 9 مدنيين. وبعد ساعات من "
                 "التفجير أقامت الشرطة حواجز على طرق قباسين وبزاعة.")
    assert len(rs) == 1


def test_a_new_fight_told_after_the_attack_is_kept():
    rs = records("قتل ثلاثة جنود في هجوم على حاجز قرب سراقب. وبعد الهجوم اندلعت اشتباكات بين الفصائل وقوات "
                 "النظام في بلدة كفرنبل.")
    assert len(rs) == 2


def test_strikes_told_after_the_attack_are_kept():
    rs = records("هاجم مسلحو داعش موقعاً للجيش العراقي قرب المقدادية فجر اليوم. وبعد الهجوم بساعات شنت طائرات "
                 "عراقية غارات على مواقع التنظيم في قرية العبارة.")
    assert len(rs) == 2


def test_an_attack_with_a_place_of_its_own_after_the_word_is_not_pointed_back_at():
    rs = records("وبعد الهجوم على حاجز للشرطة في مدينة بعقوبة، قتل عنصران من الشرطة.")
    assert len(rs) >= 1


def test_vehicles_used_in_the_attack_told_before_are_struck_not_in_a_new_clash():
    rs = records("فجر انتحاري نفسه عند حاجز للشرطة في مدينة الرمادي ظهر اليوم. وفي المساء استهدفت القوات الجوية "
                 "العراقية \"السيارات التي استخدمت في الهجوم\" ودمرتها في الصحراء المحيطة بمدينة هيت.")
    assert not any(r.sub_event_type == "Armed clash" for r in rs)
    assert any(r.sub_event_type == "Air/drone strike" for r in rs)


def test_a_month_after_a_year_is_no_day_taken_from_the_year():
    from datetime import date

    from rasd.text.dates import find_dates
    from rasd.text.normalize import normalize_key

    t = normalize_key("بين تشرين الأول 2005 وكانون الثاني 2007 على")
    got = [(d.date_start, d.precision) for d in find_dates(t, date(2024, 5, 1))]
    assert (date(2007, 1, 1), 3) in got and not any(p == 1 for _, p in got)


def test_deeds_of_a_span_of_old_months_in_a_trial_are_no_events_of_the_day():
    rs = records("وعرض المدعي العام أمام المحكمة الهجمات التي يقول إن المتهم أمر بها بين تموز 2004 وكانون الثاني "
                 "2005 على قرى تنقو وسرف عمرة، حيث قتل عشرات المدنيين وأحرقت المنازل.")
    assert rs == []


def test_a_killing_today_in_a_trial_report_is_kept():
    rs = records("وقبل ساعات من الجلسة، قتل مسلحون مجهولون شاهداً في المحاكمة أمام منزله في مدينة زالنجي، "
                 "وكان قد أدلى بإفادته عن هجمات وقعت بين عامي 2003 و2004.")
    assert len(rs) >= 1
