"""What the selection steps share: where things live, the split of a
document, and drawing sentences that were not chosen before."""
import collections, csv, hashlib, json, os, random, re

# WORK holds the intermediate files (they contain third-party text: keep
# them out of the repository); DATA is the shared corpora; PREDICT is a
# predict binary of the model that chose the uncertain sentences (stance v1,
# commit e3d7f55: go build -o /tmp/predict-v1 ./cmd/predict).
WORK = os.environ.get("STANCE_REAL_WORK", "/tmp/stance-real")
DATA = os.environ.get("STANCE_DATA", "../shared/data")
PREDICT = os.environ.get("PREDICT", "/tmp/predict-v1")
os.makedirs(WORK, exist_ok=True)

SELECTIONS = ["selected.jsonl", "selected2.jsonl", "selected3.jsonl", "selected4.jsonl", "selected5.jsonl"]


def load(*names):
    """The records of JSONL files in WORK."""
    return [json.loads(l) for n in names for l in open(os.path.join(WORK, n))]


def split(group):
    """The split of a document (a speech, a news article), fixed by a hash:
    22% test, 10% dev, 68% train."""
    x = int(hashlib.sha256(("real-split-1:" + group).encode()).hexdigest()[:8], 16) / 2**32
    return "test" if x < 0.22 else ("dev" if x < 0.32 else "train")


def key(o):
    return (o["source"], o["doc"], o["start"])


class Picker:
    """Draws sentences at random (the global seeded random module) that no
    earlier selection chose, at most cap of one document."""

    def __init__(self, chosen=(), distinct_text=True):
        self.keys = set(key(o) for o in chosen)
        self.texts = set(o["text"] for o in chosen)
        self.perdoc = collections.Counter(o["doc"] for o in chosen)
        self.distinct_text = distinct_text
        self.out = []

    def take(self, items, n, pool, cap):
        random.shuffle(items)
        k = 0
        for o in items:
            if k >= n:
                break
            if key(o) in self.keys or (self.distinct_text and o["text"] in self.texts) or self.perdoc[o["doc"]] >= cap:
                continue
            self.keys.add(key(o)); self.texts.add(o["text"]); self.perdoc[o["doc"]] += 1
            o = dict(o); o["pool"] = pool; o.pop("scores", None); o.pop("scores2", None)
            self.out.append(o); k += 1
        print(pool, k)


def number(rows, first, name):
    """Gives each row its split and an id (ru-/rn-/rp- and a number from
    first), and writes the selection to WORK/name."""
    for i, o in enumerate(rows):
        o["split"] = split(o["group"])
        o["id"] = "r" + {"ungdc": "u", "newsmtsc": "n", "petrarch": "p"}[o["source"]] + f"-{first + i:05d}"
    with open(os.path.join(WORK, name), "w") as f:
        for o in rows:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    print(name, len(rows), collections.Counter(o["pool"] for o in rows))


def actor_names():
    """A pattern matching any name of the gazetteer with a code (people
    included), as a whole word: the filter of the speaker selections, which
    reads only the gazetteer's names, not the attribution rules."""
    names = set()
    for r in csv.DictReader(open("actors/gazetteer.csv")):
        if r["code"]:
            names.add(r["text"])
    return re.compile(r"(?<![\w-])(" + "|".join(re.escape(p) for p in sorted(names, key=len, reverse=True)) + r")(?![\w-])")
