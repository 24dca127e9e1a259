package text

import (
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// TestNFKCStable checks the shortcut paragraphs takes around the normaliser:
// every character nfkcStable accepts must be in NFKC, and neither it nor
// an ASCII character may combine with the character before it, so that text
// made of them is in NFKC too. Pairs are checked with the normaliser as well.
func TestNFKCStable(t *testing.T) {
	var stable []rune
	for r := rune(utf8.RuneSelf); r <= 0xFFFF; r++ {
		if nfkcStable(r) {
			stable = append(stable, r)
		}
	}
	if len(stable) == 0 {
		t.Fatal("nfkcStable accepts nothing")
	}
	var neighbours []rune
	for r := rune(0); r < utf8.RuneSelf; r++ {
		neighbours = append(neighbours, r)
	}
	neighbours = append(neighbours, stable...)
	for _, r := range neighbours {
		p := norm.NFKC.PropertiesString(string(r))
		if p.CCC() != 0 || !p.BoundaryBefore() || !norm.NFKC.IsNormalString(string(r)) {
			t.Errorf("%q (%U) is not in NFKC or may combine with the character before it", r, r)
		}
	}
	for _, r := range stable {
		for _, n := range neighbours {
			for _, s := range []string{string(r) + string(n), string(n) + string(r)} {
				if !norm.NFKC.IsNormalString(s) || norm.NFKC.String(s) != s {
					t.Errorf("%q is not in NFKC", s)
				}
			}
		}
	}
	for _, s := range []string{"plain ASCII", "“Quoted,” she said — café", "a\u0301", "…", "\u00a0", "\ufb01", "x\xffy"} {
		if !needsNFKC(s) && norm.NFKC.String(s) != s {
			t.Errorf("needsNFKC(%q) = false, but NFKC changes it", s)
		}
	}
}
