"""Writes the answer keys of corpus-k (the Turkish presidential and parliamentary elections of 14 and 28 May 2023 and the
inauguration of 3 June 2023, to early June 2023) into keys/.

Written by hand from reading the articles; run once (python3 mkkeys.py), then python3 check_keys.py.
"""
import os
import sys

K = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'keys')


sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from key_writing import recorder, writer  # noqa: E402

dump = writer(K)


P, O, G, L, M, E_, MD = 'PERSON', 'ORG', 'GPE', 'LOC', 'MISC', 'EVENT', 'MEDIA'
ER, KK, OG, OZ = "Recep Tayyip Erdoğan", "Kemal Kılıçdaroğlu", "Sinan Oğan", "Ümit Özdağ"
YSK, AKP, CHP = "Supreme Election Council", "Justice and Development Party", "Republican People's Party"
SI, OSCE, NATO = "Mehmet Şimşek", "Organisation for Security and Cooperation in Europe", "Nato"

# ---------------------------------------------------------------------------------------------- entities
ents = [
    (ER, P, ["Recep Tayyip Erdoğan", "Erdoğan", "President Erdoğan", "Mr Erdoğan", "Recep Tayyip Erdogan",
             "Mr Erdogan", "Mr. Erdogan"]),
    ("Emine Erdogan", P, ["Emine Erdogan"]),
    (KK, P, ["Kemal Kılıçdaroğlu", "Kılıçdaroğlu", "Kemal Kilicdaroglu", "Mr Kilicdaroglou", "Mr Kilicdaorglu",
             "Kemal Kiliçdaroglu", "Mr. Kiliçdaroglu", "Bay Kemal", "Kemal Bey"]),
    (OG, P, ["Sinan Oğan", "Oğan", "Mr Oğan", "Sinan Ogan", "Ogan", "Mr Ogan"]),
    (OZ, P, ["Ümit Özdağ", "Özdağ", "Mr Özdağ", "Umit Ozdag"]),
    ("Muharrem İnce", P, ["Muharrem İnce", "İnce"]),
    ("Ahmet Yener", P, ["Ahmet Yener"]),
    ("Hande Sezer", P, ["Hande Sezer"]),
    ("Orhan Kaplan", P, ["Orhan Kaplan"]),
    ("Karin Feldhaus", P, ["Karin Feldhaus"]),
    ("Tom Ashdown", P, ["Tom Ashdown"]),
    (SI, P, ["Mehmet Şimşek", "Şimşek", "Mr. Şimşek", "Mehmet Simsek", "Mr Simsek"]),
    ("Vladimir Putin", P, ["Vladimir Putin"]),
    ("Joe Biden", P, ["Joe Biden"]),
    ("Jens Stoltenberg", P, ["Jens Stoltenberg"]),
    ("Hakan Fidan", P, ["Hakan Fidan"]),
    ("Cevdet Yılmaz", P, ["Cevdet Yılmaz"]),
    ("Selin Yılmaz", P, ["Selin Yılmaz", "Mrs. Yılmaz"]),
    ("Ekrem İmamoğlu", P, ["Ekrem İmamoğlu"]),
    ("Emmanuel Macron", P, ["Emmanuel Macron"]),
    ("Hatice Demir", P, ["Hatice Demir"]),
    ("Burak Eren", P, ["Burak Eren"]),

    (YSK, O, ["Supreme Election Council", "YSK", "High Election Commission", "High Council electoral"]),
    (AKP, O, ["Justice and Development Party", "AKP", "AK Party", "Party for Justice and Upswing",
              "Party of the Justice and of the Development"]),
    (CHP, O, ["Republican People's Party", "CHP", "Republican Party of the People"]),
    ("Nationalist Movement Party", O, ["Nationalist Movement Party", "MHP"]),
    ("People's Alliance", O, ["People's Alliance"]),
    ("ATA Alliance", O, ["ATA Alliance", "ATA alliance"]),
    ("Victory Party", O, ["Victory Party", "Victory party"]),
    ("HDP", O, ["HDP"]),
    ("Interior Ministry", O, ["Interior Ministry"]),
    ("Foreign Office", O, ["Foreign Office"]),
    (OSCE, O, [OSCE, "OSZE"]),
    (NATO, O, ["Nato", "OTAN", "Organisation of the Treaty of the North Atlantic"]),
    ("Great National Assembly of Turkey", O, ["Great National Assembly of Turkey", "TBMM"]),
    ("National Organisation of Intelligence", O, ["National Organisation of Intelligence", "MIT"]),
    ("Turkish Statistical Institute", O, ["Turkish Statistical Institute", "TÜİK"]),
    ("Galata Institute for Policy", O, ["Galata Institute for Policy"]),
    ("Pusula Research", O, ["Pusula Research"]),
    ("Institute for Orient Research", O, ["Institute for Orient Research", "IOF"]),
    ("Carrow Capital", O, ["Carrow Capital"]),
    ("Observatory of the contemporary Turkey", O, ["Observatory of the contemporary Turkey", "OTC"]),
    ("Izmir Centre for Democratic Studies", O, ["Izmir Centre for Democratic Studies"]),
    ("Merrill Lynch", O, ["Merrill Lynch"]),

    ("Anadolu Agency", MD, ["Anadolu Agency"]),
    ("ANKA", MD, ["ANKA"]),
    ("Crescent", MD, ["Crescent"]),
    ("Isar-Bote", MD, ["Isar-Bote"]),

    ("Turkey", G, ["Turkey", "Türkiye"]),
    ("Ankara", G, ["Ankara"]),
    ("Istanbul", G, ["Istanbul"]),
    ("Germany", G, ["Germany"]),
    ("Berlin", G, ["Berlin"]),
    ("Freiburg", G, ["Freiburg"]),
    ("United States", G, ["United States"]),
    ("Sweden", G, ["Sweden"]),
    ("France", G, ["France"]),
    ("Paris", G, ["Paris"]),
    ("Vilnius", G, ["Vilnius"]),
    ("Antakya", G, ["Antakya"]),

    ("Europe", L, ["Europe"]),
]

descriptions = [
    ("Turkey", ["Ankara"]),
    ("Germany", ["Berlin"]),
    ("France", ["Paris"]),
    ("United States", ["Washington"]),
    ("Sweden", ["Stockholm"]),
    (ER, ["the 69-year-old", "the head of the State", "the incumbent", "the Turkish leader", "the reelected president"]),
    (KK, ["the opposition leader", "the 74-year-old head of the Republican People's Party"]),
    (OG, ["the 55-year-old academic"]),
    (YSK, ["the election board", "the council"]),
]

