package text

import (
	"testing"
	"time"
)

func TestParseDateLine(t *testing.T) {
	day := func(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }
	tests := []struct {
		line string
		want time.Time // zero: not a date line
	}{
		{"Sunday 03 July 2022 15:26 BST", day(2022, 7, 3)},
		{"3 July 2022", day(2022, 7, 3)},
		{"July 3, 2022", day(2022, 7, 3)},
		{"July 3, 2022 10:15 a.m. ET", day(2022, 7, 3)},
		{"2022-07-03", day(2022, 7, 3)},
		{"2022-07-03T15:26:00Z", day(2022, 7, 3)},
		{"2022-07-03T15:26:00+01:00", day(2022, 7, 3)},
		{"Published 03/07/2022", day(2022, 7, 3)},
		{"Published: 03.07.2022", day(2022, 7, 3)},
		{"07/13/2022", day(2022, 7, 13)}, // month first only when day first is impossible
		{"Updated: 12 March 2024", day(2024, 3, 12)},
		{"Mon 4 Mar 2024 09.30 GMT", day(2024, 3, 4)},
		{"Sept. 11, 2023, 9pm", day(2023, 9, 11)},
		{"1st May 2024", day(2024, 5, 1)},
		{"Last updated on Tuesday, 14 May 2024 at 08:42", day(2024, 5, 14)},
		{"Published 3 July 2022, updated 4 July 2022", day(2022, 7, 3)},
		{"Thu 29 Feb 2024", day(2024, 2, 29)},

		{"", time.Time{}},
		{"Comments", time.Time{}},
		{"March 2024", time.Time{}},      // no day
		{"3 July", time.Time{}},          // no year
		{"31 June 2022", time.Time{}},    // no such day
		{"Thu 29 Feb 2023", time.Time{}}, // no such day
		{"3 4 July 2022", time.Time{}},   // two days
		{"May 2024 protests turn violent", time.Time{}},
		{"Japan protests on 3 July 2022", time.Time{}},
		{"15:26 BST", time.Time{}},
		{"2022-13-45", time.Time{}},
		{"Published 3 July 2022, updated 4 July", time.Time{}},
	}
	for _, tt := range tests {
		got, ok := parseDateLine(tt.line)
		if ok != !tt.want.IsZero() || !got.Equal(tt.want) {
			t.Errorf("parseDateLine(%q) = %v, %v; want %v", tt.line, got, ok, tt.want)
		}
	}
}

func TestIsByline(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"Namita Jones", true},
		{"By Jane Doe", true},
		{"BY JANE DOE", true},
		{"By: Jane Doe", true},
		{"Jane Doe and John Roe", true},
		{"Jane Doe & John Roe", true},
		{"Jane Doe, Reuters", true},
		{"Jane Doe and agencies", true},
		{"Min-ji Park in Seoul and Hiro Tanaka in Tokyo", true},
		{"Jean-Luc de la Fontaine", true},
		{"Seán O'Neill", true},
		{"Staff reporter", true},
		{"Reuters", true},
		{"AP", true},
		{"AFP", true},
		{"Associated Press", true},
		{"By The Associated Press", true},
		{"Agencies", true},
		{"Our Correspondent", true},

		{"", false},
		{"Reuters said the talks failed.", false},
		{"Jane", false},
		{"jane doe", false},
		{"Ukraine War Latest", false},
		{"World News", false},
		{"Analysis", false},
		{"Kim Warns Seoul", false},
		{"Biden, Xi to meet in November", false},
		{"One Two Three Four Five Six Seven", false},
		{"Jane Doe:", false},
		{"Talks resume in Doha", false},
		{"Sunday 03 July 2022", false},
	}
	for _, tt := range tests {
		if got := isByline(tt.line); got != tt.want {
			t.Errorf("isByline(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}

func TestParseHeader(t *testing.T) {
	tests := []struct {
		name                       string
		src                        string
		headline, byline, dateText string
		sentences                  int
	}{
		{"empty", "", "", "", "", 0},
		{"blank lines", "\n\n \r\n\t\n", "", "", "", 0},
		{"single line headline", "Talks resume in Doha", "Talks resume in Doha", "", "", 1},
		{"single sentence", "Talks resumed in Doha.", "Talks resumed in Doha.", "", "", 1},
		{"bare paragraph", "Talks resumed. Both sides came.", "", "", "", 2},
		{"only boilerplate", "Comments\nShare\nAdvertisement", "", "", "", 0},
		{"byline and date on one line", "Ceasefire holds in Gaza\nJane Doe | 3 July 2022\nThe truce held overnight.",
			"Ceasefire holds in Gaza", "Jane Doe", "3 July 2022", 2},
		{"date before headline", "3 July 2022\nCeasefire holds in Gaza\nThe truce held overnight.",
			"Ceasefire holds in Gaza", "", "3 July 2022", 2},
		{"byline far down is a sentence", "Headline here\nOne.\nTwo.\nThree.\nFour.\nFive.\nJane Doe",
			"Headline here", "", "", 7},
		{"punctuated two-sentence headline", "Is war coming? Analysts weigh the risks.\nBy Jane Doe\nThe talks failed.",
			"Is war coming? Analysts weigh the risks.", "By Jane Doe", "", 2},
		{"bare text on several lines", "Talks resumed. Both sides came.\nThe army left.", "", "", "", 3},
		{"section label before headline", "World\nCeasefire holds in Gaza\nThe truce held overnight.",
			"Ceasefire holds in Gaza", "", "", 2},
		{"standfirst kept whole", "Ceasefire holds\nTalks fail. Army blames rebels\nBy Jane Doe\nThe truce held.",
			"Ceasefire holds", "By Jane Doe", "", 3},
		{"CR line ends", "Ceasefire holds\rBy Jane Doe\rThe truce held.", "Ceasefire holds", "By Jane Doe", "", 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := Parse(tt.src)
			if a.Headline != tt.headline || a.Byline != tt.byline || a.DateText != tt.dateText || len(a.Sentences) != tt.sentences {
				t.Errorf("got headline %q byline %q date %q sentences %q", a.Headline, a.Byline, a.DateText, a.Sentences)
			}
			for _, s := range a.Sentences {
				if s == "" {
					t.Errorf("empty sentence in %q", a.Sentences)
				}
			}
		})
	}
}
