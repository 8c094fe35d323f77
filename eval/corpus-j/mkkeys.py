"""Writes the answer keys of corpus-j (the coup in Niger, 26 July 2023, and the ECOWAS crisis to late August 2023) into keys/.

Written by hand from reading the articles; run once (python3 mkkeys.py), then python3 check_keys.py.
"""
import os
import sys

K = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'keys')


sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from key_writing import recorder, writer  # noqa: E402

dump = writer(K)


P, O, G, L, M, E_, MD = 'PERSON', 'ORG', 'GPE', 'LOC', 'MISC', 'EVENT', 'MEDIA'
BA, TI, AB, TN = "Mohamed Bazoum", "Abdourahamane Tiani", "Amadou Abdramane", "Bola Tinubu"
EC, CN, MFA = "Economic Community of West African States", "National Council for the Safeguard of the Homeland", \
    "Ministry of Europe and of Foreign Affairs"

# ---------------------------------------------------------------------------------------------- entities
ents = [
    (BA, P, ["Mohamed Bazoum", "Bazoum", "Mr Bazoum", "Mr. Bazoum", "President Bazoum", "Mohammed Bazoum",
             "Mohamed Bazoun", "Bazuom"]),
    ("Hadiza Bazoum", P, ["Hadiza Bazoum"]),
    (TI, P, ["Abdourahamane Tiani", "General Tiani", "Gen. Tiani", "Abdourahmane Tiani", "Abdourahamane Tchiani",
             "Tchiani"]),
    (AB, P, ["Amadou Abdramane"]),
    ("Abdou Sidikou Issa", P, ["Abdou Sidikou Issa"]),
    ("Hassoumi Massoudou", P, ["Hassoumi Massoudou"]),
    (TN, P, ["Bola Tinubu", "Bola Ahmed Tinubu", "Mr Tinubu", "Mr. Tinubu", "President Tinubu"]),
    ("Patrice Talon", P, ["Patrice Talon"]),
    ("Antony Blinken", P, ["Antony Blinken"]),
    ("Helena Varga", P, ["Helena Varga"]),
    ("Omar Alieu Touray", P, ["Omar Alieu Touray"]),
    ("Mahamat Idriss Déby", P, ["Mahamat Idriss Déby", "Déby"]),
    ("Idriss Déby", P, ["Idriss Déby"]),
    ("Chinedu Okafor", P, ["Chinedu Okafor"]),
    ("Abdulsalami Abubakar", P, ["Abdulsalami Abubakar"]),
    ("Hamidou Saley", P, ["Hamidou Saley"]),
    ("Victoria Nuland", P, ["Victoria Nuland", "Ms. Nuland"]),
    ("Moussa Salaou Barmou", P, ["Moussa Salaou Barmou"]),
    ("Ali Mahamane Lamine Zeine", P, ["Ali Mahamane Lamine Zeine"]),
    ("Matthew Miller", P, ["Matthew Miller"]),
    ("Mark Hennessy", P, ["Mark Hennessy"]),
    ("Alassane Ouattara", P, ["Alassane Ouattara"]),
    ("Emmanuel Macron", P, ["Emmanuel Macron", "Macron"]),
    ("Sylvain Itté", P, ["Sylvain Itté", "Mr Itté"]),
    ("Élise Marchand", P, ["Élise Marchand"]),
    ("Abdel-Fatau Musah", P, ["Abdel-Fatau Musah"]),
    ("Efua Ansah", P, ["Efua Ansah"]),

    (EC, O, ["Economic Community of West African States", "ECOWAS", "Ecowas", "CEDEAO",
             "Economic Community of the States of Africa of the West"]),
    (CN, O, ["National Council for the Safeguard of the Homeland", "CNSP",
             "National Council for the Safeguard of the Fatherland"]),
    ("African Union", O, ["African Union"]),
    ("State Department", O, ["State Department"]),
    (MFA, O, ["Ministry of Europe and of Foreign Affairs", "Quai d'Orsay"]),
    ("Senate", O, ["Senate"]),
    ("U.S. Africa Command", O, ["U.S. Africa Command"]),
    ("Lisbon Centre for African Security", O, ["Lisbon Centre for African Security"]),
    ("Abuja Policy Forum", O, ["Abuja Policy Forum"]),
    ("Sahel Debout", O, ["Sahel Debout"]),
    ("Potomac Strategy Institute", O, ["Potomac Strategy Institute"]),
    ("Institute of Sahelian Studies", O, ["Institute of Sahelian Studies", "IES"]),
    ("Accra Institute for Regional Security", O, ["Accra Institute for Regional Security"]),
    ("X", O, ["X"]),

    ("Ledger", MD, ["Ledger"]),
    ("Sahel Souverain", MD, ["Sahel Souverain"]),
    ("Dispatch", MD, ["Dispatch"]),

    ("Niger", G, ["Niger"]),
    ("Niamey", G, ["Niamey"]),
    ("France", G, ["France"]),
    ("Nigeria", G, ["Nigeria"]),
    ("Abuja", G, ["Abuja"]),
    ("United States", G, ["United States", "U.S."]),
    ("Mali", G, ["Mali"]),
    ("Burkina Faso", G, ["Burkina Faso"]),
    ("Benin", G, ["Benin"]),
    ("Chad", G, ["Chad"]),
    ("Guinea", G, ["Guinea"]),
    ("Togo", G, ["Togo"]),
    ("Côte d'Ivoire", G, ["Côte d'Ivoire"]),
    ("Wellington", G, ["Wellington"]),
    ("Cotonou", G, ["Cotonou"]),
    ("Agadez", G, ["Agadez"]),
    ("Abidjan", G, ["Abidjan"]),
    ("Accra", G, ["Accra"]),

    ("Sahel", L, ["Sahel"]),
    ("West Africa", L, ["West Africa"]),
    ("State House", L, ["State House"]),
    ("Élysée Palace", L, ["Élysée Palace"]),
]

descriptions = [
    ("United States", ["Washington"]),
    ("France", ["Paris"]),
    ("Mali", ["Bamako"]),
    ("Burkina Faso", ["Ouagadougou"]),
    (EC, ["the bloc"]),
    (CN, ["the junta"]),
    (BA, ["the 63-year-old", "the detained president", "the president deposed"]),
    (TN, ["the 71-year-old Nigerian leader"]),
    (TI, ["the coup leader"]),
    (AB, ["the spokesman of the CNSP"]),
    ("Victoria Nuland", ["the envoy"]),
    (MFA, ["the ministry"]),
]

