#!/usr/bin/env python3
"""Throwaway scorer: compares a Parallax dossier with the answer keys in keys/.

usage: python3 score.py [/tmp/corpus-b-out/dossier.json]
Conventions follow SeedEvaluationTest (alias lands in the system entity holding the canonical name; dates matched
by first unused system expression containing the key text; quotes found when a system quote overlaps the key words).
"""
import json
import os
import sys
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
DOSSIER = sys.argv[1] if len(sys.argv) > 1 else "/tmp/corpus-b-out/dossier.json"
D = json.load(open(DOSSIER))


def key(name):
    return json.load(open(os.path.join(HERE, "keys", name)))


def norm(s):
    return s.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"').lower()


DOCS = {d["id"]: d for d in D["documents"]}


def doc_id(prefix):
    return next(i for i in sorted(DOCS) if i.startswith(prefix))


ENT = D["entities"]
ENT_BY_ID = {e["id"]: e for e in ENT}


def holding(canonical, typ):
    best = None
    for e in ENT:
        if e["name"] == canonical or canonical in e["aliases"]:
            if best is None or (e["type"] == typ and best["type"] != typ):
                best = e
    return best


out = []


def p(*a):
    print(*a)


# ---------------------------------------------------------------- entities
def entities():
    k = key("entities.json")
    total = found = 0
    home, owner = {}, {}
    misses = []
    for ke in k["entities"]:
        e = holding(ke["name"], ke["type"])
        home[ke["name"]] = e
        for a in ke["aliases"]:
            total += 1
            owner[a] = ke["name"]
            if e is not None and (a in e["aliases"] or e["name"] == a):
                found += 1
            else:
                where = [x["id"] for x in ENT if a in x["aliases"] or x["name"] == a]
                misses.append(f"alias '{a}' of {ke['name']} [{ke['type']}]: home={e['id'] if e else None}, found in {where or 'no entity'}")
    in_key = placed = 0
    merged, wrong_place = [], []
    for e in ENT:
        people = set()
        for a in e["aliases"]:
            o = owner.get(a)
            if o is None:
                continue
            in_key += 1
            if home.get(o) is e:
                placed += 1
            else:
                wrong_place.append(f"system {e['id']} holds '{a}' (key: {o})")
            if e["type"] == "PERSON":
                people.add(o)
        if len(people) > 1:
            merged.append(f"{e['id']} merges {sorted(people)}")
    # splits: key entity whose aliases are spread over several system entities
    splits = []
    for ke in k["entities"]:
        holders = {}
        for a in ke["aliases"]:
            for x in ENT:
                if a in x["aliases"] or x["name"] == a:
                    holders.setdefault(x["id"], []).append(a)
        # a holder counts toward a split only if most of its key aliases belong to this key entity
        own = [h for h, al in holders.items()
               if sum(1 for a in ENT_BY_ID[h]["aliases"] if owner.get(a) == ke["name"]) >=
               max(1, sum(1 for a in ENT_BY_ID[h]["aliases"] if owner.get(a) not in (None, ke["name"])))]
        if len(own) > 1:
            splits.append(f"{ke['name']} split into {own}")
    types = []
    for ke in k["entities"]:
        e = home[ke["name"]]
        if e is None:
            types.append(f"{ke['name']}: no system entity")
        elif e["type"] != ke["type"] and not (ke["type"] == "ORG" and e["type"] in ("ORG",)):
            types.append(f"{ke['name']}: key {ke['type']}, system {e['type']} ({e['id']})")
    desc_miss = []
    dn = dt = 0
    for d in k["descriptions"]:
        e = home[d["entity"]]
        for x in d["descriptions"]:
            dt += 1
            got = [norm(y) for y in (e["descriptions"] if e else [])]
            if norm(x) in got or norm(x).removeprefix("the ") in [g.removeprefix("the ") for g in got]:
                dn += 1
            else:
                where = [y["id"] for y in ENT if x in y["descriptions"] or x in y["aliases"]]
                desc_miss.append(f"description '{x}' of {d['entity']}: not on {e['id'] if e else None}; found on {where or 'nothing'}")
    keynames = set(owner)
    spurious = [f"{e['id']} ({e['type']}) aliases={e['aliases']}" for e in ENT
                if not any(a in keynames for a in e["aliases"] + [e["name"]])]
    p(f"ENTITIES alias recall {found/total:.3f} ({found}/{total}); alias precision {placed/in_key:.3f} ({placed}/{in_key}); "
      f"people wrongly merged {len(merged)}; key entities split {len(splits)}; wrong type {len(types)}; descriptions {dn}/{dt}")
    for m in misses: p("  alias miss:", m)
    for m in wrong_place: p("  misplaced:", m)
    for m in merged: p("  MERGED:", m)
    for m in splits: p("  SPLIT:", m)
    for m in types: p("  type:", m)
    for m in desc_miss: p("  desc miss:", m)
    for m in spurious: p("  not in key:", m)


