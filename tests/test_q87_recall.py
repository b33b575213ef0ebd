"""Recall round q87-recall: causes of missed events that recur over several documents of several sets.

Every sentence is written for the test (other places, forces and numbers than the sets' reports).
"""
from __future__ import annotations

import pytest

import rasd


def recs(text: str, published: str = "2019-04-17"):
    return rasd.extract(text, published=published)


# 1. "قذائف عشوائية سقطت على منازل في حي X"، "قذيفة هاون تسقط على"، "صواريخ غراد سقطت": the projectile told
#    before its falling verb with a modifier between gave no event (triggers.tsv holds the pair side by side)
@pytest.mark.parametrize("text, place", [
    ("طرابلس - مراسلنا\nوقالت مصادر طبية إن قذائف عشوائية سقطت على منازل في حي الهضبة، ما أدى إلى إصابة "
     "طفلين.", "الهضبة"),
    ("بنغازي - مراسلنا\n🔴 قذيفة عشوائية تسقط على منزل في منطقة الليثي.", "الليثي"),
    ("حلب - مراسلنا\nقذائف هاون سقطت صباح اليوم على حي الميدان، وأنباء عن جرحى.", "الميدان"),
    ("عدن - مراسلنا\nوأفاد شهود أن قذائف أخرى سقطت على مديرية دار سعد دون معرفة حجم الخسائر.", "دار سعد"),
    ("تعز - مراسلنا\nوقال سكان إن قذيفة صاروخية سقطت على سوق شعبي في حي الجحملية.", "الجحملية"),
    ("دمشق - مراسلنا\nصواريخ غراد سقطت على بلدة جرمانا وأوقعت أضراراً مادية.", "جرمانا"),
    ("الحديدة - مراسلنا\nقذيفتان مجهولتا المصدر سقطتا على مدينة حيس مساء أمس.", "حيس"),
])
def test_a_projectile_with_a_modifier_before_its_falling_verb_is_shelling(text, place):
    rs = recs(text, "2019-05-02")
    assert [r.sub_event_type for r in rs] == ["Shelling/artillery/missile attack"]
    assert place in rs[0].location_text


# the noun phrase ends at a preposition, a relative pronoun or "قد": no modifier then, the old reading stays
@pytest.mark.parametrize("text", [
    "اعترضت الدفاعات الجوية الصواريخ بينما سقطت طائرة مدنية في البحر بسبب عطل فني.",
    "تحدث التقرير عن الصواريخ التي سقطت في الحرب العالمية الثانية على مدينة لندن.",
])
def test_no_fall_of_a_projectile_across_a_clause(text):
    assert [r.sub_event_type for r in recs(text)] != ["Shelling/artillery/missile attack"]


# 2. "الطيران المروحي يلقي براميل متفجرة على بلدة X" (a post's present tense), "ألقت الأنتونوف قنابل على": an aircraft
#    told before its dropping verb, and Sudan's Antonov bombers, dropped nothing (only "ألقى الطيران" was a cue)
@pytest.mark.parametrize("text, published, place, actor", [
    ("إدلب - مراسلنا\n🔴 الطيران المروحي يلقي 3 براميل متفجرة على بلدة #سراقب وأطرافها، دون ورود معلومات عن إصابات.",
     "2016-04-12", "سراقب", "Syrian Government Forces"),
    ("حماة - مراسلنا\nالطيران المروحي يلقي برميلين متفجرين على قرية الزكاة في ريف حماة الشمالي.",
     "2019-06-02", "الزكاة", "Syrian Government Forces"),
    ("درعا - مراسلنا\nمروحيات النظام تلقي عشرات البراميل على مدينة داعل منذ الصباح.",
     "2015-02-10", "داعل", "Syrian Government Forces"),
    ("كادقلي - مراسلنا\nكما ألقت الأنتونوف أمس 6 قنابل على أطراف هيبان دون وقوع خسائر بشرية.",
     "2016-05-03", "هيبان", "Sudanese Armed Forces"),
    ("الفاشر - مراسلنا\nطائرة أنتونوف تابعة للجيش ألقت قنابل على قرية طويلة بشمال دارفور.",
     "2014-03-20", "طويلة", "Sudanese Armed Forces"),
])
def test_an_aircraft_told_before_its_dropping_verb_strikes(text, published, place, actor):
    rs = recs(text, published)
    assert [r.sub_event_type for r in rs] == ["Air/drone strike"]
    assert place in rs[0].location_text and rs[0].actor1 == actor


# an air drop of aid or leaflets strikes no one, whichever comes first
@pytest.mark.parametrize("text", [
    "غزة - مراسلنا\nالطائرات الأردنية تلقي مساعدات غذائية على مناطق شمال قطاع غزة.",
    "غزة - مراسلنا\nألقت طائرات أمريكية مساعدات إنسانية على مناطق شمال قطاع غزة.",
    "إدلب - مراسلنا\nالطيران الحربي يلقي مناشير على بلدة سراقب تطالب الأهالي بالخروج.",
])
def test_an_air_drop_of_aid_or_leaflets_is_no_strike(text):
    assert [r.sub_event_type for r in recs(text, "2024-03-05")] == []


# 3. A roundup's region label of four words, its last a bearing ("ريف حماة الشمالي الغربي:"), opens an item of its
#    own: the day an earlier item told ("أمس") is not carried into the next region's item
def test_a_region_label_with_a_compound_bearing_opens_its_own_item():
    text = ("شبكة إخبارية محلية\n\n"
            "ريف حلب الجنوبي الغربي: قوات النظام تسيطر على بلدة الحاضر صباح اليوم، وذلك بعد يوم واحد من "
            "سيطرتها أمس على قرية العيس.\n\n"
            "ريف إدلب الشرقي: الطيران الحربي يقصف مدينة سراقب، ما أدى لاستشهاد مدني.")
    rs = recs(text, "2016-02-11")
    day = {r.location_text: r.event_date for r in rs}
    assert any("سراقب" in k and str(v) == "2016-02-11" for k, v in day.items()), day


