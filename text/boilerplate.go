package text

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"
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
	kind   matchKind
	text   string   // lower case; for contains, "a+b" means both a and b
	parts  []string // text split at "+", filled in by compilePatterns
	anchor int      // index into scanAnchors, or -1; filled in by compilePatterns
	max    int      // the line has at most this many words; 0 means any length
	bare   bool     // the line has no sentence-final punctuation (button labels, credits)
	voice  bool     // the site speaks: we/our/you/your outside quotes
	// appeal marks the opening of a donation or subscription appeal, whose
	// following paragraphs are dropped while they keep speaking as the site.
	appeal bool
}

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

	// Links to other content.
	{kind: prefix, text: "related video:"}, {kind: prefix, text: "related video", bare: true},
	{kind: prefix, text: "related:"}, {kind: prefix, text: "watch:"},
	{kind: prefix, text: "watch video:"}, {kind: prefix, text: "read more:"},
	{kind: prefix, text: "read more about", bare: true}, {kind: prefix, text: "also read:"},
	{kind: prefix, text: "read also:"}, {kind: prefix, text: "see also:"},
	{kind: prefix, text: "more:"}, {kind: prefix, text: "click here"},
	{kind: prefix, text: "tap here"}, {kind: prefix, text: "follow us on"},
	{kind: prefix, text: "follow us", max: 8}, {kind: prefix, text: "download our app"},
	{kind: prefix, text: "download the app"}, {kind: prefix, text: "get our", bare: true, max: 12},

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
}

// scanAnchors are rare substrings that most contains patterns include. A
// line is searched for each anchor at most once, and the patterns whose
// anchor it lacks are skipped: most paragraphs mention no cookies.
var scanAnchors = [...]string{"cookie", "journalism", "editing by", "reserved", "(image:", "(photo:", "as little as", "readers like"}

// compiled is the pattern table arranged for fast lookup, built once: whole
// lines in a map, prefixes by their first byte, and the rest in a list.
var compiled = compilePatterns(boilerplatePatterns)

type compiledTable struct {
	whole    map[string][]pattern
	prefixes [256][]pattern
	scan     []pattern // contains and suffix patterns
	scanMax  int       // the largest max of the scan patterns
}

func compilePatterns(ps []pattern) *compiledTable {
	t := &compiledTable{whole: map[string][]pattern{}}
	for _, p := range ps {
		switch p.kind {
		case whole:
			t.whole[p.text] = append(t.whole[p.text], p)
		case prefix:
			t.prefixes[p.text[0]] = append(t.prefixes[p.text[0]], p)
		default:
			p.parts = strings.Split(p.text, "+")
			p.anchor = -1
			for i, a := range scanAnchors {
				if p.kind == contains && strings.Contains(p.text, a) {
					p.anchor = i
					break
				}
			}
			t.scan = append(t.scan, p)
			t.scanMax = max(t.scanMax, p.max)
		}
	}
	return t
}

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
	info.voice, info.readerVoice, info.pitch, info.strongPitch = pitchCounts(line)

	// Appeal paragraphs with no tell-tale phrase: the site asks for money
	// or sells its journalism in its own voice.
	if info.voice >= 1 && info.strongPitch >= 1 || info.voice >= 2 && info.pitch >= 2 || info.voice >= 1 && info.pitch >= 3 {
		info.boilerplate, info.appeal = true, true
		return info
	}
	if p, ok := compiled.match(line, info.voice); ok {
		info.boilerplate, info.appeal = true, p.appeal
		return info
	}
	if len(line) <= 120 {
		if _, ok := parseDateLine(line); ok {
			info.boilerplate = true
		}
	}
	return info
}

