"""Writes keys/cleaning.json for corpus-e: boilerplate that must go, article paragraphs that must stay.

The body paragraphs are taken from the article files (text minus the boilerplate lines below; for the HTML pages the
<p> elements of the article body), so they are exactly what the articles say.
"""
import html
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
A = os.path.join(HERE, 'articles')
files = {"01": "01_meridian-wire.jsonl", "02": "02_gulf-dispatch.html", "03": "03_daily-beacon.txt",
         "04": "04_planete-info.txt", "05": "05_savanna-post.txt", "06": "06_long-transition.html"}

# (kind, line); kinds are for information (several lines may share a kind; 'kinds' keeps the first index of each)
bp = {
    "01": [("byline", "By Hana Kobayashi and Omar Haddad"),
           ("advertisement", "Advertisement"),
           ("credit", "Reporting by Hana Kobayashi and Omar Haddad in Dubai; Additional reporting by Lena Fischer in Berlin; Editing by Paul Merrick"),
           ("footer", "The Meridian Wire editorial code applies to this story.")],
    "02": [("cookie-notice", "We use cookies to improve your experience on our website. By using this site you agree to our Cookie Policy."),
           ("cookie-notice", "Got it"),
           ("navigation", "Home"), ("navigation", "UAE"), ("navigation", "Gulf"), ("navigation", "World"),
           ("navigation", "Business"), ("navigation", "COP28"), ("navigation", "Opinion"), ("navigation", "Sport"),
           ("navigation", "Subscribe"),
           ("breadcrumb", "Home / UAE / COP28"),
           ("title", "'A page of history on day one': COP28 launches loss and damage fund as UAE pledges $100 million"),
           ("byline", "Reem Al Hashimi, Climate Editor"),
           ("share", "WhatsApp"), ("share", "Facebook"), ("share", "X"), ("share", "Copy link"),
           ("caption", "Delegates applaud after the adoption of the loss and damage decision at the opening plenary of COP28 at Expo City Dubai. Photo: Gulf Dispatch / Ahmed Karim"),
           ("advertisement", "Advertisement"),
           ("tags", "Topics: COP28 Climate Loss and damage"),
           ("share", "Share this article"), ("share", "Email"),
           ("related-links", "More from COP28"),
           ("related-links", "COP28: what to expect from two weeks at Expo City"),
           ("related-links", "Green Zone guide: talks, food and free entry"),
           ("related-links", "Al Jaber: 'We must be judged on results'"),
           ("comments", "Comments (2)"),
           ("comments", "Farid_D"),
           ("comments", "30/11/2023 22:14"),
           ("comments", "Proud day for the UAE. Actions, not words."),
           ("comments", "greenwatcher"),
           ("comments", "01/12/2023 06:51"),
           ("comments", "100 million is nothing next to what the oil companies earn in a week."),
           ("footer", "About us"), ("footer", "Advertise with us"), ("footer", "Terms of use"), ("footer", "Privacy policy"),
           ("copyright", "© 2023 The Gulf Dispatch. All rights reserved.")],
    "03": [("title", "OIL BOSS RUNNING CLIMATE TALKS: 'No science' behind fossil fuel phase-out, says COP28 chief"),
           ("cookie-notice", "We and our partners use cookies to improve your experience and to show you personalised ads. [Accept all] [Reject] [Preferences]"),
           ("breadcrumb", "Home > News > Environment"),
           ("byline", "By Daniel Pryce, Environment Correspondent"),
           ("caption", "COP28 president Sultan Al Jaber at Expo City Dubai (Image: Beacon Pictures/Getty)"),
           ("advertisement", "Advertisement"),
           ("related-links", "Read more: Why your gas boiler ban has been delayed AGAIN"),
           ("comment-prompt", "Should an oil boss be running climate talks? Join the debate in the comments below."),
           ("newsletter", "Get the Beacon's morning headlines sent straight to your inbox. Sign up here."),
           ("copyright", "© Beacon Media Group Ltd 2023")],
    "04": [("title", "COP28: the letter of OPEC provokes the anger of Paris, the presidency of the COP under pressure"),
           ("breadcrumb", "Home / Planet / Climate"),
           ("byline", "By the editorial staff of Planète Info with agencies"),
           ("caption", "Delegates in the plenary room of the Expo City of Dubai, in the United Arab Emirates (photo of illustration)"),
           ("duplicate", "DUBAI /Planète Info/ - The French Minister of the Energy Transition Agnès Pannier-Runacher declared herself on Friday \"furious\" after the publication of a letter of the Organization of the Petroleum Exporting Countries (OPEC) which calls its members to refuse any agreement targeting the fossil energies at the COP28 in Dubai."),
           ("related-links", "Read also: COP28: what is the fund « losses and damages »?"),
           ("newsletter", "Receive every morning the newsletter of Planète Info"),
           ("copyright", "© Planète Info 2023 - All rights of reproduction reserved")],
    "05": [("title", "COP28: Africa wins words on fossil fuels but little cash, say negotiators"),
           ("breadcrumb", "News › Africa › Climate"),
           ("byline", "By Achieng Otieno"),
           ("dateline", "Published on 14 Dec 2023 - 06:10 EAT"),
           ("caption", "Delegates at the closing plenary of COP28 at Expo City Dubai on Wednesday. PHOTO | COURTESY"),
           ("advertisement", "Advertisement"),
           ("related-links", "Read more: Ruto pitches Kenya as a green hydrogen hub"),
           ("comment-prompt", "What do you think? Share your views in the comments section."),
           ("copyright", "© 2023 Savanna Post Media Ltd. All rights reserved.")],
    "06": [("cookie-notice", "This blog keeps a few cookies so its pages load faster. Read on if that suits you, or change your settings."),
           ("cookie-notice", "Accept"), ("cookie-notice", "Cookie settings"),
           ("site-title", "The Long Transition"),
           ("site-title", "Notes on energy, climate and the politics in between"),
           ("navigation", "Home"), ("navigation", "Topics"), ("navigation", "Archive"), ("navigation", "About"),
           ("navigation", "Support"),
           ("breadcrumb", "Home » COP » Four weeks after Dubai"),
           ("title", "Four weeks after Dubai: what the ‘UAE Consensus’ does and does not do"),
           ("dateline", "Posted on 10 January 2024 by Ingrid Halvorsen"),
           ("caption", "The closing plenary at Expo City Dubai, 13 December 2023. Photo: UNFCCC/Flickr (CC BY-NC-SA)"),
           ("tags", "Posted in COP"),
           ("tags", "Tagged COP28, fossil fuels, loss and damage"),
           ("share", "Share this:"), ("share", "Share on X"), ("share", "Share on Facebook"), ("share", "Print"),
           ("related-links", "Related"),
           ("related-links", "The ‘no science’ row, explained"),
           ("related-links", "Baku or bust: who hosts COP29?"),
           ("comments", "3 responses to “Four weeks after Dubai: what the ‘UAE Consensus’ does and does not do”"),
           ("comments", "Jonas W."),
           ("comments", "10 January 2024 at 09:41"),
           ("comments", "“Transition away” is doing a lot of work in that sentence."),
           ("comments", "Priya S."),
           ("comments", "10 January 2024 at 13:05"),
           ("comments", "Fair summary. The Alterra point is often missed."),
           ("comments", "Tom B."),
           ("comments", "11 January 2024 at 07:20"),
           ("comments", "Another petrostate host. You couldn’t make it up."),
           ("comments", "Leave a Reply"),
           ("comments", "Your email address will not be published. Required fields are marked *"),
           ("sidebar", "Search"),
           ("related-links", "Recent Posts"),
           ("related-links", "Coal in Asia after Dubai"),
           ("related-links", "Gavel notes from Expo City"),
           ("copyright", "© 2024 The Long Transition · Powered by WordPress")],
}


