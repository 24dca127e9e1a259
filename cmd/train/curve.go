package main

import (
	"math/rand/v2"

	"stance/classifier"
)

// curveFractions are the shares of the real train rows the learning curve
// trains on.
var curveFractions = []float64{0.25, 0.5, 1}

// curvePoint is one point of the learning curve: the model trained on all
// own train rows and a share of the real ones, scored on real dev.
type curvePoint struct {
	Fraction      float64 `json:"fraction"`
	RealTrainRows int     `json:"real_train_rows"`
	MacroF1       float64 `json:"real_dev_macro_f1"`
}

// learningCurve trains once per fraction of the real train rows (a
// seeded shuffle of them, so that each share mixes all sources) and scores
// each model on the real dev rows. It returns nil when there are no real
// rows to learn from or to score on.
func learningCurve(split map[string][]classifier.Example, opt classifier.Options, seed uint64) ([]curvePoint, error) {
	own, real := byOrigin(split["train"])
	_, realDev := byOrigin(split["dev"])
	if len(real) == 0 || len(realDev) == 0 {
		return nil, nil
	}
	rng := rand.New(rand.NewPCG(seed, 0x5eed))
	rng.Shuffle(len(real), func(i, j int) { real[i], real[j] = real[j], real[i] })
	opt.Progress = nil
	var out []curvePoint
	for _, f := range curveFractions {
		n := int(f * float64(len(real)))
		train := append(append([]classifier.Example{}, own...), real[:n]...)
		m, err := classifier.Train(train, split["dev"], opt)
		if err != nil {
			return nil, err
		}
		out = append(out, curvePoint{Fraction: f, RealTrainRows: n, MacroF1: classifier.Evaluate(m, realDev).MacroF1})
	}
	return out, nil
}

// byOrigin separates the project's own examples from real ones.
func byOrigin(ex []classifier.Example) (own, real []classifier.Example) {
	for _, e := range ex {
		if e.Real() {
			real = append(real, e)
		} else {
			own = append(own, e)
		}
	}
	return own, real
}
