// Command plot draws charts from what predict writes: lines over time
// for chosen actors or speaker->target pairs, or a ranking of the pairs
// (or actors) that accuse, reassure or threaten most.
//
//	plot series [flags] (--pair SPEAKER:TARGET | --actor CODE)... [FILE|-]... -o OUT.svg|png|pdf
//	plot top    [flags] [FILE|-]... -o OUT.svg|png|pdf
//
// Inputs are the CSV or JSONL output of predict --level actor or dyad
// (series need predict --by ...), from files or stdin ("-", or no
// inputs). Either side of a pair may merge codes with "+" (USA:SUN+RUS).
//
// Exit status: 0 when the chart was written, 1 when an input lacks what
// the chart needs or the output cannot be written (the output file is
// then left as it was), 2 for a usage error.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	gonumplot "gonum.org/v1/plot"

	"stance/chart"
	"stance/cmd/internal/cli"
	"stance/internal/atomicfile"
)

func main() {
	cli.StopOnSignal()
	os.Exit(run(os.Args[1:], os.Stdin, os.Stderr))
}

const usage = `usage: plot series [flags] (--pair SPEAKER:TARGET | --actor CODE)... [FILE|-]... -o OUT.svg|png|pdf
       plot top [flags] [FILE|-]... -o OUT.svg|png|pdf
Run "plot series -h" or "plot top -h" for the flags.`

type config struct {
	command  string
	class    chart.Class
	measure  chart.Measure
	format   chart.Format
	opt      chart.Options
	out      string
	sels     []chart.Selector
	n        int
	minSents int
	inputs   []string
}

// multi collects a repeatable flag.
type multi []string

func (m *multi) String() string     { return strings.Join(*m, ",") }
func (m *multi) Set(v string) error { *m = append(*m, v); return nil }

func parseFlags(args []string, stderr io.Writer) (*config, error) {
	if len(args) == 0 || (args[0] != "series" && args[0] != "top") {
		if len(args) > 0 && (args[0] == "-h" || args[0] == "--help" || args[0] == "help") {
			fmt.Fprintln(stderr, usage)
			return nil, flag.ErrHelp
		}
		return nil, errors.New("need a command, series or top\n" + usage)
	}
	cfg := &config{command: args[0]}
	fs := flag.NewFlagSet("plot "+cfg.command, flag.ContinueOnError)
	fs.SetOutput(stderr)
	class := fs.String("class", "accusation", "the `class` to show: accusation, reassurance or threat")
	measure := fs.String("measure", "mean", "`what` to show: mean (score), count (sentences above the threshold) or share (count / sentences)")
	fs.StringVar(&cfg.out, "o", "", "write the chart to `FILE` (atomically); .svg, .png or .pdf")
	fs.StringVar(&cfg.out, "out", "", "same as -o")
	fs.IntVar(&cfg.opt.Width, "width", 800, "width in `pixels` (96 a inch)")
	fs.IntVar(&cfg.opt.Height, "height", 450, "height in `pixels`")
	fs.StringVar(&cfg.opt.Title, "title", "", "chart `title` (default: from the class and measure)")
	var pairs, actors multi
	if cfg.command == "series" {
		fs.Var(&pairs, "pair", "draw a line for `SPEAKER:TARGET` (dyad-level input; repeatable; merge codes with +, e.g. USA:SUN+RUS)")
		fs.Var(&actors, "actor", "draw a line for actor `CODE` (actor-level input; repeatable; merge codes with +)")
	} else {
		fs.IntVar(&cfg.n, "n", 15, "show the top `N`")
		fs.IntVar(&cfg.minSents, "min-sentences", 10, "leave out pairs or actors with fewer than `N` sentences, whose means are noise")
	}
	fs.Usage = func() {
		fmt.Fprintln(stderr, usage)
		fs.PrintDefaults()
	}
	// Flags may come after the inputs too, as with predict; "--" ends them.
	for rest := args[1:]; ; {
		if err := fs.Parse(rest); err != nil {
			return nil, err
		}
		rest = fs.Args()
		if len(rest) == 0 {
			break
		}
		if rest[0] == "--" {
			cfg.inputs = append(cfg.inputs, rest[1:]...)
			break
		}
		cfg.inputs = append(cfg.inputs, rest[0])
		rest = rest[1:]
	}
	var err error
	if cfg.class, err = chart.ParseClass(*class); err != nil {
		return nil, err
	}
	if cfg.measure, err = chart.ParseMeasure(*measure); err != nil {
		return nil, err
	}
	cfg.opt.Class, cfg.opt.Measure = cfg.class, cfg.measure
	if cfg.out == "" {
		return nil, errors.New("no output file: give -o FILE.svg, .png or .pdf")
	}
	if cfg.format, err = chart.FormatOf(cfg.out); err != nil {
		return nil, err
	}
	if cfg.opt.Width < 100 || cfg.opt.Height < 100 || cfg.opt.Width > 20000 || cfg.opt.Height > 20000 {
		return nil, fmt.Errorf("--width and --height must be from 100 to 20000 pixels, got %d×%d", cfg.opt.Width, cfg.opt.Height)
	}
	if cfg.command == "series" {
		if len(pairs)+len(actors) == 0 {
			return nil, errors.New("series needs at least one --pair SPEAKER:TARGET or --actor CODE")
		}
		if len(pairs) > 0 && len(actors) > 0 {
			return nil, errors.New("give --pair (dyad-level input) or --actor (actor-level input), not both")
		}
		for _, v := range pairs {
			s, err := chart.ParseSelector(v, true)
			if err != nil {
				return nil, fmt.Errorf("--pair: %w", err)
			}
			cfg.sels = append(cfg.sels, s)
		}
		for _, v := range actors {
			s, err := chart.ParseSelector(v, false)
			if err != nil {
				return nil, fmt.Errorf("--actor: %w", err)
			}
			cfg.sels = append(cfg.sels, s)
		}
	} else if cfg.n < 1 || cfg.minSents < 0 {
		return nil, fmt.Errorf("--n must be at least 1 and --min-sentences at least 0, got %d and %d", cfg.n, cfg.minSents)
	}
	if len(cfg.inputs) == 0 {
		cfg.inputs = []string{"-"}
	}
	return cfg, nil
}

