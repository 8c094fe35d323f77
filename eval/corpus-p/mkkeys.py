"""Writes the answer keys of corpus-p (the fall of Sheikh Hasina in Bangladesh, June-August 2024) into keys/.

Written by hand from reading the articles; run once (python3 mkkeys.py), then python3 check_keys.py.
"""
import os
import sys

K = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'keys')


sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from key_writing import recorder, writer  # noqa: E402

dump = writer(K)


P, O, G, L, M, E_, MD = 'PERSON', 'ORG', 'GPE', 'LOC', 'MISC', 'EVENT', 'MEDIA'
SH, SR, MR, KZ = "Sheikh Hasina", "Sheikh Rehana", "Sheikh Mujibur Rahman", "Khaleda Zia"
TR, ZR, MY, WZ = "Tarique Rahman", "Ziaur Rahman", "Muhammad Yunus", "Waker-Uz-Zaman"
NI, AM, SJ, MS = "Nahid Islam", "Asif Mahmud", "Sajeeb Wazed Joy", "Mohammed Shahabuddin"
MF = "Mirza Fakhrul Islam Alamgir"
AL, BNP, SAD = "Awami League", "Bangladesh Nationalist Party", "Students Against Discrimination"
UN, OHCHR = "United Nations", "Office of the UN High Commissioner for Human Rights"

# ---------------------------------------------------------------------------------------------- entities
ents = [
    (SH, P, ["Sheikh Hasina", "Hasina", "Sheikh Hasina Wazed", "Cheikh Hasina", "Mrs. Hasina", "Ms. Hasina",
             "Mrs Hasina"]),
    (SR, P, ["Sheikh Rehana"]),
    (MR, P, ["Sheikh Mujibur Rahman", "Sheikh Mujib", "Bangabandhu"]),
    (KZ, P, ["Khaleda Zia", "Mrs Zia"]),
    (TR, P, ["Tarique Rahman", "Mr Rahman"]),
    (ZR, P, ["Ziaur Rahman"]),
    (MY, P, ["Muhammad Yunus", "Mohammad Yunus", "Yunus", "Mr. Yunus", "Dr Yunus", "Dr. Yunus", "Professor Yunus",
             "Mr Yunis", "Younus"]),
    (WZ, P, ["Waker-Uz-Zaman", "Waqar-uz-Zaman", "Wakeruzzaman"]),
    (NI, P, ["Nahid Islam", "Nahid"]),
    (AM, P, ["Asif Mahmud", "Asif Mahmud Shojib Bhuyain"]),
    (SJ, P, ["Sajeeb Wazed Joy", "Sajib Wazed Joy"]),
    (MS, P, ["Mohammed Shahabuddin"]),
    (MF, P, ["Mirza Fakhrul Islam Alamgir"]),
    ("Abu Sayed", P, ["Abu Sayed"]),
    ("Abu Baker Majumder", P, ["Abu Baker Majumder"]),
    ("S. Jaishankar", P, ["S. Jaishankar"]),
    ("Matthew Miller", P, ["Matthew Miller"]),
    ("Obaidul Quader", P, ["Obaidul Quader"]),
    ("Asaduzzaman Khan Kamal", P, ["Asaduzzaman Khan Kamal"]),
    ("Amir Khasru Mahmud Chowdhury", P, ["Amir Khasru Mahmud Chowdhury"]),
    ("Rafiqul Hasan", P, ["Rafiqul Hasan"]),
    ("Aruna Mehta", P, ["Aruna Mehta"]),
    ("Selina Haque", P, ["Selina Haque"]),
    ("Anne-Sophie Mercier", P, ["Anne-Sophie Mercier"]),
    ("Michael Trent", P, ["Michael Trent", "Mr. Trent"]),
    ("Rezaul Karim", P, ["Rezaul Karim"]),
    ("Ravi Kulkarni", P, ["Ravi Kulkarni"]),

    (AL, O, ["Awami League", "AL", "Ligue Awami"]),
    (BNP, O, ["Bangladesh Nationalist Party", "BNP", "Nationalist Party of Bangladesh", "Bangladesh Jatiyatabadi Dal"]),
    (SAD, O, ["Students Against Discrimination", "Baishamyabirodhi Chhatra Andolon"]),
    ("Jamaat-e-Islami", O, ["Jamaat-e-Islami"]),
    ("Chhatra League", O, ["Chhatra League"]),
    ("Supreme Court", O, ["Supreme Court"]),
    ("Appellate Division", O, ["Appellate Division"]),
    ("High Court", O, ["High Court"]),
    ("International Crimes Tribunal", O, ["International Crimes Tribunal"]),
    (UN, O, ["United Nations", "UN", "Organisation of the United Nations", "ONU"]),
    (OHCHR, O, ["Office of the UN High Commissioner for Human Rights", "OHCHR"]),
    ("State Department", O, ["State Department"]),
    ("Ministry of Posts, Telecommunications and Information Technology", O,
     ["Ministry of Posts, Telecommunications and Information Technology"]),
    ("Ministry of Youth and Sports", O, ["Ministry of Youth and Sports"]),
    ("Lindgren Institute", O, ["Lindgren Institute"]),
    ("Jahangirnagar University", O, ["Jahangirnagar University"]),
    ("Centre of Studies on Contemporary South Asia", O, ["Centre of Studies on Contemporary South Asia", "CESAC"]),
    ("Begum Rokeya University", O, ["Begum Rokeya University"]),
    ("Ashford Center for Asian Security", O, ["Ashford Center for Asian Security"]),
    ("Dhaka University", O, ["Dhaka University"]),
    ("Easterbrook Foundation for South Asian Studies", O, ["Easterbrook Foundation for South Asian Studies"]),

    ("Ledger", MD, ["Ledger"]),

    ("Bangladesh", G, ["Bangladesh"]),
    ("India", G, ["India"]),
    ("Dhaka", G, ["Dhaka"]),
    ("New Delhi", G, ["New Delhi", "Delhi"]),
    ("United States", G, ["United States"]),
    ("Pakistan", G, ["Pakistan"]),
    ("Singapore", G, ["Singapore"]),
    ("London", G, ["London"]),
    ("Paris", G, ["Paris"]),
    ("Geneva", G, ["Geneva"]),
    ("Washington", G, ["Washington"]),
    ("Rangpur", G, ["Rangpur"]),
    ("Sirajganj", G, ["Sirajganj"]),

    ("Ganabhaban", L, ["Ganabhaban"]),
    ("Bangabhaban", L, ["Bangabhaban"]),
    ("Naya Paltan", L, ["Naya Paltan"]),
    ("Mohammadpur", L, ["Mohammadpur"]),
    ("Dhanmondi", L, ["Dhanmondi"]),

    ("Nobel Peace Prize", M, ["Nobel Peace Prize", "Nobel prize of peace"]),
    ("Olympic Games", E_, ["Olympic Games"]),
]

descriptions = [
    ("India", ["New Delhi"]),
    ("Bangladesh", ["Dhaka"]),
    ("United States", ["Washington"]),
    (SH, ["the 76-year-old", "the ousted leader"]),
    (MY, ["the 84-year-old economist", "an 84-year-old economist", "the economist", "The professor",
          "The Nobel laureate", "the Chief Adviser"]),
    (KZ, ["the former prime minister", "The opposition leader"]),
    (WZ, ["the army chief"]),
    (MS, ["the president"]),
    (SAD, ["the student movement"]),
    (OHCHR, ["the UN human rights office"]),
]

