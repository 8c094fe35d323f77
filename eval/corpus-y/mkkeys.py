"""Writes the answer keys of corpus-y (Kenya's Finance Bill 2024 protests: the first 'Gen Z' marches in Nairobi on
Tuesday 18 June 2024, the second reading on 20 June, the third reading and the storming of Parliament on Tuesday 25 June,
William Ruto's refusal to sign and withdrawal of the bill on Wednesday 26 June, the KNCHR's count of 39 dead by 1 July,
the spending cuts of 5 July, the dismissal of the cabinet on Thursday 11 July and the police chief's resignation on 12
July) into keys/.

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
RUTO, GACH, RAILA, OBURU, NDU = "William Ruto", "Rigathi Gachagua", "Raila Odinga", "Oburu Oginga", "Njuguna Ndung'u"
HOU, MUT, MUD, KAR, ODH, ODE, HAJI = "Irungu Houghton", "Justin Muturi", "Musalia Mudavadi", "Wambui Kariuki", \
    "Faith Odhiambo", "Roseline Odede", "Noordin Haji"
DIA, KOO, BON, GRA = "Amina Diallo", "Japhet Koome", "Boniface Mwangi", "Grace Mwangi"
KNCHR, LSK, AMN, IMF, PARL, NA, BILL = "Kenya National Commission on Human Rights", "Law Society of Kenya", \
    "Amnesty International Kenya", "International Monetary Fund", "Parliament", "National Assembly", "Finance Bill 2024"

# ---------------------------------------------------------------------------------------------- entities
ents = [
    (RUTO, P, ["William Ruto", "Ruto", "Dr Ruto", "Mr Ruto", "Rais Ruto", "William Samoei Ruto", "M. Ruto"]),
    (GACH, P, ["Rigathi Gachagua", "Gachagua", "Mr Gachagwa", "Mr Gachangua"]),
    (RAILA, P, ["Raila Odinga", "Raila", "Baba"]),
    (OBURU, P, ["Oburu Oginga", "Oburu Odinga"]),
    (NDU, P, ["Njuguna Ndung'u", "Njuguna Ndung’u", "Prof Ndung’u", "Njuguna Ndungu"]),
    (HOU, P, ["Irungu Houghton"]),
    (MUT, P, ["Justin Muturi"]),
    (MUD, P, ["Musalia Mudavadi"]),
    (KAR, P, ["Wambui Kariuki"]),
    (ODH, P, ["Faith Odhiambo"]),
    (ODE, P, ["Roseline Odede", "Odede"]),
    (HAJI, P, ["Noordin Haji"]),
    (DIA, P, ["Amina Diallo"]),
    (KOO, P, ["Japhet Koome"]),
    (BON, P, ["Boniface Mwangi"]),
    (GRA, P, ["Grace Mwangi"]),
    ("Isaac Mwaura", P, ["Isaac Mwaura"]),
    ("Kithure Kindiki", P, ["Kithure Kindiki"]),
    ("Lydia Chebet", P, ["Lydia Chebet"]),

    (PARL, O, ["Parliament", "Bunge"]),
    (NA, O, ["National Assembly"]),
    (KNCHR, O, ["Kenya National Commission on Human Rights", "KNCHR", "Tume ya Kitaifa ya Haki za Kibinadamu"]),
    (LSK, O, ["Law Society of Kenya", "LSK", "Chama cha Wanasheria Kenya", "Society of the Law of Kenya"]),
    (AMN, O, ["Amnesty International Kenya"]),
    (IMF, O, ["International Monetary Fund", "IMF", "FMI"]),
    ("National Intelligence Service", O, ["National Intelligence Service"]),
    ("Treasury", O, ["Treasury"]),
    ("Orange Democratic Movement", O, ["Orange Democratic Movement", "ODM"]),
    ("Ridgeway Capital", O, ["Ridgeway Capital"]),
    ("Centre of Studies on East Africa", O, ["Centre of Studies on East Africa", "CEEA"]),
    ("Kilimani Policy Institute", O, ["Kilimani Policy Institute"]),
    ("African Union Commission", O, ["African Union Commission"]),
    ("Independent Policing Oversight Authority", O, ["Independent Policing Oversight Authority", "IPOA"]),
    ("Kenya Conference of Catholic Bishops", O, ["Kenya Conference of Catholic Bishops", "KCCB"]),
    ("Harambee Institute for Public Policy", O, ["Harambee Institute for Public Policy"]),
    ("TikTok", O, ["TikTok"]),
    ("X", O, ["X"]),
    ("M-Pesa", M, ["M-Pesa"]),
    (BILL, M, ["Finance Bill 2024", "Finance Bill", "Mswada wa Fedha", "Mswada"]),

    ("Ledger", MD, ["Ledger"]),
    ("Mwangaza Leo", MD, ["Mwangaza Leo"]),
    ("Meridian", MD, ["Meridian"]),
    ("Tribune", MD, ["Tribune"]),

    ("Kenya", G, ["Kenya"]),
    ("Nairobi", G, ["Nairobi"]),
    ("Nakuru", G, ["Nakuru"]),
    ("Kisumu", G, ["Kisumu"]),
    ("Mombasa", G, ["Mombasa"]),
    ("Kibera", G, ["Kibera"]),
    ("Siaya", G, ["Siaya"]),
    ("Paris", G, ["Paris"]),

    ("State House", L, ["State House"]),
]

descriptions = [
    (RUTO, ["the 57-year-old", "the Head of State", "the chief of the State"]),
    (RAILA, ["the ODM leader", "the leader of ODM", "the 79-year-old", "the historic opponent",
             "the veteran opposition leader"]),
    (OBURU, ["the elder brother of Raila", "his elder brother"]),
    (GACH, ["the deputy president"]),
    (NDU, ["the economist who drafted the bill", "the Treasury secretary who wrote the bill"]),
    (BON, ["the activist"]),
    (KOO, ["the police chief"]),
    (KNCHR, ["a state-funded watchdog"]),
    ("Harambee Institute for Public Policy", ["a Nairobi think tank"]),
    ("Kenya", ["Nairobi"]),
]

roles = [
    (RUTO, ["President", "Rais"]),
    (GACH, ["Deputy President", "Naibu wa Rais", "The vice-president"]),
    (RAILA, ["Opposition leader"]),
    (OBURU, ["the senator of Siaya", "the senator"]),
    (NDU, ["Treasury Cabinet Secretary", "the minister of the Finances"]),
    (HOU, ["its executive director"]),
    (MUT, ["the Attorney General"]),
    (MUD, ["Prime Cabinet Secretary", "the foreign minister"]),
    (KAR, ["chief economist at Ridgeway Capital"]),
    (ODH, ["Its president"]),
    (ODE, ["The chairperson of the commission"]),
    (HAJI, ["the director of the intelligence"]),
    (DIA, ["researcher at the Centre of Studies on East Africa"]),
    (GRA, ["a political economist at the Kilimani Policy Institute"]),
    (KOO, ["the police chief"]),
    ("Isaac Mwaura", ["Government spokesman"]),
    ("Kithure Kindiki", ["Interior Cabinet Secretary"]),
    ("Lydia Chebet", ["director of the Harambee Institute for Public Policy"]),
]

must_not_merge = [
    [RAILA, OBURU],
    [BON, GRA],
    [RUTO, GACH],
    [PARL, NA],
]

dump('entities.json', {
    "about": "Answer key for entity resolution on corpus-y/articles (Kenya's Finance Bill 2024 protests: the first 'Gen "
             "Z' marches in Nairobi on Tuesday 18 June 2024, the third reading and the storming of Parliament on Tuesday "
             "25 June, William Ruto's withdrawal of the bill on Wednesday 26 June, the KNCHR's count of 39 dead by 1 "
             "July, the dismissal of the cabinet on Thursday 11 July), written from reading the articles. Same "
             "conventions as corpus-c..q: canonical name (a form that occurs in the texts), type, and every surface "
             "form that names the entity in the cleaned texts (headlines, standfirsts, captions, bylines, the dateline "
             "'NAIROBI (Savanna Wire) -', 06's masthead 'THE JAMHURI TRIBUNE', related links, share bars, credit lines and other boilerplate excluded). "
             "Title+surname forms ('Dr Ruto', 'Mr Ruto', 'M. Ruto', 'Rais Ruto', 'Prof Ndung’u', 'Mr Gachagwa') are "
             "keyed as aliases; title+full-name forms ('President William Ruto', 'Rais William Ruto', 'Deputy "
             "President Rigathi Gachagua', 'Naibu wa Rais Rigathi Gachagua') are not listed separately. Defects on "
             "purpose: the president is 'William Ruto' / 'Ruto' / 'Dr Ruto' (02, 05) / 'Mr Ruto' (05), the Swahili "
             "'Rais Ruto' (03, 'Rais' = President, left untranslated), 'William Samoei Ruto' and the French 'M. Ruto' "
             "(04); the deputy president is 'Rigathi Gachagua' / 'Gachagua' and, in one article (05), two misspellings "
             "'Mr Gachagwa' and 'Mr Gachangua'; the Treasury secretary is 'Njuguna Ndung'u' with a straight (01, 05) or "
             "curly (02) apostrophe, 'Prof Ndung’u' (02) and, with the apostrophe dropped, 'Njuguna Ndungu' (04). Two "
             "brothers who must not merge: Raila Odinga ('Raila Odinga' everywhere, 'Raila' in 03's 'The elder brother "
             "of Raila', the nickname 'Baba' in 03's quotation and in 05) and his elder brother Oburu Oginga, senator "
             "for Siaya ('Oburu Oginga' in 03 and 05, 'Oburu Odinga' in the French 04, which gives him his brother's "
             "surname). Two Mwangis who must not merge, both in 05: the activist Boniface Mwangi and the political "
             "economist Grace Mwangi. Parliament (the institution and its building: 'Parliament', the Swahili 'the "
             "Bunge' in 03) and the National Assembly (the chamber that voted, 01, 04) are kept apart. Acronyms and "
             "foreign forms: 'the Kenya National Commission on Human Rights (KNCHR)' (01, 02), its Swahili name 'the "
             "Tume ya Kitaifa ya Haki za Kibinadamu (KNCHR)' (03) and the bare 'KNCHR'; 'The Law Society of Kenya "
             "(LSK)' (01, 02), the Swahili 'Chama cha Wanasheria Kenya (LSK)' (03) and the French calque 'the Society "
             "of the Law of Kenya (LSK)' (04); 'the International Monetary Fund (IMF)' (01), 'the IMF' (02, 05) and the "
             "French 'International Monetary Fund (FMI)' and 'The FMI' (04); 'Orange Democratic Movement (ODM)' (02) "
             "and 'ODM' (03); 'the Centre of Studies on East Africa (CEEA)' (04, a French acronym); the bill is 'the "
             "Finance Bill 2024', 'the Finance Bill (Mswada wa Fedha) 2024' and 'the Mswada wa Fedha' / 'the Mswada' "
             "(03, Swahili left untranslated); 04's 'the finance law 2024' is lower-case and not keyed. Capital for "
             "government: 'Nairobi' stands for the Kenyan government in 04 ('Nairobi has had to retreat', 'Nairobi, "
             "for its part, assures that') and 05 ('Nairobi has promised the IMF'; 'is now mentioned in Nairobi as' "
             "is read as the capital's political class) and is keyed as a description of Kenya as well as the city's "
             "alias (the city elsewhere: 01, 02 'Ridgeway Capital in Nairobi', 03, 04 'at Nairobi', 05 'marched in "
             "Nairobi'). 'Ledger' (02 'told the Ledger'), 'Mwangaza Leo' (03 'has told Mwangaza Leo') and 'Meridian' "
             "(05 'she told The Meridian') and 'Tribune' (06 'told the Tribune') are outlets. 06 adds 'the Independent "
             "Policing Oversight Authority (IPOA)' and 'The Kenya Conference of Catholic Bishops (KCCB)', 'a Nairobi "
             "think tank' (a description of the Harambee Institute for Public Policy) and 'Prof. Njuguna Ndung'u' "
             "(title+full name). 'State House' is the president's residence (a location). "
             "Descriptions: 'the 57-year-old' (05), 'The Head of State' (03) and the calque 'the chief of the State' "
             "(04) for Ruto; 'The leader of ODM' (03), 'The ODM leader' (05), 'the 79-year-old' (05), 'The historic "
             "opponent' (04) and 'the veteran opposition leader' (05) for Raila Odinga; 'The elder brother of Raila' "
             "(03) and 'His elder brother' (04) for Oburu Oginga; 'the deputy president' (05, lower-case) for "
             "Gachagua; 'the economist who drafted the bill' (02) and 'the Treasury secretary who wrote the bill' (05) "
             "for Ndung'u; 'the activist' (05) for Boniface Mwangi; 'the police chief' (05) for Japhet Koome; 'a "
             "state-funded watchdog' (01) for the KNCHR; 'Nairobi' for Kenya (above). 'the president' / 'the "
             "President' is used of Ruto throughout but also of the LSK's president ('Its president, Faith Odhiambo', "
             "02, 04) and is not keyed as a description; 'the commission' is not keyed. Not keyed: adjectives and "
             "demonyms (Kenyan, Kenyans, French), 'Gen Z' (a generation), the slogan 'Ruto Must Go', 'Cabinet' / 'the "
             "cabinet', 'Cabinet Secretaries', 'the constitution', 'MPs', 'the army', 'the police', 'VAT', 'the "
             "Kenyan press', the unnamed youth of Kibera, organisers and allies. roles: roles stated in an apposition "
             "or title, for information.",
    "entities": [{"name": n, "type": t, "aliases": a} for n, t, a in ents],
    "must_not_merge": must_not_merge,
    "descriptions": [{"entity": e, "descriptions": d} for e, d in descriptions],
    "roles": [{"entity": e, "roles": r} for e, r in roles],
})

# ---------------------------------------------------------------------------------------------- dates
dates = [
    # 01: published Wednesday 2024-06-26 (JSON field 2024-06-26T16:30:00Z, 19:30 in Nairobi)
    ["01", "Wednesday", "2024-06-26"],
    ["01", "a day", "P1D"],
    ["01", "Tuesday", "2024-06-25"],
    ["01", "Tuesday", "2024-06-25"],
    ["01", "Thursday, June 20", "2024-06-20"],
    ["01", "14 days", "P14D"],
    ["01", "June 18", "2024-06-18"],
    ["01", "the same day", "2024-06-18"],
    ["01", "Tuesday", "2024-06-25"],
    ["01", "that night", "2024-06-25"],
    ["01", "Tuesday", "2024-06-25"],
    ["01", "July 1", "2024-07-01"],
    ["01", "Thursday", "2024-06-27"],
    ["01", "September 2022", "2022-09"],
    # 02: published Friday 2024-07-12 (meta and JSON-LD only)
    ["02", "Thursday", "2024-07-11"],
    ["02", "September 2022", "2022-09"],
    ["02", "two weeks", "P2W"],
    ["02", "June 26", "2024-06-26"],
    ["02", "a day", "P1D"],
    ["02", "Thursday", "2024-07-11"],
    ["02", "May", "2024-05"],
    ["02", "July 5", "2024-07-05"],
    ["02", "Thursday", "2024-07-11"],
    ["02", "July 1", "2024-07-01"],
    ["02", "Sunday, June 30", "2024-06-30"],
    ["02", "Thursday", "2024-07-11"],
    ["02", "next week", "2024-07-15/2024-07-21"],
    # 03: published Tuesday 2024-07-02 (visible date line 'JULY 2, 2024 | 06:00 AM')
    ["03", "Tuesday of June 18", "2024-06-18"],
    ["03", "yesterday", "2024-07-01"],
    ["03", "June 18 and July 1", "2024-06-18/2024-07-01"],
    ["03", "Sunday", "2024-06-30"],
    ["03", "Wednesday of last week", "2024-06-26"],
    ["03", "one day", "P1D"],
    ["03", "Juni 25", "2024-06-25"],
    ["03", "today", "2024-07-02"],
    ["03", "Thursday of last week", "2024-06-27"],
    # 04: published Saturday 2024-06-29, no date line
    ["04", "ten days", "P10D"],
    ["04", "Wednesday 26 June", "2024-06-26"],
    ["04", "the day before", "2024-06-25"],
    ["04", "black Tuesday", "2024-06-25"],
    ["04", "25 June", "2024-06-25"],
    ["04", "The same evening", "2024-06-25"],
    ["04", "18 June", "2024-06-18"],
    ["04", "Thursday", "2024-06-27"],
    ["04", "next Tuesday", "2024-07-02"],
    # 05: published Saturday 2024-07-13, no date line
    ["05", "2022", "2022"],
    ["05", "two years", "P2Y"],
    ["05", "Thursday", "2024-07-11"],
    ["05", "fortnight", "P2W"],
    ["05", "June 26th", "2024-06-26"],
    ["05", "Tuesday June 18th", "2024-06-18"],
    ["05", "Two days later", "2024-06-20"],
    ["05", "Tuesday June 25th", "2024-06-25"],
    ["05", "that evening", "2024-06-25"],
    ["05", "The next day", "2024-06-26"],
    ["05", "June 18th and July 1st", "2024-06-18/2024-07-01"],
    ["05", "last month", "2024-06"],
    ["05", "Yesterday", "2024-07-12"],
    ["05", "earlier this month", "2024-07"],
    ["05", "2022", "2022"],
    ["05", "past fortnight", "P2W"],
    ["05", "Thursday", "2024-07-11"],
    ["05", "July 5th", "2024-07-05"],
    ["05", "Thursday", "2024-07-11"],
    ["05", "next Tuesday", "2024-07-16"],
    # 06: published Monday 2024-07-08 (visible date line 'Monday, 8th July 2024')
    ["06", "this week", "2024-07-08/2024-07-14"],
    ["06", "Friday", "2024-07-05"],
    ["06", "yesterday", "2024-07-07"],
    ["06", "June 25", "2024-06-25"],
    ["06", "June 26", "2024-06-26"],
    ["06", "Saturday", "2024-07-06"],
    ["06", "last week", "2024-07-01/2024-07-07"],
    ["06", "three years", "P3Y"],
    ["06", "next Sunday", "2024-07-14"],
]
dump('dates.json', {
    "about": "Answer key for date normalisation on corpus-y/articles, same conventions as corpus-c..q: document id prefix, "
             "the expression as written (the first occurrence not yet matched, in text order; a system expression that "
             "contains the key text matches, so 'Wednesday' in 01 also matches 'on Wednesday', 'a day' 'a day after', "
             "'two weeks' 'just over two weeks', 'Sunday, June 30' 'On Sunday, June 30', 'fortnight' 'in a fortnight', "
             "'Tuesday of June 18' 'on Tuesday of June 18', 'June 18 and July 1' 'between June 18 and July 1', "
             "'black Tuesday' 'the « black Tuesday »'), its absolute value. Weeks run Monday to Sunday. Dates are "
             "Nairobi local dates (UTC+3). The date line 'JULY 2, 2024 | 06:00 AM' (03), the dateline of 01, captions "
             "(02's 'on Thursday', 04's 'Thursday'), headlines, standfirsts, related links and 03's duplicated lead are "
             "not keyed. 'Finance Bill 2024' / 'the finance law 2024' / 'Mswada wa Fedha) 2024' name the bill and are "
             "not dates. Clock times and vague spans ('within minutes', 'a few minutes after the vote', 'the coming "
             "weeks', 'the year that starts on July 1' is keyed only as 'July 1', 'in stages', 'before') are not keyed; "
             "'that night' (01), 'The same evening' (04) and 'that evening' (05) are keyed as the day (25 June, the "
             "evening of the storming, when Ruto called it treason); 04's anaphoric 'during that day and the following "
             "night' is not keyed. Not keyed either: ages ('Ruto, 57', 'the 57-year-old', '57 years', '79 years', 'the "
             "79-year-old'), counts, votes and money ('195 votes to 106', '204 votes to 115', '204 votes to 106', '195 "
             "voices against 106', 'At least 22', 'at least 24', '39', '19', '361', '32', '627', 'more than 50', '47 "
             "state corporations', '346 billion shillings', '$2.7 billion', '2,7 milliards', '200 billion', '177 "
             "billion', '80 billions', '129 to the dollar', '16%', '2.5%', 'from 15% to 20%', 'twenty new faces'). "
             "Relative dates: 01 (written Wednesday 26 June, evening in Nairobi) 'on Wednesday' 26 June, 'a day after' a "
             "span, 'Tuesday's unrest', 'on Tuesday' (the vote), 'Tuesday's vote' and 'on Tuesday' (the army's "
             "deployment) 25 June, 'Thursday, June 20' (yearless), '14 days' a span, 'June 18' and 'the same day' 18 "
             "June, 'that night' 25 June, 'July 1' (the fiscal year), 'on Thursday' 27 June (the coming marches), "
             "'September 2022'. 02 (Friday 12 July): 'on Thursday' four times 11 July (the dismissal, 'Thursday's "
             "decision', the shilling 'on Thursday evening', Odinga 'on Thursday evening'), 'September 2022', 'just "
             "over two weeks' a span, 'On June 26' (yearless), 'a day after' a span, 'in May' May 2024, 'on July 5', "
             "'by July 1', 'On Sunday, June 30', 'next week' 15-21 July. 03 (Tuesday 2 July): 'on Tuesday of June 18' "
             "(a calque, yearless), 'yesterday' 1 July (the KNCHR report), 'between June 18 and July 1' a range, 'on "
             "Sunday' 30 June (Ruto's meeting with editors), 'on Wednesday of last week' 26 June, 'one day after' a "
             "span, 'on Juni 25' (the Swahili month name left untranslated, yearless) 25 June, 'today' 2 July (the "
             "announced marches), 'On Thursday of last week' 27 June. 04 (Saturday 29 June, no date line): 'during ten "
             "days' a span, 'Wednesday 26 June', 'the day before' 25 June, 'the « black Tuesday »' 25 June (the "
             "nickname of the day), 'The 25 June', 'The same evening' 25 June, 'the 18 June', 'Thursday' 27 June (new "
             "marches), 'next Tuesday' 2 July. 05 (Saturday 13 July, no date line): 'in 2022', 'Less than two years "
             "later' a span, 'On Thursday' 11 July, 'in a fortnight' a span, 'on June 26th', 'on Tuesday June 18th', "
             "'Two days later' 20 June (the second reading), 'On Tuesday June 25th', 'that evening' 25 June, 'The next "
             "day' 26 June, 'between June 18th and July 1st' a range, 'last month' June 2024 (Ruto's 19 dead), "
             "'Yesterday' 12 July (Koome's resignation), 'earlier this month' July 2024 (Mwangi's arrest), 'the 2022 "
             "election', 'the past fortnight' a span, 'on Thursday' twice 11 July, 'On July 5th', 'next Tuesday' 16 "
             "July (the planned marches). 06 (Monday 8 July, visible date line 'Monday, 8th July 2024', day with an ordinal "
             "suffix): 'this week' 8-14 July, 'on Friday' 5 July (the austerity package), 'yesterday' 7 July (the "
             "church service), 'on June 25', 'on June 26' (yearless), 'on Saturday' 6 July (Mwaura), 'last week' 1-7 "
             "July (the KNCHR's statement), 'within three years' a span, 'next Sunday' 14 July (the prayers); 'the "
             "coming weeks' and 'in a generation' are not keyed; the caption's 'on Friday' and the title's 'Sh177 "
             "billion' are boilerplate. Publication dates used: 01 2024-06-26, 02 2024-07-12, 03 2024-07-02, 04 "
             "2024-06-29, 05 2024-07-13, 06 2024-07-08 (see publication.json).",
    "dates": dates,
})

# ---------------------------------------------------------------------------------------------- publication
dump('publication.json', {
    "about": "True publication date of each document (the one the author had in mind) and whether the input states it "
             "(metadata, JSON field or a visible date line). window: the span a careful reader can prove from the text "
             "alone (plus event dates the other articles give); the engine's published.earliest..latest should contain "
             "'date'.",
    "published": [
        {"doc": "01", "date": "2024-06-26", "stated": True,
         "how": "JSONL published field 2024-06-26T16:30:00Z (19:30 in Nairobi the same day); the withdrawal 'on "
                "Wednesday' is past and the marches 'on Thursday' are to come",
         "window": ["2024-06-26", "2024-06-26"]},
        {"doc": "02", "date": "2024-07-12", "stated": True,
         "how": "meta article:published_time and JSON-LD datePublished 2024-07-12T06:30:00+03:00 (no visible date; "
                "the dismissal 'on Thursday' is past and consultations begin 'next week')",
         "window": ["2024-07-12", "2024-07-12"]},
        {"doc": "03", "date": "2024-07-02", "stated": True,
         "how": "visible date line 'JULY 2, 2024 | 06:00 AM' under the byline; the KNCHR report of 1 July was released "
                "'yesterday' and the withdrawal was 'on Wednesday of last week' (26 June)",
         "window": ["2024-07-02", "2024-07-02"]},
        {"doc": "04", "date": "2024-06-29", "stated": False,
         "how": "none: the withdrawal of 'Wednesday 26 June' and the new marches of 'Thursday' (27 June) are past, "
                "within the same week, and a new day of protest is called for 'next Tuesday' (2 July): written "
                "between Friday 28 and Sunday 30 June",
         "window": ["2024-06-28", "2024-06-30"]},
        {"doc": "05", "date": "2024-07-13", "stated": False,
         "how": "none: the cabinet was dismissed 'On Thursday' (11 July per 02), the KNCHR counted its dead 'between "
                "June 18th and July 1st', Ruto's claim of 19 dead was 'last month' (30 June per 02/03), 'Yesterday' the "
                "police chief resigned and marches are planned for 'next Tuesday': written between Friday 12 and "
                "Sunday 14 July",
         "window": ["2024-07-12", "2024-07-14"]},
        {"doc": "06", "date": "2024-07-08", "stated": True,
         "how": "visible date line 'Monday, 8th July 2024' under the masthead; the package unveiled 'on Friday' (5 "
                "July per 02/05) and the church service 'yesterday' are past, the prayers 'next Sunday' to come",
         "window": ["2024-07-08", "2024-07-08"]},
    ],
})

# ---------------------------------------------------------------------------------------------- timeline
ev = []
event = recorder(ev)

event("The first youth-led ('Gen Z') protests against the Finance Bill break out in Nairobi", "2024-06-18",
      ["01", "03", "04", "05"],
      ["protest", "march", "demonstration", "broke out", "started", "gen z"],
      note="01 'June 18, the same day the first protests broke out'; 03 'which started in Nairobi on Tuesday of June "
           "18'; 04 'the 18 June, the day of the first march'; 05 'on Tuesday June 18th they marched in Nairobi'. The "
           "first of the two Tuesdays: must stay apart from the storming of Parliament on Tuesday 25 June")
event("Lawmakers drop the bread VAT and the motor vehicle tax from the bill", "2024-06-18", ["01", "04"],
      ["dropped", "withdrawn", "bread", "vehicle", "concession"],
      note="the same day as the first protests, a separate event")
event("The National Assembly approves the bill at its second reading (204 votes to 115)", "2024-06-20",
      ["01", "05"],
      ["second reading", "204", "approved"],
      note="the first of the two votes; 05 'Two days later MPs approved the bill at its second reading'")
event("The National Assembly passes the Finance Bill at its third reading (195 votes to 106)", "2024-06-25",
      ["01", "04", "05", "06"],
      ["third reading", "195", "passed", "adopted", "204 votes to 106", "vote"],
      note="the second of the two votes (05 gives 204 to 106, the intended contradiction); 04 'adopted the day "
           "before' (25 June); 06 'which the National Assembly passed on June 25'")
event("Protesters storm Parliament and set part of it on fire; police open fire on the crowds", "2024-06-25",
      ["01", "02", "03", "04", "05", "06"],
      ["storm", "breach", "entered", "parliament", "fire", "bunge", "set alight", "shot"],
      note="01 'a day after protesters forced their way into Parliament' / 'Shortly after Tuesday's vote'; 02 'On "
           "June 26, a day after protesters stormed Parliament'; 03 'entered the Bunge on Juni 25'; 04 'The 25 June'; "
           "05 'On Tuesday June 25th'. Ruto's televised statement calling it treason that evening is a statement "
           "folded in here")
event("The government deploys the army; the LSK challenges the deployment in court", "2024-06-25", ["01", "04"],
      ["army", "deploy", "soldiers", "military"],
      note="01 'the deployment of the army, which the government announced on Tuesday'; 04 'The army had been "
           "deployed' in the paragraph of 'The same evening'")
event("Ruto declines to sign the Finance Bill 2024 and withdraws it in an address to the nation", "2024-06-26",
      ["01", "02", "03", "04", "05", "06"],
      ["withdraw", "not sign", "refused", "renounce", "declined", "concede", "address"],
      note="the first of the two addresses to the nation (the dismissal of the cabinet on 11 July is the second): "
           "must stay apart")
event("New marches in Nairobi, Mombasa and Kisumu despite the withdrawal", "2024-06-27", ["03", "04"],
      ["marches", "demonstrations", "continued", "teargas", "ruto must go"],
      note="01 announces them as coming ('on Thursday') and is not listed")
event("Ruto announces an austerity package: spending cuts of 177 billion shillings and the dissolution of 47 state "
      "corporations", "2024-07-05", ["02", "05", "06"],
      ["177", "cuts", "austerity", "savings", "parastatal", "state corporations"],
      note="02 'the president announced', 05 'the Treasury announced', 06 'unveiled on Friday' at State House 'in a "
           "statement read to the press rather than an address to the nation': the same announcement, and a third "
           "appearance at State House that must not merge with the two addresses to the nation (26 June, 11 July)")
event("Ruto dismisses his whole cabinet except Gachagua and Mudavadi, and the Attorney General", "2024-07-11",
      ["02", "05"],
      ["dismiss", "sack", "cabinet", "sent home", "muturi"],
      note="the second address to the nation; must not merge with the withdrawal of 26 June")
event("Inspector-General of Police Japhet Koome resigns", "2024-07-12", ["05"],
      ["koome", "resign", "police chief"])
dump('timeline.json', {
    "about": "Real-world events the articles report, with date (day), until for multi-day events, the documents that "
             "report each (with a date the reader can resolve), and words by which a system event is recognised "
             "(title, trigger or participant entity ids). Dates are Nairobi local dates. Occurrences of similar events "
             "must stay apart: the two Tuesdays (the first protests of 18 June; the third reading and the storming of "
             "25 June), the two votes of the National Assembly (the second reading of 20 June, 204 to 115; the third "
             "reading of 25 June, 195 to 106), the two addresses to the nation from State House (the withdrawal of 26 "
             "June; the dismissal of the cabinet of 11 July) and the austerity statement at State House of Friday 5 July "
             "between them; the vote, the storming and the army's deployment of 25 "
             "June are three events, the first protests and the tax concessions of 18 June two. Not keyed: future, "
             "planned or announced events (01's marches 'on Thursday' (keyed from 03/04), 03's marches 'today', 04's "
             "and 05's 'next Tuesday', 02's consultations 'next week', 01's meeting with the IMF, the election of "
             "2027), 06's dissolutions 'this week', the supplementary budget and the prayers 'next Sunday'), events dated only by month, year or span (Ruto's election in 2022 and taking office in September "
             "2022, Ndung'u's interview 'in May', Boniface Mwangi's arrest 'earlier this month'), statements and "
             "counts (Ruto's statement of 25 June calling the storming treason, Gachagua's blame of the intelligence "
             "service, Odinga's calls for dialogue, the KNCHR's count of 22 (01) and its report of 1 July (39 dead), "
             "Amnesty's count of 24 (04), Ruto's meeting with editors on Sunday 30 June (19 dead), "
             "Ruto's words at a church service on Sunday 7 July, Mwaura's of Saturday 6 July), states (the "
             "abductions, the IMF programme), and same-day side events folded into a keyed one (see notes).",
    "events": ev,
})

# ---------------------------------------------------------------------------------------------- quotes
quotes = [
    ["01", "he would not sign the Finance Bill 2024", "indirect", RUTO],
    ["01", "most of them had been shot by police", "indirect", KNCHR],
    ["01", "I have heard the people of Kenya", "direct", RUTO],
    ["01", "I will not sign it", "direct", RUTO],
    ["01", "he would open talks with young people", "indirect", RUTO],
    ["01", "the full force", "partial", RUTO],
    ["01", "officers had fired live ammunition", "indirect", AMN],
    ["01", "No Kenyan should die for asking to be heard", "direct", HOU],
    ["01", "We want every shooting investigated", "direct", HOU],
    ["01", "it had gone to court to challenge", "indirect", LSK],
    ["01", "dropping the bill would leave a gap", "indirect", NDU],
    ["01", "the government would have to borrow more", "indirect", NDU],
    ["01", "the killings had to stop", "indirect", RAILA],
    ["01", "marches would go ahead on Thursday", "indirect", [None]],

    ["02", "After listening carefully to what Kenyans have told me", "direct", RUTO],
    ["02", "I will form a broad-based government", "direct", RUTO],
    ["02", "the only credible path", "partial", NDU],
    ["02", "The market had priced this in", "direct", KAR],
    ["02", "What investors want to know", "direct", KAR],
    ["02", "Most of the dead were shot by police", "indirect", KNCHR],
    ["02", "19 people had died", "indirect", RUTO],
    ["02", "not enough", "partial", LSK],
    ["02", "no officer had yet been charged", "indirect", ODH],
    ["02", "study the announcement", "partial", RAILA],
    ["02", "he would begin consultations next week", "indirect", RUTO],

    ["03", "39 persons have lost their lives", "indirect", KNCHR],
    ["03", "361 persons have been injured", "indirect", KNCHR],
    ["03", "the police have used force which is excessive", "indirect", ODE],
    ["03", "We have recorded deaths in Nairobi", "direct", ODE],
    ["03", "These are children of this country", "direct", ODE],
    ["03", "19 persons have died", "indirect", RUTO],
    ["03", "the police have killed the youths deliberately", "indirect", RUTO],
    ["03", "My hands are clean, there is no blood on them", "direct", RUTO],
    ["03", "every death will be investigated", "indirect", RUTO],
    ["03", "the service has failed to inform the President", "indirect", GACH],
    ["03", "If he had been told the truth", "direct", GACH],
    ["03", "they have no leaders", "indirect", [None]],
    ["03", "Baba has eaten with them before", "direct", [None]],
    ["03", "This time we speak for ourselves", "direct", [None]],
    ["03", "the government must listen to the youths", "indirect", OBURU],
    ["03", "will be a meeting of old men", "partial", OBURU],
    ["03", "it has received the reports of more than 50 youths", "indirect", LSK],

    ["04", "he renounced to promulgate the finance law 2024", "indirect", RUTO],
    ["04", "I have listened to the people", "direct", RUTO],
    ["04", "at least 24 persons have been killed", "indirect", AMN],
    ["04", "One does not send soldiers against children", "direct", ODH],
    ["04", "digs a hole", "partial", NDU],
    ["04", "The FMI has not written this law", "direct", DIA],
    ["04", "The Kenyan youth has understood", "direct", DIA],
    ["04", "national conversation", "partial", RAILA],
    ["04", "nothing to negotiate", "partial", OBURU],
    ["04", "the dialogue remains open", "indirect", ["Kenya", "Nairobi"]],

    ["05", "dozens of young people were abducted", "indirect", KNCHR],
    ["05", "only 19 had died", "indirect", RUTO],
    ["05", "This is not a movement you can buy", "direct", BON],
    ["05", "They have no party, no office, no leader", "direct", BON],
    ["05", "The absence of leaders", "direct", GRA],
    ["05", "is also why the president can choose", "direct", GRA],
    ["05", "he is being set up as the scapegoat", "indirect", [None]],
    ["05", "it will find the money elsewhere", "indirect", ["Kenya", "Nairobi"]],
    ["05", "I will appoint a team that reflects the country", "direct", RUTO],

    ["06", "We must live within our means", "direct", RUTO],
    ["06", "he bore no ill will towards the young people", "indirect", RUTO],
    ["06", "I was elected by these young people too", "direct", RUTO],
    ["06", "I will not fight them", "direct", RUTO],
    ["06", "the cuts would protect ordinary Kenyans", "indirect", "Isaac Mwaura"],
    ["06", "Nobody is being asked to pay more", "direct", "Isaac Mwaura"],
    ["06", "The Government is paying first", "direct", "Isaac Mwaura"],
    ["06", "cuts to spending did not answer the demand", "indirect", KNCHR],
    ["06", "dealt with individually", "partial", "Kithure Kindiki"],
    ["06", "the Independent Policing Oversight Authority (IPOA) was", "indirect", "Kithure Kindiki"],
    ["06", "the President should go further", "indirect", [None, "Orange Democratic Movement"]],
    ["06", "the gap left by the bill would still have to be closed", "indirect", [None]],
    ["06", "This is the deepest cut to the size of government", "direct", "Lydia Chebet"],
    ["06", "Whether it lasts depends on Parliament", "direct", "Lydia Chebet"],
]
dump('quotes.json', {
    "about": "Answer key for quotations on corpus-y/articles, same conventions as corpus-c..q: document id prefix, the "
             "first words of the quoted or reported content, kind, and the speaker's canonical name (null: the text "
             "does not name one; a list: any of these is right, and a list containing null also accepts no speaker). A "
             "quote interrupted by its attribution (05 Grace Mwangi's '\"The absence of leaders,\" she told The "
             "Meridian, \"is also why the president can choose ...\"') or continued without one (01 Ruto's 'I will not "
             "sign it', 01 Houghton's second sentence, 02 Kariuki's second quotation, 03 Odede's 'These are children of "
             "this country', 03 the Kibera youth's 'This time we speak for ourselves', 04 Diallo's second « », 05 "
             "Boniface Mwangi's second quotation, 06 Ruto's 'I will not fight them', 06 Mwaura's and Chebet's second quotations) is keyed once per piece (a piece running over several sentences "
             "inside one pair of quotation marks is one piece). A reported clause with quoted words in it (01 'said the "
             "government would respond with \"the full force\" of the state', 02 'told the Ledger in May that the new "
             "taxes were \"the only credible path\"', 02 'said the dismissals were \"not enough\"', 02 Odinga 'said ... "
             "that he would \"study the announcement\"', 03 'According to the senator, the dialogue without the youths "
             "\"will be a meeting of old men\"', 04 'has called to a « national conversation »', 04 'has judged ... that "
             "the youth had « nothing to negotiate »') is keyed as the partial quote; 04's 'For the minister of the "
             "Finances, Njuguna Ndungu, the abandonment of the text « digs a hole » in the budget' (no verb of "
             "speech) is keyed partial. Forms: 'said X' inverted (01 'said Irungu Houghton', 02 'said Wambui "
             "Kariuki', 05 'said Boniface Mwangi'), machine-translated '», has declared the chief of the State' (04, "
             "the speaker given only by a description), '», has estimated its president, Faith Odhiambo' (04), '», "
             "recalls Amina Diallo' (04, present tense), '\"...,\" Odede has said', '\"...,\" the President has said' "
             "(03, the speaker by role), '\"...,\" Gachagua has told journalists' (03); 'He said:' before the quotation "
             "(05 Ruto); 06's 'the President said at State House' after the quotation, 'he said' (Ruto, Mwaura) and "
             "'said Dr Lydia Chebet' (inverted, with a continuation), 06 Kindiki 'told the Tribune that officers ... "
             "would be \"dealt with individually\"' (partial) 'and that the Independent Policing Oversight Authority "
             "(IPOA) was investigating every death' (a second reported clause, keyed), 06 'his party's youth wing "
             "said' (null or the ODM), 06 'Economists said' (null), 06 the KNCHR 'said last week that'; 'X told "
             "<outlet>' (02 Ndung'u 'told the Ledger', 03 'one youth of Kibera has told Mwangaza "
             "Leo' (unnamed), 05 'she told The Meridian'); 'X said in an address' (01, 02 Ruto); sentence-final 'the "
             "commission said' after reported speech (02); 'according to' (04 'According to Amnesty International "
             "Kenya', 05 'according to the commission', 03 'According to the senator'); speakers given only by a role, "
             "description or pronoun: 03 'The Head of State has said that' and 'the President has said' (Ruto), 01 'He "
             "said he would open talks' and 'He told reporters' (Ruto, Ndung'u), 01 'which said most of them' (the "
             "KNCHR), 02 'the president had told editors' (Ruto), 05 'Dr Ruto insisted last month that'; 03's 'has "
             "denied that the police have killed the youths deliberately' is keyed as reported speech (a denial); "
             "capitals and organisations as speakers: 04 'Nairobi, for its part, assures that' and 05 'Nairobi has "
             "promised the IMF that' (Kenya's government: Kenya or Nairobi), the KNCHR (01, 02, 03, 05), the LSK (01, "
             "02, 03), Amnesty International Kenya (01, 04). Unnamed speakers (null): 01 'Organisers said on social "
             "media that', 03 'the youths have rejected the invitation, saying that', 03 the youth of Kibera, 05 'Mr "
             "Gachangua's allies say he is being set up'. Guillemets (04), curly quotes (02), straight quotes (01, 03, "
             "05). Not keyed: characterisations without a verb of speech ('called the events \"treasonous\"' in 01, "
             "'had qualified the events of « treason » and promised a response « to all the levels »' in 04, 'The "
             "president called the storming \"treasonous\"' in 05), blame and accusations (01 and 03 Gachagua 'blamed' "
             "/ 'has thrown the blame' — 03's 'saying that the service has failed' is keyed —, 04 'has attributed the "
             "responsibility', 05 'blaming the intelligence service'), calls and promises of acts (03 Raila 'has called "
             "for a national dialogue', 03 the LSK 'has asked the courts', 04 'has promised a dialogue', 05 'Mr Ruto "
             "has promised a leaner government', 02 'Amnesty International Kenya made the same demand'), 01 'Opposition "
             "leader Raila Odinga said ... and that the country could not afford' (the second clause of the keyed "
             "reported speech), 02 'conceding that young Kenyans had rejected it', 03 'The Shirika la Amnesty "
             "International Kenya has also condemned the abductions', slogans ('Ruto Must Go', « Ruto must go »), "
             "06 'Raila Odinga welcomed the cuts as \"a start\"' (a characterisation without a verb of speech), 'hustlers', "
             "'Gen Z' and 'broad-based' in quotation marks, headlines, captions, standfirsts and 03's "
             "duplicated lead.",
    "quotes": quotes,
})

# ---------------------------------------------------------------------------------------------- claims
claims = [
    {"id": "third-reading-vote",
     "text": "On Tuesday 25 June the National Assembly passed the Finance Bill at its third reading by 195 votes to 106",
     "docs": ["01", "04"],
     "anchors": {
         "01": "The National Assembly had passed the bill on Tuesday by 195 votes to 106",
         "04": "adopted the day before by the National Assembly by 195 voices against 106"},
     "contradiction": {
         "docs": ["05"],
         "anchors": {"05": "sailed through its third reading by 204 votes to 106"},
         "aspect": "number",
         "detail": "05 puts the votes for the bill at its third reading at 204 against 195 in 01/04 (204 was the "
                   "second reading's figure, 204 to 115 on 20 June, per 01)"},
     "note": "01's second reading of 20 June, 204 to 115, is another vote and not a contradiction"},
    {"id": "withdrawal",
     "text": "On Wednesday 26 June Ruto said he would not sign the Finance Bill 2024 and withdrew it",
     "docs": ["01", "02", "04", "05", "06"],
     "anchors": {
         "01": "said on Wednesday that he would not sign the Finance Bill 2024",
         "02": "the president declined to sign the Finance Bill 2024 and withdrew it",
         "04": "he renounced to promulgate the finance law 2024",
         "05": "Mr Ruto said he would not sign the Finance Bill 2024",
         "06": "The President declined to sign it on June 26"},
     "contradiction": None,
     "note": "03 states it inside the sentence anchored for the storming ('has refused to sign the Mswada wa Fedha on "
             "Wednesday of last week, one day after ...')"},
    {"id": "storming",
     "text": "On 25 June protesters broke into Parliament and set part of the building on fire",
     "docs": ["01", "03", "04"],
     "anchors": {
         "01": "protesters overran police lines and entered the parliament compound",
         "03": "one day after the youths have entered the Bunge",
         "04": "entered in the enclosure of the Parliament"},
     "contradiction": None,
     "note": "02 ('a day after protesters stormed Parliament') says it inside the sentence anchored for the withdrawal; "
             "05's 'Parliament was partly set alight; the police fired into the crowd' is anchored for the police fire"},
    {"id": "police-fire",
     "text": "Police opened fire / fired live ammunition on the protesters",
     "docs": ["01", "04", "05"],
     "anchors": {
         "01": "officers had fired live ammunition at unarmed protesters",
         "04": "The forces of order have opened fire",
         "05": "the police fired into the crowd"},
     "contradiction": None},
    {"id": "treason",
     "text": "On the evening of 25 June Ruto called the storming treasonous",
     "docs": ["01", "04", "05"],
     "anchors": {
         "01": "called the events \"treasonous\"",
         "04": "the president had qualified the events of « treason »",
         "05": "The president called the storming \"treasonous\" that evening"},
     "contradiction": None},
    {"id": "army-lsk",
     "text": "The army was deployed and the Law Society of Kenya challenged the deployment in court",
     "docs": ["01", "04"],
     "anchors": {
         "01": "said it had gone to court to challenge the deployment of the army",
         "04": "The army had been deployed in the streets"},
     "contradiction": None},
    {"id": "knchr-39",
     "text": "The KNCHR counted 39 dead in the protests between 18 June and 1 July",
     "docs": ["02", "03", "05", "06"],
     "anchors": {
         "02": "has counted 39 deaths linked to the demonstrations by July 1",
         "03": "has declared that 39 persons have lost their lives",
         "05": "counted 39 dead between June 18th and July 1st",
         "06": "which has counted 39 deaths since the protests began"},
     "contradiction": None,
     "note": "01's 'At least 22' (the KNCHR on 26 June, for Tuesday's unrest) and 04's 'at least 24' (Amnesty, for 25 "
             "June) are earlier counts of one day, not contradictions"},
    {"id": "ruto-19",
     "text": "Ruto said (on Sunday 30 June, meeting editors) that 19 people had died",
     "docs": ["02", "03", "05"],
     "anchors": {
         "02": "the president had told editors that 19 people had died",
         "03": "has said that 19 persons have died",
         "05": "insisted last month that only 19 had died"},
     "contradiction": None,
     "note": "a different source from the KNCHR's 39: both are reported as such, no contradiction"},
    {"id": "taxes",
     "text": "The bill proposed a 16% VAT on bread, a tax on motor vehicles and higher charges on mobile money transfers",
     "docs": ["01", "03", "04", "05"],
     "anchors": {
         "01": "it proposed a 16% value added tax on bread",
         "03": "The Mswada had proposed the tax of VAT of 16 percent on bread",
         "04": "provided notably a VAT of 16 % on the bread",
         "05": "It proposed a tax on bread, a levy on cars"},
     "contradiction": None,
     "note": "16% (the VAT) against 2.5% (the vehicle tax, 01 and 04) and 15% to 20% (the excise duty, 01)"},
    {"id": "revenue-346",
     "text": "The bill was meant to raise about 346 billion shillings (about 2.7 billion dollars)",
     "docs": ["01", "05", "06"],
     "anchors": {
         "01": "The bill was meant to raise about 346 billion shillings",
         "05": "The bill was supposed to raise some 346 billion shillings",
         "06": "would have raised 346 billion shillings through new taxes"},
     "contradiction": None,
     "note": "04 gives the same figure ('346 milliards of shillings (about 2,7 milliards of dollars)') inside the "
             "sentence anchored for the taxes"},
    {"id": "dropped-june-18",
     "text": "On 18 June, the day of the first protests, lawmakers dropped some of the taxes, which did not calm the anger",
     "docs": ["01", "04"],
     "anchors": {
         "01": "Lawmakers dropped the bread and vehicle taxes on June 18",
         "04": "Several of these measures had been withdrawn by the deputies the 18 June"},
     "contradiction": None},
    {"id": "intelligence-blame",
     "text": "Deputy President Gachagua blamed the intelligence service for failing to warn the president",
     "docs": ["01", "03", "04", "05"],
     "anchors": {
         "01": "blamed the National Intelligence Service",
         "03": "has thrown the blame to the director of the intelligence",
         "04": "has attributed the responsibility of the drama to the services of intelligence",
         "05": "has spent the crisis blaming the intelligence service"},
     "contradiction": None},
    {"id": "raila-dialogue",
     "text": "Raila Odinga called for a national dialogue",
     "docs": ["03", "04", "05"],
     "anchors": {
         "03": "has called for a national dialogue",
         "04": "has called to a « national conversation »",
         "05": "has spent the past fortnight calling for dialogue"},
     "contradiction": None},
    {"id": "no-leaders",
     "text": "The protest movement has no leaders",
     "docs": ["01", "03", "05"],
     "anchors": {
         "01": "The movement has no formal leaders",
         "03": "they have no leaders and that they do not want",
         "05": "They have no party, no office, no leader"},
     "contradiction": None},
    {"id": "tiktok",
     "text": "The movement grew on TikTok, where young people read the bill",
     "docs": ["01", "05"],
     "anchors": {
         "01": "It grew on TikTok and X",
         "05": "Young people read it line by line on TikTok"},
     "contradiction": None},
    {"id": "address-state-house",
     "text": "Ruto announced the withdrawal in an address to the nation from State House",
     "docs": ["01", "04"],
     "anchors": {
         "01": "Ruto said in an address to the nation from State House",
         "04": "in a speech to the nation pronounced from State House"},
     "contradiction": None},
    {"id": "marches-june-27",
     "text": "On Thursday 27 June the marches continued despite the withdrawal",
     "docs": ["03", "04"],
     "anchors": {
         "03": "On Thursday of last week the demonstrations have continued",
         "04": "Thursday, new marches have taken place at Nairobi"},
     "contradiction": None},
    {"id": "cuts-177",
     "text": "On 5 July the government announced spending cuts of 177 billion shillings",
     "docs": ["02", "05", "06"],
     "anchors": {
         "02": "the president announced spending cuts of 177 billion shillings",
         "05": "the Treasury announced 177 billion shillings of cuts",
         "06": "cutting 177 billion shillings from spending"},
     "contradiction": None,
     "note": "'the president' (02), 'the Treasury' (05) and 'the austerity package that President William Ruto "
             "unveiled on Friday' (06) announcing: the same announcement; the 47 state corporations (02, 06) are said "
             "inside the anchored sentences"},
    {"id": "cabinet-dismissed",
     "text": "On Thursday 11 July Ruto dismissed (almost) his entire cabinet",
     "docs": ["02", "05"],
     "anchors": {
         "02": "dismissed all but one of his Cabinet Secretaries",
         "05": "dismissed almost his entire cabinet in a televised address"},
     "contradiction": None,
     "note": "'all but one of his Cabinet Secretaries' (02: Mudavadi stayed) against 'almost his entire cabinet' "
             "(05): the same fact, exact and approximate"},
    {"id": "ndungu-sacked",
     "text": "Treasury secretary Njuguna Ndung'u, who drafted the bill, was among those dismissed",
     "docs": ["02", "05"],
     "anchors": {
         "02": "Among those sent home is Treasury Cabinet Secretary",
         "05": "was among those sacked on Thursday"},
     "contradiction": None},
    {"id": "imf-commitments",
     "text": "Kenya has a programme / commitments with the IMF",
     "docs": ["04", "06"],
     "anchors": {
         "04": "is engaged in a programme with the International Monetary Fund (FMI)",
         "06": "keeping the country's commitments to the IMF"},
     "contradiction": None,
     "note": "02 (inside Kariuki's quotation) and 05 (inside the revenue sentence and 'Nairobi has promised the IMF') "
             "say it too"},
    {"id": "ruto-took-office-2022",
     "text": "Ruto came to power in 2022 (took office in September 2022), campaigning as the champion of the 'hustlers'",
     "docs": ["01", "05"],
     "anchors": {
         "01": "who took office in September 2022",
         "05": "William Ruto won the presidency in 2022"},
     "contradiction": None,
     "note": "02 says it inside the sentence anchored for the dismissal"},
]
dump('claims.json', {
    "about": "Checkable claims made by two or more sources on corpus-y/articles: short text, the documents asserting it "
             "(with an anchor: words of the asserting sentence in each document's cleaned text), and any contradiction "
             "(documents that disagree, aspect, detail). Only one contradiction is intended (the third-reading vote of "
             "25 June: 'sailed through its third reading by 204 votes to 106' in 05 against '195 votes to 106' in 01 "
             "and '195 voices against 106' in 04); every other contradiction is a false alarm, in particular: the "
             "second reading of 20 June (204 to 115, 01) against the third reading of 25 June (195 to 106): two votes; "
             "the death tolls, attributed to different sources at different dates: 'At least 22' (the KNCHR for "
             "Tuesday's unrest, 01, 26 June), 'at least 24' (Amnesty International Kenya for 25 June and the night, "
             "04), 39 (the KNCHR between 18 June and 1 July, 02, 03, 05) and Ruto's 19 (30 June, 02, 03, 05); 03's 'The "
             "figure is twice that which Rais Ruto has given' (approximate: 39 against 19); 361 injured, 32 enforced "
             "disappearances and 627 arrests (03, the KNCHR) against the LSK's 'more than 50 youths' abducted (03) and "
             "05's 'dozens of young people were abducted' (different sources and definitions, approximate); the money: "
             "346 billion shillings = $2.7 billion (01) = '2,7 milliards of dollars' (04, French decimal comma and "
             "milliards), 'some 346 billion' (05) approximate; Ndung'u's gap of 'some 200 billion shillings' (01) "
             "against the 346 billion the bill was to raise and the 177 billion of cuts (02, 05); Kenya's public debt "
             "of 'more than 80 billions of dollars' (04); the rates 16% (bread VAT), 2.5% (vehicle tax) and 15% to 20% "
             "(excise duty); the president's 14 days to sign (01); 04's 'during ten days' of protests; 02's 'just over "
             "two weeks' and 05's 'a fortnight' between the two addresses; 'all but one of his Cabinet Secretaries' "
             "(02) against 'almost his entire cabinet' (05); 06's 'Every previous austerity drive has been reversed within "
             "three years' and 'halved the number of advisers'; 06's 'which has counted 39 deaths since the protests "
             "began' (the same KNCHR figure a week later); 47 state corporations, 'twenty new faces' (inside "
             "Kariuki's quotation), 129 shillings to the dollar, 'more than half of tax revenue' (05); ages 57 (Ruto: "
             "01, 04, 05) and 79 (Odinga: 04, 05); the spending cuts announced by 'the president' (02) or 'the "
             "Treasury' (05); the two addresses to the nation (the withdrawal, 26 June; the dismissal, 11 July) and "
             "Ruto's televised statement of 25 June; the two Tuesdays (18 June, the first protests; 25 June, the vote "
             "and the storming); 01's marches announced 'on Thursday' (a plan) against 03/04's marches of 27 June; the "
             "two Odingas (Raila calls for dialogue; Oburu, 'Oburu Odinga' in 04, says the youth has nothing to "
             "negotiate and that a dialogue without them 'will be a meeting of old men': two people, two views) and "
             "the two Mwangis (Boniface: the movement cannot be bought; Grace: its lack of leaders lets the president "
             "choose whom to talk to: two people). Framing differs on purpose (01 neutral wire; 02 Nairobi "
             "business-leaning site, markets and the Treasury, 'The market had priced this in'; 03 Swahili daily, "
             "machine-translated, close to the young protesters and the victims, 'These are children of this "
             "country'; 04 French daily, machine-translated, the IMF angle, 'the Kenyan youth has understood that the "
             "bill was paying the creditors'; 05 British weekly analysis, 'Kenya's accidental revolution'; 06 Nairobi daily "
             "close to the government, 'Nobody is being asked to pay more') without contradicting. One sentence "
             "anchors one claim: facts that several sources state only inside a sentence "
             "anchored for another claim are not keyed as claims (the first protests of 18 June in Nairobi, 01/03/04/"
             "05; the 361 injured, 02/03; Gachagua and Mudavadi keeping their posts, 02/05; the 47 state corporations, 02/06; "
             "04's revenue figure), and a sentence joining several keyed facts (03's 'has refused to sign ..., one day "
             "after the youths have entered the Bunge', 02's 'On June 26, a day after protesters stormed Parliament, "
             "the president declined to sign', 05's 'Parliament was partly set alight; the police fired into the "
             "crowd') is anchored for one of them only. single_source lists claims only one document makes, for "
             "reference.",
    "claims": claims,
    "single_source": [
        {"doc": "01", "text": "The KNCHR said at least 22 people were killed in Tuesday's unrest, most shot by police"},
        {"doc": "01", "text": "The second reading on 20 June was carried by 204 votes to 115"},
        {"doc": "01", "text": "The president had 14 days to sign the bill or send it back"},
        {"doc": "01", "text": "The bill raised the excise duty on mobile money transfer fees from 15% to 20% and taxed vehicles at 2.5% a year"},
        {"doc": "01", "text": "Ndung'u said the withdrawal leaves a gap of some 200 billion shillings"},
        {"doc": "01", "text": "Lawmakers left Parliament through an underground tunnel"},
        {"doc": "02", "text": "Ruto kept only Deputy President Gachagua and Prime Cabinet Secretary Mudavadi and dismissed Attorney General Justin Muturi"},
        {"doc": "02", "text": "The July 5 cuts included scrapping 47 state corporations"},
        {"doc": "02", "text": "The shilling was steady at about 129 to the dollar"},
        {"doc": "02", "text": "The LSK said the dismissals were not enough; no officer had been charged over the killings"},
        {"doc": "03", "text": "The KNCHR counted 361 injured, 32 enforced disappearances and 627 arrests between 18 June and 1 July"},
        {"doc": "03", "text": "The LSK received reports of more than 50 youths abducted"},
        {"doc": "03", "text": "Gachagua blamed the intelligence director Noordin Haji"},
        {"doc": "03", "text": "The youths announced new demonstrations for 2 July"},
        {"doc": "04", "text": "Amnesty International Kenya counted at least 24 killed on 25 June and the following night"},
        {"doc": "04", "text": "Kenya's public debt exceeds 80 billion dollars"},
        {"doc": "04", "text": "The IMF had encouraged the government to raise tax revenue"},
        {"doc": "05", "text": "Police chief Japhet Koome resigned on 12 July"},
        {"doc": "05", "text": "Raila Odinga is seeking the chairmanship of the African Union Commission"},
        {"doc": "05", "text": "Boniface Mwangi was arrested in Nairobi earlier in July"},
        {"doc": "05", "text": "Debt service swallows more than half of tax revenue"},
        {"doc": "06", "text": "Ruto abolished the budgets of the offices of the spouses of the president, deputy president and Prime Cabinet Secretary and halved the number of advisers"},
        {"doc": "06", "text": "Kindiki said IPOA was investigating every death and officers who used excessive force would be dealt with individually"},
        {"doc": "06", "text": "Raila Odinga welcomed the cuts as a start"},
        {"doc": "06", "text": "The Catholic bishops asked all parishes to pray for the victims on 14 July"},
    ],
})
print('keys written')
