package chart

import (
	"fmt"
	"strconv"
	"time"

	"stance/report"
)

// Unit is the length of the periods predict --by groups sentences into.
type Unit int

// The units, from predict's --by. NoUnit marks undated rows.
const (
	NoUnit Unit = iota
	Year
	Month
	Week
	Day
)

func (u Unit) String() string {
	return [...]string{"undated", "year", "month", "week", "day"}[u]
}

// Period is one year, month, ISO week or day. Index counts periods of its
// unit, so that consecutive periods differ by one: a year is its number,
// a month year*12+month-1, a week the Mondays since 1970-01-05 and a day
// the days since 1970-01-01. That makes gaps a matter of subtraction.
type Period struct {
	Unit  Unit
	Index int
}

// monday0 is day 4 of the Unix epoch, the first Monday, from which weeks
// are counted.
const monday0 = 4

// ParsePeriod reads a period as predict writes it: 2020, 2020-09,
// 2020-W39 (ISO week) or 2020-09-25. An empty string is undated.
func ParsePeriod(s string) (Period, error) {
	bad := fmt.Errorf("period %q is not a year (2020), month (2020-09), ISO week (2020-W39) or day (2020-09-25)", s)
	if s == "" {
		return Period{}, nil
	}
	if len(s) < 4 || !digits(s[:4]) {
		return Period{}, bad
	}
	year, _ := strconv.Atoi(s[:4])
	switch {
	case len(s) == 4:
		return Period{Year, year}, nil
	case len(s) == 7 && s[4] == '-' && digits(s[5:]):
		m, _ := strconv.Atoi(s[5:])
		if m < 1 || m > 12 {
			return Period{}, bad
		}
		return Period{Month, year*12 + m - 1}, nil
	case len(s) == 8 && s[4:6] == "-W" && digits(s[6:]):
		w, _ := strconv.Atoi(s[6:])
		p := Period{Week, weekIndex(isoWeek1(year)) + w - 1}
		// Week 53 exists only in some years; anything else names
		// another week under a wrong label.
		if w < 1 || p.String() != s {
			return Period{}, bad
		}
		return p, nil
	case len(s) == 10:
		t, err := time.Parse("2006-01-02", s)
		if err != nil {
			return Period{}, bad
		}
		return Period{Day, dayIndex(t)}, nil
	}
	return Period{}, bad
}

func digits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// isoWeek1 is the Monday of ISO week 1: the week holding 4 January.
func isoWeek1(year int) time.Time {
	jan4 := time.Date(year, time.January, 4, 0, 0, 0, 0, time.UTC)
	return jan4.AddDate(0, 0, -((int(jan4.Weekday()) + 6) % 7))
}

func dayIndex(t time.Time) int { return int(t.Unix() / 86400) }

// weekIndex counts from monday0; t is a Monday, so the division is exact
// before 1970 too.
func weekIndex(t time.Time) int { return (dayIndex(t) - monday0) / 7 }

// Start is the first instant of the period, in UTC.
func (p Period) Start() time.Time {
	switch p.Unit {
	case Year:
		return time.Date(p.Index, time.January, 1, 0, 0, 0, 0, time.UTC)
	case Month:
		return time.Date(p.Index/12, time.Month(p.Index%12+1), 1, 0, 0, 0, 0, time.UTC)
	case Week:
		return time.Unix(int64(p.Index*7+monday0)*86400, 0).UTC()
	case Day:
		return time.Unix(int64(p.Index)*86400, 0).UTC()
	}
	return time.Time{}
}

// String writes the period as predict does, by predict's own
// report.PeriodKey, so that the two cannot drift apart.
func (p Period) String() string {
	if p.Unit == NoUnit {
		return ""
	}
	by := [...]report.Period{Year: report.Year, Month: report.Month, Week: report.Week, Day: report.Day}[p.Unit]
	key, _ := report.PeriodKey(p.Start().Format("2006-01-02"), by)
	return key
}
