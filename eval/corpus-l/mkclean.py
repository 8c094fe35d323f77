"""Writes keys/cleaning.json for corpus-l: boilerplate that must go, article paragraphs that must stay.

The body paragraphs are taken from the article files (text minus the boilerplate lines below; for the HTML page the
<p> elements of the story body), so they are exactly what the articles say.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from cleaning_keys import bodies, write  # noqa: E402
files = {"01": "01_monsoon-wire.jsonl", "02": "02_marina-post.html", "03": "03_echo-ocean-indien.txt",
         "04": "04_deccan-sentinel.txt", "05": "05_vadakku-kural.txt", "06": "06_colombo-lantern.txt"}

LEAD05 = ("The struggle ground at Galle Face in Colombo, where the youths of the South had gathered for more than three "
          "months against the Rajapaksha government, was destroyed by the forces and the police in the early morning of "
          "last Friday. It is noteworthy that this happened only two days after Ranil Wickramasinghe was selected as "
          "president by the Parliament.")

# (kind, line); kinds are for information (several lines may share a kind; 'kinds' keeps the first index of each)
bp = {
    "01": [("byline", "By Priya Nathaniel and Owen Marsh"),
           ("advertisement", "Advertisement"),
           ("credit", "Reporting by Priya Nathaniel and Owen Marsh in Colombo; editing by Helen Ashdown"),
           ("copyright", "© 2022 Monsoon Wire. All rights reserved.")],
    "02": [("cookie-notice", "We use cookies to improve your experience on The Marina Post and to show you relevant advertising. By continuing you agree to our use of cookies."),
           ("cookie-notice", "I agree"), ("cookie-notice", "Manage preferences"),
           ("navigation", "Home"), ("navigation", "Singapore"), ("navigation", "Asia"), ("navigation", "World"),
           ("navigation", "Markets"), ("navigation", "Opinion"), ("navigation", "Lifestyle"),
           ("breadcrumb", "Asia / South Asia"),
           ("title", "Gotabaya Rajapaksa in Singapore on ‘private visit’ as Colombo accepts his resignation"),
           ("standfirst", "Acting president Ranil Wickremesinghe sworn in; parliament to pick a successor next week"),
           ("byline", "By Tan Wei Ling, Regional Correspondent"),
           ("share", "Facebook"), ("share", "Twitter"), ("share", "LinkedIn"), ("share", "Copy link"),
           ("caption", "Speaker Mahinda Yapa Abeywardena at Parliament in Colombo on Friday. PHOTO: Parliament of Sri Lanka / handout"),
           ("advertisement", "Advertisement"),
           ("tags", "Tags: Sri Lanka Singapore Rajapaksa"),
           ("comment-prompt", "Should Singapore have let him in? Tell us what you think in the comments."),
           ("related-links", "Read more"),
           ("related-links", "In pictures: the week-long fuel queues of Colombo"),
           ("related-links", "Sri Lanka’s dollar bonds: what default means for Asian investors"),
           ("related-links", "Sri Lankans in Singapore watch the crisis at home with dread"),
           ("footer", "About us"), ("footer", "Contact us"), ("footer", "Advertise with us"),
           ("footer", "Terms & conditions"), ("footer", "Privacy policy"),
           ("copyright", "© 2022 The Marina Post Pte Ltd. All rights reserved.")],
    "03": [("title", "Sri Lanka: Ranil Wickremesinghe elected president by the Parliament, the street cries to the betrayal"),
           ("navigation", "Home | Indian Ocean | Asia | Economy | Opinions"),
           ("byline", "By Sophie Lacombe, our correspondent at Colombo"),
           ("caption", "The new president Ranil Wickremesinghe at his arrival at the Parliament, in Kotte (photo DR)"),
           ("advertisement", "Publicity"),
           ("related-links", "Read also: Maldives: the discreet role of Malé in the flight of the Sri Lankan president"),
           ("newsletter", "Receive each morning our letter of information Indian Ocean"),
           ("copyright", "© L'Écho de l'Océan Indien 2022 - All rights of reproduction reserved")],
    "04": [("title", "Troops clear Galle Face protest camp hours after Wickremesinghe takes charge"),
           ("breadcrumb", "WORLD | SOUTH ASIA"),
           ("byline", "By Arjun Rao in Colombo"),
           ("dateline", "Jul 22, 2022, 19:40 IST"),
           ("caption", "Soldiers remove tents outside the Presidential Secretariat in Colombo early on Friday. (Sentinel photo)"),
           ("advertisement", "Advertisement"),
           ("related-links", "RELATED: How India's fuel and food lifeline kept Sri Lanka afloat"),
           ("footer", "Write to us at letters@deccansentinel.example.in"),
           ("copyright", "© 2022 The Deccan Sentinel. All rights reserved.")],
    "05": [("title", "Galle Face struggle ground destroyed by the forces: Ranil's first order as president"),
           ("breadcrumb", "Home > News > Island"),
           ("byline", "S. Tharshan"),
           ("caption", "Forces removing the tents of the struggle ground (Photo: social media)"),
           ("duplicate", "COLOMBO (Vadakku Kural) - " + LEAD05),
           ("advertisement", "Advertisement"),
           ("related-links", "Read also: Fuel distribution in the North: farmers waiting in queues for days"),
           ("newsletter", "Subscribe to Vadakku Kural on WhatsApp for news updates"),
           ("copyright", "All rights reserved © Vadakku Kural 2022")],
    "06": [("title", "He came back. Did anything change?"),
           ("breadcrumb", "Home / Politics / Analysis"),
           ("byline", "By Dilini Wijeratne"),
           ("dateline", "Saturday, 03 September 2022 - 09:15 AM"),
           ("caption", "Gotabaya Rajapaksa is greeted by ministers at Bandaranaike International Airport. (Photo: Lantern file)"),
           ("share", "Share: Facebook | Twitter | WhatsApp"),
           ("advertisement", "Advertisement"),
           ("related-links", "RELATED: Inside the library of GotaGoGama, the tent that lent out 2,000 books"),
           ("comment-prompt", "Comments are closed on this article."),
           ("copyright", "© 2022 The Colombo Lantern. All rights reserved.")],
}


# news datelines ('COLOMBO, Sri Lanka (Monsoon Wire) - ', 'COLOMBO — ') are neither body nor boilerplate
body = bodies(HERE, files, bp, r'^(COLOMBO, Sri Lanka \(Monsoon Wire\) - |COLOMBO — )', body_div='post-body',
              end_div='post-tags', ad_div='inline-ad')

if __name__ == '__main__':
    write(HERE, "Cleaning key for corpus-l. boilerplate: lines that must not remain in the cleaned text (short "
          "items, under 25 characters, are checked as whole lines of the cleaned text, longer ones as substrings). "
          "kinds: which boilerplate line is of which kind (index of the first line of that kind). body: the article "
          "paragraphs, which must all remain in the cleaned text. News datelines ('COLOMBO, Sri Lanka (Monsoon Wire) "
          "-' in 01, 'COLOMBO —' in 04) are in neither list: keeping or dropping them is both fine. 05 carries its "
          "lead twice, the second copy (after the second paragraph) behind a dateline 'COLOMBO (Vadakku Kural) -': "
          "that copy is boilerplate (duplicate). 02 is a web page with a cookie banner, navigation, a section label, a "
          "standfirst, a share bar, a photo caption, an inline 'Advertisement', tags, a comment prompt, related links "
          "and a footer. Visible date lines ('Jul 22, 2022, 19:40 IST' in 04, 'Saturday, 03 September 2022 - 09:15 AM' "
          "in 06) are boilerplate (dateline); the machine-translated 03 calls its advertisement slot 'Publicity'; 05's "
          "byline is the bare name 'S. Tharshan'; 'Read also:', 'RELATED:' lines are related links; 06's 'Comments are "
          "closed on this article.' is a comment prompt and its share line comes after the caption.",
          files, bp, body)
