"""Writes the answer keys of corpus-ah (the attempted assassination of Slovakia's Prime Minister Robert Fico in
Handlová on Wednesday 15 May 2024, the two operations in Banská Bystrica, the charge and custody of Juraj Cintula,
the quarrel over blame, Fico's transfer to Bratislava on 30 May and his first video message on 5 June) into keys/.

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
FIC, KAL, TAR, SE, CIN = "Robert Fico", "Robert Kaliňák", "Tomáš Taraba", "Matúš Šutaj Eštok", "Juraj Cintula"
CAP, PEL, MSI, MMS = "Zuzana Čaputová", "Peter Pellegrini", "Michal Šimečka", "Martin M. Šimečka"
KUC, KUS, LAP = "Ján Kuciak", "Martina Kušnírová", "Miriam Lapuníková"
BIE, LIP, VLC = "Marek Bielik", "Hana Lipták", "Tereza Vlčková"
SMER, PS, STS, NAKA, SIS, GOV = "Smer-SD", "Progressive Slovakia", "Specialised Criminal Court", \
    "National Criminal Agency", "Slovak Information Service", "Government Office"
HOSP = "F. D. Roosevelt University Hospital"

# ---------------------------------------------------------------------------------------------- entities
ents = [
    (FIC, P, ["Robert Fico", "Fico", "Mr Fico", "Fica"]),
    (KAL, P, ["Robert Kaliňák", "Kaliňák", "Mr. Kaliňák", "Robert Kalinak", "Mr Kalinak"]),
    (TAR, P, ["Tomáš Taraba", "Taraba"]),
    (SE, P, ["Matúš Šutaj Eštok", "Šutaj Eštok", "Mr. Eštok", "Mr Eštok", "Matus Sutaj Estok"]),
    (CIN, P, ["Juraj Cintula", "Cintula", "Mr Cintulla", "Mr Cintola"]),
    (CAP, P, ["Zuzana Čaputová", "Zuzana Caputova"]),
    (PEL, P, ["Peter Pellegrini", "Pellegrini"]),
    (MSI, P, ["Michal Šimečka", "Šimečka"]),
    (MMS, P, ["Martin M. Šimečka"]),
    (KUC, P, ["Ján Kuciak"]),
    (KUS, P, ["Martina Kušnírová"]),
    (LAP, P, ["Miriam Lapuníková"]),
    (BIE, P, ["Marek Bielik"]),
    (LIP, P, ["Hana Lipták"]),
    (VLC, P, ["Tereza Vlčková"]),
    ("Petr Fiala", P, ["Petr Fiala", "Fiala"]),
    ("Petr Pavel", P, ["Petr Pavel"]),
    ("Radek Hruška", P, ["Radek Hruška"]),

    (SMER, O, ["Smer-SD", "Smer – sociálna demokracia", "Smer"]),
    (PS, O, ["Progressive Slovakia", "PS", "Progresívne Slovensko"]),
    (STS, O, ["Specialised Criminal Court", "ŠTS"]),
    (NAKA, O, ["National Criminal Agency", "NAKA"]),
    (SIS, O, ["Slovak Information Service", "SIS"]),
    (GOV, O, ["Government Office"]),
    (HOSP, O, ["F. D. Roosevelt University Hospital", "Faculty hospital of F. D. Roosevelt"]),
    ("European Parliament", O, ["European Parliament"]),
    ("European Union", O, ["European Union"]),
    ("Institute for Central European Policy", O, ["Institute for Central European Policy", "ICEP"]),
    ("Bratislava Forum for Open Society", O, ["Bratislava Forum for Open Society"]),
    ("Central European Media Watch", O, ["Central European Media Watch"]),
    ("Security Information Service", O, ["Security Information Service", "BIS"]),
    ("Institute for Central European Analyses", O, ["Institute for Central European Analyses", "ÚSEA"]),
    ("Hlas", O, ["Hlas"]),
    ("SNS", O, ["SNS"]),

    ("Ridgeline", MD, ["Ridgeline"]),

    ("Slovakia", G, ["Slovakia"]),
    ("Handlová", G, ["Handlová"]),
    ("Banská Bystrica", G, ["Banská Bystrica"]),
    ("Bratislava", G, ["Bratislava"]),
    ("Levice", G, ["Levice"]),
    ("Pezinok", G, ["Pezinok"]),
    ("Veľká Mača", G, ["Veľká Mača"]),
    ("Ukraine", G, ["Ukraine"]),
    ("Prague", G, ["Prague"]),
    ("Brussels", G, ["Brussels"]),
    ("Czech Republic", G, ["Czech Republic"]),
    ("Brno", G, ["Brno"]),
    ("Russia", G, ["Russia"]),

    ("House of Culture", L, ["House of Culture"]),
    ("Presidential Palace", L, ["Presidential Palace"]),
]

descriptions = [
    (FIC, ["the premier", "the prime minister"]),
    (CIN, ["the 71-year-old", "the accused", "the suspect", "the attacker", "the gunman"]),
    (MSI, ["the opposition leader"]),
    (KAL, ["the defence minister"]),
    (SE, ["the interior minister"]),
    (CAP, ["the outgoing president", "the head of state"]),
    (PEL, ["the elected president", "the new president", "her successor"]),
    (PS, ["the largest opposition party"]),
    ("Slovakia", ["Bratislava"]),
    ("European Union", ["Brussels"]),
    ("Czech Republic", ["Prague"]),
]

roles = [
    (FIC, ["Prime Minister", "The premier"]),
    (KAL, ["Defence Minister", "a deputy prime minister", "the vice-premier and minister of defence",
           "the defence minister", "his deputy"]),
    (TAR, ["Deputy Prime Minister", "the vice-premier"]),
    (SE, ["Interior Minister", "The minister of interior", "the interior minister"]),
    (CAP, ["President", "The president of the republic", "the outgoing president"]),
    (PEL, ["President-elect", "the elected president", "The new president"]),
    (MSI, ["The leader of the opposition Progressive Slovakia", "the leader of Progressive Slovakia",
           "The leader of the opposition movement Progresívne Slovensko"]),
    (MMS, ["the journalist", "the essayist and former editor"]),
    (KUC, ["the investigative journalist"]),
    (LAP, ["The director of the hospital"]),
    (BIE, ["a political scientist at the Institute for Central European Policy"]),
    (LIP, ["a fellow at the Bratislava Forum for Open Society"]),
    (VLC, ["a researcher at the Central European Media Watch"]),
    ("Petr Fiala", ["The premier Petr Fiala"]),
    ("Petr Pavel", ["The president Petr Pavel"]),
    ("Radek Hruška", ["the political scientist Radek Hruška"]),
]

must_not_merge = [
    [FIC, KAL],
    [MSI, MMS],
    [CAP, PEL],
    [KUC, KUS],
    [KUC, CIN],
    ["Petr Fiala", "Petr Pavel"],
    ["Petr Pavel", PEL],
    [FIC, "Petr Fiala"],
]

dump('entities.json', {
    "about": "Answer key for entity resolution on corpus-ah/articles (the attempted assassination of Slovakia's Prime "
             "Minister Robert Fico in Handlová on Wednesday 15 May 2024 and its aftermath to 6 June), written from "
             "reading the articles. Same conventions as corpus-c..q: canonical name (a form that occurs in the texts), "
             "type, and every surface form that names the entity in the cleaned texts (headlines, standfirsts, captions, "
             "bylines, the dateline 'HANDLOVA, Slovakia (Central European Wire) -', related links, share bars and other "
             "boilerplate excluded). Title+surname forms ('Mr Fico', 'Mr. Kaliňák', 'Mr Kalinak', 'Mr. Eštok', 'Mr "
             "Eštok', 'Mr Cintulla', 'Mr Cintola') are keyed as aliases; 06's 'the attack on Fica' keeps the Czech "
             "genitive of Fico's name and 'Fica' is keyed as his alias. Defects on purpose: the defence minister is "
             "'Robert Kaliňák' / 'Kaliňák' / 'Mr. Kaliňák' (01, 02, 03) and, with the diacritics dropped, 'Robert "
             "Kalinak' / 'Mr Kalinak' (04, 05); the interior minister is 'Matúš Šutaj Eštok' (01, 02, 03, 05), 'Mr. "
             "Eštok' (03) and 'Mr Eštok' (05) with the second half of his double surname only, and 'Matus Sutaj Estok' "
             "(04, ASCII); the president is 'Zuzana Čaputová' (01, 02, 03, 05) and 'Zuzana Caputova' (04); the suspect "
             "is 'Juraj Cintula' / 'Cintula' and, in one article with two misspellings next to the right form, 'Mr "
             "Cintulla' and 'Mr Cintola' (04). Two Roberts who must not merge: Robert Fico and Robert Kaliňák (02's "
             "first sentence has both: 'Prime Minister Robert Fico ... his deputy Robert Kaliňák'). Two Šimečkas who "
             "must not merge: the opposition leader Michal Šimečka (01-05; the bare 'Šimečka' of 03 '„...“ has "
             "declared Šimečka' is Michal) and his father, the journalist Martin M. Šimečka (02, 05). Two presidents, "
             "the outgoing Čaputová and the president-elect Pellegrini, stay apart; so do the murdered journalist Ján "
             "Kuciak and his fiancée Martina Kušnírová, and Kuciak and the suspect Cintula (two shootings). Three "
             "Pet(e)rs in 06: the Czech premier Petr Fiala, the Czech president Petr Pavel and the Slovak "
             "president-elect Peter Pellegrini, who must not merge; nor must the two premiers, Fico and Fiala: 06's "
             "'The premier Petr Fiala' is Fiala's title, while 'the premier' alone is Fico (03, 06), and 06's 'the head "
             "of the state' is Pavel once ('has declared the head of the state on Friday') and Čaputová once ('the head "
             "of the state remains Zuzana Čaputová'), so it is not keyed. Acronyms "
             "and foreign forms: 'Progressive Slovakia (PS)' (01, 02) and the Slovak 'Progresívne Slovensko' (03); "
             "Fico's party 'Smer-SD' (01, 02), 'Smer – sociálna demokracia' (03, untranslated) and 'Smer' (04, 05); "
             "'the National Criminal Agency (NAKA)' (03, the Slovak acronym of the Národná kriminálna agentúra); 'the "
             "Slovak Information Service (SIS)' (03); 'the Specialised Criminal Court' (02) and 'The Specialised "
             "Criminal Court (ŠTS)' (03, the Slovak acronym); the Czech 'Security Information Service (BIS)' and "
             "'Institute for Central European Analyses (ÚSEA)' (06, Czech acronyms); the Slovak coalition 'Smer, Hlas "
             "and SNS' (06); 'the Institute for Central European Policy (ICEP)' (02); "
             "the hospital is 'the F. D. Roosevelt University Hospital' (01, 05) and the calque 'the Faculty hospital "
             "of F. D. Roosevelt' (03). Capitals for governments: 'Bratislava' stands for the Slovak government in 04 "
             "('which Bratislava is expected to push through parliament') and is keyed as a description of Slovakia "
             "as well as the city's alias (the city in 01 'north-east of Bratislava', 02 'moved to Bratislava', 'in "
             "Bratislava', 03 'transported to Bratislava', 04 'his flat in Bratislava', 05 'flown to Bratislava'); "
             "'Brussels' (04 'Brussels condemned the attack') stands for the European Union and is keyed as a "
             "description of it and as the city's alias; in 06 'Prague has offered to Bratislava every help' has both "
             "capitals for their governments ('Prague' keyed as a description of the Czech Republic and the city's "
             "alias; 'Bratislava' as above), while 06's 'has sent to Bratislava his wishes' is the government too and "
             "the byline's 'Prague' is boilerplate. 'Ridgeline' (05 'told The Ridgeline', 'When The Ridgeline "
             "visited') is the outlet. 'House of Culture' (01, 03, 05) and 'Presidential Palace' (03) are places. "
             "Descriptions: 'the premier' (03, many times) and 'the prime minister' (01, 02, 04, 05) for Fico; 'the "
             "71-year-old' (02; 01's 'A 71-year-old man' and 04's 'a 71-year-old poet' contain it), 'the accused' (03), "
             "'the suspect' (01, 02, 04, 05), 'the attacker' (01, 03) and 'the gunman' (02, 04) for Cintula; 'the "
             "opposition leader' (02, 05) for Michal Šimečka; 'the defence minister' (04, 05) for Kaliňák; 'the "
             "interior minister' (04, 05) for Šutaj Eštok; 'the outgoing president' (02, 04) and 'the head of state' "
             "(03) for Čaputová; 'the elected president' (03), 'The new president' (05) and 'her successor' (02) for "
             "Pellegrini; 'the largest opposition party' (02) for Progressive Slovakia; 'Bratislava' for Slovakia and "
             "'Brussels' for the European Union (above). Not keyed: adjectives and demonyms (Slovak, Slovaks, "
             "European as in 'the European election'), the unnamed police, prosecutors, investigators, doctors, the "
             "son, the pensioner, the court's spokeswoman, 'the prime minister's office' (05, lower-case; the "
             "'Government Office' of 03 is keyed), the government's protection unit, parliament (lower-case), the "
             "public broadcaster. roles: roles stated in an apposition or title, for information.",
    "entities": [{"name": n, "type": t, "aliases": a} for n, t, a in ents],
    "must_not_merge": must_not_merge,
    "descriptions": [{"entity": e, "descriptions": d} for e, d in descriptions],
    "roles": [{"entity": e, "roles": r} for e, r in roles],
})

# ---------------------------------------------------------------------------------------------- dates
dates = [
    # 01: published Thursday 2024-05-16 (JSON field 2024-05-16T06:30:00Z, 08:30 in Bratislava), written the night of the 15th
    ["01", "Wednesday", "2024-05-15"],
    ["01", "five hours", "PT5H"],
    ["01", "April", "2024-04"],
    ["01", "next month", "2024-06"],
    ["01", "15 June", "2024-06-15"],
    ["01", "8 June", "2024-06-08"],
    ["01", "last year", "2023"],
    ["01", "30 September", "2023-09-30"],
    ["01", "March 2018", "2018-03"],
    ["01", "1989", "1989"],
    # 02: published Monday 2024-05-20 (meta and JSON-LD only)
    ["02", "Sunday", "2024-05-19"],
    ["02", "four days", "P4D"],
    ["02", "Friday", "2024-05-17"],
    ["02", "two hours", "PT2H"],
    ["02", "the same day", "2024-05-17"],
    ["02", "five hours", "PT5H"],
    ["02", "Saturday", "2024-05-18"],
    ["02", "Wednesday", "2024-05-15"],
    ["02", "Sunday", "2024-05-19"],
    ["02", "the day after", "2024-05-16"],
    ["02", "Thursday", "2024-05-16"],
    ["02", "15 June", "2024-06-15"],
    ["02", "1993", "1993"],
    ["02", "February 2018", "2018-02"],
    # 03: published Friday 2024-05-17 (visible date line '17. 5. 2024 | 07:45')
    ["03", "Thursday", "2024-05-16"],
    ["03", "Wednesday the 15th", "2024-05-15"],
    ["03", "five hours", "PT5H"],
    ["03", "2016", "2016"],
    ["03", "Thursday", "2024-05-16"],
    ["03", "25 years", "P25Y"],
    ["03", "15. mája", "2024-05-15"],
    # 04: published Thursday 2024-06-06, no date line
    ["04", "yesterday", "2024-06-05"],
    ["04", "three weeks", "P3W"],
    ["04", "last Thursday", "2024-05-30"],
    ["04", "25 years", "P25Y"],
    ["04", "15 to 30 May", "2024-05-15/2024-05-30"],
    ["04", "2018", "2018"],
    ["04", "21 February", "2018-02-21"],
    ["04", "March 2018", "2018-03"],
    ["04", "Six years", "P6Y"],
    ["04", "2018", "2018"],
    ["04", "next week", "2024-06-10/2024-06-16"],
    ["04", "15 June", "2024-06-15"],
    ["04", "this month", "2024-06"],
    ["04", "Saturday", "2024-06-08"],
    ["04", "the end of June", "2024-06"],
    ["04", "July", "2024-07"],
    # 05: published Friday 2024-05-31, no date line
    ["05", "yesterday", "2024-05-30"],
    ["05", "15 days", "P15D"],
    ["05", "two weeks", "P2W"],
    ["05", "15 May", "2024-05-15"],
    ["05", "five hours", "PT5H"],
    ["05", "Two days later", "2024-05-17"],
    ["05", "earlier this month", "2024-05"],
    ["05", "2018", "2018"],
    ["05", "21 February", "2018-02-21"],
    ["05", "six years", "P6Y"],
    ["05", "last week", "2024-05-20/2024-05-26"],
    ["05", "two weeks", "P2W"],
    ["05", "next Saturday", "2024-06-08"],
    # 06: published Thursday 2024-05-23 (visible date line 'Published 23 May 2024 – 18:20')
    ["06", "eight days", "P8D"],
    ["06", "the day before yesterday", "2024-05-21"],
    ["06", "last Saturday", "2024-05-18"],
    ["06", "Friday", "2024-05-17"],
    ["06", "March", "2024-03"],
    ["06", "2018", "2018"],
    ["06", "Today", "2024-05-23"],
    ["06", "15 June", "2024-06-15"],
]
dump('dates.json', {
    "about": "Answer key for date normalisation on corpus-ah/articles, same conventions as corpus-c..q: document id "
             "prefix, the expression as written (the first occurrence not yet matched, in text order; a system "
             "expression that contains the key text matches, so 'Wednesday' in 01 also matches 'on Wednesday', 'five "
             "hours' 'for about five hours' and 'some five hours', 'Sunday' 'on Sunday', 'the day after' 'the day after "
             "the shooting', 'Wednesday the 15th' 'on Wednesday the 15th', '15. mája' 'on 15. mája', 'the end of June' "
             "'by the end of June', 'two weeks' 'those two weeks' and 'in two weeks', 'July' 'in July'), its absolute "
             "value. Weeks run Monday to Sunday. Dates are Bratislava local dates (UTC+2). The date line '17. 5. 2024 | "
             "07:45' (03, day before month), the dateline of 01, captions, headlines, standfirsts ('Two weeks later' in "
             "05's), related links and 04's duplicated lead are not keyed. Clock times and parts of days ('in the "
             "evening', 'shortly after 14.30', 'on the afternoon of the attack', 'moments later', 'Within hours', "
             "'within seconds', 'the next hours', 'the next days', 'in the following days', 'for the time being') are "
             "not keyed. Vague, recurring or anaphoric expressions ('for years', 'several more weeks', 'months' in "
             "'the recovery will take months', 'That year' in 04 (2018, anaphoric), 'that year' in 05, 'the day "
             "itself', 'since the attack', 'since it took office', 'daily') are not keyed; nor are adjectival spans "
             "('The 14-minute address'), ages ('A 71-year-old man', 'The 71-year-old', 'the 71-year-old Juraj "
             "Cintula', 'a 71-year-old poet', 'Fico, 59', '59 years old'), counts and measures ('five shots', 'five "
             "times', 'five bullets', 'four shots', 'some 16,000 people', 'about 150 kilometres', 'a fourth term', 'a "
             "second operation', 'tens of thousands', 'two young people', 'the two shootings'). Relative dates: 01 "
             "(written the night of Wednesday 15 May) 'on Wednesday' 15 May, 'the vote in April' April 2024 (the "
             "presidential run-off), 'next month' June 2024 (Čaputová leaves office), 'on 15 June' and 'of 8 June' "
             "(yearless, 2024), 'last year' 2023, 'of 30 September' (yearless, 2023 by 'last year'), 'in March 2018', "
             "'since 1989'. 02 (Monday 20 May): 'on Sunday' twice 19 May (Kaliňák's update; Šutaj Eštok's statement), "
             "'four days' a span (Sunday is four days after the Wednesday shooting), 'on Friday' 17 May (the second "
             "operation), 'about two hours' a span, 'the same day' 17 May (the remand request, the day of the second "
             "operation), 'some five hours' a span, 'On Saturday' 18 May (the custody ruling), 'on Wednesday' 15 May, "
             "'the day after the shooting' 16 May, 'On Thursday' 16 May (the joint appeal), 'on 15 June', 'in 1993', "
             "'in February 2018'. 03 (Friday 17 May, 07:45): 'on Thursday' twice 16 May (the charge; the presidents' "
             "meeting), 'on Wednesday the 15th' 15 May (a day-only date with its weekday), 'for five hours' a span, 'In "
             "2016', '25 years' a span (the sentence the crime carries), 'on 15. mája' 15 May (the Slovak month name "
             "left untranslated). 04 (Thursday 6 June, no date line): 'yesterday' 5 June (the video message), 'three "
             "weeks' a span, 'last Thursday' 30 May (the transfer to Bratislava), '25 years' a span, 'from 15 to 30 "
             "May' a range (yearless, 2024), 'The parallel with 2018' 2018, 'on 21 February' 2018-02-21 (yearless; the "
             "year is 'That year', 2018), 'in March 2018', 'Six years on' a span, '2018' in Lipták's quotation, 'next "
             "week' 10-16 June (Čaputová's term ends on 15 June), 'on 15 June', 'this month' June 2024, 'on Saturday' "
             "8 June (the European election, coming), 'by the end of June or in July' keyed twice ('the end of June' "
             "June 2024, 'July' July 2024). 05 (Friday 31 May, no date line): 'yesterday' 30 May (the transfer), '15 "
             "days' a span, 'those two weeks' a span, 'On 15 May', 'about five hours' a span, 'Two days later' 17 May "
             "(the second operation), 'earlier this month' May 2024, 'the protests of 2018', 'on 21 February that "
             "year' 2018-02-21, 'six years apart' a span, 'last week' 20-26 May (the reporter's visit), 'in two weeks' "
             "keyed as a span (Pellegrini takes office on 15 June), 'next Saturday' 8 June. Publication dates used: "
             "06 (Thursday 23 May, 18:20): 'eight days after the attack' a span, 'the day before yesterday' 21 May "
             "(Kaliňák's statement), 'last Saturday' 18 May (the custody ruling), 'on Friday' 17 May (Pavel), 'in "
             "March' March 2024 (the suspended joint sessions), 'In 2018' and 'Today' (23 May) inside Hruška's "
             "quotation, 'on 15 June'; 'on the evening of the attack', 'from the first minute' and 'Until then' are "
             "not keyed. Publication dates used: "
             "01 2024-05-16, 02 2024-05-20, 03 2024-05-17, 04 2024-06-06, 05 2024-05-31, 06 2024-05-23 (see "
             "publication.json).",
    "dates": dates,
})

# ---------------------------------------------------------------------------------------------- publication
dump('publication.json', {
    "about": "True publication date of each document (the one the author had in mind) and whether the input states it "
             "(metadata, JSON field or a visible date line). window: the span a careful reader can prove from the text "
             "alone (plus event dates the other articles give); the engine's published.earliest..latest should contain "
             "'date'.",
    "published": [
        {"doc": "01", "date": "2024-05-16", "stated": True,
         "how": "JSONL published field 2024-05-16T06:30:00Z (08:30 in Bratislava); the shooting 'on Wednesday' is "
                "past, the presidential election 'in April' too, Pellegrini 'takes office on 15 June'",
         "window": ["2024-05-16", "2024-05-16"]},
        {"doc": "02", "date": "2024-05-20", "stated": True,
         "how": "meta article:published_time and JSON-LD datePublished 2024-05-20T07:30:00+02:00 (no visible date; "
                "Kaliňák spoke 'on Sunday', 'four days after' the Wednesday shooting)",
         "window": ["2024-05-20", "2024-05-20"]},
        {"doc": "03", "date": "2024-05-17", "stated": True,
         "how": "visible date line '17. 5. 2024 | 07:45' (day. month. year); the charge 'on Thursday' is past and the "
                "court 'will decide about the custody ... in the following days' (18 May per 02)",
         "window": ["2024-05-17", "2024-05-17"]},
        {"doc": "04", "date": "2024-06-06", "stated": False,
         "how": "none: Fico's video message came 'yesterday', 'three weeks after' the shooting of 15 May (per 01, 03, "
                "05), so on 5 June; the transfer to Bratislava was 'last Thursday' (30 May per 05's 'yesterday'); the "
                "European election is 'on Saturday' (8 June per 01) and Čaputová's term 'ends next week' (15 June per "
                "01, 02): Thursday 6 June (5-7 June if 'three weeks' is taken loosely)",
         "window": ["2024-06-05", "2024-06-07"]},
        {"doc": "05", "date": "2024-05-31", "stated": False,
         "how": "none: Fico left hospital 'yesterday', '15 days after' the shooting of '15 May', so on 30 May; the "
                "shooting was 'earlier this month' (May) and the European election is 'next Saturday' (8 June per 01): "
                "Friday 31 May",
         "window": ["2024-05-31", "2024-05-31"]},
        {"doc": "06", "date": "2024-05-23", "stated": True,
         "how": "visible date line 'Published 23 May 2024 – 18:20'; 'eight days after the attack' (15 May) agrees",
         "window": ["2024-05-23", "2024-05-23"]},
    ],
})

# ---------------------------------------------------------------------------------------------- timeline
ev = []
event = recorder(ev)

event("Robert Fico is shot several times outside the House of Culture in Handlová after an away government meeting",
      "2024-05-15", ["01", "02", "03", "04", "05", "06"],
      ["shot", "shoot", "fire", "attack", "assassination", "gunman", "bullets", "handlová"],
      note="01 'on Wednesday'; 02 'four days after the gunman's bullets hit him' (from 'on Sunday', 19 May) and 'on "
           "Wednesday'; 03 'on Wednesday the 15th'; 04 'three weeks after five bullets were fired at him' (from "
           "'yesterday', 5 June); 05 'On 15 May'; 06 'eight days after the attack in Handlová' (from the date line, 23 May); the suspect's arrest at the scene is folded in; must stay apart "
           "from the murder of Kuciak and Kušnírová of 21 February 2018 (the other shooting)")
event("Surgeons in Banská Bystrica operate on Fico for about five hours (first operation)", "2024-05-15",
      ["01", "02", "03", "05"],
      ["operat", "surgeon", "surgery", "five hours"],
      note="the first of the two operations; 02 'on the afternoon of the attack'; 03 'operated him for five hours' "
           "after the helicopter transfer of the 15th and Taraba's 'on 15. mája ... the operation ended well'; the "
           "helicopter flight is folded in; a separate event from the shooting of the same day")
event("Juraj Cintula is charged with premeditated attempted murder", "2024-05-16", ["03"],
      ["charge", "accused", "attempt", "premeditated", "naka"],
      note="03 'on Thursday'; 02 and 04 say he 'has been charged' without a date")
event("Čaputová and Pellegrini make a joint appeal for calm and ask the parties to limit campaigning", "2024-05-16",
      ["02", "03"],
      ["appeal", "joint", "called on", "campaign", "presidential palace", "calm", "restraint"],
      note="02 'On Thursday'; 03 'have on Thursday met at the Presidential Palace'")
event("Fico undergoes a second operation, of about two hours, to remove dead tissue", "2024-05-17", ["02", "05"],
      ["second operation", "operat", "dead tissue", "two hours"],
      note="the second of the two operations, must stay apart from the first of 15 May; 02 'on Friday'; 05 'Two days "
           "later'; 02's remand request 'the same day' is folded in")
event("A judge of the Specialised Criminal Court in Pezinok orders Cintula held in custody", "2024-05-18", ["02", "06"],
      ["custody", "court", "pezinok", "remand", "judge"],
      note="02 'On Saturday'; 06 'last Saturday'; 03 announces the decision for 'the following days' and is not listed; 04's 'is in "
           "custody' is a state")
event("Fico is moved from the hospital in Banská Bystrica to Bratislava to recover at home", "2024-05-30",
      ["04", "05"],
      ["transfer", "moved", "flown", "left", "bratislava", "home"],
      note="04 'last Thursday'; 05 'yesterday'")
event("Fico's first video message since the shooting: no hatred for the attacker, blame for the opposition",
      "2024-06-05", ["04"],
      ["video", "message", "address", "hatred", "forg"],
      note="04 'yesterday'")
event("Smer-SD wins the parliamentary election and Fico returns to power", "2023-09-30", ["01"],
      ["election", "won", "fourth term", "returned"],
      note="01 'the parliamentary election of 30 September' with 'last year'")
event("The journalist Ján Kuciak and his fiancée Martina Kušnírová are shot dead at their home in Veľká Mača",
      "2018-02-21", ["04", "05"],
      ["kuciak", "kušnírová", "murder", "shot dead", "killing"],
      note="the other shooting, six years earlier: must not merge with the attack on Fico of 15 May 2024; 01's 'the "
           "murder of ... Ján Kuciak' (with the resignation 'in March 2018') and 02's 'in February 2018' give only "
           "the month and are not listed")
dump('timeline.json', {
    "about": "Real-world events the articles report, with date (day), until for multi-day events, the documents that "
             "report each (with a date the reader can resolve), and words by which a system event is recognised "
             "(title, trigger or participant entity ids). Dates are Bratislava local dates. Occurrences of similar "
             "events must stay apart: the two shootings (the attack on Fico in Handlová on 15 May 2024; the murder of "
             "Ján Kuciak and Martina Kušnírová on 21 February 2018); the two operations (about five hours on 15 May; "
             "about two hours on 17 May); the shooting and the first operation of 15 May; the charge (16 May) and the "
             "custody ruling (18 May); the charge and the presidents' joint appeal of 16 May. Not keyed: future, "
             "planned or announced events (Pellegrini's inauguration on 15 June, the European election of 8 June, "
             "Čaputová's departure 'next month' / 'next week', Fico's return to work 'by the end of June or in July', "
             "03's custody decision 'in the following days', the bill on the public broadcaster 'this month'), events "
             "dated only by month, year or range (the presidential election 'in April', Fico's resignation 'in March "
             "2018', the movement founded 'In 2016', Slovak independence 'in 1993', the reporter's visit 'last week', "
             "Kaliňák's bulletins 'from 15 to 30 May'), statements (Taraba's of the evening of 15 May, Kaliňák's and "
             "Šutaj Eštok's of Sunday 19 May, Šimečka's 'the day after the shooting', Lapuníková's, Kaliňák's of "
             "Tuesday 21 May in 06, Pavel's of Friday 17 May), the Czech government's suspension of the joint sessions "
             "'in March' (month only), states (Cintula "
             "in custody, Fico in intensive care) and same-day side events folded into a keyed one (see notes).",
    "events": ev,
})

# ---------------------------------------------------------------------------------------------- quotes
quotes = [
    ["01", "the attacker fired five shots", "indirect", [None]],
    ["01", "the operation had gone well", "indirect", TAR],
    ["01", "I think that in the end he will survive", "direct", TAR],
    ["01", "He is not in a life-threatening situation", "direct", TAR],
    ["01", "The situation is very serious", "direct", KAL],
    ["01", "This was a political assassination attempt", "direct", SE],
    ["01", "He held a licence for the gun", "indirect", [None]],
    ["01", "I am shocked", "direct", CAP],
    ["01", "an unprecedented threat to Slovak democracy", "partial", PEL],
    ["01", "in the strongest possible terms", "partial", MSI],
    ["01", "his party was calling off a protest", "indirect", MSI],

    ["02", "Robert Fico is no longer in immediate danger", "indirect", KAL],
    ["02", "We can all be a little calmer now", "direct", KAL],
    ["02", "the prime minister's condition remained serious", "indirect", KAL],
    ["02", "he disagreed with the government's policies", "indirect", [CIN, None]],
    ["02", "lone wolf", "partial", SE],
    ["02", "investigators were now examining whether", "indirect", SE],
    ["02", "We have information that suggests", "direct", SE],
    ["02", "police would watch social media more closely", "indirect", SE],
    ["02", "the government is using the attack", "indirect", PS],
    ["02", "nobody in this country has the right", "partial", MSI],
    ["02", "Both sides are using the word calm", "direct", BIE],
    ["02", "For the government, calm means", "direct", BIE],
    ["02", "another hateful campaign", "partial", PEL],

    ["03", "The state of the premier is stabilised", "direct", KAL],
    ["03", "but it is still very serious", "direct", KAL],
    ["03", "the premier is not in a state to be transported", "indirect", KAL],
    ["03", "the premier was hit in the abdomen", "indirect", GOV],
    ["03", "the team of doctors did the maximum", "indirect", LAP],
    ["03", "the attacker acted according to the investigation alone", "indirect", SE],
    ["03", "It is about a lone wolf", "direct", SE],
    ["03", "the accused before the act long followed", "indirect", SE],
    ["03", "We want to break the vicious circle", "direct", CAP],
    ["03", "to show that they are able to stop", "partial", PEL],
    ["03", "For the crime of which he is accused", "indirect", [None]],
    ["03", "his party also suspends the campaign", "indirect", MSI],
    ["03", "Now there is no place for the politics", "direct", MSI],
    ["03", "the operation ended well", "indirect", TAR],

    ["04", "he felt no hatred for his attacker", "indirect", FIC],
    ["04", "I feel no hatred towards the unknown man", "direct", FIC],
    ["04", "he would not seek compensation", "indirect", FIC],
    ["04", "He was only the messenger", "direct", FIC],
    ["04", "they may treat the shooting as a terrorist attack", "indirect", [None]],
    ["04", "his father held the pistol legally", "indirect", [None]],
    ["04", "had never been violent", "indirect", [None]],
    ["04", "it is overdue", "indirect", KAL],
    ["04", "He is inviting the country to remember 2018", "direct", LIP],
    ["04", "That is the dangerous part", "direct", LIP],
    ["04", "the opposition had been wrong-footed", "indirect", LIP],
    ["04", "the president of calm", "partial", PEL],
    ["04", "by the end of June or in July", "partial", FIC],
    ["04", "the recovery will take months", "indirect", [None]],

    ["05", "he would need several more weeks of treatment", "indirect", [None, GOV]],
    ["05", "the liberal media and the opposition", "partial", KAL],
    ["05", "he might not have acted alone", "indirect", SE],
    ["05", "We condemned it immediately", "direct", MSI],
    ["05", "What we will not accept", "direct", MSI],
    ["05", "the job of an opposition in a democracy", "partial", MSI],
    ["05", "It is the old method", "direct", VLC],
    ["05", "You do not argue with the critic", "direct", VLC],
    ["05", "the attacks have spread to journalists", "indirect", VLC],
    ["05", "People here voted for him", "direct", [None]],
    ["05", "Nobody here wanted anybody shot", "direct", [None]],
    ["05", "her greatest worry is that Slovaks", "indirect", CAP],

    ["06", "The Slovak premier Robert Fico is conscious", "indirect", KAL],
    ["06", "The premier is speaking", "direct", KAL],
    ["06", "Every day is a small victory", "direct", KAL],
    ["06", "he did not want to kill the premier", "indirect", CIN],
    ["06", "a shocking act, for which there is no justification", "partial", "Petr Fiala"],
    ["06", "Words have consequences", "direct", "Petr Pavel"],
    ["06", "has not registered any concrete threat", "indirect", [None, "Security Information Service"]],
    ["06", "his party condemned the attack from the first minute", "indirect", MSI],
    ["06", "the co-responsible ones", "partial", [None]],
    ["06", "Slovakia has a chance to stop", "direct", "Radek Hruška"],
    ["06", "In 2018, after the murder of Kuciak", "direct", "Radek Hruška"],
]
dump('quotes.json', {
    "about": "Answer key for quotations on corpus-ah/articles, same conventions as corpus-c..q: document id prefix, the "
             "first words of the quoted or reported content, kind, and the speaker's canonical name (null: the text "
             "does not name one; a list: any of these is right, and a list containing null also accepts no speaker). "
             "A quote interrupted by its attribution (03 Kaliňák's '„The state of the premier is stabilised,“ has "
             "declared before the hospital the vice-premier and minister of defence Robert Kaliňák, „but it is still "
             "very serious ...“'; 04's reported 'Mr Cintola, he said, had never been violent', the son's) or continued "
             "without one (01 Taraba's second sentence, 02 Bielik's second and third sentences, 04 Fico's 'Then he "
             "said:' quotation after two reported clauses, 04 Lipták's 'That is the dangerous part', 05 Šimečka's "
             "second sentence, 05 Vlčková's second sentence, 05 the pensioner's second sentence) is keyed once per "
             "piece; 06's lead ('The Slovak premier Robert Fico is conscious ...') is reported speech attributed by the "
             "next sentence ('This has declared the vice-premier Robert Kaliňák'), followed by '»...,« has said "
             "Kaliňák' and an unattributed second »...«; 06's Hruška quotation is one »...« block of three sentences "
             "after 'says the political scientist Radek Hruška' (keyed at its first two pieces). Czech-style »...« "
             "quotes in 06. 06 also has: Cintula's statement to investigators 'According to the court record' "
             "(Cintula), Fiala's 'wrote that it is »...«' (written, keyed partial), '»...,« has declared the head of "
             "the state on Friday' (Pavel by his title), the BIS 'according to the minister of interior has not "
             "registered' (the unnamed Czech minister: null, or the BIS), 'has repeated that' (Šimečka), 'have been "
             "according to them designated as »the co-responsible ones«' (the unnamed accusers: null). A reported clause with quoted words in it (01 Pellegrini 'called the shooting \"an unprecedented "
             "threat ...\"', 01 Šimečka 'condemned the attack \"in the strongest possible terms\"', 02 Šutaj Eštok "
             "'had described Cintula on Wednesday as a \"lone wolf\"', 02 Šimečka 'said the day after the shooting "
             "that \"nobody in this country ...\"', 02 Pellegrini 'said that Slovakia could not afford \"another "
             "hateful campaign\"', 03 Pellegrini 'has asked the parties „to show that they are able to stop“', 04 "
             "Pellegrini 'has promised to be \"the president of calm\"', 04 Fico 'said he would return to work \"by the "
             "end of June or in July\"', 05 Kaliňák 'told the press that \"the liberal media and the opposition\" had "
             "spent years ...', 05 Šimečka 'Criticism, he said, was \"the job of ...\"') is keyed as the partial quote. "
             "Forms: 'X said' after the quotation (01 'Taraba said', 01 '\"...,\" he said' Kaliňák); 'he told a news "
             "conference' (01 Šutaj Eštok); 'said X' inverted (01 'said President Zuzana Čaputová', 02 'said Marek "
             "Bielik', 04 'said Hana Lipták', 05 'said Tereza Vlčková', 05 'said a pensioner', unnamed: null), and the "
             "machine-translated '„...,“ has said Mr. Eštok', '„...,“ has said the head of state' (Čaputová, named "
             "earlier in the sentence before), '„...,“ has declared Šimečka' (03); 'X told <outlet>' (05 'the "
             "opposition leader told The Ridgeline', Michal Šimečka by description) and 'X told reporters' (01 "
             "Taraba, reported; 02 Kaliňák, direct); 'He said:' style before the quotation (04 'Then he said:'); "
             "reported 'X said that' / 'has declared that' / 'has added that' / 'has informed that' (01, 03); "
             "'according to' (03 'According to him' Šutaj Eštok; 05 'According to her' Vlčková); a speaker given "
             "only by a role, description or pronoun: 02 'the minister said' (Šutaj Eštok), 03 'has said the head of "
             "state' (Čaputová), 05 'the opposition leader told The Ridgeline' (Michal Šimečka), 04 'Mr Kalinak says "
             "it is overdue'. Organisations and unnamed speakers: 01 'Police said' and 'police said' (null), 02 the "
             "suspect's statement to investigators relayed 'according to the court's spokeswoman' (Cintula or null), "
             "02 'Progressive Slovakia ... says the government is using the attack' (the party), 03 'The Government "
             "Office has confirmed that' (the office), 03 '... has reminded the prosecution' (null), 04 'Prosecutors "
             "have since suggested' (null), 04 'His son has told reporters' (null), 04 'His doctors say' (null), 05 "
             "'The prime minister's office said' (null or the Government Office). Guillemets are not used: 03 has the "
             "Slovak „...“ quotes, 02 curly quotes, 01, 04 and 05 straight quotes. Not keyed: 03's 'his life however "
             "according to the doctors is for the moment not in direct danger' (a state attributed to unnamed "
             "doctors, inside a sentence of the reporter's), 02 'agreeing with prosecutors that he might otherwise "
             "flee' (the court's reasoning), 02 'Kaliňák and several Smer-SD deputies have accused the opposition' and "
             "'Government deputies have named' (accusations without words), 02 'Progressive Slovakia called that an "
             "attempt to shift the blame' and 04 'The opposition calls it a pretext' (characterisations), 02 'He "
             "announced tighter protection' (an act), 05 'first described the suspect as a lone wolf, then told a "
             "press conference that he might not have acted alone' keyed only at its reported clause, 05 'has been "
             "named ... as one of the voices responsible for the \"hatred\"' (a scare-quoted word), 04 'Smer expects "
             "sympathy to help' (an expectation), headlines, captions, standfirsts, related links and 04's duplicated "
             "lead.",
    "quotes": quotes,
})

# ---------------------------------------------------------------------------------------------- claims
claims = [
    {"id": "shots",
     "text": "The gunman fired five shots at Fico",
     "docs": ["01", "03", "04", "06"],
     "anchors": {
         "01": "the attacker fired five shots from a handgun",
         "03": "The attacker shot at him five times",
         "04": "five bullets were fired at him in Handlová",
         "06": "fired at the premier five shots"},
     "contradiction": {
         "docs": ["05"],
         "anchors": {"05": "He fired four shots before bodyguards pinned him down"},
         "aspect": "number",
         "detail": "05 puts the shots fired at Fico at four against five in 01/03/04/06"},
     "note": "01's and 02's 'shot several times', 02's 'four days after' and the two operations are other figures"},
    {"id": "shooting-place",
     "text": "Fico was shot in Handlová as he went out of the House of Culture to greet people after an away cabinet "
             "meeting",
     "docs": ["01", "02", "03"],
     "anchors": {
         "01": "as he greeted supporters outside the House of Culture",
         "02": "four days after the gunman’s bullets hit him in Handlová",
         "03": "he went out from the House of Culture in Handlová"},
     "contradiction": None},
    {"id": "first-operation",
     "text": "The first operation, on the day of the attack, lasted about five hours",
     "docs": ["02", "03", "05"],
     "anchors": {
         "02": "had taken some five hours",
         "03": "where the surgeons operated him for five hours",
         "05": "The first operation on the prime minister lasted about five hours"},
     "contradiction": None,
     "note": "01's 'for about five hours' is in its lead, anchored for the shooting; five hours are not the five shots"},
    {"id": "second-operation",
     "text": "Two days after the shooting, on Friday 17 May, surgeons operated again to remove dead tissue",
     "docs": ["02", "05"],
     "anchors": {
         "02": "Fico underwent a second operation on Friday",
         "05": "surgeons operated again to remove dead tissue"},
     "contradiction": None,
     "note": "02's 'about two hours' (the length) against 05's 'Two days later' (the date): not a contradiction"},
    {"id": "suspect-71",
     "text": "The suspect is a 71-year-old man",
     "docs": ["01", "05"],
     "anchors": {
         "01": "A 71-year-old man was detained at the scene",
         "05": "a 71-year-old man stepped forward from the crowd"},
     "contradiction": None,
     "note": "02, 03 and 04 give the age inside sentences anchored for the charge"},
    {"id": "charge",
     "text": "Cintula is charged with premeditated attempted murder",
     "docs": ["02", "03", "04"],
     "anchors": {
         "02": "who has been charged with premeditated attempted murder",
         "03": "of the crime of the attempt of premeditated murder",
         "04": "is in custody on a charge of premeditated attempted murder"},
     "contradiction": None,
     "note": "04's 'may treat the shooting as a terrorist attack' is a possible requalification, not a contradiction"},
    {"id": "suspect-levice",
     "text": "The suspect, from Levice, is a writer who worked as a security guard",
     "docs": ["01", "03"],
     "anchors": {
         "01": "is a writer from the town of Levice",
         "03": "the accused is a retired man from Levice"},
     "contradiction": None,
     "note": "'a security guard at a shopping centre' (01), 'a guard in a private security service' (03), 'former "
             "security guard' and 'poet' (04) agree"},
    {"id": "gun-legal",
     "text": "The suspect held the gun legally",
     "docs": ["01", "03", "04"],
     "anchors": {
         "01": "He held a licence for the gun",
         "03": "The weapon he possessed legally",
         "04": "his father held the pistol legally"},
     "contradiction": None},
    {"id": "sentence",
     "text": "The crime carries 25 years or life imprisonment",
     "docs": ["03", "04"],
     "anchors": {
         "03": "he is threatened with the punishment of imprisonment of 25 years",
         "04": "faces 25 years or life either way"},
     "contradiction": None},
    {"id": "lone-wolf",
     "text": "Šutaj Eštok first described the suspect as a lone wolf",
     "docs": ["02", "03", "05"],
     "anchors": {
         "02": "who had described Cintula on Wednesday as a",
         "03": "It is about a lone wolf who radicalised himself",
         "05": "first described the suspect as a lone wolf"},
     "contradiction": None,
     "note": "his later statement that the suspect may not have acted alone (02 'on Sunday', 05) is a change of "
             "position, not a contradiction"},
    {"id": "joint-appeal",
     "text": "On Thursday 16 May Čaputová and Pellegrini jointly appealed to the parties for calm",
     "docs": ["02", "03"],
     "anchors": {
         "02": "made a joint appeal for restraint",
         "03": "together called on the political parties"},
     "contradiction": None},
    {"id": "inauguration",
     "text": "Pellegrini takes office on 15 June",
     "docs": ["01", "02", "04", "06"],
     "anchors": {
         "01": "who takes office on 15 June",
         "02": "who will be sworn in on 15 June",
         "04": "who succeeds her on 15 June",
         "06": "takes the office on 15 June"},
     "contradiction": None,
     "note": "05's 'takes office in two weeks' (written 31 May) is approximate, not a contradiction"},
    {"id": "caputova-leaves",
     "text": "Čaputová leaves office in June",
     "docs": ["01", "04"],
     "anchors": {
         "01": "who leaves office next month",
         "04": "whose term ends next week"},
     "contradiction": None,
     "note": "'next month' (01, written in May) and 'next week' (04, written in June) both mean mid-June"},
    {"id": "european-election",
     "text": "Slovakia votes in the European Parliament election on Saturday 8 June",
     "docs": ["04", "05"],
     "anchors": {
         "04": "Slovaks vote for the European Parliament on Saturday",
         "05": "The European election is next Saturday"},
     "contradiction": None,
     "note": "01 gives 'the European Parliament election of 8 June' in a sentence anchored for the inauguration"},
    {"id": "fico-59",
     "text": "Fico is 59",
     "docs": ["01", "03"],
     "anchors": {
         "01": "Fico, 59, returned to power",
         "03": "The premier is 59 years old"},
     "contradiction": None},
    {"id": "kuciak-resignation",
     "text": "The 2018 murder of Ján Kuciak and Martina Kušnírová led to Fico's resignation",
     "docs": ["01", "02", "04", "05"],
     "anchors": {
         "01": "He had resigned as prime minister in March 2018",
         "02": "brought Fico down",
         "04": "forced Mr Fico to resign in March 2018",
         "05": "and cost Fico his job"},
     "contradiction": None,
     "note": "02's 'in February 2018' (the murder) and 01/04's 'March 2018' (the resignation) are two dates of two "
             "events; 04 and 05 date the murder 21 February"},
    {"id": "transfer",
     "text": "On 30 May Fico was moved from the hospital in Banská Bystrica to Bratislava to recover at home",
     "docs": ["04", "05"],
     "anchors": {
         "04": "where he was transferred from the hospital in Banská Bystrica last Thursday",
         "05": "flown to Bratislava to continue his recovery at home"},
     "contradiction": None,
     "note": "Kaliňák's 'would not be moved to Bratislava for the time being' (02, 19 May) and 03's 'not in a state "
             "to be transported to Bratislava' (16 May) were true when said"},
    {"id": "blame-opposition",
     "text": "Kaliňák and the government side blame the opposition and the liberal media for the climate of hatred",
     "docs": ["02", "05", "06"],
     "anchors": {
         "02": "Kaliňák and several Smer-SD deputies have accused the opposition",
         "05": "had spent years preparing the ground for this",
         "06": "The coalition of Smer, Hlas and SNS accuses the opposition and the media"},
     "contradiction": None},
    {"id": "father-named",
     "text": "Government supporters have named Martin M. Šimečka, the opposition leader's father, among those "
             "responsible for the hatred",
     "docs": ["02", "05", "06"],
     "anchors": {
         "02": "Government deputies have named, among the commentators they hold responsible",
         "05": "has been named in pro-government media",
         "06": "among them Martin M. Šimečka"},
     "contradiction": None,
     "note": "'Government deputies' (02) and 'pro-government media' (05) are different accusers, not a contradiction"},
    {"id": "custody",
     "text": "On Saturday 18 May the Specialised Criminal Court in Pezinok ordered Cintula held in custody",
     "docs": ["02", "06"],
     "anchors": {
         "02": "On Saturday a judge of the Specialised Criminal Court in Pezinok ordered the suspect",
         "06": "last Saturday sent him to custody"},
     "contradiction": None,
     "note": "03 (17 May) expects the decision 'in the following days': a plan and its outcome"},
    {"id": "caputova-not-running",
     "text": "Čaputová chose not to run for a second term",
     "docs": ["05", "06"],
     "anchors": {
         "05": "who chose not to run again",
         "06": "who decided not to candidate again"},
     "contradiction": None},
    {"id": "protest-law",
     "text": "Šutaj Eštok wants tighter rules on protests",
     "docs": ["04", "05"],
     "anchors": {
         "04": "has proposed a tighter law on protests outside politicians' homes",
         "05": "Mr Eštok has since called for tighter rules on demonstrations"},
     "contradiction": None},
    {"id": "opposition-suspends",
     "text": "Progressive Slovakia called off its campaign events after the shooting",
     "docs": ["01", "03"],
     "anchors": {
         "01": "said his party was calling off a protest",
         "03": "his party also suspends the campaign"},
     "contradiction": None,
     "note": "01's protest of that evening and 03's campaign are compatible"},
]
dump('claims.json', {
    "about": "Checkable claims made by two or more sources on corpus-ah/articles: short text, the documents asserting "
             "it (with an anchor: words of the asserting sentence in each document's cleaned text), and any "
             "contradiction (documents that disagree, aspect, detail). Only one contradiction is intended (the shots "
             "fired at Fico: 'He fired four shots' in 05 against 'five shots' in 01, 'five times' in 03 and 'five "
             "bullets' in 04); every other contradiction is a false alarm, in particular the figures that look alike: "
             "the five shots against the five hours of the first operation (01, 02, 03, 05); 02's 'four days after' "
             "(Sunday after Wednesday) against 05's four shots; the two operations, about five hours on 15 May and "
             "about two hours on 17 May (02), against 05's 'Two days later'; ages 71 (the suspect) and 59 (Fico); '25 "
             "years or life' (the sentence the crime carries, 03, 04) against the 2018 murders and 'Six years on' / "
             "'six years apart'; 'about 150 kilometres' and 'some 16,000 people' (01); 'The 14-minute address' (04); "
             "'15 days after' (05) and 'three weeks after' (04), measured to different days (30 May, 5 June); "
             "'those two weeks' (05) and Pellegrini taking office 'in two weeks' (05, approximate for 15 June); "
             "Čaputová leaving 'next month' (01) and 'next week' (04): the same 15 June seen from May and June; "
             "'shot several times' (01) against five shots (approximate against exact); the wounds 'in the abdomen "
             "and in the joint' (03); a 'writer' (01), 'poet' (04), a man 'who wrote poems and novels' (03); 'a "
             "security guard at a shopping centre' (01), 'a guard in a private security service' (03) and 'former "
             "security guard' (04); the charge of premeditated attempted murder (02, 03, 04) against 04's possible "
             "treatment as a terrorist attack (a prosecutors' suggestion, not a new charge); Šutaj Eštok's 'lone "
             "wolf' (Wednesday 15 and Thursday 16 May, 02, 03, 05) against his 'it may not have been a lone wolf' "
             "(Sunday 19 May, 02, 05): a change of position; Kaliňák's 'very serious' (01, 03) and 'a little calmer "
             "now' (02), Taraba's 'he will survive' (01) and 'the operation ended well' (03): a condition that "
             "changed and ministers who differed in tone; Kaliňák's 'would not be moved to Bratislava for the time "
             "being' (02) and 03's 'not in a state to be transported' against the transfer of 30 May (04, 05); 01's "
             "protest called off and 03's campaign suspended; 'Government deputies' (02) and 'pro-government media' "
             "(05) naming Martin M. Šimečka; the two Šimečkas (Michal leads the opposition; his father Martin M. is "
             "a journalist) and the two Roberts (Fico was shot; Kaliňák gave the bulletins); the two shootings (Fico, "
             "15 May 2024; Kuciak and Kušnírová, 21 February 2018) and the two 2018 dates (the murder in February, "
             "the resignation in March); the presidential election 'in April' (01) and the parliamentary election of "
             "30 September 2023 (01); Fico's return to work 'by the end of June or in July' (04) against 'the "
             "recovery will take months' (04, his doctors): an intention and a forecast; 06's 'eight days after' "
             "against 'Every day is a small victory'; Cintula's 'did not want to kill ..., only to injure' (06) against "
             "the charge of attempted murder (02, 03, 04): his account, not a contradiction; the three Pet(e)rs and the "
             "two premiers (Fico; the Czech premier Fiala) in 06; 06's Kaliňák ('very far from being able to say "
             "that he has won', 21 May) against 02's 'a little calmer now' (19 May): tone, not a contradiction. Framing differs on purpose "
             "(01 neutral wire; 02 Bratislava English-language liberal site, 'Both sides are using the word calm and "
             "meaning different things by it'; 03 central Slovak regional daily, machine-translated from Slovak, "
             "close to the official bulletins; 04 British conservative-leaning weekly, 'a forgiving prime minister and "
             "an unforgiving country'; 05 progressive online magazine sympathetic to the opposition, 'the war over "
             "words'; 06 Prague weekly, machine-translated from Czech, 'the Slovak premier talks, the country argues') without contradicting. One sentence anchors one claim: facts that several sources state only "
             "inside a sentence anchored for another claim are not keyed as claims (the helicopter flight to Banská "
             "Bystrica, 01/03; the 71-year-old age in 02/03/04; the European election of 8 June in 01; the date of "
             "the Kuciak murder, 04/05), and a sentence joining several keyed facts (01's lead, 03's lead, 04's lead, "
             "05's lead) is anchored for one of them only. single_source lists claims only one document makes, for "
             "reference.",
    "claims": claims,
    "single_source": [
        {"doc": "01", "text": "Handlová, a former coal-mining town of some 16,000 people, lies about 150 km north-east of Bratislava"},
        {"doc": "01", "text": "Taraba said on the evening of 15 May that Fico would probably survive"},
        {"doc": "01", "text": "Šutaj Eštok said the suspect decided to act shortly after the presidential election in April"},
        {"doc": "01", "text": "Smer-SD won the parliamentary election of 30 September 2023; Fico is in his fourth term"},
        {"doc": "02", "text": "On Saturday 18 May a judge of the Specialised Criminal Court in Pezinok ordered Cintula held in custody"},
        {"doc": "02", "text": "Cintula told investigators he disagreed with the government's policies on public broadcasting and military aid to Ukraine"},
        {"doc": "02", "text": "On Sunday 19 May Kaliňák said Fico was no longer in immediate danger"},
        {"doc": "02", "text": "On Sunday 19 May Šutaj Eštok said the suspect might not have been a lone wolf"},
        {"doc": "02", "text": "Slovakia had not seen an attack on a senior politician since independence in 1993"},
        {"doc": "03", "text": "NAKA charged Cintula on Thursday 16 May"},
        {"doc": "03", "text": "Fico was hit in the abdomen and in a joint, according to the Government Office"},
        {"doc": "03", "text": "The SIS checked threats against constitutional officials"},
        {"doc": "03", "text": "Cintula founded a movement against violence in 2016 that was never registered"},
        {"doc": "03", "text": "Smer – sociálna demokracia cancelled all its public campaign events"},
        {"doc": "04", "text": "Fico's first video message on 5 June: he felt no hatred for his attacker and blamed the opposition"},
        {"doc": "04", "text": "Fico said he would return to work by the end of June or in July"},
        {"doc": "04", "text": "Prosecutors have suggested they may treat the shooting as a terrorist attack"},
        {"doc": "04", "text": "Kuciak and Kušnírová were shot dead at their home in Veľká Mača"},
        {"doc": "05", "text": "A pensioner in Handlová said nobody there wanted anybody shot"},
        {"doc": "06", "text": "On Tuesday 21 May Kaliňák said Fico was conscious and talking but not out of danger"},
        {"doc": "06", "text": "Cintula told investigators he did not want to kill Fico, only to injure him"},
        {"doc": "06", "text": "Petr Fiala called the attack a shocking act; Petr Pavel warned that words have consequences"},
        {"doc": "06", "text": "The Czech government suspended the joint sessions of the two governments in March over Fico's policy on Ukraine and Russia"},
        {"doc": "06", "text": "Prague offered Bratislava help, including with the investigation"},
        {"doc": "05", "text": "Bodyguards pinned the attacker down"},
    ],
})
print('keys written')
