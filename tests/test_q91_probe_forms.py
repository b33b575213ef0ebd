"""Round q91-probe-forms (stop 30): condemnations and diplomatic statements, press reviews, opinion columns.

- "فقد" opening a sentence after a question mark or a semicolon ("هل ...؟ فقد سيطرت الفصائل ..."، "...؛ فقد قصفت
  ...") is ف + قد, not "lost": the normalised text writes "?" and ";" (frames._BEFORE_SO_INDEED).
- A question line that tells something before its question (a clause past a short label, or a sentence) is
  no teaser headline (frames._TOLD_BEFORE_QUESTION).
- A statement's earlier attacks told after the event word ("في السابق"، "سابقاً"، a definite event noun with
  "السابقة"), a habit a side keeps (دأب) and one link of a chain ("حلقة في سلسلة") are no event of the day
  (discourse.tsv earlier, habitual).
- A body a press review relays ("نقلت صحيفة X عن خلية الإعلام الأمني أن ...") is no side (pipeline.
  _without_relayed_tellers); a comparison ("كما فعل بعد اغتيال ..."، "كما فعلت في X") is no event of the day
  (discourse.tsv compared).
- "لم يكن ... إلا" (was nothing but) affirms the event between (grammar_words nothing_but_be, nothing_but_except).

Sentences written for these tests (places, sides and numbers varied from the round's probes)."""
from __future__ import annotations

from helpers import records_at


def _places(published, text):
    return sorted(r.location_text for r in records_at(published)(text))


def test_so_indeed_after_a_question_or_a_semicolon():
    for published, text, where in (
        ("2016-12-14", "من كان يصدق أن تسقط تدمر مرة ثانية؟ فقد سيطر تنظيم داعش يوم الأحد على المدينة بعد انسحاب قوات "
                       "النظام منها.", "تدمر"),
        ("2024-07-03", "افتتاحية: من يوقف النزيف في سنار؟ اليوم جاء الجواب؛ فقد قصفت قوات الدعم السريع أمس سوق مدينة "
                       "سنجة بالمدفعية ما أوقع 11 قتيلاً.", "سنجة"),
    ):
        rs = records_at(published)(text)
        assert len(rs) == 1 and where in rs[0].location_text, (text, rs)


def test_question_line_after_a_told_clause_is_no_teaser():
    rs = records_at("2024-06-10")(
        "نددت الحكومة السودانية بقصف قوات الدعم السريع لمستشفى مدينة الضعين يوم الجمعة، وتساءلت في بيانها: "
        "أين المجتمع الدولي؟")
    assert len(rs) == 1 and "الضعين" in rs[0].location_text, rs
    # a question alone on its line stays a teaser headline
    assert records_at("2024-06-10")("هل تقصف قوات الدعم السريع مدينة الضعين؟") == []


def test_earlier_attacks_of_a_statement_are_no_events():
    for published, text, where in (
        ("2023-11-02", "أدانت منظمة هيومن رايتس ووتش الغارة الإسرائيلية على مخيم المغازي أمس، ودعت إلى التحقيق في "
                       "هذه الغارة وفي الغارات السابقة على مخيمي البريج والشاطئ.", "مخيم المغازي"),
        ("2024-09-22", "أدانت الخارجية السودانية قصف قوات الدعم السريع لمستشفى مدينة الأبيض يوم الجمعة، مشيرة إلى أن "
                       "الميليشيا قصفت في السابق مستشفيات في كادقلي والدلنج.", "الأبيض"),
        ("2022-04-12", "استنكرت الحكومة القصف الحوثي على حي الجحملية بمدينة تعز أمس، مؤكدة أن الجماعة دأبت على "
                       "استهداف الأحياء السكنية في المدينة.", "الجحملية"),
        ("2024-02-18", "دانت الخارجية اللبنانية الغارة الإسرائيلية على بلدة الغازية أمس، معتبرة أنها حلقة في سلسلة "
                       "استهداف المدنيين التي طالت بلدات يارون ورميش وعيترون.", "الغازية"),
    ):
        locs = _places(published, text)
        assert len(locs) == 1 and where in locs[0], (text, locs)


def test_the_previous_night_is_no_earlier_pattern():
    # "السابقة" after a time noun, not an event noun, is the time of the day's event
    rs = records_at("2024-02-19")("قصف الطيران الإسرائيلي خلال الليلة السابقة منزلاً في مخيم المغازي ما أدى إلى "
                                  "استشهاد خمسة فلسطينيين.")
    assert len(rs) == 1 and rs[0].fatalities == 5, rs


def test_nothing_but_affirms_the_event():
    rs = records_at("2024-02-24")(
        "رأي: لم يكن قصف السفينة في البحر الأحمر يوم الخميس، الذي أصاب اثنين من طاقمها، إلا حلقة جديدة في "
        "التصعيد الحوثي.")
    assert len(rs) == 1 and rs[0].injured == 2, rs


def test_earlier_attacks_told_after_the_days_event_lose_only_their_places():
    # the day's attack keeps its place and toll, the earlier attacks told in its later clause give no record
    rs = records_at("2023-07-10")(
        "نددت لجنة أطباء السودان بهجوم الدعم السريع على مدينة كوستي صباح السبت الذي قتل فيه خمسة مدنيين، وقالت إنه "
        "امتداد للهجمات السابقة على مدن الدويم وربك.")
    assert [r.location_text for r in rs] == ["مدينة كوستي"] and rs[0].fatalities == 5, rs


def test_relayed_teller_is_no_side():
    r = records_at("2024-02-09")(
        "نقلت وكالة الأنباء العراقية عن خلية الإعلام الأمني أن طائرة مسيرة استهدفت مقراً للحشد الشعبي في منطقة "
        "الجادرية ببغداد ظهر الخميس.")
    assert len(r) == 1 and r[0].actor1 != "Iraqi Security Forces", r
    # a force that tells of its own forces through the outlet stays their side
    r = records_at("2019-05-20")(
        "نقلت سانا عن الجيش السوري أن وحداته قصفت مواقع المسلحين في بلدة كفرنبودة أمس.")
    assert len(r) == 1 and r[0].actor1 == "Syrian Government Forces", r


def test_compared_deed_is_no_event():
    rs = records_at("2024-09-20")(
        "كلمة العدد: فهل يكتفي الحزب برد محدود كما فعل بعد اغتيال القيادي في الضاحية الجنوبية؟ أمس قصفت طائرات "
        "إسرائيلية بلدة الخيام ما أدى إلى مقتل ثلاثة مدنيين.")
    assert [r.location_text for r in rs] == ["بلدة الخيام"], rs
    rs = records_at("2024-05-01")("قصفت الطائرات الإسرائيلية مخيم المغازي أمس كما فعلت في مخيم البريج الشهر الماضي.")
    assert [r.location_text for r in rs] == ["مخيم المغازي"], rs
