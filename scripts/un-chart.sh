#!/bin/sh
# Draws docs/un-usa-sun-rus.png, the README's chart: how much the United
# States and the Soviet Union/Russia accuse each other in their UN General
# Debate speeches, 1946-2018, year by year.
#
#   scripts/un-chart.sh [SPEECHES.jsonl.gz]
#
# The speeches (UNGDC, one JSON a line: id, country, session, year, text)
# stay outside the repository; by default they are read from
# ../shared/data/ungdc. The speaking country is the speaker of every
# sentence; the year is the date (see scripts/ungdc-jsonl). The Soviet
# Union speaks and is named as SUN up to 1991 and Russia as RUS after: each
# line merges both codes.
set -eu
cd "$(dirname "$0")/.."
speeches=${1:-../shared/data/ungdc/speeches-1946-2018.jsonl.gz}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

scripts/ungdc-jsonl "$speeches" |
	go run ./cmd/predict --jsonl - --level dyad --by year --workers 2 --format csv --out "$tmp/dyads.csv"
# STANCE_UN_DYADS=FILE keeps the yearly dyad table (the README shows a few rows).
[ -z "${STANCE_UN_DYADS:-}" ] || cp "$tmp/dyads.csv" "$STANCE_UN_DYADS"

go run ./cmd/plot series --class accusation --measure mean \
    --pair USA:SUN+RUS --pair SUN+RUS:USA \
    --title "UN General Debate: accusation, mean score per year" \
    "$tmp/dyads.csv" -o docs/un-usa-sun-rus.png
echo "wrote docs/un-usa-sun-rus.png" >&2
