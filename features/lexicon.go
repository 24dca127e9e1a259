package features

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"fmt"
	"io"
	"maps"
	"slices"
	"strconv"
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
	need     []stemSet // need[p]: the stems pattern p needs, as a stemSet

	// The verb classes hold thousands of phrases, a hundred or more
	// starting with common verbs ("call", "launch"), so they are found
	// through their first two words: byFirst keeps only one-word
	// patterns, and pairs maps the ids (stemID) of a phrase's first and
	// second words to the phrases. Firsts and seconds are numbered apart:
	// seconds include "of" and "to", and only a word that starts a phrase
	// should cost a lookup.
	firstID  map[string]uint32
	secondID map[string]uint32
	pairs    *bigramTable // pair key -> index into pairList
	pairList [][]int32
}

// stemSet is a 128-bit Bloom-style summary of a set of stems: one bit per
// stem, chosen by a hash. A pattern whose set has a bit the sentence's
// lacks cannot match, which one AND tells; the verb classes have
// thousands of patterns, many starting with common verbs, and trying each
// word by word cost more than the rest of the extraction.
type stemSet [2]uint64

func stemBit(stem string) stemSet {
	h := uint64(14695981039346656037)
	for i := 0; i < len(stem); i++ {
		h ^= uint64(stem[i])
		h *= 1099511628211
	}
	var s stemSet
	s[(h>>6)&1] = 1 << (h & 63)
	return s
}

func (s stemSet) union(o stemSet) stemSet { return stemSet{s[0] | o[0], s[1] | o[1]} }

// within reports whether every bit of s is in o.
func (s stemSet) within(o stemSet) bool { return s[0]&^o[0] == 0 && s[1]&^o[1] == 0 }

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
		key := strconv.Itoa(class) + ":" + strings.Join(p.Stems, " ")
		if seen[key] {
			continue // "criticise" and "criticism" share a stem: one feature is enough
		}
		seen[key] = true
		lex.byFirst[p.Stems[0]] = append(lex.byFirst[p.Stems[0]], int32(len(lex.Patterns)))
		lex.Patterns = append(lex.Patterns, p)
		var need stemSet
		for _, st := range p.Stems[1:] {
			if st != Gap {
				need = need.union(stemBit(st))
			}
		}
		lex.need = append(lex.need, need)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s:%d: %w", name, line+1, err)
	}
	if len(lex.Patterns) == 0 {
		return nil, fmt.Errorf("%s: no cue patterns", name)
	}
	if open {
		lex.indexPairs()
	}
	return lex, nil
}

// indexPairs moves the phrases of more than one word from byFirst to
// pairs.
func (lex *Lexicon) indexPairs() {
	lex.firstID, lex.secondID = map[string]uint32{}, map[string]uint32{}
	lists := map[uint64][]int32{}
	id := func(ids map[string]uint32, s string) uint32 {
		if n, ok := ids[s]; ok {
			return n
		}
		n := uint32(len(ids) + 1)
		ids[s] = n
		return n
	}
	lex.byFirst = map[string][]int32{}
	for pi, p := range lex.Patterns {
		if len(p.Stems) == 1 {
			lex.byFirst[p.Stems[0]] = append(lex.byFirst[p.Stems[0]], int32(pi))
			continue
		}
		second := p.Stems[1]
		if second == Gap {
			second = p.Stems[2] // a pattern never ends with a gap
		}
		k := bigramKey(id(lex.firstID, p.Stems[0]), id(lex.secondID, second))
		lists[k] = append(lists[k], int32(pi))
	}
	keys := slices.Sorted(maps.Keys(lists))
	lex.pairs = newBigramTable(len(keys))
	for _, k := range keys {
		lex.pairs.add(k, int32(len(lex.pairList)))
		lex.pairList = append(lex.pairList, lists[k])
	}
}

// matchPairs appends the phrases of more than one word (see indexPairs)
// found in the scanned words.
func (lex *Lexicon) matchPairs(dst []Match, feats []*wordFeat, clause []int32, have stemSet) []Match {
	for i, f := range feats {
		if f.vfirst == 0 {
			continue
		}
		from := len(dst)
		for j := i + 1; j < len(feats) && j <= i+1+MaxGap && clause[j] == clause[i]; j++ {
			if feats[j].vsecond == 0 {
				continue
			}
			list, ok := lex.pairs.get(bigramKey(f.vfirst, feats[j].vsecond))
			if !ok {
				continue
			}
		next:
			for _, pi := range lex.pairList[list] {
				if !lex.need[pi].within(have) {
					continue
				}
				for _, m := range dst[from:] {
					if m.Pattern == int(pi) {
						continue next // found already through an earlier word
					}
				}
				if last, ok := matchAt(lex.Patterns[pi].Stems, feats, clause, i, clause[i]); ok {
					dst = append(dst, Match{Pattern: int(pi), First: i, Last: last})
				}
			}
		}
	}
	return dst
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
	var have stemSet
	for _, f := range feats {
		have = have.union(f.bit)
	}
	for i, f := range feats {
		first := f.first
		if verbs {
			first = f.verbs
		}
		for _, pi := range first {
			if !lex.need[pi].within(have) {
				continue
			}
			if last, ok := matchAt(lex.Patterns[pi].Stems, feats, clause, i, clause[i]); ok {
				dst = append(dst, Match{Pattern: int(pi), First: i, Last: last})
			}
		}
	}
	if lex.pairs != nil {
		dst = lex.matchPairs(dst, feats, clause, have)
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
