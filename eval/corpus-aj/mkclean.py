"""Writes keys/cleaning.json for corpus-aj: boilerplate that must go, article paragraphs that must stay.

The body paragraphs are taken from the article files (text minus the boilerplate lines below; for the HTML page the
<p> elements of the story body), so they are exactly what the articles say.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from cleaning_keys import bodies, write  # noqa: E402
files = {"01": "01_eurasia-press-wire.jsonl", "02": "02_steppe-courier.html", "03": "03_evraziyskiy-vestnik.txt",
         "04": "04_westmarch-observer.txt", "05": "05_azat-dala.txt",
         "06": "06_longview-brief.txt"}

LEAD04 = ("Kazakhstan finally admitted yesterday how many people died in the first week of January: 225, the "
          "prosecutor general's office said, among them 19 police officers and soldiers. It is a figure that President "
          "Kassym-Jomart Tokayev spent a week avoiding, and it is larger than the 164 that state television reported "
          "last Sunday before the health ministry made it disappear.")

# (kind, line); kinds are for information (several lines may share a kind; 'kinds' keeps the first index of each)
bp = {
    "01": [("byline", "By Dana Ormond and Yerlan Sadykov"),
           ("advertisement", "Advertisement"),
           ("credit", "Reporting by Yerlan Sadykov in Almaty and Dana Ormond in London; editing by Paul Hendry"),
           ("copyright", "© 2022 Eurasia Press Wire. All rights reserved.")],
    "02": [("cookie-notice", "We use cookies to understand how our site is used and to show you relevant offers. By continuing you agree to our cookie policy."),
           ("cookie-notice", "I agree"), ("cookie-notice", "Manage cookies"),
           ("navigation", "Front page"), ("navigation", "Kazakhstan"), ("navigation", "Central Asia"),
           ("navigation", "Economy"), ("navigation", "Opinion"),
           ("breadcrumb", "Kazakhstan / January unrest"),
           ("title", "A week that broke Almaty: shoot-to-kill orders, foreign troops and a spymaster in a cell"),
           ("byline", "By Madina Kasymova, Almaty"),
           ("share", "Facebook"), ("share", "Telegram"), ("share", "X"), ("share", "Email"),
           ("caption", "The burnt-out city administration building on Republic Square in Almaty. Photo: The Steppe Courier"),
           ("advertisement", "Advertisement"),
           ("tags", "Tags: Almaty CSTO Security"),
           ("comment-prompt", "Join the discussion: sign in to leave a comment."),
           ("related-links", "See also"),
           ("related-links", "Zhanaozen, ten years after the shooting of the oil workers"),
           ("related-links", "Why the price of car gas doubled overnight"),
           ("related-links", "Opinion: What does Tokayev want?"),
           ("footer", "About us"), ("footer", "Advertise"), ("footer", "Privacy"),
           ("newsletter", "Get our morning newsletter"),
           ("copyright", "© 2022 The Steppe Courier LLP. All rights reserved.")],
    "03": [("masthead", "Evraziyskiy Vestnik"),
           ("breadcrumb", "Main > Politics > Kazakhstan"),
           ("title", "The peacekeepers of the ODKB begin to go home: the mission in Kazakhstan is fulfilled"),
           ("byline", "Author: Sergei Larionov, Almaty"),
           ("credit", "Translation from the Russian: international edition of Evraziyskiy Vestnik"),
           ("advertisement", "Advertising"),
           ("related-links", "Read also: «Bandits with the maps of the city»: how Almaty was defended"),
           ("newsletter", "Subscribe to our channel in Telegram"),
           ("copyright", "© Evraziyskiy Vestnik, 2022. The use of materials only with the link.")],
    "04": [("masthead", "The Westmarch Observer"),
           ("breadcrumb", "World | Central Asia | Comment and analysis"),
           ("title", "Kazakhstan's dead are counted at last, and Moscow collects its fee"),
           ("byline", "By Jonathan Ashdown"),
           ("standfirst", "The regime that ordered its soldiers to shoot without warning now wants the world to talk about reform"),
           ("share", "Share this article: Email | Facebook | X | LinkedIn"),
           ("caption", "Photo: Russian paratroopers at Almaty airport. Photograph: Westmarch Observer"),
           ("duplicate", "OBSERVER — " + LEAD04),
           ("related-links", "Read more: The oil town that has been angry since 2011"),
           ("advertisement", "Advertisement"),
           ("copyright", "© The Westmarch Observer 2022. All rights reserved."),
           ("newsletter", "Sign up to the Observer's World Briefing newsletter")],
    "05": [("masthead", "AZAT DALA"),
           ("breadcrumb", "Main page / Society / Qantar events"),
           ("title", "The soldiers have gone, the questions have remained: who will answer for the blood of Qantar?"),
           ("byline", "Author: Gulnar Temirbekova"),
           ("credit", "Machine translation from the Kazakh language. The editorial office is not responsible for inaccuracies of the translation."),
           ("caption", "Photo: Relatives of the detained wait before the building of the police department in Almaty. (Azat Dala)"),
           ("advertisement", "Advertising"),
           ("comment-prompt", "Do you know the name of a victim? Write to us: the form is below."),
           ("related-links", "Read also: «They took my son from the street»: the stories of the mothers of Almaty"),
           ("copyright", "© Azat Dala, 2022. All rights protected.")],
    "06": [("masthead", "The Longview Brief"),
           ("breadcrumb", "Analysis > Eurasia"),
           ("title", "Three weeks that remade Kazakhstan: Tokayev's crisis, Nazarbayev's exit and Moscow's favour"),
           ("byline", "By Clara Weisskopf, Senior Analyst"),
           ("newsletter", "Longview Brief readers get our weekly Eurasia digest free: subscribe now"),
           ("audio", "Listen to this article (9 min)"),
           ("related-links", "Related: Kazakhstan's oil towns: a decade of broken promises"),
           ("related-links", "Related: The CSTO explained: six states, one alliance, first deployment"),
           ("copyright", "Copyright © 2022 The Longview Brief. All rights reserved.")],
}


# the news dateline 'ALMATY, Kazakhstan (Eurasia Press Wire) - ' (01) is neither body nor boilerplate
body = bodies(HERE, files, bp, r'^(ALMATY, Kazakhstan \(Eurasia Press Wire\) - )')

if __name__ == '__main__':
    write(HERE, "Cleaning key for corpus-aj/articles. boilerplate: lines that must not remain in the cleaned text (short "
          "items, under 25 characters, are checked as whole lines of the cleaned text, longer ones as substrings). "
          "kinds: which boilerplate line is of which kind (index of the first line of that kind). body: the article "
          "paragraphs, which must all remain in the cleaned text. The news dateline 'ALMATY, Kazakhstan (Eurasia "
          "Press Wire) -' (01) is in neither list: keeping or dropping it is both fine. 01 (JSON Lines) has a byline, "
          "an inline 'Advertisement', a credit line and a copyright line in its text field. 02 is a web page with a "
          "cookie banner, navigation, a section label, a byline, a share bar, a photo caption, an inline "
          "'Advertisement', tags, a comment prompt, 'See also' related stories, a footer with a newsletter link and a "
          "copyright line. 03, machine-translated from Russian, has a masthead line 'Evraziyskiy Vestnik', a "
          "breadcrumb, a title, an 'Author:' byline, a translation credit, an advertisement slot called "
          "'Advertising', a 'Read also:' link with «...» quotes, a Telegram subscription prompt and a copyright line. "
          "04 carries its lead twice, the second copy (after the share line and the photo caption) behind the tag "
          "'OBSERVER —': that copy is boilerplate (duplicate); it also has a masthead, breadcrumb, title, byline, "
          "standfirst, 'Read more:', 'Advertisement', and a copyright line followed by a newsletter offer. 05, "
          "machine-translated from Kazakh, has a masthead 'AZAT DALA', a breadcrumb, a title, an 'Author:' byline, a "
          "machine-translation disclaimer, a caption starting 'Photo:' before the body, 'Advertising', a reader "
          "prompt ('Do you know the name of a victim? ...'), a 'Read also:' link and a copyright line. 06 has a "
          "masthead, breadcrumb, title, byline, a newsletter offer, an audio prompt ('Listen to this article (9 "
          "min)'), two 'Related:' links and a copyright line. No article has a visible date line.",
          files, bp, body)