roles = [
    (SH, ["Bangladesh's prime minister", "the Prime minister", "Awami League President"]),
    (SR, ["her younger sister"]),
    (MR, ["the country's founding leader", "the founder of the nation"]),
    (KZ, ["the chairperson of the Bangladesh Nationalist Party", "the BNP chairperson", "former prime minister"]),
    (TR, ["the party's acting chairman"]),
    (ZR, ["President"]),
    (MY, ["chief adviser", "Chief Adviser", "the Nobel laureate"]),
    (WZ, ["The army chief", "chief of the army of land", "Army Chief"]),
    (NI, ["a coordinator of Students Against Discrimination", "Adviser"]),
    (SJ, ["Hasina's son"]),
    (MS, ["President"]),
    (MF, ["Its secretary general"]),
    ("Abu Sayed", ["a student at Begum Rokeya University"]),
    ("S. Jaishankar", ["India's foreign minister"]),
    ("Matthew Miller", ["the State Department spokesman"]),
    ("Obaidul Quader", ["Awami League General Secretary"]),
    ("Asaduzzaman Khan Kamal", ["Former Home Minister"]),
    ("Amir Khasru Mahmud Chowdhury", ["BNP Standing Committee member"]),
    ("Rafiqul Hasan", ["a 22-year-old economics student"]),
    ("Aruna Mehta", ["a South Asia researcher at the Lindgren Institute"]),
    ("Selina Haque", ["a political scientist at Jahangirnagar University"]),
    ("Anne-Sophie Mercier", ["researcher at the Centre of Studies on Contemporary South Asia"]),
    ("Michael Trent", ["a senior fellow at the Ashford Center for Asian Security"]),
    ("Rezaul Karim", ["Political analyst Professor"]),
    ("Ravi Kulkarni", ["who directs the Easterbrook Foundation for South Asian Studies"]),
]

must_not_merge = [
    [SH, SR],
    [SH, MR],
    [SH, SJ],
    [SH, KZ],
    [MR, ZR],
    [MR, TR],
    [ZR, TR],
    [KZ, ZR],
    [NI, MF],
]

dump('entities.json', {
    "about": "Answer key for entity resolution on corpus-p/articles (the fall of Sheikh Hasina in Bangladesh: the quota "
             "protests from July 2024, the Appellate Division's ruling of Sunday 21 July, Hasina's resignation and flight "
             "to India on Monday 5 August, Khaleda Zia's release on 6 August, Muhammad Yunus sworn in as chief adviser on "
             "Thursday 8 August, to 19 August), written from reading the articles. Same conventions as corpus-c..n: "
             "canonical name (a form that occurs in the texts), type, and every surface form that names the entity in "
             "the cleaned texts (headlines, standfirsts, captions, bylines, datelines such as 'DHAKA (Meridian Wire) -', "
             "related links, share bars and other boilerplate excluded). Title+full-name forms (General Waker-Uz-Zaman, "
             "Gen. Waker-Uz-Zaman, Army Chief General Wakeruzzaman, President Mohammed Shahabuddin, Chief Adviser Dr. "
             "Muhammad Yunus, Professor Rezaul Karim, President Ziaur Rahman, Bangabandhu Sheikh Mujibur Rahman) are not "
             "listed separately; title+surname forms (Mrs. Hasina, Ms. Hasina, Mrs Hasina, Mrs Zia, Mr Rahman, Mr. "
             "Yunus, Dr Yunus, Dr. Yunus, Professor Yunus, Mr Yunis, Mr. Trent) are, and so is 05's 'Adviser Nahid' "
             "by its given name 'Nahid' (Bengali press usage). Defects on purpose: the chief adviser is 'Muhammad "
             "Yunus' (02, 04, 05, 06), the French transliteration 'Mohammad Yunus' (03), 'Professor Yunus', 'Dr Yunus' "
             "(02, 06), 'Dr. Yunus' (05), 'Mr. Yunus' (03), bare 'Yunus' and two misspellings of the surname in one "
             "article, 'Mr Yunis' and 'Younus' (06); the army chief is 'Waker-Uz-Zaman' (01, 04, 06), 'Waqar-uz-Zaman' "
             "(03) and 'Wakeruzzaman' (05); Hasina is 'Sheikh Hasina', 'Hasina', 'Sheikh Hasina Wazed' (05, 06, her "
             "married name), the French 'Cheikh Hasina' and 'Mrs. Hasina' (03), 'Ms. Hasina' (04), 'Mrs Hasina' (06); "
             "her son is 'Sajeeb Wazed Joy' (01) and 'Sajib Wazed Joy' (05); the student adviser is 'Asif Mahmud' (02, "
             "03, 06) and 'Asif Mahmud Shojib Bhuyain' (05). People sharing a name who must not merge: Sheikh Hasina, "
             "her sister Sheikh Rehana (01, 04) and her father Sheikh Mujibur Rahman ('Sheikh Mujib' in 06, "
             "'Bangabandhu' in 05); three Rahmans in one paragraph of 06 ('all three ... carry the name Rahman'): "
             "Sheikh Mujibur Rahman, President Ziaur Rahman (Khaleda Zia's late husband, 02, 06) and their son Tarique "
             "Rahman (02, 06; 'Mr Rahman' in 06 is Tarique); Khaleda Zia and her husband Ziaur Rahman; Hasina and her "
             "son Sajeeb Wazed Joy (the name Wazed); the two former prime ministers Hasina and Khaleda Zia; the student "
             "leader Nahid Islam and the BNP's secretary general Mirza Fakhrul Islam Alamgir (02). Acronyms and foreign "
             "forms: 'Awami League (AL)' (01) and the French 'Ligue Awami' (03); 'Bangladesh Nationalist Party (BNP)' "
             "(01), 03's calque 'Nationalist Party of Bangladesh (BNP)' and the Bengali name 'Bangladesh Jatiyatabadi "
             "Dal (BNP)' (05); 'Baishamyabirodhi Chhatra Andolon (Students Against Discrimination)' (05); 'Organisation "
             "of the United Nations (ONU)' (03, French acronym); 'Office of the UN High Commissioner for Human Rights "
             "(OHCHR)' (05), 'the UN human rights office' (06, a description); 'Centre of Studies on Contemporary South "
             "Asia (CESAC)' (03). The Supreme Court, its Appellate Division (04: 'the Appellate Division, the top bench "
             "of the Supreme Court') and the High Court are keyed as three organisations; 'Parliament' is not keyed "
             "(04's 'told Parliament in New Delhi' is India's, 03's 'dissolved the Parliament' and 04's 'a decision from "
             "Parliament' Bangladesh's). Capitals standing for governments are descriptions: 'New Delhi' in 01 ('New "
             "Delhi did not say'), 03 ('New Delhi, for its part, has said'), 04 ('New Delhi had bet heavily', and in "
             "Trent's quotation) for India; 'Dhaka' in 04 ('a Dhaka run by people who resent that embrace') and 05 "
             "('Dhaka should officially request her return') for Bangladesh; 'Washington' in 04 ('said Washington "
             "wanted') for the United States; elsewhere they are the cities (01 'an air base near New Delhi', 04 'in "
             "Washington', 06 'near Delhi', 'a Dhaka court'). 'Ledger' (02 'told the Ledger') is the outlet. "
             "Descriptions: 'the 76-year-old' (04) and 'the ousted leader' (06, twice) for Hasina; 'the 84-year-old "
             "economist' (02), 'an 84-year-old economist' (06), 'the economist' and 'The professor' (03), 'The Nobel "
             "laureate' (06; 04's 'the Nobel laureate who' is an apposition) and 'the Chief Adviser' (05, as speaker) "
             "for Yunus; 'the former prime minister' (02, as speaker; also 03's 'the former Prime minister Khaleda Zia') "
             "and 'The opposition leader' (01) for Khaleda Zia; 'the army chief' (01, 04, 06) for Waker-Uz-Zaman; 'the president' (01, 02, 03) for "
             "Mohammed Shahabuddin; 'the student movement' (02, 03) for Students Against Discrimination. Ages ('Hasina, "
             "76', 'Mrs Zia, 78', 'Mr. Yunus, 84 years', 'two 26-year-old student leaders') are not descriptions. Not "
             "keyed: adjectives and demonyms (Bangladeshi, Bangladeshis, Indian, Hindu, Hindus), 'Razakars' (a term), "
             "'Dhanmondi 32' beyond its 'Dhanmondi', the lower-case police, army, tribunal, election commission, "
             "interim government and 'state broadcaster', 'South Asia' (a region), 'the Indian capital'. roles: roles "
             "stated in an apposition or title, for information.",
    "entities": [{"name": n, "type": t, "aliases": a} for n, t, a in ents],
    "must_not_merge": must_not_merge,
    "descriptions": [{"entity": e, "descriptions": d} for e, d in descriptions],
    "roles": [{"entity": e, "roles": r} for e, r in roles],
})

