package text

import (
	"bytes"
	"math/bits"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"stance/internal/ascii"
)

// IsBoilerplate reports whether a line is web-page furniture rather than
// article text: share buttons, registration prompts, captions, credits,
// cookie notices, donation appeals and stand-alone date lines. It looks at
// one line only; [Parse] also drops the later paragraphs of a multi-paragraph
// appeal, which need their neighbours to be recognised.
func IsBoilerplate(line string) bool {
	return classify(line).boilerplate
}

// matchKind says which part of a lower-cased line a pattern must match.
type matchKind uint8

const (
	whole    matchKind = iota // the whole line, ignoring final punctuation
	prefix                    // the start of the line, ending at a word boundary
	contains                  // anywhere, at word boundaries
	suffix                    // the end of the line, ignoring final punctuation
)

// pattern is one row of the boilerplate table.
type pattern struct {
	kind    matchKind
	text    string   // lower case; for contains, "a+b" means both a and b
	parts   []string // text split at "+", filled in by compilePatterns
	anchors uint64   // bits of the anchor words a contains pattern needs; filled in by compilePatterns
	max     int      // the line has at most this many words; 0 means any length
	bare    bool     // the line has no sentence-final punctuation (button labels, credits)
	voice   bool     // the site speaks: we/our/you/your outside quotes
	// appeal marks the opening of a donation or subscription appeal, whose
	// following paragraphs are dropped while they keep speaking as the site.
	appeal bool
}

// linkWords bounds the words of a link line ("Related: Five things to know
// about the ceasefire"); headlines run to about fifteen.
const linkWords = 20

