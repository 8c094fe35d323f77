"""Writes the answer keys of corpus-e (COP28 climate summit, Dubai, 30 November - 13 December 2023) into keys/.

Written by hand from reading the articles; run once (python3 mkkeys.py), then python3 check_keys.py.
"""
import json
import os
import sys

K = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'keys')


sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from key_writing import recorder, writer  # noqa: E402

dump = writer(K)


P, O, G, L, M, E_, MD = 'PERSON', 'ORG', 'GPE', 'LOC', 'MISC', 'EVENT', 'MEDIA'

# ---------------------------------------------------------------------------------------------- entities
ents = [
    ("Sultan Al Jaber", P, ["Sultan Al Jaber", "Al Jaber", "Dr Al Jaber", "Dr Sultan", "Sultan Al Jabir",
                            "Sultan Ahmed al-Djaber", "Soultan al-Djaber", "Mr. Al-Jabar"]),
    ("António Guterres", P, ["António Guterres", "Antonio Guterres"]),
    ("Simon Stiell", P, ["Simon Stiell"]),
    ("John Kerry", P, ["John Kerry", "Kerry"]),
    ("Anne Rasheed", P, ["Anne Rasheed"]),
    ("Abdulaziz bin Salman", P, ["Abdulaziz bin Salman", "Abdelaziz ben Salmane"]),
    ("Mary Robinson", P, ["Mary Robinson"]),
    ("Rishi Sunak", P, ["Rishi Sunak"]),
    ("Tessa Morland", P, ["Tessa Morland"]),
    ("Agnès Pannier-Runacher", P, ["Agnès Pannier-Runacher"]),
    ("Haitham al-Ghais", P, ["Haitham al-Ghais"]),
    ("Wopke Hoekstra", P, ["Wopke Hoekstra"]),
    ("Julien Morvan", P, ["Julien Morvan"]),
    ("Collins Nzovu", P, ["Collins Nzovu"]),
    ("William Ruto", P, ["William Ruto", "Ruto"]),
    ("Amina Odhiambo", P, ["Amina Odhiambo"]),
    ("Mariam Al Suwaidi", P, ["Mariam Al Suwaidi"]),
    ("Mukhtar Babayev", P, ["Mukhtar Babayev"]),

    ("United Nations", O, ["United Nations", "UN", "United Nations Organization", "UNO"]),
    ("United Nations Framework Convention on Climate Change", O,
     ["United Nations Framework Convention on Climate Change", "UNFCCC"]),
    ("Organization of the Petroleum Exporting Countries", O, ["Organization of the Petroleum Exporting Countries", "OPEC"]),
    ("Alliance of Small Island States", O, ["Alliance of Small Island States", "AOSIS"]),
    ("European Union", O, ["European Union", "EU"]),
    ("World Bank", O, ["World Bank"]),
    ("Abu Dhabi National Oil Company", O, ["Abu Dhabi National Oil Company", "ADNOC"]),
    ("COP28 presidency", O, ["COP28 presidency"]),
    ("Ministry of Foreign Affairs", O, ["Ministry of Foreign Affairs"]),
    ("Ministry of the Energy Transition", O, ["Ministry of the Energy Transition"]),
    ("African Group of Negotiators", O, ["African Group of Negotiators", "AGN"]),
    ("Intergovernmental Panel on Climate Change", O, ["Intergovernmental Panel on Climate Change", "IPCC"]),
    ("State Oil Company of the Azerbaijan Republic", O, ["State Oil Company of the Azerbaijan Republic", "SOCAR"]),
    ("Emirates Institute for Energy Futures", O, ["Emirates Institute for Energy Futures"]),
    ("Paris Institute for Climate Diplomacy", O, ["Paris Institute for Climate Diplomacy", "IPCD"]),
    ("Nairobi Centre for Climate Policy", O, ["Nairobi Centre for Climate Policy"]),
    ("Carbon Watch UK", O, ["Carbon Watch UK"]),
    ("Alterra", O, ["Alterra"]),

    ("The Gulf Dispatch", MD, ["The Gulf Dispatch"]),
    ("Savanna Post", MD, ["Savanna Post"]),

    ("United Arab Emirates", G, ["United Arab Emirates", "UAE"]),
    ("Saudi Arabia", G, ["Saudi Arabia"]),
    ("Germany", G, ["Germany"]),
    ("United Kingdom", G, ["United Kingdom"]),
    ("United States", G, ["United States", "U.S."]),
    ("Japan", G, ["Japan"]),
    ("Samoa", G, ["Samoa"]),
    ("Azerbaijan", G, ["Azerbaijan"]),
    ("Egypt", G, ["Egypt"]),
    ("France", G, ["France"]),
    ("India", G, ["India"]),
    ("Kenya", G, ["Kenya"]),
    ("Zambia", G, ["Zambia"]),
    ("Dubai", G, ["Dubai"]),
    ("Abu Dhabi", G, ["Abu Dhabi"]),
    ("Baku", G, ["Baku"]),
    ("Sharm el-Sheikh", G, ["Sharm el-Sheikh"]),
    ("Nairobi", G, ["Nairobi"]),

    ("Expo City Dubai", L, ["Expo City Dubai", "Expo City"]),
    ("Africa", L, ["Africa"]),

    ("COP28", E_, ["COP28"]),
    ("COP27", E_, ["COP27"]),
    ("COP29", E_, ["COP29"]),
    ("World Climate Action Summit", E_, ["World Climate Action Summit"]),
    ("Africa Climate Summit", E_, ["Africa Climate Summit"]),

    ("UAE Consensus", M, ["UAE Consensus"]),
]

