#!/usr/bin/env python3
"""Check holdout31's gold: every line parses, every doc has its .txt (and every .txt a line),
every event has the SPEC section 2 keys with sane values."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")
KEYS = {"sub_event_type", "actor1", "actor2", "location", "killed", "injured", "required", "note", "date"}
SUBTYPES = {"Armed clash", "Government regains territory", "Non-state actor overtakes territory",
            "Air/drone strike", "Shelling/artillery/missile attack", "Remote explosive/landmine/IED",
            "Suicide bomb", "Grenade", "Attack", "Abduction/forced disappearance", "Sexual violence",
            "Arrests", "Looting/property destruction", "Headquarters or base established",
            "Non-violent transfer of territory", "Agreement", "Change to group/activity",
            "Disrupted weapons use", "Other", "Peaceful protest", "Protest with intervention",
            "Excessive force against protesters", "Violent demonstration", "Mob violence"}
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

def pair_ok(p):
    if p is None:
        return True
    if not (isinstance(p, list) and len(p) == 2):
        return False
    lo, hi = p
    if lo is not None and not isinstance(lo, int):
        return False
    if hi is not None and not isinstance(hi, int):
        return False
    return lo is None or hi is None or lo <= hi

def main():
    errs, seen, req, opt = [], set(), 0, 0
    with open(os.path.join(HERE, "gold.jsonl"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                d = json.loads(line)
            except Exception as e:
                errs.append(f"line {n}: does not parse: {e}"); continue
            did = d.get("doc_id")
            for k in ("doc_id", "published", "events"):
                if k not in d:
                    errs.append(f"line {n}: missing {k}")
            if did in seen:
                errs.append(f"{did}: duplicate")
            seen.add(did)
            if not os.path.exists(os.path.join(DOCS, f"{did}.txt")):
                errs.append(f"{did}: no docs/{did}.txt")
            if not DATE.match(str(d.get("published", ""))):
                errs.append(f"{did}: bad published")
            for i, e in enumerate(d.get("events", [])):
                where = f"{did} event {i}"
                miss = KEYS - set(e)
                if miss:
                    errs.append(f"{where}: missing {sorted(miss)}"); continue
                if e["sub_event_type"] not in SUBTYPES:
                    errs.append(f"{where}: unknown sub_event_type {e['sub_event_type']}")
                for a in ("actor1", "actor2"):
                    if not isinstance(e[a], list) or not all(isinstance(x, str) for x in e[a]):
                        errs.append(f"{where}: {a} must be a list of names")
                names = e["location"].get("names") if isinstance(e["location"], dict) else None
                if not names or not all(isinstance(x, str) and x for x in names):
                    errs.append(f"{where}: location.names empty")
                if "lat" in e["location"] or "lon" in e["location"]:
                    errs.append(f"{where}: lat/lon not expected in this set")
                for k in ("killed", "injured"):
                    if not pair_ok(e[k]):
                        errs.append(f"{where}: bad {k} {e[k]}")
                if not isinstance(e["required"], bool):
                    errs.append(f"{where}: required must be bool")
                dt = e["date"]
                ok = (isinstance(dt, str) and DATE.match(dt)) or (
                    isinstance(dt, list) and len(dt) == 2 and all(isinstance(x, str) and DATE.match(x) for x in dt)
                    and dt[0] <= dt[1])
                if not ok:
                    errs.append(f"{where}: bad date {dt}")
                elif max(dt if isinstance(dt, list) else [dt]) > d.get("published", "9999"):
                    errs.append(f"{where}: date after publication")
                if e["required"]:
                    req += 1
                else:
                    opt += 1
    txts = {fn[:-4] for fn in os.listdir(DOCS) if fn.endswith(".txt")}
    for t in sorted(txts - seen):
        errs.append(f"docs/{t}.txt has no gold line")
    for e in errs:
        print("ERROR", e)
    print(f"{len(seen)} docs, {req} required + {opt} optional events, {len(errs)} errors")
    return 1 if errs else 0

if __name__ == "__main__":
    sys.exit(main())
