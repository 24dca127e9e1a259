package chart

import (
	"math"
	"strings"
	"testing"
)

var nan = math.NaN()

func sel(t *testing.T, spec string) Selector {
	t.Helper()
	s, err := ParseSelector(spec, strings.Contains(spec, ":"))
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func sameValues(got []Point, want []float64) bool {
	if len(got) != len(want) {
		return false
	}
	for i, p := range got {
		if math.IsNaN(want[i]) != math.IsNaN(p.Value) || !math.IsNaN(want[i]) && math.Abs(p.Value-want[i]) > 1e-9 {
			return false
		}
	}
	return true
}

func values(pts []Point) []float64 {
	v := make([]float64, len(pts))
	for i, p := range pts {
		v[i] = p.Value
	}
	return v
}

// The series run over every period from the first to the last of all
// lines drawn together; a period without sentences is NaN, never 0.
func TestSeries(t *testing.T) {
	dyad := readFiles(t, "testdata/dyad_year.csv")
	actor := readFiles(t, "testdata/actor_month.jsonl")
	for _, tc := range []struct {
		name    string
		tab     *Table
		sels    []string
		class   string
		measure Measure
		first   string
		want    [][]float64
		labels  []string
	}{
		{"merged codes, mean", dyad, []string{"USA:SUN+RUS", "SUN+RUS:USA"}, "accusation", Mean, "1988",
			[][]float64{{0.4, 0.25, 0.2, nan, 0.25, 0.5}, {0.6, 0.5, nan, 0.3, nan, 0.3}},
			[]string{"United States → Soviet Union/Russia", "Soviet Union/Russia → United States"}},
		{"count", dyad, []string{"USA:SUN+RUS"}, "accusation", Count, "1988",
			[][]float64{{4, 4, 1, nan, 2, 2}}, nil},
		{"share", dyad, []string{"USA:SUN+RUS"}, "accusation", Share, "1988",
			[][]float64{{0.4, 0.2, 0.1, nan, 0.25, 0.5}}, nil},
		{"one code", dyad, []string{"USA:SUN"}, "accusation", Mean, "1988",
			[][]float64{{0.4, 0.25, 0.2}}, []string{"United States → Soviet Union"}},
		{"range of all lines", dyad, []string{"PRK:USA", "USA:RUS"}, "reassurance", Mean, "1990",
			[][]float64{{0.1, 0.1, nan, nan}, {nan, nan, 0.1, 0.1}}, nil},
		{"actors by month", actor, []string{"PRK", "USA"}, "threat", Mean, "2020-01",
			[][]float64{{0.25, nan, 0.75, 0.1}, {nan, 0.2, 0.4, nan}}, []string{"North Korea", "United States"}},
		{"actors merged", actor, []string{"PRK+USA"}, "threat", Mean, "2020-01",
			[][]float64{{0.25, 0.2, 0.5, 0.1}}, []string{"North Korea/United States"}},
	} {
		var sels []Selector
		for _, s := range tc.sels {
			sels = append(sels, sel(t, s))
		}
		c, _ := ParseClass(tc.class)
		series, err := tc.tab.Series(sels, c, tc.measure)
		if err != nil {
			t.Errorf("%s: %v", tc.name, err)
			continue
		}
		for i, s := range series {
			if !sameValues(s.Points, tc.want[i]) || s.Points[0].Period.String() != tc.first {
				t.Errorf("%s: %s from %s = %v, want %v from %s", tc.name, s.Selector, s.Points[0].Period, values(s.Points), tc.want[i], tc.first)
			}
			if tc.labels != nil && s.Label != tc.labels[i] {
				t.Errorf("%s: label %q, want %q", tc.name, s.Label, tc.labels[i])
			}
		}
	}
}

// Each run between gaps becomes one line.
func TestRuns(t *testing.T) {
	tab := readFiles(t, "testdata/dyad_year.csv")
	series, err := tab.Series([]Selector{sel(t, "SUN+RUS:USA")}, 0, Mean)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, r := range runs(series[0].Points) {
		got = append(got, r[0].Period.String()+"-"+r[len(r)-1].Period.String())
	}
	if strings.Join(got, " ") != "1988-1989 1991-1991 1993-1993" {
		t.Errorf("runs %v", got)
	}
}

func TestSeriesErrors(t *testing.T) {
	dyad := readFiles(t, "testdata/dyad_year.csv")
	actor := readFiles(t, "testdata/actor_month.jsonl")
	noPeriod := NewTable()
	if err := noPeriod.Read(strings.NewReader("doc,actor,name,sentences,accusation,reassurance,threat,n_accusation,n_reassurance,n_threat\n*,PRK,N,1,0.5,0,0,1,0,0\n"), "old.csv"); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		tab  *Table
		sel  string
		want string
	}{
		{"unknown code", dyad, "USA:XYZ", "testdata/dyad_year.csv: no rows name the actor XYZ"},
		{"unknown codes", dyad, "USA:XYZ+ABC", "testdata/dyad_year.csv: no rows name the actor XYZ or ABC"},
		{"no rows for pair", dyad, "CUB:PRK", "testdata/dyad_year.csv: no dated rows for pair CUB:PRK"},
		{"undated only", dyad, "KOR:USA", "testdata/dyad_year.csv: no dated rows for pair KOR:USA"},
		{"actor on dyads", dyad, "USA", "testdata/dyad_year.csv: dyad-level rows need a pair"},
		{"pair on actors", actor, "PRK:USA", "testdata/actor_month.jsonl: actor-level rows have no targets"},
		{"no period column", noPeriod, "PRK", "old.csv: no period column (run predict with --by"},
	} {
		_, err := tc.tab.Series([]Selector{sel(t, tc.sel)}, 0, Mean)
		if err == nil || !strings.HasPrefix(err.Error(), tc.want) {
			t.Errorf("%s: error %v, want %q", tc.name, err, tc.want)
		}
	}
}

