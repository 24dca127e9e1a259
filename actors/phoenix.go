package actors

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// ImportPhoenix reads a Phoenix country-actors dictionary (the PETRARCH
// format, see ParsePetrarch) and writes the office-holders of states it
// names as gazetteer CSV, header first, for a file that Parse reads after
// base (the embedded gazetteer_phoenix.csv is made this way by
// scripts/phoenix-import).
//
// Only persons with a dated GOV code (role "government") or GOVMIL code
// (role "defence") of a state that base knows are kept: the other sector
// codes are officials outside government and ELI codes are careers before
// or after office. Terms still open in the dictionary end at asOf, the day
// it was made, since nothing in it says how long they lasted. Phoenix codes
// the Soviet Union as RUS; terms before 1991-12-26 are moved to SUN.
//
// Names are kept only in forms news uses for the person alone: forms with
// a title or a past ("President Reagan", "Former Secretary …"), digits, or
// that are a single common word are left out, and a bare surname only when
// the dictionary lists it, alone or after an office title ("President
// Reagan", "Chancellor Kohl"), for a person whose full name it also gives.
// Conflicts go to base: a text that base has undated, or dated over an
// overlapping time, is left out, and so is a text that two imported persons
// of different states share at the same time. Terms of one person that
// touch or overlap are merged. The output is sorted, so the same inputs
// give the same bytes.
//
// Wire stories name an office-holder by the surname alone once the story
// has introduced them, and a sentence scored on its own has lost that
// introduction. So when isWord is not nil, the surname of a full name is
// imported too, for the same terms, when it cannot mean anything else: it
// is not an English word or a well-known name (isWord reports whether a
// lower-case word is in a word list), has five letters or more, is no
// one's given name, and names persons of one state only, in the whole
// dictionary and in base.
func ImportPhoenix(w io.Writer, dict io.Reader, name string, base *Gazetteer, asOf time.Time, isWord func(string) bool) error {
	if base == nil {
		return errors.New("import phoenix: no base gazetteer")
	}
	im := phoenixImport{base: base, asOf: dayOf(asOf), known: map[string][]entry{}, isWord: isWord,
		given: map[string]bool{}, surnameCodes: map[string]map[string]bool{}}
	for _, e := range base.entries {
		if k, ok := phraseKey(e.text); ok {
			im.known[k] = append(im.known[k], e)
		}
		if e.kind == KindPerson {
			im.noteNames(e.text, e.code)
		}
	}
	p := petrarchParser{name: name, names: map[string]string{}, keys: map[string]string{}, onBlock: im.block}
	if err := p.read(dict); err != nil {
		return fmt.Errorf("import phoenix: %w", err)
	}
	if len(p.errs) > 0 {
		return fmt.Errorf("import phoenix: %s", strings.Join(p.errs, "\n"))
	}
	return writeEntries(w, im.result())
}

// PhoenixAsOf is the day Phoenix.Countries.actors.txt was generated
// (CountryInfo.140130): terms it leaves open are cut there.
const PhoenixAsOf = "2014-01-30"

// phoenixRoles maps the Phoenix sector codes that are kept to their role.
var phoenixRoles = map[string]string{"GOV": RoleGovernment, "GOVMIL": RoleDefence}

// phoenixPredecessors are the states that Phoenix codes by their
// successor's code: before until, a term of code belongs to old.
var phoenixPredecessors = []struct {
	code, old string
	until     int32
}{{"RUS", "SUN", 19911225}}

