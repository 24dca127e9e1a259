package actors

// Attributions that come after the clause or inside it: "…, X said",
// "…, according to X", "The plan, the ministry said, …", and reporting
// verbs in a later clause.

// trailing looks for a segment after the clause's verb that attributes the
// whole sentence: "…, X said (on Monday)", "…, said X", "…, according to
// X", "…, they said". Later segments are tried first. When the subject
// scan found no verb (v < 0) only "X said" and "according to X" count, not
// the inverted "said X", which would then be the main verb.
func (a *Attributor) trailing(start, v, to int) (tail, bool) {
	after := start
	if v > after {
		after = v
	}
	end := to
	for i := to - 1; i > after; i-- {
		if a.quoted[i] && a.toks[i].word {
			continue
		}
		t := a.toks[i]
		// A closing quote ends a segment too, a single one only where the
		// quote ends: "Meeting was ‘amazing event’ says North Korean media".
		closes := a.quoted[i] && (t.canon == '"' || t.canon == '\'' && i+1 < to && !a.quoted[i+1])
		boundary := t.canon == ',' || t.r == '—' || t.canon == ';' || closes
		if !boundary {
			continue
		}
		if tl, ok := a.tailAttribution(i+1, end, v >= 0); ok {
			return tl, true
		}
		if end < to && t.canon == ',' && a.toks[end].canon == ',' {
			// "…, Kim Yo Jong, the leader's sister, said…": the subject
			// runs on over its appositive.
			if tl, ok := a.tailAttribution(i+1, to, v >= 0); ok {
				return tl, true
			}
		}
		if !closes {
			end = i
		}
	}
	return tail{}, false
}

// parenthetical finds an attribution set off by commas or dashes inside
// the sentence: "The plan, the ministry said, is final", "Military
// strikes — the only option left, Mr. Obama said — remain…". Only a short segment
// counts: its subject, the reporting verb and at most a few words of time
// or manner ("said on Monday"); a longer one is a clause of its own.
func (a *Attributor) parenthetical(from, to int) (tail, bool) {
	if a.delims < 2 {
		return tail{}, false
	}
	for i := from; i < to; i++ {
		if a.delimiter(i) == 0 {
			continue
		}
		for j := i + 2; j < to-1 && j <= i+16; j++ {
			if a.quoted[j] {
				break
			}
			if a.delimiter(j) == 0 {
				continue
			}
			if a.hasReporting(i+1, j) && !a.listGoesOn(from, i) {
				if t, ok := a.tailAttribution(i+1, j, true); ok && t.core >= 0 && j-t.core <= 9 && a.plainAfter(t.core+1, j) {
					return t, true
				}
			}
			break
		}
	}
	return tail{}, false
}

// hasReporting reports whether [i, j) holds a reporting verb: the cheap
// test before an aside is read as an attribution.
func (a *Attributor) hasReporting(i, j int) bool {
	for ; i < j; i++ {
		if a.toks[i].word && a.class(i)&(cReport|cInvert) != 0 {
			return true
		}
	}
	return false
}

// inversionEnds reports whether no clause follows the subject of an
// inverted attribution ("…, said Kim on Monday", "…, said the ministry in a
// statement carried by KCNA", "…, said Lin Jian, a spokesperson, who…"):
// "…, says Ukrainian warplane was flying near" is a clause of its own. A repeated verb ("said Obama
// said") is a slip, not a clause.
func (a *Attributor) inversionEnds(i, to int) bool {
	for i < to && !a.toks[i].word {
		i++ // the comma that ends an appositive
	}
	if a.is(i, "said", "says") || i < to && a.class(i)&cRelative != 0 {
		return true // "said Lin Jian, a spokesperson, who also accused…"
	}
	k := a.nextComma(i-1, to, 60)
	if k < 0 {
		k = to
	}
	for ; i < k; i++ {
		if a.toks[i].word && (a.class(i)&(cBe|cAux|cReport) != 0 && a.class(i)&cNounToo == 0 || a.edVerb(i)) {
			return false
		}
	}
	return true
}

