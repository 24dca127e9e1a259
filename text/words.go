package text

import (
	_ "embed"
	"strings"
)

// wordList is every word of Debian's wamerican and wbritish lists (SCOWL),
// lower-cased, one a line, sorted bytewise; scripts/gen-words.sh builds it
// and words.LICENSE carries its licence. It is searched in place, so the
// 75,000 words cost no start-up time and no heap.
//
//go:embed words.txt
var wordList string

// IsWord reports whether w, lower-cased in ASCII, is in the word list:
// English words and the best-known names (SCOWL's lists hold "paris" and
// "putin" too).
func IsWord(w string) bool { return isWord(w, "") }

// isWord reports whether a+b, lower-cased in ASCII, is in the word list.
// Taking the word in two parts spares joining them. Words longer than 40
// bytes never are.
func isWord(a, b string) bool {
	var buf [40]byte
	n := len(a) + len(b)
	if n == 0 || n > len(buf) {
		return false
	}
	for i := 0; i < len(a); i++ {
		buf[i] = lowerASCII(a[i])
	}
	for i := 0; i < len(b); i++ {
		buf[len(a)+i] = lowerASCII(b[i])
	}
	key := buf[:n]
	lo, hi := 0, len(wordList) // the answer's line starts in [lo, hi)
	for lo < hi {
		mid := lo + (hi-lo)/2
		start := strings.LastIndexByte(wordList[:mid], '\n') + 1
		end := start + strings.IndexByte(wordList[start:], '\n')
		switch c := strings.Compare(wordList[start:end], string(key)); {
		case c == 0:
			return true
		case c < 0:
			lo = end + 1
		default:
			hi = start
		}
	}
	return false
}

// compoundPrefixes are the bound prefixes that UN and news English joins
// with a hyphen ("non-aligned", "socio-economic", "self-determination")
// although the word list also holds the closed form. "re", "pre", "co" and
// "inter" are left out: they start too many words that typesetters break
// ("re-port", "inter-national").
var compoundPrefixes = setOf("non anti socio self post multi counter", " ")

// keepsHyphen decides a word broken at a line end after a hyphen: left is
// the run of letters before the hyphen, right the run after the line break.
// The hyphen goes when the two make one word of the word list, unless they
// read as a compound of two words ("peace-keeping", "follow-up") or of a
// compound prefix and a word ("non-proliferation"). A capital after the
// break ("Asia-Pacific", "anti-American") always keeps it.
//
// Measured on the 5,456 line-end hyphens of the UN General Debate speeches
// (1,488 distinct pairs), against which form the rest of that corpus uses
// more often: the word list alone chose right for 82% of them, and with the
// compound rule 94%; joining every pair would be right for 4%, because the
// breaks in that corpus fall mostly at the hyphens of compounds. What is
// left are spellings used both ways ("peace-building", "peacebuilding").
func keepsHyphen(left, right string) bool {
	if right == "" || !isLowerASCII(right[0]) || !isWord(left, right) {
		return true
	}
	compound := compoundPrefixes[strings.ToLower(left)] || len(left) >= 4 && isWord(left, "")
	return compound && len(right) >= 4 && isWord(right, "")
}

func isLowerASCII(c byte) bool { return 'a' <= c && c <= 'z' }
