#!/usr/bin/python3
"""Cohen's kappa per class between the first labels and the blind second
labelling, overall and by source (speeches, news), and speaker agreement.
Usage: agreement.py FIRST.csv... -- SECOND.csv...  (columns id,labels,speaker,...)"""
import csv, sys, collections
args = sys.argv[1:]
cut = args.index("--")
def read(paths):
    out = {}
    for p in paths:
        for r in csv.DictReader(open(p, encoding="utf-8")):
            out[r["id"].strip()] = r
    return out
first, second = read(args[:cut]), read(args[cut + 1:])
ids = sorted(set(first) & set(second))
def has(r, c):
    ls = set(x.strip() for x in r["labels"].split("|"))
    return c in ls
def kappa(pairs):
    n = len(pairs)
    if n == 0: return float("nan"), 0
    po = sum(a == b for a, b in pairs) / n
    pa = sum(a for a, _ in pairs) / n; pb = sum(b for _, b in pairs) / n
    pe = pa * pb + (1 - pa) * (1 - pb)
    return ((po - pe) / (1 - pe) if pe < 1 else 1.0), po
for name, sel in (("all", ids), ("speeches", [i for i in ids if i.startswith("ru-")]), ("news", [i for i in ids if not i.startswith("ru-")])):
    print(f"{name}: {len(sel)} sentences")
    for c in ("accusation", "reassurance", "threat", "neutral"):
        pairs = [(has(first[i], c), has(second[i], c)) for i in sel]
        k, po = kappa(pairs)
        print(f"  {c:12} kappa {k:.3f}  raw agreement {100*po:.1f}%  yes: first {sum(a for a,_ in pairs)}, second {sum(b for _,b in pairs)}")
    sp = [i for i in sel if first[i]["speaker"].strip() or second[i]["speaker"].strip()]
    print(f"  speaker agreed on {sum(first[i]['speaker'].strip()==second[i]['speaker'].strip() for i in sp)} of {len(sp)} rows where either gave one")
