"""Probe round q86-probe4: casualties and dates.

Sentences written for these tests (names, places and numbers varied from the probes and from any report)."""
from __future__ import annotations

from helpers import records_at

records = records_at("2022-03-10")


def _at(text: str, place: str, published: str = "2022-03-10"):
    got = [r for r in records(text, published=published) if place in r.location_text]
    assert got, [(r.sub_event_type, r.location_text) for r in records(text, published=published)]
    return got[0]


def test_injuries_counted_by_the_verbal_noun_after_a_number():
    # "98 إصابة": the Red Crescent's count of injuries
    text = "اقتحمت قوات الاحتلال بلدة عزون شرق قلقيلية، وأعلن الهلال الأحمر عن 23 إصابة خلال المواجهات."
    assert _at(text, "عزون").injured == 23
    text = "اقتحمت قوات الاحتلال مخيم العروب شمال الخليل، ما أدى إلى 41 إصابة بالاختناق."
    assert _at(text, "العروب").injured == 41


def test_shares_told_by_how_they_were_hit_are_part_of_the_count():
    text = "هاجم مستوطنون قرية اللبن الشرقية، ما أدى إلى 57 جريحاً بينهم 6 بالرصاص الحي و9 بالحجارة."
    assert _at(text, "اللبن").injured == 57
    text = "اقتحمت قوات الاحتلال بلدة قباطية. الهلال الأحمر: 64 إصابة بينها 8 بالرصاص المطاطي و2 بالرصاص الحي."
    assert _at(text, "قباطية").injured == 64


def test_an_ordinal_after_its_own_verb_is_one_more_past_a_number():
    text = "هاجم مسلحون نقطة للجيش في قرية الحويجة، ما أدى إلى مقتل جنديين اثنين وجرح ثالث."
    r = _at(text, "الحويجة")
    assert (r.fatalities, r.injured) == (2, 1)
    text = "أسفر هجوم لداعش على مخفر في ناحية الرياض عن استشهاد شرطيين اثنين وإصابة ثالث."
    r = _at(text, "الرياض")
    assert (r.fatalities, r.injured) == (2, 1)


def test_the_dead_told_as_the_predicate_of_a_definite_noun():
    text = ("فجر انتحاري سيارة مفخخة قرب حاجز للجيش في بلدة الشدادي، وقالت مصادر محلية "
            "إن القتلى ستة، بينهم ضابط.")
    assert _at(text, "الشدادي").fatalities == 6
    text = "قصفت طائرات حربية منزلاً في بلدة معرة مصرين، وأفاد الدفاع المدني بأن الجرحى أربعة."
    assert _at(text, "معرة مصرين").injured == 4


def test_the_first_day_of_a_running_tally_is_not_the_events_day():
    text = ("قتل سبعة أشخاص في غارة على بلدة النبطية الفوقا، ليرتفع عدد ضحايا الغارات منذ الأحد "
            "إلى أكثر من 300.")
    r = _at(text, "النبطية", published="2024-09-26")
    assert str(r.event_date) == "2024-09-26", r.event_date
    assert r.fatalities == 7
    # the same with the toll word "حصيلة": the sentence is the day's event, not a tally
    text = "استشهد أربعة مواطنين في قصف على حي الشجاعية، لترتفع حصيلة الشهداء منذ الخميس إلى 60 شهيداً."
    r = _at(text, "الشجاعية", published="2024-09-26")
    assert (str(r.event_date), r.fatalities) == ("2024-09-26", 4)


def test_a_running_total_alone_is_still_no_event():
    text = "ارتفع عدد القتلى جراء القصف على مدينة حرستا منذ مساء الأحد إلى 180."
    assert records(text) == []


def test_a_fight_renewed_on_a_day_is_that_days():
    text = ("تشهد جبهة حيس منذ أسبوع معارك متقطعة بين القوات المشتركة والحوثيين، وتجددت المواجهات "
            "فجر اليوم ما أدى لمقتل ثلاثة جنود.")
    r = _at(text, "حيس", published="2021-02-14")
    assert (str(r.event_date), r.fatalities) == ("2021-02-14", 3)
    text = ("وتشهد مدينة الكفرة منذ أيام اشتباكات متقطعة بين مسلحين من التبو وقوات الجيش، حيث تجددت "
            "الاشتباكات اليوم قرب المطار ما أدى إلى مقتل مسلحين اثنين.")
    assert str(_at(text, "الكفرة", published="2021-02-14").event_date) == "2021-02-14"
    # the days behind it are no record of their own, nor do they date the renewed fight back
    text = ("وتشهد مدينة الكفرة منذ أيام مواجهات متقطعة بين مسلحين من التبو وقوات الجيش، حيث تجددت "
            "الاشتباكات اليوم في محيط مستشفى الكفرة العام ما أدى إلى مقتل مسلحين اثنين.")
    got = records(text, published="2021-02-14")
    assert [str(r.event_date) for r in got] == ["2021-02-14"], [(r.location_text, r.event_date) for r in got]


