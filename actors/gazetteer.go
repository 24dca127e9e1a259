package actors

import (
	"bytes"
	_ "embed" // the default gazetteer ships inside the binary
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"maps"
	"regexp"
	"sort"
	"strings"
	"sync"
	"time"
	"unicode/utf8"
)

// Gazetteer is an immutable, concurrency-safe set of actor names. It is built
// once (at load) into a table from the first word of every name to the
// names that start with it, so that matching a sentence is one pass over its
// words with a table lookup each.
type Gazetteer struct {
	entries []entry           // the rows it was built from, kept for Extend
	names   map[string]string // code → display name
	states  map[string]bool   // codes with a capital or a demonym: states, not bodies or armed groups
	codes   []string          // sorted
	// words maps every word of a name, and every word the attribution
	// rules know (words.go), to its entry in lex; lex[0] is the entry of
	// unknown words. One lookup per word of a sentence thus serves both the
	// matcher and the rules (see lookup).
	words *wordTable
	lex   []wordInfo
	// firstByte marks the first bytes of the words in the table, so that
	// numbers and other unknown words skip the lookup.
	firstByte [256]bool
	// hist, when not nil, is this gazetteer plus the office-holders
	// imported from Phoenix, for sentences dated up to hist.end.
	hist *history
}

// history is a gazetteer with the imported office-holders, built on first
// use. Their 21,000 rows would triple the start-up time of every run, and
// only text dated before their terms ended (2014) can use them.
type history struct {
	end   int32 // last day of any imported term
	once  sync.Once
	build func() (*Gazetteer, error)
	g     *Gazetteer // nil when build failed: the gazetteer without them serves
}

// historyOn returns the gazetteer to use for a sentence dated day instead
// of g, or nil for g itself. Undated text is read as current.
func (g *Gazetteer) historyOn(day int32) *Gazetteer {
	h := g.hist
	if h == nil || day == 0 || day > h.end {
		return nil
	}
	h.once.Do(func() {
		if hg, err := h.build(); err == nil {
			h.g = hg
		}
	})
	return h.g
}

// entry is one row of a gazetteer file.
type entry struct {
	code, kind, text, role string
	from, to               int32 // yyyymmdd, inclusive; only for dated entries (persons, dated aliases)
	dated                  bool
	line                   int
}

// phrase is one distinct surface form with everything it may stand for.
type phrase struct {
	toks    []ptok
	senses  []sense
	article bool // written with "the", which the sentence must have too
}

// ptok is one token of a phrase.
type ptok struct {
	text  string // the word, or "" for punctuation
	lex   uint32 // the word's entry in Gazetteer.lex: tokens compare by it
	canon rune   // folded punctuation rune
	glued bool   // no space before it (ignored for the first token)
}

// sense is one reading of a phrase: an actor code, valid over a date range
// when the phrase names a person in office or a state that no longer exists
// ("Moscow" is the Soviet Union's capital until 1991).
type sense struct {
	code, kind string
	from, to   int32
	dated      bool
}

// Kinds of gazetteer entries. A person is dated; the others always apply
// unless the row gives dates.
const (
	KindName    = "name"
	KindAlias   = "alias"
	KindCapital = "capital"
	KindSeat    = "seat"
	KindDemonym = "demonym"
	KindMedia   = "media"
	KindPerson  = "person"
	// KindBlock marks a phrase that contains an actor's name but names no
	// actor ("Latin American", "Indian Ocean", "Syrian Democratic
	// Forces"): being the longest match, it keeps the shorter name from
	// matching. Its code column is empty.
	KindBlock = "block"
)

// Roles of imported office-holders (see ImportPhoenix).
const (
	// RoleGovernment is a member of a state's government at any level that
	// Phoenix codes GOV: heads of state and government, foreign and other
	// ministers.
	RoleGovernment = "government"
	// RoleDefence is a defence minister or senior defence official (Phoenix
	// GOVMIL).
	RoleDefence = "defence"
)

// csvHeader is the only header Parse accepts.
const csvHeader = "code,kind,text,role,from,to"

