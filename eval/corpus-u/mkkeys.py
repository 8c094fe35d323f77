"""Writes the answer keys of corpus-u (the earthquakes in southern Turkey and northern Syria, February 2023: the 7.8 quake
near Pazarcık at 04:17 on Monday 6 February and the 7.5 quake near Elbistan about nine hours later, the three-month state
of emergency of 7 February, the toll in both countries, the arrests of building contractors, the single UN crossing at
Bab al-Hawa and the opening of Bab al-Salam and Al-Rai on 13 February, the 6.4 aftershock near Antakya on Monday 20
February) into keys/.

Written by hand from reading the articles, before any engine run; run once (python3 mkkeys.py), then
python3 check_keys.py.
"""
import os
import sys

K = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'keys')


sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from key_writing import recorder, writer  # noqa: E402

dump = writer(K)


P, O, G, L, M, E_, MD = 'PERSON', 'ORG', 'GPE', 'LOC', 'MISC', 'EVENT', 'MEDIA'
ERD, ASS, ASMA, GRI, SAL, GUT = "Recep Tayyip Erdoğan", "Bashar al-Assad", "Asma al-Assad", "Martin Griffiths", \
    "Raed al-Saleh", "António Guterres"
KIL, BOZ, GOR = "Kemal Kılıçdaroğlu", "Bekir Bozdag", "Naci Görür"
MYIL, AYIL, NYIL = "Mehmet Yılmaz", "Ahmet Yilmaz", "Nurhan Yılmaz"
AKAYA, HKAYA, BKAYA = "Ayşe Kaya", "Hasan Kaya", "Burak Kaya"
AAK, SAK = "Abu Ahmad Al-Khouza", "Samer Al-Khouza"
MBZ, ABZ = "Mohamed bin Zayed Al Nahyan", "Abdullah bin Zayed"
KHO, ARS, DAR = "Lina Khoury", "Deniz Arslan", "Yusuf Darwish"
AFAD, WH, UN, UNSC = "Disaster and Emergency Management Presidency", "White Helmets", "United Nations", \
    "UN Security Council"

# ---------------------------------------------------------------------------------------------- entities
ents = [
    (ERD, P, ["Recep Tayyip Erdoğan", "Erdoğan", "Mr Erdoğan", "Recep Tayyip Erdogan", "Erdogan"]),
    (ASS, P, ["Bashar al-Assad", "Assad", "Mr Assad", "Bashar Al-Assad"]),
    (ASMA, P, ["Asma al-Assad", "Asma"]),
    (GRI, P, ["Martin Griffiths", "Griffiths", "Mr Griffiths", "Mr Griffths", "Mr Grifiths"]),
    (SAL, P, ["Raed al-Saleh", "Raed Al-Salih", "Al-Salih"]),
    (GUT, P, ["António Guterres", "Guterres"]),
    (KIL, P, ["Kemal Kılıçdaroğlu", "Kemal Kilicdaroglu", "Kilicdaroglu"]),
    (BOZ, P, ["Bekir Bozdag"]),
    (GOR, P, ["Naci Görür"]),
    (MYIL, P, ["Mehmet Yılmaz", "Mehmet Yilmaz", "Yilmaz"]),
    (AYIL, P, ["Ahmet Yilmaz"]),
    (NYIL, P, ["Nurhan Yılmaz"]),
    (AKAYA, P, ["Ayşe Kaya"]),
    (HKAYA, P, ["Hasan Kaya"]),
    (BKAYA, P, ["Burak Kaya", "Mr Kaya"]),
    (AAK, P, ["Abu Ahmad Al-Khouza", "Al-Khouza"]),
    (SAK, P, ["Samer Al-Khouza"]),
    (MBZ, P, ["Mohamed bin Zayed Al Nahyan"]),
    (ABZ, P, ["Abdullah bin Zayed"]),
    (KHO, P, ["Lina Khoury"]),
    (ARS, P, ["Deniz Arslan", "Ms Arslan"]),
    (DAR, P, ["Yusuf Darwish"]),

    (AFAD, O, ["Disaster and Emergency Management Presidency", "AFAD", "Afet ve Acil Durum Yönetimi Başkanlığı"]),
    (WH, O, ["White Helmets", "Syria Civil Defence", "Syrian Civil Defence", "Civil Defence"]),
    (UN, O, ["United Nations", "UN"]),
    (UNSC, O, ["UN Security Council", "Security Council"]),
    ("TRT", O, ["TRT"]),
    ("Anatolian Institute of Earth Sciences", O, ["Anatolian Institute of Earth Sciences"]),
    ("Beirut Centre for Policy Research", O, ["Beirut Centre for Policy Research"]),
    ("Syrian Interim Government", O, ["Syrian Interim Government"]),
    ("Earthquake Crimes Investigation Bureaus", O, ["Earthquake Crimes Investigation Bureaus"]),
    ("CHP", O, ["CHP"]),
    ("Marmara Policy Institute", O, ["Marmara Policy Institute"]),
    ("Syrian Arab Red Crescent", O, ["Syrian Arab Red Crescent"]),

    ("Ledger", MD, ["Ledger"]),
    ("Meridian Review", MD, ["Meridian Review"]),

    ("Turkey", G, ["Turkey"]),
    ("Syria", G, ["Syria", "Syrian Arab Republic"]),
    ("Damascus", G, ["Damascus"]),
    ("Ankara", G, ["Ankara"]),
    ("Kahramanmaraş", G, ["Kahramanmaraş", "Kahramanmaras"]),
    ("Pazarcık", G, ["Pazarcık"]),
    ("Gaziantep", G, ["Gaziantep"]),
    ("Elbistan", G, ["Elbistan"]),
    ("Hatay", G, ["Hatay"]),
    ("Antakya", G, ["Antakya"]),
    ("Diyarbakır", G, ["Diyarbakır"]),
    ("Izmir", G, ["Izmir"]),
    ("Izmit", G, ["Izmit"]),
    ("Istanbul", G, ["Istanbul"]),
    ("Soma", G, ["Soma"]),
    ("Georgia", G, ["Georgia"]),
    ("Jindires", G, ["Jindires", "Jandaris"]),
    ("Harem", G, ["Harem"]),
    ("Sarmada", G, ["Sarmada"]),
    ("Al-Atarib", G, ["Al-Atarib"]),
    ("Atmeh", G, ["Atmeh"]),
    ("Aleppo", G, ["Aleppo"]),
    ("Geneva", G, ["Geneva"]),
    ("UAE", G, ["UAE", "Emirates"]),

    ("Bab al-Hawa", L, ["Bab al-Hawa", "Bab Al-Hawa"]),
    ("Bab al-Salam", L, ["Bab al-Salam", "Bab Al-Salama"]),
    ("Al-Rai", L, ["Al-Rai", "Al-Ra'i"]),
    ("East Anatolian Fault", L, ["East Anatolian Fault"]),
    ("Mediterranean", L, ["Mediterranean"]),
    ("Istanbul Airport", L, ["Istanbul Airport"]),
    ("Aleppo University Hospital", L, ["Aleppo University Hospital"]),
]

descriptions = [
    (ERD, ["the Turkish president", "the 68-year-old", "Mr President"]),
    (GRI, ["the 71-year-old"]),
    (KIL, ["the opposition leader", "the leader of the CHP"]),
    (ASS, ["the Syrian president"]),
    (MYIL, ["the contractor"]),
    (UN, ["the international organisation"]),
    (AFAD, ["Turkey's disaster agency"]),
    ("Syria", ["Damascus"]),
    ("Turkey", ["Ankara"]),
]

