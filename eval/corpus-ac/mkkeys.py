"""Writes the answer keys of corpus-ac (the death of Iran's President Ebrahim Raisi in a helicopter crash near Varzaqan on
19 May 2024, the search and the funerals, the snap presidential election's first round of 28 June and run-off of 5 July
2024 won by Masoud Pezeshkian) into keys/.

Written by hand from reading the articles, before any engine run (the writer neither ran the engine nor read its
source); run once (python3 mkkeys.py), then python3 check_keys.py.
"""
import os
import sys

K = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'keys')

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from key_writing import recorder, writer  # noqa: E402

dump = writer(K)

P, O, G, L, M, MD = 'PERSON', 'ORG', 'GPE', 'LOC', 'MISC', 'MEDIA'
RAI, AA, KHA, MOJ, MOK = "Ebrahim Raisi", "Hossein Amir-Abdollahian", "Ali Khamenei", "Mojtaba Khamenei", \
    "Mohammad Mokhber"
BK, MB, GHA, PEZ, JAL = "Ali Bagheri Kani", "Mohammad Bagheri", "Mohammad Bagher Ghalibaf", "Masoud Pezeshkian", \
    "Saeed Jalili"
ALI, KOL, SAD, HAD, ESL, KAZ = "Ilham Aliyev", "Pirhossein Kolivand", "Farah Sadeghi", "Karim Haddad", "Mohsen Eslami", \
    "Reza Kazemi-Fard"
ERD, YER, DOG, FAR, KHO = "Recep Tayyip Erdoğan", "Ali Yerlikaya", "Mehmet Ali Doğan", "Leila Farahani", "Khomeini"
GC, IRGC, MSB, EHQ, IRNA = "Guardian Council", "Islamic Revolutionary Guard Corps", "Ministry of National Defence", \
    "Election Headquarters of the Country", "IRNA"

# ---------------------------------------------------------------------------------------------- entities
ents = [
    (RAI, P, ["Ebrahim Raisi", "Raisi", "Raeesi", "Ra'isi", "Seyyed Ebrahim Ra'isi", "İbrahim Reisi", "Reisi"]),
    (AA, P, ["Hossein Amir-Abdollahian", "Amir-Abdollahian", "Amirabdollahian", "Hüseyin Emir Abdullahiyan",
             "Emir Abdullahiyan", "Abdollahian"]),
    (KHA, P, ["Ali Khamenei", "Khamenei", "Khamene'i", "Ayatollah Khamene'i", "Ali Hamaney"]),
    (MOJ, P, ["Mojtaba Khamenei"]),
    (MOK, P, ["Mohammad Mokhber", "Muhammed Muhbir"]),
    (BK, P, ["Ali Bagheri Kani"]),
    (MB, P, ["Mohammad Bagheri"]),
    ("Malek Rahmati", P, ["Malek Rahmati"]),
    ("Mohammad Ali Al-e Hashem", P, ["Mohammad Ali Al-e Hashem"]),
    (ALI, P, ["Ilham Aliyev", "Aliyev", "İlham Aliyev"]),
    (KOL, P, ["Pirhossein Kolivand"]),
    (SAD, P, ["Farah Sadeghi"]),
    ("Ismail Haniyeh", P, ["Ismail Haniyeh"]),
    (HAD, P, ["Karim Haddad", "Haddad"]),
    ("Imam Reza", P, ["Imam Reza"]),
    (GHA, P, ["Mohammad Bagher Ghalibaf", "Mohammad-Bagher Qalibaf"]),
    (PEZ, P, ["Masoud Pezeshkian", "Pezeshkian", "Masoud Pezeshkiyan", "Pezeshkiyan", "Dr. Pezeshkiyan",
              "Mr Pezeshkain", "Mr Pezehskian"]),
    (JAL, P, ["Saeed Jalili", "Jalili", "Mr. Jalili", "Mr Jalili"]),
    (ESL, P, ["Mohsen Eslami"]),
    ("Mohammad Khatami", P, ["Mohammad Khatami", "Khatami"]),
    (KHO, P, ["Khomeini", "Ayatollah Khomeini"]),
    (KAZ, P, ["Reza Kazemi-Fard"]),
    (ERD, P, ["Recep Tayyip Erdoğan", "Erdoğan"]),
    (YER, P, ["Ali Yerlikaya"]),
    ("Hakan Fidan", P, ["Hakan Fidan"]),
    (DOG, P, ["Mehmet Ali Doğan"]),
    (FAR, P, ["Leila Farahani", "Ms Farahani"]),

    ("Iranian Red Crescent", O, ["Iranian Red Crescent"]),
    ("Turkish Red Crescent", O, ["Turkish Red Crescent", "Kızılay"]),
    ("Caspian Policy Forum", O, ["Caspian Policy Forum"]),
    ("Levant-Gulf Institute", O, ["Levant-Gulf Institute"]),
    ("Whitford Centre for Strategic Studies", O, ["Whitford Centre for Strategic Studies"]),
    ("Anatolian Centre for Security Studies", O, ["Anatolian Centre for Security Studies", "AGEM"]),
    (GC, O, ["Guardian Council", "Council of Guardians of the Constitution", "Council of Guardians",
             "Shora-ye Negahban"]),
    (IRGC, O, ["Islamic Revolutionary Guard Corps", "IRGC", "Revolutionary Guards"]),
    ("Hamas", O, ["Hamas"]),
    ("University of Tehran", O, ["University of Tehran", "Tehran University"]),
    (EHQ, O, ["Election Headquarters of the Country", "Setad-e Entekhabat-e Keshvar", "Headquarters"]),
    ("Supreme Council of National Security", O, ["Supreme Council of National Security"]),
    ("Majlis", O, ["Majlis", "Parliament"]),
    ("Turkish Armed Forces", O, ["Turkish Armed Forces"]),
    (MSB, O, ["Ministry of National Defence", "MSB"]),
    ("Disaster and Emergency Management Presidency", O, ["Disaster and Emergency Management Presidency", "AFAD"]),

    (IRNA, MD, ["IRNA"]),
    ("Crossroads Review", MD, ["Crossroads Review"]),

    ("Akinci", M, ["Akinci", "AKINCI"]),
    ("İHA", M, ["İHA"]),
    ("Bell 212", M, ["Bell 212"]),

    ("Iran", G, ["Iran", "Islamic Republic", "Islamic Republic of Iran"]),
    ("Azerbaijan", G, ["Azerbaijan"]),
    ("East Azerbaijan", G, ["East Azerbaijan"]),
    ("Turkey", G, ["Turkey"]),
    ("Tehran", G, ["Tehran"]),
    ("Ankara", G, ["Ankara"]),
    ("Varzaqan", G, ["Varzaqan"]),
    ("Tabriz", G, ["Tabriz"]),
    ("Qom", G, ["Qom"]),
    ("Mashhad", G, ["Mashhad"]),
    ("Baku", G, ["Baku"]),
    ("Moscow", G, ["Moscow"]),
    ("Beijing", G, ["Beijing"]),
    ("London", G, ["London"]),
    ("Beirut", G, ["Beirut"]),
    ("Washington", G, ["Washington"]),
    ("Batman", G, ["Batman"]),

    ("Qiz Qalasi dam", L, ["Qiz Qalasi", "Kız Kalesi"]),
    ("Aras", L, ["Aras"]),
    ("Enghelab Square", L, ["Enghelab Square"]),
    ("Shah Abdol-Azim", L, ["Shah Abdol-Azim"]),
    ("Hosseiniyeh Imam Khomeini", L, ["Hosseiniyeh Imam Khomeini"]),
]

