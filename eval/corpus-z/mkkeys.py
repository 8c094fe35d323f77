"""Writes the answer keys of corpus-z (the Derna floods in Libya, September 2023: Storm Daniel's landfall on Sunday 10
September, the bursting of the Abu Mansour and Al-Bilad (Derna) dams in the night of 10-11 September, the tolls of
the rival counting bodies, the WMO's and the attorney general's press conferences (14 and 15 September), the silent
gathering (15 September) and the protest at the Sahaba mosque with the burning of the mayor's house (Monday 18
September), the suspension of the municipal council and the communications cut (19 September), the reconstruction
conference announced for 10 October, and the detention of eight officials (25 September)) into keys/.

Written by hand from reading the articles, before any engine run (the writer neither ran the engine nor read its
source); run once (python3 mkkeys.py), then python3 check_keys.py.
"""
import os
import sys

K = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'keys')

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from key_writing import recorder, writer  # noqa: E402

dump = writer(K)

P, O, G, L, M, E_, MD = 'PERSON', 'ORG', 'GPE', 'LOC', 'MISC', 'EVENT', 'MEDIA'
DBE, HAM, KHA, SAD, KHD = "Abdul Hamid Dbeibah", "Osama Hammad", "Khalifa Haftar", "Saddam Haftar", "Khaled Haftar"
MEN, GHA, TAA, SOU, BAT = "Mohamed al-Menfi", "Abdulmenam al-Ghaithi", "Petteri Taalas", "Al-Sediq al-Sour", \
    "Abdoulaye Bathily"
ABD, TRA, FRA, ASH, KAR, ELG = "Othman Abduljalil", "Tamer Ramadan", "Faraj Ramadan", "Abdelwanees Ashoor", \
    "Nadia Karim", "Ahmed Elgazzar"
SAL, BOU = "Aguila Saleh", "Salem Bou Khatwa"
GNU, LNA, LRC, IFRC, OCHA, WMO, UN, HOR = "Government of National Unity", "Libyan National Army", \
    "Libyan Red Crescent", "IFRC", "OCHA", "World Meteorological Organization", "UN", "House of Representatives"
DAN, ABU, BIL = "Storm Daniel", "Abu Mansour dam", "Al-Bilad dam"

# ---------------------------------------------------------------------------------------------- entities
ents = [
    (DBE, P, ["Abdul Hamid Dbeibah", "Dbeibah", "Abdulhamid Dbeiba", "Abdelhamid Dbeibah", "Mr Dbeibeh"]),
    (HAM, P, ["Osama Hammad", "Hammad", "Usama Hammad", "Mr Hammad"]),
    (KHA, P, ["Khalifa Haftar", "Khalifa Hifter", "Marshal Haftar"]),
    (SAD, P, ["Saddam Haftar", "Saddam Khalifa Hifter"]),
    (KHD, P, ["Khaled Haftar"]),
    (MEN, P, ["Mohamed al-Menfi"]),
    (GHA, P, ["Abdulmenam al-Ghaithi", "Abdel Moneim al-Ghaithi", "Abdelmonem el-Ghaithi"]),
    (TAA, P, ["Petteri Taalas", "Taalas"]),
    (SOU, P, ["Al-Sediq al-Sour", "Al-Seddik al-Sour", "Mr. al-Sour"]),
    (BAT, P, ["Abdoulaye Bathily", "Abdoulaye Bathilly", "Mr. Batilly"]),
    (ABD, P, ["Othman Abduljalil", "Othman Abdel Jalil"]),
    (TRA, P, ["Tamer Ramadan"]),
    (FRA, P, ["Faraj Ramadan"]),
    (ASH, P, ["Abdelwanees Ashoor"]),
    (KAR, P, ["Nadia Karim"]),
    (ELG, P, ["Ahmed Elgazzar", "Mr Elgazzar"]),
    (SAL, P, ["Aguila Saleh"]),
    (BOU, P, ["Salem Bou Khatwa"]),

    (GNU, O, ["Government of National Unity", "GNU", "government of union national", "GUN"]),
    (LNA, O, ["Libyan National Army", "LNA", "ANL", "Libyan Arab Armed Forces"]),
    (LRC, O, ["Libyan Red Crescent", "Red Crescent", "Red Crescent Libyan"]),
    (IFRC, O, ["International Federation of Red Cross and Red Crescent Societies", "IFRC"]),
    (OCHA, O, ["OCHA", "office of the United Nations for the coordination of humanitarian affairs",
               "bureau of coordination of the humanitarian affairs of the UNO"]),
    (WMO, O, ["World Meteorological Organization", "WMO", "Organisation meteorological world", "OMM"]),
    (UN, O, ["UN", "United Nations", "UNO"]),
    ("Presidential Council", O, ["Presidential Council"]),
    (HOR, O, ["House of Representatives"]),
    ("Council of security", O, ["Council of security"]),
    ("Authority of the hydraulic resources", O, ["Authority of the hydraulic resources"]),
    ("Omar al-Mukhtar University", O, ["Omar al-Mukhtar University"]),
    ("Sahel-Mediterranean Institute", O, ["Sahel-Mediterranean Institute"]),
    ("Centre for Saharan Policy", O, ["Centre for Saharan Policy"]),

    ("Standard", MD, ["Standard"]),
    ("Barqa Today", MD, ["Barqa Today"]),
    ("Review", MD, ["Review"]),

    (DAN, E_, ["Storm Daniel", "Daniel"]),

    ("Derna", G, ["Derna", "Darna"]),
    ("Libya", G, ["Libya"]),
    ("Tripoli", G, ["Tripoli"]),
    ("Benghazi", G, ["Benghazi"]),
    ("Geneva", G, ["Geneva"]),
    ("Egypt", G, ["Egypt"]),
    ("Turkey", G, ["Turkey"]),
    ("United Arab Emirates", G, ["United Arab Emirates"]),
    ("Greece", G, ["Greece"]),
    ("Tunis", G, ["Tunis"]),
    ("Misrata", G, ["Misrata"]),

    (ABU, L, ["Abu Mansour dam", "Abu Mansour"]),
    (BIL, L, ["Al-Bilad dam", "Al-Bilad", "Derna dam"]),
    ("Wadi Derna", L, ["Wadi Derna"]),
    ("Sahaba mosque", L, ["Sahaba mosque", "mosque al-Sahaba"]),
    ("Cyrenaica", L, ["Cyrenaica"]),
    ("Mediterranean", L, ["Mediterranean"]),
]

