package text

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"
)

func TestKeepsHyphen(t *testing.T) {
	for _, tc := range []struct {
		left, right string
		want        bool
	}{
		{"interna", "tional", false},   // one word broken by the typesetter
		{"Interna", "tional", false},   // at the start of a sentence
		{"develop", "ment", false},     // "develop" is a word, "ment" is not
		{"in", "tend", false},          // too short to be half of a compound
		{"neigh", "bours", false},      // British spelling, from wbritish
		{"Asia", "Pacific", true},      // a capital after the break
		{"anti", "American", true},     // idem
		{"non", "proliferation", true}, // compound prefix
		{"self", "determination", true},
		{"peace", "keeping", true}, // two words of four letters or more
		{"well", "known", true},
		{"so", "called", true}, // "socalled" is no word
		{"twenty", "first", true},
		{"abc", "xyz", true},
		{"interna", "", true},
	} {
		if got := keepsHyphen(tc.left, tc.right); got != tc.want {
			t.Errorf("keepsHyphen(%q, %q) = %v, want %v", tc.left, tc.right, got, tc.want)
		}
	}
}

func TestIsWord(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"a", "", true}, {"zygote", "", true}, {"inter", "national", true},
		{"Organisation", "", true}, {"organization", "", true},
		{"", "", false}, {"qqq", "", false}, {"internationa", "", false},
		{strings.Repeat("a", 41), "", false},
	} {
		if got := isWord(tc.a, tc.b); got != tc.want {
			t.Errorf("isWord(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

func TestIsFurniture(t *testing.T) {
	for _, tc := range []struct {
		line string
		want bool
	}{
		{"12", true}, {"- 12 -", true}, {"A/54/PV.8", true}, {"S/2001/12", true},
		{"99-85617 (E)", true}, {"15-29595 5/23", true}, {"15-29595\t5/23", true}, {"29/09/2015 A/70/PV.18", true},
		{"(spoke in French)", true},
		{"1945", true}, // a year alone on a line is not a sentence either
		{"2,000 troops", false}, {"12 dead in attack", false}, {"A new start", false},
		{"Article 51", false}, {"123456", false}, {"-", true}, {"S", false},
	} {
		if got := isFurniture(tc.line); got != tc.want {
			t.Errorf("isFurniture(%q) = %v, want %v", tc.line, got, tc.want)
		}
	}
}

func TestIsListItem(t *testing.T) {
	for _, tc := range []struct {
		line string
		want bool
	}{
		{"- an apology;", true}, {"• item", true}, {"(a) a hotline;", true}, {"a) a hotline", true},
		{"iv) the fourth", true}, {"1. First point", true}, {"12) twelve", true},
		{"128.\tMay I begin", true}, {"b. second", true},
		{"-10 degrees", false}, {"1.5 million people", false}, {"(spoke in French)", false},
		{"and the rest", false}, {"ab. cd", false}, {"U.S. officials", false}, {"", false},
	} {
		if got := isListItem(tc.line); got != tc.want {
			t.Errorf("isListItem(%q) = %v, want %v", tc.line, got, tc.want)
		}
	}
}

func TestUnwrap(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"", ""},
		{"  One line.  ", "One line."},
		{"the interna-\ntional order", "the international order"},
		{"the Asia-\r\nPacific region", "the Asia-Pacific region"},
		{"the non-\nproliferation regime", "the non-proliferation regime"},
		{"the United \n\n12\nA/72/PV.9\n\nNations", "the United Nations"}, // page furniture between lines
		{"12\nthe end", "12 the end"},                                     // furniture only between text
		{"Organization —\nfor peace", "Organization — for peace"},
		{"Organization—\nfor peace", "Organization—for peace"},
		{"a\u00a0b\n\ufb01ne", "a b fine"}, // NFKC per line
		{"well-\n", "well-"},
	} {
		if got := Unwrap(tc.in); got != tc.want {
			t.Errorf("Unwrap(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// wrappedText is a paragraph wrapped at 60 columns, long enough for Parse
// to read the text it starts as hard-wrapped.
const wrappedText = "The delegation of my country wishes to express its thanks\n" +
	"to all who have worked for peace in the region this year,\n" +
	"and above all to the mediators who brought the parties to\n" +
	"the table. "

// TestReflowLines checks which lines Parse joins, on small texts that each
// isolate one rule.
func TestReflowLines(t *testing.T) {
	wrapped := wrappedText
	for _, tc := range []struct {
		name, in string
		want     []string
	}{
		{"news lines stay apart", "Talks collapse\nBy Jane Doe\nThe talks collapsed on Sunday. Both sides left.\nA new round is planned.",
			[]string{"Talks collapse", "The talks collapsed on Sunday.", "Both sides left.", "A new round is planned."}},
		{"a broken news paragraph is joined", "Talks collapse\nThe talks collapsed on Sunday after the two delegations failed to\nagree on a text.",
			[]string{"Talks collapse", "The talks collapsed on Sunday after the two delegations failed to agree on a text."}},
		{"a byline is not joined to a lower-case line", "Talks collapse\nBy Jane Doe\nupdated on Sunday with new quotes",
			[]string{"Talks collapse", "updated on Sunday with new quotes"}},
		{"a blank line separates outside wrapped text", "The talks collapsed on Sunday after the two delegations failed to\n\nagree on a text.",
			[]string{"The talks collapsed on Sunday after the two delegations failed to", "agree on a text."}},
		{"wrapped lines join, headings stay", wrapped + "\nRegional security\n" + wrapped,
			[]string{"The delegation of my country wishes to express its thanks to all who have worked for peace in the region this year, and above all to the mediators who brought the parties to the table.",
				"Regional security",
				"The delegation of my country wishes to express its thanks to all who have worked for peace in the region this year, and above all to the mediators who brought the parties to the table."}},
		{"full lines join before a capital", wrapped + "\nWe commend the work of the Secretary-General and of the United\nNations Office for the Coordination of Humanitarian Affairs.",
			[]string{"The delegation of my country wishes to express its thanks to all who have worked for peace in the region this year, and above all to the mediators who brought the parties to the table.",
				"We commend the work of the Secretary-General and of the United Nations Office for the Coordination of Humanitarian Affairs."}},
		{"list items stay apart in wrapped text", wrapped + "\n(a) a hotline between the two coast guards and the navies;\n(b) a register of exercises.",
			[]string{"The delegation of my country wishes to express its thanks to all who have worked for peace in the region this year, and above all to the mediators who brought the parties to the table.",
				"(a) a hotline between the two coast guards and the navies;", "(b) a register of exercises."}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := Parse(tc.in).Sentences; !slices.Equal(got, tc.want) {
				t.Errorf("Parse(%q)\n got  %q\n want %q", tc.in, got, tc.want)
			}
		})
	}
}

// checkSpans checks SentenceSpans(src) against Parse(src): one span per
// sentence, in bounds, in order, not overlapping, and, when strict,
// Unwrap of each span gives the sentence. It returns how many spans
// failed that last check.
func checkSpans(t *testing.T, name, src string, strict bool) int {
	t.Helper()
	sentences := Parse(src).Sentences
	spans := SentenceSpans(src)
	if len(spans) != len(sentences) {
		t.Fatalf("%s: %d spans for %d sentences", name, len(spans), len(sentences))
	}
	prev, bad := 0, 0
	for i, sp := range spans {
		if sp.Start < prev || sp.End < sp.Start || sp.End > len(src) {
			t.Fatalf("%s: span %d %+v is out of order or bounds (previous end %d, length %d)", name, i, sp, prev, len(src))
		}
		prev = sp.End
		if got := Unwrap(src[sp.Start:sp.End]); got != sentences[i] {
			bad++
			if strict {
				t.Errorf("%s: sentence %d: Unwrap(src[%d:%d]) = %q, want %q", name, i, sp.Start, sp.End, got, sentences[i])
			}
		}
	}
	return bad
}

// TestSentenceSpans checks the contract of SentenceSpans and Unwrap on the
// test articles, the wrapped texts and the annotated example articles.
func TestSentenceSpans(t *testing.T) {
	var files []string
	for _, glob := range []string{"testdata/articles/*.txt", "testdata/wrapped/*.txt", filepath.Join(goldDir, "*.txt")} {
		m, _ := filepath.Glob(glob)
		files = append(files, m...)
	}
	if len(files) < 6 {
		t.Fatalf("only %d files to check", len(files))
	}
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		src, _ := Sanitize(raw)
		checkSpans(t, f, src, norm.NFKC.IsNormalString(src))
	}
	// One span by hand, across a page break and a hyphenated word.
	src := wrappedText + "We thank the interna-\ntional community and the whole United\n7\n\nNations. It helped."
	spans := SentenceSpans(src)
	want := []Span{{0, len(wrappedText) - 1}, {len(wrappedText), strings.LastIndex(src, ".") - 10}, {strings.LastIndex(src, "It"), len(src)}}
	if !slices.Equal(spans, want) {
		t.Errorf("SentenceSpans(%q) = %v, want %v", src, spans, want)
	}
	checkSpans(t, "by hand", src, true)
}

// TestUNGDCSpans checks the contract of SentenceSpans on every tenth UN
// speech that is already in NFKC form.
func TestUNGDCSpans(t *testing.T) {
	docs, sentences, bad := 0, 0, 0
	forEachSpeech(t, 10, func(sp ungdcSpeech) {
		if !norm.NFKC.IsNormalString(sp.Text) {
			return
		}
		docs++
		sentences += len(Parse(sp.Text).Sentences)
		bad += checkSpans(t, sp.ID, sp.Text, bad < 5)
	})
	t.Logf("%d speeches, %d sentences, %d spans whose Unwrap differs from the sentence", docs, sentences, bad)
}
