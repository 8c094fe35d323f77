"""Writes the answer keys of corpus-n (the collapse of Credit Suisse and its takeover by UBS, March-April 2023) into keys/.

Written by hand from reading the articles; run once (python3 mkkeys.py), then python3 check_keys.py.
"""
import os
import sys

K = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'keys')


sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from key_writing import recorder, writer  # noqa: E402

dump = writer(K)


P, O, G, L, M, E_, MD = 'PERSON', 'ORG', 'GPE', 'LOC', 'MISC', 'EVENT', 'MEDIA'
KK, KS, LE, AK, ER = "Karin Keller-Sutter", "Ulrich Körner", "Axel Lehmann", "Ammar Al Khudairy", "Sergio Ermotti"
CS, SNB, SAU, FIN, FC = "Credit Suisse", "Swiss National Bank", "Saudi National Bank", \
    "Swiss Financial Market Supervisory Authority", "Federal Council"

# ---------------------------------------------------------------------------------------------- entities
ents = [
    (KK, P, ["Karin Keller-Sutter", "Mrs. Keller-Sutter", "Karin Keller Sutter"]),
    ("Alain Berset", P, ["Alain Berset"]),
    ("Julien Berset", P, ["Julien Berset"]),
    ("Thomas Jordan", P, ["Thomas Jordan"]),
    ("Urban Angehrn", P, ["Urban Angehrn"]),
    (LE, P, ["Axel Lehmann", "Mr Lehmann"]),
    ("Sophie Lehmann", P, ["Sophie Lehmann", "Ms Lehmann"]),
    (KS, P, ["Ulrich Körner", "Körner", "Ulrich Koerner", "Mr Korner"]),
    ("Colm Kelleher", P, ["Colm Kelleher"]),
    (ER, P, ["Sergio Ermotti", "Ermotti"]),
    ("Ralph Hamers", P, ["Ralph Hamers", "Hamers"]),
    (AK, P, ["Ammar Al Khudairy", "Ammar al-Khudairy", "Ammar Al-Khudairy", "Mr. Al-Khudairy", "Al-Khudairy"]),
    ("Saeed Mohammed Al-Ghamdi", P, ["Saeed Mohammed Al-Ghamdi", "Mr. Al-Ghamdi"]),
    ("Laura Bianchi", P, ["Laura Bianchi", "Bianchi"]),
    ("Claire Dufaux", P, ["Claire Dufaux"]),
    ("Markus Vogel", P, ["Markus Vogel"]),
    ("Rachel Stern", P, ["Rachel Stern", "Stern"]),
    ("Nadia Haddad", P, ["Nadia Haddad", "Haddad"]),

    (CS, O, ["Credit Suisse", "CS"]),
    ("UBS", O, ["UBS"]),
    (SNB, O, ["Swiss National Bank", "SNB", "National Bank Swiss", "BNS"]),
    (SAU, O, ["Saudi National Bank"]),
    (FIN, O, ["Swiss Financial Market Supervisory Authority", "FINMA", "Finma",
              "Federal Authority of Surveillance of the Financial Markets"]),
    (FC, O, ["Federal Council", "Federal council"]),
    ("Federal department of finances", O, ["Federal department of finances"]),
    ("Parliament", O, ["Parliament"]),
    ("Socialist Party", O, ["Socialist Party", "SP"]),
    ("UDC", O, ["UDC", "SVP"]),
    ("FDP", O, ["FDP"]),
    ("Securities and Exchange Commission", O, ["Securities and Exchange Commission"]),
    ("Silicon Valley Bank", O, ["Silicon Valley Bank"]),
    ("Federal Reserve", O, ["Federal Reserve"]),
    ("European Central Bank", O, ["European Central Bank"]),
    ("Bank of England", O, ["Bank of England"]),
    ("Swiss Re", O, ["Swiss Re"]),
    ("Saudi Exchange", O, ["Saudi Exchange"]),
    ("National Commercial Bank", O, ["National Commercial Bank"]),
    ("Samba Financial Group", O, ["Samba Financial Group"]),
    ("Qatar Investment Authority", O, ["Qatar Investment Authority"]),
    ("Olayan Group", O, ["Olayan Group"]),
    ("Federal Administrative Court", O, ["Federal Administrative Court"]),
    ("Ticino Partners", O, ["Ticino Partners"]),
    ("Gotthard Capital Research", O, ["Gotthard Capital Research"]),
    ("Institute Romand of Bank Studies", O, ["Institute Romand of Bank Studies", "IREB"]),
    ("Center for Financial Market Studies", O, ["Center for Financial Market Studies", "ZFM"]),
    ("University of Zurich", O, ["University of Zurich"]),
    ("Fenwick Asset Management", O, ["Fenwick Asset Management"]),
    ("Najd Capital", O, ["Najd Capital"]),

    ("Times", MD, ["Times"]),

    ("additional tier one", M, ["additional tier one", "AT1"]),
    ("Stoxx", M, ["Stoxx"]),

    ("Switzerland", G, ["Switzerland", "Confederation"]),
    ("United States", G, ["United States", "U.S.", "US"]),
    ("Zurich", G, ["Zurich"]),
    ("Zurich-Oerlikon", G, ["Zurich-Oerlikon"]),
    ("Lugano", G, ["Lugano"]),
    ("Lausanne", G, ["Lausanne"]),
    ("Vevey", G, ["Vevey"]),
    ("St. Gallen", G, ["St. Gallen"]),
    ("Riyadh", G, ["Riyadh"]),
    ("London", G, ["London"]),
    ("California", G, ["California"]),

    ("Europe", L, ["Europe"]),
    ("Hallenstadion", L, ["Hallenstadion"]),
]

descriptions = [
    ("Switzerland", ["Bern", "Berne"]),
    ("United States", ["Washington"]),
    (FC, ["the Swiss government"]),
    (CS, ["the 167-year-old bank", "the country’s second-largest bank"]),
    (SNB, ["the central bank"]),
    (SAU, ["the lender's largest shareholder", "the largest shareholder", "the Saudi bank",
           "the kingdom's largest lender", "the Saudi lender"]),
    (FIN, ["the regulator"]),
    ("UBS", ["the big bank"]),
    (ER, ["the 62-year-old Ticinese"]),
    ("Ralph Hamers", ["the Dutchman"]),
    (LE, ["the Credit Suisse chairman"]),
    (AK, ["the Saudi chairman"]),
]

