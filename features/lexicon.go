package features

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"fmt"
	"io"
	"slices"
	"strings"
)

// The default lexicon: one file per stance class, in cues/.
//
//go:embed cues/*.txt
var cueFiles embed.FS

// LexiconClasses are the section names a lexicon may use, in score order.
var LexiconClasses = [...]string{"accusation", "reassurance", "threat"}

// Gap is the pattern word that matches up to MaxGap words.
const Gap = "*"

// MaxGap is how many words a Gap may skip.
const MaxGap = 3

// Pattern is one cue phrase: a sequence of stems, possibly with gaps.
type Pattern struct {
	Class int      // index into LexiconClasses
	Text  string   // as written in the lexicon
	Stems []string // stems to match; Gap for "*"
}

// Lexicon is a set of cue phrases per stance class.
//
// Format: UTF-8 text, one pattern a line. A line "[accusation]",
// "[reassurance]" or "[threat]" starts the section the following patterns
// belong to. "#" starts a comment line; blank lines are ignored. A pattern
// is written in plain words ("spread rumours", "no hostile intent") and is
// matched on stems, so inflections and British or American spellings match
// too. "*" inside a pattern matches up to three words within one clause
// ("strengthen * deterrent").
type Lexicon struct {
	Classes  []string // section names; Pattern.Class indexes it
	Parent   []int    // Parent[c] is the class that also fires when c does, or c itself
	Patterns []Pattern
	Source   []byte // the text parsed, stored in the model file
	Hash     string // SHA-256 of Source, hex
	byFirst  map[string][]int32
}

// DefaultLexicon returns the lexicon that ships with stance: the files
// cues/accusation.txt, cues/reassurance.txt and cues/threat.txt.
func DefaultLexicon() *Lexicon {
	var buf bytes.Buffer
	for _, c := range LexiconClasses {
		b, err := cueFiles.ReadFile("cues/" + c + ".txt")
		if err != nil {
			panic("features: embedded cue file missing: " + err.Error()) // a build error, not user input
		}
		fmt.Fprintf(&buf, "[%s]\n", c)
		buf.Write(b)
		if len(b) > 0 && b[len(b)-1] != '\n' {
			buf.WriteByte('\n')
		}
	}
	lex, err := ParseLexicon(bytes.NewReader(buf.Bytes()), "default lexicon")
	if err != nil {
		panic("features: embedded cue files do not parse: " + err.Error())
	}
	return lex
}

// ParseLexicon reads a lexicon in the format documented on Lexicon. Errors
// name the file and line.
func ParseLexicon(r io.Reader, name string) (*Lexicon, error) {
	return parseLexicon(r, name, false)
}

// parseLexicon reads either kind of lexicon: the stance cues, whose
// sections are the three LexiconClasses, or verb classes (open), whose
// sections are CAMEO codes of two to four digits; a code longer than two
// digits brings its root class (its first two digits) with it.
func parseLexicon(r io.Reader, name string, open bool) (*Lexicon, error) {
	src, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	lex := &Lexicon{Source: src, byFirst: map[string][]int32{}}
	if !open {
		lex.Classes = LexiconClasses[:]
		lex.Parent = []int{0, 1, 2}
	}
	sum := sha256.Sum256(src)
	lex.Hash = hex.EncodeToString(sum[:])
	sc := bufio.NewScanner(bytes.NewReader(src))
	sc.Buffer(make([]byte, 4096), 1<<20)
	class, line := -1, 0
	seen := map[string]bool{}
	for sc.Scan() {
		line++
		text := strings.TrimSpace(sc.Text())
		if line == 1 {
			text = strings.TrimPrefix(text, "\ufeff")
		}
		switch {
		case text == "" || strings.HasPrefix(text, "#"):
			continue
		case strings.HasPrefix(text, "["):
			section := strings.TrimSuffix(strings.TrimPrefix(text, "["), "]")
			if open {
				class = lex.verbClass(section)
				if class < 0 || !strings.HasSuffix(text, "]") {
					return nil, fmt.Errorf("%s:%d: bad section %q (want a CAMEO code of 2 to 4 digits, such as [112])", name, line, text)
				}
				continue
			}
			class = lexiconClass(section)
			if class < 0 || !strings.HasSuffix(text, "]") {
				return nil, fmt.Errorf("%s:%d: unknown section %q (want [accusation], [reassurance] or [threat])", name, line, text)
			}
			continue
		case class < 0:
			return nil, fmt.Errorf("%s:%d: pattern %q before any [class] section", name, line, text)
		}
		p, err := compilePattern(class, text)
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %w", name, line, err)
		}
		key := fmt.Sprint(class, p.Stems)
		if seen[key] {
			continue // "criticise" and "criticism" share a stem: one feature is enough
		}
		seen[key] = true
		lex.byFirst[p.Stems[0]] = append(lex.byFirst[p.Stems[0]], int32(len(lex.Patterns)))
		lex.Patterns = append(lex.Patterns, p)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s:%d: %w", name, line+1, err)
	}
	if len(lex.Patterns) == 0 {
		return nil, fmt.Errorf("%s: no cue patterns", name)
	}
	return lex, nil
}