roles = [
    (ER, ["President"]),
    (KK, ["opposition leader", "the joint candidate of a six-party opposition alliance", "the opposition candidate"]),
    (OG, ["The nationalist", "the ultranationalist", "a former academic"]),
    (OZ, ["the leader of the Victory Party", "The chairman of the Victory Party"]),
    ("Muharrem İnce", ["a former CHP lawmaker", "the former CHP politician"]),
    ("Ahmet Yener", ["chairman of the Supreme Election Council", "the council's chairman"]),
    ("Hande Sezer", ["a senior analyst at the Galata Institute for Policy"]),
    ("Orhan Kaplan", ["head of the Ankara polling firm Pusula Research"]),
    ("Karin Feldhaus", ["the Turkey expert"]),
    ("Tom Ashdown", ["chief emerging-markets strategist at Carrow Capital"]),
    (SI, ["a former finance minister and deputy prime minister", "minister of the Treasury and of the Finances",
          "finance minister", "The former banker"]),
    ("Hakan Fidan", ["The former chief of the National Organisation of Intelligence"]),
    ("Cevdet Yılmaz", ["vice-president"]),
    ("Selin Yılmaz", ["researcher at the Observatory of the contemporary Turkey"]),
    ("Jens Stoltenberg", ["the secretary general of the Organisation of the Treaty of the North Atlantic"]),
    ("Ekrem İmamoğlu", ["The mayor of Istanbul", "the Istanbul mayor"]),
    ("Emine Erdogan", ["his wife"]),
    ("Hatice Demir", ["a 52-year-old teacher"]),
]

must_not_merge = [
    [ER, "Emine Erdogan"],
    ["Cevdet Yılmaz", "Selin Yılmaz"],
    [OG, OZ],
]

dump('entities.json', {
    "about": "Answer key for entity resolution on corpus-k/articles (the Turkish elections of 2023: the first round of the "
             "presidential election and the parliamentary election on 14 May, the run-off on 28 May, the inauguration on "
             "3 June, to 8 June 2023), written from reading the articles. Same conventions as corpus-c..j: canonical name "
             "(a form that occurs in the texts), type, and every surface form that names the entity in the cleaned texts "
             "(headlines, captions, bylines, datelines such as 'ANKARA, Turkey (Atlas Wire) -', related links, tags, "
             "share bars and other boilerplate excluded). Title+full-name forms (President Recep Tayyip Erdoğan, "
             "opposition leader Kemal Kılıçdaroğlu) are not listed separately; title+surname forms (President Erdoğan, "
             "Mr Erdoğan, Mr Erdogan, Mr. Erdogan, Mr Oğan, Mr Ogan, Mr Özdağ, Mr. Şimşek, Mr Simsek, Mrs. Yılmaz, Mr. "
             "Kiliçdaroglu) are. Diacritics and spellings on purpose: the president is 'Recep Tayyip Erdoğan' / "
             "'Erdoğan' (01, 02, 03, 06) and 'Recep Tayyip Erdogan' / 'Mr Erdogan' (04) / 'Mr. Erdogan' (05); his "
             "challenger is 'Kemal Kılıçdaroğlu' / 'Kılıçdaroğlu' (01, 02, 03, 06), the ASCII 'Kemal Kilicdaroglu' and "
             "two misspellings in the same article, 'Mr Kilicdaroglou' and 'Mr Kilicdaorglu' (04), the French "
             "convention 'Kemal Kiliçdaroglu' / 'Mr. Kiliçdaroglu' (05), the nickname 'Bay Kemal' ('Mr Kemal', the name "
             "Erdoğan mocks him with, 02) and the honorific 'Kemal Bey' (06); 'Sinan Oğan' / 'Oğan' (01, 02), 'Sinan "
             "Ogan' / 'Ogan' (03) and 'Mr Ogan' (04); 'Ümit Özdağ' / 'Özdağ' (02, 03, 06) and 'Umit Ozdag' (04); "
             "'Mehmet Şimşek' (05, 06) and 'Mehmet Simsek' / 'Mr Simsek' (04). The election authority is the 'Supreme "
             "Election Council (YSK)' (01, 02), 'the Supreme Election Council' (04), the German calque 'High Election "
             "Commission (YSK)' (03, from 'Hohe Wahlkommission') and the French calque 'High Council electoral (YSK)' "
             "(05, from 'Haut Conseil électoral'). The governing party is 'Justice and Development Party (AKP)' (01), "
             "'AKP' (01, 03, 05), 'AK Party' (02, 06), the German calque 'Party for Justice and Upswing (AKP)' (03, from "
             "'Partei für Gerechtigkeit und Aufschwung') and the French 'Party of the Justice and of the Development "
             "(AKP)' (05); the main opposition party is 'Republican People's Party (CHP)', 'CHP' and the French 'Republican "
             "Party of the People (CHP)' (05). Foreign-language acronyms: 'OSZE' (03, German for the OSCE), 'OTAN' (05, "
             "French for NATO, expanded as the calque 'Organisation of the Treaty of the North Atlantic'), 'TBMM' (05, the "
             "Turkish parliament's acronym, expanded as 'Great National Assembly of Turkey'), 'MIT' (05, Turkish "
             "intelligence, 'National Organisation of Intelligence'), 'TÜİK' (06, 'Turkish Statistical Institute'), "
             "'IOF' (03) and 'OTC' (05, invented institutes). NATO is 'Nato' in 04. 'Turkey' is also 'Türkiye' (02, and "
             "inside Erdoğan's quote in 05). Capitals standing for governments are descriptions: 'Ankara' for Turkey (04 "
             "'whether Ankara lifts its objection', 05 'blocked by Ankara'), 'Berlin' for Germany (03 'Berlin holds "
             "itself back'), 'Paris' for France (05 'Paris has congratulated'), 'Washington and Stockholm will now watch' "
             "(04: the United States and Sweden); Ankara is also the city (01, 02, 03, 04 'the presidential complex in "
             "Ankara', 05 'in Ankara'), Berlin also the city (03 'said in Berlin') and Paris also the city (05 'in "
             "Paris'), so each is both an alias of the city and a description of the country. Descriptions: 'the "
             "69-year-old' (01), 'the incumbent' (03, twice), 'the Turkish leader' (04), 'the head of the State' (05, "
             "twice) and 'the reelected president' (05) for Erdoğan; 'the opposition leader' (01 'The opposition leader's "
             "camp', 06) and 'the 74-year-old head of the Republican People's Party' (04) for Kılıçdaroğlu; 'the "
             "55-year-old academic' (02) for Oğan; 'the council' (01 'the council's chairman') and 'the election board' "
             "(01) for the YSK. People who must not be merged (must_not_merge): Recep Tayyip Erdoğan and his wife Emine "
             "Erdogan (05: same surname, written without the breve in 05); Cevdet Yılmaz, the new vice-president, and "
             "Selin Yılmaz, the Paris researcher ('without link of parentage with the new vice-president', 05: same "
             "surname in the same article; 'Mrs. Yılmaz' is the researcher); Sinan Oğan and Ümit Özdağ (allies who "
             "backed opposite candidates; near names in the same sentences). 'ANKA' and 'Anadolu Agency' (01) are news "
             "agencies; 'the Crescent' (02 'told the Crescent') and 'the Isar-Bote' (03 'she said to the Isar-Bote') are "
             "the outlets, keyed by the only form in their bodies. 'Interior Ministry' (03) is the Turkish interior "
             "ministry (lower-case 'interior ministry' in 02 and 06 is not keyed as a name); 'Foreign Office' (03) is "
             "Germany's. The opposition's 'six-party opposition alliance' is never named and is not keyed. 'Türkiye' in "
             "05 is inside Erdoğan's slogan 'the century of Türkiye'. 'Kemal' alone occurs only inside the chant 'bye bye, Kemal' (04) and "
             "is not keyed; 'the president' (02, 04, 05, 06; always Erdoğan) is too generic to be keyed as a description, "
             "but it names the speaker of 05's '», has declared the president'. Adjectives and demonyms (Turkish, Turks, Syrians, "
             "Kurdish, Western, Islamists) are not keyed. roles: roles stated in an apposition or title, for "
             "information.",
    "entities": [{"name": n, "type": t, "aliases": a} for n, t, a in ents],
    "must_not_merge": must_not_merge,
    "descriptions": [{"entity": e, "descriptions": d} for e, d in descriptions],
    "roles": [{"entity": e, "roles": r} for e, r in roles],
})