roles = [
    (KK, ["Finance Minister", "the federal councillor", "Swiss Finance Minister",
          "chief of the Federal department of finances"]),
    ("Alain Berset", ["the Swiss President", "The president of the Confederation"]),
    ("Julien Berset", ["the national councillor"]),
    ("Thomas Jordan", ["chairman of the SNB", "the president of the National Bank Swiss"]),
    ("Urban Angehrn", ["the director of the FINMA"]),
    (LE, ["Chairman", "Credit Suisse’s chairman", "the president of the board of directors", "Its president"]),
    (KS, ["chief executive", "the CEO", "The chief executive"]),
    ("Colm Kelleher", ["UBS chairman", "the UBS president"]),
    (ER, ["chief executive officer", "chief executive"]),
    (AK, ["chairman of the Saudi National Bank", "the president of the Saudi National Bank"]),
    ("Saeed Mohammed Al-Ghamdi", ["its chief executive"]),
    ("Laura Bianchi", ["a banking analyst at Ticino Partners"]),
    ("Sophie Lehmann", ["a bank analyst at Gotthard Capital Research"]),
    ("Claire Dufaux", ["professor at the Institute Romand of Bank Studies"]),
    ("Rachel Stern", ["who manages credit portfolios at Fenwick Asset Management"]),
    ("Nadia Haddad", ["Riyadh-based analyst"]),
]

must_not_merge = [
    [LE, "Sophie Lehmann"],
    ["Alain Berset", "Julien Berset"],
    [SNB, SAU],
]

dump('entities.json', {
    "about": "Answer key for entity resolution on corpus-n/articles (the collapse of Credit Suisse and its takeover by UBS: "
             "the Saudi National Bank's refusal of 15 March 2023, the Swiss National Bank's loan of 16 March, the takeover "
             "of Sunday 19 March, the AT1 write-down, Ermotti's return and the last Credit Suisse AGM of 4 April), written "
             "from reading the articles. Same conventions as corpus-c..j: canonical name (a form that occurs in the texts), "
             "type, and every surface form that names the entity in the cleaned texts (headlines, standfirsts, captions, "
             "bylines, datelines such as 'ZURICH (Alpine Financial Wire) -', related links, share bars and other "
             "boilerplate excluded). Title+full-name forms are not listed separately; title+surname forms (Mrs. "
             "Keller-Sutter, Mr Lehmann, Ms Lehmann, Mr Korner, Mr. Al-Khudairy, Mr. Al-Ghamdi) are. Defects on purpose: "
             "the finance minister is 'Karin Keller-Sutter' (03, 04, 05, 06), 'Mrs. Keller-Sutter' (03) and the misspelt "
             "'Karin Keller Sutter' without hyphen (02); Credit Suisse's chief executive is 'Ulrich Körner' (01, 04), "
             "'Körner' (01) and two misspellings in one article, 'Ulrich Koerner' and 'Mr Korner' (05); the Saudi "
             "chairman is 'Ammar Al Khudairy' (01, 04, 05), 'Ammar al-Khudairy' (03, French transliteration), and "
             "'Ammar Al-Khudairy' / 'Mr. Al-Khudairy' / 'Al-Khudairy' (06, Gulf style). Acronyms and expansions: 'Swiss "
             "National Bank (SNB)' (01, 04), 'SNB' (01, 02, 04), the French calque 'National Bank Swiss (BNS)' and 'the "
             "BNS' (03); 'Swiss Financial Market Supervisory Authority (FINMA)' (01, 02), 'FINMA' (01, 02, 03), 'Finma' (04, "
             "05), the French calque 'Federal Authority of Surveillance of the Financial Markets (FINMA)' (03); "
             "'additional tier one (AT1)' (02) and 'AT1' (02, 03, 05); the Swiss People's Party by its French acronym "
             "'UDC' (03) and German acronym 'SVP' (04); the Social Democrats as 'Socialist Party' (03) and the German "
             "acronym 'SP' (04); 'Institute Romand of Bank Studies (IREB)' (03), 'Center for Financial Market Studies "
             "(ZFM)' (04). SNB is only ever the Swiss National Bank: the Saudi National Bank is always written out (and "
             "must not merge with the Swiss National Bank: must_not_merge). 'Confederation' (02, 03, 04) is a name of "
             "Switzerland (the Swiss Confederation); the capital standing for the government is a description of "
             "Switzerland: 'Bern' (01 'Bern has said little', 04 'a signal ... also to Bern', 06 'Bern has nevertheless "
             "come under pressure') and the French spelling 'Berne' (03 'Berne, for its part, refuses'; the bodies never use Bern for "
             "the city); 'Washington' (01 'Washington's intervention') is the United States. 'the Swiss "
             "government' (01, 02, 06) describes the Federal Council; 'Federal council' (03) is a name of it, the "
             "lower-case 'the federal council' (03) is not keyed. People who must not be merged (must_not_merge): Credit "
             "Suisse's chairman Axel Lehmann and the analyst Sophie Lehmann ('Mr Lehmann' and 'Ms Lehmann' in the same "
             "article, 02, which says they are not related); the Swiss President Alain Berset and the Socialist "
             "national councillor Julien Berset (03, 'without link of family with the president of the Confederation'). "
             "Acronym: 'CS' (04, German-press style) is Credit Suisse. Descriptions: 'the 167-year-old bank' (01) and 'the country’s second-largest bank' (02) for Credit Suisse; "
             "'the central bank' (01, 02) for the Swiss National Bank; 'the lender's largest shareholder' (01), 'the "
             "largest shareholder' (02), 'the Saudi bank' (01, 04, 06), 'the kingdom's largest lender' and 'the Saudi "
             "lender' (06) for the Saudi National Bank; 'the regulator' (05) for FINMA; 'the big bank' (04) for UBS; 'the "
             "62-year-old Ticinese' (04) for Ermotti; 'the Dutchman' (04) for Hamers; 'the Credit Suisse chairman' (02) "
             "for Axel Lehmann; 'the Saudi chairman' (05) for Al Khudairy. 'Zurich-Oerlikon' (04) is keyed as its own "
             "place (the district of the Hallenstadion). 'the Times' (02, 'told the Times') is the outlet. 'Stoxx' (01) "
             "is the index family. 'US' (02 'The US Federal Reserve') and 'U.S.' (01) are names of the United States. "
             "Adjectives and demonyms (Swiss, Saudi, Saudis, European, Asian, Ticinese) are not keyed. roles: roles stated "
             "in an apposition or title, for information.",
    "entities": [{"name": n, "type": t, "aliases": a} for n, t, a in ents],
    "must_not_merge": must_not_merge,
    "descriptions": [{"entity": e, "descriptions": d} for e, d in descriptions],
    "roles": [{"entity": e, "roles": r} for e, r in roles],
})

