"""Parse check for this gold set: JSON lines, matching .txt, required keys (SPEC section 2)."""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
DOC_KEYS = {"doc_id", "published", "source", "url", "events"}
EV_KEYS = {"sub_event_type", "actor1", "actor2", "location", "killed", "injured", "required", "note"}
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")
bad = 0; req = opt = 0; seen = set()
def fail(msg):
    global bad; bad += 1; print("FAIL", msg)
for i, line in enumerate(open(os.path.join(HERE, "gold.jsonl"), encoding="utf-8"), 1):
    d = json.loads(line)
    if DOC_KEYS - d.keys(): fail(f"line {i}: missing {DOC_KEYS - d.keys()}")
    did = d["doc_id"]; seen.add(did)
    p = os.path.join(HERE, "docs", did + ".txt")
    if not os.path.exists(p): fail(f"{did}: no .txt"); continue
    words = len(open(p, encoding="utf-8").read().split())
    if not 60 <= words <= 450: fail(f"{did}: {words} words")
    if not ISO.match(d["published"]): fail(f"{did}: published")
    for j, e in enumerate(d["events"]):
        if EV_KEYS - e.keys(): fail(f"{did} ev{j}: missing {EV_KEYS - e.keys()}")
        if not isinstance(e["actor1"], list) or not isinstance(e["actor2"], list): fail(f"{did} ev{j}: actors not lists")
        names = e["location"].get("names")
        if not names or not all(isinstance(x, str) and x for x in names): fail(f"{did} ev{j}: names")
        for k in ("killed", "injured"):
            v = e[k]
            if v is not None and not (isinstance(v, list) and len(v) == 2 and (v[1] is None or v[0] is None or v[0] <= v[1])): fail(f"{did} ev{j}: {k} {v}")
        dt = e.get("date")
        if dt is not None:
            ds = [dt] if isinstance(dt, str) else dt
            if not all(ISO.match(x) for x in ds) or (len(ds) == 2 and ds[0] > ds[1]) or max(ds) > d["published"]: fail(f"{did} ev{j}: date {dt}")
        if e["required"]: req += 1
        else: opt += 1
txts = {f[:-4] for f in os.listdir(os.path.join(HERE, "docs")) if f.endswith(".txt")}
if txts - seen: fail(f"txt without gold: {txts - seen}")
print(f"{len(seen)} docs, {req + opt} events ({req} required, {opt} optional), {bad} problems")
sys.exit(1 if bad else 0)
