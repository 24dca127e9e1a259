package text

import (
	"strconv"
	"strings"
	"time"
)

// parseDateLine reports whether a whole line is a date line in one of the
// common news formats, and returns that date at midnight UTC:
//
//	Sunday 03 July 2022 15:26 BST     3 July 2022      July 3, 2022
//	July 3, 2022 10:15 a.m. ET        2022-07-03       2022-07-03T15:26:00Z
//	Published 03/07/2022              Updated: 12 March 2024
//	Mon 4 Mar 2024 09.30 GMT          Published 3 July 2022, updated 4 July 2022
//
// Every word of the line must belong to the date, so a headline that merely
// mentions a date is not taken for one. Numeric dates are read day first
// (03/07/2022 is 3 July), the convention of the British, European and Asian
// outlets in the corpus, unless only month-first makes sense (07/13/2022).
// The time of day and the zone are recognised but dropped: the date is
// what dates an actor's role, and midnight UTC keeps it comparable.
// When a line carries two dates (published, updated), the first one counts.
func parseDateLine(line string) (time.Time, bool) {
	if len(line) > 120 || !hasFourDigits(line) {
		return time.Time{}, false // every accepted form has a four-digit year
	}
	var cur, first dateParts
	tokens := 0
	for tok := range strings.FieldsFuncSeq(line, isDateSeparator) {
		tokens++
		if tokens > 16 {
			return time.Time{}, false
		}
		tok = strings.Trim(tok, ".:;()[]")
		if tok == "" {
			continue
		}
		var next dateParts
		if !readDateToken(tok, &next) {
			return time.Time{}, false
		}
		if next.empty() {
			continue
		}
		if cur.clashes(next) {
			if !cur.complete() || first.complete() {
				return time.Time{}, false
			}
			first, cur = cur, dateParts{}
		}
		cur.merge(next)
	}
	if !first.complete() {
		first = cur
	}
	if !first.complete() {
		return time.Time{}, false
	}
	if cur != first && !cur.empty() && !cur.complete() {
		return time.Time{}, false // a second, half-written date: not a date line
	}
	return first.time()
}

// hasFourDigits reports whether s holds a run of at least four ASCII digits.
func hasFourDigits(s string) bool {
	run := 0
	for i := 0; i < len(s); i++ {
		if isASCIIDigit(s[i]) {
			if run++; run == 4 {
				return true
			}
		} else {
			run = 0
		}
	}
	return false
}

// dateParts collects the day, month and year of one date as tokens arrive.
type dateParts struct{ day, month, year int }

func (d dateParts) empty() bool    { return d == dateParts{} }
func (d dateParts) complete() bool { return d.day > 0 && d.month > 0 && d.year > 0 }

// clashes reports whether next sets a part that d already has.
func (d dateParts) clashes(next dateParts) bool {
	return d.day > 0 && next.day > 0 || d.month > 0 && next.month > 0 || d.year > 0 && next.year > 0
}

func (d *dateParts) merge(next dateParts) {
	if next.day > 0 {
		d.day = next.day
	}
	if next.month > 0 {
		d.month = next.month
	}
	if next.year > 0 {
		d.year = next.year
	}
}

// time returns the date at midnight UTC, refusing days that do not exist.
func (d dateParts) time() (time.Time, bool) {
	t := time.Date(d.year, time.Month(d.month), d.day, 0, 0, 0, 0, time.UTC)
	if t.Day() != d.day || int(t.Month()) != d.month {
		return time.Time{}, false
	}
	return t, true
}

func isDateSeparator(r rune) bool {
	switch r {
	case ' ', '\t', ',', '|', '•', '·':
		return true
	}
	return false
}

// readDateToken recognises one token of a date line and fills in the parts
// it carries. It returns false for a token that has no place in a date line.
func readDateToken(tok string, p *dateParts) bool {
	low := strings.ToLower(tok)
	if dateFiller[low] {
		return true
	}
	if m, ok := monthNames[low]; ok {
		p.month = m
		return true
	}
	if isTimeToken(low) {
		return true
	}
	if n, ok := atoiSmall(low); ok {
		switch {
		case len(low) == 4 && n >= 1900 && n <= 2100:
			p.year = n
		case len(low) <= 2 && n >= 1 && n <= 31:
			p.day = n
		default:
			return false
		}
		return true
	}
	for _, suf := range [...]string{"st", "nd", "rd", "th"} {
		if n, ok := atoiSmall(strings.TrimSuffix(low, suf)); ok && strings.HasSuffix(low, suf) && len(low) <= 4 && n >= 1 && n <= 31 {
			p.day = n
			return true
		}
	}
	return readNumericDate(low, p)
}

