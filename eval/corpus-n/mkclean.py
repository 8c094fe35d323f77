"""Writes keys/cleaning.json for corpus-n: boilerplate that must go, article paragraphs that must stay.

The body paragraphs are taken from the article files (text minus the boilerplate lines below; for the HTML page the
<p> elements of the story body), so they are exactly what the articles say.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from cleaning_keys import bodies, write  # noqa: E402
files = {"01": "01_alpine-wire.jsonl", "02": "02_threadneedle-times.html", "03": "03_tribune-du-leman.txt",
         "04": "04_limmat-zeitung.txt", "05": "05_the-coupon.txt", "06": "06_gulf-capital-review.txt"}

# (kind, line); kinds are for information (several lines may share a kind; 'kinds' keeps the first index of each)
bp = {
    "01": [("byline", "By Lukas Baumann and Priya Raman"),
           ("advertisement", "Advertisement"),
           ("credit", "Reporting by Lukas Baumann in Zurich and Priya Raman in London; editing by Anne Mercier"),
           ("copyright", "© 2023 Alpine Financial Wire. All rights reserved.")],
    "02": [("cookie-notice", "We use cookies to give you the best experience on our site, to personalise advertising and to measure our audience. Manage your preferences at any time."),
           ("cookie-notice", "Accept cookies"), ("cookie-notice", "Manage preferences"),
           ("navigation", "Home"), ("navigation", "Markets"), ("navigation", "Banking"), ("navigation", "Economy"),
           ("navigation", "Companies"), ("navigation", "Opinion"), ("navigation", "Podcasts"),
           ("breadcrumb", "Banking / Credit Suisse crisis"),
           ("title", "UBS agrees to buy Credit Suisse for 3bn francs in state-brokered rescue"),
           ("standfirst", "Shareholders bypassed, bondholders wiped out as Bern races to beat the Asian open"),
           ("byline", "By Eleanor Whitcombe in London and Jonas Frei in Zurich"),
           ("share", "Share on LinkedIn"), ("share", "Share on X"), ("share", "Share by email"),
           ("caption", "From left: Colm Kelleher, Thomas Jordan, Alain Berset and Karin Keller-Sutter at the press conference on Sunday evening. Photograph: Pool / Threadneedle Times"),
           ("advertisement", "Advertisement"),
           ("tags", "Topics: Credit Suisse UBS Banking"),
           ("comment-prompt", "Was Bern right to rescue Credit Suisse this way? Tell us what you think in the comments."),
           ("related-links", "Related articles"),
           ("related-links", "What are AT1 bonds and why did holders lose everything?"),
           ("related-links", "Credit Suisse: a timeline of scandals"),
           ("related-links", "After Silicon Valley Bank, who is next?"),
           ("footer", "About us"), ("footer", "Contact"), ("footer", "Terms of use"), ("footer", "Privacy and cookies"),
           ("copyright", "© 2023 The Threadneedle Times Ltd. All rights reserved.")],
    "03": [("title", "Credit Suisse: the holders of AT1 bonds cry to the spoliation, Berne defends the emergency law"),
           ("navigation", "Home | Switzerland | Economy | Romandie | Opinions"),
           ("byline", "By Nathalie Rochat"),
           ("caption", "The headquarters of Credit Suisse at the Paradeplatz, in Zurich, Monday (photo Keystone / Tribune du Léman)"),
           ("advertisement", "Publicity"),
           ("related-links", "Read also: The employees of Credit Suisse in Geneva between anguish and resignation"),
           ("newsletter", "Receive each morning our newsletter Économie Romande"),
           ("copyright", "© Tribune du Léman 2023 - All rights of reproduction reserved")],
    "04": [("breadcrumb", "Economy > Banks"),
           ("title", "The comeback of the crisis manager: Sergio Ermotti returns to the head of UBS"),
           ("dateline", "30.03.2023, 05:45 o'clock"),
           ("byline", "From Reto Wyss"),
           ("caption", "Sergio Ermotti in the year 2019 at the presentation of the annual results of UBS in Zurich. (Image: Archive LZ)"),
           ("advertisement", "Advertisement"),
           ("related-links", "Also to read: Why the SNB president Thomas Jordan does not want to hear about a state bank"),
           ("newsletter", "Newsletter: Receive the most important news from the economy every morning in your mailbox."),
           ("copyright", "© Limmat-Zeitung 2023. All rights reserved. Reproduction only with permission of the editorial office.")],
    "05": [("masthead", "THE COUPON | Credit markets, without the spin"),
           ("title", "Credit Suisse's last AGM: apologies for shareholders, nothing for the bondholders"),
           ("byline", "By Harriet Osei, Credit Editor"),
           ("caption", "Shareholders arrive at the Hallenstadion in Zurich for Credit Suisse's final annual meeting. (Photo: The Coupon)"),
           ("duplicate", "ZURICH (The Coupon) - Credit Suisse held its last annual general meeting yesterday, and the men who ran the bank said sorry. What they did not say is why holders of its AT1 bonds, who were supposed to rank ahead of the shareholders in the room, walked away with nothing while those shareholders will get UBS stock."),
           ("advertisement", "Advertisement"),
           ("related-links", "Read also: AT1 after Credit Suisse: is the market broken or just repricing?"),
           ("newsletter", "Get The Coupon in your inbox every Wednesday. Sign up here."),
           ("copyright", "© 2023 The Coupon Media Ltd. All rights reserved.")],
    "06": [("masthead", "GULF CAPITAL REVIEW"),
           ("breadcrumb", "Banking & Finance"),
           ("title", "Saudi National Bank chairman steps down after Credit Suisse losses"),
           ("dateline", "28 Mar 2023 | Updated 4:20 PM GST"),
           ("byline", "By Omar Haddad, Riyadh"),
           ("caption", "Ammar Al-Khudairy at a financial forum in Riyadh earlier this month. (GCR file photo)"),
           ("advertisement", "Advertisement"),
           ("related-links", "Read more: Qatar's wealth fund weighs its own Credit Suisse exposure"),
           ("newsletter", "Sign up for the GCR Morning Brief, delivered Sunday to Thursday."),
           ("copyright", "© 2023 Gulf Capital Review. All rights reserved.")],
}


# the news dateline 'ZURICH (Alpine Financial Wire) - ' of 01 is neither body nor boilerplate
body = bodies(HERE, files, bp, r'^(ZURICH \(Alpine Financial Wire\) - )', body_div='story-body', end_div='tags', ad_div='ad-slot')

if __name__ == '__main__':
    write(HERE, "Cleaning key for corpus-n/articles. boilerplate: lines that must not remain in the cleaned text (short "
          "items, under 25 characters, are checked as whole lines of the cleaned text, longer ones as substrings). "
          "kinds: which boilerplate line is of which kind (index of the first line of that kind). body: the article "
          "paragraphs, which must all remain in the cleaned text. The news dateline 'ZURICH (Alpine Financial Wire) "
          "-' in 01 is in neither list: keeping or dropping it is both fine. 05 carries its lead twice, the second "
          "copy behind a dateline ('ZURICH (The Coupon) -'): that copy is boilerplate (duplicate). 02 is a web page "
          "with a cookie banner, navigation, a kicker, a standfirst (the sub-headline under the title, keyed as "
          "boilerplate like the title), share links, a photo caption, an inline 'Advertisement', topic tags, a comment "
          "prompt, related links and a footer. Visible date lines ('30.03.2023, 05:45 o'clock' in 04, '28 Mar 2023 | "
          "Updated 4:20 PM GST' in 06) are boilerplate (dateline); the machine-translated 03 calls its advertisement "
          "slot 'Publicity'; 'Read also:', 'Also to read:' and 'Read more:' lines are related links; mastheads (05 "
          "'THE COUPON | Credit markets, without the spin', 06 'GULF CAPITAL REVIEW') and section lines ('Economy > "
          "Banks', 'Banking & Finance') are boilerplate; 04's byline is the machine-translated 'From Reto Wyss' (German "
          "'Von').",
          files, bp, body)
