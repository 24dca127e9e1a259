package actors

// Who a subject speaks for: the actor it names or the office it holds, or
// no one (analysts, rebels, former officials), and the own state an
// office speaks of.

// pressSubject reports whether subj is the press with no code: "the
// newspaper", "the paper's report", "Japanese media".
func (a *Attributor) pressSubject(subj np) bool {
	if subj.head != headNonActor || a.firstActor(subj.ments.all()) >= 0 {
		return false
	}
	for i := subj.start; i < subj.end; i++ {
		if a.class(i)&cPress != 0 {
			return true
		}
	}
	return false
}

// subjectSpeaker picks the speaker from the subject of a reporting verb: the
// first actor in it that is not a modifier ("North Korea's foreign ministry"
// → PRK, "South Korean President Yoon" → KOR, "the US, South Korea and
// Japan" → USA). The other actors of the phrase are co-speakers or qualify
// the speaker, so they are not targets. Without an actor, a pronoun or a
// bare office ("the ministry", "Mr Lin") speaks for the last speaker.
func (a *Attributor) subjectSpeaker(subj np, reporting bool) (string, bool) {
	subj = a.withoutPostings(subj)
	if a.doc != "" && a.firstActor(subj.ments.all()) < 0 && a.firstPerson(subj.start) {
		a.own = true // "We condemn…", "My delegation welcomes…", "This Government will…"
		return a.doc, false
	}
	if a.doc == "" && a.firstActor(subj.ments.all()) < 0 && subj.head != headPronoun {
		// "The declaration agreed by NATO leaders names…": the subject
		// ended at a participle, and the statement's author follows it.
		if m := a.statementAuthor(subj); m >= 0 {
			return a.speaks(m), false
		}
	}
	if subj.head == headNonActor {
		if m := a.firstActor(subj.ments.all()); m >= 0 && a.doc != "" && a.ments[m].Code == a.doc {
			// "The Ukrainian people will…" in Ukraine's own speech.
			a.markAll(subj.ments, mSpeaker)
			a.own = true
			return a.doc, false
		}
		if m := a.byActor(subj); m >= 0 {
			// "A report by KCNA said…": the report is its author's.
			a.markAll(subj.ments, mSpeaker)
			return a.ments[m].Code, false
		}
		if m := a.headActor(subj); m >= 0 {
			// "the east African bloc IGAD": the phrase ends in its actor.
			a.markAll(subj.ments, mSpeaker)
			return a.ments[m].Code, false
		}
		if m := a.statementAuthor(subj); m >= 0 && a.doc == "" {
			// "Riyadh's first account insisted…", "The indictment
			// unsealed by the Justice Department accuses…": a statement
			// speaks for its author.
			return a.speaks(m), false
		}
		for _, mi := range subj.appos.all() {
			if a.ments[mi].Kind == KindMedia {
				// "The North's main newspaper, Rodong Sinmun, said…": a
				// state medium named in apposition speaks for its state.
				a.markAll(subj.ments, mSpeaker)
				a.mark[mi] = mSpeaker
				return a.ments[mi].Code, false
			}
		}
		// "Chinese analysts said": the actor qualifies a speaker with no code.
		a.markAll(subj.ments, mNonActor)
		return "", reporting
	}
	if subj.titleAppos && a.uncodedAppositive(subj) {
		// "Alexei Navalny, the Russian opposition leader, said", "John
		// Bolton, the president's former adviser, said": someone who does
		// not speak for the state the appositive or the name gives.
		a.markAll(subj.ments, mNonActor)
		a.markAll(subj.appos, mNonActor)
		return "", reporting
	}
	if m := a.firstActor(subj.ments.all()); m >= 0 && a.notTheState(subj, m) {
		// "Syrian rebels said", "Bosnian Serb leader Radovan Karadzic
		// warned": people of a state who do not speak for it.
		a.markAll(subj.ments, mNonActor)
		return "", reporting
	}
	if m := a.firstActor(subj.ments.all()); m >= 0 && a.ments[m].possessive && !a.roleAfter(a.ments[m].t1, subj.end) {
		if ap := a.titleActor(subj.appos.all()); ap >= 0 {
			// "Trump's closest ally, Israeli Prime Minister Netanyahu,
			// said": the possessive qualifies someone the appositive names.
			a.markAll(subj.ments, mSpeaker)
			a.mark[ap] = mSpeaker
			return a.ments[ap].Code, false
		}
	}
	if m := a.firstActor(subj.ments.all()); m >= 0 {
		a.markAll(subj.ments, mSpeaker)
		if sharedSeats[a.s[a.toks[a.ments[m].t0].start:a.ments[m].End]] {
			// "At the weekly briefing in Islamabad, the Foreign Office
			// said…", "The Foreign Office spokesperson told the briefing
			// in Islamabad…": Pakistan's, not Britain's.
			if p := a.placedIn(a.ments[m].Code); p >= 0 {
				return a.ments[p].Code, false
			}
		}
		if p := a.titledPerson(subj, m); p >= 0 {
			return a.ments[p].Code, false // "U.N. Ambassador Nikki Haley": the person's state
		}
		if h := a.possessedActor(subj, m); h >= 0 {
			return a.ments[h].Code, false // "Lebanon's Hezbollah threatened…"
		}
		a.learnSpeakerName(subj.start, subj.end, a.ments[m].Code)
		return a.ments[m].Code, false
	}
	if subj.ments.n > 0 {
		// Only modifiers ("the US-led coalition said"): never a speaker.
		a.markAll(subj.ments, mSpeaker)
		return "", reporting
	}
	if m := a.titleActor(subj.appos.all()); m >= 0 && subj.titleAppos {
		// "Kim Yo Jong, the sister of Kim Jong Un, said": the appositive
		// names the actor.
		a.mark[m] = mSpeaker
		a.learnSpeakerName(subj.start, subj.end, a.ments[m].Code)
		return a.ments[m].Code, false
	}
	switch subj.head {
	case headPronoun:
		if subj.expletive {
			return "", false // "It was not immediately clear…"
		}
		if a.doc != "" && a.last == a.doc && a.other != "" && a.nth-a.otherAt <= maxOtherGap {
			// A speech names itself "we", so "It also claims…" goes on
			// with the actor it last reported, across a sentence of its own.
			return a.other, false
		}
		if a.last == "" && a.doc == "" && a.nth == 1 {
			// "He said China would never…" standing alone: as with a bare
			// office, the speaker speaks of their own state.
			return a.ownCommitment(subj.end), false
		}
		return a.last, false
	case headRole, headName:
		if a.place >= 0 {
			// "In Seoul, the unification ministry said…"
			a.mark[a.place] = mSpeaker
			return a.ments[a.place].Code, false
		}
		if a.last != "" {
			return a.last, false
		}
		if a.doc != "" {
			// "The ministry reiterates…" in the ministry's own statement.
			return a.doc, false
		}
		if m := a.apposAuthor(subj); m >= 0 {
			// "The statement, issued by the Russian embassy, said…"
			return a.speaks(m), false
		}
		if c := a.selfReference(subj.end); c != "" {
			return c, false
		}
		if m := a.firstMedia(); m >= 0 {
			// "The statement, carried by KCNA, said…": state media speak
			// for their state.
			return a.speaks(m), false
		}
		return a.barePresident(subj), false
	}
	if a.doc != "" && subj.head == headOther {
		return "", false // "The resolution calls for…" in a speech: the speech's statement
	}
	return "", reporting && subj.end > subj.start
}

