package actors

import "strings"

// Passives, stance-taking acts with a noun ("recalled its ambassador"),
// reactions drawn from an actor, joint events and participle clauses.

// passive handles rule 7: "Y was accused by X of…", "The accusation was
// called “grossly distorted” by Israel's legal team" → speaker X, target Y.
// Without an agent, a passive reporting verb ("Y was accused of…") leaves
// the speaker unknown. It reports false when the verb group at v is no
// passive.
func (a *Attributor) passive(v, to int) (string, bool) {
	i, sawBe := v, false
	for ; i < to && i < v+6 && a.toks[i].word; i++ {
		c := a.class(i)
		if c&cBe != 0 {
			sawBe = true
			continue
		}
		if c&(cAux|cAdverb) != 0 || a.lyAdverb(i) {
			continue
		}
		break
	}
	if !sawBe {
		return a.barePassive(v, to)
	}
	if i >= to || !a.lower(i) {
		return "", false
	}
	if sp, ok := a.expelledFrom(i, to); ok {
		return sp, true
	}
	if a.class(i)&(cPassive|cReport) == 0 && !passiveActs[a.word(i)] {
		return "", false // "were forced from their homes by…": an event
	}
	if a.is(i, "agreed") {
		return "", true // "the visit was agreed by both sides": settled, not said
	}
	for j := i + 1; j < to && j < i+20; j++ {
		if a.quoted[j] {
			continue
		}
		if a.toks[j].canon == ';' || a.toks[j].canon == '.' {
			break
		}
		if a.is(j, "by") {
			agent, _ := a.scanNP(j+1, to)
			m := a.firstActor(agent.ments.all())
			if m < 0 || !agent.actorHeaded() {
				m = a.headActor(agent) // "by the east African bloc IGAD"
			}
			if m >= 0 {
				a.markAll(agent.ments, mSpeaker)
				return a.ments[m].Code, true
			}
			break
		}
	}
	if a.is(i, "quoted", "cited") {
		return "", false // "X was quoted as saying": X speaks
	}
	return "", true // "Y was accused of…", "was reported to have…": no known speaker
}

// selfPresented reports whether the passive verb group at v presents
// its subject as its author would ("was described as", "were justified
// as", "is meant to") or issues it ("was announced", "agreed by"), rather
// than reacting to it ("was condemned").
func (a *Attributor) selfPresented(v, to int) bool {
	for i := v; i < to && i < v+6 && a.toks[i].word; i++ {
		if a.class(i)&(cBe|cAux|cAdverb) != 0 || a.lyAdverb(i) {
			continue
		}
		return presentedVerbs[a.word(i)]
	}
	return false
}

// presentedVerbs are the participles of selfPresented.
var presentedVerbs = wordSet("described justified explained presented billed framed meant intended designed " +
	"aimed tied announced issued published released unveiled delivered agreed signed adopted passed approved")

// passiveActs are stance acts whose agent the passive names after "by":
// "was released by the Cuban government", "were expelled by Moscow".
var passiveActs = wordSet("released freed pardoned expelled deported banned blacklisted designated " +
	"seized impounded detained")

// expelledFrom reads "was deported from Canada", "were expelled from
// Russia": the state that expels takes a stance (a punitive act), and
// names itself as the place left. i is the participle.
func (a *Attributor) expelledFrom(i, to int) (string, bool) {
	if !a.is(i, "deported", "expelled", "banished") || !a.is(i+1, "from") || i+2 >= to {
		return "", false
	}
	mi := a.mentionAt(i + 2)
	if mi < 0 && a.is(i+2, "the") && i+3 < to {
		mi = a.mentionAt(i + 3)
	}
	if mi < 0 || a.ments[mi].Modifier || a.ments[mi].Kind == KindDemonym || a.ments[mi].possessive {
		return "", false
	}
	a.mark[mi] = mSpeaker
	return a.ments[mi].Code, true
}

