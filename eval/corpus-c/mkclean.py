import json,re,html
A='/work/main/eval/corpus-c/articles/'
bp={
 "01":["AUKUS deal: Australia to buy US nuclear submarines before building its own","Home / National / Defence","By Olivia Tran, Defence Correspondent","Updated March 14, 2023 — 6.10am","Anthony Albanese, Joe Biden and Rishi Sunak at Naval Base Point Loma in San Diego. Photo: Sam Whitford / Harbour Herald","Advertisement","See also: What the AUKUS plan means for Adelaide’s shipbuilders","© 2023 The Harbour Herald Pty Ltd. All rights reserved.","Olivia Tran is the Harbour Herald’s defence correspondent. She has covered defence and national security from Canberra since 2016."],
 "02":["We use cookies and similar technologies","Home","China","World","Business","Opinion","Culture","Video","Search","Asia-Pacific","China firmly opposes AUKUS submarine deal, warns of \"wrong and dangerous path\"","Source: Huaxia Daily | Updated: 2023-03-14 21:05","Share: Weibo","Advertisement","Share this story:","Related stories","US drives Asia-Pacific militarization with submarine deal: experts","Australian scholars question AUKUS costs","Spokesperson's remarks at regular press conference","About Us","Contact Us","Terms of Use","Privacy Policy","Copyright 2023 Huaxia Daily. All rights reserved."],
 "03":["RISHI'S SUB DEAL: PM hails 'vote of confidence' in British shipyards as China fumes","We use cookies to improve your experience on our site and to show you relevant advertising. By continuing you agree to our Cookie Policy. [OK]","Rishi Sunak with Joe Biden and Anthony Albanese at the naval base in San Diego (Image: Sentinel Pictures/Getty)","(PA) — BRITAIN will build a new fleet of nuclear-powered attack submarines with Australia and the US in a blockbuster deal that Rishi Sunak says will secure thousands of jobs in Barrow and Derby for decades.","Advertisement","See also: Royal Navy hunter-killer sub shadows Russian warship in the Channel","Have your say: is the AUKUS submarine deal worth the money? Let us know in the comments below.","Subscribe to our newsletter for the biggest stories of the day, straight to your inbox."],
 "04":["Indonesia Reminds Australia About Nuclear Non-Proliferation Obligation After AUKUS Submarine Announcement","Home > World > Asia Pacific","Reporter: Dewi Anggraini | Editor: Rudi Hartono","ADVERTISEMENT","See also: Retno Asks ASEAN to Maintain Unity in Facing Rivalry of Big Countries","Copyright © 2023 Nusantara Daily News. All Rights Reserved."],
 "05":["By Mark Ellery","Subscribe to our newsletter for weekly analysis of naval programs, contracts and budgets.","Mark Ellery covers naval shipbuilding and defence procurement for Sea Power Industry Brief. He previously worked as an analyst at a shipyard in Glasgow.","(c) 2023 Sea Power Industry Brief. All rights reserved."],
}
kind={"01":{"title":0,"breadcrumb":1,"byline":2,"dateline":3,"caption":4,"advertisement":5,"related-links":6,"copyright":7,"author-bio":8},
 "03":{"title":0,"cookie-notice":1,"caption":2,"duplicate":3,"advertisement":4,"related-links":5,"comment-prompt":6,"newsletter":7},
 "04":{"title":0,"breadcrumb":1,"byline":2,"advertisement":3,"related-links":4,"copyright":5},
 "05":{"byline":0,"newsletter":1,"author-bio":2,"copyright":3}}
files={"01":"01_harbour-herald.txt","02":"02_huaxia-daily.html","03":"03_daily-sentinel.txt","04":"04_nusantara-daily.txt","05":"05_seapower-brief.jsonl"}
body={}
for d,f in files.items():
    s=open(A+f).read()
    if f.endswith('.html'):
        art=re.search(r'<article>(.*?)</article>',s,re.S).group(1)
        paras=[html.unescape(re.sub('<[^>]+>','',p)).strip() for p in re.findall(r'<p>(.*?)</p>',art,re.S)]
    else:
        if f.endswith('.jsonl'): s=json.loads(s)['text']
        paras=[l.strip() for l in s.split('\n') if l.strip()]
        paras=[p for p in paras if p not in bp[d]]
    body[d]=paras
out={"about":"Cleaning key for eval/corpus-c/articles. boilerplate: lines that must not remain in the cleaned text (02: page furniture of the HTML page, checked as whole lines of the cleaned text for short items). kinds: which boilerplate line is of which kind (index into boilerplate). body: the article paragraphs, which must all remain in the cleaned text.",
 "docs":{d:{"boilerplate":bp[d],"kinds":kind.get(d,{}),"body":body[d]} for d in files}}
json.dump(out,open('/work/main/eval/corpus-c/keys/cleaning.json','w'),indent=1,ensure_ascii=False)
for d in body: print(d,len(body[d]), sum(len(p.split()) for p in body[d]))