# ---------------------------------------------------------------------------------------------- dates
dates = [
    # 01: published Monday 2023-05-15 (JSON field)
    ["01", "Sunday", "2023-05-14"],
    ["01", "May 28", "2023-05-28"],
    ["01", "Monday", "2023-05-15"],
    ["01", "Thursday", "2023-05-11"],
    ["01", "2003", "2003"],
    ["01", "Monday", "2023-05-15"],
    ["01", "2010", "2010"],
    ["01", "three months", "P3M"],
    ["01", "February 6", "2023-02-06"],
    ["01", "2018", "2018"],
    ["01", "three days", "P3D"],
    # 02: published Tuesday 2023-05-23 (meta only)
    ["02", "May 14", "2023-05-14"],
    ["02", "Monday", "2023-05-22"],
    ["02", "Sunday", "2023-05-28"],
    ["02", "last week", "2023-05-15/2023-05-21"],
    ["02", "Friday", "2023-05-19"],
    ["02", "February 6", "2023-02-06"],
    ["02", "a year", "P1Y"],
    ["02", "May 20 to May 24", "2023-05-20/2023-05-24"],
    ["02", "May 28", "2023-05-28"],
    # 03: published Thursday 2023-05-25, no date line
    ["03", "Four days", "P4D"],
    ["03", "yesterday", "2023-05-24"],
    ["03", "next Sunday", "2023-05-28"],
    ["03", "one year", "P1Y"],
    ["03", "one year", "P1Y"],
    ["03", "two days earlier", "2023-05-22"],
    ["03", "14 May", "2023-05-14"],
    ["03", "last week", "2023-05-15/2023-05-21"],
    ["03", "11 May", "2023-05-11"],
    ["03", "yesterday", "2023-05-24"],
    ["03", "2003", "2003"],
    ["03", "6 February", "2023-02-06"],
    ["03", "one year", "P1Y"],
    # 04: published Monday 2023-05-29 (visible date line)
    ["04", "Sunday", "2023-05-28"],
    ["04", "Sunday", "2023-05-28"],
    ["04", "earlier this month", "2023-05"],
    ["04", "February", "2023-02"],
    ["04", "May 22", "2023-05-22"],
    ["04", "two days later", "2023-05-24"],
    ["04", "May 14", "2023-05-14"],
    ["04", "Monday", "2023-05-29"],
    ["04", "January", "2023-01"],
    ["04", "April", "2023-04"],
    ["04", "Saturday", "2023-06-03"],
    ["04", "the same day", "2023-06-03"],
    ["04", "a year", "P1Y"],
    # 05: published Saturday 2023-06-03 (visible date line, day before month)
    ["05", "Saturday", "2023-06-03"],
    ["05", "five years", "P5Y"],
    ["05", "six days", "P6D"],
    ["05", "The same day", "2023-06-03"],
    ["05", "2009 and 2015", "2009/2015"],
    ["05", "one year", "P1Y"],
    ["05", "28 May", "2023-05-28"],
    ["05", "14 May", "2023-05-14"],
    ["05", "Thursday", "2023-06-01"],
    ["05", "2010", "2010"],
    ["05", "6 February", "2023-02-06"],
    ["05", "one year", "P1Y"],
    ["05", "29 October", "2023-10-29"],
    ["05", "28 May", "2023-05-28"],
    ["05", "a year", "P1Y"],
    ["05", "July", "2023-07"],
    # 06: published Thursday 2023-06-08, no date line
    ["06", "Yesterday", "2023-06-07"],
    ["06", "four days", "P4D"],
    ["06", "Saturday", "2023-06-03"],
    ["06", "Sunday", "2023-06-04"],
    ["06", "Monday", "2023-06-05"],
    ["06", "May", "2023-05"],
    ["06", "October", "2022-10"],
    ["06", "May 28", "2023-05-28"],
    ["06", "two weeks earlier", "2023-05-14"],
    ["06", "March", "2023-03"],
    ["06", "a year", "P1Y"],
    ["06", "May 14", "2023-05-14"],
    ["06", "Last week", "2023-05-29/2023-06-04"],
    ["06", "May 11", "2023-05-11"],
    ["06", "ten months", "P10M"],
    ["06", "March 2024", "2024-03"],
]
dump('dates.json', {
    "about": "Answer key for date normalisation on corpus-k/articles, same conventions as corpus-c..j: document id prefix, "
             "the expression as written (the first occurrence not yet matched, in text order; a system expression that "
             "contains the key text matches, so 'Sunday' in 01 also matches \"Sunday's vote\", 'Monday' matches 'early on "
             "Monday' and 'the early hours of Monday', 'Saturday' in 05 matches 'this Saturday', 'a year' matches 'within "
             "a year', 'for a year' or 'since more than a year', 'one year' matches 'within one year' or 'in one year', "
             "'March' in 06 matches 'since March'), its absolute value. Weeks run Monday to Sunday. Date lines ('Monday 29 "
             "May 2023 07:15 BST' in 04, 'Published the Saturday 3 June 2023 at 22h10' in 05), the 01 dateline, captions "
             "('on Sunday night' in 04's, 'this Saturday' in 05's, 'four months after the earthquakes' in 06's), headlines, "
             "related links and 04's duplicated lead are not keyed. Vague or anaphoric expressions ('the night', 'for "
             "years', 'within days', 'Some hours later', 'late in the evening', 'a third decade', 'in years' inside "
             "Kılıçdaroğlu's partial quote, 'by the end of the year' inside Ashdown's quote, 'every day', 'after years "
             "in which') are not keyed; ages ('the 69-year-old', 'the 55-year-old academic', 'the 74-year-old head', "
             "'aged of 69 years', 'Mehmet Şimşek, 56 years', 'Mr. Kiliçdaroglu, 74 years', 'a 52-year-old teacher') are "
             "not dates nor durations; numbers that look like dates are not dates ('the 28th legislature' in 05, '85 "
             "million', '20.05 against the dollar', '25 to the dollar', 'past 23 to the dollar', '8.5 per cent', 'the "
             "600-seat parliament', '319,000'); the 'century of Türkiye' (05) is a slogan and 'the centenary of the "
             "Republic' is keyed by its date 'the 29 October' (2023-10-29). Relative dates: 01 (written Monday 15 May "
             "2023): \"Sunday's vote\" 14 May, 'early on Monday' and 'the early hours of Monday' 15 May, 'on Thursday' 11 "
             "May (İnce's withdrawal), 'three months after the earthquakes' and 'three days before the vote' are spans. 02 "
             "(Tuesday 23 May): 'on Monday' 22 May, \"Sunday's run-off\" the coming 28 May, 'last week' 15-21 May, 'on "
             "Friday' 19 May (Oğan's meeting with Erdoğan), 'from May 20 to May 24' a range. 03 (Thursday 25 May, no date "
             "line): 'Four days before the run-off' a span, 'yesterday' (twice) 24 May, 'next Sunday' the coming 28 May, "
             "'Only two days earlier' 22 May (two days before Özdağ's announcement), 'last week' 15-21 May. 04 (Monday 29 "
             "May): \"Sunday's presidential run-off\" and 'late on Sunday' 28 May, 'earlier this month' May 2023, 'the "
             "February earthquakes' February 2023, 'two days later' 24 May (two days after 22 May), 'on Monday' 29 May "
             "(the publication day), 'since January' and 'in April' 2023, 'on Saturday' and 'the same day' the coming 3 "
             "June. 05 (Saturday 3 June; the date line is day-first, written out): 'this Saturday' and 'The same day' 3 "
             "June, 'six days after his victory' a span, 'Thursday' 1 June (the final results), 'between 2009 and 2015' a "
             "range of years, 'the 28 May' (twice), 'the 14 May', 'the 6 February', 'the 29 October' (the coming "
             "centenary, 2023), 'in July' (the Vilnius summit, 2023). 06 (Thursday 8 June, no date line): 'Yesterday' 7 "
             "June, 'barely four days after he took the oath of office on Saturday' a span and 3 June, 'on Sunday' 4 June "
             "(Şimşek takes over the ministry), 'On Monday' 5 June (the inflation figure), 'in May' May 2023, 'in "
             "October' October 2022 (the inflation peak: the last October before June 2023), 'two weeks earlier' 14 May "
             "(two weeks before 28 May), 'since March' March 2023, 'Last week' 29 May-4 June, 'March 2024' the local "
             "elections. Publication dates used: 01 2023-05-15, 02 2023-05-23, 03 2023-05-25, 04 2023-05-29, 05 "
             "2023-06-03, 06 2023-06-08 (see publication.json).",
    "dates": dates,
})

