"""How many were killed and injured: numbers, vague ranges, subsets and running totals."""
from __future__ import annotations

import pytest

import rasd

from helpers import one_at

PUB = "2017-06-20"


one = one_at(PUB)


def test_killed_and_injured_are_told_apart():
    r = one("قتل خمسة مدنيين وأصيب 12 آخرون بجروح في قصف مدفعي لقوات النظام على بلدة كفرنبل جنوب إدلب.")
    assert (r.fatalities, r.fatalities_low, r.fatalities_high) == (5, 5, 5)
    assert (r.injured, r.injured_low, r.injured_high) == (12, 12, 12)


def test_injured_only_leaves_fatalities_empty():
    r = one("أصيب ثلاثة مدنيين بجروح في قصف بقذائف الهاون على بلدة كفرنبل جنوب إدلب.")
    assert r.fatalities is None and r.fatalities_low is None
    assert r.injured == 3


def test_no_number_no_fatalities():
    r = one("قصفت قوات النظام بقذائف الهاون بلدة كفرنبل جنوب إدلب.")
    assert r.fatalities is None and r.injured is None


@pytest.mark.parametrize("phrase, best, low, high", [
    ("عشرات المدنيين", 10, 10, 99),
    ("العشرات من المدنيين", 10, 10, 99),
    ("مئات المدنيين", 100, 100, 999),
    ("عدد من المدنيين", 3, 3, 9),
    ("عدة مدنيين", 3, 3, 9),
    ("ما لا يقل عن 15 مدنياً", 15, 15, None),
    ("أكثر من 20 مدنياً", 21, 21, None),
    ("نحو 50 مدنياً", 50, 40, 60),
])
def test_vague_tolls_are_conservative_ranges(phrase, best, low, high):
    r = one(f"قتل {phrase} في غارات روسية على مدينة أريحا بريف إدلب.")
    assert (r.fatalities, r.fatalities_low, r.fatalities_high) == (best, low, high)


def test_vague_injured_range():
    r = one("أصيب عشرات المدنيين بجروح في غارات جوية على مدينة أريحا جنوب إدلب.")
    assert (r.injured, r.injured_low, r.injured_high) == (10, 10, 99)
    assert r.fatalities is None


@pytest.mark.parametrize("phrase, n", [
    ("قتيلين", 2),
    ("مدنيين اثنين", 2),
    ("طفل", 1),
    ("خمسة وعشرين مدنياً", 25),
    ("احد عشر مدنياً", 11),
])
def test_counts_written_as_words_and_duals(phrase, n):
    r = one(f"قصفت قوات النظام بقذائف الهاون بلدة كفرنبل جنوب إدلب، ما أدى لمقتل {phrase}.")
    assert r.fatalities == n


def test_subset_among_them_is_not_added():
    r = one("قتل 8 مدنيين بينهم 3 أطفال في غارة جوية على بلدة الهبيط جنوب إدلب.")
    assert r.fatalities == 8


def test_coordinated_counts_add_up():
    r = one("قتل سبعة عناصر من قوات النظام وخمسة عناصر من تنظيم داعش في اشتباكات بمحيط بلدة السخنة شرق حمص.")
    assert r.fatalities == 12


def test_running_total_replaces_and_is_not_added():
    r = one("قتل 5 مدنيين في قصف مدفعي لقوات النظام على بلدة كفرنبل صباح اليوم. "
            "وارتفع عدد القتلى جراء القصف على كفرنبل إلى 11 قتيلاً بينهم 4 أطفال.")
    assert r.fatalities == 11


def test_headline_and_body_toll_is_not_double_counted():
    r = one("مقتل 6 مدنيين بغارات روسية على مدينة أريحا جنوب إدلب\n"
            "قتل 6 مدنيين وأصيب آخرون بجروح في غارات شنتها طائرات حربية روسية على مدينة أريحا جنوب إدلب.")
    assert r.fatalities == 6


def test_captured_fighters_are_not_killed():
    r = one("أسرت قوات سوريا الديمقراطية 4 عناصر من تنظيم داعش خلال اشتباكات في بلدة هجين بريف دير الزور.")
    assert r.fatalities is None


def test_toll_of_fighters_is_not_civilian_targeting():
    r = one("قتل عنصران من قوات النظام وأصيب آخر في هجوم لتنظيم الدولة على حاجز في بلدة السخنة شرق حمص.")
    assert (r.fatalities, r.injured) == (2, 1)
    assert r.civilian_targeting is False
    assert r.actor1 == "Islamic State" and r.actor2 == "Syrian Government Forces"