roles = [
    (BA, ["President"]),
    (TI, ["president of the CNSP", "head of the junta", "the coup leader"]),
    (AB, ["Colonel-Major", "spokesman of the CNSP", "the junta’s spokesman"]),
    ("Abdou Sidikou Issa", ["chief of staff"]),
    ("Hassoumi Massoudou", ["Foreign Minister"]),
    (TN, ["Nigerian President", "the Nigerian president", "President"]),
    ("Omar Alieu Touray", ["who heads the bloc’s commission"]),
    ("Patrice Talon", ["Benin's President"]),
    ("Mahamat Idriss Déby", ["Chad’s President"]),
    ("Antony Blinken", ["Secretary of State"]),
    ("Victoria Nuland", ["the acting deputy secretary of state"]),
    ("Moussa Salaou Barmou", ["army chief of staff", "Brig. Gen."]),
    ("Ali Mahamane Lamine Zeine", ["prime minister", "a former finance minister"]),
    ("Matthew Miller", ["State Department spokesman"]),
    ("Alassane Ouattara", ["The Ivorian president"]),
    ("Emmanuel Macron", ["President", "The president"]),
    ("Sylvain Itté", ["the ambassador of France"]),
    ("Abdel-Fatau Musah", ["the ECOWAS commissioner for political affairs, peace and security"]),
    ("Chinedu Okafor", ["a senior fellow at the Abuja Policy Forum"]),
    ("Hamidou Saley", ["coordinator of the collective Sahel Debout"]),
    ("Élise Marchand", ["researcher at the Institute of Sahelian Studies"]),
    ("Mark Hennessy", ["Retired Col."]),
]

must_not_merge = [
    [BA, "Hadiza Bazoum"],
    ["Mahamat Idriss Déby", "Idriss Déby"],
    [TI, AB],
]

dump('entities.json', {
    "about": "Answer key for entity resolution on corpus-j/articles (the coup in Niger of 26 July 2023, the ECOWAS summits "
             "of 30 July and 10 August in Abuja, France's ambassador and troops, to late August 2023), written from reading "
             "the articles. Same conventions as corpus-c..g: canonical name (a form that occurs in the texts), type, and "
             "every surface form that names the entity in the cleaned texts (headlines, captions, bylines, datelines such as "
             "'NIAMEY, Niger (Meridian Wire) -', related links, share bars and other boilerplate excluded). Title+full-name "
             "forms (President Mohamed Bazoum, General Abdourahamane Tiani, Colonel-Major Amadou Abdramane, Brig. Gen. "
             "Moussa Salaou Barmou, Dr Chinedu Okafor, Retired Col. Mark Hennessy) are not listed separately; "
             "title+surname forms (Mr Bazoum, Mr. Bazoum, President Bazoum, General Tiani, Gen. Tiani, Mr Tinubu, Mr. "
             "Tinubu, President Tinubu, Ms. Nuland, Mr Itté) are. Defects on purpose: the deposed president is written "
             "'Mohamed Bazoum' (01, 02), 'Bazoum', 'Mr Bazoum' (02, 06), 'Mr. Bazoum' (03, 04, 05), 'President Bazoum' "
             "(06, inside Macron's partial quote), the English-convention 'Mohammed Bazoum' (04) and two misspellings in "
             "one article, 'Mohamed Bazoun' and 'Bazuom' (06); the coup leader is 'Abdourahamane Tiani' (01, 02), 'General "
             "Tiani' (02, 06), 'Gen. Tiani' and the English-convention 'Abdourahmane Tiani' (04), and the French "
             "transliteration 'Abdourahamane Tchiani' / 'Tchiani' ('the general Tchiani') in the machine-translated 03 "
             "and 05. ECOWAS is 'Economic Community of West African States (ECOWAS)' (01, 02), 'ECOWAS' (01, 02, 06), "
             "'Ecowas' (04, which expands it as 'the Economic Community of West African States, or Ecowas'), the French "
             "acronym 'CEDEAO' (03, 05) and 03's calque 'The Economic Community of the States of Africa of the West "
             "(CEDEAO)'. The junta is the 'National Council for the Safeguard of the Homeland (CNSP)' (01, 04 "
             "unabbreviated), 'CNSP' (01, 03, 05) and 03's calque 'National Council for the Safeguard of the Fatherland "
             "(CNSP)'. The French foreign ministry is 'the Ministry of Europe and of Foreign Affairs' and 'the ministry' "
             "(05) and 'The Quai d'Orsay' (03, keyed as a name). Capitals standing for governments are descriptions: "
             "Washington (the United States: 01 'Washington's support', 04 'For Washington'), Paris (France: 02 'Paris "
             "warned', 05 'Paris has brought its « firm support', 06 'Paris says'), Bamako and Ouagadougou (Mali and "
             "Burkina Faso: 03 'Bamako and Ouagadougou have warned'); Niamey and Abuja are always the cities. "
             "Descriptions: 'the 63-year-old' (01), 'the detained president' (04), 'the president deposed' (03, 05: "
             "machine-translated word order) for Bazoum; 'the 71-year-old Nigerian leader' (02) for Tinubu; 'the coup "
             "leader' (04) for Tiani; 'the spokesman of the CNSP' (03) for Abdramane; 'the envoy' (04) for Nuland; 'the "
             "bloc' (01, 02, 04, 06) for ECOWAS; 'the junta' (02, 04, 06) for the CNSP. People who must not be merged "
             "(must_not_merge): Mohamed Bazoum and his wife Hadiza Bazoum (04; same surname); Chad's President Mahamat "
             "Idriss Déby and his late father Idriss Déby (02; the father's full name is contained in the son's; 'Déby' "
             "alone in 02 is the son); Abdourahamane Tiani and the junta's spokesman Amadou Abdramane (near-identical "
             "name tokens). 'Déby' is the son. 'U.S.' (01, 04) is a name of the United States; 'U.S. Africa Command' (04) "
             "is a US military command. The outlets are keyed by the only form in their bodies: 'the Ledger' (02, 'told "
             "the Ledger'), 'Sahel Souverain' (03, 'joined by Sahel Souverain', a calque of 'joint par'), 'the Dispatch' "
             "(04, 'told the Dispatch'); 'Sahel Debout' (03) is a civil-society collective, not the outlet. 'X' (01 "
             "'posted on X') is the social network. 'Senate' is Nigeria's Senate (05 'the Nigerian Senate', 06 "
             "'Nigeria's own Senate'). The presidential guard, the army command and the national television are written "
             "in lower case and not keyed. Adjectives and demonyms (Nigerien, Nigeriens, Nigerian, French, Russian, "
             "Ivorian, American, Chadian, Western) are not keyed. roles: roles stated in an apposition or title, for "
             "information.",
    "entities": [{"name": n, "type": t, "aliases": a} for n, t, a in ents],
    "must_not_merge": must_not_merge,
    "descriptions": [{"entity": e, "descriptions": d} for e, d in descriptions],
    "roles": [{"entity": e, "roles": r} for e, r in roles],
})

