"""Coverage round q87-coverage: airports, oil fields, camps, corridors, quarters and towns of the classes the written
sets and dev showed unknown (places_q87_coverage.tsv), and armed groups' names (actors.tsv). Each test is a report
written for it: no sentence of eval/written/ or of the dev set, and the places and groups are other members of the
class than the sets name where the class allowed it. The place and actor tests fail at c7cb9bc4 (the place was no
place, the group unknown); the guards pass before and after."""
from __future__ import annotations

import pytest

import rasd
from rasd.geo.printed import parse_printed
from pathlib import Path
import csv


def _where(got):
    return sorted((r.location or "", r.country or "", r.admin1 or "") for r in got)


@pytest.mark.parametrize("text, location, country", [
    # Tripoli's second airport, a former air base
    ("طرابلس - مراسلنا\n\nسقطت ثلاث قذائف صاروخية على مدرج مطار معيتيقة الدولي فجر الخميس وأصابت طائرة مدنية.",
     "Mitiga International Airport", "Libya"),
    # an oil field of the Zummar sub-district, Nineveh
    ("الموصل - مراسلنا\n\nهاجم مسلحو داعش نقطة حراسة في حقل بطمة النفطي وقتلوا اثنين من الحراس.",
     "Batma oil field", "Iraq"),
    # an oil field west of Kirkuk
    ("كركوك - مراسلنا\n\nانفجرت عبوة ناسفة قرب بئر في حقل باي حسن وأصيب ثلاثة من عمال الشركة.",
     "Bai Hassan oil field", "Iraq"),
    # a camp for the displaced south of Marib city
    ("مأرب - مراسلنا\n\nسقط صاروخ باليستي أطلقه الحوثيون على مخيم الجفينة وأصاب سبعة نازحين بينهم أطفال.",
     "Al-Jufainah camp", "Yemen"),
    # Israel's corridor across the middle of the Gaza Strip
    ("غزة - مراسلنا\n\nاستشهد أربعة مواطنين برصاص قوات الاحتلال قرب محور نتساريم أثناء محاولتهم العودة إلى منازلهم.",
     "Netzarim corridor", "Palestinian Territory"),
    # a quarter of east Tripoli
    ("طرابلس - مراسلنا\n\nاندلعت اشتباكات بالأسلحة المتوسطة في منطقة عرادة بين مجموعتين مسلحتين أسفرت عن مقتل شخصين.",
     "Arada", "Libya"),
    # a town of north Jebel Marra
    ("مراسلنا\n\nقصف الطيران الحربي بلدة روكرو في جبل مرة وقتل ستة مدنيين بينهم امرأتان.",
     "Rokero", "Sudan"),
    # a locality of West Kordofan, with the point its page prints
    ("مراسلنا\n\nهاجمت قوات الدعم السريع مدينة ود بندة بولاية غرب كردفان وقتلت 14 شخصاً ونهبت السوق.",
     "Wad Banda", "Sudan"),
    # a Beqaa town with an air base, with the point its page prints
    ("مراسلنا\n\nشن الطيران الإسرائيلي غارة على أطراف بلدة رياق في البقاع أدت إلى استشهاد شخصين.",
     "Rayak", "Lebanon"),
    # a quarter on Aleppo's western edge
    ("حلب - مراسلنا\n\nقتل ثلاثة مدنيين بقذائف هاون سقطت على حي جمعية الزهراء غربي المدينة.",
     "Jamiyat al-Zahraa", "Syria"),
    # an area north-west of Beit Lahia
    ("غزة - مراسلنا\n\nتوغلت دبابات الاحتلال في منطقة العطاطرة شمال غرب بيت لاهيا وسط قصف مدفعي أدى إلى استشهاد ثلاثة.",
     "Al-Atatra", "Palestinian Territory"),
    # the spelling Iraqi reports use for al-Amiriyah of Fallujah
    ("مراسلنا\n\nانفجرت سيارة مفخخة عند مدخل عامرية الفلوجة وقتلت خمسة من أفراد الحشد العشائري.",
     "Amiriyat al-Fallujah", "Iraq"),
    # a Diyala town the gazetteer held only as its sub-district's name, with the point its page prints
    ("بعقوبة - مراسلنا\n\nانفجرت عبوة ناسفة في سوق مدينة خان بني سعد وأصابت ستة مدنيين بينهم طفل.",
     "Khan Bani Saad", "Iraq"),
    # a quarter of Deir ez-Zor city by its airport
    ("دير الزور - مراسلنا\n\nسقطت قذيفتا هاون على حي هرابش قرب المطار العسكري وقتلتا طفلين.",
     "Harabesh", "Syria"),
    # a village of the Hasbaya district, south Lebanon
    ("مراسلنا\n\nقصفت المدفعية الإسرائيلية أطراف بلدة كفرحمام في قضاء حاصبيا ولم تسجل إصابات.",
     "Kfar Hamam", "Lebanon"),
    # the spelling Libyan reports use for the town east of Tripoli (GeoNames has another)
    ("مراسلنا\n\nاندلعت اشتباكات بالأسلحة الثقيلة عند البوابة الغربية لمدينة القره بوللي وقتل فيها أربعة مسلحين.",
     "Qarabulli", "Libya"),
    # a Beqaa village north of Baalbek
    ("مراسلنا\n\nاستهدفت غارة إسرائيلية منزلاً في بلدة يونين بقضاء بعلبك ما أدى إلى سقوط ثلاثة شهداء.",
     "Younine", "Lebanon"),
    # the LNG terminal on Shabwa's coast
    ("عتق - مراسلنا\n\nاستهدفت طائرة مسيرة مفخخة منشأة بلحاف الغازية على ساحل شبوة دون أن تسفر عن إصابات.",
     "Balhaf", "Yemen"),
    # the 2025 corridor between Rafah and Khan Yunis, on the Strip's point
    ("غزة - مراسلنا\n\nاستشهد ثلاثة مواطنين بنيران قوات الاحتلال قرب محور موراج أثناء توجههم لجلب المساعدات.",
     "Morag corridor", "Palestinian Territory"),
    # a small town east of Sirte
    ("مراسلنا\n\nاندلعت اشتباكات عنيفة في بلدة هراوة شرق سرت بين قوات الجيش وعناصر تنظيم داعش قتل فيها خمسة.",
     "Harawa", "Libya"),
    # a Sennar state area taken by the RSF in 2024
    ("مراسلنا\n\nقصف الطيران الحربي تجمعات لقوات الدعم السريع في منطقة جبل موية بولاية سنار وقتل عشرة من عناصرها.",
     "Jebel Moya", "Sudan"),
    # a quarter on Raqqa's western edge
    ("الرقة - مراسلنا\n\nانفجرت دراجة نارية مفخخة في حارة الحرامية غربي المدينة وأصابت أربعة مدنيين.",
     "Harat al-Haramiya", "Syria"),
])
def test_a_place_of_the_class_is_placed(text, location, country):
    got = _where(rasd.extract(text, published="2024-10-06"))
    assert any(location in loc and c == country for loc, c, _ in got), got