descriptions = [
    ("Sultan Al Jaber", ["the COP28 president", "the oil tycoon", "the head of an oil company"]),
    ("Saudi Arabia", ["Riyadh", "the kingdom", "the world's biggest oil exporter"]),
    ("United Arab Emirates", ["the hosts"]),
    ("Organization of the Petroleum Exporting Countries", ["the organization"]),
]

roles = [
    ("Sultan Al Jaber", ["COP28 President", "Minister of Industry and Advanced Technology",
                         "chief executive of the Abu Dhabi National Oil Company", "boss of the UAE's state oil giant ADNOC"]),
    ("António Guterres", ["UN Secretary-General", "Secretary General of the United Nations Organization", "UN chief"]),
    ("Simon Stiell", ["UNFCCC Executive Secretary", "UN climate chief", "the UNFCCC’s executive secretary"]),
    ("John Kerry", ["U.S. climate envoy"]),
    ("Anne Rasheed", ["the group's lead negotiator from Samoa"]),
    ("Abdulaziz bin Salman", ["Saudi Energy Minister", "Saudi Minister of Energy"]),
    ("Mary Robinson", ["former Irish president"]),
    ("Agnès Pannier-Runacher", ["French Minister of the Energy Transition"]),
    ("Haitham al-Ghais", ["secretary general of OPEC"]),
    ("Wopke Hoekstra", ["European commissioner for the Climate"]),
    ("Julien Morvan", ["researcher at the Paris Institute for Climate Diplomacy"]),
    ("Collins Nzovu", ["Zambia's Minister of Green Economy and Environment", "chair of the African Group of Negotiators"]),
    ("William Ruto", ["Kenya's President"]),
    ("Amina Odhiambo", ["a climate finance researcher at the Nairobi Centre for Climate Policy"]),
    ("Mariam Al Suwaidi", ["a senior fellow at the Emirates Institute for Energy Futures in Abu Dhabi"]),
    ("Mukhtar Babayev", ["ecology minister"]),
]

dump('entities.json', {
    "about": "Answer key for entity resolution on corpus-e/articles (COP28, Dubai, 30 November - 13 December 2023, and "
             "its aftermath to January 2024), written from reading the articles. Same conventions as corpus-c/corpus-d: "
             "canonical name (a form that occurs in the texts), type, and every surface form that names the entity in the "
             "cleaned texts (headlines, captions, bylines, datelines such as 'DUBAI (Meridian Wire) -', related-link lines, "
             "comments and other boilerplate excluded). Title+full-name forms (COP28 President Dr Sultan Al Jaber, Prince "
             "Abdulaziz bin Salman, Dr Amina Odhiambo) are not listed separately; title+surname forms (Dr Al Jaber, Mr. "
             "Al-Jabar) are. Defects on purpose: Al Jaber is written eight ways: the French transliteration in the "
             "machine-translated 04 (Sultan Ahmed al-Djaber, given name 'Soultan'), two misspellings of the surname in "
             "different ways (03 'Sultan Al Jabir', 04 'Mr. Al-Jabar'), the honorific short form 'Dr Sultan' (03) and 'Dr "
             "Al Jaber' (02, 03); Abdulaziz bin Salman is 'Abdelaziz ben Salmane' in 04; Guterres with and without the "
             "accent; acronyms with expansions (UNFCCC, OPEC, AOSIS, ADNOC, AGN, IPCC, SOCAR, IPCD, EU, UAE, and 04's "
             "'United Nations Organization (UNO)'); capitals standing for governments ('Riyadh objected' 01, 'Riyadh "
             "refuses' 04, 'Riyadh, for its part' 06) are descriptions of Saudi Arabia; Dubai and Nairobi name the places. "
             "'UN' and 'U.S.' are keyed (they name the body/country in 'UN Secretary-General', 'UN chief', 'U.S. climate "
             "envoy'); adjectives (Saudi, Emirati, French, Irish, African, Gulf) are not. 'UAE Consensus' (06) is the name "
             "of the decision and is keyed as MISC; its 'UAE' is not counted as a separate mention. 'COP' alone (02) is "
             "generic and not keyed. 'the hosts' (01, 03 'The oil-rich hosts', 06) is the UAE. 'the summit' / 'the "
             "conference' are not keyed (05 also has the Africa Climate Summit and the World Climate Action Summit). "
             "roles: roles stated in an apposition or title, for information.",
    "entities": [{"name": n, "type": t, "aliases": a} for n, t, a in ents],
    "descriptions": [{"entity": e, "descriptions": d} for e, d in descriptions],
    "roles": [{"entity": e, "roles": r} for e, r in roles],
})