// readNumericDate reads 2022-07-03, 2022-07-03T15:26:00Z, 2022/07/03,
// 03/07/2022, 03.07.2022 and 03-07-2022.
func readNumericDate(tok string, p *dateParts) bool {
	if len(tok) >= 10 && (tok[4] == '-' || tok[4] == '/') && tok[7] == tok[4] {
		y, ok1 := atoiSmall(tok[:4])
		m, ok2 := atoiSmall(tok[5:7])
		d, ok3 := atoiSmall(tok[8:10])
		if !ok1 || !ok2 || !ok3 || y < 1900 || y > 2100 {
			return false
		}
		if rest := tok[10:]; rest != "" {
			if rest[0] != 't' || strings.Trim(rest[1:], "0123456789:.+-z") != "" {
				return false
			}
		}
		p.year, p.month, p.day = y, m, d
		return true
	}
	var sep byte
	for _, c := range []byte{'/', '.', '-'} {
		if strings.Count(tok, string(c)) == 2 {
			sep = c
		}
	}
	if sep == 0 {
		return false
	}
	parts := strings.Split(tok, string(sep))
	a, ok1 := atoiSmall(parts[0])
	b, ok2 := atoiSmall(parts[1])
	y, ok3 := atoiSmall(parts[2])
	if !ok1 || !ok2 || !ok3 || len(parts[2]) != 4 || y < 1900 || y > 2100 || len(parts[0]) > 2 || len(parts[1]) > 2 {
		return false
	}
	day, month := a, b // day first, unless that cannot be a date
	if b > 12 && a <= 12 {
		day, month = b, a
	}
	p.year, p.month, p.day = y, month, day
	return true
}

// isTimeToken recognises 15:26, 09.30, 10:15am, 9pm, a.m. and p.m.
func isTimeToken(tok string) bool {
	ampm := false
	for _, suf := range [...]string{"a.m", "p.m", "am", "pm"} {
		if tok == suf {
			return true
		}
		if strings.HasSuffix(tok, suf) {
			tok, ampm = strings.TrimSuffix(tok, suf), true
			break
		}
	}
	sep := strings.IndexAny(tok, ":.")
	if sep < 0 { // "9pm"; a bare "9" before "pm" is read as a day
		h, ok := atoiSmall(tok)
		return ampm && ok && len(tok) <= 2 && h >= 1 && h <= 12
	}
	h, ok1 := atoiSmall(tok[:sep])
	rest := tok[sep+1:]
	if len(rest) > 2 {
		if rest[2] != tok[sep] {
			return false
		}
		if _, ok := atoiSmall(rest[3:]); !ok || len(rest) != 5 {
			return false
		}
		rest = rest[:2]
	}
	m, ok2 := atoiSmall(rest)
	return ok1 && ok2 && sep <= 2 && len(rest) == 2 && h < 24 && m < 60
}

// atoiSmall parses a short run of ASCII digits.
func atoiSmall(s string) (int, bool) {
	if s == "" || len(s) > 4 {
		return 0, false
	}
	for i := 0; i < len(s); i++ {
		if !isASCIIDigit(s[i]) {
			return 0, false
		}
	}
	n, err := strconv.Atoi(s)
	return n, err == nil
}

// dateFiller holds the words a date line may carry besides the date: labels,
// weekdays and time zones.
var dateFiller = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`published updated last first posted modified
		on at date dated - – — and
		monday tuesday wednesday thursday friday saturday sunday
		mon tue tues wed thu thur thurs fri sat sun
		bst gmt utc et est edt ct cst cdt mt mst mdt pt pst pdt cet cest eet eest
		msk ist kst jst hkt sgt aest aedt awst pht wib ast gst irst pkt z`) {
		m[w] = true
	}
	return m
}()

// monthNames maps full and abbreviated month names to their numbers.
var monthNames = func() map[string]int {
	m := map[string]int{}
	for i, names := range []string{
		"january jan", "february feb", "march mar", "april apr", "may",
		"june jun", "july jul", "august aug", "september sep sept",
		"october oct", "november nov", "december dec",
	} {
		for _, n := range strings.Fields(names) {
			m[n] = i + 1
		}
	}
	return m
}()
