package features

import (
	"fmt"
	"strings"
	"testing"

	"github.com/clipperhouse/uax29/v2/words"
)

// segments lists the tokens of s as "kind:text", through the ASCII path
// when it applies, or through the general UAX #29 segmenter when general.
func segments(s string, general bool) []string {
	g := newSegmenter(s)
	if general {
		g = segmenter{s: s, it: words.FromString(s)}
	}
	var out []string
	for g.next() {
		out = append(out, fmt.Sprintf("%d:%s@%d", g.kind, g.text(), g.start))
	}
	return out
}

func TestSegmentASCII(t *testing.T) {
	tests := []string{
		"",
		"Seoul said the drills were \"a rehearsal for invasion\".",
		"The U.S. and Japan don't agree; 1,500 troops (3.5%) left at 10:30.",
		"a:b a.b a'b 1,2 1;2 1.2 1'2 a,b a;b 1:2 a.1 1.a a. .a 1. ,1",
		"snake_case _lead trail_ __ a__b 9_a",
		"talks - and US-led drills -- a - b -x x-",
		"tab\tand\nnew line\r\n  spaces   end ",
		"'90s \"quoted\" 'single' it's ... !? [x] {y} #1 $2 @3 ~",
		"\x00\x1f\x7f odd controls",
	}
	for _, s := range tests {
		t.Run(s, func(t *testing.T) {
			fast, general := segments(s, false), segments(s, true)
			if strings.Join(fast, "|") != strings.Join(general, "|") {
				t.Errorf("ASCII path %q\nUAX #29     %q", fast, general)
			}
		})
	}
}

// FuzzSegmentASCII checks the ASCII path against the general segmenter on
// any ASCII text.
func FuzzSegmentASCII(f *testing.F) {
	f.Add("The U.S. and Japan don't agree; 1,500 troops (3.5%) left at 10:30.")
	f.Add("a:b a.b a'b 1,2 1;2 1.2 1'2 _x x_ 9_a - -b")
	f.Fuzz(func(t *testing.T, s string) {
		b := []byte(s)
		for i := range b {
			b[i] &= 0x7f
		}
		s = string(b)
		fast, general := segments(s, false), segments(s, true)
		if strings.Join(fast, "|") != strings.Join(general, "|") {
			t.Fatalf("%q:\nASCII path %q\nUAX #29     %q", s, fast, general)
		}
	})
}
