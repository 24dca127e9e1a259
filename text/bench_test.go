package text

import (
	"encoding/csv"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/neurosnap/sentences/english"
)

// benchSets are the article sets the benchmarks run on: this package's test
// articles, the project's annotated example articles when present, and the
// hard-wrapped test texts.
var benchSets = []struct{ name, glob string }{
	{"testdata", "testdata/articles/*.txt"},
	{"datasets", filepath.Join(goldDir, "*.txt")},
	{"wrapped", "testdata/wrapped/*.txt"},
}

// forEachSet runs f as a sub-benchmark per article set.
func forEachSet(b *testing.B, f func(b *testing.B, raw, paras []string, nSentences int)) {
	for _, set := range benchSets {
		b.Run(set.name, func(b *testing.B) {
			raw, paras, n := benchArticles(b, set.glob)
			f(b, raw, paras, n)
		})
	}
}

// benchArticles reads a set of articles as one realistic workload: their
// raw text for Parse and their paragraphs for the splitters.
func benchArticles(b *testing.B, glob string) (raw []string, paras []string, nSentences int) {
	b.Helper()
	files, err := filepath.Glob(glob)
	if err != nil || len(files) == 0 {
		b.Skipf("no articles match %s", glob)
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		s, _ := Sanitize(data)
		raw = append(raw, s)
		paras = append(paras, paragraphs(s)...)
	}
	for _, p := range paras {
		nSentences += len(Split(p))
	}
	return raw, paras, nSentences
}

func reportRate(b *testing.B, sentences int) {
	b.ReportMetric(float64(sentences)*float64(b.N)/b.Elapsed().Seconds(), "sentences/s")
	b.ReportMetric(b.Elapsed().Seconds()*1e9/(float64(sentences)*float64(b.N)), "ns/sentence")
}

func BenchmarkSplit(b *testing.B) {
	forEachSet(b, func(b *testing.B, _, paras []string, n int) {
		b.SetBytes(int64(len(strings.Join(paras, "\n"))))
		b.ReportAllocs()
		for b.Loop() {
			for _, p := range paras {
				Split(p)
			}
		}
		reportRate(b, n)
	})
}

func BenchmarkParse(b *testing.B) {
	forEachSet(b, func(b *testing.B, raw, _ []string, _ int) {
		size, n := 0, 0
		for _, r := range raw {
			size += len(r)
			n += len(Parse(r).Sentences)
		}
		b.SetBytes(int64(size))
		b.ReportAllocs()
		for b.Loop() {
			for _, r := range raw {
				Parse(r)
			}
		}
		reportRate(b, n)
	})
}

// BenchmarkPunkt measures the Punkt splitter on the same paragraphs, the
// reason the package has its own splitter (see the package documentation).
func BenchmarkPunkt(b *testing.B) {
	tok, err := english.NewSentenceTokenizer(nil)
	if err != nil {
		b.Fatal(err)
	}
	forEachSet(b, func(b *testing.B, _, paras []string, _ int) {
		n := 0
		for _, p := range paras {
			n += len(tok.Tokenize(p))
		}
		b.SetBytes(int64(len(strings.Join(paras, "\n"))))
		b.ReportAllocs()
		for b.Loop() {
			for _, p := range paras {
				tok.Tokenize(p)
			}
		}
		reportRate(b, n)
	})
}

// corpusPath is the project's labelled corpus, whose text column holds one
// sentence per row.
const corpusPath = "../datasets/corpus.csv"

// BenchmarkParseOneSentence parses every corpus sentence as an article of
// its own, the workload of predict used as a line filter over JSONL lines
// of one or a few sentences. ns/op is per article.
func BenchmarkParseOneSentence(b *testing.B) {
	f, err := os.Open(corpusPath)
	if err != nil {
		b.Skipf("no corpus: %v", err)
	}
	rows, err := csv.NewReader(f).ReadAll()
	f.Close()
	if err != nil {
		b.Fatal(err)
	}
	col := -1
	for i, name := range rows[0] {
		if name == "text" {
			col = i
		}
	}
	if col < 0 {
		b.Fatalf("%s has no text column", corpusPath)
	}
	var sentences []string
	for _, r := range rows[1:] {
		s, _ := Sanitize([]byte(r[col]))
		sentences = append(sentences, s)
	}
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		Parse(sentences[i%len(sentences)])
	}
}

// BenchmarkParseUNGDC parses every 20th UN General Debate speech, half of
// them hard-wrapped, to measure the cost of reflow on real PDF text.
func BenchmarkParseUNGDC(b *testing.B) {
	var speeches []string
	size, n := 0, 0
	forEachSpeech(b, 20, func(sp ungdcSpeech) {
		speeches = append(speeches, sp.Text)
		size += len(sp.Text)
		n += len(Parse(sp.Text).Sentences)
	})
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range speeches {
			Parse(s)
		}
	}
	reportRate(b, n)
}
