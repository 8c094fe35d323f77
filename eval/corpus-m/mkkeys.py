"""Writes the answer keys of corpus-m (South Korea's martial law crisis, 3-30 December 2024) into keys/.

Written by hand from reading the articles; run once (python3 mkkeys.py), then python3 check_keys.py.
"""
import os
import sys

K = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'keys')


sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from key_writing import recorder, writer  # noqa: E402

dump = writer(K)


P, O, G, L, M, E_, MD = 'PERSON', 'ORG', 'GPE', 'LOC', 'MISC', 'EVENT', 'MEDIA'
YO, LE, HDH, HDS = "Yoon Suk Yeol", "Lee Jae-myung", "Han Dong-hoon", "Han Duck-soo"
WO, KYH, PAS, CSM = "Woo Won-shik", "Kim Yong-hyun", "Park An-su", "Choi Sang-mok"
NA, DP, PPP, CC = "National Assembly", "Democratic Party", "People Power Party", "Constitutional Court"
CIO = "Corruption Investigation Office for High-ranking Officials"

# ---------------------------------------------------------------------------------------------- entities
ents = [
    (YO, P, ["Yoon Suk Yeol", "Yoon", "Yoon Suk-yeol", "Yoon Seok-youl", "Suk-yeol Yoon", "Yun Sŏk-yŏl",
             "President Yoon", "Mr. Yoon", "Mr Yoon", "Mr Yon", "Yoom"]),
    (LE, P, ["Lee Jae-myung", "Jae-myung Lee", "Mr Lee", "Mr. Lee"]),
    (HDH, P, ["Han Dong-hoon", "Dong-hoon Han"]),
    (HDS, P, ["Han Duck-soo", "Duck-soo Han", "Acting President Han", "Mr Han"]),
    (WO, P, ["Woo Won-shik"]),
    (KYH, P, ["Kim Yong-hyun", "Mr. Kim"]),
    (PAS, P, ["Park An-su", "Park An-soo", "An-su Park"]),
    (CSM, P, ["Choi Sang-mok", "Sang-mok Choi", "Choi", "Acting President Choi"]),
    ("Kim Keon-hee", P, ["Kim Keon-hee"]),
    ("Ahn Cheol-soo", P, ["Ahn Cheol-soo"]),
    ("Kang Min-seo", P, ["Kang Min-seo"]),
    ("Claire Mercer", P, ["Claire Mercer"]),
    ("Kwak Jong-geun", P, ["Kwak Jong-geun"]),
    ("Élodie Ferrand", P, ["Élodie Ferrand"]),
    ("Park Chung-hee", P, ["Park Chung-hee"]),
    ("Antony Blinken", P, ["Antony Blinken"]),
    ("Daniel Reyes", P, ["Daniel Reyes"]),
    ("Seok Dong-hyeon", P, ["Seok Dong-hyeon"]),
    ("Nam Gi-hoon", P, ["Nam Gi-hoon"]),
    ("Min-jun Kwon", P, ["Min-jun Kwon"]),

    (NA, O, ["National Assembly", "Assembly"]),
    (DP, O, ["Democratic Party", "DP", "Democrat Party", "PD", "Minjoo", "Minjoo Party"]),
    (PPP, O, ["People Power Party", "PPP", "Party of the Power to the People", "Gukhimdang"]),
    (CC, O, ["Constitutional Court"]),
    (CIO, O, ["Corruption Investigation Office for High-ranking Officials", "CIO",
              "Office for the Investigation of Corruption of High-Ranking Officials", "Gongsucheo"]),
    ("White House", O, ["White House"]),
    ("State Department", O, ["State Department"]),
    ("Gallup Korea", O, ["Gallup Korea"]),
    ("KCNA", O, ["KCNA"]),
    ("Jeju Air", O, ["Jeju Air"]),
    ("Harrowgate Centre for Asian Studies", O, ["Harrowgate Centre for Asian Studies"]),
    ("Hangang Institute for Public Affairs", O, ["Hangang Institute for Public Affairs"]),
    ("Institute of Korean Studies", O, ["Institute of Korean Studies", "IEC"]),
    ("Fairhaven Institute for Pacific Security", O, ["Fairhaven Institute for Pacific Security"]),
    ("Dongmun University", O, ["Dongmun University"]),
    ("Lindqvist Foundation for Democratic Studies", O, ["Lindqvist Foundation for Democratic Studies"]),

    ("Herald", MD, ["Herald"]),

    ("South Korea", G, ["South Korea", "Republic of Korea", "Korea"]),
    ("Seoul", G, ["Seoul"]),
    ("North Korea", G, ["North Korea"]),
    ("United States", G, ["United States", "US"]),
    ("Washington", G, ["Washington"]),
    ("Gwangju", G, ["Gwangju"]),
    ("Stockholm", G, ["Stockholm"]),
    ("Muan", G, ["Muan"]),

    ("Hannam-dong", L, ["Hannam-dong"]),
]

descriptions = [
    ("South Korea", ["Seoul"]),
    ("North Korea", ["Pyongyang"]),
    (YO, ["the 63-year-old president", "the head of State", "the impeached president"]),
    (LE, ["the opposition leader"]),
    (HDH, ["the party chief"]),
    (HDS, ["the acting president"]),
    (KYH, ["the former defence minister"]),
    (PAS, ["the martial law commander"]),
    (PPP, ["the ruling party"]),
    (CIO, ["the office"]),
    (CC, ["the court"]),
]

roles = [
    (YO, ["President"]),
    (LE, ["the leader of the main opposition Democratic Party", "Democratic Party leader", "Opposition leader",
          "the chief of the PD", "Representative"]),
    (HDH, ["the leader of the ruling People Power Party", "PPP leader", "The president of the PPP",
           "the People Power Party leader", "the ruling party leader"]),
    (HDS, ["Prime Minister", "Acting President"]),
    (WO, ["Speaker"]),
    (KYH, ["the former defence minister", "The ex-minister of the Defence", "His former defense minister",
           "former Minister of National Defense"]),
    (PAS, ["the army chief of staff", "chief of staff of the army of land", "martial law commander", "Gen."]),
    (CSM, ["Deputy Prime Minister and Minister of Economy and Finance", "a finance minister", "acting president"]),
    ("Kim Keon-hee", ["first lady"]),
    ("Ahn Cheol-soo", ["Rep."]),
    ("Kang Min-seo", ["a political scientist at the Hangang Institute for Public Affairs"]),
    ("Claire Mercer", ["who follows Korean politics at the Harrowgate Centre for Asian Studies"]),
    ("Kwak Jong-geun", ["The chief of the special forces"]),
    ("Élodie Ferrand", ["researcher at the Institute of Korean Studies"]),
    ("Park Chung-hee", ["the president"]),
    ("Antony Blinken", ["Secretary of State"]),
    ("Daniel Reyes", ["a senior fellow at the Fairhaven Institute for Pacific Security"]),
    ("Seok Dong-hyeon", ["lawyer"]),
    ("Nam Gi-hoon", ["Professor"]),
    ("Min-jun Kwon", ["a fellow at the Lindqvist Foundation for Democratic Studies"]),
]

