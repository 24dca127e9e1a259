// Package cli holds what the stance commands share and the library must
// not do: opening files named by flags, handling signals and exiting.
package cli

import (
	"bufio"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
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

// ErrReported ends a command that has already said on stderr what went
// wrong (warnings for each unreadable input, say): it exits 1 with nothing
// more said.
var ErrReported = errors.New("failure already reported")

// Run is the shape of every stance command: parse the flags, then do the
// work. It prints a failure as "NAME: message", each line of a multi-line
// message prefixed, and returns the exit status: 0 on success and for -h,
// 2 when parse fails (a usage error), 1 when do fails.
func Run(stderr io.Writer, name string, parse, do func() error) int {
	report := func(err error, status int) int {
		if !errors.Is(err, ErrReported) {
			fmt.Fprintln(stderr, name+": "+strings.ReplaceAll(err.Error(), "\n", "\n"+name+": "))
		}
		return status
	}
	if err := parse(); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return report(err, 2)
	}
	if err := do(); err != nil {
		return report(err, 1)
	}
	return 0
}
