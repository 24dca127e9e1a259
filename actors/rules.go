package actors

import "strings"

// The attribution rules. decide tries them in order; each rule is one
// function and says in its comment which structure of reported speech it
// reads. A speaker needs a statement: a sentence that only reports an event
// ("China fired missiles around Taiwan") has no speaker and no targets, as
// the annotation guide (datasets/GUIDE.md) defines it. The rules live in
// five files: this one (the order, the clause, the lead), tails.go
// (attributions after or inside the clause), subject.go (who a subject
// speaks for), acts.go (passives, stance-taking acts, participles) and
// relay.go (commitments a report relays).

// decide applies the attribution rules and returns the speaker. It reports
// explicitNone when the sentence does name a speaker, but one without a code
// ("analysts said"), so that a following "they" does not fall back on an
// older speaker.
func (a *Attributor) decide() (speaker string, explicitNone bool) {
	defer a.learnNames()
	if fe, author := a.furnitureEnd(); fe > 0 {
		// Page furniture glued before the sentence: its actors are
		// neither speakers nor targets; an embedded post is its author's.
		if author >= 0 {
			a.mark[author] = mSpeaker
			return a.ments[author].Code, false
		}
		for mi, m := range a.ments {
			if m.t0 < fe {
				a.mark[mi] = mNonActor
			}
		}
		if fe < len(a.toks) {
			return a.clauseFrom(fe, true)
		}
		return "", false
	}
	if sp, none, ok := a.headlineSource(); ok {
		return sp, none
	}
	if sp, ok := a.afterLink(); ok {
		return sp, false
	}
	if sp := a.dashSource(); sp != "" {
		return sp, false
	}
	if a.qFirst {
		return a.ruleQuoteFirst()
	}
	return a.clauseFrom(0, false)
}

// clauseFrom attributes the sentence from token from on. Failing a
// speaker, and in news, it reads on from where a sentence glued to a
// caption or headline seems to start ("Image caption Mourners filled the
// streets on Friday The Pentagon said…", "Story highlights … Kim
// called…"), taking only a clause whose actor speaks or acts at once.
// glued says page furniture already ended at from.
func (a *Attributor) clauseFrom(from int, glued bool) (string, bool) {
	n := len(a.toks)
	sp, none := a.ruleClause(from, n)
	if sp != "" || none || a.doc != "" {
		return sp, none
	}
	glued = glued || a.titleRun(from)
	for r := a.gluedStart(from+1, glued); r > 0; r = a.gluedStart(r+1, true) {
		if !a.speaksAt(r, n) {
			continue
		}
		if sp, none = a.ruleClause(r, n); sp != "" || none {
			return sp, none
		}
	}
	return sp, none
}

// reducedRelative returns the main verb after a participle that, with a
// time and perhaps its agent, qualifies a subject that is no actor ("The
// plan unveiled Monday drew criticism…", "The AUKUS plan unveiled on
// Monday drew…", "The tariffs announced last week by Trump were met
// with…"), or v: the participle is not the clause's verb.
func (a *Attributor) reducedRelative(subj np, v, to int) int {
	if v < 1 || subj.head == headPronoun || !a.lower(v) || !a.participle(v) ||
		a.mentionAt(v-1) >= 0 || a.class(v-1)&(cRole|cPronoun) != 0 {
		return v // "Beijing announced Monday…", "the ministry announced…"
	}
	k, timed := v+1, false
	for limit := v + 5; k < to && k < limit && a.toks[k].word; k++ {
		switch {
		case a.class(k)&cTime != 0:
			timed = true
		case a.is(k, "in", "at") && k+1 < to && a.capitalised(k+1):
			// "unveiled in San Diego on Monday": a place before the time
			for k+1 < to && a.toks[k+1].word && a.capitalised(k+1) {
				k++
				limit++
			}
			limit++
		case !a.is(k, "on", "late", "early", "last", "this", "earlier"):
			limit = k // stop
		}
		if k >= limit {
			break
		}
	}
	if timed && a.is(k, "by") {
		agent, _ := a.scanNP(k+1, to) // "announced last week by President Trump"
		k = agent.end
		for k < to && !a.toks[k].word && a.toks[k].canon == ',' {
			k++
		}
	}
	if !timed || k >= to || !a.toks[k].word || !a.lower(k) || a.class(k)&(cPrep|cDet|cConj|cSubord|cRelative) != 0 {
		return v
	}
	return k
}

// chargeVerbs report a charge against their object, not a report of what
// it said or did (see reportedCommitment).
var chargeVerbs = wordSet("accused accuses accuse blamed blames blame condemned condemns condemn criticised " +
	"criticises criticized criticizes faulted faults denounced denounces slammed slams charged charges")

