#!/usr/bin/python3
"""Seventh selection, for the speaker measure only: every NewsMTSC sentence
that no earlier selection chose and that names an actor of the gazetteer
(any kind, people included), whatever its verb. The sixth selection took
those with a verb of speech or of a stance act from a list; these are the
rest, so that the measure also holds stance sentences whose verb no list
foresaw. Labelled like the others and kept apart with the sixth
(datasets/real/news-speakers.csv). The filter reads only the gazetteer's
names, not the attribution rules it measures."""
import random
from common import Picker, actor_names, load, number, SELECTIONS

actor = actor_names()

random.seed(14)
p = Picker(load(*SELECTIONS, "selected6.jsonl"))
P = [o for o in load("pools.jsonl") if o["source"] == "newsmtsc" and actor.search(o["text"])]
p.take(P, len(P), "speaker2", 1)
number(p.out, 19640, "selected7.jsonl")
