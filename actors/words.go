package actors

import (
	"sort"
	"strings"
)

// wclass is a set of grammatical roles a word can play. The attribution
// rules need no parser, only to know, for a handful of words, whether they
// can be a finite verb, a pronoun, a role noun such as "ministry", and so
// on. A word may be in several classes ("attack" is a verb and a noun).
type wclass uint32

const (
	cReport    wclass = 1 << iota // finite reporting verb: said, warns, accused
	cInvert                       // reporting verb that can precede its subject: "…, said Kim"
	cPassive                      // participle whose passive subject is the target: "was accused by"
	cVerb                         // other finite verb: fired, launched, plans
	cBe                           // forms of "be"
	cAux                          // auxiliaries and modals
	cNounToo                      // also a common noun: "US strikes", "missile tests"
	cPronoun                      // subject pronouns that point back to the last speaker
	cRole                         // nouns for bodies and officials that speak for an actor
	cNonActor                     // speakers that never have a code: analysts, experts
	cDet                          // determiners and possessive pronouns
	cPrep                         // prepositions
	cSubord                       // words that open a subordinate clause
	cRelative                     // which, who: open a relative clause
	cConj                         // and, or
	cLead                         // sentence-initial words that open an adverbial: In, After, Speaking
	cAdverb                       // adverbs allowed between a subject and its verb
	cTime                         // time words: Monday, yesterday
	cExpletive                    // "It is", "There are": a pronoun that is not a speaker
	cReportIng                    // reporting participle: "…, saying", "…, accusing X of"
	cPress                        // media nouns: state media speak for the state, the press does not
	cCommit                       // a commitment, an offer or a call that a report may relay (see reportedCommitment)
)

