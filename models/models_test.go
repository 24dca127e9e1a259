package models_test

import (
	"bytes"
	"fmt"
	"os"
	"regexp"
	"strings"
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

// dataDir is where the public corpora that the real standoff rows point
// into live, seen from this package: ../shared/data beside the checkout.
const dataDir = "../../shared/data"

// recipeCorpora returns the corpus files of the default model, read from
// scripts/corpus-files, the list the README's command and export-corpus
// share, so that the three cannot drift apart.
func recipeCorpora(t *testing.T) []string {
	t.Helper()
	b, err := os.ReadFile("../scripts/corpus-files")
	if err != nil {
		t.Fatal(err)
	}
	files := regexp.MustCompile(`datasets/\S+\.csv`).FindAllString(string(b), -1)
	if len(files) == 0 {
		t.Fatal("scripts/corpus-files names no corpus")
	}
	return files
}

// TestDefaultModelIsFresh retrains the default model the way the README
// and models.go say (train's defaults on the files of scripts/corpus-files)
// and compares the bytes with the embedded file:
// a corpus, lexicon, verb-class, cluster or code change that alters the
// model without a retrain fails here. The real rows need the public
// corpora in ../shared/data; without them the test is skipped.
func TestDefaultModelIsFresh(t *testing.T) {
	if _, err := os.Stat(dataDir); err != nil {
		t.Skipf("the real standoff rows of the default model need %s (the public corpora): %v", dataDir, err)
	}
	var args, paths []string
	for _, f := range recipeCorpora(t) {
		args = append(args, "--corpus", f)
		paths = append(paths, "../"+f)
	}
	c, err := datasets.ReadFiles(&datasets.Library{Root: dataDir}, paths...)
	if err != nil {
		t.Fatal(err)
	}
	split := classifier.SplitExamples(c.Rows)
	m, err := classifier.Train(split["train"], split["dev"], classifier.Options{
		C: classifier.DefaultC, Vocab: features.DefaultVocabOptions, Lexicon: features.DefaultLexicon(), Fit: liblinear.Fit,
		RealWeight: classifier.DefaultRealWeight, RealThresholds: true,
	})
	if err != nil {
		t.Fatal(err)
	}
	m.Info.CorpusSHA256 = c.SHA256
	m.Info.Seed = classifier.DefaultSeed
	var got bytes.Buffer
	if err := m.Write(&got); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got.Bytes(), models.DefaultBytes()) {
		t.Fatalf("models/default.model is stale: retrain it with\n\tgo run ./cmd/train %s --out models/default.model", strings.Join(args, " "))
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
// and logistic regression) reaches on the test split of datasets/corpus.csv
// when trained on the same rows as the default model (train --export of
// the scripts/corpus-files corpora, own and real). The default model must
// do at least as well.
const peerMacroF1 = 0.706

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
