"""Precision round q81-actors (who did it and to whom, pooled over every gold set): each test is a
sentence written for it, not one of the sets'."""
from __future__ import annotations

from helpers import records_at


recs = records_at("2025-05-20")


def _at(rs, word):
    return [r for r in rs if r.location_text and word in r.location_text]


# 1. the side a force's strikes hit when the report names none (default_targets.tsv): the Saudi-led
#    coalition's in Yemen are the Houthis', Israel's in Syria after 8 December 2024 the government's
def test_coalition_strikes_in_yemen_that_name_no_target_hit_the_houthis():
    rs = recs("شنت طائرات التحالف بقيادة السعودية، فجر اليوم الاثنين، أربع غارات على منطقة الجراحي في "
              "محافظة الحديدة، بحسب مصادر محلية.", "2019-09-16")
    hit = _at(rs, "الجراحي")
    assert hit and hit[0].actor1 == "Saudi-led Coalition" and hit[0].actor2 == "Houthi Movement"


def test_israeli_strikes_in_syria_after_assad_hit_the_government():
    rs = recs("نفذ الطيران الحربي الإسرائيلي، ليل الاثنين، غارات على مطار الشعيرات العسكري في ريف حمص.")
    hit = [r for r in rs if r.sub_event_type == "Air/drone strike"]
    assert hit and hit[0].actor1 == "Israeli Forces" and hit[0].actor2 == "Syrian Government Forces"


def test_israeli_strikes_in_syria_before_the_fall_keep_no_default():   # (a guard: no row before that day)
    rs = recs("نفذ الطيران الحربي الإسرائيلي، ليل الاثنين، غارات على مطار الشعيرات العسكري في ريف حمص.",
              "2019-05-20")
    hit = [r for r in rs if r.sub_event_type == "Air/drone strike"]
    assert hit and hit[0].actor2 != "Syrian Government Forces"


def test_the_strikes_told_again_by_a_definite_noun_are_no_reply():
    # (the minister's "الضربات" with the government named after it is the same strikes, not the
    #  government's fire back: one strike on Damascus, not two)
    rs = recs("شنت طائرات حربية إسرائيلية، مساء اليوم الثلاثاء، غارات على مبنى وزارة الدفاع في دمشق، ما أدى "
              "إلى مقتل شخصين.\nوقال وزير الخارجية الإسرائيلي إن الضربات رسالة للحكومة السورية.")
    assert len([r for r in rs if r.sub_event_type == "Air/drone strike"]) == 1


# 2. the bare air force ("سلاح الجو") that no statement's voice claims is the air force of the report's
#    country (generic_actors.tsv @air_force), the LNA's in eastern Libya (army_regions.tsv)
def test_the_bare_air_force_over_benghazi_is_the_lna():
    rs = recs("وقال مصدر عسكري إن سلاح الجو شن ثلاث غارات على مواقع للجماعات المتطرفة في منطقة الصابري ببنغازي "
              "صباح اليوم الأحد.", "2016-03-13")
    hit = [r for r in rs if r.sub_event_type == "Air/drone strike"]
    assert hit and hit[0].actor1 == "Libyan National Army"


def test_the_bare_air_force_in_iraq_is_the_state():
    rs = recs("نفذ سلاح الجو ضربات على أوكار للإرهابيين في وادي حوران غربي الأنبار، ما أسفر عن تدمير مضافتين.",
              "2021-03-08")
    hit = [r for r in rs if r.sub_event_type == "Air/drone strike"]
    assert hit and hit[0].actor1 == "Iraqi Security Forces"


def test_the_bare_air_force_in_yemen_stays_unnamed():   # (a guard: several forces fly there)
    rs = recs("شن سلاح الجو غارات على مواقع في مديرية نهم شرقي صنعاء.", "2019-03-08")
    assert all(r.actor1 not in ("Military Forces of Yemen", "Houthi Movement") for r in rs)


def test_the_bare_air_force_in_western_libya_after_2014_stays_unidentified():   # (a guard)
    rs = recs("شن سلاح الجو غارات على مواقع في مدينة غريان فجر اليوم.", "2019-06-20")
    assert rs and rs[0].actor1 == "Unidentified Military Forces"


# 3. a weapon only one force used in a country at a time (weapon_owners.tsv rows with from/until): an
#    unclaimed suicide bombing in Iraq from April 2013 on is the Islamic State's
def test_an_unclaimed_suicide_bombing_in_iraq_is_the_islamic_states():
    rs = recs("فجر انتحاري يرتدي حزاماً ناسفاً نفسه وسط تجمع لعناصر الشرطة في مدينة الحلة، ما أدى إلى "
              "مقتل أربعة منهم.", "2016-05-03")
    hit = [r for r in rs if r.sub_event_type == "Suicide bomb"]
    assert hit and hit[0].actor1 == "Islamic State"


def test_a_suicide_bombing_in_iraq_before_the_islamic_state_stays_unidentified():   # (a guard)
    rs = recs("فجر انتحاري يرتدي حزاماً ناسفاً نفسه وسط تجمع لعناصر الشرطة في مدينة الحلة، ما أدى إلى "
              "مقتل أربعة منهم.", "2009-05-03")
    hit = [r for r in rs if r.sub_event_type == "Suicide bomb"]
    assert hit and hit[0].actor1 != "Islamic State"


# 4. the second side of "بين X و Y" told by a wording no row held: the rebel battalions ("الكتائب الثائرة") and
#    local fighters of no named force ("مقاتلين محليين")
def test_the_rebel_battalions_are_the_other_side_of_a_clash():
    rs = recs("دارت اشتباكات عنيفة بين القوات النظامية ومقاتلين من الكتائب الثائرة في حي الشعار بمدينة حلب.",
              "2012-09-03")
    hit = [r for r in rs if r.sub_event_type == "Armed clash"]
    assert hit and hit[0].actor1 == "Syrian Government Forces" and hit[0].actor2 == "Free Syrian Army"


def test_local_fighters_are_an_unidentified_other_side():
    rs = recs("اندلعت اشتباكات بين قوات النظام ومقاتلين محليين في بلدة طفس بريف درعا.", "2021-08-03")
    hit = [r for r in rs if r.sub_event_type == "Armed clash"]
    assert hit and hit[0].actor2 == "Unidentified Armed Group"