// headlineSource reads a headline that names its source before a colon
// and that source is a person the gazetteer does not know, or one that
// names whom the source addresses: "Wong: Beijing must explain…" (an
// unknown Wong speaks, not Beijing), "Seoul to Pyongyang: let us talk",
// "Trump Jr. to Kyiv: stop begging" (Kyiv is spoken to). It returns the
// source's code, whether the source has none, and false for sentences of
// other shapes.
func (a *Attributor) headlineSource() (speaker string, none, ok bool) {
	if a.doc != "" {
		return "", false, false
	}
	colon, to := -1, -1
	for i := 0; i < len(a.toks) && i < 9; i++ {
		t := a.toks[i]
		switch {
		case !t.word && t.canon == ':' && !a.quoted[i]:
			colon = i
		case !t.word && (t.r == '.' || t.canon == '-' || t.canon == '\'' || t.r == ','):
			continue // "Trump Jr.", "Kim Jong-un"
		case !t.word:
			return "", false, false
		case a.is(i, "to") && to < 0 && i > 0:
			to = i
		case a.lower(i) || a.flags(i)&fLabel != 0 || isDigits(a.word(i)):
			return "", false, false
		}
		if colon >= 0 {
			break
		}
	}
	if colon < 1 || colon+1 >= len(a.toks) {
		return "", false, false
	}
	if to > 0 {
		y := a.mentionAt(to + 1)
		if y < 0 || a.ments[y].t1 != colon {
			return "", false, false
		}
		for mi, m := range a.ments {
			switch {
			case mi == y:
				a.mark[mi] = mTarget
			case m.t0 < to:
				a.mark[mi] = mSpeaker
				if speaker == "" {
					speaker = m.Code
				}
			}
		}
		return speaker, speaker == "", true
	}
	if a.recased {
		return "", false, false // "LYON: …", "BRENNAN: …": a dateline or a transcript's label
	}
	for i := 0; i < colon; i++ {
		if a.mentionAt(i) >= 0 || a.toks[i].word && (a.class(i) != 0 || allCaps(a.word(i))) {
			return "", false, false // a known source ("Kremlin: …"), a word ("Sources: …"), an acronym
		}
	}
	if a.speaksAt(colon+1, len(a.toks)) && !a.demandAhead(colon+1) {
		return "", false, false // a topic before the colon: "Brexit: May tells MPs…"
	}
	return "", true, true
}

// demandAhead reports whether "must" or "should" comes within the first
// words from i: a headline's clause that demands something of its actor
// ("Beijing must explain…") is said to it, not by it.
func (a *Attributor) demandAhead(i int) bool {
	for k := i; k < len(a.toks) && k < i+6; k++ {
		if a.is(k, "must", "should") {
			return true
		}
	}
	return false
}

// afterLink reads a sentence that a related link's headline runs into:
// "RELATED: Tokyo hails new era with Seoul The Kremlin said on Monday
// that…". The headline is another article's, so its actors
// neither speak nor are spoken of; the sentence starts at a capitalised
// "The" or pronoun after a word, or at an actor after a quotation mark,
// and counts when its actor speaks or acts at once, or when the rules find
// a speaker in it ("The vote follows a week in which Minsk expelled…"). ok is
// false when the sentence opens with no link or no such sentence is glued
// to it.
func (a *Attributor) afterLink() (string, bool) {
	j := a.skipLabel(0, len(a.toks))
	if j == 0 || j > 3 || a.toks[j-1].canon != ':' || a.doc != "" {
		return "", false
	}
	n := len(a.toks)
	for i := j + 2; i+1 < n; i++ {
		t, p := a.toks[i], a.toks[i-1]
		if !t.word || a.lower(i) || !t.space {
			continue
		}
		opens := p.word && a.is(i, "The", "A", "An", "He", "She", "They", "It") ||
			!p.word && p.canon == '"' && a.mentionAt(i) >= 0 && a.ments[a.mentionAt(i)].t0 == i
		if !opens {
			continue
		}
		speaks := a.speaksAt(i, n)
		saved := append(a.markSaved[:0], a.mark...)
		a.markSaved = saved
		for mi, m := range a.ments {
			if m.t0 < i {
				a.mark[mi] = mNonActor
			}
		}
		if sp, _ := a.ruleClause(i, n); sp != "" || speaks {
			return sp, true
		}
		copy(a.mark, saved) // no sentence here after all: the headline's actors stand
	}
	return "", false
}

// titleRun reports whether a headline in Title Case runs into the sentence
// from token from on: a small word capitalised after a capitalised word
// ("Unwise To Attack a Federal Judge True to form, …"), which prose never
// writes.
func (a *Attributor) titleRun(from int) bool {
	for i := from + 1; i < len(a.toks); i++ {
		if a.toks[i].word && a.toks[i-1].word && a.is(i, "To", "Of", "For", "With", "On", "In", "At", "By", "From", "Over") &&
			a.capitalised(i-1) && a.mentionAt(i-1) < 0 {
			return true
		}
	}
	return false
}

// speaksAt reports whether the clause from token r on opens with an actor
// that speaks or acts at once: "The Pentagon said…", "Trump attacked…",
// "Seoul recalled its envoy, saying…".
func (a *Attributor) speaksAt(r, to int) bool {
	subj, v := a.scanNP(a.skipLead(r, to), to)
	return a.actorActs(subj, v, to) || a.verbalAttack(subj, v, to) ||
		v >= 0 && a.firstActor(subj.ments.all()) >= 0 && a.coordinatedReporting(v, to)
}

// gluedStart returns the first token at or after i where a sentence seems
// to start without a full stop before it, or -1: a capitalised "The" or
// pronoun right after a lower-case word or a time ("…on Friday The
// Pentagon said"), which prose keeps in lower case or after punctuation,
// or any capitalised word after the last word of page furniture ("Story
// highlights Kim told…") or after a bracket, question mark or bar that
// ends a related link ("[What is the Iran deal?] Iran's foreign ministry
// said…"). Once furniture is known to be glued on (weak), an actor named
// right after a lower-case word may start one too.
func (a *Attributor) gluedStart(i int, weak bool) int {
	for ; i+1 < len(a.toks); i++ {
		t, p := a.toks[i], a.toks[i-1]
		if !t.word || a.lower(i) || a.quoted[i] || !t.space {
			continue
		}
		if !p.word && (p.r == ']' || p.r == '?' || p.r == '|') {
			return i // "[What is the Iran deal?] Iran's foreign ministry…", "SEE ALSO: Who are the YPG? Kalin said…"
		}
		if weak && p.canon == ',' && (a.mentionAt(i) >= 0 && a.ments[a.mentionAt(i)].t0 == i || a.flags(i)&fHonorific != 0) {
			return i // "Unwise To Attack a Federal Judge True to form, President Trump launched…"
		}
		if !p.word {
			continue
		}
		if gluedAfter[a.word(i-1)] {
			return i // "Story highlights Kim told…", "Image caption …"
		}
		if !a.lower(i-1) && a.class(i-1)&cTime == 0 {
			continue
		}
		if a.is(i, "The", "A", "An", "He", "She", "They", "It") {
			return i // "…on Friday The Pentagon said"
		}
		if weak && a.mentionAt(i) >= 0 && a.ments[a.mentionAt(i)].t0 == i && a.class(i-1)&(cPrep|cDet|cConj|cReport|cAux|cSubord|cRelative) == 0 {
			return i // after furniture: "…near the Syrian border Moscow warns…"
		}
	}
	return -1
}

