"""Writes the answer keys of corpus-d (BRICS summit, Johannesburg, August 2023) into keys/.

Written by hand from reading the articles; run once (python3 mkkeys.py), then python3 check_keys.py.
"""
import json
import os
import sys

K = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'keys')


sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from key_writing import recorder, writer  # noqa: E402

dump = writer(K)


P, O, G, L, M, E_, PR, MD = 'PERSON', 'ORG', 'GPE', 'LOC', 'MISC', 'EVENT', 'PROGRAM', 'MEDIA'

# ---------------------------------------------------------------------------------------------- entities
ents = [
    ("Cyril Ramaphosa", P, ["Cyril Ramaphosa", "Ramaphosa", "Mr Ramaphosa", "Cyril Ramafosa", "Ramaphoza"]),
    ("Xi Jinping", P, ["Xi Jinping", "Xi"]),
    ("Narendra Modi", P, ["Narendra Modi", "Modi", "Mr Modi", "PM Modi"]),
    ("Luiz Inácio Lula da Silva", P, ["Luiz Inácio Lula da Silva", "Luiz Inacio Lula da Silva", "Lula"]),
    ("Vladimir Putin", P, ["Vladimir Putin", "Putin", "Vlad"]),
    ("Sergei Lavrov", P, ["Sergei Lavrov", "Sergey Lavrov", "S. Lavrov"]),
    ("Dmitry Peskov", P, ["Dmitry Peskov", "Peskov"]),
    ("Naledi Pandor", P, ["Naledi Pandor"]),
    ("Faisal bin Farhan", P, ["Faisal bin Farhan"]),
    ("Vinay Kwatra", P, ["Vinay Kwatra", "Mr Kwatra"]),
    ("Lindiwe Dube", P, ["Lindiwe Dube"]),
    ("Wang Wentao", P, ["Wang Wentao"]),
    ("Dilma Rousseff", P, ["Dilma Rousseff"]),
    ("Zhou Yuanqi", P, ["Zhou Yuanqi", "Zhou"]),
    ("Malcolm Rix", P, ["Malcolm Rix"]),
    ("James Cleverly", P, ["James Cleverly"]),
    ("S. Jaishankar", P, ["S. Jaishankar"]),
    ("Harsh Pillai", P, ["Harsh Pillai"]),
    ("Javier Milei", P, ["Javier Milei", "Milei"]),
    ("Diana Mondino", P, ["Diana Mondino"]),
    ("Alberto Fernández", P, ["Alberto Fernández"]),

    ("BRICS", O, ["BRICS", "BRIC"]),
    ("International Criminal Court", O, ["International Criminal Court", "ICC"]),
    ("New Development Bank", O, ["New Development Bank", "NDB"]),
    ("G7", O, ["G7"]),
    ("G20", O, ["G20"]),
    ("African Union", O, ["African Union", "AU"]),
    ("United Nations", O, ["United Nations"]),
    ("Security Council", O, ["Security Council"]),
    ("Centre for Emerging Markets Policy", O, ["Centre for Emerging Markets Policy"]),
    ("Beijing Center for Developing Economies", O, ["Beijing Center for Developing Economies"]),
    ("Delhi Forum for Strategic Affairs", O, ["Delhi Forum for Strategic Affairs"]),
    ("Chinese foreign ministry", O, ["Chinese foreign ministry"]),
    ("Ministry of Foreign Affairs of Russia", O, ["Ministry of Foreign Affairs of Russia", "Russian Ministry of Foreign Affairs"]),
    ("Downing Street", O, ["Downing Street"]),
    ("Indian Space Research Organisation", O, ["Indian Space Research Organisation", "ISRO"]),

    ("Atlas Wire", MD, ["Atlas Wire"]),
    ("Horizon Daily", MD, ["Horizon Daily"]),
    ("Reuters", MD, ["Reuters"]),

    ("South Africa", G, ["South Africa", "Republic of South Africa", "RSA"]),
    ("Brazil", G, ["Brazil"]),
    ("Russia", G, ["Russia", "RF"]),
    ("India", G, ["India"]),
    ("China", G, ["China"]),
    ("Argentina", G, ["Argentina"]),
    ("Egypt", G, ["Egypt"]),
    ("Ethiopia", G, ["Ethiopia"]),
    ("Iran", G, ["Iran", "IRAN"]),
    ("Saudi Arabia", G, ["Saudi Arabia"]),
    ("United Arab Emirates", G, ["United Arab Emirates", "UAE"]),
    ("United States", G, ["United States"]),
    ("Britain", G, ["Britain"]),
    ("Ukraine", G, ["Ukraine"]),
    ("Greece", G, ["Greece"]),
    ("Johannesburg", G, ["Johannesburg"]),
    ("Pretoria", G, ["Pretoria"]),
    ("Durban", G, ["Durban"]),
    ("Beijing", G, ["Beijing"]),
    ("Moscow", G, ["Moscow"]),
    ("New Delhi", G, ["New Delhi"]),
    ("Kazan", G, ["Kazan"]),
    ("Yekaterinburg", G, ["Yekaterinburg"]),
    ("Shanghai", G, ["Shanghai"]),
    ("Athens", G, ["Athens"]),
    ("Bengaluru", G, ["Bengaluru"]),

    ("Sandton Convention Centre", L, ["Sandton Convention Centre"]),
    ("Union Buildings", L, ["Union Buildings"]),
    ("Bharat Mandapam", L, ["Bharat Mandapam"]),
    ("Line of Actual Control", L, ["Line of Actual Control", "LAC"]),
    ("Global South", L, ["Global South"]),
    ("Europe", L, ["Europe"]),
    ("Moon", L, ["Moon"]),

    ("15th BRICS Summit", E_, ["15th BRICS Summit"]),
    ("BRICS Business Forum", E_, ["BRICS Business Forum"]),
    ("China-Africa Leaders' Dialogue", E_, ["China-Africa Leaders' Dialogue"]),
    ("Cold War", E_, ["Cold War"]),

    ("Order of South Africa", M, ["Order of South Africa"]),
    ("Rome Statute", M, ["Rome Statute"]),
    ("Chandrayaan-3", M, ["Chandrayaan-3"]),
]

