"""Writes the answer keys of corpus-aj (the unrest in Kazakhstan in January 2022: the LPG protests in Zhanaozen from
Sunday 2 January, their spread to Almaty, Tokayev's dismissal of the government, state of emergency and takeover of the
Security Council on Wednesday 5 January, the call to the CSTO and its troops from 6 January, the shoot-to-kill order of
7 January, Masimov's arrest (announced 8 January), the tolls of 164 and 225, Smailov's approval on Tuesday 11 January,
the CSTO's withdrawal from 13 to 19 January and Nazarbayev's video of 18 January) into keys/.

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
TOK, NAZ, DAR, ABI = "Kassym-Jomart Tokayev", "Nursultan Nazarbayev", "Dariga Nazarbayeva", "Samat Abish"
MAS, KZH, MAM, DOS, SMA = "Karim Masimov", "Karim Zhaksylykov", "Askar Mamin", "Asqar Doszhanov", "Alikhan Smailov"
PUT, PES, PAS, BLI, SER = "Vladimir Putin", "Dmitry Peskov", "Nikol Pashinyan", "Antony Blinken", "Andrei Serdyukov"
SEI, ROD, NUR, ALD, SAR = "Aigerim Seitova", "Viktor Rodionov", "Nurlan", "Bakhytzhan Aldongarov", "Dauren Sarsenov"
CAL, BEK, DRA = "Ruth Calloway", "Marat Bekov", "Helen Draycott"
CSTO, KNB, SC, AKO, PGO = "Collective Security Treaty Organization", "National Security Committee", "Security Council", \
    "Akorda", "Head Prosecutor's office"
RMOD = "Ministry of Defence of Russia"

# ---------------------------------------------------------------------------------------------- entities
ents = [
    (TOK, P, ["Kassym-Jomart Tokayev", "Tokayev", "Mr Tokayev", "Kassym-Jomart Tokaev", "Tokaev", "Mr. Tokaev",
              "Kassym-Jomart Kemelevich", "Qasym-Jomart Toqaev", "Toqaev", "Qasym-Jomart Kemeluly Toqaev"]),
    (NAZ, P, ["Nursultan Nazarbayev", "Nazarbayev", "Mr Nazarbayev", "Nursultan Nazarbaev",
              "Nursultan Ábishuly Nazarbaiev", "Nazarbaiev", "Elbasy"]),
    (DAR, P, ["Dariga Nazarbayeva"]),
    (ABI, P, ["Samat Abish", "Samat Ábish"]),
    (MAS, P, ["Karim Masimov", "Masimov", "Mr Massimov", "Mr Masimow", "Karim Másimov"]),
    (KZH, P, ["Karim Zhaksylykov"]),
    (MAM, P, ["Askar Mamin", "Asqar Mamin"]),
    (DOS, P, ["Asqar Doszhanov", "Mr. Doszhanov"]),
    (SMA, P, ["Alikhan Smailov", "Mr. Smailov", "Alikhan Smaiylov"]),
    (PUT, P, ["Vladimir Putin", "Putin"]),
    (PES, P, ["Dmitry Peskov"]),
    (PAS, P, ["Nikol Pashinyan"]),
    (BLI, P, ["Antony Blinken", "Blinken"]),
    (SER, P, ["Andrei Serdyukov"]),
    (SEI, P, ["Aigerim Seitova"]),
    (ROD, P, ["Viktor Rodionov"]),
    (NUR, P, ["Nurlan"]),
    (ALD, P, ["Bakhytzhan Aldongarov"]),
    (SAR, P, ["Dauren Sarsenov"]),
    (CAL, P, ["Ruth Calloway"]),
    (BEK, P, ["Marat Bekov", "Bekov"]),
    (DRA, P, ["Helen Draycott", "Draycott"]),

    (CSTO, O, ["Collective Security Treaty Organization", "CSTO", "Organisation of the Treaty about Collective Security",
               "ODKB", "Organisation of the Treaty on Collective Security", "UQShU"]),
    (KNB, O, ["National Security Committee", "KNB", "Committee of National Security", "UQK"]),
    (SC, O, ["Security Council"]),
    ("Council of Collective Security", O, ["Council of Collective Security"]),
    ("Mazhilis", O, ["Mazhilis"]),
    (RMOD, O, ["Ministry of Defence of Russia"]),
    (PGO, O, ["Head Prosecutor's office"]),
    (AKO, O, ["Akorda"]),
    ("Kremlin", O, ["Kremlin"]),
    ("Caspian Policy Institute", O, ["Caspian Policy Institute"]),
    ("Centre of Eurasian Strategies", O, ["Centre of Eurasian Strategies"]),
    ("Fenwick Institute", O, ["Fenwick Institute"]),
    ("Kazakh Policy Forum", O, ["Kazakh Policy Forum"]),
    ("Harrowgate Centre", O, ["Harrowgate Centre"]),

    ("Azat Dala", MD, ["Azat Dala"]),
    ("Longview Brief", MD, ["Longview Brief"]),

    ("Kazakhstan", G, ["Kazakhstan"]),
    ("Almaty", G, ["Almaty"]),
    ("Zhanaozen", G, ["Zhanaozen", "Janaozen"]),
    ("Mangystau", G, ["Mangystau", "Mańǵystau"]),
    ("Aktau", G, ["Aktau"]),
    ("Taldykorgan", G, ["Taldykorgan", "Taldyqorgan"]),
    ("Nur-Sultan", G, ["Nur-Sultan"]),
    ("Russia", G, ["Russia", "Moscow"]),
    ("Belarus", G, ["Belarus"]),
    ("Armenia", G, ["Armenia"]),
    ("Tajikistan", G, ["Tajikistan"]),
    ("Kyrgyzstan", G, ["Kyrgyzstan"]),
    ("Ukraine", G, ["Ukraine"]),
    ("Washington", G, ["Washington"]),
    ("America", G, ["America", "US"]),
    ("London", G, ["London"]),

    ("Republic Square", L, ["Republic Square"]),
    ("Abylai Khan Avenue", L, ["Abylai Khan Avenue"]),

    ("Qantar", E_, ["Qantar"]),
]

descriptions = [
    (TOK, ["the head of state"]),
    (NAZ, ["the former president", "the old man", "the first president"]),
    (MAS, ["the former spy chief"]),
    (ABI, ["Nazarbayev's nephew", "the nephew of Elbasy"]),
    (DAR, ["His daughter"]),
    (KNB, ["the committee"]),
    (CSTO, ["the alliance", "the Organisation"]),
    ("Russia", ["Moscow"]),
    (AKO, ["the presidency"]),
    (PGO, ["the prosecutor general's office"]),
    ("Kazakhstan", ["the republic"]),
]

roles = [
    (TOK, ["President", "the President of Kazakhstan", "the head of state"]),
    (NAZ, ["former president", "the First President"]),
    (DAR, ["the former president's eldest daughter"]),
    (ABI, ["first deputy chairman", "the first deputy chairman of the Committee of National Security"]),
    (MAS, ["the head of the National Security Committee (KNB)", "former chairman", "the former spy chief"]),
    (MAM, ["Prime Minister"]),
    (SMA, ["acting head of government", "Prime-minister", "The new prime minister", "the first vice-premier"]),
    (PUT, ["the President of Russia"]),
    (PES, ["The Kremlin's spokesman"]),
    (PAS, ["Armenia's prime minister"]),
    (BLI, ["Secretary of State", "the US secretary of state"]),
    (SER, ["the commander of the contingent", "colonel-general"]),
    (SEI, ["an economist at the Caspian Policy Institute in Aktau"]),
    (ROD, ["The Russian expert"]),
    (NUR, ["the Almaty policeman"]),
    (DOS, ["the oil worker"]),
    (ALD, ["The human rights defender"]),
    (SAR, ["the political scientist"]),
    (CAL, ["a Central Asia researcher at the Fenwick Institute in London"]),
    (DRA, ["leads the Eurasia programme at the Harrowgate Centre"]),
]

must_not_merge = [
    [TOK, NAZ],
    [NAZ, DAR],
    [NAZ, ABI],
    [MAS, KZH],
    [MAS, ABI],
    [MAM, DOS],
    [MAM, SMA],
    [TOK, PUT],
    [NUR, NAZ],
]

dump('entities.json', {
    "about": "Answer key for entity resolution on corpus-aj/articles (the unrest in Kazakhstan in January 2022), "
             "written from reading the articles. Same conventions as corpus-c..ah: canonical name, type, and every "
             "surface form that names the entity in the cleaned texts (headlines, standfirsts, captions, bylines, the "
             "dateline 'ALMATY, Kazakhstan (Eurasia Press Wire) -', related links and other boilerplate excluded). "
             "Title+surname forms ('Mr Tokayev', 'Mr. Tokaev', 'Mr Nazarbayev', 'Mr. Smailov', 'Mr. Doszhanov', 'Mr "
             "Massimov', 'Mr Masimow') are keyed as aliases. Transliterations on purpose: the president is "
             "'Kassym-Jomart Tokayev' / 'Tokayev' / 'Mr Tokayev' (01, 02, 04, 06), the Russian 'Kassym-Jomart Tokaev' / "
             "'Tokaev' / 'Mr. Tokaev' and the name-and-patronymic 'Kassym-Jomart Kemelevich' (03, machine-translated "
             "from Russian), and the Kazakh 'Qasym-Jomart Toqaev' / 'Toqaev' / 'Qasym-Jomart Kemeluly Toqaev' (05, "
             "machine-translated from Kazakh); the former president is 'Nursultan Nazarbayev' / 'Nazarbayev' / 'Mr "
             "Nazarbayev', the Russian 'Nursultan Nazarbaev' (03), the Kazakh 'Nursultan Ábishuly Nazarbaiev' / "
             "'Nazarbaiev' with patronymic (05) and his title 'Elbasy' (05 'the nephew of Elbasy'); 'Samat Abish' (02, "
             "06) and 'Samat Ábish' (05); 'Karim Másimov' (05); 'Alikhan Smaiylov' (05); 'Asqar Mamin' (05). Two "
             "misspellings of one surname in one article: 04 has 'Karim Masimov' and then 'Mr Massimov' and 'Mr "
             "Masimow'. People who must be kept apart: the two Karims (the former KNB chief Karim Masimov; the Almaty "
             "shopkeeper Karim Zhaksylykov, 02); the two Askars (the former prime minister Askar Mamin, 'Asqar Mamin' "
             "in 05; the Zhanaozen oil worker Asqar Doszhanov, 05, who shares Mamin's given name in the same "
             "transliteration); the Nazarbayevs (Nursultan; his daughter Dariga Nazarbayeva, 04, 06; his nephew Samat "
             "Abish, 02, 05, 06, whose patronymic-less surname comes from the same root as the former president's "
             "patronymic 'Ábishuly' in 05); the old and new prime ministers (Mamin, Smailov); Tokayev and Putin (two "
             "presidents; 03's 'the head of state' is Tokayev, 'the President of Russia' Putin); the policeman "
             "'Nurlan' (03, given name only) and Nursultan Nazarbayev, and the capital 'Nur-Sultan' (named after "
             "Nazarbayev: 01 says so) and the man. Acronyms and calques: 'Collective Security Treaty Organization "
             "(CSTO)' (01, 02, 04, 06), the Russian calque 'Organisation of the Treaty about Collective Security (ODKB)' "
             "(03, the Russian acronym) and the Kazakh calque 'Organisation of the Treaty on Collective Security "
             "(UQShU)' (05, the Kazakh acronym); 'National Security Committee (KNB)' (01, 02, 06), 'Committee of "
             "National Security (KNB)' (03) and 'Committee of National Security (UQK)' (05, the Kazakh acronym); 03's "
             "'Council of Collective Security of the ODKB' is the CSTO's summit body, keyed apart; 05's 'Head "
             "Prosecutor's office' is a calque of the prosecutor general's office (04, 06, lower-case, keyed as its "
             "description). Capitals and seats for governments: 'Moscow' stands for the Russian government (01 'Moscow "
             "expected', 'a Moscow-led military alliance', 02 'Moscow replied', 03 'has thanked Moscow', 04 'the price "
             "of this purge was paid to Moscow', 'Moscow will present the bill', 06 'he owes part of that to Moscow', "
             "'Then there is Moscow') and is keyed as an alias and a description of Russia; 'Akorda' (02, 04, 05, 06) "
             "is the presidency (01 'the presidency said', description); 'Kremlin' (01, 04, 06) the Russian "
             "presidency, keyed as its own organisation; 'Washington' (02 'In Washington') and 'Nur-Sultan' are places "
             "here. 'Azat Dala' (05 'has told to Azat Dala') and 'Longview Brief' (06 'She told The Longview Brief') "
             "are outlets. 'Qantar' (05, the Kazakh name of January, used for the events) is keyed as an event name. "
             "Descriptions: 'the head of state' (03) for Tokayev; 'the former president' (01, 04, 06), 'the old man' "
             "(04) and 'the first president' (03) for Nazarbayev; 'the former spy chief' (04) for Masimov; "
             "'Nazarbayev's nephew' (06) and 'the nephew of Elbasy' (05) for Abish; 'His daughter' (06) for Dariga "
             "Nazarbayeva; 'the committee' (02) for the KNB; 'the alliance' (02, 04, 06) and 'the Organisation' (03) "
             "for the CSTO; 'the republic' (03) for Kazakhstan. Not keyed: adjectives and demonyms (Kazakh, Russian, "
             "Armenian, Western, 'the West'), lower-case bodies (the interior ministry, the health ministry, state "
             "television, parliament, the police, the army, the national guard), 'the akimat', 'New Kazakhstan' (a "
             "slogan, keyed as a quotation), the chant 'Shal, ket!'. roles: roles stated in an apposition or title, "
             "for information.",
    "entities": [{"name": n, "type": t, "aliases": a} for n, t, a in ents],
    "must_not_merge": must_not_merge,
    "descriptions": [{"entity": e, "descriptions": d} for e, d in descriptions],
    "roles": [{"entity": e, "roles": r} for e, r in roles],
})

# ---------------------------------------------------------------------------------------------- dates
dates = [
    # 01: published Wednesday 2022-01-05 (JSON field 2022-01-05T16:30:00Z, 22:30 in Almaty)
    ["01", "Wednesday", "2022-01-05"],
    ["01", "Sunday", "2022-01-02"],
    ["01", "1 January", "2022-01-01"],
    ["01", "Tuesday", "2022-01-04"],
    ["01", "Tuesday", "2022-01-04"],
    ["01", "2019", "2019"],
    ["01", "today", "2022-01-05"],
    ["01", "Wednesday", "2022-01-05"],
    ["01", "Today", "2022-01-05"],
    ["01", "1991", "1991"],
    ["01", "2019", "2019"],
    ["01", "December 2011", "2011-12"],
    ["01", "ten years", "P10Y"],
    # 02: published Monday 2022-01-10 (meta and JSON-LD only)
    ["02", "today", "2022-01-10"],
    ["02", "last week", "2022-01-03/2022-01-09"],
    ["02", "yesterday", "2022-01-09"],
    ["02", "Sunday", "2022-01-09"],
    ["02", "last Wednesday", "2022-01-05"],
    ["02", "Saturday", "2022-01-08"],
    ["02", "Thursday", "2022-01-06"],
    ["02", "Wednesday", "2022-01-05"],
    ["02", "Wednesday", "2022-01-05"],
    ["02", "Friday", "2022-01-07"],
    ["02", "Thursday", "2022-01-06"],
    ["02", "Friday", "2022-01-07"],
    ["02", "Wednesday", "2022-01-05"],
    ["02", "a week ago yesterday", "2022-01-02"],
    ["02", "Tuesday", "2022-01-04"],
    ["02", "today", "2022-01-10"],
    # 03: published Thursday 2022-01-13, no date line
    ["03", "today", "2022-01-13"],
    ["03", "the day before yesterday", "2022-01-11"],
    ["03", "two days", "P2D"],
    ["03", "ten days", "P10D"],
    ["03", "Tuesday", "2022-01-11"],
    ["03", "Monday, 10 January", "2022-01-10"],
    ["03", "2 January", "2022-01-02"],
    ["03", "05.01", "2022-01-05"],
    ["03", "thirty years", "P30Y"],
    ["03", "19 January", "2022-01-19"],
    # 04: published Sunday 2022-01-16, no date line
    ["04", "yesterday", "2022-01-15"],
    ["04", "a week", "P1W"],
    ["04", "last Sunday", "2022-01-09"],
    ["04", "Friday, 7 January", "2022-01-07"],
    ["04", "2 January", "2022-01-02"],
    ["04", "three days", "P3D"],
    ["04", "three years", "P3Y"],
    ["04", "5 January", "2022-01-05"],
    ["04", "Tuesday", "2022-01-11"],
    ["04", "5 January", "2022-01-05"],
    ["04", "the next day", "2022-01-06"],
    ["04", "Thursday", "2022-01-13"],
    ["04", "last week", "2022-01-03/2022-01-09"],
    ["04", "Tuesday", "2022-01-11"],
    ["04", "December 2011", "2011-12"],
    # 05: published Thursday 2022-01-20, no date line
    ["05", "Yesterday", "2022-01-19"],
    ["05", "the 6th of January", "2022-01-06"],
    ["05", "2 January of the year 2022", "2022-01-02"],
    ["05", "2011", "2011"],
    ["05", "the 4th-5th of January", "2022-01-04/2022-01-05"],
    ["05", "the 7th of January", "2022-01-07"],
    ["05", "This week", "2022-01-17/2022-01-23"],
    ["05", "Monday", "2022-01-17"],
    ["05", "Tuesday", "2022-01-18"],
    ["05", "2019", "2019"],
    # 06: published Monday 2022-01-24, no date line
    ["06", "Three weeks", "P3W"],
    ["06", "Sunday 2 January", "2022-01-02"],
    ["06", "Tuesday 4 January", "2022-01-04"],
    ["06", "Wednesday 5 January", "2022-01-05"],
    ["06", "The same night", "2022-01-05"],
    ["06", "7 January", "2022-01-07"],
    ["06", "6 to 19 January", "2022-01-06/2022-01-19"],
    ["06", "13 January", "2022-01-13"],
    ["06", "9 January", "2022-01-09"],
    ["06", "15 January", "2022-01-15"],
    ["06", "7 January", "2022-01-07"],
    ["06", "5 January", "2022-01-05"],
    ["06", "8 January", "2022-01-08"],
    ["06", "two days earlier", "2022-01-06"],
    ["06", "A week ago today", "2022-01-17"],
    ["06", "last Tuesday", "2022-01-18"],
    ["06", "10 January", "2022-01-10"],
    ["06", "5 January", "2022-01-05"],
    ["06", "4 January", "2022-01-04"],
    ["06", "11 January", "2022-01-11"],
    ["06", "two days", "P2D"],
    ["06", "one week", "P1W"],
    ["06", "next week", "2022-01-31/2022-02-06"],
    ["06", "2 January", "2022-01-02"],
]
dump('dates.json', {
    "about": "Answer key for date normalisation on corpus-aj/articles, same conventions as corpus-c..ah: document id "
             "prefix, the expression as written (the first occurrence not yet matched, in text order; a system "
             "expression that contains the key text matches, so 'Wednesday' in 01 also matches 'on Wednesday' and "
             "'late on Wednesday', 'Tuesday' 'by Tuesday night', 'last week' 'last week's', '1 January' 'on 1 "
             "January', 'the 6th of January' 'on the 6th of January', 'two days' 'in two days' and 'within two days', "
             "'ten days' 'not more than ten days', 'three days' 'within three days'), its absolute value. Weeks run "
             "Monday to Sunday. Dates are Almaty local dates (UTC+6). Datelines, captions, headlines, standfirsts, "
             "related links and 04's duplicated lead are not keyed. Clock times and parts of days ('in the "
             "afternoon', 'in the evening', 'later in the day', 'for most of the day', 'within hours') are not keyed; "
             "'The same night' (06) is keyed as the date it refers to (5 January, from 'Wednesday 5 January' before "
             "it). Vague, recurring or anaphoric expressions ('since independence', 'for years', 'the days since', "
             "'The most striking news of the weekend' (02), 'since the start of the year' (02), 'the first week of "
             "January' (04), 'from the first day' (05), 'On the first' / 'On the second' (06, the two Tuesdays, keyed "
             "at their dates '4 January' and '11 January'), 'The two Tuesdays') are not keyed; nor are ages ('the "
             "81-year-old former president', '49 years'), counts and measures ('eight police officers', '317', '120 "
             "tenge', '50 tenge', '164', '225', '5,800', '20,000', '2 030', '2,030', '3 000', '250 units', 'twice "
             "prime minister', 'six former Soviet states', '(9 min)'). Relative dates: 01 (written the evening of "
             "Wednesday 5 January) 'on Wednesday' and 'late on Wednesday' 5 January, 'on Sunday' 2 January (the first "
             "protests in Zhanaozen), 'on 1 January' (yearless, the lifting of the price cap), 'by Tuesday night' and "
             "'on Tuesday' 4 January, 'in 2019', 'from today' and 'Today' inside Tokayev's quotations (5 January), 'in "
             "1991 until 2019', 'In December 2011', 'for ten years' a span. 02 (Monday 10 January): 'today' 10 "
             "January twice (the day of mourning; the CSTO video summit, coming), 'last week's violence' 3-9 January, "
             "'yesterday' 9 January (the toll of 164), 'on Sunday' 9 January (the Akorda's 5,800 detained), 'on "
             "Saturday' 8 January (the KNB's announcement), 'last Wednesday' 5 January (the city "
             "administration burnt), 'on Thursday' 6 January twice (Masimov detained; the first CSTO troops), 'on "
             "Wednesday' 5 January (Masimov dismissed), 'on Wednesday night' 5 January twice (the call to the CSTO; "
             "inside Zhaksylykov's quotation), 'on Friday' 7 January twice (Tokayev's address; Blinken), 'a week ago "
             "yesterday' 2 January (the first protests: yesterday, 9 January, minus a week), 'on Tuesday' 4 January "
             "(Almaty). 03 (Thursday 13 January, no date line): 'today' 13 January (the ceremony), 'the day before "
             "yesterday' 11 January (Tokayev's speech), 'in two days' and 'not more than ten days' spans, 'on Tuesday' "
             "11 January (Smailov approved), 'On Monday, 10 January' (the CSTO summit), 'on 2 January', 'On 05.01' (the "
             "Russian day.month form, 5 January), 'thirty years' a span inside Rodionov's quotation, 'on 19 January' "
             "(the last planes, expected). 04 (Sunday 16 January, no date line): 'yesterday' 15 January (the toll of "
             "225), 'a week' a span, 'last Sunday' 9 January (the toll of 164), 'On Friday, 7 January', 'on 2 "
             "January', 'within three days' a span, 'nearly three years' a span (Tokayev president since March "
             "2019), 'on 5 January' (the Security Council), 'On Tuesday' 11 January (his speech to parliament), 'the "
             "night of 5 January' (the call to the CSTO), 'the next day' 6 January (the troops' arrival), 'on "
             "Thursday' 13 January (the troops began leaving), 'last week' 3-9 January (Blinken, 7 January), 'on "
             "Tuesday' 11 January (Smailov approved), 'in December 2011'. 05 (Thursday 20 January, no date line): "
             "'Yesterday' 19 January (the last plane), 'on the 6th of January', 'on 2 January of the year 2022', 'In "
             "2011' inside Doszhanov's quotation, 'on the 4th-5th of January' a two-day range, 'on the 7th of "
             "January', 'This week' 17-23 January, 'On Monday' 17 January (Abish released), 'On Tuesday' 18 January "
             "(Nazarbayev's video), 'in 2019'. 06 (Monday 24 January, no date line): 'Three weeks' a span, 'Sunday 2 "
             "January', 'Tuesday 4 January', 'Wednesday 5 January', 'The same night' 5 January, 'On 7 January', 'from "
             "6 to 19 January' a range, 'on 13 January', 'on 9 January', 'on 15 January', 'the order of 7 January', "
             "'until 5 January', 'on 8 January', 'two days earlier' 6 January (from 8 January), 'A week ago today' 17 "
             "January, 'last Tuesday' 18 January, 'the CSTO summit of 10 January', 'on 5 January' (terrorist gangs), "
             "'4 January' and '11 January' (the two Tuesdays), 'within two days' and 'In one week' spans, 'next week' "
             "31 January-6 February (dismissals expected), 'on 2 January'. Publication dates used: 01 2022-01-05, 02 "
             "2022-01-10, 03 2022-01-13, 04 2022-01-16, 05 2022-01-20, 06 2022-01-24 (see publication.json).",
    "dates": dates,
})

# ---------------------------------------------------------------------------------------------- publication
dump('publication.json', {
    "about": "True publication date of each document (the one the author had in mind) and whether the input states it "
             "(metadata, JSON field or a visible date line). window: the span a careful reader can prove from the text "
             "alone (plus event dates the other articles give); the engine's published.earliest..latest should contain "
             "'date'.",
    "published": [
        {"doc": "01", "date": "2022-01-05", "stated": True,
         "how": "JSONL published field 2022-01-05T16:30:00Z (22:30 in Almaty); the resignation and the state of "
                "emergency 'on Wednesday' are today's news, Tokayev speaks 'from today' as chairman of the Security "
                "Council (5 January per 04, 06)",
         "window": ["2022-01-05", "2022-01-05"]},
        {"doc": "02", "date": "2022-01-10", "stated": True,
         "how": "meta article:published_time and JSON-LD datePublished 2022-01-10T08:00:00+06:00 (no visible date); "
                "the day of national mourning is 'today', the CSTO leaders meet 'today' (10 January per 03, 06), the "
                "toll of 164 came 'yesterday' (9 January per 06)",
         "window": ["2022-01-10", "2022-01-10"]},
        {"doc": "03", "date": "2022-01-13", "stated": False,
         "how": "none: the withdrawal began 'today' (13 January per 06, 'on Thursday' per 04); Tokayev's speech to the "
                "Mazhilis was 'the day before yesterday' and 'on Tuesday' (11 January per 06); the summit 'On Monday, "
                "10 January' is past and the last planes are expected 'on 19 January'",
         "window": ["2022-01-13", "2022-01-13"]},
        {"doc": "04", "date": "2022-01-16", "stated": False,
         "how": "none: the prosecutor general's toll of 225 came 'yesterday' (15 January per 06); the toll of 164 "
                "'last Sunday' (9 January per 06); the troops 'began leaving on Thursday' (13 January per 03, 06); "
                "Blinken spoke 'last week': Sunday 16 January",
         "window": ["2022-01-16", "2022-01-16"]},
        {"doc": "05", "date": "2022-01-20", "stated": False,
         "how": "none: the last CSTO plane left 'Yesterday' (19 January per 03's 'expected on 19 January' and 06's "
                "'from 6 to 19 January'); Abish was released 'On Monday' and Nazarbayev spoke 'On Tuesday' of 'This "
                "week' (17 and 18 January per 06): Thursday 20 January",
         "window": ["2022-01-20", "2022-01-20"]},
        {"doc": "06", "date": "2022-01-24", "stated": False,
         "how": "none: Abish lost his post 'A week ago today' ('On Monday' of the week of 05, 17 January), "
                "Nazarbayev's video was 'last Tuesday' (18 January), the mission ended on 19 January and the text is "
                "'Three weeks after the first protests' of 2 January: Monday 24 January",
         "window": ["2022-01-24", "2022-01-24"]},
    ],
})

# ---------------------------------------------------------------------------------------------- timeline
ev = []
event = recorder(ev)

event("Protests over the LPG price begin in Zhanaozen in Mangystau", "2022-01-02",
      ["01", "02", "03", "04", "05", "06"], ["protest", "zhanaozen", "janaozen", "began", "started", "square"],
      note="01 'on Sunday'; 02 'a week ago yesterday'; 03 'on 2 January'; 04 'on 2 January'; 05 'on 2 January of "
           "the year 2022'; 06 'Sunday 2 January'; must stay apart from the shooting of oil workers in Zhanaozen in "
           "December 2011 (month only, not keyed)")
event("The protests reach Almaty, where thousands march towards the central square", "2022-01-04",
      ["01", "02", "06"], ["almaty", "march", "reached", "spread"],
      note="01 'by Tuesday night'; 02 'reached Almaty on Tuesday'; 06 'Tuesday 4 January' and 'On the first, 4 "
           "January'; the government's promise of 50 tenge 'on Tuesday' (01) is folded in; 05's 'the 4th-5th of "
           "January' (violence in Almaty) is a range; the first of the two Tuesdays, apart from 11 January")
event("Tokayev accepts the resignation of Askar Mamin's government and names Alikhan Smailov acting prime minister",
      "2022-01-05", ["01", "06"], ["resign", "mamin", "cabinet", "acting"],
      note="01 'on Wednesday'; 06 'On Wednesday 5 January Tokayev dismissed the government'; apart from Smailov's "
           "approval as prime minister on 11 January")
event("Tokayev declares a state of emergency in Almaty and Mangystau", "2022-01-05", ["01", "06"],
      ["emergency"], note="01 'on Wednesday'; 06 'Wednesday 5 January'")
event("Tokayev takes over as chairman of the Security Council from Nazarbayev", "2022-01-05", ["01", "04", "06"],
      ["security council", "chairmanship"],
      note="01 'from today chairman of the Security Council' (Wednesday); 04 'on 5 January'; 06 'Wednesday 5 January'")
event("Protesters storm the Almaty city administration and set it on fire", "2022-01-05", ["01", "02", "03"],
      ["stormed", "storm", "fire", "burn", "akimat", "city administration", "city hall"],
      note="01 'in the afternoon' of Wednesday; 02 'last Wednesday'; 03 'On 05.01'; the airport's seizure (01) is "
           "folded in")
event("Karim Masimov is dismissed as head of the National Security Committee", "2022-01-05", ["01", "02", "06"],
      ["masimov", "knb", "national security committee", "removed"],
      note="01 'later in the day'; 02 'dismissed ... on Wednesday'; 06 'until 5 January'; apart from his detention (6 "
           "January) and its announcement (8 January)")
event("Tokayev asks the CSTO for help against 'terrorist gangs'", "2022-01-05", ["01", "02", "04", "06"],
      ["appeal", "asked", "request", "help", "csto"],
      note="01 'In a second address late on Wednesday'; 02 'on Wednesday night'; 04 'the night of 5 January'; 06 'The "
           "same night'; the second of Tokayev's two addresses of 5 January, folded into the request")
event("The first CSTO troops, most of them Russian paratroopers, arrive in Kazakhstan", "2022-01-06",
      ["02", "04", "05"], ["arriv", "landed", "came", "paratroopers", "troops"],
      note="02 'landed on Thursday'; 04 'arrived the next day'; 05 'who came on the 6th of January'; 06's 'from 6 to "
           "19 January' is the mission's span; Pashinyan's announcement is folded in")
event("Karim Masimov is detained on suspicion of high treason", "2022-01-06", ["02", "06"],
      ["detain", "arrest", "treason"],
      note="02 'detained on Thursday'; 06 'detained two days earlier' (than 8 January); apart from the announcement "
           "of 8 January")
event("Tokayev orders the security forces to shoot to kill without warning and calls the protesters terrorists",
      "2022-01-07", ["02", "04", "05", "06"], ["shoot", "fire", "kill", "without warning", "order"],
      note="02 'In an address on Friday'; 04 'On Friday, 7 January'; 05 'on the 7th of January'; 06 'On 7 January'; "
           "Blinken's remarks the same day (02 'on Friday', 04 'last week') are not keyed")
event("The National Security Committee announces that Masimov has been detained on suspicion of high treason",
      "2022-01-08", ["02", "06"], ["announc", "masimov", "treason", "arrest"],
      note="02 'On Saturday'; 06 'was announced on 8 January'")
event("State television, citing the health ministry, reports a toll of 164 dead; the figure is withdrawn",
      "2022-01-09", ["02", "04", "06"], ["164", "toll", "killed", "dead"],
      note="02 'yesterday'; 04 'last Sunday'; 06 'on 9 January'; the Akorda's 5,800 detained 'on Sunday' (02) is "
           "folded in; must stay apart from the toll of 225 (15 January)")
event("Extraordinary CSTO summit by video link: Putin rules out 'colour revolutions'", "2022-01-10", ["03", "06"],
      ["summit", "session", "video", "colour revolution"],
      note="03 'On Monday, 10 January'; 06 'the CSTO summit of 10 January'; 02 announces it for 'today' (not listed); "
           "the day of national mourning (02 'today') is folded in")
event("The Mazhilis approves Alikhan Smailov as prime minister; Tokayev announces the CSTO's withdrawal", "2022-01-11",
      ["03", "04", "06"], ["smailov", "approved", "prime minister", "mazhilis", "parliament"],
      note="03 'the day before yesterday' and 'on Tuesday'; 04 'On Tuesday' (speech) and 'on Tuesday' (approval); 06 "
           "'On the second, 11 January'; the second of the two Tuesdays")
event("The CSTO troops begin to withdraw, with a ceremony in Almaty", "2022-01-13", ["03", "04", "06"],
      ["withdraw", "leav", "ceremony", "go home"],
      note="03 'today'; 04 'began leaving on Thursday'; 06 'the withdrawal beginning on 13 January'")
event("The prosecutor general's office puts the toll at 225 dead, 19 of them police officers and soldiers",
      "2022-01-15", ["04", "06"], ["225", "toll", "prosecutor", "died"],
      note="04 'yesterday'; 06 'on 15 January'; 05 gives the figure without a date")
event("Samat Abish is removed as first deputy chairman of the National Security Committee", "2022-01-17",
      ["05", "06"], ["abish", "ábish", "released", "lost his post", "deputy"],
      note="05 'On Monday'; 06 'A week ago today'")
event("Nazarbayev appears in a video address, says he is a pensioner and denies any conflict with Tokayev",
      "2022-01-18", ["05", "06"], ["video", "pensioner", "address", "conflict"],
      note="05 'On Tuesday'; 06 'last Tuesday'")
event("The last CSTO troops leave Kazakhstan", "2022-01-19", ["05", "06"],
      ["last", "left", "completed", "withdrawal", "airplane"],
      note="05 'Yesterday the last airplane ... left'; 06 'lasted from 6 to 19 January' (the end of the mission's "
           "range); 03's 'expected on 19 January' is a forecast")
dump('timeline.json', {
    "about": "Real-world events the articles report, with date (day), until for multi-day events, the documents that "
             "report each (with a date the reader can resolve), and words by which a system event is recognised "
             "(title, trigger or participant entity ids). Dates are Almaty local dates (UTC+6). Occurrences of "
             "similar events must stay apart: the two Tuesdays (4 January, the marches reach Almaty; 11 January, "
             "Smailov approved); Tokayev's addresses (5 January, two; 7 January, shoot to kill; 11 January, to the "
             "Mazhilis); the two tolls (164 on 9 January, withdrawn; 225 on 15 January); Masimov's dismissal (5 "
             "January), detention (6 January) and the announcement of his arrest (8 January); the CSTO's arrival (6 "
             "January), the announcement of its withdrawal (11 January), its start (13 January) and end (19 "
             "January); the resignation of Mamin's government with Smailov as acting prime minister (5 January) and "
             "Smailov's approval (11 January); the protests of 2 January 2022 and the shooting of oil workers in "
             "Zhanaozen in December 2011 (month only, not keyed). Not keyed: the lifting of the price cap 'on 1 "
             "January' (01 only, the cause rather than an event of the unrest), future or expected events (02's CSTO "
             "meeting 'today' from the morning's viewpoint is listed only under 03 and 06; 03's last planes 'expected "
             "on 19 January'; 06's dismissals 'next week'), events dated only by month, year or range (independence "
             "in 1991, Nazarbayev's resignation in 2019, December 2011, 05's 'the 4th-5th of January'), statements "
             "(Peskov's of 5 January, Blinken's of 7 January, Pashinyan's announcement, Rodionov's, Bekov's, "
             "Draycott's), states (Masimov under arrest, Nazarbayev silent), and same-day side events folded into a "
             "keyed one (see notes).",
    "events": ev,
})

# ---------------------------------------------------------------------------------------------- quotes
quotes = [
    ["01", "Crowds stormed the city administration building", "indirect", [None]],
    ["01", "eight police officers and national guardsmen", "indirect", [None]],
    ["01", "he was taking over as chairman", "indirect", TOK],
    ["01", "As head of state and from today chairman", "direct", TOK],
    ["01", "provocations", "partial", TOK],
    ["01", "the authorities would not fall", "indirect", TOK],
    ["01", "Karim Masimov, the head of the National Security Committee", "indirect", [AKO, None]],
    ["01", "he had asked the Collective Security Treaty Organization", "indirect", TOK],
    ["01", "terrorist gangs", "partial", TOK],
    ["01", "Today I have appealed to the heads", "direct", TOK],
    ["01", "Moscow expected Kazakhstan to settle", "indirect", PES],
    ["01", "Almaty's airport was taken over", "indirect", [None]],
    ["01", "People in Mangystau have watched", "direct", SEI],
    ["01", "The gas price is only the last straw", "direct", SEI],
    ["01", "the government's concession on the price", "indirect", SEI],

    ["02", "164 people had been killed across the country", "indirect", [None]],
    ["02", "5,800 people had been detained", "indirect", AKO],
    ["02", "its former chairman, Karim Masimov, had been detained", "indirect", KNB],
    ["02", "terrorists", "partial", TOK],
    ["02", "he had ordered the police and the army", "indirect", TOK],
    ["02", "I have given the order to shoot to kill", "direct", TOK],
    ["02", "Those who do not surrender will be destroyed", "direct", TOK],
    ["02", "20,000 bandits", "partial", TOK],
    ["02", "nonsense", "partial", TOK],
    ["02", "collective peacekeeping force", "partial", PAS],
    ["02", "They guard the airport and government buildings", "indirect", [None]],
    ["02", "why Kazakhstan needed outside help", "indirect", BLI],
    ["02", "once Russian troops are in a country", "indirect", BLI],
    ["02", "Blinken should remember", "indirect", ["Russia", None]],
    ["02", "On Wednesday night nobody came", "direct", KZH],
    ["02", "Now they come with soldiers", "direct", KZH],
    ["02", "he had seen young men with no banners", "indirect", KZH],

    ["03", "all tasks are fulfilled", "indirect", SER],
    ["03", "The main mission of the forces of the ODKB", "direct", TOK],
    ["03", "the gradual withdrawal will begin in two days", "indirect", TOK],
    ["03", "a layer of rich people", "partial", TOK],
    ["03", "We will not allow to rock the situation", "direct", PUT],
    ["03", "the mission will be limited in time", "indirect", PUT],
    ["03", "an attempt of coup d'état", "partial", TOK],
    ["03", "the attacks were coordinated from one centre", "indirect", KNB],
    ["03", "terrorist groups", "partial", [None]],
    ["03", "Peaceful people were not among them", "direct", NUR],
    ["03", "the ODKB has passed its first real test", "indirect", ROD],
    ["03", "For the first time in thirty years", "direct", ROD],
    ["03", "The West has waited for a second Ukraine", "direct", ROD],
    ["03", "The last airplanes are expected on 19 January", "indirect", RMOD],

    ["04", "without warning", "partial", TOK],
    ["04", "What talks can there be with criminals", "direct", TOK],
    ["04", "a layer of very rich people", "partial", TOK],
    ["04", "once Russians are in your house", "partial", BLI],
    ["04", "Tokayev has won the fight inside the palace", "direct", CAL],
    ["04", "That is a very expensive victory", "direct", CAL],
    ["04", "Western governments had been too quick", "indirect", CAL],

    ["05", "counter-terrorist operation", "partial", AKO],
    ["05", "We did not want power, we wanted to live", "direct", DOS],
    ["05", "In 2011 they shot at our fathers here", "direct", DOS],
    ["05", "in Janaozen not one window was broken", "indirect", DOS],
    ["05", "225 people have died", "indirect", PGO],
    ["05", "in the police departments the detained were beaten", "indirect", ALD],
    ["05", "We have the testimonies of dozens of people", "direct", ALD],
    ["05", "The word «terrorist» is now put", "direct", ALD],
    ["05", "bandits and terrorists", "partial", TOK],
    ["05", "I am on a deserved rest", "direct", NAZ],
    ["05", "there is no conflict between him and Toqaev", "indirect", NAZ],
    ["05", "they do not believe this", "indirect", [None]],
    ["05", "Qantar has shown that the people can speak", "direct", SAR],
    ["05", "But it has also shown how quickly", "direct", SAR],

    ["06", "New Kazakhstan", "partial", TOK],
    ["06", "no conflict", "partial", NAZ],
    ["06", "Nazarbayev's video was not a return", "direct", BEK],
    ["06", "He signed for the loss of his power", "direct", BEK],
    ["06", "the Akorda would now move against", "indirect", BEK],
    ["06", "colour revolutions", "partial", PUT],
    ["06", "The withdrawal was the message", "direct", DRA],
    ["06", "Russia wanted to show that it comes when called", "direct", DRA],
    ["06", "the precedent mattered more than the number of troops", "indirect", DRA],
    ["06", "terrorist gangs", "partial", TOK],
    ["06", "attempted coup d'état", "partial", TOK],
    ["06", "very rich", "partial", TOK],
]
dump('quotes.json', {
    "about": "Answer key for quotations on corpus-aj/articles, same conventions as corpus-c..ah: document id prefix, the "
             "first words of the quoted or reported content, kind, and the speaker's canonical name (null: the text "
             "does not name one; a list: any of these is right, and a list containing null also accepts no speaker). "
             "All quotations are written for the evaluation: they follow in substance what the real people said but "
             "are not verbatim. A quotation continued without a new attribution (01 Seitova's second sentence, 02 "
             "Tokayev's 'Those who do not surrender ...', 02 Zhaksylykov's second sentence, 03 Rodionov's second "
             "sentence after 'he has said', 04 Calloway's 'That is a very expensive victory', 05 Aldongarov's third "
             "and Sarsenov's second sentences, 06 Bekov's and Draycott's second sentences) is keyed once per piece. "
             "A reported clause with quoted words in it is keyed as the partial quote at its first quoted words (01 "
             "'not to give in to \"provocations\"', 01 'what he called \"terrorist gangs\" trained abroad', 02 'an "
             "attack by \"terrorists\"', 02 'at \"20,000 bandits\"', 02 'as \"nonsense\"', 02 Pashinyan's 'would send a "
             "\"collective peacekeeping force\"', 03 'has appeared «a layer of rich people ...»', 03 'has named the "
             "events «an attempt of coup d'état»', 03 'used by the «terrorist groups»' (the Kazakh authorities: "
             "null), 04 'to open fire \"without warning\"', 04 'had created \"a layer of very rich people\"', 04 "
             "Blinken's 'said last week that \"once Russians ...\"', 05 'has declared the «counter-terrorist "
             "operation» finished' (the Akorda), 05 'has called the protesters «bandits and terrorists»', 06 'speaks "
             "of a \"New Kazakhstan\"', 06 'that there was \"no conflict\"' (Nazarbayev; the clause 'that he was a "
             "pensioner' before it is part of the same report), 06 'would not allow \"colour revolutions\"', 06 "
             "'spoke of \"terrorist gangs\" ... and later of an \"attempted coup d'état\"' (two pieces), 06 'a fund for "
             "the \"very rich\"'). Forms: 'X said' after the quotation (01 'Tokayev said in a televised address', '\"...,\" "
             "he said' with a pronoun only (01, 02 Tokayev), 'said Aigerim Seitova', 'said Karim Zhaksylykov', 'said "
             "Ruth Calloway', 'said Marat Bekov', 'said Helen Draycott' (inverted)); 'he asked' (04 Tokayev's "
             "question); reported 'X said (that)' (01 Tokayev, Peskov, Seitova; 02 Tokayev, Zhaksylykov; 04 "
             "Calloway 'She said'); 'she told <outlet>' (06 'She told The Longview Brief that', Draycott); the "
             "machine-translated '«...,» has declared the head of state' (03, Tokayev by his role), 'has reported "
             "that' (03 Serdyukov), 'According to him' (03 Tokayev, after the quotation), 'has underlined that' (03 "
             "Putin), 'considers that' (03 Rodionov), 'has informed the Ministry of Defence of Russia' (03, the "
             "ministry, sentence-final), '«...,» — has said to our correspondent the Almaty policeman Nurlan' (03, a "
             "given name only), '«...,» has told to Azat Dala the oil worker Asqar Doszhanov' (05, inverted with the "
             "outlet), 'Mr. Doszhanov has said that' (05), 'According to the Head Prosecutor's office' (05), 'has "
             "said to our correspondent that' and '«...,» he has declared' (05 Aldongarov), '«...,» has said "
             "Nazarbaiev' and 'He has affirmed that' (05), '«...,» has written the political scientist Dauren "
             "Sarsenov on his page' (05, written); 'according to the data of the Committee of National Security' (03). "
             "Unnamed and organisational speakers: 01 'witnesses said' and 'according to local media' (null), 01 'the "
             "interior ministry said' (lower-case, null), 01 '..., the presidency said' (the Akorda or null), 02 'State "
             "television reported ..., citing the health ministry' (null), 02 'The Akorda said', 02 'the National "
             "Security Committee announced that', 02 '..., officials say' (null), 02 'Moscow replied that' (Russia by "
             "its capital, or null), 05 'Many of our readers have written that' (null). Guillemets «...» in 03 and 05 "
             "(05 nests «terrorist» inside «...»), an em dash after the quotation in 03; curly quotes in 02, straight "
             "quotes in 01, 04 and 06. Not keyed: 04's lead '225, the prosecutor general's office said' (a figure "
             "with a sentence-final attribution inside the reporter's sentence; the same toll is keyed in 05), 04's "
             "'The official story is that ...' (the writer's), 03's 'as the Kazakh authorities affirm' kept only at "
             "its quoted words, 01's chant \"Shal, ket!\" (\"Old man, go!\"), 02's 'The committee gave no details', "
             "headlines, captions, standfirsts, related links and 04's duplicated lead.",
    "quotes": quotes,
})

# ---------------------------------------------------------------------------------------------- claims
def claim(id, text, anchors, contradiction=None, note=None):
    c = {"id": id, "text": text, "docs": sorted(anchors), "anchors": anchors, "contradiction": contradiction}
    if note:
        c["note"] = note
    return c


claims = [
    claim("csto-troops", "The CSTO force sent to Kazakhstan numbered about 2,030 troops",
          {"03": "have arrived 2 030 servicemen and 250 units of military technique",
           "04": "some 2,030 soldiers, most of them Russian, arrived the next day",
           "06": "The CSTO mission, some 2,030 troops, lasted from 6 to 19 January"},
          contradiction={"docs": ["05"],
                         "anchors": {"05": "The 3 000 soldiers, who came on the 6th of January"},
                         "aspect": "number",
                         "detail": "05 puts the CSTO force at 3,000 soldiers against about 2,030 in 03/04/06"},
          note="03's '250 units of military technique' is equipment, not troops; 05's '3 000' is written the "
               "Kazakh way with a space, like 03's '2 030'"),
    claim("lpg-doubled", "The price of liquefied gas for cars doubled at the start of 2022, to about 120 tenge a litre",
          {"01": "doubled on 1 January to about 120 tenge a litre",
           "02": "where the price of car gas had doubled overnight",
           "05": "rose two times, from 60 tenge to 120 tenge"},
          note="01's and 05's 50 tenge is the price promised or restored afterwards, not a contradiction"),
    claim("protests-start", "The protests began in Zhanaozen on 2 January",
          {"03": "which began on 2 January in Zhanaozen",
           "04": "the doubling of the price of car gas in Zhanaozen on 2 January",
           "06": "began in Zhanaozen on Sunday 2 January"},
          note="01's lead ('on Sunday') and 05's sentence ('on 2 January of the year 2022') are anchored for other "
               "claims; 02's 'a week ago yesterday' sentence is anchored for lpg-doubled"),
    claim("almaty-reached", "The protests reached Almaty on Tuesday 4 January",
          {"01": "by Tuesday night, to Almaty",
           "06": "crowds were marching through Almaty for cheaper gas"}),
    claim("government-resigns", "Tokayev dismissed Askar Mamin's government",
          {"01": "accepted the resignation of his government on Wednesday",
           "05": "replaced the government of Asqar Mamin",
           "06": "Tokayev dismissed the government of Askar Mamin"},
          note="'accepted the resignation' (01) and 'dismissed' (06) frame the same act differently"),
    claim("security-council", "Tokayev took over the chairmanship of the Security Council from Nazarbayev",
          {"01": "he was taking over as chairman of the Security Council from Nursultan Nazarbayev",
           "04": "He took Mr Nazarbayev's chair at the Security Council on 5 January"}),
    claim("city-hall-burned", "Protesters set the city administration building in Almaty on fire",
          {"01": "Crowds stormed the city administration building in Almaty",
           "02": "where the city administration was set on fire last Wednesday",
           "03": "the akimat of Almaty was burned down",
           "06": "The burnt city hall in Almaty is hidden behind scaffolding"},
          note="03 calls the attackers 'bandits', 01 'crowds'"),
    claim("csto-request", "Tokayev asked the CSTO for help on the night of 5 January",
          {"01": "he had asked the Collective Security Treaty Organization (CSTO)",
           "02": "who asked for help from the Collective Security Treaty Organization (CSTO) on Wednesday night",
           "06": "The same night he asked the Collective Security Treaty Organization (CSTO) for help"},
          note="04's 'asked ... for troops on the night of 5 January' is in the sentence anchored for csto-troops"),
    claim("masimov-dismissed", "Karim Masimov was removed as head of the KNB on 5 January",
          {"01": "was removed from his post later in the day",
           "02": "had been dismissed by President Kassym-Jomart Tokayev on Wednesday"},
          note="06's 'until 5 January' is in the sentence anchored for masimov-arrest"),
    claim("masimov-arrest", "Karim Masimov was arrested on suspicion of high treason",
          {"02": "had been detained on Thursday on suspicion of high treason",
           "03": "remains under arrest in the matter of high treason",
           "04": "arrested on suspicion of treason",
           "05": "is in the prison of the UQK on the charge of treason to the state",
           "06": "he was detained two days earlier"},
          note="detained 6 January, announced 8 January: 02's 'on Thursday' and 06's 'two days earlier' agree"),
    claim("shoot-to-kill", "Tokayev ordered the security forces to fire without warning",
          {"02": "he had ordered the police and the army to fire without warning",
           "04": "he had instructed his forces to open fire",
           "05": "has given the order to open fire without warning",
           "06": "he announced his order to shoot to kill without warning"},
          note="03 omits the order"),
    claim("terrorists", "Tokayev described the protesters as terrorists",
          {"02": "describing the unrest as an attack by",
           "04": "He called the protesters terrorists",
           "06": "Tokayev first spoke of"},
          note="the framing is adopted by 03 ('the counter-terrorist operation', 'bandits') and rejected by 05 ('The "
               "word «terrorist» is now put on anybody'): framing, not a contradiction"),
    claim("twenty-thousand", "Tokayev put the number of attackers in Almaty at 20,000",
          {"02": "He put the number of attackers in Almaty at",
           "05": "numbering, according to him, 20 thousand"},
          note="04's '20,000 in Almaty alone' is in the sentence anchored for terrorists"),
    claim("toll-164", "A first toll of 164 dead was reported on state television on 9 January and then withdrawn",
          {"02": "164 people had been killed across the country",
           "04": "larger than the 164 that state television reported last Sunday"},
          note="06's 164 is in the sentence anchored for toll-225; 164 and 225 are two tolls at two dates, not a "
               "contradiction"),
    claim("toll-225", "The prosecutor general's office put the toll at 225 dead, including 19 members of the security "
                      "forces",
          {"04": "225, the prosecutor general's office said, among them 19 police officers and soldiers",
           "05": "225 people have died, 19 of them the workers of the law enforcement bodies",
           "06": "the prosecutor general's office gave 225 on 15 January"},
          note="01's 'eight police officers and national guardsmen' killed is an early figure of 5 January"),
    claim("smailov-pm", "Alikhan Smailov was approved as prime minister on Tuesday 11 January",
          {"03": "the deputies have unanimously approved as Prime-minister Alikhan Smailov",
           "04": "The new prime minister, Alikhan Smailov, was approved on Tuesday",
           "06": "Alikhan Smailov was approved as prime minister"},
          note="01's 'acting head of government' (5 January) is the earlier, interim appointment"),
    claim("withdrawal-begins", "The CSTO troops began to withdraw on 13 January",
          {"03": "In Almaty today has begun the withdrawal",
           "04": "The troops began leaving on Thursday"},
          note="06's 'with the withdrawal beginning on 13 January' is in the sentence anchored for csto-troops"),
    claim("withdrawal-ends", "The last CSTO troops left on 19 January",
          {"03": "The last airplanes are expected on 19 January",
           "05": "Yesterday the last airplane with the soldiers"},
          note="03 forecasts, 05 reports; same date"),
    claim("rich-layer", "Tokayev said Nazarbayev's era had created a layer of very rich people who should pay into a "
                        "fund",
          {"03": "has appeared «a layer of rich people",
           "04": "had created \"a layer of very rich people\"",
           "06": "a fund for the \"very rich\" to pay into"}),
    claim("putin-colour", "Putin told the CSTO summit that colour revolutions would not be allowed",
          {"03": "We will not allow to rock the situation",
           "06": "would not allow \"colour revolutions\""}),
    claim("nazarbayev-video", "Nazarbayev appeared in a video message saying he was a pensioner and that there was no "
                              "conflict with Tokayev",
          {"05": "appeared for the first time since the events in a video address",
           "06": "the former president himself appeared in a video message"},
          note="04's 'push out the old man' and 06's 'a receipt' against Nazarbayev's 'no conflict': framing"),
    claim("abish-removed", "Samat Abish, Nazarbayev's nephew, lost his post as first deputy chairman of the KNB",
          {"05": "was released from the post of the first deputy chairman",
           "06": "lost his post too"},
          note="02 (10 January) says he 'is still in his post': true at that date, not a contradiction"),
    claim("zhanaozen-2011", "Police shot striking oil workers in Zhanaozen in December 2011",
          {"01": "In December 2011 police opened fire on striking oil workers",
           "04": "After the shooting of oil workers in Zhanaozen in December 2011",
           "05": "In 2011 they shot at our fathers here"}),
]
dump('claims.json', {
    "about": "Checkable claims made by two or more sources on corpus-aj/articles: short text, the documents asserting "
             "it (with an anchor: words of the asserting sentence in each document's cleaned text), and any "
             "contradiction (documents that disagree, aspect, detail). Only one contradiction is intended: the size "
             "of the CSTO force, 'The 3 000 soldiers' in 05 (an error made on purpose) against '2 030 servicemen' in "
             "03 and 'some 2,030' in 04 and 06. Not contradictions (traps): the two tolls, 164 (reported on 9 "
             "January and withdrawn: 02, 04, 06) and 225 (15 January: 04, 05, 06), a revision; 01's 'eight police "
             "officers and national guardsmen' killed (5 January) against '19' (04, 05, later); 02's 5,800 detained "
             "(9 January) against 05's 'About ten thousand' (later); 03's '250 units of military technique' "
             "(equipment) against 2,030 troops; 120 tenge (the doubled price) against 50 tenge (the promised and "
             "restored price, 01, 05); Smailov as acting head of government (01, 5 January) and as approved prime "
             "minister (03, 04, 06, 11 January); Masimov dismissed (5 January), detained (6 January) and the arrest "
             "announced (8 January); the withdrawal announced 'in two days' (03, 11 January), begun (13 January) and "
             "ended (19 January); 02's Abish 'still in his post' (10 January) against his removal on 17 January (05, "
             "06); 02's CSTO troops guarding 'not the streets' against 04's 'the Kremlin wants us to admire its "
             "punctuality'; 04's 'nearly three years' as president; Nazarbayev's 'no conflict' (05, 06) against "
             "04's 'push out the old man'; 03's 'Peaceful people were not among them' against 05's 'not one window "
             "was broken' (different towns and framings); 03's 'For the first time in thirty years' against 04's "
             "'the first time the alliance had ever been deployed in this way'; 01's 'ten years' and 02's "
             "'Zhanaozen, ten years after' (2011, 2021-2022). Framing differs on purpose (01 neutral wire, the day "
             "itself; 02 Almaty English-language regional site, residents' anger; 03 pro-Moscow Russian outlet, "
             "machine-translated: 'peacekeepers', 'counter-terrorist operation', 'bandits', 'terrorist groups', omits "
             "the shoot-to-kill order and the tolls; 04 British conservative weekly hostile to Moscow and to Tokayev: "
             "'the regime', 'purge', 'Moscow collects its fee'; 05 Kazakh independent outlet sympathetic to the "
             "protesters, machine-translated: 'the blood of Qantar', 'peacefully', omits the CSTO's role in guarding "
             "sites; 06 analysis) without contradicting. One sentence anchors one claim: facts that several sources "
             "state only inside a sentence anchored for another claim are not keyed (01's lead: the resignation, the "
             "state of emergency and the start in Zhanaozen; 06's sequence sentences), and a sentence joining several "
             "keyed facts is anchored for one of them only (see each claim's note). single_source lists claims only "
             "one document makes, for reference.",
    "claims": claims,
    "single_source": [
        {"doc": "01", "text": "The interior ministry said eight police officers and national guardsmen had been killed and 317 injured"},
        {"doc": "01", "text": "Peskov said Moscow expected Kazakhstan to settle its problems itself"},
        {"doc": "01", "text": "Protesters in Taldykorgan pulled down a statue of Nazarbayev"},
        {"doc": "01", "text": "Almaty's airport was taken over by protesters on the evening of 5 January"},
        {"doc": "02", "text": "The Akorda said on 9 January that 5,800 people had been detained"},
        {"doc": "02", "text": "Pashinyan announced a collective peacekeeping force for a limited period"},
        {"doc": "02", "text": "Blinken questioned why Kazakhstan needed outside help"},
        {"doc": "03", "text": "The CSTO contingent was commanded by Colonel-General Andrei Serdyukov"},
        {"doc": "03", "text": "Tokayev called the events an attempted coup d'état at the CSTO summit"},
        {"doc": "04", "text": "Dariga Nazarbayeva has not been heard from"},
        {"doc": "05", "text": "About ten thousand people were detained"},
        {"doc": "05", "text": "Rights defenders say detainees were beaten in police stations"},
        {"doc": "05", "text": "The LPG price was returned to 50 tenge"},
    ],
})
print('keys written')