# ---------------------------------------------------------------------------------------------- dates
dates = [
    # 01: published 2023-12-13 (Wednesday)
    ["01", "Wednesday", "2023-12-13"],
    ["01", "2050", "2050"],
    ["01", "30 November to 12 December", "2023-11-30/2023-12-12"],
    ["01", "Monday", "2023-12-11"],
    ["01", "last week", "2023-12-04/2023-12-10"],
    ["01", "30 November", "2023-11-30"],
    ["01", "2 December", "2023-12-02"],
    ["01", "2030", "2030"],
    ["01", "2030", "2030"],
    ["01", "2035", "2035"],
    ["01", "2019", "2019"],
    ["01", "Next year", "2024"],
    ["01", "November", "2024-11"],
    # 02: published 2023-12-01 (Friday); the dateline 'DUBAI, Nov 30 —' is not keyed
    ["02", "Thursday", "2023-11-30"],
    ["02", "Today", "2023-11-30"],
    ["02", "four years", "P4Y"],
    ["02", "last year", "2022"],
    ["02", "three decades", "P30Y"],
    ["02", "the 12th", "2023-12-12"],
    ["02", "Friday", "2023-12-01"],
    ["02", "Saturday", "2023-12-02"],
    # 03: published 2023-12-04 (Monday), no date line
    ["03", "November 21", "2023-11-21"],
    ["03", "nine days", "P9D"],
    ["03", "yesterday", "2023-12-03"],
    ["03", "Today", "2023-12-04"],
    ["03", "December 12", "2023-12-12"],
    ["03", "Thursday", "2023-11-30"],
    ["03", "Friday", "2023-12-01"],
    ["03", "Friday", "2023-12-01"],
    ["03", "next week", "2023-12-11/2023-12-17"],
    # 04: published 2023-12-09 (Saturday), no date line
    ["04", "Friday", "2023-12-08"],
    ["04", "Wednesday", "2023-12-06"],
    ["04", "Friday", "2023-12-08"],
    ["04", "earlier this month", "2023-12"],
    ["04", "Last year", "2022"],
    ["04", "Friday", "2023-12-08"],
    ["04", "Monday", "2023-12-11"],
    ["04", "Tuesday", "2023-12-12"],
    ["04", "the 12th", "2023-12-12"],
    # 05: published 2023-12-14 (Thursday)
    ["05", "Wednesday", "2023-12-13"],
    ["05", "2030", "2030"],
    ["05", "Wednesday", "2023-12-13"],
    ["05", "December 12", "2023-12-12"],
    ["05", "four years", "P4Y"],
    ["05", "1 December", "2023-12-01"],
    ["05", "4 to 6 September", "2023-09-04/2023-09-06"],
    ["05", "next November", "2024-11"],
    # 06: published 2024-01-10 (Wednesday)
    ["06", "four weeks", "P4W"],
    ["06", "13 December", "2023-12-13"],
    ["06", "two weeks", "P2W"],
    ["06", "30 November to 13 December", "2023-11-30/2023-12-13"],
    ["06", "November", "2023-11"],
    ["06", "2030", "2030"],
    ["06", "2035", "2035"],
    ["06", "2019", "2019"],
    ["06", "last month", "2023-12"],
    ["06", "Earlier this month", "2024-01"],
    ["06", "this year", "2024"],
    ["06", "11 November", "2024-11-11"],
]
dump('dates.json', {
    "about": "Answer key for date normalisation on corpus-e/articles, same conventions as corpus-c/corpus-d: document id "
             "prefix, the expression as written (the first occurrence not yet matched, in text order; a system expression "
             "that contains the key text matches, so 'Wednesday' in 05 also matches 'Wednesday morning' and 'the 12th' in 04 "
             "also matches 'Tuesday, the 12th'), its absolute value. Weeks run Monday to Sunday. Date lines, datelines "
             "('DUBAI, Nov 30 —' in 02) and boilerplate (comment timestamps in 02 and 06, the 06 caption) are not keyed. "
             "Vague or anaphoric expressions ('a day after', 'the first day', 'day one', 'its very first day', 'the opening "
             "day', 'By the evening', 'the final hours', 'the opening days', 'its first week', '11 o'clock', 'a year' as a "
             "rate, '1.5' and '1.5C' as temperatures) are not keyed. 02's 'Today' is inside Al Jaber's quotation, spoken on "
             "Thursday 30 November (the article is dated 1 December), so it is 2023-11-30. 01's 'Next year's summit ... in "
             "November', 05's 'next November' and 06's '11 November' (written in January 2024) are all November 2024; 06's "
             "'in November' (Al Jaber's remark) is November 2023. Publication dates used: 01 2023-12-13, 02 2023-12-01, 03 "
             "2023-12-04, 04 2023-12-09, 05 2023-12-14, 06 2024-01-10 (see publication.json).",
    "dates": dates,
})

