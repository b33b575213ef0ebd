"""Place pass 69 (curated/places_pass69.tsv, wrong_arabic_names.tsv, fronts.tsv): places in Israel and Palestine that
Arabic reports of the 2023-2025 wars name and the gazetteer could not resolve (Ashkelon, Sderot, Safed, Tiberias, the
border settlements Hezbollah strikes, Jenin camp, al-Aqsa), junk Arabic names GeoNames gives Israeli cities, and the
fronts across which a report's side strikes Israel.

A row is held to the string its page prints (converted mechanically, inside Israel or Palestine); a one-line report
written for these tests is placed on each row; names that are also words are read only after a cue word; a lone
Israeli reading in a Lebanese, Yemeni or Gaza report is Israel's, not a namesake the gazetteer lacks."""
import pytest

import rasd
from curated_rows import check_built_entry, check_report_lands, check_row_prints_its_point
from rasd.geo import get_gazetteer
from rasd.geo.build import COUNTRY_BOX, SRC_DIR, _tsv
from rasd.text.normalize import normalize_key

ROWS = _tsv(SRC_DIR / "curated/places_pass69.tsv")
BY_ID = {r["id"]: r for r in ROWS}
#: Israel has no GeoNames file in full, so no box in the build; one for this test only
BOXES = {**COUNTRY_BOX, "IL": (29.4, 33.4, 34.2, 35.9)}
#: rows that add spellings to a GeoNames town instead of making a place of their own
JOINED = {r["id"]: r["same_as"] for r in ROWS if r["same_as"]}

#: one report per row, written for this test: (report, admin1 the record must carry)
REPORTS = {
    "il:ashkelon": ("سقط صاروخ على مدينة عسقلان وأصيب ثلاثة إسرائيليين.", None),
    "il:sderot": ("سقطت قذيفة صاروخية على مدينة سديروت وأصيب شخصان.", None),
    "il:safed": ("أطلق حزب الله صواريخ على مدينة صفد وأصيب ثلاثة أشخاص.", None),
    "il:tiberias": ("سقط صاروخ في مدينة طبريا وأصيب شخصان.", None),
    "il:kiryat-shmona": ("أعلن حزب الله أنه قصف مستوطنة كريات شمونة بصلية صاروخية، وأصيب شخصان.", None),
    "il:dimona": ("سقط صاروخ في مدينة ديمونا وأصيب شخصان.", None),
    "il:hadera": ("سقط صاروخ في مدينة الخضيرة وأصيب ثلاثة أشخاص.", None),
    "il:herzliya": ("استهدفت طائرة مسيرة مدينة هرتسليا وأصيب شخصان.", None),
    "il:metula": ("استهدف حزب الله تجمعا لجنود العدو في مستعمرة المطلة بصلية صاروخية وأصيب جنديان.", None),
    "il:shlomi": ("سقطت قذائف على مستوطنة شلومي وأصيب جنديان.", None),
    "il:misgav-am": ("استهدف حزب الله مستوطنة مسكاف عام وأصيب جنديان.", None),
    "il:zarit": ("استهدف حزب الله ثكنة زرعيت بالصواريخ وأصيب جنديان.", None),
    "il:margaliot": ("استهدف حزب الله مستوطنة مرغليوت وأصيب جنديان.", None),
    "il:kfar-giladi": ("استهدف حزب الله مستوطنة كفر جلعادي وقتل جنديان.", None),
    "il:shtula": ("استهدف حزب الله مستوطنة شتولا وأصيب جنديان.", None),
    "il:avivim": ("استهدف حزب الله مستوطنة أفيفيم بالأسلحة الصاروخية وأصيب جنديان.", None),
    "il:yiron": ("استهدف حزب الله مستوطنة يرؤون بالصواريخ وأصيب جنديان.", None),
    "il:ramat-david-airbase": ("سقطت صواريخ أطلقها حزب الله على رامات ديفيد جنوب شرق حيفا وأصيب جنديان.", None),
    "ps:al-aqsa": ("أصيب ثلاثة فلسطينيين في مواجهات مع الشرطة الإسرائيلية في باحات المسجد الأقصى.", "West Bank"),
    "ps:jenin-camp": ("اقتحمت قوات الاحتلال مخيم جنين وقتل ثلاثة فلسطينيين.", "West Bank"),
    "ps:sheikh-jarrah": ("اعتدت قوات الاحتلال على المعتصمين في حي الشيخ جراح وأصيب عشرة فلسطينيين.", "West Bank"),
    "ps:shuafat-camp": ("اقتحمت قوات الاحتلال مخيم شعفاط وقتل شاب فلسطيني.", "West Bank"),
    "ps:daraj": ("قصفت طائرات الاحتلال منزلا في حي الدرج بمدينة غزة وقتل ثلاثة فلسطينيين.", "Gaza Strip"),
    "il:ashdod-spelling": ("سقط صاروخ في مدينة أسدود وأصيب شخصان.", None),
}


def test_every_row_has_a_report_and_every_report_a_row():
    assert set(REPORTS) == set(BY_ID)
    assert len({r["id"] for r in ROWS}) == len(ROWS)


