"""Writes the answer keys of corpus-i (the assassination of Shinzo Abe, Nara, 8 July 2022, and its aftermath to the
state funeral of 27 September 2022) into keys/.

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
    ("Shinzo Abe", P, ["Shinzo Abe", "Abe", "Mr Abe", "Schinzo Abe", "Abe Shinzo", "Abe-san"]),
    ("Akie Abe", P, ["Akie Abe", "Mrs Abe"]),
    ("Tetsuya Yamagami", P, ["Tetsuya Yamagami", "Yamagami", "Tetsuya Yamagani", "Yamagmai", "Yamagami Tetsuya"]),
    ("Fumio Kishida", P, ["Fumio Kishida", "Kishida", "Fumio Kischida", "Kischida", "Kishida Fumio", "Mr. Kishida"]),
    ("Nobuo Kishi", P, ["Nobuo Kishi"]),
    ("Hidetada Fukushima", P, ["Hidetada Fukushima"]),
    ("Joe Biden", P, ["Joe Biden"]),
    ("Tomihiro Tanaka", P, ["Tomihiro Tanaka", "Tanaka"]),
    ("Emiko Tanaka", P, ["Emiko Tanaka", "Ms Tanaka"]),
    ("Hak Ja Han Moon", P, ["Hak Ja Han Moon"]),
    ("Sun Myung Moon", P, ["Sun Myung Moon"]),
    ("Daisuke Morita", P, ["Daisuke Morita"]),
    ("Tomoaki Onizuka", P, ["Tomoaki Onizuka"]),
    ("Graham Pike", P, ["Graham Pike", "Pike"]),
    ("Kamala Harris", P, ["Kamala Harris"]),
    ("Narendra Modi", P, ["Narendra Modi"]),
    ("Yoshihide Suga", P, ["Yoshihide Suga", "Suga"]),
    ("Miriam Holzapfel", P, ["Miriam Holzapfel"]),
    ("Yoshida Shigeru", P, ["Yoshida Shigeru"]),

    ("Unification Church", O, ["Unification Church", "Unification church", "Family Federation for World Peace and Unification",
                               "Family Federation", "FFWPU", "Federation of Families for World Peace and Unification",
                               "Moon sect"]),
    ("Liberal Democratic Party", O, ["Liberal Democratic Party", "LDP"]),
    ("Universal Peace Federation", O, ["Universal Peace Federation", "UPF"]),
    ("Maritime Self-Defense Force", O, ["Maritime Self-Defense Force", "MSDF"]),
    ("Nara Prefectural Police", O, ["Nara Prefectural Police"]),
    ("Nara Medical University Hospital", O, ["Nara Medical University Hospital"]),
    ("State Department", O, ["State Department"]),
    ("National Network of Lawyers Against Spiritual Sales", O, ["National Network of Lawyers Against Spiritual Sales"]),
    ("Constitutional Democratic Party of Japan", O, ["Constitutional Democratic Party of Japan", "CDP"]),
    ("Foreign Ministry", O, ["Foreign Ministry"]),
    ("University of Bonn", O, ["University of Bonn"]),
    ("Diet", O, ["Diet"]),

    ("NHK", MD, ["NHK"]),
    ("Clarion", MD, ["Clarion"]),
    ("Ledger", MD, ["Ledger"]),

    ("Japan", G, ["Japan"]),
    ("Nara", G, ["Nara"]),
    ("Tokyo", G, ["Tokyo", "Tokio"]),
    ("Washington", G, ["Washington"]),
    ("South Korea", G, ["South Korea"]),
    ("Gapyeong", G, ["Gapyeong"]),
    ("US", G, ["US"]),

    ("Yamato-Saidaiji Station", L, ["Yamato-Saidaiji Station"]),
    ("Nippon Budokan", L, ["Nippon Budokan"]),
    ("Zojoji", L, ["Zojoji"]),
]

must_not_merge = [
    ["Shinzo Abe", "Akie Abe"],
    ["Tomihiro Tanaka", "Emiko Tanaka"],
    ["Sun Myung Moon", "Hak Ja Han Moon"],
    ["Fumio Kishida", "Nobuo Kishi"],
]

descriptions = [
    ("Shinzo Abe", ["the former prime minister", "the 67-year-old", "the former leader"]),
    ("Tetsuya Yamagami", ["the suspect", "the 41-year-old", "the 42-year-old", "the ex-sailor", "the gunman",
                          "the alleged assassin", "the Nara resident"]),
    ("Fumio Kishida", ["the 65-year-old premier", "the Premier"]),
    ("Akie Abe", ["Abe's widow", "the widow", "the former first lady"]),
    ("Unification Church", ["the church", "the group", "the sect", "the federation", "the community"]),
    ("Foreign Ministry", ["the ministry"]),
    ("Maritime Self-Defense Force", ["Japan's navy"]),
    ("Tomoaki Onizuka", ["Nara's police chief"]),
    ("Japan", ["Tokio"]),
    ("South Korea", ["Seoul"]),
]

roles = [
    ("Fumio Kishida", ["Prime Minister", "Prime minister"]),
    ("Hidetada Fukushima", ["a professor of emergency medicine at the hospital"]),
    ("Tomihiro Tanaka", ["president of the Japanese branch of the organisation", "The Japan leader of the Moon sect"]),
    ("Daisuke Morita", ["a lawyer with the National Network of Lawyers Against Spiritual Sales"]),
    ("Tomoaki Onizuka", ["the prefecture’s police chief"]),
    ("Graham Pike", ["Ex-Scotland Yard protection officer"]),
    ("Yoshihide Suga", ["the former Prime minister"]),
    ("Miriam Holzapfel", ["The political scientist"]),
    ("Nobuo Kishi", ["Abe's younger brother and a special adviser to the prime minister"]),
    ("Joe Biden", ["President"]),
    ("Kamala Harris", ["the US Vice President"]),
    ("Narendra Modi", ["the Indian Prime minister"]),
]

dump('entities.json', {
    "about": "Answer key for entity resolution on corpus-i/articles (the assassination of former prime minister Shinzo Abe "
             "in Nara on 8 July 2022, the Unification Church links, the state funeral of 27 September 2022), written from "
             "reading the articles. Same conventions as corpus-c to g: canonical name (a form that occurs in the texts), "
             "type, and every surface form that names the entity in the cleaned texts (headlines, captions, bylines, the "
             "dateline 'NARA, Japan (Meridian Wire) -', related links, comments and other boilerplate excluded). "
             "Title+full-name forms (President Joe Biden, Prime Minister Fumio Kishida) are not listed separately; "
             "honorific+surname forms are (Mr Abe, Mr. Kishida, Abe-san, Mrs Abe, Ms Tanaka); 'Prime Minister Kishida' "
             "(02) is title+surname and counts as a mention of 'Kishida'. Defects on purpose: Japanese names in both "
             "orders: 'Abe Shinzo', 'Kishida Fumio', 'Yamagami Tetsuya', 'Yoshida Shigeru' (05, family name first) against "
             "'Shinzo Abe', 'Fumio Kishida', 'Tetsuya Yamagami' elsewhere; German transliterations in the machine-"
             "translated 04: 'Schinzo Abe', 'Fumio Kischida' / 'Kischida', 'Tokio'; the suspect's surname misspelt two "
             "ways in 03 ('Tetsuya Yamagani', 'Yamagmai'), never spelt right there. The church is 'Unification Church' "
             "(02, 03, 05), 'Unification church' and 'Moon sect' (04, a loaded name), 'Family Federation for World Peace "
             "and Unification' and 'Family Federation' (02), the calque 'Federation of Families for World Peace and "
             "Unification' (04), 'FFWPU' (05); 'Moonies' (03) names its followers and is not keyed; the Universal Peace "
             "Federation (UPF, 02) is a separate, affiliated organisation. Acronyms with their expansion: LDP (01), MSDF "
             "(01), UPF (02), CDP and FFWPU (05); LDP bare in 02, 04, 05. Capitals standing for governments are "
             "descriptions: 'Seoul has not commented' (02, South Korea), 'Tokio reacts only hesitantly' (04, Japan); "
             "'Tokio' is also the city in 04 ('in Tokio', the byline), so it is both an alias of Tokyo and a description of "
             "Japan. 'Washington' in 01 ('In Washington, President Joe Biden said') is the city. People who must NOT be "
             "merged (must_not_merge): Shinzo Abe and his widow Akie Abe ('Abe' alone is always Shinzo Abe; 'Mrs Abe' is "
             "Akie Abe); Tomihiro Tanaka, head of the church's Japanese branch (02, 04; 'Tanaka' alone in 02) and Emiko "
             "Tanaka, a mourner in Nara (05, 'Ms Tanaka'); Sun Myung Moon and his widow Hak Ja Han Moon (02); Fumio "
             "Kishida and Nobuo Kishi, Abe's brother (05), whose names differ by two letters. Descriptions: 'the 67-year-"
             "old', 'the former leader', 'the former prime minister' (Abe); 'the suspect', 'the 41-year-old' (01 'a 41-"
             "year-old man', 04), 'the 42-year-old' (03, the wrong age on purpose), 'the ex-sailor', 'the gunman', 'the "
             "alleged assassin', 'the Nara resident' (Yamagami); 'the 65-year-old premier', 'the Premier' (Kishida); "
             "'Abe's widow', 'the widow', 'the former first lady' (Akie Abe); 'the church', 'the group', 'the sect', 'the "
             "federation', 'the community' (the Unification Church); 'the ministry' (05, the Foreign Ministry); "
             "'Japan's navy' (03, the MSDF); 'Nara's police chief' (03, Onizuka, not named in 03). 'the Clarion' (03) and "
             "'the Ledger' (05) are the outlets in 'told the Clarion', 'told the Ledger'; NHK is a broadcaster. 'Scotland "
             "Yard' occurs only in 'Ex-Scotland Yard' and is not keyed; 'Kintetsu' does not occur. The hospital and the "
             "station are keyed as named places/organisations; 'Zojoji' (03 'Zojoji temple') is the temple. Adjectives "
             "(Japanese, Korean, South Korean, Indian) are not keyed. roles: roles stated in an apposition or title, for "
             "information.",
    "entities": [{"name": n, "type": t, "aliases": a} for n, t, a in ents],
    "must_not_merge": must_not_merge,
    "descriptions": [{"entity": e, "descriptions": d} for e, d in descriptions],
    "roles": [{"entity": e, "roles": r} for e, r in roles],
})

# ---------------------------------------------------------------------------------------------- dates
dates = [
    # 01: published 2022-07-08 (Friday)
    ["01", "Friday", "2022-07-08"],
    ["01", "two days", "P2D"],
    ["01", "Saturday", "2022-07-09"],
    ["01", "a year", "P1Y"],
    ["01", "2006", "2006"],
    ["01", "2012", "2012"],
    ["01", "2020", "2020"],
    # 02: published 2022-07-11 (Monday)
    ["02", "Monday", "2022-07-11"],
    ["02", "1998", "1998"],
    ["02", "2002", "2002"],
    ["02", "September last year", "2021-09"],
    ["02", "forty years", "P40Y"],
    ["02", "1987", "1987"],
    ["02", "a day", "P1D"],
    ["02", "Sunday", "2022-07-10"],
    ["02", "two days", "P2D"],
    ["02", "June 22 to July 9", "2022-06-22/2022-07-09"],
    ["02", "Saturday", "2022-07-09"],
    # 03: published 2022-07-10 (Sunday), no date line
    ["03", "last night", "2022-07-09"],
    ["03", "Friday", "2022-07-08"],
    ["03", "three years", "P3Y"],
    ["03", "2002 to 2005", "2002/2005"],
    ["03", "yesterday", "2022-07-09"],
    ["03", "Saturday", "2022-07-09"],
    ["03", "tomorrow", "2022-07-11"],
    ["03", "Tuesday", "2022-07-12"],
    ["03", "today", "2022-07-10"],
    # 04: published 2022-09-28 (Wednesday), no date line
    ["04", "Tuesday", "2022-09-27"],
    ["04", "1967", "1967"],
    ["04", "2012", "2012"],
    ["04", "8 July", "2022-07-08"],
    ["04", "Two days later", "2022-07-10"],
    ["04", "earlier this month", "2022-09"],
    ["04", "August", "2022-08"],
    ["04", "10 August", "2022-08-10"],
    ["04", "25 July", "2022-07-25"],
    ["04", "end of November", "2022-11"],
    ["04", "26 to 28 September", "2022-09-26/2022-09-28"],
    # 05: published 2022-09-26 (Monday)
    ["05", "Tomorrow", "2022-09-27"],
    ["05", "July 8", "2022-07-08"],
    ["05", "1967", "1967"],
    ["05", "July 14", "2022-07-14"],
    ["05", "a week", "P1W"],
    ["05", "July 22", "2022-07-22"],
    ["05", "September 8", "2022-09-08"],
    ["05", "3,188 days", "P3188D"],
    ["05", "Last month", "2022-08"],
    ["05", "next week", "2022-10-03/2022-10-09"],
    ["05", "July", "2022-07"],
]
dump('dates.json', {
    "about": "Answer key for date normalisation on corpus-i/articles, same conventions as corpus-c to g: document id prefix, "
             "the expression as written (the first occurrence not yet matched, in text order; a system expression that "
             "contains the key text matches, so 'Friday' also matches 'on Friday', 'a year' matches 'for a year', 'a week' "
             "matches 'less than a week', 'end of November' matches 'until the end of November'), its absolute value. Weeks "
             "run Monday to Sunday. Date lines (05's 'Monday, September 26, 2022'), the dateline of 01, comment timestamps "
             "(02) and other boilerplate (04's duplicated lead, newsletter 'every morning' in 03) are not keyed. Clock "
             "times ('shortly after 11:30 a.m.', '5:03 p.m.' in 01) are not keyed; the day they belong to is. Vague, "
             "generic or anaphoric expressions are not keyed: 'once a month' (02), 'decades' (02, 04), 'months' and 'late "
             "at night' (03), 'two decades ago' (03: the mother's bankruptcy, 2002 per 02, but only roughly), 'for ever' "
             "(03), 'difficult years', 'for years', 'At the same time', 'Since then' (04), 'this evening' (04, inside "
             "Suga's quote: an evening in 2012, not the day of writing), 'the day he died' (05, 8 July), 'every week' "
             "(05), 'an hour's drive' (02), 'the war' (05). 01 (written Friday 8 July 2022): 'two days before an election' "
             "is a span (the election is on Sunday 10 July); 'on Saturday' is 9 July (campaigning resumes). 02 (written "
             "Monday 11 July): 'September last year' is September 2021, 'Sunday's upper house election' 10 July, 'on "
             "Saturday' 9 July, 'from June 22 to July 9' the official campaign. 03 (written Sunday 10 July, no date line): "
             "'last night' and 'yesterday' are Saturday 9 July, 'Friday's attack' 8 July, 'tomorrow' the wake on 11 "
             "July, 'on Tuesday' the private funeral on 12 July, 'today' the election. 04 (written Wednesday 28 September, "
             "no date line): 'on Tuesday' is the funeral on 27 September, 'earlier this month' September 2022 (the NHK "
             "poll), 'in August' the previous month's poll, 'Two days later' 10 July, 'the end of November' November 2022. "
             "05 (written Monday 26 September): 'Tomorrow' 27 September, 'Last month' August 2022, 'next week' 3-9 "
             "October (the Diet reconvenes), 'since July' July 2022. Publication dates used: 01 2022-07-08, 02 2022-07-11, "
             "03 2022-07-10, 04 2022-09-28, 05 2022-09-26 (see publication.json).",
    "dates": dates,
})

# ---------------------------------------------------------------------------------------------- publication
dump('publication.json', {
    "about": "True publication date of each document (the one the author had in mind) and whether the input states it "
             "(metadata, JSON field or a visible date line). window: the span a careful reader can prove from the text alone "
             "(plus event dates the other articles give); the engine's published.earliest..latest should contain 'date'.",
    "published": [
        {"doc": "01", "date": "2022-07-08", "stated": True,
         "how": "JSONL published field 2022-07-08T13:20:00Z (22:20 in Japan); the shooting 'on Friday'",
         "window": ["2022-07-08", "2022-07-08"]},
        {"doc": "02", "date": "2022-07-11", "stated": True,
         "how": "meta article:published_time and JSON-LD datePublished 2022-07-11T21:30:00+09:00 (no visible date; the "
                "caption's 'on Monday' agrees; comment timestamps of 11-12 July are boilerplate)",
         "window": ["2022-07-11", "2022-07-11"]},
        {"doc": "03", "date": "2022-07-10", "stated": False,
         "how": "none: 'Friday's attack' (8 July per 01/04/05), the police chief spoke 'yesterday' (Saturday per 02), "
                "and 'Japanese voters go to the polls today' (the election of Sunday 10 July per 02), with the wake "
                "'tomorrow' and the private funeral 'on Tuesday' still ahead",
         "window": ["2022-07-10", "2022-07-10"]},
        {"doc": "04", "date": "2022-09-28", "stated": False,
         "how": "none: the state funeral took place 'on Tuesday' (27 September per 05's 'Tomorrow'), Kishida receives "
                "guests 'from 26 to 28 September' (present), the NHK poll was 'earlier this month'; an evening report on "
                "Tuesday itself is just possible",
         "window": ["2022-09-27", "2022-09-28"]},
        {"doc": "05", "date": "2022-09-26", "stated": True,
         "how": "visible date line 'Monday, September 26, 2022'", "window": ["2022-09-26", "2022-09-26"]},
    ],
})

# ---------------------------------------------------------------------------------------------- timeline
ev = []
event = recorder(ev)


event("Abe sends a video message to a rally of the church-affiliated Universal Peace Federation", "2021-09", ["02"],
      ["video", "message", "rally", "upf", "universal-peace-federation", "praised"],
      note="month only ('in September last year')")
event("Kishida campaigns for the upper house election", "2022-06-22", ["02"],
      ["campaign", "campaigned", "campaigning"], until="2022-07-09", note="02 'from June 22 to July 9'")
event("Shinzo Abe is shot during a campaign speech in Nara and dies; Tetsuya Yamagami is arrested at the scene",
      "2022-07-08", ["01", "03", "04", "05"],
      ["shot", "shooting", "killed", "killing", "attack", "dead", "died", "arrested", "bullets", "gunman", "struck"],
      note="01 'on Friday', 03 'Friday's attack', 04 'the 8 July', 05 'on July 8'")
event("Nara's police chief admits 'undeniable' security problems; police find bullet holes near the scene",
      "2022-07-09", ["02", "03"],
      ["undeniable", "onizuka", "tomoaki-onizuka", "security", "failings", "problems", "admitted", "conceded",
       "bullet holes"],
      note="02 'on Saturday', 03 'yesterday'; 03's 'Mrs Abe accompanied her husband's body home to Tokyo on Saturday' "
           "is the same day")
event("The LDP wins the upper house election", "2022-07-10", ["02", "03", "04"],
      ["election", "won", "polls", "seats", "liberal-democratic-party", "ldp"],
      note="02 'Sunday's upper house election', 03 'go to the polls today', 04 'Two days later'")
event("The Unification Church's Japanese branch holds a news conference and confirms the suspect's mother is a member",
      "2022-07-11", ["02"],
      ["news conference", "press conference", "acknowledged", "tanaka", "tomihiro-tanaka", "member", "joined"])
event("Kishida announces a state funeral for Abe", "2022-07-14", ["05"],
      ["announced", "state funeral", "funeral"])
event("The Cabinet approves the state funeral", "2022-07-22", ["05"], ["approved", "cabinet", "funeral"])
event("Yamagami is placed under psychiatric evaluation", "2022-07-25", ["04"],
      ["psychiatric", "observation", "evaluation"])
event("The church holds a second press conference; Tanaka rejects any responsibility", "2022-08-10", ["04"],
      ["press conference", "rejected", "responsibility", "tanaka", "tomihiro-tanaka"],
      note="the second of the church's two news conferences (the first on 11 July, 02)")
event("Kishida apologises for the loss of public trust over the church ties", "2022-08", ["05"],
      ["apologised", "apologized", "apology", "trust"], note="month only ('Last month' in 05; 04 reports it undated)")
event("An NHK poll puts Kishida's cabinet approval at 46 per cent", "2022-08", ["04"],
      ["46", "poll", "survey", "approval", "nhk"],
      note="month only ('in August'); the previous occurrence of NHK's monthly poll")
event("Kishida explains the state funeral to the Diet", "2022-09-08", ["05"],
      ["diet", "appearing", "judged", "served", "3,188", "lawmakers", "explained"])
event("An NHK poll puts the cabinet's approval at 40 per cent", "2022-09", ["04"],
      ["40", "poll", "survey", "approval", "nhk", "fell"], note="month only ('earlier this month' in 04)")
event("Kishida holds bilateral talks with foreign guests ('condolence diplomacy')", "2022-09-26", ["04"],
      ["bilateral", "talks", "condolence", "diplomacy", "receives", "guests"], until="2022-09-28")
event("State funeral for Abe at the Nippon Budokan in Tokyo", "2022-09-27", ["04", "05"],
      ["state funeral", "funeral", "budokan", "nippon-budokan", "ceremony", "urn", "farewell", "leave", "protests",
       "demonstrated"],
      note="04 'on Tuesday' (past), 05 'Tomorrow' (announced)")
dump('timeline.json', {
    "about": "Real-world events the articles report, with date (day or month), until for multi-day events, the documents "
             "that report each, and words by which a system event is recognised (title, trigger or participant entity ids). "
             "Two recurring events occur twice on purpose: the church's news conferences (11 July, 02; the 'second press "
             "conference' of 10 August, 04) and NHK's monthly poll (August 46 per cent, September 40 per cent, 04). Future "
             "plans at the time of writing (01 'campaigning would resume on Saturday'; 03 the wake 'tomorrow' and the "
             "private funeral at Zojoji 'on Tuesday'; 04 the prosecutor's decision by 'the end of November'; 05 the Diet "
             "reconvening 'next week'), year-only or period facts (Abe's terms from 2006 and 2012 to 2020, the mother "
             "joining in 1998 and her bankruptcy in 2002, the 2002-2005 naval service, the 1967 funeral of Yoshida, the "
             "network's complaints since 1987, Abe's new start in 2012) and undated facts are not keyed.",
    "events": ev,
})

# ---------------------------------------------------------------------------------------------- quotes
KI, TT, TY, FU = "Fumio Kishida", "Tomihiro Tanaka", "Tetsuya Yamagami", "Hidetada Fukushima"
PI, SU, KS, ET = "Graham Pike", "Yoshihide Suga", "Nobuo Kishi", "Emiko Tanaka"
UC, NPP, FM = "Unification Church", "Nara Prefectural Police", "Foreign Ministry"
quotes = [
    ["01", "the former leader had died of massive blood loss", "indirect", FU],
    ["01", "There were two wounds to the neck", "direct", FU],
    ["01", "We were not able to stop the bleeding", "direct", FU],
    ["01", "the weapon appeared to be homemade", "indirect", [None, NPP]],
    ["01", "he bore a grudge against a certain organisation", "indirect", [TY, NPP]],
    ["01", "This is an act of barbarism", "direct", KI],
    ["01", "campaigning would resume on Saturday", "indirect", KI],
    ["01", "stunned, outraged, and deeply saddened", "partial", "Joe Biden"],

    ["02", "the mother of the man accused of killing", "indirect", UC],
    ["02", "the woman had joined around 1998", "indirect", TT],
    ["02", "the group had no record of the suspect", "indirect", TT],
    ["02", "We have never asked for donations", "direct", TT],
    ["02", "financial difficulties", "partial", TT],
    ["02", "Abe had never been a member or an adviser", "indirect", TT],
    ["02", "the suspect told them his mother gave", "indirect", [None, TY]],
    ["02", "he had at first wanted to attack", "indirect", TY],
    ["02", "the case exposes a problem", "indirect", [None]],
    ["02", "Families have been destroyed", "direct", "Daisuke Morita"],
    ["02", "it has handled complaints worth", "indirect", "National Network of Lawyers Against Spiritual Sales"],
    ["02", "officers had found bullet holes", "indirect", NPP],
    ["02", "undeniable", "partial", "Tomoaki Onizuka"],

    ["03", "THE ex-sailor accused of gunning down", "indirect", [None]],
    ["03", "he spent months making guns", "indirect", TY],
    ["03", "He never said hello", "direct", [None]],
    ["03", "Yamagmai believed Mr Abe had helped", "indirect", [None]],
    ["03", "He had his back to an open street", "direct", PI],
    ["03", "undeniable", "partial", ["Tomoaki Onizuka", None]],
    ["03", "Japan would now have to rethink", "indirect", PI],
    ["03", "This will change campaigning", "direct", PI],

    ["04", "man of courage", "partial", KI],
    ["04", "You were a leader who should have lived", "direct", KI],
    ["04", "Abe had convinced him in 2012", "indirect", SU],
    ["04", "I will never forget this evening", "direct", SU],
    ["04", "there were more than 10,000 participants", "indirect", [None]],
    ["04", "he wastes taxpayers' money", "indirect", [None]],
    ["04", "His mother had been ruined by the sect", "indirect", TY],
    ["04", "Kischida wanted to show strength", "direct", "Miriam Holzapfel"],
    ["04", "The sect had never made political pressure", "indirect", TT],
    ["04", "condolence diplomacy", "partial", [None]],

    ["05", "Abe had served as prime minister for 3,188 days", "indirect", KI],
    ["05", "I judged that the nation", "direct", KI],
    ["05", "representatives of 217 countries", "indirect", [None, FM]],
    ["05", "For many of our partners", "direct", [None, FM]],
    ["05", "179 of its lawmakers had some dealings", "indirect", "Liberal Democratic Party"],
    ["05", "the family was grateful", "indirect", KS],
    ["05", "My brother would have been embarrassed", "direct", KS],
    ["05", "but he would have been pleased", "direct", KS],
    ["05", "she would watch the ceremony", "indirect", ET],
    ["05", "People argue about the money", "direct", ET],
    ["05", "she had left flowers at the spot", "indirect", ET],
]
dump('quotes.json', {
    "about": "Answer key for quotations on corpus-i/articles, same conventions as corpus-c to g: document id prefix, the "
             "first words of the quoted or reported content, kind, and the speaker's canonical name (null: the text does "
             "not name one; a list: any of these is right, and a list containing null also accepts no speaker). A quote "
             "interrupted by its attribution (05 Kishi) is keyed once per piece. A reported clause with quoted words in "
             "it (01 Biden 'said he was \"stunned, outraged, and deeply saddened\"', 02 Tanaka 'aware of her “financial "
             "difficulties”', 02 and 03 'there had been “undeniable” problems' / 'there were \"undeniable\" failings', 04 "
             "Kischida 'called Abe ... a „man of courage“') is keyed as the partial quote. Quotation marks: straight double "
             "quotes (01, 03, 05), curly quotes (02), German low-high quotes „...“ (04, machine translation, attribution "
             "after the closing mark: '„...“, said Kischida', '„...“, she said to our newspaper'). 'He said:' style in 03 "
             "(Pike, 'One woman in his block told the Clarion:'); 'X told <outlet>': 03 'told the Clarion', 05 Kishi 'told "
             "the Ledger', 04 'said to our newspaper'. Speakers by pronoun or role only: 01 'he said' (Fukushima), 'He "
             "said' (Kishida), 'A police official said' (unnamed: null or the Nara police), 02 'He said', 'he said', 'He "
             "added that' (Tanaka), 03 'Nara's police chief conceded' (Onizuka, not named in 03: Onizuka or null), 'Pike "
             "added that', 04 'He recalled that' (Suga), 'he said to the investigators' (Yamagami), 'he assured' "
             "(Tanaka), 05 'the 65-year-old premier told lawmakers' (Kishida), 'A Foreign Ministry spokesman said' / 'the "
             "spokesman said' (unnamed: null or the Foreign Ministry), 'She said she had left flowers' (Emiko Tanaka). "
             "Reported speech: 'Mr. Kishida said that', 'He added that', 'Critics had reproached Kischida that'. "
             "'according to': 01 'according to the Nara Prefectural Police' (the suspect's account reported by the "
             "police: Yamagami or the police), 02 'According to police sources, Yamagami said', 04 'According to the "
             "organisers' (null). Organisations as speakers: 02 'The Unification Church acknowledged', 'The network says', "
             "'The Nara Prefectural Police said', 05 'His party, the LDP, has said'. Unnamed: 02 'Investigators have said' "
             "(null, or Yamagami whose account it is), 'Lawyers ... say', 03 'police sources said' (twice), 'One woman in "
             "his block', 04 'as the Japanese press calls it'. Not keyed: 01 'The State Department called the attack an "
             "assault on democracy itself' and 02 'called the result a mandate' (naming, not speech content), 02 'declined "
             "to say', 03 'Neighbours described him', 'reportedly', 04 'had rejected ... any responsibility' (no content "
             "clause), 05 'The ministry expects', 'The government now puts the cost', 'Opinion polls show', 'accuse the "
             "government of', and the duplicated lead of 04.",
    "quotes": quotes,
})

# ---------------------------------------------------------------------------------------------- claims
claims = [
    {"id": "suspect-age",
     "text": "The suspect, Tetsuya Yamagami, is 41 years old",
     "docs": ["01", "02", "04"],
     "anchors": {
         "01": "Police arrested a 41-year-old man at the scene",
         "02": "the suspect, Tetsuya Yamagami, 41, ever being a member",
         "04": "the 41-year-old Tetsuya Yamagami, comes from Nara"},
     "contradiction": {
         "docs": ["03"],
         "anchors": {"03": "The 42-year-old, who served three years"},
         "aspect": "number",
         "detail": "03 gives the suspect's age as 42 against 41 in 01/02/04"},
     "note": "Abe's age (67, 01), Akie Abe's (60, 03), Kishida's (65, 05) and Emiko Tanaka's (74, 05) are other people's"},
    {"id": "shot-in-nara",
     "text": "Abe was shot in Nara on 8 July 2022 while giving an election speech",
     "docs": ["01", "04", "05"],
     "anchors": {
         "01": "Shinzo Abe was shot dead on Friday while delivering a campaign speech",
         "04": "He had shot Abe the 8 July during an election speech",
         "05": "He was taken from us by a gunman's bullets in Nara on July 8"},
     "contradiction": None},
    {"id": "homemade-gun",
     "text": "The weapon was homemade, from metal pipes bound with tape",
     "docs": ["01", "03"],
     "anchors": {
         "01": "A police official said the weapon appeared to be homemade",
         "03": "making guns from metal pipes and duct tape"},
     "contradiction": None,
     "note": "01's 'two wounds to the neck' and 03's 'fired twice' are different facts, not a count of the same thing"},
    {"id": "mother-donations",
     "text": "The suspect's mother gave a fortune to the Unification Church, which ruined the family",
     "docs": ["02", "03", "04"],
     "anchors": {
         "02": "Investigators have said the suspect told them his mother gave the church about 100 million yen",
         "03": "His mother reportedly handed a fortune to the Unification Church",
         "04": "His mother had been ruined by the sect"},
     "contradiction": None,
     "note": "100 million yen (02) against the network's complaints of more than 120 billion yen since 1987 (02) and the "
             "funeral's cost are other quantities"},
    {"id": "mother-bankrupt",
     "text": "The suspect's mother went bankrupt about twenty years ago (2002)",
     "docs": ["02", "03"],
     "anchors": {
         "02": "Asked about reports that the mother went bankrupt in 2002",
         "03": "She was declared bankrupt two decades ago"},
     "contradiction": None},
    {"id": "motive-abe-link",
     "text": "The suspect believed Abe was linked to (had helped) the group he blamed",
     "docs": ["01", "02", "03"],
     "anchors": {
         "01": "he bore a grudge against a certain organisation and believed Abe was connected to it",
         "02": "turned instead on the politician he believed had helped it spread in Japan",
         "03": "Yamagmai believed Mr Abe had helped the group"},
     "contradiction": None,
     "note": "Tanaka's 'Abe had never been a member or an adviser' (02) is about membership, not a denial of the suspect's "
             "belief"},
    {"id": "security-failings",
     "text": "Nara's police chief admitted 'undeniable' security failings",
     "docs": ["02", "03"],
     "anchors": {
         "02": "admitted there had been",
         "03": "conceded yesterday that there were"},
     "contradiction": None},
    {"id": "ldp-wins",
     "text": "The LDP won the upper house election on 10 July, two days after the shooting",
     "docs": ["02", "04"],
     "anchors": {
         "02": "won 63 of the 125 seats contested",
         "04": "Two days later won the LDP the upper house election clearly"},
     "contradiction": None,
     "note": "63 of 125 seats is the LDP's share of the seats contested"},
    {"id": "state-funeral",
     "text": "Japan held a state funeral for Abe on 27 September 2022 at the Nippon Budokan in Tokyo",
     "docs": ["04", "05"],
     "anchors": {
         "04": "Japan has on Tuesday taken leave of its murdered former head of government",
         "05": "Tomorrow, at the Nippon Budokan in Tokyo, Japan will hold a state funeral"},
     "contradiction": None,
     "note": "05 announces it for the next day, 04 reports it: not a contradiction; both say the last such funeral was in "
             "1967 ('the first state funeral for a politician since 1967', 'the first, for Yoshida Shigeru, was held in "
             "1967')"},
    {"id": "funeral-guests",
     "text": "About 4,300 people attended the funeral in the hall",
     "docs": ["04", "05"],
     "anchors": {
         "04": "Around 4300 guests, among them the US Vice President",
         "05": "The ministry expects about 4,300 people in the hall"},
     "contradiction": None,
     "note": "700 foreign guests and 217 countries, regions and organisations (05), more than 10,000 protesters and more "
             "than 20,000 people at the flower altar (04) are other quantities"},
    {"id": "funeral-cost",
     "text": "The state funeral costs the state about 1.66 billion yen",
     "docs": ["04", "05"],
     "anchors": {
         "04": "The costs of approximately 1.66 billion yen carries the state",
         "05": "The government now puts the cost at about 1.66 billion yen"},
     "contradiction": None,
     "note": "the 250 million yen first announced for the venue alone (05) is an earlier, partial estimate: not a "
             "contradiction"},
    {"id": "akie-ashes",
     "text": "Akie Abe carried her husband's ashes into the hall",
     "docs": ["04", "05"],
     "anchors": {
         "04": "The widow Akie Abe carried the urn with the ashes of her husband into the hall",
         "05": "is expected to carry her husband's ashes into the hall"},
     "contradiction": None, "note": "05 expects what 04 reports"},
    {"id": "kishida-apology",
     "text": "Kishida apologised over the LDP's ties to the church",
     "docs": ["04", "05"],
     "anchors": {
         "04": "Kischida had apologised and promised a break with the community",
         "05": "Last month Mr. Kishida apologised for the loss of public trust"},
     "contradiction": None},
    {"id": "lawmakers-ties",
     "text": "About half of the LDP's lawmakers (179) had dealings with the church",
     "docs": ["04", "05"],
     "anchors": {
         "04": "almost half of the LDP deputies had contacts to the sect",
         "05": "179 of its lawmakers had some dealings with the group"},
     "contradiction": None,
     "note": "'almost half' and 179 (of the party's some 380 lawmakers) agree"},
    {"id": "psychiatric",
     "text": "Yamagami is undergoing a psychiatric evaluation and has not been charged",
     "docs": ["04", "05"],
     "anchors": {
         "04": "Yamagami is since the 25 July in psychiatric observation",
         "05": "who is undergoing a psychiatric evaluation, has not yet been charged"},
     "contradiction": None},
]
dump('claims.json', {
    "about": "Checkable claims made by two or more sources on corpus-i/articles: short text, the documents asserting it "
             "(with an anchor: words of the asserting sentence in each document's cleaned text), and any contradiction "
             "(documents that disagree, aspect, detail). Only one contradiction is intended (the suspect's age: 'The 42-"
             "year-old' in 03 against 41 in 01/02/04); every other contradiction is a false alarm, in particular: the "
             "funeral's cost of 1.66 billion yen (04, 05) against the 250 million yen first announced for the venue (05); "
             "100 million yen donated by the mother (02) against complaints worth 120 billion yen since 1987 (02); 4,300 "
             "people in the hall (04, 05) against 700 foreign guests and 217 delegations (05), 10,000 protesters and 20,000 "
             "mourners at the flower altar (04); NHK's 40 per cent (September) against 46 per cent (August) (04, two "
             "polls); 'almost half' of the LDP's lawmakers (04) against 179 (05); the funeral announced for 'Tomorrow' (05) "
             "against held 'on Tuesday' (04); Akie Abe expected to carry the ashes (05) against carried them (04); "
             "people's ages (Abe 67, Akie Abe 60, Kishida 65, Emiko Tanaka 74); 63 of 125 seats (02); Abe's 3,188 days "
             "in office (05) against 'a year from 2006 and again from 2012 until ... 2020' (01); the shooting 'two days "
             "before' (01) and the election 'two days after' (02, 04); Tanaka's 'We have never asked for donations that "
             "would ruin a family' (02) against the suspect's account of his mother's ruin (02, 03, 04): a denial by "
             "the church, reported as such. Framing differs on purpose (01 neutral wire; 02 a Japanese liberal daily on "
             "the church and the governing party's ties; 03 a British tabloid on the 'loner' suspect with loaded terms "
             "'assassin', 'sect', 'Moonies'; 04 a German paper, machine-translated, on a divided country and the 'Moon "
             "sect'; 05 a conservative Japanese editorial defending the state funeral) without contradicting. "
             "single_source lists claims only one document makes, for reference.",
    "claims": claims,
    "single_source": [
        {"doc": "01", "text": "Abe was pronounced dead at Nara Medical University Hospital at 5:03 p.m. of massive blood loss"},
        {"doc": "01", "text": "Kishida called the attack an act of barbarism that can never be forgiven"},
        {"doc": "01", "text": "Yamagami had served in the Maritime Self-Defense Force (03: three years in Japan's navy, "
                              "in a sentence that also gives his age)"},
        {"doc": "02", "text": "The suspect's mother joined the church around 1998"},
        {"doc": "02", "text": "Abe sent a video message to a UPF rally in September 2021"},
        {"doc": "02", "text": "Police found bullet holes in a building about 90 metres away"},
        {"doc": "03", "text": "A wake on 11 July and a private funeral at Zojoji temple on 12 July"},
        {"doc": "04", "text": "More than 10,000 people protested against the state funeral"},
        {"doc": "04", "text": "NHK's poll put cabinet approval at 40 per cent in September, after 46 per cent in August"},
        {"doc": "04", "text": "Suga gave the most moving eulogy"},
        {"doc": "05", "text": "Kishida announced the funeral on 14 July and the Cabinet approved it on 22 July"},
        {"doc": "05", "text": "217 countries, regions and organisations confirmed attendance"},
    ],
})
print('keys written')
