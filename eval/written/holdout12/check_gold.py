import json, os, sys
here=os.path.dirname(os.path.abspath(__file__))
KEYS={"sub_event_type","actor1","actor2","location","killed","injured","required","note"}
ok=True; nreq=nopt=0; seen=set()
for n,line in enumerate(open(os.path.join(here,"gold.jsonl"),encoding="utf-8"),1):
    d=json.loads(line)
    for k in ("doc_id","published","source","events"):
        if k not in d: print("line",n,"missing",k); ok=False
    seen.add(d["doc_id"])
    p=os.path.join(here,"docs",d["doc_id"]+".txt")
    if not os.path.exists(p): print("no text for",d["doc_id"]); ok=False
    else:
        w=len(open(p,encoding="utf-8").read().split())
        if not 60<=w<=450: print(d["doc_id"],"word count",w); ok=False
    for i,e in enumerate(d["events"]):
        miss=KEYS-set(e)
        if miss: print(d["doc_id"],i,"missing",miss); ok=False
        if not isinstance(e["location"].get("names"),list): print(d["doc_id"],i,"bad names"); ok=False
        for r in ("killed","injured"):
            v=e[r]
            if v is not None and not (isinstance(v,list) and len(v)==2): print(d["doc_id"],i,"bad",r); ok=False
        if "date" in e:
            dt=e["date"]
            if not (isinstance(dt,str) or (isinstance(dt,list) and len(dt)==2)): print(d["doc_id"],i,"bad date"); ok=False
        if e["required"]: nreq+=1
        else: nopt+=1
txts={f[:-4] for f in os.listdir(os.path.join(here,"docs")) if f.endswith(".txt")}
if txts-seen: print("texts without gold:",txts-seen); ok=False
print(len(seen),"docs;",nreq,"required,",nopt,"optional events;","OK" if ok else "PROBLEMS")
sys.exit(0 if ok else 1)
