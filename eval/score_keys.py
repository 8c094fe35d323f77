#!/usr/bin/env python3
"""Throwaway scorer shared by the held-out corpora c to g: compares a Parallax dossier.json with a corpus's keys.

usage: python3 eval/score_keys.py CORPUS_DIR [DOSSIER]   (or python3 eval/corpus-X/score.py [DOSSIER])
The key's one intended contradiction is taken from claims.json. Matching rules follow parallax-core/src/test/java/dev/parallax/SeedEvaluationTest.java where that test has them.
"""
import json
import os
import re
import sys
from datetime import date

HERE = os.path.abspath(sys.argv[1])
KEYS = os.path.join(HERE, 'keys')
dossier = json.load(open(sys.argv[2] if len(sys.argv) > 2
                         else os.path.join('/tmp', os.path.basename(HERE) + '-out', 'dossier.json')))


def key(name):
    return json.load(open(os.path.join(KEYS, name)))


def norm(s):
    return s.replace('’', "'").replace('‘', "'").replace('“', '"').replace('”', '"').lower()


docs = dossier['documents']
entities = dossier['entities']
by_id = {e['id']: e for e in entities}


def doc(prefix):
    return next(d for d in docs if d['id'].startswith(prefix))


def holding(canonical, typ=None):
    best = None
    for e in entities:
        if e['name'] == canonical or canonical in e['aliases']:
            if best is None or (e['type'] == typ and best['type'] != typ):
                best = e
    return best


def where(alias):
    """System entities holding an alias as name/alias or description, and mentions with that text."""
    out = []
    for e in entities:
        if e['name'] == alias or alias in e['aliases']:
            out.append(e['id'])
        elif alias.lower() in [x.lower() for x in e['descriptions']]:
            out.append(e['id'] + '(desc)')
    return out


out = []


def p(*a):
    print(*a)


# ---------------------------------------------------------------- entities
K = key('entities.json')
key_aliases = found = sys_in_key = placed = 0
home, owner = {}, {}
miss_alias = []
for k in K['entities']:
    e = holding(k['name'], k['type'])
    home[k['name']] = e
    for a in k['aliases']:
        key_aliases += 1
        owner[a] = k['name']
        if e is not None and (a in e['aliases'] or e['name'] == a):
            found += 1
        else:
            miss_alias.append((k['name'], k['type'], a, e['id'] if e else None, where(a)))
misplaced, merged, splits = [], [], []
for e in entities:
    people = set()
    for a in set(e['aliases']) | {e['name']}:
        o = owner.get(a)
        if o is None:
            continue
        sys_in_key += 1
        if home.get(o) is e:
            placed += 1
        else:
            misplaced.append((a, e['id'], o, home[o]['id'] if home.get(o) else None))
        if e['type'] == 'PERSON':
            people.add(o)
    if len(people) > 1:
        merged.append((e['id'], sorted(people)))
for k in K['entities']:
    holders = {e['id'] for e in entities for a in k['aliases'] if a in e['aliases'] or e['name'] == a}
    if len(holders) > 1:
        splits.append((k['name'], sorted(holders)))
desc_total = desc_ok = 0
desc_miss = []
for d in K['descriptions']:
    e = home.get(d['entity'])
    for x in d['descriptions']:
        desc_total += 1
        if e and x.lower() in [y.lower() for y in e['descriptions']]:
            desc_ok += 1
        else:
            desc_miss.append((d['entity'], x, where(x)))
role_total = role_ok = 0
role_miss = []
for d in K.get('roles', []):
    e = home.get(d['entity'])
    ok = e is not None and any(any(norm(r).strip() in norm(s) or norm(s) in norm(r) for s in e['roles']) for r in d['roles'])
    role_total += 1
    role_ok += ok
    if not ok:
        role_miss.append((d['entity'], d['roles'], e['roles'] if e else None))
p(f"ENTITIES alias recall {found/key_aliases:.3f} ({found}/{key_aliases}); alias precision {placed/max(sys_in_key,1):.3f} ({placed}/{sys_in_key}); "
  f"people wrongly merged {len(merged)}; key entities split {len(splits)}; descriptions {desc_ok}/{desc_total}; roles {role_ok}/{role_total}")
for m in miss_alias:
    p(f"  alias miss: {m[0]} ({m[1]}) '{m[2]}': holder {m[3]}; alias is at {m[4] or 'nowhere'}")
