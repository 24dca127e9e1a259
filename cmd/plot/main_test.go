package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

const fixture = "../../chart/testdata/dyad_year.csv"

func runPlot(t *testing.T, stdin string, args ...string) (int, string) {
	t.Helper()
	var stderr bytes.Buffer
	code := run(args, strings.NewReader(stdin), &stderr)
	return code, stderr.String()
}

func TestPlotWrites(t *testing.T) {
	dir := t.TempDir()
	in, err := os.ReadFile(fixture)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name  string
		stdin string
		args  []string
		out   string
		magic string
	}{
		{"series png", "", []string{"series", "--pair", "USA:SUN+RUS", "--pair", "SUN+RUS:USA", fixture, "-o", "s.png"}, "s.png", "\x89PNG"},
		{"flags after inputs, stdin", string(in), []string{"series", "-", "--pair", "PRK:USA", "--measure", "share", "--out", "s.svg"}, "s.svg", "<?xml"},
		{"top pdf", "", []string{"top", "--class", "threat", "--n", "3", fixture, "-o", "t.pdf", "--width", "600", "--height", "300"}, "t.pdf", "%PDF"},
		{"actors", "", []string{"series", "--actor", "PRK", "--class", "threat", "../../chart/testdata/actor_month.jsonl", "-o", "a.png"}, "a.png", "\x89PNG"},
	} {
		args := append([]string(nil), tc.args...)
		for i, a := range args {
			if strings.HasSuffix(a, ".png") || strings.HasSuffix(a, ".svg") || strings.HasSuffix(a, ".pdf") {
				args[i] = filepath.Join(dir, a)
			}
		}
		code, stderr := runPlot(t, tc.stdin, args...)
		if code != 0 {
			t.Errorf("%s: exit %d: %s", tc.name, code, stderr)
			continue
		}
		b, err := os.ReadFile(filepath.Join(dir, tc.out))
		if err != nil || !bytes.HasPrefix(b, []byte(tc.magic)) {
			t.Errorf("%s: output %.8q %v", tc.name, b, err)
		}
	}
	// A merged code no row names is left out with a warning.
	if code, stderr := runPlot(t, "", "series", "--pair", "USA:RUS+XYZ", fixture, "-o", filepath.Join(dir, "m.svg")); code != 0 || !strings.Contains(stderr, "no rows name XYZ (left out of USA:RUS+XYZ)") {
		t.Errorf("merged unknown code: exit %d, %q", code, stderr)
	}
	// The undated row is left out with a warning.
	if _, stderr := runPlot(t, "", "series", "--pair", "USA:RUS", fixture, "-o", filepath.Join(dir, "u.svg")); !strings.Contains(stderr, "1 undated rows left out") {
		t.Errorf("no warning for undated rows: %q", stderr)
	}
}

// Usage errors exit 2, bad input 1, each with one line naming what is
// wrong; the output file is left as it was.
func TestPlotErrors(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "out.png")
	bad := filepath.Join(dir, "bad.csv")
	os.WriteFile(bad, []byte("doc,actor,name,sentences\n*,PRK,North Korea,3\n"), 0o644)
	for _, tc := range []struct {
		name string
		args []string
		code int
		want string
	}{
		{"no command", nil, 2, "need a command"},
		{"unknown command", []string{"pie", fixture}, 2, "need a command"},
		{"no output", []string{"top", fixture}, 2, "no output file"},
		{"bad extension", []string{"top", fixture, "-o", "x.gif"}, 2, "x.gif: unknown image type"},
		{"bad class", []string{"top", "--class", "anger", fixture, "-o", out}, 2, `unknown class "anger"`},
		{"bad measure", []string{"top", "--measure", "max", fixture, "-o", out}, 2, `unknown measure "max"`},
		{"no selection", []string{"series", fixture, "-o", out}, 2, "series needs at least one --pair"},
		{"bad pair", []string{"series", "--pair", "PRK", fixture, "-o", out}, 2, `--pair: pair "PRK" is not SPEAKER:TARGET`},
		{"both", []string{"series", "--pair", "PRK:USA", "--actor", "PRK", fixture, "-o", out}, 2, "not both"},
		{"tiny", []string{"top", "--width", "10", fixture, "-o", out}, 2, "--width and --height"},
		{"bad n", []string{"top", "--n", "0", fixture, "-o", out}, 2, "--n must be at least 1"},
		{"missing file", []string{"top", filepath.Join(dir, "none.csv"), "-o", out}, 1, "none.csv"},
		{"missing columns", []string{"top", bad, "-o", out}, 1, bad + ": missing column(s) accusation"},
		{"unknown actor", []string{"series", "--pair", "USA:XYZ", fixture, "-o", out}, 1, fixture + ": no rows name the actor XYZ"},
		{"empty selection", []string{"series", "--pair", "CUB:PRK", fixture, "-o", out}, 1, fixture + ": no dated rows for pair CUB:PRK"},
		{"min sentences", []string{"top", "--min-sentences", "1000", fixture, "-o", out}, 1, "no pair has 1000 or more sentences (see --min-sentences)"},
		{"unwritable", []string{"top", fixture, "-o", filepath.Join(dir, "no", "dir.png")}, 1, "dir.png"},
	} {
		os.WriteFile(out, []byte("old content\n"), 0o644)
		code, stderr := runPlot(t, "", tc.args...)
		first, _, _ := strings.Cut(stderr, "\n")
		if code != tc.code || !strings.Contains(first, tc.want) {
			t.Errorf("%s: exit %d, %q; want %d and %q", tc.name, code, stderr, tc.code, tc.want)
		}
		if tc.code == 1 && strings.Count(stderr, "\n") != 1 {
			t.Errorf("%s: not one line: %q", tc.name, stderr)
		}
		if b, _ := os.ReadFile(out); string(b) != "old content\n" {
			t.Errorf("%s: output changed", tc.name)
		}
	}
	if code, _ := runPlot(t, "", "series", "-h"); code != 0 {
		t.Errorf("-h exits %d", code)
	}
}

// plot is a separate binary: predict, built with CGO_ENABLED=0 for
// cluster workers, must not pull in the plotting library.
func TestPredictHasNoPlot(t *testing.T) {
	out, err := exec.Command("go", "list", "-deps", "stance/cmd/predict").Output()
	if err != nil {
		t.Skipf("go list: %v", err)
	}
	if strings.Contains(string(out), "gonum.org/v1/plot") {
		t.Error("cmd/predict imports gonum.org/v1/plot")
	}
}
