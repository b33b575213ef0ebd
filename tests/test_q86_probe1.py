"""Probe round q86-probe1: missed events and event-type errors.

Sentences written for these tests (names, places and numbers varied from any report and probe)."""
from __future__ import annotations

from helpers import records_at

records = records_at("2022-10-12")


def _types(text: str, published: str | None = None) -> list[tuple[str, str, str | None, str | None]]:
    rs = records(text, published=published) if published else records(text)
    return sorted((r.sub_event_type, r.location_text, r.actor1, r.actor2) for r in rs)


# stones and fire bombs thrown at soldiers: rioting, the soldiers the other side

def test_stones_thrown_at_soldiers_are_a_violent_demonstration():
    text = ("رام الله - وفا\nرشق شبان جنود الاحتلال بالحجارة عند المدخل الشمالي لبلدة سلواد، "
            "وأطلق الجنود قنابل الصوت باتجاههم.")
    got = _types(text)
    assert [(t, a1, a2) for t, _, a1, a2 in got] == [("Violent demonstration", "Rioters", "Israeli Forces")], got


def test_fire_bombs_thrown_at_a_patrol_are_a_violent_demonstration():
    text = "جنين - وفا\nألقى شبان زجاجات حارقة على دورية لقوات الاحتلال قرب بلدة قباطية."
    got = _types(text)
    assert [t for t, *_ in got] == ["Violent demonstration"], got
    assert got[0][2] == "Rioters", got


def test_settlers_stoning_cars_attack_the_people_in_them():
    text = "نابلس - وفا\nرشق مستوطنون مركبات الفلسطينيين بالحجارة قرب قرية الساوية جنوب نابلس."
    got = _types(text)
    assert [(t, a1) for t, _, a1, _ in got] == [("Attack", "Israeli Settlers")], got


def test_stones_beside_a_burning_by_no_protesters_stay_a_destruction():
    text = "نابلس - وفا\n- قرية مادما: إحراق منزلين وثلاث مركبات ورشق بالحجارة، دون إصابات."
    got = _types(text)
    assert [t for t, *_ in got] == ["Looting/property destruction"], got


# a crowd that went out for a grievance protested

def test_crowds_going_out_to_condemn_are_a_protest():
    text = ("صنعاء - سبأ\nخرجت حشود غفيرة عقب صلاة الجمعة في ميدان التحرير بمدينة ذمار "
            "تنديداً بالحصار.")
    got = _types(text)
    assert [t for t, *_ in got] == ["Peaceful protest"], got


def test_thousands_coming_down_to_reject_are_a_protest():
    text = "الخرطوم - وكالات\nنزل الآلاف إلى شوارع مدينة ود مدني رفضاً لزيادة أسعار الوقود."
    got = _types(text)
    assert [t for t, *_ in got] == ["Peaceful protest"], got


def test_an_official_coming_out_to_condemn_is_no_protest():
    text = "مأرب - وكالات\nخرج محافظ المحافظة في مؤتمر صحفي منددا بالقصف على مدينة حريب."
    assert [t for t, *_ in _types(text)] != ["Peaceful protest"], _types(text)
    text = "الكوت - وكالات\nخرجت قوات الأمن من ناحية الأحرار بعد أن طالبت العشائر بانسحابها."
    assert "Peaceful protest" not in [t for t, *_ in _types(text)], _types(text)


# a place still outside a side's control is no take-over

def test_a_city_still_outside_a_sides_control_is_no_take_over():
    text = ("الأبيض - وكالات\nوتسيطر قوات الدعم السريع على معظم ولاية غرب كردفان، "
            "ولا تزال مدينة بابنوسة خارج سيطرتها.")
    assert not [t for t, *_ in _types(text) if "territory" in t], _types(text)


# guns destroyed are what a strike hit, not a shelling

def test_mortars_destroyed_by_air_strikes_are_no_shelling():
    text = ("الرقة - وكالات\nشن طيران التحالف الدولي غارات على مواقع للتنظيم في حي المشلب، "
            "قال إنها دمرت مدفعي هاون وعربة مدرعة.")
    got = [t for t, *_ in _types(text)]
    assert got == ["Air/drone strike"], got


# a place received from a side that withdrew is a non-violent transfer

def test_a_place_received_after_the_other_side_withdrew_is_a_transfer():
    text = ("كركوك - وكالات\nتسلمت قوات الشرطة الاتحادية ناحية دبس بعد انسحاب قوات البيشمركة منها.")
    got = _types(text)
    assert [(t, a2) for t, _, _, a2 in got] == [("Non-violent transfer of territory", "Peshmerga")], got


def test_pay_received_is_no_transfer():
    text = ("بغداد - وكالات\nفجر انتحاري حزامه الناسف وسط عناصر من الصحوة أثناء تسلمهم رواتبهم "
            "في منطقة اللطيفية.")
    assert not [t for t, *_ in _types(text) if "territory" in t], _types(text)


