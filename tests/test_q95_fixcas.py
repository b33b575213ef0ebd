"""Fix round q95-fixcas (stop 34): a revised toll that says why it rose. "ثم ارتفعت الحصيلة إلى 12 بعد وفاة جريحين":
the risen figure stands for the kind the clause before counted; the wounded who died are among it, no count of
their own (before, the casualty words of the reason kept the old figure and sometimes counted the dead as wounded)."""
from __future__ import annotations

from helpers import records_at

records = records_at("2023-06-10")


def _tolls(rs):
    return [(r.sub_event_type, r.fatalities, r.injured) for r in rs]


def test_a_toll_risen_after_two_wounded_died():
    rs = records("إدلب - قصفت طائرات حربية سوق بلدة كفرنبل ظهر السبت، وأعلن الدفاع المدني في البداية مقتل تسعة "
                 "مدنيين، ثم ارتفعت الحصيلة إلى 12 بعد وفاة جريحين، إضافة إلى أكثر من 30 مصاباً.")
    assert rs and rs[0].fatalities == 12 and rs[0].injured == 31, _tolls(rs)


def test_a_bare_number_word_risen_after_wounded_died_in_hospital():
    rs = records("حمص - سقطت قذائف على حي الوعر صباح الاثنين، ما أدى إلى مقتل أربعة مدنيين، ثم ارتفع العدد "
                 "إلى ستة بعد وفاة مصابين في المستشفى.")
    assert rs and rs[0].fatalities == 6 and rs[0].injured is None, _tolls(rs)


def test_a_toll_corrected_after_deaths_of_the_wounded():
    rs = records("صعدة - قصفت طائرات التحالف حفل زفاف في مديرية حرف سفيان، وأعلنت السلطات المحلية في البداية مقتل "
                 "20 شخصاً، ثم عدلت الحصيلة إلى 23 بعد وفاة ثلاثة مصابين.")
    assert rs and rs[0].fatalities == 23, _tolls(rs)


def test_the_death_noun_mawt_and_the_wounded_told_after():
    rs = records("شمال دارفور - قصفت طائرة مسيرة سوقاً شعبياً في مدينة الفاشر يوم الجمعة، وقالت مصادر طبية إن 11 "
                 "شخصاً قتلوا، ثم ارتفعت الحصيلة إلى 15 بعد موت أربعة مصابين، كما أصيب 25 آخرون.")
    assert rs and rs[0].fatalities == 15 and rs[0].injured == 25, _tolls(rs)


def test_a_single_death_of_a_woman_raises_the_toll():
    rs = records("سرت - استهدف قصف مدفعي حي الصابونية مساء السبت، وقتل طفلان، ثم ارتفعت الحصيلة إلى ثلاثة "
                 "بعد وفاة امرأة.")
    assert rs and rs[0].fatalities == 3, _tolls(rs)


def test_a_rise_for_another_reason_keeps_the_old_rule():
    # no death told after "بعد": the found bodies carry no casualty word, the bare figure was already the toll
    rs = records("حلب - انفجرت سيارة مفخخة في سوق مدينة عفرين عصر الثلاثاء، وأسفرت عن مقتل 8 أشخاص، ثم ارتفعت "
                 "الحصيلة إلى 10 بعد العثور على جثتين تحت الأنقاض.")
    assert rs and rs[0].fatalities == 10, _tolls(rs)


def test_a_price_that_rose_after_a_death_counts_no_one():
    rs = records("إدلب - قصفت طائرات حربية بلدة بنش، ما أدى إلى مقتل خمسة مدنيين، ثم ارتفع سعر الخبز إلى 500 ليرة "
                 "بعد وفاة التاجر.")
    assert rs and all(r.fatalities == 5 for r in rs), _tolls(rs)
