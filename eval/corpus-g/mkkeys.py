"""Writes the answer keys of corpus-g (Ever Given blockage of the Suez Canal, March-July 2021) into keys/.

Written by hand from reading the articles; run once (python3 mkkeys.py), then python3 check_keys.py.
"""
import os
import sys

K = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'keys')


sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from key_writing import recorder, writer  # noqa: E402

dump = writer(K)


P, O, G, L, M, E_, MD = 'PERSON', 'ORG', 'GPE', 'LOC', 'MISC', 'EVENT', 'MEDIA'

# ---------------------------------------------------------------------------------------------- entities
ents = [
    ("Osama Rabie", P, ["Osama Rabie", "Rabie", "Mr Rabie", "Osama Rabei", "Oussama Rabie", "Mr. Rabie"]),
    ("Abdel Fattah el-Sisi", P, ["Abdel Fattah el-Sisi", "el-Sisi", "Abdel Fattah al-Sissi", "Abdel Fattah al-Sisi",
                                 "Sisi"]),
    ("Yukito Higaki", P, ["Yukito Higaki"]),
    ("Peter Berdowski", P, ["Peter Berdowski", "Berdowski"]),
    ("Maren Holt", P, ["Maren Holt", "Ms Holt"]),
    ("Hany Fawzi", P, ["Hany Fawzi"]),
    ("Joe Biden", P, ["Joe Biden"]),
    ("Jean-Marc Lefeuvre", P, ["Jean-Marc Lefeuvre"]),
    ("Rohan D'Souza", P, ["Rohan D'Souza", "D'Souza"]),
    ("Meera Kulkarni", P, ["Meera Kulkarni"]),

    ("Suez Canal Authority", O, ["Suez Canal Authority", "SCA", "Authority of the Canal of Suez", "ACS"]),
    ("Bernhard Schulte Shipmanagement", O, ["Bernhard Schulte Shipmanagement", "BSM"]),
    ("Evergreen Marine", O, ["Evergreen Marine"]),
    ("Shoei Kisen Kaisha", O, ["Shoei Kisen Kaisha"]),
    ("Boskalis", O, ["Boskalis"]),
    ("Nordhavn Maritime Consulting", O, ["Nordhavn Maritime Consulting"]),
    ("Alexandria Institute for Maritime Studies", O, ["Alexandria Institute for Maritime Studies"]),
    ("UK P&I Club", O, ["UK P&I Club"]),
    ("Centre of Studies of the Maritime Transports", O, ["Centre of Studies of the Maritime Transports", "CETM"]),
    ("National Mariners' Welfare Association", O, ["National Mariners' Welfare Association", "NMWA"]),
    ("Directorate General of Shipping", O, ["Directorate General of Shipping"]),
    ("Kerala Institute of Ocean Law", O, ["Kerala Institute of Ocean Law"]),
    ("International Maritime Organization", O, ["International Maritime Organization", "IMO"]),

    ("The Nile Courier", MD, ["The Nile Courier"]),
    ("Sentinel", MD, ["Sentinel"]),
    ("Konkan Mirror", MD, ["Konkan Mirror"]),
    ("Lloyd's List", MD, ["Lloyd's List"]),

    ("Egypt", G, ["Egypt"]),
    ("US", G, ["US", "America"]),
    ("India", G, ["India"]),
    ("Suez", G, ["Suez"]),
    ("Ismailia", G, ["Ismailia"]),
    ("Port Said", G, ["Port Said"]),
    ("Imabari", G, ["Imabari"]),
    ("Copenhagen", G, ["Copenhagen"]),
    ("Mumbai", G, ["Mumbai"]),
    ("Kochi", G, ["Kochi"]),
    ("Rotterdam", G, ["Rotterdam"]),

    ("Suez Canal", L, ["Suez Canal"]),
    ("Great Bitter Lake", L, ["Great Bitter Lake", "Great Lake Amer"]),
    ("Red Sea", L, ["Red Sea"]),
    ("Mediterranean", L, ["Mediterranean"]),
    ("Cape of Good Hope", L, ["Cape of Good Hope"]),
    ("Africa", L, ["Africa"]),

    ("Ever Given", M, ["Ever Given"]),
    ("Alp Guard", M, ["Alp Guard"]),
    ("Carlo Magno", M, ["Carlo Magno"]),
    ("Six-Day War", E_, ["Six-Day War"]),
]

descriptions = [
    ("Egypt", ["Cairo"]),
    ("US", ["Washington"]),
    ("Suez Canal Authority", ["the authority"]),
    ("Jean-Marc Lefeuvre", ["the researcher"]),
]

