// Command cameo compiles the CAMEO verb dictionary of PETRARCH2
// (CAMEO.2.0.txt, MIT licence, Open Event Data Alliance) into the verb
// classes that features.DefaultVerbs embeds: one section per CAMEO code,
// one cue pattern per line, in the format of features.ParseVerbLexicon.
//
//	go run ./scripts/cameo -in ../shared/data/petrarch2-dictionaries/CAMEO.2.0.txt -out features/verbs/cameo.cues
//
// (go generate ./features/ runs the same.) The output is sorted and
// deduplicated, so the same dictionary gives the same bytes.
//
// What is kept: every verb (and its listed irregular forms) under its own
// code or its block's code, and every phrase pattern under its code, with
// the verb put where the pattern's "*" stands and each actor slot, bracket
// and gap of the pattern turned into a "*" gap of the cue language. A
// pattern of the same class as its verb is left out: the verb alone fires
// that class, and matching thousands of redundant phrases is what costs.
// Synonym sets (&NAME) are expanded when that gives at most maxVariants
// phrases; a pattern that would give more is left out. Codes "---" (no
// event) are left out. Codes keep three digits in the families where the
// difference matters to stance (see keep3) and two elsewhere; 0871
// (ceasefire) keeps four.
package main

import (
	"bufio"
	"bytes"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// maxVariants bounds the phrases one pattern expands into.
const maxVariants = 16

// keep3 are the CAMEO roots whose three-digit codes become classes of
// their own: intend to cooperate, consult, diplomatic cooperation, yield,
// disapprove, reject, threaten, protest, reduce relations, coerce.
var keep3 = map[string]bool{"03": true, "04": true, "05": true, "08": true, "11": true, "12": true, "13": true, "14": true, "16": true, "17": true}

func main() {
	in := flag.String("in", "", "CAMEO verb dictionary `FILE` (CAMEO.2.0.txt)")
	out := flag.String("out", "", "compiled verb classes `FILE`")
	flag.Parse()
	if *in == "" || *out == "" {
		fmt.Fprintln(os.Stderr, "usage: cameo -in CAMEO.2.0.txt -out cameo.cues")
		os.Exit(2)
	}
	src, err := os.ReadFile(*in)
	if err != nil {
		fmt.Fprintln(os.Stderr, "cameo:", err)
		os.Exit(1)
	}
	classes, err := compile(bytes.NewReader(src), *in)
	if err != nil {
		fmt.Fprintln(os.Stderr, "cameo:", err)
		os.Exit(1)
	}
	var buf bytes.Buffer
	write(&buf, classes, filepath.Base(*in))
	tmp := *out + ".tmp"
	if err := os.WriteFile(tmp, buf.Bytes(), 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "cameo:", err)
		os.Exit(1)
	}
	if err := os.Rename(tmp, *out); err != nil {
		fmt.Fprintln(os.Stderr, "cameo:", err)
		os.Exit(1)
	}
}

// class maps a CAMEO code as written ("042:043", ":173", "1122") to the
// class it is compiled into, or "" for no event.
func class(code string) string {
	parts := strings.Split(code, ":")
	c := parts[0]
	if c == "" && len(parts) > 1 {
		c = parts[1]
	}
	if len(c) < 2 || strings.Trim(c, "0123456789") != "" {
		return ""
	}
	switch {
	case strings.HasPrefix(c, "0871"):
		return "0871"
	case keep3[c[:2]] && len(c) >= 3:
		return c[:3]
	}
	return c[:2]
}

// compile reads the dictionary and returns the cue phrases per class.
func compile(r io.Reader, name string) (map[string]map[string]bool, error) {
	synsets := map[string][]string{}
	out := map[string]map[string]bool{}
	add := func(cls, phrase string) {
		if cls == "" || !plain(phrase) {
			return
		}
		if out[cls] == nil {
			out[cls] = map[string]bool{}
		}
		out[cls][phrase] = true
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 4096), 1<<20)
	var (
		inPatterns bool
		synset     string
		blockCode  string
		verbs      map[string]string // this block's verbs (upper case, '_' for spaces) -> their class
		blockVerbs []string
		line       int
	)
	for sc.Scan() {
		line++
		text := sc.Text()
		if !inPatterns {
			if strings.Contains(text, "VERB PATTERNS") {
				inPatterns = true
				continue
			}
			t := strings.TrimSpace(stripComment(text))
			switch {
			case strings.HasPrefix(t, "&"):
				synset = t
			case strings.HasPrefix(t, "+") && synset != "":
				synsets[synset] = append(synsets[synset], strings.TrimPrefix(t, "+"))
			case t == "":
				synset = ""
			}
			continue
		}
		t := strings.TrimSpace(text)
		switch {
		case t == "" || strings.HasPrefix(t, "#"):
		case strings.HasPrefix(t, "---"):
			f := strings.Fields(t)
			if len(f) < 3 {
				return nil, fmt.Errorf("%s:%d: bad block line %q", name, line, t)
			}
			blockCode = strings.Trim(f[2], "[]")
			verbs, blockVerbs = map[string]string{}, nil
		case strings.HasPrefix(t, "-"):
			body, comment, _ := strings.Cut(t[1:], "#")
			open := strings.LastIndex(body, "[")
			if open < 0 {
				return nil, fmt.Errorf("%s:%d: pattern without [code]", name, line)
			}
			cls := class(strings.Trim(strings.TrimSpace(body[open:]), "[]"))
			if cls == "" {
				continue
			}
			targets := blockVerbs
			if v := strings.TrimSpace(comment); verbs[v] != "" {
				targets = []string{v}
			}
			for _, v := range targets {
				if verbs[v] == cls {
					continue // the verb alone already fires this class
				}
				for _, p := range expand(body[:open], v, synsets) {
					add(cls, p)
				}
			}
		default:
			body := stripComment(t)
			code := blockCode
			if i := strings.Index(body, "["); i >= 0 {
				if j := strings.Index(body[i:], "]"); j > 0 {
					code = body[i+1 : i+j]
				}
				body = body[:i] + body[i:][strings.Index(body[i:], "]")+1:]
			}
			forms := ""
			if i := strings.Index(body, "{"); i >= 0 {
				forms = strings.Trim(body[i:], "{} ")
				body = body[:i]
			}
			verb := strings.TrimPrefix(strings.TrimSpace(body), "+")
			if verb == "" {
				continue
			}
			cls := class(code)
			verbs[verb] = cls
			if cls == "" {
				verbs[verb] = "-"
			}
			blockVerbs = append(blockVerbs, verb)
			add(cls, words(verb))
			for _, f := range strings.Fields(forms) {
				add(cls, words(f))
			}
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s:%d: %w", name, line+1, err)
	}
	return out, nil
}

