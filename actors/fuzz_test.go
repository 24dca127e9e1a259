package actors

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// FuzzParse feeds arbitrary bytes to the CSV reader: it must return a
// gazetteer or an error, never panic, and its errors must name a line.
func FuzzParse(f *testing.F) {
	for _, name := range []string{"small.csv", "dated.csv", "user.csv", "bad_quote.csv", "bad_overlap.csv", "bad_fields.csv"} {
		b, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte("code,kind,text,role,from,to\nPRK,name,the North,,,\nPRK,person,Kim,head of state,2011-12-17,\n"))
	f.Fuzz(func(t *testing.T, b []byte) {
		g, err := Parse(bytes.NewReader(b), "f.csv")
		if err != nil {
			for _, line := range strings.Split(err.Error(), "\n") {
				if !strings.HasPrefix(line, "f.csv:") {
					t.Fatalf("error line without FILE:LINE: %q", line)
				}
			}
			return
		}
		for _, c := range g.Codes() {
			_ = g.Name(c)
		}
		g.Find(string(b), time.Time{})
	})
}

// FuzzParsePetrarch does the same for the PETRARCH reader.
func FuzzParsePetrarch(f *testing.F) {
	for _, name := range []string{"small.actors", "bad_unterminated.actors", "bad_synonym_first.actors"} {
		b, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte("X_ [ABC 9999-0101]\n+\xff_\n\t[ABCDEF >abcdef]\n"))
	f.Fuzz(func(t *testing.T, b []byte) {
		g, err := ParsePetrarch(bytes.NewReader(b), "f.actors")
		if err != nil {
			if !strings.HasPrefix(err.Error(), "f.actors:") {
				t.Fatalf("error without FILE:LINE: %q", err)
			}
			return
		}
		g.Find(string(b), time.Time{})
	})
}

// FuzzFind runs Find and Attribute on arbitrary sentences with the
// embedded gazetteer: no panic, mentions inside the sentence, in order and
// not overlapping, and attributions that follow their contract.
func FuzzFind(f *testing.F) {
	for _, s := range benchSentences {
		f.Add(s)
	}
	f.Add("“”‘’\"'«»—–-,,,;:")
	f.Add("the the the North South island alliance bloc court Mr Mr. Wang")
	f.Add("US-led U.S.-led pro-Russian US–China Japan’s the Philippines' \xff\xfe")
	f.Add("Air strikes — the only option left, Mr. Obama said — remain; Kim Dae-jung, Lebanon's Hezbollah, 'event' says Seoul")
	f.Add("Mr. Altun said Erdogan extended an invitation; Biden phoned Erdogan to offer his condolences, he said,")
	f.Add("NEWS IN CAPITALS HERE Tehran said… Copy this code to your website or blog — Jane (@j) May 1, 2019 - Kremlin")
	f.Add("The visit drew a sharp rebuke from Beijing, with Seoul accusing; the administration — the Pentagon")
	f.Add("/ Updated By X LONDON — A senior official who asked not to be named quoted Y as saying; the president, and the army said on Sunday that the Iranian army would")
	f.Add("Kataib Hezbollah, a powerful Iraqi armed faction, warned; Riyadh will reopen, Kuwait's minister said; gave Hamas 48 hours on Saturday to")
	f.Add("April 4, 2017: Kremlin: Erdogan says “sorry”, vows to; Seoul to free 10 U.S. Navy sailors, severing ties, prompting Tokyo to protest")
	f.Add("Merkel on: “x” Egypt's Muslim Brotherhood, the country's president warned; began banning; put cooperation with France on ice on")
	f.Add("NORTH KOREA VOWS TO BOLSTER ’TO THE MAXIMUM’ É Algeria Cuts Ties With Morocco Over Paris Agreement")
	f.Add("sanctions s ' report of the UN that; the indictment unsealed by the FBI, announced by, was described as; Beijing's tit-for-tat duties")
	f.Add("Pyongyang, which has vowed, fired; after the Houthis, who have vowed, attacked, drawing a protest from Tokyo, citing; Newly installed Defence Minister")
	f.Add("Trump, who has called NATO \"obsolete,\" urged; were left stranded after Vilnius shut, with Kyiv's air force saying; took the rare step of")
	f.Add("AB CD EF: x")
	f.Add("TRUMP:")
	f.Add("KCNA: y, meanwhile, was quick to; A US inquiry found; but nonetheless sharply")
	f.Add("[Kim says] “x,” Kim wrote. ( VIDEO: a) b Photo: Reuters / The Story highlights x Y said ] ? |")
	f.Add("  [")
	f.Add("(ABC:")
	f.Add("SEE ALSO: Tokyo hails ties with Seoul The Kremlin said; | Getty Images | AP Photo It's not the first time that")
	f.Add("Donald Trump, Jr. leveled criticism at; Hillary Clinton, the frontrunner, is using the drills as a way to warn; isn't the first time")
	f.Add("Seoul used the talks to")
	g, err := Default()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, s string) {
		ms := g.Find(s, time.Time{})
		end := 0
		for _, m := range ms {
			if m.Start < end || m.End <= m.Start || m.End > len(s) {
				t.Fatalf("bad mention %+v after offset %d in %q", m, end, s)
			}
			if utf8.ValidString(s) && (!utf8.ValidString(s[m.Start:m.End])) {
				t.Fatalf("mention %+v splits a rune in %q", m, s)
			}
			end = m.End
		}
		a := NewAttributor(g)
		for i := 0; i < 4; i++ { // a document of repeats exercises the carried state
			day := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
			if i == 3 {
				day = time.Time{} // undated text reads terms differently
			}
			at := a.Attribute(s, day)
			if at.Speaker == "" && at.Targets != nil {
				t.Fatalf("targets without a speaker: %+v", at)
			}
			seen := map[string]bool{}
			for _, c := range at.Targets {
				if c == at.Speaker || seen[c] || c == "" {
					t.Fatalf("bad targets %+v for %q", at, s)
				}
				seen[c] = true
			}
		}
	})
}