// maxErrors bounds the error report: past twenty a file is broken in some
// systematic way and more lines would only hide the first, most useful ones.
const maxErrors = 20

// openEnd and openStart stand for a missing "to" / "from" date.
const (
	openStart int32 = 0
	openEnd   int32 = 99991231
)

var (
	kinds = map[string]bool{KindName: true, KindAlias: true, KindCapital: true, KindSeat: true,
		KindDemonym: true, KindMedia: true, KindPerson: true, KindBlock: true}
	// "government" and "defence" are the roles of the rows imported from
	// Phoenix (ImportPhoenix), whose GOV and GOVMIL codes do not tell a head
	// of state from a minister.
	roles = map[string]bool{"head of state": true, "head of government": true, "foreign minister": true,
		RoleGovernment: true, RoleDefence: true}
	// codePattern is only used while loading, never per sentence.
	codePattern = regexp.MustCompile(`^[A-Z][A-Z0-9_]{1,15}$`)
)

// defaultCSV is the hand-written gazetteer; phoenixCSV holds the
// office-holders imported from the Phoenix dictionaries by
// scripts/phoenix-import, kept apart so that the import can be re-run
// without touching hand-checked rows, and parsed only when a sentence
// dated before PhoenixAsOf needs it.
var (
	//go:embed gazetteer.csv
	defaultCSV []byte
	//go:embed gazetteer_phoenix.csv
	phoenixCSV []byte
)

var (
	defaultOnce sync.Once
	defaultGaz  *Gazetteer
	defaultErr  error
)

// Default returns the gazetteer embedded in the binary. It is parsed on first
// use and shared afterwards; a Gazetteer is immutable, so sharing is safe.
func Default() (*Gazetteer, error) {
	defaultOnce.Do(func() {
		defaultGaz, defaultErr = Parse(bytes.NewReader(defaultCSV), "gazetteer.csv")
		if defaultErr != nil {
			defaultErr = fmt.Errorf("embedded gazetteer: %w", defaultErr)
			return
		}
		asOf, _ := time.Parse("2006-01-02", PhoenixAsOf)
		defaultGaz.hist = &history{end: dayOf(asOf), build: parseDefault}
	})
	return defaultGaz, defaultErr
}

// parseDefault parses the embedded files as one gazetteer, with the
// imported office-holders: they may use the codes the hand-written file
// names.
func parseDefault() (*Gazetteer, error) {
	// Sizing the tables for every row up front saves their regrowth, which
	// was a third of the load time.
	rows := bytes.Count(defaultCSV, []byte{'\n'}) + bytes.Count(phoenixCSV, []byte{'\n'})
	p := newCSVParser("gazetteer.csv", nil, rows)
	p.read(bytes.NewReader(defaultCSV))
	if len(p.errs) == 0 {
		// The hand-written file must name its own codes; checking it
		// before the next file keeps the error on the right file.
		p.checkNames()
	}
	if len(p.errs) == 0 {
		p.name = "gazetteer_phoenix.csv"
		p.read(bytes.NewReader(phoenixCSV))
	}
	return p.finish()
}

// Parse reads a gazetteer in the project's CSV format: RFC 4180, UTF-8,
// header code,kind,text,role,from,to; one name row per code; role, from
// and to for persons, whose terms are inclusive ISO dates (an empty
// "to" means still in office), and for other rows that hold only over a
// period ("Moscow" as the Soviet capital until 1991). One text may name one
// actor only, except over periods that do not overlap: on a day inside a
// row's dates the dated reading wins over the undated one.
//
// Texts are matched case-sensitively, word by word. Write names without a
// leading "the" ("Kremlin", "United Nations"): the matcher accepts an
// optional "the" before any name. A text written with "the" ("the South")
// matches only with the article, for names that mean something else
// without it.
//
// Parse checks every row and reports problems as "NAME:LINE: what is
// wrong", up to twenty of them, one per line of the error message, so that
// a user can fix a hand-written file in one go.
func Parse(r io.Reader, name string) (*Gazetteer, error) {
	return parseCSV(r, name, nil)
}

