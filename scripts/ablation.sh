#!/bin/sh
# ablation.sh: measure each feature group of train on the real dev split.
# Trains once per setting (all groups; each left out; each alone; none) on the
# own corpora and the real standoff rows, and prints macro-F1 and F1 per
# class on real dev (and own dev) from train's --report-json.
#
#   scripts/ablation.sh [extra train flags...]
#
# Needs ../shared/data (the public corpora the standoff rows point into)
# and jq. Real test is not printed: it is for the final report only.
set -eu
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
go build -o "$tmp/train" ./cmd/train
corpora="--corpus datasets/corpus.csv --corpus datasets/corpus-wire.csv"
for f in datasets/real/*.csv; do corpora="$corpora --corpus $f"; done
clusters="--clusters datasets/clusters/ungdc.clusters"
run() {
	name=$1
	shift
	# shellcheck disable=SC2086
	"$tmp/train" $corpora --out "$tmp/m.model" --folds 0 --curve=false --report-json "$tmp/r.json" "$@" >/dev/null
	jq -r --arg name "$name" '[$name,
		(.splits["dev/real"] | .macro_f1, .classes.accusation.f1, .classes.reassurance.f1, .classes.threat.f1),
		.splits["dev/own"].macro_f1] | map(if type == "number" then (. * 1000 | round / 1000 | tostring) else . end) | join("\t")' "$tmp/r.json"
}
printf 'setting\treal dev macro-F1\taccusation\treassurance\tthreat\town dev macro-F1\n'
run "all three groups" --verbs --voice $clusters "$@"
run "without verb classes" --voice $clusters "$@"
run "without voice" --verbs $clusters "$@"
run "without clusters" --verbs --voice "$@"
run "verb classes only" --verbs "$@"
run "voice only" --voice "$@"
run "clusters only" $clusters "$@"
run "none (the default model)" "$@"