func run(args []string, stdin io.Reader, stderr io.Writer) int {
	var cfg *config
	return cli.Run(stderr, "plot",
		func() (err error) { cfg, err = parseFlags(args, stderr); return err },
		func() error { return plot(cfg, stdin, stderr) })
}

func plot(cfg *config, stdin io.Reader, stderr io.Writer) error {
	t := chart.NewTable()
	for _, in := range cfg.inputs {
		if err := readInput(t, in, stdin); err != nil {
			return err
		}
	}
	var p *gonumplot.Plot
	var err error
	if cfg.command == "series" {
		var series []chart.Series
		if series, err = t.Series(cfg.sels, cfg.class, cfg.measure); err != nil {
			return err
		}
		for _, sel := range cfg.sels {
			if u := t.Unknown(append(append([]string(nil), sel.Speakers...), sel.Targets...)); len(u) > 0 {
				fmt.Fprintf(stderr, "plot: %s: no rows name %s (left out of %s)\n", t.Sources(), strings.Join(u, ", "), sel)
			}
		}
		if t.Undated > 0 {
			fmt.Fprintf(stderr, "plot: %s: %d undated rows left out\n", t.Sources(), t.Undated)
		}
		p, err = chart.SeriesPlot(series, cfg.opt)
	} else {
		var bars []chart.Bar
		if bars, err = t.Top(cfg.class, cfg.measure, cfg.n, cfg.minSents); err != nil {
			return fmt.Errorf("%w (see --min-sentences)", err)
		}
		p, err = chart.TopPlot(bars, cfg.opt)
	}
	if err != nil {
		return err
	}
	return atomicfile.Write(cfg.out, func(w io.Writer) error {
		return chart.Write(w, p, cfg.format, cfg.opt)
	})
}

func readInput(t *chart.Table, in string, stdin io.Reader) error {
	if in == "-" {
		return t.Read(stdin, "stdin")
	}
	f, err := os.Open(in)
	if err != nil {
		return err
	}
	defer f.Close()
	return t.Read(f, in)
}