# ---------------------------------------------------------------------------------------------- publication
dump('publication.json', {
    "about": "True publication date of each document (the one the author had in mind) and whether the input states it "
             "(metadata, JSON field or a visible date line). window: the span a careful reader can prove from the text alone "
             "(plus event dates the other articles give); the engine's published.earliest..latest should contain 'date'.",
    "published": [
        {"doc": "01", "date": "2023-12-13", "stated": True,
         "how": "JSONL published field 2023-12-13T09:55:00Z", "window": ["2023-12-13", "2023-12-13"]},
        {"doc": "02", "date": "2023-12-01", "stated": True,
         "how": "meta article:published_time and JSON-LD datePublished 2023-12-01T07:30:00+04:00 (no visible date; the "
                "dateline 'DUBAI, Nov 30' is the day of the events; comment timestamps are boilerplate)",
         "window": ["2023-12-01", "2023-12-01"]},
        {"doc": "03", "date": "2023-12-04", "stated": False,
         "how": "none: 'on Friday' (Guterres and Sunak at the leaders' segment, 1 December per 02/05) is past; 'on "
                "Thursday' (the fund, 30 November per 01/02) is still the recent Thursday; 'The final deal is due to be "
                "hammered out next week' with the close due 'on December 12' puts the article in the week of 4-10 "
                "December; 'Today' the press conference (Monday 4 December, not dated by other articles)",
         "window": ["2023-12-04", "2023-12-06"]},
        {"doc": "04", "date": "2023-12-09", "stated": False,
         "how": "none: the minister spoke 'on Friday' about a letter 'dated Wednesday' (6 December); the new draft "
                "'is expected on Monday' and the close on 'Tuesday, the 12th' are still ahead: written 8-10 December",
         "window": ["2023-12-08", "2023-12-10"]},
        {"doc": "05", "date": "2023-12-14", "stated": True,
         "how": "visible date line 'Published on 14 Dec 2023 - 06:10 EAT'", "window": ["2023-12-14", "2023-12-14"]},
        {"doc": "06", "date": "2024-01-10", "stated": True,
         "how": "visible line 'Posted on 10 January 2024 by Ingrid Halvorsen' in the HTML page (no meta or JSON-LD "
                "date); comment timestamps of 10-11 January 2024 and the caption's '13 December 2023' are boilerplate",
         "window": ["2024-01-10", "2024-01-10"]},
    ],
})

# ---------------------------------------------------------------------------------------------- timeline
ev = []
event = recorder(ev)


event("Africa Climate Summit in Nairobi", "2023-09-04", ["05"], ["africa climate summit", "africa-climate-summit", "nairobi"],
      until="2023-09-06")
event("Al Jaber's 'no science' remarks at an online event (challenged by Mary Robinson)", "2023-11-21", ["03"],
      ["no science", "remark", "online event", "robinson"],
      note="06 dates the remark only to the month ('in November')")
event("COP28 held at Expo City Dubai", "2023-11-30", ["01", "02", "03", "05", "06"],
      ["ran", "opened", "held", "overran", "talks", "runs"], until="2023-12-13",
      note="scheduled to 12 December (01 '30 November to 12 December', 02 'until the 12th', 03/05 'December 12', 04 "
           "'Tuesday, the 12th'), actually closed 13 December (06 '30 November to 13 December'); either end is fine")
event("Loss and damage fund put into operation on the first day; UAE, Germany and others pledge", "2023-11-30",
      ["01", "02", "03"], ["loss and damage", "fund", "pledg", "splashed"],
      note="05 and 06 say 'the first day' without a date")
event("Guterres tells world leaders that you cannot put out a fire with petrol", "2023-12-01", ["03"],
      ["guterres", "antonio-guterres", "fire", "petrol"])
event("Rishi Sunak in Dubai announces £1.6 billion of climate finance", "2023-12-01", ["03"],
      ["sunak", "1.6 billion", "climate finance"])
event("Ruto addresses the World Climate Action Summit", "2023-12-01", ["05"],
      ["ruto", "world climate action summit", "world-climate-action-summit"],
      note="02 announces the leaders' segment for Friday and Saturday as a plan")
event("118 countries sign the pledge to triple renewables and double efficiency", "2023-12-02", ["01"],
      ["pledge", "triple", "renewable", "signed"])
