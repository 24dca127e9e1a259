package classifier

import (
	"errors"
	"fmt"
	"math"
	"math/rand/v2"

	"gonum.org/v1/gonum/stat"

	"stance/datasets"
	"stance/features"
)

// Example is one labelled sentence.
type Example struct {
	Text   string
	Labels [datasets.NumClasses]bool
	Origin string // datasets.Own, or the public corpus of a standoff row
}

// Real reports whether the example is real text written by others (a
// standoff row), not a sentence written for the project.
func (e Example) Real() bool { return e.Origin != "" && e.Origin != datasets.Own }

// Fitter trains one binary classifier per label column: for rows x and
// columns ys (ys[k][i] true when row i is positive for column k) it
// returns one weight per feature for each column. liblinear.Fit is the
// Fitter stance uses; the indirection keeps golearn's cgo out of this
// package.
type Fitter func(x []features.Vector, ys [][]bool, dim int, c float64) ([][]float64, error)

// DefaultC is the regularisation setting train uses unless told otherwise;
// it was chosen by cross-validation on the shipped corpus's train split.
const DefaultC = 8.0

// DefaultRealWeight is how many times train counts each real train row
// unless told otherwise. Measured on the real dev split (README,
// Accuracy): with 11,900 real train rows, weights 1, 2 and 3 gave real dev
// macro-F1 0.469, 0.470 and 0.472, within the split's noise, so real rows
// count once (with 680 rows, 3 had done best).
const DefaultRealWeight = 1

// DefaultSeed seeds the cross-validation folds unless told otherwise.
const DefaultSeed uint64 = 1

// SplitExamples groups corpus rows by their split column.
func SplitExamples(rows []datasets.Row) map[string][]Example {
	out := map[string][]Example{}
	for _, r := range rows {
		out[r.Split] = append(out[r.Split], Example{Text: r.Text, Labels: r.Labels, Origin: r.Origin})
	}
	return out
}

// Options control training.
type Options struct {
	C       float64               // inverse regularisation strength
	Vocab   features.VocabOptions // bag-of-words limits
	Lexicon *features.Lexicon     // cue phrases; nil means features.DefaultLexicon
	Groups  features.Groups       // optional feature groups: verb classes, voice, clusters
	// RealWeight counts each real (standoff) train row this many times
	// (0 and 1: once). Real rows are few beside the own corpus, and they
	// are the text the model meets; repeating them is liblinear's way to
	// weight rows, and it keeps training deterministic.
	RealWeight int
	// RealThresholds picks each class's threshold on the real dev rows
	// alone, since real text is what predict scores, for each class with
	// at least MinRealPositives real dev rows; a class with fewer (real
	// threats are rare) keeps the threshold chosen on all dev rows, as a
	// threshold fitted to two sentences would be noise.
	RealThresholds bool
	Fit            Fitter
	// Progress, if set, is called after each model is trained (the final
	// one, and one per cross-validation fold) with the steps done and due.
	Progress func(done, total int)
}

// Train fits the vocabulary on train, one logistic regression per class,
// and picks each class's threshold on dev (maximum F1). With no dev rows
// the thresholds stay at 0.5.
func Train(train, dev []Example, opt Options) (*Model, error) {
	if opt.Fit == nil {
		return nil, errors.New("classifier: no Fitter")
	}
	if len(train) == 0 {
		return nil, errors.New("no training sentences")
	}
	for c, name := range datasets.Classes {
		pos := 0
		for _, e := range train {
			if e.Labels[c] {
				pos++
			}
		}
		if pos == 0 {
			return nil, fmt.Errorf("class %s has no training examples", name)
		}
		if pos == len(train) {
			return nil, fmt.Errorf("class %s has no negative training examples", name)
		}
	}
	lex := opt.Lexicon
	if lex == nil {
		lex = features.DefaultLexicon()
	}
	train = weighted(train, opt.RealWeight)
	texts := make([]string, len(train))
	for i, e := range train {
		texts[i] = e.Text
	}
	ex := features.NewExtractorGroups(features.FitVocabulary(texts, opt.Vocab), lex, opt.Groups)
	x := make([]features.Vector, len(train))
	for i, t := range texts {
		x[i] = ex.Extract(t)
	}
	const k = datasets.NumClasses
	ys := make([][]bool, k)
	for c := range ys {
		ys[c] = make([]bool, len(train))
		for i, e := range train {
			ys[c][i] = e.Labels[c]
		}
	}
	ws, err := opt.Fit(x, ys, ex.Dim(), opt.C)
	if err != nil {
		return nil, fmt.Errorf("train: %w", err)
	}
	m := &Model{Extractor: ex, Weights: make([]float64, ex.Dim()*k)}
	for c, w := range ws {
		for i, v := range w {
			m.Weights[i*k+c] = v
		}
	}
	if opt.Progress != nil {
		opt.Progress(1, 1)
	}
	m.Thresholds = Scores{0.5, 0.5, 0.5}
	if len(dev) > 0 {
		scores := make([]Scores, len(dev))
		for i, e := range dev {
			scores[i] = m.Score(e.Text)
		}
		var realScores []Scores
		var real []Example
		for i, e := range dev {
			if opt.RealThresholds && e.Real() {
				realScores, real = append(realScores, scores[i]), append(real, e)
			}
		}
		for c := range k {
			if opt.RealThresholds && positives(real, c) >= MinRealPositives {
				m.Thresholds[c] = bestThreshold(realScores, real, c)
			} else {
				m.Thresholds[c] = bestThreshold(scores, dev, c)
			}
		}
	}
	m.Info = TrainingInfo{Sentences: len(train), C: opt.C, MinDF: opt.Vocab.MinDF, MaxFeatures: opt.Vocab.MaxFeatures, RealWeight: opt.RealWeight}
	return m, nil
}

