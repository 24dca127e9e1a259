import json, random, re, hashlib, collections
import os
# WORK holds the intermediate files (they contain third-party text: keep
# them out of the repository); DATA is the shared corpora; PREDICT is a
# predict binary of the model that chose the uncertain sentences (stance v1,
# commit e3d7f55: go build -o /tmp/predict-v1 ./cmd/predict).
WORK = os.environ.get("STANCE_REAL_WORK", "/tmp/stance-real")
DATA = os.environ.get("STANCE_DATA", "../shared/data")
PREDICT = os.environ.get("PREDICT", "/tmp/predict-v1")
os.makedirs(WORK, exist_ok=True)

random.seed(8)
S=[json.loads(l) for l in open(os.path.join(WORK, 'selected.jsonl'))]
U=[json.loads(l) for l in open(os.path.join(WORK, 'scored.jsonl'))]
P=[json.loads(l) for l in open(os.path.join(WORK, 'pools.jsonl'))]
keys=set((o['source'],o['doc'],o['start']) for o in S)
texts=set(o['text'] for o in S)
perdoc=collections.Counter(o['doc'] for o in S)
T=re.compile(r"\b(we|i|my (?:country|government|people|delegation)|our (?:country|government|people|armed forces|army|forces))\b[^.;]{0,60}\b(will|shall|would|are determined to|are ready to|reserve)\b[^.;]{0,40}\b(not hesitate|defend|fight|resist|respond|retaliate|take (?:all )?(?:necessary|appropriate|the necessary) (?:measures|steps|action)|right to|never (?:allow|accept|tolerate)|not tolerate|repel|crush|liberate|punish)", re.I)
W=re.compile(r"\b(warn(?:s|ed)? (?:that|the|against|of)|bear (?:the )?(?:full )?responsibility for (?:the|all) (?:consequences|repercussions)|will (?:have to )?face the consequences|pay (?:a|the) (?:heavy )?price|ultimatum|threaten(?:s|ed)? to|retaliat)", re.I)
N=re.compile(r"\b(threat|warn|vow|retaliat|sanction|tariff|ultimatum|punish|strike|attack|military action|consequences|fire and fury|destroy)", re.I)
R=re.compile(r"\b(ready to|willing(?:ness)? to|dialogue with|talks with|negotiat\w* with|no (?:hostile )?intention|good-neighbo|extend (?:our|the|a) hand|poses? no threat|reconcil\w* with|assur\w* (?:the|our|all)|guarantee|apolog|normaliz\w* (?:of )?relations|rapprochement|friendship with|goodwill|cease-?fire)", re.I)
out=[]
def take(items, n, pool, cap=6):
    random.shuffle(items); k=0
    for o in items:
        if k>=n: break
        key=(o['source'],o['doc'],o['start'])
        if key in keys or o['text'] in texts or perdoc[o['doc']]>=cap: continue
        keys.add(key); texts.add(o['text']); perdoc[o['doc']]+=1
        o=dict(o); o['pool']=pool; o.pop('scores',None); out.append(o); k+=1
    print(pool,k)
ung=[o for o in U if o['source']=='ungdc']; nws=[o for o in U if o['source']=='newsmtsc']
# random: a second random sentence of random speeches comes from the random pool of extract2 (one per speech) is used up; draw from all pooled+random sentences uniformly by speech
rand_ung=[o for o in P if o['source']=='ungdc' and o['pool']=='random']
take(rand_ung, 1000, 'random')
take([o for o in P if o['source']=='newsmtsc'], 800, 'random', cap=1)
thr=[o for o in ung if o['scores'][2]>=0.7 or T.search(o['text']) or W.search(o['text'])]
take(thr, 2200, 'threat-hunt', cap=6)
take([o for o in nws if o['scores'][2]>=0.5 or N.search(o['text'])], 700, 'threat-hunt', cap=1)
rea=[o for o in ung if o['scores'][1]>=0.7 and R.search(o['text'])]
take(rea, 1300, 'reassurance-hunt')
take([o for o in nws if o['scores'][1]>=0.5], 200, 'reassurance-hunt', cap=1)
def split(g):
    x=int(hashlib.sha256(("real-split-1:"+g).encode()).hexdigest()[:8],16)/2**32
    return "test" if x<0.22 else ("dev" if x<0.32 else "train")
random.shuffle(out)
for i,o in enumerate(out):
    o['split']=split(o['group'])
    src={"ungdc":"u","newsmtsc":"n","petrarch":"p"}[o['source']]
    o['id']=f"r{src}-{6177+i:05d}"
with open(os.path.join(WORK, 'selected2.jsonl'),'w') as f:
    for o in out: f.write(json.dumps(o,ensure_ascii=False)+"\n")
print(len(out), collections.Counter(o['pool'] for o in out), collections.Counter(o['split'] for o in out))
