"""Writes keys/cleaning.json for corpus-r: boilerplate that must go, article paragraphs that must stay.

The body paragraphs are taken from the article files (text minus the boilerplate lines below; for the HTML page the
<p> elements of the story body), so they are exactly what the articles say.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from cleaning_keys import bodies, write  # noqa: E402
files = {"01": "01_tidewater-wire.jsonl", "02": "02_harbor-dispatch.html", "03": "03_diario-del-istmo.txt",
         "04": "04_maritime-ledger.txt", "05": "05_long-view.txt",
         "06": "06_rashtriya-sandesh.txt"}

# (kind, line); kinds are for information (several lines may share a kind; 'kinds' keeps the first index of each)
bp = {
    "01": [("byline", "By Marcus Ellery and Rosa Quintanilla"),
           ("advertisement", "Advertisement"),
           ("credit", "Reporting by Marcus Ellery and Rosa Quintanilla in Baltimore; additional reporting by Dan Whitcombe in Washington; editing by Claire Osgood"),
           ("copyright", "© 2024 Tidewater Wire. All rights reserved.")],
    "02": [("cookie-notice", "We use cookies and similar technologies to run this site, measure our audience and show you relevant ads."),
           ("cookie-notice", "I agree"), ("cookie-notice", "Manage preferences"),
           ("navigation", "Home"), ("navigation", "Baltimore"), ("navigation", "Maryland"),
           ("navigation", "Port & Economy"), ("navigation", "Neighborhoods"), ("navigation", "Opinion"),
           ("breadcrumb", "Baltimore / Key Bridge collapse"),
           ("title", "Biden tours Key Bridge wreckage, vows Washington will pay to rebuild"),
           ("byline", "By Tamika Rowe, City Hall Reporter"),
           ("share", "Facebook"), ("share", "X"), ("share", "Email"), ("share", "Print"),
           ("caption", "President Joe Biden speaks near the collapsed Francis Scott Key Bridge on Friday, with Gov. Wes Moore behind him. Photo by Devon Alvarez for The Harbor Dispatch"),
           ("advertisement", "Advertisement"),
           ("tags", "Tags: Key Bridge Port of Baltimore Biden"),
           ("comment-prompt", "Join the conversation: sign in to comment on this story."),
           ("related-links", "Related coverage"),
           ("related-links", "The six men who never came home from the night shift"),
           ("related-links", "Dockworkers wait for the channel, and for paychecks"),
           ("related-links", "How the span fell in less than a minute"),
           ("footer", "About the Dispatch"), ("footer", "Send us a tip"), ("footer", "Terms of use"),
           ("footer", "Privacy"),
           ("copyright", "© 2024 The Harbor Dispatch. All rights reserved.")],
    "03": [("title", "Baltimore: the families of the workers of the puente Key wait between the hope and the mourning"),
           ("navigation", "International | United States | Migration"),
           ("byline", "By Lucía Barrientos Ochoa, special envoy to Baltimore"),
           ("caption", "The relatives of Dorlian Ronial Castillo Cabrera pray in a church of Highlandtown, in the east of Baltimore (photo EFE/DR)"),
           ("advertisement", "Publicity"),
           ("related-links", "Read also: Who are the thousands of Latin Americans who build and repair the roads of the United States"),
           ("newsletter", "Receive each morning our newsletter of the Americas"),
           ("copyright", "© Diario del Istmo 2024 – All rights reserved")],
    "04": [("title", "NTSB: Dali lost power twice before it left the berth"),
           ("breadcrumb", "Home > Casualty & Salvage > Baltimore"),
           ("byline", "By Geoffrey Hartwell, Casualty Editor"),
           ("dateline", "Wednesday 15 May 2024, 06:30 ET"),
           ("caption", "The Dali, with the remains of a bridge truss on its bow, after Monday's controlled demolition. (Maritime Ledger/Unified Command handout)"),
           ("duplicate", "(Maritime Ledger) – The container ship Dali suffered two electrical blackouts while it was still alongside in Baltimore, about ten hours before it sailed and struck the Francis Scott Key Bridge, the National Transportation Safety Board said yesterday in a preliminary report that gives the first official account of the failures behind the March 26 collapse."),
           ("advertisement", "Advertisement"),
           ("related-links", "Read also: How salvors cut the Key Bridge truss off the Dali"),
           ("newsletter", "Subscribe to the Maritime Ledger Daily Casualty Report"),
           ("copyright", "© 2024 Maritime Ledger Publishing Ltd. All rights reserved.")],
    "05": [("title", "Who pays for the Key Bridge?"),
           ("breadcrumb", "Analysis | Infrastructure | Maryland"),
           ("byline", "By Nathaniel Crewe"),
           ("standfirst", "The channel is open again. The argument over the bill is only beginning"),
           ("share", "Share this article: Email | Facebook | X"),
           ("caption", "A tug guides a car carrier through the reopened Fort McHenry channel past the remains of the Key Bridge. Photo: The Long View"),
           ("advertisement", "Advertisement"),
           ("related-links", "Read more: The pilots who could not stop a ship without power"),
           ("newsletter", "Sign up for The Long View weekly briefing"),
           ("copyright", "© 2024 The Long View Media Inc.")],
    "06": [("title", "Baltimore accident: Indian sailors imprisoned on the ship for 25 days, families worried"),
           ("breadcrumb", "Home / World / America"),
           ("byline", "Sandesh News Desk, New Delhi"),
           ("dateline", "Updated: 20 Apr 2024, 08:15 AM IST"),
           ("caption", "The container ship Dali stuck under the broken bridge in Baltimore (File photo)"),
           ("advertisement", "Advertisement"),
           ("related-links", "Read also: Which are the Indian companies that send sailors on foreign ships?"),
           ("newsletter", "Subscribe to our WhatsApp channel for the latest news"),
           ("copyright", "© 2024 Rashtriya Sandesh. All rights reserved.")],
}


# the news dateline 'BALTIMORE (Tidewater Wire) - ' (01) is neither body nor boilerplate
body = bodies(HERE, files, bp, r'^(BALTIMORE \(Tidewater Wire\) - )')

if __name__ == '__main__':
    write(HERE, "Cleaning key for corpus-r/articles. boilerplate: lines that must not remain in the cleaned text (short "
          "items, under 25 characters, are checked as whole lines of the cleaned text, longer ones as substrings). "
          "kinds: which boilerplate line is of which kind (index of the first line of that kind). body: the article "
          "paragraphs, which must all remain in the cleaned text. The news dateline 'BALTIMORE (Tidewater Wire) -' (01) "
          "is in neither list: keeping or dropping it is both fine. 04 carries its lead twice, the second copy (after "
          "the second paragraph) behind the tag '(Maritime Ledger) –': that copy is boilerplate (duplicate). 02 is a web "
          "page with a cookie banner, navigation, a section label, a share bar, a photo caption, an inline "
          "'Advertisement', tags, a comment prompt, related stories and a footer. The visible date line 'Wednesday 15 May "
          "2024, 06:30 ET' (04) and 'Updated: 20 Apr 2024, 08:15 AM IST' (06) are boilerplate (dateline); 03 and 05 have "
          "none; 06 (machine-translated from Hindi) has a breadcrumb, a desk byline, a '(File photo)' caption and a "
          "WhatsApp subscription prompt. The machine-translated 03 calls its "
          "advertisement slot 'Publicity'; 'Read also:' and 'Read more:' lines are related links; 05 has a standfirst "
          "under its title and a share line naming X among the networks; 03's caption ends with '(photo EFE/DR)'.",
          files, bp, body)
