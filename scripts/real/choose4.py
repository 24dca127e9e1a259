#!/usr/bin/python3
"""Fourth selection (1,536): every pooled sentence not chosen yet that a
model trained on the real labels of that hour scores 0.3 or more for threat
(scored-m.jsonl, field scores2: score.py run with that model)."""
import random
from common import Picker, load, number, SELECTIONS

random.seed(10)
p = Picker(load(*SELECTIONS[:3]))
items = [o for o in load("scored-m.jsonl") if o["scores2"][2] >= 0.3]
p.take(items, len(items), "threat-hunt-3", 10)
number(p.out, 16277, "selected4.jsonl")
