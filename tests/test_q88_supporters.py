"""Round q88-supporters (stop 27): "أنصار/مناصرو/مؤيدو (ل)NAME" read by a rule, not 100 enumerated rows.

A party's or a political force's supporters in the street are a crowd (Protesters, Rioters when
violent), not its fighters: `supporter_noun` and `supported_party` in grammar_words.tsv, the step
`_supporters` in extract/mentions.py.  Sentences written for these tests (names, places and numbers
varied from any report)."""
from __future__ import annotations

from helpers import records_at

from rasd.extract.mentions import find_mentions
from rasd.lexicon.load import lexicons
from rasd.text.normalize import normalize

records = records_at("2023-03-08")


def _actors(text):
    t = normalize(text).text
    return [(t[h.start:h.end], h.payload.actor) for h in find_mentions(t, lexicons(), None).actors]


def test_supporters_of_parties_in_other_countries_riot_as_a_crowd():
    # Sudan's National Congress, Iraq's Sadrists and the PMF after ل (للحشد), Fatah, the KDP
    for text in (
        "أم درمان - أغلق مؤيدون لحزب المؤتمر الوطني جسر الحلفايا بالحجارة وأحرقوا إطارات السيارات.",
        "الناصرية - أضرم مناصرون للتيار الصدري النار في مكتب حزب الدعوة وسط الناصرية.",
        "البصرة - هاجم مؤيدو التيار الصدري مقر عصائب أهل الحق في البصرة وأحرقوه.",
        "كربلاء - رشق مناصرون للحشد الشعبي القنصلية بالحجارة في كربلاء.",
        "نابلس - اعتدى مؤيدون لحركة فتح على طلبة الكتلة الإسلامية في جامعة النجاح بنابلس.",
        "السليمانية - هاجم أنصار الحزب الديمقراطي الكردستاني مكتب قناة محلية في السليمانية وحطموا معداته.",
        "طرابلس - أحرق مؤيدون لتيار المستقبل الإطارات في ساحة النور بطرابلس.",
    ):
        rows = records(text)
        assert [(r.event_type, r.actor1) for r in rows] == [("Riots", "Rioters")], (text, rows)


def test_the_phrase_is_one_crowd_mention():
    assert _actors("خرج مؤيدو حركة النهضة وحزب المؤتمر الوطني إلى الشارع") == [
        ("مويدو حركه النهضه وحزب الموتمر الوطني", "Protesters")]
    assert _actors("تجمع مناصرون لحماس قرب المعبر") == [("مناصرون لحماس", "Protesters")]


def test_names_that_hold_ansar_and_armed_sides_stay_themselves():
    assert [a for _, a in _actors("قصفت أنصار الله مواقع الجيش")][0] == "Houthi Movement"
    assert [a for _, a in _actors("تبنت أنصار بيت المقدس الهجوم")] != ["Protesters"]
    assert [a for _, a in _actors("اعتقلت القوات ثمانية من أنصار داعش")][-1] == "Islamic State"
    assert [a for _, a in _actors("قصف أنصار الحوثي القرية")] == ["Houthi Movement"]
    # (Yemen's "أنصار المجلس الانتقالي" are the council's armed men)
    assert "Protesters" not in [a for _, a in _actors("اتجه أنصار المجلس الانتقالي الجنوبي نحو المعسكر")]
    # "مسلحون مؤيدون لـX": the participle describes armed men, no crowd
    assert "Protesters" not in [a for _, a in _actors("أطلق مسلحون مؤيدون لحزب الله النار على دورية للجيش")]
    rows = records("الهرمل - أطلق مسلحون مؤيدون لحزب الله النار على دورية للجيش قرب الهرمل.")
    assert rows and all(r.actor1 != "Protesters" and r.event_type != "Riots" for r in rows), rows
