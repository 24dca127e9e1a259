package actors

import (
	"strings"
	"testing"
	"time"
)

// TestExtendFrom adds a user file to the embedded gazetteer: an alias for
// a code the gazetteer already names needs no name row, a new code does,
// and a user entry overrides a built-in one with the same text.
func TestExtendFrom(t *testing.T) {
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	user := "code,kind,text,role,from,to\n" +
		"PRK,alias,Hermit Kingdom,,,\n" +
		"XYZ,name,Free Republic of Nowhere,,,\n" +
		"XYZ,capital,Nowhereville,,,\n" +
		"XYZ,alias,Brussels,,,\n"
	ext, err := g.ExtendFrom(strings.NewReader(user), "mine.csv")
	if err != nil {
		t.Fatal(err)
	}
	att := NewAttributor(ext)
	cases := []struct{ sentence, speaker, target string }{
		{"The Hermit Kingdom accused Nowhereville of spying.", "PRK", "XYZ"},
		{"Brussels warned Pyongyang of consequences.", "XYZ", "PRK"},
	}
	for _, c := range cases {
		att.Reset()
		a := att.Attribute(c.sentence, time.Time{})
		if a.Speaker != c.speaker || strings.Join(a.Targets, "|") != c.target {
			t.Errorf("%q: %s>%v, want %s>%s", c.sentence, a.Speaker, a.Targets, c.speaker, c.target)
		}
	}
	if ext.Name("XYZ") != "Free Republic of Nowhere" || ext.Name("PRK") != "North Korea" {
		t.Errorf("names %q, %q", ext.Name("XYZ"), ext.Name("PRK"))
	}
	_, err = g.ExtendFrom(strings.NewReader("code,kind,text,role,from,to\nNEW,alias,Atlantis,,,\n"), "mine.csv")
	if err == nil || !strings.Contains(err.Error(), "mine.csv:2: code NEW has no name row") {
		t.Errorf("error %v, want the unnamed new code reported", err)
	}
}

// TestBlockRows checks that a block row keeps a longer phrase that contains
// an actor's name from naming that actor.
func TestBlockRows(t *testing.T) {
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct{ sentence, codes string }{
		{"Latin American leaders met in Brasilia.", "BRA"},
		{"The Indian Ocean patrol was extended, India said.", "IND"},
		{"American officials met Syrian Democratic Forces commanders.", "USA"},
	}
	for _, c := range cases {
		var got []string
		for _, m := range g.Find(c.sentence, time.Time{}) {
			got = append(got, m.Code)
		}
		if strings.Join(got, "|") != c.codes {
			t.Errorf("%q: mentions %v, want %s", c.sentence, got, c.codes)
		}
	}
	_, err = Parse(strings.NewReader("code,kind,text,role,from,to\nUSA,block,Latin America,,,\n"), "b.csv")
	if err == nil || !strings.Contains(err.Error(), "b.csv:2: a block row has no code") {
		t.Errorf("error %v", err)
	}
}
