#!/usr/bin/env python3
"""Check holdout22 gold: every line parses, every doc has its .txt, every event has the SPEC keys."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = {"sub_event_type", "actor1", "actor2", "location", "killed", "injured", "required", "date"}
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

def ok_range(v):
    return v is None or (isinstance(v, list) and len(v) == 2 and
                         all(x is None or isinstance(x, int) for x in v) and
                         (None in v or v[0] <= v[1]))

def ok_date(d):
    if isinstance(d, str):
        return bool(DATE.match(d))
    return isinstance(d, list) and len(d) == 2 and all(isinstance(x, str) and DATE.match(x) for x in d) and d[0] <= d[1]

def main():
    errors, docs, req, opt = [], 0, 0, 0
    seen = set()
    with open(os.path.join(HERE, "gold.jsonl"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as e:
                errors.append(f"line {n}: does not parse: {e}")
                continue
            doc = rec.get("doc_id")
            docs += 1
            if doc in seen:
                errors.append(f"line {n}: duplicate doc_id {doc}")
            seen.add(doc)
            for k in ("doc_id", "published", "events"):
                if k not in rec:
                    errors.append(f"{doc}: missing {k}")
            if not os.path.isfile(os.path.join(HERE, "docs", f"{doc}.txt")):
                errors.append(f"{doc}: no docs/{doc}.txt")
            if not DATE.match(str(rec.get("published", ""))):
                errors.append(f"{doc}: bad published date")
            for i, ev in enumerate(rec.get("events", [])):
                miss = KEYS - set(ev)
                if miss:
                    errors.append(f"{doc} event {i}: missing {sorted(miss)}")
                    continue
                if not isinstance(ev["actor1"], list) or not isinstance(ev["actor2"], list):
                    errors.append(f"{doc} event {i}: actors must be lists")
                names = ev["location"].get("names") if isinstance(ev["location"], dict) else None
                if not names or not all(isinstance(x, str) and x for x in names):
                    errors.append(f"{doc} event {i}: location.names empty")
                if "lat" in ev["location"] or "lon" in ev["location"]:
                    errors.append(f"{doc} event {i}: lat/lon not allowed in this set")
                if not ok_range(ev["killed"]) or not ok_range(ev["injured"]):
                    errors.append(f"{doc} event {i}: bad killed/injured range")
                if not isinstance(ev["required"], bool):
                    errors.append(f"{doc} event {i}: required must be bool")
                if not ok_date(ev["date"]):
                    errors.append(f"{doc} event {i}: bad date {ev['date']}")
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
    return 1 if errors else 0

if __name__ == "__main__":
    sys.exit(main())
