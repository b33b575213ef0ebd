"""Errors found on unseen reports from Syria and Iraq (quality round 51): 2012-2015 wire copy,
SANA and SOHR, Iraq's war with the Islamic State and its protests, the north-east's drones.
Each test is a sentence written for it, not a report of the batch."""
from __future__ import annotations

import rasd


def places(records):
    return {r.location_text for r in records}


def test_an_agency_dateline_under_a_headline_is_no_place_of_the_event():
    text = ("حصيلة اليوم: 40 قتيلاً برصاص قوات النظام\n"
            "بيروت (رويترز) - قال ناشطون إن 40 شخصاً قتلوا اليوم برصاص قوات النظام وقصفها في مناطق "
            "متفرقة من سوريا.")
    recs = rasd.extract(text, published="2013-04-09")
    assert not any("بيروت" in r.location_text for r in recs)
    placed = ("قتل مدنيان اليوم في قصف لقوات النظام على بلدة كفرزيتا.\n"
              "عمان (أ ف ب) - قال ناشطون إن القصف استهدف سوق البلدة.")
    assert any("كفرزيتا" in r.location_text for r in rasd.extract(placed, published="2013-04-09"))