// The word lists. Each string holds the forms of one lexeme, so that a reader
// can check and extend them at a glance. Finite forms only: "-ing" forms do
// not head a clause.
var (
	// Reporting verbs: their subject is the speaker. They include verbs of
	// stance and of directive speech ("vow", "order", "sanction"), which the
	// annotation guide treats as statements, and verbs of stance-bearing
	// acts (apologise, agree, expel, recall): their subject is the
	// speaker too. "agree" with a compound subject ("X and Y agreed to
	// resume talks") reports an event; see jointEvent.
	reportingVerbs = []string{
		"say says said", "tell tells told", "add adds added", "accuse accuses accused",
		"warn warns warned", "claim claims claimed", "slam slams slammed",
		"condemn condemns condemned", "criticise criticises criticised", "criticize criticizes criticized",
		"blame blames blamed", "urge urges urged", "threaten threatens threatened", "vow vows vowed",
		"pledge pledges pledged", "assure assures assured", "reassure reassures reassured",
		"insist insists insisted", "deny denies denied", "reject rejects rejected",
		"allege alleges alleged", "stated", "announce announces announced",
		"declare declares declared", "stress stresses stressed", "note notes noted",
		"call calls called", "demand demands demanded", "reiterate reiterates reiterated",
		"dismiss dismisses dismissed", "denounce denounces denounced", "lash lashes lashed",
		"blast blasts blasted", "rebuke rebukes rebuked", "charge charges charged",
		"argue argues argued", "maintain maintains maintained", "promise promises promised",
		"reaffirm reaffirms reaffirmed", "affirm affirms affirmed", "confirm confirms confirmed",
		"express expresses expressed", "voice voices voiced", "welcome welcomes welcomed",
		"hail hails hailed", "praise praises praised", "protest protests protested",
		"complain complains complained", "refute refutes refuted", "respond responds responded",
		"reply replies replied", "write writes wrote", "tweet tweets tweeted",
		"ask asks asked", "question questions questioned", "suggest suggests suggested",
		"signal signals signalled signaled", "caution cautions cautioned", "decry decries decried",
		"deplore deplores deplored", "regret regrets regretted", "lament laments lamented",
		"mock mocks mocked", "ridicule ridicules ridiculed", "label labels labelled labeled",
		"brand brands branded", "dub dubs dubbed", "nickname nicknames nicknamed", "describe describes described",
		"characterise characterises characterised", "characterize characterizes characterized",
		"inform informs informed", "explain explains explained", "acknowledge acknowledges acknowledged",
		"admit admits admitted", "concede concedes conceded", "predict predicts predicted",
		"assert asserts asserted", "contend contends contended", "counter counters countered",
		"retort retorts retorted", "swear swears swore", "guarantee guarantees guaranteed",
		"propose proposes proposed", "appeal appeals appealed", "plead pleads pleaded",
		"press presses pressed", "report reports reported", "repeat repeats repeated",
		"remark remarks remarked", "comment comments commented",
		"emphasise emphasises emphasised", "emphasize emphasizes emphasized",
		"underline underlines underlined", "highlight highlights highlighted",
		"offer offers offered", "fault faults faulted", "scold scolds scolded", "chide chides chided",
		"castigate castigates castigated", "berate berates berated", "reprimand reprimands reprimanded",
		"defend defends defended", "justify justifies justified", "clarify clarifies clarified",
		"boast boasts boasted", "believe believes believed", "think thinks thought",
		"fear fears feared", "hope hopes hoped", "consider considers considered",
		"regard regards regarded", "view views viewed", "deem deems deemed",
		"accept accepts accepted", "disagree disagrees disagreed",
		"recommend recommends recommended", "advise advises advised", "implore implores implored",
		"invite invites invited", "appreciate appreciates appreciated", "thank thanks thanked",
		"applaud applauds applauded", "congratulate congratulates congratulated",
		"forecast forecasts", "estimate estimates estimated", "calculate calculates calculated",
		"envisage envisages envisaged", "indicate indicates indicated",
		"recount recounts recounted", "dispute disputes disputed",
		"challenge challenges challenged", "contest contests contested", "censure censures censured",
		"summon summons summoned", "object objects objected", "oppose opposes opposed",
		"slap slaps slapped", "decline declines declined", "refuse refuses refused",
		"commit commits committed", "confide confides confided", "tout touts touted",
		"spell spells spelled spelt", "outline outlines outlined", "brief briefs briefed",
		"order orders ordered", "conclude concludes concluded", "sanction sanctions sanctioned",
		"authorise authorises authorised", "authorize authorizes authorized", "speak speaks spoke",
		"apologise apologises apologised", "apologize apologizes apologized", "agree agrees agreed",
		"expel expels expelled", "recall recalls recalled",
		"retract retracts retracted", "renounce renounces renounced", "repudiate repudiates repudiated",
		"forgive forgives forgave", "vouch vouches vouched", "testify testifies testified",
		"mourn mourns mourned", "grieve grieves", "rebuff rebuffs rebuffed", "spurn spurns spurned",
		"indict indicts indicted",
		// Criticism, pressure and rebuffs that wire copy reports as acts:
		// "Moscow derided the plan", "Beijing snubbed the summit".
		"deride derides derided", "admonish admonishes admonished", "snub snubs snubbed",
		"boycott boycotts boycotted", "veto vetoes vetoed", "retaliate retaliates retaliated",
		"punish punishes punished", "penalise penalises penalised", "penalize penalizes penalized",
		"pressured", "rail rails railed", "bristle bristles bristled",
		"balk balks balked", "fume fumes fumed", "inveigh inveighs inveighed", "taunt taunts taunted",
		"insult insults insulted", "lambast lambasts lambaste lambastes lambasted",
		"excoriate excoriates excoriated", "assail assails assailed", "pillory pillories pilloried",
		"upbraid upbraids upbraided", "chastise chastises chastised", "reproach reproaches reproached",
		"vilify vilifies vilified", "demonise demonises demonised", "demonize demonizes demonized",
		"belittle belittles belittled", "disparage disparages disparaged", "scoff scoffs scoffed",
		"rip rips ripped", "raps rapped", // not "rap": "rap superstar"
		"strip strips stripped", "banned",
		"curse curses cursed", "bash bashes bashed", "denigrate denigrates denigrated",
		"smear smears smeared", "hint hints hinted", "backtrack backtracks backtracked",
		"imply implies implied", "insinuate insinuates insinuated", "notify notifies notified",
		"woo woos wooed", "courted", "deter deters deterred",
		"boot boots booted", "oust ousts ousted", "instruct instructs instructed",
		// Reviews in words, as US political news writes them: "Trump
		// panned the deal", "the secretary savaged the report".
		// Past forms only: "savage", "trash" and "pan" are mostly other words.
		"panned", "trashed", "savaged", "skewered",
	}

	// Commitments that a report relays as its subject's own stance (see
	// reportedCommitment).
	commitments = wordSet("assured assures reassured reassures pledged pledges promised promises " +
		"vowed vows offered offers apologised apologises apologized apologizes guaranteed guarantees")

	// A call made to commit or offer: "phoned Erdogan to offer his
	// condolences" (see callTo).
	callVerbs = wordSet("called calls phoned phones telephoned telephones")

	// Participles that attach a statement to a clause: "Sudan cut ties with
	// the UAE, accusing it of…" makes Sudan a speaker.
	reportingParticiples = "saying telling adding accusing warning claiming calling urging threatening " +
		"vowing pledging insisting denying rejecting alleging stating announcing declaring stressing " +
		"noting demanding describing condemning criticising criticizing blaming citing arguing " +
		"branding labelling labeling dismissing denouncing promising expressing welcoming praising " +
		"questioning suggesting signalling signaling reiterating asking reaffirming assuring " +
		"ordering vowing describing calling decrying slamming blasting charging sanctioning"

	// Nouns for the press: "state media said" speaks for a state,
	// "Japanese media reported" does not.
	pressNouns = "media newspaper newspapers broadcaster broadcasters television outlets outlet press " +
		"daily tabloid channel " +
		// News organisations that report what others said ("Axios reported that
		// Trump had told Netanyahu…"); state media are gazetteer entries instead.
		"Reuters AFP AP Bloomberg Axios Politico CNN NBC CBS ABC BBC"

	// Forms that may also precede their subject after a quote or clause:
	// "…, said Kim", "…, claimed the ministry".
	invertingVerbs = "said says added adds claimed claims wrote writes warned warns noted notes " +
		"insisted insists stressed stresses explained explains asked asks continued continues " +
		"argued argues declared declares announced announces replied replies countered counters " +
		"recalled recalls reported reports tweeted tweets posted posts told tells retorted " +
		"responded responds remarked remarks observed observes"

	// Participles whose passive subject is the target and whose agent, after
	// "by", is the speaker: "Japan was accused by China of…".
	passiveVerbs = "accused warned criticised criticized condemned blamed urged told threatened slammed " +
		"denounced called asked pressed rebuked assured reassured praised hailed mocked branded " +
		"labelled labeled dismissed rejected charged faulted scolded chided castigated summoned " +
		"sanctioned censured implored invited thanked congratulated applauded advised informed " +
		"attacked targeted singled notified"

	// Other verbs frequent in international news, finite forms. They end a
	// subject noun phrase just like reporting verbs do.
	actionVerbs = []string{
		"fire fires fired", "launch launches launched", "test tests tested", "hold holds held",
		"meet meets met", "send sends sent", "deploy deploys deployed", "impose imposes imposed",
		"sign signs signed", "conduct conducts conducted", "attack attacks attacked",
		"strike strikes struck", "invade invades invaded", "seize seizes seized",
		"capture captures captured", "kill kills killed", "shoot shoots shot", "bomb bombs bombed",
		"shell shells shelled", "detain detains detained", "arrest arrests arrested",
		"suspend suspends suspended", "halt halts halted",
		"resume resumes resumed", "open opens opened", "close closes closed", "block blocks blocked",
		"ban bans banned", "approve approves approved",
		"pass passes passed", "adopt adopts adopted", "vote votes voted", "veto vetoes vetoed",
		"host hosts hosted", "visit visits visited", "receive receives received",
		"arrive arrives arrived", "leave leaves left", "withdraw withdraws withdrew",
		"plan plans planned", "prepare prepares prepared", "seek seeks sought", "want wants wanted",
		"need needs needed", "begin begins began", "start starts started", "continue continues continued",
		"stop stops stopped", "end ends ended", "raise raises raised", "cut cuts",
		"boost boosts boosted", "increase increases increased", "reduce reduces reduced",
		"build builds built", "develop develops developed", "produce produces produced",
		"supply supplies supplied", "provide provides provided", "give gives gave",
		"buy buys bought", "sell sells sold", "export exports exported", "import imports imported",
		"move moves moved", "station stations stationed", "mobilise mobilises mobilised",
		"mobilize mobilizes mobilized", "train trains trained", "join joins joined",
		"form forms formed", "create creates created", "establish establishes established",
		"win wins won", "lose loses lost", "face faces faced", "pose poses posed",
		"remain remains remained", "become becomes became", "seem seems seemed",
		"appear appears appeared", "keep keeps kept", "take takes took", "make makes made",
		"put puts", "set sets", "use uses used", "try tries tried", "fail fails failed",
		"allow allows allowed", "permit permits permitted", "help helps helped",
		"support supports supported", "back backs backed", "carry carries carried",
		"fly flies flew", "sail sails sailed", "cross crosses crossed", "enter enters entered",
		"violate violates violated", "breach breaches breached", "intercept intercepts intercepted",
		"detect detects detected", "track tracks tracked", "spot spots spotted", "drop drops dropped",
		"release releases released", "free frees freed", "exchange exchanges exchanged",
		"negotiate negotiates negotiated", "discuss discusses discussed", "talk talks talked",
		"mark marks marked", "celebrate celebrates celebrated", "reach reaches reached",
		"extend extends extended", "renew renews renewed", "restore restores restored",
		"sever severs severed", "expand expands expanded", "strengthen strengthens strengthened",
		"bolster bolsters bolstered", "step steps stepped", "ramp ramps ramped",
		"escalate escalates escalated", "deepen deepens deepened", "stage stages staged",
		"dispatch dispatches dispatched", "sink sinks sank", "damage damages damaged",
		"destroy destroys destroyed", "target targets targeted", "down downs downed",
		"return returns returned", "rise rises rose", "fall falls fell", "grow grows grew",
		"surge surges surged", "plunge plunges plunged", "lead leads", "secure secures secured",
		"gain gains gained", "lift lifts lifted", "ease eases eased", "tighten tightens tightened",
		"freeze freezes froze", "instruct instructs instructed",
		"ratify ratifies ratified",
		"elect elects elected", "appoint appoints appointed", "nominate nominates nominated",
		"resign resigns resigned", "sack sacks sacked", "replace replaces replaced",
		"succeed succeeds succeeded", "attend attends attended", "boycott boycotts boycotted",
		"cancel cancels cancelled canceled", "postpone postpones postponed", "delay delays delayed",
		"see sees saw", "look looks looked", "draw draws drew", "come comes came", "go goes went", "get gets got",
		"run runs ran", "fight fights fought", "spend spends spent", "pay pays paid",
		"bring brings brought", "find finds found", "feel feels felt", "know knows knew",
		"show shows showed", "break breaks broke", "let lets", "aim aims aimed",
		"push pushes pushed", "bid bids", "fund funds funded",
		"arm arms", "equip equips equipped", "occupy occupies occupied",
		"annex annexes annexed", "recognize recognizes recognized",
		"convene convenes convened", "gather gathers gathered", "rally rallies rallied",
		"march marches marched", "patrol patrols patrolled",
		"exercise exercises exercised", "drill drills drilled", "simulate simulates simulated",
		"rehearse rehearses rehearsed", "oversee oversees oversaw", "inspect inspects inspected",
		"unveil unveils unveiled", "reveal reveals revealed", "publish publishes published",
		"issue issues issued", "broadcast broadcasts", "air airs aired",
		"overtake overtakes overtook", "retake retakes retook", "hand hands handed",
		"deliver delivers delivered", "transfer transfers transferred", "ship ships shipped",
		"acquire acquires acquired", "obtain obtains obtained", "possess possesses possessed",
		"enrich enriches enriched", "install installs installed", "operate operates operated",
		"control controls controlled", "govern governs governed", "rule rules ruled",
		"retaliate retaliates retaliated", "hit hits",
		"prevent prevents prevented", "avoid avoids avoided", "escape escapes escaped",
		"deter deters deterred", "contain contains contained", "include includes included",
		"involve involves involved", "mean means meant", "require requires required",
		"depend depends depended", "rely relies relied", "share shares shared",
		"wish wishes wished", "intend intends intended", "expect expects expected",
		"happen happens happened", "occur occurs occurred", "stand stands stood",
		"sit sits sat", "lie lies lay", "struggle struggles struggled", "suffer suffers suffered",
		"die dies died", "flee flees fled", "cost costs", "total totals totalled totaled",
		"double doubles doubled", "triple triples tripled", "own owns owned",
		"manage manages managed", "handle handles handled",
		"work works worked", "cooperate cooperates cooperated", "coordinate coordinates coordinated",
		"restart restarts restarted", "reopen reopens reopened",
		"designate designates designated", "classify classifies classified", "blacklist blacklists blacklisted",
	}

	// Acts that take a stance through a noun: the verb forms of each act
	// and the nouns that make it one ("recalled its ambassador", "lifted
	// sanctions"). The verbs alone are events: "released a report",
	// "halted production". After CAMEO's verb classes 1–19 (see
	// ../shared/data/petrarch2-dictionaries/CAMEO.2.0.txt).
	stanceActs = [][2]string{
		{"made makes make issued issues issue delivered delivers gave gives released releases posted posts " +
			"sent sends lodged lodges lodge filed files file passed passes pass adopted adopts adopt " +
			"renewed renews renew served serves set sets took takes handed hands hand approved approves " +
			"signed signs",
			"notice deadline case application lawsuit suit charges commentary editorial remarks statement appeal comments speech address warning representations " +
				"threat pledge promise plea call mention announcement declaration ultimatum message letter reminder " +
				"protest complaint demand apology rebuke reprimand condemnation denial resolution resolutions motion advisory tweet tweets " +
				"warrant warrants indictment"},
		{"imposed imposes impose slapped slaps slap lifted lifts lift eased eases ease tightened tightens " +
			"tighten announced announces rolled rolls reinstated reinstates reinstate hit hits froze freezes " +
			"freeze doubled doubles hiked hikes raised raises adopted adopts", "sanctions embargo embargoes tariffs duties ban bans freeze freezes measures " +
			"restrictions penalties curbs assets controls"},
		{"halted halts halt suspended suspends suspend resumed resumes resume cut cuts froze freezes freeze " +
			"withheld withholds withhold stopped stops broke breaks break severed severs sever " +
			"downgraded downgrades downgrade slashed slashes slash banned bans ban ended ends end",
			"aid assistance loans exports sales deliveries shipments flights cooperation ties relations visas " +
				"membership visits supplies electricity accession links contacts coordination participation " +
				"staff imports operations"},
		{"released releases release freed frees free pardoned pardons pardon", "prisoners hostages detainees " +
			"captives tanker ship vessel crew sailors soldiers fishermen prisoner hostage detainee captive " +
			"soldier sailor pilot pilots journalist journalists reporter reporters contractor citizen citizens " +
			"nationals tourists students activist activists diplomat diplomats worker workers"},
		{"withdrew withdraws withdraw summoned summons pulled pulls", "ambassador ambassadors envoy envoys troops forces"},
		{"declared declares declare announced announces", "ceasefire truce"},
		// "made it clear", "raised concerns", "gave assurances": a position
		// stated through a noun or adjective.
		// "sounded the alarm", "registered its objection", "sought
		// assurances" (a demand).
		{"made makes make raised raises raise voiced voices gave gives offered offers sounded sounds " +
			"registered registers sought seeks", "clear concerns concern objections objection assurances " +
			"assurance guarantees alarm"},
		// Talks or a summit cancelled or left, an agreement left or
		// ratified: a penalty or a pledge aimed at the other side.
		{"cancelled canceled cancels cancel scrapped scraps scrap pulled pulls pull quit quits " +
			"ratified ratifies ratify suspended suspends suspend halted halts halt postponed postpones postpone " +
			"ditched ditches ditch tore tears shelved shelves shelve walked walks signed signs", "summit talks " +
			"visit negotiations deal agreement accord treaty pact meeting meetings declaration admission " +
			// named ones: "suspended the Indus Waters Treaty", "quit the Paris Agreement"
			"Treaty Agreement Accord Pact Convention Protocol Accords Agreements"},
		// Wire idioms of criticism and refusal: "hit out at", "took aim
		// at", "ruled out talks".
		{"hit hits ruled rules fired fires struck strikes brushed brushes shrugged shrugs " +
			"singled singles reached reaches backed backs doubled doubles", "out back off down"},
		{"took takes take", "aim swipe issue task"},
		// An invitation or condolences extended: a gesture of goodwill
		// (actOffer).
		{"extended extends extend conveyed conveys convey sent sends send offered offers offer",
			"invitation invitations condolences sympathy congratulations olive"},
		// A group or person designated a terrorist (actDesignate).
		{"designated designates designate classified classifies classify blacklisted blacklists blacklist " +
			"listed lists", "terrorist terrorists"},
		// A border, an airspace or a mission closed to the other side.
		{"closed closes close shut shuts sealed seals seal", "airspace border borders embassy consulate " +
			"crossing crossings port ports out"},
		// Pressure stepped up on the other side: "ramped up pressure on".
		{"stepped steps ramped ramps piled piles heaped heaps ratcheted ratchets increased increases " +
			"turned turns upped ups raised raises tightened tightens kept keeps", "pressure heat ante stakes screws " +
			"criticism rhetoric warnings threats"},
		// A name given to the other side: "referred to Obama as a…".
		{"referred refers billed bills", "as"},
		// Another side put on notice or on a blacklist, ties put on ice,
		// forces put on alert.
		{"put puts placed places raised raises", "notice ice alert blacklist readiness"},
		// Another state's ships or nationals seized (CAMEO 17, coerce).
		{"seized seizes seize impounded impounds impound detained detains detain captured captures capture",
			"tanker tankers ship ships vessel vessels boats crew sailors fishermen diplomats nationals"},
		// Someone handed over to the other side: a gesture (CAMEO 08).
		{"handed hands hand", "over"},
		// Another side found in breach: a finding (CAMEO 116).
		{"found finds", "breach violation guilty"},
		// A door opened or left open to the other side: an offer.
		{"opened opens open left leaves kept keeps", "door"},
		// Wire idioms of blame, scepticism and tone: "pointed the finger at",
		// "poured cold water on", "cast doubt on", "struck a conciliatory
		// tone", "hardened its stance", "dug in its heels", "held out the
		// prospect of talks".
		{"pointed points wagged wags dug digs poured pours threw throws cast casts",
			"finger fingers heels water doubt doubts aspersions"},
		{"struck strikes hardened hardens toughened toughens softened softens held holds",
			"tone note stance position rhetoric prospect olive"},
		// An occasion taken to say something: "took the opportunity to stress".
		{"took takes used uses seized seizes", "opportunity occasion"},
		// "Putin rounds on Ankara": an attack in words.
		{"rounded rounds round turned turns", "on"},
		// A nickname given or applied: "gave Kim a nickname", "applied one
		// of his nicknames to Kim".
		{"gave gives give applied applies apply pinned pins pin", "nickname nicknames moniker"},
		// Evidence or findings laid before others: a charge (CAMEO 11).
		{"presented presents present introduced introduces introduce unveiled unveils unveil", "finding findings evidence proof"},
		// "China launches anti-dumping probe into EU brandy": an inquiry
		// into the other side, the start of a charge (CAMEO 11).
		{"launched launches launch opened opens open", "probe probes investigation investigations inquiry"},
		// Words of blame aimed at the other side (see blameVerbs).
		{blameVerbs, blameNouns},
	}

	// Labels of links and media that scraped pages run into the next
	// sentence: "Related: …", "SEE ALSO: …", "Video …".
	pageLabels = map[string]bool{"Related": true, "RELATED": true, "Video": true, "VIDEO": true,
		"Watch": true, "WATCH": true, "SEE": true, "ALSO": true, "READ": true, "MORE": true,
		"Photos": true, "PHOTOS": true, "Photo": true, "PHOTO": true, "Getty": true, "Images": true,
		"Listen": true, "LISTEN": true, "Breaking": true, "BREAKING": true,
		// Kickers before a headline's colon: "Exclusive: …", "Analysis: …".
		"Exclusive": true, "EXCLUSIVE": true, "Analysis": true, "ANALYSIS": true, "Opinion": true,
		"OPINION": true, "Update": true, "UPDATE": true, "Explainer": true, "EXPLAINER": true,
		"Factbox": true, "FACTBOX": true, "Timeline": true, "TIMELINE": true, "Editorial": true,
		"EDITORIAL": true, "Live": true, "LIVE": true, "Interview": true, "INTERVIEW": true,
		"Podcast": true, "PODCAST": true, "Review": true, "Poll": true, "POLL": true, "More": true}

	beForms  = "is are was were be been being am"
	auxForms = "has have had will would can could may might must should shall do does did " +
		"cannot isn aren wasn weren hasn haven hadn won wouldn couldn shouldn doesn didn don mustn ll ve"
	pronouns  = "it they he she we i"
	roleNouns = "ministry ministries minister ministers director directors spokesperson spokespersons spokesman spokesmen " +
		"spokeswoman spokeswomen spokespeople statement statements official officials government " +
		"governments president presidency premier leader leaders leadership administration regime " +
		"military army navy forces authorities authority agency embassy consulate envoy envoys " +
		"ambassador ambassadors diplomat diplomats delegation delegate delegates mission office " +
		"department chancellor secretary command commander commanders chief chiefs king emir prince " +
		"ayatollah monarch sultan parliament cabinet junta rulers " +
		"communique communiqué document side country nation group movement militants rebels fighters " +
		"party bloc alliance organisation organization body watchdog court tribunal council assembly " +
		"committee commission palace chairman chairwoman chair head representative representatives " +
		"negotiator negotiators team sheikh vice deputy guard guards coalition capital lawmakers " +
		"legislature senate senator senators congress parliamentarians MPs speaker service services " +
		"general generals wing staff adviser advisers advisor advisors governor prosecutor prosecutors " +
		"police corps division brigade headquarters counterpart regulator establishment politburo " +
		"presidential militia militias mayor force"
	nonActors = "analysts analyst experts expert observers observer critics critic residents " +
		"witnesses witness sources source researchers researcher scholars scholar professor " +
		"journalists journalist reporters reporter commentators commentator activists activist " +
		"people citizens villagers doctors workers investors traders markets economists economist " +
		"lawyers lawyer campaigners campaigner protesters protester survivors families company " +
		"companies firm firms think tank report study survey poll polls data figures " +
		"civilians students voters opponents supporters growers exporters farmers producers " +
		"manufacturers businesses carmakers proxies estimates estimate tallies tally figures " +
		"statistics tank western arab gulf asian african baltic nordic balkan " +
		"former retired opposition dissident dissidents exiled warlord warlords ethnic shadow " +
		// Private people in the news: "Canadian rap superstar Drake", "a
		// Russian billionaire", "American aid worker".
		"singer singers rapper rappers superstar star stars actor actress billionaire billionaires " +
		"businessman businesswoman businessmen tycoon tycoons comedian athlete athletes footballer " +
		"novelist filmmaker filmmakers celebrity celebrities entrepreneur blogger bloggers " +
		"influencer worker artist artists writer writers poet poets musician musicians " +
		"painter novelists presenter presenters"
	determiners = "the a an its their his her our my this that these those some any no every each " +
		"both several many few other another such all"
	prepositions = "of in at for from with on to by over about against towards toward into onto " +
		"across between among amid amidst near via under after before during since until than " +
		"without within despite per upon off along around behind beyond"
	subordinators = "that which who whom whose where when while because although though if unless " +
		"whether as once whereas"
	relatives    = "which who whom whose where"
	conjunctions = "and or nor but"
	// Capitalised words that open a sentence-initial adverbial: the subject
	// comes after it (after its comma, when there is one).
	leadWords = "In On At After Before During Following Ahead Amid Amidst Despite Speaking Asked " +
		"Aboard Moments Minutes " +
		"Responding Meanwhile Earlier Later Last This Since If When While As Although Though " +
		"Because Unless Until With Without Under Over From Citing Referring Addressing Writing " +
		"Separately Also However Still Instead Moreover Furthermore Nonetheless Nevertheless " +
		"Overnight Today Yesterday Late Early Once Now Then Recently Against Besides Like Unlike " +
		"Upon Within Across Between Among Throughout Toward Towards Given Faced Hours Days Weeks " +
		"Months Years Shortly Soon Previously Initially Finally Additionally Elsewhere " +
		"Accordingly Indeed Notably Regardless Similarly Likewise Otherwise Thus Hence Therefore " +
		"By For To Of But And So Yet Plus Even Only Just Back Next"
	adverbs = "also again repeatedly strongly earlier later previously recently reportedly allegedly " +
		"further already now then once still even never not firmly sharply swiftly quickly " +
		"immediately publicly privately openly formally officially explicitly angrily bluntly " +
		"separately jointly subsequently first last late early yesterday today tonight " +
		"meanwhile however too only just long often always frequently consistently since twice"
	timeWords = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday yesterday today tonight " +
		"morning afternoon evening night week month year weekend"
	// "It was not immediately clear", "There were no reports": not speakers.
	expletiveHeads = "there"
	// Verbs that say nothing when negated: "North Korea has not commented",
	// "Pyongyang did not respond".
	silentWhenNegated = map[string]bool{"comment": true, "commented": true, "comments": true,
		"respond": true, "responded": true, "reply": true, "replied": true, "acknowledge": true,
		"acknowledged": true, "confirm": true, "confirmed": true, "say": true, "said": true,
		"speak": true, "spoke": true, "disclose": true, "disclosed": true, "discuss": true,
		"react": true, "reacted": true, "explain": true, "explained": true, "elaborate": true}

	// Words that look like past-tense verbs but are nearly always adjectives
	// before a noun in news text.
	notVerbs = "armed united based limited heightened isolated sophisticated unprecedented " +
		"embattled beleaguered unnamed concerned related interested unexpected supposed named " +
		"unidentified undisclosed unspecified sustained combined red bed led need speed seed " +
		"feed deed shed bred hundred kindred sacred wicked naked rugged ragged crooked aged " +
		"beloved learned"
)