# ---------------------------------------------------------------------------------------------- dates
dates = [
    # 01: published Monday 2024-08-05 (JSON field 2024-08-05T15:50:00Z, 21:50 in Dhaka)
    ["01", "Monday", "2024-08-05"],
    ["01", "15 years", "P15Y"],
    ["01", "a day", "P1D"],
    ["01", "Monday", "2024-08-05"],
    ["01", "Sunday", "2024-08-04"],
    ["01", "Monday", "2024-08-05"],
    ["01", "six years", "P6Y"],
    ["01", "early July", "2024-07"],
    ["01", "1971", "1971"],
    ["01", "July 21", "2024-07-21"],
    ["01", "January", "2024-01"],
    ["01", "last week", "2024-07-29/2024-08-04"],
    # 02: published Wednesday 2024-08-07 (meta only)
    ["02", "Tuesday", "2024-08-06"],
    ["02", "a day after", "2024-08-06"],
    ["02", "six years", "P6Y"],
    ["02", "the same day", "2024-08-06"],
    ["02", "Tuesday", "2024-08-06"],
    ["02", "2006", "2006"],
    ["02", "Tuesday", "2024-08-06"],
    ["02", "2018", "2018"],
    ["02", "17 years", "P17Y"],
    ["02", "March 2020", "2020-03"],
    ["02", "Wednesday", "2024-08-07"],
    ["02", "six years", "P6Y"],
    ["02", "2008", "2008"],
    ["02", "Monday", "2024-08-05"],
    ["02", "1978", "1978"],
    ["02", "1981", "1981"],
    ["02", "three months", "P3M"],
    ["02", "Thursday", "2024-08-08"],
    ["02", "Wednesday", "2024-08-07"],
    ["02", "six months", "P6M"],
    ["02", "January", "2024-01"],
    ["02", "Monday", "2024-08-05"],
    ["02", "mid-July", "2024-07"],
    ["02", "next Sunday", "2024-08-11"],
    ["02", "Tuesday", "2024-08-06"],
    # 03: published Friday 2024-08-09 (visible date line 09/08/2024, day before month)
    ["03", "2006", "2006"],
    ["03", "8 August", "2024-08-08"],
    ["03", "three days after", "2024-08-08"],
    ["03", "Monday", "2024-08-05"],
    ["03", "16 July", "2024-07-16"],
    ["03", "the day before", "2024-08-07"],
    ["03", "January", "2024-01"],
    ["03", "six months", "P6M"],
    ["03", "2009", "2009"],
    ["03", "5 August", "2024-08-05"],
    ["03", "Tuesday", "2024-08-06"],
    ["03", "the middle of July", "2024-07"],
    ["03", "21 July", "2024-07-21"],
    ["03", "2007 to 2008", "2007/2008"],
    ["03", "two years", "P2Y"],
    ["03", "three months", "P3M"],
    # 04: published Monday 2024-08-12 (visible date line)
    ["04", "A week ago today", "2024-08-05"],
    ["04", "June 5", "2024-06-05"],
    ["04", "2018", "2018"],
    ["04", "1971", "1971"],
    ["04", "July 1", "2024-07-01"],
    ["04", "July 10", "2024-07-10"],
    ["04", "four weeks", "P4W"],
    ["04", "July 14", "2024-07-14"],
    ["04", "1971", "1971"],
    ["04", "Two days later", "2024-07-16"],
    ["04", "July 18", "2024-07-18"],
    ["04", "the next day", "2024-07-19"],
    ["04", "the following Sunday", "2024-07-21"],
    ["04", "two days", "P2D"],
    ["04", "early August", "2024-08"],
    ["04", "Aug. 4", "2024-08-04"],
    ["04", "Aug. 5", "2024-08-05"],
    ["04", "The night before", "2024-08-04"],
    ["04", "Monday", "2024-08-05"],
    ["04", "Tuesday", "2024-08-06"],
    ["04", "Thursday", "2024-08-08"],
    # 05: published Saturday 2024-08-17, no date line
    ["05", "16 July to 11 August", "2024-07-16/2024-08-11"],
    ["05", "yesterday", "2024-08-16"],
    ["05", "4 August", "2024-08-04"],
    ["05", "5 and 6 August", "2024-08-05/2024-08-06"],
    ["05", "Tuesday", "2024-08-13"],
    ["05", "19 July", "2024-07-19"],
    ["05", "the same day", "2024-08-13"],
    ["05", "15 August", "2024-08-15"],
    ["05", "Thursday", "2024-08-15"],
    ["05", "5 August", "2024-08-05"],
    ["05", "8 August", "2024-08-08"],
    ["05", "July", "2024-07"],
    # 06: published Monday 2024-08-19, no date line
    ["06", "A fortnight ago today", "2024-08-05"],
    ["06", "15 years", "P15Y"],
    ["06", "August 4", "2024-08-04"],
    ["06", "Eleven days ago", "2024-08-08"],
    ["06", "Friday", "2024-08-16"],
    ["06", "mid-July", "2024-07"],
    ["06", "August 11", "2024-08-11"],
    ["06", "July 21", "2024-07-21"],
    ["06", "ten days", "P10D"],
    ["06", "earlier this month", "2024-08"],
    ["06", "1975", "1975"],
    ["06", "six years later", "1981"],
    ["06", "yesterday", "2024-08-18"],
]
dump('dates.json', {
    "about": "Answer key for date normalisation on corpus-p/articles, same conventions as corpus-c..n: document id prefix, "
             "the expression as written (the first occurrence not yet matched, in text order; a system expression that "
             "contains the key text matches, so 'Monday' in 01 also matches 'Late on Monday', '8 August' in 03 matches "
             "'this Thursday 8 August', '5 August' in 05 matches 'last 5 August', 'yesterday' in 05 matches 'yesterday "
             "(Friday)', 'two days' in 04 matches 'within two days'), its absolute value. Weeks run Monday to Sunday. "
             "Dates are Bangladeshi local dates (UTC+6). Date lines ('Published the 09/08/2024 at 07h45 - Updated the "
             "09/08/2024 at 10h12' in 03, day before month; 'Aug. 12, 2024, 5:40 p.m. ET' in 04), datelines, captions "
             "('on Wednesday afternoon' in 02's, 'on Aug. 5' in 04's), standfirsts ('in 36 days' in 06), headlines, "
             "related links ('36 days' in 02) and 05's duplicated lead are not keyed. Clock times and parts of a day "
             "('in the afternoon', 'in the evening', 'By mid-afternoon', 'At midnight', 'before dawn', 'Late on') are "
             "not keyed; the day they belong to is. Vague, recurring or anaphoric expressions ('weeks of', 'the next "
             "few days', 'hours earlier', 'for days', 'within hours', 'for long stretches', 'in the first hours', "
             "'later', 'the following days', 'soon', 'as soon as') are not keyed; nor are ages ('Hasina, 76', 'a "
             "22-year-old economics student', 'the 84-year-old economist', 'Mrs Zia, 78', 'both aged of 26 years', "
             "'Mr. Yunus, 84 years', 'Mrs. Hasina, 76 years', 'the 76-year-old', 'an 84-year-old economist', 'two "
             "26-year-old student leaders'), counts and figures ('170 million', '56 percent', '93%', '650', 'Dhanmondi "
             "32', '14 of them', 'Sixteen advisers'), 'the 1971 war' is keyed as 1971. Relative dates: 01 (written "
             "Monday 5 August 2024, Dhaka evening) 'on Monday' (three times) 5 August, 'the past six years' a span, 'forward by a day' a span, 'on "
             "Sunday' 4 August, 'in early July' July 2024, 'in January' January 2024 (the election of 7 January), 'last "
             "week' 29 July-4 August (the ban on Jamaat-e-Islami of 1 August). 02 (Wednesday 7 August, evening): 'on "
             "Tuesday' (four times) 6 August, 'a day after' 6 August (the day after Hasina's flight), 'the same day' 6 "
             "August, 'for six years' and 'for the first time in six years' spans, '17 years' a sentence, 'On "
             "Wednesday afternoon' and 'Earlier on Wednesday' 7 August, 'since Monday' (twice) 5 August, 'within three "
             "months' and 'six months' spans, 'on Thursday' the coming 8 August, 'in January' January 2024, 'since "
             "mid-July' July 2024, 'next Sunday' 11 August. 03 (Friday 9 August): 'this Thursday 8 August', 'three days "
             "after the flight' 8 August, 'during the night of Monday to Tuesday' keyed by its 'Monday' as 5 August (the "
             "night of 5-6 August; its 'Tuesday' is not keyed), 'the 16 July' 16 July, 'the day before' 7 August (the "
             "day before the swearing-in), 'in January' January 2024, 'since the 5 August' 5 August, 'Tuesday' 6 August, "
             "'since the middle of July' July 2024, 'The 21 July' 21 July, 'from 2007 to 2008' a range, 'two years' and "
             "'the three months foreseen' spans. 04 (Monday 12 August): 'A week ago today' 5 August, 'Two days later' 16 "
             "July (two days after 14 July), 'At midnight the next day' 19 July (the day after 18 July; the curfew took "
             "effect at the midnight ending that Friday), 'On the following Sunday' 21 July, 'within two days' a span, "
             "'By early August' August 2024, 'Aug. 4, another Sunday', 'for Aug. 5', 'The night before' 4 August (the "
             "night before the march of 5 August), 'On Monday afternoon' 5 August, 'on Tuesday' 6 August, 'on "
             "Thursday' 8 August. 05 (Saturday 17 August, no date line): 'from 16 July to 11 August' a range, "
             "'yesterday (Friday)' 16 August, 'until 4 August', 'on 5 and 6 August' a range, 'on Tuesday' 13 August, "
             "'on 19 July', 'On the same day' 13 August, 'observe 15 August' the coming anniversary of 15 August 2024 "
             "(the assassination of 1975 is not written as a date), 'On Thursday' 15 August, 'on last 5 August' (a "
             "Bengali calque) 5 August, 'Since 8 August', 'in July' July 2024. 06 (Monday 19 August, no date line): 'A "
             "fortnight ago today' 5 August, 'for 15 years' a span, 'the night of August 4', 'Eleven days ago' 8 August, "
             "'On Friday' 16 August, 'between mid-July and August 11' keyed as 'mid-July' (July 2024) and 'August 11', "
             "'about ten days' a span, 'earlier this month' August 2024, 'in 1975', 'six years later' 1981, 'yesterday' "
             "18 August. Publication dates used: 01 2024-08-05, 02 2024-08-07, 03 2024-08-09, 04 2024-08-12, 05 "
             "2024-08-17, 06 2024-08-19 (see publication.json).",
    "dates": dates,
})

