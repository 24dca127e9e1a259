// Package wordkey turns a word into a 64-bit key for the hash tables on the
// hottest paths of tokenising (the gazetteer's word table, the feature
// extractor's word cache): most words have at most eight bytes, and such a
// word packed into a uint64 is its own key, so a table finds it by
// comparing one integer and reads no string.
package wordkey

import "stance/internal/ascii"

// Key returns the key of the non-empty word s[start:end]: the word itself,
// packed little-endian, when it has up to 8 bytes, a hash of it otherwise.
// lowerFirst turns a first letter A-Z into lower case.
//
// Words contain no NUL, so a packed word is unique and its lowest byte,
// the first letter, is not zero; a hash has its lowest byte cleared, so it
// never equals a packed word (and bit 8 set, so it is not 0, which tables
// use to mark an empty slot). Keys thus tell short words from long ones by
// themselves; a long word's key must be confirmed against its text.
func Key(s string, start, end int, lowerFirst bool) uint64 {
	var low uint64
	if lowerFirst {
		low = 'a' - 'A' // first byte is the lowest: adding turns 'A'… into 'a'…
	}
	n := end - start
	switch {
	case n <= 8 && start+8 <= len(s):
		return ascii.Load64(s, start)&(^uint64(0)>>(64-8*uint(n))) + low
	case n <= 8 && end >= 8:
		return ascii.Load64(s, end-8)>>(64-8*uint(n)) + low // the word ends s
	case n <= 8:
		var x uint64
		for i := n - 1; i >= 0; i-- {
			x = x<<8 | uint64(s[start+i])
		}
		return x + low
	}
	// A hash of the first and the last eight bytes (all of the word up to
	// 16 bytes) and the length: longer words that differ only in between
	// share a hash, which costs a probe, not a wrong answer.
	h := (ascii.Load64(s, start) + low ^ uint64(n)) * 0x9E3779B97F4A7C15
	h = (h ^ ascii.Load64(s, end-8)) * 0xFF51AFD7ED558CCD
	h ^= h >> 32
	return h&^0xFF | 0x100
}

// Home is the first slot to probe for key in a table of 1<<(64-shift)
// slots (Fibonacci hashing: the multiplication carries every byte of a
// packed word into the top bits).
func Home(key uint64, shift uint) int {
	return int((key * 0x9E3779B97F4A7C15) >> shift)
}
