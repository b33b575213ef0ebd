#!/usr/bin/env python3
"""Check holdout29 gold: every line parses, every doc has its .txt, every event has the SPEC keys."""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = {"sub_event_type", "actor1", "actor2", "location", "killed", "injured", "required", "note", "date"}
SUBS = {"Armed clash", "Government regains territory", "Non-state actor overtakes territory", "Air/drone strike",
        "Shelling/artillery/missile attack", "Remote explosive/landmine/IED", "Suicide bomb", "Grenade", "Attack",
        "Abduction/forced disappearance", "Sexual violence", "Arrests", "Looting/property destruction",
        "Headquarters or base established", "Non-violent transfer of territory", "Agreement", "Other",
        "Change to group/activity", "Disrupted weapons use", "Peaceful protest", "Protest with intervention",
        "Excessive force against protesters", "Violent demonstration", "Mob violence"}
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
errors, ndocs, req, opt = [], 0, 0, 0
seen = set()
def rng(v, where):
    if v is None: return
    if not (isinstance(v, list) and len(v) == 2 and all(x is None or isinstance(x, int) for x in v)):
        errors.append(f"{where}: bad range {v}")
    elif v[0] is not None and v[1] is not None and v[0] > v[1]:
        errors.append(f"{where}: low > high {v}")
with open(os.path.join(HERE, "gold.jsonl"), encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        try:
            d = json.loads(line)
        except Exception as e:
            errors.append(f"line {n}: {e}"); continue
        ndocs += 1
        did = d.get("doc_id"); seen.add(did)
        for k in ("doc_id", "published", "events"):
            if k not in d: errors.append(f"line {n}: missing {k}")
        if not DATE.match(d.get("published") or ""): errors.append(f"{did}: bad published")
        p = os.path.join(HERE, "docs", f"{did}.txt")
        if not os.path.exists(p): errors.append(f"{did}: no .txt")
        else:
            w = len(open(p, encoding="utf-8").read().split())
            if not 120 <= w <= 800: errors.append(f"{did}: {w} words")
        for i, e in enumerate(d.get("events", [])):
            w = f"{did} ev{i}"
            miss = KEYS - set(e)
            if miss: errors.append(f"{w}: missing {sorted(miss)}")
            if e.get("sub_event_type") not in SUBS: errors.append(f"{w}: sub_event_type {e.get('sub_event_type')}")
            for a in ("actor1", "actor2"):
                if not isinstance(e.get(a), list): errors.append(f"{w}: {a} not a list")
            if not (e.get("location") or {}).get("names"): errors.append(f"{w}: no location names")
            if "lat" in (e.get("location") or {}): errors.append(f"{w}: has lat/lon")
            rng(e.get("killed"), w + " killed"); rng(e.get("injured"), w + " injured")
            dt = e.get("date")
            ok = (isinstance(dt, str) and DATE.match(dt)) or (isinstance(dt, list) and len(dt) == 2 and all(DATE.match(x) for x in dt) and dt[0] <= dt[1])
            if not ok: errors.append(f"{w}: bad date {dt}")
            else:
                last = dt if isinstance(dt, str) else dt[1]
                if last > d["published"]: errors.append(f"{w}: date after publication")
            if e.get("required") is True: req += 1
            elif e.get("required") is False: opt += 1
            else: errors.append(f"{w}: required not bool")
for fn in os.listdir(os.path.join(HERE, "docs")):
    if fn.endswith(".txt") and fn[:-4] not in seen: errors.append(f"{fn}: not in gold")
print(f"{ndocs} docs, {req} required + {opt} optional events")
for e in errors: print("ERROR", e)
sys.exit(1 if errors else 0)
