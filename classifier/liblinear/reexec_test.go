package liblinear

import (
	"context"
	"os"
	"os/exec"
	"slices"
	"strings"
	"testing"
	"time"
)

func TestCgoCheckOff(t *testing.T) {
	cases := []struct {
		godebug string
		want    bool
	}{
		{"", false},
		{"cgocheck=0", true},
		{"madvdontneed=1,cgocheck=0", true},
		{"cgocheck=0,cgocheck=1", false}, // the last setting wins
		{"cgocheck=1,cgocheck=0", true},
		{"xcgocheck=0", false},
		{"cgocheck=01", false},
	}
	for _, c := range cases {
		if got := cgoCheckOff(c.godebug); got != c.want {
			t.Errorf("cgoCheckOff(%q) = %v, want %v", c.godebug, got, c.want)
		}
	}
}

func TestWithCgoCheckOff(t *testing.T) {
	cases := []struct {
		env  []string
		want string
	}{
		{[]string{"A=1"}, "GODEBUG=cgocheck=0"},
		{[]string{"GODEBUG=", "A=1"}, "GODEBUG=cgocheck=0"},
		{[]string{"GODEBUG=madvdontneed=1"}, "GODEBUG=madvdontneed=1,cgocheck=0"},
		{[]string{"GODEBUG=cgocheck=1", "GODEBUG=x=2"}, "GODEBUG=cgocheck=1,x=2,cgocheck=0"},
	}
	for _, c := range cases {
		got := withCgoCheckOff(c.env)
		var godebugs []string
		for _, kv := range got {
			if strings.HasPrefix(kv, "GODEBUG=") {
				godebugs = append(godebugs, kv)
			}
		}
		if len(godebugs) != 1 || godebugs[0] != c.want {
			t.Errorf("withCgoCheckOff(%q): GODEBUG entries %q, want just %q", c.env, godebugs, c.want)
		}
		if !slices.Contains(c.env, "A=1") == slices.Contains(got, "A=1") {
			t.Errorf("withCgoCheckOff(%q) lost another variable: %q", c.env, got)
		}
	}
}

// TestReexecTerminates runs this test binary as a child that calls Reexec
// with GODEBUG already set in ways that once made it re-execute itself
// forever; each child must come back with the check off.
func TestReexecTerminates(t *testing.T) {
	if os.Getenv("LIBLINEAR_REEXEC_CHILD") != "" {
		if err := Reexec(); err != nil {
			t.Fatal(err)
		}
		if err := checkCgo(); err != nil {
			t.Fatal(err)
		}
		return
	}
	for _, godebug := range []string{"", "madvdontneed=1", "cgocheck=1"} {
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		cmd := exec.CommandContext(ctx, os.Args[0], "-test.run=^TestReexecTerminates$")
		var env []string
		for _, kv := range os.Environ() {
			if !strings.HasPrefix(kv, "GODEBUG=") && !strings.HasPrefix(kv, reexecMarker+"=") {
				env = append(env, kv)
			}
		}
		cmd.Env = append(env, "LIBLINEAR_REEXEC_CHILD=1", "GODEBUG="+godebug)
		out, err := cmd.CombinedOutput()
		timedOut := ctx.Err() == context.DeadlineExceeded
		cancel()
		if timedOut {
			t.Errorf("GODEBUG=%q: Reexec did not return within 30 s (re-executing in a loop?)", godebug)
			continue
		}
		if err != nil {
			t.Errorf("GODEBUG=%q: child failed: %v\n%s", godebug, err, out)
		}
	}
}
