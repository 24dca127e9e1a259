// Command predict scores news articles: for each sentence, who speaks,
// about whom, and how much it accuses, reassures or threatens; per actor
// and per speaker->target pair, the totals.
//
//	predict [flags] [FILE|DIR|-]...
//
// Inputs are plain-text files (one article each), directories (walked for
// *.txt) and JSONL (on stdin as "-", or files with --jsonl), one article a
// line with the fields id and text, and optionally date, source and url.
// With no inputs, predict reads JSONL from stdin.
//
// --by day|week|month|year turns the overall actor or dyad totals into a
// dated series, one row per period and actor or pair, and writes no
// per-document rows. On a terminal the table shows the columns that fit
// (--wide: all of them).
//
// Exit status: 0 when the run finished (articles that could not be scored,
// such as a binary or empty file or, with --on-error skip, a bad JSONL
// line, are skipped with a warning on stderr); 1 when an input named on
// the command line (or a file in a named directory) could not be read,
// after the others were scored and written, as cat and grep do, or when
// scoring a document failed inside the library (a bug: the document is
// left out with a warning and the run goes on), or on a
// fatal error (model or actor file unreadable, output not writable, a bad
// JSONL line with --on-error fail); 2 for a usage error.
package main

import (
	"bufio"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/debug"
	"strings"
	"time"

	"golang.org/x/term"

	"stance"
	"stance/actors"
	"stance/classifier"
	"stance/cmd/internal/cli"
	"stance/internal/atomicfile"
	"stance/models"
	"stance/report"
)

func main() {
	// Scoring makes short-lived garbage and little that lives: collecting
	// at twice the live heap rather than at once it (GOGC 200) saves
	// collector work and keeps the peak heap small; lazier than that, the
	// fresh memory it takes costs more in page faults than it saves.
	debug.SetGCPercent(200)
	limitMemory(os.Getenv("GOMEMLIMIT"))
	cli.StopOnSignal()
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// memoryLimit is predict's soft memory limit unless GOMEMLIMIT says otherwise.
const memoryLimit = 100 << 20

// limitMemory sets the soft memory limit unless the environment's
// GOMEMLIMIT (gomemlimit) already did. Long documents (a UN speech is ~20 KB)
// leave more garbage between collections than news does; near the limit
// the collector works harder instead of letting the heap grow, so a batch
// run stays within its memory budget. The live heap is far smaller, so
// this costs no measurable time (UN speeches: 172 MB peak RSS without it,
// 100 MB with it, the same run time).
func limitMemory(gomemlimit string) {
	if gomemlimit == "" {
		debug.SetMemoryLimit(memoryLimit)
	}
}

type config struct {
	model, actorsFile string
	level             report.Level
	format            report.Format
	out               string
	explain           bool
	workers           int
	jsonl             bool
	noHeader          bool
	onError           string
	speaker           string
	by                report.Period
	tableWidth        int // fit the table to a terminal this wide; 0: every column
	inputs            []string
}

func parseFlags(args []string, stdout, stderr io.Writer) (*config, error) {
	cfg := &config{}
	fs := flag.NewFlagSet("predict", flag.ContinueOnError)
	fs.SetOutput(stderr)
	level := fs.String("level", "actor", "rows per `sentence`, actor or dyad (speaker->target pair)")
	format := fs.String("format", "", "output `format`: table, csv or jsonl (default: table on a terminal, csv otherwise)")
	fs.StringVar(&cfg.model, "model", "", "model `FILE` from train (default: the embedded model)")
	fs.StringVar(&cfg.actorsFile, "actors", "", "extra actor `FILE` (gazetteer CSV or PETRARCH dictionary) that extends or overrides the built-in gazetteer")
	fs.StringVar(&cfg.out, "out", "", "write to `FILE` (atomically) instead of stdout")
	fs.BoolVar(&cfg.explain, "explain", false, "add the top contributing cue phrases and words to each sentence row")
	fs.IntVar(&cfg.workers, "workers", runtime.NumCPU(), "score `N` articles in parallel (output keeps input order)")
	fs.BoolVar(&cfg.jsonl, "jsonl", false, "read FILE inputs as JSONL, one article a line")
	fs.BoolVar(&cfg.noHeader, "no-header", false, "omit the header line (CSV, table)")
	fs.StringVar(&cfg.speaker, "speaker", "", "the speaker of texts that never name it (speeches, statements): an actor `CODE` or name; a JSONL line's \"speaker\" wins")
	fs.StringVar(&cfg.onError, "on-error", "skip", "what a bad JSONL line does: `skip` it with a warning, or fail the run")
	by := fs.String("by", "", "actor and dyad totals per `period` of the documents' dates: day, week, month or year (no per-document rows)")
	wide := fs.Bool("wide", false, "on a terminal, show every column of the table (default: those that fit)")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: predict [flags] [FILE|DIR|-]...")
		fs.PrintDefaults()
	}
	// Flags may come after the inputs too ("predict a.txt --format csv"):
	// parse, take one input, parse the rest again. "--" ends the flags.
	for rest := args; ; {
		if err := fs.Parse(rest); err != nil {
			return nil, err
		}
		rest = fs.Args()
		if len(rest) == 0 {
			break
		}
		if len(rest) > 0 && len(args) > 0 && rest[0] == "--" {
			cfg.inputs = append(cfg.inputs, rest[1:]...)
			break
		}
		cfg.inputs = append(cfg.inputs, rest[0])
		rest = rest[1:]
	}
	var err error
	if cfg.level, err = report.ParseLevel(*level); err != nil {
		return nil, err
	}
	switch {
	case *format != "":
		if cfg.format, err = report.ParseFormat(*format); err != nil {
			return nil, err
		}
	case cfg.out == "" && isTerminal(stdout):
		cfg.format = report.Table
	default:
		cfg.format = report.CSV
	}
	if *by != "" {
		if cfg.by, err = report.ParsePeriod(*by); err != nil {
			return nil, err
		}
		if cfg.level == report.SentenceLevel {
			return nil, errors.New("--by needs --level actor or dyad")
		}
	}
	if cfg.format == report.Table && cfg.out == "" && !*wide {
		cfg.tableWidth, _ = terminalWidth(stdout)
	}
	if cfg.workers < 1 {
		return nil, fmt.Errorf("--workers must be at least 1, got %d", cfg.workers)
	}
	if cfg.onError != "skip" && cfg.onError != "fail" {
		return nil, fmt.Errorf("--on-error must be skip or fail, got %q", cfg.onError)
	}
	if len(cfg.inputs) == 0 {
		cfg.inputs = []string{"-"}
	}
	return cfg, nil
}

