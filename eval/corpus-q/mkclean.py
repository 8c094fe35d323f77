"""Writes keys/cleaning.json for corpus-q: boilerplate that must go, article paragraphs that must stay.

The body paragraphs are taken from the article files (text minus the boilerplate lines below; for the HTML page the
<p> elements of the story body), so they are exactly what the articles say.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from cleaning_keys import bodies, write  # noqa: E402
files = {"01": "01_continental-press.jsonl", "02": "02_lima-observer.html", "03": "03_courrier-des-ameriques.txt",
         "04": "04_eco-del-sur.txt", "05": "05_crossbench.txt",
         "06": "06_mexico-city-courier.txt"}

# (kind, line); kinds are for information (several lines may share a kind; 'kinds' keeps the first index of each)
bp = {
    "01": [("byline", "By Laura Mendivil and Thomas Greer"),
           ("advertisement", "Advertisement"),
           ("credit", "Reporting by Laura Mendivil in Lima and Thomas Greer in Mexico City; editing by Paul Hadley"),
           ("copyright", "© 2022 Continental Press. All rights reserved.")],
    "02": [("cookie-notice", "We use cookies to improve your experience and to show you relevant advertising. By continuing to browse you accept their use."),
           ("cookie-notice", "I agree"), ("cookie-notice", "Manage preferences"),
           ("navigation", "Home"), ("navigation", "Peru"), ("navigation", "Politics"),
           ("navigation", "Markets"), ("navigation", "Mining"), ("navigation", "Opinion"),
           ("breadcrumb", "Politics / Political crisis"),
           ("title", "Judge orders Castillo held for 18 months as protest toll rises"),
           ("byline", "By Camila Ferrand, Courts Correspondent"),
           ("share", "Facebook"), ("share", "Twitter"), ("share", "WhatsApp"), ("share", "Email"),
           ("caption", "Pedro Castillo follows the hearing by video link from the police base in Ate. Photo: Poder Judicial handout"),
           ("advertisement", "Advertisement"),
           ("tags", "Topics: Pedro Castillo Protests Judiciary"),
           ("comment-prompt", "Join the debate: sign in to leave a comment."),
           ("related-links", "Related coverage"),
           ("related-links", "Who is Dina Boluarte, Peru's first woman president?"),
           ("related-links", "Sol steadies as investors bet on a quieter Congress"),
           ("related-links", "Roadblocks return on the mining corridor"),
           ("footer", "About the Observer"), ("footer", "Contact us"), ("footer", "Advertising"),
           ("footer", "Terms of use"),
           ("copyright", "© 2022 The Lima Observer S.A.C. All rights reserved.")],
    "03": [("title", "Peru: the Congress votes the advance of the elections, Lima expels the ambassador of Mexico"),
           ("navigation", "Home | International | Americas | Peru"),
           ("byline", "By Élise Marchand, correspondent at Lima"),
           ("dateline", "Published the 21/12/2022 at 07h30 – Updated at 10h05"),
           ("caption", "The deputies in the hemicycle of the Peruvian Congress, at Lima, Tuesday in the evening (photo AFP/DR)"),
           ("advertisement", "Publicity"),
           ("related-links", "Read also: In the Andes, the anger of the « forgotten ones » of Lima"),
           ("newsletter", "Receive each morning our letter Americas"),
           ("copyright", "© Le Courrier des Amériques 2022 – All rights reserved")],
    "04": [("title", "The south does not surrender: twelve days of fight against the government of Boluarte"),
           ("breadcrumb", "Home > Region > Conflicts"),
           ("byline", "By Rosario Huaman Ccori, from Cusco"),
           ("credit", "Translated from the Spanish by the Eco del Sur international service"),
           ("caption", "The roads of Puno remained blocked with stones and burned tyres during the weekend. Photo: Eco del Sur"),
           ("duplicate", "(Eco del Sur) - The regions of the south of Peru complete twelve days of mobilisations against the government of Dina Boluarte and the Congress, with the main roads of Apurimac, Ayacucho, Cusco and Puno blocked and with a balance of deaths that does not stop growing, while in Lima the authorities insist that the protesters are manipulated by violent groups."),
           ("advertisement", "Advertisement"),
           ("related-links", "Read also: Andahuaylas buries its young: \"they only wanted to be heard\""),
           ("newsletter", "Subscribe to our newsletter and receive the news of the south each morning"),
           ("copyright", "© Eco del Sur 2022 - All rights reserved")],
    "05": [("title", "Peru's impossible presidency"),
           ("breadcrumb", "Americas | Analysis | Peru"),
           ("byline", "By Harriet Ashdown"),
           ("standfirst", "Pedro Castillo's attempt to shut down Congress lasted an afternoon. The crisis it set off will last much longer"),
           ("share", "Share: Email | Facebook | Twitter | LinkedIn"),
           ("caption", "Dina Boluarte takes the oath of office before Congress in Lima. Photograph: The Crossbench"),
           ("related-links", "Read more: The mining corridor where Peru's protests begin and end"),
           ("advertisement", "Advertisement"),
           ("newsletter", "Sign up to our weekly Americas briefing"),
           ("copyright", "© 2022 The Crossbench Ltd")],
    "06": [("masthead", "The Mexico City Courier"),
           ("breadcrumb", "Home / World / Latin America"),
           ("dateline", "Friday 9 December 2022 — 07:10 (CST)"),
           ("title", "Castillo \"asked for our help,\" says López Obrador as Peru court orders ex-leader held"),
           ("byline", "By Daniela Rosas Ortega"),
           ("caption", "President Andrés Manuel López Obrador speaks at the National Palace during his morning news conference. (Courier)"),
           ("advertisement", "Advertisement"),
           ("related-links", "Read more: Inside the embassy: how Mexico became Latin America's refuge of choice"),
           ("newsletter", "Get the Courier's Latin America briefing in your inbox every morning"),
           ("copyright", "© 2022 The Mexico City Courier. All rights reserved.")],
}


# the news dateline 'LIMA (Continental Press) - ' (01) is neither body nor boilerplate
body = bodies(HERE, files, bp, r'^(LIMA \(Continental Press\) - )', body_div='story-body', end_div='story-tags',
              ad_div='ad-slot')

if __name__ == '__main__':
    write(HERE, "Cleaning key for corpus-q/articles. boilerplate: lines that must not remain in the cleaned text (short "
          "items, under 25 characters, are checked as whole lines of the cleaned text, longer ones as substrings). "
          "kinds: which boilerplate line is of which kind (index of the first line of that kind). body: the article "
          "paragraphs, which must all remain in the cleaned text. The news dateline 'LIMA (Continental Press) -' (01) is "
          "in neither list: keeping or dropping it is both fine. 04 carries its lead twice, the second copy (after the "
          "second paragraph) behind the tag '(Eco del Sur) -': that copy is boilerplate (duplicate); 04 also has a "
          "translator's credit line under its byline. 02 is a web page with a cookie banner, navigation, a section "
          "label, a share bar, a photo caption, an inline 'Advertisement', topic tags, a comment prompt, related "
          "stories and a footer. The visible date lines 'Published the 21/12/2022 at 07h30 – Updated at 10h05' (03, day "
          "before month) and 'Friday 9 December 2022 — 07:10 (CST)' (06, under a masthead line 'The Mexico City "
          "Courier' that is boilerplate too) are boilerplate (dateline); 04 and 05 have none. The machine-translated 03 calls its "
          "advertisement slot 'Publicity'; 'Read also:' and 'Read more:' lines are related links; 05 has a standfirst "
          "under its title and a share line; 05's caption ends with 'Photograph: The Crossbench'.",
          files, bp, body)
