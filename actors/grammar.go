package actors

import "strings"

// This file holds the shallow grammar the attribution rules stand on: what
// a token is (classOf over the word lists), where a noun phrase ends, and
// whether a word is the finite verb of a clause.

// np is a noun phrase: the subject of a clause or of an attribution.
type np struct {
	start, end int     // tokens [start, end)
	ments      idxList // mentions in the phrase proper (lists and "of"/"in" phrases included)
	appos      idxList // mentions in appositives and parentheses it skipped
	titleAppos bool    // an appositive names the subject's office: "Choe, North Korea's foreign minister,"
	head       head    // what kind of noun heads it when no actor does
	expletive  bool    // "There are…", "It was…"
	// innerPronoun: a subject pronoun after the start, as in the relative
	// clause "a position it has asked…"; such a phrase is not a subject.
	innerPronoun bool
	according    bool // the phrase follows "according to"
	// nounThenActor: a common noun right before an actor, as in the reduced
	// relative "a claim China rejected"; such a phrase is not a subject.
	nounThenActor bool
	inPP          bool // past a preposition after the head: "a group of experts"
	afterConj     bool // past "and"/"or" after an actor: a second conjunct
}

// canSpeak reports whether the phrase can be the subject of an
// attribution: an actor, a pronoun, an office, a name or a non-actor such as
// "analysts" — not "a position it has asked…".
func (p *np) canSpeak() bool {
	return !p.innerPronoun && (p.ments.n > 0 || p.head != headOther && p.head != headNone)
}

// actorHeaded reports whether the actors in the phrase can be its speaker:
// "Japan", "Japan's defence ministry", "Guyana's President Irfaan Ali" can;
// "Chinese analysts" and "Japanese media" cannot.
func (p *np) actorHeaded() bool {
	return p.head != headNonActor
}

// idxList is a short list of mention indexes kept inside its noun phrase,
// so that scanning allocates nothing. Phrases with more actors than it holds
// are vanishingly rare; the extra ones are simply treated as targets.
type idxList struct {
	n int
	v [12]int
}

func (l *idxList) add(mi int) {
	if l.n < len(l.v) && (l.n == 0 || l.v[l.n-1] != mi) {
		l.v[l.n] = mi
		l.n++
	}
}

func (l *idxList) all() []int { return l.v[:l.n] }

// head is the kind of word that heads a noun phrase without an actor.
type head uint8

const (
	headNone     head = iota
	headPronoun       // it, they, he: points back to the last speaker
	headRole          // the ministry, officials, the spokesperson: speaks for some actor
	headName          // a person's name the gazetteer does not know: "Mr Lin"
	headNonActor      // analysts, experts: never an actor
	headOther         // anything else: "The drills", "Tensions"
)

// maxNP bounds a subject noun phrase. A longer run of words without a verb
// means the verb was not recognised, and the first actor is then more
// likely an object than the subject.
const maxNP = 25

// scanNP reads a noun phrase from i and returns it with the index of the
// finite verb that ends it, or -1 when it ends otherwise (a comma that is
// not a list or an appositive, a quote, a subordinate clause, the end).
// A colon also ends it, returned as the verb position: in "Kim: US drills
// are…" the part before the colon is the speaker.
func (a *Attributor) scanNP(i, to int) (np, int) {
	p := np{start: i, end: i}
	for i < to {
		if a.quoted[i] {
			break
		}
		if mi := a.mentionAt(i); mi >= 0 {
			m := &a.ments[mi]
			if i > p.start && p.head == headOther && a.toks[i-1].word && a.lower(i-1) && !a.lower(m.t0) &&
				a.class(i-1)&(cDet|cPrep|cConj|cRole|cAdverb) == 0 && !rankWords[a.word(i-1)] {
				p.nounThenActor = true
			}
			p.ments.add(mi)
			i = m.t1
			if m.possessive {
				i = a.skipPossessive(i)
			}
			p.end = i
			continue
		}
		t := a.toks[i]
		if !t.word {
			j, stop := a.npPunct(&p, i, to)
			if stop {
				if t.canon == ':' && p.ments.n > 0 {
					return p, i
				}
				return p, -1
			}
			i = j
			p.end = i
			continue
		}
		if i > p.start && a.isFiniteVerb(i, p.start) {
			return p, i
		}
		c, capd := a.classOfTok(i)
		if i == p.start && c&(cAux|cReport) != 0 && !capd && c&cNounToo == 0 {
			return p, i // a verb with no subject before it
		}
		if c&cSubord != 0 && !capd && i > p.start {
			if a.is(i, "once") && i+1 < to && a.isFiniteVerb(i+1, p.start) {
				return p, i + 1 // "Pyongyang's news agency once called…": an adverb
			}
			if j := a.anonymityEnd(i, to); j > i {
				i, p.end = j, j // "A senior official who asked not to be named told…"
				continue
			}
			return p, -1 // "…that…", "…which…" without a comma: the phrase is over
		}
		if c&cConj != 0 && i+1 < to && a.class(i+1)&(cReport|cVerb|cAux) != 0 && a.class(i+1)&cNounToo == 0 {
			return p, -1 // "and warned": a second verb, the subject ended earlier
		}
		p.classify(c, capd, i, a)
		i++
		p.end = i
		if i-p.start > maxNP {
			return p, -1
		}
	}
	return p, -1
}