# ---------------------------------------------------------------------------------------------- publication
dump('publication.json', {
    "about": "True publication date of each document (the one the author had in mind) and whether the input states it "
             "(metadata, JSON field or a visible date line). window: the span a careful reader can prove from the text alone "
             "(plus event dates the other articles give); the engine's published.earliest..latest should contain 'date'.",
    "published": [
        {"doc": "01", "date": "2024-08-05", "stated": True,
         "how": "JSONL published field 2024-08-05T15:50:00Z (21:50 in Dhaka the same day)",
         "window": ["2024-08-05", "2024-08-05"]},
        {"doc": "02", "date": "2024-08-07", "stated": True,
         "how": "meta article:published_time and JSON-LD datePublished 2024-08-07T21:30:00+06:00 (no visible date; "
                "Khaleda Zia's speech 'On Wednesday afternoon' is past and Yunus is 'due back on Thursday')",
         "window": ["2024-08-07", "2024-08-07"]},
        {"doc": "03", "date": "2024-08-09", "stated": True,
         "how": "visible date line 'Published the 09/08/2024 at 07h45' (French day/month order: 9 August, not 8 "
                "September; the swearing-in 'this Thursday 8 August' agrees)",
         "window": ["2024-08-09", "2024-08-09"]},
        {"doc": "04", "date": "2024-08-12", "stated": True,
         "how": "visible date line 'Aug. 12, 2024, 5:40 p.m. ET'", "window": ["2024-08-12", "2024-08-12"]},
        {"doc": "05", "date": "2024-08-17", "stated": False,
         "how": "none: the UN report covering deaths 'from 16 July to 11 August' was published 'yesterday (Friday)' "
                "(16 August, the report 06 dates 'On Friday'); Yunus took oath 'Since 8 August' and the visit to the "
                "memorial 'On Thursday' (15 August) is past: Saturday 17 August",
         "window": ["2024-08-17", "2024-08-17"]},
        {"doc": "06", "date": "2024-08-19", "stated": False,
         "how": "none: 'A fortnight ago today' Hasina still ruled (she fled on 5 August, 01/04) and 'Eleven days ago "
                "Dr Yunus was sworn in' (8 August, 03/04/05): Monday 19 August; the UN report 'On Friday' (16 August) "
                "agrees",
         "window": ["2024-08-19", "2024-08-19"]},
    ],
})

# ---------------------------------------------------------------------------------------------- timeline
ev = []
event = recorder(ev)

event("The High Court revives the 30 percent quota for descendants of the 1971 veterans", "2024-06-05", ["04"],
      ["high court", "high-court", "quota", "revive", "reinstat"])
event("Student demonstrations against the quotas begin on campuses", "2024-07-01", ["04"],
      ["demonstration", "protest", "began", "campus"],
      note="01 'in early July' dates it only by month")
event("The Appellate Division freezes the High Court ruling for four weeks (first decision of the top bench)",
      "2024-07-10", ["04"], ["appellate", "froze", "freez", "status quo", "four weeks"],
      note="not to be merged with the ruling of Sunday 21 July")
event("Hasina's 'Razakars' remark at a news conference", "2024-07-14", ["04"],
      ["razakar", "remark", "news conference", "sheikh-hasina"])
event("The student Abu Sayed is shot dead by police in Rangpur", "2024-07-16", ["03", "04"],
      ["abu sayed", "abu-sayed", "rangpur", "shot", "killed"])
event("Protesters set fire to the state broadcaster; the government cuts mobile internet and broadband",
      "2024-07-18", ["04"], ["internet", "broadcaster", "fire", "broadband", "cut"])
event("A curfew takes effect at midnight and soldiers are deployed with shoot-on-sight orders", "2024-07-19", ["04"],
      ["curfew", "soldiers", "shoot on sight", "deployed"],
      note="'At midnight the next day' after 18 July: the midnight ending Friday 19 July; 20 July is acceptable in "
           "spirit but the key uses the day named")
event("A grocery shop owner is shot dead by police in Mohammadpur (the death behind the first murder case against "
      "Hasina)", "2024-07-19", ["05"], ["grocery", "mohammadpur", "shop owner"])
event("The Appellate Division of the Supreme Court cuts the quotas to 7 percent (93 percent on merit)", "2024-07-21",
      ["01", "03", "04", "06"], ["supreme court", "supreme-court", "appellate", "quota", "7 percent", "93", "ruled", "cut"],
      note="Sunday 21 July; the second decision of the top bench, after the freeze of 10 July; 04 gives 97 percent on "
           "merit (the intended contradiction)")
event("The deadliest day of the uprising: about 100 killed, 14 of them police officers in Sirajganj; overnight the "
      "army decides not to fire on the crowds", "2024-08-04", ["01", "04", "06"],
      ["killed", "deadliest", "bloodiest", "sirajganj", "fire", "shoot", "clashes"],
      note="Sunday 4 August, the second Sunday; 05's 'until 4 August' bounds the UN's count and is not this event")
event("Hasina resigns and flees to India by military helicopter with her sister; the army chief announces an interim "
      "government; crowds storm the Ganabhaban", "2024-08-05", ["01", "02", "03", "04", "05"],
      ["resign", "fled", "flee", "flight", "helicopter", "interim", "waker-uz-zaman", "ganabhaban", "sheikh-hasina"],
      note="02 'a day after ... Sheikh Hasina, fled to India' (the day before 6 August); 03 'since the 5 August'; 05 "
           "dates the army chief's promise 'on last 5 August'; 06's 'A fortnight ago today' does not narrate the "
           "flight. The president's late announcement the same day that Khaleda Zia would be released (01) is folded "
           "in; it is not her release (6 August)")
