package main

import (
	"fmt"
	"io"
	"math"
	"net"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"stance"
)

const seriesFile = "testdata/series.jsonl"

// TestBySeries runs --by on five articles of its own: dated in December
// 2021 and January 2022, one dated by its year only and one undated.
func TestBySeries(t *testing.T) {
	cases := []struct {
		args    []string
		periods []string // of the rows, in order
		warn    string
	}{
		{[]string{"--by", "month"}, []string{"2021-12", "2021-12", "2022-01", "2022-01", "", ""},
			"predict: warning: 2 documents had no date; their rows have an empty period\n"},
		{[]string{"--by", "year", "--level", "dyad"}, []string{"2021", "2021", "2022", "2022", "2022"},
			"predict: warning: 1 document had no date; its rows have an empty period\n"},
		{[]string{"--by", "week"}, []string{"2021-W52", "2021-W52", "2022-W02", "2022-W03", "2022-W03", "", ""},
			"predict: warning: 2 documents had no date; their rows have an empty period\n"},
	}
	for _, c := range cases {
		var outs []string
		for _, workers := range []string{"1", "2"} {
			args := append([]string{"--format", "csv", "--jsonl", "--workers", workers, seriesFile}, c.args...)
			code, out, stderr := predictRun(t, "", args...)
			if code != 0 || stderr != c.warn {
				t.Errorf("%v: exit %d, stderr %q, want 0 and %q", args, code, stderr, c.warn)
			}
			outs = append(outs, out)
		}
		if outs[0] != outs[1] {
			t.Errorf("%v: two workers wrote other bytes than one", c.args)
		}
		header := strings.SplitN(outs[0], "\n", 2)[0]
		if !strings.HasPrefix(header, "doc,period,") {
			t.Errorf("%v: header %q, want period right after doc", c.args, header)
		}
		var periods []string
		for _, r := range readCSV(t, outs[0]) {
			if r["doc"] != "*" {
				t.Errorf("%v: a per-document row: %v", c.args, r)
			}
			periods = append(periods, r["period"])
		}
		if fmt.Sprint(periods) != fmt.Sprint(c.periods) {
			t.Errorf("%v: periods %q, want %q", c.args, periods, c.periods)
		}
	}
	code, _, stderr := predictRun(t, "", "--by", "month", "--level", "sentence", seriesFile)
	if code != 2 || !strings.Contains(stderr, "--by needs --level actor or dyad") {
		t.Errorf("--by on sentences: exit %d, %q; want a usage error", code, stderr)
	}
	if code, _, _ := predictRun(t, "", "--by", "fortnight", seriesFile); code != 2 {
		t.Errorf("--by fortnight: exit %d, want 2", code)
	}
}

// TestShardSumsAdd scores the example articles in two shards and all
// together: for every overall dyad row, the counts of the shards add up
// exactly, the sums to within the rounding of the two shards, and the
// maxima are the larger of the two.
func TestShardSumsAdd(t *testing.T) {
	files, _ := filepath.Glob("../../datasets/articles/*.txt")
	if len(files) < 4 {
		t.Skip("no example articles")
	}
	overall := func(args ...string) map[string]map[string]string {
		args = append([]string{"--level", "dyad", "--format", "csv"}, args...)
		code, out, stderr := predictRun(t, "", args...)
		if code != 0 {
			t.Fatalf("exit %d: %s", code, stderr)
		}
		rows := map[string]map[string]string{}
		for _, r := range readCSV(t, out) {
			if r["doc"] == "*" {
				rows[r["speaker"]+">"+r["target"]] = r
			}
		}
		return rows
	}
	half := len(files) / 2
	a, b, all := overall(files[:half]...), overall(files[half:]...), overall(files...)
	num := func(r map[string]string, col string) float64 {
		if r == nil {
			return 0
		}
		v, err := strconv.ParseFloat(r[col], 64)
		if err != nil {
			t.Fatalf("%s = %q: %v", col, r[col], err)
		}
		return v
	}
	if len(all) < 10 {
		t.Fatalf("only %d dyads", len(all))
	}
	for key, u := range all {
		ra, rb := a[key], b[key]
		if ra == nil && rb == nil {
			t.Errorf("%s: in neither shard", key)
			continue
		}
		for _, col := range []string{"sentences", "n_accusation", "n_reassurance", "n_threat"} {
			if num(ra, col)+num(rb, col) != num(u, col) {
				t.Errorf("%s %s: %v + %v != %v", key, col, num(ra, col), num(rb, col), num(u, col))
			}
		}
		for _, class := range []string{"accusation", "reassurance", "threat"} {
			col := "sum_" + class
			if d := math.Abs(num(ra, col) + num(rb, col) - num(u, col)); d > 0.00011 {
				t.Errorf("%s %s: %v + %v is %v off %v", key, col, num(ra, col), num(rb, col), d, num(u, col))
			}
			col = "max_" + class
			if math.Max(num(ra, col), num(rb, col)) != num(u, col) {
				t.Errorf("%s %s: max of %v and %v != %v", key, col, num(ra, col), num(rb, col), num(u, col))
			}
			// The mean is the sum over the sentences, to its four decimals.
			if d := math.Abs(num(u, col[len("max_"):])*num(u, "sentences") - num(u, "sum_"+class)); d > 0.00005*num(u, "sentences")+0.00005 {
				t.Errorf("%s: mean %s × sentences is %v off the sum", key, class, d)
			}
		}
	}
}

