"""Round q89-sides (stop 28): which side is which in a fight.

- The side after an attack noun ("هجوم(اً) لـ X"، "هجوم واسع لـ X"، "هجوم للجيش") attacked: actor1 of the
  clash, wherever the side that held it off stands (role_words.tsv, agent rows after "بهجوم").
- "بين فصائل/كتائب/المتمردين/المسلحين/ميليشيا X وY": the name after the collective noun is the first side
  and Y the other (role_words.tsv, between rows).

Sentences written for these tests (names, places and numbers varied from any report)."""
from __future__ import annotations

from helpers import one_at

one = one_at("2018-04-16")


def test_the_side_after_an_attack_noun_attacked():
    for text, a1, a2 in (
        ("تكريت - قال مصدر أمني إن القوات العراقية صدت هجوماً لعناصر داعش على قرية المزرعة شرق تكريت "
         "صباح اليوم، وقتل أربعة من المهاجمين.", "Islamic State", "Iraqi Security Forces"),
        ("مأرب - قال مصدر ميداني إن قوات الجيش والمقاومة تصدت لهجوم عنيف للحوثيين على جبهة الكسارة "
         "فجر اليوم.", "Houthi Movement", "Military Forces of Yemen"),
        ("الخرطوم - قالت مصادر محلية إن قوات الدعم السريع تصدت لهجوم للجيش على مواقعها في حي المنشية "
         "صباح اليوم.", "Sudanese Armed Forces", "Rapid Support Forces"),
        ("تعز - أفشلت قوات الجيش الوطني هجوما واسعا للحوثيين على مواقعها في جبل صبر اليوم.",
         "Houthi Movement", "Military Forces of Yemen"),
    ):
        r = one(text)
        assert (r.sub_event_type, r.actor1, r.actor2) == ("Armed clash", a1, a2), (text, r)


def test_a_side_after_a_collective_noun_is_the_first_side_between():
    for text, a1, a2 in (
        ("عدن - دارت اشتباكات عنيفة بين المتمردين الحوثيين ومسلحي المقاومة الشعبية في حي الشيخ عثمان اليوم.",
         "Houthi Movement", "Popular Resistance"),
        ("طرابلس - تجددت الاشتباكات اليوم بين كتائب فجر ليبيا وكتائب الزنتان في منطقة ورشفانة.",
         "Libya Dawn", "Zintan Brigades"),
        ("تعز - اندلعت مواجهات اليوم بين المسلحين الحوثيين وقوات الجيش في منطقة الأقروض.",
         "Houthi Movement", "Military Forces of Yemen"),
    ):
        r = one(text)
        assert (r.sub_event_type, r.actor1, r.actor2) == ("Armed clash", a1, a2), (text, r)


def test_ranks_are_no_side_between():
    # "بين صفوف الحوثيين": among their ranks, the side hit (the strike's target), not a fight's side
    r = one("صعدة - سقط قتلى بين صفوف الحوثيين في غارات للتحالف على مديرية رازح اليوم.")
    assert (r.sub_event_type, r.actor1, r.actor2) == ("Air/drone strike", "Saudi-led Coalition", "Houthi Movement")


def test_forces_loyal_to_saleh_are_the_army_while_he_ruled_then_his_loyalists():
    # (actors.tsv @saleh_forces, resolved by the event's date in generic_actors.tsv)
    r = one("صنعاء - تجددت الاشتباكات اليوم في حي النهضة بين القوات الموالية لصالح ومسلحين قبليين، وقتل خمسة.",
            published="2011-10-03")
    assert (r.sub_event_type, r.actor1) == ("Armed clash", "Military Forces of Yemen"), r
    r = one("إب - قصفت قوات موالية للرئيس علي عبد الله صالح حي المشنة، ما أدى إلى مقتل مدنيين اثنين.",
            published="2011-11-12")
    assert (r.sub_event_type, r.actor1, r.actor2) == (
        "Shelling/artillery/missile attack", "Military Forces of Yemen", "Civilians"), r
    r = one("تعز - دارت اشتباكات اليوم بين المقاومة الشعبية وقوات موالية للرئيس السابق علي عبدالله صالح في حي الدمغة.",
            published="2015-07-21")
    assert (r.sub_event_type, r.actor1, r.actor2) == ("Armed clash", "Popular Resistance", "Saleh Loyalists"), r


def test_sheikh_al_ahmars_armed_men_are_the_al_ahmar_tribal_militia():
    # (actors.tsv: "مسلحين من أنصار الشيخ صادق الأحمر"، "مسلحين قبليين موالين للشيخ ..."، "مسلحو الشيخ حميد الأحمر")
    r = one("صنعاء - تجددت المواجهات اليوم في حي النهضة بين قوات الحرس الجمهوري ومسلحين من أنصار الشيخ صادق الأحمر.",
            published="2011-06-03")
    assert (r.sub_event_type, r.actor1, r.actor2) == ("Armed clash", "Military Forces of Yemen", "Al-Ahmar Tribal Militia"), r
    r = one("صنعاء - هاجم مسلحو الشيخ حميد الأحمر موقعاً للحرس الجمهوري في منطقة الصمع شمال العاصمة اليوم.",
            published="2011-09-30")
    assert (r.actor1, r.actor2) == ("Al-Ahmar Tribal Militia", "Military Forces of Yemen"), r
