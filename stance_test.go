package stance_test

import (
	"encoding/csv"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"stance"
	"stance/actors"
	"stance/classifier"
	"stance/datasets"
	"stance/models"
)

func scorer(t testing.TB) *stance.Scorer {
	t.Helper()
	m, err := models.Default()
	if err != nil {
		t.Fatal(err)
	}
	g, err := actors.Default()
	if err != nil {
		t.Fatal(err)
	}
	return stance.NewScorer(m, g)
}

// TestArticlesGold scores every example article end to end (cleaning,
// splitting, attribution, scoring) and compares with its gold file: the
// article-level evaluation. Sentences are matched by their text, so a
// splitting error counts against both the labels and the speakers.
func TestArticlesGold(t *testing.T) {
	sc := scorer(t)
	paths, _ := filepath.Glob("datasets/articles/*.txt")
	if len(paths) == 0 {
		t.Fatal("no example articles")
	}
	var cls [datasets.NumClasses]classifier.Binary
	gold, found, speakerOK := 0, 0, 0
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		res := sc.Score(stance.Input{ID: p, Text: string(b)})
		byText := map[string]int{}
		for i, s := range res.Sentences {
			byText[strings.TrimSpace(s.Text)] = i
		}
		rows := readGold(t, strings.TrimSuffix(p, ".txt")+".gold.csv")
		for _, r := range rows {
			gold++
			labels, err := datasets.ParseLabels(r["labels"])
			if err != nil {
				t.Fatal(err)
			}
			i, ok := byText[strings.TrimSpace(r["text"])]
			var pred [datasets.NumClasses]bool
			if ok {
				found++
				s := res.Sentences[i]
				pred = s.Labels
				if s.Speaker == r["speaker"] {
					speakerOK++
				}
			}
			for c := range cls {
				cls[c].Add(labels[c], pred[c])
			}
		}
	}
	macro := 0.0
	for c := range cls {
		macro += cls[c].F1() / float64(len(cls))
		t.Logf("%-12s P %.3f R %.3f F1 %.3f", datasets.Classes[c], cls[c].Precision(), cls[c].Recall(), cls[c].F1())
	}
	split, spk := float64(found)/float64(gold), float64(speakerOK)/float64(gold)
	t.Logf("%d articles, %d gold sentences: %.1f%% found by the splitter, speaker accuracy %.1f%%, label macro-F1 %.3f", len(paths), gold, 100*split, 100*spk, macro)
	if split < 0.95 {
		t.Errorf("splitter reproduced %.1f%% of gold sentences, want at least 95%%", 100*split)
	}
	if spk < 0.80 {
		t.Errorf("end-to-end speaker accuracy %.1f%%, want at least 80%%", 100*spk)
	}
	if macro < 0.65 {
		t.Errorf("label macro-F1 on the articles %.3f, want at least 0.65", macro)
	}
}

func readGold(t *testing.T, path string) []map[string]string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	recs, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	var out []map[string]string
	for _, r := range recs[1:] {
		m := map[string]string{}
		for i, h := range recs[0] {
			m[h] = r[i]
		}
		out = append(out, m)
	}
	return out
}

func TestScoreBareText(t *testing.T) {
	res := scorer(t).Score(stance.Input{ID: "x", Text: "Tehran warned of a crushing response if its nuclear sites were attacked.", Date: "2024-04-10"})
	if len(res.Sentences) != 1 {
		t.Fatalf("%d sentences", len(res.Sentences))
	}
	s := res.Sentences[0]
	if s.Speaker != "IRN" || !s.Labels[2] || res.Doc.Date != "2024-04-10" {
		t.Errorf("got %+v, doc %+v; want IRN, a threat, the given date", s, res.Doc)
	}
}

// TestYearDates: a document dated by year or month alone (as speeches
// are) still dates its sentences, so that a name resolves to the state of
// that time.
func TestYearDates(t *testing.T) {
	sc := scorer(t)
	const text = "Moscow accused Washington of preparing a new arms race in Europe."
	cases := []struct{ date, want string }{
		{"1985", "SUN"},
		{"1985-03", "SUN"},
		{"1985-03-02", "SUN"},
		{"2015", "RUS"},
		{"", "RUS"},
		{"spring", "RUS"},
	}
	for _, c := range cases {
		res := sc.Score(stance.Input{ID: "d", Text: text, Date: c.date})
		if len(res.Sentences) != 1 || res.Sentences[0].Speaker != c.want {
			t.Errorf("date %q: sentences %+v, want speaker %s", c.date, res.Sentences, c.want)
		}
		if res.Doc.Date != c.date && c.date != "spring" {
			t.Errorf("date %q: document date %q", c.date, res.Doc.Date)
		}
	}
}

// TestCutDocuments scores every example article cut short at many points,
// from the start and to the end, in capitals, and as a speech with a
// document speaker: a scraped page or a JSONL field can end anywhere, and
// no cut may make cleaning, splitting, attribution or scoring panic (a
// panic costs the document: predict leaves it out).
func TestCutDocuments(t *testing.T) {
	sc := scorer(t)
	files, _ := filepath.Glob(filepath.Join("datasets", "articles", "*.txt"))
	if len(files) < 20 {
		t.Fatalf("only %d example articles", len(files))
	}
	score := func(name string, in stance.Input) {
		defer func() {
			if r := recover(); r != nil {
				t.Fatalf("%s: %v on %.300q", name, r, in.Text)
			}
		}()
		sc.Score(in)
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		s := string(b)
		variants := []string{strings.ToUpper(s), strings.ReplaceAll(s, "\n", " ")}
		for i := 0; i < len(s); i += 97 {
			variants = append(variants, s[:i], s[i:])
		}
		for _, v := range variants {
			score(f, stance.Input{ID: "cut", Text: v})
			score(f, stance.Input{ID: "cut", Text: v, Speaker: "FRA", Date: "1990"})
		}
	}
}