// underFire reads "came under fire from X over…", "comes under pressure
// from X", "has come under criticism from X": X criticises the subject. A
// literal fire or attack ("the convoy came under fire from rebels") is an
// event, so those two count only with the reason ("over…", "for…").
func (a *Attributor) underFire(subj np, v, to int) (string, bool) {
	v, _ = a.mainVerb(v, to)
	if drewVerbs[a.word(v)] && (a.doc == "" || !metVerbs[a.word(v)]) {
		return a.drewFrom(v, to)
	}
	if !a.is(v, "came", "comes", "come", "coming") || !a.is(v+1, "under") {
		return "", false
	}
	n := v + 2
	if a.is(n, "heavy", "growing", "increasing", "fresh", "renewed", "sharp", "strong", "intense", "international") {
		n++
	}
	figurative := a.is(n, "criticism", "pressure", "scrutiny") || a.movesSubject(subj)
	if !figurative && !a.is(n, "fire", "attack") || !a.is(n+1, "from") {
		return "", false
	}
	k := n + 2
	if a.is(k, "both", "either") {
		k++ // "under fire from both Trump and the Justice Department"
	}
	agent, _ := a.scanNP(k, to)
	m := a.firstActor(agent.ments.all())
	if m < 0 || !agent.actorHeaded() {
		return "", false
	}
	// A person fires only words: "came under fire from Trump".
	if !figurative && !a.is(a.ments[m].t1, "over", "for") && a.ments[m].Kind != KindPerson {
		return "", false
	}
	a.markAll(agent.ments, mSpeaker)
	return a.ments[m].Code, true
}

// movesSubject reports whether the subject names a move or a stance
// rather than people or things ("Tehran's crackdown came under fire from
// the EU", "the plan"): what comes under fire from someone is then
// criticised, not shot at.
func (a *Attributor) movesSubject(subj np) bool {
	for i := subj.start; i < subj.end; i++ {
		if a.toks[i].word && moveNouns[a.word(i)] {
			return true
		}
	}
	return false
}

// moveNouns name moves and stances (see movesSubject).
var moveNouns = wordSet("plan plans decision decisions move moves policy policies crackdown apology remarks " +
	"comments proposal proposals deal law bill announcement deployment handling response approach claim claims " +
	"statement visit sanctions tariffs ban program programme strategy stance reform reforms budget")

// drewFrom reads "drew a sharp rebuke from Washington", "sparked
// protests from Beijing", "prompted a warning from Seoul": the actor the
// reaction came from speaks, of the subject. v is the verb.
func (a *Attributor) drewFrom(v, to int) (string, bool) {
	n := v + 1
	for k := 0; k < 3 && n < to && a.toks[n].word && a.lower(n) && !reactionNouns[a.word(n)]; k++ {
		n++ // "a sharp", "an angry"
	}
	if !reactionNouns[a.word(n)] || !a.is(n+1, "from") {
		return "", false
	}
	agent, _ := a.scanNP(n+2, to)
	m := a.firstActor(agent.ments.all())
	if m < 0 || !agent.actorHeaded() {
		return "", false
	}
	a.markAll(agent.ments, mSpeaker)
	return a.ments[m].Code, true
}

// drawingFrom reads a reaction drawn by the clause before it: "…, drawing
// a protest from Tokyo", "…, prompting condemnation from the Arab League".
func (a *Attributor) drawingFrom(from, to int) (string, bool) {
	for i := from + 1; i < to; i++ {
		if a.toks[i-1].canon == ',' && a.toks[i].word && a.lower(i) && drewVerbs[a.word(i)] &&
			strings.HasSuffix(a.word(i), "ing") && (a.doc == "" || !metVerbs[a.word(i)]) {
			if sp, ok := a.drewFrom(i, to); ok {
				return sp, true
			}
		}
	}
	return "", false
}

// drewVerbs bring on a reaction from someone (see drewFrom).
var drewVerbs = wordSet("drew draws drawn draw drawing prompted prompts prompting sparked sparks sparking " +
	"triggered triggers triggering provoked provokes provoking elicited elicits eliciting earned earns earning " +
	"faced faces face facing received receives receiving met meets")

// metVerbs are the drewVerbs of a move that faced, received or met with a
// reaction ("faced criticism from Beijing", "was met with protests from
// Ankara"). News reports the reaction as the other side's; a speech
// reports it in the speaker's voice ("our offer was met with a warm reply
// from our neighbour"), so there they do not count.
var metVerbs = wordSet("faced faces face facing received receives receiving met meets")