must_not_merge = [
    [HDH, HDS],
    [KYH, "Kim Keon-hee"],
    [PAS, "Park Chung-hee"],
    [HDS, CSM],
]

dump('entities.json', {
    "about": "Answer key for entity resolution on corpus-m/articles (South Korea's martial law crisis: Yoon Suk Yeol's "
             "declaration of 3 December 2024, the two impeachment votes of 7 and 14 December, Han Duck-soo's impeachment "
             "on 27 December, to 30 December), written from reading the articles. Same conventions as corpus-c..l: "
             "canonical name (a form that occurs in the texts), type, and every surface form that names the entity in "
             "the cleaned texts (headlines, standfirsts, captions, bylines, datelines such as 'SEOUL (Northstar Wire) -', "
             "related links, share bars and other boilerplate excluded). Title+full-name forms (President Yoon Suk Yeol, "
             "President Yoon Seok-youl, Gen. Park An-su, Speaker Woo Won-shik, Prime Minister Han Duck-soo, Rep. Ahn "
             "Cheol-soo, Professor Nam Gi-hoon) are not listed separately; title+surname forms (President Yoon, Mr. "
             "Yoon, Mr Yoon, Mr Lee, Mr. Lee, Mr Han, Acting President Han, Acting President Choi, Mr. Kim) are. East "
             "Asian order (family name first) everywhere except 06, which writes given name first ('Suk-yeol Yoon', "
             "'Jae-myung Lee', 'Dong-hoon Han', 'Duck-soo Han', 'Sang-mok Choi', 'Gen. An-su Park'). Defects on purpose: "
             "the president is 'Yoon Suk Yeol' (01, 02), 'Yoon Suk-yeol' (03, 04), the older romanisation 'Yoon "
             "Seok-youl' (05, machine-translated from Korean), 'Suk-yeol Yoon' and the McCune-Reischauer 'Yun Sŏk-yŏl' "
             "(06), 'President Yoon' (05), 'Mr. Yoon' (03, 04), 'Mr Yoon' (06), bare 'Yoon' (01, 02, 05, 06) and two "
             "misspellings of the surname in one article, 'Mr Yon' and 'the 64-year-old Yoom' (06); the martial law "
             "commander is 'Park An-su' (01, 02, 04), the French transliteration 'Park An-soo' (03) and 'An-su Park' (06). "
             "Two Hans who must not merge: Han Dong-hoon, leader of the ruling People Power Party (01-04, 06), and Prime "
             "Minister Han Duck-soo, the first acting president (02, 04, 05, 06); both appear in 02, 04 and 06 ('The two "
             "Hans'); 'Mr Han' and 'Acting President Han' occur only in 05 and are Han Duck-soo. Two acting presidents "
             "must stay apart: Han Duck-soo (from 14 December) and Choi Sang-mok (from 27 December; 'Choi acting "
             "president' is a Korean calque, 'Choi' an alias). Other shared surnames: Kim Yong-hyun (the former defence "
             "minister, 'Mr. Kim' in 03) and first lady Kim Keon-hee (02); Gen. Park An-su and the late president Park "
             "Chung-hee (03). Acronyms and foreign forms: 'Democratic Party (DP)' (01), the French 'Democrat Party (PD)' / "
             "'PD' (03), 'Democratic Party (Minjoo)' / 'Minjoo Party' (05); 'People Power Party (PPP)', 03's calque "
             "'Party of the Power to the People (PPP ...)' and the Korean 'People Power Party (Gukhimdang)' (05); the "
             "corruption office is 'the Corruption Investigation Office for High-ranking Officials, known as the CIO' "
             "(06), 03's translation 'Office for the Investigation of Corruption of High-Ranking Officials (CIO)' and the "
             "Korean short name 'Gongsucheo' (05); 'Institute of Korean Studies (IEC)' (03) keeps its French acronym. "
             "'Assembly' (03 'towards the Assembly') is the National Assembly; lower-case 'the assembly' is not keyed. "
             "Capitals standing for governments are descriptions: 'Seoul also moved to reassure investors' (04: South "
             "Korea) and 'Pyongyang, for its part, has broken ... the silence' (03: North Korea); elsewhere Seoul is the "
             "city (01 'the streets of Seoul', 02, 03, 06 'a Seoul court'); 'Washington' in 04 is the city where the "
             "institute sits, not the government. 'The White House' (01) is keyed as an organisation. 'Korea' (06 "
             "'Korea's institutions') and 'Republic of Korea' (05) are South Korea; 'US' (05 'The US State Department') "
             "is the United States. 'Herald' (02 'told the Herald') is the outlet. Descriptions: 'the 63-year-old "
             "president' (01), 'the head of State' (03), 'the impeached president' (06) for Yoon; 'the opposition "
             "leader' (01, 06) for Lee; 'the party chief' (02) for Han Dong-hoon; 'the acting president' (04, and in "
             "05 inside Lee's and Nam's quotations) for Han Duck-soo; 'the former defence minister' (02, 06) for Kim "
             "Yong-hyun; 'the martial law commander' (06) for Park An-su; 'the ruling party' (02) for the PPP; 'the "
             "office' (06) for the CIO; 'the court' (04) for the Constitutional Court. '64-year-old' in 06 modifies a "
             "name and is not keyed as a description. Adjectives and demonyms (South Korean, Korean, Koreans, American) "
             "are not keyed, nor are 'Proclamation No. 1', 'Article 77', 'K-pop' and 06's plural 'The two Hans'; the martial law command, the presidential guard-like security service, the prosecution, "
             "the police, the tribunal and the ministry of the Justice are written in lower case and not keyed. roles: "
             "roles stated in an apposition or title, for information.",
    "entities": [{"name": n, "type": t, "aliases": a} for n, t, a in ents],
    "must_not_merge": must_not_merge,
    "descriptions": [{"entity": e, "descriptions": d} for e, d in descriptions],
    "roles": [{"entity": e, "roles": r} for e, r in roles],
})