// match finds the first pattern that matches line.
func (t *compiledTable) match(line string, voice int) (pattern, bool) {
	words := countWords(line, t.scanMax+1)
	bare := !endsSentence(line)
	if words <= 6 && len(line) <= 100 { // whole-line patterns are short labels
		for _, p := range t.whole[wholeKey(strings.ToLower(line))] {
			if p.applies(words, bare, voice) {
				return p, true
			}
		}
	}
	for _, p := range t.prefixes[lowerASCII(line[0])] {
		if p.applies(words, bare, voice) && hasFoldPrefix(line, p.text) && boundaryAfter(line, len(p.text), p.text) {
			return p, true
		}
	}
	if words > t.scanMax {
		return pattern{}, false
	}
	var buf [512]byte
	var lower []byte                   // the line with ASCII letters lower-cased, without final punctuation
	var anchors [len(scanAnchors)]int8 // per anchor: 0 unknown, 1 present, -1 absent
	for _, p := range t.scan {
		if !p.applies(words, bare, voice) {
			continue
		}
		if lower == nil {
			lower = appendLowerASCII(buf[:0], strings.TrimRight(line, " .:!…|"))
		}
		if a := p.anchor; a >= 0 {
			if anchors[a] == 0 {
				anchors[a] = -1
				if bytes.Contains(lower, []byte(scanAnchors[a])) {
					anchors[a] = 1
				}
			}
			if anchors[a] < 0 {
				continue
			}
		}
		if p.kind == suffix && bytes.HasSuffix(lower, []byte(p.text)) || p.kind == contains && containsAllWords(lower, p.parts) {
			return p, true
		}
	}
	return pattern{}, false
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

func lowerASCII(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// wholeKey strips the bullets and final punctuation that buttons and labels
// carry, so "Comments:" and "• Share" match their plain forms.
func wholeKey(lower string) string {
	return strings.Trim(lower, " .:!…|•·-–—>»")
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

// countWords counts space-separated words, stopping at limit so that a huge
// line costs no more than a short one.
func countWords(s string, limit int) int {
	n, in := 0, false
	for i := 0; i < len(s); i++ {
		sp := s[i] == ' ' || s[i] == '\t'
		if !sp && !in {
			n++
			if n >= limit {
				return n
			}
		}
		in = !sp
	}
	return n
}

// endsSentence reports whether a line ends with sentence-final punctuation,
// possibly followed by closing quotes or brackets.
func endsSentence(line string) bool {
	s := strings.TrimRight(line, " ”’\"')]»")
	return strings.HasSuffix(s, ".") || strings.HasSuffix(s, "!") ||
		strings.HasSuffix(s, "?") || strings.HasSuffix(s, "…")
}

// pitchCounts counts, outside quotations, the words in which a site speaks to
// its readers (voice; reader counts "you" and "your" alone) and the words of
// a sales pitch for journalism (pitch, strong). News narration is in the
// third person and quotes its speakers, so "we" and "your" outside quotes
// are rare in article text but common in appeals. "US" in capitals is the
// country and does not count.
func pitchCounts(line string) (voice, reader, pitch, strong int) {
	inCurly, inStraight := false, false
	for i := 0; i < len(line); {
		c := line[i]
		if !isASCIILetter(c) {
			switch {
			case c == '"':
				inStraight = !inStraight
			case c == 0xE2 && strings.HasPrefix(line[i:], "“"):
				inCurly = true
			case c == 0xE2 && strings.HasPrefix(line[i:], "”"):
				inCurly = false
			}
			i++
			continue
		}
		j := i + 1
		for j < len(line) && isASCIILetter(line[j]) {
			j++
		}
		word := line[i:j]
		i = j
		if inCurly || inStraight || len(word) < 2 || len(word) > 14 {
			continue
		}
		var buf [14]byte
		lw := buf[:len(word)]
		for k := range len(word) {
			lw[k] = word[k] | 0x20
		}
		switch string(lw) {
		case "we", "our", "ours":
			voice++
		case "you", "your", "yours":
			voice++
			reader++
		case "us":
			if word == "us" {
				voice++
			}
		case "donation", "donations", "donate", "donating", "paywall", "paywalls",
			"subscribe", "subscription", "subscriptions", "subscriber", "subscribers",
			"membership", "contribution", "contributions":
			strong++
		case "support", "journalism", "journalists", "journalist", "reporters",
			"reporting", "readers", "reader", "independent", "newsroom", "outlet",
			"outlets", "documentary", "afford", "trusted", "quality", "funded", "advertisers",
			"coverage", "correspondents":
			pitch++
		}
	}
	return voice, reader, pitch, strong
}