descriptions = [
    (KHA, ["the 79-year-old field marshal", "the eastern strongman"]),
    (LNA, ["the General Command"]),
    (OCHA, ["the UN's humanitarian office"]),
    (HOR, ["the eastern-based parliament"]),
    (GNU, ["Tripoli"]),
    (DBE, ["the businessman from Misrata"]),
    (DAN, ["a Mediterranean cyclone", "the tempest Daniel"]),
]

roles = [
    (DBE, ["Prime Minister", "the prime minister in Tripoli", "the prime minister of the government of union national"]),
    (HAM, ["the president of the government designated by the House of Representatives", "The eastern prime minister"]),
    (KHA, ["the commander of the Libyan National Army", "the Marshal Khalifa Hifter"]),
    (SAD, ["Brigadier"]),
    (KHD, ["commander of the brigade which assures the security of Derna"]),
    (MEN, ["The head of the Presidential Council"]),
    (GHA, ["The city's mayor", "the mayor of the city", "the mayor"]),
    (TAA, ["secretary general", "The World Meteorological Organization's chief"]),
    (SOU, ["The attorney general"]),
    (BAT, ["The special envoy of the UNO", "the United Nations envoy"]),
    (ABD, ["the health minister of the eastern administration", "The minister of health in the government of Hammad"]),
    (TRA, ["who heads the delegation of the International Federation of Red Cross and Red Crescent Societies (IFRC) in "
           "Libya"]),
    (FRA, ["a schoolteacher"]),
    (ASH, ["A hydrologist at Omar al-Mukhtar University", "Libyan hydrologist"]),
    (KAR, ["a researcher at the Sahel-Mediterranean Institute"]),
    (ELG, ["who directs the Centre for Saharan Policy in Tunis"]),
    (SAL, ["the president of the House of Representatives", "the speaker of the eastern-based parliament"]),
    (BOU, ["the engineer"]),
]

must_not_merge = [
    [KHA, SAD],
    [KHA, KHD],
    [SAD, KHD],
    [TRA, FRA],
    [DBE, HAM],
    [ABU, BIL],
    ["Derna", BIL],
    ["Derna", "Wadi Derna"],
    [LRC, IFRC],
    [OCHA, UN],
]

dump('entities.json', {
    "about": "Answer key for entity resolution on corpus-z/articles (the Derna floods in Libya, September 2023: Storm "
             "Daniel's landfall on Sunday 10 September, the bursting of the Abu Mansour and Al-Bilad (Derna) dams in the "
             "night of 10-11 September, the rival tolls, the WMO's and the attorney general's press conferences, the "
             "protests of 15 and 18 September, the suspension of the municipal council, the communications cut, and the "
             "detention of eight officials on 25 September), written from reading the articles. Same conventions as "
             "corpus-c..y: canonical name (a form that occurs in the texts), type, and every surface form that names the "
             "entity in the cleaned texts (headlines, standfirsts, captions, bylines, the dateline 'BENGHAZI, Libya "
             "(Meridian Wire) -', related links, share bars and other boilerplate excluded). Title+surname forms ('Mr "
             "Dbeibeh', 'Mr Hammad', 'Mr. al-Sour', 'Mr. Batilly', 'Mr Elgazzar', 'Marshal Haftar') are keyed as aliases. "
             "Defects on purpose: the Tripoli prime minister is 'Abdul Hamid Dbeibah' / 'Dbeibah' (01, 02), "
             "'Abdulhamid Dbeiba' (03, translated from Arabic), 'Abdelhamid Dbeibah' (04, from French) and 'Mr Dbeibeh' "
             "(05, a British outlet's own transliteration); the eastern prime minister is 'Osama Hammad' / 'Hammad' and "
             "'Usama Hammad' (03); the field marshal is 'Khalifa Haftar' (01, 05), 'Khalifa Hifter' (03, 'the Marshal "
             "Khalifa Hifter') and 'The Marshal Haftar' (04, a French calque); his son is 'Saddam Haftar' (02, 05) and, "
             "with his father's name in the Arabic manner, 'Brigadier Saddam Khalifa Hifter' (03); the mayor is "
             "'Abdulmenam al-Ghaithi' (01, 05), 'Abdel Moneim al-Ghaithi' (03) and, with the French-style 'el-', "
             "'Abdelmonem el-Ghaithi' (04); the health minister 'Othman "
             "Abduljalil' (01) and 'Othman Abdel Jalil' (03); the attorney general 'Al-Sediq al-Sour' (02) and "
             "'Al-Seddik al-Sour' / 'Mr. al-Sour' (04); the UN envoy 'Abdoulaye Bathily' (05) and two misspellings of his "
             "surname in one article, 'Abdoulaye Bathilly' and 'Mr. Batilly' (04); the city is 'Derna' and, in the "
             "translation from Arabic, 'Darna' (03). Acronyms and expansions: 'Government of National Unity (GNU)' (01) "
             "and the French calque 'government of union national (GUN)' (04); 'Libyan National Army (LNA)' (01, 02), the "
             "French 'ANL' (04) and the LNA's own name 'Libyan Arab Armed Forces' (03); 'International Federation of Red "
             "Cross and Red Crescent Societies (IFRC)' (01); 'World Meteorological Organization (WMO)' (02, 05) and the "
             "French 'Organisation meteorological world (OMM)' (04); 'OCHA' (02, 05), 'The office of the United Nations "
             "for the coordination of humanitarian affairs (OCHA)' (03) and 'the OCHA, the bureau of coordination of the "
             "humanitarian affairs of the UNO' (04); 'UN' / 'United Nations' and the French 'UNO' (04). 'Red Crescent' "
             "(02, 05) and 'The Red Crescent Libyan' (03, word order calqued) are the Libyan Red Crescent; the IFRC is a "
             "different body (Tamer Ramadan's) and must not merge with it. Three Haftars who must not merge: Khalifa and "
             "his sons Saddam and Khaled. Two Ramadans who must not merge: Tamer Ramadan of the IFRC (01) and Faraj "
             "Ramadan, a teacher in Derna (01). Two prime ministers (Dbeibah, Hammad) and two dams (Abu Mansour upstream; "
             "the Derna dam, also called the Al-Bilad dam, on the edge of the city) must stay apart; 'Derna dam' (01, 02) "
             "is the dam, not the city, and 'Wadi Derna' (01, the district along the riverbed) is a place of its own. "
             "Capitals as governments: 'Tripoli' stands for the GNU in 05 ('Tripoli had the money', 'Tripoli, for its "
             "part', 'Tripoli was not consulted') and 04 ('without associating Tripoli'), keyed as a description of the "
             "GNU; 'Benghazi' in 05 ('Benghazi had the territory') stands for the eastern authorities, which have no name "
             "in the texts and are not keyed as an organisation ('the eastern administration' (01), 'the eastern "
             "government' (01), 'the government designated by the House of Representatives' (03) are descriptions of an "
             "unkeyed body); elsewhere Tripoli and Benghazi are cities. 'Standard' (02 'told the Standard'), 'Barqa "
             "Today' (03 'eyewitnesses who spoke to Barqa Today') and 'Review' (05 'told the Review') are outlets. "
             "'Storm Daniel' / 'Daniel' is keyed as an event; 'a Mediterranean cyclone' (01) and 'the tempest Daniel' "
             "(04, a calque of 'la tempête') are descriptions of it, 'medicane' is a common noun. 'Abu Mansour' (03 'the "
             "dam of Abu Mansour', 04 'the dams of Abu Mansour and of Derna', 05 'The upper one, Abu Mansour') is the "
             "dam, not a person. Descriptions: 'the 79-year-old field marshal' (05, an age, not a date) and 'the eastern strongman' (01) for Khalifa Haftar, 'the businessman from Misrata' (05) for Dbeibah, 'the General "
             "Command' (03) for the LNA, 'the UN's humanitarian office' (02, 05) for OCHA, 'the eastern-based "
             "parliament' (05) for the House of Representatives. Not keyed: demonyms and adjectives (Libyan, Libyans, "
             "Yugoslav, Turkish, eastern), the unnamed Turkish firm and Yugoslav company, 'the parquet' (04, the "
             "prosecution), 'the committee of response to the catastrophe' (03) and 'the crisis committee' (05), the "
             "municipal council, 'the revolution', 'the Arabic', the Haftar family. roles: roles stated in an apposition "
             "or title, for information.",
    "entities": [{"name": n, "type": t, "aliases": a} for n, t, a in ents],
    "must_not_merge": must_not_merge,
    "descriptions": [{"entity": e, "descriptions": d} for e, d in descriptions],
    "roles": [{"entity": e, "roles": r} for e, r in roles],
})

