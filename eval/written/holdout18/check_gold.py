"""Check gold.jsonl parses and matches docs/ (SPEC section 2)."""
import json, os, sys
here = os.path.dirname(os.path.abspath(__file__))
docs = os.path.join(here, "docs")
REQ_EV = ["sub_event_type", "actor1", "actor2", "location", "killed", "injured", "required", "note"]
bad = 0; seen = set(); nreq = nopt = 0
for n, line in enumerate(open(os.path.join(here, "gold.jsonl"), encoding="utf-8"), 1):
    d = json.loads(line)
    for k in ["doc_id", "published", "source", "events"]:
        if k not in d: print(f"line {n}: missing {k}"); bad += 1
    seen.add(d["doc_id"])
    if not os.path.exists(os.path.join(docs, d["doc_id"] + ".txt")):
        print(f"line {n}: no docs/{d['doc_id']}.txt"); bad += 1
    for i, e in enumerate(d["events"]):
        for k in REQ_EV:
            if k not in e: print(f"{d['doc_id']} ev{i}: missing {k}"); bad += 1
        if not e["location"].get("names"): print(f"{d['doc_id']} ev{i}: no names"); bad += 1
        for k in ("killed", "injured"):
            v = e[k]
            if v is not None and not (isinstance(v, list) and len(v) == 2): print(f"{d['doc_id']} ev{i}: bad {k}"); bad += 1
        dt = e.get("date")
        if dt is not None and not (isinstance(dt, str) or (isinstance(dt, list) and len(dt) == 2)): print(f"{d['doc_id']} ev{i}: bad date"); bad += 1
        if e["required"]: nreq += 1
        else: nopt += 1
for f in os.listdir(docs):
    if f.endswith(".txt") and f[:-4] not in seen: print(f"docs/{f} has no gold line"); bad += 1
print(f"{len(seen)} docs, {nreq} required + {nopt} optional events, {bad} problems")
sys.exit(1 if bad else 0)