def test_a_death_word_governs_a_singular_noun():
    # "مصرع جندي": the singular noun is the count; "وجرح آخر" is one more, injured
    r = one("هاجم مسلحون من تنظيم القاعدة نقطة للجيش في قرية المحفد، ما أدى إلى مصرع جندي وجرح آخر.")
    assert (r.fatalities, r.injured) == (1, 1)


def test_vague_injured_after_counted_dead_is_a_range():
    # the dead are told with a result verb; "وأصيب عدد آخر" is a vague count of the injured,
    # and "بينهم امرأة" is part of it, not the count
    r = one("قال ناشطون إن 4 مدنيين قتلوا وأصيب عدد آخر بينهم امرأة، جراء قصف مدفعي على بلدة كفرنبل.")
    assert r.fatalities == 4
    assert (r.injured, r.injured_low, r.injured_high) == (3, 3, 9)


def test_digits_in_latin_names_are_not_counts():
    r = one("قال مراسل شبكة SY24 إن 3 مدنيين قتلوا في قصف مدفعي على بلدة كفرنبل.")
    assert r.fatalities == 3


def test_plural_casualty_nouns_without_a_number_mean_at_least_two():
    r = one("قصفت قوات النظام بالمدفعية بلدة كفرنبل ما أدى لسقوط قتلى وجرحى.")
    assert (r.fatalities, r.fatalities_low, r.fatalities_high) == (2, 2, None)
    assert (r.injured, r.injured_low, r.injured_high) == (2, 2, None)
    # the definite "الجرحى" refers back to a count already told: it adds nothing
    r = one("قتل 5 مدنيين في قصف مدفعي على بلدة كفرنبل، وتم نقل الجرحى إلى المشافي.")
    assert r.fatalities == 5 and r.injured is None


def test_an_assassination_kills_one_and_a_definite_singular_is_one():
    r = one("اغتال مسلحون مجهولون قيادياً في فصيل محلي بإطلاق النار عليه في بلدة طفس.")
    assert r.fatalities == 1
    r = one("قتل المجند في قوات النظام إثر استهدافه بالرصاص من قبل مجهولين في بلدة الحراك.")
    assert r.fatalities == 1


def test_a_count_before_the_comma_takes_the_verb_after_it():
    r = one("أفاد ناشطون أن 4 مدنيين في قرية الحويز في سهل الغاب غرب حماة، استشهدوا بغارات روسية "
            "استهدفت أحياء القرية.")
    assert r.fatalities == 4 and r.location_text == "قرية الحويز"


def test_a_subset_of_an_unnumbered_count_is_its_floor():
    r = one("قتل 4 مدنيين وأصيب آخرون بجروح بينهم ثلاثة أطفال بغارات روسية على قرية الحويز.")
    assert r.fatalities == 4
    assert (r.injured, r.injured_low, r.injured_high) == (3, 3, None)


def test_no_news_of_casualties_is_no_count():
    r = one("قصف تنظيم داعش بالمدفعية حي الحميدية في مدينة دير الزور، دون أنباء عن سقوط ضحايا.")
    assert r.fatalities is None and r.injured is None


@pytest.mark.parametrize("text, killed, injured", [
    ("أفادت مصادر بأن قياديا من قسد قتل وأصيب اثنان بجروح بغارة مسيرة على قرية تل حجر.", 1, 2),
    ("قالت مصادر إن طفلا في الخامسة من عمره قتل وأصيب والديه بجروح إثر قصف مدفعي على قرية الشقب.", 1, 2),
    ("سقطت قذيفة هاون على منزل المواطن أحمد في قرية الشقب، مما أسفر عن مقتل زوجته.", 1, None),
    ('قالت شبكات محلية إن المجند في قوات النظام "أحمد محمد علي" قتل اليوم برصاص مجهولين في بلدة الحراك.', 1, None),
    ("قتل 15 شخصا في قصف مدفعي على بلدة الحراك.", 15, None),
])
def test_persons_without_numbers_count_themselves(text, killed, injured):
    r = one(text)
    assert (r.fatalities, r.injured) == (killed, injured)


def test_a_toll_for_several_places_goes_to_the_most_specific():
    records = rasd.extract("قتل طفل وأصيب اثنان إثر قصف مدفعي غربي مدينة تعز على منازل المواطنين في قرية "
                           "الشقب بمنطقة صبر.", published=PUB)
    by = {r.location_text: r for r in records}
    assert by["قرية الشقب"].fatalities == 1 and by["قرية الشقب"].injured == 2
    assert sum(r.fatalities or 0 for r in records) == 1


