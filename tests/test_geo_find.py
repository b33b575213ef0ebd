"""find_names over normalised text: clitics, spellings, common words, longest match."""
import pytest

from rasd.geo import get_gazetteer
from rasd.text.normalize import normalize


@pytest.fixture(scope="module")
def gaz():
    return get_gazetteer()


def names(gaz, text):
    norm = normalize(text).text
    return [(norm[h.start:h.end], h) for h in gaz.find_names(norm)]


def test_clitics_are_outside_the_hit(gaz):
    found = names(gaz, "وصلت التعزيزات وبالميادين والعشارة أمس")
    surfaces = [s for s, _ in found]
    assert "الميادين" in surfaces and "العشاره" in surfaces


def test_fused_and_split_spellings_meet(gaz):
    a = {h.entry_ids for _, h in names(gaz, "قصف على البوكمال")}
    b = {h.entry_ids for _, h in names(gaz, "قصف على البو كمال")}
    c = {h.entry_ids for _, h in names(gaz, "اشتباكات في ديرالزور")}
    assert a == b and a
    assert any("SY09" in ids for ids in c)


def test_hamza_and_ta_marbuta_variants(gaz):
    with_marks = {h.entry_ids for _, h in names(gaz, "في مدينة حماة")}
    without = {h.entry_ids for _, h in names(gaz, "في مدينه حماه")}
    assert with_marks == without and any("SY05" in ids for ids in with_marks)


def test_longest_match_wins(gaz):
    found = names(gaz, "غارات على ريف دمشق")
    assert [s for s, _ in found] == ["ريف دمشق"]
    assert "SY03" in found[0][1].entry_ids


def test_common_words_are_flagged(gaz):
    found = dict(names(gaz, "فتح الباب أمام المفاوضات في مدينة الباب"))
    assert found["الباب"].common_word
    assert not dict(names(gaz, "في الميادين"))["الميادين"].common_word


def test_levels_travel_with_ids(gaz):
    (_, hit), = names(gaz, "في الميادين")
    assert len(hit.entry_ids) == len(hit.levels)
    assert "town" in hit.levels and "admin2" in hit.levels
