package actors

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

// fm renders mentions compactly for comparison: text=CODE, with "~" for
// modifiers.
func fm(s string, ms []Mention) string {
	var parts []string
	for _, m := range ms {
		p := fmt.Sprintf("%s=%s", s[m.Start:m.End], m.Code)
		if m.Modifier {
			p += "~"
		}
		parts = append(parts, p)
	}
	return strings.Join(parts, " ")
}

func day(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 12, 0, 0, 0, time.UTC) }

func TestFind(t *testing.T) {
	g := loadFixture(t, "small.csv")
	tests := []struct {
		name, s string
		date    time.Time
		want    string
	}{
		// Longest match first.
		{"longest", "South Korea and North Korea met.", time.Time{}, "South Korea=KOR North Korea=PRK"},
		{"demonym inside a phrase", "The North Korean foreign ministry said so.", time.Time{}, "North Korean=PRK"},
		{"full name over short", "The Democratic People's Republic of Korea replied.", time.Time{}, "The Democratic People's Republic of Korea=PRK"},
		{"guinea-bissau", "Guinea-Bissau and Guinea signed a pact.", time.Time{}, "Guinea-Bissau=GNB Guinea=GIN"},
		// Case.
		{"case US", "The US told us nothing.", time.Time{}, "The US=USA"},
		{"case china", "She collects china from China.", time.Time{}, "China=CHN"},
		// Word boundaries.
		{"no prefix match", "Iranians and the UNESCO board, not UNICEF.", time.Time{}, "the UNESCO=UNESCO"},
		{"UN alone", "The UN and U.N. envoys left.", time.Time{}, "The UN=UN U.N.=UN"},
		{"abbreviation end", "U.S. officials said.", time.Time{}, "U.S.=USA"},
		// Possessives and the article.
		{"possessive straight", "Japan's navy sailed.", time.Time{}, "Japan=JPN"},
		{"possessive curly", "Japan’s navy sailed.", time.Time{}, "Japan=JPN"},
		{"the Kremlin's", "the Kremlin's spokesman", time.Time{}, "the Kremlin=RUS"},
		{"no article for demonyms", "the Russian army advanced", time.Time{}, "Russian=RUS"},
		{"plural possessive", "the Philippines' coast guard", time.Time{}, "the Philippines=PHL"},
		// Hyphenated modifiers.
		{"US-led", "US-led exercises began.", time.Time{}, "US=USA~"},
		{"U.S.-led", "U.S.-led exercises began.", time.Time{}, "U.S.=USA~"},
		{"Russian-backed", "Russian-backed separatists shelled the town.", time.Time{}, "Russian=RUS~"},
		{"China-made", "China-made drones and Iran-aligned groups", time.Time{}, "China=CHN~ Iran=IRN~"},
		{"pro-", "pro-Russian and anti-American protesters", time.Time{}, "Russian=RUS~ American=USA~"},
		{"US–China", "the US–China trade war", time.Time{}, "the US=USA~ China=CHN~"},
		{"spaced dash is no compound", "Japan - and China - agreed.", time.Time{}, "Japan=JPN China=CHN"},
		// Place names are not actors.
		{"strait", "Ships crossed the Taiwan Strait and the South China Sea.", time.Time{}, ""},
		{"sea of", "Missiles fell into the Sea of Japan.", time.Time{}, ""},
		// Dated persons.
		{"in term", "Biden spoke to Putin.", day(2023, 3, 1), "Biden=USA Putin=RUS"},
		{"out of term", "Biden spoke to Putin.", day(2026, 3, 1), "Putin=RUS"},
		{"two terms, first", "Donald Trump warned Pyongyang.", day(2018, 6, 12), "Donald Trump=USA Pyongyang=PRK"},
		{"two terms, gap", "Donald Trump warned Pyongyang.", day(2022, 6, 12), "Pyongyang=PRK"},
		{"two terms, second", "Donald Trump warned Pyongyang.", day(2025, 6, 12), "Donald Trump=USA Pyongyang=PRK"},
		{"unknown date", "Donald Trump warned Pyongyang.", time.Time{}, "Donald Trump=USA Pyongyang=PRK"},
		{"term ends inclusive", "Yoon Suk Yeol spoke.", day(2025, 4, 4), "Yoon Suk Yeol=KOR"},
		{"term over", "Yoon Suk Yeol spoke.", day(2025, 4, 5), ""},
		// Odd input.
		{"empty", "", time.Time{}, ""},
		{"punctuation only", "“”—,.", time.Time{}, ""},
		{"invalid UTF-8", "Japan\xff\xfeChina", time.Time{}, "Japan=JPN China=CHN"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := fm(tt.s, g.Find(tt.s, tt.date))
			if got != tt.want {
				t.Errorf("Find(%q)\n got: %s\nwant: %s", tt.s, got, tt.want)
			}
		})
	}
}