// reactionNouns are the statements a move can draw from an actor.
var reactionNouns = wordSet("rebuke rebukes criticism condemnation condemnations protest protests " +
	"warning warnings complaint complaints objection objections denunciation denunciations reprimand " +
	"threat threats response responses reaction reactions retort outrage anger ire praise rejection " +
	"rejections defiance rebuff rebuffs scorn ridicule vow vows")

// afterQuote returns the first token after a quote that starts at i, or i.
func (a *Attributor) afterQuote(i, to int) int {
	j := i
	for j < to && a.quoted[j] {
		j++
	}
	if j > i && j < to && a.toks[j].word {
		return j
	}
	return i
}

// barePassive reads the passive of a headline, which drops "was": "May's
// plan slammed by EU's Verhofstadt" → the agent speaks. The participle must
// be followed at once by "by": an active "slammed" takes its object there.
func (a *Attributor) barePassive(v, to int) (string, bool) {
	if a.class(v)&cPassive == 0 || !a.is(v+1, "by") {
		return "", false
	}
	agent, _ := a.scanNP(v+2, to)
	if m := a.firstActor(agent.ments.all()); m >= 0 && agent.actorHeaded() {
		a.markAll(agent.ments, mSpeaker)
		return a.ments[m].Code, true
	}
	return "", false
}

// lyAdverb: "unequivocally", "strongly" — adverbs between "was" and the
// participle.
func (a *Attributor) lyAdverb(i int) bool {
	w := a.word(i)
	return len(w) > 4 && w[len(w)-2:] == "ly" && a.lower(i)
}

// verbalAttack reports whether the verb group at v is an attack in words:
// one made by a person ("Erdogan attacked the court's ruling", "the
// president attacked the senator's voting record", "launched a scathing
// attack on the commission"). Armies and states attack with arms; a person
// named in the news attacks with words.
func (a *Attributor) verbalAttack(subj np, v, to int) bool {
	if a.doc != "" || v < 0 {
		return false // a speech says "X attacked Y" of wars
	}
	v, negated := a.mainVerb(v, to)
	if negated {
		return false
	}
	switch {
	case a.is(v, "attacked", "attacks", "attack"):
	case a.is(v, "launched", "launches", "launch", "mounted", "mounts", "unleashed", "unleashes"):
		j := v + 1
		for j < to && j <= v+6 && (a.toks[j].word || a.toks[j].canon == '-') && !attackNouns[a.word(j)] {
			j++
		}
		if !attackNouns[a.word(j)] || !a.is(j+1, "on", "against", "at") {
			return false
		}
	default:
		return false
	}
	if m := a.firstActor(subj.ments.all()); m >= 0 {
		// The person heads the subject: not "Clinton campaign spokesman
		// Brian Fallon attacked…", whose spokesman has no code.
		return a.ments[m].Kind == KindPerson && a.ments[m].t0 >= subj.start && a.ments[m].t1 >= subj.end && !a.ments[m].possessive
	}
	return a.namedPerson(subj) || a.barePresident(subj) != ""
}

// attackNouns are what a person launches in words: "launched a scathing
// attack on", "unleashed a tirade against".
var attackNouns = wordSet("attack attacks broadside tirade salvo")

// findingVerbs state an inquiry's result (see inquiryFinds).
var findingVerbs = wordSet("found finds faulted faults concluded concludes determined determines")

// inquiryFinds reports whether the subject is an inquiry whose verb at v
// states its result: "A Justice Department investigation found that the
// police had used excessive force", "the review faulted the police". A
// finding about the target's conduct is a charge (CAMEO 11), its author
// the speaker.
func (a *Attributor) inquiryFinds(subj np, v, to int) bool {
	if v < 0 {
		return false
	}
	v, negated := a.mainVerb(v, to)
	if negated || !findingVerbs[a.word(v)] {
		return false
	}
	for k := subj.start; k < subj.end; k++ {
		if a.is(k, "investigation", "probe", "inquiry", "review", "audit", "report") {
			return a.headsSubject(subj.start, k)
		}
	}
	return false
}

