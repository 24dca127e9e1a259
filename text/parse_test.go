package text

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/articles")

// golden is the expected result of Parse on one test article, with the date
// as YYYY-MM-DD so that the files read easily.
type golden struct {
	Headline  string   `json:"headline"`
	Byline    string   `json:"byline"`
	Date      string   `json:"date"`
	DateText  string   `json:"date_text"`
	Dropped   int      `json:"dropped"`
	Sentences []string `json:"sentences"`
}

func toGolden(a Article) golden {
	g := golden{Headline: a.Headline, Byline: a.Byline, DateText: a.DateText, Dropped: a.Dropped, Sentences: a.Sentences}
	if !a.Date.IsZero() {
		g.Date = a.Date.Format(time.DateOnly)
	}
	return g
}

// TestParseGolden parses the hand-written articles in testdata/articles and
// the hard-wrapped texts in testdata/wrapped, and compares the result with NAME.golden.json. Run with -update after a
// deliberate change, then read the diff.
func TestParseGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/articles/*.txt")
	if err != nil || len(files) < 3 {
		t.Fatalf("want at least 3 test articles, got %d (%v)", len(files), err)
	}
	// Hard-wrapped texts, kept apart from the articles because those are
	// also BenchmarkParse's workload of ordinary news.
	wrapped, err := filepath.Glob("testdata/wrapped/*.txt")
	if err != nil || len(wrapped) < 3 {
		t.Fatalf("want at least 3 wrapped texts, got %d (%v)", len(wrapped), err)
	}
	files = append(files, wrapped...)
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".txt")
		t.Run(name, func(t *testing.T) {
			raw, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			s, _ := Sanitize(raw)
			got := toGolden(Parse(s))
			goldenPath := strings.TrimSuffix(f, ".txt") + ".golden.json"
			if *update {
				b, err := json.MarshalIndent(got, "", "  ")
				if err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(goldenPath, append(b, '\n'), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			b, err := os.ReadFile(goldenPath)
			if err != nil {
				t.Fatalf("reading golden file (run go test -run TestParseGolden -update): %v", err)
			}
			var want golden
			if err := json.Unmarshal(b, &want); err != nil {
				t.Fatalf("%s: %v", goldenPath, err)
			}
			if got.Headline != want.Headline || got.Byline != want.Byline || got.Date != want.Date ||
				got.DateText != want.DateText || got.Dropped != want.Dropped {
				t.Errorf("header\n got  %+v\n want %+v", header(got), header(want))
			}
			if !slices.Equal(got.Sentences, want.Sentences) {
				for i := range max(len(got.Sentences), len(want.Sentences)) {
					g, w := at(got.Sentences, i), at(want.Sentences, i)
					if g != w {
						t.Errorf("sentence %d\n got  %q\n want %q", i, g, w)
					}
				}
			}
		})
	}
}

func header(g golden) golden { g.Sentences = nil; return g }

func at(s []string, i int) string {
	if i < len(s) {
		return s[i]
	}
	return "<none>"
}

// hugeLine is one 5 MB line with no line break, as a broken scraper may
// produce.
func hugeLine() string {
	unit := "The U.S. envoy said “we will support our allies. Your support matters,” and left at 3 p.m. Talks resume in Doha… "
	return strings.Repeat(unit, 5_000_000/len(unit))
}

// TestParseHugeLine checks that such a line is split as a paragraph would
// be. Its cost is measured by BenchmarkParseHugeLine (time, not a test:
// timed tests flake on a busy machine).
func TestParseHugeLine(t *testing.T) {
	big := hugeLine()
	a := Parse(big)
	if want := 2 * strings.Count(big, "Doha"); len(a.Sentences) != want { // the quote splits; "p.m. Talks" does not
		t.Errorf("got %d sentences from the 5 MB line, want %d", len(a.Sentences), want)
	}
}

// BenchmarkParseHugeLine: compare with BenchmarkParse per byte to see that
// one huge line costs no more than ordinary articles.
func BenchmarkParseHugeLine(b *testing.B) {
	big := hugeLine()
	b.SetBytes(int64(len(big)))
	for b.Loop() {
		Parse(big)
	}
}
