package report

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"math"
	"strconv"
	"strings"
	"testing"
)

func TestSpreadsheetSafe(t *testing.T) {
	cases := []struct{ in, want string }{
		{"=HYPERLINK(\"x\")", "'=HYPERLINK(\"x\")"},
		{"+44 1234", "'+44 1234"},
		{"-1", "'-1"},
		{"@SUM(A1)", "'@SUM(A1)"},
		{"\t=1", "'\t=1"},
		{"Kyiv said", "Kyiv said"},
		{"0.1234", "0.1234"},
		{"", ""},
	}
	for _, c := range cases {
		if got := SpreadsheetSafe(c.in); got != c.want {
			t.Errorf("SpreadsheetSafe(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

var sents = []Sentence{
	{Index: 1, Text: `He said "no", then left.`, Speaker: "PRK", Targets: []string{"USA", "KOR"}, Scores: [3]float64{0.9, 0.1, 0.6}, Labels: [3]bool{true, false, true}},
	{Index: 2, Text: "=cmd", Speaker: "PRK", Targets: []string{"USA"}, Scores: [3]float64{0.5, 0.3, 0.2}, Labels: [3]bool{true, false, false}},
	{Index: 3, Text: "Unattributed.", Scores: [3]float64{0.1, 0.1, 0.1}},
	{Index: 4, Text: "Seoul replied.", Speaker: "KOR", Targets: []string{"PRK"}, Scores: [3]float64{0.2, 0.8, 0.1}, Labels: [3]bool{false, true, false}},
}

func render(t *testing.T, opt Options, docs ...Document) string {
	t.Helper()
	var buf bytes.Buffer
	r, err := New(&buf, opt)
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range docs {
		if err := r.Document(d, sents); err != nil {
			t.Fatal(err)
		}
	}
	if err := r.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

func TestLevels(t *testing.T) {
	d := Document{ID: "a1", Date: "2024-01-02", Source: "wire", URL: "http://x"}
	cases := []struct {
		opt  Options
		want string
	}{
		{Options{Level: SentenceLevel, Format: CSV, Header: true},
			"doc,sentence,text,speaker,target,accusation,reassurance,threat,label,date,source,url\n" +
				"a1,1,\"He said \"\"no\"\", then left.\",PRK,USA|KOR,0.9000,0.1000,0.6000,accusation|threat,2024-01-02,wire,http://x\n" +
				"a1,2,'=cmd,PRK,USA,0.5000,0.3000,0.2000,accusation,2024-01-02,wire,http://x\n" +
				"a1,3,Unattributed.,,,0.1000,0.1000,0.1000,neutral,2024-01-02,wire,http://x\n" +
				"a1,4,Seoul replied.,KOR,PRK,0.2000,0.8000,0.1000,reassurance,2024-01-02,wire,http://x\n"},
		{Options{Level: ActorLevel, Format: CSV, Header: false},
			"a1,KOR,KOR,1,0.2000,0.8000,0.1000,0.2000,0.8000,0.1000,0,1,0,0.2000,0.8000,0.1000,2024-01-02,wire,http://x\n" +
				"a1,PRK,PRK,2,0.7000,0.2000,0.4000,0.9000,0.3000,0.6000,2,0,1,1.4000,0.4000,0.8000,2024-01-02,wire,http://x\n" +
				"*,KOR,KOR,1,0.2000,0.8000,0.1000,0.2000,0.8000,0.1000,0,1,0,0.2000,0.8000,0.1000,,,\n" +
				"*,PRK,PRK,2,0.7000,0.2000,0.4000,0.9000,0.3000,0.6000,2,0,1,1.4000,0.4000,0.8000,,,\n"},
		{Options{Level: DyadLevel, Format: CSV, Header: false, Name: func(c string) string { return "n" + c }},
			"a1,KOR,nKOR,PRK,nPRK,1,0.2000,0.8000,0.1000,0.2000,0.8000,0.1000,0,1,0,0.2000,0.8000,0.1000,2024-01-02,wire,http://x\n" +
				"a1,PRK,nPRK,KOR,nKOR,1,0.9000,0.1000,0.6000,0.9000,0.1000,0.6000,1,0,1,0.9000,0.1000,0.6000,2024-01-02,wire,http://x\n" +
				"a1,PRK,nPRK,USA,nUSA,2,0.7000,0.2000,0.4000,0.9000,0.3000,0.6000,2,0,1,1.4000,0.4000,0.8000,2024-01-02,wire,http://x\n" +
				"*,KOR,nKOR,PRK,nPRK,1,0.2000,0.8000,0.1000,0.2000,0.8000,0.1000,0,1,0,0.2000,0.8000,0.1000,,,\n" +
				"*,PRK,nPRK,KOR,nKOR,1,0.9000,0.1000,0.6000,0.9000,0.1000,0.6000,1,0,1,0.9000,0.1000,0.6000,,,\n" +
				"*,PRK,nPRK,USA,nUSA,2,0.7000,0.2000,0.4000,0.9000,0.3000,0.6000,2,0,1,1.4000,0.4000,0.8000,,,\n"},
	}
	for _, c := range cases {
		if got := render(t, c.opt, d); got != c.want {
			t.Errorf("%s level:\n got:\n%s\nwant:\n%s", c.opt.Level, got, c.want)
		}
	}
}

func TestOverallSumsDocuments(t *testing.T) {
	out := render(t, Options{Level: ActorLevel, Format: CSV}, Document{ID: "a"}, Document{ID: "b"})
	if !strings.Contains(out, "*,PRK,PRK,4,0.7000,") {
		t.Errorf("overall PRK row should count 4 sentences over two documents:\n%s", out)
	}
}

func TestJSONL(t *testing.T) {
	out := render(t, Options{Level: SentenceLevel, Format: JSONL, Explain: true}, Document{ID: "é\"1"})
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 4 {
		t.Fatalf("%d lines", len(lines))
	}
	var row map[string]any
	if err := json.Unmarshal([]byte(lines[0]), &row); err != nil {
		t.Fatalf("%v: %s", err, lines[0])
	}
	if row["doc"] != "é\"1" || row["accusation"] != 0.9 || row["sentence"] != 1.0 || row["target"] != "USA|KOR" || row["explain"] != "" {
		t.Errorf("row %v", row)
	}
}

func TestTableDropsEmptyColumns(t *testing.T) {
	out := render(t, Options{Level: ActorLevel, Format: Table, Header: true}, Document{ID: "a"})
	lines := strings.Split(out, "\n")
	if !strings.HasPrefix(lines[0], "doc  actor  name") || strings.Contains(lines[0], "url") {
		t.Errorf("header %q", lines[0])
	}
	if len(lines[1]) != len(strings.TrimRight(lines[1], " ")) {
		t.Errorf("trailing spaces in %q", lines[1])
	}
}

func TestParse(t *testing.T) {
	if _, err := ParseLevel("paragraph"); err == nil {
		t.Error("ParseLevel accepted paragraph")
	}
	if _, err := ParseFormat("xml"); err == nil {
		t.Error("ParseFormat accepted xml")
	}
}

// BenchmarkSentenceCSV measures writing sentence rows.
func BenchmarkSentenceCSV(b *testing.B) {
	var buf bytes.Buffer
	r, _ := New(&buf, Options{Level: SentenceLevel, Format: CSV})
	d := Document{ID: "doc"}
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		buf.Reset()
		r.Document(d, sents)
		n += len(sents)
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "sentences/s")
}

// TestScore checks the fast score formatting against strconv on values
// that round up, down and on exact or near ties, on a sweep of [0, 1] and
// on sums as large as a long run's.
func TestScore(t *testing.T) {
	values := []float64{0, math.Copysign(0, -1), -0.00001, math.NaN(), 1, 0.5, 0.00005, 0.00015, 0.12345, 0.99995, 0.999949999, 0.4999500000001,
		math.Nextafter(0.00005, 0), math.Nextafter(0.00005, 1), 1e-300, math.Nextafter(1, 0), 0.28, 0.35}
	for i := 0; i <= 200_000; i++ {
		values = append(values, float64(i)/200_000, float64(i)/200_000+1e-13)
		// Sums of scores, up to millions of sentences.
		values = append(values, float64(i)*0.77773, float64(i)*31.00005, float64(i)*float64(i)*1.3+0.00005, float64(i)/3*1e5)
	}
	values = append(values, 1e11, math.Nextafter(1e11, 0), 12345678.00005, 99999.99995, 9.99995, 10.00005, math.Inf(1))
	for _, v := range values {
		if got, want := score(v), strconv.FormatFloat(v, 'f', 4, 64); got != want {
			t.Fatalf("score(%v) = %s, want %s", v, got, want)
		}
	}
}

// FuzzScore checks any float, in range or not, against strconv.
func FuzzScore(f *testing.F) {
	f.Add(0.5)
	f.Add(0.00005)
	f.Fuzz(func(t *testing.T, v float64) {
		if got, want := score(v), strconv.FormatFloat(v, 'f', 4, 64); got != want {
			t.Fatalf("score(%v) = %s, want %s", v, got, want)
		}
	})
}

// csvLikeEncoding writes rows with encoding/csv, each cell SpreadsheetSafe:
// what the CSV writer must produce byte for byte.
func csvLikeEncoding(rows [][]string) string {
	var sb strings.Builder
	w := csv.NewWriter(&sb)
	for _, row := range rows {
		safe := make([]string, len(row))
		for i, v := range row {
			safe[i] = SpreadsheetSafe(v)
		}
		w.Write(safe)
	}
	w.Flush()
	return sb.String()
}

func writeCSV(t testing.TB, rows [][]string) string {
	var sb strings.Builder
	w, err := NewWriter(&sb, CSV, make([]Column, len(rows[0])), false)
	if err != nil {
		t.Fatal(err)
	}
	for _, row := range rows {
		if err := w.Write(row); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	return sb.String()
}

// TestCSVMatchesEncodingCSV checks the CSV writer against encoding/csv on
// the cells that need care: quotes, commas, line breaks, leading space,
// formulas, `\.`, and non-ASCII.
func TestCSVMatchesEncodingCSV(t *testing.T) {
	rows := [][]string{
		{"a-1", "1", `Kyiv said the strike was "a war crime", adding more.`, "UKR", "RUS|BLR", "0.7838", "0.0086", "0.0180", "accusation", "", "", ""},
		{"", " leading space", "\u00a0no-break first", "line\nbreak", "cr\rhere", `\.`, `'\.`, "=SUM(A1)", "-3", "+x", "@y", "\tz"},
		{"=\"quoted formula\"", "-a,b", "tail space ", "“curly”", "Taiwan’s", "...", "a\"\"b", "\r\n", ",", `"`, "x", "日本"},
	}
	if got, want := writeCSV(t, rows), csvLikeEncoding(rows); got != want {
		t.Errorf("got\n%q\nwant\n%q", got, want)
	}
}

// FuzzCSV compares the CSV writer with encoding/csv on any three cells.
func FuzzCSV(f *testing.F) {
	f.Add("plain", "with, comma", `"quoted"`)
	f.Add(" x", "=1+1", "a\nb")
	f.Fuzz(func(t *testing.T, a, b, c string) {
		rows := [][]string{{a, b, c}}
		if got, want := writeCSV(t, rows), csvLikeEncoding(rows); got != want {
			t.Fatalf("%q: got %q, want %q", rows, got, want)
		}
	})
}