# ---------------------------------------------------------------------------------------------- dates
dates = [
    # 01: published Thursday 2023-03-16 (JSON field)
    ["01", "Thursday", "2023-03-16"],
    ["01", "Wednesday", "2023-03-15"],
    ["01", "Wednesday morning", "2023-03-15"],
    ["01", "November", "2022-11"],
    ["01", "2008", "2008"],
    ["01", "Wednesday", "2023-03-15"],
    ["01", "Tuesday", "2023-03-14"],
    ["01", "2022", "2022"],
    ["01", "last week", "2023-03-06/2023-03-12"],
    ["01", "2022", "2022"],
    ["01", "Tuesday", "2023-03-14"],
    ["01", "Wednesday", "2023-03-15"],
    ["01", "Friday", "2023-03-10"],
    ["01", "Sunday", "2023-03-12"],
    ["01", "a year", "P1Y"],
    ["01", "Wednesday", "2023-03-15"],
    ["01", "the weekend", "2023-03-11/2023-03-12"],
    ["01", "next Monday", "2023-03-20"],
    # 02: published Monday 2023-03-20 (meta only)
    ["02", "Sunday", "2023-03-19"],
    ["02", "weekend", "2023-03-18/2023-03-19"],
    ["02", "Friday", "2023-03-17"],
    ["02", "last week", "2023-03-13/2023-03-19"],
    ["02", "Saturday", "2023-03-18"],
    ["02", "Sunday", "2023-03-19"],
    ["02", "last Wednesday", "2023-03-15"],
    ["02", "a decade", "P10Y"],
    ["02", "Sunday", "2023-03-19"],
    ["02", "Monday", "2023-03-20"],
    # 03: published Tuesday 2023-03-21, no date line
    ["03", "Two days", "2023-03-21"],
    ["03", "yesterday", "2023-03-20"],
    ["03", "Sunday evening", "2023-03-19"],
    ["03", "Yesterday", "2023-03-20"],
    ["03", "15 March", "2023-03-15"],
    ["03", "yesterday", "2023-03-20"],
    ["03", "April", "2023-04"],
    ["03", "11 to 13 April", "2023-04-11/2023-04-13"],
    ["03", "2008", "2008"],
    ["03", "4 April", "2023-04-04"],
    ["03", "twenty years", "P20Y"],
    ["03", "2001", "2001"],
    ["03", "14 March", "2023-03-14"],
    ["03", "five days later", "2023-03-19"],
    # 04: published Thursday 2023-03-30 (visible date line, day.month.year)
    ["04", "Ten days", "2023-03-29"],
    ["04", "yesterday", "2023-03-29"],
    ["04", "2011 to 2020", "2011/2020"],
    ["04", "5 April", "2023-04-05"],
    ["04", "next Wednesday", "2023-04-05"],
    ["04", "2021", "2021"],
    ["04", "18 and 19 March", "2023-03-18/2023-03-19"],
    ["04", "next Tuesday", "2023-04-04"],
    ["04", "Monday", "2023-03-27"],
    ["04", "15 March", "2023-03-15"],
    ["04", "11 April", "2023-04-11"],
    # 05: published Wednesday 2023-04-05, no date line
    ["05", "yesterday", "2023-04-04"],
    ["05", "weekend", "2023-03-18/2023-03-19"],
    ["05", "March 19", "2023-03-19"],
    ["05", "weekend", "2023-03-18/2023-03-19"],
    ["05", "Sunday", "2023-03-19"],
    ["05", "March 15", "2023-03-15"],
    ["05", "nine days ago", "2023-03-27"],
    ["05", "the following day", "2023-03-16"],
    ["05", "a week", "P1W"],
    ["05", "The day after", "2023-03-20"],
    ["05", "July 2022", "2022-07"],
    ["05", "today", "2023-04-05"],
    ["05", "last week", "2023-03-27/2023-04-02"],
    ["05", "2011 to 2020", "2011/2020"],
    ["05", "Monday morning", "2023-03-20"],
    ["05", "next year", "2024"],
    # 06: published Tuesday 2023-03-28 (visible date line)
    ["06", "yesterday", "2023-03-27"],
    ["06", "two weeks", "P2W"],
    ["06", "2021", "2021"],
    ["06", "Earlier this month", "2023-03"],
    ["06", "March 15", "2023-03-15"],
    ["06", "the same day", "2023-03-15"],
    ["06", "Four days later", "2023-03-19"],
    ["06", "Sunday", "2023-03-19"],
    ["06", "last November", "2022-11"],
    ["06", "March 20", "2023-03-20"],
    ["06", "Sunday", "2023-03-26"],
    ["06", "yesterday", "2023-03-27"],
    ["06", "two years", "P2Y"],
    ["06", "one week", "P1W"],
    ["06", "last week", "2023-03-20/2023-03-26"],
    ["06", "March 15", "2023-03-15"],
    ["06", "30 years", "P30Y"],
    ["06", "next Sunday", "2023-04-02"],
    ["06", "next month", "2023-04"],
]
dump('dates.json', {
    "about": "Answer key for date normalisation on corpus-n/articles, same conventions as corpus-c..j: document id prefix, "
             "the expression as written (the first occurrence not yet matched, in text order; a system expression that "
             "contains the key text matches, so 'Thursday' in 01 also matches 'early on Thursday', 'Wednesday' matches "
             "'Late on Wednesday', 'weekend' matches 'a single weekend' or 'the weekend of the rescue', 'March 19' "
             "matches 'Sunday, March 19', 'two weeks' matches 'less than two weeks', 'a week' matches 'less than a week', "
             "'30 years' matches 'more than 30 years'), its absolute value. Weeks run Monday to Sunday; a weekend is its "
             "Saturday and Sunday. Date lines ('30.03.2023, 05:45 o'clock' in 04, day.month.year; '28 Mar 2023 | Updated "
             "4:20 PM GST' in 06), datelines, captions ('Sunday evening' in 02's, 'Monday' in 03's, 'in the year 2019' "
             "in 04's, 'earlier this month' in 06's), headlines, the newsletter lines ('every Wednesday', 'Sunday to "
             "Thursday') and 05's duplicated lead are not keyed. Clock times ('shortly before 8pm' in 02) are not keyed. "
             "Vague or anaphoric expressions ('at the start of the week' (01), 'days of pressure' (02), 'in a weekend' "
             "(03, twice, generic or inside a quote), 'Wednesday last' (03, keyed through its '15 March'), 'three or "
             "four years' and 'in the autumn' (04), 'years', 'before the end of the month' (05), 'the first trading day of the week', 'over years', 'first-quarter' (06)) and ages ('the 167-year-old bank', 'the "
             "62-year-old Ticinese') are not keyed; 01's 'in the last three months of 2022' is keyed by its year only. "
             "Relative dates: 01 (written Thursday 16 March 2023) 'early on Thursday' 16 March, 'on Wednesday' (four "
             "times) and 'Wednesday morning' 15 March, 'on Tuesday' (twice) 14 March, 'last week' 6-12 March (the "
             "delayed annual report), 'on Friday' 10 March (Silicon Valley Bank) and 'on Sunday' 12 March (the US "
             "deposit guarantee: the FIRST of the story's Sundays), 'since the weekend' 11-12 March, 'next Monday' 20 "
             "March, 'in November' November 2022, 'a year' a duration. 02 (Monday 20 March): 'on Sunday' (three times) 19 "
             "March (the SECOND Sunday, the takeover), 'over a single weekend' 18-19 March, 'on Friday' 17 March, 'the end "
             "of last week' 13-19 March, 'On Saturday' 18 March, 'last Wednesday' 15 March, 'on Monday' 20 March, 'for a "
             "decade' a duration. 03 (Tuesday 21 March, no date line): 'Two days after the announcement' of the takeover "
             "is keyed by 'Two days' as 21 March (a date, not a duration), 'yesterday' (three times, one capitalised) 20 "
             "March, 'Sunday evening' 19 March, 'the 15 March' 2023, 'in April' April 2023, 'from 11 to 13 April' a range, "
             "'the 4 April' 2023 (the AGM), 'the 14 March' 2023, 'five days later' 19 March (five days after 14 March), "
             "'twenty years' a duration (inside a quote), '2001', '2008' years. 04 (Thursday 30 March): 'Ten days after "
             "the emergency takeover' is keyed by 'Ten days' as 29 March (the day UBS changed its chief), 'yesterday "
             "Wednesday' 29 March, 'on 5 April, thus next Wednesday' 5 April (both keyed), 'the weekend of 18 and 19 "
             "March' a range, 'next Tuesday' 4 April (the AGM), 'On Monday' 27 March (Al Khudairy's resignation), 'of 15 "
             "March' 2023, 'from 11 April' 11 April, 'from 2011 to 2020' a period of years, 'Since 2021'. 05 (Wednesday 5 "
             "April, no date line): 'yesterday' 4 April (the AGM), 'the weekend of the rescue' and 'that weekend' 18-19 "
             "March, 'Sunday, March 19' and 'that Sunday' 19 March, 'March 15', 'nine days ago' 27 March, 'the following "
             "day' 16 March (the day after 15 March), 'The day after the takeover' 20 March, 'July 2022', 'today' 5 "
             "April, 'last week' 27 March-2 April, 'Monday morning' 20 March and 'next year' 2024 (both inside Stern's "
             "quote). 06 (Tuesday 28 March): 'yesterday' (twice) 27 March, 'March 15' (twice), 'Earlier this "
             "month' March 2023, 'the same day' 15 March (the day of the interview), 'Four days later, on Sunday' 19 "
             "March (both parts keyed), 'last November' November 2022, 'March 20', 'on Sunday' 26 March (the "
             "Riyadh trading day: a THIRD Sunday, not the takeover's), 'last week' 20-26 March, 'next Sunday' 2 April (Al-Ghamdi's first "
             "board meeting: a fourth Sunday, a working day in Saudi Arabia), 'next month' April 2023; "
             "'less than two weeks', 'For two years', 'In one week', 'more than 30 years' are durations. Publication "
             "dates used: 01 2023-03-16, 02 2023-03-20, 03 2023-03-21, 04 2023-03-30, 05 2023-04-05, 06 2023-03-28 (see "
             "publication.json).",
    "dates": dates,
})

