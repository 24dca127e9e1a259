package features

import (
	"encoding/csv"
	"os"
	"testing"
)

func benchSentences(b *testing.B) []string {
	f, err := os.Open("../datasets/corpus.csv")
	if err != nil {
		b.Skip("no shipped corpus:", err)
	}
	defer f.Close()
	recs, err := csv.NewReader(f).ReadAll()
	if err != nil {
		b.Fatal(err)
	}
	var out []string
	for _, r := range recs[1:] {
		out = append(out, r[1])
	}
	return out
}

// BenchmarkExtract measures feature extraction (normalise, tokenise, stem,
// bag of words, cue phrases) per sentence, with a vocabulary fitted on the
// same sentences.
func BenchmarkExtract(b *testing.B) {
	s := benchSentences(b)
	e := NewExtractor(FitVocabulary(s, DefaultVocabOptions), DefaultLexicon())
	var v Vector
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		v = e.ExtractInto(v, s[n%len(s)])
		n++
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "sentences/s")
}

// BenchmarkTokenize measures tokenising and stemming alone.
func BenchmarkTokenize(b *testing.B) {
	s := benchSentences(b)
	var toks []Token
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		toks = Tokenize(toks[:0], Normalize(s[n%len(s)]))
		n++
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "sentences/s")
}

// BenchmarkExtractGroups is BenchmarkExtract with optional groups: the
// voice features alone, as the default model has them, and all three
// (CAMEO verb classes, voice, word clusters).
func BenchmarkExtractGroups(b *testing.B) {
	s := benchSentences(b)
	f, err := os.Open("../datasets/clusters/ungdc.clusters")
	if err != nil {
		b.Skip("no clusters file:", err)
	}
	defer f.Close()
	cl, err := ReadClusters(f, "ungdc.clusters")
	if err != nil {
		b.Fatal(err)
	}
	vocab := FitVocabulary(s, DefaultVocabOptions)
	for _, c := range []struct {
		name string
		g    Groups
	}{
		{"voice", Groups{Voice: true}},
		{"all", Groups{Verbs: DefaultVerbs(), Voice: true, Clusters: cl}},
	} {
		b.Run(c.name, func(b *testing.B) {
			e := NewExtractorGroups(vocab, DefaultLexicon(), c.g)
			var v Vector
			b.ReportAllocs()
			n := 0
			for b.Loop() {
				v = e.ExtractInto(v, s[n%len(s)])
				n++
			}
			b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "sentences/s")
		})
	}
}