// listGoesOn reports whether tokens [from, i) before a comma are one
// actor's name that a list goes on from: "Canada, Australia and Portugal
// announced…" is a compound subject, not an aside.
func (a *Attributor) listGoesOn(from, i int) bool {
	m := a.mentionAt(from)
	return m >= 0 && a.ments[m].t1 == i && i+1 < len(a.toks) && a.mentionAt(i+1) >= 0
}

// plainAfter reports whether tokens [i, j) after an attribution name no
// actor and no agent: "said on Monday", "told reporters at the White
// House", not "blamed by the Pentagon" or "said Iran".
func (a *Attributor) plainAfter(i, j int) bool {
	for ; i < j; i++ {
		if a.is(i, "by") || a.toks[i].word && a.class(i)&(cBe|cAux|cReport) != 0 {
			return false // an agent, or a clause: "said Russia's conduct was reckless"
		}
		if m := a.mentionAt(i); m >= 0 {
			if b := a.ments[m].before(); !a.is(b, "at", "in", "from") {
				return false
			}
			i = a.ments[m].t1 - 1 // a venue: "at the White House", "in Tehran"
		}
	}
	return true
}

// leads reports whether mention m heads the noun phrase p: it opens it,
// after at most a title ("Gen. Martin Dempsey", "the Kremlin"), and no
// preposition comes before it ("warnings about Hamas").
func (a *Attributor) leads(p np, m int) bool {
	t0 := a.ments[m].t0
	if t0-p.start > 3 || p.head == headNonActor {
		return false
	}
	for i := p.start; i < t0; i++ {
		if a.toks[i].word && a.class(i)&cPrep != 0 {
			return false
		}
	}
	return true
}

// delimiter returns ',' or '—' when token i is an unquoted comma or dash
// that can set off an aside, or 0.
func (a *Attributor) delimiter(i int) rune {
	t := a.toks[i]
	if t.word || a.quoted[i] {
		return 0
	}
	switch {
	case t.canon == ',':
		return ','
	case t.r == '—' || t.r == '–':
		return '—'
	}
	return 0
}

// tailAttribution matches one segment against the attribution patterns.
// inverted allows "said X".
func (a *Attributor) tailAttribution(from, to int, inverted bool) (tail, bool) {
	for from < to && !a.toks[from].word && a.mentionAt(from) < 0 {
		from++
	}
	if from >= to || a.quoted[from] || a.class(from)&(cConj|cSubord|cRelative) != 0 && a.toks[from].word {
		return tail{}, false // "…, and Japan said…", "…, which Polish officials confirmed"
	}
	// according to X
	if (a.is(from, "according") || a.is(from, "According")) && from+1 < to && a.is(from+1, "to") {
		subj, _ := a.scanNP(from+2, to)
		if subj.end > subj.start {
			subj.according = true
			return tail{subj: subj, agent: -1, core: -1}, true
		}
		return tail{}, false
	}
	// said X
	i := from
	for i < to && a.toks[i].word && a.class(i)&cAdverb != 0 {
		i++
	}
	if inverted && i < to && a.class(i)&cInvert != 0 && (a.lower(i) || a.titleCase) {
		// The subject must follow at once: "said Kim", "said the ministry",
		// not "said during a visit…" (a clause of its own).
		n := i + 1
		if n >= to || !a.toks[n].word || a.mentionAt(n) < 0 && a.class(n)&(cDet|cRole) == 0 && !a.capitalised(n) {
			return tail{}, false
		}
		subj, _ := a.scanNP(n, to)
		if subj.end > subj.start && subj.canSpeak() && a.inversionEnds(subj.end, to) {
			return tail{subj: subj, agent: -1, core: subj.end - 1}, true
		}
		return tail{}, false
	}
	// X said — the segment must open with its subject: an actor, a
	// determiner, a pronoun, an office or a name, not "far less than X
	// claimed" or "saying that…".
	if !a.opensSubject(from) {
		return tail{}, false
	}
	subj, v := a.scanNP(from, to)
	if v < 0 || subj.end <= subj.start || v-from > 22 || !a.reportingAt(v, to) || !subj.canSpeak() || subj.nounThenActor {
		return tail{}, false
	}
	for j := from; j < v; j++ {
		if a.is(j, "after", "before", "since", "until", "because", "while", "when") {
			return tail{}, false // "…, Oslo and Madrid after the governments announced…": a clause of time
		}
	}
	for j := v + 1; j < to && j <= v+2; j++ {
		if a.is(j, "that") {
			return tail{}, false // "…, Japan said that…" heads a clause of its own
		}
	}
	t := tail{subj: subj, agent: -1, core: v}
	for j := v + 1; j+1 < to && j <= v+4; j++ {
		if !a.toks[j].word && a.toks[j].canon != '\'' || a.class(j)&cSubord != 0 {
			break // "…, but she said Washington would not stand by while Tehran…": another clause
		}
		if a.is(j, "by") {
			agent, _ := a.scanNP(j+1, to)
			t.agent = a.firstActor(agent.ments.all())
			break
		}
	}
	return t, true
}