# ---------------------------------------------------------------------------------------------- dates
dates = [
    # 01: published Tuesday 2023-09-12 (JSON field 2023-09-12T16:30:00Z, evening in Libya)
    ["01", "Tuesday", "2023-09-12"],
    ["01", "a day", "P1D"],
    ["01", "Sunday", "2023-09-10"],
    ["01", "Tuesday", "2023-09-12"],
    ["01", "Monday", "2023-09-11"],
    ["01", "2014", "2014"],
    ["01", "2018", "2018"],
    ["01", "Monday", "2023-09-11"],
    ["01", "three days", "P3D"],
    ["01", "Monday", "2023-09-11"],
    ["01", "the same day", "2023-09-11"],
    ["01", "earlier this month", "2023-09"],
    # 02: published Saturday 2023-09-16 (meta and JSON-LD only)
    ["02", "Thursday", "2023-09-14"],
    ["02", "Friday", "2023-09-15"],
    ["02", "Thursday", "2023-09-14"],
    ["02", "2007", "2007"],
    ["02", "2011", "2011"],
    ["02", "last year", "2022"],
    ["02", "Thursday", "2023-09-14"],
    ["02", "Friday", "2023-09-15"],
    # 03: published Tuesday 2023-09-19 (visible date line 19-09-2023, day first)
    ["03", "yesterday", "2023-09-18"],
    ["03", "Monday", "2023-09-18"],
    ["03", "one week", "P1W"],
    ["03", "last week", "2023-09-11/2023-09-17"],
    ["03", "the same day", "2023-09-18"],
    ["03", "one hour", "PT1H"],
    ["03", "today", "2023-09-19"],
    ["03", "Friday", "2023-09-15"],
    ["03", "Friday", "2023-09-15"],
    ["03", "48 hours", "PT48H"],
    ["03", "yesterday", "2023-09-18"],
    ["03", "the day before yesterday", "2023-09-17"],
    # 04: written Tuesday 2023-09-26 (no date line)
    ["04", "Two weeks", "P2W"],
    ["04", "Monday", "2023-09-25"],
    ["04", "1998", "1998"],
    ["04", "10 to 11 September", "2023-09-10/2023-09-11"],
    ["04", "one week", "P1W"],
    ["04", "Monday 18 September", "2023-09-18"],
    ["04", "The next day", "2023-09-19"],
    ["04", "the previous week", "2023-09-18/2023-09-24"],
    ["04", "last week", "2023-09-18/2023-09-24"],
    ["04", "10 October", "2023-10-10"],
    ["04", "14 September", "2023-09-14"],
    ["04", "the beginning of the month", "2023-09"],
    # 05: written Thursday 2023-09-21 (no date line)
    ["05", "Sunday 10 September", "2023-09-10"],
    ["05", "10-11 September", "2023-09-10/2023-09-11"],
    ["05", "2022", "2022"],
    ["05", "2011", "2011"],
    ["05", "12 years", "P12Y"],
    ["05", "Two days", "2023-09-13"],
    ["05", "Monday", "2023-09-18"],
    ["05", "the following day", "2023-09-19"],
    ["05", "Yesterday", "2023-09-20"],
    ["05", "10 October", "2023-10-10"],
    ["05", "last week", "2023-09-11/2023-09-17"],
]
dump('dates.json', {
    "about": "Answer key for date normalisation on corpus-z/articles, same conventions as corpus-c..y: document id "
             "prefix, the expression as written (the first occurrence not yet matched, in text order; a system "
             "expression that contains the key text matches, so 'Tuesday' in 01 also matches 'by Tuesday afternoon', "
             "'Monday' in 04 matches 'Monday evening', 'one week' matches 'one week ago' or 'one week after', '48 hours' "
             "matches 'in the last 48 hours'), its absolute value. Weeks run Monday to Sunday. Dates are Libyan local "
             "dates (UTC+2). The date line '19-09-2023' (03, day first), the dateline of 01, captions ('yesterday' in "
             "03's), headlines, related links and 03's duplicated lead are not keyed. Vague or anaphoric expressions are "
             "not keyed: 'In the night that followed' (01, the night of Sunday to Monday), 'days before it made "
             "landfall' (02), 'In the evening' (03, 04: the day is keyed through 'the same day' in 03), 'At dawn' (its "
             "'today' is keyed), 'That night' (05, the night of Monday 18), 'since the first morning' (05), 'the years "
             "1970' (04, a calque of 'les années 1970') and 'the 1970s' (02), decades, not keyed. Ages and numbers that "
             "look like dates are traps: 'the 79-year-old field marshal' (05), '13 kilometres', '14 tonnes', '$10 "
             "million', '100,000' and '90,000' inhabitants, '22.5 million' and '1.5 million' and '35 million' cubic "
             "metres, '16 prosecutors', '400 tons', the tolls ('2,300', '3,166', '3,283', '3,845', '3,958', '11,300', "
             "'10,000', '9,000'), '17 deaths', 'dozens of kilometres', 'a quarter of the city'. Relative dates: 01 "
             "(written Tuesday 12 September 2023) 'on Tuesday' and 'by Tuesday afternoon' 12 September, 'a day after' a "
             "span, 'on Sunday' 10 September (the landfall), 'spent Monday', 'on Monday' (twice) and 'the same day' 11 "
             "September, 'since 2014', 'in 2018' (the LNA's capture of Derna), 'three days of national mourning' a span, 'earlier this month' September 2023 "
             "(Daniel in Greece, 4-7 September). 02 (Saturday 16 September): 'on Thursday' (three times) 14 September "
             "(Taalas's press conference, Dbeibah's admission, OCHA's figure), 'on Friday' (twice) 15 September (the "
             "attorney general's press conference in Derna, the Red Crescent's denial), 'in 2007', 'of 2011', 'last "
             "year' 2022 (Ashoor's study). 03 (Tuesday 19 September, translated from Arabic): 'yesterday, Monday' keyed "
             "twice (both 18 September), 'one week ago' a span, 'last week' 11-17 September (Aguila Saleh's session), "
             "'In the evening of the same day' 18 September, 'one hour' a span, 'At dawn today' 19 September, 'on "
             "Friday' and Bou Khatwa's 'On Friday' 15 September (the silent gathering), 'the last 48 hours' a span, "
             "'yesterday' 18 September (the health minister's press conference), 'the day before yesterday' 17 "
             "September (OCHA's revised toll). 04 (Tuesday 26 September, no date line, translated from French): 'Two "
             "weeks after' a span, 'Monday evening' 25 September (the detention order), 'since 1998', 'the night of the "
             "10 to 11 September' a range, 'one week after' a span, 'Monday 18 September', 'The next day' 19 September, "
             "'the previous week' and 'last week' 18-24 September (the week before the article's), 'on 10 October' the "
             "coming conference, 'the 14 September', 'at the beginning of the month' September 2023. 05 (Thursday 21 "
             "September, no date line): 'on Sunday 10 September', 'the night of 10-11 September' a range, 'in 2022', "
             "'before 2011', 'the 12 years since' a span, 'Two days after the flood' keyed by 'Two days' as 13 "
             "September (two days after 11 September: a date, not a duration), 'On Monday' 18 September, 'the following "
             "day' 19 September, 'Yesterday' 20 September, 'on 10 October', 'last week' 11-17 September (Taalas spoke on "
             "14 September). Two Mondays must not be confused: 18 September (the protest, 03, 04, 05) and 25 September "
             "(the detention order, 04); nor two Fridays of 02 and 03 with the Monday. Publication dates used: 01 "
             "2023-09-12, 02 2023-09-16, 03 2023-09-19, 04 2023-09-26, 05 2023-09-21 (see publication.json).",
    "dates": dates,
})

