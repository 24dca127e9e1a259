#!/usr/bin/python3
"""Eighth selection, for the speaker measure only: the NewsMTSC sentences
that no earlier selection chose and that name an actor of the gazetteer as
it stands after its fourth round (2026-12), which added some 3,000 names,
mostly office-holders. The seventh selection took every sentence naming an
actor of the gazetteer of its day; these are the ones only the later names
reach. Like the sixth and seventh, the filter reads only the gazetteer's
names, not the attribution rules it measures, and the rows are labelled
before the rules are scored on them."""
import random
from common import Picker, actor_names, load, number, SELECTIONS

actor = actor_names()

random.seed(16)
p = Picker(load(*SELECTIONS, "selected6.jsonl", "selected7.jsonl"))
P = [o for o in load("pools.jsonl") if o["source"] == "newsmtsc" and actor.search(o["text"])]
p.take(P, len(P), "speaker3", 1)
number(p.out, 21183, "selected8.jsonl")
