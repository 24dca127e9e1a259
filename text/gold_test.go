package text

import (
	"encoding/csv"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/unicode/norm"
)

// goldDir holds the annotated example articles: NAME.txt and NAME.gold.csv,
// whose text column lists the sentences a correct split yields.
const goldDir = "../datasets/articles"

// minGoldFiles is how many gold files must exist before agreement is
// enforced; fewer are reported but do not fail the test.
const minGoldFiles = 5

// TestArticlesGold compares Parse with the gold sentence lists and reports
// agreement: the fraction of gold sentences that Parse reproduces exactly
// (after trimming spaces and the NFKC normalisation Parse applies, which for
// instance writes "…" as "..."). It fails below 0.95. Sentences Parse
// yields that the gold lists lack (kept boilerplate, wrong splits) are
// logged and counted too.
func TestArticlesGold(t *testing.T) {
	golds, err := filepath.Glob(filepath.Join(goldDir, "*.gold.csv"))
	if err != nil {
		t.Fatal(err)
	}
	if len(golds) < minGoldFiles {
		t.Skipf("%d gold files in %s; agreement is checked once there are %d", len(golds), goldDir, minGoldFiles)
	}
	total, matched, extras := 0, 0, 0
	for _, g := range golds {
		want, dates, err := readGold(g)
		if err != nil {
			t.Errorf("%v", err)
			continue
		}
		raw, err := os.ReadFile(strings.TrimSuffix(g, ".gold.csv") + ".txt")
		if err != nil {
			t.Errorf("article for %s: %v", g, err)
			continue
		}
		s, _ := Sanitize(raw)
		a := Parse(s)
		got := a.Sentences
		if d := a.Date.Format(time.DateOnly); len(dates) > 0 && !dates[d] {
			t.Errorf("%s: Parse found date %s (%q), gold rows say %v", filepath.Base(g), d, a.DateText, dates)
		}
		m, missed := matchSentences(got, want)
		_, extra := matchSentences(want, got)
		total += len(want)
		matched += m
		extras += len(extra)
		if len(missed) > 0 || len(extra) > 0 {
			t.Logf("%s: %d/%d gold sentences reproduced", filepath.Base(g), m, len(want))
			for _, x := range missed {
				t.Logf("    missed: %q", x)
			}
			for _, x := range extra {
				t.Logf("    extra:  %q", x)
			}
		}
	}
	if total == 0 {
		t.Fatal("gold files hold no sentences")
	}
	agreement := float64(matched) / float64(total)
	t.Logf("gold agreement: %d/%d = %.3f over %d articles; %d sentences not in the gold lists",
		matched, total, agreement, len(golds), extras)
	if agreement < 0.95 {
		t.Errorf("gold agreement %.3f is below 0.95", agreement)
	}
}

// matchSentences counts the gold sentences found in got, each got sentence
// matching at most one gold sentence, and lists the ones not found.
func matchSentences(got, want []string) (int, []string) {
	have := map[string]int{}
	for _, s := range got {
		have[strings.TrimSpace(s)]++
	}
	n := 0
	var missed []string
	for _, w := range want {
		w = strings.TrimSpace(norm.NFKC.String(w))
		if have[w] > 0 {
			have[w]--
			n++
		} else {
			missed = append(missed, w)
		}
	}
	return n, missed
}

// readGold reads the text column of a gold CSV file, and the set of values
// of its date column if it has one.
func readGold(path string) ([]string, map[string]bool, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, fmt.Errorf("reading gold file: %w", err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		return nil, nil, fmt.Errorf("%s: %w", path, err)
	}
	if len(rows) == 0 {
		return nil, nil, fmt.Errorf("%s: empty file", path)
	}
	col, dateCol := -1, -1
	for i, h := range rows[0] {
		switch strings.TrimSpace(strings.TrimPrefix(h, "\uFEFF")) {
		case "text":
			col = i
		case "date":
			dateCol = i
		}
	}
	if col < 0 {
		return nil, nil, fmt.Errorf("%s: no text column in header %q", path, rows[0])
	}
	var out []string
	dates := map[string]bool{}
	for _, r := range rows[1:] {
		if col < len(r) && strings.TrimSpace(r[col]) != "" {
			out = append(out, r[col])
		}
		if dateCol >= 0 && dateCol < len(r) && r[dateCol] != "" {
			dates[r[dateCol]] = true
		}
	}
	return out, dates, nil
}