# ---------------------------------------------------------------------------------------------- publication
dump('publication.json', {
    "about": "True publication date of each document (the one the author had in mind) and whether the input states it "
             "(metadata, JSON field or a visible date line). window: the span a careful reader can prove from the text "
             "alone (plus event dates the other articles give); the engine's published.earliest..latest should contain "
             "'date'.",
    "published": [
        {"doc": "01", "date": "2023-09-12", "stated": True,
         "how": "JSONL published field 2023-09-12T16:30:00Z (18:30 in Libya the same day); the landfall 'on Sunday' "
                "and the mourning 'on Monday' are past, the recovery goes on 'on Tuesday'",
         "window": ["2023-09-12", "2023-09-12"]},
        {"doc": "02", "date": "2023-09-16", "stated": True,
         "how": "meta article:published_time and JSON-LD datePublished 2023-09-16T08:10:00+04:00 (no visible date; "
                "the press conferences 'on Thursday' and 'on Friday' are past)",
         "window": ["2023-09-16", "2023-09-16"]},
        {"doc": "03", "date": "2023-09-19", "stated": True,
         "how": "visible date line '19-09-2023' (day-month-year) under the headline; the protest was 'yesterday, "
                "Monday' (18 September)",
         "window": ["2023-09-19", "2023-09-19"]},
        {"doc": "04", "date": "2023-09-26", "stated": False,
         "how": "none: the detention order came 'Monday evening', 'one week after the manifestation of Monday 18 "
                "September' (so Monday 25 September), Khaled Haftar and Bathily spoke 'the previous week' / 'last "
                "week' (the week of 18 September) and the conference of '10 October' is to come: written in the week "
                "of 25 September, after Monday evening; the author's day is Tuesday 26",
         "window": ["2023-09-25", "2023-10-01"]},
        {"doc": "05", "date": "2023-09-21", "stated": False,
         "how": "none: the protest 'On Monday' is the 18 September one (03, 04), the communications went dead 'the "
                "following day' (19 September), Taalas spoke 'last week' (14 September per 02/04) and the conference "
                "was announced 'Yesterday': written between Wednesday 20 and Sunday 24 September; the author's day is "
                "Thursday 21",
         "window": ["2023-09-20", "2023-09-24"]},
    ],
})

# ---------------------------------------------------------------------------------------------- timeline
ev = []
event = recorder(ev)

event("Storm Daniel makes landfall in eastern Libya", "2023-09-10", ["01", "05"],
      ["landfall", "daniel", "storm", "reached the coast"],
      note="01 'on Sunday'; 05 'on Sunday 10 September'; Daniel's earlier passage over Greece is dated only by month")
event("The Abu Mansour and Derna (Al-Bilad) dams burst and the flood sweeps part of Derna into the sea", "2023-09-10",
      ["01", "04", "05"], ["burst", "collapse", "gave way", "dam", "flood"], until="2023-09-11",
      note="the night of 10-11 September: 01 'In the night that followed' (after Sunday) and 'a day after' "
           "(Monday); 04 'in the night of the 10 to 11 September'; 05 'in the night of 10-11 September'; the two "
           "dams' failures are one event")
