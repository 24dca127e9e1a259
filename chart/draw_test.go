package chart

import (
	"bytes"
	"encoding/xml"
	"io"
	"strings"
	"testing"

	"gonum.org/v1/plot"
)

func fixturePlots(t *testing.T) map[string]*plot.Plot {
	t.Helper()
	tab := readFiles(t, "testdata/dyad_year.csv")
	o := Options{Measure: Mean, Width: 800, Height: 450}
	series, err := tab.Series([]Selector{sel(t, "USA:SUN+RUS"), sel(t, "SUN+RUS:USA"), sel(t, "PRK:USA")}, 0, Mean)
	if err != nil {
		t.Fatal(err)
	}
	sp, err := SeriesPlot(series, o)
	if err != nil {
		t.Fatal(err)
	}
	bars, err := tab.Top(0, Mean, 15, 10)
	if err != nil {
		t.Fatal(err)
	}
	tp, err := TopPlot(bars, o)
	if err != nil {
		t.Fatal(err)
	}
	return map[string]*plot.Plot{"series": sp, "top": tp}
}

// Each format gives a file of its type, and the same data give the same
// bytes (PDF files carry no clock time).
func TestWriteFormats(t *testing.T) {
	o := Options{Width: 800, Height: 450}
	for name, p := range fixturePlots(t) {
		for _, f := range []Format{PNG, SVG, PDF} {
			var a, b bytes.Buffer
			if err := Write(&a, p, f, o); err != nil {
				t.Fatalf("%s %s: %v", name, f, err)
			}
			if err := Write(&b, p, f, o); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(a.Bytes(), b.Bytes()) {
				t.Errorf("%s %s: two renderings differ", name, f)
			}
			switch f {
			case PNG:
				if !bytes.HasPrefix(a.Bytes(), []byte("\x89PNG\r\n\x1a\n")) {
					t.Errorf("%s: not a PNG", name)
				}
			case PDF:
				if !bytes.HasPrefix(a.Bytes(), []byte("%PDF-")) || !bytes.Contains(a.Bytes(), []byte("%%EOF")) {
					t.Errorf("%s: not a PDF", name)
				}
			case SVG:
				if root := xmlRoot(t, a.Bytes()); root != "svg" {
					t.Errorf("%s: SVG root element %q", name, root)
				}
			}
		}
	}
}

// xmlRoot parses the whole document and returns its root element's name.
func xmlRoot(t *testing.T, b []byte) string {
	t.Helper()
	d := xml.NewDecoder(bytes.NewReader(b))
	root := ""
	for {
		tok, err := d.Token()
		if err == io.EOF {
			return root
		}
		if err != nil {
			t.Fatalf("SVG does not parse: %v", err)
		}
		if se, ok := tok.(xml.StartElement); ok && root == "" {
			root = se.Name.Local
		}
	}
}

func TestFormatOf(t *testing.T) {
	for in, want := range map[string]Format{"a.svg": SVG, "b/c.PNG": PNG, "d.pdf": PDF, "e.jpg": "", "noext": ""} {
		f, err := FormatOf(in)
		if f != want || (err == nil) != (want != "") {
			t.Errorf("%s: %q %v", in, f, err)
		}
	}
}

// The time axis is labelled with periods as predict writes them, at a
// round step.
func TestPeriodTicks(t *testing.T) {
	label := func(u Unit, from, to string, maxLabels int) string {
		a, _ := ParsePeriod(from)
		b, _ := ParsePeriod(to)
		var got []string
		for _, tk := range (periodTicks{u, maxLabels}).Ticks(x(a), x(b)) {
			if tk.Label != "" {
				got = append(got, tk.Label)
			}
		}
		return strings.Join(got, " ")
	}
	for _, tc := range []struct {
		u        Unit
		from, to string
		max      int
		want     string
	}{
		{Year, "1946", "2018", 10, "1950 1960 1970 1980 1990 2000 2010"},
		{Year, "1988", "1993", 16, "1988 1989 1990 1991 1992 1993"},
		{Month, "2019-11", "2020-12", 6, "2020-01 2020-04 2020-07 2020-10"},
		{Day, "2020-01-01", "2020-01-03", 6, "2020-01-01 2020-01-02 2020-01-03"},
		{Week, "2020-W50", "2021-W02", 8, "2020-W50 2020-W51 2020-W52 2020-W53 2021-W01 2021-W02"},
	} {
		if got := label(tc.u, tc.from, tc.to, tc.max); got != tc.want {
			t.Errorf("%v %s..%s: %q, want %q", tc.u, tc.from, tc.to, got, tc.want)
		}
	}
}
