package actors

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode"
	"unicode/utf8"
)

// ParsePetrarch reads an actor dictionary in the TABARI/PETRARCH format, as
// used by the Phoenix and ICEWS event-data projects:
//
//	NORTH_KOREA_  [PRK]          a root phrase and its code
//	+DPRK_                       a synonym of the root above
//	KIM_IL_SUNG_  # comment      a root whose codes follow on their own lines
//	    [PRKGOV 721228-940708]   a code valid over a date range (yymmdd or yyyymmdd)
//	JOSIPOVIC_                   roots in a row without codes share the codes
//	IVO_JOSIPOVIC_               that follow (the Phoenix files list some
//	    [HRVGOV >20120219]       persons' names this way)
//	    [PRKELI >980905]         from a date on;  [USRARM <900823] until a date
//
// Each phrase maps to the first three letters of its code (PRKGOV → PRK),
// which is the country in CAMEO codes. Codes that do not start with a
// country (IGO…, NGO…, ELI, ---) are skipped, as are dates it cannot read
// (a lone date without ">" or "<"). Two-digit years of 50 and above are
// 19xx, below 50 20xx, except where a range would then run backwards or
// span a century (see petrarchRange).
//
// PETRARCH phrases are upper case, but the matcher is case-sensitive, so
// phrases are turned into the casing news uses: Title Case word by word
// ("North Korea", "People's Republic of China"), with short function words
// in lower case inside a phrase, and with words kept in capitals when they
// look like acronyms: words with dots ("U.S.") or without vowels ("DPRK",
// "PRC"). A phrase that is a single word of up to four letters is ambiguous
// ("IRAN" or "USA"?), so it is entered both ways ("IRAN" and "Iran"), except
// when the Title Case form is an English word ("US" gives only "US", never
// "Us").
//
// The first root with a bare country code gives that code's display name.
// A structurally broken line (an unterminated "[") is an error reported as
// "NAME:LINE: …"; so is a synonym or code line before any root phrase.
func ParsePetrarch(r io.Reader, name string) (*Gazetteer, error) {
	p := petrarchParser{name: name, names: map[string]string{}, keys: map[string]string{}}
	if err := p.read(r); err != nil {
		return nil, err
	}
	if len(p.errs) > 0 {
		return nil, errors.New(strings.Join(p.errs, "\n"))
	}
	return build(p.entries, p.names), nil
}

// ParseAny reads either format: a file whose first non-empty line is the CSV
// header is a gazetteer CSV; anything else is read as a PETRARCH dictionary.
func ParseAny(r io.Reader, name string) (*Gazetteer, error) {
	r, isCSV := sniffCSV(r)
	if isCSV {
		return Parse(r, name)
	}
	return ParsePetrarch(r, name)
}

// sniffCSV reports whether the first non-empty line of r is the gazetteer
// CSV header, and returns a reader that still yields all of r.
func sniffCSV(r io.Reader) (io.Reader, bool) {
	br := bufio.NewReader(r)
	var peeked []byte
	isCSV := false
	for {
		line, err := br.ReadBytes('\n')
		peeked = append(peeked, line...)
		trimmed := strings.TrimSpace(strings.TrimPrefix(string(line), "\ufeff"))
		if trimmed != "" {
			isCSV = trimmed == csvHeader
			break
		}
		if err != nil {
			break
		}
	}
	return io.MultiReader(bytes.NewReader(peeked), br), isCSV
}

// petrarchParser holds the state of one ParsePetrarch call.
type petrarchParser struct {
	name    string
	entries []entry
	names   map[string]string
	errs    []string
	keys    map[string]string // phrase key → code of its first undated entry

	// The current block: a root phrase, its synonyms and its codes.
	phrases []string
	codes   []pcode
	coded   bool // a code line was read, even if no code was kept
	line    int

	// onBlock, when set, receives each block instead of flush turning it
	// into entries (see ImportPhoenix).
	onBlock func(line int, phrases []string, codes []pcode)
}

// pcode is one code of a block: a country, maybe over a term.
type pcode struct {
	country  string
	sector   string // the rest of the code: "GOV" in PRKGOV
	from, to int32
	dated    bool
}

