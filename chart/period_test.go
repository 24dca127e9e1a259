package chart

import (
	"testing"
	"time"
)

func TestParsePeriod(t *testing.T) {
	for _, tc := range []struct {
		in    string
		unit  Unit
		start string // 2006-01-02; empty for an error
	}{
		{"1946", Year, "1946-01-01"},
		{"2020-09", Month, "2020-09-01"},
		{"2020-W39", Week, "2020-09-21"},
		{"2020-W53", Week, "2020-12-28"}, // 2020 has 53 ISO weeks
		{"2021-W01", Week, "2021-01-04"},
		{"1960-W01", Week, "1960-01-04"}, // before the epoch: the division must still be exact
		{"1969-W01", Week, "1968-12-30"},
		{"2020-09-25", Day, "2020-09-25"},
		{"1950-03-01", Day, "1950-03-01"},
		{"", NoUnit, "0001-01-01"},
		{"2021-W53", 0, ""}, // 2021 has 52
		{"2020-W00", 0, ""},
		{"2020-13", 0, ""},
		{"2020-00", 0, ""},
		{"2020-02-30", 0, ""},
		{"20", 0, ""},
		{"year", 0, ""},
		{"2020-9", 0, ""},
		{"2020-09-25T10:00", 0, ""},
	} {
		p, err := ParsePeriod(tc.in)
		if tc.start == "" {
			if err == nil {
				t.Errorf("%q: no error, got %v", tc.in, p)
			}
			continue
		}
		if err != nil {
			t.Errorf("%q: %v", tc.in, err)
			continue
		}
		if p.Unit != tc.unit || p.Start().Format("2006-01-02") != tc.start || p.String() != tc.in {
			t.Errorf("%q: unit %v start %s string %q, want %v %s", tc.in, p.Unit, p.Start().Format("2006-01-02"), p.String(), tc.unit, tc.start)
		}
	}
}

// Consecutive periods differ by one in Index, across year ends too: gaps
// are found by that.
func TestPeriodNext(t *testing.T) {
	for _, tc := range [][2]string{
		{"1990", "1991"}, {"2019-12", "2020-01"}, {"2020-W53", "2021-W01"}, {"2021-W52", "2022-W01"},
		{"1969-12-31", "1970-01-01"}, {"2020-02-28", "2020-02-29"},
	} {
		a, _ := ParsePeriod(tc[0])
		b, _ := ParsePeriod(tc[1])
		if b.Index != a.Index+1 || (Period{a.Unit, a.Index + 1}).String() != tc[1] {
			t.Errorf("%s + 1 = %v, want %s", tc[0], Period{a.Unit, a.Index + 1}, tc[1])
		}
		// The axis maps a time back to the period that holds it.
		mid := float64(a.Start().Add(36 * time.Hour).Unix())
		if a.Unit == Day {
			mid = float64(a.Start().Add(12 * time.Hour).Unix())
		}
		if got := periodAt(a.Unit, mid); got != a {
			t.Errorf("periodAt(%s + 12-36h) = %v", tc[0], got)
		}
	}
}