// withoutPostings drops from a subject's actors the ones named as a
// posting ("the country's mission to the United Nations", "its envoy to
// NATO"): they are not whom the office speaks for, nor targets.
func (a *Attributor) withoutPostings(subj np) np {
	var kept idxList
	for _, mi := range subj.ments.all() {
		m := a.ments[mi]
		p := m.before()
		if a.is(p, "to") && a.is(p-1, "mission", "missions", "ambassador", "ambassadors", "envoy", "envoys",
			"representative", "delegation", "delegate", "observer") ||
			a.is(p, "at") && a.is(p-1, "diplomat", "diplomats", "delegate", "delegates", "envoy", "envoys") {
			// "the country's mission to the UN", "a diplomat at the UN"
			a.mark[mi] = mSpeaker
			continue
		}
		kept.add(mi)
	}
	if kept.n == subj.ments.n {
		return subj
	}
	subj.ments = kept
	return subj
}

// notTheState reports whether a subject whose first actor is m names
// people of a state who do not speak for it: insurgents of the state
// ("Syrian rebels", "Iraqi militias"), an ethnic group named by two
// demonyms ("Bosnian Serb leader"), or a body with a proper name of its own
// after a demonym ("the American Soybean Association").
func (a *Attributor) notTheState(subj np, m int) bool {
	mm := a.ments[m]
	if mm.Kind == KindPerson && a.doc == "" && a.campaignAfter(mm, subj.end) {
		return true // "Biden campaign accuses…", "Donald Trump's campaign slammed…": a candidate's organ
	}
	if mm.Kind == KindPerson && mm.senses != nil && a.doc == "" && !a.titled(mm) && a.outOfTitledTime(mm) {
		// Undated: "Rubio called President Obama…": the title dates the
		// sentence to Obama's terms, when Rubio held no office.
		return true
	}
	if mm.former() && a.doc == "" && !a.titled(mm) && (a.onTheTrail() || a.laterHolder(mm)) {
		// Undated: "Hillary Clinton vowed at a campaign stop…", a former
		// office-holder running; "Obama faulted Trump's…", one out of
		// office by the time of someone the sentence names.
		return true
	}
	if mm.possessive && mm.Kind != KindDemonym && a.doc == "" && subj.ments.n == 1 && !a.roleAfter(mm.t1, subj.end) {
		// "Egypt's Muslim Brotherhood", "Sierra Leone's Revolutionary
		// United Front": a body of the state's people, not the state.
		for i := mm.t1; i < subj.end; i++ {
			if a.toks[i].word && peopleBodies[a.word(i)] {
				return true
			}
		}
		return a.insurgentAfter(a.skipPossessive(mm.t1))
	}
	if mm.Kind == KindPerson && a.careerBefore(subj.start, mm.t0) {
		return true // "Mayor Pete Buttigieg", "Texas Governor Rick Perry": not the office the gazetteer knows
	}
	if mm.Kind != KindPerson && !mm.possessive && a.doc == "" && a.careerBefore(mm.t1, subj.end) {
		return true // "London Mayor Sadiq Khan", "US Senator Marco Rubio", "Washington State Attorney General…"
	}
	if mm.Kind != KindDemonym || a.doc != "" {
		return false // a name of a state, an armed group or an organisation speaks for itself
	}
	if n := mm.t1; n < subj.end && a.mentionAt(n) >= 0 && a.ments[a.mentionAt(n)].Kind == KindDemonym {
		return true
	}
	org := false
	if a.insurgentAfter(mm.t1) {
		return true
	}
	for i := mm.t1; i < subj.end; i++ {
		org = org || a.toks[i].word && orgNouns[a.word(i)]
	}
	return org && subj.ments.n == 1 && !a.roleAfter(mm.t1, subj.end)
}

