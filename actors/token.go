package actors

import (
	"math/bits"
	"unicode"
	"unicode/utf8"

	"stance/internal/ascii"
)

// token is one word (a maximal run of letters, digits and combining marks) or
// one punctuation rune of a sentence. Gazetteer texts are tokenized the same
// way, so a phrase matches when its tokens and the spacing between them are
// equal. Working on whole words is what keeps "Iran" out of "Iranian" and
// "UN" out of "UNESCO" without any regular expression.
type token struct {
	start, end int32 // byte offsets in the text (see maxText)
	r          rune  // the punctuation rune as written (0 for words)
	canon      rune  // r folded: apostrophes to '\'', hyphens to '-', quotes to '"'

	// Filled by Gazetteer.lookup for words (zero for punctuation and in
	// gazetteer phrases): the rules ask about each word many times, so its
	// one table lookup is done once per sentence and kept here.
	cls wclass // classOf the word
	lex uint32 // its entry in Gazetteer.lex, 0 for none
	f   wflag  // its shape and the word lists it is on

	word  bool // letters/digits; otherwise a single punctuation rune
	space bool // whitespace (or the start of the text) precedes the token
}

// canonPunct folds the typographic variants that news sites use
// interchangeably, so that "Japan’s" and "Japan's" or "Guinea‑Bissau" with a
// non-breaking hyphen are the same tokens.
func canonPunct(r rune) rune {
	switch r {
	case '’', '‘', '`', '´', 'ʼ', '′':
		return '\''
	case '‐', '‑', '−':
		return '-'
	case '“', '”', '„', '«', '»', '″':
		return '"'
	}
	return r
}

// isWordRune reports whether r belongs inside a word token.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return r != utf8.RuneError && (unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r))
}

// isSpaceRune reports whether r separates tokens.
func isSpaceRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\v' || r == '\f'
	}
	return unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff'
}

// Kinds of bytes, for the tokenizer's fast path.
const (
	bPunct = iota // ASCII punctuation
	bWord         // ASCII letter or digit
	bSpace        // ASCII white space
	bMulti        // the first byte of a multi-byte rune (or an invalid byte)
)

// byteKind classifies every byte with one load instead of a chain of range
// comparisons; the tokenizer looks at every byte of every sentence.
var byteKind = func() (k [256]uint8) {
	for c := 0; c < 256; c++ {
		switch {
		case c >= utf8.RuneSelf:
			k[c] = bMulti
		case 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9':
			k[c] = bWord
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f':
			k[c] = bSpace
		}
	}
	return k
}()

// maxText is the longest text tokenize reads; the rest of a longer one,
// which no sentence is, is ignored. Token offsets are int32 to keep tokens
// small: the rules scan the token list many times.
const maxText = 1<<31 - 1

// tokenize appends the tokens of s to buf[:0] and returns it. It never
// fails: invalid UTF-8 bytes become one-byte punctuation tokens. The word
// facts (cls, lex, f) stay zero; Gazetteer.tokens fills them in, in a pass
// of its own: looking each word up as soon as it is scanned measured
// slower, its mispredicted branches discarding the scanning work after it.
func tokenize(s string, buf []token) []token {
	if len(s) > maxText {
		s = s[:maxText] // offsets are int32
	}
	toks := buf[:0]
	space := true
	for i := 0; i < len(s); {
		c := s[i]
		switch byteKind[c] {
		case bSpace:
			space = true
			i++
			continue
		case bWord:
			// The common case, ASCII letters up to a space, needs no
			// byte loop; wordEnd handles what else may continue a word.
			j := asciiWordEnd(s, i+1)
			if j < len(s) && byteKind[s[j]] != bSpace {
				j = wordEnd(s, j)
			}
			toks = append(toks, token{start: int32(i), end: int32(j), word: true, space: space})
			space = false
			i = j
			continue
		case bPunct:
			r := rune(c)
			toks = append(toks, token{start: int32(i), end: int32(i + 1), space: space, r: r, canon: canonPunct(r)})
			space = false
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case isSpaceRune(r):
			space = true
			i += size
		case isWordRune(r):
			j := wordEnd(s, i+size)
			toks = append(toks, token{start: int32(i), end: int32(j), word: true, space: space})
			space = false
			i = j
		default:
			toks = append(toks, token{start: int32(i), end: int32(i + size), space: space, r: r, canon: canonPunct(r)})
			space = false
			i += size
		}
	}
	return toks
}