# ---------------------------------------------------------------- dates
def dates():
    k = key("dates.json")
    used = set()
    total = exact = lenient = 0
    misses = []
    temporal = D["temporal"]
    for prefix, text, value in k["dates"]:
        total += 1
        did = doc_id(prefix)
        match = None
        for i, t in enumerate(temporal):
            if t["doc"] == did and i not in used and norm(text) in norm(t["text"]):
                match = (i, t)
                break
        if match:
            used.add(match[0])
        got = match[1]["value"] if match else None
        if match and got == value:
            exact += 1
            lenient += 1
        else:
            if match and got and got.startswith(value + "T"):
                lenient += 1
            misses.append(f"{prefix} '{text}' want {value} got "
                          + (f"{got} (as '{match[1]['text']}', timex {match[1]['timex']}, reason {match[1]['reason']})" if match else "nothing"))
    p(f"DATES exact {exact/total:.3f} ({exact}/{total}); allowing a time-of-day suffix {lenient}/{total}")
    for m in misses: p("  date miss:", m)
    pub = key("publication.json")
    inside = 0
    for it in pub["documents"]:
        pd = DOCS[doc_id(it["doc"])]["published"]
        truth = date.fromisoformat(it["published"])
        if pd["earliest"]:
            e, l = date.fromisoformat(pd["earliest"][:10]), date.fromisoformat(pd["latest"][:10])
            ok = e <= truth <= l
            inside += ok
            p(f"  published {it['doc']}: truth {truth} stated={it['stated']}; system {pd['value']} [{e}..{l}] width {(l-e).days+1} d, "
              f"basis {pd['basis']} -> {'inside' if ok else 'OUTSIDE'}")
        else:
            p(f"  published {it['doc']}: truth {truth} stated={it['stated']}; system {pd['value']} basis {pd['basis']} -> NO WINDOW")
    p(f"PUBLICATION true date inside window {inside}/{len(pub['documents'])}")


