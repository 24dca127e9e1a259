package text

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// This file joins the lines of hard-wrapped text into paragraphs before
// splitting. Text extracted from PDF files (the UN General Debate speeches,
// reports, press releases) breaks lines at a fixed width inside sentences,
// hyphenates words across line ends and carries page furniture, while
// scraped news puts one paragraph on each line. Parse must tell the two
// apart, because splitting hard-wrapped text at every line end makes
// fragments of most sentences, and joining the lines of news would glue
// headlines, bylines and date lines onto the text.
//
// The evidence is a line that runs on: it does not end a sentence and the
// next line starts in lower case. News has next to none; a wrapped text has
// one at 30% or more of its line ends (most at 50–90%), since most words
// are lower-case.
// Where a text holds any, lines that run on are joined; where they are
// common (wrapped), lines that fill most of the width are joined too,
// which joins "the United" to "Nations", while a short line (a heading,
// the last line of a paragraph), a blank line and a list item still
// separate. The width is the median length of the lines that run on.

// Span is a range of bytes of a raw document, src[Start:End].
type Span struct{ Start, End int }

// SentenceSpans returns where the sentences of a raw document lie in it:
// one span per sentence of Parse(src).Sentences, in order, each starting
// at the first byte and ending after the last byte of its sentence, so
// that labels can point into the raw text. Spans never overlap, and
// between two spans there is only white space and what cleaning dropped.
//
// The contract: Unwrap(src[s.Start:s.End]) equals the sentence Parse
// yields when src is in NFKC form (Parse normalises; plain ASCII and the
// common accented letters and quotes already are) and cleaning dropped no
// line inside the sentence but page furniture. A span may cross line ends, hyphenated words
// and page furniture between the pages of a hard-wrapped text; Unwrap
// joins the lines as Parse does and drops the furniture. Sentences that
// Parse cut at MaxSentence have spans of their own, as they have rows.
func SentenceSpans(src string) []Span {
	var paras []para
	if mayRunOn(src) {
		paras, _ = buildParas(src, true)
	} else {
		paras = lineParas(src)
	}
	texts := paraTexts(paras)
	ends := make([]int, len(texts))
	a := parseLines(texts, len(src), ends)
	spans := make([]Span, 0, len(a.Sentences))
	p, cursor := 0, 0
	for k, s := range a.Sentences {
		for ends[p] <= k {
			p++
			cursor = 0
		}
		// A paragraph's sentences are its substrings in order with only
		// white space between them, so the first match is the right one.
		off := cursor + strings.Index(texts[p][cursor:], s)
		cursor = off + len(s)
		spans = append(spans, Span{paras[p].rawStart(off), paras[p].rawEnd(cursor)})
	}
	return spans
}

// Unwrap turns a raw span of text that may hold line breaks into one line,
// joining the lines as Parse joins those of a hard-wrapped paragraph: each
// line is NFKC-normalised and trimmed, blank lines are skipped, page
// furniture between two lines of text is dropped, and lines are joined with
// a space, except that a word hyphenated across the line end is rejoined
// ("interna-" + "tional") when the joined form is a word and kept
// hyphenated otherwise ("Asia-" + "Pacific"), and a dash at a line end
// after a word joins without a space. See [SentenceSpans] for the contract
// between the two.
func Unwrap(s string) string {
	if strings.IndexByte(s, '\n') < 0 && strings.IndexByte(s, '\r') < 0 {
		if needsNFKC(s) {
			s = norm.NFKC.String(s)
		}
		return trimLine(s)
	}
	var lines []string
	forEachLine(s, func(raw string, _ int) {
		if needsNFKC(raw) {
			raw = norm.NFKC.String(raw)
		}
		if t := trimLine(raw); t != "" {
			lines = append(lines, t)
		}
	})
	b := make([]byte, 0, len(s))
	kept := 0
	for i, l := range lines {
		if i > 0 && i < len(lines)-1 && isFurniture(l) {
			continue
		}
		if kept > 0 {
			b = appendJoint(b, l)
		}
		b = append(b, l...)
		kept++
	}
	return string(b)
}

