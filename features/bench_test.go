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

// BenchmarkExtractGroups is BenchmarkExtract with the optional groups the
// default model uses: CAMEO verb classes, voice and word clusters.
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
	e := NewExtractorGroups(FitVocabulary(s, DefaultVocabOptions), DefaultLexicon(), Groups{Verbs: DefaultVerbs(), Voice: true, Clusters: cl})
	var v Vector
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		v = e.ExtractInto(v, s[n%len(s)])
		n++
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "sentences/s")
}