roles = [
    ("Osama Rabie", ["SCA chairman", "the authority’s chairman", "Canal chief", "the president of the ACS"]),
    ("Abdel Fattah el-Sisi", ["President", "the president"]),
    ("Yukito Higaki", ["president of Shoei Kisen Kaisha"]),
    ("Peter Berdowski", ["chief executive of Dutch firm Boskalis", "chief executive"]),
    ("Maren Holt", ["a shipping analyst at Nordhavn Maritime Consulting in Copenhagen", "Danish analyst"]),
    ("Hany Fawzi", ["a professor of maritime economics at the Alexandria Institute for Maritime Studies"]),
    ("Joe Biden", ["US President"]),
    ("Jean-Marc Lefeuvre", ["researcher at the Centre of Studies of the Maritime Transports"]),
    ("Rohan D'Souza", ["general secretary of the National Mariners' Welfare Association"]),
]

dump('entities.json', {
    "about": "Answer key for entity resolution on corpus-g/articles (the Ever Given blockage of the Suez Canal, 23-29 "
             "March 2021, the ship's seizure from 13 April and its release on 7 July 2021), written from reading the "
             "articles. Same conventions as corpus-c/d/e/f: canonical name (a form that occurs in the texts), type, and "
             "every surface form that names the entity in the cleaned texts (headlines, captions, bylines, datelines such "
             "as 'SUEZ, Egypt (Seaboard Newswire) -', related links, comments and other boilerplate excluded). "
             "Title+full-name forms (Admiral Osama Rabie, Dr Hany Fawzi, Capt. Rohan D'Souza, President Abdel Fattah "
             "el-Sisi) are not listed separately; title+surname forms (Mr Rabie, Mr. Rabie, Ms Holt) are. Defects on "
             "purpose: the Suez Canal Authority's chairman is written six ways: 'Osama Rabie' (01, 02, 05), 'Rabie' and "
             "'Mr Rabie' (02, 05), the misspelling 'Osama Rabei' (03, 'Canal chief Osama Rabei'), the French "
             "transliteration 'Oussama Rabie' and 'Mr. Rabie' in the machine-translated 04; the Egyptian president is "
             "'Abdel Fattah el-Sisi' / 'el-Sisi' (02), the French spelling 'Abdel Fattah al-Sissi' (04) and 'Abdel Fattah "
             "al-Sisi' / 'Sisi' (05). 04's machine translation gives French acronyms and calques: 'The Authority of the "
             "Canal of Suez (ACS)' for the Suez Canal Authority (SCA), 'the Great Lake Amer' for the Great Bitter Lake "
             "(Grand Lac Amer), 'Centre of Studies of the Maritime Transports (CETM)', 'the society of management Bernhard "
             "Schulte Shipmanagement (BSM)'; 'Canal of Suez' occurs only inside the authority's name and is not keyed "
             "for the canal. Acronyms with and without their expansion: SCA (01 expanded, then bare; 05), BSM (01 "
             "expanded, 02 bare), ACS (04), NMWA and IMO (05). Capitals standing for governments are descriptions: Cairo "
             "(Egypt, 04 'Cairo estimates', 05 'Cairo has drawn its own lesson'), Washington (the US, 03); "
             "'America' (03) is a name of the US and 'US' (03 'US President Joe Biden') counts as a mention. "
             "'the authority' (01, 02, 04, 05) is keyed as a description of the Suez Canal Authority and 'the researcher' "
             "(04) of Jean-Marc Lefeuvre. 'Suez' is the city (01 'near the city of Suez'); 'Suez' inside 'Suez Canal' is "
             "the canal. 'the Sentinel' (03 'told the Sentinel') is the outlet (The Daily Sentinel, keyed as 'Sentinel', "
             "the only form in its body); 'Lloyd's List' (03) is a shipping journal. Ships are MISC: the Ever Given and "
             "the tugs Alp Guard and Carlo Magno (02). The economic court of Ismailia ('the economic tribunal of "
             "Ismailia' in 04, 'The economic court in Ismailia' in 05) is written in lower case and not keyed. "
             "Adjectives (Egyptian, Japanese, Taiwanese, Indian, Dutch, Italian, Danish, British, European) are not keyed. "
             "roles: roles stated in an apposition or title, for information.",
    "entities": [{"name": n, "type": t, "aliases": a} for n, t, a in ents],
    "descriptions": [{"entity": e, "descriptions": d} for e, d in descriptions],
    "roles": [{"entity": e, "roles": r} for e, r in roles],
})

