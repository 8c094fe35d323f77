"""Writes keys/cleaning.json for corpus-f: boilerplate that must go, article paragraphs that must stay.

The body paragraphs are taken from the article files (text minus the boilerplate lines below; for the HTML page the
<p> elements of the article body), so they are exactly what the articles say.
"""
import html
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
A = os.path.join(HERE, 'articles')
files = {"01": "01_continental-newswire.jsonl", "02": "02_capital-chronicle.html", "03": "03_morning-herald.txt",
         "04": "04_actu-monde.txt", "05": "05_equator-review.txt"}

# (kind, line); kinds are for information (several lines may share a kind; 'kinds' keeps the first index of each)
bp = {
    "01": [("byline", "By Priya Nair and Martin Oduya"),
           ("advertisement", "Advertisement"),
           ("credit", "Reporting by Priya Nair and Martin Oduya in New Delhi; additional reporting by Sofia Lindqvist in Brussels; Editing by James Carrow"),
           ("footer", "The Continental Newswire trust principles apply to this story.")],
    "02": [("cookie-notice", "This site uses cookies to personalise content and analyse traffic. By continuing you accept our use of cookies."),
           ("cookie-notice", "Accept"), ("cookie-notice", "Manage preferences"),
           ("navigation", "Home"), ("navigation", "Nation"), ("navigation", "World"), ("navigation", "Business"),
           ("navigation", "G20"), ("navigation", "Cricket"), ("navigation", "E-Paper"),
           ("breadcrumb", "Home › Nation › G20 Summit"),
           ("title", "Delhi hands G20 gavel to Brazil as Russia hails ‘success’ and Kyiv cries foul"),
           ("byline", "Arjun Mehrotra, Diplomatic Editor"),
           ("share", "Share on WhatsApp"), ("share", "Share on X"), ("share", "Share on LinkedIn"),
           ("caption", "Prime Minister Narendra Modi hands over the ceremonial gavel to Brazil’s President Luiz Inácio Lula da Silva at Bharat Mandapam. Photo: PIB"),
           ("advertisement", "Advertisement"),
           ("tags", "Tags: G20 African Union Ukraine"),
           ("share", "Share this story"), ("share", "WhatsApp"), ("share", "Email"),
           ("related-links", "Also read"),
           ("related-links", "IMEC explained: the corridor from Mumbai to the Mediterranean"),
           ("related-links", "From millet to masala chai: what leaders ate at the G20 dinner"),
           ("related-links", "Delhi traffic advisory lifted after G20 weekend"),
           ("comments", "Reader comments (3)"),
           ("comments", "rkverma"), ("comments", "10 Sep 2023, 22:05"),
           ("comments", "Proud moment for Bharat. Africa at the table is a historic win."),
           ("comments", "Neha_S"), ("comments", "10 Sep 2023, 22:41"),
           ("comments", "Watered-down Ukraine language. Diplomacy or dodging?"),
           ("comments", "globalview"), ("comments", "11 Sep 2023, 07:12"),
           ("comments", "The corridor is the real story, wait and see."),
           ("footer", "About us"), ("footer", "Contact"), ("footer", "Privacy policy"), ("footer", "Terms and conditions"),
           ("copyright", "© 2023 The Capital Chronicle Publications Pvt Ltd. All rights reserved.")],
    "03": [("title", "SUNAK'S BAREFOOT DIPLOMACY: PM prays at Delhi temple and pledges record climate cash as G20 wraps up"),
           ("cookie-notice", "We use cookies and similar technologies to give you the best experience. Click 'Accept' to continue or 'Settings' to find out more. [Accept] [Settings]"),
           ("breadcrumb", "Home > News > Politics"),
           ("byline", "By Harriet Cole, Political Correspondent in New Delhi"),
           ("caption", "Rishi Sunak and his wife Akshata Murty at the Akshardham temple in New Delhi (Picture: Herald Pictures/PA)"),
           ("advertisement", "Advertisement"),
           ("related-links", "Read more: Sunak's Diwali dilemma: why the PM won't rush a trade deal"),
           ("comment-prompt", "What do you make of the G20 deal? Have your say in the comments below."),
           ("newsletter", "Sign up to the Herald Politics newsletter for the latest from Westminster."),
           ("copyright", "© The Morning Herald Ltd 2023")],
    "04": [("title", "G20: in New Delhi, the entry of the African Union and a compromise on Ukraine which divides the Westerners"),
           ("breadcrumb", "Home / International / Asia"),
           ("byline", "By the editorial staff of Actu Monde with AFP"),
           ("caption", "The heads of State and of government gathered at the Bharat Mandapam, in New Delhi, in India (photo of illustration)"),
           ("duplicate", "NEW DELHI /Actu Monde/ - The summit of the Group of the Twenty (G20) which was held from 9 to 10 September in New Delhi ended on Sunday with the entry of the African Union and a declaration on the war in Ukraine that Moscow salutes and that Kyiv judges « nothing of which to be proud »."),
           ("related-links", "Read also: G20: what is the economic corridor India-Middle East-Europe?"),
           ("newsletter", "Receive each morning the newsletter of Actu Monde"),
           ("copyright", "© Actu Monde 2023 - All rights of reproduction reserved")],
    "05": [("title", "Analysis | A seat at the top table: what has the African Union actually gained from the G20?"),
           ("breadcrumb", "Home › Analysis › Africa and the World"),
           ("byline", "By Naledi Khumalo, Contributing Editor"),
           ("dateline", "Published 4 October 2023 | 08:00 SAST"),
           ("caption", "Comoros President Azali Assoumani takes his seat at the G20 table in New Delhi. Photo: Equator Review / handout"),
           ("advertisement", "Advertisement"),
           ("related-links", "Read more: Debt talks: why Zambia's deal took three years"),
           ("comment-prompt", "Join the conversation: comment below or write to letters@equatorreview.example.com"),
           ("copyright", "© 2023 Equator Review. All rights reserved.")],
}


