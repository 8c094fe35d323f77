"""Writes the answer keys of corpus-v (South Africa's 2024 general election and the government of national unity: the
Constitutional Court's ruling against Jacob Zuma, the vote of 29 May, the results of Sunday 2 June, the first sitting of
the National Assembly and the ANC-DA statement of intent of 14 June, Cyril Ramaphosa's inauguration of 19 June and the
cabinet of Sunday 30 June) into keys/.

Written by hand from reading the articles, before any engine run (the writer neither ran the engine nor read its
source); run once (python3 mkkeys.py), then python3 check_keys.py.
"""
import os
import sys

K = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'keys')


sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from key_writing import recorder, writer  # noqa: E402

dump = writer(K)


P, O, G, L, M, E_, MD = 'PERSON', 'ORG', 'GPE', 'LOC', 'MISC', 'EVENT', 'MEDIA'
RAM, ZUM, DZS, STE, MAL, MBA = "Cyril Ramaphosa", "Jacob Zuma", "Duduzile Zuma-Sambudla", "John Steenhuisen", \
    "Julius Malema", "Fikile Mbalula"
MOE, KHU, ZON, DID, GOV, GRO = "Mosotho Moepya", "Lerato Khumalo", "Raymond Zondo", "Thoko Didiza", "Priya Govender", \
    "Pieter Groenewald"
SND, TND, HLA, MAS, DUB, NDH, MOY = "Sipho Ndlovu", "Thandeka Ndlovu", "Velenkosini Hlabisa", "Paul Mashatile", \
    "Nomsa Dube", "Nhlamulo Ndhlela", "Tendai Moyo"
ANC, DA, MK, EFF, IEC, IFP, NA, FFP = "African National Congress", "Democratic Alliance", "uMkhonto weSizwe", \
    "Economic Freedom Fighters", "Electoral Commission of South Africa", "Inkatha Freedom Party", "National Assembly", \
    "Freedom Front Plus"
GNU = "government of national unity"

# ---------------------------------------------------------------------------------------------- entities
ents = [
    (RAM, P, ["Cyril Ramaphosa", "Ramaphosa", "Mr Ramaphosa", "mnr. Ramaphosa", "Mnr. Ramaphosa", "uRamaphosa"]),
    (ZUM, P, ["Jacob Zuma", "Zuma", "uZuma", "Baba Zuma", "Msholozi", "Mr Zuma", "Mnr. Zuma"]),
    (DZS, P, ["Duduzile Zuma-Sambudla"]),
    (STE, P, ["John Steenhuisen", "Steenhuisen", "Mr Steenhuizen", "Mr Steenhuysen"]),
    (MAL, P, ["Julius Malema", "Malema"]),
    (MBA, P, ["Fikile Mbalula", "Mbalula"]),
    (MOE, P, ["Mosotho Moepya"]),
    (KHU, P, ["Lerato Khumalo"]),
    ("Nelson Mandela", P, ["Nelson Mandela"]),
    (ZON, P, ["Raymond Zondo"]),
    (DID, P, ["Thoko Didiza"]),
    (GOV, P, ["Priya Govender", "Govender"]),
    (GRO, P, ["Pieter Groenewald"]),
    (SND, P, ["Sipho Ndlovu"]),
    (TND, P, ["Thandeka Ndlovu"]),
    (HLA, P, ["Velenkosini Hlabisa", "Hlabisa"]),
    (MAS, P, ["Paul Mashatile"]),
    (DUB, P, ["Nomsa Dube"]),
    ("F.W. de Klerk", P, ["F.W. de Klerk"]),
    ("Bola Tinubu", P, ["Bola Tinubu"]),
    ("Emmerson Mnangagwa", P, ["Emmerson Mnangagwa"]),
    (NDH, P, ["Nhlamulo Ndhlela"]),
    (MOY, P, ["Tendai Moyo"]),

    (ANC, O, ["African National Congress", "ANC", "Khongolose"]),
    (DA, O, ["Democratic Alliance", "DA"]),
    (MK, O, ["uMkhonto weSizwe", "MK", "MK party"]),
    (EFF, O, ["Economic Freedom Fighters", "EFF"]),
    (IEC, O, ["Electoral Commission of South Africa", "IEC", "Independent Commission of the Elections",
              "Independent Electoral Commission", "OVK"]),
    ("Constitutional Court", O, ["Constitutional Court"]),
    (NA, O, ["National Assembly", "Nasionale Vergadering"]),
    (IFP, O, ["Inkatha Freedom Party", "IFP"]),
    ("Patriotic Alliance", O, ["Patriotic Alliance"]),
    ("GOOD", O, ["GOOD"]),
    (FFP, O, ["Freedom Front Plus", "Vryheidsfront Plus", "VF Plus"]),
    ("National Party", O, ["National Party"]),
    (GNU, O, ["RNE"]),
    ("Cape Institute for Governance Studies", O, ["Cape Institute for Governance Studies"]),
    ("Highveld Securities", O, ["Highveld Securities"]),
    ("Institute for Political Analysis", O, ["Institute for Political Analysis", "IPA"]),
    ("Ashworth Centre for African Affairs", O, ["Ashworth Centre for African Affairs"]),
    ("Limpopo Valley Research Institute", O, ["Limpopo Valley Research Institute"]),
    ("JSE All Share", M, ["JSE All Share"]),

    ("Ledger", MD, ["Ledger"]),
    ("Landstem", MD, ["Landstem"]),
    ("Umlandeli", MD, ["Umlandeli"]),
    ("Longitude", MD, ["Longitude"]),

    ("South Africa", G, ["South Africa"]),
    ("Pretoria", G, ["Pretoria"]),
    ("Kaapstad", G, ["Kaapstad"]),
    ("Johannesburg", G, ["Johannesburg"]),
    ("Midrand", G, ["Midrand"]),
    ("KwaZulu-Natal", G, ["KwaZulu-Natal"]),
    ("eThekwini", G, ["eThekwini"]),
    ("Nkandla", G, ["Nkandla"]),
    ("Umlazi", G, ["Umlazi"]),
    ("Bloemfontein", G, ["Bloemfontein"]),
    ("Nigeria", G, ["Nigeria"]),
    ("Zimbabwe", G, ["Zimbabwe"]),

    ("Union Buildings", L, ["Union Buildings", "Uniegebou"]),
    ("Cape Town International Convention Centre", L, ["Cape Town International Convention Centre"]),
]

descriptions = [
    (RAM, ["the 71-year-old", "the ANC leader", "the state president"]),
    (ZUM, ["the 82-year-old", "the former president"]),
    (STE, ["the opposition leader"]),
    (MAL, ["the EFF leader"]),
    (IEC, ["the commission", "Midrand"]),
    (NA, ["the house", "the assembly"]),
    ("South Africa", ["Pretoria"]),
]

