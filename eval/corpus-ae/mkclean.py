"""Writes keys/cleaning.json for corpus-ae: boilerplate that must go, article paragraphs that must stay.

The body paragraphs are taken from the article files (text minus the boilerplate lines below; for the HTML page the
<p> elements of the story body), so they are exactly what the articles say.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from cleaning_keys import bodies, write  # noqa: E402
files = {"01": "01_harbour-wire.jsonl", "02": "02_pearl-ledger.html", "03": "03_zhongyuan-financial.txt",
         "04": "04_tideline-review.txt", "05": "05_kwong-tat-daily.txt",
         "06": "06_ridgeway-credit-notes.txt"}

LEAD05 = ("The High Court has ordered the winding-up of China Hengda on the 29th, after the petition of the creditor Top "
          "Shine Global dragged on for about 19 months, and the shares of the group have been suspended of trading on the "
          "Hong Kong Exchanges the same day. Small shareholders in Hong Kong fear that they will recover nothing.")

# (kind, line); kinds are for information (several lines may share a kind; 'kinds' keeps the first index of each)
bp = {
    "01": [("byline", "By Grace Leung and Martin Ashby"),
           ("advertisement", "Advertisement"),
           ("credit", "Reporting by Grace Leung in Hong Kong and Martin Ashby in London; editing by Joanna Reyes"),
           ("copyright", "© 2024 Harbour Wire. All rights reserved.")],
    "02": [("cookie-notice", "This site uses cookies to personalise content and measure traffic. By continuing you agree to our cookie policy."),
           ("cookie-notice", "Accept all"), ("cookie-notice", "Cookie settings"),
           ("navigation", "Home"), ("navigation", "Markets"), ("navigation", "Companies"),
           ("navigation", "Property"), ("navigation", "Greater China"), ("navigation", "Opinion"),
           ("breadcrumb", "Companies / Property"),
           ("title", "Evergrande liquidators say keeping the business alive comes first"),
           ("byline", "By Vivian Lam, Property Correspondent"),
           ("share", "Facebook"), ("share", "X"), ("share", "LinkedIn"), ("share", "Copy link"),
           ("caption", "The Evergrande Centre in Shenzhen on Monday afternoon. Photo: Ledger staff"),
           ("advertisement", "Advertisement"),
           ("tags", "Tags: Evergrande Property Debt Courts"),
           ("comment-prompt", "Have your say: log in to join the conversation."),
           ("related-links", "More on the property crisis"),
           ("related-links", "Country Garden bondholders brace for a long wait"),
           ("related-links", "Hang Seng property index slides to 2009 low"),
           ("related-links", "Shenzhen homebuyers still waiting for their keys"),
           ("footer", "About us"), ("footer", "Contact"), ("footer", "Privacy policy"),
           ("footer", "Advertise with us"),
           ("copyright", "© 2024 Pearl Ledger Media Ltd. All rights reserved.")],
    "03": [("masthead", "Zhongyuan Financial Daily"),
           ("breadcrumb", "Home > Securities > Supervision"),
           ("dateline", "2024-03-18 21:40   Source: Zhongyuan Financial Daily client"),
           ("title", "The Securities Supervision Commission hands down ticket of 41.75 hundred million yuan to Hengda Real Estate, Xu Jiayin forbidden of market for life"),
           ("byline", "Reporter: Zhou Mingxuan"),
           ("credit", "[This article has been machine translated from the Chinese by the Zhongyuan international edition]"),
           ("advertisement", "Advertisement"),
           ("related-links", "Read also: Several cities relax purchase limits, the property market shows signs of stabilisation"),
           ("footer", "Chinese mainland readers can consult the full text of the decision on the official website of the CSRC."),
           ("credit", "Editor in charge: Lin Yue"),
           ("copyright", "© Zhongyuan Financial Daily. Reproduction without authorisation forbidden.")],
    "04": [("title", "The reckoning of Hui Ka Yan"),
           ("breadcrumb", "Asia | Analysis | China"),
           ("byline", "By Rupert Hollander"),
           ("standfirst", "China's securities regulator has finally put a number on Evergrande's fraud. It is the bondholders who will pay"),
           ("share", "Share: Email | Facebook | X | LinkedIn"),
           ("advertisement", "Advertisement"),
           ("related-links", "Read more: Why Hong Kong's courts cannot reach the mainland's half-built flats"),
           ("newsletter", "Sign up to The Tideline Review's weekly Asia briefing"),
           ("copyright", "© 2024 The Tideline Review Ltd")],
    "05": [("masthead", "Kwong Tat Daily - International Edition"),
           ("breadcrumb", "Home > Finance > Property"),
           ("title", "Court orders the winding-up of China Hengda, small shareholders ask \"where is our money\""),
           ("byline", "By the reporter Ho Ka-man"),
           ("credit", "Translated automatically from the Chinese by the Kwong Tat international service"),
           ("caption", "Photo: Small shareholders gather outside the High Court building in Admiralty on the 29th. (Kwong Tat Daily)"),
           ("duplicate", "(Kwong Tat) - " + LEAD05),
           ("advertisement", "Advertisement"),
           ("related-links", "Read also: The property index of Hang Seng falls to the lowest level since 15 years"),
           ("newsletter", "Follow the Kwong Tat Daily on our social media pages for more financial news"),
           ("copyright", "© Kwong Tat Daily. All rights reserved.")],
    "06": [("masthead", "RIDGEWAY CREDIT NOTES"),
           ("dateline", "Friday, March 22, 2024 — 6:05 a.m. ET"),
           ("breadcrumb", "Emerging Markets | High Yield | China Property"),
           ("title", "Evergrande's fine is a bill the bondholders will never see paid"),
           ("byline", "By Dana Whitfield"),
           ("newsletter", "Subscribe to Ridgeway Credit Notes for daily analysis of distressed debt"),
           ("advertisement", "Advertisement"),
           ("caption", "Photo caption: Evergrande's headquarters in Shenzhen. (Ridgeway Credit Notes file)"),
           ("copyright", "This newsletter is for information only and is not investment advice. © 2024 Ridgeway Research LLC")],
}


# the news dateline 'HONG KONG (Harbour Wire) - ' (01) is neither body nor boilerplate
body = bodies(HERE, files, bp, r'^(HONG KONG \(Harbour Wire\) - )', body_div='article-body', end_div='story-tags',
              ad_div='ad-slot')

if __name__ == '__main__':
    write(HERE, "Cleaning key for corpus-ae/articles. boilerplate: lines that must not remain in the cleaned text (short "
          "items, under 25 characters, are checked as whole lines of the cleaned text, longer ones as substrings). "
          "kinds: which boilerplate line is of which kind (index of the first line of that kind). body: the article "
          "paragraphs, which must all remain in the cleaned text. The news dateline 'HONG KONG (Harbour Wire) -' (01) "
          "is in neither list: keeping or dropping it is both fine. 05 carries its lead twice, the second copy (after "
          "the third paragraph) behind the tag '(Kwong Tat) -': that copy is boilerplate (duplicate); 05 also has a "
          "translator's credit line under its byline and a photo caption between two body paragraphs. 02 is a web page "
          "with a cookie banner, navigation, a section label, a share bar, a photo caption, an inline 'Advertisement', "
          "tags, a comment prompt, related stories and a footer. 03 (machine-translated from a mainland Chinese "
          "paper) has a masthead line, a breadcrumb, a visible date line '2024-03-18 21:40   Source: Zhongyuan "
          "Financial Daily client' (boilerplate: dateline), a reporter line, a translation notice, a 'Read also:' link, a "
          "closing reader note, an 'Editor in charge' line and a copyright line; 04 has a standfirst and a share line "
          "under its byline; 04 and 05 have no date line. 06 (an American credit newsletter) has a masthead line in capitals, "
          "a visible date line 'Friday, March 22, 2024 — 6:05 a.m. ET' (boilerplate: dateline), a breadcrumb, a "
          "subscription prompt between body paragraphs, a 'Photo caption:' line and a disclaimer with the copyright.",
          files, bp, body)