# ---------------------------------------------------------------------------------------------- dates
dates = [
    # 01: published 2021-03-24 (Wednesday)
    ["01", "Tuesday", "2021-03-23"],
    ["01", "Tuesday", "2021-03-23"],
    ["01", "Wednesday morning", "2021-03-24"],
    ["01", "two days", "P2D"],
    ["01", "1967 and 1975", "1967/1975"],
    # 02: published 2021-03-29 (Monday); the dateline 'ISMAILIA, March 29 —' is not keyed
    ["02", "Monday afternoon", "2021-03-29"],
    ["02", "six days", "P6D"],
    ["02", "Sunday", "2021-03-28"],
    ["02", "three and a half days", "P3.5D"],
    ["02", "Tuesday morning", "2021-03-30"],
    ["02", "Saturday", "2021-03-27"],
    ["02", "last week", "2021-03-22/2021-03-28"],
    ["02", "2015", "2015"],
    ["02", "six days", "P6D"],
    # 03: published 2021-03-26 (Friday), no date line
    ["03", "Tuesday morning", "2021-03-23"],
    ["03", "Wednesday", "2021-03-24"],
    ["03", "yesterday", "2021-03-25"],
    ["03", "Sunday", "2021-03-28"],
    ["03", "Monday", "2021-03-29"],
    ["03", "last year", "2020"],
    ["03", "May", "2021-05"],
    ["03", "a week", "P1W"],
    ["03", "next week", "2021-03-29/2021-04-04"],
    # 04: published 2021-04-14 (Wednesday), no date line
    ["04", "Tuesday", "2021-04-13"],
    ["04", "23 to 29 March", "2021-03-23/2021-03-29"],
    ["04", "Wednesday", "2021-04-14"],
    ["04", "23 March", "2021-03-23"],
    ["04", "29 March", "2021-03-29"],
    ["04", "six days", "P6D"],
    ["04", "3 April", "2021-04-03"],
    ["04", "4 May", "2021-05-04"],
    # 05: published 2021-07-09 (Friday)
    ["05", "Wednesday", "2021-07-07"],
    ["05", "106 days", "P106D"],
    ["05", "23 March", "2021-03-23"],
    ["05", "29 March", "2021-03-29"],
    ["05", "six days", "P6D"],
    ["05", "three months", "P3M"],
    ["05", "13 April", "2021-04-13"],
    ["05", "May", "2021-05"],
    ["05", "Wednesday", "2021-07-07"],
    ["05", "Sunday", "2021-07-04"],
    ["05", "Last month", "2021-06"],
    ["05", "April", "2021-04"],
    ["05", "May", "2021-05"],
    ["05", "two years", "P2Y"],
    ["05", "later this month", "2021-07"],
    ["05", "three months", "P3M"],
]
dump('dates.json', {
    "about": "Answer key for date normalisation on corpus-g/articles, same conventions as corpus-c/d/e/f: document id "
             "prefix, the expression as written (the first occurrence not yet matched, in text order; a system expression "
             "that contains the key text matches, so 'Tuesday' in 04 also matches 'on Tuesday', 'last week' in 03 is keyed "
             "as 'next week' inside 'late next week', 'a week' matches 'about a week', 'three months' matches 'more than "
             "three months'), its absolute value. Weeks run Monday to Sunday. Date lines, datelines ('ISMAILIA, March 29 "
             "—' in 02) and boilerplate (comment timestamps in 02, 05's 'Published 9 July 2021', 03's newsletter 'every "
             "Friday', 03's related link 'this spring', 04's duplicated lead) are not keyed. Clock times ('shortly before "
             "7:40 a.m. local time' in 01, 'shortly after 3 p.m. local time' in 02) are not keyed; the day they belong to "
             "is. Vague or anaphoric expressions ('the better part of a week', 'an average day', 'within hours', 'for "
             "weeks', 'days to weeks', 'add days', 'every day', 'each day', 'per day', 'an hour', 'the week' (02), 'At the "
             "time of the refloating', 'the pandemic') are not keyed. 05's 'the ships of tomorrow' (inside Sisi's partial "
             "quote) is figurative and must not be read as a date. 01's 'between 1967 and 1975' is a period of years. "
             "03's 'Sunday or Monday' is the spring tide expected on 28 or 29 March; 03's 'May' (inside Maren Holt's "
             "quote) is May 2021; 02's 'last week' (written Monday 29 March) is the week of 22-28 March (Berdowski spoke "
             "on Wednesday 24 March, 03); 02's 'by Tuesday morning' is 30 March. 04 (written Wednesday 14 April): 'on "
             "Tuesday' is 13 April, 'this Wednesday' 14 April, 'the 4 May' the appeal hearing. 05 (written Friday 9 July "
             "2021): both 'Wednesday's are 7 July, 'on Sunday' 4 July, 'Last month' June 2021, 'in April' April 2021, "
             "both 'May's May 2021, 'later this month' July 2021. Publication dates used: 01 2021-03-24, 02 2021-03-29, 03 "
             "2021-03-26, 04 2021-04-14, 05 2021-07-09 (see publication.json).",
    "dates": dates,
})

