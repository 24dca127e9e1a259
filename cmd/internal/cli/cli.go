// Package cli holds what the stance commands share and the library must
// not do: handling signals and exiting.
package cli

import (
	"os"
	"os/signal"
	"syscall"

	"stance/internal/atomicfile"
)

// StopOnSignal makes Ctrl-C and SIGTERM remove any half-written output
// file before exiting with 130, the shell's code for an interrupted
// command; the file the user named is left as it was.
func StopOnSignal() {
	ch := make(chan os.Signal, 1)
	signal.Notify(ch, os.Interrupt, syscall.SIGTERM)
	go func() {
		<-ch
		atomicfile.RemovePending()
		os.Exit(130)
	}()
}
