import json, os, sys
S=os.path.dirname(os.path.abspath(__file__))
REQ={"sub_event_type","actor1","actor2","location","killed","injured","required"}
bad=0; nreq=nopt=0
lines=open(f"{S}/gold.jsonl",encoding="utf-8").read().splitlines()
ids=set()
for ln in lines:
    d=json.loads(ln); ids.add(d["doc_id"])
    p=f"{S}/docs/{d['doc_id']}.txt"
    if not os.path.exists(p): print("missing txt",p); bad+=1; continue
    txt=open(p,encoding="utf-8").read()
    for k in ("doc_id","published","source","events"):
        if k not in d: print("doc key",k,d["doc_id"]); bad+=1
    for e in d["events"]:
        miss=REQ-set(e)
        if miss: print(d["doc_id"],"missing",miss); bad+=1
        if not e["location"].get("names"): print(d["doc_id"],"no names"); bad+=1
        if not any(n in txt for n in e["location"]["names"]): print(d["doc_id"],"no name in text",e["location"]["names"][:2]); bad+=1
        for r in ("killed","injured"):
            v=e[r]
            if v is not None and not (isinstance(v,list) and len(v)==2): print(d["doc_id"],"bad range",r); bad+=1
        if e["required"]: nreq+=1
        else: nopt+=1
docs={f[:-4] for f in os.listdir(f"{S}/docs") if f.endswith(".txt")}
if docs!=ids: print("doc/gold mismatch",docs^ids); bad+=1
print(f"docs {len(ids)} events {nreq+nopt} required {nreq} optional {nopt} problems {bad}")
sys.exit(1 if bad else 0)