roles = [
    (RAM, ["President"]),
    (ZUM, ["former president"]),
    (DZS, ["the former president's daughter", "the daughter of Msholozi", "Mr Zuma's daughter"]),
    (STE, ["DA leader", "minister of agriculture"]),
    (MAL, ["the leader of the Economic Freedom Fighters"]),
    (MBA, ["secretary-general"]),
    (MOE, ["the IEC's chairperson"]),
    (KHU, ["a political analyst at the Cape Institute for Governance Studies"]),
    (ZON, ["Chief Justice"]),
    (DID, ["Speaker"]),
    (GOV, ["chief economist at Highveld Securities"]),
    (GRO, ["The leader of the VF Plus"]),
    (SND, ["political scientist at the Institute for Political Analysis"]),
    (TND, ["who organises for MK in the ward of Umlazi"]),
    (MAS, ["deputy president"]),
    (DUB, ["a senior fellow at the Ashworth Centre for African Affairs"]),
    (NDH, ["Its spokesperson"]),
    (MOY, ["an economist at the Limpopo Valley Research Institute"]),
]

must_not_merge = [
    [ZUM, DZS],
    [SND, TND],
    [SND, NDH],
    [TND, NDH],
    [RAM, ZUM],
    [RAM, MAS],
]

dump('entities.json', {
    "about": "Answer key for entity resolution on corpus-v/articles (South Africa's 2024 general election and the "
             "government of national unity: the Constitutional Court's ruling against Jacob Zuma of 20 May, the vote of "
             "Wednesday 29 May, the results declared on Sunday 2 June, the first sitting of the National Assembly and the "
             "ANC-DA statement of intent of Friday 14 June, Cyril Ramaphosa's inauguration in Pretoria on Wednesday 19 "
             "June and the cabinet named on Sunday 30 June), written from reading the articles. Same conventions as "
             "corpus-c..r: canonical name (a form that occurs in the texts), type, and every surface form that names the "
             "entity in the cleaned texts (headlines, standfirsts, captions, bylines, the dateline 'MIDRAND, South Africa "
             "(Atlas Wire) -', related links, share bars and other boilerplate excluded). Title+surname forms ('Mr "
             "Ramaphosa', 'mnr. Ramaphosa' / 'Mnr. Ramaphosa' (03, the Afrikaans 'meneer', capitalised at the start of a "
             "sentence), 'Mr Zuma', 'Mnr. Zuma', 'Baba Zuma' (04, the isiZulu honorific 'father'), 'Mr Steenhuizen', 'Mr "
             "Steenhuysen') are keyed as aliases; title+full-name forms ('Mnr. Cyril Ramaphosa', 'mnr. Julius Malema', "
             "'mnr. John Steenhuisen', 'mnr. Fikile Mbalula', 'dr. Pieter Groenewald', 'Prof. Sipho Ndlovu', 'me. "
             "Duduzile Zuma-Sambudla') are not listed separately. Defects on purpose: 04, machine-translated from "
             "isiZulu, keeps the noun-class prefix of personal names ('uRamaphosa', 'uZuma', 'uBaba uZuma') and calls "
             "Zuma by his clan name 'Msholozi' (three times in the body: an alias, not a description) and the ANC by its "
             "isiZulu name 'the Khongolose (ANC)'; two misspellings of one surname in one article, 'Mr Steenhuizen' and "
             "'Mr Steenhuysen' (05), next to 'John Steenhuisen'. Two Zumas who must not merge: Jacob Zuma and his "
             "daughter Duduzile Zuma-Sambudla (02, 03, 04, 05; her hyphenated surname contains his). Two Ndlovus who must "
             "not merge: the political scientist Sipho Ndlovu (03) and the MK organiser Thandeka Ndlovu (04), nor either "
             "with MK's spokesperson Nhlamulo Ndhlela (06), a near-identical surname; Ramaphosa and Zuma (the president "
             "and the former president) and Ramaphosa and his deputy Paul Mashatile stay apart. Acronyms and foreign "
             "forms: 'the Electoral Commission of South Africa (IEC)' (01), the isiZulu calque 'the Independent "
             "Commission of the Elections (IEC)' (04) and the Afrikaans 'the Independent Electoral Commission (OVK)' (03, "
             "Onafhanklike Verkiesingskommissie) are one body; 'the Vryheidsfront Plus (VF Plus)' (03) is the 'Freedom "
             "Front Plus' (05); 'the Nasionale Vergadering' (03, untranslated) is the National Assembly; 'the "
             "government of national unity (RNE)' (03, Afrikaans regering van nasionale eenheid) is keyed as an "
             "organisation with the alias 'RNE' (the lower-case 'government of national unity' and 'unity government' "
             "elsewhere are not aliases); 'the Uniegebou' (03, untranslated) is the Union Buildings (05, 06); 'Kaapstad' "
             "(03) is Cape Town, which occurs in English only inside 'Cape Town International Convention Centre' (02, a "
             "location keyed whole); 'uMkhonto weSizwe (MK)' (01), 'The MK party' (03), 'MK' elsewhere; 'die ANC' and "
             "'die DA' (03, the Afrikaans article left in) hold the aliases 'ANC' and 'DA'; 'GOOD' (03) is a party. "
             "Capital for the government: 'Pretoria' stands for the South African government in 03 ('has Pretoria the "
             "DA six cabinet posts offered') and is keyed as a description of South Africa as well as the city's alias "
             "(the city in 02, 03 'the roads around Pretoria', 05, 06); 'Midrand' (04), where the results centre is, "
             "stands for the commission in 'They will not be told by Midrand' and is keyed as the town's alias and a "
             "description of the IEC. 'Ledger' (02 'told the Ledger'), 'Landstem' (03 'which the Landstem has seen'), "
             "'Umlandeli' (04 'she told Umlandeli') and 'Longitude' (05 'told The Longitude') are outlets. Descriptions: "
             "'the 71-year-old' (01, 02, 05), 'the ANC leader' (05) and 'The state president' (03) for Ramaphosa; 'the "
             "82-year-old' (05) and 'the former president' (02 twice, 03; used of Zuma only in this corpus) for Zuma; "
             "'the opposition leader' (01, 'the opposition leader in the outgoing parliament') for Steenhuisen; 'the EFF "
             "leader' (02, 05) for Malema; 'the commission' (01, 04) and 'Midrand' (04) for the IEC; 'the house' (02) "
             "and 'the assembly' (05) for the National Assembly; 'Pretoria' (03) for South Africa. 'the president' is "
             "not keyed as a description (it is also a role word: 're-elected president', 'the office of president'). "
             "Not keyed: adjectives and demonyms (South African, Afrikaans), 'the constitution', 'parliament' "
             "(lower-case), 'apartheid', 'the Republic' (03), the unnamed 'ANC official', 'insiders', 'diplomats', "
             "'traders', 'analysts', the portfolios (home affairs, agriculture, ...), 'the security cluster', the "
             "'results centre', 'the ward of Umlazi' beyond 'Umlazi', 'Tshepo Motsepe' (caption only), the outlets "
             "named only in boilerplate. roles: roles stated in an apposition or title, for information.",
    "entities": [{"name": n, "type": t, "aliases": a} for n, t, a in ents],
    "must_not_merge": must_not_merge,
    "descriptions": [{"entity": e, "descriptions": d} for e, d in descriptions],
    "roles": [{"entity": e, "roles": r} for e, r in roles],
})

