"""Writes the answer keys of corpus-l (the 2022 Sri Lankan crisis: the storming of the President's House on 9 July,
Gotabaya Rajapaksa's flight and resignation, Ranil Wickremesinghe's election by parliament on 20 July, the clearing of
the Galle Face camp on 22 July, to Rajapaksa's return on 2 September 2022) into keys/.

Written by hand from reading the articles, before any engine run; run once (python3 mkkeys.py), then python3 check_keys.py.
"""
import os
import sys

K = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'keys')


sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from key_writing import recorder, writer  # noqa: E402

dump = writer(K)


P, O, G, L, M, MD = 'PERSON', 'ORG', 'GPE', 'LOC', 'MISC', 'MEDIA'
GR, MR, BR, NR = "Gotabaya Rajapaksa", "Mahinda Rajapaksa", "Basil Rajapaksa", "Namal Rajapaksa"
RW, DA, SP, RP = "Ranil Wickremesinghe", "Dullas Alahapperuma", "Sajith Premadasa", "Ranasinghe Premadasa"
AB, AKD, DG = "Mahinda Yapa Abeywardena", "Anura Kumara Dissanayake", "Dinesh Gunawardena"
SLPP, IMF, MFA = "Sri Lanka Podujana Peramuna", "International Monetary Fund", "Ministry of Foreign Affairs"
PARL = "Parliament"

# ---------------------------------------------------------------------------------------------- entities
ents = [
    (GR, P, ["Gotabaya Rajapaksa", "Mr Rajapaksa", "Gotabhaya Rajapakse", "Gotabaya Rajapaksha", "Gotabaya", "Gota"]),
    (MR, P, ["Mahinda Rajapaksa", "Mahinda Rajapakse", "Mahinda Rajapaksha"]),
    (BR, P, ["Basil Rajapaksa", "Basil Rajapaksha"]),
    (NR, P, ["Namal Rajapaksa"]),
    (RW, P, ["Ranil Wickremesinghe", "Mr Wickremesinghe", "Mr. Wickremesinghe", "Ranil Wickramasinghe", "Ranil"]),
    (DA, P, ["Dullas Alahapperuma", "Mr. Alahapperuma", "Dullas Alahaperuma", "Allahapperuma"]),
    (SP, P, ["Sajith Premadasa", "Mr. Premadasa"]),
    (RP, P, ["Ranasinghe Premadasa"]),
    (AB, P, ["Mahinda Yapa Abeywardena"]),
    (AKD, P, ["Anura Kumara Dissanayake"]),
    ("Jayantha Jayasuriya", P, ["Jayantha Jayasuriya"]),
    (DG, P, ["Dinesh Gunawardena"]),
    ("Julie Chung", P, ["Julie Chung"]),
    ("M. A. Sumanthiran", P, ["M. A. Sumanthiran"]),
    ("Peter Breuer", P, ["Peter Breuer", "Mr Breuer"]),
    ("Masahiro Nozaki", P, ["Masahiro Nozaki"]),
    ("Kasun Fernando", P, ["Kasun Fernando"]),
    ("Nirmala Perera", P, ["Nirmala Perera"]),
    ("Rajiv Menon", P, ["Rajiv Menon"]),
    ("Tharindu Jayasinghe", P, ["Tharindu Jayasinghe"]),
    ("Nuwan Silva", P, ["Nuwan Silva"]),
    ("Jean-Baptiste Morel", P, ["Jean-Baptiste Morel"]),
    ("Meera Krishnan", P, ["Meera Krishnan"]),
    ("Kamala Sivapalan", P, ["Kamala Sivapalan"]),
    ("Chamila Wijesuriya", P, ["Chamila Wijesuriya"]),
    ("Harsha de Alwis", P, ["Harsha de Alwis"]),

    (SLPP, O, ["Sri Lanka Podujana Peramuna", "SLPP", "Podujana Peramuna", "Popular Front of Sri Lanka",
               "Sri Lanka Pothujana Peramuna", "Pothujana Peramuna", "Pohottuwa"]),
    (IMF, O, ["International Monetary Fund", "IMF", "FMI"]),
    (PARL, O, ["Parliament", "Assembly"]),
    ("Samagi Jana Balawegaya", O, ["Samagi Jana Balawegaya", "SJB"]),
    ("United National Party", O, ["United National Party", "UNP"]),
    ("Tamil National Alliance", O, ["Tamil National Alliance", "TNA"]),
    ("Ilankai Tamil Arasu Kachchi", O, ["Ilankai Tamil Arasu Kachchi", "ITAK"]),
    (MFA, O, ["Ministry of Foreign Affairs", "MFA"]),
    ("Sri Lanka Air Force", O, ["Sri Lanka Air Force"]),
    ("Supreme Court", O, ["Supreme Court"]),
    ("Bar Association of Sri Lanka", O, ["Bar Association of Sri Lanka", "BASL"]),
    ("President's Media Division", O, ["President's Media Division"]),
    ("External Affairs Ministry", O, ["External Affairs Ministry"]),
    ("Extended Fund Facility", M, ["Extended Fund Facility", "EFF"]),
    ("Aragalaya", O, ["Aragalaya"]),
    ("Saudia", O, ["Saudia"]),
    ("National Hospital", O, ["National Hospital"]),
    ("Lanka Governance Observatory", O, ["Lanka Governance Observatory"]),
    ("Straits Institute of Asian Affairs", O, ["Straits Institute of Asian Affairs"]),
    ("Centre of Studies on South Asia", O, ["Centre of Studies on South Asia", "CESA"]),
    ("Bay of Bengal Strategy Forum", O, ["Bay of Bengal Strategy Forum"]),
    ("Centre for Constitutional Democracy", O, ["Centre for Constitutional Democracy"]),

    ("The Marina Post", MD, ["The Marina Post"]),
    ("L'Écho", MD, ["L'Écho"]),
    ("Sentinel", MD, ["Sentinel"]),
    ("Vadakku Kural", MD, ["Vadakku Kural"]),

    ("Sri Lanka", G, ["Sri Lanka"]),
    ("Colombo", G, ["Colombo"]),
    ("Maldives", G, ["Maldives"]),
    ("Malé", G, ["Malé"]),
    ("Singapore", G, ["Singapore"]),
    ("India", G, ["India"]),
    ("China", G, ["China"]),
    ("Japan", G, ["Japan"]),
    ("US", G, ["US"]),
    ("Bangkok", G, ["Bangkok"]),
    ("Jaffna", G, ["Jaffna"]),
    ("Kilinochchi", G, ["Kilinochchi"]),

    ("President's House", L, ["President's House", "President’s House"]),
    ("Presidential Secretariat", L, ["Presidential Secretariat"]),
    ("Galle Face", L, ["Galle Face", "Galle Face Green"]),
    ("Fort", L, ["Fort"]),
    ("Flower Road", L, ["Flower Road"]),
    ("Changi Airport", L, ["Changi Airport"]),
    ("Bandaranaike International Airport", L, ["Bandaranaike International Airport"]),
]

