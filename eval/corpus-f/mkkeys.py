"""Writes the answer keys of corpus-f (G20 summit, New Delhi, 9-10 September 2023) into keys/.

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
    ("Sergei Lavrov", P, ["Sergei Lavrov", "Lavrov", "Sergey Lavrov", "Sergei Lavrow", "Sergueï Lavrov", "Mr. Lavrov"]),
    ("Narendra Modi", P, ["Narendra Modi", "Modi", "Mr Modi", "NaMo"]),
    ("Azali Assoumani", P, ["Azali Assoumani", "Assoumani"]),
    ("Vladimir Putin", P, ["Vladimir Putin"]),
    ("Xi Jinping", P, ["Xi Jinping", "Xi"]),
    ("Li Qiang", P, ["Li Qiang"]),
    ("Joe Biden", P, ["Joe Biden", "Biden", "Mr Biden"]),
    ("Mohammed bin Salman", P, ["Mohammed bin Salman"]),
    ("Ursula von der Leyen", P, ["Ursula von der Leyen", "Von der Leyen"]),
    ("Luiz Inácio Lula da Silva", P, ["Luiz Inácio Lula da Silva", "Luiz Inacio Lula da Silva", "Lula"]),
    ("Amitabh Kant", P, ["Amitabh Kant", "Mr Kant"]),
    ("Oleg Nikolenko", P, ["Oleg Nikolenko"]),
    ("S. Jaishankar", P, ["S. Jaishankar"]),
    ("Mahatma Gandhi", P, ["Mahatma Gandhi"]),
    ("Kavita Raman", P, ["Kavita Raman"]),
    ("Rishi Sunak", P, ["Rishi Sunak", "RISHI Sunak", "Mr Sunak"]),
    ("Akshata Murty", P, ["Akshata Murty"]),
    ("Tom Harcourt", P, ["Tom Harcourt"]),
    ("Emmanuel Macron", P, ["Emmanuel Macron"]),
    ("Justin Trudeau", P, ["Justin Trudeau"]),
    ("Pierre-Alain Dufresne", P, ["Pierre-Alain Dufresne"]),
    ("Moussa Faki Mahamat", P, ["Moussa Faki Mahamat", "Faki"]),
    ("Thabo Sithole", P, ["Thabo Sithole", "Sithole"]),

    ("Group of 20", O, ["Group of 20", "G20", "Group of the Twenty"]),
    ("African Union", O, ["African Union", "AU", "UA"]),
    ("European Union", O, ["European Union", "EU", "UE"]),
    ("European Commission", O, ["European Commission"]),
    ("African Union Commission", O, ["African Union Commission", "Commission"]),
    ("International Criminal Court", O, ["International Criminal Court", "ICC", "International Penal Court", "CPI"]),
    ("United Nations", O, ["United Nations"]),
    ("World Bank", O, ["World Bank"]),
    ("International Monetary Fund", O, ["International Monetary Fund", "IMF"]),
    ("Ukrainian Ministry of Foreign Affairs", O, ["Ukrainian Ministry of Foreign Affairs",
                                                 "Ukrainian Ministry of the Foreign Affairs"]),
    ("Downing Street", O, ["Downing Street"]),
    ("Elysée", O, ["Elysée"]),
    ("Global Biofuels Alliance", O, ["Global Biofuels Alliance", "Global Alliance for the Biofuels"]),
    ("Green Climate Fund", O, ["Green Climate Fund", "Green Fund for the Climate", "GCF"]),
    ("Centre for Indo-Pacific Studies", O, ["Centre for Indo-Pacific Studies"]),
    ("Commonwealth Policy Forum", O, ["Commonwealth Policy Forum"]),
    ("Institute of Studies of the Emerging Countries", O, ["Institute of Studies of the Emerging Countries", "IEPE"]),
    ("Johannesburg Institute for African Affairs", O, ["Johannesburg Institute for African Affairs", "JIAA"]),

    ("The Capital Chronicle", MD, ["The Capital Chronicle"]),
    ("Herald", MD, ["Herald"]),
    ("Equator Review", MD, ["Equator Review"]),

    ("India", G, ["India"]),
    ("Russia", G, ["Russia"]),
    ("Ukraine", G, ["Ukraine"]),
    ("China", G, ["China"]),
    ("Brazil", G, ["Brazil"]),
    ("United States", G, ["United States", "U.S."]),
    ("Saudi Arabia", G, ["Saudi Arabia"]),
    ("United Arab Emirates", G, ["United Arab Emirates"]),
    ("France", G, ["France"]),
    ("Germany", G, ["Germany"]),
    ("Italy", G, ["Italy"]),
    ("United Kingdom", G, ["United Kingdom", "UK", "Britain"]),
    ("Comoros", G, ["Comoros"]),
    ("Canada", G, ["Canada"]),
    ("Bangladesh", G, ["Bangladesh"]),
    ("Mauritania", G, ["Mauritania"]),
    ("South Africa", G, ["South Africa"]),
    ("New Delhi", G, ["New Delhi", "Delhi"]),
    ("Rio de Janeiro", G, ["Rio de Janeiro", "Rio"]),
    ("Bali", G, ["Bali"]),
    ("Pune", G, ["Pune"]),
    ("London", G, ["London"]),
    ("Addis Ababa", G, ["Addis Ababa"]),

    ("Bharat Mandapam", L, ["Bharat Mandapam"]),
    ("Rajghat", L, ["Rajghat"]),
    ("Akshardham temple", L, ["Akshardham temple"]),
    ("Gulf", L, ["Gulf"]),
    ("Europe", L, ["Europe"]),
    ("Africa", L, ["Africa"]),
    ("Global South", L, ["Global South"]),

    ("New Delhi Leaders' Declaration", M, ["New Delhi Leaders' Declaration", "New Delhi Leaders’ Declaration"]),
    ("India-Middle East-Europe Economic Corridor", M, ["India-Middle East-Europe Economic Corridor", "IMEC",
                                                       "economic corridor India-Middle East-Europe"]),
]

descriptions = [
    ("China", ["Beijing"]),
    ("Russia", ["Moscow"]),
    ("Ukraine", ["Kyiv"]),
    ("United States", ["Washington"]),
    ("Narendra Modi", ["the host"]),
    ("Rishi Sunak", ["The Prime Minister"]),
    ("Azali Assoumani", ["the Comorian leader"]),
    ("Luiz Inácio Lula da Silva", ["The president of Brazil"]),
]

roles = [
    ("Narendra Modi", ["Indian Prime Minister", "Prime Minister"]),
    ("Azali Assoumani", ["Comoros President", "the current chair of the African Union", "the Comorian president"]),
    ("Sergei Lavrov", ["Foreign Minister", "Russian Foreign Minister", "The Russian head of the diplomacy"]),
    ("Vladimir Putin", ["Russian President"]),
    ("Xi Jinping", ["China's President", "The Chinese president"]),
    ("Li Qiang", ["Premier", "the Prime Minister"]),
    ("Joe Biden", ["U.S. President"]),
    ("Mohammed bin Salman", ["Saudi Crown Prince"]),
    ("Ursula von der Leyen", ["European Commission President"]),
    ("Luiz Inácio Lula da Silva", ["Brazil’s President"]),
    ("Amitabh Kant", ["India’s G20 sherpa"]),
    ("S. Jaishankar", ["External Affairs Minister"]),
    ("Oleg Nikolenko", ["its spokesman"]),
    ("Kavita Raman", ["a fellow at the Centre for Indo-Pacific Studies in Pune"]),
    ("Rishi Sunak", ["the first British PM of Indian heritage"]),
    ("Tom Harcourt", ["director of the Commonwealth Policy Forum think tank"]),
    ("Emmanuel Macron", ["The French president"]),
    ("Justin Trudeau", ["the Canadian Prime Minister"]),
    ("Pierre-Alain Dufresne", ["researcher at the Institute of Studies of the Emerging Countries"]),
    ("Moussa Faki Mahamat", ["chairperson of the African Union Commission"]),
    ("Thabo Sithole", ["a researcher at the Johannesburg Institute for African Affairs"]),
]

dump('entities.json', {
    "about": "Answer key for entity resolution on corpus-f/articles (G20 summit, New Delhi, 9-10 September 2023, and its "
             "aftermath to October 2023), written from reading the articles. Same conventions as corpus-c/d/e: canonical "
             "name (a form that occurs in the texts), type, and every surface form that names the entity in the cleaned "
             "texts (headlines, captions, bylines, datelines such as 'NEW DELHI (Continental Newswire) -', related links, "
             "comments and other boilerplate excluded). Title+full-name forms (Dr Kavita Raman) are not listed "
             "separately; title+surname forms (Mr Modi, Mr. Lavrov, Mr Kant, Mr Sunak, Mr Biden) are. Defects on purpose: "
             "Lavrov is written six ways: 'Sergei Lavrov' (01, 05), 'Sergey Lavrov' (02), the French transliteration "
             "'Sergueï Lavrov' and 'Mr. Lavrov' in the machine-translated 04, and the misspelling 'Sergei Lavrow' (03); "
             "Modi has the nickname 'NaMo' (02); Lula is the nickname of Luiz Inácio Lula da Silva (02 with accent, 04 "
             "without: 'Luiz Inacio Lula da Silva, called Lula'); 03 writes 'RISHI Sunak' in tabloid capitals; 04's "
             "machine translation gives French acronyms and calques: 'African Union (UA)', 'European Union (UE)', "
             "'International Penal Court (CPI)', 'Group of the Twenty (G20)', 'Green Fund for the Climate (GCF)', "
             "'Global Alliance for the Biofuels', 'economic corridor India-Middle East-Europe', 'Ukrainian Ministry of the "
             "Foreign Affairs'. Capitals standing for governments are descriptions: Beijing (China, 01), Moscow (Russia, "
             "02, 04), Kyiv (Ukraine, 02, 03, 04), Washington (United States, 02, 04); 'New Delhi' is keyed as the city "
             "although 02 ('what New Delhi had promised') and 04 ('New Delhi has proven') use it for the Indian "
             "government; 'Bali' (02 'Bali was Bali') is the place. 'Downing Street' and 'the Elysée' (04 'According to "
             "the Elysée') are keyed as ORG speakers. 'Commission' alone (05 'the Commission would take the lead') is the "
             "African Union Commission. 'the Herald' (03 'He told the Herald') is the outlet (The Morning Herald, keyed as 'Herald', the form in the text). 'United "
             "Nations' occurs only in 'the Charter of the United Nations' (04). Adjectives (Indian, Russian, Chinese, "
             "Saudi, French, Ukrainian, Comorian, Canadian, Hindu) are not keyed; 'G20' inside 'India's G20 sherpa' counts "
             "as a mention of the Group of 20. roles: roles stated in an apposition or title, for information.",
    "entities": [{"name": n, "type": t, "aliases": a} for n, t, a in ents],
    "descriptions": [{"entity": e, "descriptions": d} for e, d in descriptions],
    "roles": [{"entity": e, "roles": r} for e, r in roles],
})

# ---------------------------------------------------------------------------------------------- dates
dates = [
    # 01: published 2023-09-09 (Saturday)
    ["01", "Saturday", "2023-09-09"],
    ["01", "9 to 10 September", "2023-09-09/2023-09-10"],
    ["01", "last year", "2022"],
    ["01", "Sunday", "2023-09-10"],
    ["01", "next year", "2024"],
    # 02: published 2023-09-10 (Sunday); the dateline 'NEW DELHI, Sept 10 —' is not keyed
    ["02", "Sunday", "2023-09-10"],
    ["02", "late November", "2023-11"],
    ["02", "the end of November", "2023-11"],
    ["02", "1 December", "2023-12-01"],
    ["02", "Saturday", "2023-09-09"],
    ["02", "200 hours", "PT200H"],
    ["02", "last year", "2022"],
    ["02", "Saturday", "2023-09-09"],
    ["02", "November", "2023-11"],
    # 03: published 2023-09-10 (Sunday), no date line
    ["03", "this morning", "2023-09-10"],
    ["03", "yesterday", "2023-09-09"],
    ["03", "next week", "2023-09-11/2023-09-17"],
    ["03", "Earlier this month", "2023-09"],
    ["03", "Saturday", "2023-09-09"],
    ["03", "last year", "2022"],
    ["03", "this weekend", "2023-09-09/2023-09-10"],
    ["03", "ten years", "P10Y"],
    ["03", "tonight", "2023-09-10"],
    # 04: published 2023-09-11 (Monday), no date line
    ["04", "9 to 10 September", "2023-09-09/2023-09-10"],
    ["04", "Sunday", "2023-09-10"],
    ["04", "Saturday", "2023-09-09"],
    ["04", "this year", "2023"],
    ["04", "Sunday", "2023-09-10"],
    ["04", "Sunday", "2023-09-10"],
    ["04", "Sunday", "2023-09-10"],
    ["04", "next year", "2024"],
    ["04", "Monday", "2023-09-11"],
    ["04", "last year", "2022"],
    ["04", "Monday", "2023-09-11"],
    ["04", "Sunday", "2023-09-10"],
    # 05: published 2023-10-04 (Wednesday)
    ["05", "four weeks", "P4W"],
    ["05", "9 September", "2023-09-09"],
    ["05", "last month", "2023-09"],
    ["05", "February", "2024-02"],
    ["05", "2025", "2025"],
    ["05", "9 September", "2023-09-09"],
    ["05", "60 days", "P60D"],
    ["05", "the 12th", "2023-09-12"],
    ["05", "next month", "2023-11"],
    ["05", "1 December", "2023-12-01"],
    ["05", "November", "2024-11"],
]
dump('dates.json', {
    "about": "Answer key for date normalisation on corpus-f/articles, same conventions as corpus-c/d/e: document id "
             "prefix, the expression as written (the first occurrence not yet matched, in text order; a system expression "
             "that contains the key text matches, so 'Sunday' in 04 also matches 'Sunday evening' and 'Monday' matches "
             "'this Monday', 'November' in 05 matches 'November next year'), its absolute value. Weeks run Monday to "
             "Sunday. Date lines, datelines ('NEW DELHI, Sept 10 —' in 02) and boilerplate (comment timestamps in 02, 05's "
             "'Published 4 October 2023') are not keyed. Vague or anaphoric expressions ('Hours later', 'Earlier in the "
             "day', 'the first day', 'the final day', 'the day before' (04, = Saturday 9 September), 'the weekend', 'an "
             "election year', 'every year', 'the next days', 'between summits') are not keyed. 02's 'the end of November' "
             "is inside Modi's quotation and 'November' inside Kavita Raman's: the virtual session of November 2023. 05 "
             "(written 4 October 2023): 'last month' is September 2023, 'next month' November 2023, 'February' February "
             "2024 (the AU chair hands over), 'the 12th' 12 September (Trudeau's departure), 'November next year' "
             "November 2024 (Rio). 01's and 04's 'next year' (Brazil's presidency / summit) is 2024. Publication dates "
             "used: 01 2023-09-09, 02 2023-09-10, 03 2023-09-10, 04 2023-09-11, 05 2023-10-04 (see publication.json).",
    "dates": dates,
})

# ---------------------------------------------------------------------------------------------- publication
dump('publication.json', {
    "about": "True publication date of each document (the one the author had in mind) and whether the input states it "
             "(metadata, JSON field or a visible date line). window: the span a careful reader can prove from the text alone "
             "(plus event dates the other articles give); the engine's published.earliest..latest should contain 'date'.",
    "published": [
        {"doc": "01", "date": "2023-09-09", "stated": True,
         "how": "JSONL published field 2023-09-09T16:20:00Z", "window": ["2023-09-09", "2023-09-09"]},
        {"doc": "02", "date": "2023-09-10", "stated": True,
         "how": "meta article:published_time and JSON-LD datePublished 2023-09-10T21:30:00+05:30 (no visible date; the "
                "dateline 'NEW DELHI, Sept 10' agrees; comment timestamps of 10-11 September are boilerplate)",
         "window": ["2023-09-10", "2023-09-10"]},
        {"doc": "03", "date": "2023-09-10", "stated": False,
         "how": "none: Sunak visited the temple 'this morning' 'on the final day of the G20 summit' (Sunday 10 September "
                "per 01/02/04) and 'flies home tonight'; the joint statement 'on Saturday' is past",
         "window": ["2023-09-10", "2023-09-10"]},
        {"doc": "04", "date": "2023-09-11", "stated": False,
         "how": "none: the summit 'ended on Sunday'; Lula 'nuancing his words on Monday' and Trudeau 'remained blocked "
                "this Monday' put it on Monday 11 September (05: Trudeau left on the 12th)",
         "window": ["2023-09-11", "2023-09-11"]},
        {"doc": "05", "date": "2023-10-04", "stated": True,
         "how": "visible date line 'Published 4 October 2023 | 08:00 SAST'", "window": ["2023-10-04", "2023-10-04"]},
    ],
})

# ---------------------------------------------------------------------------------------------- timeline
ev = []
event = recorder(ev)


event("G20 summit held at Bharat Mandapam, New Delhi", "2023-09-09", ["01", "04"],
      ["summit", "meeting", "held", "g20"], until="2023-09-10",
      note="01 and 04 '9 to 10 September'; 02 closes it 'on Sunday', 05 dates its first day '9 September'")
event("African Union admitted as a permanent member of the G20", "2023-09-09", ["01", "04", "05"],
      ["african union", "african-union", "permanent member", "member", "admitted", "seat"],
      note="02 says 'agreed on the first day'")
event("Leaders adopt the New Delhi Leaders' Declaration by consensus", "2023-09-09", ["01", "02", "03"],
      ["declaration", "consensus", "joint statement", "adopted", "agreed"])
event("India-Middle East-Europe Economic Corridor announced", "2023-09-09", ["05"],
      ["corridor", "imec", "india-middle-east-europe-economic-corridor", "announced"],
      note="01 reports it from the sidelines of the first day without a date expression")
event("Global Biofuels Alliance launched", "2023-09-09", ["02"], ["biofuels", "alliance", "launched"])
event("Sunak and Modi hold trade talks", "2023-09-09", ["03"], ["talks", "trade", "sunak", "rishi-sunak"])
event("Lula tells an Indian TV channel Putin could come to Rio without being arrested", "2023-09-09", ["04"],
      ["lula", "arrested", "assured", "television"], note="04 'the day before' (relative to Sunday)")
event("Sunak visits the Akshardham temple and pledges £1.62 billion ($2 billion) to the Green Climate Fund",
      "2023-09-10", ["03"], ["akshardham", "temple", "green climate fund", "green-climate-fund", "1.62 billion", "sunak"],
      note="04 reports the UK contribution without a date")
event("Leaders lay wreaths at Rajghat", "2023-09-10", ["02"], ["rajghat", "wreath"])
event("Modi closes the summit and hands the gavel to Lula; proposes a virtual session in November", "2023-09-10",
      ["02", "04"], ["gavel", "closing", "presidency", "close", "ended", "lula", "virtual"])
event("Lavrov calls the summit a success", "2023-09-10", ["04"], ["lavrov", "sergei-lavrov", "success"],
      note="02 reports it undated (published that Sunday)")
event("Macron leaves New Delhi for Bangladesh", "2023-09-10", ["04"], ["macron", "bangladesh", "quitted", "left"])
event("Trudeau's plane breaks down; he stays in New Delhi until the 12th", "2023-09-10", ["04", "05"],
      ["trudeau", "plane", "aircraft", "breakdown", "broke down", "blocked"], until="2023-09-12")
event("Lula qualifies his remarks on Putin", "2023-09-11", ["04"], ["lula", "nuancing", "justice"])
event("African Union Commission says it will set up a working group", "2023-09", ["05"],
      ["working group", "african union commission", "statement"], note="month only ('last month' in 05)")
dump('timeline.json', {
    "about": "Real-world events the articles report, with date (day or month), until for multi-day events, the documents "
             "that report each, and words by which a system event is recognised (title, trigger or participant entity ids). "
             "Future plans (the next round of UK-India trade talks 'next week' (03), the virtual G20 session in November "
             "2023, Brazil's presidency from 1 December, the Rio summit in November 2024, the AU chair's handover in "
             "February, South Africa's presidency in 2025, the IMEC meeting 'within 60 days') and year-only events (the "
             "Bali declaration 'last year' 2022) are not keyed.",
    "events": ev,
})

# ---------------------------------------------------------------------------------------------- quotes
LV, MO, LU, SU = "Sergei Lavrov", "Narendra Modi", "Luiz Inácio Lula da Silva", "Rishi Sunak"
UKR = "Ukrainian Ministry of Foreign Affairs"
quotes = [
    ["01", "In the spirit of taking everyone along", "direct", MO],
    ["01", "With your approval, I invite", "direct", MO],
    ["01", "on the menu rather than at the table", "partial", "Azali Assoumani"],
    ["01", "All 83 paragraphs were agreed", "indirect", [None]],
    ["01", "the war in Ukraine", "partial", [None]],
    ["01", "balanced", "partial", LV],
    ["01", "This is a really big deal", "direct", "Joe Biden"],
    ["01", "endless opportunities", "partial", "Joe Biden"],
    ["01", "a green and digital bridge", "partial", "Ursula von der Leyen"],

    ["02", "India has passed on the presidency", "direct", MO],
    ["02", "I propose that we hold a virtual session", "direct", MO],
    ["02", "Brazil would put the fight against hunger", "indirect", LU],
    ["02", "more voice and more vote", "partial", LU],
    ["02", "Every one of the 83 paragraphs", "direct", "Amitabh Kant"],
    ["02", "There is no chair", "direct", "Amitabh Kant"],
    ["02", "success", "partial", LV],
    ["02", "Ukrainise", "partial", LV],
    ["02", "nothing to be proud of", "partial", UKR],
    ["02", "Ukraine's participation would have changed", "indirect", "Oleg Nikolenko"],
    ["02", "Bali was Bali", "direct", "S. Jaishankar"],
    ["02", "the situation had changed since last year", "indirect", "S. Jaishankar"],
    ["02", "the declaration had been a bet on drafting", "indirect", "Kavita Raman"],
    ["02", "India made the text vague enough", "direct", "Kavita Raman"],
    ["02", "That is not nothing", "direct", "Kavita Raman"],

    ["03", "resilience and solace", "partial", SU],
    ["03", "the UK would put £1.62 billion", "indirect", SU],
    ["03", "This is the biggest single amount", "direct", SU],
    ["03", "We are keeping our promises", "direct", SU],
    ["03", "ambitious", "partial", "Downing Street"],
    ["03", "It is very clear that Russia", "direct", SU],
    ["03", "The declaration is a victory", "direct", "Tom Harcourt"],
    ["03", "the one thing from this weekend", "partial", "Tom Harcourt"],

    ["04", "nothing of which to be proud", "partial", ["Ukraine", UKR]],
    ["04", "It is a success for all the Global South", "direct", "Azali Assoumani"],
    ["04", "We were able to prevent the attempts", "direct", LV],
    ["04", "the text does not contain any mention", "indirect", LV],
    ["04", "the participants did not invite Kyiv", "indirect", UKR],
    ["04", "The G20 is not a forum", "direct", "Emmanuel Macron"],
    ["04", "France has obtained that the declaration", "indirect", "Elysée"],
    ["04", "without being arrested", "partial", LU],
    ["04", "it is the justice of Brazil which will decide", "indirect", LU],
    ["04", "New Delhi has proven", "direct", "Pierre-Alain Dufresne"],
    ["04", "A replacement aircraft was expected", "indirect", [None, "Justin Trudeau"]],

    ["05", "Membership is a chair, not yet a voice", "direct", "Moussa Faki Mahamat"],
    ["05", "it would set up a working group", "indirect", "African Union Commission"],
    ["05", "the harder question is who speaks", "indirect", [None]],
    ["05", "the Commission would take the lead", "indirect", "Moussa Faki Mahamat"],
    ["05", "granted, not won", "partial", "Thabo Sithole"],
    ["05", "India needed a headline", "direct", "Thabo Sithole"],
    ["05", "The test comes when Brazil", "direct", "Thabo Sithole"],
    ["05", "Turn up with one position", "direct", "Thabo Sithole"],
]
dump('quotes.json', {
    "about": "Answer key for quotations on corpus-f/articles, same conventions as corpus-c/d/e: document id prefix, "
             "the first words of the quoted or reported content, kind, and the speaker's canonical name (null: the text "
             "does not name one; a list: any of these is right, and a list containing null also accepts no speaker). A "
             "quote that runs over two paragraphs (01 Modi, 'Modi told the hall: \"...') is keyed once per paragraph; a "
             "quote interrupted by its attribution (02 Modi, Kant, Raman; 05 Sithole) once per piece; a quote whose "
             "sentences continue inside the same quotation marks (04 Dufresne) once. A reported clause with quoted words "
             "in it ('said the West had failed to \"Ukrainise\" the agenda', 'He said the corridor would open \"endless "
             "opportunities\"') is keyed as the partial quote. 'He said:' / 'He added:' chain in 03 (Sunak, straight "
             "double quotes), a single-quoted quote (03 Harcourt), curly quotes (02, 05), guillemets (04). Attribution "
             "after a dash: 04 '», - declared the Comorian president Azali Assoumani', '», - declared Mr. Lavrov'; 05 the "
             "pull-quote '“...” — Moussa Faki Mahamat, chairperson of the African Union Commission, in remarks to the "
             "Equator Review'. 'X told <outlet>': 02 Raman 'told The Capital Chronicle', 03 Harcourt 'told the Herald', 05 "
             "Sithole 'told the Equator Review'. 'according to': 01 'according to Indian officials' (unnamed: null), 04 "
             "'According to him' (Lavrov), 'According to the Elysée' (ORG), 'according to his office' (Trudeau's office: "
             "Trudeau or null). Organisations as speakers: 02 'The Ukrainian Ministry of Foreign Affairs said', 04 'The "
             "Ukrainian Ministry of the Foreign Affairs ... has regretted', 03 'Downing Street said', 05 'The African "
             "Union Commission said in a statement'; 04 'Kyiv judges « ... »' is Ukraine or its ministry. Documents as "
             "speakers: 01 'the text refers to \"the war in Ukraine\"' (no speaker). 05 'Diplomats in Addis Ababa say' is "
             "unnamed. Not keyed: 04's 'a « success » for Russia' (the quoted word also opens Assoumani's quote; the "
             "Lavrov reported clause is covered by the direct quote after it), 02 'called the summit a “success”' is "
             "keyed as Lavrov's partial; 'Lula, who takes over ... said Brazil would put' is keyed, 'announced' clauses "
             "(Modi announced the decision/consensus) are not quotes. The duplicated lead of 04 is not keyed twice.",
    "quotes": quotes,
})

# ---------------------------------------------------------------------------------------------- claims
claims = [
    {"id": "au-permanent-member",
     "text": "The G20 admitted the African Union as a permanent member at the New Delhi summit",
     "docs": ["01", "02", "03", "04", "05"],
     "anchors": {
         "01": "agreed on Saturday to make the African Union a permanent member of the bloc",
         "02": "agreed on the first day",
         "03": "now sits alongside the European Union as a full member",
         "04": "becomes thus a permanent member of the G20",
         "05": "the African Union became the 21st member of the Group of 20"},
     "contradiction": None,
     "note": "05 '21st member' (19 countries + EU + AU) is not a contradiction with the name 'Group of 20'"},
    {"id": "au-size",
     "text": "The African Union has 55 member states",
     "docs": ["01", "02", "03"],
     "anchors": {
         "01": "which groups 55 member states",
         "02": "the 55-member African Union",
         "03": "The African Union, with 55 countries"},
     "contradiction": {
         "docs": ["04"],
         "anchors": {"04": "which gathers 54 member States"},
         "aspect": "number",
         "detail": "04 says the African Union (UA) gathers 54 member states against 55 in 01/02/03; the AU's 1.4 billion "
                   "people (01, 05) and 05's '21st member' of the G20 are other quantities"}},
    {"id": "declaration-consensus",
     "text": "The leaders adopted the New Delhi Leaders' Declaration by consensus on the first day, all 83 paragraphs agreed",
     "docs": ["01", "02", "03"],
     "anchors": {
         "01": "All 83 paragraphs were agreed without objection",
         "02": "Every one of the 83 paragraphs carries the agreement of all members",
         "03": "got every country, Russia included, to sign up to a joint statement on Saturday"},
     "contradiction": None,
     "note": "02's 'more than 200 hours' and '15 drafts' are other quantities; adopted on Saturday, summit ended Sunday"},
    {"id": "ukraine-softer",
     "text": "The declaration does not condemn Russia by name and says less on Ukraine than the Bali declaration of 2022",
     "docs": ["01", "03", "04"],
     "anchors": {
         "01": "but it does not condemn Russia by name",
         "03": "much softer than the statement from Bali last year",
         "04": "a text which says less than that of Bali last year"},
     "contradiction": None,
     "note": "Sunak's 'It is very clear that Russia's illegal war is the cause' (03) is his reading, not a claim that the "
             "text condemns Russia"},
    {"id": "lavrov-success",
     "text": "Sergei Lavrov hailed the summit as a success / diplomatic win for Russia",
     "docs": ["02", "04", "05"],
     "anchors": {
         "02": "called the summit a \"success\"",
         "04": "estimated Sunday that the summit was a",
         "05": "Sergei Lavrov hailed as a diplomatic win"},
     "contradiction": None,
     "note": "01 'a \"balanced\" approach' (Saturday) is compatible"},
    {"id": "kyiv-not-proud",
     "text": "Ukraine said the G20 had nothing to be proud of",
     "docs": ["02", "04"],
     "anchors": {
         "02": "said the G20 had",
         "04": "that Kyiv judges"},
     "contradiction": None},
    {"id": "xi-putin-absent",
     "text": "Xi Jinping and Vladimir Putin stayed away; China sent Premier Li Qiang, Russia Sergei Lavrov",
     "docs": ["01", "04"],
     "anchors": {
         "01": "Beijing was represented by Premier Li Qiang",
         "04": "replaced by the Prime Minister Li Qiang"},
     "contradiction": None},
    {"id": "imec",
     "text": "The India-Middle East-Europe Economic Corridor (IMEC) was announced to link India with the Gulf and Europe",
     "docs": ["01", "04", "05"],
     "anchors": {
         "01": "announced the India-Middle East-Europe Economic Corridor (IMEC)",
         "04": "which must connect the Indian ports to the Gulf",
         "05": "was announced with fanfare on 9 September"},
     "contradiction": None,
     "note": "05 '60 days' is the deadline for an action plan"},
    {"id": "uk-gcf",
     "text": "The UK pledged £1.62 billion ($2 billion) to the Green Climate Fund",
     "docs": ["03", "04"],
     "anchors": {
         "03": "the UK would put £1.62 billion into the Green Climate Fund",
         "04": "a contribution of 2 billion dollars to the Green Fund for the Climate"},
     "contradiction": None,
     "note": "£1.62 billion and 2 billion dollars are the same sum in two currencies: not a contradiction"},
    {"id": "brazil-presidency",
     "text": "Brazil takes over the G20 presidency from India and hosts the next summit in Rio de Janeiro",
     "docs": ["01", "02", "04", "05"],
     "anchors": {
         "01": "when Modi is due to hand the presidency to Brazil",
         "02": "handing the ceremonial gavel to Brazil",
         "04": "received Sunday the presidency of the G20 for next year",
         "05": "Brazil takes over the presidency on 1 December"},
     "contradiction": None,
     "note": "the gavel was handed over on 10 September; the presidency formally starts on 1 December (02, 05): both "
             "are compatible"},
    {"id": "virtual-session",
     "text": "Modi proposed a virtual session of G20 leaders in November 2023",
     "docs": ["02", "05"],
     "anchors": {
         "02": "proposing that leaders meet again online in late November",
         "05": "Modi has called a virtual session of G20 leaders for next month"},
     "contradiction": None},
    {"id": "g20-share",
     "text": "The G20 accounts for the bulk of world output (about 85% of global GDP; more than three-quarters)",
     "docs": ["01", "05"],
     "anchors": {
         "01": "The G20 accounts for about 85% of global GDP",
         "05": "accounts for more than three-quarters of world output"},
     "contradiction": None,
     "note": "85% and 'more than three-quarters' are compatible; 'two-thirds' (01) is the share of the world's population"},
    {"id": "au-population",
     "text": "The African Union represents about 1.4 billion people",
     "docs": ["01", "05"],
     "anchors": {
         "01": "about 1.4 billion people",
         "05": "home to some 1.4 billion people"},
     "contradiction": None,
     "note": "05's 'about $3 trillion a year' is Africa's output, another quantity"},
    {"id": "biofuels",
     "text": "A Global Biofuels Alliance was launched at the summit",
     "docs": ["02", "04"],
     "anchors": {
         "02": "The Global Biofuels Alliance, launched by Mr Modi",
         "04": "of a Global Alliance for the Biofuels"},
     "contradiction": None},
    {"id": "trudeau-stranded",
     "text": "Justin Trudeau was stranded in New Delhi by a breakdown of his plane",
     "docs": ["04", "05"],
     "anchors": {
         "04": "remained blocked this Monday in New Delhi",
         "05": "whose aircraft broke down"},
     "contradiction": None,
     "note": "04 (Monday: still blocked) and 05 (left on the 12th) are compatible"},
]
dump('claims.json', {
    "about": "Checkable claims made by two or more sources on corpus-f/articles: short text, the documents asserting it "
             "(with an anchor: words of the asserting sentence in each document's cleaned text), and any contradiction "
             "(documents that disagree, aspect, detail). Only one contradiction is intended (the number of the African "
             "Union's member states: 54 in 04 against 55 in 01/02/03); every other contradiction is a false alarm, in "
             "particular: £1.62 billion (03) against 2 billion dollars (04) for the UK's Green Climate Fund pledge (same "
             "sum, two currencies); 85% of global GDP (01) against 'more than three-quarters of world output' (05) and "
             "'two-thirds of the world's population' (01); 1.4 billion people against $3 trillion a year (05); 83 "
             "paragraphs against 200 hours and 15 drafts (02); 55 member states against '21st member of the Group of 20' "
             "(05); 'next year' (2023 articles) for Brazil's summit against 05's 'November next year' (same November "
             "2024); the gavel handed over on Sunday 10 September against the presidency starting on 1 December; the "
             "declaration adopted on Saturday against the summit ending on Sunday; Lavrov's 'balanced' (01) against "
             "'success' (02/04); Trudeau 'blocked this Monday' (04) against leaving 'on the 12th' (05); '60 days' (05). "
             "Framing differs on purpose (02 Indian triumph, 03 British angle on Sunak, 04 French with Kyiv's and Paris's "
             "view, 05 African retrospective) without contradicting. single_source lists claims only one document makes, "
             "for reference.",
    "claims": claims,
    "single_source": [
        {"doc": "01", "text": "The IMEC memorandum was signed by India, the US, Saudi Arabia, the UAE, France, Germany, Italy and the EU"},
        {"doc": "01", "text": "Putin faces an arrest warrant from the International Criminal Court"},
        {"doc": "02", "text": "Kant: more than 200 hours of talks and 15 drafts"},
        {"doc": "02", "text": "Leaders laid wreaths at Rajghat on Sunday"},
        {"doc": "03", "text": "Sunak visited the Akshardham temple with Akshata Murty"},
        {"doc": "03", "text": "Sunak and Modi held trade talks; the next round begins in London next week"},
        {"doc": "04", "text": "Lula said Putin could come to Rio without being arrested, then qualified it on Monday"},
        {"doc": "04", "text": "Macron left New Delhi for Bangladesh on Sunday"},
        {"doc": "05", "text": "The AU chair passes from Comoros to Mauritania in February"},
        {"doc": "05", "text": "South Africa holds the G20 presidency in 2025"},
    ],
})
print('keys written')
