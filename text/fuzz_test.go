package text

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// fuzzSeeds are odd inputs worth starting from, besides the test articles.
var fuzzSeeds = []string{
	"",
	".",
	"...",
	"“",
	"”. A",
	"Mr. . A",
	"U.S. The",
	"the U.S. “will be” and U.K. 'tis. \"must\" now.",
	"a.b.c.d.e.f.g.h.i.j.k.l.m.n. The",
	"\"\"\"\". \". \"",
	"Talks ended…” The … “A",
	"By\nBy\nBy Jane Doe\n3 July 2022\n",
	"\r\r\n\n\u00a0\ufeff\u200b",
	"Published 3 July 2022, updated 4 July",
	"Jane Doe | 3 July 2022 | Reuters",
}

func addArticleSeeds(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	files, _ := filepath.Glob("testdata/*/*.txt")
	for _, name := range files {
		if b, err := os.ReadFile(name); err == nil {
			f.Add(string(b))
		}
	}
}

// FuzzSplit checks that Split loses nothing but white space: its sentences
// are non-empty trimmed substrings of the input, in order, and together hold
// every non-space character.
func FuzzSplit(f *testing.F) {
	addArticleSeeds(f)
	f.Fuzz(func(t *testing.T, in string) {
		got := Split(in)
		off := 0
		for _, s := range got {
			if s == "" || s != strings.TrimSpace(s) {
				t.Fatalf("sentence %q is empty or untrimmed", s)
			}
			k := strings.Index(in[off:], s)
			if k < 0 {
				t.Fatalf("sentence %q is not in the input after offset %d", s, off)
			}
			off += k + len(s)
		}
		if a, b := dropSpace(strings.Join(got, "")), dropSpace(in); a != b {
			t.Fatalf("sentences lose text:\n got  %q\n want %q", a, b)
		}
	})
}

// FuzzParse checks that Parse never panics on sanitised input and that what
// it returns comes from the normalised text: every sentence, the byline and
// the date line are non-empty, trimmed substrings of it.
func FuzzParse(f *testing.F) {
	addArticleSeeds(f)
	f.Fuzz(func(t *testing.T, raw string) {
		src, _ := Sanitize([]byte(raw))
		a := Parse(src)
		lines, runOn := appendParagraphs(nil, src)
		if runOn != mayRunOn(src) {
			t.Fatalf("appendParagraphs says runOn %v, mayRunOn %v", runOn, !runOn)
		}
		normalised := strings.Join(lines, "\n")
		// Reflow changes only white space and hyphens at line ends, and
		// drops page furniture.
		reflowed := ""
		if mayRunOn(src) {
			lines = slices.DeleteFunc(lines, isFurniture)
			reflowed = dropSpaceHyphen(strings.Join(lines, ""))
		}
		for _, s := range a.Sentences {
			if s == "" || s != strings.TrimSpace(s) {
				t.Fatalf("sentence %q is empty or untrimmed", s)
			}
			if !strings.Contains(normalised, s) && !strings.Contains(reflowed, dropSpaceHyphen(s)) {
				t.Fatalf("sentence %q is not in the normalised text %q", s, normalised)
			}
		}
		for _, s := range []string{a.Headline, a.Byline, a.DateText} {
			if !strings.Contains(normalised, s) && !strings.Contains(reflowed, dropSpaceHyphen(s)) {
				t.Fatalf("header field %q is not in the normalised text", s)
			}
		}
		if a.Date.IsZero() != (a.DateText == "") {
			t.Fatalf("Date %v does not match DateText %q", a.Date, a.DateText)
		}
		if a.Dropped < 0 || a.Dropped > len(strings.Split(src, "\n"))+strings.Count(src, "\r") {
			t.Fatalf("Dropped = %d", a.Dropped)
		}
	})
}

// FuzzSentenceSpans checks that the spans of SentenceSpans match Parse's
// sentences one for one, lie in bounds in order without overlapping, and,
// for text in NFKC form from which Parse dropped nothing, that Unwrap of
// each span gives its sentence.
func FuzzSentenceSpans(f *testing.F) {
	addArticleSeeds(f)
	f.Add(wrappedText + "We thank the interna-\ntional community and the whole United\n7\n\nNations. It helped.")
	f.Fuzz(func(t *testing.T, raw string) {
		src, _ := Sanitize([]byte(raw))
		strict := norm.NFKC.IsNormalString(src) && Parse(src).Dropped == 0
		checkSpans(t, "fuzz input", src, strict)
	})
}

// FuzzUnwrap checks that Unwrap returns one trimmed line and, for input of
// one line, what Parse does to a line.
func FuzzUnwrap(f *testing.F) {
	addArticleSeeds(f)
	f.Add("the interna-\ntional order\n12\nand the Asia-\nPacific")
	f.Fuzz(func(t *testing.T, raw string) {
		src, _ := Sanitize([]byte(raw))
		got := Unwrap(src)
		if strings.ContainsAny(got, "\r\n") || got != trimLine(got) {
			t.Fatalf("Unwrap(%q) = %q: not one trimmed line", src, got)
		}
		if !strings.ContainsAny(src, "\r\n") && got != trimLine(norm.NFKC.String(src)) {
			t.Fatalf("Unwrap(%q) = %q, want the normalised line", src, got)
		}
	})
}

// dropSpaceHyphen drops white space and hyphens, what reflow may change.
func dropSpaceHyphen(s string) string {
	return strings.ReplaceAll(dropSpace(s), "-", "")
}

func dropSpace(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
}
