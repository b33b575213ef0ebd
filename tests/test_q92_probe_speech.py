"""Round q92-probe-speech: a leader's speech or a spokesman's recorded word that tallies the deeds of a week or of
days past ("هذا الأسبوع"، "خلال الأيام الخمسة الماضية") gives no event; the reporter's own line on the day's deed
beside it still does.  Sentences written for this round."""
from __future__ import annotations

from helpers import extract


def test_a_weekly_speech_tally_of_ships_is_no_strike():
    rs = extract("قال زعيم الجماعة في خطابه الأسبوعي مساء الخميس إن قواته البحرية استهدفت هذا الأسبوع خمس سفن "
                 "تجارية في البحر الأحمر، وتوعد بالمزيد.", "2024-03-08")
    assert rs == []


def test_a_spokesman_tally_of_days_past_is_no_attack():
    rs = extract("وقال المتحدث العسكري للفصيل في كلمة مصورة إن عناصره نفذوا خلال الأيام الخمسة الماضية 30 عملية "
                 "تفجير عبوات وقنص ضد قوات الاحتلال شمال قطاع غزة.", "2024-02-02")
    assert rs == []


def test_a_tally_in_a_televised_statement_of_the_current_week_is_no_event():
    rs = extract("أعلن الناطق باسم القوات في بيان متلفز أن وحدات الدفاع الجوي أسقطت خلال الأسبوع الجاري أربع طائرات "
                 "مسيرة فوق محافظة مأرب.", "2024-04-19")
    assert rs == []


def test_the_reporters_line_on_the_day_beside_the_speech_stays():
    rs = extract("قال زعيم الجماعة في خطابه إن مقاتليه نفذوا هذا الأسبوع عشرين عملية. "
                 "وفي الأثناء، قتل مدنيان في غارة جوية على بلدة الخيام صباح اليوم.", "2024-03-08")
    assert any(r.sub_event_type == "Air/drone strike" and r.fatalities == 2 for r in rs)


def test_a_week_told_in_a_sentence_with_no_speech_is_untouched():
    # (the window alone, with no speech before it, is no tally: the rule asks for both)
    rs = extract("قتل ثلاثة مدنيين في قصف مدفعي على بلدة كفرنبل هذا الأسبوع، بحسب ناشطين.", "2019-05-20")
    assert any(r.sub_event_type.startswith("Shelling") for r in rs)


def test_a_memory_recalled_in_a_sermon_regains_no_place():
    rs = extract("واستعاد إمام المسجد في خطبته ذكرى مجزرة حماة عام 1982، داعياً المصلين إلى الصبر.", "2024-02-02")
    assert not any(r.sub_event_type.endswith("territory") for r in rs)


def test_a_speaker_recalling_a_battle_regains_no_city():
    rs = extract("استعاد قائد الفصيل في كلمته ذكريات معركة الرقة، حين قتل المئات من مقاتليه.", "2024-02-02")
    assert not any(r.sub_event_type.endswith("territory") for r in rs)


def test_a_town_regained_is_still_a_take_over():
    rs = extract("واستعادت قوات النظام بلدة كفرنبودة بعد معارك عنيفة مع الفصائل.", "2019-05-28")
    assert any(r.sub_event_type == "Government regains territory" for r in rs)
