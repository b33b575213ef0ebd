"""Errors found on unseen reports (quality round 23): each test is a sentence written for it."""
from __future__ import annotations

import rasd


def one(text: str, published: str = "2017-01-29"):
    records = rasd.extract(text, published=published)
    assert len(records) == 1, [(r.sub_event_type, r.location_text) for r in records]
    return records[0]


def test_a_meeting_of_a_group_is_what_was_hit_not_who_struck():
    r = one("البيضاء - استهدفت طائرة بدون طيار اجتماعاً لتنظيم القاعدة في منطقة يكلا بمديرية ولد ربيع، "
            "ما أسفر عن مقتل 4 من عناصره.")
    assert r.sub_event_type == "Air/drone strike"
    assert r.actor1 == "Unidentified Military Forces"
    assert r.actor2 == "Al-Qaeda in the Arabian Peninsula"
    assert r.fatalities == 4


def test_the_groups_own_fighters_told_with_a_pronoun_keep_the_group_as_the_side_hit():
    # (a mosque hosted the meeting; the dead are "its members", the group's, not civilians)
    r = one("شبوة - قصفت طائرة أمريكية مسيرة تجمعاً لعناصر تنظيم القاعدة قرب مسجد في مديرية الصعيد، "
            "ما أدى إلى مقتل 6 من عناصره.", "2016-05-04")
    assert r.actor1 == "Military Forces of the United States"
    assert r.actor2 == "Al-Qaeda in the Arabian Peninsula"
