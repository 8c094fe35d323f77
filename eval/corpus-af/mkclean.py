"""Writes keys/cleaning.json for corpus-af: boilerplate that must go, article paragraphs that must stay.

The body paragraphs are taken from the article files (text minus the boilerplate lines below; for the HTML page the
<p> elements of the story body), so they are exactly what the articles say.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from cleaning_keys import bodies, write  # noqa: E402
files = {"01": "01_pacific-wire.jsonl", "02": "02_coral-sea-herald.html", "03": "03_courrier-du-pacifique.txt",
         "04": "04_meridian-review.txt", "05": "05_melanesian-voice.txt", "06": "06_echo-caledonien.txt"}

# (kind, line); kinds are for information (several lines may share a kind; 'kinds' keeps the first index of each)
bp = {
    "01": [("byline", "By Hannah Corlett and Rémi Vasseur"),
           ("advertisement", "Advertisement"),
           ("credit", "Reporting by Hannah Corlett in Nouméa and Rémi Vasseur in Paris; editing by Grant Ellery"),
           ("copyright", "© 2024 Pacific Wire. All rights reserved.")],
    "02": [("cookie-notice", "This site uses cookies to personalise content and ads and to analyse our traffic. Read our privacy policy to find out more."),
           ("cookie-notice", "Accept all"), ("cookie-notice", "Cookie settings"),
           ("navigation", "Home"), ("navigation", "Queensland"), ("navigation", "Pacific"),
           ("navigation", "Business"), ("navigation", "Sport"), ("navigation", "Opinion"),
           ("breadcrumb", "Pacific / New Caledonia unrest"),
           ("title", "Macron flies in, promises no 'forcing through' of New Caledonia reform"),
           ("byline", "By Lachlan Ferris, Pacific Affairs Editor"),
           ("share", "Facebook"), ("share", "X"), ("share", "LinkedIn"), ("share", "Email"),
           ("caption", "Emmanuel Macron arrives at the High Commission in Noumea, flanked by Gerald Darmanin. Picture: Supplied"),
           ("advertisement", "Advertisement"),
           ("tags", "Topics: New Caledonia France Pacific security"),
           ("comment-prompt", "Have your say: log in to join the conversation."),
           ("related-links", "More from Pacific"),
           ("related-links", "Stranded Queenslanders touch down in Brisbane"),
           ("related-links", "Explained: why nickel matters to New Caledonia"),
           ("related-links", "Vanuatu urges restraint from France"),
           ("footer", "About us"), ("footer", "Contact"), ("footer", "Advertise with us"),
           ("footer", "Privacy policy"),
           ("copyright", "© 2024 The Coral Sea Herald Pty Ltd. All rights reserved.")],
    "03": [("title", "New-Caledonia: the state of emergency is lifted, the roadblocks remain"),
           ("navigation", "Home | France | Overseas | New-Caledonia"),
           ("byline", "By Anne-Sophie Keller, special envoy at Nouméa"),
           ("dateline", "Published the 29/05/2024 at 06h15 – Updated at 09h40"),
           ("caption", "A roadblock of the CCAT on the road of the airport of La Tontouta, at Païta, Sunday (photo AFP/DR)"),
           ("advertisement", "Publicity"),
           ("related-links", "Read also: At Nouméa, the neighbourhoods barricaded by the « neighbours' vigils »"),
           ("newsletter", "Receive each morning our letter France Overseas"),
           ("copyright", "© Le Courrier du Pacifique 2024 – All rights reserved")],
    "04": [("title", "New Caledonia's reform falls with the Assembly"),
           ("breadcrumb", "Europe | Analysis | France"),
           ("byline", "By Oliver Penhallow"),
           ("standfirst", "Emmanuel Macron has shelved the bill that set the Pacific territory alight. Nothing has been settled"),
           ("share", "Share: Email | Facebook | X | LinkedIn"),
           ("caption", "Burnt-out shops in the Ducos industrial zone of Nouméa. Photograph: The Meridian Review"),
           ("related-links", "Read more: The nickel slump behind the Pacific riots"),
           ("advertisement", "Advertisement"),
           ("newsletter", "Sign up to our weekly Europe briefing"),
           ("copyright", "© 2024 The Meridian Review Ltd")],
    "05": [("title", "Kanak leaders flown 17,000 km to face French judges"),
           ("breadcrumb", "Home > Region > Kanaky / New Caledonia"),
           ("byline", "By Josaia Wenisso in Nouméa"),
           ("caption", "A portrait of Christian Tein held up at a roadblock in Saint-Louis. Photo: Melanesian Voice"),
           ("duplicate", "(Melanesian Voice) - Christian Tein, the leader of the CCAT protest movement, and six other pro-independence activists are in jails in mainland France this morning, some 17,000 kilometres from home, after being flown out of New Caledonia in the night of Saturday to Sunday on a plane chartered by the French state."),
           ("advertisement", "Advertisement"),
           ("related-links", "Read also: In Saint-Louis, a tribe that no longer sleeps"),
           ("newsletter", "Subscribe to the Voice's weekly Pacific newsletter"),
           ("copyright", "© 2024 Melanesian Voice. All rights reserved.")],
    "06": [("masthead", "L'Écho calédonien"),
           ("breadcrumb", "Home > Politics > Justice"),
           ("dateline", "Thursday 20 June 2024 – 07h30"),
           ("title", "Christian Teïn arrested: « the head of the CCAT is not above the law »"),
           ("byline", "By Gilles Maréchal-Nigou"),
           ("caption", "Gendarmes of the GIGN in front of the seat of the Caledonian Union, at Nouméa, Wednesday at dawn (photo DR)"),
           ("advertisement", "Publicity"),
           ("related-links", "Read also: Dumbéa: the rebuilding of the commercial centre will take two years"),
           ("newsletter", "Receive each Friday our letter Caledonian politics"),
           ("copyright", "© L'Écho calédonien 2024 – All rights reserved")],
}


# the news dateline 'NOUMEA (Pacific Wire) - ' (01) is neither body nor boilerplate
body = bodies(HERE, files, bp, r'^(NOUMEA \(Pacific Wire\) - )')

if __name__ == '__main__':
    write(HERE, "Cleaning key for corpus-af/articles. boilerplate: lines that must not remain in the cleaned text (short "
          "items, under 25 characters, are checked as whole lines of the cleaned text, longer ones as substrings). "
          "kinds: which boilerplate line is of which kind (index of the first line of that kind). body: the article "
          "paragraphs, which must all remain in the cleaned text. The news dateline 'NOUMEA (Pacific Wire) -' (01) is "
          "in neither list: keeping or dropping it is both fine. 05 carries its lead twice, the second copy (after the "
          "second paragraph) behind the tag '(Melanesian Voice) -': that copy is boilerplate (duplicate). 02 is a web "
          "page with a cookie banner, navigation, a section label, a share bar (with a one-letter 'X'), a photo caption, "
          "an inline 'Advertisement', topic tags, a comment prompt, related stories and a footer. The visible date "
          "lines 'Published the 29/05/2024 at 06h15 – Updated at 09h40' (03, day before month) and 'Thursday 20 June "
          "2024 – 07h30' (06, under a masthead line 'L'Écho calédonien' and above the title) are boilerplate "
          "(dateline); 04 and 05 have none. The machine-translated 03 and 06 call their advertisement slot "
          "'Publicity'; 'Read also:' and 'Read more:' lines are related links; 04 has a standfirst under its byline and "
          "a share line; captions end with '(photo AFP/DR)', '(photo DR)', 'Photograph: The Meridian Review', 'Photo: "
          "Melanesian Voice' or 'Picture: Supplied'.",
          files, bp, body)
