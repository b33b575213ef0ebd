"""Parse check for this gold set: every line is JSON, every doc has its .txt,
every event has the keys of shared/SPEC.md section 2. Nothing else is run."""
import json, os, re, sys
here = os.path.dirname(os.path.abspath(__file__))
REQ_DOC = {"doc_id", "published", "source", "events"}
REQ_EV = {"sub_event_type", "actor1", "actor2", "location", "killed", "injured", "required", "note"}
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
errors, ndocs, nreq, nopt = [], 0, 0, 0
seen = set()
for i, line in enumerate(open(os.path.join(here, "gold.jsonl"), encoding="utf-8"), 1):
    doc = json.loads(line)
    ndocs += 1
    miss = REQ_DOC - doc.keys()
    if miss: errors.append(f"line {i}: doc keys missing {miss}")
    did = doc["doc_id"]; seen.add(did)
    if not os.path.exists(os.path.join(here, "docs", did + ".txt")):
        errors.append(f"{did}: no docs/{did}.txt")
    for j, ev in enumerate(doc["events"]):
        miss = REQ_EV - ev.keys()
        if miss: errors.append(f"{did} ev{j}: missing {miss}")
        if not isinstance(ev["actor1"], list) or not isinstance(ev["actor2"], list):
            errors.append(f"{did} ev{j}: actors must be lists")
        if not ev["location"].get("names"):
            errors.append(f"{did} ev{j}: no location names")
        for k in ("killed", "injured"):
            v = ev[k]
            if v is not None and not (isinstance(v, list) and len(v) == 2):
                errors.append(f"{did} ev{j}: bad {k} {v}")
            if v and v[0] is not None and v[1] is not None and v[0] > v[1]:
                errors.append(f"{did} ev{j}: {k} low>high")
        dt = ev.get("date")
        ds = [dt] if isinstance(dt, str) else (dt or [])
        if not all(DATE.match(x) for x in ds) or (dt is not None and not ds):
            errors.append(f"{did} ev{j}: bad date {dt}")
        if ds and max(ds) > doc["published"]:
            errors.append(f"{did} ev{j}: date after publication")
        nreq += ev["required"] is True; nopt += ev["required"] is False
txts = {f[:-4] for f in os.listdir(os.path.join(here, "docs")) if f.endswith(".txt")}
if txts - seen: errors.append(f"txt without gold: {sorted(txts - seen)}")
print(f"{ndocs} docs, {nreq + nopt} events ({nreq} required, {nopt} optional)")
print("\n".join(errors) or "OK")
sys.exit(1 if errors else 0)
