"""Writes keys/cleaning.json for corpus-w: boilerplate that must go, article paragraphs that must stay.

The body paragraphs are taken from the article files (text minus the boilerplate lines below; for the HTML page the
<p> elements of the story body), so they are exactly what the articles say.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from cleaning_keys import bodies, write  # noqa: E402
files = {"01": "01_meridian-wire.jsonl", "02": "02_marunouchi-times.html", "03": "03_kaga-minpo.txt",
         "04": "04_hanbit-ilbo.txt", "05": "05_albion-review.txt", "06": "06_aeroledger.txt"}

# (kind, line); kinds are for information (several lines may share a kind; 'kinds' keeps the first index of each)
bp = {
    "01": [("byline", "By Hannah Corrigan and Kenji Watanuki"),
           ("advertisement", "Advertisement"),
           ("credit", "Reporting by Hannah Corrigan and Kenji Watanuki in Tokyo; editing by Paul Ashby"),
           ("copyright", "© 2024 Meridian Wire. All rights reserved.")],
    "02": [("cookie-notice", "This site uses cookies to personalise content and advertising and to analyse our traffic. By continuing, you consent to our use of cookies."),
           ("cookie-notice", "Accept all"), ("cookie-notice", "Cookie settings"),
           ("navigation", "Home"), ("navigation", "National"), ("navigation", "Business"),
           ("navigation", "Markets"), ("navigation", "Asia Pacific"), ("navigation", "Opinion"),
           ("breadcrumb", "National / Haneda collision"),
           ("title", "Haneda transcripts show coast guard plane was told to hold short of runway"),
           ("byline", "By Aiko Brennan, Transport Correspondent"),
           ("share", "Facebook"), ("share", "X"), ("share", "LINE"), ("share", "Email"),
           ("caption", "Investigators inspect the burnt-out fuselage of the Japan Airlines jet on runway C at Haneda Airport. Photo: Marunouchi Times / Daisuke Mori"),
           ("advertisement", "Advertisement"),
           ("tags", "Topics: Aviation Haneda Noto earthquake"),
           ("comment-prompt", "Have your say: log in to join the conversation."),
           ("related-links", "More on this story"),
           ("related-links", "Eighteen minutes: how 379 people got off a burning jet"),
           ("related-links", "JAL shares fall as insurers weigh the loss of an A350"),
           ("related-links", "Noto villages cut off as landslides block the only roads"),
           ("footer", "About us"), ("footer", "Contact"), ("footer", "Advertise with us"),
           ("footer", "Privacy policy"),
           ("copyright", "© 2024 The Marunouchi Times Co., Ltd. All rights reserved.")],
    "03": [("title", "Noto Peninsula Earthquake: strong shaking again on the 9th, the dead surpass 200 persons"),
           ("breadcrumb", "Top > Society > Reiwa 6 Noto Peninsula Earthquake"),
           ("byline", "Nakamura Sayaka (Wazima branch office)"),
           ("credit", "※This article was translated automatically from Japanese by the Kaga Minpo English service."),
           ("caption", "The 「Asaichi street」 of Wajima City, burned down by the fire of the 1st (photographed on the 8th)"),
           ("advertisement", "Advertisement"),
           ("related-links", "Read also: The temporary toilets are not enough ― the voices of the evacuation places"),
           ("newsletter", "Please register to the Kaga Minpo mail magazine"),
           ("copyright", "Copyright © The Kaga Minpo Shimbun. No reproduction without permission.")],
    "04": [("title", "Kishida \"Noto earthquake, the state will respond with all power\"... New Year press conference instead of Ise Shrine"),
           ("breadcrumb", "Home > International > Japan"),
           ("dateline", "Input 2024.01.05 15:12 | Modified 2024.01.05 16:40"),
           ("byline", "Tokyo correspondent Lee Seo-yeon"),
           ("credit", "※This article was machine-translated from the Korean original."),
           ("advertisement", "Advertisement"),
           ("related-links", "Read also: JAL escape in 18 minutes... 'Do not take the luggage' rule saved 379"),
           ("copyright", "Copyright © Hanbit Ilbo. Unauthorized reproduction and redistribution prohibited.")],
    "05": [("title", "Japan's year of two disasters"),
           ("breadcrumb", "Asia | Analysis | Japan"),
           ("byline", "By Oliver Pennington"),
           ("standfirst", "An earthquake on New Year's Day and a runway fire the next evening have tested a prime minister who had little credit left"),
           ("share", "Share: Email | Facebook | X | LinkedIn"),
           ("caption", "Fumio Kishida speaks to evacuees at a shelter in Wajima. Photograph: The Albion Review"),
           ("advertisement", "Advertisement"),
           ("duplicate", "ANALYSIS — Japan began 2024 with two disasters in barely more than 24 hours. On New Year's Day a magnitude 7.6 earthquake tore through the Noto Peninsula on the Sea of Japan coast. The next evening a Japan Airlines jet landing at Tokyo's Haneda airport struck a coast guard plane that was about to fly relief to the peninsula. Both have become tests for Fumio Kishida, a prime minister whose approval ratings were already at record lows."),
           ("related-links", "Read more: The fishing ports that rose two metres overnight"),
           ("newsletter", "Sign up to our weekly Asia briefing"),
           ("copyright", "© 2024 The Albion Review Ltd")],
    "06": [("masthead", "AeroLedger"),
           ("breadcrumb", "Safety | Investigations | Asia-Pacific"),
           ("title", "Japan stops 'number one' calls to departing aircraft after Haneda collision"),
           ("dateline", "11 Jan 2024 · 08:05 JST"),
           ("byline", "By Marcus Feld"),
           ("caption", "Runway C at Haneda reopened to traffic on Monday, six days after the collision. Image: AeroLedger"),
           ("advertisement", "Advertisement"),
           ("related-links", "Read also: How carbon-fibre fuselages behave in a post-crash fire"),
           ("newsletter", "Subscribe to AeroLedger Daily for the safety news that matters"),
           ("copyright", "© 2024 AeroLedger Media. All rights reserved.")],
}


# the news dateline 'TOKYO (Meridian Wire) - ' (01) is neither body nor boilerplate
body = bodies(HERE, files, bp, r'^(TOKYO \(Meridian Wire\) - )', body_div='story-body', end_div='story-tags',
              ad_div='ad-slot')

if __name__ == '__main__':
    write(HERE, "Cleaning key for corpus-w/articles. boilerplate: lines that must not remain in the cleaned text (short "
          "items, under 25 characters, are checked as whole lines of the cleaned text, longer ones as substrings). "
          "kinds: which boilerplate line is of which kind (index of the first line of that kind). body: the article "
          "paragraphs, which must all remain in the cleaned text. The news dateline 'TOKYO (Meridian Wire) -' (01) is "
          "in neither list: keeping or dropping it is both fine. 05 carries its lead twice, the second copy (after the "
          "first paragraph and an advertisement) behind the tag 'ANALYSIS —': that copy is boilerplate (duplicate). 02 "
          "is a web page with a cookie banner, navigation, a section label, a share bar (with LINE), a photo caption, an "
          "inline 'Advertisement', topic tags, a comment prompt, related stories and a footer. The machine translations "
          "carry a translation notice under the byline (03 '※This article was translated automatically from "
          "Japanese ...', 04 '※This article was machine-translated from the Korean original.'), kept as credit lines; "
          "03's caption uses Japanese corner brackets; 03's byline is family-name first with the bureau in brackets "
          "('Nakamura Sayaka (Wazima branch office)'); 04's byline 'Tokyo correspondent Lee Seo-yeon' comes after the "
          "date line. The visible date lines 'Input 2024.01.05 15:12 | Modified 2024.01.05 16:40' (04, Korean portal "
          "style, year first with dots) and '11 Jan 2024 · 08:05 JST' (06, under a masthead line 'AeroLedger', a "
          "breadcrumb and the title) are boilerplate (dateline); 03 and 05 have none. 'Read also:' and 'Read more:' "
          "lines are related links; 03's newsletter prompt is a 'mail magazine'; 05 has a standfirst and a share line.",
          files, bp, body)
