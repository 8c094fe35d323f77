"""Writes the answer keys of corpus-ad (Venezuela's disputed presidential election of 2024: the vote of Sunday 28 July,
the CNE's proclamation of Nicolás Maduro just after midnight without polling-station tallies, the opposition's copies of
the tally sheets, the protests of 29-30 July, the Supreme Tribunal's ratification of 22 August, the arrest warrant
against Edmundo González Urrutia of 2 September and his arrival in Spain on Sunday 8 September) into keys/.

Written by hand from reading the articles, before any engine run; run once (python3 mkkeys.py), then
python3 check_keys.py.
"""
import os
import sys

K = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'keys')


sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from key_writing import recorder, writer  # noqa: E402

dump = writer(K)


P, O, G, L, M, E_, MD = 'PERSON', 'ORG', 'GPE', 'LOC', 'MISC', 'EVENT', 'MEDIA'
MAD, GON, MCM, AMO = "Nicolás Maduro", "Edmundo González Urrutia", "María Corina Machado", "Elvis Amoroso"
DEL, JOR, CAR = "Delcy Rodríguez", "Jorge Rodríguez", "Caryslia Rodríguez"
LULA, PET, AMLO, BLI, BOR = "Luiz Inácio Lula da Silva", "Gustavo Petro", "Andrés Manuel López Obrador", \
    "Antony Blinken", "Gabriel Boric"
AMOR, VIE, SAAB, CAB, GIL = "Celso Amorim", "Mauro Vieira", "Tarek William Saab", "Diosdado Cabello", "Yván Gil"
SAL, QUE, BRA, YEP = "Verónica Salas", "Fernanda Queiroz", "Alejandro Brandt", "Ramón Yépez"
CNE, TSJ, PSUV, UP, GNB, OAS, CC = "National Electoral Council", "Supreme Tribunal of Justice", \
    "United Socialist Party of Venezuela", "Unitary Platform", "Bolivarian National Guard", \
    "Organization of American States", "Carter Center"

# ---------------------------------------------------------------------------------------------- entities
ents = [
    (MAD, P, ["Nicolás Maduro", "Maduro", "Nicolás Maduro Moros", "Mr Maduro", "Nicolas Maduro", "Mr. Maduro"]),
    (GON, P, ["Edmundo González Urrutia", "González", "Edmundo González", "Edmundo Gonzalez Urrutia",
              "Gonzalez Urrutia", "Mr González", "Mr Gonzales", "Mr Gonazlez", "Mr. González", "Edmundo"]),
    (MCM, P, ["María Corina Machado", "Machado", "Ms Machado", "MCM", "Ms. Machado"]),
    (AMO, P, ["Elvis Amoroso", "Amoroso"]),
    (DEL, P, ["Delcy Rodríguez"]),
    (JOR, P, ["Jorge Rodríguez"]),
    (CAR, P, ["Caryslia Rodríguez"]),
    (LULA, P, ["Luiz Inácio Lula da Silva", "Lula"]),
    (PET, P, ["Gustavo Petro"]),
    (AMLO, P, ["Andrés Manuel López Obrador", "Andres Manuel Lopez Obrador"]),
    (BLI, P, ["Antony Blinken"]),
    (BOR, P, ["Gabriel Boric"]),
    ("Hugo Chávez", P, ["Hugo Chávez"]),
    (AMOR, P, ["Celso Amorim", "Amorim"]),
    (VIE, P, ["Mauro Vieira"]),
    (SAAB, P, ["Tarek William Saab"]),
    (CAB, P, ["Diosdado Cabello"]),
    (GIL, P, ["Yván Gil"]),
    ("Henrique Capriles", P, ["Henrique Capriles"]),
    ("Corina Yoris", P, ["Corina Yoris"]),
    ("Pedro Sánchez", P, ["Pedro Sánchez"]),
    (SAL, P, ["Verónica Salas"]),
    (QUE, P, ["Fernanda Queiroz"]),
    (BRA, P, ["Alejandro Brandt"]),
    (YEP, P, ["Ramón Yépez"]),
    ("Juan Guaidó", P, ["Juan Guaidó"]),
    ("Dana Whitfield", P, ["Dana Whitfield"]),

    (CNE, O, ["National Electoral Council", "CNE", "Consejo Nacional Electoral", "Conselho Nacional Eleitoral"]),
    (TSJ, O, ["Supreme Tribunal of Justice", "TSJ", "Tribunal Supremo de Justicia", "Supremo Tribunal de Justiça"]),
    ("Sala Electoral", O, ["Sala Electoral"]),
    (PSUV, O, ["United Socialist Party of Venezuela", "PSUV"]),
    (UP, O, ["Unitary Platform", "Plataforma Unitária", "Plataforma Unitaria Democrática", "PUD"]),
    ("Vente Venezuela", O, ["Vente Venezuela"]),
    ("Gran Polo Patriótico", O, ["Gran Polo Patriótico"]),
    (GNB, O, ["Bolivarian National Guard", "Guardia Nacional Bolivariana", "GNB"]),
    (OAS, O, ["Organization of American States", "OAS", "Organização dos Estados Americanos", "OEA",
              "Organización de Estados Americanos"]),
    (CC, O, ["Carter Center"]),
    ("National Assembly", O, ["National Assembly"]),
    ("Public Ministry", O, ["Public Ministry"]),
    ("Itamaraty", O, ["Itamaraty"]),
    ("Foro Penal", O, ["Foro Penal"]),
    ("United Nations", O, ["United Nations"]),
    ("Andean Rule of Law Observatory", O, ["Andean Rule of Law Observatory"]),
    ("Centre of Studies Hemispheric", O, ["Centre of Studies Hemispheric", "CEH"]),
    ("Hollis Centre for Latin American Affairs", O, ["Hollis Centre for Latin American Affairs"]),
    ("Centre of Studies Bolivarian", O, ["Centre of Studies Bolivarian", "CEB"]),
    ("Potomac Hemisphere Institute", O, ["Potomac Hemisphere Institute"]),

    ("Gazeta", MD, ["Gazeta"]),
    ("Ledger", MD, ["Ledger"]),
    ("Sentinel", MD, ["Sentinel"]),

    ("Venezuela", G, ["Venezuela"]),
    ("Caracas", G, ["Caracas"]),
    ("Brazil", G, ["Brazil"]),
    ("Colombia", G, ["Colombia"]),
    ("Mexico", G, ["Mexico"]),
    ("Chile", G, ["Chile"]),
    ("Argentina", G, ["Argentina"]),
    ("Peru", G, ["Peru"]),
    ("Uruguay", G, ["Uruguay"]),
    ("Spain", G, ["Spain"]),
    ("Madrid", G, ["Madrid"]),
    ("United States", G, ["United States"]),
    ("Washington", G, ["Washington"]),
    ("Brasília", G, ["Brasília"]),
    ("Bogotá", G, ["Bogotá"]),
    ("Petare", G, ["Petare"]),
    ("Mato Grosso", G, ["Mato Grosso"]),

    ("Miraflores", L, ["Miraflores", "Palace of Miraflores"]),
    ("Planalto", L, ["Planalto"]),
    ("Torrejón de Ardoz", L, ["Torrejón de Ardoz"]),
]

descriptions = [
    (MAD, ["the chavista leader", "the head of State", "Miraflores"]),
    (GON, ["a 74-year-old former diplomat", "The 75-year-old", "The retired diplomat", "the ex-candidate",
           "a soft-spoken 75-year-old", "the 74-year-old"]),
    (MCM, ["the opposition leader", "main leader of the opposition", "The 56-year-old engineer"]),
    (LULA, ["the petista"]),
    ("Venezuela", ["Caracas"]),
    ("United States", ["Washington"]),
    ("Brazil", ["Brasília", "The Planalto"]),
    ("Colombia", ["Bogotá"]),
    ("Spain", ["Madrid"]),
]

