import json, random, hashlib, collections, os
WORK=os.environ.get("STANCE_REAL_WORK", "/tmp/stance-real")
random.seed(11)
S=[json.loads(l) for p in ('selected.jsonl','selected2.jsonl','selected3.jsonl','selected4.jsonl') for l in open(os.path.join(WORK,p))]
P=[json.loads(l) for l in open(os.path.join(WORK,'pools.jsonl'))]
keys=set((o['source'],o['doc'],o['start']) for o in S); texts=set(o['text'] for o in S)
perdoc=collections.Counter(o['doc'] for o in S)
out=[]
def take(items,n,cap):
    random.shuffle(items); k=0
    for o in items:
        if k>=n: break
        key=(o['source'],o['doc'],o['start'])
        if key in keys or o['text'] in texts or perdoc[o['doc']]>=cap: continue
        keys.add(key); texts.add(o['text']); perdoc[o['doc']]+=1
        o=dict(o); o['pool']='random'; out.append(o); k+=1
    print(k)
# the random pool holds one uniformly drawn whole sentence per speech
take([o for o in P if o['source']=='ungdc' and o['pool']=='random'],700,10)
take([o for o in P if o['source']=='newsmtsc'],300,1)
def split(g):
    x=int(hashlib.sha256(("real-split-1:"+g).encode()).hexdigest()[:8],16)/2**32
    return "test" if x<0.22 else ("dev" if x<0.32 else "train")
for i,o in enumerate(out):
    o['split']=split(o['group'])
    o['id']="r"+{'ungdc':'u','newsmtsc':'n','petrarch':'p'}[o['source']]+f"-{17813+i:05d}"
with open(os.path.join(WORK,'selected5.jsonl'),'w') as f:
    for o in out: f.write(json.dumps(o,ensure_ascii=False)+"\n")
print(len(out))