// careerBefore reports whether tokens [from, to), the title before a
// person's name, give a post that does not speak for a state: a mayor, a
// governor, a member of a legislature, a candidate, a state's attorney
// general ("California Attorney General Xavier Becerra"). Undated news
// cannot tell which of a person's posts a name stands for; the title can.
func (a *Attributor) careerBefore(from, to int) bool {
	for i := from; i < to; i++ {
		if !a.toks[i].word || a.mentionAt(i) >= 0 {
			continue // "Prime Minister Hun Sen" is no senator
		}
		if careerWords[a.word(i)] {
			return true
		}
		if a.is(i, "Attorney", "attorney") && i > from && a.mentionAt(i-1) < 0 && (a.is(i-1, "state") ||
			a.capitalised(i-1) && !a.is(i-1, "Deputy", "Associate", "Assistant", "Acting", "Principal", "The")) {
			return true // a state's, not the United States' ("U.S. Attorney General" names its state)
		}
	}
	return false
}

// campaignAfter reports whether "campaign" follows the person m in a
// subject ending at to: "the Obama campaign", "Trump's campaign manager"
// speak for a candidate, not a state.
func (a *Attributor) campaignAfter(m mention, to int) bool {
	i := m.t1
	if m.possessive {
		i = a.skipPossessive(i)
	}
	return i < to && a.is(i, "campaign", "Campaign")
}

// onTheTrail reports whether the sentence speaks of an election campaign:
// in undated news, a person whose last term has ended and who campaigns is
// a candidate then, not the office-holder of an earlier term.
func (a *Attributor) onTheTrail() bool {
	for i := range a.toks {
		if a.toks[i].word && trailWords[a.word(i)] {
			return true
		}
	}
	return false
}

// laterHolder reports whether the sentence names another office-holder
// of m's state all of whose offices began after m's term ended: undated
// news that names both is news of the later one's time, when m was out of
// office ("Rudd accused the Turnbull government…"). One who held office
// alongside m or before ("Trump" beside "Pence" or "Biden") leaves the
// time open, and so does a successor sworn in the day m left, whom news
// names before that day too ("Obama" and "Trump" in the transition).
func (a *Attributor) laterHolder(m mention) bool {
	for _, o := range a.ments {
		if o.Kind != KindPerson || o.Code != m.Code || o.t0 == m.t0 || o.term.from <= m.term.to {
			continue
		}
		if a.is(o.t0-1, "candidate", "nominee", "hopeful", "challenger", "elect") {
			continue // "President-elect Trump": not yet in office
		}
		after := true // every office of o began after m's term ended
		for _, s := range o.senses {
			after = after && (!s.dated || s.from > m.term.to)
		}
		if after {
			return true
		}
	}
	return false
}

// outOfTitledTime reports whether the sentence names another person of
// m's state with the title of an office ("President Obama", "Secretary
// Kerry") none of whose terms meets any of m's: undated news that gives
// the title is news of that person's time, when m held no office. (A
// title abroad often recalls the past: "the late leader Hugo Chávez".)
// Terms that only touch, one ending the day the other begins, do not
// meet: "President Biden" beside a campaigning Trump, "President Obama"
// beside the president-elect.
func (a *Attributor) outOfTitledTime(m mention) bool {
	for _, o := range a.ments {
		if o.Kind != KindPerson || o.Code != m.Code || o.senses == nil || o.t0 == m.t0 || !a.titled(o) || a.formerTitle(o) {
			continue
		}
		meets := false
		for _, s := range m.senses {
			for _, t := range o.senses {
				meets = meets || !s.dated || !t.dated || s.from < t.to && t.from < s.to
			}
		}
		if !meets {
			return true
		}
	}
	return false
}

// formerTitle reports whether "former", "ex-" or "late" comes before the
// title of person m ("former President Obama"), which then dates nothing.
func (a *Attributor) formerTitle(m mention) bool {
	for i := max(0, m.t0-3); i < m.t0; i++ {
		if a.is(i, "former", "Former", "ex", "Ex", "late", "then") {
			return true
		}
	}
	return false
}

// titled reports whether an office's title stands before or in the name
// of person m ("President Obama", "Secretary of State John Kerry"): the
// title says the person held the office when the news was written.
func (a *Attributor) titled(m mention) bool {
	for i := max(0, m.t0-1); i < m.t1; i++ {
		if a.toks[i].word && a.class(i)&cRole != 0 {
			return true
		}
	}
	return false
}

// trailWords are the words of an election campaign (see onTheTrail).
var trailWords = wordSet("campaigning campaigned candidate candidacy " +
	"primary primaries caucus caucuses fundraiser stump frontrunner front-runner")

// careerWords are titles of posts that speak for no state (see
// careerBefore).
var careerWords = wordSet("Mayor mayor Governor governor Gov Sen Senator senator Rep Opposition opposition " +
	"Congressman Congresswoman congressman congresswoman Assemblyman Assemblywoman candidate hopeful " +
	"nominee challenger then-candidate backbencher MP lawmaker legislator")

