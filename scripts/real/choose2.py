#!/usr/bin/python3
"""Second selection (6,116): more random sentences, and hunts for the rare
classes: threat and reassurance scored high by the v1 model or matched by
first-person patterns."""
import random, re
from common import Picker, load, number

random.seed(8)
T = re.compile(r"\b(we|i|my (?:country|government|people|delegation)|our (?:country|government|people|armed forces|army|forces))\b[^.;]{0,60}\b(will|shall|would|are determined to|are ready to|reserve)\b[^.;]{0,40}\b(not hesitate|defend|fight|resist|respond|retaliate|take (?:all )?(?:necessary|appropriate|the necessary) (?:measures|steps|action)|right to|never (?:allow|accept|tolerate)|not tolerate|repel|crush|liberate|punish)", re.I)
W = re.compile(r"\b(warn(?:s|ed)? (?:that|the|against|of)|bear (?:the )?(?:full )?responsibility for (?:the|all) (?:consequences|repercussions)|will (?:have to )?face the consequences|pay (?:a|the) (?:heavy )?price|ultimatum|threaten(?:s|ed)? to|retaliat)", re.I)
N = re.compile(r"\b(threat|warn|vow|retaliat|sanction|tariff|ultimatum|punish|strike|attack|military action|consequences|fire and fury|destroy)", re.I)
R = re.compile(r"\b(ready to|willing(?:ness)? to|dialogue with|talks with|negotiat\w* with|no (?:hostile )?intention|good-neighbo|extend (?:our|the|a) hand|poses? no threat|reconcil\w* with|assur\w* (?:the|our|all)|guarantee|apolog|normaliz\w* (?:of )?relations|rapprochement|friendship with|goodwill|cease-?fire)", re.I)
U = load("scored.jsonl")
P = load("pools.jsonl")
p = Picker(load("selected.jsonl"))
ung = [o for o in U if o["source"] == "ungdc"]
nws = [o for o in U if o["source"] == "newsmtsc"]
p.take([o for o in P if o["source"] == "ungdc" and o["pool"] == "random"], 1000, "random", 6)
p.take([o for o in P if o["source"] == "newsmtsc"], 800, "random", 1)
p.take([o for o in ung if o["scores"][2] >= 0.7 or T.search(o["text"]) or W.search(o["text"])], 2200, "threat-hunt", 6)
p.take([o for o in nws if o["scores"][2] >= 0.5 or N.search(o["text"])], 700, "threat-hunt", 1)
p.take([o for o in ung if o["scores"][1] >= 0.7 and R.search(o["text"])], 1300, "reassurance-hunt", 6)
p.take([o for o in nws if o["scores"][1] >= 0.5], 200, "reassurance-hunt", 1)
random.shuffle(p.out)
number(p.out, 6177, "selected2.jsonl")
