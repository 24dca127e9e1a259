package actors

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"
)

// loadFixture parses a CSV gazetteer from testdata.
func loadFixture(t testing.TB, name string) *Gazetteer {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	g, err := Parse(f, name)
	if err != nil {
		t.Fatalf("parsing %s: %v", name, err)
	}
	return g
}

func TestParseGood(t *testing.T) {
	g := loadFixture(t, "small.csv")
	for code, name := range map[string]string{"PRK": "North Korea", "USA": "United States", "NATO": "NATO", "XYZ": "XYZ"} {
		if got := g.Name(code); got != name {
			t.Errorf("Name(%q) = %q, want %q", code, got, name)
		}
	}
	codes := g.Codes()
	if len(codes) < 40 {
		t.Errorf("Codes() has %d codes, want at least 40", len(codes))
	}
	for i := 1; i < len(codes); i++ {
		if codes[i-1] >= codes[i] {
			t.Fatalf("Codes() not sorted: %q before %q", codes[i-1], codes[i])
		}
	}
	codes[0] = "changed"
	if g.Codes()[0] == "changed" {
		t.Error("Codes() returns the gazetteer's own slice")
	}
}

func TestDefault(t *testing.T) {
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	g2, _ := Default()
	if g != g2 {
		t.Error("Default() parsed the embedded file twice")
	}
	for _, c := range []string{"PRK", "KOR", "USA", "CHN", "RUS", "UN", "NATO"} {
		if !contains(g.Codes(), c) {
			t.Errorf("embedded gazetteer has no code %s", c)
		}
	}
	if got := g.Name("PRK"); got != "North Korea" {
		t.Errorf("Name(PRK) = %q", got)
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		file string
		want string // the whole message
	}{
		{"bad_missing_code.csv", "bad_missing_code.csv:3: missing code"},
		{"bad_duplicate_alias.csv", `bad_duplicate_alias.csv:5: alias "Congo" maps to COD and COG (first at line 3)`},
		{"bad_date.csv", `bad_date.csv:3: bad date "2021-13-20" in column from`},
		{"bad_kind.csv", `bad_kind.csv:3: unknown kind "city"`},
		{"bad_fields.csv", "bad_fields.csv:3: wrong number of fields: got 3, want 6"},
		{"bad_no_name.csv", "bad_no_name.csv:3: code KOR has no name row"},
		{"bad_from_after_to.csv", "bad_from_after_to.csv:3: from after to (2024-07-05 > 2022-10-25)"},
		{"bad_overlap.csv", `bad_overlap.csv:5: person "Johnson" maps to GBR and USA in overlapping terms (first at line 4)`},
		{"bad_header.csv", `bad_header.csv:1: header is "code,type,text", want "code,kind,text,role,from,to"`},
		{"bad_quote.csv", `bad_quote.csv:2: extraneous or missing " in quoted-field`},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			f, err := os.Open(filepath.Join("testdata", tt.file))
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			_, err = Parse(f, tt.file)
			if err == nil {
				t.Fatal("no error")
			}
			if err.Error() != tt.want {
				t.Errorf("error\n got: %s\nwant: %s", err, tt.want)
			}
		})
	}
}

