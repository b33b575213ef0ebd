#!/usr/bin/env python3
"""Check gold.jsonl of this set: every line parses, every doc has its .txt,
every event carries the SPEC section 2 keys with sane values."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = {"sub_event_type", "actor1", "actor2", "location", "killed", "injured", "required", "note", "date"}
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

def pair_ok(v):
    if v is None:
        return True
    return (isinstance(v, list) and len(v) == 2 and all(x is None or (isinstance(x, int) and x >= 0) for x in v)
            and (v[0] is None or v[1] is None or v[0] <= v[1]))

def date_ok(d):
    if isinstance(d, str):
        return bool(DATE.match(d))
    return isinstance(d, list) and len(d) == 2 and all(isinstance(x, str) and DATE.match(x) for x in d) and d[0] <= d[1]

errors, docs, req, opt = [], 0, 0, 0
seen = set()
with open(os.path.join(HERE, "gold.jsonl"), encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as e:
            errors.append(f"line {n}: does not parse ({e})"); continue
        did = rec.get("doc_id")
        for k in ("doc_id", "published", "events"):
            if k not in rec:
                errors.append(f"line {n}: missing {k}")
        if did in seen:
            errors.append(f"line {n}: duplicate doc_id {did}")
        seen.add(did)
        docs += 1
        if not os.path.isfile(os.path.join(HERE, "docs", f"{did}.txt")):
            errors.append(f"{did}: no docs/{did}.txt")
        if not DATE.match(str(rec.get("published", ""))):
            errors.append(f"{did}: bad published")
        for i, ev in enumerate(rec.get("events", [])):
            where = f"{did} event {i}"
            missing = KEYS - set(ev)
            if missing:
                errors.append(f"{where}: missing {sorted(missing)}")
                continue
            if not isinstance(ev["sub_event_type"], str) or not ev["sub_event_type"]:
                errors.append(f"{where}: bad sub_event_type")
            for a in ("actor1", "actor2"):
                if not (isinstance(ev[a], list) and all(isinstance(x, str) for x in ev[a])):
                    errors.append(f"{where}: {a} must be a list of names")
            loc = ev["location"]
            if not (isinstance(loc, dict) and isinstance(loc.get("names"), list) and loc["names"]):
                errors.append(f"{where}: location.names missing or empty")
            for c in ("killed", "injured"):
                if not pair_ok(ev[c]):
                    errors.append(f"{where}: bad {c} {ev[c]}")
            if not isinstance(ev["required"], bool):
                errors.append(f"{where}: required must be bool")
            if not date_ok(ev["date"]):
                errors.append(f"{where}: bad date {ev['date']}")
            if ev["required"]:
                req += 1
            else:
                opt += 1
txts = {f[:-4] for f in os.listdir(os.path.join(HERE, "docs")) if f.endswith(".txt")}
for extra in sorted(txts - seen):
    errors.append(f"docs/{extra}.txt has no gold line")
for e in errors:
    print("ERROR", e)
print(f"{docs} docs, {req} required + {opt} optional events, {len(errors)} errors")
sys.exit(1 if errors else 0)