descriptions = [
    ("Sri Lanka", ["Colombo"]),
    ("India", ["New Delhi"]),
    ("China", ["Beijing"]),
    ("Singapore", ["the city-state"]),
    (MFA, ["the ministry"]),
    (GR, ["the 73-year-old", "the former president", "the 73-year-old former president"]),
    (RW, ["the ex-Prime minister", "the new president", "the six-time prime minister", "the new chief of the State"]),
    (BR, ["the former finance minister"]),
    (AB, ["the Speaker of parliament", "the president of the Parliament"]),
    ("Jayantha Jayasuriya", ["the president of the Supreme Court"]),
    (DA, ["the dissident of the majority", "the rebel from the Pohottuwa"]),
    (AKD, ["the leader of the left"]),
    (SP, ["the opposition leader", "the chief of the opposition"]),
]

roles = [
    (GR, ["President", "Former president", "the defence secretary"]),
    (MR, ["prime minister", "the president's elder brother", "His elder brother"]),
    (BR, ["the former finance minister", "The president’s younger brother"]),
    (NR, ["his nephew"]),
    (RW, ["Prime Minister", "acting president", "the country's eighth executive president"]),
    (DA, ["a former media minister", "a dissident from the ruling Podujana Peramuna"]),
    (SP, ["Opposition leader", "the opposition leader"]),
    (RP, ["president", "the late president"]),
    (AB, ["Speaker"]),
    (AKD, ["the leader of the left"]),
    ("Jayantha Jayasuriya", ["Chief Justice"]),
    (DG, ["prime minister", "the Prime Minister"]),
    ("Julie Chung", ["The US ambassador"]),
    ("M. A. Sumanthiran", ["the Jaffna district Parliament member"]),
    ("Nirmala Perera", ["director of the Lanka Governance Observatory"]),
    ("Rajiv Menon", ["a senior fellow at the Straits Institute of Asian Affairs"]),
    ("Jean-Baptiste Morel", ["researcher at the Centre of Studies on South Asia"]),
    ("Meera Krishnan", ["a fellow at the Bay of Bengal Strategy Forum"]),
    ("Harsha de Alwis", ["a professor of public law at the Centre for Constitutional Democracy"]),
    ("Kasun Fernando", ["a 27-year-old bank clerk"]),
    ("Tharindu Jayasinghe", ["a 31-year-old teacher"]),
    ("Nuwan Silva", ["a student of 24 years"]),
]

must_not_merge = [
    [GR, MR], [GR, BR], [MR, BR], [NR, MR], [NR, GR],
    [SP, RP],
    [MR, AB],
]

dump('entities.json', {
    "about": "Answer key for entity resolution on corpus-l/articles (the 2022 Sri Lankan crisis: the storming of the "
             "President's House in Colombo on 9 July 2022, Gotabaya Rajapaksa's flight to the Maldives and Singapore and "
             "his emailed resignation, Ranil Wickremesinghe's election by parliament on 20 July, the clearing of the "
             "Galle Face camp on 22 July, Rajapaksa's return on 2 September), written from reading the articles. Same "
             "conventions as corpus-c..j: canonical name (a form that occurs in the texts), type, and every surface form "
             "that names the entity in the cleaned texts (headlines, captions, bylines, datelines such as 'COLOMBO, Sri "
             "Lanka (Monsoon Wire) -', related links, share bars and other boilerplate excluded). Title+full-name forms "
             "(President Gotabaya Rajapaksa, Prime Minister Ranil Wickremesinghe, Speaker Mahinda Yapa Abeywardena, Chief "
             "Justice Jayantha Jayasuriya, Dr Rajiv Menon, Former president Gotabaya Rajapaksha) are not listed "
             "separately; title+surname forms (Mr Rajapaksa, Mr Wickremesinghe, Mr. Wickremesinghe, Mr. Alahapperuma, Mr. "
             "Premadasa, Mr Breuer) are. Defects on purpose: three Rajapaksa brothers and a nephew who must not merge "
             "(Gotabaya, Mahinda, Basil; Namal in 06), written in the English spelling 'Rajapaksa' (01, 02, 04, 06), the "
             "French 'Rajapakse' with 'Gotabhaya' (03: 'Gotabhaya Rajapakse', 'Mahinda Rajapakse') and the Tamil-press "
             "'Rajapaksha' (05: 'Gotabaya Rajapaksha', 'Mahinda Rajapaksha', 'Basil Rajapaksha'); 'Mr Rajapaksa' is "
             "always Gotabaya (01, 02); the bare first name 'Gotabaya' (05) and the nickname 'Gota' (06) are Gotabaya. "
             "'Rajapaksa' used for the family ('the Rajapaksa family', 'the Rajapaksa brothers', 'the Rajapaksas', 'the "
             "Rajapaksha government', 'the Rajapaksha rule', 'the clan Rajapakse', 'the guardian of the Rajapakse', 'the "
             "system Rajapakse') names no single brother and is not keyed. Ranil Wickremesinghe is also 'Ranil "
             "Wickramasinghe' (05, Tamil-press transliteration) and 'Ranil' alone (03 inside the chant and Silva's quote, "
             "05). Dullas Alahapperuma is misspelt twice in 06: 'Dullas Alahaperuma' and 'Allahapperuma'. Two Premadasas: "
             "the opposition leader Sajith Premadasa and his father, the late president Ranasinghe Premadasa (01, 06). Two "
             "Mahindas: Mahinda Rajapaksa and the Speaker Mahinda Yapa Abeywardena (first name shared). The Rajapaksas' "
             "party is 'Sri Lanka Podujana Peramuna (SLPP)' (01), 'the ruling Podujana Peramuna' (02), 03's French "
             "calque 'the Popular Front of Sri Lanka (SLPP, Sri Lanka Podujana Peramuna)', 05's Tamil transliteration "
             "'Sri Lanka Pothujana Peramuna' / 'Pothujana Peramuna', and its nickname 'the Pohottuwa' (06). The IMF is "
             "'International Monetary Fund (IMF)' (01), 'IMF' (06) and the French acronym 'FMI' (03). Foreign-language "
             "acronyms: FMI and CESA (03), ITAK (05, 'Ilankai Tamil Arasu Kachchi', the Tamil name of the Federal Party); "
             "other acronyms with expansions: SJB (01), MFA (02, Singapore's Ministry of Foreign Affairs), UNP and BASL "
             "(04), TNA (05), EFF (06). Parliament is 'Parliament' (02, 03, 05) and 03's 'the Assembly of 225 seats'. "
             "Capitals standing for governments are descriptions: Colombo for Sri Lanka (03 'Colombo has affirmed', 04 "
             "'Colombo had chosen order', 05 'Colombo has also told', 06 'an agreement with Colombo'), New Delhi for "
             "India and Beijing for China (04); elsewhere 'Colombo' is the city (alias of the city entity). "
             "Descriptions: 'the 73-year-old' (01), 'the former president' and 'the 73-year-old former president' (06) "
             "for Gotabaya; 'the ex-Prime minister', 'the new chief of the State' (03), 'the new president' (03, 04) and "
             "'the six-time prime minister' (04) for Wickremesinghe, who is also 73 (03 'aged of 73 years'); 'the "
             "Speaker of parliament' (01) and 03's 'the president of the Parliament' for Abeywardena; 'the president of "
             "the Supreme Court' (03) for the Chief Justice; 'the dissident of the majority' (03) and 'the rebel from the "
             "Pohottuwa' (06) for Alahapperuma; 'the leader of the left' (03) for Dissanayake; 'the opposition leader' "
             "(02, 06) and 'the chief of the opposition' (03) for Sajith Premadasa; 'the former finance minister' (02) "
             "for Basil; 'the city-state' (02) for Singapore; 'the ministry' (02) for Singapore's MFA. 'the president' "
             "alone (01, 02) and 'the Speaker' alone are not keyed as descriptions. The outlets are keyed by the form in "
             "their bodies: 'The Marina Post' (02 'told The Marina Post'), 'L'Écho' (03 'joined by L'Écho', a calque of "
             "'joint par'), 'Sentinel' (04 'told the Sentinel'), 'Vadakku Kural' (05 'Speaking to Vadakku Kural'). "
             "'Aragalaya' (the protest movement, 01, 03, 05, 06) is keyed as an organisation; 'Galle Face' and 'Galle "
             "Face Green' are one place. 'US' (04) is the United States. Not keyed: the Prime Minister's office (02, 04: "
             "a role word + office; its street 'Flower Road' is keyed), 'Easter Sunday' (01, the bombings of April "
             "2019), the hashtag #GoHomeGota, the regions 'the South', 'the North and the East' (05), languages and "
             "demonyms (Sinhala, Cingalese, Tamil, Thai, Sri Lankan, Sri Lankans). roles: roles stated in an apposition "
             "or title, for information.",
    "entities": [{"name": n, "type": t, "aliases": a} for n, t, a in ents],
    "must_not_merge": must_not_merge,
    "descriptions": [{"entity": e, "descriptions": d} for e, d in descriptions],
    "roles": [{"entity": e, "roles": r} for e, r in roles],
})