# ---------------------------------------------------------------------------------------------- dates
dates = [
    # 01: published Sunday 2024-06-02 (JSON field 2024-06-02T19:30:00Z, 21:30 in South Africa)
    ["01", "Sunday", "2024-06-02"],
    ["01", "Wednesday", "2024-05-29"],
    ["01", "2019", "2019"],
    ["01", "1994", "1994"],
    ["01", "December", "2023-12"],
    ["01", "Saturday", "2024-06-01"],
    ["01", "tomorrow", "2024-06-02"],
    ["01", "20 May", "2024-05-20"],
    ["01", "2021", "2021"],
    ["01", "12 months", "P12M"],
    ["01", "five years", "P5Y"],
    ["01", "Friday", "2024-05-31"],
    ["01", "14 days", "P14D"],
    # 02: published Saturday 2024-06-15 (meta and JSON-LD only)
    ["02", "Friday", "2024-06-14"],
    ["02", "2022", "2022"],
    ["02", "May 29", "2024-05-29"],
    ["02", "Today", "2024-06-14"],
    ["02", "today", "2024-06-14"],
    ["02", "Friday", "2024-06-14"],
    ["02", "next Wednesday", "2024-06-19"],
    # 03: published Sunday 2024-06-23 (visible date line 'Sunday 23 June 2024 – 06:00')
    ["03", "Wednesday", "2024-06-19"],
    ["03", "14 June", "2024-06-14"],
    ["03", "The same day", "2024-06-14"],
    ["03", "Friday a week ago", "2024-06-14"],
    ["03", "29 May", "2024-05-29"],
    ["03", "the same day", "2024-06-14"],
    ["03", "this week", "2024-06-17/2024-06-23"],
    ["03", "the day before yesterday", "2024-06-21"],
    ["03", "next Sunday", "2024-06-30"],
    ["03", "the end of the month", "2024-06-30"],
    ["03", "the coming week", "2024-06-24/2024-06-30"],
    ["03", "Wednesday", "2024-06-19"],
    # 04: published Monday 2024-06-03, no date line
    ["04", "yesterday", "2024-06-02"],
    ["04", "twenty years", "P20Y"],
    ["04", "1994", "1994"],
    ["04", "last Wednesday", "2024-05-29"],
    ["04", "four days later", "2024-06-02"],
    ["04", "Saturday", "2024-06-01"],
    ["04", "20th of May", "2024-05-20"],
    ["04", "2021", "2021"],
    ["04", "fifteen months", "P15M"],
    ["04", "five years ago", "2019"],
    ["04", "Friday", "2024-05-31"],
    ["04", "fourteen days", "P14D"],
    # 05: published Tuesday 2024-07-02, no date line
    ["05", "Sunday", "2024-06-30"],
    ["05", "four weeks", "P4W"],
    ["05", "three decades", "P30Y"],
    ["05", "Wednesday", "2024-07-03"],
    ["05", "May 29th", "2024-05-29"],
    ["05", "five years earlier", "2019"],
    ["05", "1994", "1994"],
    ["05", "May", "2024-05"],
    ["05", "June 14th", "2024-06-14"],
    ["05", "Five days later", "2024-06-19"],
    ["05", "five years", "P5Y"],
    ["05", "1994 to 1996", "1994/1996"],
    ["05", "two years", "P2Y"],
    ["05", "last week", "2024-06-24/2024-06-30"],
    ["05", "Yesterday", "2024-07-01"],
    # 06: published Wednesday 2024-06-19 (visible date line '19.06.2024 · 16:40 EAT')
    ["06", "today", "2024-06-19"],
    ["06", "last month", "2024-05"],
    ["06", "five days", "P5D"],
    ["06", "29 May", "2024-05-29"],
    ["06", "earlier this month", "2024-06"],
    ["06", "the end of the month", "2024-06-30"],
]
dump('dates.json', {
    "about": "Answer key for date normalisation on corpus-v/articles, same conventions as corpus-c..r: document id prefix, "
             "the expression as written (the first occurrence not yet matched, in text order; a system expression that "
             "contains the key text matches, so 'Sunday' in 01 also matches 'on Sunday', 'Wednesday' in 01 "
             "\"Wednesday's election\", '14 days' 'within 14 days', 'the end of the month' 'by the end of the month', "
             "'20th of May' 'the 20th of May', 'five days' 'five days after', 'four weeks' 'four weeks to the day'), its "
             "absolute value. Weeks run Monday to Sunday. Dates are South African local dates (UTC+2). The date lines "
             "'Sunday 23 June 2024 – 06:00' (03) and '19.06.2024 · 16:40 EAT' (06, day.month.year, Nairobi time), the "
             "dateline of 01, captions, headlines, standfirsts ('thirty years' in 05's), related links and 04's "
             "duplicated lead are not keyed. Clock times and parts of days ('late at night', 'Earlier in the day', 'in "
             "the afternoon', 'Sunday evening' beyond 'Sunday', 'that night' (05, the night of 14 June), 'the early "
             "morning', 'until the morning') are not keyed. Vague, recurring or anaphoric expressions ('in the coming "
             "days' (01, 06), 'its best day in weeks', 'days of negotiations', 'The weeks since', 'Since then', 'second "
             "term', 'second full term', 'until then', 'every day') are not keyed; nor are adjectival spans ('the "
             "15-month prison sentence', 'his 15-month sentence'), ages ('Zuma, 82', 'the 71-year-old', 'the "
             "82-year-old'), counts, shares and votes ('40.18%', '57.5%', '58.64%', '283 votes to 44', '238 votes', "
             "'159 of the 400 seats', '579 objections', '45.35 percent', '18 percent', 'Six of the 32 ministers', '43 "
             "deputy ministers', 'some twenty heads of state'). Relative dates: 01 (written Sunday 2 June, evening): 'on "
             "Sunday' 2 June (the declaration), \"Wednesday's election\" 29 May, 'in December' December 2023 (MK's "
             "launch), 'On Saturday' 1 June (Zuma's warning), 'tomorrow' inside Zuma's quotation (spoken on Saturday) 2 "
             "June, 'on 20 May' (yearless), 'more than 12 months' and 'for five years' spans, 'on Friday' 31 May "
             "(Mbalula), 'within 14 days' a span. 02 (Saturday 15 June): 'on Friday' twice 14 June (the election of the "
             "president; the rand), 'in 2022' (the fire), 'the May 29 election' (yearless), 'Today' (Steenhuisen) and "
             "'today' (Malema) inside quotations spoken on 14 June, 'next Wednesday' 19 June (the inauguration, still to "
             "come). 03 (Sunday 23 June): 'on Wednesday' twice 19 June (the inauguration), 'on 14 June', 'The same day' "
             "and 'the same day' 14 June (the statement of intent, the IFP's signature), the calque 'the sitting of "
             "Friday a week ago' 14 June (Afrikaans 'Vrydag 'n week gelede': the Friday of the week before, not the day "
             "before yesterday), 'the election of 29 May', 'this week' 17-23 June, 'the day before yesterday' 21 June "
             "(Afrikaans 'eergister': Mbalula's statement), 'next Sunday, the end of the month' keyed twice (both 30 "
             "June: the end of the month is keyed as its last day, a debatable choice), 'the coming week' 24-30 June. "
             "04 (Monday 3 June, no date line): 'yesterday' 2 June (the announcement), 'for twenty years' a span, 'the "
             "freedom of 1994', 'last Wednesday' 29 May, 'four days later' 2 June (four days after the vote), 'On "
             "Saturday' 1 June, 'the 20th of May' (yearless), 'in 2021', 'fifteen months' a span (the sentence), 'five "
             "years ago' 2019 (inside Ndlovu's quotation), 'on Friday' 31 May, 'within fourteen days' a span. 05 "
             "(Tuesday 2 July, no date line): 'on Sunday evening' 30 June (the cabinet), 'four weeks to the day after' a "
             "span (four weeks after Sunday 2 June), 'three decades' a span, 'sworn in on Wednesday' 3 July (still to "
             "come), 'On May 29th', 'five years earlier' 2019, 'in 1994', 'in May' May 2024 (the court's ruling), 'June "
             "14th', 'Five days later' 19 June (the inauguration), 'the next five years' a span, 'from 1994 to 1996' a "
             "range of years, 'after two years' a span, 'last week' 24-30 June (MK's MPs sworn in), 'Yesterday' 1 July. "
             "06 (Wednesday 19 June, afternoon): 'today' 19 June, \"last month's election\" May 2024, 'five days after' "
             "a span, 'the election of 29 May', 'earlier this month' June 2024 (the results), 'by the end of the month' "
             "30 June. Two Sundays must stay apart (2 June, the results: 01 'on Sunday', 04 'yesterday'; 30 June, the "
             "cabinet: 05 'on Sunday', 03 'next Sunday'), and two Wednesdays (29 May, the vote: 01, 04 'last "
             "Wednesday'; 19 June, the inauguration: 02 'next Wednesday', 03 'on Wednesday', 06 'today'), and a third "
             "Wednesday, 3 July (05, the ministers' swearing-in). Publication dates used: 01 2024-06-02, 02 2024-06-15, "
             "03 2024-06-23, 04 2024-06-03, 05 2024-07-02, 06 2024-06-19 (see publication.json).",
    "dates": dates,
})

