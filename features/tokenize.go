package features

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

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
	Space                // white space; Tokenize drops it
)

// Token is one word or mark of a normalised sentence.
type Token struct {
	Text  string // as written, after Normalize
	Stem  string // for words: the folded stem; empty for marks
	Kind  Kind
	Role  Role // for words: grammatical roles the context features use
	Start int  // byte offset in the normalised sentence
}

// Role flags the function words that the context features count. They are
// grammar, not domain vocabulary, so they live here rather than in the
// lexicon.
type Role uint8

// The roles.
const (
	Negator     Role = 1 << iota // no, not, never, without, n't ...
	Modal                        // will, would, could ...
	Conditional                  // if, unless, otherwise ...
	Reporting                    // said, told, according ...
	FirstPerson                  // we, our ...
	ClauseBreak                  // but, while, although: ends a negation scope and a cue phrase
)

var roleWords = map[Role][]string{
	Negator:     {"no", "not", "never", "without", "nor", "neither", "none", "nobody", "nothing"},
	Modal:       {"will", "would", "could", "may", "might", "shall", "must", "can"},
	Conditional: {"if", "unless", "otherwise", "until", "lest"},
	Reporting: {"said", "say", "says", "told", "tell", "according", "claimed", "alleged", "stated",
		"added", "quoted", "insisted", "stressed", "noted", "declared", "announced", "reported", "statement"},
	FirstPerson: {"we", "our", "ours", "ourselves"},
	ClauseBreak: {"but", "while", "whereas", "although"},
}

// stemRoles maps a stem to its roles; built once from roleWords.
var stemRoles = func() map[string]Role {
	m := map[string]Role{}
	for r, ws := range roleWords {
		for _, w := range ws {
			m[computeStem(w)] |= r
		}
	}
	return m
}()

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
	st := stemmers.Get().(*stemmer)
	defer stemmers.Put(st)
	return st.tokenize(dst, s)
}

func (st *stemmer) tokenize(dst []Token, s string) []Token {
	g := newSegmenter(s)
	for g.next() {
		v, start := g.text(), g.start
		switch kind := g.kind; kind {
		case Word:
			w := st.word(v)
			dst = append(dst, Token{Text: v, Stem: w.stem, Kind: Word, Role: w.role, Start: start})
		default:
			dst = append(dst, Token{Text: v, Kind: kind, Start: start})
		}
	}
	return dst
}

// kindOf classifies the UAX #29 segment v found at offset start of s.
func kindOf(v, s string, start int) Kind {
	r, _ := utf8.DecodeRuneInString(v)
	switch {
	case unicode.IsSpace(r):
		return Space
	case unicode.IsLetter(r) || unicode.IsDigit(r):
		return Word
	case v == `"`:
		return Quote
	case isBoundary(v, s, start):
		return Boundary
	}
	return Other
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

// stemmer remembers each word's stem and roles: Snowball costs about a
// microsecond a word and news text repeats its words. Each goroutine that
// extracts features has its own stemmer (a plain map beats any shared
// concurrent one here by several times), and a full cache is emptied, so
// memory stays bounded over millions of articles.
type stemmer struct {
	cache map[string]wordInfo
}

// stemCacheMax bounds one stemmer's cache.
const stemCacheMax = 100_000

var stemmers = sync.Pool{New: func() any { return newStemmer() }}

func newStemmer() *stemmer { return &stemmer{cache: make(map[string]wordInfo, 1024)} }

type wordInfo struct {
	stem string
	role Role
}

// Stem returns the feature stem of one word token: lower case, contractions
// ending in n't read as "not", possessive 's dropped, British spelling
// folded to American, then Snowball's English stemmer. "US" and "U.S" map
// to CountryUS.
func Stem(w string) string {
	if w == "US" || w == "U.S" || w == "U.S." {
		return CountryUS
	}
	return computeStem(w)
}

func (st *stemmer) word(w string) wordInfo {
	if info, ok := st.cache[w]; ok {
		return info
	}
	stem := Stem(w)
	info := wordInfo{stem: stem, role: stemRoles[stem]}
	if len(st.cache) >= stemCacheMax {
		clear(st.cache)
	}
	st.cache[strings.Clone(w)] = info // a clone: w may pin a whole article
	return info
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