// MinRealPositives is how many real dev rows of a class RealThresholds
// needs to choose its threshold on them.
const MinRealPositives = 5

func positives(ex []Example, c int) int {
	n := 0
	for _, e := range ex {
		if e.Labels[c] {
			n++
		}
	}
	return n
}

// weighted returns the train rows with each real row repeated w times,
// each repeat beside its original, so the order stays deterministic.
func weighted(train []Example, w int) []Example {
	if w <= 1 {
		return train
	}
	out := make([]Example, 0, len(train))
	for _, e := range train {
		out = append(out, e)
		if e.Real() {
			for range w - 1 {
				out = append(out, e)
			}
		}
	}
	return out
}

// bestThreshold returns the threshold in [0.05, 0.95] (step 0.01) that
// gives class c the highest F1 on the examples; ties go to the threshold
// nearest 0.5, so a flat stretch does not push it to an extreme. A coarse
// grid rather than every observed score keeps a small dev split from
// fitting its own noise.
func bestThreshold(scores []Scores, ex []Example, c int) float64 {
	best, bestF1 := 0.5, -1.0
	for step := 5; step <= 95; step++ {
		t := float64(step) / 100
		var cm Binary
		for i, s := range scores {
			cm.Add(ex[i].Labels[c], s[c] >= t)
		}
		f1 := cm.F1()
		if f1 > bestF1+1e-12 || (math.Abs(f1-bestF1) <= 1e-12 && math.Abs(t-0.5) < math.Abs(best-0.5)) {
			best, bestF1 = t, f1
		}
	}
	return best
}

// CrossValidate trains on k-1 folds of examples and scores the held-out
// fold, k times, at threshold 0.5. It returns the macro-F1 of each fold.
// The folds come from a permutation seeded with seed, so the same seed
// gives the same folds.
func CrossValidate(examples []Example, folds int, seed uint64, opt Options) ([]float64, error) {
	if folds < 2 {
		return nil, nil
	}
	if len(examples) < folds {
		return nil, fmt.Errorf("%d training sentences are too few for %d folds", len(examples), folds)
	}
	perm := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15)).Perm(len(examples))
	progress := opt.Progress
	scores := make([]float64, 0, folds)
	for f := range folds {
		var train, held []Example
		for pos, i := range perm {
			if pos%folds == f {
				held = append(held, examples[i])
			} else {
				train = append(train, examples[i])
			}
		}
		opt.Progress = nil
		m, err := Train(train, nil, opt)
		if err != nil {
			return nil, fmt.Errorf("fold %d: %w", f+1, err)
		}
		scores = append(scores, Evaluate(m, held).MacroF1)
		if progress != nil {
			progress(f+1, folds)
		}
	}
	return scores, nil
}

// MeanStd returns the mean and the sample standard deviation.
func MeanStd(xs []float64) (mean, std float64) {
	if len(xs) == 0 {
		return 0, 0
	}
	if len(xs) == 1 {
		return xs[0], 0
	}
	return stat.MeanStdDev(xs, nil)
}
