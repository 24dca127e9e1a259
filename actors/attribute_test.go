package actors

import (
	"strings"
	"testing"
	"time"
)

// line is one sentence of a test document with its expected attribution:
// speaker and targets as "SPEAKER>T1|T2" ("" speaker: ">"; no targets: "X>").
type line struct {
	s, want string
}

func (a Attribution) String() string {
	return a.Speaker + ">" + strings.Join(a.Targets, "|")
}

// TestAttribute runs the attribution rules over short documents written for
// the test. Each case names the rule it exercises; sentences within a case
// are attributed in order with one Attributor.
func TestAttribute(t *testing.T) {
	g := loadFixture(t, "small.csv")
	date := day(2024, 6, 1)
	tests := []struct {
		rule string
		doc  []line
	}{
		// Rule 1: X accuses / warns / slams / condemns / urges Y.
		{"1 accuses", []line{{"North Korea accused the United States of plotting an invasion.", "PRK>USA"}}},
		{"1 headline present tense", []line{{"China slams Philippines over ‘provocative’ patrol near disputed shoal", "CHN>PHL"}}},
		{"1 possessive subject", []line{{"North Korea's foreign ministry warned Washington against further provocations.", "PRK>USA"}}},
		{"1 demonym title", []line{{"South Korean President Yoon Suk Yeol urged Pyongyang to return to talks.", "KOR>PRK"}}},
		{"1 condemns", []line{{"The European Union condemned Russia's strikes on Ukraine's power grid.", "EU>RUS|UKR"}}},
		{"1 blames", []line{{"Israel blamed Hezbollah for the rocket fire and vowed to respond.", "ISR>HEZBOLLAH"}}},
		{"1 tells", []line{{"Erdogan told Sweden that Turkey would not approve its NATO bid yet.", "TUR>SWE|NATO"}}},
		{"1 threatens", []line{{"Iran threatened Israel with a crushing response if it attacked its nuclear sites.", "IRN>ISR"}}},
		{"1 assures", []line{{"Blinken assured Manila that Washington would honour its defence treaty.", "USA>PHL"}}},
		{"1 criticises", []line{{"Beijing criticised Taipei for inviting a US congressional delegation.", "CHN>TWN|USA"}}},
		{"1 title case headline", []line{{"Guinea Accuses Guinea-Bissau of Sheltering Coup Plotters", "GIN>GNB"}}},
		{"venue: capital naming a meeting", []line{{"North Korea accuses US of building an ‘Asian Nato’ after Madrid summit", "PRK>USA|NATO"}}},
		{"venue: capital naming an agreement", []line{{"Kyiv accused Moscow of breaking the Minsk agreements.", "UKR>RUS"}}},

		// Rule 2: quote first, inverted attributions, according to.
		{"2 quote said X", []line{{"“We will respond to any provocation with overwhelming force,” said Kim Jong Un.", "PRK>"}}},
		{"2 quote X said", []line{{"“The drills are a rehearsal for invasion,” KCNA said, citing the foreign ministry.", "PRK>"}}},
		{"2 quote with targets", []line{{"“Washington and Seoul are playing with fire,” Choe Son Hui said in a statement.", "PRK>USA|KOR"}}},
		{"2 quoted as saying by media", []line{{"“The US is pushing the region to the brink,” a North Korean spokesperson was quoted as saying by KCNA.", "PRK>USA"}}},
		{"2 straight quotes", []line{{`"Russia will not be intimidated," Lavrov told reporters in Moscow.`, "RUS>"}}},
		{"2 inverted said X", []line{{"The drills threaten regional peace, said Xi Jinping.", "CHN>"}}},
		{"2 inverted claimed", []line{{"Ukraine shelled a market in Donetsk, claimed TASS.", "RUS>UKR"}}},
		{"2 according to", []line{{"North Korea fired two ballistic missiles into the sea on Sunday, according to Japan's defence ministry.", "JPN>PRK"}}},
		{"2 according to first", []line{{"According to Yonhap, the North Korean leader oversaw the launch.", "KOR>PRK"}}},
		{"2 single-quoted headline", []line{{"‘We will not back down’, says Taiwan as Chinese warships circle", "TWN>CHN"}}},

		// Rule 3: X said (that) …, told reporters, added, in a statement.
		{"3 said that", []line{{"Japan said that the missile landed inside its exclusive economic zone.", "JPN>"}}},
		{"3 told reporters", []line{{"Kishida told reporters in Tokyo that Japan would lodge a protest with Beijing.", "JPN>CHN"}}},
		{"3 statement", []line{{"In a statement, the Kremlin said Moscow had no plans to attack Poland.", "RUS>POL"}}},
		{"3 trailing X said", []line{{"Washington has no hostile intentions towards Pyongyang, a State Department spokesperson said.", "USA>PRK"}}},
		{"3 trailing ministry", []line{{"Beijing will never be the first to use nuclear weapons, the defence ministry repeated on Tuesday.", "CHN>"}}},
		{"3 lead clause", []line{{"If the drills go ahead, North Korea said, it would take corresponding measures.", "PRK>"}}},
		{"3 venue lead", []line{{"Speaking in Tokyo, Blinken said the United States would defend Japan.", "USA>JPN"}}},

		// Rule 4: compound subjects.
		{"4 compound", []line{{"The US, South Korea and Japan condemned the launch as a violation of UN resolutions.", "USA>UN"}}},
		{"4 and", []line{{"France and Germany urged Israel to allow more aid into Gaza.", "FRA>ISR"}}},

		// Rule 5: appositives and relative clauses.
		{"5 relative clause", []line{{"Pyongyang, which sees US-led military exercises in the region as an invasion rehearsal, slammed Washington for staging them.", "PRK>USA"}}},
		{"5 title appositive", []line{{"Choe Son Hui, North Korea's foreign minister, said the drills were a grave provocation.", "PRK>"}}},
		{"5 name appositive", []line{{"NATO's secretary general, Mark Rutte, said Russia's behaviour was reckless.", "NATO>RUS"}}},
		{"5 participle aside", []line{{"Putin, speaking at a forum in Vladivostok, accused the West of prolonging the war in Ukraine.", "RUS>UKR"}}},

		// Rule 6: pronouns and bare offices carry the previous speaker over.
		{"6 it also warned", []line{
			{"North Korea's foreign ministry condemned the joint drills.", "PRK>"},
			{"It also warned that Seoul would pay a heavy price.", "PRK>KOR"},
		}},
		{"6 they said", []line{
			{"Houthi leaders accused Washington of backing Israel's war.", "HOUTHIS>USA|ISR"},
			{"Attacks on shipping would continue, they said.", "HOUTHIS>USA|ISR"}, // same speaker, same targets
		}},
		{"6 the ministry", []line{
			{"China protested to Manila on Monday.", "CHN>PHL"},
			{"The ministry said Philippine vessels had entered Chinese waters.", "CHN>PHL"},
		}},
		{"6 he added", []line{
			{"Zelensky said Ukraine needed more air defence systems.", "UKR>"},
			{"He added that Russia was preparing a new offensive.", "UKR>RUS"},
		}},
		{"6 quote continuation", []line{
			{"Netanyahu warned Hezbollah against widening the war.", "ISR>HEZBOLLAH"},
			{"“We are ready for any scenario.", "ISR>HEZBOLLAH"},
			{"Beirut will pay the price,” he said.", "ISR>LBN"},
		}},
		{"6 no statement, no speaker", []line{
			{"Iran's foreign ministry condemned the strike.", "IRN>"},
			{"The drills involved about 30,000 troops.", ">"},
		}},
		{"6 non-actor speaker resets", []line{
			{"Russia warned NATO against deploying troops to Ukraine.", "RUS>NATO|UKR"},
			{"Analysts said the warning was aimed at France.", ">"},
			{"They added that Moscow was unlikely to act.", ">"},
		}},
		{"6 expletive it", []line{
			{"Japan condemned the launch.", "JPN>"},
			{"It was not immediately clear whether the missile carried a warhead.", ">"},
		}},

		// Rule 7: passives.
		{"7 passive agent", []line{{"Japan was accused by China of reviving militarism.", "CHN>JPN"}}},
		{"7 passive warned", []line{{"Venezuela was warned by the United States against annexing territory.", "USA>VEN"}}},
		{"7 passive no agent", []line{{"Rwanda was accused of backing the M23 rebels.", ">"}}},

		// Rule 8: demonym subjects.
		{"8 spokesperson", []line{{"A North Korean spokesperson said the sanctions were an act of war.", "PRK>"}}},
		{"8 officials", []line{{"Japanese officials said the missile flew over Hokkaido.", "JPN>"}}},
		{"8 US officials", []line{{"US officials have said that Washington has no hostile intentions towards Pyongyang.", "USA>PRK"}}},

		// Rule 9: events have no speaker; stance acts do.
		{"9 event", []line{{"China fired ballistic missiles into the waters around Taiwan on Thursday.", ">"}}},
		{"9 participle statement", []line{{"Sudan cut diplomatic ties with Ethiopia, accusing it of arming the Rapid Support Forces.", "SDN>ETH|RSF"}}},
		{"9 coordinated statement", []line{{"Poland closed its border with Belarus and warned Minsk against new provocations.", "POL>BLR"}}},
		{"9 embedded statement", []line{{"The drills began days after Lavrov said Moscow would answer any NATO deployment.", "RUS>NATO"}}},
		{"9 speech noun", []line{{"Modi made the remarks at a rally in Gujarat, warning Pakistan against cross-border attacks.", "IND>PAK"}}},

		// Stance-bearing acts: their subject is the speaker.
		{"act threatened to", []line{{"Eritrea threatened to shell border towns if the militias came back.", "ERI>"}}},
		{"act apologised", []line{{"Turkey has apologised to Greece for the incursion into its airspace.", "TUR>"}}},
		{"act agreed alone", []line{{"Sudan has agreed to reopen its borders to UN peacekeepers.", "SDN>UN"}}},
		{"act agreed jointly is an event", []line{{"Ethiopia and Eritrea agreed to reopen their border crossings.", ">"}}},
		{"act agreed passive is an event", []line{{"The truce was agreed by Israel and Hamas in Cairo.", ">"}}},
		{"act reminder", []line{{"Modi issued a stern reminder to Pakistan about the treaty.", "IND>PAK"}}},
		{"act halted aid", []line{{"Germany halted economic aid to Rwanda over its support for the M23.", "DEU>RWA|M23"}}},
		{"act said halted aid", []line{{"Japan said it had halted economic aid to North Korea.", "JPN>PRK"}}},
		{"act offered", []line{{"Pakistan has offered to hand over the suspects to India.", "PAK>IND"}}},
		{"act recalled ambassador", []line{{"Poland recalled its ambassador from Belarus.", "POL>BLR"}}},
		{"act lifted sanctions", []line{{"The European Union lifted sanctions on Venezuela.", "EU>VEN"}}},
		{"act freed prisoners", []line{{"Belarus freed dozens of prisoners after the talks.", "BLR>"}}},
		{"act declared ceasefire", []line{{"Hamas declared a ceasefire on Sunday.", "HAMAS>"}}},
		{"act lodged protest", []line{{"Vietnam lodged a protest with China over the fishing ban.", "VNM>CHN"}}},
		{"act expelled", []line{{"Colombia expelled two diplomats from Venezuela.", "COL>VEN"}}},
		{"event tested", []line{{"Pakistan tested a cruise missile on Tuesday.", ">"}}},
		{"event met", []line{{"The leaders of Japan and South Korea met in Tokyo.", ">"}}},
		{"event released report", []line{{"India released a report on the monsoon.", ">"}}},

		// Roles.
		{"role US officials in past", []line{{"US officials have in the past said that Washington has no plan to attack Tehran.", "USA>IRN"}}},
		{"role US officials in past have", []line{{"US officials have in past have said that Washington means no harm to Havana.", "USA>"}}},
		{"role administration", []line{{"The Bush administration declared on Tuesday that Iran must halt enrichment.", "USA>IRN"}}},
		{"role Obama administration", []line{{"The Obama administration imposed new sanctions on North Korea.", "USA>PRK"}}},
		{"role demonym diplomats", []line{{"Russian diplomats accused Britain of spying.", "RUS>GBR"}}},
		{"role ministry from context", []line{
			{"China protested to Japan on Monday.", "CHN>JPN"},
			{"A foreign ministry spokesman said Tokyo must stop its provocations.", "CHN>JPN"},
		}},

		// Modifiers, venues and places.
		{"modifier is not the speaker", []line{{"Russian-backed separatists accused Ukraine of shelling a market.", ">"}}},
		{"modifier as target", []line{{"Iran condemned the US-led strikes on Yemen.", "IRN>USA|YEM"}}},
		{"venue is no target", []line{{"Blinken told a news conference in Seoul that North Korea must stop its provocations.", "USA>PRK"}}},
		{"lead place speaks", []line{{"In Seoul, the unification ministry urged the North to resume talks.", "KOR>PRK"}}},

		// News shapes: stance acts said through a noun, labels, participle
		// leads, headline passives and sources that relay an actor.
		{"act made it clear", []line{{"Kishida made it clear that Beijing must stop its patrols.", "JPN>CHN"}}},
		{"act raised concerns after aux", []line{{"Macron had previously raised concerns with Beijing over its support for Russia.", "FRA>CHN|RUS"}}},
		{"act has made no mention", []line{{"China has made no mention of the drills near Taiwan.", ">"}}},
		{"vouched for", []line{{"Biden vouched for Turkey's right to defend itself.", "USA>TUR"}}},
		{"act gave assurances", []line{{"North Korean officials gave Washington assurances that the talks could go ahead.", "PRK>USA"}}},
		{"act cancelled a summit", []line{{"Mr. Putin cancelled a planned summit with Mr. Erdogan.", "RUS>TUR"}}},
		{"act pulled out of talks", []line{{"Citing Pyongyang's threats, Biden pulled out of the planned June 12 talks with North Korea.", "USA>PRK"}}},
		{"act ratified an agreement", []line{{"Ukraine ratified an agreement with Turkey on Tuesday.", "UKR>TUR"}}},
		{"progressive sanctioning", []line{{"The United States is sanctioning Iranian officials over the crackdown.", "USA>IRN"}}},
		{"label with colon", []line{{"SEE ALSO: Biden threatens China with new tariffs", "USA>CHN"}}},
		{"label before a name", []line{{"Video Turkey's president has condemned Biden's remarks.", "TUR>USA"}}},
		{"participle lead", []line{{"Deliberately avoiding specific discussion of what kind of steps he was planning against the reclusive state, Mr. Biden said that the answer would come in time.", "USA>"}}},
		{"headline passive without be", []line{{"Iran's nuclear plan slammed by France's Macron", "FRA>IRN"}}},
		{"press relays an actor", []line{{"The newspaper said Biden accused Russia of lying about its troops.", "USA>RUS"}}},
		{"trailing press relays an act", []line{{"North Korean officials gave Washington assurances that the summit could go ahead, the Journal reported.", "PRK>USA"}}},
		{"trailing name relays a speaker", []line{{"Mr. Biden indicated that “he favoured arming Ukraine,” Mr. Smith said in an interview.", "USA>UKR"}}},
		{"report by an actor", []line{{"A report by KCNA said Kim Jong Un would meet Yoon next month.", "PRK>KOR"}}},
		{"study by a demonym's researchers", []line{{"A study by Chinese researchers said Japan had hidden the leak.", ">"}}},
		{"possessive qualifies an appositive", []line{{"Indeed, Biden's closest ally in Asia, Japanese Prime Minister Fumio Kishida, accused China of coercion.", "JPN>CHN"}}},
		{"headline passive after a quote", []line{{"Macron's ‘reckless’ plan slammed by Russia's Lavrov", "RUS>FRA"}}},
		{"mourned", []line{{"Erdogan mourned the victims of the attack in Israel.", "TUR>ISR"}}},
		{"testified", []line{{"Blinken testified that Russia had broken the treaty.", "USA>RUS"}}},
		{"lone pronoun, own commitment", []line{{"He said China would never allow Taiwan to drift away.", "CHN>TWN"}}},
		{"lone pronoun, own stand", []line{{"It added that Tehran remained committed to talks with Washington.", "IRN>USA"}}},
		{"lone pronoun, fate of another", []line{{"It warned that Japan would face a crushing answer.", ">"}}},
		{"lone pronoun, charge against another", []line{{"He said China was the main threat to Taiwan.", ">"}}},
		// A record that documents an actor's stance act only relays it, as a
		// source relays an actor's words.
		{"trailing according to a record", []line{{"Japan lodged a complaint against the tariffs, according to the organisation's records.", "JPN>"}}},
		{"trailing according to a record of an event", []line{{"Japan held talks with the organisation, according to its records.", ">"}}},

		// Document context.
		{"the North and the South", []line{
			{"North Korea blew up roads linking it to South Korea.", ">"},
			{"Seoul's military said the North had fired warning shots across the border.", "KOR>PRK"},
		}},
		{"surname learnt", []line{
			{"Venezuela's foreign minister, Yvan Gil, rejected the ruling.", "VEN>"},
			{"Gil said Caracas would never give up its claim.", "VEN>"},
		}},
		{"the alliance", []line{
			{"Russia accused NATO of provoking the conflict.", "RUS>NATO"},
			{"Lavrov said the alliance was preparing for war.", "RUS>NATO"},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) {
			a := NewAttributor(g)
			for _, l := range tt.doc {
				got := a.Attribute(l.s, date).String()
				if got != l.want {
					t.Errorf("%q\n got: %s\nwant: %s", l.s, got, l.want)
				}
			}
		})
	}
	if n := len(tests); n < 40 {
		t.Errorf("only %d attribution cases", n)
	}
}