def test_a_day_in_a_later_contrast_clause_is_that_clauses_event():
    text = ("قصفت مسيرة معادية بعد الظهر سيارة قرب بلدة عيترون، ما أدى إلى استشهاد شخص، بينما "
            "أفادت مصادر بأن غارة أخرى طالت منزلاً ليل أمس في بلدة كونين.")
    assert str(_at(text, "عيترون", published="2023-11-12").event_date) == "2023-11-12"
    assert str(_at(text, "كونين", published="2023-11-12").event_date) == "2023-11-11"
    # the same place on two days: two events, each with its own toll
    text = ("استهدفت مسيرة معادية بعد الظهر دراجة نارية قرب بلدة عيترون، ما أدى إلى استشهاد شخصين، فيما "
            "أفاد مراسلنا بأن سيارة تقل مدنيين تعرضت لغارة ليل أمس قرب بلدة عيترون، ما أدى إلى استشهاد "
            "امرأة وثلاث فتيات.")
    got = sorted((str(r.event_date), r.fatalities) for r in records(text, published="2023-11-12")
                 if "عيترون" in r.location_text)
    assert got == [("2023-11-11", 4), ("2023-11-12", 2)], got


def test_the_day_after_a_funeral_verb_is_the_funerals():
    text = ("شيع أهالي قرية العبارة أمس الخميس ضحايا الهجوم الذي شنه مسلحو داعش مساء الثلاثاء "
            "على القرية، والذي أسفر عن مقتل خمسة أشخاص.")
    assert str(_at(text, "العبارة", published="2021-11-05").event_date) == "2021-11-02"
    # the funeral's day set off by commas, the village told at length before it
    text = ("شيعت قرية الصدور التابعة لناحية جلولاء في محافظة ديالى، أمس الأربعاء، ضحايا الهجوم الذي "
            "شنه مسلحو داعش مساء الثلاثاء، والذي راح ضحيته 9 أشخاص.")
    assert str(_at(text, "الصدور", published="2021-10-28").event_date) == "2021-10-26"
    # ... and under a headline line
    text = ("جلولاء تودع ضحاياها\n"
            "شيع أهالي قرية الصدور، اليوم الخميس، ضحايا الهجوم الذي شنه مسلحو داعش ليل الثلاثاء، "
            "والذي أسفر عن مقتل أربعة أشخاص.")
    assert str(_at(text, "الصدور", published="2021-10-28").event_date) == "2021-10-26"


def test_a_toll_told_at_a_site_by_its_common_noun():
    text = ("قصفت طائرات الاحتلال حي التفاح ومخيم جباليا ومدرسة تؤوي نازحين في حي الدرج، ما أدى إلى "
            "استشهاد 11 شخصاً في المدرسة.")
    assert _at(text, "حي الدرج").fatalities == 11
    assert _at(text, "حي التفاح").fatalities is None


def test_the_bloodiest_of_them_is_no_past_perfect():
    text = ("انفجرت عبوات ناسفة في أحياء الحرية والشعب. وكان أشدها انفجار سيارة مفخخة قرب سوق "
            "شعبي في حي الكرادة أوقع 9 قتلى.")
    assert _at(text, "الكرادة", published="2014-03-02").fatalities == 9
    # a real past perfect is still the background
    text = "وكان التنظيم قد فجر سيارة مفخخة في حي الكرادة مطلع الشهر الماضي."
    assert records(text, published="2014-03-02") == []


def test_the_days_event_after_a_campaigns_running_toll():
    text = ("ومنذ بدء الحملة الجوية قبل شهرين، قتل أكثر من 600 مدني، بينما قتل اليوم أربعة مدنيين "
            "في غارات على بلدة معدان.")
    r = _at(text, "معدان", published="2017-06-03")
    assert (str(r.event_date), r.fatalities) == ("2017-06-03", 4)


def test_a_count_after_escorts_with_their_owners_pronoun_past_his_adjective():
    text = "قتل قيادي ميداني ومرافقوه الثلاثة في غارة لطائرة مسيرة على سيارتهم قرب مدينة صرواح."
    assert _at(text, "صرواح", published="2022-01-12").fatalities == 4
    text = "استشهدت امرأة فلسطينية وأطفالها الخمسة في غارة على منزلهم في بلدة جباليا."
    assert _at(text, "جباليا", published="2023-11-02").fatalities == 6


