package actors

import (
	"testing"
	"time"
)

// TestFurnitureEnd checks where the rules start reading after page
// furniture glued before a sentence, and that acronyms and ordinary
// sentences have none.
func TestFurnitureEnd(t *testing.T) {
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	a := NewAttributor(g)
	tests := []struct {
		s     string
		first string // the first word read after the furniture; "" for none
	}{
		{"MINISTER MEETS FREED HOSTAGES, PRAISES RESCUERS The army chief said…", "The"},
		{"US, UK AND EU Envoys said Iran must stop.", ""},
		{"NATO WARNS MOSCOW Officials in Brussels said…", ""}, // two words in capitals that name no actor
		{"The ministry said so.", ""},
		{"Clip 1:47 autoplay autoplay Copy this code to your website or blog Tehran said…", "Tehran"},
		{"Media playback is unsupported on your device Officials said…", "Officials"},
		{"Nice. — Jane Doe (@janedoe) March 3, 2019 The envoy said…", "The"},
		{"Write to me @janedoe (no signature here).", ""},
		{"Facebook Twitter Pinterest Tehran accused Washington of piracy.", "Tehran"},
		{"| Getty Images Tehran accused Washington of piracy.", "Tehran"},
		{"| AP Photo Kyiv accused Moscow of shelling the plant.", "Kyiv"},
		{"| not a credit, Kyiv said.", ""},
	}
	for _, tt := range tests {
		a.Reset()
		a.prepare(tt.s, dayOf(time.Time{}))
		fe, _ := a.furnitureEnd()
		got := ""
		if fe > 0 && fe < len(a.toks) {
			got = a.word(fe)
		}
		if got != tt.first {
			t.Errorf("%q: reading starts at %q, want %q", tt.s, got, tt.first)
		}
	}
}
