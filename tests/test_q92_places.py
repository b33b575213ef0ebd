"""Round q92-places (stop 31): places a report puts in another country than the one it is read as about.
Each test is a sentence written for it."""
from __future__ import annotations

import pytest

import rasd

PUB = "2024-05-01"


def _at(text: str, written: str):
    records = [r for r in rasd.extract(text, published=PUB) if not r.background]
    got = [r for r in records if r.location_text and written in r.location_text]
    assert got, (text, [r.location_text for r in records])
    return got[0]


# 1. a round-up's item headed by its country ("في ليبيا، ..."، ". وفي لبنان، ...") puts its places there, though
#    the other items outvote that country in the whole report (Tripoli: Libya's, not Lebanon's)
@pytest.mark.parametrize("text, written, country", [
    ("في ليبيا، قتل ثلاثة مسلحين في اشتباكات في طرابلس. وفي لبنان، أصيب جندي بانفجار عبوة في البقاع.",
     "طرابلس", "Libya"),
    ("في ليبيا، تجددت المواجهات بين كتيبتين في طرابلس ليلاً. وفي لبنان، قصفت إسرائيل بلدة الخيام وبلدة عيتا الشعب.",
     "طرابلس", "Libya"),
    ("حصاد الأحد:\n- في ليبيا: سقط قتيلان في اشتباك مسلح في طرابلس.\n- في لبنان: أصيب مدني بغارة على بلدة كفركلا.",
     "طرابلس", "Libya"),
])
def test_round_up_item_heading_country(text, written, country):
    assert _at(text, written).country == country


# ... a heading's country holds only up to the end of its line, and a country named inside a sentence heads nothing
@pytest.mark.parametrize("text, written, country", [
    ("في لبنان، أصيب جندي بانفجار عبوة.\nاندلعت اشتباكات في طرابلس بين قوات حكومة الوفاق وقوات حفتر في ليبيا.",
     "طرابلس", "Libya"),
    ("قال مصدر أمني في لبنان، إن غارة إسرائيلية استهدفت بلدة الخيام وقتلت مدنيين.", "الخيام", "Lebanon"),
])
def test_heading_country_scope(text, written, country):
    assert _at(text, written).country == country


# 2. Lebanon's Palestinian camps in a report its Palestinian factions make Palestinian (fronts.tsv, kinds=camp)
@pytest.mark.parametrize("text, written", [
    ("اندلعت اشتباكات عنيفة في مخيم عين الحلوة بين حركة فتح ومجموعات إسلامية، أسفرت عن مقتل شخصين.", "عين الحلوة"),
    ("اغتيل قيادي في حماس بغارة إسرائيلية على مخيم الرشيدية فجر اليوم.", "الرشيدية"),
    ("تبادل عناصر من فتح وحماس إطلاق النار في مخيم عين الحلوة مساء أمس، وأصيب ثلاثة.", "عين الحلوة"),
])
def test_lebanese_camps_in_palestinian_reports(text, written):
    r = _at(text, written)
    assert (r.country, r.admin1) == ("Lebanon", "South")


# ... but a Gaza place is no Lebanese namesake: the row admits camps only
def test_camp_front_admits_camps_only():
    r = _at("استشهد ثلاثة مواطنين في قصف إسرائيلي على مخيم النصيرات وسط قطاع غزة، وفق حركة حماس.", "النصيرات")
    assert r.country == "Palestine" or r.country.startswith("Palestin")


# 3. where people fled to, the people counted between the flight's verb and the place, is no event place
@pytest.mark.parametrize("text, struck, fled_to", [
    ("قتل خمسة مدنيين بقصف مدفعي على بلدة معرة حرمة، ونزح المئات إلى مدينة معرة النعمان.", "معرة حرمة", "معرة النعمان"),
    ("قصفت قوات الدعم السريع مدينة الفاشر، ونزح الآلاف إلى بلدة طويلة.", "الفاشر", "طويلة"),
    ("قتل سبعة مدنيين في قصف على بلدة كفرنبل، ونزح العشرات إلى مدينة إدلب.", "كفرنبل", "إدلب"),
])
def test_flight_destination_is_no_event_place(text, struck, fled_to):
    got = [r.location_text for r in rasd.extract(text, published=PUB) if not r.background]
    assert any(struck in g for g in got) and not any(fled_to in g for g in got), got


# 4. "حسينية" is a Shia hall, not Kerbala's al-Hassainya, unless a cue names the sub-district
@pytest.mark.parametrize("text, admin1", [
    ("انفجرت سيارة مفخخة قرب حسينية في قضاء الخالص شمال بعقوبة، ما أسفر عن مقتل أربعة أشخاص.", "Diyala"),
    ("قتل شخصان بانفجار عبوة ناسفة قرب حسينية في حي الشعلة ببغداد.", "Baghdad"),
])
def test_husseiniya_is_no_town(text, admin1):
    rs = [r for r in rasd.extract(text, published=PUB) if not r.background]
    assert rs and all(r.admin1 == admin1 for r in rs), [(r.location_text, r.admin1) for r in rs]


def test_hassainya_after_its_cue():
    assert _at("سقطت قذائف على ناحية الحسينية في كربلاء.", "الحسينية").admin1 == "Kerbala"