roles = [
    (MAD, ["President", "the president Nicolás Maduro Moros"]),
    (MCM, ["The ex-deputy", "leader of the party Vente Venezuela"]),
    (GON, ["the opposition candidate", "the candidate of the opposition"]),
    (AMO, ["The council's president", "presided by Elvis Amoroso"]),
    (DEL, ["the vice-president", "The executive vice-president"]),
    (JOR, ["the president of the National Assembly", "Mr Maduro's chief negotiator"]),
    (CAR, ["Its president", "the president of the TSJ", "the magistrate"]),
    (LULA, ["The president Luiz Inácio Lula da Silva"]),
    (AMLO, ["the president of Mexico"]),
    (BLI, ["Secretary of State"]),
    (BOR, ["Chile's president"]),
    (AMOR, ["The special advisor of the Presidency", "former chancellor"]),
    (VIE, ["The chancellor"]),
    (SAAB, ["The attorney general", "The prosecutor-general"]),
    (CAB, ["its first vice-president"]),
    (GIL, ["the chancellor Yván Gil"]),
    (PET, ["Colombia's Gustavo Petro"]),
    ("Pedro Sánchez", ["Spain's prime minister"]),
    (SAL, ["a constitutional lawyer at the Andean Rule of Law Observatory"]),
    (QUE, ["the political scientist"]),
    (BRA, ["a fellow at the Hollis Centre for Latin American Affairs"]),
    (YEP, ["the analyst"]),
    ("Dana Whitfield", ["a senior fellow at the Potomac Hemisphere Institute"]),
    ("Juan Guaidó", ["the then head of the National Assembly"]),
]

must_not_merge = [
    [DEL, JOR],
    [DEL, CAR],
    [JOR, CAR],
    [MCM, "Corina Yoris"],
    [AMO, AMOR],
    [GON, "Juan Guaidó"],
]

dump('entities.json', {
    "about": "Answer key for entity resolution on corpus-ad/articles (Venezuela's disputed presidential election of 2024: "
             "the vote of Sunday 28 July, the CNE's proclamation of Nicolás Maduro shortly after midnight (51.2% to "
             "44.2%) without polling-station tallies, the opposition's copies of the tally sheets (about 67% for Edmundo "
             "González Urrutia), the protests of 29-30 July, the Supreme Tribunal's ratification of 22 August, the arrest "
             "warrant of 2 September and González's arrival in Spain on Sunday 8 September), written from reading the "
             "articles. Same conventions as corpus-c..ab: canonical name (a form that occurs in the texts), type, and "
             "every surface form that names the entity in the cleaned texts (headlines, standfirsts, captions, bylines, "
             "credit lines, the dateline 'CARACAS (Hemisphere Wire) -', related links and other boilerplate excluded). "
             "Title+surname forms ('Mr Maduro', 'Mr González', 'Ms Machado') are keyed as aliases. Defects on purpose: "
             "the president is 'Nicolás Maduro' / 'Maduro' / 'Mr Maduro' and, with his second surname in the Spanish "
             "manner, 'Nicolás Maduro Moros' (03, 05); the opposition candidate is 'Edmundo González Urrutia' / "
             "'Edmundo González' / 'González' / 'Mr González', without the accent 'Edmundo Gonzalez Urrutia' / 'Gonzalez "
             "Urrutia' (05), and two misspellings of his surname in one article, 'Mr Gonzales' and 'Mr Gonazlez' (04); "
             "'Lula' (03) is Luiz Inácio Lula da Silva; 'Andres Manuel Lopez Obrador' (05) has lost its accents. The American 06 writes 'Nicolas Maduro' "
             "(no accent), 'Mr. Maduro', 'Mr. González', 'Ms. Machado' (with a full stop), 'María Corina Machado, known to "
             "supporters as MCM' ('MCM'), the bare given name 'Edmundo' ('Edmundo, as the crowds call the 74-year-old') and "
             "'the Organization of American States (OAS)'; it names Juan Guaidó, 'the then head of the National Assembly' "
             "recognised as interim president in 2019, who must not merge with González; 'Brasília or Bogotá' stand for "
             "the governments of Brazil and Colombia; 'Sentinel' ('told the Sentinel') is the outlet. Three "
             "Rodríguezes who must not merge: the vice-president Delcy (04, 05), her brother Jorge, president of the "
             "National Assembly (04), and the president of the Supreme Tribunal Caryslia Rodríguez ('no relation of the "
             "siblings', 02, 04, 05). 'María Corina Machado' and her barred substitute 'Corina Yoris' (04) must not "
             "merge; nor the CNE's president Elvis Amoroso and Lula's adviser Celso Amorim ('Amorim', 03). Acronyms and "
             "foreign forms: 'the National Electoral Council (CNE)' (01, 02, 04), the Portuguese 'Conselho Nacional "
             "Eleitoral (CNE)' (03) and the Spanish 'Consejo Nacional Electoral (CNE)' (05); 'the Supreme Tribunal of "
             "Justice (TSJ)' (02, 04), the Portuguese 'Supremo Tribunal de Justiça (TSJ)' (03) and the Spanish "
             "'Tribunal Supremo de Justicia (TSJ)' (05); the 'Sala Electoral' (05) is the TSJ's electoral chamber, keyed "
             "apart; 'the ruling United Socialist Party of Venezuela (PSUV)' (01) and 'the PSUV' (03, 05); the "
             "opposition coalition is 'the Unitary Platform' (01), the Portuguese 'Plataforma Unitária' (03) and the "
             "Spanish 'Plataforma Unitaria Democrática (PUD)' (05); 'the Bolivarian National Guard' (01) and the "
             "Spanish 'Guardia Nacional Bolivariana (GNB)' (05; 03's Portuguese 'Guarda Nacional Bolivariana' is in a "
             "caption only); the OAS is 'the Organization of American States' (04), the Portuguese 'Organização dos "
             "Estados Americanos (OEA)' (03) and the Spanish 'Organización de Estados Americanos (OEA)' (05); "
             "'Itamaraty' (03) is Brazil's foreign ministry; 'the Public Ministry' (05) is the prosecution service (02's "
             "lower-case 'public prosecutor's office' is not keyed); the invented 'Centre of Studies Hemispheric (CEH)' "
             "(03) and 'Centre of Studies Bolivarian (CEB)' (05) keep their Portuguese and Spanish word order and "
             "acronyms. Capitals and palaces for governments: 'Caracas' stands for the Venezuelan government in 01 "
             "('Caracas ordered the withdrawal of its diplomats'), 03 ('He cannot break with Caracas') and 04 ('Caracas "
             "had granted him safe passage') and is keyed as a description of Venezuela as well as the city's alias (the "
             "city elsewhere: 01 'told supporters in Caracas', 'districts of Caracas', 02 'A Caracas judge', 03 'was in "
             "Caracas during the vote', 'the popular neighbourhoods of Caracas', 04 'Spain's ambassador in Caracas', "
             "'Few in Caracas'); 'Miraflores' is the presidential palace (01 'the Miraflores presidential palace', 03 'the "
             "Palace of Miraflores', 'They will not take Miraflores') and stands for Maduro's presidency in 03 "
             "('Miraflores has announced'), 04 ('a decision already taken at Miraflores', inside Brandt's quotation; "
             "'Maduro is still in Miraflores' is in the standfirst) and 05 ('In Miraflores the decision was celebrated', "
             "'Miraflores has called for a mobilisation'), keyed as a description of Maduro as well as the palace's "
             "alias; 'Washington' (01, 02) stands for the United States, 'Brasília' (03, 'Brasília did not recognise') "
             "and 'The Planalto' (03, the presidential palace) for Brazil, 'Madrid' for Spain (04 'Madrid has stopped "
             "short'; the city in 04 'outside Madrid'). 'Gazeta' (03 'heard by the Gazeta') and 'Ledger' (02 'She told the Ledger') are outlets. Descriptions: "
             "'a 74-year-old former diplomat' (01), 'The 75-year-old' (02), 'The retired diplomat' (04), 'a soft-spoken "
             "75-year-old' (04) and 'the ex-candidate' (05) for González (he turned 75 on 29 August: the two ages are "
             "no contradiction); 'the opposition leader' (02), 'main leader of the opposition' (03) and 'The 56-year-old "
             "engineer' (04) for Machado; 'the chavista leader' (03) and 'the head of State' (05) for Maduro; 'the "
             "petista' (03, a member of the Workers' Party) for Lula. Not keyed: adjectives and demonyms (Venezuelan, "
             "Venezuelans, Brazilian, Spanish, Latin American), 'the Justice' (03, 05: the judiciary), 'the Presidency' "
             "inside Amorim's title, 'the extreme right' (05), 'the opposition', 'the regime', 'the government', the "
             "unnamed judge, prosecutors, witnesses and human rights groups, 'Spain's ambassador', the 'Spanish air "
             "force', 'Christmas' (04). roles: roles stated in an apposition or title, for information.",
    "entities": [{"name": n, "type": t, "aliases": a} for n, t, a in ents],
    "must_not_merge": must_not_merge,
    "descriptions": [{"entity": e, "descriptions": d} for e, d in descriptions],
    "roles": [{"entity": e, "roles": r} for e, r in roles],
})