// titleWords mark forms that name an office rather than the person, or
// that hold only outside the term ("Former President …", "President-elect
// …", "Governor …"); such forms are not imported.
var titleWords = map[string]bool{"president": true, "former": true, "ex": true, "elect": true,
	"governor": true, "gov.": true, "secretary": true, "minister": true, "premier": true, "prime": true,
	"vice": true, "deputy": true, "acting": true, "chairman": true, "general": true, "gen.": true,
	"chancellor": true, "leader": true, "administration": true, "government": true, "defense": true,
	"defence": true, "foreign": true, "ambassador": true, "senator": true, "sen.": true, "mr.": true,
	"mrs.": true, "dr.": true, "sir": true, "the": true, "of": true, "commander": true, "marshal": true,
	"colonel": true, "col.": true, "lt.": true, "admiral": true, "adm.": true, "presidential": true,
	"spokesman": true, "envoy": true, "mayor": true, "candidate": true, "late": true, "dictator": true,
	// Bodies listed among a leader's names ("Soviet Communist Party").
	"party": true, "committee": true, "council": true, "ministry": true, "army": true, "communist": true,
	"soviet": true, "union": true, "republic": true, "national": true, "forces": true, "office": true,
	"cabinet": true, "regime": true, "junta": true, "embassy": true}

// maxNameWords bounds the words of an imported name: longer forms are
// transliterations in full ("Abd Al Aziz bin Fahd bin Abd Al Aziz Al
// Saud") that news never prints.
const maxNameWords = 5

// commonSurnames are bare surnames that the dictionary lists but that are
// also everyday English words or names of places, found by reading the
// single-word forms of a first import: "Rush" (Kenneth Rush) or "Brown"
// would turn ordinary words into office-holders.
var commonSurnames = map[string]bool{"Rush": true, "Brown": true, "Young": true, "Green": true,
	"White": true, "Black": true, "Long": true, "Little": true, "Baker": true,
	"Ford": true, "Major": true, "Rice": true, "Powell": true, "Jordan": true,
	"Church": true, "King": true, "Said": true, "Hope": true, "Gray": true, "Grey": true, "Bird": true,
	"Hill": true, "Love": true, "Rich": true, "Victoria": true, "Chad": true, "Georgia": true,
	"Paris": true, "Berlin": true, "Frank": true, "Grant": true, "Mark": true, "Will": true,
	"March": true, "August": true, "Price": true, "Cook": true, "Bell": true, "Rose": true, "Stone": true,
	"Wood": true, "Lord": true, "Fox": true, "Wolf": true, "Hunt": true, "Chase": true, "Cash": true,
	"Dash": true, "Doe": true, "Gates": true, "Banks": true, "Dole": true, "Mills": true, "Ball": true,
	"Bond": true, "Case": true, "Marshall": true,
	// Surnames and given names shared across countries, found among the
	// titled forms ("Secretary Cohen", "Secretary Christopher").
	"Christopher": true, "Cohen": true, "Mansour": true, "Khalil": true}

// phoenixImport collects the kept rows of one import.
type phoenixImport struct {
	base  *Gazetteer
	asOf  int32
	known map[string][]entry // base rows by phrase key
	rows  []entry

	// Surnames taken from full names (see ImportPhoenix).
	isWord       func(string) bool
	surnames     []entry                    // candidate rows
	given        map[string]bool            // words before the surname in any name
	surnameCodes map[string]map[string]bool // surname → the states of the persons it ends
}

// surnameCount is how many words at the end of a full name of a person of
// code are surnames: the last one, and in Spanish-speaking states, where a
// name ends in the father's and the mother's surnames ("Alvaro Uribe
// Velez"), the one before it too, which is the one news uses alone.
func surnameCount(words []string, code string) int {
	if len(words) >= 3 && hispanicStates[code] {
		return 2
	}
	return 1
}

// hispanicStates name people with two surnames.
var hispanicStates = map[string]bool{"ARG": true, "BOL": true, "CHL": true, "COL": true, "CRI": true,
	"CUB": true, "DOM": true, "ECU": true, "SLV": true, "GTM": true, "HND": true, "MEX": true, "NIC": true,
	"PAN": true, "PRY": true, "PER": true, "URY": true, "VEN": true, "ESP": true, "GNQ": true}

// noteNames records the given names and the surnames of a full name of a
// person of code.
func (im *phoenixImport) noteNames(text, code string) {
	words := strings.Fields(text)
	if len(words) < 2 {
		return
	}
	n := surnameCount(words, code)
	for _, w := range words[:len(words)-n] {
		im.given[w] = true
	}
	for _, s := range words[len(words)-n:] {
		if im.surnameCodes[s] == nil {
			im.surnameCodes[s] = map[string]bool{}
		}
		im.surnameCodes[s][code] = true
	}
}

