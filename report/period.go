package report

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Period is the length of the time buckets of a dated series (--by): the
// overall actor and dyad totals are kept per period instead of once.
type Period string

// The periods. NoPeriod keeps one overall total, as without --by.
const (
	NoPeriod Period = ""
	Day      Period = "day"
	Week     Period = "week"
	Month    Period = "month"
	Year     Period = "year"
)

// ParsePeriod checks a --by value.
func ParsePeriod(s string) (Period, error) {
	switch p := Period(s); p {
	case Day, Week, Month, Year:
		return p, nil
	}
	return "", fmt.Errorf("unknown period %q (want day, week, month or year)", s)
}

// PeriodKey returns the period a document dated date falls in: "2020",
// "2020-09", "2020-W39" (ISO 8601 week of the ISO week-year) or
// "2020-09-25". date is an ISO 8601 date as the input gives it: YYYY,
// YYYY-MM, YYYY-MM-DD, or a timestamp that starts with YYYY-MM-DD (whose
// calendar date is taken as written, without a time-zone shift). ok is
// false when date is empty, malformed, or coarser than p (a year-only
// date has no month), so that the document counts as undated rather than
// being put in a period it may not belong to.
//
// The key is a copy, never a substring of date: a date is often a slice of
// its whole input line, which a key kept in the totals would keep alive.
func PeriodKey(date string, p Period) (key string, ok bool) {
	y, m, d, ok := splitDate(date)
	if !ok {
		return "", false
	}
	switch p {
	case Year:
		return strings.Clone(date[:4]), true
	case Month:
		if m == 0 {
			return "", false
		}
		return strings.Clone(date[:7]), true
	case Day, Week:
		if d == 0 {
			return "", false
		}
		if p == Day {
			return strings.Clone(date[:10]), true
		}
		wy, w := time.Date(y, time.Month(m), d, 12, 0, 0, 0, time.UTC).ISOWeek()
		b := strconv.AppendInt(make([]byte, 0, 8), int64(wy), 10)
		b = append(b, '-', 'W', byte('0'+w/10), byte('0'+w%10))
		return string(b), true
	}
	return "", false
}

// splitDate reads the leading YYYY[-MM[-DD]] of date; m and d are 0 when
// absent. Anything after a full date must start a time ("T" or " ").
func splitDate(date string) (y, m, d int, ok bool) {
	num := func(s string) (int, bool) {
		n := 0
		for i := 0; i < len(s); i++ {
			if s[i] < '0' || s[i] > '9' {
				return 0, false
			}
			n = n*10 + int(s[i]-'0')
		}
		return n, true
	}
	if len(date) < 4 {
		return 0, 0, 0, false
	}
	if y, ok = num(date[:4]); !ok {
		return 0, 0, 0, false
	}
	if len(date) == 4 {
		return y, 0, 0, true
	}
	if len(date) < 7 || date[4] != '-' {
		return 0, 0, 0, false
	}
	if m, ok = num(date[5:7]); !ok || m < 1 || m > 12 {
		return 0, 0, 0, false
	}
	if len(date) == 7 {
		return y, m, 0, true
	}
	if len(date) < 10 || date[7] != '-' || len(date) > 10 && date[10] != 'T' && date[10] != ' ' {
		return 0, 0, 0, false
	}
	if d, ok = num(date[8:10]); !ok || d < 1 || d > daysIn(y, m) {
		return 0, 0, 0, false
	}
	return y, m, d, true
}

// daysIn returns the number of days of month m of year y.
func daysIn(y, m int) int {
	return time.Date(y, time.Month(m+1), 0, 0, 0, 0, 0, time.UTC).Day()
}
