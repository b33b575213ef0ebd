"""Fix round q87-fix15r (stop 26): misses and field errors behind holdout15 (Yemen, Sudan, Libya).

Sentences written for these tests (names, places and numbers varied from any report of the sets)."""
from __future__ import annotations

from helpers import records_at

records = records_at("2019-10-10")


def test_fell_him_dead_counts_the_one_named():
    # "فأرداه قتيلاً" (felled him dead) counted no one: the verb's pronoun is the victim, like وفاته
    for text, n in (
        ("أطلق مسلحون مجهولون النار على الشاب محمد علي في مدينة درنة فأردوه قتيلا.", 1),
        ("استهدفت رصاصة قناص الطفلة سارة في حي الصابوني بمدينة حمص فأردتها قتيلة.", 1),
        ("هاجم مسلحون حاجزا للشرطة في بلدة الكرمة وأطلقوا النار على شرطيين اثنين فأردوهما قتيلين.", 2),
        ("أطلق جندي النار على المزارع حسن يوسف قرب بلدة بيت أمر فأرداه قتيلاً.", 1),
    ):
        rows = records(text)
        assert rows and rows[0].fatalities == n, (text, [(r.sub_event_type, r.fatalities) for r in rows])


def test_colloquial_people_is_a_person_noun():
    # "٤ ناس ماتو" (Sudanese posts: 4 people died) counted no one: ناس was no person noun
    for text, n in (
        ("الدعامة ضربو حي الثورة في امدرمان بالمدفعية، ٧ ناس ماتو", 7),
        ("مسيرة ضربت سوق نيالا الكبير الصباح، ٥ ناس ماتو", 5),
        ("الطيران ضرب سوق مدينة الفاشر امبارح و9 ناس ماتو", 9),
    ):
        rows = records(text)
        assert rows and rows[0].fatalities == n, (text, [(r.sub_event_type, r.fatalities) for r in rows])


def test_a_medical_sources_town_is_where_the_dead_were_brought():
    # "وأفاد مصدر طبي في أجدابيا بمقتل ثلاثة من الثوار" after a clash at another town made a second clash at the
    # source's town; the toll belongs to the fight told before
    for text, where, n in (
        ("دارت اشتباكات بين قوات الحكومة والحوثيين في مديرية صرواح. وأفاد مصدر طبي في مأرب بمقتل خمسة جنود.",
         "صرواح", 5),
        ("اشتبك مقاتلو المعارضة مع قوات النظام على أطراف بلدة اللطامنة. وقالت مصادر طبية في مدينة إدلب إن أربعة "
         "مقاتلين قتلوا.", "اللطامنة", 4),
        ("قصفت قوات النظام بلدة كفرنبل. وقال مصدر طبي في معرة النعمان إن ثلاثة مدنيين قتلوا.", "كفرنبل", 3),
    ):
        rows = records(text)
        assert len(rows) == 1 and where in rows[0].location_text and rows[0].fatalities == n, \
            (text, [(r.location_text, r.fatalities) for r in rows])
    # (with no other place, the source's town stays the event's)
    rows = records("قال مصدر طبي في مدينة تعز إن ثلاثة مدنيين قتلوا في قصف للحوثيين.")
    assert rows and "تعز" in rows[0].location_text


def test_sudanese_were_killed_with_kaf():
    # "زولين اتكتلو" (Sudanese: two people were killed, ق said as ك) was no event and no toll
    for text, n in (
        ("الدعامة دخلو حي الدروشاب امبارح وزولين اتكتلو", 2),
        ("الجنجويد هجمو على قرية ود النورة و٣ اشخاص اتكتلو", 3),
        ("اتكتل شاب في سوق ليبيا بامدرمان امبارح", 1),
    ):
        rows = records(text)
        assert rows and rows[0].fatalities == n, (text, [(r.sub_event_type, r.fatalities) for r in rows])


def test_a_side_announces_its_seizure_with_the_verbal_noun():
    # "تعلن استيلاءها على ..." (announces its seizure of) was no take-over: only الاستيلاء was a cue
    for text, where, actor in (
        ("أعلنت هيئة تحرير الشام استيلاءها على بلدة كفرنبودة بعد معارك مع قوات النظام", "كفرنبودة",
         "Hayat Tahrir al-Sham"),
        ("وأعلن تنظيم داعش استيلاءه على مدينة تدمر", "تدمر", "Islamic State"),
    ):
        rows = [r for r in records(text) if r.sub_event_type == "Non-state actor overtakes territory"]
        assert rows and where in rows[0].location_text and rows[0].actor1 == actor, \
            (text, [(r.sub_event_type, r.location_text, r.actor1) for r in records(text)])