# ---------------------------------------------------------------- timeline
def timeline():
    k = key("timeline.json")
    tl = D["timeline"]
    ok = 0
    lines = []
    claimed = {}
    for ev in k["events"]:
        alt = ev.get("altDates", {})
        hits = []
        for t in tl:
            docs = {e["doc"][:2] for e in t["evidence"]}
            if not docs & set(ev["docs"]):
                continue
            if t["date"] != ev["date"] and not any(alt.get(x) == t["date"] for x in docs):
                continue
            if ev.get("until") and t.get("until") != ev["until"]:
                continue
            words = (t["title"] + " " + (t.get("trigger") or "")).lower()
            if any(w.lower() in words for w in ev["match"]) or any(x in i for x in ev["entities"] for i in t["entities"]):
                hits.append(t)
        for h in hits:
            claimed.setdefault(h["id"], []).append(ev["id"])
        srcs = sorted({e["doc"][:2] for h in hits for e in h["evidence"]})
        if len(hits) == 1:
            ok += 1
            status = "found"
        elif hits:
            status = f"DUPLICATED x{len(hits)}"
        else:
            status = "MISSING"
        lines.append(f"  {ev['id']} {ev['date']}{'/' + ev['until'] if ev.get('until') else ''} {ev['title'][:70]} "
                     f"[key docs {','.join(ev['docs'])}] -> {status} {[h['id'] + ' ' + h['title'] for h in hits]} system docs {srcs}")
    p(f"TIMELINE key events found once with the right date {ok}/{len(k['events'])}")
    for l in lines: p(l)
    for t in tl:
        if t["id"] not in claimed:
            p(f"  system event not matching a key event: {t['id']} {t['date']} '{t['title']}' docs {sorted({e['doc'][:2] for e in t['evidence']})}")


# ---------------------------------------------------------------- quotes
def quotes():
    k = key("quotes.json")
    total = found = right = 0
    misses = []
    kind_ok = 0
    for prefix, words, kind, spk in k["quotes"]:
        total += 1
        d = DOCS[doc_id(prefix)]
        at = norm(d["text"]).find(norm(words))
        if at < 0:
            misses.append(f"KEY TEXT NOT IN CLEANED TEXT: {prefix} '{words}'")
            continue
        cands = [x for x in D["quotes"] if x["doc"] == d["id"] and x["start"] <= at + 2 and at < x["end"]]
        q = next((x for x in cands if x["kind"] == kind), cands[0] if cands else None)
        if q is None:
            misses.append(f"not found: {prefix} '{words}' ({kind}, {spk})")
            continue
        found += 1
        if q["kind"] == kind:
            kind_ok += 1
        want = set(spk) if isinstance(spk, list) else ({spk} if spk else set())
        got = ENT_BY_ID[q["speaker"]]["name"] if q["speaker"] in ENT_BY_ID else None
        if not want:
            good = got is None
        else:
            good = got is not None and (got in want or any(holding(w, "PERSON") and holding(w, "PERSON")["id"] == q["speaker"] for w in want))
        if good:
            right += 1
        else:
            misses.append(f"speaker of {prefix} '{words}': want {sorted(want) or None} got {got} (speakerText '{q['speakerText']}', {q['id']})")
        if q["kind"] != kind:
            misses.append(f"kind of {prefix} '{words}': want {kind} got {q['kind']}")
    p(f"QUOTES recall {found/total:.3f} ({found}/{total}); speaker accuracy {right/found:.3f} ({right}/{found}); kind agreement {kind_ok}/{found}")
    for m in misses: p("  quote miss:", m)


# ---------------------------------------------------------------- claims
def covers(span, doc, anchors):
    t = DOCS[doc]["text"]
    for a in anchors:
        i = t.find(a)
        if i >= 0 and span["doc"] == doc and span["start"] <= i and i + len(a) <= span["end"] + 1:
            return True
    return False


