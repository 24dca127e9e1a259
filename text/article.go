package text

import (
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"stance/internal/ascii"
)

// Article is one news article after cleaning.
type Article struct {
	Headline  string    // first non-boilerplate line; empty when the text starts with a multi-sentence paragraph
	Byline    string    // author line as written, if recognised ("By Jane Doe", "Reuters"); not scored
	Date      time.Time // the date line's date at midnight UTC; zero if none found
	DateText  string    // the date line as written
	Sentences []string  // headline and standfirst first, then body sentences in order
	Dropped   int       // boilerplate and page-furniture lines dropped
}

// headerWindow is how many lines after the headline may hold the byline and
// the date. Pages put them right under the headline and standfirst; further
// down, a short capitalised line is more likely a sub-heading.
const headerWindow = 5

// lineRole is what a line of the article turned out to be.
type lineRole uint8

const (
	roleBody       lineRole = iota // split into sentences
	roleDropped                    // boilerplate
	roleHeadline                   // one sentence, as written
	roleStandfirst                 // the line under the headline
	roleByline                     // set aside in Article.Byline
	roleDate                       // set aside in Article.Date
)

// Parse cleans one article: it drops site furniture, picks out the headline,
// byline and date, and splits the rest into sentences. It never fails: odd
// input yields fewer sentences. Invalid UTF-8 must already be replaced by
// the caller (see [Sanitize]).
//
// The headline is kept whole, as one sentence. The standfirst is too when it
// has no final punctuation; otherwise it is split like the body. Parse also
// accepts bare text with no headline: when the first line ends like a
// sentence, holds several sentences and no byline or date follows it, it is
// read as body text and Headline stays empty.
func Parse(src string) Article {
	// Short articles, such as the one-sentence lines of a JSONL stream,
	// keep their lines on the stack.
	var lineBuf [smallArticle]string
	lines, runOn := appendParagraphs(lineBuf[:0], src)
	if runOn { // some line runs on into the next: reflow (rare in news)
		paras, dropped := buildParas(src, false)
		a := parseLines(paraTexts(paras), len(src), nil)
		a.Dropped += dropped
		return a
	}
	return parseLines(lines, len(src), nil)
}

// parseLines does the work of Parse on the article's paragraphs, one per
// element of lines; size is the length of the raw text, to size the list
// of sentences. When ends is not nil it must be as long as lines, and
// ends[i] receives how many sentences the paragraphs up to lines[i] made,
// which is how SentenceSpans finds the paragraph of each sentence.
func parseLines(lines []string, size int, ends []int) Article {
	var infoBuf [smallArticle]lineInfo
	var infos []lineInfo
	if len(lines) <= len(infoBuf) {
		infos = infoBuf[:len(lines)]
	} else {
		infos = make([]lineInfo, len(lines))
	}
	for i, l := range lines {
		infos[i] = classify(l)
	}
	lines = keepGlued(lines, infos)
	markAppealBlocks(infos)

	var a Article
	a.assignRoles(lines, infos)
	for i, line := range lines {
		if a.Sentences == nil && infos[i].role != roleDropped {
			// Room for a sentence per 100 bytes or so, to spare most of
			// the regrowing while sentences are appended.
			a.Sentences = make([]string, 0, size/96+1)
		}
		switch infos[i].role {
		case roleHeadline:
			a.Headline = line
			a.Sentences = appendCapped(a.Sentences, line)
		case roleStandfirst:
			if !endsSentence(line) {
				a.Sentences = appendCapped(a.Sentences, line)
				break
			}
			a.Sentences = appendSplit(a.Sentences, line)
		case roleBody:
			a.Sentences = appendSplit(a.Sentences, line)
		}
		if ends != nil {
			ends[i] = len(a.Sentences)
		}
	}
	if len(a.Sentences) == 0 {
		a.Sentences = nil // as when nothing was appended
	}
	return a
}

// keepGlued keeps the sentence that a line of page furniture runs into
// (see gluedStart): it returns lines with such a line cut to its sentence,
// reclassified, and lines itself when there is none. It never writes to
// lines, whose paragraphs SentenceSpans searches for the sentences.
func keepGlued(lines []string, infos []lineInfo) []string {
	out := lines
	for i, l := range lines {
		if !infos[i].boilerplate || infos[i].appeal {
			continue
		}
		from, caption := gluedStart(l)
		if from < 0 {
			continue
		}
		info := classify(l[from:])
		if info.boilerplate && !caption {
			continue
		}
		info.boilerplate = false
		if &out[0] == &lines[0] {
			out = slices.Clone(lines)
		}
		out[i], infos[i] = l[from:], info
	}
	return out
}

// smallArticle is how many lines Parse handles without allocating for them.
const smallArticle = 8

// MaxSentence is the longest sentence Parse returns, in bytes. A longer
// run of text with no sentence end (a scraped table, a page with its line
// breaks lost) is cut at white space into pieces of at most this size, so
// that one pathological line costs the scorer linear time and a bounded
// amount of memory per row.
const MaxSentence = 2000

