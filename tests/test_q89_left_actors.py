"""Round q89-left-actors (stop 28): sides the first wave left wrong.

- Fire "أطلقت من مناطق يسيطر عليها X" / "مصدره مناطق تسيطر عليها X": the clause's event is the shelling (the
  holding verb after "مناطق" is no take-over; frames.py, grammar_words `held_area_noun`) and X shot it
  (role_words.tsv agent rows).
- Sides named by a description: "القوات التابعة لوزارة الدفاع" (Syria's army in 2025), "قوى الأمن" (in a
  Palestinian report the Authority's forces), "قوات متوغلة" (the occupation) (actors.tsv, generic_actors.tsv).

Sentences written for these tests (names, places and numbers varied from any report)."""
from __future__ import annotations

from helpers import records_at


def _one(published, text):
    rs = records_at(published)(text)
    assert len(rs) == 1, (text, rs)
    return rs[0]


def test_fire_from_areas_a_side_holds_is_that_sides_shelling():
    for published, text, a1 in (
        ("2015-09-03", "حلب - قتل ثلاثة مدنيين بقذائف هاون أطلقت من مناطق يسيطر عليها تنظيم الدولة على حي "
                       "السريان اليوم.", "Islamic State"),
        ("2019-02-11", "الحديدة - قتلت امرأة بقذيفة أطلقت من مناطق تسيطر عليها ميليشيا الحوثي على حي "
                       "الخمسين اليوم.", "Houthi Movement"),
        ("2017-04-20", "حماة - قتل طفل بقصف صاروخي مصدره مناطق تسيطر عليها قوات النظام على بلدة "
                       "اللطامنة اليوم.", "Syrian Government Forces"),
    ):
        r = _one(published, text)
        assert (r.sub_event_type, r.actor1) == ("Shelling/artillery/missile attack", a1), (text, r)


def test_sides_named_by_a_description():
    for published, text, a1 in (
        ("2025-06-02", "حمص - اشتبكت القوات التابعة لوزارة الدفاع مع مسلحين مجهولين في قرية الغور "
                       "الغربية اليوم.", "Syrian Government Forces"),
        ("2022-11-07", "جنين - اعتقلت قوى الأمن في جنين أربعة مطلوبين خلال حملة أمنية في حي "
                       "المراح اليوم.", "Police Forces of Palestine"),
        ("2024-06-18", "طوباس - اقتحمت قوات متوغلة بلدة طمون جنوب طوباس واعتقلت ثلاثة شبان "
                       "اليوم.", "Israeli Forces"),
    ):
        rs = records_at(published)(text)
        assert rs and all(r.actor1 == a1 for r in rs), (text, rs)


def test_a_nationality_after_a_bases_name_of_two_or_three_words_says_whose_base_was_hit():
    # (actors.py: the site noun "قاعدة" two or three words before the adjective)
    for published, text in (
        ("2024-01-05", "الأنبار - قصفت صواريخ مجهولة قاعدة عين الأسد الأمريكية غرب الأنبار فجر اليوم."),
        ("2023-11-20", "دير الزور - هاجمت طائرة مسيرة قاعدة حقل كونيكو الأمريكية شرق دير الزور اليوم."),
    ):
        rs = records_at(published)(text)
        assert rs and all(r.actor1 != "Military Forces of the United States"
                          and r.actor2 == "Military Forces of the United States" for r in rs), (text, rs)