// insurgentAfter reports whether an insurgent word follows token i
// within three words: "Syrian rebels", "an Iraqi armed faction".
func (a *Attributor) insurgentAfter(i int) bool {
	for j := i; j < len(a.toks) && j < i+3 && a.toks[j].word && a.lower(j); j++ {
		if insurgentWords[a.word(j)] {
			return true
		}
	}
	return false
}

// insurgentWords name fighters against their own state's government.
var insurgentWords = wordSet("rebel rebels insurgent insurgents separatist separatists militia militias " +
	"guerrilla guerrillas mutineers faction factions")

// orgNouns end the names of bodies outside government: "the American
// Soybean Association", "the Syrian Observatory for Human Rights".
var orgNouns = wordSet("Association Society Foundation Institute Academy Federation Observatory Chamber " +
	"Institution League Network Centre Center Bar Corporation Company Airlines Bank Group Forum Movement " +
	"Alliance Front")

// peopleBodies name, after a state's possessive, a body of its people that
// is not its government: "Egypt's Muslim Brotherhood", "Russia's Wagner
// Group" (unlike "Britain's National Cyber Security Centre").
var peopleBodies = wordSet("Front Brotherhood Party Movement League Alliance Company Corporation Airlines " +
	"Association Society Foundation Group Democrats Republicans Socialists Conservatives Liberals Greens")

// statementAuthor returns the actor that a subject names as the author of
// a statement, a document or a measure at its head, or -1:
//
//   - its owner: "Trump's remarks", "Beijing's retaliatory tariffs", "the
//     Israeli army's warning";
//   - an agency or organisation, or the US, as its modifier: "a Pentagon
//     report", "the General Assembly resolution", "US tariffs";
//   - its agent: "the statement by the French presidency", "a warning from
//     Beijing", "the decree signed by Putin", "the white paper on Taiwan
//     issued by Beijing", "the report of the UN mission".
//
// The noun must head the subject ("The uproar over Trump's comments" is
// no statement of his), after at most a quantity ("the first round of US
// tariffs").
func (a *Attributor) statementAuthor(subj np) int {
	for k := subj.start; k < subj.end; k++ {
		w := a.word(k)
		statement := stanceActObjects[w]&actStatement != 0 || actNouns[w] || a.decisionTo(k)
		if !statement && !measureNouns[w] {
			continue
		}
		if !a.headsSubject(subj.start, k) {
			break
		}
		if mi := a.ownerOf(subj.start, k); mi >= 0 {
			return mi
		}
		if mi := a.modifierAuthor(subj.start, k); mi >= 0 {
			return mi
		}
		if mi := a.agentOf(k, statement); mi >= 0 {
			return mi
		}
	}
	return -1
}

// modifierAuthor returns the actor named right before the noun at k as its
// modifier, when that names an author: an agency, a seat, an organisation
// or the US ("a Pentagon report", "the General Assembly resolution", "US
// tariffs"; "Iran sanctions" are on Iran). Or -1.
func (a *Attributor) modifierAuthor(from, k int) int {
	if k <= from {
		return -1
	}
	// "a Pentagon inspector general report": the office
	// between the agency and the noun is the agency's.
	for j := k - 1; j > from && j >= k-2 && a.is(j, "inspector", "general", "Inspector", "General", "watchdog", "internal", "oversight"); j-- {
		k = j
	}
	mi := a.mentionAt(k - 1)
	if mi < 0 {
		return -1
	}
	m := a.ments[mi]
	if m.t1 != k || m.possessive || m.Modifier {
		return -1
	}
	if m.Code == "USA" || !a.g.isState(m.Code) || m.Kind == KindSeat || m.Kind == KindMedia {
		return mi
	}
	return -1
}

// measureNouns are documents and measures that a subject names with their
// author ("Beijing's retaliatory tariffs took effect", "the decree signed
// by Putin bans…"); the statements of stanceActs are such nouns too.
var measureNouns = wordSet("suspension restrictions tariffs duties sanctions embargo ban bans order request " +
	"decree report indictment recall fine declaration communique communiqué framework response reaction " +
	"withdrawal account demands paper justification determination advice advisory addition agreement " +
	"findings assessment accusation accusations allegation allegations claim claims " +
	"investigation probe inquiry review audit")

// capitalAt returns the state whose capital is named at i ("Beijing", "the
// Rwandan capital"), or -1.
func (a *Attributor) capitalAt(i int) int {
	if a.is(i, "the") {
		i++
	}
	if i >= len(a.toks) {
		return -1
	}
	mi := a.mentionAt(i)
	if mi < 0 || a.ments[mi].Modifier {
		return -1
	}
	switch m := a.ments[mi]; {
	case m.Kind == KindCapital && m.t0 == i:
		return mi
	case m.Kind == KindDemonym && a.is(m.t1, "capital"):
		return mi
	}
	return -1
}

// byWithin reports whether "by" comes within n words from i.
func (a *Attributor) byWithin(i, n int) bool {
	for j := i; j < len(a.toks) && j < i+n; j++ {
		if a.is(j, "by") {
			return true
		}
	}
	return false
}

// documentNouns take their author after "of": "the report of the UN
// mission" (but "the expulsion of 23 diplomats" names its object).
var documentNouns = wordSet("report statement communique communiqué findings declaration account")