# ---------------------------------------------------------------------------------------------- publication
dump('publication.json', {
    "about": "True publication date of each document (the one the author had in mind) and whether the input states it "
             "(metadata, JSON field or a visible date line). window: the span a careful reader can prove from the text alone "
             "(plus event dates the other articles give); the engine's published.earliest..latest should contain 'date'.",
    "published": [
        {"doc": "01", "date": "2021-03-24", "stated": True,
         "how": "JSONL published field 2021-03-24T14:05:00Z", "window": ["2021-03-24", "2021-03-24"]},
        {"doc": "02", "date": "2021-03-29", "stated": True,
         "how": "meta article:published_time and JSON-LD datePublished 2021-03-29T22:10:00+02:00 (no visible date; the "
                "dateline 'ISMAILIA, March 29' agrees; comment timestamps of 29-30 March are boilerplate)",
         "window": ["2021-03-29", "2021-03-29"]},
        {"doc": "03", "date": "2021-03-26", "stated": False,
         "how": "none: the ship has been stuck 'since Tuesday morning' (23 March per 01/04/05), Berdowski spoke 'on "
                "Wednesday' (past), traffic was suspended 'yesterday', and the spring tide 'expected on Sunday or "
                "Monday' is still ahead, so Thursday 25 to Saturday 27 March; the newsletter line's 'every Friday' is "
                "boilerplate",
         "window": ["2021-03-25", "2021-03-27"]},
        {"doc": "04", "date": "2021-04-14", "stated": False,
         "how": "none: the seizure was obtained 'on Tuesday' (13 April per 05), Evergreen Marine was 'Contacted this "
                "Wednesday'; 'The 3 April' is past and the hearing 'the 4 May' ahead",
         "window": ["2021-04-14", "2021-04-14"]},
        {"doc": "05", "date": "2021-07-09", "stated": True,
         "how": "visible date line 'Published 9 July 2021 | 10:30 IST'", "window": ["2021-07-09", "2021-07-09"]},
    ],
})

# ---------------------------------------------------------------------------------------------- timeline
ev = []
event = recorder(ev)


event("The Ever Given runs aground in a sandstorm and blocks the Suez Canal", "2021-03-23", ["01", "03", "04", "05"],
      ["aground", "grounding", "wedged", "blocked", "blocking", "ever given", "ever-given", "sandstorm"],
      until="2021-03-29", note="04 'from 23 to 29 March' gives the span of the blockage; 05 'on 23 March'")
event("Berdowski tells Dutch television freeing the ship could take days to weeks", "2021-03-24", ["03"],
      ["berdowski", "peter-berdowski", "television", "boskalis", "weeks"],
      note="02 says he 'had warned last week'")
event("The canal authority suspends all traffic", "2021-03-25", ["03"], ["suspended", "suspend", "traffic"])
event("Rabie says the wind was not the only cause of the grounding", "2021-03-27", ["02"],
      ["rabie", "osama-rabie", "human error", "cause", "winds"])
event("Sisi orders preparations to unload containers", "2021-03-28", ["02"],
      ["sisi", "el-sisi", "abdel-fattah-el-sisi", "unloading", "ordered", "containers"])
event("The Ever Given is refloated, towed to the Great Bitter Lake, and canal traffic resumes", "2021-03-29",
      ["02", "04", "05"], ["freed", "refloated", "refloating", "great bitter lake", "great-bitter-lake", "towed",
                           "pulled", "resumed"])
event("The last of the 422 waiting ships crosses the canal", "2021-04-03", ["04"],
      ["422", "crossed", "last of the", "waiting"])
event("An Ismailia court orders the seizure of the Ever Given; the SCA claims $916 million", "2021-04-13", ["04", "05"],
      ["seizure", "seized", "916", "court", "tribunal"])
event("The SCA lowers its claim to $550 million", "2021-05", ["05"], ["550", "lowered", "claim"],
      note="month only ('In May')")
event("Sisi approves a plan to widen and deepen the southern stretch of the canal", "2021-05", ["05"],
      ["widen", "deepen", "approved", "plan"], note="month only ('In May')")
