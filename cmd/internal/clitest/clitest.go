// Package clitest builds the stance commands and interrupts them, for the
// tests that check that a killed run never leaves a half-written file.
package clitest

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// Build compiles the command in package dir pkg into a temporary binary.
func Build(t *testing.T, pkg string) string {
	t.Helper()
	exe := filepath.Join(t.TempDir(), "cmd.bin")
	cmd := exec.Command("go", "build", "-o", exe, pkg)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build %s: %v\n%s", pkg, err, out)
	}
	return exe
}

// Interrupt starts exe with args, waits until it is busy (after delay, or
// as soon as a temporary file for out appears, if that comes first), then
// sends sig. It returns the exit code and stderr. The file out must
// already hold "old content\n"; the caller checks it afterwards.
func Interrupt(t *testing.T, exe string, args []string, out string, delay time.Duration, sig syscall.Signal) (int, string) {
	t.Helper()
	var stderr strings.Builder
	cmd := exec.Command(exe, args...)
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	pattern := filepath.Join(filepath.Dir(out), "."+filepath.Base(out)+".tmp-*")
	deadline := time.Now().Add(delay)
	for time.Now().Before(deadline) {
		if m, _ := filepath.Glob(pattern); len(m) > 0 {
			break
		}
		time.Sleep(5 * time.Millisecond)
	}
	cmd.Process.Signal(sig)
	err := cmd.Wait()
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	}
	return code, stderr.String()
}

// Intact fails the test unless out still holds "old content\n".
func Intact(t *testing.T, out string) {
	t.Helper()
	if b, err := os.ReadFile(out); err != nil || string(b) != "old content\n" {
		t.Errorf("%s was changed by the interrupted run: %q, %v", out, b, err)
	}
}
