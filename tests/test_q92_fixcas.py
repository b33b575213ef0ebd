"""Fix round q92-fixcas (stop 31): casualty figures. A toll told as "وكانت الحصيلة ..." is the toll of the event just
told, no past-perfect background; a clause that raises or corrects the toll just told ("ثم ارتفعت الحصيلة إلى عشرة"،
"ثم صُحّحت إلى تسعة") counts its bare figure as the kind the clause before counted."""
from __future__ import annotations

from helpers import records_at

records = records_at("2022-03-20")


def _tolls(rs):
    return [(r.sub_event_type, r.fatalities, r.injured) for r in rs]


def test_the_toll_was_sentence_counts_for_the_event_before():
    rs = records("الموصل - انفجرت سيارة مفخخة في سوق بلدة تلعفر. وكانت الحصيلة ستة قتلى و20 جريحاً.")
    assert rs and rs[0].fatalities == 6 and rs[0].injured == 20, _tolls(rs)


def test_the_first_toll_then_a_corrected_bare_figure():
    rs = records("الموصل - انفجرت سيارة مفخخة في سوق بلدة تلعفر. كانت الحصيلة الأولى التي أعلنتها الشرطة ستة قتلى، "
                 "ثم صُحّحت إلى تسعة بينهم طفلان، و20 جريحاً.")
    assert rs and rs[0].fatalities == 9 and rs[0].injured == 20, _tolls(rs)


def test_a_toll_risen_to_a_bare_number_word_in_the_evening():
    rs = records("حلب - قصفت طائرات حربية سوقاً شعبياً في بلدة الأتارب ظهر اليوم. وأعلن الدفاع المدني في البداية "
                 "مقتل خمسة مدنيين، ثم ارتفعت الحصيلة مساءً إلى سبعة، إضافة إلى 18 جريحاً.")
    assert rs and rs[0].fatalities == 7 and rs[0].injured == 18, _tolls(rs)


def test_the_wounded_risen_to_a_bare_figure():
    rs = records("تعز - قصفت مدفعية الحوثيين سوق مدينة المخا، ما أسفر عن إصابة سبعة مدنيين، ثم ارتفع العدد إلى 11.")
    assert rs and rs[0].injured == 11, _tolls(rs)


def test_a_figure_corrected_by_the_ministry():
    rs = records("بنغازي - اندلعت اشتباكات في حي الصابري بين مجموعتين مسلحتين، وقتل خمسة أشخاص، "
                 "ثم عدلت وزارة الصحة الرقم إلى سبعة.")
    assert rs and rs[0].fatalities == 7, _tolls(rs)


def test_a_pluperfect_toll_of_a_stretch_stays_background():
    rs = records("غزة - أصابت غارة إسرائيلية منزلاً في حي الزيتون وقتلت ثلاثة أشخاص. "
                 "وكانت الحصيلة قد بلغت منذ بدء التصعيد 80 قتيلاً.")
    assert rs and all(r.fatalities == 3 for r in rs), _tolls(rs)


def test_a_price_that_rose_counts_no_one():
    rs = records("درعا - هاجم مسلحون حاجزاً لقوات النظام في بلدة المزيريب وقتلوا عنصرين، "
                 "ثم ارتفع سعر الخبز في البلدة إلى 500 ليرة.")
    assert rs and all(r.fatalities == 2 for r in rs), _tolls(rs)


def test_a_toll_foreseen_is_no_figure():
    rs = records("كركوك - استهدف هجوم بقذائف الهاون قرية في قضاء الدبس، ما أدى إلى مقتل مزارعين اثنين، "
                 "ثم قد ترتفع الحصيلة إلى أكثر من ذلك.")
    assert rs and all(r.fatalities == 2 for r in rs), _tolls(rs)


def test_a_price_risen_right_after_the_verb_counts_no_one():
    rs = records("درعا - هاجم مسلحون حاجزاً لقوات النظام في بلدة المزيريب وقتلوا عنصرين، ثم ارتفع سعر الخبز إلى 500 ليرة.")
    assert rs and all(r.fatalities == 2 for r in rs), _tolls(rs)
