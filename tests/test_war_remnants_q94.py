"""Round q94-probe-uxo: war remnants.  An unexploded shell or round that goes off under its victim is a
Remote explosive/landmine/IED (not a shelling); engineers' controlled detonations and a bomb word joined by و to
one defused are disposals, no event (ACLED codes no explosion for clearance)."""
from __future__ import annotations

from helpers import only, records_at

records = records_at("2024-06-03")


def test_an_unexploded_shell_going_off_is_a_remote_explosive():
    r = only(records("قضى فتى وجرح آخر، صباح اليوم، إثر انفجار مقذوف غير منفجر قرب مدرسة في حي الهضبة "
                     "بمدينة سرت الليبية."))
    assert r.sub_event_type == "Remote explosive/landmine/IED"
    assert r.actor1 == "Unidentified Armed Group"
    r = only(records("جرح ثلاثة فتية بانفجار قذيفة غير منفجرة كانوا يعبثون بها في بلدة كفرزيتا بريف حماة."))
    assert r.sub_event_type == "Remote explosive/landmine/IED"


def test_a_controlled_detonation_is_no_event():
    assert records("فجّر فوج الهندسة ذخائر غير منفجرة بشكل آمن في أطراف بلدة يارون الجنوبية، ظهر اليوم، "
                   "ونبّه الأهالي إلى أن دوي الانفجارات ناتج عن ذلك.") == []
    assert records("أجرت وحدات الهندسة تفجيرات محكومة لمخلفات الحرب قرب مدينة منبج صباح اليوم.") == []


def test_a_controlled_detonation_that_kills_is_kept():
    r = only(records("قتل عنصر من فوج الهندسة أثناء تفجير ذخائر بشكل آمن في أطراف بلدة يارون، اليوم."))
    assert r.sub_event_type == "Remote explosive/landmine/IED"


def test_a_bomb_word_joined_to_defused_ones_is_defused_too():
    assert records("ذكرت خلية الإعلام الأمني أن مفارز الهندسة فككت 18 عبوة ناسفة ولغما في قضاء الشرقاط "
                   "شمالي صلاح الدين.") == []
    assert records("أوضح البرنامج أن فرقه أزالت 230 لغما وقذيفة في مديرية الخوخة خلال الأسبوع.") == []


def test_a_blast_of_a_mine_someone_laid_is_kept():
    r = only(records("قتل راعيان بانفجار لغم زرعه مسلحو الجماعة في أطراف قرية الجبلية، أمس."))
    assert r.sub_event_type == "Remote explosive/landmine/IED"
    assert r.fatalities == 2


def test_a_demining_teams_name_is_no_second_mine():
    r = only(records("قضى ثلاثة من أفراد فريق إزالة الألغام وجرح رابع، ظهر اليوم، إثر انفجار لغم في أطراف "
                     "بلدة تل تمر."))
    assert r.sub_event_type == "Remote explosive/landmine/IED"
    assert r.fatalities == 3 and r.injured == 1
