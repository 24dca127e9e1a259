package actors

import (
	"strings"
	"time"
)

// Attribution is who makes a statement and at whom it is aimed, as actor
// codes. Speaker is "" when the sentence reports no statement, or when its
// speaker has no code ("analysts said"); Targets is then nil too, because a
// target only exists relative to a speaker. Targets are in order of first
// appearance, without duplicates, and never contain the Speaker. A sentence
// in which the previous speaker goes on without naming anyone ("“We will
// not back down,” he said") keeps the previous sentence's targets.
type Attribution struct {
	Speaker string
	Targets []string
}

// Attributor attributes the sentences of one document in order. It carries
// what news prose leaves implicit from one sentence to the next:
//
//   - the last speaker, so that "It also warned…", "They said…", "The
//     ministry added…" or a quote that runs on are credited to them;
//   - the surnames of the people already named ("President Irfaan Ali" →
//     later "Ali said…"), with the actor they spoke for;
//   - the actors in play, so that "the North" and "the South" mean the two
//     Koreas in a story about Korea, and "the alliance" the last alliance
//     named.
//
// It reuses its buffers, so attributing a sentence allocates only the
// Targets slice. An Attributor is not safe for concurrent use; make one per
// goroutine (they are cheap) and share the Gazetteer.
type Attributor struct {
	g *Gazetteer

	// Carried from sentence to sentence; cleared by Reset.
	doc         string            // the document's own speaker (SetSpeaker), or ""
	last        string            // speaker that a pronoun or a bare "the ministry" refers to
	other       string            // with a document speaker: the last other actor that spoke or acted
	otherAt     int               // the sentence (nth) that set other
	lastTargets []string          // the targets of the previous sentence
	inQuote     int               // >0: a quote opened earlier is still open (sentences left to trust it)
	surnames    map[string]string // surname → actor, learnt from this document
	given       map[string]string // first word of two-word names ("Wang Yi") → actor, used after "Mr"
	seen        []lastNamed       // the actors named so far and the sentence that last named each
	nth         int               // sentences attributed since Reset

	// The sentence being attributed.
	s          string
	day        int32
	toks       []token
	ments      []mention
	extra      []mention // scratch for addContextMentions
	merged     []mention // scratch for addContextMentions
	mentAt     []int     // per token: the mention covering it (its "the" included), or -1
	quoted     []bool    // per token: inside quotation marks (the marks included)
	mark       []mrole   // per mention: why it is not a target
	markSaved  []mrole   // scratch for afterLink
	qFirst     bool      // the sentence starts inside a quote
	qClose     int       // index of the mark closing that first quote, or -1
	qOpen      bool      // a quote is still open at the end of the sentence
	titleCase  bool      // a headline in Title Case: capitalised verbs count
	classes    wclass    // the classes of all the sentence's words: rules that need a class absent here are skipped
	flagged    wflag     // the flags of all its words
	spacedDash bool      // a dash with space on both sides: a dateline or an aside
	recased    bool      // written in capitals, at least in part, and read in title case (see recase)
	delims     int       // unquoted commas and dashes, which set off asides
	accord     int       // mention named by a sentence-initial "According to X,", or -1
	place      int       // mention named by a sentence-initial "In Seoul," or "At the UN,", or -1
	firstWord  int       // index of the first word token
	own        bool      // a first-person subject: the document's speaker speaks
	eventSubj  string    // the actor doing what an event sentence reports
	spare      [8]string
}

// mrole says why a mention is left out of the targets.
type mrole uint8

const (
	mTarget   mrole = iota
	mSpeaker        // in the speaker's noun phrase: the speaker, co-speakers, its modifiers
	mVenue          // a place named only as where something happens: "in Seoul", "at the UN"
	mNonActor       // qualifies a speaker without a code: "Chinese analysts"
)

// How many sentences an unclosed quote may stay open. News quotes rarely run
// longer; the limit stops one stray quotation mark from swallowing the rest
// of an article.
const maxQuoteRun = 3

// How many sentences back a third-person pronoun in a speech may find the
// actor the speech last reported ("Russia claims… This is false. It also
// claims…").
const maxOtherGap = 2

// NewAttributor returns an Attributor over g, ready for a new document.
func NewAttributor(g *Gazetteer) *Attributor {
	a := &Attributor{g: g, qClose: -1, accord: -1, place: -1}
	a.Reset()
	return a
}

