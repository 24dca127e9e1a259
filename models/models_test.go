package models_test

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"testing"

	"stance/classifier"
	"stance/classifier/liblinear"
	"stance/datasets"
	"stance/features"
	"stance/models"
)

func TestMain(m *testing.M) {
	if err := liblinear.Reexec(); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	os.Exit(m.Run())
}

// shippedCorpus reads datasets/corpus.csv: its bytes and its rows.
func shippedCorpus(t *testing.T) ([]byte, *datasets.Corpus) {
	t.Helper()
	b, err := os.ReadFile("../datasets/corpus.csv")
	if err != nil {
		t.Fatal(err)
	}
	var c datasets.Corpus
	if err := c.Read(bytes.NewReader(b), "corpus.csv"); err != nil {
		t.Fatal(err)
	}
	return b, &c
}

// TestDefaultModelIsFresh retrains the default model the way the README
// says (train's defaults on datasets/corpus.csv) and compares the bytes
// with the embedded file: a corpus, lexicon or code change that alters the
// model without a retrain fails here.
func TestDefaultModelIsFresh(t *testing.T) {
	b, c := shippedCorpus(t)
	split := classifier.SplitExamples(c.Rows)
	m, err := classifier.Train(split["train"], split["dev"], classifier.Options{
		C: classifier.DefaultC, Vocab: features.DefaultVocabOptions, Lexicon: features.DefaultLexicon(), Fit: liblinear.Fit,
	})
	if err != nil {
		t.Fatal(err)
	}
	sum := sha256.Sum256(b)
	m.Info.CorpusSHA256 = hex.EncodeToString(sum[:])
	m.Info.Seed = classifier.DefaultSeed
	var got bytes.Buffer
	if err := m.Write(&got); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got.Bytes(), models.DefaultBytes()) {
		t.Fatal("models/default.model is stale: retrain it with\n\tgo run ./cmd/train --corpus datasets/corpus.csv --out models/default.model")
	}
}

func TestDefaultModelLoads(t *testing.T) {
	m, err := models.Default()
	if err != nil {
		t.Fatal(err)
	}
	if m.Extractor.Vocab.Len() < 1000 {
		t.Errorf("vocabulary of %d terms: is this the real model?", m.Extractor.Vocab.Len())
	}
}

// BenchmarkLoadDefault measures what predict pays at start-up.
func BenchmarkLoadDefault(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := classifier.Read(bytes.NewReader(models.DefaultBytes())); err != nil {
			b.Fatal(err)
		}
	}
}

// peerMacroF1 is the macro-F1 over the three stance classes that the
// scikit-learn peer (../shared/bench/sklearn_baseline.py, TF-IDF 1-2 grams
// and logistic regression) reaches on the test split of the shipped
// corpus. The default model must do at least as well.
const peerMacroF1 = 0.748

func TestDefaultModelBeatsPeer(t *testing.T) {
	_, c := shippedCorpus(t)
	m, err := models.Default()
	if err != nil {
		t.Fatal(err)
	}
	ev := classifier.Evaluate(m, classifier.SplitExamples(c.Rows)["test"])
	t.Logf("test macro-F1 %.3f (peer %.3f)", ev.MacroF1, peerMacroF1)
	if ev.MacroF1 < peerMacroF1 {
		t.Errorf("test macro-F1 %.3f is below the scikit-learn peer's %.3f", ev.MacroF1, peerMacroF1)
	}
}
