// Package ascii tests eight bytes of text at a time. Every stage of
// predict walks the bytes of every sentence (decoding JSON, checking
// encodings, splitting, tokenising), and most of those bytes are plain
// ASCII letters and spaces that need nothing done: loading them eight at a
// time and ruling them all out with a few integer operations skips most of
// the work.
//
// The tests use the SWAR ("SIMD within a register") tricks of Sean
// Anderson's Bit Twiddling Hacks: each of the eight bytes of a uint64 is a
// lane, and a test sets the high bit of every lane that passes, exactly and
// without carries between lanes.
package ascii

const (
	ones = 0x0101010101010101 // 0x01 in every lane
	low7 = 0x7f7f7f7f7f7f7f7f // the low seven bits of every lane
	// High is the high bit of every lane: x&High == 0 when all eight bytes
	// are ASCII.
	High = 0x8080808080808080
)

// Load64 returns the eight bytes of s from i, little-endian (the compiler
// merges the byte loads into one): byte i is the lowest lane.
func Load64(s string, i int) uint64 {
	b := s[i : i+8]
	return uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
		uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
}

// Equal sets the high bit of the lanes of x that equal b.
func Equal(x uint64, b byte) uint64 {
	t := x ^ ones*uint64(b) // zero lanes where x == b
	// A lane of t is zero exactly when adding 0x7f to its low seven bits
	// leaves the high bit clear and the lane's own high bit is clear too.
	return ^((t&low7 + low7) | t) & High
}

// Between sets the high bit of the lanes of x that hold a byte below 0x80
// strictly between lo and hi, for lo < hi ≤ 0x80.
func Between(x uint64, lo, hi byte) uint64 {
	low := x & low7
	below := ones*(127+uint64(hi)) - low // high bit set where low < hi
	above := low + ones*(127-uint64(lo)) // high bit set where low > lo
	return below & above &^ x & High
}

// Letters sets the high bit of the lanes of x that hold an ASCII letter:
// after setting bit 0x20 (lower-casing), a letter is a byte below 0x80
// strictly between '`' and '{'.
func Letters(x uint64) uint64 {
	return Between(x|0x2020202020202020, '`', '{')
}

// Gather packs the high bits of the eight lanes into the low eight bits,
// lane i to bit i.
func Gather(m uint64) uint64 {
	return (m >> 7) * 0x0102040810204080 >> 56
}

// Text reports whether all eight lanes of x hold ASCII and none holds a
// control character below 0x20 (tab and newline included).
func Text(x uint64) bool {
	return Between(x, 0x1f, 0x80) == High
}

// Is reports whether s is all ASCII.
func Is(s string) bool {
	i := 0
	for ; i+8 <= len(s); i += 8 {
		if Load64(s, i)&High != 0 {
			return false
		}
	}
	for ; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}