// boilerplatePatterns is the table of site furniture. Patterns are matched
// case-insensitively against the trimmed line; prefixes and contained phrases
// must end at a word boundary, so "share" does not match "Share prices".
// Keep ambiguous phrases constrained by max, bare or voice: a real news
// sentence such as "Berlin will support independent journalism in Belarus."
// must survive.
var boilerplatePatterns = []pattern{
	// Lone buttons, menus and section labels.
	{kind: whole, text: "comments"}, {kind: whole, text: "comment"},
	{kind: whole, text: "share"}, {kind: whole, text: "share this article"},
	{kind: whole, text: "share this story"}, {kind: whole, text: "share this"},
	{kind: whole, text: "read more"}, {kind: whole, text: "advertisement"},
	{kind: whole, text: "advert"}, {kind: whole, text: "skip to content"},
	{kind: whole, text: "skip to main content"}, {kind: whole, text: "most read"},
	{kind: whole, text: "most popular"}, {kind: whole, text: "most viewed"},
	{kind: whole, text: "newsletter"}, {kind: whole, text: "newsletters"},
	{kind: whole, text: "sponsored"}, {kind: whole, text: "recommended"},
	{kind: whole, text: "trending"}, {kind: whole, text: "topics"},
	{kind: whole, text: "print"}, {kind: whole, text: "email"},
	{kind: whole, text: "facebook"}, {kind: whole, text: "twitter"},
	{kind: whole, text: "whatsapp"}, {kind: whole, text: "linkedin"},
	{kind: whole, text: "copy link"}, {kind: whole, text: "link copied"},
	{kind: whole, text: "bookmark"}, {kind: whole, text: "save"},
	{kind: whole, text: "loading"}, {kind: whole, text: "menu"},
	{kind: whole, text: "view comments"}, {kind: whole, text: "show comments"},
	{kind: whole, text: "read next"}, {kind: whole, text: "up next"},
	{kind: whole, text: "you may also like"}, {kind: whole, text: "more on this story"},
	{kind: whole, text: "getty images"}, {kind: whole, text: "related"},
	{kind: whole, text: "related articles"}, {kind: whole, text: "related stories"},
	{kind: whole, text: "listen to this article"}, {kind: whole, text: "continue reading"},
	{kind: whole, text: "subscribe"}, {kind: whole, text: "subscribe now"},
	{kind: whole, text: "register"}, {kind: whole, text: "log in"}, {kind: whole, text: "sign in"},
	{kind: whole, text: "world"}, {kind: whole, text: "world news"}, {kind: whole, text: "news"},
	{kind: whole, text: "politics"}, {kind: whole, text: "business"}, {kind: whole, text: "asia"},
	{kind: whole, text: "europe"}, {kind: whole, text: "africa"}, {kind: whole, text: "americas"},
	{kind: whole, text: "middle east"}, {kind: whole, text: "uk news"}, {kind: whole, text: "us news"},
	{kind: whole, text: "opinion"}, {kind: whole, text: "analysis"}, {kind: whole, text: "explainer"},
	{kind: whole, text: "live"}, {kind: whole, text: "video"}, {kind: whole, text: "podcast"},
	{kind: prefix, text: "share on ", max: 4}, {kind: prefix, text: "share via ", max: 4},
	{kind: prefix, text: "story continues below"}, {kind: prefix, text: "article continues below"},
	{kind: prefix, text: "scroll to continue"}, {kind: whole, text: "reuse this content"},
	{kind: prefix, text: "our standards:"},

	// Links to other content. A link is a headline: a longer line has had
	// the next sentence run into it by the scraper, and the sentence is
	// kept (the attribution rules skip the label).
	{kind: prefix, text: "related video:", max: linkWords}, {kind: prefix, text: "related video", bare: true},
	{kind: prefix, text: "related:", max: linkWords}, {kind: prefix, text: "watch:", max: linkWords},
	{kind: prefix, text: "watch video:", max: linkWords}, {kind: prefix, text: "read more:", max: linkWords},
	{kind: prefix, text: "read more about", bare: true}, {kind: prefix, text: "also read:", max: linkWords},
	{kind: prefix, text: "read also:", max: linkWords}, {kind: prefix, text: "see also:", max: linkWords},
	{kind: prefix, text: "more:"}, {kind: prefix, text: "click here"},
	{kind: prefix, text: "tap here"}, {kind: prefix, text: "follow us on"},
	{kind: prefix, text: "follow us", max: 8}, {kind: prefix, text: "download our app"},
	{kind: prefix, text: "download the app"}, {kind: prefix, text: "get our", bare: true, max: 12},

	// Picture and video furniture of broadcasters' pages, which run the
	// caption on: "Image copyright Reuters Image caption The minister…".
	{kind: prefix, text: "image copyright", max: linkWords + 10}, {kind: prefix, text: "image caption", max: linkWords + 10},
	{kind: prefix, text: "media playback is unsupported", max: linkWords + 10},
	{kind: prefix, text: "media caption", max: linkWords + 10},

	// Comments and registration.
	{kind: prefix, text: "join our commenting forum"},
	{kind: prefix, text: "join thought-provoking conversations"},
	{kind: prefix, text: "join the conversation", max: 12},
	{kind: prefix, text: "join the discussion", max: 12}, {kind: prefix, text: "join the debate", max: 12},
	{kind: prefix, text: "thank you for registering"}, {kind: prefix, text: "thanks for registering"},
	{kind: prefix, text: "refresh this page"}, {kind: prefix, text: "refresh the page"},
	{kind: prefix, text: "please refresh the page"}, {kind: prefix, text: "please refresh your browser"},
	{kind: prefix, text: "please log in"}, {kind: prefix, text: "please sign in"},
	{kind: prefix, text: "log in ", max: 20}, {kind: prefix, text: "login ", max: 20},
	{kind: prefix, text: "sign in ", max: 20}, {kind: prefix, text: "sign into", max: 20},
	{kind: prefix, text: "already have an account"}, {kind: prefix, text: "already a subscriber"},
	{kind: prefix, text: "create an account"}, {kind: prefix, text: "create a free account"},
	{kind: prefix, text: "register for free"}, {kind: prefix, text: "want to bookmark"},
	{kind: prefix, text: "to continue reading"}, {kind: prefix, text: "have your say"},
	{kind: prefix, text: "we want to hear"}, {kind: prefix, text: "send us your"},
	{kind: prefix, text: "got a tip"},

	// Donation, membership and subscription appeals.
	{kind: prefix, text: "your support", max: 25, appeal: true},
	{kind: prefix, text: "your donation", appeal: true},
	{kind: prefix, text: "your contribution", appeal: true},
	{kind: contains, text: "support+journalism", max: 20, bare: true, appeal: true},
	{kind: contains, text: "support+journalism", max: 40, voice: true, appeal: true},
	{kind: prefix, text: "support us", appeal: true},
	{kind: prefix, text: "support the independent", appeal: true},
	{kind: prefix, text: "become a member", appeal: true},
	{kind: prefix, text: "become a subscriber", appeal: true},
	{kind: prefix, text: "subscribe ", max: 25, appeal: true},
	{kind: prefix, text: "subscribe:", appeal: true},
	{kind: prefix, text: "sign up ", max: 25},
	{kind: prefix, text: "sign up:"},
	{kind: prefix, text: "donate", max: 25, appeal: true},
	{kind: prefix, text: "make a donation", appeal: true},
	{kind: prefix, text: "make a contribution", appeal: true},
	{kind: prefix, text: "please consider", max: 30, voice: true, appeal: true},
	{kind: prefix, text: "give once", appeal: true}, {kind: prefix, text: "give monthly", appeal: true},
	{kind: prefix, text: "before you go", appeal: true},
	{kind: contains, text: "readers like you", max: 40, appeal: true},
	{kind: contains, text: "as little as $", max: 25, appeal: true},
	{kind: contains, text: "as little as £", max: 25, appeal: true},
	{kind: contains, text: "as little as €", max: 25, appeal: true},

	// Credits and legal lines.
	{kind: prefix, text: "additional reporting by"}, {kind: prefix, text: "with additional reporting"},
	{kind: prefix, text: "reporting by", bare: true}, {kind: prefix, text: "editing by", bare: true},
	{kind: prefix, text: "writing by", bare: true}, {kind: prefix, text: "compiled by", bare: true},
	{kind: contains, text: "reporting by+editing by", max: 40},
	{kind: prefix, text: "©"}, {kind: prefix, text: "(c) 1"}, {kind: prefix, text: "(c) 2"},
	{kind: prefix, text: "copyright ©"}, {kind: prefix, text: "copyright (c)"},
	{kind: prefix, text: "copyright 1"}, {kind: prefix, text: "copyright 2"},
	{kind: prefix, text: "copyright:"}, {kind: contains, text: "all rights reserved", max: 30},
	{kind: prefix, text: "this article was originally published"},
	{kind: prefix, text: "this story was originally published"},
	{kind: prefix, text: "first published on", max: 20}, {kind: prefix, text: "last modified on", max: 20},

	// Photo and video credits and captions.
	{kind: prefix, text: "photo:"}, {kind: prefix, text: "photos:"},
	{kind: prefix, text: "photograph:"}, {kind: prefix, text: "picture:"},
	{kind: prefix, text: "image:"}, {kind: prefix, text: "(image:"},
	{kind: prefix, text: "(photo:"}, {kind: prefix, text: "(picture:"},
	{kind: prefix, text: "image caption"}, {kind: prefix, text: "image source"},
	{kind: prefix, text: "media caption"}, {kind: prefix, text: "caption:"},
	{kind: prefix, text: "credit:"}, {kind: prefix, text: "file photo:"},
	{kind: prefix, text: "(ap photo"}, {kind: prefix, text: "ap photo/"},
	{kind: contains, text: "(image:", max: 60}, {kind: contains, text: "(photo:", max: 60},
	{kind: suffix, text: "getty images", max: 40}, {kind: suffix, text: "/getty", max: 40},
	{kind: suffix, text: "/ getty", max: 40}, {kind: suffix, text: "/reuters", max: 40},
	{kind: suffix, text: "/ reuters", max: 40}, {kind: suffix, text: "/afp", max: 40},
	{kind: suffix, text: "/ afp", max: 40}, {kind: suffix, text: "/ap", max: 40},
	{kind: suffix, text: "/ ap", max: 40}, {kind: suffix, text: "(ap photo)", max: 40},

	// Cookie notices.
	{kind: contains, text: "we use cookies", max: 60},
	{kind: contains, text: "uses cookies", max: 60},
	{kind: contains, text: "our cookie policy", max: 60},
	{kind: contains, text: "accept all cookies", max: 60},
	{kind: contains, text: "cookie settings", max: 60},
	{kind: contains, text: "cookie preferences", max: 60},
	{kind: contains, text: "manage cookies", max: 60},
	{kind: contains, text: "our use of cookies", max: 60},
}