def claims():
    k = key("claims.json")
    full = 0
    lines = []
    contra_found = False
    for kc in k["claims"]:
        best, best_docs = None, set()
        for c in D["claims"]:
            docs = {pre for pre, anc in kc["anchors"].items()
                    if any(covers(s, doc_id(pre), anc) for s in c["assertedBy"])}
            if len(docs) > len(best_docs):
                best, best_docs = c, docs
        where = {}
        for pre, anc in kc["anchors"].items():
            ids = [c["id"] for c in D["claims"] if any(covers(s, doc_id(pre), anc) for s in c["assertedBy"])]
            where[pre] = ids or ["-"]
        if best_docs == set(kc["docs"]):
            full += 1
            st = "found"
        elif len(best_docs) >= 2:
            st = f"PARTIAL {sorted(best_docs)} of {kc['docs']}"
        else:
            st = "NOT CLUSTERED"
        extra = ""
        if best is not None:
            extra = f" best {best['id']} ({best['status']}, asserted by {sorted({s['doc'][:2] for s in best['assertedBy']})})"
        lines.append(f"  {kc['id']} {kc['text'][:70]} -> {st};{extra}; per doc {where}")
        if "contradiction" in kc:
            ca = kc["contradiction"]["anchors"]
            for c in D["claims"]:
                a = any(covers(s, doc_id(pre), anc) for s in c["assertedBy"] for pre, anc in kc["anchors"].items())
                x = any(covers(s, doc_id(pre), anc) for s in c["contradictedBy"] for pre, anc in ca.items())
                a2 = any(covers(s, doc_id(pre), anc) for s in c["assertedBy"] for pre, anc in ca.items())
                x2 = any(covers(s, doc_id(pre), anc) for s in c["contradictedBy"] for pre, anc in kc["anchors"].items())
                if (a and x) or (a2 and x2):
                    contra_found = True
    p(f"CLAIMS key multi-source claims found as one cluster with exactly the key's asserting docs {full}/{len(k['claims'])}; "
      f"planted contradiction (C8 BYD 17% vs 17.4%) reported: {contra_found}")
    for l in lines: p(l)
    # false alarms: every contradiction that is not the planted one
    fa = 0
    c8 = next(c for c in k["claims"] if c["id"] == "C8")
    for c in D["claims"]:
        for x in c["contradictedBy"]:
            t = DOCS[x["doc"]]["text"]
            planted = x["doc"].startswith("b3") and any(t.find(a) >= 0 and x["start"] <= t.find(a) < x["end"]
                                                        for a in c8["contradiction"]["anchors"]["b3"])
            if not planted:
                fa += 1
                asrt = "; ".join(f"{s['doc'][:2]}: {DOCS[s['doc']]['text'][s['start']:s['end']][:90]}" for s in c["assertedBy"])
                p(f"  FALSE ALARM {c['id']} {x['aspect']} '{x['detail']}' contradictedBy {x['doc'][:2]}: "
                  f"'{t[x['start']:x['end']][:90]}' vs asserted {asrt}")
    stat = {}
    for c in D["claims"]:
        stat[c["status"]] = stat.get(c["status"], 0) + 1
    p(f"  contradictions reported where sources agree (false alarms): {fa}; system claim statuses {stat}")


# ---------------------------------------------------------------- cleaning
def cleaning():
    k = key("cleaning.json")
    left, lost = [], []
    nb = na = 0
    for pre, items in k["boilerplate"].items():
        t = norm(DOCS[doc_id(pre)]["text"])
        for reason, s in items:
            nb += 1
            if norm(s) in t:
                left.append(f"{pre} [{reason}] '{s}'")
    dl = k["duplicateLead"]
    t = DOCS[doc_id(dl["doc"])]["text"]
    copies = t.count(dl["text"])
    for pre, items in k["article"].items():
        d = DOCS[doc_id(pre)]
        for s in items:
            na += 1
            inside = norm(s) in norm(d["text"])
            rem = [r for r in d["removed"] if norm(s) in norm(r["text"]) and r["reason"] != "duplicate"]
            if not inside or rem:
                lost.append(f"{pre} '{s}' in text={inside} removed as {[r['reason'] for r in rem]}")
    p(f"CLEANING boilerplate left {len(left)}/{nb}; article paragraphs lost {len(lost)}/{na}; b3 duplicated lead copies kept {copies} (want {dl['keep']})")
    for l in left: p("  left:", l)
    for l in lost: p("  lost:", l)
    for d in D["documents"]:
        for r in d["removed"]:
            p(f"  removed {d['id'][:2]} {r['reason']}: {r['text'][:80]!r}")


if __name__ == "__main__":
    for f in (entities, dates, timeline, quotes, claims, cleaning):
        f()
        print()
