package datasets

import (
	"encoding/csv"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"unicode"
)

// These tests check the corpus and articles that ship with stance against
// the requirements their annotation guide (GUIDE.md) sets.

// OwnCorpusFiles are the corpus files written for the project: the first
// corpus, and the wire-style sentences organised by CAMEO category.
var ownCorpusFiles = []string{"corpus.csv", "corpus-wire.csv"}

func loadShipped(t *testing.T) *Corpus {
	t.Helper()
	c, err := ReadFiles(nil, ownCorpusFiles...)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// TestWireCorpus checks the wire-style corpus against what it was written
// for: at least 2,000 sentences, 40 or more for each of CAMEO's 20 root
// categories (corpus-wire-cameo.csv gives each sentence's date and the
// CAMEO code of its main act), and every decade from the 1980s on.
func TestWireCorpus(t *testing.T) {
	c, err := ReadFiles(nil, "corpus-wire.csv")
	if err != nil {
		t.Fatal(err)
	}
	meta, err := os.Open("corpus-wire-cameo.csv")
	if err != nil {
		t.Fatal(err)
	}
	defer meta.Close()
	recs, err := csv.NewReader(meta).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Rows) < 2000 || len(recs)-1 != len(c.Rows) {
		t.Fatalf("%d wire sentences and %d CAMEO rows, want at least 2,000 of each, one per sentence", len(c.Rows), len(recs)-1)
	}
	roots, decades := map[string]int{}, map[string]int{}
	for i, r := range recs[1:] {
		if r[0] != c.Rows[i].ID {
			t.Fatalf("corpus-wire-cameo.csv row %d is %s, want %s", i+2, r[0], c.Rows[i].ID)
		}
		if len(r[2]) >= 3 {
			roots[r[2][:2]]++
		}
		decades[r[1][:3]]++
	}
	t.Logf("per CAMEO root %v; per decade %v", roots, decades)
	for root := 1; root <= 20; root++ {
		if k := fmt.Sprintf("%02d", root); roots[k] < 40 {
			t.Errorf("CAMEO root %s: %d sentences, want at least 40", k, roots[k])
		}
	}
	for _, d := range []string{"198", "199", "200", "201", "202"} {
		if decades[d] < 100 {
			t.Errorf("the %s0s: %d sentences, want at least 100", d, decades[d])
		}
	}
}

func TestShippedCorpusCounts(t *testing.T) {
	c := loadShipped(t)
	var perClass [NumClasses]int
	neutral, hard := 0, 0
	pairs := map[string]bool{}
	for _, r := range c.Rows {
		for i, on := range r.Labels {
			if on {
				perClass[i]++
			}
		}
		if r.Neutral() {
			neutral++
			if hasCueWord(r.Text) {
				hard++
			}
		}
		for _, tg := range r.Targets {
			if r.Speaker != "" {
				pairs[r.Speaker+"->"+tg] = true
			}
		}
	}
	t.Logf("%d rows: accusation %d, reassurance %d, threat %d, neutral %d (hard negatives %d), %d speaker->target pairs",
		len(c.Rows), perClass[0], perClass[1], perClass[2], neutral, hard, len(pairs))
	checks := []struct {
		what      string
		got, want int
	}{
		{"sentences", len(c.Rows), 3000},
		{"accusation", perClass[0], 600},
		{"reassurance", perClass[1], 500},
		{"threat", perClass[2], 600},
		{"neutral", neutral, 1000},
		{"hard negatives (15%)", hard * 100, 15 * len(c.Rows)},
		{"speaker->target pairs", len(pairs), 25},
	}
	for _, ch := range checks {
		if ch.got < ch.want {
			t.Errorf("%s: %d, want at least %d", ch.what, ch.got, ch.want)
		}
	}
}

// cueWords mark a hard negative: a neutral sentence that uses the words
// of stance without taking one.
var cueWords = []string{"threat", "warn", "accus", "peace", "talks", "sanction", "deterr", "retaliat",
	"hostil", "condemn", "blame", "attack", "war", "missile", "strike", "ceasefire", "negotiat", "dialogue", "alleg", "protest"}

func hasCueWord(s string) bool {
	for _, w := range tokenSet(s) {
		for _, c := range cueWords {
			if strings.HasPrefix(w, c) {
				return true
			}
		}
	}
	return false
}