def test_the_day_set_off_before_that_with_the_tellers_pronoun_is_the_statements():
    text = ("أعلنت القوات المشتركة، اليوم الخميس، أنها صدت هجوماً حوثياً على مواقعها في جبهة الجراحي "
            "ليل الأربعاء.")
    assert str(_at(text, "الجراحي", published="2019-03-07").event_date) == "2019-03-06"


def test_a_separate_story_does_not_go_on_telling_the_day_before_it():
    text = ("اندلعت اشتباكات بين مسلحين محليين والأمن العام في بلدة القريا ليل الاثنين. وفي سياق آخر، "
            "أعلنت وزارة الداخلية القبض على خلية من فلول النظام في بلدة قطنا، دون تفاصيل.")
    assert str(_at(text, "قطنا", published="2025-05-07").event_date) == "2025-05-07"
    assert str(_at(text, "القريا", published="2025-05-07").event_date) == "2025-05-05"
    # a sentence that goes on with the same story still does
    text = ("اندلعت اشتباكات بين مسلحين محليين والأمن العام في بلدة القريا ليل الاثنين. واعتقلت قوات "
            "الأمن ثلاثة مطلوبين في بلدة قطنا.")
    assert str(_at(text, "قطنا", published="2025-05-07").event_date) == "2025-05-05"


def test_the_day_an_earlier_fight_is_told_in_its_relative_clause_is_not_counted_back():
    text = ("وفي مدينة شهبا، ساد هدوء حذر بعد يومين من الاشتباكات التي اندلعت ليل الأحد بين فصائل "
            "محلية وقوات الأمن العام.")
    assert str(_at(text, "شهبا", published="2025-05-06").event_date) == "2025-05-04"


def test_a_dated_background_strike_at_the_same_place_is_not_the_days():
    text = ("شن الطيران الإسرائيلي ليل الثلاثاء غارات على منطقة الغبيري. كما طالت الغارات حارة حريك "
            "وبرج البراجنة.\n\nخلفية: يأتي ذلك بعد أسبوعين من اغتيال قيادي في حزب الله في غارة على حارة "
            "حريك في 20 أيلول.")
    got = sorted(str(r.event_date) for r in records(text, published="2024-10-09") if "حريك" in r.location_text)
    assert got == ["2024-09-20", "2024-10-08"], got


def test_the_force_used_on_a_protest_is_of_the_day_of_the_shooting():
    text = ("البصرة - مراسلنا\nخرج المحتجون منذ السبت احتجاجاً على انقطاع الكهرباء. وأطلقت قوات الأمن "
            "الرصاص الحي على المحتجين قرب مبنى المحافظة ليلة الاثنين، ما أسفر عن مقتل متظاهرين اثنين.")
    got = [r for r in records(text, published="2018-07-17")
           if r.sub_event_type == "Excessive force against protesters"]
    assert [str(r.event_date) for r in got] == ["2018-07-16"], [(r.location_text, r.event_date) for r in got]


def test_a_toll_without_an_event_word_in_the_next_sentence_is_the_attacks():
    # the toll's "since Friday" is not the attack's day as told, yet it is that attack's toll
    text = ("بعد ثلاثة أيام من الهجوم الواسع الذي شنته قوات الدعم السريع على مخيم كلمة للنازحين، أعلنت "
            "القوات أمس الأحد سيطرتها الكاملة على المخيم. ووثقت غرفة طوارئ المخيم مقتل أكثر من 30 مدنياً "
            "منذ الجمعة.")
    got = [(r.actor1, r.fatalities) for r in records(text, published="2025-04-14") if r.sub_event_type == "Attack"]
    assert got == [("Rapid Support Forces", 31)], got


def test_the_dead_since_a_fight_broke_out_yesterday_are_that_fights():
    text = "قتل 27 مدنياً على الأقل منذ اندلاع الاشتباكات أمس بين الجيش والدعم السريع في مدينة نيالا."
    got = [(r.sub_event_type, str(r.event_date), r.fatalities) for r in records(text, published="2023-04-16")]
    assert got == [("Armed clash", "2023-04-15", 27)], got
    # since the war broke out on a dated day: a tally, no event
    text = "قتل أكثر من 400 شخص منذ اندلاع الاشتباكات في 15 أبريل بين الجيش والدعم السريع في مدينة نيالا."
    assert records(text, published="2023-05-16") == []