roles = [
    (ERD, ["President"]),
    (ASS, ["President", "Syrian President"]),
    (GRI, ["the UN relief chief", "the UN's relief chief", "The UN's humanitarian chief",
           "the under-secretary-general for the humanitarian affairs"]),
    (SAL, ["the head of the group", "the head of the White Helmets", "the director of the Civil Defence",
           "the White Helmets chief"]),
    (GUT, ["Secretary-General"]),
    (BOZ, ["The Minister of Justice"]),
    (KIL, ["The main opposition leader"]),
    (GOR, ["earth scientist"]),
    (MYIL, ["the contractor"]),
    (AYIL, ["the rescuer"]),
    (NYIL, ["a 26-year-old nurse"]),
    (AKAYA, ["a seismologist at the Anatolian Institute of Earth Sciences"]),
    (BKAYA, ["a miner from Soma"]),
    (SAK, ["the political analyst"]),
    (KHO, ["a researcher at the Beirut Centre for Policy Research"]),
    (ARS, ["of the Marmara Policy Institute"]),
    (DAR, ["a coordinator with a Gaziantep-based Syrian relief network"]),
    (MBZ, ["the UAE President"]),
    (ABZ, ["The Emirati foreign minister"]),
]

must_not_merge = [
    [MYIL, AYIL],
    [MYIL, NYIL],
    [AYIL, NYIL],
    [AKAYA, HKAYA],
    [HKAYA, BKAYA],
    [AKAYA, BKAYA],
    [AAK, SAK],
    [ASS, ASMA],
    [MBZ, ABZ],
]

dump('entities.json', {
    "about": "Answer key for entity resolution on corpus-u/articles (the earthquakes in southern Turkey and northern Syria, "
             "February 2023: the 7.8 quake near Pazarcık at 04:17 on Monday 6 February and the 7.5 quake near Elbistan "
             "about nine hours later, the three-month state of emergency declared on 7 February for ten provinces, the "
             "rising tolls, the arrests of contractors, Syria's single UN crossing at Bab al-Hawa and the opening of Bab "
             "al-Salam and Al-Rai announced on 13 February, the 6.4 aftershock near Antakya on Monday 20 February), "
             "written from reading the articles. Same conventions as corpus-c..r: canonical name (a form that occurs in "
             "the texts), type, and every surface form that names the entity in the cleaned texts (headlines, "
             "standfirsts, captions, bylines, the dateline 'ISTANBUL (Bosphorus Press Agency) -', related links, share "
             "bars and other boilerplate excluded). Title+surname forms ('Mr Erdoğan', 'Mr Assad', 'Mr Griffiths', 'Mr "
             "Kaya', 'Ms Arslan') are keyed as aliases; title+full-name forms ('Dr Ayşe Kaya', 'Sheikh Mohamed bin "
             "Zayed Al Nahyan', 'President Bashar al-Assad') are not listed separately. Defects on purpose: the Turkish "
             "president is 'Recep Tayyip Erdoğan' / 'Erdoğan' / 'Mr Erdoğan' and, in the machine translation from "
             "Turkish (03) with the Turkish letters dropped, 'Recep Tayyip Erdogan' / 'Erdogan' and the calque 'the Mr "
             "President' / 'Mr President' (a description); 'Kahramanmaraş' (01, 05) / 'Kahramanmaras' (03); the "
             "opposition leader is 'Kemal Kılıçdaroğlu' (05) and 'Kemal Kilicdaroglu' / 'Kilicdaroglu' (03); the "
             "justice minister is 'Bekir Bozdag' (03, dropped ğ); the UN relief chief is 'Martin Griffiths' / "
             "'Griffiths' / 'Mr Griffiths' and, in one article (05), two misspellings 'Mr Griffths' and 'Mr Grifiths'; "
             "the head of the White Helmets is 'Raed al-Saleh' (01, 02, 05, 06) and, transliterated from Arabic, 'Raed "
             "Al-Salih' / 'Al-Salih' (04); the Syrian president is 'Bashar al-Assad' / 'Assad' / 'Mr Assad' and "
             "'Bashar Al-Assad' (04). Crossings: 'Bab al-Hawa' / 'Bab Al-Hawa' (04), 'Bab al-Salam' / the Arabic 'Bab "
             "Al-Salama' (04), 'Al-Rai' / 'Al-Ra'i' (04); the town 'Jindires' (01) is 'Jandaris' in 04. Acronyms and "
             "foreign forms: 'The Disaster and Emergency Management Presidency (AFAD)' (01), 'the Turkish Disaster and "
             "Emergency Management Presidency (AFAD)' (04), the Turkish name 'Afet ve Acil Durum Yönetimi Başkanlığı' "
             "with its acronym (03), bare 'AFAD' (02, 05, 06); the White Helmets are also 'Syria Civil Defence' (01), "
             "'the Syrian Civil Defence (the White Helmets)' and 'the Civil Defence' (04); 'the UN Security Council' "
             "(01) and 'a new Security Council vote' (06); 'the CHP' (03, Kılıçdaroğlu's party, Turkish acronym); 'the "
             "Emirates' (04) and 'UAE' (06) one country; 'the Syrian Arab Republic' (06, in a quotation of state media) "
             "is Syria. Same surnames, different people (must_not_merge): three Yılmazs, the contractor Mehmet Yılmaz "
             "(03 'Mehmet Yilmaz' / bare 'Yilmaz'; 05 'Mehmet Yılmaz'), the rescuer Ahmet Yilmaz (03, in the same "
             "article as the contractor) and the rescued nurse Nurhan Yılmaz (05, in the same article as the "
             "contractor); three Kayas, the seismologist Dr Ayşe Kaya and the survivor Hasan Kaya (both in 01) and the "
             "miner Burak Kaya (05, 'Mr Kaya'); two Al-Khouzas in 04, the displaced Abu Ahmad Al-Khouza (the bare "
             "'Al-Khouza' of 'said Al-Khouza, 47 years') and the analyst Samer Al-Khouza; Bashar al-Assad and his wife "
             "Asma al-Assad (02; 'his wife Asma' in 06); the brothers Sheikh Mohamed bin Zayed Al Nahyan (the UAE "
             "President) and Sheikh Abdullah bin Zayed (the foreign minister), both in 06. Capitals for governments: "
             "'Damascus' stands for the Syrian government in 01 ('the health ministry in Damascus', 'aid that bypasses "
             "Damascus'), 02 ('Damascus presents the agreement', 'at Damascus's pleasure') and 04 ('Damascus "
             "received ... more Arab delegations') and is keyed as a description of Syria as well as the city's alias "
             "(the city: 02 'met Assad in Damascus', 04 'had received in Damascus', 05 'flew to Damascus', 06 "
             "'Officials in Damascus', 'expected in Damascus'); 'Ankara' stands for the Turkish government in 05 "
             "('giving Ankara sweeping powers') and is the city in 01 ('in Ankara'). 'Ledger' (02 'told the Ledger') "
             "and 'Meridian Review' (05 'told The Meridian Review') are outlets; 'TRT' (01) is the state broadcaster. "
             "Descriptions: 'the Turkish president' (05), 'the 68-year-old' (05) and 'Mr President' (03) for Erdoğan; "
             "'the 71-year-old' (02) for Griffiths; 'the opposition leader' (05) and 'the leader of the CHP' (03) for "
             "Kılıçdaroğlu; 'The Syrian president' (04) for Assad; 'the contractor' (03) for Mehmet Yılmaz; 'the "
             "international organisation' (04) for the UN; \"Turkey's disaster agency\" (05) for AFAD; 'Damascus' for Syria and 'Ankara' for Turkey (above). Not "
             "keyed: adjectives and demonyms (Turkish, Syrian, Emirati, Western, Arab, Anatolian, Arabian), 'the "
             "regime' (04, the Syrian government), 'the West', the unnamed health ministry of Syria ('the health "
             "ministry', 'the ministry of health of the regime'), 'the ministry of Environment, Urbanisation and "
             "Climate Change' (03, lower-case), 'Twitter', 'State media', 'the state broadcaster', 'Istanbul airport' "
             "(05, lower-case; the city 'Istanbul' inside it is not counted), the provinces as common nouns, the camp "
             "and the plates. roles: roles stated in an apposition or title, for information.",
    "entities": [{"name": n, "type": t, "aliases": a} for n, t, a in ents],
    "must_not_merge": must_not_merge,
    "descriptions": [{"entity": e, "descriptions": d} for e, d in descriptions],
    "roles": [{"entity": e, "roles": r} for e, r in roles],
})

