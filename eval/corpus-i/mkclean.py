"""Writes keys/cleaning.json for corpus-i: boilerplate that must go, article paragraphs that must stay.

The body paragraphs are taken from the article files (text minus the boilerplate lines below; for the HTML page the
<p> elements of the article body), so they are exactly what the articles say.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from cleaning_keys import bodies, write  # noqa: E402
files = {"01": "01_meridian-wire.jsonl", "02": "02_kansai-herald.html", "03": "03_daily-clarion.txt",
         "04": "04_rhein-kurier.txt", "05": "05_tokyo-ledger.txt"}

# (kind, line); kinds are for information (several lines may share a kind; 'kinds' keeps the first index of each)
bp = {
    "01": [("byline", "By Hana Lindqvist and Kenji Ōmura"),
           ("advertisement", "Advertisement"),
           ("credit", "Reporting by Hana Lindqvist in Nara and Kenji Ōmura in Tokyo; Editing by Tom Barrow"),
           ("footer", "Meridian Wire standards apply to this report.")],
    "02": [("cookie-notice", "This site uses cookies to analyse traffic and personalise content and ads. By continuing you accept our cookie policy."),
           ("cookie-notice", "Accept all"), ("cookie-notice", "Cookie settings"),
           ("navigation", "Top"), ("navigation", "Nation"), ("navigation", "Politics"), ("navigation", "Business"),
           ("navigation", "Kansai"), ("navigation", "Culture"), ("navigation", "Opinion"), ("navigation", "Subscribe"),
           ("breadcrumb", "Top › Nation › Abe shooting"),
           ("title", "Church confirms Abe suspect’s mother is a member as questions mount over political ties"),
           ("byline", "By Sayaka Horii, Staff Writer"),
           ("caption", "Tomihiro Tanaka, head of the church’s Japanese branch, speaks to reporters at a Tokyo hotel on Monday. Photo: The Kansai Herald"),
           ("advertisement", "Advertisement"),
           ("tags", "Topics: Abe shooting Unification Church Upper House election 2022"),
           ("share", "Share"), ("share", "Facebook"), ("share", "Twitter"), ("share", "LINE"), ("share", "Email"),
           ("related-links", "Related stories"),
           ("related-links", "Shinzo Abe: a life in politics"),
           ("related-links", "Upper house election: full results by district"),
           ("related-links", "Mourners leave flowers at Yamato-Saidaiji"),
           ("comments", "Comments (2)"),
           ("comment-prompt", "Have your say. Comments are moderated and may take time to appear."),
           ("comments", "osaka_reader"), ("comments", "11 Jul 2022, 22:14"),
           ("comments", "Why did it take a murder for anyone to ask these questions?"),
           ("comments", "K.Mori"), ("comments", "12 Jul 2022, 07:40"),
           ("comments", "Nothing excuses the killing. Nothing."),
           ("footer", "About us"), ("footer", "Contact"), ("footer", "Privacy policy"), ("footer", "Terms of service"),
           ("copyright", "© 2022 The Kansai Herald Co., Ltd. All rights reserved.")],
    "03": [("title", "LONER'S REVENGE: Abe 'assassin' blamed church that 'bankrupted' his mum"),
           ("cookie-notice", "Cookies help us deliver our services. By using this site you agree to our use of cookies. [Got it]"),
           ("breadcrumb", "Home > News > World News"),
           ("byline", "By Rory Pendleton, Chief Foreign Reporter"),
           ("caption", "Flowers and bottles of water pile up at the spot in Nara where Shinzo Abe was gunned down (Picture: Clarion Pictures/Reuters)"),
           ("advertisement", "Advertisement"),
           ("related-links", "Read more: Japan's gun laws among the strictest in the world"),
           ("comment-prompt", "Have your say: could this happen here? Comment below."),
           ("newsletter", "Get the Clarion's world news briefing in your inbox every morning. Sign up now"),
           ("copyright", "© Clarion Newspapers Ltd 2022")],
    "04": [("title", "State act for Abe: Japan bids farewell divided - Kischida under pressure"),
           ("breadcrumb", "Home / Politics / Foreign countries"),
           ("byline", "From our correspondent Lena Brandauer, Tokio"),
           ("caption", "The urn with the ashes of Schinzo Abe is carried into the Nippon Budokan (photo: dpa)"),
           ("duplicate", "TOKIO (rk) - Under massive protests Japan has on Tuesday taken leave of its murdered former head of government Schinzo Abe with the first state funeral for a politician since 1967. Around 4300 guests, among them the US Vice President Kamala Harris and the Indian Prime minister Narendra Modi, gathered in the Nippon Budokan hall in Tokio."),
           ("related-links", "Read also: Who was Schinzo Abe? The stations of a career"),
           ("comment-prompt", "The comment function for this article is closed."),
           ("copyright", "© Rhein-Kurier Mediengruppe 2022")],
    "05": [("title", "A nation's farewell: why Abe Shinzo deserves a state funeral"),
           ("section", "The Tokyo Ledger | Editorial & Analysis"),
           ("byline", "By Masaru Kuroda, Political Editor"),
           ("dateline", "Monday, September 26, 2022"),
           ("caption", "Mourners bow before a portrait of the former prime minister at the Liberal Democratic Party headquarters (Photo: The Tokyo Ledger)"),
           ("copyright", "© 2022 The Tokyo Ledger. All rights reserved. Reproduction without permission is prohibited.")],
}


# the wire dateline 'NARA, Japan (Meridian Wire) - ' is neither body nor boilerplate
body = bodies(HERE, files, bp, r'^NARA, Japan \(Meridian Wire\) - ')

if __name__ == '__main__':
    write(HERE, "Cleaning key for corpus-i/articles. boilerplate: lines that must not remain in the cleaned text (short "
          "items, under 25 characters, are checked as whole lines of the cleaned text, longer ones as substrings). "
          "kinds: which boilerplate line is of which kind (index of the first line of that kind). body: the article "
          "paragraphs, which must all remain in the cleaned text. The wire dateline 'NARA, Japan (Meridian Wire) -' "
          "is in neither list. 04 carries its lead twice, the second copy behind a dateline 'TOKIO (rk) -': that "
          "copy is boilerplate (duplicate). 02 has a cookie bar, navigation, a subscribe link, breadcrumb, caption, "
          "topic tags, share widgets, related links and comments with timestamps; 05's visible date line 'Monday, "
          "September 26, 2022' and its section line are boilerplate; 03's 'Read more:' and 04's 'Read also:' lines "
          "are related links; 04's 'The comment function for this article is closed.' is a comment prompt.",
          files, bp, body)
