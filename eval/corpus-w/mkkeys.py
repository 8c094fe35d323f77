"""Writes the answer keys of corpus-w (Japan's New Year of 2024: the Noto Peninsula earthquake of Monday 1 January,
the collision at Haneda of Tuesday 2 January between JAL516 and a coast guard Dash-8 carrying relief to Noto, the
transcripts, the aftershock of Tuesday 9 January, the reopening of runway C and the first safety measure, Kishida's
press conferences and his visit to Noto on Sunday 14 January) into keys/.

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
KIS, SHO, HAS, YUM, MIY = "Fumio Kishida", "Shotaro Kishida", "Hiroshi Hase", "Hase Yumiko", "Genki Miyamoto"
SAI, ISH, TSU, TAN, SAE = "Tetsuo Saito", "Yoshio Ishii", "Tadayuki Tsutsumi", "Ryo Tanabe", "Saeki Takeshi"
YOO, PAR, IZU, OKA, DUF = "Yoon Suk Yeol", "Park Ji-hoon", "Kenta Izumi", "Helen Okafor", "Claire Dufresne"
JAL, JCG, JTSB, MLIT, JMA = "Japan Airlines", "Japan Coast Guard", "Japan Transport Safety Board", \
    "Ministry of Land, Infrastructure, Transport and Tourism", "Japan Meteorological Agency"
ISK, MOFA = "Ishikawa", "Ministry of Foreign Affairs"

# ---------------------------------------------------------------------------------------------- entities
ents = [
    (KIS, P, ["Fumio Kishida", "Kishida", "Mr Kishida", "Kishida Fumio", "Kisida Humio", "Kishida-shi",
              "Prime Minister Kishida", "Kishida Prime Minister", "Prime Minister Gishida"]),
    (SHO, P, ["Shotaro Kishida"]),
    (HAS, P, ["Hiroshi Hase", "Hase Hiroshi", "Hase Governor"]),
    (YUM, P, ["Hase Yumiko", "Hase-san"]),
    (MIY, P, ["Genki Miyamoto", "Miyamoto Genki", "Captain Miyamotto", "Mr Myamoto"]),
    (SAI, P, ["Tetsuo Saito"]),
    (ISH, P, ["Yoshio Ishii"]),
    (TSU, P, ["Tadayuki Tsutsumi"]),
    (TAN, P, ["Ryo Tanabe"]),
    (SAE, P, ["Saeki Takeshi"]),
    (YOO, P, ["Yoon Suk Yeol"]),
    (PAR, P, ["Park Ji-hoon"]),
    (IZU, P, ["Kenta Izumi"]),
    (OKA, P, ["Helen Okafor"]),
    (DUF, P, ["Claire Dufresne"]),

    (JAL, O, ["Japan Airlines", "JAL"]),
    (JCG, O, ["Japan Coast Guard", "Coast Guard", "Maritime Safety Agency", "Haesang Boancheong"]),
    (JTSB, O, ["Japan Transport Safety Board", "JTSB", "Transport Safety Committee"]),
    (MLIT, O, ["Ministry of Land, Infrastructure, Transport and Tourism", "MLIT", "Gukto Gyotongseong"]),
    (JMA, O, ["Japan Meteorological Agency", "JMA", "Meteorological Agency"]),
    ("BEA", O, ["BEA"]),
    ("Airbus", O, ["Airbus"]),
    ("All Nippon Airways", O, ["All Nippon Airways"]),
    ("Self-Defense Forces", O, ["Self-Defense Forces"]),
    ("Tokyo Metropolitan Police Department", O, ["Tokyo Metropolitan Police Department"]),
    ("US Geological Survey", O, ["US Geological Survey", "USGS"]),
    (MOFA, O, ["Ministry of Foreign Affairs"]),
    ("Diet", O, ["Diet"]),
    ("Constitutional Democratic Party", O, ["Constitutional Democratic Party"]),
    ("Kanto Institute of Aviation Safety", O, ["Kanto Institute of Aviation Safety"]),
    ("Hokuriku Institute of Technology", O, ["Hokuriku Institute of Technology"]),
    ("Dongbaek University", O, ["Dongbaek University"]),
    ("Rushmore Institute for Asian Affairs", O, ["Rushmore Institute for Asian Affairs"]),
    ("Montclair Aviation Safety Group", O, ["Montclair Aviation Safety Group"]),

    ("Japan", G, ["Japan"]),
    ("Korea", G, ["Korea"]),
    ("France", G, ["France"]),
    ("Tokyo", G, ["Tokyo"]),
    (ISK, G, ["Ishikawa", "Ishikawa prefecture", "Ishikawa Prefecture"]),
    ("Wajima", G, ["Wajima", "Wajima City", "Wazima", "Wazima City"]),
    ("Suzu", G, ["Suzu", "Suzu City", "Seuju City"]),
    ("Niigata", G, ["Niigata", "Niigata Prefecture"]),
    ("Nagaoka City", G, ["Nagaoka City"]),
    ("Shika Town", G, ["Shika Town"]),
    ("Kanazawa", G, ["Kanazawa"]),
    ("Sapporo", G, ["Sapporo"]),
    ("Gunma", G, ["Gunma"]),
    ("Mie Prefecture", G, ["Mie Prefecture"]),
    ("Kobe", G, ["Kobe"]),

    ("Noto Peninsula", L, ["Noto Peninsula", "Noto"]),
    ("Sado", L, ["Sado"]),
    ("Sea of Japan", L, ["Sea of Japan"]),
    ("Haneda Airport", L, ["Haneda Airport", "Haneda airport", "Haneda", "Tokyo International Airport"]),
    ("New Chitose airport", L, ["New Chitose airport"]),
    ("Asaichi", L, ["Asaichi"]),
    ("Ise Shrine", L, ["Ise Shrine"]),
    ("Kantei", L, ["Kantei"]),

    ("JAL516", M, ["JAL516"]),
    ("Airbus A350", M, ["Airbus A350", "A350"]),
    ("Dash-8", M, ["Dash-8", "Bombardier Dash-8"]),
    ("Great East Japan Earthquake", E_, ["Great East Japan Earthquake"]),
    ("Reiwa 6 Noto Peninsula Earthquake", E_, ["Reiwa 6 Noto Peninsula Earthquake"]),
]

descriptions = [
    (KIS, ["the prime minister", "the 66-year-old"]),
    (MIY, ["the 39-year-old", "the coast guard captain"]),
    (IZU, ["the opposition leader"]),
    (JAL, ["the airline"]),
    (JTSB, ["the board"]),
    ("Japan", ["Tokyo"]),
    ("Korea", ["Our government"]),
]

roles = [
    (KIS, ["Prime Minister"]),
    (SHO, ["his political secretary", "his eldest son"]),
    (HAS, ["Governor", "the governor of Ishikawa prefecture"]),
    (YUM, ["who managed a shop of dried fish in the market for 40 years"]),
    (MIY, ["captain"]),
    (SAI, ["Transport Minister"]),
    (ISH, ["Coast Guard Commandant"]),
    (TSU, ["the airline's managing executive officer for safety"]),
    (TAN, ["a former airline captain who teaches at the Kanto Institute of Aviation Safety"]),
    (SAE, ["the professor"]),
    (YOO, ["President"]),
    (PAR, ["Professor"]),
    (IZU, ["the leader of the Constitutional Democratic Party"]),
    (OKA, ["who studies Japanese politics at the Rushmore Institute for Asian Affairs"]),
    (DUF, ["a former accident investigator"]),
]

must_not_merge = [
    [HAS, YUM],
    [KIS, SHO],
]

dump('entities.json', {
    "about": "Answer key for entity resolution on corpus-w/articles (Japan's New Year of 2024: the magnitude 7.6 Noto "
             "Peninsula earthquake of Monday 1 January, the collision at Haneda of Tuesday 2 January between Japan "
             "Airlines flight JAL516 and a Japan Coast Guard Dash-8 carrying relief to Noto, the aftershock of Tuesday 9 "
             "January and what followed to 15 January), written from reading the articles. Same conventions as "
             "corpus-c..v: canonical name (a form that occurs in the texts), type, and every surface form that names "
             "the entity in the cleaned texts (headlines, standfirsts, captions, bylines, the dateline 'TOKYO (Meridian "
             "Wire) -', related links, share bars and other boilerplate excluded). Title+surname forms ('Mr Kishida', "
             "'Prime Minister Kishida', 'Prime Minister Gishida', 'Captain Miyamotto', 'Mr Myamoto') and the Japanese "
             "calques with the title after the name ('Kishida Prime Minister', 'Hase Governor') are keyed as aliases; "
             "title+full-name forms ('Prime Minister Fumio Kishida', 'Governor Hiroshi Hase', 'Prime Minister Kisida "
             "Humio') are not listed separately. Honorifics: 'Kishida-shi' (03) is keyed as written; 'Hase Yumiko-san' "
             "and 'Miyamoto Genki-san' (03) are keyed without the suffix ('Hase Yumiko', 'Miyamoto Genki'), 'Hase-san' "
             "(03) as written. Defects on purpose: the prime minister is 'Fumio Kishida' / 'Kishida' / 'Mr Kishida' "
             "(01, 05), family name first 'Kishida Fumio' (04, Korean convention), the Kunrei-shiki romanisation "
             "'Kisida Humio' (03, machine translation from Japanese) and the Korean-style 'Gishida' (04, 'Prime Minister "
             "Gishida'); the coast guard captain is 'Genki Miyamoto' (01, 02, 05, 06), family name first 'Miyamoto "
             "Genki' (03) and two misspellings of his surname in one article, 'Captain Miyamotto' and 'Mr Myamoto' (05); "
             "the governor is 'Hiroshi Hase' (01, 02, 05) and 'Hase Hiroshi' / 'Hase Governor' (03); Wajima is also the "
             "Kunrei 'Wazima' / 'Wazima City' (03); Suzu is also 'Seuju City' (04, a Korean transliteration, 'Seuju "
             "City (Suzu)'). Two Hases who must not merge: the governor Hiroshi Hase (01, 02, 03, 05) and Hase Yumiko, a "
             "shopkeeper of the Wajima morning market (03, 'Hase Yumiko-san (68)', then 'Hase-san' and 'She'); "
             "'Hase-san' is hers, never the governor's. Two Kishidas who must not merge: the prime minister and his "
             "eldest son Shotaro Kishida, his former political secretary (05). Acronyms and foreign forms: 'the Japan "
             "Transport Safety Board (JTSB)' (01), 'the Japan Transport Safety Board' (02, 05, 06), the calque of the "
             "Japanese and Korean names 'The Transport Safety Committee (JTSB)' (03) and 'The Transport Safety "
             "Committee of Japan' (04); 'the Ministry of Land, Infrastructure, Transport and Tourism (MLIT)' (02) and, "
             "with a Korean romanisation in brackets, '(Gukto Gyotongseong)' (04), while the lower-case 'transport "
             "ministry' (02, 05, 06) is not keyed; 'the Japan Meteorological Agency (JMA)' (01, 04), 'The Japan "
             "Meteorological Agency' (05) and the Japanese short form 'the Meteorological Agency' (03); the coast guard "
             "is 'a Japan Coast Guard aircraft' (01), 'Coast Guard' (02 'Coast Guard Commandant Yoshio Ishii', 04 'the "
             "Coast Guard aircraft'), the calque of its Japanese name 'the Maritime Safety Agency' (03) and the Korean "
             "romanisation 'the Haesang Boancheong (Japan Coast Guard)' (04); the lower-case 'the coast guard' (01, 02, "
             "05, 06) is not keyed as an alias but names the same organisation as a speaker; 'the BEA' (02, 'France’s "
             "accident investigation bureau') and 'France's BEA' (06); 'the US Geological Survey (USGS)' (04). Haneda: "
             "'Tokyo's Haneda airport' (01, 05), 'Haneda Airport' (02, 04), 'Haneda' (01, 05, 06) and 'Haneda Airport "
             "(Tokyo International Airport)' (03) are one place. Capital for government: 'Tokyo has so far declined the "
             "rescue teams' (04) and 'Tokyo has been criticised for sending too few troops' (05) stand for the Japanese "
             "government and are keyed as a description of Japan as well as the city's alias (the city in 01, 04 "
             "'Haneda Airport in Tokyo', 05 'Tokyo's Haneda airport'); 04's 'Our government' (a calque of the Korean "
             "'uri jeongbu') is South Korea's government and keyed as a description of Korea. 'Ishikawa prefecture' / "
             "'Ishikawa Prefecture' speaks for the prefectural government (02, 03, 04) and is keyed as one GPE with "
             "'Ishikawa'. 'Airbus' (02 'engineers from Airbus') is the maker; 'Airbus A350' / 'A350' the aircraft type; "
             "'JAL516' the flight (02 writes 'Japan Airlines flight 516', not keyed as a form); 'Dash-8' / 'Bombardier "
             "Dash-8' the coast guard's aircraft type. 'Asaichi' (03) is the Wajima morning market (the lower-case "
             "'morning market' elsewhere is not keyed). 'Reiwa 6 Noto Peninsula Earthquake' (03, the official name, "
             "Reiwa 6 = 2024) and 'Great East Japan Earthquake' (03, 2011) are events. Descriptions: 'the prime "
             "minister' (04, Kishida; 05's 'the prime minister's residence' is also his), 'the 66-year-old' (05) for "
             "Kishida; 'The 39-year-old' (02) and 'the coast guard captain' (06; 04 'The Coast Guard captain', "
             "the same words) for Miyamoto; 'The opposition leader' (05) for Izumi; 'the airline' (01, 06; 02 'the airline’s') for Japan "
             "Airlines; 'the board' (02, 06) for the JTSB; 'Tokyo' for Japan and 'Our government' for Korea (above). "
             "Not keyed: demonyms and adjectives (Japanese, Korean), 'the Korean people', 'New Year', the unnamed controller, officials, police, "
             "investigators, safety specialists and 'Opposition politicians', 'runway C' / 'runway 34R' / 'C runway' / "
             "'holding point C5', 'Boeing 747', the lower-case ministries and 'the "
             "government'. roles: roles stated in an apposition or title, for information.",
    "entities": [{"name": n, "type": t, "aliases": a} for n, t, a in ents],
    "must_not_merge": must_not_merge,
    "descriptions": [{"entity": e, "descriptions": d} for e, d in descriptions],
    "roles": [{"entity": e, "roles": r} for e, r in roles],
})

# ---------------------------------------------------------------------------------------------- dates
dates = [
    # 01: published Tuesday 2024-01-02 (JSON field 2024-01-02T13:30:00Z, 22:30 in Tokyo)
    ["01", "Tuesday", "2024-01-02"],
    ["01", "the day before", "2024-01-01"],
    ["01", "Monday", "2024-01-01"],
    ["01", "Tuesday", "2024-01-02"],
    ["01", "Monday", "2024-01-01"],
    ["01", "the previous evening", "2024-01-01"],
    ["01", "New Year's Day", "2024-01-01"],
    ["01", "March 2011", "2011-03"],
    ["01", "Tuesday", "2024-01-02"],
    ["01", "72 hours", "PT72H"],
    ["01", "1985", "1985"],
    # 02: published Thursday 2024-01-04 (meta and JSON-LD only)
    ["02", "Wednesday", "2024-01-03"],
    ["02", "40 seconds", "PT40S"],
    ["02", "Tuesday", "2024-01-02"],
    ["02", "Wednesday", "2024-01-03"],
    ["02", "Tuesday", "2024-01-02"],
    ["02", "18 minutes", "PT18M"],
    ["02", "Wednesday", "2024-01-03"],
    ["02", "a year", "P1Y"],
    ["02", "Wednesday", "2024-01-03"],
    ["02", "New Year’s night", "2024-01-01"],
    ["02", "Wednesday", "2024-01-03"],
    # 03: published Wednesday 2024-01-10, no date line
    ["03", "the 9th", "2024-01-09"],
    ["03", "the 1st", "2024-01-01"],
    ["03", "the 9th", "2024-01-09"],
    ["03", "one week", "P1W"],
    ["03", "the 1st", "2024-01-01"],
    ["03", "2011", "2011"],
    ["03", "the 9th", "2024-01-09"],
    ["03", "the 9th", "2024-01-09"],
    ["03", "the 1st", "2024-01-01"],
    ["03", "40 years", "P40Y"],
    ["03", "the 9th", "2024-01-09"],
    ["03", "this evening", "2024-01-09"],
    ["03", "the 9th", "2024-01-09"],
    ["03", "the 2nd", "2024-01-02"],
    ["03", "the 8th", "2024-01-08"],
    ["03", "the 1st", "2024-01-01"],
    ["03", "one month", "P1M"],
    ["03", "the 1st", "2024-01-01"],
    # 04: published Friday 2024-01-05 (visible date line 'Input 2024.01.05 15:12')
    ["04", "the 4th", "2024-01-04"],
    ["04", "the 4th", "2024-01-04"],
    ["04", "the 1st", "2024-01-01"],
    ["04", "four hours", "PT4H"],
    ["04", "the 4th", "2024-01-04"],
    ["04", "the 4th", "2024-01-04"],
    ["04", "the 2nd", "2024-01-02"],
    ["04", "the 2nd", "2024-01-02"],
    ["04", "the 2nd", "2024-01-02"],
    ["04", "the 3rd", "2024-01-03"],
    ["04", "last year", "2023"],
    ["04", "this month", "2024-01"],
    # 05: published Monday 2024-01-15, no date line
    ["05", "2024", "2024"],
    ["05", "24 hours", "PT24H"],
    ["05", "New Year's Day", "2024-01-01"],
    ["05", "The next evening", "2024-01-02"],
    ["05", "Yesterday", "2024-01-14"],
    ["05", "two weeks", "P2W"],
    ["05", "The same day", "2024-01-14"],
    ["05", "2011", "2011"],
    ["05", "eight days later", "2024-01-09"],
    ["05", "Tuesday", "2024-01-09"],
    ["05", "last week", "2024-01-08/2024-01-14"],
    ["05", "1995", "1995"],
    ["05", "earlier this month", "2024-01"],
    ["05", "2018 to 2022", "2018/2022"],
    ["05", "last June", "2023-06"],
    ["05", "eight months", "P8M"],
    ["05", "next Friday", "2024-01-26"],
    # 06: published Thursday 2024-01-11 (visible date line '11 Jan 2024 · 08:05 JST')
    ["06", "Tuesday", "2024-01-09"],
    ["06", "January 2", "2024-01-02"],
    ["06", "Tuesday", "2024-01-09"],
    ["06", "the next day", "2024-01-03"],
    ["06", "last week", "2024-01-01/2024-01-07"],
    ["06", "2021", "2021"],
    ["06", "2015", "2015"],
    ["06", "18 minutes", "PT18M"],
    ["06", "a year", "P1Y"],
    ["06", "Tuesday", "2024-01-09"],
    ["06", "Monday", "2024-01-08"],
    ["06", "the first week of January", "2024-01-01/2024-01-07"],
]
dump('dates.json', {
    "about": "Answer key for date normalisation on corpus-w/articles, same conventions as corpus-c..v: document id prefix, "
             "the expression as written (the first occurrence not yet matched, in text order; a system expression that "
             "contains the key text matches, so 'Tuesday' in 01 also matches 'on Tuesday', 'late on Tuesday' and 'By "
             "Tuesday evening', 'Monday' matches 'Monday's quake' and 'since Monday night', 'Wednesday' in 02 'on "
             "Wednesday night', 'the 9th' in 03 'On the 9th (Tue)', 'the 2nd' 'the 2nd (Tue)' or 'the 2nd (local time)', "
             "'72 hours' 'The first 72 hours', 'a year' 'at least a year' / 'within a year', 'one week' 'about one "
             "week', 'four hours' 'about four hours', 'last year' 'the end of last year', 'this month' 'later this "
             "month', '2021' '2021-built'), its absolute value. Weeks run Monday to Sunday. Dates are Japan local dates "
             "(UTC+9): 01's JSON field 2024-01-02T13:30:00Z is 22:30 on Tuesday 2 January in Tokyo. Not keyed: the date "
             "lines 'Input 2024.01.05 15:12 | Modified 2024.01.05 16:40' (04, year first with dots) and '11 Jan 2024 · "
             "08:05 JST' (06), headlines, captions ('on the 8th' in 03's, 'on Monday, six days after the collision' in "
             "06's), standfirsts ('New Year's Day', 'the next evening' in 05's), related links and 05's duplicated lead; "
             "clock times ('at about 5:47 p.m.', 'at 4:10 p.m.', 'at 17 hour 59 minute' (03, a calque of 17時59分), 'at "
             "5:47 p.m. on Tuesday' keyed by its day); parts of days keyed as the day ('since Monday night', 'the "
             "previous evening', 'By Tuesday evening', 'on Wednesday night', 'New Year’s night', 'this evening' inside "
             "Hase Yumiko's quotation, 03, spoken on the 9th, 'The next evening' (05, 2 January), 'the night of the "
             "1st' keyed by 'the 1st'); vague or recurring expressions ('for the evening', 'several days', 'less than a "
             "minute later', 'within minutes', 'around the clock', 'as soon as possible', 'at first', 'the New Year' "
             "custom and 'the busy New Year return rush', 'a day' in 'movements a day', 'the night' in 'spent the "
             "night', 'a night of fear', 'So far'); names and adjectival spans ('Reiwa 6 Noto Peninsula Earthquake', 03, "
             "the official name, Reiwa 6 being 2024; 'year-end party'; 'New Year press conference'; '2021-built' is "
             "keyed as the year 2021); ages ('The 39-year-old', 'Hase Yumiko-san (68)', 'Miyamoto Genki-san (39)', 'the "
             "66-year-old'); counts and figures ('379', '367 passengers', '12 crew', 'Fourteen passengers', 'five of "
             "the six', 'four of the six', '48 deaths', '73 people', '84 persons', '202 persons', '102 persons', '179 "
             "persons', 'More than 220 people', '30,000', '26,000', '16,000', '520 people', 'about 300 buildings', "
             "'about 3,000 units', '4.7 billion yen', '15 billion yen', '1,300 movements', 'more than 100', 'about "
             "1,000 domestic flights', 'magnitude 7.6', 'magnitude 7.5', '6.0', 'the seismic intensity 7' and '5 "
             "lower', 'about 150 kilometres', '1.2 metres', '20 percent range', 'runway 34R', 'holding point C5', "
             "'JAL516', 'flight 516', 'Boeing 747'). Relative dates: 01 (Tuesday 2 January, evening) 'on Tuesday' and "
             "'the day before' (1 January), 'Monday's quake', 'late on Tuesday', 'since Monday night', 'the previous "
             "evening' (1 January: the task force), 'New Year's Day', 'since March 2011', 'By Tuesday evening', 'The "
             "first 72 hours' a span, 'since 1985'. 02 (Thursday 4 January, 06:30): 'on Wednesday' five times (3 "
             "January: the transcripts, Ishii's news conference, the start of the examination of the wreckage, the "
             "prefecture's count, the closed runway), 'about 40 seconds' a span, 'on Tuesday' and 'late on Tuesday' (2 "
             "January: the collision, JAL's news conference), 'about 18 minutes' a span, 'at least a year' a span, 'New "
             "Year’s night' 1 January. 03 (Wednesday 10 January, no date line, days of the month without a month in the "
             "Japanese manner): 'the 9th' seven times (the aftershock, the agency's statement, the prefecture's count, "
             "Hase's meeting, the interview, Kishida's statement), 'the 1st' five times (the main shock, the fire, "
             "Saeki's fault, the damaged houses), 'for about one week' a span, 'of 2011', 'for 40 years' a span, 'this "
             "evening' (9 January), 'the 2nd (Tue)' (the collision), 'the 8th' (the reopening), 'for one month or more' "
             "a span; two Tuesdays, 'the 9th (Tue)' and 'the 2nd (Tue)', must stay apart. 04 (Friday 5 January, "
             "visible date line): 'the 4th' four times (the New Year press conference, the cancelled Ise visit, the "
             "conference, the count), 'the 1st' (the first press conference), 'about four hours' a span, 'the 2nd' "
             "three times (the Korean foreign ministry, Yoon's message, the collision, '(local time)'), 'the 3rd' (the "
             "transcripts), 'the end of last year' 2023, 'later this month' January 2024 (the Diet). 05 (Monday 15 "
             "January, no date line): 'began 2024', 'barely more than 24 hours' a span, 'On New Year's Day', 'The next "
             "evening' 2 January, 'Yesterday' 14 January (the visit), 'two weeks after the quake' a span, 'The same "
             "day' 14 January, 'since 2011', 'eight days later, on Tuesday' keyed twice (both 9 January: the "
             "aftershock; the Tuesday is the second of the two Tuesdays, not the collision's), 'said last week' 8-14 "
             "January, 'of 1995', 'released by the transport ministry earlier this month' January 2024, 'from 2018 to 2022' a range of years (the unrecorded income), 'last June' June 2023, 'less than eight months' a span, 'next Friday' 26 January (the "
             "Diet). 06 (Thursday 11 January): 'on Tuesday' three times 9 January (the ministry's measure, Saito's news "
             "conference, the coast guard's review), 'on January 2', 'recovered the next day' 3 January (the day after the collision of January 2), 'found last week' 1-7 January, '2021-built', 'in "
             "2015', 'about 18 minutes' a span, 'within a year' a span, 'on Monday' 8 January (the reopening), 'the "
             "first week of January'. Publication dates used: 01 2024-01-02, 02 2024-01-04, 03 2024-01-10, 04 "
             "2024-01-05, 05 2024-01-15, 06 2024-01-11 (see publication.json).",
    "dates": dates,
})

# ---------------------------------------------------------------------------------------------- publication
dump('publication.json', {
    "about": "True publication date of each document (the one the author had in mind) and whether the input states it "
             "(metadata, JSON field or a visible date line). window: the span a careful reader can prove from the text alone "
             "(plus event dates the other articles give); the engine's published.earliest..latest should contain 'date'. "
             "Dates are Japan local dates.",
    "published": [
        {"doc": "01", "date": "2024-01-02", "stated": True,
         "how": "JSONL published field 2024-01-02T13:30:00Z (22:30 in Tokyo the same day); the collision 'on Tuesday' "
                "and the count 'By Tuesday evening' are past",
         "window": ["2024-01-02", "2024-01-02"]},
        {"doc": "02", "date": "2024-01-04", "stated": True,
         "how": "meta article:published_time and JSON-LD datePublished 2024-01-04T06:30:00+09:00 (no visible date; the "
                "transcripts 'on Wednesday' and the count 'on Wednesday night' are past)",
         "window": ["2024-01-04", "2024-01-04"]},
        {"doc": "03", "date": "2024-01-10", "stated": False,
         "how": "none: days of the month only; the aftershock of 'the 9th (Tue)' (9 January per 05 and 06's Tuesday) "
                "is past and 'the evacuees spent again a night of fear', and Kishida means to visit 'as soon as "
                "possible' (he went on 14 January per 05): between Wednesday 10 and Saturday 13 January",
         "window": ["2024-01-10", "2024-01-13"]},
        {"doc": "04", "date": "2024-01-05", "stated": True,
         "how": "visible date line 'Input 2024.01.05 15:12 | Modified 2024.01.05 16:40' (year.month.day, Korean "
                "portal style); the press conference of 'the 4th' is past",
         "window": ["2024-01-05", "2024-01-05"]},
        {"doc": "05", "date": "2024-01-15", "stated": False,
         "how": "none: 'Yesterday Mr Kishida flew ... to Wajima and Suzu ..., two weeks after the quake' (the quake on "
                "New Year's Day: yesterday = 14 January), the aftershock 'eight days later, on Tuesday' is past and the "
                "Diet 'opens next Friday' (26 January): Monday 15 January",
         "window": ["2024-01-15", "2024-01-15"]},
        {"doc": "06", "date": "2024-01-11", "stated": True,
         "how": "visible date line '11 Jan 2024 · 08:05 JST' under a masthead line, a breadcrumb and the title; the "
                "measure 'on Tuesday' and the reopening 'on Monday' are past",
         "window": ["2024-01-11", "2024-01-11"]},
    ],
})

# ---------------------------------------------------------------------------------------------- timeline
ev = []
event = recorder(ev)

event("A magnitude 7.6 earthquake strikes the Noto Peninsula (Ishikawa) at 16:10", "2024-01-01",
      ["01", "03", "04", "05"],
      ["earthquake", "quake", "magnitude", "7.6", "main shock"],
      note="01 'at 4:10 p.m. on New Year's Day'; 03 'The main shock of the 1st'; 04 'On the night of the 1st, ... "
           "about four hours after the earthquake'; 05 'On New Year's Day a magnitude 7.6 earthquake'; the first of two "
           "quakes: the aftershock of 9 January must stay apart")
event("The Meteorological Agency issues a major tsunami warning, the first since 2011", "2024-01-01",
      ["01", "03", "05"],
      ["tsunami"],
      note="a separate event of the same day as the quake (01 'It prompted ...', 03 'At that time the agency had "
           "announced', 05 'within minutes of the shock')")
event("Fire destroys about 300 buildings around Wajima's morning market", "2024-01-01",
      ["01", "02", "03"],
      ["fire", "morning market", "asaichi", "burn"],
      note="01 in the sentence dated 'on New Year's Day'; 02 'burned on New Year’s night'; 03 'where the fire spread "
           "in the night of the 1st'; 05 tells the fire without a date and is not listed")
event("Kishida's first press conference on the earthquake (and the emergency task force)", "2024-01-01",
      ["01", "04"],
      ["press conference", "task force", "first press conference"],
      note="01 'who had set up an emergency task force on the earthquake the previous evening'; 04 'On the night of "
           "the 1st, at the first press conference'; the first of Kishida's two press conferences (the New Year press "
           "conference of 4 January is the second)")
event("JAL516 collides with a Japan Coast Guard Dash-8 on runway C at Haneda; five of the six coast guard crew die",
      "2024-01-02", ["01", "02", "03", "04", "05", "06"],
      ["collid", "collision", "crash", "struck", "hit", "landed on top"],
      note="01 'on Tuesday'; 02 'at 5:47 p.m. on Tuesday'; 03 'collided on the 2nd (Tue)'; 04 'On the 2nd (local "
           "time)'; 05 'The next evening'; 06 'on January 2'; JAL's news conference 'late on Tuesday' (02) and Yoon's "
           "message of the 2nd (04) are statements and not keyed")
event("The transport ministry releases the transcripts of the exchanges with the control tower", "2024-01-03",
      ["02", "04"],
      ["transcript", "released", "release"],
      note="02 'on Wednesday released the transcripts'; 04 'released on the 3rd'; the coast guard's news conference of "
           "the same day (02) is a statement and not keyed")
event("Kishida's New Year press conference at the Kantei (Ise Shrine visit cancelled)", "2024-01-04",
      ["04"],
      ["press conference", "conference", "new year"],
      note="the second of Kishida's two press conferences; must stay apart from that of 1 January")
event("Runway C at Haneda reopens", "2024-01-08", ["03", "06"],
      ["reopen", "re-open", "runway c", "c runway"],
      note="03 'the C runway was reopened on the 8th'; 06 'Runway C reopened on Monday'")
event("A magnitude 6.0 aftershock in the Sado region (intensity 5 lower in Nagaoka)", "2024-01-09", ["03", "05"],
      ["aftershock", "earthquake", "quake", "shaking", "6.0", "magnitude"],
      note="03 'On the 9th (Tue) at 17 hour 59 minute'; 05 'A strong aftershock eight days later, on Tuesday'; the "
           "second of the two quakes, not to be merged with the main shock of 1 January; the second of the two "
           "Tuesdays (the collision was on Tuesday 2 January)")
event("The government decides to spend about 4.7 billion yen from the reserve fund on the stricken area",
      "2024-01-09", ["03"],
      ["reserve fund", "billion yen", "4.7"],
      note="03 'on the 9th'; 04's 'the government would spend the reserve fund' (4 January) is a plan and not keyed")
event("The transport ministry stops telling departing aircraft their place in the take-off sequence", "2024-01-09",
      ["06"],
      ["number one", "take-off sequence", "stop telling", "safety measure", "measure"],
      note="06 'said on Tuesday'; Saito's news conference of the same day is folded in; the same day as the "
           "aftershock, a separate event")
event("Kishida visits Wajima and Suzu by helicopter and meets Governor Hase", "2024-01-14", ["05"],
      ["visit", "flew", "helicopter", "met"],
      note="05 'Yesterday Mr Kishida flew by helicopter'; 03's intention to visit 'as soon as possible' is a plan")
dump('timeline.json', {
    "about": "Real-world events the articles report, with date (day), until for multi-day events, the documents that "
             "report each (with a date the reader can resolve), and words by which a system event is recognised (title, "
             "trigger or participant entity ids). Dates are Japan local dates. Occurrences of similar events must stay "
             "apart: the two quakes (the magnitude 7.6 main shock of Monday 1 January and the magnitude 6.0 aftershock "
             "of Tuesday 9 January), the two Tuesdays (the collision of 2 January, the aftershock and the ministry's "
             "measure of 9 January), Kishida's two press conferences (the night of 1 January; the New Year press "
             "conference of 4 January); the three events of 1 January (quake, tsunami warning, market fire); the "
             "aftershock, the reserve-fund decision and the ministry's measure of 9 January. Not keyed: future, planned "
             "or intended events (Kishida's visit 'as soon as possible' in 03, the Diet session opening 'next Friday' / "
             "'later this month', the JTSB's interim report 'within a year', 04's plan to spend the reserve fund and to "
             "increase the troops, the cancelled visit to Ise Shrine), events dated only by year, month or week (the "
             "2011 disaster and warning, the 1985 JAL crash, the Kobe earthquake of 1995, Shotaro Kishida's removal "
             "'last June', the A350's entry into service in 2015, the recorders 'found last week', Izumi's criticism "
             "'last week', the cancellations 'in the first week of January'), statements and news conferences other "
             "than Kishida's two (JAL's of 2 January, the coast guard's and the prefecture's counts of 3 January, "
             "Hase's meeting and the Meteorological Agency's call for caution on the 9th, Yoon's message and the Korean "
             "foreign ministry's statement of 2 January, Saito's news conference of 9 January folded into the "
             "measure), states (the captain in hospital, the evacuees in shelters, the investigations), and the death "
             "tolls (counts at different dates: 48, 73, 84, 202, more than 220).",
    "events": ev,
})

# ---------------------------------------------------------------------------------------------- quotes
quotes = [
    ["01", "All 379 people on board the Airbus A350", "indirect", JAL],
    ["01", "We will do everything in our power to establish the cause", "direct", SAI],
    ["01", "they were looking into possible professional negligence", "indirect", [None, "Tokyo Metropolitan Police Department"]],
    ["01", "the crew had been on standby", "indirect", JCG],
    ["01", "They were on their way to help people", "direct", [None, JCG]],
    ["01", "the agency would cooperate fully with the inquiry", "indirect", [None, JCG]],
    ["01", "carrying out their mission with a strong sense of duty", "partial", KIS],
    ["01", "I express my deepest respect", "direct", KIS],
    ["01", "The first 72 hours are decisive", "direct", HAS],
    ["01", "We are racing against time", "direct", HAS],
    ["01", "the prefecture had asked the Self-Defense Forces", "indirect", HAS],
    ["01", "the pilots of JAL516 had not seen the other aircraft", "indirect", JAL],

    ["02", "Taxi to holding point C5.", "direct", [None]],
    ["02", "There is no instruction in the transcripts", "direct", [None, MLIT]],
    ["02", "it would not comment on the cause", "indirect", MLIT],
    ["02", "he believed he had been given permission", "indirect", MIY],
    ["02", "We take the captain’s account seriously", "direct", ISH],
    ["02", "the aircraft had been loaded with relief goods", "indirect", ISH],
    ["02", "wanted to deliver them as fast as they could", "partial", ISH],
    ["02", "its pilots had not seen the Dash-8", "indirect", JAL],
    ["02", "Our cabin attendants did exactly what they were trained to do", "direct", TSU],
    ["02", "A runway incursion is the accident every controller fears", "direct", TAN],
    ["02", "The controller, the coast guard crew and the JAL pilots", "direct", TAN],
    ["02", "73 people had been confirmed dead", "indirect", ISK],
    ["02", "rescuers were still trying to reach communities", "indirect", HAS],

    ["03", "the scale of the earthquake (magnitude) is estimated at 6.0", "indirect", JMA],
    ["03", "the earthquake of the 9th is regarded as a part", "indirect", JMA],
    ["03", "for about one week", "partial", JMA],
    ["03", "the dead by the earthquake became 202 persons", "indirect", ISK],
    ["03", "The life of the evacuees is the most urgent problem", "direct", HAS],
    ["03", "the prefecture will prepare temporary housing", "indirect", HAS],
    ["03", "Everything that my mother left has become ash", "direct", YUM],
    ["03", "but if the market does not return", "direct", YUM],
    ["03", "With the shaking of this evening", "direct", YUM],
    ["03", "the government will spend about 4.7 billion yen", "indirect", KIS],
    ["03", "The state will stand in the front", "direct", KIS],
    ["03", "as soon as possible", "partial", KIS],
    ["03", "The fault that moved on the 1st", "direct", SAE],
    ["03", "and the aftershocks of the magnitude 6 class", "direct", SAE],
    ["03", "the houses which were damaged on the 1st can fall", "indirect", SAE],

    ["04", "The government will respond to the Noto Peninsula earthquake", "direct", KIS],
    ["04", "Saving lives is the top priority", "direct", KIS],
    ["04", "the personnel of the Self-Defense Forces deployed", "indirect", KIS],
    ["04", "We will not let money become the reason", "direct", KIS],
    ["04", "the dead by the earthquake reached 84 persons", "indirect", ISK],
    ["04", "the roads to the peninsula are narrow", "indirect", ["Japan", "Tokyo"]],
    ["04", "no casualties of our nationals had been confirmed", "indirect", [MOFA, "Korea"]],
    ["04", "The Korean people share the sorrow", "direct", YOO],
    ["04", "the control tower ordered the Coast Guard aircraft", "indirect", [MLIT, None]],
    ["04", "he had received permission", "indirect", MIY],
    ["04", "In both disasters, the Japanese system of response worked", "direct", PAR],
    ["04", "Korea also has many mountain villages", "direct", PAR],

    ["05", "I wanted to see with my own eyes", "direct", KIS],
    ["05", "The first response was too small and too slow", "direct", IZU],
    ["05", "he thought he had been cleared onto the runway", "indirect", MIY],
    ["05", "Disasters can rescue a weak leader", "direct", OKA],
    ["05", "In Noto it arrived late, on broken roads", "direct", OKA],
    ["05", "the ordinary session of the Diet, which opens next Friday", "indirect", OKA],

    ["06", "air traffic controllers would temporarily stop telling", "indirect", MLIT],
    ["06", "number one", "partial", [None]],
    ["06", "Until the investigation gives us its findings", "direct", SAI],
    ["06", "It is a small change", "direct", SAI],
    ["06", "it would station an extra controller", "indirect", MLIT],
    ["06", "the hull of the 2021-built aircraft", "indirect", JAL],
    ["06", "the accident looked like a classic runway incursion", "indirect", [None]],
    ["06", "The holes in the layers lined up", "direct", DUF],
    ["06", "The warning display was there", "direct", DUF],
    ["06", "the board would probably publish an interim report", "indirect", DUF],
    ["06", "it had reviewed its radio procedures", "indirect", JCG],
]
dump('quotes.json', {
    "about": "Answer key for quotations on corpus-w/articles, same conventions as corpus-c..v: document id prefix, the first "
             "words of the quoted or reported content, kind, and the speaker's canonical name (null: the text does not "
             "name one; a list: any of these is right, and a list containing null also accepts no speaker). A quote "
             "interrupted by its attribution (03 Hase Yumiko's '「Everything that my mother left has become ash,」 "
             "Hase-san said, 「but if the market does not return ...」', 03 Saeki's '「The fault that moved on the 1st "
             "...,」 explains the professor Saeki Takeshi ..., 「and the aftershocks ...」') or continued without one (01 "
             "Hase's 'We are racing against time', 02 Tanabe's second quotation, 03 Hase Yumiko's third quotation "
             "'「With the shaking of this evening ...」' after a sentence about her, 05 Okafor's second sentence, 06 "
             "Saito's and Dufresne's second quotations) is keyed once per piece. A reported clause with quoted words in "
             "it (01 Kishida 'said the crew had died \"carrying out their mission ...\"', 02 Ishii 'that the crew had "
             "\"wanted to deliver them as fast as they could\"', 03 the agency's caution 「for about one week」, 03 "
             "Kishida's intention to visit 「as soon as possible」, 06 'that it was \"number one\" for departure', the "
             "controllers' words, null) is keyed as the partial quote. Forms: 'He said:' before the quotation (01 "
             "Kishida); 'X told reporters' after it (01 Saito); inverted 'said X' (01 'said Governor Hiroshi Hase', 02 "
             "'said Tadayuki Tsutsumi', 02 'said Ryo Tanabe', 05 'said Helen Okafor', 06 'said Claire Dufresne'); the "
             "present-tense calque 'explains the professor Saeki Takeshi' (03); machine-translated 'expressed, 「...」' "
             "(03 Hase Hiroshi), '「...,」 Kishida Prime Minister emphasised' (03), 'declared, \"...\"' (04 Kishida), "
             "'said, \"...\"' (04 Park), 'saying, \"...\"' (04 Yoon); sentence-final 'the airline said' after reported "
             "speech (01, keyed at the sentence's first words 'All 379 people on board the Airbus A350'); 'according "
             "to' (02 'according to the coast guard' after Miyamoto's reported belief: the speaker is Miyamoto, the "
             "coast guard relays it; 03 'According to the Meteorological Agency'; 04 'According to Ishikawa "
             "Prefecture'; 05 'According to her' (Okafor)); a speaker given only by a role, a description or a pronoun: "
             "04 'the prime minister had said' (Kishida, his press conference of the 1st), 04 '\"...,\" he said' "
             "(Kishida), 04 'The Coast Guard captain is known to have stated that' (Miyamoto), 05 'the 66-year-old told "
             "evacuees' (Kishida), 05 'He has told investigators' (Miyamoto), 02 'He said the aircraft had been "
             "loaded' (Ishii), 03 'He has said that' (Saeki), 06 'She said' (Dufresne), 04 'He said, \"...\"' (Park); "
             "organisations and places as speakers: the coast guard (01 'The coast guard said', 06 'The coast guard "
             "... said on Tuesday', lower-case, the Japan Coast Guard), 'a coast guard official said' (01, null or the "
             "coast guard), 'an official of the Ministry of Land, Infrastructure, Transport and Tourism (MLIT) told "
             "reporters' (02, null or MLIT), 'The ministry said' (02, 06: MLIT), 'Japan's transport ministry said on "
             "Tuesday that' (06, MLIT), 'Japan Airlines ... said' / 'JAL said' / 'The airline said', Ishikawa "
             "prefecture's counts (02, 03, 04: the GPE Ishikawa), 04 'Tokyo has so far declined ..., saying that' "
             "(Japan's government: Japan or Tokyo), 04 'Our government, through the Ministry of Foreign Affairs, said' "
             "(South Korea's foreign ministry or Korea), the transcript relayed by the ministry (04, MLIT or null); "
             "unnamed speakers (null): 01 'Police said', 02 the controller's 'Taxi to holding point C5.', 06 'Safety "
             "specialists said'. Japanese corner brackets 「」 (03), curly quotes (02), straight quotes (01, 04, 05, "
             "06). Not keyed: 02 'The crew read the instruction back', 05 'Opposition politicians had asked why he waited so long' (a question "
             "reported without its words), 05 'The opposition leader contrasted it with the Kobe earthquake' (a "
             "characterisation), 04 'Prime Minister Gishida also expressed condolences' and 'sent a message of "
             "condolence' (acts; Yoon's words after 'saying' are keyed), 03 'has called for caution' (a request; its "
             "bracketed words are keyed), 06 'The board has not commented on their accounts' and 'The airline again "
             "praised its 12 cabin and flight crew' (no content), headlines, captions, standfirsts and 05's duplicated "
             "lead.",
    "quotes": quotes,
})

# ---------------------------------------------------------------------------------------------- claims
claims = [
    {"id": "coast-guard-deaths",
     "text": "Five of the six crew of the coast guard Dash-8 were killed",
     "docs": ["01", "02", "03", "04", "06"],
     "anchors": {
         "01": "The other five were found dead in the wreckage",
         "02": "His five crewmates died at the scene",
         "03": "Of the 6 crew, 5 persons have died",
         "04": "However, 5 of the 6 crew of the Coast Guard aircraft died",
         "06": "Five of its members died in the collision"},
     "contradiction": {
         "docs": ["05"],
         "anchors": {"05": "But four of the six crew of the coast guard Dash-8 were killed"},
         "aspect": "number",
         "detail": "05 puts the coast guard dead at four of six against five of six in 01-04 and 06"},
     "note": "01's lead 'killing five of the six crew members' agrees and is not anchored (its sentence tells the "
             "collision); 02's 'the only one of the six on board to survive' and 06's 'the only survivor among the six' "
             "agree with five dead"},
    {"id": "captain-survived",
     "text": "The Dash-8's captain, Genki Miyamoto, survived, injured",
     "docs": ["01", "02", "03", "05", "06"],
     "anchors": {
         "01": "Its captain, Genki Miyamoto, escaped with serious injuries",
         "02": "The 39-year-old, the only one of the six on board to survive",
         "03": "The captain Miyamoto Genki-san (39) is hospitalised",
         "05": "Its captain, Genki Miyamoto, survived with burns",
         "06": "The Japan Transport Safety Board has interviewed the coast guard captain"},
     "contradiction": None,
     "note": "'serious injuries' (01) and 'burns' (02, 05) agree; 39 is his age (02, 03)"},
    {"id": "all-escaped",
     "text": "All 379 people on board the JAL Airbus A350 escaped",
     "docs": ["01", "04", "05"],
     "anchors": {
         "01": "All 379 people on board the Airbus A350",
         "04": "total 379 persons, all escaped",
         "05": "All 379 people on the Airbus A350 got out"},
     "contradiction": None,
     "note": "379 is the total: 367 passengers and 12 crew (01, 04); 06's '367 passengers' evacuated by '12 cabin and "
             "flight crew' is the same count split, not a smaller total"},
    {"id": "evacuation-18-minutes",
     "text": "The evacuation took about 18 minutes, through three of the eight exits",
     "docs": ["02", "06"],
     "anchors": {
         "02": "The evacuation of all 379 passengers and crew took about 18 minutes",
         "06": "evacuated 367 passengers in about 18 minutes"},
     "contradiction": None,
     "note": "02 counts 379 passengers and crew, 06 the 367 passengers evacuated by the 12 crew: per-group against "
             "total, not a contradiction"},
    {"id": "collision",
     "text": "On 2 January a Japan Airlines jet landing at Haneda collided with a Japan Coast Guard aircraft",
     "docs": ["01", "04", "05"],
     "anchors": {
         "01": "burst into flames after colliding with a Japan Coast Guard aircraft",
         "04": "collided on the runway with a Dash-8 aircraft",
         "05": "struck a coast guard plane that was about to fly relief to the peninsula"},
     "contradiction": None,
     "note": "02, 03 and 06 tell the collision inside sentences anchored for other claims"},
    {"id": "collision-time",
     "text": "The Airbus landed on the coast guard plane at (about) 5:47 p.m.",
     "docs": ["01", "02", "06"],
     "anchors": {
         "01": "The collision happened at about 5:47 p.m.",
         "02": "when the Airbus landed on top of it at 5:47 p.m.",
         "06": "where the A350, operating as JAL516 from Sapporo, landed on top of it"},
     "contradiction": None,
     "note": "'about 5:47' (01, 06) against '5:47' (02): approximate against exact"},
    {"id": "relief-mission",
     "text": "The coast guard plane was to carry relief supplies for the Noto earthquake area",
     "docs": ["01", "02", "03", "04"],
     "anchors": {
         "01": "was due to carry supplies to a base in Niigata",
         "02": "He said the aircraft had been loaded with relief goods",
         "03": "had been going to carry the relief goods to the Niigata base",
         "04": "The Coast Guard aircraft was carrying relief goods to the Noto Peninsula"},
     "contradiction": None,
     "note": "'a base in Niigata' (01), 'the Niigata base' (03) and 'to the Noto Peninsula' (02, 04): the base the "
             "goods were flown to and the area they were for"},
    {"id": "holding-point",
     "text": "The controller told the coast guard plane to taxi to holding point C5",
     "docs": ["02", "06"],
     "anchors": {
         "02": "less than a minute later told the coast guard Dash-8",
         "06": "before instructing it to taxi to holding point C5"},
     "contradiction": None},
    {"id": "no-clearance",
     "text": "The transcripts show no permission for the coast guard plane to enter the runway",
     "docs": ["02", "04"],
     "anchors": {
         "02": "was never cleared to enter it",
         "04": "there was no permission to enter the runway"},
     "contradiction": None,
     "note": "the captain's belief that he was cleared (02, 04, 05) is his account, not a contradiction of the "
             "transcripts"},
    {"id": "captain-believed-cleared",
     "text": "The captain told investigators he believed he had permission to enter the runway",
     "docs": ["02", "04", "05"],
     "anchors": {
         "02": "he believed he had been given permission to enter the runway",
         "04": "The Coast Guard captain is known to have stated",
         "05": "He has told investigators he thought he had been cleared"},
     "contradiction": None},
    {"id": "jtsb-investigates",
     "text": "The Japan Transport Safety Board is investigating the collision",
     "docs": ["01", "03", "04"],
     "anchors": {
         "01": "The Japan Transport Safety Board (JTSB) sent investigators",
         "03": "The Transport Safety Committee (JTSB) continues the investigation",
         "04": "The Transport Safety Committee of Japan and the police are investigating"},
     "contradiction": None},
    {"id": "police-negligence",
     "text": "Police are investigating possible professional negligence",
     "docs": ["01", "02"],
     "anchors": {
         "01": "Police said they were looking into possible professional negligence",
         "02": "has opened its own inquiry into possible professional negligence"},
     "contradiction": None},
    {"id": "bea-joins",
     "text": "France's BEA takes part in the investigation",
     "docs": ["02", "06"],
     "anchors": {
         "02": "joined by France’s accident investigation bureau, the BEA",
         "06": "France's BEA is taking part"},
     "contradiction": None},
    {"id": "jal-pilots-did-not-see",
     "text": "JAL said its pilots had not seen the coast guard plane",
     "docs": ["01", "02"],
     "anchors": {
         "01": "The airline said the pilots of JAL516 had not seen",
         "02": "said its pilots had not seen the Dash-8"},
     "contradiction": None},
    {"id": "runway-reopened",
     "text": "Runway C reopened on 8 January",
     "docs": ["03", "06"],
     "anchors": {
         "03": "the C runway was reopened on the 8th",
         "06": "Runway C reopened on Monday"},
     "contradiction": None},
    {"id": "quake-magnitude",
     "text": "The earthquake of 1 January had a magnitude of 7.6 (Japan Meteorological Agency)",
     "docs": ["01", "03", "04", "05"],
     "anchors": {
         "01": "The magnitude 7.6 quake struck the Noto Peninsula",
         "03": "The main shock of the 1st, of magnitude 7.6",
         "04": "measured the scale of the earthquake as magnitude 7.6",
         "05": "On New Year's Day a magnitude 7.6 earthquake tore through"},
     "contradiction": None,
     "note": "04's 'the US Geological Survey (USGS) measured it as magnitude 7.5' is another agency's figure, not a "
             "contradiction; 03's 'magnitude ... 6.0' is the aftershock of the 9th; 'the seismic intensity 7' (03) is "
             "the Japanese intensity scale, not the magnitude"},
    {"id": "tsunami-warning",
     "text": "The Meteorological Agency issued its first major tsunami warning since 2011",
     "docs": ["01", "03", "05"],
     "anchors": {
         "01": "It prompted the Japan Meteorological Agency (JMA) to issue its first major tsunami warning",
         "03": "At that time the agency had announced the big tsunami warning",
         "05": "issued its first major tsunami warning since 2011"},
     "contradiction": None,
     "note": "'since March 2011' (01), 'since the Great East Japan Earthquake of 2011' (03), 'since 2011' (05) agree"},
    {"id": "market-fire",
     "text": "About 300 buildings burned around Wajima's morning market",
     "docs": ["02", "03", "05"],
     "anchors": {
         "02": "where about 300 buildings burned on New Year’s night",
         "03": "about 300 buildings were lost",
         "05": "A fire destroyed about 300 buildings around the morning market"},
     "contradiction": None,
     "note": "01's 'a fire that gutted the morning market district of Wajima' agrees without a figure and is not "
             "anchored (its sentence tells the quake)"},
    {"id": "worst-hit-cities",
     "text": "Most of the dead were in Wajima and Suzu",
     "docs": ["01", "03", "05"],
     "anchors": {
         "01": "most of them in Wajima and the neighbouring city of Suzu",
         "03": "By city, Suzu City is 91 persons and Wajima City is 81 persons",
         "05": "most of them in Suzu and Wajima"},
     "contradiction": None,
     "note": "the tolls of the three sentences differ (48 on 2 January, 202 on 9 January, more than 220 on 15 "
             "January): a rising count, not a contradiction"},
    {"id": "aftershock",
     "text": "A strong aftershock struck on Tuesday 9 January",
     "docs": ["03", "05"],
     "anchors": {
         "03": "an earthquake with the epicenter in the sea of the Sado region occurred",
         "05": "A strong aftershock eight days later"},
     "contradiction": None,
     "note": "magnitude 6.0 (03) against the main shock's 7.6: two quakes"},
    {"id": "reserve-fund",
     "text": "The government will spend money from the reserve fund on the relief",
     "docs": ["03", "04"],
     "anchors": {
         "03": "the government will spend about 4.7 billion yen of the reserve fund",
         "04": "the government would spend the reserve fund of the budget"},
     "contradiction": None,
     "note": "04 (4 January) announces the intention without a figure, 03 (9 January) the decided sum"},
    {"id": "foreign-rescue-declined",
     "text": "Tokyo declined offers of foreign rescue teams",
     "docs": ["04", "05"],
     "anchors": {
         "04": "Tokyo has so far declined the rescue teams offered by several countries",
         "05": "Tokyo has been criticised for sending too few troops at first"},
     "contradiction": None},
    {"id": "kishida-condolences",
     "text": "Kishida offered condolences to the families of the coast guard crew / the victims of the collision",
     "docs": ["01", "04"],
     "anchors": {
         "01": "I express my deepest respect to them and my condolences",
         "04": "also expressed condolences to the victims of the collision accident"},
     "contradiction": None},
    {"id": "kishida-unpopular",
     "text": "Kishida's approval ratings were very low before the disasters",
     "docs": ["04", "05"],
     "anchors": {
         "04": "whose cabinet's approval rating fell into the 20 percent range",
         "05": "whose approval ratings were already at record lows"},
     "contradiction": None},
    {"id": "diet-session",
     "text": "The ordinary session of the Diet opens later in January (26 January)",
     "docs": ["04", "05"],
     "anchors": {
         "04": "The ordinary session of the Diet will open later this month",
         "05": "According to her, the ordinary session of the Diet"},
     "contradiction": None,
     "note": "'later this month' (04) and 'next Friday' (05): vague against exact"},
]
dump('claims.json', {
    "about": "Checkable claims made by two or more sources on corpus-w/articles: short text, the documents asserting it "
             "(with an anchor: words of the asserting sentence in each document's cleaned text), and any contradiction "
             "(documents that disagree, aspect, detail). Only one contradiction is intended (the coast guard dead: "
             "'But four of the six crew of the coast guard Dash-8 were killed' in 05 against five of six in 01, 02, 03, "
             "04 and 06); every other contradiction is a false alarm, in particular: the death toll of the earthquake, "
             "attributed to Ishikawa prefecture at different dates, 48 (01, 2 January), 73 (02, 3 January), 84 (04, 4 "
             "January), 202 (03, 9 January) and 'More than 220' (05, 15 January), with 102 (03) and 179 (04) missing at "
             "different dates, and 03's title 'the dead surpass 200' (boilerplate); the evacuees, 'more than 30,000' "
             "(01, 2 January), 'About 26,000' (03, 9 January), 'Some 16,000' (05, 15 January); the magnitudes 7.6 "
             "(JMA: 01, 03, 04, 05) and 7.5 (USGS, 04) of one quake, and 6.0 (03) of the aftershock; the seismic "
             "intensity 7 (03, Shika) and '5 lower' (03, Nagaoka) against the magnitudes; 379 on board (01, 02, 04, 05) "
             "= 367 passengers (01, 04, 06) + 12 crew (01, 04, 06), and 'eight of them small children' (01) against the "
             "'eight emergency exits' / 'eight doors' (02, 06); five coast guard dead against 'Fourteen passengers' "
             "treated (01) and the six crew; 'about 5:47 p.m.' (01, 06) against '5:47 p.m.' (02); 'about 40 seconds' "
             "(02) on the runway; 'about 18 minutes' (02, 06) against 'barely more than 24 hours' (05) and 'The first 72 "
             "hours' (01); 'more than 100 domestic flights' cancelled on 3 January (02) against 'about 1,000 domestic "
             "flights' in the first week (06); the runway 'expected to stay closed for several days' (01) against its "
             "reopening on 8 January (03, 06): an expectation and its outcome; 'a base in Niigata' (01, 03) against 'to "
             "the Noto Peninsula' (02, 04): where the goods went and whom they were for; the captain's belief that he "
             "was cleared (02, 04, 05) against the transcripts (02, 04, 05): an account, not a contradiction; 'number "
             "one' (06) against 'holding point C5' (02, 06): two instructions; 'An investigation of this kind usually "
             "takes at least a year' (02) against 'an interim report within a year' (06): a final and an interim "
             "report; the reserve fund 'would' be spent (04, 4 January) against 'about 4.7 billion yen' (03, 9 "
             "January); Kishida's intention to visit 'as soon as possible' (03) against his visit 'Yesterday' (05); the "
             "Diet opening 'later this month' (04) against 'next Friday' (05); Kishida 66, Miyamoto 39, Hase Yumiko 68 "
             "and her '40 years' in the market; the 520 dead of 1985 (01); 'the 20 percent range' (04) against 'record "
             "lows' (05); 'about 300 buildings' (02, 03, 05) against 'about 3,000 units' of temporary housing (03); "
             "'about 150 kilometres' (03); '1.2 metres' (04); Shotaro Kishida's 'less than eight months' (05) against "
             "'eight days later' (05); 'two weeks after the quake' (05). Two quakes (1 and 9 January), two Tuesdays (2 "
             "and 9 January), Kishida's two press conferences (1 and 4 January) and two Hases (the governor; the "
             "shopkeeper Hase Yumiko) must not be merged into one claim. Framing differs on purpose (01 neutral wire; "
             "02 Tokyo English-language business daily, procedural, 'Why none of them did is what the board will have "
             "to explain'; 03 Ishikawa regional paper machine-translated from Japanese, close to the evacuees; 04 "
             "Seoul daily machine-translated from Korean, 'must learn from this'; 05 British weekly analysis critical "
             "of the government, 'In Noto it arrived late, on broken roads'; 06 aviation trade site, systemic, 'The "
             "holes in the layers lined up') without contradicting. One sentence anchors one claim: facts that several "
             "sources state only inside a sentence anchored for another claim are not keyed as claims (01's lead with "
             "the collision and the five dead, 01's fire inside the quake sentence, 02's transcripts lead, 03's "
             "collision inside the runway sentence, 06's collision inside the measure sentence, the recovered flight "
             "recorders inside 02's BEA sentence, 05's police questions inside the JTSB sentence). single_source "
             "lists claims only one document makes, for reference.",
    "claims": claims,
    "single_source": [
        {"doc": "01", "text": "By the evening of 2 January Ishikawa prefecture had confirmed 48 deaths"},
        {"doc": "01", "text": "The jet carried 367 passengers, eight of them small children, and 12 crew; 14 passengers were slightly injured"},
        {"doc": "01", "text": "Japan's last fatal accident of a large passenger jet was the 1985 JAL crash, with 520 dead"},
        {"doc": "01", "text": "Hase said the prefecture had asked the Self-Defense Forces for more troops"},
        {"doc": "02", "text": "Ishikawa prefecture counted 73 dead on the night of 3 January"},
        {"doc": "02", "text": "Only three of the eight exits could be used and the cabin crew used megaphones"},
        {"doc": "02", "text": "JAL and ANA cancelled more than 100 domestic flights on 3 January"},
        {"doc": "03", "text": "On 9 January a magnitude 6.0 quake in the Sado region reached intensity 5 lower in Nagaoka"},
        {"doc": "03", "text": "Ishikawa prefecture counted 202 dead and 102 missing on 9 January"},
        {"doc": "03", "text": "The prefecture will prepare about 3,000 temporary housing units"},
        {"doc": "03", "text": "The main shock reached intensity 7 in Shika"},
        {"doc": "04", "text": "Ishikawa prefecture counted 84 dead and 179 missing on 4 January"},
        {"doc": "04", "text": "The USGS measured the quake at magnitude 7.5"},
        {"doc": "04", "text": "A tsunami of 1.2 metres or more was observed in Wajima"},
        {"doc": "04", "text": "Kishida cancelled his New Year visit to Ise Shrine"},
        {"doc": "04", "text": "No South Korean casualties had been confirmed; Yoon sent a message of condolence on 2 January"},
        {"doc": "05", "text": "More than 220 people are known to have died; some 16,000 are still in shelters"},
        {"doc": "05", "text": "Kishida visited Wajima and Suzu by helicopter on 14 January"},
        {"doc": "05", "text": "Kishida removed his son Shotaro as his political secretary last June"},
        {"doc": "06", "text": "Controllers will stop telling departing aircraft their place in the take-off sequence"},
        {"doc": "06", "text": "The A350 was the first of its type to be destroyed since it entered service in 2015"},
        {"doc": "06", "text": "Runway C's closure led to about 1,000 cancelled domestic flights in the first week of January"},
    ],
})
print('keys written')