// gluedAfter are the last words of page furniture that scrapers glue to
// the next sentence: "Story highlights", "Image caption", "| Getty", a
// photo credit ("Photo: Reuters"), a byline's agency, an embed's source.
var gluedAfter = wordSet("highlights Highlights caption Getty Images Interest Reuters AP AFP EPA Bloomberg Twitter Facebook")

// dashSource reads a headline that names its source after a spaced dash
// at the end: "Sanctions will not change our course – Kremlin". Only an
// actor may follow the dash. Prose that ends on a dash and a full stop
// ("one state blocks it — Israel.") names whom it speaks of, so a headline
// has no full stop, and a speech has none of these.
func (a *Attributor) dashSource() string {
	n := len(a.toks)
	if n < 4 || a.doc != "" || a.mentionAt(n-1) < 0 {
		return ""
	}
	m := a.ments[a.mentionAt(n-1)]
	d := m.before()
	if d < 3 || !a.toks[d].space || (!isDash(a.toks[d]) && a.toks[d].r != '—') || m.Modifier {
		return ""
	}
	claim := false // a claim has a verb: "Talks with the US – Russia" is a topic
	for i := 0; i < d && !claim; i++ {
		c := a.class(i)
		claim = a.toks[i].word && a.mentionAt(i) < 0 && (c&(cAux|cBe) != 0 || c&(cVerb|cReport) != 0 && c&cNounToo == 0)
	}
	if !claim {
		return ""
	}
	a.mark[a.mentionAt(n-1)] = mSpeaker
	return m.Code
}

// ruleQuoteFirst handles a sentence that opens with a quote (rule 2):
// "“…,” said X", "“…,” X said in a statement", "“…” a spokesperson was
// quoted as saying by KCNA". Actors inside the quote are targets; the
// speaker comes from what follows the closing mark. A quote with nothing
// after it continues the previous speaker's words (rule 6).
func (a *Attributor) ruleQuoteFirst() (string, bool) {
	c := a.qClose
	if c < 0 {
		return a.last, false
	}
	i := c + 1
	for i < len(a.toks) && !a.toks[i].word && !a.quoted[i] && a.mentionAt(i) < 0 {
		i++ // ”, said X — the comma may sit outside the quote
	}
	if i >= len(a.toks) {
		return a.last, false
	}
	if t, ok := a.tailAttribution(i, len(a.toks), true); ok {
		sp, none := a.speakerOfTail(t, nil)
		if sp == "" && !none && t.subj.head == headRole && a.doc == "" {
			// "“Iran has never sought nuclear weapons,” the country's
			// mission said": an office with nothing to refer to speaks
			// for the state whose own stand the quote opens with.
			sp = a.quotedStand()
		}
		return sp, none
	}
	// "“…” The ministry added that…": a new reporting clause after the quote.
	if sp, none, ok := a.reportingClause(i, len(a.toks)); ok {
		return sp, none
	}
	return a.last, false
}

