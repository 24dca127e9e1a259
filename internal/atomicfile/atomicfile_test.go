package atomicfile

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"testing"
)

func TestWrite(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "out.csv")
	if err := Write(p, func(w io.Writer) error { _, err := io.WriteString(w, "new\n"); return err }); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(p); string(b) != "new\n" {
		t.Fatalf("content %q", b)
	}
	// A fill that fails halfway leaves the old file and no temporary file.
	boom := errors.New("boom")
	err := Write(p, func(w io.Writer) error { io.WriteString(w, "half"); return boom })
	if !errors.Is(err, boom) {
		t.Fatalf("error %v", err)
	}
	if b, _ := os.ReadFile(p); string(b) != "new\n" {
		t.Errorf("failed write changed the file to %q", b)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("left behind: %v", entries)
	}
	if err := Write(filepath.Join(dir, "no", "such", "dir.csv"), func(io.Writer) error { return nil }); err == nil {
		t.Error("no error for a missing directory")
	}
}

// TestRemovePending stops in the middle of a write, as a signal handler
// does, and checks that the temporary file goes, the target stays as it
// was, and no write can start a new temporary file afterwards (one that
// started just before the signal would otherwise be left behind).
func TestRemovePending(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "out.csv")
	os.WriteFile(p, []byte("old\n"), 0o644)
	err := Write(p, func(w io.Writer) error {
		io.WriteString(w, "half")
		RemovePending()
		return nil
	})
	if err == nil {
		t.Error("a write whose temporary file was removed reported success")
	}
	second := Write(filepath.Join(dir, "later.csv"), func(io.Writer) error { return nil })
	if !errors.Is(second, errStopping) {
		t.Errorf("write after RemovePending: %v, want %v", second, errStopping)
	}
	if b, _ := os.ReadFile(p); string(b) != "old\n" {
		t.Errorf("target changed to %q", b)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("left behind: %v", entries)
	}
	mu.Lock()
	stopping = false // let the package's other tests write again
	mu.Unlock()
}