// headsSubject reports whether the noun at k heads the phrase that starts
// at from: before it only determiners, modifiers, an owner and a quantity
// with "of" ("the first round of US tariffs"), no other preposition.
func (a *Attributor) headsSubject(from, k int) bool {
	for i := from; i < k; i++ {
		t := a.toks[i]
		switch {
		case a.mentionAt(i) >= 0:
		case i > from && isDash(a.toks[i-1]) && !t.space:
			// the inner words of a compound: "tit-for-tat", "anti-dumping"
		case !t.word:
			if t.canon != '\'' && !isDash(t) {
				return false
			}
		case a.is(i, "of"):
			// "the first round of US tariffs", "Secretary of State John
			// Kerry's announcement"
			if !a.is(i-1, "round", "wave", "set", "batch", "list", "package", "series", "raft") && !a.capitalised(i-1) {
				return false
			}
		case a.class(i)&(cPrep|cVerb|cReport|cAux|cConj|cSubord) != 0 && a.class(i)&cNounToo == 0:
			return false
		}
	}
	return true
}

// ownerOf returns the actor whose possessive owns the noun at k, with at
// most three modifiers between ("Kim Jong Un's rare statement", "the State
// Department's annual human rights report"), or -1.
//
// An office between owner and possessive still gives its state: "the
// Israeli army's warning", "the ICC prosecutor's request".
func (a *Attributor) ownerOf(from, k int) int {
	office := false // an office word stands right before the possessive
	for p := k - 1; p >= from && p >= k-9; p-- {
		if p > from && a.is(p, "s") && a.toks[p-1].canon == '\'' || a.toks[p].canon == '\'' {
			continue
		}
		mi := a.mentionAt(p)
		if mi < 0 {
			if a.toks[p].word && a.class(p)&cRole != 0 && p+1 < k && a.toks[p+1].canon == '\'' {
				office = true
				continue
			}
			if !a.toks[p].word && !isDash(a.toks[p]) || a.toks[p].word && !a.lower(p) {
				return -1
			}
			continue
		}
		if m := a.ments[mi]; !m.Modifier && m.t1 <= k && (m.possessive || office && m.t1 == p+1) {
			return mi
		}
		return -1
	}
	return -1
}

// agentOf returns the author named after the noun at k: "by" or "from"
// right after it or after a participle ("issued by", "handed to Qatar by
// Saudi Arabia", "the white paper on Taiwan issued by Beijing"), or "of"
// after a document ("the report of the UN mission"). A demonym counts with
// an office: "by the French presidency", not "by French researchers".
func (a *Attributor) agentOf(k int, statement bool) int {
	by, participle := -1, false
	if actNouns[a.word(k)] {
		for j := k + 1; j < len(a.toks) && j <= k+8 && a.toks[j].canon != ','; j++ {
			if a.is(j, "by") {
				by = j // "the expulsion of two attaches by the Dutch government"
				break
			}
		}
	}
	for j := k + 1; by < 0 && j < len(a.toks) && j <= k+8; j++ {
		if !a.toks[j].word {
			if a.quoted[j] || a.toks[j].canon == ',' && !(j+1 < len(a.toks) && a.lower(j+1) && a.participle(j+1)) {
				break // but "The expulsion of 15 diplomats, announced by…"
			}
			continue
		}
		if a.is(j, "by") || a.is(j, "from") && j == k+1 && statement {
			if j == k+1 || participle {
				by = j
			}
			break
		}
		if a.is(j, "of") && j == k+1 && documentNouns[a.word(k)] {
			by = j
			break
		}
		if participle && a.is(j, "in") && documentNouns[a.word(k)] {
			// "A report published on Monday in the Kenyan capital claimed…",
			// "a statement issued in Beijing": the capital it comes from.
			if mi := a.capitalAt(j + 1); mi >= 0 && !a.byWithin(a.ments[mi].t1, 4) {
				return mi // (not "released in London by Amnesty")
			}
		}
		if a.participle(j) && a.lower(j) {
			participle = true
		} else if c := a.class(j); c&(cReport|cAux|cBe) != 0 || c&cVerb != 0 && c&cNounToo == 0 {
			break
		}
	}
	if by < 0 {
		return -1
	}
	agent, _ := a.scanNP(by+1, len(a.toks))
	mi := a.firstActor(agent.ments.all())
	if mi < 0 || !agent.actorHeaded() {
		mi = a.headActor(agent) // "by the east African bloc IGAD"
	}
	if mi < 0 || a.ments[mi].t0 > by+6 || a.ments[mi].Kind == KindDemonym && !a.roleAfter(a.ments[mi].t1, agent.end) {
		return -1
	}
	return mi
}

// actNouns name a stance act by its author: "the expulsion of 23 diplomats
// by Theresa May's government".
var actNouns = wordSet("expulsion expulsions")

// decisionTo reports whether the word at k is a decision or a move to take
// a stance: "Algeria's decision to end relations", "Tokyo's move to
// recall its envoy".
func (a *Attributor) decisionTo(k int) bool {
	if !a.is(k, "decision", "move", "threat", "vow", "pledge", "offer") || !a.is(k+1, "to") || k+2 >= len(a.toks) {
		return false
	}
	w := a.word(k + 2)
	return lexicon[w]&cReport != 0 || a.stanceActsAt(k+2, len(a.toks)) != 0
}

