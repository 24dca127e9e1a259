package actors

import (
	"bytes"
	"path/filepath"
	"testing"
	"time"
)

// benchSentences are news sentences of typical length and structure,
// written for the benchmarks (and reused as fuzz seeds).
var benchSentences = []string{
	"North Korea's foreign ministry accused the United States on Sunday of staging provocative military drills with South Korea and Japan near the peninsula.",
	"“The US is playing with fire, and it will be burnt,” a North Korean spokesperson was quoted as saying by KCNA.",
	"Pyongyang, which sees US-led military exercises in the region as an invasion rehearsal, slammed Washington for flying nuclear-capable bombers over the peninsula.",
	"It also warned that Seoul would pay a heavy price if it continued to send propaganda leaflets across the border.",
	"Washington has no hostile intentions towards Pyongyang, a State Department spokesperson said in response to questions from reporters on Monday.",
	"South Korean President Yoon Suk Yeol urged the North to return to dialogue and said his government would respond firmly to any provocation.",
	"China fired ballistic missiles into the waters around Taiwan on Thursday as it began its largest military exercises near the island in decades.",
	"Beijing will never be the first to use nuclear weapons under any circumstances, the defence ministry repeated on Tuesday in a statement posted online.",
	"Japan's chief cabinet secretary told reporters that Tokyo had lodged a strong protest with Beijing through diplomatic channels over the incursion.",
	"The European Union said it was deeply concerned about Moscow's repeated strikes on Ukrainian power stations and called for an immediate halt.",
	"Russian-backed separatists accused Ukraine of shelling a crowded market in Donetsk, killing at least a dozen civilians, a claim Kyiv denied.",
	"Speaking in Tokyo after talks with his Japanese counterpart, Blinken said the United States would defend its allies against any attack from the North.",
	"Israel blamed Hezbollah for the rocket fire that killed twelve children on a football pitch in the Golan Heights and vowed to make the group pay.",
	"Iran's supreme leader Ali Khamenei said on Wednesday that Tehran would respond to the killing of its commanders at a time of its choosing.",
	"India condemned the attack in Kashmir as cross-border terrorism and said Pakistan would be held responsible for harbouring the militants behind it.",
	"The US, Britain and Australia announced a new security partnership in the Indo-Pacific, which China criticised as a relic of Cold War thinking.",
	"According to Seoul's military, the North fired several hundred artillery shells near the disputed maritime border with the South early on Friday.",
	"Analysts said the launch showed that Pyongyang's missile programme had advanced faster than expected despite years of international sanctions.",
	"Venezuela was warned by the United States against any attempt to annex the oil-rich Essequibo region that Guyana has administered for decades.",
	"The Philippines summoned China's ambassador on Tuesday, accusing Chinese coast guard vessels of ramming and water-cannoning a resupply boat.",
	"Zelensky said Ukraine needed more air defence systems from its Western partners and warned that Russia was preparing a new offensive in the east.",
	"Turkey's president, Recep Tayyip Erdogan, told Sweden that Ankara would not approve its bid to join NATO until it cracked down on Kurdish militants.",
	"The drills involved about 30,000 troops, dozens of warships and more than 100 aircraft, making them the largest held in the region this year.",
	"“We are ready to talk at any time, but we will never accept being treated as a colony,” the Colombian president told a crowd in Bogota.",
}

// BenchmarkDefault parses the embedded gazetteer (not the cached copy), as
// every process start does once.
func BenchmarkDefault(b *testing.B) {
	b.ReportAllocs()
	b.SetBytes(int64(len(defaultCSV)))
	for i := 0; i < b.N; i++ {
		if _, err := Parse(bytes.NewReader(defaultCSV), "gazetteer.csv"); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkDefaultHistory parses the embedded gazetteer with the imported
// office-holders, as a process does once on its first sentence dated
// before 2014.
func BenchmarkDefaultHistory(b *testing.B) {
	b.ReportAllocs()
	b.SetBytes(int64(len(defaultCSV) + len(phoenixCSV)))
	for i := 0; i < b.N; i++ {
		if _, err := parseDefault(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkFind measures mention finding; one op is one sentence.
func BenchmarkFind(b *testing.B) {
	g, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	date := time.Date(2024, 6, 1, 0, 0, 0, 0, time.UTC)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		g.Find(benchSentences[i%len(benchSentences)], date)
	}
}

// BenchmarkFindHistory is BenchmarkFind on a date before 2014, when the
// sentence is looked up again in the gazetteer with the imported
// office-holders.
func BenchmarkFindHistory(b *testing.B) {
	g, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	date := time.Date(1985, 6, 1, 0, 0, 0, 0, time.UTC)
	g.Find(benchSentences[0], date) // builds the history gazetteer
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		g.Find(benchSentences[i%len(benchSentences)], date)
	}
}

// BenchmarkAttribute measures attribution of the sentences as one running
// document; one op is one sentence (about 25 words on average).
func BenchmarkAttribute(b *testing.B) {
	g, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	a := NewAttributor(g)
	date := time.Date(2024, 6, 1, 0, 0, 0, 0, time.UTC)
	words := 0
	for _, s := range benchSentences {
		words += len(tokenize(s, nil))
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		k := i % len(benchSentences)
		if k == 0 {
			a.Reset()
		}
		a.Attribute(benchSentences[k], date)
	}
	b.ReportMetric(float64(words)/float64(len(benchSentences)), "tokens/sentence")
}

// BenchmarkAttributeCorpus attributes every sentence of the project's corpus
// (../datasets/corpus.csv) on its own, as the predict pipeline does: Reset
// before each, no date. One op is the whole corpus; ns/sentence is the
// figure to compare with the pipeline's per-sentence budget.
func BenchmarkAttributeCorpus(b *testing.B) {
	g, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	rows, err := readGoldCSV(filepath.Join("..", "datasets", "corpus.csv"))
	if err != nil {
		b.Skipf("corpus not readable: %v", err)
	}
	texts := make([]string, len(rows))
	for i, row := range rows {
		texts[i] = row["text"]
	}
	a := NewAttributor(g)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, s := range texts {
			a.Reset()
			a.Attribute(s, time.Time{})
		}
	}
	n := float64(b.N) * float64(len(texts))
	b.ReportMetric(b.Elapsed().Seconds()*1e9/n, "ns/sentence")
	b.ReportMetric(n/b.Elapsed().Seconds(), "sentences/s")
}
