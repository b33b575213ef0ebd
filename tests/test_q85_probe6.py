"""Probe round q85-probe6 (time and discourse): planned actions told with a future verb, trials and
verdicts of past crimes, and the day a relative clause gives to the event it describes.

Sentences written for these tests (names, places and numbers varied from the probes and any report)."""
from __future__ import annotations

from helpers import records_at

records = records_at("2023-02-14")


def _kinds(text: str, published: str = "2023-02-14") -> list[tuple[str, str]]:
    return sorted((r.sub_event_type, r.location_text) for r in records(text, published=published))


def test_a_future_support_verb_is_a_plan_not_an_event():
    text = "مصراتة - وكالات\nستشن قوات حكومة الوحدة هجوماً على مواقع المسلحين في مدينة الزاوية الأسبوع المقبل، وفق مصدر أمني."
    assert _kinds(text) == [], _kinds(text)
    text = "عدن - وكالات\nقال مصدر عسكري إن القوات الحكومية ستنفذ عملية عسكرية واسعة في مديرية حريب خلال الأيام المقبلة."
    assert _kinds(text) == [], _kinds(text)


def test_a_future_prefix_on_the_event_verb_is_a_plan():
    text = "صنعاء - وكالات\nوقال المتحدث إن الجماعة ستقصف المنشآت النفطية في مدينة جيزان إذا استمر الحصار."
    assert _kinds(text) == [], _kinds(text)


def test_the_same_deeds_told_done_stay_events():
    text = "مصراتة - وكالات\nشنت قوات حكومة الوحدة هجوماً على مواقع المسلحين في مدينة الزاوية أمس."
    assert [t for t, _ in _kinds(text)] == ["Armed clash"], _kinds(text)
    text = "صنعاء - وكالات\nوقال المتحدث إن الجماعة قصفت المنشآت النفطية في مدينة جيزان فجر اليوم."
    assert len(_kinds(text)) == 1, _kinds(text)


def test_a_death_sentence_is_no_killing():
    text = "الأبيض - وكالات\nأصدرت محكمة جنايات الأبيض حكماً بالإعدام على ستة من أفراد الشرطة في مدينة الأبيض."
    assert _kinds(text) == [], _kinds(text)
    text = "سبها - وكالات\nقضت محكمة الاستئناف في سبها بإعدام خمسة متهمين في قضية خطف."
    assert _kinds(text) == [], _kinds(text)


def test_the_crime_a_court_judges_is_no_event_of_the_day():
    text = ("الفاشر - وكالات\nأصدرت محكمة في الفاشر حكماً بالسجن عشرين عاماً على جندي بتهمة قتل "
            "ثلاثة مزارعين في قرية شقرة.")
    assert _kinds(text) == [], _kinds(text)
    text = ("بنغازي - وكالات\nقضت محكمة ليبية بسجن أربعة عناصر لإدانتهم بتعذيب سجين حتى الموت "
            "في مدينة المرج.")
    assert _kinds(text) == [], _kinds(text)


def test_an_execution_and_an_arrest_for_a_killing_stay_events():
    text = "سرت - وكالات\nأعدم عناصر التنظيم أربعة شبان رمياً بالرصاص في مدينة سرت."
    assert [t for t, _ in _kinds(text)] == ["Attack"], _kinds(text)
    text = "بنغازي - وكالات\nاعتقلت الشرطة رجلين بتهمة قتل سائق أجرة في حي الصابري ببنغازي."
    assert [t for t, _ in _kinds(text)] == ["Arrests"], _kinds(text)


def test_a_relative_clause_right_after_the_event_word_gives_its_day():
    text = ("بيروت - وكالات\nقالت منظمة هيومن رايتس ووتش إن الغارة التي قتلت ثلاثة مسعفين في بلدة "
            "الخيام يوم 9 نوفمبر كانت هجوماً غير قانوني.")
    recs = records(text, published="2023-12-20")
    assert [(r.location_text, r.event_date) for r in recs] == [("بلدة الخيام", "2023-11-09")], \
        [(r.sub_event_type, r.location_text, r.event_date) for r in recs]