func TestParseSelector(t *testing.T) {
	for _, tc := range []struct {
		in   string
		pair bool
		ok   bool
	}{
		{"PRK:USA", true, true}, {"USA:SUN+RUS", true, true}, {"SUN+RUS", false, true},
		{"PRK", true, false}, {"PRK:", true, false}, {":USA", true, false}, {"A:B:C", true, false},
		{"USA+", false, false}, {"USA:SUN++RUS", true, false}, {"", false, false}, {"A B", false, false},
	} {
		s, err := ParseSelector(tc.in, tc.pair)
		if (err == nil) != tc.ok || tc.ok && s.String() != tc.in {
			t.Errorf("%q: %v %v", tc.in, s, err)
		}
	}
}

// The ranking puts the highest first; ties go to more sentences, then to
// the codes; pairs under the minimum are left out.
func TestTop(t *testing.T) {
	tab := readFiles(t, "testdata/dyad_year.csv")
	for _, tc := range []struct {
		measure Measure
		n, min  int
		want    string
	}{
		{Mean, 15, 10, "PRK:USA SUN:USA USA:RUS USA:SUN RUS:USA JPN:KOR KOR:JPN"},
		{Mean, 2, 10, "PRK:USA SUN:USA"},
		{Mean, 3, 0, "CUB:USA PRK:USA SUN:USA"},
		{Count, 4, 10, "SUN:USA PRK:USA USA:SUN USA:RUS"},
		{Share, 3, 1, "CUB:USA PRK:USA SUN:USA"},
	} {
		bars, err := tab.Top(0, tc.measure, tc.n, tc.min)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, b := range bars {
			got = append(got, b.Key.Speaker+":"+b.Key.Target)
		}
		if strings.Join(got, " ") != tc.want {
			t.Errorf("%s n=%d min=%d: %v, want %s", tc.measure, tc.n, tc.min, got, tc.want)
		}
	}
	bars, _ := tab.Top(0, Mean, 1, 10)
	if bars[0].Label != "North Korea → United States" || math.Abs(bars[0].Value-0.78) > 1e-9 || bars[0].Totals.Sentences != 15 {
		t.Errorf("top bar %+v", bars[0])
	}
	if _, err := tab.Top(0, Mean, 5, 100); err == nil || !strings.HasPrefix(err.Error(), "testdata/dyad_year.csv: no pair has 100 or more sentences") {
		t.Errorf("empty ranking: %v", err)
	}
}