// placedIn returns the place the sentence sets itself in, when its state
// is not code: the leading "In Seoul," or, failing that, the first capital
// after "in" ("told the briefing in Islamabad"). Or -1.
func (a *Attributor) placedIn(code string) int {
	if a.place >= 0 {
		if a.ments[a.place].Code != code {
			return a.place
		}
		return -1
	}
	for mi, m := range a.ments {
		if m.Kind == KindCapital && m.Code != code && a.is(m.before(), "in") {
			return mi
		}
	}
	return -1
}

// sharedSeats are seats of government whose English name other states'
// ministries share: "the Foreign Office" is Britain's unless the sentence
// places it elsewhere.
var sharedSeats = map[string]bool{"Foreign Office": true}

// uncodedAppositive reports whether an appositive of subj describes
// someone who speaks for no state: "Alexei Navalny, the Russian opposition
// leader,", "John Bolton, the president's former adviser,", "Joshua Wong,
// the Hong Kong activist,".
func (a *Attributor) uncodedAppositive(subj np) bool {
	inAppos := false
	for i := subj.start; i < subj.end; i++ {
		if a.toks[i].canon == ',' {
			// Only a descriptive appositive ("the …", "Trump's …"), not
			// "who faces opposition".
			inAppos = !inAppos && (a.is(i+1, "the", "a", "an") || i+2 < subj.end && a.toks[i+2].canon == '\'')
			continue
		}
		if inAppos && a.toks[i].word && a.lower(i) && a.class(i)&cNonActor != 0 {
			return true
		}
	}
	return false
}

// titledPerson returns the person that a title opening with an
// organisation introduces ("U.N. Ambassador Nikki Haley", "NATO envoy Kay
// Bailey Hutchison"), or -1: the person speaks for their own state. A
// state's title keeps its state ("Serbian President Slobodan Milosevic"
// in 1991). Only capitalised title words or offices may stand between.
func (a *Attributor) titledPerson(subj np, m int) int {
	ms := subj.ments.all()
	if len(ms) < 2 || ms[0] != m || a.ments[m].Kind == KindPerson || a.ments[m].possessive || a.g.isState(a.ments[m].Code) {
		return -1
	}
	p := ms[1]
	if a.ments[p].Kind != KindPerson || a.ments[p].Code == a.ments[m].Code {
		return -1
	}
	for i := a.ments[m].t1; i < a.ments[p].t0; i++ {
		if !a.toks[i].word || a.lower(i) && a.class(i)&cRole == 0 {
			return -1
		}
	}
	return p
}

// possessedActor returns the actor that heads a subject after a state's
// possessive, when it is a body of its own ("Lebanon's Hezbollah", "Iraq's
// Kurdistan Regional Government"), or -1: the possessive only places it.
// Offices, people and media of the state itself share its code.
func (a *Attributor) possessedActor(subj np, m int) int {
	mm := a.ments[m]
	if !mm.possessive {
		return -1
	}
	if !a.g.isState(mm.Code) {
		return -1 // "The African Union's Peace and Security Council" is the AU's
	}
	l := subj.ments.all()
	for k, mi := range l {
		if mi != m || k+1 >= len(l) {
			continue
		}
		n := a.ments[l[k+1]]
		// The body follows the possessive at once ("Lebanon ' s
		// Hezbollah"), heads the subject, and is no state itself.
		if a.adjectivesOnly(a.skipPossessive(mm.t1), n.t0) && a.onlyRolesFrom(n.t1, subj.end) && !a.g.isState(n.Code) && !n.Modifier && (n.Kind == KindName || n.Kind == KindAlias) {
			return l[k+1]
		}
	}
	return -1
}

// adjectivesOnly reports whether tokens [i, j) are at most two lower-case
// words that qualify a name: "Sudan's paramilitary Rapid Support Forces".
func (a *Attributor) adjectivesOnly(i, j int) bool {
	if j < i || j-i > 2 {
		return false
	}
	for k := i; k < j; k++ {
		if !a.toks[k].word || !a.lower(k) || a.class(k)&(cDet|cPrep|cConj|cRole) != 0 {
			return false
		}
	}
	return true
}

// apposAuthor returns the actor that an aside names as the author of a
// statement subject ("The statement, issued by the Russian embassy,", "The
// letter, signed by Iran's envoy,"), or -1.
func (a *Attributor) apposAuthor(subj np) int {
	if subj.ments.n > 0 || subj.appos.n == 0 {
		return -1
	}
	stmt := false
	for k := subj.start; k < subj.end && !stmt && !a.is(k, ","); k++ {
		stmt = stanceActObjects[a.word(k)]&actStatement != 0
	}
	if !stmt {
		return -1
	}
	for _, mi := range subj.appos.all() {
		m := a.ments[mi]
		p := m.before()
		if !m.theT && a.is(p, "the") {
			p-- // "by the Russian embassy": a demonym takes no "the" of its own
		}
		if !m.Modifier && a.is(p, "by") && (m.Kind != KindDemonym || a.roleAfter(m.t1, subj.end)) {
			return mi
		}
	}
	return -1
}

// headActor returns the actor that ends a phrase and names the noun
// before it ("the east African bloc IGAD", "the rebel group M23"), or -1.
func (a *Attributor) headActor(subj np) int {
	l := subj.ments.all()
	k := 0
	for k < len(l) && a.class(a.ments[l[k]].t1)&cPrep == 0 && a.ments[l[k]].t1 != subj.end {
		k++ // the phrase may go on with the verb's complement: "by the bloc IGAD of arming…"
	}
	if k == len(l) {
		return -1
	}
	m := a.ments[l[k]]
	p := m.before()
	if m.Modifier || m.Kind == KindDemonym || m.Kind == KindPerson || m.possessive || !a.lower(p) || a.class(p)&cRole == 0 {
		return -1 // the actor must name the noun before it: "bloc IGAD", "state Qatar"
	}
	return l[k]
}

