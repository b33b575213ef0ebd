"""Fix round q93-fix26r (stop 32): lethal fire on a march near the border fence told as an attack beside a
protest. Each test is a sentence written for it."""
from __future__ import annotations

import pytest

import rasd

PUB = "2024-05-01"


def _records(text: str):
    return [r for r in rasd.extract(text, published=PUB) if not r.background]


# 1. "السياج" (the border fence) is what a march or a shooting was near, no place's name: the march and the
#    shooting at it are one event where the place named is, excessive force against protesters
@pytest.mark.parametrize("text, place", [
    ("استشهد شاب برصاص قوات الاحتلال شرق خان يونس، أثناء مشاركته في مسيرة العودة قرب السياج الفاصل.", "خان يونس"),
    ("استشهدت فتاة برصاص جنود الاحتلال شرق مخيم البريج، خلال مشاركتها في مسيرات العودة قرب السياج الحدودي.",
     "مخيم البريج"),
    ("قتل متظاهر برصاص القناصة شرق جباليا أثناء اقترابه من السياج مع عشرات الشبان المشاركين في المسيرة.", "جباليا"),
])
def test_fence_is_no_place(text, place):
    records = _records(text)
    assert not any(r.location_text and "سياج" in r.location_text for r in records), \
        [(r.sub_event_type, r.location_text) for r in records]
    force = [r for r in records if r.sub_event_type == "Excessive force against protesters"]
    assert force and place in force[0].location_text, [(r.sub_event_type, r.location_text) for r in records]
    assert not any(r.sub_event_type in ("Attack", "Peaceful protest") for r in records)


# 2. "فتى" and its dual "فتيين" count one and two persons, as فتاة and فتاتين do
@pytest.mark.parametrize("text, killed", [
    ("استشهد فتى في السادسة عشرة برصاص قوات الاحتلال شرق خان يونس خلال مشاركته في مسيرات العودة.", 1),
    ("قتل فتى بقذيفة سقطت على منزل عائلته في حي الشعار صباح اليوم.", 1),
    ("أدت غارة إسرائيلية على دراجة نارية في بلدة بيت حانون إلى استشهاد فتيين كانا يستقلانها.", 2),
])
def test_boy_counted(text, killed):
    records = _records(text)
    assert records and records[0].fatalities == killed, [(r.sub_event_type, r.fatalities) for r in records]


# ... the march's own count still reaches it when a boy killed at it is told first
def test_boy_killed_at_march_joins_its_wounded():
    text = ("وكان فتى قد استشهد أمس برصاص قوات الاحتلال شرق دير البلح، خلال مشاركته في مسيرات العودة قرب السياج، "
            "فيما أصيب 140 متظاهراً في مناطق متفرقة على طول الحدود.")
    records = _records(text)
    force = [r for r in records if r.sub_event_type == "Excessive force against protesters"]
    assert force and force[0].fatalities == 1, [(r.sub_event_type, r.location_text, r.fatalities) for r in records]
    assert not any(r.sub_event_type == "Attack" for r in records)


# ... but after a count of eleven or more, "وفتى" is a second noun of that count (its accusative takes no alef),
# not one more person
def test_boy_second_noun_of_a_count():
    text = "سقط صاروخ على ساحة لعب في بلدة عين قنيا فقتل 14 طفلاً وفتى كانوا يلعبون الكرة."
    records = _records(text)
    assert records and records[0].fatalities == 14, [(r.sub_event_type, r.fatalities) for r in records]
