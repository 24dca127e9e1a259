// Package liblinear trains the per-class logistic regressions of package
// classifier with golearn's liblinear binding (L2-regularised logistic
// regression, primal trust-region Newton solver).
//
// It needs cgo, which is why it is a package of its own: predict, which
// only scores, never imports it and builds with CGO_ENABLED=0.
//
// golearn's binding passes Go pointers to C, which the cgo pointer checker
// rejects at run time. Until upstream fixes it (golearn issues 158, 196,
// 271), a process that trains must run with GODEBUG=cgocheck=0 set before
// it starts; Reexec does that for commands and test binaries.
package liblinear

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"

	"github.com/sjwhitworth/golearn/base"
	"github.com/sjwhitworth/golearn/linear_models"

	"stance/features"
)

// Eps is the solver's stopping tolerance.
const Eps = 0.001

// quiet silences liblinear's progress lines, which it would print to stdout.
var quiet sync.Once

// Fit trains one binary L2-regularised logistic regression per label
// column of ys on the sparse rows x (ys[k][i] true = row i is positive for
// column k) and returns one weight vector per column, one weight per
// feature. dim is the number of features; the constant bias feature is
// expected among them, so liblinear's own bias term is not used.
//
// It matches classifier.Fitter.
func Fit(x []features.Vector, ys [][]bool, dim int, c float64) ([][]float64, error) {
	_, ws, err := fit(x, ys, dim, c, false)
	return ws, err
}

// fit trains and exports each column, keeping liblinear's models when asked.
func fit(x []features.Vector, ys [][]bool, dim int, c float64, keep bool) ([]*Model, [][]float64, error) {
	if len(x) == 0 {
		return nil, nil, fmt.Errorf("liblinear: no training rows")
	}
	if err := checkCgo(); err != nil {
		return nil, nil, err
	}
	quiet.Do(base.Silent)
	prob, err := newProblem(x, dim)
	if err != nil {
		return nil, nil, err
	}
	defer prob.free()
	param := linear_models.NewParameter(linear_models.L2R_LR, c, Eps)
	var models []*Model
	ws := make([][]float64, len(ys))
	for k, y := range ys {
		if len(y) != len(x) {
			return nil, nil, fmt.Errorf("liblinear: %d rows but %d labels", len(x), len(y))
		}
		prob.setLabels(y)
		m := linear_models.Train(prob.golearn(), param)
		if ws[k], err = export(m, dim); err != nil {
			return nil, nil, err
		}
		if keep {
			models = append(models, &Model{m: m, dim: dim})
		}
	}
	return models, ws, nil
}