# ---------------------------------------------------------------------------------------------- dates
dates = [
    # 01: published Thursday 2023-07-27 (JSON field)
    ["01", "Wednesday", "2023-07-26"],
    ["01", "1960", "1960"],
    ["01", "Wednesday morning", "2023-07-26"],
    ["01", "2011", "2011"],
    ["01", "Thursday", "2023-07-27"],
    ["01", "2021", "2021"],
    ["01", "Thursday morning", "2023-07-27"],
    ["01", "earlier this month", "2023-07"],
    ["01", "Wednesday", "2023-07-26"],
    ["01", "March 2021", "2021-03"],
    ["01", "two days", "P2D"],
    # 02: published Monday 2023-07-31 (meta only)
    ["02", "Sunday", "2023-07-30"],
    ["02", "one week", "P1W"],
    ["02", "Sunday", "2023-07-30"],
    ["02", "2021", "2021"],
    ["02", "Sunday", "2023-07-30"],
    ["02", "Friday", "2023-07-28"],
    ["02", "2011", "2011"],
    ["02", "a week", "P1W"],
    ["02", "Friday", "2023-07-28"],
    ["02", "15 days", "P15D"],
    ["02", "2020", "2020"],
    # 03: published Friday 2023-08-04, no date line
    ["03", "yesterday", "2023-08-03"],
    ["03", "1977 and 2020", "1977/2020"],
    ["03", "3 August", "2023-08-03"],
    ["03", "Last year", "2022"],
    ["03", "3 August", "2022-08-03"],
    ["03", "Wednesday", "2023-08-02"],
    ["03", "30 July", "2023-07-30"],
    ["03", "seven days", "P7D"],
    ["03", "Sunday", "2023-08-06"],
    ["03", "yesterday", "2023-08-03"],
    ["03", "Monday", "2023-07-31"],
    ["03", "Tuesday", "2023-08-01"],
    ["03", "Friday", "2023-08-04"],
    # 04: published Tuesday 2023-08-08 (visible date line)
    ["04", "Monday", "2023-08-07"],
    ["04", "Sunday", "2023-08-06"],
    ["04", "Sunday night", "2023-08-06"],
    ["04", "August 2 to 4", "2023-08-02/2023-08-04"],
    ["04", "Monday", "2023-08-07"],
    ["04", "Thursday", "2023-08-10"],
    ["04", "July 30", "2023-07-30"],
    ["04", "last week", "2023-07-31/2023-08-06"],
    ["04", "Monday", "2023-08-07"],
    ["04", "July 26", "2023-07-26"],
    ["04", "2011", "2011"],
    # 05: published Friday 2023-08-11 (visible date line, day/month order)
    ["05", "Thursday", "2023-08-10"],
    ["05", "26 July", "2023-07-26"],
    ["05", "July", "2023-07"],
    ["05", "30 July", "2023-07-30"],
    ["05", "seven days", "P7D"],
    ["05", "6 August", "2023-08-06"],
    ["05", "Thursday", "2023-08-10"],
    ["05", "two weeks", "P2W"],
    ["05", "3 August", "2023-08-03"],
    ["05", "30 July", "2023-07-30"],
    ["05", "Saturday", "2023-08-05"],
    # 06: published Tuesday 2023-08-29, no date line
    ["06", "Yesterday", "2023-08-28"],
    ["06", "48 hours", "PT48H"],
    ["06", "Friday", "2023-08-25"],
    ["06", "two days later", "2023-08-27"],
    ["06", "a month", "P1M"],
    ["06", "July 26", "2023-07-26"],
    ["06", "earlier this month", "2023-08"],
    ["06", "August 17 to 18", "2023-08-17/2023-08-18"],
    ["06", "August 19", "2023-08-19"],
    ["06", "three years", "P3Y"],
    ["06", "The same day", "2023-08-19"],
    ["06", "Thursday", "2023-08-24"],
    ["06", "last week", "2023-08-21/2023-08-27"],
]
dump('dates.json', {
    "about": "Answer key for date normalisation on corpus-j/articles, same conventions as corpus-c..g: document id prefix, "
             "the expression as written (the first occurrence not yet matched, in text order; a system expression that "
             "contains the key text matches, so 'Wednesday' in 01 also matches 'late on Wednesday', '3 August' in 03 "
             "matches 'this Thursday 3 August', 'two weeks' matches 'more than two weeks', 'a month' matches 'more than a "
             "month', 'Saturday' in 05 matches 'last Saturday', 'August 19' in 06 matches 'Saturday, August 19'), its "
             "absolute value. Weeks run Monday to Sunday. Date lines ('August 8, 2023' in 04, 'Published the 11/08/2023 "
             "at 18h42' in 05, day before month), datelines, captions ('last month' in 04's, 'Thursday' in 05's), "
             "headlines ('63 years of independence' in 03) and 05's duplicated lead are not keyed. Clock times ('from 10 "
             "p.m. to 5 a.m.' in 01, 'at midnight' in 04, 'in the evening' in 03) are not keyed; the day they belong to "
             "is. Vague or anaphoric expressions ('during the day', 'Hours before the summit', 'a day after' (04), 'for "
             "years', 'every evening', 'annual', 'the 63rd anniversary') and ages ('the 63-year-old', 'the 71-year-old', "
             "03's 'Mr. Bazoum, 63 years', which is an age and not a duration) are not keyed; 06's 'The D-Day' (inside "
             "Musah's quote) is the undisclosed day of an intervention and must not be resolved. Relative dates: 01 "
             "(written Thursday 27 July 2023) 'late on Wednesday', 'on Wednesday morning' and 'on Wednesday' are 26 July, "
             "'earlier this month' July 2023 (Tinubu became ECOWAS chairman on 9 July), 'two days before Bazoum was sworn "
             "in' is a span (P2D). 02 (Monday 31 July): 'on Sunday' (three times) 30 July, 'on Friday' (twice) 28 July, "
             "'since 2020' the year 2020. 03 (Friday 4 August, no date line): 'yesterday' (twice) and 'this Thursday 3 "
             "August' are 3 August 2023, but 'Last year, the 3 August' is 3 August 2022 (the recurring Independence Day), "
             "'Wednesday in the evening' 2 August, 'the 30 July' 2023, 'this Sunday' 6 August (the ultimatum's expiry), "
             "'of Monday' 31 July, 'since Tuesday' 1 August (the start of the evacuation), 'this Friday' 4 August; 'between 1977 and 2020' "
             "is a period of years. 04 (Tuesday 8 August): 'on Monday', 'Late on Monday' and Miller's 'on Monday' are 7 "
             "August, 'midnight on Sunday' and 'Sunday night' 6 August, 'from August 2 to 4' a range, 'on Thursday' the "
             "coming 10 August (the second summit), 'last week' 31 July-6 August. 05 (Friday 11 August): 'Thursday' 10 "
             "August (the second summit), 'the month of July' July 2023 (key 'July'), 'the 6 August' the ultimatum's "
             "expiry, 'in the night of Thursday to Friday' is keyed by its 'Thursday' as 10 August (the night of 10-11 "
             "August; 'Friday' there is not keyed), 'last Saturday' 5 August. 06 (Tuesday 29 "
             "August, no date line): 'Yesterday' 28 August, 'on Friday' 25 August, 'two days later' 27 August (two days "
             "after that Friday), 'earlier this month' August 2023 (the 10 August summit), 'from August 17 to 18' a range, "
             "'The same day' 19 August (the day of Tiani's speech), 'on Thursday' 24 August, 'last week' 21-27 August. "
             "Publication dates used: 01 2023-07-27, 02 2023-07-31, 03 2023-08-04, 04 2023-08-08, 05 2023-08-11, 06 "
             "2023-08-29 (see publication.json).",
    "dates": dates,
})