func (p *petrarchParser) errorf(line int, format string, args ...any) bool {
	p.errs = append(p.errs, fmt.Sprintf("%s:%d: %s", p.name, line, fmt.Sprintf(format, args...)))
	return len(p.errs) < maxErrors
}

func (p *petrarchParser) read(r io.Reader) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		if !p.line1(line, sc.Text()) {
			return nil
		}
	}
	if err := sc.Err(); err != nil {
		if errors.Is(err, bufio.ErrTooLong) {
			p.errorf(line+1, "line too long")
			return nil
		}
		return fmt.Errorf("reading %s: %w", p.name, err)
	}
	p.flush()
	return nil
}

// line1 handles one line; it reports false once the error report is full.
func (p *petrarchParser) line1(line int, text string) bool {
	if !utf8.ValidString(text) {
		text = strings.ToValidUTF8(text, "\uFFFD")
	}
	if k := strings.IndexByte(text, '#'); k >= 0 {
		text = text[:k]
	}
	text = strings.TrimSpace(text)
	if text == "" {
		return true
	}
	switch {
	case text[0] == '+':
		if p.line == 0 {
			return p.errorf(line, "synonym %q before any root phrase", text)
		}
		p.phrases = append(p.phrases, text[1:])
		return true
	case text[0] == '[':
		if p.line == 0 {
			return p.errorf(line, "code %q before any root phrase", text)
		}
		return p.codeList(line, text)
	}
	// A new root: the phrase, then optionally its codes on the same line.
	phrase, rest := text, ""
	if k := strings.IndexByte(text, '['); k >= 0 {
		phrase, rest = strings.TrimSpace(text[:k]), text[k:]
	}
	if p.line == 0 || p.coded || rest != "" {
		p.flush()
		p.line = line
	}
	// Else the block so far has no codes: roots written one after the
	// other, as the Phoenix dictionaries list some persons' names
	// ("IVO_JOSIPOVIC_", "PRESIDENT_JOSIPOVIC_", "JOSIPOVIC_", then the
	// codes), share the codes that follow.
	p.phrases = append(p.phrases, phrase)
	if rest != "" {
		return p.codeList(line, rest)
	}
	return true
}

// codeList reads one or more "[CODE dates]" groups.
func (p *petrarchParser) codeList(line int, text string) bool {
	p.coded = true
	for text != "" {
		if text[0] != '[' {
			// Stray words after the codes: nothing to interpret.
			return true
		}
		k := strings.IndexByte(text, ']')
		if k < 0 {
			return p.errorf(line, "unterminated [ in %q", text)
		}
		if c, ok := parsePcode(text[1:k]); ok {
			p.codes = append(p.codes, c)
		}
		text = strings.TrimSpace(text[k+1:])
	}
	return true
}

// nonCountry lists the CAMEO prefixes that are not countries.
var nonCountry = map[string]bool{"IGO": true, "NGO": true, "NGM": true, "MNC": true, "IMG": true,
	"UIS": true, "ELI": true, "GOV": true, "MIL": true, "REB": true, "OPP": true, "BUS": true,
	"CVL": true, "JUD": true, "SPY": true, "PTY": true, "COP": true, "MED": true, "EDU": true,
	"HLH": true, "REF": true, "LAB": true, "AGR": true, "CRM": true, "LEG": true, "SEP": true,
	"INS": true, "UAF": true, "RAD": true, "MOD": true, "HRI": true, "ENV": true, "REL": true}