# trees cut or uprooted are property destroyed

def test_olive_trees_cut_by_settlers_are_a_destruction():
    text = "سلفيت - وفا\nقطع مستوطنون عشرات أشجار الزيتون في أراضي قرية ياسوف شرق سلفيت."
    got = _types(text)
    assert [(t, a1) for t, _, a1, _ in got] == [("Looting/property destruction", "Israeli Settlers")], got
    text = "بيت لحم - وفا\nاقتلعت جرافات الاحتلال نحو 200 شتلة زيتون في بلدة تقوع."
    assert [t for t, *_ in _types(text)] == ["Looting/property destruction"], _types(text)


def test_trees_as_a_place_are_no_destruction():
    text = "إدلب - وكالات\nاختبأ المسلحون بين أشجار الزيتون قرب بلدة معرة مصرين."
    assert _types(text) == [], _types(text)


# the air defence named in a camp's name is the camp's unit, not the defences meeting a strike

def test_an_attack_on_an_air_defence_camp_is_a_clash():
    text = ("سبها - وكالات\nقتل ثمانية جنود، الخميس، في هجوم على معسكر الدفاع الجوي "
            "في منطقة تمنهنت.")
    got = _types(text, published="2019-05-10")
    assert [t for t, *_ in got] == ["Armed clash"], got


# a tank a claim says was struck is the target, the anti-tank round the weapon: a fight, no shelling

def test_a_tank_struck_by_an_anti_tank_round_is_a_clash():
    text = ("خان يونس - وكالات\nأعلنت سرايا القدس استهداف دبابة ميركافا بقذيفة تاندوم "
            "في منطقة معن شرق خان يونس.")
    got = _types(text, published="2024-02-20")
    assert [(t, a2) for t, _, _, a2 in got] == [("Armed clash", "Israeli Forces")], got
    text = ("غزة - وكالات\nاستهدف مقاتلو القسام ناقلة جند بقذيفة الياسين 105 في حي الشيخ رضوان.")
    got = _types(text, published="2024-02-20")
    assert [t for t, *_ in got] == ["Armed clash"], got


def test_a_tank_that_fired_is_still_a_shelling():
    text = "صور - وكالات\nأطلقت دبابة ميركافا إسرائيلية قذائفها على أطراف بلدة يارين."
    got = _types(text, published="2024-02-20")
    assert [t for t, *_ in got] == ["Shelling/artillery/missile attack"], got
    text = "غزة - وكالات\nاستهدفت دبابات الاحتلال منازل المواطنين في حي الصبرة."
    got = _types(text, published="2024-02-20")
    assert [t for t, *_ in got] == ["Shelling/artillery/missile attack"], got


# troops landed from helicopters raid on the ground: no air strike

def test_an_airborne_raid_is_no_air_strike():
    text = ("دير الزور - وكالات\nقتل خمسة مدنيين في عملية إنزال جوي نفذتها قوات خاصة "
            "على قرية الطيانة شرق دير الزور.")
    got = [t for t, *_ in _types(text, published="2019-06-10")]
    assert got and "Air/drone strike" not in got, got


# an ordinary word that is also a town's name, bare

def test_good_news_is_no_place():
    text = ("الأبيض - وكالات\nتزف قوات الدعم السريع بشرى السيطرة على مدينة أم صميمة "
            "صباح اليوم بعد معارك مع الجيش.")
    places = {loc for _, loc, _, _ in _types(text, published="2025-04-20")}
    assert not any("بشر" in p for p in places), places


# a claim of a strike on a post across the border "with the appropriate weapons" is a missile attack

def test_a_post_struck_with_the_appropriate_weapons_is_a_missile_attack():
    text = ("بيروت - وكالات\nأعلنت المقاومة الإسلامية أن مجاهديها استهدفوا تجمعاً لجنود العدو "
            "في محيط ثكنة هونين بالأسلحة المناسبة.")
    got = [t for t, *_ in _types(text, published="2024-03-02")]
    assert got == ["Shelling/artillery/missile attack"], got


# a correspondent named in the dateline line is based there, not at the first town of the next line

def test_a_dateline_correspondent_does_not_take_the_first_town_of_a_list():
    text = ("حاصبيا - مراسلنا\nتعرضت أطراف بلدات كفرحمام وراشيا الفخار والماري لقصف مدفعي إسرائيلي.")
    places = sorted(loc for _, loc, _, _ in _types(text, published="2024-03-02"))
    assert any("كفرحمام" in p for p in places), places
    text = "X - وكالات\nوقال مراسلنا إن أطراف بلدات كفرحمام وراشيا الفخار تعرضت لقصف مدفعي."
    places = sorted(loc for _, loc, _, _ in _types(text, published="2024-03-02"))
    assert any("كفرحمام" in p for p in places), places


# a fight "in the area between X and Y" happened where the event just told did