# ---------------------------------------------------------------------------------------------- publication
dump('publication.json', {
    "about": "True publication date of each document (the one the author had in mind) and whether the input states it "
             "(metadata, JSON field or a visible date line). window: the span a careful reader can prove from the text alone "
             "(plus event dates the other articles give); the engine's published.earliest..latest should contain 'date'.",
    "published": [
        {"doc": "01", "date": "2023-07-27", "stated": True,
         "how": "JSONL published field 2023-07-27T15:40:00Z", "window": ["2023-07-27", "2023-07-27"]},
        {"doc": "02", "date": "2023-07-31", "stated": True,
         "how": "meta article:published_time and JSON-LD datePublished 2023-07-31T06:30:00+01:00 (no visible date; the "
                "summit 'on Sunday' (30 July per 03/04/05) is past)",
         "window": ["2023-07-31", "2023-07-31"]},
        {"doc": "03", "date": "2023-08-04", "stated": False,
         "how": "none: the CNSP denounced the agreements 'yesterday', on the Independence Day rally of 'this Thursday 3 "
                "August', the ECOWAS delegation arrived 'yesterday', the ultimatum 'expires this Sunday' and the Quai "
                "d'Orsay spoke 'this Friday': Friday 4 August",
         "window": ["2023-08-04", "2023-08-04"]},
        {"doc": "04", "date": "2023-08-08", "stated": True,
         "how": "visible date line 'August 8, 2023'", "window": ["2023-08-08", "2023-08-08"]},
        {"doc": "05", "date": "2023-08-11", "stated": True,
         "how": "visible date line 'Published the 11/08/2023 at 18h42' (French day/month order: 11 August, not 8 "
                "November; the summit 'Thursday' and 'the 6 August' agree)", "window": ["2023-08-11", "2023-08-11"]},
        {"doc": "06", "date": "2023-08-29", "stated": False,
         "how": "none: the junta gave Itté 48 hours 'on Friday' and the deadline 'ran out two days later'; 'on Thursday' "
                "the junta authorised Malian and Burkinabe troops (after Tiani's speech of Saturday 19 August), so Friday "
                "is 25 August, the deadline ran out on Sunday 27 August and Macron spoke 'Yesterday'; the 10 August "
                "summit was 'earlier this month', so still August: 28 to 31 August",
         "window": ["2023-08-28", "2023-08-31"]},
    ],
})

# ---------------------------------------------------------------------------------------------- timeline
ev = []
event = recorder(ev)


event("The presidential guard detains President Bazoum in Niamey and the soldiers announce on television that they "
      "have removed him (the coup)", "2023-07-26", ["01", "04", "05", "06"],
      ["detained", "detain", "held", "seized", "coup", "removed", "presidential guard", "end to the regime"],
      note="01 'on Wednesday morning' / 'late on Wednesday'; 04 'held since July 26'; 05 'the coup of State of 26 July'; "
           "06 'seized Mohamed Bazoun on July 26'")
event("The army command backs the coup", "2023-07-27", ["01"],
      ["army command", "back the declaration", "abdou-sidikou-issa", "sidikou", "deadly confrontation"])
event("Tiani, in a televised address, justifies the coup and names himself head of the junta", "2023-07-28", ["02"],
      ["televised address", "address", "deterioration", "named himself", "acted"])
event("The African Union gives the soldiers 15 days to return to barracks", "2023-07-28", ["02"],
      ["african union", "african-union", "15 days", "barracks"])
