package main

import (
	"fmt"
	"io"
	"strings"
	"time"

	"stance/classifier"
	"stance/datasets"
)

// report is what train prints and, with --report-json, writes as JSON.
type report struct {
	Model          string                 `json:"model"`
	TrainSentences int                    `json:"train_sentences"`
	Vocabulary     int                    `json:"vocabulary"`
	Features       int                    `json:"features"`
	Thresholds     map[string]float64     `json:"thresholds"`
	Splits         map[string]splitReport `json:"splits"`
	CV             *cvReport              `json:"cross_validation,omitempty"`
	Curve          []curvePoint           `json:"learning_curve,omitempty"`
	Seconds        float64                `json:"seconds"`
	order          []string               // splits in print order
	evals          map[string]classifier.Evaluation
}

type splitReport struct {
	Sentences int                       `json:"sentences"`
	Classes   map[string]classReport    `json:"classes"`
	MacroF1   float64                   `json:"macro_f1"`
	Confusion map[string]map[string]int `json:"confusion"` // gold primary label -> predicted primary label -> count
}

type classReport struct {
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
	TP        int     `json:"tp"`
	FP        int     `json:"fp"`
	FN        int     `json:"fn"`
}

type cvReport struct {
	Folds   int       `json:"folds"`
	MacroF1 []float64 `json:"macro_f1"`
	Mean    float64   `json:"mean"`
	Std     float64   `json:"std"`
}

func newReport(m *classifier.Model, split map[string][]classifier.Example, cv []float64, took time.Duration) *report {
	r := &report{
		TrainSentences: len(split["train"]),
		Vocabulary:     m.Extractor.Vocab.Len(),
		Features:       m.Extractor.Dim(),
		Thresholds:     map[string]float64{},
		Splits:         map[string]splitReport{},
		Seconds:        took.Seconds(),
		order:          []string{"dev", "test"},
		evals:          map[string]classifier.Evaluation{},
	}
	for c, name := range datasets.Classes {
		r.Thresholds[name] = m.Thresholds[c]
	}
	// With real rows, each split is also scored on its own and its real
	// rows apart: the two kinds of text are judged separately.
	parts := map[string][]classifier.Example{"dev": split["dev"], "test": split["test"]}
	for _, s := range []string{"dev", "test"} {
		own, real := byOrigin(split[s])
		if len(real) > 0 {
			parts[s+"/own"], parts[s+"/real"] = own, real
			r.order = append(r.order, s+"/own", s+"/real")
		}
	}
	for _, s := range r.order {
		ev := classifier.Evaluate(m, parts[s])
		r.evals[s] = ev
		sr := splitReport{Sentences: ev.N, MacroF1: ev.MacroF1, Classes: map[string]classReport{}, Confusion: map[string]map[string]int{}}
		for c, name := range datasets.Classes {
			b := ev.Classes[c]
			sr.Classes[name] = classReport{Precision: b.Precision(), Recall: b.Recall(), F1: b.F1(), TP: b.TP, FP: b.FP, FN: b.FN}
		}
		for g, gname := range classifier.ConfusionLabels {
			sr.Confusion[gname] = map[string]int{}
			for p, pname := range classifier.ConfusionLabels {
				sr.Confusion[gname][pname] = ev.Confusion[g][p]
			}
		}
		r.Splits[s] = sr
	}
	if len(cv) > 0 {
		mean, std := classifier.MeanStd(cv)
		r.CV = &cvReport{Folds: len(cv), MacroF1: cv, Mean: mean, Std: std}
	}
	return r
}

func (r *report) print(w io.Writer) {
	fmt.Fprintf(w, "model %s: %d train sentences, vocabulary %d, %d features\n", r.Model, r.TrainSentences, r.Vocabulary, r.Features)
	fmt.Fprintf(w, "thresholds (chosen on dev):")
	for _, name := range datasets.Classes {
		fmt.Fprintf(w, " %s %.2f", name, r.Thresholds[name])
	}
	fmt.Fprintln(w)
	for _, s := range r.order {
		sr := r.Splits[s]
		fmt.Fprintf(w, "\n%s (%d sentences)\n", s, sr.Sentences)
		fmt.Fprintf(w, "  %-12s %9s %9s %9s\n", "class", "precision", "recall", "F1")
		for _, name := range datasets.Classes {
			c := sr.Classes[name]
			fmt.Fprintf(w, "  %-12s %9.3f %9.3f %9.3f\n", name, c.Precision, c.Recall, c.F1)
		}
		fmt.Fprintf(w, "  %-12s %29.3f\n", "macro-F1", sr.MacroF1)
		fmt.Fprintf(w, "  confusion (rows gold, columns predicted; primary label)\n")
		fmt.Fprintf(w, "  %-12s", "")
		for _, l := range classifier.ConfusionLabels {
			fmt.Fprintf(w, " %12s", l)
		}
		fmt.Fprintln(w)
		ev := r.evals[s]
		for g, l := range classifier.ConfusionLabels {
			fmt.Fprintf(w, "  %-12s", l)
			for p := range classifier.ConfusionLabels {
				fmt.Fprintf(w, " %12d", ev.Confusion[g][p])
			}
			fmt.Fprintln(w)
		}
	}
	if r.CV != nil {
		parts := make([]string, len(r.CV.MacroF1))
		for i, f := range r.CV.MacroF1 {
			parts[i] = fmt.Sprintf("%.3f", f)
		}
		fmt.Fprintf(w, "\n%d-fold cross-validation on train: macro-F1 %.3f ± %.3f (%s)\n", r.CV.Folds, r.CV.Mean, r.CV.Std, strings.Join(parts, " "))
	}
	if len(r.Curve) > 0 {
		fmt.Fprintf(w, "\nlearning curve on real dev (all own train rows + a share of the real ones):\n")
		for _, p := range r.Curve {
			fmt.Fprintf(w, "  %3.0f%% (%d real rows): macro-F1 %.3f\n", 100*p.Fraction, p.RealTrainRows, p.MacroF1)
		}
	}
	fmt.Fprintf(w, "time %.2fs\n", r.Seconds)
}
