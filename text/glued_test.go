package text

import (
	"slices"
	"testing"
)

// TestGluedSentence: a sentence that page furniture runs into on one line
// is kept without the furniture; furniture alone, or furniture whose end
// cannot be told, is still dropped.
func TestGluedSentence(t *testing.T) {
	tests := []struct {
		name string
		line string
		want []string // the article's sentences
	}{
		{"photo credit", "(Photo: Jane Roe, AFP/Getty Images) The minister accused Ankara of stalling the talks.",
			[]string{"The minister accused Ankara of stalling the talks."}},
		{"caption name and credit", "Jane Roe (Photo: John Doe/Reuters) The embassy said the ban would stay in force.",
			[]string{"The embassy said the ban would stay in force."}},
		{"credit alone", "(Photo: Jane Roe, AFP/Getty Images)", nil},
		{"prompt in capitals", "SIGN UP FOR OUR NEWSLETTER The envoy warned that the ceasefire would not hold.",
			[]string{"The envoy warned that the ceasefire would not hold."}},
		{"prompt in capitals before a name in capitals", "CLICK HERE TO GET OUR APP NATO officials said the drills would go ahead.",
			[]string{"NATO officials said the drills would go ahead."}},
		{"image credit", "Image copyright Getty Images Seoul has summoned the Japanese ambassador over the textbook row.",
			[]string{"Seoul has summoned the Japanese ambassador over the textbook row."}},
		{"image credit, short", "Image copyright Reuters A rally in Caracas.", nil},
		{"caption that runs into a long sentence is kept whole",
			"Image caption The two leaders met in Minsk on Friday The Kremlin said on Saturday that it would not accept any new sanctions.",
			[]string{"Image caption The two leaders met in Minsk on Friday The Kremlin said on Saturday that it would not accept any new sanctions."}},
		{"caption alone", "Image caption The two leaders met in Minsk on Friday", nil},
		{"a link's headline has no end", "Related: Leaders meet in Minsk The Kremlin rejected the plan.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := "Talks stall again\n\nBy Jo Smith\n\nThe talks stalled on Monday.\n\n" + tt.line + "\n"
			got := Parse(src).Sentences
			want := append([]string{"Talks stall again", "The talks stalled on Monday."}, tt.want...)
			if !slices.Equal(got, want) {
				t.Errorf("got  %q\nwant %q", got, want)
			}
			// The spans still point at the sentences in the raw text.
			for k, sp := range SentenceSpans(src) {
				if k < len(got) && Unwrap(src[sp.Start:sp.End]) != got[k] {
					t.Errorf("span %d is %q, sentence %q", k, src[sp.Start:sp.End], got[k])
				}
			}
		})
	}
}
