package actors

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"stance/text"
)

var updatePhoenix = flag.Bool("update-phoenix", false, "rewrite testdata/phoenix.want.csv")

func mustDay(t testing.TB, s string) time.Time {
	t.Helper()
	d, err := time.Parse("2006-01-02", s)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// importFixture imports testdata/phoenix.actors over testdata/phoenix_base.csv.
func importFixture(t *testing.T) []byte {
	t.Helper()
	base := loadFixture(t, "phoenix_base.csv")
	dict, err := os.Open(filepath.Join("testdata", "phoenix.actors"))
	if err != nil {
		t.Fatal(err)
	}
	defer dict.Close()
	var out bytes.Buffer
	if err := ImportPhoenix(&out, dict, "phoenix.actors", base, mustDay(t, "2014-01-30"), text.IsWord); err != nil {
		t.Fatal(err)
	}
	return out.Bytes()
}

func TestImportPhoenix(t *testing.T) {
	got := importFixture(t)
	want := filepath.Join("testdata", "phoenix.want.csv")
	if *updatePhoenix {
		if err := os.WriteFile(want, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	w, err := os.ReadFile(want)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, w) {
		t.Errorf("import differs from %s:\n%s", want, got)
	}
	if again := importFixture(t); !bytes.Equal(got, again) {
		t.Error("two imports of the same input differ")
	}
}

// TestImportPhoenixRows checks the rules of the import one by one, so that a
// wrong golden file cannot hide a broken rule.
func TestImportPhoenixRows(t *testing.T) {
	out := string(importFixture(t))
	tests := []struct {
		row  string
		want bool
	}{
		{"FRE,person,Rufus T. Firefly,government,1933-01-01,1935-12-31", true},
		{"FRE,person,Rufus T. Firefly,defence,1936-01-01,1937-12-31", true},
		{"FRE,person,Firefly,government,1933-01-01,1935-12-31", true}, // a surname with its full name
		{"President Rufus", false}, // titles
		{"Former President", false},
		{"1920-01-01", false}, // ELI careers
		{"SYL,person,Vera Trentino,government,1933-01-01,1935-12-31", true}, // roots in a row, terms merged
		{"SYL,person,Trentino,government,1933-01-01,1935-12-31", true},
		{"1936-01-01,1936-12-31", false}, // GOVBUS
		{"Ambassador", false},
		{"FRE,person,Peter O'Neill,government,2010-01-01,2014-01-30", true}, // open term ends at the import's date
		{"FRE,person,Peter O’Neill,government,2010-01-01,2014-01-30", true},
		{"FRE,person,Robert McDuff,government,2005-01-01,2009-12-31", true},
		{",Brown,", false},  // a common word, even as a surname
		{"Anna Lee", false}, // two states at once
		{"SUN,person,Ivan Petrov,government,1989-01-01,1991-12-25", true},
		{"RUS,person,Ivan Petrov,government,1991-12-26,1993-01-01", true},
		{"King Zog", false},   // the base has it undated
		{"Old Leader", false}, // the base has it over an overlapping term
		{"Nobody", false},
		{"FRE,person,Marx,government,1940-01-01,1944-12-31", true}, // after an office title
		{"MR Marx", false},
		{",Silent,", false}, // only after a career or a past
		{"FRE,person,Harpo Silent,government,1945-01-01,1949-12-31", true},
	}
	for _, tt := range tests {
		if got := strings.Contains(out, tt.row); got != tt.want {
			t.Errorf("output has %q: %v, want %v", tt.row, got, tt.want)
		}
	}
	// The output loads after its base, as the embedded files do.
	p := newCSVParser("phoenix_base.csv", nil, 0)
	base, _ := os.ReadFile(filepath.Join("testdata", "phoenix_base.csv"))
	p.read(bytes.NewReader(base))
	p.name = "out.csv"
	p.read(strings.NewReader(out))
	if _, err := p.finish(); err != nil {
		t.Errorf("imported rows do not load: %v", err)
	}
}

func TestImportPhoenixErrors(t *testing.T) {
	base := loadFixture(t, "phoenix_base.csv")
	var out bytes.Buffer
	err := ImportPhoenix(&out, strings.NewReader("+SYNONYM_FIRST_\n"), "d.actors", base, mustDay(t, "2014-01-30"), nil)
	if err == nil || !strings.Contains(err.Error(), "d.actors:1:") {
		t.Errorf("error %v, want one naming d.actors:1", err)
	}
	if err := ImportPhoenix(&out, strings.NewReader(""), "d.actors", nil, time.Time{}, nil); err == nil {
		t.Error("no error without a base gazetteer")
	}
}

// TestPhoenixImportCurrent re-runs scripts/phoenix-import in memory on the
// real dictionary and checks that the committed gazetteer_phoenix.csv is
// what it gives.
func TestPhoenixImportCurrent(t *testing.T) {
	path := filepath.Join("..", "..", "shared", "data", "petrarch2-dictionaries", "Phoenix.Countries.actors.txt")
	dict, err := os.Open(path)
	if err != nil {
		t.Skipf("Phoenix dictionary not available (%v)", err)
	}
	defer dict.Close()
	base, err := Parse(bytes.NewReader(defaultCSV), "gazetteer.csv")
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if err := ImportPhoenix(&out, dict, path, base, mustDay(t, PhoenixAsOf), text.IsWord); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(out.Bytes(), phoenixCSV) {
		t.Error("actors/gazetteer_phoenix.csv is stale: rebuild it with\n\tgo run ./scripts/phoenix-import")
	}
}

// TestImportPhoenixSurnames checks which surnames of full names are
// imported alone: only those that are no word, five letters or more, no
// one's given name, and of one state's persons only.
func TestImportPhoenixSurnames(t *testing.T) {
	base := loadFixture(t, "phoenix_base.csv")
	dict := `KAROL_ZAPOROSKI_
	[FREGOV 900101-951231]
ANNA_BLUE_
	[FREGOV 900101-951231]
IVAN_MELNIKOVAS_
	[FREGOV 900101-951231]
PETRA_MELNIKOVAS_
	[SYLGOV 900101-951231]
OTTO_WENZELDORF_
	[FREGOV 900101-951231]
WENZELDORF_KARAS_
	[SYLGOV 900101-951231]
JAN_OKA_
	[FREGOV 900101-951231]
MIRA_ORCHARD_
	[SYLGOV 900101-951231]
`
	words := func(w string) bool { return w == "orchard" || w == "blue" }
	var out bytes.Buffer
	if err := ImportPhoenix(&out, strings.NewReader(dict), "d.actors", base, mustDay(t, "2014-01-30"), words); err != nil {
		t.Fatal(err)
	}
	got := map[string]bool{}
	for _, line := range strings.Split(out.String(), "\n") {
		if f := strings.Split(line, ","); len(f) > 2 && !strings.Contains(f[2], " ") && f[1] == "person" {
			got[f[0]+" "+f[2]] = true
		}
	}
	want := map[string]bool{"FRE Zaporoski": true, "SYL Karas": true} // Blue and Orchard are words, Melnikovas names two states' persons, Wenzeldorf is a given name, Oka is short
	for k := range want {
		if !got[k] {
			t.Errorf("surname %s not imported", k)
		}
	}
	for k := range got {
		if !want[k] {
			t.Errorf("surname %s imported", k)
		}
	}
}
