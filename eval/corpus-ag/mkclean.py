"""Writes keys/cleaning.json for corpus-ag: boilerplate that must go, article paragraphs that must stay.

The body paragraphs are taken from the article files (text minus the boilerplate lines below; for the HTML page the
<p> elements of the story body), so they are exactly what the articles say.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from cleaning_keys import bodies, write  # noqa: E402
files = {"01": "01_atlantic-wire.jsonl", "02": "02_narrows-gazette.html", "03": "03_courrier-maritime.txt",
         "04": "04_indus-evening-post.txt", "05": "05_fathom-review.txt", "06": "06_daily-current.txt"}

# (kind, line); kinds are for information (several lines may share a kind; 'kinds' keeps the first index of each)
bp = {
    "01": [("byline", "By Megan Thorne and Daniel Osei"),
           ("advertisement", "Advertisement"),
           ("credit", "Reporting by Megan Thorne in Boston and Daniel Osei in St. John's; editing by Ruth Calder"),
           ("copyright", "© 2023 Atlantic Wire. All rights reserved.")],
    "02": [("cookie-notice", "We use cookies to give you the best experience on our site and to measure our audience. Continue browsing to accept."),
           ("cookie-notice", "Accept"), ("cookie-notice", "Privacy options"),
           ("navigation", "Home"), ("navigation", "Local"), ("navigation", "Fisheries"),
           ("navigation", "Offshore"), ("navigation", "Sports"), ("navigation", "Opinion"),
           ("breadcrumb", "Local / Offshore"),
           ("title", "Titan debris brought ashore in St. John's as investigators take over"),
           ("byline", "By Colleen Walsh, Waterfront Reporter"),
           ("share", "Facebook"), ("share", "Twitter"), ("share", "Email"), ("share", "Print"),
           ("caption", "A crane lifts a piece of the Titan from the deck of the Horizon Arctic at Pier 17. Photo: Gazette staff"),
           ("advertisement", "Advertisement"),
           ("tags", "Tags: OceanGate Titanic Port of St. John's TSB"),
           ("comment-prompt", "Join the conversation: sign in to comment on this story."),
           ("related-links", "Related stories"),
           ("related-links", "Polar Prince returns to port under grey skies"),
           ("related-links", "Is deep-sea tourism worth the risk?"),
           ("related-links", "Titanic exhibits see a surge of visitors"),
           ("footer", "About the Gazette"), ("footer", "Contact"), ("footer", "Terms of service"),
           ("footer", "Advertise"),
           ("copyright", "© 2023 Narrows Gazette Media Inc. All rights reserved.")],
    "03": [("title", "Disappearance of the Titan: « PH », the Mister Titanic, rests forever near his wreck"),
           ("navigation", "Home | International | Oceans"),
           ("byline", "By Yannick Le Goff, at Brest"),
           ("dateline", "Published the 23/06/2023 at 09h15 – Updated at 11h40"),
           ("caption", "Photo: Paul-Henri Nargeolet in 2013, in his office. (AFP/DR)"),
           ("advertisement", "Publicity"),
           ("related-links", "Read also: Titanic, the business of the deep tourism"),
           ("copyright", "© Le Courrier Maritime 2023 – All rights reserved")],
    "04": [("title", "Father and son on the last dive: Dawood family speaks of its grief"),
           ("breadcrumb", "Home > World > Karachi"),
           ("byline", "Staff Reporter | Translated from the Urdu edition"),
           ("duplicate", "(Indus Evening Post) - The Dawood family of Karachi, one of the most known business families of the country, has declared that Shehzada Dawood and his son Suleman Dawood, who were on board the Titan submersible near the wreck of the Titanic, have passed away, and has requested the nation for prayers."),
           ("advertisement", "Advertisement"),
           ("caption", "Photo: Shahzada Dawood and Suleman Dawood in a family photograph (family handout)"),
           ("related-links", "Read also: What is an implosion, and why is the deep sea so dangerous?"),
           ("newsletter", "Subscribe to our WhatsApp channel for the latest news"),
           ("copyright", "© Indus Evening Post, 2023")],
    "05": [("title", "The warnings nobody wanted to hear"),
           ("breadcrumb", "Analysis | Regulation | Oceans"),
           ("byline", "By Eleanor Vance"),
           ("standfirst", "What the Coast Guard's hearing on the Titan reveals about a company that treated safety rules as an obstacle"),
           ("share", "Share: Email | Facebook | X | LinkedIn"),
           ("advertisement", "Advertisement"),
           ("newsletter", "Newsletter: Get The Fathom Review's weekly briefing on the oceans"),
           ("copyright", "© 2024 The Fathom Review")],
    "06": [("masthead", "THE DAILY CURRENT"),
           ("dateline", "Wed 21 Jun 2023 19:05 EDT"),
           ("title", "'Banging' heard under the sea as Titan's air runs low"),
           ("byline", "By Travis Bennett"),
           ("advertisement", "Advertisement"),
           ("related-links", "Read more: Inside the Titan: a game controller, one toilet and no seats"),
           ("newsletter", "Sign up for our breaking news alerts"),
           ("copyright", "© 2023 The Daily Current")],
}


# the news datelines 'BOSTON (Atlantic Wire) - ' (01) and 'KARACHI: ' (04) are neither body nor boilerplate
body = bodies(HERE, files, bp, r'^(BOSTON \(Atlantic Wire\) - |KARACHI: )', body_div='article-body',
              end_div='story-tags', ad_div='ad-slot')

if __name__ == '__main__':
    write(HERE, "Cleaning key for corpus-ag/articles. boilerplate: lines that must not remain in the cleaned text (short "
          "items, under 25 characters, are checked as whole lines of the cleaned text, longer ones as substrings). "
          "kinds: which boilerplate line is of which kind (index of the first line of that kind). body: the article "
          "paragraphs, which must all remain in the cleaned text. The news datelines 'BOSTON (Atlantic Wire) -' (01) "
          "and 'KARACHI:' (04) are in neither list: keeping or dropping them is both fine. 04 carries its lead twice, "
          "the second copy (after the second paragraph) behind the tag '(Indus Evening Post) -': that copy is "
          "boilerplate (duplicate); 04's byline line 'Staff Reporter | Translated from the Urdu edition' is boilerplate. "
          "02 is a web page with a cookie banner, navigation, a section kicker, a share bar, a photo caption, an inline "
          "'Advertisement', tags, a comment prompt, related stories and a footer. The visible date lines 'Published "
          "the 23/06/2023 at 09h15 – Updated at 11h40' (03, day before month) and 'Wed 21 Jun 2023 19:05 EDT' (06, "
          "under a masthead line 'THE DAILY CURRENT' that is boilerplate too) are boilerplate (dateline); 04 and 05 "
          "have none. The machine-translated 03 calls its advertisement slot 'Publicity' and its caption starts "
          "'Photo:'; 03's first line under the date line ('Paul-Henri Nargeolet, 77 years, had dived ...') is the "
          "French chapô and is keyed as body (it carries facts and a date); 05's line under its byline ('What the "
          "Coast Guard's hearing ...') is a standfirst and is boilerplate, as is its share line; 'Read also:' and "
          "'Read more:' lines are related links; 'Newsletter:', 'Subscribe to our WhatsApp channel' and 'Sign up for "
          "our breaking news alerts' are newsletter prompts.",
          files, bp, body)
