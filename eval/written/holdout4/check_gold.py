"""Parse check for gold.jsonl: every line loads, every doc has a .txt, every event has the SPEC keys."""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
REQ_EVENT = ["sub_event_type", "actor1", "actor2", "location", "killed", "injured", "required", "note"]
REQ_DOC = ["doc_id", "published", "source", "url", "events"]
bad = 0; n_req = n_opt = 0; seen = set()
for i, line in enumerate(open(os.path.join(HERE, "gold.jsonl"), encoding="utf-8"), 1):
    d = json.loads(line)
    for k in REQ_DOC:
        if k not in d: print(f"line {i}: missing {k}"); bad += 1
    did = d["doc_id"]; seen.add(did)
    path = os.path.join(HERE, "docs", did + ".txt")
    if not os.path.exists(path): print(f"{did}: no .txt"); bad += 1; continue
    text = open(path, encoding="utf-8").read()
    words = len(text.split())
    if not 60 <= words <= 450: print(f"{did}: {words} words"); bad += 1
    for j, ev in enumerate(d["events"]):
        for k in REQ_EVENT:
            if k not in ev: print(f"{did} ev{j}: missing {k}"); bad += 1
        if not isinstance(ev["location"].get("names"), list) or not ev["location"]["names"]:
            print(f"{did} ev{j}: no location names"); bad += 1
        elif not any(n in text for n in ev["location"]["names"]):
            print(f"{did} ev{j}: no location name occurs in text: {ev['location']['names'][:2]}"); bad += 1
        for k in ("killed", "injured"):
            v = ev[k]
            if v is not None and not (isinstance(v, list) and len(v) == 2): print(f"{did} ev{j}: bad {k}"); bad += 1
        dt = ev.get("date")
        for x in ([dt] if isinstance(dt, str) else (dt or [])):
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", x): print(f"{did} ev{j}: bad date {x}"); bad += 1
        if ev["required"]: n_req += 1
        else: n_opt += 1
txts = {f[:-4] for f in os.listdir(os.path.join(HERE, "docs")) if f.endswith(".txt")}
if txts - seen: print("txt without gold:", sorted(txts - seen)); bad += 1
print(f"{len(seen)} docs, {n_req + n_opt} events ({n_req} required, {n_opt} optional), {bad} problems")
sys.exit(1 if bad else 0)