descriptions = [
    (RAI, ["the 63-year-old cleric", "the martyr president"]),
    (PEZ, ["the 69-year-old heart surgeon", "the surgeon of the heart originating from Tabriz", "the president-elect",
           "the elected president", "the new president"]),
    (MOK, ["the acting president"]),
    (KHA, ["the Supreme Leader", "the Leader"]),
    (MOJ, ["the Supreme Leader's son", "the 54-year-old son of the Supreme Leader"]),
    (JAL, ["the hardline former nuclear negotiator"]),
    (GC, ["the 12-member body of clerics and jurists"]),
    ("Iran", ["Tehran"]),
    ("Turkey", ["Ankara"]),
]

roles = [
    (RAI, ["President", "the president Hojatoleslam"]),
    (AA, ["Foreign Minister", "the foreign minister"]),
    (KHA, ["Supreme Leader", "The Leader of the Revolution"]),
    (MOK, ["the first vice-president", "acting president"]),
    (BK, ["acting foreign minister", "the chief nuclear negotiator"]),
    (MB, ["The chief of staff of the armed forces", "Major General", "Chief of General Staff"]),
    ("Malek Rahmati", ["the governor of East Azerbaijan"]),
    ("Mohammad Ali Al-e Hashem", ["the Friday prayer leader of Tabriz"]),
    (ALI, ["Azerbaijan's President", "Azerbaijan President"]),
    (KOL, ["the head of the Iranian Red Crescent"]),
    (SAD, ["a senior fellow at the Caspian Policy Forum"]),
    ("Ismail Haniyeh", ["political leader"]),
    (HAD, ["director of the Levant-Gulf Institute"]),
    (GHA, ["the speaker of parliament", "The president of the Parliament", "the speaker"]),
    (PEZ, ["ninth president", "ex-minister of the health", "health minister"]),
    (JAL, ["ex-secretary of the Supreme Council of National Security", "ex-negotiator nuclear"]),
    (ESL, ["The spokesman of the Election Headquarters of the Country"]),
    (KAZ, ["professor of political sciences at the University of Tehran"]),
    (ERD, ["President"]),
    (YER, ["The Minister of Interior"]),
    ("Hakan Fidan", ["his Turkish counterpart"]),
    (DOG, ["The security expert"]),
    (FAR, ["who directs the Iran programme at the Whitford Centre for Strategic Studies"]),
]

must_not_merge = [
    [KHA, MOJ],
    [BK, MB],
    [GHA, MB],
    [KHA, KHO],
    ["Azerbaijan", "East Azerbaijan"],
    ["Iranian Red Crescent", "Turkish Red Crescent"],
    [RAI, "Imam Reza"],
]