# ---------------------------------------------------------------------------------------------- publication
dump('publication.json', {
    "about": "True publication date of each document (the one the author had in mind) and whether the input states it "
             "(metadata, JSON field or a visible date line). window: the span a careful reader can prove from the text "
             "alone (plus event dates the other articles give); the engine's published.earliest..latest should contain "
             "'date'.",
    "published": [
        {"doc": "01", "date": "2024-06-02", "stated": True,
         "how": "JSONL published field 2024-06-02T19:30:00Z (21:30 in South Africa the same day); the results declared "
                "'on Sunday' are past and Zuma's 'tomorrow' was spoken 'On Saturday'",
         "window": ["2024-06-02", "2024-06-02"]},
        {"doc": "02", "date": "2024-06-15", "stated": True,
         "how": "meta article:published_time and JSON-LD datePublished 2024-06-15T06:30:00+02:00 (no visible date; the "
                "vote 'on Friday' is past and the inauguration 'next Wednesday' to come)",
         "window": ["2024-06-15", "2024-06-15"]},
        {"doc": "03", "date": "2024-06-23", "stated": True,
         "how": "visible date line 'Sunday 23 June 2024 – 06:00' under the masthead and section line; the inauguration "
                "'on Wednesday' is past and the cabinet is expected 'next Sunday, the end of the month'",
         "window": ["2024-06-23", "2024-06-23"]},
        {"doc": "04", "date": "2024-06-03", "stated": False,
         "how": "none: the commission announced the results 'yesterday' (Sunday 2 June per 01), 'four days later' than "
                "the vote of 'last Wednesday' (29 May per 01, 02, 05), and Zuma's warning was 'On Saturday': Monday 3 "
                "June",
         "window": ["2024-06-03", "2024-06-03"]},
        {"doc": "05", "date": "2024-07-02", "stated": False,
         "how": "none: the cabinet was named 'on Sunday evening, four weeks to the day after the results' (2 June per "
                "01: Sunday 30 June), the ministers are 'due to be sworn in on Wednesday' (3 July, still to come) and "
                "MK's MPs were sworn in 'last week': written on Monday 1 or Tuesday 2 July",
         "window": ["2024-07-01", "2024-07-02"]},
        {"doc": "06", "date": "2024-06-19", "stated": True,
         "how": "visible date line '19.06.2024 · 16:40 EAT' (day.month.year, Nairobi time, 15:40 in Pretoria); the "
                "swearing-in 'today' (19 June per 03, 05)",
         "window": ["2024-06-19", "2024-06-19"]},
    ],
})

# ---------------------------------------------------------------------------------------------- timeline
ev = []
event = recorder(ev)

event("The Constitutional Court rules that Jacob Zuma cannot stand for parliament", "2024-05-20", ["01", "04"],
      ["constitutional court", "barred", "bar", "cannot stand", "could not stand", "ruled", "decided", "ruling"],
      note="01 'on 20 May'; 04 'On the 20th of May'; 05's 'in May' names only the month and is not listed")
event("South Africa's general election", "2024-05-29", ["01", "02", "03", "04", "05", "06"],
      ["election", "vote", "voted", "polls"],
      note="01 \"Wednesday's election\"; 02 'the May 29 election'; 03 and 06 'the election of 29 May'; 04 'last "
           "Wednesday'; 05 'On May 29th'. The first of two Wednesdays (the inauguration of 19 June is the second)")
event("The IEC declares the final results: the ANC loses its majority", "2024-06-02", ["01", "04", "05"],
      ["result", "declared", "declare", "announc", "40.18", "majority"],
      note="01 'on Sunday'; 04 'yesterday' and 'four days later'; 05 'four weeks to the day after the results of the "
           "general election were declared' (counted back from Sunday 30 June). The MK celebrations in KwaZulu-Natal "
           "(04) are folded in. The first of two Sundays (the cabinet of 30 June is the second); 06's 'earlier this "
           "month' names only the month")
event("First sitting of the new National Assembly: members sworn in by Chief Justice Zondo, MK boycotting", "2024-06-14",
      ["02", "03", "05", "06"],
      ["first sitting", "sworn in", "sitting", "boycott", "oath", "speaker", "didiza", "zondo"],
      note="02 'Earlier in the day' (Friday); 03 'the first sitting ... on 14 June' and 'the sitting of Friday a week "
           "ago'; 05 'June 14th, the day of the National Assembly's first sitting'; 06 'sitting for the first time' "
           "five days before 19 June. Didiza's election as Speaker is folded in. Must stay apart from the president's "
           "inauguration of 19 June (two swearing-ins: the MPs', then the president's)")
event("The National Assembly re-elects Cyril Ramaphosa president (283 votes to Malema's 44)", "2024-06-14",
      ["02", "03", "05", "06"],
      ["re-elect", "reelect", "elected", "283", "238", "president"],
      note="02 'on Friday'; 03 'on 14 June' (with the wrong 238 votes, the intended contradiction); 05 'that night' "
           "after June 14th; 06 'five days after'")
event("The ANC and the DA sign a statement of intent on a government of national unity", "2024-06-14",
      ["02", "03", "05", "06"],
      ["statement of intent", "declaration of intent", "signed", "deal", "agreed", "unity"],
      note="02 'hours after' the vote of Friday, 'signed by both parties in the afternoon'; 03 'The same day'; 05 'the "
           "deal was sealed on June 14th'; 06 'only hours before the vote'. The IFP's signature the same day (02, 03) "
           "is folded in; the later signatures of the PA, GOOD and the VF Plus ('Since then', 03) are not dated")