event("First extraordinary ECOWAS summit in Abuja: one-week ultimatum to restore Bazoum, sanctions", "2023-07-30",
      ["02", "03", "04", "05"], ["summit", "ultimatum", "sanctions", "one week", "seven days", "reinstate"],
      note="the first of the two summits in Abuja; 04 'their first on July 30', 05 'At their first summit, the 30 July'")
event("Junta supporters march on the French embassy in Niamey and set fire to a door; France warns it will respond",
      "2023-07-30", ["02", "05"], ["embassy", "marched", "protesters", "intractabl", "immediate"])
event("Mali and Burkina Faso warn that an intervention in Niger would be a declaration of war", "2023-07-31", ["03"],
      ["declaration of war", "joint communiqué", "bamako", "ouagadougou", "warned"])
event("France begins evacuating its nationals from Niger", "2023-08-01", ["03"],
      ["evacuation", "evacuat", "repatriat", "aerial bridge"])
event("ECOWAS defence chiefs meet in Abuja and draw up an intervention plan", "2023-08-02", ["04"],
      ["defense chiefs", "defence chiefs", "drawn up a plan", "plan"], until="2023-08-04")
event("On Independence Day the CNSP denounces the military agreements with France and recalls ambassadors",
      "2023-08-03", ["03", "05"], ["agreements", "denounce", "denunciation", "ambassadors"])
event("An ECOWAS delegation led by Abdulsalami Abubakar visits Niamey but is not received by Tiani", "2023-08-03", ["03"],
      ["delegation", "abdulsalami", "abubakar"],
      note="the first of two delegations led by Abubakar; the second (19 August, 06) met Tiani and Bazoum")
event("The ECOWAS ultimatum expires without intervention; the junta closes Niger's airspace", "2023-08-06",
      ["04", "05"], ["airspace", "aerial space", "expired", "ran out", "deadline", "ultimatum"])
event("Victoria Nuland meets junta officers in Niamey but not Tiani or Bazoum", "2023-08-07", ["04"],
      ["nuland", "victoria-nuland", "envoy", "visit", "barmou"])
event("The junta names Ali Mahamane Lamine Zeine prime minister", "2023-08-07", ["04"],
      ["prime minister", "zeine", "ali-mahamane-lamine-zeine"])
event("Second extraordinary ECOWAS summit in Abuja orders the activation of the standby force", "2023-08-10",
      ["05", "06"], ["summit", "standby force", "force in waiting", "activat"],
      note="04 announces it as coming ('on Thursday'); 06 dates it only as 'earlier this month'")
event("ECOWAS defence chiefs meet in Accra and agree on an undisclosed date for an intervention", "2023-08-17",
      ["06"], ["defence chiefs", "accra", "d-day", "date for an intervention", "agreed"], until="2023-08-18")
event("Tiani proposes a transition of no more than three years and warns against an attack", "2023-08-19", ["06"],
      ["transition", "three years", "walk in the park", "national television"])
event("An ECOWAS delegation led by Abdulsalami Abubakar meets Tiani and Bazoum in Niamey", "2023-08-19", ["06"],
      ["delegation", "abdulsalami", "abubakar"])
event("The junta gives the French ambassador Sylvain Itté 48 hours to leave", "2023-08-25", ["06"],
      ["48 hours", "itté", "sylvain-itte", "leave", "expel"])
event("Macron tells France's ambassadors that Itté will stay in Niamey", "2023-08-28", ["06"],
      ["macron", "emmanuel-macron", "speech", "ambassadors", "stay"])
dump('timeline.json', {
    "about": "Real-world events the articles report, with date (day), until for multi-day events, the documents that report "
             "each (with a date the reader can resolve), and words by which a system event is recognised (title, trigger "
             "or participant entity ids). Two occurrences of recurring events must stay apart: the two extraordinary ECOWAS "
             "summits in Abuja (30 July and 10 August), the two ECOWAS delegations led by Abdulsalami Abubakar (3 August, "
             "not received, in 03; 19 August, received, in 06), the defence chiefs' meetings (Abuja 2-4 August in 04, "
             "Accra 17-18 August in 06) and Independence Day (3 August 2023 against 'Last year, the 3 August' in 03). "
             "Not keyed: future or expected events (04's summit 'on Thursday' is keyed as the 10 August event from 05/06, "
             "03's ultimatum that 'expires this Sunday'), events dated only by week or year (the African Union's "
             "suspension of Niger 'last week' in 06, the aid pause announced 'last week' in 04, the March 2021 coup "
             "attempt, Bazoum's election in 2021, Déby's accession in 2021, Tinubu becoming chairman 'earlier this "
             "month'), acts dated only by reference to another ('a day after' in 04), states (Bazoum held since 26 July), "
             "and same-day side events folded into a keyed one (01's Talon mediation and Bazoum's message on X on 27 "
             "July, Blinken's call, 02's Déby mediation and Abdramane's statement of 30 July, 03's undated Nigerian power cut "
             "and the Quai d'Orsay statement of 4 August, 04's Miller statement of 7 August, 05's 21-member "
             "government of the night of 10 August and the Nigerian Senate's call of 5 August, 06's authorisation of "
             "Malian and Burkinabe troops on 24 August).",
    "events": ev,
})

