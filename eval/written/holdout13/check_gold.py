"""Parse check for gold.jsonl: every line loads, every doc has its .txt, every event has the SPEC keys,
and the Arabic place names given appear in the report."""
import json, pathlib, re, sys
root = pathlib.Path(__file__).resolve().parent
docs = {p.stem for p in (root / "docs").glob("*.txt")}
seen, n_req, n_opt, bad = set(), 0, 0, 0
for i, line in enumerate(open(root / "gold.jsonl", encoding="utf-8"), 1):
    rec = json.loads(line)
    for k in ("doc_id", "published", "source", "events"):
        assert k in rec, (i, k)
    d = rec["doc_id"]; seen.add(d)
    if d not in docs:
        print("no text for", d); bad += 1; continue
    text = (root / "docs" / f"{d}.txt").read_text(encoding="utf-8")
    for e in rec["events"]:
        for k in ("sub_event_type", "actor1", "actor2", "location", "killed", "injured", "required", "note"):
            if k not in e: print(d, "missing", k); bad += 1
        assert isinstance(e["actor1"], list) and isinstance(e["actor2"], list)
        names = e["location"]["names"]
        ar = [n for n in names if re.search("[\u0600-\u06ff]", n)]
        if not any(n in text for n in ar):
            print(d, "no Arabic name found in text:", ar); bad += 1
        for k in ("killed", "injured"):
            v = e[k]
            assert v is None or (isinstance(v, list) and len(v) == 2), (d, k, v)
        dt = e.get("date")
        assert dt is None or isinstance(dt, str) or (isinstance(dt, list) and len(dt) == 2)
        if e["required"]: n_req += 1
        else: n_opt += 1
missing = docs - seen
if missing: print("docs without gold:", sorted(missing)); bad += 1
print(f"{len(seen)} docs, {n_req + n_opt} events ({n_req} required, {n_opt} optional), problems: {bad}")
sys.exit(1 if bad else 0)
