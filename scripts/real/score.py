#!/usr/bin/python3
"""score.py [IN OUT FIELD]: scores every sentence of WORK/IN with $PREDICT
(the highest score per class over the sentence's pieces) into FIELD and
writes WORK/OUT. By default the v1 model scores the pooled sentences
(pools.jsonl -> scored.jsonl, field scores); choose4.py used
scored.jsonl -> scored-m.jsonl, field scores2, scored by a model trained on
the first real labels."""
import collections, csv, io, json, os, subprocess, sys
from common import PREDICT, WORK, load

src, dst, field = (sys.argv[1:4] if len(sys.argv) > 3 else ("pools.jsonl", "scored.jsonl", "scores"))
U, seen = [], set()
for o in load(src):
    k = (o["source"], o["doc"], o["start"])
    if k not in seen:
        seen.add(k); U.append(o)
inp = "".join(json.dumps({"id": str(i), "text": o["text"]}) + "\n" for i, o in enumerate(U))
res = subprocess.run([PREDICT, "--level", "sentence", "--format", "csv"], input=inp, capture_output=True, text=True).stdout
sc = collections.defaultdict(lambda: [0, 0, 0])
for r in csv.DictReader(io.StringIO(res)):
    s = sc[int(r["doc"])]
    for j, c in enumerate(("accusation", "reassurance", "threat")):
        s[j] = max(s[j], float(r[c]))
with open(os.path.join(WORK, dst), "w") as f:
    for i, o in enumerate(U):
        o[field] = sc[i]; f.write(json.dumps(o) + "\n")
