"""Writes the answer keys of corpus-ae (the winding-up of China Evergrande Group, January-March 2024: Madam Justice
Linda Chan's order of Monday 29 January on Top Shine Global's petition of June 2022, the suspension of the shares,
the liquidators of Alvarez & Marsal, the founder Hui Ka Yan / Xu Jiayin under police control since September 2023, the
CSRC's penalties of Monday 18 March 2024 on Hengda Real Estate and on Hui, and Ever Credit's separate petition against
Country Garden of 27 February 2024) into keys/.

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
HUI, LCH, PCH, TW, KW, MID, SIU = "Hui Ka Yan", "Linda Chan", "Paul Chan", "Tiffany Wong", "Kelvin Wong", \
    "Edward Middleton", "Shawn Siu"
IP, DP, ZHAO, TSE, KWOK, LEU = "Imogen Parr", "Daniel Parr", "Zhao Lirong", "Raymond Tse", "Kwok Wing-yan", "Leung"
EVG, HRE, TOP, AM, CSRC, HKEX, PBOC, CG, EC = "China Evergrande Group", "Hengda Real Estate", "Top Shine Global", \
    "Alvarez & Marsal", "China Securities Regulatory Commission", "Hong Kong Exchanges and Clearing", \
    "People's Bank of China", "Country Garden", "Ever Credit"
HC = "High Court"

# ---------------------------------------------------------------------------------------------- entities
ents = [
    (HUI, P, ["Hui Ka Yan", "Hui", "Mr Hui", "Hui Ka-yan", "Xu Jiayin", "Chairman Xu", "Chairman Hui", "Mr Hiu",
              "Mr Hue"]),
    (LCH, P, ["Linda Chan", "Justice Chan", "Linda Chan Ching-fan", "Chan Ching-fan", "Madam Justice Chan"]),
    (PCH, P, ["Paul Chan", "Chan Mo-po"]),
    (TW, P, ["Tiffany Wong", "Ms Wong"]),
    (KW, P, ["Kelvin Wong"]),
    (MID, P, ["Edward Middleton"]),
    (SIU, P, ["Shawn Siu", "Xiao En"]),
    (IP, P, ["Imogen Parr", "Ms Parr"]),
    (DP, P, ["Daniel Parr"]),
    (ZHAO, P, ["Zhao Lirong"]),
    (TSE, P, ["Raymond Tse"]),
    (KWOK, P, ["Kwok Wing-yan"]),
    (LEU, P, ["Leung"]),
    ("Marcus Chan", P, ["Marcus Chan", "Chan"]),

    (EVG, O, ["China Evergrande Group", "Evergrande", "China Evergrande", "China Hengda"]),
    (HRE, O, ["Hengda Real Estate", "Hengda Real Estate Group Co., Ltd"]),
    (TOP, O, ["Top Shine Global", "Top Shine"]),
    (AM, O, ["Alvarez & Marsal"]),
    (HC, O, ["High Court"]),
    (CSRC, O, ["China Securities Regulatory Commission", "CSRC", "Zhengjianhui"]),
    (HKEX, O, ["Hong Kong Exchanges and Clearing", "HKEX", "Hong Kong Exchanges"]),
    (PBOC, O, ["People's Bank of China", "Renmin Yinhang", "PBOC"]),
    (CG, O, ["Country Garden", "Country Garden Holdings"]),
    (EC, O, ["Ever Credit"]),
    ("Kingboard", O, ["Kingboard"]),
    ("Fangchebao", O, ["Fangchebao"]),
    ("Supreme People's Court", O, ["Supreme People's Court"]),
    ("National People's Congress", O, ["National People's Congress"]),
    ("Legislative Council", O, ["Legislative Council"]),
    ("Lantau Institute for Capital Markets", O, ["Lantau Institute for Capital Markets"]),
    ("Huaxia Institute of Real Estate Finance", O, ["Huaxia Institute of Real Estate Finance"]),
    ("Kestrel Centre for China Studies", O, ["Kestrel Centre for China Studies"]),
    ("Tse & Kwok", O, ["Tse & Kwok"]),
    ("Halyard Asset Management", O, ["Halyard Asset Management"]),

    ("Ledger", MD, ["Ledger"]),

    ("Hong Kong", G, ["Hong Kong", "Hong Kong Special Administrative Region", "Special Administrative Region"]),
    ("China", G, ["China"]),
    ("Beijing", G, ["Beijing"]),
    ("Shanghai", G, ["Shanghai"]),
    ("Xiamen", G, ["Xiamen"]),
    ("Shenzhen", G, ["Shenzhen"]),
    ("Guangzhou", G, ["Guangzhou"]),
    ("Guangdong", G, ["Guangdong"]),
    ("London", G, ["London"]),
    ("New York", G, ["New York"]),
    ("Asia", L, ["Asia"]),
]

descriptions = [
    (HUI, ["the 65-year-old", "the founder", "Evergrande's founder", "the group's founder", "a former steelworker"]),
    (LCH, ["a Hong Kong judge", "the judge"]),
    (EVG, ["the developer", "the world's most indebted property developer", "the listed holding company",
           "the group"]),
    (HRE, ["Evergrande's onshore arm", "the group's main onshore company", "the onshore principal subsidiary of China Evergrande Group"]),
    (CSRC, ["the regulator", "China's securities regulator"]),
    (AM, ["the liquidators"]),
    (TOP, ["an investor in one of Evergrande's units", "the creditor Top Shine Global"]),
    (CG, ["once the country's largest developer by sales", "once China's biggest developer by sales"]),
    ("Kingboard", ["the Hong Kong conglomerate Kingboard"]),
    ("China", ["Beijing"]),
]

roles = [
    (HUI, ["founder", "actual controller", "Chairman"]),
    (LCH, ["Justice", "Madam Justice", "Judge"]),
    (PCH, ["the Financial Secretary"]),
    (TW, ["a managing director at Alvarez & Marsal", "the liquidator"]),
    (KW, ["a senior fellow at the Lantau Institute for Capital Markets"]),
    (MID, ["one of the two liquidators"]),
    (SIU, ["the chief executive"]),
    (IP, ["of the Kestrel Centre for China Studies"]),
    (DP, ["an economist at the same centre"]),
    (ZHAO, ["a researcher of the Huaxia Institute of Real Estate Finance"]),
    (TSE, ["a restructuring lawyer at the firm Tse & Kwok"]),
    (KWOK, ["the lawyer"]),
    (LEU, ["a retired man"]),
    ("Marcus Chan", ["a portfolio manager at Halyard Asset Management"]),
]

must_not_merge = [
    [LCH, PCH],
    [TW, KW],
    [IP, DP],
    [EVG, CG],
    [TOP, EC],
    [EVG, HRE],
    [HUI, SIU],
    [LCH, "Marcus Chan"],
    [PCH, "Marcus Chan"],
]

dump('entities.json', {
    "about": "Answer key for entity resolution on corpus-ae/articles (the winding-up of China Evergrande Group: Madam "
             "Justice Linda Chan's order of Monday 29 January 2024 in Hong Kong's High Court on Top Shine Global's "
             "petition of June 2022, the suspension of the shares, the liquidators of Alvarez & Marsal, the founder Hui "
             "Ka Yan (Xu Jiayin in Mandarin) under police control since September 2023, the CSRC's penalties of Monday "
             "18 March 2024 on Hengda Real Estate and on Hui, and Ever Credit's separate petition of 27 February 2024 "
             "against Country Garden), written from reading the articles. Same conventions as corpus-c..ab: canonical "
             "name (a form that occurs in the texts), type, and every surface form that names the entity in the "
             "cleaned texts (headlines, standfirsts, captions, bylines, the dateline 'HONG KONG (Harbour Wire) -', "
             "related links, share bars and other boilerplate excluded). Title+surname forms ('Mr Hui', 'Chairman Xu', "
             "'Chairman Hui', 'Justice Chan', 'Madam Justice Chan', 'Ms Wong', 'Ms Parr') are keyed as aliases; "
             "title+full-name forms ('Justice Linda Chan', 'Madam Justice Linda Chan Ching-fan', 'Judge Chan Ching-fan') "
             "are covered by the full-name alias. Defects on purpose: the founder is 'Hui Ka Yan' (01, 04), the "
             "hyphenated Cantonese 'Hui Ka-yan' (02, 05), the Mandarin pinyin 'Xu Jiayin' (03, 04), the honorific "
             "'Chairman Xu' (03) and 'Chairman Hui' (05), 'Mr Hui' (02, 04) and two misspellings of his surname in one "
             "article, 'Mr Hiu' and 'Mr Hue' (04); the judge is 'Justice Linda Chan' (01), 'Madam Justice Linda Chan "
             "Ching-fan' and 'Justice Chan' (02), 'Linda Chan' and 'Justice Chan' (04), 'Judge Chan Ching-fan' and "
             "'Madam Justice Chan' (05, with her Chinese given name); the chief executive is 'Shawn Siu' (01) and, in "
             "pinyin, 'Xiao En' (05); Hong Kong's Financial Secretary is 'Paul Chan' (02) and, by his Chinese name, "
             "'Chan Mo-po' (05). Two Chans who must not merge: the judge Linda Chan and the Financial Secretary Paul "
             "Chan, and a third, the fund manager Marcus Chan of 06 ('Marcus Chan' and, after his first mention, the bare "
             "'Chan', keyed as his alias), who must merge with neither; two Wongs: the liquidator Tiffany Wong (02, 05; 'Ms Wong' in 02) and the analyst Kelvin Wong (01); "
             "two Parrs: Imogen Parr ('Ms Parr') and Daniel Parr ('no relation', 04). Companies that must not merge: "
             "China Evergrande Group, the Hong Kong-listed holding company that was wound up ('Evergrande', 'China "
             "Evergrande' (03), and 'China Hengda' (05), its Chinese name) and Hengda Real Estate, its onshore "
             "subsidiary that the CSRC fined ('Hengda Real Estate Group Co., Ltd.' in 03); Country Garden ('Country "
             "Garden Holdings' in 03), a different developer with a different petition, brought by Ever Credit (a unit "
             "of Kingboard), which must not merge with Top Shine Global's. Acronyms and foreign forms: 'the China "
             "Securities Regulatory Commission (Zhengjianhui, CSRC)' (03, with the Chinese abbreviation) and 'CSRC' "
             "(03), the full name (04); 'Hong Kong Exchanges and Clearing (HKEX)' (02), 'the Hong Kong Exchanges "
             "(HKEX)' (03), 'the Hong Kong Exchanges' (05); 'The People's Bank of China (Renmin Yinhang)' (03), "
             "'The People's Bank of China (PBOC)' (06) and 'the People's Bank of China' (01); 'the High Court of the Hong Kong Special Administrative Region' (03) "
             "and 'the government of the Special Administrative Region' (05) name Hong Kong. Capital for government: "
             "'Beijing' stands for China's central government (01 'a question for Beijing', 04 'Beijing has spent "
             "months', 'Nobody in Beijing', 05 'Beijing has not commented') and is keyed as a description of China as "
             "well as the city's alias (06 'Beijing's priorities' likewise). 'Ledger' (02 'told the Ledger') is the outlet. 'Fangchebao' (05) is the "
             "Evergrande subsidiary whose shares Top Shine bought; 'Leung' (05) is a retired shareholder named only by "
             "surname. Descriptions: 'The 65-year-old' (01, 04), 'the founder' / 'the group's founder' / "
             "'Evergrande's founder' (01, 02, 04, 05) and 'a former steelworker' (04) for Hui; 'A Hong Kong judge' (01, "
             "04) and 'the judge' (01, 05) for Linda Chan; 'the developer' (01, 02), 'the world's most indebted "
             "property developer' (01), 'the listed holding company' (04) and 'the group' for Evergrande; 'the group's "
             "main onshore company' (04) and 'the onshore principal subsidiary of China Evergrande Group' (03) for "
             "Hengda Real Estate; 'the regulator' (03, 04, 06) and 'China's securities regulator' (04) for the CSRC; "
             "'Evergrande's onshore arm' (06) for Hengda Real Estate; 'the group's founder' (06) for Hui; 'the "
             "liquidators' for Alvarez & Marsal (04 'Alvarez & Marsal, the liquidators'); 'Beijing' for China. Not "
             "keyed: adjectives and demonyms (Chinese, Mandarin), 'the mainland' and 'mainland China', 'the state', "
             "'the government' (02, Hong Kong's), the ad hoc group of bondholders, 'Mainland prosecutors', 'local "
             "governments', Hang Seng (related links only), 'Administrative Penalty Decision' (a document title), the "
             "electric-vehicle and property-services units (unnamed). roles: roles stated in an apposition or title, "
             "for information.",
    "entities": [{"name": n, "type": t, "aliases": a} for n, t, a in ents],
    "must_not_merge": must_not_merge,
    "descriptions": [{"entity": e, "descriptions": d} for e, d in descriptions],
    "roles": [{"entity": e, "roles": r} for e, r in roles],
})

# ---------------------------------------------------------------------------------------------- dates
dates = [
    # 01: published Monday 2024-01-29 (JSON field 2024-01-29T10:40:00Z, 18:40 in Hong Kong)
    ["01", "Monday", "2024-01-29"],
    ["01", "June 2022", "2022-06"],
    ["01", "December 4", "2023-12-04"],
    ["01", "Monday", "2024-01-29"],
    ["01", "the same day", "2024-01-29"],
    ["01", "June", "2023-06"],
    ["01", "September", "2023-09"],
    ["01", "2021", "2021"],
    ["01", "2021", "2021"],
    ["01", "last year", "2023"],
    ["01", "October", "2023-10"],
    # 02: published Tuesday 2024-01-30 (meta and JSON-LD only)
    ["02", "a day", "P1D"],
    ["02", "Monday", "2024-01-29"],
    ["02", "June 2022", "2022-06"],
    ["02", "Yesterday", "2024-01-29"],
    ["02", "September", "2023-09"],
    ["02", "Monday", "2024-01-29"],
    ["02", "Monday", "2024-01-29"],
    ["02", "18 consecutive months", "P18M"],
    # 03: published Monday 2024-03-18 (visible date line '2024-03-18 21:40')
    ["03", "the 18th", "2024-03-18"],
    ["03", "2019", "2019"],
    ["03", "2020", "2020"],
    ["03", "last year", "2023"],
    ["03", "2020", "2020"],
    ["03", "2021", "2021"],
    ["03", "September of last year", "2023-09"],
    ["03", "January 29", "2024-01-29"],
    ["03", "June last year", "2023-06"],
    ["03", "the beginning of this month", "2024-03"],
    ["03", "last month", "2024-02"],
    # 04: published Wednesday 2024-03-20, no date line
    ["04", "two and a half years", "P2Y6M"],
    ["04", "Monday", "2024-03-18"],
    ["04", "2019-20", "2019/2020"],
    ["04", "September", "2023-09"],
    ["04", "September 28th", "2023-09-28"],
    ["04", "1996", "1996"],
    ["04", "six months", "P6M"],
    ["04", "this year", "2024"],
    ["04", "January 29th", "2024-01-29"],
    ["04", "June 24th 2022", "2022-06-24"],
    ["04", "last week", "2024-03-11/2024-03-17"],
    ["04", "February", "2024-02"],
    ["04", "February 27th", "2024-02-27"],
    ["04", "May 17th", "2024-05-17"],
    ["04", "the next day", "2024-02-28"],
    ["04", "September 2023", "2023-09"],
    ["04", "March 18th", "2024-03-18"],
    # 05: published Wednesday 2024-01-31, no date line
    ["05", "the 29th", "2024-01-29"],
    ["05", "19 months", "P19M"],
    ["05", "the same day", "2024-01-29"],
    ["05", "June 2022", "2022-06"],
    ["05", "Yesterday", "2024-01-30"],
    ["05", "September of last year", "2023-09"],
    ["05", "the day before yesterday", "2024-01-29"],
    ["05", "the day of the decision", "2024-01-29"],
    ["05", "2021", "2021"],
    ["05", "June 2023", "2023-06"],
    # 06: published Friday 2024-03-22 (visible date line 'Friday, March 22, 2024 — 6:05 a.m. ET')
    ["06", "Monday", "2024-03-18"],
    ["06", "2019", "2019"],
    ["06", "2020", "2020"],
    ["06", "seven weeks", "P7W"],
    ["06", "January 29", "2024-01-29"],
    ["06", "last September", "2023-09"],
    ["06", "earlier this month", "2024-03"],
    ["06", "this year", "2024"],
    ["06", "February 27", "2024-02-27"],
    ["06", "May 17", "2024-05-17"],
]
dump('dates.json', {
    "about": "Answer key for date normalisation on corpus-ae/articles, same conventions as corpus-c..ab: document id "
             "prefix, the expression as written (the first occurrence not yet matched, in text order; a system "
             "expression that contains the key text matches, so 'Monday' in 01 also matches 'on Monday' and 'on Monday "
             "morning', 'June' in 01 'at the end of June', 'a day' in 02 'a day after', 'two and a half years' in 04 "
             "'almost two and a half years', 'the 18th' in 03 'On the 18th', 'June last year' in 03 'the end of June "
             "last year'), its absolute value. Weeks run Monday to Sunday. Dates are Hong Kong / Beijing local dates "
             "(UTC+8). The date line '2024-03-18 21:40   Source: Zhongyuan Financial Daily client' (03), the dateline of "
             "01, captions ('on Monday afternoon' in 02's, 'on the 29th' in 05's), headlines, related links and 05's "
             "duplicated lead are not keyed. Clock times and parts of days ('at 10.12am', 'on Monday morning' keyed as "
             "the day, 'the morning of the ruling') are not keyed except as the day they name. Vague or anaphoric "
             "expressions ('many months', 'for months', 'the many months the court had given it', 'may take years', "
             "'since', 'the period', 'the same period', 'for life', 'lifelong', 'no fixed term') are not keyed; nor "
             "are adjectival spans ('a 19-month legal fight' in 01), ages ('The 65-year-old' in 01 and 04, '65 years "
             "old' in 05), amounts and percentages ('21 per cent', '50% and 79%', '20 dollars', '20 cents', 'HK$862.5 "
             "million', '2.39 trillion yuan', '23,882 hundred million yuan', '4,700 ten-thousand yuan', '$23bn', "
             "'HK$1.6bn'), the time of day '10.12am', or the years inside amounts. Relative dates: 01 (written Monday 29 "
             "January, evening in Hong Kong) 'on Monday' twice 29 January (the order; the suspension 'on Monday "
             "morning'), 'the same day' 29 January (the units' suspension), 'on December 4' 2023 (the last "
             "adjournment), 'at the end of June' June 2023 (the balance sheet), 'since September' September 2023, 'a "
             "2021 arrangement' and 'in late 2021' 2021, 'last year' 2023, 'in October' October 2023 (Country "
             "Garden's default). 02 (Tuesday 30 January): 'a day after' a span, 'on Monday' three times and "
             "'Yesterday' 29 January, 'in September' September 2023, '18 consecutive months' a span. 03 (Monday 18 "
             "March, evening): 'On the 18th' 18 March 2024 (a day-only date), 'in the year 2019', 'in the year 2020', "
             "'since last year' 2023, 'in the years 2020 and 2021' keyed as two years, 'in September of last year' "
             "September 2023, 'On January 29' (yearless) 29 January 2024, 'the end of June last year' June 2023, 'in "
             "the beginning of this month' March 2024, 'last month' February 2024 (Country Garden's petition). 04 "
             "(Wednesday 20 March, no date line): 'almost two and a half years' a span, 'On Monday' 18 March, 'over "
             "2019-20' a range of years, 'since September' and 'on September 28th' (2023, the day Evergrande said "
             "Hui was held), 'in 1996', 'for six months' a span, 'this year' 2024, 'On January 29th', 'on June 24th "
             "2022' (the petition), 'which closed last week' 11-17 March (the National People's Congress), 'in "
             "February' 2024, 'On February 27th', 'May 17th' (the coming Country Garden hearing), 'the next day' 28 "
             "February (Country Garden's answer, the day after the petition), 'in September 2023', 'of March 18th'. 05 "
             "(Wednesday 31 January, no date line): 'on the 29th' (a day-only date) 29 January, 'about 19 months' a "
             "span, 'the same day' 29 January, 'in June 2022', 'Yesterday' 30 January (Tiffany Wong's statement), 'in "
             "September of last year' September 2023, 'the day before yesterday, the day of the decision' keyed twice "
             "(both 29 January), 'in 2021', 'the end of June 2023'. 06 (Friday 22 March, date line 'Friday, March 22, 2024 — 6:05 "
             "a.m. ET', 18:05 in Hong Kong the same day): 'Monday's penalty' 18 March, 'in 2019 and 2020' keyed as two "
             "years, 'seven weeks after' a span, 'On January 29' (yearless), 'since last September' September 2023, "
             "'earlier this month' March 2024 (the growth target), 'for this year' 2024, 'on February 27', 'on May 17' "
             "(the coming hearing). Not keyed in 06: 'around 5%', '$580 million', '$78 billion', 'low single digits'. Two petitions (June 2022 / 24 June 2022, Top Shine; "
             "27 February 2024, Ever Credit) and two actions against Hui (police measures, September 2023; the CSRC's "
             "penalty, 18 March 2024) must not be confused. Publication dates: 01 2024-01-29, 02 2024-01-30, 03 "
             "2024-03-18, 04 2024-03-20, 05 2024-01-31, 06 2024-03-22 (see publication.json).",
    "dates": dates,
})

# ---------------------------------------------------------------------------------------------- publication
dump('publication.json', {
    "about": "True publication date of each document (the one the author had in mind) and whether the input states it "
             "(metadata, JSON field or a visible date line). window: the span a careful reader can prove from the text "
             "alone (plus event dates the other articles give); the engine's published.earliest..latest should contain "
             "'date'.",
    "published": [
        {"doc": "01", "date": "2024-01-29", "stated": True,
         "how": "JSONL published field 2024-01-29T10:40:00Z (18:40 in Hong Kong the same day); the order 'on Monday' "
                "is past",
         "window": ["2024-01-29", "2024-01-29"]},
        {"doc": "02", "date": "2024-01-30", "stated": True,
         "how": "meta article:published_time and JSON-LD datePublished 2024-01-30T07:30:00+08:00 (no visible date; "
                "'Yesterday' the judge declined to wait, the liquidators appointed 'on Monday')",
         "window": ["2024-01-30", "2024-01-30"]},
        {"doc": "03", "date": "2024-03-18", "stated": True,
         "how": "visible date line '2024-03-18 21:40   Source: Zhongyuan Financial Daily client'; the decision 'On "
                "the 18th' is the same day",
         "window": ["2024-03-18", "2024-03-18"]},
        {"doc": "04", "date": "2024-03-20", "stated": False,
         "how": "none: the CSRC's decision came 'On Monday' and is dated 'March 18th' in the text; the National "
                "People's Congress 'closed last week' (11 March); 'this year' is 2024: written in the week after "
                "Monday 18 March",
         "window": ["2024-03-19", "2024-03-24"]},
        {"doc": "05", "date": "2024-01-31", "stated": False,
         "how": "none: Chan Mo-po spoke 'the day before yesterday, the day of the decision', and the order came 'on the "
                "29th' (29 January per 01, 03, 04); Tiffany Wong spoke 'Yesterday' (30 January): Wednesday 31 January",
         "window": ["2024-01-31", "2024-01-31"]},
        {"doc": "06", "date": "2024-03-22", "stated": True,
         "how": "visible date line 'Friday, March 22, 2024 — 6:05 a.m. ET' (18:05 in Hong Kong the same day); "
                "'Monday's penalty' (18 March) is past",
         "window": ["2024-03-22", "2024-03-22"]},
    ],
})

# ---------------------------------------------------------------------------------------------- timeline
ev = []
event = recorder(ev)

event("Top Shine Global files its winding-up petition against China Evergrande in Hong Kong", "2022-06-24", ["04"],
      ["petition", "top shine", "brought", "filed", "lodged"],
      note="the first of the two court moments against Evergrande (the order of 29 January 2024 is the second); 01, "
           "02, 05 date it only by month ('June 2022') and are not listed; must not merge with Ever Credit's petition "
           "against Country Garden (27 February 2024)")
event("Evergrande says its founder Hui Ka Yan is under police 'mandatory measures' on suspicion of crimes",
      "2023-09-28", ["04"],
      ["hui", "xu jiayin", "police", "mandatory", "measures", "suspected", "held"],
      note="04 'on September 28th the company said'; 01, 02, 03, 05 date it by month only ('since September', 'in "
           "September of last year'); must stay apart from the CSRC's penalty of 18 March 2024")
event("Justice Linda Chan adjourns the petition for what she warns will be the last time", "2023-12-04", ["01"],
      ["adjourn", "last time", "december 4"],
      note="an earlier hearing of the same petition; must not merge with the order of 29 January")
event("Hong Kong's High Court (Justice Linda Chan) orders China Evergrande Group to be wound up and appoints "
      "Alvarez & Marsal as liquidators", "2024-01-29", ["01", "02", "03", "04", "05", "06"],
      ["wound up", "winding-up", "liquidat", "order", "enough"],
      note="01 'on Monday'; 02 'Yesterday' and 'appointed by the court on Monday'; 03 'On January 29'; 04 'On "
           "January 29th'; 05 'on the 29th'; 06 'On January 29'; the appointment of the liquidators is folded in")
event("Trading in Evergrande's shares is suspended on the Hong Kong stock exchange", "2024-01-29",
      ["01", "02", "03", "04", "05"],
      ["suspend", "halted", "trading"],
      note="01 'on Monday morning' (and its units 'the same day'); 02 'halted at 10.12am on Monday'; 03 in the "
           "sentence dated 'On January 29' ('have since been suspended'); 04 'since the morning of the ruling' (January "
           "29th); 05 'the same day'; the same day as the order, a separate event")
event("Ever Credit, a Kingboard unit, files a winding-up petition against Country Garden in Hong Kong", "2024-02-27",
      ["04", "06"],
      ["country garden", "ever credit", "kingboard", "petition"],
      note="a different company's petition: must not merge with Top Shine's against Evergrande; 03's 'last month' "
           "names only the month; Country Garden's answer 'the next day' (28 February) is a statement, not keyed")
event("The CSRC fines Hengda Real Estate (4.18 billion yuan) for inflating its revenue by about 564 billion yuan and "
      "fines Hui Ka Yan 47 million yuan with a lifetime market ban", "2024-03-18", ["03", "04", "06"],
      ["fine", "penalty", "penalt", "csrc", "regulat", "ban", "forbid", "inflat", "overstat"],
      note="03 'On the 18th'; 04 'On Monday' and 'The regulator's decision of March 18th'; 06 'Monday's penalty'; must stay apart from the "
           "police measures of September 2023 and from the court's order of 29 January")
dump('timeline.json', {
    "about": "Real-world events the articles report, with date (day), until for multi-day events, the documents that "
             "report each (with a date the reader can resolve), and words by which a system event is recognised "
             "(title, trigger or participant entity ids). Dates are Hong Kong / Beijing local dates. Occurrences of "
             "similar events must stay apart: the petition of 24 June 2022 and the winding-up order of 29 January 2024 "
             "(and the adjournment of 4 December 2023 between them); the police measures against Hui announced on 28 "
             "September 2023 and the CSRC's penalties of 18 March 2024; Top Shine's petition against Evergrande and Ever "
             "Credit's against Country Garden (27 February 2024); the order and the suspension of the shares, both on "
             "29 January. Not keyed: future or planned events (Country Garden's hearing on 17 May, the liquidators' next "
             "court date, a criminal case), events dated only by month or year (the petition in 01/02/05, Hui's "
             "detention in 01/02/03/05, Country Garden's default in October, Evergrande's first default in late 2021, "
             "the 2021 arrangement, the founding in 1996, Middleton's remarks 'in February', the joint call of the PBOC "
             "and the CSRC 'in the beginning of this month', the National People's Congress 'which closed last week'), "
             "statements (Siu's and Evergrande's of 29 January, Paul Chan's of 29 January, Tiffany Wong's of 30 "
             "January, Country Garden's of 28 February), and same-day side events folded into a keyed one (see notes).",
    "events": ev,
})

# ---------------------------------------------------------------------------------------------- quotes
quotes = [
    ["01", "It is time for the court to say that enough is enough", "direct", LCH],
    ["01", "the company had failed to put forward", "indirect", LCH],
    ["01", "it was owed about HK$862.5 million", "indirect", TOP],
    ["01", "the group regretted the ruling", "indirect", SIU],
    ["01", "The order concerns the listed company in Hong Kong", "direct", SIU],
    ["01", "Our domestic operations will continue to deliver homes", "direct", SIU],
    ["01", "the company would do everything it could", "indirect", SIU],
    ["01", "illegal crimes", "partial", EVG],
    ["01", "the order would have little immediate effect", "indirect", [None]],
    ["01", "Mainland courts have no obligation", "direct", KW],
    ["01", "The liquidators can take the shell", "direct", KW],

    ["02", "their first task would be to keep", "indirect", [None, AM]],
    ["02", "Our priority is to preserve what value is left", "direct", TW],
    ["02", "We will talk to every stakeholder", "direct", TW],
    ["02", "had made no progress", "indirect", LCH],
    ["02", "at best a work in progress", "partial", LCH],
    ["02", "the company had been owed HK$862.5 million", "indirect", [None, TOP]],
    ["02", "mandatory measures", "partial", EVG],
    ["02", "it had no information on when he might be released", "indirect", EVG],
    ["02", "trading in the shares had been halted", "indirect", HKEX],
    ["02", "Our banking system is robust", "direct", PCH],
    ["02", "independent and predictable", "partial", PCH],
    ["02", "the liquidators will struggle to seize assets", "indirect", TSE],
    ["02", "A winding-up order in Hong Kong is a piece of paper", "direct", TSE],
    ["02", "the team had already written to Evergrande", "indirect", TW],

    ["03", "the company has carried out fraudulent issuance", "indirect", CSRC],
    ["03", "in the year 2019 Hengda Real Estate inflated", "indirect", CSRC],
    ["03", "Hengda Real Estate's actual controller, Xu Jiayin, is the one", "indirect", CSRC],
    ["03", "Fraudulent issuance and financial falsification", "direct", [None, CSRC]],
    ["03", "No matter how big the enterprise", "direct", [None, CSRC]],
    ["03", "the case had been investigated since last year", "indirect", [None, CSRC]],
    ["03", "The Shenzhen-listed bonds of Hengda Real Estate", "indirect", CSRC],
    ["03", "sends a clear signal", "partial", ZHAO],
    ["03", "The guaranteeing of delivery of houses", "direct", ZHAO],
    ["03", "and the punishment of the responsible persons", "direct", ZHAO],
    ["03", "the projects of Hengda Real Estate under construction", "indirect", ZHAO],
    ["03", "the total liabilities of China Evergrande reached", "indirect", EVG],
    ["03", "reasonable", "partial", [PBOC, CSRC]],

    ["04", "Hengda Real Estate, the group's main onshore company, had overstated", "indirect", CSRC],
    ["04", "he was suspected of unspecified crimes", "indirect", EVG],
    ["04", "he had personally directed the fraud", "indirect", CSRC],
    ["04", "The message is that the founder pays", "direct", IP],
    ["04", "Nobody in Beijing is talking about the foreign bondholders", "direct", IP],
    ["04", "the fine would rank behind the claims", "indirect", IP],
    ["04", "very little", "partial", MID],
    ["04", "We are starting almost from scratch", "direct", MID],
    ["04", "it would oppose the petition", "indirect", CG],
    ["04", "Evergrande was the template", "direct", DP],
    ["04", "The question now is how many other developers", "direct", DP],

    ["05", "the company had not presented a concrete restructuring proposal", "indirect", LCH],
    ["05", "The court has given the company many opportunities", "direct", LCH],
    ["05", "It is time to say: enough", "direct", LCH],
    ["05", "the team would try to take control", "indirect", TW],
    ["05", "in an orderly manner", "partial", TW],
    ["05", "deeply regrets", "partial", SIU],
    ["05", "the subsidiaries in the mainland are independent legal persons", "indirect", SIU],
    ["05", "I bought at 20 dollars", "direct", LEU],
    ["05", "Chairman Hui owes us an explanation", "direct", LEU],
    ["05", "very limited", "partial", PCH],
    ["05", "the liquidators can ask the courts of Shanghai", "indirect", KWOK],
    ["05", "But the mainland courts decide themselves", "direct", KWOK],
    ["05", "and the interest of the buyers of houses", "direct", KWOK],
    ["05", "the process may take years", "indirect", KWOK],

    ["06", "the inflated numbers were used to sell bonds", "indirect", CSRC],
    ["06", "Every dollar of that fine", "direct", "Marcus Chan"],
    ["06", "The regulator gets paid first", "direct", "Marcus Chan"],
    ["06", "low single digits", "partial", "Marcus Chan"],
    ["06", "the fine also weakened the liquidators", "indirect", "Marcus Chan"],
    ["06", "they want to keep the business going", "indirect", [TW, MID, AM]],
    ["06", "it will oppose the petition", "indirect", CG],
]
dump('quotes.json', {
    "about": "Answer key for quotations on corpus-ae/articles, same conventions as corpus-c..ab: document id prefix, the "
             "first words of the quoted or reported content, kind, and the speaker's canonical name (null: the text "
             "does not name one; a list: any of these is right, and a list containing null also accepts no speaker). "
             "A quote interrupted by its attribution (03 Zhao's '\"The guaranteeing ...,\" said Zhao Lirong, \"and the "
             "punishment ...\"', 05 Kwok's '\"But the mainland courts decide themselves,\" he has said, \"and the "
             "interest ...\"') or continued without one (01 Siu's second sentence after 'he said', 01 Kelvin Wong's "
             "second and third sentences, 02 Tiffany Wong's second quotation after a sentence of narration, 03 the "
             "CSRC official's second sentence, 04 Imogen Parr's and Daniel Parr's second sentences, 05 the judge's "
             "second sentence, 05 Leung's second sentence) is keyed once per piece. Reported speech interrupted by its "
             "attribution: 02 'The developer, Justice Chan said, had made no progress and its proposals were \"at best "
             "a work in progress\"' (keyed as the indirect 'had made no progress' and the partial quote). A reported "
             "clause with quoted words in it (01 'the company said he was suspected of \"illegal crimes\"', 02 'what "
             "the company called \"mandatory measures\"', 02 Paul Chan's 'He added that ... were \"independent and "
             "predictable\"', 03 Zhao's 'has estimated that the penalty \"sends a clear signal\"', 03's PBOC and CSRC "
             "'called for a \"reasonable\" financing', 04 Middleton's 'said in February that the team had found \"very "
             "little\"', 05 Tiffany Wong's '\"in an orderly manner\"', 05 Siu's 'the group «deeply regrets» the order, "
             "but that the mainland operations «continue normally»' (keyed once, at the first quoted words), 05 Chan "
             "Mo-po's '\"very limited\"', 06 Marcus Chan's 'Chan said he expected recoveries ... of \"low single "
             "digits\"') is keyed as the partial quote. Forms: 'said X' inverted (01 Kelvin Wong, 02 "
             "'said the Financial Secretary, Paul Chan', 03 'said Zhao Lirong' inside the quotation, 04 Imogen Parr and "
             "Daniel Parr, 05 'said a retired man of surname Leung', 06 'said Marcus Chan' "
             "with an unattributed second sentence, then 'Chan said' and 'He said that' with the surname only); "
             "06 'According to the regulator' (the CSRC); 06 'The liquidators, Tiffany Wong and Edward Middleton, have "
             "said' (two speakers: either, or Alvarez & Marsal); 06 'Country Garden has said'; 'X told <outlet>' (02 Tiffany Wong 'told the "
             "Ledger'); 'X told the High Court' (01 Linda Chan); 'He said:' before the quotation (04 Middleton); "
             "machine-translated '..., has declared the responsible person of the relevant department of the CSRC' (03, "
             "an unnamed official: null or the CSRC), 'has indicated', 'has estimated', 'has explained that' (03, 05), "
             "'the decision has indicated' (03, the CSRC's decision); 'according to' (02 'According to Raymond Tse', "
             "03 'According to the decision' and 'according to the CSRC', 03 'According to data of the company', 05 "
             "'According to him' (Siu)); a speaker given only by a role, description or pronoun: 01 'She said' (the "
             "judge), 01 'Analysts said' (null), 02 'The liquidators of China Evergrande Group said' (null or Alvarez & "
             "Marsal), 02 'Top Shine's lawyers said' (null or Top Shine Global), 02 'Evergrande said on Monday', 04 "
             "'The regulator said that' (the CSRC), 04 'the company said' (Evergrande), 05 'the judge has said' (Linda "
             "Chan, named 'Judge Chan Ching-fan' in the sentence before), 05 'He estimates that' (Kwok). Not keyed: "
             "statements without reported content ('Country Garden says', 'Beijing has not commented'), the "
             "headlines' quotations, 04's 'telling local officials that unfinished homes must be delivered' (Beijing, "
             "unattributed to a speaker), and facts stated in the writer's own voice.",
    "quotes": quotes,
})

# ---------------------------------------------------------------------------------------------- claims
claims = [
    {"id": "winding-up-order",
     "text": "On 29 January 2024 Hong Kong's High Court ordered China Evergrande Group to be wound up",
     "docs": ["01", "02", "03", "04", "05", "06"],
     "anchors": {
         "01": "ordered China Evergrande Group to be wound up",
         "02": "ordered the company to be wound up",
         "03": "ruled the liquidation of China Evergrande Group",
         "04": "ordered the liquidation of China Evergrande Group",
         "05": "has ordered the winding-up of China Hengda",
         "06": "a Hong Kong court ordered the liquidation of China Evergrande Group"},
     "contradiction": None,
     "note": "01's '19-month legal fight' and 05's 'about 19 months' agree (June 2022 to January 2024); 04's 'June 24th "
             "2022' and the others' 'June 2022' agree"},
    {"id": "petition-june-2022",
     "text": "The petition was filed by Top Shine Global in June 2022",
     "docs": ["01", "05"],
     "anchors": {
         "01": "The petition was filed in June 2022 by Top Shine Global",
         "05": "The petition had been presented in June 2022"},
     "contradiction": None,
     "note": "02 ('since it was lodged by Top Shine Global in June 2022') and 04 ('on a petition that Top Shine Global "
             "had brought on June 24th 2022') say it inside sentences anchored for other claims"},
    {"id": "adjourned-repeatedly",
     "text": "The hearing of the petition had been adjourned many times",
     "docs": ["01", "02", "04", "05"],
     "anchors": {
         "01": "The hearing had been adjourned repeatedly",
         "02": "had adjourned the petition many times",
         "04": "Justice Chan had adjourned the case again and again",
         "05": "The hearing has been adjourned repeatedly"},
     "contradiction": None},
    {"id": "no-workable-plan",
     "text": "The judge found that Evergrande had failed to present a workable restructuring plan",
     "docs": ["01", "02", "04", "05"],
     "anchors": {
         "01": "had failed to put forward a workable restructuring proposal",
         "02": "had made no progress",
         "04": "had offered its creditors nothing they could vote for",
         "05": "had not presented a concrete restructuring proposal"},
     "contradiction": None},
    {"id": "top-shine-claim",
     "text": "Top Shine Global was owed about HK$862.5 million over a share buyback agreement",
     "docs": ["02", "05"],
     "anchors": {
         "02": "had been owed HK$862.5 million",
         "05": "about HK dollars 8.625 hundred million"},
     "contradiction": None,
     "note": "01 gives the same sum inside its petition sentence; 05's '8.625 hundred million' (a calque of 亿) is the "
             "same amount as HK$862.5 million"},
    {"id": "shares-suspended",
     "text": "Trading in Evergrande's shares was suspended in Hong Kong on the day of the order",
     "docs": ["01", "02", "04"],
     "anchors": {
         "01": "Trading in Evergrande shares was suspended",
         "02": "trading in the shares had been halted",
         "04": "Trading in the shares has been suspended since the morning of the ruling"},
     "contradiction": None,
     "note": "03 and 05 say it inside the sentences anchored for the order"},
    {"id": "liquidators-appointed",
     "text": "The court appointed Alvarez & Marsal as liquidators",
     "docs": ["01", "02", "05", "06"],
     "anchors": {
         "01": "The court appointed Alvarez & Marsal as liquidators",
         "02": "She and her colleague Edward Middleton were appointed by the court",
         "05": "appointed Alvarez & Marsal as liquidators",
         "06": "appointed Alvarez & Marsal as liquidators"},
     "contradiction": None},
    {"id": "liquidators-restructure",
     "text": "The liquidators aim to preserve value and will consider a restructuring",
     "docs": ["02", "05", "06"],
     "anchors": {
         "02": "Our priority is to preserve what value is left",
         "05": "would consider all the options, including a restructuring",
         "06": "have said they want to keep the business going and restructure it"},
     "contradiction": None},
    {"id": "liabilities",
     "text": "Evergrande's total liabilities were about 2.39 trillion yuan at the end of June 2023",
     "docs": ["01", "03", "05", "06"],
     "anchors": {
         "01": "total liabilities of about 2.39 trillion yuan",
         "03": "the total liabilities of China Evergrande reached 23,882 hundred million yuan",
         "05": "were of about 2.39 ten-thousand hundred million yuan",
         "06": "Evergrande's total liabilities stood at about 2.39 trillion yuan"},
     "contradiction": {
         "docs": ["04"],
         "anchors": {"04": "total liabilities of some 2.93 trillion yuan"},
         "aspect": "number",
         "detail": "04 puts Evergrande's total liabilities at 2.93 trillion yuan against 2.39 trillion in 01/02/05/06 and "
                   "23,882 hundred million (2.3882 trillion) in 03 (04's own '$330bn' fits 2.39, not 2.93)"},
     "note": "02's 'the group's debts of 2.39 trillion yuan' agrees but is in the sentence anchored for Top Shine's "
             "claim; 03's exact 23,882 hundred million against 'about 2.39 trillion' is rounding, not a contradiction; "
             "'about $330 billion' (01, 04) is the same sum in dollars"},
    {"id": "offshore-debt",
     "text": "Evergrande's offshore debt held by foreign bondholders is about $23 billion",
     "docs": ["01", "04"],
     "anchors": {
         "01": "Its offshore debt, the part that foreign bondholders hold, is about $23 billion",
         "04": "who hold about $23bn of Evergrande's debt"},
     "contradiction": None},
    {"id": "hui-police",
     "text": "Hui Ka Yan (Xu Jiayin) has been under police control in mainland China since September 2023",
     "docs": ["01", "02", "03", "04", "05", "06"],
     "anchors": {
         "01": "has been under police control in the mainland since September",
         "02": "was placed under what the company called",
         "03": "Chairman Xu was taken compulsory measures",
         "04": "has been held by police since September",
         "05": "was taken mandatory measures by the mainland police",
         "06": "Mr Hui has been held by mainland police since last September"},
     "contradiction": None},
    {"id": "hui-not-seen",
     "text": "Hui has not been seen in public since he was detained",
     "docs": ["02", "05"],
     "anchors": {
         "02": "Mr Hui has not been seen in public since",
         "05": "Chairman Hui has not appeared since"},
     "contradiction": None,
     "note": "04 says it ('for six months') inside the sentence anchored for hui-richest"},
    {"id": "hui-richest",
     "text": "Hui was once Asia's richest man",
     "docs": ["01", "04"],
     "anchors": {
         "01": "The 65-year-old was once Asia's richest man",
         "04": "was for a time Asia's richest man"},
     "contradiction": None,
     "note": "01 and 04 both make him 65, as does 05 ('65 years old')"},
    {"id": "mainland-operations",
     "text": "Shawn Siu (Xiao En) said the mainland operations would continue",
     "docs": ["01", "05"],
     "anchors": {
         "01": "would keep its businesses in mainland China running",
         "05": "continue normally"},
     "contradiction": None},
    {"id": "mainland-recognition",
     "text": "Mainland courts need not recognise the Hong Kong liquidation, making Evergrande's mainland assets hard "
             "to reach",
     "docs": ["01", "02", "05"],
     "anchors": {
         "01": "Mainland courts have no obligation to recognise a Hong Kong liquidation",
         "02": "the liquidators will struggle to seize assets",
         "05": "But the mainland courts decide themselves"},
     "contradiction": None},
    {"id": "recognition-arrangement",
     "text": "Under a 2021 arrangement the liquidators may ask courts in Shanghai, Xiamen and Shenzhen for recognition",
     "docs": ["01", "05"],
     "anchors": {
         "01": "Under a 2021 arrangement",
         "05": "the liquidators can ask the courts of Shanghai, Xiamen and Shenzhen for recognition"},
     "contradiction": None},
    {"id": "hk-banks",
     "text": "Paul Chan (Chan Mo-po) said Hong Kong banks' exposure to Evergrande was limited",
     "docs": ["02", "05"],
     "anchors": {
         "02": "Our banking system is robust",
         "05": "the exposure of the Hong Kong banks to the group"},
     "contradiction": None,
     "note": "02 'limited' against 05 'very limited': the same statement"},
    {"id": "csrc-fine",
     "text": "On 18 March 2024 the CSRC fined Hengda Real Estate about 4.18 billion yuan",
     "docs": ["03", "04", "06"],
     "anchors": {
         "03": "to impose a fine of 41.75 hundred million yuan in total",
         "04": "It fined the company 4.18 billion yuan",
         "06": "fined Hengda Real Estate 4.18 billion yuan"},
     "contradiction": None,
     "note": "03's exact 41.75 hundred million (4.175 billion) against 04's rounded 4.18 billion: not a contradiction"},
    {"id": "revenue-inflated",
     "text": "Hengda Real Estate inflated its revenue by about 564 billion yuan in 2019 and 2020",
     "docs": ["03", "04"],
     "anchors": {
         "03": "a total of about 5,641 hundred million yuan",
         "04": "had overstated its revenue by about 564 billion yuan"},
     "contradiction": None,
     "note": "03's per-year figures (2,139.89 and 3,501.57 hundred million) add up to the total"},
    {"id": "hui-penalty",
     "text": "Hui was fined 47 million yuan and banned from the securities market for life",
     "docs": ["03", "04", "06"],
     "anchors": {
         "03": "a fine of 4,700 ten-thousand yuan",
         "04": "was fined 47 million yuan",
         "06": "was fined 47 million yuan and banned"},
     "contradiction": None,
     "note": "03's '4,700 ten-thousand yuan' (a calque of 万) is 47 million yuan; his personal fine is not the "
             "company's"},
    {"id": "hui-directed",
     "text": "The CSRC found that Hui decided and organised the fraud",
     "docs": ["03", "04"],
     "anchors": {
         "03": "is the one who decided and organised the illegal acts",
         "04": "he had personally directed the fraud"},
     "contradiction": None},
    {"id": "homes-delivered",
     "text": "Beijing insists that unfinished homes must be delivered",
     "docs": ["04", "06"],
     "anchors": {
         "04": "Beijing has spent months telling local officials",
         "06": "promised once again that unfinished homes would be delivered"},
     "contradiction": None,
     "note": "03's 'The guaranteeing of delivery of houses remains the first priority' (Zhao, an analyst) is close but "
             "not the government's statement"},
    {"id": "country-garden-oppose",
     "text": "Country Garden said it would oppose Ever Credit's petition",
     "docs": ["04", "06"],
     "anchors": {
         "04": "Country Garden said the next day that it would oppose the petition",
         "06": "Country Garden has said it will oppose the petition"},
     "contradiction": None},
    {"id": "country-garden-petition",
     "text": "A separate winding-up petition was filed against Country Garden in Hong Kong in February 2024",
     "docs": ["03", "04", "06"],
     "anchors": {
         "03": "against which a winding-up petition was filed in Hong Kong last month",
         "04": "filed its own winding-up petition against Country Garden",
         "06": "brought by Ever Credit on February 27"},
     "contradiction": None},
]
dump('claims.json', {
    "about": "Checkable claims made by two or more sources on corpus-ae/articles: short text, the documents asserting "
             "it (with an anchor: words of the asserting sentence in each document's cleaned text), and any "
             "contradiction (documents that disagree, aspect, detail). Only one contradiction is intended "
             "(Evergrande's total liabilities: 'some 2.93 trillion yuan' in 04 against about 2.39 trillion in 01, 02, "
             "05, 06 and 23,882 hundred million yuan in 03); every other contradiction is a false alarm, in particular the "
             "figures that look alike: 4.18 billion yuan (04, rounded) against 41.75 hundred million yuan (03, exact: "
             "4.175 billion); about 2.39 trillion yuan (01, 02, 05 'about 2.39 ten-thousand hundred million') against "
             "23,882 hundred million yuan (03, exact); 2.39 trillion yuan against 'about $330 billion' / '$330bn' (the "
             "same sum in dollars, 06 '$330 billion'); 06's dollar conversions ('about $580 million' for the 4.18 "
             "billion yuan fine, 'roughly $78 billion' for the 564 billion yuan of revenue, against $330 billion and "
             "$23 billion); 06's 'seven weeks' between the order and the fine; the growth target of 'around 5%' (06); "
             "'low single digits' (06, expected recoveries); total liabilities (2.39 trillion yuan, $330bn) against the offshore debt (about "
             "$23 billion, 01, 04) and the total assets (1.74 trillion / 17,440 hundred million yuan, 01, 03); Top "
             "Shine's HK$862.5 million (01, 02; 05's 'HK dollars 8.625 hundred million') against the group's debts and "
             "against the Country Garden loan of about HK$1.6bn (04); the company's fine (4.18 billion yuan) against "
             "Hui's personal fine (47 million yuan; 03's '4,700 ten-thousand yuan'); the revenue inflated (about 564 "
             "billion yuan over two years; 03's total of about 5,641 hundred million) against the per-year figures "
             "(2,139.89 hundred million in 2019, 3,501.57 hundred million in 2020) and the percentages (50% and 79%, "
             "03); the 19 months of the case (01, 05) against the 18 consecutive months after which a suspended company "
             "can be delisted (02); the 21 per cent fall (01); Hui's age (65, in 01, 04, 05); 05's '20 dollars' and "
             "'20 cents' (a shareholder's prices); 'June 2022' (01, 02, 05) against 'June 24th 2022' (04): the same "
             "petition, more precise; 'since September' (01, 02, 04) against 'September of last year' (03, 05) and "
             "'September 2023' (04); 01's 'Shawn Siu, the chief executive' and 05's 'Xiao En' (the same man); 'limited' "
             "(02) against 'very limited' (05); 04's 'almost two and a half years' and 'six months'. Two petitions "
             "(Top Shine against Evergrande, June 2022; Ever Credit against Country Garden, 27 February 2024) and two "
             "companies (China Evergrande Group, the listed holding company that was wound up; Hengda Real Estate, its "
             "onshore subsidiary that was fined) must not be merged into one claim, nor the two actions against Hui "
             "(police measures, September 2023; the CSRC penalty, March 2024). Framing differs on purpose (01 neutral "
             "wire; 02 Hong Kong business site, 'a piece of paper in Guangdong'; 03 mainland financial daily, "
             "machine-translated from Chinese, 'The guaranteeing of delivery of houses remains the first priority'; 04 "
             "British analysis, 'The fine is a political statement'; 05 Hong Kong Chinese-language daily, "
             "machine-translated, siding with small shareholders) without contradicting. One sentence anchors one "
             "claim: facts that several sources state only inside a sentence anchored for another claim are not keyed "
             "as claims (the 19-month duration, 01/05 lead sentences; the petition in 02 and 04; the suspension in 03 "
             "and 05; Hui's age; the group's debts in 02). single_source lists claims only one document makes, for "
             "reference.",
    "claims": claims,
    "single_source": [
        {"doc": "01", "text": "Evergrande's shares fell as much as 21 per cent before they were suspended"},
        {"doc": "01", "text": "Evergrande's total assets were 1.74 trillion yuan at the end of June 2023"},
        {"doc": "01", "text": "The judge last adjourned the petition on 4 December 2023, warning it would be the last time"},
        {"doc": "01", "text": "The shares of Evergrande's electric-vehicle and property-services units were also suspended"},
        {"doc": "01", "text": "Country Garden defaulted on its offshore debt in October 2023"},
        {"doc": "01", "text": "The People's Bank of China has cut mortgage rates several times"},
        {"doc": "02", "text": "The ad hoc group of offshore bondholders did not oppose the order"},
        {"doc": "02", "text": "HKEX halted trading at 10.12am; a company suspended for 18 consecutive months can be delisted"},
        {"doc": "02", "text": "The liquidators have written to Evergrande's directors for the books and records"},
        {"doc": "03", "text": "The inflated revenue was 50% of the 2019 figure and 79% of the 2020 figure"},
        {"doc": "03", "text": "Hengda Real Estate's Shenzhen-listed bonds were issued in 2020 and 2021 on the inflated figures"},
        {"doc": "03", "text": "Evergrande's total assets were 17,440 hundred million yuan at the end of June 2023"},
        {"doc": "03", "text": "The PBOC and the CSRC called in early March 2024 for reasonable financing of developers"},
        {"doc": "04", "text": "Hui founded the group in Guangzhou in 1996 and was a steelworker"},
        {"doc": "04", "text": "Evergrande said on 28 September 2023 that Hui was suspected of crimes"},
        {"doc": "04", "text": "Ever Credit's petition concerns an unpaid loan of about HK$1.6bn; the first hearing is on 17 May"},
        {"doc": "04", "text": "Edward Middleton said the liquidators had found very few books and records"},
        {"doc": "05", "text": "Top Shine's claim relates to an agreement to buy back shares of Fangchebao"},
        {"doc": "05", "text": "Xiao En said the mainland subsidiaries are independent legal persons"},
        {"doc": "06", "text": "The 4.18 billion yuan fine is about $580 million; the inflated revenue about $78 billion"},
        {"doc": "06", "text": "The inflated figures were used to sell bonds on the mainland, according to the CSRC"},
        {"doc": "06", "text": "Marcus Chan expects recoveries on Evergrande's dollar bonds in the low single digits"},
        {"doc": "06", "text": "The government set a growth target of around 5% for 2024"},
        {"doc": "06", "text": "The Country Garden petition is due to be heard on 17 May"},
    ],
})
print('keys written')
