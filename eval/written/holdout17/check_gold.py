"""Parse check for gold.jsonl: every line loads, every doc has a .txt, every event has SPEC section 2 keys."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
DOC_KEYS = {"doc_id", "published", "source", "url", "events"}
EV_KEYS = {"sub_event_type", "actor1", "actor2", "location", "killed", "injured", "required", "note"}
SUBS = {"Armed clash", "Government regains territory", "Non-state actor overtakes territory", "Air/drone strike",
        "Shelling/artillery/missile attack", "Remote explosive/landmine/IED", "Suicide bomb", "Attack",
        "Abduction/forced disappearance", "Sexual violence", "Arrests", "Looting/property destruction",
        "Headquarters or base established", "Non-violent transfer of territory", "Agreement", "Other",
        "Disrupted weapons use", "Grenade", "Chemical weapon", "Peaceful protest", "Protest with intervention",
        "Excessive force against protesters", "Violent demonstration", "Mob violence"}
bad = 0; n_req = n_opt = 0; seen = set()
for i, line in enumerate(open(os.path.join(HERE, "gold.jsonl"), encoding="utf-8"), 1):
    d = json.loads(line)
    miss = DOC_KEYS - d.keys()
    if miss: print(f"line {i}: missing {miss}"); bad += 1
    if d["doc_id"] in seen: print("dup", d["doc_id"]); bad += 1
    seen.add(d["doc_id"])
    if not os.path.exists(os.path.join(HERE, "docs", d["doc_id"] + ".txt")): print("no txt", d["doc_id"]); bad += 1
    for j, e in enumerate(d["events"]):
        m = EV_KEYS - e.keys()
        if m: print(d["doc_id"], j, "missing", m); bad += 1
        if e["sub_event_type"] not in SUBS: print(d["doc_id"], j, "bad sub", e["sub_event_type"]); bad += 1
        if not isinstance(e["location"].get("names"), list) or not e["location"]["names"]: print(d["doc_id"], j, "no names"); bad += 1
        for k in ("killed", "injured"):
            v = e[k]
            if v is not None and not (isinstance(v, list) and len(v) == 2): print(d["doc_id"], j, k, v); bad += 1
        dt = e.get("date")
        if dt is not None and not (isinstance(dt, str) or (isinstance(dt, list) and len(dt) == 2)): print(d["doc_id"], j, "date", dt); bad += 1
        if e["required"]: n_req += 1
        else: n_opt += 1
txts = {f[:-4] for f in os.listdir(os.path.join(HERE, "docs")) if f.endswith(".txt")}
if txts - seen: print("txt without gold:", txts - seen); bad += 1
print(f"docs {len(seen)}  events {n_req + n_opt} (required {n_req}, optional {n_opt})  problems {bad}")
sys.exit(1 if bad else 0)