dump('entities.json', {
    "about": "Answer key for entity resolution on corpus-ac/articles (the death of Iran's President Ebrahim Raisi, his "
             "foreign minister and seven others in a helicopter crash near Varzaqan, East Azerbaijan, on Sunday 19 May "
             "2024, the overnight search with a Turkish drone, the funerals, Mohammad Mokhber's interim and the snap "
             "election: first round 28 June, run-off 5 July 2024, won by Masoud Pezeshkian against Saeed Jalili), "
             "written from reading the articles. Same conventions as corpus-c..q: canonical name (a form that occurs in "
             "the texts), type, and every surface form that names the entity in the cleaned texts (headlines, "
             "standfirsts, captions, bylines, the dateline 'DUBAI (Meridian Wire) -', related links, share bars, 04's "
             "duplicated lead and other boilerplate excluded). Title+surname forms ('Mr. Jalili', 'Mr Jalili', 'Ms "
             "Farahani', 'Dr. Pezeshkiyan', 'Ayatollah Khamene'i', 'Ayatollah Khomeini') are keyed as aliases; "
             "title+full-name forms ('Dr. Masoud Pezeshkiyan', 'Mr. Saeed Jalili', 'Supreme Leader Ayatollah Ali "
             "Khamenei', 'Hojatoleslam Seyyed Ebrahim Ra'isi') are not listed separately. Defects on purpose: the dead "
             "president is 'Ebrahim Raisi' / 'Raisi', 'Raeesi' (02, on a placard, 'an older spelling of the name'), the "
             "Persian-style 'Seyyed Ebrahim Ra'isi' / 'Ra'isi' (03, machine-translated from Persian) and the Turkish "
             "'İbrahim Reisi' / 'Reisi' (04, machine-translated from Turkish); the foreign minister is 'Hossein "
             "Amir-Abdollahian' / 'Amir-Abdollahian' (01, 05), 'Amirabdollahian' (02), the Turkish 'Hüseyin Emir "
             "Abdullahiyan' / 'Emir Abdullahiyan' and, in the same article, 'Abdollahian, as the Western press writes "
             "him' (04); the Supreme Leader is 'Ali Khamenei' / 'Khamenei', 'Ayatollah Khamene'i' (03) and the Turkish "
             "'Ali Hamaney' (04); the acting president is 'Mohammad Mokhber' and the Turkish 'Muhammed Muhbir' (04); "
             "the winner is 'Masoud Pezeshkian' / 'Pezeshkian', 'Dr. Masoud Pezeshkiyan' / 'Dr. Pezeshkiyan' (03) and "
             "two misspellings of his surname in one article, 'Mr Pezeshkain' and 'Mr Pezehskian' (05); the speaker "
             "is 'Mohammad Bagher Ghalibaf' (02, 05) and 'Mohammad-Bagher Qalibaf' (03); Aliyev is 'İlham Aliyev' in 04; "
             "the dam is 'Qiz Qalasi' (01) and the Turkish 'Kız Kalesi' (04). Must not merge: Ali Khamenei and his son "
             "Mojtaba Khamenei (01, 02, 05; the bare 'Khamenei' is always Ali); Ali Bagheri Kani (acting foreign "
             "minister) and Mohammad Bagheri (chief of staff of the armed forces), both in 01 and 04; Mohammad "
             "Bagheri and Mohammad Bagher Ghalibaf (Bagher / Bagheri); Khamenei and Khomeini (05 'the mausoleum of "
             "Ayatollah Khomeini', 03 'the Hosseiniyeh Imam Khomeini', a place); Azerbaijan (the country, Aliyev's) "
             "and East Azerbaijan (the Iranian province); the Iranian Red Crescent (01, 04) and the Turkish Red "
             "Crescent (Kızılay, 04); Raisi and Imam Reza (the shrine in Mashhad, 02). Acronyms and foreign forms: "
             "'the Islamic Revolutionary Guard Corps (IRGC)' and 'the IRGC' (02), 'the Revolutionary Guards' (05); "
             "'the Council of Guardians of the Constitution (Shora-ye Negahban)' and 'the Council of Guardians' (03) "
             "are the Guardian Council (02, 05); 'the Election Headquarters of the Country (Setad-e Entekhabat-e "
             "Keshvar)' and 'the Headquarters' (03); 'the Ministry of National Defence (MSB)' and 'the MSB' (04, the "
             "Turkish acronym); 'The Disaster and Emergency Management Presidency (AFAD)' (04); 'the Anatolian Centre "
             "for Security Studies (AGEM)' (04); 'İHA' (04, the Turkish acronym for an unmanned aerial vehicle, keyed "
             "MISC); 'the Parliament' and 'the Majlis' (03) are the Majlis (the lower-case 'parliament' of 02 and 05 "
             "is not keyed); 'IRNA' is a news agency (MEDIA); 'the Crossroads Review' (05, in 'she told the Crossroads Review') is the outlet itself (MEDIA). 'the Islamic Republic' (02) and 'the Islamic Republic of "
             "Iran' (03) are Iran. Capitals for governments: 'Tehran' stands for the Iranian government in 02 "
             "(Haddad's 'Tehran wants the world to see continuity') and 04 ('Tehran has thanked Ankara') and is keyed "
             "as a description of Iran as well as the city's alias (the city in 01 'north-west of Tehran', 02 'central "
             "Tehran'); 'Ankara' stands for the Turkish government in 01 ('a Turkish Akinci drone sent by Ankara') and "
             "04 ('thanked Ankara') and is the city in 04 ('whom I welcomed in Ankara', 'known in Ankara'); 'Moscow' "
             "and 'Beijing' (01 'Leaders from Moscow to Beijing') are keyed as the cities only. Descriptions: 'the "
             "63-year-old cleric' (02) and 'the martyr president' (02, inside Mokhber's partial quote) for Raisi; 'the "
             "69-year-old heart surgeon' (05), 'The surgeon of the heart originating from Tabriz' (03), 'the elected "
             "president' and 'the new president' (03), 'the president-elect' (05, inside Jalili's quotation) for "
             "Pezeshkian; 'the acting president' (02) for Mokhber; 'the Supreme Leader' (01, 02, 05) and 'the Leader' "
             "(03) for Ali Khamenei; 'the Supreme Leader's son' (01, 05) and 'the 54-year-old son of the Supreme "
             "Leader' (02) for Mojtaba; 'the hardline former nuclear negotiator' (05) for Jalili; 'the 12-member body "
             "of clerics and jurists' (02) for the Guardian Council; 'Tehran' for Iran and 'Ankara' for Turkey "
             "(above). Not keyed: adjectives and demonyms (Iranian, Turkish, Western, Persian), 'state media', 'state "
             "television', 'the cabinet', 'the judiciary', 'the constitution', 'the armed forces', 'the heads of the "
             "three branches', 'Leaders', 'the system', the 'Friday prayer leader' (a role), 'Hojatoleslam' and "
             "'Seyyed' (honorifics), 'the hijab law', 'the nuclear deal', 'the revolution of 1979', 'Advertisement'. "
             "roles: roles stated in an apposition or title, for information.",
    "entities": [{"name": n, "type": t, "aliases": a} for n, t, a in ents],
    "must_not_merge": must_not_merge,
    "descriptions": [{"entity": e, "descriptions": d} for e, d in descriptions],
    "roles": [{"entity": e, "roles": r} for e, r in roles],
})

