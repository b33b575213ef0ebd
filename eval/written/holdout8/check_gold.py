"""Check gold.jsonl: parses, every doc has its .txt, every event has the SPEC keys,
and at least one Arabic place name of each event occurs in the report as written."""
import json, pathlib, re, sys
here = pathlib.Path(__file__).parent
REQ_DOC = {"doc_id", "published", "source", "events"}
REQ_EV = {"sub_event_type", "actor1", "actor2", "location", "killed", "injured", "required"}
TYPES = {"Armed clash", "Government regains territory", "Non-state actor overtakes territory",
         "Air/drone strike", "Shelling/artillery/missile attack", "Remote explosive/landmine/IED",
         "Suicide bomb", "Attack", "Abduction/forced disappearance", "Arrests",
         "Looting/property destruction", "Non-violent transfer of territory", "Peaceful protest",
         "Excessive force against protesters", "Violent demonstration", "Protest with intervention",
         "Headquarters or base established", "Agreement", "Other"}
errs = []; ndoc = nreq = nopt = 0
ids = set()
for i, line in enumerate((here / "gold.jsonl").read_text(encoding="utf-8").splitlines(), 1):
    d = json.loads(line); ndoc += 1
    if REQ_DOC - d.keys(): errs.append(f"line {i}: missing {REQ_DOC - d.keys()}")
    ids.add(d["doc_id"])
    txt_path = here / "docs" / f"{d['doc_id']}.txt"
    if not txt_path.exists(): errs.append(f"{d['doc_id']}: no .txt"); continue
    text = txt_path.read_text(encoding="utf-8")
    for j, e in enumerate(d["events"]):
        tag = f"{d['doc_id']}#{j}"
        if REQ_EV - e.keys(): errs.append(f"{tag}: missing {REQ_EV - e.keys()}")
        if e["sub_event_type"] not in TYPES: errs.append(f"{tag}: type {e['sub_event_type']}")
        if not isinstance(e["actor1"], list) or not isinstance(e["actor2"], list): errs.append(f"{tag}: actors not lists")
        if not e["location"].get("names"): errs.append(f"{tag}: no names")
        if not any(re.search("[\u0600-\u06FF]", n) and n in text for n in e["location"]["names"]):
            errs.append(f"{tag}: no Arabic place name found in text")
        for k in ("killed", "injured"):
            v = e[k]
            if v is not None and not (isinstance(v, list) and len(v) == 2): errs.append(f"{tag}: bad {k}")
        dt = e.get("date")
        if dt is not None and not (isinstance(dt, str) or (isinstance(dt, list) and len(dt) == 2)): errs.append(f"{tag}: bad date")
        if e["required"]: nreq += 1
        else: nopt += 1
txts = {p.stem for p in (here / "docs").glob("*.txt")}
if txts != ids: errs.append(f"txt/gold mismatch: {txts ^ ids}")
print(f"{ndoc} docs, {nreq} required + {nopt} optional events")
print("\n".join(errs) or "OK")
sys.exit(1 if errs else 0)
