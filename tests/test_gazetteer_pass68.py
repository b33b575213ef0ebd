"""Place pass 68 (curated/places_pass68.tsv): places Arabic conflict reports name that the gazetteer lacked or held
only on a city's, a governorate's or a namesake's point (the Khan al-Shih town, Idlib's Kafr Sajna, quarters of
Benghazi, Khartoum and Mosul, ...), and one matching fix: a two-word name the gazetteer holds only abroad is read
whole ("مدينة خميس مشيط" was cut to "خميس", a Yemeni village).

A row with a point is held to its page (the printed string converted mechanically, inside its country); a row
without one names the city it takes its point from, or the sub-district it is placed on, and never gives precision
1.  A one-line report written for these tests is placed on each row.  Names that are also words or family names
(الصحافة، الصابري، الليثي، الهواري) are read only after a cue word."""
import pytest

import rasd
from curated_rows import check_row_prints_its_point, km
from rasd.geo import get_gazetteer
from rasd.geo.build import SRC_DIR, _tsv
from rasd.geo.names import is_arabic
from rasd.text.normalize import normalize_key

ROWS = _tsv(SRC_DIR / "curated/places_pass68.tsv")
BY_ID = {r["id"]: r for r in ROWS}

#: rows that name a GeoNames town without an Arabic name (`same_as`): the build gives that town the row's
#: names and keeps its point, so a report lands on the GeoNames town
JOINED = {"ly:sawani": "gn:2219356", "sd:kerma": "gn:372801", "sd:argo": "gn:378543"}

#: one report per row, written for this test: (report, admin1 the record must carry)
REPORTS = {
    "sy:khan-shih-town": ("قصفت قوات النظام بلدة خان الشيح في ريف دمشق الغربي وقتل مدنيان.", "Rural Damascus"),
    "sy:kafr-sajna": ("قصفت طائرات حربية روسية قرية كفرسجنة في ريف إدلب الجنوبي وقتل ثلاثة مدنيين.", "Idleb"),
    "bgz:sabri": ("قصفت طائرات حربية مواقع المسلحين في منطقة الصابري ببنغازي وقتل أربعة مقاتلين.", "Benghazi"),
    "bgz:laithi": ("اندلعت اشتباكات عنيفة في حي الليثي في مدينة بنغازي وقتل ثلاثة جنود.", "Benghazi"),
    "bgz:bouatni": ("اندلعت اشتباكات في منطقة بوعطني شرق بنغازي وقتل خمسة مقاتلين.", "Benghazi"),
    "bgz:sidi-akhribish": ("سيطرت قوات الجيش على منطقة سيدي اخريبيش وسط بنغازي بعد اشتباكات قتل فيها ستة مسلحين.", "Benghazi"),
    "bgz:hawari": ("انفجرت سيارة مفخخة في منطقة الهواري جنوب بنغازي وقتل ثلاثة مدنيين.", "Benghazi"),
    "krt:sahafa": ("سقطت قذائف على حي الصحافة جنوب الخرطوم وقتل أربعة مدنيين.", "Khartoum"),
    "krt:jabra": ("قصفت قوات الدعم السريع حي جبرة في الخرطوم وقتل مدنيان.", "Khartoum"),
    "msl:zanjili": ("انفجرت عبوة ناسفة في حي الزنجيلي في الموصل وقتل مدنيان.", "Ninewa"),
    "msl:bab-sinjar": ("اندلعت اشتباكات في منطقة باب سنجار في الموصل وقتل ثلاثة عناصر من داعش.", "Ninewa"),
    "sy:hayyan-aleppo": ("قصفت طائرات حربية روسية بلدة حيان في ريف حلب الشمالي وقتل أربعة مدنيين.", "Aleppo"),
    "ly:sawani": ("سقطت قذائف عشوائية على منطقة السواني جنوب طرابلس وأصيب ثلاثة مدنيين.", "Jafara"),
    "sy:tell-shihab": ("توغلت قوة إسرائيلية في بلدة تل شهاب بريف درعا الغربي وقتلت شابا.", "Dar'a"),
    "sy:ayn-kurum": ("قتل ثلاثة أشخاص على يد مسلحين في قرية عين الكروم بريف حماة الغربي.", "Hama"),
    "sy:rablah": ("سقطت قذائف على بلدة ربلة في ريف القصير وأصيب مدنيان.", "Homs"),
    "sy:khattab": ("اندلعت اشتباكات عنيفة في بلدة خطاب بريف حماة الشمالي وقتل خمسة مقاتلين.", "Hama"),
    "sy:qamhana": ("سيطرت فصائل المعارضة على بلدة قمحانة شمال حماة بعد معارك قتل فيها عشرة عناصر.", "Hama"),
    "ye:zuqar": ("شن الطيران الأمريكي غارات على جزيرة زقر في البحر الأحمر وقتل ثلاثة عناصر.", "Al Hudaydah"),
    "ye:hanish": ("شن الطيران الأمريكي غارات على مواقع للحوثيين في جزر حنيش وقتل خمسة عناصر.", "Al Hudaydah"),
    "taz:hawban": ("قصفت قوات الحوثي حي الحوبان شرق تعز وقتل مدنيان.", "Taiz"),
    "sy:maardes": ("سيطرت قوات النظام على بلدة معردس شمال حماة بعد معارك قتل فيها عشرة مسلحين.", "Hama"),
    "sy:maan-hama": ("هاجم مسلحون قرية معان بريف حماة الشمالي وقتلوا عشرين مدنيا.", "Hama"),
    "sd:kerma": ("استهدفت طائرة مسيرة تابعة للدعم السريع مدينة كرمة في الولاية الشمالية وأصيب مدنيان.", "Northern"),
    "sd:argo": ("استهدفت طائرة مسيرة مدينة أرقو في الولاية الشمالية وأصيب ثلاثة مدنيين.", "Northern"),
}