// deprives reports whether the participle at i denies someone a thing
// rather than a claim: "by denying the Palestinian people their rights",
// "denying access to the inspectors" is conduct, not a statement.
func (a *Attributor) deprives(i, to int) bool {
	if !a.is(i, "denying", "Denying") {
		return false
	}
	for j := i + 1; j < to && j <= i+8 && a.toks[j].word; j++ {
		if a.is(j, "rights", "right", "access", "entry", "visas", "visa", "permission", "freedom", "freedoms") {
			return true
		}
	}
	return false
}

// coordinatedReporting: "The Foreign Office summoned China's ambassador and
// announced sanctions", "Sudan severed ties with the UAE, accusing it of…"
// — a reporting verb coordinated with the main verb, or a reporting
// participle attached to its clause, shares its subject.
func (a *Attributor) coordinatedReporting(v, to int) bool {
	for i := v + 1; i+1 < to; i++ {
		if a.quoted[i] {
			continue
		}
		t := a.toks[i]
		if !t.word && (t.canon == ';' || t.canon == ':') {
			return false
		}
		if t.word && a.class(i)&cReportIng != 0 && a.lower(i) || a.titleCase && a.class(i)&cReportIng != 0 {
			p := i - 1
			if p >= 0 && (a.toks[p].canon == ',' || a.is(p, "after", "before", "while", "by", "without")) && !a.deprives(i, to) {
				return a.ownClause(v, i, to)
			}
		}
		if t.word && a.toks[i-1].canon == ',' && a.ingAct(i, to) {
			return a.ownClause(v, i, to) // "…, severing ties and sealing borders"
		}
		if t.word && a.toks[i-1].canon == ',' && a.doc == "" && a.lower(i) && a.class(i)&cReport != 0 &&
			(a.class(i)&cNounToo == 0 || a.verbReading(i)) && strings.HasSuffix(a.word(i), "s") {
			return a.ownClause(v, i, to) // a headline's second verb: "North Korea freezes tests, vows to close site"
		}
		if !a.is(i, "and", "but", "And", "But") {
			continue
		}
		j := i + 1
		if a.doc == "" && a.is(j, "he", "she") && a.class(j+1)&(cReport|cAdverb|cAux) != 0 {
			j++ // "The president gave an interview and he said…": the same person goes on
		}
		for j < to && a.toks[j].word && (a.class(j)&(cAdverb|cAux) != 0 || a.doc == "" && (a.lyAdverb(j) || a.is(j, "nonetheless", "nevertheless"))) {
			j++ // "but nonetheless sharply criticized"; a speech's "and arrogantly claims" is how it accuses
		}
		if j < to && (a.lower(j) || a.titleCase) && a.class(j)&cReport != 0 && a.mentionAt(j) < 0 {
			return a.ownClause(v, i, to)
		}
		if j < to && a.lower(j) && a.mentionAt(j) < 0 && a.doc == "" && !a.is(j+1, "no") && a.stanceActAt(j, to) {
			return a.ownClause(v, i, to) // "…massed on the outskirts and gave Kinshasa 24 hours to…"
		}
	}
	return false
}

// ownClause reports whether the verb or participle at i still belongs to
// the clause of the verb at v: no subordinate clause that speaks or acts
// opens between them ("…, after Beijing banned imports, accusing Tokyo…":
// the participle is that clause's). Speeches have no such clauses to read.
func (a *Attributor) ownClause(v, i, to int) bool {
	if a.doc != "" {
		return true
	}
	for j := v + 1; j < i; j++ {
		if a.clauseOpens(j, to) {
			return false
		}
	}
	return true
}

// clauseOpens reports whether a subordinate clause with a subject of its
// own that speaks or acts opens at i: "after Beijing banned…", "as Hanoi's
// foreign ministry demanded…" (not "after talks", "as expected", "after
// China held drills", whose participle may still be the main clause's).
func (a *Attributor) clauseOpens(i, to int) bool {
	if !a.toks[i].word || !a.lower(i) || a.class(i)&(cSubord|cPrep) == 0 || !a.is(i, "after", "as", "when", "while",
		"because", "since", "though", "although", "until", "before", "once") {
		return false
	}
	subj, v := a.scanNP(i+1, to)
	return v >= 0 && v == subj.end && subj.end > subj.start && subj.ments.n > 0 &&
		(a.reportingAt(v, to) || a.stanceActAt(v, to))
}

