"""Writes the answer keys of corpus-q (Peru's political crisis of December 2022: Pedro Castillo's attempt to dissolve
Congress, his removal and arrest, Dina Boluarte's accession, the two court hearings, the protests in the south, the
state of emergency, Congress's first vote on early elections and Mexico's asylum for Castillo's family) into keys/.

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
CAS, BOL, WIL, TOR, ANG = "Pedro Castillo", "Dina Boluarte", "José Williams", "Aníbal Torres", "Pedro Angulo"
AMLO, LIL, YEN, KEI, ALB = "Andrés Manuel López Obrador", "Lilia Paredes", "Yenifer Paredes", "Keiko Fujimori", \
    "Alberto Fujimori"
CHE, OTA, GER, MON = "Juan Carlos Checkley", "Alberto Otárola", "Ana Cecilia Gervasi", "Pablo Monroy"
QUI, UGA, DEL, FQM, CCA, WHI = "Rosa Quintanilla", "Martín Ugarte", "Mathieu Delorme", "Feliciano Quispe Mamani", \
    "Teodoro Ccahuana", "Tomás Whitcombe"
CON, OAS, IACHR, OMB, PNP, JNJ = "Congress", "Organization of American States", "Inter-American Commission on Human " \
    "Rights", "Ombudsman's Office", "PNP", "National Board of Justice"

# ---------------------------------------------------------------------------------------------- entities
ents = [
    (CAS, P, ["Pedro Castillo", "Castillo", "Pedro Castillo Terrones", "Castillo Terrones", "Mr Castillo"]),
    (BOL, P, ["Dina Boluarte", "Boluarte", "Mrs. Boluarte", "Ms Bolaurte", "Ms Boularte", "Dina Boluarte Zegarra"]),
    (WIL, P, ["José Williams", "Jose Williams"]),
    (TOR, P, ["Aníbal Torres", "Anibal Torres"]),
    (ANG, P, ["Pedro Angulo"]),
    (AMLO, P, ["Andrés Manuel López Obrador", "López Obrador", "AMLO", "Andres Manuel Lopez Obrador",
               "Mr Lopez Obrador"]),
    (LIL, P, ["Lilia Paredes", "Ms Paredes"]),
    (YEN, P, ["Yenifer Paredes"]),
    (KEI, P, ["Keiko Fujimori", "Ms Fujimori"]),
    (ALB, P, ["Alberto Fujimori", "Fujimori", "Mr Fujimori"]),
    (CHE, P, ["Juan Carlos Checkley", "Checkley"]),
    (OTA, P, ["Alberto Otárola"]),
    (GER, P, ["Ana Cecilia Gervasi"]),
    (MON, P, ["Pablo Monroy"]),
    (QUI, P, ["Rosa Quintanilla"]),
    (UGA, P, ["Martín Ugarte"]),
    (DEL, P, ["Mathieu Delorme"]),
    (FQM, P, ["Feliciano Quispe Mamani"]),
    (CCA, P, ["Teodoro Ccahuana"]),
    (WHI, P, ["Tomás Whitcombe"]),
    ("Marcelo Ebrard", P, ["Marcelo Ebrard", "Ebrard"]),
    ("Gabriela Montaño Ruiz", P, ["Gabriela Montaño Ruiz"]),

    (CON, O, ["Congress", "Congreso"]),
    ("Constitutional Court", O, ["Constitutional Court"]),
    ("Supreme Court", O, ["Supreme Court"]),
    (JNJ, O, ["National Board of Justice", "JNJ"]),
    (PNP, O, ["PNP"]),
    ("Public Ministry", O, ["Public Ministry"]),
    (OMB, O, ["Ombudsman's Office", "Ombudsman", "Defender of the People", "Defensoria del Pueblo"]),
    (OAS, O, ["Organization of American States", "OAS", "Organisation of the American States", "OEA"]),
    (IACHR, O, ["Inter-American Commission on Human Rights", "IACHR", "Interamerican Commission of the Rights of the Man",
                "CIDH"]),
    ("Peru Libre", O, ["Peru Libre"]),
    ("Popular Force", O, ["Popular Force"]),
    ("Andean Institute for Democratic Studies", O, ["Andean Institute for Democratic Studies"]),
    ("Pacific Business School", O, ["Pacific Business School"]),
    ("Institute of the Andean Studies", O, ["Institute of the Andean Studies", "IEA"]),
    ("Unified Front of Struggle of the South", O, ["Unified Front of Struggle of the South", "FULS"]),
    ("National University of San Antonio Abad of Cusco", O, ["National University of San Antonio Abad of Cusco"]),
    ("Hollis Centre for Latin American Affairs", O, ["Hollis Centre for Latin American Affairs"]),
    ("Centre for North-South Studies", O, ["Centre for North-South Studies"]),
    ("Pacific Alliance", O, ["Pacific Alliance"]),

    ("Observer", MD, ["Observer"]),
    ("Crossbench", MD, ["Crossbench"]),

    ("Peru", G, ["Peru"]),
    ("Lima", G, ["Lima"]),
    ("Mexico", G, ["Mexico"]),
    ("Mexico City", G, ["Mexico City"]),
    ("Ate", G, ["Ate"]),
    ("Andahuaylas", G, ["Andahuaylas"]),
    ("Ayacucho", G, ["Ayacucho"]),
    ("Juliaca", G, ["Juliaca"]),
    ("Apurímac", G, ["Apurímac", "Apurimac"]),
    ("Cusco", G, ["Cusco"]),
    ("Puno", G, ["Puno"]),
    ("Cajamarca", G, ["Cajamarca"]),
    ("Chota", G, ["Chota"]),
    ("Bordeaux", G, ["Bordeaux"]),
    ("London", G, ["London"]),
    ("Puebla", G, ["Puebla"]),

    ("Alfredo Mendivil", L, ["Alfredo Mendivil"]),
    ("Inca Manco Capac", L, ["Inca Manco Capac"]),
    ("Palace of Government", L, ["Palace of Government"]),
    ("National Palace", L, ["National Palace"]),
]

descriptions = [
    (CAS, ["the former teacher", "the ex-teacher", "the professor from Chota", "the 53-year-old", "the ex-president",
           "the fallen president", "the deposed leader"]),
    (BOL, ["the new president", "the mandatary", "the 60-year-old lawyer"]),
    (WIL, ["the retired general"]),
    (AMLO, ["the Mexican president"]),
    (CON, ["the legislature", "the 130-seat chamber"]),
    (PNP, ["the national police"]),
    ("Peru", ["Lima"]),
    ("Mexico", ["Mexico City"]),
]

roles = [
    (CAS, ["President", "former president"]),
    (BOL, ["Vice-President", "President Dina Boluarte", "the president Dina Boluarte"]),
    (WIL, ["the president of Congress", "its president", "presided by"]),
    (TOR, ["his prime minister until November", "prime minister of Castillo"]),
    (ANG, ["Prime Minister", "The premier", "her prime minister"]),
    (AMLO, ["President", "the president Andres Manuel Lopez Obrador"]),
    (CHE, ["Judge", "the judge of the Supreme Court"]),
    (OTA, ["Defence Minister"]),
    ("Marcelo Ebrard", ["Foreign Minister"]),
    ("Gabriela Montaño Ruiz", ["who teaches international relations at the Centre for North-South Studies"]),
    (GER, ["the chancellor"]),
    (MON, ["the ambassador of Mexico"]),
    (KEI, ["the right-wing leader"]),
    (ALB, ["former president"]),
    (QUI, ["a political scientist at the Andean Institute for Democratic Studies"]),
    (UGA, ["who teaches criminal law at the Pacific Business School"]),
    (DEL, ["researcher at the Institute of the Andean Studies"]),
    (FQM, ["leader of the Unified Front of Struggle of the South"]),
    (CCA, ["the sociologist"]),
]

must_not_merge = [
    [LIL, YEN],
    [KEI, ALB],
    [CAS, ANG],
    [ALB, OTA],
    [CAS, LIL],
]

dump('entities.json', {
    "about": "Answer key for entity resolution on corpus-q/articles (Peru's political crisis of December 2022: Pedro "
             "Castillo's televised attempt to dissolve Congress and his removal, arrest and replacement by Dina Boluarte "
             "on Wednesday 7 December, the hearings of 8 and 15 December, the protests in the south and the state of "
             "emergency of 14 December, Congress's first vote on early elections and the expulsion of Mexico's "
             "ambassador on 20 December, the arrival of Castillo's wife and children in Mexico on 21 December), written "
             "from reading the articles. Same conventions as corpus-c..p: canonical name (a form that occurs in the "
             "texts), type, and every surface form that names the entity in the cleaned texts (headlines, standfirsts, "
             "captions, bylines, the dateline 'LIMA (Continental Press) -', related links, share bars and other "
             "boilerplate excluded). Title+surname forms ('Mr Castillo', 'Mrs. Boluarte', 'Ms Paredes', 'Ms Fujimori', "
             "'Mr Fujimori', 'Mr Lopez Obrador') are keyed as aliases; title+full-name forms are not listed separately. "
             "Defects on purpose: the ousted president is 'Pedro Castillo' / 'Castillo' / 'Mr Castillo' and, with his "
             "second surname in the Spanish manner, 'Pedro Castillo Terrones' / 'Castillo Terrones' (03, 04); the new "
             "president is 'Dina Boluarte' / 'Boluarte', the French-style 'Mrs. Boluarte' (03) and two misspellings of "
             "her surname in one article, 'Ms Bolaurte' and 'Ms Boularte' (05); Mexico's president is 'Andrés Manuel "
             "López Obrador' / 'López Obrador' / 'AMLO' (01, 03, 05) and, with the accents dropped, 'Andres Manuel Lopez "
             "Obrador' (04) and 'Mr Lopez Obrador' (05); 'José Williams' / 'Jose Williams' (04), 'Aníbal Torres' / "
             "'Anibal Torres' (04), 'Dina Boluarte Zegarra' (06, with her second surname); 'Apurímac' (02) / 'Apurimac' (04); 04's translator left one Spanish word, 'the Congreso' (Congress). Two Paredes sisters who must not merge: "
             "Castillo's wife Lilia (02, 03, 05; 'Ms Paredes' in 05 is Lilia) and her younger sister Yenifer "
             "(02, 05). Two Fujimoris who must not merge: Keiko (01, 05 'Ms Fujimori') and her father Alberto (01, 02, "
             "05 'Mr Fujimori'); the bare 'Fujimori' of 01 (twice, in Quintanilla's quotation about 1992) is Alberto. "
             "Two Pedros (Castillo and his successor's prime minister Pedro Angulo) and two Albertos (Fujimori and the "
             "defence minister Alberto Otárola) stay apart. Acronyms and foreign forms: 'the National Board of Justice "
             "(JNJ)' (01, the Spanish acronym of the Junta Nacional de Justicia); 'the national police (PNP)' (01, 02) "
             "and 'the PNP' (04); 'the Organization of American States (OAS)' (01) and the French 'Organisation of the "
             "American States (OEA)' (03); 'the Inter-American Commission on Human Rights (IACHR)' (02), the French "
             "calque 'the Interamerican Commission of the Rights of the Man (CIDH)' (03) and 'The CIDH' (04); the "
             "Ombudsman's Office is 'the Ombudsman's Office' (02), 'the Ombudsman' (05), the French calque 'the Defender "
             "of the People' (03) and the Spanish 'Defensoria del Pueblo' (04, accents dropped); 'the Public Ministry' "
             "(03, the prosecution service); 'the Institute of the Andean Studies (IEA)' (03) and 'the Unified Front of "
             "Struggle of the South (FULS)' (04) keep their French and Spanish acronyms. Capitals for governments: "
             "'Lima' stands for the Peruvian government in 03 ('Lima reproaches to Mexico'), 04 ('a position that Lima "
             "has qualified as interference') and 05 ('on Tuesday Lima expelled his ambassador'), and is keyed as a "
             "description of Peru as well as the city's alias (the city elsewhere: 01, 02, 05 'the outskirts of Lima', "
             "04 'in Lima the authorities', 'Whoever governs from Lima'); 'Mexico City called the expulsion unjustified' "
             "(05) and 'Mexico City has so far avoided recognising the new government' (06) stand for the Mexican government and are keyed likewise as a description of Mexico (the city in 01 "
             "'In Mexico City, President ...', 05 'landed in Mexico City', 06 'told reporters in Mexico City', 'officials in Mexico City', 'moved from Mexico City to Lima'); 'Mexico' is the country or its "
             "government (01 'Mexico would have granted it', 03 'Lima reproaches to Mexico'). 'Observer' (02 'told the "
             "Observer') and 'Crossbench' (05 'told The Crossbench') are outlets. 'Alfredo Mendivil' and 'Inca Manco "
             "Capac' are the airports of Ayacucho and Juliaca (04 'the airport Alfredo Mendivil', 'the airport Inca "
             "Manco Capac'), not people; 'Palace of Government' (04) is the presidential palace. Descriptions: 'the "
             "former teacher' (05), 'the ex-teacher' (03), 'the professor from Chota' (04, a calque of the Spanish "
             "'profesor'), 'the 53-year-old' (05), 'the ex-president' (03) and 'the fallen president' (05) and 'the deposed leader' (06) for "
             "Castillo; 'the former president' is used of Castillo (02, 04, 05) and before Alberto Fujimori's name "
             "(01) and is not keyed; 'The new president' (01), 'The mandatary' (04) and 'The 60-year-old lawyer' (05) "
             "for Boluarte; 'The retired general' (05) for Williams; 'the Mexican president' (03, 06) for López Obrador; "
             "'the legislature' (01) and 'the 130-seat chamber' (05) for Congress; 'the national police' (01, 02) for "
             "the PNP; 'Lima' for Peru and 'Mexico City' for Mexico (above). Not keyed: adjectives and demonyms "
             "(Peruvian, Peruvians, Mexican, Marxist, Japanese), 'the Constitution' (03) and 'the constitution', 'the "
             "State' (04), 'Christmas', the Andes, 'altiplano', 'Two weeks', the unnamed prosecutors, lawyers, health "
             "authorities and 'the authorities', 'the armed forces', 'the army', the Mexican embassy (lower-case), the "
             "prefecture and the police base. roles: roles stated in an apposition or title, for information.",
    "entities": [{"name": n, "type": t, "aliases": a} for n, t, a in ents],
    "must_not_merge": must_not_merge,
    "descriptions": [{"entity": e, "descriptions": d} for e, d in descriptions],
    "roles": [{"entity": e, "roles": r} for e, r in roles],
})

# ---------------------------------------------------------------------------------------------- dates
dates = [
    # 01: published Thursday 2022-12-08 (JSON field 2022-12-08T17:00:00Z, noon in Lima)
    ["01", "Wednesday", "2022-12-07"],
    ["01", "the same afternoon", "2022-12-07"],
    ["01", "July 2026", "2026-07"],
    ["01", "December 2021", "2021-12"],
    ["01", "March 2022", "2022-03"],
    ["01", "nine months", "P9M"],
    ["01", "January", "2022-01"],
    ["01", "today", "2022-12-07"],
    ["01", "Wednesday", "2022-12-07"],
    ["01", "Thursday", "2022-12-08"],
    ["01", "Thursday", "2022-12-08"],
    ["01", "Wednesday", "2022-12-07"],
    ["01", "2021", "2021"],
    ["01", "April 1992", "1992-04"],
    ["01", "1992", "1992"],
    ["01", "16 months", "P16M"],
    ["01", "last month", "2022-11"],
    # 02: published Friday 2022-12-16 (meta and JSON-LD only)
    ["02", "Thursday", "2022-12-15"],
    ["02", "18 months", "P18M"],
    ["02", "December 7", "2022-12-07"],
    ["02", "December 8", "2022-12-08"],
    ["02", "seven days", "P7D"],
    ["02", "Thursday", "2022-12-15"],
    ["02", "a day", "P1D"],
    ["02", "Wednesday", "2022-12-14"],
    ["02", "Sunday", "2022-12-11"],
    ["02", "Thursday", "2022-12-15"],
    ["02", "Saturday", "2022-12-10"],
    ["02", "April 2024", "2024-04"],
    ["02", "December 7", "2022-12-07"],
    ["02", "this year", "2022"],
    # 03: published Wednesday 2022-12-21 (visible date line 21/12/2022, day before month)
    ["03", "Two weeks", "P2W"],
    ["03", "Tuesday 20 December", "2022-12-20"],
    ["03", "April 2024", "2024-04"],
    ["03", "2026", "2026"],
    ["03", "The same day", "2022-12-20"],
    ["03", "72 hours", "PT72H"],
    ["03", "7 December", "2022-12-07"],
    ["03", "this Wednesday", "2022-12-21"],
    ["03", "this Tuesday", "2022-12-20"],
    ["03", "7 December", "2022-12-07"],
    ["03", "15 December", "2022-12-15"],
    ["03", "18 months", "P18M"],
    ["03", "the same day", "2022-12-07"],
    ["03", "Tuesday", "2022-12-20"],
    ["03", "2016", "2016"],
    # 04: published Monday 2022-12-19, no date line
    ["04", "twelve days", "P12D"],
    ["04", "yesterday", "2022-12-18"],
    ["04", "Sunday", "2022-12-18"],
    ["04", "Sunday 11 of December", "2022-12-11"],
    ["04", "Last Thursday", "2022-12-15"],
    ["04", "last week", "2022-12-12/2022-12-18"],
    ["04", "last Wednesday", "2022-12-14"],
    ["04", "30 days", "P30D"],
    ["04", "Saturday", "2022-12-17"],
    ["04", "this Tuesday", "2022-12-20"],
    ["04", "2024", "2024"],
    ["04", "7 of December", "2022-12-07"],
    ["04", "last Thursday", "2022-12-15"],
    ["04", "18 months", "P18M"],
    ["04", "November", "2022-11"],
    # 05: published Thursday 2022-12-22, no date line
    ["05", "three hours", "PT3H"],
    ["05", "December 7th", "2022-12-07"],
    ["05", "2021", "2021"],
    ["05", "December 2021", "2021-12"],
    ["05", "March 2022", "2022-03"],
    ["05", "November", "2022-11"],
    ["05", "18 months", "P18M"],
    ["05", "the same day", "2022-12-07"],
    ["05", "July 2026", "2026-07"],
    ["05", "Three days later", "2022-12-10"],
    ["05", "1997", "1997"],
    ["05", "earlier this month", "2022-12"],
    ["05", "last week", "2022-12-12/2022-12-18"],
    ["05", "December 8th", "2022-12-08"],
    ["05", "a week later", "2022-12-15"],
    ["05", "18 months", "P18M"],
    ["05", "1990 to 2000", "1990/2000"],
    ["05", "April 1992", "1992-04"],
    ["05", "2021", "2021"],
    ["05", "Tuesday", "2022-12-20"],
    ["05", "April 2024", "2024-04"],
    ["05", "two years", "P2Y"],
    ["05", "Tuesday", "2022-12-20"],
    ["05", "Yesterday", "2022-12-21"],
    ["05", "Christmas", "2022-12-25"],
    ["05", "next Sunday", "2022-12-25"],
    ["05", "2016", "2016"],
    # 06: published Friday 2022-12-09 (visible date line 'Friday 9 December 2022 — 07:10 (CST)')
    ["06", "Thursday", "2022-12-08"],
    ["06", "seven days", "P7D"],
    ["06", "2021", "2021"],
    ["06", "Wednesday", "2022-12-07"],
    ["06", "the same day", "2022-12-07"],
    ["06", "Thursday", "2022-12-08"],
    ["06", "next week", "2022-12-12/2022-12-18"],
    ["06", "18 months", "P18M"],
    ["06", "next Wednesday", "2022-12-14"],
    ["06", "November", "2022-11"],
]
dump('dates.json', {
    "about": "Answer key for date normalisation on corpus-q/articles, same conventions as corpus-c..p: document id prefix, "
             "the expression as written (the first occurrence not yet matched, in text order; a system expression that "
             "contains the key text matches, so 'Wednesday' in 01 also matches 'on Wednesday' and 'late on Wednesday', "
             "'Thursday' in 02 'On Thursday', 'nine months' 'within nine months', 'three hours' 'less than three hours', "
             "'Tuesday 20 December' 'this Tuesday 20 December', 'Two weeks' 'Two weeks after', 'a day' 'a day after', "
             "'Sunday 11 of December' 'the Sunday 11 of December', 'last Thursday' in 04 'last Thursday 18 months' only "
             "if the system joins them), its absolute value. Weeks run Monday to Sunday. Dates are Lima local dates "
             "(UTC-5). The date line 'Published the 21/12/2022 at 07h30 – Updated at 10h05' (03, day before month), the "
             "dateline of 01, captions ('Tuesday in the evening' in 03's, 'during the weekend' in 04's), headlines, "
             "standfirsts, related links (04's 'Read also') and 04's duplicated lead "
             "are not keyed. Clock times and parts of days ('shortly before noon', 'from 10 p.m. to 4 a.m.', 'shortly "
             "after 3 p.m.', 'the afternoon', 'By early afternoon', 'by nightfall', 'the night of his arrest', 'in his "
             "morning conference', 'Within minutes', 'several hours') are not keyed; 01's 'the same afternoon' is keyed "
             "as the day (7 December). Vague, recurring or anaphoric expressions ('in a week' in 02's 'the second "
             "hearing before the same judge in a week', 'several weeks', 'months' in Ugarte's 'that will take months', "
             "'within a week' in 05, 'spent weeks', 'since his election', 'since the beginning of the crisis', 'the "
             "next legislature', 'the next legislative session', 'immediate elections', 'each morning') are not keyed; "
             "nor are adjectival spans ('a 25-year sentence', 'a 30-day state of emergency', '130-member', '130-seat'), "
             "ages ('Castillo, 53', 'the 53-year-old', 'a 60-year-old lawyer', 'The 60-year-old lawyer'), counts and "
             "votes ('101 to 6', '10 abstentions', '87 votes', '55 votes', '93 voices against 30', '111 votes to six', "
             "'some 44,000 votes', 'At least 18 people', '20 persons', 'at least 22', 'seven people dead', 'six "
             "presidents', 'two of their children'), and 'Two weeks' is keyed as a span. Relative dates: 01 (written "
             "Thursday 8 December, noon in Lima) 'on Wednesday' (three times: the removal, 'late on Wednesday' the "
             "transfer to Ate, the telephone call) 7 December, 'the same afternoon' 7 December, 'in January' January "
             "2022 (Boluarte's expulsion from Peru Libre), 'today' inside Boluarte's quotation (spoken on 7 December) 7 "
             "December, 'on Thursday' twice 8 December (the coming hearing, López Obrador's news conference), 'the "
             "2021 run-off' 2021, 'in April 1992' and 'in 1992' (Quintanilla), 'for 16 months' a span, 'last month' "
             "November 2022 (the OAS mission). 02 (Friday 16 December): 'on Thursday' three times 15 December (the "
             "ruling; the preliminary detention 'due to run out on Thursday'; the Ayacucho clashes), 'on December 8', "
             "'seven days' a span, 'a day after' a span, 'on Wednesday' 14 December (the state of emergency), 'on "
             "Sunday' 11 December (Andahuaylas), 'on Saturday' 10 December (Angulo sworn in), 'April 2024', 'since "
             "December 7', 'this year' 2022. 03 (Wednesday 21 December): 'Two weeks after the fall' a span, 'this "
             "Tuesday 20 December', 'instead of 2026', 'The same day' 20 December (the expulsion, the same day as the "
             "vote) and, later, 'the same day' 7 December (the removal, the same day as the announcement): the two "
             "must not be confused; '72 hours' a span, 'since the 7 December' twice, 'this Wednesday' 21 December (the "
             "family's coming flight), 'this Tuesday' 20 December (López Obrador's conference), 'the 15 December', "
             "'« 18 months »' a span, 'the vote of Tuesday' (inside Delorme's quotation) 20 December, 'since 2016'. 04 "
             "(Monday 19 December, no date line): 'twelve days' a span, 'until yesterday, Sunday' keyed twice "
             "('yesterday' and 'Sunday', both 18 December), 'the Sunday 11 of December' (yearless), 'Last Thursday' and "
             "'last Thursday' 15 December, 'last week' 12-18 December, 'last Wednesday' 14 December, 'for 30 days' a "
             "span, 'on Saturday' 17 December, 'this Tuesday' 20 December (the coming vote), 'to 2024', 'since the 7 "
             "of December' (yearless), 'until November' November 2022. 05 (Thursday 22 December, no date line): 'less "
             "than three hours' a span, 'December 7th', 'before 2021', 'December 2021', 'March 2022', 'until November' "
             "November 2022, '18 months' (in Torres's quotation and later) spans, 'the same day' 7 December, 'July "
             "2026', 'Three days later' 10 December, 'the 1997 operation' 1997, 'The anger that erupted earlier this month' December 2022, 'last week' 12-18 December, 'December "
             "8th', 'a week later' 15 December (the second hearing), 'from 1990 to 2000' a range of years, 'April "
             "1992', 'the 2021 run-off', 'On Tuesday' and 'on Tuesday' 20 December, 'April 2024', 'two years' a span, "
             "'Yesterday' 21 December, 'Christmas, which falls next Sunday' keyed twice (both 25 December), 'since "
             "2016'. 06 (Friday 9 December, Mexico City morning): 'on Thursday' and 'late on Thursday' 8 December (the first hearing), 'for seven days' a span, 'in 2021', 'on Wednesday' and 'the same day' 7 December, 'next week' 12-18 December (the coming request), 'could run to 18 months' a span, 'next Wednesday' 14 December (the Pacific Alliance summit that did not take place, the day of the state of emergency), 'in November' November 2022; 'most of the afternoon' and 'for as long as Boluarte is in office' are not keyed. Publication dates used: 01 2022-12-08, 02 2022-12-16, 03 2022-12-21, 04 2022-12-19, 05 "
             "2022-12-22, 06 2022-12-09 (see publication.json).",
    "dates": dates,
})

# ---------------------------------------------------------------------------------------------- publication
dump('publication.json', {
    "about": "True publication date of each document (the one the author had in mind) and whether the input states it "
             "(metadata, JSON field or a visible date line). window: the span a careful reader can prove from the text alone "
             "(plus event dates the other articles give); the engine's published.earliest..latest should contain 'date'.",
    "published": [
        {"doc": "01", "date": "2022-12-08", "stated": True,
         "how": "JSONL published field 2022-12-08T17:00:00Z (noon in Lima the same day); the removal 'on Wednesday' is "
                "past and López Obrador spoke 'at his morning news conference on Thursday'",
         "window": ["2022-12-08", "2022-12-08"]},
        {"doc": "02", "date": "2022-12-16", "stated": True,
         "how": "meta article:published_time and JSON-LD datePublished 2022-12-16T07:45:00-05:00 (no visible date; the "
                "ruling 'on Thursday' is past and 'since December 7' agrees)",
         "window": ["2022-12-16", "2022-12-16"]},
        {"doc": "03", "date": "2022-12-21", "stated": True,
         "how": "visible date line 'Published the 21/12/2022 at 07h30 – Updated at 10h05' (day/month/year); the vote "
                "of 'this Tuesday 20 December' is past and the family's flight 'this Wednesday' is to come",
         "window": ["2022-12-21", "2022-12-21"]},
        {"doc": "04", "date": "2022-12-19", "stated": False,
         "how": "none: the Ombudsman's count runs 'until yesterday, Sunday', the 18 months were ordered 'last Thursday' "
                "(15 December per 02/03) and Congress 'will vote this Tuesday' (20 December per 03/05): Monday 19 "
                "December",
         "window": ["2022-12-19", "2022-12-19"]},
        {"doc": "05", "date": "2022-12-22", "stated": False,
         "how": "none: Congress voted 'On Tuesday' (20 December per 03), the state of emergency was 'declared last "
                "week' (14 December per 02), Castillo's family 'Yesterday' landed in Mexico City (03: the flight was "
                "due 'this Wednesday', 21 December) and Christmas 'falls next Sunday' (25 December): written between "
                "Thursday 22 and Saturday 24 December",
         "window": ["2022-12-22", "2022-12-24"]},
        {"doc": "06", "date": "2022-12-09", "stated": True,
         "how": "visible date line 'Friday 9 December 2022 — 07:10 (CST)' (Mexico City time; the same date in Lima); "
                "the hearing 'on Thursday' is past",
         "window": ["2022-12-09", "2022-12-09"]},
    ],
})

# ---------------------------------------------------------------------------------------------- timeline
ev = []
event = recorder(ev)

event("Castillo announces on television that he is dissolving Congress and will govern by decree", "2022-12-07",
      ["01", "02", "03", "05", "06"],
      ["dissol", "decree", "exception", "curfew", "televis", "address"],
      note="01 'on Wednesday'; 02 'his attempt to dissolve Congress on December 7'; 03 'Castillo Terrones had "
           "announced on the television ... before being destituted the same day' (the 7 December named earlier in "
           "the paragraph); 05 'Shortly before noon on December 7th'; 06 'a few hours after he ordered the legislature dissolved' in "
           "the sentence dated 'on Wednesday'")
event("Congress declares the presidency vacant and removes Castillo (101 votes to 6, 10 abstentions)", "2022-12-07",
      ["01", "03", "05", "06"],
      ["vacan", "remov", "destitut", "incapacity", "101", "111", "oust"],
      note="the first of the two votes of Congress (the early-election vote of 20 December is the second); 05 gives "
           "111 votes (the intended contradiction); the failed motions of December 2021 and March 2022 are dated "
           "only by month and not keyed")
event("Castillo is arrested on his way to the Mexican embassy and taken into police custody", "2022-12-07",
      ["01", "03", "04", "05"],
      ["arrest", "detained", "prefecture", "police cell", "custody"],
      note="01 'police detained him' (the transfer to the Ate base 'late on Wednesday' and his call to López Obrador "
           "'on Wednesday' are folded in); 03 'detained since the 7 December'; 04 'detained since the 7 of December'; "
           "05 'by nightfall he was in a police cell'")
event("Dina Boluarte is sworn in as Peru's first woman president", "2022-12-07", ["01", "05", "06"],
      ["sworn", "oath", "swear", "first woman", "assum"],
      note="01 'the same afternoon'; 05 and 06 'the same day'; same day as the announcement, the removal and the arrest, "
           "four separate events")
event("A judge orders seven days of preliminary detention for Castillo (first hearing)", "2022-12-08", ["02", "05", "06"],
      ["seven days", "seven-day", "preliminary"],
      note="the first of the two hearings; 01 announces it as a coming request ('would ask a judge on Thursday') and "
           "is not listed")
event("Pedro Angulo is sworn in as Boluarte's prime minister", "2022-12-10", ["02", "05"],
      ["angulo", "prime minister", "premier"],
      note="02 'sworn in on Saturday'; 05 'Three days later she swore in Pedro Angulo'")
event("The first two deaths of the protests, in Andahuaylas, during an attempt to take the airport", "2022-12-11",
      ["02", "04"], ["andahuaylas", "first two", "deaths", "victims", "adolescents"])
event("The government declares a 30-day nationwide state of emergency", "2022-12-14", ["02", "04"],
      ["emergency"],
      note="05's 'declared last week' names only the week and is not listed")
event("Judge Checkley orders 18 months of pre-trial detention for Castillo (second hearing)", "2022-12-15",
      ["02", "03", "04", "05"],
      ["18 months", "eighteen months", "pre-trial", "preventive", "18-month"],
      note="the second of the two hearings: must stay apart from the seven days of 8 December")
event("Clashes around the airport of Ayacucho leave at least seven dead", "2022-12-15", ["02", "04"],
      ["ayacucho", "clash", "dead", "died", "killed"],
      note="the same day as the 18-month ruling, a separate event")
event("Congress approves, in a first vote (93 to 30), bringing the general elections forward to April 2024",
      "2022-12-20", ["03", "05"],
      ["93", "advance", "forward", "early election", "elections"],
      note="the second of the two votes of Congress (not to be merged with the removal of 7 December); a second "
           "vote in the next legislature is needed; 04 announces it as coming ('will vote this Tuesday') and is not "
           "listed")
event("Peru declares Mexico's ambassador Pablo Monroy persona non grata and grants Castillo's family a safe-conduct",
      "2022-12-20", ["03", "05"],
      ["expel", "persona non grata", "ambassador", "monroy", "safe-conduct", "safe conduct"],
      note="the same day as the early-election vote, a separate event (03 'The same day'); Mexico City's reaction is "
           "folded in")
event("Lilia Paredes and two of her children arrive in Mexico, which grants them asylum", "2022-12-21", ["05"],
      ["landed", "arriv", "flight", "flew", "asylum"],
      note="05 'Yesterday'; 03 announces the flight for 'this Wednesday'")
dump('timeline.json', {
    "about": "Real-world events the articles report, with date (day), until for multi-day events, the documents that report "
             "each (with a date the reader can resolve), and words by which a system event is recognised (title, trigger "
             "or participant entity ids). Dates are Lima local dates. Occurrences of similar events must stay apart: "
             "the two votes of Congress (the removal of Castillo on 7 December, 101 votes; the first vote on early "
             "elections on 20 December, 93 votes) and the two hearings before Judge Checkley (seven days of preliminary "
             "detention on 8 December; 18 months of pre-trial detention on 15 December); the four events of 7 December "
             "(announcement, removal, arrest, swearing-in); the 18-month ruling and the Ayacucho clashes of 15 "
             "December; the early-election vote and the ambassador's expulsion of 20 December. Not keyed: future, "
             "planned or announced events (01's coming request for seven days 'on Thursday', 06's request for a longer detention 'next week' and the Pacific Alliance summit Lima 'was due to host next Wednesday' (14 December; it did not take place), 03's flight 'this "
             "Wednesday' (keyed from 05 as the 21 December arrival), 04's vote 'this Tuesday' (keyed from 03 and 05), "
             "the second vote on early elections, the elections of April 2024, Christmas), events dated only by month, "
             "year or week (the failed removal attempts of December 2021 and March 2022, Boluarte's expulsion from "
             "Peru Libre in January, the OAS mission 'last month', Alberto Fujimori's dissolution of Congress in April "
             "1992, the 1997 hostage rescue, the 2021 run-off, Yenifer Paredes's detention 'this year', Juliaca's "
             "airport 'last week', 05's state of emergency 'declared last week'), statements (López Obrador's news "
             "conferences of 8 and 20 December, Boluarte's 'I will not do it' of Saturday 17 December, the Ombudsman's "
             "count of Sunday 18 December), states (Castillo held in Ate, the family sheltering in the embassy), and "
             "same-day side events folded into a keyed one (see notes).",
    "events": ev,
})

# ---------------------------------------------------------------------------------------------- quotes
quotes = [
    ["01", "she would serve out the rest of the term", "indirect", BOL],
    ["01", "We have taken the decision to establish a government of exception", "direct", CAS],
    ["01", "temporarily dissolved", "partial", CAS],
    ["01", "The judiciary, the prosecutor's office", "indirect", CAS],
    ["01", "they would stand by the constitutional order", "indirect", [None, PNP]],
    ["01", "What the president has attempted is a coup", "direct", WIL],
    ["01", "I ask for a political truce", "direct", BOL],
    ["01", "What has happened today must not happen again", "direct", BOL],
    ["01", "they were investigating him for rebellion", "indirect", [None, "Public Ministry"]],
    ["01", "Castillo had telephoned him on Wednesday", "indirect", AMLO],
    ["01", "Mexico would have granted it", "indirect", AMLO],
    ["01", "Peruvians had defended their democracy", "indirect", KEI],
    ["01", "Castillo tried to do in one afternoon", "direct", QUI],
    ["01", "Fujimori had the tanks", "direct", QUI],
    ["01", "the new president would need the support", "indirect", QUI],
    ["01", "it condemned the break in the constitutional order", "indirect", OAS],

    ["02", "the risk that Castillo would try to leave the country", "indirect", CHE],
    ["02", "The accused did not go home", "direct", CHE],
    ["02", "He went towards a foreign embassy", "direct", CHE],
    ["02", "I have never committed the crime of rebellion", "direct", CAS],
    ["02", "I will not resign, and I will not abandon the people", "direct", CAS],
    ["02", "they would appeal", "indirect", [None]],
    ["02", "airports, roads and power plants had been attacked", "indirect", OTA],
    ["02", "At least 18 people have been killed", "indirect", OMB],
    ["02", "clashes around the airport of Ayacucho", "indirect", [None]],
    ["02", "a measure of last resort", "partial", ANG],
    ["02", "the government would not negotiate", "indirect", BOL],
    ["02", "The judge had little choice", "direct", UGA],
    ["02", "When a man reads out a decree", "direct", UGA],
    ["02", "it would send a delegation to Peru", "indirect", IACHR],

    ["03", "The Congress has listened to the street", "direct", WIL],
    ["03", "Now it is to the street to give a chance", "direct", WIL],
    ["03", "interference in the internal affairs", "partial", GER],
    ["03", "the wife of the ex-president, Lilia Paredes", "indirect", GER],
    ["03", "a campaign of the economic and political elites", "partial", AMLO],
    ["03", "without asking permission to anybody", "partial", AMLO],
    ["03", "at least 22 persons have died", "indirect", OMB],
    ["03", "the vote of Tuesday buys time", "direct", DEL],
    ["03", "Peru has known six presidents since 2016", "indirect", DEL],
    ["03", "The crisis is not that of a man", "direct", DEL],

    ["04", "the protesters are manipulated by violent groups", "indirect", [None]],
    ["04", "20 persons have died in the clashes", "indirect", OMB],
    ["04", "We are not terrorists", "direct", FQM],
    ["04", "we are the people of the south that Lima never listened to", "direct", FQM],
    ["04", "We will not leave the roads", "direct", FQM],
    ["04", "to guarantee the free transit", "partial", ANG],
    ["04", "the soldiers have received the order to shoot", "indirect", ANG],
    ["04", "she will not resign", "indirect", BOL],
    ["04", "What does Peru win with my resignation", "direct", BOL],
    ["04", "is not a golpista", "partial", TOR],
    ["04", "Castillo continues being the legitimate president", "indirect", AMLO],
    ["04", "The south always was the last for the State", "direct", CCA],
    ["04", "Castillo was one of them", "direct", CCA],

    ["05", "a mistake by a desperate man", "partial", TOR],
    ["05", "Castillo wanted to close a Congress", "direct", TOR],
    ["05", "she would serve until July 2026", "indirect", BOL],
    ["05", "At least 22 people have been killed", "indirect", OMB],
    ["05", "We will not let a minority take the country hostage", "direct", BOL],
    ["05", "its envoy had only done his duty", "indirect", ["Mexico", "Mexico City"]],
    ["05", "Peru has had six presidents since 2016", "direct", WHI],
    ["05", "Every one of them has been removed", "direct", WHI],
    ["05", "the constitution let Congress remove a president", "indirect", WHI],
    ["05", "no early election would fix that", "indirect", WHI],

    ["06", "He called me and told me he was going to our embassy", "direct", AMLO],
    ["06", "He did not make it", "direct", AMLO],
    ["06", "the asylum request had never been formally delivered", "indirect", AMLO],
    ["06", "Mexico was in contact with the Peruvian authorities", "indirect", "Marcelo Ebrard"],
    ["06", "The family is under the protection of Mexico", "direct", "Marcelo Ebrard"],
    ["06", "a shame", "partial", AMLO],
    ["06", "the decision to dissolve it had been", "indirect", AMLO],
    ["06", "it did not justify throwing him in prison", "indirect", AMLO],
    ["06", "his client had been arrested without a warrant", "indirect", [None]],
    ["06", "A summit of the Pacific Alliance", "indirect", [None]],
    ["06", "For Mexico this is personal", "direct", "Gabriela Montaño Ruiz"],
    ["06", "López Obrador saw in Castillo a version of himself", "direct", "Gabriela Montaño Ruiz"],
    ["06", "would pay a price in Lima", "indirect", "Gabriela Montaño Ruiz"],
    ["06", "He has just lost the Peruvian government", "direct", "Gabriela Montaño Ruiz"],
]
dump('quotes.json', {
    "about": "Answer key for quotations on corpus-q/articles, same conventions as corpus-c..p: document id prefix, the first "
             "words of the quoted or reported content, kind, and the speaker's canonical name (null: the text does not "
             "name one; a list: any of these is right, and a list containing null also accepts no speaker). A quote "
             "interrupted by its attribution (04 Quispe's '\"We are not terrorists,\" has manifested Feliciano Quispe "
             "Mamani, ..., \"we are the people of the south ...\"') or continued without one (01 Boluarte's second "
             "sentence after 'she told lawmakers', 01 Quintanilla's 'Fujimori had the tanks', 02 Checkley's and "
             "Castillo's second sentences, 02 Ugarte's second sentence, 03 Williams's second « », 04 Quispe's third "
             "sentence, 04 Ccahuana's second sentence, 05 Whitcombe's second sentence, 06 López Obrador's 'He did not make it', 06 Montaño's second "
             "sentence) is keyed once per piece; 06's 'AMLO, she added, would pay a price in Lima for taking sides: "
             "\"...\"' is reported speech interrupted by its attribution, followed by a direct quotation after a colon "
             "(keyed as two pieces). A "
             "reported clause with quoted words in it (01 'He said Congress would be \"temporarily dissolved\"', 02 "
             "Angulo 'told the Observer that the emergency was \"a measure of last resort\"', 03 '« interference in the "
             "internal affairs » of Peru, has explained the chancellor', 03 López Obrador's 'has estimated ... that the "
             "ex-teacher had been the victim of « a campaign ... »' and 'has assured that Mexico would maintain its "
             "tradition of asylum « without asking permission to anybody »', 04 Angulo's 'the measure seeks \"to "
             "guarantee the free transit\"', 04 Torres's 'has sustained ... that the former president \"is not a "
             "golpista\" and that his detention is \"political\"', 05 Torres's 'told The Crossbench that the speech "
             "had been \"a mistake by a desperate man\"', 06 López Obrador's 'said it was \"a shame\" that the "
             "Peruvian Congress had \"never let him govern\"') is keyed as the partial quote (06's 'He said the "
             "decision to dissolve it had been \"a mistake\"' as the indirect quote at its first words). Forms: 'said X' inverted (01 "
             "Quintanilla, 02 Ugarte, 05 'said Ms Boularte' (a misspelling), 05 Whitcombe), 04's present-tense 'explains "
             "the sociologist Teodoro Ccahuana', machine-translated '», has declared its president, José Williams' and "
             "'has explained the chancellor Ana Cecilia Gervasi' (03) and '\"...,\" has manifested Feliciano Quispe "
             "Mamani' (04); 'He said:' before the quotation (05 Torres); 'X told <outlet>' (02 Angulo 'told the "
             "Observer', 05 Torres 'told The Crossbench'); 'X said as he opened the session' (01 Williams); sentence-"
             "final 'he said' after reported speech (01 'The judiciary, ... would be reorganised, he said'); 'according "
             "to' (02 'according to the Ombudsman's Office', 03 'According to the Defender of the People', 04 'According "
             "to the Defensoria del Pueblo', 05 'according to the Ombudsman', 05 'according to him'); a speaker given "
             "only by a role, description or pronoun: 02 'the former president said' (Castillo), 03 'the chancellor has "
             "announced that' (Gervasi), 03 'He has estimated' and 'has assured' (López Obrador, introduced as 'the "
             "Mexican president'), 03 'He recalls that' and '», he estimates' (Delorme), 04 'The mandatary has "
             "reiterated that' (Boluarte), 04 'The premier, Pedro Angulo, has indicated that' and 'has denied that', 01 "
             "'she told lawmakers' and 'She said' (Boluarte, Quintanilla); 03's 'For Mathieu Delorme, ..., « ... »' has "
             "no verb of speech (keyed direct, as in corpus-o). 06: 'López Obrador said at his morning news conference' after "
             "the quotation, 'The Mexican president said' (reported), 'Foreign Minister Marcelo Ebrard told reporters "
             "that', '\"...,\" Ebrard said', 'Castillo's lawyer argued that' (null), '... is unlikely to go ahead, "
             "officials in Mexico City said' (null). Capitals as speakers: 05 'Mexico City called the "
             "expulsion unjustified and said its envoy had only done his duty' (Mexico's government: Mexico or Mexico "
             "City). Organisations as speakers: the armed forces and the PNP (01 'said in a joint statement that', null "
             "or the PNP), the OAS (01), the IACHR (02), the Ombudsman's Office (02, 03, 04, 05). Unnamed speakers "
             "(null): 01 'Prosecutors said' (or the Public Ministry), 02 'His lawyers said', 02 'the regional health "
             "authorities said', 04 'in Lima the authorities insist that'. Guillemets (03), curly quotes (02), straight "
             "quotes (01, 04, 05, 06). Not keyed: 01's '\"permanent moral incapacity\"' (the motion's legal ground), 01 'The "
             "new president had called Castillo's announcement a breaking of the constitutional order' and 01 'blamed "
             "\"the elites\"' (inside López Obrador's reported clause), 02 'Both deny wrongdoing' (a denial), 03 'For "
             "the Mexican president, ..., Pedro Castillo remains the legitimate president of Peru' (a view without "
             "quotation marks), 03's '« 18 months »' (a figure in guillemets), 03 'The CIDH has announced the sending "
             "of a mission' and 'have called the Peruvian authorities to the dialogue', 04 'The CIDH has asked the "
             "State to investigate each death', 04 'has called the protesters to avoid the violence' (requests and "
             "announcements of acts), 04 'The demonstrators demand' (demands), 04 'a position that Lima has qualified "
             "as interference', 06 'has long described Castillo as the target of a "
             "campaign by Peru's \"economic and political elites\"', 05 'still calls Mr Castillo Peru's legitimate "
             "leader' and 'Mexico City called the "
             "expulsion unjustified' (characterisations; the 'said' clause after it is keyed), headlines, captions, "
             "standfirsts and 04's duplicated lead.",
    "quotes": quotes,
})

# ---------------------------------------------------------------------------------------------- claims
claims = [
    {"id": "removal-vote",
     "text": "On 7 December Congress removed Castillo by 101 votes (to 6, with 10 abstentions)",
     "docs": ["01", "04", "06"],
     "anchors": {
         "01": "Lawmakers voted 101 to 6",
         "04": "which approved the vacancy of Castillo with 101 votes",
         "06": "was removed by Congress on Wednesday by 101 votes"},
     "contradiction": {
         "docs": ["05"],
         "anchors": {"05": "Congress had removed him by 111 votes to six"},
         "aspect": "number",
         "detail": "05 puts the votes for Castillo's removal at 111 against 101 in 01/04/06 (03's 'more than a hundred' "
                   "fits both)"},
     "note": "03's 'more than a hundred deputies' is approximate, not a contradiction of 101"},
    {"id": "earlier-attempts",
     "text": "Castillo had survived two earlier attempts to remove him, in December 2021 and March 2022",
     "docs": ["01", "05"],
     "anchors": {
         "01": "Castillo had survived two earlier attempts to remove him",
         "05": "had seen off two earlier attempts to remove him"},
     "contradiction": None,
     "note": "the 55 votes of March 2022 (01) are another vote"},
    {"id": "dissolution",
     "text": "On 7 December Castillo announced on television that he was dissolving Congress and setting up a government "
             "of exception",
     "docs": ["01", "03", "05"],
     "anchors": {
         "01": "He said Congress would be \"temporarily dissolved\"",
         "03": "had announced on the television the dissolution of the Congress",
         "05": "read out a decree dissolving Congress"},
     "contradiction": None},
    {"id": "first-woman",
     "text": "Dina Boluarte became Peru's first woman president",
     "docs": ["01", "05", "06"],
     "anchors": {
         "01": "was sworn in the same afternoon as Peru's first woman president",
         "06": "the country's first female head of state",
         "05": "became Peru's first woman president"},
     "contradiction": None},
    {"id": "term-2026",
     "text": "Boluarte said at first that she would serve out the term, until July 2026",
     "docs": ["01", "05"],
     "anchors": {
         "01": "which runs until July 2026",
         "05": "she would serve until July 2026"},
     "contradiction": None,
     "note": "her later proposal of elections in April 2024 (02, 03, 05) is a change of position, not a contradiction"},
    {"id": "arrest-embassy",
     "text": "Castillo was detained on his way to the Mexican embassy",
     "docs": ["01", "02"],
     "anchors": {
         "01": "reportedly towards the Mexican embassy",
         "02": "detained on his way to the Mexican embassy"},
     "contradiction": None},
    {"id": "held-with-fujimori",
     "text": "Castillo is held at the police base in Ate where Alberto Fujimori is serving his sentence",
     "docs": ["01", "02"],
     "anchors": {
         "01": "where former president Alberto Fujimori is serving a 25-year sentence",
         "02": "the same compound where Alberto Fujimori is serving his sentence"},
     "contradiction": None},
    {"id": "seven-days",
     "text": "On 8 December a judge ordered seven days of preliminary detention for Castillo",
     "docs": ["02", "06"],
     "anchors": {
         "02": "on December 8 he ordered seven days of preliminary detention",
         "06": "A Peruvian judge on Thursday ordered that Pedro Castillo be held for seven days"},
     "contradiction": None,
     "note": "01 reports the prosecutors' coming request for the same seven days; seven days against the seven dead of "
             "Ayacucho (02, 04)"},
    {"id": "eighteen-months",
     "text": "On 15 December Judge Checkley ordered 18 months of pre-trial detention for Castillo",
     "docs": ["02", "03", "04", "05"],
     "anchors": {
         "02": "to be held for 18 months in pre-trial detention",
         "03": "has ordered the 15 December a preventive prison",
         "04": "ordered last Thursday 18 months of preventive prison",
         "05": "he ordered the 53-year-old held for 18 months"},
     "contradiction": None,
     "note": "18 months against the 18 dead of 02's toll"},
    {"id": "state-of-emergency",
     "text": "The government declared a nationwide state of emergency for 30 days (14 December)",
     "docs": ["02", "04"],
     "anchors": {
         "02": "declared a 30-day state of emergency across the country",
         "04": "the state of emergency in all the national territory for 30 days"},
     "contradiction": None},
    {"id": "andahuaylas",
     "text": "The first two deaths came on Sunday 11 December in Andahuaylas, at an attempt to take the airport",
     "docs": ["02", "04"],
     "anchors": {
         "02": "The first two deaths came on Sunday in Andahuaylas",
         "04": "The first two victims, two adolescents"},
     "contradiction": None},
    {"id": "ayacucho",
     "text": "On Thursday 15 December clashes near Ayacucho's airport left at least seven dead",
     "docs": ["02", "04"],
     "anchors": {
         "02": "left at least seven people dead",
         "04": "at least seven persons died"},
     "contradiction": None},
    {"id": "toll-22",
     "text": "At least 22 people have died in the crisis, according to the Ombudsman",
     "docs": ["03", "05"],
     "anchors": {
         "03": "at least 22 persons have died",
         "05": "At least 22 people have been killed"},
     "contradiction": None,
     "note": "02's 'At least 18' (by 15 December) and 04's 20 (until Sunday 18 December) are earlier counts of a "
             "rising toll, not contradictions"},
    {"id": "early-elections-vote",
     "text": "On 20 December Congress voted 93 to 30 to bring the general elections forward to April 2024",
     "docs": ["03", "05"],
     "anchors": {
         "03": "by 93 voices against 30 and one abstention",
         "05": "Congress voted by 93 to 30"},
     "contradiction": None},
    {"id": "second-vote-needed",
     "text": "The reform was only a first vote and must be ratified in the next legislature",
     "docs": ["03", "05"],
     "anchors": {
         "03": "must however be ratified by a second vote",
         "05": "That was only a first vote"},
     "contradiction": None},
    {"id": "boluarte-proposal",
     "text": "Boluarte proposed bringing the elections forward to April 2024",
     "docs": ["02", "03"],
     "anchors": {
         "02": "who has proposed bringing general elections forward to April 2024",
         "03": "had been proposed by the president Dina Boluarte"},
     "contradiction": None},
    {"id": "ambassador-expelled",
     "text": "On 20 December Peru expelled Mexico's ambassador",
     "docs": ["03", "05"],
     "anchors": {
         "03": "has declared persona non grata the ambassador of Mexico",
         "05": "on Tuesday Lima expelled his ambassador"},
     "contradiction": None},
    {"id": "family-asylum",
     "text": "Mexico gives asylum to Castillo's wife Lilia Paredes and two of their children",
     "docs": ["03", "05"],
     "anchors": {
         "03": "has offered them the asylum",
         "05": "has granted them asylum"},
     "contradiction": None,
     "note": "03 (21 December) expects the flight, 05 (22 December) reports the landing"},
    {"id": "lilia-investigated",
     "text": "Lilia Paredes is under investigation in Peru",
     "docs": ["02", "03", "05"],
     "anchors": {
         "02": "is under investigation in a separate case",
         "03": "is visée by an investigation of the Public Ministry",
         "05": "Ms Paredes is under investigation in Peru"},
     "contradiction": None},
    {"id": "amlo-legitimate",
     "text": "López Obrador still regards Castillo as Peru's legitimate president",
     "docs": ["03", "04"],
     "anchors": {
         "03": "Pedro Castillo remains the legitimate president of Peru",
         "04": "Castillo continues being the legitimate president of Peru"},
     "contradiction": None},
    {"id": "six-presidents",
     "text": "Peru has had six presidents since 2016",
     "docs": ["03", "05"],
     "anchors": {
         "03": "Peru has known six presidents since 2016",
         "05": "Peru has had six presidents since 2016"},
     "contradiction": None},
    {"id": "keiko-2021",
     "text": "Castillo beat Keiko Fujimori in the 2021 run-off",
     "docs": ["01", "05"],
     "anchors": {
         "01": "whom Castillo narrowly beat in the 2021 run-off",
         "05": "lost the 2021 run-off to Mr Castillo"},
     "contradiction": None,
     "note": "01's 'narrowly' and 05's 'some 44,000 votes' agree"},
    {"id": "fujimori-1992",
     "text": "Alberto Fujimori dissolved Congress in April 1992, with the army behind him",
     "docs": ["01", "05"],
     "anchors": {
         "01": "Her father's own dissolution of Congress, in April 1992",
         "05": "dissolved Congress in April 1992"},
     "contradiction": None},
    {"id": "angulo",
     "text": "Pedro Angulo, a former prosecutor, is Boluarte's prime minister",
     "docs": ["02", "04", "05"],
     "anchors": {
         "02": "Prime Minister Pedro Angulo, a former prosecutor",
         "04": "The premier, Pedro Angulo",
         "05": "she swore in Pedro Angulo, a former prosecutor"},
     "contradiction": None},
    {"id": "torres",
     "text": "Aníbal Torres, Castillo's prime minister until November, defends him",
     "docs": ["04", "05"],
     "anchors": {
         "04": "who was prime minister of Castillo until November",
         "05": "his prime minister until November and still loyal"},
     "contradiction": None},
    {"id": "williams",
     "text": "José Williams is the president of Congress",
     "docs": ["01", "03", "05"],
     "anchors": {
         "01": "José Williams, the president of Congress",
         "03": "has declared its president, José Williams",
         "05": "its president, José Williams"},
     "contradiction": None},
    {"id": "call-to-amlo",
     "text": "On 7 December Castillo telephoned López Obrador to say he was going to the Mexican embassy",
     "docs": ["01", "06"],
     "anchors": {
         "01": "Castillo had telephoned him on Wednesday",
         "06": "He called me and told me he was going to our embassy"},
     "contradiction": None},
    {"id": "asylum-would-be-granted",
     "text": "López Obrador said Mexico would have granted Castillo asylum",
     "docs": ["01", "06"],
     "anchors": {
         "01": "said Mexico would have granted it",
         "06": "but that it would have been granted"},
     "contradiction": None,
     "note": "06's 'the asylum request had never been formally delivered' against 01's 'to ask for asylum': an "
             "intention, not a delivered request; not a contradiction"},
    {"id": "amlo-elites",
     "text": "López Obrador blames a campaign by Peru's (economic and political) elites against Castillo",
     "docs": ["03", "06"],
     "anchors": {
         "03": "a campaign of the economic and political elites",
         "06": "the target of a campaign by Peru's"},
     "contradiction": None},
    {"id": "iachr-mission",
     "text": "The IACHR will send a mission to Peru",
     "docs": ["02", "03"],
     "anchors": {
         "02": "it would send a delegation to Peru",
         "03": "The CIDH has announced the sending of a mission"},
     "contradiction": None},
]
dump('claims.json', {
    "about": "Checkable claims made by two or more sources on corpus-q/articles: short text, the documents asserting it "
             "(with an anchor: words of the asserting sentence in each document's cleaned text), and any contradiction "
             "(documents that disagree, aspect, detail). Only one contradiction is intended (the vote that removed "
             "Castillo on 7 December: 'Congress had removed him by 111 votes to six' in 05 against '101 to 6' in 01 and "
             "'with 101 votes' in 04); every other contradiction is a false alarm, in particular the counts that look "
             "alike: 101 (the removal) against 93 (the early-election vote of 20 December), 87 (the two-thirds "
             "threshold, needed both for the removal, 01/05, and for the constitutional reform, 03), 55 (the failed "
             "motion of March 2022, 01) and the 130 members; 03's 'more than a hundred deputies' (approximate) against "
             "101 (exact); 6 against and 10 abstentions (7 December) against 30 against and one abstention (20 "
             "December); the rising death toll, attributed to the Ombudsman at different dates: 'At least 18' (02, by "
             "Thursday 15 December), 20 (04, 'until yesterday, Sunday' 18 December), 'at least 22' (03 and 05, 20-22 "
             "December); the seven dead of Ayacucho (02, 04) against the seven days of preliminary detention; 18 "
             "months of pre-trial detention against 02's 18 dead; the 30-day state of emergency against 30 votes "
             "against; 'the first two deaths' in Andahuaylas against 'two of their children'; Castillo 53, Boluarte 60; "
             "Alberto Fujimori's 25-year sentence; '16 months' (Castillo's time in office, 01) against 18 months; "
             "'twelve days' of protests (04); '72 hours' for the ambassador (03); 'within nine months' (Castillo's "
             "promised election, 01); 'two years' cut from the congressmen's terms (05); 'some 44,000 votes' (05, the "
             "2021 run-off) against 01's 'narrowly'; six presidents since 2016 (03, 05); Boluarte's first statement "
             "that she would serve until July 2026 (01, 05) against her proposal of elections in April 2024 (02, 03, "
             "05): a change of position, not a contradiction; 03's 'instead of 2026' (the regular election) and 04's "
             "'to 2024'; Castillo's 'I will not resign' (02) against Boluarte's 'she will not resign' (04): two people; "
             "the prosecutors' coming request for seven days (01, 8 December) against the seven days ordered (02, 05): "
             "a plan and its outcome; 03's family flight 'this Wednesday' (a plan) against 05's landing 'Yesterday'; "
             "the two dissolutions of Congress (Alberto Fujimori's of April 1992, with the army; Castillo's of 7 "
             "December 2022, without it) and the two Fujimoris (Keiko lost the 2021 run-off; Alberto is in prison); "
             "the judge 'of the Supreme Court' (02, 03, 04) and 'A judge' (05), 'A Peruvian judge' (06): the same judge; 06's longer detention 'which could run to 18 months' (a prosecutors' request expected 'next week') against the 18 months ordered on 15 December (02-05): an expectation borne out, not a second figure; the Pacific Alliance summit Lima 'was due to host next Wednesday' (06, 14 December, cancelled) against the state of emergency of that Wednesday; 06's 'their children' against 'two of their children' (02, 03, 05); Castillo's family 'safe' and 'under the protection of Mexico' (06, 8 December) against its shelter in the embassy (02, 03). Two votes of Congress "
             "must not be merged into one claim (the removal, 7 December, 101; the early-election vote, 20 December, "
             "93), nor the two hearings (seven days on 8 December; 18 months on 15 December). Framing differs on "
             "purpose (01 neutral wire; 06 Mexico City English-language daily close to López Obrador's view, 'For Mexico this is personal'; 02 Lima business-leaning site, 'The judge had little choice'; 03 French daily, "
             "machine-translated, 'the vote of Tuesday buys time to Mrs. Boluarte, but not the legitimacy'; 04 "
             "southern regional paper sympathetic to the protesters, machine-translated from Spanish, 'The south does "
             "not surrender'; 05 British analysis, 'Mr Fujimori's coup had the army behind it; Mr Castillo's had "
             "nobody') without contradicting. One sentence anchors one claim: facts that several sources state only inside a sentence "
             "anchored for another claim are not keyed as claims (the rebellion investigation, 01/02/05/06; Castillo "
             "the former rural teacher, 03-06; the 87-vote threshold, 01/05; the family's shelter in the Mexican "
             "embassy, 02/03; Yenifer Paredes as Lilia's younger sister, 02/05), and a sentence joining several keyed "
             "facts (01's lead, 02's lead, 03's 'Castillo Terrones had announced ... then arrested', 05's 'Ms Paredes is "
             "under investigation in Peru, as is her younger sister Yenifer Paredes', 06's 'Castillo, a former rural "
             "schoolteacher who won the presidency in 2021 against Keiko Fujimori, was removed ...') is anchored for "
             "one of them only. single_source lists claims only one document makes, for reference.",
    "claims": claims,
    "single_source": [
        {"doc": "01", "text": "The removal vote was 101 to 6 with 10 abstentions, on grounds of permanent moral incapacity"},
        {"doc": "01", "text": "Castillo announced a curfew from 10 p.m. to 4 a.m. and elections for a constituent Congress within nine months"},
        {"doc": "01", "text": "In March 2022 a second removal motion won only 55 votes"},
        {"doc": "01", "text": "The removal needed 87 votes, two thirds of the 130-member Congress"},
        {"doc": "01", "text": "Boluarte was expelled from Peru Libre in January 2022"},
        {"doc": "01", "text": "López Obrador said Castillo telephoned him on 7 December on his way to the embassy"},
        {"doc": "01", "text": "The OAS condemned the break in the constitutional order"},
        {"doc": "02", "text": "At least 18 people had been killed by 15 December, according to the Ombudsman's Office"},
        {"doc": "02", "text": "Defence Minister Alberto Otárola announced the state of emergency on 14 December"},
        {"doc": "03", "text": "Mexico's ambassador Pablo Monroy was given 72 hours to leave"},
        {"doc": "03", "text": "The vote on early elections was 93 to 30 with one abstention; the reform needed at least 87 votes"},
        {"doc": "03", "text": "Castillo is held at the police base of Ate"},
        {"doc": "03", "text": "Lilia Paredes and two of the children received a safe-conduct to leave the embassy for Mexico"},
        {"doc": "04", "text": "The Ombudsman counted 20 dead until Sunday 18 December"},
        {"doc": "04", "text": "Protesters tried to take Juliaca's airport, which remains closed"},
        {"doc": "04", "text": "Boluarte said on Saturday 17 December that she would not resign"},
        {"doc": "05", "text": "Castillo lost the presidency in less than three hours"},
        {"doc": "05", "text": "José Williams commanded the 1997 hostage rescue at the Japanese ambassador's residence"},
        {"doc": "05", "text": "Keiko Fujimori lost the 2021 run-off by some 44,000 votes"},
        {"doc": "05", "text": "Lilia Paredes and two of the children landed in Mexico City on 21 December"},
        {"doc": "06", "text": "Mexico City has so far avoided recognising Boluarte's government"},
        {"doc": "06", "text": "The Pacific Alliance summit Lima was due to host on 14 December is unlikely to go ahead"},
        {"doc": "06", "text": "Castillo's lawyer argued that he was arrested without a warrant"},
    ],
})
print('keys written')