# ---------------------------------------------------------------------------------------------- dates
dates = [
    # 01: published Monday 2024-07-29 (JSON field 2024-07-29T16:00:00Z, noon in Caracas)
    ["01", "Sunday", "2024-07-28"],
    ["01", "2013", "2013"],
    ["01", "Monday", "2024-07-29"],
    ["01", "Thursday", "2024-07-25"],
    ["01", "2018", "2018"],
    # 02: published Tuesday 2024-09-03 (meta and JSON-LD only)
    ["02", "Monday", "2024-09-02"],
    ["02", "July 30", "2024-07-30"],
    ["02", "August 22", "2024-08-22"],
    ["02", "July 28", "2024-07-28"],
    ["02", "July 30", "2024-07-30"],
    ["02", "July 29", "2024-07-29"],
    ["02", "Two days later", "2024-08-01"],
    # 03: published Wednesday 2024-07-31 (visible date line 31/07/2024, day before month)
    ["03", "Tuesday", "2024-07-30"],
    ["03", "28/07", "2024-07-28"],
    ["03", "Monday", "2024-07-29"],
    ["03", "Tuesday", "2024-07-30"],
    ["03", "Monday", "2024-07-29"],
    ["03", "two days", "P2D"],
    ["03", "Tuesday", "2024-07-30"],
    ["03", "Tuesday", "2024-07-30"],
    ["03", "2018", "2018"],
    ["03", "Wednesday", "2024-07-31"],
    # 04: published Monday 2024-09-09, no date line
    ["04", "yesterday", "2024-09-08"],
    ["04", "a month", "P1M"],
    ["04", "July 28th", "2024-07-28"],
    ["04", "Saturday", "2024-09-07"],
    ["04", "the same day", "2024-09-07"],
    ["04", "last week", "2024-09-02/2024-09-08"],
    ["04", "September 2nd", "2024-09-02"],
    ["04", "2013", "2013"],
    ["04", "May 20th 2018", "2018-05-20"],
    ["04", "This year", "2024"],
    ["04", "a month", "P1M"],
    ["04", "August 22nd", "2024-08-22"],
    ["04", "July", "2024-07"],
    ["04", "October", "2023-10"],
    ["04", "Sunday", "2024-09-08"],
    ["04", "earlier this month", "2024-09"],
    ["04", "October 1st", "2024-10-01"],
    ["04", "January 10th", "2025-01-10"],
    # 05: published Friday 2024-08-23, no date line
    ["05", "yesterday", "2024-08-22"],
    ["05", "Thursday", "2024-08-22"],
    ["05", "28 of July", "2024-07-28"],
    ["05", "2025-2031", "2025/2031"],
    ["05", "28J", "2024-07-28"],
    ["05", "today", "2024-08-22"],
    ["05", "next Saturday", "2024-08-24"],
    ["05", "29 and 30 of July", "2024-07-29/2024-07-30"],
    ["05", "last week", "2024-08-12/2024-08-18"],
    ["05", "2014", "2014"],
    ["05", "2017", "2017"],
    ["05", "2019", "2019"],
    # 06: published Thursday 2024-08-01 (visible date line 'Thursday, August 1, 2024 · 7:42 PM EDT')
    ["06", "Thursday", "2024-08-01"],
    ["06", "three days earlier", "2024-07-29"],
    ["06", "2019", "2019"],
    ["06", "a day", "P1D"],
    ["06", "Tuesday", "2024-07-30"],
    ["06", "Thursday", "2024-08-01"],
    ["06", "Wednesday", "2024-07-31"],
    ["06", "Monday", "2024-07-29"],
    ["06", "Thursday", "2024-08-01"],
    ["06", "Tuesday", "2024-07-30"],
]
dump('dates.json', {
    "about": "Answer key for date normalisation on corpus-ad/articles, same conventions as corpus-c..ab: document id "
             "prefix, the expression as written (the first occurrence not yet matched, in text order; a system "
             "expression that contains the key text matches, so 'Sunday' in 01 also matches \"Sunday's\", 'Monday' 'By "
             "Monday morning', 'Tuesday' in 03 'this Tuesday (30)' and 'This Tuesday', 'Monday' 'this Monday (29)' and "
             "'Since Monday', 'Wednesday' 'this Wednesday (31)', 'two days' 'the two days', 'a month' 'less than a "
             "month', 'Thursday' in 05 'yesterday Thursday' if the system keeps them together (then 'yesterday' and "
             "'Thursday' are two keys and one is missed), 'next Saturday' 'the next Saturday'), its absolute value. "
             "Weeks run Monday to Sunday. Dates are Caracas local dates (UTC-4). The date line 'Published 31/07/2024 - "
             "09h12 | Updated 31/07/2024 - 11h40' (03, day before month), the dateline of 01, captions ('this Tuesday "
             "(30)' in 03's, 'in July' in 02's), headlines, standfirsts ('Six weeks later' in 04), related links, the "
             "credit lines and 05's duplicated lead are not keyed. Clock times and parts of days ('shortly after "
             "midnight', 'within hours', 'yesterday afternoon', 'the evening', 'the night the CNE stopped counting', "
             "'a night in the residence', 'each morning') are not keyed. Vague or anaphoric expressions ('in a quarter "
             "of a century' (01), 'in the coming hours', 'within weeks' (04), 'before then', 'the two days of protests' "
             "is keyed as a span, 'until now', 'since the protests') are not keyed; nor are adjectival spans ('a third "
             "six-year term', 'a 74-year-old former diplomat', 'The 75-year-old', 'The 56-year-old engineer'), ages "
             "('Maduro, 61'), percentages and counts ('51.2%', '51,2%', '44.2%', '80%', '73.2%', 'more than 80%', "
             "'about 67%', 'about 30%', '59%', 'more than 90%', '1.5 percentage points', '5,150,092', '4,445,978', "
             "'17 experts', '17 observers', '25 observers', 'at least 27', '11 persons', '25 dead', '749 persons', "
             "'more than 2,000', 'more than 2,400', 'three summonses', 'three citations', 'seven Latin American "
             "countries', 'Ten countries', 'two maximum-security prisons', 'one vote', 'more than two to one'). "
             "Relative dates: 01 (Monday 29 July, noon in Caracas) \"Sunday's presidential election\" 28 July, 'since "
             "2013', 'By Monday morning' 29 July, 'before the campaign closed on Thursday' 25 July (the Thursday before the vote), 'in 2018'. 02 (Tuesday 3 September): 'on Monday' 2 September (the "
             "warrant), 'since July 30', 'On August 22', 'on July 28' (inside Machado's quotation), 'on July 30' (the "
             "Carter Center), 'on July 29 and 30' (keyed as 'July 29'; the bare '30' is not keyed), 'Two days later' 1 August (two days after the protests of 29 and 30 July: Blinken's statement). 03 "
             "(Wednesday 31 July, the Brazilian-press forms 'this Tuesday (30)', 'this Monday (29)', 'this Wednesday "
             "(31)' and '28/07'): 'this Tuesday (30)' (Lula), 'since the 28/07', 'this Monday (29)' (the Itamaraty's "
             "note), 'this Tuesday opened a site', 'Since Monday', 'the two days' a span, 'This Tuesday it has said' "
             "(the Carter Center) and 'this Tuesday in front of the offices' 30 July, 'in 2018', 'this Wednesday (31)' "
             "the coming OAS meeting. 04 (Monday 9 September, no date line): 'yesterday afternoon' 8 September (the "
             "landing), 'a month in hiding' a span, 'July 28th', 'On Saturday' 7 September (Delcy Rodríguez's "
             "announcement), 'the same day' 7 September (Jorge Rodríguez at the residence), 'last week' 2-8 September, 'September 2nd', 'since 2013', 'May 20th 2018', \"This year's "
             "vote\" 2024, 'less than a month' a span, 'August 22nd', 'in July' July 2024 (the Carter Center), 'in "
             "October' October 2023 (the primary), 'on Sunday' 8 September (Machado's message), 'earlier this month' September 2024 (Maduro's decree, of 2 September), 'October 1st' 1 October 2024 (the date to which Maduro brought Christmas forward: a date, not an event of the story), 'January 10th' 10 "
             "January 2025 (the inauguration to come). 05 (Friday 23 August, no date line): 'yesterday Thursday' keyed "
             "twice ('yesterday' and 'Thursday', both 22 August), 'the 28 of July' (yearless), 'the period 2025-2031' a "
             "range of years, 'the 28J' (the Venezuelan shorthand for 28 July, inside Maduro's quotation), 'today' "
             "inside Maduro's quotation (spoken on Thursday 22 August), 'the next Saturday' 24 August (a planned "
             "rally), 'the 29 and 30 of July' a range, 'last week' 12-18 August (Lula's and Petro's proposal of new "
             "elections), 'in 2014, in 2017 and in 2019'. 06 (Thursday 1 August, 7:42 p.m.): 'on Thursday' 1 August (Blinken's "
             "statement), 'three days earlier' 29 July (the CNE's announcement, just after midnight), 'In 2019' (Guaidó), 'a day after' a "
             "span (the OAS vote of Wednesday 31 July), 'on Tuesday' 30 July (the Carter Center), 'On Thursday' 1 August (the joint "
             "statement), 'on Wednesday' 31 July (Maduro at the tribunal), \"since Monday's protests\" 29 July, 'wrote on Thursday' 1 "
             "August, 'since Tuesday' 30 July. Publication dates used: 01 2024-07-29, 02 2024-09-03, 03 "
             "2024-07-31, 04 2024-09-09, 05 2024-08-23, 06 2024-08-01 (see publication.json).",
    "dates": dates,
})