// appendJoint appends to the text b, which ends with a line, what joins
// it to the next line l: a space, or nothing after a hyphen or dash, and
// it removes a hyphen that goes (see [joint]).
func appendJoint(b []byte, l string) []byte {
	if len(b) == 0 || b[len(b)-1] != '-' && b[len(b)-1] != 0x94 && b[len(b)-1] != 0x93 {
		return append(b, ' ') // the common case, without a copy of the tail: no hyphen or dash
	}
	cut, sep := joint(string(b[max(0, len(b)-maxJointLook):]), l)
	return append(b[:len(b)-cut], sep...)
}

// maxJointLook bounds how far back joint looks for the start of a
// hyphenated word, which keeps joining linear on odd input.
const maxJointLook = 64

// mayRunOn reports whether some line of src may run on into the next: a
// line break followed, after spaces, by a lower-case ASCII letter, after a
// line that does not end with ".", "!" or "?". It is the test that keeps
// news, which has no such line, on Parse's fast path; Parse has
// appendParagraphs make it in its pass over the lines.
func mayRunOn(src string) bool {
	for i := strings.IndexByte(src, '\n'); i >= 0; {
		if startsLower(src[i+1:]) {
			k := i
			for k > 0 && isASCIISpace(src[k-1]) {
				k--
			}
			if k > 0 && src[k-1] != '.' && src[k-1] != '!' && src[k-1] != '?' {
				return true
			}
		}
		next := strings.IndexByte(src[i+1:], '\n')
		if next < 0 {
			break
		}
		i += 1 + next
	}
	return false
}

// startsLower reports whether s starts, after spaces and tabs, with a
// lower-case ASCII letter.
func startsLower(s string) bool {
	j := 0
	for j < len(s) && (s[j] == ' ' || s[j] == '\t') {
		j++
	}
	return j < len(s) && isLowerASCII(s[j])
}

// para is one paragraph of a document: its normalised text and where the
// pieces of that text come from in the raw document.
type para struct {
	text string
	segs []seg
}

// seg says that text[at:] starts with what the n raw bytes at from became
// after normalisation; n and the length of the text they became differ only
// where NFKC changed something.
type seg struct{ at, from, n int }

// rawStart maps an offset of p.text to the raw offset where the byte there
// comes from.
func (p *para) rawStart(off int) int {
	// The last piece that starts at or before off.
	i := max(0, sort.Search(len(p.segs), func(i int) bool { return p.segs[i].at > off })-1)
	s := p.segs[i]
	return s.from + max(0, min(off-s.at, s.n))
}

// rawEnd maps the end offset of a range of p.text to the raw offset just
// after the last raw byte of that range.
func (p *para) rawEnd(end int) int {
	// The last piece that starts before end.
	i := max(0, sort.Search(len(p.segs), func(i int) bool { return p.segs[i].at >= end })-1)
	s := p.segs[i]
	return s.from + max(0, min(end-s.at, s.n))
}

func paraTexts(paras []para) []string {
	texts := make([]string, len(paras))
	for i := range paras {
		texts[i] = paras[i].text
	}
	return texts
}

// forEachLine calls f with every line of s and its offset, a line ending at
// "\r\n", "\r" or "\n" as in appendParagraphs.
func forEachLine(s string, f func(line string, at int)) {
	at := 0
	for at < len(s) {
		end := strings.IndexAny(s[at:], "\r\n")
		if end < 0 {
			f(s[at:], at)
			return
		}
		f(s[at:at+end], at)
		at += end + 1
		if s[at-1] == '\r' && at < len(s) && s[at] == '\n' {
			at++
		}
	}
}