# ---------------------------------------------------------------------------------------------- dates
dates = [
    # 01: published Wednesday 2023-02-08 (JSON field 2023-02-08T09:30:00Z, 12:30 in Istanbul)
    ["01", "Wednesday", "2023-02-08"],
    ["01", "Monday", "2023-02-06"],
    ["01", "Monday", "2023-02-06"],
    ["01", "nine hours", "PT9H"],
    ["01", "Tuesday", "2023-02-07"],
    ["01", "two days", "P2D"],
    ["01", "52 hours", "PT52H"],
    ["01", "Monday", "2023-02-06"],
    ["01", "Wednesday", "2023-02-08"],
    ["01", "May 14", "2023-05-14"],
    ["01", "Wednesday", "2023-02-08"],
    ["01", "1999", "1999"],
    ["01", "Monday", "2023-02-06"],
    ["01", "1939", "1939"],
    # 02: published Tuesday 2023-02-14 (meta and JSON-LD 2023-02-14T08:10:00+02:00 only)
    ["02", "three months", "P3M"],
    ["02", "Monday", "2023-02-13"],
    ["02", "a week", "P1W"],
    ["02", "twelve years", "P12Y"],
    ["02", "Thursday", "2023-02-09"],
    ["02", "three days", "P3D"],
    ["02", "Sunday", "2023-02-12"],
    ["02", "The next day", "2023-02-13"],
    ["02", "Friday", "2023-02-10"],
    ["02", "Monday", "2023-02-13"],
    ["02", "a week", "P1W"],
    ["02", "Friday", "2023-02-10"],
    ["02", "the same day", "2023-02-10"],
    ["02", "Monday", "2023-02-13"],
    ["02", "three months", "P3M"],
    # 03: published Sunday 2023-02-12 (visible date line '12.02.2023 - 11:42', day before month)
    ["03", "6 February", "2023-02-06"],
    ["03", "yesterday", "2023-02-11"],
    ["03", "7 February", "2023-02-07"],
    ["03", "3 months", "P3M"],
    ["03", "Wednesday", "2023-02-08"],
    ["03", "one year", "P1Y"],
    ["03", "2018", "2018"],
    ["03", "1999", "1999"],
    ["03", "150th hour", "PT150H"],
    ["03", "140th hour", "PT140H"],
    ["03", "Monday", "2023-02-06"],
    ["03", "Tomorrow", "2023-02-13"],
    # 04: published Tuesday 2023-02-21, no date line
    ["04", "yesterday", "2023-02-20"],
    ["04", "Monday", "2023-02-20"],
    ["04", "sixth of February", "2023-02-06"],
    ["04", "sixth of February", "2023-02-06"],
    ["04", "yesterday", "2023-02-20"],
    ["04", "yesterday", "2023-02-20"],
    ["04", "thirteenth of February", "2023-02-13"],
    ["04", "last week", "2023-02-13/2023-02-19"],
    ["04", "two weeks", "P2W"],
    ["04", "ten years", "P10Y"],
    ["04", "March", "2023-03"],
    # 05: published Thursday 2023-02-23, no date line
    ["05", "Monday", "2023-02-20"],
    ["05", "two weeks", "P2W"],
    ["05", "February 6th", "2023-02-06"],
    ["05", "nine hours", "PT9H"],
    ["05", "yesterday", "2023-02-22"],
    ["05", "1999", "1999"],
    ["05", "2003 to 2014", "2003/2014"],
    ["05", "May 14th", "2023-05-14"],
    ["05", "February 7th", "2023-02-07"],
    ["05", "a year", "P1Y"],
    ["05", "2018", "2018"],
    ["05", "212 hours", "PT212H"],
    ["05", "February 14th", "2023-02-14"],
    ["05", "a week", "P1W"],
    ["05", "Monday February 13th", "2023-02-13"],
    ["05", "three months", "P3M"],
    ["05", "a week", "P1W"],
    ["05", "a decade", "P10Y"],
    ["05", "earlier this month", "2023-02"],
    ["05", "next Sunday", "2023-02-26"],
    # 06: published Friday 2023-02-10 (visible date line 'Published: Friday, February 10, 2023, 18:20 GST')
    ["06", "Friday", "2023-02-10"],
    ["06", "four days", "P4D"],
    ["06", "Monday", "2023-02-06"],
    ["06", "yesterday", "2023-02-09"],
    ["06", "the weekend", "2023-02-11/2023-02-12"],
    ["06", "next week", "2023-02-13/2023-02-19"],
    ["06", "a century", "P100Y"],
    ["06", "Friday", "2023-02-10"],
    ["06", "90 hours", "PT90H"],
    ["06", "Tuesday", "2023-02-07"],
    ["06", "Wednesday", "2023-02-08"],
    ["06", "Sunday", "2023-02-12"],
    ["06", "Monday", "2023-02-06"],
]
dump('dates.json', {
    "about": "Answer key for date normalisation on corpus-u/articles, same conventions as corpus-c..r: document id prefix, "
             "the expression as written (the first occurrence not yet matched, in text order; a system expression that "
             "contains the key text matches, so 'Monday' in 01 also matches 'on Monday' and \"Monday's earthquakes\", "
             "'nine hours' 'About nine hours later', 'yesterday' in 04 'yesterday, Monday', 'sixth of February' 'the "
             "sixth of February', 'Monday February 13th' 'on Monday February 13th', '150th hour' 'at the 150th hour'), "
             "its absolute value. Weeks run Monday to Sunday. Dates are local dates (Turkey and Syria, UTC+3). The date "
             "lines '12.02.2023 - 11:42' (03, day before month) and 'Published: Friday, February 10, 2023, 18:20 GST' "
             "(06), the dateline of 01, headlines, standfirsts ('Seventeen days after the earthquakes' in 05), captions, "
             "related links ('six-month sanctions waiver' in 02's) and 03's duplicated lead are not keyed. Clock times "
             "and parts of days ('at 04:17 local time', 'at 8:04 in the evening', 'this morning' in Hasan Kaya's "
             "quotation, 'late on Monday' keyed as the day, 'by Monday night' keyed as the day, 'On Monday evening' "
             "keyed as the day, 'in the small hours of February 14th' keyed as the day) are keyed only through their "
             "day. Vague, recurring or anaphoric expressions ('for a third day', 'until now', 'in the first days', 'in "
             "the first week after the earthquake', 'by the weekend' in 05 (the weekend before the article? not "
             "resolvable), 'within days', 'the coming weeks', 'through the week', 'Every hour', 'each morning') are not "
             "keyed; nor are adjectival spans ('a three-month state of emergency', 'a six-month state of emergency', "
             "'twelve-storey', 'ten-day-old', 'a ten-year-old girl'), ages ('Hasan Kaya, 54', 'the 71-year-old', 'the "
             "68-year-old', 'turns 69', 'a 26-year-old nurse', 'a woman of 40 years', 'Al-Khouza, 47 years'), magnitudes (7.8, 7.5, "
             "7.7, 7.6, 6.4), counts and tolls (8,400, 5,894, 1,262, 1,280, 2,166, 1,414, 3,500, 31,643, 35,000, 113, "
             "12, 29,605, 218 thousand, 2,274, 3,680, 130, 294, 43,556, 47,000, 3,700, 1,387, 2,030, 20,213, 23,600, "
             "1,600, 17,000, 'ten provinces', '10 provinces', 'four million people', 'six trucks', '12 floors', 'a "
             "dozen', 'More than 100'), distances ('60 kilometres', '90 kilometres', '400 kilometres') and money ('Dh "
             "367 million', in a related link). Durations are keyed as spans: rescue times given in hours ('52 hours' "
             "01, 'at the 150th hour' and 'at the 140th hour' 03 (Turkish-style ordinals, calqued), '212 hours' 05, "
             "'90 hours' 06), 'nine hours' (01, 05: the gap between the two quakes of 6 February), 'For two days' "
             "(01), 'three months' (02, twice, and 05: the UN's use of the two new crossings; 03's '3 months' is the "
             "state of emergency: same length, different things), 'a week' (02 twice, 05 twice), 'twelve years' (02), "
             "'three days' (02), 'one year' (03) and 'a year' (05) (the promise to rebuild), 'two weeks' (04, 05), 'ten "
             "years' (04), 'a decade' (05), 'four days' (06), 'a century' (06). Relative dates: 01 (Wednesday 8 "
             "February) 'on Wednesday' three times 8 February (the third day; 'by Wednesday'; the visit 'later on "
             "Wednesday'), 'Monday' four times 6 February (\"Monday's earthquakes\", 'at 04:17 local time on Monday', "
             "the road 'damaged on Monday', \"Monday's disaster\"), 'on Tuesday' 7 February (the state of emergency), "
             "'on May 14' (the elections, yearless) 2023-05-14. 02 (Tuesday 14 February): 'late on Monday', 'on "
             "Monday' (AFAD's count) and 'by Monday night' 13 February; 'only on Thursday' 9 February (the first "
             "convoy); 'on Sunday' 12 February (Griffiths at the border), 'The next day' 13 February (Griffiths in Aleppo); 'on Friday' twice and 'the same day' 10 "
             "February (the end of the White Helmets' search; Assad in Aleppo; his cabinet's decision). 03 (Sunday 12 "
             "February): 'the 6 February', 'yesterday' 11 February (the contractor caught), 'the 7 February', 'on "
             "Wednesday' 8 February (Erdoğan's visit), 'the two earthquakes of Monday' 6 February, 'Tomorrow' 13 "
             "February (the damage assessment). 04 (Tuesday 21 February, no date line): 'yesterday, Monday' keyed twice "
             "(both 20 February), 'the sixth of February' twice, 'yesterday' twice more in Al-Khouza's paragraph (20 "
             "February, one of them inside his quotation), 'the thirteenth of February' (yearless), 'last week' 13-19 February (the trucks), 'before the rains "
             "of March' March 2023. 05 (Thursday 23 February, no date line): 'On Monday evening' 20 February (the "
             "aftershock; not the Monday of 6 February nor the Monday of 13 February), 'February 6th', 'yesterday' 22 "
             "February (AFAD's count), 'from 2003 to 2014' a range, 'May 14th', 'On February 7th', 'February 14th', "
             "'on Monday February 13th', 'earlier this month' February 2023 (the Emirati minister in Damascus), 'next Sunday' 26 February (Erdoğan's birthday: 'who turns 69 next Sunday', an age and a date). 06 (Friday 10 February): 'on Friday' twice 10 February, \"since Monday's "
             "earthquakes\" and 'since Monday' 6 February, 'yesterday' 9 February (the convoy), 'at the weekend' 11-12 "
             "February, 'next week' 13-19 February (Griffiths's expected visit), 'On Tuesday' 7 February, 'on "
             "Wednesday' 8 February, 'on Sunday' 12 February (the Emirati minister's expected visit).",
    "dates": dates,
})

