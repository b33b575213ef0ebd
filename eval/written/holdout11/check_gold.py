"""Parse check for gold.jsonl: every line loads, every doc has its .txt, every event has SPEC keys."""
import json, os, sys
here = os.path.dirname(os.path.abspath(__file__))
SUBS = {"Armed clash","Government regains territory","Non-state actor overtakes territory","Air/drone strike",
 "Shelling/artillery/missile attack","Remote explosive/landmine/IED","Suicide bomb","Attack",
 "Abduction/forced disappearance","Arrests","Looting/property destruction","Non-violent transfer of territory",
 "Peaceful protest","Protest with intervention","Excessive force against protesters","Violent demonstration",
 "Mob violence","Headquarters or base established","Agreement","Other","Grenade","Sexual violence","Disrupted weapons use","Chemical weapon"}
EV_KEYS = {"sub_event_type","actor1","actor2","location","killed","injured","required","note"}
errs = []; n_req = n_opt = 0; docs = set()
for i, line in enumerate(open(os.path.join(here, "gold.jsonl"), encoding="utf-8"), 1):
    d = json.loads(line)
    for k in ("doc_id","published","source","events"):
        if k not in d: errs.append(f"line {i}: missing {k}")
    docs.add(d["doc_id"])
    if not os.path.exists(os.path.join(here, "docs", d["doc_id"] + ".txt")):
        errs.append(f"{d['doc_id']}: no .txt")
    for j, e in enumerate(d["events"]):
        miss = EV_KEYS - set(e)
        if miss: errs.append(f"{d['doc_id']}#{j}: missing {miss}")
        if e["sub_event_type"] not in SUBS: errs.append(f"{d['doc_id']}#{j}: sub type {e['sub_event_type']}")
        if not isinstance(e["actor1"], list) or not isinstance(e["actor2"], list): errs.append(f"{d['doc_id']}#{j}: actors not lists")
        if not e["location"].get("names"): errs.append(f"{d['doc_id']}#{j}: no names")
        for k in ("killed","injured"):
            v = e[k]
            if v is not None and not (isinstance(v, list) and len(v) == 2): errs.append(f"{d['doc_id']}#{j}: bad {k}")
        if "date" in e:
            dt = e["date"]
            if not (isinstance(dt, str) or (isinstance(dt, list) and len(dt) == 2)): errs.append(f"{d['doc_id']}#{j}: bad date")
        if e["required"]: n_req += 1
        else: n_opt += 1
txts = {f[:-4] for f in os.listdir(os.path.join(here, "docs")) if f.endswith(".txt")}
if txts - docs: errs.append(f"txt without gold: {sorted(txts - docs)}")
print(f"docs={len(docs)} events={n_req+n_opt} required={n_req} optional={n_opt}")
print("\n".join(errs) if errs else "OK")
sys.exit(1 if errs else 0)