// Reset forgets everything learnt from the previous document: call it
// between documents, or before each sentence when sentences are independent.
func (a *Attributor) Reset() {
	a.doc, a.last, a.other, a.inQuote, a.nth = "", "", "", 0, 0
	a.lastTargets = a.lastTargets[:0]
	if a.surnames == nil {
		a.surnames, a.given = map[string]string{}, map[string]string{}
	}
	// Clearing a map costs even when it is empty (it draws a new hash
	// seed), and most documents of the pipeline are one sentence long.
	if len(a.surnames) > 0 {
		clear(a.surnames)
	}
	if len(a.given) > 0 {
		clear(a.given)
	}
	a.seen = a.seen[:0]
}

// SetSpeaker gives the document a speaker of its own, for the text of a
// speech, a ministry statement or a press release, which never names who
// speaks. Until the next Reset, first-person sentences ("We condemn…", "My
// delegation…", "This Government…") and statements no rule attributes take
// code as their speaker; a sentence that reports someone else ("Pakistan
// claims that…", "the ministry of X said") keeps that someone, and so does
// a pronoun that goes on with them ("It also claims…"). code is an actor
// code (see Gazetteer.Resolve); "" removes the document's speaker.
func (a *Attributor) SetSpeaker(code string) {
	a.doc = code
}

// Attribute finds the speaker and targets of one sentence. date is the
// sentence's (or its article's) date; zero means unknown. It resolves dated
// names such as heads of state.
func (a *Attributor) Attribute(sentence string, date time.Time) Attribution {
	if a.g == nil {
		return Attribution{}
	}
	a.nth++
	a.eventSubj, a.own = "", false
	r, recased := a.g.recase(sentence)
	if recased {
		sentence = r // "NORTH KOREA VOWS TO BOLSTER DETERRENT": names match in title case
	}
	a.recased = recased
	sentence = blankRelatedLink(sentence)
	a.prepare(sentence, dayOf(date))
	var speaker string
	var explicitNone bool
	if len(a.ments) > 0 || a.last != "" || a.doc != "" || a.hasPresident() {
		// Without an actor named here or carried over from the sentence
		// before, no rule can find a speaker or learn a name, so such
		// sentences (one in eight of the corpus) skip the rules.
		speaker, explicitNone = a.decide()
	}
	if speaker == "" && !explicitNone && a.doc != "" {
		// A speech states what it does not attribute: "Russia invaded
		// Ukraine" in Ukraine's speech is Ukraine's statement.
		speaker, a.own = a.doc, true
	}
	var targets []string
	if speaker != "" {
		targets = a.targets(speaker)
		// The same speaker going on is still addressing the same targets,
		// but a speech moving to a new topic is not.
		if targets == nil && !a.own && speaker == a.last && len(a.lastTargets) > 0 && !contains(a.lastTargets, speaker) {
			// The same speaker going on ("“We will not be intimidated,” he
			// said") is still addressing the same targets.
			targets = append([]string(nil), a.lastTargets...)
		}
	}
	a.lastTargets = append(a.lastTargets[:0], targets...)

	if a.doc != "" {
		if o := a.eventSubj; speaker != a.doc || o != "" && o != a.doc {
			if speaker != a.doc {
				o = speaker
			}
			a.other, a.otherAt = o, a.nth
		}
	}
	switch {
	case speaker != "":
		a.last = speaker
	case explicitNone:
		a.last = "" // "Analysts said…": a following "They" is not the old speaker
	case a.eventSubj != "":
		a.last = a.eventSubj
	}
	switch {
	case !a.qOpen:
		a.inQuote = 0
	case a.inQuote == 0 || !a.qFirst:
		a.inQuote = maxQuoteRun
	default:
		a.inQuote--
	}
	for _, m := range a.ments {
		a.setNamed(m.Code)
	}
	return Attribution{Speaker: speaker, Targets: targets}
}

// blankRelatedLink returns s with a related link that a scraped page put
// before the sentence blanked out: "[Trump says he has nothing to fear,
// then tweets] “…,” Trump wrote", "(VIDEO: Coverage and analysis) When
// the president…". The link names another story; its actors are neither
// speakers nor targets here. Spaces keep every offset in place.
func blankRelatedLink(s string) string {
	i := 0
	for i < len(s) && s[i] == ' ' {
		i++
	}
	if i >= len(s) || s[i] != '[' && s[i] != '(' {
		return s
	}
	closer := byte(']')
	if s[i] == '(' {
		// Only a labelled aside: "(VIDEO: …)", "(PHOTOS: …)".
		j := i + 1
		for j < len(s) && s[j] == ' ' {
			j++
		}
		k := j
		for k < len(s) && 'A' <= s[k] && s[k] <= 'Z' {
			k++
		}
		if k-j < 3 || k >= len(s) || s[k] != ':' {
			return s
		}
		closer = ')'
	}
	end := strings.IndexByte(s[i:], closer)
	if end < 0 || end > 300 || len(strings.TrimSpace(s[i+end+1:])) < 20 {
		return s
	}
	b := []byte(s)
	for k := i; k <= i+end; k++ {
		b[k] = ' '
	}
	return string(b)
}