// rankWords qualify an official or a medium, not a thing: "a senior
// Israeli official" is Israel's and "the state-run KCNA" North Korea's,
// unlike "the oil Saudi Arabia sells".
var rankWords = wordSet("senior top high-ranking ranking unnamed anonymous leading veteran key " +
	"run owned controlled official")

// classify updates the phrase's head with word i: the strongest kind of
// noun seen so far decides who the phrase can stand for. A pronoun first
// wins, then words for non-actors ("analysts", "Western"), then offices and
// bodies ("ministry", "President"), then names, then anything else. Words
// after a preposition belong to a complement, not the head ("a group of
// experts" is a group).
func (p *np) classify(c wclass, capd bool, i int, a *Attributor) {
	if p.inPP && c&cPronoun == 0 {
		return // "a group of experts": the head comes before the preposition
	}
	switch {
	case c&cPronoun != 0 && i != p.start:
		p.innerPronoun = true
	case c&cPronoun != 0:
		p.head = headPronoun
		if a.is(i, "It", "it") && i+1 < len(a.toks) && a.class(i+1)&cBe != 0 {
			p.expletive = true // "It is", "It was"
		}
	case c&cExpletive != 0 && i == p.start:
		p.expletive = true
		p.head = headOther
	case c&cPress != 0:
		// "state media", "the state-run newspaper" speak for a state; other
		// press ("Japanese media reported") does not; "press secretary" is
		// an office.
		switch {
		case i+1 < len(a.toks) && a.class(i+1)&cRole != 0,
			i+2 < len(a.toks) && a.toks[i+1].word && a.lower(i+1) && a.class(i+2)&cRole != 0:
			// "press secretary", "media relations office": an office
		case a.afterStateWord(i):
			p.setHead(headRole)
		default:
			p.setHead(headNonActor)
		}
	case c&cRole != 0, capd && a.toks[i].f&fHonorific != 0:
		p.setHead(headRole)
	case c&cNonActor != 0 && p.afterConj && p.head == headRole:
		// "the Venezuelan government and the opposition": the first
		// conjunct heads the phrase
	case c&cNonActor != 0:
		p.setHead(headNonActor)
	case c&cPrep != 0:
		p.inPP = p.head != headNone || p.ments.n > 0
	case c&cConj != 0:
		p.afterConj = a.firstActor(p.ments.all()) >= 0 // a first conjunct with an actor
	case c&(cDet|cAdverb|cTime|cLead) != 0:
		// function words and times say nothing about who speaks
	case capd && !a.titleCase && !a.commonNounFirst(i):
		p.setHead(headName)
	default:
		p.setHead(headOther)
	}
}

// setHead raises the phrase's head to h when h ranks higher.
func (p *np) setHead(h head) {
	rank := func(h head) int {
		switch h {
		case headPronoun:
			return 4
		case headNonActor:
			return 3 // "Western officials", "US intelligence analysts"
		case headRole:
			return 2
		case headName:
			return 1
		}
		return 0
	}
	if rank(h) > rank(p.head) || p.head == headNone {
		p.head = h
	}
}

