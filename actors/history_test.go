package actors

import (
	"strings"
	"testing"
	"time"
)

// TestHistoricalNames checks the embedded gazetteer's historical states,
// dated aliases, administrations and imported office-holders.
func TestHistoricalNames(t *testing.T) {
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	day := func(s string) time.Time {
		if s == "" {
			return time.Time{}
		}
		return mustDay(t, s)
	}
	tests := []struct {
		text, date, want string // want "" means no mention
	}{
		// Capitals, seats and names that changed state.
		{"Moscow", "1985-06-01", "SUN"},
		{"Moscow", "2015-06-01", "RUS"},
		{"Moscow", "", "RUS"}, // undated text is read as current
		{"the Kremlin", "1962-10-22", "SUN"},
		{"the Kremlin", "2022-02-24", "RUS"},
		{"Russia", "1991-12-25", "SUN"},
		{"Russia", "1991-12-26", "RUS"},
		{"Russians", "1979-12-27", "SUN"},
		{"Belgrade", "1980-05-04", "YUG"},
		{"Belgrade", "2010-01-01", "SRB"},
		{"Prague", "1968-08-21", "CSK"},
		{"Prague", "1993-01-01", "CZE"},
		{"Bonn", "1975-01-01", "DEU"},
		{"Bonn", "2010-01-01", ""}, // no longer a seat of government
		{"Aden", "1986-01-13", "YMD"},
		{"Aden", "2016-01-01", "YEM"},
		// Historical states, at any date.
		{"the Soviet Union", "", "SUN"},
		{"USSR", "2020-01-01", "SUN"},
		{"Soviet", "1970-01-01", "SUN"},
		{"East German", "", "DDR"},
		{"GDR", "1980-01-01", "DDR"},
		{"West Germany", "", "DEU"},
		{"Yugoslav", "1950-01-01", "YUG"},
		{"Czechoslovak", "", "CSK"},
		{"South Yemeni", "", "YMD"},
		{"Zaire", "", "COD"},
		// Governments named after their leader.
		{"the Reagan administration", "", "USA"},
		{"the Bush administration", "2003-03-20", "USA"},
		{"Obama Administration", "", "USA"},
		{"the Thatcher government", "", "GBR"},
		// Imported office-holders resolve inside their terms only.
		{"Andrei Gromyko", "1973-06-01", "SUN"},
		{"Andrei Gromyko", "1995-06-01", ""},
		{"Andrei Gromyko", "", ""}, // undated: only current office-holders
		{"Henry Kissinger", "1974-06-01", "USA"},
		{"Henry Kissinger", "1980-06-01", ""},
		{"Gorbachev", "1988-05-29", "SUN"},
		{"Helmut Kohl", "1989-11-10", "DEU"},
		{"Erich Honecker", "1985-01-01", "DDR"},
		{"Robert S. McNamara", "1962-10-22", "USA"},
		{"Boris Yeltsin", "1995-01-01", "RUS"},
		// Hand-checked rows still win in their own time.
		{"Putin", "2020-01-01", "RUS"},
		// Officials who speak for their state in news, in their terms.
		{"Pence", "2018-05-01", "USA"},
		{"Pence", "2022-05-01", ""},
		{"Bolton", "", "USA"}, // undated: the latest term
		{"Chuck Hagel", "2014-06-01", "USA"},
		{"Nikki Haley", "2018-06-01", "USA"},
		{"Zakharova", "2022-03-01", "RUS"},
		{"Medvedev", "2023-01-01", "RUS"},
		{"Shoigu", "2025-01-01", "RUS"},
	}
	for _, tt := range tests {
		ms := g.Find(tt.text, day(tt.date))
		got := ""
		if len(ms) == 1 && ms[0].End == len(tt.text) && (ms[0].Start == 0 || strings.HasPrefix(tt.text, "the ")) {
			got = ms[0].Code
		}
		if got != tt.want {
			t.Errorf("%q on %q: got %q (mentions %+v), want %q", tt.text, tt.date, got, ms, tt.want)
		}
	}
}

// TestHistoryInAttribution checks that the attribution rules see the
// imported office-holders in dated sentences, and only there.
func TestHistoryInAttribution(t *testing.T) {
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	a := NewAttributor(g)
	const s = "Andrei Gromyko accused the United States of threatening the peace."
	if got := a.Attribute(s, mustDay(t, "1983-09-05")); got.Speaker != "SUN" {
		t.Errorf("speaker in 1983: %q, want SUN", got.Speaker)
	}
	a.Reset()
	if got := a.Attribute(s, mustDay(t, "2020-09-05")); got.Speaker == "SUN" {
		t.Errorf("speaker in 2020: %q, want no SUN", got.Speaker)
	}
}

