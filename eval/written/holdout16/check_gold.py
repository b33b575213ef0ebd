"""Parse check for gold.jsonl: every line loads, every doc has a .txt, every event has the SPEC keys."""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
SUBS = {"Armed clash", "Government regains territory", "Non-state actor overtakes territory", "Air/drone strike",
        "Shelling/artillery/missile attack", "Remote explosive/landmine/IED", "Suicide bomb", "Attack",
        "Abduction/forced disappearance", "Arrests", "Looting/property destruction", "Headquarters or base established",
        "Non-violent transfer of territory", "Agreement", "Other", "Peaceful protest", "Protest with intervention",
        "Excessive force against protesters", "Violent demonstration", "Mob violence", "Sexual violence",
        "Grenade", "Chemical weapon", "Disrupted weapons use"}
DOC_KEYS = {"doc_id", "published", "source", "events"}
EV_KEYS = {"sub_event_type", "actor1", "actor2", "location", "killed", "injured", "required", "note"}
bad = 0; n_req = n_opt = 0; ids = []
for i, line in enumerate(open(os.path.join(HERE, "gold.jsonl"), encoding="utf-8"), 1):
    d = json.loads(line); ids.append(d["doc_id"])
    if DOC_KEYS - d.keys(): print(i, "missing doc keys", DOC_KEYS - d.keys()); bad += 1
    p = os.path.join(HERE, "docs", d["doc_id"] + ".txt")
    if not os.path.exists(p): print("no txt for", d["doc_id"]); bad += 1
    else:
        w = len(open(p, encoding="utf-8").read().split())
        if not 60 <= w <= 450: print(d["doc_id"], "word count", w); bad += 1
    for e in d["events"]:
        if EV_KEYS - e.keys(): print(d["doc_id"], "missing", EV_KEYS - e.keys()); bad += 1
        if e["sub_event_type"] not in SUBS: print(d["doc_id"], "odd sub_event_type", e["sub_event_type"]); bad += 1
        if not e["location"].get("names"): print(d["doc_id"], "no location names"); bad += 1
        for k in ("killed", "injured"):
            v = e[k]
            if v is not None and not (isinstance(v, list) and len(v) == 2): print(d["doc_id"], k, v); bad += 1
            if v and v[0] is not None and v[1] is not None and v[0] > v[1]: print(d["doc_id"], k, "low>high"); bad += 1
        dt = e.get("date")
        for x in ([dt] if isinstance(dt, str) else (dt or [])):
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", x): print(d["doc_id"], "bad date", x); bad += 1
            elif x > d["published"]: print(d["doc_id"], "date after publication", x); bad += 1
        if not isinstance(e["actor1"], list) or not isinstance(e["actor2"], list): print(d["doc_id"], "actors not lists"); bad += 1
        if e["required"]: n_req += 1
        else: n_opt += 1
txts = {f[:-4] for f in os.listdir(os.path.join(HERE, "docs")) if f.endswith(".txt")}
if txts - set(ids): print("txt without gold:", txts - set(ids)); bad += 1
if len(ids) != len(set(ids)): print("duplicate doc_id"); bad += 1
print(f"{len(ids)} docs, {n_req + n_opt} events ({n_req} required, {n_opt} optional), problems: {bad}")
sys.exit(1 if bad else 0)