# ---------------------------------------------------------------------------------------------- publication
dump('publication.json', {
    "about": "True publication date of each document (the one the author had in mind) and whether the input states it "
             "(metadata, JSON field or a visible date line). window: the span a careful reader can prove from the text alone "
             "(plus event dates the other articles give); the engine's published.earliest..latest should contain 'date'.",
    "published": [
        {"doc": "01", "date": "2023-05-15", "stated": True,
         "how": "JSONL published field 2023-05-15T05:40:00Z", "window": ["2023-05-15", "2023-05-15"]},
        {"doc": "02", "date": "2023-05-23", "stated": True,
         "how": "meta article:published_time and JSON-LD datePublished 2023-05-23T07:30:00+03:00 (no visible date; Oğan "
                "spoke 'on Monday', 22 May per 04's 'May 22', and the run-off is still to come 'on May 28')",
         "window": ["2023-05-23", "2023-05-23"]},
        {"doc": "03", "date": "2023-05-25", "stated": False,
         "how": "none: Özdağ announced his support 'yesterday', 'Four days before the run-off' (28 May per 04/05/06) and "
                "'two days' after Oğan (22 May per 04), i.e. on Wednesday 24 May (04: 'two days later'); the run-off is "
                "'next Sunday': Thursday 25 May",
         "window": ["2023-05-25", "2023-05-25"]},
        {"doc": "04", "date": "2023-05-29", "stated": True,
         "how": "visible date line 'Monday 29 May 2023 07:15 BST'", "window": ["2023-05-29", "2023-05-29"]},
        {"doc": "05", "date": "2023-06-03", "stated": True,
         "how": "visible date line 'Published the Saturday 3 June 2023 at 22h10' (the oath 'this Saturday', 'six days "
                "after' the 28 May run-off, agrees)", "window": ["2023-06-03", "2023-06-03"]},
        {"doc": "06", "date": "2023-06-08", "stated": False,
         "how": "none: Erdoğan took the oath 'on Saturday' (3 June per 05), and the lira's fall of 'Yesterday' came "
                "'barely four days after' it, on Wednesday 7 June; 'on Sunday' (Şimşek) and 'On Monday' (inflation) are 4 "
                "and 5 June. Without the four days: after Monday 5 June and before the next Saturday, 6 to 9 June",
         "window": ["2023-06-06", "2023-06-09"]},
    ],
})

# ---------------------------------------------------------------------------------------------- timeline
ev = []
event = recorder(ev)


event("Earthquakes in southern and south-eastern Turkey kill more than 50,000 people", "2023-02-06",
      ["01", "02", "03", "05"], ["earthquake", "quake", "killed", "died", "dead", "catastrophe"],
      note="04 dates them only by month ('the February earthquakes')")
event("Muharrem İnce withdraws from the presidential race", "2023-05-11", ["01", "03", "06"],
      ["withdr", "pulled out", "ince", "muharrem"],
      note="01 'on Thursday', 03 'on 11 May', 06 'on May 11'")
event("First round of the presidential election and parliamentary election: Erdoğan 49.5%, Kılıçdaroğlu 44.9%, Oğan "
      "5.2%; the People's Alliance keeps its majority", "2023-05-14", ["01", "02", "03", "04", "05", "06"],
      ["first round", "first ballot", "vote", "election", "49.5", "short of", "obtained", "reached", "secured", "kept"],
      note="01 \"Sunday's vote\", 02 'the May 14 presidential election', 03 'on 14 May', 04 'on May 14' (the seats), 05 "
           "'the 14 May', 06 'two weeks earlier' and 'After May 14'; the first of the two rounds")
event("The YSK announces preliminary first-round results and Erdoğan addresses supporters from the balcony of the AKP "
      "headquarters in Ankara", "2023-05-15", ["01"],
      ["preliminary", "balcony", "announced", "addressed", "ahead", "results"],
      note="not to be merged with the victory speeches of the run-off night (28 May, 04)")
event("Oğan meets Erdoğan in Istanbul", "2023-05-19", ["02"], ["meeting", "met", "hour-long"])
event("Turkish citizens abroad vote in the run-off", "2023-05-20", ["02"],
      ["voting", "abroad", "consulates", "registered"], until="2023-05-24",
      note="03 gives only the end ('ended yesterday', 24 May)")
