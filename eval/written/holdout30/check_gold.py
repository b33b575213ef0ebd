#!/usr/bin/env python3
"""Check holdout30 gold: every line parses, every doc has its .txt, every event has the SPEC keys."""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = {"sub_event_type", "actor1", "actor2", "location", "killed", "injured", "required", "date"}
SUBS = {"Armed clash", "Government regains territory", "Non-state actor overtakes territory", "Air/drone strike",
        "Shelling/artillery/missile attack", "Remote explosive/landmine/IED", "Suicide bomb", "Attack",
        "Abduction/forced disappearance", "Arrests", "Looting/property destruction", "Headquarters or base established",
        "Non-violent transfer of territory", "Agreement", "Other", "Peaceful protest", "Protest with intervention",
        "Excessive force against protesters", "Violent demonstration", "Mob violence", "Grenade", "Chemical weapon",
        "Sexual violence", "Disrupted weapons use"}
D = re.compile(r"^\d{4}-\d{2}-\d{2}$")
errs, req, opt, ndocs = [], 0, 0, 0
seen = set()
for n, line in enumerate(open(os.path.join(HERE, "gold.jsonl"), encoding="utf-8"), 1):
    try:
        g = json.loads(line)
    except Exception as e:
        errs.append(f"line {n}: {e}"); continue
    ndocs += 1
    did = g.get("doc_id")
    if did in seen: errs.append(f"{did}: duplicate")
    seen.add(did)
    txt = os.path.join(HERE, "docs", f"{did}.txt")
    if not os.path.exists(txt): errs.append(f"{did}: no .txt")
    else:
        w = len(open(txt, encoding="utf-8").read().split())
        if not 120 <= w <= 800: errs.append(f"{did}: {w} words")
    if not D.match(str(g.get("published", ""))): errs.append(f"{did}: bad published")
    for i, e in enumerate(g.get("events", [])):
        miss = KEYS - e.keys()
        if miss: errs.append(f"{did}#{i}: missing {sorted(miss)}")
        if e.get("sub_event_type") not in SUBS: errs.append(f"{did}#{i}: sub_event_type {e.get('sub_event_type')}")
        if not isinstance(e.get("actor1"), list) or not isinstance(e.get("actor2"), list): errs.append(f"{did}#{i}: actors not lists")
        if not e.get("location", {}).get("names"): errs.append(f"{did}#{i}: no location names")
        if "lat" in e.get("location", {}): errs.append(f"{did}#{i}: has lat")
        d = e.get("date")
        ds = d if isinstance(d, list) else [d]
        if not (len(ds) in (1, 2) and all(isinstance(x, str) and D.match(x) for x in ds) and ds == sorted(ds)):
            errs.append(f"{did}#{i}: bad date {d}")
        if ds and isinstance(ds[-1], str) and ds[-1] > g.get("published", "9"): errs.append(f"{did}#{i}: date after published")
        for k in ("killed", "injured"):
            v = e.get(k)
            if v is not None and not (isinstance(v, list) and len(v) == 2): errs.append(f"{did}#{i}: bad {k}")
        if e.get("required") is True: req += 1
        elif e.get("required") is False: opt += 1
        else: errs.append(f"{did}#{i}: required not bool")
for f in sorted(os.listdir(os.path.join(HERE, "docs"))):
    if f.endswith(".txt") and f[:-4] not in seen: errs.append(f"{f}: no gold line")
print("\n".join(errs) if errs else "OK")
print(f"{ndocs} docs, {req} required + {opt} optional events")
sys.exit(1 if errs else 0)
