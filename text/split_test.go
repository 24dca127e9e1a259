package text

import (
	"slices"
	"strings"
	"testing"
)

func TestSplit(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"empty", "", nil},
		{"only spaces", "   \t ", nil},
		{"one sentence", "Seoul said the talks would resume.", []string{"Seoul said the talks would resume."}},
		{"no final punctuation", "Talks resume in Doha", []string{"Talks resume in Doha"}},
		{"two sentences", "The talks ended. Both sides left Geneva.",
			[]string{"The talks ended.", "Both sides left Geneva."}},
		{"question and exclamation", "Will they meet? Nobody knows! The summit is off.",
			[]string{"Will they meet?", "Nobody knows!", "The summit is off."}},
		{"interrobang run", "Really?! The vote failed.", []string{"Really?!", "The vote failed."}},
		{"lower-case after period", "The ratio was 3 to 1. and then it fell.",
			[]string{"The ratio was 3 to 1. and then it fell."}},
		{"digit starts sentence", "The vote was close. 52 members backed it.",
			[]string{"The vote was close.", "52 members backed it."}},
		{"extra spaces", "  First one.    Second one.  ", []string{"First one.", "Second one."}},
		{"no space after period", "The site Example.Com went down.", []string{"The site Example.Com went down."}},

		// Quotes.
		{"closing quote then capital", "“We will respond.” The ministry said nothing more.",
			[]string{"“We will respond.”", "The ministry said nothing more."}},
		{"quote with comma stays whole", "“We are ready for the worst in the world,” said the ministry.",
			[]string{"“We are ready for the worst in the world,” said the ministry."}},
		{"split after attribution", "Pyongyang called the drills “an invasion rehearsal,” said Lee. It also warned Tokyo.",
			[]string{"Pyongyang called the drills “an invasion rehearsal,” said Lee.", "It also warned Tokyo."}},
		{"question inside quote", "“Who will pay?” asked the minister.", []string{"“Who will pay?” asked the minister."}},
		{"question quote then capital", "“Who will pay?” The minister did not answer.",
			[]string{"“Who will pay?”", "The minister did not answer."}},
		{"multi-sentence quote", "“We are ready. We will act,” he said.",
			[]string{"“We are ready.", "We will act,” he said."}},
		{"straight quotes", `"We will respond." The ministry said so.`,
			[]string{`"We will respond."`, "The ministry said so."}},
		{"opening quote after period", "He left. “Nothing changes,” an aide said.",
			[]string{"He left.", "“Nothing changes,” an aide said."}},
		{"single quotes inside", "She called it 'a great step.' she said later.",
			[]string{"She called it 'a great step.' she said later."}},
		{"period before closing paren", "He left (see the statement.) Then the talks ended.",
			[]string{"He left (see the statement.)", "Then the talks ended."}},

		// Ellipses.
		{"ellipsis inside quote", "“We will see... Maybe next week,” the envoy said.",
			[]string{"“We will see... Maybe next week,” the envoy said."}},
		{"unicode ellipsis inside quote", "“We will see… Maybe next week,” the envoy said.",
			[]string{"“We will see… Maybe next week,” the envoy said."}},
		{"ellipsis closing a quote", "“We will see...” The envoy left.",
			[]string{"“We will see...”", "The envoy left."}},
		{"ellipsis outside quote", "The plan stalled... Then it collapsed.",
			[]string{"The plan stalled...", "Then it collapsed."}},
		{"ellipsis in straight quote", `"Perhaps... Perhaps not," he said.`,
			[]string{`"Perhaps... Perhaps not," he said.`}},

		// Titles and abbreviations.
		{"titles", "Mr. Kim met Dr. Lee and Prof. Park. Gen. Milley and Lt. Col. Vindman spoke. Sen. Warren and Rep. Cheney and Gov. Newsom agreed.",
			[]string{"Mr. Kim met Dr. Lee and Prof. Park.", "Gen. Milley and Lt. Col. Vindman spoke.", "Sen. Warren and Rep. Cheney and Gov. Newsom agreed."}},
		{"more titles", "Mrs. May, Ms. Ardern, Maj. Gen. Smith, Capt. Jones, Sgt. Brown and Adm. Grady came. Rev. Tutu and St. Petersburg too.",
			[]string{"Mrs. May, Ms. Ardern, Maj. Gen. Smith, Capt. Jones, Sgt. Brown and Adm. Grady came.", "Rev. Tutu and St. Petersburg too."}},
		{"vs", "It was Russia vs. Ukraine in the final.", []string{"It was Russia vs. Ukraine in the final."}},
		{"company suffix before name", "Samsung Electronics Co. Chairman Lee spoke. Acme Inc. Chief Executive Jo Roe agreed.",
			[]string{"Samsung Electronics Co. Chairman Lee spoke.", "Acme Inc. Chief Executive Jo Roe agreed."}},
		{"company suffix ends sentence", "The order went to Acme Corp. The company declined to comment.",
			[]string{"The order went to Acme Corp.", "The company declined to comment."}},
		{"Ltd and Jr", "He joined Example Ltd. It was 2019. Martin Luther King Jr. Day is a holiday.",
			[]string{"He joined Example Ltd.", "It was 2019.", "Martin Luther King Jr. Day is a holiday."}},
		{"No before number", "He lives at No. 10 Downing Street.", []string{"He lives at No. 10 Downing Street."}},
		{"Vol and Art", "See Art. 5 of the treaty. Vol. 2 covers the rest.",
			[]string{"See Art. 5 of the treaty.", "Vol. 2 covers the rest."}},
		{"months before numbers", "The attack came on Jan. 6 and the vote on Sept. 11. Feb. 24 marked the invasion.",
			[]string{"The attack came on Jan. 6 and the vote on Sept. 11.", "Feb. 24 marked the invasion."}},
		{"all month forms", "Mar. 3, Apr. 4, Jun. 6, Jul. 7, Aug. 8, Sep. 9, Oct. 10, Nov. 11 and Dec. 12 are dates.",
			[]string{"Mar. 3, Apr. 4, Jun. 6, Jul. 7, Aug. 8, Sep. 9, Oct. 10, Nov. 11 and Dec. 12 are dates."}},
		{"month ends sentence", "The vote was held in Sept. The result surprised many.",
			[]string{"The vote was held in Sept.", "The result surprised many."}},
		{"U.S. mid-sentence", "The U.S. Navy and the U.K. Ministry of Defence met U.N. officials and E.U. envoys.",
			[]string{"The U.S. Navy and the U.K. Ministry of Defence met U.N. officials and E.U. envoys."}},
		{"U.S. at sentence end", "The envoy flew to the U.S. The talks begin on Monday.",
			[]string{"The envoy flew to the U.S.", "The talks begin on Monday."}},
		{"U.K. then pronoun", "She returned to the U.K. She declined to comment.",
			[]string{"She returned to the U.K.", "She declined to comment."}},
		{"quotation opening in lower case", "The envoy said the U.S. “will be taking names” of those who vote no. Then she left.",
			[]string{"The envoy said the U.S. “will be taking names” of those who vote no.", "Then she left."}},
		{"straight quotation opening in lower case", `Ottawa says the U.K. "must do more" now. "We agree," Paris said.`,
			[]string{`Ottawa says the U.K. "must do more" now.`, `"We agree," Paris said.`}},
		{"U.S. before President", "U.S. President Joe Biden spoke.", []string{"U.S. President Joe Biden spoke."}},
		{"a.m. and p.m.", "The blast came at 3 a.m. local time and the rally at 5 p.m. Officials said both were linked.",
			[]string{"The blast came at 3 a.m. local time and the rally at 5 p.m.", "Officials said both were linked."}},
		{"a.m. before time zone", "The strike began at 10:15 a.m. ET and ended an hour later.",
			[]string{"The strike began at 10:15 a.m. ET and ended an hour later."}},
		{"i.e. and e.g.", "Some states, e.g. Japan, agreed, i.e. Tokyo signed.",
			[]string{"Some states, e.g. Japan, agreed, i.e. Tokyo signed."}},
		{"i.e. before capital", "The North, i.e. Pyongyang, fired again.", []string{"The North, i.e. Pyongyang, fired again."}},
		{"etc. ends before capital", "They brought food, water, etc. The convoy left at dawn.",
			[]string{"They brought food, water, etc.", "The convoy left at dawn."}},
		{"etc. mid-sentence", "Food, water, etc. were delivered.", []string{"Food, water, etc. were delivered."}},
		{"initials", "George W. Bush met John F. Kennedy Jr. in a dream.",
			[]string{"George W. Bush met John F. Kennedy Jr. in a dream."}},
		{"N. Korea", "Tensions with N. Korea rose again.", []string{"Tensions with N. Korea rose again."}},
		{"initial before clause opener", "He chose Plan B. The others chose A.",
			[]string{"He chose Plan B.", "The others chose A."}},
		{"other dotted acronym", "Police in Washington, D.C. Metro stations were closed.",
			[]string{"Police in Washington, D.C. Metro stations were closed."}},
		{"decimal numbers", "Growth was 3.5 per cent. Inflation hit 7.25 per cent.",
			[]string{"Growth was 3.5 per cent.", "Inflation hit 7.25 per cent."}},
		{"abbreviation inside a longer word", "It hit Pluto.Dr and stopped. Then it left.",
			[]string{"It hit Pluto.Dr and stopped.", "Then it left."}},
		{"title after quote", "He called it “a farce.” Mr. Kim disagreed.",
			[]string{"He called it “a farce.”", "Mr. Kim disagreed."}},
		{"non-ASCII capital", "Talks ended. Élysée officials left.", []string{"Talks ended.", "Élysée officials left."}},
		{"non-breaking space", "Talks ended.\u00a0Officials left.", []string{"Talks ended.", "Officials left."}},
		{"line break inside", "Talks ended.\nOfficials left.", []string{"Talks ended.", "Officials left."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Split(tt.in)
			if !slices.Equal(got, tt.want) {
				t.Errorf("Split(%q)\n got  %q\n want %q", tt.in, got, tt.want)
			}
		})
	}
}

// TestSplitHugeParagraph checks one huge paragraph splits as its parts
// would; BenchmarkSplitHugeParagraph measures its cost per byte.
func TestSplitHugeParagraph(t *testing.T) {
	if n := len(Split(hugeParagraph())); n != 80000*3 {
		t.Fatalf("got %d sentences, want %d", n, 80000*3)
	}
}

func hugeParagraph() string {
	return strings.Repeat("The U.S. envoy met Mr. Kim at 3 p.m. on Jan. 6... “We will see.” Talks end. ", 80000)
}

func BenchmarkSplitHugeParagraph(b *testing.B) {
	big := hugeParagraph()
	b.SetBytes(int64(len(big)))
	for b.Loop() {
		Split(big)
	}
}