descriptions = [
    ("BRICS", ["the bloc", "the association", "the grouping"]),
    ("International Criminal Court", ["the court"]),
    ("New Development Bank", ["the bank"]),
    ("China", ["Beijing"]),
    ("Russia", ["Moscow"]),
    ("India", ["New Delhi"]),
    ("Brazil", ["Brasilia"]),
    ("Saudi Arabia", ["Riyadh", "the kingdom"]),
    ("Iran", ["Tehran"]),
    ("United States", ["Washington"]),
    ("South Africa", ["Pretoria", "the South African side"]),
    ("Vladimir Putin", ["the Russian despot", "the Kremlin strongman", "the Russian leader", "the head of state"]),
    ("Cyril Ramaphosa", ["the South African president"]),
    ("Narendra Modi", ["the Prime Minister"]),
]

roles = [
    ("Cyril Ramaphosa", ["South African President"]),
    ("Naledi Pandor", ["South Africa's foreign minister"]),
    ("Faisal bin Farhan", ["Saudi Foreign Minister", "Foreign Minister"]),
    ("Sergei Lavrov", ["Russian Foreign Minister", "Foreign Minister", "Minister of Foreign Affairs",
                       "Head of the Russian Ministry of Foreign Affairs"]),
    ("Vinay Kwatra", ["India's Foreign Secretary", "Foreign Secretary"]),
    ("Lindiwe Dube", ["an analyst at the Centre for Emerging Markets Policy in Johannesburg"]),
    ("Wang Wentao", ["Commerce Minister"]),
    ("Dilma Rousseff", ["NDB President", "the former Brazilian president who now heads the Shanghai-based New Development Bank"]),
    ("Zhou Yuanqi", ["a professor at the Beijing Center for Developing Economies"]),
    ("Dmitry Peskov", ["press secretary of the President of RF"]),
    ("S. Jaishankar", ["External Affairs Minister"]),
    ("Malcolm Rix", ["Former British ambassador"]),
    ("James Cleverly", ["Foreign Secretary"]),
]

dump('entities.json', {
    "about": "Answer key for entity resolution on corpus-d/articles (15th BRICS summit, Johannesburg, 22-24 August 2023, "
             "and the expansion taking effect on 1 January 2024), written from reading the articles. Same conventions as "
             "corpus-c: canonical name (a form that occurs in the texts), type, and every surface form that names the entity "
             "in the cleaned texts (headlines, captions, bylines, datelines such as 'JOHANNESBURG (Atlas Wire) -' or "
             "'NEW DELHI:', related-link lines, comments and other boilerplate excluded). Title+full-name forms (Prime "
             "Minister Narendra Modi, Prince Faisal bin Farhan, Sir Malcolm Rix, External Affairs Minister S. Jaishankar) are "
             "not listed separately; title+surname forms (Mr Ramaphosa, PM Modi) are. Defects on purpose: two misspellings "
             "of Ramaphosa in 04 (Ramafosa, Ramaphoza), three renderings of Lavrov's name in 04 (Sergei / Sergey / S. Lavrov), "
             "Lula's name with and without accents, nicknames (Lula, Vlad), acronyms with expansions (ICC, NDB, UAE, ISRO, "
             "LAC, AU, RSA, RF), capitals standing for governments. 'BRIC' (04) is the group's earlier name and is keyed as "
             "BRICS. Cities are keyed as GPE where they name the place (02 'in Beijing on Friday', 03 'from Moscow', 03 'fly "
             "to Beijing', 05 'Attention in New Delhi', 06 'in Moscow', 06 'the New Delhi summit', 02 'Union Buildings in "
             "Pretoria') and as descriptions where they stand for the government (01/03 'Moscow rejects'/'Moscow sent', "
             "03/05/06 'Beijing', 05 'New Delhi has been cool', 06 'Pretoria', 'Riyadh', 'Brasilia', 'Washington', 03 "
             "'Tehran'). Role and common-noun descriptions are keyed where they refer to one entity throughout ('the bloc', 'the association', 'the grouping' for BRICS, 'the kingdom', 'the court', 'the bank', 'the Kremlin strongman'); 'the group' is not keyed (BRICS in 01/03/04, the G20 in 05). Adjectives (Chinese, Russian, Saudi, Western) and 'the West' are not keyed. roles: roles stated "
             "in an apposition or title, for information.",
    "entities": [{"name": n, "type": t, "aliases": a} for n, t, a in ents],
    "descriptions": [{"entity": e, "descriptions": d} for e, d in descriptions],
    "roles": [{"entity": e, "roles": r} for e, r in roles],
})

