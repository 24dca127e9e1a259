// Package atomicfile writes files so that readers see either the old
// content or the complete new one, never a half-written file: the data go
// to a temporary file in the same directory, which is synced and renamed
// over the target only when everything was written.
package atomicfile

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sync"
)

// pending holds the temporary files being written, so that a command
// interrupted by a signal can remove them (see RemovePending).
var pending sync.Map

// Write creates path through fill. If fill or any file operation fails,
// or the process dies midway, path is left as it was.
func Write(path string, fill func(w io.Writer) error) (err error) {
	dir, base := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	tmp, err := os.CreateTemp(dir, "."+base+".tmp-*")
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	pending.Store(tmp.Name(), true)
	defer func() {
		pending.Delete(tmp.Name())
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
	pending.Range(func(k, _ any) bool {
		os.Remove(k.(string))
		return true
	})
}