# ---------------------------------------------------------------------------------------------- publication
pubs = [
    {"doc": "01", "date": "2023-02-08", "stated": True,
     "how": "JSONL published field 2023-02-08T09:30:00Z (12:30 in Istanbul); rescuers dig 'for a third day on "
            "Wednesday' after 'Monday's earthquakes'",
     "window": ["2023-02-08", "2023-02-08"]},
    {"doc": "02", "date": "2023-02-14", "stated": True,
     "how": "meta article:published_time and JSON-LD datePublished 2023-02-14T08:10:00+02:00 (no visible date); the "
            "UN announcement 'late on Monday' (13 February per 04/05) is past and 'none had crossed by Monday night'",
     "window": ["2023-02-14", "2023-02-14"]},
    {"doc": "03", "date": "2023-02-12", "stated": True,
     "how": "visible date line '12.02.2023 - 11:42' (day.month.year); the visit 'on Wednesday' is past and the damage "
            "assessment 'Tomorrow' to come",
     "window": ["2023-02-12", "2023-02-12"]},
    {"doc": "04", "date": "2023-02-21", "stated": False,
     "how": "none: the 6.4 quake struck 'yesterday, Monday' (20 February per 05), two weeks after 'the sixth of "
            "February', and the crossings were opened after the agreement of 'the thirteenth of February': Tuesday 21 "
            "February",
     "window": ["2023-02-21", "2023-02-21"]},
    {"doc": "05", "date": "2023-02-23", "stated": False,
     "how": "none: the aftershock 'On Monday evening' came 'exactly two weeks after the disaster of February 6th' (so "
            "Monday 20 February), AFAD's count was given 'yesterday'; the text proves only a day in the week after "
            "that Monday and before the elections; the standfirst's 'Seventeen days after the earthquakes' (boilerplate) "
            "would give 23 February",
     "window": ["2023-02-21", "2023-02-26"]},
    {"doc": "06", "date": "2023-02-10", "stated": True,
     "how": "visible date line 'Published: Friday, February 10, 2023, 18:20 GST'; Assad toured Aleppo 'on Friday', "
            "'four days after the disaster'",
     "window": ["2023-02-10", "2023-02-10"]},
]
dump('publication.json', {
    "about": "True publication date of each document (the one the author had in mind) and whether the input states it "
             "(metadata, JSON field or a visible date line). window: the span a careful reader can prove from the text "
             "alone (plus event dates the other articles give); the engine's published.earliest..latest should contain "
             "'date'.",
    "published": pubs,
})

# ---------------------------------------------------------------------------------------------- timeline
ev = []
event = recorder(ev)
event("The magnitude 7.8 earthquake near Pazarcık (Kahramanmaraş) at 04:17", "2023-02-06",
      ["01", "03", "04", "05", "06"],
      ["7.8", "7.7", "pazarc", "04:17", "first quake", "first earthquake"],
      note="the first of two quakes on the same day; 03 gives AFAD's magnitudes (7.7 and 7.6); 04 'the catastrophe of "
           "the sixth of February', 06 \"since Monday's earthquakes\"")
event("The magnitude 7.5 earthquake near Elbistan, about nine hours after the first", "2023-02-06",
      ["01", "03", "05"],
      ["7.5", "7.6", "elbistan", "second quake", "second earthquake"],
      note="same day as the first quake, a separate event that must stay apart from it; 03 'the two earthquakes of "
           "Monday'")
event("Erdoğan declares a three-month state of emergency in the ten affected provinces", "2023-02-07",
      ["01", "03", "05", "06"],
      ["emergency"],
      note="05 says six months (the intended contradiction), same event")
event("Erdoğan visits Kahramanmaraş and Hatay and admits shortcomings", "2023-02-08", ["03", "06"],
      ["visit", "tour", "shortcoming"],
      note="01 announces the visit for 'later on Wednesday' (planned, not listed); 05's 'Touring Kahramanmaraş' is "
           "undated")
event("The first UN aid convoy after the quakes (six trucks) crosses into north-west Syria at Bab al-Hawa",
      "2023-02-09", ["02", "06"],
      ["convoy", "trucks", "bab al-hawa", "first un"])
event("Assad tours Aleppo, with his wife, his first visit to the disaster zone", "2023-02-10", ["02", "06"],
      ["aleppo", "tour", "visit"])
event("The Syrian cabinet approves aid across the front lines into opposition-held areas", "2023-02-10", ["02", "06"],
      ["cabinet", "front line", "cross-line", "approv"],
      note="same day as Assad's visit to Aleppo (02 'the same day'), a separate event")
event("The White Helmets end the search for survivors in north-west Syria", "2023-02-10", ["02", "06"],
      ["search", "white helmets", "recovery", "ended", "ending"],
      note="06 reports it on the day ('were ending the search'); 04's related link is boilerplate")
event("The contractor Mehmet Yılmaz is caught at Istanbul Airport on his way to Georgia", "2023-02-11", ["03"],
      ["yilmaz", "yılmaz", "contractor", "airport", "caught", "detain"],
      note="03 'yesterday'; 05 tells it without a date ('by the weekend' covers the dozen arrests)")
event("Martin Griffiths visits the Turkish side of the border and says the UN has failed north-west Syria",
      "2023-02-12", ["02"],
      ["griffiths", "border", "failed"],
      note="04 and 05 tell the visit without a date")
event("The UN announces that Assad has agreed to open Bab al-Salam and Al-Rai to UN aid for three months",
      "2023-02-13", ["02", "04", "05"],
      ["bab al-salam", "al-rai", "crossing", "agreed", "agreement", "open"],
      note="a Monday, like the quakes of 6 February and the aftershock of 20 February")
