#!/usr/bin/env python3
"""Check holdout27 gold: every line parses, every doc has its .txt, every event has the SPEC keys."""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = {"sub_event_type", "actor1", "actor2", "location", "killed", "injured", "required", "note", "date"}
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
def okdate(d):
    if isinstance(d, str):
        return bool(DATE.match(d))
    return isinstance(d, list) and len(d) == 2 and all(isinstance(x, str) and DATE.match(x) for x in d) and d[0] <= d[1]
def okrange(r):
    return r is None or (isinstance(r, list) and len(r) == 2 and all(x is None or isinstance(x, int) for x in r)
                         and (None in r or r[0] <= r[1]))
errs, docs, req, opt = [], 0, 0, 0
seen = set()
with open(os.path.join(HERE, "gold.jsonl"), encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        try:
            d = json.loads(line)
        except Exception as e:
            errs.append(f"line {n}: {e}"); continue
        docs += 1
        did = d.get("doc_id")
        if did in seen: errs.append(f"{did}: duplicate")
        seen.add(did)
        for k in ("doc_id", "published", "events"):
            if k not in d: errs.append(f"line {n}: missing {k}")
        if not DATE.match(str(d.get("published"))): errs.append(f"{did}: bad published")
        p = os.path.join(HERE, "docs", f"{did}.txt")
        if not os.path.exists(p):
            errs.append(f"{did}: no .txt")
        else:
            w = len(open(p, encoding="utf-8").read().split())
            if not 120 <= w <= 800: errs.append(f"{did}: {w} words")
        for i, e in enumerate(d.get("events", [])):
            miss = KEYS - set(e)
            if miss: errs.append(f"{did} ev{i}: missing {sorted(miss)}")
            if not isinstance(e.get("actor1"), list) or not isinstance(e.get("actor2"), list):
                errs.append(f"{did} ev{i}: actors must be lists")
            if not e.get("location", {}).get("names"): errs.append(f"{did} ev{i}: no location names")
            if not okdate(e.get("date")): errs.append(f"{did} ev{i}: bad date")
            if not okrange(e.get("killed")) or not okrange(e.get("injured")): errs.append(f"{did} ev{i}: bad range")
            if "lat" in e.get("location", {}): errs.append(f"{did} ev{i}: lat given")
            if e.get("required") is True: req += 1
            elif e.get("required") is False: opt += 1
            else: errs.append(f"{did} ev{i}: required not bool")
print(f"{docs} docs, {req} required + {opt} optional events")
for x in errs: print("ERROR", x)
sys.exit(1 if errs else 0)
