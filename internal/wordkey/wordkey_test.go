package wordkey

import "testing"

// TestKey checks that a word gets the same key wherever it sits in a
// string (the 8-byte load must not depend on what follows it), that
// lowerFirst keys "Talks" as "talks", and that short and long words never
// share a key.
func TestKey(t *testing.T) {
	words := []string{"a", "US", "said", "warning", "ministry", "ministers", "consequences", "denuclearisation",
		"denuclearisations", "x1234567890123456789"}
	seen := map[uint64]string{}
	for _, w := range words {
		alone := Key(w, 0, len(w), false)
		for _, ctx := range []struct{ before, after string }{{"", " and more text after it"}, {"long prefix: ", ""}, {"(", ")"}} {
			s := ctx.before + w + ctx.after
			if got := Key(s, len(ctx.before), len(ctx.before)+len(w), false); got != alone {
				t.Errorf("Key(%q) in %q = %#x, alone %#x", w, s, got, alone)
			}
		}
		if alone == 0 {
			t.Errorf("Key(%q) = 0, which marks an empty slot", w)
		}
		if len(w) <= 8 && alone&0xFF != uint64(w[0]) {
			t.Errorf("Key(%q) = %#x: a short word should be packed, first byte lowest", w, alone)
		}
		if len(w) > 8 && alone&0xFF != 0 {
			t.Errorf("Key(%q) = %#x: a long word's hash should have its lowest byte cleared", w, alone)
		}
		if other, ok := seen[alone]; ok {
			t.Errorf("Key(%q) = Key(%q)", w, other)
		}
		seen[alone] = w
		upper := string(w[0]-'a'+'A') + w[1:]
		if w[0] >= 'a' && w[0] <= 'z' && Key(upper, 0, len(upper), true) != alone {
			t.Errorf("Key(%q, lowerFirst) differs from Key(%q)", upper, w)
		}
	}
}