event("Cyril Ramaphosa is inaugurated for a second term at the Union Buildings in Pretoria", "2024-06-19",
      ["03", "05", "06"],
      ["inaugurat", "sworn in", "oath", "union buildings", "uniegebou", "ceremony"],
      note="03 'on Wednesday'; 05 'Five days later'; 06 'today'. 02 announces it for 'next Wednesday' and is not "
           "listed")
event("Ramaphosa names his cabinet: 32 ministers, six of them from the DA", "2024-06-30", ["05"],
      ["cabinet", "named", "announc", "ministers"],
      note="05 'on Sunday evening'; 03's 'next Sunday' and 06's 'by the end of the month' are expectations")
dump('timeline.json', {
    "about": "Real-world events the articles report, with date (day), until for multi-day events, the documents that "
             "report each (with a date the reader can resolve), and words by which a system event is recognised "
             "(title, trigger or participant entity ids). Dates are South African local dates. Occurrences of similar "
             "events must stay apart: the two Sundays (the results of 2 June; the cabinet of 30 June), the two "
             "Wednesdays (the vote of 29 May; the inauguration of 19 June), the two swearing-ins (the members of "
             "parliament at the first sitting of 14 June; the president's inauguration of 19 June), and the three "
             "events of 14 June (the sitting and the MPs' oath, the election of the president, the ANC-DA statement of "
             "intent). Not keyed: future, planned or expected events (02's inauguration 'next Wednesday', 03's cabinet "
             "'next Sunday' and the meeting 'the coming week', 05's swearing-in of the ministers 'on Wednesday' (3 "
             "July), 06's cabinet 'in the coming days'), events dated only by month, year or week (MK's launch 'in "
             "December', Zuma's sentence of 2021, the fire of 2022, the 1994 election, the first unity government "
             "'from 1994 to 1996', 05's court ruling 'in May', MK's MPs sworn in 'last week' (05), the signatures of "
             "the PA, GOOD and the VF Plus 'Since then' (03)), statements (Mbalula's of Friday 31 May (01, 04) and of "
             "21 June (03 'the day before yesterday'), Zuma's warning of Saturday 1 June (01, 04), Groenewald's 'this "
             "week', Zuma-Sambudla's posts), states (the rand's gains, the negotiations), and same-day side events "
             "folded into a keyed one (see notes).",
    "events": ev,
})

