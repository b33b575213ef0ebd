"""The README's worked example gives the records the README shows (README, "A worked example")."""
from __future__ import annotations

import rasd

REPORT = (
    "قتل خمسة مدنيين بينهم طفلان وأصيب عشرات آخرون، اليوم الثلاثاء، جراء غارات جوية شنتها طائرات حربية روسية "
    "على مدينة سراقب بريف إدلب الشرقي، فيما قصفت قوات النظام بقذائف الهاون بلدة كفرنبل.\n"
    "وكانت قوات سوريا الديمقراطية قد سيطرت في الأيام الماضية على مناطق في ريف الرقة.\n"
)


def test_the_worked_example_of_the_readme():
    strike, shelling, takeover = rasd.extract(REPORT, published="2017-06-20")
    assert (strike.sub_event_type, strike.actor1, strike.actor2, strike.location) == (
        "Air/drone strike", "Russian Forces", "Civilians", "Saraqib")
    assert (strike.fatalities, strike.fatalities_low, strike.fatalities_high) == (5, 5, 5)
    assert (strike.injured, strike.injured_low, strike.injured_high) == (10, 10, 99)   # عشرات
    assert strike.civilian_targeting and strike.event_date == "2017-06-20"
    assert (shelling.sub_event_type, shelling.actor1, shelling.location, shelling.fatalities) == (
        "Shelling/artillery/missile attack", "Syrian Government Forces", "Kafranbel", None)
    assert (takeover.sub_event_type, takeover.actor1, takeover.actor2, takeover.geo_precision) == (
        "Non-state actor overtakes territory", "Syrian Democratic Forces", None, 3)
    assert (takeover.date_start, takeover.date_end, takeover.background) == ("2017-06-13", "2017-06-19", True)
    for r in (strike, shelling, takeover):
        assert all(REPORT[e.start:e.end] == e.text for e in r.evidence)
