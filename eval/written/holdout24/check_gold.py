#!/usr/bin/env python3
"""Check the holdout24 gold set: every line parses, every doc has its .txt,
every event carries the SPEC section 2 keys with sane values."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
EV_KEYS = {"sub_event_type", "actor1", "actor2", "location", "killed", "injured", "required", "note", "date"}
DOC_KEYS = {"doc_id", "published", "events"}
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

def pair_ok(p):
    if p is None:
        return True
    return (isinstance(p, list) and len(p) == 2 and all(x is None or (isinstance(x, int) and x >= 0) for x in p)
            and (p[0] is None or p[1] is None or p[0] <= p[1]))

def main():
    errors, req, opt, n = [], 0, 0, 0
    seen = set()
    with open(os.path.join(HERE, "gold.jsonl"), encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                d = json.loads(line)
            except Exception as e:
                errors.append(f"line {i}: bad JSON ({e})"); continue
            n += 1
            missing = DOC_KEYS - d.keys()
            if missing:
                errors.append(f"line {i}: missing {missing}"); continue
            did = d["doc_id"]
            if did in seen:
                errors.append(f"{did}: duplicate")
            seen.add(did)
            path = os.path.join(HERE, "docs", did + ".txt")
            if not os.path.isfile(path):
                errors.append(f"{did}: no docs/{did}.txt")
            else:
                open(path, encoding="utf-8").read()
            if not DATE.match(d["published"] or ""):
                errors.append(f"{did}: bad published")
            for j, e in enumerate(d["events"]):
                tag = f"{did} event {j}"
                m = EV_KEYS - e.keys()
                if m:
                    errors.append(f"{tag}: missing {m}")
                    continue
                if not isinstance(e["actor1"], list) or not isinstance(e["actor2"], list):
                    errors.append(f"{tag}: actor lists")
                names = e["location"].get("names") if isinstance(e["location"], dict) else None
                if not names or not all(isinstance(x, str) and x for x in names):
                    errors.append(f"{tag}: location names")
                if not pair_ok(e["killed"]) or not pair_ok(e["injured"]):
                    errors.append(f"{tag}: killed/injured pair")
                dt = e["date"]
                if isinstance(dt, str):
                    ok = bool(DATE.match(dt)) and dt <= d["published"]
                else:
                    ok = (isinstance(dt, list) and len(dt) == 2 and all(DATE.match(x) for x in dt) and dt[0] <= dt[1])
                if not ok:
                    errors.append(f"{tag}: bad date {dt}")
                if not isinstance(e["required"], bool):
                    errors.append(f"{tag}: required not bool")
                if e["required"]:
                    req += 1
                else:
                    opt += 1
    txts = {x[:-4] for x in os.listdir(os.path.join(HERE, "docs")) if x.endswith(".txt")}
    for extra in sorted(txts - seen):
        errors.append(f"{extra}.txt has no gold line")
    for e in errors:
        print("ERROR", e)
    print(f"{n} docs, {req} required + {opt} optional events, {len(errors)} errors")
    return 1 if errors else 0

if __name__ == "__main__":
    sys.exit(main())