// opensSubject reports whether token i can open a subject noun phrase.
func (a *Attributor) opensSubject(i int) bool {
	if a.mentionAt(i) >= 0 {
		return true
	}
	if !a.toks[i].word {
		return false
	}
	c, capd := a.classOfTok(i)
	if capd || c&(cDet|cPronoun|cRole|cNonActor|cPress) != 0 || rankWords[a.word(i)] {
		return true
	}
	// "national security adviser John Bolton said": a title that opens
	// with a word of its own.
	plain := func(k int) bool { return a.lower(k) && a.class(k)&(cConj|cPrep|cDet) == 0 }
	return plain(i) && (a.class(i+1)&cRole != 0 || plain(i+1) && a.class(i+2)&cRole != 0)
}

// speakerOfTail turns an attribution segment into a speaker. clause is the
// subject of the attributed clause, when the sentence is not a quote.
func (a *Attributor) speakerOfTail(t tail, clause *np) (string, bool) {
	if t.subj.head == headNonActor || a.firstActor(t.subj.ments.all()) >= 0 ||
		t.subj.titleAppos && a.titleActor(t.subj.appos.all()) >= 0 {
		return a.subjectSpeaker(t.subj, true)
	}
	if t.agent >= 0 {
		// "a spokesperson was quoted as saying by KCNA"
		a.mark[t.agent] = mSpeaker
		return a.ments[t.agent].Code, false
	}
	if m := a.stateReferredTo(t.subj); m >= 0 {
		// "No one can take a drop of Egypt's water, the country's
		// president warned": the country the sentence names.
		return a.speaks(m), false
	}
	clauseActor := a.selfSubject(clause)
	switch t.subj.head {
	case headPronoun:
		// ", it said": whoever spoke last; failing that, the clause's subject.
		if a.last != "" {
			return a.last, false
		}
		return clauseActor, false
	case headRole, headName:
		if t.subj.according && t.subj.ments.n == 0 {
			return "", false // "…, according to a joint statement": no named source
		}
		// "Beijing will never…, the defence ministry said": the ministry
		// usually speaks for the clause's own subject.
		if a.place >= 0 {
			return a.ments[a.place].Code, false
		}
		if clauseActor != "" {
			return clauseActor, false
		}
		if a.last != "" {
			return a.last, false
		}
		if m := a.firstMedia(); m >= 0 {
			// "…,” the junta's spokesman said on state broadcaster ORTM"
			return a.speaks(m), false
		}
		return a.barePresident(t.subj), false
	}
	return "", true
}

// stateReferredTo returns the first state named before a tail whose
// subject opens with "the country's" ("the nation's", "the kingdom's"),
// or -1.
func (a *Attributor) stateReferredTo(subj np) int {
	i := subj.start
	if a.doc != "" || !a.is(i, "the") || !a.is(i+1, "country", "nation", "kingdom") || !a.is(i+3, "s") {
		return -1
	}
	for mi, m := range a.ments {
		if m.t0 >= i {
			break
		}
		if a.g.isState(m.Code) && m.Kind != KindDemonym {
			return mi
		}
	}
	return -1
}

