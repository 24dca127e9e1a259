import json, random, hashlib, collections, os
WORK=os.environ.get("STANCE_REAL_WORK", "/tmp/stance-real")
random.seed(10)
S=[json.loads(l) for p in ('selected.jsonl','selected2.jsonl','selected3.jsonl') for l in open(os.path.join(WORK,p))]
U=[json.loads(l) for l in open(os.path.join(WORK,'scored-m.jsonl'))]  # scores2: the model trained on the first real labels
keys=set((o['source'],o['doc'],o['start']) for o in S); texts=set(o['text'] for o in S)
perdoc=collections.Counter(o['doc'] for o in S)
out=[]
items=[o for o in U if o['scores2'][2]>=0.3]
random.shuffle(items)
for o in items:
    key=(o['source'],o['doc'],o['start'])
    if key in keys or o['text'] in texts or perdoc[o['doc']]>=10: continue
    keys.add(key); texts.add(o['text']); perdoc[o['doc']]+=1
    o=dict(o); o['pool']='threat-hunt-3'; o.pop('scores',None); o.pop('scores2',None); out.append(o)
def split(g):
    x=int(hashlib.sha256(("real-split-1:"+g).encode()).hexdigest()[:8],16)/2**32
    return "test" if x<0.22 else ("dev" if x<0.32 else "train")
for i,o in enumerate(out):
    o['split']=split(o['group'])
    o['id']=f"r{ {'ungdc':'u','newsmtsc':'n','petrarch':'p'}[o['source']] }-{16277+i:05d}".replace(' ','')
with open(os.path.join(WORK,'selected4.jsonl'),'w') as f:
    for o in out: f.write(json.dumps(o,ensure_ascii=False)+"\n")
print(len(out), collections.Counter(o['source'] for o in out))