// parsePcode reads "PRKGOV 721228-940708", "PRK", "USAGOV >090120",
// "USRARM <900823" or "IRQOCC 20030320-20060520".
func parsePcode(s string) (pcode, bool) {
	fields := strings.Fields(s)
	if len(fields) == 0 {
		return pcode{}, false
	}
	code := fields[0]
	if len(code) < 3 {
		return pcode{}, false
	}
	for _, r := range code[:3] {
		if r < 'A' || r > 'Z' {
			return pcode{}, false
		}
	}
	c := pcode{country: code[:3], sector: code[3:], from: openStart, to: openEnd}
	if nonCountry[c.country] {
		return pcode{}, false
	}
	dates := strings.Join(fields[1:], "")
	if dates == "" {
		return c, true
	}
	c.dated = true
	var ok bool
	switch {
	case dates[0] == '>':
		c.from, ok = petrarchDate(dates[1:])
	case dates[0] == '<':
		c.to, ok = petrarchDate(dates[1:])
	default:
		k := strings.IndexByte(dates, '-')
		if k < 0 {
			return pcode{}, false // a lone date: a start or an end? skip it
		}
		c.from, c.to, ok = petrarchRange(dates[:k], dates[k+1:])
	}
	if !ok || c.from > c.to {
		return pcode{}, false
	}
	return c, true
}

// petrarchDate reads yymmdd or yyyymmdd. A two-digit year of 50 and above
// is 19xx, below 50 20xx.
func petrarchDate(s string) (int32, bool) {
	n, ok := petrarchDigits(s)
	if !ok {
		return 0, false
	}
	if len(s) == 6 {
		if n/10000 >= 50 {
			n += 19000000
		} else {
			n += 20000000
		}
	}
	return n, true
}

// petrarchRange reads "from-to". Two two-digit years follow the 50/50 rule
// of petrarchDate when it makes the range run forwards and end before 2030,
// after the dictionaries were written ("030101-091130" is 2003–2009, not
// 1903–1909; "330101-351231" is 1933–1935). Otherwise a two-digit year is read in
// whichever century makes the range run forwards over the shortest span:
// the dictionaries write "19300415-480909" for 1930–1948 and
// "480909-940708" for 1948–1994, which the plain 50/50 rule would get
// wrong. Of two equally long readings the earlier wins: the dictionaries
// date from 2014.
func petrarchRange(a, b string) (int32, int32, bool) {
	fa, okA := petrarchDigits(a)
	fb, okB := petrarchDigits(b)
	if !okA || !okB {
		return 0, 0, false
	}
	if len(a) == 6 && len(b) == 6 {
		from, _ := petrarchDate(a)
		to, _ := petrarchDate(b)
		if from <= to && to < 20300000 {
			return from, to, true
		}
	}
	centuries := func(s string, n int32) []int32 {
		if len(s) == 8 {
			return []int32{n}
		}
		d, _ := petrarchDate(s)
		other := d - 1000000
		if d < 20000000 {
			other = d + 1000000
		}
		return []int32{d, other}
	}
	best, found := [2]int32{}, false
	for _, from := range centuries(a, fa) {
		for _, to := range centuries(b, fb) {
			span := to - from
			if from <= to && (!found || span < best[1]-best[0] || span == best[1]-best[0] && from < best[0]) {
				best, found = [2]int32{from, to}, true
			}
		}
	}
	return best[0], best[1], found
}

// petrarchDigits reads a 6- or 8-digit date and checks month and day.
func petrarchDigits(s string) (int32, bool) {
	if len(s) != 6 && len(s) != 8 {
		return 0, false
	}
	n := 0
	for _, r := range s {
		if r < '0' || r > '9' {
			return 0, false
		}
		n = n*10 + int(r-'0')
	}
	m, d := n/100%100, n%100
	if m < 1 || m > 12 || d < 1 || d > 31 {
		return 0, false
	}
	return int32(n), true
}

// flush turns the current block into entries.
func (p *petrarchParser) flush() {
	defer func() { p.phrases, p.codes, p.coded, p.line = p.phrases[:0], p.codes[:0], false, 0 }()
	if p.line == 0 || len(p.codes) == 0 {
		return
	}
	if p.onBlock != nil {
		p.onBlock(p.line, p.phrases, p.codes)
		return
	}
	for pi, raw := range p.phrases {
		for _, text := range petrarchTexts(raw) {
			key, ok := phraseKey(text)
			if !ok {
				continue
			}
			for _, c := range p.codes {
				e := entry{code: c.country, kind: KindAlias, text: text, line: p.line,
					from: c.from, to: c.to, dated: c.dated}
				if c.dated {
					e.kind = KindPerson
				} else {
					// One phrase, one country: the first definition wins.
					if prev, seen := p.keys[key]; seen && prev != c.country {
						continue
					}
					p.keys[key] = c.country
					if pi == 0 && p.names[c.country] == "" {
						e.kind = KindName
						p.names[c.country] = text
					}
				}
				p.entries = append(p.entries, e)
			}
		}
	}
}