// appendCapped appends the sentences to dst, cutting any longer than
// MaxSentence.
func appendCapped(dst []string, sentences ...string) []string {
	for _, s := range sentences {
		for len(s) > MaxSentence {
			cut := strings.LastIndexAny(s[:MaxSentence], " \t")
			if cut <= 0 {
				cut = MaxSentence
				for cut > 0 && !utf8.RuneStart(s[cut]) {
					cut--
				}
			}
			if piece := strings.TrimSpace(s[:cut]); piece != "" {
				dst = append(dst, piece)
			}
			s = strings.TrimSpace(s[cut:])
		}
		if s != "" {
			dst = append(dst, s)
		}
	}
	return dst
}

// appendSplit appends the sentences of paragraph to dst, as
// appendCapped(dst, Split(paragraph)...) does, but without building the
// list of sentences first.
func appendSplit(dst []string, paragraph string) []string {
	n := len(dst)
	sp := splitter{s: paragraph, out: dst}
	dst = sp.run()
	for _, s := range dst[n:] {
		if len(s) > MaxSentence { // rare: cut the new sentences as appendCapped does
			return appendCapped(dst[:n], slices.Clone(dst[n:])...)
		}
	}
	return dst
}

// assignRoles finds the boilerplate, the headline, the standfirst, the
// byline and the date line, recording them in the role of each line's info
// and the byline, the date and the count of dropped lines in a.
func (a *Article) assignRoles(lines []string, infos []lineInfo) {
	headline := -1 // index of the headline
	seen := 0      // kept lines after the headline, for the header window
	for i, line := range lines {
		inHeader := headline < 0 || seen < headerWindow
		switch {
		case inHeader && a.DateText == "" && a.takeDate(line, &infos[i]):
			infos[i].role = roleDate
		case infos[i].boilerplate:
			infos[i].role = roleDropped
			a.Dropped++
			continue
		case headline < 0:
			infos[i].role, headline = roleHeadline, i
			continue
		case inHeader && a.Byline == "" && a.takeByline(line):
			infos[i].role = roleByline
		case seen == 0:
			infos[i].role = roleStandfirst
		}
		if headline >= 0 {
			seen++
		}
	}

	// Bare text: a first line that reads as several sentences, with no
	// byline or date to show that it heads an article, is body text.
	if headline >= 0 && a.Byline == "" && a.DateText == "" &&
		endsSentence(lines[headline]) && splitsInTwo(lines[headline]) {
		for i := headline; i < len(infos); i++ {
			if infos[i].role == roleHeadline || infos[i].role == roleStandfirst {
				infos[i].role = roleBody
			}
		}
	}
}

// takeDate records line as the article's date if it is a date line,
// reusing the answer classify may have found.
func (a *Article) takeDate(line string, info *lineInfo) bool {
	if !info.dateChecked {
		info.date, info.isDate = parseDateLine(line)
		info.dateChecked = true
	}
	t, ok := info.date, info.isDate
	if ok {
		a.Date, a.DateText = t, line
	}
	return ok
}

// takeByline records line as the byline if it is one, or if it combines a
// byline and a date ("Jane Doe | 3 July 2022").
func (a *Article) takeByline(line string) bool {
	if isByline(line) {
		a.Byline = line
		return true
	}
	parts := splitHeaderParts(line)
	if len(parts) < 2 {
		return false
	}
	var byline, dateText string
	var date time.Time
	for _, p := range parts {
		if t, ok := parseDateLine(p); ok && dateText == "" {
			date, dateText = t, p
		} else if isByline(p) && byline == "" {
			byline = p
		} else {
			return false
		}
	}
	if byline == "" {
		return false
	}
	a.Byline = byline
	if dateText != "" && a.DateText == "" {
		a.Date, a.DateText = date, dateText
	}
	return true
}

// splitHeaderParts splits a header line on the separators that pages put
// between author, agency and date.
func splitHeaderParts(line string) []string {
	if len(line) > 160 {
		return nil
	}
	for _, sep := range []string{" | ", " • ", " · ", " — ", " – ", " - "} {
		line = strings.ReplaceAll(line, sep, "\x00")
	}
	parts := strings.Split(line, "\x00")
	for i := range parts {
		parts[i] = strings.TrimSpace(parts[i])
	}
	return parts
}

