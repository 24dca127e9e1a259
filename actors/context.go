package actors

// This file holds what an Attributor learns from the document itself:
// surnames of the people it names, and definite descriptions ("the North",
// "the alliance") that name an actor only in context. These are mentions the
// gazetteer cannot hold because they are ambiguous out of context; Find does
// not report them.

// anaphor is a definite description that names an actor in context.
type anaphor struct {
	word  string   // the word after "the": "North" in "the North"
	codes []string // candidate actors; the most recently named one wins
	needs []string // the description applies only once one of these was named; nil: the candidates themselves
}

// anaphors lists the descriptions news uses for actors already introduced.
var anaphors = []anaphor{
	{"North", []string{"PRK"}, []string{"PRK", "KOR"}},
	{"South", []string{"KOR"}, []string{"PRK", "KOR"}},
	{"island", []string{"TWN"}, []string{"TWN"}},
	{"mainland", []string{"CHN"}, []string{"TWN"}},
	{"alliance", []string{"NATO", "AUKUS", "QUAD", "CSTO"}, nil},
	{"court", []string{"ICJ", "ICC"}, nil},
	{"bloc", []string{"EU", "ECOWAS", "ASEAN", "AU", "BRICS", "SCO", "GCC", "MERCOSUR", "SADC", "EAC",
		"OPEC", "CARICOM", "OAS", "ARAB", "OIC", "IGAD", "G7", "G20"}, nil},
}

// honorifics precede a name: "Mr Wang", "President Irfaan Ali".
var honorifics = map[string]bool{"Mr": true, "Mrs": true, "Ms": true, "Dr": true, "Gen": true, "Sir": true,
	"Lord": true, "President": true, "Prime": true, "Minister": true, "Secretary": true, "Chancellor": true,
	"King": true, "Queen": true, "Prince": true, "Sheikh": true, "Emir": true, "Ayatollah": true,
	"Senator": true, "Sen": true, "Governor": true, "Ambassador": true, "General": true, "Admiral": true,
	"Adm": true, "Col": true, "Colonel": true, "Lt": true, "Maj": true, "Capt": true, "Commander": true,
	"Premier": true, "Foreign": true, "Defence": true, "Defense": true, "Vice": true, "Deputy": true,
	"Speaker": true, "Leader": true, "Rep": true, "Mayor": true, "Marshal": true, "Crown": true}

// addContextMentions adds the mentions only the document can resolve. It
// reports whether it added any.
func (a *Attributor) addContextMentions() bool {
	n := len(a.ments)
	for i := range a.toks {
		t := &a.toks[i]
		if t.f&(fUpper|fAnaphor) == 0 {
			continue // only names and the lower-case anaphors ("the island") can be resolved
		}
		if mi := a.mentionAt(i); mi >= 0 {
			a.ownSurname(mi)
			continue
		}
		w := a.s[t.start:t.end]
		if m, ok := a.anaphorAt(i, w); ok {
			a.ments = append(a.ments, m)
			continue
		}
		if m, ok := a.surnameAt(i, w); ok {
			a.ments = append(a.ments, m)
			continue
		}
		if m, ok := a.administrationAt(i, w); ok {
			a.ments = append(a.ments, m)
			continue
		}
		if m, ok := a.bareAdministrationAt(i, w); ok {
			a.ments = append(a.ments, m)
		}
	}
	if len(a.ments) == n {
		return false
	}
	// Both runs are in token order: merge them, keeping the list in order.
	a.extra = append(a.extra[:0], a.ments[n:]...)
	a.merged = a.merged[:0]
	i, j := 0, 0
	for i < n || j < len(a.extra) {
		if j == len(a.extra) || i < n && a.ments[i].t0 < a.extra[j].t0 {
			a.merged = append(a.merged, a.ments[i])
			i++
		} else {
			a.merged = append(a.merged, a.extra[j])
			j++
		}
	}
	a.ments, a.merged = a.merged, a.ments
	return true
}