# ---------------------------------------------------------------------------------------------- dates
dates = [
    # 01: published 2023-08-24 (Thursday)
    ["01", "Thursday", "2023-08-24"],
    ["01", "2010", "2010"],
    ["01", "January 1, 2024", "2024-01-01"],
    ["01", "three-day", "P3D"],
    ["01", "Wednesday", "2023-08-23"],
    ["01", "March", "2023-03"],
    ["01", "last month", "2023-07"],
    ["01", "Wednesday", "2023-08-23"],
    ["01", "2019", "2019"],
    ["01", "Thursday", "2023-08-24"],
    ["01", "next year", "2024"],
    # 02: published 2023-08-25 (Friday); the dateline 'JOHANNESBURG, Aug. 24 --' is not keyed (see about)
    ["02", "Thursday", "2023-08-24"],
    ["02", "Jan. 1, 2024", "2024-01-01"],
    ["02", "Aug. 22 to 24", "2023-08-22/2023-08-24"],
    ["02", "2019", "2019"],
    ["02", "Last year", "2022"],
    ["02", "Tuesday", "2023-08-22"],
    ["02", "Monday", "2023-08-21"],
    ["02", "Tuesday", "2023-08-22"],
    ["02", "Thursday", "2023-08-24"],
    ["02", "2015", "2015"],
    ["02", "Friday", "2023-08-25"],
    ["02", "earlier this year", "2023"],
    ["02", "2013", "2013"],
    # 03: published 2023-08-25 (Friday), no date line
    ["03", "yesterday", "2023-08-24"],
    ["03", "three-day", "P3D"],
    ["03", "March 17", "2023-03-17"],
    ["03", "Tuesday", "2023-08-22"],
    ["03", "Sunday", "2023-08-20"],
    ["03", "next week", "2023-08-28/2023-09-03"],
    ["03", "five years", "P5Y"],
    # 04: published 2023-08-23 (Wednesday), no date line
    ["04", "today", "2023-08-23"],
    ["04", "22–24 August", "2023-08-22/2023-08-24"],
    ["04", "2019", "2019"],
    ["04", "The day before", "2023-08-22"],
    ["04", "Tuesday", "2023-08-22"],
    ["04", "Monday", "2023-08-21"],
    ["04", "tomorrow", "2023-08-24"],
    ["04", "1 January 2024", "2024-01-01"],
    ["04", "next year", "2024"],
    ["04", "2009", "2009"],
    # 05: published 2023-08-26 (Saturday)
    ["05", "Thursday", "2023-08-24"],
    ["05", "January 1", "2024-01-01"],
    ["05", "Thursday", "2023-08-24"],
    ["05", "Last month", "2023-07"],
    ["05", "Wednesday", "2023-08-23"],
    ["05", "Friday", "2023-08-25"],
    ["05", "40 years", "P40Y"],
    ["05", "today", "2023-08-26"],
    ["05", "the 9th to the 10th", "2023-09-09/2023-09-10"],
    ["05", "last December", "2022-12"],
    # 06: published 2024-01-03 (Wednesday)
    ["06", "Monday", "2024-01-01"],
    ["06", "last August", "2023-08"],
    ["06", "December 10", "2023-12-10"],
    ["06", "December 22", "2023-12-22"],
    ["06", "Friday", "2023-12-29"],
    ["06", "24 August", "2023-08-24"],
    ["06", "this year", "2024"],
    ["06", "October", "2024-10"],
    ["06", "August", "2023-08"],
    ["06", "Four months", "P4M"],
    ["06", "September", "2023-09"],
]
dump('dates.json', {
    "about": "Answer key for date normalisation on corpus-d/articles, same conventions as corpus-c: document id prefix, the "
             "expression as written (the first occurrence not yet matched, in text order; a system expression that contains "
             "the key text matches, so 'January 1' in 05 also matches 'January 1 next year' and 'the 9th to the 10th' also "
             "matches 'the 9th to the 10th of next month'), its absolute value. Weeks run Monday to Sunday. Date lines, "
             "datelines ('JOHANNESBURG, Aug. 24 --' in 02, 'NEW DELHI:' in 05) and boilerplate (comment timestamps in 06) are "
             "not keyed. Vague or anaphoric expressions ('explained earlier', 'weeks earlier', 'on the day it was issued', "
             "'late-night', 'at this time', 'third term') are not keyed. Publication dates used: 01 2023-08-24, 02 2023-08-25, "
             "03 2023-08-25, 04 2023-08-23, 05 2023-08-26, 06 2024-01-03 (see publication.json). 06 is written in January "
             "2024 about events of August and December 2023: 'Friday' there is 2023-12-29, 'December 10' is 2023-12-10, "
             "'this year' is 2024; 05's 'last December' is 2022-12.",
    "dates": dates,
})

