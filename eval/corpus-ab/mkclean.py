"""Writes keys/cleaning.json for corpus-ab: boilerplate that must go, article paragraphs that must stay.

The body paragraphs are taken from the article files (text minus the boilerplate lines below; for the HTML page the
<p> elements of the story body), so they are exactly what the articles say.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from cleaning_keys import bodies, write  # noqa: E402
files = {"01": "01_meridian-wire.jsonl", "02": "02_spree-courier.html", "03": "03_rheinische-abendpost.txt",
         "04": "04_kurier-nadodrzanski.txt", "05": "05_lantern-review.txt", "06": "06_hudson-ledger.txt"}

# (kind, line); kinds are for information (several lines may share a kind; 'kinds' keeps the first index of each)
bp = {
    "01": [("byline", "By Hannah Corbett and Lukas Brenner"),
           ("advertisement", "Advertisement"),
           ("credit", "Reporting by Hannah Corbett and Lukas Brenner in Berlin; editing by Simon Ayres"),
           ("copyright", "© 2024 Meridian Wire. All rights reserved.")],
    "02": [("cookie-notice", "We and our partners use cookies to personalise content and advertising and to analyse our traffic. By clicking accept you agree to this."),
           ("cookie-notice", "Accept all"), ("cookie-notice", "Cookie settings"),
           ("navigation", "Home"), ("navigation", "Berlin"), ("navigation", "Politics"),
           ("navigation", "Economy"), ("navigation", "Europe"), ("navigation", "Culture"),
           ("breadcrumb", "Politics / Election 2025"),
           ("title", "Scholz loses confidence vote, clearing the way for a February election"),
           ("byline", "By Miriam Oduya, Parliamentary Correspondent"),
           ("share", "Facebook"), ("share", "X"), ("share", "Bluesky"), ("share", "Copy link"),
           ("caption", "Olaf Scholz leaves the chamber of the Reichstag building after the vote on Monday afternoon. Courier photo by Jonas Feldt"),
           ("advertisement", "Advertisement"),
           ("tags", "Topics: Olaf Scholz Bundestag Election 2025"),
           ("comment-prompt", "Have your say: log in to comment on this article."),
           ("related-links", "More on this story"),
           ("related-links", "How the traffic light went dark: three years in eleven charts"),
           ("related-links", "Jörg Kukies, the finance minister with no budget to write"),
           ("related-links", "Voting from abroad: the deadlines you need to know"),
           ("footer", "About us"), ("footer", "Contact"), ("footer", "Advertise"), ("footer", "Privacy"),
           ("copyright", "© 2024 The Spree Courier GmbH. All rights reserved.")],
    "03": [("masthead", "Rheinische Abendpost"),
           ("breadcrumb", "Politics > Germany > Bundestag election 2025"),
           ("title", "Steinmeier dissolves the Bundestag: new election on 23. Februar"),
           ("dateline", "28.12.2024, 07:15 Uhr"),
           ("byline", "From our Hauptstadt-correspondent Matthias Vogelsang, Berlin"),
           ("credit", "Machine translation from the German. The original text is determinant."),
           ("caption", "Photo: Bundespräsident Steinmeier at the signing of the dissolution order in the Schloss Bellevue (Foto: dpa/Archiv)"),
           ("advertisement", "Anzeige"),
           ("related-links", "Lesen Sie auch: Die Schuldenbremse – was die Parteien versprechen"),
           ("copyright", "© Rheinische Abendpost 2024 – All rights reserved")],
    "04": [("masthead", "Kurier Nadodrzański"),
           ("breadcrumb", "World | Germany"),
           ("title", "\"D-Day\" in the FDP: the secretary general of the liberals resigns after the publication of the secret plan"),
           ("byline", "Author: Agnieszka Pawlak-Rother, correspondent in Berlin"),
           ("credit", "Translated automatically from the Polish language"),
           ("duplicate", "(Kurier) - The secretary general of the German Free Democratic Party (FDP), Bidżan Dżir-Sarai, has given yesterday his resignation, after the party was forced to publish an internal document, in which the exit from the coalition of the chancellor Olaf Scholz was planned as a military operation under the name „D-Day”. Together with him has resigned the federal managing director of the party, Carsten Reymann."),
           ("advertisement", "Reklama"),
           ("related-links", "Read also: Tusk after the conversation with Scholz: Europe cannot wait for Berlin"),
           ("newsletter", "Subscribe to our newsletter „Neighbours” – each Friday the most important from Germany"),
           ("copyright", "© Kurier Nadodrzański 2024. All rights reserved.")],
    "05": [("breadcrumb", "Europe | Analysis | Germany"),
           ("title", "The traffic light goes dark"),
           ("byline", "By Rupert Hallam"),
           ("standfirst", "Germany heads into a winter campaign with a caretaker chancellor, a minority government and no budget"),
           ("share", "Share: Email | Facebook | X | LinkedIn"),
           ("caption", "Caption: Frank-Walter Steinmeier announces the dissolution of the Bundestag at Bellevue Palace. Photograph: The Lantern"),
           ("related-links", "Read more: Why Germany's debt brake is so hard to loosen"),
           ("advertisement", "Advertisement"),
           ("newsletter", "Sign up to our Europe in Brief newsletter"),
           ("copyright", "© 2024 The Lantern Review Ltd")],
    "06": [("masthead", "THE HUDSON LEDGER"),
           ("breadcrumb", "Markets | Europe | Germany"),
           ("dateline", "Nov. 12, 2024 11:05 a.m. ET"),
           ("title", "Germany Sets Feb. 23 Snap Election After Scholz Bows to Pressure"),
           ("byline", "By Daniel K. Whitford and Greta Hoffmann-Sato"),
           ("advertisement", "Advertisement"),
           ("contact", "Write to Daniel K. Whitford at dwhitford@hudsonledger.example.com"),
           ("copyright", "Copyright ©2024 The Hudson Ledger Company. All Rights Reserved.")],
}


# the news dateline 'BERLIN (Meridian Wire) - ' (01) is neither body nor boilerplate
body = bodies(HERE, files, bp, r'^(BERLIN \(Meridian Wire\) - )', body_div='article-body', end_div='tags',
              ad_div='ad-slot')

if __name__ == '__main__':
    write(HERE, "Cleaning key for corpus-ab/articles. boilerplate: lines that must not remain in the cleaned text (short "
          "items, under 25 characters, are checked as whole lines of the cleaned text, longer ones as substrings). "
          "kinds: which boilerplate line is of which kind (index of the first line of that kind). body: the article "
          "paragraphs, which must all remain in the cleaned text. The news dateline 'BERLIN (Meridian Wire) -' (01) is "
          "in neither list: keeping or dropping it is both fine. 04 carries its lead twice, the second copy (after the "
          "second paragraph) behind the tag '(Kurier) -': that copy is boilerplate (duplicate). 02 is a web page with a "
          "cookie banner, navigation, a section label, a share bar, a photo caption, an inline 'Advertisement', topic "
          "tags, a comment prompt, related stories and a footer. The machine translations keep their source-language "
          "boilerplate words: 03's advertisement slot is 'Anzeige', its related link 'Lesen Sie auch:', its caption "
          "ends '(Foto: dpa/Archiv)', its visible date line is '28.12.2024, 07:15 Uhr' (day before month, boilerplate "
          "of kind dateline) under a masthead line, and it has a translator's note under the byline; 04's advertisement "
          "slot is 'Reklama', it has a masthead line, an 'Author:' byline, a translator's note, a 'Read also:' line and "
          "a newsletter prompt. 04 and 05 have no date line. 06 has an upper-case masthead line, a section line, a "
          "visible date line in the American style 'Nov. 12, 2024 11:05 a.m. ET' (boilerplate of kind dateline), a "
          "headline in title case, a two-name byline, an 'Advertisement' line and a 'Write to ...' contact line above "
          "its copyright. 05 has a standfirst under its byline, a share line, a "
          "caption line beginning 'Caption:', a 'Read more:' line and a newsletter prompt.",
          files, bp, body)