# ---------------------------------------------------------------------------------------------- dates
dates = [
    # 01: published Wednesday 2024-12-04 (JSON field 2024-12-04T01:40:00Z, 10:40 in Seoul)
    ["01", "Wednesday", "2024-12-04"],
    ["01", "Tuesday", "2024-12-03"],
    ["01", "48 hours", "PT48H"],
    ["01", "Wednesday", "2024-12-04"],
    ["01", "six hours", "PT6H"],
    ["01", "1980", "1980"],
    ["01", "1987", "1987"],
    ["01", "2022", "2022"],
    ["01", "April", "2024-04"],
    ["01", "two years", "P2Y"],
    # 02: published Sunday 2024-12-08 (meta only)
    ["02", "Saturday", "2024-12-07"],
    ["02", "three hours", "PT3H"],
    ["02", "tonight", "2024-12-07"],
    ["02", "December 3", "2024-12-03"],
    ["02", "a day earlier", "2024-12-06"],
    ["02", "Today", "2024-12-07"],
    ["02", "next Saturday", "2024-12-14"],
    ["02", "December 3", "2024-12-03"],
    ["02", "Thursday", "2024-12-05"],
    ["02", "Sunday", "2024-12-08"],
    ["02", "a week", "P1W"],
    # 03: published Wednesday 2024-12-11 (visible date line 11.12.2024, day before month)
    ["03", "Tuesday", "2024-12-10"],
    ["03", "a week", "P1W"],
    ["03", "Sunday", "2024-12-08"],
    ["03", "3 December", "2024-12-03"],
    ["03", "six hours", "PT6H"],
    ["03", "the next day", "2024-12-04"],
    ["03", "5 December", "2024-12-05"],
    ["03", "Monday", "2024-12-09"],
    ["03", "This Wednesday", "2024-12-11"],
    ["03", "Tuesday", "2024-12-10"],
    ["03", "14 December", "2024-12-14"],
    ["03", "7 December", "2024-12-07"],
    ["03", "Tuesday", "2024-12-10"],
    ["03", "1979", "1979"],
    ["03", "May 1980", "1980-05"],
    ["03", "this Wednesday", "2024-12-11"],
    ["03", "last week", "2024-12-02/2024-12-08"],
    # 04: published Sunday 2024-12-15 (visible date line)
    ["04", "Saturday", "2024-12-14"],
    ["04", "a week", "P1W"],
    ["04", "2021", "2021"],
    ["04", "Dec. 10 to 12", "2024-12-10/2024-12-12"],
    ["04", "Thursday", "2024-12-12"],
    ["04", "Dec. 3", "2024-12-03"],
    ["04", "2022", "2022"],
    ["04", "last month", "2024-11"],
    ["04", "Saturday", "2024-12-14"],
    ["04", "Monday", "2024-12-09"],
    ["04", "Saturday", "2024-12-14"],
    ["04", "180 days", "P180D"],
    ["04", "Dec. 27", "2024-12-27"],
    ["04", "two weeks", "P2W"],
    ["04", "six hours", "PT6H"],
    ["04", "six months", "P6M"],
    # 05: published Saturday 2024-12-28, no date line
    ["05", "the 27th", "2024-12-27"],
    ["05", "the 14th", "2024-12-14"],
    ["05", "the same day", "2024-12-27"],
    ["05", "15 years", "P15Y"],
    ["05", "the 26th", "2024-12-26"],
    ["05", "the 27th", "2024-12-27"],
    ["05", "the 3rd", "2024-12-03"],
    ["05", "the 25th", "2024-12-25"],
    ["05", "12.3", "2024-12-03"],
    ["05", "yesterday", "2024-12-27"],
    ["05", "two weeks", "P2W"],
    ["05", "last year", "2023"],
    # 06: published Monday 2024-12-30, no date line
    ["06", "this December", "2024-12"],
    ["06", "Sunday", "2024-12-29"],
    ["06", "two days", "P2D"],
    ["06", "Friday", "2024-12-27"],
    ["06", "Yesterday", "2024-12-29"],
    ["06", "a week", "P1W"],
    ["06", "Earlier this month", "2024-12"],
    ["06", "December 3", "2024-12-03"],
    ["06", "December 7", "2024-12-07"],
    ["06", "five days later", "2024-12-12"],
    ["06", "December 14", "2024-12-14"],
    ["06", "Two days after that", "2024-12-16"],
    ["06", "two weeks", "P2W"],
    ["06", "Thursday", "2024-12-26"],
    ["06", "the next day", "2024-12-27"],
    ["06", "Sunday", "2024-12-29"],
    ["06", "this morning", "2024-12-30"],
    ["06", "Friday", "2024-12-27"],
    ["06", "Friday", "2025-01-03"],
]
dump('dates.json', {
    "about": "Answer key for date normalisation on corpus-m/articles, same conventions as corpus-c..l: document id prefix, "
             "the expression as written (the first occurrence not yet matched, in text order; a system expression that "
             "contains the key text matches, so 'Wednesday' in 01 also matches 'early on Wednesday' and 'Shortly after 1 "
             "a.m. on Wednesday', 'Saturday' in 02 matches 'on Saturday night', '14 December' in 03 matches 'this "
             "Saturday 14 December', 'two weeks' matches 'less than two weeks', 'this morning' in 06 matches 'Early this "
             "morning'), its absolute value. Weeks run Monday to Sunday. Dates are Korean local dates (UTC+9). Date lines "
             "('11.12.2024 – 18:40' in 03, day before month; 'Dec. 15, 2024 | 6:12 AM EST' in 04), datelines, captions "
             "('the 8 December' in 03's, 'on Saturday' in 04's), standfirsts ('Four weeks after' in 06), headlines and "
             "05's duplicated lead are not keyed. Clock times ('at about 10:27 p.m.', 'Shortly after 1 a.m.', 'at about "
             "4:30 a.m.', 'at 9:20 p.m.', 'at half past one in the morning') are not keyed; the day they belong to is. "
             "Vague, recurring or anaphoric expressions ('Within the hour', 'within hours', 'Hours earlier', 'in the "
             "morning', 'that morning' (06), 'before dawn', 'a few days', 'every week', 'Every Saturday', 'since "
             "decades', 'during the day', 'for a long time', 'the month', 'since the beginning of the month', 'the new "
             "year', 'the next day' in no other sense than below) are not keyed; nor are adjectival spans ('a two-minute "
             "address') and ages or age-like phrases ('The 63-year-old president', 'Mr. Yoon, 63', 'Han Duck-soo, 75', "
             "'Mr. Kim, 65 years', 'Choi Sang-mok (61)', 'Acting President Han (75)', 'the 64-year-old Yoom', 'in their "
             "twenties', 03's 'a Korean of fifty years'), counts ('two or three times', 'three times'), 'Proclamation No. 1' and 'Article 77' (01) or '2216' (a "
             "flight number, boilerplate). Relative dates: 01 (written Wednesday 4 December 2024, Seoul morning) 'early "
             "on Wednesday' and 'Shortly after 1 a.m. on Wednesday' are 4 December, 'at about 10:27 p.m. on Tuesday' 3 "
             "December, 'in April' April 2024 (the parliamentary election), 'in two years' a span. 02 (Sunday 8 "
             "December): 'on Saturday night' 7 December, Woo's 'tonight' and Lee's 'Today' (said on that Saturday) 7 "
             "December, 'a day earlier' 6 December (the day before the Saturday vote), 'next Saturday' 14 December, 'on "
             "Thursday' 5 December, 'early on Sunday' 8 December (the day of publication), Kang's 'for a week' a span. "
             "03 (Wednesday 11 December): 'in the night of Tuesday to Wednesday' is keyed by its 'Tuesday' as 10 "
             "December (the night of 10-11 December; its 'Wednesday' is not keyed), 'a week after the declaration' a "
             "span, 'since Sunday' 8 December, 'the next day' 4 December (the day after 3 December), 'Monday' 9 "
             "December, 'This Wednesday' and 'this Wednesday' 11 December, 'Tuesday' (twice more) 10 December, 'this "
             "Saturday 14 December' a coming day, 'in 1979' and 'in May 1980' the earlier martial laws, 'last week' 2-8 "
             "December. 04 (Sunday 15 December): 'on Saturday' and 'on Saturday night' (twice) 14 December, 'a week "
             "after' a span, 'from Dec. 10 to 12' a range, 'On Thursday' 12 December, 'last month' November 2024, 'on "
             "Monday' 9 December, 'Dec. 27' the coming first hearing, Reyes's 'the next six months' a span. 05 (Saturday "
             "28 December, no date line; Korean press style gives only the day of the month): 'On the 27th' (twice) 27 "
             "December, 'since the 14th' 14 December, 'the same day' 27 December (the day of the lead), 'On the 26th' 26 "
             "December, 'the insurrection of the 3rd' 3 December, 'on the 25th' 25 December, 'the 12.3 emergency martial law' (the Korean press's name for it, month.day) 3 December, 'yesterday' 27 December, "
             "'In two weeks' (inside a quotation) a span, 'since last year' 2023. 06 (Monday 30 December, no date line): "
             "'this December' December 2024, 'Sunday' and 'on Sunday' 29 December, 'for barely two days' a span, 'on "
             "Friday' (twice) 27 December, 'Yesterday' 29 December, 'a week of national mourning' a span, 'Earlier this "
             "month' December 2024, 'five days later' 12 December (five days after 7 December), 'Two days after that' "
             "16 December (two days after 14 December), 'on Thursday' 26 December, 'the next day' 27 December, 'Early "
             "this morning' 30 December, and the last 'Friday' ('its next hearing is set for Friday') the coming 3 "
             "January 2025, not the past 27 December. Publication dates used: 01 2024-12-04, 02 2024-12-08, 03 "
             "2024-12-11, 04 2024-12-15, 05 2024-12-28, 06 2024-12-30 (see publication.json).",
    "dates": dates,
})