// hasPresident reports whether the sentence has the word "president", which
// may be the bare president of American news (see barePresident) in a
// sentence that names no actor: "The president attacked the senator's record".
func (a *Attributor) hasPresident() bool {
	for i, t := range a.toks {
		if t.word && t.end-t.start == 9 && a.is(i, "president") {
			return true
		}
	}
	return false
}

// prepare tokenizes the sentence, finds its mentions and quotes.
func (a *Attributor) prepare(s string, day int32) {
	a.s, a.day = s, day
	a.toks = a.g.tokens(s, a.toks)
	a.ments = a.g.find(s, a.toks, day, a.ments[:0])
	a.indexMentions()
	if a.addContextMentions() {
		a.indexMentions()
	}
	a.accord, a.place = -1, -1
	a.firstWord = len(a.toks)
	a.classes, a.delims, a.flagged, a.spacedDash = 0, 0, 0, false
	for i := range a.toks {
		t := &a.toks[i]
		if t.word {
			a.firstWord = min(a.firstWord, i)
			a.classes |= t.cls
			a.flagged |= t.f
			continue
		}
		if t.canon == ',' || t.r == '—' || t.r == '–' {
			a.delims++
		}
		if t.space && (t.r == '—' || t.r == '–' || t.canon == '-') {
			a.spacedDash = true
		}
	}
	a.titleCase = a.isTitleCase()
	a.markQuotes()
	a.markVenues()
}

// indexMentions fills mentAt and resets the marks.
func (a *Attributor) indexMentions() {
	a.mentAt = resize(a.mentAt, len(a.toks))
	for i := range a.mentAt {
		a.mentAt[i] = -1
	}
	a.mark = a.mark[:0]
	for mi, m := range a.ments {
		for t := m.t0; t < m.t1; t++ {
			a.mentAt[t] = mi
		}
		if m.theT {
			a.mentAt[m.t0-1] = mi
		}
		a.mark = append(a.mark, mTarget)
	}
}

func resize[T any](b []T, n int) []T {
	if cap(b) < n {
		return make([]T, n, n+n/2)
	}
	return b[:n]
}