event("The parties ask the court for more time to finish their talks", "2021-06", ["05"],
      ["more time", "asked", "talks"], note="month only ('Last month' in 05)")
event("The Ismailia court lifts its seizure order after the settlement", "2021-07-04", ["05"],
      ["lifted", "seizure", "settled", "court"])
event("Settlement signed at a ceremony in Ismailia; the Ever Given leaves the Great Bitter Lake", "2021-07-07", ["05"],
      ["weighed anchor", "sailed", "ceremony", "signing", "left", "ever given", "ever-given", "agreement"])
dump('timeline.json', {
    "about": "Real-world events the articles report, with date (day or month), until for multi-day events, the documents "
             "that report each, and words by which a system event is recognised (title, trigger or participant entity ids). "
             "Future plans (the spring tide 'on Sunday or Monday' (03), diverted ships in European ports 'late next week' "
             "(03), 113 vessels 'by Tuesday morning' (02), the appeal hearing 'the 4 May' (04), the widening 'within two "
             "years' and the ship 'due in Rotterdam later this month' (05)), states rather than events (more than 100 "
             "vessels waiting 'By Wednesday morning' (01)) and year-only or period events (the canal's expansion in 2015, "
             "its closure between 1967 and 1975, its revenue 'last year') are not keyed. The Directorate General of "
             "Shipping's statement 'in April' (05) is not keyed.",
    "events": ev,
})

