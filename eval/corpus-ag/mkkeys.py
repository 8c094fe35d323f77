"""Writes the answer keys of corpus-ag (the loss of OceanGate's Titan submersible on its dive to the Titanic, Sunday 18
June 2023: the loss of contact about an hour and 45 minutes into the descent, the US Coast Guard's search from Boston,
the banging noises heard by a Canadian P-3 (Tuesday 20 June), the debris found about 1,600 feet from the bow and the
conclusion of a catastrophic implosion (Thursday 22 June), the US Navy's acoustic detection of the Sunday, the TSB's
investigation of the Polar Prince (boarded 24 June), the debris landed at St. John's (Wednesday 28 June), and the Coast
Guard Marine Board of Investigation's public hearing of September 2024) into keys/.

Written by hand from reading the articles, before any engine run; run once (python3 mkkeys.py), then
python3 check_keys.py.
"""
import os
import sys

K = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'keys')

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from key_writing import recorder, writer  # noqa: E402

dump = writer(K)

P, O, G, L, M, MD = 'PERSON', 'ORG', 'GPE', 'LOC', 'MISC', 'MEDIA'
RUSH, WENDY, HARD, NARG = "Stockton Rush", "Wendy Rush", "Hamish Harding", "Paul-Henri Nargeolet"
SHAH, SUL, CHR, HUS, ALI = "Shahzada Dawood", "Suleman Dawood", "Christine Dawood", "Hussain Dawood", "Alina"
MAU, FRED, NEU, FOX, KAV, CAS = "John Mauger", "Jamie Frederick", "Jason Neubauer", "Kathy Fox", "Sandra Kavanagh", \
    "Hervé Castaing"
GK, NIS, LOCH, SOHN, LIND, REISS = "Ghias Khan", "Tony Nissen", "David Lochridge", "Guillermo Söhnlein", \
    "Marta Lindqvist", "Mike Reiss"
OG, USCG, MBI, TSB, NAVY, CCG = "OceanGate Expeditions", "US Coast Guard", "Marine Board of Investigation", \
    "Transportation Safety Board of Canada", "US Navy", "Canadian Coast Guard"
IFR, RMS, ENGRO, DH, FO, RCMP, MTS = "Ifremer", "RMS Titanic", "Engro Corporation", "Dawood Hercules", \
    "Foreign Office", "RCMP", "Marine Technology Society"
TITAN, TITANIC, PP, HA = "Titan", "Titanic", "Polar Prince", "Horizon Arctic"

# ---------------------------------------------------------------------------------------------- entities
ents = [
    (RUSH, P, ["Stockton Rush", "Mr Rush", "Rush"]),
    (WENDY, P, ["Wendy Rush"]),
    (HARD, P, ["Hamish Harding"]),
    (NARG, P, ["Paul-Henri Nargeolet", "Mr Nargeolet", "PH", "Mister Titanic", "Paul-Henri Nargeolette",
               "Mr Nargolet", "Mr Titanic"]),
    (SHAH, P, ["Shahzada Dawood", "Shehzada Dawood", "Mr Shahzada", "Shahzada Sahib", "Shahzada"]),
    (SUL, P, ["Suleman Dawood", "Suleman"]),
    (CHR, P, ["Christine Dawood", "Mrs Dawood"]),
    (HUS, P, ["Hussain Dawood"]),
    (ALI, P, ["Alina"]),
    (MAU, P, ["John Mauger", "Mauger"]),
    (FRED, P, ["Jamie Frederick", "Frederick"]),
    (NEU, P, ["Jason Neubauer"]),
    (FOX, P, ["Kathy Fox"]),
    (KAV, P, ["Sandra Kavanagh"]),
    (CAS, P, ["Hervé Castaing"]),
    (GK, P, ["Ghias Khan"]),
    (NIS, P, ["Tony Nissen", "Nissen"]),
    (LOCH, P, ["David Lochridge", "Lochridge"]),
    (SOHN, P, ["Guillermo Söhnlein"]),
    (LIND, P, ["Marta Lindqvist"]),
    (REISS, P, ["Mike Reiss"]),
    ("Isidor", P, ["Isidor"]),
    ("Ida Straus", P, ["Ida Straus"]),

    (OG, O, ["OceanGate Expeditions", "OceanGate"]),
    (USCG, O, ["US Coast Guard", "United States Coast Guard", "U.S. Coast Guard", "Coast Guard", "USCG",
               "American Coast Guard"]),
    (MBI, O, ["Marine Board of Investigation", "MBI"]),
    (TSB, O, ["Transportation Safety Board of Canada", "TSB", "Bureau of the Security of the Transports of Canada",
              "BST"]),
    (NAVY, O, ["US Navy", "Navy"]),
    (CCG, O, ["Canadian Coast Guard"]),
    ("National Marine", O, ["National Marine"]),
    (IFR, O, ["Ifremer", "French Institute of Research for the Exploitation of the Sea"]),
    (RMS, O, ["RMS Titanic"]),
    (ENGRO, O, ["Engro Corporation", "Engro"]),
    (DH, O, ["Dawood Hercules"]),
    (FO, O, ["Foreign Office", "FO", "Ministry of Foreign Affairs"]),
    ("SETI Institute", O, ["SETI Institute"]),
    ("Prince's Trust International", O, ["Prince's Trust International"]),
    ("University of Strathclyde", O, ["University of Strathclyde"]),
    (RCMP, O, ["RCMP"]),
    (MTS, O, ["Marine Technology Society"]),
    ("Halvorsen Institute for Ocean Policy", O, ["Halvorsen Institute for Ocean Policy"]),
    ("Department of Justice", O, ["Department of Justice"]),
    ("Action Aviation", O, ["Action Aviation"]),

    ("BBC", MD, ["BBC"]),
    ("The Daily Current", MD, ["The Daily Current"]),

    (TITAN, M, ["Titan"]),
    (TITANIC, M, ["Titanic"]),
    (PP, M, ["Polar Prince"]),
    (HA, M, ["Horizon Arctic"]),
    ("Atalante", M, ["Atalante"]),
    ("Victor 6000", M, ["Victor 6000"]),
    ("P-3 Aurora", M, ["P-3 Aurora", "P-3"]),

    ("United States", G, ["United States"]),
    ("Canada", G, ["Canada"]),
    ("France", G, ["France"]),
    ("United Kingdom", G, ["United Kingdom", "Britain"]),
    ("Pakistan", G, ["Pakistan"]),
    ("Boston", G, ["Boston"]),
    ("St. John’s", G, ["St. John’s"]),
    ("Karachi", G, ["Karachi"]),
    ("Islamabad", G, ["Islamabad"]),
    ("Washington", G, ["Washington"]),
    ("Ottawa", G, ["Ottawa"]),
    ("Paris", G, ["Paris"]),
    ("North Charleston", G, ["North Charleston"]),
    ("South Carolina", G, ["South Carolina"]),
    ("Chamonix", G, ["Chamonix"]),
    ("Glasgow", G, ["Glasgow"]),
    ("California", G, ["California"]),
    ("Dubai", G, ["Dubai"]),
    ("Connecticut", G, ["Connecticut"]),
    ("Corsica", G, ["Corsica"]),
    ("North Atlantic", L, ["North Atlantic"]),
    ("Harbour Drive", L, ["Harbour Drive"]),
]