// normLine normalises and trims one raw line that starts at offset from of
// the document, as appendParagraphs does. When segs is not nil it appends
// to *segs where the pieces of the result come from, offsets into the
// result in at.
func normLine(segs *[]seg, raw string, from int) string {
	if segs == nil {
		if needsNFKC(raw) {
			raw = norm.NFKC.String(raw)
		}
		return trimLine(raw)
	}
	if !needsNFKC(raw) {
		t := trimLine(raw)
		lead := len(raw) - len(strings.TrimLeftFunc(raw, isTrimmable))
		*segs = append(*segs, seg{0, from + lead, len(t)})
		return t
	}
	var it norm.Iter
	it.InitString(norm.NFKC, raw)
	var out []byte
	first := len(*segs)
	for !it.Done() {
		pos := it.Pos()
		chunk := it.Next()
		*segs = append(*segs, seg{len(out), from + pos, it.Pos() - pos})
		out = append(out, chunk...)
	}
	n := string(out)
	t := trimLine(n)
	lead := len(n) - len(strings.TrimLeftFunc(n, isTrimmable))
	// Keep only the pieces that reach into t: those of white space
	// trimmed off either end would otherwise claim offsets that, once
	// lines are joined, belong to the line before or after. A piece that
	// starts in the trimmed space (a space and the combining mark NFKC
	// keeps with it) starts t without the space.
	pieces := (*segs)[first:]
	kept := (*segs)[:first]
	for i, sg := range pieces {
		end := len(n)
		if i+1 < len(pieces) {
			end = pieces[i+1].at
		}
		if end <= lead || sg.at-lead >= len(t) {
			continue
		}
		if sg.at < lead {
			_, size := utf8.DecodeRuneInString(raw[sg.from-from:])
			sg.from, sg.n, sg.at = sg.from+size, sg.n-size, lead
		}
		sg.at -= lead
		kept = append(kept, sg)
	}
	*segs = kept
	return t
}

// lineParas makes every non-empty line a paragraph, as appendParagraphs
// does, for documents whose lines do not run on.
func lineParas(src string) []para {
	var paras []para
	var segs []seg
	forEachLine(src, func(raw string, at int) {
		first := len(segs)
		if t := normLine(&segs, raw, at); t != "" {
			paras = append(paras, para{t, segs[first:len(segs):len(segs)]})
		}
	})
	return paras
}

// wrapLine is a kept line of a document being reflowed.
type wrapLine struct {
	text      string
	segs      int  // where the line's pieces start in buildParas's list
	gap       bool // blank or dropped lines come between it and the kept line before
	pageBreak bool // among them page furniture: a page ended there
	length    int  // in bytes: a width measure good enough for a ratio
}