def test_a_time_of_another_relative_clause_still_dates_only_that_clause():
    # the mine was planted then; it went off on the report's day
    text = "تعز - وكالات\nقتل راع بانفجار لغم زرعه الحوثيون في 5 يناير 2019 في قرية الصراهم."
    recs = records(text, published="2023-02-14")
    assert [r.event_date for r in recs] == ["2023-02-14"], [(r.location_text, r.event_date) for r in recs]


def test_a_massacre_remembered_is_no_event_of_the_day():
    text = "الجنينة - وكالات\nنظم ذوو الضحايا وقفة صامتة في مدينة الجنينة إحياءً لذكرى مجزرة قتل فيها 60 شخصاً."
    assert _kinds(text) == [], _kinds(text)
    text = "تعز - وكالات\nتصادف اليوم الذكرى الثامنة لمجزرة قتل فيها 35 مدنياً بقصف على سوق مدينة التربة."
    assert _kinds(text) == [], _kinds(text)


def test_a_march_to_remember_an_old_dispersal_is_a_peaceful_protest():
    text = "عطبرة - وكالات\nخرج مئات الشباب في مدينة عطبرة في موكب لإحياء ذكرى فض اعتصام القيادة العامة."
    assert _kinds(text) == [("Peaceful protest", "مدينة عطبرة")], _kinds(text)


def test_an_attack_disowned_then_told_with_its_toll_happened():
    text = ("الفاشر - وكالات\nنفت القوة المشتركة مسؤوليتها عن قصف مستشفى الفاشر الجنوبي، فيما أكدت مصادر "
            "طبية أن القصف أسفر عن مقتل 6 مرضى.")
    recs = records(text, published="2024-06-10")
    assert [(r.location_text, r.fatalities) for r in recs] == [("مستشفى الفاشر", 6)], \
        [(r.sub_event_type, r.location_text, r.fatalities) for r in recs]


def test_a_denial_with_a_counter_charge_and_no_toll_stays_no_event():
    text = ("تعز - وكالات\nنفى الحوثيون استهداف الأحياء السكنية في مدينة تعز، متهمين القوات الحكومية "
            "بقصف حي الجحملية.")
    assert _kinds(text) == [], _kinds(text)


def test_a_take_over_announced_days_before_is_told_in_passing():
    text = ("بارا - وكالات\nقال ناشطون إن قوات الدعم السريع أعدمت 30 مدنياً في مدينة بارا أمس، "
            "بعد ثلاثة أيام من إعلانها السيطرة على المدينة.")
    kinds = _kinds(text, published="2025-11-02")
    assert [t for t, _ in kinds] == ["Attack"], kinds


def test_the_part_of_a_month_a_lead_word_names():
    text = "عدن - وكالات\nهاجم مسلحون مركزاً للشرطة في مديرية المنصورة مطلع أكتوبر الماضي، وقتلوا 3 جنود."
    recs = records(text, published="2019-11-02")
    assert [r.event_date[:8] for r in recs] == ["2019-10-"], [(r.location_text, r.event_date) for r in recs]
    assert all("2019-10-01" <= r.event_date <= "2019-10-10" for r in recs), [r.event_date for r in recs]
    text = "عدن - وكالات\nهاجم مسلحون مركزاً للشرطة في مديرية المنصورة أواخر أكتوبر الماضي، وقتلوا 3 جنود."
    recs = records(text, published="2019-11-02")
    assert all("2019-10-21" <= r.event_date <= "2019-10-31" for r in recs) and recs, [r.event_date for r in recs]


def test_the_attacks_a_man_is_wanted_for_are_no_events():
    text = ("مصراتة - وكالات\nقتل 12 عنصراً من تنظيم الدولة بغارة جوية على مزرعة قرب مدينة بني وليد فجر اليوم، "
            "بينهم قيادي تونسي المطلوب في هجوم سوسة.")
    recs = records(text, published="2017-09-22")
    assert [(r.location_text, r.fatalities) for r in recs] == [("مدينة بني وليد", 12)], \
        [(r.sub_event_type, r.location_text, r.fatalities) for r in recs]


def test_what_a_warning_prepares_is_no_event():
    text = "النبطية - الوكالة الوطنية\nوجه الجيش الإسرائيلي إنذاراً لسكان مبنيين في بلدة كفررمان بالإخلاء، تمهيداً لاستهدافهما."
    assert _kinds(text, published="2024-10-12") == [], _kinds(text, published="2024-10-12")