# ---------------------------------------------------------------------------------------------- publication
dump('publication.json', {
    "about": "True publication date of each document (the one the author had in mind) and whether the input states it "
             "(metadata, JSON field or a visible date line). window: the span a careful reader can prove from the text "
             "alone (plus event dates the other articles give); the engine's published.earliest..latest should contain "
             "'date'.",
    "published": [
        {"doc": "01", "date": "2024-07-29", "stated": True,
         "how": "JSONL published field 2024-07-29T16:00:00Z (noon in Caracas the same day); \"Sunday's presidential "
                "election\" is past and the protests began 'By Monday morning'",
         "window": ["2024-07-29", "2024-07-29"]},
        {"doc": "02", "date": "2024-09-03", "stated": True,
         "how": "meta article:published_time and JSON-LD datePublished 2024-09-03T08:30:00-04:00 (no visible date; the "
                "warrant 'on Monday' is past)",
         "window": ["2024-09-03", "2024-09-03"]},
        {"doc": "03", "date": "2024-07-31", "stated": True,
         "how": "visible date line 'Published 31/07/2024 - 09h12 | Updated 31/07/2024 - 11h40' (day/month/year); "
                "'this Tuesday (30)' is past and the OAS meets 'this Wednesday (31)'",
         "window": ["2024-07-31", "2024-07-31"]},
        {"doc": "04", "date": "2024-09-09", "stated": False,
         "how": "none: González landed 'yesterday afternoon', Machado wrote 'on Sunday' about his departure, and the "
                "warrant was issued 'last week, on September 2nd' (a Monday): written in the week of 9-15 September, "
                "most likely Monday 9 September (González's arrival on Sunday 8 September is not given by the other "
                "articles)",
         "window": ["2024-09-09", "2024-09-15"]},
        {"doc": "05", "date": "2024-08-23", "stated": False,
         "how": "none: the TSJ ruled 'yesterday Thursday' (22 August per 02 and 04): Friday 23 August",
         "window": ["2024-08-23", "2024-08-23"]},
        {"doc": "06", "date": "2024-08-01", "stated": True,
         "how": "visible date line 'Thursday, August 1, 2024 · 7:42 PM EDT' (Caracas time is the same, UTC-4) under a "
                "masthead line; Blinken's statement 'on Thursday' is past",
         "window": ["2024-08-01", "2024-08-01"]},
    ],
})

# ---------------------------------------------------------------------------------------------- timeline
ev = []
event = recorder(ev)

event("Venezuelans vote in the presidential election", "2024-07-28", ["01", "02", "03", "04", "05"],
      ["vote", "election", "elections", "poll", "voted"],
      note="01 \"Sunday's presidential election\"; 02 'who won on July 28' (inside Machado's quotation); 03 'since "
           "the 28/07'; 04 'the presidential election of July 28th'; 05 'the presidential elections of the 28 of July' "
           "and 'the 28J'; must stay apart from the election of 20 May 2018 and the 2013 election")
event("The CNE declares Maduro the winner with 51.2% against 44.2%, without publishing polling-station tallies",
      "2024-07-29", ["01", "06"],
      ["declar", "proclaim", "51.2", "winner", "irreversible", "amoroso", "announced"],
      note="01 'shortly after midnight' after Sunday's vote; 06 'the result announced by Nicolas Maduro's electoral authorities three days earlier' (written Thursday 1 August); 02, 03 and 05 report the proclamation without a date and "
           "are not listed; not to be merged with the TSJ's ratification of 22 August")
event("Protests against the result in Caracas and other states, with deaths and mass arrests", "2024-07-29",
      ["01", "02", "03", "05", "06"],
      ["protest", "pots", "demonstrat", "violence", "march", "tear gas", "statues"],
      until="2024-07-30",
      note="01 'By Monday morning' (the first day only); 02 'most of them on July 29 and 30'; 03 'Since Monday' and "
           "'the two days of protests'; 05 'the violence of the 29 and 30 of July'; 06 \"since Monday's protests\"")
event("The opposition opens a website with copies of the tally sheets", "2024-07-30", ["03"],
      ["site", "website", "copies", "consult"],
      note="03 'this Tuesday opened a site'; 02 and 04 mention the website or the publication without a date")
