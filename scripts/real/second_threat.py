#!/usr/bin/python3
"""The threat-rich blind second labelling: from batches 13-18 (the first
rare-class hunt), 100 sentences the first labels call threats and 150
others, mixed (seeded), written to WORK/second/second-3.tsv. Run after
those batches are labelled."""
import csv, os, random
from common import WORK

lab, rows = {}, {}
for b in range(13, 19):
    for r in csv.DictReader(open(os.path.join(WORK, "labels", f"batch-{b:02d}.csv"))):
        lab[r["id"]] = r["labels"]
    for line in open(os.path.join(WORK, "batches", f"batch-{b:02d}.tsv")).read().splitlines()[1:]:
        i, c, t = line.split("\t")
        rows[i] = (c, t)
random.seed(13)
thr = [i for i in lab if "threat" in lab[i]]
oth = [i for i in lab if "threat" not in lab[i]]
samp = random.sample(thr, min(100, len(thr))) + random.sample(oth, 150)
random.shuffle(samp)
with open(os.path.join(WORK, "second", "second-3.tsv"), "w") as f:
    f.write("id\tcontext\ttext\n")
    for i in samp:
        f.write(f"{i}\t{rows[i][0]}\t{rows[i][1]}\n")
