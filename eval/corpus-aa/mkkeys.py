"""Writes the answer keys of corpus-aa (the attack on the seats of the three powers in Brasília on Sunday 8 January 2023,
the federal intervention, the suspension of governor Ibaneis Rocha, the sweep of the camp outside the army's
headquarters, the arrest order against Anderson Torres and his arrest on his return, the inclusion of Jair Bolsonaro in
the investigation) into keys/.

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
LULA, JB, FB, EB, MB = "Luiz Inácio Lula da Silva", "Jair Bolsonaro", "Flávio Bolsonaro", "Eduardo Bolsonaro", \
    "Michelle Bolsonaro"
MOR, IBA, TOR, DINO, CAP = "Alexandre de Moraes", "Ibaneis Rocha", "Anderson Torres", "Flávio Dino", "Ricardo Cappelli"
VIE, WEB, VAL, MUC = "Fábio Augusto Vieira", "Rosa Weber", "Valdemar Costa Neto", "José Múcio Monteiro"
AF, CFK, TRUMP, BIDEN = "Alberto Fernández", "Cristina Fernández de Kirchner", "Donald Trump", "Joe Biden"
OKA, ALBU, ECH, MIL = "Miriam Okafor", "Renata Albuquerque", "Martín Echeverría Luna", "Gareth Milsom"
STF, CON, PGR, PF, TSE, PL, PT = "Supreme Federal Court", "Congress", "PGR", "Federal Police", \
    "Superior Electoral Tribunal", "PL", "PT"
PLAN = "Planalto"

# ---------------------------------------------------------------------------------------------- entities
ents = [
    (LULA, P, ["Luiz Inácio Lula da Silva", "Lula", "Lula da Silva", "Luiz Inacio Lula da Silva", "Mr da Silva"]),
    (JB, P, ["Jair Bolsonaro", "Bolsonaro", "Mr Bolsonaro"]),
    (FB, P, ["Flávio Bolsonaro", "Flavio Bolsonaro"]),
    (EB, P, ["Eduardo Bolsonaro"]),
    (MB, P, ["Michelle Bolsonaro"]),
    (MOR, P, ["Alexandre de Moraes", "Moraes", "Mr de Moares", "Mr Morais"]),
    (IBA, P, ["Ibaneis Rocha", "Ibaneis"]),
    (TOR, P, ["Anderson Torres", "Torres", "Mr Torres"]),
    (DINO, P, ["Flávio Dino", "Flavio Dino", "Dino"]),
    (CAP, P, ["Ricardo Cappelli"]),
    (VIE, P, ["Fábio Augusto Vieira"]),
    (WEB, P, ["Rosa Weber"]),
    (VAL, P, ["Valdemar Costa Neto"]),
    (MUC, P, ["José Múcio Monteiro"]),
    (AF, P, ["Alberto Fernández", "Fernández"]),
    (CFK, P, ["Cristina Fernández de Kirchner"]),
    (TRUMP, P, ["Donald Trump"]),
    (BIDEN, P, ["Joe Biden"]),
    (OKA, P, ["Miriam Okafor"]),
    (ALBU, P, ["Renata Albuquerque"]),
    (ECH, P, ["Martín Echeverría Luna"]),
    (MIL, P, ["Gareth Milsom"]),
    ("Helena Prates Vilar", P, ["Helena Prates Vilar"]),

    (STF, O, ["Supreme Federal Court", "Supreme Court", "Supreme Federal Tribunal", "STF"]),
    (CON, O, ["Congress"]),
    ("Senate", O, ["Senate"]),
    (PGR, O, ["PGR", "Procuradoria-Geral da Republica"]),
    (PF, O, ["Federal Police", "PF"]),
    ("Military Police", O, ["Military Police", "Military Police of the Federal District"]),
    (TSE, O, ["Superior Electoral Tribunal", "TSE"]),
    ("Armed Forces", O, ["Armed Forces"]),
    (PL, O, ["PL", "Liberal Party", "Partido Liberal"]),
    (PT, O, ["PT", "Partido de los Trabajadores", "Workers' Party"]),
    ("Organisation of American States", O, ["Organisation of American States", "OEA"]),
    ("Community of Latin American and Caribbean States", O, ["Community of Latin American and Caribbean States",
                                                             "CELAC"]),
    ("Potomac Institute for Hemispheric Affairs", O, ["Potomac Institute for Hemispheric Affairs"]),
    ("Institute of Democratic Studies of the Central Plateau", O, ["Institute of Democratic Studies of the Central "
                                                                   "Plateau", "IEDP"]),
    ("Centre of Latin American Studies of Buenos Aires", O, ["Centre of Latin American Studies of Buenos Aires",
                                                             "CELAB"]),
    ("Kingsway Centre", O, ["Kingsway Centre"]),
    ("Association of Defenders of Liberty", O, ["Association of Defenders of Liberty", "ADL"]),
    ("Twitter", O, ["Twitter"]),

    ("Compass Review", MD, ["Compass Review"]),

    ("Brazil", G, ["Brazil"]),
    ("Brasília", G, ["Brasília", "Brasilia"]),
    ("Federal District", G, ["Federal District"]),
    ("Araraquara", G, ["Araraquara"]),
    ("São Paulo", G, ["São Paulo"]),
    ("United States", G, ["United States", "US", "America"]),
    ("Florida", G, ["Florida"]),
    ("Orlando", G, ["Orlando"]),
    ("Kissimmee", G, ["Kissimmee"]),
    ("Miami", G, ["Miami"]),
    ("Washington", G, ["Washington"]),
    ("Guara", G, ["Guara"]),
    ("Buenos Aires", G, ["Buenos Aires"]),
    ("London", G, ["London"]),

    (PLAN, L, ["Planalto", "Palace of the Planalto"]),
    ("Three Powers Square", L, ["Three Powers Square"]),
    ("US Capitol", L, ["US Capitol", "Capitol"]),
    ("Esplanade of Ministries", L, ["Esplanade of Ministries", "Esplanade of the Ministries"]),
]

descriptions = [
    (LULA, ["the mandatary", "the Brazilian president", "the 77-year-old"]),
    (JB, ["the ex-president", "the ex-mandatary", "the opposition leader", "The 67-year-old", "the former president"]),
    (TOR, ["the ex-minister"]),
    (CAP, ["the interventor"]),
    (IBA, ["The governor removed"]),
    (VIE, ["The colonel"]),
    (MB, ["the former first lady"]),
    (PGR, ["the prosecutor-general's office"]),
    (TSE, ["the electoral court"]),
    ("Brazil", ["Brasília", "Brasilia"]),
    ("United States", ["Washington"]),
]

roles = [
    (LULA, ["President", "The president of Brazil", "The leader of the Partido de los Trabajadores",
            "the founder of the Workers' Party"]),
    (JB, ["former president"]),
    (MOR, ["Supreme Court justice", "Justice Alexandre de Moraes", "the minister Alexandre de Moraes"]),
    (DINO, ["Justice Minister", "The minister of the Justice", "the justice minister", "the minister Dino"]),
    (TOR, ["security secretary", "The ex-minister of the Justice", "secretary of Security of the Federal District"]),
    (CAP, ["a federal interventor", "the number two at the justice ministry"]),
    (IBA, ["the Federal District's governor", "the governor of the Federal District"]),
    (FB, ["Senator", "the senator", "a senator"]),
    (EB, ["the federal deputy", "deputy for the Partido Liberal", "a congressman", "the former president's third son"]),
    (MB, ["his wife"]),
    (WEB, ["the president of the Supreme Court"]),
    (VIE, ["Colonel"]),
    (VAL, ["The president of the PL"]),
    (MUC, ["the Minister of Defence"]),
    (AF, ["the president Alberto Fernández"]),
    (CFK, ["The vice-president"]),
    (BIDEN, ["US President"]),
    (OKA, ["a senior fellow at the Potomac Institute for Hemispheric Affairs"]),
    (ALBU, ["the political scientist Renata Albuquerque"]),
    (ECH, ["the political scientist Martín Echeverría Luna"]),
    (MIL, ["who directs the Latin America programme at the Kingsway Centre"]),
    ("Helena Prates Vilar", ["a lawyer with the Association of Defenders of Liberty"]),
]

must_not_merge = [
    [JB, FB],
    [JB, EB],
    [JB, MB],
    [FB, EB],
    [FB, DINO],
    [AF, CFK],
    [LULA, JB],
]

dump('entities.json', {
    "about": "Answer key for entity resolution on corpus-aa/articles (the attack by supporters of Jair Bolsonaro on "
             "Brazil's Congress, the Planalto palace and the Supreme Federal Court in Brasília on Sunday 8 January 2023, "
             "a week after Luiz Inácio Lula da Silva's inauguration, and its aftermath to 16 January), written from "
             "reading the articles. Same conventions as corpus-c..q: canonical name (a form that occurs in the texts), "
             "type, and every surface form that names the entity in the cleaned texts (headlines, standfirsts, captions, "
             "bylines, the dateline 'BRASILIA (Meridian) -', related links, share bars and other boilerplate excluded). "
             "Title+surname forms ('Mr da Silva', 'Mr Bolsonaro', 'Mr Torres', 'Mr de Moares', 'Mr Morais') are keyed "
             "as aliases; title+full-name forms ('Justice Alexandre de Moraes', 'Colonel Fábio Augusto Vieira', "
             "'Senator Flávio Bolsonaro', 'President Lula') are not listed separately. Defects on purpose: the president "
             "is 'Luiz Inácio Lula da Silva' / 'Lula' (01, 02, 04), 'President Lula' (02), 'Lula da Silva' (04, the "
             "Spanish-press usage), 'Luiz Inacio Lula da Silva' (03, accents dropped by the translation) and 'Mr da "
             "Silva' (05, a British title on the last surname); the justice is 'Alexandre de Moraes' / 'Moraes' and, "
             "with two misspellings of his surname in one article, 'Mr de Moares' and 'Mr Morais' (05); the justice "
             "minister is 'Flávio Dino' / 'Flavio Dino' (03) / 'Dino' / 'the minister Dino' (03, a Portuguese calque); "
             "'Brasília' / 'Brasilia' (03, 04); 'Ibaneis Rocha' / 'Ibaneis' (01: Brazilian usage by the given name). "
             "Four Bolsonaros who must not merge: the former president Jair (bare 'Bolsonaro' and 'Mr Bolsonaro' are "
             "always Jair), his sons Senator Flávio (01, 05; 'Flavio Bolsonaro' in 03 and 06) and Deputy Eduardo (01, 04, 05, "
             "06 'the former president's third son'), and "
             "his wife Michelle (02, 05); two Flávios (Flávio Dino, Flávio Bolsonaro; 03 writes both 'Flavio', 06 "
             "'Flávio Dino' but 'Flavio Bolsonaro') and two "
             "Fernándezes (Argentina's president Alberto, 'Fernández' twice in 04, and his vice-president Cristina "
             "Fernández de Kirchner) stay apart. Acronyms and foreign forms: the court is 'the Supreme Court' (01, 02, 06, "
             "05), 'the Supreme Federal Court' (05), the calque 'the Supreme Federal Tribunal (STF)' (03, 04) and 'the "
             "STF' (03); 'the Procuradoria-Geral da Republica (PGR)' (03, untranslated) and 'the PGR' (03, 05; "
             "described in 05 as 'the prosecutor-general's office'); 'the Federal Police (PF)' (03) and 'the PF'; 'the "
             "Superior Electoral Tribunal (TSE)' (03; 05's 'the electoral court'); 'the PL (Liberal Party)' (03), 'the "
             "Partido Liberal (PL)' (04) and 'the PL' (05); 'the Partido de los Trabajadores (PT)' (04, the Spanish "
             "name of the Workers' Party) and 'the Workers' Party (PT)' (05); 'The Organisation of American States (OEA)' (04, the Spanish acronym); 'the "
             "Community of Latin American and Caribbean States (CELAC)' (04); invented institutes with their "
             "acronyms: 'Institute of Democratic Studies of the Central Plateau (IEDP)' (03), 'Centre of Latin American "
             "Studies of Buenos Aires (CELAB)' (04), 'the Association of Defenders of Liberty (ADL)' (06); "
             "'Kissimmee' (06) is the Florida town where Bolsonaro lives. Capitals for governments: 'Brasília' stands for the Brazilian "
             "government in 05 ('Brasília has also asked Washington') and 04 ('expressed its solidarity with "
             "Brasilia'), and is keyed as a description of Brazil as well as the city's alias (the city elsewhere: 01, "
             "02, 03, 05 'In Brasília the vote had been counted'); 'Washington' stands for the US government in 04 "
             "('Washington also expressed its solidarity') and 05 ('asked Washington') and is keyed likewise (the city "
             "or the political class in 02 'For many in Washington', 05 'In Washington the mob' "
             "and 06 'Bolsonaro's allies in Washington'); 'the Planalto' is "
             "the presidential palace (04 'the door of the Planalto', 'the Palace of the Planalto', 05 'the Planalto "
             "palace', 'soldiers assigned to the Planalto') and stands for the presidency in 05 ('The Planalto said on "
             "Monday'); one entity. 'America' (05 'in America') is the United States "
             "('Latin America' in Milsom's role is not); 'US' (01 'the US Capitol', 'US "
             "President Joe Biden', 02 'the US Capitol') likewise. 'Congress' is Brazil's National Congress everywhere "
             "except 02's 'Several Democratic members of Congress' (the US Congress): keyed once, as Brazil's. 'Senate' "
             "is Brazil's Senate (02, 05). 'Compass Review' is the outlet (05 'he told The Compass Review'). "
             "Descriptions: 'the mandatary' (04), 'the Brazilian president' (04) and 'the 77-year-old' (05) for Lula; "
             "'the ex-president' (03), 'the ex-mandatary' (04), 'the opposition leader' (05), 'The 67-year-old' (05) "
             "and 'the former president' (02, 05; used only of Jair Bolsonaro here) for Jair Bolsonaro; 'the "
             "ex-minister' (03) for Torres; 'the interventor' (03, 05) for Cappelli; 'The governor removed' (03) for "
             "Ibaneis; 'The colonel' (02) for Vieira; 'the former first lady' (05) for Michelle Bolsonaro; 'Brasília' "
             "for Brazil and 'Washington' for the United States (above). Not keyed: adjectives and demonyms (Brazilian, "
             "Argentine, Democratic, bolsonaristas), 'the Federal Government' (03), 'the Executive' (04), 'the "
             "Government of Lula da Silva' (04, Lula's alias inside it), 'the Permanent Council' (04, of the OEA), 'the "
             "Argentine chancellery', lower-case bodies ('the federal police' 02, 'the justice ministry', 'the "
             "attorney-general's office', 'the secretariat of penitentiary administration', 'the lower house', 'the "
             "army', 'the military police'), 'the Biden administration' (02), 'the District' (02, 05, elliptical for "
             "the Federal District), the Papuda and Colmeia prisons (boilerplate only). roles: roles stated in an "
             "apposition or title, for information.",
    "entities": [{"name": n, "type": t, "aliases": a} for n, t, a in ents],
    "must_not_merge": must_not_merge,
    "descriptions": [{"entity": e, "descriptions": d} for e, d in descriptions],
    "roles": [{"entity": e, "roles": r} for e, r in roles],
})

# ---------------------------------------------------------------------------------------------- dates
dates = [
    # 01: published Monday 2023-01-09 (JSON field 2023-01-09T13:30:00Z, 10:30 in Brasília)
    ["01", "Sunday", "2023-01-08"],
    ["01", "a week", "P1W"],
    ["01", "January 31", "2023-01-31"],
    ["01", "90 days", "P90D"],
    ["01", "Monday", "2023-01-09"],
    ["01", "Sunday", "2023-01-08"],
    ["01", "December", "2022-12"],
    ["01", "Sunday", "2023-01-08"],
    ["01", "Monday", "2023-01-09"],
    ["01", "October", "2022-10"],
    ["01", "Sunday", "2023-01-08"],
    ["01", "two days", "P2D"],
    ["01", "Sunday", "2023-01-08"],
    ["01", "January 6, 2021", "2021-01-06"],
    ["01", "two years", "P2Y"],
    # 02: published Wednesday 2023-01-11 (meta and JSON-LD only)
    ["02", "Tuesday", "2023-01-10"],
    ["02", "Sunday", "2023-01-08"],
    ["02", "Tuesday", "2023-01-10"],
    ["02", "Sunday", "2023-01-08"],
    ["02", "Monday", "2023-01-09"],
    ["02", "Tuesday", "2023-01-10"],
    ["02", "Monday", "2023-01-09"],
    ["02", "Tuesday", "2023-01-10"],
    ["02", "Monday", "2023-01-09"],
    ["02", "2018", "2018"],
    ["02", "Tuesday", "2023-01-10"],
    ["02", "two years and two days", "P2Y2D"],
    ["02", "January 6", "2021-01-06"],
    ["02", "January 8", "2023-01-08"],
    ["02", "Monday", "2023-01-09"],
    ["02", "Tuesday", "2023-01-10"],
    ["02", "next Monday", "2023-01-16"],
    # 03: published Saturday 2023-01-14 (visible date line 14/01/2023, day before month)
    ["03", "Saturday", "2023-01-14"],
    ["03", "Tuesday", "2023-01-10"],
    ["03", "8 of January", "2023-01-08"],
    ["03", "one day", "P1D"],
    ["03", "Friday", "2023-01-13"],
    ["03", "10 of January", "2023-01-10"],
    ["03", "October", "2022-10"],
    ["03", "this week", "2023-01-09/2023-01-15"],
    ["03", "8 of January", "2023-01-08"],
    ["03", "30 of December", "2022-12-30"],
    ["03", "two days", "P2D"],
    ["03", "this week", "2023-01-09/2023-01-15"],
    ["03", "31 of January", "2023-01-31"],
    ["03", "90 days", "P90D"],
    ["03", "9 of January", "2023-01-09"],
    # 04: published Friday 2023-01-13, no date line
    ["04", "yesterday", "2023-01-12"],
    ["04", "Sunday", "2023-01-08"],
    ["04", "four days", "P4D"],
    ["04", "November", "2022-11"],
    ["04", "Monday", "2023-01-09"],
    ["04", "1 of January", "2023-01-01"],
    ["04", "October", "2022-10"],
    ["04", "Sunday", "2023-01-08"],
    ["04", "September", "2022-09"],
    ["04", "6 of January of 2021", "2021-01-06"],
    ["04", "24 hours", "PT24H"],
    ["04", "two years", "P2Y"],
    ["04", "24 of January", "2023-01-24"],
    ["04", "the day before", "2023-01-23"],
    # 05: published Tuesday 2023-01-17, no date line
    ["05", "Sunday January 8th", "2023-01-08"],
    ["05", "earlier this month", "2023-01"],
    ["05", "60 days", "P60D"],
    ["05", "Two days later", "2023-01-10"],
    ["05", "Saturday", "2023-01-14"],
    ["05", "the end of the month", "2023-01-31"],
    ["05", "October 31st to January 9th", "2022-10-31/2023-01-09"],
    ["05", "Yesterday", "2023-01-16"],
    ["05", "last week", "2023-01-09/2023-01-15"],
    ["05", "Monday", "2023-01-16"],
    ["05", "Friday", "2023-01-13"],
    ["05", "two days", "P2D"],
    ["05", "January 8th", "2023-01-08"],
    ["05", "January 6th", "2021-01-06"],
    ["05", "a week", "P1W"],
    ["05", "next week", "2023-01-23/2023-01-29"],
    ["05", "a week", "P1W"],
    # 06: published Tuesday 2023-01-10 (visible date line 'January 10, 2023 | 7:40 PM ET', 21:40 in Brasília)
    ["06", "today", "2023-01-10"],
    ["06", "a day", "P1D"],
    ["06", "two days", "P2D"],
    ["06", "late December", "2022-12"],
    ["06", "Monday", "2023-01-09"],
    ["06", "September 6, 2018", "2018-09-06"],
    ["06", "Monday", "2023-01-09"],
    ["06", "today", "2023-01-10"],
    ["06", "Sunday", "2023-01-08"],
    ["06", "36 hours", "PT36H"],
    ["06", "today", "2023-01-10"],
    ["06", "Sunday", "2023-01-08"],
    ["06", "the end of January", "2023-01-31"],
]
dump('dates.json', {
    "about": "Answer key for date normalisation on corpus-aa/articles, same conventions as corpus-c..q: document id "
             "prefix, the expression as written (the first occurrence not yet matched, in text order; a system "
             "expression that contains the key text matches, so 'Sunday' in 01 also matches 'on Sunday', 'Sunday "
             "afternoon', 'Sunday night' and 'late on Sunday', 'Monday' 'the early hours of Monday' and 'On Monday "
             "morning', 'Saturday' in 03 'this Saturday (14)', 'Tuesday' in 03 'on Tuesday (10)', 'Friday' in 03 'this "
             "Friday (13)', 'a week' 'a week after' / 'a week before' / 'a week later', 'two days' 'two days before' / "
             "'two days after', 'one day' 'one day after', 'four days' 'four days after', 'two years' 'two years "
             "earlier'), its absolute value. Weeks run Monday to Sunday. Dates are Brasília local dates (UTC-3). The "
             "date line 'Published in 14/01/2023 - 20h15 | Updated in 14/01/2023 - 22h40' (03, day before month), the "
             "dateline of 01, captions ('in the afternoon of this Saturday' in 03's), headlines ('January 8th' in 05's "
             "title, 'Attacks of 8 of January' in 03's breadcrumb), standfirsts ('Sunday's rampage' in 05), related "
             "links ('January 6, two years on' in 02) and 04's duplicated lead are not keyed. Clock times and parts of "
             "days ('by early evening', 'Hours later', 'By nightfall', 'Within an hour', 'some hours later', 'the dawn "
             "of' in 03 is keyed through '9 of January') are not keyed; 05's 'that same night' (Moraes's ruling, the "
             "night of 8-9 January) is not keyed, nor 02's 'on the day of the attack', 'days before the riot', 'on a "
             "Sunday' (inside Okafor's quotation, generic) and 'within a day', 01's 'that day' (in Bolsonaro's reported "
             "words), 03's 'in the next days', 05's 'the weeks after the election', 'a third term', 'his first trip "
             "abroad of this third mandate'. Durations are keyed as spans ('90 days', '60 days' the intended "
             "contradiction, '24 hours', 'two years and two days' P2Y2D). Not keyed: ages ('Bolsonaro, 67', 'The "
             "67-year-old', 'the 77-year-old'), counts and sums ('Some 1,200 people', 'about 300', 'More than 1,500', "
             "'Nearly 600', '942 persons', '658 men and 284 women', 'some 940', '39 people', '52 people and seven "
             "companies', '6.5 million reais', '$1.2 million', '125,000 reais', 'the country's 27 governors', 'more than "
             "a thousand'). Relative and yearless dates: 01 (written Monday 9 January, morning in Brasília) 'on Sunday' "
             "8 January (five times: the storming; 'Sunday afternoon' the dismissal of Torres; 'Sunday night' "
             "Ibaneis's video; 'on Sunday' the 300 arrests; 'late on Sunday' Bolsonaro's post), 'a week after' a span, "
             "'until January 31' (yearless, 2023), 'the early hours of Monday' and 'On Monday morning' 9 January, "
             "'until December' December 2022, 'the October election' October 2022, 'two days before the inauguration' "
             "a span, 'January 6, 2021' and 'two years earlier' a span. 02 (Wednesday 11 January): 'on Tuesday' 10 "
             "January (six times: the warrants, the colonel's detention, the releases, the Senate's vote, the "
             "discharge, Dino's statement), 'on Sunday' and 'since Sunday' 8 January, 'on Monday' / 'Monday night' 9 "
             "January (four times), 'the 2018 campaign', 'two years and two days after' a span, Okafor's 'January 6' "
             "(yearless: 6 January 2021, not 2023) and 'January 8' (2023), 'by next Monday' 16 January. 03 (Saturday "
             "14 January): the Brazilian-press forms 'this Saturday (14)', 'on Tuesday (10)' and 'this Friday (13)' "
             "(weekday plus day of the month in brackets), 'the 8 of January' twice, 'the 10 of January', 'the "
             "elections of October' October 2022, 'this week' twice (the search of Torres's house; 'Until this week' in "
             "Albuquerque's quotation) 9-15 January, 'since the 30 of December' (yearless, 2022: the year before the "
             "publication), 'two days before' a span, 'until the 31 of January', 'for 90 days', 'the 9 of January'. 04 "
             "(Friday 13 January, no date line): 'yesterday' 12 January (Lula's breakfast), 'the past Sunday' and 'the "
             "same Sunday' 8 January, 'four days after' a span, 'from November' November 2022, 'this Monday' 9 January "
             "(Spanish-press usage for a past day of the current week), 'the 1 of January' 2023, 'the elections of "
             "October' 2022, 'in September' September 2022 (the attempt on Cristina Fernández de Kirchner), 'The 6 of "
             "January of 2021', 'in 24 hours' and 'two years' spans, 'the 24 of January' 2023 (the CELAC summit, to "
             "come), 'the day before' 23 January. 05 (Tuesday 17 January, no date line): 'Sunday January 8th', 'earlier "
             "this month' January 2023 (the inauguration), 'for 60 days' a span (the intended contradiction), 'Two days "
             "later' 10 January, 'on Saturday' 14 January, 'until the end of the month' 31 January, 'from October 31st "
             "to January 9th' a range (2022-10-31 to 2023-01-09, across the new year), 'Yesterday' 16 January, 'last "
             "week' 9-15 January, 'on Monday' 16 January (the Planalto's statement; the same day as 'Yesterday'), 'On "
             "Friday' 13 January, 'two days after it' a span, Milsom's 'January 8th' (2023) and 'January 6th' (2021), "
             "'a week before' and 'a week later' spans, 'next week' 23-29 January. 06 (Tuesday 10 January, evening in "
             "Washington): 'today' three times 10 January (Bolsonaro's discharge, the releases, the arrest order), 'a "
             "day after' and 'two days after' spans, 'since late December' December 2022, 'on Monday' twice 9 January "
             "(the hospital photograph, the camp), 'September 6, 2018' (the stabbing), 'on Sunday' twice 8 January "
             "(inside Vilar's quotation; 'until Sunday' of Torres's post), 'for 36 hours' a span, 'until the end of "
             "January' 31 January (the visa); 'over 60' (ages) and 'more than 80' (clients) are not keyed. "
             "Publication dates used: 01 2023-01-09, 02 2023-01-11, 03 2023-01-14, 04 2023-01-13, 05 2023-01-17, 06 "
             "2023-01-10 (see publication.json).",
    "dates": dates,
})

# ---------------------------------------------------------------------------------------------- publication
dump('publication.json', {
    "about": "True publication date of each document (the one the author had in mind) and whether the input states it "
             "(metadata, JSON field or a visible date line). window: the span a careful reader can prove from the text "
             "alone (plus event dates the other articles give); the engine's published.earliest..latest should contain "
             "'date'.",
    "published": [
        {"doc": "01", "date": "2023-01-09", "stated": True,
         "how": "JSONL published field 2023-01-09T13:30:00Z (10:30 in Brasília the same day); the storming 'on Sunday' "
                "is past and the camp is being cleared 'On Monday morning'",
         "window": ["2023-01-09", "2023-01-09"]},
        {"doc": "02", "date": "2023-01-11", "stated": True,
         "how": "meta article:published_time and JSON-LD datePublished 2023-01-11T08:15:00-05:00 (no visible date; "
                "the warrants 'on Tuesday' are past)",
         "window": ["2023-01-11", "2023-01-11"]},
        {"doc": "03", "date": "2023-01-14", "stated": True,
         "how": "visible date line 'Published in 14/01/2023 - 20h15 | Updated in 14/01/2023 - 22h40' (day/month/year); "
                "Torres was arrested 'this Saturday (14)'",
         "window": ["2023-01-14", "2023-01-14"]},
        {"doc": "04", "date": "2023-01-13", "stated": False,
         "how": "none: Lula spoke 'yesterday', 'four days after the assault' of 'the past Sunday' (8 January per 01, 02, "
                "05): Thursday 12 January, so the article is of Friday 13 January; the camp was dismantled 'this Monday' "
                "(9 January, the same week) and the CELAC summit of 'the 24 of January' is to come",
         "window": ["2023-01-13", "2023-01-13"]},
        {"doc": "05", "date": "2023-01-17", "stated": False,
         "how": "none: Torres 'was arrested on Saturday' (14 January per 03), Moraes acted 'On Friday' (13 January per "
                "03), Lula spoke 'last week' (12 January per 04), 'The Planalto said on Monday' and the PGR filed charges "
                "'Yesterday', and the summit in Buenos Aires (24 January per 04) is 'next week': written in the week of "
                "16-22 January after Monday 16; 'Yesterday' is that Monday, so Tuesday 17 January, but the text alone "
                "proves only Tuesday 17 to Sunday 22 January",
         "window": ["2023-01-17", "2023-01-22"]},
        {"doc": "06", "date": "2023-01-10", "stated": True,
         "how": "visible date line 'January 10, 2023 | 7:40 PM ET' (month first; 21:40 in Brasília, the same date); "
                "the hospital admission was 'on Monday', 'a day' before 'today'",
         "window": ["2023-01-10", "2023-01-10"]},
    ],
})

# ---------------------------------------------------------------------------------------------- timeline
ev = []
event = recorder(ev)

event("Jair Bolsonaro leaves Brazil for Florida", "2022-12-30", ["01", "03"],
      ["florida", "flew", "left", "leaves"],
      note="01 'who flew to Florida two days before the inauguration'; 03 'in Florida since the 30 of December, two days "
           "before the inauguration'")
event("Luiz Inácio Lula da Silva is inaugurated as president", "2023-01-01", ["01", "04", "05"],
      ["inaugurat", "sworn in", "swearing-in", "change of command", "took office", "third term"],
      note="01 'a week after Luiz Inácio Lula da Silva was sworn in as president' (in the sentence dated 'on Sunday'); "
           "04 'the change of command of the 1 of January'; 05 'sworn in a week before' (in Milsom's quotation about "
           "January 8th); must stay apart from the riot a week later")
event("Bolsonaro supporters storm and ransack Congress, the Planalto palace and the Supreme Federal Court in Brasília",
      "2023-01-08", ["01", "02", "03", "04", "05", "06"],
      ["storm", "ransack", "invad", "invasion", "assault", "attack", "riot", "rampage"],
      note="the riot of 8 January 2023; must stay apart from the storming of the US Capitol on 6 January 2021")
event("Lula decrees a federal intervention in the Federal District's security, with Ricardo Cappelli as interventor",
      "2023-01-08", ["01", "05"],
      ["intervention", "interventor", "decree", "control of the capital"],
      note="01 (in the paragraph of 'on Sunday', the same evening); 05 'By nightfall ... had taken control of the "
           "capital's security'")
event("Ibaneis Rocha dismisses his security secretary Anderson Torres", "2023-01-08", ["01"],
      ["dismiss", "sacked", "fired"],
      note="01 'on Sunday afternoon'")
event("Justice Alexandre de Moraes suspends governor Ibaneis Rocha from office", "2023-01-09", ["01", "03", "05"],
      ["suspend", "removed", "90 days", "60 days"],
      note="the night of 8-9 January: 01 'in the early hours of Monday', 03 'in the dawn of the 9 of January', 05 "
           "'that same night' (of 8 January; 8 January is acceptable too); 05's 60 days is the intended contradiction")
event("Police and soldiers clear the camp outside the army's headquarters; some 1,200 people are taken away",
      "2023-01-09", ["01", "02", "04", "06"],
      ["camp", "encampment", "clear", "sweep", "dismantl", "1,200"],
      note="01 'On Monday morning'; 02 'the sweep of the camp ... on Monday'; 04 'dismantled this Monday'; 06 'taken from "
           "the protest camp on Monday'; 05 names only "
           "the range 'from October 31st to January 9th'")
event("Lula meets the 27 governors and walks with them across the Three Powers Square to the court", "2023-01-09",
      ["02"], ["governors", "walked", "three powers square"])
event("Congress approves the federal intervention (lower house on Monday night, Senate on Tuesday)", "2023-01-09",
      ["02"], ["approv", "voted", "senate", "lower house"], until="2023-01-10",
      note="two votes keyed as one two-day event")
event("Jair Bolsonaro is admitted to hospital near Orlando with abdominal pain", "2023-01-09", ["02", "06"],
      ["hospital", "abdominal", "orlando"], until="2023-01-10",
      note="02 'Monday night', discharged 'on Tuesday'; 06 'left a hospital near Orlando today, a day after he was "
           "admitted'; 05 mentions the stay without a date")
event("Moraes orders the arrest of Anderson Torres and of Colonel Fábio Augusto Vieira", "2023-01-10",
      ["02", "03", "05", "06"],
      ["ordered the arrest", "arrest", "warrant", "preventive prison", "decreed"],
      note="02 'on Tuesday'; 03 'decreed on Tuesday (10)'; 05 'Two days later'; 06 'ordered today'; the order must stay apart from Torres's "
           "arrest on 14 January")
event("Colonel Fábio Augusto Vieira is detained", "2023-01-10", ["02"], ["colonel", "vieira", "detained"])
event("Nearly 600 detainees (599) are released on humanitarian grounds", "2023-01-10", ["02", "06"],
      ["released", "humanitarian", "600", "599"])
event("Bolsonaro posts, then deletes, a video questioning the election result", "2023-01-10", ["03", "05"],
      ["video", "posted", "published", "deleted", "erased"],
      note="03 'on the 10 of January'; 05 'two days after it' (the riot)")
event("Moraes, at the PGR's request, includes Bolsonaro in the investigation of the instigators", "2023-01-13",
      ["03", "05"], ["include", "inquiry", "investigation", "pgr", "request"],
      note="03 'this Friday (13)'; 05 'On Friday'")
event("Anderson Torres is arrested on his arrival at Brasília's airport from Miami", "2023-01-14", ["03", "05"],
      ["imprisoned", "arrested", "arrival", "flew home", "airport"],
      note="03 'this Saturday (14)'; 05 'on Saturday'")
event("The PGR files the first charges, against 39 people", "2023-01-16", ["05"],
      ["charges", "39", "denunciation"],
      note="05 'Yesterday'; 03 expects 'the first denunciations in the next days' (a plan, not listed)")
event("Jair Bolsonaro is stabbed at a campaign rally", "2018-09-06", ["06"], ["stabbed", "rally"],
      note="06 'on September 6, 2018'; 02's 'during the 2018 campaign' gives only the year")
event("Supporters of Donald Trump storm the US Capitol", "2021-01-06", ["01", "02", "04", "05"],
      ["capitol", "january 6", "6 of january", "trump"],
      note="the earlier, separate event the articles compare with: 01 'on January 6, 2021'; 02 'two years and two days "
           "after' and Okafor's 'January 6'; 04 'The 6 of January of 2021'; 05 'January 6th' (Milsom); must not be "
           "merged with 8 January 2023")
dump('timeline.json', {
    "about": "Real-world events the articles report, with date (day), until for multi-day events, the documents that "
             "report each (with a date the reader can resolve), and words by which a system event is recognised (title, "
             "trigger or participant entity ids). Dates are Brasília local dates (Washington's for 6 January 2021). "
             "Similar events must stay apart: the storming in Brasília (Sunday 8 January 2023) and the storming of the "
             "US Capitol (6 January 2021), two years apart; Lula's inauguration (1 January) and the riot a week later; "
             "Moraes's arrest order against Torres (Tuesday 10 January) and Torres's arrest on his return (Saturday 14 "
             "January); the suspension of Ibaneis (the night of 8-9 January) and the intervention (8 January); the "
             "arrest order and Bolsonaro's video (both 10 January), the detention of Colonel Vieira and the releases "
             "(10 January). Not keyed: future, planned or announced events (the CELAC summit in Buenos Aires on 24 "
             "January and Lula's meeting with Fernández the day before, 04; the summit 'next week', 05; the end of the "
             "intervention on 31 January; the PGR's 'first denunciations in the next days', 03; Dino's extradition "
             "request if Torres did not return 'by next Monday', 02; Torres's announced return, 02), events dated only "
             "by month, year or week (the October election, the camp since November, the attempt on Cristina Fernández "
             "de Kirchner in September, the 2018 stabbing, the search of Torres's house 'this week' (03) and the draft "
             "decree, the soldiers sacked from the Planalto), statements (Lula's televised statement of 8 January from "
             "Araraquara, Ibaneis's apology video and Bolsonaro's post of the same Sunday night, Fernández's message, "
             "Lula's breakfast with journalists on Thursday 12 January (04 'yesterday', 05 'last week'), the Planalto's "
             "statement of Monday 16 January, Dino's statements), states (Torres on holiday in the United States, "
             "Bolsonaro in Florida, the detainees in prison), and same-day side events folded into a keyed one (see "
             "notes; Ibaneis's dismissal of Torres is keyed apart from the storming).",
    "events": ev,
})

# ---------------------------------------------------------------------------------------------- quotes
quotes = [
    ["01", "These vandals, these fascist fanatics", "direct", LULA],
    ["01", "All of them will be found", "direct", LULA],
    ["01", "incompetence, bad faith or malice", "partial", LULA],
    ["01", "What happened in our capital is unacceptable", "direct", IBA],
    ["01", "Some 1,200 people were put on buses", "indirect", DINO],
    ["01", "about 300 had been arrested", "indirect", DINO],
    ["01", "depredations and invasions of public buildings", "partial", JB],
    ["01", "without evidence", "partial", JB],
    ["01", "The temple of democracy will be rebuilt", "direct", WEB],
    ["01", "Those who did this will answer for it", "direct", WEB],

    ["02", "he would interrupt his vacation", "indirect", TOR],
    ["02", "I have always guided my actions", "direct", TOR],
    ["02", "I believe in Brazilian justice", "direct", TOR],
    ["02", "More than 1,500 people have been detained", "indirect", [None, PF]],
    ["02", "Nearly 600 of them", "indirect", [None, DINO]],
    ["02", "We are going to find out who financed this", "direct", DINO],
    ["02", "Whoever paid for the buses, paid for the crime", "direct", DINO],
    ["02", "Bolsonaro himself spent Monday night in a hospital", "indirect", MB],
    ["02", "The parallel is real", "direct", OKA],
    ["02", "but the differences matter", "direct", OKA],
    ["02", "the speed of Brazil", "indirect", OKA],
    ["02", "if Torres did not come back by next Monday", "indirect", DINO],

    ["03", "a apocryphal document", "partial", [None, TOR]],
    ["03", "The ex-minister will collaborate with the investigations", "direct", [None, TOR]],
    ["03", "He returned to Brazil of his own will", "direct", [None, TOR]],
    ["03", "The law is for everybody", "direct", DINO],
    ["03", "any type of amnesty", "partial", DINO],
    ["03", "942 persons continue imprisoned", "indirect", [None]],
    ["03", "repudiates any act of violence", "partial", VAL],
    ["03", "was not even in Brazil", "partial", FB],
    ["03", "Until this week, we were talking of vandals", "direct", ALBU],
    ["03", "Now there is a paper", "direct", ALBU],
    ["03", "the intervention in the security of the Federal District, that goes", "indirect", ALBU],
    ["03", "is guaranteed", "partial", CAP],

    ["04", "connivance", "partial", LULA],
    ["04", "the doors of the palace were not forced", "indirect", LULA],
    ["04", "I am convinced that the door of the Planalto was opened", "direct", LULA],
    ["04", "That means that somebody facilitated the entry here", "direct", LULA],
    ["04", "full of bolsonaristas", "partial", LULA],
    ["04", "the Minister of Defence, José Múcio Monteiro, was present", "indirect", [None]],
    ["04", "All our support to Lula", "direct", AF],
    ["04", "the same violence of hatred", "partial", CFK],
    ["04", "The 6 of January of 2021 demonstrated", "direct", ECH],
    ["04", "The difference is that Brazil acted in 24 hours", "direct", ECH],
    ["04", "the Brazilian president will hold a bilateral meeting", "indirect", [None]],

    ["05", "There were many people, in the police and in the armed forces", "direct", LULA],
    ["05", "the changes would continue", "indirect", [PLAN, LULA]],
    ["05", "There will be no amnesty for those who attacked democracy", "direct", DINO],
    ["05", "Whoever paid for the buses will pay for the damage", "direct", DINO],
    ["05", "his father had nothing to do with it", "indirect", FB],
    ["05", "January 8th is not Brazil's January 6th", "direct", MIL],
    ["05", "In Washington the mob wanted to stop a vote being counted", "direct", MIL],
    ["05", "the more worrying document was not any video", "indirect", MIL],
    ["05", "the draft was something he meant to throw away", "indirect", TOR],
    ["05", "he will answer every question", "indirect", [None, TOR]],
    ["05", "he was not even in the country", "indirect", [JB, PL]],

    ["06", "he was thinking of cutting his stay short", "indirect", JB],
    ["06", "I came to spend some time away", "direct", JB],
    ["06", "Of those, 599 were released today", "indirect", [None, PF]],
    ["06", "These are grandmothers with Brazilian flags", "direct", "Helena Prates Vilar"],
    ["06", "it represents more than 80 of the detainees", "indirect", "Association of Defenders of Liberty"],
    ["06", "Nobody denies that crimes were committed", "direct", "Helena Prates Vilar"],
    ["06", "some of her clients had been held for 36 hours", "indirect", "Helena Prates Vilar"],
    ["06", "a humiliation", "partial", EB],
    ["06", "within the law", "partial", FB],
    ["06", "The detainees were being fed", "indirect", DINO],
    ["06", "no one is being punished for their opinions", "direct", DINO],
    ["06", "What happens after that", "indirect", [None]],
]
dump('quotes.json', {
    "about": "Answer key for quotations on corpus-aa/articles, same conventions as corpus-c..q: document id prefix, the "
             "first words of the quoted or reported content, kind, and the speaker's canonical name (null: the text "
             "does not name one; a list: any of these is right, and a list containing null also accepts no speaker). A "
             "quote interrupted by its attribution (02 Okafor's '“The parallel is real,” said Miriam Okafor, ..., “but "
             "the differences matter. ...”') or continued without one (01 Lula's 'All of them will be found', 01 "
             "Weber's second sentence, 02 Torres's second sentence after 'he wrote', 02 Dino's second sentence, 03 the "
             "defence's second « », 03 Albuquerque's second « », 04 Lula's second sentence, 04 Echeverría's second « », "
             "05 Milsom's second sentence) is keyed once per piece. A reported clause with quoted words in it (01 'He "
             "said the Federal District's police had shown \"incompetence, bad faith or malice\"', 01 Bolsonaro's "
             "'wrote ... that peaceful demonstrations were part of democracy but that the \"depredations and invasions "
             "of public buildings\" seen that day escaped the rule' and 'He said he rejected the accusations ..., "
             "\"without evidence\"', 03 the defence's 'has affirmed that the paper was «a apocryphal document» ... and "
             "that he «never gave any use» to it' (keyed once), 03 Dino's 'will not accept «any type of amnesty»', 03 "
             "Valdemar Costa Neto's 'has affirmed that the party «repudiates any act of violence» but that the "
             "ex-president «has nothing to see with that»' (keyed once), 03 Flávio Bolsonaro's 'has declared that his "
             "father «was not even in Brazil»', 03 Cappelli's 'has affirmed that the security ... «is guaranteed» and "
             "that ... «complete change of command»' (keyed once), 04 Lula's 'affirmed yesterday that there was "
             "«connivance»' and 'added that he would not permit that the palace continue «full of bolsonaristas»', 04 "
             "Cristina Fernández de Kirchner's 'considered that both facts respond to «the same violence of hatred»') "
             "is keyed as the partial quote. Forms: 'said X' inverted (01 Weber, 02 Okafor, 04 'said Lula da Silva'), "
             "the translations' 'has declared his defence in note' and 'has written the minister Dino' (03, "
             "inverted), 'wrote Fernández' (04, inverted), 'he explained' (04), 'she evaluates' (03, present tense); "
             "'He said:' before the quotation (05 Dino); 'X told <outlet>' (05 Dino 'he told The Compass Review'); "
             "'told reporters' (02 Dino), 'told journalists' (05, the speaker given only as 'the 77-year-old'); "
             "sentence-final '..., Justice Minister Flávio Dino said, adding that ...' after reported speech (01); "
             "'according to' (02 'according to the federal police' (lower case: null or the Federal Police), 03 "
             "'According to the last balance of the secretariat of penitentiary administration' (null), 03 'According "
             "to her' (Albuquerque), 04 'According to the Brazilian press' (null)); a speaker given only by a role, "
             "description or pronoun: 04 'the mandatary assured that' and 'The leader of the Partido de los "
             "Trabajadores (PT) added that' (Lula), 05 'the 77-year-old told journalists' (Lula), 05 'He added that' "
             "(Milsom), 02 'She said' (Okafor), 03 'has declared his defence' and 05 'His lawyers say' (Torres's "
             "lawyers: null or Torres), 02 'the justice ministry said' (null or Dino); 04 'The Argentine chancellery "
             "confirmed that' (null: the body is not a keyed entity). The presidency as speaker: 05 'The Planalto said "
             "on Monday that the changes would continue' (the Planalto or Lula). A party as channel: 05 'Mr Bolsonaro "
             "says, through his party, the PL, that' (Bolsonaro or the PL). Guillemets (03, 04), curly quotes (02), "
             "straight quotes (01, 05). Not keyed: 01 'US President Joe Biden called the attack \"outrageous\"' and 04 "
             "Eduardo Bolsonaro's 'what he called «the double standard»' (characterisations), 01 'condemned the "
             "violence on social media' and 05 'condemned the violence' (acts), 04 'Bolsonaro ... condemned the "
             "«invasions»' (a characterisation in guillemets), 02 'has accused the security forces of letting the crowd "
             "through', 03 'For the political scientist Renata Albuquerque, ..., the draft ... changes the level of the "
             "investigation' and 04 'For the political scientist Martín Echeverría Luna, ..., the reaction of the "
             "region was rapid' (views without quotation marks or verbs of speech), 03's «state of defence» and «minute "
             "of the coup» (names in guillemets), 04 'The Organisation of American States (OEA) condemned the attack' "
             "and 'Washington also expressed its solidarity' (acts of condemnation and support), 02 'Several "
             "Democratic members of Congress urged', 05 'Brasília has also asked Washington ... what it intends to "
             "do' (requests), 06 'Bolsonaro's allies in Washington point out that he has a visa' (a fact presented as "
             "background), 06 'struck a more cautious note' (a characterisation; the partial 'within the law' after "
             "'saying the rioters should be punished' is keyed), headlines, captions, standfirsts and 04's duplicated "
             "lead. 06: 'He told a Brazilian broadcaster that' (Bolsonaro, reported, followed by a direct quotation "
             "with 'he said'), '..., federal police said' after reported speech (null or the Federal Police), 'said "
             "Helena Prates Vilar' inverted with a continuation, 'the Association of Defenders of Liberty (ADL), which "
             "says it represents' (an organisation as speaker), 'She said that', Eduardo Bolsonaro's 'wrote ... that "
             "the detentions were \"a humiliation\" and that his father had \"nothing to do\" with the vandalism' "
             "(keyed once, partial), Dino's reported speech interrupted by its attribution and continued by a direct "
             "quotation ('The detainees were being fed and seen by doctors, he said, and \"no one is being punished "
             "for their opinions.\"', two pieces), 'one adviser said' (null).",
    "quotes": quotes,
})

# ---------------------------------------------------------------------------------------------- claims
claims = [
    {"id": "storming",
     "text": "On Sunday 8 January Bolsonaro's supporters stormed and wrecked Congress, the Planalto palace and the Supreme "
             "Court",
     "docs": ["01", "04", "05"],
     "anchors": {
         "01": "stormed Brazil's Congress, the presidential palace and the Supreme Court",
         "04": "destroyed furniture, windows and works of art",
         "05": "Within an hour they were inside the Congress"},
     "contradiction": None},
    {"id": "intervention",
     "text": "Lula decreed a federal intervention in the Federal District's security, run by the interventor Ricardo "
             "Cappelli until the end of January",
     "docs": ["01", "03", "05"],
     "anchors": {
         "01": "decreed a federal intervention in the Federal District's security",
         "03": "that goes until the 31 of January",
         "05": "the interventor appointed by Mr da Silva"},
     "contradiction": None},
    {"id": "ibaneis-suspended",
     "text": "Justice Alexandre de Moraes suspended the Federal District's governor Ibaneis Rocha for 90 days on the "
             "night of 8-9 January",
     "docs": ["01", "03"],
     "anchors": {
         "01": "suspended the Federal District's governor, Ibaneis Rocha, from office for 90 days",
         "03": "suspended him for 90 days"},
     "contradiction": {
         "docs": ["05"],
         "anchors": {"05": "for 60 days that same night"},
         "aspect": "number",
         "detail": "05 puts the length of Ibaneis Rocha's suspension at 60 days against 90 days in 01 and 03"}},
    {"id": "torres-warrant",
     "text": "On Tuesday 10 January Moraes ordered the arrest of Anderson Torres, Bolsonaro's former justice minister",
     "docs": ["02", "05", "06"],
     "anchors": {
         "02": "on Tuesday ordered the arrest of Anderson Torres",
         "05": "Two days later Mr de Moares ordered the arrest of Anderson Torres",
         "06": "The Supreme Court ordered today the arrest of Anderson Torres"},
     "contradiction": None,
     "note": "03's 'the order of preventive prison decreed on Tuesday (10)' agrees but sits in the sentence anchored for "
             "the arrest"},
    {"id": "torres-arrested",
     "text": "Torres was arrested on Saturday 14 January on his return to Brasília from the United States",
     "docs": ["03", "05"],
     "anchors": {
         "03": "was imprisoned this Saturday (14)",
         "05": "Mr Torres flew home and was arrested on Saturday"},
     "contradiction": None,
     "note": "02's 'Torres said he would interrupt his vacation and return' (11 January) is an announcement borne out"},
    {"id": "torres-abroad",
     "text": "Torres was in the United States on holiday at the time of the riot",
     "docs": ["01", "02"],
     "anchors": {
         "01": "was on holiday in the United States",
         "02": "where he had flown on vacation days before the riot"},
     "contradiction": None},
    {"id": "released-600",
     "text": "Nearly 600 detainees, mostly elderly people and mothers of young children, were released on Tuesday 10 "
             "January",
     "docs": ["02", "06"],
     "anchors": {
         "02": "were released on Tuesday on humanitarian grounds",
         "06": "599 were released today"},
     "contradiction": None,
     "note": "'Nearly 600' (02, approximate) against 599 (06, exact); 06's 'over 60' is an age"},
    {"id": "camp-1200",
     "text": "Some 1,200 people were taken from the camp outside the army's headquarters on Monday 9 January",
     "docs": ["01", "06"],
     "anchors": {
         "01": "Some 1,200 people were put on buses",
         "06": "Roughly 1,200 people were taken from the protest camp"},
     "contradiction": None,
     "note": "'Some 1,200' (01) and 'Roughly 1,200' (06) agree; neither is the total of more than 1,500"},
    {"id": "detained-1500",
     "text": "More than 1,500 people were detained, most of them at the camp outside the army's headquarters",
     "docs": ["02", "04", "05"],
     "anchors": {
         "02": "More than 1,500 people have been detained since Sunday",
         "04": "Some 1,500 persons were arrested",
         "05": "More than 1,500 people were detained"},
     "contradiction": None,
     "note": "04's 'Some 1,500' is approximate; 01's 'Some 1,200' (the camp, Monday morning) and 'about 300' (Sunday) "
             "are parts of the total"},
    {"id": "still-imprisoned",
     "text": "About 940 people remain in prison",
     "docs": ["03", "05"],
     "anchors": {
         "03": "942 persons continue imprisoned",
         "05": "Some 940 remain in prison"},
     "contradiction": None,
     "note": "exact (942) against approximate (some 940)"},
    {"id": "bolsonaro-florida",
     "text": "Bolsonaro flew to Florida two days before Lula's inauguration (30 December)",
     "docs": ["01", "03", "06"],
     "anchors": {
         "01": "who flew to Florida two days before the inauguration",
         "03": "who is in Florida since the 30 of December",
         "06": "who has been living in Kissimmee since late December"},
     "contradiction": None,
     "note": "06's 'since late December' is approximate"},
    {"id": "bolsonaro-inquiry",
     "text": "On Friday 13 January Moraes granted the PGR's request to include Bolsonaro in the investigation into the "
             "instigators of the riot",
     "docs": ["03", "05"],
     "anchors": {
         "03": "to include the ex-president Jair Bolsonaro in the inquiry",
         "05": "agreed to a request from the PGR to include Mr Bolsonaro"},
     "contradiction": None},
    {"id": "draft-decree",
     "text": "Police found at Torres's house a draft decree to overturn the election result through the electoral court",
     "docs": ["03", "05"],
     "anchors": {
         "03": "the PF found this week a draft of decree",
         "05": "the draft decree found in Mr Torres's house"},
     "contradiction": None},
    {"id": "draft-discarded",
     "text": "Torres says the draft was meant to be thrown away",
     "docs": ["03", "05"],
     "anchors": {
         "03": "destined to be shredded",
         "05": "the draft was something he meant to throw away"},
     "contradiction": None},
    {"id": "no-amnesty",
     "text": "Flávio Dino says there will be no amnesty for the rioters",
     "docs": ["03", "05"],
     "anchors": {
         "03": "will not accept «any type of amnesty»",
         "05": "There will be no amnesty for those who attacked democracy"},
     "contradiction": None},
    {"id": "bus-financiers",
     "text": "Dino says those who paid for the buses will be held responsible",
     "docs": ["02", "05"],
     "anchors": {
         "02": "Whoever paid for the buses, paid for the crime",
         "05": "Whoever paid for the buses will pay for the damage"},
     "contradiction": None},
    {"id": "asset-freeze",
     "text": "The attorney-general's office wants 6.5 million reais of assets frozen from 52 people and seven companies",
     "docs": ["02", "05"],
     "anchors": {
         "02": "asked a court to freeze 6.5 million reais",
         "05": "wants 6.5m reais of assets frozen"},
     "contradiction": None,
     "note": "05's 'about 125,000 reais for each of the 52 people' is a per-person share of the same total"},
    {"id": "flavio-condemned",
     "text": "Senator Flávio Bolsonaro condemned the violence",
     "docs": ["01", "05"],
     "anchors": {
         "01": "His eldest son, Senator Flávio Bolsonaro, condemned the violence",
         "05": "Flávio Bolsonaro, a senator, condemned the violence"},
     "contradiction": None},
    {"id": "eduardo-deputy",
     "text": "Eduardo Bolsonaro, another son, is a federal deputy",
     "docs": ["01", "04", "05", "06"],
     "anchors": {
         "01": "Another son, the federal deputy Eduardo Bolsonaro",
         "04": "His son Eduardo Bolsonaro, deputy for the Partido Liberal",
         "05": "Eduardo Bolsonaro, a congressman who",
         "06": "a congressman and the former president's third son"},
     "contradiction": None,
     "note": "01's 'did not respond to requests for comment' (by Monday morning) against 04's and 05's later criticism "
             "of the press and the arrests: different moments, not a contradiction"},
    {"id": "bolsonaro-hospital",
     "text": "Bolsonaro spent time in hospital near Orlando with abdominal pain",
     "docs": ["02", "05", "06"],
     "anchors": {
         "02": "Bolsonaro himself spent Monday night in a hospital",
         "05": "since posting about her husband's stay in hospital",
         "06": "left a hospital near Orlando today"},
     "contradiction": None},
    {"id": "complicity",
     "text": "Lula says members of the police and the armed forces were complicit with the rioters",
     "docs": ["04", "05"],
     "anchors": {
         "04": "there was «connivance» of members of the police and of the Armed Forces",
         "05": "There were many people, in the police and in the armed forces, who were complicit"},
     "contradiction": None,
     "note": "01's 'incompetence, bad faith or malice' (8 January, about the District's police) is an earlier, milder "
             "charge, not a contradiction"},
    {"id": "capitol-comparison",
     "text": "The attack was compared with the storming of the US Capitol by Trump supporters on 6 January 2021",
     "docs": ["01", "02", "04"],
     "anchors": {
         "01": "The scenes were widely compared to the storming of the US Capitol",
         "02": "The attack came two years and two days after a mob loyal to Donald Trump",
         "04": "everybody remembers what happened in the Capitol"},
     "contradiction": None,
     "note": "05's 'January 8th is not Brazil's January 6th' (Milsom) and 02's 'the differences matter' (Okafor) "
             "qualify the comparison, they do not deny that it is made"},
]
dump('claims.json', {
    "about": "Checkable claims made by two or more sources on corpus-aa/articles: short text, the documents asserting it "
             "(with an anchor: words of the asserting sentence in each document's cleaned text), and any contradiction "
             "(documents that disagree, aspect, detail). Only one contradiction is intended (the length of Ibaneis "
             "Rocha's suspension: 'for 60 days that same night' in 05 against 'for 90 days' in 01 and 03); every other "
             "contradiction is a false alarm, in particular the counts that look alike: 'Some 1,200 people' taken from "
             "the camp on Monday and 'about 300' arrested on Sunday at the buildings (01) against 'More than 1,500' "
             "detained in all (02, 05) and 'Some 1,500' (04, approximate); 'Nearly 600' released on 10 January (02); "
             "'942 persons' (03, exact: 658 men and 284 women) and 'some 940' (05, approximate) still in prison; 'more "
             "than a thousand people were in custody' within a day (02, Okafor); 06's 'Roughly 1,200' taken from the camp "
             "and '599' released (exact) against 02's 'Nearly 600' (approximate); 06's 'more than 80' detainees "
             "represented by the ADL, 'over 60' (an age) and '36 hours' without a lawyer; the 39 people charged by the PGR on 16 "
             "January (05) against the 1,500 detained (detained is not charged); 6.5 million reais in total (02, 05) "
             "against 'about 125,000 reais for each of the 52 people' (05, a per-person share) and '$1.2 million' (02, "
             "the same sum in dollars); 52 people and seven companies; the 27 governors (02); the 90-day suspension "
             "(01, 03) against the intervention to 31 January (01, 03, 05 'until the end of the month'); ages 67 "
             "(Bolsonaro) and 77 (Lula); 'two years earlier almost to the day' (01), 'two years and two days' (02) and "
             "'two years' (04, the time the United States took to judge the rioters, in Echeverría's quotation); '24 "
             "hours' (04) against 'within a day' (02). Dates that are not contradictions: the suspension ruled 'in the "
             "early hours of Monday' (01), 'in the dawn of the 9 of January' (03) and 'that same night' (05): one "
             "ruling on the night of 8-9 January; the camp 'since the October election' (01), 'from November' (04) and "
             "'from October 31st' (05): approximate starts of one camp; Bolsonaro in Florida 'two days before the "
             "inauguration' (01) and 'since the 30 of December' (03): the same day; the arrest order of Tuesday 10 "
             "January (02, 03, 05 'Two days later') and the arrest of Saturday 14 January (03, 05): two events; the "
             "riot of 8 January 2023 and the storming of the US Capitol on 6 January 2021: two events, two years apart; "
             "the inauguration on 1 January and the riot a week later. Positions that are not contradictions: Flávio "
             "Bolsonaro condemned the violence (01, 05) and says his father 'was not even in Brazil' (03) or 'had "
             "nothing to do with it' (05); Bolsonaro condemned the 'invasions' (04) and wrote that they 'escaped the "
             "rule' (01) while rejecting Lula's accusations (01); Eduardo Bolsonaro silent on Monday morning (01), "
             "critical later (04, 05); Lula's 'incompetence, bad faith or malice' of the District's police (01, 8 "
             "January) and his charge of connivance within the police and the armed forces (04, 05, 12 January); "
             "Torres's promise to return (02) and his arrest on arrival (03, 05); Bolsonaro's wish to go back 'earlier "
             "than planned' (06) and his visa 'until the end of January' (06) against his stay in Florida (05): an "
             "intention, not a fact; Flavio Bolsonaro's 'within the law' (06) and his condemnation of the violence (01, "
             "05); Eduardo Bolsonaro's 'nothing to do' (06) and Flávio's 'had nothing to do with it' (05): two sons "
             "saying the same; 03's defence 'He returned to Brazil "
             "of his own will' and 05's 'flew home'; Okafor's and Milsom's reservations about the Capitol comparison. "
             "Framing differs on purpose (01 neutral wire; 02 Washington-based outlet drawing the January 6 parallel; "
             "06 US conservative site sympathetic to the detainees, 'grandmothers with Brazilian flags'; 03 Brasília "
             "daily, machine-translated from Portuguese, close to the justice ministry's line, 'the coup "
             "attempt of the 8 of January'; 04 Buenos Aires daily, machine-translated from Spanish, on the regional "
             "reaction and Lula's suspicions of the armed forces; 05 British analysis, sceptical of both sides, 'It "
             "also exposed how little it controls') without contradicting. One sentence anchors one claim: facts "
             "that several sources state only inside a sentence anchored for another claim are not keyed as claims "
             "(Torres as Bolsonaro's former justice minister, 01/02/03/05; the inauguration a week before, 01/05; the "
             "clearing of the camp on Monday, 01/02/04; Torres as the District's security secretary, 01/02/03/05; "
             "Bolsonaro's video of 10 January, 03/05), and a sentence joining several keyed facts (01's lead, 02's "
             "lead, 03's lead 'imprisoned this Saturday (14) ... decreed on Tuesday (10)', 05's 'More than 1,500 people "
             "were detained, most of them at the camp ... from October 31st to January 9th') is anchored for one of "
             "them only. single_source lists claims only one document makes, for reference.",
    "claims": claims,
    "single_source": [
        {"doc": "01", "text": "Lula was in Araraquara, São Paulo state, visiting flood damage, when he decreed the intervention"},
        {"doc": "01", "text": "Ibaneis dismissed Torres on Sunday afternoon and apologised to Lula in a video"},
        {"doc": "01", "text": "About 300 people were arrested at the buildings on Sunday and some 1,200 taken from the camp on Monday"},
        {"doc": "01", "text": "Rosa Weber said the Supreme Court would be rebuilt"},
        {"doc": "01", "text": "Joe Biden called the attack outrageous"},
        {"doc": "02", "text": "Moraes also ordered the arrest of Colonel Fábio Augusto Vieira, detained on Tuesday 10 January"},
        {"doc": "02", "text": "Nearly 600 detainees, mostly elderly people and mothers, were released on 10 January"},
        {"doc": "02", "text": "The lower house approved the intervention on Monday night and the Senate on Tuesday"},
        {"doc": "02", "text": "Democratic members of the US Congress urged the revocation of Bolsonaro's visa"},
        {"doc": "02", "text": "Dino said the government would seek Torres's extradition if he did not return by 16 January"},
        {"doc": "03", "text": "Torres was taken to a Military Police battalion in Guara"},
        {"doc": "03", "text": "The PGR cited a video Bolsonaro posted and deleted on 10 January questioning the election"},
        {"doc": "03", "text": "Valdemar Costa Neto said the PL repudiates violence and Bolsonaro has nothing to do with it"},
        {"doc": "04", "text": "Lula said the doors of the Planalto were opened from inside and will revise the palace's staff"},
        {"doc": "04", "text": "Alberto Fernández called Lula on 8 January; the OEA condemned the attack"},
        {"doc": "04", "text": "Lula will attend the CELAC summit in Buenos Aires on 24 January, his first trip abroad of the term"},
        {"doc": "05", "text": "The PGR filed the first charges, against 39 people accused of breaking into the Senate, on 16 January"},
        {"doc": "05", "text": "Lula has sacked dozens of soldiers assigned to the Planalto"},
        {"doc": "06", "text": "Bolsonaro told a Brazilian broadcaster he intends to return earlier than planned"},
        {"doc": "06", "text": "A lawyer for the ADL says some detainees were held 36 hours without seeing a lawyer"},
        {"doc": "06", "text": "Bolsonaro's visa lets him stay in the United States until the end of January"},
        {"doc": "06", "text": "Bolsonaro was stabbed at a campaign rally on 6 September 2018"},
    ],
})
print('keys written')