# ---------------------------------------------------------------------------------------------- dates
dates = [
    # 01: published Sunday 2022-07-10 (JSON field 03:50 UTC, morning in Colombo)
    ["01", "Saturday", "2022-07-09"],
    ["01", "Wednesday", "2022-07-13"],
    ["01", "Saturday", "2022-07-09"],
    ["01", "13 July", "2022-07-13"],
    ["01", "Today", "2022-07-09"],
    ["01", "since April", "2022-04"],
    ["01", "Saturday", "2022-07-09"],
    ["01", "9 May", "2022-05-09"],
    ["01", "three days later", "2022-05-12"],
    ["01", "April", "2022-04"],
    ["01", "June", "2022-06"],
    ["01", "2016", "2016"],
    ["01", "April", "2022-04"],
    ["01", "June", "2022-06"],
    ["01", "last month", "2022-06"],
    ["01", "27 June to 10 July", "2022-06-27/2022-07-10"],
    ["01", "1993", "1993"],
    ["01", "November 2019", "2019-11"],
    ["01", "April 2019", "2019-04"],
    # 02: published Saturday 2022-07-16 (meta only)
    ["02", "Friday", "2022-07-15"],
    ["02", "three months", "P3M"],
    ["02", "Thursday", "2022-07-14"],
    ["02", "Friday", "2022-07-15"],
    ["02", "Thursday", "2022-07-14"],
    ["02", "Wednesday", "2022-07-13"],
    ["02", "Tuesday", "2022-07-12"],
    ["02", "Wednesday", "2022-07-13"],
    ["02", "last Saturday", "2022-07-09"],
    ["02", "the same day", "2022-07-13"],
    ["02", "today", "2022-07-16"],
    ["02", "November 2024", "2024-11"],
    ["02", "Tuesday", "2022-07-19"],
    ["02", "next Wednesday", "2022-07-20"],
    ["02", "June 30", "2022-06-30"],
    ["02", "last weekend", "2022-07-09/2022-07-10"],
    ["02", "earlier this month", "2022-07"],
    # 03: published Thursday 2022-07-21, no date line
    ["03", "Wednesday", "2022-07-20"],
    ["03", "Thursday", "2022-07-21"],
    ["03", "Tuesday", "2022-07-19"],
    ["03", "April", "2022-04"],
    ["03", "13 July", "2022-07-13"],
    ["03", "the next day", "2022-07-14"],
    ["03", "15 July", "2022-07-15"],
    ["03", "9 May", "2022-05-09"],
    # 04: published Friday 2022-07-22 (visible date line)
    ["04", "Friday", "2022-07-22"],
    ["04", "July 9", "2022-07-09"],
    ["04", "Friday", "2022-07-22"],
    ["04", "Wednesday", "2022-07-20"],
    ["04", "Wednesday", "2022-07-20"],
    ["04", "four days", "P4D"],
    ["04", "100 days", "P100D"],
    ["04", "April 9", "2022-04-09"],
    ["04", "Friday", "2022-07-22"],
    ["04", "this year", "2022"],
    ["04", "next month", "2022-08"],
    # 05: published Sunday 2022-07-24, no date line
    ["05", "three months", "P3M"],
    ["05", "last Friday", "2022-07-22"],
    ["05", "two days", "P2D"],
    ["05", "Wednesday", "2022-07-20"],
    ["05", "2020", "2020"],
    ["05", "yesterday", "2022-07-23"],
    ["05", "13th", "2022-07-13"],
    ["05", "14th", "2022-07-14"],
    ["05", "2009", "2009"],
    ["05", "9th of May", "2022-05-09"],
    ["05", "five years", "P5Y"],
    ["05", "2009", "2009"],
    ["05", "Friday", "2022-07-22"],
    ["05", "June", "2022-06"],
    ["05", "next Sunday", "2022-07-31"],
    # 06: published Saturday 2022-09-03 (visible date line)
    ["06", "last night", "2022-09-02"],
    ["06", "Fifty-one days", "P51D"],
    ["06", "Eight weeks ago", "2022-07-09"],
    ["06", "July 9", "2022-07-09"],
    ["06", "the same night", "2022-07-09"],
    ["06", "July 22", "2022-07-22"],
    ["06", "July 14", "2022-07-14"],
    ["06", "July 14 and August 11", "2022-07-14/2022-08-11"],
    ["06", "last month", "2022-08"],
    ["06", "Thursday", "2022-09-01"],
    ["06", "48 months", "P48M"],
    ["06", "last week", "2022-08-22/2022-08-28"],
    ["06", "nine days", "P9D"],
    ["06", "July 20", "2022-07-20"],
    ["06", "August 3", "2022-08-03"],
    ["06", "two weeks later", "2022-08-17"],
    ["06", "July", "2022-07"],
    ["06", "May 9", "2022-05-09"],
    ["06", "June", "2022-06"],
]
dump('dates.json', {
    "about": "Answer key for date normalisation on corpus-l/articles, same conventions as corpus-c..j: document id prefix, "
             "the expression as written (the first occurrence not yet matched, in text order; a system expression that "
             "contains the key text matches, so 'Saturday' in 01 also matches 'Late on Saturday' and 'Saturday's "
             "storming', 'Thursday' in 02 matches 'Thursday evening' and 'Thursday night', 'three months' matches 'more "
             "than three months', '100 days' matches 'more than 100 days', 'last month' in 01 matches 'late last "
             "month', 'April' in 03 matches 'the month of April', 'June' in 05 matches 'the month of June', 'last night' "
             "in 06 matches 'late last night'), its absolute value. Weeks run Monday to Sunday. Date lines ('Jul 22, "
             "2022, 19:40 IST' in 04, 'Saturday, 03 September 2022 - 09:15 AM' in 06), datelines, captions ('on Friday' "
             "in 02's and 04's), headlines, the standfirst of 02 ('next week'), related links and 05's duplicated lead "
             "are not keyed. Clock times ('shortly after 1 a.m.', 'by 2 p.m. on Friday' in 04 (its 'Friday' is keyed), "
             "'around midnight' in 05, 'in the evening') are not keyed. Vague or anaphoric expressions are not keyed: "
             "'earlier in the day', 'months of anger', 'the past two decades', 'within days' (01), 'from that day' "
             "(02, the Thursday of the letter), 'within a week' (02), 'less than a day after' (04), 'in the coming days', "
             "'since the spring' (03), 'for years', 'for days' (05), 'that evening', 'the day before the vote' (06). "
             "Ages and non-dates are traps: 'The 73-year-old', 'a 27-year-old', '20 kilometres', '52% of the vote' "
             "(01), 'Mr Rajapaksa, 73', 'a 31-year-old' (02), 'aged of 73 years', '73 years him also', 'a student of 24 "
             "years' (03), 'the 225-member house' (04), '80.1 percent' (05), 'The 73-year-old former president', "
             "'2,000 books' (06); 'Easter Sunday' in 01 names the bombings of April 2019 and is not keyed (its 'April "
             "2019' is). Relative dates: 01 (Sunday 10 July 2022) 'on Saturday' 9 July, 'step down on Wednesday' the "
             "coming 13 July, 'Today' inside Wickremesinghe's statement of Saturday is 9 July (the day of the statement, "
             "not of the article), 'since April' April 2022, 'three days later' 12 May (three days after 9 May), 'late "
             "last month' June 2022, '27 June to 10 July' a range. 02 (Saturday 16 July): 'on Friday' 15 July, "
             "'Thursday evening'/'Thursday night' 14 July, 'the early hours of Wednesday' and 'On Wednesday' 13 July, 'on "
             "Tuesday' (Basil at the airport) 12 July but 'Nominations close on Tuesday' the coming 19 July, 'last "
             "Saturday' 9 July, 'the same day' 13 July, 'today' 16 July, 'next Wednesday' 20 July, 'last weekend' 9-10 "
             "July, 'earlier this month' July 2022. 03 (Thursday 21 July, no date line): 'this Wednesday' 20 July, 'this "
             "Thursday morning' 21 July, 'Tuesday' 19 July, 'the next day' 14 July (the day after 13 July). 04 (Friday "
             "22 July): 'the early hours of Friday', 'on Friday', 'Later on Friday' 22 July, 'Wednesday's vote' and 'on "
             "Wednesday' 20 July, 'four days after the President's House' a span (P4D; the storming of the Prime "
             "Minister's office on 13 July), 'this year' 2022, 'next month' August 2022. 05 (Sunday 24 July, no date "
             "line): 'last Friday' and 'On Friday itself' 22 July, 'two days after' a span (P2D), 'on Wednesday' 20 July, "
             "'yesterday' 23 July, the monthless 'on 13th' and 'on the 14th' July 2022, 'the 9th of May' 2022, 'for more "
             "than five years' P5Y, 'next Sunday' 31 July. 06 (Saturday 3 September): 'late last night' 2 September, "
             "'Fifty-one days' a span, 'Eight weeks ago' 9 July (exactly 56 days earlier), 'the same night' 9 July, "
             "'Between July 14 and August 11' a range, 'since last month' August 2022, 'On Thursday' 1 September, 'last "
             "week' 22-28 August, 'two weeks later' 17 August (two weeks after August 3), 'in July' July 2022. "
             "Publication dates used: 01 2022-07-10, 02 2022-07-16, 03 2022-07-21, 04 2022-07-22, 05 2022-07-24, 06 "
             "2022-09-03 (see publication.json).",
    "dates": dates,
})