// Bits of the acts that rules single out: actStatement is the first row
// of stanceActs (a statement made or issued), actSuspend the third (aid,
// ties, memberships halted), actOffer and actDesignate the rows of offers
// and designations, actNamed the row of names given; actDecided marks a decision to speak ("voted to condemn"),
// which no row of stanceActs holds.
const (
	actStatement uint32 = 1 << 0
	actSuspend   uint32 = 1 << 2 // the row of aid, ties and memberships halted
	actOffer     uint32 = 1 << 10
	actDesignate uint32 = 1 << 11
	actConcern   uint32 = 1 << 6  // "raised concerns", "made clear"
	actNamed     uint32 = 1 << 14 // "referred to X as": X may be a long name
	actPut       uint32 = 1 << 15 // "put military cooperation with France on ice"
	actHanded    uint32 = 1 << 17 // "handed the two suspects over"
	actDecided   uint32 = 1 << 31
)

// stanceActVerbs and stanceActObjects index stanceActs: each word maps to
// the set of acts (bit k for stanceActs[k]) it can be the verb or the noun
// of.
var stanceActVerbs, stanceActObjects = func() (map[string]uint32, map[string]uint32) {
	verbs, objects := map[string]uint32{}, map[string]uint32{}
	for k, act := range stanceActs {
		for _, w := range strings.Fields(act[0]) {
			verbs[w] |= 1 << k
		}
		for _, w := range strings.Fields(act[1]) {
			objects[w] |= 1 << k
		}
	}
	return verbs, objects
}()

