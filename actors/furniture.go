package actors

import (
	"regexp"
	"strings"
)

// Scraped news often glues page furniture to the front of a sentence on the
// same line: an embedded post's signature, a video player's labels, a
// headline in capitals. The text package drops such lines when they stand
// alone; glued to a sentence they would hide its subject, so the rules read
// the clause after them.

// furnitureMarks end a run of page furniture that precedes the sentence.
var furnitureMarks = []string{
	"Copy this code to your website or blog", // a video embed's share box
	"Media playback is unsupported on your device",
	// A caption runs into the sentence with no stop: the rules read the
	// caption's clause, which most often has the sentence's speaker.
	"Media caption", "Image caption",
	"Facebook Twitter Pinterest", // a share bar
}

// furnitureWords are words of furnitureMarks that ordinary sentences
// rarely hold: a sentence without one is not searched for the marks.
var furnitureWords = map[string]bool{"blog": true, "playback": true, "caption": true, "Pinterest": true}

// postSignature matches an embedded social-media post's signature: "—
// Jane Doe (@janedoe) August 31, 2016".
var postSignature = regexp.MustCompile(`\(@\w{1,30}\)\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2},\s+\d{4}`)

// furnitureEnd returns the first token after the page furniture that opens
// the sentence, or 0 when there is none. When the sentence is an embedded
// post that ends with its signature, it returns len(a.toks) and author is
// the mention of the post's author ("… — Donald J. Trump (@realDonaldTrump)
// August 31, 2016"), or -1.
func (a *Attributor) furnitureEnd() (end int, author int) {
	end, author = -1, -1
	if len(a.toks) > 3 && a.is(0, "Photo", "Photograph", "Picture", "Image", "Pic") && a.toks[1].canon == ':' {
		// "Photo: Reuters The embassy said…", "Photo: AFP / Getty Images
		// Saudi…": a credit glued before the sentence.
		i := 2
		for i < len(a.toks)-1 && (gluedAfter[a.word(i)] || a.toks[i].r == '/') {
			i++
		}
		return i, -1
	}
	if len(a.toks) > 3 && a.toks[0].r == '|' && gluedAfter[a.word(1)] {
		// "| Getty Trump attacks…", "| AP Photo Beijing…": the tail of a
		// photo credit that a page ran into the sentence.
		i := 1
		for i < len(a.toks)-1 && (gluedAfter[a.word(i)] || a.is(i, "Photo", "Photos", "Image")) {
			i++
		}
		return i, -1
	}
	if strings.IndexByte(a.s, '@') >= 0 {
		if locs := postSignature.FindAllStringIndex(a.s, -1); len(locs) > 0 {
			last := locs[len(locs)-1]
			end = last[1]
			if strings.TrimSpace(a.s[end:]) == "" {
				author = a.mentionEndingBefore(last[0])
			}
		}
	}
	for _, m := range furnitureMarks {
		if a.flagged&fFurniture != 0 && strings.Contains(a.s, m) {
			end = max(end, strings.LastIndex(a.s, m)+len(m))
		}
	}
	if end < 0 {
		if a.spacedDash {
			if e := a.datelineEnd(); e > 0 {
				return e, -1
			}
		}
		return a.capsHeadlineEnd(), -1
	}
	for i := range a.toks {
		if int(a.toks[i].start) >= end {
			return i, author
		}
	}
	return len(a.toks), author
}

// mentionEndingBefore returns the mention whose last token ends just before
// byte offset b (white space between), or -1.
func (a *Attributor) mentionEndingBefore(b int) int {
	for mi := len(a.ments) - 1; mi >= 0; mi-- {
		m := a.ments[mi]
		e := int(a.toks[m.t1-1].end)
		if e <= b && strings.TrimSpace(a.s[e:b]) == "" {
			return mi
		}
		if e < b {
			break
		}
	}
	return -1
}

// capsHeadlineEnd reads a headline in capitals run into the sentence that
// follows it: "MINISTER MEETS FREED HOSTAGES, PRAISES RESCUERS The army
// chief said…". It returns the first token of the sentence, or 0. The run
// needs four words in capitals that name no actor, so that acronyms ("US,
// UK AND EU Envoys") do not make one.
func (a *Attributor) capsHeadlineEnd() int {
	caps := 0
	for i := range a.toks {
		t := &a.toks[i]
		if !t.word {
			if t.canon == ',' || t.canon == '\'' || t.canon == '-' || t.canon == ':' {
				continue
			}
			return 0
		}
		if allCaps(a.s[t.start:t.end]) {
			if a.mentionAt(i) < 0 {
				caps++
			}
			continue
		}
		if caps >= 4 && t.f&fUpper != 0 {
			return i
		}
		return 0
	}
	return 0
}

// allCaps reports whether w has no lower-case ASCII letter and at least
// one upper-case one.
func allCaps(w string) bool {
	upper := false
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case 'a' <= c && c <= 'z':
			return false
		case 'A' <= c && c <= 'Z':
			upper = true
		}
	}
	return upper
}

// datelineEnd reads a dateline run into the sentence, with whatever a page
// put before it: "/ Updated By Jane Doe LONDON — The minister said…",
// "WASHINGTON (Reuters) - The…". The place is in capitals and a dash
// follows it, within the first 120 bytes. It returns the first token after
// the dash, or 0.
func (a *Attributor) datelineEnd() int {
	for i := range a.toks {
		t := &a.toks[i]
		if int(t.start) > 120 {
			return 0
		}
		if t.word || !t.space || !(t.r == '—' || t.r == '–' || t.canon == '-') || i+1 >= len(a.toks) || !a.toks[i+1].space {
			continue
		}
		p := i - 1
		if p > 1 && a.toks[p].r == ')' {
			p -= 2 // "(Reuters)"
			if p >= 0 && a.toks[p].r == '(' {
				p--
			}
		}
		if p >= 0 && a.toks[p].word && len(a.word(p)) >= 3 && allCaps(a.word(p)) && a.mentionAt(p) < 0 {
			return i + 1
		}
		return 0
	}
	return 0
}