event("Mohamed al-Menfi declares three days of national mourning; an aid aircraft leaves Tripoli for Benghazi",
      "2023-09-11", ["01"], ["mourning", "aircraft", "aid"],
      note="01 'on Monday' and 'the same day'")
event("Dbeibah's cabinet allocates funds for Derna and the other towns hit by the storm", "2023-09-13", ["05"],
      ["allocat", "funds", "cabinet"],
      note="05 'Two days after the flood'")
event("WMO secretary-general Petteri Taalas says at a Geneva press conference that most deaths could have been "
      "avoided", "2023-09-14", ["02", "04"], ["taalas", "wmo", "omm", "press conference", "avoided", "spared"],
      note="the first of the two press conferences (02 'on Thursday', 04 'the 14 September'); 05's 'last week' names "
           "only the week")
event("Attorney general Al-Sediq al-Sour announces an investigation at a press conference in Derna", "2023-09-15",
      ["02"], ["sour", "attorney general", "investigation", "prosecutors"],
      note="the second press conference (02 'on Friday'); must stay apart from his detention order of 25 September")
event("A silent gathering of young people on Derna's corniche with photos of the missing", "2023-09-15", ["03"],
      ["gathered", "silence", "corniche", "gathering"],
      note="the first of the two protests (03 'on Friday'); must stay apart from the protest of Monday 18 September")
event("Protest outside the Sahaba mosque in Derna demanding accountability and the council's dissolution",
      "2023-09-18", ["03", "04", "05"], ["protest", "demonstrat", "manifestation", "sahaba", "crowds"],
      note="03 'yesterday, Monday'; 04 'the manifestation of Monday 18 September'; 05 'On Monday'")
event("Protesters set fire to the house of the mayor, Abdulmenam al-Ghaithi", "2023-09-18", ["03", "04", "05"],
      ["fire", "set alight", "house", "mayor"],
      note="03 'In the evening of the same day'; 04 'in the evening'; 05 'That night'; same day as the protest, a "
           "separate event")
event("The eastern health minister gives a toll of 3,283 dead at a press conference", "2023-09-18", ["03"],
      ["3,283", "press conference", "health"],
      note="03 'yesterday'")
event("Osama Hammad suspends the members of Derna's municipal council and refers them to investigation",
      "2023-09-19", ["03"], ["suspen", "municipal council", "council"],
      note="03 'At dawn today'; 05 reports the suspension without a date")
event("Telephone and internet lines are cut in Derna and journalists are asked to leave", "2023-09-19", ["04", "05"],
      ["communications", "cut", "internet", "telephone", "went dead"],
      note="04 'The next day' (after Monday 18 September); 05 'the following day'")
event("The eastern government announces an international reconstruction conference in Derna for 10 October",
      "2023-09-20", ["05"], ["conference", "reconstruction", "announced"],
      note="05 'Yesterday'; 04 reports the announcement without a date")
event("The attorney general orders the detention of eight officials, among them the mayor", "2023-09-25", ["04"],
      ["detention", "arrest", "eight", "responsibles", "sour"],
      note="04 'Monday evening', one week after the protest of Monday 18 September")
dump('timeline.json', {
    "about": "Real-world events the articles report, with date (day), until for multi-day events, the documents that "
             "report each (with a date the reader can resolve), and words by which a system event is recognised (title, "
             "trigger or participant entity ids). Dates are Libyan local dates. Occurrences of similar events must stay "
             "apart: the two press conferences (Taalas in Geneva on 14 September; al-Sour in Derna on 15 September; the "
             "health minister's of 18 September is a third); the two protests (the silent gathering on the corniche on "
             "Friday 15 September; the protest at the Sahaba mosque on Monday 18 September); the attorney general's "
             "press conference (15 September) and his detention order (Monday 25 September); the two Mondays (18 and 25 "
             "September); the storm's landfall (Sunday 10 September) and the dams' failure (the night of 10-11 "
             "September); the protest and the burning of the mayor's house on the same day. Not keyed: future, planned or "
             "announced events (the reconstruction conference of 10 October), events dated only by month, year or week "
             "(Daniel in Greece 'earlier this month' / 'at the beginning of the month', Aguila Saleh's session 'last "
             "week', Khaled Haftar's statement 'the previous week', Bathily's call 'last week', Ashoor's study 'last "
             "year' / 'in 2022', the contract of 2007, the cracks 'since 1998', the division 'since 2014', the LNA's capture of Derna 'in 2018'), statements "
             "(Tamer Ramadan's briefing and Hammad's televised statement on 11-12 September, Dbeibah's admission and "
             "OCHA's 11,300 on Thursday 14 September, the Red Crescent's denial on Friday 15 September, OCHA's revised "
             "toll on 17 September), states (the search for bodies, the relief committee's work), and same-day side "
             "events folded into a keyed one (see notes).",
    "events": ev,
})

