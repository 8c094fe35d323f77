"""Writes keys/cleaning.json for corpus-d: boilerplate that must go, article paragraphs that must stay.

The body paragraphs are taken from the article files (text minus the boilerplate lines below; for the HTML pages the
<p> elements of the article body), so they are exactly what the articles say.
"""
import html
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
A = os.path.join(HERE, 'articles')
files = {"01": "01_atlas-wire.jsonl", "02": "02_horizon-daily.html", "03": "03_daily-clarion.txt",
         "04": "04_nord-inform.txt", "05": "05_deccan-ledger.txt", "06": "06_multipolar-notes.html"}

# (kind, line); kinds are for information (several lines may share a kind; 'kinds' keeps the first index of each)
bp = {
    "01": [("byline", "By Thandeka Mokoena and Rafael Mendes"),
           ("advertisement", "Advertisement"),
           ("credit", "Reporting by Thandeka Mokoena in Johannesburg and Rafael Mendes in Brasilia; Editing by Giles Harper"),
           ("footer", "Our Standards: The Atlas Wire Trust Principles.")],
    "02": [("cookie-notice", "This website uses cookies to ensure you get the best experience"),
           ("navigation", "Home"), ("navigation", "China"), ("navigation", "World"), ("navigation", "Business"),
           ("navigation", "Opinion"), ("navigation", "Tech"), ("navigation", "Photos"), ("navigation", "Search"),
           ("breadcrumb", "Africa"),
           ("title", "Xi hails \"historic\" BRICS expansion as Global South gains a stronger voice"),
           ("dateline", "Source: Horizon Daily | Editor: Li Na | Updated: 2023-08-25 18:40"),
           ("share", "Share: Weibo WeChat Facebook X"),
           ("caption", "Chinese President Xi Jinping attends a press conference with other BRICS leaders at the Sandton Convention Centre"),
           ("advertisement", "Advertisement"),
           ("share", "Share this story:"),
           ("related-links", "Related stories"),
           ("related-links", "BRICS leaders pledge to deepen cooperation at Johannesburg summit"),
           ("related-links", "Xi, Ramaphosa agree to elevate China-South Africa ties"),
           ("related-links", "Foreign Ministry regular press conference transcript"),
           ("footer", "About Us"), ("footer", "Contact Us"), ("footer", "Join Us"), ("footer", "Privacy Policy"),
           ("copyright", "Copyright 2023 Horizon Daily. All rights reserved.")],
    "03": [("title", "PUTIN'S PALS CLUB: Iran and Saudi invited into Vlad-backed bloc as tyrant hides from war crimes arrest"),
           ("cookie-notice", "We use cookies to personalise content and ads and to analyse our traffic. By clicking Accept you consent to our use of cookies. [Accept] [Manage settings]"),
           ("breadcrumb", "Home > News > World News"),
           ("byline", "By Gavin Shore, Foreign Affairs Reporter"),
           ("caption", "Xi Jinping, Luiz Inacio Lula da Silva, Cyril Ramaphosa, Narendra Modi and Sergei Lavrov line up in Johannesburg (Image: Clarion Pictures/AFP)"),
           ("advertisement", "Advertisement"),
           ("related-links", "Read more: Inside the Kremlin's secret plan to dodge Western sanctions"),
           ("comment-prompt", "Have your say: should Britain be worried by the BRICS club? Tell us in the comments below."),
           ("newsletter", "Sign up to the Clarion's free Daily Briefing newsletter and get the top stories sent to your inbox every morning."),
           ("copyright", "© Clarion Newspapers Ltd 2023")],
    "04": [("title", "Putin at the BRICS summit: the West wants to keep its hegemony at any price"),
           ("breadcrumb", "Main / Politics / World"),
           ("byline", "Text: Nord-Inform"),
           ("duplicate", "JOHANNESBURG /Nord-Inform/. President of Russia Vladimir Putin today addressed the participants of the BRICS summit in Johannesburg in the format of video link, the Russian delegation in South Africa is headed by Minister of Foreign Affairs Sergei Lavrov."),
           ("related-links", "Read also: Lavrov met with the Minister of Foreign Affairs of the Republic of South Africa Naledi Pandor"),
           ("newsletter", "Subscribe to Nord-Inform in Telegram - only the main news of the day"),
           ("copyright", "© Nord-Inform, 2023. At full or partial use of the materials the hyperlink to Nord-Inform is obligatory.")],
    "05": [("title", "At Johannesburg, India shapes BRICS expansion but keeps its distance from de-dollarisation talk"),
           ("breadcrumb", "Home / News / World"),
           ("byline", "Meera Raghavan"),
           ("dateline", "Updated - August 26, 2023 09:15 am IST"),
           ("caption", "Prime Minister Narendra Modi with South African President Cyril Ramaphosa at the Sandton Convention Centre in Johannesburg. Photo: PIB"),
           ("advertisement", "Advertisement"),
           ("related-links", "Read more: Chandrayaan-3: What lies ahead for the Pragyan rover"),
           ("newsletter", "Sign up for The Ledger's Morning Brief to get the day's top stories in your inbox."),
           ("comment-prompt", "Comments have been closed for this article."),
           ("copyright", "© 2023 The Deccan Ledger. All rights reserved.")],
    "06": [("cookie-notice", "This site uses cookies. By continuing to use this website, you agree to their use."),
           ("cookie-notice", "Close and accept"),
           ("site-title", "Multipolar Notes"),
           ("site-title", "Essays on a changing world order"),
           ("navigation", "Home"), ("navigation", "About"), ("navigation", "Archive"), ("navigation", "Newsletter"),
           ("navigation", "Contact"),
           ("title", "BRICS+ is here: four in, one out, one still thinking"),
           ("dateline", "Published 3 Jan 2024 · by Tomás Echeverría · 6 min read"),
           ("newsletter", "Enjoying Multipolar Notes? Subscribe for free and get every new essay by email."),
           ("tags", "Tags: BRICS, Argentina, Saudi Arabia, Global South"),
           ("share", "Share this:"), ("share", "Twitter"), ("share", "Facebook"), ("share", "LinkedIn"), ("share", "Email"),
           ("share", "Like this:"), ("share", "Like"), ("share", "Be the first to like this."),
           ("related-links", "Related"),
           ("related-links", "Johannesburg II: what the declaration actually says"),
           ("related-links", "The African Union gets its G20 seat"),
           ("comments", "2 thoughts on “BRICS+ is here: four in, one out, one still thinking”"),
           ("comments", "Ravi K."),
           ("comments", "January 3, 2024 at 11:02 am"),
           ("comments", "Good piece, but you underrate how much Saudi money matters here. Riyadh will join once it has extracted a price from Washington."),
           ("comments", "Marta L."),
           ("comments", "January 3, 2024 at 2:40 pm"),
           ("comments", "Milei will be gone before BRICS notices he left."),
           ("comments", "Leave a Reply"),
           ("comments", "Your email address will not be published. Required fields are marked *"),
           ("newsletter", "Subscribe"),
           ("newsletter", "Enter your email address to receive notifications of new posts by email."),
           ("related-links", "Recent Posts"),
           ("related-links", "COP28 after the gavel"),
           ("related-links", "Milei wins, and the region recalculates"),
           ("copyright", "© 2024 Multipolar Notes · Proudly powered by WordPress")],
}