// lineInfo is what classify learns about one line.
type lineInfo struct {
	boilerplate bool
	appeal      bool // opens or continues a donation appeal
	voice       int  // we/our/us/you/your outside quotes
	readerVoice int  // you/your outside quotes: the site addresses the reader
	pitch       int  // support, journalism, readers, … outside quotes
	strongPitch int  // donation, paywall, subscribe, … outside quotes

	// parseDateLine's answer for the line, once dateChecked: classify
	// computes it for most lines, and the header search needs it again.
	dateChecked bool
	isDate      bool
	date        time.Time

	role lineRole // set by assignRoles
}

// compiled is the pattern table arranged for fast lookup, built once: whole
// lines in a map, prefixes by their first byte, and the rest in a list.
var compiled = compilePatterns(boilerplatePatterns)

type compiledTable struct {
	whole    map[string][]pattern
	wholeMax int // the longest whole-line key, in bytes
	prefixes [256][]pattern
	scan     []pattern // contains and suffix patterns
	// suffixEnds marks the last bytes of the suffix patterns, so that most
	// lines skip the scan.
	suffixEnds [256]bool
	unanchored bool // some contains pattern has no anchor word
	scanMax    int  // the largest max of the scan patterns
	vocab      vocabulary
}

func compilePatterns(ps []pattern) *compiledTable {
	t := &compiledTable{whole: map[string][]pattern{}}
	for _, p := range ps {
		switch p.kind {
		case whole:
			t.whole[p.text] = append(t.whole[p.text], p)
			t.wholeMax = max(t.wholeMax, len(p.text))
		case prefix:
			t.prefixes[p.text[0]] = append(t.prefixes[p.text[0]], p)
		default:
			p.parts = strings.Split(p.text, "+")
			if p.kind == suffix {
				t.suffixEnds[p.text[len(p.text)-1]] = true
			}
			t.scan = append(t.scan, p)
			t.scanMax = max(t.scanMax, p.max)
		}
	}
	t.vocab = newVocabulary(t.scan)
	for _, p := range t.scan {
		t.unanchored = t.unanchored || p.kind == contains && p.anchors == 0
	}
	return t
}