def test_printed_points_are_the_pages_own():
    path = Path(rasd.__file__).parent / "data/gazetteer/curated/places_q87_coverage.tsv"
    rows = [r for r in csv.DictReader((l for l in open(path, encoding="utf-8") if not l.startswith("#")),
                                      delimiter="\t")]
    assert len(rows) >= 20
    for r in rows:
        assert r["source_url"].startswith("http"), r["id"]
        if r["printed"]:
            p = parse_printed(r["printed"])
            lat, lon = p.lat, p.lon
            assert abs(lat - float(r["lat"])) < 1e-3 and abs(lon - float(r["lon"])) < 1e-3, r["id"]
        else:
            assert not r["lat"] and (r["parent"] or r["same_as"]), r["id"]


@pytest.mark.parametrize("text, actor", [
    ("مراسلنا\n\nقالت مصادر محلية إن عناصر من فيلق أفريقيا اشتبكوا مع مسلحين قرب قاعدة براك الشاطئ وقتل ثلاثة منهم.",
     "Russian Forces"),
    ("حمص - مراسلنا\n\nهاجمت قوات صقور الصحراء مواقع لتنظيم داعش قرب حقل الشاعر وقتلت تسعة من عناصره.",
     "Syrian Government Forces"),
    ("غزة - مراسلنا\n\nأعلنت ألوية الناصر صلاح الدين إطلاق ثلاث قذائف هاون على موقع عسكري إسرائيلي شرق خانيونس.",
     "Popular Resistance Committees"),
    ("درعا - مراسلنا\n\nاندلعت اشتباكات بين فصائل المعارضة ولواء شهداء اليرموك في بلدة جلين قتل فيها أربعة مقاتلين.",
     "Yarmouk Martyrs Brigade"),
    ("مراسلنا\n\nقتل جنديان من لواء جفعاتي في اشتباك مسلح مع عناصر من كتائب القسام في حي الشجاعية.",
     "Israeli Forces"),
])
def test_a_group_of_the_class_is_named(text, actor):
    got = rasd.extract(text, published="2016-05-06")
    assert any(actor in (r.actor1, r.actor2) for r in got), [(r.actor1, r.actor2, r.location) for r in got]


@pytest.mark.parametrize("text, not_place", [
    # الميسر is "gambling": no Aleppo quarter without a cue
    ("مراسلنا\n\nداهمت الشرطة صالة للقمار والميسر في مدينة الحسكة واعتقلت ستة أشخاص.",
     "Al-Maysar"),
    # نحلة is "a bee": no Baalbek village without a cue
    ("مراسلنا\n\nقال المزارع إن نحلة واحدة تنتج القليل من العسل في موسم الجفاف في ريف حماة.",
     "Nahle"),
    # مران is "training": no Saada area without a cue
    ("صنعاء - مراسلنا\n\nأصيب لاعب بجروح بعد سقوط قذيفة قرب ملعب الظرافي أثناء مران الفريق.",
     "Marran"),
])
def test_a_word_is_no_place(text, not_place):
    got = _where(rasd.extract(text, published="2024-10-06"))
    assert all(not_place not in loc for loc, _, _ in got), got
