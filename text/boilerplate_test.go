package text

import (
	"strings"
	"testing"
)

func TestIsBoilerplate(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		// Buttons, labels and links.
		{"Comments", true},
		{"Comment", true},
		{"comments:", true},
		{"Share", true},
		{"• Share this article", true},
		{"Read more", true},
		{"Advertisement", true},
		{"Skip to content", true},
		{"Most read", true},
		{"Newsletter", true},
		{"Reuse this content", true},
		{"Related video: Troops cross the border at dawn", true},
		{"Related: Five things to know about the ceasefire", true},
		{"Image copyright Getty Images Image caption The envoy leaves the talks in Vienna", true},
		{"Media playback is unsupported on your device Media caption The envoy speaks to reporters", true},
		{"Image captions in the archive were rewritten by the agency's staff last year.", false},
		// A scraper ran the next sentence into the link: keep it.
		{"Related: Oslo offers to host the talks Negotiators from both sides arrived in the Norwegian capital on Sunday evening and are expected to meet for three days.", false},
		{"SEE ALSO: Envoy recalled over border row The ministry said the ambassador would return to the capital for consultations before the end of the week.", false},
		{"Watch: The moment the missile was launched", true},
		{"Read more: Why the Baltic states are worried", true},
		{"Click here to get breaking news alerts", true},
		{"Follow us on Facebook and X", true},
		{"Story continues below advertisement", true},

		// Comments and registration.
		{"Join our commenting forum", true},
		{"Join thought-provoking conversations with other readers and follow their replies", true},
		{"Thank you for registering", true},
		{"Please refresh the page or open another page on this site to be signed in automaticallyPlease refresh your browser to be signed in", true},
		{"Log in to keep reading", true},
		{"Sign in to manage your newsletters", true},
		{"Already have an account? Sign in here", true},

		// Appeals.
		{"Your support helps us tell the whole story", true},
		{"Your donation keeps our newsroom running.", true},
		{"Support independent journalism", true},
		{"Please support our journalism today.", true},
		{"Become a member and get the app", true},
		{"Subscribe to our daily briefing", true},
		{"Sign up to First Edition, our free daily newsletter", true},
		{"Donate now", true},
		{"Your donation lets us keep sending journalists where the news is. We never put our reporting behind a paywall.", true},
		{"Readers across the political spectrum trust our independent journalism. With your help, we can keep it free.", true},

		// Credits, legal lines, captions, cookies.
		{"Additional reporting by agencies", true},
		{"Reporting by Jane Roe in Seoul; Editing by John Doe", true},
		{"© 2024 Example Media", true},
		{"Copyright 2022 Example Media Group", true},
		{"Copyright © Example News Ltd", true},
		{"Photo: Jane Roe/Example Agency", true},
		{"(Image: Soldiers at a checkpoint)", true},
		{"The foreign minister arrives in Ankara (Photo: Example Agency)", true},
		{"Photograph: Example Photographer/AFP via Getty Images", true},
		{"Getty Images", true},
		{"A soldier stands guard at the border crossing. Jane Roe/Reuters", true},
		{"We use cookies to improve your experience on our site.", true},
		{"This website uses cookies. Accept all cookies", true},
		{"Sunday 03 July 2022 15:26 BST", true},
		{"Updated: 12 March 2024", true},

		// Hard negatives: real news lines that share words with furniture.
		{"", false},
		{"Comments by the foreign minister angered Beijing.", false},
		{"The minister declined to comment.", false},
		{"Share prices in Seoul fell 2 per cent after the launch.", false},
		{"Shares in the defence firm rose sharply.", false},
		{"Germany said it would support the talks in Geneva.", false},
		{"Berlin will support independent journalism in Belarus, the foreign office said.", false},
		{"Supporters of the opposition gathered outside parliament.", false},
		{"Voters must register by Friday, the election commission said.", false},
		{"Registration for the reserve force has doubled since February.", false},
		{"Subscribers to the state broadcaster were told the drills were routine.", false},
		{"Reporters Without Borders said journalists in the region face arrest.", false},
		{"“We will support our allies and we will not abandon your country,” the president said.", false},
		{"“Your support means everything to Ukraine,” Zelensky told the summit.", false},
		{"Related talks in Vienna ended without agreement.", false},
		{"Follow-up talks are planned for next month.", false},
		{"Copyright lawsuits against AI firms multiplied in 2023.", false},
		{"Readers of the state newspaper were told that the party supports the reform.", false},
		{"The army said it would publish photos of the site on Monday.", false},
		{"Japan lodged a formal protest with Beijing on 3 July 2022.", false},
		{"North Korea accuses US of trying to create ‘Asian Nato’", false},
		{"US officials said the door to talks remained open.", false},
	}
	for _, tt := range tests {
		if got := IsBoilerplate(tt.line); got != tt.want {
			t.Errorf("IsBoilerplate(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}

// TestAppealBlock checks that the paragraphs around an appeal's tell-tale
// line are dropped while they speak as the site, and that the block ends at
// the first news paragraph on either side.
func TestAppealBlock(t *testing.T) {
	src := `Seoul and Tokyo restore military hotline

We will support the hotline for as long as it takes, the minister said.

Before you go: our reporting from Asia is funded by readers.

Your support helps us explain the world

From elections to earthquakes, we go where the story is and we stay until it is told.

Our reporters work in more than 40 countries.

The two governments said the hotline would be tested weekly.

We never planned to stay, one villager said of the evacuation.`
	a := Parse(src)
	want := []string{
		"Seoul and Tokyo restore military hotline",
		"We will support the hotline for as long as it takes, the minister said.",
		"The two governments said the hotline would be tested weekly.",
		"We never planned to stay, one villager said of the evacuation.",
	}
	if len(a.Sentences) != len(want) {
		t.Fatalf("got %q, want %q", a.Sentences, want)
	}
	for i := range want {
		if a.Sentences[i] != want[i] {
			t.Errorf("sentence %d: got %q, want %q", i, a.Sentences[i], want[i])
		}
	}
	if a.Dropped != 4 {
		t.Errorf("Dropped = %d, want 4", a.Dropped)
	}
}

// TestPatternTable guards the boilerplate table against rows that can never
// match: patterns are compared with lower-cased text, so they must be lower
// case, and every row must match at least a line made of its own text.
func TestPatternTable(t *testing.T) {
	for _, p := range boilerplatePatterns {
		if p.text == "" || p.text != strings.ToLower(p.text) {
			t.Errorf("pattern %q must be non-empty and lower case", p.text)
			continue
		}
		line := strings.ReplaceAll(p.text, "+", " and ")
		if p.kind == prefix && strings.HasSuffix(line, " ") {
			line += "x"
		}
		if p.kind == contains || p.kind == suffix {
			line = "x " + line
		}
		if p.kind == contains && !strings.HasSuffix(line, ")") {
			line += " y"
		}
		if p.voice {
			line += " we"
		}
		if !IsBoilerplate(line) {
			t.Errorf("pattern %q does not match the line %q", p.text, line)
		}
	}
}