// targets lists the codes of the mentions that are not the speaker, its
// co-speakers or a venue.
func (a *Attributor) targets(speaker string) []string {
	out := a.spare[:0]
	for mi, m := range a.ments {
		if a.mark[mi] != mTarget || m.Code == speaker || contains(out, m.Code) {
			continue
		}
		out = append(out, m.Code)
	}
	if len(out) == 0 {
		return nil
	}
	return append([]string(nil), out...)
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// isTitleCase reports whether the sentence is a headline in Title Case
// ("Beijing Stages Drills Around Taiwan"), where verbs are capitalised too.
func (a *Attributor) isTitleCase() bool {
	words := 0
	for i := range a.toks {
		t := &a.toks[i]
		if !t.word || a.mentionAt(i) >= 0 {
			continue
		}
		if c := a.s[t.start]; c >= '0' && c <= '9' {
			continue
		}
		words++
		if t.f&(fLower|fSmallTitle) == fLower && !(i > 0 && !t.space) {
			return false // one lower-case word is enough: most sentences stop here
		}
	}
	return words >= 3
}

// markVenues marks places named only as where something happens: a capital
// or seat after "in"/"at" ("talks in Doha", "at the White House"), or any
// actor after "at" ("speaking at the UN"). A country after "in" stays a
// target: "the war in Ukraine" is about Ukraine.
func (a *Attributor) markVenues() {
	for mi, m := range a.ments {
		p := m.before()
		if p < 0 || !a.toks[p].word {
			continue
		}
		// "hit out at Washington", "took aim at Tokyo", "drills aimed at
		// Japan": an "at" that names whom a stance is aimed at.
		at := (a.is(p, "at") || a.is(p, "At")) && !a.is(p-1, aimedAt...) && !a.blameAimed(p)
		in := a.is(p, "in") || a.is(p, "In")
		if at || in && (m.Kind == KindCapital || m.Kind == KindSeat) {
			a.mark[mi] = mVenue
		}
	}
	// A capital that names a meeting ("the Madrid summit", "the Minsk
	// agreements") is where something happened, not who speaks or is
	// spoken about.
	for mi, m := range a.ments {
		if m.Kind == KindCapital && a.nextWordIs(m.t1, meetingNouns...) {
			a.mark[mi] = mVenue
		}
	}
}

// aimedAt are the words before an "at" that aims at its object rather
// than placing it.
var aimedAt = []string{"out", "back", "aim", "swipe", "swipes", "jab", "jabs", "dig", "digs", "shot", "shots",
	"finger", "fire", "anger", "angry", "furious", "aimed", "directed", "targeted", "glared", "laughed",
	"railed", "rails", "cursed", "curses", "swore", "sneered", "scoffed", "scoffs", "jeered", "snapped",
	"sniped", "bristled", "bristles", "balked", "balks", "fun", "shouted",
	"yelled", "chafed", "hurled", "lashing", "lashed", "fumes", "fumed", "fuming", "raged", "rages", "seethed"}

// blameAimed reports whether the "at" at p ends words of blame aimed at its
// object ("leveled fresh criticism at", "hurled insults at"), not traded
// at a venue ("traded barbs at the UN").
func (a *Attributor) blameAimed(p int) bool {
	if !blameNounSet[a.word(p-1)] {
		return false
	}
	for k := p - 2; k >= p-4 && k >= 0; k-- {
		if blameVerbSet[a.word(k)] {
			return true
		}
	}
	return false
}

var blameVerbSet, blameNounSet = wordSet(blameVerbs), wordSet(blameNouns)

// meetingNouns follow a capital used as the name of an event.
var meetingNouns = []string{"summit", "summits", "meeting", "meetings", "talks", "conference", "forum",
	"declaration", "agreement", "agreements", "accord", "accords", "process", "format", "communique",
	"communiqué", "ceremony", "gathering", "protocol", "consensus"}

// nextWordIs reports whether token i is a word and one of ws.
func (a *Attributor) nextWordIs(i int, ws ...string) bool {
	return i < len(a.toks) && a.toks[i].word && a.is(i, ws...)
}

// markQuotes finds which tokens are inside quotation marks. Curly quotes
// say which way they face; a straight " toggles; a single ‘ or ' opens a
// quote only before a word and closes one only when it is not an
// apostrophe ("Japan’s"). A closing mark with no opening one means the
// sentence continues a quote from before.
func (a *Attributor) markQuotes() {
	n := len(a.toks)
	a.quoted = resize(a.quoted, n)
	dq := a.inQuote > 0
	sq := false
	a.qFirst, a.qClose = dq, -1
	for i := 0; i < n; i++ {
		t := a.toks[i]
		if t.word {
			a.quoted[i] = dq || sq
			continue
		}
		nextWordGlued := i+1 < n && !a.toks[i+1].space && (a.toks[i+1].word || a.toks[i+1].canon == '\'')
		prevGlued := i > 0 && !t.space
		opened, closed := false, false
		switch t.r {
		case '“', '„', '«':
			opened = !dq
			dq = true
		case '”', '»':
			closed = true
		case '"':
			switch {
			case dq:
				closed = true
			case !prevGlued || nextWordGlued:
				opened, dq = true, true
			default:
				closed = true
			}
		case '‘':
			if !dq && !sq {
				opened, sq = true, true
			}
		case '’', '\'':
			switch {
			case sq && !(prevGlued && nextWordGlued):
				sq = false
				a.quoted[i] = true
				if a.qFirst && a.qClose < 0 && !dq {
					a.qClose = i
				}
				continue
			case t.r == '\'' && !sq && !dq && !prevGlued && nextWordGlued:
				opened, sq = true, true
			}
		}
		if closed {
			if !dq {
				// A closing mark with nothing open: this sentence continues a
				// quote from an earlier one.
				for j := 0; j < i; j++ {
					a.quoted[j] = true
				}
				a.qFirst = true
			}
			dq = false
			a.quoted[i] = true
			if a.qFirst && a.qClose < 0 {
				a.qClose = i
			}
			continue
		}
		if opened && !a.qFirst && !a.anyWordBefore(i) {
			a.qFirst = true
		}
		a.quoted[i] = dq || sq || opened
	}
	a.qOpen = dq
}

// anyWordBefore reports whether a word precedes token i.
func (a *Attributor) anyWordBefore(i int) bool {
	return a.firstWord < i
}