# ---------------------------------------------------------------------------------------------- publication
dump('publication.json', {
    "about": "True publication date of each document (the one the author had in mind) and whether the input states it "
             "(metadata, JSON field or a visible date line). window: the span a careful reader can prove from the text alone "
             "(plus event dates the other articles give); the engine's published.earliest..latest should contain 'date'.",
    "published": [
        {"doc": "01", "date": "2023-03-16", "stated": True,
         "how": "JSONL published field 2023-03-16T06:10:00Z", "window": ["2023-03-16", "2023-03-16"]},
        {"doc": "02", "date": "2023-03-20", "stated": True,
         "how": "meta article:published_time and JSON-LD datePublished 2023-03-20T05:30:00+00:00 (no visible date; the "
                "takeover 'on Sunday' (19 March per 05) is past, markets open 'on Monday')",
         "window": ["2023-03-20", "2023-03-20"]},
        {"doc": "03", "date": "2023-03-21", "stated": False,
         "how": "none: 'Two days after the announcement of the takeover' (Sunday 19 March per 05/06), the shares fell "
                "'Yesterday' (Monday 20 March per 05 'The day after the takeover'), the ordinance was adopted 'Sunday "
                "evening', 'the 15 March' was 'Wednesday last': Tuesday 21 March",
         "window": ["2023-03-21", "2023-03-21"]},
        {"doc": "04", "date": "2023-03-30", "stated": True,
         "how": "visible date line '30.03.2023, 05:45 o'clock' (German day.month.year order)",
         "window": ["2023-03-30", "2023-03-30"]},
        {"doc": "05", "date": "2023-04-05", "stated": False,
         "how": "none: the last AGM was held 'yesterday' (4 April per 03 'the 4 April' and 04 'next Tuesday'), and "
                "Ermotti 'returns as chief executive today' (5 April per 04); the Saudi chairman resigned 'nine days "
                "ago' (27 March per 04/06): Wednesday 5 April",
         "window": ["2023-04-05", "2023-04-05"]},
        {"doc": "06", "date": "2023-03-28", "stated": True,
         "how": "visible date line '28 Mar 2023 | Updated 4:20 PM GST'", "window": ["2023-03-28", "2023-03-28"]},
    ],
})

# ---------------------------------------------------------------------------------------------- timeline
ev = []
event = recorder(ev)


event("Silicon Valley Bank collapses in California", "2023-03-10", ["01"],
      ["silicon valley bank", "silicon-valley-bank", "collapse"])
event("US authorities guarantee all of Silicon Valley Bank's deposits", "2023-03-12", ["01"],
      ["guarantee all of its deposits", "deposits", "u.s. authorities", "united-states"],
      note="the first Sunday of the story (12 March); the takeover is the second (19 March)")
event("Credit Suisse publishes its 2022 annual report, reporting material weaknesses in its controls", "2023-03-14",
      ["01", "03"], ["annual report", "material weaknesses", "published", "solidity"],
      note="03 'which assured to have the solidity necessary the 14 March still'")
event("Saudi National Bank chairman Ammar Al Khudairy rules out more money; Credit Suisse shares fall 24% (as much as "
      "30% during the day)", "2023-03-15", ["01", "02", "03", "04", "05", "06"],
      ["saudi national bank", "saudi-national-bank", "khudairy", "ammar-al-khudairy", "interview", "fell", "dropped",
       "rout", "24%", "more money"],
      note="the first of two share-price falls; the second is on 20 March (55%, 'more than half')")
event("The SNB and FINMA say Credit Suisse meets capital and liquidity requirements and offer liquidity if needed",
      "2023-03-15", ["01"], ["joint statement", "finma", "swiss-financial-market-supervisory-authority", "if necessary",
                              "requirements"])
event("Credit Suisse says it will borrow up to 50 billion francs from the Swiss National Bank", "2023-03-16",
      ["01", "05"], ["borrow", "50 billion", "swiss-national-bank", "loan", "liquidity facility"],
      note="01 'early on Thursday'; 05 'the following day' (after 15 March); 02 dates it only by 'then'")
event("UBS offers about 1 billion francs for Credit Suisse", "2023-03-18", ["02"],
      ["offered", "1 billion", "offer"])
