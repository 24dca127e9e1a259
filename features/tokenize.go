package features

import (
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	"github.com/clipperhouse/uax29/v2/words"
	"github.com/kljensen/snowball/english"
)

// Kind says what a token is.
type Kind uint8

// Token kinds.
const (
	Word     Kind = iota // letters or digits
	Quote                // a double quote mark, after Normalize
	Boundary             // punctuation that ends a clause: , ; : . ! ? ( ) and a spaced dash
	Other                // any other symbol
)

// Token is one word or mark of a normalised sentence.
type Token struct {
	Text  string // as written, after Normalize
	Stem  string // for words: the folded stem; empty for marks
	Kind  Kind
	Start int // byte offset in the normalised sentence
}

// CountryUS is the stem given to "US" and "U.S." so that the country is
// never confused with the pronoun "us".
const CountryUS = "US"

// NumberStem replaces every number, so that dates and counts do not each
// become a feature of their own.
const NumberStem = "#num"

// Tokenize splits a normalised sentence on Unicode word boundaries and
// stems its words. It appends to dst, which may be nil, to let hot loops
// reuse a buffer.
func Tokenize(dst []Token, s string) []Token {
	it := words.FromString(s)
	for it.Next() {
		v := it.Value()
		start := it.Start()
		r, _ := utf8.DecodeRuneInString(v)
		switch {
		case unicode.IsSpace(r):
			continue
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			dst = append(dst, Token{Text: v, Stem: Stem(v), Kind: Word, Start: start})
		case v == `"`:
			dst = append(dst, Token{Text: v, Kind: Quote, Start: start})
		case isBoundary(v, s, start):
			dst = append(dst, Token{Text: v, Kind: Boundary, Start: start})
		default:
			dst = append(dst, Token{Text: v, Kind: Other, Start: start})
		}
	}
	return dst
}

// isBoundary reports whether punctuation v at offset start ends a clause.
// A hyphen does so only when spaced ("talks - and"), not inside "US-led".
func isBoundary(v, s string, start int) bool {
	switch v {
	case ",", ";", ":", ".", "!", "?", "(", ")", "[", "]", "…":
		return true
	case "-":
		return start > 0 && s[start-1] == ' '
	}
	return false
}

// stemCache remembers stems: Snowball costs about a microsecond a word and
// news text repeats its words. The cache stops growing at stemCacheMax
// entries so that memory stays bounded over millions of articles.
var (
	stemCache    sync.Map
	stemCacheLen atomic.Int64
)

const stemCacheMax = 200_000

// Stem returns the feature stem of one word token: lower case, contractions
// ending in n't read as "not", possessive 's dropped, British spelling
// folded to American, then Snowball's English stemmer. "US" and "U.S" map
// to CountryUS.
func Stem(word string) string {
	if word == "US" || word == "U.S" || word == "U.S." {
		return CountryUS
	}
	if v, ok := stemCache.Load(word); ok {
		return v.(string)
	}
	st := computeStem(word)
	if stemCacheLen.Load() < stemCacheMax {
		if _, loaded := stemCache.LoadOrStore(word, st); !loaded {
			stemCacheLen.Add(1)
		}
	}
	return st
}

func computeStem(word string) string {
	w := strings.ToLower(word)
	w = strings.ReplaceAll(w, "’", "'")
	if strings.HasSuffix(w, "n't") || w == "cannot" {
		return "not"
	}
	w = strings.TrimSuffix(w, "'s")
	w = strings.TrimSuffix(w, "'")
	if w == "" {
		return "'"
	}
	if r, _ := utf8.DecodeRuneInString(w); unicode.IsDigit(r) {
		return NumberStem
	}
	w = americanize(w)
	return english.Stem(w, false)
}
