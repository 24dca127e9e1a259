#!/usr/bin/python3
"""First selection (6,176 sentences): random sentences, cue pools and the
v1 model's uncertain sentences."""
import collections, csv, io, json, random, subprocess
from common import PREDICT, Picker, load, number

random.seed(7)
by = collections.defaultdict(list)
for o in load("pools.jsonl"):
    by[(o["source"], o["pool"])].append(o)
# model-uncertain pool: a sample of the cue pools scored by the v1 model
samp = random.sample(by[("ungdc", "acc")] + by[("ungdc", "thr")] + by[("ungdc", "rea")], 20000)
inp = "".join(json.dumps({"id": str(i), "text": o["text"]}) + "\n" for i, o in enumerate(samp))
res = subprocess.run([PREDICT, "--level", "sentence", "--format", "csv"], input=inp, capture_output=True, text=True).stdout
mx = collections.defaultdict(float)
for r in csv.DictReader(io.StringIO(res)):
    mx[int(r["doc"])] = max(mx[int(r["doc"])], *(float(r[c]) for c in ("accusation", "reassurance", "threat")))
unc = [samp[i] for i in range(len(samp)) if 0.3 <= mx[i] <= 0.7]
p = Picker(distinct_text=False)
p.take(by[("ungdc", "random")], 1400, "random", 4)
p.take(unc, 300, "uncertain", 4)
p.take(by[("ungdc", "thr")], 950, "threat-cue", 4)
p.take(by[("ungdc", "rea")], 900, "reassurance-cue", 4)
p.take(by[("ungdc", "acc")], 850, "accusation-cue", 4)
p.take(by[("newsmtsc", "random")] + by[("newsmtsc", "cue")], 550, "random", 1)
p.take(by[("newsmtsc", "cue")], 1150, "cue", 1)
p.take(by[("petrarch", "all")], 78, "all", 4)
seen, final = set(), []
for o in p.out:
    if o["text"] not in seen:
        seen.add(o["text"]); final.append(o)
random.shuffle(final)
number(final, 1, "selected.jsonl")
