"""Writes keys/cleaning.json for corpus-t: boilerplate that must go, article paragraphs that must stay.

The body paragraphs are taken from the article files (text minus the boilerplate lines below; for the HTML page the
<p> elements of the story body), so they are exactly what the articles say.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from cleaning_keys import bodies, write  # noqa: E402
files = {"01": "01_pacific-wire.jsonl", "02": "02_formosa-ledger.html", "03": "03_huaxia-review.txt",
         "04": "04_kanto-shimbun.txt", "05": "05_longview.txt", "06": "06_straits-review.txt"}

# (kind, line); kinds are for information (several lines may share a kind; 'kinds' keeps the first index of each)
bp = {
    "01": [("byline", "By Daniel Ostrowski and Lin Pei-chun"),
           ("advertisement", "Advertisement"),
           ("credit", "Reporting by Daniel Ostrowski and Lin Pei-chun in Taipei; editing by Clara Huysmans"),
           ("copyright", "© 2024 Pacific Wire. All rights reserved.")],
    "02": [("cookie-notice", "This site uses cookies for analytics and personalised advertising. See our privacy policy to learn more."),
           ("cookie-notice", "Accept all"), ("cookie-notice", "Reject"),
           ("navigation", "Home"), ("navigation", "Taiwan"), ("navigation", "Cross-Strait"),
           ("navigation", "Diplomacy"), ("navigation", "Business"), ("navigation", "Opinion"),
           ("breadcrumb", "Diplomacy / Allies"),
           ("title", "Nauru drops Taiwan for Beijing two days after Lai's win"),
           ("byline", "By Kuo Ya-ting, Diplomatic Correspondent"),
           ("share", "Facebook"), ("share", "X"), ("share", "LINE"), ("share", "Copy link"),
           ("caption", "Deputy Foreign Minister Tien Chung-kwang announces the break with Nauru at the foreign ministry in Taipei. Photo: The Formosa Ledger"),
           ("advertisement", "Advertisement"),
           ("tags", "Topics: Nauru Diplomatic allies Election 2024"),
           ("comment-prompt", "Have your say: log in to comment on this story."),
           ("related-links", "More from the Ledger"),
           ("related-links", "Lai promises dialogue, not confrontation, in victory speech"),
           ("related-links", "A hung legislature: what the TPP wants for its eight seats"),
           ("related-links", "Explainer: Taiwan's remaining Pacific allies"),
           ("footer", "About us"), ("footer", "Contact"), ("footer", "Privacy policy"), ("footer", "Subscribe"),
           ("copyright", "© 2024 The Formosa Ledger Co., Ltd. All rights reserved.")],
    "03": [("masthead", "Huaxia Review · Cross-Strait Channel"),
           ("breadcrumb", "Home > Cross-Strait > Military"),
           ("title", "PLA Eastern Theater Command launches «Joint Sword-2024A» exercises around Taiwan island, strong punishment for «Taiwan independence» separatist forces"),
           ("dateline", "2024-05-24 08:15   Source: Huaxia Review   Editor: Zhang Lei"),
           ("credit", "[Machine translation from Chinese; for reference only]"),
           ("caption", "Photo: A fighter plane of the Eastern Theater Command takes off for the exercise area (Photo by Xinhua)"),
           ("advertisement", "Advertisement"),
           ("related-links", "Read also: Spokesperson: the Taiwan compatriots are our flesh-and-blood brothers"),
           ("credit", "Responsible editor: Zhang Lei"),
           ("copyright", "Copyright © Huaxia Review. All rights reserved. Reproduction without authorisation is prohibited.")],
    "04": [("breadcrumb", "Kanto Shimbun Digital | International | China・Taiwan"),
           ("title", "Lai-shi assumes office as Taiwan \"president\", calls on China to stop «intimidation»; some 30 Japanese Diet members attend"),
           ("byline", "By Mori Haruka (Taipei bureau)"),
           ("credit", "※This article is an automatic translation of the Japanese original."),
           ("caption", "(Photo) Lai-shi and the vice-president Hsiao Bi-khim-shi wave their hands to the citizens after the ceremony on the 20th = Taipei, Mori Haruka photographing"),
           ("advertisement", "[Advertisement]"),
           ("related-links", "▼Read also: The «semiconductor diplomacy» of Taiwan and the TSMC factory in Kumamoto"),
           ("newsletter", "Newsletter registration: the morning digest of the international news arrives at 7 o'clock every day"),
           ("copyright", "Copyright © The Kanto Shimbun. Unauthorised reproduction is prohibited.")],
    "05": [("masthead", "The Longview"),
           ("breadcrumb", "Asia | Analysis | Taiwan"),
           ("title", "Squeezed from both sides"),
           ("standfirst", "President Lai Ching-te has spent his first ten days in office facing Chinese warships outside and a hostile legislature at home"),
           ("byline", "By Fiona Bramwell"),
           ("share", "Share: Email | Facebook | X | LinkedIn"),
           ("duplicate", "(The Longview) - Few new presidents have had a first week like William Lai's. Three days after he was sworn in, China's army surrounded Taiwan with warships and bombers; yesterday the opposition-controlled legislature passed a package of bills that would hand it sweeping new powers over his government."),
           ("caption", "Photo: Protesters outside the Legislative Yuan in Taipei. Photograph: The Longview"),
           ("advertisement", "Advertisement"),
           ("related-links", "Read more: Inside the cabinet of Cho Jung-tai, the premier who has to deal with Han"),
           ("newsletter", "Sign up for The Longview Asia briefing, every Wednesday"),
           ("copyright", "© 2024 The Longview Media Ltd. All rights reserved.")],
    "06": [("masthead", "THE STRAITS REVIEW"),
           ("breadcrumb", "World / Asia / Greater China"),
           ("dateline", "Friday, February 2, 2024"),
           ("title", "Han Kuo-yu wins Taiwan speakership as TPP sits out the run-off"),
           ("byline", "By Alvin Goh in Taipei"),
           ("advertisement", "Advertisement"),
           ("caption", "Photo caption: Han Kuo-yu raises his fist after his election as speaker in Taipei on Thursday. (Straits Review/Alvin Goh)"),
           ("related-links", "Read more: Lai's first cabinet: who is Cho Jung-tai?"),
           ("newsletter", "Get the Straits Review's Asia briefing in your inbox every weekday"),
           ("copyright", "© 2024 Straits Review Media Pte Ltd. All rights reserved.")],
}


# the news datelines 'TAIPEI (Pacific Wire) - ' (01) and 'TAIPEI = Mori Haruka. ' (04) are neither body nor boilerplate
body = bodies(HERE, files, bp, r'^(TAIPEI \(Pacific Wire\) - |TAIPEI = Mori Haruka\. )', body_div='story-body',
              end_div='story-tags', ad_div='ad-slot')

if __name__ == '__main__':
    write(HERE, "Cleaning key for corpus-t/articles. boilerplate: lines that must not remain in the cleaned text (short "
          "items, under 25 characters, are checked as whole lines of the cleaned text, longer ones as substrings). "
          "kinds: which boilerplate line is of which kind (index of the first line of that kind). body: the article "
          "paragraphs, which must all remain in the cleaned text. The news datelines 'TAIPEI (Pacific Wire) -' (01) and "
          "'TAIPEI = Mori Haruka.' (04, the Japanese convention) are in neither list: keeping or dropping them is both "
          "fine. 05 carries its lead twice, the second copy (after the second paragraph) behind the tag '(The Longview) "
          "-': that copy is boilerplate (duplicate). 02 is a web page with a cookie banner, navigation, a section label, "
          "a share bar, a photo caption, an inline 'Advertisement', topic tags, a comment prompt, related stories and a "
          "footer. The visible date lines '2024-05-24 08:15   Source: Huaxia Review   Editor: Zhang Lei' (03, ISO order, "
          "with source and editor) and 'Friday, February 2, 2024' (06, under a masthead line 'THE STRAITS REVIEW') are "
          "boilerplate (dateline); 04 and 05 have none. 03 has a machine-translation notice under its date line and a "
          "'Responsible editor' line at the end (credit); 04 has an automatic-translation notice under its byline, a "
          "caption opened by '(Photo)', an '[Advertisement]' slot and a '▼Read also:' line; 05 has a standfirst and a "
          "share line; 06's caption opens with 'Photo caption:'.", files, bp, body)