event("The Carter Center says the election did not meet international standards", "2024-07-30", ["02", "03", "06"],
      ["carter", "standards", "integrity", "democratic"],
      note="02 'on July 30'; 03 'This Tuesday'; 06 'on Tuesday'; 04's 'in July' names only the month and is not listed")
event("The OAS Permanent Council fails to adopt a resolution asking for the tallies (17 votes, one short of 18)",
      "2024-07-31", ["06"], ["oas", "permanent council", "resolution", "17 votes", "organization of american states"],
      note="06 'a day after' before Thursday's statement; 03 announces the meeting for 'this Wednesday (31)' (planned, not "
           "listed); 04's 'failed by one vote' is undated")
event("Maduro goes to the Supreme Tribunal of Justice to ask it to certify the election", "2024-07-31", ["06"],
      ["tribunal", "certify", "court", "disposal"],
      note="06 'on Wednesday'; 03's 'has asked the Supremo Tribunal de Justiça (TSJ) to certify the election' is "
           "undated; the request must stay apart from the ruling of 22 August")
event("The Supreme Tribunal of Justice (TSJ) ratifies Maduro's victory", "2024-08-22", ["02", "04", "05"],
      ["tribunal", "tsj", "ratif", "certif", "ruling", "sentence", "court"],
      note="02 'On August 22'; 04 'On August 22nd'; 05 'yesterday Thursday'; the second of the two official "
           "validations (the CNE's proclamation of 29 July is the first): must stay apart")
event("A judge issues an arrest warrant against Edmundo González Urrutia", "2024-09-02", ["02", "04"],
      ["warrant", "arrest"],
      note="02 'on Monday'; 04 'last week, on September 2nd'")
event("Delcy Rodríguez announces that González has been granted safe passage to leave Venezuela", "2024-09-07",
      ["04"], ["safe passage", "residence", "letter", "rodríguez"],
      note="04 'On Saturday'; Jorge Rodríguez's visit to the ambassador's residence 'the same day' is folded in")
event("González lands at Torrejón de Ardoz in Spain, which grants him asylum", "2024-09-08", ["04"],
      ["landed", "torrejón", "spain", "asylum", "madrid", "plane"],
      note="04 'yesterday afternoon'; Machado's message 'on Sunday' is a statement")
event("Maduro is re-elected in the election of 20 May 2018, not recognised by dozens of governments", "2018-05-20",
      ["04"], ["2018", "election", "recognis"],
      note="the earlier disputed election: must stay apart from the vote of 28 July 2024; 01 and 03 date it by year "
           "only")
dump('timeline.json', {
    "about": "Real-world events the articles report, with date (day), until for multi-day events, the documents that "
             "report each (with a date the reader can resolve), and words by which a system event is recognised "
             "(title, trigger or participant entity ids). Dates are Caracas local dates. Occurrences of similar events "
             "must stay apart: the vote of 28 July 2024 and the election of 20 May 2018 (and the 2013 election, dated "
             "by year only); the two official validations of Maduro's victory, the CNE's proclamation shortly after "
             "midnight on 29 July and the TSJ's ratification of 22 August, and Maduro's request to the TSJ (31 July) "
             "between them; the OAS vote and Maduro's request (both 31 July); the protests (29-30 July) and the "
             "proclamation (29 July); the opposition's website and the Carter Center's statement (both 30 July); "
             "the safe-passage announcement (7 September) and the landing in Spain (8 September). Not keyed: "
             "future, planned or announced events (the OAS Permanent Council meeting 'this Wednesday (31)' in 03, keyed from 06, the "
             "rally 'the next Saturday' in 05, the inauguration on 10 January, the opposition's promised return, Christmas brought forward to 1 October by a decree 'earlier this month' (04, dated by month only)), "
             "events dated only by month, year or week (the primary in October 2023, the 2013 election, Lula's and "
             "Petro's proposal of new elections 'last week' in 05, the OAS vote and the Carter Center's statement 'in "
             "July' in 04, the withdrawal of diplomats from seven countries in 01, undated), statements (the joint statement of Brazil, Colombia and Mexico of 1 August (06), Lula's "
             "interview of 30 July, the Itamaraty's note of 29 July, Blinken's statements of 29 July and 1 August, "
             "Maduro's address of 22 August, Machado's message of 8 September), states (González in hiding since 30 "
             "July), and same-day side events folded into a keyed one (see notes).",
    "events": ev,
})

