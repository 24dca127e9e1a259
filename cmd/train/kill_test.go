package main

import (
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"stance/cmd/internal/clitest"
)

// TestInterruptedTrainingKeepsOldModel kills train --out midway and checks
// that the old model file is untouched.
func TestInterruptedTrainingKeepsOldModel(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	exe := clitest.Build(t, ".")
	out := filepath.Join(t.TempDir(), "m.model")
	for _, sig := range []syscall.Signal{syscall.SIGKILL, syscall.SIGTERM} {
		os.WriteFile(out, []byte("old content\n"), 0o644)
		code, _ := clitest.Interrupt(t, exe, []string{"--corpus", "../../datasets/corpus.csv", "--folds", "10", "--out", out}, out, 300*time.Millisecond, sig)
		if code == 0 {
			t.Fatalf("%v: train finished before it was interrupted", sig)
		}
		clitest.Intact(t, out)
	}
}
