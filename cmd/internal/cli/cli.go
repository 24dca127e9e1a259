// Package cli holds what the stance commands share and the library must
// not do: opening files named by flags, handling signals and exiting.
package cli

import (
	"bufio"
	"os"
	"os/signal"
	"syscall"

	"stance/actors"
	"stance/internal/atomicfile"
)

// LoadActors returns the built-in gazetteer, extended by the user's actor
// file at path (gazetteer CSV or PETRARCH dictionary) when path is not
// empty.
func LoadActors(path string) (*actors.Gazetteer, error) {
	g, err := actors.Default()
	if err != nil || path == "" {
		return g, err
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return g.ExtendFrom(bufio.NewReader(f), path)
}

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
