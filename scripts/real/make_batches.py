#!/usr/bin/python3
"""Writes the labelling batches: id, context (speaking state and year, or
news) and the sentence, ~515 to a batch, and the two halves of the blind
second labelling (300 speech and 300 news sentences, seeded)."""
import json, csv, random
import os
# WORK holds the intermediate files (they contain third-party text: keep
# them out of the repository); DATA is the shared corpora; PREDICT is a
# predict binary of the model that chose the uncertain sentences (stance v1,
# commit e3d7f55: go build -o /tmp/predict-v1 ./cmd/predict).
WORK = os.environ.get("STANCE_REAL_WORK", "/tmp/stance-real")
DATA = os.environ.get("STANCE_DATA", "../shared/data")
PREDICT = os.environ.get("PREDICT", "/tmp/predict-v1")
os.makedirs(WORK, exist_ok=True)

names = {}
for r in csv.DictReader(open("actors/gazetteer.csv")):
    names.setdefault(r["code"], r["text"])
def ctx(o):
    if o["source"] == "ungdc":
        c = o["country"]
        if c == "RUS" and o["year"] < 1992:
            return f"UN General Debate speech by the Soviet Union (SUN; the data marks it RUS), {o['year']}"
        return f"UN General Debate speech by {c} ({names.get(c, c)}), {o['year']}"
    return "US news article" if o["source"] == "newsmtsc" else "wire news"
def write(path, rows):
    with open(path, "w") as f:
        f.write("id\tcontext\ttext\n")
        for o in rows: f.write(f"{o['id']}\t{ctx(o)}\t{o['text']}\n")
os.makedirs(os.path.join(WORK, "batches"), exist_ok=True)
os.makedirs(os.path.join(WORK, "second"), exist_ok=True)
S1 = [json.loads(l) for l in open(os.path.join(WORK, "selected.jsonl"))]
S2 = [json.loads(l) for l in open(os.path.join(WORK, "selected2.jsonl"))]
for first, S in ((1, S1), (13, S2)):
    for b in range(12):
        write(os.path.join(WORK, "batches", f"batch-{b + first:02d}.tsv"), S[b::12])
random.seed(11)
u = [o for o in S1 if o["source"] == "ungdc"]; n = [o for o in S1 if o["source"] != "ungdc"]
samp = random.sample(u, 300) + random.sample(n, 300)
random.shuffle(samp)
for k in range(2):
    write(os.path.join(WORK, "second", f"second-{k + 1}.tsv"), samp[k::2])