# ---------------------------------------------------------------------------------------------- quotes
quotes = [
    ["01", "they heard explosions", "indirect", [None]],
    ["01", "more than 2,300 bodies had been recovered", "indirect", ABD],
    ["01", "has reached 10,000 so far", "partial", TRA],
    ["01", "We found entire families under one roof", "direct", FRA],
    ["01", "The water took the houses", "direct", FRA],
    ["01", "What happened in Derna is beyond the capacity", "direct", HAM],
    ["01", "the eastern government had declared the city a disaster zone", "indirect", HAM],
    ["01", "an aircraft carrying medical supplies", "indirect", DBE],
    ["01", "to all Libyans, in the east and the west", "partial", DBE],
    ["01", "the division was slowing the response", "indirect", [None]],
    ["01", "two of the three roads into the city had been washed away", "indirect", LRC],
    ["01", "it was releasing $10 million", "indirect", UN],
    ["01", "the toll could rise much further", "indirect", GHA],
    ["01", "Daniel had already killed more than a dozen people", "indirect", [None]],

    ["02", "most of the deaths in Derna could have been avoided", "indirect", TAA],
    ["02", "warnings had been issued for Storm Daniel", "indirect", TAA],
    ["02", "If there had been a normally operating meteorological service", "direct", TAA],
    ["02", "prosecutors would examine the use of the maintenance funds", "indirect", SOU],
    ["02", "Whoever made a mistake or was negligent", "direct", SOU],
    ["02", "16 prosecutors had been assigned", "indirect", SOU],
    ["02", "a maintenance contract signed with a Turkish firm", "indirect", DBE],
    ["02", "the dams needed urgent maintenance", "indirect", ASH],
    ["02", "catastrophic", "partial", ASH],
    ["02", "it had not issued that number", "indirect", LRC],
    ["02", "Everything in eastern Libya passes through the family", "direct", KAR],
    ["02", "That includes the aid", "direct", KAR],

    ["03", "a fate from God", "partial", SAL],
    ["03", "a group of angry youths set fire", "indirect", [None]],
    ["03", "The government hears the voice of the people of Darna", "direct", HAM],
    ["03", "nobody will be above the law", "direct", HAM],
    ["03", "On Friday we cried, now we demand", "direct", BOU],
    ["03", "We do not want condolences", "direct", BOU],
    ["03", "more than 400 tons of food and medicines", "indirect", [None, SAD]],
    ["03", "the number of the dead registered reached 3,283", "indirect", ABD],

    ["04", "the investigators established that the two works", "indirect", [None]],
    ["04", "The responsibles have not taken the necessary measures", "direct", SOU],
    ["04", "they will answer of it before the justice", "direct", SOU],
    ["04", "3,958 persons have perished", "indirect", OCHA],
    ["04", "first step", "partial", DBE],
    ["04", "goes up to the top", "partial", DBE],
    ["04", "the army has done its duty", "partial", KHD],
    ["04", "The catastrophe of Derna must be a moment of unity", "direct", BAT],
    ["04", "the majority of the victims could have been spared", "indirect", TAA],

    ["05", "the dams would not survive a major flood", "indirect", ASH],
    ["05", "These dams were everybody's and therefore nobody's", "direct", ELG],
    ["05", "Tripoli had the money and Benghazi had the territory", "direct", ELG],
    ["05", "the missing run to at least 9,000", "indirect", [UN, OCHA]],
    ["05", "competition of reconstruction", "partial", BAT],
    ["05", "Derna needs one plan, not two", "direct", BAT],
    ["05", "early warnings could have saved most of the victims", "indirect", TAA],
    ["05", "not the weather but the map", "partial", ELG],
]
dump('quotes.json', {
    "about": "Answer key for quotations on corpus-z/articles, same conventions as corpus-c..y: document id prefix, the "
             "first words of the quoted or reported content, kind, and the speaker's canonical name (null: the text does "
             "not name one; a list: any of these is right, and a list containing null also accepts no speaker). A quote "
             "interrupted by its attribution (03 Hammad's '\"The government hears ...,\" affirmed Hammad in a statement "
             "..., \"and nobody will be above the law ...\"', 04 al-Sour's '« The responsibles ... », has declared Mr. "
             "al-Sour in a communiqué, « and they will answer of it before the justice. »') or continued without one (01 "
             "Faraj Ramadan's second sentence, 02 Karim's second sentence, 03 Bou Khatwa's second and third sentences, "
             "keyed from the second) is keyed once per piece. A reported clause with quoted words in it (01 'told "
             "reporters ... that the count of people missing \"has reached 10,000 so far\"', 01 Dbeibah's 'the disaster "
             "belonged \"to all Libyans ...\"', 02 Ashoor's 'a large flood would be \"catastrophic\"', 03 Aguila Saleh's "
             "'the catastrophe was \"a fate from God\"', 04 Dbeibah's 'has saluted a « first step » and has demanded that "
             "the investigation « goes up to the top »' (two pieces), 04 Khaled Haftar's 'had affirmed ... that « the army "
             "has done its duty »', 05 Bathily's 'he feared a \"competition of reconstruction\"', 05 'as Mr Elgazzar put "
             "it, is \"not the weather but the map\"') is keyed as the partial quote. Forms: 'said X' inverted (01 Faraj "
             "Ramadan), machine-translated 'affirmed Hammad' (03), 'said one of the organisers, the engineer Salem Bou "
             "Khatwa' (03), '», has declared Mr. al-Sour' and '», had insisted Mr. Batilly' (04, a misspelt name); 'He "
             "said:' before the quotation (02 Taalas, 05 Bathily); 'X told <outlet>' (02 Karim 'told the Standard', 05 "
             "Elgazzar 'told the Review', 01 Ramadan 'told reporters in Geneva'); 'X said in a televised statement' after "
             "the quotation (01 Hammad); 'he said, adding that' (02 al-Sour); 'according to' (01 'according to the "
             "Libyan Red Crescent', 03 'according to eyewitnesses' (null), 04 'According to the parquet' (null: the "
             "prosecution is not a keyed entity) and 'According to the OCHA', 05 'according to the UN'); a speaker given "
             "only by a role or pronoun: 01 'He said the disaster belonged' (Dbeibah), 02 'He said:' (Taalas, named in "
             "the sentence before), 02 'The attorney general, Al-Sediq al-Sour, told reporters', 03 'The committee of "
             "response ..., presided by Brigadier Saddam Khalifa Hifter, has declared that' (the committee: null or "
             "Saddam Haftar). Organisations as speakers: the Libyan Red Crescent (01, 02), the UN (01, 05), OCHA (04). "
             "Unnamed speakers (null): 01 'Aid agencies said', 01 'meteorologists said', 03 'according to "
             "eyewitnesses', 01 'Residents said they heard explosions'. Also keyed: 01 Hammad's 'adding that the eastern "
             "government had declared the city a disaster zone' (indirect continuation), 02 'Dbeibah ... acknowledged "
             "on Thursday that' and 05 'A paper by ... Ashoor ... warned that' (a study as the speaker's words). "
             "Guillemets (04), curly quotes (02), straight quotes (01, 03, 05). Not keyed: 02 'OCHA put the toll at "
             "11,300 dead, citing the Libyan Red Crescent' (a figure, no verb of speech), 03 'OCHA had announced the "
             "day before yesterday a toll of 3,958' (an announcement of a figure, no clause), 03 'The demonstrators "
             "raised banners calling for' and 'chanted slogans' (demands), 03 'The Red Crescent Libyan has warned from "
             "the risk' (a warning with a noun phrase), 04 'a measure that the authorities of the East have attributed "
             "to a « technical breakdown »' and 'the drama illustrates the danger of the « extreme phenomena »' "
             "(characterisations in guillemets), 04 'had called the two camps to a « unified and coordinated » "
             "response' (a call), headlines, captions, standfirsts and 03's duplicated lead.",
    "quotes": quotes,
})