def paragraphs(d, f):
    s = open(os.path.join(A, f), encoding='utf-8').read()
    if f.endswith('.html'):
        part = re.search(r'<div class="article-body">(.*?)</div>\s*<div class="topics">', s, re.S).group(1)
        part = re.sub(r'<div class="ad-slot">.*?</div>', '', part, flags=re.S)
        return [html.unescape(re.sub('<[^>]+>', '', p)).strip() for p in re.findall(r'<p>(.*?)</p>', part, re.S)]
    if f.endswith('.jsonl'):
        s = json.loads(s.splitlines()[0])['text']
    lines = [l.strip() for l in s.split('\n') if l.strip()]
    return [l for l in lines if l not in {b for _, b in bp[d]}]


def strip_dateline(p):
    # news datelines ('NEW DELHI (Continental Newswire) - ', 'NEW DELHI, Sept 10 — ') are neither body nor boilerplate
    return re.sub(r'^(NEW DELHI \(Continental Newswire\) - |NEW DELHI, Sept 10 — )', '', p)


body = {d: [strip_dateline(p) for p in paragraphs(d, f)] for d, f in files.items()}

if __name__ == '__main__':
    out = {"about": "Cleaning key for corpus-f/articles. boilerplate: lines that must not remain in the cleaned text (short "
                    "items, under 25 characters, are checked as whole lines of the cleaned text, longer ones as substrings). "
                    "kinds: which boilerplate line is of which kind (index of the first line of that kind). body: the article "
                    "paragraphs, which must all remain in the cleaned text. News datelines ('NEW DELHI (Continental "
                    "Newswire) -', 'NEW DELHI, Sept 10 —') are in neither list: keeping or dropping them is both fine. 04 "
                    "carries its lead twice, the second copy behind a dateline ('NEW DELHI /Actu Monde/ -'): that copy is "
                    "boilerplate (duplicate). 02 has a cookie bar, navigation, share widgets, a caption, tags, related links "
                    "and a comment section with timestamps; 05's visible date line 'Published 4 October 2023 | 08:00 SAST' "
                    "is boilerplate (dateline), and its pull-quote paragraph attributed after a dash is body.",
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
