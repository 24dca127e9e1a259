package text

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// ungdcPath is the UN General Debate corpus, third-party text that the
// tests read in place and never copy (see ../shared/data/ungdc/README-SOURCE.md).
const ungdcPath = "../../shared/data/ungdc/speeches-1946-2018.jsonl.gz"

// ungdcSpeech is one line of the corpus.
type ungdcSpeech struct {
	ID   string `json:"id"`
	Year int    `json:"year"`
	Text string `json:"text"`
}

// forEachSpeech calls f on every nth speech of the corpus, or skips the
// test when the corpus is absent.
func forEachSpeech(tb testing.TB, every int, f func(ungdcSpeech)) {
	tb.Helper()
	file, err := os.Open(ungdcPath)
	if err != nil {
		tb.Skipf("UN General Debate corpus not available (%v); it lives in ../shared/data/ungdc", err)
	}
	defer file.Close()
	zr, err := gzip.NewReader(file)
	if err != nil {
		tb.Fatalf("%s: %v", ungdcPath, err)
	}
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 0, 1<<20), 16<<20)
	for n := 0; sc.Scan(); n++ {
		if n%every != 0 {
			continue
		}
		var sp ungdcSpeech
		if err := json.Unmarshal(sc.Bytes(), &sp); err != nil {
			tb.Fatalf("%s:%d: %v", ungdcPath, n+1, err)
		}
		sp.Text, _ = SanitizeString(sp.Text)
		f(sp)
	}
	if err := sc.Err(); err != nil {
		tb.Fatalf("%s: %v", ungdcPath, err)
	}
}

// isFragment reports whether a sentence is a piece of one rather than a
// whole: it starts with a lower-case letter, or it ends without sentence
// punctuation (". ! ?", possibly followed by closing quotes or brackets).
func isFragment(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	if unicode.IsLower(r) {
		return true
	}
	s = strings.TrimRight(s, "\"')]’”»")
	return !strings.HasSuffix(s, ".") && !strings.HasSuffix(s, "!") && !strings.HasSuffix(s, "?")
}

func TestIsFragment(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"The talks ended.", false},
		{"“We will respond.”", false},
		{"Will they (and when?)", false},
		{"the talks ended.", true},
		{"The talks ended", true},
		{"8", true},
	} {
		if got := isFragment(tc.s); got != tc.want {
			t.Errorf("isFragment(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}

// TestUNGDCFragments measures how many of the sentences Parse makes of all
// the UN General Debate speeches (about 5 s) are fragments, per decade and
// in all, and logs a sample of them. Half of the speeches are hard-wrapped
// PDF extractions: without reflow, 66% of the 2.25 million "sentences"
// were pieces of lines.
func TestUNGDCFragments(t *testing.T) {
	type tally struct{ sentences, fragments int }
	byDecade := map[int]*tally{}
	var all tally
	var examples []string
	forEachSpeech(t, 1, func(sp ungdcSpeech) {
		d := byDecade[sp.Year/10*10]
		if d == nil {
			d = &tally{}
			byDecade[sp.Year/10*10] = d
		}
		for _, s := range Parse(sp.Text).Sentences {
			d.sentences++
			all.sentences++
			if isFragment(s) {
				d.fragments++
				all.fragments++
				if len(examples) < 12 && all.fragments%997 == 0 {
					examples = append(examples, fmt.Sprintf("%s: %q", sp.ID, s))
				}
			}
		}
	})
	decades := make([]int, 0, len(byDecade))
	for d := range byDecade {
		decades = append(decades, d)
	}
	sort.Ints(decades)
	for _, d := range decades {
		x := byDecade[d]
		t.Logf("%ds: %d sentences, %d fragments (%.2f%%)", d, x.sentences, x.fragments, 100*float64(x.fragments)/float64(x.sentences))
	}
	for _, e := range examples {
		t.Log(e)
	}
	rate := float64(all.fragments) / float64(all.sentences)
	t.Logf("all: %d sentences, %d fragments (%.2f%%)", all.sentences, all.fragments, 100*rate)
	if rate >= 0.03 {
		t.Errorf("fragments are %.2f%% of sentences; want < 3%%", 100*rate)
	}
}
