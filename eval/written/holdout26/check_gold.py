#!/usr/bin/env python3
"""Check the holdout26 gold set: every line parses, every doc has its .txt,
every event carries the SPEC section 2 keys with sane values."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = {"sub_event_type", "actor1", "actor2", "location", "killed", "injured", "required", "note", "date"}
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

def ok_range(v):
    return v is None or (isinstance(v, list) and len(v) == 2 and
                         all(x is None or (isinstance(x, int) and x >= 0) for x in v) and
                         (v[0] is None or v[1] is None or v[0] <= v[1]))

def ok_date(d):
    if isinstance(d, str):
        return bool(DATE.match(d))
    return isinstance(d, list) and len(d) == 2 and all(isinstance(x, str) and DATE.match(x) for x in d) and d[0] <= d[1]

errors, docs, req, opt = [], 0, 0, 0
seen = set()
with open(os.path.join(HERE, "gold.jsonl"), encoding="utf-8") as f:
    for ln, line in enumerate(f, 1):
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as e:
            errors.append(f"line {ln}: bad JSON: {e}"); continue
        did = rec.get("doc_id")
        for k in ("doc_id", "published", "events"):
            if k not in rec:
                errors.append(f"line {ln}: missing {k}")
        if did in seen:
            errors.append(f"line {ln}: duplicate doc_id {did}")
        seen.add(did)
        if not os.path.isfile(os.path.join(HERE, "docs", f"{did}.txt")):
            errors.append(f"{did}: no docs/{did}.txt")
        if not DATE.match(rec.get("published") or ""):
            errors.append(f"{did}: bad published")
        docs += 1
        for i, ev in enumerate(rec.get("events", [])):
            miss = KEYS - ev.keys()
            if miss:
                errors.append(f"{did} ev{i}: missing {sorted(miss)}")
                continue
            if not isinstance(ev["actor1"], list) or not isinstance(ev["actor2"], list):
                errors.append(f"{did} ev{i}: actors must be lists")
            names = ev["location"].get("names") if isinstance(ev["location"], dict) else None
            if not names or not all(isinstance(n, str) and n for n in names):
                errors.append(f"{did} ev{i}: location.names empty")
            if "lat" in ev["location"] or "lon" in ev["location"]:
                errors.append(f"{did} ev{i}: lat/lon not allowed in this set")
            if not ok_range(ev["killed"]) or not ok_range(ev["injured"]):
                errors.append(f"{did} ev{i}: bad killed/injured")
            if not ok_date(ev["date"]):
                errors.append(f"{did} ev{i}: bad date {ev['date']}")
            if not isinstance(ev["required"], bool):
                errors.append(f"{did} ev{i}: required must be bool")
            if ev["required"]:
                req += 1
            else:
                opt += 1
txts = {f[:-4] for f in os.listdir(os.path.join(HERE, "docs")) if f.endswith(".txt")}
for t in sorted(txts - seen):
    errors.append(f"docs/{t}.txt has no gold line")
for e in errors:
    print("ERROR", e)
print(f"{docs} docs, {req} required + {opt} optional events, {len(errors)} errors")
sys.exit(1 if errors else 0)