def test_the_action_that_prepares_another_stays_an_event():
    text = "درعا - وكالات\nقصفت قوات النظام بلدة الحراك بالمدفعية الثقيلة تمهيداً لاقتحامها."
    kinds = _kinds(text, published="2018-06-25")
    assert [t for t, _ in kinds] == ["Shelling/artillery/missile attack"], kinds


def test_al_bariha_is_yesterday():
    text = "الأبيض - وكالات\nسقطت قذائف على حي الشريف بمدينة الأبيض البارحة، ما أدى إلى إصابة 4 أشخاص."
    recs = records(text, published="2024-03-09")
    assert [r.event_date for r in recs] == ["2024-03-08"], [(r.location_text, r.event_date) for r in recs]


def test_a_take_over_that_could_not_be_made_in_a_fight_is_the_fight():
    text = ("غريان - وكالات\nلم تتمكن قوات حفتر من دخول مدينة غريان بعد اشتباكات عنيفة مع قوات الوفاق "
            "استمرت حتى المساء.")
    kinds = _kinds(text, published="2019-06-20")
    assert [t for t, _ in kinds] == ["Armed clash"], kinds


def test_what_could_not_be_done_with_no_fight_stays_no_event():
    text = "غريان - وكالات\nلم تتمكن فرق الهلال الأحمر من دخول مدينة غريان بسبب إغلاق الطرق."
    assert _kinds(text, published="2019-06-20") == [], _kinds(text, published="2019-06-20")
    text = "مخمور - وكالات\nاعتقلت قوات الأمن، الثلاثاء، خمسة مطلوبين في قضاء مخمور."
    assert [t for t, _ in _kinds(text, published="2017-03-08")] == ["Arrests"], _kinds(text, published="2017-03-08")


def test_a_claim_of_a_definite_attack_told_with_its_target_is_the_attack():
    text = "المكلا - وكالات\nأعلن تنظيم القاعدة مسؤوليته عن الهجوم على حاجز أمني في مدينة شبوة فجر اليوم."
    recs = records(text, published="2019-03-11")
    assert [(r.location_text, r.actor1) for r in recs] == [("مدينة شبوة", "Al-Qaeda in the Arabian Peninsula")], \
        [(r.sub_event_type, r.location_text, r.actor1) for r in recs]


def test_a_claim_of_an_attack_told_before_stays_that_attack():
    text = ("المكلا - وكالات\nهاجم مسلحون حاجزاً أمنياً في مدينة شبوة فجر اليوم. "
            "وأعلن تنظيم القاعدة مسؤوليته عن الهجوم على الحاجز.")
    recs = records(text, published="2019-03-11")
    assert len(recs) == 1 and recs[0].actor1 == "Al-Qaeda in the Arabian Peninsula", \
        [(r.sub_event_type, r.location_text, r.actor1) for r in recs]


def test_threats_expectations_and_counterfactuals_are_no_events():
    for text in (
            "صور - الوكالة الوطنية\nأنذر الجيش الإسرائيلي سكان حي الرمل في مدينة صور، مهدداً بقصف المباني التي يستخدمها الحزب.",
            "الأبيض - وكالات\nيتوقع أن تهاجم قوات الدعم السريع مدينة الأبيض خلال الأسبوع المقبل، بحسب مراقبين.",
            "عيترون - وكالات\nلو تواصل القصف على بلدة عيترون أسبوعاً آخر لما بقي فيها بيت قائم، يقول رئيس البلدية.",
            "الحديدة - وكالات\nأمهلت القوات الحكومية المسلحين يومين للخروج من مدينة زبيد قبل بدء الهجوم عليها."):
        assert _kinds(text, published="2024-09-20") == [], (text, _kinds(text, published="2024-09-20"))


def test_what_came_before_a_start_stays_an_event():
    text = "الحديدة - وكالات\nقبل بدء الهجوم البري، شنت طائرات التحالف غارات مكثفة على مدينة زبيد فجر اليوم."
    kinds = _kinds(text, published="2018-06-13")
    assert [t for t, _ in kinds] == ["Air/drone strike"], kinds