func isTerminal(w io.Writer) bool {
	_, ok := terminalWidth(w)
	return ok
}

// terminalWidth returns the width of the terminal w writes to, 120 when
// the terminal does not say; ok is false when w is not a terminal. Tests
// replace it to pretend to be one.
var terminalWidth = func(w io.Writer) (width int, ok bool) {
	f, isFile := w.(*os.File)
	if !isFile || !term.IsTerminal(int(f.Fd())) {
		return 0, false
	}
	if width, _, err := term.GetSize(int(f.Fd())); err == nil && width > 0 {
		return width, true
	}
	return 120, true
}

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	var cfg *config
	return cli.Run(stderr, "predict",
		func() (err error) { cfg, err = parseFlags(args, stdout, stderr); return err },
		func() error { return predict(cfg, stdin, stdout, stderr) })
}

// errUnread ends a run that wrote its output but could not read some
// inputs; each has had its warning.
var errUnread = fmt.Errorf("some inputs could not be read: %w", cli.ErrReported)

// errUnscored ends a run that wrote its output but left out documents
// whose scoring failed, each warned about.
var errUnscored = fmt.Errorf("some documents could not be scored: %w", cli.ErrReported)

func predict(cfg *config, stdin io.Reader, stdout, stderr io.Writer) error {
	// The model and the gazetteer load side by side: start-up is most of
	// the time of a short run.
	var gaz *actors.Gazetteer
	gazErr := make(chan error, 1)
	go func() {
		var err error
		gaz, err = cli.LoadActors(cfg.actorsFile)
		gazErr <- err
	}()
	model, err := loadModel(cfg.model)
	if gerr := <-gazErr; err == nil {
		err = gerr
	}
	if err != nil {
		return err
	}
	// A speaker named by a name is checked here and resolved per document,
	// on its date: "Moscow" speaks for the Soviet Union in a 1985 speech.
	speaker := strings.TrimSpace(cfg.speaker)
	if speaker != "" {
		if _, err = gaz.Resolve(speaker, time.Time{}); err != nil {
			return fmt.Errorf("--speaker: %w", err)
		}
	}
	sc := stance.NewScorer(model, gaz)
	if cfg.explain {
		sc.Explain = 3
	}
	warn := warner(stderr)
	src := &sources{inputs: cfg.inputs, stdin: stdin, jsonl: cfg.jsonl, failOnBadLine: cfg.onError == "fail", warn: warn,
		speaker: speaker, resolve: func(s string) (string, error) { return gaz.Resolve(s, time.Time{}) }}
	undated := 0
	write := func(w io.Writer) error {
		rep, err := report.New(w, report.Options{
			Level: cfg.level, Format: cfg.format, Header: !cfg.noHeader, Explain: cfg.explain, Name: gaz.Name,
			By: cfg.by, TableWidth: cfg.tableWidth,
		})
		if err != nil {
			return err
		}
		newWorker := func() scorer { return sc.NewWorker() }
		if err := pipeline(src, newWorker, rep, cfg.workers); err != nil {
			return err
		}
		undated = rep.Undated()
		return rep.Close()
	}
	if err := writeOut(cfg.out, stdout, write); err != nil {
		return err
	}
	if undated == 1 {
		warn("1 document had no date; its rows have an empty period")
	} else if undated > 1 {
		warn("%d documents had no date; their rows have an empty period", undated)
	}
	if src.unread > 0 {
		return errUnread
	}
	if src.unscored > 0 {
		return errUnscored
	}
	return nil
}

// writeOut runs write on the --out file, atomically, or on stdout.
func writeOut(out string, stdout io.Writer, write func(io.Writer) error) error {
	if out != "" {
		return atomicfile.Write(out, write)
	}
	bw := bufio.NewWriterSize(stdout, 64<<10)
	if err := write(bw); err != nil {
		bw.Flush()
		return err
	}
	return bw.Flush()
}

func loadModel(path string) (*classifier.Model, error) {
	if path == "" {
		return models.Default()
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	m, err := classifier.Read(bufio.NewReader(f))
	if err != nil {
		return nil, fmt.Errorf("model %s: %w", path, err)
	}
	return m, nil
}

// warner prints one-line warnings on stderr, newlines folded, so that one
// bad input never floods the terminal.
func warner(stderr io.Writer) func(format string, args ...any) {
	return func(format string, args ...any) {
		msg := strings.ReplaceAll(fmt.Sprintf(format, args...), "\n", " ")
		fmt.Fprintln(stderr, "predict: warning:", msg)
	}
}