# ---------------------------------------------------------------------------------------------- quotes
quotes = [
    ["01", "Turnout was 58.64%", "indirect", IEC],
    ["01", "The people have spoken", "direct", RAM],
    ["01", "They want us to talk to each other", "direct", RAM],
    ["01", "the commission should hold back the results", "indirect", ZUM],
    ["01", "Nobody should announce anything tomorrow", "direct", ZUM],
    ["01", "If they do, they are provoking us", "direct", ZUM],
    ["01", "it will ask the courts to set the results aside", "indirect", MK],
    ["01", "it had found no evidence", "indirect", IEC],
    ["01", "This election was free and fair", "direct", MOE],
    ["01", "the 579 objections lodged by parties", "indirect", MOE],
    ["01", "the party would talk to every party", "indirect", MBA],
    ["01", "Nobody is going to come to us", "direct", MBA],
    ["01", "it would not work with an ANC led by", "indirect", MK],
    ["01", "his party's federal executive would decide", "indirect", STE],
    ["01", "the EFF wanted to govern with the ANC", "indirect", MAL],
    ["01", "This is the end of the ANC as a dominant party", "direct", KHU],
    ["01", "The question now is whether it turns", "direct", KHU],

    ["02", "the May 29 election was rigged", "indirect", MK],
    ["02", "not legitimise a fraud", "partial", DZS],
    ["02", "Today South Africa begins a new chapter", "direct", STE],
    ["02", "We have chosen to put the country", "direct", STE],
    ["02", "the statement of intent, signed by both parties", "indirect", STE],
    ["02", "open to every party that accepts the constitution", "partial", MBA],
    ["02", "the Inkatha Freedom Party (IFP) had already signed", "indirect", MBA],
    ["02", "What was signed today is a marriage", "direct", MAL],
    ["02", "We will be the opposition", "direct", MAL],
    ["02", "The rand gained about 1.5%", "indirect", [None]],
    ["02", "Markets wanted the DA inside the tent", "direct", GOV],
    ["02", "The hard part", "indirect", GOV],
    ["02", "Agreeing on a speaker is easy", "direct", GOV],
    ["02", "The haggling over the portfolios starts now", "direct", [None]],

    ["03", "The voters have not given any single party", "direct", RAM],
    ["03", "They have given us the task", "direct", RAM],
    ["03", "not a coalition of convenience", "partial", RAM],
    ["03", "the election of 29 May was rigged", "indirect", MK],
    ["03", "for the sake of stability", "partial", GRO],
    ["03", "has Pretoria the DA six cabinet posts offered", "indirect", [None]],
    ["03", "not as a junior partner to be tolerated", "partial", STE],
    ["03", "the president alone the cabinet appoints", "indirect", MBA],
    ["03", "The constitution is clear", "direct", MBA],
    ["03", "both parties are bluffing", "indirect", SND],
    ["03", "Die DA cannot walk out of the RNE", "direct", SND],
    ["03", "Both know it", "direct", SND],
    ["03", "will the cabinet probably not before next Sunday", "indirect", SND],
    ["03", "the inauguration of a fraud", "partial", DZS],

    ["04", "MK has received 45.35 percent", "indirect", IEC],
    ["04", "it does not accept the results", "indirect", MK],
    ["04", "We have not lost, we have been robbed", "direct", DZS],
    ["04", "The people of KwaZulu-Natal know", "direct", DZS],
    ["04", "provoking", "partial", ZUM],
    ["04", "it has looked at all the objections", "indirect", IEC],
    ["04", "the young people voted for Msholozi", "indirect", TND],
    ["04", "Our children finished school", "direct", TND],
    ["04", "Baba Zuma did not forget them", "direct", TND],
    ["04", "the ANC will not accept anybody", "indirect", MBA],
    ["04", "The IFP of Velenkosini Hlabisa received 18 percent", "indirect", IEC],
    ["04", "ready to talk to everyone", "partial", HLA],
    ["04", "it will not send its members", "indirect", MK],

    ["05", "This is not a cabinet of one party", "direct", RAM],
    ["05", "It is the cabinet the voters asked for", "direct", RAM],
    ["05", "the DA was behaving as if it had won", "indirect", MBA],
    ["05", "noisy but necessary", "partial", STE],
    ["05", "We were never going to join a government", "direct", STE],
    ["05", "We are there to fix things", "direct", STE],
    ["05", "The ANC has given away less than it feared", "direct", DUB],
    ["05", "and the DA has got more than it expected", "direct", DUB],
    ["05", "the partners spend the next five years", "indirect", DUB],
    ["05", "Yesterday the rand held on", "indirect", [None]],

    ["06", "The people of South Africa did not give any one party", "direct", RAM],
    ["06", "They have told us to work together", "direct", RAM],
    ["06", "grow the economy, create jobs and fight corruption", "partial", RAM],
    ["06", "never recognise", "partial", NDH],
    ["06", "Ramaphosa's reception afterwards was busy", "indirect", [None]],
    ["06", "has a puzzle of many parties to solve", "partial", [None]],
    ["06", "the delay had not worried investors", "indirect", [None]],
    ["06", "What matters to markets is that the DA is in", "direct", MOY],
    ["06", "on time by South African standards", "partial", MOY],
]
dump('quotes.json', {
    "about": "Answer key for quotations on corpus-v/articles, same conventions as corpus-c..r: document id prefix, the "
             "first words of the quoted or reported content, kind, and the speaker's canonical name (null: the text "
             "does not name one; a list: any of these is right, and a list containing null also accepts no speaker). "
             "A quote interrupted by its attribution (05 Dube's '\"The ANC has given away less than it feared,\" said "
             "Nomsa Dube, ..., \"and the DA has got more than it expected.\"'; 02 Govender's reported 'The hard part, "
             "she added, would be the budget:' followed by a direct quotation after the colon; 06 'The president, one "
             "of them said, \"has a puzzle ...\"') or continued without one (01 Ramaphosa's, Zuma's and Khumalo's second "
             "sentences, 02 Steenhuisen's and Malema's second sentences, 03 Ramaphosa's and Ndlovu's second „ ”, 04 "
             "Zuma-Sambudla's and Thandeka Ndlovu's later sentences, 05 Ramaphosa's and Steenhuisen's second sentences, "
             "06 Ramaphosa's second sentence) is keyed once per piece. A reported clause with quoted words in it (02 "
             "'wrote on social media that MK would \"not legitimise a fraud\"', 02 Steenhuisen's 'required \"sufficient "
             "consensus\"' (keyed as the indirect clause at its first words, 'the statement of intent, signed by both "
             "parties'), 02 Mbalula's 'told the Ledger that the unity government was \"open to every party ...\"', 03 "
             "'that the government of national unity (RNE) „not a coalition of convenience” is', 03 Groenewald's „for "
             "the sake of stability”, 03 Steenhuisen's 'writes ... that die DA „not as a junior partner to be "
             "tolerated” will accept', 03 Zuma-Sambudla's „the inauguration of a fraud”, 04 Zuma's 'saying that they are "
             "\"provoking\" MK', 04 Hlabisa's 'said the IFP is \"ready to talk ...\"', 05 Steenhuisen's 'told The "
             "Longitude that the quarrel had been \"noisy but necessary\"', 06 Ramaphosa's 'promised that the unity "
             "government would \"grow the economy ...\"', 06 Ndhlela's 'would \"never recognise\" the outcome', 06 "
             "Moyo's 'would be \"on time by South African standards\"') is keyed as the partial quote at its quoted "
             "words (except 02's 'sufficient consensus', above). Forms: 'said X' inverted (01 'said Mosotho Moepya', 01 "
             "'said Lerato Khumalo', 02 'said Priya Govender', 05 'said Nomsa Dube', 06 'said Tendai Moyo'), a speaker "
             "given only by a role (02 'said the EFF leader': Malema), a sentence-final attribution after reported "
             "speech (01 'Turnout was 58.64%, the commission said'), 'He said:' before the quotation (05 Steenhuisen, "
             "called 'Mr Steenhuysen' in the sentence before), 'X told <outlet>' (02 Mbalula 'told the Ledger', 04 "
             "Thandeka Ndlovu 'she told Umlandeli', 05 'Mr Steenhuysen told The Longitude'), 'told reporters' (01 "
             "Zuma, 01 Mbalula), 'according to' (02 'according to traders in Johannesburg' (null), 03 'According to "
             "persons who are familiar with the negotiations' (null) and 'According to him' (Ndlovu), 04 'According to "
             "the commission' and '..., according to the commission' (the IEC), 05 'according to traders' (null), 06 "
             "'According to diplomats at the ceremony' (null)); 03's Afrikaans word order ('„...,” has mnr. Ramaphosa "
             "in his speech declared', 'He has further said that', 'has ... declared that the president alone the "
             "cabinet appoints:', '„...,” he says', Ndlovu's 'thinks that both parties are bluffing' keyed as reported speech) and its low-high quotation marks „ ”; 03 and 04 speak of "
             "organisations ('the party maintains that', 'The party says', 'MK says that': MK; 'The commission has said "
             "that': the IEC). Unnamed speakers (null): 02 'one ANC official said', 02's traders, 03's 'persons who are "
             "familiar with the negotiations', 05's traders, 06's diplomats, 'one of them' and 'Analysts in "
             "Johannesburg'. Straight quotes (01, 04, 05, 06), curly quotes (02), „ ” (03). Not keyed: 03 'The "
             "Independent Electoral Commission (OVK) has that denied' (a denial), 03 'after days of negotiations which "
             "according to insiders more than once nearly shipwrecked' (inside a sentence reporting the signature), "
             "05 'MK still calls the election rigged' and 'The EFF leader has already called the unity government a "
             "\"coalition of white monopoly capital\"' (characterisations), 05 'She pointed to the first unity "
             "government', 05 'Mr Steenhuizen wrote to the ANC leader demanding more portfolios' (a demand) and "
             "'replied in public that the DA was behaving ...' (keyed: Mbalula's reply), 06 'the three tasks he said "
             "voters had set' (inside the sentence of the partial quote), headlines, captions, standfirsts and 04's "
             "duplicated lead.",
    "quotes": quotes,
})