def test_a_rising_toll_counts_the_casualty_noun_it_names():
    r = one("أفادت مصادر طبية بارتفاع حصيلة ضحايا انفجار استهدف سوقاً في مدينة الباب إلى 18 شخصا "
            "فيما أصيب 45 آخرون بجروح.")
    assert (r.fatalities, r.injured) == (18, 45)


def test_a_toll_in_the_next_sentence_reaches_the_strike_past_a_mention_of_the_dead():
    records = rasd.extract('قتل 20 شخصاً في قصف بصواريخ أرض أرض نفذته قوات النظام على مدينة دوما. '
                           'وأفادت مصادر، أن "من بين القتلى 4 أطفال و6 نساء، وأن 20 شخصاً جرحوا في القصف".',
                           published=PUB)
    assert [(r.location_text, r.fatalities, r.injured) for r in records] == [("مدينة دوما", 20, 20)]


def test_an_enumeration_after_hum_is_part_of_the_count():
    r = one("قصفت قوات النظام قرية كفرسجنة، ما تسبب بمقتل سبعة مدنيين هم امرأة وستة من أطفالها.")
    assert r.fatalities == 7


def test_counts_of_both_sides_joined_by_wa_add_up_even_with_digits():
    r = one("وقتل في الاشتباكات 51 من جنود النظام و60 من مقاتلي التنظيم على أطراف مطار كويرس العسكري.")
    assert r.fatalities == 111


def test_the_toll_of_a_container_goes_to_the_one_place_named_inside_it():
    # the town is told first with the toll, then the roundabout in it; a third place (where
    # the victims were going) must not split the toll away from the roundabout
    records = rasd.extract(
        "قتل خمسة مدنيين اليوم في انفجار سيارة مفخخة في مدينة الباب بريف حلب الشرقي. وقال مصدر "
        "محلي إن السيارة انفجرت قرب دوار السنتر في مدينة الباب، واستهدفت مدنيين في طريقهم إلى مدينة منبج.",
        published="2018-03-02")
    assert [(r.location_text, r.fatalities) for r in records] == [("دوار السنتر", 5)]


def test_members_of_a_count_told_with_their_own_verb_and_cause_split_it():
    records = rasd.extract(
        "وفي ريف إدلب استشهد ثلاثة مواطنين هم رجل استشهد جراء انفجار لغم في بلدة سرمين، "
        "ورجلان استشهدا في قصف لقوات النظام على بلدة كفرنبل.", published="2018-03-02")
    assert {r.location_text: r.fatalities for r in records} == {"بلدة سرمين": 1, "بلدة كفرنبل": 2}
    # a member without a verb of its own stays inside the count
    records = rasd.extract("قتل خمسة مدنيين بينهم طفلان في قصف لقوات النظام على بلدة كفرنبل.",
                           published="2018-03-02")
    assert [r.fatalities for r in records] == [5]


@pytest.mark.parametrize("text, killed", [
    ("ومواطنة استشهدت في قصف لقوات النظام على بلدة كفرنبل.", 1),
    ("ومواطنتان استشهدتا في قصف لقوات النظام على بلدة كفرنبل.", 2),
    ("ورجلان قتلا في قصف لقوات النظام على بلدة كفرنبل.", 2),
])
def test_feminine_and_dual_persons_count_themselves(text, killed):
    assert [r.fatalities for r in rasd.extract(text, published="2018-03-02")] == [killed]


def test_a_killed_village_head_counts_one():
    records = rasd.extract("قتل مختار قرية الكرك الشرقي برصاص مسلحين مجهولين في ريف درعا.", published="2021-05-01")
    assert records and records[0].fatalities == 1


@pytest.mark.parametrize("sentence", [
    "ارتفع عدد قتلى الغارة الجوية على بلدة سرمين إلى 12 شخصاً بعد وفاة ثلاثة جرحى متأثرين بإصاباتهم.",
    "ارتفع عدد قتلى الغارة الجوية على بلدة سرمين إلى 12 شخصاً بعد وفاة اثنين من الجرحى.",
])
def test_wounded_who_died_are_not_counted_as_wounded(sentence):
    records = rasd.extract(sentence, published="2018-02-01")
    assert [(r.fatalities, r.injured) for r in records] == [(12, None)]