for m in misplaced:
    p(f"  misplaced: '{m[0]}' in {m[1]}, key owner {m[2]} (home {m[3]})")
for m in merged:
    p(f"  merged people: {m}")
for m in splits:
    p(f"  split: {m}")
for m in desc_miss:
    p(f"  description miss: {m[0]} '{m[1]}' found at {m[2]}")
for m in role_miss:
    p(f"  role miss: {m}")
all_key_aliases = set(owner)
for e in entities:
    if not (set(e['aliases']) | {e['name']}) & all_key_aliases and e['type'] != 'NORP':
        p(f"  (system entity not in key) {e['id']} {e['aliases']} docs {e['documents']}")
for e in entities:
    for m in e['mentions']:
        if m['kind'] == 'description':
            want = [x['entity'] for x in K['descriptions'] if m['text'].lower() in [y.lower() for y in x['descriptions']]]
            if want and home.get(want[0]) is not e:
                p(f"  description misassigned: '{m['text']}' ({m['doc'][:2]}) on {e['id']}, key {want}")
            elif not want:
                p(f"  (unkeyed description) '{m['text']}' ({m['doc'][:2]}) on {e['id']}")
# types
for k in K['entities']:
    e = home.get(k['name'])
    if e and e['type'] != k['type']:
        p(f"  type: {k['name']} key {k['type']} system {e['type']} ({e['id']})")

# ---------------------------------------------------------------- dates
D = key('dates.json')
temporal = dossier['temporal']


def same_value(want, got):
    if got == want:
        return True
    m = re.fullmatch(r'(\d{3})0-01-01/\1?9-12-31', want)
    if m and got in (want[:3] + 'X', want[:3]):
        return True
    return False


used = set()
total = exact = 0
date_miss = []
for d0, text, value in D['dates']:
    total += 1
    did = doc(d0)['id']
    match = None
    for i, t in enumerate(temporal):
        if t['doc'] == did and i not in used and norm(text) in norm(t['text']):
            match = i
            break
    if match is not None:
        used.add(match)
    if match is not None and same_value(value, temporal[match]['value']):
        exact += 1
    else:
        t = temporal[match] if match is not None else None
        date_miss.append(f"{d0} '{text}' want {value} got " + (f"'{t['text']}' = {t['value']} (timex {t['timex']}, reason {t['reason']})" if t else 'nothing'))
p(f"\nDATES exact {exact/total:.3f} ({exact}/{total})")
for m in date_miss:
    p('  date miss: ' + m)
extra = [t for i, t in enumerate(temporal) if i not in used]
for t in extra:
    p(f"  (unkeyed system expression) {t['doc'][:2]} '{t['text']}' = {t['value']}")

P = key('publication.json')
inside = 0
for k in P['published']:
    pub = doc(k['doc'])['published']
    truth = date.fromisoformat(k['date'])
    e, l = pub.get('earliest'), pub.get('latest')
    ok = e is not None and date.fromisoformat(e) <= truth <= date.fromisoformat(l)
    width = (date.fromisoformat(l) - date.fromisoformat(e)).days + 1 if e else None
    inside += ok
    p(f"  publication {k['doc']}: truth {k['date']} (stated {k['stated']}) system value {pub.get('value')} window {e}..{l} width {width}d basis {pub.get('basis')} -> {'OK' if ok else 'MISS'}")
p(f"PUBLICATION truth inside window {inside}/{len(P['published'])}")

# ---------------------------------------------------------------- timeline
T = key('timeline.json')
timeline = dossier['timeline']
t_ok = 0
p('')
for k in T['events']:
    words = [w.lower() for w in k['match']]

    def hit(t):
        hay = (t['title'] + ' ' + (t.get('trigger') or '') + ' ' + ' '.join(t['entities'])).lower()
        return any(w in hay for w in words)
    same = [t for t in timeline if t['date'] == k['date'] and hit(t)]
    other = [t for t in timeline if t['date'] != k['date'] and hit(t)]
    docs_cov = sorted({ev['doc'][:2] for t in same for ev in t['evidence']})
    status = 'OK' if len(same) == 1 else ('DUPLICATED x%d' % len(same) if same else 'MISSING')
    if len(same) == 1:
        t_ok += 1
    p(f"  timeline {k['date']} {k['event']}: {status}; docs {docs_cov} (key {k['docs']})"
      + ''.join(f"\n      [{t['id']} {t['date']}/{t['until']} '{t['title']}' src {t['sources']}]" for t in same)
      + ''.join(f"\n      other date: [{t['id']} {t['date']}/{t['until']} '{t['title']}' docs {sorted({ev['doc'][:2] for ev in t['evidence']})}]" for t in other))