// buildParas splits src into paragraphs, joining the lines that run on
// (see the top of this file) and dropping page furniture, whose lines it
// counts. The paragraphs carry where their pieces come from in src only
// when withSegs is set, for SentenceSpans.
func buildParas(src string, withSegs bool) (paras []para, dropped int) {
	var lines []wrapLine
	var segs []seg
	segsp := &segs
	if !withSegs {
		segsp = nil
	}
	gap, pageBreak := false, false
	forEachLine(src, func(raw string, at int) {
		first := len(segs)
		t := normLine(segsp, raw, at)
		switch {
		case t == "":
			gap = true
		case isFurniture(t):
			gap, pageBreak = true, true
			dropped++
		default:
			lines = append(lines, wrapLine{t, first, gap, pageBreak, len(t)})
			gap, pageBreak = false, false
			return
		}
		segs = segs[:first] // pieces of a line that is not kept
	})
	if len(lines) == 0 {
		return nil, dropped
	}
	// segStart returns where the pieces of lines[i] start in the shared
	// list, or its end for i == len(lines).
	segStart := func(i int) int {
		if i == len(lines) {
			return len(segs)
		}
		return lines[i].segs
	}

	// Lines that run on, and the width of the text.
	pairs := 0
	var widths []int
	for i := 1; i < len(lines); i++ {
		if lines[i].gap {
			continue
		}
		pairs++
		if runsOn(lines[i-1].text, lines[i].text) {
			widths = append(widths, lines[i-1].length)
		}
	}
	wrapped := len(widths) >= 3 && 10*len(widths) >= 3*pairs
	width := 0
	if len(widths) > 0 {
		slices.Sort(widths)
		width = widths[len(widths)/2]
	}

	// Paragraphs: consecutive lines, whose pieces are consecutive in the
	// shared list, so a paragraph's pieces are a slice of it once each
	// line's offsets are moved to where the line lands in the paragraph.
	b := []byte(lines[0].text)
	start := 0 // the paragraph's first line
	for i := 1; i <= len(lines); i++ {
		if i < len(lines) && joins(&lines[i-1], &lines[i], wrapped, width) {
			b = appendJoint(b, lines[i].text)
			piece := segs[segStart(i):segStart(i+1)]
			for k := range piece {
				piece[k].at += len(b)
			}
			b = append(b, lines[i].text...)
			continue
		}
		p := para{text: string(b)}
		if withSegs {
			p.segs = segs[segStart(start):segStart(i):segStart(i)]
		}
		paras = append(paras, p)
		if i < len(lines) {
			start = i
			b = append(b[:0], lines[i].text...)
		}
	}
	return paras, dropped
}

// runsOn reports whether line b continues the sentence of line a: a does
// not end a sentence and b starts with a lower-case letter.
func runsOn(a, b string) bool {
	r, _ := utf8.DecodeRuneInString(b)
	return unicode.IsLower(r) && !endsTerminal(a) && !isListItem(b)
}

// joins decides whether line l continues the paragraph of line a.
func joins(a, l *wrapLine, wrapped bool, width int) bool {
	if isListItem(l.text) {
		return false
	}
	if runsOn(a.text, l.text) {
		// In text that is not wrapped, a line that runs on is a paragraph
		// broken by accident, unless it is a header line above the text.
		return wrapped || !l.gap && !isByline(a.text) && !isDateLine(a.text)
	}
	if !wrapped || l.gap && !l.pageBreak {
		return false
	}
	r, _ := utf8.DecodeRuneInString(l.text)
	if unicode.IsLower(r) {
		return true // "U.S." + "officials": a sentence never starts in lower case
	}
	if l.pageBreak {
		return !endsTerminal(a.text) // a sentence goes on over the page
	}
	// A short line is a heading or the end of a paragraph, unless it
	// stops mid-clause: the short first line of an indented paragraph.
	return 4*a.length >= 3*width || endsMidClause(a.text)
}

// endsMidClause reports whether a line stops where no heading or
// paragraph ends: after a comma, a hyphen or a function word ("On behalf
// of the"). Sentence-case headings end with other words ("Maritime
// security").
func endsMidClause(s string) bool {
	if strings.HasSuffix(s, ",") || strings.HasSuffix(s, "-") {
		return true
	}
	return functionWords[s[strings.LastIndexAny(s, " \t")+1:]]
}

// functionWords are the words a clause cannot end with.
var functionWords = setOf(`a an the of to in on at by for from with into upon as and or but
	nor that which whose than our my your their its his her this these those is are was were be
	has have had will would shall should can could may might must not`, " ")

func isDateLine(s string) bool {
	_, ok := parseDateLine(s)
	return ok
}

// joint says how line b joins line a: cut bytes come off the end of a (a
// hyphen that goes) and sep goes between them.
func joint(a, b string) (cut int, sep string) {
	n := len(a)
	if n >= 2 && a[n-1] == '-' && isASCIILetter(a[n-2]) && isASCIILetter(b[0]) {
		l := n - 1
		for l > 0 && isASCIILetter(a[l-1]) {
			l--
		}
		r := 0
		for r < len(b) && isASCIILetter(b[r]) {
			r++
		}
		if keepsHyphen(a[l:n-1], b[:r]) {
			return 0, ""
		}
		return 1, ""
	}
	for _, dash := range [...]string{"—", "–"} {
		if strings.HasSuffix(a, dash) && n > len(dash) && !isASCIISpace(a[n-len(dash)-1]) {
			return 0, ""
		}
	}
	return 0, " "
}

