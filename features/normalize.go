package features

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"stance/internal/ascii"
)

// typography folds the quote and dash variants scraped pages carry into
// the plain ASCII forms the tokenizer and the cue patterns expect. NFKC
// alone leaves curly quotes and long dashes as they are.
var typography = strings.NewReplacer(
	"\u2018", "'", "\u2019", "'", "\u201a", "'", "\u201b", "'", "\u2032", "'",
	"\u201c", `"`, "\u201d", `"`, "\u201e", `"`, "\u201f", `"`, "\u2033", `"`,
	"\u00ab", `"`, "\u00bb", `"`,
	"\u2010", "-", "\u2011", "-",
	"\u2012", " - ", "\u2013", " - ", "\u2014", " - ", "\u2015", " - ",
)

// Normalize applies NFKC (which also turns non-breaking spaces into plain
// ones) and folds curly quotes and dashes to ASCII.
func Normalize(s string) string {
	if ascii.Is(s) {
		return s
	}
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	return typography.Replace(norm.NFKC.String(s))
}