event("UBS agrees to take over Credit Suisse for 3 billion francs under an emergency ordinance, with a federal "
      "guarantee and liquidity support", "2023-03-19", ["02", "03", "05", "06"],
      ["takeover", "take over", "buy", "agreed", "agree", "rescue", "ordinance", "emergency law"],
      note="02 'on Sunday'; 03 'Sunday evening' (the ordinance) and 'five days later'; 05 'the same Sunday, March 19'; "
           "06 'Four days later, on Sunday'; 04 only 'the weekend of 18 and 19 March'")
event("FINMA orders Credit Suisse's AT1 bonds (about 16 billion francs) written down to zero", "2023-03-19",
      ["02", "05"], ["at1", "additional-tier-one", "additional tier one", "written down", "written off", "write-down",
                     "wiped"],
      note="02 'On Sunday they learnt' (Sophie Lehmann) and the takeover day; 05 'on the same Sunday, March 19'; 03 "
           "reports the write-off without a date of its own")
event("Credit Suisse shares lose about 55% on the first trading day after the takeover", "2023-03-20", ["03", "05"],
      ["lost", "55%", "more than half", "fell", "shares", "action"],
      note="the second share-price fall, to keep apart from 15 March")
event("FINMA director Urban Angehrn defends the AT1 write-down at a press conference with Thomas Jordan", "2023-03-20",
      ["03"], ["angehrn", "urban-angehrn", "press conference", "contracts", "viability"])
event("The European Central Bank and the Bank of England say shareholders absorb losses before AT1 holders",
      "2023-03-20", ["03"], ["european central bank", "european-central-bank", "bank of england", "bank-of-england",
                             "recalled"])
event("Ammar Al Khudairy resigns as chairman of the Saudi National Bank", "2023-03-27", ["04", "05", "06"],
      ["resign", "personal reasons", "steps down", "al-ghamdi", "saeed-mohammed-al-ghamdi"])
event("UBS announces that Sergio Ermotti returns as chief executive, replacing Ralph Hamers", "2023-03-29", ["04"],
      ["ermotti", "sergio-ermotti", "hamers", "appointment", "returns", "announced"],
      note="05 dates the announcement only as 'last week'")
event("Last annual general meeting of Credit Suisse in Zurich; Lehmann apologises", "2023-04-04", ["03", "04", "05"],
      ["general meeting", "general assembly", "agm", "sorry", "hallenstadion", "apolog"],
      note="03 ('the 4 April') and 04 ('next Tuesday') announce it; 05 reports it ('yesterday')")
event("Sergio Ermotti takes office as UBS chief executive", "2023-04-05", ["04", "05"],
      ["ermotti", "sergio-ermotti", "takes up his office", "returns", "office"],
      note="04 'on 5 April, thus next Wednesday'; 05 'today'")
dump('timeline.json', {
    "about": "Real-world events the articles report, with date (day), until for multi-day events, the documents that report "
             "each (with a date the reader can resolve), and words by which a system event is recognised (title, trigger "
             "or participant entity ids). Events that must stay apart: the two Sundays (12 March: the US guarantee of "
             "Silicon Valley Bank's deposits, 01; 19 March: the takeover, 02/03/05/06), and 06's Riyadh trading Sunday "
             "(26 March, not an event) and coming board meeting ('next Sunday', 2 April, future); the two weekends (11-12 March in 01's 'since the weekend'; 18-19 March, the "
             "rescue weekend); the two share-price falls (15 March, 24% at the close and as much as 30% during the day; "
             "20 March, 55% or 'more than half'); UBS's offer of Saturday 18 March against the agreement of Sunday 19 "
             "March; the announcement of Ermotti's return (29 March) against his taking office (5 April). Not keyed: "
             "future or expected events (the extraordinary session of Parliament from 11 to 13 April in 03/04, the "
             "lawsuits 'before the end of the month' in 05, the Saudi bank's results 'next month' in 06), events dated "
             "only by week, month or season (the delayed annual report 'last week' in 01, the Saudi stake bought 'in "
             "November' / 'in the autumn', Körner taking over in July 2022, Keller-Sutter's statement 'last week' in 06), "
             "past years (2008, 2021), Körner's and Lehmann's remarks at conferences on 14-15 March (01) folded into the "
             "keyed days, the Saudi bank's statement of 20 March (06), Al Khudairy's forum remarks 'Earlier this month' (06), the flat Riyadh session of Sunday 26 March and "
             "the 1% fall of 27 March (06), and the Fed's swap-line announcement (02, undated, on 19 March).",
    "events": ev,
})

