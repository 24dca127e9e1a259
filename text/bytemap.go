package text

import (
	"math/bits"

	"stance/internal/ascii"
)

// This file classifies the bytes of a line 64 at a time into bitmaps, bit i
// standing for byte i, so that scanLine can visit the words of a line with
// bit arithmetic instead of a branch per byte. Word lengths vary, so a loop
// that branches at every word boundary mispredicts about twice per word,
// and that cost dominated the classification of short articles.
//
// The eight-byte steps are package ascii's lane tests.

// byteMaps classifies the first 64 bytes of s (all of s if shorter): bit i
// of letters is set when s[i] is an ASCII letter, of spaces when it is a
// space or a tab, and of quotes when it is '"' or 0xE2, the first byte of
// the curly quotes.
func byteMaps(s string) (letters, spaces, quotes uint64) {
	i := 0
	for ; i+8 <= len(s) && i < 64; i += 8 {
		x := ascii.Load64(s, i)
		letters |= ascii.Gather(ascii.Letters(x)) << i
		spaces |= ascii.Gather(ascii.Equal(x, ' ')|ascii.Equal(x, '\t')) << i
		quotes |= ascii.Gather(ascii.Equal(x, '"')|ascii.Equal(x, 0xE2)) << i
	}
	for ; i < len(s) && i < 64; i++ {
		switch c := s[i]; {
		case isASCIILetter(c):
			letters |= 1 << i
		case c == ' ' || c == '\t':
			spaces |= 1 << i
		case c == '"' || c == 0xE2:
			quotes |= 1 << i
		}
	}
	return letters, spaces, quotes
}

// lowBits returns a mask of the n lowest bits, n ≤ 64.
func lowBits(n int) uint64 {
	if n >= 64 {
		return ^uint64(0)
	}
	return 1<<n - 1
}

// runLength returns how many set bits of m follow one another from bit k
// upwards.
func runLength(m uint64, k int) int {
	return bits.TrailingZeros64(^(m >> k))
}
