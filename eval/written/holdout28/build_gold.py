# builds gold.jsonl (kept for the record; gold.jsonl is the artefact)
import json
SY=["Syrian Government Forces","Military Forces of Syria"]
IQ=["Iraqi Security Forces","Military Forces of Iraq"]
YE=["Military Forces of Yemen"]
HOU=["Houthi Movement"]; SLC=["Saudi-led Coalition"]
ISR=["Israeli Forces","Military Forces of Israel"]
LB=["Military Forces of Lebanon"]
UAG=["Unidentified Armed Group"]; CIV=["Civilians"]; IS=["Islamic State"]
PRO=["Protesters"]
SH="Shelling/artillery/missile attack"; AIR="Air/drone strike"; IED="Remote explosive/landmine/IED"
ATT="Attack"; ABD="Abduction/forced disappearance"; CL="Armed clash"; LOOT="Looting/property destruction"
def E(sub,a1,a2,names,killed,injured,date,req=True,note=""):
    r=lambda x: None if x is None else list(x)
    return {"sub_event_type":sub,"actor1":a1,"actor2":a2,"location":{"names":names},
            "killed":r(killed),"injured":r(injured),"required":req,"note":note,"date":date}
G={}
G["01"]=("2023-03-14",[
 E(ATT,IS,CIV,["جلولاء","Jalawla","Jalula","حمرين","Hamrin"],(2,2),None,"2023-03-11"),
 E(LOOT,IS,CIV,["جلولاء","Jalawla","Jalula","حمرين","Hamrin"],None,None,"2023-03-11",False,"livestock stolen in the same attack"),
 E(IED,IS+UAG,IQ,["أبي صيدا","أبو صيدا","Abu Saida","Abi Saida","Abu Sayda"],None,(3,3),"2023-03-12",True,"unclaimed, IS suspected"),
 E(ATT,UAG,CIV,["نهر الإمام","Nahr al-Imam","المقدادية","Muqdadiyah","Miqdadiyah"],(1,1),None,"2023-03-13"),
])
G["02"]=("2024-01-17",[
 E(SH,HOU,[],["الحديدة","Hodeidah","Al Hudaydah","Hudaydah","البحر الأحمر","Red Sea"],None,(0,0),"2024-01-15",True,"anti-ship missile 50 nm SW of Hodeidah; claimed by Houthis; ship target not judged"),
 E(ATT,UAG,[],["المخا","Mokha","Al Mokha","Al-Makha"],None,None,"2024-01-15",False,"skiffs approach, warning shots by guards"),
 E(AIR,["Military Forces of the United States","Military Forces of the United Kingdom","International Coalition"],HOU,["رأس كثيب","Ras Kathib","Ras Kuthayb","Ras Kutayb","الحديدة","Hodeidah"],(0,0),None,"2024-01-16",True,"Houthi channel: no human losses"),
])
G["03"]=("2019-08-18",[
 E(CL,[],[],["قضاء المدينة","المدينة","Al-Midaina","Al-Medaina","Al-Madinah","Madina"],(2,2),(4,4),"2019-08-16",True,"tribal clash, medium weapons"),
 E(ATT,UAG,CIV,["حي الجمهورية","الجمهورية","Al-Jumhuriya","Jumhuriyah","البصرة","Basra"],(1,1),None,"2019-08-17"),
 E("Grenade",UAG,CIV,["العشار","Ashar","Al-Ashar","البصرة","Basra"],(0,0),(0,0),["2019-08-16","2019-08-17"],True,"ليلة السبت: Fri-Sat night or Sat night"),
 E(SH,UAG,[],["البرجسية","Burjesiya","Al-Burjesiya","Barjisiyah","الزبير","Zubair"],None,(3,3),"2019-08-18"),
 E(ATT,UAG,CIV,["التنومة","Tanuma","Al-Tanuma","Tannumah","شط العرب","Shatt al-Arab"],(1,1),None,["2019-08-11","2019-08-18"],False,"body found, day not given"),
])
G["04"]=("2023-02-22",[
 E(IED,[],CIV,["كباجب","Kabajeb","Kabajib","Kibajib"],(3,3),None,"2023-02-21",True,"IS remnant mine"),
 E(IED,[],CIV,["الميادين","Mayadin","Al-Mayadin","Mayadeen"],(1,1),(1,1),"2023-02-22",True,"UXO"),
 E(IED,[],CIV,["معدان","Maadan","Ma'dan","Madan"],None,(1,1),"2023-02-20"),
 E(ATT,IS+UAG,CIV,["الشولا","Al-Shola","Shola","Shoula","Al-Shoulah"],(6,6),None,["2023-02-12","2023-02-22"],False,"bodies found 'in past days', no claim"),
])
G["05"]=("2023-11-22",[
 E(AIR,ISR,CIV,["يارين","Yarin","Yareen"],(3,3),None,"2023-11-21",True,"2 journalists + 1 civilian"),
 E(SH,ISR,CIV,["العديسة","Odaisseh","Adaisseh","Al-Adaysah","Aadaysseh"],None,(1,1),"2023-11-20"),
 E(SH,[],CIV,["علما الشعب","Alma al-Shaab","Alma ash-Shaab"],(1,1),None,"2023-10-13",False,"dated background inside total"),
 E("Peaceful protest",PRO,[],["ساحة الشهداء","بيروت","Beirut","Martyrs' Square","Martyrs Square"],None,None,"2023-11-22",True,"journalists' solidarity vigil"),
])
G["06"]=("2018-05-13",[
 E(IED,[],IQ,["حي دوميز","دوميز","Domiz","Dumeez","Dumiz","كركوك","Kirkuk"],None,(2,2),"2018-05-12",True,"unclaimed"),
 E(SH,IS+UAG,[],["ناحية الرياض","الرياض","Al-Riyadh","Riyadh"],None,(0,0),"2018-05-12",True,"blamed on IS remnants; Riyadh subdistrict of Hawija, Kirkuk (not Saudi)"),
 E(ATT,UAG,CIV,["الفلوجة","Fallujah","Falluja"],(1,1),None,"2018-05-11",True,"candidate's convoy"),
])
G["07"]=("2024-01-25",[
 E(AIR,ISR,["Hezbollah","Civilians"],["كفركلا","Kfar Kila","Kfarkela","Kafr Kila"],(2,2),None,"2024-01-24"),
 E(SH,ISR,CIV,["الخيام","Khiam","El Khiam","Al-Khiam"],None,(0,0),"2024-01-24"),
 E(SH,ISR,CIV,["عيتا الشعب","Aita al-Shaab","Ayta ash-Shab","Aita ash-Shaab"],None,None,"2024-01-25",True,"habitual 'daily' plus a dated shelling this morning: one record for the dated one"),
])
G["08"]=("2018-09-03",[
 E(AIR,SLC,CIV,["الخوخة","Al-Khawkhah","Khokha","Al Khawkhah"],(5,5),(2,2),"2018-09-01",True,"Apache fire on fishing boat; coalition 'reviewing'"),
 E(IED,[],CIV,["ميدي","ميناء ميدي","Midi","Maydi","Midi port"],(3,3),None,"2018-08-30",True,"sea mine, mutual accusations"),
 E("Arrests",["Military Forces of Eritrea"],CIV,["جزر حنيش","حنيش","Hanish Islands","Hanish"],None,None,["2018-08-27","2018-09-02"],False,"detention 'last week'; could be Abduction"),
])
G["09"]=("2021-09-06",[
 E(ATT,UAG,[],["طفس","Tafas","Tafs"],(1,1),None,"2021-09-05",True,"ex-rebel commander (reconciled)"),
 E(ABD,UAG,CIV,["إزرع","Izra","Izraa","Ezraa","Izra'"],None,None,["2021-09-04","2021-09-05"],True,"kidnap for ransom"),
 E(IED,[],SY,["المزيريب","Muzayrib","Al-Muzayrib","Mzeireeb","اليادودة","Yadudah"],None,(4,4),"2021-09-06"),
 E(CL,[],[],["الكرك الشرقي","Al-Karak al-Sharqi","Karak al-Sharqi","Karak"],(2,2),None,"2021-09-05",False,"family feud shoot-out; Karak also a Lebanese/Jordanian name"),
 E(ATT,UAG,CIV,["اليادودة","Yadudah","Al-Yadudah","Yadouda"],(1,1),None,"2021-09-06",False,"body found, killing day unknown"),
])
G["10"]=("2021-04-04",[
 E(IED,[],CIV,["الرطبة","Rutba","Ar-Rutbah","Al-Rutba"],(1,1),None,"2021-04-03",True,"IS remnant"),
 E(IED,[],CIV,["الشرقاط","Shirqat","Al-Shirqat","Sharqat"],(2,2),None,"2021-04-04"),
 E(IED,[],CIV,["الموصل القديمة","المدينة القديمة","الموصل","Mosul","Old City","Old Mosul"],None,(2,2),"2021-04-01",True,"UXO"),
 E(IED,[],CIV,["بيجي","Baiji","Bayji","Beiji"],(1,1),(1,1),"2021-03-31",True,"deminer"),
])
G["11"]=("2016-09-14",[
 E(LOOT,UAG,CIV,["التربة","Al-Turbah","Turbah","At-Turbah"],None,None,"2016-09-12",True,"UN food store looted"),
 E(ATT,[],CIV,["الضباب","Al-Dhabab","Dhabab","Al-Dabab"],(1,1),(1,1),"2016-09-13",True,"perpetrator disputed"),
 E(AIR,SLC,CIV,["رازح","Razih","Razeh"],None,None,"2016-09-11",True,"clinic damaged, no staff hurt; Sanaa MoH blames coalition, no comment from it"),
 E(ABD,UAG,CIV,["المعلا","Al-Mualla","Mualla","Al Mu'alla"],None,None,"2016-09-14"),
])
G["12"]=("2015-04-18",[
 E(SH,["Free Syrian Army","Unidentified Armed Group","Jaysh al-Islam","Faylaq al-Rahman"],CIV,["ملعب تشرين","البرامكة","Tishreen Stadium","Baramkeh","Al-Baramkeh","دمشق","Damascus"],None,(3,3),"2015-04-17"),
 E(SH,[],CIV,["حي عكرمة","عكرمة","Akrama","Ikrima","Akrameh","حمص","Homs"],(3,3),None,"2015-04-15"),
])
G["13"]=("2022-07-28",[
 E(ATT,HOU,CIV,["حي الروضة","الروضة","Al-Rawda","Rawdah","تعز","Taiz"],(1,1),None,"2022-07-24",True,"sniper"),
 E(AIR,HOU,YE,["حريب","Harib","Hareeb"],(2,2),(3,3),"2022-07-26",True,"drone"),
 E(SH,HOU,YE,["مريس","Muris","Murays","Mureis"],None,None,["2022-07-21","2022-07-28"],False,"'repeated all week'"),
 E(SH,YE,CIV,["الحوبان","Al-Hawban","Hawban","Al-Houban"],None,(2,2),"2022-07-25",False,"Houthi claim denied by government"),
])
G["14"]=("2025-06-02",[
 E(AIR,ISR,["Houthi Movement","Civilians"],["ميناء الحديدة","الحديدة","Hodeidah","Hodeidah Port","Al Hudaydah"],(3,3),(8,9),["2025-06-01","2025-06-02"],True,"toll 2 -> 3 (a wounded man died)"),
 E(AIR,ISR,["Houthi Movement","Civilians"],["ميناء الصليف","الصليف","Salif","As-Salif","Al-Salif"],None,None,["2025-06-01","2025-06-02"]),
 E(SH,HOU+UAG,[],["المخا","Mokha","Al Mokha","Al-Makha"],None,None,"2025-05-31",True,"projectile 25 nm SW of Mokha, unclaimed, likely Houthi"),
])
G["15"]=("2019-03-12",[
 E(ATT,UAG,CIV,["المنصورة","Al-Mansoura","Mansura","Al Mansurah"],(1,1),None,"2019-03-11",True,"Aden district (namesakes in Syria, Lebanon)"),
 E(CL,["Security Belt Forces","Southern Transitional Council"],UAG,["الشيخ عثمان","Sheikh Othman","Shaykh Uthman","Ash Shaykh Uthman"],(2,2),None,"2019-03-10"),
 E("Grenade",UAG,CIV,["كريتر","صيرة","سوق الطويل","Crater","Sirah","Seera"],None,(4,4),"2019-03-11"),
 E(ABD,UAG,CIV,["دار سعد","Dar Saad","Dar Sa'd"],None,None,"2019-03-09",False,"child kidnapped for ransom 'three days ago'"),
 E("Peaceful protest",PRO,[],["المعلا","Al-Mualla","Mualla","عدن","Aden"],None,None,"2019-03-12",True,"electricity"),
])
G["16"]=("2023-06-05",[
 E(IED,[],CIV,["حيس","Hays","Hais"],(1,1),(1,1),"2023-06-05",True,"Masam deminer"),
 E(IED,[],CIV,["الوازعية","Al-Wazi'iyah","Wazi'iyah","Al-Waziiyah","Al Wazieyah"],(2,2),None,"2023-06-04"),
 E(IED,[],CIV,["الجوبة","Al-Jubah","Jubah","Al Jawbah","حريب","Harib"],(3,3),None,"2023-06-03",True,"road between Jubah and Harib"),
 E(IED,[],CIV,["باقم","Baqim","Baqem"],None,(1,1),"2023-06-01",True,"coalition cluster remnant, Houthi media"),
])
G["17"]=("2017-05-03",[
 E(SH,IS,CIV,["حي الموصل الجديدة","الموصل الجديدة","New Mosul","Mosul al-Jadida","الموصل","Mosul"],(1,1),(2,2),"2017-05-02"),
 E(AIR,IS,["Civilians","Iraqi Security Forces","Military Forces of Iraq"],["وادي حجر","Wadi Hajar","Wadi Hajr","Wadi Hijir"],None,(1,1),"2017-04-30",True,"IS drone-dropped bomb"),
 E(LOOT,UAG,CIV,["العشار","Ashar","Al-Ashar","البصرة","Basra"],None,None,"2017-04-30",True,"TV office stormed, equipment smashed"),
 E("Arrests",IQ,CIV,["الكرادة","Karrada","Karada","بغداد","Baghdad"],None,None,"2017-04-29",False,"journalist held for hours"),
])
G["18"]=("2024-08-10",[
 E(AIR,ISR,["Hezbollah"],["البازورية","Bazouriyeh","Al-Bazouriyah","Bazuriyah"],(1,1),None,"2024-08-08"),
 E(AIR,ISR,["Civilians","Hezbollah"],["النبطية","Nabatieh","Nabatiyeh","ملعب النبطية"],(2,2),None,"2024-08-09"),
])
G["19"]=("2014-04-09",[
 E(SH,["Free Syrian Army","Islamic Front","Unidentified Armed Group","Jabhat al-Nusra","Hayat Tahrir al-Sham"],CIV,["حي الميدان","الميدان","Al-Midan","Midan","حلب","Aleppo"],(4,4),None,"2014-04-08",True,"'hell cannons'"),
 E(IED,UAG,CIV,["حي الزهراء","الزهراء","Al-Zahraa","Zahra","Al-Zahra","حمص","Homs"],(9,9),(20,None),"2014-04-07",True,"car bomb, toll 7 -> 9; Homs Zahraa, not Aleppo's Nubl and Zahraa"),
])
G["20"]=("2024-02-20",[
 E(ABD,ISR,CIV,["الناقورة","Naqoura","Al-Naqoura","Naqura"],None,None,"2024-02-19",True,"navy fired at boat and took two fishermen"),
 E(ATT,ISR,CIV,["الناقورة","Naqoura","Al-Naqoura","Naqura"],None,None,"2024-02-19",False,"the firing on the boat, if coded apart"),
 E(AIR,ISR,["Civilians","Hezbollah"],["صور","مرفأ الصيادين","Tyre","Sour","Tyre fishing port"],(1,1),(1,1),"2024-02-20"),
])
G["21"]=("2022-10-17",[
 E(CL,[],[],["بريتال","Brital","Britel","Breital"],(1,1),(2,2),"2022-10-16",True,"clan feud with RPGs"),
 E(CL,LB,UAG,["حي الشراونة","الشراونة","Sharawneh","Al-Sharawneh","بعلبك","Baalbek"],None,(1,1),"2022-10-17"),
 E("Arrests",LB,UAG,["حي الشراونة","الشراونة","Sharawneh","Al-Sharawneh","بعلبك","Baalbek"],None,None,"2022-10-17",False,"3 arrested in the same raid"),
 E(ABD,UAG,CIV,["القصر","Al-Qasr","Qasr","الهرمل","Hermel"],None,None,["2022-10-15","2022-10-16"],True,"ransom kidnapping, 'ليل السبت'"),
 E("Grenade",UAG,CIV,["كسارة","Ksara","Ksarah","زحلة","Zahle"],(0,0),(0,0),["2022-10-14","2022-10-15"],False,"money dispute; 'ليل الجمعة'"),
])
G["22"]=("2025-02-24",[
 E(IED,[],LB,["يارون","Yaroun","Yarun","Yaroon"],(1,1),(2,2),"2025-02-23",True,"UXO, army engineers"),
 E(IED,[],CIV,["زبقين","Zibqin","Zebqine","Zibqeen"],None,(1,1),"2025-02-22",True,"cluster bomblet"),
 E(IED,[],CIV,["القليعة","Qlayaa","Al-Qlayaa","Qlayaah","Qlaya"],None,(2,2),"2025-02-24"),
])
G["23"]=("2019-06-19",[
 E(SH,SY,CIV,["خان شيخون","Khan Shaykhun","Khan Sheikhoun","Khan Shaykhoun"],(1,1),None,"2019-06-17"),
 E(ABD,["Hayat Tahrir al-Sham"],CIV,["إدلب","Idlib","Idleb"],None,None,"2019-06-16",True,"journalist taken from home to unknown place; Arrests also defensible"),
 E(AIR,["Russian Forces","Military Forces of Russia"],CIV,["سراقب","Saraqib","Saraqeb"],(2,2),None,"2019-06-18",True,"aid warehouse; Russia's generic denial"),
])
G["24"]=("2012-02-22",[
 E(CL,["Southern Movement","Al-Hirak","Unidentified Armed Group"],YE,["خور مكسر","Khor Maksar","Khormaksar","Khur Maksar"],(1,1),(2,2),"2012-02-21"),
 E(IED,[],[],["حي الشرج","الشرج","Al-Sharj","Sharj","المكلا","Mukalla"],(0,0),(0,0),"2012-02-21"),
 E("Violent demonstration",["Rioters","Protesters"],[],["الضالع","Al-Dhale","Dhale","Ad Dali","Al-Dhalea"],None,None,"2012-02-21",True,"ballot boxes burned, stones at soldiers"),
 E("Peaceful protest",PRO,[],["ساحة التغيير","صنعاء","Sanaa","Change Square"],None,None,["2012-02-21","2012-02-22"],False,"celebration gathering; a coder may code it as a rally"),
])
with open("/work/holdout28/gold.jsonl","w",encoding="utf-8") as f:
    for k in sorted(G):
        pub,ev=G[k]
        f.write(json.dumps({"doc_id":f"holdout28-{k}","published":pub,"source":"written for rasd","url":None,"events":ev},ensure_ascii=False)+"\n")