// derivedSurnames returns the surnames of a full name of a person of code
// that may be imported alone.
func (im *phoenixImport) derivedSurnames(text, code string) []string {
	words := strings.Fields(text)
	if im.isWord == nil || len(words) < 2 {
		return nil
	}
	var out []string
	for _, s := range words[len(words)-surnameCount(words, code):] {
		lower := strings.ToLower(s)
		if utf8.RuneCountInString(s) < 5 || !plainName([]string{s}) || strings.ContainsAny(s, ".-'’") ||
			commonSurnames[s] || titleWords[lower] || im.isWord(lower) {
			continue
		}
		out = append(out, s)
	}
	return out
}

// keptSurnames returns the candidate surname rows that name one state's
// persons only and are no one's given name.
func (im *phoenixImport) keptSurnames() []entry {
	var out []entry
	for _, e := range im.surnames {
		if !im.given[e.text] && len(im.surnameCodes[e.text]) == 1 {
			out = append(out, e)
		}
	}
	return out
}

// block keeps the office-holders of one dictionary block.
func (im *phoenixImport) block(line int, phrases []string, codes []pcode) {
	var terms []entry
	for _, c := range codes {
		role := phoenixRoles[c.sector]
		if role == "" || !c.dated || c.from == openStart || len(c.country) != 3 || !im.base.has(c.country) {
			continue
		}
		to := min(c.to, im.asOf)
		if c.from > to || !validDay(c.from) || !validDay(to) {
			continue
		}
		terms = append(terms, splitPredecessor(entry{code: c.country, role: role, from: c.from, to: to, dated: true, line: line})...)
	}
	if len(terms) == 0 {
		return
	}
	for _, text := range withKoreanForms(phoenixNames(phrases), terms) {
		key, ok := phraseKey(text)
		if !ok {
			continue
		}
		for _, t := range terms {
			im.noteNames(text, t.code)
			t, ok := im.outsideBase(key, t)
			if !ok {
				continue
			}
			t.kind, t.text = KindPerson, text
			im.rows = append(im.rows, t)
			for _, s := range im.derivedSurnames(text, t.code) {
				if sk, ok := phraseKey(s); ok {
					if st, ok := im.outsideBase(sk, t); ok {
						st.text = s
						im.surnames = append(im.surnames, st)
					}
				}
			}
		}
	}
}

// withKoreanForms adds to the names of a Korean office-holder the form
// news prints: Phoenix writes "Lee Myung Bak", news "Lee Myung-bak".
func withKoreanForms(names []string, terms []entry) []string {
	if !slices.ContainsFunc(terms, func(t entry) bool { return t.code == "KOR" || t.code == "PRK" }) {
		return names
	}
	out := names
	for _, n := range names {
		w := strings.Fields(n)
		if len(w) == 3 && utf8.RuneCountInString(w[2]) <= 4 && !strings.Contains(n, "-") {
			out = append(out, w[0]+" "+w[1]+"-"+strings.ToLower(w[2]))
		}
	}
	return out
}

// splitPredecessor cuts a term at the end of a predecessor state.
func splitPredecessor(t entry) []entry {
	for _, p := range phoenixPredecessors {
		if t.code != p.code || t.from > p.until {
			continue
		}
		old := t
		old.code, old.to = p.old, min(t.to, p.until)
		if t.to <= p.until {
			return []entry{old}
		}
		t.from = addDays(p.until, 1)
		return []entry{old, t}
	}
	return []entry{t}
}

// outsideBase trims term t to the days on which base gives the text no
// meaning, and reports false when none is left: an undated base reading
// holds always; a dated one keeps the part of t before it, or after it
// ("Yang Jiechi", foreign minister in Phoenix until 2013, keeps those
// years when base lists his later office).
func (im *phoenixImport) outsideBase(key string, t entry) (entry, bool) {
	for _, o := range im.known[key] {
		switch {
		case !o.dated:
			return t, false
		case t.to < o.from || o.to < t.from:
			// no overlap
		case t.from < o.from:
			t.to = addDays(o.from, -1)
		case o.to < t.to:
			t.from = addDays(o.to, 1)
		default:
			return t, false
		}
	}
	return t, t.from <= t.to
}