// afterStateWord: "state media", "state-run television", "official news
// agency", "government newspaper".
func (a *Attributor) afterStateWord(i int) bool {
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		if a.is(j, "state", "State", "official", "government", "run", "controlled", "owned") {
			return true
		}
		if !a.toks[j].word && !isDash(a.toks[j]) {
			return false
		}
	}
	return false
}

// commonNounFirst: a capitalised first word is a common noun, not a name,
// when a lower-case word follows that is not a verb ("Aid agencies said")
// or when it is a plural right before the verb ("Rescuers said").
func (a *Attributor) commonNounFirst(i int) bool {
	if a.anyWordBefore(i) || i+1 >= len(a.toks) || !a.toks[i+1].word || !a.lower(i+1) {
		return false
	}
	if a.class(i+1)&(cReport|cVerb|cAux|cAdverb) == 0 || a.class(i+1)&cNounToo != 0 {
		return true
	}
	w := a.word(i)
	return len(w) > 3 && w[len(w)-1] == 's'
}

// npPunct handles a punctuation token inside a noun phrase: it returns
// where to continue, or stop=true when the phrase ends here.
func (a *Attributor) npPunct(p *np, i, to int) (int, bool) {
	t := a.toks[i]
	switch {
	case t.canon == ',':
		if j, ok := a.listContinues(i, to); ok {
			return j, false
		}
		if j, ok := a.appositive(p, i, to); ok {
			return j, false
		}
		return i, true
	case t.r == '(':
		return a.skipTo(p, i, to, ')')
	case t.r == '—' || t.r == '–' && t.space:
		return a.skipTo(p, i, to, t.r)
	case isDash(t) && !t.space:
		// A compound word ("state-run", "Moscow-based"): skip its second half.
		if i+1 < to && a.toks[i+1].word && !a.toks[i+1].space && a.mentionAt(i+1) < 0 {
			return i + 2, false
		}
		return i + 1, false
	case t.canon == '\'' && !t.space:
		return a.skipPossessive(i), false // "Kim's sister"
	case t.r == '.' && !t.space:
		return i + 1, false // abbreviations: "Mr.", "Gen."
	case t.r == '&' || t.r == '/':
		return i + 1, false
	}
	return i, true
}

// skipPossessive skips "'s" or a bare "'" at i.
func (a *Attributor) skipPossessive(i int) int {
	if i < len(a.toks) && a.toks[i].canon == '\'' && !a.toks[i].space {
		i++
		if i < len(a.toks) && a.toks[i].word && !a.toks[i].space && a.toks[i].end-a.toks[i].start == 1 {
			i++
		}
	}
	return i
}

// listContinues: after a comma, another actor continues a list subject
// ("the US, South Korea and Japan", "Japan, and the US"), unless it is a
// name or title in apposition ("Nato's chief, Mark Rutte, said").
func (a *Attributor) listContinues(i, to int) (int, bool) {
	j := i + 1
	conj := j < to && a.class(j)&cConj != 0
	if conj {
		j++
	}
	if j >= to || a.mentionAt(j) < 0 || a.quoted[j] {
		return 0, false
	}
	m := a.ments[a.mentionAt(j)]
	if m.possessive {
		return 0, false
	}
	if conj {
		return j, true
	}
	k := m.t1
	switch {
	case k >= to:
		return 0, false
	case a.toks[k].word:
		return j, a.class(k)&cConj != 0 // "…, South Korea and Japan"
	case a.toks[k].canon == ',':
		return j, k+1 < to && (a.mentionAt(k+1) >= 0 || a.class(k+1)&cConj != 0)
	}
	return 0, false
}

