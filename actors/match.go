package actors

import (
	"sync"
	"time"
)

// Mention is one actor name found in a sentence.
type Mention struct {
	Code       string
	Start, End int    // byte offsets in the sentence; a preceding "the" is included for names, seats and media
	Kind       string // the kind of the matched entry (name, alias, capital, seat, demonym, media, person)
	// Modifier marks a hyphenated compound such as "US-led", "Russian-backed"
	// or "pro-Russian": the actor is named, but as a qualifier of something
	// else, so it can be a target but never the speaker.
	Modifier bool
}

// mention is a Mention plus what the attribution rules need to know about
// its place among the tokens.
type mention struct {
	Mention
	t0, t1     int  // tokens of the name itself, [t0, t1); t0-1 is "the" when theT
	theT       bool // a "the" before the name belongs to the span
	possessive bool // "Japan's", "the Kremlin’s", "the Philippines'"
	// For a person in undated text: the term it was read by, and all the
	// terms of its name (see former, laterHolder); nil senses otherwise.
	term   sense
	senses []sense
}

// former reports whether m is a person read in undated text by a term that
// has ended: the office-holder of then, or the former one of now.
func (m mention) former() bool {
	return m.senses != nil && m.term.dated && m.term.to != openEnd
}

// before returns the token before m and its "the": where the preposition
// or the noun that governs the name stands ("by the Pentagon", "bloc
// IGAD").
func (m mention) before() int {
	if m.theT {
		return m.t0 - 2
	}
	return m.t0 - 1
}

// findBuffers are the scratch slices of one Find call. Find has no place of
// its own to keep them between calls, so they are pooled; an Attributor
// keeps its own.
type findBuffers struct {
	toks  []token
	ments []mention
}

var findPool = sync.Pool{New: func() any { return new(findBuffers) }}

// Find returns every actor mention in sentence, left to right. At each word
// the longest name that matches wins and matches never overlap. A name that
// is part of a place or document name ("the Taiwan Strait", "the Sea of
// Japan", "the Washington Declaration") is not an actor and is skipped.
// date is the sentence's date: a person's name resolves only while they
// hold office; a zero date means "unknown" and resolves to the most recent
// term.
func (g *Gazetteer) Find(sentence string, date time.Time) []Mention {
	if g == nil {
		return nil
	}
	b := findPool.Get().(*findBuffers)
	defer findPool.Put(b)
	b.toks = g.tokens(sentence, b.toks)
	b.ments = g.find(sentence, b.toks, dayOf(date), b.ments[:0])
	if len(b.ments) == 0 {
		return nil
	}
	out := make([]Mention, len(b.ments))
	for i := range b.ments {
		out[i] = b.ments[i].Mention
	}
	return out
}

// find appends the mentions in the tokens of s to out.
func (g *Gazetteer) find(s string, toks []token, day int32, out []mention) []mention {
	if h := g.historyOn(day); h != nil {
		// The imported office-holders live in a gazetteer of their own,
		// whose word table knows more words: the sentence is looked up
		// again there. Tokenizing does not depend on the table, so the
		// mentions' token indexes hold for toks too.
		b := findPool.Get().(*findBuffers)
		defer findPool.Put(b)
		b.toks = h.tokens(s, b.toks)
		return h.find(s, b.toks, day, out)
	}
	for i := 0; i < len(toks); {
		if toks[i].f&fName == 0 {
			i++ // no name starts with this token
			continue
		}
		m, ok := g.matchAt(s, toks, i, day)
		if !ok {
			i++
			continue
		}
		if m.Kind == KindPerson && juniorAfter(s, toks, m.t1) {
			i = m.t1 // "Donald Trump Jr.": the son, not the office-holder; nor is his "Trump"
			continue
		}
		if m.Kind != KindBlock {
			out = append(out, m)
		}
		i = m.t1
	}
	return out
}

// juniorAfter reports whether the tokens from j on add "Jr." or "Sr." to
// the name before them ("Donald Trump Jr.", "Hunter Biden, Sr."): another
// person of the same name, whose own row, if any, spells the suffix out.
func juniorAfter(s string, toks []token, j int) bool {
	if j < len(toks) && !toks[j].word && toks[j].r == ',' {
		j++
	}
	if j >= len(toks) || !toks[j].word {
		return false
	}
	w := s[toks[j].start:toks[j].end]
	return w == "Jr" || w == "Sr" || w == "JR"
}

