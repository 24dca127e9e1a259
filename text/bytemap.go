package text

import (
	"encoding/binary"
	"math/bits"
)

// This file classifies the bytes of a line 64 at a time into bitmaps, bit i
// standing for byte i, so that scanLine can visit the words of a line with
// bit arithmetic instead of a branch per byte. Word lengths vary, so a loop
// that branches at every word boundary mispredicts about twice per word,
// and that cost dominated the classification of short articles.
//
// The eight-byte steps use the SWAR ("SIMD within a register") tricks of
// Sean Anderson's Bit Twiddling Hacks: each of the eight bytes of a uint64
// is a lane, and the tests below set the high bit of every lane that
// passes, exactly and without carries between lanes.

const (
	laneOnes = 0x0101010101010101 // 0x01 in every lane
	laneLow7 = 0x7f7f7f7f7f7f7f7f // the low seven bits of every lane
	laneHigh = 0x8080808080808080 // the high bit of every lane
)

// lanesEqual sets the high bit of the lanes of x that equal b.
func lanesEqual(x uint64, b byte) uint64 {
	t := x ^ laneOnes*uint64(b) // zero lanes where x == b
	// A lane of t is zero exactly when adding 0x7f to its low seven bits
	// leaves the high bit clear and the lane's own high bit is clear too.
	return ^((t&laneLow7 + laneLow7) | t) & laneHigh
}

// lanesBetween sets the high bit of the lanes of x that hold a byte below
// 0x80 strictly between lo and hi, for lo < hi ≤ 0x80.
func lanesBetween(x uint64, lo, hi byte) uint64 {
	low := x & laneLow7
	below := laneOnes*(127+uint64(hi)) - low // high bit set where low < hi
	above := low + laneOnes*(127-uint64(lo)) // high bit set where low > lo
	return below & above &^ x & laneHigh
}

// lanesLetter sets the high bit of the lanes of x that hold an ASCII
// letter: after setting bit 0x20 (lower-casing), a letter is a byte below
// 0x80 strictly between '`' and '{'.
func lanesLetter(x uint64) uint64 {
	return lanesBetween(x|0x2020202020202020, '`', '{')
}

// gatherHigh packs the high bits of the eight lanes into the low eight bits,
// lane i to bit i.
func gatherHigh(m uint64) uint64 {
	return (m >> 7) * 0x0102040810204080 >> 56
}

// byteMaps classifies the first 64 bytes of s (all of s if shorter): bit i
// of letters is set when s[i] is an ASCII letter, of spaces when it is a
// space or a tab, and of quotes when it is '"' or 0xE2, the first byte of
// the curly quotes.
func byteMaps(s string) (letters, spaces, quotes uint64) {
	i := 0
	for ; i+8 <= len(s) && i < 64; i += 8 {
		x := binary.LittleEndian.Uint64([]byte(s[i : i+8]))
		letters |= gatherHigh(lanesLetter(x)) << i
		spaces |= gatherHigh(lanesEqual(x, ' ')|lanesEqual(x, '\t')) << i
		quotes |= gatherHigh(lanesEqual(x, '"')|lanesEqual(x, 0xE2)) << i
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