def paragraphs(d, f):
    s = open(os.path.join(A, f), encoding='utf-8').read()
    if f.endswith('.html'):
        if d == '02':
            part = re.search(r'<div class="story-body">(.*?)</div>\s*<div class="tags">', s, re.S).group(1)
            part = re.sub(r'<div class="inline-ad">.*?</div>', '', part, flags=re.S)
        else:
            part = re.search(r'<div class="entry-content">(.*?)</div>\s*<footer', s, re.S).group(1)
        return [html.unescape(re.sub('<[^>]+>', '', p)).strip() for p in re.findall(r'<p>(.*?)</p>', part, re.S)]
    if f.endswith('.jsonl'):
        s = json.loads(s.splitlines()[0])['text']
    lines = [l.strip() for l in s.split('\n') if l.strip()]
    return [l for l in lines if l not in {b for _, b in bp[d]}]


def strip_dateline(p):
    # news datelines ('DUBAI (Meridian Wire) - ', 'DUBAI, Nov 30 — ', 'NAIROBI - ') are neither body nor boilerplate
    return re.sub(r'^(DUBAI \(Meridian Wire\) - |DUBAI, Nov 30 — |NAIROBI - )', '', p)


body = {d: [strip_dateline(p) for p in paragraphs(d, f)] for d, f in files.items()}

if __name__ == '__main__':
    out = {"about": "Cleaning key for corpus-e/articles. boilerplate: lines that must not remain in the cleaned text (short "
                    "items, under 25 characters, are checked as whole lines of the cleaned text, longer ones as substrings). "
                    "kinds: which boilerplate line is of which kind (index of the first line of that kind). body: the article "
                    "paragraphs, which must all remain in the cleaned text. News datelines ('DUBAI (Meridian Wire) -', "
                    "'DUBAI, Nov 30 —', 'NAIROBI -') are in neither list: keeping or dropping them is both fine. 04 carries "
                    "its lead twice, the second copy behind a dateline ('DUBAI /Planète Info/ -'): that copy is boilerplate "
                    "(duplicate). 02 and 06 have comment sections with timestamps, tags, share widgets and related links; "
                    "06 has a sidebar and a figure caption inside the article body.",
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
