package chart

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"math"
	"os"
	"strings"
	"testing"

	"stance/report"
)

func readFiles(t *testing.T, paths ...string) *Table {
	t.Helper()
	tab := NewTable()
	for _, p := range paths {
		f, err := os.Open(p)
		if err != nil {
			t.Fatal(err)
		}
		err = tab.Read(f, p)
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
	}
	return tab
}

func TestReadFixture(t *testing.T) {
	tab := readFiles(t, "testdata/dyad_year.csv")
	if tab.Level != report.DyadLevel || tab.Unit != Year || tab.Undated != 1 {
		t.Fatalf("level %s unit %v undated %d", tab.Level, tab.Unit, tab.Undated)
	}
	got := tab.cells[cell{Key{"USA", "SUN"}, Period{Year, 1989}}]
	want := Totals{Sentences: 20, N: [3]int{4, 0, 0}, Sum: [3]float64{5, 2, 1}}
	if got == nil || *got != want {
		t.Errorf("USA:SUN 1989 = %+v, want %+v", got, want)
	}
	if tab.Name("SUN") != "Soviet Union" || tab.Name("XYZ") != "XYZ" {
		t.Errorf("names %q %q", tab.Name("SUN"), tab.Name("XYZ"))
	}
	act := readFiles(t, "testdata/actor_month.jsonl")
	if act.Level != report.ActorLevel || act.Unit != Month || act.Undated != 0 {
		t.Fatalf("actor: level %s unit %v undated %d", act.Level, act.Unit, act.Undated)
	}
	// Without sum columns the sums are mean × sentences.
	got = act.cells[cell{Key{Speaker: "PRK"}, Period{Month, 2020*12 + 2}}]
	if got == nil || got.Sentences != 2 || math.Abs(got.Sum[2]-1.5) > 1e-12 || got.N[2] != 2 {
		t.Errorf("PRK 2020-03 = %+v", got)
	}
}

// toJSONL turns a CSV fixture into JSONL as predict writes it, numbers
// unquoted, with the fields in reverse order: reading goes by name.
func toJSONL(t *testing.T, path string) []byte {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	recs, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	for _, rec := range recs[1:] {
		b.WriteByte('{')
		for i := len(rec) - 1; i >= 0; i-- {
			name, _ := json.Marshal(recs[0][i])
			val, _ := json.Marshal(rec[i])
			if _, err := ParsePeriod(rec[i]); err != nil && rec[i] != "" && !strings.ContainsAny(rec[i], "*ABCDEFGHIJKLMNOPQRSTUVWXYZ") {
				val = []byte(rec[i]) // a number
			}
			b.Write(name)
			b.WriteByte(':')
			b.Write(val)
			if i > 0 {
				b.WriteByte(',')
			}
		}
		b.WriteString("}\n")
	}
	return b.Bytes()
}

func TestReadCSVAndJSONLAgree(t *testing.T) {
	fromCSV := readFiles(t, "testdata/dyad_year.csv")
	fromJSONL := NewTable()
	if err := fromJSONL.Read(bytes.NewReader(toJSONL(t, "testdata/dyad_year.csv")), "x.jsonl"); err != nil {
		t.Fatal(err)
	}
	if len(fromCSV.cells) != len(fromJSONL.cells) || fromJSONL.Unit != Year || fromJSONL.Undated != 1 {
		t.Fatalf("cells %d vs %d", len(fromCSV.cells), len(fromJSONL.cells))
	}
	for k, v := range fromCSV.cells {
		if w := fromJSONL.cells[k]; w == nil || *w != *v {
			t.Errorf("%v: csv %+v jsonl %+v", k, v, w)
		}
	}
}

// Without --by, predict writes per-document rows and then the overall
// ones (doc "*"): only the overall ones count, else every sentence would
// count twice. A file of per-document rows alone adds them up.
func TestReadOverallRows(t *testing.T) {
	const hdr = "doc,actor,name,sentences,accusation,reassurance,threat,max_accusation,max_reassurance,max_threat,n_accusation,n_reassurance,n_threat,date,source,url\n"
	const docs = "a.txt,PRK,North Korea,4,0.5000,0,0,0.9,0,0,2,0,0,2022-07-03,,\n" +
		"b.txt,PRK,North Korea,6,0.2500,0,0,0.9,0,0,1,0,0,2022-07-04,,\n"
	const all = "*,PRK,North Korea,10,0.3500,0,0,0.9,0,0,3,0,0,,,\n"
	for _, tc := range []struct {
		name, in string
		files    int
		want     int
	}{
		{"with overall rows", hdr + docs + all, 1, 10},
		{"documents only", hdr + docs, 1, 10},
		{"two files", hdr + docs + all, 2, 20},
	} {
		tab := NewTable()
		for i := 0; i < tc.files; i++ {
			if err := tab.Read(strings.NewReader(tc.in), "in.csv"); err != nil {
				t.Fatal(err)
			}
		}
		got := tab.cells[cell{Key: Key{Speaker: "PRK"}}]
		if got == nil || got.Sentences != tc.want || got.N[0] != 3*tc.want/10 {
			t.Errorf("%s: %+v, want %d sentences", tc.name, got, tc.want)
		}
	}
}

