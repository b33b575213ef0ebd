"""Lead's round, stop 23: how long a control had lasted, told as a span before it, is no take-over.

Sentences written for these tests (names, places and numbers varied from any report)."""
from __future__ import annotations

from helpers import records_at

records = records_at("2016-11-02")

_TAKEN = ("Government regains territory", "Non-state actor overtakes territory", "Non-violent transfer of territory")


def _taken(text: str) -> list[tuple[str, str, str | None]]:
    return sorted((r.sub_event_type, r.location_text, r.actor1) for r in records(text)
                  if r.sub_event_type in _TAKEN)


def test_the_years_a_control_lasted_are_no_take_over_by_the_side_that_held_it():
    text = ("أعلنت القوات العراقية اليوم تحرير مركز قضاء القيارة جنوبي الموصل، "
            "بعد عامين من سيطرة تنظيم داعش عليه.")
    taken = _taken(text)
    assert [t for t, _, _ in taken] == ["Government regains territory"], taken


def test_the_months_of_control_told_without_a_regain_are_no_event():
    text = "عاد مئات النازحين إلى بلدة الشرقاط بعد أربعة أشهر من السيطرة عليها من قبل المسلحين."
    assert _taken(text) == [], _taken(text)
    text = "وتعيش قرية الحود أوضاعاً صعبة بعد ثلاثة أعوام من سيطرة المسلحين عليها."
    assert _taken(text) == [], _taken(text)


def test_a_take_over_after_months_of_fighting_is_still_the_days_event():
    # the span here is the fighting's, the control word is a verb of its own clause
    text = "وبعد أشهر من القصف سيطرت قوات الجيش اليوم على ناحية حمام العليل."
    taken = _taken(text)
    assert [t for t, _, _ in taken] == ["Government regains territory"], taken


def test_sides_joined_after_a_take_over_verb_took_it_together():
    # verb first, then two sides joined by و: both are its subject, neither lost the place
    for text in ("سيطر الجيش التركي وفصائل الجيش الوطني اليوم على قرية ميدانكي شمال عفرين.",
                 "استعادت القوات العراقية ومقاتلو العشائر السيطرة على حي الملعب في الرمادي.",
                 "واصلت القوات التركية وفصائل الجيش الوطني تقدمها، وسيطرت على قرية بلبل."):
        got = [(r.actor1, r.actor2) for r in records(text) if r.sub_event_type in _TAKEN]
        assert got, text
        for a1, a2 in got:
            assert a2 not in ("Syrian National Army", "Unidentified Tribal Militia (Iraq)"), (text, a1, a2)


def test_a_demolition_told_before_other_events_is_kept():
    # the blown-up house is found past its subject; other event words later in the report
    # must not drop it
    text = ("فجر مسلحو التنظيم منزلين لعنصرين في الشرطة في قرية البو حمدان، "
            "وفي مدينة هيت أعدم التنظيم ثلاثة شبان رمياً بالرصاص.")
    kinds = {r.sub_event_type for r in records(text)}
    assert "Looting/property destruction" in kinds, kinds
    text = ("فجرت ميليشيا الحوثي ثلاثة منازل لمواطنين في مديرية أرحب. "
            "وخرج المئات في مظاهرة في مدينة تعز.")
    kinds = {r.sub_event_type for r in records(text)}
    assert "Looting/property destruction" in kinds, kinds


def test_a_definite_plural_joined_by_waw_before_a_nationality_is_an_ally():
    # "قوات X والميليشيات الروسية": the militias are the first side's allies, not whom it fought,
    # and they do not take the state's place as the taker
    for text in ("تمكنت قوات النظام والميليشيات الإيرانية من التقدم والسيطرة على قرية تل ملح.",
                 "سيطرت قوات الأسد والميليشيات الروسية على قرية الجبين."):
        got = [(r.sub_event_type, r.actor1, r.actor2) for r in records(text) if r.sub_event_type in _TAKEN]
        assert got == [("Government regains territory", "Syrian Government Forces", None)], (text, got)


