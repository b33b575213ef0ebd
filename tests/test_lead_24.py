"""Lead's probe round, stop 24: report forms (slogans, live updates, street names, landmarks of nearness).

Sentences written for these tests (names, places and numbers varied from any report)."""
from __future__ import annotations

from helpers import records_at

records = records_at("2012-03-16")


def _rows(text: str) -> list[tuple[str, str]]:
    return sorted((r.sub_event_type, r.location_text) for r in records(text))


def test_the_slogan_to_topple_the_regime_is_no_aircraft_shot_down():
    text = ("حماة - \"الشعب يريد إسقاط النظام\" ردد مئات المحتجين اليوم في مدينة كفرزيتا، "
            "قبل أن تفتح قوات الأمن النار عليهم ما أدى إلى مقتل أربعة منهم.")
    rows = records(text)
    assert not any(r.sub_event_type == "Disrupted weapons use" for r in rows), rows
    assert [(r.sub_event_type, r.location_text) for r in rows] == [
        ("Excessive force against protesters", "مدينة كفرزيتا")], rows


def test_a_demand_to_bring_down_the_government_is_no_interception():
    text = "بيروت - اعتصم عشرات الشبان أمام مجلس النواب في بيروت للمطالبة بإسقاط الحكومة."
    rows = _rows(text)
    assert rows and all(t == "Peaceful protest" for t, _ in rows), rows


def test_chanting_protesters_are_a_protest():
    text = "اللاذقية - هتف آلاف المتظاهرين بعد صلاة الجمعة في حي الصليبة بسقوط النظام."
    assert _rows(text) == [("Peaceful protest", "حي الصليبة")], _rows(text)
    text = "وردد المحتجون شعارات تطالب بالإفراج عن المعتقلين في مدينة السلمية."
    assert _rows(text) == [("Peaceful protest", "مدينة السلمية")], _rows(text)


def test_chanting_without_protesters_after_it_is_no_protest():
    # the verb alone, with a crowd of a football match, a wedding or a choir after it
    text = "هتف جمهور نادي الاتحاد طويلاً في ملعب مدينة حلب احتفالاً بالفوز."
    assert _rows(text) == [], _rows(text)


def test_a_street_in_the_middle_of_a_city_places_the_strike_at_the_city():
    text = "غزة - استشهد سبعة مواطنين في غارة إسرائيلية استهدفت شارع النصر وسط مدينة خان يونس."
    assert _rows(text) == [("Air/drone strike", "مدينة خان يونس")], _rows(text)


def test_a_place_adjacent_to_another_is_one_event_where_it_lies():
    text = "صنعاء - قصف طيران العدوان حي الروضة المجاور لمطار صنعاء الدولي، ما أدى إلى إصابة مواطنين."
    assert _rows(text) == [("Air/drone strike", "حي الروضة")], _rows(text)
    text = "ريف إدلب - قصفت الطائرات الحربية قرية الشيخ مصطفى القريبة من مدينة خان شيخون."
    assert _rows(text) == [("Air/drone strike", "قرية الشيخ مصطفى")], _rows(text)


def test_the_neighbouring_towns_name_no_place_after_them():
    # "المجاورة" with no لـ: the towns around, and the next word is no place near which
    text = ("ريف حلب - قصفت قوات النظام بلدة عندان والبلدات المجاورة يوسف بالمدفعية الثقيلة، "
            "دون ورود أنباء عن إصابات.")
    rows = _rows(text)
    assert ("Shelling/artillery/missile attack", "بلدة عندان") in rows, rows
    assert all(loc == "بلدة عندان" for _, loc in rows), rows


