"""Check gold.jsonl: every line parses, every doc has a .txt, every event has the SPEC keys."""
import json, re, sys, pathlib, datetime

HERE = pathlib.Path(__file__).parent
REQ = {"sub_event_type", "actor1", "actor2", "location", "killed", "injured", "required", "note"}
SUBS = {"Armed clash", "Government regains territory", "Non-state actor overtakes territory",
        "Air/drone strike", "Shelling/artillery/missile attack", "Remote explosive/landmine/IED",
        "Suicide bomb", "Chemical weapon", "Grenade", "Attack", "Abduction/forced disappearance",
        "Sexual violence", "Arrests", "Looting/property destruction", "Headquarters or base established",
        "Non-violent transfer of territory", "Agreement", "Other", "Peaceful protest",
        "Protest with intervention", "Excessive force against protesters", "Violent demonstration",
        "Mob violence", "Disrupted weapons use", "Change to group/activity"}

def day(s):
    datetime.date.fromisoformat(s)
    return s

errors, n_req, n_opt, actors = [], 0, 0, set()
lines = (HERE / "gold.jsonl").read_text(encoding="utf-8").splitlines()
seen = set()
for i, line in enumerate(lines, 1):
    doc = json.loads(line)
    did = doc["doc_id"]
    seen.add(did)
    txt = HERE / "docs" / f"{did}.txt"
    if not txt.exists():
        errors.append(f"{did}: no {txt.name}")
        continue
    text = txt.read_text(encoding="utf-8")
    words = len(text.split())
    if not 60 <= words <= 450:
        errors.append(f"{did}: {words} words")
    day(doc["published"])
    for k in ("doc_id", "published", "source", "events"):
        if k not in doc:
            errors.append(f"{did}: missing {k}")
    for j, ev in enumerate(doc["events"]):
        tag = f"{did}#{j}"
        miss = REQ - ev.keys()
        if miss:
            errors.append(f"{tag}: missing {sorted(miss)}")
        if ev["sub_event_type"] not in SUBS:
            errors.append(f"{tag}: sub_event_type {ev['sub_event_type']!r}")
        for a in ("actor1", "actor2"):
            if not isinstance(ev[a], list):
                errors.append(f"{tag}: {a} not a list")
            actors.update(ev[a])
        names = ev["location"].get("names") or []
        if not names or not any(n in text for n in names if re.search(r"[\u0600-\u06ff]", n)):
            errors.append(f"{tag}: no Arabic location name found in text: {names}")
        for k in ("killed", "injured"):
            v = ev[k]
            if v is not None:
                ok = isinstance(v, list) and len(v) == 2 and all(x is None or isinstance(x, int) for x in v)
                if ok and None not in v and v[0] > v[1]:
                    ok = False
                if not ok:
                    errors.append(f"{tag}: bad {k} {v}")
        if "date" in ev:
            d = ev["date"]
            if isinstance(d, list):
                if len(d) != 2 or day(d[0]) > day(d[1]):
                    errors.append(f"{tag}: bad date range {d}")
                last = d[1]
            else:
                last = day(d)
            if last > doc["published"]:
                errors.append(f"{tag}: date after publication")
        if not isinstance(ev["required"], bool):
            errors.append(f"{tag}: required not bool")
        n_req += ev["required"] is True
        n_opt += ev["required"] is False
for txt in (HERE / "docs").glob("*.txt"):
    if txt.stem not in seen:
        errors.append(f"{txt.name}: no gold line")
print(f"{len(lines)} docs, {n_req + n_opt} events ({n_req} required, {n_opt} optional)")
print("actors:", sorted(actors))
print("\n".join(errors) or "OK")
sys.exit(1 if errors else 0)
