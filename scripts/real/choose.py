import json, random, hashlib, collections, subprocess, csv, io
import os
# WORK holds the intermediate files (they contain third-party text: keep
# them out of the repository); DATA is the shared corpora; PREDICT is a
# predict binary of the model that chose the uncertain sentences (stance v1,
# commit e3d7f55: go build -o /tmp/predict-v1 ./cmd/predict).
WORK = os.environ.get("STANCE_REAL_WORK", "/tmp/stance-real")
DATA = os.environ.get("STANCE_DATA", "../shared/data")
PREDICT = os.environ.get("PREDICT", "/tmp/predict-v1")
os.makedirs(WORK, exist_ok=True)

random.seed(7)
L = [json.loads(l) for l in open(os.path.join(WORK, 'pools.jsonl'))]
by = collections.defaultdict(list)
for o in L: by[(o["source"], o["pool"])].append(o)
# model-uncertain pool: score a sample of the cue pools with the current model
samp = random.sample(by[("ungdc","acc")] + by[("ungdc","thr")] + by[("ungdc","rea")], 20000)
inp = "".join(json.dumps({"id": str(i), "text": o["text"]}) + "\n" for i, o in enumerate(samp))
res = subprocess.run([PREDICT, "--level", "sentence", "--format", "csv"], input=inp, capture_output=True, text=True).stdout
mx = collections.defaultdict(float)
for r in csv.DictReader(io.StringIO(res)):
    mx[int(r["doc"])] = max(mx[int(r["doc"])], *(float(r[c]) for c in ("accusation","reassurance","threat")))
unc = [samp[i] for i in range(len(samp)) if 0.3 <= mx[i] <= 0.7]
print("uncertain", len(unc))
chosen, keys, perdoc = [], set(), collections.Counter()
def take(items, n, pool, cap=4):
    random.shuffle(items)
    k = 0
    for o in items:
        if k >= n: break
        key = (o["source"], o["doc"], o["start"])
        if key in keys or perdoc[o["doc"]] >= cap: continue
        keys.add(key); perdoc[o["doc"]] += 1
        o = dict(o); o["pool"] = pool; chosen.append(o); k += 1
    print(pool, k)
take(by[("ungdc","random")], 1400, "random")
take(unc, 300, "uncertain")
take(by[("ungdc","thr")], 950, "threat-cue")
take(by[("ungdc","rea")], 900, "reassurance-cue")
take(by[("ungdc","acc")], 850, "accusation-cue")
take(by[("newsmtsc","random")]+by[("newsmtsc","cue")], 550, "random", cap=1)
take(by[("newsmtsc","cue")], 1150, "cue", cap=1)
take(by[("petrarch","all")], 78, "all")
# dedupe texts
seen=set(); final=[]
for o in chosen:
    if o["text"] in seen: continue
    seen.add(o["text"]); final.append(o)
# splits by document group, seeded
def split(g):
    x = int(hashlib.sha256(("real-split-1:"+g).encode()).hexdigest()[:8],16)/2**32
    return "test" if x < 0.22 else ("dev" if x < 0.32 else "train")
for i, o in enumerate(final):
    o["split"] = split(o["group"])
random.shuffle(final)
for i, o in enumerate(final):
    src = {"ungdc":"u","newsmtsc":"n","petrarch":"p"}[o["source"]]
    o["id"] = f"r{src}-{i+1:05d}"
with open(os.path.join(WORK, 'selected.jsonl'),'w') as f:
    for o in final: f.write(json.dumps(o, ensure_ascii=False)+"\n")
print(len(final), collections.Counter(o["source"] for o in final), collections.Counter((o["source"],o["split"]) for o in final))
print(collections.Counter(o["year"]//10*10 for o in final if o["source"]=="ungdc"), len({o["country"] for o in final if o["source"]=="ungdc"}))
