package stance_test

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"stance"
	"stance/actors"
	"stance/datasets"
)

// dumpMisses makes TestRealSpeakers print the sentences of the train
// and dev splits whose speaker it gets wrong, for tuning the rules; test
// rows are never printed so that nobody tunes on them.
var dumpMisses = flag.Bool("dump", false, "print the train and dev sentences whose speaker is wrong")

// TestRealSpeakers measures the speaker found for the real labelled
// sentences that take a stance and whose gold speaker is a state or an
// organisation: each sentence is scored on its own, a speech's sentences
// with the speaking state as document speaker (a Soviet speech, marked RUS
// in the data, as SUN), news sentences with none, a wire story (PETRARCH)
// with its date.
func TestRealSpeakers(t *testing.T) {
	const data = "../shared/data"
	if _, err := os.Stat(data); err != nil {
		t.Skipf("the public corpora are not here (%v): no real sentences to measure on", err)
	}
	var files []string
	for _, f := range append(datasets.RealFiles[:len(datasets.RealFiles):len(datasets.RealFiles)], datasets.SpeakerFiles...) {
		files = append(files, filepath.Join("datasets", f))
	}
	c, err := datasets.ReadFiles(&datasets.Library{Root: data}, files...)
	if err != nil {
		t.Fatal(err)
	}
	wireDates, err := petrarchDates(filepath.Join(data, "petrarch2-dictionaries", "PETR2_GSR_validation.xml"))
	if err != nil {
		t.Fatal(err)
	}
	sc := scorer(t)
	right, total := map[string]int{}, map[string]int{}
	misses := map[string]int{} // news misses by kind, counted on every split
	for _, r := range c.Rows {
		if r.Neutral() || r.Speaker == "" {
			continue
		}
		in := stance.Input{ID: r.ID, Text: r.Text}
		kind := "news"
		switch r.Origin {
		case datasets.UNGDC:
			kind = "speeches"
			in.Speaker, in.Date = speechSpeaker(r.Doc)
		case datasets.Petrarch:
			in.Date = wireDates[r.Doc] // wire stories come dated; NewsMTSC lines do not
		}
		res := sc.Score(in)
		got := ""
		if len(res.Sentences) > 0 {
			got = res.Sentences[0].Speaker
		}
		ok := got == r.Speaker
		if !ok && kind == "news" {
			day, _ := time.Parse("2006-01-02", in.Date) // zero for undated NewsMTSC lines
			misses[r.Split+"/"+missKind(sc.Actors.Find(r.Text, day), r.Speaker, got)]++
		}
		if *dumpMisses && !ok && r.Split != "test" {
			fmt.Printf("%s\t%s\t%s\tgold=%s got=%s\t%s\n", kind, r.ID, r.Split, r.Speaker, got, r.Text)
		}
		keys := []string{kind, kind + "/" + r.Split}
		if strings.Contains(r.Source, "news-speakers") {
			keys = append(keys, "speaker set", "speaker set/"+r.Split)
		}
		for _, k := range keys {
			total[k]++
			if ok {
				right[k]++
			}
		}
	}
	for _, kind := range []string{"speeches", "news", "speaker set"} {
		for _, split := range []string{"train", "dev", "test"} {
			k := kind + "/" + split
			t.Logf("%s: %d of %d (%.1f%%)", k, right[k], total[k], 100*float64(right[k])/float64(max(1, total[k])))
		}
	}
	// How news misses fall, by split: counts only, so that the test rows
	// stay unread. Most name the speaker's actor and get no speaker: what
	// makes that actor the speaker is not in the cues the rules read.
	for _, split := range []string{"train", "dev", "test"} {
		t.Logf("news/%s misses: %d no speaker though its actor is named, %d no speaker and its actor unnamed, %d another speaker",
			split, misses[split+"/named"], misses[split+"/unnamed"], misses[split+"/other"])
	}
	// Speeches meet the real-inputs issue's target (90%). News does not yet
	// meet its 80%: the news speakers were labelled a second time and
	// settled (datasets/real/speakers-settled.csv), which gave 157 more
	// rows a speaker, mostly office-holders on domestic politics: 71.1% of
	// the 405 settled rows with the rules as they were then, 78.3% after.
	// The eighth selection then added 10 fresh rows, of which the rules of
	// that day found 2 before any was read: 319 of 415 then, 324 (78.1%)
	// after the rules of that round, test rows 62 of 109 both times. The
	// floor is just under the figure reached, so that a regression of a few
	// sentences fails.
	for kind, want := range map[string]float64{"speeches": 0.90, "news": 0.775} {
		got := float64(right[kind]) / float64(max(1, total[kind]))
		t.Logf("%s: right speaker for %d of %d stance sentences (%.1f%%)", kind, right[kind], total[kind], 100*got)
		if got < want {
			t.Errorf("%s: right speaker for %.1f%% of stance sentences, want at least %.1f%%", kind, 100*got, 100*want)
		}
	}
}

// missKind sorts a wrong speaker: "other" when one was found, else "named"
// when one of ments has the gold speaker's code, else "unnamed".
func missKind(ments []actors.Mention, gold, got string) string {
	if got != "" {
		return "other"
	}
	for _, m := range ments {
		if m.Code == gold {
			return "named"
		}
	}
	return "unnamed"
}

// speechSpeaker reads a speech id (CODE_SESSION_YEAR) as its speaker and
// date: the General Debate opens in the second half of September.
func speechSpeaker(doc string) (speaker, date string) {
	f := strings.Split(doc, "_")
	speaker, year := f[0], f[len(f)-1]
	if speaker == "RUS" && year < "1992" {
		speaker = "SUN"
	}
	return speaker, year + "-09-20"
}

// petrarchDates reads the date of every PETRARCH validation record
// (<Sentence … date="20080804" id="…">) as YYYY-MM-DD, by record id.
func petrarchDates(path string) (map[string]string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	dates := map[string]string{}
	for _, m := range sentenceTag.FindAllSubmatch(b, -1) {
		d := string(m[1])
		dates[string(m[2])] = d[:4] + "-" + d[4:6] + "-" + d[6:]
	}
	return dates, nil
}

var sentenceTag = regexp.MustCompile(`<Sentence [^>]*date="(\d{8})" id="([^"]+)"`)
