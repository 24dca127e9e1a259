#!/usr/bin/python3
"""Sixth selection, for the speaker measure only: every NewsMTSC sentence
not chosen before that names an actor of the gazetteer and has a verb of
speech or of a stance-taking act. Real news sentences whose speaker is a
state were few among the first five selections (177 with a stance); these
are labelled like the others and kept apart (datasets/real/news-speakers.csv),
for measuring speakers, not for training. The filter reads only the
gazetteer's names and a verb list, not the attribution rules it measures."""
import csv, random, re
from common import Picker, load, number, SELECTIONS

names = set()
for r in csv.DictReader(open("actors/gazetteer.csv")):
    if r["kind"] != "block" and r["code"]:
        names.add(r["text"])
actor = re.compile(r"(?<![\w-])(" + "|".join(re.escape(p) for p in sorted(names, key=len, reverse=True)) + r")(?![\w-])")
verb = re.compile(r"\b(said|says|say|told|tells|warn\w*|accus\w*|threat\w*|vow\w*|pledg\w*|promis\w*|urg\w*|"
                  r"demand\w*|condemn\w*|den(y|ies|ied)|reject\w*|impos\w*|sanction\w*|expel\w*|recall\w*|apologi\w*|"
                  r"agree\w*|refus\w*|protest\w*|insist\w*|claim\w*|blam\w*|criticiz\w*|criticis\w*|announc\w*|"
                  r"declar\w*|assur\w*|offer\w*|call(s|ed)? (on|for)|slam\w*|blast\w*|prais\w*|hail\w*|welcom\w*|"
                  r"tweet\w*|wrote|writes|according to)\b")

random.seed(12)
p = Picker(load(*SELECTIONS))
P = [o for o in load("pools.jsonl") if o["source"] == "newsmtsc" and actor.search(o["text"]) and verb.search(o["text"])]
p.take(P, len(P), "speaker", 1)
number(p.out, 18813, "selected6.jsonl")