p(f"TIMELINE key events present once with the right date {t_ok}/{len(T['events'])}")

# ---------------------------------------------------------------- quotes
Q = key('quotes.json')
quotes = dossier['quotes']
q_found = q_right = q_kind = q_lenient = 0
K_alias = {k['name']: set(k['aliases']) for k in key('entities.json')['entities']}
q_miss = []
for d0, first, kind, spk in Q['quotes']:
    d = doc(d0)
    at = norm(d['text']).find(norm(first))
    if at < 0:
        q_miss.append(f"{d0} KEY TEXT NOT IN CLEANED TEXT: {first}")
        continue
    q = next((x for x in quotes if x['doc'] == d['id'] and x['start'] <= at + 2 and at < x['end']), None)
    if q is None:
        q_miss.append(f"{d0} not found: [{kind}] '{first}' (speaker {spk})")
        continue
    q_found += 1
    if q['kind'] == kind:
        q_kind += 1
    want = spk if isinstance(spk, list) else [spk]
    got = by_id[q['speaker']]['name'] if q['speaker'] in by_id else None
    ok = (got is None and None in want) or (got is not None and (got in want or any(
        w is not None and holding(w, 'PERSON') is not None and holding(w, 'PERSON')['id'] == q['speaker'] for w in want)))
    lenient = ok or (got is not None and any(w is not None and (set(by_id[q['speaker']]['aliases']) | {got}) & K_alias.get(w, set()) for w in want))
    q_lenient += bool(lenient)
    if ok:
        q_right += 1
    else:
        q_miss.append(f"{d0} speaker of '{first}': want {want} got {got}{' [same person, entity lacks canonical name]' if lenient else ''} (speakerText '{q.get('speakerText')}', cue '{q.get('cue')}', kind {q['kind']})")
    if q['kind'] != kind:
        q_miss.append(f"{d0} kind of '{first}': want {kind} got {q['kind']}")
n = len(Q['quotes'])
p(f"\nQUOTES recall {q_found/n:.3f} ({q_found}/{n}); speaker accuracy {q_right/max(q_found,1):.3f} ({q_right}/{q_found}); lenient (entity of the right person under another name) {q_lenient}/{q_found}; kind right {q_kind}/{q_found}")
for m in q_miss:
    p('  quote miss: ' + m)
keyed_spans = []
for d0, first, kind, spk in Q['quotes']:
    d = doc(d0)
    keyed_spans.append((d['id'], norm(d['text']).find(norm(first))))
for q in quotes:
    if not any(did == q['doc'] and q['start'] <= at + 2 and at < q['end'] for did, at in keyed_spans):
        p(f"  (unkeyed system quote) {q['doc'][:2]} [{q['kind']}] '{q['text'][:70]}' speaker {q['speaker']}")

# ---------------------------------------------------------------- claims
C = key('claims.json')
claims = dossier['claims']


def anchor_pos(d0, a):
    d = doc(d0)
    i = norm(d['text']).find(norm(a))
    return d['id'], i


def claims_covering(did, i, field='assertedBy'):
    res = []
    for c in claims:
        for ev in c[field]:
            if ev['doc'] == did and ev['start'] <= i < ev['end']:
                res.append(c['id'])
    return res