# ---------------------------------------------------------------------------------------------- publication
dump('publication.json', {
    "about": "True publication date of each document (the one the author had in mind) and whether the input states it "
             "(metadata, JSON field or a visible date line). window: the span a careful reader can prove from the text alone "
             "(plus event dates the other articles give); the engine's published.earliest..latest should contain 'date'.",
    "published": [
        {"doc": "01", "date": "2024-12-04", "stated": True,
         "how": "JSONL published field 2024-12-04T01:40:00Z (10:40 in Seoul the same day)",
         "window": ["2024-12-04", "2024-12-04"]},
        {"doc": "02", "date": "2024-12-08", "stated": True,
         "how": "meta article:published_time and JSON-LD datePublished 2024-12-08T08:30:00+09:00 (no visible date; Kim "
                "Yong-hyun was detained 'early on Sunday' and the vote of 'Saturday night' is past)",
         "window": ["2024-12-08", "2024-12-08"]},
        {"doc": "03", "date": "2024-12-11", "stated": True,
         "how": "visible date line '11.12.2024 – 18:40 (updated at 19:02)' (French day.month order: 11 December, not 12 "
                "November; 'This Wednesday' and 'the night of Tuesday to Wednesday' agree)",
         "window": ["2024-12-11", "2024-12-11"]},
        {"doc": "04", "date": "2024-12-15", "stated": True,
         "how": "visible date line 'Dec. 15, 2024 | 6:12 AM EST'", "window": ["2024-12-15", "2024-12-15"]},
        {"doc": "05", "date": "2024-12-28", "stated": False,
         "how": "none: the impeachment 'On the 27th' of a prime minister acting 'since the 14th' (the 14 December vote, "
                "04/06), and 'the Constitutional Court held yesterday the first preparatory hearing', which 04 announces "
                "for Dec. 27: Saturday 28 December",
         "window": ["2024-12-28", "2024-12-28"]},
        {"doc": "06", "date": "2024-12-30", "stated": False,
         "how": "none: Choi became acting president 'on Friday' (27 December per 05) and had been head of state for "
                "'barely two days' on 'Sunday' (29 December); 'Yesterday he declared a week of national mourning' and "
                "'Early this morning the office asked ... for a warrant' put it after that Sunday, 'this December' keeps "
                "it in December: 30 or 31 December",
         "window": ["2024-12-30", "2024-12-31"]},
    ],
})

# ---------------------------------------------------------------------------------------------- timeline
ev = []
event = recorder(ev)

event("President Yoon declares emergency martial law in a late-night television address; troops are sent to the "
      "National Assembly", "2024-12-03", ["01", "03", "04", "06"],
      ["declar", "martial law", "proclaim", "announced", "decree", "troops"],
      note="01 'at about 10:27 p.m. on Tuesday'; 03 'the 3 December in the evening'; 04 'the decree of Dec. 3'; 06 'On "
           "the evening of December 3'; 02 and 05 name the day only in passing ('the night of December 3', 'the "
           "insurrection of the 3rd')")
event("The National Assembly votes (all 190 lawmakers present) to lift martial law and the cabinet lifts it about 4:30 "
      "a.m.", "2024-12-04", ["01", "03"],
      ["lift", "190", "null and void", "abrogation", "overturn", "cabinet", "voted"],
      note="01 'Shortly after 1 a.m. on Wednesday'; 03 'some six hours later' after the 3 December evening; 04 gives 180 "
           "lawmakers (the intended contradiction) and 06 'before dawn' without a day")
event("Yoon accepts the resignation of defence minister Kim Yong-hyun", "2024-12-05", ["02", "03"],
      ["resignation", "demission", "kim-yong-hyun", "accepted"])
event("Han Dong-hoon demands that the president be suspended from his duties", "2024-12-06", ["02"],
      ["suspended", "han-dong-hoon", "demanded"])
event("Yoon apologises in a two-minute televised address and leaves his term to his party", "2024-12-07", ["02", "06"],
      ["apolog", "sorry", "address", "bowed"])
event("First impeachment vote on Yoon fails for lack of quorum after the ruling party walks out (195 votes cast)",
      "2024-12-07", ["02", "03", "06"], ["impeach", "quorum", "walk", "void", "195", "motion"],
      note="the first of the two impeachment votes on Yoon; the special counsel bill on Kim Keon-hee rejected the same "
           "evening (02) is folded in")
event("Former defence minister Kim Yong-hyun presents himself to prosecutors and is detained", "2024-12-08", ["02", "03"],
      ["detained", "garde à vue", "presented", "prosecutors", "parquet", "kim-yong-hyun"])
event("The justice ministry bars Yoon from leaving the country at the CIO's request", "2024-12-09", ["03"],
      ["leave the territory", "forbidden", "travel", "barred"])
event("Gen. Park An-su and Gen. Kwak Jong-geun testify before a parliamentary committee", "2024-12-10", ["03"],
      ["commission", "committee", "testif", "park-an-su", "kwak", "television"],
      note="Han Dong-hoon's call for the president's resignation the same Tuesday (03) is folded in")
event("A Seoul court issues an arrest warrant for Kim Yong-hyun (night of 10 to 11 December)", "2024-12-10", ["03"],
      ["arrest", "placed under arrest", "tribunal", "kim-yong-hyun"])
event("Police search the presidential office", "2024-12-11", ["03"],
      ["search", "presidential office", "police", "raid"],
      note="KCNA's first comment the same day (03) is folded in")
event("Yoon defends the decree as an act of governance and vows to fight to the end", "2024-12-12", ["04", "06"],
      ["act of governance", "to the end", "defended", "television"])