func TestParseErrorCap(t *testing.T) {
	f, err := os.Open(filepath.Join("testdata", "bad_many.csv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	_, err = Parse(f, "bad_many.csv")
	if err == nil {
		t.Fatal("no error")
	}
	lines := strings.Split(err.Error(), "\n")
	if len(lines) != maxErrors {
		t.Errorf("got %d error lines, want %d", len(lines), maxErrors)
	}
	if lines[0] != `bad_many.csv:3: unknown kind "bogus0"` {
		t.Errorf("first line %q", lines[0])
	}
}

func TestParseOddInputs(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"empty", "", `x.csv:1: missing header "code,kind,text,role,from,to"`},
		{"header only", "code,kind,text,role,from,to\n", ""},
		{"BOM", "\ufeffcode,kind,text,role,from,to\nJPN,name,Japan,,,\n", ""},
		{"CRLF", "code,kind,text,role,from,to\r\nJPN,name,Japan,,,\r\n", ""},
		{"bad code", "code,kind,text,role,from,to\njpn,name,Japan,,,\n", `x.csv:2: bad code "jpn" (want upper-case letters, digits or _, 2 to 16 long)`},
		{"role on name", "code,kind,text,role,from,to\nJPN,name,Japan,head of state,,\n", "x.csv:2: role is only for person rows"},
		{"role on dated alias", "code,kind,text,role,from,to\nJPN,name,Japan,,,\nJPN,alias,Nippon,head of state,1950-01-01,\n", "x.csv:3: role is only for person rows"},
		{"dated name", "code,kind,text,role,from,to\nJPN,name,Japan,,1950-01-01,\n", "x.csv:2: a name row has no dates"},
		{"dated block", "code,kind,text,role,from,to\n,block,Japan Sea,,,1990-01-01\n", "x.csv:2: a block row has no dates"},
		{"unknown role", "code,kind,text,role,from,to\nJPN,name,Japan,,,\nJPN,person,Kishida,emperor,2021-10-04,\n", `x.csv:3: unknown role "emperor" (want head of state, head of government, foreign minister, government or defence)`},
		{"dated alias over undated", "code,kind,text,role,from,to\nRUS,name,Russia,,,\nSUN,name,Soviet Union,,,\nRUS,capital,Moscow,,,\nSUN,capital,Moscow,,1922-12-30,1991-12-25\n", ""},
		{"two undated readings", "code,kind,text,role,from,to\nRUS,name,Russia,,,\nSUN,name,Soviet Union,,,\nRUS,capital,Moscow,,,\nSUN,capital,Moscow,,,\n", `x.csv:5: capital "Moscow" maps to RUS and SUN (first at line 4)`},
		{"overlapping dated aliases", "code,kind,text,role,from,to\nRUS,name,Russia,,,\nSUN,name,Soviet Union,,,\nRUS,capital,Moscow,,1990-01-01,\nSUN,capital,Moscow,,1922-12-30,1991-12-25\n", `x.csv:5: capital "Moscow" maps to RUS and SUN in overlapping terms (first at line 4)`},
		{"dated alias bad date", "code,kind,text,role,from,to\nSUN,name,Soviet Union,,,\nSUN,capital,Moscow,,1922-12-30,1991-13-25\n", `x.csv:3: bad date "1991-13-25" in column to`},
		{"second name", "code,kind,text,role,from,to\nJPN,name,Japan,,,\nJPN,name,Nippon,,,\n", "x.csv:3: second name row for JPN (first at line 2)"},
		{"punctuation first", "code,kind,text,role,from,to\nJPN,name,-Japan,,,\n", `x.csv:2: text "-Japan" must start with a letter or digit`},
		{"invalid UTF-8", "code,kind,text,role,from,to\nJPN,name,Jap\xffan,,,\n", "x.csv:2: invalid UTF-8"},
		{"same text same code", "code,kind,text,role,from,to\nJPN,name,Japan,,,\nJPN,alias,Japan,,,\n", ""},
		{"non-overlapping persons", "code,kind,text,role,from,to\nUSA,name,United States,,,\nGBR,name,United Kingdom,,,\nUSA,person,Johnson,head of state,1963-11-22,1969-01-20\nGBR,person,Johnson,head of government,2019-07-24,2022-09-06\n", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse(strings.NewReader(tt.in), "x.csv")
			got := ""
			if err != nil {
				got = err.Error()
			}
			if got != tt.want {
				t.Errorf("error\n got: %q\nwant: %q", got, tt.want)
			}
		})
	}
}

func TestExtend(t *testing.T) {
	base := loadFixture(t, "small.csv")
	user := loadFixture(t, "user.csv")
	ext := base.Extend(user)
	date := time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC)

	codes := func(g *Gazetteer, s string) []string {
		var out []string
		for _, m := range g.Find(s, date) {
			out = append(out, m.Code)
		}
		return out
	}
	tests := []struct {
		g    *Gazetteer
		s    string
		want []string
	}{
		{base, "Troops crossed into Congo.", []string{"COD"}},
		{ext, "Troops crossed into Congo.", []string{"COG"}},             // the user's reading wins
		{ext, "Kinshasa and the DRC protested.", []string{"COD", "COD"}}, // other built-in names survive
		{ext, "Officials in Pristina said so.", []string{"XKX"}},         // new code
		{ext, "The North warned the South.", []string{"KOR"}},            // "the South" needs its article
		{ext, "South of the border, Seoul waited.", []string{"KOR"}},
		{base, "The North warned the South.", nil},
	}
	for _, tt := range tests {
		if got := codes(tt.g, tt.s); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%q: got %v, want %v", tt.s, got, tt.want)
		}
	}
	if got := ext.Name("COG"); got != "Congo-Brazzaville" {
		t.Errorf("Name(COG) = %q, want the user's display name", got)
	}
	if got := ext.Name("COD"); got != "Democratic Republic of the Congo" {
		t.Errorf("Name(COD) = %q, want the built-in display name", got)
	}
	if got := base.Name("XKX"); got != "XKX" {
		t.Errorf("Extend changed the base gazetteer: Name(XKX) = %q", got)
	}
	if !contains(ext.Codes(), "XKX") || contains(base.Codes(), "XKX") {
		t.Error("Codes() after Extend: XKX should be in the extension only")
	}
	if base.Extend(nil) != base {
		t.Error("Extend(nil) should return the receiver")
	}
}