descriptions = [
    (RUSH, ["OceanGate's chief executive", "OceanGate chief executive", "the CEO", "the chief executive",
            "The 61-year-old"]),
    (HARD, ["a British businessman and explorer", "the 58-year-old", "the billionaire adventurer"]),
    (NARG, ["a French diver and Titanic expert", "the French diver"]),
    (SHAH, ["the Pakistani businessman", "The 48-year-old"]),
    (SUL, ["The young man"]),
    (HUS, ["the industrialist", "the 80-year-old patriarch"]),
    (MAU, ["the admiral"]),
    (TITAN, ["the submersible", "the craft", "the sub"]),
    (TITANIC, ["the liner"]),
    (PP, ["its support ship", "the Canadian-flagged ship", "ship under Canadian flag"]),
    (HA, ["the offshore supply ship"]),
    ("United States", ["Washington"]),
    ("Canada", ["Ottawa"]),
    ("Pakistan", ["Islamabad"]),
    ("France", ["Paris"]),
]

roles = [
    (RUSH, ["chief executive"]),
    (WENDY, ["OceanGate's former director of communications"]),
    (MAU, ["Rear Admiral", "commander of the first district of the Coast Guard"]),
    (FRED, ["the response coordinator", "Captain"]),
    (NEU, ["the board's chief investigator", "The board's chairman"]),
    (FOX, ["the TSB's chair"]),
    (NIS, ["OceanGate's former engineering director"]),
    (LOCH, ["the former director of marine operations"]),
    (LIND, ["a senior fellow at the Halvorsen Institute for Ocean Policy"]),
    (GK, ["Engro's chief executive"]),
    (SHAH, ["vice-chairman of Engro Corporation"]),
    (HUS, ["chairman of the Dawood Hercules group"]),
    (REISS, ["a television writer"]),
    (CAS, ["a former colleague of Ifremer"]),
    (NARG, ["the former commander of frigate of the National Marine"]),
    (SOHN, ["co-founded OceanGate"]),
]

must_not_merge = [
    [SHAH, SUL], [SHAH, HUS], [SUL, HUS], [CHR, SHAH], [CHR, SUL], [CHR, HUS],
    [RUSH, WENDY],
    [TSB, USCG], [TSB, MBI], [USCG, NAVY], [USCG, CCG],
    [TITAN, TITANIC], [RMS, TITANIC], [PP, HA],
    [ENGRO, DH], ["Isidor", "Ida Straus"], [MAU, FRED],
]

dump('entities.json', {
    "about": "Answer key for entity resolution on corpus-ag/articles (the loss of OceanGate's Titan submersible on its "
             "dive to the Titanic, Sunday 18 June 2023, the search led by the US Coast Guard from Boston, the debris "
             "found on Thursday 22 June, the investigations of the TSB and the Coast Guard's Marine Board of "
             "Investigation and its public hearing of September 2024), written from reading the articles. Same "
             "conventions as corpus-c..ae: canonical name (a form that occurs in the texts), type, and every surface "
             "form that names the entity in the cleaned texts (headlines, standfirsts, captions, bylines, datelines, "
             "related links and other boilerplate excluded). Title+surname forms ('Mr Rush', 'Mr Nargeolet', 'Mr "
             "Nargolet', 'Mr Shahzada', 'Mrs Dawood') are keyed as aliases; title+full-name forms ('Rear Admiral John "
             "Mauger', 'the admiral John Mauger', 'Captain Jamie Frederick', 'Captain Jason Neubauer', 'Mrs Christine "
             "Dawood', 'Mr Hussain Dawood') are covered by the full-name alias. Defects on purpose: Paul-Henri "
             "Nargeolet is 'Paul-Henri Nargeolet' (01, 03), 'Mr Nargeolet' (03), the nicknames « PH » and « Mister "
             "Titanic » (03, a calque of 'Monsieur Titanic') and, in one article (05), two misspellings of his "
             "surname, 'Paul-Henri Nargeolette' and 'Mr Nargolet', with the nickname in English, "
             "'\"Mr Titanic\"'; the Pakistani businessman is 'Shahzada Dawood' "
             "(01, 04), the transliteration 'Shehzada Dawood' (04), the honorific forms 'Mr Shahzada' (given name, "
             "Urdu usage) and 'Shahzada Sahib' (04) and the bare 'Shahzada' inside Ghias Khan's quotation (04); "
             "Stockton Rush is 'Stockton Rush' (01, 05, 06), 'Mr Rush' and the bare 'Rush' (05, 06, also in 06's "
             "'Rush's safety record'). Three Dawoods and a fourth who must not merge: Shahzada, his son Suleman "
             "('Suleman' alone in 04), his father Hussain (04), and Christine Dawood, the wife and mother ('Mrs "
             "Dawood' in 04); their daughter 'Alina' (04) is keyed by her given name; 'the Dawood family' is not "
             "keyed; 'Dawood Hercules' (04, a business group) must not merge with any of them. Two Rushes: Stockton "
             "and his widow Wendy Rush (05), who must not merge. The Titan (the submersible) and the Titanic (the "
             "liner) must not merge, nor the company 'RMS Titanic' (03, which owns salvage rights) with the liner, "
             "nor the Polar Prince (the support ship) with the Horizon Arctic (the ship whose robot found the debris). "
             "Acronyms and foreign forms: 'the US Coast Guard' (01, 05, 06), 'the United States Coast Guard' (01, in "
             "Mauger's quotation), 'The U.S. Coast Guard' (02), 'The American Coast Guard (USCG)' and 'the USCG' (03), "
             "'the American Coast Guard' (04), and the bare 'Coast Guard' (01, 05, 03's 'the first district of the "
             "Coast Guard'); the 'Canadian Coast Guard wharf' (02) is another service; 'Marine Board of Investigation "
             "(MBI)' (02) and 'the MBI' (05); 'The Transportation Safety Board of Canada' and 'TSB' (02, 05) and the "
             "French calque 'The Bureau of the Security of the Transports of Canada (BST)' (03); 'the French Institute "
             "of Research for the Exploitation of the Sea (Ifremer)' and 'the Ifremer' (03); 'The Foreign Office (FO)' "
             "and 'the Ministry of Foreign Affairs' (04, Pakistan's); 'the National Marine' (03, a calque of Marine "
             "nationale, the French navy); 'the US Navy' (01, 06) and 'A Navy official' (01). Capitals for "
             "governments: 'Ottawa' (02 'Ottawa has so far left the question', 04 'thanked Washington and Ottawa'), "
             "'Washington' (04, 05 'Washington had no tool'), 'Islamabad' (04 'Islamabad has thanked'), and 'Paris' "
             "(03 'Paris had sent the ship Atalante') stand for the governments; each is keyed as the city's alias and "
             "as a description of its country (03 also has 'hour of Paris' and "
             "'the prosecutor's office of Paris', the city). Descriptions: 'OceanGate's chief executive' (01), "
             "'OceanGate chief executive' (06), 'the CEO' and 'the chief executive' (05, 'the chief executive's "
             "widow') and 'The 61-year-old' (06) for Rush; 'a British businessman and explorer' and 'the 58-year-old' "
             "(01) and 'the billionaire adventurer' (06) for Harding; 'a French diver and Titanic expert' (01) and "
             "'the French diver' (05) for Nargeolet; 'the Pakistani businessman' (01) and 'The 48-year-old' (04) for "
             "Shahzada Dawood; 'The young man' (04) for Suleman; 'the industrialist' and 'the 80-year-old patriarch' "
             "(04) for Hussain Dawood; 'the admiral' (01) for Mauger; 'the submersible', 'the craft', 'the sub' for "
             "the Titan; 'the liner' (03, 05) for the Titanic; 'its support ship' (01), 'the Canadian-flagged ship' "
             "(02), 'ship under Canadian flag' (03) for the Polar Prince; 'the offshore supply ship' (02) for the "
             "Horizon Arctic. 'Isidor' (05 'Isidor and Ida Straus') is keyed by his given name, the couple's surname "
             "being written once. Not keyed: 'the Harding family' and 'The Dawood family' (families), 'Mister "
             "Titanic' is keyed but 'Titanic expert' is not, demonyms and adjectives (Canadian, French, Pakistani, "
             "British, Irish, American), 'the unified command', 'the wreck' (the Titanic's wreck and the Titan's "
             "debris both), 'the board' (the MBI in 02 para 3 and 05, the TSB in 02 para 5), 'the panel', 'the "
             "Corsica' as a size, 'Rubik's cube', 'Quran', 'Father' forms, 'Pier 17' (caption only), 'Harbour Drive' "
             "is keyed as a street. roles: roles stated in an apposition or title, for information.",
    "entities": [{"name": n, "type": t, "aliases": a} for n, t, a in ents],
    "must_not_merge": must_not_merge,
    "descriptions": [{"entity": e, "descriptions": d} for e, d in descriptions],
    "roles": [{"entity": e, "roles": r} for e, r in roles],
})