// smallWords stay lower case inside a phrase.
var smallWords = map[string]bool{"of": true, "the": true, "and": true, "for": true, "on": true,
	"in": true, "at": true, "to": true, "de": true, "del": true, "der": true, "des": true,
	"da": true, "di": true, "du": true, "la": true, "le": true, "van": true, "von": true, "bin": true}

// englishShort lists short English words that a capitalised acronym must
// not turn into: "US" must not become "Us", nor "IT" "It".
var englishShort = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields("A An As At Be By Do Go He If In Is It Me My No Of On Or So To Up Us We " +
		"All And Are But Can For Had Has Her Him His How Its May Not Now Our Out She The Was Who Why Yes " +
		"You Also Have That This Will With When What They Then Than Them From Were Been Some More Most " +
		"Over Only Into Said Each Here Just Like Make Many Much Must Next Once Same Very Well Even Ever " +
		"Last Long Made Mean Meet Move Need News Part Plan Says Show Side Such Sure Take Talk Tell Test " +
		"Time Told Turn Vote Want Ways Week Went West East Year Did Get Got Let New Off Old One Own Say " +
		"See Set Use Ask Big End Far Few Put Top War Win Aid Air Arm Art Bar Bay Car Cut Day Key Law Man " +
		"Men Oil Pay Red Run Sea Sir Son Sun Tax Two Way") {
		m[w] = true
	}
	return m
}()

// petrarchTexts turns a PETRARCH phrase into the surface forms to index.
func petrarchTexts(raw string) []string {
	raw = strings.ReplaceAll(raw, "_", " ")
	words := strings.Fields(raw)
	if len(words) == 0 {
		return nil
	}
	if len(words) == 1 && utf8.RuneCountInString(words[0]) <= 4 && isUpperWord(words[0]) {
		title := titleWord(words[0])
		if englishShort[title] || hasDotOrNoVowel(words[0]) {
			return []string{words[0]}
		}
		return []string{words[0], title}
	}
	for i, w := range words {
		switch {
		case hasDotOrNoVowel(w) && isUpperWord(w):
			// an acronym: keep it
		case i > 0 && smallWords[strings.ToLower(w)]:
			words[i] = strings.ToLower(w)
		default:
			words[i] = titleWord(w)
		}
	}
	text := strings.Join(words, " ")
	// News writes some hyphenated names with a lower-case second half
	// ("Moon Jae-in"), others with a capital ("Al-Shabaab"): keep both.
	if lower := lowerAfterHyphens(text); lower != text {
		return []string{text, lower}
	}
	return []string{text}
}

// lowerAfterHyphens lower-cases the letters that follow a hyphen.
func lowerAfterHyphens(s string) string {
	var b strings.Builder
	afterHyphen := false
	for _, r := range s {
		switch {
		case r == '-':
			afterHyphen = true
		case afterHyphen:
			r = unicode.ToLower(r)
			afterHyphen = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

// isUpperWord reports whether w has letters and no lower-case ones.
func isUpperWord(w string) bool {
	letters := false
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters = true
		}
	}
	return letters
}

// hasDotOrNoVowel: "U.S.", "N.", "DPRK", "PRC".
func hasDotOrNoVowel(w string) bool {
	if strings.ContainsRune(w, '.') {
		return true
	}
	return !strings.ContainsAny(strings.ToUpper(w), "AEIOUY")
}

// titleWord upper-cases the first letter of each hyphenated part and lower-
// cases the rest: "AL-SHABAAB" → "Al-Shabaab", "PEOPLE'S" → "People's".
func titleWord(w string) string {
	var b strings.Builder
	start := true
	for _, r := range w {
		switch {
		case r == '-' || r == '(' || r == '/':
			b.WriteRune(r)
			start = true
		case start && unicode.IsLetter(r):
			b.WriteRune(unicode.ToUpper(r))
			start = false
		default:
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}