// ruleClause handles a sentence that does not open with a quote.
func (a *Attributor) ruleClause(from, to int) (string, bool) {
	start := a.skipLead(from, to)
	subj, v := a.scanNP(start, to)
	if k := a.reducedRelative(subj, v, to); k > v {
		v = k // "The plan unveiled Monday drew criticism from Tokyo"
	}

	// Rule 7, passives: "Y was accused by X of…". Without an agent ("Any
	// seizure will be regarded as theft, Zakharova said") only an
	// attribution after the clause can name the speaker.
	passiveNone := false
	if v >= 0 {
		if sp, ok := a.passive(v, to); ok {
			if sp != "" || a.doc != "" {
				return sp, false // a speech says itself what it reports in the passive
			}
			passiveNone = true
		}
	} else if p := a.afterQuote(subj.end, to); p > subj.end {
		// "May's ‘power grab’ slammed by EU's Verhofstadt", "Macron's
		// ‘reckless’ plan slammed by…": a quote ended the subject scan
		// before the participle.
		for k := p; k < to && k < p+3 && a.toks[k].word && !a.quoted[k]; k++ {
			if sp, ok := a.barePassive(k, to); ok {
				return sp, false
			}
		}
	}
	// "Israel came under fire from Turkey over the raid": the critic speaks.
	if v >= 0 {
		if sp, ok := a.underFire(subj, v, to); ok {
			return sp, false
		}
	}
	// "Air strikes, Mr. Obama said, remain the only option": an
	// attribution set off inside the clause.
	if t, ok := a.parenthetical(start, to); ok {
		sp, none := a.speakerOfTail(t, &subj)
		if sp == "" && !none && t.subj.head == headPronoun {
			// "The Obama administration, he said, wanted…": with no one
			// to refer back to, the pronoun speaks for the subject it
			// interrupts.
			if m := a.firstActor(subj.ments.all()); m >= 0 && a.ments[m].Kind != KindDemonym && !a.ments[m].possessive {
				a.mark[m] = mSpeaker
				sp = a.ments[m].Code
			}
		}
		if sp2 := a.relayedCommitment(subj, v, to, sp); sp2 != "" {
			return sp2, false // "Putin is ready, Reuters reported, to halt…"
		}
		if sp != "" || none && !a.actorActs(subj, v, to) {
			return sp, none
		}
	}
	// Rules 2–3 after a clause: "…, X said", "…, said X", "…, according to
	// X". A source named by "according to" only relays what an actor named
	// as the subject of a reporting verb or a stance act said or did
	// ("Putin told Trump…, according to the US president", "The US froze
	// the assets…, according to an executive order").
	if t, ok := a.trailing(start, v, to); ok {
		if !(t.subj.according && v >= 0 && (a.reportingAt(v, to) || a.stanceActAt(v, to)) && a.firstActor(subj.ments.all()) >= 0) {
			// A source with no code ("…, the Journal reported", "…, Mr.
			// McCain said") relays what an actor named as the subject of
			// a reporting verb or a stance act said or did.
			sp, none := a.speakerOfTail(t, &subj)
			if sp2 := a.relayedCommitment(subj, v, to, sp); sp2 != "" {
				return sp2, false
			}
			if sp != "" || t.subj.according || !a.actorActs(subj, v, to) {
				return sp, none
			}
		}
	}
	// "Kremlin: Erdogan says “sorry”": a headline's source relays the
	// actor that speaks after its colon.
	if v >= 0 && a.toks[v].canon == ':' && a.doc == "" {
		if subj2, v2 := a.scanNP(v+1, to); v2 >= 0 && a.firstActor(subj2.ments.all()) >= 0 &&
			(a.is(v2, "says", "said", "tells", "told") || a.class(v2)&cCommit != 0) {
			return a.subjectSpeaker(subj2, true)
		}
	}
	// "Merkel on the tapping of her phone: “…”": who speaks on a topic.
	if start < to && a.mentionAt(start) >= 0 && a.doc == "" {
		if m := a.mentionAt(start); a.is(a.ments[m].t1, "on") && a.colonQuote(a.ments[m].t1, to) {
			return a.speaks(m), false
		}
	}
	if passiveNone {
		// "Beijing's order, announced by the foreign ministry, was
		// described as a legitimate response": a statement or measure
		// its author presents in the passive is its author's.
		if a.selfPresented(v, to) {
			if m := a.statementAuthor(subj); m >= 0 {
				return a.speaks(m), false
			}
		}
		// "Lorries were left stranded after Vilnius shut the border",
		// "Power was cut, with Kyiv's air force saying…": the passive
		// names no speaker, and the clause is read on as one without a
		// verb of its own.
		v = -1
	}
	// Rules 1, 3, 4, 5, 6, 8: the subject of a reporting verb.
	if v >= 0 && (a.reportingAt(v, to) || a.coordinatedReporting(v, to) || a.verbalAttack(subj, v, to) || a.inquiryFinds(subj, v, to)) {
		if a.jointEvent(&subj, v, to) {
			return "", false
		}
		if q, ok := a.quotedSource(v, to); ok {
			// "Yonhap quoted a South Korean military official as saying…":
			// the one quoted speaks; failing a code, the medium.
			if sp, _ := a.subjectSpeaker(q, true); sp != "" {
				return sp, false
			}
		}
		sp, none := a.subjectSpeaker(subj, true)
		if sp == "" && !none && a.accord >= 0 {
			return a.ments[a.accord].Code, false
		}
		if sp == "" && a.doc == "" && a.firstActor(subj.ments.all()) < 0 && !a.reportingAt(v, to) {
			// "The clip included Assad taking aim at Obama by accusing
			// him…": the participle is the actor's, not the subject's.
			if m := a.participleSpeaker(subj, to); m >= 0 {
				return a.speaks(m), false
			}
		}
		// Relays are read in news, not in a speech or statement, where
		// whatever the text reports is said by the document's speaker.
		if sp == "" && (a.pressSubject(subj) || a.doc == "" && a.namedPerson(subj) && !a.uncodedAppositive(subj)) {
			// "The newspaper said Trump accused…", "Altun said Erdogan
			// extended the invitation": a source with no code relays the
			// actor its report names as speaker. Analysts and diplomats
			// give their own view, and a pronoun refers to someone.
			if sp2, _, ok := a.reportingClause(a.complementStart(v, to), to); ok && sp2 != "" {
				return sp2, false
			}
		}
		if mv, _ := a.mainVerb(v, to); a.doc == "" && !chargeVerbs[a.word(mv)] {
			// A relayed commitment is its maker's, whoever relays it; but
			// what an accusation reports is the charge ("accused London of
			// meddling after it offered…").
			if sp2 := a.reportedCommitment(a.complementStart(v, to), to, sp); sp2 != "" {
				return sp2, false
			}
		}
		if sp == "" && a.doc == "" && a.firstActor(subj.ments.all()) < 0 {
			// "After Britain expelled 23 Russian diplomats, the bank's chief
			// argued…": a speaker with no code answers the actor that a
			// leading clause has speak or act.
			if sp2 := a.leadSpeaker(from, start); sp2 != "" {
				return sp2, false
			}
		}
		return sp, none
	}
	// "Japan's prime minister made the remarks…", "issued a statement",
	// "recalled its ambassador", "halted aid".
	if v >= 0 && a.stanceActAt(v, to) {
		return a.subjectSpeaker(subj, true)
	}
	// "According to Seoul, the North fired…": the source speaks.
	if a.accord >= 0 {
		return a.ments[a.accord].Code, false
	}
	// "The statement by the French presidency comes a day before…": a
	// statement names its author.
	if m := a.statementAuthor(subj); m >= 0 && a.doc == "" && !passiveNone {
		return a.speaks(m), false
	}
	// "The drills came days after the US defence secretary said…": a
	// reporting clause further on.
	if sp, none, ok := a.embeddedReporting(v, to, &subj); ok {
		return sp, none
	}
	// News only: the stance of someone the main clause does not make its
	// subject.
	if a.doc == "" {
		if sp := a.newsFallback(subj, from, start, to); sp != "" {
			return sp, false
		}
	}
	// An event, not a statement: no speaker (rule 9 as the guide reads it).
	if m := a.firstActor(subj.ments.all()); m >= 0 && v >= 0 {
		a.eventSubj = a.ments[m].Code
	}
	return "", false
}