// anchorWords returns the words of a contains pattern that serve as its
// anchors: its runs of ASCII letters of at least minAnchor letters.
//
// A contains pattern matches at word boundaries, and its inner letter runs
// are bounded by the pattern's own spaces and punctuation, so when it
// matches, each of its letter runs is a whole run of ASCII letters in the
// line. scanLine notes which anchor words a line holds as such runs, and a
// pattern with an anchor the line lacks cannot match: most paragraphs
// mention no cookies. Short words (by, as, our) are left out because they
// are in most lines and would only slow the scan.
func anchorWords(text string) []string {
	var words []string
	for i := 0; i < len(text); {
		j := i
		for j < len(text) && isASCIILetter(text[j]) {
			j++
		}
		if j-i >= minAnchor {
			words = append(words, text[i:j])
		}
		i = j + 1
	}
	return words
}

// minAnchor is the length of the shortest anchor word.
const minAnchor = 5

// applies reports whether the pattern's conditions hold for a line with the
// given number of words, final punctuation and site voice.
func (p pattern) applies(words int, bare bool, voice int) bool {
	return (p.max == 0 || words <= p.max) && (!p.bare || bare) && (!p.voice || voice > 0)
}

// classify runs the pattern table and the site-voice counts over one line.
func classify(line string) lineInfo {
	line = strings.TrimSpace(line)
	if line == "" {
		return lineInfo{}
	}
	var info lineInfo
	lw := compiled.scanLine(line)
	info.voice, info.readerVoice, info.pitch, info.strongPitch = lw.voice, lw.reader, lw.pitch, lw.strong

	// Appeal paragraphs with no tell-tale phrase: the site asks for money
	// or sells its journalism in its own voice.
	if info.voice >= 1 && info.strongPitch >= 1 || info.voice >= 2 && info.pitch >= 2 || info.voice >= 1 && info.pitch >= 3 {
		info.boilerplate, info.appeal = true, true
		return info
	}
	if p, ok := compiled.match(line, &lw); ok {
		info.boilerplate, info.appeal = true, p.appeal
		return info
	}
	info.date, info.isDate = parseDateLine(line)
	info.dateChecked = true
	info.boilerplate = info.isDate
	return info
}

