"""Writes the answer keys of corpus-ab (the collapse of Germany's 'traffic-light' coalition, November-December 2024:
Olaf Scholz's dismissal of Christian Lindner on 6 November, the FDP's 'D-Day' paper and Bijan Djir-Sarai's
resignation, the lost vote of confidence of 16 December, Frank-Walter Steinmeier's dissolution of the Bundestag on 27
December and the snap election set for 23 February 2025) into keys/.

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
SCH, LIN, STE, MER, CHM, KSC = "Olaf Scholz", "Christian Lindner", "Frank-Walter Steinmeier", "Friedrich Merz", \
    "Charlotte Merz", "Katrin Scholz"
HAB, BAE, WEI, WIS, KUK, DJS = "Robert Habeck", "Annalena Baerbock", "Alice Weidel", "Volker Wissing", "Jörg Kukies", \
    "Bijan Djir-Sarai"
BUS, STW, TRU, TUS, SCHR, KOE = "Marco Buschmann", "Bettina Stark-Watzinger", "Donald Trump", "Donald Tusk", \
    "Gerhard Schröder", "Horst Köhler"
HAH, HBL, WIE, MIE, WSM = "Ulrike Hahn", "Jürgen Haberland", "Tomasz Wierzbicki", "Matthias Miersch", "Wolfgang Schmidt"
FDP, SPD, CDU, UNI, AFD, BSW, BT = "FDP", "SPD", "CDU", "CDU/CSU", "AfD", "BSW", "Bundestag"

# ---------------------------------------------------------------------------------------------- entities
ents = [
    (SCH, P, ["Olaf Scholz", "Scholz", "Mr Scholz", "Herr Scholz", "Mr. Scholz"]),
    (LIN, P, ["Christian Lindner", "Lindner", "Herr Lindner", "Mr Lindner", "Mr Lindener", "Mr Lindnar", "Lindnera", "Mr. Lindner"]),
    ("Anja Lindner", P, ["Anja Lindner", "Ms. Lindner"]),
    ("Rolf Mützenich", P, ["Rolf Mützenich", "Mr. Mützenich"]),
    ("Ruth Brand", P, ["Ruth Brand"]),
    (STE, P, ["Frank-Walter Steinmeier", "Steinmeier"]),
    (MER, P, ["Friedrich Merz", "Merz", "Mr. Merz"]),
    (CHM, P, ["Charlotte Merz"]),
    (KSC, P, ["Katrin Scholz", "Ms Scholz"]),
    (HAB, P, ["Robert Habeck"]),
    (BAE, P, ["Annalena Baerbock"]),
    (WEI, P, ["Alice Weidel"]),
    (WIS, P, ["Volker Wissing"]),
    (KUK, P, ["Jörg Kukies", "Jorg Kukies"]),
    (DJS, P, ["Bijan Djir-Sarai", "Bidżan Dżir-Sarai", "Djir-Sarai"]),
    ("Carsten Reymann", P, ["Carsten Reymann"]),
    (BUS, P, ["Marco Buschmann"]),
    (STW, P, ["Bettina Stark-Watzinger"]),
    (TRU, P, ["Donald Trump"]),
    (TUS, P, ["Donald Tusk"]),
    (SCHR, P, ["Gerhard Schröder"]),
    (KOE, P, ["Horst Köhler"]),
    ("Angela Merkel", P, ["Angela Merkel"]),
    ("Bärbel Bas", P, ["Bärbel Bas"]),
    (MIE, P, ["Matthias Miersch"]),
    (WSM, P, ["Wolfgang Schmidt"]),
    ("Boris Pistorius", P, ["Boris Pistorius"]),
    (HAH, P, ["Ulrike Hahn"]),
    (HBL, P, ["Jürgen Haberland"]),
    (WIE, P, ["Tomasz Wierzbicki", "Wierzbicki"]),

    (FDP, O, ["FDP", "Free Democratic Party", "Free Democrats", "Freie Demokratische Partei"]),
    (SPD, O, ["SPD", "Social Democratic Party", "Social Democrats", "Sozialdemokratische Partei Deutschlands"]),
    ("Greens", O, ["Greens"]),
    (CDU, O, ["CDU", "Christian Democratic Union", "Christian Democrats"]),
    ("CSU", O, ["CSU"]),
    (UNI, O, ["CDU/CSU", "Union"]),
    (AFD, O, ["AfD", "Alternative for Germany"]),
    (BSW, O, ["BSW", "Bündnis Sahra Wagenknecht", "Sahra Wagenknecht Alliance"]),
    (BT, O, ["Bundestag"]),
    ("Bundesverfassungsgericht", O, ["Bundesverfassungsgericht", "BVerfG", "Federal Constitutional Court"]),
    ("Hudson Crest Capital", O, ["Hudson Crest Capital"]),
    ("Freie Universität Berlin", O, ["Freie Universität Berlin", "FU"]),
    ("Institute for Parliamentary Studies", O, ["Institute for Parliamentary Studies"]),
    ("Rhine Policy Forum", O, ["Rhine Policy Forum"]),
    ("Centre of Neighbourly Analyses", O, ["Centre of Neighbourly Analyses", "COS"]),
    ("Goldman Sachs", O, ["Goldman Sachs"]),
    ("UE", O, ["UE"]),

    ("Abendpost", MD, ["Abendpost"]),
    ("Courier", MD, ["Courier"]),
    ("Kurier", MD, ["Kurier"]),
    ("Die Zeit", MD, ["Die Zeit"]),
    ("Süddeutsche Zeitung", MD, ["Süddeutsche Zeitung"]),

    ("Basic Law", M, ["Basic Law", "Grundgesetz", "GG"]),

    ("Germany", G, ["Germany", "Federal Republic", "RFN"]),
    ("Berlin", G, ["Berlin"]),
    ("Bonn", G, ["Bonn"]),
    ("Arnsberg", G, ["Arnsberg"]),
    ("United States", G, ["United States", "U.S.", "America"]),
    ("Washington", G, ["Washington"]),
    ("Ukraine", G, ["Ukraine"]),
    ("Kyiv", G, ["Kyiv"]),
    ("Poland", G, ["Poland"]),
    ("Warsaw", G, ["Warsaw"]),
    ("Wrocław", G, ["Wrocław"]),
    ("Teheran", G, ["Teheran"]),
    ("Wiesbaden", G, ["Wiesbaden"]),

    ("Bellevue Palace", L, ["Bellevue Palace", "Schloss Bellevue"]),
]

descriptions = [
    (SCH, ["the chancellor", "the 66-year-old"]),
    (LIN, ["the FDP leader", "the FDP-leader", "the leader of the liberals"]),
    (STE, ["the 68-year-old", "the federal president", "the Bundespräsident"]),
    (MER, ["the 69-year-old", "the opposition leader", "the CDU-chief"]),
    (DJS, ["the 48-year-old politician"]),
    ("Ruth Brand", ["the Bundeswahlleiterin", "the federal returning officer"]),
    (BT, ["the 733-seat chamber"]),
    ("Germany", ["Berlin"]),
    ("Poland", ["Warsaw"]),
    ("United States", ["Washington"]),
]

roles = [
    (SCH, ["Chancellor", "Bundeskanzler"]),
    (LIN, ["finance minister", "Finanzminister", "the leader of the pro-business Free Democratic Party",
           "the former minister of finances"]),
    (STE, ["President", "Bundespräsident", "federal president"]),
    (MER, ["the leader of the Christian Democratic Union", "Kanzlerkandidat", "the conservatives' candidate for chancellor"]),
    (CHM, ["a judge in Arnsberg"]),
    (KSC, ["a constitutional lawyer"]),
    (HAB, ["Economy minister", "his party’s candidate for chancellor"]),
    (BAE, ["the foreign minister"]),
    (WEI, ["Kanzlerkandidatin", "candidate for chancellor"]),
    (WIS, ["Transport minister"]),
    (KUK, ["finance minister"]),
    (DJS, ["The secretary general of the German Free Democratic Party", "general secretary"]),
    ("Carsten Reymann", ["the federal managing director of the party"]),
    (BUS, ["justice minister"]),
    (STW, ["education minister"]),
    (SCHR, ["Bundeskanzler"]),
    (KOE, ["Bundespräsident"]),
    ("Bärbel Bas", ["the president of the Bundestag"]),
    (MIE, ["The secretary general of the SPD"]),
    (WSM, ["The head of the chancellery"]),
    ("Boris Pistorius", ["defence minister"]),
    (TUS, ["the premier"]),
    (HAH, ["a political scientist at the Institute for Parliamentary Studies"]),
    (HBL, ["The political scientist"]),
    (WIE, ["from the Centre of Neighbourly Analyses"]),
    ("Anja Lindner", ["chief Europe economist at Hudson Crest Capital"]),
    ("Ruth Brand", ["the federal returning officer"]),
]

must_not_merge = [
    [SCH, KSC],
    [MER, CHM],
    [TRU, TUS],
    [SCH, SCHR],
    [STE, KOE],
    [LIN, "Anja Lindner"],
]

dump('entities.json', {
    "about": "Answer key for entity resolution on corpus-ab/articles (the collapse of Germany's 'traffic-light' "
             "coalition: Olaf Scholz's dismissal of Christian Lindner on Wednesday 6 November 2024, the FDP's 'D-Day' "
             "paper and Bijan Djir-Sarai's resignation on 29 November, the vote of confidence lost on Monday 16 "
             "December, Frank-Walter Steinmeier's dissolution of the Bundestag on Friday 27 December and the election "
             "set for 23 February 2025), written from reading the articles. Same conventions as corpus-c..q: canonical "
             "name (a form that occurs in the texts), type, and every surface form that names the entity in the cleaned "
             "texts (headlines, standfirsts, captions, bylines, the dateline 'BERLIN (Meridian Wire) -', related links, "
             "share bars and other boilerplate excluded). Title+surname forms ('Mr Scholz', 'Herr Scholz', 'Herr "
             "Lindner', 'Mr Lindner', 'Ms Scholz') are keyed as aliases; title+name forms with a German "
             "office ('Bundeskanzler Scholz', 'Bundespräsident Frank-Walter Steinmeier', 'Bundeskanzler Gerhard "
             "Schröder', 'Bundespräsident Horst Köhler', 03) and 'Dr Tomasz Wierzbicki', 'Dr. Jürgen Haberland' are not "
             "listed separately. Defects on purpose: Lindner is 'Christian Lindner' / 'Lindner' / 'Herr Lindner' (03, "
             "the German honorific) / 'Mr Lindner' and, in one article (05), two misspellings of his surname, 'Mr "
             "Lindener' and 'Mr Lindnar'; the Polish translation (04) leaves his name in the Polish accusative/genitive, "
             "'Lindnera' (twice); Djir-Sarai is 'Bidżan Dżir-Sarai' (04, a Polish phonetic transliteration of the "
             "Persian name) next to 'Djir-Sarai' in the same article and 'Bijan Djir-Sarai' (02, 05); Kukies is 'Jorg "
             "Kukies' (01, the umlaut dropped) and 'Jörg Kukies' (05). Two Scholzes who must not merge: the chancellor "
             "Olaf ('Mr Scholz' in 05, 'Herr Scholz' in 03's quotation, the bare 'Scholz' everywhere) and the "
             "constitutional lawyer Katrin Scholz (02, 05 'Ms Scholz'), 'no relation of the chancellor'. Two Merzes: "
             "Friedrich (01-06) and his wife Charlotte Merz (05). Two Lindners: the FDP leader Christian (01-06; 'Mr. "
             "Lindner' in 06) and the economist Anja Lindner (06, 'Ms. Lindner'), 'not related to the former finance "
             "minister'. Two Donalds: Trump (01, 04, 05) and Poland's prime "
             "minister Tusk (04). Two chancellors who lost votes of confidence (Scholz in 2024, Gerhard Schröder in 2005) "
             "and two presidents who dissolved the Bundestag (Steinmeier in 2024, Horst Köhler in 2005) stay apart. "
             "Acronyms and foreign forms: 'the Free Democratic Party (FDP)' (01), 'the German Free Democratic Party "
             "(FDP)' (04), 'the Free Democrats' (02, 05); 'Social Democratic Party (SPD)' (01); 'the Christian "
             "Democratic Union (CDU)' (01) and 'the Christian Democrats' (02); 'the Union of CDU and CSU' (03) and 'a "
             "CDU/CSU alliance' (05) are the CDU/CSU (keyed apart from the CDU; the lower-case 'the Christian democrats "
             "of Friedrich Merz' (04) is not keyed); 'the Alternative for Germany (AfD)' (02); 'the Bündnis Sahra "
             "Wagenknecht (BSW)' (03, German name) and 'The Sahra Wagenknecht Alliance (BSW)' (05) are the party, Sahra "
             "Wagenknecht herself is not named; 'the Bundesverfassungsgericht (BVerfG)' (03, the Federal Constitutional "
             "Court, German name and acronym); 'the Grundgesetz (GG)' and 'the GG' (03) are the Basic Law (02, 05); 'the "
             "Freie Universität Berlin (FU)' (03); 'the Centre of Neighbourly Analyses (COS)' (04, an invented think "
             "tank keeping its Polish acronym); 'the RFN' (04, the Polish acronym of the Federal Republic of Germany) "
             "and 'the Federal Republic' (02) are Germany; 'the UE' (04, the European Union in Polish/French) is keyed "
             "as an organisation ('the Council of the UE' is not keyed apart); 'the Bundeswahlleiterin' (03, untranslated) "
             "and 'the federal returning officer' (06) are keyed as descriptions of Ruth Brand (06); 'the Federal "
             "Constitutional Court' (06) is the 'Bundesverfassungsgericht (BVerfG)' of 03; the American outlet (06) "
             "gives the parties' German names in brackets: 'Social Democrats (Sozialdemokratische Partei "
             "Deutschlands, SPD)' and 'Free Democrats (Freie Demokratische Partei, FDP)', and writes 'Mr. Scholz', 'Mr. "
             "Merz', 'Mr. Mützenich', 'Mr. Lindner' (Christian) and 'Ms. Lindner' with a full stop; 'Bellevue Palace' (02, 05) and 'the "
             "Schloss Bellevue' (03) are the president's seat. Capitals for governments: 'Berlin' stands for the "
             "German government in 01 ('a result that Berlin fears') and 04 (Wierzbicki's 'Berlin will be occupied with "
             "itself') and is keyed as a description of Germany as well as the city's alias (the city in 04 'has "
             "declared Djir-Sarai in Berlin'; 03's 'Freie Universität Berlin' is part of a name); 'Warsaw' stands for "
             "the Polish government (04 'For Warsaw the crisis ...') and 'Washington' for American politics (01, in "
             "Hahn's quotation), keyed likewise as descriptions of Poland and the United States. 'America' (05) and "
             "'the United States' (04) and 'U.S.' (01, adjectival) are the United States. Outlets: 'the Courier' (02, 'told "
             "the Courier'), 'the Abendpost' (03, "
             "'he said the Abendpost'), 'Kurier' (04, 'has said to Kurier'), 'Die Zeit' and 'the Süddeutsche Zeitung' "
             "(04). Descriptions: 'the chancellor' / 'the Chancellor' (01-05, Scholz; 03's 'a Chancellor' in 'no other "
             "majority for a Chancellor' is generic) and 'the 66-year-old' (05) for Scholz; 'The FDP leader' (02), 'The "
             "FDP-leader' (03) and 'The leader of the liberals' (04) for Lindner; 'The 68-year-old' (03), 'The federal "
             "president' (05) and 'the Bundespräsident' (03) for Steinmeier; 'The 69-year-old' (02), 'The opposition "
             "leader' (05) and 'The CDU-chief' (03) for Merz; 'The 48-year-old politician' (04) for Djir-Sarai; 'the "
             "733-seat chamber' (02) for the Bundestag. Not keyed: German common nouns and compounds left by the "
             "translator ('Vertrauensfrage', 'Kanzlermehrheit', 'Schuldenbremse', 'Haushalt', 'Wahlkampf', "
             "'Ampel-Koalition', 'Finanzminister', 'Kanzlerkandidat'), the 'traffic light' coalition, 'D-Day' (the "
             "paper's heading, neither an entity nor a date), 'Article 68', the platform 'X' (04), 'the Council of the "
             "UE', demonyms and adjectives (German, American, Polish, Social Democrat), 'Reichstag' (caption only), "
             "the unnamed reporters, opponents and 'the opposition'. roles: roles stated in an apposition or title, for "
             "information.",
    "entities": [{"name": n, "type": t, "aliases": a} for n, t, a in ents],
    "must_not_merge": must_not_merge,
    "descriptions": [{"entity": e, "descriptions": d} for e, d in descriptions],
    "roles": [{"entity": e, "roles": r} for e, r in roles],
})

# ---------------------------------------------------------------------------------------------- dates
dates = [
    # 01: published Thursday 2024-11-07 (JSON field 2024-11-07T05:40:00Z, 06:40 in Berlin)
    ["01", "Wednesday", "2024-11-06"],
    ["01", "the same day", "2024-11-06"],
    ["01", "January 15", "2025-01-15"],
    ["01", "the end of March", "2025-03"],
    ["01", "six months", "P6M"],
    ["01", "September 2025", "2025-09"],
    ["01", "December 2021", "2021-12"],
    ["01", "January", "2025-01"],
    ["01", "next week", "2024-11-11/2024-11-17"],
    ["01", "Thursday", "2024-11-07"],
    ["01", "2025", "2025"],
    ["01", "Wednesday", "2024-11-06"],
    # 02: published Tuesday 2024-12-17 (meta and JSON-LD only)
    ["02", "Monday", "2024-12-16"],
    ["02", "February 23", "2025-02-23"],
    ["02", "1 July 2005", "2005-07-01"],
    ["02", "September", "2005-09"],
    ["02", "6 November", "2024-11-06"],
    ["02", "21 days", "P21D"],
    ["02", "Christmas", "2024-12-25"],
    ["02", "Last Wednesday", "2024-12-11"],
    ["02", "November", "2024-11"],
    ["02", "November", "2024-11"],
    # 03: published Saturday 2024-12-28 (visible date line '28.12.2024, 07:15 Uhr', day before month)
    ["03", "Friday", "2024-12-27"],
    ["03", "23. Februar 2025", "2025-02-23"],
    ["03", "seven weeks", "P7W"],
    ["03", "16. Dezember", "2024-12-16"],
    ["03", "21 days", "P21D"],
    ["03", "60 days", "P60D"],
    ["03", "November", "2024-11"],
    ["03", "eight weeks", "P8W"],
    ["03", "6. November", "2024-11-06"],
    ["03", "2025", "2025"],
    ["03", "November", "2024-11"],
    ["03", "today", "2024-12-28"],
    ["03", "2005", "2005"],
    ["03", "21. Juli 2005", "2005-07-21"],
    ["03", "February", "2025-02"],
    ["03", "Friday", "2024-12-27"],
    # 04: published Saturday 2024-11-30, no date line
    ["04", "yesterday", "2024-11-29"],
    ["04", "Thursday", "2024-11-28"],
    ["04", "6 November", "2024-11-06"],
    ["04", "2020", "2020"],
    ["04", "6 November", "2024-11-06"],
    ["04", "the same day", "2024-11-06"],
    ["04", "15 January", "2025-01-15"],
    ["04", "16 December", "2024-12-16"],
    ["04", "23 February", "2025-02-23"],
    ["04", "1 January", "2025-01-01"],
    ["04", "2021", "2021"],
    ["04", "15 November", "2024-11-15"],
    ["04", "September", "2024-09"],
    # 05: published Monday 2024-12-30, no date line
    ["05", "November 6th", "2024-11-06"],
    ["05", "Wednesday", "2024-11-06"],
    ["05", "a week", "P1W"],
    ["05", "Six days later", "2024-11-12"],
    ["05", "Christmas", "2024-12-25"],
    ["05", "December 16th", "2024-12-16"],
    ["05", "Wednesday December 11th", "2024-12-11"],
    ["05", "Monday", "2024-12-16"],
    ["05", "Friday", "2024-12-27"],
    ["05", "February 23rd", "2025-02-23"],
    ["05", "55 days", "P55D"],
    ["05", "2005", "2005"],
    ["05", "July 1st", "2005-07-01"],
    ["05", "December 2021 to November 2024", "2021-12/2024-11"],
    ["05", "2025", "2025"],
    ["05", "November", "2024-11"],
    ["05", "November 29th", "2024-11-29"],
    ["05", "November", "2024-11"],
    ["05", "earlier this month", "2024-12"],
    ["05", "January", "2024-01"],
    ["05", "last week", "2024-12-23/2024-12-29"],
    ["05", "November 21st", "2024-11-21"],
    ["05", "four days later", "2024-11-25"],
    # 06: published Tuesday 2024-11-12 (visible date line 'Nov. 12, 2024 11:05 a.m. ET', 17:05 in Berlin)
    ["06", "Feb. 23", "2025-02-23"],
    ["06", "Tuesday", "2024-11-12"],
    ["06", "Christmas", "2024-12-25"],
    ["06", "December 16", "2024-12-16"],
    ["06", "Jan. 15", "2025-01-15"],
    ["06", "late March", "2025-03"],
    ["06", "Sunday", "2024-11-10"],
    ["06", "Christmas", "2024-12-25"],
    ["06", "tomorrow", "2024-11-13"],
    ["06", "last Wednesday", "2024-11-06"],
    ["06", "November 2023", "2023-11"],
    ["06", "Last week", "2024-11-04/2024-11-10"],
    ["06", "60 days", "P60D"],
    ["06", "last Wednesday", "2024-11-06"],
    ["06", "2023", "2023"],
    ["06", "this year", "2024"],
    ["06", "two decades", "P20Y"],
    ["06", "this weekend", "2024-11-16/2024-11-17"],
]
dump('dates.json', {
    "about": "Answer key for date normalisation on corpus-ab/articles, same conventions as corpus-c..q: document id "
             "prefix, the expression as written (the first occurrence not yet matched, in text order; a system "
             "expression that contains the key text matches, so 'Wednesday' in 01 also matches 'late on Wednesday', "
             "'the end of March' 'by the end of March', 'next week' 'the beginning of next week', 'Last Wednesday' in "
             "02 'Last Wednesday,', 'November' in 02 'the end of November', '23. Februar 2025' 'the 23. Februar 2025', "
             "'6. November' 'the evening of the 6. November', 'September' in 04 'the end of September', 'a week' in 05 "
             "'less than a week', 'November' in 05 'late November'), its absolute value. Weeks run Monday to Sunday. "
             "Dates are Berlin local dates (UTC+1). The date line '28.12.2024, 07:15 Uhr' (03, day before month), the "
             "dateline of 01, captions ('on Monday afternoon' in 02's), headlines ('23. Februar' in 03's), standfirsts, "
             "related links and 04's duplicated lead (with its 'yesterday') are not keyed. The machine translation from "
             "German (03) keeps German month names and the German ordinal dot: '23. Februar 2025', 'am 16. Dezember' "
             "rendered 'on 16. Dezember', 'the 6. November', '21. Juli 2005'. Clock times and parts of days ('late on "
             "Wednesday' is keyed as the day, 'the evening of the 6. November' as the day; 'a night', 'the wrong "
             "evening', 'shortly after the result') are not keyed apart. Vague, recurring or anaphoric expressions "
             "('after months of quarrelling', 'in decades', 'until the spring' (01), 'weeks of what he called "
             "sabotage' (02), 'after Christmas' keyed as Christmas, 'in the middle of the winter' (03), 'since a long "
             "time', 'since weeks' (04), 'until the summer' (04, in Wierzbicki's quotation), 'in the new year' and 'in "
             "the summer' (05), 'the post-war era') are not keyed; nor are ages ('Scholz, 66', 'The 69-year-old', 'The "
             "68-year-old', 'The 48-year-old politician', 'the 66-year-old', 'turned 69'), counts and votes ('207', "
             "'394', '349', '116 abstained', '367 votes', '717 members', '733-seat', '151 votes', 'the sixth time', "
             "'the 20th German Bundestag', 'Article 68', 'four phases', '11.5 percent', '3 to 4 percent', 'around 31 "
             "percent', '0.35% of GDP', 'three-party', 'Three parties'), and 'D-Day' (the heading of the FDP paper) is "
             "not a date. Spans are keyed as durations ('six months', '21 days' twice, '60 days', 'seven weeks', 'barely "
             "eight weeks', 'less than a week', '55 days from now'). Years inside names of things are keyed as "
             "years ('the 2025 budget' (01, 05) and 'the Haushalt 2025' (03) 2025). Relative dates: 01 (written "
             "Thursday 7 November, early morning in Berlin) 'late on Wednesday' and, in Hahn's quotation, 'the "
             "chancellor's Wednesday of reckoning' 6 November, 'the same day' 6 November (Trump declared the winner), "
             "'on January 15' (the planned vote), 'by the end of March' March 2025, 'in September 2025' (the regular "
             "election), 'in December 2021', 'until January' January 2025, 'at the latest at the beginning of next "
             "week' 11-17 November, 'on Thursday' 7 November (Kukies's expected appointment). 02 (Tuesday 17 "
             "December): 'on Monday' 16 December, 'on February 23', 'on 1 July 2005', 'that September' September "
             "2005, 'on 6 November', '21 days' a span, 'after Christmas' 25 December, 'Last Wednesday' 11 December "
             "(the request), 'in November' (Katrin Scholz's quotation) and 'since the end of November' November 2024. "
             "03 (Saturday 28 December): 'on Friday' twice 27 December (the dissolution; Merz's statement), 'the 23. "
             "Februar 2025', 'seven weeks after her break' a span, 'on 16. Dezember' (yearless), '21 days' and "
             "'within 60 days' spans, 'in November' twice November 2024 (the returning officer's warning; Lindner's "
             "words), 'barely eight weeks' a span, 'the 6. November' (yearless), 'today' 28 December (the "
             "translator's 'heute', 'now', resolved to the publication day), 'in 2005', 'on 21. Juli 2005' (the other "
             "dissolution), 'in February' February 2025. 04 (Saturday 30 November, no date line): 'yesterday' 29 "
             "November (the resignation), 'on Thursday' 28 November (the paper put online), 'on 6 November' twice, "
             "'since 2020', 'the same day' 6 November, 'on 15 January' 2025 (the first plan), 'on 16 December' (the "
             "vote, still to come), 'on 23 February' 2025, 'on 1 January' 2025 (Poland's EU presidency), 'in 2021', "
             "'on 15 November' (the first press reports), 'since the end of September' September 2024. 05 (Monday 30 "
             "December, no date line): 'on November 6th' and 'the Wednesday on which America re-elected Donald "
             "Trump' 6 November, 'less than a week' a span, 'Six days later' 12 November (the agreement to bring the "
             "vote forward), 'before Christmas' 25 December, 'on December 16th', 'On Wednesday December 11th' (the "
             "second Wednesday, the request), 'the Monday vote' 16 December, 'On Friday' 27 December, 'February "
             "23rd', '55 days from now' a span, 'in 2005' and 'July 1st of that year' 1 July 2005, 'the 2025 budget', "
             "'in late November', 'November 29th', 'turned 69 in November', 'earlier this month' December 2024 "
             "(Weidel's nomination), 'founded in January' January 2024 (the BSW), 'last week' 23-29 December, "
             "'November 21st', 'four days later' 25 November, 'from December 2021 to November 2024' a range (the "
             "coalition's time in office). 06 (Tuesday 12 November, an American date line 'Nov. 12, "
             "2024 11:05 a.m. ET', 17:05 in Berlin): 'on Feb. 23' (abbreviated month), 'on Tuesday' 12 November (the "
             "agreement), 'before Christmas' twice, 'on December 16', 'until Jan. 15', 'into late March' March 2025, "
             "'on Sunday' 10 November (Scholz's television interview), 'tomorrow' 13 November (the government "
             "statement, to come), 'last Wednesday' twice 6 November (the third and fourth Wednesdays of the corpus "
             "are the same day as the first), 'in November 2023' (the court ruling), 'Last week' 4-10 November (the "
             "returning officer's letter), 'in 60 days' (inside Merz's quoted words) a span, 'in 2023', 'this year' "
             "2024, 'more than two decades' a span, 'this weekend' 16-17 November (the Greens' congress, to come); "
             "'for weeks' and '60 billion euros', 'about 16%', 'around a third', 'three-party' are not keyed. "
             "Publication dates used: 01 2024-11-07, 02 2024-12-17, 03 2024-12-28, 04 2024-11-30, 05 2024-12-30, 06 "
             "2024-11-12 (see publication.json).",
    "dates": dates,
})

# ---------------------------------------------------------------------------------------------- publication
dump('publication.json', {
    "about": "True publication date of each document (the one the author had in mind) and whether the input states it "
             "(metadata, JSON field or a visible date line). window: the span a careful reader can prove from the text "
             "alone (plus event dates the other articles give); the engine's published.earliest..latest should contain "
             "'date'.",
    "published": [
        {"doc": "01", "date": "2024-11-07", "stated": True,
         "how": "JSONL published field 2024-11-07T05:40:00Z (06:40 in Berlin); the dismissal 'late on Wednesday' is "
                "past and Kukies's appointment 'on Thursday' is to come",
         "window": ["2024-11-07", "2024-11-07"]},
        {"doc": "02", "date": "2024-12-17", "stated": True,
         "how": "meta article:published_time and JSON-LD datePublished 2024-12-17T07:30:00+01:00 (no visible date; the "
                "vote 'on Monday' is past)",
         "window": ["2024-12-17", "2024-12-17"]},
        {"doc": "03", "date": "2024-12-28", "stated": True,
         "how": "visible date line '28.12.2024, 07:15 Uhr' (day.month.year); the dissolution 'on Friday' is past",
         "window": ["2024-12-28", "2024-12-28"]},
        {"doc": "04", "date": "2024-11-30", "stated": False,
         "how": "none: Djir-Sarai resigned 'yesterday' (29 November per 05), the paper went online 'on Thursday' (28 "
                "November) and the vote 'on 16 December' is still to come: Saturday 30 November",
         "window": ["2024-11-30", "2024-11-30"]},
        {"doc": "05", "date": "2024-12-30", "stated": False,
         "how": "none: Steinmeier dissolved the Bundestag 'On Friday' (27 December per 03) and the election of "
                "February 23rd is '55 days from now': Monday 30 December",
         "window": ["2024-12-30", "2024-12-30"]},
        {"doc": "06", "date": "2024-11-12", "stated": True,
         "how": "visible date line 'Nov. 12, 2024 11:05 a.m. ET' (17:05 in Berlin, the same date); the agreement 'on "
                "Tuesday' is reported and the government statement 'tomorrow' is to come",
         "window": ["2024-11-12", "2024-11-12"]},
    ],
})

# ---------------------------------------------------------------------------------------------- timeline
ev = []
event = recorder(ev)

event("Scholz dismisses finance minister Christian Lindner and the traffic-light coalition collapses", "2024-11-06",
      ["01", "02", "03", "04", "05", "06"],
      ["dismiss", "fire", "sack", "collapse", "rupture", "break"],
      note="01 'late on Wednesday'; 02 'whose dismissal on 6 November'; 03 'the evening of the 6. November'; 04 'on 6 "
           "November'; 05 'on November 6th, the Wednesday on which ...' (the first of two Wednesdays; the resignations "
           "of Buschmann and Stark-Watzinger and Wissing's exit from the FDP, 01, are folded in); 06 'fell apart last "
           "Wednesday'")
event("Donald Trump is declared the winner of the US presidential election", "2024-11-06", ["01", "04", "05"],
      ["trump", "presidential election", "re-elect"],
      note="the same day as the dismissal, a separate event")
event("Scholz agrees to bring the vote of confidence forward to 16 December; the election is set for 23 February",
      "2024-11-12", ["05", "06"],
      ["forward", "agreed", "agree", "before christmas", "timetable", "settled"],
      note="05 'Six days later'; 06 'agreed on Tuesday' (Mützenich and Merz settling the timetable is the same event; "
           "Scholz's television interview 'on Sunday', 10 November, is a statement, not keyed); 04's 'Under the pressure of the opposition he has agreed to vote already on 16 "
           "December' is undated")
event("Die Zeit and the Süddeutsche Zeitung first report the FDP's preparations for the break", "2024-11-15", ["04"],
      ["zeit", "süddeutsche", "described", "report"])
event("Boris Pistorius rules himself out as the SPD's candidate for chancellor", "2024-11-21", ["05"],
      ["pistorius", "ruled himself out"])
event("The SPD's executive nominates Scholz as its candidate", "2024-11-25", ["05"],
      ["nominat", "executive", "candidate"],
      note="05 'four days later'")
event("The FDP publishes its internal 'D-Day' paper", "2024-11-28", ["04"],
      ["d-day", "paper", "document", "publish", "internet"],
      note="04 'on Thursday'; 02's 'since the end of November' and 05's 'in late November' name only the month")
event("FDP general secretary Bijan Djir-Sarai resigns (with Carsten Reymann)", "2024-11-29", ["04", "05"],
      ["resign", "djir-sarai", "dżir-sarai", "reymann"],
      note="04 'yesterday'; 05 'on November 29th'; 02's 'resigned over the affair' is undated")
event("Scholz sends the formal request for the vote of confidence to the Bundestag's president", "2024-12-11",
      ["02", "05"],
      ["request", "sent", "submit"],
      note="02 'Last Wednesday'; 05 'On Wednesday December 11th' (the second of two Wednesdays)")
event("Scholz loses the vote of confidence in the Bundestag (207 for, 394 against, 116 abstentions)", "2024-12-16",
      ["02", "03", "05"],
      ["confidence", "vertrauensfrage", "lost", "lose", "207"],
      note="02 'on Monday'; 03 'on 16. Dezember'; 05 'on December 16th' (05 gives 349 against, the intended "
           "contradiction); 04 announces it as coming ('on 16 December') and is not listed; Scholz's request to "
           "Steinmeier to dissolve parliament the same afternoon (02) is folded in. Must stay apart from Schröder's "
           "vote of 1 July 2005")
event("Steinmeier dissolves the Bundestag and sets the election for 23 February 2025", "2024-12-27", ["03", "05"],
      ["dissol", "steinmeier", "bellevue"],
      note="03 'on Friday'; 05 'On Friday'; must stay apart from Köhler's dissolution of 21 July 2005; Merz's "
           "statement 'on Friday' (03) is a statement, not a keyed event")
event("Gerhard Schröder loses a vote of confidence he had sought", "2005-07-01", ["02", "05"],
      ["schröder", "schroder", "2005", "confidence", "defeat"],
      note="02 'on 1 July 2005'; 05 'July 1st of that year' (2005); 03 names only the year; the other vote of "
           "confidence, not to be merged with Scholz's of 16 December 2024")
event("Horst Köhler dissolves the Bundestag", "2005-07-21", ["03"],
      ["köhler", "kohler", "dissol", "2005"],
      note="03 'on 21. Juli 2005'; the other dissolution")
dump('timeline.json', {
    "about": "Real-world events the articles report, with date (day), until for multi-day events, the documents that "
             "report each (with a date the reader can resolve), and words by which a system event is recognised "
             "(title, trigger or participant entity ids). Dates are Berlin local dates. Occurrences of similar events "
             "must stay apart: the two votes of confidence (Scholz's, lost on Monday 16 December 2024; Gerhard "
             "Schröder's, lost on 1 July 2005), the two dissolutions of the Bundestag (Steinmeier's of Friday 27 "
             "December 2024; Horst Köhler's of 21 July 2005), the two Wednesdays (6 November, the dismissal; 11 "
             "December, the request for the vote), the dismissal and Trump's victory of 6 November, Pistorius's "
             "withdrawal (21 November) and Scholz's nomination (25 November), the paper's publication (28 November) "
             "and Djir-Sarai's resignation (29 November). Not keyed: future, planned or announced events (the vote of "
             "confidence first planned for 15 January 2025 (01, 04), Kukies's appointment 'on Thursday' (01, a "
             "forecast; 05 gives no date), the vote 'on 16 December' in 04 (still to come), the election of 23 February "
             "2025, an election 'by the end of March', Poland's EU presidency from 1 January 2025, the regular election "
             "of September 2025), events dated only by month, year or week (the coalition's start in December 2021, "
             "the returning officer's warning 'in November', Lindner's words 'already in November', Weidel's "
             "nomination 'earlier this month', the BSW's founding 'in January', Baerbock standing aside 'in the "
             "summer', Schröder's election 'that September', the FDP's 2021 result, Djir-Sarai's office 'since 2020', "
             "the FDP's preparations 'since the end of September', Scholz's statement 'last week'), statements "
             "(Merz's 'on Friday' in 03, Steinmeier's address, Scholz's and Merz's speeches of 16 December, Scholz's "
             "television interview of Sunday 10 November in 06, the returning officer's letter 'Last week' in 06), "
             "06's government statement 'tomorrow' and the Greens' congress 'this weekend' (to come), the court ruling "
             "of 'November 2023' (month only), and "
             "same-day side events folded into a keyed one (see notes).",
    "events": ev,
})

# ---------------------------------------------------------------------------------------------- quotes
quotes = [
    ["01", "he had asked President Frank-Walter Steinmeier to remove Lindner", "indirect", SCH],
    ["01", "We need a government that is able to act", "direct", SCH],
    ["01", "Serious work in government is not possible like this", "direct", SCH],
    ["01", "he would ask the Bundestag for a vote of confidence", "indirect", SCH],
    ["01", "Scholz had demanded that he suspend the debt brake", "indirect", LIN],
    ["01", "Olaf Scholz has long failed to see", "direct", LIN],
    ["01", "He has provoked a calculated break", "direct", LIN],
    ["01", "they would also resign", "indirect", [BUS, STW, None]],
    ["01", "he would stay in the government and leave the party", "indirect", WIS],
    ["01", "the wrong evening", "partial", HAB],
    ["01", "his party would stay in government", "indirect", HAB],
    ["01", "it would not wait until January", "indirect", [None, CDU]],
    ["01", "at the latest at the beginning of next week", "partial", MER],
    ["01", "This was the chancellor's Wednesday of reckoning", "direct", HAH],
    ["01", "He picked a night when the whole world", "direct", HAH],
    ["01", "a minority government could survive until the spring", "indirect", HAH],

    ["02", "Whoever wants to govern needs a certain moral maturity", "direct", SCH],
    ["02", "the election would decide whether Germany dared", "indirect", SCH],
    ["02", "in one of the biggest economic crises", "partial", MER],
    ["02", "You have had your chance", "direct", MER],
    ["02", "a liberation for the country", "partial", LIN],
    ["02", "his party was ready to govern again", "indirect", LIN],
    ["02", "the Greens did not want the outcome to depend", "indirect", HAB],
    ["02", "they had voted for Scholz", "indirect", [None, AFD]],
    ["02", "A chancellor who loses on purpose", "direct", KSC],
    ["02", "The crisis happened in November", "direct", KSC],
    ["02", "the Basic Law made it deliberately hard", "indirect", KSC],

    ["03", "Especially in difficult times like these", "direct", STE],
    ["03", "Therefore it is the right way", "indirect", STE],
    ["03", "a danger for the democracy", "partial", STE],
    ["03", "I was not ready to break my oath of office", "direct", LIN],
    ["03", "the Chancellor had pursued the break", "indirect", LIN],
    ["03", "The voters will decide in February", "direct", MER],
    ["03", "Who now has no clear message", "direct", HBL],
    ["03", "The SPD had the disadvantage", "indirect", HBL],
    ["03", "Herr Scholz must run against his own numbers", "direct", HBL],

    ["04", "such words were never used", "indirect", [None, FDP]],
    ["04", "I have not knowingly misinformed anybody", "direct", DJS],
    ["04", "But I take the responsibility for it", "direct", DJS],
    ["04", "he also did not know the paper", "indirect", LIN],
    ["04", "lied to the whole country", "partial", MIE],
    ["04", "the document confirms what the chancellor has said", "indirect", WSM],
    ["04", "Berlin will be occupied with itself", "direct", WIE],
    ["04", "the next German government will be led", "indirect", WIE],
    ["04", "The liberals wanted to look like the victims", "direct", WIE],
    ["04", "Now they look like the authors of the plot", "direct", WIE],

    ["05", "a government capable of acting", "partial", STE],
    ["05", "We will not make a deal with the AfD", "direct", MER],
    ["05", "The coalition talks", "direct", KSC],
    ["05", "will be harder than the campaign", "direct", KSC],
    ["05", "Three parties may again be needed", "direct", KSC],
    ["05", "the debt brake will be the first item", "indirect", KSC],
    ["05", "The election has not been decided yet", "direct", SCH],

    ["06", "We have found a sensible and orderly path", "direct", "Rolf Mützenich"],
    ["06", "The country needs clarity", "direct", "Rolf Mützenich"],
    ["06", "the schedule was workable", "indirect", [None, STE]],
    ["06", "not attached to my office", "partial", SCH],
    ["06", "an election held too early", "indirect", "Ruth Brand"],
    ["06", "can organize an election in 60 days", "partial", MER],
    ["06", "Markets have been waiting for this date", "direct", "Anja Lindner"],
    ["06", "A Merz-led government is the base case", "direct", "Anja Lindner"],
    ["06", "German government bonds had barely moved", "indirect", "Anja Lindner"],
    ["06", "the chancellor had planned the break for weeks", "indirect", LIN],
    ["06", "his party will campaign on lower taxes", "indirect", LIN],
]
dump('quotes.json', {
    "about": "Answer key for quotations on corpus-ab/articles, same conventions as corpus-c..q: document id prefix, the "
             "first words of the quoted or reported content, kind, and the speaker's canonical name (null: the text "
             "does not name one; a list: any of these is right, and a list containing null also accepts no speaker). "
             "A quote continued without an attribution (01 Scholz's 'Serious work in government ...' after 'the "
             "chancellor told reporters', 01 Lindner's 'He has provoked ...' after 'Lindner said.', 01 Hahn's second "
             "sentence, 02 Katrin Scholz's 'The crisis happened in November.', 03 Steinmeier's 'Therefore it is the "
             "right way, that the voters now decide' (the translator's rendering of German reported speech, keyed "
             "indirect), 03 Haberland's 'The SPD had the disadvantage that ...' (reported, keyed indirect) and "
             "»Herr Scholz must run ...« (direct), 04 Djir-Sarai's third sentence „But I take ...”, 04 Wierzbicki's "
             "second sentence, 05 Katrin Scholz's second sentence) is keyed once per piece. 04 Djir-Sarai's first "
             "„...” holds two sentences and is keyed once. Forms: inverted 'said X' (01 'said Ulrike Hahn', 02 'said "
             "Katrin Scholz', 05 'said Ms Scholz'), machine-translated inversions ('has declared the Bundespräsident' "
             "(03, a speaker named only by his office), 'has Herr Lindner said', 'has said Merz on Friday', 'has "
             "declared Djir-Sarai', 'has said to Kurier Dr Tomasz Wierzbicki', 'explains Wierzbicki:'), 03's 'so "
             "Steinmeier' (the German 'so' attribution) after a partial quotation, 03's '»...«, he said the Abendpost' "
             "(the dative calque of 'told the Abendpost'), 'X told reporters' (01), 'He said:' / 'said:' before the "
             "quotation (02 'The 69-year-old, ..., said:' (Merz, a speaker given by a description), 05 'He said last "
             "week:' (Scholz, a pronoun)), 'he told a party meeting' (05 Merz, a pronoun after the quotation), 'he said, "
             "looking towards the FDP benches' (02), 'According to her' (05, Katrin Scholz), 'In his opinion' (04, "
             "Wierzbicki), 'The FDP leader said' (02) and 'The FDP-leader says today,' (03) with the speaker given by a "
             "description (Lindner), 'The federal president, ..., spoke of a country that needed \"...\"' (05, a "
             "partial quote by a speaker named by his office). Reported clauses with quoted words are keyed as the "
             "partial quote (01 Merz's 'should call the vote of confidence \"at the latest ...\"', 01 Habeck's 'had "
             "come on \"the wrong evening\"', 02 Merz's 'answered that Scholz was leaving the country \"in one of the "
             "biggest ...\"', 02 Lindner's 'called the vote \"a liberation for the country\"', 04 Miersch's 'had "
             "„lied to the whole country” about the break'). Groups and unnamed speakers: 01 'The conservative "
             "opposition said' (null or the CDU), 01 Buschmann and Stark-Watzinger 'said they would also resign' (either "
             "or null), 02 'Several members of the Alternative for Germany (AfD) said ..., according to the party's "
             "parliamentary group' (null or the AfD), 04 'the leaders of the FDP had assured that' (null or the FDP). "
             "06: Mützenich's quotation with 'told reporters' and an unattributed continuation, 'whose office said the "
             "schedule was workable' (Steinmeier's office: null or Steinmeier), Scholz's 'saying in a television "
             "interview that he was \"not attached to my office\" and would call the vote ...' (one partial quote), "
             "Ruth Brand 'warned in a letter to the chancellor that ...' (reported), 'Mr. Merz said a country like "
             "Germany \"can organize ...\"' (partial), Anja Lindner inverted ('said Anja Lindner, chief Europe "
             "economist ...') with a continuation and 'Ms. Lindner said' (reported; another Lindner than the "
             "minister), 'Mr. Lindner, who says the chancellor had planned ...' and 'has promised that ...' (Christian "
             "Lindner, reported). 05 Katrin Scholz's '\"The coalition talks,\" said Ms Scholz, \"will be harder than "
             "the campaign.\"' is a quotation interrupted by its attribution, keyed as two pieces; 02 Habeck 'told the "
             "Courier that' (reported). Quotation marks: straight (01, 05, 06), curly (02), German „...“ and »...« (03), Polish „...” (04). Not "
             "keyed: 01 'Lindner accused the chancellor of having staged the break' and 'because the minister had too "
             "often broken his trust' (inside the reported clause keyed at its first words), 02 'blamed the Free "
             "Democrats for weeks of what he called sabotage', 02 'which described it as a protest against Merz', 03 "
             "'The 68-year-old has warned ... against influence from outside' (a warning), 03 'The Bundeswahlleiterin "
             "had in November warned before a too early date', 03 Haberland 'holds the short Wahlkampf for a risk' (a "
             "view without a verb of speech), 04 'The opponents do not believe him', 05 'Mr Scholz called that a "
             "betrayal; Mr Lindnar called the chancellor's demand a trap' (characterisations), the FDP paper's words "
             "„D-Day” and „open field battle” (04) and 'D-Day' (02, 05) (quoted terms, not speech), 01's '\"traffic "
             "light\"' (a nickname), 06 'Her concerns were widely mocked', headlines, captions, standfirsts and 04's duplicated lead.",
    "quotes": quotes,
})

# ---------------------------------------------------------------------------------------------- claims
claims = [
    {"id": "vote-result",
     "text": "Scholz lost the vote of confidence with 207 votes for, 394 against and 116 abstentions",
     "docs": ["02", "03"],
     "anchors": {
         "02": "207 backed the chancellor, 394 voted against him",
         "03": "Only 207 deputies had expressed him the confidence"},
     "contradiction": {
         "docs": ["05"],
         "anchors": {"05": "while 349 voted against and 116 abstained"},
         "aspect": "number",
         "detail": "05 puts the votes against Scholz at 349 against 394 in 02/03 (the 207 for and 116 abstentions "
                   "agree)"},
     "note": "the 367 needed, the 717 ballots and the 733 seats are other quantities; Schröder's 151 votes of 2005 "
             "are another vote"},
    {"id": "dismissal",
     "text": "On 6 November Scholz dismissed his finance minister Christian Lindner, ending the coalition",
     "docs": ["01", "02", "03", "04", "05", "06"],
     "anchors": {
         "06": "when Mr. Scholz fired Finance Minister Christian Lindner",
         "01": "when Chancellor Olaf Scholz dismissed his finance minister, Christian Lindner",
         "02": "whose dismissal on 6 November brought down the coalition",
         "03": "when Bundeskanzler Scholz has dismissed his Finanzminister Christian Lindner",
         "04": "The chancellor Scholz has dismissed Lindnera on 6 November",
         "05": "When Olaf Scholz fired his finance minister on November 6th"},
     "contradiction": None},
    {"id": "trump-same-day",
     "text": "The break came on the same day that Donald Trump won the US presidential election",
     "docs": ["01", "04"],
     "anchors": {
         "01": "The rupture came on the same day that Donald Trump was declared the winner",
         "04": "It was the same day, when in the United States Donald Trump has won the election"},
     "contradiction": None,
     "note": "05 says it inside the sentence anchored for the dismissal"},
    {"id": "debt-brake-refusal",
     "text": "Lindner refused to suspend the debt brake, as Scholz demanded",
     "docs": ["01", "03", "05"],
     "anchors": {
         "01": "He said Scholz had demanded that he suspend the debt brake",
         "03": "Herr Lindner had refused to declare again an emergency situation for more credits",
         "05": "had refused to suspend the debt brake"},
     "contradiction": None},
    {"id": "january-plan",
     "text": "Scholz first wanted the vote of confidence on 15 January",
     "docs": ["01", "04", "06"],
     "anchors": {
         "06": "Chancellor Scholz had at first insisted on waiting until Jan. 15",
         "01": "Scholz said he would ask the Bundestag for a vote of confidence on January 15",
         "04": "Scholz has wanted then to put the question of confidence only on 15 January"},
     "contradiction": None,
     "note": "05's 'in the new year' is inside the sentence anchored for the dismissal; the later agreement to vote "
             "on 16 December (04, 05) is a change of plan, not a contradiction"},
    {"id": "brought-forward",
     "text": "Under pressure Scholz agreed to hold the vote before Christmas, on 16 December",
     "docs": ["04", "05", "06"],
     "anchors": {
         "06": "under which the chancellor will ask for the vote of confidence on December 16",
         "04": "Under the pressure of the opposition he has agreed to vote already on 16 December",
         "05": "Six days later he agreed to hold the vote before Christmas"},
     "contradiction": None},
    {"id": "ministers-leave",
     "text": "Two other FDP ministers (Buschmann and Stark-Watzinger) left the government with Lindner",
     "docs": ["01", "05"],
     "anchors": {
         "01": "Two of the FDP's three other ministers",
         "05": "Two other FDP ministers left with Mr Lindner"},
     "contradiction": None,
     "note": "01's 'three other ministers' (all the FDP's other ministers) and 05's 'The fourth' are other counts, not "
             "contradictions"},
    {"id": "wissing-stays",
     "text": "Transport minister Volker Wissing left the FDP and stayed in the government",
     "docs": ["01", "05"],
     "anchors": {
         "01": "Transport minister Volker Wissing said he would stay in the government",
         "05": "quit the party instead and stayed in the cabinet"},
     "contradiction": None},
    {"id": "kukies",
     "text": "Jörg Kukies, a former banker and adviser to Scholz, became finance minister",
     "docs": ["01", "05"],
     "anchors": {
         "01": "Scholz is expected to appoint Jorg Kukies",
         "05": "Jörg Kukies, a former Goldman Sachs banker"},
     "contradiction": None,
     "note": "01 (7 November) expects the appointment, 05 reports it"},
    {"id": "dday-paper",
     "text": "The FDP had to publish an internal paper planning its exit from the coalition under the heading 'D-Day'",
     "docs": ["02", "04", "05"],
     "anchors": {
         "02": "when it had to publish an internal paper that planned its exit",
         "04": "which the liberals put on Thursday on their internet page",
         "05": "when his party had to publish a planning paper"},
     "contradiction": None},
    {"id": "djir-sarai-resigns",
     "text": "FDP general secretary Bijan Djir-Sarai resigned over the paper (29 November)",
     "docs": ["02", "04", "05"],
     "anchors": {
         "02": "Its general secretary, Bijan Djir-Sarai, resigned over the affair",
         "04": "has given yesterday his resignation",
         "05": "resigned on November 29th"},
     "contradiction": None},
    {"id": "request-11-dec",
     "text": "On Wednesday 11 December Scholz sent his formal request for the vote to the Bundestag's president",
     "docs": ["02", "05"],
     "anchors": {
         "02": "the chancellor had sent his formal request for the vote",
         "05": "he had sent the request to the Bundestag's speaker"},
     "contradiction": None},
    {"id": "lost-16-dec",
     "text": "Scholz lost the vote of confidence in the Bundestag on 16 December, as he intended",
     "docs": ["02", "03", "05"],
     "anchors": {
         "02": "lost a vote of confidence in the Bundestag on Monday",
         "03": "had on 16. Dezember the Vertrauensfrage in the Bundestag lost",
         "05": "Mr Scholz lost, as he meant to"},
     "contradiction": None},
    {"id": "majority-367",
     "text": "Scholz needed an absolute majority of 367 votes",
     "docs": ["02", "03"],
     "anchors": {
         "02": "an absolute majority of 367 votes",
         "03": "The necessary Kanzlermehrheit of 367 voices"},
     "contradiction": None},
    {"id": "twenty-one-days",
     "text": "The president had 21 days to decide on the dissolution",
     "docs": ["02", "03"],
     "anchors": {
         "02": "The president has 21 days to decide",
         "03": "the Bundespräsident had then 21 days for his decision"},
     "contradiction": None,
     "note": "03's 'within 60 days' (the election after the dissolution) and 05's '55 days from now' are other spans"},
    {"id": "dissolution",
     "text": "On Friday 27 December Steinmeier dissolved the Bundestag",
     "docs": ["03", "05"],
     "anchors": {
         "03": "has on Friday the 20th German Bundestag dissolved",
         "05": "On Friday Frank-Walter Steinmeier dissolved the Bundestag"},
     "contradiction": None,
     "note": "02's 'asked President Frank-Walter Steinmeier to dissolve parliament' is the request; Köhler's "
             "dissolution of 2005 (03) is another event"},
    {"id": "election-23-feb",
     "text": "The snap election is set for 23 February 2025",
     "docs": ["02", "03", "04", "05", "06"],
     "anchors": {
         "06": "Germany will hold a snap national election on Feb. 23",
         "02": "The defeat opens the way for an early general election on February 23",
         "03": "The new election he has fixed for the 23. Februar 2025",
         "04": "The election to the Bundestag should take place on 23 February",
         "05": "The election will be on February 23rd"},
     "contradiction": None,
     "note": "01's 'an early election by the end of March' was the timetable of 6 November, before the vote was "
             "brought forward: a superseded plan, not a contradiction"},
    {"id": "schroeder-2005",
     "text": "In 2005 Gerhard Schröder deliberately lost a vote of confidence (1 July 2005)",
     "docs": ["02", "03", "05"],
     "anchors": {
         "02": "The last to do so was Gerhard Schröder",
         "03": "Already in 2005 Bundeskanzler Gerhard Schröder had lost deliberately the Vertrauensfrage",
         "05": "when Gerhard Schröder engineered his own defeat"},
     "contradiction": None},
    {"id": "union-leads",
     "text": "The CDU/CSU under Friedrich Merz leads the polls (above 30 per cent)",
     "docs": ["02", "03", "05", "06"],
     "anchors": {
         "06": "The CDU/CSU leads polls with around a third of the vote",
         "02": "who leads the polls by a wide margin",
         "03": "lies clearly in front, with around 31 percent",
         "05": "leads a CDU/CSU alliance polling above 30%"},
     "contradiction": None,
     "note": "'around 31 percent', 'above 30%' and 'around a third' are approximate and agree"},
    {"id": "weidel-candidate",
     "text": "The AfD nominated Alice Weidel as its candidate for chancellor and polls second",
     "docs": ["03", "05"],
     "anchors": {
         "03": "which has nominated Alice Weidel as Kanzlerkandidatin",
         "05": "chose Alice Weidel as its first candidate for chancellor"},
     "contradiction": None},
    {"id": "habeck-candidate",
     "text": "Robert Habeck is the Greens' candidate for chancellor",
     "docs": ["02", "05", "06"],
     "anchors": {
         "02": "his party's candidate for chancellor",
         "05": "The Greens have picked Robert Habeck",
         "06": "The Greens are expected to name Economy Minister Robert Habeck"},
     "contradiction": None,
     "note": "06 (12 November) expects the nomination at the congress 'this weekend'; 02 and 05 report it"},
    {"id": "lindner-planned-break",
     "text": "Lindner says Scholz planned (staged) the break of the coalition",
     "docs": ["01", "03", "06"],
     "anchors": {
         "01": "Lindner accused the chancellor of having staged the break",
         "03": "The FDP-leader says today, the Chancellor had pursued the break",
         "06": "who says the chancellor had planned the break for weeks"},
     "contradiction": None,
     "note": "the FDP's own plans for the break (the 'D-Day' paper, 02, 04, 05) are another fact, not a "
             "contradiction to be reported"},
    {"id": "coalition-since-2021",
     "text": "The coalition of SPD, Greens and FDP had governed since December 2021",
     "docs": ["01", "05"],
     "anchors": {
         "01": "took office in December 2021",
         "05": "which governed from December 2021 to November 2024"},
     "contradiction": None},
    {"id": "returning-officer-warning",
     "text": "The federal returning officer warned against too early an election date (paper and printers)",
     "docs": ["03", "06"],
     "anchors": {
         "03": "The Bundeswahlleiterin had in November warned before a too early date",
         "06": "warned in a letter to the chancellor that an election held too early"},
     "contradiction": None},
    {"id": "fdp-threshold",
     "text": "The FDP polls around or below the five per cent threshold for entering the Bundestag",
     "docs": ["03", "04"],
     "anchors": {
         "03": "tremble around the five-percent-hurdle",
         "04": "In the present polls it obtains only 3 to 4 percent"},
     "contradiction": None,
     "note": "04's 11.5 percent is the FDP's 2021 result, a different quantity"},
]
dump('claims.json', {
    "about": "Answer key for claims on corpus-ab/articles: facts that several documents state, each with per-document "
             "anchors (a phrase of the sentence that states it; one sentence anchors one claim), and the one intended "
             "contradiction: 05 says 349 MPs voted against Scholz on 16 December where 02 and 03 say 394 (05's 207 "
             "for and 116 abstentions agree). Not contradictions (traps): 394 / 349 against the 367 votes needed "
             "(02, 03), the 717 ballots cast (02) and the 733 seats (01, 02); 207 for Scholz against Schröder's 151 of "
             "2005 (02); the ages (Scholz 66 in 02 and 05, Steinmeier 68 in 03, Merz 69 in 02 and 05, Djir-Sarai 48 "
             "in 04); '21 days' for the president (02, 03) against '60 days' for the election after a dissolution "
             "(03), '55 days from now' (05), 'seven weeks after her break' and 'barely eight weeks' of campaign "
             "(03), 'six months' earlier than the regular date (01); the planned vote of 15 January (01, 04) against "
             "the vote held on 16 December (02, 03, 05) and an election 'by the end of March' (01) against 23 "
             "February: plans superseded, not contradictions; 'Two of the FDP's three other ministers' (01), 'Two "
             "other FDP ministers' and 'The fourth' (05): three counts of one cabinet; the CDU/CSU at 'around 31 "
             "percent' (03) and 'above 30%' (05): approximate agreement; the FDP's 11.5 percent in 2021 (04) against "
             "'3 to 4 percent' now (04) and the five per cent threshold (03, 04); the AfD's 'around 19 percent' (03); "
             "0.35% of GDP (05); 06's 60 billion euros (the court ruling of November 2023), the SPD 'at about 16%' and "
             "'in 60 days' (Merz's words) against 03's 'within 60 days' (the constitutional limit): one span stated "
             "twice, not a claim; 'the sixth time' (02) and 'the 20th German Bundestag' (03); 'D-Day' (02, 04, 05) "
             "is the paper's heading, not a date; Lindner's 'calculated break' / 'provoked' (01, 03) against the "
             "FDP's own plans for a break (02, 04, 05): accusations and facts of different people, not a contradiction "
             "to be reported; Lindner's claim not to have known the paper (04) is single-source; two votes of "
             "confidence (Scholz's, 16 December 2024; Schröder's, 1 July 2005) and two dissolutions (Steinmeier's, 27 "
             "December 2024; Köhler's, 21 July 2005) must not be merged into one claim; 02's request to Steinmeier to "
             "dissolve parliament (16 December) and the dissolution itself (27 December) are two facts. Framing "
             "differs on purpose (01 neutral wire; 02 Berlin English-language site, 'A chancellor who loses on purpose "
             "is not a crisis'; 03 Rhineland daily machine-translated from German, sober and procedural; 04 Polish "
             "regional daily machine-translated from Polish, Warsaw's view and the FDP's embarrassment; 05 British "
             "weekly analysis, 'a story about money'; 06 New York business daily, markets' view, 'A Merz-led "
             "government is the base case') without contradicting. One sentence anchors one claim: facts that "
             "several sources state only inside a sentence anchored for another claim are not keyed as claims "
             "(Trump's victory in 05, the 15 January plan in 05, the 116 abstentions), and a sentence joining several "
             "facts is anchored for one of them only. single_source lists claims only one document makes, for "
             "reference.",
    "claims": claims,
    "single_source": [
        {"doc": "01", "text": "The coalition was nicknamed the 'traffic light' after the parties' colours"},
        {"doc": "01", "text": "Merz demanded the vote of confidence at the latest at the beginning of the next week"},
        {"doc": "01", "text": "Without the FDP, the SPD and the Greens have no majority in the 733-seat Bundestag"},
        {"doc": "02", "text": "717 members voted; it was the sixth vote of confidence in the Federal Republic"},
        {"doc": "02", "text": "Most Greens abstained; several AfD members voted for Scholz"},
        {"doc": "02", "text": "Scholz asked Steinmeier to dissolve parliament shortly after the result"},
        {"doc": "03", "text": "Steinmeier warned against influence from outside on the campaign"},
        {"doc": "03", "text": "Two deputies sued in vain before the Federal Constitutional Court against the dissolution of 2005"},
        {"doc": "03", "text": "Horst Köhler dissolved the Bundestag on 21 July 2005"},
        {"doc": "03", "text": "The AfD polls around 19 percent"},
        {"doc": "04", "text": "Carsten Reymann, the FDP's federal managing director, resigned with Djir-Sarai"},
        {"doc": "04", "text": "Lindner said he did not know the paper and would not have approved it"},
        {"doc": "04", "text": "Poland takes over the presidency of the Council of the EU on 1 January"},
        {"doc": "04", "text": "The FDP obtained 11.5 percent in 2021"},
        {"doc": "04", "text": "Die Zeit and the Süddeutsche Zeitung first reported the FDP's preparations on 15 November"},
        {"doc": "05", "text": "Wissing also took over the justice ministry"},
        {"doc": "05", "text": "Boris Pistorius ruled himself out on 21 November; the SPD executive nominated Scholz on 25 November"},
        {"doc": "05", "text": "The debt brake limits federal borrowing to 0.35% of GDP a year"},
        {"doc": "05", "text": "Merz ruled out any deal with the AfD"},
        {"doc": "06", "text": "Mützenich and Merz settled the timetable; Steinmeier's office said it was workable"},
        {"doc": "06", "text": "Scholz said on Sunday 10 November that he was not attached to his office"},
        {"doc": "06", "text": "In November 2023 the Federal Constitutional Court struck down the transfer of 60 billion euros to a climate fund"},
        {"doc": "06", "text": "Germany's economy shrank in 2023 and is expected to contract again in 2024"},
        {"doc": "06", "text": "The SPD polls at about 16%"},
    ],
})
print('keys written')