def test_every_row_has_a_report_and_every_report_a_row():
    assert set(REPORTS) == set(BY_ID)
    assert len({r["id"] for r in ROWS}) == len(ROWS)


@pytest.mark.parametrize("row", ROWS, ids=[r["id"] for r in ROWS])
def test_every_row_names_its_page_and_the_point_that_page_prints(row):
    if row["printed"]:
        check_row_prints_its_point(row)
        return
    assert row["source_url"].startswith(("https://", "http://")) and " " not in row["source_url"]
    assert is_arabic(row["name_ar"]) and row["approximate"] in ("0", "1")
    # no page printed a point: the row borrows its city's, sits on its sub-district (approximate) or names
    # the GeoNames town it gives its Arabic name to (which keeps its own point)
    assert not row["lat"] and not row["lon"]
    assert row["parent"] or (row["approximate"] == "1" and row["admin"]) or row["same_as"] in JOINED.values()
    assert "no point" in row["note"] or "printed its point" in row["note"]


@pytest.mark.parametrize("row", ROWS, ids=[r["id"] for r in ROWS])
def test_the_built_entry_keeps_the_page_and_its_container(row):
    gaz = get_gazetteer()
    if row["id"] in JOINED:
        town = gaz.get(JOINED[row["id"]])
        assert row["same_as"] == town.id and row["source_url"] in town.note
        keys = {normalize_key(n) for n in town.all_names_ar()}
        assert {normalize_key(n) for n in [row["name_ar"], *row["names_ar"].split("|")] if n} <= keys
        return
    e = gaz.get("cur:" + row["id"])
    assert e is not None and e.ref == row["source_url"] and e.country == row["country"]
    assert e.has_point == bool(row["printed"] or row["parent"])
    if not e.has_point:
        assert gaz.get(row["admin"]).has_point
    if row["parent"]:
        city = gaz.get(row["parent"])
        assert city is not None and e.parent == city.id and (e.lat, e.lon) == (city.lat, city.lon)
    if row["admin"].startswith("SY"):
        assert row["admin"] in (e.admin2, e.admin3)


@pytest.mark.parametrize("rid", sorted(REPORTS))
def test_a_report_written_for_the_test_is_placed_on_the_row(rid):
    row, (text, admin1) = BY_ID[rid], REPORTS[rid]
    want = JOINED.get(rid, "cur:" + rid)
    out = rasd.extract(text, "2025-05-01")
    recs = [r for r in out if r.gazetteer_id == want]
    assert recs, [(r.location_text, r.location, r.gazetteer_id) for r in out]
    r = recs[0]
    assert r.admin1 == admin1
    e = get_gazetteer().get(want)
    if not e.has_point:
        e = get_gazetteer().get(row["admin"])
    assert km(r.latitude, r.longitude, e.lat, e.lon) < 0.01
    exact = (bool(row["printed"]) or rid in JOINED) and row["approximate"] == "0"
    assert r.geo_precision == (1 if exact else 2)


