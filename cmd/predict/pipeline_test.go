package main

import (
	"fmt"
	"strings"
	"testing"

	"stance"
	"stance/report"
)

// panicky scores every article as one neutral sentence, and panics on an
// article whose text says so, as a bug in the library would.
type panicky struct{}

func (panicky) Score(in stance.Input) stance.Result {
	if strings.Contains(in.Text, "PANIC") {
		var s []int
		_ = s[len(in.Text)] // index out of range
	}
	return stance.Result{
		Doc:       report.Document{ID: in.ID},
		Sentences: []report.Sentence{{Index: 1, Text: in.Text}},
	}
}

// TestPipelineRecovers: a document whose scoring panics is warned about by
// name and left out, the others are written in order, with one worker or
// several; the count makes predict exit 1 (errUnscored).
func TestPipelineRecovers(t *testing.T) {
	var lines strings.Builder
	for i := range 600 { // more than two batches
		text := fmt.Sprintf("Sentence number %d.", i)
		if i == 7 || i == 300 {
			text = "PANIC here."
		}
		fmt.Fprintf(&lines, "{\"id\":\"d%d\",\"text\":%q}\n", i, text)
	}
	for _, workers := range []int{1, 2} {
		t.Run(fmt.Sprint(workers, " workers"), func(t *testing.T) {
			var warnings []string
			src := &sources{inputs: []string{"-"}, stdin: strings.NewReader(lines.String()), jsonl: true,
				warn: func(format string, args ...any) { warnings = append(warnings, fmt.Sprintf(format, args...)) }}
			var out strings.Builder
			rep, err := report.New(&out, report.Options{Level: "sentence", Format: "csv", Header: true})
			if err != nil {
				t.Fatal(err)
			}
			if err := pipeline(src, func() scorer { return panicky{} }, rep, workers); err != nil {
				t.Fatal(err)
			}
			if err := rep.Close(); err != nil {
				t.Fatal(err)
			}
			if src.unscored != 2 || len(warnings) != 2 {
				t.Fatalf("%d documents counted unscored, warnings %q; want 2", src.unscored, warnings)
			}
			for i, id := range []string{"d7", "d300"} {
				if !strings.HasPrefix(warnings[i], id+": internal error while scoring") {
					t.Errorf("warning %q does not name %s", warnings[i], id)
				}
			}
			rows := strings.Split(strings.TrimSpace(out.String()), "\n")[1:]
			if len(rows) != 598 || !strings.HasPrefix(rows[6], "d6,") || !strings.HasPrefix(rows[7], "d8,") {
				t.Errorf("%d rows written, rows 7–8 %q; want 598 in order without d7", len(rows), rows[6:8])
			}
		})
	}
}
