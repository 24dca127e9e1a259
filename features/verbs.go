package features

import (
	"bytes"
	_ "embed"
	"io"
)

// The CAMEO verb classes, compiled from PETRARCH2's CAMEO.2.0.txt by
// scripts/cameo (MIT licence: verbs/LICENSE-CAMEO.txt). The compiled text
// is committed so that a build needs nothing outside the repository.
//
//go:generate go run ../scripts/cameo -in ../../shared/data/petrarch2-dictionaries/CAMEO.2.0.txt -out verbs/cameo.cues
//go:embed verbs/cameo.cues
var cameoVerbs []byte

// ParseVerbLexicon reads verb classes: the lexicon format with CAMEO codes
// for section names ("[112]", "[0871]"). Each class is one feature, fired
// by any of its patterns, matched like cue phrases (stems, "*" gaps, one
// clause, negation scope); a code of three or four digits also fires its
// root (its first two digits), so "accuse" counts both as 112 (accuse)
// and as 11 (disapprove). Errors name the file and line.
func ParseVerbLexicon(r io.Reader, name string) (*Lexicon, error) {
	return parseLexicon(r, name, true)
}

// DefaultVerbs returns the compiled CAMEO verb classes.
func DefaultVerbs() *Lexicon {
	lex, err := ParseVerbLexicon(bytes.NewReader(cameoVerbs), "verbs/cameo.cues")
	if err != nil {
		panic("features: embedded verb classes do not parse: " + err.Error()) // a build error, not user input
	}
	return lex
}
