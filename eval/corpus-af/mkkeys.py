"""Writes the answer keys of corpus-af (the unrest in New Caledonia, May-June 2024: the National Assembly's vote on the
unfreezing of the electoral roll in the night of 13 to 14 May, the riots in Nouméa, the state of emergency of 15-28
May and the TikTok ban, the closure of La Tontouta, Macron's visit of 23 May, the dissolution of 9 June and the
suspension of the reform on 12 June, the arrest of Christian Tein on 19 June and his transfer to mainland France) into
keys/.

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
MAC, DAR, ATT, LEF, TEIN = "Emmanuel Macron", "Gérald Darmanin", "Gabriel Attal", "Louis Le Franc", "Christian Tein"
BAC, ETJ, JMT, LEC = "Sonia Backès", "Emmanuel Tjibaou", "Jean-Marie Tjibaou", "Sébastien Lecornu"
THE, GAR, STR, WEA, DUP = "Marcus Theroux", "Pierre-Yves Garnier", "Helena Strand", "Marie-Laure Wéa", "Yves Dupas"
CCAT, FLNKS, UC, AN = "CCAT", "FLNKS", "Union calédonienne", "National Assembly"

# ---------------------------------------------------------------------------------------------- entities
ents = [
    (MAC, P, ["Emmanuel Macron", "Mr Macron"]),
    (DAR, P, ["Gérald Darmanin", "Darmanin", "Mr Darmanain", "Mr Dramanin"]),
    (ATT, P, ["Gabriel Attal"]),
    (LEF, P, ["Louis Le Franc"]),
    (TEIN, P, ["Christian Tein", "Tein", "Mr Tein", "Christian Téin", "Mr. Téin", "Christian Teïn", "Mr. Teïn", "Teïn"]),
    (BAC, P, ["Sonia Backès", "Ms Backès", "Sonia Backes", "Mrs. Backès"]),
    (ETJ, P, ["Emmanuel Tjibaou"]),
    (JMT, P, ["Jean-Marie Tjibaou", "Jean-Marie"]),
    (LEC, P, ["Sébastien Lecornu"]),
    (THE, P, ["Marcus Theroux"]),
    (GAR, P, ["Pierre-Yves Garnier"]),
    (STR, P, ["Helena Strand"]),
    (WEA, P, ["Marie-Laure Wéa"]),
    (DUP, P, ["Yves Dupas"]),

    (CCAT, O, ["CCAT", "Cellule de coordination des actions de terrain", "Cellule of coordination of the actions of field",
               "Cell of coordination of the actions of field"]),
    (FLNKS, O, ["FLNKS", "Kanak and Socialist National Liberation Front",
                "Front of national Kanak and socialist liberation"]),
    (UC, O, ["Union calédonienne", "Caledonian Union"]),
    (AN, O, ["National Assembly", "Assembly"]),
    ("Congress", O, ["Congress"]),
    ("High Commission", O, ["High Commission"]),
    ("GIGN", O, ["GIGN"]),
    ("RAID", O, ["RAID"]),
    ("TikTok", O, ["TikTok"]),
    ("Tasman Institute for Regional Affairs", O, ["Tasman Institute for Regional Affairs"]),
    ("Centre of the Oceanian Studies", O, ["Centre of the Oceanian Studies", "CEO"]),
    ("Ashcombe Institute for Pacific Studies", O, ["Ashcombe Institute for Pacific Studies"]),

    ("Herald", MD, ["Herald"]),
    ("Meridian Review", MD, ["Meridian Review"]),
    ("Melanesian Voice", MD, ["Melanesian Voice"]),

    ("New Caledonia", G, ["New Caledonia", "New-Caledonia", "Caillou"]),
    ("Nouméa", G, ["Nouméa"]),
    ("Southern Province", G, ["Southern Province", "province South"]),
    ("France", G, ["France"]),
    ("Paris", G, ["Paris"]),
    ("Azerbaijan", G, ["Azerbaijan"]),
    ("Baku", G, ["Baku"]),
    ("Versailles", G, ["Versailles"]),
    ("Canberra", G, ["Canberra"]),
    ("Wellington", G, ["Wellington"]),
    ("Plum", G, ["Plum"]),
    ("Montpellier", G, ["Montpellier"]),
    ("London", G, ["London"]),
    ("Saint-Louis", G, ["Saint-Louis"]),
    ("Dumbéa", G, ["Dumbéa"]),
    ("Mulhouse", G, ["Mulhouse"]),

    ("La Tontouta", L, ["La Tontouta"]),
    ("Pacific", L, ["Pacific"]),

    ("Nouméa Accord", M, ["Nouméa Accord", "Accord of Nouméa"]),
    ("Matignon Accords", M, ["Matignon Accords", "Accords of Matignon"]),
    ("Olympic Games", E_, ["Olympic Games"]),
]

descriptions = [
    (MAC, ["the 46-year-old", "the 46-year-old president", "the head of state", "the head of the State",
           "the president of the Republic"]),
    (DAR, ["the minister"]),
    (TEIN, ["the leader of the movement"]),
    (BAC, ["the Southern Province president"]),
    (CCAT, ["the coordination unit"]),
    ("Nouméa", ["the capital"]),
    ("New Caledonia", ["the Pacific territory", "the archipelago"]),
    ("France", ["Paris"]),
    ("Azerbaijan", ["Baku"]),
]

roles = [
    (MAC, ["President Emmanuel Macron", "French President"]),
    (DAR, ["Interior Minister", "interior minister", "the minister of the Interior"]),
    (ATT, ["Prime Minister"]),
    (LEF, ["High Commissioner", "the high-commissioner of the Republic", "the French state's representative"]),
    (TEIN, ["the leader of the CCAT", "Its leader"]),
    (BAC, ["the loyalist president of the Southern Province", "the president of the province South"]),
    (ETJ, ["a senior figure in the Union calédonienne", "the Union calédonienne candidate"]),
    (LEC, ["Armed Forces Minister"]),
    (THE, ["a researcher at the Tasman Institute for Regional Affairs"]),
    (GAR, ["researcher at the Centre of the Oceanian Studies"]),
    (STR, ["who studies French overseas politics at the Ashcombe Institute for Pacific Studies"]),
    (WEA, ["a spokeswoman for the CCAT"]),
    (DUP, ["The Nouméa public prosecutor", "the procurator of the Republic"]),
]

must_not_merge = [
    [ETJ, JMT],
    [MAC, ETJ],
    [DUP, GAR],
]

dump('entities.json', {
    "about": "Answer key for entity resolution on corpus-af/articles (the unrest in New Caledonia, May-June 2024: the "
             "National Assembly's adoption of the bill unfreezing the provincial electoral roll in the night of 13 to 14 "
             "May, the riots in Nouméa from the evening of 13 May, the state of emergency of 15-28 May and the TikTok "
             "ban, the closure of La Tontouta, Macron's visit of 23 May, the dissolution of 9 June and the suspension of "
             "the reform on 12 June, Christian Tein's arrest on 19 June and his transfer to mainland France in the night "
             "of 22 to 23 June), written from reading the articles. Same conventions as corpus-c..q: canonical name (a "
             "form that occurs in the texts), type, and every surface form that names the entity in the cleaned texts "
             "(headlines, standfirsts, captions, bylines, the dateline 'NOUMEA (Pacific Wire) -', related links, share "
             "bars and other boilerplate excluded). Title+surname forms ('Mr Macron', 'Mr Tein', 'Mr. Téin', 'Mr. Teïn', "
             "'Ms Backès', 'Mrs. Backès', 'Mr Darmanain', 'Mr Dramanin') are keyed as aliases; title+full-name forms "
             "('Dr Marcus Theroux', 'Dr Helena Strand') are not listed separately. Defects on purpose: the CCAT leader "
             "is 'Christian Tein' / 'Tein' / 'Mr Tein' (01, 04, 05), 'Christian Téin' / 'Mr. Téin' (03, with an acute "
             "accent) and 'Christian Teïn' / 'Mr. Teïn' / 'Teïn' (06, with a diaeresis); the interior minister is "
             "'Gérald Darmanin' / 'Darmanin' and, in one article (04), two misspellings of his surname, 'Mr Darmanain' "
             "and 'Mr Dramanin'; the loyalist leader is 'Sonia Backès' / 'Ms Backès' / 'Mrs. Backès' (06, French "
             "'Mme') and, without the accent, 'Sonia Backes' (04); 'New Caledonia' is 'New-Caledonia' in 03 (a French "
             "hyphen) and 'the Caillou' (03, 04, 06, the French nickname 'the Pebble', keyed as an alias). Two "
             "Tjibaous who must not merge: Emmanuel Tjibaou (02, 03, 04, 05), alive, a Union calédonienne figure and "
             "candidate, and his late father Jean-Marie Tjibaou (02, 03; the bare 'Jean-Marie' in 04's 'whose father "
             "Jean-Marie'), assassinated in 1989; 05's 'his father's generation' names neither. Two Emmanuels "
             "(Macron and Tjibaou), a 'Yves' inside a 'Pierre-Yves' (the prosecutor Yves Dupas and the researcher "
             "Pierre-Yves Garnier) must stay apart. Acronyms and foreign forms: the CCAT is 'the CCAT' (all six), its French expansion "
             "'Cellule de coordination des actions de terrain' (01) and the machine-translated calques 'Cellule of "
             "coordination of the actions of field' (03) and 'Cell of coordination of the actions of field' (06); 'the "
             "Kanak and Socialist National Liberation Front (FLNKS)' (01) and the calque 'The Front of national Kanak "
             "and socialist liberation (FLNKS)' (03), bare 'FLNKS' in 04, 05; the party is 'the Union calédonienne' "
             "(01, 02, 04, 05) and 'the Caledonian Union' (03, 06); 'the Centre of the Oceanian Studies (CEO)' (03, a "
             "French acronym, Centre d'études océaniennes); 'the GIGN' (03, 05; 06 only in a caption) and 'the RAID' "
             "(03), French police and gendarmerie units, kept as acronyms; 'Southern Province' (01, 02, 05) and the "
             "calque 'the province South' (03, 06); 'the Nouméa Accord' (01, 04, 05) and 'the Accord of Nouméa' (03); "
             "'the Matignon Accords' (02, 05) and 'the Accords of Matignon' (03). 'National Assembly' (01-05) and 'the "
             "Assembly' (04, three times, once 'The next Assembly'). 'Congress' is the two houses of the French "
             "parliament sitting together at Versailles (02 'sitting in Congress at Versailles', 03 'a Congress at "
             "Versailles', 'the Congress with a majority of three-fifths'); 01's 'the territory's Congress' is New "
             "Caledonia's own assembly, a different body with the same name: it cannot get an alias of its own here "
             "and is noted only (a system that keeps 01's Congress apart is not penalised for it). Capitals for "
             "governments: 'Paris' stands for the French government in 02 ('Paris came to show that it has not lost "
             "control'), 03 ('Paris has confused the calendar'), 04 ('For Paris, the Caillou has become one crisis'), "
             "05 ('Paris stops the bill') and 06 ('Paris had however avoided to touch the independentists') and is "
             "keyed as a description of France as well as the city's alias (the city in 01 'in Paris', 'Paris time', "
             "02 'from Paris', 04 'a press conference in Paris', 'the blame in Paris'); 'Baku denied it' (01) stands "
             "for Azerbaijan's government and is keyed as a description of Azerbaijan and the city's alias; "
             "'Canberra and Wellington sent military aircraft' (02) stand for the Australian and New Zealand "
             "governments, whose countries are never named: keyed as the cities. 'Herald' (02 'told the Herald'), "
             "'Meridian Review' (04 'told The Meridian Review') and 'Melanesian Voice' (05 'told the Melanesian "
             "Voice') are outlets. 'La Tontouta' is the international airport (01-04), a location, not a person; "
             "'Plum' (01) is a locality of the commune of Mont-Dore. 'High Commission' (02) is the state's seat in "
             "Nouméa; 03's and 06's lower-case 'the high-commissariat' is not keyed. Descriptions: 'The 46-year-old' "
             "(02), 'The 46-year-old president' (04), 'The head of state' (02), 'the head of the State' (06) and 'The "
             "president of the Republic' (03) for Macron; 'the minister' (01 'the minister said', 04 'The minister, "
             "for his part', 'the minister has called'; also in 03 'the minister Gérald Darmanin') for Darmanin; 'the "
             "leader of the movement' (06) for Tein; 'The Southern Province president' (05) for Backès; 'the "
             "coordination unit' (04) for the CCAT; 'the capital' (01 'south of the capital') for Nouméa; 'the Pacific "
             "territory' (01) and 'the archipelago' (03) for New Caledonia; 'Paris' for France and 'Baku' for "
             "Azerbaijan (above). 'the president' (02, 04) is not keyed (Macron, but also 'the loyalist president of "
             "the Southern Province'); 'the territory' is not keyed. Not keyed: adjectives and demonyms (French, "
             "Kanak, Caledonian, loyalist, European), 'the Kanak people', 'Covid-19', 'the European elections', 'the "
             "Republic' alone, 'the ministry of the Interior' (03), 'the chamber of commerce' (02, 03), 'the Caledonian "
             "government' (06), 'the gendarmerie', the cabinet, parliament, the army, the reporters of the bylines. "
             "roles: roles stated in an apposition or title, for information.",
    "entities": [{"name": n, "type": t, "aliases": a} for n, t, a in ents],
    "must_not_merge": must_not_merge,
    "descriptions": [{"entity": e, "descriptions": d} for e, d in descriptions],
    "roles": [{"entity": e, "roles": r} for e, r in roles],
})

# ---------------------------------------------------------------------------------------------- dates
dates = [
    # 01: published Thursday 2024-05-16 (JSON field 2024-05-16T02:30:00Z, 13:30 in Nouméa)
    ["01", "Wednesday", "2024-05-15"],
    ["01", "Monday", "2024-05-13"],
    ["01", "ten years", "P10Y"],
    ["01", "Monday", "2024-05-13"],
    ["01", "Tuesday", "2024-05-14"],
    ["01", "Wednesday", "2024-05-15"],
    ["01", "Thursday", "2024-05-16"],
    ["01", "12 days", "P12D"],
    ["01", "Wednesday", "2024-05-15"],
    ["01", "Tuesday", "2024-05-14"],
    ["01", "last year", "2023"],
    ["01", "Tuesday", "2024-05-14"],
    ["01", "1998", "1998"],
    ["01", "the end of June", "2024-06"],
    ["01", "2018", "2018"],
    ["01", "2020", "2020"],
    ["01", "2021", "2021"],
    # 02: published Friday 2024-05-24 (meta and JSON-LD 2024-05-24T07:15:00+10:00, 08:15 in Nouméa)
    ["02", "Thursday", "2024-05-23"],
    ["02", "a day", "P1D"],
    ["02", "ten days", "P10D"],
    ["02", "a month", "P1M"],
    ["02", "Thursday", "2024-05-23"],
    ["02", "24 hours", "PT24H"],
    ["02", "May 14", "2024-05-14"],
    ["02", "May 15", "2024-05-15"],
    ["02", "twelve days", "P12D"],
    ["02", "1988", "1988"],
    ["02", "the following year", "1989"],
    ["02", "Tuesday", "2024-05-21"],
    ["02", "the weekend", "2024-05-25/2024-05-26"],
    ["02", "thirty years", "P30Y"],
    ["02", "May 14", "2024-05-14"],
    # 03: published Wednesday 2024-05-29 (visible date line 29/05/2024, day before month)
    ["03", "Wednesday 15 May", "2024-05-15"],
    ["03", "Tuesday 28 May", "2024-05-28"],
    ["03", "twelve days", "P12D"],
    ["03", "Monday", "2024-05-27"],
    ["03", "the 15", "2024-05-15"],
    ["03", "Sunday 2 June", "2024-06-02"],
    ["03", "13 to the 14 May", "2024-05-13/2024-05-14"],
    ["03", "Monday", "2024-05-27"],
    ["03", "1989", "1989"],
    ["03", "1998", "1998"],
    ["03", "twenty years", "P20Y"],
    ["03", "4 November 2018", "2018-11-04"],
    ["03", "4 October 2020", "2020-10-04"],
    ["03", "12 December 2021", "2021-12-12"],
    # 04: published Thursday 2024-06-13, no date line
    ["04", "Yesterday", "2024-06-12"],
    ["04", "Sunday", "2024-06-09"],
    ["04", "13 to 14 May", "2024-05-13/2024-05-14"],
    ["04", "ten years", "P10Y"],
    ["04", "1998", "1998"],
    ["04", "three weeks", "P3W"],
    ["04", "3 June", "2024-06-03"],
    ["04", "15 May", "2024-05-15"],
    ["04", "28 May", "2024-05-28"],
    ["04", "a week", "P1W"],
    ["04", "1998", "1998"],
    ["04", "Wednesday", "2024-06-12"],
    ["04", "30 June", "2024-06-30"],
    ["04", "7 July", "2024-07-07"],
    ["04", "1989", "1989"],
    # 05: published Monday 2024-06-24, no date line
    ["05", "this morning", "2024-06-24"],
    ["05", "Saturday", "2024-06-22"],
    ["05", "last Wednesday", "2024-06-19"],
    ["05", "Three days later", "2024-06-22"],
    ["05", "Saturday", "2024-06-22"],
    ["05", "13 May", "2024-05-13"],
    ["05", "Yesterday", "2024-06-23"],
    ["05", "last week", "2024-06-17/2024-06-23"],
    ["05", "the same day", "2024-06-19"],
    ["05", "earlier this month", "2024-06"],
    ["05", "next Sunday", "2024-06-30"],
    ["05", "1988", "1988"],
    ["05", "ten years later", "1998"],
    ["05", "the day before", "2024-06-18"],
    # 06: published Thursday 2024-06-20 (visible date line 'Thursday 20 June 2024 – 07h30')
    ["06", "Wednesday 19 June", "2024-06-19"],
    ["06", "the 13th of May", "2024-05-13"],
    ["06", "four days", "P4D"],
    ["06", "48 hours", "PT48H"],
    ["06", "Wednesday 15 May", "2024-05-15"],
    ["06", "23 May", "2024-05-23"],
    ["06", "this Wednesday", "2024-06-19"],
    ["06", "30 June", "2024-06-30"],
    ["06", "this week-end", "2024-06-22/2024-06-23"],
    ["06", "November 2023", "2023-11"],
]
dump('dates.json', {
    "about": "Answer key for date normalisation on corpus-af/articles, same conventions as corpus-c..q: document id "
             "prefix, the expression as written (the first occurrence not yet matched, in text order; a system "
             "expression that contains the key text matches, so 'Wednesday' in 01 also matches 'on Wednesday' and 'on "
             "Wednesday morning', 'Monday' 'on Monday evening', 'Thursday' 'early on Thursday', 'ten years' 'for ten "
             "years', 'a day' 'less than a day', 'a month' 'within a month at most', '24 hours' 'almost 24 hours', "
             "'three weeks' 'almost three weeks', 'a week' 'less than a week', 'twenty years' 'more than twenty "
             "years', 'Tuesday 28 May' 'this Tuesday 28 May', 'Wednesday 19 June' 'this Wednesday 19 June', 'the "
             "weekend' 'at the weekend'), its absolute value. Weeks run Monday to Sunday. Dates are Nouméa local dates "
             "(UTC+11); the Assembly's vote 'shortly after midnight Paris time' fell on Tuesday 14 May in Paris and in "
             "Nouméa alike. A night 'of X to Y' is keyed by its first day when written with weekdays (01 'in the night "
             "of Monday to Tuesday' keyed by its 'Monday', 13 May; 05 'in the night of Saturday to Sunday' by its "
             "'Saturday', 22 June; their second weekday is not keyed) and as a range when written with day numbers "
             "(03 'in the night of the 13 to the 14 May', 04 'in the night of 13 to 14 May': 13-14 May). The date "
             "lines 'Published the 29/05/2024 at 06h15 – Updated at 09h40' (03, day before month) and 'Thursday 20 "
             "June 2024 – 07h30' (06), the dateline of 01, captions ('Sunday' in 03's, 'Wednesday at dawn' in 06's), "
             "headlines, standfirsts, related links and 05's duplicated lead are not keyed. Clock times and parts of "
             "days ('shortly after midnight Paris time', 'from 6 p.m. to 6 a.m.', 'at 5 hours, local hour', 'from 18 "
             "hours to 6 hours', 'advanced to 20 hours' (a clock time, not a duration), 'at the dawn', 'in the "
             "afternoon', 'at night', 'Sunday night' keyed by its 'Sunday') are not keyed as such. Vague, recurring or "
             "anaphoric expressions ('two nights of rioting', 'a few weeks' (02, twice), 'weeks' (02, Tjibaou), "
             "'since the last referendum', 'Until then', 'since then', 'before that year', 'before the summer', 'by "
             "the end of the year' (04, the provincial elections), 'for ever', 'several weeks', 'a few days', 'the day "
             "of the declaration' (06, anaphoric for 15 May), 'for a short time') are not keyed; nor are ages ('aged "
             "22', 'The 46-year-old', 'The 46-year-old president', 'Gérald Darmanin, 41 years'), counts ('351 votes to "
             "153', '315 votes to 153', '1,000', '1,700', '3,000', 'Some 3,500', 'more than 130', 'more than 400', "
             "'25,000', 'some 42,000', '41%', '270,000', 'seven persons', 'Ten other persons', 'six other', 'ten "
             "others', '17,000 kilometres', 'about one billion euros', '120 billion of CFP francs', '1.5 billion "
             "euros', 'two seats', 'two rounds') or the name 'Covid-19'. Relative dates: 01 (written Thursday 16 May in "
             "Nouméa) 'on Wednesday' 15 May (three times: the declaration, the cabinet's decree, 'on Wednesday "
             "morning' the gendarme), 'on Monday evening' 13 May, 'for ten years' a span, 'since Tuesday' and 'on "
             "Tuesday' (twice) 14 May, 'early on Thursday' 16 May (the state of emergency in force; the day of "
             "publication), 'for 12 days' a span, 'last year' 2023, 'the 1998 Nouméa Accord', 'before the end of June' "
             "June 2024, 'in 2018, 2020 and 2021'. 02 (written Thursday 23 May, published Friday 24 May): 'on "
             "Thursday' and 'on Thursday morning' 23 May, 'less than a day', 'ten days', 'within a month at most', "
             "'almost 24 hours' spans, 'since May 14', 'on May 15', 'for twelve days' a span, 'of 1988', 'the following "
             "year' 1989, 'on Tuesday' 21 May (the evacuation flights), 'at the weekend' 25-26 May (flights expected), "
             "'thirty years' a span, 'on May 14'. 03 (Wednesday 29 May): 'the Wednesday 15 May', 'this Tuesday 28 May', "
             "'after twelve days' a span, 'on Monday' 27 May (twice: Macron's announcement, Téin's statement), 'since "
             "the 15' (a day of the month alone) 15 May, 'until Sunday 2 June', the night range, 'in 1989', 'since "
             "1998', 'more than twenty years' a span, and the three referendums with full dates. 04 (Thursday 13 June, "
             "no date line): 'Yesterday' 12 June, 'on Sunday night' 9 June, the night range, 'for ten years' a span, "
             "'since 1998' and 'in 1998' (inside Darmanin's quotation), 'almost three weeks' a span, 'on 3 June', 'on "
             "15 May', 'on 28 May', 'less than a week' a span, 'on Wednesday' 12 June (Tein, 'hours after the "
             "president spoke'), 'on 30 June and 7 July', 'in 1989'. 05 (Monday 24 June, no date line): 'this "
             "morning' 24 June, 'last Wednesday' 19 June, 'Three days later, on Saturday' keyed twice (both 22 June), "
             "'on 13 May', 'Yesterday' 23 June, 'last week' 17-23 June, 'the same day' 19 June (the day of the "
             "arrests, when Backès welcomed them), 'earlier this month' June 2024, 'next Sunday' 30 June, 'the 1988 "
             "Matignon Accords', 'ten years later' 1998 (the Nouméa Accord), 'the day before the raids' 18 June. 06 "
             "(Thursday 20 June): 'this Wednesday 19 June', 'the 13th of May', 'four days' and '48 hours' spans, 'the "
             "Wednesday 15 May', 'the 23 May', 'this Wednesday' 19 June (Backès), 'of 30 June', 'this week-end' 22-23 "
             "June, 'in November 2023'. Publication dates used: 01 2024-05-16, 02 2024-05-24, 03 2024-05-29, 04 "
             "2024-06-13, 05 2024-06-24, 06 2024-06-20 (see publication.json).",
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
         "how": "JSONL published field 2024-05-16T02:30:00Z (13:30 in Nouméa, 04:30 in Paris, the same date); the "
                "declaration 'on Wednesday' is past and the state of emergency has been 'in force since early on "
                "Thursday'",
         "window": ["2024-05-16", "2024-05-16"]},
        {"doc": "02", "date": "2024-05-24", "stated": True,
         "how": "meta article:published_time and JSON-LD datePublished 2024-05-24T07:15:00+10:00 (08:15 in Nouméa; "
                "no visible date); Macron's visit 'on Thursday' (23 May) is past",
         "window": ["2024-05-24", "2024-05-24"]},
        {"doc": "03", "date": "2024-05-29", "stated": True,
         "how": "visible date line 'Published the 29/05/2024 at 06h15 – Updated at 09h40' (day/month/year); the "
                "lifting 'this Tuesday 28 May' is past and the airport stays closed 'until Sunday 2 June at least'",
         "window": ["2024-05-29", "2024-05-29"]},
        {"doc": "04", "date": "2024-06-13", "stated": False,
         "how": "none: the airport 'reopened only on 3 June'; the president dissolved the Assembly 'on Sunday night' "
                "and announced the suspension 'Yesterday'; Tein spoke 'on Wednesday, hours after the president spoke', "
                "so yesterday was a Wednesday; Tein 'has not been arrested' (he was arrested at dawn on Wednesday 19 "
                "June per 05/06), so that Wednesday is 12 June and the article was written on Thursday 13 June",
         "window": ["2024-06-13", "2024-06-13"]},
        {"doc": "05", "date": "2024-06-24", "stated": False,
         "how": "none: Tein was arrested 'last Wednesday' (19 June per 06), charged 'Three days later, on Saturday', "
                "flown out 'in the night of Saturday to Sunday', and 'Yesterday' the transfers set off a night of "
                "anger: yesterday is Sunday 23 June, so Monday 24 June ('next Sunday's legislative election', 30 June "
                "per 04/06, agrees)",
         "window": ["2024-06-24", "2024-06-24"]},
        {"doc": "06", "date": "2024-06-20", "stated": True,
         "how": "visible date line 'Thursday 20 June 2024 – 07h30' (under the masthead); the arrest 'this Wednesday "
                "19 June' is past",
         "window": ["2024-06-20", "2024-06-20"]},
    ],
})

# ---------------------------------------------------------------------------------------------- timeline
ev = []
event = recorder(ev)

event("Riots break out in Nouméa on the evening the National Assembly debates the electoral reform", "2024-05-13",
      ["01", "03", "05", "06"],
      ["riot", "unrest", "violence", "broke out", "began", "fires"],
      note="01 'The unrest began on Monday evening'; 03 'Since the beginning of the riots, in the night of the 13 to "
           "the 14 May'; 05 'the violence that broke out on 13 May'; 06 'the violences which shake the Caillou since "
           "the 13th of May'; 04's 'while the first fires were already burning' is dated only through the vote and is "
           "not listed")
event("The National Assembly adopts the constitutional bill unfreezing the electoral roll, 351 votes to 153",
      "2024-05-14", ["01", "02", "04"],
      ["adopt", "351", "315", "vote", "bill", "national assembly"],
      note="after midnight in Paris, in the night of Monday 13 to Tuesday 14 May (01 'in the night of Monday to "
           "Tuesday', 02 'adopted by the National Assembly on May 14', 04 'in the night of 13 to 14 May' with the "
           "intended wrong count 315); 03 gives the count without a date and is not listed; not to be merged with "
           "the start of the riots the evening before, nor with the dissolution (9 June) or the suspension (12 June)")
event("La Tontouta international airport is closed to commercial flights", "2024-05-14", ["01", "02"],
      ["tontouta", "airport", "closed", "flights"],
      note="01 'closed to commercial flights since Tuesday'; 02 'closed to commercial traffic since May 14'; the "
           "insurrectional warning and the curfew of the same Tuesday (01) are folded in or not keyed")
event("The French government decrees a state of emergency in New Caledonia", "2024-05-15",
      ["01", "02", "03", "04", "06"],
      ["state of emergency", "emergency"],
      note="decreed by the cabinet in Paris on Wednesday 15 May, in force from early on Thursday 16 May in Nouméa "
           "(01); the first of two state-of-emergency events: the lifting on 28 May must stay apart")
event("TikTok is banned in New Caledonia", "2024-05-15", ["01", "03"],
      ["tiktok"],
      note="01 the same sentence as the declaration 'on Wednesday'; 03 'blocked since the 15'; a separate event of the "
           "same day")
event("A 22-year-old gendarme is shot dead at Plum", "2024-05-15", ["01"],
      ["gendarme", "plum", "shot"],
      note="01 'shot in the head on Wednesday morning'; the rest of the rising toll is not dated per death")
event("Australia and New Zealand send military aircraft to evacuate stranded tourists", "2024-05-21", ["02"],
      ["canberra", "wellington", "aircraft", "tourists", "evacuat"])
event("Emmanuel Macron's visit of less than a day to Nouméa", "2024-05-23", ["02", "06"],
      ["visit", "landed", "macron"],
      note="02 'on Thursday' / 'on Thursday morning'; 06 'the visit of the head of the State, the 23 May'; 04's "
           "'flying visit' is undated")
event("The state of emergency is lifted", "2024-05-28", ["03", "04"],
      ["lifted", "lifting", "state of emergency", "emergency"],
      note="03 'this Tuesday 28 May at 5 hours, local hour'; 04 'was lifted on 28 May'; Macron's announcement 'on "
           "Monday' (27 May) is a statement, not keyed; must stay apart from the declaration of 15 May")
event("La Tontouta airport reopens to commercial flights", "2024-06-03", ["04"],
      ["reopen", "tontouta", "airport"],
      note="03's 'closed ... until Sunday 2 June at least' is a forecast and agrees")
event("Emmanuel Macron dissolves the National Assembly", "2024-06-09", ["04"],
      ["dissol"],
      note="04 'on Sunday night'; 05's 'after dissolving the National Assembly' is undated")
event("Macron announces that the constitutional reform is suspended", "2024-06-12", ["04"],
      ["suspend", "suspension", "press conference"],
      note="04 'Yesterday, at a press conference in Paris'; 05's 'suspended earlier this month' names only the month")
event("Christian Tein and ten others are arrested in dawn raids in Nouméa", "2024-06-19", ["05", "06"],
      ["arrest", "raid", "garde à vue", "custody"],
      note="05 'last Wednesday'; 06 'this Wednesday 19 June at the dawn'; Backès's reaction the same day is folded in")
event("Investigating judges charge Tein and order him held in pre-trial detention in mainland France", "2024-06-22",
      ["05"],
      ["charge", "pre-trial", "judges", "detention"],
      note="05 'Three days later, on Saturday'; the same day as the start of the transfer, a separate event")
event("Tein and six other activists are flown to mainland France on a chartered plane", "2024-06-22", ["05"],
      ["flown", "plane", "transfer", "chartered", "mainland"],
      until="2024-06-23",
      note="05 'in the night of Saturday to Sunday' (keyed by the Saturday); must stay apart from the arrest of 19 June")
event("New violence after the transfers: cars and a police station set on fire in Saint-Louis", "2024-06-23", ["05"],
      ["fire", "saint-louis", "anger", "blocked"])
event("First independence referendum: No to independence", "2018-11-04", ["03"],
      ["referendum", "consultation", "2018"],
      note="the first of three referendums that must stay apart (01 names only the years)")
event("Second independence referendum: No to independence", "2020-10-04", ["03"],
      ["referendum", "consultation", "2020"])
event("Third independence referendum, boycotted by the separatists", "2021-12-12", ["03"],
      ["referendum", "consultation", "2021", "boycott"])
dump('timeline.json', {
    "about": "Real-world events the articles report, with date (day), until for multi-day events, the documents that "
             "report each (with a date the reader can resolve), and words by which a system event is recognised "
             "(title, trigger or participant entity ids). Dates are Nouméa local dates (UTC+11). Occurrences of similar "
             "events must stay apart: the three independence referendums (4 November 2018, 4 October 2020, 12 December "
             "2021); the state of emergency decreed on 15 May and lifted on 28 May; the Assembly's vote (14 May), the "
             "dissolution (9 June) and the suspension (12 June); Tein's arrest (19 June), the charges (22 June) and "
             "the transfer (night of 22 to 23 June); the airport's closure (14 May) and reopening (3 June); the start "
             "of the riots (evening of 13 May) and the vote after midnight Paris time (14 May); the declaration, the "
             "TikTok ban and the gendarme's death of 15 May. Not keyed: future, planned or announced events (the "
             "Congress at Versailles 'before the end of June' (01), the airport's closure 'until Sunday 2 June at "
             "least' (03), the flights 'at the weekend' (02), the legislative election of 30 June and 7 July (04, 05, "
             "06), the curfew 'this week-end' (06)), events dated only by month or year (the Matignon Accords of 1988, "
             "Jean-Marie Tjibaou's assassination in 1989, the Nouméa Accord of 1998, the CCAT's creation 'last year' / "
             "'in November 2023', the suspension 'earlier this month' in 05), statements (Attal's and Darmanin's of "
             "15 May, Le Franc's 'insurrectional' of 14 May and his press conferences, Tein's video of 14 May, "
             "Macron's announcement of 27 May, Tein's words of 12 June, Backès's reaction of 19 June, Dupas's press "
             "conference, Tein's last message of 18 June), states (the curfew, the roadblocks, Tein held in "
             "Mulhouse), and same-day side events folded into a keyed one (see notes).",
    "events": ev,
})

# ---------------------------------------------------------------------------------------------- quotes
quotes = [
    ["01", "No violence will be tolerated", "direct", ATT],
    ["01", "the army would be deployed to secure the ports", "indirect", ATT],
    ["01", "1,000 extra police officers and gendarmes would be flown in", "indirect", DAR],
    ["01", "Three of the dead were young civilians", "indirect", [None]],
    ["01", "This is a mafia-like group that wants violence", "direct", DAR],
    ["01", "several of its leaders had been placed under house arrest", "indirect", DAR],
    ["01", "Azerbaijan had encouraged the separatists", "indirect", DAR],
    ["01", "insurrectional", "partial", LEF],
    ["01", "We never called on anyone to burn shops", "direct", TEIN],
    ["01", "We called on people to stand up", "direct", TEIN],
    ["01", "Our neighbourhoods are being set on fire", "direct", BAC],
    ["01", "Order has to come back before anything else", "direct", BAC],
    ["01", "the reform would add some 25,000 people", "indirect", [None]],
    ["01", "it would dilute the vote of the Kanak people", "indirect", [None]],
    ["01", "he will convene them before the end of June", "indirect", MAC],

    ["02", "the contested reform of New Caledonia", "indirect", MAC],
    ["02", "I have committed myself to this", "direct", MAC],
    ["02", "We are giving ourselves a few weeks", "direct", MAC],
    ["02", "he would take stock of the situation", "indirect", MAC],
    ["02", "the 3,000 police and gendarmes now on the island", "indirect", MAC],
    ["02", "the independence camp had come to listen", "indirect", ETJ],
    ["02", "The president speaks of weeks", "direct", ETJ],
    ["02", "We have been asking for a consensus", "direct", ETJ],
    ["02", "she had told Mr Macron that the reform could not be buried", "indirect", BAC],
    ["02", "residents of Nouméa's southern suburbs", "indirect", BAC],
    ["02", "Paris came to show that it has not lost control", "direct", THE],
    ["02", "But a few weeks is not much time", "direct", THE],
    ["02", "nothing is decided", "indirect", MAC],

    ["03", "he would not prolong it", "indirect", MAC],
    ["03", "The international airport of La Tontouta will stay closed", "indirect", [None, "High Commission"]],
    ["03", "The return to order is a necessity", "direct", LEF],
    ["03", "There will be no impunity", "direct", LEF],
    ["03", "seven persons have died", "indirect", [None]],
    ["03", "mafious", "partial", DAR],
    ["03", "remain mobilised", "partial", CCAT],
    ["03", "the roadblocks were « the last weapon of the Kanak people", "indirect", TEIN],
    ["03", "the CCAT had ordered the pillages", "indirect", TEIN],
    ["03", "We are not terrorists", "direct", TEIN],
    ["03", "we are the children of the land", "direct", TEIN],
    ["03", "it is ready to resume the dialogue", "indirect", FLNKS],
    ["03", "the unfreezing of the electoral body broke the spirit", "direct", ETJ],
    ["03", "his father, Jean-Marie Tjibaou, had paid with his life", "indirect", ETJ],
    ["03", "the lifting of the state of emergency was", "indirect", BAC],
    ["03", "the reform be voted", "indirect", BAC],
    ["03", "Paris has confused the calendar of the law", "direct", GAR],
    ["03", "the three referendums of self-determination", "indirect", GAR],
    ["03", "The third consultation is the origin of the crisis", "direct", GAR],

    ["04", "the constitutional reform of New Caledonia's electoral roll was", "indirect", MAC],
    ["04", "Mr Dramanin mistook a deadline for a strategy", "indirect", [None]],
    ["04", "the state had \"kept every promise", "indirect", DAR],
    ["04", "mafia-like", "partial", DAR],
    ["04", "the dissolution is a victory for the Kanak people", "indirect", TEIN],
    ["04", "The street has done what the negotiations could not", "direct", TEIN],
    ["04", "his followers would stay on the roadblocks", "indirect", TEIN],
    ["04", "Suspended is not withdrawn", "direct", STR],
    ["04", "The loyalists will campaign on it", "direct", STR],

    ["05", "He is now in a prison in Mulhouse", "indirect", [None]],
    ["05", "This is a deportation, there is no other word for it", "direct", WEA],
    ["05", "They are taking our leaders to the other side of the world", "direct", WEA],
    ["05", "recalled the colonial practice", "indirect", [UC, FLNKS]],
    ["05", "the CCAT was not a peaceful committee", "indirect", DUP],
    ["05", "the detainees had to be kept away from the territory", "indirect", DUP],
    ["05", "This case is about acts, not about opinions", "direct", DUP],
    ["05", "the instigators were finally being held to account", "indirect", BAC],
    ["05", "Nouméa's residents \"have the right to live without fear", "indirect", BAC],
    ["05", "Paris stops the bill with one hand", "direct", ETJ],
    ["05", "the transfers would make dialogue", "indirect", ETJ],
    ["05", "calmly, without blood", "partial", TEIN],

    ["06", "The CCAT is not a political party", "direct", DUP],
    ["06", "it is a structure which has planned", "direct", DUP],
    ["06", "mafious group", "partial", DAR],
    ["06", "It is a first step, but it is only a first step", "direct", BAC],
    ["06", "Those who have burnt the schools", "direct", BAC],
    ["06", "the CCAT be dissolved by decree", "indirect", BAC],
    ["06", "a political arrest", "partial", UC],
    ["06", "the damages now exceed 1.5 billion euros", "indirect", [None]],
    ["06", "The curfew has been advanced to 20 hours", "indirect", LEF],
    ["06", "the file was « empty", "indirect", [None]],
]
dump('quotes.json', {
    "about": "Answer key for quotations on corpus-af/articles, same conventions as corpus-c..q: document, the first "
             "words of the quoted or reported content (as written; curly and straight quotes are equivalent), kind "
             "(direct: the words in quotation marks or guillemets; indirect: reported speech, including a reported "
             "clause that carries quoted words, 'He said the ... would stay \"as long as necessary\"'; partial: a few "
             "quoted words that are not a clause of reported speech, 'called the situation \"insurrectional\"'), "
             "speaker (canonical entity name; null when the speaker is unnamed — 'local officials said', 'The "
             "government says', 'independence leaders say', 'Critics on the left say', 'his lawyer said', 'according "
             "to the ministry of the Interior', 'according to the Caledonian government'; a list when several answers "
             "are right). Features on purpose: 'told reporters' (01 Attal, 02 Macron), 'the minister said' (01, a "
             "description for Darmanin), inverted 'said Sonia Backès' (01), 'said Dr Marcus Theroux' (02), 'said Dr "
             "Helena Strand' (04), 'said Marie-Laure Wéa' (05), 'said Emmanuel Tjibaou' (05); unattributed "
             "continuations (01 Tein's and Backès's second sentences, 02 Macron's, Tjibaou's and Theroux's, 03 Le "
             "Franc's, 04 Strand's, 05 Wéa's, 06 Backès's); speakers named by role or pronoun ('the president told "
             "reporters' 02, 'The head of state also said' 02, 'The president of the Republic had announced' 03, 'the "
             "minister Gérald Darmanin qualifies of « mafious »' 03, 'The minister, for his part, told The Meridian "
             "Review' 04, 'he said' / 'he added' 04, 'The Southern Province president ... said the same day' 05, 'He "
             "said' and 'He said:' 05 Dupas, 'has announced the high-commissioner, Louis Le Franc' 06); 'told the Herald' (02), "
             "'told The Meridian Review' (04), 'told the Melanesian Voice' (05); quotes interrupted by their "
             "attribution: 02 'Until then, Mr Macron said, nothing is decided' (reported), 03 '« We are not terrorists "
             "», has insisted Mr. Téin, « we are ... »', 04 '\"...,\" he said on Wednesday, hours after the president "
             "spoke, but his followers would stay on the roadblocks, he added, \"...\"' (a direct quote, then reported "
             "speech with a quoted tail), 06 '« The CCAT is not a political party », has specified the procurator of "
             "the Republic, Yves Dupas, in a press conference, « it is a structure ... »'; machine-translated "
             "attributions with the verb first ('has declared the high-commissioner', 'has insisted Mr. Téin', 'has "
             "reacted Sonia Backès', 'has specified the procurator', 'has indicated the high-commissariat' (03, keyed "
             "null or High Commission), 'has announced the high-commissioner'), and no verb at all ('For Emmanuel "
             "Tjibaou, ..., « ... »' and 'For Pierre-Yves Garnier, ..., « ... »' in 03: keyed as direct quotes, as in "
             "corpus-o and q), 'He recalls that' (03, twice: Tjibaou and Garnier), '», he estimates' (03); organisations "
             "as speakers ('The Front of national Kanak and socialist liberation (FLNKS) has said that' 03, the CCAT's "
             "call to « remain mobilised » 03, 'The Union calédonienne and the FLNKS both condemned the transfers, which "
             "they said' 05, 'The party has denounced « a political arrest »' 06, the Caledonian Union). 04's 'The "
             "minister, for his part, told The Meridian Review that the state had \"kept every promise ...\" and that "
             "\"a frozen roll cannot be frozen for ever\"' is keyed once (reported, from its first clause); 02's "
             "first sentence ('promised on Thursday that the contested reform ... would not be \"forced through\"') and "
             "04's first ('announced that the constitutional reform ... was \"suspended\"') are reported speech with "
             "quoted words (indirect). Not keyed: 02's 'the territory's chamber of commerce puts the damage at about "
             "one billion euros' and 03's 'The damages are estimated ... by the chamber of commerce' (estimates, not "
             "speech), 01's 'and that more than 130 people had been arrested' (the second clause of Darmanin's "
             "reported sentence), 05's 'and that his father's generation had not signed ...' (second clause of "
             "Tjibaou's), 06's 'and has announced that he would contest the garde à vue' (second clause of the "
             "lawyer's), quotations in headlines and captions.",
    "quotes": quotes,
})

# ---------------------------------------------------------------------------------------------- claims
claims = [
    {"id": "assembly-vote",
     "text": "The National Assembly adopted the constitutional bill by 351 votes to 153",
     "docs": ["01", "03"],
     "anchors": {
         "01": "by 351 votes to 153",
         "03": "adopted by the National Assembly by 351 voices against 153"},
     "contradiction": {"docs": ["04"],
                       "anchors": {"04": "The Assembly adopted it in the night of 13 to 14 May by 315 votes to 153"},
                       "aspect": "number",
                       "detail": "04 puts the votes for the bill at 315 against 351 in 01 and 03 (153 against in all "
                                 "three)"},
     "note": "02's 'adopted by the National Assembly on May 14' gives no count (its sentence is anchored for the "
             "Versailles claim)"},
    {"id": "ten-year-residents",
     "text": "The reform opens the provincial electoral roll to people resident for ten years",
     "docs": ["01", "04"],
     "anchors": {
         "01": "open the territory's frozen electoral roll to people who have lived there for ten years",
         "04": "It would have let anyone resident for ten years vote"},
     "contradiction": None},
    {"id": "one-in-five-excluded",
     "text": "About one voter in five (some 42,000 people) is excluded by the roll frozen since 1998",
     "docs": ["01", "03"],
     "anchors": {
         "01": "About one voter in five is excluded",
         "03": "some 42,000 natives of France or of elsewhere"},
     "contradiction": None,
     "note": "04 says the same ('about one voter in five has been barred since 1998') inside the sentence anchored for "
             "the ten-year claim; 01's 'some 25,000 people' who would be added is another quantity"},
    {"id": "versailles",
     "text": "The bill still needs the approval of both houses sitting together at Versailles (three-fifths majority)",
     "docs": ["01", "02", "04"],
     "anchors": {
         "01": "approved by both houses of parliament sitting together in Versailles",
         "02": "still needs the approval of both houses sitting in Congress at Versailles",
         "04": "the joint sitting of parliament at Versailles that the bill needed"},
     "contradiction": None,
     "note": "03 states it inside the sentence anchored for the vote count"},
    {"id": "state-of-emergency-declared",
     "text": "A state of emergency was decreed on Wednesday 15 May, for twelve days",
     "docs": ["01", "02"],
     "anchors": {
         "01": "decreed by the cabinet in Paris on Wednesday",
         "02": "decreed on May 15 for twelve days"},
     "contradiction": None,
     "note": "03, 04 and 06 give the date inside sentences anchored for other claims (the lifting, Darmanin's words)"},
    {"id": "state-of-emergency-lifted",
     "text": "The state of emergency was lifted on Tuesday 28 May",
     "docs": ["03", "04"],
     "anchors": {
         "03": "has been lifted this Tuesday 28 May",
         "04": "was lifted on 28 May"},
     "contradiction": None},
    {"id": "tiktok",
     "text": "TikTok was banned in New Caledonia from 15 May",
     "docs": ["01", "03"],
     "anchors": {
         "01": "banned the video app TikTok",
         "03": "the access to TikTok, blocked since the 15"},
     "contradiction": None,
     "note": "03 reports it restored with the end of the state of emergency: a later state, not a contradiction"},
    {"id": "airport-closed",
     "text": "La Tontouta international airport has been closed to commercial flights since 14 May",
     "docs": ["01", "02", "03", "04"],
     "anchors": {
         "01": "which has been closed to commercial flights since Tuesday",
         "02": "The airport has been closed to commercial traffic since May 14",
         "03": "will stay closed to the commercial flights until Sunday 2 June at least",
         "04": "shut for almost three weeks, reopened only on 3 June"},
     "contradiction": None,
     "note": "03's forecast ('until Sunday 2 June at least') and 04's reopening on 3 June agree"},
    {"id": "toll-seven",
     "text": "Seven people have died in the unrest, two of them gendarmes",
     "docs": ["03", "04", "05", "06"],
     "anchors": {
         "03": "seven persons have died, of whom two gendarmes",
         "04": "Seven people have been killed, two of them gendarmes",
         "05": "Seven lives have been lost since the unrest began",
         "06": "The Caillou counts seven dead"},
     "contradiction": None,
     "note": "01's four dead with one gendarme (16 May) and 02's six with two gendarmes (23 May) are earlier counts of "
             "a rising toll, not contradictions"},
    {"id": "damage",
     "text": "The chamber of commerce puts the damage at about one billion euros (about 120 billion CFP francs)",
     "docs": ["02", "03"],
     "anchors": {
         "02": "puts the damage at about one billion euros",
         "03": "around 120 billion of CFP francs"},
     "contradiction": None,
     "note": "the same sum in two currencies (1 euro = 119.33 CFP francs); 06's 'more than 1.5 billion euros' is a "
             "later estimate by another body (the Caledonian government)"},
    {"id": "macron-visit",
     "text": "Emmanuel Macron visited New Caledonia on Thursday 23 May",
     "docs": ["02", "06"],
     "anchors": {
         "02": "landed at La Tontouta on Thursday morning",
         "06": "during the visit of the head of the State, the 23 May"},
     "contradiction": None,
     "note": "04's 'Mr Macron's flying visit' is inside the sentence anchored for the lifting"},
    {"id": "reform-suspended",
     "text": "Macron suspended the reform after dissolving the National Assembly",
     "docs": ["04", "05"],
     "anchors": {
         "04": "Emmanuel Macron announced that the constitutional reform",
         "05": "which Emmanuel Macron suspended earlier this month"},
     "contradiction": None,
     "note": "01's 'he will convene them before the end of June' is Macron's plan of 16 May, overtaken: not a "
             "contradiction"},
    {"id": "darmanin-mafia",
     "text": "Darmanin called the CCAT a mafia-like group",
     "docs": ["01", "03", "06"],
     "anchors": {
         "01": "This is a mafia-like group that wants violence",
         "03": "which the minister Gérald Darmanin qualifies of « mafious »",
         "06": "had designated the CCAT as a « mafious group »"},
     "contradiction": None,
     "note": "04's 'though the minister has called his group \"mafia-like\"' is inside the sentence anchored for Tein's "
             "leadership"},
    {"id": "tein-leader",
     "text": "Christian Tein is the leader of the CCAT",
     "docs": ["01", "04", "05"],
     "anchors": {
         "01": "Its leader, Christian Tein, urged calm",
         "04": "Christian Tein, the leader of the CCAT, the coordination unit",
         "05": "Christian Tein, the leader of the CCAT protest movement"},
     "contradiction": None,
     "note": "03 ('Its leader, Christian Téin') and 06 ('Christian Teïn, the leader of the Cell') say it inside "
             "sentences anchored for other claims"},
    {"id": "tein-denies",
     "text": "Tein denies that the CCAT called for violence or looting",
     "docs": ["01", "03", "06"],
     "anchors": {
         "01": "We never called on anyone to burn shops",
         "03": "has denied that the CCAT had ordered the pillages",
         "06": "He denies any call to violence"},
     "contradiction": None},
    {"id": "ccat-created-2023",
     "text": "The CCAT was created in (November) 2023",
     "docs": ["01", "06"],
     "anchors": {
         "01": "was set up last year by the Union calédonienne",
         "06": "at its creation, in November 2023"},
     "contradiction": None},
    {"id": "tein-arrested",
     "text": "Christian Tein was arrested on Wednesday 19 June with ten others",
     "docs": ["05", "06"],
     "anchors": {
         "05": "Tein was arrested last Wednesday with ten others",
         "06": "has been arrested this Wednesday 19 June at the dawn"},
     "contradiction": None,
     "note": "04 (13 June) says he 'has not been arrested': true then, not a contradiction; 05's 'six other' "
             "activists transferred are a subset of the ten arrested with him"},
    {"id": "dupas-ccat-organiser",
     "text": "The Nouméa prosecutor Yves Dupas says the CCAT organised the violence",
     "docs": ["05", "06"],
     "anchors": {
         "05": "has argued that the CCAT was not a peaceful committee",
         "06": "The CCAT is not a political party"},
     "contradiction": None},
    {"id": "backes-welcomes-arrests",
     "text": "Sonia Backès welcomed the arrests",
     "docs": ["05", "06"],
     "anchors": {
         "05": "Sonia Backès welcomed the arrests last week",
         "06": "It is a first step, but it is only a first step"},
     "contradiction": None},
    {"id": "backes-dissolve-ccat",
     "text": "Backès has called for the CCAT to be dissolved",
     "docs": ["05", "06"],
     "anchors": {
         "05": "who had called for the CCAT to be dissolved",
         "06": "has also asked that the CCAT be dissolved by decree"},
     "contradiction": None},
    {"id": "backes-southern-province",
     "text": "Sonia Backès is the (loyalist) president of the Southern Province",
     "docs": ["01", "02", "03"],
     "anchors": {
         "01": "said Sonia Backès, the loyalist president of the Southern Province",
         "02": "Sonia Backès, the loyalist president of the Southern Province, said",
         "03": "the president of the province South, Sonia Backès, has estimated"},
     "contradiction": None,
     "note": "06's 'Sonia Backès, the president of the province South' is inside the sentence anchored for her "
             "welcome of the arrests"},
    {"id": "le-franc",
     "text": "Louis Le Franc is the High Commissioner, the French state's representative",
     "docs": ["01", "03", "06"],
     "anchors": {
         "01": "High Commissioner Louis Le Franc, the French state's representative",
         "03": "has declared the high-commissioner of the Republic, Louis Le Franc",
         "06": "has announced the high-commissioner, Louis Le Franc"},
     "contradiction": None},
    {"id": "tjibaou-father",
     "text": "Emmanuel Tjibaou's father Jean-Marie Tjibaou was assassinated in 1989",
     "docs": ["02", "03", "04"],
     "anchors": {
         "02": "His father, Jean-Marie Tjibaou, signed the Matignon Accords of 1988",
         "03": "had paid with his life in 1989",
         "04": "whose father Jean-Marie led the independence struggle until his murder in 1989"},
     "contradiction": None,
     "note": "02 says 'the following year' after 1988; 05's 'his father's generation had not signed the 1988 Matignon "
             "Accords' is about the generation, not the assassination"},
    {"id": "legislative-30-june",
     "text": "The first round of the legislative election is on Sunday 30 June",
     "docs": ["04", "05", "06"],
     "anchors": {
         "04": "will be held in two rounds, on 30 June and 7 July",
         "05": "candidate in next Sunday's legislative election",
         "06": "a few days before the legislative elections of 30 June"},
     "contradiction": None},
    {"id": "referendums",
     "text": "New Caledonia voted three times against independence, in 2018, 2020 and 2021",
     "docs": ["01", "03"],
     "anchors": {
         "01": "The territory has voted three times to stay French",
         "03": "the three referendums of self-determination"},
     "contradiction": None},
]
dump('claims.json', {
    "about": "Checkable claims made by two or more sources on corpus-af/articles: short text, the documents asserting "
             "it (with an anchor: words of the asserting sentence in each document's cleaned text), and any "
             "contradiction (documents that disagree, aspect, detail). Only one contradiction is intended (the "
             "Assembly's vote in the night of 13 to 14 May: 'by 315 votes to 153' in 04 against 'by 351 votes to 153' "
             "in 01 and 'by 351 voices against 153' in 03); every other contradiction is a false alarm, in particular: "
             "the rising death toll at different dates ('four people dead, among them a gendarme' in 01 on 16 May; "
             "'six people dead, two of them gendarmes' in 02 on 23 May; seven with two gendarmes in 03, 04, 05 and 06 "
             "from 28 May on); the security forces ('1,000 extra' on top of 'the 1,700 already deployed' in 01, a "
             "reinforcement and a total, 'the 3,000 police and gendarmes' in 02 on 23 May, 'Some 3,500 members of the "
             "forces of the order' in 03 on 29 May: later and approximate totals); the arrests ('more than 130' by 15 "
             "May in 01, 'more than 400 persons ... interpellated' by 28 May in 03, Tein arrested 'with ten others' / "
             "'Ten other persons' on 19 June in 05 and 06, 'six other' activists transferred in 05: different "
             "operations and a subset); the damage ('about one billion euros' in 02 and 'around 120 billion of CFP "
             "francs' in 03 are the same sum in two currencies; 'more than 1.5 billion euros' in 06 is a later "
             "estimate by another body); the electorate ('some 25,000 people' the reform would add, 01, against 'some "
             "42,000' excluded, 03, and 'one voter in five', 01/04); the state of emergency 'for 12 days' (01), 'for "
             "twelve days' (02), 'after twelve days' (03), though 15 to 28 May spans thirteen calendar days (in force "
             "from early on 16 May to 5 a.m. on 28 May); the curfew 'from 6 p.m. to 6 a.m.' (01) and 'from 18 hours "
             "to 6 hours' (03) are the same, 'advanced to 20 hours this week-end' (06) is a later change; the airport "
             "'closed ... until Sunday 2 June at least' (03, a forecast) and 'reopened only on 3 June' (04); 'ten "
             "years' of residence (01, 04) against 'ten days of rioting' (02), 'ten years later' (05, 1988 to 1998), "
             "'Ten other persons' (06) and 'more than twenty years' (03); ages 22 (the gendarme, 01), 46 (Macron, 02, "
             "04), 41 (Darmanin, 06) against the Kanak share of 41% (01); 'almost 24 hours' of flight (02) against "
             "'48 hours' of garde à vue (06) and 'four days' (06); the three referendums (2018, 2020, 2021) against "
             "the three provinces (01); two seats and two rounds (04); 17,000 kilometres (05); 'thirty years' (02) of "
             "trust. Changes over time, not contradictions: Tein 'has not been arrested' (04, 13 June) and his arrest "
             "on 19 June (05, 06); Tein under house arrest (01's 'several of its leaders', 06's 'for a short time') "
             "and his later arrest; Macron's plan to convene Congress 'before the end of June' (01, 16 May), his "
             "promise that the reform would not be 'forced through' (02) and its suspension (04, 05); TikTok 'banned' "
             "(01) and 'restored' (03); Backès's wish for a vote 'before the summer' (03) and the suspension. "
             "Different people, not contradictions: Emmanuel Tjibaou (alive, a candidate) and his father Jean-Marie "
             "(assassinated in 1989); Emmanuel Macron and Emmanuel Tjibaou; the prosecutor Yves Dupas and the "
             "researcher Pierre-Yves Garnier; New Caledonia's own Congress (01) and the Congress at Versailles (02, "
             "03). Similar events that must not be merged into one claim: the declaration (15 May) and the lifting "
             "(28 May) of the state of emergency; the vote (14 May), the dissolution (9 June) and the suspension (12 "
             "June); Tein's arrest (19 June) and his transfer (22-23 June); the three referendums. Framing differs on "
             "purpose (01 neutral wire; 02 Australian regional daily, 'Everyone in the Pacific is watching'; 03 Paris "
             "daily, machine-translated, with its 'Caillou' and 'forces of the order'; 04 London analysis weekly, "
             "'Suspension was the polite word for a defeat'; 05 pro-independence Melanesian outlet, 'This is a "
             "deportation'; 06 loyalist-leaning Nouméa weekly, machine-translated, 'the relief is palpable') without "
             "contradicting. One sentence anchors one claim: facts that several sources state only inside a sentence "
             "anchored for another claim are not keyed as claims (see the notes), and a sentence joining several keyed "
             "facts (01's lead, 03's first sentence, 04's 'The state of emergency, declared on 15 May, was lifted on "
             "28 May, less than a week after Mr Macron's flying visit') is anchored for one of them only. "
             "single_source lists claims only one document makes, for reference.",
    "claims": claims,
    "single_source": [
        {"doc": "01", "text": "Four people had died by 16 May, among them a 22-year-old gendarme shot at Plum"},
        {"doc": "01", "text": "Darmanin announced 1,000 extra police and gendarmes on top of 1,700, and more than 130 arrests"},
        {"doc": "01", "text": "Attal said the army would secure the ports and La Tontouta airport"},
        {"doc": "01", "text": "Darmanin said Azerbaijan had encouraged the separatists; Baku denied it"},
        {"doc": "01", "text": "Le Franc called the situation insurrectional on 14 May; a curfew from 6 p.m. to 6 a.m. followed"},
        {"doc": "01", "text": "The reform would add some 25,000 people to the roll; the Kanak are about 41% of 270,000 people"},
        {"doc": "01", "text": "The independence movement boycotted the 2021 referendum"},
        {"doc": "02", "text": "Macron promised the reform would not be forced through and gave a few weeks for dialogue"},
        {"doc": "02", "text": "Six people had died by 23 May, two of them gendarmes"},
        {"doc": "02", "text": "3,000 police and gendarmes would stay as long as necessary, even during the Olympic Games"},
        {"doc": "02", "text": "Canberra and Wellington sent military aircraft on 21 May to evacuate tourists"},
        {"doc": "03", "text": "More than 400 people have been arrested; some 3,500 security forces, including GIGN and RAID, are deployed"},
        {"doc": "03", "text": "The FLNKS is ready to resume dialogue but not under the threat of a Congress at Versailles"},
        {"doc": "04", "text": "Macron dissolved the National Assembly on Sunday 9 June after the European elections"},
        {"doc": "04", "text": "La Tontouta reopened on 3 June"},
        {"doc": "04", "text": "Emmanuel Tjibaou is standing for the Union calédonienne in the second constituency"},
        {"doc": "05", "text": "Tein and six others were flown to mainland France in the night of 22 to 23 June; Tein is held in Mulhouse"},
        {"doc": "05", "text": "Investigating judges charged Tein on 22 June with complicity in attempted murder, organised theft and criminal association"},
        {"doc": "05", "text": "On 23 June cars and a police station were set on fire in Saint-Louis"},
        {"doc": "06", "text": "The suspects can be held four days in garde à vue"},
        {"doc": "06", "text": "The damage exceeds 1.5 billion euros according to the Caledonian government"},
        {"doc": "06", "text": "The Union calédonienne denounced a political arrest"},
    ],
})
print('keys written')