# ---------------------------------------------------------------------------------------------- quotes
RA, SI, BE, HO = "Osama Rabie", "Abdel Fattah el-Sisi", "Peter Berdowski", "Maren Holt"
SCA, BSM = "Suez Canal Authority", "Bernhard Schulte Shipmanagement"
quotes = [
    ["01", "A container ship longer than four football pitches", "indirect", SCA],
    ["01", "The Ever Given, a 400-metre vessel", "indirect", SCA],
    ["01", "tugboats and excavators were working", "indirect", RA],
    ["01", "We are using every means", "direct", RA],
    ["01", "the crew of 25, all Indian nationals", "indirect", BSM],
    ["01", "Initial investigations ruled out", "indirect", BSM],
    ["01", "a sudden strong wind", "partial", "Evergreen Marine"],
    ["01", "We deeply regret the worry", "direct", "Yukito Higaki"],
    ["01", "very difficult", "partial", "Yukito Higaki"],
    ["01", "By Wednesday morning more than 100 vessels", "indirect", [None]],
    ["01", "every day of closure would ripple", "indirect", HO],
    ["01", "Even if it is freed in two days", "direct", HO],
    ["01", "ships already in the northern section", "indirect", SCA],

    ["02", "The Ever Given was freed on Monday afternoon", "indirect", SCA],
    ["02", "Egyptian hands have ended this crisis", "direct", SI],
    ["02", "422 ships were waiting", "indirect", RA],
    ["02", "We will work day and night", "direct", RA],
    ["02", "The backlog should be cleared", "direct", RA],
    ["02", "113 vessels were expected", "indirect", SCA],
    ["02", "strong winds were not the only cause", "indirect", RA],
    ["02", "initial checks ruled out", "indirect", BSM],
    ["02", "Each day of closure cost the canal", "indirect", RA],
    ["02", "the job could take weeks", "indirect", BE],
    ["02", "a relief for world trade", "partial", BE],
    ["02", "goods worth around $400 million an hour", "indirect", [None]],
    ["02", "the week had shown why", "indirect", "Hany Fawzi"],
    ["02", "The world saw what happens", "direct", "Hany Fawzi"],
    ["02", "It also saw who made it move again", "direct", "Hany Fawzi"],

    ["03", "THE giant ship blocking the Suez Canal", "indirect", [BE, None]],
    ["03", "days to weeks", "partial", BE],
    ["03", "Picture a whale lying on a beach", "direct", BE],
    ["03", "We cannot rule out", "direct", BE],
    ["03", "engineers hoped to avoid unloading", "indirect", RA],
    ["03", "All 26 crew members", "indirect", [BSM, None]],
    ["03", "the jam is holding up", "indirect", "Lloyd's List"],
    ["03", "supermarkets had some stock in hand", "indirect", HO],
    ["03", "The ships that are stuck now", "direct", HO],
    ["03", "lines were already sending ships", "indirect", HO],
    ["03", "most countries don't have", "partial", "Joe Biden"],

    ["04", "The ship will not move", "direct", RA],
    ["04", "the amount covers the costs", "indirect", RA],
    ["04", "a claim of an extraordinary amount", "partial", "UK P&I Club"],
    ["04", "it pursues the negotiations", "indirect", "Shoei Kisen Kaisha"],
    ["04", "The 25 members of the crew", "indirect", BSM],
    ["04", "the six days of closure have cost", "indirect", ["Egypt", SCA]],
    ["04", "the last of the 422 ships", "indirect", SCA],
    ["04", "success", "partial", SI],
    ["04", "a human error could not be excluded", "indirect", RA],
    ["04", "The ACS knows that each day", "direct", "Jean-Marc Lefeuvre"],

    ["05", "it would also receive a 75-tonne tug", "indirect", SCA],
    ["05", "We are pleased that this ended", "direct", RA],
    ["05", "The crew stayed aboard throughout", "indirect", BSM],
    ["05", "held hostage to a commercial dispute", "partial", "Rohan D'Souza"],
    ["05", "They did their jobs", "direct", "Rohan D'Souza"],
    ["05", "and they were the last to be told", "direct", "Rohan D'Souza"],
    ["05", "it was in regular contact", "indirect", "Directorate General of Shipping"],
    ["05", "ready for the ships of tomorrow", "partial", SI],
    ["05", "India should press at the International", "indirect", "Meera Kulkarni"],
    ["05", "The lesson of the Ever Given", "direct", "Meera Kulkarni"],
]
dump('quotes.json', {
    "about": "Answer key for quotations on corpus-g/articles, same conventions as corpus-c/d/e/f: document id prefix, "
             "the first words of the quoted or reported content, kind, and the speaker's canonical name (null: the text "
             "does not name one; a list: any of these is right, and a list containing null also accepts no speaker). A "
             "quote interrupted by its attribution (02 Rabie, 02 Fawzi, 05 D'Souza) is keyed once per piece. A reported "
             "clause with quoted words in it ('said the ship was believed to have been hit by \"a sudden strong wind\"', "
             "'called the refloating \"a relief for world trade\"', 'had not justified « a claim of an extraordinary "
             "amount »', 'said America had equipment \"most countries don't have\"', 'Sisi said the canal had to be "
             "\"ready for the ships of tomorrow\"') is keyed as the partial quote. 'He said:' / 'He added:' chain in 03 "
             "(Berdowski, straight double quotes), a single-quoted quote (03 Holt), curly quotes (02, 05), guillemets "
             "(04). Attribution after a dash: 04 '», - declared the president of the ACS, Oussama Rabie, to a television "
             "channel'; attribution by role only: 04 '», analyses the researcher' (Lefeuvre). 'X told <outlet>': 02 Fawzi "
             "'told The Nile Courier', 03 Holt 'told the Sentinel', 05 D'Souza 'told the Konkan Mirror'. 'according to': "
             "01 'according to the authority' (SCA) and 'according to shipping agents in Port Said' (unnamed: null), 04 "
             "'According to him' (Rabie) and 'according to the society of management Bernhard Schulte Shipmanagement "
             "(BSM)'. Organisations as speakers: 01 'the Suez Canal Authority (SCA) said', 'The authority said', 'the "
             "company said' (BSM), 'Evergreen Marine ... said'; 02 'the Suez Canal Authority said', 'The Suez Canal "
             "Authority said in a statement', 'The ship's technical managers, BSM, have said'; 03 'Lloyd's List estimates', "
             "'the ship's managers said' (BSM, not named in 03: BSM or null); 04 'the UK P&I Club, has judged in a "
             "communiqué', 'Shoei Kisen Kaisha ... has indicated', 'the ACS had announced', 'Cairo estimates' (Egypt or "
             "its canal authority); 05 'the authority said only', 'Bernhard Schulte Shipmanagement, the ship's managers, "
             "said', 'The Directorate General of Shipping in Mumbai said'. 03's lead ('the boss of the salvage firm "
             "trying to free it has warned') is Berdowski by description, named in the next paragraph. 02 'Analysts "
             "estimated' is unnamed. 02's Sisi quote is introduced by 'wrote on social media'. Not keyed: 'apologised for "
             "the disruption' (01), 'called the refloating' beyond its quoted words, 04's 'For Jean-Marc Lefeuvre, ..., "
             "Egypt plays the card of the time' (covered by the direct quote after it), 'announced'/'approved' clauses "
             "that report acts, and the duplicated lead of 04.",
    "quotes": quotes,
})

