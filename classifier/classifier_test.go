package classifier_test

import (
	"bytes"
	"fmt"
	"os"
	"strings"
	"testing"

	"stance/classifier"
	"stance/classifier/liblinear"
	"stance/datasets"
	"stance/features"
)

// TestMain re-executes the test binary with GODEBUG=cgocheck=0, which
// golearn's liblinear binding needs (see package liblinear).
func TestMain(m *testing.M) {
	if err := liblinear.Reexec(); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	os.Exit(m.Run())
}

// fixture reads the small hand-written corpus shared by the tests.
func fixture(t testing.TB) map[string][]classifier.Example {
	t.Helper()
	f, err := os.Open("../datasets/testdata/small.csv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var c datasets.Corpus
	if err := c.Read(f, "small.csv"); err != nil {
		t.Fatal(err)
	}
	out := map[string][]classifier.Example{}
	for _, r := range c.Rows {
		out[r.Split] = append(out[r.Split], classifier.Example{Text: r.Text, Labels: r.Labels})
	}
	return out
}

// trainFixture trains on the fixture's train split, thresholds on dev,
// and returns the model and its file bytes.
func trainFixture(t *testing.T) (*classifier.Model, []byte) {
	t.Helper()
	split := fixture(t)
	m, err := classifier.Train(split["train"], split["dev"], options())
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := m.Write(&buf); err != nil {
		t.Fatal(err)
	}
	return m, buf.Bytes()
}

func options() classifier.Options {
	return classifier.Options{C: 10, Vocab: features.VocabOptions{MinDF: 1, MaxFeatures: 5000}, Fit: liblinear.Fit}
}

func TestTrainLearnsFixture(t *testing.T) {
	split := fixture(t)
	m, err := classifier.Train(split["train"], split["dev"], options())
	if err != nil {
		t.Fatal(err)
	}
	// Thresholds at 0.5: a model that learned its corpus labels it back.
	m.Thresholds = classifier.Scores{0.5, 0.5, 0.5}
	ev := classifier.Evaluate(m, split["train"])
	if ev.MacroF1 < 0.95 {
		t.Errorf("macro-F1 on the training sentences = %.3f, want >= 0.95", ev.MacroF1)
	}
	// And it generalises a little to unseen sentences of the same kinds.
	cases := []struct {
		text  string
		class string
	}{
		{"Moscow accused Kyiv of shelling the plant and blamed it for the blackout.", "accusation"},
		{"Tehran warned that it would retaliate with force against any attack.", "threat"},
		{"Seoul said it had no hostile intentions and wanted to resume dialogue.", "reassurance"},
	}
	for _, c := range cases {
		s := m.Score(c.text)
		best := 0
		for i := range s {
			if s[i] > s[best] {
				best = i
			}
		}
		if datasets.Classes[best] != c.class {
			t.Errorf("%q: top class %s (scores %.3f), want %s", c.text, datasets.Classes[best], s, c.class)
		}
	}
}

func TestSaveLoadSameScores(t *testing.T) {
	split := fixture(t)
	m, file := trainFixture(t)
	m2, err := classifier.Read(bytes.NewReader(file))
	if err != nil {
		t.Fatal(err)
	}
	if m2.Thresholds != m.Thresholds {
		t.Errorf("thresholds %v after load, want %v", m2.Thresholds, m.Thresholds)
	}
	for _, e := range append(split["test"], split["dev"]...) {
		if a, b := m.Score(e.Text), m2.Score(e.Text); a != b {
			t.Errorf("%q: scores %v before save, %v after load", e.Text, a, b)
		}
	}
	// Writing the loaded model gives the same bytes again.
	var buf2 bytes.Buffer
	if err := m2.Write(&buf2); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(file, buf2.Bytes()) {
		t.Error("a loaded model writes different bytes")
	}
}

func TestTrainingIsDeterministic(t *testing.T) {
	var files [2][]byte
	for i := range files {
		_, files[i] = trainFixture(t)
	}
	if !bytes.Equal(files[0], files[1]) {
		t.Error("two trainings on the same corpus wrote different model bytes")
	}
}

// TestPureGoScorerAgreesWithLiblinear checks, on every training sentence
// and for every class, that σ(w·x) >= 0.5 exactly when liblinear's own
// predict says positive: the weights were read back correctly.
func TestPureGoScorerAgreesWithLiblinear(t *testing.T) {
	split := fixture(t)
	m, err := classifier.Train(split["train"], nil, options())
	if err != nil {
		t.Fatal(err)
	}
	ex := m.Extractor
	x := make([]features.Vector, len(split["train"]))
	for i, e := range split["train"] {
		x[i] = ex.Extract(e.Text)
	}
	ys := make([][]bool, datasets.NumClasses)
	for c := range ys {
		for _, e := range split["train"] {
			ys[c] = append(ys[c], e.Labels[c])
		}
	}
	lls, _, err := liblinear.FitModels(x, ys, ex.Dim(), options().C)
	if err != nil {
		t.Fatal(err)
	}
	for c, name := range datasets.Classes {
		for i, v := range x {
			ours := m.ScoreVector(v)[c] >= 0.5
			if theirs := lls[c].Predict(v); ours != theirs {
				t.Errorf("%s, sentence %q: pure Go says %v, liblinear says %v", name, split["train"][i].Text, ours, theirs)
			}
		}
	}
}

func TestTrainRefusesClassWithoutExamples(t *testing.T) {
	split := fixture(t)
	var noThreat []classifier.Example
	for _, e := range split["train"] {
		if !e.Labels[2] {
			noThreat = append(noThreat, e)
		}
	}
	_, err := classifier.Train(noThreat, nil, options())
	if err == nil || !strings.Contains(err.Error(), "class threat has no training examples") {
		t.Errorf("error = %v, want one naming the class threat", err)
	}
}

func TestCrossValidateIsSeeded(t *testing.T) {
	split := fixture(t)
	a, err := classifier.CrossValidate(split["train"], 3, 7, options())
	if err != nil {
		t.Fatal(err)
	}
	b, _ := classifier.CrossValidate(split["train"], 3, 7, options())
	if fmt.Sprint(a) != fmt.Sprint(b) || len(a) != 3 {
		t.Errorf("same seed gave %v and %v", a, b)
	}
}

func TestReadRefusesBadFiles(t *testing.T) {
	_, good := trainFixture(t)
	flipped := bytes.Clone(good)
	flipped[len(flipped)-10] ^= 1
	cases := []struct {
		name string
		data []byte
		want string
	}{
		{"empty", nil, "not a stance model file"},
		{"not a model", []byte("id,text\n"), "not a stance model file"},
		{"truncated", good[:len(good)/2], "checksum mismatch"},
		{"corrupt", flipped, "checksum mismatch"},
		{"future version", bytes.Replace(good, []byte("stance-model 1\n"), []byte("stance-model 2\n"), 1), "newer than this stance reads"},
		{"header only", good[:15], "no checksum line"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := classifier.Read(bytes.NewReader(c.data))
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Errorf("error = %v, want it to contain %q", err, c.want)
			}
		})
	}
}