event("Nurhan Yılmaz is pulled alive from a building in Antakya after 212 hours", "2023-02-14", ["05"],
      ["nurhan", "212", "rescue", "pulled"],
      note="the other rescues (52 hours 01, the 150th and 140th hours 03, 90 hours 06) are undated")
event("A magnitude 6.4 earthquake strikes near Antakya (Hatay), killing six people in Turkey", "2023-02-20",
      ["04", "05"],
      ["6.4", "aftershock", "antakya", "hatay", "new earthquake", "earthquake", "quake"],
      note="a third quake, two weeks after the first two: must not be merged with the events of 6 February")
dump('timeline.json', {
    "about": "Real-world events the articles report, with date (day), until for multi-day events, the documents that report "
             "each (with a date the reader can resolve), and words by which a system event is recognised (title, trigger "
             "or participant entity ids). Dates are local dates (UTC+3). Occurrences of similar events must stay apart: "
             "the two quakes of Monday 6 February (7.8 near Pazarcık at 04:17, 7.5 near Elbistan about nine hours "
             "later) and the 6.4 quake near Antakya on Monday 20 February (three quakes, two Mondays); the three "
             "events of Friday 10 February (Assad in Aleppo, the cabinet's cross-line decision, the end of the White "
             "Helmets' search); three Mondays (6, 13 and 20 February). Not keyed: future, planned or announced events "
             "(01's visit 'later on Wednesday' (keyed from 03 and 06), 06's Griffiths visit 'at the weekend' and 'next "
             "week', the Emirati foreign minister 'expected in Damascus on Sunday' (04 says only 'in the first week', 05 'earlier this month'), Griffiths in Aleppo 'The next day' (02, 13 February, a side trip before the announcement), "
             "03's damage assessment 'Tomorrow', the elections of 14 May, the rains of March), events dated only "
             "loosely or not at all (the rescues after 52, 150, 140 and 90 hours, the dozen arrests 'by the weekend', "
             "Kılıçdaroğlu's accusations, the 2018 zoning amnesty, the Izmit quake of 1999, the 1939 quake, Erdoğan's "
             "years as prime minister from 2003 to 2014), statements and counts (AFAD's, the health ministry's and the "
             "White Helmets' tolls, Guterres's statement, Raed al-Saleh's interviews, Bozdağ's figures), states (the "
             "state of emergency in force, the single crossing) and same-day side events folded into a keyed one "
             "(see notes).",
    "events": ev,
})

