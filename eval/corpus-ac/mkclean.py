"""Writes keys/cleaning.json for corpus-ac: boilerplate that must go, article paragraphs that must stay.

The body paragraphs are taken from the article files (text minus the boilerplate lines below; for the HTML page the
<p> elements of the story body), so they are exactly what the articles say.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from cleaning_keys import bodies, write  # noqa: E402
files = {"01": "01_meridian-wire.jsonl", "02": "02_gulf-ledger.html", "03": "03_sobh-e-mellat.txt",
         "04": "04_yeni-ufuk.txt", "05": "05_crossroads-review.txt"}

# (kind, line); kinds are for information (several lines may share a kind; 'kinds' keeps the first index of each)
bp = {
    "01": [("byline", "By Nadia Rostami and Owen Pryce"),
           ("advertisement", "Advertisement"),
           ("credit", "Reporting by Nadia Rostami in Dubai and Owen Pryce in Istanbul; editing by Helen Marsh"),
           ("copyright", "© 2024 Meridian Wire. All rights reserved.")],
    "02": [("cookie-notice", "This site uses cookies for analytics and personalised advertising. You can change your choice at any time."),
           ("cookie-notice", "Accept all"), ("cookie-notice", "Reject"),
           ("navigation", "Home"), ("navigation", "Region"), ("navigation", "Energy"),
           ("navigation", "Markets"), ("navigation", "Opinion"),
           ("breadcrumb", "Region / Iran"),
           ("title", "Tehran buries a president and looks for the next one"),
           ("byline", "By Yusuf Al-Marri, Regional Affairs Editor"),
           ("share", "Share on X"), ("share", "Facebook"), ("share", "Telegram"), ("share", "Copy link"),
           ("caption", "Mourners carry portraits of the late president through Enghelab Square in the Iranian capital. Photo: Ledger / agencies"),
           ("advertisement", "Advertisement"),
           ("tags", "Tags: Iran Ebrahim Raisi Elections"),
           ("comment-prompt", "What do you think? Log in to join the conversation."),
           ("related-links", "More on Iran"),
           ("related-links", "Who is Mohammad Mokhber, Iran's caretaker president?"),
           ("related-links", "Oil shrugs off the Iran crash"),
           ("related-links", "Sanctions and an ageing helicopter fleet"),
           ("footer", "About us"), ("footer", "Contact"), ("footer", "Privacy policy"),
           ("footer", "Terms and conditions"),
           ("copyright", "© 2024 The Gulf Ledger FZ-LLC. All rights reserved.")],
    "03": [("masthead", "Sobh-e Mellat"),
           ("navigation", "Home | Politics | Elections 1403"),
           ("title", "Dr. Pezeshkiyan, ninth president of the Islamic Republic: «we extend the hand of friendship to all»"),
           ("dateline", "Saturday 16 Tir 1403 – 6 July 2024, 09:40"),
           ("credit", "Political service – translated from the Persian by the international desk"),
           ("caption", "Photo: The citizens in the queue before a bureau of vote in the south of Tehran (IRNA)"),
           ("advertisement", "Publicity"),
           ("related-links", "Read also: Who is Masoud Pezeshkiyan, the surgeon who defeated the favorites"),
           ("newsletter", "Subscribe to the channel of Sobh-e Mellat to receive the news of the elections"),
           ("copyright", "© Sobh-e Mellat 1403 – All rights of the material reserved")],
    "04": [("masthead", "Yeni Ufuk"),
           ("breadcrumb", "World > Middle East"),
           ("title", "AKINCI found the wreck of Reisi in the fog: the night that Turkey searched on Iran's mountains"),
           ("byline", "By Elif Karataş, Ankara"),
           ("credit", "This news was translated from the Turkish by the Yeni Ufuk English service"),
           ("caption", "Photo: The AKINCI İHA on the runway of Batman before its departure to Iran (MSB)"),
           ("duplicate", "(Yeni Ufuk) - The AKINCI unmanned aerial vehicle (İHA) of the Turkish Armed Forces, sent at the request of Iran, has detected in the early hours of yesterday the wreck of the helicopter carrying the Iranian President İbrahim Reisi, the Ministry of National Defence (MSB) has announced. The nine people on board, among them Foreign Minister Hüseyin Emir Abdullahiyan, have lost their lives."),
           ("advertisement", "Advertisement"),
           ("related-links", "Read also: Erdoğan and Reisi: from the gas to the Zangezur corridor"),
           ("newsletter", "Subscribe to the Yeni Ufuk newsletter for the most read news of the day"),
           ("copyright", "© 2024 Yeni Ufuk Gazetecilik A.Ş. All rights reserved")],
    "05": [("title", "Iran's accidental reformist"),
           ("breadcrumb", "Middle East | Analysis | Iran"),
           ("byline", "By Thomas Whitlock"),
           ("standfirst", "A helicopter crash in the fog opened the door to a heart surgeon. How far he can walk through it is another matter"),
           ("share", "Share: Email | X | Facebook | LinkedIn"),
           ("caption", "Photograph: Supporters of Masoud Pezeshkian celebrate in Tehran on Saturday. Credit: The Crossroads Review"),
           ("related-links", "Read more: The Guardian Council and the art of choosing who may choose"),
           ("advertisement", "Advertisement"),
           ("newsletter", "Sign up for the Crossroads weekly briefing"),
           ("copyright", "© 2024 The Crossroads Review Ltd")],
}

# the news dateline 'DUBAI (Meridian Wire) - ' (01) is neither body nor boilerplate
body = bodies(HERE, files, bp, r'^(DUBAI \(Meridian Wire\) - )', body_div='story-body', end_div='story-tags',
              ad_div='ad-slot')

if __name__ == '__main__':
    write(HERE, "Cleaning key for corpus-ac/articles. boilerplate: lines that must not remain in the cleaned text (short "
          "items, under 25 characters, are checked as whole lines of the cleaned text, longer ones as substrings). "
          "kinds: which boilerplate line is of which kind (index of the first line of that kind). body: the article "
          "paragraphs, which must all remain in the cleaned text. The news dateline 'DUBAI (Meridian Wire) -' (01) is "
          "in neither list: keeping or dropping it is both fine. 04 carries its lead twice, the second copy (after the "
          "second paragraph and the photo caption) behind the tag '(Yeni Ufuk) -': that copy is boilerplate "
          "(duplicate); 04 has a masthead line 'Yeni Ufuk' and a translator's credit line under its byline, 03 a "
          "masthead line 'Sobh-e Mellat' and a credit line under its date line. 02 is a web page with a cookie banner, "
          "navigation, a section label, a share bar, a photo caption, an inline 'Advertisement', tags, a comment "
          "prompt, related stories and a footer. The visible date line 'Saturday 16 Tir 1403 – 6 July 2024, 09:40' (03, "
          "Persian calendar with its Gregorian date) is boilerplate (dateline); 04 and 05 have none. The "
          "machine-translated 03 calls its advertisement slot 'Publicity'; 'Read also:' and 'Read more:' lines are "
          "related links; 03's and 04's captions begin 'Photo:', 05's 'Photograph:'; 05 has a standfirst under its "
          "byline and a share line.",
          files, bp, body)
