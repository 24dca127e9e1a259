package classifier_test

import (
	"os"
	"testing"

	"stance/classifier"
	"stance/classifier/liblinear"
	"stance/datasets"
	"stance/features"
)

// benchCorpus returns n training examples cycled from the shipped corpus
// (all splits), the size the training benchmark is quoted at.
func benchCorpus(b *testing.B, n int) []classifier.Example {
	f, err := os.Open("../datasets/corpus.csv")
	if err != nil {
		b.Skip("no shipped corpus:", err)
	}
	defer f.Close()
	var c datasets.Corpus
	if err := c.Read(f, "corpus.csv"); err != nil {
		b.Fatal(err)
	}
	out := make([]classifier.Example, n)
	for i := range out {
		r := c.Rows[i%len(c.Rows)]
		out[i] = classifier.Example{Text: r.Text, Labels: r.Labels}
	}
	return out
}

// BenchmarkTrain5000 trains the three per-class models on 5,000 sentences
// with the default settings (no cross-validation, no dev split).
func BenchmarkTrain5000(b *testing.B) {
	ex := benchCorpus(b, 5000)
	opt := classifier.Options{C: classifier.DefaultC, Vocab: features.DefaultVocabOptions, Fit: liblinear.Fit}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := classifier.Train(ex, nil, opt); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkScore measures the pure-Go scorer alone on extracted vectors.
func BenchmarkScore(b *testing.B) {
	ex := benchCorpus(b, 2000)
	m, err := classifier.Train(ex, nil, classifier.Options{C: classifier.DefaultC, Vocab: features.DefaultVocabOptions, Fit: liblinear.Fit})
	if err != nil {
		b.Fatal(err)
	}
	vs := make([]features.Vector, len(ex))
	for i, e := range ex {
		vs[i] = m.Extractor.Extract(e.Text)
	}
	b.ReportAllocs()
	b.ResetTimer()
	n := 0
	for b.Loop() {
		m.ScoreVector(vs[n%len(vs)])
		n++
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "sentences/s")
}