// mayAct is a cheap first test for stanceActAt at a verb itself (not at
// an auxiliary before it): whether the word can be the verb of a stance
// act, or lead to one (decideVerbs).
func (a *Attributor) mayAct(v int) bool {
	return a.flags(v)&fActVerb != 0
}

// stanceActAt: "made the remarks", "issued a stern reminder", "imposed
// sanctions", "halted aid", "recalled its ambassador", "declared a
// ceasefire" are acts that take a stance, with a noun that says so instead
// of a reporting verb: their subject is the speaker. The verb and its noun
// must belong to the same act (stanceActs), within five words.
func (a *Attributor) stanceActAt(v, to int) bool {
	return a.stanceActsAt(v, to) != 0
}

// mainVerb returns the verb of the verb group at v, after a headline's
// "to" ("Seoul to cut aid"), its auxiliaries and adverbs ("had previously
// raised concerns"), and whether "not" or "never" came before it.
func (a *Attributor) mainVerb(v, to int) (int, bool) {
	if a.is(v, "to") && v+1 < to && a.headlineTo(v) {
		v++ // "Seoul to cut aid": a headline's future
	}
	for k := 0; k < 6 && v+1 < to && a.toks[v].word; k++ {
		if a.is(v, "not", "never") {
			return v, true
		}
		if j := a.controlTo(v, to); j > v {
			v = j // "was quick to deny", "rushed to reassure"
			continue
		}
		if a.class(v)&(cAux|cAdverb) == 0 && !a.lyAdverb(v) && !a.is(v, "both", "all", "each") {
			break
		}
		v++
	}
	return v, false
}

// The words controlTo reads: one before "to" ("quick to"), one before a
// second word ("left scrambling to"), and an occasion used ("used his
// speech to"). Each has the flag fControl.
var (
	controlBefore = wordSet("quick swift quicker forced compelled obliged rushed rushes hastened hastens " +
		"scrambled scrambles")
	controlPair     = wordSet("left felt feels")
	controlOccasion = wordSet("used uses using took takes")
)

// controlTo returns the verb after a phrase at i whose subject is also
// the doer of that verb ("was quick to deny", "was forced to apologise",
// "felt compelled to protest", "was left scrambling to defend", "rushed
// to reassure", "used his speech to accuse"), or -1. News tells how an
// actor took a stance this way.
func (a *Attributor) controlTo(i, to int) int {
	if a.flags(i)&fControl == 0 {
		return -1
	}
	w := a.word(i)
	j := i
	switch {
	case controlBefore[w]:
		j = i + 1
	case controlPair[w] && a.is(i+1, "scrambling", "struggling", "compelled", "obliged", "forced"):
		j = i + 2
	case controlOccasion[w]:
		// "used Prime Minister's Questions to accuse…", "used his speech
		// to warn…", "took to Twitter to attack…": an occasion taken to
		// speak, when a verb of speech follows.
		j = i + 1
		if w == "took" || w == "takes" {
			if !a.is(j, "to") {
				return -1
			}
			j++
		}
		for ; j+1 < to && j < i+14 && (a.toks[j].word || a.toks[j].canon == '\''); j++ {
			if a.is(j, "force", "forces", "troops", "army", "military", "weapons", "violence", "tanks", "muscle") {
				return -1 // "using force to oppose…": force, not words
			}
			if !a.is(j, "to") {
				continue
			}
			if a.class(j+1)&cReport != 0 || a.is(j+1, "attack", "bash", "savage") {
				break // past "his address to the Assembly as a platform" to the verb
			}
			if a.class(j+1)&cDet == 0 && a.mentionAt(j+1) < 0 && !a.capitalised(j+1) {
				return -1 // "used to try to justify": a verb, not a place the occasion was addressed to
			}
		}
	default:
		return -1
	}
	if !a.is(j, "to") || j+1 >= to || !a.toks[j+1].word {
		return -1
	}
	return j + 1
}

