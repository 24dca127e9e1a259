// Package atomicfile writes files so that readers see either the old
// content or the complete new one, never a half-written file: the data go
// to a temporary file in the same directory, which is synced and renamed
// over the target only when everything was written.
package atomicfile

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sync"
)

// pending holds the temporary files being written, so that a command
// interrupted by a signal can remove them (see RemovePending). The mutex
// makes creating a temporary file and recording it one step: a signal
// that lands between the two would otherwise leave the file behind.
var (
	mu       sync.Mutex
	pending  = map[string]bool{}
	stopping bool
)

// errStopping refuses new writes once RemovePending has run: the process
// is about to exit and nothing may start a file it would not remove.
var errStopping = errors.New("stopping on a signal")

// Write creates path through fill. If fill or any file operation fails,
// or the process dies midway, path is left as it was.
func Write(path string, fill func(w io.Writer) error) (err error) {
	dir, base := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	tmp, err := create(dir, base)
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	defer func() {
		mu.Lock()
		delete(pending, tmp.Name())
		mu.Unlock()
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if err = fill(tmp); err != nil {
		return err
	}
	if err = tmp.Sync(); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err = tmp.Close(); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err = os.Chmod(tmp.Name(), 0o644); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err = os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}

// RemovePending deletes the temporary files of writes still in progress.
// A command calls it when a signal stops it midway; the targets are left
// as they were. (A SIGKILL cannot be caught: the target is still intact,
// but a hidden ".NAME.tmp-*" file may remain beside it.)
func RemovePending() {
	mu.Lock()
	defer mu.Unlock()
	stopping = true
	for name := range pending {
		os.Remove(name)
	}
}

// create makes the temporary file for base in dir and records it as
// pending, under the lock that RemovePending takes.
func create(dir, base string) (*os.File, error) {
	mu.Lock()
	defer mu.Unlock()
	if stopping {
		return nil, errStopping
	}
	tmp, err := os.CreateTemp(dir, "."+base+".tmp-*")
	if err != nil {
		return nil, err
	}
	pending[tmp.Name()] = true
	return tmp, nil
}
