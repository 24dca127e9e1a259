package classifier_test

import (
	"bytes"
	"fmt"
	"os"
	"slices"
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
		{"future version", bytes.Replace(good, fmt.Appendf(nil, "stance-model %d\n", classifier.FormatVersion), fmt.Appendf(nil, "stance-model %d\n", classifier.FormatVersion+1), 1), "newer than this stance reads"},
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

// groupOptions are options() with every optional feature group: the
// built-in verb classes, voice, and a few clusters written here.
func groupOptions(t *testing.T) classifier.Options {
	t.Helper()
	cl, err := features.NewClusters(3, []string{"accus", "blame", "promis", "threaten", "warn"}, []int32{0, 0, 1, 2, 2})
	if err != nil {
		t.Fatal(err)
	}
	opt := options()
	opt.Groups = features.Groups{Verbs: features.DefaultVerbs(), Voice: true, Clusters: cl}
	return opt
}

// TestGroupsSaveLoad checks that a model with verb classes, voice and
// clusters carries them in its file: the loaded model has the same
// feature space, scores and bytes, and a group left out changes the file.
func TestGroupsSaveLoad(t *testing.T) {
	split := fixture(t)
	m, err := classifier.Train(split["train"], split["dev"], groupOptions(t))
	if err != nil {
		t.Fatal(err)
	}
	var file bytes.Buffer
	if err := m.Write(&file); err != nil {
		t.Fatal(err)
	}
	m2, err := classifier.Read(bytes.NewReader(file.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	g := m2.Extractor.Groups
	if g.Verbs == nil || !g.Voice || g.Clusters == nil || g.Clusters.K != 3 || m2.Extractor.Dim() != m.Extractor.Dim() {
		t.Fatalf("loaded groups %+v, dim %d; want all three, dim %d", g, m2.Extractor.Dim(), m.Extractor.Dim())
	}
	for _, e := range append(split["test"], split["dev"]...) {
		if a, b := m.Score(e.Text), m2.Score(e.Text); a != b {
			t.Errorf("%q: scores %v before save, %v after load", e.Text, a, b)
		}
	}
	var again bytes.Buffer
	if err := m2.Write(&again); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(file.Bytes(), again.Bytes()) {
		t.Error("a loaded model with groups writes different bytes")
	}
	_, plain := trainFixture(t)
	if bytes.Equal(plain, file.Bytes()) {
		t.Error("the groups left the model file unchanged")
	}
}

// TestReadsVersion1 checks that a model file of format 1 (no groups,
// written before they existed) still loads.
func TestReadsVersion1(t *testing.T) {
	_, good := trainFixture(t)
	v1 := bytes.Replace(good, fmt.Appendf(nil, "stance-model %d\n", classifier.FormatVersion), []byte("stance-model 1\n"), 1)
	m, err := classifier.Read(bytes.NewReader(v1))
	if err != nil {
		t.Fatal(err)
	}
	if g := m.Extractor.Groups; g.Verbs != nil || g.Voice || g.Clusters != nil {
		t.Errorf("a version 1 file loaded with groups %+v", g)
	}
}

// TestRealWeightAndThresholds checks that real rows count RealWeight
// times and that RealThresholds picks thresholds on real dev rows alone:
// here the real dev rows are the own ones with their labels flipped, and
// the own ones come three times, so thresholds chosen on all dev rows
// follow the own labels and those chosen on the real rows do not.
func TestRealWeightAndThresholds(t *testing.T) {
	split := fixture(t)
	var train []classifier.Example
	for i, e := range split["train"] {
		if i%2 == 0 {
			e.Origin = "ungdc"
		}
		train = append(train, e)
	}
	var dev, real []classifier.Example
	for _, e := range split["dev"] {
		dev = append(dev, e, e, e)
		for c := range e.Labels {
			e.Labels[c] = !e.Labels[c]
		}
		e.Origin = "ungdc"
		real = append(real, e)
	}
	dev = append(dev, real...)
	opt := options()
	base, err := classifier.Train(train, dev, opt)
	if err != nil {
		t.Fatal(err)
	}
	opt.RealWeight = 3
	weighted, err := classifier.Train(train, dev, opt)
	if err != nil {
		t.Fatal(err)
	}
	if want := len(train) + 2*(len(train)+1)/2; weighted.Info.Sentences != want {
		t.Errorf("weighted training saw %d rows, want %d", weighted.Info.Sentences, want)
	}
	opt.RealWeight = 1
	opt.RealThresholds = true
	onReal, err := classifier.Train(train, dev, opt)
	if err != nil {
		t.Fatal(err)
	}
	opt.RealThresholds = false
	realOnly, err := classifier.Train(train, real, opt)
	if err != nil {
		t.Fatal(err)
	}
	if onReal.Thresholds != realOnly.Thresholds || onReal.Thresholds == base.Thresholds {
		t.Errorf("thresholds %v with RealThresholds, want those of the real dev rows %v, not those of all %v", onReal.Thresholds, realOnly.Thresholds, base.Thresholds)
	}
}

// TestRealThresholdsNeedPositives checks that a class with fewer than
// MinRealPositives real dev rows keeps the threshold chosen on all dev
// rows: here the real dev rows are three with their labels flipped, too
// few for any class, and thresholds chosen on them would differ.
func TestRealThresholdsNeedPositives(t *testing.T) {
	split := fixture(t)
	dev := slices.Clone(split["dev"])
	for i := range 3 {
		e := dev[i]
		for c := range e.Labels {
			e.Labels[c] = !e.Labels[c]
		}
		e.Origin = "newsmtsc"
		dev = append(dev, e)
	}
	opt := options()
	all, err := classifier.Train(split["train"], dev, opt)
	if err != nil {
		t.Fatal(err)
	}
	opt.RealThresholds = true
	few, err := classifier.Train(split["train"], dev, opt)
	if err != nil {
		t.Fatal(err)
	}
	if few.Thresholds != all.Thresholds {
		t.Errorf("thresholds %v from %d real dev rows, want those of all dev rows %v", few.Thresholds, 3, all.Thresholds)
	}
}