// parseCSV is Parse; codes in known need no name row of their own.
func parseCSV(r io.Reader, name string, known *Gazetteer) (*Gazetteer, error) {
	p := newCSVParser(name, known, 0)
	p.read(r)
	return p.finish()
}

// newCSVParser returns a parser; rows, when known, is about how many rows
// will come.
func newCSVParser(name string, known *Gazetteer, rows int) *csvParser {
	return &csvParser{name: name, known: known, entries: make([]entry, 0, rows), seen: make(map[string]int32, max(rows, 1024)),
		nameRow: map[string]int{}, firstLine: map[string]int{}}
}

// finish checks that every code has a name and builds the gazetteer.
func (p *csvParser) finish() (*Gazetteer, error) {
	if len(p.errs) == 0 {
		p.checkNames()
	}
	if len(p.errs) > 0 {
		return nil, errors.New(strings.Join(p.errs, "\n"))
	}
	return build(p.entries, nil), nil
}

// csvParser holds the state of one Parse call.
type csvParser struct {
	name    string
	entries []entry
	errs    []string
	// seen maps a phrase key to 1 + the index of its last row in entries;
	// prevSame links each row to the previous row with its key the same
	// way (0 ends the chain). One map entry per key, no slice per key.
	seen      map[string]int32
	prevSame  []int32
	nameRow   map[string]int // code → line of its name row
	firstLine map[string]int // code → first line that uses it
	known     *Gazetteer     // when extending: its codes already have names
}

// errorf records one problem; it reports false once the report is full.
func (p *csvParser) errorf(line int, format string, args ...any) bool {
	p.errs = append(p.errs, fmt.Sprintf("%s:%d: %s", p.name, line, fmt.Sprintf(format, args...)))
	return len(p.errs) < maxErrors
}

func (p *csvParser) read(r io.Reader) {
	cr := csv.NewReader(r)
	cr.FieldsPerRecord = -1 // we report field counts ourselves, with the line
	cr.ReuseRecord = true
	header := true
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				p.errorf(pe.Line, "%v", pe.Err)
			} else {
				p.errorf(0, "reading: %v", err)
			}
			return
		}
		line, _ := cr.FieldPos(0)
		if header {
			header = false
			if len(rec) > 0 {
				rec[0] = strings.TrimPrefix(rec[0], "\ufeff") // a BOM from spreadsheet exports
			}
			if got := strings.Join(rec, ","); got != csvHeader {
				p.errorf(line, "header is %q, want %q", got, csvHeader)
				return
			}
			continue
		}
		if !p.row(line, rec) {
			return
		}
	}
	if header {
		p.errorf(1, "missing header %q", csvHeader)
	}
}

// row checks one record and keeps it when it is valid. It reports false when
// the error report is full.
func (p *csvParser) row(line int, rec []string) bool {
	if len(rec) != 6 {
		return p.errorf(line, "wrong number of fields: got %d, want 6", len(rec))
	}
	for i := range rec {
		rec[i] = strings.TrimSpace(rec[i])
		if !utf8.ValidString(rec[i]) {
			return p.errorf(line, "invalid UTF-8")
		}
	}
	e := entry{code: rec[0], kind: rec[1], text: rec[2], role: rec[3], line: line}
	switch {
	case e.kind == KindBlock && e.code != "":
		return p.errorf(line, "a block row has no code (got %q)", e.code)
	case e.kind == KindBlock:
	case e.code == "":
		return p.errorf(line, "missing code")
	case !codePattern.MatchString(e.code):
		return p.errorf(line, "bad code %q (want upper-case letters, digits or _, 2 to 16 long)", e.code)
	case e.kind == "":
		return p.errorf(line, "missing kind")
	case !kinds[e.kind]:
		return p.errorf(line, "unknown kind %q", e.kind)
	case e.text == "":
		return p.errorf(line, "missing text")
	}
	key, ok := phraseKey(e.text)
	if !ok {
		return p.errorf(line, "text %q must start with a letter or digit", e.text)
	}
	switch {
	case e.kind == KindPerson && e.role == "":
		return p.errorf(line, "missing role for person %q", e.text)
	case e.kind == KindPerson && !roles[e.role]:
		return p.errorf(line, "unknown role %q (want head of state, head of government, foreign minister, government or defence)", e.role)
	case e.kind != KindPerson && e.role != "":
		return p.errorf(line, "role is only for person rows")
	case (e.kind == KindName || e.kind == KindBlock) && (rec[4] != "" || rec[5] != ""):
		return p.errorf(line, "a %s row has no dates", e.kind)
	}
	if e.kind == KindPerson || rec[4] != "" || rec[5] != "" {
		if msg := readTerm(&e, rec); msg != "" {
			return p.errorf(line, "%s", msg)
		}
	}
	if e.kind == KindName {
		if first, dup := p.nameRow[e.code]; dup {
			return p.errorf(line, "second name row for %s (first at line %d)", e.code, first)
		}
		p.nameRow[e.code] = line
	}
	if msg := p.conflict(key, e); msg != "" {
		return p.errorf(line, "%s", msg)
	}
	if _, ok := p.firstLine[e.code]; !ok && e.kind != KindBlock {
		p.firstLine[e.code] = line
	}
	p.prevSame = append(p.prevSame, p.seen[key])
	p.seen[key] = int32(len(p.entries) + 1)
	p.entries = append(p.entries, e)
	return true
}

