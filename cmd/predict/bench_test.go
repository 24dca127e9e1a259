package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"io"
	"os"
	"strings"
	"testing"
)

// benchInput is the test split of the shipped corpus as JSONL, one
// sentence per line, ten times over: the same sentences the scikit-learn
// peer predicts (it repeats them too, to time a long enough run).
func benchInput(b *testing.B) (string, int) {
	f, err := os.Open("../../datasets/corpus.csv")
	if err != nil {
		b.Skip(err)
	}
	defer f.Close()
	recs, err := csv.NewReader(f).ReadAll()
	if err != nil {
		b.Fatal(err)
	}
	var sb strings.Builder
	n := 0
	for range 10 {
		for _, r := range recs[1:] {
			if r[5] != "test" {
				continue
			}
			line, _ := json.Marshal(map[string]string{"id": r[0], "text": r[1]})
			sb.Write(line)
			sb.WriteByte('\n')
			n++
		}
	}
	return sb.String(), n
}

// BenchmarkPredictSentenceCSV runs predict end to end as a line filter
// (JSONL in, sentence-level CSV out) and reports sentences per second:
// reading, cleaning, splitting, attribution, features, scoring, writing.
func BenchmarkPredictSentenceCSV(b *testing.B) {
	benchPredict(b, "--workers", "1", "--level", "sentence", "--format", "csv", "-")
}

// BenchmarkPredictArticles runs predict on the 30 example articles, the
// whole files with their boilerplate, read ten times over (so that the
// word caches are warm, as in a long run), sentence-level CSV out.
func BenchmarkPredictArticles(b *testing.B) {
	args := []string{"--workers", "1", "--level", "sentence", "--format", "csv", "--no-header"}
	for range 10 {
		args = append(args, "../../datasets/articles")
	}
	var rows lineCounter
	for b.Loop() {
		if code := run(args, strings.NewReader(""), &rows, io.Discard); code != 0 {
			b.Fatalf("exit %d", code)
		}
	}
	b.ReportMetric(float64(rows)/b.Elapsed().Seconds(), "sentences/s")
}

// lineCounter is an io.Writer that counts the lines written to it.
type lineCounter int

func (c *lineCounter) Write(p []byte) (int, error) {
	*c += lineCounter(bytes.Count(p, []byte("\n")))
	return len(p), nil
}

// BenchmarkPredictWorkers2 is the same with two workers.
func BenchmarkPredictWorkers2(b *testing.B) {
	benchPredict(b, "--workers", "2", "--level", "sentence", "--format", "csv", "-")
}

func benchPredict(b *testing.B, args ...string) {
	in, n := benchInput(b)
	if code := run(args, strings.NewReader(in), io.Discard, io.Discard); code != 0 { // warm the model and gazetteer
		b.Fatalf("exit %d", code)
	}
	b.ResetTimer()
	sentences := 0
	for b.Loop() {
		if code := run(args, strings.NewReader(in), io.Discard, io.Discard); code != 0 {
			b.Fatalf("exit %d", code)
		}
		sentences += n
	}
	b.ReportMetric(float64(sentences)/b.Elapsed().Seconds(), "sentences/s")
}