// result drops texts that two states share at the same time, merges terms
// and sorts the rows.
func (im *phoenixImport) result() []entry {
	byText := map[string][]entry{}
	var keys []string
	for _, e := range append(im.rows, im.keptSurnames()...) {
		if _, ok := byText[e.text]; !ok {
			keys = append(keys, e.text)
		}
		byText[e.text] = append(byText[e.text], e)
	}
	var out []entry
	for _, k := range keys {
		rows := byText[k]
		var kept []entry
		for i, e := range rows {
			if !slices.ContainsFunc(rows, func(o entry) bool {
				return o.code != e.code && e.from <= o.to && o.from <= e.to
			}) {
				kept = append(kept, rows[i])
			}
		}
		out = append(out, mergeTerms(kept)...)
	}
	slices.SortFunc(out, func(a, b entry) int {
		return cmpEntries(a, b)
	})
	return out
}

// cmpEntries orders imported rows by state, then by the person's block in
// the dictionary, so that one person's forms and terms stay together.
func cmpEntries(a, b entry) int {
	if c := strings.Compare(a.code, b.code); c != 0 {
		return c
	}
	if a.line != b.line {
		return a.line - b.line
	}
	if c := strings.Compare(a.text, b.text); c != 0 {
		return c
	}
	if a.from != b.from {
		return int(a.from - b.from)
	}
	return strings.Compare(a.role, b.role)
}

// mergeTerms joins the terms of one text, state and role that overlap or
// follow each other without a gap.
func mergeTerms(rows []entry) []entry {
	slices.SortFunc(rows, func(a, b entry) int {
		if c := strings.Compare(a.code+a.role, b.code+b.role); c != 0 {
			return c
		}
		return int(a.from - b.from)
	})
	var out []entry
	for _, e := range rows {
		if n := len(out); n > 0 {
			last := &out[n-1]
			if last.code == e.code && last.role == e.role && e.from <= addDays(last.to, 1) {
				last.to = max(last.to, e.to)
				last.line = min(last.line, e.line)
				continue
			}
		}
		out = append(out, e)
	}
	return out
}

// phoenixNames turns the phrases of a person's block into the forms to
// import, in order and without repeats.
func phoenixNames(phrases []string) []string {
	var full []string // multi-word forms
	surnames := map[string]bool{}
	var single []string
	for _, raw := range phrases {
		for _, text := range petrarchTexts(raw) {
			text = fixNameCase(text)
			words := strings.Fields(text)
			if s, ok := titledSurname(words); ok {
				// "President Clinton", "Chancellor Kohl": news names the
				// person by the surname alone too.
				single = append(single, s)
				continue
			}
			if !plainName(words) {
				continue
			}
			if len(words) == 1 {
				single = append(single, text)
				continue
			}
			full = append(full, text)
			surnames[words[len(words)-1]] = true
		}
	}
	for _, w := range single {
		// A bare surname only when it is the last word of a full name in
		// the same block, long enough not to be an initialism, and not a
		// common word.
		// (The rules' word lists are not consulted: they change with the
		// rules, and the import must give the same bytes.)
		if surnames[w] && utf8.RuneCountInString(w) >= 4 && !commonSurnames[w] && !englishShort[w] {
			full = append(full, w)
		}
	}
	var out []string
	seen := map[string]bool{}
	for _, t := range full {
		for _, v := range apostropheForms(t) {
			if !seen[v] {
				seen[v] = true
				out = append(out, v)
			}
		}
	}
	return out
}

// officeTitles open a form that names an office-holder by the office and
// the surname alone ("President Clinton", "Prime Minister Blair", "Mr.
// Arafat"). Careers before or after the office (governor, senator, former)
// do not count.
var officeTitles = map[string]bool{"president": true, "prime": true, "minister": true, "premier": true,
	"chancellor": true, "secretary": true, "general": true, "chairman": true, "foreign": true,
	"defense": true, "defence": true, "mr.": true, "mr": true, "mrs.": true, "mrs": true, "leader": true}