def test_a_town_near_a_city_is_one_event_at_the_town():
    text = "درعا - قتل مدنيان بقصف مدفعي لقوات النظام على بلدة الكرك الشرقي قرب مدينة إزرع."
    rows = _rows(text)
    assert rows == [("Shelling/artillery/missile attack", "بلدة الكرك الشرقي")], rows
    # but "وقرب" joins a second place of its own
    text = "درعا - قصفت قوات النظام بلدة الكرك الشرقي وقرب مدينة إزرع بالمدفعية."
    rows = _rows(text)
    assert len(rows) == 2, rows


def test_drones_named_with_their_owner_between_noun_and_adjective_are_the_owners():
    for text in ("مأرب - قصفت طائرات الحوثيين المسيرة حي الروضة بمدينة مأرب، ما أدى إلى إصابة طفلين.",
                 "الضالع - استهدف طيران الحوثي المسير مواقع للقوات الجنوبية في منطقة مريس."):
        rows = records(text)
        assert rows and all(r.actor1 == "Houthi Movement" for r in rows), [(r.actor1, r.actor2) for r in rows]


def test_warplanes_over_a_group_are_still_not_the_groups():
    text = "صعدة - شن الطيران الحربي غارات على مواقع الحوثيين في مديرية رازح."
    rows = records(text)
    assert rows and all(r.actor1 != "Houthi Movement" for r in rows), [(r.actor1, r.actor2) for r in rows]


def test_an_entry_without_a_fight_after_the_other_side_withdrew_is_a_transfer():
    text = "الرقة - دخلت قوات سوريا الديمقراطية بلدة الكرامة دون قتال بعد انسحاب عناصر تنظيم داعش منها."
    rows = records(text)
    assert [(r.sub_event_type, r.location_text) for r in rows] == [
        ("Non-violent transfer of territory", "بلدة الكرامة")], rows


def test_the_idf_by_its_own_arabic_name():
    text = "أغارت طائرات حربية لجيش الدفاع الليلة الماضية على مواقع لمنظمة حماس في مدينة دير البلح."
    rows = records(text)
    assert [(r.actor1, r.actor2) for r in rows] == [("Israeli Forces", "Hamas Movement")], rows
    text = "أغار جيش الدفاع فجر اليوم على بنى تحتية لحزب الله في بلدة كفركلا جنوب لبنان."
    rows = records(text)
    assert rows and all(r.actor1 == "Israeli Forces" for r in rows), [(r.actor1, r.actor2) for r in rows]


def test_launch_pads_struck_are_no_launch():
    text = ("غزة - أغارت طائرات إسرائيلية على منصات لإطلاق القذائف الصاروخية في بلدة بيت حانون، "
            "وفق بيان للجيش الإسرائيلي.")
    rows = _rows(text)
    assert rows == [("Air/drone strike", "بلدة بيت حانون")], rows


def test_a_place_after_the_preposition_that_swallowed_its_article_is_written_with_it():
    rows = records("قصفت الطائرات الحربية مواقع لداعش في الريف الجنوبي للحسكة.")
    assert [r.location_text for r in rows] == ["الحسكة"], [r.location_text for r in rows]
    # a name that begins with ل keeps its own letters
    rows = records("قصفت الطائرات الإسرائيلية مواقع في الجنوب التابع للبنان.")
    assert all(r.location_text != "البنان" for r in rows), [r.location_text for r in rows]


def _killed(text: str) -> list[int | None]:
    return [r.fatalities for r in records(text)]


def test_a_time_between_the_verb_and_its_count_keeps_the_count():
    assert _killed("تعز - قتل اليوم خمسة من عناصر المقاومة بنيران قناصة في حي الجحملية.") == [5]
    assert _killed("تعز - قتل مساء الأحد ثلاثة من أفراد الشرطة بهجوم مسلح في حي الجمهوري.") == [3]
    # a plural verb whose object is the count, past a time
    rows = records("إدلب - قالت هيئة تحرير الشام إن مقاتليها قتلوا أمس 12 عنصراً من قوات النظام "
                   "خلال صد هجوم على محور كبانة.")
    assert [r.fatalities for r in rows] == [12], [(r.sub_event_type, r.fatalities) for r in rows]


