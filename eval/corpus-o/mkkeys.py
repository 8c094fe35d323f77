"""Writes the answer keys of corpus-o (Thailand's 2023 election and the fight over who would govern, May-September
2023) into keys/.

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
PITA, PRA, THA, PAE, YIN = "Pita Limjaroenrat", "Prayut Chan-o-cha", "Thaksin Shinawatra", "Paetongtarn Shinawatra", \
    "Yingluck Shinawatra"
SRE, CHO, CHA, WAN = "Srettha Thavisin", "Cholnan Srikaew", "Chaithawat Tulathon", "Wan Muhamad Noor Matha"
PON, PRW = "Pongsak Limjaroenrat", "Prawit Wongsuwon"
MFP, PT, EC, CC = "Move Forward Party", "Pheu Thai", "Election Commission", "Constitutional Court"

# ---------------------------------------------------------------------------------------------- entities
ents = [
    (PITA, P, ["Pita Limjaroenrat", "Pita", "Pita Limcharoenrat", "Mr Pita", "Mr. Pita", "Limjaroenrat",
               "Mr Limjaroenratt", "Mr Limjareonrat"]),
    (PRA, P, ["Prayut Chan-o-cha", "Prayut", "Prayouth Chan-o-cha", "Prayouth", "Prayuth Chan-o-cha", "Prayuth"]),
    (THA, P, ["Thaksin Shinawatra", "Thaksin"]),
    (PAE, P, ["Paetongtarn Shinawatra", "Paetongtarn"]),
    (YIN, P, ["Yingluck Shinawatra", "Yingluck"]),
    (SRE, P, ["Srettha Thavisin", "Srettha Thawisin", "Srettha", "Mr Srettha"]),
    (CHO, P, ["Cholnan Srikaew"]),
    (CHA, P, ["Chaithawat Tulathon"]),
    (WAN, P, ["Wan Muhamad Noor Matha"]),
    (PON, P, ["Pongsak Limjaroenrat"]),
    (PRW, P, ["Prawit Wongsuwon"]),
    ("Thanathorn Juangroongruangkit", P, ["Thanathorn Juangroongruangkit"]),
    ("Lucas Brennan", P, ["Lucas Brennan"]),
    ("Kanokwan Ratanapong", P, ["Kanokwan Ratanapong"]),
    ("Arnaud Lefebvre", P, ["Arnaud Lefebvre"]),
    ("Anan Kittisak", P, ["Anan Kittisak"]),
    ("Sabine Vogt", P, ["Sabine Vogt"]),
    ("Eleanor Vance", P, ["Eleanor Vance"]),

    (MFP, O, ["Move Forward Party", "Move Forward", "MFP", "Move-Forward-Party"]),
    (PT, O, ["Pheu Thai", "Pheu-Thai-Party"]),
    ("United Thai Nation Party", O, ["United Thai Nation Party", "United Thai Nation"]),
    ("Palang Pracharath", O, ["Palang Pracharath"]),
    ("Bhumjaithai", O, ["Bhumjaithai"]),
    ("New Future", O, ["New Future"]),
    (EC, O, ["Election Commission", "EC", "Electoral Commission", "CE"]),
    (CC, O, ["Constitutional Court", "Court"]),
    ("Supreme Court", O, ["Supreme Court"]),
    ("Senate", O, ["Senate"]),
    ("House of Representatives", O, ["House of Representatives", "House"]),
    ("Parliament", O, ["Parliament", "Congress"]),
    ("Ombudsman", O, ["Ombudsman"]),
    ("iTV", O, ["iTV"]),
    ("Sansiri", O, ["Sansiri"]),
    ("Police General Hospital", O, ["Police General Hospital"]),
    ("Ashcombe Institute for International Affairs", O, ["Ashcombe Institute for International Affairs"]),
    ("Siam Metropolitan University", O, ["Siam Metropolitan University"]),
    ("Observatory of South-East Asia", O, ["Observatory of South-East Asia", "OASE"]),
    ("Bangkok Institute of Economic Policy", O, ["Bangkok Institute of Economic Policy"]),
    ("Foundation Science and Asia", O, ["Foundation Science and Asia", "SWA"]),
    ("Kestrel Foundation for Asian Democracy", O, ["Kestrel Foundation for Asian Democracy"]),

    ("Chronicle", MD, ["Chronicle"]),
    ("Siam Ledger", MD, ["Siam Ledger"]),
    ("Royal Gazette", MD, ["Royal Gazette"]),

    ("Thailand", G, ["Thailand"]),
    ("Bangkok", G, ["Bangkok"]),
    ("Chiang Mai", G, ["Chiang Mai"]),
    ("London", G, ["London"]),
    ("Berlin", G, ["Berlin"]),
    ("Washington", G, ["Washington"]),
    ("Beijing", G, ["Beijing"]),

    ("Don Mueang", L, ["Don Mueang"]),
]

descriptions = [
    ("Thailand", ["Bangkok", "the kingdom"]),
    (PITA, ["the 42-year-old", "the young leader of 42 years"]),
    (PAE, ["the 36-year-old"]),
    (SRE, ["the 61-year-old"]),
    (THA, ["the 74-year-old", "the ex-Premier", "the former prime minister"]),
    (PRA, ["the outgoing prime minister"]),
    (MFP, ["the largest party"]),
    (PT, ["the second-largest party"]),
    ("Bhumjaithai", ["the third-largest party"]),
    (EC, ["the commission"]),
    (CC, ["the court"]),
]

roles = [
    (PITA, ["Move Forward Party leader", "Move Forward leader", "the election winner", "its leader"]),
    (PRA, ["Prime Minister", "the former army chief", "caretaker Prime Minister", "the general"]),
    (THA, ["former prime minister", "the party's founder"]),
    (PAE, ["leading candidate for prime minister", "top candidate of the Pheu Thai"]),
    (SRE, ["the property tycoon", "the real estate entrepreneur", "the property developer", "the promoter immobilier"]),
    (CHO, ["party leader", "its president", "Its leader"]),
    (CHA, ["secretary-general", "secretary general of the MFP"]),
    (WAN, ["House Speaker", "Speaker", "the veteran politician"]),
    (YIN, ["prime minister until the 2014 coup"]),
    (PON, ["his late father"]),
    ("Thanathorn Juangroongruangkit", ["its founder"]),
    ("Lucas Brennan", ["who follows Thai politics at the Ashcombe Institute for International Affairs"]),
    ("Kanokwan Ratanapong", ["a political scientist at Siam Metropolitan University"]),
    ("Arnaud Lefebvre", ["researcher at the Observatory of South-East Asia"]),
    ("Anan Kittisak", ["director of the Bangkok Institute of Economic Policy"]),
]

must_not_merge = [
    [THA, PAE],
    [THA, YIN],
    [PAE, YIN],
    [PITA, PON],
    [PRA, PRW],
]

dump('entities.json', {
    "about": "Answer key for entity resolution on corpus-o/articles (Thailand's 2023 election and the fight over who "
             "would govern: the election of 14 May 2023, the first joint vote for prime minister on 13 July, Pita "
             "Limjaroenrat's suspension and the vote against his renomination on 19 July, Pheu Thai's break with Move "
             "Forward on 2 August, Srettha Thavisin's election and Thaksin Shinawatra's return on 22 August, Thaksin's "
             "pardon on 1 September), written from reading the articles. Same conventions as corpus-c..n: canonical "
             "name (a form that occurs in the texts), type, and every surface form that names the entity in the cleaned "
             "texts (headlines, standfirsts, captions, bylines, datelines such as 'BANGKOK (Meridian Wire) -', related "
             "links, share bars and other boilerplate excluded). Thai usage: people are called by their given name, "
             "alone ('Pita', 'Prayut', 'Thaksin', 'Srettha', 'Paetongtarn', 'Yingluck') or with a title ('Mr Pita', "
             "'Mr. Pita', 'Mr Srettha'); those title+given-name forms are keyed as aliases, like title+surname forms "
             "('Mr Limjaroenratt', 'Mr Limjareonrat'); title+full-name forms and 'The general Prayouth' are not listed "
             "separately. Defects on purpose: Move Forward's leader is 'Pita Limjaroenrat' (01, 02, 04, 05, 06), the "
             "French transliteration 'Pita Limcharoenrat' (03), the German-style surname-only 'Limjaroenrat' (05 'wrote "
             "Limjaroenrat on the platform X'), and two misspellings of the surname in one article, 'Mr Limjaroenratt' "
             "and 'Mr Limjareonrat' (06); the outgoing prime minister is 'Prayut Chan-o-cha' (01, 02, 05, 06), the "
             "French 'Prayouth Chan-o-cha' / 'Prayouth' (03) and the common English variant 'Prayuth Chan-o-cha' (04) / "
             "'Prayuth' (06); Pheu Thai's candidate is 'Srettha Thavisin' (04, 06) and 'Srettha Thawisin' (03, 05). "
             "Three Shinawatras who must not merge: Thaksin (01, 03-06), his daughter Paetongtarn (01, 03 'His daughter "
             "Paetongtarn', 05, 06) and his sister Yingluck (01, 05, 06 'Her aunt Yingluck'); 06's 'The two "
             "Shinawatras' (a plural) is not keyed. Two Limjaroenrats: Pita and his late father Pongsak (02); the bare "
             "'Limjaroenrat' in 05 is Pita. The two generals Prayut and Prawit Wongsuwon (05, 06) stay apart. Acronyms "
             "and foreign forms: 'Move Forward (MFP)' (01), 'the party Move Forward (MFP)' (03), the German compound "
             "'Move-Forward-Party' (05); 'Pheu-Thai-Party' (05); 'the Election Commission (EC)' (01) and the French "
             "'Electoral Commission (CE)' (03); 'the Observatory of South-East Asia (OASE)' (03) and 'the Foundation "
             "Science and Asia (SWA)' (05) keep their French and German acronyms; 03's 'the party New Future' is the "
             "French name of Future Forward (canonical 'New Future', the only form in the texts); 03's 'the Parliament "
             "reunited in Congress' and 'the Congress' (the joint sitting) are Parliament; capitalised 'Court' (03) is "
             "the Constitutional Court, lower-case 'the court' (04) a description of it; 'House' (01, 02, 06, 04 'House "
             "Speaker') is the House of Representatives; lower-case 'parliament' and 05's 'the police hospital' are not "
             "keyed. Capitals: 'Bangkok has yet to submit its budget' (04) stands for the Thai government and is keyed "
             "as a description of Thailand; elsewhere Bangkok is the city (01, 05 'the Bangkok airport Don Mueang'; "
             "'Bangkok Institute of Economic Policy' is an organisation's name). 'Washington and Beijing both "
             "congratulated him' (06) stands for the American and Chinese governments; since neither country is named, "
             "they are keyed as the GPEs Washington and Beijing. 'Chronicle' (02 'told the Chronicle') and 'Siam "
             "Ledger' (04 'told The Siam Ledger') are outlets; 'Royal Gazette' (06) is the official journal. "
             "Descriptions: 'the 42-year-old' (01, 02, 06) and 'the young leader of 42 years' (03) for Pita; 'the "
             "36-year-old' (01) for Paetongtarn; 'the 61-year-old' (05) for Srettha; 'the 74-year-old' and 'the "
             "ex-Premier' (05) and 'the former prime minister' (06; also 01/03/04 before his name) for Thaksin; 'The "
             "outgoing prime minister' (02, 06) for Prayut; 'the largest party' (06) for Move Forward, 'the "
             "second-largest party' (02) for Pheu Thai, 'the third-largest party' (04, 06) for Bhumjaithai; 'the "
             "commission' (01) for the Election Commission; 'the court' (04) for the Constitutional Court; 'the kingdom' "
             "(03) and 'Bangkok' (04) for Thailand. Not keyed: the King ('the King', 'His Majesty', unnamed), "
             "adjectives and demonyms (Thai, Thais, Harvard-educated), 'Section 112', 'article 41', the platform 'X', "
             "'Government House' (boilerplate only), the anonymous senator and the prison administration. roles: "
             "roles stated in an apposition or title, for information.",
    "entities": [{"name": n, "type": t, "aliases": a} for n, t, a in ents],
    "must_not_merge": must_not_merge,
    "descriptions": [{"entity": e, "descriptions": d} for e, d in descriptions],
    "roles": [{"entity": e, "roles": r} for e, r in roles],
})

# ---------------------------------------------------------------------------------------------- dates
dates = [
    # 01: published Monday 2023-05-15 (JSON field 2023-05-15T02:30:00Z, 09:30 in Bangkok)
    ["01", "Sunday", "2023-05-14"],
    ["01", "Monday", "2023-05-15"],
    ["01", "a decade", "P10Y"],
    ["01", "2014", "2014"],
    ["01", "Monday", "2023-05-15"],
    ["01", "15 years", "P15Y"],
    ["01", "2020", "2020"],
    ["01", "2006", "2006"],
    ["01", "2008", "2008"],
    ["01", "July", "2023-07"],
    ["01", "2014", "2014"],
    ["01", "60 days", "P60D"],
    ["01", "July", "2023-07"],
    # 02: published Friday 2023-07-14 (meta and JSON-LD only)
    ["02", "Thursday", "2023-07-13"],
    ["02", "eight hours", "PT8H"],
    ["02", "June", "2023-06"],
    ["02", "Wednesday", "2023-07-12"],
    ["02", "2007", "2007"],
    ["02", "two days", "P2D"],
    ["02", "2014", "2014"],
    ["02", "Tuesday", "2023-07-11"],
    ["02", "2017", "2017"],
    ["02", "Thursday", "2023-07-13"],
    ["02", "earlier this month", "2023-07"],
    ["02", "July 4", "2023-07-04"],
    ["02", "next Wednesday", "2023-07-19"],
    # 03: published Thursday 2023-07-20 (visible date line 20/07/2023, day before month)
    ["03", "Wednesday 19 July", "2023-07-19"],
    ["03", "12 July", "2023-07-12"],
    ["03", "fifteen days", "P15D"],
    ["03", "2007", "2007"],
    ["03", "14 May", "2023-05-14"],
    ["03", "Six days earlier", "2023-07-13"],
    ["03", "13 July", "2023-07-13"],
    ["03", "2020", "2020"],
    ["03", "2019", "2019"],
    ["03", "11 July", "2023-07-11"],
    ["03", "2008", "2008"],
    ["03", "this Wednesday", "2023-07-19"],
    # 04: published Thursday 2023-08-03 (visible date line)
    ["04", "yesterday", "2023-08-02"],
    ["04", "May", "2023-05"],
    ["04", "three months", "P3M"],
    ["04", "today", "2023-08-02"],
    ["04", "two weeks", "P2W"],
    ["04", "July 19", "2023-07-19"],
    ["04", "the same day", "2023-07-19"],
    ["04", "July 13", "2023-07-13"],
    ["04", "July 27", "2023-07-27"],
    ["04", "August 16", "2023-08-16"],
    ["04", "October 1", "2023-10-01"],
    ["04", "last year", "2022"],
    ["04", "three months", "P3M"],
    ["04", "August 10", "2023-08-10"],
    ["04", "15 years", "P15Y"],
    ["04", "last night", "2023-08-02"],
    # 05: published Wednesday 2023-08-23, no date line
    ["05", "Tuesday", "2023-08-22"],
    ["05", "15 years", "P15Y"],
    ["05", "July", "2023-07"],
    ["05", "This Wednesday", "2023-08-23"],
    ["05", "2014", "2014"],
    ["05", "May", "2023-05"],
    ["05", "Tuesday", "2023-08-22"],
    ["05", "eight years", "P8Y"],
    ["05", "14 May", "2023-05-14"],
    ["05", "2 August", "2023-08-02"],
    ["05", "19 July", "2023-07-19"],
    ["05", "2006", "2006"],
    ["05", "2014", "2014"],
    # 06: published Monday 2023-09-04, no date line
    ["06", "ten days", "P10D"],
    ["06", "Friday", "2023-09-01"],
    ["06", "Thursday", "2023-08-31"],
    ["06", "May 14", "2023-05-14"],
    ["06", "July 13", "2023-07-13"],
    ["06", "Six days later", "2023-07-19"],
    ["06", "the same day", "2023-07-19"],
    ["06", "2007", "2007"],
    ["06", "August 2", "2023-08-02"],
    ["06", "Five days later", "2023-08-07"],
    ["06", "August 22", "2023-08-22"],
    ["06", "the very day", "2023-08-22"],
    ["06", "15 years", "P15Y"],
    ["06", "last week", "2023-08-28/2023-09-03"],
    ["06", "Saturday", "2023-09-02"],
    ["06", "this week", "2023-09-04/2023-09-10"],
    ["06", "2014", "2014"],
    ["06", "2017", "2017"],
    ["06", "2001 to 2006", "2001/2006"],
    ["06", "tomorrow", "2023-09-05"],
]
dump('dates.json', {
    "about": "Answer key for date normalisation on corpus-o/articles, same conventions as corpus-c..n: document id prefix, "
             "the expression as written (the first occurrence not yet matched, in text order; a system expression that "
             "contains the key text matches, so 'Monday' in 01 also matches 'early on Monday', 'a decade' matches "
             "'nearly a decade', 'eight hours' 'more than eight hours', 'three months' 'nearly three months', "
             "'Wednesday 19 July' 'this Wednesday 19 July', 'This Wednesday' in 05 'This Wednesday morning', 'Tuesday' "
             "in 05 'On Tuesday morning', 'Friday' in 06 'late on Friday', 'ten days' 'Barely ten days'), its absolute "
             "value. Weeks run Monday to Sunday. Dates are Thai local dates (UTC+7). Date lines ('Published the "
             "20/07/2023 at 06h45 – Updated at 09h10' in 03, day before month; 'Thursday, August 3, 2023 | 06:40' in "
             "04), the dateline of 01, captions ('on Thursday evening' in 02's, 'Wednesday in the evening' in 03's), "
             "standfirsts ('in May', 'By September' in 06), headlines, related links and 04's duplicated lead are not "
             "keyed. Clock times and parts of days ('In the morning', 'Some hours later', 'in the evening', 'On Tuesday "
             "morning' is keyed by its day) are not keyed separately. Vague, recurring or anaphoric expressions "
             "('during the campaign', 'for most of the campaign', 'in the coming weeks', 'in the coming days', 'for a "
             "few weeks', 'within hours', 'the first night', 'on his first night in "
             "custody', 'It has been quite a summer', 'the next round', 'in one day' inside Lefebvre's quotation, 'the "
             "first time') are not keyed; nor are adjectival spans ('eight-year sentence', 'one-year sentence'), ages "
             "('Prayut, 69', 'the 42-year-old', 'the 36-year-old', 'The young leader of 42 years', 'the 61-year-old', "
             "'Srettha Thavisin, 61', 'the 74-year-old', 'Paetongtarn Shinawatra, 37', 'prisoners of more than 70 "
             "years'), counts and quantities ('42,000 shares', '42 000 shares', '14 million voters', '25 million "
             "people', 'a third of their punishment'), 'Section 112', 'article 41' and 04's 'the 2024 fiscal year' (a "
             "fiscal-year label: October 2023 to September 2024). Relative dates: 01 (written Monday 15 May 2023, "
             "Bangkok morning) 'Sunday's general election' 14 May, 'on Monday' and 'early on Monday' 15 May, 'nearly a "
             "decade' a span, 'his birthday in July' and 'meet in July' July 2023, 'up to 15 years' (the lese-majeste "
             "penalty) and 'up to 60 days' spans. 02 (Friday 14 July): 'on Thursday' (twice, the second inside "
             "Kanokwan's quotation) 13 July, 'in June' June 2023, 'on Wednesday' 12 July, 'two days after' a span, 'on "
             "Tuesday' 11 July, 'earlier this month' July 2023, 'July 4', 'next Wednesday' 19 July (the coming joint "
             "sitting). 03 (Thursday 20 July): 'this Wednesday 19 July', 'the 12 July', 'a delay of fifteen days' a "
             "span, 'since 2007', 'since the 14 May' (inside Pita's quotation) 14 May 2023, 'Six days earlier, the 13 "
             "July' keyed twice ('Six days earlier' and '13 July', both 13 July), 'the 11 July', 'exiled since 2008', "
             "'this Wednesday' 19 July. 04 (Thursday 3 August): 'yesterday' and 'last night' 2 August, 'May's "
             "election' May 2023, 'From today' (inside Cholnan's quotation, said on 2 August) 2 August, 'two weeks "
             "after' a span, 'on July 19, the same day' 19 July twice, 'July 13', 'scheduled for July 27' (a sitting "
             "that did not take place), 'on August 16' and 'on August 10' coming dates, 'on October 1' the start of "
             "the fiscal year, 'last year' 2022, 'Another three months' a span, 'after 15 years abroad' a span. 05 "
             "(Wednesday 23 August, no date line): 'On Tuesday morning' and 'on Tuesday' 22 August, 'in July' July "
             "2023 (the first vote), 'This Wednesday morning' 23 August, 'Still in May' May 2023, 'in total eight "
             "years' a span, 'the election of 14 May', 'on 2 August', 'since 19 July'. 06 (Monday 4 September, no date "
             "line): 'Barely ten days after' a span, 'late on Friday' 1 September (the pardon, about ten days after "
             "the 22 August return), 'on Thursday' 31 August, 'On May 14', 'July 13', 'Six days later' 19 July, 'the "
             "same day' 19 July, 'August 2', 'Five days later' 7 August, 'August 22', 'on the very day' 22 August, "
             "'last week' 28 August-3 September, 'on Saturday' 2 September, 'this week' 4-10 September, 'from 2001 to "
             "2006' a range of years, 'tomorrow' 5 September (the coming swearing-in). Publication dates used: 01 "
             "2023-05-15, 02 2023-07-14, 03 2023-07-20, 04 2023-08-03, 05 2023-08-23, 06 2023-09-04 (see "
             "publication.json).",
    "dates": dates,
})

# ---------------------------------------------------------------------------------------------- publication
dump('publication.json', {
    "about": "True publication date of each document (the one the author had in mind) and whether the input states it "
             "(metadata, JSON field or a visible date line). window: the span a careful reader can prove from the text alone "
             "(plus event dates the other articles give); the engine's published.earliest..latest should contain 'date'.",
    "published": [
        {"doc": "01", "date": "2023-05-15", "stated": True,
         "how": "JSONL published field 2023-05-15T02:30:00Z (09:30 in Bangkok the same day); 'Sunday's general "
                "election' and results 'on Monday' agree",
         "window": ["2023-05-15", "2023-05-15"]},
        {"doc": "02", "date": "2023-07-14", "stated": True,
         "how": "meta article:published_time and JSON-LD datePublished 2023-07-14T07:30:00+07:00 (no visible date; the "
                "vote 'on Thursday' is past and the next sitting is 'next Wednesday')",
         "window": ["2023-07-14", "2023-07-14"]},
        {"doc": "03", "date": "2023-07-20", "stated": True,
         "how": "visible date line 'Published the 20/07/2023 at 06h45 – Updated at 09h10' (day/month/year); the "
                "events of 'this Wednesday 19 July' are past",
         "window": ["2023-07-20", "2023-07-20"]},
        {"doc": "04", "date": "2023-08-03", "stated": True,
         "how": "visible date line 'Thursday, August 3, 2023 | 06:40'", "window": ["2023-08-03", "2023-08-03"]},
        {"doc": "05", "date": "2023-08-23", "stated": False,
         "how": "none: Thaksin landed and Srettha was elected 'On Tuesday morning' / 'Some hours later' (22 August per "
                "06), and 'This Wednesday morning, the royal confirmation of his appointment was read out': Wednesday "
                "23 August",
         "window": ["2023-08-23", "2023-08-23"]},
        {"doc": "06", "date": "2023-09-04", "stated": False,
         "how": "none: the pardon was published 'late on Friday', 'Barely ten days after he landed' (22 August per 05 "
                "and 06 itself), so on 1 September; 'Asked about the pardon on Saturday' (2 September) is past, and "
                "'last week', 'this week' and 'The new cabinet is sworn in ... tomorrow' put it in the following days, "
                "before the next Friday: 3 to 7 September",
         "window": ["2023-09-03", "2023-09-07"]},
    ],
})

# ---------------------------------------------------------------------------------------------- timeline
ev = []
event = recorder(ev)

event("General election: the Move Forward Party wins the most seats (151 of 500), ahead of Pheu Thai (141)",
      "2023-05-14", ["01", "05", "06"],
      ["election", "151", "won", "seats", "turnout", "move-forward"],
      note="01 'Sunday's general election'; 05 'the election of 14 May'; 06 'On May 14'; 03 names the day only inside "
           "Pita's quotation ('since the 14 May')")
event("Preliminary results: Pita claims victory and says he will invite Pheu Thai and four smaller parties into a "
      "coalition", "2023-05-15", ["01"],
      ["results", "claim", "invite", "coalition", "spoken"],
      note="Paetongtarn's congratulations and offer of talks 'on Monday' are folded in")
event("Wan Muhamad Noor Matha is elected Speaker of the House", "2023-07-04", ["02"],
      ["speaker", "wan-muhamad", "elected"])
event("Outgoing Prime Minister Prayut Chan-o-cha announces his retirement from politics", "2023-07-11", ["02", "03"],
      ["retir", "retreat", "politics", "prayut"])
event("The Election Commission asks the Constitutional Court to disqualify Pita over his iTV shares", "2023-07-12",
      ["02", "03"], ["disqualif", "seized", "asked", "request", "itv", "shares", "election-commission"])
event("First joint vote of parliament for prime minister: Pita wins 324 votes (13 senators), short of the 375 needed",
      "2023-07-13", ["02", "03", "04", "06"],
      ["324", "334", "375", "vote", "joint", "failed", "obtained", "short"],
      note="the first of the two votes for prime minister; 04 gives 334 votes (the intended contradiction)")
event("The Constitutional Court suspends Pita as an MP, and the joint sitting votes (395 to 312) that he cannot be "
      "nominated again", "2023-07-19", ["03", "04", "05", "06"],
      ["suspend", "renominat", "nominated", "395", "second time", "barred", "candidacy"],
      note="two acts of the same day keyed as one event (like the martial law night of corpus-m); 03's Pheu Thai "
           "announcement that it will propose Srettha and Paetongtarn's assurance the same Wednesday are folded in")
event("Pheu Thai leaves its alliance with Move Forward and takes over the formation of the government", "2023-08-02",
      ["04", "05", "06"],
      ["pulled out", "alliance", "terminated", "walked out", "break", "lead the formation", "no deal"],
      note="Pheu Thai's statement 'last night' (04) is folded in")
event("Bhumjaithai joins Pheu Thai's coalition", "2023-08-07", ["06"], ["bhumjaithai", "joined"])
event("Second joint vote for prime minister: parliament elects Srettha Thavisin (482 to 165, 81 abstentions)",
      "2023-08-22", ["05", "06"], ["srettha", "482", "elected"],
      note="the second of the two votes for prime minister; not to be merged with the 13 July vote nor with Thaksin's "
           "return the same day")
event("Thaksin Shinawatra returns after 15 years of self-exile; the Supreme Court confirms his eight-year sentence and "
      "he is taken to prison", "2023-08-22", ["05", "06"],
      ["landed", "return", "flew home", "exile", "prison", "sentence", "airport"],
      note="the same day as Srettha's election, a separate event; his transfer to the police hospital the first night is "
           "folded in")
event("The royal endorsement of Srettha's appointment is read out at Pheu Thai's headquarters", "2023-08-23", ["05"],
      ["royal", "confirmation", "endorse", "appointment", "read out"])
event("Thaksin asks for a royal pardon", "2023-08-31", ["06"], ["clemency", "asked", "pardon"])
event("A royal pardon published in the Royal Gazette reduces Thaksin's sentence from eight years to one",
      "2023-09-01", ["06"], ["pardon", "one-year", "royal-gazette", "gazette", "reduc"],
      note="the second of Thaksin's events (after the 22 August return): must stay apart from it")
dump('timeline.json', {
    "about": "Real-world events the articles report, with date (day), until for multi-day events, the documents that report "
             "each (with a date the reader can resolve), and words by which a system event is recognised (title, trigger "
             "or participant entity ids). Dates are Thai local dates. Occurrences of similar events must stay apart: the "
             "two joint votes for prime minister (13 July, Pita fails with 324; 22 August, Srettha elected with 482) "
             "and the procedural vote of 19 July against Pita's renomination (395 to 312); Thaksin's two events (his "
             "return and imprisonment on 22 August, the pardon of 1 September, with his request for it on 31 August); "
             "Srettha's election and Thaksin's return, the same day; the Election Commission's request to the court (12 "
             "July) and the court's suspension of Pita (19 July). Not keyed: future, planned or cancelled events "
             "(02's sitting 'next Wednesday' is keyed as the 19 July event from 03-06; the sitting 'scheduled for July "
             "27' and postponed, the court's consideration 'on August 16', Thaksin's planned return 'on August 10', "
             "the start of the fiscal year 'on October 1' (04); the cabinet's swearing-in 'tomorrow' (06)), events "
             "dated only by month, year or week (the EC inquiry 'in June', the 2014 and 2006 coups, the dissolution of "
             "New Future in 2020, Thanathorn's loss of his seat in 2019, iTV's last broadcast in 2007, Thaksin's "
             "departure in 2008, Yingluck's in 2017, the 2020 protests, Srettha's remarks 'last week'), Srettha's "
             "remark on the pardon 'on Saturday' (2 September), states (Pita suspended, Thaksin in hospital), and "
             "same-day side events folded into a keyed one (see notes).",
    "events": ev,
})

# ---------------------------------------------------------------------------------------------- quotes
quotes = [
    ["01", "With almost all ballots counted", "indirect", EC],
    ["01", "Turnout was about 75 percent", "indirect", EC],
    ["01", "The people have spoken clearly", "direct", PITA],
    ["01", "They want change, and they want it now", "direct", PITA],
    ["01", "he would invite Pheu Thai and four smaller parties", "indirect", PITA],
    ["01", "to be the prime minister for everyone", "partial", PITA],
    ["01", "Anyone who thinks of blocking the will of the people", "direct", PITA],
    ["01", "I respect democracy and I respect the election", "direct", PRA],
    ["01", "Pheu Thai would hold talks with it", "indirect", PAE],
    ["01", "We are ready to talk with Move Forward", "direct", PAE],
    ["01", "Pheu Thai would not try to form a rival government", "indirect", PAE],
    ["01", "he wanted to return home before his birthday", "indirect", THA],
    ["01", "The senators can say no to one man", "direct", "Lucas Brennan"],
    ["01", "Saying no to 14 million voters", "direct", "Lucas Brennan"],
    ["01", "the size of Move Forward's lead would make it harder", "indirect", "Lucas Brennan"],

    ["02", "I accept the result, but I do not accept defeat", "direct", PITA],
    ["02", "We will gather more votes", "direct", PITA],
    ["02", "the coalition would nominate him again", "indirect", PITA],
    ["02", "they could not vote for a candidate", "indirect", [None, "Senate"]],
    ["02", "A prime minister must protect the institution", "direct", [None]],
    ["02", "the shares belonged to the estate", "indirect", PITA],
    ["02", "he was retiring from politics", "indirect", PRA],
    ["02", "I have done my best for the nation", "direct", PRA],
    ["02", "If the senators vote against us again", "direct", CHA],
    ["02", "they will be voting against the 25 million people", "direct", CHA],
    ["02", "it would stay with Move Forward", "indirect", PT],
    ["02", "as long as there is a path", "partial", CHO],
    ["02", "patience had limits", "indirect", [None, PT]],
    ["02", "The Senate did exactly what it was built to do", "direct", "Kanokwan Ratanapong"],
    ["02", "It was designed in 2017", "direct", "Kanokwan Ratanapong"],
    ["02", "The coalition has one more try", "direct", "Kanokwan Ratanapong"],
    ["02", "Pita could be nominated again", "indirect", WAN],
    ["02", "parliamentary rules bar the same motion", "indirect", [None, "Senate"]],

    ["03", "I accept the decision of the Court", "direct", PITA],
    ["03", "But I believe that Thailand has changed", "direct", PITA],
    ["03", "the designation of a Prime Minister is not a motion", "indirect", MFP],
    ["03", "closed the door to the electors", "partial", CHA],
    ["03", "it would henceforth propose its own candidate", "indirect", PT],
    ["03", "The coalition continues", "direct", CHO],
    ["03", "the establishment has obtained in one day", "direct", "Arnaud Lefebvre"],
    ["03", "the ancestor of the MFP", "indirect", "Arnaud Lefebvre"],
    ["03", "The scenario repeats itself", "direct", "Arnaud Lefebvre"],
    ["03", "does not negotiate behind the back", "partial", PAE],

    ["04", "From today, Pheu Thai will lead", "direct", CHO],
    ["04", "Pheu Thai could not win enough support", "indirect", CHO],
    ["04", "it would consider the petition on August 16", "indirect", CC],
    ["04", "ready to serve", "partial", SRE],
    ["04", "that can work with everyone", "partial", SRE],
    ["04", "parties that took part in the coup", "partial", CHA],
    ["04", "We will go into opposition", "direct", CHA],
    ["04", "Our 151 seats are not going anywhere", "direct", CHA],
    ["04", "Investors do not much care", "direct", "Anan Kittisak"],
    ["04", "Another three months without a budget", "indirect", "Anan Kittisak"],
    ["04", "he will fly home on August 10", "indirect", THA],
    ["04", "the timing of his return and the party's change", "indirect", [None]],
    ["04", "There is no deal, and there never was", "direct", PT],

    ["05", "I will work hard to improve the life", "direct", SRE],
    ["05", "already in the first night he was brought", "indirect", [None]],
    ["05", "The return of Thaksin and the alliance", "direct", "Sabine Vogt"],
    ["05", "The old enemies of Thaksin had accepted him", "indirect", "Sabine Vogt"],
    ["05", "We have not lost, we have only lost this round", "direct", PITA],
    ["05", "the ex-Premier could ask the King for a pardon", "indirect", [None]],

    ["06", "I am not anyone's puppet", "direct", SRE],
    ["06", "It is a matter for His Majesty", "direct", SRE],
    ["06", "The people who voted for us have not changed their minds", "direct", PITA],
    ["06", "Parliament changed its mind for them", "direct", PITA],
    ["06", "What Thailand got in the end", "direct", "Eleanor Vance"],
    ["06", "is the government it would have had", "direct", "Eleanor Vance"],
    ["06", "the outgoing prime minister, Prayuth, could leave office", "indirect", "Eleanor Vance"],
]
dump('quotes.json', {
    "about": "Answer key for quotations on corpus-o/articles, same conventions as corpus-c..n: document id prefix, the first "
             "words of the quoted or reported content, kind, and the speaker's canonical name (null: the text does not "
             "name one; a list: any of these is right, and a list containing null also accepts no speaker). A quote "
             "interrupted by its attribution (02 Chaithawat, 06 Vance, 04 Anan's reported 'Another three months ..., he "
             "said, would cost') or continued without one (01 Pita's second sentence after 'Pita told reporters', 02 "
             "Pita's second sentence, 02 Kanokwan's second paragraph, 03 Pita's second « », 04 Chaithawat's 'Our 151 "
             "seats', 06 Pita's 'Parliament changed its mind for them') is keyed once per piece. A reported clause with "
             "quoted words in it (01 'that he was ready \"to be the prime minister for everyone ...\"', 02 'said the "
             "alliance would hold \"as long as there is a path\"', 03 'has estimated that the Congress had « closed the "
             "door to the electors »', 03 Paetongtarn's 'has assured this Wednesday that the party « does not negotiate "
             "behind the back »', 04 'Mr Srettha said he was \"ready to serve\" and promised a cabinet \"that can work "
             "with everyone\"', 04 Chaithawat's 'would not vote for a government that included \"parties that took part "
             "in the coup\"') is keyed as the partial quote. Forms: 'said X' inverted (01 'said Pita', 01 Brennan, 02 "
             "Chaithawat, 02 Kanokwan, 06 Vance), 05's German-style 'says Sabine Vogt' and 'wrote Limjaroenrat on the "
             "platform X'; 'He told reporters as he left his party's offices:' (01, Prayut) and 'he said:' (06, "
             "Srettha) before the quotation; 'X told <outlet>' (02 the anonymous senator 'told the Chronicle', 04 Anan "
             "'told The Siam Ledger'); sentence-final 'the Election Commission (EC) said' and 'the commission said' "
             "(01); a speaker given only by a description, role or pronoun: 01 'the 36-year-old said' (Paetongtarn), 03 "
             "'», has declared Mr. Pita', '», has assured its president, Cholnan Srikaew', '», he estimates' (Lefebvre), "
             "05 '\", has declared the 61-year-old' (Srettha), 05 'she says' (Vogt), 04 'he said' (Chaithawat), 06 'he "
             "told a rally in Chiang Mai' (Pita), 02 'He said Pita could be nominated again' (Wan Muhamad Noor Matha); "
             "03's 'For Arnaud Lefebvre, ..., « ... »' has no verb of speech; 'He recalls that' (03, Lefebvre); "
             "machine-translated reporting verbs ('has declared', 'has estimated that', 'has assured', 'has announced "
             "that', 'The MFP had argued that'); German quotation marks „...\" (05), guillemets (03), curly quotes (02), "
             "straight quotes (01, 04, 06). Organisations as speakers: the Election Commission (01), Pheu Thai (02 'said "
             "it would stay', 03 'has announced that', 04 'the party said in a statement'), the MFP (03), the "
             "Constitutional Court (04 'The court said'). Unnamed speakers (null): 02 'Many senators said during the "
             "debate' and 'several senators argue' (or the Senate), 02 the senator who asked not to be named, 02 'party "
             "officials acknowledged privately' (or Pheu Thai), 04 'Critics say', 05 'as the prison "
             "administration communicated' (not a keyed entity), 05 'According to his lawyers'. Not keyed: 01 "
             "'prison "
             "sentences he calls politically motivated', 01 'preliminary results showed on Monday'; 03 'who has "
             "promised to return in the kingdom' (a promise reported as an intention), 04 'Pheu Thai "
             "denies any bargain', 05 'Thaksin and the Pheu Thai deny any arrangement', 06 'The royal pardon ... cited "
             "the former prime minister's age' (a document's grounds), announcements of acts, headlines, captions, "
             "standfirsts and 04's duplicated lead.",
    "quotes": quotes,
})

# ---------------------------------------------------------------------------------------------- claims
claims = [
    {"id": "pita-first-vote",
     "text": "In the first joint vote, on 13 July, Pita won 324 votes, short of the 375 he needed",
     "docs": ["02", "03", "06"],
     "anchors": {
         "02": "Pita received 324 votes, 51 short of the 375 he needed",
         "03": "the candidate had obtained 324 voices",
         "06": "the Senate left him on 324 votes"},
     "contradiction": {
         "docs": ["04"],
         "anchors": {"04": "Mr Pita collected 334 votes"},
         "aspect": "number",
         "detail": "04 puts Pita's votes in the first joint vote at 334 (41 short) against 324 (51 short) in 02/03/06"}},
    {"id": "mfp-151",
     "text": "The Move Forward Party won 151 of the 500 seats, the most of any party",
     "docs": ["01", "04", "05", "06"],
     "anchors": {
         "01": "was on course for 151 of the 500 seats",
         "04": "Our 151 seats are not going anywhere",
         "05": "with 151 of the 500 seats",
         "06": "handed the Move Forward Party 151 seats"},
     "contradiction": None,
     "note": "152 (05, the senators who voted for Srettha) is another quantity"},
    {"id": "pheu-thai-second",
     "text": "Pheu Thai came second, with 141 seats (ten fewer than Move Forward)",
     "docs": ["01", "02", "06"],
     "anchors": {
         "01": "ahead of Pheu Thai with 141",
         "02": "Pheu Thai, the second-largest party",
         "06": "ten more than Pheu Thai"},
     "contradiction": None},
    {"id": "threshold-375",
     "text": "A candidate for prime minister needs 375 votes in the joint sitting of 750",
     "docs": ["01", "02", "03", "04", "05"],
     "anchors": {
         "01": "A candidate needs at least 375 votes",
         "02": "the 375 he needed",
         "03": "far from the 375 required",
         "04": "41 short of the 375 required",
         "05": "Necessary were 375"},
     "contradiction": None,
     "note": "395 (the votes against Pita's renomination, 03) is another quantity; 06's '51 short of a majority' "
             "implies it"},
    {"id": "senate-250",
     "text": "The Senate's 250 members were appointed by the military",
     "docs": ["01", "02", "05"],
     "anchors": {
         "01": "the 250 members of the Senate, all of them appointed by the junta",
         "02": "the military-appointed Senate",
         "05": "152 of the 250 senators appointed by the military"},
     "contradiction": None},
    {"id": "thirteen-senators",
     "text": "Only 13 senators voted for Pita on 13 July",
     "docs": ["02", "04"],
     "anchors": {
         "02": "Only 13 of the 250 senators supported him",
         "04": "with only 13 senators on his side"},
     "contradiction": None},
    {"id": "itv-shares",
     "text": "Pita's case concerns 42,000 shares in iTV, a broadcaster that stopped broadcasting in 2007",
     "docs": ["02", "03", "06"],
     "anchors": {
         "02": "the 42,000 shares of the dormant broadcaster iTV",
         "03": "he detained 42 000 shares of the chain iTV",
         "06": "over 42,000 shares in a television station"},
     "contradiction": None,
     "note": "42,000 shares against 'the 42-year-old' and 'The young leader of 42 years': a count and an age"},
    {"id": "ec-request",
     "text": "On 12 July the Election Commission asked the Constitutional Court to rule on Pita",
     "docs": ["02", "03"],
     "anchors": {
         "02": "asked the Constitutional Court on Wednesday to disqualify him",
         "03": "which had seized it the 12 July"},
     "contradiction": None},
    {"id": "suspension",
     "text": "The Constitutional Court suspended Pita as an MP on 19 July",
     "docs": ["03", "04", "05", "06"],
     "anchors": {
         "03": "the Constitutional Court has suspended its leader",
         "04": "the Constitutional Court suspended him as an MP",
         "05": "since 19 July suspended as deputy",
         "06": "the Constitutional Court suspended Mr Limjaroenratt"},
     "contradiction": None},
    {"id": "no-renomination",
     "text": "On 19 July parliament ruled that Pita could not be nominated a second time",
     "docs": ["03", "04", "06"],
     "anchors": {
         "03": "that his candidacy to the post of Prime Minister could not be presented a second time",
         "04": "barred Move Forward leader Pita Limjaroenrat from being nominated a second time",
         "06": "parliament ruled that he could not be nominated again"},
     "contradiction": None,
     "note": "03's tally of 395 to 312 against 02/06's 312 coalition seats: a vote count and a seat count"},
    {"id": "coalition-eight",
     "text": "Pita led an eight-party coalition",
     "docs": ["02", "03", "04", "06"],
     "anchors": {
         "02": "his eight parties hold 312 seats",
         "03": "the coalition of eight parties",
         "04": "ending the eight-party bloc",
         "06": "Mr Pita assembled eight parties"},
     "contradiction": None,
     "note": "the eight parties (Pita's) against the eleven (Srettha's, 05/06)"},
    {"id": "coalition-312",
     "text": "Pita's coalition held 312 seats in the House",
     "docs": ["02", "06"],
     "anchors": {
         "02": "hold 312 seats in the House",
         "06": "eight parties and 312 seats"},
     "contradiction": None},
    {"id": "prayut-coup",
     "text": "Prayut Chan-o-cha came to power in the 2014 coup",
     "docs": ["01", "02", "05"],
     "anchors": {
         "01": "who seized power in a coup in 2014",
         "02": "who led the 2014 coup",
         "05": "who have governed the country since the putsch of 2014"},
     "contradiction": None},
    {"id": "prayut-retires",
     "text": "Prayut announced on 11 July that he was retiring from politics",
     "docs": ["02", "03"],
     "anchors": {
         "02": "said on Tuesday that he was retiring from politics",
         "03": "who has announced the 11 July his retreat from the political life"},
     "contradiction": None},
    {"id": "prayut-caretaker",
     "text": "Prayut stays on as caretaker until a new government is formed",
     "docs": ["02", "03"],
     "anchors": {
         "02": "will stay on as caretaker until a new government is formed",
         "03": "continues to expedite the current affairs"},
     "contradiction": None},
    {"id": "section-112",
     "text": "Move Forward wants to amend Section 112, the lese-majeste law",
     "docs": ["01", "02", "04", "06"],
     "anchors": {
         "01": "amend Section 112 of the criminal code",
         "02": "whose party wants to amend Section 112",
         "04": "insisted on amending Section 112",
         "06": "to amend the lese-majeste law"},
     "contradiction": None},
    {"id": "srettha-candidate",
     "text": "Pheu Thai's candidate for prime minister is Srettha Thavisin, a property developer",
     "docs": ["03", "04"],
     "anchors": {
         "03": "the promoter immobilier Srettha Thawisin",
         "04": "Pheu Thai's candidate will be the property tycoon"},
     "contradiction": None},
    {"id": "srettha-61",
     "text": "Srettha is 61",
     "docs": ["04", "05"],
     "anchors": {
         "04": "Srettha Thavisin, 61",
         "05": "has declared the 61-year-old"},
     "contradiction": None},
    {"id": "pita-42",
     "text": "Pita is 42",
     "docs": ["01", "02", "03", "06"],
     "anchors": {
         "01": "The 42-year-old, a Harvard-educated",
         "02": "The 42-year-old also faces a legal threat",
         "03": "The young leader of 42 years",
         "06": "the 42-year-old would be allowed to try"},
     "contradiction": None},
    {"id": "pheu-thai-exit",
     "text": "Pheu Thai left its alliance with Move Forward on 2 August",
     "docs": ["04", "05", "06"],
     "anchors": {
         "04": "Pheu Thai yesterday pulled out of its alliance",
         "05": "Pheu Thai had terminated the alliance with it on 2 August",
         "06": "Pheu Thai walked out of the alliance on August 2"},
     "contradiction": None,
     "note": "02's 'said it would stay with Move Forward' (13 July) and 03's « The coalition continues » (19 July) were "
             "said before the break: not contradictions"},
    {"id": "bhumjaithai-third",
     "text": "Bhumjaithai is the third-largest party",
     "docs": ["04", "06"],
     "anchors": {
         "04": "Bhumjaithai, the third-largest party with 71 seats",
         "06": "Bhumjaithai, the third-largest party, joined it"},
     "contradiction": None},
    {"id": "srettha-elected",
     "text": "Parliament elected Srettha prime minister on 22 August by 482 votes to 165, with 81 abstentions",
     "docs": ["05", "06"],
     "anchors": {
         "05": "Srettha received 482 votes in the joint session",
         "06": "was elected prime minister by 482 votes to 165"},
     "contradiction": None,
     "note": "482-165-81 (22 August) against 324-182-199 (13 July): two votes"},
    {"id": "srettha-coalition",
     "text": "Srettha's coalition has eleven parties and 314 seats, including the parties of Prayut and Prawit",
     "docs": ["05", "06"],
     "anchors": {
         "05": "a coalition of eleven parties with 314 seats",
         "06": "Mr Srettha's eleven parties hold 314 of the 500 seats"},
     "contradiction": None,
     "note": "314 seats (Srettha's coalition) against 04's 334 votes (the intended contradiction on a different "
             "quantity) and 312 seats (Pita's coalition)"},
    {"id": "thaksin-return",
     "text": "Thaksin returned on 22 August, the day of Srettha's election, after 15 years abroad",
     "docs": ["05", "06"],
     "anchors": {
         "05": "landed after 15 years in the exile",
         "06": "on the very day Thaksin flew home"},
     "contradiction": None},
    {"id": "thaksin-exile",
     "text": "Thaksin has lived abroad since 2008, 15 years",
     "docs": ["01", "03", "04", "05", "06"],
     "anchors": {
         "01": "has lived abroad since 2008",
         "03": "exiled since 2008",
         "04": "after 15 years abroad",
         "05": "after 15 years in the exile with a private jet",
         "06": "from 15 years of self-exile"},
     "contradiction": None,
     "note": "01's 'up to 15 years in prison' (the lese-majeste penalty) and 03's 'fifteen days' (Pita's delay) are "
             "other quantities; 04's 'will fly home on August 10' was a plan (he came on 22 August): not a "
             "contradiction"},
    {"id": "thaksin-eight-years",
     "text": "Thaksin was to serve eight years in prison",
     "docs": ["05", "06"],
     "anchors": {
         "05": "prison sentences of in total eight years",
         "06": "Thaksin Shinawatra's eight-year sentence"},
     "contradiction": None,
     "note": "06's 'one-year sentence' is the sentence after the pardon"},
    {"id": "thaksin-hospital",
     "text": "Thaksin was moved to the police hospital on his first night in custody",
     "docs": ["05", "06"],
     "anchors": {
         "05": "already in the first night he was brought",
         "06": "he was moved to the Police General Hospital"},
     "contradiction": None},
    {"id": "thaksin-coup-2006",
     "text": "Thaksin was ousted in a coup in 2006",
     "docs": ["01", "05", "06"],
     "anchors": {
         "01": "who was ousted in a coup in 2006",
         "05": "Thaksin had been overthrown in 2006 by the military",
         "06": "when the army removed him the first time"},
     "contradiction": None},
    {"id": "yingluck",
     "text": "Thaksin's sister Yingluck was prime minister until the 2014 coup and lives in exile",
     "docs": ["01", "05", "06"],
     "anchors": {
         "01": "His sister Yingluck Shinawatra",
         "05": "his younger sister Yingluck Shinawatra",
         "06": "Her aunt Yingluck"},
     "contradiction": None},
    {"id": "paetongtarn-daughter",
     "text": "Paetongtarn, Thaksin's daughter, led Pheu Thai's campaign",
     "docs": ["01", "03", "05", "06"],
     "anchors": {
         "01": "Thaksin's daughter Paetongtarn Shinawatra",
         "03": "His daughter Paetongtarn, figure of the campaign",
         "05": "His daughter Paetongtarn Shinawatra, top candidate",
         "06": "led Pheu Thai's campaign while pregnant"},
     "contradiction": None,
     "note": "'the 36-year-old' (01, May) against 'Paetongtarn Shinawatra, 37' (06, September): her birthday fell in "
             "between (21 August)"},
    {"id": "mfp-opposition",
     "text": "Move Forward goes into opposition",
     "docs": ["04", "05", "06"],
     "anchors": {
         "04": "We will go into opposition",
         "05": "goes into the opposition",
         "06": "will sit in opposition"},
     "contradiction": None},
    {"id": "thaksin-pardon-expected",
     "text": "Thaksin could seek a royal pardon",
     "docs": ["05", "06"],
     "anchors": {
         "05": "the ex-Premier could ask the King for a pardon",
         "06": "Thaksin had asked for clemency on Thursday"},
     "contradiction": None,
     "note": "05 expects it, 06 reports it"},
]
dump('claims.json', {
    "about": "Checkable claims made by two or more sources on corpus-o/articles: short text, the documents asserting it "
             "(with an anchor: words of the asserting sentence in each document's cleaned text), and any contradiction "
             "(documents that disagree, aspect, detail). Only one contradiction is intended (Pita's votes in the first "
             "joint vote of 13 July: 'Mr Pita collected 334 votes, 41 short of the 375 required' in 04 against 324 "
             "votes, 51 short, in 02/03/06); every other contradiction is a false alarm, in particular the many counts "
             "that look alike: 324 (Pita's votes) against 314 (the seats of Srettha's eleven-party coalition, 05/06) "
             "and 312 (the seats of Pita's eight-party coalition, 02/06, and the votes for renominating him in 03's "
             "395 to 312); 182 against and 199 abstentions (13 July, 02) against 165 against and 81 abstentions (22 "
             "August, 05/06); 482 votes for Srettha; 375 (the majority needed) against 395 (03); 151 Move Forward "
             "seats against 152 senators who voted for Srettha (05) and 141 Pheu Thai seats (01; 06 'ten more than "
             "Pheu Thai'); 13 senators for Pita against 13 July; 250 senators, 500 MPs and 750 seats; 71 Bhumjaithai "
             "seats and 36 United Thai Nation seats; turnout 'about 75 percent' (01) against 'a record 75.7 percent' "
             "(06): approximate against exact; '14 million voters' (Brennan, Move Forward's voters, 01) against '25 "
             "million people who chose the eight parties' (Chaithawat, 02); the 42-year-old Pita against 42,000 iTV "
             "shares; Paetongtarn 36 (01, May) against 37 (06, September: a birthday); Srettha 61, Thaksin 74 "
             "against 'prisoners of more than 70 years' (05), Prayut 69; Thaksin's eight-year sentence against the "
             "one-year sentence after the pardon (06); 15 years of exile against 'up to 15 years in prison' (01, the "
             "lese-majeste penalty) and 'fifteen days' (03, Pita's delay to answer the court); 'two weeks after' "
             "(04), 'Six days earlier' (03), 'Six days later' (06); 'nearly three months of deadlock' against "
             "'Another three months without a budget' (04); 2.6 percent growth (04); Thaksin's planned return 'on "
             "August 10' (04) against his return on 22 August (05/06): a plan, not a fact; the third joint sitting "
             "'scheduled for July 27' and postponed (04); Pheu Thai's promises to stay with Move Forward (02 on 13 "
             "July, 03 « The coalition continues » on 19 July) against its exit on 2 August (04/05/06): different "
             "times; 05's 'Still in May, Pheu Thai had excluded an alliance with them' against its coalition with "
             "them in August; Pita's eight parties against Srettha's eleven, and against the 'four smaller "
             "parties' Pita meant to invite with Pheu Thai on 15 May (01), before the coalition grew to eight. "
             "Three votes in parliament must not be "
             "merged into one claim: the first joint vote for prime minister (13 July, 324), the procedural vote "
             "against Pita's renomination (19 July, 395 to 312) and the second joint vote (22 August, Srettha, 482). "
             "Framing differs on purpose (01 neutral wire; 02 Bangkok progressive site, 'The Senate did exactly what "
             "it was built to do'; 03 French daily, machine-translated; 04 Bangkok business daily, establishment-"
             "leaning, 'a government of any colour'; 05 German daily, machine-translated, 'the most famous and the "
             "most hated politician of the country'; 06 British analysis, 'The Shinawatra Restoration') without "
             "contradicting. single_source lists claims only one document makes, for reference.",
    "claims": claims,
    "single_source": [
        {"doc": "01", "text": "United Thai Nation, Prayut's party, won 36 seats"},
        {"doc": "01", "text": "Turnout was about 75 percent, the highest ever recorded"},
        {"doc": "01", "text": "The Election Commission has up to 60 days to certify the results"},
        {"doc": "01", "text": "Lese-majeste is punished with up to 15 years in prison"},
        {"doc": "02", "text": "182 members voted against Pita and 199 abstained on 13 July"},
        {"doc": "02", "text": "Wan Muhamad Noor Matha was elected Speaker on 4 July"},
        {"doc": "02", "text": "Pita says the iTV shares belonged to his late father's estate"},
        {"doc": "03", "text": "The joint sitting voted 395 to 312 that Pita could not be renominated, under article 41"},
        {"doc": "03", "text": "The court gave Pita fifteen days to answer"},
        {"doc": "03", "text": "New Future was dissolved by the Constitutional Court in 2020; Thanathorn lost his seat over shares in 2019"},
        {"doc": "04", "text": "The 27 July sitting was postponed after the Ombudsman petitioned the Constitutional Court"},
        {"doc": "04", "text": "Bhumjaithai has 71 seats"},
        {"doc": "04", "text": "The economy grew 2.6 percent last year"},
        {"doc": "05", "text": "152 of the 250 senators voted for Srettha"},
        {"doc": "05", "text": "The royal endorsement of Srettha was read out on 23 August"},
        {"doc": "06", "text": "A royal pardon published on 1 September cut Thaksin's sentence to one year"},
        {"doc": "06", "text": "Bhumjaithai joined Pheu Thai on 7 August"},
        {"doc": "06", "text": "Turnout was a record 75.7 percent"},
    ],
})
print('keys written')