event("Second impeachment vote: the National Assembly impeaches Yoon (204 to 85); Prime Minister Han Duck-soo becomes "
      "acting president", "2024-12-14", ["03", "04", "05", "06"],
      ["impeach", "204", "passed", "acting", "han-duck-soo", "suspend"],
      note="the second of the two votes on Yoon; 03 announces it ('this Saturday 14 December'); Yoon's 'I will never "
           "give up' statement and Blinken's call the same night (04) are folded in")
event("Han Dong-hoon resigns as leader of the People Power Party", "2024-12-16", ["06"],
      ["resign", "han-dong-hoon", "regrets"])
event("Yoon ignores the CIO's second summons", "2024-12-25", ["05"],
      ["summons", "gongsucheo", "cio", "did not respond"])
event("Acting president Han Duck-soo refuses to appoint three Constitutional Court justices", "2024-12-26", ["05", "06"],
      ["appoint", "justice", "judges", "postpone", "refused"])
event("The National Assembly impeaches acting president Han Duck-soo (192 to 0, threshold 151); finance minister Choi "
      "Sang-mok becomes acting president", "2024-12-27", ["05", "06"],
      ["impeach", "192", "151", "choi", "acting", "han-duck-soo"],
      note="the first impeachment of an acting president; not to be merged with the two votes on Yoon")
event("Prosecutors indict Kim Yong-hyun for insurrection", "2024-12-27", ["05", "06"],
      ["indict", "kim-yong-hyun", "insurrection"])
event("The Constitutional Court holds the first preparatory hearing of Yoon's impeachment trial", "2024-12-27", ["05"],
      ["hearing", "preparatory", "constitutional-court"],
      note="04 announces it for Dec. 27; 06's next hearing 'set for Friday' (3 January 2025) is a future event and not keyed")
event("A Jeju Air jet crashes at Muan airport, killing 179; acting president Choi declares national mourning",
      "2024-12-29", ["06"], ["jeju", "crash", "muan", "mourning"],
      note="Yoon's ignoring of the third CIO summons 'on Sunday' the same day is folded in")
event("The CIO asks a Seoul court for a warrant to detain Yoon", "2024-12-30", ["06"],
      ["warrant", "detain", "cio", "asked"])
dump('timeline.json', {
    "about": "Real-world events the articles report, with date (day), until for multi-day events, the documents that report "
             "each (with a date the reader can resolve), and words by which a system event is recognised (title, trigger "
             "or participant entity ids). Dates are Korean local dates. Occurrences of similar events must stay apart: "
             "the two impeachment votes on Yoon (7 December, failed for lack of quorum; 14 December, passed) and the "
             "impeachment of acting president Han Duck-soo (27 December); the two acting presidencies (Han Duck-soo from "
             "14 December, Choi Sang-mok from 27 December); Yoon's televised addresses (the declaration of 3 December, "
             "the apology of 7 December, the defiant speech of 12 December); Kim Yong-hyun's detention (8 December), "
             "arrest (10 December) and indictment (27 December); the Constitutional Court's first preparatory hearing "
             "(27 December) and its next one (3 January 2025, future). The martial law night runs over two days: the "
             "declaration on 3 December (about 22:27), the assembly vote (about 1 a.m.) and the cabinet's lifting "
             "(about 4:30 a.m.) on 4 December, the vote and the lifting keyed as one event. Not keyed: future or "
             "expected events (02's vote 'next Saturday' and 03's 'this Saturday 14 December' are keyed as the 14 "
             "December event from 04/05/06; 04's hearing on Dec. 27 is keyed from 05; 06's hearing 'set for Friday'), "
             "events dated only by month, year or week (the April 2024 election, the 2022 election, Lee's conviction "
             "'last month', Yoon's entry into politics in 2021, the martial laws of 1979 and 1980, Choi's appointment "
             "'last year'), the poll 'from Dec. 10 to 12', the won's fall 'on Monday' (9 December, 04), states (Park "
             "An-su suspended or in custody, Yoon's travel ban as a state), and same-day side events folded into a keyed "
             "one (see notes; also 01's White House statement and the decree of the martial law command, 02's crowd "
             "estimates, 05's statement by Choi and the PPP's announced petition).",
    "events": ev,
})