// relayedCommitment returns the maker of a commitment that an attribution
// after or inside the clause relays, when the clause's subject names
// another actor than sp, the relay's speaker: "Riyadh will reopen its
// airspace…, Kuwait's foreign minister announced", "Shoigu assured Hagel
// that…, the Pentagon said", "Putin is ready to halt the war…, Reuters
// reported". A relayed commitment is its maker's, whoever relays it. It
// returns "" otherwise, and in a speech, whose speaker says all it reports.
func (a *Attributor) relayedCommitment(subj np, v, to int, sp string) string {
	m := a.firstActor(subj.ments.all())
	if m < 0 || a.ments[m].Code == sp || a.doc != "" || a.ments[m].possessive ||
		a.ments[m].Kind == KindDemonym && !a.roleAfter(a.ments[m].t1, subj.end) || !a.commitsTo(a.quotedVerb(subj, v), to) {
		return ""
	}
	return a.speaks(m)
}

// quotedVerb returns v, or when the subject runs into a quote that opens
// with its verb ("Sisi “assured me he will keep the crossing open,” Macron
// told…"), that verb.
func (a *Attributor) quotedVerb(subj np, v int) int {
	if v >= 0 || subj.end+1 >= len(a.toks) || a.toks[subj.end].word || !a.quoted[subj.end] {
		return v
	}
	if i := subj.end + 1; a.toks[i].word && a.lower(i) {
		return i
	}
	return v
}

// newsFallback finds, in news, the speaker of a sentence whose main clause
// names none, where news puts it, in order:
//
//   - a stance in the subject's relative clause: "Pyongyang, which has
//     vowed to build up its deterrent, fired two missiles";
//   - an actor speaking in a participle clause: "Tensions rose, with
//     Beijing accusing Washington of…";
//   - a leading clause: "After Britain expelled 23 Russian diplomats, the
//     bank's chief argued…";
//   - a reaction drawn: "…, drawing a protest from Tokyo";
//   - the one an event moved to take a stance: "…, prompting Tokyo to
//     lodge a protest";
//   - failing all else, a statement named by its author's possessive ("He
//     did not address Trump's complaint that Beijing…") or with its author
//     and content ("…defies the conclusion of U.S. intelligence agencies
//     that Moscow was behind…").
//
// It returns "" when there is none.
func (a *Attributor) newsFallback(subj np, from, start, to int) string {
	if m := a.relativeStance(subj, to); m >= 0 {
		return a.speaks(m)
	}
	if m := a.participleSpeaker(subj, to); m >= 0 {
		return a.speaks(m)
	}
	if sp := a.leadSpeaker(from, start); sp != "" {
		return sp
	}
	if sp, ok := a.drawingFrom(start, to); ok {
		return sp
	}
	if m := a.promptedSpeaker(start, to); m >= 0 {
		return a.speaks(m)
	}
	if m := a.possessedStatement(start, to); m >= 0 {
		return a.speaks(m)
	}
	return a.authoredStatement(start, to)
}

// speaks marks mention m as the speaker and returns its code.
func (a *Attributor) speaks(m int) string {
	a.mark[m] = mSpeaker
	return a.ments[m].Code
}

// actorActs reports whether the clause subject subj names an actor that
// speaks or acts through the verb at v.
func (a *Attributor) actorActs(subj np, v, to int) bool {
	return v >= 0 && subj.head != headNonActor && a.firstActor(subj.ments.all()) >= 0 &&
		(a.reportingAt(v, to) || a.stanceActAt(v, to))
}

// complementStart returns where the clause reported by the verb group at v
// starts: after its auxiliaries, adverbs, the verb and a "that".
func (a *Attributor) complementStart(v, to int) int {
	i := v
	for i < to && a.toks[i].word && a.class(i)&cReport == 0 {
		i++
	}
	i++
	// "said Monday that", "said on Tuesday that", "said late on Friday"
	for k := 0; k < 4 && i < to && a.toks[i].word && (a.class(i)&(cTime|cAdverb) != 0 || a.is(i, "on", "late", "early")); k++ {
		i++
	}
	if a.is(i, "that") {
		return min(i+1, to)
	}
	// "told reporters in Hanoi that", "said in a statement that"
	for j := i; j < to && j < i+10 && a.toks[j].word && !a.quoted[j]; j++ {
		if a.is(j, "that") {
			return j + 1
		}
		if mi := a.mentionAt(j); mi >= 0 {
			if !a.is(j-1, "in", "to", "at", "with", "the") {
				break
			}
			j = a.ments[mi].t1 - 1 // "after talks with Wang Yi in Beijing that"
			continue
		}
		if c := a.class(j); c&(cReport|cAux|cBe) != 0 || c&cVerb != 0 && c&cNounToo == 0 || a.edVerb(j) {
			break // "said the arrival of the carrier showed that…": a clause of its own
		}
	}
	return min(i, to)
}

