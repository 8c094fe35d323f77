"""Writes keys/cleaning.json for corpus-s: boilerplate that must go, article paragraphs that must stay.

The body paragraphs are taken from the article files (text minus the boilerplate lines below; for the HTML page the
<p> elements of the story body), so they are exactly what the articles say.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from cleaning_keys import bodies, write  # noqa: E402
files = {"01": "01_meridian-wire.jsonl", "02": "02_horn-observer.html", "03": "03_echo-du-sahel.txt",
         "04": "04_al-muqran.txt", "05": "05_ashgrove-weekly.txt", "06": "06_nile-valley-times.txt"}

# (kind, line); kinds are for information (several lines may share a kind; 'kinds' keeps the first index of each)
bp = {
    "01": [("byline", "By Nadia Okoro and Martin Feld"),
           ("advertisement", "Advertisement"),
           ("credit", "Reporting by Nadia Okoro in Nairobi and Martin Feld in Washington; editing by Ruth Agnew"),
           ("copyright", "© 2023 Meridian Wire. All rights reserved.")],
    "02": [("cookie-notice", "This site uses cookies to personalise content and ads and to analyse our traffic. You can change your choice at any time."),
           ("cookie-notice", "Accept all"), ("cookie-notice", "Cookie settings"),
           ("navigation", "Home"), ("navigation", "East Africa"), ("navigation", "Sudan"),
           ("navigation", "Business"), ("navigation", "Opinion"), ("navigation", "Podcasts"),
           ("breadcrumb", "Sudan / War in Sudan"),
           ("title", "Sudan's generals sign Jeddah pledge to protect civilians, but no ceasefire"),
           ("byline", "By Samuel Kiprono, Regional Affairs Editor"),
           ("share", "Facebook"), ("share", "Twitter"), ("share", "WhatsApp"), ("share", "Telegram"), ("share", "Email"),
           ("caption", "Envoys of the two sides and their Saudi and American mediators at the signing in Jeddah. Photo: Saudi Press Agency handout"),
           ("advertisement", "Advertisement"),
           ("tags", "Topics: Sudan war Jeddah talks RSF"),
           ("comment-prompt", "Have your say: log in to join the conversation."),
           ("related-links", "More on the war in Sudan"),
           ("related-links", "From camel trader to kingmaker: who is Hemeti?"),
           ("related-links", "At Chad's border, a town doubles in size in a fortnight"),
           ("related-links", "Port Sudan becomes the country's lifeline"),
           ("footer", "About us"), ("footer", "Contact"), ("footer", "Advertise with us"),
           ("footer", "Privacy policy"),
           ("copyright", "© 2023 The Horn Observer Media Ltd. All rights reserved.")],
    "03": [("title", "Sudan: the truce of 72 hours enters into force, the fights continue at Khartoum"),
           ("navigation", "Home | International | Africa | Sudan"),
           ("byline", "By Claire Vauquelin, with our correspondent at N'Djamena"),
           ("dateline", "Published on 26/04/2023 at 08h15 – Updated at 11h40"),
           ("credit", "Automatic translation of the French original"),
           ("caption", "A column of evacuees arrives at the airport of Djibouti, Monday (photo DR)"),
           ("advertisement", "Publicity"),
           ("related-links", "Read also: At Khartoum, the inhabitants trapped between two armies"),
           ("newsletter", "Receive each morning our letter Africa"),
           ("copyright", "© L'Écho du Sahel 2023 – All rights of reproduction reserved")],
    "04": [("title", "Short-term truce enters into force in Sudan amid accusations of violations"),
           ("breadcrumb", "Home > News > Politics"),
           ("byline", "Khartoum - Al-Muqran - Mohammed Osman al-Tayeb"),
           ("credit", "Translated from the Arabic by the Al-Muqran English service"),
           ("duplicate", "(Al-Muqran) - The short-term ceasefire agreement entered into force at nine forty-five minutes in the evening of yesterday, Monday, for a period of seven days, after the representatives of the armed forces and the Rapid Support Forces (Al-Daam al-Sarie) signed it in the city of Jeddah on the evening of last Saturday, under the sponsorship of the Kingdom of Saudi Arabia and the United States of America."),
           ("advertisement", "Advertisement"),
           ("related-links", "Read also: The families of Omdurman between the shelling and the cutting of water"),
           ("newsletter", "Al-Muqran newsletter: subscribe to receive the headlines every morning"),
           ("copyright", "All rights reserved © Al-Muqran 2023")],
    "05": [("title", "Sudan's war of the generals"),
           ("breadcrumb", "Middle East & Africa | Briefing | Sudan"),
           ("byline", "By Eleanor Hartigan"),
           ("standfirst", "Six weeks of fighting have wrecked Khartoum. A week-long truce is the best the mediators can offer"),
           ("share", "Share: Email | Facebook | Twitter | LinkedIn"),
           ("caption", "Smoke rises over central Khartoum in the first days of the fighting. Photograph: The Ashgrove Weekly"),
           ("related-links", "Read more: How Port Sudan became the last door out"),
           ("advertisement", "Advertisement"),
           ("newsletter", "Sign up to our weekly Africa briefing"),
           ("copyright", "© 2023 The Ashgrove Weekly Ltd")],
    "06": [("masthead", "THE NILE VALLEY TIMES"),
           ("dateline", "Sunday, 30 April 2023 | 14:20 (Cairo)"),
           ("breadcrumb", "Home / Region / Sudan"),
           ("title", "At Egypt's southern crossings, a river of people fleeing Khartoum"),
           ("byline", "By Yasmine Farag, in Aswan"),
           ("caption", "Families wait in the sun at the Qustul crossing on the Sudanese-Egyptian border. (Nile Valley Times)"),
           ("advertisement", "Advertisement"),
           ("related-links", "Read more: Egyptian students return from Khartoum with tales of a city under siege"),
           ("newsletter", "Subscribe to the Nile Valley Times morning briefing"),
           ("copyright", "© 2023 The Nile Valley Times. All rights reserved.")],
}


# the news dateline 'KHARTOUM (Meridian Wire) - ' (01) is neither body nor boilerplate
body = bodies(HERE, files, bp, r'^(KHARTOUM \(Meridian Wire\) - )', body_div='story-body', end_div='story-tags',
              ad_div='ad-slot')

if __name__ == '__main__':
    write(HERE, "Cleaning key for corpus-s/articles. boilerplate: lines that must not remain in the cleaned text (short "
          "items, under 25 characters, are checked as whole lines of the cleaned text, longer ones as substrings). "
          "kinds: which boilerplate line is of which kind (index of the first line of that kind). body: the article "
          "paragraphs, which must all remain in the cleaned text. The news dateline 'KHARTOUM (Meridian Wire) -' (01) "
          "is in neither list: keeping or dropping it is both fine. 04 (machine-translated from Arabic) carries its lead "
          "twice, the second copy (after the second paragraph) behind the tag '(Al-Muqran) -': that copy is boilerplate "
          "(duplicate); 04's byline is the Arabic-press form 'Khartoum - Al-Muqran - Mohammed Osman al-Tayeb' and it has "
          "a translator's credit line; 03 (machine-translated from French) has the credit line 'Automatic translation "
          "of the French original' under its date line and calls its advertisement slot 'Publicity'. 02 is a web page "
          "with a cookie banner, navigation, a section label, a share bar, a photo caption, an inline 'Advertisement', "
          "topic tags, a comment prompt, related stories and a footer. The visible date lines 'Published on 26/04/2023 "
          "at 08h15 – Updated at 11h40' (03, day before month) and 'Sunday, 30 April 2023 | 14:20 (Cairo)' (06, under "
          "a masthead line 'THE NILE VALLEY TIMES' that is boilerplate too) are boilerplate (dateline); 04 and 05 have "
          "none. 'Read also:' and 'Read more:' lines are related links; 05 has a standfirst under its title and a share "
          "line; 05's caption ends with 'Photograph: The Ashgrove Weekly'.",
          files, bp, body)
