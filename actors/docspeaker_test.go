package actors

import (
	"bufio"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestDocumentSpeaker attributes the documents of testdata/docspeaker.txt
// (a speech, a ministry statement, a press release) with their own
// speaker set, sentence by sentence, in order.
func TestDocumentSpeaker(t *testing.T) {
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join("testdata", "docspeaker.txt")
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	a := NewAttributor(g)
	date := time.Date(2024, 9, 24, 0, 0, 0, 0, time.UTC)
	docs, sentences := 0, 0
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		switch {
		case line == "" || strings.HasPrefix(line, "#"):
			continue
		case strings.HasPrefix(line, "= "):
			a.Reset()
			docs++
			if who := strings.TrimPrefix(line, "= "); who != "-" {
				code, err := g.Resolve(who, date)
				if err != nil {
					t.Fatalf("%s:%d: %v", path, n, err)
				}
				a.SetSpeaker(code)
			}
			continue
		}
		want, s, ok := strings.Cut(line, "\t")
		if !ok {
			t.Fatalf("%s:%d: no tab", path, n)
		}
		sentences++
		if got := a.Attribute(s, date).String(); got != want {
			t.Errorf("%s:%d: %q\n got: %s\nwant: %s", path, n, s, got, want)
		}
	}
	if docs < 4 || sentences < 20 {
		t.Errorf("only %d documents, %d sentences in %s", docs, sentences, path)
	}
}

// TestResolve checks how a document's speaker may be named.
func TestResolve(t *testing.T) {
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ in, want, err string }{
		{"FRA", "FRA", ""},
		{"fra", "FRA", ""},
		{" France ", "FRA", ""},
		{"the Kremlin", "RUS", ""},
		{"NATO", "NATO", ""},
		{"Frence", "", `unknown actor "Frence"`},
		{"France and Germany", "", "unknown actor"},
		{"", "", "empty actor"},
	}
	for _, tt := range tests {
		got, err := g.Resolve(tt.in, time.Time{})
		if got != tt.want || (err == nil) != (tt.err == "") || err != nil && !strings.Contains(err.Error(), tt.err) {
			t.Errorf("Resolve(%q) = %q, %v; want %q, %q", tt.in, got, err, tt.want, tt.err)
		}
	}
}