event("Recording of Al Jaber's remarks surfaces", "2023-12-03", ["03"], ["recording", "surfaced"])
event("Al Jaber's press conference: 'I respect the science'", "2023-12-04", ["03"],
      ["press conference", "respect the science", "hit back", "insisted", "twisted"])
event("OPEC letter from Haitham al-Ghais to members", "2023-12-06", ["04"], ["letter", "al-ghais", "haitham"],
      note="01 dates the OPEC call to 'last week'; 05 leaves it undated")
event("Pannier-Runacher 'furious' about the OPEC letter", "2023-12-08", ["04"], ["pannier-runacher", "furious", "declared"])
event("Al Jaber to the plenary: 'Failure is not an option'", "2023-12-08", ["04"], ["failure", "accelerate", "plenary"])
event("Guterres appeals for a clear calendar for the fossil fuel exit", "2023-12-08", ["04"],
      ["guterres", "appealed", "calendar"])
event("Saudi energy minister says the kingdom will 'absolutely not' accept a phase-down", "2023-12", ["04"],
      ["absolutely not", "abdulaziz", "abdelaziz", "declared"], note="month only in 04 ('earlier this month'); 01 undated")
event("Draft without fossil fuel phase-out rejected by the EU, small islands and Latin American countries", "2023-12-11",
      ["01"], ["draft", "rejected"], note="04 expects the new draft 'on Monday' (a plan)")
event("Final agreement adopted: transition away from fossil fuels (UAE Consensus)", "2023-12-13", ["01", "05", "06"],
      ["agreed", "adopted", "gavel", "transition", "deal", "agreement"])
event("Stiell calls the outcome 'a floor, not a ceiling'", "2023-12", ["06"], ["stiell", "floor", "ceiling", "warned"],
      note="month only ('last month' in 06)")
event("Azerbaijan names Mukhtar Babayev COP29 president", "2024-01", ["06"], ["babayev", "named", "preside"],
      note="month only ('Earlier this month' in 06)")
dump('timeline.json', {
    "about": "Real-world events the articles report, with date (day or month), until for multi-day events, the documents "
             "that report each, and words by which a system event is recognised (title, trigger or participant entity ids). "
             "Future plans (COP29 in Baku in November 2024, the World Climate Action Summit as announced by 02, the new "
             "draft 'expected on Monday' and the close on the 12th as seen by 04, the fund board's first meeting) and "
             "year-only events (COP27 'last year' 2022, 2019 baselines) are not keyed.",
    "events": ev,
})