event("Sinan Oğan endorses Erdoğan for the run-off", "2023-05-22", ["02", "03", "04"],
      ["endors", "support", "backed", "pronounced", "declared", "decision"],
      note="02 'on Monday', 03 'Only two days earlier', 04 'on May 22'; not the Özdağ endorsement two days later")
event("Ümit Özdağ's Victory Party backs Kılıçdaroğlu, reportedly for the interior ministry", "2023-05-24",
      ["03", "04"], ["support", "threw his weight", "protocol", "interior ministry", "announced", "backs", "özdağ", "ozdag"],
      note="03 'yesterday', 04 'two days later'; 06 reports the protocol without a date")
event("Run-off: Erdoğan re-elected with 52.2% against 47.8% for Kılıçdaroğlu; victory speeches in Istanbul and Ankara",
      "2023-05-28", ["04", "05", "06"],
      ["run-off", "runoff", "won", "victory", "second round", "52", "re-elect", "win"],
      note="04 \"Sunday's presidential run-off\", 05 'the 28 May', 06 'on May 28'; the second of the two rounds. "
           "Same-day side events folded in: the speeches, Kılıçdaroğlu's refusal to concede, Putin's and Biden's "
           "congratulations (04), Macron's message (05)")
event("The lira weakens to a record low of 20.05 to the dollar after the run-off", "2023-05-29", ["04"],
      ["lira", "record low", "weakened", "dollar"],
      note="not the lira's fall of 7 June (06)")
event("The YSK proclaims the final results of the run-off", "2023-06-01", ["05"],
      ["definitive", "proclaim", "final results", "results"])
event("Erdoğan is sworn in for a new term before the Grand National Assembly in Ankara", "2023-06-03", ["05", "06"],
      ["oath", "sworn", "invested", "inaugurat", "lent"],
      note="05 'this Saturday', 06 'he took the oath of office on Saturday'; 04 announced it ('expected to be sworn in "
           "on Saturday')")
event("Erdoğan unveils his new cabinet: Mehmet Şimşek finance, Hakan Fidan foreign affairs, Cevdet Yılmaz "
      "vice-president", "2023-06-03", ["05"],
      ["cabinet", "government", "unveil", "şimşek", "simsek", "fidan", "minister", "vice-president"],
      note="05 'The same day'")
event("Şimşek takes over the finance ministry and calls for a return to 'rational ground'", "2023-06-04", ["06"],
      ["taking over", "took over", "rational", "option", "ministry"])
event("The Turkish Statistical Institute puts May's annual inflation at 39.6%", "2023-06-05", ["06"],
      ["inflation", "statistical", "tüik", "tuik", "39.6"])
event("The lira loses about 7% in one session and falls past 23 to the dollar", "2023-06-07", ["06"],
      ["lira", "lost", "slid", "session", "dollar"])
dump('timeline.json', {
    "about": "Real-world events the articles report, with date (day), until for multi-day events, the documents that report "
             "each (with a date the reader can resolve), and words by which a system event is recognised (title, trigger "
             "or participant entity ids). Similar events that must stay apart: the two rounds of the presidential election "
             "(14 May and 28 May: two Sundays, both called 'the vote' or 'the election'), the two endorsements (Oğan for "
             "Erdoğan on 22 May, Özdağ for Kılıçdaroğlu on 24 May), Erdoğan's two election-night speeches (the AKP "
             "balcony in the early hours of 15 May in 01, the presidential complex on 28 May in 04) and the YSK's "
             "announcements (preliminary first-round results on 15 May in 01, the final first-round result 'last week' in "
             "03, the run-off figures 'late on Sunday' 28 May in 04, the definitive run-off results on 1 June in 05). "
             "Not keyed: future or expected events (02's and 03's coming run-off is keyed through the event itself; 04's "
             "'expected to be sworn in on Saturday'; the centenary of 29 October and the Vilnius summit in July in 05; the "
             "local elections of March 2024 in 06), events dated only by week, month or year (the YSK's final "
             "first-round result and Oğan's meeting with Kılıçdaroğlu 'last week' in 02/03, İmamoğlu's call for change "
             "'last week' in 06, inflation in April and May, the inflation peak in October 2022, İnce's 2018 candidacy, "
             "Kılıçdaroğlu's leadership since 2010, Erdoğan's rule since 2003, Şimşek's years as minister 2009-2015), "
             "states (voting in Germany, Demir living in a container since March) and same-day side events folded into a "
             "keyed one (Stoltenberg and the foreign guests at the inauguration, the run-off night's speeches and "
             "congratulations). The lira's two falls (to a record 20.05 on 29 May in 04, by 7% past 23 on 7 June in 06) are keyed apart.",
    "events": ev,
})