// readTerm reads the from and to columns of a dated row into e; it
// returns what is wrong, or "". A person is always dated, if only by
// empty columns (in office at any time).
func readTerm(e *entry, rec []string) string {
	e.dated, e.from, e.to = true, openStart, openEnd
	for i, col := range []string{"from", "to"} {
		v := rec[4+i]
		if v == "" {
			continue
		}
		t, err := time.Parse("2006-01-02", v)
		if err != nil {
			return fmt.Sprintf("bad date %q in column %s", v, col)
		}
		if i == 0 {
			e.from = dayOf(t)
		} else {
			e.to = dayOf(t)
		}
	}
	if e.from > e.to {
		return fmt.Sprintf("from after to (%s > %s)", rec[4], rec[5])
	}
	return ""
}

// conflict explains why e may not share its text with earlier rows: one text
// must name one actor, except over periods that do not overlap (Trump's two
// terms, a surname shared by successive leaders, "Moscow" as the Soviet
// capital until 1991 and the Russian one at any other time). A text has at
// most one undated reading, which holds outside the dated ones.
func (p *csvParser) conflict(key string, e entry) string {
	msg := ""
	// The chain runs from the latest row back; the message names the
	// earliest row in conflict.
	for i := p.seen[key]; i > 0; i = p.prevSame[i-1] {
		o := &p.entries[i-1]
		switch {
		case o.code == e.code || o.dated != e.dated:
		case !o.dated:
			msg = fmt.Sprintf("%s %q maps to %s and %s (first at line %d)", e.kind, e.text, o.code, e.code, o.line)
		case e.from <= o.to && o.from <= e.to:
			msg = fmt.Sprintf("%s %q maps to %s and %s in overlapping terms (first at line %d)", e.kind, e.text, o.code, e.code, o.line)
		}
	}
	return msg
}

// checkNames reports codes without a display name, in file order.
func (p *csvParser) checkNames() {
	var missing []string
	for code := range p.firstLine {
		if _, ok := p.nameRow[code]; !ok && !p.known.has(code) {
			missing = append(missing, code)
		}
	}
	sort.Slice(missing, func(i, j int) bool { return p.firstLine[missing[i]] < p.firstLine[missing[j]] })
	for _, code := range missing {
		if !p.errorf(p.firstLine[code], "code %s has no name row", code) {
			return
		}
	}
}

// dayOf turns a time into the yyyymmdd number used for term comparisons; a
// zero time (date unknown) is 0.
func dayOf(t time.Time) int32 {
	if t.IsZero() {
		return 0
	}
	y, m, d := t.Date()
	if y < 1 {
		return 1
	}
	if y > 9999 {
		return openEnd
	}
	return int32(y*10000 + int(m)*100 + d)
}

