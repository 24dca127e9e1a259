"""Does a learned ranker find the speakers of real news that the rules miss?

Reads the cue file that the actors tests write (one row per actor named in a
sentence, with the cues the rules read about it) and asks whether a logistic
regression over those cues and the words around each actor, trained on the
own speaker sets and the real train rows, finds speakers in the sentences the
rules give none. It only ever adds a speaker where the rules found none, so
it reports what it adds:

  right  news stance rows whose gold speaker it supplies
  wrong  news stance rows given another actor than the gold one
  false  news rows whose gold speaker is empty (stance / neutral) given one

Evaluations: 5-fold cross-validation over the real train and dev rows (the
own sets always in training), the held-out own speaker sets, and, with
--test, the real test rows (run it once, with settings fixed beforehand).

    go test ./actors -run SpeakerCues -args -cues /tmp/cues.csv
    /usr/bin/python3 scripts/real/speaker_ranker.py /tmp/cues.csv [--test]

Needs Debian's scikit-learn (apt-get install python3-sklearn).
"""

import argparse
import collections
import csv
import random

import numpy as np
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression

WORDS = ["w_prev", "w_next", "w_next2", "w_verb", "w_first"]
NOT_CUES = {"id", "split", "gold", "stance", "code", "y"}
THRESHOLDS = (0.3, 0.4, 0.5, 0.6)


def cues(row, words):
    """The features of one candidate: its numeric cues, and its words."""
    d = {k: float(v) for k, v in row.items() if k not in NOT_CUES and k not in WORDS}
    if words:
        for k in WORDS:
            d[k + "=" + row[k]] = 1.0
    return d


def fit(sentences, ids, words):
    """Trains on the candidates of the sentences ids where the rules found no speaker."""
    x, y = [], []
    for i in ids:
        for c in sentences[i]:
            if c["rule_none"] == "1":
                x.append(cues(c, words))
                y.append(int(c["y"]))
    vec = DictVectorizer()
    clf = LogisticRegression(C=1.0, max_iter=5000)
    clf.fit(vec.fit_transform(x), np.array(y))
    return vec, clf


def added(sentences, ids, model, words, counts):
    """Counts, per threshold, what the ranker adds on the sentences ids."""
    vec, clf = model
    for i in ids:
        cands = sentences[i]
        first = cands[0]
        if first["rule_none"] != "1":
            continue
        p = clf.predict_proba(vec.transform([cues(c, words) for c in cands]))[:, 1]
        best = int(np.argmax(p))
        code, gold = cands[best]["code"], first["gold"]
        for t in THRESHOLDS:
            if p[best] <= t:
                continue
            if gold == "":
                counts[t]["false " + first["stance"]] += 1
            elif first["stance"] == "stance":
                counts[t]["right" if code == gold else "wrong"] += 1


def report(name, counts):
    for t in THRESHOLDS:
        c = counts[t]
        print(f"{name:8} threshold {t}: right +{c['right']}, wrong +{c['wrong']}, "
              f"false +{c['false stance']} stance / +{c['false neutral']} neutral")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("cues")
    ap.add_argument("--test", action="store_true", help="also evaluate on the real test rows")
    ap.add_argument("--no-words", action="store_true", help="the rules' cues only, no words")
    args = ap.parse_args()
    words = not args.no_words
    sentences = collections.OrderedDict()
    with open(args.cues, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            sentences.setdefault(row["id"], []).append(row)
    by_split = collections.defaultdict(list)
    for i, cands in sentences.items():
        by_split[cands[0]["split"]].append(i)
    real = by_split["train"] + by_split["dev"]
    print(f"{len(real)} real train+dev, {len(by_split['test'])} real test, "
          f"{len(by_split['own'])} own and {len(by_split['heldout'])} held-out own sentences name an actor")

    counts = collections.defaultdict(collections.Counter)
    order = real[:]
    random.Random(1).shuffle(order)
    for k in range(5):
        held = set(order[k::5])
        model = fit(sentences, by_split["own"] + [i for i in real if i not in held], words)
        added(sentences, held, model, words, counts)
    report("cv", counts)

    model = fit(sentences, by_split["own"] + real, words)
    counts = collections.defaultdict(collections.Counter)
    added(sentences, by_split["heldout"], model, words, counts)
    report("heldout", counts)
    if args.test:
        counts = collections.defaultdict(collections.Counter)
        added(sentences, by_split["test"], model, words, counts)
        report("test", counts)


if __name__ == "__main__":
    main()
