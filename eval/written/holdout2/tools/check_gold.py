"""Checks gold.jsonl: parses, one line per docs/*.txt, SPEC section 2 keys, value shapes,
and that each event names at least one place exactly as written in its report."""
import glob, json, os, re, sys

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
REQ = ["sub_event_type", "actor1", "actor2", "location", "killed", "injured", "required", "note"]
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
errors = []
seen = set()
n_ev = n_req = 0
for i, line in enumerate(open(os.path.join(HERE, "gold.jsonl"), encoding="utf-8"), 1):
    d = json.loads(line)
    did = d["doc_id"]
    for k in ("doc_id", "published", "source", "events"):
        if k not in d:
            errors.append("%s: missing %s" % (did, k))
    if did in seen:
        errors.append("%s: duplicate doc_id" % did)
    seen.add(did)
    path = os.path.join(HERE, "docs", did + ".txt")
    if not os.path.exists(path):
        errors.append("%s: no docs/%s.txt" % (did, did))
        continue
    text = open(path, encoding="utf-8").read()
    words = len(text.split())
    if not 60 <= words <= 450:
        errors.append("%s: %d words" % (did, words))
    if not DATE.match(d["published"]):
        errors.append("%s: bad published" % did)
    for j, e in enumerate(d["events"]):
        tag = "%s[%d]" % (did, j)
        n_ev += 1
        n_req += bool(e.get("required"))
        for k in REQ:
            if k not in e:
                errors.append("%s: missing %s" % (tag, k))
        if not isinstance(e["actor1"], list) or not isinstance(e["actor2"], list):
            errors.append("%s: actors must be lists" % tag)
        names = e["location"].get("names")
        if not names or not isinstance(names, list):
            errors.append("%s: location.names" % tag)
        elif not any(nm in text for nm in names):
            errors.append("%s: no location name occurs in the text" % tag)
        if ("lat" in e["location"]) != ("lon" in e["location"]):
            errors.append("%s: lat without lon" % tag)
        for k in ("killed", "injured"):
            v = e[k]
            if v is not None and not (isinstance(v, list) and len(v) == 2 and
                                      all(x is None or isinstance(x, int) for x in v) and
                                      (v[0] is None or v[1] is None or v[0] <= v[1])):
                errors.append("%s: bad %s %r" % (tag, k, v))
        if not isinstance(e["required"], bool):
            errors.append("%s: required not bool" % tag)
        if "date" in e:
            dt = e["date"]
            ok = (isinstance(dt, str) and DATE.match(dt)) or (
                isinstance(dt, list) and len(dt) == 2 and all(DATE.match(x) for x in dt) and dt[0] <= dt[1])
            if not ok:
                errors.append("%s: bad date %r" % (tag, dt))
            last = dt if isinstance(dt, str) else dt[1]
            if last > d["published"]:
                errors.append("%s: date after publication" % tag)
for p in glob.glob(os.path.join(HERE, "docs", "*.txt")):
    if os.path.basename(p)[:-4] not in seen:
        errors.append("%s has no gold line" % p)
print("%d docs, %d events (%d required, %d optional)" % (len(seen), n_ev, n_req, n_ev - n_req))
for e in errors:
    print("ERROR", e)
sys.exit(1 if errors else 0)