def test_a_massacre_committed_is_a_killing_with_its_toll():
    (r,) = rasd.extract("ارتكب تنظيم داعش مجزرة في قرية برخ بوطان جنوب مدينة عين العرب راح ضحيتها 23 مدنياً.",
                        published="2015-06-26")
    assert r.sub_event_type == "Attack" and r.actor1 == "Islamic State" and r.actor2 == "Civilians"
    assert r.fatalities == 23


def test_an_arrest_takes_no_toll_of_the_massacre_it_is_about():
    recs = rasd.extract("اعتقلت قوى الأمن الداخلي رجلاً متهماً بالمشاركة في مجزرة قرية الحولة التي راح "
                        "ضحيتها أكثر من مئة مدني.", published="2025-06-01")
    assert [r.sub_event_type for r in recs] == ["Arrests"]
    assert recs[0].fatalities is None


def test_a_long_subject_between_the_verb_and_its_count():
    # the force's name after the verb does not put the count out of the verb's reach
    (r,) = rasd.extract("أعدمت قوات النظام والميليشيات الإيرانية الموالية لها ميدانياً 40 مدنياً في حي "
                        "الصالحين.", published="2016-12-13")
    assert r.fatalities == 40 and r.actor2 == "Civilians"


def test_thousands_after_a_force_far_from_the_verb_are_not_a_toll():
    recs = rasd.extract("وجاء سقوط القتلى إثر إطلاق قوات الأمن النار على آلاف المحتجين في مدينة حماة.",
                        published="2011-06-04")
    assert all((r.fatalities or 0) < 1000 for r in recs)


def test_the_one_assassinated_is_one_killed():
    (r,) = rasd.extract("اغتيل قيادي سابق في فصائل المعارضة برصاص مجهولين في بلدة نوى.", published="2021-03-02")
    assert r.sub_event_type == "Attack" and r.fatalities == 1


@pytest.mark.parametrize("text, killed", [
    # a person noun joined by و to the count before it is more of the dead
    ("قتل 9 عناصر من الفصائل وضابطين من قوات النظام في اشتباكات على أطراف بلدة اللطامنة.", 11),
    ("قتل قائد الكتيبة ومرافقه بانفجار عبوة ناسفة على طريق بلدة الكرك الشرقي.", 2),
    ("قتلت امرأة وطفلاها بسقوط قذيفة على منزلهم في بلدة الحراك.", 3),
    ("قتل رجل وابنيه بسقوط قذيفة على منزلهم في بلدة الحراك.", 3),
    # ... but not when "بينهم" makes the persons part of the count already told
    ("قتل ستة مدنيين بينهم طفلان وامرأتان بقصف مدفعي على بلدة كفرزيتا.", 6),
    # ... nor across a new casualty verb
    ("قتل عنصران من الشرطة وأصيب ضابطان بهجوم مسلح على حاجز في بلدة الصنمين.", 2),
])
def test_persons_joined_by_and_add_up(text, killed):
    records = rasd.extract(text, published="2018-03-04")
    assert [r.fatalities for r in records] == [killed]


def test_a_toll_placed_only_by_the_dateline_goes_to_the_strike_it_resulted_from():
    records = rasd.extract("ريف حلب - أفاد ناشطون بسقوط عشرات القتلى، بينهم أطفال، جراء قصف جوي استهدف "
                           "بلدتي حريتان وعندان ظهر اليوم.", published="2016-11-20")
    # (one toll for a strike on two towns is told at the first)
    assert [(r.location_text, r.fatalities) for r in records] == [("حريتان", 10), ("عندان", None)]


def test_direct_hits_on_a_target_are_no_wounded():
    records = rasd.extract("أعلنت المقاومة استهداف تجمع لجنود الاحتلال قرب بلدة كفرشوبا بالصواريخ وتحقيق إصابات "
                           "مباشرة.", published="2024-02-10")
    assert records and all(r.injured is None for r in records)
    # ... while wounded people still count
    records = rasd.extract("سقطت قذيفة على بلدة كفرشوبا وأوقعت إصابات بين المدنيين.", published="2024-02-10")
    assert [r.injured for r in records] == [2]


@pytest.mark.parametrize("text", [
    "قتل الرئيس السابق للمجلس المحلي بانفجار عبوة ناسفة في مدينة الباب.",
    "أعدم مسلحو التنظيم طياراً أسيراً في مدينة الميادين.",
])
def test_a_person_named_by_post_is_one_dead(text):
    assert [r.fatalities for r in rasd.extract(text, published="2016-05-05")] == [1]