c_ok = 0
p('')
key_contra_ok = []
for k in C['claims']:
    homes = {}
    for d0, aa in k['anchors'].items():
        homes[d0] = []
        for a in (aa if isinstance(aa, list) else [aa]):
            did, i = anchor_pos(d0, a)
            if i < 0:
                p(f"  KEY ANCHOR NOT IN TEXT {d0}: {a}")
                continue
            homes[d0] += claims_covering(did, i)
    cids = {c for v in homes.values() for c in v}
    best, best_docs = None, []
    for cid in sorted(cids, key=lambda c: int(c[1:]) if c[1:].isdigit() else 0):
        ds = [d0 for d0, v in homes.items() if cid in v]
        if len(ds) > len(best_docs):
            best, best_docs = cid, ds
    ok = sorted(best_docs) == sorted(k['docs'])
    c_ok += ok
    cl = next((c for c in claims if c['id'] == best), None)
    p(f"  claim {k['id']}: {'OK' if ok else 'MISS'}; best cluster {best} covers {sorted(best_docs)} of {k['docs']}; per-doc clusters {homes}"
      + (f"; status {cl['status']}" if cl else ''))
    if k.get('contradiction'):
        for d0, a in k['contradiction']['anchors'].items():
            did, i = anchor_pos(d0, a)
            hits = [c['id'] for c in claims for ev in c['contradictedBy'] if ev['doc'] == did and ev['start'] <= i < ev['end']]
            in_best = cl is not None and any(ev['doc'] == did and ev['start'] <= i < ev['end'] for ev in cl['contradictedBy'])
            asserted_elsewhere = claims_covering(did, i)
            p(f"    key contradiction {d0} ({k['contradiction']['aspect']}): reported in {hits or 'no claim'}; in best cluster {in_best}; the {d0} sentence asserts {asserted_elsewhere}")
            key_contra_ok.append(bool(hits))
p(f"CLAIMS key multi-source claims found as one cluster with the right docs {c_ok}/{len(C['claims'])}; key contradiction reported {sum(key_contra_ok)}/{len(key_contra_ok)}")
cost_key = next(k for k in C['claims'] if k.get('contradiction'))  # the key's one intended contradiction
cost_anchor = anchor_pos(*next(iter(cost_key['contradiction']['anchors'].items())))
cost_pos = [anchor_pos(d0, a) for d0, aa in cost_key['anchors'].items() for a in (aa if isinstance(aa, list) else [aa])]
false_alarms = []
for c in claims:
    mirror = any(ev['doc'] == cost_anchor[0] and ev['start'] <= cost_anchor[1] < ev['end'] for ev in c['assertedBy'])
    for ev in c['contradictedBy']:
        if ev['doc'] == cost_anchor[0] and ev['start'] <= cost_anchor[1] < ev['end']:
            continue
        if mirror and any(ev['doc'] == did and ev['start'] <= i < ev['end'] for did, i in cost_pos):
            p(f"  (mirror of the key contradiction, not a false alarm) {c['id']} <- {ev['doc'][:2]} detail {ev.get('detail')}")
            continue
        false_alarms.append((c['id'], c['text'][:90], ev['doc'][:2], dossier_text if False else doc(ev['doc'][:2])['text'][ev['start']:ev['end']][:90], ev['aspect'], ev.get('detail')))
p(f"  contradictions reported that the key does not have (false alarms): {len(false_alarms)}")
for f in false_alarms:
    p(f"    false alarm {f[0]} '{f[1]}' <- {f[2]} '{f[3]}' aspect {f[4]} detail {f[5]}")
st = {}
for c in claims:
    st[c['status']] = st.get(c['status'], 0) + 1
p(f"  claim statuses {st}")

# ---------------------------------------------------------------- cleaning
L = key('cleaning.json')['docs']
bp_total = bp_left = 0
body_total = body_lost = 0
p('')
for d0, k in L.items():
    d = doc(d0)
    lines = [l.strip() for l in d['text'].split('\n') if l.strip()]
    for b in k['boilerplate']:
        bp_total += 1
        left = (b in lines) if len(b) < 25 else (norm(b) in norm(d['text']))
        if left:
            bp_left += 1
            kind = next((kk for kk, i in k['kinds'].items() if k['boilerplate'][i] == b), '')
            p(f"  boilerplate left in {d0} [{kind}]: '{b[:100]}'")
    flat = re.sub(r'\s+', ' ', norm(d['text']))
    for para in k['body']:
        body_total += 1
        if re.sub(r'\s+', ' ', norm(para)) not in flat:
            body_lost += 1
            rem = [r['reason'] for r in d['removed'] if norm(para[:40]) in norm(r['text'])]
            p(f"  body text missing in {d0}: '{para[:90]}' removed as {rem}")
    for r in d['removed']:
        if not any(norm(r['text'].strip()) in norm(b) or norm(b) in norm(r['text']) for b in k['boilerplate']):
            p(f"  removed text not in the boilerplate key {d0} [{r['reason']}]: '{r['text'][:100]}'")
p(f"CLEANING boilerplate lines left {bp_left}/{bp_total}; article paragraphs wrongly removed/damaged {body_lost}/{body_total}")
