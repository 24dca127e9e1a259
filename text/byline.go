package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// isByline reports whether a line near the top of an article names its
// authors: "By Jane Doe", "Jane Doe", "Jane Doe and John Roe",
// "Jane Doe, Reuters", "Jane Doe in Seoul", "Staff reporter", "Reuters".
// A byline is short (at most six words besides a leading "By" and the
// connectors "and", "in", "de", …, ten in all) and has no final punctuation; a
// bare name must be two to six capitalised words none of which is a common
// headline or section word, so a short title-case label such as
// "Ukraine War Latest" is not taken for an author.
func isByline(line string) bool {
	line = strings.TrimSpace(line)
	if line == "" || len(line) > 100 || endsWithPunct(line) {
		return false
	}
	if bylineAgencies[strings.ToLower(line)] {
		return true
	}
	words := strings.Fields(line)
	by := strings.EqualFold(words[0], "by") || strings.EqualFold(words[0], "by:")
	if by {
		words = words[1:]
	}
	if len(words) == 0 || len(words) > 10 {
		return false
	}
	if by && bylineAgencies[strings.ToLower(strings.Join(words, " "))] {
		return true
	}
	capitalised := 0
	for i, w := range words {
		w = strings.TrimRight(w, ",")
		low := strings.ToLower(w)
		switch {
		case w == "":
			return false
		case nameConnectors[low] && i > 0 || w == "&":
			// "and", "in", "de", "al" join or qualify names.
		case bylineAgencies[low]:
			capitalised++
		case nonNameWords[w]:
			return false
		case isNameWord(w):
			capitalised++
		default:
			return false
		}
	}
	return capitalised <= 6 && (capitalised >= 2 || by && capitalised >= 1)
}

// isNameWord reports whether w looks like one word of a person's name:
// capitalised letters with inner hyphens, apostrophes or initials' periods
// ("Jean-Luc", "O'Neill", "W.").
func isNameWord(w string) bool {
	first, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(first) {
		return false
	}
	for _, r := range w {
		if !unicode.IsLetter(r) && r != '-' && r != '\'' && r != '’' && r != '.' {
			return false
		}
	}
	return true
}

// endsWithPunct reports whether a line ends like a sentence or a label.
func endsWithPunct(line string) bool {
	last, _ := utf8.DecodeLastRuneInString(line)
	return strings.ContainsRune(".!?:;…\"”", last)
}

// bylineAgencies are news agencies and house bylines that stand alone on the
// byline line or follow an author's name.
var bylineAgencies = setOf(`reuters|ap|afp|associated press|the associated press|
	agencies|agency|staff reporter|staff reporters|staff writer|staff|our correspondent|
	our correspondents|our reporter|our foreign staff|news desk|web desk|reuters staff|
	ap staff|afp staff|press association|pa|pa media|bloomberg|xinhua|yonhap|dpa|efe|
	ani|pti|kyodo|tass|anadolu|agence france-presse|al jazeera|al jazeera staff|
	bbc news|cnn|news agencies|wire services`, "|")

// nameConnectors may appear inside a byline without a capital.
var nameConnectors = setOf(`and & in for of at with de da das do dos del della di
	du van von der den ter bin ibn al el la le y`, " ")

// nonNameWords are capitalised words that often form short headline, section
// or navigation lines but are not part of people's names.
var nonNameWords = setOf(`The A An News World Politics Business Live Updates
	Update Latest Breaking Analysis Opinion Comment Comments Video Videos Photos
	Home Europe Asia Africa Americas Middle East West North South US UK War Peace
	Security Defence Defense Sport Sports Culture Science Technology Climate Health
	Economy Markets Exclusive Explainer Report Review Editorial Interview Feature
	Features International National Global Pacific Edition Watch Listen Read More
	Podcast Menu Section Topics Today Week Weekly Daily Morning Evening Briefing
	Newsletter Crisis Conflict Talks Summit Election Elections Vote Attack Strike
	Strikes Missile Missiles Nuclear Military Army Navy Government Ministry President
	Minister Says Said Warns Accuses Vows Slams`, " ")

// setOf builds a lookup set from a list separated by sep (and line breaks).
func setOf(list, sep string) map[string]bool {
	m := map[string]bool{}
	for _, item := range strings.Split(strings.ReplaceAll(list, "\n", sep), sep) {
		if item = strings.TrimSpace(item); item != "" {
			m[item] = true
		}
	}
	return m
}