// wordSet returns the space-separated words of s as a set.
func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// notVerbSet holds notVerbs for the "-ed" verb guess.
var notVerbSet = func() map[string]struct{} {
	m := map[string]struct{}{}
	for _, w := range strings.Fields(notVerbs) {
		m[w] = struct{}{}
	}
	return m
}()

// irregularPast holds the past forms among the verbs of stance acts that
// do not end in "-ed" and are not nouns.
var irregularPast = wordSet("froze broke withdrew tore took gave made sent struck cast held threw dug kept sought")

// irregularParticiples are the past participles among the verbs of stance
// acts that do not end in "-ed" (see Attributor.participle).
var irregularParticiples = wordSet("given made sent taken frozen broken withdrawn torn cut shut put set hit")

// lexicon maps a word, as written in lower case, to its classes. Built once.
var lexicon = buildLexicon()

func buildLexicon() map[string]wclass {
	lex := map[string]wclass{}
	add := func(words string, c wclass) {
		for _, w := range strings.Fields(words) {
			lex[w] |= c
		}
	}
	for _, forms := range reportingVerbs {
		add(forms, cReport)
	}
	for _, forms := range actionVerbs {
		add(forms, cVerb)
	}
	add(invertingVerbs, cInvert)
	add(reportingParticiples, cReportIng)
	add(pressNouns, cPress)
	add(passiveVerbs, cPassive)
	add(beForms, cBe|cAux)
	add(auxForms, cAux)
	add(pronouns, cPronoun)
	add(roleNouns, cRole)
	add(nonActors, cNonActor)
	add(determiners, cDet)
	add(prepositions, cPrep)
	add(subordinators, cSubord)
	add(relatives, cRelative)
	add(conjunctions, cConj)
	add(adverbs, cAdverb)
	add(timeWords, cTime)
	add(expletiveHeads, cExpletive)
	for w := range commitments {
		lex[w] |= cCommit
	}
	for _, w := range strings.Fields("given gave gives give made makes provided committed commits accepted accepts accept") {
		lex[w] |= cCommit // assurances given, "committed to" (see reportedCommitment)
	}
	for w, g := range stanceActVerbs {
		if g&actOffer != 0 {
			lex[w] |= cCommit
		}
		// The verbs of stance acts are verbs ("Seoul scraps the pact"); all
		// but the past forms may be nouns too ("the ban", "aid cuts").
		if lex[w]&(cVerb|cReport) == 0 {
			lex[w] |= cVerb
			if !strings.HasSuffix(w, "ed") && !irregularPast[w] {
				lex[w] |= cNounToo
			}
		}
	}
	for w := range callVerbs {
		lex[w] |= cCommit
	}
	for _, w := range strings.Fields(leadWords) {
		lex[w] |= cLead // kept capitalised: only a capitalised first word leads
	}
	// Verb forms that double as common nouns: a noun reading is checked
	// before they may end a subject ("US strikes killed…" vs "US strikes Iran").
	add("attack attacks strike strikes test tests claim claims talk talks plan plans call calls "+
		"visit visits fire fires report reports vote votes cut cuts ban bans hit hits sanction "+
		"sanctions demand demands pledge pledges vow vows promise promises protest protests launch "+
		"launches move moves supply supplies support supports back backs need needs block blocks "+
		"order orders offer offers rise rises drill drills exercise exercises shell shells raid "+
		"raids mark marks host hosts deal deals state states comment comments post posts question "+
		"questions appeal appeals tweet tweets charge charges counter counters note notes remark "+
		"remarks control controls aid aims aim force forces fight fights increase increases export "+
		"exports import imports transfer transfers end ends start starts stop stops return returns "+
		"release releases exchange exchanges boost boosts push pushes bid bids set sets use uses "+
		"lead leads face faces look looks view views fear fears hope hopes welcome step steps "+
		"total totals double doubles share shares work works issue issues air airs rule rules "+
		"stand stands cost costs arm arms fund funds ship ships dispute disputes challenge "+
		"challenges object objects brief briefs outline outlines estimate estimates forecast "+
		"forecasts summons reply replies press boycott boycotts veto vetoes snub snubs "+
		"taunt taunts insult insults rail rails fume fumes reproach", cNounToo)
	return lex
}

