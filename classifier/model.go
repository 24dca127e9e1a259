// Package classifier scores sentences as accusation, reassurance and threat
// with one logistic regression per class (one-vs-rest), and reads and
// writes the project's model file.
//
// Training hands the feature matrix to golearn's liblinear through a Fitter
// (see package classifier/liblinear, which needs cgo); scoring is pure Go,
// so that predict builds with CGO_ENABLED=0 and golearn stays out of its
// import graph.
package classifier

import (
	"math"

	"stance/datasets"
	"stance/features"
)

// Scores are the per-class probabilities of one sentence, in the order of
// datasets.Classes.
type Scores [datasets.NumClasses]float64

// Model is a trained stance model: the feature space and, per class, one
// weight per feature and a decision threshold.
type Model struct {
	Extractor  *features.Extractor
	Weights    []float64 // feature-major: Weights[i*NumClasses+c] is feature i's weight for class c
	Thresholds Scores    // a class is assigned when its score is at or above its threshold
	Info       TrainingInfo
}

// TrainingInfo records how a model was made, so a model file can be traced
// back to its corpus and flags.
type TrainingInfo struct {
	CorpusSHA256 string  `json:"corpus_sha256"`
	Sentences    int     `json:"train_sentences"`
	C            float64 `json:"c"`
	Seed         uint64  `json:"seed"`
	MinDF        int     `json:"min_df"`
	MaxFeatures  int     `json:"max_features"`
	RealWeight   int     `json:"real_weight,omitempty"`
}

// Score returns the per-class probabilities of a sentence.
func (m *Model) Score(sentence string) Scores {
	return m.ScoreVector(m.Extractor.Extract(sentence))
}

// ScoreVector returns the per-class probabilities of a feature vector.
func (m *Model) ScoreVector(v features.Vector) Scores {
	z := m.margins(v)
	var s Scores
	for c := range z {
		s[c] = sigmoid(z[c])
	}
	return s
}

// margins returns w·x per class: the log-odds before the sigmoid.
func (m *Model) margins(v features.Vector) Scores {
	var z Scores
	const k = datasets.NumClasses
	for j, i := range v.Index {
		w := m.Weights[int(i)*k : int(i)*k+k]
		x := v.Value[j]
		for c := range z {
			z[c] += x * w[c]
		}
	}
	return z
}

// Labels returns which classes pass their thresholds.
func (m *Model) Labels(s Scores) [datasets.NumClasses]bool {
	var l [datasets.NumClasses]bool
	for c := range s {
		l[c] = s[c] >= m.Thresholds[c]
	}
	return l
}

// Contribution is how much one feature pushed a class's score.
type Contribution struct {
	Feature string  // see features.Extractor.FeatureName
	Weight  float64 // x·w, in log-odds
}

// Explain returns, for class c, the n features of v that pushed its score
// up the most, strongest first. The bias is left out: it explains nothing.
func (m *Model) Explain(v features.Vector, c, n int) []Contribution {
	const k = datasets.NumClasses
	var top []Contribution
	for j, i := range v.Index {
		if int(i) == m.Extractor.Bias() {
			continue
		}
		w := v.Value[j] * m.Weights[int(i)*k+c]
		if w <= 0 {
			continue
		}
		pos := len(top)
		for pos > 0 && top[pos-1].Weight < w {
			pos--
		}
		if pos >= n {
			continue
		}
		top = append(top, Contribution{})
		copy(top[pos+1:], top[pos:])
		top[pos] = Contribution{Feature: m.Extractor.FeatureName(int(i)), Weight: w}
		if len(top) > n {
			top = top[:n]
		}
	}
	return top
}

func sigmoid(z float64) float64 {
	if z >= 0 {
		return 1 / (1 + math.Exp(-z))
	}
	e := math.Exp(z)
	return e / (1 + e)
}
