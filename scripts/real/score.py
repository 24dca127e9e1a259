#!/usr/bin/python3
"""Scores every pooled sentence with the v1 model (max score per class), for
the pools of uncertain sentences and the hunts for rare classes."""
import json, subprocess, csv, io, collections
import os
# WORK holds the intermediate files (they contain third-party text: keep
# them out of the repository); DATA is the shared corpora; PREDICT is a
# predict binary of the model that chose the uncertain sentences (stance v1,
# commit e3d7f55: go build -o /tmp/predict-v1 ./cmd/predict).
WORK = os.environ.get("STANCE_REAL_WORK", "/tmp/stance-real")
DATA = os.environ.get("STANCE_DATA", "../shared/data")
PREDICT = os.environ.get("PREDICT", "/tmp/predict-v1")
os.makedirs(WORK, exist_ok=True)

L = [json.loads(l) for l in open(os.path.join(WORK, "pools.jsonl"))]
seen = set(); U = []
for o in L:
    k = (o["source"], o["doc"], o["start"])
    if k in seen: continue
    seen.add(k); U.append(o)
inp = "".join(json.dumps({"id": str(i), "text": o["text"]}) + "\n" for i, o in enumerate(U))
res = subprocess.run([PREDICT, "--level", "sentence", "--format", "csv"], input=inp, capture_output=True, text=True).stdout
sc = collections.defaultdict(lambda: [0, 0, 0])
for r in csv.DictReader(io.StringIO(res)):
    s = sc[int(r["doc"])]
    for j, c in enumerate(("accusation", "reassurance", "threat")): s[j] = max(s[j], float(r[c]))
with open(os.path.join(WORK, "scored.jsonl"), "w") as f:
    for i, o in enumerate(U):
        o["scores"] = sc[i]; f.write(json.dumps(o) + "\n")
