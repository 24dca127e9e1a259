package actors

import (
	"bufio"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestSpeakerSets measures the speaker found for the sentences in
// testdata/speakers: own sentences in the style of American news, of wire
// copy from 1985 to 2014 and of news from 2021 to 2025, each taking a
// stance, written and labelled by readers who had only the annotation
// guide and the code list, never the rules. Each line is
// date<TAB>speaker<TAB>sentence; a sentence is its own document.
//
// Most sets were used to find the rules' gaps, so their figures overstate
// what the rules do on new text. The three named heldout-* of 2021–2025
// news, US news and wire copy were written by other readers and kept unseen
// until the rules were done: their first figures (94.2%, 80.8%, 91.7%) are
// the honest ones. A second round asked for harder text: scraped American
// news and wire acts in a new shape and verb each line (us-news-scraped,
// wire-acts: 66.7% and 54.2% at first, tuned on since), and
// heldout-mixed of both, scored 76.7% before that tuning and 83.3% after
// it, its misses never read. A third round wrote long narrative US news
// and regional press (us-news-narrative, regional-press-1995-2025: 83.3%
// and 87.5% at first) and held out heldout-narrative-regional (87.5%
// before and after the rules drawn from them). A fourth wrote wire copy
// whose speakers are ministries and mid-level officials, and headlines of
// every form (wire-ministries, headlines: 98.3% and 85.0% at first), and
// held out heldout-wire-headlines, first scored after the rules drawn
// from them: 88.3%. A fifth wrote US news telling foreign policy in
// domestic framing and the English copy of state news agencies
// (us-news-domestic, state-agencies: 90.0% and about 87% at first), and
// held out heldout-domestic-agencies (85.0% before the rules drawn from
// them, 87.5% after). A sixth wrote news of 2015–2020 whose stance sits
// in a noun or a document ("Beijing's retaliatory tariffs took effect",
// "the indictment unsealed by the Justice Department accuses…") and news
// whose stance-taker is not the main clause's subject ("shares fell after
// Tokyo announced curbs…", "Pyongyang, which has vowed…, fired…"):
// nominal and subordinate, 60.8% and 51.7% at first; held out
// heldout-nominal, 65.8% before the rules drawn from them and 83.3% after.
// A seventh wrote American and British political news in which named
// office-holders take stances in the idioms of the trade ("fired back",
// "took to Twitter to…"): us-idioms 95.0% and heldout-us-idioms 98.3% at
// first, so the rules already read that style. An eighth wrote relays:
// anonymous sources, news organisations, state media quoting officials,
// one state reporting another's words (relays 80.0% at first; held out
// heldout-relays, 85.8% before the rules drawn from its sibling and 86.7%
// after). A ninth, after the real news speakers were settled (an
// office-holder speaks for the state on domestic matters too), wrote
// American, British and Australian domestic politics where office-holders
// and codeless people (legislators, candidates, mayors, former officials)
// take stances (domestic-officeholders, 94.2% at first; held out
// heldout-domestic-officeholders, 90.0% before the rules drawn from its
// sibling and 94.2% after), and sentences with scraped page debris glued
// on: captions, bylines, related links, story highlights (scraped-debris,
// 83.3% at first). A tenth, written after the rules of that round were
// done and never tuned on, mixes the shapes that round read (frames such
// as "It is not the first time…", blame leveled at, reactions met with,
// occasions taken to speak, leaders' children, former office-holders
// whose time the sentence shows, debris and link headlines, reduced
// relatives) with others of the same kind: heldout-frames, 76.7% with the
// rules before that round and 84.2% after. An eleventh set of the same
// brief was then written to tune on (frames, 81.7% at first, 89.2% after),
// and heldout-frames, its misses never read, went to 86.7%.
// The floors, a few points under the figures reached, only keep them from
// sliding.
func TestSpeakerSets(t *testing.T) {
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob(filepath.Join("testdata", "speakers", "*.tsv"))
	if len(files) == 0 {
		t.Fatal("no speaker sets in testdata/speakers")
	}
	a := NewAttributor(g)
	for _, path := range files {
		right, total, misses := 0, 0, []string(nil)
		f, err := os.Open(path)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(f)
		for n := 1; sc.Scan(); n++ {
			fields := strings.Split(sc.Text(), "\t")
			if len(fields) != 3 {
				t.Fatalf("%s:%d: want date, speaker and sentence separated by tabs", path, n)
			}
			var day time.Time
			if fields[0] != "" {
				if day, err = time.Parse("2006-01-02", fields[0]); err != nil {
					t.Fatalf("%s:%d: date %q: want YYYY-MM-DD", path, n, fields[0])
				}
			}
			a.Reset()
			got := a.Attribute(fields[2], day).Speaker
			total++
			if got == fields[1] {
				right++
			} else {
				misses = append(misses, fields[1]+" got "+got+": "+fields[2])
			}
		}
		f.Close()
		acc := float64(right) / float64(total)
		t.Logf("%s: right speaker for %d of %d (%.1f%%)", filepath.Base(path), right, total, 100*acc)
		if *goldDiff {
			for _, m := range misses {
				t.Log("  want " + m)
			}
		}
		floor := 0.85
		if f, ok := speakerFloors[filepath.Base(path)]; ok {
			floor = f
		}
		if acc < floor {
			t.Errorf("%s: right speaker for %.1f%% of sentences, want at least %.0f%%", path, 100*acc, 100*floor)
		}
	}
}

// speakerFloors are the floors of the sets harder than the rest: wire copy
// of 1980–2014 names many officials the gazetteer lacks; the scraped
// American news, the wire acts and the mixed held-out set were written to
// vary the shape and the verb of every sentence; the subordinate set puts
// every stance outside the main clause.
var speakerFloors = map[string]float64{
	"heldout-wire-1980-2014.tsv":     0.78,
	"us-news-scraped.tsv":            0.80,
	"wire-acts.tsv":                  0.84,
	"heldout-mixed.tsv":              0.80,
	"us-news-narrative.tsv":          0.80,
	"heldout-narrative-regional.tsv": 0.83,
	"heldout-wire-headlines.tsv":     0.85,
	"heldout-domestic-agencies.tsv":  0.84,
	"heldout-nominal.tsv":            0.81,
	"subordinate.tsv":                0.73,
	"relays.tsv":                     0.83,
	"scraped-debris.tsv":             0.87,
	"heldout-frames.tsv":             0.82,
}

// TestCutSentences attributes every part of the speaker sets' sentences
// that a cut at a space leaves, from the start and to the end, dated and
// undated: a line cut short by a scraper or a hard wrap ends anywhere
// ("…, Japan froze its aid and suspended"), and a rule that looks a
// token ahead must not run off the sentence. The rules once did, and
// predict left the whole document out.
func TestCutSentences(t *testing.T) {
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob(filepath.Join("testdata", "speakers", "*.tsv"))
	a := NewAttributor(g)
	day := time.Date(2019, 5, 1, 0, 0, 0, 0, time.UTC)
	try := func(s string, d time.Time) {
		defer func() {
			if r := recover(); r != nil {
				t.Fatalf("%v on %q", r, s)
			}
		}()
		a.Reset()
		a.Attribute(s, d)
	}
	cuts := 0
	for _, path := range files {
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		for _, line := range strings.Split(string(b), "\n") {
			f := strings.Split(line, "\t")
			if len(f) != 3 {
				continue
			}
			s := f[2]
			for i := strings.IndexByte(s, ' '); i >= 0; {
				for _, d := range []time.Time{{}, day} {
					try(s[:i], d)
					try(s[i+1:], d)
				}
				cuts++
				next := strings.IndexByte(s[i+1:], ' ')
				if next < 0 {
					break
				}
				i += 1 + next
			}
		}
	}
	if cuts < 50000 {
		t.Errorf("only %d cuts: the speaker sets are missing or shrank", cuts)
	}
}
