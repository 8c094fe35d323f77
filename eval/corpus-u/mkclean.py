"""Writes keys/cleaning.json for corpus-u: boilerplate that must go, article paragraphs that must stay.

The body paragraphs are taken from the article files (text minus the boilerplate lines below; for the HTML page the
<p> elements of the story body), so they are exactly what the articles say.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from cleaning_keys import bodies, write  # noqa: E402
files = {"01": "01_bosphorus-press.jsonl", "02": "02_levant-ledger.html", "03": "03_yeni-gundem.txt",
         "04": "04_al-shamal.txt", "05": "05_meridian-review.txt", "06": "06_gulf-chronicle.txt"}

# (kind, line); kinds are for information (several lines may share a kind; 'kinds' keeps the first index of each)
bp = {
    "01": [("byline", "By Selin Aydemir and Karim Nassar"),
           ("advertisement", "Advertisement"),
           ("credit", "Reporting by Selin Aydemir in Istanbul and Karim Nassar in Beirut; editing by Tom Whitfield"),
           ("copyright", "© 2023 Bosphorus Press Agency. All rights reserved.")],
    "02": [("cookie-notice", "This site uses cookies to measure audiences and personalise content. You can change your choice at any time."),
           ("cookie-notice", "Accept all"), ("cookie-notice", "Cookie settings"),
           ("navigation", "Home"), ("navigation", "Lebanon"), ("navigation", "Syria"),
           ("navigation", "Region"), ("navigation", "Economy"), ("navigation", "Comment"),
           ("breadcrumb", "Syria / Earthquake"),
           ("title", "UN wins two more crossings into Syria's quake zone, a week late"),
           ("byline", "By Rania Haddad, Syria Correspondent"),
           ("share", "Facebook"), ("share", "Twitter"), ("share", "WhatsApp"), ("share", "Telegram"),
           ("caption", "Aid trucks wait at the Bab al-Hawa crossing on the Turkish-Syrian border. Photo: Ledger/Omar Haj Kadour"),
           ("advertisement", "Advertisement"),
           ("tags", "Topics: Earthquake Humanitarian aid United Nations"),
           ("comment-prompt", "Have your say: log in to join the conversation."),
           ("related-links", "More on the earthquake"),
           ("related-links", "Jindires digs out, street by street"),
           ("related-links", "Tremors felt in Beirut as residents sleep in cars"),
           ("related-links", "Washington issues six-month sanctions waiver for quake aid"),
           ("footer", "About us"), ("footer", "Contact"), ("footer", "Privacy policy"),
           ("footer", "Terms and conditions"),
           ("copyright", "© 2023 The Levant Ledger. All rights reserved.")],
    "03": [("breadcrumb", "Yeni Gündem | Home > Agenda > Earthquake"),
           ("title", "Detention wave against the contractors: 113 persons are sought"),
           ("dateline", "12.02.2023 - 11:42"),
           ("byline", "By Emre Çelik / Ankara"),
           ("credit", "[This text has been translated automatically from Turkish]"),
           ("caption", "Photo: The wreck of a building which collapsed in Antakya, in the province of Hatay (YG/Archive)"),
           ("duplicate", "(Yeni Gündem) - After the earthquakes centred in Kahramanmaras which destroyed 10 provinces, the judicial authorities have started an investigation against the contractors of the collapsed buildings, and the number of the persons for whom detention decision is given has reached 113."),
           ("advertisement", "Advertisement"),
           ("related-links", "Read also: In Gaziantep the historic castle has been damaged by the earthquake"),
           ("newsletter", "To receive our news each morning, subscribe to our bulletin"),
           ("copyright", "© Yeni Gündem 2023 - All rights reserved")],
    "04": [("masthead", "Al-Shamal Al-Souri - The Syrian North"),
           ("breadcrumb", "Home / News / Earthquake of the North"),
           ("title", "New earthquake renews the panic in the north of Syria two weeks after the catastrophe"),
           ("byline", "Written by: Mahmoud Al-Abdullah - Idlib"),
           ("credit", "Translated from the Arabic by the translation department of Al-Shamal"),
           ("advertisement", "Advertisement"),
           ("caption", "Photo: Families of Jandaris spend the night in the open air after the new earthquake (Al-Shamal)"),
           ("related-links", "Read also: The Civil Defence ends the operations of search in the north-west and begins the removal of the rubble"),
           ("copyright", "All rights reserved to Al-Shamal Al-Souri © 2023")],
    "05": [("breadcrumb", "Europe | Analysis | Turkey"),
           ("title", "The fault lines under Erdoğan"),
           ("standfirst", "Seventeen days after the earthquakes, the rubble is political too"),
           ("byline", "By Oliver Penrose"),
           ("share", "Share: Email | Facebook | Twitter | LinkedIn"),
           ("caption", "Caption: Rescuers search a collapsed block in Kahramanmaraş. Photograph: The Meridian Review"),
           ("advertisement", "Advertisement"),
           ("related-links", "Read more: How Turkey's earthquake tax went missing"),
           ("newsletter", "Sign up for our weekly Europe briefing"),
           ("copyright", "© 2023 The Meridian Review Ltd")],
    "06": [("masthead", "THE GULF CHRONICLE"),
           ("breadcrumb", "World | Middle East"),
           ("title", "Assad visits Aleppo as Syria's quake toll rises; first UN aid reaches northwest"),
           ("dateline", "Published: Friday, February 10, 2023, 18:20 GST"),
           ("byline", "By Faisal Al Mansoori, Staff Reporter"),
           ("advertisement", "Advertisement"),
           ("related-links", "Read more: UAE pledges Dh 367 million in earthquake relief for Syria and Turkey"),
           ("newsletter", "Download the Gulf Chronicle app for breaking news alerts"),
           ("copyright", "Copyright © 2023 Gulf Chronicle Media. All rights reserved.")],
}


# the news dateline 'ISTANBUL (Bosphorus Press Agency) - ' (01) is neither body nor boilerplate
body = bodies(HERE, files, bp, r'^(ISTANBUL \(Bosphorus Press Agency\) - )', body_div='article-body', end_div='tags',
              ad_div='ad-slot')

if __name__ == '__main__':
    write(HERE, "Cleaning key for corpus-u/articles. boilerplate: lines that must not remain in the cleaned text (short "
          "items, under 25 characters, are checked as whole lines of the cleaned text, longer ones as substrings). "
          "kinds: which boilerplate line is of which kind (index of the first line of that kind). body: the article "
          "paragraphs, which must all remain in the cleaned text. The news dateline 'ISTANBUL (Bosphorus Press "
          "Agency) -' (01) is in neither list: keeping or dropping it is both fine. 03 carries its lead twice, the "
          "second copy (after the second paragraph and the photo caption) behind the tag '(Yeni Gündem) -': that copy "
          "is boilerplate (duplicate); 03 also has a machine-translation notice in brackets under its byline and 04 a "
          "translator's credit line. 02 is a web page with a cookie banner, navigation, a section label, a share bar, "
          "a photo caption, an inline 'Advertisement', topic tags, a comment prompt, related stories and a footer. The "
          "visible date lines '12.02.2023 - 11:42' (03, day before month) and 'Published: Friday, February 10, 2023, "
          "18:20 GST' (06, under a masthead line 'THE GULF CHRONICLE' that is boilerplate too) are boilerplate "
          "(dateline); 04 and 05 have none. 04 opens with a masthead line; its photo caption starts 'Photo:' and sits "
          "between two body paragraphs. 05 has a standfirst under its title, a share line and a caption starting "
          "'Caption:'. 'Read also:' and 'Read more:' lines are related links; 06 ends with an app prompt (newsletter).",
          files, bp, body)