// TestFindDatedSharedName: one surname, two leaders, two countries.
func TestFindDatedSharedName(t *testing.T) {
	g := loadFixture(t, "dated.csv")
	tests := []struct {
		date time.Time
		want string
	}{
		{day(1965, 1, 1), "Johnson=USA"},
		{day(2020, 1, 1), "Johnson=GBR"},
		{day(2000, 1, 1), ""},
		{time.Time{}, "Johnson=GBR"}, // most recent term
	}
	for _, tt := range tests {
		s := "Johnson said so."
		if got := fm(s, g.Find(s, tt.date)); got != tt.want {
			t.Errorf("on %v: got %q, want %q", tt.date.Format("2006-01-02"), got, tt.want)
		}
	}
}

func TestFindKinds(t *testing.T) {
	g := loadFixture(t, "small.csv")
	s := "KCNA said the Kremlin, Pyongyang, Xi and North Koreans agreed."
	var kinds []string
	for _, m := range g.Find(s, day(2024, 1, 1)) {
		kinds = append(kinds, m.Kind)
	}
	want := "media seat capital person demonym"
	if got := strings.Join(kinds, " "); got != want {
		t.Errorf("kinds %q, want %q", got, want)
	}
}

func TestFindNilGazetteer(t *testing.T) {
	var g *Gazetteer
	if g.Find("Japan", time.Time{}) != nil || g.Name("JPN") != "JPN" || g.Codes() != nil {
		t.Error("a nil *Gazetteer should find nothing")
	}
}

// TestLookupAgrees checks that the word facts Gazetteer.lookup puts on each
// token are what classOf and the word lists say about the word, for every
// listed word, its capitalised and upper-case forms, and the words of the
// benchmark sentences.
func TestLookupAgrees(t *testing.T) {
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	var words []string
	for w := range lexicon {
		words = append(words, w, strings.ToUpper(w[:1])+w[1:], strings.ToUpper(w))
	}
	for w := range honorifics {
		words = append(words, w, strings.ToLower(w))
	}
	for _, s := range benchSentences {
		for _, tok := range tokenize(s, nil) {
			if tok.word {
				words = append(words, s[tok.start:tok.end])
			}
		}
	}
	words = append(words, "Abcdefghijklmnopqrstuvwxyz", "Internationalisation", "Éric", "2024")
	for _, w := range words {
		toks := g.tokens(w, nil)
		if len(toks) != 1 || !toks[0].word {
			continue
		}
		tok := toks[0]
		c, capd := classOf(w)
		_, notVerb := notVerbSet[w]
		if tok.cls != c || (tok.f&fCapd != 0) != capd || (tok.f&fHonorific != 0) != honorifics[w] ||
			(tok.f&fGeoNoun != 0) != geoNouns[w] || (tok.f&fNameNoun != 0) != nameNouns[w] ||
			(tok.f&fNotVerb != 0) != notVerb {
			t.Errorf("%q: token cls %b flags %b, want cls %b capitalised %v", w, tok.cls, tok.f, c, capd)
		}
	}
}