# ---------------------------------------------------------------------------------------------- dates
dates = [
    # 01: published Monday 2024-05-20 (JSON field 2024-05-20T13:30:00Z, 17:00 in Tehran)
    ["01", "Monday", "2024-05-20"],
    ["01", "Sunday", "2024-05-19"],
    ["01", "five days", "P5D"],
    ["01", "50 days", "P50D"],
    ["01", "2021", "2021"],
    ["01", "late June", "2024-06"],
    ["01", "March", "2024-03"],
    # 02: published Thursday 2024-05-23 (meta and JSON-LD 06:30 +04:00 only)
    ["02", "Wednesday", "2024-05-22"],
    ["02", "five weeks", "P5W"],
    ["02", "Sunday", "2024-05-19"],
    ["02", "Tuesday", "2024-05-21"],
    ["02", "the same evening", "2024-05-21"],
    ["02", "Thursday", "2024-05-23"],
    ["02", "the same day", "2024-05-23"],
    ["02", "Monday", "2024-05-20"],
    ["02", "June 28", "2024-06-28"],
    ["02", "May 30 to June 3", "2024-05-30/2024-06-03"],
    ["02", "March", "2024-03"],
    ["02", "next Monday", "2024-05-27"],
    ["02", "five days", "P5D"],
    ["02", "Friday", "2024-05-24"],
    # 03: published Saturday 2024-07-06 (visible date line 'Saturday 16 Tir 1403 – 6 July 2024, 09:40')
    ["03", "yesterday", "2024-07-05"],
    ["03", "Friday", "2024-07-05"],
    ["03", "8 Tir", "2024-06-28"],
    ["03", "28 June", "2024-06-28"],
    ["03", "30 Ordibehesht", "2024-05-19"],
    ["03", "19 May", "2024-05-19"],
    ["03", "1400", "2021-03-21/2022-03-20"],
    ["03", "2021", "2021"],
    ["03", "Wednesday", "2024-07-03"],
    ["03", "yesterday", "2024-07-05"],
    # 04: published Tuesday 2024-05-21, no date line
    ["04", "yesterday", "2024-05-20"],
    ["04", "Sunday", "2024-05-19"],
    ["04", "Sunday", "2024-05-19"],
    ["04", "one day", "P1D"],
    ["04", "January", "2024-01"],
    ["04", "yesterday", "2024-05-20"],
    ["04", "2021", "2021"],
    ["04", "today", "2024-05-21"],
    ["04", "today", "2024-05-21"],
    ["04", "five days", "P5D"],
    ["04", "fifty days", "P50D"],
    # 05: published Tuesday 2024-07-09, no date line
    ["05", "Friday", "2024-07-05"],
    ["05", "May 19th", "2024-05-19"],
    ["05", "the next morning", "2024-05-20"],
    ["05", "a week earlier", "2024-06-28"],
    ["05", "1979", "1979"],
    ["05", "June 28th", "2024-06-28"],
    ["05", "2021", "2021"],
    ["05", "Saturday", "2024-07-06"],
    ["05", "later this month", "2024-07"],
    ["05", "next Sunday", "2024-07-14"],
    ["05", "1997", "1997"],
    ["05", "2001 to 2005", "2001/2005"],
]
dump('dates.json', {
    "about": "Answer key for date normalisation on corpus-ac/articles, same conventions as corpus-c..q: document id prefix, "
             "the expression as written (the first occurrence not yet matched, in text order; a system expression that "
             "contains the key text matches, so 'Monday' in 01 also matches 'on Monday', 'Sunday' 'on Sunday "
             "afternoon', 'five days' 'five days of public mourning' only if joined, '50 days' 'within 50 days', 'late "
             "June' 'in late June', 'a week earlier' 'The first round, a week earlier'), its absolute value. Weeks run "
             "Monday to Sunday. Dates are Tehran local dates (UTC+3:30). The date line 'Saturday 16 Tir 1403 – 6 July "
             "2024, 09:40' (03), the dateline of 01, captions (05's 'in Tehran on Saturday'), headlines, standfirsts, "
             "related links, 03's title and navigation ('Elections 1403') and 04's duplicated lead are not keyed. "
             "Clock times and parts of days ('on Sunday afternoon' is keyed as the day; 'shortly after dawn', 'through "
             "the night', 'overnight', 'In the afternoon', 'this morning' (03, the day of publication, a part of the "
             "day), 'in the early hours of yesterday' keyed as 'yesterday', 'at sunrise', 'during the night', 'the "
             "night of Sunday' keyed as 'Sunday', 'yesterday evening' and 'yesterday morning' keyed as 'yesterday') "
             "are not keyed apart. Vague or anaphoric expressions ('In the spring' (05), 'for hours', 'since' (05 'has "
             "run the government since'), 'in the next weeks' (03), 'two terms', 'before polling day', 'for as long as "
             "his father is alive', 'only hours before the crash') are not keyed; nor are the 'Friday prayer leader of "
             "Tabriz' (01, a role, not a date), ages ('Raisi, 63', 'the 63-year-old cleric', 'who is 85' (01, 05), 'the "
             "54-year-old son', 'aged 69', 'the 69-year-old heart surgeon', 'aged 60'), the helicopter's age ('of more "
             "than forty years', 04), counts ('seven other people', 'the eight other victims', 'The nine people on "
             "board', 'all eight people aboard', 'three crew', 'Two other helicopters', 'more than 60 countries', "
             "'the 12-member body', 'six candidates from 80', '32 mountain search and rescue personnel', 'a team of 14 "
             "people', '600 kilometres', 'some 3,000 kilometres', 'Bell 212'), votes and percentages ('16 million 384 "
             "thousand 403 votes', '16.4 million', '49.8 percent', '39.9 percent', 'about 40%', 'just under 50%'), and "
             "'the ninth president'. Persian calendar: 03 gives '8 Tir [28 June]' and '30 Ordibehesht [19 May]' with "
             "the Gregorian date in a bracket (both forms keyed, same value) and 'the election of 1400 [2021]' (the "
             "solar year 1400 runs from 21 March 2021 to 20 March 2022; '1400' keyed as that range, '2021' as the "
             "year). Relative dates: 01 (Monday 20 May) 'on Monday' 20 May, 'on Sunday afternoon' 19 May, 'five days' "
             "and 'within 50 days' spans, 'in 2021', 'in late June' June 2024 (the expected election), 'in March' "
             "March 2024 (the parliamentary vote). 02 (Thursday 23 May, 06:30 in Dubai): 'on Wednesday' 22 May (the "
             "Tehran funeral), 'five weeks' a span, 'Sunday's helicopter crash' 19 May, 'on Tuesday' 21 May (Tabriz), "
             "'the same evening' 21 May (Qom), 'on Thursday' 23 May (the burial to come) and 'the same day' 23 May "
             "(Amir-Abdollahian's burial), 'on Monday' 20 May (the election date agreed), 'on June 28' (yearless), "
             "'from May 30 to June 3' a range, 'elected in March' March 2024, 'next Monday' 27 May, 'The five days of "
             "mourning end on Friday' (a span, then Friday 24 May). 03 (Saturday 6 July): 'yesterday, Friday' keyed "
             "twice (both 5 July), '8 Tir [28 June]', '30 Ordibehesht [19 May]', '1400 [2021]', 'on Wednesday' 3 July "
             "(Khamenei's remark), 'yesterday morning' 5 July. 04 (Tuesday 21 May, no date line): 'in the early hours "
             "of yesterday' 20 May, 'on Sunday afternoon' and 'since the night of Sunday' 19 May, 'one day of national "
             "mourning' a span (Turkey's), 'in January' January 2024 (Raisi's visit to Ankara), 'yesterday evening' 20 "
             "May, 'since 2021', 'will travel today' and 'will start today' 21 May, 'five days' and 'within fifty "
             "days' spans. 05 (Tuesday 9 July, no date line): 'On Friday' 5 July (the run-off), 'May 19th', 'a week "
             "earlier' 28 June (the first round), 'the next morning' 20 May (the wreck reached), 'the revolution of 1979', 'June 28th' (inside Farahani's quotation), "
             "'the 2021 election', 'on Saturday' 6 July, 'later this month' July 2024, 'next Sunday' 14 July, 'in "
             "1997', 'from 2001 to 2005' a range of years. Publication dates used: 01 2024-05-20, 02 2024-05-23, 03 "
             "2024-07-06, 04 2024-05-21, 05 2024-07-09 (see publication.json).",
    "dates": dates,
})

# ---------------------------------------------------------------------------------------------- publication
dump('publication.json', {
    "about": "True publication date of each document (the one the author had in mind) and whether the input states it "
             "(metadata, JSON field or a visible date line). window: the span a careful reader can prove from the text "
             "alone (plus event dates the other articles give); the engine's published.earliest..latest should contain "
             "'date'.",
    "published": [
        {"doc": "01", "date": "2024-05-20", "stated": True,
         "how": "JSONL published field 2024-05-20T13:30:00Z (17:00 in Tehran the same day); the deaths were announced "
                "'on Monday' and the crash was 'on Sunday afternoon'",
         "window": ["2024-05-20", "2024-05-20"]},
        {"doc": "02", "date": "2024-05-23", "stated": True,
         "how": "meta article:published_time and JSON-LD datePublished 2024-05-23T06:30:00+04:00 (no visible date; the "
                "Tehran funeral 'on Wednesday' is past and the burial 'on Thursday' is to come the same day)",
         "window": ["2024-05-23", "2024-05-23"]},
        {"doc": "03", "date": "2024-07-06", "stated": True,
         "how": "visible date line 'Saturday 16 Tir 1403 – 6 July 2024, 09:40' (Persian calendar with its Gregorian "
                "date); the run-off was 'yesterday, Friday'",
         "window": ["2024-07-06", "2024-07-06"]},
        {"doc": "04", "date": "2024-05-21", "stated": False,
         "how": "none: the drone found the wreck 'in the early hours of yesterday' (Monday 20 May per 01) and the "
                "funeral ceremonies 'will start today in Tabriz' (Tuesday 21 May per 02): Tuesday 21 May",
         "window": ["2024-05-21", "2024-05-21"]},
        {"doc": "05", "date": "2024-07-09", "stated": False,
         "how": "none: Pezeshkian won the run-off 'On Friday' (5 July per 03) and spoke 'on Saturday' (6 July), both "
                "past, and the swearing-in is 'later this month': written between Sunday 7 and Thursday 11 July",
         "window": ["2024-07-07", "2024-07-11"]},
    ],
})

