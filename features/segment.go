package features

import (
	"github.com/clipperhouse/uax29/v2/words"

	"stance/internal/ascii"
)

// segmenter walks the tokens of a normalised sentence on Unicode word
// boundaries (UAX #29). Most news sentences are plain ASCII once
// normalised, and for those it applies the standard's rules itself, which
// costs a fraction of the general segmenter; FuzzSegmentASCII checks that
// both give the same tokens.
type segmenter struct {
	s     string
	it    *words.Iterator[string] // nil for ASCII text
	start int                     // the current token is s[start:end]
	end   int
	kind  Kind
}

func newSegmenter(s string) segmenter {
	if ascii.Is(s) {
		return segmenter{s: s}
	}
	return segmenter{s: s, it: words.FromString(s)}
}

// next moves to the next token that is not white space and reports
// whether there is one.
func (g *segmenter) next() bool {
	for {
		if g.it != nil {
			if !g.it.Next() {
				return false
			}
			g.start, g.end = g.it.Start(), g.it.End()
			g.kind = kindOf(g.s[g.start:g.end], g.s, g.start)
		} else {
			i := g.end
			for i < len(g.s) && g.s[i] == ' ' {
				i++ // most spaces are single: skipped here, they cost no call
			}
			if i >= len(g.s) {
				return false
			}
			g.start = i
			g.end, g.kind = asciiToken(g.s, i)
		}
		if g.kind != Space {
			return true
		}
	}
}

// text is the current token.
func (g *segmenter) text() string { return g.s[g.start:g.end] }

// Byte classes of ASCII for word boundaries: UAX #29's word-break
// properties as they apply to ASCII.
const (
	aOther  uint8 = iota
	aLetter       // ALetter
	aDigit        // Numeric
	aJoin         // ExtendNumLet: the underscore
	aMidL         // MidLetter: the colon, joins letters only
	aMidLN        // MidNumLet and Single_Quote: full stop and apostrophe, join letters or digits
	aMidN         // MidNum: comma and semicolon, join digits only
	aSpace        // white space (a run of it is one token, which the caller skips)
)

var asciiClass = func() (t [256]uint8) {
	for c := 'a'; c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = aLetter, aLetter
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = aDigit
	}
	t['_'] = aJoin
	t[':'] = aMidL
	t['.'], t['\''] = aMidLN, aMidLN
	t[','], t[';'] = aMidN, aMidN
	for _, c := range " \t\n\v\f\r" {
		t[c] = aSpace
	}
	return t
}()

// asciiToken returns the end and kind of the token of the ASCII string s
// that starts at i. Letters, digits and underscores join (WB5, WB8–WB10,
// WB13a–b); a colon, full stop or apostrophe between two letters stays in
// the word ("don't", "U.S"), and a comma, semicolon, full stop or
// apostrophe between two digits too ("1,500", "3.5") (WB6–7, WB11–12).
// Every other character is a token of its own.
func asciiToken(s string, i int) (int, Kind) {
	c := asciiClass[s[i]]
	switch c {
	case aLetter, aDigit, aJoin:
		j := i + 1
		for j < len(s) {
			switch asciiClass[s[j]] {
			case aLetter, aDigit, aJoin:
				j++
				continue
			case aMidL, aMidLN, aMidN:
				if j+1 < len(s) && joinsAcross(asciiClass[s[j-1]], asciiClass[s[j]], asciiClass[s[j+1]]) {
					j += 2
					continue
				}
			}
			break
		}
		if c == aJoin {
			return j, Other // a token that starts with "_" is no word
		}
		return j, Word
	case aSpace:
		j := i + 1
		for j < len(s) && asciiClass[s[j]] == aSpace {
			j++
		}
		return j, Space
	}
	v := s[i : i+1]
	switch {
	case v == `"`:
		return i + 1, Quote
	case isBoundary(v, s, i):
		return i + 1, Boundary
	}
	return i + 1, Other
}

// joinsAcross reports whether the middle character mid keeps the
// characters before and after it in one word.
func joinsAcross(before, mid, after uint8) bool {
	switch {
	case before == aLetter && after == aLetter:
		return mid == aMidL || mid == aMidLN
	case before == aDigit && after == aDigit:
		return mid == aMidN || mid == aMidLN
	}
	return false
}
