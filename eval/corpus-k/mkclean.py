"""Writes keys/cleaning.json for corpus-k: boilerplate that must go, article paragraphs that must stay.

The body paragraphs are taken from the article files (text minus the boilerplate lines below; for the HTML page the
<p> elements of the story body), so they are exactly what the articles say.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from cleaning_keys import bodies, write  # noqa: E402
files = {"01": "01_atlas-wire.jsonl", "02": "02_daily-crescent.html", "03": "03_isar-bote.txt",
         "04": "04_lombard-review.txt", "05": "05_le-phare.txt", "06": "06_aegean-review.txt"}

# (kind, line); kinds are for information (several lines may share a kind; 'kinds' keeps the first index of each)
bp = {
    "01": [("byline", "By Hannah Lindqvist and Emre Tosun"),
           ("advertisement", "Advertisement"),
           ("credit", "Reporting by Hannah Lindqvist in Ankara and Emre Tosun in Istanbul; editing by Paul Ferrante"),
           ("copyright", "© 2023 Atlas Wire. All rights reserved.")],
    "02": [("cookie-notice", "We use cookies to improve your experience on Daily Crescent and to show you relevant advertising. By continuing to browse you accept our use of cookies."),
           ("cookie-notice", "I agree"), ("cookie-notice", "Learn more"),
           ("navigation", "Home"), ("navigation", "Türkiye"), ("navigation", "Politics"), ("navigation", "Economy"),
           ("navigation", "World"), ("navigation", "Opinion"), ("navigation", "Sports"),
           ("breadcrumb", "Politics › Elections 2023"),
           ("title", "Oğan throws his weight behind President Erdoğan ahead of run-off"),
           ("byline", "By Burcu Aydın, Ankara"),
           ("share", "Share on Facebook"), ("share", "Share on Twitter"), ("share", "Share on WhatsApp"),
           ("share", "Copy link"),
           ("caption", "Sinan Oğan announces his decision at a press conference in Ankara. (Photo: Daily Crescent / Murat Koç)"),
           ("advertisement", "Advertisement"),
           ("tags", "Tags: Elections 2023 Run-off Sinan Oğan"),
           ("comment-prompt", "Who will win on May 28? Share your view in the comments."),
           ("related-links", "Related stories"),
           ("related-links", "Muharrem İnce withdraws from presidential race"),
           ("related-links", "Lira steady as markets await run-off"),
           ("related-links", "First families move into new homes in Kahramanmaraş"),
           ("footer", "About"), ("footer", "Contact us"), ("footer", "Terms of use"), ("footer", "Privacy"),
           ("copyright", "© 2023 Daily Crescent Media Group. All rights reserved.")],
    "03": [("title", "Run-off in Turkey: Ultranationalist Özdag now supports Kilicdaroglu - Erdogan remains favourite"),
           ("navigation", "Home / Politics / Abroad"),
           ("byline", "From our correspondent Julia Brenninkmeyer, Istanbul"),
           ("caption", "Kemal Kılıçdaroğlu and Ümit Özdağ at their joint press conference in Ankara (photo: dpa)"),
           ("advertisement", "Display"),
           ("related-links", "Read also: Turks in Germany: Why so many vote for Erdogan"),
           ("newsletter", "Subscribe to our newsletter „Morning briefing\""),
           ("copyright", "© Isar-Bote Verlagsgesellschaft mbH 2023")],
    "04": [("title", "Erdogan extends his rule into a third decade as lira slides to record low"),
           ("breadcrumb", "MARKETS | EMERGING MARKETS"),
           ("byline", "By Oliver Pennington in Istanbul and Claire Whitlock in London"),
           ("dateline", "Monday 29 May 2023 07:15 BST"),
           ("caption", "Supporters of President Erdogan outside the presidential complex in Ankara on Sunday night. Photograph: Lombard Review"),
           ("duplicate", "ISTANBUL — Recep Tayyip Erdogan won Sunday's presidential run-off with 52.2 per cent of the vote, extending his rule into a third decade and dashing investors' hopes of a swift return to orthodox economic policy, as the Turkish lira slid to a record low."),
           ("advertisement", "Advertisement"),
           ("related-links", "RELATED: Turkish bonds: what a third Erdogan decade means for investors"),
           ("newsletter", "Sign up to our Emerging Markets briefing, sent every weekday morning"),
           ("copyright", "© The Lombard Review Ltd 2023. All rights reserved.")],
    "05": [("title", "Turkey: Erdogan invested for a third mandate, Mehmet Şimşek recalled to the Finances"),
           ("breadcrumb", "Home > World > Europe"),
           ("byline", "By Camille Roussel, correspondent in Istanbul, with agencies"),
           ("dateline", "Published the Saturday 3 June 2023 at 22h10"),
           ("caption", "Recep Tayyip Erdogan and his wife Emine at the presidential complex of Ankara, this Saturday (photo agencies)"),
           ("advertisement", "Publicity"),
           ("related-links", "To read also: Turkey-Syria: four months after the earthquake, the survivors of Antakya between tents and containers"),
           ("newsletter", "Subscribe to our newsletter Europe-World"),
           ("copyright", "© Le Phare 2023 - All rights of reproduction reserved")],
    "06": [("title", "OPINION: Turkey's opposition lost this election long before polling day"),
           ("breadcrumb", "Home / Opinion / Turkey"),
           ("byline", "By Deniz Arslan, Contributing Editor"),
           ("share", "Share: Facebook | Twitter | LinkedIn | Email"),
           ("caption", "Tents and containers in Antakya, Hatay province, four months after the earthquakes. (Photo: The Aegean Review)"),
           ("advertisement", "Advertisement"),
           ("related-links", "READ MORE: The earthquake generation: young voters who switched to the AK Party"),
           ("comment-prompt", "Join the debate: comments are open to subscribers."),
           ("copyright", "© 2023 The Aegean Review. All rights reserved.")],
}


# the news dateline 'ANKARA, Turkey (Atlas Wire) - ' (01) is neither body nor boilerplate
body = bodies(HERE, files, bp, r'^(ANKARA, Turkey \(Atlas Wire\) - )')

if __name__ == '__main__':
    write(HERE, "Cleaning key for corpus-k/articles. boilerplate: lines that must not remain in the cleaned text (short "
          "items, under 25 characters, are checked as whole lines of the cleaned text, longer ones as substrings). "
          "kinds: which boilerplate line is of which kind (index of the first line of that kind). body: the article "
          "paragraphs, which must all remain in the cleaned text. The news dateline 'ANKARA, Turkey (Atlas Wire) -' "
          "(01) is in neither list: keeping or dropping it is both fine. 04 carries its lead twice: first as a "
          "standfirst above the photo caption, then again behind the dateline 'ISTANBUL —': that second copy is "
          "boilerplate (duplicate). 02 is a web page with a cookie notice, navigation (one item, 'Türkiye', is also a "
          "word of the story), a breadcrumb, share links, a photo caption, an inline 'Advertisement', tags, a comment "
          "prompt, related stories and a footer. Visible date lines ('Monday 29 May 2023 07:15 BST' in 04, 'Published "
          "the Saturday 3 June 2023 at 22h10' in 05) are boilerplate (dateline); the machine-translated 03 (from German) "
          "calls its advertisement slot 'Display' (Anzeige) and 05 (from French) 'Publicity'; 'Read also:', 'To read "
          "also:', 'RELATED:' and 'READ MORE:' lines are related links; 06's share line names the networks.",
          files, bp, body)
