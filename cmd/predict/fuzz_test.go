package main

import (
	"encoding/json"
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

// FuzzJSONLineFast checks the reflection-free decoder against
// encoding/json: whenever the fast path accepts a line, both must agree.
func FuzzJSONLineFast(f *testing.F) {
	f.Add(`{"id":"a","text":"Kyiv blamed Moscow.","date":"2024-01-01","source":"s","url":"u"}`)
	f.Add(`{"id":12.5e3,"Text":"caf\u00e9 \ud83d\ude00 \"q\" \\","x":[1,2]}`)
	f.Add(`{"text":"a","text":"b"}`)
	f.Add(`{"text":"\ud800"}`)
	f.Fuzz(func(t *testing.T, line string) {
		fast, ok := parseJSONLineFast([]byte(line))
		if !ok {
			return
		}
		var a jsonArticle
		if err := json.Unmarshal([]byte(line), &a); err != nil {
			t.Fatalf("fast path accepted %q, encoding/json says %v", line, err)
		}
		if a.Text == nil || *a.Text != fast.Text || a.Date != fast.Date || a.Source != fast.Source || a.URL != fast.URL {
			t.Fatalf("%q: fast %+v, encoding/json %+v", line, fast, a)
		}
		var id string
		if json.Unmarshal(a.ID, &id) != nil {
			id = string(a.ID)
		}
		if id != fast.ID {
			t.Fatalf("%q: id %q, encoding/json %q", line, fast.ID, id)
		}
	})
}
