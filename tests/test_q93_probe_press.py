"""Press conferences and hospital bulletins (round q93-probe-press): a spokesman's threat is no event, and
"his forces" in a sentence whose verb of saying names no teller are the force he speaks for."""
from __future__ import annotations

from helpers import records_at

records = records_at("2024-03-12")


def test_a_threat_after_a_claimed_deed_gives_no_strike():
    rs = records("قال الناطق العسكري باسم سرايا القدس في كلمة مسجلة إن مقاتليه قصفوا اليوم آلية عسكرية "
                 "بقذيفة مضادة للدروع في حي تل الهوى جنوب غرب مدينة غزة. وتوعد الناطق جيش الاحتلال بمزيد من "
                 "الضربات الموجعة.")
    assert not any(r.sub_event_type == "Air/drone strike" for r in rs)


def test_a_commander_who_vows_more_raids_tells_none():
    rs = records("وفي مؤتمر صحفي بمدينة الأبيض، توعد قائد ميداني الدعم السريع بغارات جوية على مواقعه في "
                 "بارا.")
    assert rs == []


def test_his_forces_after_an_unnamed_teller_are_the_spokesmans():
    rs = records("نفى المتحدث باسم قوات الدعم السريع خلال مؤتمر صحفي أن تكون قواته قد قصفت مخيماً للنازحين، "
                 "متهماً الجيش بالكذب.\nوقال إن قواته سيطرت صباح اليوم على بلدة أم صميمة غرب الأبيض بعد "
                 "معارك مع الجيش.")
    took = [r for r in rs if r.sub_event_type.endswith("territory")]
    assert took and took[0].actor1 == "Rapid Support Forces"


def test_their_forces_told_in_a_later_sentence_are_the_spokesmans():
    rs = records("عقد المتحدث باسم الجيش الوطني الليبي مؤتمراً صحفياً في بنغازي. وأضاف أن قواتهم سيطرت فجر "
                 "اليوم على بلدة الشويرف بعد انسحاب المسلحين منها.")
    took = [r for r in rs if r.sub_event_type.endswith("territory")]
    assert took and took[0].actor1 == "Libyan National Army"


def test_a_named_teller_keeps_his_own_forces():
    rs = records("قال المتحدث باسم الجيش السوداني إن الطيران قصف مواقع للمتمردين. وقال قائد في الدعم السريع "
                 "إن قواته سيطرت اليوم على بلدة أم صميمة.")
    took = [r for r in rs if r.sub_event_type.endswith("territory")]
    assert took and took[0].actor1 == "Rapid Support Forces"


def test_an_interviewers_question_holds_the_event_its_answer_counts():
    rs = records("س: ما الذي جرى في هجوم الأمس على سوق مدينة سنجة؟\n"
                 "ج: قتل في الهجوم 7 مدنيين وأصيب 15، ونفذته قوات الدعم السريع بالمدافع.")
    hit = [r for r in rs if "سنجه" in (r.location_text or "") or "سنجة" in (r.location_text or "")]
    assert hit and hit[0].fatalities == 7


def test_a_teaser_question_line_is_still_no_event():
    rs = records("هل تنجح الهدنة بعد قصف سوق مدينة سنجة؟\nقال مسؤولون إن المفاوضات مستمرة في جدة.")
    assert rs == []
