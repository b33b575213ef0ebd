#!/usr/bin/env python3
"""Check holdout28 gold: every line parses, every doc has its .txt, every event has the SPEC keys."""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = {"sub_event_type", "actor1", "actor2", "location", "killed", "injured", "required", "date"}
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")
def pair_ok(p):
    return p is None or (isinstance(p, list) and len(p) == 2 and all(x is None or (isinstance(x, int) and x >= 0) for x in p)
                         and (p[0] is None or p[1] is None or p[0] <= p[1]))
def date_ok(d):
    if isinstance(d, str): return bool(ISO.match(d))
    return isinstance(d, list) and len(d) == 2 and all(isinstance(x, str) and ISO.match(x) for x in d) and d[0] <= d[1]
errors, docs, req, opt, seen = [], 0, 0, 0, set()
with open(os.path.join(HERE, "gold.jsonl"), encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        try:
            rec = json.loads(line)
        except Exception as e:
            errors.append(f"line {n}: does not parse: {e}"); continue
        did = rec.get("doc_id"); docs += 1
        if did in seen: errors.append(f"line {n}: duplicate doc_id {did}")
        seen.add(did)
        for k in ("doc_id", "published", "events"):
            if k not in rec: errors.append(f"{did}: missing {k}")
        if not ISO.match(str(rec.get("published", ""))): errors.append(f"{did}: bad published")
        txt = os.path.join(HERE, "docs", f"{did}.txt")
        if not os.path.isfile(txt):
            errors.append(f"{did}: no docs/{did}.txt")
        else:
            words = len(open(txt, encoding="utf-8").read().split())
            if not 120 <= words <= 800: errors.append(f"{did}: {words} words")
        for i, ev in enumerate(rec.get("events", [])):
            miss = KEYS - set(ev)
            if miss: errors.append(f"{did} event {i}: missing {sorted(miss)}")
            if not isinstance(ev.get("actor1"), list) or not isinstance(ev.get("actor2"), list):
                errors.append(f"{did} event {i}: actor1/actor2 must be lists")
            names = (ev.get("location") or {}).get("names")
            if not names or not all(isinstance(x, str) and x for x in names):
                errors.append(f"{did} event {i}: location.names empty")
            if "lat" in (ev.get("location") or {}): errors.append(f"{did} event {i}: has lat/lon")
            if not pair_ok(ev.get("killed")) or not pair_ok(ev.get("injured")):
                errors.append(f"{did} event {i}: bad killed/injured")
            if not date_ok(ev.get("date")): errors.append(f"{did} event {i}: bad date")
            if ev.get("required") is True: req += 1
            elif ev.get("required") is False: opt += 1
            else: errors.append(f"{did} event {i}: required not bool")
txts = {f[:-4] for f in os.listdir(os.path.join(HERE, "docs")) if f.endswith(".txt")}
for extra in sorted(txts - seen): errors.append(f"docs/{extra}.txt has no gold line")
for e in errors: print("ERROR", e)
print(f"{docs} docs, {req} required + {opt} optional events, {len(errors)} errors")
sys.exit(1 if errors else 0)