# ---------------------------------------------------------------------------------------------- timeline
ev = []
event = recorder(ev)

event("Raisi inaugurates the Qiz Qalasi dam on the Aras with Azerbaijan's President Ilham Aliyev", "2024-05-19",
      ["01", "04"], ["dam", "inaugurat", "opening", "opened", "qiz qalasi", "kız kalesi", "aliyev"],
      note="01 and 04 date it by the crash 'on Sunday afternoon' in the same sentence; a separate event from the crash "
           "the same day")
event("The helicopter carrying Raisi crashes in fog near Varzaqan, East Azerbaijan, killing all nine on board",
      "2024-05-19", ["01", "02", "03", "04", "05"],
      ["crash", "went down", "lost contact", "accident", "helicopter", "martyrdom"],
      note="01 'on Sunday afternoon'; 02 'Sunday's helicopter crash'; 03 '30 Ordibehesht [19 May]'; 04 'on Sunday "
           "afternoon'; 05 'the crash of May 19th' (05 says eight aboard: the intended contradiction)")
event("A Turkish Akinci drone locates the wreck and Red Crescent teams reach it at dawn; the deaths are confirmed",
      "2024-05-20", ["01", "04", "05"],
      ["wreck", "heat source", "detected", "spotted", "reached", "no sign", "found"],
      note="01 'state media said on Monday'; 04 'in the early hours of yesterday'; 05 'Rescuers reached the wreck the "
           "next morning' (the morning after 'the crash of May 19th')")
event("The heads of the three branches set the snap presidential election for 28 June", "2024-05-20", ["02"],
      ["agreed", "heads", "branches", "june 28", "registering"],
      note="02 'agreed on Monday'")
event("Ali Bagheri Kani telephones Turkey's foreign minister Hakan Fidan", "2024-05-20", ["04"],
      ["telephon", "fidan", "bagheri kani"],
      note="04 'yesterday evening', according to IRNA")
event("Funeral procession in Tabriz, then in Qom the same evening", "2024-05-21", ["02"],
      ["tabriz", "qom", "ceremonies", "procession"],
      note="02 'began on Tuesday in Tabriz, and continued the same evening in ... Qom'; 04 announces the ceremonies as "
           "starting 'today' (a plan at its writing) and is not listed")
event("Funeral in Tehran: Khamenei leads the prayers at Tehran University before vast crowds", "2024-05-22", ["02"],
      ["funeral", "prayers", "mourners", "procession", "coffins", "enghelab"],
      note="02 'on Wednesday'; the ceremony for foreign dignitaries 'In the afternoon' is folded in")
event("First round of the snap presidential election (turnout 39.9%, a record low)", "2024-06-28", ["03", "05"],
      ["first round", "turnout", "participation", "39.9", "40%"],
      note="the first of the two polls a week apart (not to be merged with the run-off of 5 July); 02 announces it "
           "('would be held on June 28') and is not listed; 01's 'likely to be held in late June' is not listed")
event("Run-off between Pezeshkian and Jalili: Pezeshkian wins with about 16.4 million votes to 13.5 million",
      "2024-07-05", ["03", "05"],
      ["run-off", "second round", "16 million", "16.4", "beat", "elected", "won", "wins"],
      note="03 'the second round of yesterday, Friday'; 05 'On Friday'; the second of the two polls; the 2021 "
           "election that brought Raisi to power is a third, dated only by year")
dump('timeline.json', {
    "about": "Real-world events the articles report, with date (day), until for multi-day events, the documents that "
             "report each (with a date the reader can resolve), and words by which a system event is recognised "
             "(title, trigger or participant entity ids). Dates are Tehran local dates. Occurrences of similar events "
             "must stay apart: the two rounds of the snap election a week apart (first round Friday 28 June, run-off "
             "Friday 5 July) and the 2021 election (year only, not keyed); the dam inauguration and the crash of 19 "
             "May; the Tabriz procession of 21 May and the Tehran funeral of 22 May. Not keyed: future, planned or "
             "announced events (02's burial in Mashhad 'on Thursday' 23 May and Amir-Abdollahian's burial 'the same "
             "day', the new parliament meeting 'next Monday', the end of mourning 'on Friday', registration 'from May "
             "30 to June 3'; 04's ceremonies 'today in Tabriz' and the experts who 'will travel today'; 05's "
             "swearing-in 'later this month' and parliament 'next Sunday'), undated acts (Khamenei's declaration of "
             "five days of mourning and confirmation of Mokhber, Bagheri Kani's appointment, Mohammad Bagheri's order "
             "of an inquiry, Erdoğan's day of national mourning, AFAD's teams, Jalili's concession), events dated only "
             "by month or year (the parliamentary vote of March, Raisi's visit to Ankara in January, the 2021 election, "
             "1979, Khatami's 1997 win), statements (Khamenei's remark on turnout 'on Wednesday' 3 July, the Election "
             "Headquarters' announcement of the results 'this morning' 6 July, Pezeshkian's words at Khomeini's "
             "mausoleum 'on Saturday' 6 July), and same-day side events folded into a keyed one (see notes).",
    "events": ev,
})

