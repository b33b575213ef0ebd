"""Probe round q88-probe-transcript: humanitarian agency updates, TV and radio transcripts, and court,
inquiry and anniversary pieces.

Sentences written for these tests (names, places and numbers varied from any report)."""
from __future__ import annotations

from helpers import records_at

records = records_at("2019-06-18")


def _kinds(rows):
    return [(r.sub_event_type, r.location_text, r.fatalities, r.injured) for r in rows]


def test_agency_staff_counted_as_the_dead():
    # "أربعة من موظفيها قتلوا"، "مقتل ثلاثة من موظفي الأمم المتحدة"، "إصابة موظفين اثنين"
    rows = records("إدلب - 3 أيار\nقالت منظمة إغاثية إن أربعة من موظفيها قتلوا بغارة جوية استهدفت سيارتهم "
                   "قرب بلدة كفرنبل صباح اليوم.", published="2019-05-03")
    assert rows and rows[0].fatalities == 4, _kinds(rows)
    rows = records("مأرب - 9 مارس\nأعلنت الأمم المتحدة مقتل ثلاثة من موظفي برنامج الأغذية العالمي بانفجار "
                   "عبوة ناسفة على الطريق قرب مدينة مأرب اليوم.", published="2021-03-09")
    assert rows and rows[0].fatalities == 3, _kinds(rows)
    rows = records("رفح - 14 حزيران\nقالت الوكالة إن دبابة أطلقت النار على شاحنة مساعدات في حي تل السلطان "
                   "اليوم، ما أدى إلى إصابة موظفين اثنين.", published="2024-06-14")
    assert rows and rows[0].injured == 2, _kinds(rows)


def test_dead_of_a_deed_on_trial_told_in_a_relative_clause():
    # "حكمت المحكمة على ... في قضية تفجير ...، التي قتل فيها 14 شخصاً": the crime judged, no killing of the day
    rows = records("الإسكندرية - 5 مارس\nقضت محكمة جنايات الإسكندرية بالسجن المؤبد على 11 متهماً في قضية "
                   "تفجير كنيسة مار مرقس عام 2017، التي قتل فيها 17 شخصاً.", published="2020-03-05")
    assert rows == [], _kinds(rows)
    # the day's killing told after the trial in a sentence of its own stays
    rows = records("بغداد - 8 أيلول\nأصدرت المحكمة حكماً بالإعدام على مدان في قضية تفجير سوق الشورجة، الذي "
                   "قتل فيه 20 شخصاً. وقتل اليوم شخصان بانفجار عبوة ناسفة في منطقة الشعلة.", published="2019-09-08")
    assert [(r.sub_event_type, r.fatalities) for r in rows] == [("Remote explosive/landmine/IED", 2)], _kinds(rows)


def test_crowd_going_out_on_an_anniversary_is_a_protest():
    # "خرج الآلاف إلى ساحة X في الذكرى الرابعة لثورة ...": the anniversary is the occasion of today's march
    rows = records("الخرطوم - 19 ديسمبر\nخرج الآلاف اليوم إلى شارع الستين في الذكرى الخامسة لثورة ديسمبر، "
                   "مرددين هتافات ضد الحكم العسكري.", published="2023-12-19")
    assert [r.sub_event_type for r in rows] == ["Peaceful protest"], _kinds(rows)
    # the old event remembered gives no record of its own
    rows = records("البصرة - 25 تشرين الأول\nنزل المئات إلى ساحة البحرية في الذكرى الثانية لمقتل "
                   "الناشط حسين العبادي.", published="2021-10-25")
    assert [r.sub_event_type for r in rows] == ["Peaceful protest"], _kinds(rows)


def test_a_known_hospital_named_with_its_type_word_is_the_place():
    # "مستشفى الشفاء"، "المستشفى الإندونيسي": curated sites whose gazetteer name begins with the type word
    rows = records("غزة - 12 كانون الأول\nقصف الجيش الإسرائيلي مساء اليوم المستشفى الإندونيسي، ما أدى إلى "
                   "مقتل أربعة أشخاص.", published="2023-12-12")
    assert [(r.location, r.fatalities) for r in rows] == [("Indonesian Hospital", 4)], _kinds(rows)
    rows = records("غزة - 2 كانون الثاني\nاقتحمت دبابات الاحتلال فجر اليوم مستشفى الشفاء وسط إطلاق نار كثيف.",
                   published="2024-01-02")
    assert rows and all(r.location == "Al-Shifa Hospital" for r in rows), _kinds(rows)


def test_the_hospital_the_dead_were_brought_to_is_not_where_they_were_hit():
    # "والجرحى وصلوا إلى مستشفى مدينة X": the plural of the verb of being brought
    rows = records("حماة - 22 أيار\nقتل ثلاثة مدنيين بقصف صاروخي على قرية الحويز ظهر اليوم، والمصابون وصلوا "
                   "إلى مستشفى مدينة السقيلبية.", published="2019-05-22")
    assert [r.location_text for r in rows] == ["قرية الحويز"], _kinds(rows)


def test_vehicles_seized_with_their_owners_pronoun_are_no_territory():
    # "واستولوا على سياراتها": goods seized, no place taken
    rows = records("الجنينة - 7 يوليو\nهاجم مسلحون مقر جمعية خيرية في حي الجمارك أمس وضربوا الحراس واستولوا "
                   "على سياراتها.", published="2023-07-07")
    assert not any(r.sub_event_type.endswith("territory") for r in rows), _kinds(rows)
