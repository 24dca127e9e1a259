#!/usr/bin/python3
"""Applies the settled speakers of the news rows to the standoff files.

All 1,576 news rows that take a stance (newsmtsc.csv, petrarch.csv,
news-speakers.csv) had their speaker labelled a second time, blind, from
../GUIDE.md alone. Where the two readers differed, two third readers, each
blind to the other, to which reading was the first, and to the tool,
chose between the two speakers. The settled speaker is the one both
third readers chose; where they differed, the first label stays.

datasets/real/speakers-settled.csv records it all (no text: ids and
codes): id, first, second, third_a, third_b, settled. This script
rewrites the speaker column of the standoff files from its `settled`
column, and drops the settled speaker from a row's targets (a target is
never the speaker). It is idempotent; build_standoff.py runs it last.

Usage: python3 scripts/real/settle_speakers.py [datasets/real]"""
import csv, os, sys

OUT = sys.argv[1] if len(sys.argv) > 1 else "datasets/real"
FILES = ["newsmtsc.csv", "petrarch.csv", "news-speakers.csv"]


def main():
    settled = {}
    with open(os.path.join(OUT, "speakers-settled.csv"), encoding="utf-8") as f:
        for r in csv.DictReader(f):
            settled[r["id"]] = r["settled"]
    changed = 0
    for name in FILES:
        path = os.path.join(OUT, name)
        with open(path, encoding="utf-8", newline="") as f:
            rows = list(csv.reader(f))
        head, body = rows[0], rows[1:]
        ci, cs, ct = head.index("id"), head.index("speaker"), head.index("target")
        for r in body:
            if r[ci] not in settled or settled[r[ci]] == r[cs]:
                continue
            r[cs] = settled[r[ci]]
            r[ct] = "|".join(t for t in r[ct].split("|") if t and t != r[cs])
            changed += 1
        tmp = path + ".tmp"
        with open(tmp, "w", encoding="utf-8", newline="") as f:
            csv.writer(f, lineterminator="\n").writerows([head] + body)
        os.replace(tmp, path)
    print("speakers changed:", changed)


if __name__ == "__main__":
    main()
