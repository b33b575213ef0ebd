"""Round q87-fix14r: misses and field errors of holdout14 that are general faults."""
import rasd


def _recs(text, published="2023-05-10"):
    return [(r.sub_event_type, r.location_text, r.actor1, r.actor2, r.fatalities)
            for r in rasd.extract(text, published=published)]


# a strike's toll told as its object: a commander by post and name, then "واثنين من مرافقيه" joined by و,
# with the verb's subject (the strike or the drone) between the verb and the commander

def test_strike_kills_commander_and_two_escorts():
    recs = _recs("قتلت غارة إسرائيلية القيادي في حركة حماس يحيى فارس واثنين من مرافقيه في حي الشجاعية.")
    assert [r[4] for r in recs] == [3]


def test_air_strike_kills_commander_and_three_escorts():
    recs = _recs("قتلت ضربة جوية أمريكية القيادي في حركة الشباب أحمد علي وثلاثة من مرافقيه قرب مدينة جلب.")
    assert [r[4] for r in recs] == [4]


def test_strike_kills_commander_and_his_guards():
    recs = _recs("قتلت غارة تركية القيادي في حزب العمال الكردستاني جميل باير واثنين من حراسه في قضاء سنجار.")
    assert [r[4] for r in recs] == [3]


def test_drone_kills_commander_and_escorts():
    recs = _recs("قتلت طائرة مسيرة إسرائيلية القيادي في حركة حماس يحيى فارس واثنين من مرافقيه في حي الشجاعية.")
    assert [r[4] for r in recs] == [3]


# a coalition communique's "tactical units" of a side are what was hit: the side after them is no striker

def test_tactical_units_of_a_side_were_hit():
    recs = _recs("قرب الموصل، تم تنفيذ 4 ضربات استهدفت وحدتين تكتيكيتين لداعش.")
    assert len(recs) == 1
    assert recs[0][2] != "Islamic State" and recs[0][3] == "Islamic State"


def test_one_tactical_unit_of_a_side_was_hit():
    recs = _recs("قرب الحويجة، تم تنفيذ ثلاث ضربات استهدفت وحدة تكتيكية لداعش.")
    assert len(recs) == 1
    assert recs[0][2] != "Islamic State" and recs[0][3] == "Islamic State"


def test_communique_items_keep_the_coalition_as_striker():
    text = ("نفذت قوات التحالف أمس 7 ضربات في العراق:\n"
            "- قرب تلعفر، تم تنفيذ 5 ضربات استهدفت وحدات تكتيكية لداعش.")
    recs = _recs(text)
    assert [(r[2], r[3]) for r in recs] == [("International Coalition", "Islamic State")]


# a live blog's raised toll "of the attack on X" is the toll of the event told before, whatever its kind,
# not a fight of its own at X

def test_raised_toll_of_attack_retells_the_suicide_bombing():
    text = ("08:20 — انتحاري يفجر نفسه داخل سوق شعبي في قضاء طوزخورماتو، ومصادر في الشرطة: مقتل 9 بينهم نساء.\n\n"
            "10:05 — تحديث: ارتفعت حصيلة هجوم طوزخورماتو إلى 14 قتيلاً وفق مصدر في دائرة الصحة.")
    recs = _recs(text)
    assert [(r[0], r[4]) for r in recs] == [("Suicide bomb", 14)]


def test_raised_toll_of_victims_of_attack_retells_the_bombing():
    text = ("فجر انتحاري حزامه الناسف وسط تجمع للمصلين في مسجد ببلدة المقدادية صباح اليوم، ما أدى إلى مقتل 7 أشخاص.\n\n"
            "وارتفعت حصيلة ضحايا هجوم المقدادية لاحقاً إلى 12 قتيلاً و20 جريحاً.")
    recs = _recs(text)
    assert [(r[0], r[4]) for r in recs] == [("Suicide bomb", 12)]


def test_raised_toll_of_strikes_on_the_city_reaches_the_quarter_struck():
    text = ("🔴 11:40 — الدفاع المدني: غارات جوية استهدفت حي القصور في مدينة حماة، ما أسفر عن مقتل 5 مدنيين وإصابة 10.\n\n"
            "🔴 13:05 — تحديث: ارتفعت حصيلة غارات حماة إلى 8 قتلى.")
    recs = _recs(text)
    assert [(r[1], r[4]) for r in recs] == [("حي القصور", 8)]


def test_raised_toll_of_shelling_on_the_city_reaches_the_quarter_shelled():
    text = ("قصفت قوات النظام بقذائف الهاون حي الشعار في مدينة حلب ظهر اليوم، ما أدى إلى مقتل 3 مدنيين وإصابة 8.\n\n"
            "وفي المساء، ارتفعت حصيلة قصف حلب إلى 6 قتلى بعد وفاة ثلاثة من الجرحى.")
    recs = _recs(text)
    assert [(r[1], r[4]) for r in recs] == [("حي الشعار", 6)]


# "بعد أيام من X ... يوم الثلاثاء": the earlier event carries its own weekday, told in its clause; nothing to count
# back from (as a date with digits or one in its relative clause)

def _dates(text, published):
    return [(r.sub_event_type, str(r.event_date)) for r in rasd.extract(text, published=published)]


def test_weekday_of_the_earlier_storming_dates_it():
    recs = _dates("وتأتي الغارة بعد أيام من اقتحام محتجين مقر القنصلية التركية في البصرة يوم الثلاثاء.", "2020-01-03")
    assert recs == [("Violent demonstration", "2019-12-31")]


def test_weekday_of_the_earlier_storming_sunday():
    recs = _dates("وجاء الهجوم بعد أيام من اقتحام متظاهرين مبنى المحافظة في الناصرية يوم الأحد.", "2020-01-03")
    assert recs == [("Violent demonstration", "2019-12-29")]


def test_weekday_of_the_earlier_rocket_attack_dates_it():
    recs = _dates("وتأتي الضربات بعد يومين من هجوم صاروخي على قاعدة عين الأسد يوم الأربعاء أسفر عن إصابة جنديين.",
                  "2020-01-03")
    assert [d for _, d in recs] == ["2020-01-01"]