// appositive skips a phrase between commas that describes the subject:
// "Pyongyang, which sees the drills as…," or "Kim Yo Jong, the leader's
// sister,", or several in a row ("Blinken, the secretary of state, who was
// in Phnom Penh,"). Its actors are not the subject; they may be targets.
func (a *Attributor) appositive(p *np, i, to int) (int, bool) {
	if p.ments.n == 0 && p.head == headNone {
		return 0, false
	}
	end := -1
	for j := i + 1; j < to && !a.quoted[j]; {
		k := j
		for k < to && a.toks[k].word && a.lower(k) && a.class(k)&cAdverb != 0 {
			k++ // "also ruled by…"
		}
		relative := false
		switch {
		case k >= to:
			return 0, false
		case k > j && a.toks[k].canon == ',' && !a.quoted[k]:
			relative = true // ", meanwhile,", ", however,", ", too,"
		case a.toks[k].word && a.class(k)&cRelative != 0 && a.lower(k):
			relative = true
		case a.toks[k].word && a.lower(k) && a.opensAside(k):
			relative = true // "Kim, speaking at a rally,", "rulers, led by…"
		case end < 0 && (a.mentionAt(k) >= 0 || a.toks[k].word && a.class(k)&(cDet|cRole) != 0 || a.capitalised(k)):
			// "Kim, the leader's sister,", "Mujahid, chief spokesman of…,"
		case a.shortAside(k, to):
			relative = true // ", for his part,", ", in a statement,", ", however,"
		case end < 0 && a.longAside(k, to):
			relative = true // ", in a video posted while the White House was weighing strikes, warned"
		default:
			if end < 0 {
				return 0, false
			}
			return end, true
		}
		c, next := a.asideComma(j-1, to, 40)
		if c < 0 {
			if end < 0 {
				return 0, false
			}
			return end, true
		}
		for x := j; x < c; x++ {
			if mi := a.mentionAt(x); mi >= 0 {
				p.appos.add(mi)
			}
		}
		if !relative {
			p.titleAppos = true
		}
		end = next
		j = next
	}
	if end < 0 {
		return 0, false
	}
	return end, true
}

// asideComma returns the comma that ends an aside after token i and the
// token after it: the next comma outside quotes, or a comma that closes a
// quote, which American style puts inside the marks ("Trump, who has called
// NATO “obsolete,” urged…"). It returns -1, -1 when none comes within limit
// tokens.
func (a *Attributor) asideComma(i, to, limit int) (comma, next int) {
	for j := i + 1; j < to && j <= i+limit; j++ {
		switch {
		case a.toks[j].canon != ',':
		case !a.quoted[j]:
			return j, j + 1
		case j+1 < to && isQuoteMark(a.toks[j+1]) && (j+2 == to || !a.quoted[j+2]):
			return j, j + 2
		}
	}
	return -1, -1
}

// isQuoteMark reports whether t is a quotation mark that can close a quote.
func isQuoteMark(t token) bool {
	return !t.word && (t.r == '"' || t.r == '”' || t.r == '’' || t.r == '\'' || t.r == '»')
}

// opensAside: a participle that opens a descriptive aside after a comma:
// "speaking at a rally", "led by Gen. Tiani", "known as APT31" — but not a
// finite verb such as "blamed Kinshasa".
func (a *Attributor) opensAside(k int) bool {
	w := a.word(k)
	if len(w) > 4 && w[len(w)-3:] == "ing" {
		return true
	}
	if !a.isParticiple(k) {
		return false
	}
	for j := k + 1; j < len(a.toks) && j <= k+2; j++ {
		if a.is(j, "by", "as") {
			return true
		}
	}
	return false
}

// shortAside reports whether a short phrase without a verb runs from k to
// the next comma: a parenthetical such as "for his part" or "on Monday".
func (a *Attributor) shortAside(k, to int) bool {
	if !a.toks[k].word || a.class(k)&(cPrep|cAdverb|cTime) == 0 && !a.lyAdverb(k) {
		return false
	}
	// A prepositional aside may run longer: ", in a statement posted on
	// its website,".
	n := 7
	if a.class(k)&cPrep != 0 {
		n = 16
	}
	for j := k; j < to && j < k+n; j++ {
		if a.toks[j].canon == ',' && !a.quoted[j] {
			return true
		}
		if a.toks[j].canon == '-' && !a.toks[j].space {
			continue // "in a prime-time address"
		}
		if !a.toks[j].word || a.quoted[j] || a.class(j)&(cReport|cAux) != 0 && a.class(j)&cNounToo == 0 {
			return false
		}
	}
	return false
}

