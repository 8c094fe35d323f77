"""Writes the answer keys of corpus-r (the collapse of Baltimore's Francis Scott Key Bridge, March-June 2024) into
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
MOORE, SCOTT, BIDEN, BUTT, HOM = "Wes Moore", "Brandon Scott", "Joe Biden", "Pete Buttigieg", "Jennifer Homendy"
FSK, SPELL = "Francis Scott Key", "Scott Spellmon"
AHF, CHE, DCC = "Alejandro Hernández Fuentes", "Carlos Daniel Hernández Estrella", "Dorlian Ronial Castillo Cabrera"
MSS, MLG, JML = "Maynor Yassir Suazo Sandoval", "Miguel Ángel Luna González", "José Mynor López"
AMLO, MSZ, BUT = "Andrés Manuel López Obrador", "Martín Suazo", "Roland Butler"
PRU, RAM = "Douglas Pruitt", "Priya Raman"
SYN, GRACE, MDTA, NTSB, USACE = "Synergy Marine Group", "Grace Ocean", "Maryland Transportation Authority", \
    "National Transportation Safety Board", "US Army Corps of Engineers"
MSP, USCG, SRE, CASA, BRAW = "Maryland State Police", "US Coast Guard", "Secretariat of Foreign Relations", "CASA", \
    "Brawner Builders"
BRIDGE = "Francis Scott Key Bridge"

# ---------------------------------------------------------------------------------------------- entities
ents = [
    (MOORE, P, ["Wes Moore", "Moore"]),
    (SCOTT, P, ["Brandon Scott", "Scott", "Mr. Scott"]),
    (BIDEN, P, ["Joe Biden", "Biden", "Mr. Biden"]),
    (BUTT, P, ["Pete Buttigieg", "Buttigieg", "Mr. Buttigieg", "Buttigeig", "Mr. Butigieg", "Pete Buttigeg"]),
    (HOM, P, ["Jennifer Homendy", "Homendy", "Ms. Homendy", "Jennifer Homendi"]),
    (FSK, P, ["Francis Scott Key"]),
    (SPELL, P, ["Scott Spellmon", "Spellmon"]),
    (AHF, P, ["Alejandro Hernández Fuentes", "Alejandro Hernandez Fuentes", "Alejandro"]),
    (CHE, P, ["Carlos Daniel Hernández Estrella", "Carlos Hernandez"]),
    (DCC, P, ["Dorlian Ronial Castillo Cabrera", "Dorlian Castillo Cabrera"]),
    (MSS, P, ["Maynor Yassir Suazo Sandoval", "Maynor Suazo Sandoval", "Maynor"]),
    (MLG, P, ["Miguel Ángel Luna González"]),
    (JML, P, ["José Mynor López"]),
    (AMLO, P, ["Andrés Manuel López Obrador"]),
    (MSZ, P, ["Martín Suazo"]),
    (BUT, P, ["Roland Butler"]),
    (PRU, P, ["Douglas Pruitt", "Pruitt"]),
    (RAM, P, ["Priya Raman"]),
    ("Randhir Jaiswal", P, ["Randhir Jaiswal"]),
    ("Rajiv Menon", P, ["Rajiv Menon"]),

    (SYN, O, ["Synergy Marine Group", "Synergy Marine"]),
    (GRACE, O, ["Grace Ocean", "Grace Ocean Private Limited"]),
    ("Maersk", O, ["Maersk"]),
    (MDTA, O, ["Maryland Transportation Authority", "MDTA", "Transport Authority of Maryland"]),
    (MSP, O, ["Maryland State Police", "Police of the State of Maryland"]),
    (USCG, O, ["US Coast Guard", "Coast Guard"]),
    ("FBI", O, ["FBI", "Federal Bureau of Investigation"]),
    (NTSB, O, ["National Transportation Safety Board", "NTSB", "National Board of Security in the Transport"]),
    (USACE, O, ["US Army Corps of Engineers", "USACE", "Corps", "Cuerpo de Ingenieros", "Engineer Corps"]),
    ("Federal Highway Administration", O, ["Federal Highway Administration"]),
    (BRAW, O, ["Brawner Builders"]),
    (CASA, O, ["CASA", "CASA de Maryland"]),
    (SRE, O, ["Secretariat of Foreign Relations", "SRE"]),
    ("Chancellery of Guatemala", O, ["Chancellery of Guatemala"]),
    ("Unified Command", O, ["Unified Command"]),
    ("Congress", O, ["Congress"]),
    ("House", O, ["House"]),
    ("Treasury", O, ["Treasury"]),
    ("Calvert Institute for Fiscal Policy", O, ["Calvert Institute for Fiscal Policy"]),
    ("Halyard Risk Analytics", O, ["Halyard Risk Analytics"]),
    ("External Affairs Ministry", O, ["External Affairs Ministry", "MEA"]),
    ("Indian Embassy", O, ["Indian Embassy"]),
    ("Baltimore International Seafarers' Center", O, ["Baltimore International Seafarers' Center"]),

    ("Long View", MD, ["Long View"]),
    ("Rashtriya Sandesh", MD, ["Rashtriya Sandesh"]),

    ("Dali", M, ["Dali"]),

    ("Baltimore", G, ["Baltimore", "City of Baltimore"]),
    ("Maryland", G, ["Maryland"]),
    ("United States", G, ["United States", "America"]),
    ("Washington", G, ["Washington"]),
    ("Mexico", G, ["Mexico"]),
    ("Guatemala", G, ["Guatemala"]),
    ("Honduras", G, ["Honduras"]),
    ("El Salvador", G, ["El Salvador"]),
    ("India", G, ["India"]),
    ("New Delhi", G, ["New Delhi"]),
    ("Singapore", G, ["Singapore"]),
    ("Sri Lanka", G, ["Sri Lanka"]),
    ("Colombo", G, ["Colombo"]),
    ("Glen Burnie", G, ["Glen Burnie"]),
    ("Kansas", G, ["Kansas"]),
    ("Kerala", G, ["Kerala"]),
    ("Mumbai", G, ["Mumbai"]),
    ("Philippines", G, ["Philippines"]),

    (BRIDGE, L, ["Francis Scott Key Bridge", "puente Key"]),
    ("Patapsco River", L, ["Patapsco River", "river Patapsco", "Patapsco river"]),
    ("Port of Baltimore", L, ["Port of Baltimore"]),
    ("Fort McHenry", L, ["Fort McHenry"]),
    ("Fort McHenry Federal Channel", L, ["Fort McHenry Federal Channel"]),
    ("Interstate 695", L, ["Interstate 695"]),
]

descriptions = [
    (MOORE, ["the 45-year-old", "the governor"]),
    (SCOTT, ["the 39-year-old", "the mayor"]),
    (BIDEN, ["the president"]),
    (BUTT, ["the transportation secretary"]),
    (AHF, ["the deceased"]),
    (NTSB, ["the board"]),
    (MSP, ["the police of the state"]),
    ("United States", ["Washington"]),
    ("India", ["New Delhi"]),
]

roles = [
    (MOORE, ["Governor", "governor of Maryland"]),
    (SCOTT, ["Mayor", "The mayor of the city"]),
    (BIDEN, ["President", "The American President"]),
    (BUTT, ["Transportation Secretary", "the transportation secretary", "Secretary", "The Transport Minister"]),
    (HOM, ["its chair", "NTSB chair", "its president", "The chief of the NTSB"]),
    (SPELL, ["the head of the US Army Corps of Engineers", "Lt. Gen."]),
    (BUT, ["the superintendent of the Police of the State of Maryland"]),
    (AMLO, ["The president"]),
    (MSZ, ["brother of Maynor"]),
    (PRU, ["a senior fellow at the Calvert Institute for Fiscal Policy"]),
    (RAM, ["head of marine risk at Halyard Risk Analytics"]),
    ("Randhir Jaiswal", ["The MEA spokesperson"]),
    ("Rajiv Menon", ["a former ship master living in Mumbai", "Captain"]),
    (GRACE, ["the Singapore owner", "The ship's owner"]),
    (SYN, ["its manager"]),
    (FSK, ["who wrote the poem that became the national anthem"]),
]

must_not_merge = [
    [SCOTT, FSK],
    [SCOTT, SPELL],
    [AHF, CHE],
    [MSS, MSZ],
    [MSS, JML],
    [JML, AMLO],
]

dump('entities.json', {
    "about": "Answer key for entity resolution on corpus-r/articles (the collapse of Baltimore's Francis Scott Key Bridge "
             "after the container ship Dali struck a pier on 26 March 2024, the recovery of the six workers, the "
             "channels opened by the Corps, the NTSB's preliminary report, the demolition, the refloating and the "
             "full reopening on 10 June 2024), written from reading the articles. Same conventions as corpus-c..o: "
             "canonical name (a form that occurs in the texts), type, and every surface form that names the entity in "
             "the cleaned texts (headlines, standfirsts, captions, bylines, datelines such as 'BALTIMORE (Tidewater "
             "Wire) -', related links, share bars and other boilerplate excluded). Title+full-name forms ('Governor Wes "
             "Moore', 'Gov. Wes Moore', 'Mayor Brandon Scott', 'President Joe Biden', 'Transportation Secretary Pete "
             "Buttigieg', 'Lt. Gen. Scott Spellmon') are not listed separately; title+surname forms are ('Mr. Scott', "
             "'Mr. Biden', 'Mr. Buttigieg', 'Ms. Homendy', 'Mr. Butigieg'). Defects on purpose: the transportation "
             "secretary is 'Pete Buttigieg', 'Buttigieg', 'Mr. Buttigieg' and, in 04 alone, the two misspellings "
             "'Secretary Buttigeig' (keyed 'Buttigeig') and 'Mr. Butigieg' next to the right spelling, and the Hindi "
             "transliteration 'The Transport Minister Pete Buttigeg' (06); the NTSB's chair is 'Jennifer Homendy' and, "
             "in 06, 'Jennifer Homendi'; the workers "
             "have Spanish names with two surnames, written with accents and both surnames in the Spanish translation "
             "03 ('Alejandro Hernández Fuentes', 'Dorlian Ronial Castillo Cabrera', 'Maynor Yassir Suazo Sandoval', "
             "'Carlos Daniel Hernández Estrella', 'Miguel Ángel Luna González', 'José Mynor López') and without "
             "accents or middle names in the English 02 ('Alejandro Hernandez Fuentes', 'Dorlian Castillo Cabrera', "
             "'Maynor Suazo Sandoval', 'Carlos Hernandez'); bare given names in 03 ('Alejandro' in his cousin's "
             "words, 'brother of Maynor') are aliases. Shared names that must not merge: Mayor Brandon Scott, Francis "
             "Scott Key (the poet the bridge is named for, 01) and Lt. Gen. Scott Spellmon (02, whose given name is "
             "Scott); the two unrelated Mexicans Alejandro Hernández Fuentes and Carlos Daniel Hernández Estrella (03 "
             "says so); Maynor Suazo Sandoval and his brother Martín Suazo (03); José Mynor López (a victim) and "
             "Mexico's president Andrés Manuel López Obrador (03), and the near-identical given names Maynor / Mynor. "
             "The bare 'Scott' (01 'said Scott, the 39-year-old mayor') is the mayor; 'Scott' inside 'Francis Scott "
             "Key' and 'Scott Spellmon' is not. Acronyms and foreign forms: 'the Maryland Transportation Authority "
             "(MDTA)' (01) and the calque 'the Transport Authority of Maryland (MDTA)' (03); 'The National "
             "Transportation Safety Board (NTSB)' (01) and 'The National Board of Security in the Transport (NTSB)' "
             "(03); 'the US Army Corps of Engineers' (02, 05), 'the US Army Corps of Engineers (USACE)' (04), 'the "
             "Corps' (02, 04, 05), the untranslated 'The Cuerpo de Ingenieros of the Army of the United States' "
             "(03) and the Hindi calque 'the Engineer Corps of the American Army' (06); 06 writes the acronym first "
             "and the expansion after it: 'FBI (Federal Bureau of Investigation)', 'NTSB (National Transportation "
             "Safety Board)', and 'the External Affairs Ministry (MEA)'; 'Grace Ocean Private Limited' and 'Synergy "
             "Marine' (06) are the owner and the manager; 'America' (06 'America's Baltimore city') is the United "
             "States; 'the Police of the State of Maryland' (03) is the Maryland State Police (01, 02), its lower-case "
             "'the police of the state' (03) a description; Mexico's 'Secretariat of Foreign Relations (SRE)' keeps "
             "its Spanish acronym; 'CASA' (02) and 'CASA de Maryland' (03) are one group; 'the puente Key' (03) is the "
             "bridge; 'the City of Baltimore' (04, 05, the city as a litigant) is Baltimore. Capitals: 'Washington' "
             "stands for the federal government in 02 ('tell Baltimore that Washington would pay', 'the debate in "
             "Washington') and 05 ('Washington has so far answered', 'If Washington fronts the money', 'negotiations "
             "with Washington') and is keyed both as the GPE and as a description of the United States (01's 'In "
             "Washington, President Joe Biden said' and 03's 'the consulate in Washington' are the city); 'New "
             "Delhi has asked' (05) is India's government (06's byline 'Sandesh News Desk, New Delhi' is boilerplate) (a description of India, and the GPE). 'Congress', 'House' "
             "(05 'Republicans in the House') and 'Treasury' are keyed as organisations; 'Long View' (05 'told The "
             "Long View') is the outlet; the Dali is a ship (MISC); the bridge, the river, the port, the fort, the "
             "channel and the interstate are LOC. Descriptions: 'the 45-year-old' (05 'the 45-year-old governor') "
             "and 'the governor' (02, 03) for Moore; 'the 39-year-old' (01 'the 39-year-old mayor') and 'the mayor' "
             "(02) for Scott; 'the president' (02) for Biden (03's 'The president Andrés Manuel López Obrador' is a title of Mexico's president, not Biden); 'the transportation secretary' (02, 05) for Buttigieg; "
             "'the deceased' (03 'a cousin of the deceased') for Alejandro Hernández Fuentes; 'the board' (04) for the "
             "NTSB. Not keyed: the unnamed relatives, the anonymous MDTA official, the claimants, 'Republicans', "
             "adjectives and demonyms (Mexican, Guatemalan, Honduran, Salvadoran, Danish, Indian, Latin), 'the "
             "company', 'the agency', 'the ship', 'the bridge', the two pilots. roles: roles stated in an apposition "
             "or title, for information.",
    "entities": [{"name": n, "type": t, "aliases": a} for n, t, a in ents],
    "must_not_merge": must_not_merge,
    "descriptions": [{"entity": e, "descriptions": d} for e, d in descriptions],
    "roles": [{"entity": e, "roles": r} for e, r in roles],
})

# ---------------------------------------------------------------------------------------------- dates
dates = [
    # 01: published Tuesday 2024-03-26 (JSON field 2024-03-26T23:40:00-04:00)
    ["01", "Tuesday", "2024-03-26"],
    ["01", "Tuesday", "2024-03-26"],
    ["01", "Wednesday", "2024-03-27"],
    ["01", "1977", "1977"],
    ["01", "1814", "1814"],
    # 02: published Saturday 2024-04-06 (meta and JSON-LD only)
    ["02", "Friday", "2024-04-05"],
    ["02", "March 26", "2024-03-26"],
    ["02", "two days", "P2D"],
    ["02", "the same day", "2024-04-05"],
    ["02", "Wednesday", "2024-03-27"],
    ["02", "Monday", "2024-04-01"],
    ["02", "the end of April", "2024-04"],
    ["02", "the end of May", "2024-05"],
    ["02", "Monday", "2024-04-01"],
    # 03: published Thursday 2024-03-28, no date line
    ["03", "Tuesday", "2024-03-26"],
    ["03", "This Wednesday", "2024-03-27"],
    ["03", "yesterday", "2024-03-27"],
    ["03", "two decades", "P20Y"],
    ["03", "Monday", "2024-03-25"],
    ["03", "Tuesday", "2024-03-26"],
    ["03", "the same day", "2024-03-27"],
    # 04: published Wednesday 2024-05-15 (visible date line)
    ["04", "ten hours", "PT10H"],
    ["04", "yesterday", "2024-05-14"],
    ["04", "March 26", "2024-03-26"],
    ["04", "the day of the accident", "2024-03-26"],
    ["04", "a year", "P1Y"],
    ["04", "90 seconds", "PT90S"],
    ["04", "a day", "P1D"],
    ["04", "Monday", "2024-05-13"],
    ["04", "Sunday", "2024-05-12"],
    ["04", "next week", "2024-05-20/2024-05-26"],
    ["04", "April 25", "2024-04-25"],
    ["04", "the end of May", "2024-05"],
    ["04", "April 1", "2024-04-01"],
    ["04", "1851", "1851"],
    ["04", "last month", "2024-04"],
    ["04", "April", "2024-04"],
    ["04", "April 15", "2024-04-15"],
    ["04", "2028", "2028"],
    ["04", "earlier this month", "2024-05"],
    # 05: published Wednesday 2024-06-12, no date line
    ["05", "Monday", "2024-06-10"],
    ["05", "eleven weeks", "P11W"],
    ["05", "March 26", "2024-03-26"],
    ["05", "two months", "P2M"],
    ["05", "April 1", "2024-04-01"],
    ["05", "April 25", "2024-04-25"],
    ["05", "May 13", "2024-05-13"],
    ["05", "a week later", "2024-05-20"],
    ["05", "April 1 to June 10", "2024-04-01/2024-06-10"],
    ["05", "the next day", "2024-03-27"],
    ["05", "Tuesday, May 7", "2024-05-07"],
    ["05", "next Sunday", "2024-06-16"],
    ["05", "March 26", "2024-03-26"],
    ["05", "two days later", "2024-03-28"],
    ["05", "April 5", "2024-04-05"],
    ["05", "1851", "1851"],
    ["05", "last month", "2024-05"],
    ["05", "May 14", "2024-05-14"],
    ["05", "the day after", "2024-05-14"],
    ["05", "May", "2024-05"],
    # 06: published Saturday 2024-04-20 (visible date line 'Updated: 20 Apr 2024, 08:15 AM IST')
    ["06", "three weeks", "P3W"],
    ["06", "26 March", "2024-03-26"],
    ["06", "the day before yesterday", "2024-04-18"],
    ["06", "Monday", "2024-04-15"],
    ["06", "5 April", "2024-04-05"],
    ["06", "the end of May", "2024-05"],
]
dump('dates.json', {
    "about": "Answer key for date normalisation on corpus-r/articles, same conventions as corpus-c..o: document id prefix, "
             "the expression as written (the first occurrence not yet matched, in text order; a system expression that "
             "contains the key text matches, so 'Tuesday' in 01 also matches 'early on Tuesday' and 'Tuesday evening', "
             "'Wednesday' 'at first light on Wednesday', 'ten hours' 'about ten hours', 'a year' 'a year or more', "
             "'two months' 'more than two months', 'Monday' in 04 'On Monday evening'). Weeks run Monday to Sunday. "
             "Dates are Baltimore local dates (UTC-4). The date line ('Wednesday 15 May 2024, 06:30 ET' in 04), the "
             "dateline of 01, captions ('on Friday' in 02's, 'Monday's controlled demolition' in 04's), standfirsts, "
             "headlines and related links, and 04's duplicated lead are not keyed. Clock times ('about 1:28 a.m.', "
             "'1:25 a.m.', 'about 1:29 a.m.', 'around 1:30 of the morning') and parts of days ('in the early hours', "
             "'In the night of the Tuesday' is keyed by its day, 'at night', 'in the dawn') are not keyed separately. "
             "Vague, recurring or anaphoric expressions ('Minutes before', 'so many hours', 'Right now', 'as soon as I "
             "can', 'for years', 'in a night', 'since the collapse', 'could take days', 'for months', 'for days', "
             "'earlier' (04, Homendy's recommendations), 'for weeks', 'wait years', 'within weeks', 'the night "
             "shift') are not keyed; nor are ages ('the 39-year-old mayor', 'of 35 years', 'of 26 years', 'of 38 "
             "years', 'the 45-year-old governor'), lengths, depths and weights ('the 1.6-mile span', '984-foot', '25 "
             "feet', '264 feet wide and 11 feet deep', 'A 35-foot-deep', '50-foot', '700 feet wide', '50,000 "
             "tons'), the water temperature ('about 47 degrees'), counts and money ('8,000 jobs', "
             "'30,000 vehicles a day', '21 crew members', '$60 million', '$43.7 million', '$47.3 million', '$1.7 "
             "billion'), 'Interstate 695'. Relative dates: 01 (written Tuesday 26 March 2024, late evening) 'early on "
             "Tuesday' and 'on Tuesday evening' 26 March, 'at first light on Wednesday' 27 March (a coming morning). "
             "02 (Saturday 6 April): 'on Friday' 5 April, 'two days after the collapse' a span (28 March for a "
             "reader), 'on the same day' 5 April, 'on the Wednesday after the collapse' 27 March, 'on Monday' "
             "(twice) 1 April, 'by the end of April' and 'by the end of May' months (targets). 03 (Thursday 28 "
             "March, no date line): 'In the night of the Tuesday' 26 March, 'This Wednesday' and 'yesterday' 27 "
             "March, 'almost two decades ago' a span, 'the Monday at the night' 25 March (the shift began on Monday "
             "night), 'since the Tuesday in the dawn' (inside Martín Suazo's quotation) 26 March, 'the same day' 27 "
             "March (Moore met the relatives the day of the recovery). 04 (Wednesday 15 May): 'about ten hours "
             "before it sailed' a span, 'yesterday' 14 May, 'the March 26 collapse', 'on the day of the accident' "
             "26 March, 'a year or more' and 'about 90 seconds' spans, 'a day after' a span (the demolition on 13 "
             "May for a reader), 'On Monday evening' 13 May, 'delayed from Sunday' 12 May (the postponed blast), "
             "'as early as next week' 20-26 May, 'on April 25', 'by the end of May' a target, 'on April 1', 'an 1851 "
             "maritime law', 'last month' April 2024, 'in April', 'on April 15', 'in 2028', 'earlier this month' May "
             "2024. 05 (Wednesday 12 June, no date line): 'On Monday' 10 June, 'eleven weeks after' a span, 'March "
             "26' (twice), 'more than two months' a span, 'on April 1', 'on April 25', 'On May 13', 'a week later' 20 "
             "May, 'From April 1 to June 10' a range, 'the next day' 27 March, 'on Tuesday, May 7', 'Father's Day, "
             "next Sunday' 16 June, 'two days later' 28 March, 'on April 5', 'in 1851', 'last month' May 2024, 'on "
             "May 14, the day after the demolition' 14 May twice, 'in May' May 2024. 06 (Saturday 20 April, Indian date; 08:15 IST is still 19 April in Baltimore): "
             "'for more than three weeks' a span, 'the early morning of 26 March', 'the day before yesterday' "
             "Thursday 18 April (the MEA's weekly briefing), 'on Monday' 15 April (the FBI on the ship), 'on 5 "
             "April', 'by the end of May' a target; 'five or ten minutes' (the sailors' calls) and 'as soon as "
             "possible' are not keyed. Three Tuesdays must stay "
             "apart: the collapse (26 March), the last recovery (7 May) and the NTSB report (14 May). Publication "
             "dates used: 01 2024-03-26, 02 2024-04-06, 03 2024-03-28, 04 2024-05-15, 05 2024-06-12 (see "
             "publication.json); 06 2024-04-20.",
    "dates": dates,
})

# ---------------------------------------------------------------------------------------------- publication
dump('publication.json', {
    "about": "True publication date of each document (the one the author had in mind) and whether the input states it "
             "(metadata, JSON field or a visible date line). window: the span a careful reader can prove from the text "
             "alone (plus event dates the other articles give); the engine's published.earliest..latest should contain "
             "'date'.",
    "published": [
        {"doc": "01", "date": "2024-03-26", "stated": True,
         "how": "JSONL published field 2024-03-26T23:40:00-04:00 (03:40 UTC on 27 March; the local date is the 26th); "
                "the collapse 'early on Tuesday' and the Coast Guard's decision 'on Tuesday evening' are past, the "
                "divers go back 'at first light on Wednesday'",
         "window": ["2024-03-26", "2024-03-26"]},
        {"doc": "02", "date": "2024-04-06", "stated": True,
         "how": "meta article:published_time and JSON-LD datePublished 2024-04-06T07:00:00-04:00 (no visible date; the "
                "visit 'on Friday' is past)",
         "window": ["2024-04-06", "2024-04-06"]},
        {"doc": "03", "date": "2024-03-28", "stated": False,
         "how": "none: the two bodies were recovered 'This Wednesday' and the victims 'identified yesterday'; the "
                "collapse was 'In the night of the Tuesday' (26 March per 01, 02, 04, 05), so the recovery was on "
                "Wednesday 27 March (02 'on the Wednesday after the collapse', 05 'the next day') and the article "
                "appeared the next day, Thursday 28 March",
         "window": ["2024-03-28", "2024-03-28"]},
        {"doc": "04", "date": "2024-05-15", "stated": True,
         "how": "visible date line 'Wednesday 15 May 2024, 06:30 ET'; the report 'yesterday' is the NTSB's of 14 May "
                "(05)", "window": ["2024-05-15", "2024-05-15"]},
        {"doc": "05", "date": "2024-06-12", "stated": False,
         "how": "none: the full channel reopened 'On Monday' and the work ran 'From April 1 to June 10', so Monday is "
                "10 June and the article is later; the families will spend 'Father's Day, next Sunday' (16 June 2024, "
                "the third Sunday of June) without them, so it was written before that Sunday, in the week after "
                "the reopening: 11 to 15 June",
         "window": ["2024-06-11", "2024-06-15"]},
        {"doc": "06", "date": "2024-04-20", "stated": True,
         "how": "visible date line 'Updated: 20 Apr 2024, 08:15 AM IST' (Indian Standard Time; still the evening of "
                "19 April in Baltimore): the FBI's visit 'on Monday' (15 April per 04) and the briefing 'the day "
                "before yesterday' are past",
         "window": ["2024-04-20", "2024-04-20"]},
    ],
})

# ---------------------------------------------------------------------------------------------- timeline
ev = []
event = recorder(ev)

event("The container ship Dali loses power and strikes a pier of the Francis Scott Key Bridge, which collapses; six "
      "road workers die", "2024-03-26", ["01", "02", "03", "04", "05", "06"],
      ["collapse", "struck", "strikes", "rammed", "hit", "fell", "dali", "francis-scott-key-bridge", "knocked"],
      note="the mayday, the closing of the bridge by MDTA police, the two rescues, the Coast Guard's end of the search "
           "that evening and Biden's first remarks the same day are folded in")
event("Divers recover the bodies of Alejandro Hernández Fuentes and Dorlian Castillo Cabrera from a pickup truck",
      "2024-03-27", ["02", "03", "05"],
      ["recover", "bodies", "pickup", "divers", "hernández", "hernandez", "castillo"],
      note="the first of the recoveries (27 March, 5 April, 7 May): must stay apart from them; 03's identification "
           "and Moore's meeting with the relatives the same day are folded in")
event("The Federal Highway Administration releases $60 million in emergency funds", "2024-03-28", ["05"],
      ["60 million", "emergency", "released", "federal-highway-administration"],
      note="02 dates it only as 'two days after the collapse' (keyed as a span); 05 'two days later' after 'March 26'")
event("The Corps of Engineers opens a first temporary channel (264 feet wide, 11 feet deep) beside the wreck",
      "2024-04-01", ["02", "05"],
      ["temporary channel", "channel", "shallow", "264", "opened"],
      note="the first of three channel openings (1 April, 25 April, 10 June): must stay apart from them and from the "
           "limitation petition of the same day")
event("Grace Ocean and Synergy Marine Group ask a federal court to limit their liability to about $43.7 million",
      "2024-04-01", ["02", "04"],
      ["limit", "liability", "43.7", "cap", "petition", "grace-ocean", "synergy-marine-group"],
      note="05 gives no date for the petition ('have asked', with the wrong figure $47.3 million)")
event("President Joe Biden visits Baltimore, tours the wreckage by helicopter and meets the victims' families",
      "2024-04-05", ["02", "05", "06"], ["biden", "visit", "tour", "helicopter", "flew", "reached"])
event("Divers recover a third body, Maynor Suazo Sandoval's", "2024-04-05", ["02"],
      ["third body", "suazo", "maynor", "recover"],
      note="the same day as Biden's visit, a separate event")
event("FBI agents board the Dali in a criminal investigation", "2024-04-15", ["04", "06"],
      ["fbi", "boarded", "agents", "gone on the ship", "federal-bureau-of-investigation"],
      note="the opening of the investigation 'in April' (04) is folded in; 06 'had gone on the ship on Monday'")
event("A 35-foot-deep limited access channel opens, letting larger ships return", "2024-04-25", ["04", "05"],
      ["35-foot", "deeper", "limited access", "channel", "opened"],
      note="the second channel opening")
event("The body of the last missing worker, José Mynor López, is recovered", "2024-05-07", ["05"],
      ["lópez", "lopez", "last", "found", "recover"],
      note="a Tuesday, like the collapse and the NTSB report")
event("Controlled demolition: explosive charges cut the bridge truss lying on the Dali's bow", "2024-05-13",
      ["04", "05"], ["demolition", "charges", "blew", "blast", "explosive", "truss"],
      note="the blast planned for Sunday 12 May was postponed (04): not an event")
event("The MEA's weekly briefing: India's embassy is in touch with the crew, all of them safe", "2024-04-18",
      ["06"], ["briefing", "embassy", "jaiswal", "external-affairs-ministry", "mea"])
event("The NTSB publishes its preliminary report: the Dali lost power twice at the dock before sailing",
      "2024-05-14", ["04", "05"],
      ["preliminary", "report", "ntsb", "national-transportation-safety-board", "blackout", "published"])
event("The Dali is refloated and moved to a terminal in the port", "2024-05-20", ["05"],
      ["refloat", "pulled", "moved"],
      note="04 expects it 'as early as next week' (a plan, not keyed for 04)")
event("The Fort McHenry Federal Channel reopens fully, 700 feet wide and 50 feet deep", "2024-06-10", ["05"],
      ["fully open", "reopen", "700", "50 feet", "fort-mchenry-federal-channel", "channel"],
      note="the third channel opening; 02 and 04 expected it by the end of May")
dump('timeline.json', {
    "about": "Real-world events the articles report, with date (day), until for multi-day events, the documents that report "
             "each (with a date the reader can resolve), and words by which a system event is recognised (title, trigger "
             "or participant entity ids). Dates are Baltimore local dates. Occurrences of similar events must stay apart: "
             "the three channel openings (the first temporary channel on 1 April, the 35-foot channel on 25 April, the "
             "full channel on 10 June); the recoveries of bodies (two on 27 March, a third on 5 April, the last on 7 "
             "May); the explosions (the collapse itself on 26 March is no blast; the controlled demolition on 13 May, "
             "after the blast planned for 12 May was postponed); the three Tuesdays (26 March collapse, 7 May last "
             "recovery, 14 May NTSB report); Biden's visit and the third recovery, the same day; the first channel "
             "and the limitation petition, the same day; the demolition (13 May) and the NTSB report the day after. "
             "Not keyed: future, planned or expected events (02's deeper channel 'by the end of April' and full "
             "channel 'by the end of May', 04's refloating 'as early as next week' and full channel 'by the end of "
             "May', the bridge's completion in 2028 (04), 05's Father's Day 'next Sunday', the crew's possible "
             "departure 'within weeks'), events dated only by month, year or vaguely (the FBI's investigation opened "
             "'in April' (folded into 15 April), the city's lawsuit 'last month' (04), Moore's remark 'last month' "
             "(05), Buttigieg's remarks 'earlier this month' (04), the dock blackouts 'about ten hours before it "
             "sailed' (25 March for a reader; folded into the NTSB report), the bridge's opening in 1977, the "
             "bombardment of Fort McHenry in 1814, the law of 1851), states (the crew aboard, the port closed), and "
             "same-day side events folded into a keyed one (see notes).",
    "events": ev,
})

# ---------------------------------------------------------------------------------------------- quotes
quotes = [
    ["01", "These officers are heroes", "direct", MOORE],
    ["01", "that no pier is built to take", "partial", MOORE],
    ["01", "it was ending the search and rescue phase", "indirect", USCG],
    ["01", "Divers would go back at first light", "indirect", MSP],
    ["01", "all 21 crew members and the two pilots", "indirect", SYN],
    ["01", "The exact cause of the incident has yet to be determined", "direct", SYN],
    ["01", "none of its own staff were aboard", "indirect", "Maersk"],
    ["01", "horrified", "partial", "Maersk"],
    ["01", "an unthinkable tragedy", "partial", SCOTT],
    ["01", "You never think you will see something like this", "direct", SCOTT],
    ["01", "Right now our thoughts are with the families", "direct", SCOTT],
    ["01", "there was no specific or credible information", "indirect", "FBI"],
    ["01", "they would board the Dali", "indirect", HOM],
    ["01", "We will be looking at everything", "direct", HOM],
    ["01", "a terrible accident", "partial", BIDEN],
    ["01", "it was his intention that the federal government would pay", "indirect", BIDEN],
    ["01", "as soon as I can", "partial", BIDEN],
    ["01", "the damage would be felt far beyond the city", "indirect", BUTT],
    ["01", "The port, he said, is the busiest", "indirect", BUTT],
    ["01", "Getting the channel open again", "direct", BUTT],
    ["01", "nobody could yet say how long it would take", "indirect", BUTT],

    ["02", "Washington would pay to put it back", "indirect", BIDEN],
    ["02", "the bill should go to the ship's owners first", "indirect", [None]],
    ["02", "I came here to tell you that you are not alone", "direct", BIDEN],
    ["02", "We will rebuild this bridge", "direct", BIDEN],
    ["02", "Maryland would need much more", "indirect", MOORE],
    ["02", "Sixty million dollars gets the cranes moving", "direct", MOORE],
    ["02", "It does not get us a bridge", "direct", MOORE],
    ["02", "Our port workers did not cause this", "direct", SCOTT],
    ["02", "the workers came from Mexico, Guatemala, Honduras and El Salvador", "indirect", [CASA, None]],
    ["02", "the engineers hoped to open a deeper channel", "indirect", SPELL],
    ["02", "if the steel lets us", "partial", SPELL],
    ["02", "It is a puzzle made of thousands of tons", "direct", SPELL],
    ["02", "it was too early for a number", "indirect", BUTT],
    ["02", "federal law allows emergency relief funds", "indirect", BUTT],
    ["02", "they would fight the petition", "indirect", [None, "Baltimore"]],
    ["02", "They tell us the money will come", "direct", [None]],
    ["02", "We only want to bring him home", "direct", [None]],

    ["03", "The victims identified yesterday are", "indirect", BUT],
    ["03", "Alejandro was a man of work", "direct", [None]],
    ["03", "Now we only ask that they give him to us", "direct", [None]],
    ["03", "two Mexican nationals were among the missing", "indirect", SRE],
    ["03", "were in the United States doing the hardest jobs", "partial", AMLO],
    ["03", "The two Mexicans do not have family relation between them", "indirect", [None, SRE]],
    ["03", "the team had started the work the Monday", "indirect", BRAW],
    ["03", "We had a feeling of anguish", "direct", MSZ],
    ["03", "He always answered", "direct", MSZ],
    ["03", "the search of the other four bodies could take days", "indirect", MOORE],
    ["03", "We will not stop until we bring the families", "direct", MOORE],
    ["03", "men who were out in the middle of the night", "partial", SCOTT],
    ["03", "recovered the box black of the boat", "indirect", HOM],

    ["04", "The container ship Dali suffered two electrical blackouts", "indirect", NTSB],
    ["04", "the first blackout at the berth happened", "indirect", [NTSB, None]],
    ["04", "its investigators had not yet determined", "indirect", NTSB],
    ["04", "This is a preliminary report", "direct", HOM],
    ["04", "The why is what the rest of this investigation is for", "direct", HOM],
    ["04", "the investigation could take a year or more", "indirect", HOM],
    ["04", "without question saved lives", "partial", HOM],
    ["04", "the Dali could be refloated", "indirect", USACE],
    ["04", "the owner knew the ship was unseaworthy", "indirect", [None, "Baltimore"]],
    ["04", "You are looking at the largest marine insurance loss", "direct", RAM],
    ["04", "the federal government will advance the money", "indirect", BUTT],
    ["04", "the people of Maryland should not have to wait for the lawyers", "partial", BUTT],
    ["04", "the sailors have had no shore leave", "indirect", [None]],

    ["05", "the federal government should pay for the whole rebuild", "indirect", BIDEN],
    ["05", "Taxpayers in Kansas did not hit that bridge", "direct", PRU],
    ["05", "If Washington fronts the money", "direct", PRU],
    ["05", "Congress should tie any appropriation", "indirect", PRU],
    ["05", "Not a chance", "direct", PRU],
    ["05", "pay first and collect later", "partial", BUTT],
    ["05", "Maryland could not be asked to wait years", "indirect", BUTT],
    ["05", "This was not a local road", "direct", MOORE],
    ["05", "It was a link in the national supply chain", "direct", MOORE],
    ["05", "the Dali had lost power twice at the dock", "indirect", [NTSB, None]],
    ["05", "Nobody in this building thinks $60 million", "direct", [None, MDTA]],
    ["05", "some could leave once the investigators finished", "indirect", [None]],

    ["06", "the Indian Embassy in Washington is in constant contact", "indirect", "External Affairs Ministry"],
    ["06", "Our embassy is in touch with the crew members", "direct", "Randhir Jaiswal"],
    ["06", "embassy officials had also spoken to the management company", "indirect", "Randhir Jaiswal"],
    ["06", "the American investigating agency FBI", "indirect", [None]],
    ["06", "the crew is cooperating in the investigation", "indirect", HOM],
    ["06", "My son calls for only five or ten minutes", "direct", [None]],
    ["06", "the sailors cannot leave the ship till", "indirect", [None]],
    ["06", "In such a big accident the crew becomes the witness", "direct", "Rajiv Menon"],
    ["06", "the federal government of America will bear the cost", "indirect", BIDEN],
    ["06", "the Engineer Corps of the American Army is removing the debris", "indirect", BUTT],
    ["06", "the crew be brought back to the country", "indirect", [None]],
]
dump('quotes.json', {
    "about": "Answer key for quotations on corpus-r/articles, same conventions as corpus-c..o: document id prefix, the first "
             "words of the quoted or reported content, kind, and the speaker's canonical name (null: the text does not "
             "name one; a list: any of these is right, and a list containing null also accepts no speaker). A quote "
             "interrupted by its attribution (05 Pruitt's '\"Taxpayers ...,\" said Douglas Pruitt, ... \"If Washington "
             "...\"', 01 Buttigieg's reported 'The port, he said, is the busiest ...') or continued without one (01 "
             "Scott's 'Right now ...', 02 Biden's 'We will rebuild this bridge', Moore's 'It does not get us a "
             "bridge', the relative's 'We only want to bring him home', 03 the cousin's second « », Martín Suazo's « He "
             "always answered », 04 Homendy's 'The why is what ...', 05 Moore's 'It was a link ...') is keyed once "
             "per piece. A reported clause with quoted words in it (01 'adding that the ship had been moving at a "
             "speed \"that no pier is built to take\"', 01 'said it was \"horrified\"', 01 Biden's 'a terrible "
             "accident' and 'as soon as I can', 02 Spellmon's 'if the steel lets us', 03 López Obrador's 'has "
             "declared ... that the Mexican workers « were in the United States ... »', 04 Homendy's 'without "
             "question saved lives', 04 Buttigieg's 'told lawmakers earlier this month that \"the people of Maryland "
             "...\"', 05 Buttigieg's 'would \"pay first and collect later\"') is keyed as the partial quote; 01 'called "
             "the collapse \"an unthinkable tragedy\"' and 03 'has paid homage to the workers, « men who were out ... "
             "»' (no verb of speech) are keyed as partial quotes too. Forms: 'said X' inverted (01 'said Scott, the "
             "39-year-old mayor', 04 'said Priya Raman', 05 'said Douglas Pruitt'); 'he said:' before the quotation "
             "(05, Pruitt, after 'Asked whether ...'); 'X told <outlet>' (05 the MDTA official 'told The Long View', "
             "03 the cousin 'has declared to this newspaper', 03 Martín Suazo 'has told ... to the organization "
             "CASA'); 'told a news conference' (01 Moore) and 'told reporters' (04 Homendy); sentence-final "
             "attribution to an organisation ('the company said in a statement' (01, Synergy), 'Maryland State "
             "Police said' (01), 'The agency said' (04, the NTSB), 'The US Army Corps of Engineers (USACE) said' "
             "(04)); speakers given only by a description, role or pronoun: 02 'the president said afterwards' "
             "(Biden), 'the mayor said' (Scott), 'he said' (Spellmon), 'According to the transportation secretary' "
             "(Buttigieg), 03 '», has assured the governor' (Moore), 03 'has indicated its president, Jennifer "
             "Homendy' (the NTSB's chair, after the content), 05 'the 45-year-old governor said last month' (Moore); "
             "machine-translated reporting verbs ('has informed', 'has declared', 'has confirmed that', 'have "
             "precised', 'has told', 'has assured', 'has indicated'); guillemets (03), curly quotes (02), straight "
             "quotes (01, 04, 05); 'According to the report' (04, the NTSB's report: the NTSB or none), 'The ... "
             "preliminary report ... found that' (05, likewise). Unnamed speakers (null): 02 'several Republicans have "
             "already said', the relative who declined to give her name, 'Lawyers for the city' (or Baltimore), 03 "
             "the cousin, 'have precised the consular authorities' (or the SRE), 04 'Claimants, led by the City of "
             "Baltimore, ... argue that' (or Baltimore), 'Their union and welfare groups in India have complained "
             "that', 05 the anonymous MDTA official (or the MDTA), 'their lawyers said'. Not keyed: announcements "
             "and acts ('Maryland State Police identified the victim as' (02), 'The Chancellery of Guatemala ... has "
             "identified' (03), 'Maryland has put the cost ... at' and 'Maryland now estimates' (estimates), 'New "
             "Delhi has asked for them to be allowed home' (a request), 'accusing them of sending a ship' (the "
             "lawsuit's allegation), 'has not given any date' (03, a negation)), headlines, captions, standfirsts "
             "and 04's duplicated lead. 06 (machine-translated from Hindi): 'has said that' (the MEA), 'X said ...,' "
             "with the quotation after a comma (Jaiswal, Menon: 'said, \"...\"'), 'He told that' (a calque of reported "
             "speech), 'According to the information' (null: the FBI's visit), 'has said that' (Homendy, Biden, "
             "Buttigieg), the father who 'told Rashtriya Sandesh on the phone' (null; his quotation includes 'He "
             "says that they are well', keyed once), 'According to maritime experts' (null), 'The Indian sailors' "
             "unions have demanded ... that' (null); 'The city administration of Baltimore has opposed this' is not "
             "keyed (an act).",
    "quotes": quotes,
})

# ---------------------------------------------------------------------------------------------- claims
claims = [
    {"id": "limitation-43-7",
     "text": "Grace Ocean and Synergy Marine Group asked a federal court to cap their liability at about $43.7 million",
     "docs": ["02", "04", "06"],
     "anchors": {
         "02": "cap their liability at about $43.7 million",
         "04": "to limit their liability to about $43.7 million",
         "06": "limit their liability to 4.37 crore dollars"},
     "contradiction": {
         "docs": ["05"],
         "anchors": {"05": "cap what they owe at $47.3 million"},
         "aspect": "number",
         "detail": "05 puts the owners' limitation figure at $47.3 million (digits transposed) against about $43.7 "
                   "million in 02/04"}},
    {"id": "six-dead",
     "text": "Six road workers died in the collapse",
     "docs": ["01", "02", "03", "05", "06"],
     "anchors": {
         "01": "leaving six members of a road crew missing and presumed dead",
         "02": "relatives of the six men who died",
         "03": "Six of them did not return",
         "05": "died when the span fell",
         "06": "six labourers working on it died"},
     "contradiction": None,
     "note": "eight workers fell, two were rescued: eight, two and six are different quantities"},
    {"id": "eight-workers",
     "text": "Eight workers were on the bridge filling potholes",
     "docs": ["01", "03"],
     "anchors": {
         "01": "Eight workers who were filling potholes",
         "03": "eight men repaired the holes of the pavement"},
     "contradiction": None},
    {"id": "mayday-traffic",
     "text": "A warning from the ship let MDTA police stop traffic onto the bridge",
     "docs": ["01", "03", "04"],
     "anchors": {
         "01": "used the warning to stop traffic onto the bridge",
         "03": "permitted to the agents of the Transport Authority of Maryland (MDTA) to close the traffic",
         "04": "reached Maryland Transportation Authority police"},
     "contradiction": None},
    {"id": "impact-time",
     "text": "The Dali struck the pier at about 1:28 a.m.",
     "docs": ["01", "03", "04"],
     "anchors": {
         "01": "struck the pier at about 1:28 a.m.",
         "03": "at around 1:30 of the morning",
         "04": "hit the pier at about 1:29 a.m."},
     "contradiction": None,
     "note": "approximate times (about 1:28, about 1:29, around 1:30): not a contradiction; 1:25 a.m. (04) is the "
             "first blackout underway"},
    {"id": "singapore-flag",
     "text": "The Dali sails under the flag of Singapore",
     "docs": ["01", "03"],
     "anchors": {
         "01": "The Singapore-flagged Dali",
         "03": "a cargo ship of the flag of Singapore"},
     "contradiction": None},
    {"id": "owner-manager",
     "text": "Grace Ocean owns the Dali and Synergy Marine Group manages it",
     "docs": ["01", "04", "05"],
     "anchors": {
         "01": "which manages the ship for its Singapore owner, Grace Ocean",
         "04": "Grace Ocean, the Singapore owner, and Synergy Marine Group, its manager",
         "05": "The ship's owner, Grace Ocean, and its manager, Synergy Marine Group"},
     "contradiction": None},
    {"id": "crew-21",
     "text": "The Dali has a crew of 21, most of them from India",
     "docs": ["01", "02", "03", "04", "05", "06"],
     "anchors": {
         "01": "all 21 crew members and the two pilots",
         "02": "has 21 crew members aboard, most of them from India",
         "03": "its crew of 21 members, in their majority of India",
         "04": "The 21 crew members remain aboard the Dali",
         "05": "Most of the 21 sailors, nearly all of them Indian",
         "06": "There are 21 people in the crew of the ship"},
     "contradiction": None,
     "note": "21 crew members against the two pilots (01): 23 people aboard in all, per-member counts; 06's '20 "
             "Indian sailors' are 20 of the 21"},
    {"id": "two-bodies-wednesday",
     "text": "The first two bodies were recovered the day after the collapse",
     "docs": ["02", "03", "05"],
     "anchors": {
         "02": "were found on the Wednesday after the collapse",
         "03": "recovered the bodies of two of them",
         "05": "Divers recovered the first two bodies the next day"},
     "contradiction": None},
    {"id": "first-victims",
     "text": "The first two victims recovered were Alejandro Hernández Fuentes and Dorlian Castillo Cabrera",
     "docs": ["02", "03"],
     "anchors": {
         "02": "The first two, Alejandro Hernandez Fuentes and Dorlian Castillo Cabrera",
         "03": "The victims identified yesterday are the Mexican Alejandro Hernández Fuentes"},
     "contradiction": None,
     "note": "their ages in 03 (35, 26) against the 35-foot channel (04, 05) and 25 feet of water: not related"},
    {"id": "pickup-25-feet",
     "text": "The two bodies were in a red pickup truck in about 25 feet of water",
     "docs": ["02", "03"],
     "anchors": {
         "02": "inside a red pickup truck in about 25 feet of water",
         "03": "The vehicle was found at some 25 feet of depth"},
     "contradiction": None},
    {"id": "countries",
     "text": "The workers came from Mexico, Guatemala, Honduras and El Salvador",
     "docs": ["02", "05"],
     "anchors": {
         "02": "the workers came from Mexico, Guatemala, Honduras and El Salvador",
         "05": "Six men from Mexico, Guatemala, Honduras and El Salvador"},
     "contradiction": None,
     "note": "03 names each worker's country (two Mexicans, two Guatemalans, a Honduran, a Salvadoran)"},
    {"id": "brawner",
     "text": "The workers were employed by Brawner Builders",
     "docs": ["02", "03"],
     "anchors": {
         "02": "The six men worked for Brawner Builders",
         "03": "According to the company Brawner Builders, which employed them"},
     "contradiction": None},
    {"id": "biden-federal-pay",
     "text": "Biden says the federal government should pay the whole cost of rebuilding the bridge",
     "docs": ["01", "02", "05", "06"],
     "anchors": {
         "01": "it was his intention that the federal government would pay the entire cost",
         "02": "Washington would pay to put it back",
         "05": "the federal government should pay for the whole rebuild",
         "06": "the federal government of America will bear the cost"},
     "contradiction": None},
    {"id": "sixty-million",
     "text": "A first $60 million in federal emergency money was released two days after the collapse",
     "docs": ["02", "05"],
     "anchors": {
         "02": "a first $60 million in emergency federal money",
         "05": "released $60 million in emergency funds"},
     "contradiction": None,
     "note": "$60 million (federal emergency money) against $43.7 million (the owners' limitation fund)"},
    {"id": "biden-visit",
     "text": "Biden visited Baltimore on 5 April",
     "docs": ["02", "05", "06"],
     "anchors": {
         "02": "President Joe Biden flew over the wreckage",
         "05": "who visited on April 5",
         "06": "had reached Baltimore on 5 April"},
     "contradiction": None},
    {"id": "first-channel",
     "text": "The Corps opened a first, shallow temporary channel on 1 April",
     "docs": ["02", "05"],
     "anchors": {
         "02": "The Corps opened a temporary channel on Monday",
         "05": "opened a first, shallow channel for tugs and barges on April 1"},
     "contradiction": None,
     "note": "264 feet wide and 11 feet deep (02) against the 35-foot channel (25 April) and the 700-by-50-foot "
             "full channel (10 June)"},
    {"id": "deeper-channel",
     "text": "A 35-foot-deep channel opened on 25 April",
     "docs": ["04", "05"],
     "anchors": {
         "04": "A 35-foot-deep limited access channel, opened on April 25",
         "05": "a 35-foot channel on April 25"},
     "contradiction": None},
    {"id": "target-end-of-may",
     "text": "The Corps aimed to restore the full channel by the end of May",
     "docs": ["02", "04", "06"],
     "anchors": {
         "02": "restore the full federal channel by the end of May",
         "04": "still aims for the full 50-foot channel by the end of May",
         "06": "the full route of the port will be opened by the end of May"},
     "contradiction": None,
     "note": "a target, not contradicted by the actual reopening on 10 June (05)"},
    {"id": "dock-blackouts",
     "text": "The NTSB found that the Dali lost power twice at the dock before it sailed",
     "docs": ["04", "05"],
     "anchors": {
         "04": "suffered two electrical blackouts while it was still alongside",
         "05": "had lost power twice at the dock before it sailed"},
     "contradiction": None,
     "note": "not the same as the two losses of power underway (01, 04)"},
    {"id": "underway-blackouts",
     "text": "Underway, the ship lost power twice before the impact",
     "docs": ["01", "04"],
     "anchors": {
         "01": "the ship's lights going out twice before the impact",
         "04": "Power came back, failed a second time"},
     "contradiction": None},
    {"id": "ntsb-report-date",
     "text": "The NTSB published its preliminary report on 14 May",
     "docs": ["04", "05"],
     "anchors": {
         "04": "the National Transportation Safety Board said yesterday in a preliminary report",
         "05": "published on May 14, the day after the demolition"},
     "contradiction": None},
    {"id": "demolition",
     "text": "On 13 May explosive charges cut up the truss lying on the Dali's bow",
     "docs": ["04", "05"],
     "anchors": {
         "04": "demolition crews set off a series of small explosive charges",
         "05": "On May 13 engineers blew apart the truss"},
     "contradiction": None,
     "note": "some 50,000 tons (all the wreckage, 05) against the 50-foot channel"},
    {"id": "refloat",
     "text": "The Dali was to be / was refloated and moved to a terminal in the port",
     "docs": ["04", "05"],
     "anchors": {
         "04": "the Dali could be refloated and moved to a terminal",
         "05": "the ship was refloated and pulled to a terminal"},
     "contradiction": None,
     "note": "04 expects it, 05 reports it"},
    {"id": "fbi",
     "text": "The FBI is conducting a criminal investigation",
     "docs": ["04", "05"],
     "anchors": {
         "04": "The FBI opened a criminal investigation in April",
         "05": "The FBI is conducting a criminal investigation"},
     "contradiction": None,
     "note": "01's FBI statement that there was no link to terrorism (26 March) is a different matter"},
    {"id": "vdr",
     "text": "The NTSB took the ship's voyage data recorder (black box)",
     "docs": ["03", "06"],
     "anchors": {
         "03": "recovered the box black of the boat",
         "06": "had taken the voyage data recorder"},
     "contradiction": None},
    {"id": "phones-seized",
     "text": "The sailors' phones were taken as evidence",
     "docs": ["04", "06"],
     "anchors": {
         "04": "since their mobiles were taken as evidence",
         "06": "The mobile phones of the sailors have also been taken"},
     "contradiction": None},
    {"id": "ship-length",
     "text": "The Dali is 984 feet long, bound for Colombo",
     "docs": ["01", "06"],
     "anchors": {
         "01": "a 984-foot vessel chartered by the Danish shipping group Maersk",
         "06": "the 984 feet long ship Dali, going from Baltimore to Colombo"},
     "contradiction": None},
    {"id": "city-lawsuit",
     "text": "The City of Baltimore has sued the ship's owner and manager",
     "docs": ["04", "05"],
     "anchors": {
         "04": "led by the City of Baltimore, which filed its lawsuit last month",
         "05": "has sued the companies"},
     "contradiction": None},
    {"id": "rebuild-cost",
     "text": "Maryland estimates a new bridge at $1.7 billion to $1.9 billion",
     "docs": ["04", "05"],
     "anchors": {
         "04": "Maryland has put the cost of a new bridge alone at $1.7 billion to $1.9 billion",
         "05": "will cost between $1.7 billion and $1.9 billion"},
     "contradiction": None,
     "note": "'in the low billions' (Raman, 04: the total insured loss) is another quantity"},
    {"id": "law-1851",
     "text": "The limitation petition rests on an 1851 maritime law",
     "docs": ["04", "05"],
     "anchors": {
         "04": "under an 1851 maritime law",
         "05": "under a law passed in 1851"},
     "contradiction": None},
    {"id": "pay-first",
     "text": "The federal government will pay for the rebuilding first and recover the money from those liable",
     "docs": ["02", "04", "05"],
     "anchors": {
         "02": "federal law allows emergency relief funds to cover the rebuilding first",
         "04": "the federal government will advance the money and seek repayment",
         "05": "pay first and collect later"},
     "contradiction": None},
    {"id": "crew-aboard",
     "text": "The crew has not been allowed off the ship",
     "docs": ["02", "04", "06"],
     "anchors": {
         "02": "They have not been allowed to leave the ship since the collapse",
         "04": "the sailors have had no shore leave",
         "06": "have still not been able to come down from the ship"},
     "contradiction": None,
     "note": "05 says most were still aboard in May and some could leave within weeks: a later time"},
]
dump('claims.json', {
    "about": "Checkable claims made by two or more sources on corpus-r/articles: short text, the documents asserting it "
             "(with an anchor: words of the asserting sentence in each document's cleaned text), and any contradiction "
             "(documents that disagree, aspect, detail). Only one contradiction is intended (the owners' limitation "
             "figure: 'cap what they owe at $47.3 million' in 05 against 'about $43.7 million' in 02/04 and '4.37 "
             "crore dollars (about Rs 364 crore)' in 06, digits transposed); every other contradiction is a false alarm, in particular: the impact time 'about 1:28 "
             "a.m.' (01), 'about 1:29 a.m.' (04) and 'around 1:30 of the morning' (03) (approximate against "
             "approximate; 1:25 a.m. in 04 is the first blackout underway); eight workers on the bridge, two rescued, "
             "six dead; the 21 crew members against the two pilots (01, per-member counts); the two blackouts at the "
             "dock (04, 05) against the two losses of power underway (01 'lights going out twice', 04 'failed a "
             "second time'); $43.7 million (the limitation fund) against $60 million (federal emergency money, 02, "
             "05), $1.7-1.9 billion (the new bridge, 04, 05) and 'the low billions' (the total insured loss, 04); "
             "the target 'by the end of May' (02, 04) against the actual full reopening on 10 June (05); the first "
             "channel of 264 by 11 feet (02), the 35-foot channel (04, 05) and the full 700-by-50-foot channel (05); "
             "35 feet (channel depth) against Alejandro Hernández Fuentes's 35 years (03), 25 feet of water against "
             "April 25 and Dorlian Castillo Cabrera's 26 years against 26 March; '50,000 tons' (all the "
             "wreckage, 05) against the 50-foot channel; the mayor 'the 39-year-old' (01) "
             "and the governor 'the 45-year-old' (05); 'about 47 degrees' (water temperature, 01); 1977 (the "
             "bridge's opening), 1814 (Fort McHenry) and 1851 (the law); 'about ten hours before it sailed' against "
             "'about 90 seconds' (04); 'the other four' still missing (03, 28 March) against 'Three workers ... are "
             "still missing' (02, 6 April) and the last recovered on 7 May (05): different times; 02's expectation of "
             "a deeper channel 'by the end of April' against its opening on 25 April (04, 05); 04's refloating 'as "
             "early as next week' against 05's 'a week later' (a plan and its outcome); 01's FBI statement (no link "
             "to terrorism) against the criminal investigation (04, 05); the crew aboard (02, 04) against 05's 'some "
             "could leave ... within weeks'; 'Washington would pay' (Biden, 02) against 'several Republicans have "
             "already said the bill should go to the ship's owners first' (02) and Pruitt's view (05): opinions, not "
             "facts in conflict; 06's '4.37 crore dollars (about Rs 364 crore)' is $43.7 million in Indian units (a "
             "crore is ten million), not a different figure; 06's '20 Indian sailors' against the crew of 21 (a "
             "subset); 06's 'by the end of May' (Buttigieg's target) against the reopening on 10 June (05). The "
             "three channel openings, the three recoveries and the demolition must not be "
             "merged into one claim. Framing differs on purpose (01 neutral wire; 02 Baltimore community site, "
             "families and workers; 03 Central American daily, machine-translated from Spanish, the families; 04 "
             "shipping trade paper, insurance and salvage; 05 fiscal-conservative analysis, 'Taxpayers in Kansas did "
             "not hit that bridge'; 06 Hindi daily, machine-translated, the Indian crew) without contradicting. single_source lists claims only one document makes, for "
             "reference.",
    "claims": claims,
    "single_source": [
        {"doc": "01", "text": "The Dali is a 984-foot vessel chartered by Maersk, bound for Colombo"},
        {"doc": "01", "text": "The bridge carried about 30,000 vehicles a day on Interstate 695 and opened in 1977"},
        {"doc": "01", "text": "About 8,000 jobs depend directly on the port, the busiest in the country for cars"},
        {"doc": "01", "text": "The Coast Guard ended the search and rescue phase on the evening of 26 March"},
        {"doc": "01", "text": "The FBI saw no credible information of a link to terrorism"},
        {"doc": "02", "text": "Maynor Suazo Sandoval's body was recovered on 5 April, the day of Biden's visit"},
        {"doc": "02", "text": "The first temporary channel was 264 feet wide and 11 feet deep"},
        {"doc": "03", "text": "Mexico's SRE confirmed two Mexican nationals among the missing; the two are not related"},
        {"doc": "03", "text": "Alejandro Hernández Fuentes was 35, Dorlian Castillo Cabrera 26, Maynor Suazo Sandoval 38"},
        {"doc": "03", "text": "The NTSB recovered the voyage data recorder"},
        {"doc": "04", "text": "The first dock blackout came when a crew member closed an exhaust damper by mistake"},
        {"doc": "04", "text": "MDTA police had about 90 seconds to close the bridge"},
        {"doc": "04", "text": "FBI agents boarded the Dali on 15 April"},
        {"doc": "04", "text": "The new bridge is due for completion in 2028"},
        {"doc": "05", "text": "The full channel (700 feet wide, 50 feet deep) reopened on 10 June"},
        {"doc": "05", "text": "The last body, José Mynor López's, was recovered on 7 May"},
        {"doc": "05", "text": "Some 50,000 tons of steel and concrete were lifted from the river"},
        {"doc": "06", "text": "Of the 21 crew, 20 are Indian and one is from Sri Lanka"},
        {"doc": "06", "text": "The MEA says the embassy is in touch with the crew, all of them safe"},
        {"doc": "06", "text": "The Baltimore International Seafarers' Center gave the sailors Wi-Fi and SIM cards"},
    ],
})
print('keys written')