# ---------------------------------------------------------------------------------------------- publication
dump('publication.json', {
    "about": "True publication date of each document (the one the author had in mind) and whether the input states it "
             "(metadata, JSON field or a visible date line). window: the span a careful reader can prove from the text alone "
             "(plus event dates the other articles give); the engine's published.earliest..latest should contain 'date'.",
    "published": [
        {"doc": "01", "date": "2023-08-24", "stated": True,
         "how": "JSONL published field 2023-08-24T16:05:00Z", "window": ["2023-08-24", "2023-08-24"]},
        {"doc": "02", "date": "2023-08-25", "stated": True,
         "how": "meta article:published_time and JSON-LD datePublished 2023-08-25T10:12:00+08:00; visible 'Updated: 2023-08-25 18:40'",
         "window": ["2023-08-25", "2023-08-25"]},
        {"doc": "03", "date": "2023-08-25", "stated": False,
         "how": "none: 'yesterday announced it would take in' (the expansion, announced Thursday 24 August per 01/02/05), "
                "'on Tuesday' (business forum, 22 August), 'on Sunday' (Ramaphosa's address, 20 August), 'next week' (Cleverly, still ahead)",
         "window": ["2023-08-25", "2023-08-25"]},
        {"doc": "04", "date": "2023-08-23", "stated": False,
         "how": "none: 'today' Putin's address; 'The day before, on Tuesday' makes today Wednesday 23 August; the expansion "
                "'will be resolved tomorrow' (announced 24 August per 01/02/05)",
         "window": ["2023-08-23", "2023-08-23"]},
        {"doc": "05", "date": "2023-08-26", "stated": True,
         "how": "visible date line 'Updated - August 26, 2023 09:15 am IST'", "window": ["2023-08-26", "2023-08-26"]},
        {"doc": "06", "date": "2024-01-03", "stated": True,
         "how": "visible line 'Published 3 Jan 2024' in the HTML page (no meta or JSON-LD date); comment timestamps of "
                "January 3, 2024 are boilerplate", "window": ["2024-01-03", "2024-01-03"]},
    ],
})

# ---------------------------------------------------------------------------------------------- timeline
ev = []
event = recorder(ev)


event("ICC issues an arrest warrant for Putin", "2023-03-17", ["01", "03"], ["icc", "international-criminal-court", "warrant"],
      note="01 dates it only to the month ('in March'): 2023-03")
event("South Africa announces Putin will not attend, 'by mutual agreement'", "2023-07", ["01"],
      ["mutual agreement", "not attend", "would not attend"],
      note="month only ('last month' in 01); 04 mentions the decision without a date")
event("Jaishankar says there is no idea of a BRICS currency", "2023-07", ["05"], ["jaishankar", "currency"])
event("Ramaphosa's televised address to the nation", "2023-08-20", ["03"], ["ramaphosa", "address", "televis"])
event("Xi arrives in South Africa for a state visit", "2023-08-21", ["02"], ["xi-jinping", "state visit"])
event("Lavrov arrives in Johannesburg", "2023-08-21", ["04"], ["lavrov"])
event("15th BRICS summit in Johannesburg", "2023-08-22", ["01", "02", "03", "04", "05", "06"],
      ["summit", "brics-summit", "15th"], until="2023-08-24",
      note="02 'Aug. 22 to 24', 04 '22–24 August'; 01/03 'three-day summit' ending Thursday 24 August; 06 only 'last August'")
event("Xi-Ramaphosa talks at the Union Buildings in Pretoria; Order of South Africa conferred on Xi", "2023-08-22", ["02"],
      ["union buildings", "pretoria", "order of south africa"])
event("BRICS Business Forum: Xi absent, his speech read by Wang Wentao; Putin's video address on de-dollarisation",
      "2023-08-22", ["02", "03", "04"], ["business forum", "wang-wentao", "de-dollar", "hegemonism"],
      note="one occasion; 06 dates Putin's de-dollarisation message only to the month ('in August')")
event("Putin's video address to the summit (plenary)", "2023-08-23", ["04"], ["putin", "hegemony", "multipolar", "plenary"])
event("Late-night talks on the list of new members", "2023-08-23", ["01"], ["late-night", "talks", "final list"])
event("Leaders adopt the summit declaration", "2023-08-23", ["01"], ["declaration", "adopt"])
event("Chandrayaan-3 lands near the Moon's south pole", "2023-08-23", ["05"], ["chandrayaan", "moon", "landing", "touched down"])
event("BRICS invites six countries to join (expansion announced)", "2023-08-24", ["01", "02", "03", "05", "06"],
      ["invit", "expan", "new members", "take in"],
      note="04 (published the day before) expects the decision 'tomorrow'")
