"""Writes the answer keys of corpus-x (France's 2024 snap legislative election: Emmanuel Macron's dissolution of the
National Assembly on the night of the European election, the New Popular Front, the first round of 30 June won by the
National Rally and its allies, the withdrawals between the rounds, the second round of 7 July won by the left, Gabriel
Attal's resignation and caretaker government through the Paris Olympics, Lucie Castets, and Michel Barnier's
appointment on 5 September) into keys/.

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
MAC, BRI, ATT, BAR, MLP = "Emmanuel Macron", "Brigitte Macron", "Gabriel Attal", "Jordan Bardella", "Marine Le Pen"
JMLP, MCLP, MAR, JLM, CAST = "Jean-Marie Le Pen", "Marie-Caroline Le Pen", "Marion Maréchal", "Jean-Luc Mélenchon", \
    "Lucie Castets"
BARN, GLU, HOL, CIO, PHI, CHI = "Michel Barnier", "Raphaël Glucksmann", "François Hollande", "Éric Ciotti", \
    "Édouard Philippe", "Jacques Chirac"
SCH, YBP, ZEM = "Olaf Scholz", "Yaël Braun-Pivet", "Éric Zemmour"
TEL, DEL, CAR, OBE, MAL, AUM = "Armand Tellier", "Claire Delattre-Munoz", "Bastien Carrère", "Katrin Oberhuber", \
    "Geoffrey Mallinson", "Sophie Aumont"
AN, RN, NFP, LFI, ENS, LR = "National Assembly", "National Rally", "New Popular Front", "La France Insoumise", \
    "Ensemble", "Les Républicains"
ELY, MAT, INT = "Élysée", "Matignon", "Interior Ministry"

# ---------------------------------------------------------------------------------------------- entities
ents = [
    (MAC, P, ["Emmanuel Macron", "Macron", "Mr Macron"]),
    (BRI, P, ["Brigitte Macron"]),
    (ATT, P, ["Gabriel Attal", "Attal", "Mr Attal"]),
    (BAR, P, ["Jordan Bardella", "Bardella", "Mr Bardella"]),
    (MLP, P, ["Marine Le Pen", "Ms Le Pen", "Mrs. Le Pen"]),
    (JMLP, P, ["Jean-Marie Le Pen"]),
    (MCLP, P, ["Marie-Caroline Le Pen"]),
    (MAR, P, ["Marion Maréchal"]),
    (JLM, P, ["Jean-Luc Mélenchon", "Mélenchon", "Jean-Luc Melenchon", "Melenchon", "Mr Melanchon", "Mr Mélechon"]),
    (CAST, P, ["Lucie Castets", "Ms Castets"]),
    (BARN, P, ["Michel Barnier", "Barnier", "Mr Barnier"]),
    (GLU, P, ["Raphaël Glucksmann"]),
    (HOL, P, ["François Hollande"]),
    (CIO, P, ["Éric Ciotti"]),
    (PHI, P, ["Édouard Philippe"]),
    (CHI, P, ["Jacques Chirac"]),
    (SCH, P, ["Olaf Scholz"]),
    (YBP, P, ["Yaël Braun-Pivet"]),
    (ZEM, P, ["Éric Zemmour", "Mr Zemmour"]),
    (TEL, P, ["Armand Tellier"]),
    (DEL, P, ["Claire Delattre-Munoz"]),
    (CAR, P, ["Bastien Carrère"]),
    (OBE, P, ["Katrin Oberhuber"]),
    (MAL, P, ["Geoffrey Mallinson", "Mr Mallinson"]),
    (AUM, P, ["Sophie Aumont"]),

    (AN, O, ["National Assembly", "Assembly"]),
    (RN, O, ["National Rally", "RN", "Rassemblement national", "Rassemblement National"]),
    (NFP, O, ["New Popular Front", "NFP", "Nouveau Front populaire"]),
    (LFI, O, ["La France Insoumise", "LFI", "La France insoumise"]),
    (ENS, O, ["Ensemble"]),
    (LR, O, ["Les Républicains", "LR"]),
    ("Front National", O, ["Front National", "Front national"]),
    ("Reconquête", O, ["Reconquête"]),
    ("Socialists", O, ["Socialists"]),
    ("Greens", O, ["Greens"]),
    ("Communists", O, ["Communists"]),
    ("SPD", O, ["SPD"]),
    ("AfD", O, ["AfD"]),
    ("NATO", O, ["NATO"]),
    ("European Parliament", O, ["European Parliament"]),
    ("European Union", O, ["European Union"]),
    (INT, O, ["Interior Ministry"]),
    (ELY, O, ["Élysée", "Élysée Palace"]),
    (MAT, O, ["Matignon", "Hôtel de Matignon"]),
    ("Centre for Democratic Renewal", O, ["Centre for Democratic Renewal"]),
    ("Fondation Turgot", O, ["Fondation Turgot"]),
    ("Institute of the Political Studies of the South", O, ["Institute of the Political Studies of the South", "IEPS"]),
    ("Franco-German Research Centre", O, ["Franco-German Research Centre", "DFFZ"]),
    ("Burke-Tocqueville Institute", O, ["Burke-Tocqueville Institute"]),
    ("Opinion Vive", O, ["Opinion Vive"]),

    ("Ridgeline Review", MD, ["Ridgeline Review"]),

    ("Fifth Republic", M, ["Fifth Republic"]),
    ("Olympic Games", E_, ["Olympic Games", "Games"]),

    ("France", G, ["France"]),
    ("Paris", G, ["Paris"]),
    ("Germany", G, ["Germany"]),
    ("Berlin", G, ["Berlin"]),
    ("Brussels", G, ["Brussels"]),
    ("United Kingdom", G, ["United Kingdom"]),
    ("Washington", G, ["Washington"]),
    ("Lyon", G, ["Lyon"]),
    ("Freiburg", G, ["Freiburg"]),
    ("London", G, ["London"]),
    ("Corrèze", G, ["Corrèze"]),
    ("Pas-de-Calais", G, ["Pas-de-Calais"]),
    ("Sarthe", G, ["Sarthe"]),
    ("Hénin-Beaumont", G, ["Hénin-Beaumont"]),
    ("Le Touquet", G, ["Le Touquet"]),

    ("Seine", L, ["Seine"]),
]

descriptions = [
    (MAC, ["the 46-year-old president"]),
    (ATT, ["the 35-year-old"]),
    (BARN, ["the 73-year-old", "the conservative former European commissioner"]),
    (CAST, ["the 37-year-old"]),
    (MLP, ["the RN leader", "the 55-year-old", "the leader of the deputies RN"]),
    (JLM, ["the 72-year-old founder of La France Insoumise", "the leader of LFI"]),
    (BAR, ["the president of the RN"]),
    ("France", ["Paris"]),
    ("Germany", ["Berlin"]),
    ("European Union", ["Brussels"]),
]

roles = [
    (MAC, ["President Emmanuel Macron", "the president of the Republic"]),
    (ATT, ["Prime Minister Gabriel Attal", "the Prime minister Gabriel Attal"]),
    (BAR, ["the RN's 28-year-old president", "Party chief"]),
    (MLP, ["who leads the party's deputies"]),
    (JLM, ["the founder of La France Insoumise (LFI)"]),
    (CAST, ["a finance director at Paris city hall", "the director of finance at Paris city hall"]),
    (BARN, ["the oldest prime minister of the Fifth Republic"]),
    (GLU, ["who led the Socialist list in the European election"]),
    (HOL, ["Former president"]),
    (CIO, ["the president of Les Républicains"]),
    (PHI, ["The former Prime minister"]),
    (JMLP, ["founder of the Front national"]),
    (MCLP, ["the elder sister of the leader of the deputies RN"]),
    (SCH, ["Chancellor Olaf Scholz"]),
    (YBP, ["speaker of the Assembly"]),
    (TEL, ["a political scientist at the Centre for Democratic Renewal"]),
    (DEL, ["an economist at the Fondation Turgot"]),
    (CAR, ["researcher at the Institute of the Political Studies of the South"]),
    (OBE, ["director of the Franco-German Research Centre"]),
    (MAL, ["a senior fellow at the Burke-Tocqueville Institute"]),
    (AUM, ["who runs the polling firm Opinion Vive"]),
]

must_not_merge = [
    [MLP, JMLP],
    [MLP, MCLP],
    [JMLP, MCLP],
    [MLP, MAR],
    [MAC, BRI],
    [ATT, BARN],
    [CIO, ZEM],
]

dump('entities.json', {
    "about": "Answer key for entity resolution on corpus-x/articles (France's 2024 snap legislative election: Emmanuel "
             "Macron's dissolution of the National Assembly on Sunday 9 June, the night of the European election; the "
             "New Popular Front formed within days; the first round of Sunday 30 June won by the National Rally and its "
             "allies; the withdrawals between the rounds; the second round of Sunday 7 July won by the left; Gabriel "
             "Attal's resignation offer of 8 July and caretaker government from 16 July through the Paris Olympics; the "
             "left's candidate Lucie Castets, 23 July; Michel Barnier's appointment as prime minister on Thursday 5 "
             "September), written from reading the articles. Same conventions as corpus-c..v: canonical name (a form "
             "that occurs in the texts), type, and every surface form that names the entity in the cleaned texts "
             "(headlines, standfirsts, captions, bylines, the dateline 'PARIS (Meridian Wire) -', related links, share "
             "bars, tags and other boilerplate excluded). Title+surname forms ('Mr Macron', 'Mr Attal', 'Ms Le Pen', "
             "'Mrs. Le Pen', 'Mr Bardella', 'Ms Castets', 'Mr Barnier', 'Mr Zemmour', 'Mr Mallinson') are keyed as "
             "aliases. Defects on purpose: Jean-Luc Mélenchon is 'Jean-Luc Mélenchon' / 'Mélenchon' (01, 02, 05, 06), "
             "without the accent 'Jean-Luc Melenchon' (03) and 'Melenchon' (04, twice), and two misspellings of his "
             "surname in one article, 'Mr Melanchon' and 'Mr Mélechon' (05, next to a correct 'Jean-Luc Mélenchon' "
             "inside a quotation); 'Mrs. Le Pen' (03, the French 'Mme'). Three Le Pens who must not merge: Marine "
             "(everywhere; 'Ms Le Pen', 'Mrs. Le Pen', 'the RN leader', 'the 55-year-old'), her father Jean-Marie Le "
             "Pen (03 twice, 05), the founder of the Front National, and her elder sister Marie-Caroline Le Pen (03), a "
             "candidate in the Sarthe; her niece Marion Maréchal (05) is a fourth member of the family without the "
             "surname. 03's 'The name of Le Pen will be also on the bulletins' names the family name, not a person, and "
             "is not keyed (nor is a bare 'Le Pen' alias keyed anywhere). Two Macrons: the president and his wife "
             "Brigitte Macron (06). Two prime ministers, Attal and Barnier (02), and two Érics, Ciotti (03, 06) and "
             "Zemmour (05), stay apart. Acronyms and foreign forms: the National Rally is 'National Rally' / 'RN' "
             "(01, 02, 05, 06), 'Rassemblement national' (03, the French lower-case n) and 'Rassemblement National' "
             "(04); the New Popular Front is 'New Popular Front' / 'NFP' (01, 02, 04, 05, 06) and 'Nouveau Front "
             "populaire' (03); La France Insoumise is 'La France Insoumise (LFI)' (01, 04, 05, 06) and 'La France "
             "insoumise (LFI)' (03); 'Les Républicains (LR)' (02, 03, 04); the old 'Front National' (05) / 'Front "
             "national' (03), the party Jean-Marie Le Pen founded in 1972 and the RN's name until 2018, is keyed "
             "apart from the RN (it is named only as the party he founded); 04 keeps a German acronym, 'the "
             "Franco-German Research Centre in Freiburg (DFFZ)', and 03 a French one, 'the Institute of the Political "
             "Studies of the South (IEPS)'; 'SPD' and 'AfD' (04) are German parties. The Élysée stands for the "
             "presidency: 'the Élysée said in a statement' (01 twice, 02), 'The Élysée, for its part, is silent' (03), "
             "'issued by the Élysée' (06); 04's 'in the Élysée Palace' (the building) is keyed as an alias of the same "
             "entity. 'Matignon' (03 'go to Matignon', 05 'at Matignon') is the prime minister's office, 'the Hôtel de "
             "Matignon' (02) its building, keyed as one entity. Capitals for governments: 'Paris' stands for the "
             "French government in 04 ('Paris will be hardly capable of acting in Brussels') and 'Berlin' for the "
             "German one ('In Berlin one reacted with relief', 'government circles in Berlin'), 'Brussels' for the "
             "European Union in 02 ('a deficit that Brussels wants brought back towards 3%') and 04; they are keyed as "
             "descriptions of France, Germany and the European Union as well as the cities' aliases (Paris the city "
             "elsewhere: 01 'in Paris', 02 'Paris city hall', 05, 06). 'Ridgeline Review' (05 'told The Ridgeline "
             "Review') is an outlet. The interior ministry is capitalised only in 04 ('the Interior Ministry'); the "
             "lower-case 'the interior ministry' (01, 06) is not keyed as an alias. 'the Socialists', 'the Greens', "
             "'the Communists' are keyed as party names (no other form of them occurs); the adjectives 'Socialist' "
             "(01 'the Socialist list', 05 'a Socialist deputy'), 'Macronist', 'French', 'German', 'Franco-German' "
             "(alone), 'European' are not keyed; 'Olympic Games' / 'the Games' (01, 04, 05) is an event; 'the "
             "Paralympic Games' (02) is not keyed. Descriptions: 'the 46-year-old president' (05) for Macron; 'The "
             "35-year-old' (04) for Attal; 'The 73-year-old' and 'the conservative former European commissioner' (02) "
             "for Barnier; 'the 37-year-old' (02, 05) for Castets; 'the RN leader' (05), 'the 55-year-old' (06) and "
             "'the leader of the deputies RN' (03) for Marine Le Pen; 'the 72-year-old founder of La France Insoumise' "
             "(05) and 'the leader of LFI' (03) for Mélenchon; 'The president of the RN' (03) for Bardella; 'the "
             "president' alone (used of Macron throughout, and of Bardella's party office in 01) is not keyed. roles: "
             "roles stated in an apposition or title, for information.",
    "entities": [{"name": n, "type": t, "aliases": a} for n, t, a in ents],
    "must_not_merge": must_not_merge,
    "descriptions": [{"entity": e, "descriptions": d} for e, d in descriptions],
    "roles": [{"entity": e, "roles": r} for e, r in roles],
})

# ---------------------------------------------------------------------------------------------- dates
dates = [
    # 01: published Monday 2024-07-08 (JSON field 2024-07-08T16:30:00Z, 18:30 in Paris)
    ["01", "Sunday", "2024-07-07"],
    ["01", "Monday", "2024-07-08"],
    ["01", "Sunday", "2024-07-07"],
    ["01", "1997", "1997"],
    ["01", "June 30", "2024-06-30"],
    ["01", "Tonight", "2024-07-07"],
    ["01", "Sunday", "2024-07-07"],
    ["01", "last month", "2024-06"],
    ["01", "July 18", "2024-07-18"],
    ["01", "eight days", "P8D"],
    ["01", "July 26", "2024-07-26"],
    ["01", "Sunday", "2024-07-07"],
    # 02: published Thursday 2024-09-05 (meta and JSON-LD 19:40 Paris time)
    ["02", "Thursday", "2024-09-05"],
    ["02", "July 7", "2024-07-07"],
    ["02", "January", "2024-01"],
    ["02", "July 16", "2024-07-16"],
    ["02", "July", "2024-07"],
    ["02", "July", "2024-07"],
    ["02", "last month", "2024-08"],
    ["02", "Thursday", "2024-09-05"],
    ["02", "Saturday", "2024-09-07"],
    ["02", "July 23", "2024-07-23"],
    ["02", "two weeks", "P2W"],
    ["02", "eight months", "P8M"],
    ["02", "2012", "2012"],
    ["02", "June 9", "2024-06-09"],
    ["02", "October 1", "2024-10-01"],
    ["02", "60 days", "P60D"],
    ["02", "1958", "1958"],
    # 03: published Tuesday 2024-07-02 (visible date line 'Published the 02/07/2024 at 19h12', day before month)
    ["03", "this Tuesday", "2024-07-02"],
    ["03", "next Sunday", "2024-07-07"],
    ["03", "Sunday 30 June", "2024-06-30"],
    ["03", "1997", "1997"],
    ["03", "This Tuesday", "2024-07-02"],
    ["03", "Sunday", "2024-06-30"],
    ["03", "this Tuesday", "2024-07-02"],
    ["03", "2002", "2002"],
    ["03", "2002", "2002"],
    ["03", "2024", "2024"],
    ["03", "9 June", "2024-06-09"],
    ["03", "three weeks", "P3W"],
    ["03", "Sunday", "2024-06-30"],
    ["03", "next Sunday", "2024-07-07"],
    ["03", "Friday", "2024-07-05"],
    ["03", "7 July", "2024-07-07"],
    # 04: Tuesday 2024-07-09, no date line
    ["04", "Two days", "P2D"],
    ["04", "yesterday", "2024-07-08"],
    ["04", "Monday", "2024-07-08"],
    ["04", "Sunday", "2024-07-07"],
    ["04", "30 June", "2024-06-30"],
    ["04", "last week", "2024-07-01/2024-07-07"],
    ["04", "2027", "2027"],
    ["04", "May", "2024-05"],
    ["04", "Wednesday", "2024-07-10"],
    ["04", "18 July", "2024-07-18"],
    ["04", "26 July", "2024-07-26"],
    ["04", "9 June", "2024-06-09"],
    # 05: Friday 2024-07-26, no date line
    ["05", "this evening", "2024-07-26"],
    ["05", "sixteen days", "P16D"],
    ["05", "Tuesday", "2024-07-23"],
    ["05", "The same evening", "2024-07-23"],
    ["05", "August", "2024-08"],
    ["05", "July 26 to August 11", "2024-07-26/2024-08-11"],
    ["05", "July 7", "2024-07-07"],
    ["05", "June 30", "2024-06-30"],
    ["05", "ten days ago", "2024-07-16"],
    ["05", "Last week", "2024-07-15/2024-07-21"],
    ["05", "1972", "1972"],
    ["05", "last month", "2024-06"],
    ["05", "June", "2024-06"],
    ["05", "sixteen days", "P16D"],
    # 06: published Monday 2024-07-01 (visible date line 'Mon 1 Jul 2024 08.15 BST', 09:15 in Paris)
    ["06", "yesterday", "2024-06-30"],
    ["06", "2022", "2022"],
    ["06", "1997", "1997"],
    ["06", "three weeks ago", "2024-06-09"],
    ["06", "the next day", "2024-06-10"],
    ["06", "Four days later", "2024-06-14"],
    ["06", "Friday 14 June", "2024-06-14"],
    ["06", "11 June", "2024-06-11"],
    ["06", "the next day", "2024-06-12"],
    ["06", "two days later", "2024-06-14"],
    ["06", "next Sunday", "2024-07-07"],
    ["06", "eight days", "P8D"],
    ["06", "7 July", "2024-07-07"],
    ["06", "Tuesday", "2024-07-02"],
]

dump('dates.json', {
    "about": "Answer key for date normalisation on corpus-x/articles, same conventions as corpus-c..v: document id prefix, "
             "the expression as written (the first occurrence not yet matched, in text order; a system expression that "
             "contains the key text matches, so 'Sunday' in 01 also matches \"Sunday's\" and 'on Sunday evening', "
             "'Monday' 'on Monday morning', 'Sunday 30 June' 'The Sunday 30 June', 'this Tuesday' 'this Tuesday at 18h', "
             "'Two days' 'Two days after', 'ten days ago', 'Last week', 'the next day', 'eight days' 'eight days "
             "before' and 'in eight days', 'August' 'the middle of August'), its absolute value. Weeks run Monday to "
             "Sunday. Dates are Paris local dates (UTC+2). The date line 'Published the 02/07/2024 at 19h12 – Updated at "
             "21h40' (03, day before month) and 'Mon 1 Jul 2024 08.15 BST' (06), the dateline of 01, captions (03's "
             "'Monday', 04's 'on Sunday evening'), headlines, standfirsts, related links (03's 'four days', 04's "
             "'Olympia') and 04's duplicated lead are not keyed. Clock times and parts of days ('at 18h', 'at midnight', "
             "'6pm', 'in the morning', 'in the evening', 'from the evening of the first round', 'Sunday in the "
             "evening' keyed as 'Sunday', 'Within minutes', 'within an hour', 'on Thursday afternoon' keyed as "
             "'Thursday', 'the night of July 7' keyed as 'July 7') are not keyed as such. 01's 'Tonight' inside "
             "Bardella's quotation (spoken on election night) is 7 July, not the publication day; 05's 'this evening' "
             "is the publication day (the opening ceremony); 05's 'The same evening' is Tuesday 23 July (Macron's "
             "interview the day Castets was put forward), not the publication day. Vague, recurring or anaphoric "
             "expressions ('weeks, perhaps months' in Tellier's quotation, 'the next election', 'In the days between "
             "the two rounds', 'in some days', 'in a matter of days', 'the same week', 'the coming weeks', 'for "
             "months', 'this summer', 'in the past', 'at once', 'immediately', 'this time', 'the first time') are not "
             "keyed; nor are adjectival spans ('ten-year yields', 'the 2025 budget', 'election-night'), ages ('Attal, "
             "35', 'at 34', 'The 73-year-old', 'the 37-year-old', 'the RN's 28-year-old president', '28 years', '96 "
             "years', 'turned 96', 'The 35-year-old', 'the 46-year-old president', 'the 72-year-old', 'the "
             "55-year-old', 'Mr Bardella, 28'), counts, shares and seats ('182 of the 577 seats', '168', '143', '289', "
             "'about 33%', '33,2 %', '66,7 %', '47.5%', 'more than 200', 'more than 210', '306', '76 deputies', '39', "
             "'around 125', 'about 70', '37 per cent', '13 votes', '12.5%', 'more than 58%', 'fewer than 50 seats', "
             "'about 80 seats', 'a third of the votes', 'over 31 per cent', '3% of output'), ordinals ('the fourth "
             "time', 'the fourth circonscription', 'a third round of voting') or 'the second world war'. 'three weeks' "
             "(03 'three weeks before the first round'), 'two weeks' (02), 'eight months' (02), '60 days' (02), "
             "'sixteen days' (05, twice), 'eight days' (01, 06) and 'Two days' (04) are keyed as spans. 06's 'three "
             "weeks ago' is keyed as the date it points to (9 June). Relative dates: 01 (written Monday 8 July) "
             "\"Sunday's\", 'on Sunday evening', 'on Sunday' and 'elected on Sunday' 7 July, 'on Monday morning' 8 July, "
             "'last month' June 2024 (the dissolution). 02 (Thursday 5 September) 'on Thursday' and 'on Thursday "
             "afternoon' 5 September, 'in January' January 2024 (Attal's appointment), 'in July' twice July 2024, "
             "'late last month' August 2024 (Macron's rejection of Castets), 'on Saturday' 7 September (the protests "
             "called for), 'by October 1' 2024. 03 (Tuesday 2 July) 'this Tuesday' / 'This Tuesday' three times 2 "
             "July, 'next Sunday' twice 7 July, 'from Sunday in the evening' and 'since Sunday' 30 June, 'Friday at "
             "midnight' 5 July, 'the 9 June', 'the 7 July' (yearless), 'the second round of 2002', 'In 2002', 'In "
             "2024' (inside Carrère's quotation). 04 (Tuesday 9 July, no date line) 'yesterday, Monday' keyed twice "
             "(both 8 July), 'on Sunday evening' 7 July, 'on 30 June', 'last week' 1-7 July (the withdrawals), 'in "
             "2027', 'in May' May 2024 (the AfD's expulsion), 'on Wednesday' 10 July (Macron's coming trip), 'on 18 "
             "July', 'on 26 July', 'on 9 June' (yearless). 05 (Friday 26 July, no date line) 'this evening' 26 July, "
             "'on Tuesday' 23 July, 'The same evening' 23 July, 'the middle of August' August 2024, 'from July 26 to "
             "August 11' a range, 'the night of July 7', 'on June 30', 'ten days ago' 16 July (the resignation "
             "accepted; 02 'on July 16'), 'Last week' 15-21 July (the speakership vote), 'in 1972', 'last month' June "
             "2024 (Jean-Marie Le Pen's birthday), 'in June' June 2024. 06 (Monday 1 July) 'yesterday' 30 June, 'in "
             "2022', 'since 1997', 'three weeks ago' 9 June, 'the next day' 10 June (the left's alliance) and later "
             "'the next day' 12 June (Ciotti's expulsion), 'Four days later' and 'on Friday 14 June' 14 June, 'on 11 "
             "June', 'two days later' 14 June (the court), 'next Sunday' 7 July, 'in eight days' a span, 'on 7 July', "
             "'on Tuesday' 2 July (the withdrawal deadline). Publication dates: 01 2024-07-08, 02 2024-09-05, 03 "
             "2024-07-02, 04 2024-07-09, 05 2024-07-26, 06 2024-07-01 (see publication.json).",
    "dates": dates,
})

# ---------------------------------------------------------------------------------------------- publication
dump('publication.json', {
    "about": "True publication date of each document (the one the author had in mind) and whether the input states it "
             "(metadata, JSON field or a visible date line). window: the span a careful reader can prove from the text alone "
             "(plus event dates the other articles give); the engine's published.earliest..latest should contain 'date'.",
    "published": [
        {"doc": "01", "date": "2024-07-08", "stated": True,
         "how": "JSONL published field 2024-07-08T16:30:00Z (18:30 in Paris the same day); 'Sunday's snap "
                "parliamentary election' is past and Attal offered his resignation 'on Monday morning'",
         "window": ["2024-07-08", "2024-07-08"]},
        {"doc": "02", "date": "2024-09-05", "stated": True,
         "how": "meta article:published_time and JSON-LD datePublished 2024-09-05T19:40:00+02:00, no visible date; "
                "Barnier appointed 'on Thursday'",
         "window": ["2024-09-05", "2024-09-05"]},
        {"doc": "03", "date": "2024-07-02", "stated": True,
         "how": "visible date line 'Published the 02/07/2024 at 19h12 – Updated at 21h40' (day before month); the "
                "deadline 'expired this Tuesday at 18h'",
         "window": ["2024-07-02", "2024-07-02"]},
        {"doc": "04", "date": "2024-07-09", "stated": False,
         "how": "none: 'Two days after the second round' (7 July per 01/02/05), Attal resigned 'yesterday, Monday', "
                "and Macron 'travels on Wednesday' to the NATO summit: Tuesday 9 July",
         "window": ["2024-07-09", "2024-07-09"]},
        {"doc": "05", "date": "2024-07-26", "stated": False,
         "how": "none: the Olympic flame is lit 'this evening' and the Games 'run from July 26 to August 11'; Macron "
                "accepted the government's resignation 'ten days ago' (16 July per 02); Castets was put forward 'on "
                "Tuesday' (23 July per 02): Friday 26 July",
         "window": ["2024-07-26", "2024-07-26"]},
        {"doc": "06", "date": "2024-07-01", "stated": True,
         "how": "visible date line 'Mon 1 Jul 2024 08.15 BST' (09:15 in Paris); the first round was 'yesterday'",
         "window": ["2024-07-01", "2024-07-01"]},
    ],
})

# ---------------------------------------------------------------------------------------------- timeline
ev = []
event = recorder(ev)

event("The European Parliament election in France, won by the RN list led by Jordan Bardella (over 31%)",
      "2024-06-09", ["04", "06"],
      ["European election", "European Parliament", "31", "list"],
      note="04 'on 9 June, on the evening of the European election, in which the RN had come to over 31 per cent'; "
           "06 'three weeks ago, on the evening of the European election, after the RN list led by Jordan Bardella won "
           "more than twice as many votes'; 01 tells it too but dates it only by 'last month'; a separate event from "
           "the dissolution announced the same evening")
event("Macron dissolves the National Assembly and calls a snap legislative election", "2024-06-09",
      ["02", "03", "04", "06"],
      ["dissol", "called the election", "snap"],
      note="02 'the dissolution of June 9'; 03 'announcing the dissolution the 9 June'; 04 'Macron had dissolved the "
           "National Assembly on 9 June'; 06 'Mr Macron called the election three weeks ago'; 01 'last month' (month "
           "only)")
event("The parties of the left announce their alliance, the New Popular Front", "2024-06-10", ["06"],
      ["alliance", "announc", "New Popular Front"],
      note="06 'The parties of the left announced their alliance the next day'; 03 'formed in some days after the "
           "dissolution' gives no date")
event("Éric Ciotti announces that he wants Les Républicains to ally with the RN", "2024-06-11", ["06"],
      ["Ciotti", "alliance", "announc"],
      note="06 'announced on 11 June'")
event("The leadership of Les Républicains votes to expel Ciotti", "2024-06-12", ["06"],
      ["expel", "Ciotti", "leadership"],
      note="06 'the party's leadership voted to expel him the next day'")
event("The New Popular Front presents its common programme", "2024-06-14", ["06"],
      ["programme", "present", "minimum wage"],
      note="06 'Four days later, on Friday 14 June'; the same day as the court's suspension of Ciotti's expulsion, "
           "a separate event")
event("A Paris court suspends Ciotti's expulsion from Les Républicains", "2024-06-14", ["06"],
      ["court", "suspend", "Ciotti"],
      note="06 'a decision that a Paris court suspended two days later'")
event("First round of the legislative election: the RN and its allies come first with about 33%", "2024-06-30",
      ["01", "03", "04", "05", "06"],
      ["first round", "33", "vote"],
      note="01 'the first round on June 30'; 03 'The Sunday 30 June'; 04 'the first round on 30 June'; 05 'in the first "
           "round on June 30' (with 37 per cent, the intended contradiction); 06 'yesterday'; Le Pen's re-election in "
           "the first round (01, 05, 06) and the 76 deputies elected outright (03) are folded in")
event("The deadline for withdrawals expires: more than 210 second-round candidates have stood down", "2024-07-02",
      ["03"],
      ["withdraw", "désistement", "deadline", "stood down"],
      note="03 'The deadline expired this Tuesday at 18h'; 06 announces the deadline ('until 6pm on Tuesday'); 01 "
           "'In the days between the two rounds' and 04 'the withdrawals of last week' give no day")
event("Second round: the New Popular Front comes first (182 seats), ahead of Ensemble (168) and the RN and its "
      "allies (143)", "2024-07-07", ["01", "02", "04", "05"],
      ["second round", "run-off", "182", "seats", "election"],
      note="01 \"Sunday's snap parliamentary election\"; 02 'the second round of the snap legislative election on July "
           "7'; 04 'Two days after the second round' and 'on Sunday evening'; 05 'the night of July 7'; 03 and 06 "
           "announce it for 'next Sunday' / 'the 7 July'")
event("Attal offers his resignation; Macron asks him to stay on for the moment", "2024-07-08", ["01", "04"],
      ["resign", "Attal", "for the moment"],
      note="01 'on Monday morning'; 04 'yesterday, Monday'; must stay apart from the acceptance of 16 July and from "
           "Barnier's appointment of 5 September")
event("Macron accepts the resignation of Attal's government, which stays on as caretaker", "2024-07-16",
      ["02", "05"],
      ["accepted", "resignation", "caretaker"],
      note="02 'since Mr Macron accepted his resignation on July 16'; 05 'whose government's resignation Mr Macron "
           "accepted ten days ago'")
event("The New Popular Front puts forward Lucie Castets as its candidate for prime minister", "2024-07-23",
      ["02", "05"],
      ["Castets", "put forward", "candidate"],
      note="02 'had put forward on July 23'; 05 'was put forward by the New Popular Front on Tuesday'; Macron's "
           "television interview of the same evening (05) is a statement, not keyed")
event("The Paris Olympic Games", "2024-07-26", ["05"],
      ["Olympic", "Games", "flame"], until="2024-08-11",
      note="05 'this evening' and 'which run from July 26 to August 11'; 01 and 04 announce the opening ('open in "
           "Paris on July 26', 'on 26 July the Olympic Games begin')")
event("Macron appoints Michel Barnier prime minister", "2024-09-05", ["02"],
      ["Barnier", "appoint", "prime minister"],
      note="02 'on Thursday'; the handover at Matignon the same day is folded in")
dump('timeline.json', {
    "about": "Real-world events the articles report, with date (day), until for multi-day events, the documents that report "
             "each (with a date the reader can resolve), and words by which a system event is recognised (title, trigger "
             "or participant entity ids). Dates are Paris local dates. Occurrences of similar events must stay apart: "
             "the two Sundays of voting (the first round of 30 June, the second round of 7 July); the two "
             "prime-ministerial moments (Attal's resignation offer of 8 July and its acceptance on 16 July on one side, "
             "Barnier's appointment on 5 September on the other; the offer and the acceptance are two events too); the "
             "European election and the dissolution, both on the evening of 9 June; the left's programme and the "
             "court's suspension of Ciotti's expulsion, both on 14 June. Not keyed: future, planned or announced events "
             "(the second round in 03 and 06, the withdrawal deadline in 06, the Assembly's first sitting on 18 July in "
             "01 and 04, the opening of the Games in 01 and 04 (keyed from 05), Macron's trip to the NATO summit 'on "
             "Wednesday' in 04, the protests called for Saturday in 02, the 2025 budget due by October 1, the 2027 "
             "presidential election), events dated only by month, year or week (Attal's appointment 'in January', the "
             "AfD's expulsion 'in May', Macron's rejection of Castets 'late last month' in 02, Marion Maréchal's break "
             "with Zemmour 'in June', the speakership vote 'Last week' in 05, the withdrawals 'last week' in 04, the "
             "second round of 2002, the founding of the Front National in 1972), statements (Attal's election-night "
             "statements, the Élysée's statements, Macron's television interview of 23 July, Scholz's reaction, "
             "Mélenchon's video of 5 September), states (the caretaker government, the standoff) and same-day side "
             "events folded into a keyed one (see notes).",
    "events": ev,
})

# ---------------------------------------------------------------------------------------------- quotes
quotes = [
    ["01", "for the moment", "partial", [ELY, MAC]],
    ["01", "he would hand in his resignation", "indirect", ATT],
    ["01", "the NFP won 182 of the 577 seats", "indirect", [None, INT]],
    ["01", "Tonight, the French have been deprived", "direct", BAR],
    ["01", "the only alternative", "partial", BAR],
    ["01", "only been delayed", "partial", MLP],
    ["01", "The tide is rising", "direct", MLP],
    ["01", "It did not rise high enough this time", "direct", MLP],
    ["01", "the duty", "partial", JLM],
    ["01", "The president must bow and admit this defeat", "direct", JLM],
    ["01", "The New Popular Front will apply its programme", "direct", JLM],
    ["01", "not in a majority", "partial", GLU],
    ["01", "no majority could be led by the extremes", "indirect", ATT],
    ["01", "Our country is living through an unprecedented political situation", "direct", ATT],
    ["01", "they had learned of the dissolution only hours before", "indirect", None],
    ["01", "wait for the new National Assembly to organise itself", "partial", [ELY, MAC]],
    ["01", "Nobody has won this election", "direct", TEL],
    ["01", "weeks, perhaps months", "partial", TEL],
    ["01", "France has no tradition of coalition building", "direct", TEL],

    ["02", "a unifying government in the service of the country", "partial", [ELY, MAC]],
    ["02", "it would not vote to censure Mr Barnier immediately", "indirect", RN],
    ["02", "on his words and on his acts", "partial", MLP],
    ["02", "vigilant", "partial", BAR],
    ["02", "The election has been stolen from the French", "direct", JLM],
    ["02", "a prime minister approved by the RN", "partial", CAST],
    ["02", "It is a denial of democracy", "direct", CAST],
    ["02", "The voters asked for change", "direct", CAST],
    ["02", "I leave with a pinch of frustration", "direct", ATT],
    ["02", "We will need much listening and much respect", "direct", BARN],
    ["02", "Between the government and the parliament", "direct", BARN],
    ["02", "Barnier is a negotiator", "direct", DEL],
    ["02", "Mr Barnier's survival depended on a party", "indirect", DEL],
    ["02", "He is prime minister as long as Marine Le Pen wants him to be", "direct", DEL],

    ["03", "more than 210 candidates qualified for the second round", "indirect", None],
    ["03", "Not one voice must go to the Rassemblement national", "direct", ATT],
    ["03", "a duty and not a calculation", "partial", ATT],
    ["03", "for a candidate of La France insoumise", "partial", PHI],
    ["03", "Our instruction is simple, direct and clear", "direct", JLM],
    ["03", "alliance of the dishonour", "partial", MLP],
    ["03", "he would refuse to go to Matignon without an absolute majority", "indirect", BAR],
    ["03", "I will not be a collaborator of the president of the Republic", "direct", BAR],
    ["03", "In 2002, it was a reflex", "direct", CAR],
    ["03", "The voters of the left will follow", "direct", CAR],
    ["03", "not make a speech", "partial", None],

    ["04", "the NFP comes to 182 of the 577 seats", "indirect", INT],
    ["04", "night of uncertainty", "partial", ATT],
    ["04", "alliance of the dishonour", "partial", BAR],
    ["04", "Our victory is only postponed", "direct", MLP],
    ["04", "relieved", "partial", SCH],
    ["04", "France has not become ungovernable", "direct", OBE],
    ["04", "but it must learn what we in Germany know", "direct", OBE],
    ["04", "Paris will be hardly capable of acting in Brussels", "indirect", [None, "Germany"]],
    ["04", "clarification", "partial", MAC],

    ["05", "ready to govern", "partial", CAST],
    ["05", "there would be no new government before the middle of August", "indirect", MAC],
    ["05", "Nobody has won", "direct", MAC],
    ["05", "The question is not a name", "direct", MAC],
    ["05", "the country needed calm for the Games", "indirect", MAC],
    ["05", "Every time Jean-Luc Mélenchon speaks", "direct", None],
    ["05", "We are the largest party in the Assembly", "direct", MLP],
    ["05", "The left has a candidate", "direct", MAL],
    ["05", "but it does not have a majority", "direct", MAL],
    ["05", "was betting that the Olympic truce would cool tempers", "indirect", MAL],
    ["05", "It is a gamble", "direct", MAL],
    ["05", "the likeliest outcome is a prime minister from the centre-right", "indirect", MAL],
    ["05", "close to zero", "partial", MAL],

    ["06", "came second with about 28%", "indirect", [None, INT]],
    ["06", "The French have almost wiped out the Macronist bloc", "direct", MLP],
    ["06", "an absolute majority", "partial", MLP],
    ["06", "he would refuse to lead a government without such a majority", "indirect", BAR],
    ["06", "I will be the prime minister of all the French", "direct", BAR],
    ["06", "but only if the French give me the means to act", "direct", BAR],
    ["06", "a broad rally, clearly democratic and republican", "partial", [MAC, ELY]],
    ["06", "Not a single vote must go to the National Rally", "direct", ATT],
    ["06", "in all cases", "partial", JLM],
    ["06", "If the withdrawals happen", "direct", AUM],
    ["06", "If they do not, nothing can stop it", "direct", AUM],
    ["06", "the left's voters had shown in the past", "indirect", AUM],
    ["06", "That is the whole election, in one sentence", "direct", AUM],
]

dump('quotes.json', {
    "about": "Answer key for quotations on corpus-x/articles, same conventions as corpus-c..v: document id prefix, the first "
             "words of the quoted or reported content, kind, and the speaker's canonical name (null: the text does not "
             "name one; a list: any of these is right, and a list containing null also accepts no speaker). A quote "
             "interrupted by its attribution (04 Oberhuber's '„France has not become ungovernable“, says Katrin "
             "Oberhuber, ..., „but it must learn ...“', 05 Mallinson's '\"The left has a candidate,\" said Geoffrey "
             "Mallinson, ..., \"but it does not have a majority ...\"', 06 Bardella's '\"I will be the prime minister of "
             "all the French,\" he told supporters in Paris, \"but only if ...\"') or continued without one (01 Le Pen's "
             "'It did not rise high enough this time', 01 Mélenchon's second sentence after 'said Mélenchon', 01 "
             "Tellier's 'France has no tradition of coalition building', 02 Castets's 'The voters asked for change', 02 "
             "Barnier's 'Between the government and the parliament', 02 Delattre-Munoz's 'He is prime minister as long "
             "as ...', 03 Carrère's second « », 05 Macron's 'The question is not a name', 05 Mallinson's 'It is a "
             "gamble', 06 Aumont's 'If they do not' and 'That is the whole election') is keyed once per piece. Reported "
             "speech interrupted by its attribution: 01 'Forming a government, he said, could take \"weeks, perhaps "
             "months\"' (keyed as the partial quote), 05 'Until then, he said, the country needed calm for the Games' "
             "and 'The president, he said, was betting that ...' (indirect). A reported clause with quoted words in "
             "it (01 'the president asked him to remain in office \"for the moment\" ..., the Élysée said', 01 'He said "
             "the RN would nonetheless be \"the only alternative\"', 01 Le Pen 'said the party's victory had \"only "
             "been delayed\"', 01 Mélenchon 'told a crowd in Paris that the president had \"the duty\"', 01 Glucksmann "
             "'said that the left was ahead but \"not in a majority\"', 01 'the Élysée said the president would \"wait "
             "for ...\"', 02 'The Élysée said in a statement that Mr Barnier had been asked to form “a unifying "
             "government ...”', 02 Le Pen 'told reporters that the RN would judge the new prime minister “on his words "
             "and on his acts”', 02 Bardella 'wrote on social media that the RN would be “vigilant”', 02 Castets 'said "
             "that the president had chosen “a prime minister approved by the RN”', 03 Attal 'has assured that the "
             "désistements were « a duty and not a calculation »', 03 Philippe 'has declared that he would not vote « "
             "for a candidate of La France insoumise (LFI) »', 03 'According to his entourage, the president has asked "
             "the ministers to « not make a speech »' (null: the entourage), 04 Scholz 'has declared that he was "
             "„relieved“ that „a catastrophe“ had been avoided', 04 Macron's 'He wanted, as he said, a "
             "„clarification“', 05 Castets 'told The Ridgeline Review that she was \"ready to govern\"', 05 'He said "
             "that Ms Castets's chances were \"close to zero\"', 06 Le Pen 'She said the RN needed \"an absolute "
             "majority\"', 06 Mélenchon 'said that the candidates of La France Insoumise who came third would withdraw "
             "\"in all cases\"') is keyed as the partial quote; a bare quoted phrase after 'spoke of' or 'has "
             "denounced' (04 Attal's „night of uncertainty“, 03 Le Pen's and 04 Bardella's 'alliance of the "
             "dishonour') is partial too. 04's 'Our victory is only postponed, she said in front of journalists' is "
             "first-person speech without quotation marks (the German translator dropped them) and is keyed as direct. "
             "Forms: 'said X' inverted (01 'said Mélenchon', 01 'said Armand Tellier', 02 'said Claire Delattre-Munoz', "
             "05 'said Geoffrey Mallinson', 06 'said Sophie Aumont'), present-tense 'says Katrin Oberhuber' (04) and '», "
             "estimates Bastien Carrère' (03); machine-translated '», had declared the Prime minister Gabriel Attal' "
             "(03), '», has launched Jean-Luc Melenchon' (03), '», he has declared' (03 Bardella); 'He said:' before the "
             "quotation (01 Attal, 06 Attal); 'X told <outlet>' (05 'told The Ridgeline Review'); 'according to' (01 "
             "'According to final results published by the interior ministry', 04 'According to the final result of "
             "the Interior Ministry', 05 'According to Mr Mallinson', 06 'according to the interior ministry'; 03 "
             "'according to a count of our editorial staff', null); a speaker given only by a role, description or "
             "pronoun: 05 'the 46-year-old president said' (Macron), 05 'the RN leader said' (Le Pen), 06 'the "
             "55-year-old told supporters' (Le Pen), 04 'she said' (Le Pen), 02 'she said' (Castets), 02 'he said' "
             "(Attal, Barnier); an unnamed speaker: 05 'a Socialist deputy said' (null), 01 'Several of his own "
             "ministers said afterwards that' (null), 04 'it is said in government circles in Berlin' (null or "
             "Germany). The RN as an organisation 'said it would not vote to censure' (02). Not keyed: 01 'the "
             "Élysée said in a statement' as a separate piece (its content is keyed at 'for the moment'), 04 'Macron "
             "asked him however to remain „for the moment“' and 05 'has since threatened the president with "
             "impeachment' (requests and threats), 04 'Melenchon demands the office of prime minister' and 05 'had "
             "demanded ... that Mr Macron appoint' (demands), 05 'Mr Mélechon's answer, as ever, is that the programme "
             "is not negotiable' (a characterisation), 06 'He asked candidates of his camp who came third to withdraw' "
             "(a request), 06 'Mr Macron ... said nothing in public', headlines, captions, standfirsts, related links and "
             "04's duplicated lead.",
    "quotes": quotes,
})

# ---------------------------------------------------------------------------------------------- claims
claims = [
    {"id": "first-round-rn-33",
     "text": "In the first round on 30 June the RN and its allies came first with about 33% of the vote",
     "docs": ["01", "03", "04", "06"],
     "anchors": {
         "01": "when the RN and its allies came first with about 33% of the vote nationwide",
         "03": "had arrived largely in head with 33,2 % of the votes",
         "04": "in which the party with its allies had come to a third of the votes",
         "06": "with just over 33% of the vote"},
     "contradiction": {
         "docs": ["05"],
         "anchors": {"05": "who took 37 per cent in the first round on June 30"},
         "aspect": "number",
         "detail": "05 puts the first-round share of the RN and its allies at 37 per cent against about 33% in 01/06, "
                   "33,2 % in 03 and 'a third of the votes' in 04"},
     "note": "'about 33%', 'just over 33%', '33,2 %' and 'a third' agree (approximate against exact); the RN list's "
             "'about 31%' / 'over 31 per cent' at the European election (01, 04) is another vote, not this one"},
    {"id": "nfp-most-seats",
     "text": "The New Popular Front won the most seats in the second round, though far from a majority",
     "docs": ["01", "04", "05"],
     "anchors": {
         "01": "won the most seats in Sunday's snap parliamentary election",
         "04": "has become the strongest force",
         "05": "The left's 182 seats are the largest bloc"},
     "contradiction": None},
    {"id": "seats-182-168-143",
     "text": "Final results: NFP 182 of 577 seats, Ensemble 168, the RN and its allies 143",
     "docs": ["01", "04"],
     "anchors": {
         "01": "the NFP won 182 of the 577 seats",
         "04": "the NFP comes to 182 of the 577 seats"},
     "contradiction": None,
     "note": "04's 'The RN itself, with around 125 seats' is the RN without its allies (143 with them), not a "
             "contradiction; 02's 'about 180 seats' and 'some 140 deputies' are approximations"},
    {"id": "majority-289",
     "text": "An absolute majority in the 577-seat Assembly requires 289 seats",
     "docs": ["01", "02", "03"],
     "anchors": {
         "01": "An absolute majority requires 289 seats",
         "02": "far short of the 289 needed for a majority",
         "03": "For an absolute majority the RN needs 289 seats on 577"},
     "contradiction": None},
    {"id": "withdrawals-200",
     "text": "More than 200 left-wing and centrist candidates withdrew between the rounds to avoid splitting the "
             "anti-RN vote",
     "docs": ["01", "03", "04"],
     "anchors": {
         "01": "more than 200 left-wing and centrist candidates",
         "03": "more than 210 candidates qualified for the second round have announced their désistement",
         "04": "more than 200 candidates of the left and of the centre renounced"},
     "contradiction": None,
     "note": "'more than 200' and 'more than 210' agree; 03's 'some 130' (the NFP's) and 'some 80' (Ensemble's) are "
             "per-bloc counts, not the total"},
    {"id": "dissolution-9-june",
     "text": "Macron dissolved the National Assembly and called the election on the evening of the European "
             "election, 9 June",
     "docs": ["01", "02", "03", "04", "06"],
     "anchors": {
         "01": "Macron called the election last month",
         "02": "after the dissolution of June 9",
         "03": "announcing the dissolution the 9 June",
         "04": "Macron had dissolved the National Assembly on 9 June",
         "06": "Mr Macron called the election three weeks ago"},
     "contradiction": None},
    {"id": "first-round-turnout",
     "text": "First-round turnout was 66.7%, the highest since 1997",
     "docs": ["03", "06"],
     "anchors": {
         "03": "With a participation of 66,7 %, the highest since 1997",
         "06": "Turnout was 66.7%, against 47.5% in the first round of 2022"},
     "contradiction": None,
     "note": "01's 'Turnout was about 67%, the highest in a parliamentary run-off since 1997' is the second round's "
             "turnout, a different figure; 06's 47.5% is 2022's"},
    {"id": "attal-offers-resignation",
     "text": "Attal offered his resignation on Monday 8 July and Macron asked him to stay on for the moment",
     "docs": ["01", "04"],
     "anchors": {
         "01": "Prime Minister Gabriel Attal offered his resignation to President Emmanuel Macron on Monday morning",
         "04": "Attal had handed his resignation yesterday, Monday"},
     "contradiction": None},
    {"id": "attal-35",
     "text": "Attal is 35",
     "docs": ["01", "04"],
     "anchors": {
         "01": "Attal, 35, had announced on Sunday evening",
         "04": "The 35-year-old had already on Sunday evening"},
     "contradiction": None,
     "note": "02's 'who at 34 had become its youngest in January' is his age at his appointment, not a contradiction"},
    {"id": "resignation-accepted-16-july",
     "text": "Macron accepted the government's resignation on 16 July; Attal then ran a caretaker government",
     "docs": ["02", "05"],
     "anchors": {
         "02": "since Mr Macron accepted his resignation on July 16",
         "05": "whose government's resignation Mr Macron accepted ten days ago"},
     "contradiction": None},
    {"id": "castets-put-forward",
     "text": "The New Popular Front put forward Lucie Castets for prime minister on 23 July",
     "docs": ["02", "05"],
     "anchors": {
         "02": "whom the four main parties of the left had put forward on July 23",
         "05": "was put forward by the New Popular Front on Tuesday"},
     "contradiction": None,
     "note": "02's 'after two weeks of quarrelling' and 05's 'sixteen days' agree (approximate against exact)"},
    {"id": "castets-37",
     "text": "Lucie Castets is 37",
     "docs": ["02", "05"],
     "anchors": {
         "02": "the 37-year-old civil servant Lucie Castets",
         "05": "Few voters had heard of the 37-year-old"},
     "contradiction": None},
    {"id": "bardella-refuses-without-majority",
     "text": "Bardella would refuse to become prime minister without an absolute majority",
     "docs": ["03", "06"],
     "anchors": {
         "03": "he would refuse to go to Matignon without an absolute majority",
         "06": "has said he would refuse to lead a government without such a majority"},
     "contradiction": None},
    {"id": "bardella-alliance-of-dishonour",
     "text": "Bardella called the left-centre arrangement an 'alliance of dishonour'",
     "docs": ["01", "04"],
     "anchors": {
         "01": "by an alliance of dishonour",
         "04": "Party chief Jordan Bardella spoke of an"},
     "contradiction": None,
     "note": "03 puts the same phrase in Marine Le Pen's mouth ('Mrs. Le Pen has denounced an « alliance of the "
             "dishonour »') on the evening of the first round: both used it; not a contradiction"},
    {"id": "le-pen-victory-deferred",
     "text": "Marine Le Pen said the RN's victory had only been delayed",
     "docs": ["01", "04"],
     "anchors": {
         "01": "said the party's victory had",
         "04": "Our victory is only postponed"},
     "contradiction": None},
    {"id": "le-pen-reelected-first-round",
     "text": "Marine Le Pen was re-elected outright in her constituency (Hénin-Beaumont) in the first round",
     "docs": ["05", "06"],
     "anchors": {
         "05": "who was re-elected in Hénin-Beaumont in the first round",
         "06": "where she was re-elected outright with more than 58% of the vote"},
     "contradiction": None},
    {"id": "melenchon-demands-left-pm",
     "text": "Mélenchon demanded that Macron call on the left to govern / appoint a prime minister from the left",
     "docs": ["01", "04", "05"],
     "anchors": {
         "01": "told a crowd in Paris that the president had",
         "04": "Melenchon demands the office of prime minister for his camp",
         "05": "had demanded within an hour of the results that Mr Macron appoint a prime minister from the left"},
     "contradiction": None},
    {"id": "left-withdraws-third-placed",
     "text": "The left withdrew its candidates who came third",
     "docs": ["03", "06"],
     "anchors": {
         "03": "The left has withdrawn its candidates arrived in third position everywhere",
         "06": "said that the candidates of La France Insoumise who came third would withdraw"},
     "contradiction": None},
    {"id": "attal-not-one-vote",
     "text": "Attal said on the evening of the first round that not one vote must go to the RN",
     "docs": ["03", "06"],
     "anchors": {
         "03": "Not one voice must go to the Rassemblement national",
         "06": "Not a single vote must go to the National Rally"},
     "contradiction": None},
    {"id": "assembly-meets-18-july",
     "text": "The new National Assembly meets for the first time on 18 July, before the Olympics open on 26 July",
     "docs": ["01", "04"],
     "anchors": {
         "01": "The new Assembly meets for the first time on July 18",
         "04": "the new National Assembly meets on 18 July for the first time"},
     "contradiction": None},
    {"id": "nfp-formed-in-days",
     "text": "The New Popular Front was formed within days of the dissolution",
     "docs": ["03", "06"],
     "anchors": {
         "03": "the alliance of the left formed in some days after the dissolution",
         "06": "the alliance of the left that was stitched together in a matter of days"},
     "contradiction": None},
    {"id": "jean-marie-le-pen-96-absent",
     "text": "Jean-Marie Le Pen, 96, founder of the Front National, no longer appears in public",
     "docs": ["03", "05"],
     "anchors": {
         "03": "does not appear any more in public",
         "05": "has not been seen in public for months"},
     "contradiction": None},
]

dump('claims.json', {
    "about": "Answer key for cross-source claims on corpus-x/articles, same conventions as corpus-c..v: each claim with the "
             "documents that state it and, per document, an anchor (a phrase of the sentence that states it, occurring "
             "once in that document); contradiction: the one document (with its anchor) that states the claim "
             "differently on purpose. There is exactly one intended contradiction: 05 gives the first-round share of "
             "the RN and its allies as 37 per cent (about 33% elsewhere). Traps that are NOT contradictions: 33% for the "
             "RN and its allies in the first round (01, 03 '33,2 %', 04 'a third', 06 'just over 33%') against the RN "
             "list's 'about 31%' / 'over 31 per cent' in the European election (01, 04) and Ensemble's 'less than 15%' "
             "then (01) against its 'about 20%' / '20 %' in the first round (03, 06); 182 seats (01, 04, 05) against "
             "02's 'about 180'; 143 for the RN with its allies (01, 04, 05) against 02's 'some 140 deputies' and 04's "
             "'around 125 seats' for the RN alone (a party against a bloc); 'more than 200' (01, 04) against 'more "
             "than 210' (03), and 03's per-bloc 'some 130' (NFP) and 'some 80' (Ensemble) against the total; 03's "
             "'some 80 of the presidential camp' (withdrawals) against 01's 'lost about 80 seats' (Attal's camp's "
             "losses); 03's 306 triangulaires after the first round (and 'less than a hundred' after the withdrawals) "
             "against 06's 'more than 300 constituencies'; first-round turnout 66.7% (03, 06) against the second "
             "round's 'about 67%' (01) and 2022's 47.5% (06); Attal '35' (01, 04) against 'at 34' when appointed in "
             "January (02); 'two weeks of quarrelling' (02) against 'sixteen days' (05); '60 days' (02) against 'eight "
             "days' (01 before the Olympics; 06 Le Pen's 'in eight days'); 'alliance of dishonour' said by Bardella "
             "(01, 04) and by Le Pen (03); 289 of 577 for a majority against 'more than a hundred short' (05, 182 + "
             "107); LR's 'fewer than 50 seats' (02); Le Pen's 'more than 58%' in her constituency (06); Bardella '28' "
             "(01, 03, 06), Jean-Marie Le Pen '96' (03, 05), Castets '37' (02, 05), Barnier '73' (02). Viewpoints "
             "differ on purpose (01 neutral wire; 02 Paris business-leaning English-language site, 'He is prime "
             "minister as long as Marine Le Pen wants him to be'; 03 left-leaning French regional daily, "
             "machine-translated, 'The results of the 7 July will say if the dam has held'; 04 German daily, "
             "machine-translated, 'He has now received one, only not the one he expected'; 05 conservative "
             "English-language weekly analysis, 'in a summer of surprises'; 06 left-leaning British daily) without "
             "contradicting. One sentence anchors one claim: facts that several sources state only inside a sentence "
             "anchored for another claim are not keyed as claims (the RN list's 31% in the European election, 01/04/06, "
             "inside the dissolution sentences; the Olympics opening on 26 July, 01/04, inside the Assembly sentences; "
             "Bardella's age, 01/03/06; Castets as finance director at Paris city hall, 02/05; Ensemble's 168 seats and "
             "the RN's 143, 01/04/05; Mélenchon as founder or leader of LFI, 01/03/05), and a sentence joining several "
             "keyed facts is anchored for one of them only. single_source lists claims only one document makes, for "
             "reference.",
    "claims": claims,
    "single_source": [
        {"doc": "01", "text": "Second-round turnout was about 67%, the highest in a parliamentary run-off since 1997"},
        {"doc": "01", "text": "Attal's camp lost about 80 seats compared with the outgoing chamber"},
        {"doc": "01", "text": "Glucksmann said the left was ahead but not in a majority"},
        {"doc": "01", "text": "Several ministers learned of the dissolution only hours before it was announced"},
        {"doc": "01", "text": "François Hollande was elected for the NFP in Corrèze"},
        {"doc": "02", "text": "Macron appointed Michel Barnier prime minister on 5 September"},
        {"doc": "02", "text": "At 73 Barnier is the Fifth Republic's oldest prime minister; Attal, at 34, had been its youngest"},
        {"doc": "02", "text": "The RN said it would not vote to censure Barnier immediately"},
        {"doc": "02", "text": "Macron rejected Castets late in August"},
        {"doc": "02", "text": "Mélenchon called for street protests on Saturday 7 September"},
        {"doc": "02", "text": "The 2025 budget must be presented to parliament by 1 October"},
        {"doc": "02", "text": "The appointment came 60 days after the second round, the longest wait since 1958"},
        {"doc": "03", "text": "Some 130 NFP candidates and some 80 Ensemble candidates withdrew"},
        {"doc": "03", "text": "The number of three-way run-offs fell from 306 to less than a hundred"},
        {"doc": "03", "text": "76 deputies were elected in the first round, 39 of them RN"},
        {"doc": "03", "text": "Édouard Philippe would not vote for an LFI candidate"},
        {"doc": "03", "text": "Marie-Caroline Le Pen qualified for the run-off in the Sarthe's fourth constituency"},
        {"doc": "04", "text": "The RN alone won around 125 seats; LFI has about 70 deputies"},
        {"doc": "04", "text": "Olaf Scholz said he was relieved that a catastrophe had been avoided"},
        {"doc": "04", "text": "The AfD was expelled from its common group with the RN in the European Parliament in May"},
        {"doc": "05", "text": "Macron said there would be no new government before the middle of August"},
        {"doc": "05", "text": "Yaël Braun-Pivet was re-elected speaker in a third round, by 13 votes"},
        {"doc": "05", "text": "Marion Maréchal broke with Zemmour in June and called for a vote for the RN"},
        {"doc": "06", "text": "The NFP presented a common programme on 14 June"},
        {"doc": "06", "text": "Ciotti announced an alliance with the RN on 11 June; LR voted to expel him, and a court suspended the expulsion"},
        {"doc": "06", "text": "Macron and Brigitte Macron voted in Le Touquet"},
        {"doc": "06", "text": "More than 300 constituencies were heading for three-way run-offs"},
    ],
})
print('keys written')