// verbClass returns the class of a CAMEO code section, adding it (and its
// root) when new, or -1 for a section that is not a code.
func (lex *Lexicon) verbClass(code string) int {
	if len(code) < 2 || len(code) > 4 || strings.Trim(code, "0123456789") != "" {
		return -1
	}
	parent := -1
	if len(code) > 2 {
		parent = lex.verbClass(code[:2])
	}
	if c := slices.Index(lex.Classes, code); c >= 0 {
		return c
	}
	lex.Classes = append(lex.Classes, code)
	if parent < 0 {
		parent = len(lex.Classes) - 1
	}
	lex.Parent = append(lex.Parent, parent)
	return len(lex.Classes) - 1
}

func lexiconClass(s string) int {
	for i, c := range LexiconClasses {
		if c == s {
			return i
		}
	}
	return -1
}

func compilePattern(class int, text string) (Pattern, error) {
	p := Pattern{Class: class, Text: text}
	for _, f := range strings.Fields(text) {
		if f == Gap {
			p.Stems = append(p.Stems, Gap)
			continue
		}
		for _, t := range Tokenize(nil, Normalize(f)) {
			if t.Kind == Word {
				p.Stems = append(p.Stems, t.Stem)
			}
		}
	}
	switch {
	case len(p.Stems) == 0:
		return p, fmt.Errorf("pattern %q has no words", text)
	case p.Stems[0] == Gap || p.Stems[len(p.Stems)-1] == Gap:
		return p, fmt.Errorf("pattern %q starts or ends with *", text)
	}
	return p, nil
}

// Match is one cue phrase found in a sentence.
type Match struct {
	Pattern int  // index into Lexicon.Patterns
	First   int  // index of the first matched word in the word list
	Last    int  // index of the last matched word
	Negated bool // inside the scope of a negation that precedes it
	Quoted  bool // inside double quotes
}

// matchFeats finds every pattern occurrence in a scanned word list.
// clause[i] numbers the clause of word i: a pattern never spans two
// clauses. verbs picks the verb-class lexicon's index in each word.
func (lex *Lexicon) matchFeats(dst []Match, feats []*wordFeat, clause []int32, verbs bool) []Match {
	for i, f := range feats {
		first := f.first
		if verbs {
			first = f.verbs
		}
		for _, pi := range first {
			if last, ok := matchAt(lex.Patterns[pi].Stems, feats, clause, i, clause[i]); ok {
				dst = append(dst, Match{Pattern: int(pi), First: i, Last: last})
			}
		}
	}
	return dropNested(dst)
}

// dropNested removes a match that lies inside a longer one, so that
// "stand idly by" inside "not stand idly by" is not read as a negated
// threat: the longer pattern already says what the words mean.
func dropNested(ms []Match) []Match {
	nested := func(m Match) bool {
		for _, o := range ms {
			if o.First <= m.First && m.Last <= o.Last && o.Last-o.First > m.Last-m.First {
				return true
			}
		}
		return false
	}
	var drop []int
	for i, m := range ms {
		if nested(m) {
			drop = append(drop, i)
		}
	}
	for k := len(drop) - 1; k >= 0; k-- {
		ms = append(ms[:drop[k]], ms[drop[k]+1:]...)
	}
	return ms
}

// matchAt reports whether pattern p matches the words starting at i, all
// within clause c, and the index of the last word it covers.
func matchAt(p []string, feats []*wordFeat, clause []int32, i int, c int32) (int, bool) {
	if len(p) == 0 {
		return i - 1, true
	}
	if p[0] == Gap {
		for skip := 0; skip <= MaxGap; skip++ {
			if last, ok := matchAt(p[1:], feats, clause, i+skip, c); ok {
				return last, true
			}
		}
		return 0, false
	}
	if i >= len(feats) || clause[i] != c || feats[i].stem != p[0] {
		return 0, false
	}
	return matchAt(p[1:], feats, clause, i+1, c)
}