# ---------------------------------------------------------------------------------------------- dates
dates = [
    # 01: published Thursday 2023-06-22 (JSON field 2023-06-22T21:40:00Z, 17:40 in Boston)
    ["01", "Thursday", "2023-06-22"],
    ["01", "Sunday", "2023-06-18"],
    ["01", "an hour and 45 minutes", "PT1H45M"],
    ["01", "96 hours", "PT96H"],
    ["01", "Tuesday", "2023-06-20"],
    ["01", "Wednesday", "2023-06-21"],
    ["01", "Thursday", "2023-06-22"],
    ["01", "Sunday", "2023-06-18"],
    # 02: published Thursday 2023-06-29 (meta and JSON-LD only)
    ["02", "yesterday", "2023-06-28"],
    ["02", "ten days", "P10D"],
    ["02", "last week", "2023-06-19/2023-06-25"],
    ["02", "Wednesday", "2023-06-28"],
    ["02", "June 18", "2023-06-18"],
    ["02", "Saturday, June 24", "2023-06-24"],
    ["02", "that day", "2023-06-24"],
    ["02", "two weeks", "P2W"],
    ["02", "June", "2023-06"],
    # 03: published Friday 2023-06-23 (visible date line 'Published the 23/06/2023 at 09h15')
    ["03", "Thursday", "2023-06-22"],
    ["03", "Thursday", "2023-06-22"],
    ["03", "1946", "1946"],
    ["03", "1987", "1987"],
    ["03", "the 1980s", "1980-01-01/1989-12-31"],
    ["03", "Sunday", "2023-06-18"],
    ["03", "one hour and 45 minutes", "PT1H45M"],
    ["03", "the same day", "2023-06-18"],
    ["03", "four days", "P4D"],
    ["03", "Thursday", "2023-06-22"],
    ["03", "Thursday", "2023-06-22"],
    ["03", "2019", "2019"],
    # 04: published Monday 2023-06-26, no date line
    ["04", "Sunday, 18 June", "2023-06-18"],
    ["04", "one hour and 15 minutes", "PT1H15M"],
    ["04", "Thursday", "2023-06-22"],
    ["04", "yesterday", "2023-06-25"],
    ["04", "Sunday", "2023-06-25"],
    ["04", "Thursday", "2023-06-22"],
    ["04", "Friday", "2023-06-23"],
    # 05: published Friday 2024-09-20, no date line
    ["05", "Monday, 16 September", "2024-09-16"],
    ["05", "Fifteen months", "P15M"],
    ["05", "next Friday", "2024-09-27"],
    ["05", "next year", "2025"],
    ["05", "2018", "2018"],
    ["05", "Monday", "2024-09-16"],
    ["05", "2018", "2018"],
    ["05", "Tuesday", "2024-09-17"],
    ["05", "2018", "2018"],
    ["05", "March 2018", "2018-03"],
    ["05", "August", "2024-08"],
    ["05", "1912", "1912"],
    ["05", "2009", "2009"],
    ["05", "2013", "2013"],
    ["05", "Monday", "2024-09-16"],
    ["05", "the same day", "2024-09-16"],
    ["05", "Earlier this month", "2024-09"],
    ["05", "June 2023", "2023-06"],
    ["05", "between 18 and 22 June", "2023-06-18/2023-06-22"],
    ["05", "96 hours", "PT96H"],
    # 06: published Wednesday 2023-06-21 (visible date line 'Wed 21 Jun 2023 19:05 EDT')
    ["06", "Wednesday", "2023-06-21"],
    ["06", "Tuesday", "2023-06-20"],
    ["06", "four hours", "PT4H"],
    ["06", "Sunday", "2023-06-18"],
    ["06", "Two days later", "2023-06-20"],
    ["06", "20 hours", "PT20H"],
    ["06", "96 hours", "PT96H"],
    ["06", "Thursday", "2023-06-22"],
    ["06", "2018", "2018"],
    ["06", "last year", "2022"],
    ["06", "next Sunday", "2023-06-25"],
    ["06", "Thursday", "2023-06-22"],
]
dump('dates.json', {
    "about": "Answer key for date normalisation on corpus-ag/articles, same conventions as corpus-c..ae: document id "
             "prefix, the expression as written (the first occurrence not yet matched, in text order; a system "
             "expression that contains the key text matches, so 'Sunday' in 01 also matches 'on Sunday morning', "
             "'Thursday' in 03 'Thursday in the evening', 'Wednesday' in 02 'on Wednesday morning', 'two weeks' in 02 "
             "'the last two weeks', 'the 1980s' in 03 'the end of the 1980s', 'four hours' in 06 'four hours later', "
             "'June' in 02 'in June'), its absolute value. Weeks run Monday to Sunday. Dates are local dates of the "
             "North Atlantic and North American east coast (Newfoundland, Boston, South Carolina); 03 (written in "
             "Brest) gives the Coast Guard's announcement 'Thursday in the evening, hour of Paris', the same Thursday. "
             "Durations are keyed as ISO durations: 'an hour and 45 minutes' (01) and 'one hour and 45 minutes' (03) "
             "PT1H45M, 'one hour and 15 minutes' (04) PT1H15M, '96 hours' PT96H (01 'about 96 hours', 05, 06 'the 96 "
             "hours'), '20 hours' (06) PT20H, 'four hours' (06) PT4H, 'ten days' (02) P10D, 'four days' (03 'During "
             "four days') P4D, 'Fifteen months' (05) P15M, 'two weeks' (02) P2W. Not keyed: ages ('19' and 'a student "
             "of 19 years', '77 years', 'the 58-year-old', 'The 48-year-old', 'The 61-year-old', 'the 80-year-old'), "
             "adjectival spans ('the eight-day expedition' in 01, '30-minute intervals' in 06), the clock time '7 "
             "a.m.' (06, keyed only as its day 'Thursday'), vague or anaphoric expressions ('at the time', 'since the "
             "first day' in 04, 'for decades' in 02, 'soon afterwards', 'Then', 'Now', 'before him'), amounts and "
             "figures ('$250,000', '250,000 dollars', 'seven crore rupees', '$50 million', '1,600 feet', '12,500 "
             "feet', '3,800 metres', '500 metres', '6,000 metres', '370 nautical miles', 'Victor 6000', 'more than "
             "thirty-five times', 'more than three dozen'). Relative dates: 01 (written Thursday 22 June, evening) "
             "'on Thursday' twice 22 June (the discovery and Mauger's statement), 'on Sunday morning' and 'on Sunday' "
             "18 June (the dive and the Navy's detection), 'on Tuesday and Wednesday' keyed as two days (20 and 21 "
             "June). 02 (Thursday 29 June): 'yesterday' and 'on Wednesday morning' 28 June (the landing of the "
             "debris), 'last week' 19-25 June (the discovery), 'on June 18' (yearless), 'on Saturday, June 24' "
             "(yearless, with its weekday) and 'that day' 24 June, 'in June' June 2023. 03 (Friday 23 June, 09h15 in "
             "France): 'discovered Thursday' (chapô), 'Thursday in the evening' (twice) and 'only on Thursday' 22 "
             "June, 'Sunday in the morning' and 'the same day' 18 June, 'in 1946', 'in 1987', 'the end of the 1980s' "
             "(a decade), 'in 2019'. 04 (Monday 26 June, no date line): 'on Sunday, 18 June' (a yearless date with "
             "its weekday), 'on Thursday' twice 22 June, 'yesterday (Sunday)' keyed twice as 25 June (Christine "
             "Dawood's interview: a second Sunday, a week after the dive), 'On Friday' 23 June (the Quran "
             "recitation). 05 (Friday 20 September 2024, no date line): 'on Monday, 16 September' (yearless) and 'on "
             "Monday' twice 16 September 2024, 'the same day' 16 September, 'On Tuesday' 17 September, 'until next "
             "Friday' 27 September, 'next year' 2025, 'from 2018', 'in 2018', 'whose 2018 inspection report' (2018), "
             "'In March 2018', 'in August' August 2024 (the lawsuit), 'in 1912', 'in 2009', 'in 2013', 'Earlier this "
             "month' September 2024, 'June 2023', 'between 18 and 22 June' (a yearless range, 2023: the search). 06 (Wednesday 21 June, 19:05 EDT): 'on Wednesday' 21 June, 'on "
             "Tuesday' and 'Two days later' 20 June (two days after Sunday 18 June), 'early on Sunday' 18 June, 'at "
             "around 7 a.m. Thursday' and 'on Thursday' 22 June, 'court papers from 2018', 'last year' 2022, 'until "
             "next Sunday' 25 June. Two similar events at different dates must stay apart: the loss of contact "
             "(Sunday 18 June) and the discovery of the debris (Thursday 22 June); the dive of June 2023 and the "
             "hearing of September 2024 (05); the Sunday of the dive (18 June) and the Sunday of the interview (25 "
             "June, 04). Publication dates: 01 2023-06-22, 02 2023-06-29, 03 2023-06-23, 04 2023-06-26, 05 "
             "2024-09-20, 06 2023-06-21 (see publication.json).",
    "dates": dates,
})

