#!/usr/bin/env bash
# Speed against the scikit-learn peer, measured in one run on this machine.
#
# Both score the test split of datasets/corpus.csv (687 sentences),
# repeated REPEAT times, pinned to one core (taskset -c 0). The peer only
# vectorises and predicts sentences held in memory; stance's time is the
# whole predict command as a line filter: start-up and model load (about
# 60 ms, a fixed cost), JSONL parsing, cleaning, sentence splitting, actor
# attribution, features, scoring and CSV output. The default of 300
# repeats (206,100 sentences, a second or two for stance) is a small batch
# job, where the start-up is a few per cent of the time; with fewer
# sentences the fixed start-up weighs more (try 100).
#
# Needs: Go, and Debian's python3-sklearn (apt-get install -y python3-sklearn).
# Usage: scripts/compare-peer.sh [REPEAT]   (default 300)
set -euo pipefail
cd "$(dirname "$0")/.."
repeat=${1:-300}
peer=../shared/bench/sklearn_baseline.py
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

go build -o "$tmp/predict" ./cmd/predict
/usr/bin/python3 - "$repeat" >"$tmp/in.jsonl" <<'PY'
import csv, json, sys
rows = [r for r in csv.DictReader(open("datasets/corpus.csv", encoding="utf-8")) if r["split"] == "test"]
for k in range(int(sys.argv[1])):
    for r in rows:
        print(json.dumps({"id": r["id"], "text": r["text"]}))
PY
n=$(wc -l <"$tmp/in.jsonl")

calc() { /usr/bin/python3 -c "print($1)"; }
# Five rounds, each timing stance and then the peer, so that both see the
# same moments of a machine whose speed drifts (a shared VM can change
# speed by a third within a minute). Each round gives a ratio; the median
# of the five is the figure, with the best speed of each side beside it.
ratios=()
best=1e9
theirs=0
for run in 1 2 3 4 5; do
	start=$(date +%s.%N)
	taskset -c 0 "$tmp/predict" --workers 1 --level sentence --format csv - <"$tmp/in.jsonl" >/dev/null
	end=$(date +%s.%N)
	t=$(calc "$end - $start")
	best=$(calc "min($best, $t)")
	r=$(taskset -c 0 /usr/bin/python3 "$peer" datasets/corpus.csv --repeat "$repeat" --json |
		/usr/bin/python3 -c 'import json,sys; print(json.load(sys.stdin)["predict_sentences_per_second"])')
	theirs=$(calc "max($theirs, $r)")
	ratios+=("$(calc "$n / $t / $r")")
done
ours=$(calc "$n / $best")
median=$(calc "sorted([$(IFS=,; echo "${ratios[*]}")])[2]")

printf 'sentences:            %d (test split x %d)\n' "$n" "$repeat"
printf 'stance predict:       %.0f sentences/s (best of 5, whole command, one core)\n' "$ours"
printf 'scikit-learn peer:    %.0f sentences/s (best of 5, vectorise + predict, one core)\n' "$theirs"
printf 'ratio per round:      %s\n' "$(printf '%.2f ' "${ratios[@]}")"
printf 'ratio (median):       %.2f\n' "$median"