event("Khaleda Zia is freed by presidential order and parliament is dissolved; the curfew is lifted", "2024-08-06",
      ["02", "03"], ["freed", "released", "khaleda-zia", "dissolved", "parliament", "curfew"],
      note="the release announced on 5 August (01) and carried out on 6 August must stay apart from the flight")
event("The students propose Muhammad Yunus and, after a meeting at the president's office, he is named to head the "
      "interim government", "2024-08-06", ["02"],
      ["yunus", "muhammad-yunus", "named", "lead", "proposed", "press secretary"],
      note="the second announcement, not to be merged with the army chief's of 5 August; 03 puts the students' "
           "proposal 'during the night of Monday to Tuesday' (5-6 August)")
event("India's foreign minister Jaishankar tells Parliament that Hasina asked at very short notice to come to India",
      "2024-08-06", ["04"], ["jaishankar", "short notice"])
event("A Dhaka labour appellate tribunal acquits Yunus in the labour-law case", "2024-08-07", ["02", "03"],
      ["acquit"])
event("Khaleda Zia and Tarique Rahman address the BNP rally at Naya Paltan by video", "2024-08-07", ["02"],
      ["rally", "naya paltan", "video", "khaleda-zia", "tarique-rahman", "revenge"])
event("Muhammad Yunus returns from Paris and is sworn in as chief adviser with 13 advisers, among them Nahid Islam and "
      "Asif Mahmud", "2024-08-08", ["03", "04", "05", "06"],
      ["sworn", "oath", "chief adviser", "muhammad-yunus", "yunus", "bangabhaban"],
      note="02 announces it ('due back on Thursday'); the three advisers sworn in later (03) are not dated")
event("The first murder case against Sheikh Hasina is filed; Hasina's first statement is released through her son",
      "2024-08-13", ["05"], ["murder case", "case", "statement", "sheikh-hasina", "sajeeb"])
event("People going to the Bangabandhu memorial at Dhanmondi 32 on the 15 August anniversary are beaten",
      "2024-08-15", ["05"], ["memorial", "dhanmondi", "beaten", "anniversary", "15 august"])
event("The UN human rights office (OHCHR) publishes its preliminary report: up to 650 killed from 16 July to 11 August",
      "2024-08-16", ["05", "06"], ["report", "650", "ohchr", "united-nations", "un human rights"])
event("Yunus tells diplomats that elections will follow reforms, without a date", "2024-08-18", ["06"],
      ["diplomats", "elections", "muhammad-yunus", "yunus"])
dump('timeline.json', {
    "about": "Real-world events the articles report, with date (day), until for multi-day events, the documents that report "
             "each (with a date the reader can resolve), and words by which a system event is recognised (title, trigger "
             "or participant entity ids). Dates are Bangladeshi local dates (UTC+6). Occurrences of similar events must "
             "stay apart: the two decisions of the Appellate Division (10 July: the four-week freeze; Sunday 21 July: "
             "the ruling cutting the quotas) and the High Court ruling of 5 June; the two Sundays (21 July, the ruling; "
             "4 August, the deadliest day) and the Monday of the flight (5 August); the two announcements of an interim "
             "government (the army chief's on 5 August, without a name; the president's office naming Yunus on 6 "
             "August); Khaleda Zia's release announced (5 August, folded into the flight) and carried out (6 August); "
             "Yunus's acquittal (7 August) and his swearing-in (8 August); Hasina's election to a fourth term "
             "('in January', not keyed) and the interim government's swearing-in. Not keyed: future or expected "
             "events (02's reopening of universities 'next Sunday', Yunus 'due back on Thursday', 03's three advisers "
             "who 'must do it later', 05's anniversary to observe), events dated only by month, year or week (the "
             "protests 'in early July', the January 2024 election, the ban on Jamaat-e-Islami 'last week', the 2018 "
             "abolition of the quotas and Khaleda Zia's jailing, her release from prison in March 2020, the "
             "caretaker government of 2007-2008, Mujib's murder in 1975 and Ziaur Rahman's in 1981, the founding of "
             "the BNP in 1978, Yunus's sentence in January and his Nobel prize of 2006), undated events (Nahid "
             "Islam's detention, the attacks on Hindus 'since Monday' as a state, Yunus's visit to Rangpur), and "
             "same-day side events folded into a keyed one (see notes).",
    "events": ev,
})