# ---------------------------------------------------------------------------------------------- publication
dump('publication.json', {
    "about": "True publication date of each document (the one the author had in mind) and whether the input states it "
             "(metadata, JSON field or a visible date line). window: the span a careful reader can prove from the text "
             "alone (plus event dates the other articles give); the engine's published.earliest..latest should contain "
             "'date'.",
    "published": [
        {"doc": "01", "date": "2023-06-22", "stated": True,
         "how": "JSONL published field 2023-06-22T21:40:00Z (17:40 in Boston the same day); the debris found 'on "
                "Thursday' is past",
         "window": ["2023-06-22", "2023-06-22"]},
        {"doc": "02", "date": "2023-06-29", "stated": True,
         "how": "meta article:published_time and JSON-LD datePublished 2023-06-29T06:15:00-02:30 (no visible date; "
                "the debris landed 'yesterday' and 'on Wednesday morning', 'ten days after' 18 June)",
         "window": ["2023-06-29", "2023-06-29"]},
        {"doc": "03", "date": "2023-06-23", "stated": True,
         "how": "visible date line 'Published the 23/06/2023 at 09h15 – Updated at 11h40' (day before month)",
         "window": ["2023-06-23", "2023-06-23"]},
        {"doc": "04", "date": "2023-06-26", "stated": False,
         "how": "none: the dive was 'on Sunday, 18 June', the debris found 'on Thursday' (22 June), the recitation "
                "'On Friday' (23 June) and Christine Dawood's interview 'yesterday (Sunday)', a Sunday after that "
                "Friday: 25 June, so Monday 26 June",
         "window": ["2023-06-26", "2023-06-26"]},
        {"doc": "05", "date": "2024-09-20", "stated": False,
         "how": "none: the hearing 'opened on Monday, 16 September' 'Fifteen months after' June 2023 (so 2024), "
                "Lochridge testified 'On Tuesday' (17 September) and 'the first week' is under way, the hearing runs "
                "'until next Friday': written between Wednesday 18 and Sunday 22 September 2024",
         "window": ["2024-09-18", "2024-09-22"]},
        {"doc": "06", "date": "2023-06-21", "stated": True,
         "how": "visible date line 'Wed 21 Jun 2023 19:05 EDT'; the search 'on Wednesday' is the same day",
         "window": ["2023-06-21", "2023-06-21"]},
    ],
})

