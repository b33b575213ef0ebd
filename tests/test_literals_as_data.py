"""Word lists that sat as literals in the extraction code are grammar_words groups now (review, stop 28).
Two of the literals were written unnormalised ("نتيجة"، "القوة المهاجمة") and could never match the
normalised text; as data they are normalised on loading.  Sentences written for these tests."""
from __future__ import annotations

from helpers import records_at

from rasd.lexicon.grammar import grammar_words

recs = records_at("2015-11-04")


def test_a_toll_caused_nateejat_a_shelling_after_a_comma_is_that_shellings():
    # "نتيجة" opens the clause of the toll's cause like "جراء": one record, with the shelling's side
    rs = recs("حماة - قتل ثلاثة مدنيين في بلدة اللطامنة، نتيجة قصف صاروخي لقوات النظام على المنازل.", "2015-11-04")
    assert len(rs) == 1
    assert rs[0].actor1 == "Syrian Government Forces" and rs[0].fatalities == 3


def test_a_toll_caused_by_an_air_strike_told_with_nateejat_keeps_the_raiders_name():
    rs = recs("تعز - لقي ستة أشخاص مصرعهم في مديرية المخا، نتيجة غارة جوية لطيران التحالف.", "2015-11-04")
    hit = [r for r in rs if r.sub_event_type == "Air/drone strike"]
    assert len(hit) == 1 and hit[0].actor1 == "Saudi-led Coalition" and hit[0].fatalities == 6


def test_the_moved_groups_are_loaded_normalised():
    groups = grammar_words()
    for g in ("continuing_word", "until_word", "could_not", "comma_cause", "legal_finding_verb",
              "legal_finding_noun", "happened_noun", "result_verb", "operation_after_doer", "checkpoint_noun",
              "wing_noun", "wing_adjective", "air_force_body", "held_noun_stem", "detain_verb_stem",
              "years_plural", "elapsed_verb", "years_elapsed", "court_word"):
        assert groups[g], g
        assert not any(c in w for w in groups[g] for c in "ةىأإآ"), g


def test_a_fight_between_groups_muayyida_to_a_side_has_both_sides():
    # "مؤيدة لـ" was written with its hamza in the pattern and never matched the normalised "مويده"
    rs = records_at("2019-08-02")("طرابلس - اندلعت اشتباكات مساء أمس بين كتائب مؤيدة لحكومة الوفاق وقوات حفتر "
                                  "في منطقة وادي الربيع.", "2019-08-02")
    hit = [r for r in rs if r.sub_event_type == "Armed clash"]
    assert len(hit) == 1 and hit[0].actor2 == "Libyan National Army"