// matchAt returns the longest phrase that matches at token i.
func (g *Gazetteer) matchAt(s string, toks []token, i int, day int32) (mention, bool) {
	t := toks[i]
	if t.lex == 0 {
		return mention{}, false
	}
	for _, p := range g.lex[t.lex].phrases {
		j := i + len(p.toks)
		if j > len(toks) || !p.matches(toks, i) {
			continue
		}
		// A phrase that ends in punctuation ("U.S.") must not end inside a
		// longer abbreviation ("U.S.A" without its final dot).
		if p.toks[len(p.toks)-1].text == "" && j < len(toks) && toks[j].word && !toks[j].space {
			continue
		}
		sn, ok := p.resolve(day)
		if !ok {
			sn, ok = g.surnameTerm(p, toks, j-1, day)
		}
		if !ok {
			continue // a person out of office: a shorter phrase may still match
		}
		if len(p.toks) == 1 && (inPersonName(s, toks, i, sn.kind) || beforeName(s, toks, j, sn.kind)) {
			continue // "Lisa Monaco", "Kayikwamba Wagner", "Northern Ireland", "Kim Dae-jung"
		}
		hasThe := i > 0 && toks[i].space && isThe(s, toks[i-1])
		if p.article && !hasThe {
			continue
		}
		if partOfPlaceName(s, toks, i, j) {
			return mention{}, false
		}
		m := mention{Mention: Mention{Code: sn.code, Start: int(t.start), End: int(toks[j-1].end), Kind: sn.kind}, t0: i, t1: j}
		if hasThe && (p.article || p.takesArticle(s, toks, i, sn.kind)) {
			m.Start, m.theT = int(toks[i-1].start), true
		}
		if day == 0 && sn.kind == KindPerson {
			m.term, m.senses = sn, p.senses
		}
		m.Modifier = hyphenBefore(toks, i) || hyphenAfter(toks, j)
		m.possessive = possessiveAfter(s, toks, j)
		return m, true
	}
	return mention{}, false
}

// surnameTerm reads a person's full name p, out of office on day, by its
// surname at token k when the surname alone names a person of the same
// state in office then: "Julia Gillard" is listed with her term as deputy
// prime minister, "Gillard" with her term as prime minister; one person
// listed under two spellings.
func (g *Gazetteer) surnameTerm(p *phrase, toks []token, k int, day int32) (sense, bool) {
	if len(p.toks) < 2 || day == 0 || p.senses[0].kind != KindPerson || toks[k].lex == 0 {
		return sense{}, false
	}
	for _, q := range g.lex[toks[k].lex].phrases {
		if len(q.toks) != 1 || !q.matches(toks, k) {
			continue
		}
		sn, ok := q.resolve(day)
		if !ok || sn.kind != KindPerson || sn.from > day || day > sn.to {
			continue
		}
		for _, ps := range p.senses {
			if ps.code == sn.code {
				return sn, true
			}
		}
	}
	return sense{}, false
}

// matches reports whether p's tokens equal the tokens from i on, spacing
// included ("U.S." is not "U. S."). Words compare by their entry in the
// gazetteer's table (see Gazetteer.lookup), which every word of a name has.
func (p *phrase) matches(toks []token, i int) bool {
	for k, pt := range p.toks {
		t := &toks[i+k]
		if k > 0 && pt.glued == t.space {
			return false
		}
		if pt.text == "" {
			if t.word || t.canon != pt.canon {
				return false
			}
			continue
		}
		if !t.word || t.lex != pt.lex {
			return false
		}
	}
	return true
}

// inPersonName reports whether a one-word country, body or person name at
// token i follows a capitalised word that is no English word: then it is
// most likely a surname ("Lisa Monaco", "Kayikwamba Wagner", "Sung Kim") or
// part of a longer place name ("Northern Ireland"). Title Case headlines ("Poland Shoots Down
// Russian Drones") are safe because their capitalised words are ordinary
// English words.
func inPersonName(s string, toks []token, i int, kind string) bool {
	if kind != KindName && kind != KindAlias && kind != KindCapital && kind != KindPerson || i == 0 {
		return false
	}
	p := toks[i-1]
	if !p.word || !toks[i].space {
		return false
	}
	if p.f&fUpper == 0 || p.f&fHonorific != 0 || isUpperWord(s[p.start:p.end]) {
		return false
	}
	return p.cls == 0 && p.f&(fLabel|fFurniture) == 0 // "Video Mexico's president…", "… Pinterest Iran" are no names
}

