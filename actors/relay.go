package actors

// Reports that relay another actor's commitment, offer or apology: the
// stance is that actor's (datasets/GUIDE.md, "Speaker and target").

// reportedCommitment reads a report of another actor's commitment: "An
// official in Ankara said Trump had assured Erdogan the troops would
// leave", "an aide said Putin assured Scholz that…". The stance is the
// committed actor's, who is the speaker; the reporter only relays it. A reported hostile act
// ("Kerry said Assad threatened…") stays the reporter's accusation. from
// is where the reported clause starts; outer the reporter's code.
func (a *Attributor) reportedCommitment(from, to int, outer string) string {
	if a.classes&cCommit == 0 || !a.commitmentAhead(from, to) {
		return ""
	}
	subj, v := a.scanNP(from, to)
	m := a.firstActor(subj.ments.all())
	if v < 0 || m < 0 || subj.head == headNonActor || a.ments[m].Code == outer {
		return ""
	}
	if mm := a.ments[m]; mm.possessive && !a.roleAfter(mm.t1, subj.end) || mm.Kind == KindDemonym && !a.roleAfter(mm.t1, subj.end) {
		return "" // "Iran's nuclear programme has…", "Iranian oil"
	}
	v, negated := a.mainVerb(v, to)
	if negated {
		return ""
	}
	if !a.commitmentVerb(v, to) && a.stanceActsAt(v, to)&actOffer == 0 && !a.callTo(v, to) {
		return ""
	}
	a.markAll(subj.ments, mSpeaker)
	return a.ments[m].Code
}

// commitmentAhead is the cheap test before reportedCommitment reads a
// clause: a commitment, an offer or a call among its first words.
func (a *Attributor) commitmentAhead(from, to int) bool {
	for i := from; i < to && i < from+maxNP; i++ {
		if a.toks[i].word && a.class(i)&cCommit != 0 {
			return true
		}
	}
	return false
}

// callTo reads "phoned Erdogan to offer his condolences", "phoned Kishida
// to offer help": a call made to commit or to offer. v is the verb.
func (a *Attributor) callTo(v, to int) bool {
	if a.class(v)&cCommit == 0 || !callVerbs[a.word(v)] {
		return false
	}
	for j := v + 1; j+1 < to && j <= v+5; j++ {
		if a.is(j, "to") {
			return commitments[a.word(j+1)] || a.is(j+1, "offer", "assure", "pledge", "promise", "apologise", "apologize") ||
				a.stanceActsAt(j+1, to)&actOffer != 0
		}
	}
	return false
}

// quotedSource reads "quoted X as saying" or "cited X as saying" at the
// verb group v and returns X.
func (a *Attributor) quotedSource(v, to int) (np, bool) {
	if a.classes&cReportIng == 0 {
		return np{}, false // no "as saying"
	}
	v, _ = a.mainVerb(v, to)
	if !a.is(v, "quoted", "quotes", "quoting", "cited", "cites") {
		return np{}, false
	}
	q, _ := a.scanNP(v+1, to)
	if q.end <= q.start || !a.is(q.end, "as") || a.class(q.end+1)&cReportIng == 0 {
		return np{}, false
	}
	return q, true
}

// commitsTo reports whether the verb group at v states a commitment of its
// subject: "assured his counterpart that…", "has accepted the invitation",
// or a conciliatory act ahead: "will reopen its borders", "would release
// the crew".
func (a *Attributor) commitsTo(v, to int) bool {
	if v < 0 {
		return false
	}
	w, negated := a.mainVerb(v, to)
	if negated {
		return false
	}
	if a.commitmentVerb(w, to) {
		return true
	}
	for a.is(w, "is", "are", "was", "were", "be", "been") {
		w++ // "is ready to", "would be willing to"
	}
	// Not "agreed to": an agreement another side reports is an outcome it
	// claims, and stays its own ("The White House said Colombia had agreed
	// to all the terms", GUIDE.md).
	switch {
	case a.is(w, "expressed", "expresses") && a.regretAhead(w+1, to):
		return true // "expressed his regret over…": an apology
	case a.is(w, "ready", "prepared", "willing") && a.is(w+1, "to"):
		return true // "is prepared to accept", "would be willing to halt"
	case a.class(w)&cReport != 0 && a.is(w, "told", "tells", "said", "says", "informed"):
		// "North Korea told the envoys that it would refrain from tests":
		// the subject's own commitment in what it said.
		for c := a.complementStart(w, to); c < to && c < w+6; c++ {
			if a.class(c)&cPronoun != 0 && a.is(c+1, "would", "will") {
				return yieldVerbs[a.word(c+2)] || a.is(c+2, "be") && a.is(c+3, "ready", "prepared", "willing")
			}
		}
		return false
	}
	if !a.is(v, "will", "would", "is", "are") {
		return false
	}
	if a.is(w, "to") { // "is to reopen"
		w++
	}
	return yieldVerbs[a.word(w)]
}

// regretAhead reports whether regret, sympathy or condolences are named
// within three words from i: "his deep regret", "sympathy".
func (a *Attributor) regretAhead(i, to int) bool {
	for j := i; j < to && j < i+3 && a.toks[j].word; j++ {
		if a.is(j, "regret", "regrets", "sympathy", "condolences", "apology", "apologies") {
			return true
		}
	}
	return false
}

// commitmentVerb reports whether the main verb at w states a commitment:
// "assured", "pledged", "had both committed to a ceasefire", "has given
// assurances", "accepted the invitation".
func (a *Attributor) commitmentVerb(w, to int) bool {
	return commitments[a.word(w)] || a.is(w, "committed", "commits") && a.is(w+1, "to") || a.assuranceAct(w, to)
}

// yieldVerbs are conciliatory acts a state commits to (CAMEO 08, yield).
var yieldVerbs = wordSet("reopen restore resume release free lift ease withdraw return allow normalise normalize " +
	"reinstate unfreeze pardon refrain halt suspend stop")

// assuranceAct: "had given him a personal assurance", "made guarantees",
// "has accepted Erdogan's invitation": a commitment stated through a noun.
// v is the main verb.
func (a *Attributor) assuranceAct(v, to int) bool {
	accept := a.is(v, "accepted", "accepts", "accept")
	if !accept && !a.is(v, "given", "gave", "gives", "give", "made", "makes", "offered", "offers", "provided") {
		return false
	}
	for j := v + 1; j < to && j <= v+8 && (a.toks[j].word || a.toks[j].canon == '\'' || a.toks[j].canon == '-'); j++ {
		if accept && a.is(j, "invitation", "offer", "proposal") {
			return true // "Trump has accepted Erdogan's invitation": a gesture of the one accepting
		}
		if !accept && a.is(j, "assurance", "assurances", "guarantee", "guarantees", "pledge", "promise", "undertaking") {
			return true
		}
	}
	return false
}
