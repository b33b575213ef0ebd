"""Check holdout23 gold: every line parses, every doc has its .txt, every event has the SPEC keys."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = {"sub_event_type", "actor1", "actor2", "location", "killed", "injured", "required", "note", "date"}
DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def pair_ok(v):
    return v is None or (isinstance(v, list) and len(v) == 2 and all(x is None or isinstance(x, int) for x in v)
                         and (None in v or v[0] <= v[1]))


def main():
    errors, docs, req, opt, seen = [], 0, 0, 0, set()
    with open(os.path.join(HERE, "gold.jsonl"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                d = json.loads(line)
            except ValueError as e:
                errors.append(f"line {n}: does not parse ({e})")
                continue
            docs += 1
            did = d.get("doc_id")
            seen.add(did)
            for k in ("doc_id", "published", "events"):
                if k not in d:
                    errors.append(f"line {n}: missing {k}")
            txt = os.path.join(HERE, "docs", f"{did}.txt")
            if not os.path.isfile(txt):
                errors.append(f"{did}: no {txt}")
            else:
                words = len(open(txt, encoding="utf-8").read().split())
                if not 120 <= words <= 800:
                    errors.append(f"{did}: {words} words")
            for i, ev in enumerate(d.get("events", [])):
                miss = KEYS - set(ev)
                if miss:
                    errors.append(f"{did} event {i}: missing {sorted(miss)}")
                    continue
                if not isinstance(ev["actor1"], list) or not isinstance(ev["actor2"], list):
                    errors.append(f"{did} event {i}: actors must be lists")
                if not ev["location"].get("names"):
                    errors.append(f"{did} event {i}: no location names")
                if "lat" in ev["location"] or "lon" in ev["location"]:
                    errors.append(f"{did} event {i}: lat/lon not wanted")
                if not (pair_ok(ev["killed"]) and pair_ok(ev["injured"])):
                    errors.append(f"{did} event {i}: bad killed/injured")
                dt = ev["date"]
                if not ((isinstance(dt, str) and DAY.match(dt)) or
                        (isinstance(dt, list) and len(dt) == 2 and all(DAY.match(x) for x in dt) and dt[0] <= dt[1])):
                    errors.append(f"{did} event {i}: bad date {dt}")
                if ev["required"]:
                    req += 1
                else:
                    opt += 1
    for fn in os.listdir(os.path.join(HERE, "docs")):
        if fn.endswith(".txt") and fn[:-4] not in seen:
            errors.append(f"{fn}: no gold line")
    for e in errors:
        print("ERROR", e)
    print(f"{docs} docs, {req} required + {opt} optional events, {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