# ---------------------------------------------------------------------------------------------- publication
dump('publication.json', {
    "about": "True publication date of each document (the one the author had in mind) and whether the input states it "
             "(metadata, JSON field or a visible date line). window: the span a careful reader can prove from the text alone "
             "(plus event dates the other articles give); the engine's published.earliest..latest should contain 'date'.",
    "published": [
        {"doc": "01", "date": "2022-07-10", "stated": True,
         "how": "JSONL published field 2022-07-10T03:50:00Z (09:20 in Colombo); the storming 'on Saturday' (9 July) "
                "is past and the resignation 'on Wednesday' (13 July) to come",
         "window": ["2022-07-10", "2022-07-10"]},
        {"doc": "02", "date": "2022-07-16", "stated": True,
         "how": "meta article:published_time and JSON-LD datePublished 2022-07-16T06:45:00+08:00 (no visible date; "
                "'Parliament meets today', the Speaker accepted the resignation 'on Friday')",
         "window": ["2022-07-16", "2022-07-16"]},
        {"doc": "03", "date": "2022-07-21", "stated": False,
         "how": "none: parliament elected Wickremesinghe 'this Wednesday' (20 July per 04/05/06) and he 'has sworn the "
                "oath this Thursday morning'; the prime minister is still to be named 'in the coming days' (Gunawardena "
                "was sworn in on 22 July per 04/05): Thursday 21 July",
         "window": ["2022-07-21", "2022-07-21"]},
        {"doc": "04", "date": "2022-07-22", "stated": True,
         "how": "visible date line 'Jul 22, 2022, 19:40 IST'", "window": ["2022-07-22", "2022-07-22"]},
        {"doc": "05", "date": "2022-07-24", "stated": False,
         "how": "none: the camp was destroyed 'last Friday', two days after the vote of 'Wednesday' (20 July), so "
                "Friday is 22 July, and Gunawardena was sworn in 'On Friday itself'; Sumanthiran spoke 'yesterday' and "
                "the mothers meet 'next Sunday': written after Friday 22 July, within the following week (23 to 28 July)",
         "window": ["2022-07-23", "2022-07-28"]},
        {"doc": "06", "date": "2022-09-03", "stated": True,
         "how": "visible date line 'Saturday, 03 September 2022 - 09:15 AM'", "window": ["2022-09-03", "2022-09-03"]},
    ],
})

# ---------------------------------------------------------------------------------------------- timeline
ev = []
event = recorder(ev)


event("Protesters set up their camp on Galle Face Green", "2022-04-09", ["04"],
      ["camp", "galle face", "stood", "protest"],
      note="01 'since April' and 03 'since the month of April' give only the month")