// asciiWordEnd returns the end of the run of ASCII letters and digits at
// i. It tests eight bytes at a time: a loop that stops at the first other
// byte costs a mispredicted branch per word, as word lengths vary.
func asciiWordEnd(s string, i int) int {
	if i+8 <= len(s) {
		if m := ^alnumMask(ascii.Load64(s, i)) & hiBits; m != 0 {
			return i + bits.TrailingZeros64(m)/8
		}
	}
	return asciiWordEndLong(s, i)
}

// asciiWordEndLong is asciiWordEnd for words of more than eight bytes and
// near the end of s.
func asciiWordEndLong(s string, i int) int {
	for i+8 <= len(s) {
		if m := ^alnumMask(ascii.Load64(s, i)) & hiBits; m != 0 {
			return i + bits.TrailingZeros64(m)/8
		}
		i += 8
	}
	for i < len(s) && byteKind[s[i]] == bWord {
		i++
	}
	return i
}

const (
	loBits = 0x0101010101010101 // the low bit of each byte
	hiBits = 0x8080808080808080 // the high bit of each byte
)

// alnumMask returns x with only the high bit of each byte kept, set where
// that byte is an ASCII letter or digit. Each range test adds a constant to
// every byte at once: with the high bits cleared first no sum carries into
// the next byte, and its high bit says whether the byte reached the bound.
func alnumMask(x uint64) uint64 {
	ascii := ^x & hiBits // bytes below 0x80
	v := x &^ hiBits
	digit := (v + loBits*(0x80-'0')) &^ (v + loBits*(0x7F-'9'))
	l := v | loBits*0x20 // A-Z to a-z (and nothing else into a-z)
	alpha := (l + loBits*(0x80-'a')) &^ (l + loBits*(0x7F-'z'))
	return (digit | alpha) & ascii & hiBits
}

// wordEnd returns the end of the word that continues at i. A comma or dot
// between digits stays inside the word ("1,500", "3.5"), so that numbers do
// not look like clause boundaries.
func wordEnd(s string, i int) int {
	for i < len(s) {
		c := s[i]
		if k := byteKind[c]; k != bMulti {
			if k == bWord {
				i++
				continue
			}
			if (c == ',' || c == '.') && i+1 < len(s) && isDigit(s[i-1]) && isDigit(s[i+1]) {
				i++
				continue
			}
			return i
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if !isWordRune(r) {
			return i
		}
		i += size
	}
	return i
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// lookupWord fills in the word facts of the word token t (cls, lex and
// f): one table lookup per word, shared by the name matcher and the
// attribution rules, and the same answers as classOf.
func (g *Gazetteer) lookupWord(s string, t *token) {
	c := s[t.start]
	f := firstByteShape[c]
	if t.end-t.start > maxLexLen {
		f &^= fCapd // what classOf reports for a word it does not know
	}
	if g.firstByte[c] {
		if sl := g.words.get(s, int(t.start), int(t.end), false); sl.k != 0 {
			t.lex, t.cls, t.f = sl.k, sl.cls, f&^fCapd|sl.f
			return
		}
	}
	if f&fCapd != 0 && g.firstByte[c+'a'-'A'] {
		// An unknown capitalised word has the classes of its lower-case
		// form ("It", "Said"), but not its other facts.
		t.cls = g.words.get(s, int(t.start), int(t.end), true).cls
	}
	t.f = f
}

// firstByteShape is the shape a word's first byte gives it: fLower, or
// fUpper and fCapd.
var firstByteShape = func() (sh [256]wflag) {
	for c := 'a'; c <= 'z'; c++ {
		sh[c] = fLower
		sh[c-'a'+'A'] = fUpper | fCapd
	}
	return sh
}()

// tokens tokenizes s into buf and looks its words up.
func (g *Gazetteer) tokens(s string, buf []token) []token {
	toks := tokenize(s, buf)
	for i := range toks {
		if toks[i].word {
			g.lookupWord(s, &toks[i])
		}
	}
	return toks
}
