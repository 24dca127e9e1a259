// Command train fits a stance model on a labelled corpus and writes the
// model file that predict loads.
//
//	train --corpus datasets/corpus.csv [--corpus more.csv ...] --out FILE
//	      [--cues FILE] [--c 1.0] [--folds 5] [--seed 1] [--report-json FILE]
//	      [--verbs [--verb-classes FILE]] [--voice] [--clusters FILE [--clusters-from TEXTS.jsonl.gz ...]]
//	      [--real-weight N] [--real-thresholds=false]
//
// It prints per-class precision, recall and F1 on the dev and test splits,
// macro-F1, a confusion table, cross-validated macro-F1 on the train split,
// the vocabulary size and the time taken.
//
// Exit status: 0 on success, 1 when training fails (bad corpus, unreadable
// file, a class with no examples), 2 for a usage error.
package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"

	"stance/classifier"
	"stance/classifier/liblinear"
	"stance/cmd/internal/cli"
	"stance/datasets"
	"stance/features"
	"stance/internal/atomicfile"
)

func main() {
	if err := liblinear.Reexec(); err != nil {
		fmt.Fprintln(os.Stderr, "train:", err)
		os.Exit(1)
	}
	cli.StopOnSignal()
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// listFlag collects a repeated flag.
type listFlag []string

func (l *listFlag) String() string     { return strings.Join(*l, ",") }
func (l *listFlag) Set(v string) error { *l = append(*l, v); return nil }

type config struct {
	corpora    listFlag
	out        string
	cues       string
	actorsFile string
	c          float64
	folds      int
	seed       uint64
	reportJSON string
	minDF      int
	maxFeat    int
	data       string
	export     string
	curve      bool

	verbs          bool
	verbsFile      string
	voice          bool
	clusters       string
	clustersFrom   listFlag
	realWeight     int
	realThresholds bool
}

// defaultData is where the public corpora that standoff label files point
// into live in a checkout: the shared folder beside the repository.
const defaultData = "../shared/data"

func parseFlags(args []string, stderr io.Writer) (*config, error) {
	cfg := &config{}
	fs := flag.NewFlagSet("train", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Var(&cfg.corpora, "corpus", "labelled corpus `FILE` (CSV or JSONL); repeat for several")
	fs.StringVar(&cfg.out, "out", "", "write the model to `FILE` (atomically)")
	fs.StringVar(&cfg.cues, "cues", "", "cue lexicon `FILE` (default: the built-in lexicon)")
	fs.StringVar(&cfg.actorsFile, "actors", "", "extra actor `FILE` (gazetteer CSV or PETRARCH dictionary) to check speaker and target codes against")
	fs.Float64Var(&cfg.c, "c", classifier.DefaultC, "inverse regularisation strength `C` of the logistic regressions")
	fs.IntVar(&cfg.folds, "folds", 5, "cross-validation folds on the train split (0 to skip)")
	fs.Uint64Var(&cfg.seed, "seed", classifier.DefaultSeed, "seed for the cross-validation folds")
	fs.StringVar(&cfg.reportJSON, "report-json", "", "also write the report as JSON to `FILE`")
	fs.IntVar(&cfg.minDF, "min-df", features.DefaultVocabOptions.MinDF, "minimum number of train sentences an n-gram must occur in")
	fs.IntVar(&cfg.maxFeat, "max-features", features.DefaultVocabOptions.MaxFeatures, "maximum bag-of-words size")
	fs.StringVar(&cfg.data, "data", defaultData, "`DIR` holding the public corpora that standoff label files point into (ungdc/, newsmtsc/, petrarch2-dictionaries/)")
	fs.StringVar(&cfg.export, "export", "", "write the whole corpus with its text to `FILE` (CSV: id,text,labels,speaker,target,split,source) and stop; no training")
	fs.BoolVar(&cfg.curve, "curve", true, "with real (standoff) rows, report a learning curve on real dev: macro-F1 at 25, 50 and 100% of the real train rows")
	fs.BoolVar(&cfg.verbs, "verbs", false, "add the CAMEO verb-class features (off by default: they did not help on real dev, see README)")
	fs.StringVar(&cfg.verbsFile, "verb-classes", "", "verb classes `FILE` in the format of features/verbs/cameo.cues, instead of the built-in CAMEO classes (implies --verbs)")
	fs.BoolVar(&cfg.voice, "voice", false, "add the speaker's-voice features (off by default: they did not help on real dev, see README)")
	fs.StringVar(&cfg.clusters, "clusters", "", "word clusters `FILE` to embed in the model; with --clusters-from, where to write the clusters built")
	fs.Var(&cfg.clustersFrom, "clusters-from", "build word clusters from the \"text\" fields of this JSONL `FILE` (.gz read as gzip) and the train rows; repeat for several")
	fs.IntVar(&cfg.realWeight, "real-weight", classifier.DefaultRealWeight, "count each real (standoff) train row `N` times")
	fs.BoolVar(&cfg.realThresholds, "real-thresholds", true, "choose thresholds on the real dev rows (for classes with at least 5 of them)")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: train --corpus FILE [--corpus FILE ...] --out MODEL [flags]")
		fmt.Fprintln(stderr, "       train --corpus FILE [--corpus FILE ...] --export CORPUS.csv")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return nil, err
	}
	if cfg.verbsFile != "" {
		cfg.verbs = true // a verb-classes file asks for them
	}
	switch {
	case fs.NArg() > 0:
		return nil, fmt.Errorf("unexpected argument %q (corpora go after --corpus)", fs.Arg(0))
	case len(cfg.corpora) == 0:
		return nil, errors.New("no --corpus given")
	case cfg.out == "" && cfg.export == "":
		return nil, errors.New("no --out given")
	case cfg.c <= 0:
		return nil, fmt.Errorf("--c must be positive, got %g", cfg.c)
	case cfg.folds < 0 || cfg.folds == 1:
		return nil, fmt.Errorf("--folds must be 0 or at least 2, got %d", cfg.folds)
	case cfg.minDF < 1 || cfg.maxFeat < 1:
		return nil, errors.New("--min-df and --max-features must be at least 1")
	case cfg.realWeight < 1:
		return nil, fmt.Errorf("--real-weight must be at least 1, got %d", cfg.realWeight)
	}
	return cfg, nil
}

func run(args []string, stdout, stderr io.Writer) int {
	var cfg *config
	return cli.Run(stderr, "train",
		func() (err error) { cfg, err = parseFlags(args, stderr); return err },
		func() error { return train(cfg, stdout, stderr) })
}

func train(cfg *config, stdout, stderr io.Writer) error {
	start := time.Now()
	corpus, err := datasets.ReadFiles(&datasets.Library{Root: cfg.data}, cfg.corpora...)
	if err != nil {
		return err
	}
	if cfg.export != "" {
		return atomicfile.Write(cfg.export, func(w io.Writer) error { return exportCorpus(w, corpus.Rows) })
	}
	if cfg.actorsFile != "" {
		if err := checkActors(corpus, cfg.actorsFile, stderr); err != nil {
			return err
		}
	}
	lex := features.DefaultLexicon()
	if cfg.cues != "" {
		f, err := os.Open(cfg.cues)
		if err != nil {
			return err
		}
		lex, err = features.ParseLexicon(f, cfg.cues)
		f.Close()
		if err != nil {
			return err
		}
	}
	groups := features.Groups{Voice: cfg.voice}
	if cfg.verbs {
		if groups.Verbs, err = readVerbs(cfg.verbsFile); err != nil {
			return err
		}
	}
	clusterStart := time.Now()
	if groups.Clusters, err = loadClusters(cfg, corpus.Rows); err != nil {
		return err
	}
	if len(cfg.clustersFrom) > 0 {
		fmt.Fprintf(stderr, "train: built %d word clusters of %d stems in %.1fs\n", groups.Clusters.K, len(groups.Clusters.Stems), time.Since(clusterStart).Seconds())
	}
	split := classifier.SplitExamples(corpus.Rows)
	for _, s := range []string{"train", "dev", "test"} {
		if len(split[s]) == 0 {
			return fmt.Errorf("%s: the %s split has no rows", strings.Join(cfg.corpora, ", "), s)
		}
	}

	bar := newProgress(stderr, 1+cfg.folds)
	done := 0
	opt := classifier.Options{
		C:       cfg.c,
		Vocab:   features.VocabOptions{MinDF: cfg.minDF, MaxFeatures: cfg.maxFeat},
		Lexicon: lex,
		Groups:  groups,
		Fit:     liblinear.Fit,

		RealWeight:     cfg.realWeight,
		RealThresholds: cfg.realThresholds,
		Progress: func(int, int) {
			done++
			bar(done)
		},
	}
	var cv []float64
	if cfg.folds > 0 {
		if cv, err = classifier.CrossValidate(split["train"], cfg.folds, cfg.seed, opt); err != nil {
			return err
		}
	}
	model, err := classifier.Train(split["train"], split["dev"], opt)
	if err != nil {
		return err
	}
	model.Info.CorpusSHA256 = corpus.SHA256
	model.Info.Seed = cfg.seed
	bar(-1)

	if err := atomicfile.Write(cfg.out, model.Write); err != nil {
		return err
	}
	var curve []curvePoint
	if cfg.curve {
		if curve, err = learningCurve(split, opt, cfg.seed); err != nil {
			return err
		}
	}
	rep := newReport(model, split, cv, time.Since(start))
	rep.Curve = curve
	rep.Model = cfg.out
	rep.print(stdout)
	if cfg.reportJSON != "" {
		err := atomicfile.Write(cfg.reportJSON, func(w io.Writer) error {
			enc := json.NewEncoder(w)
			enc.SetIndent("", "  ")
			return enc.Encode(rep)
		})
		if err != nil {
			return err
		}
	}
	return nil
}

// readVerbs returns the verb classes in path, or the built-in ones.
func readVerbs(path string) (*features.Lexicon, error) {
	if path == "" {
		return features.DefaultVerbs(), nil
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return features.ParseVerbLexicon(f, path)
}

// checkActors warns about speaker and target codes that neither the
// built-in gazetteer nor the user's actor file knows.
func checkActors(c *datasets.Corpus, path string, stderr io.Writer) error {
	g, err := cli.LoadActors(path)
	if err != nil {
		return err
	}
	known := map[string]bool{}
	for _, code := range g.Codes() {
		known[code] = true
	}
	warned := map[string]bool{}
	for _, r := range c.Rows {
		for _, code := range append([]string{r.Speaker}, r.Targets...) {
			if code != "" && !known[code] && !warned[code] {
				warned[code] = true
				fmt.Fprintf(stderr, "train: warning: %s: actor code %s is not in the gazetteer\n", r.Source, code)
			}
		}
	}
	return nil
}

// newProgress returns a function that advances a progress bar on stderr,
// or does nothing when stderr is not a terminal. -1 finishes the bar.
func newProgress(stderr io.Writer, total int) func(int) {
	f, ok := stderr.(*os.File)
	if !ok || !term.IsTerminal(int(f.Fd())) {
		return func(int) {}
	}
	bar := progressbar.NewOptions(total, progressbar.OptionSetWriter(stderr),
		progressbar.OptionSetDescription("training"), progressbar.OptionClearOnFinish())
	return func(n int) {
		if n < 0 {
			bar.Finish()
			return
		}
		bar.Set(n)
	}
}