# ---------------------------------------------------------------------------------------------- claims
claims = [
    {"id": "grounding",
     "text": "The Ever Given ran aground and blocked the Suez Canal on Tuesday 23 March 2021",
     "docs": ["01", "03", "04", "05"],
     "anchors": {
         "01": "ran aground and swung sideways across the Suez Canal",
         "03": "has been wedged across the waterway since Tuesday morning",
         "04": "had run aground the 23 March in the south of the canal",
         "05": "106 days after it ran aground in the Suez Canal on 23 March"},
     "contradiction": None,
     "note": "05's '106 days' (23 March to 7 July) and the 'six days' of the blockage are different spans"},
    {"id": "wind-sandstorm",
     "text": "Strong winds during a sandstorm pushed the ship aground",
     "docs": ["01", "03", "04"],
     "anchors": {
         "01": "was pushed off course by winds of up to 40 knots during a sandstorm",
         "03": "when gusts of up to 40 knots and a sandstorm drove it into the bank",
         "04": "pushed by violent winds during a sandstorm"},
     "contradiction": None,
     "note": "Rabie's 'strong winds were not the only cause' (02) and his hint at human error (04) add a cause without "
             "denying the wind"},
    {"id": "ship-length",
     "text": "The Ever Given is 400 metres long",
     "docs": ["01", "02", "03", "04", "05"],
     "anchors": {
         "01": "a 400-metre vessel of about 220,000 tonnes",
         "02": "pulled the 400-metre ship clear on a high tide",
         "03": "The 400-metre Ever Given",
         "04": "The ship of 400 metres",
         "05": "freed the 400-metre ship after six days"},
     "contradiction": None,
     "note": "220,000 tonnes (01), 20,000 containers of capacity (01) against 18,300 containers carried (04), the "
             "193-kilometre canal (01) and the 75-tonne tug (05) are other quantities"},
    {"id": "crew",
     "text": "The Ever Given's crew of 25 are all Indian nationals",
     "docs": ["01", "04", "05"],
     "anchors": {
         "01": "the crew of 25, all Indian nationals",
         "04": "The 25 members of the crew, all of Indian nationality",
         "05": "For its crew of 25, all Indian nationals"},
     "contradiction": {
         "docs": ["03"],
         "anchors": {"03": "All 26 crew members, who are Indian"},
         "aspect": "number",
         "detail": "03 says all 26 crew members are Indian against a crew of 25 in 01/04/05"}},
    {"id": "no-mechanical-failure",
     "text": "The ship's managers (BSM) said initial checks ruled out any mechanical or engine failure",
     "docs": ["01", "02"],
     "anchors": {
         "01": "Initial investigations ruled out any mechanical or engine failure",
         "02": "initial checks ruled out any mechanical or engine failure"},
     "contradiction": None},
    {"id": "refloated",
     "text": "The Ever Given was refloated on Monday 29 March, after six days",
     "docs": ["02", "04", "05"],
     "anchors": {
         "02": "The Ever Given was freed on Monday afternoon",
         "04": "Its refloating, the 29 March",
         "05": "the crisis ended on 29 March"},
     "contradiction": None,
     "note": "05's 'more than three months longer' is the crew's detention, not the blockage"},
    {"id": "great-bitter-lake",
     "text": "After its refloating the ship was taken to the Great Bitter Lake, where it stayed",
     "docs": ["02", "04", "05"],
     "anchors": {
         "02": "The vessel was towed north to the Great Bitter Lake",
         "04": "which is found since its refloating in the Great Lake Amer",
         "05": "finally weighed anchor in the Great Bitter Lake"},
     "contradiction": None},
    {"id": "sand-dredged",
     "text": "Dredgers removed 30,000 cubic metres of sand to free the ship",
     "docs": ["02", "04"],
     "anchors": {
         "02": "removed some 30,000 cubic metres of sand",
         "04": "the dredging of 30,000 cubic metres of sand"},
     "contradiction": None,
     "note": "04's 'a dozen tugs' is another quantity"},
    {"id": "queue-422",
     "text": "422 ships were waiting to cross the canal when it reopened",
     "docs": ["02", "04"],
     "anchors": {
         "02": "422 ships were waiting at both ends of the canal",
         "04": "the last of the 422 ships in waiting had crossed the canal"},
     "contradiction": None,
     "note": "01's 'more than 100 vessels' (Wednesday 24 March), 03's 'More than 200 vessels' (Friday 26 March) and 02's "
             "'113 vessels' (expected through by Tuesday morning) are the queue at other times or a part of it, and "
             "'around 50 ships' (01) is the canal's daily average: not contradictions"},
    {"id": "revenue-loss",
     "text": "Each day of closure cost the canal $14-15 million in lost revenue",
     "docs": ["02", "04"],
     "anchors": {
         "02": "Each day of closure cost the canal between $14 million and $15 million",
         "04": "between 14 and 15 millions of dollars per day of lost receipts"},
     "contradiction": None,
     "note": "03's '$5.6 billion last year' is the canal's annual revenue in 2020, another quantity"},
    {"id": "trade-held-up",
     "text": "The blockage held up goods worth about $9.6 billion a day ($400 million an hour)",
     "docs": ["02", "03"],
     "anchors": {
         "02": "goods worth around $400 million an hour were held up",
         "03": "the jam is holding up $9.6 billion of goods every day"},
     "contradiction": None,
     "note": "$400 million an hour and $9.6 billion a day are the same rate (24 x 400 million): not a contradiction"},
    {"id": "world-trade-share",
     "text": "About 12% of world trade passes through the Suez Canal",
     "docs": ["01", "03"],
     "anchors": {
         "01": "About 12% of world trade passes through",
         "03": "About 12 per cent of global trade goes through the canal"},
     "contradiction": None},
    {"id": "berdowski-weeks",
     "text": "Boskalis's chief executive Peter Berdowski warned that freeing the ship could take weeks",
     "docs": ["02", "03"],
     "anchors": {
         "02": "had warned last week that the job could take weeks",
         "03": "freeing the ship could take"},
     "contradiction": None,
     "note": "03 'days to weeks' and 02 'weeks' agree; the ship was in fact freed after six days, which is not a "
             "contradiction of a warning"},
    {"id": "seizure-claim",
     "text": "The Suez Canal Authority had the ship seized by the Ismailia court on 13 April and claimed $916 million",
     "docs": ["04", "05"],
     "anchors": {
         "04": "has obtained on Tuesday the seizure of the Ever Given",
         "05": "had the ship seized by a court in Ismailia on 13 April"},
     "contradiction": None,
     "note": "05's '$550 million' is the claim as lowered in May: another quantity at another time, not a contradiction"},
]
dump('claims.json', {
    "about": "Checkable claims made by two or more sources on corpus-g/articles: short text, the documents asserting it "
             "(with an anchor: words of the asserting sentence in each document's cleaned text), and any contradiction "
             "(documents that disagree, aspect, detail). Only one contradiction is intended (the size of the crew: 'All "
             "26 crew members' in 03 against a crew of 25 in 01/04/05); every other contradiction is a false alarm, in "
             "particular: $400 million an hour (02) against $9.6 billion a day (03) for the goods held up (the same "
             "rate); $916 million (04, 05) against $550 million (05) for Egypt's claim (the first demand and the lowered "
             "one); $14-15 million a day of lost revenue (02, 04) against $5.6 billion of revenue last year (03); 422 "
             "ships (02, 04) against more than 100 (01, Wednesday), more than 200 (03, Friday), 113 expected through by "
             "Tuesday morning (02) and around 50 a day (01); 20,000 containers of capacity (01) against some 18,300 "
             "carried (04); 220,000 tonnes (01) against the 75-tonne tug (05); six days of blockage against 106 days (05) "
             "and 'more than three months' of detention (05); the grounding on 23 March against the refloating on 29 "
             "March; Berdowski's 'days to weeks' against the six days it took; 'a sudden strong wind' (01) against "
             "Rabie's 'not the only cause' (02). Framing differs on purpose (01 neutral wire, 02 Egyptian pride in "
             "'Egyptian hands', 03 British consumer angle, 04 French view of Egypt's claim as a power play, 05 Indian "
             "retrospective on the crew) without contradicting. single_source lists claims only one document makes, for "
             "reference.",
    "claims": claims,
    "single_source": [
        {"doc": "01", "text": "The canal was last shut for a long period between 1967 and 1975"},
        {"doc": "01", "text": "Shoei Kisen Kaisha's president Yukito Higaki apologised for the disruption"},
        {"doc": "02", "text": "Tugs led by the Alp Guard and the Carlo Magno pulled the ship clear"},
        {"doc": "02", "text": "Rabie said the backlog would be cleared in three and a half days"},
        {"doc": "03", "text": "The canal authority suspended all traffic on Thursday 25 March"},
        {"doc": "03", "text": "The canal earned Egypt $5.6 billion in 2020"},
        {"doc": "03", "text": "The United States offered to help"},
        {"doc": "04", "text": "The UK P&I Club said the Suez Canal Authority had not justified its claim"},
        {"doc": "04", "text": "An appeal hearing was set for 4 May"},
        {"doc": "05", "text": "The SCA lowered its claim to $550 million in May and receives a 75-tonne tug"},
        {"doc": "05", "text": "Sisi approved a plan to widen and deepen the southern stretch of the canal"},
    ],
})
print('keys written')