event("Mahinda Rajapaksa resigns as prime minister after his supporters attack the protest camp", "2022-05-09",
      ["01", "03", "05", "06"], ["resign", "stepped down", "abandoned", "mahinda", "mahinda-rajapaksa", "attack"],
      note="the first of the two resignations; 01 'on 9 May', 03 'the 9 May', 05 'the 9th of May', 06 'May 9'")
event("Ranil Wickremesinghe is sworn in as prime minister", "2022-05-12", ["01"],
      ["sworn", "replace", "prime minister", "ranil-wickremesinghe", "wickremesinghe"],
      note="01 'three days later' (after 9 May)")
event("The government halts fuel sales for private vehicles", "2022-06-27", ["01"],
      ["fuel", "petrol", "diesel", "sales", "halted"], until="2022-07-10")
event("Protesters storm the President's House in Colombo; a crowd sets fire to Wickremesinghe's private residence",
      "2022-07-09", ["01", "02", "04", "06"],
      ["storm", "president's house", "marched", "set fire", "set on fire", "broke through"],
      note="the first of the two stormings; the Speaker's announcement that Rajapaksa will resign on 13 July (01) "
           "is folded into it; 06 'Eight weeks ago, on July 9'")
event("Basil Rajapaksa is turned back at Colombo's airport", "2022-07-12", ["02"],
      ["basil", "basil-rajapaksa", "turned back", "airport", "vip"])
event("Gotabaya Rajapaksa flies to the Maldives on an air force plane", "2022-07-13", ["02", "03", "05"],
      ["maldives", "flown", "fled", "flight", "refuge", "malé", "air force"],
      note="06 dates it only as 'Fifty-one days' before 2 September")
event("Protesters storm the Prime Minister's office on Flower Road; Wickremesinghe, named acting president, declares "
      "a state of emergency", "2022-07-13", ["02"],
      ["prime minister's office", "prime minister’s office", "flower road", "stormed", "overrun", "emergency"],
      note="the second storming, kept apart from the President's House (9 July); 04's 'overrun four days after the "
           "President's House' gives a span, not a date")
event("Gotabaya Rajapaksa arrives in Singapore and emails his resignation", "2022-07-14", ["02", "03", "05", "06"],
      ["singapore", "resignation", "email", "letter", "changi", "landed"],
      note="the second resignation (the president's); 02 'Thursday evening/night', 03 'the next day', 05 'on the 14th', "
           "06 'July 14'")
event("The Speaker accepts Rajapaksa's resignation; Wickremesinghe is sworn in as acting president", "2022-07-15",
      ["02", "03"], ["accepted", "made official", "acting president", "sworn"])
event("Parliament meets to start choosing a successor", "2022-07-16", ["02"],
      ["parliament meets", "meets", "successor"])
event("Sajith Premadasa withdraws in favour of Dullas Alahapperuma", "2022-07-19", ["03"],
      ["premadasa", "sajith-premadasa", "renounced", "withdr", "stood aside"],
      note="06 'the day before the vote' (not keyed as a date)")
event("Parliament elects Ranil Wickremesinghe president (134 votes to Alahapperuma's 82)", "2022-07-20",
      ["03", "04", "05", "06"], ["elected", "vote", "votes", "won", "ballot", "received", "selected"])
event("Wickremesinghe is sworn in as president", "2022-07-21", ["03"],
      ["sworn", "oath"], note="04 'less than a day after' the swearing-in does not date it")
event("Troops and police clear the Galle Face protest camp and retake the Presidential Secretariat", "2022-07-22",
      ["04", "05", "06"], ["camp", "raid", "cleared", "destroyed", "tents", "secretariat", "attack", "operation"])
event("Dinesh Gunawardena is sworn in as prime minister", "2022-07-22", ["04", "05"],
      ["gunawardena", "dinesh-gunawardena", "prime minister"])
event("Gotabaya Rajapaksa leaves Singapore for Bangkok", "2022-08-11", ["06"],
      ["bangkok", "thai", "moved", "left singapore"],
      note="06 gives his stay in Singapore as the range 'Between July 14 and August 11'")
event("Camp librarian Chamila Wijesuriya is arrested", "2022-08-03", ["06"],
      ["arrested", "wijesuriya", "chamila-wijesuriya"])
event("The IMF announces a staff-level agreement for a $2.9 billion loan", "2022-09-01", ["06"],
      ["staff-level", "agreement", "imf", "international-monetary-fund", "loan"])
event("Gotabaya Rajapaksa returns to Sri Lanka", "2022-09-02", ["06"],
      ["came home", "return", "airport", "garland", "welcome"])
dump('timeline.json', {
    "about": "Real-world events the articles report, with date (day), until for multi-day events, the documents that report "
             "each (with a date the reader can resolve), and words by which a system event is recognised (title, trigger "
             "or participant entity ids). Events that look alike must stay apart: the two stormings (the President's House "
             "on 9 July; the Prime Minister's office on 13 July), the two resignations (Prime Minister Mahinda Rajapaksa's "
             "on 9 May; President Gotabaya Rajapaksa's emailed on 14 July and accepted on 15 July), the two swearings-in "
             "of Wickremesinghe as president (acting president on 15 July; president on 21 July) and his swearing-in as "
             "prime minister (12 May), and the two swearings-in of prime ministers (Wickremesinghe on 12 May, Gunawardena "
             "on 22 July). Not keyed: future or expected events (01's resignation 'on Wednesday', 02's nominations 'on "
             "Tuesday' and vote 'next Wednesday', 03's coming appointment of a prime minister, 04's IMF talks 'next "
             "month', 05's gathering 'next Sunday'), events dated only by month or year (Basil leaving the finance "
             "ministry in April and parliament in June, the debt suspension in April, the founding of the SLPP in 2016, "
             "the 1993 assassination, the 2019 election and bombings, the 2020 election, 2009), the IMF staff visit "
             "ending on June 30 and the IMF statement of 'last weekend' (02), acts dated only by reference to another "
             "event (04's 'four days after', 06's 'the day before the vote', Wijesuriya's release 'two weeks later'), "
             "states (the camp 'since April', the stay in Singapore) and same-day side events folded into a keyed one "
             "(01's Speaker's announcement and hospital figures, 02's tear-gas death, 04's BASL and Chung statements, "
             "05's Sumanthiran interview of 'yesterday').",
    "events": ev,
})

