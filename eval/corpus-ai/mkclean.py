"""Writes keys/cleaning.json for corpus-ai: boilerplate that must go, article paragraphs that must stay.

The body paragraphs are taken from the article files (text minus the boilerplate lines below; for the HTML page the
<p> elements of the story body), so they are exactly what the articles say.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from cleaning_keys import bodies, write  # noqa: E402
files = {"01": "01_pacific-rim-wire.jsonl", "02": "02_strait-herald.html", "03": "03_shwe-nadi-news.txt",
         "04": "04_chao-phraya-daily.txt", "05": "05_lantern-review.txt",
         "06": "06_harbour-horizon.txt"}

LEAD05 = ("Myanmar's junta turned its guns on its own people yesterday, killing at least 26 unarmed protesters in the "
          "bloodiest day since the generals seized power, according to the UN human rights office. This morning, four "
          "weeks to the day after soldiers took her from her home before dawn, Aung San Suu Kyi appeared by video link "
          "before a court in Naypyidaw and was handed two more charges.")

# (kind, line); kinds are for information (several lines may share a kind; 'kinds' keeps the first index of each)
bp = {
    "01": [("byline", "By Thandar Lwin and Gareth Pryce"),
           ("advertisement", "Advertisement"),
           ("credit", "Reporting by Thandar Lwin in Yangon and Gareth Pryce in Bangkok; editing by Miriam Stokes"),
           ("copyright", "© 2021 Pacific Rim Wire. All rights reserved.")],
    "02": [("cookie-notice", "We use cookies to improve your experience and to show you relevant advertising. By continuing to browse you agree to our use of cookies."),
           ("cookie-notice", "I agree"), ("cookie-notice", "Manage preferences"),
           ("navigation", "Home"), ("navigation", "Nation"), ("navigation", "Asia"),
           ("navigation", "World"), ("navigation", "Business"), ("navigation", "Sport"),
           ("breadcrumb", "Asia / Myanmar crisis"),
           ("title", "Police open fire in Naypyitaw as Myanmar protests defy ban"),
           ("byline", "By Nurul Huda Karim, Regional Correspondent"),
           ("share", "Share on Facebook"), ("share", "Tweet"), ("share", "WhatsApp"), ("share", "Email"),
           ("caption", "Police use a water cannon on protesters on a highway in Naypyitaw. Photo: The Strait Herald"),
           ("advertisement", "Advertisement"),
           ("tags", "Tags: Myanmar Coup ASEAN"),
           ("comment-prompt", "Join the discussion: sign in to comment."),
           ("related-links", "See also"),
           ("related-links", "Who is Min Aung Hlaing, the general who took Myanmar back?"),
           ("related-links", "The nightly din: why Yangon bangs its pots and pans"),
           ("related-links", "Investors weigh the cost of the coup"),
           ("newsletter", "Get the Asia Briefing in your inbox every weekday morning."),
           ("footer", "About us"), ("footer", "Advertise with us"), ("footer", "Privacy policy"),
           ("footer", "Terms of use"),
           ("copyright", "© 2021 The Strait Herald Sdn Bhd. All rights reserved.")],
    "03": [("masthead", "Shwe Nadi News"),
           ("breadcrumb", "Home » News » Spring Revolution"),
           ("title", "Ma Mya Thwe Thwe Khaing who was shot by the military council has passed away, the people are mourning"),
           ("byline", "Reporter: Shwe Nadi News team"),
           ("credit", "This news was translated from the Burmese language by machine translation"),
           ("caption", "Photo: The people lighting candles for Ma Mya Thwe Thwe Khaing in Yangon (Shwe Nadi News)"),
           ("advertisement", "Advertisement"),
           ("related-links", "Read also: The nurses of Yangon: 'We will not go back'"),
           ("newsletter", "Follow Shwe Nadi News on Telegram for the news without cut"),
           ("copyright", "© Shwe Nadi News 2021. All rights reserved.")],
    "04": [("masthead", "Chao Phraya Daily"),
           ("breadcrumb", "Home > Foreign news > ASEAN"),
           ("title", "UN envoy reveals Myanmar loses 38 lives in one day, Thai government insists it is their internal matter"),
           ("dateline", "4 Mar. 2564 14:20 n."),
           ("byline", "Foreign news desk"),
           ("credit", "Translated from the Thai by the Chao Phraya Daily online service"),
           ("caption", "Photo: Security officers of Myanmar walk past the burning barricade in Yangon (Reuters photo via Chao Phraya Daily)"),
           ("advertisement", "Advertisement"),
           ("related-links", "Read more: The Thai mob and the Myanmar mob: the three fingers across the border"),
           ("newsletter", "Follow Chao Phraya Daily on LINE for the news every morning"),
           ("copyright", "Copyright © 2021 Chao Phraya Daily. All rights reserved.")],
    "05": [("masthead", "THE LANTERN REVIEW"),
           ("breadcrumb", "World / Asia / Myanmar"),
           ("title", "A massacre on Sunday, a show trial on Monday: Myanmar's generals stop pretending"),
           ("byline", "By Eleanor Vance"),
           ("standfirst", "The junta has answered a month of peaceful protest with bullets. The world has answered with statements"),
           ("share", "Share this article: Facebook | Twitter | Email"),
           ("caption", "Photo: Protesters shelter behind makeshift shields in Yangon. Photograph: The Lantern Review"),
           ("duplicate", "LANTERN — " + LEAD05),
           ("related-links", "Read more: The generals' billions: inside the Tatmadaw's business empire"),
           ("advertisement", "Advertisement"),
           ("newsletter", "Sign up for The Lantern Review's Asia newsletter"),
           ("copyright", "© 2021 The Lantern Review. All rights reserved.")],
    "06": [("masthead", "Harbour Horizon Weekly"),
           ("breadcrumb", "International > Southeast Asia > In-depth"),
           ("title", "The situation of Myanmar one month later: why Beijing wants stability and does not want to choose"),
           ("byline", "By Leung Wai-man (special commentator)"),
           ("credit", "Machine translation from the Chinese original; the translation was checked by the editors"),
           ("advertisement", "Advertisement"),
           ("caption", "Photo: The Chinese embassy in Yangon, where protesters gathered in February (Harbour Horizon / file photo)"),
           ("related-links", "Read more: The China–Myanmar Economic Corridor after the coup"),
           ("copyright", "© Harbour Horizon Weekly 2021. Reproduction without permission is prohibited.")],
}


# the news dateline 'YANGON, Myanmar (Pacific Rim Wire) - ' (01) is neither body nor boilerplate
body = bodies(HERE, files, bp, r'^(YANGON, Myanmar \(Pacific Rim Wire\) - )')

if __name__ == '__main__':
    write(HERE, "Cleaning key for corpus-ai/articles. boilerplate: lines that must not remain in the cleaned text (short "
          "items, under 25 characters, are checked as whole lines of the cleaned text, longer ones as substrings). "
          "kinds: which boilerplate line is of which kind (index of the first line of that kind). body: the article "
          "paragraphs, which must all remain in the cleaned text. The news dateline 'YANGON, Myanmar (Pacific Rim "
          "Wire) -' (01) is in neither list: keeping or dropping it is both fine. 01 (JSON Lines) has a byline, an "
          "inline 'Advertisement', a credit line and a copyright line inside its text field. 02 is a web page with a "
          "cookie notice and its two buttons, navigation, a breadcrumb (kicker), the headline, a byline, a share bar, "
          "a photo caption, an inline 'Advertisement', tags, a comment prompt, 'See also' related links, a newsletter "
          "offer and a footer with a copyright line; it carries no date at all. 03, machine-translated from Burmese, "
          "has a masthead line, a breadcrumb with '»', a title, a 'Reporter:' byline, a machine-translation credit, a "
          "caption starting 'Photo:' between body paragraphs, 'Advertisement', a 'Read also:' link, a Telegram "
          "prompt (newsletter) and a copyright line; no date line. 04, machine-translated from Thai, has a masthead, "
          "a breadcrumb, a title, a visible date line '4 Mar. 2564 14:20 n.' (Thai Buddhist-era year 2564 = 2021 CE, "
          "'n.' for the Thai 'naalikaa', o'clock; boilerplate, dateline), a desk byline, a translation credit, a "
          "caption, 'Advertisement', a 'Read more:' link, a LINE prompt (newsletter) and a copyright line. 05 carries "
          "its lead twice: the first copy (right after the standfirst) is the body, the second copy (after the "
          "share line and the photo caption) behind the tag 'LANTERN —' is boilerplate (duplicate); it also has a "
          "masthead line, a breadcrumb, a title, a byline, a standfirst, a 'Read more:' link, 'Advertisement', a "
          "newsletter prompt and a copyright line; no date line. 06, machine-translated from Chinese, has a masthead, "
          "a breadcrumb, a title, a byline, a machine-translation credit, 'Advertisement', a caption, a 'Read more:' "
          "link and a copyright line; no date line.",
          files, bp, body)
