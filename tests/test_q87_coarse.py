"""Round q87-coarse: a city's or governorate's event told on a day before the finer events of its kind,
in sentences of its own, is an event of its own, not their introduction (`passes._other_day`)."""
import rasd


def _recs(text, published):
    return [(r.sub_event_type, r.location_text, str(r.event_date)) for r in rasd.extract(text, published=published)]


def test_yesterdays_barrels_on_two_cities_kept_beside_todays_quarter():
    text = ("حمص - الأحد 21 شباط 2016\n"
            "ألقت المروحيات أمس السبت براميل متفجرة على أحياء في حمص وحماة.\n"
            "وفي حماة، قصفت قوات النظام اليوم الأحد حي طريق حلب بالمدفعية، ما أسفر عن مقتل مدنيين اثنين.")
    recs = _recs(text, "2016-02-21")
    assert ("Air/drone strike", "حماة", "2016-02-20") in recs
    assert ("Air/drone strike", "حمص", "2016-02-20") in recs
    assert any(r[0] == "Shelling/artillery/missile attack" and "طريق حلب" in r[1] for r in recs)


def test_yesterdays_barrels_kept_beside_todays_shelling_of_a_quarter():
    text = ("حلب - الأحد 14 حزيران 2015\n"
            "ألقى الطيران المروحي أمس السبت براميل متفجرة على أحياء في حلب وإدلب.\n"
            "وفي إدلب، قصفت قوات النظام اليوم الأحد حي الضبيط بالمدفعية، ما أسفر عن مقتل 3 مدنيين.")
    recs = _recs(text, "2015-06-14")
    assert ("Air/drone strike", "إدلب", "2015-06-13") in recs
    assert ("Air/drone strike", "حلب", "2015-06-13") in recs


def test_same_day_introduction_still_dropped():
    # (told the same day, the city's strikes are the introduction of the quarters named next)
    text = ("حماة - الأحد 21 شباط 2016\n"
            "ألقت المروحيات اليوم الأحد براميل متفجرة على حماة.\n"
            "واستهدفت البراميل اليوم الأحد حي طريق حلب وحي الأربعين في المدينة.")
    recs = _recs(text, "2016-02-21")
    assert not any(r[1] == "حماة" for r in recs)
