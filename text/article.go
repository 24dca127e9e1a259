package text

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Article is one news article after cleaning.
type Article struct {
	Headline  string    // first non-boilerplate line; empty when the text starts with a multi-sentence paragraph
	Byline    string    // author line as written, if recognised ("By Jane Doe", "Reuters"); not scored
	Date      time.Time // the date line's date at midnight UTC; zero if none found
	DateText  string    // the date line as written
	Sentences []string  // headline and standfirst first, then body sentences in order
	Dropped   int       // boilerplate lines dropped
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
	lines := paragraphs(src)
	infos := make([]lineInfo, len(lines))
	for i, l := range lines {
		infos[i] = classify(l)
	}
	markAppealBlocks(infos)

	var a Article
	roles := a.assignRoles(lines, infos)
	for i, line := range lines {
		switch roles[i] {
		case roleHeadline:
			a.Headline = line
			a.Sentences = appendCapped(a.Sentences, line)
		case roleStandfirst:
			if !endsSentence(line) {
				a.Sentences = appendCapped(a.Sentences, line)
				break
			}
			a.Sentences = appendCapped(a.Sentences, Split(line)...)
		case roleBody:
			a.Sentences = appendCapped(a.Sentences, Split(line)...)
		}
	}
	return a
}

// MaxSentence is the longest sentence Parse returns, in bytes. A longer
// run of text with no sentence end (a scraped table, a page with its line
// breaks lost) is cut at white space into pieces of at most this size, so
// that one pathological line costs the scorer linear time and a bounded
// amount of memory per row.
const MaxSentence = 2000

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

// assignRoles finds the boilerplate, the headline, the standfirst, the
// byline and the date line, recording the byline, the date and the count of
// dropped lines in a.
func (a *Article) assignRoles(lines []string, infos []lineInfo) []lineRole {
	roles := make([]lineRole, len(lines))
	headline := -1 // index of the headline
	seen := 0      // kept lines after the headline, for the header window
	for i, line := range lines {
		inHeader := headline < 0 || seen < headerWindow
		switch {
		case inHeader && a.DateText == "" && a.takeDate(line):
			roles[i] = roleDate
		case infos[i].boilerplate:
			roles[i] = roleDropped
			a.Dropped++
			continue
		case headline < 0:
			roles[i], headline = roleHeadline, i
			continue
		case inHeader && a.Byline == "" && a.takeByline(line):
			roles[i] = roleByline
		case seen == 0:
			roles[i] = roleStandfirst
		}
		if headline >= 0 {
			seen++
		}
	}

	// Bare text: a first line that reads as several sentences, with no
	// byline or date to show that it heads an article, is body text.
	if headline >= 0 && a.Byline == "" && a.DateText == "" &&
		endsSentence(lines[headline]) && len(Split(lines[headline])) > 1 {
		for i := headline; i < len(roles); i++ {
			if roles[i] == roleHeadline || roles[i] == roleStandfirst {
				roles[i] = roleBody
			}
		}
	}
	return roles
}

// takeDate records line as the article's date if it is a date line.
func (a *Article) takeDate(line string) bool {
	t, ok := parseDateLine(line)
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
	ends := "\n"
	if strings.IndexByte(src, '\r') >= 0 {
		ends = "\r\n"
	}
	var out []string
	for len(src) > 0 {
		end := strings.IndexAny(src, ends)
		line, rest := src, ""
		if end >= 0 {
			line, rest = src[:end], src[end+1:]
			if src[end] == '\r' && strings.HasPrefix(rest, "\n") {
				rest = rest[1:]
			}
		}
		src = rest
		line = strings.TrimFunc(norm.NFKC.String(line), isTrimmable)
		if line != "" {
			out = append(out, line)
		}
	}
	return out
}

// isTrimmable is white space plus the invisible characters that scraped
// pages leave at line ends: byte-order marks and zero-width spaces.
func isTrimmable(r rune) bool {
	return unicode.IsSpace(r) || r == '\uFEFF' || r == '\u200B' || r == '\u200C' || r == '\u200D' || r == '\u2060'
}
