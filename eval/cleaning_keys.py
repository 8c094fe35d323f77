"""Shared part of the corpora's mkclean.py: the article paragraphs a cleaning key expects, and writing the key.

Each corpus's mkclean.py lists its boilerplate lines and calls these; eval/check_keys.py reads `files`, `bp` and `body`
from that mkclean.py.
"""
import html
import json
import os
import re


def paragraphs(article_dir, f, boilerplate, body_div, end_div, ad_div):
    """The body paragraphs of one article file: the <p> elements of an HTML page's body div (ads left out), else the
    non-empty lines of the text (a JSON Lines record's "text") that are not boilerplate."""
    s = open(os.path.join(article_dir, f), encoding='utf-8').read()
    if f.endswith('.html'):
        part = re.search(r'<div class="' + body_div + r'">(.*?)</div>\s*<div class="' + end_div + '">', s, re.S).group(1)
        part = re.sub(r'<div class="' + ad_div + r'">.*?</div>', '', part, flags=re.S)
        return [html.unescape(re.sub('<[^>]+>', '', p)).strip() for p in re.findall(r'<p>(.*?)</p>', part, re.S)]
    if f.endswith('.jsonl'):
        s = json.loads(s.splitlines()[0])['text']
    lines = [l.strip() for l in s.split('\n') if l.strip()]
    return [l for l in lines if l not in {b for _, b in boilerplate}]


def bodies(here, files, bp, dateline, body_div='article-body', end_div='tags', ad_div='ad-slot'):
    """doc → body paragraphs, with news datelines (the regex `dateline`, neither body nor boilerplate) cut off."""
    article_dir = os.path.join(here, 'articles')
    return {d: [re.sub(dateline, '', p) for p in paragraphs(article_dir, f, bp[d], body_div, end_div, ad_div)]
            for d, f in files.items()}


def write(here, about, files, bp, body):
    """Writes keys/cleaning.json and prints what it holds per document."""
    out = {"about": about, "docs": {}}
    for d in files:
        kinds = {}
        for i, (k, _) in enumerate(bp[d]):
            kinds.setdefault(k, i)
        out["docs"][d] = {"boilerplate": [b for _, b in bp[d]], "kinds": kinds, "body": body[d]}
    with open(os.path.join(here, 'keys', 'cleaning.json'), 'w') as f:
        json.dump(out, f, indent=1, ensure_ascii=False)
        f.write('\n')
    for d in body:
        print(d, len(body[d]), 'paragraphs', sum(len(p.split()) for p in body[d]), 'words', len(bp[d]), 'boilerplate')
