#!/usr/bin/env python3
"""Check the holdout21 gold set: every line parses, every doc has its .txt,
every event has the SPEC section 2 keys with sane values."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
DOC_KEYS = {"doc_id", "published", "events"}
EV_KEYS = {"sub_event_type", "actor1", "actor2", "location", "killed", "injured", "required", "date"}
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def check_pair(v, what, errs):
    if v is None:
        return
    if not (isinstance(v, list) and len(v) == 2 and all(x is None or isinstance(x, int) for x in v)):
        errs.append(f"{what}: bad range {v!r}")
    elif v[0] is not None and v[1] is not None and v[0] > v[1]:
        errs.append(f"{what}: low > high {v!r}")


def main():
    errs, docs, req, opt = [], 0, 0, 0
    seen = set()
    with open(os.path.join(HERE, "gold.jsonl"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                d = json.loads(line)
            except json.JSONDecodeError as e:
                errs.append(f"line {n}: does not parse ({e})")
                continue
            docs += 1
            miss = DOC_KEYS - d.keys()
            if miss:
                errs.append(f"line {n}: missing {sorted(miss)}")
                continue
            did = d["doc_id"]
            if did in seen:
                errs.append(f"{did}: duplicate doc_id")
            seen.add(did)
            if not DATE.match(d["published"] or ""):
                errs.append(f"{did}: bad published {d['published']!r}")
            if not os.path.isfile(os.path.join(HERE, "docs", did + ".txt")):
                errs.append(f"{did}: no docs/{did}.txt")
            for i, e in enumerate(d["events"]):
                w = f"{did} event {i}"
                miss = EV_KEYS - e.keys()
                if miss:
                    errs.append(f"{w}: missing {sorted(miss)}")
                    continue
                for a in ("actor1", "actor2"):
                    if not isinstance(e[a], list):
                        errs.append(f"{w}: {a} is not a list")
                names = e["location"].get("names") if isinstance(e["location"], dict) else None
                if not names or not all(isinstance(x, str) and x for x in names):
                    errs.append(f"{w}: location.names empty or bad")
                if "lat" in e["location"] or "lon" in e["location"]:
                    errs.append(f"{w}: lat/lon present (this set matches by names)")
                check_pair(e["killed"], w + " killed", errs)
                check_pair(e["injured"], w + " injured", errs)
                dt = e["date"]
                ok = (isinstance(dt, str) and DATE.match(dt)) or (
                    isinstance(dt, list) and len(dt) == 2 and all(isinstance(x, str) and DATE.match(x) for x in dt) and dt[0] <= dt[1])
                if not ok:
                    errs.append(f"{w}: bad date {dt!r}")
                if not isinstance(e["required"], bool):
                    errs.append(f"{w}: required is not a bool")
                elif e["required"]:
                    req += 1
                else:
                    opt += 1
    txts = {f[:-4] for f in os.listdir(os.path.join(HERE, "docs")) if f.endswith(".txt")}
    for extra in sorted(txts - seen):
        errs.append(f"docs/{extra}.txt has no gold line")
    for e in errs:
        print("ERROR", e)
    print(f"{docs} docs, {req} required + {opt} optional events, {len(errs)} errors")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