// phraseKey normalises a gazetteer text (spaces collapsed) into the key
// under which texts are compared. It reports false when the text does not
// start with a word.
func phraseKey(text string) (string, bool) {
	key := text
	if !singleSpaced(text) {
		key = strings.Join(strings.Fields(text), " ")
	}
	if key == "" {
		return "", false
	}
	r, _ := utf8.DecodeRuneInString(key)
	return key, isWordRune(r)
}

// singleSpaced reports whether text has no leading, trailing, repeated or
// non-blank white space (the common case, which needs no copy).
func singleSpaced(text string) bool {
	prevSpace := true // a space at the start would be leading
	for _, r := range text {
		space := isSpaceRune(r)
		if space && (prevSpace || r != ' ') {
			return false
		}
		prevSpace = space
	}
	return !prevSpace
}

// build indexes entries; names, when not nil, overrides display names.
func build(entries []entry, names map[string]string) *Gazetteer {
	g := &Gazetteer{entries: entries, names: map[string]string{}, states: map[string]bool{}}
	byKey := make(map[string]*phrase, len(entries))
	keys := make([]string, 0, len(entries))
	var buf []token
	for _, e := range entries {
		if e.kind == KindName {
			g.names[e.code] = e.text
		}
		if e.kind == KindCapital || e.kind == KindDemonym {
			g.states[e.code] = true
		}
		if _, ok := g.names[e.code]; !ok && e.kind != KindBlock {
			g.names[e.code] = "" // known code; display name may come later
		}
		key, ok := phraseKey(e.text)
		if !ok {
			continue
		}
		p := byKey[key]
		if p == nil {
			buf = tokenize(key, buf)
			p = &phrase{}
			if len(buf) > 1 && buf[1].space && isThe(key, buf[0]) {
				// "the South": the article is part of the name and required.
				p.article = true
				buf = buf[1:]
			}
			p.toks = make([]ptok, len(buf))
			for i, t := range buf {
				pt := ptok{glued: !t.space, canon: t.canon}
				if t.word {
					pt.text = key[t.start:t.end]
				}
				p.toks[i] = pt
			}
			byKey[key] = p
			keys = append(keys, key)
		}
		s := sense{code: e.code, kind: e.kind, from: e.from, to: e.to, dated: e.dated}
		if !p.has(s) {
			p.senses = append(p.senses, s)
		}
	}
	for code, n := range names {
		g.names[code] = n
	}
	for code := range g.names {
		g.codes = append(g.codes, code)
	}
	sort.Strings(g.codes)
	// The rules' words are the same for every gazetteer; the names are added
	// to a copy of them.
	// Sized for a new word per phrase, about what names bring.
	index := make(map[string]uint32, len(baseWords)+len(keys))
	maps.Copy(index, baseWords)
	words := append(make([]string, 0, len(baseWordList)+len(keys)), baseWordList...)
	g.lex = append(make([]wordInfo, 0, len(baseLex)+len(keys)), baseLex...)
	for _, key := range keys {
		// Every word of a name gets an entry, so that matching compares
		// entries instead of strings.
		p := byKey[key]
		for i := range p.toks {
			pt := &p.toks[i]
			if pt.text == "" {
				continue
			}
			k, ok := index[pt.text]
			if !ok {
				k = uint32(len(g.lex))
				g.lex = append(g.lex, newWordInfo(pt.text))
				words = append(words, pt.text)
				index[pt.text] = k
			}
			pt.lex = k
		}
		first := p.toks[0].lex
		g.lex[first].phrases = append(g.lex[first].phrases, p)
	}
	for i := range g.lex {
		// Longest first, so the first phrase that matches is the longest.
		ps := g.lex[i].phrases
		sort.SliceStable(ps, func(i, j int) bool { return len(ps[i].toks) > len(ps[j].toks) })
		if len(ps) > 0 {
			g.lex[i].f |= fName
		}
	}
	g.words = newWordTable(words, g.lex)
	for _, w := range words[1:] {
		g.firstByte[w[0]] = true
	}
	return g
}