// beforeName reports whether a one-word person's name ends at token j and
// a capitalised word that is no English word follows: then the two are one
// longer name the gazetteer does not know ("Kim Dae-jung" is not "Kim",
// who alone is North Korea's leader).
func beforeName(s string, toks []token, j int, kind string) bool {
	if kind != KindPerson || j >= len(toks) {
		return false
	}
	n := toks[j]
	if !n.word || !n.space || n.f&fUpper == 0 || n.f&(fHonorific|fLabel) != 0 || isUpperWord(s[n.start:n.end]) {
		return false
	}
	return n.cls == 0
}

// takesArticle reports whether a "the" before this name belongs to it:
// seats, media and bodies ("the Kremlin", "the State Department"), names of
// several words, acronyms and plurals ("the United States", "the UN", "the
// Philippines"). Before a one-word country name the article belongs to a
// noun that follows: "the Iran nuclear deal", not "the Iran".
func (p *phrase) takesArticle(s string, toks []token, i int, kind string) bool {
	switch kind {
	case KindSeat, KindMedia:
		return true
	case KindName, KindAlias:
	default:
		return false
	}
	if len(p.toks) > 1 {
		return true
	}
	w := s[toks[i].start:toks[i].end]
	return w[len(w)-1] == 's' || isUpperWord(w)
}

func isThe(s string, t token) bool {
	if !t.word || t.end-t.start != 3 {
		return false
	}
	w := s[t.start:t.end]
	return w == "the" || w == "The"
}

// isDash reports whether a punctuation token joins words into a compound.
func isDash(t token) bool {
	return !t.word && (t.canon == '-' || t.r == '–')
}

// hyphenAfter: "US-led", "China-made", "US–China": the name at [.., j) is
// glued by a hyphen to a following word.
func hyphenAfter(toks []token, j int) bool {
	return j+1 < len(toks) && isDash(toks[j]) && !toks[j].space && toks[j+1].word && !toks[j+1].space
}

// hyphenBefore: "pro-Russian", "anti-US", the second half of "US-China".
func hyphenBefore(toks []token, i int) bool {
	return i >= 2 && !toks[i].space && isDash(toks[i-1]) && !toks[i-1].space && toks[i-2].word
}

// possessiveAfter: "Japan's", "Japan’s", "the Philippines'".
func possessiveAfter(s string, toks []token, j int) bool {
	if j >= len(toks) || toks[j].word || toks[j].canon != '\'' || toks[j].space {
		return false
	}
	if j+1 < len(toks) && toks[j+1].word && !toks[j+1].space {
		w := s[toks[j+1].start:toks[j+1].end]
		return w == "s" || w == "S"
	}
	prev := toks[j-1]
	return prev.word && s[prev.end-1] == 's'
}

// geoNouns make a name part of a place name: "the Taiwan Strait", "the
// South China Sea", "the Indian Ocean", "the Sea of Japan".
var geoNouns = map[string]bool{"Strait": true, "Straits": true, "Sea": true, "Ocean": true, "Gulf": true,
	"Bay": true, "Channel": true, "Canal": true, "River": true, "Peninsula": true, "Basin": true,
	"Desert": true, "Mountains": true, "Valley": true, "Coast": true, "Delta": true, "Island": true,
	"Islands": true, "Lake": true, "Plateau": true, "Highlands": true}

// nameNouns make a name part of the name of a document or meeting ("the
// Washington Declaration", "the Minsk Agreement", "the 1992 Consensus") or
// of a newspaper, which speaks for itself, not for the state its title
// names ("the Washington Post noted", "the Jerusalem Post reported").
var nameNouns = map[string]bool{"Declaration": true, "Accord": true, "Accords": true, "Agreement": true,
	"Agreements": true, "Treaty": true, "Protocol": true, "Convention": true, "Consensus": true,
	"Communique": true, "Charter": true, "Process": true, "Format": true, "Summit": true, "Doctrine": true,
	"Initiative": true, "Statute": true,
	"Post": true, "Times": true, "Herald": true, "Journal": true, "Tribune": true, "Telegraph": true,
	"Gazette": true, "Chronicle": true, "Examiner": true, "Inquirer": true, "Courier": true}

// partOfPlaceName reports whether the name at tokens [i, j) is part of a
// geographic name or of a document's name rather than an actor.
func partOfPlaceName(s string, toks []token, i, j int) bool {
	if j < len(toks) && toks[j].word && toks[j].space && toks[j].f&(fGeoNoun|fNameNoun) != 0 {
		return true
	}
	return i >= 2 && toks[i-1].word && toks[i-2].f&fGeoNoun != 0 && s[toks[i-1].start:toks[i-1].end] == "of"
}