def paragraphs(d, f):
    s = open(os.path.join(A, f), encoding='utf-8').read()
    if f.endswith('.html'):
        if d == '02':
            part = re.search(r'<article>(.*?)</article>', s, re.S).group(1)
        else:
            part = re.search(r'<div class="entry-content">(.*?)</div>\s*<footer', s, re.S).group(1)
            part = re.sub(r'<div class="newsletter-inline">.*?</div>', '', part, flags=re.S)
        return [html.unescape(re.sub('<[^>]+>', '', p)).strip() for p in re.findall(r'<p>(.*?)</p>', part, re.S)]
    if f.endswith('.jsonl'):
        s = json.loads(s.splitlines()[0])['text']
    lines = [l.strip() for l in s.split('\n') if l.strip()]
    return [l for l in lines if l not in {b for _, b in bp[d]}]


def strip_dateline(p):
    # news datelines ('JOHANNESBURG (Atlas Wire) - ', 'NEW DELHI: ') are neither body nor boilerplate: leave them out of both
    return re.sub(r'^(JOHANNESBURG \(Atlas Wire\) - |NEW DELHI: )', '', p)


body = {d: [strip_dateline(p) for p in paragraphs(d, f)] for d, f in files.items()}

if __name__ == '__main__':
    out = {"about": "Cleaning key for corpus-d/articles. boilerplate: lines that must not remain in the cleaned text (short "
                    "items, under 25 characters, are checked as whole lines of the cleaned text, longer ones as substrings). "
                    "kinds: which boilerplate line is of which kind (index of the first line of that kind). body: the article "
                    "paragraphs, which must all remain in the cleaned text. News datelines ('JOHANNESBURG (Atlas Wire) -', "
                    "'JOHANNESBURG, Aug. 24 --', 'NEW DELHI:') are in neither list: keeping or dropping them is both fine. "
                    "04 carries its lead twice, the second copy behind a dateline: that copy is boilerplate (duplicate). 06 "
                    "has a comment section, tags, share and like widgets and a sidebar.",
           "docs": {}}
    for d in files:
        kinds = {}
        for i, (k, _) in enumerate(bp[d]):
            kinds.setdefault(k, i)
        out["docs"][d] = {"boilerplate": [b for _, b in bp[d]], "kinds": kinds, "body": body[d]}
    with open(os.path.join(HERE, 'keys', 'cleaning.json'), 'w') as f:
        json.dump(out, f, indent=1, ensure_ascii=False)
        f.write('\n')
    for d in body:
        print(d, len(body[d]), 'paragraphs', sum(len(p.split()) for p in body[d]), 'words', len(bp[d]), 'boilerplate')