# ---------------------------------------------------------------------------------------------- quotes
quotes = [
    ["01", "This money gives us the room", "direct", KS],
    ["01", "his bank would not put more money", "indirect", AK],
    ["01", "We will not go further", "direct", AK],
    ["01", "regulatory and statutory rules kept the Saudi bank", "indirect", AK],
    ["01", "It is a confidence problem", "direct", "Laura Bianchi"],
    ["01", "The market wanted to hear", "direct", "Laura Bianchi"],
    ["01", "if necessary", "partial", [SNB, FIN, None]],
    ["01", "there were no signs of a direct risk of contagion", "indirect", [SNB, FIN, None]],
    ["01", "material weaknesses", "partial", [CS, None]],
    ["01", "not yet reversed", "partial", KS],
    ["01", "not on the table", "partial", LE],
    ["01", "the finance ministry, the SNB and FINMA had been in contact", "indirect", [None]],
    ["01", "The 50 billion", "direct", "Laura Bianchi"],
    ["01", "buys time, not trust", "direct", "Laura Bianchi"],
    ["01", "would want to see a lasting solution", "indirect", "Laura Bianchi"],

    ["02", "An uncontrolled collapse of Credit Suisse", "direct", "Alain Berset"],
    ["02", "a commercial solution, not a bailout", "partial", KK],
    ["02", "the state guarantee, she conceded", "indirect", KK],
    ["02", "Let us be clear", "direct", "Colm Kelleher"],
    ["02", "The combined bank would shrink", "indirect", "Colm Kelleher"],
    ["02", "the takeover was the best way", "indirect", "Thomas Jordan"],
    ["02", "a sad day", "partial", LE],
    ["02", "the bank had run out of time", "indirect", LE],
    ["02", "We were rebuilding", "direct", LE],
    ["02", "UBS had offered about 1 billion francs", "indirect", [None]],
    ["02", "the wipeout of the AT1 bonds would be felt", "indirect", "Sophie Lehmann"],
    ["02", "Investors were told for a decade", "direct", "Sophie Lehmann"],
    ["02", "they would increase the frequency", "indirect", ["Federal Reserve", None]],

    ["03", "expropriation", "partial", [None]],
    ["03", "The contracts of these instruments", "direct", "Urban Angehrn"],
    ["03", "The federal ordinance adopted Sunday evening", "indirect", "Urban Angehrn"],
    ["03", "We have not saved a bank", "direct", KK],
    ["03", "The alternative,", "direct", KK],
    ["03", "would have been a bankruptcy", "direct", KK],
    ["03", "the taxpayer takes a risk", "indirect", KK],
    ["03", "no other choice", "partial", "Alain Berset"],
    ["03", "on their territories, the shareholders absorb", "indirect", ["European Central Bank", "Bank of England"]],
    ["03", "The order of the creditors exists", "direct", "Claire Dufaux"],
    ["03", "the lawyers of the holders will attack", "indirect", "Claire Dufaux"],
    ["03", "I have lost the savings", "direct", [None]],

    ["04", "The integration of Credit Suisse is the biggest task", "direct", "Colm Kelleher"],
    ["04", "I have not hesitated one second", "direct", ER],
    ["04", "Switzerland needs a strong UBS", "direct", ER],
    ["04", "The bank will take up to three or four years", "indirect", ER],
    ["04", "one has had to choose between bad and very bad", "indirect", KK],
    ["04", "for personal reasons", "partial", [AK, SAU, None]],
    ["04", "the Saudi bank will not inject fresh money", "indirect", AK],
    ["04", "The appointment of Ermotti is a signal", "direct", "Markus Vogel"],
    ["04", "The too-big-to-fail rules have failed", "direct", "Markus Vogel"],

    ["05", "I am sorry", "direct", LE],
    ["05", "gamblers with other people's money", "partial", [None]],
    ["05", "a very emotional time", "partial", KS],
    ["05", "it had been clear since the weekend", "indirect", KS],
    ["05", "Nobody disputes that these instruments", "direct", "Rachel Stern"],
    ["05", "they will file suits", "indirect", [None]],
    ["05", "she expected the case to take years", "indirect", "Rachel Stern"],
    ["05", "the contracts allowed a full write-down", "indirect", FIN],
    ["05", "his bank would not invest more", "indirect", AK],
    ["05", "The Swiss wanted a deal", "direct", "Rachel Stern"],
    ["05", "The price of that speed", "direct", "Rachel Stern"],

    ["06", "personal reasons", "partial", [SAU, None]],
    ["06", "it would not, pointing to regulatory limits", "indirect", AK],
    ["06", "Credit Suisse did not need extra money", "indirect", AK],
    ["06", "He was asked a regulatory question", "direct", [None]],
    ["06", "The market heard what it wanted", "direct", [None]],
    ["06", "limited", "partial", [SAU, None]],
    ["06", "the exposure amounted to less than", "indirect", "Nadia Haddad"],
    ["06", "The real damage is reputational", "direct", "Nadia Haddad"],
    ["06", "For two years the kingdom", "direct", "Nadia Haddad"],
    ["06", "no single shareholder was responsible", "indirect", KK],
]
dump('quotes.json', {
    "about": "Answer key for quotations on corpus-n/articles, same conventions as corpus-c..j: document id prefix, the first "
             "words of the quoted or reported content, kind, and the speaker's canonical name (null: the text does not "
             "name one; a list: any of these is right, and a list containing null also accepts no speaker). A quote "
             "interrupted by its attribution (01 Bianchi '\"The 50 billion,\" Bianchi said, \"buys time, not trust.\"', "
             "03 Keller-Sutter '« The alternative, » she has added, « would have been ... »') or continued without one "
             "(01 Bianchi's 'The market wanted to hear', 04 Ermotti's 'Switzerland needs a strong UBS', 04 Vogel's 'The "
             "too-big-to-fail rules', 05 Stern's 'The price of that speed', 06 'The market heard', 06 Haddad's 'For two "
             "years') is keyed once per piece. A reported clause with quoted words in it (01 the SNB/FINMA statement's "
             "'\"if necessary\"', 01 Credit Suisse's '\"material weaknesses\"', 01 Körner's '\"not yet reversed\"', 01 "
             "Lehmann's '\"not on the table\"', 02 Keller Sutter's 'told reporters that this was \"a commercial solution, "
             "not a bailout\"', 03 Berset's '« no other choice »', 05 Koerner's '\"a very emotional time\"', 06 the "
             "Saudi bank's '\"limited\"') is keyed as the partial quote; where the rest of the clause carries on after the "
             "quoted words it is keyed too (05 'and that it had been clear since the weekend'). 'He said:' (02 Kelleher, "
             "after 'UBS chairman Colm Kelleher was blunt'); inverted attributions: 02 'said Alain Berset', 01 'said "
             "Laura Bianchi', 05 'said Rachel Stern', 04 'said Ermotti', 04 'says Markus Vogel', and the "
             "machine-translated '», has declared yesterday the director of the FINMA, Urban Angehrn', '», has "
             "affirmed the federal councillor Karin Keller-Sutter', '», estimates Claire Dufaux', '», has declared the UBS "
             "president Colm Kelleher', '», has confided to us a retired of Vevey' (null); 'told the Times' (02 Sophie "
             "Lehmann), 'told reporters' (02 Keller Sutter), 'told some 1,700 shareholders' (05 Lehmann). Speakers only "
             "by pronoun or role: 01 '\" he said' (Al Khudairy), 01 'Investors, she added, would want' (Bianchi), 02 "
             "'she conceded' and 'he said' (Kelleher), 03 'according to him' (Angehrn) and 'According to her' "
             "(Dufaux), 04 'he estimated' (Ermotti), 05 'According to the regulator' (FINMA), 06 'one of them said' "
             "(people close to the Saudi bank: null). Reported speech 'X said that ...' throughout; 02 'Mr Lehmann "
             "said' (Axel) against 'Ms Lehmann said' (Sophie) in the same article. Two institutions together: 01 'the "
             "SNB and ... FINMA said in a joint statement' (either or none), 03 'The European Central Bank and the Bank of "
             "England have recalled' (either). Unnamed sources: 01 'people familiar with the discussions said', 02 "
             "'according to people briefed on the talks', 03 the investors' « expropriation », 05 'One retired engineer "
             "called the board \"gamblers ...\"', 05 'Lawyers for a group of holders say' (null). Quotation marks: "
             "straight double quotes (01, 05, 06), curly quotes (02), spaced guillemets (03) and unspaced guillemets "
             "(04). Not keyed: 03 'Several funds have announced that they will study' and 'the UDC wants to forbid the "
             "banks « too big to fail »' (a term in guillemets, not speech), 'Berne ... refuses to speak of a repeat of "
             "2008', 04 'The government wants to avoid' and 'He expects hard discussions' (no verb of speech), 05 "
             "'which finance minister Karin Keller-Sutter has called a risk the state had to take' (a relative clause "
             "naming, not quoting) and 'Finma has defended its decision', 06 'has not commented', announcements of "
             "acts ('UBS agreed', 'The bank has announced yesterday', 'named ... as chairman'), headlines, captions, "
             "standfirsts and 05's duplicated lead.",
    "quotes": quotes,
})