func TestAttributeReset(t *testing.T) {
	g := loadFixture(t, "small.csv")
	a := NewAttributor(g)
	a.Attribute("North Korea's foreign ministry condemned the joint drills.", time.Time{})
	a.Attribute("“We will never accept this.", time.Time{}) // an open quote
	a.Reset()
	if got := a.Attribute("It also warned Seoul.", time.Time{}).String(); got != ">" {
		t.Errorf("after Reset, a pronoun still resolves: %s", got)
	}
	a.Attribute("Seoul said so.", time.Time{})
	if got := a.Attribute("He smiled.", time.Time{}).String(); got != ">" {
		t.Errorf("a verb outside the lists took the speaker: %s", got)
	}
}

func TestAttributeNoGazetteer(t *testing.T) {
	a := NewAttributor(nil)
	if got := a.Attribute("North Korea said so.", time.Time{}); got.Speaker != "" || got.Targets != nil {
		t.Errorf("nil gazetteer attributed %v", got)
	}
}

// TestTargetsFresh checks that Targets slices are not shared between calls.
func TestTargetsFresh(t *testing.T) {
	g := loadFixture(t, "small.csv")
	a := NewAttributor(g)
	first := a.Attribute("Japan accused China of intimidation.", time.Time{})
	a.Attribute("Russia accused Ukraine of shelling.", time.Time{})
	if first.Targets[0] != "CHN" {
		t.Errorf("first result changed to %v", first.Targets)
	}
}

// TestLongInput: a megabyte-long "sentence" (a page without full stops)
// is attributed without failing; BenchmarkLongInput measures its cost
// (in time, which a test should not: timed tests flake on a busy machine).
func TestLongInput(t *testing.T) {
	g := loadFixture(t, "small.csv")
	a := NewAttributor(g)
	got := a.Attribute(longInput(), time.Time{})
	if got.Speaker != "PRK" {
		t.Errorf("speaker %q, want PRK", got.Speaker)
	}
	if ms := g.Find(longInput(), time.Time{}); len(ms) < 10000 {
		t.Errorf("%d mentions", len(ms))
	}
}

func longInput() string {
	return strings.Repeat("North Korea said, “the US”, which Japan said, and the North, Mr Kim, warned ‘Seoul’ after China said that ", 10000)
}

func BenchmarkLongInput(b *testing.B) {
	g := loadFixture(b, "small.csv")
	a := NewAttributor(g)
	s := longInput()
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		a.Attribute(s, time.Time{})
	}
}