// selfSubject returns the actor an office in a trailing attribution most
// likely speaks for: the clause's own subject, when it is named as a
// country or body ("Beijing will never…, the defence ministry said",
// "Pakistan tested a missile, the military said") — not a demonym with a
// noun ("North Korean soldiers crossed…, the JCS said"), which is what the
// office reports about, and not when the clause names other actors too,
// unless the subject is followed by a modal or auxiliary.
func (a *Attributor) selfSubject(clause *np) string {
	if clause == nil || clause.head == headNonActor {
		return ""
	}
	m := a.firstActor(clause.ments.all())
	if m < 0 {
		return ""
	}
	mm := a.ments[m]
	if mm.Kind == KindDemonym || mm.possessive {
		return ""
	}
	n := mm.t1
	for n < len(a.toks) && a.quoted[n] && !a.toks[n].word {
		n++ // "China ‘does not seek confrontation’…"
	}
	if n < len(a.toks) && (a.class(n)&cAux != 0 || a.is(n, "never", "firmly", "resolutely", "always")) {
		return mm.Code // "Beijing will never…", "China never seeks hegemony…": a stand of its own
	}
	if clause.end < len(a.toks) && a.stanceActAt(clause.end, len(a.toks)) {
		return mm.Code // "Turkey doubled its tariffs on American cars, the vice president said": its own act
	}
	for _, o := range a.ments {
		if o.Code != mm.Code && a.mark[a.mentionAt(o.t0)] == mTarget {
			return ""
		}
	}
	return mm.Code
}

// embeddedReporting finds a reporting verb after the main clause and reads
// its own subject: "…days after the US defence secretary, Pete Hegseth, said
// that…". The clause starts after the nearest subordinating word. main is
// the main clause's subject, which a pronoun there may stand for.
func (a *Attributor) embeddedReporting(v, to int, main *np) (string, bool, bool) {
	from := v + 1
	if v < 0 {
		from = 1
	}
	for r := from; r < to; r++ {
		if a.quoted[r] || !a.lower(r) {
			continue
		}
		reporting := a.class(r)&cReport != 0 && (a.class(r)&cNounToo == 0 || a.doc == "" && a.verbReading(r))
		// "…after a Pentagon review found…": an
		// inquiry's finding, in news (its subject is checked below).
		finding := !reporting && a.doc == "" && findingVerbs[a.word(r)]
		// "…, after Beijing banned all seafood imports from Japan": a
		// stance act in news.
		if !reporting && !finding && (a.doc != "" || !a.toks[r].word || !a.mayAct(r) || !a.stanceActAt(r, to)) {
			continue
		}
		if reporting && r > 0 && a.class(r-1)&cBe != 0 && a.participle(r) && !a.is(r+1, "by") {
			// "…after the secretary-general is notified": the passive's
			// subject is told, not telling ("announced by X" names its agent).
			continue
		}
		open := -1
		for j := r - 1; j >= from-1 && j >= 0 && j > r-40; j-- {
			if a.quoted[j] {
				break
			}
			if a.toks[j].word && a.lower(j) && (a.class(j)&(cSubord|cRelative) != 0 || a.is(j, "after", "before", "since", "until")) {
				open = j
				break
			}
			if !a.toks[j].word && (a.toks[j].canon == ';' || a.toks[j].canon == ':' || a.doc == "" && a.toks[j].space && isDash(a.toks[j])) {
				open = j // "… – a story Beijing called a smear"
				break
			}
			if a.toks[j].canon == ',' && a.is(j+1, "and", "but") && a.doc == "" {
				open = j + 1 // "…, and the president warned…": a clause of its own
				break
			}
		}
		if open < 0 {
			continue
		}
		if a.doc == "" && a.relativeSpeaks(open, r) {
			// "…after the Houthis, who have vowed to keep striking
			// ships, attacked…": the relative clause is its antecedent's.
			if m := a.antecedent(open); m >= 0 {
				return a.speaks(m), false, true
			}
		}
		subj, v2 := a.scanNP(open+1, to)
		if a.is(open, "and", "but") && subj.head == headPronoun {
			continue // "…, and it rarely responds…": read only with a subordinating word
		}
		if v2 != r && !(v2 >= 0 && v2 < r && (a.reportingAt(v2, to) || a.doc == "" && a.stanceActAt(v2, to))) {
			continue
		}
		if finding && !a.inquiryFinds(subj, v2, to) {
			continue
		}
		sp, none := a.subjectSpeaker(subj, true)
		barePresident := sp == "USA" && subj.ments.n == 0 && a.barePresident(subj) != ""
		if barePresident {
			sp = "" // the president of the main subject's state, below
		}
		if sp == "" && !none && (subj.head == headPronoun && !subj.expletive || subj.head == headRole && subj.ments.n == 0) && a.doc == "" {
			// "Dempsey drew attention when he told Congress…", "France
			// struck the camps, and the president warned…": with no one
			// earlier to refer to, the pronoun or the bare office is the
			// main subject's.
			if m := a.firstActor(main.ments.all()); m >= 0 && a.leads(*main, m) &&
				(a.ments[m].Kind != KindDemonym && !a.ments[m].possessive || a.roleAfter(a.ments[m].t1, main.end)) {
				a.mark[m] = mSpeaker
				sp = a.ments[m].Code
			}
		}
		if sp == "" && barePresident && a.firstActor(main.ments.all()) < 0 {
			sp = "USA" // "Markets fell after the president said…": American news's own
		}
		if a.doc == "" && reporting {
			// "…, though a senior Western diplomat said Warsaw had
			// assured Kyiv…": a relayed commitment is its maker's here too.
			if sp2 := a.reportedCommitment(a.complementStart(r, to), to, sp); sp2 != "" {
				return sp2, false, true
			}
		}
		if sp != "" || none {
			return sp, none, true
		}
	}
	return "", false, false
}

