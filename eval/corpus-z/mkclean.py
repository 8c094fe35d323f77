"""Writes keys/cleaning.json for corpus-z: boilerplate that must go, article paragraphs that must stay.

The body paragraphs are taken from the article files (text minus the boilerplate lines below; for the HTML page the
<p> elements of the story body), so they are exactly what the articles say.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from cleaning_keys import bodies, write  # noqa: E402
files = {"01": "01_meridian-wire.jsonl", "02": "02_gulf-standard.html", "03": "03_barqa-today.txt",
         "04": "04_echo-du-maghreb.txt", "05": "05_maghreb-review.txt"}

LEAD03 = ("Hundreds of the people of the city of Darna came out yesterday, Monday, in a demonstration in front of the "
          "Sahaba mosque, demanding the accountability of the responsibles for the catastrophe that struck the city one "
          "week ago, the dissolution of the municipal council and the rapid reconstruction of what the flood destroyed.")

# (kind, line); kinds are for information (several lines may share a kind; 'kinds' keeps the first index of each)
bp = {
    "01": [("byline", "By Hana Mourad and Peter Lindqvist"),
           ("advertisement", "Advertisement"),
           ("credit", "Reporting by Hana Mourad in Benghazi and Peter Lindqvist in Geneva; editing by Claire Oduya"),
           ("copyright", "© 2023 Meridian Wire. All rights reserved.")],
    "02": [("cookie-notice", "This site uses cookies to personalise content and adverts and to analyse our traffic. Read our cookie policy to find out more."),
           ("cookie-notice", "Accept all"), ("cookie-notice", "Cookie settings"),
           ("navigation", "Home"), ("navigation", "UAE"), ("navigation", "Middle East"),
           ("navigation", "Business"), ("navigation", "Climate"), ("navigation", "Opinion"),
           ("breadcrumb", "Middle East / Libya floods"),
           ("title", "'Most of the deaths could have been avoided': questions mount over Derna's dams"),
           ("byline", "By Rania Haddad, North Africa Correspondent"),
           ("share", "Facebook"), ("share", "X"), ("share", "WhatsApp"), ("share", "Copy link"),
           ("caption", "The riverbed of Wadi Derna after the flood, with what remains of the city centre on both banks. Photo: Gulf Standard"),
           ("advertisement", "Advertisement"),
           ("tags", "Topics: Libya Storm Daniel Climate"),
           ("comment-prompt", "Have your say: log in to comment on this story."),
           ("related-links", "More on the Libya floods"),
           ("related-links", "Derna before and after: the city the water took"),
           ("related-links", "UAE sends search and rescue teams to eastern Libya"),
           ("related-links", "What is a medicane, and are they getting stronger?"),
           ("footer", "About us"), ("footer", "Contact"), ("footer", "Advertise with us"),
           ("footer", "Privacy policy"),
           ("copyright", "© 2023 The Gulf Standard Media LLC. All rights reserved.")],
    "03": [("masthead", "Barqa Today"),
           ("breadcrumb", "Home > Local > Darna"),
           ("title", "Darna: angry demonstrators burn the house of the mayor, and Hammad suspends the municipal council"),
           ("dateline", "19-09-2023"),
           ("byline", "Darna - Barqa Today correspondent"),
           ("credit", "Translated from the Arabic by the Barqa Today English service"),
           ("caption", "Photo: Demonstrators on the square of the Sahaba mosque in Darna, yesterday. (Barqa Today)"),
           ("duplicate", "(Barqa Today) - " + LEAD03),
           ("advertisement", "Advertisement"),
           ("related-links", "Read also: The families of Darna search for their disappeared in the hospitals of Benghazi and Tobruk"),
           ("newsletter", "Follow Barqa Today on our channels to receive the news of the East first"),
           ("copyright", "All rights reserved © Barqa Today 2023")],
    "04": [("title", "Libya: after the flood of Derna, the justice arrests the responsibles of the dams"),
           ("breadcrumb", "Home | Maghreb | Libya"),
           ("byline", "By Julien Castanier, with our correspondent at Tripoli"),
           ("advertisement", "Publicity"),
           ("related-links", "Read also: In Derna, the survivors between grief and anger"),
           ("newsletter", "Receive each evening our letter Maghreb-Middle East"),
           ("copyright", "© L'Écho du Maghreb 2023 – All rights reserved")],
    "05": [("masthead", "The Maghreb Review"),
           ("breadcrumb", "Analysis | North Africa | Libya"),
           ("title", "Two governments, one flood: why Derna was left to drown"),
           ("standfirst", "Libya's rivals have both promised to rebuild the city. Neither has explained why it was left so exposed"),
           ("byline", "By Edward Carrow"),
           ("advertisement", "Advertisement"),
           ("related-links", "Read more: Inside the Haftar family business"),
           ("newsletter", "Sign up for the Maghreb Review's weekly briefing"),
           ("copyright", "© 2023 The Maghreb Review Ltd")],
}

# the news dateline 'BENGHAZI, Libya (Meridian Wire) - ' (01) is neither body nor boilerplate
body = bodies(HERE, files, bp, r'^(BENGHAZI, Libya \(Meridian Wire\) - )')

if __name__ == '__main__':
    write(HERE, "Cleaning key for corpus-z/articles. boilerplate: lines that must not remain in the cleaned text (short "
          "items, under 25 characters, are checked as whole lines of the cleaned text, longer ones as substrings). "
          "kinds: which boilerplate line is of which kind (index of the first line of that kind). body: the article "
          "paragraphs, which must all remain in the cleaned text. The news dateline 'BENGHAZI, Libya (Meridian Wire) -' "
          "(01) is in neither list: keeping or dropping it is both fine. 03 carries its lead twice, the second copy "
          "(after the third paragraph) behind the tag '(Barqa Today) -': that copy is boilerplate (duplicate). 03 also has a masthead line, a translator's credit under its byline, a "
          "visible date line '19-09-2023' (dateline, day first) and a caption starting 'Photo:'. 02 is a web page with "
          "a cookie banner, navigation, a section label, a share bar, a photo caption, an inline 'Advertisement', "
          "topic tags, a comment prompt, related stories and a footer. The machine-translated 04 calls its "
          "advertisement slot 'Publicity'; 'Read also:' and 'Read more:' lines are related links; 05 has a masthead, a "
          "section line, a standfirst under its title and a newsletter prompt. 04 and 05 have no date line.",
          files, bp, body)
