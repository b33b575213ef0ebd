"""Precision round q81-places2: places rasd could not find, pooled over every gold set.

* Israeli towns that GeoNames alone held (Haifa, Nahariya) are joined by curated rows with their pages
  (curated/places_q81-places2.tsv), and a GeoNames town a curated row joined counts as curated where the
  extractor admits places across a front (extract/pipeline.py, `_covered`): a bare "على حيفا"، "قصف نهاريا"
  now makes a record, as "مدينة صفد" did;
* "صفد", a name of three letters, is a place after a preposition with no type word (grammar_words.tsv,
  bare_short_town), as "رفح" is.

Every report here is written for these tests."""
import pytest

import rasd
from curated_rows import check_row_prints_its_point
from rasd.geo.build import COUNTRY_BOX, SRC_DIR, _tsv

_FILE = SRC_DIR / "curated/places_q81-places2.tsv"
ROWS = _tsv(_FILE) if _FILE.exists() else []   # (so that, without the file, the tests fail rather than error)


@pytest.mark.parametrize("row", ROWS, ids=[r["id"] for r in ROWS])
def test_every_row_prints_its_point(row):
    check_row_prints_its_point(row, {**COUNTRY_BOX, "IL": (29.4, 33.4, 34.2, 35.9)})
    assert row["same_as"].startswith("gn:")


@pytest.mark.parametrize("text, name_en", [
    ("أعلن حزب الله أنه أطلق رشقة من صواريخ الكاتيوشا على حيفا فجر الخميس.", "Haifa"),
    ("قالت فصائل فلسطينية إنها قصفت نهاريا بصاروخين مساء الثلاثاء دون أن تذكر إصابات.", "Nahariyya"),
    ("وأطلقت المقاومة الإسلامية عدة صواريخ على صفد ظهر اليوم، وفق وسائل إعلام عبرية.", "Safed"),
    ("تبنى حزب الله قصف كريات شمونة وحيفا بعشرات الصواريخ ليل السبت.", "Haifa"),
], ids=["haifa-bare", "nahariya-bare", "safed-after-ala", "haifa-in-a-list"])
def test_a_bare_israeli_town_across_the_front_is_placed(text, name_en):
    out = rasd.extract(text, "2024-10-17")
    assert name_en in [r.location for r in out], [(r.location_text, r.location) for r in out]
    assert all(r.country == "Israel" for r in out if r.location == name_en)


def test_a_town_without_a_front_stays_out():
    # a report from Syria that names no side across a front and no country: no Haifa street in Aleppo
    out = rasd.extract("حلب - قتل شخصان في قصف على حي الشعار وسط المدينة صباح اليوم.", "2016-05-02")
    assert all(r.country == "Syria" for r in out)