# ---------------------------------------------------------------------------------------------- quotes
quotes = [
    ["01", "The president had been moved out", "indirect", [None]],
    ["01", "to ensure a peaceful handover of power", "partial", [AB, GR]],
    ["01", "Today I offered to step aside", "direct", RW],
    ["01", "Burning a house full of books", "direct", RW],
    ["01", "At least 45 people, among them", "indirect", [None]],
    ["01", "We came because we have nothing left", "direct", "Kasun Fernando"],
    ["01", "No fuel, no gas, no medicine", "direct", "Kasun Fernando"],
    ["01", "The IMF cannot sign a programme", "direct", "Nirmala Perera"],
    ["01", "needs a leader who can sign it", "partial", "Nirmala Perera"],
    ["01", "his Samagi Jana Balawegaya (SJB) was ready", "indirect", SP],

    ["02", "the letter had reached him", "indirect", AB],
    ["02", "He had flown to the Maldives", "indirect", ["Sri Lanka Air Force"]],
    ["02", "on a private visit", "partial", [MFA, "Singapore"]],
    ["02", "He has not requested asylum", "direct", [MFA, "Singapore"]],
    ["02", "The president's younger brother Basil", "indirect", [None]],
    ["02", "whatever steps are needed", "partial", RW],
    ["02", "One protester died after inhaling", "indirect", [None]],
    ["02", "lets our talks restart", "partial", IMF],
    ["02", "the government was walking a careful line", "indirect", "Rajiv Menon"],
    ["02", "Singapore is a transit point", "direct", "Rajiv Menon"],
    ["02", "The longer he stays", "direct", "Rajiv Menon"],
    ["02", "We sent a president home by email", "direct", "Tharindu Jayasinghe"],
    ["02", "the movement would stay until", "indirect", "Tharindu Jayasinghe"],

    ["03", "The country is in a very difficult situation", "direct", RW],
    ["03", "work together", "partial", RW],
    ["03", "put an end to the division", "partial", RW],
    ["03", "some dozen elected of the opposition", "indirect", [None]],
    ["03", "Ranil go home", "direct", [None]],
    ["03", "Ranil is the guardian of the Rajapakse", "direct", "Nuwan Silva"],
    ["03", "the demonstrators will not quit the place", "indirect", "Nuwan Silva"],
    ["03", "to want to conclude rapidly an accord", "indirect", ["Sri Lanka", None]],
    ["03", "Without the FMI, there is no exit", "direct", "Jean-Baptiste Morel"],
    ["03", "Mr. Wickremesinghe disposes of the confidence", "indirect", "Jean-Baptiste Morel"],
    ["03", "The deputies have voted against the people", "direct", SP],

    ["04", "nine people had been arrested", "indirect", [None]],
    ["04", "at least 50 people were hurt", "indirect", [None]],
    ["04", "Peaceful protest is a right", "direct", RW],
    ["04", "and we will deal with them firmly", "direct", RW],
    ["04", "the use of force against unarmed people", "indirect", "Bar Association of Sri Lanka"],
    ["04", "deeply concerned", "partial", "Julie Chung"],
    ["04", "the security forces had acted under emergency", "indirect", "President's Media Division"],
    ["04", "through democratic means and values", "partial", ["External Affairs Ministry", "India"]],
    ["04", "Colombo had chosen order over reconciliation", "indirect", "Meera Krishnan"],
    ["04", "The protesters got rid of a president", "direct", "Meera Krishnan"],
    ["04", "rarely lasts", "partial", "Meera Krishnan"],
    ["04", "Talks with the International Monetary Fund on a bailout", "indirect", [None]],
    ["04", "He was allowed in on a private visit", "indirect", ["Singapore", None]],

    ["05", "at least 50 people were injured", "indirect", [None]],
    ["05", "Among them are also journalists", "indirect", [None]],
    ["05", "nine persons were arrested", "indirect", [None]],
    ["05", "it would support Dullas Alahapperuma", "indirect", "Tamil National Alliance"],
    ["05", "We did not vote for a person", "direct", "M. A. Sumanthiran"],
    ["05", "the Ilankai Tamil Arasu Kachchi (ITAK) will not accept", "indirect", "M. A. Sumanthiran"],
    ["05", "Gotabaya, who was the defence secretary", "indirect", [None]],
    ["05", "the Aragalaya had no place", "indirect", [None]],
    ["05", "The baton that fell on Galle Face", "direct", "Kamala Sivapalan"],
    ["05", "the talks with the International Monetary Fund will continue", "indirect", ["Sri Lanka", None]],
    ["05", "food inflation has reached 80.1 percent", "indirect", [None]],
    ["05", "they will hold a gathering", "indirect", [None]],

    ["06", "This is a first step on a long road", "direct", "Peter Breuer"],
    ["06", "financing assurances", "partial", "Peter Breuer"],
    ["06", "They cleared the tents", "direct", "Chamila Wijesuriya"],
    ["06", "but not the reasons we put them up", "direct", "Chamila Wijesuriya"],
    ["06", "The queues are shorter only because", "direct", "Chamila Wijesuriya"],
    ["06", "the Aragalaya won its first demand", "indirect", "Harsha de Alwis"],
    ["06", "the parliament that the brothers built", "partial", "Harsha de Alwis"],
    ["06", "he has no plans to return to politics", "indirect", GR],
]
dump('quotes.json', {
    "about": "Answer key for quotations on corpus-l/articles, same conventions as corpus-c..j: document id prefix, the first "
             "words of the quoted or reported content, kind, and the speaker's canonical name (null: the text does not "
             "name one; a list: any of these is right, and a list containing null also accepts no speaker). A quote "
             "interrupted by its attribution (04 Wickremesinghe '\"Peaceful protest is a right, ...,\" Mr Wickremesinghe "
             "said on Wednesday, \"and we will deal with them firmly.\"', 06 Wijesuriya '\"They cleared the tents,\" "
             "said Chamila Wijesuriya, ..., \"but not the reasons we put them up.\"') or continued without one (01 "
             "Wickremesinghe's second sentence and Fernando's, 02 Menon's 'The longer he stays', 06 Wijesuriya's "
             "paragraph 'The queues are shorter ...', which has no attribution at all) is keyed once per piece. A "
             "reported clause with quoted words in it (01 the Speaker's 'he would resign on 13 July \"to ensure a "
             "peaceful handover of power\"', whose words may be the Speaker's or Rajapaksa's; 02 'told the armed forces "
             "to take \"whatever steps are needed\"', 'said last weekend that it hoped ... \"lets our talks restart\"'; 04 "
             "'would keep standing with ... \"through democratic means and values\"'; 06 Breuer's 'would need "
             "\"financing assurances\"' and de Alwis's 'he says, ... but \"the parliament that the brothers built ...\"') "
             "is keyed as the partial quote. Inverted attributions: 'said Kasun Fernando' (01), 'said Tharindu "
             "Jayasinghe' (02), 'has launched to us Nuwan Silva', 'judges Jean-Baptiste Morel', 'has regretted Mr. "
             "Premadasa' (03, machine-translated calques), 'said Kamala Sivapalan' (05), 'said Chamila Wijesuriya' "
             "(06). 'He said:' style: 05 'M. A. Sumanthiran said: \"...\"' after a role ('the Jaffna district Parliament "
             "member'), 04 'She said: \"...\"' (Krishnan, named in the sentence before). 'told <outlet>': 02 Menon 'he told The Marina Post', 04 Krishnan 'told the Sentinel that', 05 "
             "'Speaking to Vadakku Kural yesterday', 03 'joined by L'Écho' (a calque of 'joint par'); 02 'told "
             "reporters' (the Speaker), 06 Breuer 'told reporters'. Speakers given only by a description, role or "
             "pronoun: 03 '», has declared the new president' (Wickremesinghe), 01 'she added' (Perera), 02 'he told' "
             "(Menon), 02 'He said that' (Jayasinghe), 03 'He assures that' (Silva), 03 'According to him' (Morel), 04 "
             "'She said: \"...\"' and 'she added, \"rarely lasts\"' (Krishnan), 05 'He further said that' (Sumanthiran), 06 'He said' (Breuer), 06 'The "
             "73-year-old former president says' (Gotabaya). Organisations and capitals as speakers: 02 'the ministry "
             "said' (Singapore's MFA), 'the air force confirmed', 'The International Monetary Fund ... said', 03 "
             "'Colombo has affirmed', 04 'The Bar Association of Sri Lanka (BASL) said', 'The President's Media Division "
             "said that', 'India's External Affairs Ministry said', 'according to the Singapore government', 05 'The "
             "Tamil National Alliance (TNA) had announced that', 'Colombo has also told that'. Unnamed sources (null): "
             "01 'two defence officials said', 'a hospital spokesman said', 02 'according to an airport officials' "
             "union', 'the hospital said', 03 'according to several deputies' and the cries of «Ranil go home», 04 'Police "
             "said', 'Organisers of the camp said', 'officials in Colombo said', 05 'the organisers of the struggle have "
             "said', 'it has been reported', 'The police said', 'human rights organisations have pointed out', "
             "'According to the Sinhala newspapers', 'economists say', 'The mothers of the disappeared have announced "
             "that'. Quotation marks: straight double quotes (01, 04, 05, 06), curly quotes (02), guillemets (03). Not "
             "keyed: 01's gloss 'the Sinhala word for \"struggle\"' and 03's '« Aragalaya » (« the struggle », in "
             "Cingalese)' (names, not speech), 01 Premadasa's 'that parliament should choose' (inside the keyed indirect "
             "quote), 02 'the central bank has warned that inflation could climb further' (an unkeyed lower-case "
             "speaker), 03 'For the opposition, the election ... prolongs the system Rajapakse', 04 'has avoided comment', "
             "06 'the Thai government asked him to stay indoors' (a request), headlines, captions and 05's duplicated "
             "lead.",
    "quotes": quotes,
})

