"""Precision round q82-clauseplace: records placed at a place that belongs to another clause or sentence.

Sentences written for these tests (names, places and numbers varied from any report)."""
from __future__ import annotations

from helpers import records_at

records = records_at("2021-06-09")


def _kinds(text: str) -> list[tuple[str, str]]:
    return sorted((r.sub_event_type, r.location_text) for r in records(text))


def test_a_sentence_turning_to_the_next_news_borrows_no_place():
    # "إلى ذلك" turns to the next piece of news: the air strike on reinforcements on their way somewhere
    # is not at the front the shelling before was told at
    text = ("وفي جبهة الكسارة، قصفت مدفعية الجيش مواقع للمليشيا في منطقة الزور، محققة إصابات مباشرة. "
            "إلى ذلك، دمرت مقاتلات التحالف آليات للمليشيا كانت في طريقها نحو الجبهات.")
    kinds = _kinds(text)
    assert ("Shelling/artillery/missile attack", "منطقة الزور") in kinds, kinds
    assert not any(t == "Air/drone strike" for t, _ in kinds), kinds


def test_a_later_item_borrows_no_place():
    text = ("قصفت قوات الدعم السريع بالمدفعية حي الثورة في مدينة الفاشر، ما أدى إلى مقتل ثلاثة مدنيين. "
            "وفي وقت لاحق، أعلن الجيش التصدي لطائرة مسيرة بالمضادات الأرضية.")
    kinds = _kinds(text)
    assert ("Shelling/artillery/missile attack", "حي الثورة") in kinds, kinds
    assert not any(t == "Disrupted weapons use" for t, _ in kinds), kinds


def test_an_also_sentence_borrows_no_place():
    # "كما" adds another item of the report: arrests told with no place are not at the strikes' village
    text = ("قصف الطيران الحربي قرية الهبيط بريف إدلب الجنوبي، ما أدى إلى إصابة خمسة مدنيين. "
            "كما تم القبض على عدد من المطلوبين وسيتم تقديمهم للقضاء.")
    kinds = _kinds(text)
    assert ("Air/drone strike", "قرية الهبيط") in kinds, kinds
    assert not any(t == "Arrests" for t, _ in kinds), kinds


def test_the_next_item_of_a_list_borrows_no_place():
    # each line of a dated tally is an incident of its own: a sniper's shot at an unknown street is
    # not at the quarter of the line before
    text = ("وثق التقرير الانتهاكات التالية:\n"
            "- 12 مارس: مقتل امرأة بقذيفة هاون سقطت على منزلها في حي الجحملية وسط المدينة.\n"
            "- 15 مارس: مقتل شاب برصاص قناص في شارع العواضي أثناء عودته إلى منزله.\n")
    kinds = _kinds(text)
    assert ("Shelling/artillery/missile attack", "حي الجحملية") in kinds, kinds
    assert not any(t == "Attack" and "الجحمليه" in p.replace("ة", "ه") for t, p in kinds), kinds


def test_a_contrast_clause_at_a_place_of_its_own_borrows_none():
    # "فيما قصفت ... في Y": the shelling was at Y (a name the gazetteer lacks), not at the strike's X
    text = ("شن الطيران المسير غارات على آليات للمسلحين في منطقة الوشكة غربي سرت أمس، "
            "فيما قصفت المدفعية تمركزات القوة المساندة في قعيمش.")
    kinds = _kinds(text)
    assert ("Air/drone strike", "منطقة الوشكة") in kinds, kinds
    assert not any(t == "Shelling/artillery/missile attack" for t, _ in kinds), kinds


def test_guard_a_source_telling_more_keeps_the_place():
    # "وأضاف المصدر أن ..." tells more of the event before: the arrests are where the ambush was
    text = ("قتل ثلاثة من عناصر الشرطة في كمين نصبه مسلحون قرب قرية البوير في ريف حماة. "
            "وأضاف المصدر أن قوات الأمن أطلقت حملة تمشيط في المنطقة واعتقلت أربعة من المشتبه بهم.")
    kinds = _kinds(text)
    assert ("Arrests", "قرية البوير") in kinds, kinds


def test_guard_a_contrast_clause_without_a_place_keeps_it():
    # "فيما اختطفت عدداً من الشبان": no place of its own, the attack's village
    text = ("هاجمت قوات الدعم السريع قرية ود البشير في ولاية الجزيرة وأطلقت النار على السكان، "
            "ما أدى إلى مقتل تسعة أشخاص، فيما اختطفت عدداً من الشبان.")
    kinds = _kinds(text)
    assert ("Abduction/forced disappearance", "قرية ود البشير") in kinds, kinds


def test_guard_a_contrast_clause_at_places_read_keeps_them():
    # the force clause's places are read: the force is at them
    text = "خرجت أمس مظاهرات في عدة مدن سورية، فيما واجهت قوات الأمن المتظاهرين بالرصاص الحي، وقتلت شخصين، في حمص وحماة."
    kinds = _kinds(text)
    assert ("Excessive force against protesters", "حمص") in kinds, kinds
    assert ("Excessive force against protesters", "حماة") in kinds, kinds


def test_guard_a_toll_after_also_is_the_event_before():
    # "كما أصيب ..." counts more of the strike before: it keeps its place (and the strike its wounded)
    text = ("قصفت الطائرات الحربية بلدة معرشورين، ما أدى إلى مقتل أربعة مدنيين. "
            "كما أصيب سبعة آخرون بجروح متفاوتة.")
    recs = [r for r in records(text) if r.sub_event_type == "Air/drone strike"]
    assert [r.location_text for r in recs] == ["بلدة معرشورين"], recs
    assert recs[0].injured == 7, recs


def test_guard_arrests_after_a_storming_are_its_arrests():
    text = ("اقتحمت قوات الاحتلال بلدة يعبد جنوب غرب جنين فجر اليوم. "
            "كما اعتقلت القوات ستة شبان بعد مداهمة منازلهم.")
    kinds = _kinds(text)
    assert ("Arrests", "بلدة يعبد") in kinds, kinds