// participle reports whether the word at v reads as a past participle:
// "-ed" or an irregular form of a stance act's verb ("given", "cut").
func (a *Attributor) participle(v int) bool {
	w := a.word(v)
	return a.toks[v].word && (strings.HasSuffix(w, "ed") || irregularParticiples[w])
}

// headlineTo reports whether the "to" at v follows nothing but actors from
// the start of the sentence or of a headline's colon: "Imran Khan to
// free…", "Kremlin: Seoul, Tokyo to resume…", not "the plan of the US to…".
func (a *Attributor) headlineTo(v int) bool {
	k := v - 1
	for k >= 0 && (a.mentionAt(k) >= 0 || a.toks[k].canon == ',' || a.is(k, "and")) {
		k--
	}
	return k < v-1 && (k < 0 || a.toks[k].canon == ':')
}

// stanceActsAt returns the acts (bit k for stanceActs[k]) that the verb
// group at v takes, or 0.
func (a *Attributor) stanceActsAt(v, to int) uint32 {
	v0 := v
	if a.is(v, "must", "should", "ought") {
		return 0 // "the United States must sever its ties": what another demands of it
	}
	v, negated := a.mainVerb(v, to)
	if negated {
		return 0
	}
	if v > v0 && a.class(v-1)&cBe != 0 && a.participle(v) {
		return 0 // "The agreements were signed at the summit": a passive, whose subject does nothing
	}
	if a.is(v, "voted", "votes", "decided", "decides", "moved", "moves") || a.doc == "" && a.is(v, "sought", "seeks") {
		k := v + 1
		if a.is(k, "on") && a.class(k+1)&cTime != 0 {
			k += 2 // "voted on Tuesday to impose…"
		}
		if a.is(k, "to") && k+1 < to {
			// "Iraq's parliament voted to expel US troops", "decided to
			// recall its envoy": a decision to take a stance is one.
			if a.class(k+1)&cReport != 0 {
				return actDecided
			}
			if a.is(v, "sought", "seeks") {
				return 0 // "sought to reassure Seoul", but not "seeks to lift sanctions"
			}
			return a.stanceActsAt(k+1, to)
		}
	}
	if a.is(v, "suspended", "suspends", "suspend") && a.mentionAt(v+1) >= 0 {
		// "The African Union suspended Mali from all its activities", "The
		// OAS suspended Honduras on Saturday"
		if m := a.ments[a.mentionAt(v+1)]; a.is(m.t1, "from") || !m.possessive && a.g.isState(m.Code) {
			return actSuspend
		}
	}
	if a.is(v, "began", "begins", "begin", "started", "starts", "start") && v+1 < to && a.doc == "" && a.ingAct(v+1, to) {
		return actStatement // "began withdrawing its troops", "started expelling…"
	}
	if a.is(v, "took", "takes", "take", "taken") && a.is(v+1, "the") {
		// "took the rare step of scolding Seoul's ambassador", "took the
		// unusual step of summoning…"
		j := v + 2
		for j < to && j < v+5 && a.toks[j].word && a.lower(j) && !a.is(j, "step") {
			j++
		}
		if a.is(j, "step") && a.is(j+1, "of") && j+2 < to &&
			(a.class(j+2)&cReportIng != 0 || a.lyAdverb(j+2) && a.class(j+3)&cReportIng != 0 || a.ingAct(j+2, to)) {
			return actStatement
		}
	}
	if a.is(v, "gave", "gives", "give", "given") {
		// "gave Arafat 48 hours to stop the violence": an ultimatum.
		for j := v + 1; j+1 < to && j <= v+8 && a.toks[j].word; j++ {
			if k := j + 1; a.is(j, "hours", "days", "weeks", "week", "month", "months") && (a.is(k, "to") || a.is(k, "on") && a.class(k+1)&cTime != 0 && a.is(k+2, "to")) {
				return actStatement // "gave Arafat 48 hours (on Saturday) to…"
			}
		}
	}
	return a.actObject(v, v0, stanceActVerbs[a.word(v)], to)
}