// recase returns a headline written all in capitals in title case, and
// true; other sentences are returned as they are (or as titleRecase
// returns them), with false. The gazetteer and the word lists match
// case-sensitively, so "NORTH KOREA VOWS" would name no one. Short words
// that open a name in capitals stay so: they are acronyms ("US", "UN",
// "NATO", "KCNA"). Only ASCII letters change, so byte offsets stay put.
func (g *Gazetteer) recase(s string) (string, bool) {
	if r, ok := g.labelRecase(s); ok {
		return r, true
	}
	words := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'a' <= c && c <= 'z' {
			return titleRecase(s)
		}
		if 'A' <= c && c <= 'Z' && (i == 0 || !isASCIILetter(s[i-1])) {
			words++
		}
	}
	if words < 3 {
		return titleRecase(s)
	}
	b := []byte(s)
	eachASCIIWord(s, func(i, j int) {
		if j-i >= 5 || !g.opensName(s, i, j) {
			for k := i + 1; k < j; k++ {
				b[k] += 'a' - 'A'
			}
		}
	})
	return string(b), true
}

// labelRecase returns, with true, a transcript line whose speaker label
// is in capitals ("TRUMP: Well, he should never…", "MARGARET BRENNAN:
// The president said…") with the label in Title Case, so that its name
// matches; the rest is unchanged. One to three words of two or more
// capitals, then a colon, then prose in lower case. A word that is a name
// in capitals ("KCNA: …") keeps them.
func (g *Gazetteer) labelRecase(s string) (string, bool) {
	i, words := 0, 0
	for words < 3 {
		j := i
		for j < len(s) && 'A' <= s[j] && s[j] <= 'Z' {
			j++
		}
		if j-i < 2 || pageLabels[s[i:j]] {
			return s, false // "SEE ALSO:", "RELATED:" label a link, not a speaker
		}
		words++
		if j < len(s) && s[j] == ':' {
			i = j
			break
		}
		if j+1 >= len(s) || s[j] != ' ' {
			return s, false
		}
		i = j + 1
	}
	if i >= len(s) || s[i] != ':' || !strings.ContainsAny(s[i:], "abcdefghijklmnopqrstuvwxyz") {
		return s, false
	}
	b := []byte(s)
	changed := false
	eachASCIIWord(s[:i], func(x, y int) {
		if g.opensName(s, x, y) {
			return
		}
		for k := x + 1; k < y; k++ {
			b[k] += 'a' - 'A'
		}
		changed = true
	})
	return string(b), changed
}

// eachASCIIWord calls f with the bounds of each run of ASCII letters in s.
func eachASCIIWord(s string, f func(i, j int)) {
	for i := 0; i < len(s); {
		if !isASCIILetter(s[i]) {
			i++
			continue
		}
		j := i
		for j < len(s) && isASCIILetter(s[j]) {
			j++
		}
		f(i, j)
		i = j
	}
}

// opensName reports whether the word s[i:j], as written, opens a name of
// the gazetteer.
func (g *Gazetteer) opensName(s string, i, j int) bool {
	t := token{start: int32(i), end: int32(j), word: true}
	g.lookupWord(s, &t)
	return t.lex != 0 && len(g.lex[t.lex].phrases) > 0
}

func isASCIILetter(c byte) bool { return 'A' <= c && c <= 'Z' || 'a' <= c && c <= 'z' }

// titleRecase returns a headline in Title Case with its verbs, the nouns
// of acts and its small words in lower case ("Algeria Cuts Diplomatic Ties
// With Morocco" → "Algeria cuts Diplomatic ties with Morocco"), and true;
// other sentences as they are, with false. Offices and the nouns of names
// ("Foreign Office", "Paris Agreement") keep their capitals.
func titleRecase(s string) (string, bool) {
	words, caps, prose := 0, 0, 0
	for i := 0; i < len(s); i++ {
		if isASCIILetter(s[i]) && (i == 0 || !isASCIILetter(s[i-1])) {
			words++
			if 'A' <= s[i] && s[i] <= 'Z' {
				caps++
				continue
			}
			j := i
			for j < len(s) && isASCIILetter(s[j]) && j-i < 6 {
				j++
			}
			if j-i >= 4 && !smallTitleSet[s[i:j]] {
				prose++ // a lower-case word that Title Case would capitalise
			}
			if prose >= 2 {
				return s, false // "Seoul said on Monday that…": prose, found in its first words
			}
		}
	}
	if words < 4 || caps*10 < words*8 {
		return s, false
	}
	var b []byte
	first := true
	eachASCIIWord(s, func(i, j int) {
		w := s[i:j]
		if !first && len(w) > 1 && 'A' <= w[0] && w[0] <= 'Z' && !nameNouns[w] {
			lw := strings.ToLower(w)
			c := lexicon[lw]
			if c&cRole == 0 && (stanceActVerbs[lw] != 0 || stanceActObjects[lw] != 0 || c&(cReport|cPrep|cDet|cConj|cBe|cAux) != 0 ||
				lw == "attacked" || lw == "attacks") {
				if b == nil {
					b = []byte(s)
				}
				b[i] += 'a' - 'A'
			}
		}
		first = false
	})
	if b == nil {
		return s, false
	}
	return string(b), true
}