# ---------------------------------------------------------------------------------------------- quotes
quotes = [
    ["01", "I am taking on full responsibility", "direct", WZ],
    ["01", "every killing would be investigated", "indirect", WZ],
    ["01", "their aircraft landed at an air base", "indirect", [None]],
    ["01", "We have won, but our brothers paid for it", "direct", "Rafiqul Hasan"],
    ["01", "he had held talks with leaders", "indirect", WZ],
    ["01", "former prime minister Khaleda Zia, the BNP chairperson", "indirect", MS],
    ["01", "This is the end of a political era", "direct", "Aruna Mehta"],
    ["01", "not simply the fall of a government", "direct", "Aruna Mehta"],
    ["01", "his mother had agreed to leave", "indirect", SJ],
    ["01", "she intended to travel on", "indirect", [None]],

    ["02", "Muhammad Yunus, the 84-year-old economist", "indirect", [None, MS]],
    ["02", "the movement would accept no government", "indirect", NI],
    ["02", "We have spoken to Dr Yunus", "direct", NI],
    ["02", "We must build this country not with anger", "direct", KZ],
    ["02", "but with love and peace", "direct", KZ],
    ["02", "made the impossible possible", "partial", KZ],
    ["02", "no one should take the law into their own hands", "indirect", TR],
    ["02", "Anyone who attacks a minority", "direct", TR],
    ["02", "as long as it walks toward the ballot box", "partial", MF],
    ["02", "people to stay calm", "indirect", MY],
    ["02", "Let us make the best use of our new victory", "direct", MY],
    ["02", "Let us not let it slip away", "direct", MY],
    ["02", "The soldiers opened the door", "direct", "Selina Haque"],
    ["02", "If the advisers are chosen in the cantonment", "direct", "Selina Haque"],
    ["02", "the interim government would be judged", "indirect", "Selina Haque"],

    ["03", "Bangladesh is a family", "direct", MY],
    ["03", "if the violence continues", "partial", MY],
    ["03", "bloodsucker of the poor", "partial", SH],
    ["03", "Mr. Yunus brings a moral authority", "direct", "Anne-Sophie Mercier"],
    ["03", "the army has already supported a government", "indirect", "Anne-Sophie Mercier"],
    ["03", "The danger is that the provisional installs itself", "direct", "Anne-Sophie Mercier"],
    ["03", "with attention", "partial", ["India", "New Delhi"]],
    ["03", "a rapid return to normality", "partial", ["India", "New Delhi"]],
    ["03", "the violences committed against the religious minorities", "indirect", UN],
    ["03", "We have not chased a dictator", "direct", NI],

    ["04", "whether the jobs should go instead", "indirect", SH],
    ["04", "his troops would not fire on the crowds", "indirect", [WZ, None]],
    ["04", "at very short notice", "partial", "S. Jaishankar"],
    ["04", "India put all of its eggs in one basket", "direct", "Michael Trent"],
    ["04", "Now the basket is in a guesthouse", "direct", "Michael Trent"],
    ["04", "democratic and inclusive", "partial", "Matthew Miller"],
    ["04", "The longer he waits", "indirect", "Michael Trent"],

    ["05", "as many as 650 people were killed", "indirect", [UN, OHCHR]],
    ["05", "about 400 people died until 4 August", "indirect", [OHCHR, UN, None]],
    ["05", "strong indications", "partial", [OHCHR, UN, None]],
    ["05", "The number of the dead may be higher", "indirect", [UN, OHCHR]],
    ["05", "investigation of the killings and punishment", "indirect", SH],
    ["05", "several people who went to the Bangabandhu memorial", "indirect", [None]],
    ["05", "Every killing will be investigated", "direct", MY],
    ["05", "every killing would be investigated", "indirect", WZ],
    ["05", "Those who gave the order of the shutdown", "direct", NI],
    ["05", "the data of the shutdown period", "indirect", NI],
    ["05", "The one who ordered to shoot the students", "direct", "Amir Khasru Mahmud Chowdhury"],
    ["05", "Dhaka should officially request her return", "indirect", "Amir Khasru Mahmud Chowdhury"],
    ["05", "We are also Bangladeshis", "direct", [None]],
    ["05", "The 650 dead is not a number", "direct", "Rezaul Karim"],
    ["05", "the trial will be the first test", "indirect", "Rezaul Karim"],

    ["06", "up to 650 people had been killed", "indirect", [OHCHR, UN]],
    ["06", "The interim government has our support", "direct", [None, BNP]],
    ["06", "the army will stand behind Younus", "indirect", WZ],
    ["06", "Bangladesh has had caretaker governments before", "direct", "Ravi Kulkarni"],
    ["06", "Yunus has the legitimacy of the street", "direct", "Ravi Kulkarni"],
    ["06", "free, fair and participatory elections", "indirect", MY],
]
dump('quotes.json', {
    "about": "Answer key for quotations on corpus-p/articles, same conventions as corpus-c..n: document id prefix, the first "
             "words of the quoted or reported content, kind, and the speaker's canonical name (null: the text does not "
             "name one; a list: any of these is right, and a list containing null also accepts no speaker). A quote "
             "interrupted by its attribution (01 Mehta: '\"This is the end of a political era,\" said Aruna Mehta, ..., "
             "\"not simply the fall of a government. ...\"'; 02 Khaleda Zia: '\"We must build ...,\" the former prime "
             "minister said, \"but with love and peace.\"') or continued without one (02 Yunus's second sentence after "
             "'it read', 02 Haque's second sentence, 04 Trent's, 06 Kulkarni's, 03 Mercier's last sentence after 'She "
             "recalls that') is keyed once per piece. A reported clause with quoted words in it (02 'She thanked the "
             "students who had \"made the impossible possible\"', 02 Fakhrul's 'said that the party would support the "
             "interim government \"as long as ...\"', 03 'He has added that he would not remain in his functions « if the "
             "violence continues »', 03 Hasina 'had qualified him of « bloodsucker of the poor »', 03 New Delhi's « with "
             "attention » and « a rapid return to normality », 04 Jaishankar's '\"at very short notice\"', 04 Miller's "
             "'\"democratic and inclusive\"', 05 the report's '\"strong indications\"') is keyed as the partial quote. "
             "Forms: 'said X' inverted (01 Hasan, 01 Mehta, 04 Trent, 06 Kulkarni, 06 'said one of its standing "
             "committee members'); 'He said:' (02 Tarique Rahman, after a reported clause); 'X told <outlet>' (02 Haque "
             "'told the Ledger'); 'told supporters that' (02 Tarique), 'told Parliament ... that' (04 Jaishankar), 'told "
             "diplomats yesterday that' (06 Yunus); a speaker given only by a role or a pronoun: 01 'he said' (the army "
             "chief), 01 'the president said' (Shahabuddin), 02 'he said' (Nahid Islam), 02 'the former prime minister "
             "said' (Khaleda Zia), 02 'She said' (Haque), 03 'she estimates' and 'She recalls that' (Mercier), 05 'the "
             "Chief Adviser said' (Yunus), 05 'He said that' (Nahid), 'According to him' (05 Khasru, 05 Karim), 04 'Mr. "
             "Trent said' interrupting reported speech without quotation marks; 03's 'For Anne-Sophie Mercier, ..., « "
             "... »' has no verb of speech; machine-translated reporting verbs ('», has declared Mr. Yunus', 'He has "
             "added that', '», has launched Nahid Islam', 'has said to follow', 'has wished', 'has demanded that'); 05's "
             "Bengali-press 'X said, \"...\"' (Nahid, Khasru, the Chhatra League leader, Karim). Organisations and "
             "capitals as speakers: 03 'New Delhi, for its part, has said' (India or New Delhi), 03 'The Organisation of "
             "the United Nations (ONU) has demanded that', 05 'The United Nations has said that', 'According to the "
             "report' and 'the UN said' (the UN or its human rights office), 06 'the UN human rights office said'; 02's "
             "statement that 'read' is Yunus's, 02's announcement by 'the president's press secretary' (unnamed: null "
             "or the president). Unnamed speakers (null): 01 'An Indian official said', 01 'Indian officials said', 05 "
             "'eyewitnesses said', 05 'A leader of the Chhatra League ... asked not to be named and said', 06 'one of its "
             "standing committee members' (or the BNP). 04 'let Ms. Hasina know that his troops would not fire', told "
             "'according to officers briefed on the discussions', is the army chief's (or null); 04 'she asked whether "
             "the jobs should go instead to the grandchildren of the \"Razakars,\"' is Hasina's reported question (the "
             "quoted word is a term). Quotation marks: straight double quotes (01, 04, 05, 06), curly quotes (02), "
             "guillemets (03). Not keyed: 01 the name '\"march to Dhaka\"', 01 'according to two people close to her "
             "family' and 'according to police and hospital officials' (sources of facts, not speech), 01 'Awami League "
             "officials could not be reached', 01 'New Delhi did not say', 03's « chief adviser » and « technicians » "
             "(terms), 03 'According to a count established by the press', 04 'her critics say', 'analysts say' and "
             "'urged restraint', 04 'has promised elections', 05 'has promised a fair trial', 06 'has asked for "
             "patience', headlines, captions, standfirsts and 05's duplicated lead.",
    "quotes": quotes,
})

