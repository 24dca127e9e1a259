package main

import (
	"strings"
	"testing"

	"stance"
)

// FuzzReadJSONL feeds the JSONL reader arbitrary input: every line becomes
// an article or a warning naming its line, never a panic or a fatal error
// in skip mode.
func FuzzReadJSONL(f *testing.F) {
	f.Add(`{"id":"a","text":"Kyiv blamed Moscow.","date":"2024-01-01","source":"s","url":"u"}` + "\n")
	f.Add(`{"id":7,"text":"x"}` + "\n{\"text\":\n\n{}\n")
	f.Add("{\"text\":\"\xff\xfe\"}\n")
	f.Fuzz(func(t *testing.T, in string) {
		var warnings []string
		src := &sources{warn: func(format string, args ...any) {
			warnings = append(warnings, format)
		}}
		n := 0
		err := src.readJSONL(strings.NewReader(in), "stdin", func(a stance.Input) error {
			if strings.TrimSpace(a.Text) == "" || a.ID == "" {
				t.Fatalf("empty article or id passed on: %+v", a)
			}
			n++
			return nil
		})
		if err != nil {
			t.Fatalf("skip mode returned %v", err)
		}
		lines := strings.Count(in, "\n") + 1
		if n > lines {
			t.Fatalf("%d articles from %d lines", n, lines)
		}
	})
}