// longAside reports whether a longer aside opens at k: a prepositional or
// relative phrase, with a clause of its own, that a comma closes right
// before the subject's reporting verb ("The Korean People's Army, in a
// statement carried by KCNA while the remarks still led the news, said…").
func (a *Attributor) longAside(k, to int) bool {
	if !a.toks[k].word || !a.lower(k) || a.class(k)&(cPrep|cRelative) == 0 {
		return false
	}
	c := a.nextComma(k, to, 30)
	if c < 0 || c+1 >= to {
		return false
	}
	for j := k; j < c; j++ {
		if a.quoted[j] {
			return false
		}
	}
	v := c + 1
	return a.toks[v].word && a.lower(v) && a.class(v)&cReport != 0 && a.class(v)&cNounToo == 0
}

// skipTo skips a parenthesis or a dashed aside, keeping its actors as
// appositives.
func (a *Attributor) skipTo(p *np, i, to int, closing rune) (int, bool) {
	for j := i + 1; j < to && j < i+40; j++ {
		if mi := a.mentionAt(j); mi >= 0 {
			p.appos.add(mi)
		}
		if !a.toks[j].word && a.toks[j].r == closing {
			return j + 1, false
		}
	}
	return i, true
}

// anonymityEnd reads the clause with which wire copy keeps a source
// anonymous, "who asked not to be named", "who spoke on condition of
// anonymity", "who declined to be identified", at i ("who"), and returns
// the token after it, or i.
func (a *Attributor) anonymityEnd(i, to int) int {
	if !a.is(i, "who") || !a.is(i+1, "asked", "requested", "declined", "spoke", "did", "was", "were", "is", "are", "insisted") {
		return i
	}
	for j := i + 2; j < to && j <= i+10 && a.toks[j].word; j++ {
		if a.is(j, "named", "identified", "anonymity", "publicly") {
			return j + 1
		}
	}
	return i
}

// isFiniteVerb decides whether the word at i is the verb that ends a
// subject starting at start. Verbs come from the word lists; words that are
// also nouns ("strikes", "tests", "plans") need a verb-like context; an
// unknown lower-case word ending in "-ed" after a noun counts too.
func (a *Attributor) isFiniteVerb(i, start int) bool {
	t := a.toks[i]
	if !t.word || a.mentionAt(i) >= 0 {
		return false
	}
	c, capd := a.classOfTok(i)
	prev := i - 1
	if prev >= 0 && isDash(a.toks[prev]) && !t.space {
		return false // second half of a compound: "US-led"
	}
	if capd && !a.titleCase {
		// A capitalised verb outside a Title Case headline ("Japan Slams…"
		// in a mostly lower-case sentence): trust it only right after an actor.
		if c&cReport == 0 || prev < 0 || a.mentionAt(prev) < 0 {
			return false
		}
	}
	if a.is(i, "to") && i+1 < len(a.toks) && a.lower(i+1) && a.class(i+1)&(cReport|cVerb) != 0 &&
		(a.class(i+1)&cNounToo == 0 || a.headlineTo(i)) {
		return true // headline infinitive: "Japan, US to hold drills", "Seoul to cut aid"
	}
	if a.is(i, "briefed") && a.is(i+1, "on", "about") || a.is(i, "close") && a.is(i+1, "to") && i > start {
		return false // "Two people briefed on the call said…", "sources close to the talks said…": a source
	}
	if prev == start && i+1 < len(a.toks) && a.capitalised(i+1) && strings.HasSuffix(a.word(prev), "ly") {
		return false // "Newly installed Defence Minister Naftali Bennett warned…": an adjective
	}
	if c&(cReport|cVerb|cAux) == 0 {
		return a.edVerb(i)
	}
	if prev >= start && a.nounContext(prev) {
		return false // "the will", "its claims", "Japan's strikes"
	}
	if c&cNounToo != 0 {
		return a.verbReading(i)
	}
	return true
}