# ---------------------------------------------------------------------------------------------- quotes
quotes = [
    ["01", "to protect the free constitutional order", "partial", YO],
    ["01", "shameless anti-state forces", "partial", YO],
    ["01", "The declaration of martial law is null and void", "direct", WO],
    ["01", "The National Assembly will protect democracy", "direct", WO],
    ["01", "he would withdraw the troops", "indirect", YO],
    ["01", "Tanks and guns will rule this country", "direct", LE],
    ["01", "The declaration is wrong", "direct", HDH],
    ["01", "it had not been told in advance", "indirect", ["White House", "United States"]],
    ["01", "What happened overnight", "direct", "Claire Mercer"],
    ["01", "It was something stranger", "direct", "Claire Mercer"],
    ["01", "they would strike until Yoon resigned", "indirect", [None]],
    ["01", "it was preparing a motion to impeach him", "indirect", DP],

    ["02", "The whole world was watching us tonight", "direct", WO],
    ["02", "I am deeply sorry to the people", "direct", WO],
    ["02", "very sorry", "partial", YO],
    ["02", "he would not escape legal or political responsibility", "indirect", YO],
    ["02", "the stabilisation of the political situation", "partial", YO],
    ["02", "Yoon would take no part in state affairs", "indirect", HDH],
    ["02", "An orderly early exit", "direct", HDH],
    ["02", "he would work out with Prime Minister Han Duck-soo", "indirect", HDH],
    ["02", "his party would bring the motion back", "indirect", LE],
    ["02", "Today they have bought a few days", "direct", LE],
    ["02", "The walkout saves the president for a week", "direct", "Kang Min-seo"],
    ["02", "Every Saturday the party refuses to vote", "direct", "Kang Min-seo"],
    ["02", "a second vote would probably pass", "indirect", "Kang Min-seo"],

    ["03", "there existed a risk of destruction of proofs", "indirect", [None]],
    ["03", "had proposed to the president Yoon Suk-yeol", "indirect", [None]],
    ["03", "to have learned the decision at the same time", "indirect", PAS],
    ["03", "I discovered it by watching the television", "direct", PAS],
    ["03", "to have opposed himself to the sending", "indirect", PAS],
    ["03", "extract", "partial", ["Kwak Jong-geun", KYH]],
    ["03", "This time, we will not let them flee", "direct", LE],
    ["03", "the most reasonable solution", "partial", HDH],
    ["03", "they would vote the destitution", "indirect", [None, PPP]],
    ["03", "Mr. Yoon has lost in one night", "direct", "Élodie Ferrand"],
    ["03", "the last martial law, in 1979", "indirect", "Élodie Ferrand"],
    ["03", "For a Korean of fifty years", "direct", "Élodie Ferrand"],
    ["03", "plunged into chaos", "partial", ["KCNA", "North Korea"]],
    ["03", "who has pointed the guns at his own people", "partial", ["KCNA", "North Korea"]],

    ["04", "I will never give up", "direct", YO],
    ["04", "pause for a moment", "partial", YO],
    ["04", "an act of governance", "partial", YO],
    ["04", "to the end", "partial", YO],
    ["04", "the people are the masters of this country", "partial", LE],
    ["04", "he would concentrate all his energy", "indirect", HDS],
    ["04", "ironclad", "partial", "Antony Blinken"],
    ["04", "it would hold its first preparatory hearing", "indirect", CC],
    ["04", "Impeachment is a verdict on one night", "direct", "Daniel Reyes"],
    ["04", "The alliance can ride out a weak president", "direct", "Daniel Reyes"],

    ["05", "Invalid!", "direct", [PPP, None]],
    ["05", "Abuse of power!", "direct", [PPP, None]],
    ["05", "the quorum for the impeachment of the prime minister", "indirect", WO],
    ["05", "it will file a request for adjudication", "indirect", PPP],
    ["05", "I will do my best so that the state affairs", "direct", CSM],
    ["05", "he would postpone the appointment", "indirect", HDS],
    ["05", "until the ruling and opposition parties agree", "partial", HDS],
    ["05", "The acting president is the second insurrection agent", "direct", LE],
    ["05", "respects the decision of the National Assembly", "partial", HDS],
    ["05", "Even if it was lifted", "direct", YO],
    ["05", "The president will explain his position", "direct", "Seok Dong-hyeon"],
    ["05", "In two weeks, the government lost two presidents", "direct", [None]],
    ["05", "The Democratic Party crossed a line", "direct", "Nam Gi-hoon"],
    ["05", "It is a dangerous precedent", "direct", "Nam Gi-hoon"],
    ["05", "the Constitutional Court should quickly decide", "indirect", "Nam Gi-hoon"],
    ["05", "ready to work with acting President Choi", "partial", ["State Department", "United States"]],

    ["06", "he had no regrets about backing", "indirect", HDH],
    ["06", "We did not impeach a president", "direct", LE],
    ["06", "he is hurrying the process", "indirect", [None]],
    ["06", "Korea's institutions have done exactly", "direct", "Min-jun Kwon"],
    ["06", "That is the good news", "direct", "Min-jun Kwon"],
]
dump('quotes.json', {
    "about": "Answer key for quotations on corpus-m/articles, same conventions as corpus-c..l: document id prefix, the first "
             "words of the quoted or reported content, kind, and the speaker's canonical name (null: the text does not "
             "name one; a list: any of these is right, and a list containing null also accepts no speaker). A quote "
             "interrupted by its attribution (01 Woo, 01 Mercer, 04 Reyes, 06 Kwon) or continued without one (02 Woo's "
             "second sentence after 'he said from the rostrum', 02 Kang, 05 Nam) is keyed once per piece. A reported "
             "clause with quoted words in it (01 'He said the measure was needed \"to protect the free constitutional "
             "order\"', 02 'said he was \"very sorry\"', 04 'said the vote proved that \"the people are the masters of "
             "this country.\"', 04 Blinken 'told the acting president that the alliance remained \"ironclad.\"', 05 'Mr "
             "Han said after the vote that he \"respects the decision ...\"', 03 'the resignation of the head of State "
             "was « the most reasonable solution »') is keyed as the partial quote. Forms: 'said X' inverted (01 Han "
             "Dong-hoon, 01 Mercer, 04 Reyes, 06 Kwon); 'He said:' (02, after a reported clause of Han Dong-hoon); 'X "
             "told <outlet>' (02 Kang 'told the Herald'); 'told the crowd ... that' (02 Lee), 'told supporters' (06 "
             "Lee); a speaker given only by a role or a pronoun: 01 'the opposition leader said' (Lee), 02 'he said from "
             "the rostrum' (Woo), 02 'The party chief said' (Han Dong-hoon), 02 'She said' (Kang), 03 '», has declared "
             "the general' (Park An-soo), 03 'she estimates' and 'She recalls that' (Ferrand), 04 'he said' (Yoon), 05 "
             "'Choi acting president said in a statement,' (a Korean word-order calque), 05 'He added that' (Nam); 03's "
             "'For Élodie Ferrand, ..., « ... »' has no verb of speech; machine-translated reporting verbs ('has "
             "affirmed to have learned', 'He has assured to have opposed himself', '», has launched Lee Jae-myung', 'has "
             "recognised to have received', 'has estimated that', 05 'criticized, \"...\"'). Organisations and "
             "capitals as speakers: 01 'The White House said' (the White House or the United States), 01 'the "
             "Democratic Party said', 03 KCNA's words after 'Pyongyang, for its part, has broken ... the silence' "
             "(KCNA or North Korea), 04 'The court said', 05 'The People Power Party said that', 05 'The US State "
             "Department said'. Unnamed speakers (null): 01 'Labour unions said', 03 'The tribunal of the central "
             "district of Seoul has estimated that' (the court is not a keyed entity), 03 'according to the "
             "investigators', 03 'Several of its elected have let know' (or the PPP), 05 'A ruling party official', 05 "
             "the chants '\"Invalid!\"' and '\"Abuse of power!\"' (the PPP lawmakers, or null), 06 'His critics say'. "
             "05's 'According to the indictment, President Yoon Seok-youl said to the military commanders ..., \"Even if "
             "it was lifted ...\"' is Yoon's (the indictment reports it). 03's « extract » is the order Kwak says he "
             "received from Kim (either). Quotation marks: straight double quotes (01, 04, 05, 06), curly quotes (02), "
             "guillemets (03). Not keyed: 01 'called the declaration illegal', 02 'Police estimated' / 'organisers put "
             "it at', 03's single-word « insurrection » (a term, not a quotation), 03 'has deposited a new motion', 04 "
             "'denounced the vote as a coup', 05 'The Gongsucheo is said to be reviewing', 06 'The Constitutional Court "
             "has promised to move quickly', 06 'calling the decree an act of governance' (a description of a speech), "
             "announcements of acts, headlines, captions, standfirsts and 05's duplicated lead.",
    "quotes": quotes,
})