// titledSurname returns the surname of a form made of office titles and one
// name word.
func titledSurname(words []string) (string, bool) {
	if len(words) < 2 {
		return "", false
	}
	for _, w := range words[:len(words)-1] {
		if !officeTitles[strings.ToLower(w)] {
			return "", false
		}
	}
	s := words[len(words)-1]
	if !plainName([]string{s}) || titleWords[strings.ToLower(s)] {
		return "", false
	}
	return s, true
}

// plainName reports whether words are a person's name and nothing else:
// letters, initials and hyphens, no title, no digit, no lone acronym.
func plainName(words []string) bool {
	if len(words) == 0 || len(words) > maxNameWords {
		return false
	}
	for _, w := range words {
		lw := strings.ToLower(w)
		for _, part := range strings.FieldsFunc(lw, func(r rune) bool { return r == '-' }) {
			if titleWords[part] {
				return false
			}
		}
		for _, r := range w {
			if unicode.IsDigit(r) || strings.ContainsRune(`()/&",;`, r) {
				return false
			}
		}
	}
	r, _ := utf8.DecodeRuneInString(words[0])
	return unicode.IsUpper(r) && !(len(words) == 1 && isUpperWord(words[0]))
}

// fixNameCase mends what word-by-word Title Case does to names: "Mcnamara"
// → "McNamara", "O'neill" → "O'Neill", "Giscard D'estaing" → "Giscard
// d'Estaing", and "Rainier Iii" → "Rainier III".
func fixNameCase(text string) string {
	words := strings.Fields(text)
	for i, w := range words {
		if i > 0 && romanNumerals[w] {
			w = strings.ToUpper(w)
		}
		if len(w) > 3 && strings.HasPrefix(w, "Mc") {
			w = "Mc" + strings.ToUpper(w[2:3]) + w[3:]
		}
		if len(w) > 3 && w[1] == '\'' {
			first := w[:1]
			if i > 0 && (first == "D" || first == "L") {
				first = strings.ToLower(first)
			}
			w = first + "'" + strings.ToUpper(w[2:3]) + w[3:]
		}
		words[i] = w
	}
	return strings.Join(words, " ")
}

// romanNumerals are the regnal numbers as Title Case leaves them.
var romanNumerals = map[string]bool{"Ii": true, "Iii": true, "Iv": true, "Vi": true, "Vii": true, "Viii": true}

// apostropheForms gives a text with a straight apostrophe in its
// typographic form too, as the rest of the gazetteer does.
func apostropheForms(text string) []string {
	if strings.Contains(text, "'") {
		return []string{text, strings.ReplaceAll(text, "'", "’")}
	}
	return []string{text}
}

// validDay reports whether a yyyymmdd number is a real calendar day.
func validDay(d int32) bool {
	t := time.Date(int(d/10000), time.Month(d/100%100), int(d%100), 0, 0, 0, 0, time.UTC)
	return dayOf(t) == d
}

// addDays moves a yyyymmdd day by n days.
func addDays(d int32, n int) int32 {
	if d >= openEnd {
		return d
	}
	t := time.Date(int(d/10000), time.Month(d/100%100), int(d%100), 0, 0, 0, 0, time.UTC)
	return dayOf(t.AddDate(0, 0, n))
}

// writeEntries writes rows as gazetteer CSV with its header.
func writeEntries(w io.Writer, rows []entry) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(strings.Split(csvHeader, ",")); err != nil {
		return err
	}
	for _, e := range rows {
		rec := []string{e.code, e.kind, e.text, e.role, "", ""}
		if e.dated {
			rec[4], rec[5] = dayString(e.from, openStart), dayString(e.to, openEnd)
		}
		if err := cw.Write(rec); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// dayString formats a yyyymmdd number as an ISO date, or "" when it is the
// open end it stands for.
func dayString(d, open int32) string {
	if d == open {
		return ""
	}
	return fmt.Sprintf("%04d-%02d-%02d", d/10000, d/100%100, d%100)
}