// nounContext reports whether token prev makes the next word a noun: a
// determiner, a preposition, a possessive "'s", a number.
func (a *Attributor) nounContext(prev int) bool {
	t := a.toks[prev]
	if !t.word {
		return t.canon == '\''
	}
	if a.mentionAt(prev) >= 0 {
		return false
	}
	if prev > 0 && !t.space && isDash(a.toks[prev-1]) {
		return false // the end of a compound: "Moon Jae-in said"
	}
	w := a.s[t.start:t.end]
	if (w == "both" || w == "all" || w == "each") && prev > 0 && (a.mentionAt(prev-1) >= 0 || a.class(prev-1)&cRole != 0) {
		return false // "Israel and Hezbollah both pledge…"
	}
	if w == "s" && prev > 0 && a.toks[prev-1].canon == '\'' && !t.space {
		return true
	}
	if w[0] >= '0' && w[0] <= '9' {
		return true
	}
	return a.class(prev)&(cDet|cPrep) != 0
}

// verbReading decides a verb/noun homograph by its neighbours: "US strikes
// Iran" (verb: an object follows) against "US strikes killed…" (noun: a
// verb follows) or "missile tests." (noun).
func (a *Attributor) verbReading(i int) bool {
	n := i + 1
	if n >= len(a.toks) {
		return false
	}
	nt := a.toks[n]
	if !nt.word {
		// "Khamenei vows “harsh revenge”": a quote opens the object.
		return (nt.canon == '"' || nt.canon == '\'') && i > 0 && a.mentionAt(i-1) >= 0 && a.class(i)&cReport != 0
	}
	if a.mentionAt(n) >= 0 {
		return true
	}
	if g := stanceActVerbs[a.word(i)]; g != 0 {
		for k := n; k < len(a.toks) && k <= n+2 && a.toks[k].word; k++ {
			if stanceActObjects[a.word(k)]&g != 0 {
				return true // "Seoul scraps military pact", "ICC issues arrest warrant"
			}
		}
	}
	nc, ncap := a.classOfTok(n)
	if nc&(cReport|cVerb|cAux) != 0 && nc&cNounToo == 0 && !ncap {
		return false
	}
	if nc&cRole != 0 {
		return false // "press secretary", "defence ministry"
	}
	prev := i - 1
	prevActor := prev >= 0 && (a.mentionAt(prev) >= 0 || a.class(prev)&(cPronoun|cAdverb) != 0)
	switch {
	case nc&(cDet|cPronoun) != 0, a.is(n, "that", "to", "them", "him", "her", "us"), ncap:
		return true
	case nc&cPrep != 0:
		return prevActor
	}
	if !prevActor && prev >= 0 && a.class(prev)&cRole != 0 && (stanceActObjects[a.word(n)] != 0 || stanceActObjects[a.word(n+1)] != 0) {
		return true // "the government cut ties", "the ministry lifted sanctions"
	}
	return prevActor && nc&cTime == 0
}

// edVerb: an unknown lower-case word in "-ed" after a noun is most likely a
// past-tense verb ("Pyongyang lambasted…").
func (a *Attributor) edVerb(i int) bool {
	t := a.toks[i]
	w := a.s[t.start:t.end]
	if len(w) < 5 || w[len(w)-2:] != "ed" || w[0] < 'a' || w[0] > 'z' {
		return false
	}
	if t.f&fNotVerb != 0 {
		return false
	}
	prev := i - 1
	if prev < 0 {
		return false
	}
	if a.nounContext(prev) || a.class(prev)&cAux != 0 {
		return a.class(prev)&cAux != 0 && a.class(prev)&cBe == 0 // "has lambasted" but "was unexpected"
	}
	return true
}

// isParticiple: "speaking", "quoted", "citing", "led" open an appositive.
func (a *Attributor) isParticiple(i int) bool {
	w := a.word(i)
	if len(w) > 4 && w[len(w)-3:] == "ing" && w[0] >= 'a' && w[0] <= 'z' {
		return true
	}
	if len(w) > 3 && w[len(w)-2:] == "ed" || w == "led" || w == "known" || w == "seen" {
		return true
	}
	return a.class(i)&cPassive != 0
}