// reportingClause attributes from..to only when it has a reporting verb
// or a stance act ("Altun said Erdogan extended an invitation").
func (a *Attributor) reportingClause(from, to int) (string, bool, bool) {
	start := a.skipLead(from, to)
	subj, v := a.scanNP(start, to)
	if v < 0 || !a.reportingAt(v, to) && !a.stanceActAt(v, to) {
		return "", false, false
	}
	sp, none := a.subjectSpeaker(subj, true)
	return sp, none, true
}

// tail is an attribution found after a quote or a clause.
type tail struct {
	subj  np
	agent int // mention after "by" ("quoted as saying by KCNA"), or -1
	core  int // last token of "X said" or "said X", or -1 ("according to X")
}

// skipLead skips a sentence-initial adverbial ("On Monday,", "In a
// statement,", "Speaking in Tokyo,", "If the drills go ahead,"). It records
// "According to X," and the place of "In Seoul," or "At the UN,", which can
// name the speaker of a bare "the ministry said".
func (a *Attributor) skipLead(from, to int) int {
	i := from
	for round := 0; round < 4 && i < to; round++ {
		if !a.toks[i].word || a.mentionAt(i) >= 0 {
			return i
		}
		if (a.is(i, "According") || a.is(i, "according")) && i+1 < to && a.is(i+1, "to") {
			subj, _ := a.scanNP(i+2, to)
			if m := a.firstActor(subj.ments.all()); m >= 0 {
				a.accord = m
				a.markAll(subj.ments, mSpeaker)
			}
			if k := a.nextComma(i, to, 30); k >= 0 {
				i = k + 1
				continue
			}
			return subj.end
		}
		if k := a.nextComma(i, to, 5); k > i+1 && a.is(k-1, "earlier", "later", "ago", "before") &&
			a.is(k-2, "day", "days", "week", "weeks", "month", "months", "year", "years", "hours", "minutes", "decade") {
			i = k + 1 // "A day earlier,", "Two weeks later,"
			continue
		}
		if a.is(i+1, "day", "days", "week", "weeks", "month", "months", "year", "years", "hours") && a.is(i+2, "after", "before") {
			if k := a.nextComma(i, to, 30); k > i+3 {
				i = k + 1 // "Two weeks after British marines seized a tanker,"
				continue
			}
		}
		if a.is(i, "As") && round == 0 && a.doc == "" {
			// "As Pompeo put it on Sunday, …", "As the ministry said, …":
			// the source speaks, like "According to X,". Not in a speech,
			// where "As the US itself has reported, …" is the speaker's
			// argument.
			if k := a.nextComma(i, to, 12); k > i+2 {
				subj, v := a.scanNP(i+1, k)
				if m := a.firstActor(subj.ments.all()); m >= 0 && v >= 0 && (a.reportingAt(v, k) || a.is(v, "put") && a.is(v+1, "it")) {
					a.accord = m
					a.markAll(subj.ments, mSpeaker)
					i = k + 1
					continue
				}
			}
		}
		if round == 0 {
			if j := a.dateLabel(i, to); j > i {
				i = j // "April 4, 2017: Trump issues a statement…", a timeline's entry
				continue
			}
			if j := a.skipLabel(i, to); j > i {
				i = j
				continue
			}
			if j := a.notFirstTime(i, to); j > i && a.doc == "" {
				i = j
				continue
			}
			if a.doc == "" && a.participleLead(i) {
				if k := a.nextComma(i, to, 30); k >= 0 {
					i = k + 1
					continue
				}
				return i
			}
		}
		c, capd := a.classOfTok(i)
		if round > 0 && !capd && (c&cAdverb != 0 || a.lyAdverb(i)) && i+1 < to && a.toks[i+1].canon == ',' {
			i += 2 // "On Tuesday evening, however, Caracas…"
			continue
		}
		lead := c&cLead != 0 && capd || round > 0 && c&(cPrep|cSubord) != 0 && !capd
		if !lead {
			return i
		}
		if c&cConj != 0 && capd { // But, And
			i++
			if i < to && a.toks[i].canon == ',' {
				i++ // "But, of course, if…"
			}
			continue
		}
		limit := 30
		if a.is(i, "if", "unless", "although", "though", "whereas") {
			limit = 50 // a condition or concession may run long before the main clause
		}
		k := a.nextComma(i, to, limit)
		if k < 0 {
			return i + 1
		}
		if (a.is(i, "In", "At", "in", "at")) && i+1 < k && a.mentionAt(i+1) >= 0 {
			if m := a.ments[a.mentionAt(i+1)]; m.t1 == k {
				a.place = a.mentionAt(i + 1) // "In Seoul," — nothing else before the comma
			}
		}
		if a.is(i, "In", "At") && a.place < 0 {
			if m := a.statementPlace(i, k); m >= 0 {
				a.place = m // "In a statement issued in Pretoria,", "At the weekly briefing in Islamabad,"
			}
		}
		i = k + 1
	}
	return i
}

