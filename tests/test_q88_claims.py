"""Probe round q88-claims (claims told by the side that did the deed): each test is a sentence written for it,
not one of the sets'."""
from __future__ import annotations

from helpers import records_at


recs = records_at("2024-08-21")


# 1. "فيما أعلن أنه قصف": a verb of saying with no teller named after it, then "أنه" and the deed; the side
#    that opened the sentence (the subject of its first verb) said it and did it
def test_a_claim_whose_teller_opened_the_sentence_is_that_sides():
    rs = recs("نعت المقاومة الإسلامية أحد مقاتليها الذي ارتقى في غارة على بلدة حولا، فيما أعلنت أنها استهدفت "
              "ثكنة برانيت بصاروخ موجه.", "2024-08-21")
    hit = [r for r in rs if r.location_text and "برانيت" in r.location_text]
    assert hit and hit[0].actor1 == "Hezbollah"
    assert all(r.actor1 == "Israeli Forces" for r in rs if r.location_text and "حولا" in r.location_text)


def test_a_short_mourning_then_a_claim():
    rs = recs("نعى حزب الله اثنين من عناصره، فيما أعلن أنه قصف مستوطنة المطلة بصلية صاروخية.", "2024-08-21")
    hit = [r for r in rs if r.location_text and "المطله" in r.location_text.replace("ة", "ه")]
    assert hit and hit[0].actor1 == "Hezbollah" and hit[0].actor2 != "Hezbollah"


def test_a_claim_after_an_unclaimed_attack_is_the_claimants():
    rs = recs("قال الجيش الإسرائيلي إن مسيرة انفجرت قرب مستوطنة يفتاح. ولم يتبن حزب الله الهجوم، بينما "
              "أعلن أنه قصف مستوطنة كريات شمونة بصلية من الصواريخ.", "2024-08-21")
    hit = [r for r in rs if r.location_text and "كريات شمونه" in r.location_text.replace("ة", "ه")]
    assert hit and hit[0].actor1 == "Hezbollah"


def test_a_named_teller_still_tells_its_own_deed():
    rs = recs("أعلنت سرايا القدس أنها قصفت مستوطنة سديروت برشقة صاروخية.", "2024-08-21")
    assert any(r.actor1 and "Islamic Jihad" in r.actor1 for r in rs)


# 2. "وقال الإسعاف الإسرائيلي إن امرأة أصيبت": the ambulance service telling the salvo's toll is no side; its
#    nationality made the salvo Israel's (actors.tsv, @not_an_actor)
def test_the_israeli_ambulance_telling_the_wounded_is_no_side():
    rs = recs("أعلن حزب الله أنه استهدف ثكنة زرعيت بالصواريخ، كما قصف مدينة صفد بصلية صاروخية، وقال الإسعاف "
              "الإسرائيلي إن رجلا أصيب بشظايا.", "2024-08-21")
    hit = [r for r in rs if r.location_text and "صفد" in r.location_text]
    assert hit and hit[0].actor1 == "Hezbollah"


def test_the_ambulance_service_is_not_the_side_hit():
    rs = recs("أطلق حزب الله صواريخ على مدينة نهاريا، وقالت خدمة الإسعاف الإسرائيلية إن شخصين أصيبا.", "2024-08-21")
    hit = [r for r in rs if r.location_text and "نهاريا" in r.location_text]
    assert hit and hit[0].actor1 == "Hezbollah" and hit[0].actor2 != "Israeli Forces"


# 3. "منظومة القبة الحديدية": Israel's air defence is no place (the Libyan town al-Qubbah stays after a cue)
def test_the_iron_dome_is_no_place():
    rs = recs("أعلنت سرايا القدس قصف مستوطنة نتيفوت برشقة صاروخية، فيما قال الجيش الإسرائيلي إن القبة الحديدية "
              "اعترضت ثلاثة صواريخ.", "2024-08-21")
    assert rs and all("القبة" not in (r.location_text or "") for r in rs)


def test_the_libyan_town_of_al_qubbah_stays():
    rs = recs("قتل طفلان في قصف على مدينة القبة شرق ليبيا.", "2024-08-21")
    assert any("القبة" in (r.location_text or "") for r in rs)


# 4. "أعلنت سرايا القدس، الذراع العسكرية لحركة الجهاد الإسلامي، استهداف ...": the teller cut off from the
#    verbal noun of its deed by its parent between commas did it, whatever the other side says after it
def test_a_wing_named_before_its_parent_did_the_deed_it_announces():
    rs = recs("أعلنت سرايا القدس، الذراع العسكرية لحركة الجهاد الإسلامي، استهداف دبابة إسرائيلية في حي التفاح، "
              "وقال الجيش الإسرائيلي إن جنديا أصيب.", "2024-08-21")
    hit = [r for r in rs if r.location_text and "التفاح" in r.location_text]
    assert hit and hit[0].actor1 == "Palestinian Islamic Jihad"


def test_a_wing_shelling_with_the_iron_dome_told_after_it():
    rs = recs("أعلنت كتائب القسام، الجناح العسكري لحركة حماس، قصف مدينة بئر السبع برشقة صاروخية، فيما قال "
              "جيش الاحتلال إن منظومة القبة الحديدية اعترضت معظم الصواريخ.", "2024-08-21")
    hit = [r for r in rs if r.location_text and "السبع" in r.location_text]
    assert hit and hit[0].actor1 == "Hamas Movement"