# ---------------------------------------------------------------------------------------------- timeline
ev = []
event = recorder(ev)

event("The Titan begins its dive to the Titanic and loses contact with the Polar Prince about an hour and 45 minutes "
      "into the descent", "2023-06-18", ["01", "02", "03", "04", "06"],
      ["contact", "descent", "dive", "set off", "disappear"],
      note="01 'on Sunday morning'; 02 'lost contact with it on June 18'; 03 'Sunday in the morning' and 'The alert "
           "was given the same day'; 04 'on Sunday, 18 June'; 06 'early on Sunday'; must stay apart from the discovery "
           "of the debris on Thursday 22 June")
event("The US Navy detects an acoustic signature consistent with an implosion", "2023-06-18", ["01"],
      ["navy", "acoustic", "signature"],
      note="01 'on Sunday, shortly after communications were lost'; revealed only after the discovery ('later'); a "
           "separate event on the same day as the loss of contact")
event("A Canadian P-3 Aurora aircraft picks up banging noises in the search area", "2023-06-20", ["06"],
      ["bang", "noise", "sound", "p-3", "aurora"],
      note="06 'on Tuesday'; 01 says Coast Guard officials spoke of the noises 'on Tuesday and Wednesday' without "
           "dating the detection and is not listed")
event("A remotely operated vehicle from the Horizon Arctic finds the Titan's debris about 1,600 feet from the Titanic's "
      "bow; the US Coast Guard concludes a catastrophic implosion killed all five", "2023-06-22",
      ["01", "03", "04"],
      ["debris", "implosion", "tail cone", "found", "discover", "implod"],
      note="01 'on Thursday'; 03 'discovered Thursday' and 'Thursday in the evening, hour of Paris' (the announcement); "
           "04 'on Thursday its debris were found'; 02 'last week' names only the week; 05 dates it by month only "
           "('June 2023'); Mauger's announcement is folded in")
event("The Transportation Safety Board of Canada (BST) announces an investigation into the Polar Prince",
      "2023-06-22", ["03"],
      ["bst", "tsb", "transportation safety", "bureau of the security"],
      note="03 'Thursday in the evening' (French time); 02 and 05 mention the TSB's investigation without dating its "
           "opening")
event("A Quran recitation for Shahzada and Suleman Dawood is held at the family residence in Karachi", "2023-06-23",
      ["04"], ["quran", "recitation", "condolence"],
      note="04 'On Friday'")
event("The Polar Prince returns to St. John's and TSB investigators board it; Kathy Fox speaks on the wharf",
      "2023-06-24", ["02"],
      ["polar prince", "returned", "boarded", "voyage data", "tsb", "fox"],
      note="02 'on Saturday, June 24' and 'that day'")
event("The Horizon Arctic lands the Titan's debris and presumed human remains at St. John's", "2023-06-28", ["02"],
      ["horizon arctic", "docked", "ashore", "pier", "lifted", "remains", "debris"],
      note="02 'yesterday' and 'on Wednesday morning', 'ten days after' the loss of contact; must not merge with the "
           "discovery of the debris on the seabed (22 June)")
event("The US Coast Guard Marine Board of Investigation opens its public hearing in North Charleston; Tony Nissen "
      "and Guillermo Söhnlein testify", "2024-09-16", ["05"],
      ["hearing", "nissen", "söhnlein", "marine board", "mbi", "testif"],
      note="05 'on Monday, 16 September', 'on Monday' and 'the same day'; the hearing is to run 'until next Friday' "
           "(27 September, not keyed: future); must stay apart from the events of June 2023")
event("David Lochridge testifies before the Marine Board of Investigation", "2024-09-17", ["05"],
      ["lochridge"],
      note="05 'On Tuesday'; his 2018 report (year only) is not keyed")
dump('timeline.json', {
    "about": "Real-world events the articles report, with date (day), until for multi-day events, the documents that "
             "report each (with a date the reader can resolve), and words by which a system event is recognised "
             "(title, trigger or participant entity ids). Dates are local (Newfoundland / US east coast). "
             "Occurrences of similar events must stay apart: the loss of contact (Sunday 18 June 2023) and the "
             "discovery of the debris (Thursday 22 June); the discovery on the seabed (22 June) and the landing of "
             "the debris at St. John's (28 June); the dive of June 2023 and the hearing of September 2024; the "
             "Navy's detection (18 June, revealed later) and the P-3's noises (20 June). Not keyed: future or planned "
             "events (the end of the hearing next Friday, the final report next year, the weather until next Sunday, "
             "the Atalante's arrival 'on Thursday' as announced in 06, though 03 says it arrived on Thursday, folded "
             "into the search), events dated only by month or year (the Marine Technology Society's letter of March "
             "2018, Lochridge's 2018 report and dismissal, Nissen's refusal in 2018, the Nargeolet family's lawsuit "
             "in August 2024, the release of the video 'Earlier this month', the 1987 expedition, OceanGate's founding "
             "in 2009, Reiss's dive 'last year'), statements and press conferences (Frederick's of Wednesday 21 June, "
             "Christine Dawood's interview of Sunday 25 June, OceanGate's and the families' statements, Pakistan's "
             "Foreign Office), and same-day side events folded into a keyed one (see notes).",
    "events": ev,
})

