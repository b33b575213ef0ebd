"""Non-Arabic documents: other scripts, and Arabic script used for Persian or Kurdish."""
from __future__ import annotations

from rasd.ingest import Skipped, read_documents
from rasd.text.script import is_arabic, not_arabic_reason

ARABIC = "قتل ثلاثة مدنيين بقصف صاروخي على قرية في ريف إدلب الجنوبي صباح اليوم، بحسب الدفاع المدني."
# the same sentence typed on a Persian keyboard (ی and ک for ي and ك) is still Arabic
ARABIC_PERSIAN_KEYBOARD = ARABIC.replace("ي", "ی").replace("ك", "ک")
PERSIAN = "حمله هوایی به روستایی در نزدیکی شهر ادلب انجام شد و چند نفر زخمی شدند که به بیمارستان منتقل شدند."
SORANI = "هێرشی ئاسمانی بۆ سەر گوندێک لە نزیک شاری قامیشلۆ کرا و چەند کەسێک بریندار بوون."
ENGLISH = "Three civilians were killed in a rocket attack on a village in southern Idlib this morning."


def test_script_verdicts():
    assert is_arabic(ARABIC) and is_arabic(ARABIC_PERSIAN_KEYBOARD)
    assert "not Arabic" in not_arabic_reason(ENGLISH)
    assert "Persian" in not_arabic_reason(PERSIAN)
    assert "Persian" in not_arabic_reason(SORANI)
    assert is_arabic(ARABIC + " (AFP) " + "Reuters")   # a few Latin words do not change it


def test_reader_skips_and_counts(tmp_path):
    for name, text in (("ar", ARABIC), ("fa", PERSIAN), ("ckb", SORANI), ("en", ENGLISH)):
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    items = list(read_documents([str(tmp_path)], require_arabic=True))
    skipped = [i for i in items if isinstance(i, Skipped)]
    assert sorted(s.where.rsplit("/", 1)[1] for s in skipped) == ["ckb.txt", "en.txt", "fa.txt"]
    assert all(s.kind == "not Arabic" and not s.fatal for s in skipped)
    assert [i.id for i in items if not isinstance(i, Skipped)] == ["ar"]
    # the check is off by default (a store keeps such documents as "not extracted")
    assert len(list(read_documents([str(tmp_path)]))) == 4