// relativeSpeaks reports whether the relative clause opened by the "who"
// or "which" at rel has the verb at r as its own, after auxiliaries and
// adverbs, and takes a stance with it: "which has repeatedly vowed", "who
// have threatened" (not "which makes the threat so damaging").
func (a *Attributor) relativeSpeaks(rel, r int) bool {
	if !a.is(rel, "who", "which") {
		return false
	}
	i := rel + 1
	for i < r && a.toks[i].word && (a.class(i)&(cAux|cBe|cAdverb) != 0 || a.lyAdverb(i)) {
		i++
	}
	return i == r && relativeStanceVerbs[a.word(r)]
}

// relativeStanceVerbs take a stance in a relative clause ("which has
// vowed", "who has long insisted"); weaker verbs of speech there ("who
// called Orbán a hero", "which then asked") describe rather than report.
var relativeStanceVerbs = wordSet("vowed vows warned warns threatened threatens insisted insists accused accuses " +
	"denied denies pledged pledges promised promises demanded demands urged urges rejected rejects condemned " +
	"condemns refused refuses blamed blames")

// relativeStance returns the actor heading the subject whose relative
// clause takes a stance, when the main verb does not: "Pyongyang, which
// has repeatedly vowed to build up its deterrent, fired two missiles". Or
// -1.
func (a *Attributor) relativeStance(subj np, to int) int {
	m := a.firstActor(subj.ments.all())
	if m < 0 || a.ments[m].t0 != subj.start && !(a.ments[m].theT && a.ments[m].t0-1 == subj.start) {
		return -1
	}
	rel := a.ments[m].t1 + 1
	if rel >= subj.end || a.antecedent(rel) != m {
		return -1
	}
	for r := rel + 1; r < subj.end && r < rel+5; r++ {
		if a.toks[r].word && a.lower(r) && a.relativeSpeaks(rel, r) {
			return m
		}
	}
	return -1
}

// antecedent returns the actor a relative clause opened at rel ("…, who",
// "…, which") is about: the one named right before its comma, when it can
// speak (not "US-led", "Japan's", "Japanese"). Or -1.
func (a *Attributor) antecedent(rel int) int {
	if rel < 2 || a.toks[rel-1].canon != ',' || !a.is(rel, "who", "which") {
		return -1
	}
	mi := a.mentionAt(rel - 2)
	if mi < 0 {
		return -1
	}
	if m := a.ments[mi]; m.Modifier || m.possessive || m.Kind == KindDemonym {
		return -1
	}
	return mi
}