# ---------------------------------------------------------------------------------------------- claims
claims = [
    {"id": "merit-93",
     "text": "The Appellate Division's ruling of 21 July left 93 percent of government posts to be filled on merit",
     "docs": ["03", "06"],
     "anchors": {
         "03": "reserving 93% of the posts to the merit",
         "06": "leaving 93 per cent of civil-service posts to merit"},
     "contradiction": {
         "docs": ["04"],
         "anchors": {"04": "leaving 97 percent of posts to be filled on merit"},
         "aspect": "number",
         "detail": "04 puts the share of posts left to merit at 97 percent against 93 percent in 03/06 (and a reserved "
                   "share of 7 percent in 01/06)"}},
    {"id": "quota-7",
     "text": "On 21 July the Supreme Court cut the reserved share of jobs to 7 percent",
     "docs": ["01", "06"],
     "anchors": {
         "01": "cut the reserved share to 7 percent",
         "06": "When the Supreme Court cut the quotas to 7 per cent"},
     "contradiction": None,
     "note": "04's '5 percent for descendants of freedom fighters' is one part of the 7 percent; 01's 56 percent is the "
             "share reserved before the ruling"},
    {"id": "quota-30",
     "text": "The quota system reserved 30 percent of government jobs for descendants of the 1971 war veterans",
     "docs": ["01", "04"],
     "anchors": {
         "01": "30 percent of them for descendants of those who fought",
         "04": "It reserved 30 percent of civil-service jobs"},
     "contradiction": None,
     "note": "01's 56 percent is all the quotas together, 30 percent the veterans' part"},
    {"id": "hasina-fled",
     "text": "Sheikh Hasina resigned and fled to India on 5 August",
     "docs": ["01", "02", "03", "04", "06"],
     "anchors": {
         "01": "resigned as Bangladesh's prime minister on Monday",
         "02": "Sheikh Hasina, fled to India",
         "03": "three days after the flight of the Prime minister Cheikh Hasina towards India",
         "04": "On Monday afternoon the 76-year-old resigned and flew out",
         "06": "Now she is a guest of the Indian government"},
     "contradiction": None},
    {"id": "helicopter",
     "text": "Hasina left aboard a military helicopter",
     "docs": ["01", "04"],
     "anchors": {
         "01": "fled the country aboard a military helicopter",
         "04": "Sheikh Hasina boarded a military helicopter"},
     "contradiction": None,
     "note": "01's 'their aircraft landed at an air base near New Delhi' is the later leg of the same journey"},
    {"id": "rehana",
     "text": "Hasina left with her sister Sheikh Rehana",
     "docs": ["01", "04"],
     "anchors": {
         "01": "She was accompanied by her younger sister, Sheikh Rehana",
         "04": "flew out with her sister, Sheikh Rehana"},
     "contradiction": None},
    {"id": "near-delhi",
     "text": "Hasina is staying near Delhi",
     "docs": ["01", "04", "06"],
     "anchors": {
         "01": "landed at an air base near New Delhi",
         "04": "She is staying at an undisclosed location outside the Indian capital",
         "06": "in a safe house near Delhi"},
     "contradiction": None,
     "note": "01's 'Indian officials said she intended to travel on, possibly to London' is an intention, not a move"},
    {"id": "interim-announced",
     "text": "The army chief, Gen. Waker-Uz-Zaman, announced on television that an interim government would be formed",
     "docs": ["01", "04"],
     "anchors": {
         "01": "said an interim government would be formed to run the country",
         "04": "went on television to promise an interim government"},
     "contradiction": None,
     "note": "the army chief's announcement (5 August) names no leader; the president's office named Yunus the next "
             "day (02): two announcements"},
    {"id": "killings-investigated",
     "text": "The army chief promised that every killing would be investigated",
     "docs": ["01", "05"],
     "anchors": {
         "01": "He promised that every killing would be investigated",
         "05": "had also promised on last 5 August that every killing would be investigated"},
     "contradiction": None,
     "note": "Yunus's 'Every killing will be investigated' (05) is the same promise by another speaker"},
    {"id": "fifteen-years",
     "text": "Hasina had ruled for 15 years, since 2009",
     "docs": ["01", "03", "06"],
     "anchors": {
         "01": "ending 15 years in power",
         "03": "who has governed without interruption since 2009",
         "06": "the country she ran for 15 years"},
     "contradiction": None,
     "note": "01's 'fourth consecutive term in January' counts terms, not years"},
    {"id": "deadliest-sunday",
     "text": "About 100 people were killed on Sunday 4 August, the deadliest day of the uprising",
     "docs": ["01", "04"],
     "anchors": {
         "01": "when about 100 people were killed across the country",
         "04": "about 100 people were killed in clashes, the deadliest day"},
     "contradiction": None,
     "note": "01's '14 of them police officers' is part of the 100"},
    {"id": "march-to-dhaka",
     "text": "The students called a march on Dhaka for 5 August",
     "docs": ["01", "04"],
     "anchors": {
         "01": "The group had brought its \"march to Dhaka\" forward by a day, to Monday",
         "04": "the students called a march on Dhaka for Aug. 5"},
     "contradiction": None},
    {"id": "army-wont-shoot",
     "text": "The army decided on the night of 4 August that it would not fire on the protesters",
     "docs": ["04", "06"],
     "anchors": {
         "04": "his troops would not fire on the crowds",
         "06": "which had decided on the night of August 4 that it would not shoot them"},
     "contradiction": None},
    {"id": "curfew-internet",
     "text": "The crackdown included a curfew and an internet shutdown",
     "docs": ["01", "03", "04", "05", "06"],
     "anchors": {
         "01": "a nationwide curfew and a near-total internet shutdown",
         "03": "the cut of internet and the curfew",
         "04": "the government cut mobile internet and then broadband",
         "05": "the curfew and the internet shutdown prevented",
         "06": "a blackout of the internet that lasted"},
     "contradiction": None,
     "note": "04's 'offline for days' and 06's 'about ten days' (for mobile users) are not two lengths of one thing"},
    {"id": "abu-sayed",
     "text": "The student Abu Sayed was shot dead by police in Rangpur on 16 July",
     "docs": ["03", "04"],
     "anchors": {
         "03": "the student killed by the police the 16 July at Rangpur",
         "04": "was shot dead by police in Rangpur"},
     "contradiction": None,
     "note": "the grocery shop owner killed in Mohammadpur on 19 July (05) is another victim"},
    {"id": "khaleda-freed",
     "text": "Khaleda Zia was freed after Hasina's fall",
     "docs": ["02", "03", "06"],
     "anchors": {
         "02": "was formally freed on Tuesday",
         "03": "freed the former Prime minister Khaleda Zia",
         "06": "freed from house arrest earlier this month"},
     "contradiction": None,
     "note": "01's 'would be released' (announced late on 5 August) is the announcement of the same release"},
    {"id": "khaleda-six-years",
     "text": "Khaleda Zia had spent six years in prison or confinement",
     "docs": ["01", "02"],
     "anchors": {
         "01": "has spent most of the past six years in prison",
         "02": "who had kept her in confinement for six years"},
     "contradiction": None,
     "note": "02's '17 years in total' is the length of her sentences, and its 'for the first time in six years' the "
             "same span seen from her first speech"},
    {"id": "khaleda-78",
     "text": "Khaleda Zia is 78",
     "docs": ["01", "02"],
     "anchors": {
         "01": "The opposition leader, 78",
         "02": "Mrs Zia, 78"},
     "contradiction": None},
    {"id": "hasina-76",
     "text": "Hasina is 76",
     "docs": ["01", "03", "04"],
     "anchors": {
         "01": "Hasina, 76, left her official residence",
         "03": "Mrs. Hasina, 76 years",
         "04": "the 76-year-old resigned"},
     "contradiction": None},
    {"id": "parliament-dissolved",
     "text": "The president dissolved parliament on 6 August",
     "docs": ["02", "03"],
     "anchors": {
         "02": "The president dissolved parliament the same day",
         "03": "the president had dissolved the Parliament"},
     "contradiction": None},
    {"id": "students-proposed-yunus",
     "text": "The student leaders proposed Muhammad Yunus to lead the interim government",
     "docs": ["02", "03", "06"],
     "anchors": {
         "02": "The name had been put forward hours earlier by the students themselves",
         "03": "who had proposed the name of the economist",
         "06": "The students who brought down Mrs Hasina asked for him"},
     "contradiction": None},
    {"id": "yunus-nobel",
     "text": "Yunus is a Nobel Peace Prize laureate (2006)",
     "docs": ["02", "03", "04", "06"],
     "anchors": {
         "02": "who won the Nobel Peace Prize in 2006",
         "03": "The Nobel prize of peace 2006 Mohammad Yunus",
         "04": "the Nobel laureate who was sworn in",
         "06": "The Nobel laureate has since met"},
     "contradiction": None},
    {"id": "yunus-84",
     "text": "Yunus is 84",
     "docs": ["02", "03", "06"],
     "anchors": {
         "02": "the 84-year-old economist",
         "03": "Mr. Yunus, 84 years",
         "06": "an 84-year-old economist"},
     "contradiction": None},
    {"id": "yunus-sworn",
     "text": "Yunus was sworn in as chief adviser on 8 August",
     "docs": ["03", "04", "05", "06"],
     "anchors": {
         "03": "has been sworn in this Thursday 8 August",
         "04": "who was sworn in as chief adviser on Thursday",
         "05": "Since 8 August, when he took oath",
         "06": "Eleven days ago Dr Yunus was sworn in as chief adviser"},
     "contradiction": None,
     "note": "03's sixteen advisers named and thirteen sworn in with him are two counts, not a contradiction"},
    {"id": "yunus-paris",
     "text": "Yunus was in Paris for medical treatment",
     "docs": ["02", "03"],
     "anchors": {
         "02": "who has been in Paris for medical treatment",
         "03": "where he was hospitalised for a minor intervention"},
     "contradiction": None},
    {"id": "yunus-acquitted",
     "text": "A Dhaka tribunal acquitted Yunus on 7 August in the labour-law case",
     "docs": ["02", "03"],
     "anchors": {
         "02": "acquitted him in the labour-law case",
         "03": "The professor has been acquitted the day before"},
     "contradiction": None},
    {"id": "yunus-sentence",
     "text": "Yunus had been sentenced in January to six months in prison",
     "docs": ["02", "03"],
     "anchors": {
         "02": "sentenced to six months in prison in January",
         "03": "condemned in January to six months of prison"},
     "contradiction": None,
     "note": "the six months of Yunus's sentence against the BNP's 'three months' for elections (02) and 03's 'three "
             "months foreseen' for the caretaker government of 2007-2008: different quantities"},
    {"id": "student-advisers",
     "text": "Student leaders Nahid Islam and Asif Mahmud are advisers in the interim government",
     "docs": ["03", "05", "06"],
     "anchors": {
         "03": "Among them figure two leaders of the student movement",
         "05": "Two advisers from the Baishamyabirodhi Chhatra Andolon",
         "06": "with Nahid Islam and Asif Mahmud, two 26-year-old student leaders"},
     "contradiction": None},
    {"id": "un-650",
     "text": "The UN human rights office said up to 650 people were killed between mid-July and 11 August",
     "docs": ["05", "06"],
     "anchors": {
         "05": "as many as 650 people were killed in Bangladesh",
         "06": "up to 650 people had been killed between mid-July and August 11"},
     "contradiction": None,
     "note": "03's 'at least 450' (a press count as of 9 August) and 01's 'hundreds' are other counts at other dates"},
    {"id": "un-400",
     "text": "About 400 of them were killed before Hasina fled",
     "docs": ["05", "06"],
     "anchors": {
         "05": "about 400 people died until 4 August",
         "06": "around 400 of them before Mrs Hasina fled"},
     "contradiction": None,
     "note": "05's 'about 250 died on 5 and 6 August and in the following days' is the rest of the 650"},
    {"id": "murder-case",
     "text": "The first murder case has been filed against Hasina",
     "docs": ["05", "06"],
     "anchors": {
         "05": "the first murder case against former Prime Minister",
         "06": "The first murder cases against the ousted leader have already been filed"},
     "contradiction": None},
    {"id": "yunus-rangpur",
     "text": "Yunus has visited Rangpur",
     "docs": ["05", "06"],
     "anchors": {
         "05": "he has also visited Rangpur",
         "06": "travelled to Rangpur"},
     "contradiction": None},
    {"id": "mujib-father",
     "text": "Sheikh Mujibur Rahman, the country's founding leader, was Hasina's father",
     "docs": ["01", "04", "05", "06"],
     "anchors": {
         "01": "A museum dedicated to her father, Sheikh Mujibur Rahman",
         "04": "a war led by her father, Sheikh Mujibur Rahman",
         "05": "the death anniversary of her father",
         "06": "The first is the ousted leader's father"},
     "contradiction": None},
    {"id": "mujib-house",
     "text": "The Mujib museum house in Dhanmondi was burned",
     "docs": ["01", "06"],
     "anchors": {
         "01": "was set alight",
         "06": "her father's house in Dhanmondi is a blackened shell"},
     "contradiction": None},
    {"id": "tarique-london",
     "text": "Tarique Rahman leads the BNP from London",
     "docs": ["02", "06"],
     "anchors": {
         "02": "who has lived in London since 2008",
         "06": "who runs the Bangladesh Nationalist Party from London"},
     "contradiction": None},
    {"id": "ziaur-assassinated",
     "text": "President Ziaur Rahman was assassinated in 1981",
     "docs": ["02", "06"],
     "anchors": {
         "02": "who was assassinated in 1981",
         "06": "was himself assassinated six years later"},
     "contradiction": None},
    {"id": "hindus-attacked",
     "text": "Hindus and other minorities were attacked after Hasina's fall",
     "docs": ["02", "03"],
     "anchors": {
         "02": "the attacks on Hindu homes and temples",
         "03": "the violences committed against the religious minorities"},
     "contradiction": None},
    {"id": "no-election-date",
     "text": "Yunus has promised elections but given no date",
     "docs": ["04", "06"],
     "anchors": {
         "04": "has promised elections but has not said when",
         "06": "He gave no date."},
     "contradiction": None},
]
dump('claims.json', {
    "about": "Checkable claims made by two or more sources on corpus-p/articles: short text, the documents asserting it "
             "(with an anchor: words of the asserting sentence in each document's cleaned text), and any contradiction "
             "(documents that disagree, aspect, detail). Only one contradiction is intended (the share of posts the "
             "ruling of 21 July left to merit: 'leaving 97 percent of posts to be filled on merit' in 04 against 93 "
             "percent in 03/06, and a reserved share of 7 percent in 01/06); every other contradiction is a false "
             "alarm, in particular the percentages that look alike: 56 percent (all quotas before the ruling, 01) "
             "against 30 percent (the veterans' descendants' part, 01/04), 7 percent (all quotas after the ruling, "
             "01/06) against 5 percent (the veterans' descendants' part after it, 04); the death tolls: 'up to 650' "
             "(05/06, the UN, 16 July to 11 August) against 'about 400' until 4 August and 'about 250' on 5-6 August "
             "and after (parts of the 650), 'at least 450' (03, a press count as of 9 August), 'hundreds' (01), 'about "
             "100' on 4 August (01/04) and its '14 ... police officers' (01), and Karim's '650 families' (05); 03's "
             "sixteen advisers named, thirteen sworn in and three to follow; ages (Hasina 76 in 01/03/04, Khaleda Zia "
             "78, Yunus 84, Nahid Islam and Asif Mahmud 26, Hasan 22); durations: 15 years in power (01/06) and 'since "
             "2009' (03), 'a fourth consecutive term' (01), Khaleda Zia's 17-year sentence against 'six years' of "
             "confinement (02: since 2018), Yunus's six months against the BNP's three months (02) and the caretaker "
             "government's 'two years instead of the three months foreseen' (03), the four-week freeze (04), 'offline "
             "for days' (04) against 'about ten days' for mobile users (06), 'A fortnight ago' and 'Eleven days ago' "
             "(06); dates told differently: 'Late on Monday' the president said Khaleda Zia would be released (01) "
             "against her release 'on Tuesday' (02/03) and 'earlier this month' (06): announcement and act; the "
             "students' proposal 'before dawn on Tuesday' (02) against 'during the night of Monday to Tuesday' (03): "
             "the same night; 'The night before' (04) and 'the night of August 4' (06); the helicopter (01/04) and 01's "
             "'their aircraft landed ... near New Delhi' (two legs); 01's 'possibly to London' (an intention) against "
             "her stay near Delhi (04/06); 'Sunday' (the 4 August killings, 01) and 'the following Sunday' (the 21 "
             "July ruling, 04): two Sundays; 04's freeze of 10 July and ruling of 21 July: two decisions of one court; "
             "the army chief's promise that 'every killing would be investigated' (01/05) and Yunus's 'Every killing "
             "will be investigated' (05): two speakers, one promise. Framing differs on purpose (01 neutral wire; 02 "
             "Dhaka daily close to the opposition, 'the woman who had kept her in confinement for six years'; 03 French "
             "daily, machine-translated, Hasina's 'bloodsucker of the poor'; 04 American paper, India and the United "
             "States; 05 Bengali daily, machine-translated, the martyrs and the trial; 06 British analysis, the "
             "generals and the three Rahmans) without contradicting. single_source lists claims only one document "
             "makes, for reference.",
    "claims": claims,
    "single_source": [
        {"doc": "01", "text": "Crowds looted the Ganabhaban and set fire to Awami League offices"},
        {"doc": "01", "text": "The government banned Jamaat-e-Islami last week"},
        {"doc": "01", "text": "Hasina won a fourth consecutive term in January in an election the BNP boycotted"},
        {"doc": "01", "text": "Sajeeb Wazed Joy says his mother will not return to politics"},
        {"doc": "02", "text": "Khaleda Zia was jailed in 2018 and sentenced to 17 years in total"},
        {"doc": "02", "text": "The BNP wants elections within three months"},
        {"doc": "02", "text": "Universities and schools are expected to reopen on 11 August; the curfew was lifted on 6 August"},
        {"doc": "03", "text": "Sixteen advisers were named; thirteen were sworn in with Yunus"},
        {"doc": "03", "text": "At least 450 people had died since mid-July according to a press count"},
        {"doc": "03", "text": "The army backed a technocratic government from 2007 to 2008"},
        {"doc": "04", "text": "The High Court revived the quotas on 5 June; the government had scrapped them in 2018"},
        {"doc": "04", "text": "The Appellate Division froze the High Court ruling for four weeks on 10 July"},
        {"doc": "04", "text": "Jaishankar told Parliament that Hasina asked at very short notice to come to India"},
        {"doc": "05", "text": "Nahid Islam heads the telecommunications and IT ministry, Asif Mahmud youth and sports"},
        {"doc": "05", "text": "The BNP wants Hasina tried by the International Crimes Tribunal"},
        {"doc": "05", "text": "People going to the Bangabandhu memorial on 15 August were beaten"},
        {"doc": "06", "text": "Waker-Uz-Zaman is related to Hasina by marriage"},
        {"doc": "06", "text": "Yunus told diplomats that elections would follow reforms"},
    ],
})
print('keys written')