# 4. "تتواصل المعارك العنيفة في حي X بين A وB": fighting that goes on in a city's quarter was a situation (only a front
#    word or "محيط X" made it the day's fighting); a quarter fought over is a front line inside the city
@pytest.mark.parametrize("text, place", [
    ("حلب - مراسلنا\nوقال المرصد إن المعارك العنيفة تتواصل في حي الشعار بين قوات النظام وفصائل المعارضة، وسط قصف "
     "جوي كثيف.", "الشعار"),
    ("الرقة - مراسلنا\n- الرقة: تتواصل الاشتباكات العنيفة بين قوات سوريا الديمقراطية وعناصر داعش في حي الرميلة وسط "
     "المدينة.", "الرميلة"),
    ("الخرطوم - مراسلنا\nوتتواصل الاشتباكات بين الجيش وقوات الدعم السريع في حي كافوري ببحري.", "كافوري"),
    ("تعز - مراسلنا\nتتواصل المواجهات بين القوات الحكومية والحوثيين في حي الجحملية شرقي المدينة.", "الجحملية"),
    ("بنغازي - مراسلنا\nويتواصل القتال بين قوات الجيش ومسلحي مجلس الشورى في حي الصابري منذ صباح اليوم.", "الصابري"),
])
def test_fighting_that_goes_on_in_a_quarter_is_the_days_clash(text, place):
    rs = recs(text, "2016-11-28")
    assert [r.sub_event_type for r in rs] == ["Armed clash"]
    assert place in rs[0].location_text


# a campaign "منذ أشهر", a whole city with no front, and a siege that goes on stay situations
@pytest.mark.parametrize("text", [
    "طرابلس - مراسلنا\nوتتواصل المعارك في حي أبو سليم بين قوات الوفاق وقوات حفتر منذ أشهر.",
    "حلب - مراسلنا\nوتتواصل المعارك في مدينة حلب بين قوات النظام والفصائل.",
    "دمشق - مراسلنا\nيتواصل الحصار المفروض على حي جوبر، وتتواصل معاناة الأهالي.",
])
def test_a_campaign_or_a_city_going_on_stays_a_situation(text):
    assert [r.sub_event_type for r in recs(text, "2016-11-28")] == []


# 5. "خلال الساعات الـ24 الماضية" (the last 24 hours) is a cumulative mark: told with a strike, a blast, a fight or a
#    take-over of the clause it is the window the event happened in, not a running count; a bare toll or a killing
#    over it stays a tally
@pytest.mark.parametrize("text, sub, place", [
    ("الحديدة - مراسلنا\nوشن طيران التحالف أكثر من 25 غارة على مواقع وتعزيزات للحوثيين في زبيد خلال الساعات الـ24 "
     "الماضية.", "Air/drone strike", "زبيد"),
    ("سرت - مراسلنا\nوشنت الطائرات الأمريكية 4 غارات على مواقع التنظيم في منطقة الجيزة البحرية خلال الساعات الـ24 "
     "الماضية، وفق القيادة الأمريكية.", "Air/drone strike", "الجيزة البحرية"),
    ("الأنبار - مراسلنا\nوأعلنت قيادة التحالف أن طائراته نفذت 6 غارات على مواقع التنظيم قرب الفلوجة خلال الساعات "
     "الأربع والعشرين الماضية.", "Air/drone strike", "الفلوجة"),
    ("الكفرة - مراسلنا\nقال مسؤولون محليون إن 12 شخصاً قتلوا خلال الساعات الأربع والعشرين الماضية في اشتباكات "
     "متجددة بين مسلحين من قبيلتين في حي قدرفي.", "Armed clash", "قدرفي"),
    ("حلب - مراسلنا\nوقال المرصد إن 9 عناصر من الطرفين قتلوا خلال الساعات الـ24 الماضية في اشتباكات عند بلدة "
     "تادف.", "Armed clash", "تادف"),
])
def test_an_event_told_within_the_last_24_hours_is_an_event(text, sub, place):
    rs = recs(text, "2018-06-15")
    assert sub in [r.sub_event_type for r in rs]
    assert any(place in r.location_text for r in rs if r.sub_event_type == sub)


@pytest.mark.parametrize("text", [
    "الفاشر - مراسلنا\nرصدت الشبكة خلال الـ24 ساعة الماضية مقتل 27 مدنياً في ولايات دارفور.",
    "إدلب - مراسلنا\nوقال الدفاع المدني إن الغارات على قرى جبل الزاوية أسفرت خلال الساعات الـ24 الماضية عن مقتل 14 "
    "شخصاً.",
])
def test_a_toll_over_the_last_24_hours_stays_a_tally(text):
    assert all(r.fatalities != 27 and r.fatalities != 14 for r in recs(text, "2024-06-15"))


# a side still holed up somewhere ("قناصة التنظيم ما زالوا يتحصنون في المباني") holds it: no attack of the day
def test_snipers_still_holed_up_are_no_attack():
    text = ("سرت - مراسلنا\nوشنت الطائرات الأمريكية 5 غارات على مواقع التنظيم في حي الدولار. وقال المركز إن قناصة "
            "التنظيم ما زالوا يتحصنون في المباني المرتفعة.")
    assert [r.sub_event_type for r in recs(text, "2016-08-11")] == ["Air/drone strike"]
