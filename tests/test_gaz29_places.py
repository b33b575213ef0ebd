"""Places of the 2011-2025 wars that reports name and the gazetteer lacked or read as a namesake
(curated/places_frontlines.tsv), and the Eastern Ghouta, a named region that OpenSyria had filed as
an alias of the Jaramana sub-district (curated/places_regions.tsv, wrong_arabic_names.tsv).

The rows are held to their pages (a printed point converted mechanically, a page per row); the reports
below were written for these tests and are placed on the new points, in the right admin1, instead of at
a namesake abroad, on the capital, or nowhere."""
import math

import pytest

import rasd
from rasd.geo import get_gazetteer
from rasd.geo.build import COUNTRY_BOX, SRC_DIR, _tsv, syria_admin
from rasd.geo.entry import Entry
from rasd.geo.names import is_arabic
from rasd.geo.printed import parse_printed
from rasd.geo.resolve import precision_of
from rasd.text.normalize import normalize_key

ROWS = _tsv(SRC_DIR / "curated/places_frontlines.tsv")
REGIONS = _tsv(SRC_DIR / "curated/places_regions.tsv")


def _km(lat1, lon1, lat2, lon2):
    p = math.pi / 180
    a = (math.sin((lat2 - lat1) * p / 2) ** 2
         + math.cos(lat1 * p) * math.cos(lat2 * p) * math.sin((lon2 - lon1) * p / 2) ** 2)
    return 12742 * math.asin(math.sqrt(a))


@pytest.mark.parametrize("row", ROWS + REGIONS, ids=[r["id"] for r in ROWS + REGIONS])
def test_every_row_has_its_page_and_the_point_that_page_prints(row):
    assert row["source_url"].startswith(("https://", "http://")) and " " not in row["source_url"]
    assert is_arabic(row["name_ar"])
    # a point two pages disagree on is kept, marked approximate, and the note says so
    assert row["approximate"] == "0" or ("approximate" in row["note"] and "km away" in row["note"])
    got = parse_printed(row["printed"])
    assert (got.lat, got.lon) == (float(row["lat"]), float(row["lon"]))
    la0, la1, lo0, lo1 = COUNTRY_BOX.get(row["country"], (16.0, 32.5, 34.5, 56.0))   # (Saudi Arabia: no box in
    assert la0 <= got.lat <= la1 and lo0 <= got.lon <= lo1                            # the build; its extent)
    assert row["printed"] in row["note"]


@pytest.mark.parametrize("row", ROWS, ids=[r["id"] for r in ROWS])
def test_the_built_entry_keeps_the_page_and_the_unit_it_names(row):
    e = get_gazetteer().get("cur:" + row["id"])
    assert e is not None and e.ref == row["source_url"]
    assert e.coord == ("approximate" if row["approximate"] == "1" else "exact")
    if row["admin"]:
        unit = get_gazetteer().get(row["admin"])
        assert e.admin1 == (unit.admin1 or unit.id)


# --------------------------------------------------------------------------- reports

def _on(text: str, name_ar: str, published: str = "2020-03-01"):
    recs = [r for r in rasd.extract(text, published) if name_ar in (r.location_text or "")]
    assert len(recs) == 1, [(r.location_text, r.location) for r in rasd.extract(text, published)]
    return recs[0]