# ---------------------------------------------------------------------------------------------- quotes
quotes = [
    ["01", "With almost all ballot boxes counted", "indirect", "Ahmet Yener"],
    ["01", "Turnout was about 87 percent", "indirect", [YSK]],
    ["01", "We are already 2.6 million votes ahead", "direct", ER],
    ["01", "he would respect the nation's decision", "indirect", ER],
    ["01", "If the nation wants a second round", "direct", KK],
    ["01", "The opposition believed that the earthquake", "direct", "Hande Sezer"],
    ["01", "Instead Erdoğan has shown once more", "direct", "Hande Sezer"],
    ["01", "he would talk to both camps", "indirect", OG],
    ["01", "sending refugees home and refusing any concession", "indirect", OG],
    ["01", "he had been the target of a smear campaign", "indirect", "Muharrem İnce"],

    ["02", "stability and continuity", "partial", OG],
    ["02", "A president and a parliament pulling", "direct", OG],
    ["02", "he made no bargain with anyone", "indirect", ER],
    ["02", "This decision binds Mr Oğan alone", "direct", OZ],
    ["02", "his party would announce its own position", "indirect", OZ],
    ["02", "there are 10 million of them", "indirect", KK],
    ["02", "most of Oğan’s voters were expected", "indirect", "Orhan Kaplan"],
    ["02", "Our surveys show around two-thirds", "direct", "Orhan Kaplan"],
    ["02", "Even if only half go his way", "direct", "Orhan Kaplan"],
    ["02", "the ballot papers would carry only two names", "indirect", "Ahmet Yener"],

    ["03", "his party will support the candidate", "indirect", OZ],
    ["03", "In return Kılıçdaroğlu has promised him", "indirect", OZ],
    ["03", "We have agreed that the refugees", "direct", OZ],
    ["03", "common commitment to the homeland", "partial", KK],
    ["03", "stability", "partial", OG],
    ["03", "the federal government will work together", "indirect", ["Foreign Office", None]],
    ["03", "unjustified advantage", "partial", OSCE],
    ["03", "Özdağ brings perhaps two percentage points", "direct", "Karin Feldhaus"],
    ["03", "For Kılıçdaroğlu the shift to the right", "direct", "Karin Feldhaus"],
    ["03", "the construction amnesties of his government", "indirect", [None]],

    ["04", "With all ballot boxes opened", "indirect", YSK],
    ["04", "Nobody has lost today", "direct", ER],
    ["04", "bye bye, Kemal", "partial", ER],
    ["04", "the most unjust election period in years", "partial", KK],
    ["04", "at the forefront of this struggle", "partial", KK],
    ["04", "Investors will now look at one thing only", "direct", "Tom Ashdown"],
    ["04", "If it is Mehmet Simsek", "direct", "Tom Ashdown"],
    ["04", "Mr Erdogan has approached Mr Simsek", "indirect", [None]],
    ["04", "independent foreign policy", "partial", "Vladimir Putin"],
    ["04", "the United States looked forward", "indirect", "Joe Biden"],

    ["05", "We will build together the century", "direct", ER],
    ["05", "civil and inclusive", "partial", ER],
    ["05", "We will embrace our 85 million citizens", "direct", ER],
    ["05", "The return of Mr. Şimşek is a signal", "direct", "Selin Yılmaz"],
    ["05", "But nobody knows if Mr. Erdogan", "direct", "Selin Yılmaz"],
    ["05", "the lira, which has lost about the fifth", "indirect", "Selin Yılmaz"],
    ["05", "a change", "partial", "Ekrem İmamoğlu"],
    ["05", "France and Turkey have immense challenges", "direct", "Emmanuel Macron"],

    ["06", "no option left", "partial", SI],
    ["06", "rational ground", "partial", SI],
    ["06", "the mother of all evil", "partial", ER],
    ["06", "she voted for Erdoğan twice", "indirect", "Hatice Demir"],
    ["06", "He came here, he promised houses", "direct", "Hatice Demir"],
    ["06", "The others came to take photographs", "direct", "Hatice Demir"],
    ["06", "This was a victory of fear over fatigue", "direct", "Burak Eren"],
    ["06", "Voters were angry about prices", "indirect", "Burak Eren"],
    ["06", "A coalition running from Islamists", "direct", "Burak Eren"],
    ["06", "Six leaders, one candidate and no story", "direct", ["Burak Eren"]],
    ["06", "it will hand over the first of 319,000", "indirect", [None, "Turkey"]],
    ["06", "I promise you, spring will come", "partial", KK],
    ["06", "handed the far-right Victory Party the interior ministry", "indirect", OZ],
    ["06", "change", "partial", "Ekrem İmamoğlu"],
]
dump('quotes.json', {
    "about": "Answer key for quotations on corpus-k/articles, same conventions as corpus-c..j: document id prefix, the first "
             "words of the quoted or reported content, kind, and the speaker's canonical name (null: the text does not "
             "name one; a list: any of these is right, and a list containing null also accepts no speaker). A quote "
             "interrupted by its attribution (01 Sezer: '\"...,\" said Hande Sezer, .... \"Instead ...\"') or continued "
             "without one (02 Kaplan's second sentence, 04 Ashdown's second and third, 06 Demir's 'The others came to "
             "take photographs', 06 Eren's 'A coalition running from Islamists ...' after the reported 'he told me' and "
             "the next paragraph, '\"Six leaders, one candidate and no story ...\"', which has no attribution at all and "
             "is Eren's by continuation) is keyed once per piece. A reported clause with quoted words in it (02 'his "
             "decision rested on the principles of “stability and continuity”', 03 'Ogan justified his step with the "
             "„stability\"', 04 'He called the campaign \"the most unjust election period in years\" and said he would stay "
             "\"at the forefront of this struggle\"', 04 Putin 'calling the result clear evidence of support for his "
             "\"independent foreign policy\"', 06 'Şimşek said Turkey had \"no option left\" but to return to \"rational "
             "ground\"') is keyed as the partial quote(s). Forms: 'the 69-year-old said' (01, a description as "
             "speaker), 'He added that' (01), 'he said' (01, 02, 06), 'He said:' (02 Oğan, after a description, 'the "
             "55-year-old academic'), 'X told the Crescent' (02 Kaplan), 'she said to the Isar-Bote' (03, a translated "
             "'sagte sie dem Isar-Bote'), 'told reporters' (01 Yener, his reported results), 'told a crowd' (04), 'told "
             "me' (06, the columnist), inverted 'said Hande Sezer' (01), 'said Ümit Özdağ' (02), 'said Özdağ' (03), "
             "'said Tom Ashdown' (04), 'says the Turkey expert Karin Feldhaus' (03), 'analyses Selin Yılmaz' (05), 'says "
             "Burak Eren' (06); speaker only by role or pronoun: '», has declared the president' (05, Erdoğan), '», has he "
             "added' (05), '», she adds' (05), 'she said' (03, 06), 'the election board said' (01, the YSK), 'the Supreme "
             "Election Council said' (04), 'A spokesman of the Foreign Office said' (03: the German foreign office or no "
             "one), 'Its leader, whom President Erdoğan mocks as “Bay Kemal”, ... claiming there are 10 million of them' "
             "(02, Kılıçdaroğlu), 'the president called interest rates' (06, Erdoğan); reported speech through "
             "'according to': 'as Özdağ explained' (03), 'According to Mrs. Yılmaz' (05), 'according to Özdağ' (06), "
             "'according to two people familiar with the matter' (04, null); 'Critics hold against him that' (03, "
             "null), 'The government says it will hand over' (06: null or Turkey); a colon after the attribution: 'Emmanuel Macron had saluted him ... from the evening of the 28 May: « "
             "France and Turkey ... »' (05). Quotation marks: straight double quotes (01, 04, 06), curly quotes (02), "
             "German low-high quotes „...\" (03) and guillemets (05). Not keyed: 'Bay Kemal' (02, a nickname in quotation "
             "marks), the chant is keyed ('bye bye, Kemal', 04, Erdoğan), 01 'accused the governing party of slowing the "
             "count' (an accusation, not its words), 01 'according to preliminary results announced by the Supreme "
             "Election Council', 03 'The CHP at first did not want to comment', 03 'had confirmed the final result', 05 "
             "'has proclaimed the definitive results', 06 'put annual inflation in May at 39.6 percent' (announcements "
             "of figures), headlines, captions and 04's "
             "duplicated lead.",
    "quotes": quotes,
})

