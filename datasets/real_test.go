package datasets

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// sharedData is where the public corpora live beside a checkout; CI has
// them. Tests that need them skip with a message when they are absent.
const sharedData = "../../shared/data"

func loadReal(t *testing.T) *Corpus {
	t.Helper()
	for _, dir := range []string{"ungdc", "newsmtsc", "petrarch2-dictionaries"} {
		if _, err := os.Stat(filepath.Join(sharedData, dir)); err != nil {
			t.Skipf("the public corpora are not here (%v): the real labels cannot be resolved", err)
		}
	}
	c, err := ReadFiles(&Library{Root: sharedData}, RealFiles...)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// TestRealLabelsFormat needs no public corpora: every standoff row is well
// formed and every speech or article stays in one split.
func TestRealLabelsFormat(t *testing.T) {
	splitOf := map[string]string{}
	ids := map[string]bool{}
	for _, p := range append(RealFiles[:len(RealFiles):len(RealFiles)], SpeakerFiles...) {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		recs, err := csv.NewReader(bytes.NewReader(b)).ReadAll()
		if err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		if strings.Join(recs[0], ",") != strings.Join(StandoffHeader, ",") {
			t.Fatalf("%s: header %v", p, recs[0])
		}
		for _, r := range recs[1:] {
			where := filepath.Base(p) + " row " + r[0]
			if ids[r[0]] {
				t.Errorf("%s: id repeated", where)
			}
			ids[r[0]] = true
			if _, err := ParseLabels(r[6]); err != nil {
				t.Errorf("%s: %v", where, err)
			}
			if !validSplit(r[9]) {
				t.Errorf("%s: split %q", where, r[9])
			}
			// A NewsMTSC line is one sentence; its article is checked in
			// TestRealLabels, which can read the line's article id.
			if r[1] != NewsMTSC {
				checkOneSplit(t, splitOf, where, r[1]+":"+r[2], r[9])
			}
		}
	}
}

// TestRealLabels resolves every standoff row from the public corpora and
// checks the counts the real-text issue asks for.
func TestRealLabels(t *testing.T) {
	c := loadReal(t)
	count := map[string]int{}
	var class [NumClasses]int
	decades, countries, splitOf := map[string]bool{}, map[string]bool{}, map[string]string{}
	for _, r := range c.Rows {
		count[r.Origin]++
		count[r.Origin+"/"+r.Split]++
		for i, on := range r.Labels {
			if on {
				class[i]++
			}
		}
	}
	if _, err := ReadFiles(&Library{Root: sharedData}, SpeakerFiles...); err != nil {
		t.Error(err) // the speaker measure's rows resolve too
	}
	for _, p := range append(RealFiles[:len(RealFiles):len(RealFiles)], SpeakerFiles...) {
		b, _ := os.ReadFile(p)
		recs, _ := csv.NewReader(bytes.NewReader(b)).ReadAll()
		articles := newsArticles(t)
		for _, r := range recs[1:] {
			if r[1] == NewsMTSC {
				checkOneSplit(t, splitOf, filepath.Base(p)+" row "+r[0], "article "+articles[r[2]], r[9])
			}
			if r[1] == UNGDC {
				f := strings.Split(r[2], "_")
				countries[f[0]] = true
				decades[f[len(f)-1][:3]] = true
			}
		}
	}
	t.Logf("real rows: %v; accusation %d, reassurance %d, threat %d; %d countries, decades %v", count, class[0], class[1], class[2], len(countries), decades)
	checks := []struct {
		what      string
		got, want int
	}{
		{"real rows", len(c.Rows), 6000},
		{"UN speech rows", count[UNGDC], 4000},
		{"NewsMTSC rows", count[NewsMTSC], 1500},
		{"PETRARCH rows", count[Petrarch], 70},
		{"accusation", class[0], 800},
		{"reassurance", class[1], 800},
		{"threat", class[2], 500},
		{"real test rows", count[UNGDC+"/test"] + count[NewsMTSC+"/test"] + count[Petrarch+"/test"], 1200},
		{"speaking countries", len(countries), 100},
	}
	for _, ch := range checks {
		if ch.got < ch.want {
			t.Errorf("%s: %d, want at least %d", ch.what, ch.got, ch.want)
		}
	}
	for _, d := range []string{"195", "196", "197", "198", "199", "200", "201"} {
		if !decades[d] {
			t.Errorf("no speech of the %s0s is labelled", d)
		}
	}
}

// TestNoSharedTextInRepository takes a seeded sample of the real sentences
// and looks for a 60-byte piece of each in every file of the repository:
// third-party text stays in ../shared, the project keeps only pointers.
func TestNoSharedTextInRepository(t *testing.T) {
	c := loadReal(t)
	rng := rand.New(rand.NewPCG(1, 2))
	var probes []string
	for range 300 {
		s := c.Rows[rng.IntN(len(c.Rows))].Text
		if len(s) >= 80 {
			probes = append(probes, s[10:70])
		}
	}
	err := filepath.WalkDir("..", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if d.Name() == ".git" {
				return filepath.SkipDir
			}
			return nil
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		for _, p := range probes {
			if bytes.Contains(b, []byte(p)) {
				t.Errorf("%s holds text of the public corpora: %q", path, p)
				break
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// checkOneSplit fails when a document was seen before in another split.
func checkOneSplit(t *testing.T, splitOf map[string]string, where, doc, split string) {
	t.Helper()
	if s, ok := splitOf[doc]; ok && s != split {
		t.Errorf("%s: %s is in split %s and %s", where, doc, s, split)
	}
	splitOf[doc] = split
}

// newsArticles maps each NewsMTSC document (FILE:LINE) to its article: the
// first three parts of the line's primary_gid (source, article, version).
func newsArticles(t *testing.T) map[string]string {
	t.Helper()
	out := map[string]string{}
	for _, name := range newsMTSCFiles {
		b, err := os.ReadFile(filepath.Join(sharedData, "newsmtsc", name))
		if err != nil {
			t.Fatal(err)
		}
		for i, line := range bytes.Split(bytes.TrimSpace(b), []byte("\n")) {
			var d struct {
				GID string `json:"primary_gid"`
			}
			if err := json.Unmarshal(line, &d); err != nil {
				t.Fatalf("%s:%d: %v", name, i+1, err)
			}
			parts := strings.SplitN(d.GID, "_", 4)
			out[fmt.Sprintf("%s:%d", name, i+1)] = strings.Join(parts[:min(3, len(parts))], "_")
		}
	}
	return out
}
