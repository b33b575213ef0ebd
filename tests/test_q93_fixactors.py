"""Fix round q93-fixactors (stop 32): the actors of the strikes in the holdout26/holdout27 reports.

- A hospital's toll told "جراء" a strike that then names the quarter or village it hit ("استقبل المستشفى ثلاثة
  قتلى ... جراء قصف شنته ميليشيا الحوثي على حي X"): the city's telling is dropped for the quarter's, its toll
  carried over; the dead of the strike, of no side told, are civilians (passes.finalize), unless the toll or the
  target named fighters (Draft.fighters_hit).
- Egypt's army statements: their "عناصر تكفيرية"/"التكفيريين" are Islamic State's Sinai Province from November
  2014 (generic_actors.tsv @takfiri; elsewhere as @terrorists).

Sentences written for these tests."""
from __future__ import annotations

from helpers import records_at


def _one(published, text):
    rs = records_at(published)(text)
    assert len(rs) == 1, (text, rs)
    return rs[0]


def test_hospital_toll_of_a_strike_on_a_quarter_is_civilians():
    r = _one("2017-02-11", "أعلن مستشفى المظفر في مدينة تعز أنه استقبل منذ الصباح أربعة قتلى و6 جرحى، بينهم طفل، "
                           "جراء قصف مدفعي شنته ميليشيات الحوثي على حي الضبوعة غربي المدينة.")
    assert r.actor1 == "Houthi Movement" and r.actor2 == "Civilians" and r.civilian_targeting, r


def test_hospital_toll_of_fighters_is_no_civilians():
    r = _one("2017-02-11", "استقبل مستشفى الصفوة جثث ثلاثة من عناصر الجيش الوطني قتلوا "
                           "جراء قصف مدفعي شنته ميليشيا الحوثي على حي الضبوعة غربي تعز.")
    assert r.actor2 != "Civilians", r


def test_egypt_takfiri_elements_are_sinai_province():
    for published, text in (
        ("2018-04-03", "أعلن المتحدث العسكري أن قوات الجيش داهمت وكراً لعناصر تكفيرية "
                       "قرب قرية التومة جنوب الشيخ زويد، وقتلت سبعة منهم."),
        ("2017-09-20", "قتل ثلاثة من التكفيريين في اشتباك مع قوات الجيش قرب قرية المقاطعة جنوب العريش."),
    ):
        r = _one(published, text)
        assert r.actor2 == "Islamic State" or r.actor1 == "Islamic State", (text, r)


def test_takfiri_elsewhere_and_before_sinai_province():
    r = _one("2019-05-07", "قتل خمسة من التكفيريين في اشتباك مع الجيش السوري قرب بلدة كفرنبودة في ريف حماة.")
    assert r.actor2 == "Hayat Tahrir al-Sham" or r.actor1 == "Hayat Tahrir al-Sham", r
    r = _one("2013-09-10", "قتل ستة من العناصر التكفيرية في اشتباك مع قوات الجيش قرب قرية المهدية جنوب رفح بشمال سيناء.")
    assert "Islamic State" not in (r.actor1, r.actor2), r