# ---------------------------------------------------------------------------------------------- quotes
quotes = [
    ["01", "catastrophic implosion", "partial", USCG],
    ["01", "The debris is consistent with a catastrophic loss", "direct", MAU],
    ["01", "On behalf of the United States Coast Guard", "direct", MAU],
    ["01", "it believed all five men had been lost", "indirect", OG],
    ["01", "These men were true explorers", "direct", OG],
    ["01", "they were grateful for the efforts", "indirect", [None]],
    ["01", "lived for adventure", "partial", [None]],
    ["01", "a Canadian P-3 aircraft had picked up banging noises", "indirect", [None, USCG]],
    ["01", "the sounds had not been linked to the Titan", "indirect", FRED],
    ["01", "there was no indication that the noises", "indirect", MAU],
    ["01", "This is an incredibly unforgiving environment", "direct", MAU],
    ["01", "the vehicles would stay on the site", "indirect", MAU],
    ["01", "consistent with an implosion", "partial", NAVY],
    ["01", "the sound was not conclusive", "indirect", [None, NAVY]],

    ["02", "presumed human remains", "partial", [USCG, MBI]],
    ["02", "There is still a substantial amount of work", "direct", NEU],
    ["02", "We’re going to gather information", "direct", FOX],
    ["02", "it was too early to say", "indirect", FOX],
    ["02", "it was looking at whether a full investigation", "indirect", RCMP],
    ["02", "she had served some of the OceanGate crew", "indirect", KAV],
    ["02", "They were friendly, they were excited", "direct", KAV],
    ["02", "You don’t forget that", "direct", KAV],

    ["03", "catastrophic implosion", "partial", USCG],
    ["03", "He was a man of a great generosity", "direct", CAS],
    ["03", "the tail of the Titan was found", "indirect", USCG],
    ["03", "The debris are compatible", "direct", MAU],
    ["03", "a man of heart", "partial", [None]],
    ["03", "if something happens, you are dead", "partial", NARG],
    ["03", "he had expressed doubts on the Titan", "indirect", [None]],

    ["04", "Shehzada Dawood and his son Suleman Dawood, who were", "indirect", [None]],
    ["04", "the submersible of the company OceanGate was lost", "indirect", USCG],
    ["04", "the vessel was destroyed in an implosion", "indirect", [None, USCG]],
    ["04", "the father and son had planned this journey", "indirect", CHR],
    ["04", "Suleman really wanted to go", "direct", CHR],
    ["04", "He took his Rubik's cube with him", "direct", CHR],
    ["04", "she was on the Polar Prince with their daughter", "indirect", CHR],
    ["04", "When they told us that the search was over", "direct", CHR],
    ["04", "Pakistan was in contact with the American", "indirect", [None, FO]],
    ["04", "he was a man of curiosity", "indirect", [None, ENGRO]],
    ["04", "Shahzada was a mentor", "direct", GK],
    ["04", "the family wants to continue", "indirect", CHR],
    ["04", "she and her daughter will learn", "indirect", CHR],

    ["05", "I'm not getting in that", "direct", NIS],
    ["05", "difficult to work for", "partial", NIS],
    ["05", "The whole idea behind the company", "direct", LOCH],
    ["05", "There was very little in the way of science", "direct", LOCH],
    ["05", "he had gone to federal safety officials", "indirect", LOCH],
    ["05", "from minor to catastrophic", "partial", [None, MTS]],
    ["05", "regulation stifled innovation", "indirect", RUSH],
    ["05", "the letter should have been a turning point", "indirect", LIND],
    ["05", "An industry wrote to a chief executive", "direct", LIND],
    ["05", "And Washington had no tool", "direct", LIND],
    ["05", "and more cheaply", "partial", SOHN],
    ["05", "he still believed deep-sea exploration", "indirect", SOHN],
    ["05", "not a trial", "partial", NEU],

    ["06", "banging", "partial", [None]],
    ["06", "We don't know what they are", "direct", FRED],
    ["06", "We have to remain optimistic", "direct", FRED],
    ["06", "the analysis was being done by the US Navy", "indirect", FRED],
    ["06", "It's a search and rescue case", "direct", FRED],
    ["06", "one hundred per cent", "direct", FRED],
    ["06", "about 20 hours of breathable air remained", "indirect", FRED],
    ["06", "the figure was only an estimate", "indirect", [None]],
    ["06", "the sub's hull had not been properly tested", "indirect", LOCH],
    ["06", "the risks were spelled out", "indirect", [None]],
    ["06", "You sign a waiver", "direct", REISS],
    ["06", "Weather in the search area is expected to hold", "indirect", [None]],
]
dump('quotes.json', {
    "about": "Answer key for quotations on corpus-ag/articles, same conventions as corpus-c..ae: document id prefix, the "
             "first words of the quoted or reported content, kind, and the speaker's canonical name (null: the text "
             "does not name one; a list: any of these is right, and a list containing null also accepts no speaker). "
             "A quote interrupted by its attribution (06 '\"It's a search and rescue case,\" Frederick insisted, \"one "
             "hundred per cent.\"') or continued without one (01 Mauger's second sentence after 'Mauger said', 02 "
             "Kavanagh's second quotation after 'she said', 04 Christine Dawood's second sentence, 05 Lochridge's and "
             "Lindqvist's second sentences, 06 Frederick's second sentence after 'told a press conference in Boston') "
             "is keyed once per piece. A reported clause with quoted words in it (01 'the US Coast Guard said the five "
             "people aboard were believed to have died in a \"catastrophic implosion\"', 01 the Navy's 'an acoustic "
             "signature \"consistent with an implosion\"', 01 the Harding family's 'a man who \"lived for "
             "adventure\"', 02 the Coast Guard's 'what it called \"presumed human remains\"', 03 the USCG's 'have "
             "perished in a « catastrophic implosion »', 03 the family's 'has saluted in a communiqué « a man of heart "
             "... »', 03 Nargeolet's 'he had estimated that at such a depth, « if something happens ... »', 05 "
             "Nissen's 'Mr Rush could be \"difficult to work for\"', 05 the letter's '\"from minor to catastrophic\"', "
             "05 Söhnlein's 'deeper \"and more cheaply\"', 05 Neubauer's 'the hearing was \"not a trial\"') is keyed "
             "as the partial quote, once, at the first quoted words; so is 06's 'picked up \"banging\" sounds ..., "
             "according to an internal government memo' (a memo: null). Forms: 'said X' inverted (02 'said Captain Jason "
             "Neubauer', 04 'said Engro's chief executive Ghias Khan', 06 'said Mike Reiss', 06 'the Canadian "
             "forecasters said' after the content); 'X told <outlet>/reporters' (02 Kathy Fox 'told reporters on the "
             "wharf', 06 Frederick 'told a press conference'); machine-translated 'has declared to our newspaper a "
             "former colleague of Ifremer, Hervé Castaing' and 'has indicated the admiral John Mauger' (03, "
             "inverted), 'The Dawood family ... has declared that' (04, null), 'has said that' (04); 'according to' "
             "(03 'According to the USCG', 04 'According to the American Coast Guard', 05 'According to Marta "
             "Lindqvist'); a speaker given only by a role, description or pronoun: 01 'the company said' (OceanGate), "
             "01 'he said' (the admiral), 01 'Coast Guard officials said' (null or the Coast Guard), 01 'A Navy "
             "official said' (null or the Navy), 02 'She said that' (Fox), 04 'The officials have said that' (null or "
             "the Coast Guard), 04 'A spokesperson of the Ministry of Foreign Affairs has said' (null or the Foreign "
             "Office), 04 'Colleagues in Engro have said' (null or Engro), 06 'he said' (Frederick), 06 'Experts "
             "cautioned', 'Former passengers say' (null), 03 'Some friends affirm that' (null); 05 'he recalled "
             "telling Stockton Rush' (Nissen is the speaker, Rush the addressee); 05 'Rush answered, in effect, that' "
             "(Rush, indirect). Not keyed: the nicknames « "
             "PH » and « Mister Titanic » (03) and '\"Mr Titanic\"' (05), headlines, statements without reported content ('OceanGate has not "
             "commented', 'Islamabad has thanked Washington and Ottawa', 'The Foreign Office ... has expressed deep "
             "sorrow'), and facts stated in the writer's own voice.",
    "quotes": quotes,
})