# ---------------------------------------------------------------------------------------------- claims
claims = [
    {"id": "first-round-result",
     "text": "In the first round on 14 May Erdoğan took about 49.5% (just short of a majority) against about 44.9% for "
             "Kılıçdaroğlu",
     "docs": ["01", "02", "03", "05"],
     "anchors": {
         "01": "Erdoğan had 49.5 percent of the vote",
         "02": "In the first round President Erdoğan took 49.5 percent",
         "03": "In the first ballot Erdoğan had reached 49.52 percent",
         "05": "he had obtained 49.52 %"},
     "contradiction": None,
     "note": "49.5 and 49.52, 44.9 and 44.88 are the same figures rounded; the run-off's 52.2 / 47.8 are the other round"},
    {"id": "ogan-share",
     "text": "Sinan Oğan took about 5.2% in the first round",
     "docs": ["01", "02", "03"],
     "anchors": {
         "01": "The nationalist Sinan Oğan took 5.2 percent",
         "02": "Oğan won 5.17 percent of the vote",
         "03": "who had obtained 5.2 percent in the first ballot"},
     "contradiction": {
         "docs": ["04"],
         "anchors": {"04": "who had taken 7.2 per cent in the first round"},
         "aspect": "number",
         "detail": "04 puts Oğan's first-round share at 7.2 per cent against 5.2 (5.17) per cent in 01/02/03"}},
    {"id": "runoff-result",
     "text": "Erdoğan won the run-off of 28 May with about 52.2% against about 47.8% for Kılıçdaroğlu",
     "docs": ["04", "05", "06"],
     "anchors": {
         "04": "Mr Erdogan had 52.2 per cent against 47.8 per cent",
         "05": "Mr. Erdogan had won the 28 May with 52.18 %",
         "06": "give Erdoğan 52.2 percent, or 27.8 million votes"},
     "contradiction": None,
     "note": "52.18 / 47.82 (05) are the exact figures of 52.2 / 47.8"},
    {"id": "runoff-margin",
     "text": "Erdoğan won the run-off by about 2.3 million votes",
     "docs": ["04", "06"],
     "anchors": {
         "04": "a margin of about 2.3 million votes",
         "06": "still lost by 2.3 million votes"},
     "contradiction": None,
     "note": "01's '2.6 million votes ahead' is Erdoğan's first-round lead on election night, another quantity"},
    {"id": "turnout-first-round",
     "text": "Turnout in the first round was about 87%",
     "docs": ["01", "04"],
     "anchors": {
         "01": "Turnout was about 87 percent",
         "04": "from 87 per cent in the first round"},
     "contradiction": None,
     "note": "03's 'almost 89 percent' is the turnout in the country (without voters abroad); 04's 'about 84 per cent' "
             "is the run-off's"},
    {"id": "parliament-majority",
     "text": "The governing People's Alliance (AKP, MHP) won a majority in parliament (323 of the 600 seats) on 14 May",
     "docs": ["01", "02", "03", "04", "05", "06"],
     "anchors": {
         "01": "was on course to keep its majority in the 600-seat parliament",
         "02": "had already won a majority in parliament with 323 seats",
         "03": "already holds the majority in the parliament",
         "04": "had already secured 323 of the 600 seats",
         "05": "its allies dispose of the majority",
         "06": "kept 323 seats in parliament"},
     "contradiction": None},
    {"id": "six-party-alliance",
     "text": "Kılıçdaroğlu was the joint candidate of a six-party opposition alliance",
     "docs": ["01", "04", "05", "06"],
     "anchors": {
         "01": "the joint candidate of a six-party opposition alliance",
         "04": "His six-party alliance had hoped",
         "05": "an alliance of six parties of opposition",
         "06": "His six-party alliance had already been beaten"},
     "contradiction": None},
    {"id": "ince-withdrawal",
     "text": "Muharrem İnce withdrew from the presidential race on 11 May",
     "docs": ["01", "03", "06"],
     "anchors": {
         "01": "who pulled out of the race on Thursday",
         "03": "had withdrawn his candidature on 11 May",
         "06": "whose late withdrawal on May 11"},
     "contradiction": None,
     "note": "01's 'three days before the vote' is the same day"},
    {"id": "ogan-endorsement",
     "text": "On 22 May Sinan Oğan endorsed Erdoğan for the run-off",
     "docs": ["02", "03", "04"],
     "anchors": {
         "02": "on Monday declared his support for President Recep Tayyip Erdoğan",
         "03": "had pronounced himself for the incumbent",
         "04": "backed the president on May 22"},
     "contradiction": None,
     "note": "not Özdağ's endorsement of Kılıçdaroğlu two days later"},
    {"id": "ozdag-endorsement",
     "text": "On 24 May Ümit Özdağ (Victory Party) backed Kılıçdaroğlu for the run-off",
     "docs": ["03", "04", "06"],
     "anchors": {
         "03": "his party will support the candidate of the Republican People's Party",
         "04": "threw his weight behind Mr Kilicdaorglu",
         "06": "he signed a protocol with Ümit Özdağ"},
     "contradiction": None},
    {"id": "interior-ministry",
     "text": "In return Kılıçdaroğlu promised the Victory Party the interior ministry, according to Özdağ",
     "docs": ["03", "06"],
     "anchors": {
         "03": "has promised him the Interior Ministry",
         "06": "handed the far-right Victory Party the interior ministry"},
     "contradiction": None},
    {"id": "refugee-condition",
     "text": "Oğan made the return of refugees a condition of his support",
     "docs": ["01", "02"],
     "anchors": {
         "01": "sending refugees home and refusing any concession",
         "02": "the fight against terrorism and the return of the refugees"},
     "contradiction": None},
    {"id": "quake-toll",
     "text": "The earthquakes of 6 February 2023 killed more than 50,000 people in Turkey",
     "docs": ["01", "03", "04", "05"],
     "anchors": {
         "01": "which killed more than 50,000 people",
         "03": "more than 50,000 people died in Turkey alone",
         "04": "which killed more than 50,000 people",
         "05": "which have made more than 50,000 dead"},
     "contradiction": None},
    {"id": "quake-homes",
     "text": "Erdoğan promised to build 319,000 homes in the earthquake zone within a year",
     "docs": ["02", "03", "05", "06"],
     "anchors": {
         "02": "The government has begun building 319,000 homes",
         "03": "promised to build 319,000 dwellings within one year",
         "05": "deliver 319,000 housings in one year",
         "06": "the first of 319,000 new homes within a year"},
     "contradiction": None,
     "note": "06 says the first of the homes are due within a year, the others that all of them are: a difference of "
             "wording, not of the programme"},
    {"id": "erdogan-since-2003",
     "text": "Erdoğan has governed Turkey since 2003",
     "docs": ["01", "03"],
     "anchors": {
         "01": "as prime minister and then president since 2003",
         "03": "who governs since 2003"},
     "contradiction": None,
     "note": "04's 'into a third decade' agrees"},
    {"id": "kk-since-2010",
     "text": "Kılıçdaroğlu has led the CHP since 2010",
     "docs": ["01", "05", "06"],
     "anchors": {
         "01": "who has led the Republican People's Party (CHP) since 2010",
         "05": "who directs the CHP since 2010",
         "06": "who has led the Republican People's Party since 2010"},
     "contradiction": None},
    {"id": "abroad-voting",
     "text": "Voting abroad for the run-off ended on 24 May",
     "docs": ["02", "03"],
     "anchors": {
         "02": "runs from May 20 to May 24",
         "03": "the voting in the consulates and polling stations ended yesterday"},
     "contradiction": None},
    {"id": "simsek-finance",
     "text": "Mehmet Şimşek became finance minister in Erdoğan's new government",
     "docs": ["05", "06"],
     "anchors": {
         "05": "becomes minister of the Treasury and of the Finances",
         "06": "whom Erdoğan has brought back as finance minister"},
     "contradiction": None,
     "note": "04 (29 May) only reports that Erdoğan has approached him"},
    {"id": "oath",
     "text": "Erdoğan was sworn in for his new term on Saturday 3 June",
     "docs": ["05", "06"],
     "anchors": {
         "05": "has lent oath this Saturday",
         "06": "he took the oath of office on Saturday"},
     "contradiction": None},
    {"id": "kk-stays",
     "text": "Kılıçdaroğlu has not resigned despite the defeat",
     "docs": ["05", "06"],
     "anchors": {
         "05": "resists to the calls to the resignation",
         "06": "has so far refused to resign"},
     "contradiction": None},
    {"id": "imamoglu-change",
     "text": "Ekrem İmamoğlu called for change at the head of the opposition",
     "docs": ["05", "06"],
     "anchors": {
         "05": "has pleaded for « a change »",
         "06": "called openly for \"change\""},
     "contradiction": None},
    {"id": "sweden-nato",
     "text": "Turkey has blocked Sweden's membership of NATO for a year or more",
     "docs": ["04", "05"],
     "anchors": {
         "04": "whether Ankara lifts its objection to Sweden's membership of Nato",
         "05": "The file of the adhesion of Sweden to the OTAN"},
     "contradiction": None,
     "note": "'for a year' (04) and 'since more than a year' (05) are the same span, approximately"},
]
dump('claims.json', {
    "about": "Checkable claims made by two or more sources on corpus-k/articles: short text, the documents asserting it "
             "(with an anchor: words of the asserting sentence in each document's cleaned text), and any contradiction "
             "(documents that disagree, aspect, detail). Only one contradiction is intended (Sinan Oğan's first-round "
             "share: 'the ultranationalist who had taken 7.2 per cent in the first round' in 04 against 5.2 percent in "
             "01/03 and 5.17 percent in 02); every other contradiction is a false alarm, in particular: the two rounds "
             "(Erdoğan's 49.5 / 49.52 percent on 14 May against 52.2 / 52.18 percent on 28 May; Kılıçdaroğlu's 44.9 / "
             "44.88 against 47.8 / 47.82; turnout of about 87 percent in the first round against about 84 per cent in "
             "the run-off, 04); rounded against exact figures (49.5 / 49.52, 5.2 / 5.17, 52.2 / 52.18); turnout of 87 "
             "percent including voters abroad (01, 04) against 'almost 89 percent' in the country (03); Erdoğan's "
             "first-round lead of 2.6 million votes on election night (01) against the run-off margin of 2.3 million "
             "(04, 06) and 'nearly five points to spare' (06); vote counts against each other (27.8 million for Erdoğan "
             "in the run-off, 06; some 2.8 million ballots for Oğan, 02; roughly 64 million eligible voters, 01; the "
             "roughly 3.4 million citizens registered abroad, 02; around 1.5 million voters in Germany, 03) and against "
             "population figures (about 3.4 million Syrians under temporary protection, 01; about 3.7 million "
             "foreigners under international or temporary protection, 02; the '10 million' refugees Kılıçdaroğlu "
             "claims, which 02 itself rebuts; '85 million' citizens in Erdoğan's words, 04 and 05); 'around 65 percent' "
             "of the Turks in Germany for Erdoğan (03) against his national share; Kaplan's 'two-thirds' and 'half' of "
             "Oğan's voters (02) and Feldhaus's 'two percentage points' (03); the 323 seats against the 600-seat "
             "parliament (01, 04); the two endorsements (Oğan for Erdoğan on 22 May; Özdağ, whose party had nominated "
             "Oğan, for Kılıçdaroğlu on 24 May: not a contradiction about whom 'the nationalists' backed); annual "
             "inflation of 43.7 per cent in April (04) against 39.6 percent in May and a peak of 85.5 percent in October "
             "2022 (06); the lira at a record 20.05 to the dollar on 29 May (04) against 'past 23' on 7 June (06), its "
             "loss of 'more than 6 per cent' since January (04) against 'about the fifth of its value in one year' (05) "
             "and 'about 7 percent' in one session (06); the main interest rate of 8.5 per cent and Ashdown's '25 to the "
             "dollar' (04); 319,000 homes 'within a year' against 06's 'the first of 319,000 new homes within a year'; "
             "Sweden's NATO membership blocked 'for a year' (04) against 'since more than a year' (05); Erdoğan's rule "
             "'since 2003' against 'into a third decade' (04); a new mandate 'of five years' (05); ages (69, 74, 55, 56, "
             "52) against each other; 'most of the 11 provinces' (01); 04's report that Erdoğan 'has approached' Şimşek "
             "against 05/06's appointment (later, not contrary); 04's 'did not concede' against 05/06's 'resists the "
             "calls to the resignation' (different acts). Framing differs on purpose (01 neutral wire; 02 pro-government "
             "Turkish daily, 'Türkiye', 'a heavy blow to the opposition's hopes', rebutting the opposition's refugee "
             "figure; 03 German, machine-translated, the view from Berlin and from the Turks in Germany; 04 London "
             "financial daily, markets and the lira; 05 French, machine-translated, the inauguration and the new "
             "government; 06 opposition-sympathetic opinion, 'the opposition lost this election long before polling "
             "day') without contradicting. single_source lists claims only one document makes, for reference.",
    "claims": claims,
    "single_source": [
        {"doc": "01", "text": "The 28 May run-off is the first presidential run-off in Turkey's history"},
        {"doc": "01", "text": "The state-run Anadolu Agency showed Erdoğan above 50% for hours while the private ANKA agency "
                              "had Kılıçdaroğlu in front"},
        {"doc": "01", "text": "Erdoğan's alliance carried most of the 11 provinces hit by the earthquakes"},
        {"doc": "01", "text": "Turkey hosts about 3.4 million Syrians under temporary protection"},
        {"doc": "02", "text": "Oğan met Erdoğan in Istanbul on 19 May"},
        {"doc": "02", "text": "Özdağ said Oğan's decision bound Oğan alone"},
        {"doc": "02", "text": "About 3.4 million Turkish citizens are registered to vote abroad"},
        {"doc": "03", "text": "Around 65 percent of the Turks in Germany voted for Erdoğan in the first round"},
        {"doc": "03", "text": "OSCE observers criticised an unjustified advantage of the incumbent after the first round"},
        {"doc": "04", "text": "Turnout in the run-off was about 84 per cent"},
        {"doc": "04", "text": "The lira weakened to a record 20.05 to the dollar on 29 May"},
        {"doc": "04", "text": "Putin and Biden congratulated Erdoğan"},
        {"doc": "05", "text": "Hakan Fidan became foreign minister and Cevdet Yılmaz vice-president"},
        {"doc": "05", "text": "The YSK proclaimed the definitive run-off results on 1 June"},
        {"doc": "05", "text": "Jens Stoltenberg attended the inauguration ceremony"},
        {"doc": "06", "text": "The Turkish Statistical Institute put May's annual inflation at 39.6 percent"},
        {"doc": "06", "text": "The lira lost about 7 percent in a single session on 7 June"},
    ],
})
print('keys written')