event("Modi and Xi talk on the sidelines", "2023-08-24", ["01", "05"], ["conversation", "sidelines", "spoke", "disengagement"])
event("Xi and Ramaphosa co-chair the China-Africa Leaders' Dialogue", "2023-08-24", ["02"], ["china-africa", "dialogue", "co-chair"])
event("Chinese foreign ministry spokesperson: BRICS not aimed at any third party", "2023-08-25", ["02"],
      ["spokesperson", "foreign ministry", "chinese-foreign-ministry", "third party"])
event("Modi flies to Athens", "2023-08-25", ["05"], ["athens", "greece"])
event("African Union admitted as a permanent G20 member at the New Delhi summit", "2023-09", ["06"],
      ["african union", "african-union", "g20", "permanent member"],
      note="month only in 06 ('in September'); 05 gives the New Delhi summit as a plan (9-10 September) and is not keyed")
event("Javier Milei takes office", "2023-12-10", ["06"], ["took office", "office", "inaugurat"])
event("Milei's letter declining BRICS membership", "2023-12-22", ["06"], ["letter", "dated", "not opportune"])
event("Milei's letter made public", "2023-12-29", ["06"], ["letter", "made public", "public"])
event("Expansion takes effect: Egypt, Ethiopia, Iran and the UAE become members; Russia's chairmanship begins", "2024-01-01",
      ["06"], ["took effect", "effect", "full members", "expansion", "chairmanship"],
      note="01/02/05 give 1 January 2024 as a plan and 04 gives Russia's chairmanship from that day; only 06 reports it as past")
dump('timeline.json', {
    "about": "Real-world events the articles report, with date (day or month), until for multi-day events, the documents "
             "that report each, and words by which a system event is recognised (title, trigger or participant entity ids). "
             "Future plans (the Kazan summit, Cleverly's trip to Beijing, Modi's visit to Bengaluru 'later today', the "
             "New Delhi G20 summit as seen from August) and year-only events (2009, 2010, 2013, 2015, 2019, 2022) are not keyed.",
    "events": ev,
})

