package actors

import (
	"encoding/csv"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"
)

// goldDiff prints every disagreement with the gold files:
// go test -run TestAttributionGold -v ./actors/ -args -golddiff
var goldDiff = flag.Bool("golddiff", false, "log every sentence where attribution disagrees with the gold data")

// minGoldFiles is how many article gold files must exist before the
// article threshold is enforced; fewer means the data are still being written.
const minGoldFiles = 5

// goldSpeakerThreshold is the speaker accuracy the rules must reach on the
// annotated articles.
const goldSpeakerThreshold = 0.85

// score accumulates speaker accuracy and target micro-F1.
type score struct {
	n, speakerOK     int
	tp, fp, fn       int
	diffs            []string
	emptyGold, empty int // sentences whose gold / predicted speaker is empty
}

func (s *score) add(id, text, goldSpeaker, goldTargets string, got Attribution) {
	s.n++
	if goldSpeaker == "" {
		s.emptyGold++
	}
	if got.Speaker == "" {
		s.empty++
	}
	ok := got.Speaker == goldSpeaker
	if ok {
		s.speakerOK++
	}
	want := map[string]bool{}
	for _, c := range strings.Split(goldTargets, "|") {
		if c = strings.TrimSpace(c); c != "" {
			want[c] = true
		}
	}
	gotSet := map[string]bool{}
	for _, c := range got.Targets {
		gotSet[c] = true
	}
	sameTargets := len(want) == len(gotSet)
	for c := range gotSet {
		if want[c] {
			s.tp++
		} else {
			s.fp++
			sameTargets = false
		}
	}
	for c := range want {
		if !gotSet[c] {
			s.fn++
		}
	}
	if !ok || !sameTargets {
		mark := "  "
		if !ok {
			mark = "S!"
		}
		s.diffs = append(s.diffs, fmt.Sprintf("%s %s: got %q %v, want %q [%s]: %s", mark, id, got.Speaker, got.Targets, goldSpeaker, goldTargets, text))
	}
}

func (s *score) speakerAcc() float64 {
	if s.n == 0 {
		return 0
	}
	return float64(s.speakerOK) / float64(s.n)
}

func (s *score) targetF1() float64 {
	if s.tp == 0 {
		return 0
	}
	p := float64(s.tp) / float64(s.tp+s.fp)
	r := float64(s.tp) / float64(s.tp+s.fn)
	return 2 * p * r / (p + r)
}

func (s *score) String() string {
	return fmt.Sprintf("%d sentences: speaker accuracy %.3f, target micro-F1 %.3f (gold empty speakers %d, predicted empty %d)",
		s.n, s.speakerAcc(), s.targetF1(), s.emptyGold, s.empty)
}

// readGoldCSV reads a CSV file with a header into maps keyed by column name.
func readGoldCSV(path string) ([]map[string]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.FieldsPerRecord = -1
	recs, err := r.ReadAll()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if len(recs) == 0 {
		return nil, nil
	}
	header := recs[0]
	var rows []map[string]string
	for _, rec := range recs[1:] {
		row := map[string]string{}
		for i, h := range header {
			if i < len(rec) {
				row[strings.TrimSpace(h)] = rec[i]
			}
		}
		rows = append(rows, row)
	}
	return rows, nil
}

// TestAttributionGold measures the attribution rules against the project's
// annotated data: the sentence corpus (each sentence on its own) and the
// gold articles (sentences in document order, with the article's date).
func TestAttributionGold(t *testing.T) {
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	a := NewAttributor(g)
	dir := filepath.Join("..", "datasets")

	if rows, err := readGoldCSV(filepath.Join(dir, "corpus.csv")); err == nil {
		var s score
		for _, row := range rows {
			a.Reset()
			got := a.Attribute(row["text"], time.Time{})
			s.add(row["id"], row["text"], row["speaker"], row["target"], got)
		}
		t.Logf("corpus.csv: %v", &s)
		logDiffs(t, &s)
	} else {
		t.Logf("corpus.csv not read: %v", err)
	}

	files, _ := filepath.Glob(filepath.Join(dir, "articles", "*.gold.csv"))
	sort.Strings(files)
	if len(files) < minGoldFiles {
		t.Skipf("only %d gold article files in %s (need %d); the annotated data are still being written", len(files), dir, minGoldFiles)
	}
	var s score
	for _, path := range files {
		rows, err := readGoldCSV(path)
		if err != nil {
			t.Fatal(err)
		}
		a.Reset()
		name := strings.TrimSuffix(filepath.Base(path), ".gold.csv")
		for _, row := range rows {
			date, _ := time.Parse("2006-01-02", strings.TrimSpace(row["date"]))
			got := a.Attribute(row["text"], date)
			s.add(name+"#"+row["sentence"], row["text"], row["speaker"], row["target"], got)
		}
	}
	t.Logf("articles (%d files): %v", len(files), &s)
	logDiffs(t, &s)
	if acc := s.speakerAcc(); acc < goldSpeakerThreshold {
		t.Errorf("speaker accuracy on the gold articles is %.3f, below %.2f", acc, goldSpeakerThreshold)
	}
}

func logDiffs(t *testing.T, s *score) {
	if !*goldDiff {
		return
	}
	for _, d := range s.diffs {
		t.Log(d)
	}
}