// anaphorAt resolves "the North", "the island's", "the alliance" at token i.
func (a *Attributor) anaphorAt(i int, w string) (mention, bool) {
	if i == 0 || !isThe(a.s, a.toks[i-1]) || !a.toks[i].space {
		return mention{}, false
	}
	if n := i + 1; n < len(a.toks) && a.toks[n].word && a.capitalised(n) {
		return mention{}, false // "the North Atlantic", "the South China Sea"
	}
	for _, an := range anaphors {
		if an.word != w {
			continue
		}
		code := a.resolveAnaphor(an)
		if code == "" {
			return mention{}, false
		}
		t := a.toks[i]
		m := mention{Mention: Mention{Code: code, Start: int(a.toks[i-1].start), End: int(t.end), Kind: KindAlias},
			t0: i, t1: i + 1, theT: true}
		m.possessive = possessiveAfter(a.s, a.toks, i+1)
		return m, true
	}
	return mention{}, false
}

// resolveAnaphor picks the actor a description stands for, or "".
func (a *Attributor) resolveAnaphor(an anaphor) string {
	if an.needs != nil {
		for _, c := range an.needs {
			if a.named(c) > 0 {
				return an.codes[0]
			}
		}
		return ""
	}
	best, bestAt := "", 0
	for _, c := range an.codes {
		if at := a.named(c); at > bestAt {
			best, bestAt = c, at
		}
	}
	return best
}

// named returns when actor c was last named: the current sentence counts as
// the most recent; 0 means never.
func (a *Attributor) named(c string) int {
	for _, m := range a.ments {
		if m.Code == c {
			return a.nth
		}
	}
	for _, n := range a.seen {
		if n.code == c {
			return n.nth
		}
	}
	return 0
}

// lastNamed is an actor and the sentence that last named it. A document names
// a handful of actors, and most pipeline documents are one sentence: a
// short list, emptied by Reset, costs less than a map that must be cleared.
type lastNamed struct {
	code string
	nth  int
}

// setNamed records that actor c is named in the current sentence.
func (a *Attributor) setNamed(c string) {
	for i := range a.seen {
		if a.seen[i].code == c {
			a.seen[i].nth = a.nth
			return
		}
	}
	a.seen = append(a.seen, lastNamed{c, a.nth})
}

// surnameAt resolves a surname learnt earlier in the document: "Ali said"
// after "Guyana's President Irfaan Ali", or "Mr Wang" after "Wang Yi".
func (a *Attributor) surnameAt(i int, w string) (mention, bool) {
	if len(a.surnames) == 0 && len(a.given) == 0 {
		return mention{}, false
	}
	if n := i + 1; n < len(a.toks) && a.toks[n].word && a.capitalised(n) {
		return mention{}, false // part of a longer name
	}
	prevHonorific := false
	if p := i - 1; p >= 0 {
		if p > 0 && a.toks[p].r == '.' && !a.toks[p].space {
			p-- // "Mr."
		}
		if a.toks[p].word && a.capitalised(p) && a.mentionAt(p) < 0 {
			if a.toks[p].f&fHonorific == 0 {
				return mention{}, false // another person's name: "Imran Khan"
			}
			prevHonorific = true
		}
	}
	code, ok := a.surnames[w]
	if !ok && prevHonorific {
		code, ok = a.given[w]
	}
	if !ok {
		return mention{}, false
	}
	t := a.toks[i]
	m := mention{Mention: Mention{Code: code, Start: int(t.start), End: int(t.end), Kind: KindPerson}, t0: i, t1: i + 1}
	m.possessive = possessiveAfter(a.s, a.toks, i+1)
	return m, true
}

// ownSurname gives a bare surname that the gazetteer resolves the actor
// of the person this document named by it: "Kim said" after "Defence
// Minister Kim Yong-hyun" is South Korea's minister, not North Korea's
// leader.
func (a *Attributor) ownSurname(mi int) {
	m := &a.ments[mi]
	if m.Kind != KindPerson || m.t1-m.t0 != 1 {
		return
	}
	w := a.word(m.t0)
	if c, ok := a.surnames[w]; ok {
		m.Code = c
	} else if c, ok := a.given[w]; ok {
		m.Code = c
	}
}