// possessedStatement returns the first actor whose possessive names a
// statement with its content, or a decision to act, anywhere in tokens
// [from, to): "Trump's complaint that…", "Beijing's threat to…", "Trump's
// decision to withdraw troops" — not one named only as background ("after
// Trump's address", "a test of Trump's pledge"). Or -1.
func (a *Attributor) possessedStatement(from, to int) int {
	for mi, m := range a.ments {
		if m.t0 < from || m.t1 >= to || !m.possessive || m.Modifier || m.Kind == KindDemonym {
			continue
		}
		if a.is(m.before(), "of", "after", "before", "following", "since", "amid", "despite") {
			continue // "the first test of Trump's pledge", "after Trump's address": background
		}
		k := a.skipPossessive(m.t1)
		c := k + 1
		if a.is(c, "on", "last", "this") && a.class(c+1)&cTime != 0 {
			c += 2 // "Erdogan's insistence on Tuesday that…"
		}
		if c < to && a.toks[k].word && a.is(c, "that", "to") &&
			(statementNoun(a.word(k)) || actNouns[a.word(k)] || a.decisionTo(k)) {
			return mi // with its content: "complaint that…", "threat to…"
		}
	}
	return -1
}

// authoredStatement returns the speaker of a statement named by a noun,
// its author after "by", "from" or "of", and its content after "that" or
// "to": "the accusation by Washington that Tehran…", "the warning from
// Beijing that it would…", "the conclusion of several U.S. intelligence
// agencies that…". Without the content it is a mere reference ("the
// threat of war", "a statement from the ministry") and gives "".
func (a *Attributor) authoredStatement(from, to int) string {
	for k := from + 1; k+3 < to; k++ {
		if a.toks[k].word && a.toks[k+1].canon == ',' && a.lower(k+2) && a.participle(k+2) && statementNoun(a.word(k)) {
			// "speculation, fuelled by the Chinese government, that Japan
			// had…": the author in an aside, the content after it.
			if c := a.nextComma(k+1, to, 12); c > 0 && a.is(c+1, "that") {
				if mi := a.agentOf(k, true); mi >= 0 && a.ments[mi].t1 <= c {
					return a.speaks(mi)
				}
			}
			continue
		}
		if !a.toks[k].word || a.class(k+1)&cPrep == 0 || !a.is(k+1, "by", "from", "of") ||
			!a.is(k-1, "the", "a", "an") || !statementNoun(a.word(k)) {
			continue
		}
		p, _ := a.scanNP(k+2, to)
		if p.ments.n == 0 || !p.actorHeaded() || p.end >= to || !a.is(p.end, "that", "to") {
			continue
		}
		if a.is(p.end, "to") && (p.end+1 >= to || lexicon[a.word(p.end+1)]&cVerb == 0) {
			continue // "the appeal of Moscow to Kiev": no content
		}
		if sp, _ := a.subjectSpeaker(p, true); sp != "" {
			return sp
		}
	}
	return ""
}

// statementNoun reports whether w names a statement that can carry its
// content in a clause: the nouns of stated acts ("warning", "demand") and
// of claims and findings.
func statementNoun(w string) bool {
	return stanceActObjects[w]&actStatement != 0 || claimNouns[w]
}

// claimNouns are statements of a claim or a finding, which no act takes
// as object but which carry content: "the accusation that", "the
// conclusion that".
var claimNouns = wordSet("accusation accusations allegation allegations claim claims insistence assertion speculation " +
	"assertions conclusion conclusions finding findings assessment assessments charge contention assurance " +
	"assurances")

// statementPlace returns the capital that ends a leading phrase about a
// statement (tokens [i, k)): "In a statement issued in Pretoria", "At the
// weekly press briefing in Islamabad". Or -1.
func (a *Attributor) statementPlace(i, k int) int {
	m := a.mentionAt(k - 1)
	if m < 0 || a.ments[m].Kind != KindCapital || !a.is(a.ments[m].t0-1, "in") {
		return -1
	}
	for j := i; j < a.ments[m].t0; j++ {
		if a.is(j, "statement", "briefing", "conference", "communique", "communiqué", "address", "speech", "interview", "release") {
			return m
		}
	}
	return -1
}

// colonQuote reports whether a colon after token i, within a headline's
// length, opens a quote: "Merkel on the tapping of her phone: “…”".
func (a *Attributor) colonQuote(i, to int) bool {
	for j := i; j < to && j < i+15; j++ {
		if a.toks[j].canon == ':' && !a.quoted[j] {
			return j+1 < to && a.quoted[j+1]
		}
	}
	return false
}

// leadSpeaker returns the speaker of a leading clause that skipLead passed
// over ("After Beijing warned Manila,", "When the US imposed sanctions,"):
// the subject of its reporting verb or stance act, or "".
func (a *Attributor) leadSpeaker(from, start int) string {
	if start <= from+2 || !a.is(from, "After", "When", "Since", "Before", "While", "As", "Following", "Once") {
		return ""
	}
	subj, v := a.scanNP(from+1, start)
	if v < 0 || a.firstActor(subj.ments.all()) < 0 || !a.reportingAt(v, start) && !a.stanceActAt(v, start) {
		return ""
	}
	sp, _ := a.subjectSpeaker(subj, true)
	return sp
}

// dateLabel returns where the entry starts after a date set off by a colon
// ("April 4, 2017:", "Monday:"), or i.
func (a *Attributor) dateLabel(i, to int) int {
	j, dated := i, false // a day or a number: "May:" alone is Theresa May's headline
	for j < to && j < i+6 && (a.toks[j].word && (months[a.word(j)] || a.class(j)&cTime != 0 || isDigits(a.word(j))) || a.toks[j].r == ',') {
		dated = dated || a.toks[j].word && (a.class(j)&cTime != 0 || isDigits(a.word(j)))
		j++
	}
	if dated && j < to && a.toks[j].r == ':' && a.toks[j-1].word {
		return j + 1
	}
	return i
}

