package text

import (
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"

	"stance/internal/ascii"
)

// Split splits one paragraph (no line breaks) into sentences. The sentences
// are trimmed substrings of paragraph, in order, never empty; white space
// between them is all that is lost. The rules and the reasons for them are
// in the package documentation.
func Split(paragraph string) []string {
	sp := splitter{s: paragraph}
	return sp.run()
}

// splitter holds the state of one pass over a paragraph. Quote state is
// tracked only to keep an ellipsis inside a quotation from ending the
// sentence; it never blocks a split after ".", "!" or "?".
type splitter struct {
	s        string
	out      []string
	start    int  // where the current sentence begins
	curly    int  // depth of open “ quotations
	straight bool // inside a quotation opened by a straight "

	// firstOnly stops the pass at the first sentence end, which done then
	// records, without building the list (see splitsInTwo).
	firstOnly, done bool
}

// splitsInTwo reports whether Split(paragraph) returns more than one
// sentence. Every sentence end that splits is followed by text, so this is
// whether the pass finds one at all, and it stops there.
func splitsInTwo(paragraph string) bool {
	sp := splitter{s: paragraph, firstOnly: true}
	sp.run()
	return sp.done
}

// interesting marks the bytes the main loop must look at; everything else is
// skipped in a tight loop.
var interesting = func() (t [256]bool) {
	for _, c := range []byte{'.', '!', '?', '"', 0xE2} {
		t[c] = true
	}
	return t
}()

func (sp *splitter) run() []string {
	s := sp.s
	for i := 0; i < len(s); {
		c := s[i]
		if !interesting[c] {
			i = skipDull(s, i+1)
			continue
		}
		switch {
		case c == '.' || c == '!' || c == '?' || strings.HasPrefix(s[i:], "…"):
			i = sp.terminator(i)
			if sp.done {
				return nil
			}
		case c == '"':
			// A straight quote after a space or an opener opens a quotation;
			// anywhere else it closes one.
			sp.straight = i == 0 || opensAfter(s[i-1])
			i++
		case strings.HasPrefix(s[i:], "“"):
			if sp.curly < 8 {
				sp.curly++
			}
			i += len("“")
		case strings.HasPrefix(s[i:], "”"):
			if sp.curly > 0 {
				sp.curly--
			}
			i += len("”")
		default:
			i++
		}
	}
	if sp.firstOnly {
		return nil // no sentence end inside the paragraph
	}
	sp.emit(len(s), len(s))
	return sp.out
}

// skipDull returns an index j ≥ i such that no byte of s[i:j] is
// interesting. It skips whole eight-byte blocks that hold no byte from '!'
// to '?' and none from 0x80 up, and stops at the first such byte, which the
// caller still checks: the test is loose, but it spares the byte loop the
// letters and spaces that make up most of a paragraph.
func skipDull(s string, i int) int {
	for ; i+8 <= len(s); i += 8 {
		x := ascii.Load64(s, i)
		if m := ascii.Between(x, ' ', '@') | x&ascii.High; m != 0 {
			return i + bits.TrailingZeros64(m)/8
		}
	}
	return i
}

// emit closes the current sentence at end and starts the next one at next.
func (sp *splitter) emit(end, next int) {
	if sp.firstOnly {
		sp.done = true
		return
	}
	if piece := strings.TrimSpace(sp.s[sp.start:end]); piece != "" {
		sp.out = append(sp.out, piece)
	}
	sp.start = next
}

