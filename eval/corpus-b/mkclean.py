"""Corpus b's cleaning key was written by hand (keys/cleaning.json, boilerplate with kinds); this gives eval/check_keys.py
what it reads from every corpus's mkclean.py: `files`, `bp` (doc → [(kind, line)]) and `body` (the article paragraphs,
the whole paragraphs whose opening words the key gives)."""
import html
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..'))
from cleaning_keys import paragraphs  # noqa: E402

files = {f[:2]: f for f in sorted(os.listdir(os.path.join(HERE, 'articles')))}
_docs = json.load(open(os.path.join(HERE, 'keys', 'cleaning.json'), encoding='utf-8'))['docs']
bp = {d: [(next((k for k, i in v['kinds'].items() if i == n), ''), b) for n, b in enumerate(v['boilerplate'])]
      for d, v in _docs.items()}


def _html_body(f):
    s = open(os.path.join(HERE, 'articles', f), encoding='utf-8').read()
    post = re.search(r'<article class="post">(.*?)</article>', s, re.S).group(1)
    return [html.unescape(re.sub('<[^>]+>', '', p)).strip() for p in re.findall(r'<p>(.*?)</p>', post, re.S)]


def _paragraphs(d, f):
    return _html_body(f) if f.endswith('.html') else paragraphs(os.path.join(HERE, 'articles'), f, bp[d], '', '', '')


# The hand-written key names each body paragraph by its opening words; the titles and the boilerplate it lists as
# substrings are neither body nor exact boilerplate lines.
# A repeated lead paragraph is kept once, as cleaning must leave it.
body = {d: list(dict.fromkeys(p for p in _paragraphs(d, f) if any(o in p for o in _docs[d]['body'])))
        for d, f in files.items()}