// actObject returns the acts among groups whose noun follows the verb at v
// within five words ("recalled its ambassador"), or 0; v0 is where the
// verb group starts.
func (a *Attributor) actObject(v, v0 int, groups uint32, to int) uint32 {
	if groups == 0 {
		return 0
	}
	limit := v + 5
	if groups&(actDesignate|actNamed|actPut|actHanded) != 0 {
		limit = v + 9 // "designated the group's armed wing as a terrorist…", "referred to the Saudi crown prince as…"
	}
	for j := v + 1; j < to && j <= limit; j++ {
		if groups&actDesignate != 0 && (a.toks[j].canon == '-' || a.toks[j].canon == '"') {
			limit++ // "designated 71-year-old X as a “global terrorist”"
			continue
		}
		if !a.toks[j].word && (a.toks[j].canon == '\'' || a.toks[j].canon == '-') && !a.toks[j].space {
			limit++
			continue // "suspended Mali's membership", "freed the British-flagged tanker"
		}
		if a.toks[j].canon == ',' && j+1 < to && a.lower(j+1) && a.toks[j+1].word {
			limit += 2
			continue // "halted all air, road, rail and postal links"
		}
		if mi := a.mentionAt(j); mi >= 0 && a.ments[mi].t1 > j+1 {
			// "freed 10 U.S. Navy sailors", "pulled the U.S. out of the
			// deal": a name counts as one word, whatever its stops.
			limit += a.ments[mi].t1 - j - 1
			j = a.ments[mi].t1 - 1
			continue
		}
		if (a.quoted[j] && groups&actDesignate == 0) || !a.toks[j].word {
			return 0
		}
		if g := stanceActObjects[a.word(j)] & groups; g != 0 {
			return g
		}
		if v > v0 && a.is(j, "no") {
			// "has made no mention of" reports a silence; the bare "made no
			// mention" stays an act, as the gold articles read it.
			return 0
		}
		if a.is(j, "out", "of", "off", "away", "from", "and", "or") {
			limit++ // "pulled out of the planned talks", "walked away from the deal", "civilian and military cooperation"
		}
	}
	return 0
}

// ingAct reports whether the word at i is the participle of a reporting
// verb or of a stance act with its noun: "…, authorising all necessary
// measures", "…, severing ties and sealing borders", "…, putting Tehran on
// notice". A concern raised by an event is not one ("…, raising concerns
// in Seoul").
func (a *Attributor) ingAct(i, to int) bool {
	w := a.word(i)
	if len(w) < 6 || !strings.HasSuffix(w, "ing") || !a.lower(i) {
		return false
	}
	stem := w[:len(w)-3]
	bases := [3]string{stem, stem + "e", ""}
	if n := len(stem); stem[n-1] == stem[n-2] {
		bases[2] = stem[:n-1] // "banning", "putting"
	}
	for _, b := range bases {
		if b == "" {
			continue
		}
		if lexicon[b]&cReport != 0 {
			return true
		}
		if a.actObject(i, i, stanceActVerbs[b]&^actConcern, to) != 0 {
			return true
		}
	}
	return false
}

// jointEvent: "Seoul and Tokyo agreed to resume talks", "Xi and Biden
// agree…" report what several actors settled together, an event rather
// than one speaker's stance; "Sudan has agreed to reopen its borders" is
// Sudan's.
func (a *Attributor) jointEvent(subj *np, v, to int) bool {
	first := a.firstActor(subj.ments.all())
	if first < 0 {
		return false
	}
	joint := false
	for _, mi := range append(subj.ments.all(), subj.appos.all()...) {
		if m := a.ments[mi]; !m.Modifier && m.Code != a.ments[first].Code {
			joint = true
		}
	}
	if !joint {
		return false
	}
	for i := v; i < to && i < v+12; i++ {
		if a.quoted[i] {
			continue
		}
		if a.is(i, "agree", "agrees", "agreed", "Agree", "Agrees", "Agreed") {
			// "…, pledging respect for each other's sovereignty": a joint
			// statement after all.
			for j := i + 1; j < to; j++ {
				if !a.quoted[j] && a.toks[j].canon == ',' && a.class(j+1)&cReportIng != 0 {
					return false
				}
			}
			return true
		}
		if a.class(i)&cReport != 0 {
			return false
		}
	}
	return false
}