# ---------------------------------------------------------------------------------------------- quotes
AJ = "Sultan Al Jaber"
quotes = [
    ["01", "transitioning away from fossil fuels in energy systems", "partial", [None]],
    ["01", "We have delivered a plan", "direct", AJ],
    ["01", "History will judge us", "direct", AJ],
    ["01", "the decision had been adopted while", "indirect", "Alliance of Small Island States"],
    ["01", "full of loopholes", "partial", "Anne Rasheed"],
    ["01", "the course correction her countries needed", "indirect", "Anne Rasheed"],
    ["01", "Riyadh objected to a phase-out", "indirect", [None]],
    ["01", "absolutely not", "partial", "Abdulaziz bin Salman"],
    ["01", "in a way that is fair to the poorest", "partial", "António Guterres"],
    ["01", "the deal would only matter if finance followed", "indirect", "António Guterres"],
    ["01", "Dubai did not close the chapter", "direct", "Simon Stiell"],
    ["01", "the outcome was stronger than many", "indirect", "John Kerry"],
    ["01", "This is a moment where multilateralism", "direct", "John Kerry"],
    ["01", "global greenhouse gas emissions must fall", "indirect", [None]],

    ["02", "By the evening, pledges stood", "indirect", ["COP28 presidency", None]],
    ["02", "Today we have written a page of history", "direct", AJ],
    ["02", "The speed with which we did this", "direct", AJ],
    ["02", "keep 1.5C within reach", "partial", AJ],
    ["02", "hit the ground running", "partial", "Simon Stiell"],
    ["02", "longstanding commitment", "partial", "Ministry of Foreign Affairs"],
    ["02", "the early deal gave the presidency", "indirect", "Mariam Al Suwaidi"],
    ["02", "Money on the table on day one", "direct", "Mariam Al Suwaidi"],

    ["03", "no science", "partial", AJ],
    ["03", "Nobody has shown me a plan", "direct", AJ],
    ["03", "I am not going to be part", "direct", AJ],
    ["03", "his words had been twisted", "indirect", AJ],
    ["03", "I respect the science", "direct", AJ],
    ["03", "over and over", "partial", AJ],
    ["03", "you cannot put out a fire", "partial", "António Guterres"],
    ["03", "Putting an oil executive in charge", "direct", "Tessa Morland"],
    ["03", "It is like asking a tobacco boss", "direct", "Tessa Morland"],
    ["03", "the quotes had been taken out of context", "indirect", ["COP28 presidency", None]],

    ["04", "furious", "partial", "Agnès Pannier-Runacher"],
    ["04", "reject proactively", "partial", ["Haitham al-Ghais", "Organization of the Petroleum Exporting Countries"]],
    ["04", "It is unacceptable that the countries of OPEC", "direct", "Agnès Pannier-Runacher"],
    ["04", "France and the European Union (EU) maintain", "indirect", "Ministry of the Energy Transition"],
    ["04", "totally out of step", "partial", "Wopke Hoekstra"],
    ["04", "Failure is not an option", "direct", AJ],
    ["04", "Mr. Al-Jabar wants a text", "indirect", [None, AJ]],
    ["04", "absolutely not", "partial", "Abdulaziz bin Salman"],
    ["04", "the new draft of the text", "indirect", [None]],
    ["04", "The letter of OPEC is a sign of nervousness", "direct", "Julien Morvan"],
    ["04", "the Gulf countries are divided", "indirect", "Julien Morvan"],

    ["05", "a step, not a destination", "partial", "Collins Nzovu"],
    ["05", "We came here to fight", "direct", "Collins Nzovu"],
    ["05", "We leave with promises", "direct", "Collins Nzovu"],
    ["05", "cannot be asked to stay poor", "partial", "William Ruto"],
    ["05", "gas should be treated as a transition fuel", "indirect", [None]],
    ["05", "such fuels can play a role", "indirect", [None]],
    ["05", "historic on paper", "partial", "Amina Odhiambo"],
    ["05", "The question is who pays", "direct", "Amina Odhiambo"],

    ["06", "transition away", "partial", [None]],
    ["06", "no science", "partial", AJ],
    ["06", "emissions must fall 43 per cent", "indirect", "Intergovernmental Panel on Climate Change"],
    ["06", "a floor, not a ceiling", "partial", "Simon Stiell"],
    ["06", "the deal placed no obligation", "indirect", [None, "Saudi Arabia"]],
]
dump('quotes.json', {
    "about": "Answer key for quotations on corpus-e/articles, same conventions as corpus-c/corpus-d: document id prefix, "
             "the first words of the quoted or reported content, kind, and the speaker's canonical name (null: the text "
             "does not name one; a list: any of these is right, and a list containing null also accepts no speaker). A "
             "quote that runs over two paragraphs (01 Al Jaber with double quotes, 03 Tessa Morland with single quotes) is "
             "keyed once per paragraph; a quote interrupted by its attribution (02 Al Jaber, 05 Nzovu) is keyed once per "
             "piece. A reported clause with quoted words in it ('said the presidency's goal was to \"keep 1.5C within "
             "reach\"', 'had said the kingdom would \"absolutely not\" agree') is keyed as the partial quote. 'X told world "
             "leaders that \"...\"' (03 Guterres) is keyed partial. Documents as speakers: quoted text of the agreement (01 "
             "'calls for \"transitioning away ...\"', 06 'agreed to \"transition away\"') and 05 'the final text says' have "
             "no speaker; the OPEC letter (04) is al-Ghais or OPEC. Organisations as speakers: 01 AOSIS ('the Alliance of "
             "Small Island States (AOSIS) said'), 02 'The Ministry of Foreign Affairs said in a statement', 04 'The "
             "Ministry of the Energy Transition said in a statement', 06 'The IPCC says'; 02 'according to the COP28 "
             "presidency' and 03 'A spokesperson for the COP28 presidency said' are the presidency or no speaker. 04 "
             "attributes quotes after the quote ('», - declared the minister', '», estimates Julien Morvan') and through "
             "'According to him' / 'According to his entourage' / 'According to the negotiators' (unnamed: null). 01 'Riyadh "
             "objected ..., negotiators said' and 01 'Scientists say' have no named speaker. Not quotes: directives and "
             "appeals ('urged its members to reject', 04 'had appealed ... to fix a clear calendar', 05 'urging them to "
             "resist'), announcements of things ('announced £1.6 billion', 'announced Alterra'). The duplicated lead of 04 is "
             "not keyed twice.",
    "quotes": quotes,
})

