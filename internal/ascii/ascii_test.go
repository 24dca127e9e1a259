package ascii

import (
	"math/rand/v2"
	"testing"
)

// TestTests compares Text8 and Has8 with byte-by-byte answers on every
// single odd byte placed at each position of a plain block.
func TestTests(t *testing.T) {
	for c := 0; c < 256; c++ {
		for pos := 0; pos < 8; pos++ {
			b := []byte("plain ok")
			b[pos] = byte(c)
			s := string(b)
			x := Load64(s, 0)
			text := true
			for _, d := range b {
				text = text && d >= 0x20 && d < 0x80
			}
			if Text8(x) != text {
				t.Errorf("Text8(%q) = %v", s, !text)
			}
			for _, want := range []byte{'"', '\\', 'a', 0} {
				has := false
				for _, d := range b {
					has = has || d == want
				}
				if Has8(x, want) != has {
					t.Errorf("Has8(%q, %q) = %v", s, want, !has)
				}
			}
		}
	}
}

// TestTestsRandom checks blocks with several odd bytes, where a borrow
// might run from one byte into the next.
func TestTestsRandom(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	pick := []byte{0, 0x1f, 0x20, '"', '\\', 'a', 0x7f, 0x80, 0xff, '\n', '!', '#', '[', ']'}
	for range 200_000 {
		var b [8]byte
		for i := range b {
			b[i] = pick[r.IntN(len(pick))]
		}
		s := string(b[:])
		text, quote := true, false
		for _, d := range b {
			text = text && d >= 0x20 && d < 0x80
			quote = quote || d == '"'
		}
		if x := Load64(s, 0); Text8(x) != text || Has8(x, '"') != quote {
			t.Fatalf("%q: Text8 %v Has8(\") %v, want %v %v", s, Text8(x), Has8(x, '"'), text, quote)
		}
	}
}
