"""Writes the answer keys of corpus-t (Taiwan's presidential and legislative elections of Saturday 13 January 2024 won by
Lai Ching-te, Nauru's switch of recognition on 15 January, Han Kuo-yu's election as speaker on 1 February, Lai's
inauguration on 20 May, the PLA's Joint Sword-2024A drills of 23-24 May, and the opposition's legislative reform bills of
28 May) into keys/.

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
LAI, HOU, KO, HSI, TSAI, HAN = "Lai Ching-te", "Hou Yu-ih", "Ko Wen-je", "Hsiao Bi-khim", "Tsai Ing-wen", "Han Kuo-yu"
CHB, CHJ, HKC, HSS, HCW = "Chen Binhua", "Chen Chien-jen", "Huang Kuo-chang", "Huang Shan-shan", "Hou Chih-wei"
CHO, CHU, YOU, CHI = "Cho Jung-tai", "Eric Chu", "You Si-kun", "Johnny Chiang"
BLI, BID, KAM, HAY, FUR, YAM = "Antony Blinken", "Joe Biden", "Yoko Kamikawa", "Hayashi Yoshimasa", "Furuya Keiji", \
    "Yamaguchi Shinji"
TIEN, WU, ADE, TUP, THO, LIX, WAN, XU, REN = "Tien Chung-kwang", "Joseph Wu", "David Adeang", "Ellen Tupou", \
    "Rebecca Thorne", "Li Xi", "Wang Wenbin", "Xu Haoran", "Tobias Renner"
DPP, KMT, TPP, TAO, LY, PLA, ETC = "Democratic Progressive Party", "Kuomintang", "Taiwan People's Party", \
    "Taiwan Affairs Office", "Legislative Yuan", "People's Liberation Army", "Eastern Theater Command"
JS24, JS23 = "Joint Sword-2024A", "Joint Sword"

# ---------------------------------------------------------------------------------------------- entities
ents = [
    (LAI, P, ["Lai Ching-te", "Lai", "William Lai", "Mr Lai", "Lai Qingde", "Lai-shi", "Rai Seitoku"]),
    (HOU, P, ["Hou Yu-ih", "Hou", "Hou Youyi", "Ko Yugi", "Hou You-yi"]),
    (KO, P, ["Ko Wen-je", "Ko", "Ke Wenzhe", "Ko Wen-zhe"]),
    (HSI, P, ["Hsiao Bi-khim", "Louise Hsiao", "Xiao Meiqin", "Ms Hsaio", "Ms Shiao"]),
    (TSAI, P, ["Tsai Ing-wen", "Tsai", "Dr Tsai", "Cai Yingwen", "Tsai-shi"]),
    (HAN, P, ["Han Kuo-yu", "Han", "Han Guoyu"]),
    (CHB, P, ["Chen Binhua"]),
    (CHJ, P, ["Chen Chien-jen"]),
    (HKC, P, ["Huang Kuo-chang", "Mr Huang"]),
    (HSS, P, ["Huang Shan-shan", "Ms Huang"]),
    (HCW, P, ["Hou Chih-wei"]),
    (CHO, P, ["Cho Jung-tai"]),
    (CHU, P, ["Eric Chu"]),
    (YOU, P, ["You Si-kun"]),
    (CHI, P, ["Johnny Chiang"]),
    (BLI, P, ["Antony Blinken"]),
    (BID, P, ["Joe Biden"]),
    (KAM, P, ["Yoko Kamikawa", "Kamikawa Yoko"]),
    (HAY, P, ["Hayashi Yoshimasa"]),
    (FUR, P, ["Furuya Keiji", "Furuya-shi"]),
    (YAM, P, ["Yamaguchi Shinji", "Yamaguchi-shi"]),
    (TIEN, P, ["Tien Chung-kwang"]),
    (WU, P, ["Joseph Wu"]),
    (ADE, P, ["David Adeang"]),
    (TUP, P, ["Ellen Tupou"]),
    (THO, P, ["Rebecca Thorne"]),
    (LIX, P, ["Li Xi"]),
    (WAN, P, ["Wang Wenbin"]),
    (XU, P, ["Xu Haoran"]),
    (REN, P, ["Tobias Renner", "Mr Renner"]),

    (DPP, O, ["Democratic Progressive Party", "DPP", "Minshinto"]),
    (KMT, O, ["Kuomintang", "KMT", "Kokuminto", "Nationalist Party", "Chinese Kuomintang"]),
    (TPP, O, ["Taiwan People's Party", "TPP", "Minshuto"]),
    ("Central Election Commission", O, ["Central Election Commission", "CEC"]),
    (TAO, O, ["Taiwan Affairs Office", "TAO", "Taiwan Affairs Office of the State Council"]),
    (LY, O, ["Legislative Yuan"]),
    (PLA, O, ["People's Liberation Army", "PLA", "Chinese People's Liberation Army"]),
    (ETC, O, ["Eastern Theater Command"]),
    ("Ministry of Foreign Affairs", O, ["Ministry of Foreign Affairs"]),
    ("State Department", O, ["State Department"]),
    ("House of Representatives", O, ["House of Representatives"]),
    ("Constitutional Court", O, ["Constitutional Court"]),
    ("Liberal Democratic Party", O, ["Liberal Democratic Party", "Jiminto"]),
    ("Diet", O, ["Diet"]),
    ("Japan-ROC Diet Members' Consultative Council", O, ["Japan-ROC Diet Members' Consultative Council"]),
    ("Meridian Asia Institute", O, ["Meridian Asia Institute"]),
    ("Oceania Policy Lab", O, ["Oceania Policy Lab"]),
    ("Institute of Cross-Strait Relations", O, ["Institute of Cross-Strait Relations"]),
    ("Southeast Coastal University", O, ["Southeast Coastal University"]),
    ("Hokusei University", O, ["Hokusei University"]),
    ("Halvorsen Centre for Asian Security", O, ["Halvorsen Centre for Asian Security"]),
    ("Formosa Governance Institute", O, ["Formosa Governance Institute"]),

    ("Xinhua", MD, ["Xinhua"]),
    ("Longview", MD, ["Longview"]),

    ("Taiwan", G, ["Taiwan", "Republic of China"]),
    ("China", G, ["China", "People's Republic of China"]),
    ("Beijing", G, ["Beijing"]),
    ("Taipei", G, ["Taipei"]),
    ("Washington", G, ["Washington"]),
    ("United States", G, ["United States", "US"]),
    ("Japan", G, ["Japan"]),
    ("Nauru", G, ["Nauru"]),
    ("Yaren", G, ["Yaren"]),
    ("Holy See", G, ["Holy See"]),
    ("Tuvalu", G, ["Tuvalu"]),
    ("Palau", G, ["Palau"]),
    ("Paraguay", G, ["Paraguay"]),
    ("New Taipei", G, ["New Taipei"]),
    ("Kaohsiung", G, ["Kaohsiung"]),
    ("Tainan", G, ["Tainan"]),
    ("Singapore", G, ["Singapore"]),
    ("Suva", G, ["Suva"]),
    ("London", G, ["London"]),
    ("New York", G, ["New York"]),
    ("San Francisco", G, ["San Francisco"]),
    ("Kinmen", G, ["Kinmen"]),
    ("Matsu", G, ["Matsu"]),
    ("Wuqiu", G, ["Wuqiu"]),
    ("Dongyin", G, ["Dongyin"]),

    ("Taiwan Strait", L, ["Taiwan Strait"]),
    ("Latin America", L, ["Latin America"]),
    ("Caribbean", L, ["Caribbean"]),
    ("Pacific", L, ["Pacific"]),
    ("Presidential Office Building", L, ["Presidential Office Building"]),

    (JS24, E_, ["Joint Sword-2024A"]),
    (JS23, E_, ["Joint Sword"]),
    ("1992 Consensus", M, ["1992 Consensus"]),
]

descriptions = [
    (LAI, ["the leader of the Taiwan region"]),
    (HOU, ["the 66-year-old former police chief", "the KMT's defeated candidate"]),
    (HAN, ["The former Kaohsiung mayor", "the new speaker"]),
    (CHU, ["The opposition leader"]),
    (XU, ["The expert"]),
    ("Taiwan", ["the Taiwan region", "Taiwan island", "Taipei"]),
    ("China", ["Beijing", "the mainland", "the Chinese side"]),
    ("United States", ["Washington"]),
    (LY, ["the legislature", "the 113-seat chamber", "the local legislative body", "the parliament"]),
    (PLA, ["China's army", "the Chinese army"]),
    ("Nauru", ["the Pacific nation"]),
]

roles = [
    (LAI, ["vice-president", "President-elect", "the leader of the Taiwan region"]),
    (HOU, ["the mayor of New Taipei", "former police chief"]),
    (KO, ["a former surgeon and mayor of Taipei", "presidential candidate"]),
    (HSI, ["Lai's running mate", "The vice-president is Hsiao Bi-khim", "Mr Lai's vice-president"]),
    (TSAI, ["President"]),
    (HAN, ["speaker", "a former mayor of Kaohsiung"]),
    (CHB, ["Its spokesperson", "The spokesperson of the Taiwan Affairs Office of the State Council"]),
    (CHJ, ["Premier"]),
    (HKC, ["The TPP's caucus whip", "The TPP's caucus leader"]),
    (HSS, ["a former Taipei deputy mayor under Ko"]),
    (HCW, ["a political scientist at the Formosa Governance Institute"]),
    (CHO, ["the premier", "premier"]),
    (CHU, ["The KMT chairman"]),
    (YOU, ["the outgoing speaker"]),
    (CHI, ["deputy speaker"]),
    (BLI, ["Secretary of State"]),
    (BID, ["President"]),
    (KAM, ["foreign minister"]),
    (HAY, ["Chief Cabinet Secretary"]),
    (FUR, ["the chairman of the Japan-ROC Diet Members' Consultative Council"]),
    (YAM, ["professor of Hokusei University"]),
    (TIEN, ["Deputy Foreign Minister"]),
    (WU, ["Foreign Minister"]),
    (ADE, ["Nauru's president"]),
    (TUP, ["who studies the region's diplomacy at the Oceania Policy Lab"]),
    (THO, ["a senior fellow at the Meridian Asia Institute"]),
    (LIX, ["the spokesperson of the Eastern Theater Command, senior colonel"]),
    (WAN, ["The spokesperson of the Ministry of Foreign Affairs"]),
    (XU, ["professor of the Institute of Cross-Strait Relations"]),
    (REN, ["director of the Halvorsen Centre for Asian Security"]),
]

must_not_merge = [
    [CHB, CHJ],
    [HKC, HSS],
    [HOU, HCW],
    [HOU, KO],
    [CHJ, CHO],
    [LAI, HSI],
    [JS24, JS23],
]

dump('entities.json', {
    "about": "Answer key for entity resolution on corpus-t/articles (Taiwan's presidential and legislative elections of "
             "Saturday 13 January 2024 won by Lai Ching-te of the DPP, Nauru's switch of recognition to Beijing on 15 "
             "January, Han Kuo-yu's election as speaker of the Legislative Yuan on 1 February, Lai's inauguration on 20 "
             "May, the PLA's Joint Sword-2024A drills of 23-24 May and the opposition's reform bills of 28 May), written "
             "from reading the articles. Same conventions as corpus-c..r: canonical name (a form that occurs in the "
             "texts), type, and every surface form that names the entity in the cleaned texts (headlines, standfirsts, "
             "captions, bylines, the datelines 'TAIPEI (Pacific Wire) -' and 'TAIPEI = Mori Haruka.', related links, "
             "share bars and other boilerplate excluded). Title+surname forms ('Mr Lai', 'Dr Tsai', 'Mr Huang', 'Ms "
             "Huang', 'Mr Renner', 'Ms Hsaio', 'Ms Shiao') and the Japanese honorific forms ('Lai-shi', 'Tsai-shi', "
             "'Furuya-shi', 'Yamaguchi-shi'; 'Hsiao Bi-khim-shi', 'Ko Wen-je-shi', 'Tsai Ing-wen-shi', 'Cho Jung-tai-shi' "
             "and 'Furuya Keiji-shi' contain a keyed alias followed by the suffix) are keyed as aliases. Defects on "
             "purpose: the president is 'Lai Ching-te' / 'Lai' / 'William Lai' / 'Mr Lai' (01, 02, 05, 06), the mainland "
             "pinyin 'Lai Qingde' (03) and, in the Japanese translation, 'Lai-shi' and the Japanese reading 'Rai "
             "Seitoku' (04); the KMT candidate is 'Hou Yu-ih' / 'Hou' (01, 04), the pinyin 'Hou Youyi' (03), the "
             "hyphenated 'Hou You-yi' (06) and the Japanese reading 'Ko Yugi' (04, written 'Hou Yu-ih (Ko Yugi)-shi'), "
             "which must not be taken for Ko Wen-je; the TPP candidate is 'Ko Wen-je' / 'Ko' (01, 04, 06), the pinyin "
             "'Ke Wenzhe' (03) and 'Ko Wen-zhe' (06); the vice-president is 'Hsiao Bi-khim' (01, 04, 05), 'Louise Hsiao' "
             "(01, her English name), the pinyin 'Xiao Meiqin' (03) and two misspellings in one article, 'Ms Hsaio' and "
             "'Ms Shiao' (05); the outgoing president is 'Tsai Ing-wen' / 'Tsai' / 'Dr Tsai' (05) / 'Tsai-shi' (04) and "
             "the pinyin 'Cai Yingwen' (03); the speaker is 'Han Kuo-yu' / 'Han' and the pinyin 'Han Guoyu' (03); Japan's "
             "foreign minister is 'Yoko Kamikawa' (01, given name first) and 'Kamikawa Yoko' (04, Japanese order). Two "
             "Chens who must not merge: the TAO spokesperson Chen Binhua (01, 02, 03) and Premier Chen Chien-jen (02, the "
             "same article); two Huangs: the TPP whip Huang Kuo-chang (05, 06 'Mr Huang') and the TPP's speaker nominee "
             "Huang Shan-shan (06 'Ms Huang'); two Hous: the KMT candidate Hou Yu-ih (06 'Hou You-yi') and the analyst "
             "Hou Chih-wei (06, 'who is not related to the KMT's defeated candidate'); two premiers: Chen Chien-jen "
             "(January, 02) and Cho Jung-tai (from 20 May, 04, 05, 06); the two 'Joint Sword' exercises: 03's 'the «Joint "
             "Sword» exercises' of April 2023 and «Joint Sword-2024A» (03, 05); Lai and Hsiao are both called "
             "'vice-president' (Lai in January, Hsiao from May) and must not merge. Acronyms and foreign forms: 'the "
             "Democratic Progressive Party (DPP)' and the Japanese 'Minshinto' (04); 'the Kuomintang (KMT)', 'the old "
             "Nationalist Party' (05), the mainland 'Chinese Kuomintang (KMT)' (03) and the Japanese 'Kokuminto' (04); "
             "'the Taiwan People's Party (TPP)' and the Japanese 'Minshuto' (04, 'Taiwan People's Party (Minshuto)'), "
             "close to but not the same as 'Minshinto'; 'the Liberal Democratic Party (Jiminto)' (04); 'the Central "
             "Election Commission (CEC)' (01); 'the Taiwan Affairs Office (TAO)' (01, 04) and 'the Taiwan Affairs Office "
             "of the State Council (TAO)' (03); 'the Chinese People's Liberation Army (PLA)' (03) and 'the People's "
             "Liberation Army (PLA)' (05); 'the Republic of China (Taiwan)' (02) and 'the Republic of China' (05) are "
             "Taiwan, 'the People's Republic of China' (02, 05) is China. Capitals for governments: 'Beijing' stands for "
             "the Chinese government throughout (01 'a vote that Beijing had cast as', 02 'Beijing chose this moment', 05 "
             "'urged Beijing to end', 06 'Beijing would watch') and is keyed as a description of China as well as the "
             "city's alias (the city: 02 'The Taiwan Affairs Office in Beijing'); 'Taipei' stands for the Taiwanese "
             "government in 02 ('Taipei's foreign ministry', 'Taipei was recognised by 22 countries', 'restored ties "
             "with Taipei') and is the city elsewhere (01, 02 'a news conference in Taipei', 04, 05, 06); 'Washington' "
             "stands for the US government in 01 ('Washington looked forward') and 05 ('reassuring Washington') and is "
             "the city in 01 ('top envoy in Washington') and 05 ('envoy in Washington'). 'the Chinese side' (04) is "
             "China; 'the mainland' (03) is China; 'the Taiwan region' and 'Taiwan island' (03) are Taiwan. 'Xinhua' (01) "
             "and 'Longview' (05 'told The Longview') are outlets; 'the Diet' (04) is Japan's parliament; 'the "
             "Presidential Office Building' (04) is a place. Descriptions: 'the leader of the Taiwan region' (03) for Lai; "
             "'the 66-year-old former police chief' (01) and 'the KMT's defeated candidate' (06) for Hou; 'The former "
             "Kaohsiung mayor' and 'the new speaker' (06) for Han; 'The opposition leader' (06) for Eric Chu; 'The expert' "
             "(03) for Xu Haoran; 'the legislature' (01, 05, 06), 'the 113-seat chamber' (06), 'the local legislative "
             "body' (03) and 'the parliament' (04, 05) for the Legislative Yuan; 'China's army' (05) and 'the Chinese "
             "army' (04) for the PLA; 'the Pacific nation' (02) for Nauru. Not keyed as descriptions: 'the "
             "vice-president' (Lai in 01, Hsiao in 04 and 05), 'the premier' (Chen Chien-jen in 02, Cho Jung-tai in 05), "
             "'the island' (Taiwan in 01 and 03, Nauru in 02 'The island had recognised Beijing once before'), 'the "
             "command' (03); not keyed at all: adjectives and demonyms (Taiwanese, Chinese, Japanese, Pacific in 'Pacific "
             "states'), 'the chamber', 'the cabinet', 'the government', 'the foreign ministry' and 'China's foreign "
             "ministry' and 'Taiwan's defence ministry' and 'the Taiwan region's defence department' (lower case), 'the "
             "DPP caucus', 'the Chinese embassy in Japan', 'the Lunar New Year', 'X' (the social network), 'Dr' and the "
             "romanised Japanese words 'sōtō' and 'gyōsei-in-chō'. roles: roles stated in an apposition or title, for "
             "information.",
    "entities": [{"name": n, "type": t, "aliases": a} for n, t, a in ents],
    "must_not_merge": must_not_merge,
    "descriptions": [{"entity": e, "descriptions": d} for e, d in descriptions],
    "roles": [{"entity": e, "roles": r} for e, r in roles],
})

# ---------------------------------------------------------------------------------------------- dates
dates = [
    # 01: published Sunday 2024-01-14 (JSON field 2024-01-14T02:00:00Z, 10:00 in Taipei)
    ["01", "Saturday", "2024-01-13"],
    ["01", "the same day", "2024-01-13"],
    ["01", "20 May", "2024-05-20"],
    ["01", "August", "2023-08"],
    ["01", "2000", "2000"],
    ["01", "four years", "P4Y"],
    ["01", "1996", "1996"],
    ["01", "2016", "2016"],
    # 02: published Tuesday 2024-01-16 (meta and JSON-LD only)
    ["02", "Monday", "2024-01-15"],
    ["02", "two days", "P2D"],
    ["02", "2016", "2016"],
    ["02", "Saturday", "2024-01-13"],
    ["02", "Monday", "2024-01-15"],
    ["02", "Saturday", "2024-01-13"],
    ["02", "October", "2023-10"],
    ["02", "2002 until 2005", "2002/2005"],
    ["02", "May 20", "2024-05-20"],
    ["02", "Earlier this month", "2024-01"],
    # 03: published Friday 2024-05-24 (visible date line '2024-05-24 08:15')
    ["03", "Thursday", "2024-05-23"],
    ["03", "two days", "P2D"],
    ["03", "three days", "P3D"],
    ["03", "20 May", "2024-05-20"],
    ["03", "the same day", "2024-05-20"],
    ["03", "20 May", "2024-05-20"],
    ["03", "January", "2024-01"],
    ["03", "Thursday", "2024-05-23"],
    ["03", "August of last year", "2023-08"],
    ["03", "19 August", "2023-08-19"],
    ["03", "April of last year", "2023-04"],
    ["03", "this year", "2024"],
    ["03", "13 January", "2024-01-13"],
    ["03", "1 February", "2024-02-01"],
    ["03", "Thursday", "2024-05-23"],
    ["03", "today", "2024-05-24"],
    # 04: published Tuesday 2024-05-21, no date line
    ["04", "January", "2024-01"],
    ["04", "the 20th", "2024-05-20"],
    ["04", "January 13", "2024-01-13"],
    ["04", "next week", "2024-05-27/2024-06-02"],
    ["04", "eight years", "P8Y"],
    ["04", "the same day", "2024-05-20"],
    ["04", "the 22nd", "2024-05-22"],
    ["04", "yesterday", "2024-05-20"],
    ["04", "August of last year", "2023-08"],
    # 05: published Wednesday 2024-05-29, no date line
    ["05", "Three days", "P3D"],
    ["05", "yesterday", "2024-05-28"],
    ["05", "January", "2024-01"],
    ["05", "the same day", "2024-01-13"],
    ["05", "1 February", "2024-02-01"],
    ["05", "2020", "2020"],
    ["05", "Two days", "P2D"],
    ["05", "January", "2024-01"],
    ["05", "Monday 20 May", "2024-05-20"],
    ["05", "Last Thursday and Friday", "2024-05-23/2024-05-24"],
    ["05", "the second day", "2024-05-24"],
    ["05", "19 August", "2023-08-19"],
    ["05", "eight years", "P8Y"],
    ["05", "Friday", "2024-05-24"],
    ["05", "three years", "P3Y"],
    ["05", "January", "2024-01"],
    # 06: published Friday 2024-02-02 (visible date line 'Friday, February 2, 2024')
    ["06", "Thursday", "2024-02-01"],
    ["06", "four years", "P4Y"],
    ["06", "last week", "2024-01-22/2024-01-28"],
    ["06", "the same day", "2024-02-01"],
    ["06", "2018", "2018"],
    ["06", "January 13", "2024-01-13"],
    ["06", "2016", "2016"],
    ["06", "May 20", "2024-05-20"],
    ["06", "next Thursday", "2024-02-08"],
    ["06", "last year", "2023"],
    ["06", "November", "2023-11"],
]
dump('dates.json', {
    "about": "Answer key for date normalisation on corpus-t/articles, same conventions as corpus-c..r: document id prefix, "
             "the expression as written (the first occurrence not yet matched, in text order; a system expression that "
             "contains the key text matches, so 'Saturday' in 01 also matches 'on Saturday', 'Thursday' in 03 'from "
             "Thursday' and 'on Thursday', 'two days' in 02 'two days after', 'the 20th' 'on the 20th', '2002 until 2005' "
             "'from 2002 until 2005', 'the same day' in 04 'On the same day', 'Last Thursday and Friday' in 05 the range "
             "or each day), its absolute value. Weeks run Monday to Sunday. Dates are Taipei local dates (UTC+8). The date "
             "lines '2024-05-24 08:15   Source: ...' (03) and 'Friday, February 2, 2024' (06), the datelines of 01 and 04, "
             "captions ('on the 20th' in 04's, 'on Thursday' in 06's), headlines, standfirsts (05's 'his first ten days in "
             "office'), related links, newsletter lines ('every Wednesday', '7 o'clock every day') and 05's duplicated lead "
             "are not keyed. Not keyed: parts of days and vague expressions ('within hours', 'Before the results were "
             "announced', 'after the vote', 'the near future', 'a first week', 'last summer' (05, the season of Lai's US "
             "stopovers in August 2023), 'the autumn' (05), 'the election of January' as a date is keyed only as "
             "'January'), ages ('the 64-year-old vice-president', 'the 66-year-old former police chief', '64 years of "
             "age'), adjectival spans ('two four-year terms', '113-seat'), names and numbers that look like years or "
             "dates ('Joint Sword-2024A' and '«2024A»', 'the «1992 Consensus»', '12,500 people', '5.59 million ballots', "
             "'40.05 per cent', '62 military aircraft'), counts ('two terms', 'the tenth', 'twice', 'eight lawmakers'). "
             "Relative dates: 01 (written Sunday 14 January, 10:00 in Taipei) 'on Saturday' 13 January, 'the same day' 13 "
             "January (the legislative election), 'on 20 May' 2024 (yearless, the coming inauguration), 'in August' August "
             "2023 (the drills after Lai's stopover; the previous August), 'four years after' a span, 'in 1996', 'since "
             "2016'. 02 (Tuesday 16 January): 'on Monday' twice 15 January (the switch; the TAO's silence), 'two days "
             "after' a span, 'Saturday's result' and 'on Saturday' 13 January, 'in October' October 2023 (Adeang took "
             "office), 'from 2002 until 2005' a range of years, 'on May 20' 2024 (yearless, future), 'Earlier this month' "
             "January 2024. 03 (Friday 24 May): 'from Thursday' 23 May, 'last two days' a span, 'three days after' a span, "
             "'on 20 May' twice, 'on the same day' 20 May (Chen Binhua's statement, the day of the speech), 'the election "
             "of January' January 2024, 'on Thursday' twice 23 May (Wang Wenbin; the aircraft count), 'In August of last "
             "year' August 2023 and 'on 19 August' 19 August 2023 (yearless: the year is the previous one, not the year of "
             "publication), 'in April of last year' April 2023, 'the first of this year' 2024, 'of 13 January' and 'on 1 "
             "February' (yearless, 2024), 'The exercises end today' 24 May. 04 (Tuesday 21 May, no date line): 'the "
             "presidential election of January' January 2024, 'on the 20th' 20 May (a day of the month alone, the "
             "Japanese convention), 'January 13', 'next week' 27 May-2 June, 'after eight years' a span, 'On the same "
             "day' 20 May, 'on the 22nd' 22 May (future: the delegation's return), 'yesterday' 20 May (Kamikawa's "
             "statement), 'In August of last year' August 2023. 05 (Wednesday 29 May, no date line): 'Three days after "
             "he was sworn in' a span, 'yesterday' 28 May (the reform bills), 'in January' January 2024 (three times), "
             "'the same day' 13 January (the day of the January election; the text gives only the month, the other "
             "articles the day), 'on 1 February' 2024, 'the 2020 presidential election', 'Two days after the January "
             "election' a span, 'Monday 20 May', 'last Thursday and Friday' 23-24 May (a range), 'on the second day' 24 May (the second day of those "
             "drills), 'the drills of 19 "
             "August' 19 August 2023 (yearless, the previous year: 'last summer ... when he was still vice-president'), "
             "'for eight years' a span (Huang's complaint), 'on Friday' 24 May (the protests, the second day of the "
             "drills), 'three years' a span. 06 (Friday 2 February): 'on Thursday' 1 February, 'four years after' a span, "
             "'last week' 22-28 January (Ko's statement), 'later the same day' 1 February (Johnny Chiang's election), "
             "'campaign of 2018', 'on January 13', 'since 2016', 'on May 20' 2024 (future), 'next Thursday' 8 February "
             "(the start of the Lunar New Year holiday), 'last year' 2023 (Hou's nomination), 'in November' November "
             "2023 (the collapse of the KMT-TPP talks). Publication dates: 01 2024-01-14, 02 2024-01-16, 03 2024-05-24, "
             "04 2024-05-21, 05 2024-05-29, 06 2024-02-02 (see publication.json).",
    "dates": dates,
})

# ---------------------------------------------------------------------------------------------- publication
dump('publication.json', {
    "about": "True publication date of each document (the one the author had in mind) and whether the input states it "
             "(metadata, JSON field or a visible date line). window: the span a careful reader can prove from the text "
             "alone (plus event dates the other articles give); the engine's published.earliest..latest should contain "
             "'date'.",
    "published": [
        {"doc": "01", "date": "2024-01-14", "stated": True,
         "how": "JSONL published field 2024-01-14T02:00:00Z (10:00 on Sunday in Taipei); the vote 'on Saturday' is past "
                "and the inauguration 'on 20 May' to come",
         "window": ["2024-01-14", "2024-01-14"]},
        {"doc": "02", "date": "2024-01-16", "stated": True,
         "how": "meta article:published_time and JSON-LD datePublished 2024-01-16T08:30:00+08:00 (no visible date; the "
                "switch 'on Monday' is past and came 'two days after' the election)",
         "window": ["2024-01-16", "2024-01-16"]},
        {"doc": "03", "date": "2024-05-24", "stated": True,
         "how": "visible date line '2024-05-24 08:15   Source: Huaxia Review   Editor: Zhang Lei' (ISO order); the "
                "drills began 'from Thursday' and 'end today'",
         "window": ["2024-05-24", "2024-05-24"]},
        {"doc": "04", "date": "2024-05-21", "stated": False,
         "how": "none: Lai took office 'on the 20th' (20 May per 01, 02, 03, 05), Kamikawa's statement celebrating the "
                "inauguration was issued 'yesterday' (so on or after 20 May: written on or after 21 May) and the "
                "delegation 'returns to Japan on the 22nd' (still to come); Tuesday 21 May",
         "window": ["2024-05-21", "2024-05-22"]},
        {"doc": "05", "date": "2024-05-29", "stated": False,
         "how": "none: the drills were 'last Thursday and Friday' (23-24 May per 03) and came 'Three days after he was "
                "sworn in' (Monday 20 May), so the article is of the following week; the reform bills passed "
                "'yesterday' (Tuesday 28 May in fact, not given by the other articles; 04 expected them 'next week'); "
                "Wednesday 29 May",
         "window": ["2024-05-27", "2024-05-30"]},
        {"doc": "06", "date": "2024-02-02", "stated": True,
         "how": "visible date line 'Friday, February 2, 2024' under the masthead; the vote 'on Thursday' is past",
         "window": ["2024-02-02", "2024-02-02"]},
    ],
})

# ---------------------------------------------------------------------------------------------- timeline
ev = []
event = recorder(ev)

event("The PLA holds drills around Taiwan after Lai's stopovers in the United States", "2023-08-19", ["03", "05"],
      ["drill", "exercise", "patrol", "stopover", "19 august"],
      note="the first of the two sets of drills (the second is Joint Sword-2024A of 23-24 May 2024: they must stay "
           "apart); 01 ('in August') and 04 ('In August of last year') give only the month and are not listed")
event("Lai Ching-te (DPP) wins Taiwan's presidential election with about 40% of the vote", "2024-01-13",
      ["01", "02", "03", "04", "06"],
      ["election", "won", "wins", "vote", "elected", "victory"],
      note="01 'on Saturday'; 02 'Saturday's result'; 03 'of 13 January'; 04 and 06 'January 13'; 05 names only "
           "'January' and is not listed; Hou's concession the same evening is folded in")
event("Legislative election held the same day: the DPP loses its majority, no party has one", "2024-01-13",
      ["01", "06"],
      ["legislat", "majority", "seats", "parliamentary"],
      note="01 'the parliamentary election held the same day'; 06 'the legislature elected on January 13'; the same "
           "day as the presidential vote, a separate event; 03, 04 and 05 report the result without a day")
event("Nauru cuts ties with Taiwan and recognises the People's Republic of China", "2024-01-15", ["02", "05"],
      ["nauru", "recognition", "recognise", "ties", "switch"],
      note="02 'on Monday'; 05 'Two days after the January election' (the day from the other articles)")
event("Han Kuo-yu (KMT) is elected speaker of the Legislative Yuan", "2024-02-01", ["03", "05", "06"],
      ["speaker", "han"],
      note="06 'on Thursday'; 03 and 05 'on 1 February'; Johnny Chiang's election as deputy speaker 'later the same "
           "day' (06) is folded in")
event("Lai Ching-te is sworn in as president and delivers his inaugural address", "2024-05-20", ["03", "04", "05"],
      ["inaugura", "sworn", "assum", "address", "speech", "took office"],
      note="03 'on 20 May'; 04 'on the 20th'; 05 'Monday 20 May'; 01, 02 and 06 announce it as future and are not "
           "listed; Cho Jung-tai's taking office as premier 'On the same day' (04) is folded in")
event("The PLA's Joint Sword-2024A exercises around Taiwan", "2024-05-23", ["03", "05"],
      ["joint sword", "2024a", "drill", "exercise"], until="2024-05-24",
      note="03 'from Thursday', 'last two days', 'end today'; 05 'last Thursday and Friday'; the second of the two "
           "sets of drills (not to be merged with 19 August 2023); 04 (21 May) only expects drills 'in the near "
           "future'")
event("Tens of thousands protest around the Legislative Yuan against the reform bills", "2024-05-24", ["05"],
      ["protest"],
      note="05 'on Friday'; the same day as the second day of the drills, a separate event")
event("The opposition majority passes bills expanding the legislature's powers", "2024-05-28", ["05"],
      ["bills", "passed", "reform", "powers"],
      note="05 'yesterday'; 04 expects the vote 'next week' and is not listed")
dump('timeline.json', {
    "about": "Real-world events the articles report, with date (day), until for multi-day events, the documents that report "
             "each (with a date the reader can resolve), and words by which a system event is recognised (title, trigger "
             "or participant entity ids). Dates are Taipei local dates. Occurrences of similar events must stay apart: "
             "the two sets of PLA drills around Taiwan (19 August 2023, after Lai's US stopovers; Joint Sword-2024A, "
             "23-24 May 2024, after his inauguration; 03's April 2023 'Joint Sword' exercises are dated only by month and "
             "not keyed); the two elections of 13 January (presidential, legislative); the drills and the protests of "
             "Friday 24 May. Not keyed: future, planned or expected events (the inauguration 'on 20 May' in 01, 02, 06; "
             "the delegation's return 'on the 22nd' in 04; the reform vote 'next week' in 04; the Lunar New Year holiday "
             "'next Thursday' in 06; the Constitutional Court challenge and the cabinet's request for reconsideration in "
             "05), events dated only by month, year or week (Lai's US stopovers and the 'August' drills in 01/04, the "
             "April 2023 'Joint Sword', Adeang's taking office in October, Nauru's recognition of Beijing from 2002 until "
             "2005, the collapse of the KMT-TPP talks in November, Hou's nomination 'last year', Ko's statement 'last "
             "week', the foreign ministry's warning 'Earlier this month', Han's 2018 campaign and 2020 defeat, the DPP's "
             "first presidency in 2000), statements (Chen Binhua's of 13 January and 20 May, Blinken's congratulations, "
             "Kamikawa's statements, Wang Wenbin's of 23 May, Biden's remark), states (the hung legislature) and "
             "same-day side events folded into a keyed one (see notes).",
    "events": ev,
})

# ---------------------------------------------------------------------------------------------- quotes
quotes = [
    ["01", "We have shown the world how much we cherish our democracy", "direct", LAI],
    ["01", "This is a commitment we will not give up", "direct", LAI],
    ["01", "dialogue instead of confrontation", "partial", LAI],
    ["01", "I did not do enough, and I am sorry", "direct", HOU],
    ["01", "the TPP had shown that Taiwan's politics", "indirect", KO],
    ["01", "does not represent the mainstream of opinion", "partial", [TAO, CHB]],
    ["01", "the basic fact that Taiwan is part of China", "partial", CHB],
    ["01", "further our common interests", "partial", BLI],
    ["01", "We do not back independence", "direct", BID],
    ["01", "Beijing will read the legislature more closely than the presidency", "direct", THO],
    ["01", "Lai has the office, but not the votes", "direct", THO],
    ["01", "China was likely to keep up its military pressure", "indirect", THO],

    ["02", "had been timed to embarrass the island", "indirect", [None, "Taiwan", "Taipei"]],
    ["02", "no longer recognise the Republic of China", "partial", [None, "Nauru"]],
    ["02", "Beijing chose this moment on purpose", "direct", TIEN],
    ["02", "It wants to show that our democracy has a price", "direct", TIEN],
    ["02", "Nauru had asked Taiwan for a large sum of money", "indirect", TIEN],
    ["02", "the trend of the times", "partial", [None, "China"]],
    ["02", "the government would not enter a bidding war", "indirect", CHJ],
    ["02", "We will not buy friends with chequebook diplomacy", "direct", CHJ],
    ["02", "like-minded partners", "partial", CHJ],
    ["02", "it was disappointed", "indirect", "United States"],
    ["02", "Beijing was using diplomatic recognition", "indirect", [None, "State Department"]],
    ["02", "For the small Pacific states, recognition is something you can trade", "direct", TUP],
    ["02", "Nauru has done it twice", "direct", TUP],
    ["02", "Beijing would try to lure away allies", "indirect", [None]],
    ["02", "China would try to punish Taiwan whatever the result", "indirect", [None, LAI]],

    ["03", "from Thursday its army, navy, air force", "indirect", ETC],
    ["03", "The exercises are a forceful punishment", "direct", LIX],
    ["03", "the exercises train joint patrols of sea and air", "indirect", LIX],
    ["03", "not subordinate to each other", "partial", LAI],
    ["03", "a confession of Taiwan independence", "partial", CHB],
    ["03", "The Democratic Progressive Party (DPP) authorities stubbornly stick", "direct", CHB],
    ["03", "and the consequences must be borne by them", "direct", CHB],
    ["03", "in the election of January the DPP obtained only around 40 per cent", "indirect", CHB],
    ["03", "the Taiwan question is purely China's internal affair", "indirect", WAN],
    ["03", "the so-called «congratulations» of certain countries", "indirect", WAN],
    ["03", "the name «2024A» signifies", "indirect", XU],
    ["03", "The letter A tells everything", "direct", XU],
    ["03", "If the DPP authorities continue on the road of independence", "direct", XU],
    ["03", "on the island many people oppose the DPP", "indirect", XU],
    ["03", "49 aircraft and 19 warships of the mainland", "indirect", [None]],
    ["03", "they dispatched ships and planes to monitor", "indirect", [None]],
    ["03", "will not provoke, and will not yield", "partial", HSI],
    ["03", "The exercises end today", "indirect", ETC],
    ["03", "the pressure will not stop", "indirect", [None]],

    ["04", "not subordinate to each other", "partial", LAI],
    ["04", "I want to ask China to stop the intimidation", "direct", LAI],
    ["04", "Peace has no price, and in a war nobody wins", "direct", LAI],
    ["04", "Taiwan will strengthen the defence by its own power", "indirect", LAI],
    ["04", "Japan and Taiwan share the values of freedom and democracy", "direct", FUR],
    ["04", "a very important partner and a dear friend", "partial", KAM],
    ["04", "the position of Japan", "indirect", HAY],
    ["04", "confession of independence", "partial", [None, TAO, CHB]],
    ["04", "The Chinese embassy in Japan has lodged a protest", "indirect", [None]],
    ["04", "there is high possibility that China again shows the pressure", "partial", YAM],
    ["04", "the Chinese side watches whether Lai-shi uses the word", "indirect", YAM],

    ["05", "not subordinate to each other", "partial", LAI],
    ["05", "The drills were a message to Lai", "direct", REN],
    ["05", "China can only threaten", "direct", REN],
    ["05", "about oversight, not obstruction", "partial", HKC],
    ["05", "the cabinet had ignored parliament for eight years", "indirect", HKC],
    ["05", "it will take them to the Constitutional Court", "indirect", DPP],
    ["05", "the cabinet would ask the legislature to reconsider them", "indirect", CHO],
    ["05", "she speaks for Mr Lai more freely", "indirect", [None]],
    ["05", "In January Taiwan's voters gave Mr Lai the presidency", "direct", REN],
    ["05", "Beijing and the opposition both think they can wait him out", "direct", REN],
    ["05", "the real test will be the budget in the autumn", "indirect", REN],

    ["06", "We will be a responsible opposition", "direct", HAN],
    ["06", "and we will not be a rubber stamp for anyone", "direct", HAN],
    ["06", "to account", "partial", HAN],
    ["06", "the party had kept its promise to voters", "indirect", HKC],
    ["06", "We are not anyone's spare tyre", "direct", HKC],
    ["06", "a message, not a bargain", "partial", HSS],
    ["06", "cooperate where possible and resist where necessary", "partial", [None, DPP]],
    ["06", "checks and balances", "partial", CHU],
    ["06", "the TPP had emerged as the real kingmaker", "indirect", [None]],
    ["06", "The KMT has the chair", "direct", HCW],
    ["06", "The TPP has the votes", "direct", HCW],
    ["06", "Beijing would watch the new speaker closely", "indirect", HCW],
]
dump('quotes.json', {
    "about": "Answer key for quotations on corpus-t/articles, same conventions as corpus-c..r: document id prefix, the "
             "first words of the quoted or reported content, kind, and the speaker's canonical name (null: the text does "
             "not name one; a list: any of these is right, and a list containing null also accepts no speaker). A quote "
             "interrupted by its attribution (03 Chen Binhua's '\"The Democratic Progressive Party (DPP) authorities "
             "stubbornly stick to the separatist position,\" Chen Binhua has said, \"and the consequences must be borne by "
             "them.\"', 06 Han's '\"We will be a responsible opposition,\" Han told reporters after the vote, \"and we will "
             "not be a rubber stamp for anyone.\"') or continued without one (01 Lai's 'This is a commitment ...', 01 "
             "Thorne's second sentence, 02 Tien's and Tupou's second sentences, 03 Xu's second sentence, 04 Lai's 'Peace has no price ...', 05 Renner's second sentences (twice), 06 Hou Chih-wei's second sentence) is keyed once "
             "per piece. A reported clause with quoted words in it (01 Lai's 'seek \"dialogue instead of confrontation\" "
             "... \"from continuing threats and intimidation\"', 01 the TAO's 'said the result showed that the DPP "
             "\"does not represent ...\"', 01 Chen Binhua's 'said the election would not change \"the basic fact ...\"', 01 "
             "Blinken's 'said Washington looked forward to working with him to \"advance our shared interests\"', 02 "
             "Nauru's 'said it would \"no longer recognise ...\"', 02 the Chinese foreign ministry's 'saying it showed "
             "that the one-China principle was \"the trend of the times\"', 02 Chen Chien-jen's 'adding that Taiwan "
             "would keep working with \"like-minded partners\"', 03 Lai's 'has claimed that the two sides of the strait "
             "are «not subordinate to each other»', 03 Chen Binhua's 'has pointed out ... that the speech of 20 May is «a "
             "confession of Taiwan independence» and that ...', 03 Hsiao's 'has declared on social media that Taiwan "
             "\"will not provoke ...\"', 04 Lai's 'has declared that he will maintain the status quo in which Taiwan and "
             "China are \"not subordinate to each other\"', 04 Kamikawa's 'has indicated that Taiwan is \"a very "
             "important partner ...\"', 04 the TAO spokesperson's 'has criticised that the address of Lai-shi is the "
             "\"confession of independence\"', 04 Yamaguchi's 'has pointed out that \"there is high possibility ...\"', 05 "
             "Lai's 'said that the Republic of China and the People's Republic of China were \"not subordinate ...\" and "
             "urged Beijing to end its \"political and military intimidation\"', 05 Huang's 'told The Longview that the "
             "new laws were \"about oversight, not obstruction\"', 06 Han's 'promised to hold the government \"to "
             "account\" but also to \"talk to everyone\"', 06 Huang Shan-shan's 'said her candidacy had been \"a message, "
             "not a bargain\"', 06 'According to the DPP caucus, its lawmakers will \"cooperate ...\"', 06 Chu's 'said the "
             "result showed that voters wanted \"checks and balances\"') is keyed once, as the partial quote at its first "
             "quoted words. Forms: 'said X' inverted (01 Thorne, 02 Tupou, 06 Hou Chih-wei, 05 Renner), the machine "
             "translations' inverted '\"...,\" has declared the spokesperson of the Eastern Theater Command, senior "
             "colonel Li Xi' (03), '\"...,\" Lai-shi has spoken in the address' and '\"...,\" Furuya-shi has told to this "
             "newspaper' (04), 03's present tense '\"...,\" he says' and 'explains that'; 'He said:' before the "
             "quotation (01 Biden, 'President Joe Biden was brief. He said: \"...\"'); 'X told <outlet>' (05 Huang 'told The Longview', 04 Furuya "
             "'has told to this newspaper'); 'the 66-year-old former police chief said' (01 Hou, by description); 'the "
             "premier said' (02 Chen Chien-jen, by role); sentence-final attribution after reported speech (03 'The "
             "exercises end today, the command has said'); 'according to' (03 'According to him' (Wang Wenbin) and "
             "'According to the Taiwan region's defence department' (null), 04 'according to a person concerned' (null) "
             "and 'According to Yamaguchi-shi', 05 'According to him' (Renner), 06 'According to the DPP caucus'); "
             "speakers given only by a pronoun or role: 01 'He said he would keep ...' (Lai), 03 'He has indicated that' "
             "(Li Xi), 03 'He has reminded that' (Chen Binhua), 03 'The expert also has noted that' (Xu), 04 'He also has "
             "said that' (Lai), 05 'He said the cabinet had ignored parliament' (Huang Kuo-chang), 06 'He said Beijing "
             "would watch' (Hou Chih-wei), 06 'Mr Huang said' / 'Ms Huang ... said' (two Huangs: Kuo-chang and "
             "Shan-shan); 04's unnamed 'The spokesperson of the Taiwan Affairs Office (TAO) of China' (the TAO, or Chen "
             "Binhua, who is not named in 04). Organisations and capitals as speakers: the Eastern Theater Command (03), "
             "the TAO (01), the DPP (05 'The DPP says'), the United States (02 'The United States said it was "
             "disappointed'), Nauru's government (02, null or Nauru), Taipei's foreign ministry (02 'in a move that "
             "Taipei's foreign ministry said had been timed ...': null, Taiwan or Taipei), China's foreign ministry (02, "
             "null or China), a State Department spokesperson (02, null or the State Department). Unnamed speakers (null): "
             "02 'the foreign ministry had warned that' and 'his campaign had argued that' (null or Lai), 03 'The Taiwan "
             "authorities have said that' and 'Analysts on the mainland have estimated that', 05 'Ms Shiao's allies say', "
             "06 'Analysts said'. Guillemets (03, and 04's title), curly quotes (02), straight quotes (01, 03, 04, 05, 06). "
             "Not keyed: characterisations and descriptions ('Beijing had repeatedly called Lai a \"troublemaker\"' in "
             "01, Kamikawa 'describing Taiwan as \"a very important partner\"' in 01, 02 'whose spokesperson Chen "
             "Binhua had described Saturday's result as proof that ...', 05 'Beijing's Taiwan Affairs Office called the "
             "speech a confession of separatism', 05 'which it described as \"strong punishment\"', 05 'whom Beijing "
             "sanctioned as a \"diehard separatist\"'), scare quotes and terms ('the \"president\" (sōtō)', 'a \"twisted\" "
             "one', 'the word \"independence\"', 'to show \"contempt\"', the 03 guillemets around «Joint Sword-2024A», «so-"
             "called inauguration speech», «stopover», «1992 Consensus», «two states theory», «vice-leader»), acts "
             "without reported content (01 'Hou conceded ... and apologised', 01 Kamikawa 'offered her congratulations', "
             "02 'Joseph Wu, writing on X, thanked Nauru's people', 02 'The Taiwan Affairs Office ... did not comment', "
             "02 Adeang 'did not explain the timing', 04 'has issued a statement yesterday to celebrate the "
             "inauguration', 06 'as Ko had said last week that it would' (the content is elided)), headlines, captions, "
             "standfirsts and 05's duplicated lead.",
    "quotes": quotes,
})

# ---------------------------------------------------------------------------------------------- claims
claims = [
    {"id": "lai-share",
     "text": "Lai Ching-te won the presidential election of 13 January with about 40.1% of the vote",
     "docs": ["01", "04", "06"],
     "anchors": {
         "01": "took 40.05 per cent of the vote",
         "04": "he obtained about 40.1% of the votes",
         "06": "who won the presidency with 40.1 per cent of the vote"},
     "contradiction": {
         "docs": ["05"],
         "anchors": {"05": "Mr Lai won with 42 per cent of the vote in January"},
         "aspect": "number",
         "detail": "05 puts Lai's share of the vote at 42 per cent against 40.05 per cent in 01 and 'about 40.1%' / "
                   "40.1 per cent in 04/06 (03's 'only around 40 per cent', in Chen Binhua's reported speech, is "
                   "approximate and agrees with 40.05)"}},
    {"id": "third-term",
     "text": "The DPP won a third consecutive presidential term",
     "docs": ["01", "04", "05"],
     "anchors": {
         "01": "an unprecedented third consecutive term",
         "04": "the Minshinto governs for the third consecutive time",
         "05": "became the first party to win a third consecutive presidential term"},
     "contradiction": None},
    {"id": "no-majority",
     "text": "In the legislative election held the same day the DPP lost its majority and no party won one",
     "docs": ["01", "03", "04", "05", "06"],
     "anchors": {
         "01": "The DPP lost its majority in the Legislative Yuan",
         "03": "in the local legislative body the DPP lost the majority",
         "04": "the Kokuminto is the first party",
         "05": "But the DPP lost the legislature the same day",
         "06": "Neither camp has a majority in the 113-seat chamber"},
     "contradiction": None,
     "note": "04's 'twisted' administration and 05's 'combined majority' of the KMT and TPP say the same"},
    {"id": "seats",
     "text": "The KMT won 52 of the 113 seats and the DPP 51 (the TPP eight, independents two)",
     "docs": ["01", "06"],
     "anchors": {
         "01": "The KMT won 52 of the 113 seats and the DPP 51",
         "06": "The KMT has 52 seats and can count on two independents"},
     "contradiction": None,
     "note": "52 seats against Han's 54 votes (52 KMT + 2 independents) and 51 DPP seats against You Si-kun's 51 "
             "votes: consistent, not contradictions"},
    {"id": "ko-third",
     "text": "Ko Wen-je (TPP) came third with about 26.5% of the vote",
     "docs": ["01", "06"],
     "anchors": {
         "01": "won 26.46 per cent",
         "06": "came third with 26.5 per cent"},
     "contradiction": None,
     "note": "26.46 (exact) against 26.5 (rounded)"},
    {"id": "hsiao-vp",
     "text": "Hsiao Bi-khim, Lai's running mate and vice-president, was Taiwan's representative in the United States",
     "docs": ["01", "04", "05"],
     "anchors": {
         "01": "until recently Taiwan's top envoy in Washington",
         "04": "who was the representative in the United States",
         "05": "spent three years as Taiwan's envoy in Washington"},
     "contradiction": None},
    {"id": "tsai-two-terms",
     "text": "Tsai Ing-wen steps down after two terms, eight years",
     "docs": ["01", "04"],
     "anchors": {
         "01": "when Tsai Ing-wen steps down after two four-year terms",
         "04": "Tsai-shi leaves after eight years"},
     "contradiction": None,
     "note": "not the 'eight years' of Huang Kuo-chang's complaint (05)"},
    {"id": "dpp-since-2016",
     "text": "The DPP has held the presidency since 2016, when Tsai Ing-wen took office",
     "docs": ["01", "02", "06"],
     "anchors": {
         "01": "has held it since 2016",
         "02": "When President Tsai Ing-wen took office in 2016",
         "06": "when Tsai Ing-wen won her first term"},
     "contradiction": None,
     "note": "06's sentence says the DPP controlled the legislature since 2016: a different body, not a contradiction "
             "of 01; 01's 'first won the presidency in 2000' is the DPP's first term (Chen Shui-bian), not Tsai's"},
    {"id": "tao-mainstream",
     "text": "The TAO (Chen Binhua) said the DPP does not represent the mainstream of public opinion in Taiwan",
     "docs": ["01", "02", "03"],
     "anchors": {
         "01": "China's Taiwan Affairs Office (TAO) said the result showed",
         "02": "did not speak for most Taiwanese",
         "03": "He has reminded that in the election of January"},
     "contradiction": None},
    {"id": "blinken-congratulates",
     "text": "US Secretary of State Antony Blinken congratulated Lai",
     "docs": ["01", "02"],
     "anchors": {
         "01": "US Secretary of State Antony Blinken congratulated Lai",
         "02": "Secretary of State Antony Blinken had congratulated Lai on his victory"},
     "contradiction": None,
     "note": "against Biden's 'We do not back independence' (01): two statements, not a contradiction"},
    {"id": "kamikawa-partner",
     "text": "Japan's foreign minister Yoko Kamikawa called Taiwan a very important partner",
     "docs": ["01", "04"],
     "anchors": {
         "01": "also offered her congratulations",
         "04": "has issued a statement yesterday to celebrate the inauguration"},
     "contradiction": None,
     "note": "two statements on two occasions (the election, 01; the inauguration, 04) with the same words"},
    {"id": "aug-2023-drills",
     "text": "China staged military drills around Taiwan in August 2023, after Lai's stopover in the United States",
     "docs": ["01", "03", "04", "05"],
     "anchors": {
         "01": "it staged military drills around the island in August",
         "03": "organised joint patrol and exercises around Taiwan island on 19 August",
         "04": "the Chinese army carried out military exercises around Taiwan",
         "05": "That was more than during the drills of 19 August"},
     "contradiction": None,
     "note": "the first set of drills: not the Joint Sword-2024A exercises of May 2024, nor 03's April 2023 'Joint "
             "Sword'; 05's comparison of the counts is not a contradiction"},
    {"id": "nauru-switch",
     "text": "Two days after the election (15 January) Nauru cut ties with Taiwan and recognised Beijing",
     "docs": ["02", "05"],
     "anchors": {
         "02": "Nauru cut diplomatic ties with Taiwan on Monday",
         "05": "Nauru had already switched its recognition to Beijing"},
     "contradiction": None},
    {"id": "twelve-allies",
     "text": "Nauru's switch leaves Taiwan with 12 diplomatic allies",
     "docs": ["02", "05"],
     "anchors": {
         "02": "The break leaves Taiwan with 12 formal diplomatic allies",
         "05": "That cut Taiwan's diplomatic allies to 12"},
     "contradiction": None,
     "note": "12 allies against the 22 of 2016, Nauru as 'the tenth to leave' and Nauru's 12,500 people (02)"},
    {"id": "han-speaker",
     "text": "Han Kuo-yu of the KMT was elected speaker of the Legislative Yuan on 1 February",
     "docs": ["03", "06"],
     "anchors": {
         "03": "Han Guoyu of the KMT was elected its speaker on 1 February",
         "06": "its lawmakers elected Han Kuo-yu"},
     "contradiction": None},
    {"id": "han-54",
     "text": "Han won the speakership with 54 votes",
     "docs": ["05", "06"],
     "anchors": {
         "05": "was elected speaker with 54 votes",
         "06": "Han won 54 votes in the second round"},
     "contradiction": None,
     "note": "54 votes against the 57 needed for a majority (01, 06) and You Si-kun's 51"},
    {"id": "huang-whip",
     "text": "Huang Kuo-chang leads the TPP's caucus",
     "docs": ["05", "06"],
     "anchors": {
         "05": "The TPP's caucus leader, Huang Kuo-chang",
         "06": "The TPP's caucus whip, Huang Kuo-chang"},
     "contradiction": None},
    {"id": "inauguration",
     "text": "Lai was sworn in as president on 20 May",
     "docs": ["03", "04", "05"],
     "anchors": {
         "03": "The exercises come three days after the leader of the Taiwan region",
         "04": "assumed the post of the",
         "05": "The inauguration on Monday 20 May was carefully worded"},
     "contradiction": None},
    {"id": "not-subordinate",
     "text": "In his inaugural address Lai said Taiwan and China are 'not subordinate to each other'",
     "docs": ["03", "04", "05"],
     "anchors": {
         "03": "In the speech Lai Qingde has claimed",
         "04": "At the inauguration ceremony in front of the Presidential Office Building",
         "05": "Mr Lai said that the Republic of China"},
     "contradiction": None},
    {"id": "confession",
     "text": "The TAO called Lai's inaugural speech a confession of (Taiwan) independence",
     "docs": ["03", "04", "05"],
     "anchors": {
         "03": "has pointed out on the same day",
         "04": "has criticised that the address of Lai-shi",
         "05": "called the speech a confession of separatism"},
     "contradiction": None},
    {"id": "joint-sword-2024a",
     "text": "The PLA held the Joint Sword-2024A exercises around Taiwan on 23-24 May",
     "docs": ["03", "05"],
     "anchors": {
         "03": "has declared that from Thursday its army",
         "05": "staged exercises called Joint Sword-2024A"},
     "contradiction": None,
     "note": "03's 49 aircraft and 19 warships (Thursday, the first day) against 05's 62 aircraft and 27 ships (the "
             "second day): different days, not a contradiction; 03's 'last two days' and 05's 'last Thursday and Friday' "
             "agree"},
]
dump('claims.json', {
    "about": "Checkable claims made by two or more sources on corpus-t/articles: short text, the documents asserting it "
             "(with an anchor: words of the asserting sentence in each document's cleaned text), and any contradiction "
             "(documents that disagree, aspect, detail). Only one contradiction is intended (Lai's share of the vote: "
             "'Mr Lai won with 42 per cent of the vote in January' in 05 against 40.05 per cent in 01, 'about 40.1%' in "
             "04 and 40.1 per cent in 06); every other contradiction is a false alarm, in particular the figures that "
             "look alike: 40.05 (exact) against 40.1 (rounded) and 03's 'only around 40 per cent' (approximate, in Chen "
             "Binhua's reported speech); Hou's 33.49 per cent and Ko's 26.46 / 26.5 per cent; 03's 'nearly 60 per cent' "
             "(Hou and Ko together, 59.95) against Lai's 40; turnout 71.9 per cent; 'about 5.59 million ballots'; the "
             "seats (KMT 52, DPP 51, TPP eight, independents two, 113 in all, 57 for a majority) against the speaker "
             "votes (Han 54 = 52 + 2, You Si-kun 51, Huang Shan-shan's first-round votes from the eight TPP members); the "
             "12 remaining allies against the 22 of 2016, 'the tenth to leave' and Nauru's 12,500 people; the two sets of "
             "drills (19 August 2023 after Lai's stopovers; Joint Sword-2024A on 23-24 May 2024) and 03's April 2023 "
             "'Joint Sword'; the aircraft counts of the two days of Joint Sword-2024A (49 aircraft and 19 warships on "
             "Thursday, 03; 62 aircraft and 27 ships on the second day, 05); 'about 30 members of the Diet' (04); the "
             "ages (Lai 64 in 01 and 04, Hou 66 in 01); the durations 'two four-year terms' / 'eight years' (Tsai) "
             "against Huang's 'eight years' (05), 'four years after' 1996 (01) and Han's defeat 'four years' ago (06), "
             "'three years' as envoy (05), 'The exercises last two days' (03) against 'two days after' the election (02, "
             "05); the DPP's presidency since 2016 (01) against its control of the legislature since 2016 (06) and its "
             "first presidency in 2000 (01); the 'vice-president' Lai (January, 01; 05 'when he was still "
             "vice-president') and the vice-president Hsiao (from 20 May, 04, 05); the two premiers Chen Chien-jen "
             "(January, 02) and Cho Jung-tai (from 20 May, 04, 05): successive office-holders; Kamikawa's two statements "
             "(January, 01; May, 04) with the same words; Blinken's congratulations and Biden's 'We do not support "
             "independence' (01); Nauru's earlier recognition of Beijing 'from 2002 until 2005' (02) against its switch "
             "of January 2024; 01's 'unprecedented third consecutive term' and 05's 'first party to win a third "
             "consecutive presidential term' agree; the Chinese and Japanese translations' 'the local legislative "
             "body', 'the Kokuminto is the first party' and 'a \"twisted\" one' mean the hung legislature. Framing "
             "differs on purpose (01 neutral wire; 02 Taipei English-language site close to the government's view, 'our "
             "democracy has a price'; 03 mainland outlet, machine-translated from Chinese, 'the so-called «inauguration "
             "speech»', 'the leader of the Taiwan region', 'strong punishment'; 04 Japanese daily, machine-translated, "
             "'Lai-shi', the Diet delegation; 05 British weekly analysis, 'Squeezed from both sides'; 06 Singapore "
             "business daily, 'the real kingmaker') without contradicting. One sentence anchors one claim: facts that "
             "several sources state only inside a sentence anchored for another claim are not keyed as claims (Lai's age "
             "64, 01/04, and his being vice-president; Han as a former mayor of Kaohsiung who lost the 2020 election, "
             "05/06; the 57 needed for a majority, 01/06; Lai's US stopover on his way to Paraguay, 01/05; Lai's call to "
             "stop intimidation, 04/05; the drills as 'strong punishment', 03/05; the drills' start 'three days after' the inauguration, 03/05; Cho Jung-tai as premier from 20 May, "
             "04/05; Beijing's 'troublemaker' and 'diehard separatist' labels). single_source lists claims only one "
             "document makes, for reference.",
    "claims": claims,
    "single_source": [
        {"doc": "01", "text": "Hou Yu-ih came second with 33.49 per cent; turnout was 71.9 per cent"},
        {"doc": "01", "text": "Lai won about 5.59 million votes, according to the Central Election Commission"},
        {"doc": "01", "text": "Hou conceded and apologised to KMT supporters"},
        {"doc": "01", "text": "Biden said before the results: 'We do not back independence'"},
        {"doc": "01", "text": "The DPP first won the presidency in 2000; Taiwan's first direct presidential vote was in 1996"},
        {"doc": "02", "text": "Nauru, about 12,500 people, had recognised Beijing from 2002 until 2005"},
        {"doc": "02", "text": "Taiwan was recognised by 22 countries in 2016; Nauru is the tenth to leave under Tsai"},
        {"doc": "02", "text": "Tien Chung-kwang said Nauru had asked Taiwan for a large sum of money and China offered more"},
        {"doc": "02", "text": "Nauru's president David Adeang took office in October 2023"},
        {"doc": "03", "text": "Taiwan's defence department detected 49 aircraft and 19 warships on 23 May"},
        {"doc": "03", "text": "The April 2023 'Joint Sword' exercises followed Tsai's meeting with the US House speaker"},
        {"doc": "03", "text": "Hou and Ko together obtained nearly 60 per cent"},
        {"doc": "04", "text": "About 30 Japanese Diet members, led by Furuya Keiji, attended the inauguration"},
        {"doc": "04", "text": "China's embassy in Japan protested against the Diet members' attendance"},
        {"doc": "04", "text": "Cho Jung-tai took office as premier on 20 May"},
        {"doc": "05", "text": "Taiwan's defence ministry counted 62 aircraft and 27 navy ships on the second day of the drills"},
        {"doc": "05", "text": "The legislature passed bills expanding its powers on 28 May; tens of thousands protested on 24 May"},
        {"doc": "05", "text": "Hsiao Bi-khim was born in Japan to a Taiwanese father and an American mother"},
        {"doc": "06", "text": "In the first round the TPP's eight lawmakers voted for Huang Shan-shan; no one reached 57"},
        {"doc": "06", "text": "Johnny Chiang was elected deputy speaker the same day"},
        {"doc": "06", "text": "Han was recalled as mayor of Kaohsiung after his 2020 defeat"},
        {"doc": "06", "text": "The KMT-TPP talks on a joint ticket collapsed in November 2023"},
    ],
})
print('keys written')