@pytest.mark.parametrize("text, killed", [
    # each side's dead of one fight, told in two clauses, add up
    ("قتل 20 عنصراً من قوات النظام في هجوم شنته هيئة تحرير الشام على مواقعهم في بلدة كفرنبودة، فيما قتل "
     "9 من عناصر الهيئة خلال الاشتباكات.", 29),
    ("قتل 6 من عناصر قسد بهجوم لخلايا داعش على حاجز في بلدة الصور، بينما قتل 2 من مسلحي التنظيم.", 8),
    # the same side told twice is one toll, the larger
    ("قتل 20 عنصراً من قوات النظام في هجوم شنته هيئة تحرير الشام على مواقعهم في بلدة كفرنبودة، فيما قتل "
     "9 من عناصر قوات النظام خلال الاشتباكات.", 20),
])
def test_the_tolls_of_two_sides_of_one_fight_add_up(text, killed):
    records = rasd.extract(text, published="2019-05-22")
    assert [r.fatalities for r in records] == [killed]


def test_the_toll_of_a_strike_on_a_list_is_not_lost_with_the_region_it_was_told_in():
    # (the dateline's city is the list's first place here, and the region it is dropped as)
    records = rasd.extract("إدلب - شنت الطائرات الروسية غارات مكثفة، مستهدفة بلدات كفرنبل وحاس ومعرشورين بريف "
                           "إدلب الجنوبي، ما أدى لمقتل 9 مدنيين.", published="2019-06-01")
    assert [(r.location_text, r.fatalities) for r in records] == [
        ("كفرنبل", 9), ("حاس", None), ("معرشورين", None)]


def test_a_toll_told_at_one_place_of_a_list_goes_to_that_place():
    records = rasd.extract("قصفت قوات النظام بقذائف المدفعية بلدات كفرنبل وحاس وكفرومة، ما أدى لمقتل طفلين في بلدة "
                           "حاس.", published="2019-06-01")
    assert [(r.location_text, r.fatalities) for r in records] == [("كفرنبل", None), ("حاس", 2), ("كفرومة", None)]


def test_a_deputy_named_by_post_is_one_more_dead():
    records = rasd.extract("قتل قائد اللواء ونائب قائد العمليات في غارة بطائرة مسيرة قرب مدينة القائم.",
                           published="2020-01-03")
    assert [r.fatalities for r in records] == [2]


@pytest.mark.parametrize("text", [
    "سقط 25 شخصاً بين قتيل وجريح بقصف مدفعي على سوق بلدة الأتارب.",
    "وقال شهود إن عشرات المدنيين سقطوا ما بين قتيل وجريح بقصف على مدينة أجدابيا.",
])
def test_dead_and_wounded_counted_together_give_neither_count(text):
    # "بين قتيل وجريح": one count for both kinds; the singular nouns inside it count nobody
    for r in rasd.extract(text, published="2016-03-02"):
        assert r.fatalities is None and r.injured is None


def test_an_interpreter_joined_to_the_soldiers_adds_up():
    rec, = rasd.extract("قتل جنديان أمريكيان ومترجم مدني في هجوم على دورية قرب مدينة تدمر.", published="2025-12-14")
    assert rec.fatalities == 3


def test_what_a_count_is_made_of_adds_nothing():
    rec, = rasd.extract("قتل 120 شخصاً بين مدنيين وعسكريين في هجوم تنظيم داعش على مدينة الرمادي.",
                        published="2015-05-17")
    assert rec.fatalities == 120


@pytest.mark.parametrize("text, killed, injured", [
    ("قتل 3 من أفراد طاقم سفينة شحن إثر إصابتها بصاروخ باليستي أطلقه الحوثيون في خليج عدن.", 3, None),
    ("قتل مدني بعد إصابته بشظايا قذيفة في بلدة الكرك الشرقي.", 1, None),
])
def test_how_the_counted_were_hit_is_no_more_wounded(text, killed, injured):
    rec, = rasd.extract(text, published="2024-03-06")
    assert (rec.fatalities, rec.injured) == (killed, injured)


def test_family_words_with_a_dual_or_feminine_pronoun_are_persons():
    rec, = rasd.extract("قتل طفلان وأصيبت والدتهما بجروح جراء انفجار لغم أرضي في بلدة الحراك.", published="2018-05-14")
    assert (rec.fatalities, rec.injured) == (2, 1)