# ---------------------------------------------------------------------------------------------- claims
claims = [
    {"id": "ramaphosa-votes",
     "text": "On 14 June the National Assembly re-elected Ramaphosa with 283 votes (to 44 for Malema)",
     "docs": ["02", "05", "06"],
     "anchors": {
         "02": "The 71-year-old won 283 votes to 44",
         "05": "The assembly re-elected Mr Ramaphosa by 283 votes that night",
         "06": "re-elected him with 283 votes"},
     "contradiction": {
         "docs": ["03"],
         "anchors": {"03": "with 238 votes against 44"},
         "aspect": "number",
         "detail": "03 puts Ramaphosa's votes at 238 against 283 in 02/05/06 (the 44 for Malema agree)"},
     "note": "283 against Malema's 44 is a second quantity of the same vote, not a disagreement"},
    {"id": "anc-lost-majority",
     "text": "The ANC lost the majority it had held since 1994 (the end of apartheid)",
     "docs": ["01", "05"],
     "anchors": {
         "01": "has lost the parliamentary majority it has held since the end of apartheid",
         "05": "losing the majority it had held since Nelson Mandela's victory in 1994"},
     "contradiction": None,
     "note": "05's sentence also gives 'just over 40 per cent' (approximate, agrees with 40.18%)"},
    {"id": "anc-share",
     "text": "The ANC won 40.18% of the vote, the first time below half since 1994",
     "docs": ["01", "04"],
     "anchors": {
         "01": "The ANC won 40.18% of the vote",
         "04": "The ANC of uRamaphosa has received 40.18 percent in the country"},
     "contradiction": None,
     "note": "05's 'just over 40 per cent' is approximate agreement; 57.5% (the ANC in 2019, 01, 05) is another "
             "election's share"},
    {"id": "da-share",
     "text": "The DA came second with 21.81% (nearly 22%)",
     "docs": ["01", "05"],
     "anchors": {
         "01": "came second with 21.81% and 87 seats",
         "05": "The DA took nearly 22 per cent"},
     "contradiction": None,
     "note": "'nearly 22' is approximate agreement"},
    {"id": "mk-share",
     "text": "Zuma's new MK party took 14.58% of the national vote (almost 15%)",
     "docs": ["01", "04", "05"],
     "anchors": {
         "01": "The biggest surprise was uMkhonto weSizwe (MK)",
         "04": "MK has received 45.35 percent of the votes in KwaZulu-Natal and 14.58 percent",
         "05": "took almost 15 per cent"},
     "contradiction": None,
     "note": "45.35% is MK's share in KwaZulu-Natal, not nationally; 'almost 15' approximate"},
    {"id": "mk-58-members",
     "text": "MK has 58 members of the National Assembly",
     "docs": ["03", "05"],
     "anchors": {
         "03": "Its 58 members were not sworn in",
         "05": "MK's 58 MPs were sworn in last week"},
     "contradiction": None,
     "note": "not sworn in on 14 June (03) and sworn in the week of 24 June (05): a change over time, not a "
             "contradiction"},
    {"id": "mk-boycott",
     "text": "MK boycotted the first sitting of the National Assembly on 14 June",
     "docs": ["02", "03", "06"],
     "anchors": {
         "02": "The 58 seats won by uMkhonto weSizwe stayed empty",
         "03": "has the sitting of Friday a week ago boycotted",
         "06": "whose members stayed away from the first sitting"},
     "contradiction": None},
    {"id": "mk-rigging-court",
     "text": "MK says the election was rigged and is asking the courts to set the results aside",
     "docs": ["01", "02", "04", "05"],
     "anchors": {
         "01": "MK, which alleges that votes were rigged",
         "02": "says the May 29 election was rigged",
         "04": "it will go to the courts so that they are cancelled",
         "05": "MK still calls the election rigged"},
     "contradiction": None},
    {"id": "iec-rejects-rigging",
     "text": "The IEC found no evidence of rigging that changed the outcome",
     "docs": ["01", "03", "04"],
     "anchors": {
         "01": "The commission said it had found no evidence",
         "03": "has that denied",
         "04": "it found nothing that changes the outcome"},
     "contradiction": None},
    {"id": "concourt-zuma",
     "text": "On 20 May the Constitutional Court ruled that Zuma could not stand for parliament, because of his "
             "15-month sentence of 2021",
     "docs": ["01", "04"],
     "anchors": {
         "01": "The Constitutional Court ruled on 20 May that he could not stand",
         "04": "the Constitutional Court decided that Zuma, 82, cannot be a member of parliament"},
     "contradiction": None,
     "note": "05 states it inside its MK-share sentence ('in May'); 15 months against the 12-month threshold (01) "
             "and 04's 'fifteen months'"},
    {"id": "face-on-ballot",
     "text": "Zuma's face stayed on the ballot paper",
     "docs": ["01", "04"],
     "anchors": {
         "01": "although his face was on the ballot paper",
         "04": "His face stayed on the ballot paper all the same"},
     "contradiction": None},
    {"id": "zuma-absent-results",
     "text": "Zuma did not attend the declaration of the results",
     "docs": ["01", "04"],
     "anchors": {
         "01": "did not attend the ceremony",
         "04": "was not at the announcement in Midrand"},
     "contradiction": None,
     "note": "a different absence from the one at the inauguration (zuma-absent-inauguration)"},
    {"id": "zuma-warning",
     "text": "On Saturday 1 June Zuma warned the IEC not to declare the results, or it would be provoking MK",
     "docs": ["01", "04"],
     "anchors": {
         "01": "On Saturday he had told reporters at the same centre",
         "04": "uZuma warned the commission not to announce the results"},
     "contradiction": None},
    {"id": "mbalula-no-conditions",
     "text": "Mbalula said on Friday 31 May that the ANC would not accept conditions such as Ramaphosa's removal",
     "docs": ["01", "04"],
     "anchors": {
         "01": "said on Friday that the party would talk to every party",
         "04": "said on Friday that the ANC will not accept anybody"},
     "contradiction": None},
    {"id": "assembly-14-days",
     "text": "The new National Assembly must sit within 14 days of the results",
     "docs": ["01", "04"],
     "anchors": {
         "01": "must sit within 14 days",
         "04": "must sit within fourteen days"},
     "contradiction": None,
     "note": "14 days against the sitting of 14 June"},
    {"id": "statement-of-intent",
     "text": "On 14 June the ANC and the DA signed a statement of intent to govern together, hours before the vote",
     "docs": ["02", "03", "05", "06"],
     "anchors": {
         "02": "hours after the African National Congress and the Democratic Alliance agreed to govern together",
         "03": "The same day has die ANC with die DA a declaration of intent signed",
         "05": "the deal was sealed on June 14th",
         "06": "signed their statement of intent only hours before the vote"},
     "contradiction": None},
    {"id": "ifp-joins",
     "text": "The IFP signed the statement of intent the same day",
     "docs": ["02", "03"],
     "anchors": {
         "02": "the Inkatha Freedom Party (IFP) had already signed",
         "03": "The IFP has the same day also signed"},
     "contradiction": None},
    {"id": "inauguration",
     "text": "On 19 June Ramaphosa was inaugurated for his second term at the Union Buildings in Pretoria",
     "docs": ["03", "05", "06"],
     "anchors": {
         "03": "the oath as president of the Republic for his second term taken",
         "05": "Five days later he was inaugurated in Pretoria",
         "06": "was sworn in today for a second full term"},
     "contradiction": None,
     "note": "02 announces it for 'next Wednesday' (a plan); the MPs' oath of 14 June is another swearing-in"},
    {"id": "zondo-oath",
     "text": "Chief Justice Raymond Zondo administered the president's oath",
     "docs": ["03", "06"],
     "anchors": {
         "03": "has the oath afgeneem",
         "06": "watched as Chief Justice Raymond Zondo administered the oath"},
     "contradiction": None,
     "note": "02's Zondo swearing in the MPs on 14 June is another oath"},
    {"id": "no-party-alone",
     "text": "In his inaugural speech Ramaphosa said voters had given no party the power to govern alone",
     "docs": ["03", "06"],
     "anchors": {
         "03": "The voters have not given any single party the power to govern alone",
         "06": "The people of South Africa did not give any one party the right to rule alone"},
     "contradiction": None,
     "note": "01's 'no party can govern this country alone' (2 June) is an earlier statement"},
    {"id": "zuma-absent-inauguration",
     "text": "Zuma and MK stayed away from the inauguration",
     "docs": ["03", "06"],
     "anchors": {
         "03": "Mnr. Zuma was not present",
         "06": "did not send anyone to the ceremony"},
     "contradiction": None},
    {"id": "da-six-ministries",
     "text": "The DA has six cabinet posts",
     "docs": ["03", "05"],
     "anchors": {
         "03": "has Pretoria the DA six cabinet posts offered",
         "05": "Six of the 32 ministers belong to the Democratic Alliance"},
     "contradiction": None,
     "note": "03 reports the offer (23 June), 05 the outcome (30 June): consistent; the DA's six deputy ministers "
             "(05) are another six"},
    {"id": "groenewald-ffp",
     "text": "Pieter Groenewald's Freedom Front Plus is a partner in the unity government",
     "docs": ["03", "05"],
     "anchors": {
         "03": "The leader of the VF Plus, dr. Pieter Groenewald",
         "05": "Pieter Groenewald of the Freedom Front Plus correctional services"},
     "contradiction": None},
]
dump('claims.json', {
    "about": "Checkable claims made by two or more sources on corpus-v/articles: short text, the documents asserting it "
             "(with an anchor: words of the asserting sentence in each document's cleaned text), and any contradiction "
             "(documents that disagree, aspect, detail). Only one contradiction is intended (Ramaphosa's votes at the "
             "first sitting of 14 June: 'with 238 votes against 44' in 03, machine-translated from Afrikaans, against 283 "
             "in 02, 05 and 06); every other contradiction is a false alarm, in particular the figures that look alike: "
             "283 (Ramaphosa) against 44 (Malema); the seats: 159 (ANC), 87 (DA), 58 (MK), 17 (IFP), 246 (ANC and DA "
             "together, 02) and 263 (with the IFP, 02) against the 400 seats and the 201 needed for a majority (01); the "
             "shares: 40.18% (ANC), 21.81% (DA), 14.58% (MK nationally), 9.52% (EFF), 45.35% (MK in KwaZulu-Natal, 04), "
             "18 percent (the IFP in KwaZulu-Natal, 04) against the IFP's 17 seats; the ANC's 57.5% of 2019 (01, 05) "
             "against the turnout of 58.64% (01) and MK's 58 seats; approximate against exact: 'just over 40 per "
             "cent', 'nearly 22 per cent', 'almost 15 per cent' (05) against 40.18%, 21.81%, 14.58%; Zuma's 15-month "
             "sentence (01, 05; 'fifteen months' in 04) against the constitution's threshold of 'more than 12 months' "
             "and the five-year bar (01); 'within 14 days' (01) / 'fourteen days' (04) against 14 June; the cabinet: 32 "
             "ministers, six of them from the DA, against 43 deputy ministers, six of them from the DA, and 75 in all "
             "(05, per-party against total); 03's 'six cabinet posts offered' (23 June) against 05's six DA ministers "
             "(30 June): an offer and its outcome; ages 71 (Ramaphosa) and 82 (Zuma); 579 objections (01); the rand's "
             "'about 1.5%' (02); 'some twenty heads of state' (03) against the two named in 06; 'twenty years' of ANC "
             "rule in KwaZulu-Natal (04) against 'three decades' (05, the DA as critic) and 'thirty years' (05's "
             "standfirst); 'five years' (01 the bar, 05 'the next five years') against 'five years earlier' (05, 2019) "
             "and 'five years ago' (04); the first unity government 'from 1994 to 1996' (05) against the 1994 "
             "election. Not contradictions either: MK's 58 members 'not sworn in' at the first sitting (03) against "
             "'MK's 58 MPs were sworn in last week' (05), and MK saying 'it will not send its members to parliament' "
             "(04, 3 June) against 05's 'Mr Zuma's party has now taken its seats': changes over time; Zuma's absence "
             "from the declaration of the results (01, 04) and his and MK's absence from the inauguration (03, 06): "
             "two events; the two swearing-ins (the MPs by Chief Justice Zondo on 14 June, 02; the president by Zondo "
             "on 19 June, 03, 06) and the cabinet's coming swearing-in 'on Wednesday' (05); 02's 'inaugurated in "
             "Pretoria next Wednesday' (a plan) and 03's cabinet 'next Sunday' (a forecast) against the events; the "
             "IFP signing on 14 June (02 'had already signed', 03 'the same day') against the PA, GOOD and the VF Plus "
             "signing 'since then' (03); 02's DA 'expected to ask for the trade and industry portfolio' against the six "
             "portfolios it got (05); Mbalula's statements of 31 May (01, 04: no conditions), 14 June (02: open to "
             "every party), 21 June (03: the president appoints) and late June (05: the DA behaving as if it had won): "
             "four statements, not one; the EFF's 'we will be the opposition' (02) and Malema's wish to govern with "
             "the ANC but not the DA (01): consistent; Ramaphosa's 'no party can govern this country alone' (01, 2 "
             "June) and his inaugural words (03, 06); the speeches' wordings differ on purpose between 03 and 06 (a "
             "translation and a paraphrase of one speech). Framing differs on purpose (01 neutral wire; 02 "
             "Johannesburg business site, 'Investors cheered'; 03 Afrikaans Sunday paper, machine-translated, on the "
             "cabinet fight, 'Now the real fight begins'; 04 isiZulu paper close to MK's supporters, "
             "machine-translated, 'We have not lost, we have been robbed'; 05 British weekly analysis, 'South Africa's "
             "odd couple'; 06 Nairobi pan-African site on the inauguration) without contradicting. One sentence "
             "anchors one claim: facts several sources state only inside a sentence anchored for another claim are not "
             "keyed as claims (the ANC's 57.5% in 2019, 01/05; MK winning KwaZulu-Natal, 01/04; Zuma's sentence for "
             "contempt, 01/04/05; Duduzile Zuma-Sambudla as Zuma's daughter and an MK member, 02/04/05; the first "
             "sitting at the Cape Town convention centre, 02 / 03 'in Kaapstad'; MK's 58 seats, 01/02/04/06), and a "
             "sentence joining several keyed facts (01's MK sentence, 04's share sentence, 05's 'On May 29th ...' and "
             "'It chose the DA, and the deal was sealed ...', 06's lead) is anchored for one of them only. "
             "single_source lists claims only one document makes, for reference.",
    "claims": claims,
    "single_source": [
        {"doc": "01", "text": "The ANC has 159 of the 400 seats, short of the 201 needed for a majority"},
        {"doc": "01", "text": "Turnout was 58.64%"},
        {"doc": "01", "text": "The EFF fell to 9.52%"},
        {"doc": "01", "text": "MK was launched by Zuma in December 2023"},
        {"doc": "01", "text": "The IEC examined 579 objections"},
        {"doc": "01", "text": "The constitution bars anyone sentenced to more than 12 months without the option of a fine for five years"},
        {"doc": "02", "text": "Chief Justice Zondo swore in the MPs and Thoko Didiza was elected Speaker on 14 June"},
        {"doc": "02", "text": "The National Assembly sits at the Cape Town International Convention Centre since the 2022 fire"},
        {"doc": "02", "text": "The ANC and the DA hold 246 seats together, 263 with the IFP's 17"},
        {"doc": "02", "text": "The rand gained about 1.5% on 14 June"},
        {"doc": "03", "text": "Some twenty heads of state attended the inauguration"},
        {"doc": "03", "text": "The Patriotic Alliance, GOOD and the VF Plus have since signed the statement of intent"},
        {"doc": "03", "text": "Mbalula said on 21 June that the president alone appoints the cabinet"},
        {"doc": "04", "text": "MK won 45.35% in KwaZulu-Natal; the IFP 18%"},
        {"doc": "04", "text": "MK will not send its members to parliament while its court case is pending"},
        {"doc": "05", "text": "The cabinet has 32 ministers and 43 deputy ministers (75 in all), the DA six of each"},
        {"doc": "05", "text": "Steenhuisen becomes minister of agriculture; Mashatile stays deputy president"},
        {"doc": "05", "text": "The first unity government ran from 1994 to 1996, when the National Party walked out"},
        {"doc": "05", "text": "MK's 58 MPs were sworn in the week of 24 June"},
        {"doc": "06", "text": "Nigeria's Tinubu and Zimbabwe's Mnangagwa attended the inauguration"},
    ],
})
print('keys written')