// maxLexLen bounds the capitalised words classOf looks up in lower case;
// no listed word is longer.
const maxLexLen = 24

// classOf returns the classes of word w. A capitalised word is also looked up
// in lower case (sentence-initial "It", "The") without allocating: the
// conversion in the map index expression does not escape.
//
// The rules do not call it per token: Gazetteer.lookup gives every token the
// same answer from one lookup in a table built with it (baseWords).
func classOf(w string) (c wclass, capitalised bool) {
	if c, ok := lexicon[w]; ok {
		return c, len(w) > 0 && 'A' <= w[0] && w[0] <= 'Z'
	}
	if len(w) == 0 || len(w) > maxLexLen || w[0] < 'A' || w[0] > 'Z' {
		return 0, false
	}
	var buf [maxLexLen]byte
	copy(buf[:], w)
	buf[0] += 'a' - 'A'
	return lexicon[string(buf[:len(w)])], true
}

// wflag is a set of facts about a word token: its shape, and the small word
// lists it is on. Keeping them as bits on the token spares the rules a map
// lookup or string comparison each time they ask.
type wflag uint16

const (
	fLower      wflag = 1 << iota // starts with a-z
	fUpper                        // starts with A-Z
	fCapd                         // classOf reports it as capitalised
	fHonorific                    // in honorifics: "Mr", "President"
	fGeoNoun                      // in geoNouns: "Strait", "Sea"
	fNameNoun                     // in nameNouns: "Declaration", "Treaty"
	fSmallTitle                   // in smallTitleWords: left lower case by Title Case
	fNotVerb                      // in notVerbs: "-ed" adjectives
	fAnaphor                      // a lower-case anaphor word: "island", "alliance"
	fName                         // the first word of a gazetteer name: Gazetteer.find tries a match here
	fLabel                        // in pageLabels: "Related", "Video" before a linked headline
	fFurniture                    // a word of a furniture mark: "autoplay", "blog", "playback" (see furnitureMarks)
	fTake                         // "taking", "took", "takes": "taking aim at" (see takingAim)
	fActVerb                      // may be the verb of a stance act (see mayAct)
	fControl                      // may open a phrase whose subject does the next verb (see controlTo)
)