# ---------------------------------------------------------------------------------------------- quotes
quotes = [
    ["01", "Iran's President Ebrahim Raisi, Foreign Minister Hossein Amir-Abdollahian", "indirect", [None]],
    ["01", "There is no sign that any of the passengers are alive", "direct", KOL],
    ["01", "A Turkish Akinci drone sent by Ankara spotted", "indirect", [None, "Turkey"]],
    ["01", "The Iranian nation has lost a sincere and tireless servant", "direct", KHA],
    ["01", "the affairs of the country would not be disrupted", "indirect", KHA],
    ["01", "The chief of staff of the armed forces, Major General Mohammad Bagheri, ordered", "indirect", [IRNA, None]],
    ["01", "This is a system built to absorb shocks", "direct", SAD],
    ["01", "The institutions will close ranks", "direct", SAD],
    ["01", "the election, likely to be held in late June", "indirect", SAD],
    ["01", "he had parted from Raisi as a friend", "indirect", ALI],

    ["02", "on the path of the martyr president", "partial", MOK],
    ["02", "Tehran wants the world to see continuity", "direct", HAD],
    ["02", "But the crowds also tell you", "direct", HAD],
    ["02", "whispered more than spoken", "partial", HAD],
    ["02", "the military's investigators have so far found no sign of sabotage", "indirect", [None]],

    ["03", "Dr. Masoud Pezeshkiyan, with 16 million", "indirect", ESL],
    ["03", "from 30 million 530 thousand 157 votes cast", "indirect", [EHQ, ESL]],
    ["03", "We extend the hand of friendship to all", "direct", PEZ],
    ["03", "This road is difficult", "direct", PEZ],
    ["03", "an act against the system", "partial", KHA],
    ["03", "the Leader has voted yesterday morning", "indirect", IRNA],
    ["03", "the votes of the second round show", "direct", KAZ],
    ["03", "the new president will need the support of the Parliament", "indirect", KAZ],

    ["04", "The AKINCI unmanned aerial vehicle (İHA) of the Turkish Armed Forces", "indirect", MSB],
    ["04", "Our İHA determined a heat source", "direct", MSB],
    ["04", "the teams were coordinating with their Iranian counterparts", "indirect", YER],
    ["04", "I remember with respect my dear colleague Reisi", "direct", ERD],
    ["04", "We stand by the brotherly Iranian people", "direct", ERD],
    ["04", "the acting foreign minister Ali Bagheri Kani has telephoned", "indirect", IRNA],
    ["04", "the helicopter, an American Bell 212 of more than forty years", "indirect", DOG],
    ["04", "In such fog, even a new machine would have been in danger", "direct", DOG],
    ["04", "but the sanctions have left Iran with a fleet of museum pieces", "direct", DOG],

    ["05", "People who stayed at home on June 28th", "direct", FAR],
    ["05", "That is a narrow mandate, and he knows it", "direct", FAR],
    ["05", "for Iran", "partial", PEZ],
    ["05", "he would not lie to the voters", "indirect", PEZ],
    ["05", "I extend my hand to the president-elect", "direct", JAL],
    ["05", "The Supreme Leader's son, Mojtaba Khamenei, long mentioned", "indirect", [None]],
    ["05", "The system got the president it did not want", "direct", FAR],
    ["05", "and perhaps the one it needed", "direct", FAR],
    ["05", "A reformist inside an unreformed state", "indirect", FAR],
]
dump('quotes.json', {
    "about": "Answer key for quotations on corpus-ac/articles, same conventions as corpus-c..q: document id prefix, the "
             "first words of the quoted or reported content, kind, and the speaker's canonical name (null: the text "
             "does not name one; a list: any of these is right, and a list containing null also accepts no speaker). "
             "A quote interrupted by its attribution (04 Doğan's '\"In such fog, even a new machine would have been in "
             "danger,\" he said, \"but the sanctions ...\"', 05 Farahani's '\"The system got the president it did not "
             "want,\" Ms Farahani said, \"and perhaps the one it needed.\"') or continued without one (01 Sadeghi's "
             "second quotation, 02 Haddad's second quotation, 03 Pezeshkian's second « », 04 Erdoğan's second "
             "quotation, 05 Farahani's 'That is a narrow mandate') is keyed once per piece; 05's 'A reformist inside "
             "an unreformed state, she told the Crossroads Review, would spend ...' is reported speech interrupted by its attribution ('X told <outlet>'). A "
             "reported clause with quoted words in it (02 Mokhber's 'told visitors that the government would continue "
             "“on the path of the martyr president”', 02 Haddad's 'said that the son's name would be “whispered more "
             "than spoken”', 03 Khamenei's 'had estimated on Wednesday that the weak participation ... was not «an act "
             "against the system»', 05 Pezeshkian's 'has promised ... to govern \"for Iran\"' (his campaign slogan)) is "
             "keyed as the partial quote. Forms: 'said X' inverted (01 Sadeghi, 02 Haddad, 05 Farahani), "
             "machine-translated inverted '», has declared Dr. Pezeshkiyan' (03) and '\"...,\" has said Erdoğan' (04), "
             "'\"...,\" the MSB has declared' (04, an organisation), 'X told state television' (01 Kolivand), 'X said "
             "in a statement' (01 Khamenei) followed by 'He added that', 'He said:' before the quotation (05 Jalili), "
             "'He said on Saturday, ..., that' (05 Pezeshkian), reported '..., the Ministry of National Defence (MSB) "
             "has announced' after the content (04's lead), 'has explained on social media that' (04 Yerlikaya), "
             "present-tense 'evaluates that' and 'He adds that' (04 Doğan, 03 Kazemi-Fard), 'has declared this "
             "morning that' (03 Eslami); 'according to' (01 'according to Turkish officials', null or Turkey; 02 "
             "'According to state media', null; 03 'According to the declaration of the Headquarters', the Election "
             "Headquarters or its spokesman; 03 and 04 'According to the (Iranian) agency IRNA'; 05 'according to "
             "people close to the leadership', null); '..., state media said on Monday' (01's lead, null) and '..., "
             "the official news agency IRNA reported' (01); a speaker given only by a role or pronoun: 02 'The acting "
             "president told visitors' (Mokhber), 05 'He said:' (Jalili), 05 'she told the Crossroads Review' (Farahani); 03's 'For Reza "
             "Kazemi-Fard, ..., «...»' has no verb of speech (keyed direct, as in corpus-o and q). Guillemets (03), "
             "curly quotes (02), straight quotes (01, 04, 05). Not keyed: 02's placard 'Raeesi, servant of the people' "
             "(a written slogan, not a speaker's words), 03 'has congratulated the winner and has called his "
             "partisans to help' and 03 Ghalibaf 'had then called his electors to vote for Mr. Jalili', 05 'urged his "
             "voters to back Mr Jalili' and 'Mr Jalili conceded with good grace' (acts, not speech content), 04 "
             "'Tehran has thanked Ankara', 04 'has declared one day of national mourning' and 01/04 Khamenei's "
             "declaration of mourning (acts), 04 'The first examinations point towards the weather' (no speaker, no "
             "verb of speech), headlines, captions, standfirsts and 04's duplicated lead.",
    "quotes": quotes,
})