func TestShippedCorpusSplits(t *testing.T) {
	c := loadShipped(t)
	total := map[string]int{}
	perSplit := map[string]map[string]int{}
	for _, r := range c.Rows {
		if perSplit[r.Split] == nil {
			perSplit[r.Split] = map[string]int{}
		}
		perSplit[r.Split]["all"]++
		total["all"]++
		for i, on := range r.Labels {
			if on {
				perSplit[r.Split][Classes[i]]++
				total[Classes[i]]++
			}
		}
		if r.Neutral() {
			perSplit[r.Split][Neutral]++
			total[Neutral]++
		}
	}
	want := map[string]float64{"train": 0.70, "dev": 0.10, "test": 0.20}
	for split, frac := range want {
		for _, class := range []string{"all", Neutral, Classes[0], Classes[1], Classes[2]} {
			got := float64(perSplit[split][class]) / float64(total[class])
			t.Logf("%s %s: %d (%.1f%%)", split, class, perSplit[split][class], 100*got)
			if got < frac-0.03 || got > frac+0.03 {
				t.Errorf("%s holds %.1f%% of %s, want %.0f%% ± 3", split, 100*got, class, 100*frac)
			}
		}
	}
}

func TestShippedCorpusNoDuplicates(t *testing.T) {
	c := loadShipped(t)
	seen := map[string]string{}
	type doc struct {
		id, split string
		toks      []string
	}
	docs := make([]doc, len(c.Rows))
	for i, r := range c.Rows {
		key := strings.Join(strings.Fields(strings.ToLower(r.Text)), " ")
		if first, dup := seen[key]; dup {
			t.Errorf("%s: text duplicates %s", r.ID, first)
		}
		seen[key] = r.ID
		docs[i] = doc{r.ID, r.Split, tokenSet(r.Text)}
	}
	// Near-duplicates (token-set Jaccard >= 0.8) must not straddle splits,
	// or the test split would reward memorising.
	for i := range docs {
		for j := i + 1; j < len(docs); j++ {
			a, b := docs[i], docs[j]
			if a.split == b.split || 5*min(len(a.toks), len(b.toks)) < 4*max(len(a.toks), len(b.toks)) {
				continue
			}
			if jac := jaccard(a.toks, b.toks); jac >= 0.8 {
				t.Errorf("%s (%s) and %s (%s) are near-duplicates (Jaccard %.2f) in different splits", a.id, a.split, b.id, b.split, jac)
			}
		}
	}
}

// tokenSet returns the sorted distinct lower-case words of s.
func tokenSet(s string) []string {
	f := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	sort.Strings(f)
	out := f[:0]
	for i, w := range f {
		if i == 0 || w != f[i-1] {
			out = append(out, w)
		}
	}
	return out
}

func jaccard(a, b []string) float64 {
	inter, i, j := 0, 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] == b[j]:
			inter++
			i++
			j++
		case a[i] < b[j]:
			i++
		default:
			j++
		}
	}
	union := len(a) + len(b) - inter
	if union == 0 {
		return 1
	}
	return float64(inter) / float64(union)
}

// TestShippedArticles checks the example articles and their gold files.
func TestShippedArticles(t *testing.T) {
	texts, err := filepath.Glob("articles/*.txt")
	if err != nil {
		t.Fatal(err)
	}
	if len(texts) < 30 {
		t.Errorf("%d articles, want at least 30", len(texts))
	}
	withBoilerplate := 0
	for _, path := range texts {
		article, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if strings.Contains(string(article), "commenting forum") || strings.Contains(string(article), "Related video") || strings.Contains(strings.ToLower(string(article)), "your support") {
			withBoilerplate++
		}
		gold := strings.TrimSuffix(path, ".txt") + ".gold.csv"
		rows, err := readGold(gold)
		if err != nil {
			t.Errorf("%s: %v", gold, err)
			continue
		}
		if len(rows) < 10 || len(rows) > 40 {
			t.Errorf("%s: %d sentences, want 10 to 40", gold, len(rows))
		}
		for i, r := range rows {
			line := i + 2
			if !strings.Contains(string(article), r[1]) {
				t.Errorf("%s:%d: sentence not found in %s: %q", gold, line, path, r[1])
			}
			if _, err := ParseLabels(r[2]); err != nil {
				t.Errorf("%s:%d: %v", gold, line, err)
			}
		}
	}
	if withBoilerplate < 5 {
		t.Errorf("%d articles carry web boilerplate, want at least 5", withBoilerplate)
	}
}

// GoldHeader is the header of an article's gold file.
var GoldHeader = []string{"sentence", "text", "labels", "speaker", "target", "date"}

func readGold(path string) ([][]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	recs, err := csv.NewReader(f).ReadAll()
	if err != nil {
		return nil, err
	}
	if len(recs) == 0 || strings.Join(recs[0], ",") != strings.Join(GoldHeader, ",") {
		return nil, os.ErrInvalid
	}
	return recs[1:], nil
}
