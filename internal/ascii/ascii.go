// Package ascii tests eight bytes of text at a time. Every stage of
// predict walks the bytes of every sentence (decoding JSON, checking
// encodings, tokenising), and most of those bytes are plain ASCII letters
// and spaces that need nothing done: loading them eight at a time and
// ruling them all out with a few integer operations skips most of the work.
package ascii

const (
	lo = 0x0101010101010101
	hi = 0x8080808080808080
)

// Load64 returns the eight bytes of s from i, little-endian (the compiler
// merges the byte loads into one).
func Load64(s string, i int) uint64 {
	b := s[i : i+8]
	return uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
		uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
}

// Text8 reports whether all eight bytes packed in x are ASCII and none is
// a control character below 0x20 (tab and newline included).
//
// A byte below n borrows when n is subtracted from every byte at once,
// which sets its high bit where the byte's own high bit was clear (the
// classic "has a zero byte" test); the x term catches bytes of 0x80 and up.
func Text8(x uint64) bool {
	return ((x-lo*0x20)&^x|x)&hi == 0
}

// Has8 reports whether any of the eight bytes packed in x is c (c < 0x80).
func Has8(x uint64, c byte) bool {
	y := x ^ lo*uint64(c)
	return (y-lo)&^y&hi != 0
}