@pytest.mark.parametrize("text,name_ar,admin1,country,lat,lon", [
    # al-Anbar's Khalidiya, not the Jordanian town of the same name
    ("قصفت طائرات التحالف مواقع لتنظيم داعش في بلدة الخالدية بمحافظة الأنبار، ما أدى إلى مقتل خمسة مسلحين.",
     "الخالدية", "Al-Anbar", "Iraq", 33.38444, 43.52528),
    ("سقطت ثلاثة صواريخ كاتيوشا على معسكر التاجي شمال بغداد دون وقوع إصابات.",
     "التاجي", "Baghdad", "Iraq", 33.52944, 44.2775),
    ("هاجم مسلحون قاعدة سبايكر قرب تكريت بقذائف الهاون، وأصيب جنديان.",
     "سبايكر", "Salah Al-Din", "Iraq", 34.6775, 43.55056),
    # villages of south Lebanon that were placed on Beirut
    ("استهدفت غارة إسرائيلية منزلاً في بلدة يارون الحدودية ما أدى إلى مقتل شخصين.",
     "يارون", "Nabatieh", "Lebanon", 33.08333, 35.41667),
    ("أغارت مسيرة إسرائيلية على سيارة في بلدة دير ميماس وأصيب مواطن بجروح.",
     "دير ميماس", "Nabatieh", "Lebanon", 33.30194, 35.54528),
    ("قصفت المدفعية الإسرائيلية بلدة طيرحرفا في قضاء صور، ما أدى إلى مقتل شخص.",
     "طيرحرفا", "South", "Lebanon", 33.12639, 35.21917),
    ("شن الطيران الحربي غارة على بلدة عيناتا في قضاء بنت جبيل أدت إلى مقتل ثلاثة أشخاص.",
     "عيناتا", "Nabatieh", "Lebanon", 33.133, 35.433),
    ("استهدفت مسيرة دراجة نارية في بلدة بليدا الحدودية وقتل راكبها.",
     "بليدا", "Nabatieh", "Lebanon", 33.13833, 35.50806),
    # Gaza and the West Bank
    ("قصفت طائرات الاحتلال منزلاً في مخيم المغازي وسط قطاع غزة ما أدى إلى مقتل أربعة أشخاص.",
     "المغازي", None, "Palestinian Territory", 31.4213583, 34.385375),
    ("قتل شاب برصاص قوات الاحتلال خلال اقتحام مخيم بلاطة شرق نابلس.",
     "بلاطة", None, "Palestinian Territory", 32.2064056, 35.2865833),
    ("استشهد ثلاثة مواطنين في قصف مدفعي على حي الشجاعية شرق مدينة غزة.",
     "الشجاعية", None, "Palestinian Territory", 31.50056, 34.47),
    # Libya and Yemen: an oil port and two air bases
    ("اندلعت اشتباكات عنيفة في ميناء السدرة النفطي بين قوات حفتر ومسلحين.",
     "السدرة", "Sirte", "Libya", 30.62944, 18.35028),
    ("استهدفت طائرة مسيرة قاعدة الوطية الجوية غرب طرابلس.",
     "الوطية", "Nuqat al Khams", "Libya", 32.47222, 11.9),
    ("سقط صاروخ باليستي أطلقه الحوثيون على قاعدة العند الجوية في لحج ما أدى إلى مقتل ستة جنود.",
     "العند", "Lahij", "Yemen", 13.17611, 44.76222),
    ("قصفت الطائرات الروسية بلدة جرجناز في ريف إدلب الشرقي، ما أدى إلى مقتل ثلاثة مدنيين.",
     "جرجناز", "Idleb", "Syria", 35.61667, 36.78333),
    ("قصفت الطائرات الروسية بلدة النيرب في ريف إدلب الشرقي، ما أدى إلى مقتل ثلاثة مدنيين.",
     "النيرب", "Idleb", "Syria", 35.86972, 36.72028),
    ("هاجمت قوات الدعم السريع مدينة الكاملين في ولاية الجزيرة وقتلت خمسة مدنيين.",
     "الكاملين", "Gezira", "Sudan", 15.033, 33.1),
    # a spelling (places_spellings.tsv): GeoNames' Anah carries only عنة
    ("استعادت القوات العراقية السيطرة على بلدة عانة غرب الأنبار بعد معارك قتل فيها عشرة مسلحين.",
     "عانة", "Al-Anbar", "Iraq", 34.36857, 41.98194),
])
def test_a_report_is_placed_on_the_new_point(text, name_ar, admin1, country, lat, lon):
    r = _on(text, name_ar)
    assert r.country == country and (admin1 is None or r.admin1 == admin1)
    assert r.latitude is not None and _km(r.latitude, r.longitude, lat, lon) <= 5.0
    assert r.geo_precision == 1