// match finds the first pattern that matches line, given what scanLine
// found in it.
func (t *compiledTable) match(line string, lw *lineWords) (pattern, bool) {
	words, voice := lw.words, lw.voice
	bare := !endsSentence(line)
	if words <= 6 && len(line) <= 100 { // whole-line patterns are short labels
		for _, p := range t.whole[t.wholeKey(line)] {
			if p.applies(words, bare, voice) {
				return p, true
			}
		}
	}
	prefixes := t.prefixes[lowerASCII(line[0])]
	for i := range prefixes {
		p := &prefixes[i] // patterns are large; range by index spares the copies
		if p.applies(words, bare, voice) && hasFoldPrefix(line, p.text) && boundaryAfter(line, len(p.text), p.text) {
			return *p, true
		}
	}
	if words > t.scanMax {
		return pattern{}, false
	}
	trimmed := trimFinal(line) // patterns ignore final punctuation
	if lw.anchors == 0 && !t.unanchored && (trimmed == "" || !t.suffixEnds[lowerASCII(trimmed[len(trimmed)-1])]) {
		return pattern{}, false // no contains pattern has its anchors, no suffix its last byte
	}
	var buf [512]byte
	var lower []byte // trimmed with ASCII letters lower-cased, built on first need
	for i := range t.scan {
		p := &t.scan[i]
		switch {
		case !p.applies(words, bare, voice):
		case p.kind == suffix:
			if hasFoldSuffix(trimmed, p.text) {
				return *p, true
			}
		case p.kind == contains && lw.anchors&p.anchors == p.anchors:
			if lower == nil {
				lower = appendLowerASCII(buf[:0], trimmed)
			}
			if containsAllWords(lower, p.parts) {
				return *p, true
			}
		}
	}
	return pattern{}, false
}

// trimFinal is strings.TrimRight(s, " .:!…|"), the final punctuation that
// contains and suffix patterns ignore, without the slow path TrimRight
// takes for a cutset beyond ASCII.
func trimFinal(s string) string {
	for len(s) > 0 {
		switch c := s[len(s)-1]; {
		case c == ' ' || c == '.' || c == ':' || c == '!' || c == '|':
			s = s[:len(s)-1]
		case strings.HasSuffix(s, "…"):
			s = s[:len(s)-len("…")]
		default:
			return s
		}
	}
	return s
}

// wholeKey returns the key of line in the whole-line table: the line lower
// cased, without the bullets and final punctuation that buttons and labels
// carry, so "Comments:" and "• Share" match their plain forms. A key longer
// than any in the table comes back empty, which matches nothing.
//
// For ASCII lines it lower-cases into a buffer on the stack and only after
// trimming, which gives the same key (the trimmed characters have no case)
// without allocating; other lines take the general path through
// strings.ToLower.
func (t *compiledTable) wholeKey(line string) string {
	if !ascii.Is(line) {
		return trimKey(strings.ToLower(line))
	}
	line = trimKey(line)
	if len(line) > t.wholeMax {
		return ""
	}
	var buf [64]byte
	return string(appendLowerASCII(buf[:0], line))
}

// trimKey strips the bullets and final punctuation of a whole-line key.
func trimKey(s string) string {
	return strings.Trim(s, " .:!…|•·-–—>»")
}

// appendLowerASCII appends s to dst with ASCII letters lower-cased. The
// patterns' letters are ASCII, so this is all the case folding matching
// needs, and it avoids the slow path strings.ToLower takes on text with
// curly quotes.
func appendLowerASCII(dst []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		dst = append(dst, lowerASCII(s[i]))
	}
	return dst
}

// hasFoldPrefix reports whether s starts with the lower-case pattern p,
// ignoring the case of ASCII letters in s. It does not allocate, unlike
// lower-casing every paragraph would.
func hasFoldPrefix(s, p string) bool {
	if len(s) < len(p) {
		return false
	}
	for i := 0; i < len(p); i++ {
		if lowerASCII(s[i]) != p[i] {
			return false
		}
	}
	return true
}

// hasFoldSuffix is hasFoldPrefix for the end of s.
func hasFoldSuffix(s, p string) bool {
	return len(s) >= len(p) && hasFoldPrefix(s[len(s)-len(p):], p)
}