// TestDefaultHistoryLoads parses the embedded files with the imported rows
// (which Default leaves for the first dated sentence that needs them).
func TestDefaultHistoryLoads(t *testing.T) {
	g, err := parseDefault()
	if err != nil {
		t.Fatal(err)
	}
	if g.Name("SUN") != "Soviet Union" || g.Name("DDR") != "East Germany" {
		t.Errorf("names: SUN %q, DDR %q", g.Name("SUN"), g.Name("DDR"))
	}
}

// TestExtendKeepsHistory checks that a user's file leaves the imported
// office-holders in place, and that the user's rows win over them.
func TestExtendKeepsHistory(t *testing.T) {
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	ext, err := g.ExtendFrom(strings.NewReader("code,kind,text,role,from,to\nUSA,person,Henry Kissinger,foreign minister,1973-09-22,1977-01-20\nUSA,person,Kissinger,foreign minister,1973-09-22,1977-01-20\nNATO,alias,Gromyko Desk,,,\n"), "user.csv")
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ text, date, want string }{
		{"Andrei Gromyko", "1973-06-01", "SUN"},
		{"Henry Kissinger", "1970-06-01", ""}, // the user's terms (full name and surname) replace the imported ones
		{"Henry Kissinger", "1975-06-01", "USA"},
		{"Gromyko Desk", "1975-06-01", "NATO"},
	} {
		if got := codeOf(ext, tt.text, mustDay(t, tt.date)); got != tt.want {
			t.Errorf("%q on %s: got %q, want %q", tt.text, tt.date, got, tt.want)
		}
	}
}

// TestHistoricalSurnames attributes wire sentences of earlier decades
// (written for the test) that name leaders by their surname alone: the
// imported surnames that Phoenix gives after an office title, and the
// hand-checked leaders of the 1970s–2000s.
func TestHistoricalSurnames(t *testing.T) {
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ date, s, want string }{
		{"1998-02-10", "Clinton warned Baghdad that time was running out for diplomacy.", "USA>IRQ"},
		{"1987-06-12", "Reagan urged Moscow to tear down the wall.", "USA>SUN"},
		{"1996-04-02", "Kohl assured Warsaw that Bonn had no claims on Polish land.", "DEU>POL"},
		{"1975-05-20", "Brezhnev accused Peking of stirring tension on the border.", "SUN>CHN"},
		{"1998-10-01", "Arafat accused Israel of stalling the talks.", "PSE>ISR"},
		{"1999-03-20", "Albright warned Milosevic that NATO would strike.", "USA>YUG|NATO"},
		{"1999-03-21", "Milosevic rejected the ultimatum as an attack on the country's sovereignty.", "YUG>"},
		{"2003-02-14", "Chirac said France would veto any resolution authorising war with Iraq.", "FRA>IRQ"},
		{"1982-04-20", "Thatcher told Buenos Aires that the task force would sail on.", "GBR>ARG"},
		{"1990-08-05", "Saddam vowed to fight any invader.", "IRQ>"},
		{"2015-06-01", "Saddam vowed to fight any invader.", ">"}, // out of his time
		// Surnames the import takes from full names (ImportPhoenix).
		{"2008-08-12", "Saakashvili accused Moscow of trying to crush Georgia.", "GEO>RUS"},
		{"2006-07-20", "Siniora appealed to Israel to halt the bombardment.", "LBN>ISR"},
		{"1985-06-01", "Saakashvili accused Moscow of trying to crush Georgia.", ">"}, // before his term
		{"2008-03-03", "Uribe accused Quito of sheltering the rebels.", "COL>ECU"},    // from "Alvaro Uribe Velez"
		// Korean names in the form news prints them.
		{"2010-11-24", "President Lee Myung-bak vowed to punish Pyongyang for the shelling.", "KOR>PRK"},
		{"1990-06-05", "Roh Tae-woo told Gorbachev that Seoul wanted diplomatic ties with Moscow.", "KOR>SUN"},
	}
	for _, tt := range tests {
		a := NewAttributor(g)
		if got := a.Attribute(tt.s, mustDay(t, tt.date)).String(); got != tt.want {
			t.Errorf("%s %q\n got: %s\nwant: %s", tt.date, tt.s, got, tt.want)
		}
	}
}