// export reads the weights back through liblinear's own text format: golearn
// offers no other way to get at them.
func export(model *linear_models.Model, dim int) ([]float64, error) {
	dir, err := os.MkdirTemp("", "stance-liblinear-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, "model.txt")
	if err := linear_models.Export(model, path); err != nil {
		return nil, fmt.Errorf("liblinear export: %w", err)
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return parseExport(bufio.NewScanner(f), dim)
}

// parseExport reads liblinear's model text: header lines up to "w", then
// one weight per line. The sign is flipped when liblinear saw the negative
// label first, because its weights then favour that label.
func parseExport(sc *bufio.Scanner, dim int) ([]float64, error) {
	sc.Buffer(make([]byte, 4096), 1<<20)
	flip := false
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "w" {
			break
		}
		if rest, ok := strings.CutPrefix(line, "label "); ok {
			first := strings.Fields(rest)[0]
			flip = first == "-1"
		}
		if rest, ok := strings.CutPrefix(line, "nr_class "); ok && rest != "2" {
			return nil, fmt.Errorf("liblinear export: %s classes, want 2 (a class with no positive or no negative rows?)", rest)
		}
	}
	w := make([]float64, 0, dim)
	for sc.Scan() && len(w) < dim {
		f := strings.Fields(sc.Text())
		if len(f) == 0 {
			continue
		}
		v, err := strconv.ParseFloat(f[0], 64)
		if err != nil {
			return nil, fmt.Errorf("liblinear export: %w", err)
		}
		if flip {
			v = -v
		}
		w = append(w, v)
	}
	if len(w) != dim {
		return nil, fmt.Errorf("liblinear export: %d weights, want %d", len(w), dim)
	}
	return w, sc.Err()
}

// Model is a trained liblinear model kept for checking the pure-Go scorer
// against liblinear's own predictions.
type Model struct {
	m   *linear_models.Model
	dim int
}

// FitModels is Fit that also returns liblinear's models, for Predict.
func FitModels(x []features.Vector, ys [][]bool, dim int, c float64) ([]*Model, [][]float64, error) {
	return fit(x, ys, dim, c, true)
}

// Predict is liblinear's own decision for one row: true for the positive class.
func (m *Model) Predict(v features.Vector) bool {
	row := make([]float64, m.dim)
	for j, i := range v.Index {
		row[i] = v.Value[j]
	}
	return linear_models.Predict(m.m, row) > 0
}

// CgoCheckOff is the GODEBUG setting golearn's liblinear calls need.
const CgoCheckOff = "cgocheck=0"

func checkCgo() error {
	if !cgoCheckOff(os.Getenv("GODEBUG")) {
		return fmt.Errorf("liblinear needs GODEBUG=%s set when the process starts (call liblinear.Reexec first in main or TestMain)", CgoCheckOff)
	}
	return nil
}

// cgoCheckOff reports whether a GODEBUG value turns the cgo pointer check
// off. The runtime reads the settings left to right, so the last
// cgocheck wins.
func cgoCheckOff(godebug string) bool {
	off := false
	for _, kv := range strings.Split(godebug, ",") {
		if k, v, ok := strings.Cut(strings.TrimSpace(kv), "="); ok && k == "cgocheck" {
			off = v == "0"
		}
	}
	return off
}

// reexecMarker is set in the environment of the re-executed process, so
// that a setting that still does not take effect there is an error and
// not an endless chain of re-executions.
const reexecMarker = "STANCE_LIBLINEAR_REEXEC"

// Reexec replaces the running process with itself, GODEBUG=cgocheck=0
// added, unless that is already set. Call it first thing in main (or in
// TestMain): the setting is read only at process start, a //go:debug line
// does not accept it, and os.Setenv comes too late. It returns only on
// failure, or when nothing needs doing.
func Reexec() error {
	if checkCgo() == nil {
		return nil
	}
	if os.Getenv(reexecMarker) != "" {
		return fmt.Errorf("re-exec with GODEBUG=%s: the setting did not take effect (GODEBUG=%q)", CgoCheckOff, os.Getenv("GODEBUG"))
	}
	exe, err := os.Executable()
	if err != nil {
		return fmt.Errorf("re-exec with GODEBUG=%s: %w", CgoCheckOff, err)
	}
	env := append(withCgoCheckOff(os.Environ()), reexecMarker+"=1")
	if err := syscall.Exec(exe, os.Args, env); err != nil {
		return fmt.Errorf("re-exec with GODEBUG=%s: %w", CgoCheckOff, err)
	}
	return nil
}

// withCgoCheckOff returns env with its GODEBUG entries (there may be
// several, of which getenv sees only the first) replaced by one that keeps
// their settings and turns the cgo pointer check off last.
func withCgoCheckOff(env []string) []string {
	var settings []string
	out := make([]string, 0, len(env)+1)
	for _, kv := range env {
		if v, ok := strings.CutPrefix(kv, "GODEBUG="); ok {
			if v != "" {
				settings = append(settings, v)
			}
			continue
		}
		out = append(out, kv)
	}
	settings = append(settings, CgoCheckOff)
	return append(out, "GODEBUG="+strings.Join(settings, ","))
}