# ---------------------------------------------------------------------------------------------- quotes
quotes = [
    ["01", "The six countries will join", "indirect", "Cyril Ramaphosa"],
    ["01", "We have agreed on the principles", "direct", "Cyril Ramaphosa"],
    ["01", "BRICS is not a club for the few", "direct", "Cyril Ramaphosa"],
    ["01", "More than 40 countries had expressed interest", "indirect", "Naledi Pandor"],
    ["01", "the final list was settled", "indirect", None],
    ["01", "historic", "partial", "Xi Jinping"],
    ["01", "it showed the determination", "indirect", "Xi Jinping"],
    ["01", "India had always supported enlarging", "indirect", "Narendra Modi"],
    ["01", "We do not want to be a counterweight", "direct", "Luiz Inácio Lula da Silva"],
    ["01", "the kingdom would study the details", "indirect", "Faisal bin Farhan"],
    ["01", "Putin would not attend", "indirect", "South Africa"],
    ["01", "by mutual agreement", "partial", "South Africa"],
    ["01", "legitimate aspirations", "partial", ["BRICS", None]],
    ["01", "the two leaders had agreed to direct", "indirect", "Vinay Kwatra"],
    ["01", "Expansion could make the bloc harder", "indirect", "Lindiwe Dube"],
    ["01", "Consensus was difficult with five members", "direct", "Lindiwe Dube"],

    ["02", "it reflected the determination", "indirect", "Xi Jinping"],
    ["02", "This expansion is historic", "direct", "Xi Jinping"],
    ["02", "hegemonism is not in China's DNA", "indirect", "Xi Jinping"],
    ["02", "Some country, obsessed with maintaining", "direct", ["Xi Jinping", None]],
    ["02", "Whoever is developing fast", "direct", ["Xi Jinping", None]],
    ["02", "South Africa valued China's support", "indirect", "Cyril Ramaphosa"],
    ["02", "the bank aims to extend about 30 percent", "indirect", "Dilma Rousseff"],
    ["02", "BRICS is an open and inclusive platform", "indirect", ["Chinese foreign ministry", None]],
    ["02", "BRICS is not about picking sides", "direct", ["Chinese foreign ministry", None]],
    ["02", "such claims reflected a Cold War mentality", "indirect", "Zhou Yuanqi"],
    ["02", "The Global South wants development", "direct", "Zhou Yuanqi"],

    ["03", "it would take in Argentina", "indirect", "BRICS"],
    ["03", "declaration of war", "partial", "Cyril Ramaphosa"],
    ["03", "the invitation to Iran showed", "indirect", "Malcolm Rix"],
    ["03", "This is turning into Putin's fan club", "direct", "Malcolm Rix"],
    ["03", "drawn into a contest between global powers", "partial", "Cyril Ramaphosa"],
    ["03", "the bloc was not out to rival the West", "indirect", "Luiz Inácio Lula da Silva"],
    ["03", "continue to engage", "partial", ["Downing Street", None]],
    ["03", "must be respected", "partial", ["Downing Street", None]],

    ["04", "exactly the aspiration of some countries", "indirect", "Vladimir Putin"],
    ["04", "We stand for a multipolar world order", "direct", "Vladimir Putin"],
    ["04", "Our cooperation is built on the principles", "direct", "Vladimir Putin"],
    ["04", "objective and irreversible", "partial", "Vladimir Putin"],
    ["04", "the share of the dollar", "indirect", "Vladimir Putin"],
    ["04", "the question of the expansion", "indirect", "Sergei Lavrov"],
    ["04", "more than 40 countries showed interest", "indirect", ["South Africa", None]],
    ["04", "Nobody is going to build the association", "direct", "Sergei Lavrov"],
    ["04", "the decision that Putin will not go", "indirect", "Dmitry Peskov"],
    ["04", "Russia is not a participant of the Rome Statute", "indirect", "Dmitry Peskov"],
    ["04", "a partnership of equals", "partial", "Cyril Ramaphosa"],
    ["04", "will not replace the national currencies", "indirect", "Luiz Inácio Lula da Silva"],
    ["04", "the attempts of the West to isolate Russia", "indirect", "Ministry of Foreign Affairs of Russia"],
    ["04", "The next summit of the association", "indirect", "Vladimir Putin"],

    ["05", "India had always fully supported the expansion", "indirect", "Narendra Modi"],
    ["05", "India's insistence that new members", "indirect", "Vinay Kwatra"],
    ["05", "The principles were agreed first", "direct", "Vinay Kwatra"],
    ["05", "the Prime Minister highlighted India's concerns", "indirect", "Vinay Kwatra"],
    ["05", "the two leaders agreed to direct their officials", "indirect", "Vinay Kwatra"],
    ["05", "no idea of a BRICS currency", "partial", "S. Jaishankar"],
    ["05", "the bank aims to lend about 30 per cent", "indirect", "Dilma Rousseff"],
    ["05", "We need to reduce our dependence", "direct", "Dilma Rousseff"],
    ["05", "India is now on the Moon", "direct", "Narendra Modi"],
    ["05", "calculated risk", "partial", "Harsh Pillai"],
    ["05", "New Delhi does not want BRICS", "direct", "Harsh Pillai"],

    ["06", "not opportune", "partial", "Javier Milei"],
    ["06", "the kingdom is still studying the invitation", "indirect", [None, "Saudi Arabia"]],
    ["06", "23 countries had formally applied", "indirect", "Cyril Ramaphosa"],
    ["06", "historic", "partial", "Xi Jinping"],
    ["06", "objective and irreversible", "partial", "Vladimir Putin"],
]
dump('quotes.json', {
    "about": "Answer key for quotations on corpus-d/articles, same conventions as corpus-c: document id prefix, the first "
             "words of the quoted or reported content, kind, and the speaker's canonical name (null: the text does not name "
             "one; a list: any of these is right, and a list containing null also accepts no speaker). A quote that runs "
             "over two paragraphs (01 Ramaphosa) is keyed once per paragraph. A reported clause that ends in quoted words "
             "('the process of de-dollarization ... is \"objective and irreversible\"', 'said there was \"no idea of a BRICS "
             "currency\"') is keyed as the partial quote. Speeches and documents as speakers: 02 'the speech said' (Xi's "
             "speech read by Wang Wentao) is Xi or no speaker, never Wang Wentao; 02 'the spokesperson said' is the Chinese "
             "foreign ministry or no speaker; 01 the declaration's 'legitimate aspirations' is BRICS or no speaker. 04 "
             "attributes quotes after the quote with a dash ('- underlined the head of state') and through 'According to him' "
             "/ 'according to his words'. The duplicated lead of 04 is not keyed twice. Reported content the speaker denies "
             "('rejected suggestions that ...'), perception ('is increasingly seen in the West as ...') and characterisation ('Some Western media outlets have portrayed ...') are not quotes; 'announced (that) X' is (03, as corpus-c 02).",
    "quotes": quotes,
})

