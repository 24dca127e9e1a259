package main

import (
	"bytes"
	"os"
	"testing"

	"stance/features"
)

// TestCompile checks the compiled classes of a small dictionary: verbs
// under their own code or their block's, patterns with the verb in place
// of "*", actor slots and brackets as gaps, synonym sets expanded, a
// pattern of its verb's own class and "---" codes left out, and that the
// output parses as verb classes.
func TestCompile(t *testing.T) {
	f, err := os.Open("testdata/mini.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	classes, err := compile(f, "mini.txt")
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	write(&buf, classes, "mini.txt")
	want := `# CAMEO verb classes compiled by scripts/cameo from mini.txt (PETRARCH2,
# MIT licence, Copyright (c) 2015 Open Event Data Alliance: see LICENSE-CAMEO.txt).
# Do not edit: regenerate with go generate ./features/
[0871]
halt * fighting
[111]
accuse * army
accuse * troops
condemn
[112]
accuse
blame
charge
condemn * of * war * crimes
`
	if got := buf.String(); got != want {
		t.Errorf("compiled:\n%s\nwant:\n%s", got, want)
	}
	if _, err := features.ParseVerbLexicon(bytes.NewReader(buf.Bytes()), "compiled"); err != nil {
		t.Errorf("the output does not parse: %v", err)
	}
}

func TestClass(t *testing.T) {
	for code, want := range map[string]string{"112": "112", "1122": "112", "042:043": "042", ":173": "173", "0871": "0871", "087": "087", "190": "19", "---": "", "": ""} {
		if got := class(code); got != want {
			t.Errorf("class(%q) = %q, want %q", code, got, want)
		}
	}
}
