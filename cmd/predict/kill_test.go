package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"stance/cmd/internal/clitest"
)

// TestInterruptedRunKeepsOldOutput kills predict --out midway, with SIGKILL
// and with SIGTERM, and checks that the old output file is untouched (and,
// for SIGTERM, that no temporary file is left).
func TestInterruptedRunKeepsOldOutput(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	exe := clitest.Build(t, ".")
	dir := t.TempDir()
	b, err := os.ReadFile(example)
	if err != nil {
		t.Fatal(err)
	}
	line, _ := json.Marshal(map[string]string{"id": "a", "text": string(b)})
	in := filepath.Join(dir, "big.jsonl")
	os.WriteFile(in, []byte(strings.Repeat(string(line)+"\n", 20000)), 0o644)
	for _, sig := range []syscall.Signal{syscall.SIGKILL, syscall.SIGTERM} {
		sub := t.TempDir() // a SIGKILL leaves its temporary file behind: keep runs apart
		out := filepath.Join(sub, "scores.csv")
		os.WriteFile(out, []byte("old content\n"), 0o644)
		code, stderr := clitest.Interrupt(t, exe, []string{"--workers", "1", "--level", "sentence", "--out", out, "--jsonl", in}, out, 5*time.Second, sig)
		if code == 0 {
			t.Fatalf("%v: predict finished before it was interrupted; make the input bigger", sig)
		}
		clitest.Intact(t, out)
		if sig == syscall.SIGTERM {
			if code != 130 || stderr != "" {
				t.Errorf("SIGTERM: exit %d, stderr %q; want 130 and nothing", code, stderr)
			}
			if left, _ := filepath.Glob(filepath.Join(sub, ".scores.csv.tmp-*")); len(left) > 0 {
				t.Errorf("SIGTERM left %v", left)
			}
		}
	}
}
