#!/usr/bin/python3
"""Turns labelled batches into the project's standoff label files:
datasets/real/{ungdc,newsmtsc,petrarch}.csv. Reads the selection
(selected*.jsonl: source, document, byte span, checksum, split) and the
labellers' CSVs (id, labels, speaker, target).

With --speakers it writes datasets/real/news-speakers.csv instead, from the
sixth, seventh and eighth selections (selected6-8.jsonl), which
measure speakers and are not trained on.

Last, the speakers settled after the second labelling of news speakers
(speakers-settled.csv, see settle_speakers.py) are applied."""
import collections, csv, glob, os, sys
from common import DATA, WORK, SELECTIONS, load

args = [a for a in sys.argv[1:] if a != "--speakers"]
speakers = "--speakers" in sys.argv[1:]
OUT = args[0] if args else "datasets/real"
sel = {o["id"]: o for o in load(*(["selected6.jsonl", "selected7.jsonl", "selected8.jsonl"] if speakers else SELECTIONS))}
# petrarch: the selection's offsets are into the whole file; standoff rows
# use offsets into the record's <Text> content.
xml = open(DATA + "/petrarch2-dictionaries/PETR2_GSR_validation.xml", "rb").read()
def petrarch_text_start(sid):
    i = xml.index(('id="%s"' % sid).encode())
    return xml.index(b"<Text>", i) + len(b"<Text>")
order = ["accusation", "reassurance", "threat"]
def norm(labels):
    ls = [x.strip() for x in labels.split("|") if x.strip()]
    if ls == ["neutral"] or not ls: return "neutral"
    return "|".join(c for c in order if c in ls)
# Labels by id: the batches, then zz-settled.csv, the labels settled after
# the second labelling, which win.
labels = {}
for p in sorted(glob.glob(os.path.join(WORK, "labels", "*.csv"))):
    for r in csv.DictReader(open(p, encoding="utf-8")):
        if r["id"].strip() in sel: labels[r["id"].strip()] = r
rows = collections.defaultdict(list)
for i, r in sorted(labels.items()):
        o = sel[i]
        if o["end"] <= o["start"]: continue  # an empty record: nothing to label
        start, end = o["start"], o["end"]
        if o["source"] == "petrarch":
            base = petrarch_text_start(o["doc"])
            start, end = start - base, end - base
        rows[o["source"]].append([i, o["source"], o["doc"], start, end, o["sha"], norm(r["labels"]),
                                  r["speaker"].strip(), "|".join(t.strip() for t in r["target"].split("|") if t.strip()), o["split"]])
os.makedirs(OUT, exist_ok=True)
for src, rs in rows.items():
    rs.sort(key=lambda r: r[0])
    with open(os.path.join(OUT, ("news-speakers" if speakers else src) + ".csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["id", "source", "doc", "start", "end", "sha256", "labels", "speaker", "target", "split"])
        w.writerows(rs)
    print(src, len(rs), collections.Counter(r[6] for r in rs).most_common())
import settle_speakers
settle_speakers.OUT = OUT
settle_speakers.main()