// smallTitleWords are the words Title Case leaves in lower case.
const smallTitleWords = "a an the of to in on at by for and or as but with from over into vs"

// smallTitleSet holds smallTitleWords; anaphorWords the lower-case
// anaphor words. newWordInfo runs for every word of every gazetteer, so
// it looks them up rather than walking the lists.
var smallTitleSet, anaphorWords = func() (map[string]bool, map[string]bool) {
	small, an := map[string]bool{}, map[string]bool{}
	for _, w := range strings.Fields(smallTitleWords) {
		small[w] = true
	}
	for _, a := range anaphors {
		if 'a' <= a.word[0] && a.word[0] <= 'z' {
			an[a.word] = true
		}
	}
	an["administration"] = true // see bareAdministrationAt
	return small, an
}()

// wordInfo is what the matcher and the rules know about one word.
type wordInfo struct {
	phrases []*phrase // the gazetteer names that start with the word, longest first
	cls     wclass    // classOf(word)
	f       wflag     // the word-list flags, and fCapd as classOf reports it
}

// newWordInfo returns the entry of word w, without names.
func newWordInfo(w string) wordInfo {
	c, capd := classOf(w)
	info := wordInfo{cls: c}
	if capd {
		info.f |= fCapd
	}
	if honorifics[w] {
		info.f |= fHonorific
	}
	if geoNouns[w] {
		info.f |= fGeoNoun
	}
	if nameNouns[w] {
		info.f |= fNameNoun
	}
	if _, ok := notVerbSet[w]; ok {
		info.f |= fNotVerb
	}
	if smallTitleSet[w] {
		info.f |= fSmallTitle
	}
	if anaphorWords[w] {
		info.f |= fAnaphor
	}
	if pageLabels[w] {
		info.f |= fLabel
	}
	if furnitureWords[w] {
		info.f |= fFurniture
	}
	if takeWords[w] {
		info.f |= fTake
	}
	if stanceActVerbs[w] != 0 || decideVerbs[w] {
		info.f |= fActVerb
	}
	if controlBefore[w] || controlPair[w] || controlOccasion[w] {
		info.f |= fControl
	}
	return info
}