# ---------------------------------------------------------------------------------------------- claims
claims = [
    {"id": "nine-dead",
     "text": "Nine people were killed in the crash, everyone on board",
     "docs": ["01", "02", "04"],
     "anchors": {
         "01": "and seven other people were killed",
         "02": "the eight other victims of Sunday's helicopter crash",
         "04": "The nine people on board"},
     "contradiction": {
         "docs": ["05"],
         "anchors": {"05": "killing all eight people aboard"},
         "aspect": "number",
         "detail": "05 puts the dead at eight ('all eight people aboard') against nine in 01 (Raisi, Amir-Abdollahian "
                   "and seven others), 02 (Raisi and the eight other victims) and 04 ('The nine people on board')"},
     "note": "01's 'seven other people' besides two named and 02's 'eight other victims' besides Raisi are per-person "
             "counts that add up to nine; 01's 'three crew' and 'Two other helicopters' are other quantities"},
    {"id": "crash-varzaqan-sunday",
     "text": "The helicopter went down near Varzaqan on Sunday 19 May, on the way back from the Qiz Qalasi dam",
     "docs": ["01", "03", "04"],
     "anchors": {
         "01": "The Bell 212 helicopter went down on Sunday afternoon near Varzaqan",
         "03": "in the accident of the helicopter of 30 Ordibehesht",
         "04": "The helicopter had lost contact on Sunday afternoon"},
     "contradiction": None,
     "note": "03 gives the date in the Persian calendar with the Gregorian in a bracket; 05's 'the crash of May 19th' "
             "is in the sentence anchored for the contradiction"},
    {"id": "turkish-drone",
     "text": "A Turkish Akinci drone located the wreck by a heat source",
     "docs": ["01", "04"],
     "anchors": {
         "01": "A Turkish Akinci drone sent by Ankara spotted a heat source",
         "04": "has detected in the early hours of yesterday the wreck"},
     "contradiction": None},
    {"id": "red-crescent-dawn",
     "text": "Iranian Red Crescent teams reached the site on foot at dawn on 20 May",
     "docs": ["01", "04", "05"],
     "anchors": {
         "01": "told state television after his teams reached the site shortly after dawn",
         "04": "The Iranian Red Crescent teams reached the point on foot",
         "05": "Rescuers reached the wreck the next morning"},
     "contradiction": None,
     "note": "the Turkish Red Crescent's team of 14 (04) is another organisation"},
    {"id": "five-days-mourning",
     "text": "Iran observes five days of mourning declared by the Supreme Leader",
     "docs": ["01", "02", "04"],
     "anchors": {
         "01": "declared five days of public mourning",
         "02": "The five days of mourning end on Friday",
         "04": "has proclaimed five days of mourning"},
     "contradiction": None,
     "note": "Turkey's 'one day of national mourning' (04) is another country's"},
    {"id": "bagheri-kani-acting",
     "text": "Ali Bagheri Kani became acting foreign minister",
     "docs": ["01", "04", "05"],
     "anchors": {
         "01": "The cabinet named Ali Bagheri Kani",
         "04": "the acting foreign minister Ali Bagheri Kani has telephoned",
         "05": "Mohammad Mokhber has run the government since"},
     "contradiction": None,
     "note": "05's sentence also makes Mokhber the acting president (01's and 04's mourning sentences say so too)"},
    {"id": "bagheri-inquiry",
     "text": "The armed forces chief of staff Mohammad Bagheri ordered an investigation of the crash",
     "docs": ["01", "04"],
     "anchors": {
         "01": "ordered a high-level committee to investigate",
         "04": "has ordered a commission of investigation"},
     "contradiction": None},
    {"id": "raisi-63",
     "text": "Raisi was 63",
     "docs": ["01", "02"],
     "anchors": {
         "01": "Raisi, 63, a hardline cleric",
         "02": "the death of the 63-year-old cleric"},
     "contradiction": None},
    {"id": "mojtaba-succession",
     "text": "Khamenei's son Mojtaba is mentioned as a possible successor",
     "docs": ["01", "02", "05"],
     "anchors": {
         "01": "could favour the Supreme Leader's son, Mojtaba Khamenei",
         "02": "Speculation about the longer succession has turned to Mojtaba Khamenei",
         "05": "long mentioned as a possible heir"},
     "contradiction": None,
     "note": "01 and 05 give Ali Khamenei's age as 85, 02 Mojtaba's as 54: two people"},
    {"id": "tabriz-ceremonies",
     "text": "The funeral ceremonies began in Tabriz on Tuesday 21 May",
     "docs": ["02", "04"],
     "anchors": {
         "02": "The ceremonies began on Tuesday in Tabriz",
         "04": "The funeral ceremonies will start today in Tabriz"},
     "contradiction": None,
     "note": "04 (written that morning) announces what 02 reports"},
    {"id": "vetting-six-of-80",
     "text": "The Guardian Council approved six of the 80 who registered; two withdrew before the first round",
     "docs": ["03", "05"],
     "anchors": {
         "03": "had qualified six candidates from 80 who had registered",
         "05": "had allowed only six of the 80 people who registered"},
     "contradiction": None,
     "note": "the Guardian Council's 12 members (02) are another number"},
    {"id": "first-round-turnout",
     "text": "Turnout in the first round on 28 June was about 40% (39.9%), the lowest for a presidential election",
     "docs": ["03", "05"],
     "anchors": {
         "03": "it had been of 39.9 percent",
         "05": "turnout was about 40%"},
     "contradiction": None,
     "note": "approximate (05) against exact (03)"},
    {"id": "runoff-turnout",
     "text": "Turnout in the run-off was just under 50% (49.8%)",
     "docs": ["03", "05"],
     "anchors": {
         "03": "the participation has reached 49.8 percent",
         "05": "Turnout in the run-off rose to just under 50%"},
     "contradiction": None},
    {"id": "runoff-result",
     "text": "Pezeshkian won the run-off with about 16.4 million votes to Jalili's 13.5 million",
     "docs": ["03", "05"],
     "anchors": {
         "03": "with 16 million 384 thousand 403 votes",
         "05": "with about 16.4 million votes against 13.5 million"},
     "contradiction": None,
     "note": "rounded (05) against exact (03: 16,384,403 and 13,538,179); the first-round counts of 03 (10.4 and 9.5 "
             "million) are another poll"},
    {"id": "ghalibaf-third",
     "text": "Ghalibaf came third in the first round and urged his voters to back Jalili",
     "docs": ["03", "05"],
     "anchors": {
         "03": "arrived third with 3 million 383 thousand votes",
         "05": "came third and urged his voters to back Mr Jalili"},
     "contradiction": None},
    {"id": "pezeshkian-barred-2021",
     "text": "Pezeshkian had been barred by the Guardian Council from the 2021 election",
     "docs": ["03", "05"],
     "anchors": {
         "03": "had been refused by the Council of Guardians",
         "05": "who was barred from the 2021 election"},
     "contradiction": None,
     "note": "03's '1400 [2021]' is the same election in the Persian calendar"},
    {"id": "jalili-concedes",
     "text": "Jalili conceded and congratulated the winner",
     "docs": ["03", "05"],
     "anchors": {
         "03": "has congratulated the winner",
         "05": "Mr Jalili conceded with good grace"},
     "contradiction": None},
    {"id": "leader-endorsement",
     "text": "The Supreme Leader must endorse the result before Pezeshkian is sworn in before parliament",
     "docs": ["03", "05"],
     "anchors": {
         "03": "must be endorsed by the Leader before the swearing",
         "05": "must endorse the result before"},
     "contradiction": None},
]
dump('claims.json', {
    "about": "Checkable claims made by two or more sources on corpus-ac/articles: short text, the documents asserting "
             "it (with an anchor: words of the asserting sentence in each document's cleaned text), and any "
             "contradiction (documents that disagree, aspect, detail). Only one contradiction is intended (the number "
             "killed in the crash: 'killing all eight people aboard' in 05 against nine in 01, 02 and 04); every other "
             "contradiction is a false alarm, in particular: 01's 'Raisi, Amir-Abdollahian and seven other people' "
             "and 02's 'Raisi and the eight other victims' (per-person counts that both make nine) against 04's 'The "
             "nine people on board'; 01's 'three crew' and 'Two other helicopters'; the run-off result rounded in 05 "
             "('about 16.4 million votes against 13.5 million') and exact in 03 ('16 million 384 thousand 403', '13 "
             "million 538 thousand 179'); turnout 'about 40%' (05) against '39.9 percent' (03) in the first round and "
             "'just under 50%' (05) against '49.8 percent' (03) in the run-off: two polls a week apart, each "
             "approximate against exact; the first-round counts (03: 10 million 415 thousand, 9 million 473 thousand, "
             "Ghalibaf 3 million 383 thousand) against the run-off counts; the '30 million 530 thousand 157 votes "
             "cast'; six candidates of 80 (03, 05) against the Guardian Council's 12 members (02) and 'more than 60 "
             "countries' (02); Iran's five days of mourning (01, 02, 04) against Turkey's one day (04); 'within 50 "
             "days' (01) and 'within fifty days' (04); 'five weeks' (02); ages: Raisi 63 (01, 02), Ali Khamenei 85 "
             "(01, 05), Mojtaba Khamenei 54 (02), Pezeshkian 69 (03, 05), Amir-Abdollahian 60 (04); the helicopter "
             "'of more than forty years' (04); '600 kilometres' from Tehran (01) against the drone's 'some 3,000 "
             "kilometres' (04); AFAD's 32 personnel and six vehicles against Kızılay's 14 people (04); the two Red "
             "Crescents (Iranian, 01/04; Turkish, 04); the three elections (2021, which elected Raisi and from which "
             "Pezeshkian was barred; the first round of 28 June; the run-off of 5 July) and Khatami's win of 1997; "
             "the two Khameneis (Ali, the Supreme Leader; Mojtaba, his son) and the two Bagheris (Ali Bagheri Kani, "
             "acting foreign minister; Mohammad Bagheri, chief of staff); 02's 'election would be held on June 28' (a "
             "plan) and 01's 'likely to be held in late June' against the first round of 28 June (03, 05); 04's "
             "'will start today in Tabriz' (a plan) against 02's 'began on Tuesday in Tabriz'; the cause: 01 'in "
             "fog', 04 'The first examinations point towards the weather' and Doğan's sanctions, 02 'no sign of "
             "sabotage' (compatible); the transliterations (Raisi / Raeesi / Ra'isi / Reisi; Amir-Abdollahian / "
             "Amirabdollahian / Emir Abdullahiyan / Abdollahian; Pezeshkian / Pezeshkiyan / 'Pezeshkain' / "
             "'Pezehskian'; Ghalibaf / Qalibaf; Khamenei / Khamene'i / Hamaney; Mokhber / Muhbir; Qiz Qalasi / Kız "
             "Kalesi) and the Persian dates ('30 Ordibehesht [19 May]', '8 Tir [28 June]', '1400 [2021]'), which "
             "agree with the Gregorian ones. The two rounds must not be merged into one claim. Framing differs on "
             "purpose (01 neutral wire, 'a system built to absorb shocks'; 02 Gulf business site, sceptical of "
             "Tehran, 'Tehran wants the world to see continuity'; 03 Iranian daily machine-translated from Persian, "
             "with honorifics, 'martyrdom', 'Dr.' and 'Mr.'; 04 Turkish daily machine-translated from Turkish, "
             "stressing Turkey's drone and rescuers; 05 British analysis weekly, 'Iran's accidental reformist') "
             "without contradicting. One sentence anchors one claim: facts that several sources state only inside a "
             "sentence anchored for another claim are not keyed as claims (Amir-Abdollahian among the dead, 01/04/05; "
             "the dam inauguration with Aliyev, 01/04, folded into the crash claim; Mokhber as acting president, "
             "01/02/04/05; the 50-day deadline, 01/04; Khamenei 85, 01/05; Pezeshkian 69 and Khatami's health "
             "minister, 03/05; the Bell 212, 01/04; Raisi elected in 2021, 01/05). single_source lists claims only one "
             "document makes, for reference.",
    "claims": claims,
    "single_source": [
        {"doc": "01", "text": "Also killed were Malek Rahmati, governor of East Azerbaijan, and Mohammad Ali Al-e Hashem, Friday prayer leader of Tabriz, with the head of security and three crew"},
        {"doc": "01", "text": "Two other helicopters in the convoy landed safely"},
        {"doc": "01", "text": "Khamenei said the affairs of the country would not be disrupted"},
        {"doc": "01", "text": "Aliyev said he had parted from Raisi as a friend hours before the crash"},
        {"doc": "02", "text": "Khamenei led the prayers at Tehran University on Wednesday 22 May before the procession to Enghelab Square"},
        {"doc": "02", "text": "Raisi is to be buried in Mashhad at the shrine of Imam Reza; Amir-Abdollahian at the Shah Abdol-Azim shrine"},
        {"doc": "02", "text": "Delegations from more than 60 countries attended, among them Ismail Haniyeh"},
        {"doc": "02", "text": "Registration of candidates runs from 30 May to 3 June"},
        {"doc": "02", "text": "Investigators have found no sign of sabotage"},
        {"doc": "03", "text": "30,530,157 votes were cast in the run-off"},
        {"doc": "03", "text": "Khamenei said the low first-round turnout was not an act against the system"},
        {"doc": "04", "text": "AFAD sent 32 mountain rescuers and six vehicles, the Turkish Red Crescent a team of 14"},
        {"doc": "04", "text": "Turkey declared one day of national mourning"},
        {"doc": "04", "text": "The Akinci took off from Batman and flew some 3,000 kilometres"},
        {"doc": "05", "text": "Pezeshkian campaigned on reviving the nuclear deal and easing the hijab law"},
        {"doc": "05", "text": "Parliament meets again next Sunday and must approve his ministers"},
    ],
})