# ---------------------------------------------------------------------------------------------- claims
claims = [
    {"id": "landfall-sunday",
     "text": "Storm Daniel made landfall in eastern Libya on Sunday 10 September",
     "docs": ["01", "05"],
     "anchors": {
         "01": "made landfall in eastern Libya on Sunday",
         "05": "When Storm Daniel reached the coast of Cyrenaica on Sunday 10 September"},
     "contradiction": None},
    {"id": "dams-burst-night",
     "text": "The two dams above Derna burst in the night of 10-11 September",
     "docs": ["01", "04", "05"],
     "anchors": {
         "01": "In the night that followed, the Abu Mansour dam",
         "04": "The collapse of the two dams, in the night of the 10 to 11 September",
         "05": "Both gave way in the night of 10-11 September"},
     "contradiction": None},
    {"id": "abu-mansour-capacity",
     "text": "The Abu Mansour dam held about 22.5 million cubic metres of water (the Derna dam about 1.5 million)",
     "docs": ["02", "05"],
     "anchors": {
         "02": "The Abu Mansour dam held up to 22.5 million cubic metres of water",
         "05": "The upper one, Abu Mansour, held back some 22.5 million cubic metres"},
     "contradiction": {
         "docs": ["04"],
         "anchors": {"04": "The dam of Abu Mansour alone retained 35 million cubic metres of water"},
         "aspect": "number",
         "detail": "04 puts the Abu Mansour reservoir at 35 million cubic metres against 22.5 million in 02 and 05"},
     "note": "05's 'Together that is about 24 million cubic metres' is the total of both dams (22.5 + 1.5), and the "
             "Derna dam's 1.5 million (02, 05) is the other dam's: neither contradicts 22.5"},
    {"id": "quarter-of-city",
     "text": "About a quarter of Derna was swept away",
     "docs": ["04", "05"],
     "anchors": {
         "04": "has swept away nearly a quarter of the city into the sea",
         "05": "About a quarter of Derna went with it"},
     "contradiction": None,
     "note": "'nearly' and 'About' are both approximate; 01's 'sweeping whole neighbourhoods into the sea' is vaguer"},
    {"id": "built-1970s",
     "text": "The dams were built in the 1970s",
     "docs": ["02", "04"],
     "anchors": {
         "02": "Both dams were built by a Yugoslav company in the 1970s",
         "04": "constructed in the years 1970"},
     "contradiction": None},
    {"id": "ashoor-warning",
     "text": "Hydrologist Abdelwanees Ashoor warned in a 2022 study that the dams would not survive a major flood",
     "docs": ["02", "05"],
     "anchors": {
         "02": "published a study last year saying that the dams needed urgent maintenance",
         "05": "A paper by Libyan hydrologist Abdelwanees Ashoor in 2022"},
     "contradiction": None},
    {"id": "repairs-abandoned",
     "text": "Repair contracts signed before 2011 were never completed, halted by the 2011 fighting",
     "docs": ["02", "05"],
     "anchors": {
         "02": "had never been completed and was halted by the fighting of 2011",
         "05": "Contracts for repairs were signed before 2011 and abandoned during the revolution"},
     "contradiction": None,
     "note": "04's 'the funds voted for their restoration had never been spent' is a related finding of the "
             "prosecution, not keyed here"},
    {"id": "wmo-avoidable",
     "text": "The WMO's Petteri Taalas said most of the deaths could have been avoided with working warnings",
     "docs": ["02", "04", "05"],
     "anchors": {
         "02": "most of the deaths in Derna could have been avoided",
         "04": "the majority of the victims could have been spared",
         "05": "early warnings could have saved most of the victims"},
     "contradiction": None},
    {"id": "ocha-toll",
     "text": "OCHA counted 3,958 dead and more than 9,000 missing",
     "docs": ["03", "04", "05"],
     "anchors": {
         "03": "a toll of 3,958 dead and more than 9,000 missing",
         "04": "3,958 persons have perished and more than 9,000 are always missing",
         "05": "the missing run to at least 9,000 according to the UN"},
     "contradiction": None,
     "note": "01's 'has reached 10,000 so far' is the IFRC's earlier count of the missing (12 September), a different "
             "body and date; the eastern health ministry's 3,845 (04) and 3,283 (03) are another body's counts"},
    {"id": "ocha-11300",
     "text": "OCHA put the toll at 11,300, citing the Red Crescent, and had to withdraw the figure",
     "docs": ["02", "05"],
     "anchors": {
         "02": "put the toll at 11,300 dead, citing the Libyan Red Crescent",
         "05": "was forced to lower a figure of more than 11,000"},
     "contradiction": None,
     "note": "'more than 11,000' is an approximation of 11,300; the withdrawn figure against 3,958 is a correction, not a "
             "contradiction between sources"},
    {"id": "health-ministry-toll",
     "text": "The eastern health ministry counted thousands of dead (a count that rose day by day)",
     "docs": ["01", "02", "03", "04"],
     "anchors": {
         "01": "more than 2,300 bodies had been recovered in Derna by Tuesday afternoon",
         "02": "The eastern health ministry has counted 3,166 deaths",
         "03": "the number of the dead registered reached 3,283",
         "04": "the ministry of health of the East counts for its part 3,845 deaths"},
     "contradiction": None,
     "note": "2,300 (12 September), 3,166 (by 16 September), 3,283 (18 September) and 3,845 (by 26 September) are "
             "successive counts of one body: not contradictions; nor is any of them a contradiction of OCHA's 3,958 or "
             "of 05's 'several thousand dead'"},
    {"id": "population",
     "text": "Derna had about 90,000 to 100,000 inhabitants",
     "docs": ["01", "05"],
     "anchors": {
         "01": "Derna had about 100,000 inhabitants before the storm",
         "05": "a city of around 90,000 people"},
     "contradiction": None,
     "note": "two approximations ('about', 'around'), not a contradiction"},
    {"id": "greece",
     "text": "Daniel had killed people in Greece earlier in September",
     "docs": ["01", "04"],
     "anchors": {
         "01": "Daniel had already killed more than a dozen people in Greece",
         "04": "The tempest Daniel had already made 17 deaths in Greece"},
     "contradiction": None,
     "note": "'more than a dozen' (approximate) and 17 (exact) agree"},
    {"id": "divided-libya",
     "text": "Libya is split between rival administrations in Tripoli and the east",
     "docs": ["01", "05"],
     "anchors": {
         "01": "Libya has been divided since 2014 between rival administrations",
         "05": "Libya had two prime ministers"},
     "contradiction": None},
    {"id": "saddam-committee",
     "text": "Saddam Haftar heads the eastern relief committee",
     "docs": ["02", "03", "05"],
     "anchors": {
         "02": "relief is being coordinated by a committee headed by Saddam Haftar",
         "03": "presided by Brigadier Saddam Khalifa Hifter",
         "05": "His son Saddam Haftar chairs the crisis committee"},
     "contradiction": None},
    {"id": "khaled-derna",
     "text": "Khaled Haftar commands the units that control Derna",
     "docs": ["04", "05"],
     "anchors": {
         "04": "commander of the brigade which assures the security of Derna",
         "05": "commands the units that control access to the city"},
     "contradiction": None},
    {"id": "protest-sahaba",
     "text": "On Monday 18 September residents protested outside the Sahaba mosque, demanding the council's removal",
     "docs": ["03", "04", "05"],
     "anchors": {
         "03": "in a demonstration in front of the Sahaba mosque",
         "04": "hundreds of inhabitants had demanded in front of the mosque al-Sahaba",
         "05": "crowds outside the Sahaba mosque demanded the removal of the municipal council"},
     "contradiction": None,
     "note": "03's silent gathering of Friday 15 September is another protest"},
    {"id": "chants-aguila",
     "text": "The protesters chanted against Aguila Saleh, speaker of the House of Representatives",
     "docs": ["03", "05"],
     "anchors": {
         "03": "chanted slogans against the president of the House of Representatives",
         "05": "chanted against Aguila Saleh"},
     "contradiction": None},
    {"id": "mayor-house",
     "text": "That evening protesters set fire to the mayor's house",
     "docs": ["03", "04", "05"],
     "anchors": {
         "03": "set fire to the house of the mayor of the city",
         "04": "before setting fire in the evening to the house of the mayor",
         "05": "That night the house of the mayor"},
     "contradiction": None},
    {"id": "council-suspended",
     "text": "Osama Hammad suspended Derna's municipal council",
     "docs": ["03", "05"],
     "anchors": {
         "03": "announced the suspension of all the members of the municipal council of Darna",
         "05": "responded by suspending the council"},
     "contradiction": None},
    {"id": "communications-cut",
     "text": "The day after the protest, communications in Derna were cut",
     "docs": ["04", "05"],
     "anchors": {
         "04": "the communications had been cut in Derna",
         "05": "the city's telephone and internet lines went dead"},
     "contradiction": None},
    {"id": "reconstruction-conference",
     "text": "The eastern government announced an international reconstruction conference in Derna on 10 October, "
             "without Tripoli",
     "docs": ["04", "05"],
     "anchors": {
         "04": "has announced an international conference for the reconstruction on 10 October",
         "05": "announced an international reconstruction conference, to be held in Derna on 10 October"},
     "contradiction": None},
]
dump('claims.json', {
    "about": "Facts reported by several documents in different words (docs: the documents that state the claim; "
             "anchors: a phrase of each stating document that occurs exactly once in its cleaned text), with the one "
             "contradiction planted on purpose (04's 35 million cubic metres for the Abu Mansour dam against 22.5 "
             "million in 02 and 05). Traps that are NOT contradictions: the death tolls of different counting bodies "
             "and dates (the eastern health ministry's 2,300 on 12 September, 3,166, 3,283 and 3,845; OCHA's 3,958; "
             "OCHA's withdrawn 11,300 attributed to the Red Crescent, 'more than 11,000' in 05; 05's 'several "
             "thousand'), the missing (the IFRC's 10,000 on 12 September against OCHA's 'more than 9,000' and 05's 'at "
             "least 9,000'), per-dam against total capacity (22.5 million for Abu Mansour, 1.5 million for the Derna "
             "dam, 'about 24 million' together in 05), approximate against exact (Derna's 'about 100,000' in 01 and "
             "'around 90,000' in 05; 'more than a dozen' against 17 dead in Greece; 'nearly a quarter' and 'About a "
             "quarter'), look-alike numbers (02's 16 prosecutors assigned to the case against 04's eight officials "
             "detained; 14 tonnes of aid against 400 tons; 13 kilometres against 'dozens of kilometres'), and different "
             "events (the silent gathering of 15 September and the protest of 18 September; the attorney general's "
             "press conference of 15 September and his detention order of 25 September; Taalas's press conference of 14 "
             "September and the health minister's of 18 September). The outlets differ in viewpoint (01 neutral wire; "
             "02 Gulf English-language daily, 'Everything in eastern Libya passes through the family'; 03 eastern "
             "Libyan site close to the Haftar camp, machine-translated from Arabic, praising the General Command and "
             "calling the Tripoli government's mandate expired; 04 French-language outlet, machine-translated, 'the "
             "justice passes to the act'; 05 British analysis, 'These dams were everybody's and therefore nobody's') "
             "without contradicting. One sentence anchors one claim: a sentence joining several keyed facts is "
             "anchored for one of them only. single_source lists claims only one document makes, for reference.",
    "claims": claims,
    "single_source": [
        {"doc": "01", "text": "Residents said they heard explosions shortly before the water arrived"},
        {"doc": "01", "text": "The IFRC's Tamer Ramadan said on 12 September that the missing had reached 10,000"},
        {"doc": "01", "text": "Mohamed al-Menfi declared three days of national mourning on 11 September"},
        {"doc": "01", "text": "An aircraft with 14 tonnes of aid left Tripoli for Benghazi on 11 September"},
        {"doc": "01", "text": "Two of the three roads into Derna were washed away, according to the Libyan Red Crescent"},
        {"doc": "01", "text": "The UN released $10 million from its emergency fund"},
        {"doc": "01", "text": "The Abu Mansour dam is about 13 kilometres upstream of the city"},
        {"doc": "02", "text": "16 prosecutors were assigned to the attorney general's investigation"},
        {"doc": "02", "text": "The Red Crescent said on 15 September that it had not issued the 11,300 figure"},
        {"doc": "02", "text": "The maintenance contract with a Turkish firm was signed in 2007"},
        {"doc": "03", "text": "A silent gathering took place on the corniche on Friday 15 September"},
        {"doc": "03", "text": "The relief committee said more than 400 tons of food and medicines reached Derna in 48 hours"},
        {"doc": "03", "text": "The fire at the mayor's house was put out after one hour; the house was empty"},
        {"doc": "04", "text": "The attorney general ordered the detention of eight officials, among them the mayor, on "
                              "25 September"},
        {"doc": "04", "text": "The dams had shown cracks since 1998"},
        {"doc": "04", "text": "Bathily told the Security Council the disaster must be a moment of unity"},
        {"doc": "05", "text": "Dbeibah's cabinet allocated funds for Derna on 13 September"},
        {"doc": "05", "text": "The two dams together held about 24 million cubic metres"},
    ],
})
print('keys written')
