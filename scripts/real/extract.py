#!/usr/bin/python3
"""Candidate real sentences for labelling: whole sentences from the shared
corpora, with byte spans into the raw text, in pools: one random whole
sentence per speech, and the sentences that match cue patterns of each
class. Writes WORK/pools.jsonl."""
import gzip, json, re, random, hashlib, sys, collections
import os
from common import DATA, WORK


random.seed(20261205)

ABBR = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Dr|St|No|Nos|Messrs|Mt|Gen|Col|Lt|Sgt|Prof|Rev|Sr|Jr|Art|Arts|Vol|para|paras|Inc|Co|Ltd|vs|cf|e\.g|i\.e|etc|U\.S|U\.N|U\.K|S\.A|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)|\b[A-Z])\.$")
BOUND = re.compile(r"[.!?][\"'”’)\]]*\s+(?=[\"“‘(]?[A-Z0-9])|\n[ \t]*\n")

def sentences(t):
    """Yields the (start, end) character spans of sentence-like units."""
    start = 0
    for m in BOUND.finditer(t):
        end = m.end()
        piece = t[start:m.start()+1]
        if ABBR.search(piece.rstrip()) and not m.group(0).startswith("\n"):
            continue
        s, e = start, end
        # trim whitespace
        while s < e and t[s].isspace(): s += 1
        while e > s and t[e-1].isspace(): e -= 1
        if e > s: yield s, e
        start = end
    s, e = start, len(t)
    while s < e and t[s].isspace(): s += 1
    while e > s and t[e-1].isspace(): e -= 1
    if e > s: yield s, e

def unwrap(s):
    s = re.sub(r"(\w)-[ \t]*\n[ \t]*([a-z])", r"\1\2", s)
    return re.sub(r"\s+", " ", s).strip()

def whole(u):
    if not u or not (u[0].isupper() or u[0] in "\"“‘(" or u[0].isdigit()): return False
    if not re.search(r"[.!?][\"'”’)\]]*$", u): return False
    n = len(u.split())
    return 8 <= n <= 70

CUES = re.compile(r"\b(accus|condemn|denounc|deplor|blame|aggress|violat|occupi|occupation|imperialis|colonialis|zionis|apartheid|interfer|intervention|provocat|hostil|threat|warn|retaliat|sanction|embargo|ultimatum|expel|invad|invasion|attack|bomb|massacre|atrocit|genocide|terroris|annex|assur|reassur|guarante|commit|pledge|ready to|willing|dialogue|negotiat|talks|ceasefire|cease-fire|apolog|release|reconcil|friendship|good-neighbour|good-neighbor|peaceful|cooperat|protest|reject|demand|urge|must|will not tolerate|respond|deterr|force|arms|weapon|nuclear|regime|expansionis|racis|criminal|crime)", re.I)

def h(s): return hashlib.sha256(s.encode()).hexdigest()[:12]

out = []
# --- UN General Debate: every whole sentence goes to the pools it matches
ACC = re.compile(r"\b(condemn|denounc|deplor|accus|blame|aggressi|aggressor|violat|occupying|occupation of|imperialis|colonialis|crimes? (?:of|against|committed)|atrocit|genocide|massacre|expansionis|interference in|intervention in|provocation|illegal)", re.I)
THR = re.compile(r"\b(threat|warn|retaliat|will not hesitate|consequences|by force|deterr|will respond|reserve the right|will defend|ultimatum|sanctions against|will not tolerate|pay (?:a|the) price|military action|to punish|resist|self-defen)", re.I)
REA = re.compile(r"\b(ready to|willing(?:ness)? to|dialogue with|negotiat|no intention|no hostile|good-neighbo|peaceful settlement|cease-?fire|extend (?:our|the) hand|poses? no threat|reconcil|assur|guarantee|apolog|normaliz|normalis|confidence-building|rapprochement|friendship with|goodwill)", re.I)
pools = {"acc": [], "thr": [], "rea": []}
rand = []
with gzip.open(DATA + "/ungdc/speeches-1946-2018.jsonl.gz", "rt", encoding="utf-8") as f:
    for line in f:
        d = json.loads(line)
        t = d["text"]
        # char -> byte offsets, computed once per document
        if t.isascii():
            bo = lambda i: i
        else:
            acc = [0]
            for ch in t: acc.append(acc[-1] + len(ch.encode()))
            bo = acc.__getitem__
        cands = []
        for s, e in sentences(t):
            u = unwrap(t[s:e])
            if whole(u):
                cands.append(dict(source="ungdc", doc=d["id"], group=d["id"], start=bo(s), end=bo(e),
                            sha=h(t[s:e]), text=u, country=d["country"], year=d["year"]))
        if not cands: continue
        rand.append(random.choice(cands))
        for c in cands:
            for name, rx in (("acc", ACC), ("thr", THR), ("rea", REA)):
                if rx.search(c["text"]):
                    pools[name].append(c)
print("ungdc pools", len(rand), {k: len(v) for k, v in pools.items()})
for name, items in pools.items():
    for c in items:
        o = dict(c); o["pool"] = name; out.append(o)
for c in rand:
    o = dict(c); o["pool"] = "random"; out.append(o)
# --- NewsMTSC
for fn in ["train.jsonl", "devtest_mt.jsonl", "devtest_rw.jsonl"]:
    seen = set()
    with open(DATA + "/newsmtsc/" + fn, encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            d = json.loads(line)
            t = d["sentence_normalized"]
            u = re.sub(r"\s+", " ", t).strip()
            if u in seen: continue
            seen.add(u)
            gid = d["primary_gid"].split("_")
            group = "_".join(gid[:3])
            out.append(dict(source="newsmtsc", doc=f"{fn}:{i}", group=group, start=0, end=len(t.encode()),
                            sha=h(t), text=u, pool="cue" if CUES.search(u) else "random"))
# --- PETRARCH validation
x = open(DATA + "/petrarch2-dictionaries/PETR2_GSR_validation.xml", encoding="utf-8").read()
for m in re.finditer(r'<Sentence [^>]*id="([^"]+)"[^>]*>.*?<Text>(.*?)</Text>', x, re.S):
    sid, body = m.group(1), m.group(2)
    s0 = m.start(2)
    s, e = 0, len(body)
    while s < e and body[s].isspace(): s += 1
    while e > s and body[e-1].isspace(): e -= 1
    span = body[s:e]
    bs = len(x[:s0+s].encode()); be = bs + len(span.encode())
    out.append(dict(source="petrarch", doc=sid, group=sid, start=bs, end=be, sha=h(span),
                    text=re.sub(r"\s+", " ", span), pool="all"))
with open(os.path.join(WORK, 'pools.jsonl'), "w") as f:
    for o in out: f.write(json.dumps(o, ensure_ascii=False) + "\n")
c = collections.Counter((o["source"], o["pool"]) for o in out)
print(c)
