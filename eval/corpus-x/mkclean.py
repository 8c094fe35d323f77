"""Writes keys/cleaning.json for corpus-x: boilerplate that must go, article paragraphs that must stay.

The body paragraphs are taken from the article files (text minus the boilerplate lines below; for the HTML page the
<p> elements of the story body), so they are exactly what the articles say.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from cleaning_keys import bodies, write  # noqa: E402
files = {"01": "01_meridian-wire.jsonl", "02": "02_paris-ledger.html", "03": "03_republicain-du-midi.txt",
         "04": "04_rheinische-abendpost.txt", "05": "05_ridgeline-review.txt", "06": "06_commons-dispatch.txt"}

# (kind, line); kinds are for information (several lines may share a kind; 'kinds' keeps the first index of each)
bp = {
    "01": [("byline", "By Hélène Varga and Simon Achterberg"),
           ("advertisement", "Advertisement"),
           ("credit", "Reporting by Hélène Varga and Simon Achterberg; editing by Maureen Colfer"),
           ("copyright", "© 2024 Meridian Wire. All rights reserved.")],
    "02": [("cookie-notice", "This site uses cookies to measure our audience and to personalise advertising. You can accept or refuse them at any time."),
           ("cookie-notice", "Accept all"), ("cookie-notice", "Cookie settings"),
           ("navigation", "Home"), ("navigation", "France"), ("navigation", "Politics"),
           ("navigation", "Economy"), ("navigation", "Business"), ("navigation", "Opinion"),
           ("breadcrumb", "Politics / Government"),
           ("title", "Macron names Michel Barnier prime minister after two-month standoff"),
           ("byline", "By Olivier Sandercock, Political Editor"),
           ("share", "Facebook"), ("share", "X"), ("share", "LinkedIn"), ("share", "Email"),
           ("caption", "Michel Barnier and Gabriel Attal during the handover ceremony in the courtyard of the Hôtel de Matignon. Photo: The Paris Ledger"),
           ("advertisement", "Advertisement"),
           ("tags", "Topics: Michel Barnier · National Assembly · Emmanuel Macron"),
           ("comment-prompt", "What do you think? Log in to join the conversation."),
           ("related-links", "More on this story"),
           ("related-links", "Who is Lucie Castets, the left's choice for Matignon?"),
           ("related-links", "French bond spread narrows on Barnier news"),
           ("related-links", "The Olympic truce is over. Now comes the budget"),
           ("footer", "About the Ledger"), ("footer", "Contact"), ("footer", "Advertise with us"),
           ("footer", "Legal notice"),
           ("copyright", "© 2024 The Paris Ledger SAS. All rights reserved.")],
    "03": [("masthead", "Le Républicain du Midi"),
           ("navigation", "Home | Politics | Legislative 2024"),
           ("title", "Legislative: more than 210 désistements to block the RN, the « republican front » is reconstituted"),
           ("byline", "By Mathilde Roussel, with the service Politics"),
           ("dateline", "Published the 02/07/2024 at 19h12 – Updated at 21h40"),
           ("caption", "Photo: Posters of the candidates on the electoral panels of a school of Marseille, Monday. © AFP"),
           ("advertisement", "Publicity"),
           ("related-links", "Read also: The Nouveau Front populaire, history of an union concluded in four days"),
           ("newsletter", "Receive each evening our newsletter Politics"),
           ("copyright", "© Le Républicain du Midi 2024 – All rights of reproduction reserved")],
    "04": [("masthead", "Rheinische Abendpost"),
           ("breadcrumb", "Politics > Foreign > France"),
           ("title", "After the election shock: France without majority, Paris without government"),
           ("byline", "From our correspondent Jonas Wendelin, Paris"),
           ("credit", "Translated from the German by the international desk of the Abendpost"),
           ("duplicate", "(Abendpost) - Two days after the second round of the parliamentary election, France stands before a political riddle: the left alliance New Popular Front (NFP) has become the strongest force, but none of the three camps can govern alone, and President Emmanuel Macron has let his Prime Minister Gabriel Attal resign and at the same time stay in office."),
           ("advertisement", "Advertisement"),
           ("caption", "Photo: Supporters of the left celebrate on the Place de la République in Paris on Sunday evening. (Photo: dpa)"),
           ("related-links", "Read also: Olympia in the shadow of the crisis – how Paris prepares for the Games"),
           ("newsletter", "Subscribe to the Abendpost newsletter and receive our foreign analysis every morning"),
           ("copyright", "© Rheinische Abendpost 2024")],
    "05": [("masthead", "The Ridgeline Review"),
           ("breadcrumb", "Europe | Analysis | France"),
           ("title", "Macron's Olympic truce"),
           ("byline", "By Rupert Hallam"),
           ("standfirst", "The left finally has a name for prime minister. The president is in no hurry to hear it"),
           ("share", "Share: Email | Facebook | X | LinkedIn"),
           ("caption", "Caption: Lucie Castets at a press conference of the New Popular Front in Paris. Photograph: The Ridgeline Review"),
           ("related-links", "Read more: The Olympic Village, a year late and a billion over budget? Not quite"),
           ("advertisement", "Advertisement"),
           ("newsletter", "Sign up for the Ridgeline Europe briefing, every Friday"),
           ("copyright", "© 2024 The Ridgeline Review Ltd")],
    "06": [("masthead", "THE COMMONS DISPATCH"),
           ("breadcrumb", "World › Europe › France"),
           ("dateline", "Mon 1 Jul 2024 08.15 BST"),
           ("title", "Far right tops first round in France as left and centre scramble to stop it"),
           ("byline", "By Nell Forrester in Paris"),
           ("caption", "Photo caption: Jordan Bardella addresses supporters at the RN's election-night party in Paris. Photograph: Commons Dispatch"),
           ("advertisement", "Advertisement"),
           ("related-links", "Read more: What is the New Popular Front, and can it hold together?"),
           ("newsletter", "Sign up to First Edition, our free daily newsletter"),
           ("copyright", "© 2024 Commons Dispatch Media Ltd. All rights reserved.")],
}


# the news dateline 'PARIS (Meridian Wire) - ' (01) is neither body nor boilerplate
body = bodies(HERE, files, bp, r'^(PARIS \(Meridian Wire\) - )', body_div='story-body', end_div='story-tags',
              ad_div='ad-slot')

if __name__ == '__main__':
    write(HERE, "Cleaning key for corpus-x/articles. boilerplate: lines that must not remain in the cleaned text (short "
          "items, under 25 characters, are checked as whole lines of the cleaned text, longer ones as substrings). "
          "kinds: which boilerplate line is of which kind (index of the first line of that kind). body: the article "
          "paragraphs, which must all remain in the cleaned text. The news dateline 'PARIS (Meridian Wire) -' (01) is "
          "in neither list: keeping or dropping it is both fine. 04 carries its lead twice, the second copy (after the "
          "second paragraph) behind the tag '(Abendpost) -': that copy is boilerplate (duplicate); 04 also has a "
          "translator's credit line under its byline and a photo caption in the middle of its text. 02 is a web page "
          "with a cookie banner, navigation, a section label, a share bar, a photo caption, two inline "
          "'Advertisement' slots, topic tags, a comment prompt, related stories and a footer. The visible date lines "
          "'Published the 02/07/2024 at 19h12 – Updated at 21h40' (03, day before month) and 'Mon 1 Jul 2024 08.15 "
          "BST' (06) are boilerplate (dateline); 04 and 05 have none, 01 has its date in the JSON field only. Every "
          "txt article opens with a masthead line (03 'Le Républicain du Midi', 04 'Rheinische Abendpost', 05 'The "
          "Ridgeline Review', 06 'THE COMMONS DISPATCH'), which is boilerplate. The machine-translated 03 calls its "
          "advertisement slot 'Publicity' and has its photo caption ('Photo: ...') between two paragraphs; 'Read "
          "also:' and 'Read more:' lines are related links; 05 has a standfirst under its byline, a share line and a "
          "caption line beginning 'Caption:'; 06 prints its caption under the byline ('Photo caption: ...') and two "
          "'Advertisement' lines.",
          files, bp, body)