# ---------------------------------------------------------------------------------------------- quotes
quotes = [
    ["01", "the figures reflected 80% of the tally sheets", "indirect", AMO],
    ["01", "irreversible", "partial", AMO],
    ["01", "her side had collected copies of 73.2%", "indirect", MCM],
    ["01", "Venezuela has a new president-elect", "direct", MCM],
    ["01", "We won, and the whole world knows it", "direct", MCM],
    ["01", "Our fight goes on", "direct", GON],
    ["01", "and we will not rest until", "direct", GON],
    ["01", "There will be peace and there will be justice", "direct", MAD],
    ["01", "his adversaries were preparing a coup", "indirect", MAD],
    ["01", "the result was final", "indirect", MAD],
    ["01", "serious concerns", "partial", BLI],
    ["01", "the results were hard to believe", "indirect", BOR],
    ["01", "Motorcyclists blocked avenues", "indirect", [None]],
    ["01", "the Bolivarian National Guard fired tear gas", "indirect", [None]],
    ["01", "in the coming hours", "partial", AMO],

    ["02", "chosen to hide from justice", "partial", SAAB],
    ["02", "the copies, collected by its witnesses", "indirect", [UP, None]],
    ["02", "validated", "partial", [TSJ, CAR]],
    ["02", "They cannot jail the truth", "direct", MCM],
    ["02", "Every Venezuelan knows who won", "direct", MCM],
    ["02", "she would remain in the country", "indirect", MCM],
    ["02", "the election did not meet international standards", "indirect", CC],
    ["02", "at least 27 people have been killed", "indirect", [None]],
    ["02", "more than 2,400 people have been detained", "indirect", [None, "Venezuela"]],
    ["02", "overwhelming evidence", "partial", BLI],
    ["02", "deeply concerned", "partial", ["Brazil", "Colombia", None]],
    ["02", "The warrant is the last step", "direct", SAL],
    ["02", "First they proclaimed, then the court ratified", "direct", SAL],
    ["02", "González’s only real protection", "indirect", SAL],

    ["03", "nothing of grave", "partial", LULA],
    ["03", "There is a fight, and a fight resolves itself", "direct", LULA],
    ["03", "with attention", "partial", "Itamaraty"],
    ["03", "needs to show the actas", "partial", AMOR],
    ["03", "Brazil will not recognise any result without them", "indirect", AMOR],
    ["03", "to possess copies of the majority of the actas", "indirect", UP],
    ["03", "at least 11 persons died", "indirect", "Foro Penal"],
    ["03", "749 persons were detained", "indirect", SAAB],
    ["03", "They will not take Miraflores by the violence", "direct", MAD],
    ["03", "the party of the government, the PSUV, will present its actas", "indirect", [MAD, "Miraflores"]],
    ["03", "did not adapt itself to the international parameters", "partial", CC],
    ["03", "walks on a thread", "partial", QUE],
    ["03", "He cannot break with Caracas", "direct", QUE],
    ["03", "But he also cannot sign below a result", "direct", QUE],
    ["03", "in 2018, Brasília did not recognise", "indirect", QUE],
    ["03", "should abstain itself", "indirect", [None]],

    ["04", "for the sake of the country's peace", "partial", DEL],
    ["04", "he had signed a letter there under pressure", "indirect", GON],
    ["04", "The tribunal did not examine the election", "direct", BRA],
    ["04", "The judges saw less of the count than anybody", "direct", BRA],
    ["04", "the vote could not be considered democratic", "indirect", CC],
    ["04", "I will continue the fight from here", "direct", MCM],
    ["04", "he had left to protect his life", "indirect", MCM],
    ["04", "he will return before then to take office", "indirect", [UP, None]],

    ["05", "lack of validity", "partial", [TSJ, CAR]],
    ["05", "unobjectionable", "partial", CAR],
    ["05", "This Sala certifies in an unobjectionable way", "direct", CAR],
    ["05", "and validates the results emitted by the CNE", "direct", CAR],
    ["05", "the CNE proclaimed Maduro with 51.2%", "indirect", [TSJ, None]],
    ["05", "its candidate obtained 67% of the votes", "indirect", [UP, None]],
    ["05", "definitive and of mandatory compliance", "partial", CAR],
    ["05", "The people has spoken on the 28J", "direct", MAD],
    ["05", "Whoever does not accept it", "direct", MAD],
    ["05", "closes the chapter", "partial", DEL],
    ["05", "the country must return to the economic normality", "indirect", DEL],
    ["05", "leaders will answer before the justice", "partial", CAB],
    ["05", "more than 2,000 arrested and 25 dead", "indirect", "Public Ministry"],
    ["05", "nobody believes in this farce", "partial", MCM],
    ["05", "he will wait for the final results", "indirect", AMLO],
    ["05", "have no moral to give lessons to Venezuela", "partial", GIL],
    ["05", "closes the institutional route", "partial", YEP],
    ["05", "Now the opposition has only the street", "direct", YEP],

    ["06", "The evidence is overwhelming", "direct", BLI],
    ["06", "Edmundo González Urrutia received the most votes", "direct", BLI],
    ["06", "the opposition's copies of the tally sheets, published online", "indirect", BLI],
    ["06", "it could not verify the results", "indirect", CC],
    ["06", "the council should release the data", "indirect", ["Brazil", "Colombia", "Mexico", None]],
    ["06", "I put myself at the disposal of the justice", "direct", MAD],
    ["06", "more than 1,000 people have been arrested", "indirect", [None, "Venezuela"]],
    ["06", "she was in hiding and feared for her life", "indirect", MCM],
    ["06", "We have the actas, and they cannot be erased", "direct", MCM],
    ["06", "The administration has moved further", "direct", "Dana Whitfield"],
    ["06", "That leaves Maduro with a divided neighborhood", "direct", "Dana Whitfield"],
]
dump('quotes.json', {
    "about": "Answer key for quotations on corpus-ad/articles, same conventions as corpus-c..ab: document id prefix, the "
             "first words of the quoted or reported content, kind, and the speaker's canonical name (null: the text "
             "does not name one; a list: any of these is right, and a list containing null also accepts no speaker). "
             "A quote interrupted by its attribution (01 González's '\"Our fight goes on,\" he said, \"and we will not "
             "rest ...\"', 05 Caryslia Rodríguez's '\"This Sala certifies ...,\" has read the magistrate, \"and "
             "validates ...\"') or continued without one (01 Machado's second sentence after 'Machado told supporters "
             "in Caracas', 02 Machado's second sentence after the inverted 'said María Corina Machado', 02 Salas's "
             "second sentence, 03 Queiroz's second sentence, 05 Maduro's second sentence, 06 Blinken's and Whitfield's second sentences) "
             "is keyed once per piece. A reported clause with quoted words in it is keyed as the partial quote (01 "
             "Amoroso 'the trend was \"irreversible\"' and 'would be published on its website \"in the coming hours\"', "
             "01 Blinken 'Washington had \"serious concerns\" that ...', 02 Saab 'told state television that González "
             "had \"chosen to hide from justice\"', 02 the ruling 'declared the CNE's results \"validated\"', 02 "
             "Blinken 'Two days later, ... said there was \"overwhelming evidence\"', 02 Brazil and Colombia 'said they were \"deeply "
             "concerned\"', 03 Lula 'that he sees \"nothing of grave\"', 03 the Itamaraty 'says to accompany \"with "
             "attention\"', 03 Amorim 'the CNE \"needs to show the actas\"', 03 the Carter Center 'the election \"did "
             "not adapt itself ...\"', 04 Delcy Rodríguez 'safe passage \"for the sake of the country's peace\"', 05 the "
             "TSJ 'the documents ... \"lack of validity\"', 05 Caryslia Rodríguez 'an expertise \"unobjectionable\"' "
             "(the first of two occurrences of the word) and 'The sentence is \"definitive ...\", reminded the "
             "magistrate', 05 Delcy Rodríguez 'the sentence \"closes the chapter\"', 05 Cabello 'the \"fascist\" leaders "
             "will answer before the justice' (keyed at the words after the quoted one), 05 Machado 'that \"nobody "
             "believes in this farce\"'); where the same sentence carries a second reported clause without quotation "
             "marks, it is keyed as well (01 Amoroso 'the figures reflected 80% ...', 03 Amorim 'Brazil will not "
             "recognise ...', 05 Delcy Rodríguez 'the country must return ...'); 03 Lula's 'the solution passes by "
             "the presentation of the actas' is inside the same clause as his partial quote and not keyed apart. "
             "Forms: 'X told supporters' (01 Machado), 'She told the Ledger that' (02 Salas), 'Ms. Machado told the Sentinel by phone' (06), 'Blinken said in a statement' and 'He said' (06), 'he said outside the court' (06 Maduro), 'said Dana Whitfield' inverted with a continuation (06), 'His government says' (06, null or Venezuela), 'wrote on Thursday that' (06 Machado), 'the governments of Brazil, Colombia and Mexico said in a joint statement that' (06), 'He said:' before the quotation (04 Brandt's second sentence, after the inverted 'said Alejandro Brandt'), 'he said' inside the quotation (01 González), inverted 'said X' "
             "(02 Machado, 02 Salas, 04 Brandt), 'X told state television that' (02 Saab), machine-translated 'has "
             "affirmed the petista' (03 Lula, named by a description), 'has said the chavista leader' (03 Maduro), 'has "
             "read the magistrate' and 'reminded the magistrate' (05 Caryslia Rodríguez), 'has declared the head of "
             "State' (05 Maduro), 'has indicated that' (05 Cabello, introduced through 'The PSUV, through its first "
             "vice-president'), 'He adds:' before the quotation (05 Yépez); reported speech interrupted by its "
             "attribution: 05 'The Organización de Estados Americanos (OEA) and the United States, said the chancellor "
             "Yván Gil, \"have no moral ...\"' (keyed partial); 'For X, ..., Lula \"walks on a thread\": \"...\"' (03 "
             "Queiroz) and 'For the analyst Ramón Yépez, ..., the decision \"closes the institutional route\"' (05) "
             "have no verb of speech; 'She recalls that' (03 Queiroz), 'She said' (02, 04 Machado); 'according to' "
             "(01 'according to witnesses' and 'according to local media', null; 03 'According to the organisation "
             "Foro Penal'; 03 'according to diplomats heard by the Gazeta', null; 05 'according to the Public "
             "Ministry'; 05 'According to the sentence', the TSJ or null); unnamed or collective speakers: 02 'The "
             "opposition says' and 05 'The opposition sustains' and 04 'The opposition has promised' (the Unitary "
             "Platform or null), 02 'Human rights groups say' (null), 02 'the government says' (null or Venezuela); "
             "palaces and capitals as speakers: 03 'Miraflores has announced that' (Maduro or Miraflores); countries: "
             "02 'The governments of Brazil and Colombia ... said'. Curly quotes (02), straight quotes elsewhere. Not "
             "keyed: 06 'a policy ... that officials say they do not want to repeat' (a relative clause), 01 'He blamed the slow count on what he called an attack' and 02 'what it called an expert "
             "review', 02 'Maduro has called the detainees \"terrorists\"', 02 'Washington called the warrant an act "
             "of repression', 05 'the TSJ qualified those copies as a fabrication', 03 'Maduro has accused the "
             "opposition of preparing a coup d'état' (characterisations); requests, calls and instructions (01 'The "
             "governments of Brazil and Colombia asked the CNE to publish', 01 'The opposition's Unitary Platform told "
             "its polling-station witnesses', 03 'defends the \"publication of the data disaggregated by table\"' "
             "(inside the Itamaraty's keyed note), 03 'has asked the Supremo Tribunal de Justiça (TSJ) to certify', 03 "
             "Machado 'has called the Venezuelans to gather themselves', 04 'asked for the results table by table and "
             "then proposed new elections', 05 'has asked to the international community not to recognise it', 05 "
             "'Miraflores has called for a mobilisation'), 04 'Mr Maduro beat Henrique Capriles' and other facts, 05 "
             "'and against it there is no appeal' (unattributed), headlines, captions, standfirsts and 05's "
             "duplicated lead.",
    "quotes": quotes,
})

