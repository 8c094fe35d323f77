"""Consistency checks of a corpus's keys against its article texts (no engine needed): python3 eval/check_keys.py CORPUS_DIR"""
import json
import os
import re
import sys

HERE = os.path.abspath(sys.argv[1])
sys.path.insert(0, HERE)
from mkclean import body, bp, files  # noqa: E402


def key(n):
    return json.load(open(os.path.join(HERE, 'keys', n)))


def norm(s):
    return s.replace('’', "'").replace('‘', "'").replace('“', '"').replace('”', '"').lower()


text = {d: '\n\n'.join(ps) for d, ps in body.items()}
problems = 0


def bad(msg):
    global problems
    problems += 1
    print('PROBLEM', msg)


def occurs(form, t):
    return re.search(r'(?<![\w-])' + re.escape(form) + r'(?![\w])', t) is not None


# files / ids
for d, f in files.items():
    assert f.startswith(d + '_'), f
    if f.endswith('.jsonl'):
        assert json.loads(open(os.path.join(HERE, 'articles', f)).read())['id'].startswith(d)

# boilerplate lines exist in the raw files
for d, f in files.items():
    raw = open(os.path.join(HERE, 'articles', f), encoding='utf-8').read()
    import html as H
    flat = raw
    if f.endswith('.html'):
        flat = re.sub(r'\s+', ' ', H.unescape(re.sub('<[^>]+>', ' ', raw))) + ' ' + re.sub(r'\s+', ' ', H.unescape(re.sub('<[^>]+>', '', raw)))
    if f.endswith('.jsonl'):
        flat = json.loads(raw)['text']
    for _, b in bp[d]:
        if norm(b) not in norm(flat):
            bad(f'{d} boilerplate not in raw file: {b[:80]}')
        if len(b) >= 25 and norm(b) in norm(text[d]):
            bad(f'{d} boilerplate also in body: {b[:80]}')
        if len(b) < 25 and b in [l.strip() for l in text[d].split('\n')]:
            bad(f'{d} short boilerplate is a body line: {b}')

# entities
E = key('entities.json')
owner = {}
for e in E['entities']:
    if e['name'] not in e['aliases'] and not any(occurs(e['name'], t) for t in text.values()):
        bad(f"canonical {e['name']} does not occur")
    for a in e['aliases']:
        if a in owner:
            bad(f"alias {a} keyed twice ({owner[a]}, {e['name']})")
        owner[a] = e['name']
        ds = [d for d, t in text.items() if occurs(a, t)]
        if not ds:
            bad(f"alias {a} of {e['name']} not in any body text")
names = {e['name'] for e in E['entities']}
for x in E['descriptions'] + E['roles']:
    if x['entity'] not in names:
        bad(f"description/role for unknown entity {x['entity']}")
for x in E['descriptions']:
    for s in x['descriptions']:
        if not any(s.lower() in t.lower() for t in text.values()):
            bad(f"description {s} not in texts")
for x in E['roles']:
    for s in x['roles']:
        if not any(norm(s) in norm(t) for t in text.values()):
            bad(f"role {s} not in texts")

# capitalised words in the bodies that no alias or description covers (for review)
covered = set()
for e in E['entities']:
    for a in e['aliases']:
        covered.update(a.split())
for x in E['descriptions']:
    for s in x['descriptions']:
        covered.update(s.split())
unc = {}
for d, t in text.items():
    for m in re.finditer(r"\b[A-Z][\w'.-]*", t):
        w = m.group(0).rstrip('.').removesuffix("'s")
        if w not in covered:
            unc.setdefault(w, set()).add(d)
print('capitalised words not in any alias (review):', ' '.join(f'{w}[{"".join(sorted(ds))}]' for w, ds in sorted(unc.items())))

# dates: in order, each present
D = key('dates.json')
pos = {d: 0 for d in text}
for d0, t, v in D['dates']:
    i = text[d0].find(t, pos[d0])
    if i < 0:
        i2 = norm(text[d0]).find(norm(t))
        bad(f'date {d0} {t!r} not found after position {pos[d0]} (anywhere: {i2})')
    else:
        pos[d0] = i + len(t)
dn = {}
for d0, _, _ in D['dates']:
    dn[d0] = dn.get(d0, 0) + 1

# quotes: first words present; print the context of the first occurrence
Q = key('quotes.json')
for d0, first, kind, spk in Q['quotes']:
    t = norm(text[d0])
    i = t.find(norm(first))
    if i < 0:
        bad(f'quote {d0} {first!r} not in body')
        continue
    if t.count(norm(first)) > 1:
        print(f'  note: quote words {first!r} occur {t.count(norm(first))}x in {d0}; first: ...{text[d0][max(0, i - 50):i + 40]!r}')
    for s in (spk if isinstance(spk, list) else [spk]):
        if s is not None and s not in names:
            bad(f'quote speaker {s} is not a key entity')
    if kind not in ('direct', 'indirect', 'partial'):
        bad(f'kind {kind}')

# claims: anchors present and unique
C = key('claims.json')
for c in C['claims']:
    assert sorted(c['anchors']) == sorted(c['docs']), c['id']
    for d0, aa in list(c['anchors'].items()) + list((c['contradiction'] or {}).get('anchors', {}).items()):
        for a in (aa if isinstance(aa, list) else [aa]):
            n = norm(text[d0]).count(norm(a))
            if n != 1:
                bad(f"claim {c['id']} anchor in {d0} occurs {n}x: {a}")

# timeline docs / publication
T = key('timeline.json')
for e in T['events']:
    for d0 in e['docs']:
        assert d0 in files
P = key('publication.json')
assert [p['doc'] for p in P['published']] == sorted(files)

print(f"entities {len(E['entities'])} (aliases {sum(len(e['aliases']) for e in E['entities'])}), descriptions "
      f"{sum(len(x['descriptions']) for x in E['descriptions'])}, roles {len(E['roles'])}; dates {len(D['dates'])} {dn}; "
      f"quotes {len(Q['quotes'])}; claims {len(C['claims'])} (+{len(C['single_source'])} single-source); timeline "
      f"{len(T['events'])}; publication {len(P['published'])}; cleaning boilerplate "
      f"{sum(len(v) for v in bp.values())} body paragraphs {sum(len(v) for v in body.values())}")
print('problems:', problems)