# ---------------------------------------------------------------------------------------------- claims
def claim(id, text, anchors, contradiction=None, note=None):
    c = {"id": id, "text": text, "docs": sorted(anchors), "anchors": anchors, "contradiction": contradiction}
    if note:
        c["note"] = note
    return c


claims = [
    claim("house-stormed", "Protesters stormed the President's House in Colombo on 9 July 2022",
          {"01": "stormed the President's House, the colonial-era official residence",
           "02": "after the President's House last Saturday",
           "04": "since the storming of the President's House on July 9",
           "06": "had marched into the President's House and forced him out"}),
    claim("home-burned", "A crowd set fire to Ranil Wickremesinghe's private residence on the night of 9 July",
          {"01": "saw his private residence in the city set on fire",
           "06": "a crowd set fire to the private home of Ranil Wickremesinghe"}),
    claim("mahinda-resigned", "Mahinda Rajapaksa resigned as prime minister on 9 May 2022",
          {"01": "resigned as prime minister on 9 May",
           "03": "had himself abandoned the post of Prime minister the 9 May",
           "05": "who resigned from the post of Prime Minister on the 9th of May",
           "06": "who stepped down as prime minister on May 9"},
          note="the first of the two resignations; not the president's of 14 July"),
    claim("may-deaths", "The May violence left nine people dead",
          {"01": "setting off clashes in which nine people were killed",
           "03": "after violences which had made nine dead"},
          note="nine dead in May against nine arrested on 22 July (04, 05) and the IMF team's nine days (06): "
               "different quantities"),
    claim("basil-seat", "Basil Rajapaksa gave up his seat in parliament in June",
          {"01": "gave up his seat in parliament in June",
           "06": "who gave up his seat in June"}),
    claim("gotabaya-73", "Gotabaya Rajapaksa is 73",
          {"01": "The 73-year-old has not spoken in public since",
           "02": "Mr Rajapaksa, 73, landed",
           "03": "73 years him also",
           "06": "The 73-year-old former president says"},
          note="03's 'aged of 73 years' is Wickremesinghe's age (also 73), not a disagreement"),
    claim("maldives", "Gotabaya Rajapaksa flew to the Maldives on 13 July on an air force plane",
          {"02": "He had flown to the Maldives in the early hours of Wednesday",
           "03": "had taken refuge the 13 July in the Maldives",
           "05": "who fled to the Maldives on 13th",
           "06": "he left on an air force plane for the Maldives"}),
    claim("pm-office-stormed", "Protesters stormed the Prime Minister's office on 13 July",
          {"02": "protesters stormed the Prime Minister's office on Flower Road",
           "04": "overrun four days after the President's House"},
          note="the second storming; 02's 'within a week' and 04's 'four days after' agree"),
    claim("singapore-email", "From Singapore, Rajapaksa sent his resignation by email on 14 July",
          {"02": "who sent his letter by email from Singapore",
           "03": "from where he has sent his resignation by electronic mail",
           "05": "sent his resignation letter on the 14th",
           "06": "emailed his resignation that evening"}),
    claim("resignation-accepted", "The Speaker accepted (made official) the resignation on 15 July",
          {"02": "Speaker on Friday accepted the resignation",
           "03": "This one had been made official the 15 July"}),
    claim("no-asylum", "Singapore admitted Rajapaksa on a private visit; he has not sought asylum",
          {"02": "He has not requested asylum",
           "04": "has not applied for asylum"}),
    claim("vote-134", "Parliament elected Wickremesinghe president on 20 July with 134 votes",
          {"03": "has obtained 134 votes",
           "05": "Ranil Wickramasinghe received 134 votes",
           "06": "He won the presidency on July 20 with 134 votes"},
          contradiction={"docs": ["04"], "anchors": {"04": "won Wednesday's vote in parliament with 143 votes"},
                         "aspect": "number",
                         "detail": "04 gives Wickremesinghe 143 votes against 134 in 03/05/06"}),
    claim("alahapperuma-82", "Dullas Alahapperuma received 82 votes",
          {"03": "against 82 for the dissident of the majority",
           "05": "Dullas Alahapperuma received 82 votes",
           "06": "against 82 for Dullas Alahaperuma"}),
    claim("dissanayake-3", "Anura Kumara Dissanayake received 3 votes",
          {"03": "3 for the leader of the left",
           "05": "Anura Kumara Dissanayake received 3 votes"}),
    claim("premadasa-withdrew", "Sajith Premadasa withdrew from the race in favour of Alahapperuma",
          {"03": "had renounced Tuesday to present himself",
           "06": "had stood aside in favour of Allahapperuma"},
          note="02 (16 July) expected him to stand: written before he withdrew, not a contradiction"),
    claim("slpp-backing", "Wickremesinghe owes his election to the Rajapaksas' party, the SLPP",
          {"04": "owes his victory to the Sri Lanka Podujana Peramuna",
           "05": "gave its full support to Ranil"}),
    claim("sole-mp", "Wickremesinghe was his party's only member of parliament",
          {"03": "who was the only deputy of his party",
           "04": "who was the sole lawmaker of his United National Party"}),
    claim("sworn-president", "Wickremesinghe was sworn in as president on 21 July",
          {"03": "has sworn the oath this Thursday morning",
           "04": "was sworn in as the country's eighth executive president"}),
    claim("camp-cleared", "Troops and police cleared the Galle Face protest camp in the early hours of 22 July",
          {"04": "moved into Sri Lanka's main protest camp in the early hours of Friday",
           "05": "was destroyed by the forces and the police in the early morning of last Friday",
           "06": "the Galle Face camp has been gone since the raid of July 22"}),
    claim("injured-50", "At least 50 people were hurt in the raid, according to the organisers",
          {"04": "at least 50 people were hurt",
           "05": "at least 50 people were injured"},
          note="01's 'At least 45 people' treated on 9 July is another event"),
    claim("arrested-9", "Police said nine people were arrested in the raid",
          {"04": "Police said nine people had been arrested",
           "05": "The police said nine persons were arrested"}),
    claim("gunawardena-pm", "Dinesh Gunawardena was sworn in as prime minister on 22 July",
          {"04": "a schoolmate of the new president, was sworn in as prime minister",
           "05": "Dinesh Gunawardena was sworn in as the Prime Minister"},
          note="03 only reports that his name circulates"),
    claim("debt-default", "Sri Lanka has stopped paying its foreign debt",
          {"01": "suspended payments on its $51 billion of foreign debt in April",
           "03": "in cessation of payment since the spring"}),
    claim("imf-talks", "Sri Lanka is in talks with the IMF on a rescue loan, interrupted by the crisis",
          {"01": "has been negotiating a rescue package with the International Monetary Fund",
           "02": "on a loan of about $3 billion",
           "03": "with which the discussions have been interrupted by the crisis",
           "04": "Talks with the International Monetary Fund on a bailout are expected to resume",
           "05": "the talks with the International Monetary Fund will continue"},
          note="02's 'about $3 billion' and 06's '$2.9 billion over 48 months' are the approximate and the exact "
               "figure of the same loan"),
    claim("population", "Sri Lanka has 22 million people",
          {"01": "a country of 22 million people",
           "03": "The island of 22 million inhabitants"}),
    claim("parliament-225", "Parliament has 225 members",
          {"01": "the 225-member parliament",
           "03": "the Assembly of 225 seats",
           "04": "in the 225-member house"}),
    claim("basil-airport", "Basil Rajapaksa was stopped at the airport when he tried to leave",
          {"02": "was turned back at the same airport on Tuesday",
           "05": "who was stopped at the airport when he tried to leave the country"}),
    claim("premadasa-father", "Sajith Premadasa is the son of the late president Ranasinghe Premadasa",
          {"01": "whose father Ranasinghe Premadasa was president",
           "06": "son of the late president Ranasinghe Premadasa"}),
]
dump('claims.json', {
    "about": "Checkable claims made by two or more sources on corpus-l/articles: short text, the documents asserting it "
             "(with an anchor: words of the asserting sentence in each document's cleaned text), and any contradiction "
             "(documents that disagree, aspect, detail). Only one contradiction is intended (Wickremesinghe's vote: 'won "
             "Wednesday's vote in parliament with 143 votes' in 04 against 134 in 03/05/06); every other contradiction "
             "is a false alarm, in particular: 134 votes against the SLPP's 145 seats of 2020 (05), the 225 members of "
             "parliament (01, 03, 04), Alahapperuma's 82 and Dissanayake's 3, and 03's 'some dozen' opposition members "
             "who voted for the winner; Gotabaya's age (73: 01, 02, 03, 06) against Wickremesinghe's (also 73: 03 'aged "
             "of 73 years') and the other ages (27, 31, 24); the two resignations (Mahinda as prime minister on 9 May; "
             "Gotabaya as president, emailed on 14 July and accepted on 15 July); the two stormings (the President's "
             "House on 9 July; the Prime Minister's office on 13 July, 'within a week' (02) and 'four days after' (04)); "
             "the two swearings-in of Wickremesinghe as president (acting, 15 July, 02; president, 21 July, 03/04) and "
             "as prime minister (12 May, 01); the prime minister's chair (Wickremesinghe's from May; Gunawardena's from "
             "22 July); 'at least 45 people' treated on 9 July (01) against 'at least 50' hurt on 22 July (04, 05); "
             "nine dead in May (01, 03) against nine arrested on 22 July (04, 05), nine days of the IMF team (06) and "
             "nine other numbers; the IMF loan of 'about $3 billion' (02, approximate) against '$2.9 billion over 48 "
             "months' (06, the exact total, spread over four years); India's 'about $3.8 billion' (04) and the '$51 "
             "billion' of foreign debt (01); Beijing's 'about a tenth' of the debt (04); headline inflation of 54.6% to "
             "June (01) against food inflation of 80.1% in June (05); 'more than three months' (02, 05) against 'more "
             "than 100 days' (04) and 'since April' (01, 03) for the camp and the siege; 02's expectation that "
             "Premadasa would stand (16 July) against his withdrawal on 19 July (03, 06); 02's 'Mr Rajapaksa, 73' "
             "against 'Fifty-one days' (06); 52% of the vote in 2019 (01). Framing differs on purpose (01 neutral wire; "
             "02 Singapore business daily, cautious about the 'private visit'; 03 French regional daily, "
             "machine-translated, 'the street cries to the betrayal'; 04 Indian daily, order and New Delhi's interests; 05 "
             "Tamil weekly from Jaffna, machine-translated, 'the youths of the South', the disappeared; 06 Colombo "
             "weekly sympathetic to the Aragalaya) without contradicting. single_source lists claims only one document "
             "makes, for reference.",
    "claims": claims,
    "single_source": [
        {"doc": "01", "text": "The Speaker said Rajapaksa would resign on 13 July"},
        {"doc": "01", "text": "At least 45 people were treated at the National Hospital on 9 July"},
        {"doc": "01", "text": "Consumer prices rose 54.6% in the year to June"},
        {"doc": "01", "text": "The SLPP was founded by the family in 2016"},
        {"doc": "02", "text": "Rajapaksa reached Singapore on a Saudia flight from Malé on 14 July"},
        {"doc": "02", "text": "Wickremesinghe was sworn in as acting president on 15 July before Chief Justice Jayasuriya"},
        {"doc": "02", "text": "One protester died after inhaling tear gas on 13 July"},
        {"doc": "03", "text": "Some dozen opposition members voted for Wickremesinghe"},
        {"doc": "04", "text": "India has extended about $3.8 billion to Sri Lanka this year"},
        {"doc": "04", "text": "The Bar Association of Sri Lanka called for an inquiry into the raid"},
        {"doc": "05", "text": "The Tamil National Alliance backed Alahapperuma"},
        {"doc": "05", "text": "Food inflation reached 80.1 percent in June"},
        {"doc": "06", "text": "The IMF reached a staff-level agreement for $2.9 billion over 48 months on 1 September"},
        {"doc": "06", "text": "Rajapaksa returned to Colombo on 2 September after stays in Singapore and Bangkok"},
    ],
})
print('keys written')