// decideVerbs lead to a stance act or a statement after them ("voted to
// expel", "sought to reassure", "began withdrawing", "gave Arafat 48
// hours"): see stanceActsAt.
var decideVerbs = wordSet("voted votes decided decides moved moves sought seeks began begins begin started " +
	"starts start gave gives give given taken")

// baseWords, baseWordList and baseLex are the table every Gazetteer starts
// from (see Gazetteer.words): all the words the rules know, so that any
// word in the lexicon or on one of the lists has an entry. baseLex[k] is
// the entry of baseWordList[k], whose index is baseWords; entry 0 is that
// of unknown words. A capitalised word that is not in the table has the
// classes of its lower-case form (see classOf and Gazetteer.lookup).
var baseWords, baseWordList, baseLex = buildBaseWords()

func buildBaseWords() (map[string]uint32, []string, []wordInfo) {
	var all []string
	for w := range lexicon {
		all = append(all, w)
	}
	for _, m := range []map[string]bool{honorifics, geoNouns, nameNouns, pageLabels, furnitureWords, takeWords} {
		for w := range m {
			all = append(all, w)
		}
	}
	for w := range notVerbSet {
		all = append(all, w)
	}
	for w := range stanceActVerbs {
		all = append(all, w)
	}
	for w := range decideVerbs {
		all = append(all, w)
	}
	for _, m := range []map[string]bool{controlBefore, controlPair, controlOccasion} {
		for w := range m {
			all = append(all, w)
		}
	}
	all = append(all, strings.Fields(smallTitleWords)...)
	for _, an := range anaphors {
		all = append(all, an.word)
	}
	sort.Strings(all) // a reproducible table
	index := make(map[string]uint32, len(all))
	words, lex := []string{""}, []wordInfo{{}}
	for _, w := range all {
		if _, ok := index[w]; ok {
			continue
		}
		index[w] = uint32(len(lex))
		words = append(words, w)
		lex = append(lex, newWordInfo(w))
	}
	return index, words, lex
}

// Words of blame aimed at the other side: "leveled fresh criticism at",
// "hurled insults at", "lobbed accusations at". An act of stanceActs, and
// the "at" after them names a target, not a venue (blameAimed). Not the
// bare verbs, which follow "heard X" or "saw X" in a report of what
// another side did: "we saw their envoy direct threats at…".
const (
	blameVerbs = "leveled levelled levels levelling leveling directed directs directing hurled hurls hurling " +
		"lobbed lobs lobbing"
	blameNouns = "criticism criticisms accusations allegations charges insults barbs jabs broadsides invective"
)
