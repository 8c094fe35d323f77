"""Writes keys/cleaning.json for corpus-v: boilerplate that must go, article paragraphs that must stay.

The body paragraphs are taken from the article files (text minus the boilerplate lines below; for the HTML page the
<p> elements of the story body), so they are exactly what the articles say.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from cleaning_keys import bodies, write  # noqa: E402
files = {"01": "01_atlas-wire.jsonl", "02": "02_rand-ledger.html", "03": "03_die-landstem.txt",
         "04": "04_umlandeli.txt", "05": "05_longitude.txt", "06": "06_savanna-times.txt"}

# (kind, line); kinds are for information (several lines may share a kind; 'kinds' keeps the first index of each)
bp = {
    "01": [("byline", "By Ayesha Patel and Mark Donnelly"),
           ("advertisement", "Advertisement"),
           ("credit", "Reporting by Ayesha Patel in Midrand and Mark Donnelly in Durban; editing by Claire Hobson"),
           ("copyright", "© 2024 Atlas Wire. All rights reserved.")],
    "02": [("cookie-notice", "This site uses cookies to personalise content and ads and to analyse our traffic. By continuing you agree to our use of cookies."),
           ("cookie-notice", "Accept all"), ("cookie-notice", "Cookie settings"),
           ("navigation", "Home"), ("navigation", "Markets"), ("navigation", "Politics"),
           ("navigation", "Economy"), ("navigation", "Companies"), ("navigation", "Opinion"),
           ("breadcrumb", "Politics / Elections 2024"),
           ("title", "Ramaphosa re-elected as ANC and DA strike unity deal; MK stays away"),
           ("byline", "By Kagiso Molefe, Political Editor"),
           ("share", "Share on X"), ("share", "LinkedIn"), ("share", "WhatsApp"), ("share", "Copy link"),
           ("caption", "Members of the National Assembly take the oath at the Cape Town International Convention Centre. Picture: Parliament of South Africa"),
           ("advertisement", "Advertisement"),
           ("tags", "Topics: GNU ANC Rand"),
           ("comment-prompt", "Have your say: log in to comment on this story."),
           ("related-links", "More on this story"),
           ("related-links", "What is a government of national unity, and how did the 1994 one work?"),
           ("related-links", "Rand rallies as coalition talks advance"),
           ("related-links", "Inside MK's court bid to overturn the vote"),
           ("footer", "About the Ledger"), ("footer", "Contact"), ("footer", "Advertise with us"),
           ("footer", "Privacy policy"),
           ("copyright", "© 2024 The Rand Ledger (Pty) Ltd. All rights reserved.")],
    "03": [("masthead", "Die Landstem"),
           ("navigation", "News | Politics | National"),
           ("dateline", "Sunday 23 June 2024 – 06:00"),
           ("title", "Ramaphosa sworn in at the Uniegebou, but the fight over the cabinet only begins"),
           ("byline", "By Marietjie van der Walt, political correspondent"),
           ("credit", "Machine-translated from the Afrikaans by the Landstem translation service"),
           ("caption", "Photo: Mnr. Cyril Ramaphosa and his wife Tshepo Motsepe on the stage at the Uniegebou. (Photo: Landstem)"),
           ("advertisement", "Advertisement"),
           ("related-links", "Read also: VF Plus in the RNE: what Groenewald wants from Ramaphosa"),
           ("newsletter", "Subscribe to the Landstem newsletter for the week's political news"),
           ("copyright", "© 2024 Die Landstem. All rights reserved. Translation: Landstem translation service")],
    "04": [("masthead", "UMLANDELI"),
           ("breadcrumb", "Home > News > Politics"),
           ("title", "MK celebrates in KwaZulu-Natal while Msholozi stays away from the announcement"),
           ("byline", "By Sibusiso Mthembu, eThekwini"),
           ("credit", "Translated from isiZulu by the Umlandeli machine translation service"),
           ("duplicate", "(Umlandeli) - Thousands of supporters of the uMkhonto weSizwe party (MK) filled the streets of eThekwini and of Nkandla yesterday, singing and dancing, after the Independent Commission of the Elections (IEC) announced that the new party of former president Jacob Zuma has won the most votes in the province of KwaZulu-Natal, leaving the Khongolose (ANC) far behind in the province where it ruled for twenty years."),
           ("caption", "Photo: MK supporters in green and black on the beachfront of eThekwini. (Photo: Umlandeli)"),
           ("advertisement", "Advertisement"),
           ("related-links", "Read also: In Nkandla, the home of Msholozi, the celebration continues until the morning"),
           ("newsletter", "Follow Umlandeli on WhatsApp to receive the news every day"),
           ("copyright", "© 2024 Umlandeli Media. All rights reserved.")],
    "05": [("masthead", "THE LONGITUDE"),
           ("breadcrumb", "Africa | Analysis | South Africa"),
           ("title", "South Africa's odd couple"),
           ("standfirst", "The ANC and the DA have spent thirty years insulting each other. Now they have to run a country together"),
           ("byline", "By Imogen Clarke"),
           ("share", "Share: Email | X | Facebook | LinkedIn"),
           ("caption", "Photo: Cyril Ramaphosa announces the new cabinet at the Union Buildings. Photograph: The Longitude"),
           ("advertisement", "Advertisement"),
           ("related-links", "Read more: Inside the Union Buildings: how the unity deal nearly collapsed"),
           ("newsletter", "Sign up to The Longitude's weekly Africa briefing"),
           ("copyright", "© 2024 The Longitude Ltd")],
    "06": [("masthead", "The Savanna Times"),
           ("breadcrumb", "Home / Africa / Southern Africa"),
           ("dateline", "19.06.2024 · 16:40 EAT"),
           ("title", "Ramaphosa sworn in for second term as Africa's leaders gather in Pretoria"),
           ("byline", "By Wanjiru Kamau in Pretoria"),
           ("caption", "Photo: President Cyril Ramaphosa takes the oath at the Union Buildings. (Savanna Times/Handout)"),
           ("advertisement", "Advertisement"),
           ("related-links", "Read more: How Kenya's own power-sharing deal of 2008 compares"),
           ("newsletter", "Get The Savanna Times Africa Briefing in your inbox every weekday"),
           ("copyright", "© 2024 The Savanna Times Media Group")],
}

# the news dateline 'MIDRAND, South Africa (Atlas Wire) - ' (01) is neither body nor boilerplate
body = bodies(HERE, files, bp, r'^(MIDRAND, South Africa \(Atlas Wire\) - )')

if __name__ == '__main__':
    write(HERE, "Cleaning key for corpus-v/articles. boilerplate: lines that must not remain in the cleaned text (short "
          "items, under 25 characters, are checked as whole lines of the cleaned text, longer ones as substrings). "
          "kinds: which boilerplate line is of which kind (index of the first line of that kind). body: the article "
          "paragraphs, which must all remain in the cleaned text. The news dateline 'MIDRAND, South Africa (Atlas "
          "Wire) -' (01) is in neither list: keeping or dropping it is both fine. 04 carries its lead twice, the "
          "second copy (after the second paragraph) behind the tag '(Umlandeli) -': that copy is boilerplate "
          "(duplicate). 03 and 04 have a translator's credit line under the byline; 01 a reporting credit line above "
          "its copyright. 02 is a web page with a cookie banner, navigation, a section label, a share bar, a photo "
          "caption, an inline 'Advertisement', topic tags, a comment prompt, related stories and a footer. The visible "
          "date lines 'Sunday 23 June 2024 – 06:00' (03, under a masthead 'Die Landstem' and a section line) and "
          "'19.06.2024 · 16:40 EAT' (06, day.month.year, Nairobi time) are boilerplate (dateline); 04 and 05 have "
          "none. Captions in the txt files begin with 'Photo:'; 'Read also:' and 'Read more:' lines are related links; "
          "05 has a standfirst under its title and a share line; 04's and 06's newsletter prompts are a WhatsApp "
          "channel and an e-mail briefing.",
          files, bp, body)
