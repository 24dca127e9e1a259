package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestRun(t *testing.T) {
	td := filepath.Join("..", "..", "actors", "testdata")
	out := filepath.Join(t.TempDir(), "out.csv")
	if err := run(filepath.Join(td, "phoenix.actors"), filepath.Join(td, "phoenix_base.csv"), out, "2014-01-30"); err != nil {
		t.Fatal(err)
	}
	got, _ := os.ReadFile(out)
	want, _ := os.ReadFile(filepath.Join(td, "phoenix.want.csv"))
	if !bytes.Equal(got, want) {
		t.Errorf("output differs from phoenix.want.csv:\n%s", got)
	}

	tests := []struct {
		dict, base, asOf, want string
	}{
		{"phoenix.actors", "phoenix_base.csv", "30/01/2014", `--as-of "30/01/2014": want YYYY-MM-DD`},
		{"missing.actors", "phoenix_base.csv", "2014-01-30", "missing.actors"},
		{"phoenix.actors", "bad_kind.csv", "2014-01-30", `bad_kind.csv:3: unknown kind "city"`},
	}
	for _, tt := range tests {
		err := run(filepath.Join(td, tt.dict), filepath.Join(td, tt.base), out, tt.asOf)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("run(%s, %s, %s) = %v, want an error with %q", tt.dict, tt.base, tt.asOf, err, tt.want)
		}
	}
	if again, _ := os.ReadFile(out); !bytes.Equal(again, want) {
		t.Error("a failed run changed the output file")
	}
}
