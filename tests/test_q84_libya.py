"""Coverage round q84-libya: Libya's places (Tripoli's airport, camps and quarters, Benghazi's quarters, oil
sites and southern air bases: `curated/places_q84_libya.tsv`) and Libyan armed groups by their own names
(`lexicon/actors.tsv`). Each test is a sentence written for it, naming other members of the class than the
gold sets do."""
from __future__ import annotations

from helpers import records_at

from rasd.geo import get_gazetteer
from rasd.text.normalize import normalize

recs = records_at("2019-09-14")


def _one(rs, kind=None):
    rs = [r for r in rs if kind is None or r.sub_event_type == kind]
    assert rs, "no record"
    return rs[0]


# places ------------------------------------------------------------------------------------------

def test_tripoli_international_airport_by_its_other_full_name_is_the_airport():
    r = _one(recs("سقطت ست قذائف هاون، مساء اليوم السبت، على مدرج مطار طرابلس العالمي جنوب العاصمة الليبية."))
    assert r.location == "Tripoli International Airport" and r.country == "Libya"
    assert abs(r.latitude - 32.669) < 0.01 and abs(r.longitude - 13.157) < 0.01


def test_yarmouk_camp_in_a_libyan_report_is_tripolis_camp_not_damascus():
    r = _one(recs("وقالت قوات الوفاق إنها استعادت السيطرة على معسكر اليرموك بعد معارك استمرت يومين مع قوات حفتر."))
    assert r.location.startswith("Yarmouk camp") and r.admin1 == "Tripoli" and r.country == "Libya"


def test_west_tripoli_quarters_are_quarters_of_tripoli():
    rs = recs("طرابلس - اندلعت اشتباكات بالأسلحة المتوسطة فجر اليوم بين مجموعتين مسلحتين في منطقة غوط الشعال "
              "غرب العاصمة، وأغلقت الطرق المؤدية إلى قرقارش.")
    r = _one(rs, "Armed clash")
    assert r.location == "Tripoli - Ghut al-Shaal" and r.geo_precision == 2


def test_benghazi_quarters_are_quarters_of_benghazi():
    r = _one(recs("بنغازي - قتل ثلاثة عسكريين في انفجار سيارة مفخخة استهدف بوابة أمنية في منطقة بوهديمة."))
    assert r.location == "Benghazi - Bu Hdima" and r.admin1 == "Benghazi"
    r = _one(recs("تجددت الاشتباكات مساء الأحد بين الطرفين في منطقة قاريونس غرب مدينة بنغازي."), "Armed clash")
    assert r.location == "Benghazi - Qar Yunis"


def test_southern_air_base_takes_its_town_in_its_district():
    r = _one(recs("شن الطيران المسير غارتين على قاعدة تمنهنت الجوية فجر الثلاثاء دون أنباء عن إصابات."))
    assert r.location == "Tamanhint Air Base" and r.admin1 == "Sabha" and r.geo_precision == 2


def test_zawiya_refinery_is_a_site_of_zawiya():
    r = _one(recs("اندلعت اشتباكات عنيفة بين مجموعات مسلحة في محيط مصفاة الزاوية، ما أدى إلى احتراق خزانين."),
             "Armed clash")
    assert r.location == "Zawiya refinery" and r.admin1 == "Zawiya"


def test_airports_are_filed_under_their_full_names_only():
    gaz = get_gazetteer()
    text = normalize("وصلت طائرة إلى مطار مصراتة الدولي قادمة من إسطنبول").text
    hits = [h for h in gaz.find_names(text) if "cur:ly:misrata-airport" in h.entry_ids]
    assert hits
    # the short name stays the city's: no airport reading for "طرابلس" or "مصراتة"
    for town in ("طرابلس", "مصراتة"):
        t = normalize(f"وصل الوفد إلى {town} مساء").text
        assert not any(e.startswith("cur:ly:") and "airport" in e for h in gaz.find_names(t) for e in h.entry_ids)