// TestBatchesSplitByBytes checks that a batch closes at the article
// count or once its texts hold the byte limit, whichever comes first, and
// that an article larger than the limit is a batch of its own.
func TestBatchesSplitByBytes(t *testing.T) {
	sizes := []int{100, 100, 100, 100, 100, 600, 600, 2000, 50, 50}
	var in strings.Builder
	for i, n := range sizes {
		fmt.Fprintf(&in, `{"id":"d%d","text":"%s"}`+"\n", i, strings.Repeat("x", n))
	}
	src := &sources{inputs: []string{"-"}, stdin: strings.NewReader(in.String()), warn: func(string, ...any) {}}
	var got [][]string
	err := batches(src, 4, 1000, func(b []stance.Input) error {
		var ids []string
		for _, a := range b {
			ids = append(ids, a.ID)
		}
		got = append(got, ids)
		return nil
	})
	want := [][]string{{"d0", "d1", "d2", "d3"}, {"d4", "d5", "d6"}, {"d7"}, {"d8", "d9"}}
	if err != nil || fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("batches %v, %v; want %v", got, err, want)
	}
}

// TestUnreadableInputs checks that an input that cannot be read is
// warned about like cat and grep do, the others are still scored and
// written, and the exit status is 1; inputs that were read but hold no
// article are skipped with exit status 0.
func TestUnreadableInputs(t *testing.T) {
	dir := t.TempDir()
	missing := filepath.Join(dir, "missing.txt")
	withDangling := filepath.Join(dir, "sub")
	os.Mkdir(withDangling, 0o755)
	if err := os.Symlink(filepath.Join(dir, "gone.txt"), filepath.Join(withDangling, "dangling.txt")); err != nil {
		t.Fatal(err)
	}
	empty := filepath.Join(dir, "empty.txt")
	os.WriteFile(empty, nil, 0o644)
	sock := filepath.Join(dir, "s.sock")
	if l, err := net.Listen("unix", sock); err == nil {
		defer l.Close()
	} else {
		sock = ""
	}
	cases := []struct {
		name   string
		inputs []string
		code   int
		warn   string
	}{
		{"missing", []string{missing}, 1, "predict: warning: " + missing + ": no such file or directory\n"},
		{"missing then good", []string{missing, example}, 1, "predict: warning: " + missing + ": no such file or directory\n"},
		{"good then missing", []string{example, missing}, 1, "predict: warning: " + missing + ": no such file or directory\n"},
		{"dangling link in a directory", []string{example, withDangling}, 1, "dangling.txt: no such file or directory\n"},
		{"socket", []string{example, sock}, 1, "s.sock: not a regular file or directory\n"},
		{"empty file", []string{example, empty}, 0, "empty.txt: empty article, skipped\n"},
	}
	_, good, _ := predictRun(t, "", "--format", "csv", example)
	for _, c := range cases {
		if c.name == "socket" && sock == "" {
			continue
		}
		code, out, stderr := predictRun(t, "", append([]string{"--format", "csv"}, c.inputs...)...)
		if code != c.code || !strings.HasSuffix(stderr, c.warn) || strings.Count(stderr, "\n") != 1 {
			t.Errorf("%s: exit %d, stderr %q; want %d and one warning ending %q", c.name, code, stderr, c.code, c.warn)
		}
		if c.name != "missing" && out != good {
			t.Errorf("%s: the readable input's rows were not all written:\n%s", c.name, out)
		}
	}
	// A bad JSONL line still follows --on-error: skipped, exit 0.
	code, _, stderr := predictRun(t, "{\"id\":\"a\",\"text\":\"Kyiv blamed Moscow.\"}\nnot json\n", "--format", "csv", "-")
	if code != 0 || !strings.Contains(stderr, "stdin:2:") {
		t.Errorf("bad JSONL line: exit %d, %q", code, stderr)
	}
}

// TestTerminalTable pretends stdout is a terminal of a given width: the
// table fits it and shows the document by its base name; --wide, a file
// or CSV keep every column.
func TestTerminalTable(t *testing.T) {
	width := 0
	saved := terminalWidth
	defer func() { terminalWidth = saved }()
	terminalWidth = func(io.Writer) (int, bool) { return width, true }
	for _, level := range []string{"sentence", "actor", "dyad"} {
		for _, width = range []int{80, 120, 200} {
			code, out, _ := predictRun(t, "", "--level", level, example)
			lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
			if code != 0 || len(lines) < 3 || !strings.HasPrefix(lines[1], filepath.Base(example)+" ") || !strings.Contains(lines[0], "accusation") {
				t.Fatalf("--level %s at %d: exit %d:\n%s", level, width, code, out)
			}
			for _, l := range lines {
				if n := utf8.RuneCountInString(l); n > width {
					t.Errorf("--level %s at %d: a line %d wide:\n%s", level, width, n, l)
				}
			}
		}
		_, wide, _ := predictRun(t, "", "--level", level, "--wide", example)
		if !strings.Contains(wide, example) || level != "sentence" && !strings.Contains(wide, "sum_threat") {
			t.Errorf("--level %s --wide: not every column:\n%.400s", level, wide)
		}
	}
	_, csv, _ := predictRun(t, "", "--format", "csv", example)
	if !strings.Contains(csv, "sum_threat") || !strings.Contains(csv, example) {
		t.Errorf("CSV lost columns on a terminal:\n%.300s", csv)
	}
}
