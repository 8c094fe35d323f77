"""Writes keys/cleaning.json for corpus-y: boilerplate that must go, article paragraphs that must stay.

The body paragraphs are taken from the article files (text minus the boilerplate lines below; for the HTML page the
<p> elements of the story body), so they are exactly what the articles say.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from cleaning_keys import bodies, write  # noqa: E402
files = {"01": "01_savanna-wire.jsonl", "02": "02_nairobi-ledger.html", "03": "03_mwangaza-leo.txt",
         "04": "04_courrier-des-grands-lacs.txt", "05": "05_meridian-review.txt",
         "06": "06_jamhuri-tribune.txt"}

# (kind, line); kinds are for information (several lines may share a kind; 'kinds' keeps the first index of each)
bp = {
    "01": [("byline", "By Achieng Otieno and Mark Deveraux"),
           ("advertisement", "Advertisement"),
           ("credit", "Reporting by Achieng Otieno in Nairobi and Mark Deveraux in Johannesburg; editing by Clare Whitby"),
           ("copyright", "© 2024 Savanna Wire. All rights reserved.")],
    "02": [("cookie-notice", "This site uses cookies to personalise content and ads. By continuing you agree to our use of cookies."),
           ("cookie-notice", "Accept all"), ("cookie-notice", "Cookie settings"),
           ("navigation", "Home"), ("navigation", "News"), ("navigation", "Politics"),
           ("navigation", "Markets"), ("navigation", "Counties"), ("navigation", "Opinion"),
           ("breadcrumb", "Politics / State House"),
           ("title", "Ruto sends Cabinet home as he tries to win back Gen Z"),
           ("byline", "By Kevin Njoroge, Senior Political Writer"),
           ("share", "Share on Facebook"), ("share", "Share on X"), ("share", "WhatsApp"), ("share", "Copy link"),
           ("caption", "President William Ruto addresses the nation at State House, Nairobi, on Thursday. Photo: PCS"),
           ("advertisement", "Advertisement"),
           ("tags", "Tags: Cabinet Finance Bill 2024 Gen Z"),
           ("comment-prompt", "Have your say: log in to comment on this story."),
           ("related-links", "More from Politics"),
           ("related-links", "Who stays, who goes: the Cabinet Secretaries sent home"),
           ("related-links", "Eurobond yields ease after the Finance Bill reversal"),
           ("related-links", "Mombasa traders count their losses after the marches"),
           ("footer", "About us"), ("footer", "Contact"), ("footer", "Advertise with us"),
           ("footer", "Privacy policy"),
           ("copyright", "© 2024 The Nairobi Ledger Ltd. All rights reserved.")],
    "03": [("masthead", "Mwangaza Leo"),
           ("navigation", "Home | News | National"),
           ("title", "KNCHR: 39 youths have lost lives in the demonstrations of the Mswada wa Fedha"),
           ("byline", "By Halima Wanjiku and Omondi Ochieng"),
           ("dateline", "JULY 2, 2024 | 06:00 AM"),
           ("credit", "Automatic translation from the Swahili by the digital desk of Mwangaza Leo"),
           ("duplicate", "(Mwangaza Leo) - The Tume ya Kitaifa ya Haki za Kibinadamu (KNCHR) has declared that 39 persons have lost their lives in the demonstrations against the Finance Bill (Mswada wa Fedha) 2024 which started in Nairobi on Tuesday of June 18, while the youths of Gen Z have promised to continue to go out to the streets."),
           ("advertisement", "Advertisement"),
           ("related-links", "Read also: The mothers of Githurai: \"We are still looking for our children\""),
           ("newsletter", "Subscribe to the Mwangaza Leo newsletter to receive the news every morning"),
           ("copyright", "© 2024 Mwangaza Leo Media. All rights reserved.")],
    "04": [("title", "Kenya: after the « black Tuesday », William Ruto renounces his finance law"),
           ("navigation", "Home | International | Africa | Kenya"),
           ("byline", "By Sébastien Kouassi, special envoy at Nairobi"),
           ("caption", "The demonstrators in the centre of Nairobi, Thursday, in front of a cordon of the police (photo AFP/DR)"),
           ("advertisement", "Publicity"),
           ("related-links", "Read also: In Kenya, the « Gen Z » invents a politics without chiefs"),
           ("newsletter", "Receive each morning our letter Africa"),
           ("copyright", "© Le Courrier des Grands Lacs 2024 – All rights reserved")],
    "05": [("title", "Kenya's accidental revolution"),
           ("breadcrumb", "Africa | Analysis | Kenya"),
           ("byline", "By Tobias Renshaw"),
           ("standfirst", "A tax bill became a referendum on William Ruto. He lost it, and now he has lost his cabinet too"),
           ("share", "Share: Email | Facebook | X | LinkedIn"),
           ("caption", "Demonstrators carry a Kenyan flag along Kenyatta Avenue in Nairobi. Photograph: The Meridian Review"),
           ("advertisement", "Advertisement"),
           ("related-links", "Read more: Inside the TikTok army that beat a tax bill"),
           ("newsletter", "Sign up to our weekly Africa briefing"),
           ("copyright", "© 2024 The Meridian Review Ltd")],
    "06": [("masthead", "THE JAMHURI TRIBUNE"),
           ("dateline", "Monday, 8th July 2024"),
           ("breadcrumb", "News > National > Economy"),
           ("title", "Ruto's austerity plan: 47 parastatals to go as State cuts Sh177 billion"),
           ("byline", "By Peter Kamau Wekesa"),
           ("caption", "President William Ruto and Prime Cabinet Secretary Musalia Mudavadi at State House on Friday. PHOTO | PCS"),
           ("advertisement", "Advertisement"),
           ("related-links", "Read also: Which parastatals will be merged? The full list"),
           ("newsletter", "Get The Jamhuri Tribune's morning briefing: subscribe to our newsletter"),
           ("copyright", "© 2024 Jamhuri Tribune Media Group. All rights reserved.")],
}


# the news dateline 'NAIROBI (Savanna Wire) - ' (01) is neither body nor boilerplate
body = bodies(HERE, files, bp, r'^(NAIROBI \(Savanna Wire\) - )', body_div='article-body', end_div='tags',
              ad_div='ad-slot')

if __name__ == '__main__':
    write(HERE, "Cleaning key for corpus-y/articles. boilerplate: lines that must not remain in the cleaned text (short "
          "items, under 25 characters, are checked as whole lines of the cleaned text, longer ones as substrings). "
          "kinds: which boilerplate line is of which kind (index of the first line of that kind). body: the article "
          "paragraphs, which must all remain in the cleaned text. The news dateline 'NAIROBI (Savanna Wire) -' (01) is "
          "in neither list: keeping or dropping it is both fine. 03 carries its lead twice, the second copy (after the "
          "third paragraph) behind the tag '(Mwangaza Leo) -': that copy is boilerplate (duplicate); 03 also has a "
          "masthead line, a visible date line 'JULY 2, 2024 | 06:00 AM' (boilerplate, dateline) and a machine "
          "translation credit line under its byline. 02 is a web page with a cookie banner, navigation, a section "
          "label, a share bar, a photo caption, an inline 'Advertisement', tags, a comment prompt, related stories "
          "and a footer; its date is only in the metadata. 04 and 05 have no date line. 06 has a masthead line in capitals "
          "('THE JAMHURI TRIBUNE') and a visible date line 'Monday, 8th July 2024' above its breadcrumb and title "
          "(both boilerplate), and a photo caption ending 'PHOTO | PCS' between its second and third paragraphs. The machine-translated 04 "
          "calls its advertisement slot 'Publicity' and has its photo caption right under the byline; 'Read also:' "
          "and 'Read more:' lines are related links; 05 has a standfirst under its title and a share line; 01's "
          "credit line ('Reporting by ...; editing by ...') and byline are boilerplate.",
          files, bp, body)
