"""Writes keys/cleaning.json for corpus-ah: boilerplate that must go, article paragraphs that must stay.

The body paragraphs are taken from the article files (text minus the boilerplate lines below; for the HTML page the
<p> elements of the story body), so they are exactly what the articles say.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from cleaning_keys import bodies, write  # noqa: E402
files = {"01": "01_central-european-wire.jsonl", "02": "02_danube-ledger.html", "03": "03_hlas-stredu.txt",
         "04": "04_northgate-review.txt", "05": "05_ridgeline.txt",
         "06": "06_horizont-tydenik.txt"}

LEAD04 = ("Robert Fico reappeared yesterday, three weeks after five bullets were fired at him in Handlová, in a recorded "
          "video message in which he said he felt no hatred for his attacker. The 14-minute address, his first since "
          "the shooting, was calm in tone and sharp in substance: he forgave the gunman, and then blamed the opposition "
          "and the liberal media for putting the gun in his hand.")

# (kind, line); kinds are for information (several lines may share a kind; 'kinds' keeps the first index of each)
bp = {
    "01": [("byline", "By Petra Vlasak and Owen Marsh"),
           ("advertisement", "Advertisement"),
           ("credit", "Reporting by Petra Vlasak in Handlova and Owen Marsh in Vienna; editing by Ruth Ellison"),
           ("copyright", "© 2024 Central European Wire. All rights reserved.")],
    "02": [("cookie-notice", "This site uses cookies for analytics and personalised advertising. You can change your choice at any time."),
           ("cookie-notice", "Accept all"), ("cookie-notice", "Cookie settings"),
           ("navigation", "Home"), ("navigation", "Slovakia"), ("navigation", "Region"),
           ("navigation", "Business"), ("navigation", "Culture"), ("navigation", "Opinion"),
           ("breadcrumb", "Slovakia / Handlová shooting"),
           ("title", "Fico out of immediate danger as court keeps suspect in custody"),
           ("byline", "By Lucia Ferencová, Politics Editor"),
           ("share", "Facebook"), ("share", "X"), ("share", "LinkedIn"), ("share", "Copy link"),
           ("caption", "Journalists wait outside the F. D. Roosevelt University Hospital in Banská Bystrica. Photo: The Danube Ledger"),
           ("advertisement", "Advertisement"),
           ("tags", "Topics: Robert Fico Handlová Security"),
           ("comment-prompt", "Have your say: log in to join the conversation."),
           ("related-links", "More on this story"),
           ("related-links", "Who is Juraj Cintula, the poet accused of shooting Fico?"),
           ("related-links", "Parties suspend European campaign after the shooting"),
           ("related-links", "Opinion: A country talking past itself"),
           ("footer", "About the Ledger"), ("footer", "Contact"), ("footer", "Privacy policy"),
           ("footer", "Terms and conditions"),
           ("copyright", "© 2024 The Danube Ledger s.r.o. All rights reserved.")],
    "03": [("masthead", "Hlas Stredu"),
           ("breadcrumb", "Home > Domestic > Attack in Handlová"),
           ("title", "The premier is stabilised, the attacker is accused of the attempt of premeditated murder"),
           ("dateline", "17. 5. 2024 | 07:45"),
           ("byline", "Author: Ivan Kubovčík, Banská Bystrica"),
           ("credit", "Translated from the Slovak by the international service of Hlas Stredu"),
           ("caption", "Photo: The place of the attack before the House of Culture in Handlová. (Hlas Stredu / Martin Z.)"),
           ("advertisement", "Advertising"),
           ("related-links", "Read also: Handlová after the shots: „We never had such a thing here“"),
           ("newsletter", "Receive each morning our newsletter from the Centre of Slovakia"),
           ("copyright", "© Hlas Stredu 2024 – All rights reserved")],
    "04": [("masthead", "The Northgate Review"),
           ("breadcrumb", "Europe | Analysis | Slovakia"),
           ("title", "After the shots, a forgiving prime minister and an unforgiving country"),
           ("byline", "By Alistair Crane"),
           ("standfirst", "Robert Fico has forgiven the man who tried to kill him. Slovakia's politics has forgiven nobody"),
           ("share", "Share: Email | Facebook | X | WhatsApp"),
           ("caption", "Photo: Robert Fico during his video address, recorded in Bratislava. Photograph: Government Office of the Slovak Republic"),
           ("duplicate", "NORTHGATE — " + LEAD04),
           ("related-links", "Read more: How Slovakia's away cabinet meetings became Fico's signature"),
           ("advertisement", "Advertisement"),
           ("newsletter", "Sign up for the Northgate Europe briefing, every Friday"),
           ("copyright", "© 2024 The Northgate Review Ltd")],
    "05": [("masthead", "THE RIDGELINE"),
           ("breadcrumb", "Politics / Europe"),
           ("title", "The bullets in Handlová and the war over words"),
           ("byline", "By Nadia Okafor-Lind"),
           ("standfirst", "Slovakia's opposition condemned the shooting of Robert Fico within minutes. Two weeks later, it is still being told it pulled the trigger"),
           ("caption", "Photo caption: Flowers and candles outside the House of Culture in Handlová. Photograph: The Ridgeline"),
           ("advertisement", "Advertisement"),
           ("related-links", "Read more: Fico's fourth term so far: the broadcaster, the prosecutors, the NGOs"),
           ("newsletter", "The Ridgeline's weekly newsletter: sign up here"),
           ("copyright", "© 2024 The Ridgeline Media")],
    "06": [("masthead", "Horizont týdeník"),
           ("breadcrumb", "World | Slovakia"),
           ("title", "Eight days after Handlová: the Slovak premier talks, the country argues"),
           ("dateline", "Published 23 May 2024 – 18:20"),
           ("byline", "Author: Jana Dvořáková, Prague"),
           ("credit", "Automatic translation from the Czech, edited by the Horizont foreign desk"),
           ("caption", "Photo: Candles before the House of Culture in Handlová (Horizont / ČTK)"),
           ("advertisement", "Advertisement"),
           ("related-links", "Read also: The Czech-Slovak relations: from the divorce to the freezing"),
           ("copyright", "© Horizont týdeník 2024. All rights reserved.")],
}


# the news dateline 'HANDLOVA, Slovakia (Central European Wire) - ' (01) is neither body nor boilerplate
body = bodies(HERE, files, bp, r'^(HANDLOVA, Slovakia \(Central European Wire\) - )')

if __name__ == '__main__':
    write(HERE, "Cleaning key for corpus-ah/articles. boilerplate: lines that must not remain in the cleaned text (short "
          "items, under 25 characters, are checked as whole lines of the cleaned text, longer ones as substrings). "
          "kinds: which boilerplate line is of which kind (index of the first line of that kind). body: the article "
          "paragraphs, which must all remain in the cleaned text. The news dateline 'HANDLOVA, Slovakia (Central "
          "European Wire) -' (01) is in neither list: keeping or dropping it is both fine. 04 carries its lead twice, "
          "the second copy (after the share line and the photo caption) behind the tag 'NORTHGATE —': that copy is "
          "boilerplate (duplicate). 02 is a web page with a cookie banner, navigation, a section label, a share bar, a "
          "photo caption, an inline 'Advertisement', topic tags, a comment prompt, related stories and a footer. The "
          "machine-translated 03 has a masthead line 'Hlas Stredu', a breadcrumb, a visible date line '17. 5. 2024 | "
          "07:45' (day, month, year; boilerplate, dateline), an 'Author:' byline, a translator's credit line, a caption "
          "starting 'Photo:', an advertisement slot called 'Advertising', a 'Read also:' link with „...“ quotes, a "
          "newsletter prompt and a copyright line. 04 and 05 have no date line; they have a masthead line, a "
          "breadcrumb, a title, a byline, a standfirst, a caption, 'Read more:' links, 'Advertisement', a newsletter "
          "prompt and a copyright line; 04 a share line. 06, machine-translated from Czech, has a masthead line "
          "'Horizont týdeník', a breadcrumb, a title, a visible date line 'Published 23 May 2024 – 18:20' (dateline), "
          "an 'Author:' byline, a credit line for the automatic translation, a caption starting 'Photo:', "
          "'Advertisement', a 'Read also:' link and a copyright line.",
          files, bp, body)
