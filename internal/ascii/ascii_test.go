package ascii

import (
	"math/rand/v2"
	"testing"
)

// lanes answers a lane test byte by byte, for comparison.
func lanes(s string, pass func(byte) bool) uint64 {
	var m uint64
	for i := 0; i < 8; i++ {
		if pass(s[i]) {
			m |= 0x80 << (8 * i)
		}
	}
	return m
}

// TestLanes compares every test with a byte-by-byte answer, on every byte
// value at every lane of a plain block and on random blocks of odd bytes,
// where a carry or borrow might run from one lane into the next.
func TestLanes(t *testing.T) {
	var blocks []string
	for c := 0; c < 256; c++ {
		for pos := 0; pos < 8; pos++ {
			b := []byte("plain ok")
			b[pos] = byte(c)
			blocks = append(blocks, string(b))
		}
	}
	r := rand.New(rand.NewPCG(1, 2))
	pick := []byte{0, 0x1f, 0x20, '"', '\\', 'a', 'z', 'A', '`', '{', '@', 0x7f, 0x80, 0xe2, 0xff, '\n', '\t', '!', '?'}
	for range 100_000 {
		var b [8]byte
		for i := range b {
			b[i] = pick[r.IntN(len(pick))]
		}
		blocks = append(blocks, string(b[:]))
	}
	for _, s := range blocks {
		x := Load64(s, 0)
		for _, c := range []byte{'"', '\\', ' ', 0, 0xe2} {
			if got, want := Equal(x, c), lanes(s, func(d byte) bool { return d == c }); got != want {
				t.Fatalf("Equal(%q, %q) = %#x, want %#x", s, c, got, want)
			}
		}
		if got, want := Between(x, ' ', '@'), lanes(s, func(d byte) bool { return ' ' < d && d < '@' }); got != want {
			t.Fatalf("Between(%q, ' ', '@') = %#x, want %#x", s, got, want)
		}
		isLetter := func(d byte) bool { return 'a' <= d && d <= 'z' || 'A' <= d && d <= 'Z' }
		if got, want := Letters(x), lanes(s, isLetter); got != want {
			t.Fatalf("Letters(%q) = %#x, want %#x", s, got, want)
		}
		text := lanes(s, func(d byte) bool { return 0x20 <= d && d < 0x80 }) == High
		if Text(x) != text {
			t.Fatalf("Text(%q) = %v", s, !text)
		}
		if Is(s) != (x&High == 0) || Is(s+"abc") != Is(s) {
			t.Fatalf("Is(%q) = %v", s, Is(s))
		}
		if got, want := Gather(lanes(s, isLetter)), uint64(0); true {
			for i := 0; i < 8; i++ {
				if isLetter(s[i]) {
					want |= 1 << i
				}
			}
			if got != want {
				t.Fatalf("Gather of %q's letters = %08b, want %08b", s, got, want)
			}
		}
	}
}
