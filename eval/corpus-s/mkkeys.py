"""Writes the answer keys of corpus-s (the outbreak of war in Sudan, April-May 2023: the fighting in Khartoum from
Saturday 15 April between the army of Abdel Fattah al-Burhan and the Rapid Support Forces of Mohamed Hamdan Dagalo
(Hemedti), the evacuations of foreigners, the 72-hour truces of late April, the Jeddah talks and declaration, the
seven-day ceasefire of 22 May) into keys/.

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
BUR, HEM, ABR, PER, HAM = "Abdel Fattah al-Burhan", "Mohamed Hamdan Dagalo", "Abdelrahim Dagalo", "Volker Perthes", \
    "Abdalla Hamdok"
BID, SUN, BLI, NAB, HIB, AGA, BAS, SIS = "Joe Biden", "Rishi Sunak", "Antony Blinken", "Nabil Abdallah", \
    "Hiba Abdallah", "Malik Agar", "Omar al-Bashir", "Abdel Fattah al-Sisi"
ACH, LES, BAB, ACT, RAD, AMN = "Wanjiru Achieng", "Bertrand Lestrade", "Osman al-Hassan Babiker", "Rosalind Achterberg", \
    "Hossam Eldin Radwan", "Amna"
SAF, RSF, SOV, WHO, SDU, UNHCR, FFC, UN = "Sudanese Armed Forces", "Rapid Support Forces", "Sovereign Council", \
    "World Health Organization", "Sudan Doctors' Union", "UNHCR", "Forces of Freedom and Change", "United Nations"
EMFA, SD, QDO = "Egyptian Ministry of Foreign Affairs", "State Department", "Quai d'Orsay"
US, KSA, UK = "United States", "Saudi Arabia", "Britain"

# ---------------------------------------------------------------------------------------------- entities
ents = [
    (BUR, P, ["Abdel Fattah al-Burhan", "Burhan", "Abdel Fattah al-Burhane", "Burhane", "Abdel Fattah al-Borhan"]),
    (HEM, P, ["Mohamed Hamdan Dagalo", "Dagalo", "General Dagalo", "Hemedti", "Hemeti", "Mohamed Hamdan Daglo", "Hemetti", "Mr Dagolo",
              "Mr Dagallo"]),
    (ABR, P, ["Abdelrahim Dagalo", "Abdelrahim Hamdan Daglo"]),
    (PER, P, ["Volker Perthes", "Mr Perthes"]),
    (HAM, P, ["Abdalla Hamdok", "Hamdok", "Mr Hamdok"]),
    (BID, P, ["Joe Biden"]),
    (SUN, P, ["Rishi Sunak"]),
    (BLI, P, ["Antony Blinken"]),
    (NAB, P, ["Nabil Abdallah"]),
    (HIB, P, ["Hiba Abdallah"]),
    (AGA, P, ["Malik Agar"]),
    (BAS, P, ["Omar al-Bashir"]),
    (SIS, P, ["Abdel Fattah al-Sisi"]),
    (ACH, P, ["Wanjiru Achieng"]),
    (LES, P, ["Bertrand Lestrade"]),
    (BAB, P, ["Osman al-Hassan Babiker"]),
    (ACT, P, ["Rosalind Achterberg"]),
    (RAD, P, ["Hossam Eldin Radwan"]),
    (AMN, P, ["Amna"]),

    (SAF, O, ["Sudanese Armed Forces", "SAF"]),
    (RSF, O, ["Rapid Support Forces", "RSF", "Forces of rapid support", "FSR", "Al-Daam al-Sarie", "Rapid Support"]),
    (SOV, O, ["Sovereign Council", "Sovereignty Council", "Transitional Sovereignty Council"]),
    (WHO, O, ["World Health Organization", "World Health Organisation", "World Organisation of the Health", "OMS"]),
    (SDU, O, ["Sudan Doctors' Union", "Union of the doctors of Sudan"]),
    (UNHCR, O, ["UNHCR", "High Commissariat of the United Nations for the refugees", "HCR"]),
    (FFC, O, ["Forces of Freedom and Change", "FFC"]),
    (UN, O, ["United Nations", "UN", "UNO"]),
    ("Security Council", O, ["Security Council"]),
    (SD, O, ["State Department"]),
    (QDO, O, ["Quai d'Orsay"]),
    (EMFA, O, ["Egyptian Ministry of Foreign Affairs"]),
    ("Sudan People's Liberation Movement-North", O, ["Sudan People's Liberation Movement-North"]),
    ("Red Cross", O, ["Red Cross"]),
    ("Janjaweed", O, ["Janjaweed", "Janjawid"]),
    ("Lamu Institute for Regional Security", O, ["Lamu Institute for Regional Security"]),
    ("Institute of Studies on the Horn of Africa", O, ["Institute of Studies on the Horn of Africa", "IECA"]),
    ("Fenwick Institute", O, ["Fenwick Institute"]),
    ("Cairo Centre for Nile Basin Studies", O, ["Cairo Centre for Nile Basin Studies"]),

    ("Al-Muqran", MD, ["Al-Muqran"]),
    ("Ashgrove Weekly", MD, ["Ashgrove Weekly"]),

    ("Sudan", G, ["Sudan"]),
    ("Khartoum", G, ["Khartoum"]),
    ("Omdurman", G, ["Omdurman"]),
    ("Bahri", G, ["Bahri"]),
    ("Port Sudan", G, ["Port Sudan"]),
    ("Jeddah", G, ["Jeddah", "Djeddah"]),
    (KSA, G, ["Saudi Arabia", "Kingdom of Saudi Arabia"]),
    ("Riyadh", G, ["Riyadh"]),
    (US, G, ["United States", "US", "United States of America", "America"]),
    ("Washington", G, ["Washington"]),
    (UK, G, ["Britain"]),
    ("London", G, ["London"]),
    ("France", G, ["France"]),
    ("Djibouti", G, ["Djibouti"]),
    ("Ethiopia", G, ["Ethiopia"]),
    ("Egypt", G, ["Egypt"]),
    ("Cairo", G, ["Cairo"]),
    ("Chad", G, ["Chad"]),
    ("South Sudan", G, ["South Sudan"]),
    ("Darfur", G, ["Darfur"]),
    ("West Darfur", G, ["West Darfur"]),
    ("El Geneina", G, ["El Geneina"]),
    ("Nairobi", G, ["Nairobi"]),
    ("Wadi Halfa", G, ["Wadi Halfa"]),
    ("Merowe", G, ["Merowe"]),
    ("Syria", G, ["Syria"]),
    ("Yemen", G, ["Yemen"]),
    ("Libya", G, ["Libya"]),

    ("Red Sea", L, ["Red Sea"]),
    ("Nile", L, ["Nile"]),
    ("Qustul", L, ["Qustul"]),
    ("Arqin", L, ["Arqin"]),
    ("Wadi Saeedna", L, ["Wadi Saeedna"]),
    ("General Command", L, ["General Command"]),

    ("Jeddah Declaration", M, ["Jeddah Declaration of Commitment to Protect the Civilians of Sudan", "Jeddah declaration"]),
    ("Sagittaire", E_, ["Sagittaire"]),
    ("Eid al-Fitr", E_, ["Eid al-Fitr"]),
]

descriptions = [
    (BUR, ["the army chief", "The 62-year-old army chief"]),
    (HEM, ["the RSF commander", "a former militia leader from Darfur", "a former camel trader"]),
    (HAM, ["the former prime minister", "the 67-year-old economist"]),
    (RSF, ["a powerful paramilitary force", "the paramilitaries"]),
    (SAF, ["the Sudanese army", "the armed forces"]),
    (UNHCR, ["the UN refugee agency"]),
    (SDU, ["the doctors' union"]),
    (FFC, ["the civilian coalition"]),
    ("Jeddah", ["the Red Sea city"]),
    (US, ["Washington"]),
    (KSA, ["Riyadh"]),
    ("Sudan", ["Khartoum"]),
    ("Egypt", ["Cairo"]),
    (UK, ["London"]),
]

roles = [
    (BUR, ["General", "the head of the ruling Sovereign Council", "the army chief and de facto head of state",
           "Chairman of the Transitional Sovereignty Council", "Commander-in-Chief of the armed forces",
           "Lieutenant General"]),
    (HEM, ["General", "the RSF commander", "the commander of the forces", "his deputy"]),
    (ABR, ["the force's deputy commander", "the deputy commander of the Rapid Support"]),
    (PER, ["the UN special representative for Sudan", "The special representative of the UNO for Sudan",
           "the UN envoy"]),
    (HAM, ["former prime minister"]),
    (BID, ["President"]),
    (SUN, ["Prime Minister"]),
    (BLI, ["The American secretary of State"]),
    (NAB, ["The official spokesman of the armed forces", "Brigadier General"]),
    (HIB, ["Its spokeswoman"]),
    (AGA, ["the leader of the Sudan People's Liberation Movement-North", "a former rebel leader"]),
    (SIS, ["President"]),
    (ACH, ["who studies the Horn of Africa at the Lamu Institute for Regional Security"]),
    (LES, ["researcher at the Institute of Studies on the Horn of Africa"]),
    (BAB, ["The political analyst"]),
    (AMN, ["a 41-year-old teacher from Bahri"]),
]

must_not_merge = [
    [HEM, ABR],
    [NAB, HIB],
    [BUR, SIS],
    [HAM, NAB],
    [BUR, HEM],
]

dump('entities.json', {
    "about": "Answer key for entity resolution on corpus-s/articles (the outbreak of war in Sudan, April-May 2023: the "
             "fighting in Khartoum from Saturday 15 April between the Sudanese Armed Forces of Abdel Fattah al-Burhan "
             "and the Rapid Support Forces of Mohamed Hamdan Dagalo, the evacuations of foreigners (Saudi Arabia by sea "
             "on 22 April, the United States by helicopter on 23 April, Britain and France), the US-brokered 72-hour "
             "truce of 25 April and its extension, the Jeddah talks (6 May) and declaration (11 May), Dagalo's removal "
             "from the Sovereign Council (19 May), the seven-day ceasefire signed on 20 May and in force from 22 May), "
             "written from reading the articles. Same conventions as corpus-c..r: canonical name (a form that occurs in "
             "the texts), type, and every surface form that names the entity in the cleaned texts (headlines, "
             "standfirsts, captions, bylines, the dateline 'KHARTOUM (Meridian Wire) -', related links, share bars and "
             "other boilerplate excluded). Title+surname forms ('General Dagalo', 'Mr Perthes', 'Mr Hamdok', 'Mr Dagolo', "
             "'Mr Dagallo') are keyed as aliases; title+full-name forms ('General Abdel Fattah al-Burhan', 'Lieutenant General "
             "Mohamed Hamdan Daglo', 'Brigadier General Nabil Abdallah', 'Dr. Hiba Abdallah', 'President Joe Biden') are "
             "not listed separately. Defects on purpose: the RSF commander is 'Mohamed Hamdan Dagalo' / 'Dagalo' (01, 06) / "
             "'General Dagalo' / 'Hemedti' (01, 04), 'Hemeti' (02, 05), the French transliterations 'Mohamed Hamdan Daglo' and 'Hemetti' "
             "(03; 'Daglo' in the Arabic translation 04 too) and two misspellings of his surname in one article, 'Mr "
             "Dagolo' and 'Mr Dagallo' (05); the army chief is 'Abdel Fattah al-Burhan' / 'Burhan', the French "
             "'Abdel Fattah al-Burhane' / 'Burhane' (03) and the Arabic-press 'Abdel Fattah al-Borhan' (04). People "
             "sharing names who must not merge: the Dagalo brothers Mohamed Hamdan Dagalo (Hemedti) and Abdelrahim "
             "Dagalo, the RSF's deputy commander ('Abdelrahim Hamdan Daglo' in 04: both brothers are 'Hamdan Daglo' "
             "there, and 04's 'His brother, the commander of the forces' is Mohamed); the two Abdallahs of 04, the army "
             "spokesman Brigadier General Nabil Abdallah and the Doctors' Union spokeswoman Dr. Hiba Abdallah (and "
             "Abdalla Hamdok, whose given name is the same word); the two Abdel Fattahs, al-Burhan and Egypt's president "
             "al-Sisi (06, in one sentence); Burhan and his former deputy Dagalo. Acronyms and foreign forms: 'the "
             "Sudanese Armed Forces (SAF)' (01); 'the Rapid Support Forces (RSF)' (01, 06), the French calque 'the "
             "Forces of rapid support (FSR)' and 'the FSR' (03), the Arabic transliteration 'the Rapid Support Forces "
             "(Al-Daam al-Sarie)' / 'the Al-Daam al-Sarie' and the short 'the Rapid Support' (04); the World Health "
             "Organization (01, 02), 'World Health Organisation' (05) and the French calque 'the World Organisation of "
             "the Health (OMS)' / 'the OMS' (03); 'the UN refugee agency (UNHCR)' (02), the French calque 'the High "
             "Commissariat of the United Nations for the refugees (HCR)' / 'The HCR' (03) and 'The UN refugee agency' "
             "(06, a description); 'the Sudan Doctors' Union' (01, 04, 05), 'the doctors' union' (01) and the calque "
             "'The Union of the doctors of Sudan' (03); 'the Forces of Freedom and Change (FFC)' (02, 05) and 'the "
             "civilian coalition' (02, 05); the Sovereign Council (01, 05), 'the Sovereignty Council' (03), 'the "
             "Transitional Sovereignty Council' (04); 'the UNO' (03) for the UN; 'the Institute of Studies on the Horn "
             "of Africa (IECA)' (03) keeps its French acronym; 'the Quai d'Orsay' (03) is the French foreign ministry; "
             "'Djeddah' (03) is Jeddah. Capitals for governments: 'Washington said it could not organise an evacuation' "
             "(01) and 'a ceasefire negotiated only by Washington' (06) stand for the US government, 'Riyadh and "
             "Washington said in a joint statement' (02) for the Saudi and US governments, 'Khartoum has demanded' (03) "
             "and 'Khartoum considers' (04) for the Sudanese army government, 'Cairo has avoided taking sides', 'The "
             "RSF embarrassed Cairo' and 'Cairo will not say it' (06) for Egypt's government, 'London said' (06) for "
             "Britain's: each is keyed as an alias of the city and a description of the country (Khartoum is the city "
             "elsewhere, and London the city in 05's 'a London think tank'); 'Washington', 'Riyadh' and 'Cairo' occur "
             "only as governments ('Cairo Centre for Nile Basin Studies' is an institute). 'the United States' and "
             "'America' (05) are the country, 'US' in 'the US base', 'US personnel', 'US-brokered' too. 'Al-Muqran' "
             "(04 'told Al-Muqran', 'explained to Al-Muqran') and 'Ashgrove Weekly' (05 'told The Ashgrove Weekly') are "
             "outlets. 'General Command' (04) is the army headquarters in Khartoum (a place); 'Qustul' and 'Arqin' (06) "
             "are border crossings, 'Wadi Saeedna' (06) an airfield; 'Sagittaire' (03) is France's evacuation "
             "operation; 'Eid al-Fitr' (01) the holiday. Descriptions: 'the army chief' (02, 06) and 'The 62-year-old "
             "army chief' (05) for Burhan; 'The RSF commander' (01, 02), 'a former militia leader from Darfur' (01) and "
             "'a former camel trader' (05) for Dagalo; 'The former prime minister' (02, 05) and 'the 67-year-old "
             "economist' (02) for Hamdok; 'a powerful paramilitary force' (01) and 'the paramilitaries' (03) for the "
             "RSF; 'the Sudanese army' (03, 06) and 'the armed forces' (04) for the SAF ('the army' is left unkeyed); "
             "'the UN refugee agency' (02, 06) for UNHCR; 'the doctors' union' (01) for the Sudan Doctors' Union; 'the "
             "civilian coalition' (02, 05) for the FFC; 'the Red Sea city' (02) for Jeddah; the capitals above. Not "
             "keyed: adjectives and demonyms (Sudanese, Saudi, Saudis, American, British, French, Egyptian), "
             "'Amna''s family name (withheld), the unnamed officials, 'a senior State Department official' (the State "
             "Department is keyed), the monitors, residents and inhabitants, the Saudi foreign ministry and 'Egypt's "
             "foreign ministry' (lower-case), MH-47 Chinook (a helicopter), 'the presidential palace' and 'the General "
             "Command' as buildings except as listed, 'the 2003 war in Darfur'. roles: roles stated in an apposition or "
             "title, for information.",
    "entities": [{"name": n, "type": t, "aliases": a} for n, t, a in ents],
    "must_not_merge": must_not_merge,
    "descriptions": [{"entity": e, "descriptions": d} for e, d in descriptions],
    "roles": [{"entity": e, "roles": r} for e, r in roles],
})

# ---------------------------------------------------------------------------------------------- dates
dates = [
    # 01: published Monday 2023-04-24 (JSON field 2023-04-24T07:30:00Z, 09:30 in Khartoum)
    ["01", "Sunday", "2023-04-23"],
    ["01", "nine days", "P9D"],
    ["01", "an hour", "PT1H"],
    ["01", "the same day", "2023-04-23"],
    ["01", "Saturday", "2023-04-22"],
    ["01", "Saturday, April 15", "2023-04-15"],
    ["01", "October 2021", "2021-10"],
    ["01", "Friday", "2023-04-21"],
    ["01", "Saturday", "2023-04-22"],
    ["01", "last week", "2023-04-17/2023-04-23"],
    ["01", "Saturday", "2023-04-22"],
    # 02: published Friday 2023-05-12 (meta and JSON-LD only)
    ["02", "Thursday", "2023-05-11"],
    ["02", "five days", "P5D"],
    ["02", "Saturday, May 6", "2023-05-06"],
    ["02", "ten days", "P10D"],
    ["02", "this week", "2023-05-08/2023-05-14"],
    ["02", "April 15", "2023-04-15"],
    ["02", "2021", "2021"],
    ["02", "April 29", "2023-04-29"],
    # 03: published Wednesday 2023-04-26 (visible date line 26/04/2023, day before month)
    ["03", "72 hours", "PT72H"],
    ["03", "Monday", "2023-04-24"],
    ["03", "Tuesday", "2023-04-25"],
    ["03", "15 April", "2023-04-15"],
    ["03", "Monday", "2023-04-24"],
    ["03", "48 hours", "PT48H"],
    ["03", "this Tuesday", "2023-04-25"],
    ["03", "this Tuesday", "2023-04-25"],
    ["03", "Sunday", "2023-04-23"],
    ["03", "Saturday", "2023-04-22"],
    ["03", "The following day", "2023-04-23"],
    ["03", "this Tuesday", "2023-04-25"],
    ["03", "October 2021", "2021-10"],
    ["03", "15 April", "2023-04-15"],
    ["03", "ten years", "P10Y"],
    ["03", "Monday", "2023-04-24"],
    # 04: published Tuesday 2023-05-23, no date line
    ["04", "yesterday", "2023-05-22"],
    ["04", "Monday", "2023-05-22"],
    ["04", "seven days", "P7D"],
    ["04", "last Saturday", "2023-05-20"],
    ["04", "last Friday", "2023-05-19"],
    ["04", "fifteenth of April", "2023-04-15"],
    ["04", "eleventh of May", "2023-05-11"],
    ["04", "seven days", "P7D"],
    ["04", "next Monday", "2023-05-29"],
    # 05: published Thursday 2023-05-25, no date line
    ["05", "Saturday April 15th", "2023-04-15"],
    ["05", "Forty days later", "2023-05-25"],
    ["05", "2019", "2019"],
    ["05", "October 2021", "2021-10"],
    ["05", "2003", "2003"],
    ["05", "two years", "P2Y"],
    ["05", "April 22nd", "2023-04-22"],
    ["05", "The next day", "2023-04-23"],
    ["05", "May 6th", "2023-05-06"],
    ["05", "five days", "P5D"],
    ["05", "Saturday", "2023-05-20"],
    ["05", "Monday", "2023-05-22"],
    ["05", "Yesterday", "2023-05-24"],
    ["05", "2000s", "2000-01-01/2009-12-31"],
    ["05", "last Friday", "2023-05-19"],
    ["05", "next Monday", "2023-05-29"],
    # 06: published Sunday 2023-04-30 (visible date line 'Sunday, 30 April 2023 | 14:20 (Cairo)')
    ["06", "Saturday", "2023-04-29"],
    ["06", "two weeks ago", "2023-04-16"],
    ["06", "Monday", "2023-04-24"],
    ["06", "Thursday", "2023-04-27"],
    ["06", "72 hours", "PT72H"],
    ["06", "tonight", "2023-04-30"],
    ["06", "earlier this month", "2023-04"],
    ["06", "yesterday", "2023-04-29"],
    ["06", "January 2022", "2022-01"],
    ["06", "Saturday", "2023-04-29"],
]
dump('dates.json', {
    "about": "Answer key for date normalisation on corpus-s/articles, same conventions as corpus-c..r: document id prefix, "
             "the expression as written (the first occurrence not yet matched, in text order; a system expression that "
             "contains the key text matches, so 'Sunday' in 01 also matches 'on Sunday', 'an hour' 'less than an hour', "
             "'Thursday' in 02 'late on Thursday', 'Saturday' in 03 'Already Saturday', 'Monday' in 03 'Monday in the "
             "evening', 'fifteenth of April' 'the fifteenth of April', 'last Saturday' 'the evening of last Saturday', "
             "'tonight' 'at midnight tonight'), its absolute value. Weeks run Monday to Sunday. Dates are Khartoum local "
             "dates (UTC+2). The date lines 'Published on 26/04/2023 at 08h15 – Updated at 11h40' (03, day before "
             "month) and 'Sunday, 30 April 2023 | 14:20 (Cairo)' (06), the dateline of 01, captions ('Monday' in 03's, "
             "'the first days of the fighting' in 05's), headlines, standfirsts ('Six weeks' in 05's), related links and "
             "04's duplicated lead are not keyed. Clock times and parts of days ('at midnight', 'nine forty-five minutes "
             "in the evening', '9.45pm', 'after midnight', 'the morning of', 'through the night', 'the first hours', "
             "'its first hour', 'a few minutes after') are not keyed. Vague, recurring or anaphoric expressions ('within "
             "days', 'for weeks', 'since months', 'in the weeks to come', 'in the coming days', 'for a third day', 'within a week' (06, the soldiers' return), 'will not last a week', 'Each week', "
             "'the day before the truce' (04, Hemedti's audio message, 21 May, anaphoric), 'the month-old war', "
             "'the 2021 coup' is keyed as 2021) are not keyed; nor are adjectival spans ('A three-day truce', 'a "
             "seven-day ceasefire', 'A week-long truce', 'the short-term ceasefire'), ages ('the 67-year-old economist', "
             "'The 62-year-old army chief', 'a 41-year-old teacher', 'men between 16 and 50'), counts and figures "
             "('about 100 troops', 'about 70 US personnel', '16,000 private American citizens', '157 people', '91 of "
             "them', '175 people', '413', '459', '604', '705', '863', '3,531', '295 civilians', 'more than 260', 'more "
             "than 280', '538 persons', '209 French', 'between 10,000 and 20,000', '100,000', '200,000', '250,000', "
             "'270,000', '700,000', '110,000', '16,000 Sudanese', '1,900', '2,000 people', 'forty-five million', '45m', "
             "'two-thirds', 'the third truce', 'a dozen other countries'). Relative dates: 01 (written Monday 24 April, "
             "morning in Khartoum) 'on Sunday' 23 April (the US evacuation) and 'the same day' 23 April (Britain's), 'for nine days' a span, "
             "'less than an hour' a span, 'On Saturday' 22 April (the Saudi evacuation), 'Saturday, April 15' (the "
             "start of the fighting: the second Saturday of the article, a week before), 'an October 2021 coup', 'on "
             "Friday' 21 April (the Eid truce), 'on Saturday' twice more 22 April (the army's statement, Dagalo's "
             "interview), 'last week' 17-23 April (Perthes's remark). 02 (Friday 12 May): 'late on Thursday' 11 May, "
             "'five days' a span, 'Saturday, May 6', 'up to ten days' a span, 'this week' 8-14 May (the WHO figure), "
             "'since April 15', 'the 2021 coup' 2021, 'on April 29' (yearless). 03 (Wednesday 26 April, date line): "
             "'72 hours' a span, 'in the night of Monday to Tuesday' keyed twice ('Monday' 24 April, 'Tuesday' 25 "
             "April; a system range 'Monday to Tuesday' matches the first key only), 'the 15 April' twice (yearless), "
             "'Monday in the evening' 24 April, '48 hours' a span, 'this Tuesday' three times 25 April (the French 'ce "
             "mardi': the day before publication), 'launched Sunday' 23 April, 'Already Saturday' 22 April, 'The "
             "following day' 23 April (the day after the Saudi evacuation), 'October 2021', 'less than ten years' a "
             "span, 'has assured Monday' 24 April. 04 (Tuesday 23 May, no date line): 'yesterday, Monday' keyed twice "
             "(both 22 May), 'for a period of seven days' a span, 'the evening of last Saturday' 20 May, 'last Friday' "
             "19 May, 'the fifteenth of April' and 'the eleventh of May' (yearless, Arabic style), 'the seven days' a "
             "span, 'next Monday' 29 May (the truce's end). 05 (Thursday 25 May, no date line): 'Saturday April 15th', "
             "'Forty days later' 25 May (forty days after 15 April: the day of writing), 'in 2019', 'October 2021', "
             "'the 2003 war', 'within the two years' a span, 'April 22nd', 'The next day' 23 April, 'May 6th', 'for "
             "five days' a span, 'On Saturday' 20 May (a different Saturday from 15 April and 22 April), 'on Monday' "
             "22 May, 'Yesterday' 24 May, 'the 2000s' a decade, 'last Friday' 19 May, 'next Monday' 29 May. 06 "
             "(Sunday 30 April, date line): 'on Saturday' twice 29 April, 'two weeks ago' 16 April (fourteen days "
             "before publication; the fighting in fact began on the 15th), 'at midnight on Monday' 24 April (the truce "
             "began at midnight between Monday 24 and Tuesday 25 April), 'on Thursday' 27 April (the extension), "
             "'another 72 hours' a span, 'at midnight tonight' 30 April, 'earlier this month' April 2023 (the capture of the Egyptian soldiers), 'yesterday' 29 April (Hamdok in Nairobi, 02's "
             "'April 29'), 'in January 2022'. Publication dates used: 01 2023-04-24, 02 2023-05-12, 03 2023-04-26, 04 "
             "2023-05-23, 05 2023-05-25, 06 2023-04-30 (see publication.json).",
    "dates": dates,
})

# ---------------------------------------------------------------------------------------------- publication
dump('publication.json', {
    "about": "True publication date of each document (the one the author had in mind) and whether the input states it "
             "(metadata, JSON field or a visible date line). window: the span a careful reader can prove from the text "
             "alone (plus event dates the other articles give); the engine's published.earliest..latest should contain "
             "'date'.",
    "published": [
        {"doc": "01", "date": "2023-04-24", "stated": True,
         "how": "JSONL published field 2023-04-24T07:30:00Z (09:30 in Khartoum the same day); the evacuations 'on "
                "Sunday' are past and the fighting has lasted 'nine days' since 15 April",
         "window": ["2023-04-24", "2023-04-24"]},
        {"doc": "02", "date": "2023-05-12", "stated": True,
         "how": "meta article:published_time and JSON-LD datePublished 2023-05-12T09:10:00+03:00 (no visible date; the "
                "signing 'late on Thursday' is past, the talks opened 'on Saturday, May 6' and lasted five days)",
         "window": ["2023-05-12", "2023-05-12"]},
        {"doc": "03", "date": "2023-04-26", "stated": True,
         "how": "visible date line 'Published on 26/04/2023 at 08h15 – Updated at 11h40' (day/month/year)",
         "window": ["2023-04-26", "2023-04-26"]},
        {"doc": "04", "date": "2023-05-23", "stated": False,
         "how": "none: the ceasefire took effect 'yesterday, Monday' (22 May per 05's 'on Monday' after the signing "
                "'On Saturday' and its end 'next Monday'), the signing was 'last Saturday' and Agar's appointment 'last "
                "Friday': Tuesday 23 May",
         "window": ["2023-05-23", "2023-05-23"]},
        {"doc": "05", "date": "2023-05-25", "stated": False,
         "how": "none: 'Forty days later' after Saturday 15 April is 25 May; the ceasefire signed 'On Saturday' (20 "
                "May) took effect 'on Monday' (22 May), the monitors spoke 'Yesterday', Agar was appointed 'last "
                "Friday' (19 May, per 04) and the truce 'expires next Monday' (29 May): written between Tuesday 23 and "
                "Friday 26 May, 'Forty days later' pinning Thursday 25 May",
         "window": ["2023-05-23", "2023-05-26"]},
        {"doc": "06", "date": "2023-04-30", "stated": True,
         "how": "visible date line 'Sunday, 30 April 2023 | 14:20 (Cairo)' (Cairo and Khartoum share the date); the "
                "truce 'is due to expire at midnight tonight'",
         "window": ["2023-04-30", "2023-04-30"]},
    ],
})

# ---------------------------------------------------------------------------------------------- timeline
ev = []
event = recorder(ev)

event("Fighting breaks out in Khartoum between the army (SAF) and the Rapid Support Forces", "2023-04-15",
      ["01", "03", "05"],
      ["fighting", "broke out", "fights", "shooting", "clashes", "war", "outbreak"],
      note="01 'The fighting broke out on Saturday, April 15'; 03 'since the start of the fights, the 15 April'; 05 "
           "'When the shooting started on the morning of Saturday April 15th'; 02 ('since April 15') and 04 ('since "
           "the fifteenth of April') date only the start of a count or a state and are not listed; the RSF's claim to "
           "the palace and the airport 'In the first hours' (01) is folded in")
event("A three-day truce is declared for the Eid al-Fitr holiday (ignored by both sides)", "2023-04-21", ["01"],
      ["eid", "three-day", "truce"],
      note="the first of the truces mentioned (03 counts the US-brokered one of 25 April as 'the third'); must stay "
           "apart from the truce of 25 April and the ceasefire of 22 May")
event("Saudi Arabia evacuates 157 people by sea from Port Sudan to Jeddah", "2023-04-22", ["01", "03", "05"],
      ["saudi", "port sudan", "sea", "ship", "157", "175", "evacuat"],
      note="the first of the two main evacuations (05 gives 175 people, the intended contradiction); 01 'On Saturday', "
           "03 'Already Saturday', 05 'on April 22nd'")
event("US special forces evacuate the American embassy staff from Khartoum by helicopter", "2023-04-23",
      ["01", "03", "05"],
      ["special forces", "embassy", "helicopter", "chinook", "american", "united states", "us personnel"],
      note="the second evacuation, the day after the Saudi one: 01 'on Sunday', 03 'The following day', 05 'The next "
           "day'; must stay apart from the Saudi evacuation of 22 April and from Britain's and France's of the same day")
event("Britain flies out its diplomats and their families", "2023-04-23", ["01"],
      ["britain", "british", "sunak", "diplomats"],
      note="01 'the same day' (after the US evacuation 'on Sunday'); the same day as the US evacuation, a separate event; the last British flight of 29 April "
           "(06) is another event")
event("France launches its evacuation operation (Sagittaire) through Djibouti", "2023-04-23", ["01", "03"],
      ["france", "french", "sagittaire", "djibouti"],
      note="01 'France began an operation' in the sentence dated 'the same day' (Sunday); 03 'the operation « Sagittaire » "
           "launched Sunday' (538 people evacuated by Tuesday 25 April)")
event("The US-brokered 72-hour truce between the army and the RSF takes effect at midnight", "2023-04-25",
      ["03", "06"],
      ["truce", "cease-fire", "ceasefire", "72", "entered into force", "began"],
      until="2023-04-27",
      note="03 'in the night of Monday to Tuesday, at midnight' (announced by Blinken 'Monday in the evening', 24 "
           "April, folded in); 06 'began at midnight on Monday' (a system date of 24 April is defensible; the key "
           "takes the first day of the truce, 25 April); must stay apart from the seven-day ceasefire of 22 May")
event("The 72-hour truce is extended by another 72 hours", "2023-04-27", ["06"],
      ["extend", "another 72"],
      note="06 'was extended on Thursday for another 72 hours' (to midnight on 30 April)")
event("The last British evacuation flight leaves Wadi Saeedna", "2023-04-29", ["06"],
      ["british", "wadi saeedna", "last", "flight", "evacuat"],
      note="06 'on Saturday' (a fourth Saturday); more than 2,000 people flown out")
event("The Jeddah talks between the army and the RSF open under Saudi and US mediation", "2023-05-06", ["02", "05"],
      ["talks", "open", "convened", "negotiat", "jeddah"],
      note="02 'talks that opened on Saturday, May 6'; 05 'The talks that Saudi Arabia and America convened in Jeddah "
           "on May 6th'")
event("The two sides sign the Jeddah Declaration of Commitment to Protect the Civilians of Sudan", "2023-05-11",
      ["02", "04"],
      ["declaration", "sign", "pledge", "commitment"],
      note="02 'late on Thursday'; 04 'The Jeddah declaration of the eleventh of May' (in Babiker's quotation); 05's "
           "declaration after 'five days' of talks that began on 6 May is not listed; not a ceasefire, and not to be "
           "confused with the ceasefire agreement signed in Jeddah on 20 May")
event("Burhan removes Dagalo as vice-chairman of the Sovereign Council and appoints Malik Agar", "2023-05-19",
      ["04", "05"],
      ["agar", "sovereign", "relieving", "sacked", "decree", "vice-chairman", "deputy"],
      note="04 and 05 'last Friday'")
event("Envoys of the army and the RSF sign a seven-day ceasefire agreement in Jeddah", "2023-05-20", ["04", "05"],
      ["sign", "agreement", "seven-day", "ceasefire"],
      note="04 'the evening of last Saturday'; 05 'On Saturday the same envoys signed something firmer'")
event("The seven-day ceasefire takes effect at 21:45", "2023-05-22", ["04", "05"],
      ["ceasefire", "truce", "effect", "force", "seven"],
      until="2023-05-29",
      note="04 'the evening of yesterday, Monday'; 05 'took effect at 9.45pm on Monday'; it ends 'next Monday' (29 "
           "May); the second of the two ceasefires that must stay apart (the 72-hour truce of 25 April)")
dump('timeline.json', {
    "about": "Real-world events the articles report, with date (day), until for multi-day events, the documents that "
             "report each (with a date the reader can resolve), and words by which a system event is recognised (title, "
             "trigger or participant entity ids). Dates are Khartoum local dates. Occurrences of similar events must "
             "stay apart: the two truces/ceasefires (the US-brokered 72-hour truce from midnight on 24-25 April; the "
             "seven-day ceasefire from 21:45 on 22 May), with the Eid truce of 21 April a third; the two evacuations "
             "(Saudi Arabia by sea on Saturday 22 April; the United States by helicopter on Sunday 23 April) and "
             "Britain's and France's of 23 April; the two signings in Jeddah (the declaration of 11 May; the ceasefire "
             "agreement of 20 May); the Saturdays (15 April, the start of the war; 22 April, the Saudi evacuation; 29 "
             "April, the last British flight; 6 May, the talks; 20 May, the ceasefire signing). Not keyed: future or "
             "planned events (the truce's expiry 'at midnight tonight' in 06 and 'next Monday' in 04/05, the talks on "
             "a longer truce, the arrival of up to 100,000 refugees in Chad), events dated only by month, year or "
             "decade (the October 2021 coup, Bashir's removal in 2019, Hamdok's resignation in January 2022, the 2003 "
             "war), statements (Blinken's announcement of 24 April, Perthes's briefing of 25 April, France's "
             "announcement of 25 April, Burhan's call of 24 April, Hamdok's warning in Nairobi on 29 April (02 'April "
             "29', 06 'yesterday'), the WHO's and the Doctors' Union's counts, the monitors' report of 24 May, "
             "Hemedti's audio message 'the day before the truce'), states (the RSF holding the palace, the refugees "
             "waiting at the crossings 'on Saturday' in 06), and the Egyptian soldiers' capture and return ('earlier "
             "this month', 'within a week').",
    "events": ev,
})

# ---------------------------------------------------------------------------------------------- quotes
quotes = [
    ["01", "About 100 troops in three MH-47", "indirect", [None]],
    ["01", "I am immensely proud of the extraordinary commitment", "direct", BID],
    ["01", "unconscionable", "partial", BID],
    ["01", "it could not organise an evacuation", "indirect", [US, "Washington"]],
    ["01", "it had also flown out its diplomats", "indirect", [UK]],
    ["01", "a complex and rapid evacuation", "partial", SUN],
    ["01", "At least 413 people have been killed", "indirect", WHO],
    ["01", "more than 260", "partial", SDU],
    ["01", "Burhan had agreed to help foreign governments", "indirect", [SAF, None]],
    ["01", "it was ready to open the airports", "indirect", RSF],
    ["01", "The parties must understand that there is no military solution", "direct", PER],
    ["01", "both generals had told him they were winning", "indirect", PER],
    ["01", "two-thirds of the hospitals near the fighting", "indirect", SDU],
    ["01", "defending the revolution", "partial", HEM],

    ["02", "This is not a ceasefire", "direct", [None, SD]],
    ["02", "It is a statement of the obligations", "direct", [None, SD]],
    ["02", "the talks would now turn to a temporary truce", "indirect", [None, SD]],
    ["02", "they welcomed the commitment of the two parties", "indirect", [KSA, US, "Riyadh", "Washington"]],
    ["02", "the talks would continue in Jeddah", "indirect", [KSA, None]],
    ["02", "at least 604 people had been killed", "indirect", WHO],
    ["02", "more than 200,000 people had fled", "indirect", UNHCR],
    ["02", "civilians had been left out of the room", "indirect", FFC],
    ["02", "Two armed men cannot decide the future", "direct", FFC],
    ["02", "would make Syria, Yemen and Libya look like small plays", "partial", HAM],
    ["02", "The declaration is a piece of paper", "direct", ACH],
    ["02", "What matters is whether anyone will pay a price", "direct", ACH],
    ["02", "Burhan and Hemeti each still believed", "indirect", ACH],

    ["03", "During this period, the United States urges", "direct", BLI],
    ["03", "biological risk enormous", "partial", WHO],
    ["03", "the fights have made at least 459 dead", "indirect", WHO],
    ["03", "to have evacuated 538 persons", "indirect", ["France"]],
    ["03", "a French soldier had been wounded", "indirect", [QDO, "France"]],
    ["03", "neither the one nor the other of the two parties", "partial", PER],
    ["03", "Both think that they can win the war", "direct", PER],
    ["03", "between 10,000 and 20,000 persons", "indirect", UNHCR],
    ["03", "serves above all to the foreigners to leave", "partial", LES],
    ["03", "Once the last plane left", "direct", LES],
    ["03", "the FSR, born of the Janjawid militias", "indirect", LES],
    ["03", "controls the situation", "partial", [BUR, SOV]],

    ["04", "they heard the sounds of heavy artillery", "indirect", [None]],
    ["04", "the rebel militia violated the truce", "partial", NAB],
    ["04", "is committed to the truce as long as", "partial", NAB],
    ["04", "We are committed to the truce in front of God", "direct", ABR],
    ["04", "but we will respond to any aggression", "direct", ABR],
    ["04", "victory or martyrdom", "partial", HEM],
    ["04", "the number of civilian deaths since the start of the clashes", "indirect", SDU],
    ["04", "the real number is much greater", "partial", HIB],
    ["04", "more than 280 of the dead fell", "indirect", SDU],
    ["04", "more than 110,000 Sudanese have entered", "indirect", EMFA],
    ["04", "more than 250,000 refugees", "indirect", UN],
    ["04", "the success of the truce depends on the monitoring", "indirect", BAB],
    ["04", "The Jeddah declaration of the eleventh of May", "direct", BAB],
    ["04", "a test of the good intention", "partial", BAB],
    ["04", "he does not expect the negotiation", "indirect", BAB],

    ["05", "a nightmare for the world", "partial", HAM],
    ["05", "both sides had broken it", "indirect", [None]],
    ["05", "This is not a war between two armies", "direct", PER],
    ["05", "Both men believe they can still win", "direct", PER],
    ["05", "The outside powers have mediated a ceasefire", "direct", ACT],
    ["05", "Each week the truce holds", "direct", ACT],
    ["05", "without a plan to bring the civilian coalition", "indirect", ACT],

    ["06", "more than 16,000 Sudanese and about 1,900", "indirect", ["Egypt", EMFA]],
    ["06", "We left everything", "direct", AMN],
    ["06", "In Khartoum you die from a bullet", "direct", AMN],
    ["06", "more than 50,000 people had already left Sudan", "indirect", UNHCR],
    ["06", "Egypt was in contact with", "indirect", SIS],
    ["06", "the fighting risked becoming one of the worst civil wars", "indirect", HAM],
    ["06", "Sudan is a very big country", "direct", HAM],
    ["06", "If this becomes a full civil war", "direct", HAM],
    ["06", "Egypt's first interest is a Sudanese state", "direct", RAD],
    ["06", "Burhan's army is the last institution standing", "direct", RAD],
    ["06", "Egypt and Saudi Arabia would need to coordinate", "indirect", RAD],
    ["06", "will not last a week", "partial", RAD],
    ["06", "the last British evacuation flight left", "indirect", [UK, "London"]],
]
dump('quotes.json', {
    "about": "Answer key for quotations on corpus-s/articles, same conventions as corpus-c..r: document id prefix, the "
             "first words of the quoted or reported content, kind, and the speaker's canonical name (null: the text "
             "does not name one; a list: any of these is right, and a list containing null also accepts no speaker). A "
             "quote interrupted by its attribution (04 Abdelrahim Dagalo's '\"We are committed to the truce in front of "
             "God and in front of the sponsors,\" he said in a video recording, \"but we will respond to any "
             "aggression.\"') or continued without one (02 the State Department official's second sentence, 02 "
             "Achieng's second and third sentences, 05 Achterberg's second sentence, 06 Amna's, Hamdok's and Radwan's "
             "second quotations) is keyed once per piece. A reported clause with quoted words in it (01 Biden 'adding "
             "that the fighting was \"unconscionable\"', 01 'put the civilian toll in Khartoum state alone at \"more "
             "than 260\"', 01 the RSF commander 'said his forces were \"defending the revolution\"', 02 Hamdok 'said a "
             "civil war in Sudan \"would make ...\"', 03 the OMS 'has warned against a « biological risk enormous »', "
             "03 Perthes 'has declared ... that « neither the one nor the other ... »', 03 Burhan 'has assured ... that "
             "the army « controls the situation »', 04 Nabil Abdallah 'said in a statement that \"the rebel militia "
             "...\"' and 'confirming that the army \"is committed ...\"', 04 Hemedti 'a message in which he promised "
             "\"victory or martyrdom\"', 04 Hiba Abdallah 'explained to Al-Muqran that \"...\"', 04 Babiker 'He added "
             "that the seven days are \"a test ...\"', 05 Hamdok 'warned that the country could become \"a nightmare "
             "for the world\"', 06 Radwan 'and that a ceasefire negotiated only by Washington \"will not last a "
             "week\"') is keyed as the partial quote (03's 'For Bertrand Lestrade, ..., the truce « serves above all to "
             "the foreigners to leave »' has no verb of speech and is keyed partial; 01 Sunak's 'in what Prime "
             "Minister Rishi Sunak called \"a complex and rapid evacuation\"' too). Forms: 'said X' inverted (02 "
             "Achieng, 05 Achterberg, 06 Amna and Radwan), '\"...,\" X told <outlet>' (05 Perthes 'told The Ashgrove "
             "Weekly') and 'told reporters' (01 Perthes, 02 the official), 'He said:' before the quotation (05 "
             "Perthes), machine-translated '», has he declared in a communiqué' (03 Blinken, introduced as 'The "
             "American secretary of State'), '», he has added' (03 Perthes), '», he estimates' and 'He recalls that' "
             "(03 Lestrade), 'has announced this Tuesday to have evacuated' (03 France), 'has indicated that' (03 the "
             "Quai d'Orsay), 'considers that' (04 Babiker); sentence-final 'officials said' after a factual sentence "
             "(01, null) and '..., London said' (06, Britain's government); 'the World Health Organization said' at the "
             "end (01); 'according to' (03 'According to the OMS', 'According to the HCR', 04 'According to the "
             "union'); a speaker given only by a role or description: 01 'The RSF commander' (Dagalo), 02 'a senior "
             "State Department official' and 'The official' (null or the State Department), 02 'the 67-year-old "
             "economist' (Hamdok), 02 'the alliance' (the FFC), 03 'The general Burhane' (named), 06 'The UN refugee "
             "agency said' (UNHCR); capitals and countries as speakers: 01 'Washington said' (the US), 01 'Britain "
             "said', 02 'Riyadh and Washington said in a joint statement' (either government), 03 'France has "
             "announced', 06 'Egypt's foreign ministry said' (Egypt), 06 'London said'; organisations: the WHO (01, 02, "
             "03), the Sudan Doctors' Union (01 twice, 04 twice), UNHCR (02, 03, 06), the FFC (02), the Egyptian "
             "Ministry of Foreign Affairs (04), the United Nations (04 'the United Nations speak of'), the army ('The "
             "army said on Saturday that', 01: the SAF) and the RSF ('the RSF said', 01). Unnamed speakers (null): 04 'Citizens ... told Al-Muqran that', 01 "
             "'officials said', 05 'the monitors said'. Guillemets (03), curly quotes (02), straight quotes (01, 04, 05, "
             "06). Not keyed: 03's '« intense negotiations »', '« Sagittaire »', '« rebel militia »' and 04's '\"a rebel "
             "force\"' (characterisations, with 'Khartoum considers ... that' a stance), 01's 'called Burhan a "
             "\"radical Islamist\"' (a characterisation inside the keyed sentence), 02 Hamdok's second partial "
             "'\"a nightmare for the world\"' in the same clause (only the first piece keyed), 05 Achterberg's '\"a "
             "pause, not a peace\"' inside the keyed indirect clause, 06 Sisi's '\"both parties\"' inside the keyed "
             "clause, 02 'has been warning for weeks that the country could break apart' (habitual), 03 'The army has "
             "accused the FSR of having occupied', 04 'accused the army of bombarding' and 05 'accusing him of siding' "
             "(accusations), 03 'The Union of the doctors of Sudan ... counts for its part 295 civilians' and 05 'The "
             "World Health Organisation counts 705 dead', 'puts the civilian toll at about 850' (counts stated as facts; "
             "05's are attributed but keyed only as claims), 05 'Burhan has asked the UN secretary-general to replace "
             "him' and 06 'called on the two generals to talk' (requests), 03 'Khartoum has demanded' (a demand), 06 "
             "'Residents of the capital reported air strikes' (a report without a clause; 04's 'Citizens ... told "
             "Al-Muqran that they heard ...' is keyed, null), headlines, captions, standfirsts and 04's duplicated lead.",
    "quotes": quotes,
})

# ---------------------------------------------------------------------------------------------- claims
claims = [
    {"id": "saudi-evacuation",
     "text": "On Saturday 22 April Saudi Arabia evacuated 157 people (91 of them Saudis) by sea from Port Sudan to "
             "Jeddah",
     "docs": ["01", "03"],
     "anchors": {
         "01": "bringing 157 people, 91 of them Saudi citizens",
         "03": "Saudi Arabia had completed the evacuation by sea of 157 persons"},
     "contradiction": {
         "docs": ["05"],
         "anchors": {"05": "Saudi Arabia shipped 175 people across the Red Sea"},
         "aspect": "number",
         "detail": "05 puts the number evacuated by sea to Jeddah on 22 April at 175 against 157 in 01 and 03"},
     "note": "91 Saudis is part of the 157 (per-member against total), not a second figure"},
    {"id": "us-evacuation",
     "text": "On Sunday 23 April US special forces evacuated about 70 American embassy staff from Khartoum by "
             "helicopter",
     "docs": ["01", "03", "05"],
     "anchors": {
         "01": "They evacuated about 70 US personnel and their families",
         "03": "the United States had taken out their diplomats by helicopter",
         "05": "American special forces lifted about 70 embassy staff out by helicopter"},
     "contradiction": None,
     "note": "about 100 troops (01) flew in to bring out about 70 personnel: two quantities; the 16,000 private "
             "Americans (01) were not evacuated"},
    {"id": "war-began-15-april",
     "text": "The fighting between the army and the RSF broke out on Saturday 15 April",
     "docs": ["01", "05"],
     "anchors": {
         "01": "The fighting broke out on Saturday, April 15",
         "05": "When the shooting started on the morning of Saturday April 15th"},
     "contradiction": None,
     "note": "06's 'since the fighting began two weeks ago' is approximate (16 April by count), not a contradiction"},
    {"id": "coup-2021",
     "text": "Burhan and Dagalo seized power together in the coup of October 2021",
     "docs": ["01", "03", "05"],
     "anchors": {
         "01": "The two men seized power together in an October 2021 coup",
         "03": "The two generals had taken together the power by the putsch of October 2021",
         "05": "pushed aside the civilians of the Forces of Freedom and Change together in October 2021"},
     "contradiction": None},
    {"id": "rsf-integration",
     "text": "The generals fell out over how fast the RSF should be integrated into the army (Burhan wanted two years, "
             "Dagalo ten)",
     "docs": ["01", "03", "05"],
     "anchors": {
         "01": "They fell out over how quickly the RSF should be folded into the army",
         "03": "Hemetti has refused since months to see them integrated in the army",
         "05": "refused to put his 100,000 men under army command"},
     "contradiction": None,
     "note": "the 100,000 men of 05's sentence agree with 03's 'about 100,000 men' (anchored there as single-source)"},
    {"id": "both-think-they-can-win",
     "text": "Both generals believe they can still win the war",
     "docs": ["01", "02", "03", "05"],
     "anchors": {
         "01": "He said both generals had told him they were winning",
         "02": "She added that Burhan and Hemeti each still believed they could win outright",
         "03": "Both think that they can win the war by the arms",
         "05": "Both men believe they can still win"},
     "contradiction": None,
     "note": "said by Perthes in 01, 03 and 05 and by the analyst Achieng in 02"},
    {"id": "truce-72h",
     "text": "A US-brokered 72-hour truce between the army and the RSF began at midnight between Monday 24 and Tuesday "
             "25 April",
     "docs": ["03", "06"],
     "anchors": {
         "03": "A truce of 72 hours negotiated under the aegis of the United States",
         "06": "which began at midnight on Monday and was extended on Thursday"},
     "contradiction": None,
     "note": "not the Eid truce of 21 April (01, 'A three-day truce declared on Friday') nor the seven-day ceasefire "
             "of 22 May; 03's 'third truce' is an ordinal, not a duration"},
    {"id": "france-evacuation",
     "text": "France evacuated its nationals and other foreigners through Djibouti",
     "docs": ["01", "03"],
     "anchors": {
         "01": "while France began an operation to bring out its nationals",
         "03": "France has announced this Tuesday to have evacuated 538 persons"},
     "contradiction": None,
     "note": "538 persons of whom 209 French (03): total against members"},
    {"id": "talks-open-6-may",
     "text": "Talks between the two sides opened in Jeddah on 6 May under Saudi and US mediation",
     "docs": ["02", "05"],
     "anchors": {
         "02": "after five days of talks that opened on Saturday, May 6",
         "05": "The talks that Saudi Arabia and America convened in Jeddah on May 6th"},
     "contradiction": None},
    {"id": "jeddah-declaration",
     "text": "On Thursday 11 May the two sides signed in Jeddah a declaration committing them to protect civilians, "
             "which is not a ceasefire and has not been respected",
     "docs": ["02", "04", "05"],
     "anchors": {
         "02": "signed a pledge in the Saudi city of Jeddah late on Thursday",
         "04": "The Jeddah declaration of the eleventh of May remained ink on paper",
         "05": "They produced a \"declaration of commitment\" to protect civilians"},
     "contradiction": None},
    {"id": "ceasefire-seven-days",
     "text": "A seven-day ceasefire signed in Jeddah on Saturday 20 May took effect at 21:45 on Monday 22 May",
     "docs": ["04", "05"],
     "anchors": {
         "04": "The short-term ceasefire agreement entered into force",
         "05": "On Saturday the same envoys signed something firmer"},
     "contradiction": None},
    {"id": "monitoring-committee",
     "text": "The ceasefire is monitored by a committee of Saudi, American and Sudanese representatives",
     "docs": ["04", "05"],
     "anchors": {
         "04": "it is monitored by a committee that includes representatives",
         "05": "It is watched, remotely, by a monitoring committee"},
     "contradiction": None},
    {"id": "truce-ends-29-may",
     "text": "The seven-day ceasefire ends next Monday (29 May)",
     "docs": ["04", "05"],
     "anchors": {
         "04": "when the truce ends",
         "05": "The truce expires next Monday"},
     "contradiction": None,
     "note": "06's truce 'due to expire at midnight tonight' (30 April) is the extended 72-hour truce, another truce"},
    {"id": "agar-replaces-dagalo",
     "text": "On Friday 19 May Burhan removed Dagalo as his deputy on the Sovereign Council and appointed Malik Agar",
     "docs": ["04", "05"],
     "anchors": {
         "04": "relieving Hemedti of his post of vice-chairman of the Council",
         "05": "Burhan sacked him as his deputy on the Sovereign Council last Friday"},
     "contradiction": None},
    {"id": "abdelrahim-deputy",
     "text": "Abdelrahim Dagalo, Hemedti's brother, is the RSF's deputy commander",
     "docs": ["02", "04"],
     "anchors": {
         "02": "his brother Abdelrahim Dagalo, the force’s deputy commander",
         "04": "the deputy commander of the Rapid Support, Abdelrahim Hamdan Daglo"},
     "contradiction": None},
    {"id": "doctors-union-toll",
     "text": "The Sudan Doctors' Union counts about 850-863 civilians killed nationwide",
     "docs": ["04", "05"],
     "anchors": {
         "04": "the number of civilian deaths since the start of the clashes rose to 863",
         "05": "puts the civilian toll at about 850"},
     "contradiction": None,
     "note": "approximate (05, 'about 850') against exact (04, 863): not a contradiction; 04's 'more than 280' in El "
             "Geneina alone is a per-city figure; 01's 'more than 260' (Khartoum state, by 24 April) and 03's 295 (by "
             "25 April) are earlier counts"},
    {"id": "hamdok-nightmare",
     "text": "Abdalla Hamdok warned that a civil war in Sudan would be a nightmare for the world",
     "docs": ["02", "05", "06"],
     "anchors": {
         "02": "the 67-year-old economist said a civil war in Sudan",
         "05": "warned that the country could become",
         "06": "If this becomes a full civil war, it will be a nightmare for the world"},
     "contradiction": None,
     "note": "02 'who was removed in the 2021 coup' and 06 'who resigned in January 2022' are both true (he was "
             "reinstated in November 2021): not a contradiction"},
    {"id": "population-45m",
     "text": "Sudan has about 45 million people",
     "docs": ["02", "05"],
     "anchors": {
         "02": "Two armed men cannot decide the future of forty-five million people",
         "05": "a country of 45m people"},
     "contradiction": None},
]
dump('claims.json', {
    "about": "Checkable claims made by two or more sources on corpus-s/articles: short text, the documents asserting it "
             "(with an anchor: words of the asserting sentence in each document's cleaned text), and any contradiction "
             "(documents that disagree, aspect, detail). Only one contradiction is intended (the Saudi evacuation by "
             "sea of Saturday 22 April: 'Saudi Arabia shipped 175 people across the Red Sea to Jeddah' in 05 against "
             "'157 people, 91 of them Saudi citizens' in 01 and '157 persons, of which 91 Saudis' in 03); every other "
             "contradiction is a false alarm, in particular the figures that look alike or change with time: the WHO's "
             "national tolls rise with the dates (413 dead and 3,551 injured in 01, 24 April; 459 and 4,072 in 03, 25 "
             "April; 604 and 'more than 5,000' in 02, 12 May; 705 and 'more than 5,000' in 05, 25 May); the Sudan "
             "Doctors' Union counts civilians only ('more than 260' in Khartoum state alone in 01, 295 nationwide with "
             "more than half in the capital in 03, 863 dead and 3,531 wounded nationwide in 04, 'about 850' in 05: "
             "per-city against national, approximate against exact, earlier against later, and civilians against all "
             "deaths against the WHO's figures); the refugees rise too (UNHCR: 'between 10,000 and 20,000' into Chad "
             "in 03, 'more than 50,000' abroad in 06, 'more than 200,000' in 02; the UN's 'more than 250,000' in 04) "
             "and UNHCR's planning figures (up to 100,000 in Chad, 03; as many as 270,000 in Chad and South Sudan, 06) "
             "are forecasts; Egypt's arrivals (more than 16,000 Sudanese and about 1,900 foreigners by 30 April, 06; "
             "more than 110,000 by 23 May, 04); displacement inside Sudan ('some 700,000', 02) against 'more than a "
             "million Sudanese have fled their homes' (05, inside and abroad, later); 157 evacuated against 91 Saudis "
             "among them (total against members); about 100 US troops against about 70 US personnel evacuated against "
             "16,000 private Americans (01); France's 538 persons against 209 French (03); the RSF's 'about 100,000 "
             "men' (03, 05) against UNHCR's 100,000 refugees (03): the same number, different quantities; 'A three-day "
             "truce declared on Friday' (01, the Eid truce of 21 April) against 'the third truce' (03, the US-brokered "
             "truce of 25 April) and the 72-hour truce (03, 06): an ordinal and a duration, and two truces; the "
             "72-hour truce of 25 April and its extension to 30 April (06) against the seven-day ceasefire of 22 May "
             "(04, 05) ending 29 May: two ceasefires; 'up to ten days' (02, the truce the mediators wanted next) "
             "against the seven days agreed (04, 05) and against Hemetti's 'less than ten years' (03) and Burhan's "
             "'two years' against ten (05); the two signings in Jeddah (the declaration of 11 May; the ceasefire of "
             "20 May); 'five days' of talks (02, 05) from 6 May; Hamdok 'removed in the 2021 coup' (02) against "
             "'resigned in January 2022' (06): both true; the fighting began 'two weeks ago' (06, approximate) against "
             "15 April; Burhan 62 (05), Hamdok 67 (02), Amna 41 (06), men 'between 16 and 50' (06); 'more than 2,000 "
             "people' flown out by Britain (06); 'a dozen other countries' in 01 (the nationalities on the Saudi ship) "
             "and in 05 (the countries that evacuated after the US): different sets; 'the first to be respected, at "
             "least partly' (03) against 06's violations: a judgement and later events. Framing differs on purpose "
             "(01 neutral wire; 02 Nairobi regional site, sceptical of both generals, 'The declaration is a piece of "
             "paper'; 03 French daily, machine-translated, 'the truce « serves above all to the foreigners to leave »'; "
             "04 Khartoum Arabic daily close to the army, machine-translated, calling the RSF 'the rebel militia' in the "
             "army's words and leading with the RSF's violations; 05 British analysis, 'a pause, not a peace'; 06 Cairo "
             "English-language daily, 'Burhan's army is the last institution standing') without contradicting. One "
             "sentence anchors one claim: facts that several sources state only inside a sentence anchored for "
             "another claim are not keyed as claims (the RSF's 100,000 men, 03/05; Hamdok's speech in Nairobi on 29 "
             "April, 02/06), and a sentence joining several keyed facts (06's truce sentence with its extension, 02's "
             "lead) is anchored for one of them only. single_source lists claims only one document makes, for "
             "reference.",
    "claims": claims,
    "single_source": [
        {"doc": "01", "text": "About 100 US troops in three Chinooks flew from Djibouti and spent less than an hour on the ground"},
        {"doc": "01", "text": "Washington said it could not evacuate the roughly 16,000 private Americans in Sudan"},
        {"doc": "01", "text": "Britain flew out its diplomats and their families on Sunday 23 April"},
        {"doc": "01", "text": "The RSF claimed the presidential palace and Khartoum's international airport in the first hours"},
        {"doc": "01", "text": "The WHO counted at least 413 dead and 3,551 injured (by 24 April)"},
        {"doc": "01", "text": "A three-day Eid al-Fitr truce declared on Friday 21 April was ignored"},
        {"doc": "01", "text": "Two-thirds of the hospitals near the fighting were out of service, the doctors' union said"},
        {"doc": "02", "text": "The WHO counted at least 604 dead and more than 5,000 injured (by 12 May)"},
        {"doc": "02", "text": "UNHCR counted more than 200,000 refugees abroad and some 700,000 displaced inside Sudan"},
        {"doc": "02", "text": "Neither general came to Jeddah"},
        {"doc": "02", "text": "The mediators now seek a temporary truce of up to ten days"},
        {"doc": "03", "text": "Blinken announced the truce on the evening of Monday 24 April after 48 hours of negotiations"},
        {"doc": "03", "text": "The WHO warned of a biological risk after the RSF seized the central public health laboratory"},
        {"doc": "03", "text": "France evacuated 538 people, 209 of them French; a French soldier was wounded"},
        {"doc": "03", "text": "Between 10,000 and 20,000 refugees crossed into Chad; UNHCR prepares for up to 100,000"},
        {"doc": "03", "text": "The RSF, born of the Janjawid militias, count about 100,000 men"},
        {"doc": "04", "text": "More than 280 of the dead fell in El Geneina alone"},
        {"doc": "04", "text": "Egypt said more than 110,000 Sudanese had entered its territory; the UN counts more than 250,000 refugees"},
        {"doc": "05", "text": "The WHO counts 705 dead and more than 5,000 injured (by 25 May)"},
        {"doc": "05", "text": "Burhan has asked the UN secretary-general to replace Perthes"},
        {"doc": "05", "text": "The monitors said on 24 May that both sides had broken the ceasefire"},
        {"doc": "06", "text": "More than 16,000 Sudanese and about 1,900 foreigners had crossed into Egypt by 30 April"},
        {"doc": "06", "text": "The 72-hour truce was extended on Thursday 27 April for another 72 hours"},
        {"doc": "06", "text": "The last British evacuation flight left Wadi Saeedna on Saturday 29 April after more than 2,000 people were flown out"},
        {"doc": "06", "text": "The RSF captured Egyptian soldiers at Merowe, returned within a week through the Red Cross"},
    ],
})
print('keys written')