# ---------------------------------------------------------------------------------------------- claims
claims = [
    {"id": "saudi-refusal",
     "text": "On 15 March the Saudi National Bank's chairman Ammar Al Khudairy said the bank would not put more money into "
             "Credit Suisse",
     "docs": ["01", "02", "03", "04", "05", "06"],
     "anchors": {
         "01": "said in a television interview that his bank would not put more money into Credit Suisse",
         "02": "ruled out putting in more money",
         "03": "who had excluded to increase the participation of his establishment",
         "04": "His statement of 15 March that the Saudi bank will not inject fresh money",
         "05": "said his bank would not invest more",
         "06": "Al-Khudairy said it would not, pointing to regulatory limits"},
     "contradiction": None},
    {"id": "fall-24",
     "text": "Credit Suisse shares fell 24% on 15 March",
     "docs": ["01", "03", "05"],
     "anchors": {
         "01": "closed 24% lower at 1.70 francs",
         "03": "had already dropped of 24%",
         "05": "shares fell 24% after Ammar Al Khudairy"},
     "contradiction": None,
     "note": "'almost a quarter' (01) is the same fall; 'as much as 30%' (01, 06) is the intraday low; the 55% fall "
             "(03) is 20 March"},
    {"id": "fall-30-intraday",
     "text": "Credit Suisse shares fell as much as 30% during the day on 15 March",
     "docs": ["01", "06"],
     "anchors": {
         "01": "fell as much as 30% during the session",
         "06": "fell by as much as 30 percent the same day"},
     "contradiction": None},
    {"id": "saudi-stake",
     "text": "The Saudi National Bank owns 9.9% of Credit Suisse, below a 10% limit",
     "docs": ["01", "04", "06"],
     "anchors": {
         "01": "It owns 9.9%",
         "04": "acquired only in the autumn 9.9 percent of the bank",
         "06": "with a 9.9 percent stake"},
     "contradiction": None,
     "note": "the 10% limit is a threshold, not the stake"},
    {"id": "saudi-cost",
     "text": "The Saudi National Bank paid about 1.5 billion francs for its stake in November 2022",
     "docs": ["01", "06"],
     "anchors": {
         "01": "bought for about 1.5 billion francs in a capital increase in November",
         "06": "paid about 1.5 billion Swiss francs for its stake last November"},
     "contradiction": None},
    {"id": "snb-loan",
     "text": "Credit Suisse borrowed up to 50 billion francs from the Swiss National Bank (16 March)",
     "docs": ["01", "02", "05"],
     "anchors": {
         "01": "it would borrow up to 50 billion Swiss francs",
         "02": "the 50 billion francs the bank then borrowed from the central bank",
         "05": "The 50 billion francs Credit Suisse borrowed from the Swiss National Bank"},
     "contradiction": None,
     "note": "01's '$54 billion' is the same sum in dollars"},
    {"id": "takeover-price",
     "text": "UBS is taking over Credit Suisse for 3 billion francs in shares",
     "docs": ["02", "03", "04"],
     "anchors": {
         "02": "UBS agreed on Sunday to buy Credit Suisse for 3 billion Swiss francs in shares",
         "03": "the shareholders will receive 3 milliards of francs in shares of UBS",
         "04": "forced through the takeover for 3 billions of francs"},
     "contradiction": {
         "docs": ["05"],
         "anchors": {"05": "UBS paid 2 billion francs for the whole bank"},
         "aspect": "number",
         "detail": "05 puts the price UBS paid at 2 billion francs against 3 billion francs in 02/03/04 (about $3.25 "
                   "billion in 02, 0.76 franc a share in 02/03/06)"}},
    {"id": "price-per-share",
     "text": "Credit Suisse shareholders receive the equivalent of 0.76 franc a share",
     "docs": ["02", "03", "06"],
     "anchors": {
         "02": "values each Credit Suisse share at 0.76 francs",
         "03": "the price of 0,76 franc per action offered by UBS",
         "06": "the equivalent of 0.76 franc a share"},
     "contradiction": None,
     "note": "03's '0,86 franc' is Monday's closing price, 02's 1.86 francs Friday's close, 01's 1.70 francs the close "
             "of 15 March, 06's 3.82 francs the Saudi bank's purchase price"},
    {"id": "at1",
     "text": "About 16 billion francs ($17 billion) of Credit Suisse AT1 bonds were written down to zero",
     "docs": ["02", "03", "05"],
     "anchors": {
         "02": "bonds with a face value of about 16 billion francs",
         "03": "of a nominal value of some 16 milliards of francs",
         "05": "About $17 billion of AT1 bonds"},
     "contradiction": None,
     "note": "16 billion francs and $17 billion are the same sum (02 gives both)"},
    {"id": "guarantee",
     "text": "The Confederation guarantees up to 9 billion francs of losses for UBS",
     "docs": ["02", "03", "04", "05"],
     "anchors": {
         "02": "The Confederation will guarantee up to 9 billion francs of losses",
         "03": "It grants to UBS a guarantee of 9 milliards of francs",
         "04": "The Confederation guarantees losses up to 9 billions of francs",
         "05": "The federal guarantee of 9 billion francs on UBS's losses"},
     "contradiction": None,
     "note": "UBS bears the first 5 billion (02) before the guarantee applies"},
    {"id": "liquidity",
     "text": "The Swiss National Bank makes up to 100 billion francs of liquidity available, plus 100 billion more "
             "backed by the Confederation (200 billion in all)",
     "docs": ["02", "03", "04"],
     "anchors": {
         "02": "The Swiss National Bank will make up to 100 billion francs of liquidity available",
         "03": "the BNS puts at disposition liquidities of 100 milliards of francs",
         "04": "the SNB stands behind the new bank with liquidity in the amount of up to 200 billions"},
     "contradiction": None,
     "note": "04's 200 billion is the total of the two 100-billion lines; 05's 'state-backed liquidity of up to 100 "
             "billion francs' is the second line alone; the 109 billion francs of credits (03, 04) are the 100 billion "
             "plus the 9 billion guarantee"},
    {"id": "emergency-law",
     "text": "The government used emergency law so that no shareholder vote on the takeover was needed",
     "docs": ["02", "03", "04"],
     "anchors": {
         "02": "The government used emergency law to let the deal go ahead without a vote",
         "03": "The Confederation has taken the emergency law in order to allow the operation without consulting",
         "04": "A vote on the merger is not foreseen"},
     "contradiction": None},
    {"id": "monday-fall",
     "text": "On Monday 20 March Credit Suisse shares lost more than half of their value (55%)",
     "docs": ["03", "05"],
     "anchors": {
         "03": "the action Credit Suisse has lost 55%",
         "05": "the shares lost more than half of their remaining value"},
     "contradiction": None,
     "note": "55% and 'more than half' agree; UBS's 16% fall at the opening (03) is another share"},
    {"id": "credits-109",
     "text": "Parliament is asked to approve credits of 109 billion francs",
     "docs": ["03", "04"],
     "anchors": {
         "03": "the credits of engagement of 109 milliards of francs",
         "04": "credits of 109 billions of francs"},
     "contradiction": None,
     "note": "01's outflows of 'more than 110 billion francs' in late 2022 are another quantity"},
    {"id": "inquiry",
     "text": "The Social Democrats demand a parliamentary commission of inquiry",
     "docs": ["03", "04"],
     "anchors": {
         "03": "demands a commission of parliamentary inquiry",
         "04": "demand a parliamentary investigation commission"},
     "contradiction": None},
    {"id": "last-agm",
     "text": "Credit Suisse's last annual general meeting is held on 4 April in Zurich",
     "docs": ["03", "04", "05"],
     "anchors": {
         "03": "the general assembly of Credit Suisse, the 4 April in Zurich",
         "04": "At the last general assembly, which takes place in the Hallenstadion",
         "05": "Credit Suisse held its last annual general meeting yesterday"},
     "contradiction": None},
    {"id": "khudairy-resigns",
     "text": "Ammar Al Khudairy resigned as chairman of the Saudi National Bank on 27 March, for personal reasons",
     "docs": ["04", "05", "06"],
     "anchors": {
         "04": "Ammar Al Khudairy, has resigned",
         "05": "the Saudi chairman resigned nine days ago",
         "06": "Ammar Al-Khudairy has resigned as chairman of the Saudi National Bank"},
     "contradiction": None},
    {"id": "ermotti-returns",
     "text": "Sergio Ermotti returns as UBS chief executive (taking office on 5 April)",
     "docs": ["04", "05"],
     "anchors": {
         "04": "Sergio Ermotti returns as chief executive officer",
         "05": "Sergio Ermotti returns as chief executive today"},
     "contradiction": None},
    {"id": "ermotti-before",
     "text": "Ermotti ran UBS from 2011 to 2020",
     "docs": ["04", "05"],
     "anchors": {
         "04": "who had led UBS already from 2011 to 2020",
         "05": "Ermotti ran UBS from 2011 to 2020"},
     "contradiction": None},
]
dump('claims.json', {
    "about": "Checkable claims made by two or more sources on corpus-n/articles: short text, the documents asserting it "
             "(with an anchor: words of the asserting sentence in each document's cleaned text), and any contradiction "
             "(documents that disagree, aspect, detail). Only one contradiction is intended (the takeover price: 'UBS "
             "paid 2 billion francs for the whole bank' in 05 against 3 billion francs in 02/03/04); every other "
             "contradiction is a false alarm, in particular: 3 billion francs against 'about $3.25 billion' (02, the same "
             "price in dollars), against the 'up to 3 billion francs of its own debt' Credit Suisse offered to buy back "
             "(01), UBS's Saturday offer of 'about 1 billion francs' (02) and the market value of 'about 7.4 billion "
             "francs' (02); 0.76 franc a share against the closing prices 0.86 (03, 20 March), 1.86 (02, 17 March) and "
             "1.70 (01, 15 March) and the Saudi bank's purchase price of 3.82 francs (06); 16 billion francs against $17 "
             "billion of AT1 bonds (02, 03, 05: the same sum); the 9 billion guarantee against UBS's first 5 billion "
             "(02); 100 billion plus 100 billion of liquidity (02, 03) against 'up to 200 billions' (04, the total) and "
             "'state-backed liquidity of up to 100 billion francs' (05, the second line alone), the 109 billion francs "
             "of credits (03, 04) and the outflows of 'more than 110 billion francs' (01); the 50 billion franc loan "
             "against '$54 billion' (01); the 24% fall at the close (01, 03, 05) against 'as much as 30%' during the day "
             "(01, 06) and 'almost a quarter' (01); the fall of 15 March against the fall of 20 March (55% in 03, 'more "
             "than half' in 05), UBS's 16% fall at the opening (03) and the Stoxx bank index's 7% (01); the 9.9% stake "
             "against the 10% limit (01, 06); Credit Suisse's 50,000 employees against 'about 120,000' for both banks "
             "(04) and UBS's 'about 72,000' (05); the Qatar Investment Authority's 'almost 7 percent', the Olayan "
             "Group's 'about 5 percent', the 80% loss and the 0.5% of assets (06); 1,700 shareholders (05); the Sundays "
             "of 12, 19 and 26 March; the AGM of 4 April announced (03, 04) and reported (05); Ermotti's appointment "
             "(29 March) against his first day (5 April); ages and durations ('the 167-year-old bank', 'the 62-year-old "
             "Ticinese', 'for a decade', 'twenty years'). Framing differs on purpose (01 neutral wire; 02 London "
             "financial daily, 'state-brokered rescue'; 03 French-language Swiss daily, machine-translated, bondholders' "
             "« spoliation » and the political fallout; 04 German-language Zurich daily, machine-translated, Ermotti as "
             "'crisis manager'; 05 bond investors' newsletter hostile to the write-down; 06 Gulf business outlet "
             "defending the Saudi bank, 'taken out of context') without contradicting. single_source lists claims only "
             "one document makes, for reference.",
    "claims": claims,
    "single_source": [
        {"doc": "01", "text": "Credit Suisse found material weaknesses in its internal controls (annual report, 14 March)"},
        {"doc": "01", "text": "Clients withdrew more than 110 billion francs in the last quarter of 2022"},
        {"doc": "01", "text": "The SNB and FINMA said Credit Suisse met the requirements for systemically important banks"},
        {"doc": "01", "text": "Credit Suisse offered to buy back up to 3 billion francs of its debt"},
        {"doc": "02", "text": "One UBS share is exchanged for 22.48 Credit Suisse shares"},
        {"doc": "02", "text": "UBS first offered about 1 billion francs on Saturday"},
        {"doc": "02", "text": "UBS absorbs the first 5 billion francs of losses before the federal guarantee"},
        {"doc": "02", "text": "The Fed and five other central banks moved their dollar swap operations to daily"},
        {"doc": "03", "text": "The ECB and the Bank of England said shareholders absorb losses before AT1 holders"},
        {"doc": "03", "text": "Parliament holds an extraordinary session from 11 to 13 April"},
        {"doc": "04", "text": "The combined UBS will have a balance sheet of about 1,600 billion dollars"},
        {"doc": "04", "text": "Credit Suisse withdrew the discharge of the board from the AGM agenda"},
        {"doc": "05", "text": "AT1 holders plan to sue at the Federal Administrative Court in St. Gallen"},
        {"doc": "05", "text": "Lehmann apologised to some 1,700 shareholders at the Hallenstadion"},
        {"doc": "06", "text": "Saeed Mohammed Al-Ghamdi, the Saudi bank's chief executive, becomes its chairman"},
        {"doc": "06", "text": "The Saudi investment lost about 80 percent of its value"},
    ],
})
print('keys written')