// markAppealBlocks extends donation appeals over neighbouring paragraphs
// that speak as the site, because appeal blocks run over several paragraphs
// and only some of them carry a tell-tale phrase. Forwards, a paragraph
// continues the appeal while it says "we", "our" or "your" outside quotes or
// asks for money. Backwards, where the lead-in to an appeal sits ("Before you
// go: …"), a paragraph must address the reader ("you", "your") and use the
// sales pitch's words (readers, reporting, funded, …), because the paragraph
// before an appeal is usually news, and news paraphrase may say "we will
// support" but never "you".
func markAppealBlocks(infos []lineInfo) {
	inAppeal := false
	for i := range infos {
		switch {
		case infos[i].appeal:
			inAppeal = true
		case infos[i].boilerplate:
			// Buttons between appeal paragraphs neither start nor end one.
		case inAppeal && (infos[i].voice > 0 || infos[i].strongPitch > 0):
			infos[i].boilerplate, infos[i].appeal = true, true
		default:
			inAppeal = false
		}
	}
	inAppeal = false
	for i := len(infos) - 1; i >= 0; i-- {
		switch {
		case infos[i].appeal:
			inAppeal = true
		case infos[i].boilerplate:
		case inAppeal && infos[i].readerVoice > 0 && infos[i].pitch+infos[i].strongPitch > 0:
			infos[i].boilerplate, infos[i].appeal = true, true
		default:
			inAppeal = false
		}
	}
}

// paragraphs splits src into trimmed, NFKC-normalised, non-empty lines. Any
// of "\r\n", "\r" and "\n" ends a line.
func paragraphs(src string) []string {
	out, _ := appendParagraphs(nil, src)
	return out
}

// appendParagraphs appends the paragraphs of src to out. It also reports
// what mayRunOn(src) does, found in the same pass, which spares news a
// second pass over its bytes.
func appendParagraphs(out []string, src string) (_ []string, runOn bool) {
	var last byte // the last byte so far that is not ASCII white space
	seen := false // whether there is one
	ends := "\n"
	maxLines := strings.Count(src, "\n") + 1
	if strings.IndexByte(src, '\r') >= 0 {
		ends = "\r\n"
		maxLines += strings.Count(src, "\r")
	}
	if maxLines > cap(out)-len(out) {
		out = slices.Grow(out, min(maxLines, 64)) // one allocation for most articles
	}
	for len(src) > 0 {
		end := strings.IndexAny(src, ends)
		line, rest := src, ""
		lf := false // the line ends with a line feed
		if end >= 0 {
			line, rest = src[:end], src[end+1:]
			lf = src[end] == '\n'
			if src[end] == '\r' && strings.HasPrefix(rest, "\n") {
				rest, lf = rest[1:], true
			}
		}
		src = rest
		if !runOn {
			for k := len(line) - 1; k >= 0; k-- {
				if !isASCIISpace(line[k]) {
					last, seen = line[k], true
					break
				}
			}
			runOn = lf && seen && last != '.' && last != '!' && last != '?' && startsLower(rest)
		}
		if needsNFKC(line) {
			line = norm.NFKC.String(line)
		}
		if line = trimLine(line); line != "" {
			out = append(out, line)
		}
	}
	return out, runOn
}

// needsNFKC reports whether NFKC might change s: whether s holds anything
// but ASCII and the NFKC-stable characters of nfkcStable. Most lines need
// no normalisation, and this test is several times faster than the
// normaliser's own quick check.
func needsNFKC(s string) bool {
	for i := 0; i < len(s); {
		if i+8 <= len(s) && ascii.Load64(s, i)&ascii.High == 0 {
			i += 8 // eight ASCII bytes
			continue
		}
		if s[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if !nfkcStable(r) {
			return true
		}
		i += n
	}
	return false
}

// nfkcStable reports whether r is one of the non-ASCII characters common in
// news text that NFKC leaves as they are and that never combine with their
// neighbours, so that text made of ASCII and these is already in NFKC
// (TestNFKCStable checks this with the normaliser).
func nfkcStable(r rune) bool {
	switch r {
	case '‘', '’', '“', '”', '–', '—', '•', '·', '«', '»', '£', '€', '°',
		'á', 'à', 'â', 'ä', 'ã', 'å', 'ç', 'é', 'è', 'ê', 'ë', 'í', 'ì', 'î', 'ï',
		'ñ', 'ó', 'ò', 'ô', 'ö', 'õ', 'ø', 'ú', 'ù', 'û', 'ü', 'ß':
		return true
	}
	return false
}

// trimLine is strings.TrimFunc(s, isTrimmable), with a fast path for the
// ASCII white space and ASCII text at the ends of most lines.
func trimLine(s string) string {
	for len(s) > 0 && isASCIISpace(s[0]) {
		s = s[1:]
	}
	for len(s) > 0 && isASCIISpace(s[len(s)-1]) {
		s = s[:len(s)-1]
	}
	if len(s) > 0 && (s[0] >= utf8.RuneSelf || s[len(s)-1] >= utf8.RuneSelf) {
		s = strings.TrimFunc(s, isTrimmable)
	}
	return s
}

// isASCIISpace reports whether c is one of the ASCII bytes unicode.IsSpace
// accepts.
func isASCIISpace(c byte) bool {
	return c == ' ' || '\t' <= c && c <= '\r'
}

// isTrimmable is white space plus the invisible characters that scraped
// pages leave at line ends: byte-order marks and zero-width spaces.
func isTrimmable(r rune) bool {
	return unicode.IsSpace(r) || r == '\uFEFF' || r == '\u200B' || r == '\u200C' || r == '\u200D' || r == '\u2060'
}
