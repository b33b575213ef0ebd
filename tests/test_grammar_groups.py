"""Each grammar_words group is one word list with one meaning.  Three names had been given twice by rounds that
did not see each other's rows (stop 28 split them: fire_noun/blaze_noun, launch_verb/projectile_launch_verb,
spread_verb/spread_to_verb), so each rule read the other's words too: "النار" of gunfire, listed for "أطلق النار",
made a take-over told within 40 characters after it read as a fire brought under control."""
from __future__ import annotations

import re
from collections import Counter

from helpers import records_at

from rasd.resources import data_path

_DOC_LINE = re.compile(r"^#\s+(?:[a-z0-9-]+:\s+)?([a-z_]+)\s+-\s", re.M)


def test_no_group_is_described_twice():
    text = data_path("lexicon/grammar_words.tsv").read_text(encoding="utf-8")
    twice = [g for g, n in Counter(_DOC_LINE.findall(text)).items() if n > 1]
    assert not twice, twice


def test_gunfire_before_a_take_over_is_no_fire_put_out():
    rs = records_at("2019-05-20")("طرابلس - أطلق مسلحون مجهولون النار على حاجز أمني فجر اليوم. "
                                  "وسيطرت قوات الوفاق على منطقة السواني بعد انسحاب قوات حفتر منها.", "2019-05-20")
    assert any(r.sub_event_type.endswith("territory") and "السواني" in (r.location_text or "") for r in rs)


def test_a_blaze_brought_under_control_is_still_no_take_over():
    rs = records_at("2019-05-20")("بنغازي - اندلع حريق كبير في مخزن للوقود، وتمت السيطرة على الحريق بعد ساعات.",
                                  "2019-05-20")
    assert not any(r.sub_event_type.endswith("territory") for r in rs)


def test_a_blaze_told_in_the_sentence_before_does_not_undo_a_take_over():
    rs = records_at("2019-05-20")("حماة - اندلع حريق في الأراضي الزراعية. وسيطرت قوات النظام على بلدة كفرنبودة بعد "
                                  "معارك عنيفة مع فصائل المعارضة.", "2019-05-20")
    assert any(r.sub_event_type.endswith("territory") and "كفرنبودة" in (r.location_text or "") for r in rs)
