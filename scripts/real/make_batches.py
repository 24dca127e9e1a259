#!/usr/bin/python3
"""Writes the labelling batches: id, context (speaking state and year, or
news) and the sentence, ~500 to a batch, and the two halves of the blind
second labelling (300 speech and 300 news sentences, seeded)."""
import json, csv, random
import os
from common import SELECTIONS, WORK, load

names = {}
for r in csv.DictReader(open("actors/gazetteer.csv")):
    names.setdefault(r["code"], r["text"])
# The first two selections were cut before the gazetteer had the
# historical states: their labellers saw these names.
early = dict(names, SUN="Soviet Union", YUG="Yugoslavia", CSK="Czechoslovakia", DDR="German Democratic Republic (East Germany)",
             YMD="Democratic Yemen (South Yemen)", YAR="Yemen Arab Republic (North Yemen)")
def ctx(o, names=names):
    if o["source"] == "ungdc":
        c = o["country"]
        if c == "RUS" and o["year"] < 1992:
            return f"UN General Debate speech by the Soviet Union (SUN; the data marks it RUS), {o['year']}"
        return f"UN General Debate speech by {c} ({names.get(c, c)}), {o['year']}"
    return "US news article" if o["source"] == "newsmtsc" else "wire news"
def write(path, rows, names=names):
    with open(path, "w") as f:
        f.write("id\tcontext\ttext\n")
        for o in rows: f.write(f"{o['id']}\t{ctx(o, names)}\t{o['text']}\n")
os.makedirs(os.path.join(WORK, "batches"), exist_ok=True)
os.makedirs(os.path.join(WORK, "second"), exist_ok=True)
# batches 1-12, 13-24, 25-32, 33-35 and 36-37 hold the five selections
first = 1
for name, n in zip(SELECTIONS, (12, 12, 8, 3, 2)):
    S = load(name)
    for b in range(n):
        write(os.path.join(WORK, "batches", f"batch-{first + b:02d}.tsv"), S[b::n], early if first < 25 else names)
    first += n
S1 = load("selected.jsonl")
random.seed(11)
u = [o for o in S1 if o["source"] == "ungdc"]; n = [o for o in S1 if o["source"] != "ungdc"]
samp = random.sample(u, 300) + random.sample(n, 300)
random.shuffle(samp)
for k in range(2):
    write(os.path.join(WORK, "second", f"second-{k + 1}.tsv"), samp[k::2], early)
# the speaker selections (news only): the sixth (four batches) and the
# seventh (any verb, six batches), each with a blind second labelling of
# 200 of its sentences
for sel, prefix, batches, seed in (("selected6.jsonl", "speakers", 4, 13), ("selected7.jsonl", "speakers2", 6, 15)):
    if not os.path.exists(os.path.join(WORK, sel)):
        continue
    S = load(sel)
    for b in range(batches):
        write(os.path.join(WORK, "batches", f"{prefix}-{b + 1}.tsv"), S[b::batches])
    random.seed(seed)
    write(os.path.join(WORK, "second", f"{prefix}-second.tsv"), random.sample(S, 200))
# the eighth selection (names the fourth gazetteer round added): two
# batches, and every row labelled a second time, blind, in two halves that
# reshuffle the batches
if os.path.exists(os.path.join(WORK, "selected8.jsonl")):
    S = load("selected8.jsonl")
    random.seed(17)
    for b in range(2):
        write(os.path.join(WORK, "batches", f"speakers3-{b + 1}.tsv"), S[b::2])
        half = S[b::2][:]
        random.shuffle(half)
        write(os.path.join(WORK, "second", f"speakers3-second-{b + 1}.tsv"), half)
