"""Errors found on unseen reports from Syria and Iraq, 2023-2026 (round 61): the new government's
forces, the SDF and the SNA, Israeli incursions, IS cells, Iraqi security statements, roundups.
Each test is a sentence written for it, not a report of the batch."""
from __future__ import annotations

import rasd


def _at(recs, word):
    return [r for r in recs if word in (r.location_text or "")]


def test_a_day_total_split_into_members_is_no_one_events_toll():
    text = ("حصيلة يوم السبت: وثق المرصد السوري مقتل 6 أشخاص، وهم: شابان قتلا بقصف لقوات النظام "
            "على بلدة معارة النعسان بريف إدلب، و4 عناصر من قوات النظام قتلوا بهجوم لخلايا داعش "
            "في بادية الرصافة.")
    recs = rasd.extract(text, published="2023-05-14")
    first = _at(recs, "معارة النعسان")
    assert first and first[0].fatalities == 2
    assert _at(recs, "الرصافة")[0].fatalities == 4