def test_the_khan_al_shih_camp_lies_in_the_town_not_in_damascus():
    gaz = get_gazetteer()
    camp, town = gaz.get("cur:site:khan-shih-camp"), gaz.get("cur:sy:khan-shih-town")
    assert camp.parent == town.id and (camp.lat, camp.lon) == (town.lat, town.lon)
    out = rasd.extract("قصفت قوات النظام مخيم خان الشيح للاجئين الفلسطينيين بريف دمشق وقتل مدنيان.", "2016-10-01")
    assert [r.gazetteer_id for r in out] == ["cur:site:khan-shih-camp"]
    assert out[0].admin1 == "Rural Damascus" and out[0].geo_precision == 2


@pytest.mark.parametrize("text, rid", [
    ("دعت نقابة الصحافة إلى حماية الصحفيين بعد مقتل مراسل في الخرطوم.", "cur:krt:sahafa"),
    ("قال الصحفي أحمد الليثي إن مسلحين قتلوا ثلاثة مدنيين في مدينة درنة.", "cur:bgz:laithi"),
    ("قتل مسلحون المواطن علي الهواري في مدينة سبها.", "cur:bgz:hawari"),
    ("قال الرئيس في خطاب متلفز إن ثلاثة جنود قتلوا في هجوم على حاجز في درعا.", "cur:sy:khattab"),
])
def test_words_and_family_names_that_share_a_new_name_are_not_read_as_it(text, rid):
    assert rid not in {r.gazetteer_id for r in rasd.extract(text, "2025-05-01")}


def test_the_common_words_file_lists_the_new_names_that_are_also_words():
    keys = {r["key"] for r in _tsv(SRC_DIR / "common_words.tsv")}
    for name in ("الصحافة", "الصابري", "الليثي", "الهواري", "خطاب", "كرمة"):
        assert normalize_key(name) in keys, name


@pytest.mark.parametrize("text", [
    "سقطت قذيفة صاروخية على مدينة خميس مشيط وأصيب مدنيان.",
    "استهدفت طائرة مسيرة مطار خميس مشيط وأصيب مدنيان.",
])
def test_a_two_word_name_held_only_abroad_is_not_cut_to_its_first_word(text):
    # "خميس مشيط" is a Saudi city (GeoNames, outside rasd's countries); its first word alone is a Yemeni
    # village (Al Khamis, al-Mahwit), which the cut name was read as
    out = rasd.extract(text, "2021-06-09")
    assert out and all("مشيط" in r.location_text for r in out)
    assert all(r.admin1 != "Al Mahwit" and r.gazetteer_id != "gn:402470" for r in out)
    assert all(r.location == "Khamis Mushait" and r.country == "Saudi Arabia" for r in out)


def test_the_hayan_gas_field_keeps_its_type_word_and_the_aleppo_town_takes_the_bare_name():
    field = rasd.extract("استهدف هجوم لتنظيم داعش حقل حيان شرق حمص وقتل ثلاثة عمال.", "2017-01-05")
    assert [r.gazetteer_id for r in field] == ["cur:site:hayan"]
    towns = rasd.extract("سيطرت قوات النظام على بلدات حيان وعندان وحريتان شمال حلب بعد معارك قتل فيها عشرة مسلحين.",
                         "2016-02-05")
    assert "cur:sy:hayyan-aleppo" in {r.gazetteer_id for r in towns}
    assert "cur:site:hayan" not in {r.gazetteer_id for r in towns}


def test_shelling_from_hawban_onto_taiz_stays_on_the_city():
    # the quarter the fire comes from is not where it lands
    out = rasd.extract("قصف الحوثيون أحياء مدينة تعز من مواقعهم في منطقة الحوبان وقتل طفلان.", "2017-06-04")
    assert [r.gazetteer_id for r in out] == ["gn:70225"]


def test_jordans_maan_stays_jordans_in_a_report_about_jordan():
    out = rasd.extract("اندلعت اشتباكات بين قوات الأمن الأردنية ومطلوبين في مدينة معان جنوب الأردن وقتل شرطي.",
                       "2025-05-01")
    assert [r.gazetteer_id for r in out] == ["gn:248382"]


def test_anbars_karmah_keeps_its_article_name_beside_sudans_kerma():
    out = rasd.extract("سيطرت القوات العراقية على منطقة الكرمة شرق الفلوجة بعد معارك قتل فيها عشرة مسلحين.", "2016-05-20")
    assert [r.gazetteer_id for r in out] == ["cur:iq:karmah"]
