package actors

import (
	"unicode"
	"unicode/utf8"
)

// token is one word (a maximal run of letters, digits and combining marks) or
// one punctuation rune of a sentence. Gazetteer texts are tokenized the same
// way, so a phrase matches when its tokens and the spacing between them are
// equal. Working on whole words is what keeps "Iran" out of "Iranian" and
// "UN" out of "UNESCO" without any regular expression.
type token struct {
	start, end int  // byte offsets in the text
	word       bool // letters/digits; otherwise a single punctuation rune
	space      bool // whitespace (or the start of the text) precedes the token
	r          rune // the punctuation rune as written (0 for words)
	canon      rune // r folded: apostrophes to '\'', hyphens to '-', quotes to '"'
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

// tokenize appends the tokens of s to buf[:0] and returns it. It never
// fails: invalid UTF-8 bytes become one-byte punctuation tokens.
func tokenize(s string, buf []token) []token {
	toks := buf[:0]
	space := true
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f':
				space = true
				i++
				continue
			case 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9':
				j := wordEnd(s, i+1)
				toks = append(toks, token{start: i, end: j, word: true, space: space})
				space = false
				i = j
				continue
			default:
				r := rune(c)
				toks = append(toks, token{start: i, end: i + 1, space: space, r: r, canon: canonPunct(r)})
				space = false
				i++
				continue
			}
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case isSpaceRune(r):
			space = true
			i += size
		case isWordRune(r):
			j := wordEnd(s, i+size)
			toks = append(toks, token{start: i, end: j, word: true, space: space})
			space = false
			i = j
		default:
			toks = append(toks, token{start: i, end: i + size, space: space, r: r, canon: canonPunct(r)})
			space = false
			i += size
		}
	}
	return toks
}

// wordEnd returns the end of the word that continues at i. A comma or dot
// between digits stays inside the word ("1,500", "3.5"), so that numbers do
// not look like clause boundaries.
func wordEnd(s string, i int) int {
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' {
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
