"""Coverage round q84-sudan: Sudan's places and armed groups the gazetteer and the lexicon lacked.

Each test is a sentence written for it, naming other members of the class than the written sets do
(places: data/gazetteer/curated/places_q84-sudan.tsv; names that are also words: common_words.tsv).
"""
from __future__ import annotations

import rasd


def recs(text: str, published: str = "2024-06-15"):
    return rasd.extract(text, published=published)


def one(text: str, published: str = "2024-06-15"):
    rs = recs(text, published)
    assert rs, text
    return rs[0]


# 1. quarters of Omdurman and Khartoum North, on their city's point (precision 2)
def test_old_quarters_of_omdurman():
    r = one("سقطت ثلاث قذائف على حي أبو روف في أم درمان وقتل فيها طفلان.")
    assert r.location == "Omdurman - Abu Rouf" and r.admin1 == "Khartoum" and r.geo_precision == 2
    r = one("أصيب سبعة مدنيين في قصف مدفعي طال حي القماير بأم درمان مساء الاثنين.")
    assert r.location == "Omdurman - Al-Qamayer"


def test_a_quarter_that_is_also_a_word_needs_its_cue():
    r = one("قتل أربعة مواطنين في قصف على حي الملازمين بأم درمان.")
    assert r.location == "Omdurman - Al-Mulazmin"
    # "الملازمين" without a cue is the officers, no quarter
    rs = recs("قتل اثنان من الملازمين في كمين نصبه مسلحون على طريق الأبيض.")
    assert all("Mulazmin" not in (r.location or "") for r in rs)


def test_quarters_of_khartoum_north():
    r = one("شن الطيران الحربي غارات على تجمعات للدعم السريع في حي الدروشاب ببحري.")
    assert r.location == "Khartoum North - Al-Droshab" and r.admin1 == "Khartoum"
    r = one("قتل ثلاثة أشخاص برصاص قناصة في منطقة أم دريوة شمال بحري.")
    assert r.location == "Khartoum North - Um Dereiwa"


# 2. military sites of the capital
def test_the_engineers_corps_and_hattab_camp():
    r = one("هاجمت قوات الدعم السريع سلاح المهندسين جنوب أم درمان وصدها الجيش.")
    assert r.location.startswith("Engineers Corps headquarters") and r.admin1 == "Khartoum"
    r = one("هاجمت قوات الدعم السريع معسكر حطاب شرق الخرطوم بحري وصدها الجيش.")
    assert r.location == "Hattab Camp"


def test_the_general_command_only_after_a_cue():
    # the army's command as the author of a statement is no place
    rs = recs("قالت القيادة العامة للقوات المسلحة في بيان إن قواتها دمرت ثلاث عربات قتالية في بارا.")
    assert all("General Command" not in (r.location or "") for r in rs)


# 3. Darfur towns and camps
def test_darfur_camps_take_their_towns_point():
    r = one("اقتحم مسلحون معسكر كلمة للنازحين وقتلوا ستة من سكانه.")
    assert r.location == "Kalma camp" and r.admin1 == "South Darfur" and r.geo_precision == 2
    r = one("فر آلاف النازحين من معسكرات مورني بعد هجوم مسلحين على المدينة.")
    assert r.location == "Mornei" and r.admin1 == "West Darfur"


def test_north_and_east_darfur_towns():
    r = one("نهبت قوات الدعم السريع سوق مدينة الطويشة وأحرقت عشرات المتاجر.")
    assert r.location == "Al-Tawisha" and r.admin1 == "North Darfur"
    r = one("اندلعت اشتباكات بين الجيش والدعم السريع في بلدة شنقل طوباية جنوب الفاشر.")
    assert r.location == "Shangil Tobaya" and r.admin1 == "North Darfur"
    r = one("سيطرت قوات الدعم السريع على حقل نفط في بلدة أبو كارنكا.")
    assert r.location == "Abu Karinka" and r.admin1 == "East Darfur"


def test_salty_water_is_no_town():
    rs = recs("اضطر السكان إلى شرب المياه المالحة بعد أن قصفت المسيرات محطة المياه في مدينة كتم.")
    assert all("Malha" not in (r.location or "") for r in rs)


# 4. Kordofan's front towns
def test_kordofan_front_towns():
    r = one("استعاد الجيش السيطرة على بلدة كازقيل جنوب الأبيض بعد معارك مع الدعم السريع.")
    assert r.location == "Kazgil" and r.admin1 == "North Kordofan"
    r = one("قتل خمسة مدنيين في قصف بمسيرة على بلدة أبو كرشولا.")
    assert r.location == "Abu Karshola" and r.admin1 == "South Kordofan"
    r = one("اشتبك الجيش مع قوات الدعم السريع في قرية الفرشاية شمال الدلنج.")
    assert r.location == "Al-Farshaya" and r.admin1 == "South Kordofan"


# 5. Gezira
def test_gezira_town():
    r = one("اقتحمت قوات الدعم السريع مدينة ود الحداد ونهبت المحال التجارية.")
    assert r.location == "Wad al-Haddad" and r.admin1 == "Gezira"


# 6. armed groups of Sudan's wars under their own names (data/lexicon/actors.tsv, generic_actors.tsv)
def _sides(r):
    return {r.actor1, r.actor2}


def test_the_darfur_joint_force():
    r = one("صدت القوة المشتركة لحركات الكفاح المسلح هجوماً لقوات الدعم السريع على منطقة أم كدادة.", "2024-09-03")
    assert "Joint Force" in _sides(r) and "Rapid Support Forces" in _sides(r)
    # the plural is Sudan's joint force from the war of April 2023 on
    r = one("اشتبكت القوات المشتركة مع قوات الدعم السريع شرق مدينة مليط.", "2025-02-11")
    assert "Joint Force" in _sides(r)


def test_the_slm_factions_by_their_leaders():
    r = one("قالت حركة تحرير السودان جناح مناوي إن مقاتليها صدوا هجوماً على بلدة الطينة قرب الحدود.", "2024-10-20")
    assert "Sudan Liberation Movement-Minni Minawi" in _sides(r)
    r = one("اشتبكت قوات عبد الواحد مع مسلحين في منطقة طويلة وقتل ثلاثة منهم.", "2023-08-14")
    assert "Sudan Liberation Movement-Abdul Wahid" in _sides(r)


def test_the_armys_allies_and_the_rsf_by_its_commanders_name():
    r = one("قتل ستة من مقاتلي كتيبة البراء بن مالك في اشتباكات مع الدعم السريع غرب أم درمان.", "2024-03-02")
    assert "Al-Baraa bin Malik Battalion" in _sides(r)
    r = one("هاجمت قوات حميدتي قرية ود الحداد وقتلت تسعة من سكانها.", "2024-01-22")
    assert r.actor1 == "Rapid Support Forces"
    r = one("اشتبكت قوات الحلو مع الجيش قرب بلدة الدلنج وقتل أربعة جنود.", "2024-05-05")
    assert "SPLM-N" in _sides(r)


def test_sudans_police_by_its_names():
    r = one("أطلقت الشرطة السودانية الغاز المسيل للدموع على مئات المحتجين في مدينة سنار.", "2022-06-30")
    assert r.sub_event_type == "Protest with intervention" and r.actor2 == "Police Forces of Sudan"
    r = one("فرقت قوات الاحتياطي المركزي موكباً في مدينة الأبيض بالرصاص الحي وقتل متظاهران.", "2022-06-30")
    assert r.actor1 == "Police Forces of Sudan"