PRINTED = [r for r in ROWS if r["printed"]]
#: quarters no page prints a point for: they name their city and take its point (precision 2)
QUARTERS = [r for r in ROWS if not r["printed"]]


@pytest.mark.parametrize("row", PRINTED, ids=[r["id"] for r in PRINTED])
def test_every_row_names_its_page_and_the_point_that_page_prints(row):
    check_row_prints_its_point(row, BOXES)


@pytest.mark.parametrize("row", PRINTED, ids=[r["id"] for r in PRINTED])
def test_the_built_entry_keeps_the_page_and_its_unit(row):
    check_built_entry(row, JOINED)


@pytest.mark.parametrize("row", QUARTERS, ids=[r["id"] for r in QUARTERS])
def test_a_quarter_without_a_printed_point_takes_its_citys(row):
    assert not row["lat"] and not row["lon"] and "no point" in row["note"]
    gaz = get_gazetteer()
    e, city = gaz.get("cur:" + row["id"]), gaz.get(row["parent"])
    assert e is not None and e.ref == row["source_url"] and e.parent == city.id
    assert (e.lat, e.lon) == (city.lat, city.lon)


@pytest.mark.parametrize("rid", sorted(REPORTS))
def test_a_report_written_for_the_test_is_placed_on_the_row(rid):
    exact = BY_ID[rid]["approximate"] == "0" and BY_ID[rid]["printed"]
    check_report_lands(rid, BY_ID, REPORTS, JOINED, "2024-10-01", 1 if exact else 2)


@pytest.mark.parametrize("gid, wrong, kept", [
    ("gn:293397", "tێl yەvyv", "تل أبيب"),
    ("gn:294801", "جحفية", "حيفا"),
    ("gn:294098", "nasrہ", "الناصرة"),
    ("gn:281184", "اريئيل", "القدس"),
])
def test_junk_and_wrong_names_geonames_gives_israeli_cities_are_dropped(gid, wrong, kept):
    town = get_gazetteer().get(gid)
    keys = {normalize_key(n) for n in town.all_names_ar()}
    assert normalize_key(wrong) not in keys and normalize_key(kept) in keys
    assert town.name_ar != wrong


def test_a_settlement_called_ariel_is_not_jerusalem():
    out = rasd.extract("دهس مستوطن شابا فلسطينيا قرب مستوطنة أريئيل وأصيب بجروح.", "2024-10-01")
    assert "gn:281184" not in {r.gazetteer_id for r in out}


@pytest.mark.parametrize("text, gid", [
    ("قتل ثلاثة مدنيين في غارة على بلدة الخيام المطلة على سهل الحولة.", "cur:il:metula"),
    ("قصفت المدفعية التلال المطلة على بلدة الخيام وقتل مدنيان.", "cur:il:metula"),
    ("أصيب عاملان في انفجار في محطة الفحم في مدينة حيفا.", "gn:293286"),
    ("سقط رجل على الدرج في منزله وأصيب بكسور بعد قصف مدينة غزة.", "cur:ps:daraj"),
])
def test_words_that_share_a_new_name_are_not_read_as_it(text, gid):
    assert gid not in {r.gazetteer_id for r in rasd.extract(text, "2024-10-01")}


def test_the_common_words_file_lists_the_new_names_that_are_also_words():
    keys = {r["key"] for r in _tsv(SRC_DIR / "common_words.tsv")}
    assert {"المطله", "الفحم", "الدرج"} <= keys


@pytest.mark.parametrize("text, gid", [
    # a Lebanese, a Yemeni, an Iraqi and a Gaza report that name one Israeli place and nothing else in Israel
    ("أطلق حزب الله صواريخ على مدينة حيفا وأصيب ثلاثة أشخاص.", "gn:294801"),
    ("أعلنت جماعة الحوثي استهداف مدينة عسقلان بطائرة مسيرة وأصيب شخصان.", "cur:il:ashkelon"),
    ("أعلنت المقاومة الإسلامية في العراق استهداف مدينة إيلات بطائرة مسيرة وأصيب شخصان.", "gn:295277"),
    ("قصفت كتائب القسام مدينة عسقلان برشقة صاروخية وأصيب ثلاثة إسرائيليين.", "cur:il:ashkelon"),
])
def test_a_strike_across_a_front_is_placed_in_israel(text, gid):
    out = rasd.extract(text, "2024-10-01")
    assert gid in {r.gazetteer_id for r in out}, [(r.location_text, r.country, r.gazetteer_id) for r in out]
    assert all(r.country == "Israel" for r in out if r.gazetteer_id == gid)


def test_a_front_does_not_carry_a_namesake_abroad_into_a_report_on_another_country():
    # fronts.tsv lists strikes ON Israel: an Israeli report's lone Lebanese-looking name is not read in
    # Syria or Iraq because of it, and a Syrian report still refuses a lone Lebanese namesake
    out = rasd.extract("قصفت قوات النظام بادية البشري في ريف دير الزور وقتل ثلاثة مدنيين.", "2024-10-01")
    assert all(r.country != "Lebanon" for r in out)