def test_a_number_after_a_time_that_is_no_count_of_the_dead_stays_uncounted():
    # the number after the time is a distance, with no person or من after it
    rows = records("تعز - قتل اليوم مدني برصاص قناص على بعد 3 كيلومترات من حي الجحملية.")
    assert all(r.fatalities in (1, None) for r in rows), [(r.sub_event_type, r.fatalities) for r in rows]


def test_a_relative_clause_right_after_the_event_word_dates_the_event():
    # the battles "that the fronts saw in the past months" are background, no fight of today
    rows = records("درعا - قال قيادي في الفصائل إن المعارك التي شهدتها جبهات مدينة درعا خلال الأشهر "
                   "الماضية أنهكت قوات النظام.")
    assert [(r.sub_event_type, r.event_date) for r in rows if r.event_date == "2012-03-16"] == [], \
        [(r.sub_event_type, r.event_date) for r in rows]
    # an attack "that targeted X days ago", claimed today, is dated days back
    rows = records("الحسكة - تبنى تنظيم داعش الهجوم الذي استهدف حاجزاً لقوات سوريا الديمقراطية في بلدة "
                   "الهول قبل ثلاثة أيام.")
    assert rows and all(r.event_date != "2012-03-16" for r in rows), [(r.sub_event_type, r.event_date) for r in rows]


def test_a_casualty_word_that_names_a_place_after_its_type_word_counts_no_one():
    rows = records("عين العرب - استعادت وحدات حماية الشعب اليوم مواقع في حي مقتلة شرقي المدينة.")
    assert rows and all(r.fatalities is None for r in rows), [(r.sub_event_type, r.fatalities) for r in rows]
    # a count after a definite type word that is a noun of its own still counts
    rows = records("الموصل - قتل أربعة مدنيين بقصف على حي الزنجيلي قرب المدينة القديمة.")
    assert [r.fatalities for r in rows] == [4], [(r.location_text, r.fatalities) for r in rows]


def test_the_martyrs_road_to_jerusalem_is_no_road():
    text = ("صور - نعى حزب الله المقاتل حسين قاسم من بلدة البازورية، الذي ارتقى شهيداً على طريق القدس "
            "إثر غارة إسرائيلية على سيارة في بلدة شقرا.")
    rows = records(text)
    assert [(r.sub_event_type, r.location_text) for r in rows] == [("Air/drone strike", "بلدة شقرا")], rows
    # the side that mourns its dead is the side hit
    assert [(r.actor1, r.actor2) for r in rows] == [("Israeli Forces", "Hezbollah")], rows


def test_the_town_a_victim_is_from_is_no_event_place_when_another_is_told():
    text = "درعا - قتل الشاب خالد الزعبي من بلدة المسيفرة برصاص مجهولين في مدينة بصرى الشام."
    rows = records(text)
    assert [(r.location_text, r.fatalities) for r in rows] == [("مدينة بصرى الشام", 1)], rows
    # arrested "from" their town, the town being in a governorate told after it: taken there
    text = "القنيطرة - اعتقلت قوة إسرائيلية أربعة شبان من بلدة جباتا الخشب في ريف القنيطرة الشمالي."
    rows = records(text)
    assert [r.location_text for r in rows] == ["بلدة جباتا الخشب"], rows


def test_an_earth_berm_is_no_place():
    rows = records("صلاح الدين - انفجرت عجلة مفخخة يقودها انتحاري قرب ساتر ترابي عند مدخل بلدة الإسحاقي، "
                   "ما أسفر عن مقتل ثلاثة جنود.")
    assert [r.location_text for r in rows] == ["بلدة الإسحاقي"], [(r.sub_event_type, r.location_text) for r in rows]


