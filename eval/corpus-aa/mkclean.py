"""Writes keys/cleaning.json for corpus-aa: boilerplate that must go, article paragraphs that must stay.

The body paragraphs are taken from the article files (text minus the boilerplate lines below; for the HTML page the
<p> elements of the story body), so they are exactly what the articles say.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from cleaning_keys import bodies, write  # noqa: E402
files = {"01": "01_meridian.jsonl", "02": "02_hemisphere-dispatch.html", "03": "03_jornal-do-cerrado.txt",
         "04": "04_gaceta-del-plata.txt", "05": "05_compass-review.txt",
         "06": "06_liberty-courier.txt"}

# (kind, line); kinds are for information (several lines may share a kind; 'kinds' keeps the first index of each)
bp = {
    "01": [("byline", "By Clara Vasconcelos and Peter Holm"),
           ("advertisement", "Advertisement"),
           ("credit", "Reporting by Clara Vasconcelos in Brasilia and Peter Holm in Sao Paulo; editing by Jane Abbott"),
           ("copyright", "© 2023 Meridian News Agency. All rights reserved.")],
    "02": [("cookie-notice", "This site uses cookies to personalise content and ads. Read our privacy policy to learn more."),
           ("cookie-notice", "Accept all"), ("cookie-notice", "Reject"),
           ("masthead", "The Hemisphere Dispatch"),
           ("navigation", "Home"), ("navigation", "Americas"), ("navigation", "US Politics"),
           ("navigation", "Economy"), ("navigation", "Opinion"),
           ("breadcrumb", "Americas / Brazil"),
           ("title", "Brazil orders arrest of Bolsonaro's former justice minister as detentions pass 1,500"),
           ("byline", "By Nora Castellanos, Latin America Editor"),
           ("share", "Share on Facebook"), ("share", "Share on Twitter"), ("share", "Copy link"),
           ("caption", "Workers survey the damage in the plenary chamber of the Supreme Federal Court in Brasília. Photo: Dispatch staff"),
           ("advertisement", "Advertisement"),
           ("tags", "Tags: Brazil Jair Bolsonaro Democracy"),
           ("comment-prompt", "What do you think? Join the conversation below."),
           ("related-links", "More from Americas"),
           ("related-links", "Lula's third term begins with a promise to unite Brazil"),
           ("related-links", "January 6, two years on: what the committee found"),
           ("footer", "About us"), ("footer", "Privacy policy"), ("footer", "Contact"),
           ("copyright", "© 2023 The Hemisphere Dispatch LLC. All rights reserved.")],
    "03": [("masthead", "Journal of the Cerrado"),
           ("breadcrumb", "Home > Politics > Attacks of 8 of January"),
           ("title", "Anderson Torres is imprisoned on arrival in Brasilia; the STF includes Bolsonaro in the inquiry of the attacks"),
           ("byline", "By Marcos Tavares Leal, of Brasilia"),
           ("dateline", "Published in 14/01/2023 - 20h15 | Updated in 14/01/2023 - 22h40"),
           ("credit", "Automatic translation from the Portuguese. The original text prevails."),
           ("caption", "Photo: The ex-minister Anderson Torres at his arrival in the Federal Police, in the afternoon of this Saturday (Reproduction/TV)"),
           ("advertisement", "Publicity"),
           ("related-links", "Read also: Who are the imprisoned of the Papuda and of the Colmeia"),
           ("newsletter", "Receive the newsletter of the Journal of the Cerrado in your e-mail"),
           ("copyright", "© 2023 Journal of the Cerrado. All rights reserved. Reproduction forbidden.")],
    "04": [("masthead", "The Gazette of the Plata"),
           ("breadcrumb", "International | Brazil"),
           ("title", "Lula da Silva suspects of the Armed Forces: «Somebody opened the doors of the Planalto»"),
           ("byline", "By Lucía Bermúdez Ortiz, correspondent in Sao Paulo"),
           ("credit", "Translated from the Spanish by the international desk"),
           ("duplicate", "(Gazette of the Plata) - The president of Brazil, Luiz Inácio Lula da Silva, affirmed yesterday that there was «connivance» of members of the police and of the Armed Forces with the fanatics that invaded the headquarters of the three powers in Brasilia the past Sunday, and announced that he will revise the personnel of the Palace of the Planalto, the seat of the Executive."),
           ("advertisement", "Advertisement"),
           ("related-links", "Read also: Brazil: the Congress approved the federal intervention in the security of Brasilia"),
           ("newsletter", "Subscribe to our newsletter and receive the best of the international news"),
           ("copyright", "© 2023 The Gazette of the Plata. All rights reserved.")],
    "05": [("masthead", "The Compass Review"),
           ("breadcrumb", "World | Americas | Analysis"),
           ("title", "Brazil's January 8th: a riot, a purge and a question for Mr da Silva"),
           ("byline", "By Oliver Prendergast"),
           ("standfirst", "Sunday's rampage in Brasília gave the new government a cause. It also exposed how little it controls"),
           ("share", "Share: Email | Facebook | Twitter | LinkedIn"),
           ("caption", "Photograph: The wrecked plenary of the Supreme Federal Court, Brasília. The Compass Review"),
           ("related-links", "Read more: Lula's third act: can the old union leader govern a divided country?"),
           ("advertisement", "Advertisement"),
           ("newsletter", "Sign up to the Compass Americas newsletter"),
           ("copyright", "© 2023 The Compass Review Ltd")],
    "06": [("masthead", "THE LIBERTY COURIER"),
           ("breadcrumb", "World News"),
           ("title", "Bolsonaro leaves Florida hospital as Brazil holds hundreds of his supporters in a police gym"),
           ("byline", "By Dale Whitford"),
           ("dateline", "January 10, 2023 | 7:40 PM ET"),
           ("advertisement", "Advertisement"),
           ("caption", "Photo caption: Supporters of the former president outside the army headquarters in Brasília before the camp was removed. (Courier file)"),
           ("related-links", "Read also: Why the left's 'January 6' comparison doesn't hold"),
           ("newsletter", "Sign up for the Courier's morning briefing"),
           ("copyright", "Copyright 2023 The Liberty Courier. All rights reserved.")],
}


# the news dateline 'BRASILIA (Meridian) - ' (01) is neither body nor boilerplate
body = bodies(HERE, files, bp, r'^(BRASILIA \(Meridian\) - )', body_div='article-body', end_div='article-tags',
              ad_div='ad-slot')

if __name__ == '__main__':
    write(HERE, "Cleaning key for corpus-aa/articles. boilerplate: lines that must not remain in the cleaned text (short "
          "items, under 25 characters, are checked as whole lines of the cleaned text, longer ones as substrings). "
          "kinds: which boilerplate line is of which kind (index of the first line of that kind). body: the article "
          "paragraphs, which must all remain in the cleaned text. The news dateline 'BRASILIA (Meridian) -' (01) is in "
          "neither list: keeping or dropping it is both fine. 04 carries its lead twice, the second copy (after the "
          "second paragraph) behind the tag '(Gazette of the Plata) -': that copy is boilerplate (duplicate); 03 and 04 "
          "have a translation credit line under the byline. 02 is a web page with a cookie banner, a masthead, "
          "navigation, a section label, a share bar, a photo caption, an inline 'Advertisement', tags, a comment prompt, "
          "related stories and a footer. The visible date line 'Published in 14/01/2023 - 20h15 | Updated in 14/01/2023 "
          "- 22h40' (03, day before month) and 'January 10, 2023 | 7:40 PM ET' (06, month first, under the byline) are "
          "boilerplate (dateline); 04 and 05 have none; 06 carries its 'Advertisement' between the date line and the "
          "first paragraph and a caption introduced by 'Photo caption:'. The machine-translated 03 "
          "calls its advertisement slot 'Publicity' and its photo caption starts 'Photo:' inside the body; 'Read also:' "
          "and 'Read more:' lines are related links; 05 has a standfirst under its title, a share line and a caption "
          "starting 'Photograph:'; 03, 04, 05 and 06 open with a masthead line (06's in capitals).",
          files, bp, body)