# ---------------------------------------------------------------------------------------------- quotes
quotes = [
    ["01", "We will use every means of the state", "direct", ERD],
    ["01", "Nobody will be left in the street", "direct", ERD],
    ["01", "5,894 people had been killed in Turkey", "indirect", AFAD],
    ["01", "help had been slow to arrive", "indirect", [None]],
    ["01", "For two days we dug with our hands", "direct", HKAYA],
    ["01", "The cranes came this morning", "direct", HKAYA],
    ["01", "a team of firefighters from Izmir pulled", "indirect", ["TRT", None]],
    ["01", "their teams were overwhelmed", "indirect", WH],
    ["01", "entire neighbourhoods had been flattened", "indirect", SAL],
    ["01", "We are racing against time", "direct", SAL],
    ["01", "Every hour that passes", "direct", SAL],
    ["01", "The road to the crossing was damaged", "indirect", [None, UN]],
    ["01", "Western sanctions were hampering relief", "indirect", [None, "Syria", "Damascus"]],
    ["01", "the region sits on the East Anatolian Fault", "indirect", [None]],
    ["01", "A quake of this size on this fault was expected", "direct", AKAYA],
    ["01", "the second quake had ruptured a separate fault branch", "indirect", AKAYA],

    ["02", "President Bashar al-Assad has agreed to let the United Nations", "indirect", UN],
    ["02", "With these crossings open, more aid can reach", "direct", GUT],
    ["02", "So far we have failed the people", "direct", GRI],
    ["02", "They rightly feel abandoned", "direct", GRI],
    ["02", "the UN's task was to correct that failure", "indirect", GRI],
    ["02", "their own toll had reached 2,166 dead", "indirect", WH],
    ["02", "31,643 people had been killed", "indirect", AFAD],
    ["02", "We waited for the UN for a week", "direct", SAL],
    ["02", "owed the victims' families an apology", "indirect", SAL],
    ["02", "politicised", "partial", ASS],
    ["02", "Assad has turned a catastrophe into a bargaining chip", "direct", KHO],
    ["02", "He gives the UN what it should have had by right", "direct", KHO],
    ["02", "the three months could be renewed", "indirect", KHO],
    ["02", "the new crossings, north of Aleppo", "indirect", [None, "Syrian Interim Government"]],

    ["03", "12 of these persons have been taken into custody", "indirect", BOZ],
    ["03", "Whoever has a fault, whoever has a negligence", "direct", BOZ],
    ["03", "for a business trip", "partial", MYIL],
    ["03", "his client has built the building", "indirect", [None]],
    ["03", "the number of our citizens who lost their life", "indirect", AFAD],
    ["03", "the search and rescue works continue", "indirect", AFAD],
    ["03", "There are shortcomings", "direct", ERD],
    ["03", "But we will not leave any of our citizens in the street", "direct", ERD],
    ["03", "the zoning amnesty made in 2018", "indirect", KIL],
    ["03", "This collapse is the collapse of a system", "direct", KIL],
    ["03", "We heard her voice and we did not stop", "direct", AYIL],
    ["03", "the hope is finishing only when we finish", "direct", AYIL],
    ["03", "the region was waiting a big earthquake", "indirect", GOR],
    ["03", "the two earthquakes of Monday", "indirect", [None]],

    ["04", "it killed six persons and injured 294", "indirect", AFAD],
    ["04", "more than 130 persons were injured", "indirect", WH],
    ["04", "Our teams went out immediately", "direct", SAL],
    ["04", "and we did not record until now any deaths", "direct", SAL],
    ["04", "the teams evacuated the families", "indirect", SAL],
    ["04", "Whoever has a house which was damaged", "direct", SAL],
    ["04", "the Civil Defence recovered in total", "indirect", SAL],
    ["04", "his family slept yesterday in the car", "indirect", AAK],
    ["04", "We escaped from the bombardment", "direct", AAK],
    ["04", "To where do we escape now", "direct", AAK],
    ["04", "failed", "partial", GRI],
    ["04", "dozens of trucks crossed last week", "indirect", UN],
    ["04", "The regime of Bashar Al-Assad tries to exploit", "indirect", SAK],
    ["04", "Damascus received in two weeks", "indirect", SAK],
    ["04", "The earthquake opened to Assad doors", "direct", SAK],
    ["04", "its teams will continue the removal of the rubble", "indirect", WH],

    ["05", "43,556 people had died in Turkey", "indirect", AFAD],
    ["05", "shortcomings", "partial", ERD],
    ["05", "part of fate's design", "partial", ERD],
    ["05", "it was not destiny that let contractors", "indirect", KIL],
    ["05", "If anyone is to blame for this", "direct", KIL],
    ["05", "Arresting contractors is necessary", "direct", ARS],
    ["05", "The permits were signed by officials", "direct", ARS],
    ["05", "the state of emergency allowed the government", "indirect", ARS],
    ["05", "which is exactly how we got here", "partial", ARS],
    ["05", "She asked us what day it was", "direct", BKAYA],
    ["05", "the world had \"failed\" the people there", "indirect", GRI],
    ["05", "Bashar al-Assad had agreed to open two more crossings", "indirect", UN],
    ["05", "too little, a week too late", "partial", SAL],
    ["05", "Disasters do not change governments on their own", "direct", ARS],
    ["05", "but they remind people what a government is for", "direct", ARS],

    ["06", "his cabinet had approved the delivery", "indirect", [None]],
    ["06", "the sanctions imposed by Western countries", "indirect", [None, "Syria", "Damascus"]],
    ["06", "The six trucks, loaded with tents", "indirect", [None, UN]],
    ["06", "This is the worst natural disaster in the region", "direct", GRI],
    ["06", "1,387 people had died", "indirect", [None, "Syria"]],
    ["06", "more than 2,030 had been killed", "indirect", WH],
    ["06", "We did everything we could with what we had", "direct", SAL],
    ["06", "What we needed was heavy machinery", "direct", SAL],
    ["06", "shortcomings", "partial", ERD],
    ["06", "The people of Turkey and Syria are not alone", "direct", MBZ],
    ["06", "The Emirati foreign minister", "indirect", [None]],
    ["06", "the lack of access to the northwest", "indirect", [None]],
    ["06", "One crossing for four million people", "direct", DAR],
    ["06", "the UN should not wait", "indirect", DAR],
    ["06", "it had recorded more than 1,600", "indirect", AFAD],
]
dump('quotes.json', {
    "about": "Answer key for quotations on corpus-u/articles, same conventions as corpus-c..r: document id prefix, the first "
             "words of the quoted or reported content, kind, and the speaker's canonical name (null: the text does not "
             "name one; a list: any of these is right, and a list containing null also accepts no speaker). A quote "
             "interrupted by its attribution (04 Al-Salih's '\"Our teams went out immediately to all the areas,\" said "
             "the director of the Civil Defence, Raed Al-Salih, in a statement, \"and we did not record ...\"', 03 "
             "Ahmet Yilmaz's '\"...,\" has told to our newspaper the rescuer Ahmet Yilmaz from the mining search team, "
             "\"the hope is finishing ...\"', 05 Arslan's '\"Disasters do not change governments on their own,\" Ms "
             "Arslan said, \"but they remind ...\"') or continued without one (01 Erdoğan's 'Nobody will be left in the "
             "street', 01 Hasan Kaya's, Raed al-Saleh's and 02 Griffiths's, Khoury's second sentences, 03 Erdoğan's "
             "'But we will not leave ...', 04 Al-Salih's 'Whoever has a house ...' after 'He added that', 04 "
             "Al-Khouza's 'To where do we escape now?', 05 Arslan's 'The permits were signed by officials', 06 Raed "
             "al-Saleh's 'What we needed was heavy machinery') is keyed once per piece; 02's 'The UN, he said, owed the "
             "victims' families an apology' is reported speech interrupted by its attribution (keyed at 'owed'). A "
             "reported clause with quoted words in it is keyed as the partial quote: 02 Assad 'has said that the West "
             "\"politicised\" the disaster', 03 the contractor 'has told the police that he was going abroad \"for a "
             "business trip\"' (given 'According to the security sources'; the contractor is the speaker), 04 Griffiths "
             "'had acknowledged ... that the international organisation \"failed\" the people', 05 Erdoğan 'has "
             "admitted \"shortcomings\"' and 'said that such things had always happened and were \"part of fate's "
             "design\"' (keyed at the quoted words), 05 Arslan 'told The Meridian Review that the state of emergency "
             "allowed the government ..., \"which is exactly how we got here\"' (keyed twice: the reported clause, "
             "then the quoted words), 05 Raed al-Saleh 'called it \"too little, a week too late\"', 06 Erdoğan 'he "
             "acknowledged that there had been \"shortcomings\"'; 05 Griffiths 'said the world had \"failed\" the "
             "people there' is keyed as indirect at its first words. Forms: 'said X' inverted (01 'said Hasan Kaya', "
             "'said Dr Ayşe Kaya', 02 'said Lina Khoury', 04 'said Al-Khouza, 47 years', 05 'said Deniz Arslan', 06 "
             "'said Sheikh Mohamed bin Zayed Al Nahyan', 'said Yusuf Darwish'), machine-translated 'has said the "
             "Minister' (03 Bozdag), 'has declared Mr President' (03 Erdoğan), 'has said the leader of the CHP' (03 "
             "Kılıçdaroğlu), 'has told to our newspaper the rescuer' (03), 'X has declared that' (03 Bozdag; 03 'His "
             "lawyer has declared that', null); 'He said:' before the quotation (05 Kılıçdaroğlu); 'X told <outlet>' "
             "(01 Raed al-Saleh 'told the agency that', 02 'told the Ledger', 05 Arslan 'told The Meridian Review "
             "that'); 'Mr Kaya recalled' after the quotation (05); 'the 71-year-old wrote on Twitter' (02 Griffiths, "
             "speaker given by a description); 'according to' (03 'According to the last data of the ... AFAD', 03 "
             "'According to Kilicdaroglu', 04 'according to the political analyst Samer Al-Khouza, who estimates "
             "that', 06 'he said in Geneva, according to UN officials' (Griffiths is the speaker), 04 'dozens of trucks crossed last week according to the United Nations' (the UN)); a sentence-final "
             "attribution after reported speech (01 'the state broadcaster TRT reported', 01 'UN officials said' "
             "(null or the UN), 06 'a UN spokesman said' (null or the UN), 06 'officials said' (null)); speakers given "
             "only by a pronoun or role: 01 'he said' (Erdoğan, Raed al-Saleh), 01 'She said that' (Ayşe Kaya), 02 'She "
             "added that' (Khoury), 04 'He added that' (Al-Salih), 04 'he said' (Samer Al-Khouza), 05 'the 68-year-old "
             "said' (Erdoğan), 05 'She told' (Arslan); organisations as speakers: AFAD (01, 02, 03, 04, 05, 06), the "
             "White Helmets (01, 02, 04 'the Syrian Civil Defence (the White Helmets) said', 04 'The Civil Defence "
             "announced that', 06), the UN (02 'the UN said late on Monday', 05 'the UN announced that'), the Syrian "
             "government (01 'The Syrian government ... said that', 06 'Officials in Damascus said that': null, Syria "
             "or Damascus); 06 \"Syria's health ministry said\" (null or Syria). Unnamed speakers (null): 01 "
             "'Survivors in Antakya ... said', 01 'Seismologists said', 02 'Officials of the opposition's Syrian "
             "Interim Government said' (null or the Syrian Interim Government), 03 'The experts indicate that', 06 "
             "'State media said', 06 'Humanitarian workers said that'. Curly quotes (02), straight quotes (01, 03, "
             "04, 05, 06). Not keyed: 01 'the health ministry in Damascus reported 1,262 deaths' and 'the White "
             "Helmets ... counted more than 1,280' (counts, not speech; the AFAD 'said that' clause before them is "
             "keyed), 01 'He called on the United Nations to send rescue equipment' (a call), 01 'Opposition "
             "politicians have accused the government' (an accusation), 03 'Erdogan has asked the citizens not to give "
             "credit to the \"provocations\"' (a request), 03 'AFAD ... the number ... has risen' is keyed through "
             "'According to', 04 'the ministry of health of the regime announced 1,414 deaths' (inside Al-Salih's "
             "reported sentence), 04 'called the organisations to secure the shelters' (a call), 05 'Mr Grifiths called "
             "it a step forward' (a characterisation without quotation marks), 05 'Critics note that' (a reported "
             "opinion of unnamed critics, not keyed), 06 'the Disaster and Emergency Management Presidency put the "
             "death toll at 20,213' (a count), headlines, captions, standfirsts and 03's duplicated lead.",
    "quotes": quotes,
})