// onlyRolesFrom reports whether [i, end) holds nothing but lower-case
// role nouns: "Lebanon's Hezbollah", "Yemen's Houthi rebels".
func (a *Attributor) onlyRolesFrom(i, end int) bool {
	for ; i < end; i++ {
		if !a.toks[i].word || !a.lower(i) || a.class(i)&cRole == 0 {
			return false
		}
	}
	return true
}

// byActor returns the actor that authors a non-actor noun ("a report by
// KCNA", "a study by the Pentagon"), or -1; a demonym ("a study by Chinese
// researchers") qualifies the author instead.
func (a *Attributor) byActor(subj np) int {
	for _, mi := range subj.ments.all() {
		m := a.ments[mi]
		p := m.before()
		if p >= 3 && a.is(p, "s") && a.toks[p-1].canon == '\'' && m.Kind == KindMedia {
			// "a report by the North's Korean Central News Agency"
			p -= 2
			for p >= 0 && a.toks[p].word && !a.is(p, "by") && a.capitalised(p) {
				p--
			}
			if a.is(p, "the") {
				p--
			}
		}
		if !m.Modifier && m.Kind != KindDemonym && a.is(p, "by") {
			return mi
		}
	}
	return -1
}

// roleAfter reports whether a role noun ("minister", "ministry") follows
// in [i, end) before a comma: "Japan's prime minister" names an office of
// Japan, "Trump's closest ally" does not.
func (a *Attributor) roleAfter(i, end int) bool {
	for ; i < end && i < len(a.toks); i++ {
		if a.toks[i].canon == ',' {
			return false
		}
		if a.toks[i].word && a.class(i)&cRole != 0 {
			return true
		}
	}
	return false
}

// firstPerson reports whether the phrase at i speaks of its own speaker:
// "we", "I", "my delegation", "our Government", "this Government".
func (a *Attributor) firstPerson(i int) bool {
	for i < len(a.toks) && !a.toks[i].word {
		i++
	}
	if a.is(i, "this", "This") {
		return a.class(i+1)&cRole != 0
	}
	return a.is(i, "we", "We", "I", "my", "My", "our", "Our")
}

// selfReference: with no earlier speaker to refer to, an official with no
// actor named is taken to speak of their own country, in the third person
// with a modal or auxiliary ("Defence Minister Rajnath Singh said India had
// exercised its right…").
func (a *Attributor) selfReference(v int) string {
	i := v
	for i < len(a.toks) && i < v+4 && !(a.toks[i].word && a.class(i)&cReport != 0) {
		i++
	}
	accusing := a.is(i, accusingVerbs...)
	told := a.is(i, "told", "tells", "tell")
	r := i
	i++
	for k := 0; told && k < 4 && i < len(a.toks) && a.toks[i].word && a.mentionAt(i) < 0 && !a.is(i, "that"); k++ {
		i++ // "told reporters", "told the committee": whom it was said to
	}
	if a.is(i, "that") {
		i++
	} else if r < len(a.toks) && !told {
		i = a.complementStart(r, len(a.toks)) // "said on Sunday that"
	}
	if i < len(a.toks) && a.is(i, "the") {
		i++ // "said the Israeli army would…"
	}
	if i >= len(a.toks) || a.mentionAt(i) < 0 {
		return ""
	}
	m := a.ments[a.mentionAt(i)]
	if m.Kind == KindDemonym && !m.Modifier && a.is(m.t1, forceNouns...) && a.is(m.t1+1, "would", "will") {
		// "said the Israeli army would keep up its siege", "said Russian
		// troops would take Grozny": what the state's own forces will do.
		m.t1++
		m.Kind = KindName
	}
	if m.Modifier || m.possessive || m.Kind == KindDemonym || m.t1 >= len(a.toks) || !a.g.isState(m.Code) {
		return "" // an office speaks for a state, never for an armed group it reports on
	}
	if a.is(m.t1, "firmly", "resolutely", "strongly", "consistently", "categorically", "unequivocally", "fully") &&
		a.class(m.t1+1)&cReport != 0 {
		return m.Code // "The ministry said China firmly opposes…": a stand, not a report
	}
	if a.is(m.t1, "reserved", "reserves") && a.is(m.t1+1, "the") {
		return m.Code // "said Israel reserved the right to strike back"
	}
	if !a.is(m.t1, "would", "will", "had", "has", "could", "remained", "remains", "was", "is", "stood", "wanted", "wants") {
		return ""
	}
	if a.is(m.t1, "would", "will") && a.is(m.t1+1, "face", "bear", "pay", "suffer", "regret", "lose") {
		return "" // "said Riyadh would pay dearly": what awaits another
	}

	// "The official said Iran had violated the deal", "Garland said Iran
	// was trying to undermine…": what a state is accused of doing is said
	// of another, not of the official's own state.
	// A denial ("had no intention of provoking") or a future ("would not
	// be bullied") is the state's own stand.
	if a.is(m.t1, "was", "is", "had", "has") {
		if a.is(m.t1+1, "no") && a.is(m.t1+2, "right", "business", "place", "legitimacy") {
			return "" // "said Beijing had no right to…": denied to another
		}
		if accusing && !a.is(m.t1+1, "not", "no", "never") {
			return "" // "warned that Iran was preparing attacks"
		}
		for i := m.t1 + 1; i < len(a.toks) && i <= m.t1+4 && a.toks[i].word && !a.is(i, "not", "no", "never"); i++ {
			if accusedActs[a.word(i)] && !(a.is(i, "committed", "committing") && a.is(i+1, "to")) {
				return "" // "had committed atrocities", not "had committed to talks"
			}
		}
	}
	return m.Code
}

