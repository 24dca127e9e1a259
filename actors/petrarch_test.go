package actors

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func parsePetrarchFile(t *testing.T, path string) (*Gazetteer, error) {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	return ParsePetrarch(f, filepath.Base(path))
}

// codeOf returns the code of the single mention of s, or "".
func codeOf(g *Gazetteer, s string, date time.Time) string {
	ms := g.Find(s, date)
	if len(ms) != 1 || ms[0].Start != 0 || ms[0].End != len(s) {
		return ""
	}
	return ms[0].Code
}

func TestParsePetrarch(t *testing.T) {
	g, err := parsePetrarchFile(t, filepath.Join("testdata", "small.actors"))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		s    string
		date time.Time
		want string
	}{
		{"North Korea", time.Time{}, "PRK"},
		{"DPRK", time.Time{}, "PRK"},      // acronym kept in capitals
		{"N. Korea", time.Time{}, "PRK"},  // dotted abbreviation
		{"Pyongyang", time.Time{}, "PRK"}, // synonym with a comment
		{"Democratic People's Republic of Korea", time.Time{}, "PRK"},
		{"US", time.Time{}, "USA"},
		{"Us", time.Time{}, ""}, // never the English word
		{"U.S.", time.Time{}, "USA"},
		{"IRAN", time.Time{}, "IRN"}, // short single words both ways
		{"Iran", time.Time{}, "IRN"},
		{"Korean People's Army", time.Time{}, "PRK"}, // codes after the synonyms
		{"KPA", time.Time{}, "PRK"},
		{"Kim Il Sung", day(1980, 1, 1), "PRK"},
		{"Kim Il Sung", day(1940, 1, 1), "PRK"}, // 8-digit dates
		{"Kim Il Sung", day(2020, 1, 1), ""},
		{"Moon Jae-in", day(2018, 1, 1), "KOR"}, // ">yymmdd": from then on
		{"Moon Jae-in", day(2016, 1, 1), ""},
		{"Old Soviet Leader", day(1985, 1, 1), "USR"}, // "<yymmdd": until then
		{"Old Soviet Leader", day(1995, 1, 1), ""},
		{"Kofi Annan", time.Time{}, ""},          // IGO codes are not countries
		{"Unknown Date Person", time.Time{}, ""}, // a lone date cannot be read
	}
	for _, tt := range tests {
		if got := codeOf(g, tt.s, tt.date); got != tt.want {
			t.Errorf("%q on %s: got %q, want %q", tt.s, tt.date.Format("2006-01-02"), got, tt.want)
		}
	}
	if got := g.Name("PRK"); got != "North Korea" {
		t.Errorf("Name(PRK) = %q", got)
	}
}

func TestParsePetrarchErrors(t *testing.T) {
	tests := []struct{ file, want string }{
		{"bad_unterminated.actors", `bad_unterminated.actors:3: unterminated [ in "[JPN"`},
		{"bad_synonym_first.actors", `bad_synonym_first.actors:2: synonym "+NIPPON_" before any root phrase`},
	}
	for _, tt := range tests {
		_, err := parsePetrarchFile(t, filepath.Join("testdata", tt.file))
		if err == nil || err.Error() != tt.want {
			t.Errorf("%s: error %v, want %s", tt.file, err, tt.want)
		}
	}
}