func lowerASCII(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// containsAllWords reports whether s contains every one of the phrases,
// each at word boundaries.
func containsAllWords(s []byte, phrases []string) bool {
	for _, part := range phrases {
		if !containsWord(s, part) {
			return false
		}
	}
	return true
}

// containsWord reports whether phrase occurs in s starting and ending at word
// boundaries.
func containsWord(s []byte, phrase string) bool {
	for off := 0; off < len(s); {
		k := bytes.Index(s[off:], []byte(phrase))
		if k < 0 {
			return false
		}
		at := off + k
		if boundaryBefore(s, at, phrase) && boundaryAfter(s, at+len(phrase), phrase) {
			return true
		}
		off = at + 1
	}
	return false
}

// boundaryAfter reports whether position i of s, just after a match of p,
// is a word boundary. A pattern that itself ends in a non-letter ("photo:",
// "log in ", "copyright 2") needs no further check.
func boundaryAfter[T string | []byte](s T, i int, p string) bool {
	if last, _ := utf8.DecodeLastRuneInString(p); !unicode.IsLetter(last) || i >= len(s) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(string(s[i:min(len(s), i+utf8.UTFMax)]))
	return !isWordRune(r)
}

// boundaryBefore is boundaryAfter for the start of a match at i.
func boundaryBefore(s []byte, i int, p string) bool {
	if first, _ := utf8.DecodeRuneInString(p); !unicode.IsLetter(first) || i == 0 {
		return true
	}
	r, _ := utf8.DecodeLastRune(s[:i])
	return !isWordRune(r)
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// endsSentence reports whether a line ends with sentence-final punctuation,
// possibly followed by closing quotes or brackets.
func endsSentence(line string) bool {
	s := line
	if n := len(s); n > 0 && (s[n-1] >= utf8.RuneSelf || strings.IndexByte(" \"')]", s[n-1]) >= 0) {
		// Only then is there anything to trim; TrimRight is slow with a
		// cutset beyond ASCII.
		s = strings.TrimRight(s, " ”’\"')]»")
	}
	return strings.HasSuffix(s, ".") || strings.HasSuffix(s, "!") ||
		strings.HasSuffix(s, "?") || strings.HasSuffix(s, "…")
}

// lineWords is what scanLine learns about the words of a line.
type lineWords struct {
	words int // space-separated words, as a pattern's max counts them
	// The words in which a site speaks to its readers, outside quotations
	// (voice; reader counts "you" and "your" alone), and the words of a
	// sales pitch for journalism (pitch, strong).
	voice, reader, pitch, strong int
	anchors                      uint64 // anchor words of contains patterns in the line, quoted or not
}

// wordClass is what a word of the vocabulary says about a line.
type wordClass uint8

const (
	plainWord  wordClass = iota // an anchor word only
	voiceWord                   // the site speaks: we, our
	readerWord                  // the site speaks to the reader: you, your
	usWord                      // "us", a voice word unless written "US", the country
	pitchWord                   // the sales pitch of journalism
	strongWord                  // asking for money
)

// siteWords are the words of a site speaking to its readers and selling its
// journalism. News narration is in the third person and quotes its
// speakers, so "we" and "your" outside quotes are rare in article text but
// common in appeals.
var siteWords = map[wordClass]string{
	voiceWord:  "we our ours",
	readerWord: "you your yours",
	usWord:     "us",
	strongWord: `donation donations donate donating paywall paywalls
		subscribe subscription subscriptions subscriber subscribers
		membership contribution contributions`,
	pitchWord: `support journalism journalists journalist reporters
		reporting readers reader independent newsroom outlet
		outlets documentary afford trusted quality funded advertisers
		coverage correspondents`,
}

// vocabEntry is what the vocabulary records for one word.
type vocabEntry struct {
	class  wordClass
	anchor uint64 // the word's bit in lineWords.anchors, or 0
}

// vocabulary is the lower-case words scanLine looks up: the site words and
// the anchor words. shape lets scanLine rule out most other words before
// any lookup: per length and first letter, a bit per possible last letter.
type vocabulary struct {
	words map[string]vocabEntry
	shape [maxVocabLen + 2][32]uint32 // the last row, for longer words, stays empty
}

// maxVocabLen is the longest word scanLine looks up; longer runs of letters
// are neither site words nor anchors.
const maxVocabLen = 14

// newVocabulary builds the vocabulary from siteWords and the anchor words
// of the contains patterns, and numbers the anchors in the patterns.
func newVocabulary(scan []pattern) vocabulary {
	v := vocabulary{words: map[string]vocabEntry{}}
	for class, list := range siteWords {
		for _, w := range strings.Fields(list) {
			v.words[w] = vocabEntry{class: class}
		}
	}
	anchors := 0
	for i, p := range scan {
		if p.kind != contains {
			continue
		}
		for _, w := range anchorWords(p.text) {
			e := v.words[w]
			if e.anchor == 0 {
				if anchors == 64 {
					panic("text: more than 64 anchor words in the boilerplate table")
				}
				e.anchor = 1 << anchors
				anchors++
				v.words[w] = e
			}
			scan[i].anchors |= e.anchor
		}
	}
	for w := range v.words {
		if len(w) < 2 || len(w) > maxVocabLen {
			panic("text: vocabulary word " + w + " is too long")
		}
		v.shape[len(w)][w[0]-'a'] |= 1 << (w[len(w)-1] - 'a')
	}
	return v
}

// scanLine makes one pass over the words of a line: it counts them, counts
// the site's voice and pitch outside quotations, and notes the anchor words
// the line holds. Words are the runs of ASCII letters (so "don’t" is "don"
// and "t"); only the space-separated count of lineWords.words differs.
//
// The line is read in blocks of 64 bytes classified by byteMaps, and the
// loop visits only the events of a block in order: the starts of letter
// runs and the quote characters.
func (t *compiledTable) scanLine(line string) lineWords {
	var lw lineWords
	inCurly, inStraight := false, false
	var prevLetter, prevWord uint64 // whether the byte before the block is a letter, not a space
	for base := 0; base < len(line); base += 64 {
		block := line[base:min(len(line), base+64)]
		letters, spaces, quotes := byteMaps(block)

		// A space-separated word starts at a non-space byte after a space.
		nonSpace := ^spaces & lowBits(len(block))
		lw.words += bits.OnesCount64(nonSpace &^ (nonSpace<<1 | prevWord))
		starts := letters &^ (letters<<1 | prevLetter)
		prevWord, prevLetter = nonSpace>>63, letters>>63

		for events := starts | quotes; events != 0; events &= events - 1 {
			k := bits.TrailingZeros64(events)
			i := base + k
			switch c := line[i]; {
			case c == '"':
				inStraight = !inStraight
				continue
			case c == 0xE2:
				if strings.HasPrefix(line[i:], "“") {
					inCurly = true
				} else if strings.HasPrefix(line[i:], "”") {
					inCurly = false
				}
				continue
			}
			n := runLength(letters, k)
			if k+n == 64 { // the run goes on into the next block
				for i+n < len(line) && isASCIILetter(line[i+n]) {
					n++
				}
			}
			if word := line[i : i+n]; t.vocab.mayHold(word) {
				if e, ok := t.lookup(word); ok {
					lw.count(e, word, inCurly || inStraight)
				}
			}
		}
	}
	return lw
}

// lookup finds a word of ASCII letters in the vocabulary, ignoring case.
func (t *compiledTable) lookup(word string) (vocabEntry, bool) {
	if !t.vocab.mayHold(word) {
		return vocabEntry{}, false
	}
	var buf [maxVocabLen]byte
	low := buf[:len(word)]
	for k := range len(word) {
		low[k] = word[k] | 0x20
	}
	e, ok := t.vocab.words[string(low)]
	return e, ok
}

// mayHold reports whether a non-empty word of ASCII letters has the length,
// first and last letters of a vocabulary word: a test without branches
// that rules out nearly all words.
func (v *vocabulary) mayHold(word string) bool {
	n := len(word)
	return v.shape[min(n, maxVocabLen+1)][(word[0]|0x20-'a')&31]>>((word[n-1]|0x20-'a')&31)&1 != 0
}

// count adds a vocabulary word to the counts; quoted words are someone
// else speaking and only count as anchors.
func (lw *lineWords) count(e vocabEntry, word string, quoted bool) {
	lw.anchors |= e.anchor
	if quoted {
		return
	}
	switch e.class {
	case voiceWord:
		lw.voice++
	case readerWord:
		lw.voice++
		lw.reader++
	case usWord:
		if word == "us" {
			lw.voice++
		}
	case pitchWord:
		lw.pitch++
	case strongWord:
		lw.strong++
	}
}
