"""Writes ../gold.jsonl. Coded by hand (blind); kept so the gold can be re-read and edited."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
N = "holdout20"

SGF = ["Syrian Government Forces", "Military Forces of Syria"]
RUS = ["Russian Forces", "Military Forces of Russia"]
HTS = ["Hayat Tahrir al-Sham", "Military Operations Command"]
DRUZE = ["Druze Militia"]
SDF = ["Syrian Democratic Forces"]
US = ["International Coalition", "Military Forces of the United States", "US Forces"]
IRM = ["Iranian-backed Militias"]
ISR = ["Israeli Forces", "Military Forces of Israel"]
SET = ["Israeli Settlers", "Settlers"]
HAM = ["Hamas Movement", "Hamas", "Al-Qassam Brigades"]
PIJ = ["Palestinian Islamic Jihad", "Al-Quds Brigades"]
EGY = ["Military Forces of Egypt", "Egyptian Armed Forces"]
EGP = ["Police Forces of Egypt", "Egyptian Police"]
IS = ["Islamic State", "Islamic State Sinai Province", "Wilayat Sinai"]
UAG = ["Unidentified Armed Group"]
CIV = ["Civilians"]
PRO = ["Protesters"]

def ev(sub, a1, a2, names, date, killed=None, injured=None, req=True, note=""):
    return {"sub_event_type": sub, "actor1": a1, "actor2": a2, "location": {"names": names},
            "killed": killed, "injured": injured, "required": req, "note": note, "date": date}

AIR = "Air/drone strike"; SHL = "Shelling/artillery/missile attack"; CLA = "Armed clash"
ATK = "Attack"; IED = "Remote explosive/landmine/IED"; ARR = "Arrests"; LPD = "Looting/property destruction"
NSO = "Non-state actor overtakes territory"; GRT = "Government regains territory"; NVT = "Non-violent transfer of territory"
EXF = "Excessive force against protesters"; PWI = "Protest with intervention"; PP = "Peaceful protest"
AGR = "Agreement"; DWU = "Disrupted weapons use"

docs = {}
# ---------------- Syria ----------------
docs["01"] = ("2025-04-30", [
    ev(CLA, SGF, DRUZE + ["Unidentified Armed Group"], ["أشرفية صحنايا", "الأشرفية", "طريق المعضمية", "Ashrafiyat Sahnaya", "Ashrafiyet Sahnaya", "Ashrafieh Sahnaya"],
       "2025-04-30", [4, None], [4, None], note="corrected toll 3->4 local dead (2+1 -> 3+1); other side unnumbered; injured 4 early, 'more than ten' later (may include mortar victims)"),
    ev(SHL, [], CIV, ["أشرفية صحنايا", "الأشرفية", "حارة البلدية", "Ashrafiyat Sahnaya", "Ashrafiyet Sahnaya"], "2025-04-30", None, None, req=False,
       note="mortars on the Baladiyeh quarter during the clash; a coder may fold it into the clash"),
    ev(AIR, ISR, UAG + SGF, ["صحنايا", "أطراف صحنايا", "Sahnaya", "Sahnaya outskirts"], "2025-04-30", None, None,
       note="drone hit a pickup; Israeli army says it struck an 'armed group attacking Druze'"),
    ev(SHL, [], CIV + DRUZE, ["صحنايا", "Sahnaya"], "2025-04-29", None, None, req=False,
       note="'yesterday two shells on Sahnaya' mentioned in passing"),
])
docs["02"] = ("2019-12-17", [
    ev(AIR, RUS, CIV, ["معرة النعمان", "المعرة", "Maarat al-Numan", "Maarat al-Nu'man", "Ma'arrat al-Nu'man"], "2019-12-17", [8, 8], [15, None],
       note="toll updated 6->8"),
    ev(AIR, SGF, CIV, ["تلمنس", "Talmenes", "Tell Mannas", "Talmenas"], "2019-12-17", [0, 0], [0, 0],
       note="helicopter barrel bombs; 'no injuries', houses destroyed"),
    ev(SHL, SGF, [], ["جرجناز", "Jarjanaz", "Jirjnaz"], "2019-12-17", None, None),
])
docs["03"] = ("2024-12-08", [
    ev(NSO, HTS, SGF, ["حمص", "مدينة حمص", "Homs", "حي الوعر", "Al-Waer"], ["2024-12-07", "2024-12-08"], None, None,
       note="Military Operations Command takes Homs; said twice"),
    ev(CLA, [], [], ["حمص", "دوار تدمر", "Homs"], ["2024-12-07", "2024-12-08"], None, None, req=False,
       note="'intermittent clashes near Palmyra roundabout' during the takeover"),
    ev(CLA, DRUZE + UAG, SGF, ["مطار خلخلة العسكري", "مطار خلخلة", "خلخلة", "Khalkhalah", "Khalkhalah airbase", "Khalkhala"], ["2024-12-07", "2024-12-08"], [17, 17], None,
       note="toll updated 12->17"),
    ev(NVT, SDF, SGF, ["دير الزور", "مدينة دير الزور", "Deir ez-Zor", "Deir al-Zour", "Dayr al-Zawr"], ["2024-12-07", "2024-12-08"], [0, 0], None,
       note="handed over 'without fighting'"),
    ev(AIR, ISR, SGF, ["مطار المزة العسكري", "مطار المزة", "المزة", "Mezzeh", "Mezzeh Military Airport", "Mezzeh airbase"], ["2024-12-07", "2024-12-08"], None, None),
    ev(NSO, HTS, SGF, ["حماة", "مدينة حماة", "Hama"], "2024-12-05", None, None, req=False,
       note="background: factions took Hama on Thursday; government source denies"),
])
docs["04"] = ("2019-05-19", [
    ev(AIR, HTS, RUS, ["حميميم", "قاعدة حميميم", "قاعدة حميميم الجوية", "Hmeimim", "Khmeimim", "Humaymim"], "2019-05-18", [0, 0], [0, 0], req=False,
       note="Russian claim of six drones shot down; opposition denies launching any"),
    ev(SHL, HTS + UAG, CIV, ["السقيلبية", "Suqaylabiyah", "Skeilbiyeh", "Al-Suqaylabiyah"], "2019-05-18", [2, 2], [5, 5],
       note="Russian reconciliation centre is the only source"),
    ev(AIR, RUS + SGF + ["Unidentified Military Forces"], [], ["كفرنبودة", "Kafr Nabudah", "Kafr Nabuda", "Kafranbuda"], "2019-05-18", None, None,
       note="Russian MoD denies strikes on populated areas"),
    ev(AIR, RUS + SGF + ["Unidentified Military Forces"], CIV, ["خان شيخون", "Khan Shaykhun", "Khan Sheikhoun"], "2019-05-18", [4, 4], None),
    ev(AIR, RUS + SGF + ["Unidentified Military Forces"], CIV, ["كفرزيتا", "Kafr Zita", "Kafrzita"], "2019-05-18", None, [7, 7]),
])
docs["05"] = ("2024-08-14", [
    ev(AIR, US, IRM, ["الميادين", "Mayadin", "Al-Mayadin"], ["2024-08-13", "2024-08-14"], None, None,
       note="CENTCOM; militias say empty depots, no casualties"),
    ev(AIR, US, IRM, ["البوكمال", "حي الكتف", "Abu Kamal", "Al-Bukamal", "Albu Kamal"], ["2024-08-13", "2024-08-14"], [0, 3], None,
       note="militia: no casualties; local network: 3 Fatemiyoun killed, 2 wounded"),
    ev(SHL, IRM, US, ["حقل كونيكو", "حقل كونيكو للغاز", "كونيكو", "Conoco", "Conoco gas field", "Koniko"], "2024-08-12", [0, 0], [0, 0],
       note="rockets fired from near Mrat; coded at the target"),
    ev(ARR, US + SDF, ["Islamic State"], ["الشدادي", "Al-Shaddadi", "Shaddadi", "Al-Shadadi"], ["2024-08-13", "2024-08-14"], [0, 0], [0, 0],
       note="joint raid, IS leader and three aides detained"),
])
docs["06"] = ("2023-10-08", [
    ev(SHL, SGF, CIV, ["سرمين", "سوق سرمين", "Sarmin", "Sarmeen"], "2023-10-07", [3, 3], [10, None]),
    ev(SHL, [], CIV, ["دارة عزة", "Darat Izza", "Daret Azza", "Darat Azza"], "2023-10-07", [1, 1], [2, 2],
       note="medic's account; shelling on the eastern quarter"),
    ev(AIR, RUS, [], ["أريحا", "Ariha", "Areeha"], "2023-10-08", None, None, note="'no information on injuries' is not 'no casualties'"),
    ev(SHL, [], [], ["جبل الزاوية", "Jabal al-Zawiya", "Jabal Zawiya"], ["2023-10-07", "2023-10-08"], None, None, req=False,
       note="'villages in Jabal al-Zawiya' - a region, not a place"),
    ev(AIR, [], SGF, ["الكلية الحربية", "الكلية الحربية بحمص", "حمص", "Homs Military Academy", "Homs Military College", "Homs"], "2023-10-05", [10, 99], None, req=False,
       note="background in a testimony piece: Thursday drone attack on graduation ceremony, 'dozens' killed, unclaimed"),
])
docs["07"] = ("2021-09-08", [
    ev(AGR, SGF, ["Daraa Central Committee", "Central Committee of Daraa", "Free Syrian Army"], ["درعا البلد", "Daraa al-Balad", "Dar'a al-Balad", "درعا", "Daraa"], "2021-09-01", None, None,
       note="Russian-brokered agreement"),
    ev(NVT, SGF + RUS, ["Daraa Central Committee", "Free Syrian Army", "Civilians"], ["درعا البلد", "Daraa al-Balad", "Dar'a al-Balad"], "2021-09-06", None, None, req=False,
       note="Russian MP and Military Security enter under the deal; type debatable"),
    ev(ATK, UAG, CIV + ["Free Syrian Army"], ["طفس", "Tafas", "Tafs"], "2021-09-02", [1, 1], None,
       note="former rebel commander shot dead by gunmen on a motorbike"),
    ev(IED, UAG, SGF, ["اليادودة", "المزيريب", "Al-Yadudah", "Yadudah", "Al-Muzayrib", "Muzayrib"], "2021-09-05", [2, 2], [1, 1],
       note="road between Yadudah and Muzayrib"),
    ev(CLA, SGF, ["Free Syrian Army", "Unidentified Armed Group", "Daraa Local Fighters"], ["درعا البلد", "المنشية", "القبة", "Daraa al-Balad", "Al-Manshiyeh"], "2021-07-29", None, None, req=False,
       note="dated past event in a feature"),
    ev(SHL, SGF, CIV, ["طريق السد", "حي طريق السد", "Tariq al-Sadd", "Tareeq al-Sad"], "2021-08-24", [3, 3], None, req=False,
       note="dated past event in a feature; woman and two children"),
    ev(SHL, SGF, CIV, ["مخيم درعا", "Daraa camp", "Dar'a camp"], "2021-08-24", None, None, req=False, note="same night as Tariq al-Sadd"),
])
docs["08"] = ("2011-04-23", [
    ev(EXF, SGF, PRO, ["دوما", "Douma", "Duma"], "2011-04-22", [8, 8], None, note="'Great Friday' killings behind the funeral"),
    ev(EXF, SGF, PRO, ["دوما", "مقبرة الشهداء", "Douma", "Duma"], "2011-04-23", [2, 2], [10, 99], note="fire on the funeral; 'عشرات الجرحى'"),
    ev(EXF, SGF, PRO, ["إزرع", "ازرع", "Izraa", "Izra'", "Ezraa"], "2011-04-22", [3, None], None, note="'عدد من الشهداء'"),
    ev(PP, PRO, [], ["المعضمية", "معضمية الشام", "Moadamiyah", "Muadamiyat al-Sham", "Al-Moadamiyeh"], ["2011-04-22", "2011-04-23"], None, None,
       note="night demonstration, no intervention; 'ليل السبت' read either way"),
    ev(PP, PRO, [], ["إزرع", "ازرع", "Izraa", "Ezraa"], "2011-04-23", None, None, req=False, note="funeral procession as protest"),
])
# ---------------- Gaza / West Bank ----------------
docs["09"] = ("2025-05-09", [
    ev(ATK, SET, CIV, ["ترمسعيا", "Turmus Ayya", "Turmusaya", "Turmus'ayya"], "2025-05-09", None, [2, 2],
       note="cars and a house burnt, two injured; army fire on youths treated as part of the same episode; rumoured death denied"),
    ev(LPD, SET, CIV, ["ترمسعيا", "Turmus Ayya", "Turmusaya"], "2025-05-09", None, None, req=False,
       note="arson of 3 cars and a house; may be folded into the Attack"),
    ev(LPD, SET, CIV, ["سنجل", "Sinjil", "Sinjel"], "2025-05-09", None, None, note="40+ olive trees cut"),
    ev(ARR, ISR, CIV, ["ترمسعيا", "Turmus Ayya", "Turmusaya"], "2025-05-09", None, None, note="3 young men taken to Ofer"),
])
docs["10"] = ("2012-11-18", [
    ev(AIR, ISR, CIV + HAM, ["حي الرمال", "الرمال", "برج الشروق", "برج الشوا وحصري", "Al-Rimal", "Rimal", "Gaza City", "غزة"], "2012-11-18", None, [6, 6],
       note="two strikes on media towers in Rimal, one record; 6 journalists injured"),
    ev(AIR, ISR, CIV, ["حي النصر", "النصر", "Al-Nasr", "Nasr", "Gaza City"], "2012-11-18", [9, 9], None, note="family home; toll updated to 9"),
    ev(AIR, ISR, [], ["بيت لاهيا", "Beit Lahia", "Beit Lahiya"], "2012-11-18", None, None),
    ev(AIR, ISR, [], ["رفح", "أنفاق رفح", "Rafah"], "2012-11-18", None, None, note="tunnels"),
    ev(SHL, PIJ, CIV, ["تل أبيب", "Tel Aviv"], "2012-11-18", [0, 0], [0, 0], note="Fajr-5 intercepted"),
    ev(SHL, PIJ + HAM + UAG, CIV, ["عسقلان", "Ashkelon", "Asqalan"], "2012-11-18", None, [3, 3], note="unclaimed rocket"),
    ev(SHL, HAM, CIV, ["أسدود", "Ashdod", "Isdud"], "2012-11-18", None, None, note="Qassam claim, 8 Grad"),
])
docs["11"] = ("2024-10-15", [
    ev(AIR, ISR, CIV, ["مخيم جباليا", "بلوك 2", "جباليا", "Jabalia camp", "Jabalia", "Jabaliya"], "2024-10-15", [11, 11], None,
       note="house strike, toll updated 7->11; 'قصف' on a house coded as air strike"),
    ev(ATK, ISR, CIV, ["مستشفى كمال عدوان", "بيت لاهيا", "Kamal Adwan Hospital", "Beit Lahia", "Beit Lahiya"], "2024-10-15", [2, 2], None, note="sniper fire"),
    ev(CLA, HAM, ISR, ["مخيم جباليا", "غرب مخيم جباليا", "جباليا", "Jabalia camp", "Jabalia"], "2024-10-15", None, None, note="Qassam claim (only source)"),
    ev(AIR, ISR, CIV, ["دير البلح", "مفترق الشهداء", "Deir al-Balah", "Deir el-Balah"], "2024-10-15", [2, 2], None, note="reported then confirmed"),
    ev(ARR, ISR, CIV, ["الخليل", "Hebron", "Al-Khalil"], "2024-10-15", None, None, note="15 detained"),
    ev(SHL, ISR, CIV, ["جباليا", "غرب جباليا", "Jabalia"], "2024-10-15", [1, None], None, req=False,
       note="vague line 'western quarter (west of Jabalia)', details to follow"),
])
docs["12"] = ("2021-05-13", [
    ev(AIR, ISR, HAM, ["بيت لاهيا", "Beit Lahia", "Beit Lahiya"], ["2021-05-12", "2021-05-13"], None, None, note="'metro' tunnels"),
    ev(AIR, ISR, PIJ, ["حي الرمال", "الرمال", "Al-Rimal", "Rimal", "Gaza City"], ["2021-05-12", "2021-05-13"], [2, 2], None,
       note="two PIJ commanders; Saraya al-Quds confirms two field commanders"),
    ev(AIR, ISR, CIV, ["بيت حانون", "Beit Hanoun", "Beit Hanun"], "2021-05-13", [6, 6], [11, 11]),
    ev(SHL, HAM, CIV, ["عسقلان", "Ashkelon"], "2021-05-13", None, None, note="no injuries reported there (not 'none')"),
    ev(SHL, HAM, CIV, ["أسدود", "Ashdod"], "2021-05-13", None, [5, 5]),
    ev(SHL, PIJ + HAM, CIV, ["مخيم جباليا", "جباليا", "Jabalia camp", "Jabalia"], "2021-05-12", [2, 2], None, req=False,
       note="disputed: Israel says a misfired Palestinian rocket; Hamas says an Israeli drone (see next)"),
    ev(AIR, ISR, CIV, ["مخيم جباليا", "جباليا", "Jabalia camp", "Jabalia"], "2021-05-12", [2, 2], None, req=False,
       note="Hamas version of the same deaths"),
])
docs["13"] = ("2025-06-18", [
    ev(ATK, ISR, CIV, ["الشاكوش", "منطقة الشاكوش", "Al-Shakoush", "Shakoush", "رفح", "Rafah"], "2025-06-18", [14, 14], [50, None],
       note="fire on aid seekers near the distribution centre; IDF: 'warning shots', denies firing on civilians"),
    ev(AIR, ISR, CIV, ["المواصي", "مواصي خان يونس", "Al-Mawasi", "Mawasi", "Khan Younis", "خان يونس"], ["2025-06-17", "2025-06-18"], [5, 5], None,
       note="tent of a family, night Tue-Wed"),
])
docs["14"] = ("2024-11-13", [
    ev(AIR, ISR, CIV + PIJ + ["Tulkarm Battalion"], ["مخيم نور شمس", "نور شمس", "حارة المنشية", "Nur Shams camp", "Nur Shams", "Nour Shams"], "2024-11-11", [3, 3], None,
       note="drone on a group of young men"),
    ev(CLA, ISR, PIJ + ["Tulkarm Battalion"], ["مخيم نور شمس", "نور شمس", "Nur Shams camp", "Nur Shams", "Nour Shams"], ["2024-11-11", "2024-11-13"], [2, 2], None,
       note="IDF says two gunmen killed; 5 total = 3 drone + 2 clash"),
    ev(LPD, ISR, CIV, ["مخيم نور شمس", "نور شمس", "حارة المنشية", "حارة المسلخ", "شارع نابلس", "طولكرم", "Nur Shams camp", "Nur Shams", "Tulkarm"], ["2024-11-11", "2024-11-12"], None, None,
       note="bulldozing of roads, water and sewage networks, shop fronts"),
    ev(ARR, ISR, CIV, ["ذنابة", "Dhinnaba", "Thinnaba", "Dhanaba"], "2024-11-12", None, None, note="six young men"),
])
docs["15"] = ("2025-07-08", [
    ev(LPD, ISR + ["Israeli Civil Administration"], CIV, ["خلة الضبع", "Khallet ad-Dabe'", "Khallet al-Dabe", "Khillet al-Dabaa", "مسافر يطا", "Masafer Yatta"], "2025-06-30", None, None,
       note="demolition of 7 homes, 2 pens, a cistern"),
    ev(ATK, SET, CIV, ["المفقرة", "Al-Mufaqqara", "Mufaqara", "Al-Mufakara"], ["2025-07-03", "2025-07-04"], None, [4, 4],
       note="night of Thursday; car and motorbike burnt as part of it"),
    ev(ARR, ISR, CIV, ["التواني", "At-Tuwani", "Tuwani", "Al-Tuwani"], "2025-07-05", None, None, note="two activists"),
    ev(LPD, ISR, CIV, ["جنبا", "مدرسة جنبا", "Jinba", "Jinba school"], "2025-06-12", None, None, req=False, note="dated past event in a feature"),
])
docs["16"] = ("2018-04-21", [
    ev(EXF, ISR, PRO, ["جباليا", "شرق جباليا", "Jabalia", "Jabaliya"], "2018-04-20", [1, 1], None, note="boy killed by sniper; funeral on 21st not coded"),
    ev(EXF, ISR, PRO, ["خزاعة", "Khuza'a", "Khuzaa", "Khuza'ah"], "2018-04-20", [1, 1], None, note="died of wounds the same evening"),
    ev(PWI, PRO, ISR, ["البريج", "شرق البريج", "مخيم البريج", "Bureij", "Al-Bureij"], "2018-04-20", None, [1, None],
       note="volunteer medic shot in the foot; type could be Excessive force"),
    ev(PWI, PRO, ISR, ["رفح", "شرق رفح", "Rafah"], "2018-04-20", None, None, note="tear gas from drones"),
    ev(PWI, PRO, ISR, ["الشجاعية", "شرق الشجاعية", "Shujaiya", "Shejaiya", "Al-Shuja'iyya"], "2018-04-20", None, None, req=False,
       note="tyres burnt; intervention only implied"),
])
# ---------------- Egypt ----------------
docs["17"] = ("2019-09-21", [
    ev(PWI, PRO, EGP, ["ميدان التحرير", "التحرير", "Tahrir Square", "Tahrir", "وسط البلد", "Downtown Cairo", "القاهرة", "Cairo"], "2019-09-20", None, None,
       note="dispersed with gas and birdshot"),
    ev(ARR, EGP, PRO + CIV, ["وسط البلد", "عبد المنعم رياض", "القاهرة", "Downtown Cairo", "Cairo", "ميدان التحرير", "Tahrir Square"], ["2019-09-20", "2019-09-21"], None, None),
    ev(PWI, PRO, EGP, ["السويس", "ميدان الأربعين", "Suez", "Al-Arbaeen Square"], "2019-09-20", None, None, note="rumoured death denied"),
    ev(PWI, PRO, EGP, ["السويس", "ميدان الأربعين", "Suez", "Al-Arbaeen Square"], "2019-09-21", None, None, note="'right now' on Saturday"),
    ev(PP, PRO, [], ["المحلة", "المحلة الكبرى", "الشون", "El-Mahalla El-Kubra", "Mahalla", "Al-Mahalla al-Kubra"], "2019-09-20", None, None),
])
docs["18"] = ("2016-04-12", [
    ev(CLA, IS, EGP, ["كمين الميدان", "العريش", "Arish", "El-Arish", "Al-Arish"], "2016-04-12", [5, 5], None, note="toll updated 3->5; Sinai Province claims"),
    ev(IED, IS + UAG, EGY, ["الشيخ زويد", "جنوب الشيخ زويد", "Sheikh Zuweid", "Sheikh Zuwayid", "El-Sheikh Zuweid"], "2016-04-12", None, [6, 6], note="injured updated 4->6"),
    ev(CLA, EGY, IS, ["رفح", "جنوب رفح", "Rafah"], "2016-04-12", [8, 8], None, note="raids, 8 'takfiri' killed (army statement)"),
    ev(ATK, UAG, CIV, ["حي المساعيد", "المساعيد", "Al-Masaeed", "Masaeed", "العريش", "Arish"], "2016-04-12", [1, 1], None),
])
docs["19"] = ("2018-02-12", [
    ev(CLA, EGY, IS, ["جبل الحلال", "Jabal al-Halal", "Gebel Halal", "Jebel Hilal"], "2018-02-11", [16, 16], None, note="army statement, only source"),
    ev(IED, IS, EGY, ["الجورة", "Al-Gorah", "El Gora", "Al-Joura", "Al-Jorah"], "2018-02-10", None, None, note="IS claim, army silent; 'killed and wounded' unnumbered"),
    ev(AIR, EGY + ["Unidentified Military Forces"], CIV, ["المهدية", "Al-Mahdiya", "El-Mahdeya", "Mahdiya"], "2018-02-10", [3, 3], None, req=False,
       note="residents' claim, denied by military source"),
    ev(AIR, EGY, IS, ["شمال سيناء", "وسط سيناء", "سيناء", "North Sinai", "Sinai", "Central Sinai"], ["2018-02-09", "2018-02-11"], None, None, req=False,
       note="60 targets over three days; region-level only"),
    ev(ARR, EGY, IS + CIV, ["شمال سيناء", "وسط سيناء", "سيناء", "North Sinai", "Sinai"], ["2018-02-09", "2018-02-11"], None, None, req=False,
       note="30 suspects, 'various areas'"),
    ev(DWU, EGY, IS, ["العريش", "جنوب العريش", "Arish", "El-Arish"], ["2018-02-09", "2018-02-11"], None, None, req=False,
       note="11 IEDs found and detonated south of Arish"),
])
docs["20"] = ("2017-03-16", [
    ev(SHL, [], CIV, ["الماسورة", "قرية الماسورة", "Al-Masoura", "El-Masoura", "Masura"], "2017-03-15", [2, 2], [1, 1],
       note="shell of unknown origin; army and militants blame each other"),
    ev(ARR, EGY + EGP, CIV, ["الشيخ زويد", "حي الكوثر", "Sheikh Zuweid", "Sheikh Zuwayid", "Al-Kawthar"], "2017-03-16", None, None, note="three brothers/cousins"),
    ev(ATK, IS + UAG, CIV, ["الجورة", "Al-Gorah", "El Gora", "Al-Joura"], ["2017-03-10", "2017-03-14"], [1, 1], None,
       note="beheaded body found Tuesday; abducted days earlier; relatives blame Sinai Province, unclaimed"),
])
docs["21"] = ("2020-10-08", [
    ev(GRT, EGY, IS, ["قاطية", "Qatia", "Qatiya", "Katia"], "2020-10-03", None, None, note="9 militants killed across both villages, not split"),
    ev(GRT, EGY, IS, ["إقطية", "اقطية", "Iqtiya", "Eqtia", "Iqtia"], "2020-10-03", None, None),
    ev(IED, IS + UAG, CIV, ["الجناين", "قرية الجناين", "Al-Janayen", "El-Ganayen", "Al-Jana'in"], "2020-10-04", [3, 3], [1, 1],
       note="IED left in a house; date given in Hijri and Gregorian"),
    ev(AIR, EGY + ["Unidentified Military Forces"], IS, ["بئر العبد", "جنوب بئر العبد", "Bir al-Abd", "Bir el-Abd"], "2020-10-06", None, None,
       note="residents heard strikes south of the town on Tuesday"),
    ev(CLA, IS, EGY, ["رابعة", "قرية رابعة", "Rabaa", "Rabea"], "2020-07-21", [20, 20], [4, 4], req=False,
       note="dated past event in a feature: 18 attackers + 2 soldiers"),
    ev(NSO, IS, EGY, ["قاطية", "Qatia", "Qatiya"], ["2020-07-21", "2020-07-31"], None, None, req=False, note="'end of July'"),
    ev(NSO, IS, EGY, ["إقطية", "اقطية", "Iqtiya", "Eqtia"], ["2020-07-21", "2020-07-31"], None, None, req=False, note="'end of July'"),
])
docs["22"] = ("2015-02-23", [
    ev(IED, ["Revolutionary Punishment"] + UAG, [], ["ناهيا", "كرداسة", "Nahia", "Nahya", "Kerdasa", "Kirdasa"], "2015-02-17", [0, 0], [0, 0],
       note="pylon between Nahia and Kerdasa; claimed by 'Revolutionary Punishment'"),
    ev(CLA, UAG, EGP, ["كرداسة", "Kerdasa", "Kirdasa"], "2015-02-19", [1, 1], None,
       note="gunmen kill a policeman going home; ACLED codes attacks on state forces as Armed clash"),
    ev(ARR, EGP, ["Muslim Brotherhood"] + CIV, ["كرداسة", "Kerdasa", "Kirdasa"], "2015-02-21", None, None, note="14 arrested"),
    ev(PWI, PRO + ["Muslim Brotherhood"], EGP, ["ناهيا", "Nahia", "Nahya"], "2015-02-20", None, None, note="Friday march dispersed with gas"),
    ev(IED, UAG, EGP, ["دمنهور", "Damanhour", "Damanhur"], "2015-02-22", None, [2, 2]),
    ev(DWU, EGP, UAG, ["كفر الشيخ", "Kafr el-Sheikh", "Kafr al-Shaykh"], ["2015-02-16", "2015-02-23"], None, None, req=False,
       note="device defused near the station"),
])
docs["23"] = ("2019-10-13", [
    ev(CLA, IS, EGY, ["الشيخ زويد", "جنوب الشيخ زويد", "Sheikh Zuweid", "Sheikh Zuwayid"], "2019-10-12", [4, 11], [3, 3],
       note="told twice through two funerals; 4 soldiers + 7 attackers; IS claims 10+"),
    ev(IED, IS + UAG, EGY, ["بئر العبد", "جنوب بئر العبد", "Bir al-Abd", "Bir el-Abd"], "2019-10-08", [1, 1], None,
       note="sergeant buried in Aga; 'Tuesday last'"),
])
docs["24"] = ("2024-05-28", [
    ev(AIR, ISR, [], ["حي الجنينة", "الجنينة", "Al-Jneina", "Jneinah", "رفح", "Rafah"], "2024-05-28", None, None),
    ev(AIR, ISR, [], ["تل السلطان", "Tal al-Sultan", "Tel al-Sultan"], "2024-05-28", None, None),
    ev(AIR, ISR, CIV + HAM, ["تل السلطان", "مخيم النازحين في تل السلطان", "Tal al-Sultan", "Tel al-Sultan"], "2024-05-26", [40, None], None,
       note="Sunday evening tent camp strike; IDF says it targeted two Hamas commanders"),
    ev(CLA, EGY, ISR, ["معبر رفح", "Rafah crossing", "Rafah border crossing"], "2024-05-27", [1, 1], None, note="Egyptian soldier killed in exchange of fire"),
    ev(SHL, ISR, [], ["حي الشابورة", "الشابورة", "Al-Shaboura", "Shaboura", "رفح", "Rafah"], "2024-05-28", None, None, note="tank shell"),
])

with open(os.path.join(HERE, "..", "gold.jsonl"), "w", encoding="utf-8") as f:
    for k in sorted(docs):
        pub, evs = docs[k]
        f.write(json.dumps({"doc_id": f"{N}-{k}", "published": pub, "source": "written for rasd", "url": None,
                            "events": evs}, ensure_ascii=False) + "\n")
print("wrote", len(docs))