// endsTerminal reports whether s ends with ".", "!" or "?", possibly
// followed by closing quotes and brackets.
func endsTerminal(s string) bool {
	for len(s) > 0 {
		r, n := utf8.DecodeLastRuneInString(s)
		switch r {
		case '"', '\'', ')', ']', '’', '”', '»':
			s = s[:len(s)-n]
			continue
		case '.', '!', '?':
			return true
		}
		return false
	}
	return false
}

// isListItem reports whether a line starts a list item: a bullet or dash
// and a space, or a number or letter marker ("1.", "2)", "(a)", "iv)")
// and white space. Numbered paragraphs ("128.\tMay I …") count too.
func isListItem(s string) bool {
	for _, bullet := range [...]string{"-", "*", "•", "·", "–", "—", "▪"} {
		if strings.HasPrefix(s, bullet) {
			rest := s[len(bullet):]
			return rest != "" && isASCIISpace(rest[0])
		}
	}
	i := 0
	paren := i < len(s) && s[i] == '('
	if paren {
		i++
	}
	j := i
	for j < len(s) && j-i < 4 && (isASCIIDigit(s[j]) || isLowerASCII(s[j])) {
		j++
	}
	if j == i || j+1 >= len(s) || !isASCIISpace(s[j+1]) {
		return false
	}
	digits := strings.Trim(s[i:j], "0123456789") == ""
	switch s[j] {
	case ')':
		return true
	case '.':
		return !paren && (digits || j-i == 1)
	}
	return false
}

// isFurniture reports whether a line is page furniture of a printed
// document: a page number ("12", "- 12 -"), a UN document symbol
// ("A/54/PV.8"), a job number ("99-85617 (E)") or page fraction ("5/23"),
// a date among these, or an interpretation note ("(spoke in French)").
func isFurniture(s string) bool {
	if len(s) > 60 {
		return false
	}
	if strings.HasPrefix(s, "(spoke in ") && strings.HasSuffix(s, ")") {
		return true
	}
	if c := s[0]; !isASCIIDigit(c) && c != '-' && c != 'A' && c != 'S' {
		return false
	}
	for s != "" {
		tok, rest := s, ""
		if i := strings.IndexAny(s, " \t"); i >= 0 {
			tok, rest = s[:i], s[i+1:]
		}
		if tok != "" && !furnitureToken(tok) {
			return false
		}
		s = rest
	}
	return true
}

// furnitureToken reports whether one word of a line is a piece of page
// furniture: a number of up to five digits, digits joined by "-" or "/"
// (job numbers, page fractions, dates), a dash, a language mark "(E)", or
// a UN symbol such as A/54/PV.8.
func furnitureToken(t string) bool {
	switch {
	case t == "-" || t == "—" || t == "–":
		return true
	case len(t) == 3 && t[0] == '(' && t[2] == ')' && 'A' <= t[1] && t[1] <= 'Z':
		return true
	case len(t) > 2 && (t[0] == 'A' || t[0] == 'S') && t[1] == '/':
		for i := 2; i < len(t); i++ {
			if c := t[i]; !isASCIIDigit(c) && c != '/' && c != '.' && c != '-' && !('A' <= c && c <= 'Z') {
				return false
			}
		}
		return true
	}
	digits := 0
	for i := 0; i < len(t); i++ {
		switch c := t[i]; {
		case isASCIIDigit(c):
			digits++
		case (c == '-' || c == '/') && i > 0 && i < len(t)-1:
		default:
			return false
		}
	}
	return digits > 0 && (digits <= 5 || strings.ContainsAny(t, "-/"))
}
