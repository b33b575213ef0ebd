"""Checks gold.jsonl parses, every doc has a .txt, every event has the SPEC keys."""
import json, os, sys, re
REQ_EV = {"sub_event_type", "actor1", "actor2", "location", "killed", "injured", "required"}
SUBS = {"Armed clash", "Government regains territory", "Non-state actor overtakes territory", "Air/drone strike",
        "Shelling/artillery/missile attack", "Remote explosive/landmine/IED", "Suicide bomb", "Attack",
        "Abduction/forced disappearance", "Arrests", "Looting/property destruction", "Headquarters or base established",
        "Non-violent transfer of territory", "Agreement", "Other", "Peaceful protest", "Sexual violence",
        "Grenade", "Chemical weapon", "Mob violence", "Violent demonstration", "Protest with intervention"}
here = os.path.dirname(os.path.abspath(__file__))
bad = 0; nreq = nopt = 0; seen = set()
for i, line in enumerate(open(os.path.join(here, "gold.jsonl"), encoding="utf-8"), 1):
    d = json.loads(line)
    for k in ("doc_id", "published", "source", "events"):
        if k not in d: print(i, "missing", k); bad += 1
    p = os.path.join(here, "docs", d["doc_id"] + ".txt")
    if not os.path.exists(p): print(d["doc_id"], "no txt"); bad += 1; continue
    text = open(p, encoding="utf-8").read()
    nw = len(text.split())
    if not 60 <= nw <= 450: print(d["doc_id"], "words", nw); bad += 1
    seen.add(d["doc_id"])
    for e in d["events"]:
        miss = REQ_EV - set(e)
        if miss: print(d["doc_id"], "event missing", miss); bad += 1
        if e["sub_event_type"] not in SUBS: print(d["doc_id"], "odd sub_event_type", e["sub_event_type"]); bad += 1
        if not isinstance(e["location"].get("names"), list) or not e["location"]["names"]: print(d["doc_id"], "no names"); bad += 1
        elif not any(n in text for n in e["location"]["names"]): print(d["doc_id"], "no name in text", e["location"]["names"][:2]); bad += 1
        for k in ("killed", "injured"):
            v = e[k]
            if v is not None and not (isinstance(v, list) and len(v) == 2): print(d["doc_id"], "bad", k, v); bad += 1
        dt = e.get("date")
        if dt is not None:
            for x in ([dt] if isinstance(dt, str) else dt):
                if not re.fullmatch(r"\d{4}-\d\d-\d\d", x): print(d["doc_id"], "bad date", dt); bad += 1
        if e["required"]: nreq += 1
        else: nopt += 1
for f in os.listdir(os.path.join(here, "docs")):
    if f[:-4] not in seen: print("txt without gold", f); bad += 1
print(f"docs={len(seen)} events required={nreq} optional={nopt} problems={bad}")
sys.exit(1 if bad else 0)