# ---------------------------------------------------------------------------------------------- claims
claims = [
    {"id": "state-of-emergency",
     "text": "On 7 February Erdoğan declared a three-month state of emergency in the ten affected provinces",
     "docs": ["01", "03", "06"],
     "anchors": {
         "01": "Erdoğan on Tuesday declared a three-month state of emergency",
         "03": "has declared on the 7 February the state of emergency for 3 months",
         "06": "President Recep Tayyip Erdoğan declared a three-month state of emergency"},
     "contradiction": {
         "docs": ["05"],
         "anchors": {"05": "he declared a six-month state of emergency"},
         "aspect": "number",
         "detail": "05 puts the length of the state of emergency of 7 February at six months against three months in "
                   "01/03/06"},
     "note": "the three months of the UN's two new crossings (02, 05) are another period; the 'six-month sanctions "
             "waiver' in 02's related links is boilerplate"},
    {"id": "second-quake",
     "text": "About nine hours after the first quake, a second quake of magnitude 7.5 struck near Elbistan",
     "docs": ["01", "05"],
     "anchors": {
         "01": "About nine hours later a second quake of magnitude 7.5",
         "05": "followed about nine hours later by a 7.5 quake near Elbistan"},
     "contradiction": None,
     "note": "05's sentence also gives the first quake (7.8, 04:17, Pazarcık), which 01 states in a sentence of its "
             "own; 03's 'magnitudes 7.7 and 7.6 according to AFAD' are the Turkish agency's measurements of the same "
             "two quakes, not a contradiction"},
    {"id": "erdogan-shortcomings",
     "text": "Erdoğan admitted shortcomings in the response",
     "docs": ["03", "05"],
     "anchors": {
         "03": "There are shortcomings, it is not possible to be prepared",
         "05": "Mr Erdoğan has admitted \"shortcomings\""},
     "contradiction": None,
     "note": "06 says it in the sentence anchored for the state of emergency"},
    {"id": "rebuild-within-a-year",
     "text": "Erdoğan pledged to rebuild the destroyed homes within a year",
     "docs": ["03", "05"],
     "anchors": {
         "03": "we will rebuild all the houses within one year",
         "05": "He has pledged to rebuild within a year"},
     "contradiction": None},
    {"id": "elections-may-14",
     "text": "Erdoğan faces elections on 14 May",
     "docs": ["01", "05"],
     "anchors": {
         "01": "who faces presidential and parliamentary elections on May 14",
         "05": "faces the elections he has promised for May 14th"},
     "contradiction": None},
    {"id": "detention-warrants",
     "text": "Detention warrants have been issued for more than 100 (113) people, builders of collapsed buildings",
     "docs": ["03", "05"],
     "anchors": {
         "03": "the number of the persons for whom detention decision is given has reached 113",
         "05": "More than 100 detention warrants have been issued for builders"},
     "contradiction": None,
     "note": "exact (113) against approximate (more than 100): agreement"},
    {"id": "twelve-in-custody",
     "text": "Twelve of them (a dozen) had been taken into custody",
     "docs": ["03", "05"],
     "anchors": {
         "03": "12 of these persons have been taken into custody",
         "05": "By the weekend police had caught a dozen of them"},
     "contradiction": None},
    {"id": "contractor-airport",
     "text": "The contractor Mehmet Yılmaz, whose twelve-storey block in Antakya collapsed, was caught at Istanbul "
             "airport on his way to Georgia",
     "docs": ["03", "05"],
     "anchors": {
         "03": "Yilmaz was caught yesterday at the Istanbul Airport",
         "05": "who was stopped at Istanbul airport on his way to Georgia"},
     "contradiction": None,
     "note": "03's 'a residence of 12 floors' and 05's 'twelve-storey block' agree; the 12 floors against the 12 "
             "people in custody are different quantities"},
    {"id": "amnesty-2018",
     "text": "The government granted a zoning amnesty for unlicensed buildings in 2018",
     "docs": ["03", "05"],
     "anchors": {
         "03": "the zoning amnesty made in 2018 has legalised the buildings",
         "05": "the same government granted amnesties for unlicensed buildings"},
     "contradiction": None},
    {"id": "bab-al-hawa-only",
     "text": "Bab al-Hawa was the only crossing open to UN aid into north-west Syria",
     "docs": ["01", "02", "05"],
     "anchors": {
         "01": "the only route the UN Security Council allows for aid into the northwest",
         "02": "ends a week in which only one crossing, Bab al-Hawa, was open to UN convoys",
         "05": "For a week the only way for UN aid to reach Syria's rebel-held northwest"},
     "contradiction": None,
     "note": "06's 'One crossing for four million people' (Darwish's quotation) is anchored for the four million"},
    {"id": "first-convoy",
     "text": "The first UN convoy after the quakes, six trucks of tents and blankets, crossed at Bab al-Hawa on "
             "Thursday 9 February",
     "docs": ["02", "06"],
     "anchors": {
         "02": "The first UN convoy after the quakes, six trucks",
         "06": "The first UN convoy to reach the rebel-held northwest since"},
     "contradiction": None,
     "note": "02 'three days after the disaster' and 06 'yesterday' (Thursday) agree; 01 (Wednesday) says no aid had "
             "come through yet: earlier, not a contradiction"},
    {"id": "four-million",
     "text": "About four million people live in north-west Syria",
     "docs": ["02", "06"],
     "anchors": {
         "02": "For the four million people of the northwest",
         "06": "One crossing for four million people"},
     "contradiction": None},
    {"id": "griffiths-failed",
     "text": "Martin Griffiths admitted that the UN (the world) had failed the people of north-west Syria",
     "docs": ["02", "04", "05"],
     "anchors": {
         "02": "So far we have failed the people of north-west Syria",
         "04": "the international organisation \"failed\" the people of the north-west",
         "05": "said the world had \"failed\" the people there"},
     "contradiction": None},
    {"id": "griffiths-damascus",
     "text": "Griffiths went to Damascus (and met Assad) before the agreement on the crossings",
     "docs": ["02", "05"],
     "anchors": {
         "02": "after the UN relief chief Martin Griffiths met Assad in Damascus",
         "05": "Mr Griffths then flew to Damascus"},
     "contradiction": None,
     "note": "06 expects the visit 'next week' (a plan)"},
    {"id": "new-crossings",
     "text": "On 13 February the UN announced that Assad had agreed to open Bab al-Salam and Al-Rai for three months",
     "docs": ["02", "04", "05"],
     "anchors": {
         "02": "President Bashar al-Assad has agreed to let the United Nations deliver",
         "04": "which was opened with the crossing of Al-Ra'i after the agreement",
         "05": "the UN announced that Bashar al-Assad had agreed to open two more crossings"},
     "contradiction": None,
     "note": "the three months of the crossings against the three months of the state of emergency: different things"},
    {"id": "assad-aleppo",
     "text": "Assad, with his wife Asma, toured the ruins of Aleppo on Friday 10 February",
     "docs": ["02", "06"],
     "anchors": {
         "02": "who toured the ruins of Aleppo with his wife",
         "06": "touring a hospital and collapsed buildings in Aleppo"},
     "contradiction": None,
     "note": "both sentences also give the cabinet's cross-line decision; 06's 'his first public appearance in the "
             "earthquake zone' and 02's silence on it do not conflict"},
    {"id": "western-sanctions",
     "text": "Damascus blames Western sanctions for hampering relief",
     "docs": ["01", "06"],
     "anchors": {
         "01": "said that Western sanctions were hampering relief",
         "06": "the sanctions imposed by Western countries were the main obstacle"},
     "contradiction": None},
    {"id": "white-helmets-end-search",
     "text": "The White Helmets ended their search for survivors in the northwest (10 February)",
     "docs": ["02", "06"],
     "anchors": {
         "02": "who ended their search for survivors in the northwest on Friday",
         "06": "their volunteers were ending the search for survivors"},
     "contradiction": None,
     "note": "the White Helmets' tolls in these sentences (2,166 in 02 on 14 February, more than 2,030 in 06 on 10 "
             "February) are counts at different dates, as is 04's 2,274 (21 February) and 01's more than 1,280 (8 "
             "February)"},
    {"id": "syria-health-ministry-1414",
     "text": "Syria's health ministry counted 1,414 deaths in government-held areas",
     "docs": ["02", "04"],
     "anchors": {
         "02": "In government-held areas the health ministry has counted 1,414",
         "04": "the ministry of health of the regime announced 1,414 deaths"},
     "contradiction": None,
     "note": "01's 1,262 (8 February) and 06's 1,387 (10 February) are earlier counts; 02's 'more than 3,500' for all "
             "Syria (2,166 + 1,414), 04's 'more than 3,680' (2,274 + 1,414) and 05's 'some 3,700' are the same kind of "
             "total at different dates"},
    {"id": "aftershock-6-4",
     "text": "On Monday 20 February a magnitude 6.4 quake struck near Antakya in Hatay",
     "docs": ["04", "05"],
     "anchors": {
         "04": "A new earthquake of magnitude 6.4 struck yesterday",
         "05": "On Monday evening a magnitude 6.4 quake struck near Antakya"},
     "contradiction": None,
     "note": "six dead in Turkey in both (04 'it killed six persons', 05 'killing six people'); 04's 'more than 130' "
             "injured in Syria against 294 injured in Turkey: different countries"},
]
dump('claims.json', {
    "about": "Checkable claims made by two or more sources on corpus-u/articles: short text, the documents asserting it "
             "(with an anchor: words of the asserting sentence in each document's cleaned text), and any contradiction "
             "(documents that disagree, aspect, detail). Only one contradiction is intended (the length of the state of "
             "emergency declared on 7 February: 'On February 7th he declared a six-month state of emergency' in 05 "
             "against three months in 01 'a three-month state of emergency', 03 'for 3 months' and 06 'a three-month "
             "state of emergency'); every other contradiction is a false alarm, in particular: the death tolls, which "
             "rise with the dates and come from different counters and for different areas: AFAD's toll for Turkey "
             "(5,894 on 8 February in 01, 20,213 on 10 February in 06, 29,605 on 12 February in 03, 31,643 on 13 "
             "February in 02, 43,556 on 22 February in 05), the Syrian health ministry's for government-held areas "
             "only (1,262 in 01, 1,387 in 06, 1,414 in 02 and 04), the White Helmets' for the opposition-held northwest "
             "only (more than 1,280 in 01, more than 2,030 in 06, 2,166 in 02, 2,274 in 04), the totals for Syria "
             "(more than 3,500 in 02, more than 3,680 in 04, 'some 3,700' in 05: exact against approximate) and the "
             "combined totals for both countries (past 8,400 in 01, above 23,600 in 06, past 35,000 in 02, above "
             "47,000 in 05); per-country against combined, per-area against national; the magnitudes 7.8 and 7.5 (01, "
             "05) against AFAD's own 7.7 and 7.6 (03, 'according to AFAD'): two agencies' measurements of the same two "
             "quakes; the 6.4 aftershock of 20 February (04, 05) is a third quake, not a restatement of either; the "
             "three months of the state of emergency (01, 03, 06) against the three months for which the two new "
             "crossings are opened (02, 05) and 02's 'the three months could be renewed'; the ten provinces (01, 03, "
             "05, 06) against the 10 provinces' prosecutors (03); 113 detention warrants (03) against 'More than 100' "
             "(05), and 12 in custody (03) against 'a dozen' (05), 12 floors (03) and 'twelve-storey' (05); the rescue "
             "times (52 hours 01, the 150th and 140th hours 03, 212 hours 05, 90 hours 06) are different rescues; "
             "'nine hours' between the two quakes (01, 05); the six trucks of the first convoy (02, 06) against the "
             "six dead of the aftershock (04, 05); 294 injured in Turkey (04) against more than 130 injured in Syria "
             "(04), and more than 34,000 injured on 8 February (01); 'four days after the disaster' (06, Friday) and "
             "'three days after the disaster' (02, Thursday): two different events; 01's 'no aid had come through by "
             "Wednesday' against the convoy of Thursday (02, 06): earlier; 02's 'a week' and 05's 'For a week' and 'a "
             "week too late': the same week; the 1999 Izmit quake (01 'more than 17,000' dead; 05) and the 'earthquake "
             "tax' collected since 1999 (03); 'the deadliest in Turkey since 1939' (01), 'the worst in the region for "
             "centuries' (05) and Griffiths's 'worst natural disaster in the region in a century' (06): different "
             "claims; 06's expected visit of the Emirati minister 'on Sunday' against 04's 'in the first week after "
             "the earthquake': a plan borne out; 06's Griffiths 'expected ... in Aleppo and Damascus next week' against "
             "02's and 05's completed visit; ages (Hasan Kaya 54, Griffiths 71, Erdoğan 68 and 'who turns 69 next Sunday' (05, consistent), Nurhan Yılmaz 26, "
             "Al-Khouza 47, 'a woman of 40 years'); Erdoğan's 'Nobody will be left in the street' (01) and 'we will "
             "not leave any of our citizens in the street' (03): the same promise; his 'shortcomings' (03, 05, 06) and "
             "'part of fate's design' (05): both said; Kılıçdaroğlu's 'collapse of a system' (03) and 'If anyone is to blame "
             "for this, it is Erdoğan' (05): compatible. People who share a surname must not be "
             "merged into one claim (the contractor Mehmet Yılmaz, the rescuer Ahmet Yilmaz, the rescued Nurhan "
             "Yılmaz; the two Al-Khouzas). Framing differs on purpose (01 neutral wire; 02 Beirut site critical of the "
             "UN's delay and of Assad, 'Assad has turned a catastrophe into a bargaining chip'; 03 Turkish daily, "
             "machine-translated, close to the government's line on contractors, 'Whoever has a fault ... will give "
             "account before the law'; 04 opposition paper of north-west Syria, machine-translated from Arabic, 'the "
             "liberated north', 'the regime'; 05 British analysis, 'The fault lines under Erdoğan'; 06 Gulf daily, "
             "warm to the UAE's role and neutral on Assad) without contradicting. One sentence anchors one claim: facts "
             "that several sources state only inside a sentence anchored for another claim are not keyed as claims "
             "(the first quake's 7.8 at 04:17 near Pazarcık, stated on its own only in 01; the cabinet's cross-line "
             "decision, 02/06; the Syrian totals; Erdoğan's visit and 'shortcomings' in 06; the White Helmets' tolls), "
             "and a sentence joining several keyed facts is anchored for one of them only. single_source lists claims "
             "only one document makes, for reference.",
    "claims": claims,
    "single_source": [
        {"doc": "01", "text": "The first quake, of magnitude 7.8, struck at 04:17 near Pazarcık, about 60 km from Gaziantep"},
        {"doc": "01", "text": "AFAD counted 5,894 dead and more than 34,000 injured in Turkey by 8 February"},
        {"doc": "01", "text": "A ten-year-old girl was rescued in Kahramanmaraş after 52 hours"},
        {"doc": "01", "text": "The region sits on the East Anatolian Fault; the second quake ruptured a separate branch"},
        {"doc": "01", "text": "The 1999 Izmit quake killed more than 17,000 people"},
        {"doc": "01", "text": "The disaster is the deadliest in Turkey since 1939"},
        {"doc": "02", "text": "Guterres announced the opening of the two crossings"},
        {"doc": "02", "text": "AFAD counted 31,643 dead in Turkey on 13 February; the combined toll passed 35,000"},
        {"doc": "02", "text": "The new crossings are north of Aleppo and the roads to them are damaged"},
        {"doc": "03", "text": "AFAD counted 29,605 dead in Turkey by 12 February, with more than 218,000 rescuers"},
        {"doc": "03", "text": "Earthquake Crimes Investigation Bureaus were set up in the prosecutors' offices of the 10 provinces"},
        {"doc": "03", "text": "A woman of 40 was rescued in Hatay at the 150th hour, two brothers in Kahramanmaraş at the 140th"},
        {"doc": "03", "text": "The two quakes broke the fault over about 400 km"},
        {"doc": "04", "text": "The 6.4 quake of 20 February killed six and injured 294 in Turkey, and injured more than 130 in north-west Syria"},
        {"doc": "04", "text": "The White Helmets recovered 2,274 bodies in the northwest; the toll in Syria passed 3,680"},
        {"doc": "04", "text": "Damascus received more Arab delegations in two weeks than in ten years"},
        {"doc": "05", "text": "AFAD counted 43,556 dead in Turkey by 22 February; the combined toll is above 47,000"},
        {"doc": "05", "text": "Nurhan Yılmaz was pulled alive in Antakya after 212 hours, on 14 February"},
        {"doc": "05", "text": "Erdoğan was prime minister from 2003 to 2014 and came to power after the 1999 quake"},
        {"doc": "06", "text": "The Syrian cabinet approved aid deliveries to all areas in coordination with the Red Crescent and the UN"},
        {"doc": "06", "text": "A ten-day-old baby and his mother were rescued in Hatay after 90 hours"},
        {"doc": "06", "text": "AFAD counted 20,213 dead in Turkey by 10 February; the total passed 23,600"},
        {"doc": "06", "text": "The UAE set up a field hospital in Gaziantep"},
        {"doc": "06", "text": "AFAD recorded more than 1,600 aftershocks"},
    ],
})
print('keys written')