// reportingAt reports whether the verb group starting at v contains a
// reporting verb: "said", "has warned", "will not accept", "was quoted as
// saying".
func (a *Attributor) reportingAt(v, to int) bool {
	if v < 0 {
		return false
	}
	if a.toks[v].canon == ':' {
		return true
	}
	negated := false
	limit := v + 6
	for i := v; i < to && i < limit; i++ {
		if !a.toks[i].word {
			if a.toks[i].canon == '\'' && i+1 < to && a.is(i+1, "t") {
				negated = true // "didn't", "hasn't"
				i++
				continue
			}
			return false
		}
		c := a.class(i)
		if a.is(i, "not", "never", "cannot") {
			negated = true
		}
		if c&cReport != 0 {
			return !(negated && silentWhenNegated[a.word(i)])
		}
		if c&cReportIng != 0 && i > v && a.class(i-1)&cBe != 0 && a.doc == "" {
			// "is sanctioning", "were accusing" in news; in a speech, "X is
			// threatening all countries" is how the speaker accuses X.
			return true
		}
		w := a.word(i)
		if w == "quoted" || w == "cited" || w == "expected" {
			return true
		}
		if (w == "determined" || w == "determines" || w == "found" || w == "finds") && a.is(i+1, "that") {
			return true // "Washington determined that the RSF had committed genocide"
		}
		if j := a.controlTo(i, to); j > i {
			i, limit = j-1, j+3 // "was quick to deny", "used his speech to accuse"
			continue
		}
		if c&(cAux|cAdverb) == 0 && !a.is(i, "to") && !a.lyAdverb(i) && !a.is(i, raisingVerbs...) {
			if j := a.inThePast(i); j > i {
				i = j - 1 // "have in the past said", "have in past have said"
				continue
			}
			return false
		}
	}
	return false
}

// raisingVerbs may stand before the reporting verb of their subject: "X
// seemed to rebuke", "appeared to accuse".
var raisingVerbs = []string{"seemed", "seems", "seem", "appeared", "appears", "appear"}

// inThePast returns the token after "in (the) past" at i, or i: an
// adverbial that may sit inside a verb group.
func (a *Attributor) inThePast(i int) int {
	if !a.is(i, "in") {
		return i
	}
	j := i + 1
	if a.is(j, "the") {
		j++
	}
	if a.is(j, "past") {
		return j + 1
	}
	return i
}

// Token helpers.

func (a *Attributor) word(i int) string {
	if i < 0 || i >= len(a.toks) || !a.toks[i].word {
		return ""
	}
	return a.s[a.toks[i].start:a.toks[i].end]
}

// is reports whether token i is one of the words ws, exactly.
func (a *Attributor) is(i int, ws ...string) bool {
	w := a.word(i)
	if w == "" {
		return false
	}
	for _, x := range ws {
		if w == x {
			return true
		}
	}
	return false
}

// mentionAt returns the mention covering token i, or -1, also for an i
// outside the sentence: rules look a token or two ahead, and a sentence
// may end (or a line be cut) anywhere ("…, Japan suspended").
func (a *Attributor) mentionAt(i int) int {
	if uint(i) >= uint(len(a.mentAt)) {
		return -1
	}
	return a.mentAt[i]
}

// class returns classOf the word at i (0 for punctuation or out of range),
// as looked up once by Gazetteer.lookup.
func (a *Attributor) class(i int) wclass {
	if uint(i) >= uint(len(a.toks)) {
		return 0
	}
	return a.toks[i].cls
}

// classOfTok returns what classOf reports for the word at i.
func (a *Attributor) classOfTok(i int) (wclass, bool) {
	if uint(i) >= uint(len(a.toks)) {
		return 0, false
	}
	t := &a.toks[i]
	return t.cls, t.f&fCapd != 0
}

// flags returns the word facts of token i, 0 for punctuation or out of range.
func (a *Attributor) flags(i int) wflag {
	if uint(i) >= uint(len(a.toks)) {
		return 0
	}
	return a.toks[i].f
}

func (a *Attributor) lower(i int) bool { return a.flags(i)&fLower != 0 }

func (a *Attributor) capitalised(i int) bool { return a.flags(i)&fUpper != 0 }
