// Command phoenix-import rebuilds actors/gazetteer_phoenix.csv, the
// office-holders imported from the Phoenix actor dictionaries (MIT licence,
// see actors/GAZETTEER.md), from the dictionary and the hand-written
// actors/gazetteer.csv, whose rows win every conflict. Run it from the
// repository root after editing gazetteer.csv:
//
//	go run ./scripts/phoenix-import
//
// The output depends only on its two inputs and --as-of: re-running it gives
// the same bytes, which actors' tests check when ../shared is present.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"time"

	"stance/actors"
	"stance/internal/atomicfile"
	"stance/text"
)

func main() {
	dict := flag.String("dict", "../shared/data/petrarch2-dictionaries/Phoenix.Countries.actors.txt", "Phoenix country actors dictionary")
	base := flag.String("base", "actors/gazetteer.csv", "hand-written gazetteer whose rows win conflicts")
	out := flag.String("out", "actors/gazetteer_phoenix.csv", "file to write")
	asOf := flag.String("as-of", actors.PhoenixAsOf, "day the dictionary was made: open terms end there")
	flag.Parse()
	if err := run(*dict, *base, *out, *asOf); err != nil {
		fmt.Fprintln(os.Stderr, "phoenix-import:", err)
		os.Exit(1)
	}
}

func run(dictPath, basePath, outPath, asOfText string) error {
	asOf, err := time.Parse("2006-01-02", asOfText)
	if err != nil {
		return fmt.Errorf("--as-of %q: want YYYY-MM-DD", asOfText)
	}
	bf, err := os.Open(basePath)
	if err != nil {
		return err
	}
	defer bf.Close()
	base, err := actors.Parse(bf, basePath)
	if err != nil {
		return err
	}
	df, err := os.Open(dictPath)
	if err != nil {
		return err
	}
	defer df.Close()
	return atomicfile.Write(outPath, func(w io.Writer) error {
		return actors.ImportPhoenix(w, df, dictPath, base, asOf, text.IsWord)
	})
}