# actors ------------------------------------------------------------------------------------------

def test_tripoli_brigades_by_their_numbers():
    r = _one(recs("طرابلس - اندلعت اشتباكات عنيفة بين اللواء 777 وعناصر من جهاز الأمن العام في شارع الجمهورية.",
                  "2022-08-27"), "Armed clash")
    assert r.actor1 == "777 Brigade"


def test_lna_brigades_and_tarhunas_militia_by_their_names():
    r = _one(recs("هاجم مسلحون من لواء طارق بن زياد مقرا لمجموعة محلية في مدينة أوباري.", "2023-06-10"))
    assert r.actor1 == "Tariq bin Ziyad Brigade"
    r = _one(recs("عثر على جثث مدنيين في مزرعة بترهونة اتهم الأهالي ميليشيا الكاني بقتلهم.", "2020-06-12"))
    assert "Kaniyat Militia" in (r.actor1, r.actor2)


def test_benghazi_brigade_is_an_actor_not_a_place():
    rs = recs("اشتبك مسلحون من كتيبة راف الله السحاتي مع قوات الصاعقة قرب منطقة الكيش في بنغازي.", "2014-05-16")
    r = _one(rs, "Armed clash")
    assert "Rafallah al-Sahati Brigade" in (r.actor1, r.actor2)
    assert not any(x.location_text and "راف الله" in x.location_text for x in rs)


def test_firjan_tribe_is_an_actor_and_khallat_al_furjan_still_a_place():
    r = _one(recs("اشتبك مسلحون من قبيلة الفرجان مع قوة أمنية في مدينة سرت مساء الخميس.", "2021-02-04"),
             "Armed clash")
    assert "Firjan Tribal Militia (Libya)" in (r.actor1, r.actor2)
    r = _one(recs("تجدد القصف العشوائي على منطقة خلة الفرجان جنوب طرابلس."))
    assert r.location == "Tripoli - Khallat al-Furjan"


def test_chadian_rebels_in_southern_libya():
    r = _one(recs("هاجمت عناصر من جبهة التناوب والوفاق في تشاد دورية للجيش قرب مدينة مرزق.", "2021-04-02"))
    assert "FACT: Front for Change and Concord in Chad" in (r.actor1, r.actor2)


def test_oil_crescent_and_derna_places():
    r = _one(recs("أعلن الجيش الوطني الليبي سيطرته على بلدة النوفلية غرب الموانئ النفطية بعد انسحاب مسلحي داعش.",
                  "2016-05-31"))
    assert r.location == "Nofaliya" and r.geo_precision == 1 and r.admin1 == "Sirte"
    r = _one(recs("تواصلت الاشتباكات في منطقة شيحا الشرقية بمدينة درنة لليوم الثالث.", "2018-06-10"), "Armed clash")
    assert r.location == "Darnah - Shiha"


def test_quarter_names_that_are_also_names_need_their_type_word():
    rs = recs("طرابلس - قال المحلل الطاهر بن عاشور إن الاشتباكات في حي فشلوم توقفت مساء الجمعة.")
    assert [r.location for r in rs if r.sub_event_type == "Armed clash"] == ["Tripoli - Fashloum"]
    assert not any(r.location_text and "بن عاشور" in r.location_text for r in rs)


def test_zawiya_quarter_and_the_misrata_front():
    r = _one(recs("تجددت الاشتباكات بين مجموعتين مسلحتين في منطقة ضي الهلال بمدينة الزاوية فجر الأحد.", "2023-01-08"),
             "Armed clash")
    assert r.location == "Az Zawiyah - Dhi al-Hilal" and r.admin1 == "Zawiya"
    r = _one(recs("قصفت كتائب القذافي بالصواريخ منطقة الدافنية غرب مصراتة صباح اليوم.", "2011-06-04"))
    assert r.location == "Dafniya" and r.admin1 == "Misrata"
