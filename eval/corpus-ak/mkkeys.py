"""Writes the answer keys of corpus-ak (the worldwide IT outage of Friday 19 July 2024 caused by CrowdStrike's faulty
Falcon content update, Channel File 291, pushed at 04:09 UTC and reverted at 05:27 UTC; the airline ground stops,
Microsoft's count of 8.5 million devices, Delta's five days of cancellations and the Transportation Department's
investigation, CrowdStrike's preliminary review (24 July) and root cause analysis (6 August), the quarrel with Delta over
damages, and Adam Meyers' testimony to the House Homeland Security subcommittee on 24 September) into keys/.

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
KUR, MEY, ROU, HAL = "George Kurtz", "Adam Meyers", "Adam Rourke", "George Halloran"
BAS, TOB, BUT, SMI, WES = "Ed Bastian", "Tobias Bastian", "Pete Buttigieg", "Brad Smith", "David Weston"
GAR, GRE, PLA, OST, TAN, BOI, BID = "Andrew Garbarino", "Mark Green", "Claudia Plattner", "Maren Ostby", \
    "Tanaka Kenji", "David Boies", "Joe Biden"
CS, MS, DL, UA, AA, FAA, DOT = "CrowdStrike", "Microsoft", "Delta Air Lines", "United Airlines", "American Airlines", \
    "Federal Aviation Administration", "Transportation Department"
HSC, BSI, METI = "House Homeland Security Committee", "Federal Office for Security in the Information Technology", \
    "Economy Industry Province"

# ---------------------------------------------------------------------------------------------- entities
ents = [
    (KUR, P, ["George Kurtz", "Kurtz", "Mr. Kurtz", "Mr Kurz", "Kurts", "George Kaatsu", "Kaatsu", "Kaatsu-shi"]),
    (MEY, P, ["Adam Meyers", "Meyers"]),
    (ROU, P, ["Adam Rourke"]),
    (HAL, P, ["George Halloran", "Halloran"]),
    (BAS, P, ["Ed Bastian", "Mr. Bastian", "Ed Bastyan"]),
    (TOB, P, ["Tobias Bastian", "Bastian"]),
    (BUT, P, ["Pete Buttigieg", "Buttigieg"]),
    (SMI, P, ["Brad Smith", "Smith"]),
    (WES, P, ["David Weston"]),
    (GAR, P, ["Andrew Garbarino", "Garbarino"]),
    (GRE, P, ["Mark Green"]),
    (PLA, P, ["Claudia Plattner"]),
    (OST, P, ["Maren Ostby"]),
    (TAN, P, ["Tanaka Kenji", "Tanaka-shi"]),
    (BOI, P, ["David Boies"]),
    (BID, P, ["Joe Biden"]),

    (CS, O, ["CrowdStrike"]),
    (MS, O, ["Microsoft"]),
    (DL, O, ["Delta Air Lines", "Delta", "Delta Airline"]),
    (UA, O, ["United Airlines", "United"]),
    (AA, O, ["American Airlines", "American"]),
    (FAA, O, ["Federal Aviation Administration", "FAA", "America Federal Aviation Bureau"]),
    (DOT, O, ["Transportation Department", "US-Transport Ministry"]),
    (HSC, O, ["House Homeland Security Committee", "Committee for Homeland Security of the US-Representatives House",
              "Lower House Homeland Security Committee"]),
    (BSI, O, ["Federal Office for Security in the Information Technology", "BSI"]),
    (METI, O, ["Economy Industry Province"]),
    ("EU-Commission", O, ["EU-Commission"]),
    ("Halvard Risk Partners", O, ["Halvard Risk Partners"]),
    ("Open Systems Policy Lab", O, ["Open Systems Policy Lab"]),
    ("Tokyo Information Security Research Institute", O, ["Tokyo Information Security Research Institute"]),
    ("University Hospital Schleswig-Holstein", O, ["University Hospital Schleswig-Holstein"]),
    ("Parametrix", O, ["Parametrix"]),
    ("McAfee", O, ["McAfee"]),
    ("White House", O, ["White House"]),
    ("Congress", O, ["Congress"]),

    ("Sky News", MD, ["Sky News"]),
    ("X", MD, ["X"]),
    ("Stack Trace", MD, ["Stack Trace"]),

    ("Falcon", M, ["Falcon"]),
    ("Channel File 291", M, ["Channel File 291"]),
    ("Content Validator", M, ["Content Validator"]),
    ("Windows", M, ["Windows"]),
    ("Windows XP", M, ["Windows XP"]),
    ("macOS", M, ["macOS"]),
    ("Linux", M, ["Linux"]),
    ("Azure", M, ["Azure"]),
    ("Microsoft 365", M, ["Microsoft 365"]),

    ("United States", G, ["United States", "USA", "America"]),
    ("Austin", G, ["Austin"]),
    ("Texas", G, ["Texas"]),
    ("Redmond", G, ["Redmond"]),
    ("Washington state", G, ["Washington state"]),
    ("Washington", G, ["Washington"]),
    ("Atlanta", G, ["Atlanta"]),
    ("Chicago", G, ["Chicago"]),
    ("Savannah", G, ["Savannah"]),
    ("Portland", G, ["Portland"]),
    ("New York", G, ["New York"]),
    ("Britain", G, ["Britain"]),
    ("England", G, ["England"]),
    ("Australia", G, ["Australia"]),
    ("Sydney", G, ["Sydney"]),
    ("Berlin", G, ["Berlin"]),
    ("Germany", G, ["Germany"]),
    ("Hamburg", G, ["Hamburg"]),
    ("Düsseldorf", G, ["Düsseldorf"]),
    ("Japan", G, ["Japan"]),

    ("Europe", L, ["Europe"]),
    ("Hartsfield-Jackson", L, ["Hartsfield-Jackson"]),
    ("Concourse A", L, ["Concourse A"]),
    ("BER", L, ["BER"]),
]

descriptions = [
    (MS, ["Redmond", "The Redmond group"]),
    (CS, ["Austin", "the firm from Austin", "the American CrowdStrike company"]),
    (DL, ["the Atlanta-based carrier"]),
    ("United States", ["Washington"]),
    (BAS, ["the boss of the airline"]),
    (TOB, ["the Hamburg consultant"]),
]

roles = [
    (KUR, ["chief executive", "CrowdStrike-boss", "CEO", "chief technology officer of McAfee"]),
    (MEY, ["senior vice president for counter adversary operations"]),
    (ROU, ["a director at the consultancy Halvard Risk Partners"]),
    (HAL, ["a retired teacher from Savannah"]),
    (BAS, ["chief executive", "the boss of the airline", "CEO"]),
    (TOB, ["The IT-security consultant"]),
    (BUT, ["Transportation Secretary"]),
    (SMI, ["Microsoft's president"]),
    (WES, ["vice president for enterprise and OS security", "vice president"]),
    (GAR, ["The subcommittee's chairman"]),
    (GRE, ["the full committee's chairman"]),
    (PLA, ["BSI-President"]),
    (OST, ["a researcher at the Open Systems Policy Lab"]),
    (TAN, ["chief researcher of the Tokyo Information Security Research Institute"]),
    (BOI, ["the litigator"]),
    (BID, ["President"]),
]

must_not_merge = [
    [KUR, HAL],
    [MEY, ROU],
    [BAS, TOB],
    [SMI, WES],
    [KUR, MEY],
    [GAR, GRE],
    [KUR, BAS],
    [BOI, WES],
]

dump('entities.json', {
    "about": "Answer key for entity resolution on corpus-ak/articles (the CrowdStrike outage of Friday 19 July 2024 "
             "and its aftermath to 24 September), written from reading the articles. Same conventions as corpus-c..ah: "
             "canonical name (a form that occurs in the texts), type, and every surface form that names the entity in "
             "the cleaned texts (headlines, standfirsts, captions, bylines, the dateline 'AUSTIN, Texas (Atlas Press "
             "Wire) -', related links, share bars and other boilerplate excluded). Defects on purpose: CrowdStrike's "
             "chief executive is 'George Kurtz' / 'Kurtz' (01, 02, 03, 04, 05), 'Mr. Kurtz' (03), and, in 04, next "
             "to the right form, two misspellings 'Mr Kurz' (twice) and 'Kurts'; the machine translation from "
             "Japanese (06) transliterates him back from katakana as 'George Kaatsu-shi' / 'Kaatsu CEO' / "
             "'Kaatsu-shi' (keyed 'George Kaatsu', 'Kaatsu', 'Kaatsu-shi'); 06 also writes 'David Weston-shi' (keyed "
             "'David Weston'), 'Tanaka Kenji-shi' / 'Tanaka-shi' (family name first) and 'Ed Bastyan CEO' (keyed 'Ed "
             "Bastyan'). Two Bastians who must not merge: Delta's chief executive Ed Bastian ('Ed Bastian' 02-05, "
             "'Mr. Bastian' 02, 'Ed Bastyan' 06) and the invented Hamburg IT-security consultant Tobias Bastian "
             "(03: 'Tobias Bastian' and the bare 'Bastian' twice, 'said Bastian to our newspaper', 'so Bastian'); "
             "03 has both in one article ('the boss of the airline, Ed Bastian, not related to the Hamburg "
             "consultant'). Two Adams: CrowdStrike's Adam Meyers (05) and the invented consultant Adam Rourke (01, "
             "05; both in 05). Two Georges: George Kurtz and the stranded passenger George Halloran (02; both in 02). "
             "Two Microsoft people: its president Brad Smith (05, the hearing of 13 June) and its vice president "
             "David Weston (05, 06). Two committee chairmen: Andrew Garbarino (subcommittee) and Mark Green (full "
             "committee), 05. Calques and foreign acronyms: the FAA is 'the Federal Aviation Administration (FAA)' "
             "(01, 02) and 'The America Federal Aviation Bureau (FAA)' (06); the US Department of Transportation is "
             "'the Transportation Department' (02, 04, 05) and 'The US-Transport Ministry' (03); the House committee "
             "is 'the House Homeland Security Committee' (05), 'the Committee for Homeland Security of the "
             "US-Representatives House' (03) and 'the Lower House Homeland Security Committee' (06); Germany's "
             "Bundesamt für Sicherheit in der Informationstechnik is calqued 'The Federal Office for Security in the "
             "Information Technology (BSI)' with its German acronym ('BSI-President'); Japan's Ministry of Economy, "
             "Trade and Industry is 'The Economy Industry Province' (06); the European Commission is 'the "
             "EU-Commission' (03); Delta is 'Delta Air Lines' (01, 02, 03), 'Delta' and 'Delta Airline' (06); the "
             "United States 'the United States' (01), 'the USA' (03), 'America' (06, also inside 'The America Federal "
             "Aviation Bureau'). Cities for companies: 'Redmond' stands for Microsoft in 05 ('Redmond has signalled') "
             "and 03 ('The Redmond group'), keyed as descriptions of Microsoft, while 06's 'the company of Redmond, "
             "Washington state' is the city (alias); 'Austin' stands for CrowdStrike in 05 ('Austin's message') and "
             "03 ('the firm from Austin'), keyed as descriptions, while 01's 'Austin-based CrowdStrike' and 06's "
             "'CrowdStrike in Austin, Texas state' are the city. 'Washington' (03 'a testimony in Washington', 04 'in "
             "Washington') is the capital, and 02's 'the first time Washington has opened a formal inquiry' is the US "
             "government (keyed as a description of the United States as well as the city's alias; the headline's "
             "'as Washington opens an investigation' is boilerplate); 06's 'Washington state' is the state. 'Stack "
             "Trace' (04 'told The Stack Trace') is the outlet. 'United' and 'American' name the "
             "airlines in 01, 02 ('United Airlines'), 04 and 06 ('Delta, United and American'); 06's 'The American "
             "Microsoft company' and 'the American CrowdStrike company' and 01's 'American said' (the airline) must "
             "be told apart: 'American' is keyed as the airline's alias. Products: Falcon (01, 03 'Falcon-Sensor', "
             "04, 06), Channel File 291 (01, 03, 04), the Content Validator (03, 04), Windows, Windows XP, macOS, "
             "Linux, Azure and Microsoft 365. 'X' (01 'wrote on X') is the platform; Sky News (01) a broadcaster. "
             "Not keyed: adjectives and demonyms (British, German, US as in 'US airlines', 'US-companies', "
             "'US-Dollar', Chinese, Republican), the unnamed gate agent, pilots' union representative, committee aide, "
             "CrowdStrike's lawyers, Microsoft's speaker, the 'press agency', the 'person concerned with the "
             "government', the subcommittee (lower-case), the federal review board. roles: roles stated in an "
             "apposition or title, for information.",
    "entities": [{"name": n, "type": t, "aliases": a} for n, t, a in ents],
    "must_not_merge": must_not_merge,
    "descriptions": [{"entity": e, "descriptions": d} for e, d in descriptions],
    "roles": [{"entity": e, "roles": r} for e, r in roles],
})

# ---------------------------------------------------------------------------------------------- dates
dates = [
    # 01: published Friday 2024-07-19 (JSON field 2024-07-19T19:40:00Z, the afternoon in Austin)
    ["01", "Friday", "2024-07-19"],
    ["01", "78 minutes", "PT78M"],
    ["01", "Friday", "2024-07-19"],
    ["01", "Friday", "2024-07-19"],
    ["01", "Thursday", "2024-07-18"],
    ["01", "Friday", "2024-07-19"],
    ["01", "2011", "2011"],
    ["01", "21 April 2010", "2010-04-21"],
    ["01", "the weekend", "2024-07-20/2024-07-21"],
    ["01", "Saturday", "2024-07-20"],
    # 02: published Tuesday 2024-07-23, no date anywhere
    ["02", "Tuesday", "2024-07-23"],
    ["02", "last Friday", "2024-07-19"],
    ["02", "the weekend", "2024-07-20/2024-07-21"],
    ["02", "Monday", "2024-07-22"],
    ["02", "Thursday", "2024-07-25"],
    ["02", "Friday", "2024-07-19"],
    ["02", "Monday", "2024-07-22"],
    ["02", "Friday", "2024-07-19"],
    ["02", "the weekend", "2024-07-20/2024-07-21"],
    ["02", "Friday", "2024-07-19"],
    ["02", "Friday", "2024-07-19"],
    ["02", "earlier this year", "2024"],
    ["02", "Saturday", "2024-07-20"],
    # 03: published Wednesday 2024-07-24 (visible date line '24.07.2024 | 18:05')
    ["03", "Five days", "P5D"],
    ["03", "Wednesday", "2024-07-24"],
    ["03", "Friday, 19.07.", "2024-07-19"],
    ["03", "78 minutes", "PT78M"],
    ["03", "the weekend", "2024-07-20/2024-07-21"],
    ["03", "Saturday", "2024-07-20"],
    ["03", "2009", "2009"],
    ["03", "Friday", "2024-07-19"],
    ["03", "Friday", "2024-07-19"],
    ["03", "the whole weekend", "2024-07-20/2024-07-21"],
    ["03", "five days", "P5D"],
    ["03", "Tuesday", "2024-07-23"],
    ["03", "Monday", "2024-07-22"],
    ["03", "Friday", "2024-07-19"],
    # 04: published Thursday 2024-08-08, no date line
    ["04", "Tuesday", "2024-08-06"],
    ["04", "19 July", "2024-07-19"],
    ["04", "February", "2024-02"],
    ["04", "19 July", "2024-07-19"],
    ["04", "24 July", "2024-07-24"],
    ["04", "two weeks ago", "2024-07-25"],
    ["04", "five days", "P5D"],
    ["04", "last week", "2024-07-29/2024-08-04"],
    ["04", "Sunday", "2024-08-04"],
    ["04", "Monday", "2024-08-05"],
    # 05: published Thursday 2024-09-26, no date line
    ["05", "July", "2024-07"],
    ["05", "Tuesday", "2024-09-24"],
    ["05", "19 July", "2024-07-19"],
    ["05", "22 July", "2024-07-22"],
    ["05", "Tuesday", "2024-09-24"],
    ["05", "13 June", "2024-06-13"],
    ["05", "Tuesday", "2024-09-24"],
    ["05", "10 September", "2024-09-10"],
    ["05", "19 July", "2024-07-19"],
    ["05", "late August", "2024-08"],
    ["05", "Tuesday", "2024-09-24"],
    ["05", "five days", "P5D"],
    ["05", "23 July", "2024-07-23"],
    # 06: published Monday 2024-07-22 (Tokyo), no date line
    ["06", "the 20th", "2024-07-20"],
    ["06", "the 19th", "2024-07-19"],
    ["06", "the 19th", "2024-07-19"],
    ["06", "1 hour 18 minutes", "PT1H18M"],
    ["06", "the 20th", "2024-07-20"],
    ["06", "the 19th", "2024-07-19"],
    ["06", "the 19th", "2024-07-19"],
    ["06", "the weekend", "2024-07-20/2024-07-21"],
    ["06", "the 21st", "2024-07-21"],
    ["06", "80 minutes", "PT80M"],
    ["06", "the 19th", "2024-07-19"],
    ["06", "this week", "2024-07-22/2024-07-28"],
]
dump('dates.json', {
    "about": "Answer key for date normalisation on corpus-ak/articles, same conventions as corpus-c..ah: document id "
             "prefix, the expression as written (the first occurrence not yet matched, in text order; a system "
             "expression that contains the key text matches, so 'Friday' in 01 also matches 'on Friday' and 'early on "
             "Friday', 'Thursday' 'on Thursday evening', 'the weekend' 'into the weekend', 'since the weekend' and 'by "
             "the weekend', 'Monday' 'on Monday night', 'Friday' 'Friday’s crash', 'by Friday afternoon', 'in the "
             "early hours of Friday', 'Until Friday' and 'since Friday', 'the 19th' 'on the 19th (Fri.)', 'the 21st' "
             "'on the 21st (Sun.)', '80 minutes' 'within about 80 minutes', 'this week' 'within this week'), its "
             "absolute value. Weeks run Monday to Sunday. Dates are the local dates of the writer's place (01, 02, 04, "
             "05 US; 03 Germany; 06 Japan): the crash of 04:09 UTC fell on Friday 19 July everywhere that matters here "
             "(00:09 in New York, 06:09 in Hamburg, 13:09 in Tokyo); Microsoft's announcement 'on the 20th (local "
             "time)' is the US Saturday 20 July. Clock times ('04:09 UTC', '05:27 UTC', '6:09 o'clock', '7:27 "
             "o'clock', '13:09', '14:27', '18:05') and parts of days ('Later in the day', 'late in the afternoon', "
             "'by evening', 'before dawn', 'in the morning', 'in the early afternoon', 'for part of the morning', "
             "'at breakfast time', 'within hours', 'for several hours', 'around the clock') are not keyed. Vague, "
             "recurring or anaphoric expressions ('For months', 'for years', 'then', 'afterwards', 'within a day or "
             "two', 'in a day or two', 'later in the week', 'in the coming weeks', 'long time', 'today' in 04's "
             "hypothetical 'not today', 'of the year' in 'second hearing of the year', 'the weeks after 19 July' "
             "beyond its '19 July') are not keyed; nor are counts, ordinals and measures ('the fifth day', 'the 21st "
             "field', 'twelve-page', 'version 7.11', 'Channel File 291', '64' (Halloran's age), '500 largest', "
             "'about 11%', '$500 million', '7,000' / '7.000' / '5,000' flights, '8,5 Millionen', '850万'). Spans: '78 "
             "minutes' (01, 03), '1 hour 18 minutes' (06, the same 78 minutes), 'about 80 minutes' (06, Tanaka's "
             "rounding), 'Five days' / 'in five days' (03), 'five days' (04 'in five days', 05 'over five days'). "
             "Relative dates: 01 (Friday 19 July) 'on Friday' four times (the crash; Kurtz's post 'early on Friday'; "
             "the ground stops 'early on Friday'; the share fall), 'on Thursday evening' 18 July (the separate Azure "
             "outage), 'in 2011', 'on 21 April 2010' (the McAfee crash), 'into the weekend' 20-21 July, 'on Saturday' "
             "20 July. 02 (Tuesday 23 July): 'on Tuesday' 23 July (the investigation), 'last Friday' 19 July, 'since "
             "the weekend' 20-21 July, 'on Monday night' 22 July, Halloran's 'for Thursday' 25 July (the coming "
             "Thursday he had been rebooked on), 'Friday’s crash', 'on Monday' 22 July (Delta's statement), 'by Friday "
             "afternoon', 'by the weekend', 'in the early hours of Friday', 'Until Friday' all 19 July or 20-21 July, "
             "'earlier this year' 2024 (the refund rule), 'on Saturday' 20 July (Microsoft's count). 03 (Wednesday 24 "
             "July): 'Five days after' a span, 'on Wednesday' 24 July (the preliminary report), 'on Friday, 19.07.' "
             "(German day.month. without year), 'on the weekend' and 'the whole weekend' 20-21 July, 'on Saturday' 20 "
             "July, 'from 2009', 'on Friday morning' and 'on Friday' 19 July, 'on Tuesday' 23 July (the "
             "investigation), 'on Monday' 22 July (the committee's invitation), 'since Friday' 19 July. 04 (Thursday 8 "
             "August): 'on Tuesday' 6 August (the root cause analysis), 'on 19 July' twice, 'In February' February "
             "2024 (sensor 7.11), 'of 24 July' (the preliminary review), 'two weeks ago' keyed as the computed 25 July "
             "(the review it means came out on 24 July), 'in five days' a span, 'last week' 29 July-4 August "
             "(Bastian's claim, made on 31 July), 'On Sunday' 4 August (CrowdStrike's lawyers' letter), 'on Monday' 5 "
             "August (Delta's reply): a Monday two weeks after 02's Monday of 22 July. 05 (Thursday 26 September): "
             "'in July' July 2024 (the committee's request), 'On Tuesday' four times 24 September (the hearing), 'of "
             "19 July' and 'after 19 July', 'of 22 July' (the request), 'On 13 June' 2024-06-13 (Brad Smith's hearing, "
             "the other hearing), 'on 10 September' (the Redmond summit), 'in late August' August 2024, 'over five "
             "days' a span, 'on 23 July' (the investigation). 06 (Monday 22 July, Tokyo): 'on the 20th (local time)' "
             "and 'on the 20th' 20 July (day-only dates, Japanese style), 'on the 19th (Fri.)' and 'on the 19th' four "
             "more times 19 July, 'by the weekend' 20-21 July, 'on the 21st (Sun.)' 21 July, 'within this week' 22-28 "
             "July. Publication dates used: 01 2024-07-19, 02 2024-07-23, 03 2024-07-24, 04 2024-08-08, 05 "
             "2024-09-26, 06 2024-07-22 (see publication.json).",
    "dates": dates,
})

# ---------------------------------------------------------------------------------------------- publication
dump('publication.json', {
    "about": "True publication date of each document (the one the author had in mind) and whether the input states it "
             "(metadata, JSON field or a visible date line). window: the span a careful reader can prove from the text "
             "alone (plus event dates the other articles give); the engine's published.earliest..latest should contain "
             "'date'.",
    "published": [
        {"doc": "01", "date": "2024-07-19", "stated": True,
         "how": "JSONL published field 2024-07-19T19:40:00Z (14:40 in Austin); the crash 'on Friday' is the day's "
                "news, United warns of delays 'on Saturday'",
         "window": ["2024-07-19", "2024-07-19"]},
        {"doc": "02", "date": "2024-07-23", "stated": False,
         "how": "none (no meta date, no visible date): the investigation was opened 'on Tuesday' on 'the fifth day' "
                "of a breakdown that began 'last Friday' (19 July per 01, 03, 04, 05, 06): Friday, Saturday, Sunday, "
                "Monday, Tuesday, so Tuesday 23 July (05: 'opened on 23 July'); families slept there 'again on "
                "Monday night'",
         "window": ["2024-07-23", "2024-07-23"]},
        {"doc": "03", "date": "2024-07-24", "stated": True,
         "how": "visible date line '24.07.2024 | 18:05' (day.month.year); 'Five days after' the crash of 'Friday, "
                "19.07.' and the report 'on Wednesday' agree",
         "window": ["2024-07-24", "2024-07-24"]},
        {"doc": "04", "date": "2024-08-08", "stated": False,
         "how": "none: the root cause analysis came 'on Tuesday' (6 August; the preliminary review 'of 24 July' "
                "was 'two weeks ago'), the lawyers' letter 'On Sunday' and Delta's reply 'on Monday' are past, "
                "Bastian spoke 'last week'; the newsletter comes out 'every Thursday' (boilerplate): Thursday 8 August "
                "(6-11 August from the text alone)",
         "window": ["2024-08-06", "2024-08-11"]},
        {"doc": "05", "date": "2024-09-26", "stated": False,
         "how": "none: Meyers testified 'On Tuesday', after the summit 'on 10 September', more than two months after "
                "'19 July' (the standfirst's 'Two months after'); the hearing was on Tuesday 24 September: Thursday "
                "26 September (24-30 September from the text)",
         "window": ["2024-09-24", "2024-09-30"]},
        {"doc": "06", "date": "2024-07-22", "stated": False,
         "how": "none: Microsoft's count 'on the 20th' and Delta's cancellations 'also on the 21st (Sun.)' are past, "
                "the committee is still 'studying' its request (sent 22 July US time, per 03 and 05) and the cause "
                "report is due 'within this week' (it came on 24 July): Monday 22 July in Tokyo (21-23 July)",
         "window": ["2024-07-21", "2024-07-23"]},
    ],
})

# ---------------------------------------------------------------------------------------------- timeline
ev = []
event = recorder(ev)

event("CrowdStrike pushes a faulty Falcon content update (Channel File 291) at 04:09 UTC and reverts it at 05:27 "
      "UTC; Windows computers crash to the blue screen worldwide", "2024-07-19", ["01", "02", "03", "04", "05", "06"],
      ["update", "crash", "outage", "blue screen", "channel file", "falcon", "obstacle", "disturbance"],
      note="01 'on Friday'; 02 'last Friday'; 03 'on Friday, 19.07.'; 04 'on 19 July'; 05 'of 19 July'; 06 'on the "
           "19th (Fri.)'; the withdrawal 78 minutes later is folded in; Sky News, banks, hospitals, Berlin's airport "
           "and Australia's outages are part of it (Sky News is also listed on its own); must stay apart from the "
           "Azure outage of 18 July and the McAfee crash of 21 April 2010")
event("At the airlines' request the FAA halts all departures of Delta, United and American (ground stops)",
      "2024-07-19", ["01", "02", "06"],
      ["ground stop", "halt", "stopped the departures", "faa", "federal aviation"],
      note="01 'early on Friday'; 02 'in the early hours of Friday'; 06 'on the 19th'; lifted within hours")
event("Sky News goes off air for several hours", "2024-07-19", ["01"], ["sky news", "off air"],
      note="01, the morning of Friday 19 July (UK)")
event("George Kurtz apologises in a television interview", "2024-07-19", ["01", "06"],
      ["apolog", "sorry", "television", "interview"],
      note="01 'Later in the day' of Friday; 06 'on the 19th appeared in an American television program'; his post on "
           "X 'early on Friday' is a statement, folded in")
event("CrowdStrike's shares fall about 11%", "2024-07-19", ["01", "06"], ["share", "fell", "11%"],
      note="01 'on Friday'; 06 'on the 19th'")
event("Unrelated outage of Microsoft's Azure cloud in the central United States", "2024-07-18", ["01"],
      ["azure", "microsoft 365"],
      note="01 'on Thursday evening': the other outage, the day before, must not merge with the CrowdStrike crash")
event("Microsoft estimates that 8.5 million Windows devices were affected", "2024-07-20", ["02", "03", "06"],
      ["8.5 million", "8,5", "850", "estimate", "devices", "affected"],
      note="02 'on Saturday'; 03 'on Saturday'; 06 'on the 20th (local time)'; David Weston's blog")
event("Microsoft releases a USB recovery tool", "2024-07-20", ["03", "06"], ["recovery tool", "usb", "tool"],
      note="03 'on Saturday'; 06 'released on the 20th a recovery tool'; a separate event from the estimate of the "
           "same day")
event("Delta cancels about 7,000 flights over five days", "2024-07-19", ["02", "03", "04"],
      ["cancel", "struck"], until="2024-07-23",
      note="02 counts from 'last Friday' to 'the fifth day' (Tuesday); 03 'in five days'; 04 'in five days' (05's "
           "'some 5,000 flights over five days' is the intended error, the same event); 06's 'also on the 21st' is "
           "a day inside it")
event("The House Homeland Security Committee asks George Kurtz to testify", "2024-07-22", ["03", "05"],
      ["testify", "testimony", "letter", "request", "invited", "homeland"],
      note="03 'Already on Monday'; 05 'the request of 22 July' ('in July'); 06's 'are studying to demand the "
           "explanation' precedes it; must stay apart from the hearing of 24 September")
event("The US Transportation Department opens an investigation into Delta", "2024-07-23", ["02", "03", "05"],
      ["investigation", "inquiry", "transportation", "transport ministry"],
      note="02 'on Tuesday'; 03 'on Tuesday'; 05 'opened on 23 July'; 04 'is running one' (no date)")
event("CrowdStrike publishes its preliminary post-incident review, blaming its Content Validator", "2024-07-24",
      ["03", "04"], ["preliminary", "review", "report", "content validator"],
      note="03 'on Wednesday'; 04 'its preliminary review of 24 July' (and 'two weeks ago'); must stay apart from the "
           "root cause analysis of 6 August")
event("CrowdStrike's lawyers write to Delta that its liability is capped at single-digit millions", "2024-08-04",
      ["04"], ["letter", "lawyers", "liability", "single-digit"], note="04 'On Sunday'")
event("Delta replies that CrowdStrike's offer of help came too late", "2024-08-05", ["04"],
      ["replied", "reply", "too late"], note="04 'on Monday'")
event("CrowdStrike publishes its root cause analysis (21 input fields, 20 supplied)", "2024-08-06", ["04"],
      ["root cause", "analysis", "twelve-page"], note="04 'on Tuesday'")
event("Brad Smith testifies before the House Homeland Security Committee about Microsoft's security failures",
      "2024-06-13", ["05"], ["smith", "hearing", "testif", "intrusion"],
      note="05 'On 13 June': the committee's other hearing, must not merge with that of 24 September")
event("Microsoft holds a summit with security vendors in Redmond on moving security software out of the kernel",
      "2024-09-10", ["05"], ["summit", "vendors"], note="05 'on 10 September'")
event("Adam Meyers testifies before the House Homeland Security subcommittee and apologises", "2024-09-24", ["05"],
      ["meyers", "hearing", "testif", "witness", "apolog"],
      note="05 'On Tuesday' (four times); Kurtz did not come")
event("A faulty McAfee antivirus update crashes computers running Windows XP", "2010-04-21", ["01"],
      ["mcafee", "windows xp"],
      note="01 'on 21 April 2010': the earlier crash, when Kurtz was McAfee's chief technology officer")
dump('timeline.json', {
    "about": "Real-world events the articles report, with date (day), until for multi-day events, the documents that "
             "report each (with a date the reader can resolve), and words by which a system event is recognised "
             "(title, trigger or participant entity ids). Dates are the local dates of the place of the event (US "
             "dates for US events; the crash is 19 July in UTC and everywhere). Occurrences of similar events must "
             "stay apart: the three crashes (the CrowdStrike crash of 19 July 2024; the Azure outage of 18 July; the "
             "McAfee crash of 21 April 2010); the two CrowdStrike reports (the preliminary review of 24 July; the "
             "root cause analysis of 6 August); the committee's request (22 July) and the hearing (24 September); "
             "the two hearings (Brad Smith, 13 June; Adam Meyers, 24 September); the two Microsoft events of 20 July "
             "(the estimate; the recovery tool); the two Mondays (22 July: the committee's invitation and Delta's "
             "statement; 5 August: Delta's reply). Not keyed: future, planned or announced events (the fuller "
             "account, 'within this week', 'in the coming weeks'; United's delays 'on Saturday'; Delta's return to "
             "normal 'later in the week'; Halloran's flight 'for Thursday'), events dated only by month, year or "
             "range (sensor 7.11 'In February', the request 'in July' without its day, the revenue forecast 'in late "
             "August', Bastian's $500 million claim 'last week' (31 July), the refund rule 'earlier this year', "
             "CrowdStrike's founding 'in 2011', the EU agreement 'from 2009'), statements (Kurtz's post on X, his "
             "message to customers, Buttigieg's post, Bastian's messages, Plattner's, Delta's statement 'on Monday' "
             "22 July, Microsoft's 'the company of Redmond' cooperation), states (Delta's queues, the investigation "
             "continuing) and same-day side events folded into a keyed one (see notes).",
    "events": ev,
})

# ---------------------------------------------------------------------------------------------- quotes
quotes = [
    ["01", "was pushed to customers at 04:09 UTC", "indirect", CS],
    ["01", "This is not a security incident or a cyberattack", "direct", KUR],
    ["01", "the problem had been found and isolated", "indirect", KUR],
    ["01", "he was deeply sorry for the disruption", "indirect", KUR],
    ["01", "had asked it to halt all their departures", "indirect", FAA],
    ["01", "it had resumed flying before dawn", "indirect", AA],
    ["01", "it was working with CrowdStrike and with customers", "indirect", MS],
    ["01", "an unrelated outage of its Azure cloud", "indirect", MS],
    ["01", "We have to touch every single machine", "direct", ROU],
    ["01", "That's easy on a laptop", "direct", ROU],
    ["01", "President Joe Biden had been briefed", "indirect", ["White House", None]],
    ["01", "it would publish a fuller account", "indirect", CS],
    ["01", "We understand the gravity of the situation", "direct", KUR],
    ["01", "some delays would continue on Saturday", "indirect", UA],

    ["02", "it had opened an investigation into Delta Air Lines", "indirect", [DOT, None]],
    ["02", "his department wanted to make sure", "indirect", BUT],
    ["02", "unacceptable customer service conditions", "partial", BUT],
    ["02", "They rebooked me for Thursday", "direct", HAL],
    ["02", "Nobody at this airport can tell you anything", "direct", HAL],
    ["02", "crews had been sitting in hotels", "indirect", [None]],
    ["02", "The computers came back", "direct", [None]],
    ["02", "the system Delta uses to track", "indirect", BAS],
    ["02", "the airline was working around the clock", "indirect", BAS],
    ["02", "it expected its schedule to return", "indirect", DL],
    ["02", "its operation had largely recovered", "indirect", UA],
    ["02", "members had been left for hours on hold", "indirect", [None]],
    ["02", "travellers who chose not to fly", "indirect", BUT],
    ["02", "it would comply", "indirect", DL],
    ["02", "about 8.5 million Windows devices had been affected", "indirect", MS],
    ["02", "I don’t care whose software it was", "direct", HAL],
    ["02", "I bought a ticket from Delta", "direct", HAL],

    ["03", "has an error in an internal test program", "indirect", CS],
    ["03", "had because of a bug the faulty data", "indirect", CS],
    ["03", "We will make sure that this does not repeat itself", "direct", KUR],
    ["03", "the company since an agreement with the EU-Commission", "indirect", [MS, None]],
    ["03", "it is not about a cyberattack", "indirect", BSI],
    ["03", "the incident shows, how dependent", "indirect", PLA],
    ["03", "Such a scenario we have long time warned of", "direct", PLA],
    ["03", "honest, but late", "partial", TOB],
    ["03", "Every administrator knows the rule", "direct", TOB],
    ["03", "That a firm of this size its updates", "direct", TOB],
    ["03", "the whole weekend computers by hand restarted", "indirect", TOB],
    ["03", "in five days around 7.000 flights struck", "indirect", DL],

    ["04", "never caught this, because they used a wildcard", "indirect", CS],
    ["04", "not on my hospital's machines, not today.", "direct", [None]],
    ["04", "the cancellations had cost the airline", "indirect", BAS],
    ["04", "single-digit millions", "partial", [CS, None]],
    ["04", "Kurts had personally offered on-site help", "indirect", [CS, None]],
    ["04", "the offer of help had come too late", "indirect", DL],
    ["04", "CrowdStrike is trying to turn an engineering failure", "direct", OST],
    ["04", "Whatever Delta's own problems were", "direct", OST],

    ["05", "We let our customers down", "direct", MEY],
    ["05", "and I am here to say that we are deeply sorry", "direct", MEY],
    ["05", "CrowdStrike now tests new content more thoroughly", "indirect", MEY],
    ["05", "had an obligation to get the basics right", "indirect", GAR],
    ["05", "he had been asked to represent the company", "indirect", MEY],
    ["05", "lets the sensor see and stop attacks", "indirect", MEY],
    ["05", "the company and its partners would work on new ways", "indirect", WES],
    ["05", "Nobody wants to be the vendor", "direct", ROU],
    ["05", "the outage was an operational error", "indirect", CS],
    ["05", "the company's liability is limited by contract", "indirect", [CS, None]],
    ["05", "the company had been working with affected customers", "indirect", MEY],
    ["05", "exactly what we expected", "partial", [None]],
    ["05", "the committee would keep examining", "indirect", GAR],
    ["05", "would be to hear from the companies", "indirect", GAR],

    ["06", "about 850万 units (8.5 million units)", "indirect", MS],
    ["06", "since many of them are used in companies", "indirect", MS],
    ["06", "the update was distributed from 13:09", "indirect", CS],
    ["06", "this incident shows how important", "direct", WES],
    ["06", "We are deeply sorry for the influence", "direct", KUR],
    ["06", "it was not a cyber attack", "indirect", KUR],
    ["06", "we will not rest until all systems are recovered", "direct", KUR],
    ["06", "the recovery of the crew's system is taking time", "direct", BAS],
    ["06", "it is collecting information", "indirect", METI],
    ["06", "at present there is no report", "direct", [None]],
    ["06", "the company withdrew the update within about 80 minutes", "direct", TAN],
    ["06", "the mechanism which distributes the update", "direct", TAN],
    ["06", "it will publish the report of the investigation", "indirect", CS],
]
dump('quotes.json', {
    "about": "Answer key for quotations on corpus-ak/articles, same conventions as corpus-c..ah: document id prefix, "
             "the first words of the quoted or reported content (as in the cleaned text), kind (direct: the words in "
             "quotation marks, including 03's „...“ and 06's 「...」; partial: a quoted fragment inside the writer's "
             "sentence; indirect: reported speech), and the speaker (a key entity name; None when the speaker is an "
             "unnamed person or is only a role; a list means any of these is right). Attributions on purpose: "
             "'He said: \"...\"' (05, Adam Rourke, named in the sentence before), 'said X' forms, 'X ... told The "
             "Stack Trace' (04, Maren Ostby), 'she declared to the press agency' (03 Plattner), "
             "'said Bastian to our newspaper' (03, Tobias Bastian, not Ed Bastian), 'so Bastian' (03, German "
             "'so' = 'according to'), 'according to the company' (03, 06: CrowdStrike), 'writes the firm from "
             "Austin' (03, CrowdStrike), 'Austin's message' (05, CrowdStrike), a pronoun-only speaker ('she said', "
             "02, the unnamed gate agent: None), role-only speakers (02's union representative, 05's 'One committee "
             "aide', 06's 'A person concerned with the government', 03's 'A speaker of Microsoft' (Microsoft or "
             "None), 01's 'A spokesperson for the White House' (White House or None), CrowdStrike's lawyers in 04 "
             "and 05 (CrowdStrike or None)), a quote continued after a break ('„That a firm of this size ...“' after "
             "'said Bastian to our newspaper', 03; 'and I am here to say ...' after 'he told the subcommittee', 05), "
             "06's honorific speakers ('David Weston-shi wrote', 'George Kaatsu-shi ... apologised', 'Tanaka "
             "Kenji-shi ... pointed out', 'Tanaka-shi also said', 'Ed Bastyan CEO said'). 04's 'not on my "
             "hospital's machines, not today.' is a hypothetical customer's words (None). Not keyed: headlines, "
             "standfirsts, captions and related links; Microsoft's 'count' (04, not speech); 05's 'He described the "
             "faulty update ... as a perfect storm' is keyed through its second half ('CrowdStrike now tests ...'); "
             "03's 'estimates the damage' (Parametrix, an estimate, not speech). Two people speaking 'deeply sorry': "
             "Kurtz (01, 06) and Meyers (05). Quotations are written for the evaluation: they follow what the real "
             "people said in substance but are not verbatim.",
    "quotes": quotes,
})

# ---------------------------------------------------------------------------------------------- claims
claims = [
    {"id": "push-time",
     "text": "The faulty update was pushed at 04:09 UTC (13:09 in Japan, 06:09 in Germany) and withdrawn at 05:27 UTC",
     "docs": ["01", "03", "06"],
     "anchors": {
         "01": "was pushed to customers at 04:09 UTC and withdrawn at 05:27 UTC",
         "03": "at 6:09 o'clock German summer time (04:09 UTC) distributed",
         "06": "the update was distributed from 13:09 of Japan time"},
     "contradiction": None,
     "note": "the same instant in three clocks: 04:09 UTC, 6:09 German summer time, 13:09 Japan time; 05:27 UTC, "
             "7:27 and 14:27: not contradictions"},
    {"id": "78-minutes",
     "text": "The faulty file was live for 78 minutes and crashed the Windows machines online in that time",
     "docs": ["01", "03", "06"],
     "anchors": {
         "01": "In those 78 minutes every Windows machine",
         "03": "In these 78 minutes reached it all computers",
         "06": "during this about 1 hour 18 minutes"},
     "contradiction": None,
     "note": "06's '1 hour 18 minutes' is 78 minutes; Tanaka's 'within about 80 minutes' (06) is a rounding"},
    {"id": "not-cyberattack",
     "text": "The outage was not a cyberattack",
     "docs": ["01", "03", "05", "06"],
     "anchors": {
         "01": "This is not a security incident or a cyberattack",
         "03": "that it is not about a cyberattack",
         "05": "the outage was an operational error, not a breach",
         "06": "Kaatsu CEO emphasised that it was not a cyber attack"},
     "contradiction": None,
     "note": "said by Kurtz (01, 06), the BSI (03) and CrowdStrike (05)"},
    {"id": "kurtz-apology",
     "text": "George Kurtz apologised for the outage",
     "docs": ["01", "02", "03", "04", "06"],
     "anchors": {
         "01": "he said in a television interview that he was deeply sorry",
         "02": "has apologised for the faulty update",
         "03": "Mr. Kurtz apologised multiple times publicly",
         "04": "to be fair, has apologised often and early",
         "06": "We are deeply sorry for the influence"},
     "contradiction": None,
     "note": "05's Meyers apology ('we are deeply sorry', 24 September) is another person's, on another day"},
    {"id": "ground-stops",
     "text": "The FAA halted the departures of Delta, United and American at the airlines' request on 19 July",
     "docs": ["01", "02", "06"],
     "anchors": {
         "01": "had asked it to halt all their departures",
         "02": "when the Federal Aviation Administration halted their departures",
         "06": "stopped the departures of major 3 companies"},
     "contradiction": None},
    {"id": "8.5-million",
     "text": "Microsoft estimated that about 8.5 million Windows devices were affected",
     "docs": ["02", "03", "04", "06"],
     "anchors": {
         "02": "about 8.5 million Windows devices had been affected",
         "03": "around 8,5 Millionen Windows-devices affected",
         "04": "eight and a half million crashed Windows devices",
         "06": "about 850万 units (8.5 million units)"},
     "contradiction": None,
     "note": "'8,5 Millionen' (German decimal comma), '850万' (Japanese ten-thousands) and 'eight and a half million' "
             "are the same number; 03's and 06's 'less than one percent' / 'less than 1%' agree"},
    {"id": "recovery-tool",
     "text": "Microsoft released a recovery tool that deletes the faulty file from a USB stick",
     "docs": ["03", "06"],
     "anchors": {
         "03": "a recovery tool provided",
         "06": "released on the 20th a recovery tool"},
     "contradiction": None},
    {"id": "delta-cancellations",
     "text": "Delta cancelled about 7,000 flights over five days",
     "docs": ["03", "04"],
     "anchors": {
         "03": "in five days around 7.000 flights struck",
         "04": "Delta cancelled about 7,000 flights in five days"},
     "contradiction": {
         "docs": ["05"],
         "anchors": {"05": "The airline cancelled some 5,000 flights over five days"},
         "aspect": "number",
         "detail": "05 puts Delta's cancellations at some 5,000 flights against about 7,000 in 03 ('7.000', German "
                   "thousands point) and 04"},
     "note": "03's '7.000' is seven thousand, not seven; 02's 'hundreds more flights' on the fifth day and 06's "
             "'large-scale cancellation also on the 21st' are parts of the total"},
    {"id": "bastian-500m",
     "text": "Ed Bastian put Delta's losses from the outage at about $500 million",
     "docs": ["04", "05"],
     "anchors": {
         "04": "the cancellations had cost the airline about $500 million",
         "05": "has put its losses at about $500 million"},
     "contradiction": None},
    {"id": "dot-investigation",
     "text": "The US Transportation Department opened an investigation into Delta on 23 July",
     "docs": ["02", "03", "04", "05"],
     "anchors": {
         "02": "it had opened an investigation into Delta Air Lines",
         "03": "has on Tuesday an investigation against Delta opened",
         "04": "the Transportation Department is running one",
         "05": "The Transportation Department's investigation of Delta"},
     "contradiction": None},
    {"id": "kurtz-asked-to-testify",
     "text": "The House Homeland Security Committee asked Kurtz to testify",
     "docs": ["03", "04", "05"],
     "anchors": {
         "03": "Already on Monday had the Committee for Homeland Security",
         "04": "Mr Kurz has been asked to explain himself to Congress",
         "05": "it addressed the letter to the chief executive"},
     "contradiction": None,
     "note": "06's 'are studying to demand the explanation' (before the request) and 05's 'Meyers ... sat at the "
             "witness table' (Kurtz did not come) are not contradictions"},
    {"id": "content-validator",
     "text": "CrowdStrike's Content Validator passed the faulty file because of a bug",
     "docs": ["03", "04"],
     "anchors": {
         "03": "The so-called Content Validator",
         "04": "Its Content Validator, which its preliminary review"},
     "contradiction": None},
    {"id": "staggered-deployment",
     "text": "CrowdStrike promises staged deployment of content updates and customer control over their timing",
     "docs": ["03", "04", "05"],
     "anchors": {
         "03": "CrowdStrike promises now more tests and a staggered distribution",
         "04": "staged deployments, customer control over timing",
         "05": "releases it in stages"},
     "contradiction": None},
    {"id": "shares-11",
     "text": "CrowdStrike's shares fell about 11% on 19 July",
     "docs": ["01", "06"],
     "anchors": {
         "01": "Shares of Austin-based CrowdStrike fell about 11%",
         "06": "The share price of CrowdStrike fell about 11%"},
     "contradiction": None,
     "note": "03's 'about one fifth' since Friday (to 24 July) and 05's 'about a third' in the weeks after are "
             "later, larger falls, not contradictions"},
    {"id": "rivals-recovered",
     "text": "United and American recovered from the outage much faster than Delta",
     "docs": ["02", "04", "06"],
     "anchors": {
         "02": "American Airlines was flying normally by Friday afternoon",
         "04": "But United and American recovered in a day or two",
         "06": "While United and American mostly recovered by the weekend"},
     "contradiction": None,
     "note": "'by Friday afternoon' (American, 02), 'by the weekend' (06) and 'in a day or two' (04) are compatible"},
    {"id": "crew-system",
     "text": "Delta's crew-tracking system was the cause of its slow recovery",
     "docs": ["02", "06"],
     "anchors": {
         "02": "the system Delta uses to track and assign its pilots",
         "06": "the recovery of the crew's system is taking time"},
     "contradiction": None},
    {"id": "bastian-apology",
     "text": "Ed Bastian apologised to Delta's customers",
     "docs": ["02", "03"],
     "anchors": {
         "02": "Mr. Bastian apologised and said",
         "03": "not related to the Hamburg consultant, apologised to the customers"},
     "contradiction": None},
    {"id": "channel-file-291",
     "text": "The faulty file was Channel File 291",
     "docs": ["01", "03", "04"],
     "anchors": {
         "01": "known inside the company as Channel File 291",
         "03": "The affected file bears the name",
         "04": "The update of 19 July, Channel File 291, was the first that did"},
     "contradiction": None},
    {"id": "liability-capped",
     "text": "CrowdStrike's lawyers say its liability to Delta is limited by contract",
     "docs": ["04", "05"],
     "anchors": {
         "04": "the company's liability is capped",
         "05": "the company's liability is limited by contract"},
     "contradiction": None},
    {"id": "until-restored",
     "text": "Kurtz promised customers CrowdStrike would work with them until every system was restored",
     "docs": ["01", "06"],
     "anchors": {
         "01": "We understand the gravity of the situation",
         "06": "we will not rest until all systems are recovered"},
     "contradiction": None},
    {"id": "fuller-account",
     "text": "CrowdStrike said it would publish an account of the cause",
     "docs": ["01", "06"],
     "anchors": {
         "01": "CrowdStrike said it would publish a fuller account",
         "06": "it will publish the report of the investigation"},
     "contradiction": None,
     "note": "03's 'A complete analysis of the causes wants the company in the coming weeks present' is the later root "
             "cause analysis (6 August, 04), a different report"},
]
dump('claims.json', {
    "about": "Checkable claims made by two or more sources on corpus-ak/articles: short text, the documents asserting "
             "it (with an anchor: words of the asserting sentence in each document's cleaned text), and any "
             "contradiction (documents that disagree, aspect, detail). Only one contradiction is intended (Delta's "
             "cancellations: 'some 5,000 flights over five days' in 05 against 'around 7.000 flights' in 03 and "
             "'about 7,000 flights' in 04); every other contradiction is a false alarm, in particular the figures and "
             "dates that look alike: the same instants in UTC, German summer time and Japan time (04:09 UTC / 6:09 / "
             "13:09; 05:27 UTC / 7:27 / 14:27); '78 minutes', '1 hour 18 minutes' and 'about 80 minutes'; '8.5 "
             "million', '8,5 Millionen', '850万' and 'eight and a half million'; '7.000' (German) and '7,000'; the 21 "
             "input fields against the 20 inputs (04, the bug itself); the share falls (about 11% on 19 July, 01 and "
             "06; 'about one fifth' by 24 July, 03; 'about a third' in the following weeks, 05); '$500 million' "
             "(Bastian's losses) against 'single-digit millions' (CrowdStrike's cap) and '5,4 Milliarden US-Dollar' "
             "(Parametrix's estimate for the 500 largest companies, 03); 'less than 1%' against '11%'; the two "
             "hearings (Brad Smith 13 June; Adam Meyers 24 September) and the request (22 July) against the hearing "
             "Kurtz did not attend; 06's 'are studying to demand' against the request of 22 July (a stage before "
             "it); the two reports (the preliminary review of 24 July; the root cause analysis of 6 August) and 03's "
             "complete analysis 'in the coming weeks'; 04's 'two weeks ago' (25 July) for the review of 24 July "
             "(approximate); the two outages of Microsoft's week (Azure on 18 July; CrowdStrike on 19 July); the "
             "McAfee crash of 2010; the Mondays of 22 July and 5 August; Delta's return to normal 'later in the "
             "week' (02) against 03's five days (compatible); the two Bastians (Ed at Delta; Tobias in Hamburg), "
             "Adams (Meyers; Rourke) and Georges (Kurtz; Halloran); Kurtz's 'deeply sorry' (19 July) and Meyers' "
             "(24 September); the ground stops 'lifted within hours' against Delta's five days; American flying "
             "'by Friday afternoon' (02) and 'before dawn' (01): resumed early, normal by the afternoon. Framing "
             "differs on purpose (01 neutral wire; 02 Atlanta regional paper on the stranded passengers, hard on "
             "Delta, 'Delta’s meltdown'; 03 Hamburg daily, machine-translated from German, on causes and German "
             "dependence; 04 security newsletter hostile to CrowdStrike, 'almost insultingly simple', 'the first "
             "domino had a CrowdStrike logo on it'; 05 analysis from Washington, cooler on CrowdStrike ('has held up "
             "better than many expected') and on Delta ('harder to fix'); 06 Tokyo business site, machine-translated "
             "from Japanese, sympathetic to the vendors, 'As the correspondence after the obstacle, it is rather "
             "quick') without contradicting. Some sources omit facts (02 and 05 do not give the push time; 06 does "
             "not name the Transportation Department's investigation). One sentence anchors one claim. "
             "single_source lists claims only one document makes, for reference.",
    "claims": claims,
    "single_source": [
        {"doc": "01", "text": "Computers running macOS and Linux were not affected"},
        {"doc": "01", "text": "Sky News went off air for several hours on the morning of 19 July"},
        {"doc": "01", "text": "Berlin's airport halted departures for part of the morning"},
        {"doc": "01", "text": "An unrelated Azure outage in the central United States on 18 July disrupted Microsoft 365"},
        {"doc": "01", "text": "Each affected computer must be started in safe mode or a recovery environment to delete the file"},
        {"doc": "01", "text": "Kurtz was McAfee's chief technology officer when its faulty update crashed Windows XP computers on 21 April 2010"},
        {"doc": "01", "text": "President Joe Biden was briefed"},
        {"doc": "02", "text": "Transportation Secretary Pete Buttigieg said the department had received hundreds of complaints"},
        {"doc": "02", "text": "Delta offered vouchers and reimbursement of hotel and meal costs"},
        {"doc": "02", "text": "Travellers who chose not to fly on a cancelled flight are entitled to a cash refund; Delta said it would comply"},
        {"doc": "03", "text": "Microsoft says a 2009 agreement with the European Commission obliges it to give security software the same kernel access as its own"},
        {"doc": "03", "text": "BER halted all departures for several hours; the University Hospital Schleswig-Holstein cancelled planned operations"},
        {"doc": "03", "text": "Parametrix estimates the damage for the 500 largest US companies, without Microsoft, at 5.4 billion dollars"},
        {"doc": "04", "text": "The root cause analysis of 6 August: the IPC template type of sensor 7.11 (February) defined 21 input fields, the sensor supplied 20"},
        {"doc": "04", "text": "Delta hired David Boies"},
        {"doc": "04", "text": "On 4 August CrowdStrike's lawyers wrote that Kurtz had offered on-site help that Delta turned down; Delta replied on 5 August"},
        {"doc": "05", "text": "Adam Meyers testified on 24 September before the subcommittee on cybersecurity and infrastructure protection"},
        {"doc": "05", "text": "Brad Smith testified before the committee on 13 June about a Chinese intrusion into Microsoft's cloud email"},
        {"doc": "05", "text": "After a summit on 10 September Microsoft said it would work on ways for security products to run outside the kernel"},
        {"doc": "05", "text": "In late August CrowdStrike trimmed its revenue forecast"},
        {"doc": "06", "text": "In Japan the damage was limited; METI is collecting information"},
    ],
})
print('keys written')