# ---------------------------------------------------------------------------------------------- quotes
quotes = [
    ["01", "to put an end to the regime you know", "partial", AB],
    ["01", "the officers had formed a National Council", "indirect", AB],
    ["01", "Negotiations with the guard's officers broke down", "indirect", [None]],
    ["01", "to avoid a deadly confrontation", "partial", ["Abdou Sidikou Issa", None]],
    ["01", "Bazoum, who was elected in 2021", "indirect", [None]],
    ["01", "the hard-won gains will be safeguarded", "partial", BA],
    ["01", "the officers did not speak for the whole army", "indirect", "Hassoumi Massoudou"],
    ["01", "he had spoken with Bazoum", "indirect", "Antony Blinken"],
    ["01", "Niger was the one country", "direct", "Helena Varga"],
    ["01", "If this holds", "direct", "Helena Varga"],

    ["02", "all measures necessary", "partial", [EC, None]],
    ["02", "may include the use of force", "partial", [EC, None]],
    ["02", "West Africa could no longer afford", "indirect", TN],
    ["02", "We will not sit and watch", "direct", TN],
    ["02", "has limits", "partial", TN],
    ["02", "the leaders demanded the immediate release", "indirect", "Omar Alieu Touray"],
    ["02", "Down with France", "direct", [None]],
    ["02", "immediately and intractably", "partial", "France"],
    ["02", "the continuing deterioration of the security situation", "partial", TI],
    ["02", "the Abuja meeting was meant to approve", "indirect", AB],
    ["02", "the sanctions would bite quickly", "indirect", "Chinedu Okafor"],
    ["02", "The junta has a week", "direct", "Chinedu Okafor"],
    ["02", "a different matter altogether", "partial", "Chinedu Okafor"],

    ["03", "Faced with the attitude of contempt", "direct", AB],
    ["03", "illegal, unjust and inhumane", "partial", TI],
    ["03", "We refuse all interference", "direct", TI],
    ["03", "a declaration of war", "partial", ["Mali", "Burkina Faso"]],
    ["03", "Such an intervention would provoke", "direct", ["Mali", "Burkina Faso", None]],
    ["03", "The CEDEAO punishes an entire people", "direct", "Hamidou Saley"],
    ["03", "the prices of rice and of oil", "indirect", "Hamidou Saley"],
    ["03", "legitimate authorities", "partial", [MFA, "France"]],
    ["03", "well treated", "partial", CN],

    ["04", "We had very frank conversations", "direct", "Victoria Nuland"],
    ["04", "We pushed as hard as we could", "direct", "Victoria Nuland"],
    ["04", "she had met Brig. Gen.", "indirect", "Victoria Nuland"],
    ["04", "quite firm", "partial", "Victoria Nuland"],
    ["04", "not at all receptive", "partial", "Victoria Nuland"],
    ["04", "We have offered our good offices", "direct", "Victoria Nuland"],
    ["04", "foreign forces were preparing an attack", "indirect", CN],
    ["04", "they had drawn up a plan", "indirect", [EC, None]],
    ["04", "some aid programs had been paused", "indirect", "Antony Blinken"],
    ["04", "the United States had not given up", "indirect", "Matthew Miller"],
    ["04", "We are not going to stop trying", "direct", "Matthew Miller"],
    ["04", "losing Agadez would leave a blind spot", "indirect", "Mark Hennessy"],
    ["04", "If the drones stop flying", "direct", "Mark Hennessy"],

    ["05", "to restore the constitutional order", "partial", [EC, None]],
    ["05", "No option is withdrawn", "direct", TN],
    ["05", "Côte d'Ivoire will furnish a battalion", "indirect", "Alassane Ouattara"],
    ["05", "We are determined to reinstall", "direct", "Alassane Ouattara"],
    ["05", "Mr. Bazoum, sequestered since", "indirect", [None]],
    ["05", "firm support to the whole", "partial", ["France", MFA]],
    ["05", "the ambassador of France, Sylvain Itté, remains", "indirect", [MFA, "France"]],
    ["05", "immediate and intractable", "partial", "Emmanuel Macron"],
    ["05", "the CEDEAO has put itself in a corner", "direct", "Élise Marchand"],
    ["05", "the Nigerian Senate had invited", "indirect", "Élise Marchand"],

    ["06", "Sylvain Itté would stay in Niamey", "indirect", "Emmanuel Macron"],
    ["06", "the right one", "partial", "Emmanuel Macron"],
    ["06", "the courage of President Bazoum", "partial", "Emmanuel Macron"],
    ["06", "the putschists have no authority", "indirect", "France"],
    ["06", "they had agreed on a date", "indirect", [EC, None]],
    ["06", "We are ready to go", "direct", "Abdel-Fatau Musah"],
    ["06", "The D-Day has been fixed", "direct", "Abdel-Fatau Musah"],
    ["06", "the walk in the park", "partial", TI],
    ["06", "high treason", "partial", CN],
    ["06", "they would consider an attack on Niger", "indirect", ["Mali", "Burkina Faso"]],
    ["06", "the bloc risked turning", "indirect", "Efua Ansah"],
    ["06", "ECOWAS was built to trade", "direct", "Efua Ansah"],
    ["06", "If the first shot is fired", "direct", "Efua Ansah"],
]
dump('quotes.json', {
    "about": "Answer key for quotations on corpus-j/articles, same conventions as corpus-c..g: document id prefix, the first "
             "words of the quoted or reported content, kind, and the speaker's canonical name (null: the text does not "
             "name one; a list: any of these is right, and a list containing null also accepts no speaker). A quote "
             "interrupted by its attribution (01 Varga) or continued without one (02 Tinubu's second sentence, 04 Nuland, "
             "06 Musah's 'The D-Day has been fixed as well', 06 Ansah) is keyed once per piece. A reported clause with "
             "quoted words in it (01 'read a statement saying the defence and security forces had decided \"to put an end "
             "to the regime you know\"', 01 army command 'to avoid a deadly confrontation', 02 'warning that the bloc "
             "would take \"all measures necessary\"', 03 'qualifying them of « illegal, unjust and inhumane »', 06 'warned "
             "that an attack on Niger would not be \"the walk in the park\"') is keyed as the partial quote. 'He said:' "
             "(02 Tinubu, straight after a description, 'the 71-year-old Nigerian leader'); 'X told <outlet>': 02 Okafor "
             "'told the Ledger', 04 Hennessy 'told the Dispatch', 03 Saley '« ... », estimates Hamidou Saley, ..., joined "
             "by Sahel Souverain' (a machine-translated 'joint par'), 04 Nuland 'told reporters', 06 Musah 'told "
             "reporters'; reported speech 'X said that ...' throughout. Speakers given only by a pronoun or a role: 03 '», "
             "has declared the spokesman of the CNSP' (Abdramane, named in the next sentence), 03 '», has he added' "
             "(Tiani), 04 '\" the envoy said' (Nuland), 04 '\" the spokesman said' (Miller), 03 'According to him' "
             "(Saley), 05 '», has he declared' (Ouattara), 05 'She observes that' (Marchand), 06 'she said' (Ansah). "
             "Capitals and organisations as speakers: 02 'Paris warned' and 06 'Paris says' (France), 03 'Bamako and "
             "Ouagadougou have warned' (Mali and Burkina Faso), 03 '», adds the text' (their joint communiqué), 03 'The "
             "Quai d'Orsay has recalled' (the French foreign ministry or France), 05 'Paris has brought its « firm "
             "support ... », according to a communiqué of the Ministry of Europe and of Foreign Affairs' and 'The ministry "
             "has recalled that', 03 'The CNSP has assured that he is « well treated »', 04 'The junta ... closed Niger's "
             "airspace on Sunday night, saying ...' and 06 'whom the junta has threatened to put on trial for \"high "
             "treason\"' (the CNSP), 04 'Ecowas defense chiefs ... said' and 06 'its defence chiefs ... announced that' "
             "(ECOWAS or nobody). 05's 'For Élise Marchand, ..., « ... »' has no verb of speech. Unnamed sources: 01 "
             "'according to two people close to the presidency', 01 'people close to him said' and 05 'according to his "
             "close ones' (null); 02 'chanting \"Down with France\"' (the protesters, null). Quotation marks: straight "
             "double quotes (01, 04, 06), curly quotes (02), guillemets (03, 05). Not keyed: 01 ECOWAS 'condemned what it "
             "called an attempt to seize power by force' and Massoudou's 'called on all democrats to make the "
             "\"adventure\" fail' (a call, not a statement), 02 Abdramane's 'a plan of aggression' (inside the keyed "
             "indirect quote), 03 'has equally announced the end of the functions' and 'For the CNSP, the former "
             "colonial power is ...', 04 'has accused the ousted government of failing', 06 'accusing him of ignoring', "
             "'He proposed a transition', 'Nigeria's own Senate has urged', 'has declined to endorse', announcements of "
             "acts, headlines, captions and 05's duplicated lead.",
    "quotes": quotes,
})

