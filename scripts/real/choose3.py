#!/usr/bin/python3
"""Third selection (3,984): a second threat hunt (first-person patterns,
warnings scored as threats by the v1 model, news with threat verbs) and
more random sentences, to keep the random share at 30%."""
import random, re
from common import Picker, load, number

random.seed(9)
FP = re.compile(r"\b(we|our (?:country|government|people|nation|forces|army|armed forces)|my (?:country|government|people))\b.{0,80}\b(will|shall|are determined to|are ready to)\b.{0,30}\b(not hesitate|resist|defend|fight|repel|retaliate|respond|liberate|punish|never (?:accept|allow|tolerate|surrender|give up|yield))", re.I)
WN = re.compile(r"\b(warn(?:s|ed)?|threaten(?:s|ed)?|vow(?:s|ed)?)\b.{0,40}\b(that|not to|against|to)\b", re.I)
NW = re.compile(r"\b(threaten(?:s|ed|ing)? to|vow(?:s|ed)? to|warn(?:s|ed)? (?:that|of|against|the)|impos(?:e|ed|es|ing) (?:new |fresh |tough |further )?(?:sanctions|tariffs)|sanctions (?:on|against)|ultimatum|retaliat|military action|fire and fury|all options)", re.I)
U = load("scored.jsonl")
p = Picker(load("selected.jsonl", "selected2.jsonl"))
ung = [o for o in U if o["source"] == "ungdc"]
nws = [o for o in U if o["source"] == "newsmtsc"]
p.take([o for o in ung if FP.search(o["text"]) or (WN.search(o["text"]) and o["scores"][2] >= 0.3)], 1600, "threat-hunt-2", 8)
p.take([o for o in nws if NW.search(o["text"])], 600, "threat-hunt-2", 1)
p.take([o for o in ung if o["scores"][2] >= 0.5], 2400, "threat-hunt-2", 8)
P = load("pools.jsonl")
p.take([o for o in P if o["source"] == "ungdc" and o["pool"] == "random"], 600, "random", 8)
p.take([o for o in P if o["source"] == "newsmtsc"], 300, "random", 1)
random.shuffle(p.out)
number(p.out, 12293, "selected3.jsonl")
