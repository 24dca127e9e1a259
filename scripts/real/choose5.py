#!/usr/bin/python3
"""Fifth selection (1,000 random sentences), which brings the random share
of all real sentences to 30%."""
import random
from common import Picker, load, number, SELECTIONS

random.seed(11)
p = Picker(load(*SELECTIONS[:4]))
P = load("pools.jsonl")
# the random pool holds one uniformly drawn whole sentence per speech
p.take([o for o in P if o["source"] == "ungdc" and o["pool"] == "random"], 700, "random", 10)
p.take([o for o in P if o["source"] == "newsmtsc"], 300, "random", 1)
number(p.out, 17813, "selected5.jsonl")