func TestPetrarchTexts(t *testing.T) {
	tests := []struct{ in, want string }{
		{"NORTH_KOREA_", "North Korea"},
		{"DPRK_", "DPRK"},
		{"US_", "US"},
		{"IRAN_", "IRAN|Iran"},
		{"PEOPLE'S_REPUBLIC_OF_CHINA", "People's Republic of China"},
		{"DPR_KOREA_", "DPR Korea"},
		{"AL-SHABAAB_", "Al-Shabaab|Al-shabaab"},
		{"KIM_JONG_UN_", "Kim Jong Un"},
		{"__", ""},
	}
	for _, tt := range tests {
		if got := strings.Join(petrarchTexts(tt.in), "|"); got != tt.want {
			t.Errorf("petrarchTexts(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestParsePetrarchReal reads the Phoenix country dictionary when the
// shared data are checked out next to the repository.
func TestParsePetrarchReal(t *testing.T) {
	path := filepath.Join("..", "..", "shared", "data", "petrarch2-dictionaries", "Phoenix.Countries.actors.txt")
	if _, err := os.Stat(path); err != nil {
		t.Skipf("%s not found: %v", path, err)
	}
	g, err := parsePetrarchFile(t, path)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{"North Korea", "DPRK", "Pyongyang"} {
		if got := codeOf(g, s, time.Time{}); got != "PRK" {
			t.Errorf("%q → %q, want PRK", s, got)
		}
	}
	if got := codeOf(g, "Kim Il Sung", day(1980, 1, 1)); got != "PRK" {
		t.Errorf("Kim Il Sung on 1980-01-01 → %q, want PRK", got)
	}
	if got := codeOf(g, "Kim Il Sung", day(2020, 1, 1)); got != "" {
		t.Errorf("Kim Il Sung on 2020-01-01 → %q, want nothing", got)
	}
	if n := len(g.Codes()); n < 150 {
		t.Errorf("only %d codes", n)
	}
}

func TestParseAny(t *testing.T) {
	csvText := "\n\ncode,kind,text,role,from,to\nJPN,name,Japan,,,\n"
	g, err := ParseAny(strings.NewReader(csvText), "x")
	if err != nil || codeOf(g, "Japan", time.Time{}) != "JPN" {
		t.Errorf("CSV through ParseAny: %v", err)
	}
	g, err = ParseAny(strings.NewReader("# comment\nJAPAN_ [JPN]\n+NIPPON_\n"), "y")
	if err != nil || codeOf(g, "Nippon", time.Time{}) != "JPN" {
		t.Errorf("PETRARCH through ParseAny: %v", err)
	}
	if _, err = ParseAny(strings.NewReader("code,kind,text,role,from,to\nJPN,cityname,Japan,,,\n"), "z.csv"); err == nil ||
		!strings.HasPrefix(err.Error(), "z.csv:2: ") {
		t.Errorf("CSV errors through ParseAny: %v", err)
	}
	if _, err = ParseAny(strings.NewReader(""), "empty"); err != nil {
		t.Errorf("empty input: %v", err)
	}
}

func TestPetrarchRange(t *testing.T) {
	tests := []struct {
		a, b     string
		from, to int32
	}{
		{"030101", "091130", 20030101, 20091130}, // the 50/50 rule when it runs forwards
		{"480909", "940708", 19480909, 19940708}, // 2048–1994 would run backwards
		{"330101", "351231", 19330101, 19351231}, // 2033–2035 would be after the dictionaries
		{"19300415", "480909", 19300415, 19480909},
		{"980905", "030101", 19980905, 20030101},
		{"20120219", "20140130", 20120219, 20140130},
	}
	for _, tt := range tests {
		from, to, ok := petrarchRange(tt.a, tt.b)
		if !ok || from != tt.from || to != tt.to {
			t.Errorf("petrarchRange(%s, %s) = %d, %d, %v; want %d, %d", tt.a, tt.b, from, to, ok, tt.from, tt.to)
		}
	}
}

func TestPetrarchRootsShareCodes(t *testing.T) {
	const dict = "IVAN_IVANOV_\nPRESIDENT_IVANOV_\nIVANOV_\n\t[RUSGOV 000101-041231]\nNEXT_ONE_ [FRA]\nSTRAY_ROOT_\nOTHER_ONE_ [DEU]\n"
	g, err := ParsePetrarch(strings.NewReader(dict), "d.actors")
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ s, want string }{
		{"Ivan Ivanov", "RUS"}, {"Ivanov", "RUS"}, {"Next One", "FRA"},
		{"Stray Root", ""}, // a root with codes of its own ends the run
		{"Other One", "DEU"},
	} {
		if got := codeOf(g, tt.s, day(2002, 1, 1)); got != tt.want {
			t.Errorf("%q: got %q, want %q", tt.s, got, tt.want)
		}
	}
}
