import json, random, re, hashlib, collections, os
WORK=os.environ.get("STANCE_REAL_WORK", "/tmp/stance-real")
random.seed(9)
S=[json.loads(l) for p in ('selected.jsonl','selected2.jsonl') for l in open(os.path.join(WORK,p))]
U=[json.loads(l) for l in open(os.path.join(WORK,'scored.jsonl'))]
keys=set((o['source'],o['doc'],o['start']) for o in S); texts=set(o['text'] for o in S)
perdoc=collections.Counter(o['doc'] for o in S)
FP=re.compile(r"\b(we|our (?:country|government|people|nation|forces|army|armed forces)|my (?:country|government|people))\b.{0,80}\b(will|shall|are determined to|are ready to)\b.{0,30}\b(not hesitate|resist|defend|fight|repel|retaliate|respond|liberate|punish|never (?:accept|allow|tolerate|surrender|give up|yield))", re.I)
WN=re.compile(r"\b(warn(?:s|ed)?|threaten(?:s|ed)?|vow(?:s|ed)?)\b.{0,40}\b(that|not to|against|to)\b", re.I)
NW=re.compile(r"\b(threaten(?:s|ed|ing)? to|vow(?:s|ed)? to|warn(?:s|ed)? (?:that|of|against|the)|impos(?:e|ed|es|ing) (?:new |fresh |tough |further )?(?:sanctions|tariffs)|sanctions (?:on|against)|ultimatum|retaliat|military action|fire and fury|all options)", re.I)
out=[]
def take(items,n,pool,cap):
    random.shuffle(items); k=0
    for o in items:
        if k>=n: break
        key=(o['source'],o['doc'],o['start'])
        if key in keys or o['text'] in texts or perdoc[o['doc']]>=cap: continue
        keys.add(key); texts.add(o['text']); perdoc[o['doc']]+=1
        o=dict(o); o['pool']=pool; o.pop('scores',None); out.append(o); k+=1
    print(pool,len(items),k)
ung=[o for o in U if o['source']=='ungdc']; nws=[o for o in U if o['source']=='newsmtsc']
take([o for o in ung if FP.search(o['text']) or (WN.search(o['text']) and o['scores'][2]>=0.3)],1600,'threat-hunt-2',8)
take([o for o in nws if NW.search(o['text'])],600,'threat-hunt-2',1)
take([o for o in ung if o['scores'][2]>=0.5],2400,'threat-hunt-2',8)
P=[json.loads(l) for l in open(os.path.join(WORK,'pools.jsonl'))]
take([o for o in P if o['source']=='ungdc' and o['pool']=='random'],600,'random',8)
take([o for o in P if o['source']=='newsmtsc'],300,'random',1)
def split(g):
    x=int(hashlib.sha256(("real-split-1:"+g).encode()).hexdigest()[:8],16)/2**32
    return "test" if x<0.22 else ("dev" if x<0.32 else "train")
random.shuffle(out)
for i,o in enumerate(out):
    o['split']=split(o['group'])
    src={"ungdc":"u","newsmtsc":"n","petrarch":"p"}[o['source']]
    o['id']=f"r{src}-{12293+i:05d}"
with open(os.path.join(WORK,'selected3.jsonl'),'w') as f:
    for o in out: f.write(json.dumps(o,ensure_ascii=False)+"\n")
print(len(out))