// predict puts an apostrophe before a cell a spreadsheet would run as a
// formula; names read back without it.
func TestReadUnformula(t *testing.T) {
	in := "doc,actor,name,sentences,accusation,reassurance,threat,n_accusation,n_reassurance,n_threat\n" +
		"*,XYZ,'-Dash Front,1,0.5,0,0,1,0,0\n*,ABC,'Quoted,1,0.5,0,0,1,0,0\n"
	tab := NewTable()
	if err := tab.Read(strings.NewReader(in), "in.csv"); err != nil {
		t.Fatal(err)
	}
	if tab.Name("XYZ") != "-Dash Front" || tab.Name("ABC") != "'Quoted" {
		t.Errorf("names %q %q", tab.Name("XYZ"), tab.Name("ABC"))
	}
}

const jsonlOK = `{"doc":"*","actor":"PRK","name":"N","sentences":1,"accusation":0,"reassurance":0,"threat":0,"n_accusation":0,"n_reassurance":0,"n_threat":0}` + "\n"

func TestReadErrors(t *testing.T) {
	const hdr = "doc,period,speaker,speaker_name,target,target_name,sentences,accusation,reassurance,threat,n_accusation,n_reassurance,n_threat\n"
	const ok = "*,2020,PRK,North Korea,USA,United States,3,0.5,0.1,0.2,1,0,0\n"
	for _, tc := range []struct{ name, in, want string }{
		{"empty", "", "in.csv: empty input"},
		{"blank", " \n\n", "in.csv: empty input"},
		{"header only", hdr, "in.csv: no rows"},
		{"sentence level", "doc,sentence,text,speaker,target,accusation,reassurance,threat,label\na,1,x,,,0,0,0,neutral\n", "in.csv: sentence-level rows"},
		{"no header", ok, "in.csv: no actor column, nor speaker and target"},
		{"missing columns", "doc,actor,name,sentences,accusation,threat\n*,PRK,North Korea,1,0.5,0.5\n",
			"in.csv: missing column(s) n_accusation, reassurance, n_reassurance, n_threat"},
		{"field count", hdr + ok + "*,2020,PRK\n", "in.csv: line 3: wrong number of fields"},
		{"bad count", hdr + strings.Replace(ok, ",3,", ",three,", 1), `in.csv:2: sentences "three" is not a whole number`},
		{"n above sentences", hdr + strings.Replace(ok, ",1,0,0", ",4,0,0", 1), `in.csv:2: n_accusation "4" is not a whole number from 0 to 3`},
		{"mean above one", hdr + strings.Replace(ok, ",0.5,", ",1.5,", 1), `in.csv:2: accusation "1.5" is not a number from 0 to 1`},
		{"NaN mean", hdr + strings.Replace(ok, ",0.5,", ",NaN,", 1), `in.csv:2: accusation "NaN"`},
		{"bad period", hdr + strings.Replace(ok, "2020", "2020-13", 1), `in.csv:2: period "2020-13"`},
		{"mixed periods", hdr + ok + strings.Replace(ok, "2020", "2020-09", 1), `in.csv:3: period "2020-09" is a month, earlier periods are years`},
		{"empty code", hdr + strings.Replace(ok, "PRK", "", 1), "in.csv:2: empty speaker"},
		{"joined targets", hdr + strings.Replace(ok, "USA", "USA|KOR", 1), `in.csv:2: target "USA|KOR" is not one actor code`},
		{"jsonl not object", jsonlOK + "[1]\n", "in.csv: line 2: not a JSON object"},
		{"jsonl first not object", "{1}\n", "in.csv: line 1: not a JSON object"},
		{"jsonl missing columns", `{"doc":"*","actor":"PRK","name":"North Korea"}` + "\n", "in.csv: missing column(s) sentences"},
		{"jsonl missing field", `{"doc":"*","actor":"PRK","name":"N","sentences":1,"accusation":0,"reassurance":0,"threat":0,"n_accusation":0,"n_reassurance":0,"n_threat":0}` + "\n" +
			`{"doc":"*","actor":"PRK","name":"N","sentences":1,"accusation":0,"reassurance":0,"threat":0,"n_accusation":0,"n_reassurance":0}` + "\n", "in.csv:2: no n_threat field"},
		{"jsonl object value", `{"doc":"*","actor":{"a":1},"name":"N","sentences":1,"accusation":0,"reassurance":0,"threat":0,"n_accusation":0,"n_reassurance":0,"n_threat":0}` + "\n", "in.csv:1: empty actor"},
	} {
		err := NewTable().Read(strings.NewReader(tc.in), "in.csv")
		if err == nil || !strings.HasPrefix(err.Error(), tc.want) || strings.Contains(err.Error(), "\n") {
			t.Errorf("%s: error %v, want one line starting %q", tc.name, err, tc.want)
		}
	}
	// Inputs of different levels do not mix.
	tab := readFiles(t, "testdata/dyad_year.csv")
	f, _ := os.Open("testdata/actor_month.jsonl")
	defer f.Close()
	if err := tab.Read(f, "b.jsonl"); err == nil || !strings.Contains(err.Error(), "b.jsonl: actor-level rows, but the inputs before are dyad level") {
		t.Errorf("mixed levels: %v", err)
	}
}
