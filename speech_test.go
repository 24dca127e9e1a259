package stance_test

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"stance"
)

// speechDump logs the stance-bearing sentences of the speech sample with
// their speakers, for checking by hand:
// go test -run TestSpeechSpeakers -v . -args -speechdump
var speechDump = flag.Bool("speechdump", false, "log the stance sentences of the UN speech sample")

// ungdcPath is the UN General Debate corpus (third-party, CC0), read in
// place and never copied into the repository.
var ungdcPath = filepath.Join("..", "shared", "data", "ungdc", "speeches-1946-2018.jsonl.gz")

// TestSpeechSpeakers scores a fixed sample of real UN General Debate
// speeches (every 5th of sessions 69–73, 2014–2018) with the speech's
// state as the document speaker, and checks that nearly every sentence
// gets a speaker, and that stance-bearing sentences are the speech state's
// own or another actor's the speech reports.
func TestSpeechSpeakers(t *testing.T) {
	f, err := os.Open(ungdcPath)
	if err != nil {
		t.Skipf("UN speeches not available (%v)", err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	sc := scorer(t)
	br := bufio.NewScanner(zr)
	br.Buffer(make([]byte, 0, 1<<20), 16<<20)
	var speeches, sents, withSpeaker, withoutDoc, stanceN, stanceDoc, stanceOther int
	k := 0
	for br.Scan() {
		var sp struct {
			ID, Country, Text string
			Session           int
		}
		if err := json.Unmarshal(br.Bytes(), &sp); err != nil {
			t.Fatal(err)
		}
		if sp.Session < 69 {
			continue
		}
		if k++; k%5 != 0 {
			continue
		}
		speeches++
		plain := sc.Score(stance.Input{ID: sp.ID, Text: sp.Text})
		res := sc.Score(stance.Input{ID: sp.ID, Text: sp.Text, Speaker: sp.Country})
		for i, s := range res.Sentences {
			sents++
			if plain.Sentences[i].Speaker != "" {
				withoutDoc++
			}
			if s.Speaker != "" {
				withSpeaker++
			}
			stanceBearing := false
			for _, on := range s.Labels {
				stanceBearing = stanceBearing || on
			}
			if !stanceBearing {
				continue
			}
			stanceN++
			switch s.Speaker {
			case sp.Country:
				stanceDoc++
			case "":
			default:
				stanceOther++
			}
			if *speechDump && stanceN%7 == 0 {
				t.Logf("%s #%d %s>%v: %s", sp.ID, s.Index, s.Speaker, s.Targets, s.Text)
			}
		}
	}
	if err := br.Err(); err != nil {
		t.Fatal(err)
	}
	share := func(n, d int) float64 { return float64(n) / float64(max(d, 1)) }
	t.Logf("%d speeches, %d sentences: with a speaker %.1f%% (without the document speaker %.1f%%); "+
		"%d stance sentences: the speech's state %.1f%%, another actor %.1f%%, none %.1f%%",
		speeches, sents, 100*share(withSpeaker, sents), 100*share(withoutDoc, sents), stanceN,
		100*share(stanceDoc, stanceN), 100*share(stanceOther, stanceN), 100*share(stanceN-stanceDoc-stanceOther, stanceN))
	if speeches < 50 {
		t.Fatalf("only %d speeches in the sample", speeches)
	}
	if s := share(withSpeaker, sents); s < 0.9 {
		t.Errorf("%.1f%% of speech sentences have a speaker, want at least 90%%", 100*s)
	}
	if s := share(stanceDoc+stanceOther, stanceN); s < 0.9 {
		t.Errorf("%.1f%% of stance sentences have a speaker, want at least 90%%", 100*s)
	}
}
