package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Scrapers often deliver page furniture and the sentence after it on one
// line: "(Photo: AP) The minister accused Ankara of…", "SIGN UP FOR
// OUR NEWSLETTER The absurdity of…", "Image copyright Getty Images After
// the apparent suicide…". The boilerplate table drops such a line whole,
// sentence and all; gluedStart finds the sentence so that only the
// furniture goes.

// gluedStart returns where a sentence starts in a boilerplate line that
// runs on into one, and whether a caption opens it, or -1 when the line is furniture alone or where its
// furniture ends cannot be told ("Related: <a headline> <a sentence>"). It
// knows the shapes whose end is certain: a parenthesised photo credit, a
// prompt in capitals, an image credit naming an agency. A caption ("Image
// caption …") runs into its sentence with no mark between; a long one that
// ends as a sentence is kept whole, caption and all, rather than lost.
func gluedStart(line string) (from int, caption bool) {
	if !endsSentence(line) {
		return -1, false
	}
	from, minWords := -1, 5
	switch {
	case strings.IndexByte(line, '(') >= 0 && strings.IndexByte(line, '(') < 40:
		from = afterCredit(line)
	case hasFoldPrefix(line, "image copyright "):
		from = afterAgency(line, len("image copyright "))
		if from > 0 && hasFoldPrefix(strings.TrimLeft(line[from:], " "), "image caption ") {
			minWords, caption = 12, true
		}
	case hasFoldPrefix(line, "image caption ") || hasFoldPrefix(line, "media caption "):
		from, minWords, caption = 0, 12, true
	default:
		from = afterCapitals(line)
	}
	if from < 0 {
		return -1, false
	}
	for from < len(line) && line[from] == ' ' {
		from++
	}
	rest := line[from:]
	if len(strings.Fields(rest)) < minWords {
		return -1, false
	}
	if r, _ := utf8.DecodeRuneInString(rest); !unicode.IsUpper(r) && !strings.ContainsRune("\"“‘'", r) {
		return -1, false // not a sentence's start: the cut is in the wrong place
	}
	return from, caption
}

// creditOpeners open a parenthesised credit.
var creditOpeners = []string{"(photo:", "(photos:", "(picture:", "(image:", "(photograph:", "(ap photo"}

// afterCredit returns the byte after a parenthesised photo credit near the
// start of line ("(Photo: Jerome Delay, AP)", "Heather Nauert (Photo: …)"),
// or -1.
func afterCredit(line string) int {
	open := strings.IndexByte(line, '(')
	rest := line[open:]
	for _, c := range creditOpeners {
		if hasFoldPrefix(rest, c) {
			if k := strings.IndexByte(rest, ')'); k > 0 {
				return open + k + 1
			}
		}
	}
	return -1
}

// agencies are the credits of news photos, as "Image copyright" names them.
var agencies = []string{"getty images", "afp/getty images", "reuters", "afp", "epa", "ap", "pa", "pa media",
	"bbc", "getty", "anadolu agency", "xinhua", "kcna"}

// afterAgency returns the byte after the agency named at i ("Getty
// Images", "AFP"), or -1.
func afterAgency(line string, i int) int {
	best := -1
	for _, a := range agencies {
		if hasFoldPrefix(line[i:], a) && boundaryAfter(line, i+len(a), a) && i+len(a) > best {
			best = i + len(a)
		}
	}
	return best
}

// afterCapitals returns the byte after a prompt in capitals that opens the
// line ("SIGN UP FOR OUR NEWSLETTER", "CLICK HERE TO GET THE FOX NEWS
// APP"): three words or more of capital letters, with a word in lower case
// after them. Or -1.
func afterCapitals(line string) int {
	words, end, prev := 0, -1, -1
	for i := 0; i < len(line); {
		j := strings.IndexByte(line[i:], ' ')
		if j < 0 {
			return -1
		}
		if !allCapitals(line[i : i+j]) {
			if words > 3 && line[i] >= 'a' && line[i] <= 'z' {
				return prev // "… NEWSLETTER CNN anchor Jake Tapper says": the sentence opens with a name in capitals
			}
			break
		}
		words++
		prev, end = end, i+j
		i += j + 1
	}
	if words < 3 {
		return -1
	}
	return end
}

// allCapitals reports whether w is a word of capital ASCII letters (an
// apostrophe allowed).
func allCapitals(w string) bool {
	letters := 0
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case c >= 'A' && c <= 'Z':
			letters++
		case c == '\'' || c == '-':
		default:
			return false
		}
	}
	return letters > 0
}