# ---------------------------------------------------------------------------------------------- claims
claims = [
    {"id": "transition-away",
     "text": "The COP28 agreement calls on countries to transition away from fossil fuels in energy systems",
     "docs": ["01", "05", "06"],
     "anchors": {
         "01": "Nearly 200 countries agreed on Wednesday at the COP28 climate summit",
         "05": "calls for a transition away from fossil fuels in energy systems",
         "06": "almost 200 governments agreed to"},
     "contradiction": None,
     "note": "01 'Nearly 200 countries', 05 'the 198 parties', 06 'almost 200 governments' agree"},
    {"id": "adopted-late",
     "text": "The deal was gavelled through by Al Jaber on 13 December, about a day after the scheduled close",
     "docs": ["01", "05", "06"],
     "anchors": {
         "01": "gavelled through by COP28 President Sultan Al Jaber a day after the talks had been due to close",
         "05": "The deal was gavelled through by COP28 President Sultan Al Jaber on Wednesday morning",
         "06": "brought down the gavel at Expo City on the morning of 13 December"},
     "contradiction": None},
    {"id": "scheduled-close",
     "text": "The conference was scheduled to close on 12 December",
     "docs": ["01", "02", "03", "04", "05"],
     "anchors": {
         "01": "The talks, which ran at Expo City from 30 November to 12 December",
         "02": "which runs until the 12th at Expo City Dubai",
         "03": "for talks which are due to finish on December 12",
         "04": "the conference must close on Tuesday, the 12th",
         "05": "about a day after the talks had been scheduled to end on December 12"},
     "contradiction": None,
     "note": "06 'from 30 November to 13 December' is the actual span including the overrun, compatible with 01's "
             "'overran by almost a day': reporting 12 against 13 December is a false alarm"},
    {"id": "fund-day-one",
     "text": "A loss and damage fund was put into operation on the first day of the summit (30 November)",
     "docs": ["01", "02"],
     "anchors": {
         "01": "The conference opened on 30 November with the launch of a fund",
         "02": "agreed on Thursday to put into operation a fund"},
     "contradiction": None,
     "note": "05 ('launched on the summit's first day') and 06 ('agreed on the first day') say it in subordinate clauses"},
    {"id": "uae-pledge",
     "text": "The UAE pledged $100 million to the loss and damage fund (as did Germany)",
     "docs": ["01", "02", "06"],
     "anchors": {
         "01": "The United Arab Emirates and Germany each pledged $100 million to the fund on the first day",
         "02": "The UAE immediately pledged $100 million to the fund",
         "06": "with $100 million each from the hosts and Germany"},
     "contradiction": {
         "docs": ["03"],
         "anchors": {"03": "The oil-rich hosts splashed out $250 million of their own"},
         "aspect": "number",
         "detail": "03 says the UAE put $250 million into the fund against $100 million in 01/02/06; the $30 billion of "
                   "Alterra (01/06) is a different fund, and the totals ($400 million on the first evening in 02, about "
                   "$700 million at the close in 01/05/06) are all pledges together, not the UAE's"}},
    {"id": "fund-total",
     "text": "Pledges to the loss and damage fund reached about $700 million by the end of the summit",
     "docs": ["01", "05", "06"],
     "anchors": {
         "01": "pledges reached about $700 million by the end of the summit",
         "05": "reached roughly $700 million by the close of the talks",
         "06": "had collected pledges of about $700 million when the summit closed"},
     "contradiction": None,
     "note": "02's 'more than $400 million' is the total on the first evening (compatible), 05's 'more than $400 billion "
             "a year' is what developing countries lose to climate disasters (another quantity), 05's '0.2 per cent' is a "
             "ratio: none contradicts $700 million"},
    {"id": "alterra",
     "text": "The UAE announced Alterra, a $30 billion private climate investment fund",
     "docs": ["01", "06"],
     "anchors": {
         "01": "The hosts also announced Alterra, a $30 billion private climate investment vehicle",
         "06": "separate $30 billion Alterra fund is private investment"},
     "contradiction": None},
    {"id": "world-bank",
     "text": "The World Bank hosts the loss and damage fund for its first four years",
     "docs": ["02", "05"],
     "anchors": {
         "02": "The fund will be hosted by the World Bank for an interim period of four years",
         "05": "The fund will be run by the World Bank for its first four years"},
     "contradiction": None},
    {"id": "renewables",
     "text": "Countries pledged (and the final text adopted) a tripling of renewable energy capacity by 2030",
     "docs": ["01", "05", "06"],
     "anchors": {
         "01": "A group of 118 countries signed a pledge on 2 December to triple renewable energy capacity",
         "05": "for global renewable energy capacity to be tripled by 2030",
         "06": "more than 110 governments had signed the tripling pledge"},
     "contradiction": None,
     "note": "01 '118 countries' and 06 'more than 110 governments' are compatible"},
    {"id": "emission-cuts",
     "text": "Emissions must fall 43% by 2030 and 60% by 2035 against 2019 levels, figures the text cites",
     "docs": ["01", "06"],
     "anchors": {
         "01": "global greenhouse gas emissions must fall 43% by 2030 and 60% by 2035",
         "06": "emissions must fall 43 per cent by 2030 and 60 per cent by 2035"},
     "contradiction": None,
     "note": "43 and 60 are cuts by different years: not a contradiction with each other"},
    {"id": "no-science",
     "text": "Al Jaber said there was 'no science' behind a fossil fuel phase-out",
     "docs": ["03", "06"],
     "anchors": {
         "03": "claimed there is \"no science\" showing that fossil fuels must be phased out",
         "06": "remark in November that there was"},
     "contradiction": None},
    {"id": "al-jaber-adnoc",
     "text": "Al Jaber heads the Abu Dhabi National Oil Company (ADNOC)",
     "docs": ["02", "03", "04"],
     "anchors": {
         "02": "chief executive of the Abu Dhabi National Oil Company (ADNOC)",
         "03": "boss of the UAE's state oil giant ADNOC",
         "04": "because he directs the national oil company of Abu Dhabi (ADNOC)"},
     "contradiction": None},
    {"id": "opec-letter",
     "text": "OPEC urged its members to reject any deal targeting fossil fuels",
     "docs": ["01", "04", "05"],
     "anchors": {
         "01": "urged its members last week to reject any text that targeted fuels rather than emissions",
         "04": "asks the member countries of the organization to",
         "05": "had written to its members, several of them African, urging them to resist any deal"},
     "contradiction": None},
    {"id": "saudi-absolutely-not",
     "text": "The Saudi energy minister said the kingdom would 'absolutely not' accept a phase-down of fossil fuels",
     "docs": ["01", "04"],
     "anchors": {
         "01": "Saudi Energy Minister Prince Abdulaziz bin Salman had said the kingdom would",
         "04": "had declared earlier this month that the kingdom will"},
     "contradiction": None},
    {"id": "cop29-baku",
     "text": "COP29 takes place in Baku, Azerbaijan, in November 2024",
     "docs": ["01", "05", "06"],
     "anchors": {
         "01": "Next year's summit, COP29, will be held in Baku, Azerbaijan, in November",
         "05": "will now turn to COP29 in Baku, Azerbaijan, next November",
         "06": "when COP29 opens in Baku on 11 November"},
     "contradiction": None,
     "note": "01 'Next year' and 05 'next November' (written in 2023) and 06 'this year ... 11 November' (written in 2024) "
             "are the same November 2024"},
    {"id": "attendance",
     "text": "The conference drew tens of thousands of delegates (about 97,000 registered; more than 80,000)",
     "docs": ["02", "03"],
     "anchors": {
         "02": "Some 97,000 delegates have registered for the conference",
         "03": "More than 80,000 delegates have flown in to the desert city"},
     "contradiction": None,
     "note": "'Some 97,000' and 'More than 80,000' are compatible"},
]
dump('claims.json', {
    "about": "Checkable claims made by two or more sources on corpus-e/articles: short text, the documents asserting it "
             "(with an anchor: words of the asserting sentence in each document's cleaned text), and any contradiction "
             "(documents that disagree, aspect, detail). Only one contradiction is intended (the UAE's pledge to the loss "
             "and damage fund in 03: $250 million against $100 million); every other contradiction is a false alarm, in "
             "particular: $100 million (UAE pledge) against $30 billion (Alterra) or $700 million (all pledges); $400 "
             "million (all pledges, first evening, 02) against $700 million (all pledges, at the close) or $400 billion "
             "(yearly losses, 05); 97,000 against 80,000 delegates; 118 against 'more than 110' countries; 43% against 60% "
             "(different years); the scheduled close (12 December) against the actual span (to 13 December, 06); 'next "
             "year'/'next November' (2023 articles) against 'this year'/'11 November' (2024 article) for COP29; 02's UK "
             "'up to £60 million' and 03's Sunak '£1.6 billion' (other sums). Facts told only in subordinate clauses of "
             "sentences about something else are left to timeline.json. single_source lists claims only one document "
             "makes, for reference.",
    "claims": claims,
    "single_source": [
        {"doc": "01", "text": "AOSIS said the decision was adopted while its negotiators were outside the room"},
        {"doc": "01", "text": "A draft without phase-out language was rejected on Monday 11 December"},
        {"doc": "02", "text": "The UK committed up to £60 million, the US $17.5 million and Japan $10 million to the fund"},
        {"doc": "02", "text": "More than 140 heads of state and government are expected at the World Climate Action Summit"},
        {"doc": "03", "text": "Al Jaber made the remarks at an online event on 21 November, challenged by Mary Robinson"},
        {"doc": "03", "text": "Rishi Sunak announced £1.6 billion of climate finance"},
        {"doc": "04", "text": "Agnès Pannier-Runacher said she was furious about the OPEC letter"},
        {"doc": "04", "text": "A similar proposal by India was blocked at COP27"},
        {"doc": "05", "text": "Developing countries lose more than $400 billion a year to climate disasters"},
        {"doc": "05", "text": "The Africa Climate Summit was held in Nairobi on 4-6 September"},
        {"doc": "06", "text": "Azerbaijan named Mukhtar Babayev, a SOCAR veteran, to preside over COP29"},
        {"doc": "06", "text": "Saudi officials said the deal placed no obligation on any country to cut production"},
    ],
})
print('keys written')