// promptedSpeaker finds the actor an event prompted to take a stance:
// "North Korea fired a missile over Hokkaido, prompting Tokyo to lodge a
// protest". It returns the mention or -1.
func (a *Attributor) promptedSpeaker(from, to int) int {
	if a.classes&(cVerb|cReport) == 0 {
		return -1 // no verb to take a stance with
	}
	for i := from; i+3 < to; i++ {
		if a.mentionAt(i+1) < 0 || !a.is(i, "prompting", "forcing", "leading", "pushing", "spurring", "provoking") {
			continue
		}
		m := a.mentionAt(i + 1)
		k := a.ments[m].t1
		if a.ments[m].possessive {
			// "prompting Seoul's military to warn…": through its office.
			var office bool
			if k, office = a.pastOffice(k, to, func(i int) bool { return a.is(i, "to") }); !office {
				continue
			}
		}
		if a.is(k, "to") && k+1 < to && (a.class(k+1)&cReport != 0 || a.stanceActAt(k+1, to)) {
			return m
		}
	}
	return -1
}

// pastOffice skips the possessive at i and the office named after it, up
// to the word where ends holds ("Seoul's defence ministry to…", "Kyiv's
// air force saying…"), and returns that word; office is false when no
// office (a role word, at most three words) comes between.
func (a *Attributor) pastOffice(i, to int, ends func(int) bool) (next int, office bool) {
	i = a.skipPossessive(i)
	start := i
	for i < to && i < start+3 && a.toks[i].word && a.lower(i) && !ends(i) {
		i++
	}
	return i, i > start && a.class(i-1)&cRole != 0
}

// participleSpeaker finds the actor that is the subject of a reporting
// participle outside the main clause: "…, with Beijing accusing Washington
// of…", "the clip showed Assad taking aim at Obama", or the main subject's
// own office: "…, with its army calling…". It returns the mention or -1.
func (a *Attributor) participleSpeaker(subj np, to int) int {
	if a.classes&cReportIng == 0 && a.flagged&fTake == 0 {
		return -1 // no "accusing", no "taking aim"
	}
	from := subj.end
	// "…, with its army calling the demolition a response": the main
	// subject speaks through its office; "opened the year with a tweet
	// charging that…": through a statement.
	for i := from; i+3 < to; i++ {
		if !a.is(i, "with") || !a.is(i+1, "its", "their", "a", "an") {
			continue
		}
		if a.is(i+1, "a", "an") && !(stanceActObjects[a.word(i+2)]&actStatement != 0 || a.is(i+2, "tweet", "post", "video")) {
			continue
		}
		for j := i + 2; j < to && j <= i+4 && a.toks[j].word; j++ {
			if a.class(j)&cReportIng != 0 && (a.class(j-1)&cRole != 0 || a.is(i+1, "a", "an")) {
				if m := a.firstActor(subj.ments.all()); m >= 0 && !a.ments[m].possessive && a.ments[m].Kind != KindDemonym {
					return m
				}
			}
		}
	}
	for mi, m := range a.ments {
		if m.t0 < from || m.t1 >= to || m.Modifier || m.Kind == KindDemonym || a.quoted[m.t0] {
			continue
		}
		p := m.t1
		if m.possessive {
			// "with Kyiv's air force saying…": through its office.
			var office bool
			if p, office = a.pastOffice(p, to, func(i int) bool { return a.class(i)&cReportIng != 0 }); !office {
				continue
			}
		}
		if a.is(p, "repeatedly", "also", "again", "publicly", "openly") {
			p++
		}
		if a.class(p)&cReportIng != 0 || a.takingAim(p) {
			b := m.before()
			if a.is(b, "by", "to", "against", "from", "on", "at", "for") {
				continue // "a warning to Moscow saying…" names a target
			}
			return mi
		}
	}
	return -1
}

// takeWords are the forms of "take" that takingAim reads.
var takeWords = map[string]bool{"taking": true, "took": true, "takes": true}

// takingAim: "taking aim at", "taking a shot at", "taking a swipe at".
func (a *Attributor) takingAim(p int) bool {
	if !a.is(p, "taking", "took", "takes") {
		return false
	}
	if a.is(p+1, "a") {
		p++
	}
	return a.is(p+1, "aim", "shot", "swipe", "jab", "dig") && a.is(p+2, "at")
}