# ---------------------------------------------------------------------------------------------- claims
claims = [
    {"id": "invited-six",
     "text": "BRICS invited Argentina, Egypt, Ethiopia, Iran, Saudi Arabia and the UAE to become full members",
     "docs": ["01", "02", "03", "05"],
     "anchors": {
         "01": "invited Argentina, Egypt, Ethiopia, Iran, Saudi Arabia and the United Arab Emirates to become full members",
         "02": "Argentina, Egypt, Ethiopia, Iran, Saudi Arabia and the United Arab Emirates (UAE) have been invited",
         "03": "yesterday announced it would take in Argentina, Egypt, Ethiopia, Iran, Saudi Arabia",
         "05": "Argentina, Egypt, Ethiopia, Iran, Saudi Arabia and the UAE were invited on Thursday"},
     "contradiction": None,
     "note": "06 lists only the four that joined and mentions 'the six countries invited' in passing; 04 expects the decision"},
    {"id": "effective-jan-2024",
     "text": "The new members join from 1 January 2024",
     "docs": ["01", "02", "05", "06"],
     "anchors": {
         "01": "The six countries will join Brazil, Russia, India, China and South Africa from January 1, 2024",
         "02": "with their membership taking effect on Jan. 1, 2024",
         "05": "to join the grouping as full members from January 1 next year",
         "06": "When the calendar turned on Monday, the expansion agreed in Johannesburg last August formally took effect"},
     "contradiction": None,
     "note": "04 'From 1 January 2024 the chairmanship in BRICS will pass to Russia' is a different claim"},
    {"id": "applicants",
     "text": "More than 40 countries expressed interest in joining and 23 formally applied",
     "docs": ["01", "04", "06"],
     "anchors": {
         "01": "More than 40 countries had expressed interest in joining and 23 had formally applied",
         "04": "more than 40 countries showed interest to join BRICS, and 23 of them submitted official applications",
         "06": "he said 23 countries had formally applied and more than 40 had expressed interest"},
     "contradiction": {
         "docs": ["03"],
         "anchors": {"03": "A whopping 34 countries have formally applied to join the bloc"},
         "aspect": "number",
         "detail": "03 says 34 countries formally applied against 23 in 01/04/06; 'more than 40' is the number that "
                   "expressed interest, not the number of applications, and is consistent"}},
    {"id": "putin-video",
     "text": "Putin took part by video link instead of travelling to Johannesburg",
     "docs": ["01", "03", "04", "05"],
     "anchors": {
         "01": "Russian President Vladimir Putin followed the summit by video link",
         "03": "Vlad beamed in by video link from Moscow",
         "04": "President of Russia Vladimir Putin today addressed the participants of the BRICS summit",
         "05": "Russian President Vladimir Putin joined the meetings by video"},
     "contradiction": None,
     "note": "06 says it in a relative clause ('who followed the Johannesburg meeting on a screen in Moscow') and is left out"},
    {"id": "lavrov",
     "text": "Foreign Minister Sergei Lavrov represented Russia in Johannesburg",
     "docs": ["01", "03", "04", "05"],
     "anchors": {
         "01": "was represented in Johannesburg by Foreign Minister Sergei Lavrov",
         "03": "Instead Moscow sent veteran foreign minister Sergei Lavrov",
         "04": "the Russian delegation in South Africa is headed by Minister of Foreign Affairs Sergei Lavrov",
         "05": "Russia was represented on the ground by Foreign Minister Sergei Lavrov"},
     "contradiction": None,
     "note": "in 01, 04 and 05 the same sentence also carries putin-video"},
    {"id": "icc-warrant",
     "text": "The International Criminal Court issued a warrant for Putin's arrest (in March 2023) over the deportation of children from Ukraine",
     "docs": ["01", "03"],
     "anchors": {
         "01": "The International Criminal Court (ICC) issued a warrant for Putin's arrest in March",
         "03": "The ICC issued the warrant for his arrest on March 17"},
     "contradiction": None,
     "note": "01 'in March' and 03 'March 17' agree"},
    {"id": "mutual-agreement",
     "text": "Putin's absence was decided by mutual agreement between Russia and South Africa",
     "docs": ["01", "04"],
     "anchors": {
         "01": "South Africa, an ICC member, announced last month that Putin would not attend",
         "04": "As the press secretary of the President of RF Dmitry Peskov explained earlier"},
     "contradiction": None},
    {"id": "xi-business-forum",
     "text": "Xi did not appear at the BRICS business forum on Tuesday; Commerce Minister Wang Wentao delivered his speech",
     "docs": ["02", "03"],
     "anchors": {
         "02": "In a speech at the BRICS Business Forum on Tuesday, delivered on his behalf by Commerce Minister Wang Wentao",
         "03": "Chinese leader Xi Jinping raised eyebrows of his own when he failed to show up"},
     "contradiction": None,
     "note": "framed very differently: 02 'delivered on his behalf', 03 'no-show', 'No explanation was given'"},
    {"id": "xi-historic",
     "text": "Xi called the expansion historic",
     "docs": ["01", "02", "06"],
     "anchors": {
         "01": "Chinese President Xi Jinping called the expansion",
         "02": ["Chinese President Xi Jinping on Thursday hailed the decision", "This expansion is historic"],
         "06": "Xi Jinping called the decision"},
     "contradiction": None},
    {"id": "dedollarisation",
     "text": "Putin said de-dollarisation is objective and irreversible",
     "docs": ["04", "06"],
     "anchors": {
         "04": "in a video address to the business forum of BRICS Putin declared",
         "06": "His message in August was that de-dollarisation is"},
     "contradiction": None},
    {"id": "ndb-local-currency",
     "text": "The NDB aims to lend about 30% in local currencies (Dilma Rousseff)",
     "docs": ["02", "05"],
     "anchors": {
         "02": "NDB President Dilma Rousseff has said the bank aims to extend about 30 percent",
         "05": "Dilma Rousseff, the former Brazilian president who now heads"},
     "contradiction": None,
     "note": "02 'about 30 percent of its loans', 05 'about 30 per cent of its money': consistent"},
    {"id": "population",
     "text": "The five BRICS members account for more than 40% (about 42%) of the world's population",
     "docs": ["01", "02", "05"],
     "anchors": {
         "01": "The five members account for about 42% of the world's population",
         "02": "The BRICS countries account for more than 40 percent of the world's population",
         "05": "The five BRICS countries together account for over 40 per cent of humanity"},
     "contradiction": None,
     "note": "'about 42%', 'more than 40 percent', 'over 40 per cent' are consistent. 06's 'about 45 per cent' is the "
             "enlarged bloc (and its 'roughly 42 per cent for the original five' agrees): reporting 45 against 42 is a false alarm"},
    {"id": "first-in-person",
     "text": "The Johannesburg summit was the first in-person BRICS summit since 2019",
     "docs": ["01", "02", "04"],
     "anchors": {
         "01": "The gathering was the first in-person BRICS summit since 2019",
         "02": "was the first in-person meeting of BRICS leaders since 2019",
         "04": "It is the first meeting of the leaders of the \"five\" in full-time format since 2019"},
     "contradiction": None},
    {"id": "modi-xi",
     "text": "Modi and Xi spoke on the sidelines and agreed to direct officials to intensify disengagement efforts on the border",
     "docs": ["01", "05"],
     "anchors": {
         "01": ["Modi and Xi also spoke briefly on the sidelines on Thursday", "the two leaders had agreed to direct their officials"],
         "05": ["Mr Modi and Chinese President Xi Jinping also held a brief conversation", "the two leaders agreed to direct their officials"]},
     "contradiction": None},
    {"id": "modi-supports",
     "text": "Modi said India had always supported the expansion",
     "docs": ["01", "05"],
     "anchors": {
         "01": "Indian Prime Minister Narendra Modi said India had always supported",
         "05": "Prime Minister Narendra Modi said India had always fully supported"},
     "contradiction": None},
    {"id": "kazan",
     "text": "Russia chairs BRICS in 2024 and hosts the next summit in Kazan",
     "docs": ["01", "04", "06"],
     "anchors": {
         "01": "Russia will chair BRICS next year and host the next summit in Kazan",
         "04": ["From 1 January 2024 the chairmanship in BRICS will pass to Russia", "The next summit of the association, as Putin announced"],
         "06": "Russia took over the rotating chairmanship this year and will host the summit in Kazan"},
     "contradiction": None,
     "note": "01/04 'next year' (written in 2023) and 06 'this year' (written in 2024) are the same year, 2024"},
    {"id": "lula-not-rival",
     "text": "Lula said the bloc is not meant as a rival to the West",
     "docs": ["01", "03"],
     "anchors": {
         "01": "rejected suggestions that the bloc was being built as a rival",
         "03": "Brazil's left-wing president Lula, a veteran of the group, claimed"},
     "contradiction": None},
]
dump('claims.json', {
    "about": "Checkable claims made by two or more sources on corpus-d/articles: short text, the documents asserting it "
             "(with an anchor: words of the asserting sentence in each document's cleaned text), and any contradiction "
             "(documents that disagree, aspect, detail). Only one contradiction is intended (the number of formal "
             "applications in 03: 34 against 23); every other contradiction is a false alarm, in particular 'more than 40' "
             "(interest) against 23 (applications), 06's 45% (enlarged bloc) against 42% (original five), 'next year' "
             "(2023 articles) against 'this year' (2024 article) for the Kazan summit, and 04's chairmanship from 1 January "
             "2024 against the membership date. Facts told only in subordinate clauses of sentences about something else "
             "are left to timeline.json. single_source lists claims only one document makes, for reference.",
    "claims": claims,
    "single_source": [
        {"doc": "01", "text": "The leaders' declaration backed the aspirations of Brazil, India and South Africa to a greater role in the UN, including the Security Council"},
        {"doc": "01", "text": "Saudi Foreign Minister Faisal bin Farhan said the kingdom would study the offer"},
        {"doc": "02", "text": "Ramaphosa conferred the Order of South Africa on Xi at the Union Buildings on 22 August"},
        {"doc": "02", "text": "A Chinese foreign ministry spokesperson said the expansion is not aimed at any third party"},
        {"doc": "03", "text": "Ramaphosa had called any attempt to arrest Putin a declaration of war"},
        {"doc": "03", "text": "James Cleverly will visit Beijing next week, the first visit by a British foreign secretary in five years"},
        {"doc": "04", "text": "Peskov said Russia is not a party to the Rome Statute and does not recognise the ICC's jurisdiction"},
        {"doc": "05", "text": "Chandrayaan-3 landed near the Moon's south pole on 23 August"},
        {"doc": "05", "text": "Jaishankar said in July there was no idea of a BRICS currency"},
        {"doc": "05", "text": "India hosts the G20 leaders' summit at Bharat Mandapam on 9-10 September"},
        {"doc": "06", "text": "Javier Milei declined membership in a letter dated 22 December, made public on 29 December"},
        {"doc": "06", "text": "Saudi Arabia has neither accepted nor declined the invitation"},
        {"doc": "06", "text": "The enlarged BRICS accounts for about 45% of the world's population"},
        {"doc": "06", "text": "The African Union became a permanent G20 member at the New Delhi summit in September"},
    ],
})
print('keys written')