// forceNouns, after a demonym, name a state's own armed forces.
var forceNouns = []string{"army", "troops", "forces", "military", "navy", "air", "soldiers", "government", "authorities"}

// accusingVerbs report what is said of another: a state that their
// complement says was or is doing something is not the speaker's own
// ("warned that Iran was preparing attacks"); one that will do something
// may be ("warned that Hungary would veto…").
var accusingVerbs = []string{"warned", "warns", "accused", "accuses", "claimed", "claims", "alleged", "alleges",
	"charged", "charges", "complained", "complains", "blamed", "blames", "feared", "fears", "suspected", "suspects"}

// accusedActs are the words of an accusation that a report makes of a
// state: an official who says a state "had violated" or "was meddling" is
// not speaking of their own.
var accusedActs = wordSet("violated violating lied lying cheated cheating interfered interfering " +
	"meddled meddling undermine undermining undermined trying attempting plotting plotted behind " +
	"responsible sponsoring sponsored harbouring harboring harboured harbored advantage stealing stole " +
	"provoking provoked hacking hacked spying spied bullying bullied deceiving breaching breached " +
	"flouting flouted obstructing obstructed destabilising destabilizing aggression aggressive hostile " +
	"inventing fabricating spreading waging committed committing stoking malign maligning deliberately " +
	"secretly illegally danger dangerous threat menace liar liars rogue pariah aggressor enemy guilty culprit")

// ownCommitment is selfReference for a pronoun with nothing to refer to,
// which names its speaker even less than an office does: only a
// commitment or a stand reads as the speaker's own state ("He said China
// would never yield", "It added that Tehran remained committed"). What
// awaits a state ("It warned that Tokyo would face…", "He said Spain was
// the only laggard") is said of another.
func (a *Attributor) ownCommitment(v int) string {
	c := a.selfReference(v)
	if c == "" {
		return ""
	}
	i := v
	for i < len(a.toks) && a.mentionAt(i) < 0 {
		i++
	}
	if i >= len(a.toks) {
		return ""
	}
	j := a.ments[a.mentionAt(i)].t1
	switch {
	case a.is(j, "would", "will"):
		if a.is(j+1, "not", "never") {
			return c // "would not tolerate", "will never allow"
		}
		if a.is(j+1, "face", "bear", "be", "pay", "suffer", "find", "regret", "have", "lose") {
			return ""
		}
		return c
	case a.is(j, "remained", "remains", "wanted", "wants", "stood"):
		return c
	case a.is(j, "was", "is", "had", "has"):
		if a.is(j+1, "ready", "willing", "committed", "prepared", "open", "determined", "careful", "a",
			"never", "not", "no") {
			return c
		}
	}
	return ""
}

// quotedStand returns the state that a sentence-opening quote names first
// with a stand of its own ("“Iran has never sought…", "“China will not
// yield…"), or "".
func (a *Attributor) quotedStand() string {
	i := a.firstWord
	if i >= len(a.toks) || a.mentionAt(i) < 0 || !a.quoted[i] {
		return ""
	}
	m := a.ments[a.mentionAt(i)]
	if m.Modifier || m.possessive || m.Kind == KindDemonym {
		return ""
	}
	j := m.t1
	if a.is(j, "has", "have", "is", "was", "will", "would", "does", "did") && a.is(j+1, "never", "not", "no") ||
		a.is(j, "will", "would") && a.is(j+1, "always", "continue", "remain", "stand", "defend") {
		return m.Code
	}
	return ""
}

// namedPerson reports whether subj names a person the gazetteer does not
// know: "Kalin", "Mr. Altun".
func (a *Attributor) namedPerson(subj np) bool {
	return subj.head == headName ||
		subj.head == headRole && a.flags(subj.start)&fHonorific != 0 && subj.end-subj.start <= 4 && a.capitalised(subj.end-1)
}

// barePresident returns "USA" when subj is "the president" or "the
// secretary of state" in a document that has named no one before:
// American news, the bulk of English-language news, calls its own
// president and secretary of state so, while wire copy about another
// state's names them first (and the last speaker then stands for them).
// Otherwise it returns "".
func (a *Attributor) barePresident(subj np) string {
	if a.doc != "" || a.last != "" || len(a.seen) > 0 || subj.ments.n > 0 || subj.appos.n > 0 {
		return ""
	}
	i := subj.start
	if a.is(i, "the", "The") {
		i++
	}
	if a.is(i, "outgoing", "incoming") {
		i++ // still in office, unlike a "former" one
	}
	end := subj.end
	for end > i+1 && a.class(end-1)&cAdverb != 0 {
		end-- // "The president also said…"
	}
	switch {
	case a.is(i, "president") && i+1 == end:
	case a.is(i, "secretary", "Secretary") && a.is(i+1, "of") && a.is(i+2, "state", "State") && i+3 == end:
		// "The secretary of state warned…": Britain's have a department
		// after it ("Secretary of State for Defence").
	default:
		return ""
	}
	return "USA"
}