// notFirstTime returns the token after a frame that presents the clause
// it leads as a repeat ("It's not the first time Ankara has accused…",
// "This was hardly the first time that…"), whose speaker is the clause's
// own; or i. Only in news: in a speech the frame is the speaker's own
// charge against the state the clause names.
func (a *Attributor) notFirstTime(i, to int) int {
	if !a.is(i, "It", "This", "That") {
		return i
	}
	j := i + 1
	switch {
	case a.is(j, "is", "was"):
		j++
	case j+1 < to && a.toks[j].canon == '\'' && a.is(j+1, "s"):
		j += 2
	case a.is(j, "isn", "wasn") && j+2 < to && a.toks[j+1].canon == '\'' && a.is(j+2, "t"):
		j += 3
	default:
		return i
	}
	if a.is(j, "also", "certainly", "hardly", "not") {
		j++
	}
	if a.is(j, "not") {
		j++
	}
	if !a.is(j, "the") || !a.is(j+1, "first") || !a.is(j+2, "time") || j+3 >= to {
		return i
	}
	j += 3
	if a.is(j, "that") {
		j++
	}
	return j
}

// months are the month names a date label may hold.
var months = wordSet("January February March April May June July August September October November December " +
	"Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec")

// isDigits reports whether w is a number written in digits.
func isDigits(w string) bool {
	for i := 0; i < len(w); i++ {
		if !isDigit(w[i]) {
			return false
		}
	}
	return w != ""
}

// skipLabel skips the label a scraped page puts before a headline it links
// to ("Related: Trump threatens…", "SEE ALSO: …", "Video Mexico's
// president…") and returns where the sentence proper starts, or i. Without
// a colon, only an actor's name may follow the label.
func (a *Attributor) skipLabel(i, to int) int {
	j := i
	for j < to && j < i+2 && a.flags(j)&fLabel != 0 {
		j++
	}
	switch {
	case j == i || j >= to:
		return i
	case a.toks[j].canon == ':':
		return j + 1
	case j == i+1 && a.mentionAt(j) >= 0:
		return j
	}
	return i
}

// participleLead reports whether the sentence opens with a participle
// clause before its subject: "Speaking in Jerusalem, …", "Deliberately
// avoiding any detail, …". Common lead participles are in leadWords; this
// reads the shape of any other. Speeches are left alone: there a
// participle clause opens the speaker's own statement, and reading a
// subject after its comma took the speech's state from a few stance
// sentences (speech_test.go: 98.4% → 98.3%) without gaining any.
func (a *Attributor) participleLead(i int) bool {
	if !a.capitalised(i) || a.mentionAt(i) >= 0 {
		return false
	}
	if w := a.word(i); len(w) > 4 && strings.HasSuffix(w, "ly") && i+1 < len(a.toks) && a.lower(i+1) {
		i++ // "Deliberately avoiding"
	}
	w := a.word(i)
	if i+1 < len(a.toks) && a.toks[i+1].word && a.lower(i+1) && a.isFiniteVerb(i+1, i) {
		return false // a gerund subject: "Fighting crept closer to Goma, with…"
	}
	return len(w) > 5 && strings.HasSuffix(w, "ing") && !strings.HasSuffix(w, "thing") && a.mentionAt(i) < 0
}

// nextComma finds the next comma outside quotes within limit tokens.
func (a *Attributor) nextComma(i, to, limit int) int {
	for j := i + 1; j < to && j <= i+limit; j++ {
		if a.toks[j].canon == ',' && !a.quoted[j] {
			return j
		}
	}
	return -1
}

// firstActor returns the first mention of ms that may speak (not a
// hyphenated modifier), or -1.
func (a *Attributor) firstActor(ms []int) int {
	for _, mi := range ms {
		if !a.ments[mi].Modifier {
			return mi
		}
	}
	return -1
}

// titleActor returns the first mention of an appositive that names whom the
// subject works for: "North Korea's foreign minister", "a senior US
// official", "the sister of Kim Jong Un", "a spokesman for the EU" — not a
// place the appositive mentions ("the MP who led the delegation to
// Washington"). It returns -1 when there is none.
func (a *Attributor) titleActor(ms []int) int {
	for _, mi := range ms {
		m := a.ments[mi]
		if m.Modifier || m.Kind == KindDemonym && a.insurgentAfter(m.t1) {
			continue // "Kataib Hezbollah, a powerful Iraqi armed faction,"
		}
		p := m.before()
		if m.possessive || m.Kind == KindDemonym || m.Kind == KindPerson || p < 0 || !a.toks[p].word ||
			a.is(p, "of", "for") || a.class(p)&(cPrep|cSubord|cRelative) == 0 {
			return mi
		}
	}
	return -1
}

// firstMedia returns the first state-media mention that carries the
// statement ("carried by KCNA", "told Xinhua", "in the Rodong Sinmun"), or
// -1. Media named inside the reported content do not count.
func (a *Attributor) firstMedia() int {
	for mi, m := range a.ments {
		if m.Kind != KindMedia || m.Modifier || a.mark[mi] != mTarget {
			continue
		}
		p := m.before()
		for k := 0; k < 3 && p > 0 && (a.class(p)&cPress != 0 || a.is(p, "state", "official", "national", "the")); k++ {
			p-- // "on state broadcaster ORTM", "by the official news agency KCNA"
		}
		if a.is(p, "by", "to", "told", "in", "on", "via", "from", "with") {
			return mi
		}
	}
	return -1
}

// markAll marks the mentions of a list.
func (a *Attributor) markAll(l idxList, r mrole) {
	for _, mi := range l.all() {
		a.mark[mi] = r
	}
}