// learnNames remembers the surnames in a speaker's noun phrase once the
// speaker is known from an actor named in it: after "Guyana's President
// Irfaan Ali said…", "Ali" stands for GUY in this document. Names the
// gazetteer resolved teach their surname too ("Mr Kishida").
func (a *Attributor) learnNames() {
	for _, m := range a.ments {
		if m.Kind != KindPerson || m.t1-m.t0 < 2 {
			continue
		}
		first, last := a.toks[m.t0], a.toks[m.t1-1]
		if last.word && last.end-last.start >= 3 && a.capitalised(m.t1-1) {
			a.surnames[a.s[last.start:last.end]] = m.Code
		}
		if first.word {
			a.given[a.s[first.start:first.end]] = m.Code
		}
	}
}

// learnSpeakerName remembers the last word of a run of capitalised words in
// tokens [from, to) — a person's name next to the actor they speak for.
func (a *Attributor) learnSpeakerName(from, to int, code string) {
	if a.titleCase {
		return
	}
	runStart, runLen := -1, 0
	flush := func(end int) {
		if runLen >= 2 {
			last := end - 1
			if w := a.word(last); len(w) >= 3 && a.toks[last].cls == 0 { // not an ordinary word
				a.surnames[w] = code
			}
			if runLen == 2 {
				a.given[a.word(runStart)] = code
			}
		}
		runStart, runLen = -1, 0
	}
	for i := from; i < to && i < len(a.toks); i++ {
		t := a.toks[i]
		name := t.word && a.mentionAt(i) < 0 && a.capitalised(i) && t.f&fHonorific == 0 && i > 0 &&
			a.class(i)&(cRole|cTime|cLead|cDet|cPronoun) == 0
		if name {
			if runStart < 0 {
				runStart = i
			}
			runLen++
			continue
		}
		flush(i)
	}
	flush(to)
}

// usPresidents are the surnames that name a US administration ("the Bush
// administration"), the usual way news names the US government of a
// period, well after the president's term; the gazetteer's dated names
// resolve the person only during it.
var usPresidents = map[string]bool{"Truman": true, "Eisenhower": true, "Kennedy": true, "Johnson": true,
	"Nixon": true, "Ford": true, "Carter": true, "Reagan": true, "Bush": true, "Clinton": true,
	"Obama": true, "Trump": true, "Biden": true}

// bareAdministrationAt resolves "the administration" and "administration
// officials" with no name before them to the USA: English-language news
// names no other government so. Speeches, where "the administration of
// the Territory" is common, and "the administration of …" are left out.
func (a *Attributor) bareAdministrationAt(i int, w string) (mention, bool) {
	if w != "administration" || a.doc != "" || a.is(i+1, "of") || i == 0 {
		return mention{}, false
	}
	p := a.toks[i-1]
	t := a.toks[i]
	m := mention{Mention: Mention{Code: "USA", Start: int(t.start), End: int(t.end), Kind: KindAlias}, t0: i, t1: i + 1}
	switch {
	case isThe(a.s, p) && t.space:
		m.Start, m.theT = int(p.start), true
	case a.is(i+1, "official", "officials", "spokesman", "spokeswoman", "spokesperson", "aide", "aides", "source", "sources") &&
		p.word && a.lower(i-1) && a.mentionAt(i-1) < 0:
		// "a senior administration official", not "Kurdish administration officials"
	default:
		return mention{}, false
	}
	m.possessive = possessiveAfter(a.s, a.toks, i+1)
	return m, true
}

// administrationAt resolves "Bush administration" at token i to the USA.
func (a *Attributor) administrationAt(i int, w string) (mention, bool) {
	if !a.is(i+1, "administration") || !usPresidents[w] {
		return mention{}, false
	}
	t := a.toks[i]
	return mention{Mention: Mention{Code: "USA", Start: int(t.start), End: int(t.end), Kind: KindAlias}, t0: i, t1: i + 1}, true
}
