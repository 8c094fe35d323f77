"""Writes keys/cleaning.json for corpus-g: boilerplate that must go, article paragraphs that must stay.

The body paragraphs are taken from the article files (text minus the boilerplate lines below; for the HTML page the
<p> elements of the article body), so they are exactly what the articles say.
"""
import html
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
A = os.path.join(HERE, 'articles')
files = {"01": "01_seaboard-newswire.jsonl", "02": "02_nile-courier.html", "03": "03_daily-sentinel.txt",
         "04": "04_mer-et-ports.txt", "05": "05_konkan-mirror.txt"}

# (kind, line); kinds are for information (several lines may share a kind; 'kinds' keeps the first index of each)
bp = {
    "01": [("byline", "By Dana Whitfield and Karim Mansour"),
           ("advertisement", "Advertisement"),
           ("credit", "Reporting by Dana Whitfield in Suez and Karim Mansour in Cairo; additional reporting by Aiko Tanabe in Tokyo; Editing by Paul Renner"),
           ("footer", "Seaboard Newswire standards apply to this report.")],
    "02": [("cookie-notice", "We use cookies to improve your experience on our website and to show you relevant advertising. By browsing this site you agree to our use of cookies."),
           ("cookie-notice", "I agree"), ("cookie-notice", "More information"),
           ("navigation", "Home"), ("navigation", "Egypt"), ("navigation", "Region"), ("navigation", "Economy"),
           ("navigation", "Suez Canal"), ("navigation", "Sports"), ("navigation", "Opinion"),
           ("breadcrumb", "Home » Egypt » Suez Canal"),
           ("title", "‘Egyptian hands’ free the Ever Given after six days as canal traffic resumes"),
           ("byline", "By Mona El-Shazly, Ismailia correspondent"),
           ("share", "Share on Facebook"), ("share", "Share on Twitter"), ("share", "Share on WhatsApp"),
           ("caption", "Tugboats escort the Ever Given towards the Great Bitter Lake after it was refloated in the Suez Canal. Photo: Suez Canal Authority / handout"),
           ("advertisement", "Advertisement"),
           ("tags", "Tags: Suez Canal Ever Given Shipping"),
           ("share", "Share this article"), ("share", "Facebook"), ("share", "Twitter"), ("share", "Email"),
           ("related-links", "Related articles"),
           ("related-links", "Six years on: the new Suez Canal in numbers"),
           ("related-links", "Canal revenue holds steady despite pandemic"),
           ("related-links", "Ismailia residents celebrate on the waterfront"),
           ("comments", "Comments (3)"),
           ("comments", "ahmed_sherif"), ("comments", "29 Mar 2021, 22:31"),
           ("comments", "Proud of our canal workers. The whole world was watching."),
           ("comments", "SaraK"), ("comments", "29 Mar 2021, 23:02"),
           ("comments", "Who will pay for the damage? That is the real question now."),
           ("comments", "portsaid_1975"), ("comments", "30 Mar 2021, 08:15"),
           ("comments", "The tugs did the work, the moon did the rest."),
           ("footer", "About the Courier"), ("footer", "Advertise with us"), ("footer", "Privacy"), ("footer", "Terms of use"),
           ("copyright", "© 2021 The Nile Courier. All rights reserved.")],
    "03": [("title", "STUCK FOR WEEKS? Salvage boss warns Suez jam could drag on as shoppers told to brace for empty shelves"),
           ("cookie-notice", "This website uses cookies. By continuing to browse you agree to our cookie policy. Find out more [OK]"),
           ("breadcrumb", "Home > News > World"),
           ("byline", "By Gemma Throssell, Consumer Affairs Editor"),
           ("caption", "The Ever Given wedged across the Suez Canal, with a digger dwarfed by its bow (Picture: Sentinel Pictures/AFP)"),
           ("advertisement", "Advertisement"),
           ("related-links", "Read more: Why your sofa delivery might be late this spring"),
           ("comment-prompt", "What do you think? Will the Suez blockage hit your shopping? Let us know in the comments below."),
           ("newsletter", "Sign up to the Sentinel Money newsletter for the best deals and consumer news every Friday."),
           ("copyright", "© Sentinel Media Group Ltd 2021")],
    "04": [("title", "Suez: Egypt makes seize the Ever Given and claims 916 millions of dollars to its owner"),
           ("breadcrumb", "Home / Maritime transport / Canals and straits"),
           ("byline", "By the editorial staff of Mer et Ports with AFP"),
           ("caption", "The container ship Ever Given at anchor in the Great Lake Amer, on the Suez Canal (photo of archives)"),
           ("duplicate", "SUEZ /Mer et Ports/ - The Authority of the Canal of Suez (ACS) has obtained on Tuesday the seizure of the Ever Given, the giant container ship which had blocked the canal from 23 to 29 March, and claims to its Japanese owner 916 millions of dollars of compensations."),
           ("related-links", "Read also: Suez: the tugs which have freed the Ever Given"),
           ("newsletter", "Receive each morning the newsletter of Mer et Ports"),
           ("copyright", "© Mer et Ports 2021 - All rights of reproduction reserved")],
    "05": [("title", "Analysis | 106 days on a ship that went nowhere: the Ever Given's crew and the price of a blocked canal"),
           ("breadcrumb", "Home › Analysis › Maritime"),
           ("byline", "By Priyanka Menon, Senior Correspondent"),
           ("dateline", "Published 9 July 2021 | 10:30 IST"),
           ("caption", "The Ever Given leaves the Great Bitter Lake escorted by canal tugs. Photo: Konkan Mirror / agencies"),
           ("advertisement", "Advertisement"),
           ("related-links", "Read more: Seafarers stranded by the pandemic: the crew change crisis explained"),
           ("comment-prompt", "Join the discussion: share your views in the comments or write to editor@konkanmirror.example.com"),
           ("copyright", "© 2021 Konkan Mirror. All rights reserved.")],
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
    # news datelines ('SUEZ, Egypt (Seaboard Newswire) - ', 'ISMAILIA, March 29 — ') are neither body nor boilerplate
    return re.sub(r'^(SUEZ, Egypt \(Seaboard Newswire\) - |ISMAILIA, March 29 — )', '', p)


body = {d: [strip_dateline(p) for p in paragraphs(d, f)] for d, f in files.items()}

if __name__ == '__main__':
    out = {"about": "Cleaning key for corpus-g/articles. boilerplate: lines that must not remain in the cleaned text (short "
                    "items, under 25 characters, are checked as whole lines of the cleaned text, longer ones as substrings). "
                    "kinds: which boilerplate line is of which kind (index of the first line of that kind). body: the article "
                    "paragraphs, which must all remain in the cleaned text. News datelines ('SUEZ, Egypt (Seaboard "
                    "Newswire) -', 'ISMAILIA, March 29 —') are in neither list: keeping or dropping them is both fine. 04 "
                    "carries its lead twice, the second copy behind a dateline ('SUEZ /Mer et Ports/ -'): that copy is "
                    "boilerplate (duplicate). 02 has a cookie bar, navigation, share widgets, a caption, tags, related links "
                    "and a comment section with timestamps (one commenter is called 'portsaid_1975'); 05's visible date "
                    "line 'Published 9 July 2021 | 10:30 IST' is boilerplate (dateline); 03's and 05's 'Read more:' lines "
                    "and 04's 'Read also:' line are related links.",
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
