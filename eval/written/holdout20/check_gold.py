"""Check gold.jsonl of this set: every line parses, every doc has its .txt, every event has the SPEC keys."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
EVENT_KEYS = {"sub_event_type", "actor1", "actor2", "location", "killed", "injured", "required", "date"}
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def check_range(v, what, errs, where):
    if v is None:
        return
    if not (isinstance(v, list) and len(v) == 2 and all(x is None or isinstance(x, int) for x in v)):
        errs.append(f"{where}: {what} must be null or [low, high]")
    elif v[0] is not None and v[1] is not None and v[0] > v[1]:
        errs.append(f"{where}: {what} low > high")


def main():
    errs, docs, req, opt = [], set(), 0, 0
    with open(os.path.join(HERE, "gold.jsonl"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                d = json.loads(line)
            except ValueError as e:
                errs.append(f"line {n}: does not parse ({e})")
                continue
            did = d.get("doc_id")
            for k in ("doc_id", "published", "events"):
                if k not in d:
                    errs.append(f"line {n}: missing {k}")
            if did in docs:
                errs.append(f"line {n}: duplicate doc_id {did}")
            docs.add(did)
            if not os.path.isfile(os.path.join(HERE, "docs", f"{did}.txt")):
                errs.append(f"{did}: no docs/{did}.txt")
            if not DATE.match(str(d.get("published", ""))):
                errs.append(f"{did}: bad published")
            for i, e in enumerate(d.get("events", [])):
                w = f"{did} event {i}"
                miss = EVENT_KEYS - set(e)
                if miss:
                    errs.append(f"{w}: missing {sorted(miss)}")
                    continue
                for a in ("actor1", "actor2"):
                    if not isinstance(e[a], list) or not all(isinstance(x, str) for x in e[a]):
                        errs.append(f"{w}: {a} must be a list of names")
                names = e["location"].get("names") if isinstance(e["location"], dict) else None
                if not names or not all(isinstance(x, str) and x for x in names):
                    errs.append(f"{w}: location.names empty")
                if "lat" in e["location"] or "lon" in e["location"]:
                    errs.append(f"{w}: lat/lon not used in this set")
                check_range(e["killed"], "killed", errs, w)
                check_range(e["injured"], "injured", errs, w)
                dt = e["date"]
                ok = (isinstance(dt, str) and DATE.match(dt)) or (
                    isinstance(dt, list) and len(dt) == 2 and all(isinstance(x, str) and DATE.match(x) for x in dt) and dt[0] <= dt[1])
                if not ok:
                    errs.append(f"{w}: bad date {dt!r}")
                elif (dt if isinstance(dt, str) else dt[0]) > d["published"]:
                    errs.append(f"{w}: event after publication")
                if not isinstance(e["required"], bool):
                    errs.append(f"{w}: required must be true/false")
                req += e["required"] is True
                opt += e["required"] is False
    txts = {f[:-4] for f in os.listdir(os.path.join(HERE, "docs")) if f.endswith(".txt")}
    for t in sorted(txts - docs):
        errs.append(f"docs/{t}.txt has no gold line")
    for e in errs:
        print("ERROR", e)
    print(f"{len(docs)} docs, {req} required + {opt} optional events, {len(errs)} errors")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