def test_a_fight_in_the_area_between_two_sides_takes_the_place_just_told():
    text = ("لحج - وكالات\nتعرضت قاعدة العند الجوية لغارات مكثفة، واندلعت اشتباكات في المنطقة "
            "بين قوات الجيش ومسلحي الحوثي.")
    got = _types(text, published="2015-03-28")
    assert "Armed clash" in [t for t, *_ in got], got


# an aircraft that flew over struck nothing: neither the shells told before it nor the places it flew over

def test_an_overflight_makes_no_air_strike_of_shells_and_no_event_where_it_flew():
    text = ("صور - وكالات\nسقطت قذائف مدفعية على أطراف بلدتي علما الشعب والضهيرة، "
            "كما حلقت مسيرة معادية فوق بنت جبيل وعيترون طوال الليل.")
    got = _types(text, published="2024-01-25")
    assert {t for t, *_ in got} == {"Shelling/artillery/missile attack"}, got
    assert not any("جبيل" in loc or "عيترون" in loc for _, loc, _, _ in got), got


# blowing up told by نسف, and a shrine blown up, are property destroyed

def test_residential_blocks_blown_up_are_a_destruction():
    text = "خان يونس - وكالات\nنسف جيش الاحتلال مباني سكنية في حي الأمل غرب مدينة خان يونس."
    got = _types(text, published="2024-03-05")
    assert [t for t, *_ in got] == ["Looting/property destruction"], got


def test_a_shrine_blown_up_is_a_destruction():
    text = "الموصل - وكالات\nأقدم عناصر التنظيم على تفجير ضريح النبي شيت في الجانب الأيمن من الموصل."
    got = _types(text, published="2014-07-25")
    assert [t for t, *_ in got] == ["Looting/property destruction"], got


def test_a_crowd_that_organised_a_stand_for_a_grievance_protested():
    text = "سنار - وكالات\nنظم مئات المواطنين وقفة أمام مقر الولاية رفضاً لانقطاع المياه."
    got = _types(text, published="2023-05-20")
    assert [t for t, *_ in got] == ["Peaceful protest"], got


# the place an advance heads for was not taken

def test_the_place_an_advance_heads_for_is_no_take_over():
    text = ("الخرطوم - وكالات\nأعلن الجيش أنه بسط سيطرته على حي الشجرة بعد معارك عنيفة، "
            "وأنه يواصل التقدم نحو منطقة جبرة.")
    got = _types(text, published="2024-06-20")
    taken = sorted(loc for t, loc, _, _ in got if "territory" in t)
    assert taken and not any("جبرة" in p for p in taken), got


# fire traded with the attackers of a base is a fight

def test_fire_traded_with_the_attackers_of_a_base_is_a_clash():
    text = ("الأبيض - وكالات\nتعرض مقر الفرقة الخامسة مشاة في مدينة الأبيض لهجوم مساء الثلاثاء، "
            "وتبادلت القوة الموجودة فيه إطلاق النار مع المهاجمين.")
    got = [t for t, *_ in _types(text, published="2024-06-20")]
    assert "Armed clash" in got and "Attack" not in got, got


# an organisation's attack on a village whose dead are people, no armed side named, is an attack on them

def test_an_attack_on_a_village_whose_dead_are_people_is_an_attack():
    text = ("ديالى - وكالات\nشن مسلحو داعش هجوماً على قرية الهواشم مساء أمس، ما أسفر عن مقتل "
            "ستة أشخاص.")
    got = _types(text, published="2021-11-05")
    assert [(t, a2) for t, _, _, a2 in got] == [("Attack", "Civilians")], got
    text = ("ديالى - وكالات\nشن مسلحو داعش هجوماً على قرية الهواشم مساء أمس، ما أسفر عن مقتل "
            "ستة من عناصر الحشد الشعبي.")
    assert [t for t, *_ in _types(text, published="2021-11-05")] == ["Armed clash"], _types(text)


# the day a funeral is told on is the funeral's, the attack's own day told after its word is the attack's

def test_a_funeral_day_is_not_the_attacks_day():
    text = ("ديالى - وكالات\nشيع أهالي ناحية جلولاء، أمس الخميس، جثامين ضحايا الهجوم الذي شنه "
            "مسلحو داعش مساء الأربعاء على قرية الحاوي، والذي راح ضحيته خمسة أشخاص.")
    rs = records(text, published="2021-11-12")
    attacks = [r for r in rs if r.sub_event_type == "Attack"]
    assert attacks and all(str(r.event_date) == "2021-11-10" for r in attacks), \
        [(r.sub_event_type, r.location_text, r.event_date) for r in rs]


def test_a_related_links_line_tells_no_event():
    text = ("صيدا - وكالات\nشنت مسيرة إسرائيلية غارة على سيارة في بلدة الغازية، من دون إصابات.\n"
            "روابط ذات صلة: تشييع شهداء في بلدة عدلون | أحوال الطقس")
    got = _types(text, published="2024-02-10")
    assert not any("عدلون" in loc for _, loc, _, _ in got), got