// has reports whether p already holds an identical sense.
func (p *phrase) has(s sense) bool {
	for _, o := range p.senses {
		if o == s {
			return true
		}
	}
	return false
}

// resolve picks the sense of p that applies on day (yyyymmdd, 0 = unknown).
// A dated sense applies only inside its dates, and there it wins over the
// undated one ("Moscow" in 1985 is the Soviet Union). With no date the
// undated sense wins, and failing that the most recent term, because
// undated text is most often current news.
func (p *phrase) resolve(day int32) (sense, bool) {
	if len(p.senses) == 1 && !p.senses[0].dated {
		return p.senses[0], true // most phrases: one undated reading
	}
	undated, best, found := -1, sense{}, false
	for i, s := range p.senses {
		switch {
		case !s.dated:
			undated = i
		case day != 0:
			if s.from <= day && day <= s.to {
				return s, true
			}
		case !found || s.from > best.from || s.from == best.from && s.to > best.to:
			best, found = s, true
		}
	}
	if undated >= 0 {
		return p.senses[undated], true
	}
	return best, found
}

// Extend returns a new gazetteer with the user's entries added. Where the
// user gives a text that the receiver already has, the user's readings
// replace the built-in ones; where the user names an existing code, the
// user's display name wins. Neither input is modified.
func (g *Gazetteer) Extend(user *Gazetteer) *Gazetteer {
	if user == nil {
		return g
	}
	userKeys := map[string]bool{}
	for _, e := range user.entries {
		if k, ok := phraseKey(e.text); ok {
			userKeys[k] = true
		}
	}
	merged := make([]entry, 0, len(g.entries)+len(user.entries))
	for _, e := range g.entries {
		if k, ok := phraseKey(e.text); ok && userKeys[k] {
			continue
		}
		merged = append(merged, e)
	}
	merged = append(merged, user.entries...)
	// Display names live in their own map so that a built-in name survives
	// even when the user redefines what its text means.
	names := make(map[string]string, len(g.names)+len(user.names))
	for code, n := range g.names {
		names[code] = n
	}
	for code, n := range user.names {
		if n != "" || names[code] == "" {
			names[code] = n
		}
	}
	ext := build(merged, names)
	if h := g.hist; h != nil {
		// The user's entries win over the imported ones too.
		ext.hist = &history{end: h.end, build: func() (*Gazetteer, error) {
			if hg := g.historyOn(h.end); hg != nil {
				return hg.Extend(user), nil
			}
			return nil, errors.New("no history gazetteer")
		}}
	}
	return ext
}

// ExtendFrom reads a user's actor file, in the gazetteer CSV format or as
// a PETRARCH dictionary (see ParseAny), and returns g extended by it (see
// Extend). A CSV row may use a code g already names without a name row of
// its own, so that a file can just add aliases or office-holders.
func (g *Gazetteer) ExtendFrom(r io.Reader, name string) (*Gazetteer, error) {
	r, isCSV := sniffCSV(r)
	var user *Gazetteer
	var err error
	if isCSV {
		user, err = parseCSV(r, name, g)
	} else {
		user, err = ParsePetrarch(r, name)
	}
	if err != nil {
		return nil, err
	}
	return g.Extend(user), nil
}

// has reports whether g names code; a nil gazetteer names nothing.
func (g *Gazetteer) has(code string) bool {
	if g == nil {
		return false
	}
	_, ok := g.names[code]
	return ok
}

// isState reports whether code is a state's: one with a capital or a
// demonym.
func (g *Gazetteer) isState(code string) bool {
	return g != nil && g.states[code]
}

// Name returns the display name of code, or the code itself when the
// gazetteer has no name for it, so that reports always have something to
// print.
func (g *Gazetteer) Name(code string) string {
	if g != nil {
		if n := g.names[code]; n != "" {
			return n
		}
	}
	return code
}

// Codes returns every actor code the gazetteer knows, sorted.
func (g *Gazetteer) Codes() []string {
	if g == nil {
		return nil
	}
	return append([]string(nil), g.codes...)
}