# ---------------------------------------------------------------------------------------------- claims
claims = [
    {"id": "cne-result",
     "text": "The CNE declared Maduro the winner with 51.2% of the vote against 44.2% for González",
     "docs": ["01", "02", "03", "05", "06"],
     "anchors": {
         "06": "who was declared the winner with 51.2 percent to 44.2 percent",
         "01": "giving him 51.2% of the vote against 44.2%",
         "02": "proclaimed Maduro the winner with 51.2% against 44.2%",
         "03": "has proclaimed Maduro re-elected with 51,2% of the votes against 44,2%",
         "05": "the CNE proclaimed Maduro with 51.2% of the votes against 44.2%"},
     "contradiction": None,
     "note": "03 writes the decimals with a comma (Portuguese): '51,2%' is the same figure, and 06 '51.2 percent'; 04 does not give the "
             "CNE's figures"},
    {"id": "no-tallies",
     "text": "The CNE has not published the results by polling station",
     "docs": ["02", "03", "04"],
     "anchors": {
         "02": "It has still not published a breakdown by polling station",
         "03": "Until now it did not divulge the results by table",
         "04": "has still not published a single polling-station result of its own"},
     "contradiction": None,
     "note": "01 says it in its lead, anchored for cne-result"},
    {"id": "opposition-67",
     "text": "The opposition's copies of the tally sheets show that González won about 67% of the vote",
     "docs": ["02", "04", "05"],
     "anchors": {
         "02": "show that González won about 67% of the vote",
         "04": "which give Mr González about 67% of the vote",
         "05": "its candidate obtained 67% of the votes"},
     "contradiction": None,
     "note": "the opposition's count and the CNE's are two accounts, not a contradiction; 02 and 04 say the copies "
             "cover more than 80% of the tally sheets, 01 (on the Monday) that the opposition had 73.2%: coverage "
             "rising with time, not a contradiction"},
    {"id": "machado-barred",
     "text": "María Corina Machado was barred from running",
     "docs": ["01", "03", "04"],
     "anchors": {
         "01": "who was barred from running and campaigned for González",
         "03": "impeded by the Justice of being candidate",
         "04": "was barred from office, and so was her first substitute"},
     "contradiction": None},
    {"id": "gonzalez-diplomat",
     "text": "González is a former diplomat",
     "docs": ["01", "04"],
     "anchors": {
         "01": "a 74-year-old former diplomat who had never run for office before",
         "04": "who served as ambassador to Argentina"},
     "contradiction": None,
     "note": "74 (01, July) and 75 (02, 04, September): he turned 75 on 29 August, no contradiction"},
    {"id": "brazil-colombia-tallies",
     "text": "Brazil (with Colombia and Mexico) asked for the results polling station by polling station",
     "docs": ["01", "03", "04", "06"],
     "anchors": {
         "06": "should release the data broken down by polling station",
         "01": "asked the CNE to publish the results table by table",
         "03": "publication of the data disaggregated by table",
         "04": "asked for the results table by table and then proposed new elections"},
     "contradiction": None},
    {"id": "carter-standards",
     "text": "On 30 July the Carter Center said the election did not meet international standards of electoral "
             "integrity",
     "docs": ["02", "03", "06"],
     "anchors": {
         "02": "It said on July 30 that the election did not meet international standards",
         "03": "This Tuesday it has said that the election",
         "06": "said on Tuesday that it could not verify the results"},
     "contradiction": None,
     "note": "04 says it in the sentence anchored for the contradiction of carter-team"},
    {"id": "carter-team",
     "text": "The Carter Center had a team of 17 experts in Venezuela",
     "docs": ["02", "03"],
     "anchors": {
         "02": "had a team of 17 experts in Venezuela",
         "03": "The Carter Center had 17 observers in the country"},
     "contradiction": {
         "docs": ["04"],
         "anchors": {"04": "whose 25 observers were the only independent witnesses"},
         "aspect": "number",
         "detail": "04 puts the Carter Center's mission at 25 observers against 17 in 02 and 03"}},
    {"id": "oas-vote",
     "text": "The OAS failed by one vote to pass a resolution asking for the tallies",
     "docs": ["04", "06"],
     "anchors": {
         "04": "failed by one vote to pass a resolution demanding the tallies",
         "06": "one short of the 18 it needed"},
     "contradiction": None,
     "note": "06's 17 votes in favour are not the Carter Center's 17 experts (02, 03); 03 announces the meeting"},
    {"id": "tsj-ratified",
     "text": "On 22 August the Supreme Tribunal of Justice ratified Maduro's victory",
     "docs": ["02", "04", "05"],
     "anchors": {
         "02": "ratified Maduro’s victory after what it called an expert review",
         "04": "ratified the CNE's result after a review that nobody outside the court was allowed to see",
         "05": "certified yesterday Thursday the results of the presidential elections"},
     "contradiction": None,
     "note": "the TSJ's ratification (22 August) is not the CNE's proclamation (29 July)"},
    {"id": "caryslia-read",
     "text": "The TSJ's president, Caryslia Rodríguez, read the ruling",
     "docs": ["02", "05"],
     "anchors": {
         "02": "Its president, Caryslia Rodríguez, read the ruling",
         "05": "The reading of the sentence corresponded to the president of the TSJ"},
     "contradiction": None},
    {"id": "gonzalez-no-show",
     "text": "González did not appear before the Supreme Tribunal when summoned",
     "docs": ["02", "05"],
     "anchors": {
         "02": "who had been summoned by the court, refused to appear",
         "05": "who did not appear to any of the three citations of the tribunal"},
     "contradiction": None,
     "note": "02's 'three summonses' are the prosecutors' (before the warrant), 05's 'three citations' the tribunal's"},
    {"id": "arrests",
     "text": "More than 2,000 people were detained after the protests",
     "docs": ["02", "05"],
     "anchors": {
         "02": "the government says more than 2,400 people have been detained",
         "05": "more than 2,000 arrested and 25 dead"},
     "contradiction": None,
     "note": "more than 2,400 (3 September) and more than 2,000 (23 August) agree; 03's 749 (30 July) is an earlier "
             "count; 06's 'more than 1,000' (1 August) is earlier still"},
    {"id": "warrant",
     "text": "On 2 September a judge issued an arrest warrant for González",
     "docs": ["02", "04"],
     "anchors": {
         "02": "A Caracas judge on Monday ordered the arrest of Edmundo González Urrutia",
         "04": "The arrest warrant that drove him out was issued last week"},
     "contradiction": None},
    {"id": "election-2018",
     "text": "Maduro's re-election in 2018 was not recognised by dozens of governments",
     "docs": ["01", "04"],
     "anchors": {
         "01": "was not recognised by dozens of governments",
         "04": "dozens of governments refused to recognise it"},
     "contradiction": None,
     "note": "03's 'in 2018, Brasília did not recognise the re-election of Maduro' (one government, in Queiroz's "
             "reported speech) agrees"},
]
dump('claims.json', {
    "about": "Checkable claims made by two or more sources on corpus-ad/articles: short text, the documents asserting it "
             "(with an anchor: words of the asserting sentence in each document's cleaned text), and any contradiction "
             "(documents that disagree, aspect, detail). Only one contradiction is intended (the size of the Carter "
             "Center's mission: 'whose 25 observers' in 04 against 'a team of 17 experts' in 02 and '17 observers' in "
             "03); every other contradiction is a false alarm, in particular: the CNE's result (51.2% to 44.2%, 01, 02, "
             "03, 05) and the opposition's count from its copies of the tally sheets (about 67% to about 30%, 02, 04, "
             "05; 'more than two to one', 04) are two accounts of the same vote, not a contradiction; 03's '51,2%' "
             "and '44,2%' (decimal comma) are the same figures; the share of tally sheets: 80% transmitted when the "
             "CNE spoke (01, the CNE's figure), 73.2% collected by the opposition on the Monday (01) and 'more than 80%' "
             "published later (02, 04); turnout 59% (01); the CNE's votes 5,150,092 and 4,445,978 (01); the death "
             "tolls from different counters at different dates: 'at least 11' (03, Foro Penal, 31 July), 25 (05, the "
             "Public Ministry, 23 August), 'at least 27' (02, human rights groups, 3 September); the arrests: 749 (03, "
             "the attorney general, 30 July), 'more than 2,000' (05) and 'more than 2,400' (02); the 17 experts of the "
             "Carter Center against the 17 votes for the OAS resolution, 'one short of the 18 it needed' (06), which "
             "'failed by one vote' (04); 'more than 1,000' arrested (06, 1 August); 'three days earlier' (06, the "
             "announcement of 29 July); González 74 (01, in July) and "
             "75 (02, 04, in September: his birthday is 29 August); Maduro 61 (01), Machado 56 (04); the 'three "
             "summonses' of the prosecutors (02) and the 'three citations' of the tribunal (05); the seven Latin "
             "American countries whose diplomats Caracas expelled (01) and the ten countries that rejected the "
             "sentence (05); 'more than 90%' in the opposition's primary (04); 'by 1.5 percentage points' in 2013 "
             "(04); the 2024 vote against the 2018 and 2013 elections (01, 03, 04); the United States' "
             "recognition of Juan Guaidó as interim president in 2019 against its statement that González won (06): two "
             "people, two policies; Maduro's request to the TSJ (31 July, 06) against the TSJ's ruling (22 August); the CNE's proclamation (29 July) "
             "against the TSJ's ratification (22 August): two validations of the same result; Blinken's 'serious "
             "concerns' (01, 29 July) against his 'overwhelming evidence' that González won (02, 1 August): a "
             "hardening of position, not a contradiction (06's 'The evidence is overwhelming', 1 August, agrees "
             "with 02); Brazil and Colombia asking for the tallies (01, 03, 04, 06: with Mexico in a joint statement), "
             "'proposed talks with both sides' (02) and 'proposed new elections' (04, 05): successive steps; Lula's "
             "'nothing of grave' (03) against Brazil's non-recognition of any result without the tallies (Amorim, "
             "03); Machado's 'She said she would remain in the country' (02) and 'stays in Venezuela and in hiding' "
             "(04) agree; the period 2025-2031 (05) and the 'third six-year term' from 10 January (04) agree; "
             "'Ms Machado ... was barred from office' (04) and 'impeded by the Justice of being candidate' (03) agree. "
             "Framing differs on purpose (01 neutral wire; 02 opposition-leaning English-language site in Caracas, "
             "'They cannot jail the truth'; 03 Brazilian daily close to the government's line, machine-translated "
             "from Portuguese, 'Lula walks on a thread'; 04 British weekly analysis, 'it showed who holds the keys'; "
             "05 regional paper close to the government, machine-translated from Spanish, 'the extreme right', 'the "
             "fascist leaders'; 06 American daily, 'the strongest rejection yet') without contradicting. One sentence anchors one claim: facts that several sources "
             "state only inside a sentence anchored for another claim are not keyed as claims (01's lead joins the "
             "result and the missing tallies; 02's and 04's sentences on the copies join 'more than 80%' and 'about "
             "67%'; 04's Carter Center sentence joins the 25 observers and 'could not be considered democratic'; the "
             "TSJ's president Caryslia Rodríguez in 04's ratification sentence; the warrant's charges in 02's lead). "
             "single_source lists claims only one document makes, for reference.",
    "claims": claims,
    "single_source": [
        {"doc": "01", "text": "Amoroso said the figures reflected 80% of the tally sheets transmitted and that the trend was irreversible"},
        {"doc": "01", "text": "The CNE gave Maduro 5,150,092 votes and González 4,445,978, and put turnout at 59%"},
        {"doc": "01", "text": "On the Monday the opposition said it had copies of 73.2% of the tally sheets"},
        {"doc": "01", "text": "Venezuela withdrew its diplomats from seven Latin American countries that had questioned the count"},
        {"doc": "01", "text": "Chile's president Gabriel Boric said the results were hard to believe"},
        {"doc": "02", "text": "The warrant's charges include usurpation of functions, forgery of public documents, conspiracy and sabotage"},
        {"doc": "02", "text": "González had not been seen in public since 30 July"},
        {"doc": "02", "text": "Blinken said on 1 August (two days after the protests) there was overwhelming evidence that González had won"},
        {"doc": "02", "text": "At least 27 people have been killed, according to human rights groups"},
        {"doc": "03", "text": "Celso Amorim met Maduro and González in Caracas and said the CNE needs to show the actas"},
        {"doc": "03", "text": "Foro Penal counted at least 11 dead in two days of protests; the attorney general 749 detained"},
        {"doc": "03", "text": "The opposition opened a website with the tally-sheet copies on 30 July"},
        {"doc": "03", "text": "The OAS Permanent Council was due to vote on 31 July on a resolution asking for the tallies"},
        {"doc": "04", "text": "González landed at Torrejón de Ardoz on 8 September aboard a Spanish air force plane and was granted asylum"},
        {"doc": "04", "text": "Delcy Rodríguez announced safe passage on 7 September; Jorge Rodríguez spent the evening at the Spanish ambassador's residence"},
        {"doc": "04", "text": "In 2013 Maduro beat Henrique Capriles by 1.5 percentage points"},
        {"doc": "04", "text": "The OAS failed by one vote to pass a resolution demanding the tallies"},
        {"doc": "04", "text": "Maduro is due to be sworn in for a third term on 10 January 2025"},
        {"doc": "05", "text": "The TSJ declared González in contempt and called the opposition's copies a fabrication"},
        {"doc": "05", "text": "Ten countries of the region signed a declaration rejecting the sentence"},
        {"doc": "06", "text": "On 1 August the United States said González had won, without calling him president-elect"},
        {"doc": "06", "text": "The OAS resolution won 17 votes; Brazil and Colombia abstained and Mexico stayed away"},
        {"doc": "06", "text": "Maduro went to the Supreme Tribunal on 31 July to ask it to certify the election"},
        {"doc": "06", "text": "Machado wrote on 1 August that she was in hiding and feared for her life"},
        {"doc": "05", "text": "The Public Ministry counted more than 2,000 arrested and 25 dead, among them two GNB members"},
    ],
})
print('keys written')
