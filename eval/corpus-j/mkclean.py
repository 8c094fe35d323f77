"""Writes keys/cleaning.json for corpus-j: boilerplate that must go, article paragraphs that must stay.

The body paragraphs are taken from the article files (text minus the boilerplate lines below; for the HTML page the
<p> elements of the story body), so they are exactly what the articles say.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from cleaning_keys import bodies, write  # noqa: E402
files = {"01": "01_meridian-wire.jsonl", "02": "02_lagos-ledger.html", "03": "03_sahel-souverain.txt",
         "04": "04_capitol-dispatch.txt", "05": "05_hexagone-matin.txt", "06": "06_accra-horizon.txt"}

# (kind, line); kinds are for information (several lines may share a kind; 'kinds' keeps the first index of each)
bp = {
    "01": [("byline", "By Claire Dubreuil and Aliyu Musa"),
           ("advertisement", "Advertisement"),
           ("credit", "Reporting by Claire Dubreuil in Niamey and Aliyu Musa in Abuja; editing by Tom Barrow"),
           ("copyright", "© 2023 Meridian Wire. All rights reserved.")],
    "02": [("cookie-notice", "The Lagos Ledger uses cookies and similar technologies to personalise content and ads and to analyse our traffic. You can change your choices at any time."),
           ("cookie-notice", "Accept all"), ("cookie-notice", "Cookie settings"),
           ("navigation", "Home"), ("navigation", "News"), ("navigation", "Politics"), ("navigation", "Africa"),
           ("navigation", "Business"), ("navigation", "Opinion"), ("navigation", "Sport"),
           ("breadcrumb", "Africa / Niger crisis"),
           ("title", "ECOWAS gives Niger junta one week to restore Bazoum, does not rule out force"),
           ("byline", "By Ngozi Adeyemi, Abuja Bureau Chief"),
           ("share", "Share on Facebook"), ("share", "Share on X"), ("share", "Share on WhatsApp"),
           ("caption", "President Bola Ahmed Tinubu (centre) with other ECOWAS heads of state at the State House, Abuja. Photo: State House / handout"),
           ("advertisement", "Advertisement"),
           ("tags", "Topics: Niger ECOWAS Coup"),
           ("comment-prompt", "What should ECOWAS do next? Join the conversation and leave a comment below."),
           ("related-links", "More on this story"),
           ("related-links", "Explainer: who are the soldiers who seized power in Niamey?"),
           ("related-links", "Traders at Jibia border post fear losses as Niger frontier shuts"),
           ("related-links", "Tinubu’s first weeks as ECOWAS chairman"),
           ("footer", "About us"), ("footer", "Contact"), ("footer", "Advertise"), ("footer", "Privacy policy"),
           ("copyright", "© 2023 The Lagos Ledger Ltd. All rights reserved.")],
    "03": [("title", "63 years of independence: the CNSP breaks the military agreements with France, Niamey in the street"),
           ("navigation", "Home | Nation | Politics | Security | International"),
           ("byline", "By Aïchatou Garba"),
           ("caption", "Demonstrators in support of the CNSP on the Place of the Concertation, in Niamey (photo Sahel Souverain)"),
           ("advertisement", "Publicity"),
           ("related-links", "Read also: Sanctions: the price of the sack of rice flames at the great market of Niamey"),
           ("newsletter", "Receive each morning our newsletter Sahel Souverain Info"),
           ("copyright", "© Sahel Souverain 2023 - All rights reserved")],
    "04": [("title", "U.S. envoy gets a frosty hearing in Niamey as Niger's junta digs in"),
           ("breadcrumb", "WORLD | AFRICA"),
           ("byline", "By Daniel Kessler and Amina Yusuf"),
           ("dateline", "August 8, 2023"),
           ("caption", "Victoria Nuland, the acting deputy secretary of state, at the State Department last month. (Dispatch file photo)"),
           ("advertisement", "Advertisement"),
           ("related-links", "RELATED: What the Sahel's coups mean for the fight against jihadists"),
           ("footer", "Have a tip about this story? Write to tips@capitoldispatch.example.com"),
           ("copyright", "© 2023 The Capitol Dispatch. All rights reserved.")],
    "05": [("title", "Niger: the CEDEAO activates its force in waiting, Paris brings its support"),
           ("breadcrumb", "Home > International > Africa"),
           ("byline", "By Marc Vasseur, with agencies"),
           ("dateline", "Published the 11/08/2023 at 18h42 - Updated the 11/08/2023 at 19h05"),
           ("caption", "The heads of State of the CEDEAO at the opening of the summit, Thursday in Abuja (photo agencies)"),
           ("duplicate", "ABUJA (Hexagone Matin) - The heads of State of the CEDEAO, reunited Thursday in Abuja for their second extraordinary summit since the coup of State of 26 July in Niger, have ordered the activation of the force in waiting of the organisation « to restore the constitutional order », while affirming to privilege always the diplomatic way."),
           ("advertisement", "Publicity"),
           ("related-links", "To read also: Sahel: ten years of French military presence in five dates"),
           ("newsletter", "Subscribe to our newsletter Africa"),
           ("copyright", "© Hexagone Matin 2023 - All rights of reproduction reserved")],
    "06": [("title", "ANALYSIS: The drums of war over Niger are getting louder. West Africa cannot afford to march to them"),
           ("breadcrumb", "Home / Africa / Analysis"),
           ("byline", "By Kojo Mensah-Bonsu, Senior Writer"),
           ("share", "Share this: Facebook | X | WhatsApp | Email"),
           ("caption", "Supporters of Niger's junta at a rally in the Seyni Kountche stadium, Niamey. (Photo: Accra Horizon / file)"),
           ("advertisement", "Advertisement"),
           ("related-links", "ALSO READ: Ghana's parliament split over sending troops to a Niger mission"),
           ("comment-prompt", "Have your say: leave a comment below. Comments are moderated."),
           ("copyright", "© 2023 Accra Horizon Media. All rights reserved.")],
}


# news datelines ('NIAMEY, Niger (Meridian Wire) - ', 'NIAMEY, Niger — ') are neither body nor boilerplate
body = bodies(HERE, files, bp, r'^(NIAMEY, Niger \(Meridian Wire\) - |NIAMEY, Niger — )', body_div='story-body', end_div='story-tags', ad_div='ad-unit')

if __name__ == '__main__':
    write(HERE, "Cleaning key for corpus-j/articles. boilerplate: lines that must not remain in the cleaned text (short "
          "items, under 25 characters, are checked as whole lines of the cleaned text, longer ones as substrings). "
          "kinds: which boilerplate line is of which kind (index of the first line of that kind). body: the article "
          "paragraphs, which must all remain in the cleaned text. News datelines ('NIAMEY, Niger (Meridian Wire) "
          "-' in 01, 'NIAMEY, Niger —' in 04) are in neither list: keeping or dropping them is both fine. 05 "
          "carries its lead twice, the second copy behind a dateline ('ABUJA (Hexagone Matin) -'): that copy is "
          "boilerplate (duplicate). 02 is a web page with a cookie banner, navigation, a kicker, share links, a "
          "photo caption, an inline 'Advertisement', topic tags, a comment prompt, related links and a footer. "
          "Visible date lines ('August 8, 2023' in 04, 'Published the 11/08/2023 at 18h42 - Updated the "
          "11/08/2023 at 19h05' in 05) are boilerplate (dateline); the machine-translated 03 and 05 call their "
          "advertisement slot 'Publicity'; 'Read also:', 'To read also:', 'RELATED:' and 'ALSO READ:' lines are "
          "related links; 06's share line names X among the networks.",
          files, bp, body)
