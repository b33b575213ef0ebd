"""Check that gold.jsonl parses and matches docs/*.txt (SPEC section 2 keys)."""
import json, pathlib, sys

SET = pathlib.Path(__file__).resolve().parent
SUBS = {"Armed clash", "Government regains territory", "Non-state actor overtakes territory",
        "Air/drone strike", "Shelling/artillery/missile attack", "Remote explosive/landmine/IED",
        "Suicide bomb", "Attack", "Abduction/forced disappearance", "Arrests", "Looting/property destruction",
        "Headquarters or base established", "Non-violent transfer of territory", "Agreement", "Other",
        "Peaceful protest", "Protest with intervention", "Excessive force against protesters",
        "Violent demonstration", "Mob violence", "Sexual violence", "Grenade", "Chemical weapon",
        "Disrupted weapons use", "Change to group/activity"}
EV_KEYS = {"sub_event_type", "actor1", "actor2", "location", "killed", "injured", "required"}
errors, n_req, n_opt, ids = [], 0, 0, set()
for i, line in enumerate((SET / "gold.jsonl").read_text(encoding="utf-8").splitlines(), 1):
    d = json.loads(line)
    for k in ("doc_id", "published", "source", "events"):
        if k not in d:
            errors.append(f"line {i}: missing {k}")
    ids.add(d["doc_id"])
    txt = SET / "docs" / f"{d['doc_id']}.txt"
    if not txt.exists():
        errors.append(f"{d['doc_id']}: no {txt.name}")
    else:
        words = len(txt.read_text(encoding="utf-8").split())
        if not 60 <= words <= 450:
            errors.append(f"{d['doc_id']}: {words} words")
    for j, ev in enumerate(d["events"]):
        miss = EV_KEYS - ev.keys()
        if miss:
            errors.append(f"{d['doc_id']} ev{j}: missing {sorted(miss)}")
        if ev["sub_event_type"] not in SUBS:
            errors.append(f"{d['doc_id']} ev{j}: odd sub_event_type {ev['sub_event_type']}")
        if not ev["location"].get("names"):
            errors.append(f"{d['doc_id']} ev{j}: no location names")
        for k in ("actor1", "actor2"):
            if not isinstance(ev[k], list):
                errors.append(f"{d['doc_id']} ev{j}: {k} not a list")
        for k in ("killed", "injured"):
            v = ev[k]
            if v is not None and not (isinstance(v, list) and len(v) == 2):
                errors.append(f"{d['doc_id']} ev{j}: bad {k}")
            elif v and v[0] is not None and v[1] is not None and v[0] > v[1]:
                errors.append(f"{d['doc_id']} ev{j}: {k} low > high")
        dt = ev.get("date")
        if dt is not None and not (isinstance(dt, str) or (isinstance(dt, list) and len(dt) == 2 and dt[0] <= dt[1])):
            errors.append(f"{d['doc_id']} ev{j}: bad date")
        n_req += ev["required"] is True
        n_opt += ev["required"] is False
for t in (SET / "docs").glob("*.txt"):
    if t.stem not in ids:
        errors.append(f"{t.name}: no gold line")
print(f"{len(ids)} docs, {n_req} required + {n_opt} optional events")
print("\n".join(errors) or "OK")
sys.exit(1 if errors else 0)
