"""Writes keys/cleaning.json for corpus-p: boilerplate that must go, article paragraphs that must stay.

The body paragraphs are taken from the article files (text minus the boilerplate lines below; for the HTML page the
<p> elements of the story body), so they are exactly what the articles say.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from cleaning_keys import bodies, write  # noqa: E402
files = {"01": "01_meridian-wire.jsonl", "02": "02_bay-ledger.html", "03": "03_echo-international.txt",
         "04": "04_harbor-tribune.txt", "05": "05_shomoyer-kantha.txt", "06": "06_northgate-review.txt"}

# (kind, line); kinds are for information (several lines may share a kind; 'kinds' keeps the first index of each)
bp = {
    "01": [("byline", "By Priya Raghunathan and Tanvir Chowdhury"),
           ("advertisement", "Advertisement"),
           ("credit", "Reporting by Priya Raghunathan in New Delhi and Tanvir Chowdhury in Dhaka; editing by Hugh Ellery"),
           ("copyright", "© 2024 Meridian Wire. All rights reserved.")],
    "02": [("cookie-notice", "This website uses cookies to personalise content and ads and to analyse our traffic. You can change your choice at any time in the privacy settings."),
           ("cookie-notice", "Accept all"), ("cookie-notice", "Cookie settings"),
           ("navigation", "Home"), ("navigation", "Bangladesh"), ("navigation", "Politics"),
           ("navigation", "Economy"), ("navigation", "World"), ("navigation", "Sports"), ("navigation", "Views"),
           ("breadcrumb", "Politics / After Hasina"),
           ("title", "Khaleda walks free as Yunus is named to lead interim government"),
           ("byline", "By Farhana Siddiqua, Chief Political Reporter"),
           ("share", "Facebook"), ("share", "X"), ("share", "WhatsApp"), ("share", "Email"),
           ("caption", "BNP supporters fill the road in front of the party's Naya Paltan office on Wednesday afternoon. Photo: Ledger / Shafiqul Alam Kiron"),
           ("advertisement", "Advertisement"),
           ("tags", "Tags: BNP Khaleda Zia interim government"),
           ("comment-prompt", "What do you think? Log in to leave a comment. Comments are moderated."),
           ("related-links", "More on this story"),
           ("related-links", "The day Hasina fell: 36 days that changed Bangladesh"),
           ("related-links", "Garment factories reopen as curfew eases"),
           ("related-links", "Police stations deserted across the country"),
           ("footer", "About us"), ("footer", "Advertise"), ("footer", "Privacy policy"), ("footer", "Contact"),
           ("copyright", "© 2024 The Bay Ledger. All rights reserved.")],
    "03": [("title", "Bangladesh: Mohammad Yunus, the « banker of the poor », takes the reins of a country without government"),
           ("navigation", "Home > International > Asia > Bangladesh"),
           ("byline", "By Camille Roussel, special envoy to Dhaka"),
           ("dateline", "Published the 09/08/2024 at 07h45 - Updated the 09/08/2024 at 10h12"),
           ("caption", "Mohammad Yunus pronounces his oath in front of the president Mohammed Shahabuddin, at the Bangabhaban, in Dhaka (photo AFP)"),
           ("advertisement", "Publicity"),
           ("related-links", "Read also: The microcredit, from Chittagong to the whole world"),
           ("newsletter", "Receive each morning our letter International"),
           ("copyright", "© The International Echo 2024 – Reproduction forbidden")],
    "04": [("title", "How a Court Fight Over Jobs Toppled Sheikh Hasina"),
           ("breadcrumb", "WORLD | SOUTH ASIA"),
           ("byline", "By Nathaniel Brooks and Sharmin Akter"),
           ("dateline", "Aug. 12, 2024, 5:40 p.m. ET"),
           ("caption", "A demonstrator waves the national flag from an armored vehicle near Shahbag in Dhaka on Aug. 5. (Tribune photo)"),
           ("advertisement", "Advertisement"),
           ("related-links", "RELATED: Bangladesh's garment industry counts the cost of a month of unrest"),
           ("social", "Follow The Harbor Tribune on X and Facebook for breaking news from Asia."),
           ("copyright", "© 2024 The Harbor Tribune Company. All rights reserved.")],
    "05": [("title", "UN report: up to 650 killed in the movement... Murder case against Sheikh Hasina"),
           ("navigation", "Dainik Shomoyer Kantha | Online Desk | National"),
           ("byline", "Staff Correspondent"),
           ("caption", "Family members of the martyrs of the movement hold photos at the Central Shaheed Minar. Photo: Shomoyer Kantha"),
           ("duplicate", "(Dhaka Office) The United Nations has said that as many as 650 people were killed in Bangladesh from 16 July to 11 August centering the quota reform movement and the mass uprising. The Office of the UN High Commissioner for Human Rights (OHCHR) published this information in a preliminary report yesterday (Friday) in Geneva. According to the report, about 400 people died until 4 August, and about 250 died on 5 and 6 August and in the following days."),
           ("advertisement", "Advertisement"),
           ("related-links", "Read more: Army chief Wakeruzzaman: the army will stay by the side of the people"),
           ("copyright", "All rights reserved © Dainik Shomoyer Kantha. Reproduction without permission is prohibited.")],
    "06": [("title", "The Professor and the Generals"),
           ("breadcrumb", "Asia | Analysis | Bangladesh"),
           ("byline", "By Eleanor Whitlock"),
           ("standfirst", "Bangladesh's students toppled a leader in 36 days. Keeping the soldiers, the old parties and the mob in check may take far longer"),
           ("share", "Share: Email | Facebook | X | LinkedIn"),
           ("caption", "Muhammad Yunus at his first cabinet meeting in Dhaka. Photograph: The Northgate Review"),
           ("advertisement", "Advertisement"),
           ("related-links", "Read more: Inside the safe house: how New Delhi is handling its most awkward guest"),
           ("newsletter", "Sign up to our Asia newsletter"),
           ("copyright", "© 2024 The Northgate Review Ltd")],
}


# news datelines ('DHAKA (Meridian Wire) - ', 'DHAKA, Bangladesh — ') are neither body nor boilerplate
body = bodies(HERE, files, bp, r'^(DHAKA \(Meridian Wire\) - |DHAKA, Bangladesh — )', body_div='story-body',
              end_div='story-tags', ad_div='ad-container')

if __name__ == '__main__':
    write(HERE, "Cleaning key for corpus-p/articles. boilerplate: lines that must not remain in the cleaned text (short "
          "items, under 25 characters, are checked as whole lines of the cleaned text, longer ones as substrings). "
          "kinds: which boilerplate line is of which kind (index of the first line of that kind). body: the article "
          "paragraphs, which must all remain in the cleaned text. News datelines ('DHAKA (Meridian Wire) -' in 01, "
          "'DHAKA, Bangladesh —' in 04) are in neither list: keeping or dropping them is both fine. 05 carries its lead "
          "twice, the second copy behind a Bangladeshi desk dateline ('(Dhaka Office)'): that copy is boilerplate "
          "(duplicate). 02 is a web page with a cookie banner, navigation, a kicker, a share bar, a photo caption, an "
          "inline 'Advertisement', tags, a comment prompt, 'More on this story' links and a footer. Visible date lines "
          "('Published the 09/08/2024 at 07h45 - Updated the 09/08/2024 at 10h12' in 03, day before month; 'Aug. 12, "
          "2024, 5:40 p.m. ET' in 04) are boilerplate (dateline); the machine-translated 03 calls its advertisement "
          "slot 'Publicity'; 'Read also:', 'RELATED:' and 'Read more:' lines are related links; 05's byline is only "
          "'Staff Correspondent' and its navigation line names the paper; 06 has a standfirst under its title and a "
          "share line naming X among the networks.",
          files, bp, body)
