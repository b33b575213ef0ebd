import json, os, sys
here = os.path.dirname(os.path.abspath(__file__))
REQ = ["sub_event_type", "actor1", "actor2", "location", "killed", "injured", "required", "note"]
n = r = o = 0; bad = 0; ids = set()
for ln, line in enumerate(open(os.path.join(here, "gold.jsonl"), encoding="utf-8"), 1):
    d = json.loads(line)
    for k in ("doc_id", "published", "source", "events"):
        if k not in d: print("line", ln, "missing", k); bad += 1
    ids.add(d["doc_id"])
    if not os.path.exists(os.path.join(here, "docs", d["doc_id"] + ".txt")):
        print("no txt for", d["doc_id"]); bad += 1
    for e in d["events"]:
        for k in REQ:
            if k not in e: print(d["doc_id"], "event missing", k); bad += 1
        if not isinstance(e["location"].get("names"), list) or not e["location"]["names"]:
            print(d["doc_id"], "no location names"); bad += 1
        for k in ("killed", "injured"):
            v = e[k]
            if v is not None and not (isinstance(v, list) and len(v) == 2): print(d["doc_id"], "bad", k); bad += 1
        n += 1; r += e["required"] is True; o += e["required"] is False
txts = {f[:-4] for f in os.listdir(os.path.join(here, "docs")) if f.endswith(".txt")}
if txts - ids: print("txt without gold:", sorted(txts - ids)); bad += 1
print(len(ids), "docs,", n, "events,", r, "required,", o, "optional;", bad, "problems")
sys.exit(1 if bad else 0)