def test_by_way_of_names_no_road():
    text = "قتل جنديان بقصف مدفعي عن طريق الخطأ استهدف نقطة عسكرية قرب بلدة تادف."
    places = [r.location_text for r in records(text)]
    assert places and not any("طريق" in p for p in places), places
    text = "وصلت شحنة أسلحة للمسلحين عن طريق البحر، فيما قصفت الطائرات ميناء مدينة الخمس."
    places = [r.location_text for r in records(text)]
    assert not any("طريق" in p for p in places), places


def test_soldiers_named_by_a_plural_of_their_nationality_are_that_nations_forces():
    for text, nation in (("قتل جنديان أمريكيان بقصف صاروخي على قاعدة قرب مدينة الحسكة.",
                          "Military Forces of the United States"),
                         ("أصيب أربعة جنود أتراك بانفجار عبوة ناسفة استهدفت دوريتهم قرب بلدة أريحا.", "Turkish Forces"),
                         ("سقطت قذائف على نقطة عسكرية قرب بلدة الميادين، ما أدى إلى مقتل ثلاثة جنود روس.",
                          "Russian Forces")):
        got = [(r.actor1, r.actor2) for r in records(text)]
        assert got and all(a2 == nation and a1 != nation for a1, a2 in got), (text, got)


def test_ascended_counts_the_dead():
    text = "ارتقى ستة مدنيين بينهم امرأتان جراء قصف مدفعي استهدف بلدة كفرنبل."
    got = [(r.sub_event_type, r.fatalities) for r in records(text)]
    assert got == [("Shelling/artillery/missile attack", 6)], got


def test_took_the_lives_of_and_departed_life_count_the_dead():
    for text, n in (("أودى قصف مدفعي على بلدة معرشورين بحياة خمسة مدنيين.", 5),
                    ("فارق الحياة أربعة مدنيين متأثرين بإصاباتهم جراء غارة جوية على بلدة حيش.", 4)):
        got = [r.fatalities for r in records(text)]
        assert got == [n], (text, got)


def test_a_place_coming_under_fire_today_is_the_days_event():
    for text in ("تتعرض بلدة معرزيتا منذ صباح اليوم لقصف صاروخي عنيف من قوات النظام.",
                 "تتعرض مدينة أريحا لقصف مدفعي مكثف، ما أدى لإصابة خمسة مدنيين بجروح."):
        got = [r.sub_event_type for r in records(text)]
        assert got == ["Shelling/artillery/missile attack"], (text, got)


def test_coming_under_fire_as_a_habit_or_a_campaign_is_no_event():
    for text in ("تتعرض بلدة معرزيتا يومياً لقصف صاروخي من قوات النظام.",
                 "تتعرض قرى جبل الزاوية لحملة قصف مدفعي منذ 3 أيلول الماضي، أسفرت عن مقتل أكثر من 80 مدنياً."):
        got = [(r.sub_event_type, r.event_date) for r in records(text)]
        assert got == [], (text, got)


def test_gazetteer_names_are_in_the_arabic_alphabet():
    from rasd.geo.names import in_arabic_alphabet, written_in_arabic
    assert in_arabic_alphabet("مریوان")          # Persian ی folds to ي: Arabic text can write it
    assert not written_in_arabic("مریوان") and written_in_arabic("مريوان")
    for junk in ("qۇds", "tەlەʿfەr", "msratہ", "mwsڵ"):
        assert not in_arabic_alphabet(junk), junk


def test_force_at_a_sit_in_the_gazetteer_does_not_know_is_at_the_datelines_town():
    text = ("أم درمان - وكالات\n"
            "فضت قوات الأمن بالقوة فجر اليوم اعتصاماً أمام مقر قيادة المنطقة العسكرية، ما أدى لمقتل سبعة من المعتصمين.")
    got = [(r.sub_event_type, r.location) for r in records(text)]
    assert got == [("Excessive force against protesters", "Omdurman")], got


def test_soldiers_a_base_hosts_are_the_side_struck_not_the_striker():
    text = ("أطلقت فصائل عراقية مسلحة صواريخ على قاعدة حرير الجوية شمال أربيل التي تستضيف جنوداً أمريكيين، "
            "دون وقوع إصابات.")
    got = [(r.actor1, r.actor2) for r in records(text)]
    assert got and all(a1 != "Military Forces of the United States" and a2 == "Military Forces of the United States"
                       for a1, a2 in got), got
