"""Precision round q81-prec-a: lone extras that are no events of the report's day.

Sentences written for these tests (names, places and numbers varied from any report)."""
from __future__ import annotations

from helpers import records_at

records = records_at("2019-03-14")


def _kinds(text: str) -> list[tuple[str, str]]:
    return sorted((r.sub_event_type, r.location_text) for r in records(text))


def test_event_told_days_before_in_passing_is_not_coded():
    # the take-over two days before is the point the news is measured from, not an event of it
    text = ("أحرق مسلحو الحركة، اليوم الخميس، خمسة منازل في قرية الشعبانية بمديرية الصومعة، "
            "بعد يومين من استعادتهم السيطرة على مديرية الصومعة.")
    kinds = _kinds(text)
    assert not any(t == "Government regains territory" or t.endswith("overtakes territory") for t, _ in kinds), kinds
    assert any(t == "Looting/property destruction" for t, _ in kinds), kinds


def test_fighting_days_before_a_take_over_is_not_coded_but_an_abduction_before_a_killing_is():
    # the days of fighting that led to today's take-over are its background
    text = ("أعلنت قوات سوريا الديمقراطية، اليوم الخميس، سيطرتها على بلدة الكشكية شرقي دير الزور، "
            "بعد أيام من المعارك مع مسلحي العشائر.")
    kinds = _kinds(text)
    assert not any(t == "Armed clash" for t, _ in kinds), kinds
    # what was done to the victim before he was found dead is his story (tests/test_extract_context.py)
    text = "عثر أهالي بلدة نصيب على جثة شاب مقتولاً بالرصاص، بعد ثلاثة أيام من اختطافه على يد مسلحين."
    kinds = _kinds(text)
    assert any(t == "Abduction/forced disappearance" for t, _ in kinds), kinds


def test_a_sentence_built_to_tell_the_earlier_event_still_codes_it():
    # "وجاءت الغارات بعد يوم من ...": the sentence tells the earlier attack, with its own toll
    text = ("شنت طائرات حربية، اليوم الخميس، غارات على ميناء رأس عيسى في الحديدة. "
            "وجاءت الغارات بعد يوم من هجوم بطائرة مسيرة على مدينة إيلات أسفر عن إصابة ثلاثة أشخاص.")
    kinds = _kinds(text)
    assert any(p.endswith("إيلات") for _, p in kinds), kinds