// plain reports whether a phrase is lower-case words and gaps only: the
// dictionary's stray marks (a lone comma, "=", "/") make no cue.
func plain(phrase string) bool {
	f := strings.Fields(phrase)
	for _, w := range f {
		if w != "*" && strings.Trim(w, "abcdefghijklmnopqrstuvwxyz'-") != "" {
			return false
		}
		if strings.Trim(w, "'-") == "" {
			return false
		}
	}
	return len(f) > 0
}

func stripComment(s string) string {
	if i := strings.Index(s, "#"); i >= 0 {
		return s[:i]
	}
	return s
}

// words turns a dictionary word ("IS_TO", "ANGERED_BY") into lower-case
// words.
func words(w string) string {
	return strings.ToLower(strings.Join(strings.FieldsFunc(strings.TrimPrefix(w, "+"), func(r rune) bool { return r == '_' || r == ' ' }), " "))
}

// expand turns one pattern body into cue phrases for verb v: "*" becomes
// the verb, actor slots and brackets become gaps, synonym sets expand.
func expand(body, v string, synsets map[string][]string) []string {
	body = strings.NewReplacer("(", " ", ")", " ", "{", " ", "}", " ").Replace(body)
	variants := [][]string{nil}
	gap := func() {
		for i, p := range variants {
			if len(p) > 0 && p[len(p)-1] != "*" {
				variants[i] = append(p, "*")
			}
		}
	}
	for _, tok := range strings.Fields(body) {
		var alts []string
		switch {
		case tok == "*":
			alts = []string{words(v)}
		case strings.HasPrefix(tok, "&"):
			alts = synsets[tok]
			if len(alts) == 0 {
				return nil
			}
		case strings.Trim(tok, "ABCDEFGHIJKLMNOPQRSTUVWXYZ_'-") == "":
			alts = []string{tok}
		default: // $ + ^ % and other markers: an actor or a skipped word
			gap()
			continue
		}
		if len(variants)*len(alts) > maxVariants {
			return nil
		}
		gap()
		var next [][]string
		for _, p := range variants {
			for _, a := range alts {
				next = append(next, append(append([]string(nil), p...), words(a)))
			}
		}
		variants = next
	}
	var out []string
	for _, p := range variants {
		for len(p) > 0 && p[0] == "*" {
			p = p[1:]
		}
		for len(p) > 0 && p[len(p)-1] == "*" {
			p = p[:len(p)-1]
		}
		if len(p) > 1 { // one word alone is the verb line's business
			out = append(out, strings.Join(p, " "))
		}
	}
	return out
}

// write prints the classes sorted by code and their phrases sorted.
func write(w io.Writer, classes map[string]map[string]bool, source string) {
	fmt.Fprintf(w, "# CAMEO verb classes compiled by scripts/cameo from %s (PETRARCH2,\n", source)
	fmt.Fprintln(w, "# MIT licence, Copyright (c) 2015 Open Event Data Alliance: see LICENSE-CAMEO.txt).")
	fmt.Fprintln(w, "# Do not edit: regenerate with go generate ./features/")
	codes := make([]string, 0, len(classes))
	for c := range classes {
		codes = append(codes, c)
	}
	sort.Strings(codes)
	for _, c := range codes {
		fmt.Fprintf(w, "[%s]\n", c)
		ps := make([]string, 0, len(classes[c]))
		for p := range classes[c] {
			ps = append(ps, p)
		}
		sort.Strings(ps)
		for _, p := range ps {
			fmt.Fprintln(w, p)
		}
	}
}
