package cli

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"testing"
)

func TestRun(t *testing.T) {
	fail := errors.New("bad input")
	cases := []struct {
		name       string
		parse, do  error
		want       int
		wantStderr string
	}{
		{"success", nil, nil, 0, ""},
		{"help", fmt.Errorf("flags: %w", flag.ErrHelp), nil, 0, ""},
		{"usage", errors.New("unknown level"), nil, 2, "cmd: unknown level\n"},
		{"failure", nil, fail, 1, "cmd: bad input\n"},
		{"several lines", nil, errors.New("a.csv:2: x\na.csv:3: y"), 1, "cmd: a.csv:2: x\ncmd: a.csv:3: y\n"},
		{"already reported", nil, fmt.Errorf("inputs: %w", ErrReported), 1, ""},
	}
	for _, c := range cases {
		var stderr bytes.Buffer
		ran := false
		got := Run(&stderr, "cmd", func() error { return c.parse }, func() error { ran = true; return c.do })
		if got != c.want || stderr.String() != c.wantStderr {
			t.Errorf("%s: exit %d, stderr %q; want %d, %q", c.name, got, stderr.String(), c.want, c.wantStderr)
		}
		if ran != (c.parse == nil) {
			t.Errorf("%s: do ran = %v after parse returned %v", c.name, ran, c.parse)
		}
	}
}