// terminator examines the run of sentence-final punctuation that starts at i,
// splits after it when the rules allow, and returns where scanning resumes.
func (sp *splitter) terminator(i int) int {
	s := sp.s

	// The run itself: ".", "?!", "...", "…" and the like.
	j, dots, strong, ellipsis := i, 0, false, false
run:
	for j < len(s) {
		switch {
		case s[j] == '.':
			dots++
			j++
		case s[j] == '!' || s[j] == '?':
			strong = true
			j++
		case strings.HasPrefix(s[j:], "…"):
			ellipsis = true
			j += len("…")
		default:
			break run
		}
	}
	ellipsis = !strong && (ellipsis || dots >= 2)

	// Closing quotes and brackets belong to the sentence that ends here.
	closedQuote := false
	for j < len(s) {
		if n := closerAt(s, j); n > 0 {
			switch s[j] {
			case '"':
				sp.straight = false
				closedQuote = true
			case ')', ']':
			default: // curly or angle quotes, straight apostrophe
				if strings.HasPrefix(s[j:], "”") && sp.curly > 0 {
					sp.curly--
				}
				closedQuote = true
			}
			j += n
			continue
		}
		break
	}
	end := j

	// A break needs white space and then something that can open a sentence.
	for j < len(s) {
		n := spaceAt(s, j)
		if n == 0 {
			break
		}
		j += n
	}
	if j == end || j == len(s) || !startsSentence(s, j) {
		return end
	}

	split := true
	switch {
	case ellipsis:
		split = closedQuote || (sp.curly == 0 && !sp.straight)
	case !strong && dots == 1 && !closedQuote:
		split = periodEnds(s, sp.start, i, j)
	}
	if split {
		sp.emit(end, j)
	}
	return j
}

// periodEnds decides whether the single period at i ends a sentence, given
// that the next sentence would start at next. from is where the current
// sentence began; the word before the period never reaches back beyond it.
func periodEnds(s string, from, i, next int) bool {
	ws := i
	for ws > from && i-ws <= maxAbbrevLen && (isASCIILetter(s[ws-1]) || s[ws-1] == '.') {
		ws--
	}
	word := s[ws:i]
	if word == "" || i-ws > maxAbbrevLen || (ws > from && wordRuneBefore(s, ws)) {
		return true // not a standalone abbreviation-shaped word
	}
	switch abbreviations[word] {
	case abbrevTitle:
		return false
	case abbrevNumber:
		return !isASCIIDigit(s[next])
	case abbrevMonth:
		return !isASCIIDigit(s[next]) && startsClause(s, next)
	case abbrevFinal:
		return startsClause(s, next)
	}
	if isInitial(word) || isDottedAcronym(word) {
		return startsClause(s, next)
	}
	return true
}

// maxAbbrevLen bounds the backward look for the word before a period; no
// abbreviation is longer, and it keeps Split linear on odd input.
const maxAbbrevLen = 12

// abbrevKind says how an abbreviation behaves before a capitalised word.
type abbrevKind uint8

const (
	abbrevNone   abbrevKind = iota
	abbrevTitle             // never ends a sentence: Mr., Gen., vs.
	abbrevNumber            // does not end one before a number: No. 10
	abbrevMonth             // as abbrevNumber, and otherwise as abbrevFinal
	abbrevFinal             // ends one only before a clause opener: U.S., Inc.
)

// abbreviations lists the words (without their final period) that a period
// after them does not normally end. Extend it here; keys are case-sensitive
// because "No." before a number differs from the answer "no.".
var abbreviations = func() map[string]abbrevKind {
	m := map[string]abbrevKind{}
	add := func(kind abbrevKind, words string) {
		for _, w := range strings.Fields(words) {
			m[w] = kind
		}
	}
	add(abbrevTitle, `Mr Mrs Ms Mx Messrs Mme Mlle Dr Prof Gen Lt Col Maj Capt Cpt
		Sgt Cpl Pte Pvt Adm Cmdr Cdr Brig Gov Sen Rep Rev Fr Hon Pres Amb Supt Insp
		Det Atty Mt Ft St Sta Ste vs v cf viz approx MR MRS MS DR PROF GEN
		i.e e.g I.e E.g`)
	add(abbrevNumber, `No Nos Nr Art Vol Fig Ch Sec Para Pt Op pp p no`)
	add(abbrevMonth, `Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec`)
	add(abbrevFinal, `Inc Ltd Co Corp Jr Sr Bros Plc PLC LLC Ave Blvd
		U.S U.K U.N E.U a.m p.m A.M P.M`)
	return m
}()

// clauseOpeners are capitalised words that usually begin a new clause, so a
// sentence-final-capable abbreviation before them ends the sentence.
var clauseOpeners = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`The A An It Its He She They We I You His Her
		Their Our This That These Those There Then But And Or So Yet In On At As
		By For From With Without After Before During Since While When Where If
		Although Though However Meanwhile Last Earlier Later Still Some Many Most
		Both Each No Not Asked Mr Mrs Ms Officials Police`) {
		m[w] = true
	}
	return m
}()