# ---------------------------------------------------------------------------------------------- claims
claims = [
    {"id": "lift-vote",
     "text": "All 190 lawmakers present voted to lift martial law early on 4 December",
     "docs": ["01", "03", "06"],
     "anchors": {
         "01": "all 190 lawmakers present voted to demand",
         "03": "the 190 deputies present in the hemicycle",
         "06": "all 190 lawmakers present voted to overturn the decree"},
     "contradiction": {
         "docs": ["04"],
         "anchors": {"04": "all 180 lawmakers present voted to lift it"},
         "aspect": "number",
         "detail": "04 puts the lawmakers who voted to lift martial law at 180 against 190 in 01/03/06"}},
    {"id": "six-hours",
     "text": "Martial law lasted about six hours",
     "docs": ["01", "03", "04"],
     "anchors": {
         "01": "some six hours after the declaration",
         "03": "The decree had been lifted some six hours later",
         "04": "which lasted about six hours"},
     "contradiction": None,
     "note": "04's 'the next six months' (Reyes) and the six justices/seats are other quantities"},
    {"id": "declaration",
     "text": "Yoon declared emergency martial law on the evening of 3 December in a television address",
     "docs": ["01", "03", "06"],
     "anchors": {
         "01": "announced martial law at about 10:27 p.m. on Tuesday",
         "03": "to proclaim the martial law, the 3 December in the evening",
         "06": "he appeared on television to declare emergency martial law"},
     "contradiction": None},
    {"id": "park-commander",
     "text": "The army chief of staff, Gen. Park An-su, led the martial law command",
     "docs": ["01", "02", "03", "04", "06"],
     "anchors": {
         "01": "led by the army chief of staff, Gen. Park An-su",
         "02": "officers of the martial law command led by Gen. Park An-su",
         "03": "designated commander of the martial law",
         "04": "the army chief of staff who served as martial law commander",
         "06": "the martial law commander, Gen. An-su Park"},
     "contradiction": None,
     "note": "04 'suspended from duty' and 06 'in military custody' are his state at different times"},
    {"id": "first-vote-failed",
     "text": "The first impeachment vote on 7 December failed for lack of quorum because the ruling party walked out",
     "docs": ["02", "03", "04", "06"],
     "anchors": {
         "02": "leaving the motion short of the quorum it needed",
         "03": "had failed for lack of quorum",
         "04": "the party had sunk the first motion by walking out of the chamber",
         "06": "failed only because the president's own party walked out"},
     "contradiction": None},
    {"id": "second-vote",
     "text": "The second impeachment motion passed on 14 December with 204 votes",
     "docs": ["04", "06"],
     "anchors": {
         "04": "The motion passed by 204 votes to 85",
         "06": "the second vote passed with 204 of 300 votes"},
     "contradiction": None,
     "note": "04's full tally (204-85, 3 abstentions, 8 invalid) adds up to 06's 300"},
    {"id": "two-thirds",
     "text": "Impeaching a president takes a two-thirds majority, 200 of the 300 seats",
     "docs": ["02", "03", "04", "05"],
     "anchors": {
         "02": "impeaching a president takes a two-thirds majority",
         "03": "which demands 200 voices on 300",
         "04": "comfortably above the two-thirds threshold of 200",
         "05": "and not the 200 votes of the president"},
     "contradiction": None},
    {"id": "opposition-seats",
     "text": "The opposition parties hold 192 of the 300 seats",
     "docs": ["01", "02"],
     "anchors": {
         "01": "The Democratic Party holds 170 of the 300 seats",
         "02": "the opposition parties hold 192"},
     "contradiction": None,
     "note": "170 is the Democratic Party alone, 192 the party with its allies; 192 is also the tally of Han Duck-soo's "
             "impeachment (05, 06)"},
    {"id": "han-acting",
     "text": "When Yoon was impeached on 14 December, Prime Minister Han Duck-soo became acting president",
     "docs": ["04", "05", "06"],
     "anchors": {
         "04": "handing his powers to Prime Minister Han Duck-soo",
         "05": "who had been performing the authority of the president since the 14th",
         "06": "and Duck-soo Han took over"},
     "contradiction": None},
    {"id": "han-refusal",
     "text": "On 26 December Han Duck-soo declined to appoint three Constitutional Court justices chosen by the assembly",
     "docs": ["05", "06"],
     "anchors": {
         "05": "he would postpone the appointment of the three justice candidates",
         "06": "he refused on Thursday to appoint three judges"},
     "contradiction": None,
     "note": "'postpone' (05) and 'refused' (06) frame the same act"},
    {"id": "han-impeached",
     "text": "The National Assembly impeached Han Duck-soo on 27 December by 192 votes to none",
     "docs": ["05", "06"],
     "anchors": {
         "05": "The motion was passed with 192 votes in favor",
         "06": "impeached him the next day by 192 votes to none"},
     "contradiction": None},
    {"id": "threshold-151",
     "text": "The Speaker set the threshold for impeaching the prime minister at a simple majority, 151 votes",
     "docs": ["05", "06"],
     "anchors": {
         "05": "that is 151 votes",
         "06": "with the threshold set at a simple majority of 151"},
     "contradiction": None,
     "note": "Nam's 'impeaching the acting president with 151 votes' (05) names the threshold, not the tally of 192"},
    {"id": "choi-acting",
     "text": "Finance minister Choi Sang-mok became acting president on 27 December",
     "docs": ["05", "06"],
     "anchors": {
         "05": "took over the role of acting president the same day",
         "06": "became acting president on Friday"},
     "contradiction": None},
    {"id": "kim-proposed",
     "text": "Defence minister Kim Yong-hyun proposed the martial law decree to Yoon",
     "docs": ["02", "03", "06"],
     "anchors": {
         "02": "the former defence minister who proposed martial law to the president",
         "03": "had proposed to the president Yoon Suk-yeol to proclaim",
         "06": "the former defence minister who drafted the decree"},
     "contradiction": None},
    {"id": "kim-resignation",
     "text": "Yoon accepted Kim Yong-hyun's resignation on 5 December",
     "docs": ["02", "03"],
     "anchors": {
         "02": "whose resignation Yoon accepted on Thursday",
         "03": "accepted by the head of State the 5 December"},
     "contradiction": None},
    {"id": "kim-detained",
     "text": "Kim Yong-hyun presented himself to prosecutors and was detained early on 8 December",
     "docs": ["02", "03"],
     "anchors": {
         "02": "was detained early on Sunday after he presented himself",
         "03": "was held in garde à vue since Sunday"},
     "contradiction": None},
    {"id": "kim-arrested",
     "text": "Kim Yong-hyun has been arrested",
     "docs": ["03", "04"],
     "anchors": {
         "03": "has been placed under arrest in the night of Tuesday to Wednesday",
         "04": "Kim Yong-hyun, has been arrested"},
     "contradiction": None,
     "note": "detained on 8 December, arrested on 10 December, indicted on 27 December: three steps, no contradiction"},
    {"id": "kim-indicted",
     "text": "Prosecutors indicted Kim Yong-hyun on 27 December",
     "docs": ["05", "06"],
     "anchors": {
         "05": "the prosecution also indicted the former Minister of National Defense",
         "06": "was indicted on Friday"},
     "contradiction": None},
    {"id": "travel-ban",
     "text": "Yoon has been barred from leaving the country",
     "docs": ["03", "04"],
     "anchors": {
         "03": "forbidden Monday to Mr. Yoon to leave the territory",
         "04": "has been barred from leaving the country"},
     "contradiction": None},
    {"id": "insurrection-probe",
     "text": "Yoon is under criminal investigation for insurrection, a crime not covered by presidential immunity",
     "docs": ["03", "04"],
     "anchors": {
         "03": "a crime for which the presidential immunity does not apply",
         "04": "one of the few crimes for which a sitting president can be prosecuted"},
     "contradiction": None},
    {"id": "cio-summons",
     "text": "Yoon did not answer the CIO's summonses",
     "docs": ["05", "06"],
     "anchors": {
         "05": "did not respond to the second summons of the Gongsucheo",
         "06": "three times Mr Yon ignored it"},
     "contradiction": None,
     "note": "05 (28 December) counts two summonses, 06 (30 December) three: the third fell on Sunday 29 December"},
    {"id": "apology",
     "text": "Yoon apologised on the morning of 7 December",
     "docs": ["02", "06"],
     "anchors": {
         "02": "the president bowed and said he was",
         "06": "Mr Yoon had apologised that morning"},
     "contradiction": None},
    {"id": "act-of-governance",
     "text": "On 12 December Yoon defended the decree as an act of governance",
     "docs": ["04", "06"],
     "anchors": {
         "04": "On Thursday he had defended the decree of Dec. 3",
         "06": "five days later he was back on television"},
     "contradiction": None},
    {"id": "first-hearing",
     "text": "The Constitutional Court's first preparatory hearing on Yoon's impeachment was on 27 December",
     "docs": ["04", "05"],
     "anchors": {
         "04": "it would hold its first preparatory hearing on Dec. 27",
         "05": "the Constitutional Court held yesterday the first preparatory hearing"},
     "contradiction": None,
     "note": "04 announces it, 05 reports it; 06's next hearing 'set for Friday' is another one (3 January 2025)"},
    {"id": "yoon-age",
     "text": "Yoon is 63",
     "docs": ["01", "04"],
     "anchors": {
         "01": "The 63-year-old president",
         "04": "Mr. Yoon, 63, a former prosecutor general"},
     "contradiction": None,
     "note": "06's 'the 64-year-old Yoom, who turned a year older under suspension' is written after his birthday on "
             "18 December: not a contradiction"},
    {"id": "yoon-prosecutor",
     "text": "Yoon is a former prosecutor",
     "docs": ["01", "04"],
     "anchors": {
         "01": "a conservative former prosecutor",
         "04": "a former prosecutor general who entered politics only in 2021"},
     "contradiction": None},
    {"id": "election-2022",
     "text": "Yoon beat Lee Jae-myung by a narrow margin in the 2022 presidential election",
     "docs": ["01", "04"],
     "anchors": {
         "01": "elected in 2022 by the narrowest margin",
         "04": "who narrowly lost the 2022 election to Mr. Yoon"},
     "contradiction": None},
    {"id": "lee-appeal",
     "text": "Lee Jae-myung's own conviction is under appeal",
     "docs": ["04", "06"],
     "anchors": {
         "04": "an appeals court is reviewing his conviction",
         "06": "before the courts rule on his own appeal"},
     "contradiction": None},
]
dump('claims.json', {
    "about": "Checkable claims made by two or more sources on corpus-m/articles: short text, the documents asserting it "
             "(with an anchor: words of the asserting sentence in each document's cleaned text), and any contradiction "
             "(documents that disagree, aspect, detail). Only one contradiction is intended (the lawmakers who voted to "
             "lift martial law: 'all 180 lawmakers present voted to lift it' in 04 against 190 in 01/03/06); every other "
             "contradiction is a false alarm, in particular the many vote counts that look alike: 190 (the lifting vote) "
             "against 192 (the opposition's seats in 01/02, and the tally of Han Duck-soo's impeachment in 05/06), 195 "
             "(ballots cast at the failed first vote, 02), 198 (the special counsel bill on Kim Keon-hee, 02), 200 (the "
             "two-thirds threshold), 204 (the second vote) and 151 (the simple-majority threshold applied to Han "
             "Duck-soo, also in Nam's quotation in 05); 170 seats for the Democratic Party alone against 192 with its "
             "allies (01); the 108-member PPP caucus, the 18 PPP lawmakers who voted to lift martial law (01), the three "
             "who voted on 7 December (02), the 'eight or more' Kang expects (02) and the 'at least 12' who broke ranks "
             "on 14 December (04); the 3 abstentions and 8 invalid ballots (04); 180 days for the Constitutional Court "
             "(04), six of nine justices, six seats filled, six hours of martial law and 'the next six months'; Yoon 63 "
             "(01, 04) against 'the 64-year-old' (06, after his birthday); approval 'below 20 percent' (01) against 11 "
             "percent in a later poll (04); the won 'weakest ... in two years' (01) and 'about 1,435' (04) against "
             "'1,480 won ... the highest level in about 15 years' (05) and 'about 5 percent' (06): different days; 'the "
             "first time martial law had been declared ... since 1980' (01) against 'the last martial law, in 1979' (03: "
             "the 1979 declaration after Park Chung-hee's assassination, extended in May 1980); the second summons "
             "(05) against 'three times' (06); the declaration 'at about 10:27 p.m.' (01) against 'at around 10:30 p.m.' (06): "
             "exact against approximate; 'In two weeks, the government lost two presidents' (05) against Han "
             "Duck-soo who 'lasted less than two weeks' (06) and 'less than two weeks after the night of martial law' "
             "(04); 'a week after' (03, 04); Han's refusal called 'postpone' (05) and 'refused' (06); the police "
             "estimate of 149,000 against the organisers' one million (02: two estimates, reported as such); 28,500 US "
             "troops (01); 179 dead in the Jeju Air crash (06); the doctors' 48 hours (01); Kim 65 years, Han Duck-soo "
             "75, Choi 61. Three different votes must not be merged into one claim: the 7 December vote (failed), the "
             "14 December vote (passed, 204) and the 27 December vote on Han Duck-soo (192). Framing differs on purpose "
             "(01 neutral wire; 02 Seoul liberal daily, 'hiding behind its walkout'; 03 French daily, machine-translated; "
             "04 American paper, alliance and markets; 05 Korean daily, machine-translated from Korean, PPP and "
             "opposition views side by side; 06 British analysis, given-name-first) without contradicting. "
             "single_source lists claims only one document makes, for reference.",
    "claims": claims,
    "single_source": [
        {"doc": "01", "text": "The martial law decree banned political activity and put the media under military control"},
        {"doc": "01", "text": "Eighteen PPP lawmakers voted to lift martial law"},
        {"doc": "01", "text": "The White House was not told in advance"},
        {"doc": "02", "text": "Only 195 of the 300 members voted on 7 December, five short of the 200 required"},
        {"doc": "02", "text": "The special counsel bill on Kim Keon-hee won 198 votes, two short of 200"},
        {"doc": "02", "text": "Police put the crowd at 149,000; organisers at one million"},
        {"doc": "03", "text": "Park An-su says he learned of martial law from television"},
        {"doc": "03", "text": "Kwak Jong-geun says Kim ordered him to extract lawmakers from the chamber"},
        {"doc": "03", "text": "Police searched the presidential office on 11 December"},
        {"doc": "04", "text": "At least 12 PPP lawmakers voted for the second impeachment motion"},
        {"doc": "04", "text": "Gallup Korea put Yoon's approval at 11 percent (10-12 December)"},
        {"doc": "04", "text": "The Constitutional Court has up to 180 days; only six of nine seats are filled"},
        {"doc": "05", "text": "According to the indictment, Yoon told commanders martial law could be declared again"},
        {"doc": "05", "text": "The PPP will ask the Constitutional Court to rule on the threshold"},
        {"doc": "06", "text": "Han Dong-hoon resigned as PPP leader on 16 December"},
        {"doc": "06", "text": "The CIO asked a court for a warrant to detain Yoon on 30 December"},
        {"doc": "06", "text": "179 people were killed in the Jeju Air crash at Muan"},
    ],
})
print('keys written')