# ---------------------------------------------------------------------------------------------- claims
claims = [
    {"id": "detention",
     "text": "Soldiers of the presidential guard detained President Bazoum on 26 July 2023",
     "docs": ["01", "04", "06"],
     "anchors": {
         "01": "held the president and his family in their residence",
         "04": "He has been held since July 26",
         "06": "since the presidential guard seized Mohamed Bazoun on July 26"},
     "contradiction": None,
     "note": "06's 'more than a month' and 05's 'more than two weeks' are the length of the detention at different times"},
    {"id": "guard-since-2011",
     "text": "General Tiani has commanded the presidential guard since 2011",
     "docs": ["01", "02", "04"],
     "anchors": {
         "01": "The guard has been commanded since 2011 by General Abdourahamane Tiani",
         "02": "who has commanded the presidential guard since 2011",
         "04": "who has led the presidential guard since 2011"},
     "contradiction": None},
    {"id": "no-resignation",
     "text": "Bazoum has refused to resign",
     "docs": ["01", "04", "06"],
     "anchors": {
         "01": "has refused to resign",
         "04": "Mr. Bazoum has refused to step down",
         "06": "who has never agreed to step down"},
     "contradiction": None},
    {"id": "ultimatum",
     "text": "At its first summit on 30 July ECOWAS gave the junta one week (seven days) to reinstate Bazoum, on pain of "
             "force",
     "docs": ["02", "03", "04", "05"],
     "anchors": {
         "02": "one week to reinstate President Mohamed Bazoum",
         "03": "a delay of seven days to the military",
         "04": "a deadline set by the Economic Community of West African States",
         "05": "had given seven days to the putschists"},
     "contradiction": None,
     "note": "one week and seven days are the same span; the African Union's 15 days (02) and the 48 hours given to "
             "Itté (06) are other deadlines"},
    {"id": "sanctions",
     "text": "ECOWAS closed its borders with Niger and suspended commercial and financial transactions with it",
     "docs": ["02", "03"],
     "anchors": {
         "02": "it closed the land and air borders between its member states and Niger",
         "03": "It has also closed the borders and suspended all the commercial and financial transactions"},
     "contradiction": None},
    {"id": "french-troops",
     "text": "France has about 1,500 soldiers in Niger",
     "docs": ["01", "03", "05", "06"],
     "anchors": {
         "01": "France has about 1,500 soldiers in the country",
         "03": "estimated to 1,500 men",
         "05": "The some 1,500 French soldiers deployed in Niger",
         "06": "France's 1,500 troops in Niger"},
     "contradiction": {
         "docs": ["04"],
         "anchors": {"04": "France has some 2,500 soldiers there"},
         "aspect": "number",
         "detail": "04 puts the French contingent at some 2,500 soldiers against about 1,500 in 01/03/05/06"}},
    {"id": "us-troops",
     "text": "The United States has about 1,100 troops in Niger",
     "docs": ["01", "04"],
     "anchors": {
         "01": "Niger hosts about 1,100 U.S. troops",
         "04": "The United States has about 1,100 troops in Niger"},
     "contradiction": None,
     "note": "05's Ivorian battalion 'of 850 to 1,100 men' is another quantity"},
    {"id": "population",
     "text": "Niger has about 26 million people",
     "docs": ["01", "02"],
     "anchors": {
         "01": "has about 26 million people",
         "02": "a country of about 26 million people"},
     "contradiction": None},
    {"id": "tinubu-chair",
     "text": "Nigeria's President Bola Tinubu has chaired ECOWAS since July 2023",
     "docs": ["01", "05"],
     "anchors": {
         "01": "chaired since earlier this month by Nigerian President Bola Tinubu",
         "05": "who presides the CEDEAO since the month of July"},
     "contradiction": None},
    {"id": "france-warning",
     "text": "France warned on 30 July that it would respond immediately to any attack on its nationals or interests",
     "docs": ["02", "05"],
     "anchors": {
         "02": "Paris warned that it would respond",
         "05": "any attack against French nationals would receive a riposte"},
     "contradiction": None,
     "note": "02 attributes the warning to Paris (France), 05 to Macron"},
    {"id": "military-agreements",
     "text": "On 3 August the CNSP denounced Niger's military agreements with France",
     "docs": ["03", "05"],
     "anchors": {
         "03": "has denounced yesterday the agreements of cooperation",
         "05": "since the denunciation of the military agreements"},
     "contradiction": None},
    {"id": "electricity",
     "text": "Nigeria supplies about 70% of Niger's electricity",
     "docs": ["02", "03"],
     "anchors": {
         "02": "about 70 per cent of its electricity",
         "03": "which covers 70% of the needs of the country"},
     "contradiction": None},
    {"id": "mali-burkina",
     "text": "Mali and Burkina Faso warned that they would treat an intervention in Niger as an act of war against them",
     "docs": ["03", "06"],
     "anchors": {
         "03": "any military intervention against Niger would be",
         "06": "would consider an attack on Niger an attack on themselves"},
     "contradiction": None},
    {"id": "airspace",
     "text": "After the ECOWAS ultimatum expired on 6 August the junta closed Niger's airspace",
     "docs": ["04", "05"],
     "anchors": {
         "04": "closed Niger's airspace on Sunday night",
         "05": "closed the aerial space of the country"},
     "contradiction": None},
    {"id": "prime-minister",
     "text": "The junta named Ali Mahamane Lamine Zeine prime minister on 7 August",
     "docs": ["04", "05"],
     "anchors": {
         "04": "the junta named Ali Mahamane Lamine Zeine",
         "05": "directed by the Prime minister Ali Mahamane Lamine Zeine"},
     "contradiction": None},
    {"id": "standby-force",
     "text": "At their second summit (10 August) ECOWAS leaders ordered the activation of the bloc's standby force",
     "docs": ["05", "06"],
     "anchors": {
         "05": "have ordered the activation of the force in waiting",
         "06": "they ordered their standby force to be activated"},
     "contradiction": None},
    {"id": "family-held",
     "text": "Bazoum is held with his wife and son",
     "docs": ["03", "05"],
     "anchors": {
         "03": "remains retained with his wife and his son",
         "05": "sequestered since more than two weeks with his wife and his son"},
     "contradiction": None},
    {"id": "ambassador-stays",
     "text": "France's ambassador Sylvain Itté stays at his post in Niamey",
     "docs": ["05", "06"],
     "anchors": {
         "05": "Sylvain Itté, remains at his post in Niamey",
         "06": "Sylvain Itté would stay in Niamey"},
     "contradiction": None,
     "note": "06's 48-hour order to leave came after 05 was written; he stayed: not a contradiction"},
    {"id": "senate-diplomacy",
     "text": "Nigeria's Senate urged President Tinubu to favour diplomacy",
     "docs": ["05", "06"],
     "anchors": {
         "05": "the Nigerian Senate had invited Mr. Tinubu",
         "06": "Nigeria's own Senate has urged President Tinubu"},
     "contradiction": None},
]
dump('claims.json', {
    "about": "Checkable claims made by two or more sources on corpus-j/articles: short text, the documents asserting it "
             "(with an anchor: words of the asserting sentence in each document's cleaned text), and any contradiction "
             "(documents that disagree, aspect, detail). Only one contradiction is intended (the size of the French "
             "contingent: 'France has some 2,500 soldiers there' in 04 against about 1,500 in 01/03/05/06); every other "
             "contradiction is a false alarm, in particular: one week (02) against seven days (03, 05) for the ultimatum "
             "(the same span); the ultimatum's one week against the African Union's 15 days (02) and the 48 hours given "
             "to the French ambassador (06); about 1,100 US troops (01, 04) against 1,500 French soldiers and the Ivorian "
             "battalion 'of 850 to 1,100 men' (05); 'the fifth successful coup in Niger since independence' (01) against "
             "'the fourth ECOWAS member to fall to a coup since 2020' (02); the ECOWAS delegation led by Abdulsalami "
             "Abubakar that was not received by Tiani on 3 August (03) against the one that met Tiani and Bazoum on 19 "
             "August (06): two different visits; the first summit (30 July: ultimatum and sanctions) against the second "
             "(10 August: standby force); 'more than two weeks' (05) against 'more than a month' (06) of detention; the "
             "ambassador who 'remains at his post' (05) and the later order to leave within 48 hours (06); Bazoum's age "
             "(63) against the 63rd anniversary of independence (03); more than 1,000 people evacuated (03) against the "
             "troop numbers; 'Five agreements' (03), 'nine other officers' (01), 21 ministers (05), $110 million for the "
             "drone base (04), 26 million people, 70% of the electricity, a transition of 'no more than three years' "
             "(06). Framing differs on purpose (01 neutral wire; 02 Nigerian, pro-ECOWAS, 'putschists'; 03 Niamey "
             "sovereigntist, machine-translated, 'the former colonial power', 'the unjust sanctions'; 04 American "
             "security angle; 05 French, machine-translated, 'the putschists'; 06 Ghanaian opinion against intervention, "
             "'the drums of war') without contradicting. single_source lists claims only one document makes, for "
             "reference.",
    "claims": claims,
    "single_source": [
        {"doc": "01", "text": "The army command backed the coup on 27 July to avoid a deadly confrontation"},
        {"doc": "01", "text": "A previous coup attempt failed in March 2021, two days before Bazoum was sworn in"},
        {"doc": "01", "text": "Blinken said US support for Bazoum was unwavering"},
        {"doc": "02", "text": "Junta supporters marched on the French embassy on 30 July, some waving Russian flags"},
        {"doc": "02", "text": "The African Union gave the soldiers 15 days to return to barracks"},
        {"doc": "02", "text": "Chad's President Mahamat Idriss Déby flew to Niamey to mediate"},
        {"doc": "03", "text": "France evacuated more than 1,000 people, about half of them French"},
        {"doc": "03", "text": "An ECOWAS delegation led by Abdulsalami Abubakar left Niamey on 3 August without meeting Tiani"},
        {"doc": "04", "text": "Victoria Nuland met Brig. Gen. Moussa Salaou Barmou but not Tiani or Bazoum"},
        {"doc": "04", "text": "The US has avoided calling the takeover a coup and paused some aid programmes"},
        {"doc": "05", "text": "Côte d'Ivoire will provide a battalion of 850 to 1,100 men"},
        {"doc": "05", "text": "The junta announced a 21-member government"},
        {"doc": "06", "text": "ECOWAS defence chiefs meeting in Accra agreed on an undisclosed date for an intervention"},
        {"doc": "06", "text": "Tiani proposed a transition of no more than three years"},
        {"doc": "06", "text": "The junta gave the French ambassador 48 hours to leave"},
    ],
})
print('keys written')