// startsClause reports whether the text at i opens with a clause opener or an
// opening quote.
func startsClause(s string, i int) bool {
	if openerAt(s, i) > 0 {
		return true
	}
	j := i
	for j < len(s) && j-i <= 12 && isASCIILetter(s[j]) {
		j++
	}
	if j == i || j-i > 12 {
		return false
	}
	if j < len(s) && (s[j] >= utf8.RuneSelf || isASCIIDigit(s[j])) {
		return false // the word goes on with letters we did not read
	}
	return clauseOpeners[s[i:j]]
}

// startsSentence reports whether the rune at i may open a sentence: an
// upper-case letter, a digit, or an opening quote or bracket.
func startsSentence(s string, i int) bool {
	if n := openerAt(s, i); n > 0 {
		// A quotation that opens in lower case goes on with the sentence:
		// "Haley said the U.S. “will be taking names” of…".
		return i+n >= len(s) || !isLowerAt(s, i+n)
	}
	c := s[i]
	if c < utf8.RuneSelf {
		return 'A' <= c && c <= 'Z' || isASCIIDigit(c) || c == '(' || c == '['
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsUpper(r) || unicode.IsTitle(r) || unicode.IsDigit(r)
}

// isLowerAt reports whether a lower-case letter starts at i.
func isLowerAt(s string, i int) bool {
	if c := s[i]; c < utf8.RuneSelf {
		return 'a' <= c && c <= 'z'
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLower(r)
}

// openerAt returns the byte length of a multi-byte opening quote at i, or 0.
func openerAt(s string, i int) int {
	for _, q := range [...]string{"“", "‘", "«", "„"} {
		if strings.HasPrefix(s[i:], q) {
			return len(q)
		}
	}
	if s[i] == '"' || s[i] == '\'' {
		return 1
	}
	return 0
}

// closerAt returns the byte length of a closing quote or bracket at i, or 0.
func closerAt(s string, i int) int {
	switch s[i] {
	case '"', '\'', ')', ']':
		return 1
	}
	for _, q := range [...]string{"”", "’", "»"} {
		if strings.HasPrefix(s[i:], q) {
			return len(q)
		}
	}
	return 0
}

// spaceAt returns the byte length of a white-space rune at i, or 0.
func spaceAt(s string, i int) int {
	c := s[i]
	if c < utf8.RuneSelf {
		if c == ' ' || '\t' <= c && c <= '\r' {
			return 1
		}
		return 0
	}
	r, n := utf8.DecodeRuneInString(s[i:])
	if unicode.IsSpace(r) {
		return n
	}
	return 0
}

// opensAfter reports whether a straight quote after byte c opens a quotation.
func opensAfter(c byte) bool {
	return c == ' ' || '\t' <= c && c <= '\r' || c == '(' || c == '[' || c == '{' || c == '-'
}

// wordRuneBefore reports whether the rune ending at i is part of a word, so
// that the ASCII letters after it are the tail of a longer word.
func wordRuneBefore(s string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-' || r == '_' || r == '\'' || r == '’'
}

// isInitial reports whether word is a single capital letter, as in
// "George W. Bush" or "N. Korea".
func isInitial(word string) bool {
	return len(word) == 1 && 'A' <= word[0] && word[0] <= 'Z'
}

// isDottedAcronym reports whether word looks like "U.S", "D.C" or "Ph.D":
// letters in groups of one or two separated by single periods.
func isDottedAcronym(word string) bool {
	if strings.IndexByte(word, '.') < 0 {
		return false
	}
	run := 0
	for k := 0; k < len(word); k++ {
		if word[k] == '.' {
			if run == 0 || run > 2 {
				return false
			}
			run = 0
			continue
		}
		run++
	}
	return run >= 1 && run <= 2
}

// isASCIILetter folds c to lower case by setting bit 0x20 and compares once:
// only the ASCII letters land in 'a'..'z'.
func isASCIILetter(c byte) bool { return c|0x20-'a' < 26 }
func isASCIIDigit(c byte) bool  { return '0' <= c && c <= '9' }