# ---------------------------------------------------------------------------------------------- claims
claims = [
    {"id": "implosion-five-dead",
     "text": "The five people aboard the Titan died in a catastrophic implosion",
     "docs": ["01", "03", "04", "05"],
     "anchors": {
         "01": "believed to have died in a",
         "03": "the five passengers of the Titan have perished",
         "04": "the vessel was destroyed in an implosion",
         "05": "the Titan imploded on its way to the Titanic"},
     "contradiction": None,
     "note": "01's OceanGate statement ('all five men had been lost') says the same in another sentence"},
    {"id": "debris-1600-feet",
     "text": "The Titan's tail cone was found about 1,600 feet (some 500 metres) from the Titanic's bow",
     "docs": ["01", "03", "05"],
     "anchors": {
         "01": "found the tail cone of the submersible about 1,600 feet from the bow of the Titanic",
         "03": "the tail of the Titan was found at approximately 500 metres of the bow",
         "05": "debris was found some 1,600 feet from the Titanic's bow"},
     "contradiction": None,
     "note": "1,600 feet is about 488 metres: 03's 'approximately 500 metres' is the same distance, not a "
             "contradiction"},
    {"id": "pressure-chamber",
     "text": "Mauger said the debris was consistent with a catastrophic loss of the pressure chamber",
     "docs": ["01", "03"],
     "anchors": {
         "01": "The debris is consistent with a catastrophic loss of the pressure chamber",
         "03": "The debris are compatible with a catastrophic loss of the chamber of pressure"},
     "contradiction": None},
    {"id": "found-by-horizon-arctic",
     "text": "The debris was found by a remotely operated vehicle from the Canadian ship Horizon Arctic",
     "docs": ["02", "03"],
     "anchors": {
         "02": "the offshore supply ship that carried the remotely operated vehicle",
         "03": "the day of the discovery of the debris by a robot of the Canadian ship Horizon Arctic"},
     "contradiction": None,
     "note": "01 says 'sent down from a Canadian ship' inside the sentence anchored for debris-1600-feet"},
    {"id": "contact-lost",
     "text": "The Titan lost contact with the Polar Prince about an hour and 45 minutes into its descent",
     "docs": ["01", "03"],
     "anchors": {
         "01": "about an hour and 45 minutes into the dive",
         "03": "approximately one hour and 45 minutes later"},
     "contradiction": {
         "docs": ["04"],
         "anchors": {"04": "about one hour and 15 minutes after the starting of the descent"},
         "aspect": "number",
         "detail": "04 says contact was lost about one hour and 15 minutes into the descent, against an hour and 45 "
                   "minutes in 01 and 03"},
     "note": "02 ('lost contact with it on June 18') and 06 ('set off for the wreck early on Sunday') agree on the "
             "day in sentences anchored elsewhere or not anchored"},
    {"id": "oxygen-96-hours",
     "text": "The Titan carried about 96 hours of breathable air at the start of the dive",
     "docs": ["01", "06"],
     "anchors": {
         "01": "about 96 hours of breathable air when they set off",
         "06": "based on the 96 hours OceanGate had reported at the start of the dive"},
     "contradiction": None,
     "note": "06's 'about 20 hours of breathable air remained' (on Wednesday) is what was left, not the total; 05's "
             "'about 96 hours of oxygen' agrees inside a list sentence anchored for debris-1600-feet"},
    {"id": "banging-noises",
     "text": "A Canadian P-3 aircraft picked up banging noises in the search area",
     "docs": ["01", "06"],
     "anchors": {
         "01": "a Canadian P-3 aircraft had picked up banging noises",
         "06": "A Canadian P-3 Aurora patrol plane picked up"},
     "contradiction": None,
     "note": "05 ('banging noises picked up by a Canadian aircraft') agrees inside its list sentence"},
    {"id": "noises-not-linked",
     "text": "The Coast Guard could not link the noises to the Titan",
     "docs": ["01", "06"],
     "anchors": {
         "01": "the sounds had not been linked to the Titan",
         "06": "We don't know what they are"},
     "contradiction": None},
    {"id": "seat-250000",
     "text": "A seat on the Titan cost $250,000",
     "docs": ["01", "02", "03", "04"],
     "anchors": {
         "01": "Passengers paid $250,000 each",
         "02": "had charged $250,000 a seat",
         "03": "The ticket of a place on board cost 250,000 dollars",
         "04": "The price of a seat on the Titan was 250,000 dollars"},
     "contradiction": None,
     "note": "04's 'about seven crore rupees' is the same sum in rupees; 05's '$250,000 seats' agrees inside the "
             "sentence anchored for implosion-five-dead; 03's 'Mr Nargeolet, as expert, did not pay' is not a "
             "contradiction (the price per seat is unchanged)"},
    {"id": "depth",
     "text": "The Titanic lies about 3,800 metres (12,500 feet) down",
     "docs": ["01", "02"],
     "anchors": {
         "01": "The wreck lies some 12,500 feet below the surface",
         "02": "at a depth of some 3,800 metres"},
     "contradiction": None,
     "note": "12,500 feet is about 3,810 metres; 03's 'by some 3,800 metres of depth' agrees inside the sentence "
             "anchored for implosion-five-dead"},
    {"id": "tsb-investigation",
     "text": "The Transportation Safety Board of Canada is investigating the role of the Polar Prince",
     "docs": ["02", "03", "05"],
     "anchors": {
         "02": "is running its own investigation, which is focused on the Polar Prince",
         "03": "the opening of an investigation on the Polar Prince",
         "05": "which is looking at the role of the Polar Prince"},
     "contradiction": None},
    {"id": "mbi-criminal-referral",
     "text": "The Marine Board of Investigation can refer its findings for criminal prosecution",
     "docs": ["02", "05"],
     "anchors": {
         "02": "The MBI can recommend criminal charges to federal prosecutors",
         "05": "the MBI can refer its findings to the Department of Justice"},
     "contradiction": None},
    {"id": "lochridge-warning",
     "text": "David Lochridge warned in 2018 that the Titan's hull was flawed or untested, and was fired",
     "docs": ["05", "06"],
     "anchors": {
         "05": "whose 2018 inspection report warned of flaws in the carbon-fibre hull",
         "06": "warned that the sub's hull had not been properly tested"},
     "contradiction": None},
    {"id": "nargeolet-dives",
     "text": "Paul-Henri Nargeolet had dived to the Titanic more than thirty times",
     "docs": ["03", "05"],
     "anchors": {
         "03": "had dived more than thirty-five times on the Titanic",
         "05": "who had been to the wreck more than thirty times"},
     "contradiction": None,
     "note": "'more than thirty-five' and 'more than thirty' are both lower bounds: not a contradiction"},
    {"id": "suleman-19",
     "text": "Suleman Dawood was 19",
     "docs": ["01", "04"],
     "anchors": {
         "01": "his son Suleman Dawood, 19",
         "04": "a student of 19 years at the University of Strathclyde"},
     "contradiction": None},
    {"id": "no-certification",
     "text": "The Titan was not certified, the company arguing that regulation held back innovation",
     "docs": ["01", "05"],
     "anchors": {
         "01": "had no certification from an independent classification society",
         "05": "regulation stifled innovation"},
     "contradiction": None},
]
dump('claims.json', {
    "about": "Answer key for claims on corpus-ag/articles: facts several sources state in different words, with "
             "per-document anchors (a phrase of the sentence that states the claim, occurring once in that document). "
             "Exactly one intended contradiction: the time into the descent at which contact was lost, about one "
             "hour and 15 minutes in 04 against an hour and 45 minutes in 01 and 03; every other contradiction is a "
             "false alarm, in particular the figures that look alike: 1,600 feet (01, 05) against 'approximately 500 "
             "metres' (03) from the bow (the same distance); 12,500 feet (01) against 3,800 metres (02, 03) of depth "
             "(the same depth), and both against 03's '6,000 metres' (the Victor 6000's rating) and 02's '370 "
             "nautical miles' (the distance from St. John's); about 96 hours of air at the start (01, 05, 06) against "
             "'about 20 hours' remaining on Wednesday (06), the four days of search (03), the ten days to the landing "
             "(02), the 'four hours later' of the second noises (06) and the '30-minute intervals' (06); $250,000 a "
             "seat (01, 02, 03, 04, 05) against 'about seven crore rupees' (04, the same sum) and the lawsuit's '$50 "
             "million' (05); 'more than thirty-five times' (03) against 'more than thirty' (05) dives; ages (Suleman "
             "19 in 01 and 04, Harding 58, Rush 61, Shahzada 48, Hussain 80, Nargeolet 77) that must not be read as "
             "contradictions of each other or of counts; 'Fifteen months' (05); 'twice the size of Connecticut' (06, "
             "on Tuesday) against 'two times the Corsica' (03, over four days): the search zone at different times, "
             "not a contradiction; 'more than three dozen members' (05); 03's announcement 'Thursday in the evening, "
             "hour of Paris' against 01's 'on Thursday' (the same day); 01's 'said on Tuesday and Wednesday' against "
             "06's noises heard 'on Tuesday' (detection against statements); 02's 'June 18' and 04's 'Sunday, 18 "
             "June' against 01/03/06's 'Sunday' (the same day); the loss of contact (18 June) against the discovery "
             "(22 June) and the landing at St. John's (28 June); the 2023 dive against the 2024 hearing; the TSB's "
             "investigation (the Polar Prince) against the MBI's (the Titan), which are two inquiries, not one; "
             "Stockton Rush against Wendy Rush and the four Dawoods. Framing differs on purpose (01 neutral wire; 02 "
             "Newfoundland local paper, the harbour front; 03 French maritime paper, machine-translated, a portrait of "
             "Nargeolet; 04 Pakistani evening paper, machine-translated from Urdu, the family's grief; 05 critical "
             "analysis of the September 2024 hearing, 'a company that treated safety rules as an obstacle'; 06 US "
             "tabloid-style site during the search, 'raced the clock') without contradicting. One sentence anchors "
             "one claim: facts that a source states only inside a sentence anchored for another claim (05's list "
             "sentence on the 96 hours, the noises and the 1,600 feet, anchored for debris-1600-feet; 03's depth; "
             "05's $250,000) are listed in the notes. single_source lists claims only one document makes, for "
             "reference.",
    "claims": claims,
    "single_source": [
        {"doc": "01", "text": "The US Navy detected an acoustic signature consistent with an implosion on the Sunday"},
        {"doc": "01", "text": "The Titan had no certification from an independent classification society"},
        {"doc": "01", "text": "Hamish Harding was 58"},
        {"doc": "01", "text": "Ships and aircraft from the United States, Canada, France and Britain joined the search"},
        {"doc": "02", "text": "The Horizon Arctic landed the debris and presumed human remains at St. John's on 28 June"},
        {"doc": "02", "text": "TSB investigators boarded the Polar Prince on 24 June and collected its voyage data"},
        {"doc": "02", "text": "The RCMP is considering whether a full investigation is warranted"},
        {"doc": "02", "text": "OceanGate has suspended all exploration and commercial operations"},
        {"doc": "03", "text": "Nargeolet led the first expedition to recover objects from the wreck in 1987 for Ifremer"},
        {"doc": "03", "text": "France sent the Atalante with the Victor 6000 robot"},
        {"doc": "03", "text": "Nargeolet, as an expert, did not pay for his seat"},
        {"doc": "04", "text": "Shahzada Dawood was vice-chairman of Engro and the son of Hussain Dawood"},
        {"doc": "04", "text": "Suleman took his Rubik's cube to solve it at the Titanic"},
        {"doc": "04", "text": "Christine Dawood and her daughter were on the Polar Prince"},
        {"doc": "04", "text": "Pakistan's Foreign Office thanked Washington and Ottawa"},
        {"doc": "05", "text": "Tony Nissen refused to pilot the Titan in 2018"},
        {"doc": "05", "text": "The Marine Technology Society warned OceanGate in a letter in March 2018"},
        {"doc": "05", "text": "The Nargeolet family's lawsuit seeks more than $50 million"},
        {"doc": "05", "text": "Wendy Rush is a descendant of Isidor and Ida Straus"},
        {"doc": "06", "text": "About 20 hours of air remained on Wednesday, putting the deadline at about 7 a.m. Thursday"},
        {"doc": "06", "text": "OceanGate fired and sued Lochridge; the case was settled"},
        {"doc": "06", "text": "Passengers signed a waiver that mentions death three times on the first page"},
    ],
})
print('keys written')
