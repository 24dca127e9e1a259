package report

import (
	"bytes"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestPeriodKey(t *testing.T) {
	cases := []struct {
		date string
		by   Period
		want string // "" for undated
	}{
		// ISO weeks around new year: the week-year is not the calendar year.
		{"2020-12-31", Week, "2020-W53"},
		{"2021-01-01", Week, "2020-W53"},
		{"2021-01-03", Week, "2020-W53"}, // a Sunday ends the week
		{"2021-01-04", Week, "2021-W01"}, // a Monday starts one
		{"2019-12-29", Week, "2019-W52"},
		{"2019-12-30", Week, "2020-W01"},
		{"2018-12-31", Week, "2019-W01"},
		{"2024-12-30", Week, "2025-W01"},
		{"2016-01-03", Week, "2015-W53"},
		{"2027-01-01", Week, "2026-W53"},
		{"2020-09-25", Week, "2020-W39"},
		{"2020-02-29", Week, "2020-W09"},
		{"2020-09-25", Day, "2020-09-25"},
		{"2020-09-25", Month, "2020-09"},
		{"2020-09-25", Year, "2020"},
		{"2020-09-25T23:30:00-05:00", Day, "2020-09-25"}, // the date as written
		{"2020-09-25 08:00:00", Month, "2020-09"},
		// Coarse dates: a speech dated by its year only.
		{"2018", Year, "2018"},
		{"2018", Month, ""},
		{"2018", Week, ""},
		{"2018-09", Month, "2018-09"},
		{"2018-09", Year, "2018"},
		{"2018-09", Day, ""},
		{"2018-09", Week, ""},
		// Malformed dates.
		{"", Year, ""},
		{"18", Year, ""},
		{"2018-9", Year, ""},
		{"2018-13", Month, ""},
		{"2018-00-10", Year, ""},
		{"2021-02-29", Day, ""},
		{"2018-04-31", Month, ""},
		{"2018/09/25", Year, ""},
		{"2018-09-25x", Day, ""},
		{"Sept. 25, 2018", Year, ""},
		{"20x8", Year, ""},
	}
	for _, c := range cases {
		got, ok := PeriodKey(c.date, c.by)
		if got != c.want || ok != (c.want != "") {
			t.Errorf("PeriodKey(%q, %s) = %q, %v; want %q", c.date, c.by, got, ok, c.want)
		}
	}
	if _, err := ParsePeriod("quarter"); err == nil {
		t.Error("ParsePeriod accepted quarter")
	}
}

// TestBySeries totals the sentences of documents dated in two months of
// two years, one dated by its year only and one undated.
func TestBySeries(t *testing.T) {
	docs := []Document{
		{ID: "a", Date: "2020-12-30", Source: "wire"},
		{ID: "b", Date: "2021-01-05"},
		{ID: "c", Date: "2021-01-20T10:00:00Z"},
		{ID: "d", Date: "2021"},
		{ID: "e"},
	}
	const (
		kor1 = "1,0.2000,0.8000,0.1000,0.2000,0.8000,0.1000,0,1,0,0.2000,0.8000,0.1000,,,\n"
		kor2 = "2,0.2000,0.8000,0.1000,0.2000,0.8000,0.1000,0,2,0,0.4000,1.6000,0.2000,,,\n"
		kor3 = "3,0.2000,0.8000,0.1000,0.2000,0.8000,0.1000,0,3,0,0.6000,2.4000,0.3000,,,\n"
		prk2 = "2,0.7000,0.2000,0.4000,0.9000,0.3000,0.6000,2,0,1,1.4000,0.4000,0.8000,,,\n"
		prk4 = "4,0.7000,0.2000,0.4000,0.9000,0.3000,0.6000,4,0,2,2.8000,0.8000,1.6000,,,\n"
		one  = "1,0.9000,0.1000,0.6000,0.9000,0.1000,0.6000,1,0,1,0.9000,0.1000,0.6000,,,\n"
	)
	cases := []struct {
		opt     Options
		want    string
		undated int
	}{
		{Options{Level: ActorLevel, Format: CSV, Header: true, By: Month},
			"doc,period,actor,name,sentences,accusation,reassurance,threat,max_accusation,max_reassurance,max_threat,n_accusation,n_reassurance,n_threat,sum_accusation,sum_reassurance,sum_threat,date,source,url\n" +
				"*,2020-12,KOR,KOR," + kor1 +
				"*,2020-12,PRK,PRK," + prk2 +
				"*,2021-01,KOR,KOR," + kor2 +
				"*,2021-01,PRK,PRK," + prk4 +
				"*,,KOR,KOR," + kor2 + // undated last
				"*,,PRK,PRK," + prk4,
			2},
		{Options{Level: DyadLevel, Format: CSV, By: Year},
			"*,2020,KOR,KOR,PRK,PRK," + kor1 +
				"*,2020,PRK,PRK,KOR,KOR," + one +
				"*,2020,PRK,PRK,USA,USA," + prk2 +
				"*,2021,KOR,KOR,PRK,PRK," + kor3 +
				"*,2021,PRK,PRK,KOR,KOR," + "3,0.9000,0.1000,0.6000,0.9000,0.1000,0.6000,3,0,3,2.7000,0.3000,1.8000,,,\n" +
				"*,2021,PRK,PRK,USA,USA," + "6,0.7000,0.2000,0.4000,0.9000,0.3000,0.6000,6,0,3,4.2000,1.2000,2.4000,,,\n" +
				"*,,KOR,KOR,PRK,PRK," + kor1 +
				"*,,PRK,PRK,KOR,KOR," + one +
				"*,,PRK,PRK,USA,USA," + prk2,
			1},
	}
	for _, c := range cases {
		var buf bytes.Buffer
		r, err := New(&buf, c.opt)
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
		if got := buf.String(); got != c.want {
			t.Errorf("%s by %s:\n got:\n%s\nwant:\n%s", c.opt.Level, c.opt.By, got, c.want)
		}
		if r.Undated() != c.undated {
			t.Errorf("%s by %s: Undated() = %d, want %d", c.opt.Level, c.opt.By, r.Undated(), c.undated)
		}
	}
	if _, err := New(&bytes.Buffer{}, Options{Level: SentenceLevel, Format: CSV, By: Day}); err == nil {
		t.Error("sentence rows by day accepted")
	}
}

func TestFitColumns(t *testing.T) {
	actor := Columns(Options{Level: ActorLevel})
	sentence := Columns(Options{Level: SentenceLevel})
	widthsOf := func(cols []Column, w map[string]int, def int) []int {
		out := make([]int, len(cols))
		for i, c := range cols {
			out[i] = def
			if v, ok := w[c.Name]; ok {
				out[i] = v
			}
		}
		return out
	}
	actorW := widthsOf(actor, map[string]int{"source": -1}, 10)
	sentW := widthsOf(sentence, map[string]int{"sentence": 8, "text": 60, "speaker": 7, "label": 11, "source": -1, "url": -1}, 10)
	const scores = "accusation reassurance threat"
	cases := []struct {
		name  string
		cols  []Column
		width []int
		total int
		want  string // the columns kept, with the text column's width when narrowed
	}{
		{"keys overflow", actor, actorW, 20, "doc actor"},
		{"keys and scores exactly", actor, actorW, 58, "doc actor " + scores},
		{"then the sentence count", actor, actorW, 70, "doc actor sentences " + scores},
		{"a narrower group further down", actor, actorW, 100, "doc actor name sentences " + scores + " date"},
		{"everything", actor, actorW, 400, "doc actor name sentences " + scores + " max_accusation max_reassurance max_threat n_accusation n_reassurance n_threat sum_accusation sum_reassurance sum_threat date url"},
		{"no room for text", sentence, sentW, 80, "doc sentence speaker target " + scores},
		{"no room for the target", sentence, sentW, 66, "doc sentence speaker " + scores},
		{"an empty key left out", sentence, widthsOf(sentence, map[string]int{"sentence": 8, "speaker": -1, "text": 60, "source": -1, "url": -1}, 10), 70, "doc sentence target " + scores},
		{"text narrowed", sentence, sentW, 120, "doc sentence text:41 speaker target " + scores},
		{"text whole", sentence, sentW, 200, "doc sentence text speaker target " + scores + " label date"},
	}
	for _, c := range cases {
		out := fitColumns(c.cols, c.width, c.total)
		var kept []string
		line := -2
		for i, w := range out {
			if w < 0 {
				continue
			}
			name := c.cols[i].Name
			if w != c.width[i] {
				name += ":" + strconv.Itoa(w)
			}
			kept = append(kept, name)
			line += w + 2
		}
		if got := strings.Join(kept, " "); got != c.want {
			t.Errorf("%s (width %d): kept %q, want %q", c.name, c.total, got, c.want)
		}
		if line > c.total && c.name != "keys overflow" {
			t.Errorf("%s: lines %d wide, over %d", c.name, line, c.total)
		}
	}
}

// TestTableFitsWidth renders tables at several widths: every line fits,
// the document is shown by its base name, the scores from 80 characters
// on, and width 0 keeps every column.
func TestTableFitsWidth(t *testing.T) {
	d := Document{ID: "news/2024/a1.txt", Date: "2024-01-02", Source: "wire", URL: "http://x"}
	for _, level := range []Level{SentenceLevel, ActorLevel, DyadLevel} {
		for _, width := range []int{60, 80, 120, 160} {
			out := render(t, Options{Level: level, Format: Table, Header: true, TableWidth: width}, d)
			lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
			for _, l := range lines {
				if n := utf8.RuneCountInString(l); n > width {
					t.Errorf("%s at %d: line %d wide: %q", level, width, n, l)
				}
			}
			if width >= 80 && !strings.Contains(lines[0], "accusation") || !strings.HasPrefix(lines[1], "a1.txt ") {
				t.Errorf("%s at %d: want the scores and the base name:\n%s", level, width, out)
			}
		}
		full := render(t, Options{Level: level, Format: Table, Header: true}, d)
		if !strings.Contains(full, "news/2024/a1.txt") || !strings.Contains(full, "http://x") {
			t.Errorf("%s: width 0 should keep every column and the full name:\n%s", level, full)
		}
	}
}