def test_a_plane_that_lands_or_carries_people_is_no_warplane():
    rows = records("حضرموت - انفجارات تهز مطار سيئون لحظة وصول طائرة الوزراء، وأنباء عن سقوط قتلى.")
    assert rows and all(r.sub_event_type != "Air/drone strike" for r in rows), [r.sub_event_type for r in rows]
    # a warplane that struck is still one
    rows = records("مأرب - قصفت طائرة حربية موقعاً قرب مطار مأرب.")
    assert [r.sub_event_type for r in rows] == ["Air/drone strike"], [r.sub_event_type for r in rows]


def test_a_city_taken_today_is_no_name_for_villages_of_its_countryside_taken_yesterday():
    text = ("إدلب - أعلنت الفصائل اليوم دخول مقاتليها مدينة معرة النعمان بعد انسحاب قوات النظام منها. "
            "وكانت الفصائل قد سيطرت أمس على بلدتي معرشورين والدير الشرقي في ريف معرة النعمان.")
    rows = records(text)
    taken = sorted((r.location_text, r.event_date) for r in rows if r.sub_event_type == "Non-state actor overtakes territory")
    assert ("مدينة معرة النعمان", "2012-03-16") in taken, taken


def test_civilians_a_side_says_it_spared_are_no_side():
    text = ("حمص - قالت وزارة الدفاع إن وحداتها أعادت التموضع خارج مدينة الرستن حفاظاً على أرواح المدنيين، "
            "بعد معارك عنيفة في محيط بلدة تلبيسة.")
    rows = records(text)
    assert rows and all(r.actor2 != "Civilians" for r in rows), [(r.sub_event_type, r.actor1, r.actor2) for r in rows]


def test_the_road_leading_to_a_place_is_no_road_named_leading():
    rows = records("كركوك - انفجرت عبوة ناسفة قرب الطريق المؤدي إلى مطار كركوك، ما أدى إلى إصابة جنديين.")
    assert rows and all("المؤدي" not in r.location_text for r in rows), [r.location_text for r in rows]


def test_peaceful_is_no_salamiyah():
    rows = records("الخرطوم - وفي مدينة كسلا، خرج مئات المواطنين اليوم في مواكب سلمية رفضاً لقرارات المجلس.")
    assert [r.location_text for r in rows] == ["مدينة كسلا"], [r.location_text for r in rows]
    # the town told with its cue is still the town
    rows = records("حماة - قصفت الطائرات الحربية مدينة سلمية بريف حماة الشرقي.")
    assert [r.location_text for r in rows] == ["مدينة سلمية"], [r.location_text for r in rows]


def test_a_take_over_after_weeks_of_fighting_told_first_is_the_days_event():
    rows = records("حلب - وبعد أسابيع من المعارك سيطرت الفصائل اليوم على بلدة خان طومان.")
    assert [(r.sub_event_type, r.location_text) for r in rows] == [
        ("Non-state actor overtakes territory", "بلدة خان طومان")], rows


def test_the_years_a_control_lasted_told_with_ala_are_no_take_over():
    rows = records("الأنبار - عاد مئات النازحين إلى مدينة هيت بعد عامين على سيطرة التنظيم عليها.")
    assert [r.sub_event_type for r in rows if "territory" in r.sub_event_type] == [], rows


def test_forces_that_enter_a_city_take_it():
    rows = records("دير الزور - دخلت قوات الجيش مدينة الميادين بعد ظهر اليوم.")
    assert [(r.sub_event_type, r.location_text) for r in rows] == [
        ("Government regains territory", "مدينة الميادين")], [(r.sub_event_type, r.location_text) for r in rows]
    # a patrol or a convoy that enters a town takes nothing
    assert records("درعا - دخلت دورية للشرطة العسكرية الروسية بلدة طفس.") == []
    # nor does a raid into a village make a take-over
    rows = records("جنين - دخلت قوة إسرائيلية قرية برقين واعتقلت ثلاثة شبان.")
    assert all("territory" not in r.sub_event_type for r in rows), [r.sub_event_type for r in rows]
