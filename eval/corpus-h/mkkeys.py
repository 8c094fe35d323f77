"""Writes the answer keys of corpus-h (the Wagner group's mutiny in Russia, 23-24 June 2023, and its aftermath) into keys/.

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
PR, PU, LU, SH, GE, PE = ("Yevgeny Prigozhin", "Vladimir Putin", "Alexander Lukashenko", "Sergei Shoigu",
                          "Valery Gerasimov", "Dmitry Peskov")
ents = [
    (PR, P, ["Yevgeny Prigozhin", "Prigozhin", "Mr Prigozhin", "Evgueni Prigojine", "Prigojine", "Jewgeni Prigoschin",
             "Prigoschin", "Yevgueni Prigozhin", "Prigozin", "Prigozhyn"]),
    ("Pavel Prigozhin", P, ["Pavel Prigozhin"]),
    (PU, P, ["Vladimir Putin", "Putin", "Mr Putin", "Vladimir Poutine", "Poutine", "Mr. Poutine", "Wladimir Putin",
             "Vladímir Putin"]),
    (LU, P, ["Alexander Lukashenko", "Lukashenko", "Alexandre Loukachenko", "Mr. Loukachenko", "Alexander Lukaschenko",
             "Lukaschenko", "Aleksandr Lukashenko"]),
    (SH, P, ["Sergei Shoigu", "Mr Shoigu", "Sergueï Choïgou", "Sergej Schoigu", "Serguéi Shoigú"]),
    (GE, P, ["Valery Gerasimov", "Valeri Guerassimov", "Waleri Gerassimow", "Gerassimow", "Valeri Guerásimov"]),
    (PE, P, ["Dmitry Peskov", "Peskov", "Dmitri Peskov", "Dmitri Peskow", "Peskow"]),
    ("Serguéi Surovikin", P, ["Sergej Surowikin", "Serguéi Surovikin"]),
    ("Sergei Sobyanin", P, ["Sergei Sobyanin"]),
    ("Gitanas Nauseda", P, ["Gitanas Nauseda"]),
    ("Volodymyr Zelensky", P, ["Volodymyr Zelensky"]),
    ("Ieva Kalnina", P, ["Ieva Kalnina", "Ms Kalnina"]),
    ("Tatiana Vernier", P, ["Tatiana Vernier"]),
    ("Jonas Albrecht", P, ["Jonas Albrecht", "Albrecht"]),
    ("Andrés Bermúdez", P, ["Andrés Bermúdez", "Bermúdez"]),
    ("Dmitri Utkin", P, ["Dmitri Utkin"]),
    ("Joe Biden", P, ["Joe Biden"]),

    ("Wagner", O, ["Wagner", "Wagner group"]),
    ("Kremlin", O, ["Kremlin"]),
    ("Defence Ministry", O, ["Defence Ministry", "Ministry of the Defence", "Ministry of Defence"]),
    ("Federal Security Service", O, ["Federal Security Service", "FSB", "Federal Service of Security"]),
    ("Southern Military District", O, ["Southern Military District", "Military District of the South"]),
    ("NATO", O, ["NATO", "North Atlantic Treaty Organization"]),
    ("Riga Centre for Eastern Studies", O, ["Riga Centre for Eastern Studies", "RCES"]),
    ("Centre of Studies of the Post-Soviet World", O, ["Centre of Studies of the Post-Soviet World", "CEMPS"]),
    ("Institute for Eastern European Security Policy", O, ["Institute for Eastern European Security Policy", "IOSP"]),
    ("Ibero-American Observatory of Security", O, ["Ibero-American Observatory of Security", "OIS"]),
    ("Rosaviatsia", O, ["Rosaviatsia"]),
    ("Telegram", O, ["Telegram"]),
    ("Aerospace Forces", O, ["Aerospace Forces"]),

    ("The Baltic Ledger", MD, ["The Baltic Ledger"]),
    ("Elbe-Rundschau", MD, ["Elbe-Rundschau"]),
    ("La Voz del Sur", MD, ["La Voz del Sur"]),

    ("Russia", G, ["Russia"]),
    ("Belarus", G, ["Belarus"]),
    ("Ukraine", G, ["Ukraine"]),
    ("Lithuania", G, ["Lithuania"]),
    ("Poland", G, ["Poland"]),
    ("Syria", G, ["Syria"]),
    ("Moscow", G, ["Moscow"]),
    ("Rostov-on-Don", G, ["Rostov-on-Don", "Rostov-on-the-Don", "Rostow am Don", "Rostov del Don"]),
    ("Voronezh", G, ["Voronezh"]),
    ("Bakhmut", G, ["Bakhmut"]),
    ("Vilnius", G, ["Vilnius"]),
    ("Saint Petersburg", G, ["Saint Petersburg", "St. Petersburg"]),
    ("Tver", G, ["Tver"]),
    ("Kuzhenkino", G, ["Kuzhenkino"]),
    ("Sochi", G, ["Sochi"]),
    ("Osipovichi", G, ["Osipovichi"]),

    ("Africa", L, ["Africa"]),
    ("M4", L, ["M4"]),
    ("Embraer Legacy", M, ["Embraer Legacy"]),
    ("Russia-Africa summit", E_, ["Russia-Africa summit"]),
]

descriptions = [
    (PR, ["the 62-year-old", "the Wagner chief", "the Wagner boss"]),
    (PU, ["the Russian president"]),
    (LU, ["the Belarusian president"]),
    (SH, ["the minister"]),
    (PE, ["the spokesman"]),
    ("Tatiana Vernier", ["the researcher"]),
    ("Defence Ministry", ["the ministry"]),
    ("Belarus", ["Minsk"]),
    ("Ukraine", ["Kyiv"]),
]

roles = [
    (PR, ["the founder of the Wagner private military group", "The chief of the group Wagner", "the Wagner boss",
          "the founder of the Wagner group"]),
    (PU, ["President", "The Russian President"]),
    (LU, ["Belarusian President", "the president", "the Belarusian ruler", "the Belarusian president"]),
    (SH, ["Defence Minister", "the minister of the Defence"]),
    (GE, ["the chief of the General Staff", "Chief of General Staff"]),
    (PE, ["Kremlin spokesman", "the spokesman of the Kremlin"]),
    ("Serguéi Surovikin", ["the deputy commander of the Russian troops in Ukraine", "commander of the Aerospace Forces"]),
    ("Sergei Sobyanin", ["The capital's mayor"]),
    ("Gitanas Nauseda", ["Lithuania's president"]),
    ("Volodymyr Zelensky", ["President"]),
    ("Ieva Kalnina", ["a senior fellow at the Riga Centre for Eastern Studies"]),
    ("Tatiana Vernier", ["researcher at the Centre of Studies of the Post-Soviet World"]),
    ("Jonas Albrecht", ["the Russia expert"]),
    ("Andrés Bermúdez", ["the analyst"]),
    ("Dmitri Utkin", ["the former officer of military intelligence who co-founded Wagner"]),
    ("Joe Biden", ["The American president"]),
]

dump('entities.json', {
    "about": "Answer key for entity resolution on corpus-h/articles (the Wagner group's mutiny in Russia on 23-24 June "
             "2023, the Belarus deal and the aftermath up to Prigozhin's death on 23 August 2023), written from reading "
             "the articles. Same conventions as corpus-c to g: canonical name (a form that occurs in the texts), type, and "
             "every surface form that names the entity in the cleaned texts (headlines, captions, bylines, the dateline "
             "'MOSCOW (Meridian Wire) -', related links, comments and other boilerplate excluded). Title+full-name forms "
             "(President Vladimir Putin, General Sergej Surowikin) are not listed separately; title+surname forms (Mr "
             "Prigozhin, Mr Putin, Mr Shoigu, Ms Kalnina, Mr. Loukachenko, Mr. Poutine) are. Defects on purpose: 03, 04 "
             "and 05 are machine translations of French, German and Spanish outlets and keep their transliterations: "
             "Prigozhin is 'Evgueni Prigojine' / 'Prigojine' (03), 'Jewgeni Prigoschin' / 'Prigoschin' (04), 'Yevgueni "
             "Prigozhin' (05), and 05 also misspells him twice ('Prigozin', 'Prigozhyn'); Putin is 'Vladimir Poutine' / "
             "'Poutine' / 'Mr. Poutine' (03), 'Wladimir Putin' (04), 'Vladímir Putin' (05); Lukashenko is 'Alexandre "
             "Loukachenko' (03), 'Alexander Lukaschenko' / 'Lukaschenko' (04), 'Aleksandr Lukashenko' (05); Shoigu is "
             "'Sergueï Choïgou' (03), 'Sergej Schoigu' (04), 'Serguéi Shoigú' (05); Gerasimov is 'Valeri Guerassimov' "
             "(03), 'Waleri Gerassimow' / 'Gerassimow' (04), 'Valeri Guerásimov' (05); Peskov is 'Dmitri Peskov' (03), "
             "'Dmitri Peskow' / 'Peskow' (04); Surovikin is 'Sergej Surowikin' (04) and 'Serguéi Surovikin' (05); "
             "Rostov-on-Don is 'Rostov-on-the-Don' (03), 'Rostow am Don' (04), 'Rostov del Don' (05). Two different "
             "people share a surname and must not be merged: Yevgeny Prigozhin and his son Pavel Prigozhin (05). "
             "Acronyms with and without their expansion: FSB (01 'Federal Security Service (FSB)', 03 calque 'Federal "
             "Service of Security (FSB)'), NATO (02 bare, 04 expanded), RCES, CEMPS, IOSP, OIS. The Defence Ministry is "
             "'Defence Ministry' (01), 'Ministry of the Defence' (03), 'Ministry of Defence' (04). The Southern Military "
             "District is 'Military District of the South' in 03. Capitals standing for governments are descriptions: "
             "Minsk (Belarus: 02 'a phone call from Minsk', 03 'a mediation of Minsk'), Kyiv (Ukraine, 02 'Kyiv drew its "
             "own conclusion'); 'Moscow' is always the city (the capital the column drove towards). 'Kremlin' is keyed "
             "as an ORG (the presidential administration; also the place 'in the Kremlin', one entity). Descriptions: "
             "'the 62-year-old' (02), 'the Wagner chief' (01, 05), 'the Wagner boss' (04) for Prigozhin; 'the Russian "
             "president' (03, 05) for Putin; 'the Belarusian president' (03, 05) for Lukashenko; 'The minister' (03) "
             "for Shoigu; 'the spokesman' (03, 04) for Peskov; 'the researcher' (03) for Tatiana Vernier; 'the "
             "ministry' (01, 02) for the Defence Ministry. 'Wagner' is the group (ORG), never the composer; 'Wagner "
             "group' (05) is a form of it. The two Russia-Africa summits (St Petersburg, July 2023; Sochi, October 2019) "
             "are one EVENT entity (the series); the timeline key has both occurrences. 'the General Staff' and 'the "
             "general staff' are parts of titles and not keyed; 'Telegram' is keyed as an ORG, the M4 highway as a LOC "
             "and the Embraer Legacy (the aircraft) as MISC. Adjectives (Russian, Belarusian, Ukrainian, Lithuanian, "
             "Polish, American, African) are not keyed. roles: roles stated in an apposition or title, for information.",
    "entities": [{"name": n, "type": t, "aliases": a} for n, t, a in ents],
    "descriptions": [{"entity": e, "descriptions": d} for e, d in descriptions],
    "roles": [{"entity": e, "roles": r} for e, r in roles],
    "not_merged": [["Yevgeny Prigozhin", "Pavel Prigozhin"]],
})

# ---------------------------------------------------------------------------------------------- dates
dates = [
    # 01: published 2023-06-24 (Saturday)
    ["01", "Saturday evening", "2023-06-24"],
    ["01", "Friday", "2023-06-23"],
    ["01", "Saturday morning", "2023-06-24"],
    ["01", "Saturday morning", "2023-06-24"],
    ["01", "Monday", "2023-06-26"],
    ["01", "May 20", "2023-05-20"],
    ["01", "Saturday", "2023-06-24"],
    # 02: published 2023-06-26 (Monday)
    ["02", "36 hours", "PT36H"],
    ["02", "this weekend", "2023-06-24/2023-06-25"],
    ["02", "Saturday", "2023-06-24"],
    ["02", "Saturday night", "2023-06-24"],
    ["02", "Saturday morning", "2023-06-24"],
    ["02", "Monday morning", "2023-06-26"],
    ["02", "Monday", "2023-06-26"],
    ["02", "Monday", "2023-06-26"],
    ["02", "next month", "2023-07"],
    ["02", "Saturday", "2023-06-24"],
    # 03: published 2023-06-27 (Tuesday), no date line
    ["03", "this Tuesday", "2023-06-27"],
    ["03", "three days", "P3D"],
    ["03", "today", "2023-06-27"],
    ["03", "Monday evening", "2023-06-26"],
    ["03", "five minutes", "PT5M"],
    ["03", "this Tuesday", "2023-06-27"],
    ["03", "May 2022 and May 2023", "2022-05/2023-05"],
    ["03", "23 June", "2023-06-23"],
    ["03", "23 to 24 June", "2023-06-23/2023-06-24"],
    ["03", "Saturday evening", "2023-06-24"],
    ["03", "Two days later", "2023-06-26"],
    ["03", "Monday", "2023-06-26"],
    # 04: published 2023-07-11 (Tuesday), no date line
    ["04", "five days", "P5D"],
    ["04", "Monday", "2023-07-10"],
    ["04", "29 June", "2023-06-29"],
    ["04", "three hours", "PT3H"],
    ["04", "24 June", "2023-06-24"],
    ["04", "last Thursday", "2023-07-06"],
    ["04", "Monday", "2023-07-10"],
    ["04", "end of June", "2023-06"],
    ["04", "one year", "P1Y"],
    ["04", "23 June", "2023-06-23"],
    ["04", "24 hours", "PT24H"],
    ["04", "Tuesday and Wednesday", "2023-07-11/2023-07-12"],
    # 05: published 2023-08-24 (Thursday)
    ["05", "June", "2023-06"],
    ["05", "Wednesday", "2023-08-23"],
    ["05", "two months", "P2M"],
    ["05", "23 and 24 June", "2023-06-23/2023-06-24"],
    ["05", "Thursday", "2023-08-24"],
    ["05", "Five days", "P5D"],
    ["05", "29 June", "2023-06-29"],
    ["05", "July", "2023-07"],
    ["05", "Monday", "2023-08-21"],
    ["05", "Last month", "2023-07"],
    ["05", "27 and 28 July", "2023-07-27/2023-07-28"],
    ["05", "October 2019", "2019-10"],
    ["05", "Wednesday", "2023-08-23"],
    ["05", "June", "2023-06"],
    ["05", "July", "2023-07"],
    ["05", "Earlier this month", "2023-08"],
]
dump('dates.json', {
    "about": "Answer key for date normalisation on corpus-h/articles, same conventions as corpus-c to g: document id "
             "prefix, the expression as written (the first occurrence not yet matched, in text order; a system expression "
             "that contains the key text matches, so 'Saturday' also matches 'on Saturday', '23 June' matches 'The 23 "
             "June', 'end of June' matches 'the end of June', 'Five days' matches 'Five days later'), its absolute value. "
             "Weeks run Monday to Sunday. Date lines, the dateline of 01, and boilerplate (02's comment timestamps, 05's "
             "'Published on 24 August 2023', 03's duplicated lead) are not keyed. Vague or anaphoric expressions ('for "
             "months' (01, 04), 'late that evening', 'Within hours' (01), 'for a day' (02), 'since then' (04), 'within "
             "months' (04), 'a few hours' drive' (02)) and the adjective '11-minute' (02) are not keyed; 'the 62-year-old' "
             "is an age. 01 (written Saturday 24 June 2023): 'Friday' is 23 June, 'Monday' (declared a non-working day) 26 "
             "June, 'May 20' 2023. 02 (Monday 26 June): 'this weekend' is 24-25 June, 'next month' July 2023 (the Vilnius "
             "summit). 03 (Tuesday 27 June, no date line): 'today' inside Lukashenko's quote is 27 June; 'Two days later' "
             "counts from Saturday 24 June; 'between May 2022 and May 2023' is a period of months. 04 (Tuesday 11 July, no "
             "date line): both 'Monday's are 10 July, 'last Thursday' 6 July, 'this Tuesday and Wednesday' 11-12 July (the "
             "NATO summit), 'at the end of June' June 2023 (Putin spoke on 27 June), 'within one year' a duration. 05 "
             "(written Thursday 24 August 2023): 'Wednesday' (twice) 23 August, 'This Thursday' 24 August, 'on Monday' 21 "
             "August, 'Last month' July 2023, 'October 2019' the first Russia-Africa summit, the two 'June's and 'July's "
             "June and July 2023, 'Earlier this month' August 2023, 'the 29 June' keyed as '29 June'. Publication dates "
             "used: 01 2023-06-24, 02 2023-06-26, 03 2023-06-27, 04 2023-07-11, 05 2023-08-24 (see publication.json).",
    "dates": dates,
})

# ---------------------------------------------------------------------------------------------- publication
dump('publication.json', {
    "about": "True publication date of each document (the one the author had in mind) and whether the input states it "
             "(metadata, JSON field or a visible date line). window: the span a careful reader can prove from the text alone "
             "(plus event dates the other articles give); the engine's published.earliest..latest should contain 'date'.",
    "published": [
        {"doc": "01", "date": "2023-06-24", "stated": True,
         "how": "JSONL published field 2023-06-24T21:40:00Z", "window": ["2023-06-24", "2023-06-24"]},
        {"doc": "02", "date": "2023-06-26", "stated": True,
         "how": "meta article:published_time and JSON-LD datePublished 2023-06-26T19:30:00+03:00 (no visible date; comment "
                "timestamps of 26 June are boilerplate)",
         "window": ["2023-06-26", "2023-06-26"]},
        {"doc": "03", "date": "2023-06-27", "stated": False,
         "how": "none: Prigozhin arrived in Belarus 'this Tuesday', 'three days after the armed rebellion' of '23 to 24 "
                "June', and Putin's address was 'Monday evening' (past), so Tuesday 27 June 2023",
         "window": ["2023-06-27", "2023-06-27"]},
        {"doc": "04", "date": "2023-07-11", "stated": False,
         "how": "none: Peskov confirmed 'on Monday' a meeting of '29 June' (so Monday 10 July or later), Lukashenko spoke "
                "'last Thursday' (6 July per the Monday), and NATO leaders 'are meeting this Tuesday and Wednesday' "
                "(11-12 July), so Tuesday 11 or Wednesday 12 July 2023",
         "window": ["2023-07-11", "2023-07-12"]},
        {"doc": "05", "date": "2023-08-24", "stated": True,
         "how": "visible date line 'Published on 24 August 2023, 19:45 CEST'", "window": ["2023-08-24", "2023-08-24"]},
    ],
})

# ---------------------------------------------------------------------------------------------- timeline
ev = []
event = recorder(ev)


event("Prigozhin accuses the Defence Ministry of striking Wagner camps; the FSB opens a criminal case for armed mutiny",
      "2023-06-23", ["01", "03", "04"],
      ["accused", "accuses", "striking", "bombarded", "criminal case", "fsb", "federal-security-service", "begun",
       "began"], note="04 'The uprising had begun on 23 June'")
event("Wagner takes over the Southern Military District headquarters in Rostov-on-Don", "2023-06-24", ["01", "02", "03"],
      ["rostov", "headquarters", "southern-military-district", "southern military district", "controlled", "took over",
       "taken"], note="03 'In the night from 23 to 24 June'")
event("Putin's televised address calls the mutiny treason and 'a stab in the back'", "2023-06-24", ["01", "02"],
      ["address", "treason", "stab", "televised", "denounced", "betrayal"])
event("Prigozhin turns his columns back after Lukashenko's mediation", "2023-06-24", ["01", "02", "03"],
      ["turning back", "turn back", "half-turn", "called it off", "retreat", "turning"])
event("Prigozhin's audio message says the march was not meant to overthrow the government", "2023-06-26", ["02", "03"],
      ["audio", "overthrow", "march of justice", "insisted", "assured"])
event("Shoigu reappears in a Defence Ministry video", "2023-06-26", ["02", "03"],
      ["shoigu", "sergei-shoigu", "choïgou", "reappeared"])
event("Putin's evening address accuses the organisers of betrayal and offers Wagner fighters three options",
      "2023-06-26", ["03"], ["betrayed", "organisers", "address", "televised"])
event("Lukashenko confirms that Prigozhin has arrived in Belarus", "2023-06-27", ["03"],
      ["arrived", "confirmed", "yes indeed"])
event("The FSB closes the criminal case for armed mutiny", "2023-06-27", ["03"],
      ["closing", "fsb", "federal-security-service", "criminal procedure", "ceased"])
event("Putin meets Prigozhin and 35 Wagner commanders in the Kremlin", "2023-06-29", ["04", "05"],
      ["meeting", "met", "received", "commanders", "35"])
event("Lukashenko says Prigozhin is in St Petersburg, not in Belarus", "2023-07-06", ["04"],
      ["petersburg", "statement", "surprised", "lukashenko", "lukaschenko", "alexander-lukashenko"])
event("Peskov confirms the Kremlin meeting", "2023-07-10", ["04"],
      ["confirmed", "confirms", "peskov", "peskow", "dmitry-peskov"])
event("Gerasimov appears in a video for the first time since the mutiny", "2023-07-10", ["04"],
      ["gerasimov", "gerassimow", "valery-gerasimov", "appeared"])
event("NATO summit in Vilnius", "2023-07-11", ["04"], ["nato", "summit", "vilnius", "meeting"], until="2023-07-12",
      note="02 announces it for 'next month' (month only)")
event("Second Russia-Africa summit in St Petersburg, where Prigozhin is photographed", "2023-07-27", ["05"],
      ["russia-africa", "summit", "photographed"], until="2023-07-28")
event("First Russia-Africa summit in Sochi", "2019-10", ["05"], ["sochi", "summit", "russia-africa"],
      note="month only ('in Sochi in October 2019'); the other occurrence of the recurring summit")
event("Prigozhin's last video, apparently recorded in Africa, is broadcast", "2023-08-21", ["05"],
      ["video", "broadcast", "appearance", "greater"])
event("A private plane carrying Prigozhin and Utkin crashes in the Tver region, killing all ten on board", "2023-08-23",
      ["05"], ["crashed", "crash", "plane", "embraer", "accident", "fell"])
event("Surovikin is reported relieved of his post as commander of the Aerospace Forces", "2023-08-23", ["05"],
      ["surovikin", "surowikin", "relieved", "aerospace"])
event("Prigozhin declares Bakhmut captured", "2023-05-20", ["01"], ["bakhmut", "captured"])
dump('timeline.json', {
    "about": "Real-world events the articles report, with date (day or month), until for multi-day events, the documents "
             "that report each, and words by which a system event is recognised (title, trigger or participant entity ids). "
             "States and plans are not keyed: Sobyanin's non-working 'Monday' (01, declared on 24 June), Wagner fighters "
             "installed in Belarus 'since July' (05), the month-long Wagner assault on Bakhmut, Prigozhin's demands 'for "
             "months'; the 36 hours of the mutiny (02) and the 'two months' between mutiny and crash (05) are spans. "
             "Zelensky's remark 'on Saturday' (02), Putin's condolences 'This Thursday' (05), Putin's revelation of the 86 billion roubles (03, undated there; 04 'at the end of June') and Poland's "
             "troops sent to the border 'Earlier this month' (05, month only) are not keyed. 04's 'Putin gave an "
             "assessment of the events of 24 June' is part of the 29 June meeting.",
    "events": ev,
})

# ---------------------------------------------------------------------------------------------- quotes
quotes = [
    ["01", "his fighters were turning back", "indirect", PR],
    ["01", "Now the moment has come", "direct", PR],
    ["01", "Understanding our responsibility", "direct", PR],
    ["01", "the Wagner chief accepted an offer", "indirect", [LU, None]],
    ["01", "the criminal case against Prigozhin would be dropped", "indirect", PE],
    ["01", "Prigozhin himself would leave for Belarus", "indirect", PE],
    ["01", "Wagner fighters who had not joined", "indirect", PE],
    ["01", "in view of their service at the front", "partial", PE],
    ["01", "a stab in the back", "partial", PU],
    ["01", "Those who deliberately chose", "direct", PU],
    ["01", "An armoured column then drove north", "indirect", PR],

    ["02", "treason", "partial", PU],
    ["02", "a stab in the back", "partial", PU],
    ["02", "march of justice", "partial", PR],
    ["02", "We went to demonstrate our protest", "direct", PR],
    ["02", "in a lawful jurisdiction", "partial", PR],
    ["02", "the weekend had shown how hollow", "indirect", "Ieva Kalnina"],
    ["02", "A private army drove for a day", "direct", "Ieva Kalnina"],
    ["02", "That is not how a strong state behaves", "direct", "Ieva Kalnina"],
    ["02", "the West should not mistake the deal", "indirect", "Ieva Kalnina"],
    ["02", "Wagner fighters in Belarus would threaten", "indirect", "Gitanas Nauseda"],
    ["02", "Russia's weakness is obvious", "partial", "Volodymyr Zelensky"],

    ["03", "The chief of the group Wagner", "indirect", LU],
    ["03", "Yes indeed, he is today in Belarus", "direct", LU],
    ["03", "wiped out", "partial", LU],
    ["03", "betrayed their country and their people", "partial", PU],
    ["03", "ceased their acts", "partial", "Federal Security Service"],
    ["03", "the State had paid to Wagner", "indirect", PU],
    ["03", "You have in fact stopped a civil war", "direct", PU],
    ["03", "he had never wanted to overthrow", "indirect", PR],
    ["03", "During their march, the mutineers", "indirect", [None]],
    ["03", "Poutine has chosen to humiliate", "direct", "Tatiana Vernier"],
    ["03", "The president keeps his word", "direct", PE],
    ["03", "There is no question of a hunt", "direct", PE],

    ["04", "The Russian President Wladimir Putin has met", "indirect", PE],
    ["04", "the meeting took place on 29 June", "indirect", PE],
    ["04", "Putin gave an assessment", "indirect", PE],
    ["04", "The commanders underlined", "direct", PE],
    ["04", "the Wagner boss was in St. Petersburg", "indirect", LU],
    ["04", "As for Prigoschin, he is in St. Petersburg", "direct", LU],
    ["04", "Wagner had received from the state budget", "indirect", PU],
    ["04", "The Wagner fighters in Belarus will also play", "indirect", [None]],
    ["04", "Putin cannot afford to drop Wagner", "direct", "Jonas Albrecht"],

    ["05", "Yevgueni Prigozhin, the founder of the Wagner group", "indirect", "Rosaviatsia"],
    ["05", "He was a man of complicated destiny", "direct", PU],
    ["05", "talented businessman", "partial", PU],
    ["05", "not surprised", "partial", "Joe Biden"],
    ["05", "Five days later, the 29 June", "indirect", ["Kremlin", None]],
    ["05", "even greater on all the continents", "partial", PR],
    ["05", "General Serguéi Surovikin, considered close", "indirect", [None]],
    ["05", "In Russia, betrayal is not forgotten", "direct", "Andrés Bermúdez"],
    ["05", "the thousands of fighters installed", "indirect", "Andrés Bermúdez"],
]
dump('quotes.json', {
    "about": "Answer key for quotations on corpus-h/articles, same conventions as corpus-c to g: document id prefix, "
             "the first words of the quoted or reported content, kind, and the speaker's canonical name (null: the text "
             "does not name one; a list: any of these is right, and a list containing null also accepts no speaker). A "
             "quote interrupted by its attribution (01 Prigozhin's audio message) is keyed once per piece. A reported "
             "clause with quoted words in it ('adding that those who had taken part would not be prosecuted \"in view of "
             "their service at the front\"', 'insisted that his \"march of justice\" had never been meant', 'claimed "
             "that Lukashenko had offered Wagner a way to keep working \"in a lawful jurisdiction\"', 'that the mutineers "
             "are not « wiped out »', 'accused the organisers of the rebellion of having « betrayed ... »', 'said that "
             "he was « not surprised »', 'assured that Wagner was making Russia « even greater ... »') is keyed as the "
             "partial quote; 02's 'denounced the revolt as \"treason\" and \"a stab in the back\"' is two partial quotes. "
             "Quotation styles: straight double quotes (01), curly quotes (02), guillemets (03, 04, 05). 'He said:' "
             "before a quote (05 Bermúdez); speaker only a pronoun: 01 'he said' (Putin; Peskov for 'Prigozhin himself "
             "would leave for Belarus, he said'), 02 'he said' / 'she said', 03 'has he declared to them' (Putin); "
             "speaker only a role: 03 'analyses the researcher' (Vernier), 'has added the spokesman' (Peskov), 'the "
             "Russian president has accused' (Putin), 04 'the spokesman said' (Peskov), 05 'declared the Russian "
             "president' (Putin). 'X told <outlet>': 02 Kalnina 'told The Baltic Ledger', 04 Albrecht 'said ... to the "
             "Elbe-Rundschau', 05 Bermúdez 'told La Voz del Sur'. 'according to': 01 'According to Lukashenko's press "
             "service' (Lukashenko or no speaker), 'according to Prigozhin', 03 'according to Russian military bloggers' "
             "(unnamed: null), 04 'According to Peskow', 05 'according to the civil aviation agency Rosaviatsia'. Attribution "
             "in the next sentence: 04 'That confirmed Kremlin spokesman Dmitri Peskow on Monday.' Organisations as "
             "speakers: 03 the FSB ('has announced ... the participants having « ceased their acts »'), 05 'as the Kremlin "
             "acknowledged in July' (the Kremlin or null), 05 'the Russian press reported' (unnamed: null), 04 'a diplomat "
             "said' (unnamed: null). Not keyed: acts and opinions that are not speech ('accused him of treason and "
             "promised a harsh response' and 'Prigozhin accused the military leadership' (01), 'called the mutiny "
             "treason' beyond the quoted words, 'urged residents' (01), 'called on NATO' beyond Nauseda's reported "
             "clause, 'For Tatiana Vernier, ..., it is a message of continuity' (03, covered by the direct quote after "
             "it), 'Albrecht expects that' (04), 'He is said to have known' (04, unattributed), 'point to Pavel "
             "Prigozhin' (05), 'offered his condolences' (05)) and the duplicated lead of 03.",
    "quotes": quotes,
})

# ---------------------------------------------------------------------------------------------- claims
claims = [
    {"id": "distance-200km",
     "text": "The Wagner column came within about 200 km of Moscow before turning back",
     "docs": ["01", "03", "04", "05"],
     "anchors": {
         "01": "came within about 200 km of Moscow",
         "03": "They had arrived at 200 kilometres of the capital",
         "04": "to some 200 kilometres before Moscow",
         "05": "to some 200 kilometres from Moscow"},
     "contradiction": {
         "docs": ["02"],
         "anchors": {"02": "his men had come within 120 kilometres of Moscow"},
         "aspect": "number",
         "detail": "02 says the column came within 120 kilometres of Moscow against about 200 km in 01/03/04/05"}},
    {"id": "lukashenko-deal",
     "text": "Prigozhin turned his columns back after a mediation by Belarusian President Lukashenko",
     "docs": ["01", "03", "04", "05"],
     "anchors": {
         "01": "The retreat followed a day of talks led by Belarusian President Alexander Lukashenko",
         "03": "after a mediation of Minsk, they made half-turn",
         "04": "after a mediation by Lukaschenko, let the columns turn back",
         "05": "He then accepted an agreement negotiated by the Belarusian president"},
     "contradiction": None},
    {"id": "exile-belarus",
     "text": "Under the deal Prigozhin was to leave Russia for Belarus",
     "docs": ["01", "02", "04", "05"],
     "anchors": {
         "01": "Prigozhin himself would leave for Belarus",
         "02": "is now free to leave for Belarus under a deal",
         "04": "Officially Prigoschin was to go into exile in Belarus",
         "05": "It guaranteed him impunity and exile in Belarus"},
     "contradiction": None,
     "note": "04's Lukashenko statement that Prigozhin was in St Petersburg and not in Belarus (6 July) against 03's "
             "'he is today in Belarus' (27 June) is a change over time, not a contradiction"},
    {"id": "case-dropped",
     "text": "The criminal case against Prigozhin for armed mutiny was dropped",
     "docs": ["01", "03"],
     "anchors": {
         "01": "the criminal case against Prigozhin would be dropped",
         "03": "has announced this Tuesday the closing of the criminal procedure for armed mutiny"},
     "contradiction": None},
    {"id": "mutiny-began",
     "text": "The mutiny began on Friday 23 June when Prigozhin accused the military of striking Wagner camps",
     "docs": ["01", "03", "04"],
     "anchors": {
         "01": "The crisis began on Friday, when Prigozhin accused the military leadership",
         "03": "had accused the Ministry of the Defence of having bombarded the camps of his men",
         "04": "The uprising had begun on 23 June"},
     "contradiction": None},
    {"id": "rostov-hq",
     "text": "Wagner took over the Southern Military District headquarters in Rostov-on-Don without a fight on 24 June",
     "docs": ["01", "02", "03"],
     "anchors": {
         "01": "by Saturday morning they controlled the headquarters of the Southern Military District there",
         "02": "took over the military headquarters in Rostov-on-Don early on Saturday",
         "03": "his columns had taken without combat the headquarters of the Military District of the South"},
     "contradiction": None},
    {"id": "putin-treason",
     "text": "Putin denounced the mutiny as treason and 'a stab in the back' on Saturday morning",
     "docs": ["01", "02"],
     "anchors": {
         "01": "called the mutiny treason",
         "02": "had denounced the revolt as"},
     "contradiction": None,
     "note": "03's 'betrayed their country and their people' is Putin's Monday address, another statement"},
    {"id": "demands-shoigu-gerasimov",
     "text": "Prigozhin had demanded the removal of Defence Minister Shoigu (and chief of staff Gerasimov)",
     "docs": ["01", "02", "03", "04", "05"],
     "anchors": {
         "01": "demanded the removal of Defence Minister Sergei Shoigu",
         "02": "had long demanded the sacking of Defence Minister Sergei Shoigu",
         "03": "Prigojine demanded the departure of the minister of the Defence",
         "04": "had demanded for months the dismissal of Defence Minister",
         "05": "In June Prigozhin demanded the heads of the Defence Minister"},
     "contradiction": None,
     "note": "02 names only Shoigu; 01's 'for months', 02's 'long' and 05's 'In June' frame the same demand"},
    {"id": "shoigu-video",
     "text": "Shoigu reappeared on Monday 26 June in a video",
     "docs": ["02", "03"],
     "anchors": {
         "02": "Mr Shoigu reappeared on Monday in a video",
         "03": "The minister has reappeared Monday in a video"},
     "contradiction": None},
    {"id": "still-in-office",
     "text": "Shoigu and Gerasimov have kept their posts",
     "docs": ["04", "05"],
     "anchors": {
         "04": "Both remain in office",
         "05": "Both keep their posts"},
     "contradiction": None,
     "note": "02's 'Valery Gerasimov ... has not been seen at all' (26 June) against 04's first appearance 'on Monday' "
             "(10 July) is a change over time, not a contradiction"},
    {"id": "aircraft-downed",
     "text": "The mutineers shot down several military aircraft, killing 13 airmen",
     "docs": ["02", "03"],
     "anchors": {
         "02": "Along the way they shot down several military aircraft and killed at least 13 airmen",
         "03": "the mutineers have shot down several aircraft of the army, killing thirteen soldiers"},
     "contradiction": None,
     "note": "'at least 13' and 'thirteen' agree"},
    {"id": "not-overthrow",
     "text": "Prigozhin said in an audio message on Monday that he had not meant to overthrow the government",
     "docs": ["02", "03"],
     "anchors": {
         "02": "had never been meant to overthrow the government",
         "03": "Prigojine assured that he had never wanted to overthrow the power"},
     "contradiction": None},
    {"id": "fighters-contracts",
     "text": "Wagner fighters were offered contracts with the Defence Ministry",
     "docs": ["01", "03"],
     "anchors": {
         "01": "would be offered contracts with the Defence Ministry",
         "03": "He has offered to the fighters of Wagner to sign a contract with the Ministry of the Defence"},
     "contradiction": None,
     "note": "01 has Peskov's offer (24 June) to those who had not joined the revolt, 03 Putin's (26 June) with two "
             "more options (going home, Belarus): a different framing, not a contradiction"},
    {"id": "state-funding",
     "text": "Putin revealed that the state had paid Wagner 86 billion roubles in one year",
     "docs": ["03", "04"],
     "anchors": {
         "03": "the State had paid to Wagner 86 billion of roubles",
         "04": "Wagner had received from the state budget 86 billion roubles within one year"},
     "contradiction": None,
     "note": "04's 'about 940 million euros' is the same sum converted; 'between May 2022 and May 2023' (03) and "
             "'within one year' (04) agree"},
    {"id": "kremlin-meeting",
     "text": "Putin received Prigozhin and 35 Wagner commanders in the Kremlin on 29 June, five days after the mutiny",
     "docs": ["04", "05"],
     "anchors": {
         "04": "the meeting took place on 29 June",
         "05": "Putin received him in the Kremlin with 35 of his commanders"},
     "contradiction": None},
]
dump('claims.json', {
    "about": "Checkable claims made by two or more sources on corpus-h/articles: short text, the documents asserting it "
             "(with an anchor: words of the asserting sentence in each document's cleaned text), and any contradiction "
             "(documents that disagree, aspect, detail). Only one contradiction is intended (how close the column came to "
             "Moscow: 'within 120 kilometres' in 02 against about 200 km in 01/03/04/05); every other contradiction is a "
             "false alarm, in particular: 36 hours (02, the whole mutiny) against 'Within 24 hours' (04, the advance); 86 "
             "billion roubles against about 940 million euros (04, the same sum); 'at least 13 airmen' (02) against "
             "'thirteen soldiers' (03); 35 commanders (04, 05) against ten occupants of the plane (05) and the "
             "62-year-old (02); 'five days' (04, 05) against 'three days' (03) and 'two months' (05), which measure "
             "different spans; Prigozhin 'today in Belarus' (03, 27 June) against 'in St. Petersburg and not in Belarus' "
             "(04, Lukashenko on 6 July); Gerasimov 'has not been seen at all' (02, 26 June) against his appearance 'on "
             "Monday' (04, 10 July); 'Putin received him in the Kremlin' (05) against the exile in Belarus (02); "
             "Peskov's offer to fighters 'who had not joined the revolt' (01) against Putin's three options (03). "
             "Framing differs on purpose (01 neutral wire; 02 Baltic hawkish analysis of a 'fragile' Putin; 03 French "
             "report with the Kremlin's reassurances; 04 German report on the Kremlin meeting and NATO's eastern flank; "
             "05 Spanish-language report of Prigozhin's death with the 'betrayal is not forgotten' reading) and the "
             "words differ (mutiny, revolt, rebellion, uprising, march of justice). single_source lists claims only one "
             "document makes, for reference.",
    "claims": claims,
    "single_source": [
        {"doc": "01", "text": "Prigozhin said in an audio message that his columns were turning back to avoid bloodshed"},
        {"doc": "01", "text": "Moscow's mayor Sergei Sobyanin declared Monday a non-working day"},
        {"doc": "01", "text": "Prigozhin declared Bakhmut captured on 20 May"},
        {"doc": "02", "text": "Zelensky said Russia's weakness was obvious"},
        {"doc": "02", "text": "Nauseda called on NATO to strengthen its eastern flank at the Vilnius summit"},
        {"doc": "03", "text": "Lukashenko confirmed on 27 June that Prigozhin was in Belarus"},
        {"doc": "03", "text": "Putin told soldiers that they had stopped a civil war"},
        {"doc": "04", "text": "Lukashenko said on 6 July that Prigozhin was in St Petersburg, not in Belarus"},
        {"doc": "04", "text": "Gerasimov appeared on 10 July for the first time since the mutiny"},
        {"doc": "04", "text": "Nothing has been heard of Surovikin since the mutiny"},
        {"doc": "05", "text": "Prigozhin and Utkin were among ten people killed in a plane crash in the Tver region on 23 August"},
        {"doc": "05", "text": "Surovikin was reported relieved of his post on 23 August"},
        {"doc": "05", "text": "Putin called Prigozhin a man of complicated destiny"},
        {"doc": "05", "text": "Poland sent additional troops to its border with Belarus in August"},
    ],
})
print('keys written')
