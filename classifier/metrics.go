package classifier

import "stance/datasets"

// Binary is a two-by-two confusion table for one class.
type Binary struct {
	TP, FP, FN, TN int
}

// Add counts one decision.
func (b *Binary) Add(gold, pred bool) {
	switch {
	case gold && pred:
		b.TP++
	case !gold && pred:
		b.FP++
	case gold && !pred:
		b.FN++
	default:
		b.TN++
	}
}

// Precision is TP/(TP+FP), or 0 when nothing was predicted (never NaN).
func (b Binary) Precision() float64 { return ratio(b.TP, b.TP+b.FP) }

// Recall is TP/(TP+FN), or 0 when there is nothing to find.
func (b Binary) Recall() float64 { return ratio(b.TP, b.TP+b.FN) }

// F1 is the harmonic mean of precision and recall, or 0.
func (b Binary) F1() float64 { return ratio(2*b.TP, 2*b.TP+b.FP+b.FN) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Evaluation is how a model does on a set of labelled sentences.
type Evaluation struct {
	N       int
	Classes [datasets.NumClasses]Binary
	MacroF1 float64 // mean F1 over the three stance classes
	// Confusion counts sentences by primary gold label (rows) and primary
	// predicted label (columns), in the order neutral, accusation,
	// reassurance, threat. The primary label of a sentence with several is
	// its first class in that order; of a prediction, its highest score.
	Confusion [datasets.NumClasses + 1][datasets.NumClasses + 1]int
}

// ConfusionLabels name the rows and columns of Evaluation.Confusion.
var ConfusionLabels = [datasets.NumClasses + 1]string{datasets.Neutral, datasets.Classes[0], datasets.Classes[1], datasets.Classes[2]}

// Evaluate scores every example with the model's thresholds.
func Evaluate(m *Model, ex []Example) Evaluation {
	e := Evaluation{N: len(ex)}
	for _, x := range ex {
		s := m.Score(x.Text)
		pred := m.Labels(s)
		for c := range e.Classes {
			e.Classes[c].Add(x.Labels[c], pred[c])
		}
		e.Confusion[primaryGold(x.Labels)][primaryPred(s, pred)]++
	}
	for c := range e.Classes {
		e.MacroF1 += e.Classes[c].F1() / float64(len(e.Classes))
	}
	return e
}

func primaryGold(l [datasets.NumClasses]bool) int {
	for c, on := range l {
		if on {
			return c + 1
		}
	}
	return 0
}

func primaryPred(s Scores, pred [datasets.NumClasses]bool) int {
	best := 0
	for c, on := range pred {
		if on && (best == 0 || s[c] > s[best-1]) {
			best = c + 1
		}
	}
	return best
}
