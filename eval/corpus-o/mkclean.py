"""Writes keys/cleaning.json for corpus-o: boilerplate that must go, article paragraphs that must stay.

The body paragraphs are taken from the article files (text minus the boilerplate lines below; for the HTML page the
<p> elements of the story body), so they are exactly what the articles say.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from cleaning_keys import bodies, write  # noqa: E402
files = {"01": "01_meridian-wire.jsonl", "02": "02_chao-phraya-chronicle.html", "03": "03_journal-de-l-asie.txt",
         "04": "04_siam-ledger.txt", "05": "05_rheinischer-kurier.txt", "06": "06_harbourside-review.txt"}

# (kind, line); kinds are for information (several lines may share a kind; 'kinds' keeps the first index of each)
bp = {
    "01": [("byline", "By Hannah Corbett and Natthaphon Sirisuk"),
           ("advertisement", "Advertisement"),
           ("credit", "Reporting by Hannah Corbett and Natthaphon Sirisuk in Bangkok; editing by Fiona Aldridge"),
           ("copyright", "© 2023 Meridian Wire. All rights reserved.")],
    "02": [("cookie-notice", "This site uses cookies to personalise content and ads and to analyse our traffic. You can change your choices at any time."),
           ("cookie-notice", "Accept all"), ("cookie-notice", "Cookie settings"),
           ("navigation", "Home"), ("navigation", "Thailand"), ("navigation", "Politics"),
           ("navigation", "Region"), ("navigation", "Business"), ("navigation", "Lifestyle"),
           ("navigation", "Opinion"),
           ("breadcrumb", "Politics / Election 2023"),
           ("title", "Senate leaves Pita 51 votes short in first vote for prime minister"),
           ("byline", "By Warisa Thongdee, Political Reporter"),
           ("share", "Facebook"), ("share", "X"), ("share", "LINE"), ("share", "Copy link"),
           ("caption", "Pita Limjaroenrat waves to supporters outside Parliament in Bangkok on Thursday evening. Chronicle photo by Nattawut Saelim"),
           ("advertisement", "Advertisement"),
           ("tags", "Tags: Election 2023 Move Forward Senate"),
           ("comment-prompt", "Have your say: log in to join the conversation below."),
           ("related-links", "More on this story"),
           ("related-links", "What the eight-party memorandum of understanding says"),
           ("related-links", "Who are the 250 senators, and who appointed them?"),
           ("related-links", "Baht slips as markets wait for a prime minister"),
           ("footer", "About us"), ("footer", "Contact"), ("footer", "Advertise with us"),
           ("footer", "Privacy policy"),
           ("copyright", "© 2023 The Chao Phraya Chronicle. All rights reserved.")],
    "03": [("title", "Thailand: Pita Limcharoenrat suspended by the Constitutional Court, his candidacy buried by the Parliament"),
           ("navigation", "Home | International | Asia | Thailand"),
           ("byline", "By Mathilde Roussel, correspondent at Bangkok"),
           ("dateline", "Published the 20/07/2023 at 06h45 – Updated at 09h10"),
           ("caption", "Supporters of the party Move Forward in front of the Parliament, at Bangkok, Wednesday in the evening (photo AFP/DR)"),
           ("advertisement", "Publicity"),
           ("related-links", "Read also: At Bangkok, the youth of the « orange wave » does not want to renounce"),
           ("newsletter", "Receive each morning our letter Asia"),
           ("copyright", "© Le Journal de l'Asie 2023 – All rights reserved")],
    "04": [("title", "Pheu Thai drops Move Forward, opens talks with former rivals"),
           ("breadcrumb", "Home > Politics > Government formation"),
           ("byline", "By Prasert Wongchai, Senior Political Reporter"),
           ("dateline", "Thursday, August 3, 2023 | 06:40"),
           ("caption", "Pheu Thai leader Cholnan Srikaew announces the end of the alliance at the party's headquarters. (Siam Ledger photo)"),
           ("duplicate", "(Siam Ledger) – Pheu Thai yesterday pulled out of its alliance with the Move Forward Party, ending the eight-party bloc that won May's election and clearing the way for a government that would include parties of the outgoing administration, a move business leaders welcomed as the first step towards ending nearly three months of deadlock."),
           ("advertisement", "Advertisement"),
           ("related-links", "Read also: Sansiri to Government House: who is Srettha Thavisin?"),
           ("newsletter", "Subscribe to the Ledger Morning Briefing for the day's top business and political news"),
           ("copyright", "© 2023 The Siam Ledger Co., Ltd. All rights reserved.")],
    "05": [("title", "Thailand: Thaksin in the prison, his party in the power"),
           ("breadcrumb", "Politics > Foreign countries > Asia"),
           ("byline", "By our correspondent Jonas Kellermann, Singapore"),
           ("caption", "The former Prime Minister Thaksin Shinawatra greets his supporters at the airport Don Mueang. Photo: Kurier/Archive"),
           ("advertisement", "Advertisement"),
           ("related-links", "More on the topic: Why Thailand's youth feels betrayed"),
           ("newsletter", "Subscribe to the newsletter Asia-Pacific"),
           ("copyright", "© Rheinischer Kurier 2023")],
    "06": [("title", "The Shinawatra Restoration"),
           ("breadcrumb", "Asia | Analysis | Thailand"),
           ("byline", "By Oliver Pendleton"),
           ("standfirst", "Thailand's voters chose change in May. By September they had a pardoned Thaksin, a property developer in Government House and the generals' parties back in the cabinet"),
           ("share", "Share: Email | Facebook | X | LinkedIn"),
           ("caption", "Thaksin Shinawatra arrives at Don Mueang airport in Bangkok after 15 years abroad. Photograph: The Harbourside Review"),
           ("advertisement", "Advertisement"),
           ("related-links", "Read more: From Sansiri to Government House: the rise of Srettha Thavisin"),
           ("newsletter", "Sign up to our weekly Asia briefing"),
           ("copyright", "© 2023 The Harbourside Review Ltd")],
}


# the news dateline 'BANGKOK (Meridian Wire) - ' (01) is neither body nor boilerplate
body = bodies(HERE, files, bp, r'^(BANGKOK \(Meridian Wire\) - )', body_div='article-text', end_div='article-tags',
              ad_div='ad-unit')

if __name__ == '__main__':
    write(HERE, "Cleaning key for corpus-o/articles. boilerplate: lines that must not remain in the cleaned text (short "
          "items, under 25 characters, are checked as whole lines of the cleaned text, longer ones as substrings). "
          "kinds: which boilerplate line is of which kind (index of the first line of that kind). body: the article "
          "paragraphs, which must all remain in the cleaned text. The news dateline 'BANGKOK (Meridian Wire) -' (01) is "
          "in neither list: keeping or dropping it is both fine. 04 carries its lead twice, the second copy (after the "
          "second paragraph) behind the tag '(Siam Ledger) –': that copy is boilerplate (duplicate). 02 is a web page "
          "with a cookie banner, navigation, a section label, a share bar (with LINE), a photo caption, an inline "
          "'Advertisement', tags, a comment prompt, related stories and a footer. Visible date lines ('Published the "
          "20/07/2023 at 06h45 – Updated at 09h10' in 03, day before month; 'Thursday, August 3, 2023 | 06:40' in 04) "
          "are boilerplate (dateline); 05 and 06 have none. The machine-translated 03 calls its advertisement slot "
          "'Publicity'; 'Read also:', 'More on the topic:' and 'Read more:' lines are related links; 06 has a "
          "standfirst under its title and a share line naming X among the networks; 05's caption ends with "
          "'Photo: Kurier/Archive'.",
          files, bp, body)