# --------------------------------------------------------------------------- the Eastern Ghouta

def test_the_eastern_ghouta_is_the_region_not_the_jaramana_subdistrict():
    r = _on("قصفت قوات النظام بلدات الغوطة الشرقية بقذائف الهاون، ما أدى إلى مقتل ثلاثة مدنيين.",
            "الغوطة الشرقية", "2018-02-20")
    assert r.location == "Eastern Ghouta" and r.admin1 == "Rural Damascus"
    assert r.geo_precision == 3, "a region has the precision of a region"
    assert r.admin3 is None and r.location != "Jaramana"


def test_a_town_the_report_puts_in_the_ghouta_keeps_its_own_point():
    r = _on("قصفت الطائرات الحربية مدينة دوما في الغوطة الشرقية، ما أدى إلى مقتل ثلاثة مدنيين.", "دوما", "2018-02-20")
    assert (r.location, r.geo_precision, r.admin1) == ("Duma", 1, "Rural Damascus")


def test_jaramana_itself_is_still_jaramana():
    r = _on("سقطت قذائف هاون على مدينة جرمانا بريف دمشق وأصيب مدنيان.", "جرمانا", "2018-02-20")
    assert r.location == "Jaramana" and r.geo_precision == 1


def test_the_build_drops_the_regions_name_from_the_subdistrict_and_says_why():
    jaramana = next(e for e in syria_admin(SRC_DIR) if e.id == "SY030103")
    keys = {normalize_key(n) for n in jaramana.all_names_ar()}
    assert normalize_key("الغوطة الشرقية") not in keys and normalize_key("ناحية الغوطة الشرقية") not in keys
    assert normalize_key("جرمانا") in keys and "wrong_arabic_names.tsv" in jaramana.note


def test_a_region_gets_the_precision_of_a_region_even_with_its_own_point():
    region = Entry(id="r", level="region", country="SY", lat=33.5, lon=36.4, coord="exact", admin1="SY03")
    town = Entry(id="t", level="town", country="SY", lat=33.5, lon=36.4, coord="exact", admin1="SY03")
    assert precision_of(region, region, None) == 3
    assert precision_of(town, town, None) == 1


def test_dhahran_al_janub_is_the_saudi_border_town_not_dhahran_on_the_gulf():
    """The extractor still cuts «ظهران الجنوب» at the direction word (left to it); the resolver,
    given the name, reads the border town, at the precision its disputed point allows."""
    from rasd.geo import GeoContext
    from rasd.model import PlaceMention

    gaz = get_gazetteer()
    text = "سقطت قذيفة أطلقت من اليمن على محافظة ظهران الجنوب في منطقة عسير."
    [res] = gaz.resolve([PlaceMention(name=normalize_key("ظهران الجنوب"), text="ظهران الجنوب", start=0, end=0)],
                        GeoContext(text=text, country_hint="SA"))
    assert res.gazetteer_id == "cur:sa:dhahran-janub" and res.country == "Saudi Arabia"
    assert res.geo_precision == 2 and _km(res.latitude, res.longitude, 17.85, 43.4) <= 5.0
    dhahran = [c.entry.id for c in gaz.lookup("الظهران") if c.entry.country == "SA"]
    assert dhahran == ["gn:107797"], "the Eastern Province city keeps its own name"


@pytest.mark.parametrize("text,location", [
    ("سقطت قذائف على مخيم النيرب في حلب وأصيب مدنيان.", "Neirab camp"),
    ("استهدفت فصائل المعارضة مطار النيرب العسكري بصواريخ غراد.", "Nayrab airbase"),
])
def test_aleppos_nayrab_stays_aleppos_when_the_report_is_about_aleppo(text, location):
    r = _on(text, "النيرب")
    assert (r.location, r.admin1) == (location, "Aleppo")
