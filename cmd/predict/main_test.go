package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"runtime/debug"
	"strings"
	"testing"

	"stance/classifier"
	"stance/models"
)

// example is the article the README scores.
const example = "../../datasets/articles/a-pyongyang-asian-nato.txt"

// predictRun runs predict in-process and returns exit code, stdout, stderr.
func predictRun(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(args, strings.NewReader(stdin), &out, &errb)
	if strings.Contains(errb.String(), "goroutine ") || strings.Contains(errb.String(), "panic") {
		t.Fatalf("stack trace on stderr:\n%s", errb.String())
	}
	return code, out.String(), errb.String()
}

func readCSV(t *testing.T, s string) []map[string]string {
	t.Helper()
	recs, err := csv.NewReader(strings.NewReader(s)).ReadAll()
	if err != nil {
		t.Fatalf("output is not CSV: %v\n%s", err, s)
	}
	var rows []map[string]string
	for _, r := range recs[1:] {
		m := map[string]string{}
		for i, h := range recs[0] {
			m[h] = r[i]
		}
		rows = append(rows, m)
	}
	return rows
}

func TestSentenceLevelOnExampleArticle(t *testing.T) {
	code, out, stderr := predictRun(t, "", "--level", "sentence", "--format", "csv", example)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	rows := readCSV(t, out)
	if len(rows) < 10 {
		t.Fatalf("%d sentence rows, want the article's sentences", len(rows))
	}
	for _, r := range rows {
		for _, c := range []string{"accusation", "reassurance", "threat"} {
			if len(r[c]) != 6 || r[c][1] != '.' {
				t.Errorf("score %s = %q, want 4 decimals in [0,1]", c, r[c])
			}
		}
		if strings.Contains(r["text"], "commenting forum") || strings.Contains(r["text"], "Your support") {
			t.Errorf("boilerplate scored: %q", r["text"])
		}
	}
	head := rows[0]
	if head["speaker"] != "PRK" || !strings.Contains(head["target"], "USA") || !strings.Contains(head["label"], "accusation") {
		t.Errorf("headline row %v: want speaker PRK, target USA, an accusation", head)
	}
	if head["date"] != "2022-07-03" {
		t.Errorf("date %q, want the article's date 2022-07-03", head["date"])
	}
}

func TestActorAndDyadLevels(t *testing.T) {
	code, out, stderr := predictRun(t, "", "--format", "csv", example)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	rows := readCSV(t, out)
	var doc, overall map[string]string
	for _, r := range rows {
		if r["actor"] == "PRK" && r["doc"] == example {
			doc = r
		}
		if r["actor"] == "PRK" && r["doc"] == "*" {
			overall = r
		}
	}
	if doc == nil || overall == nil {
		t.Fatalf("no PRK rows for the document and overall in:\n%s", out)
	}
	if doc["name"] != "North Korea" || doc["sentences"] == "0" || doc["accusation"] != overall["accusation"] {
		t.Errorf("PRK row %v, overall %v", doc, overall)
	}
	for _, col := range []string{"max_accusation", "max_reassurance", "max_threat", "n_accusation", "n_reassurance", "n_threat"} {
		if _, ok := doc[col]; !ok {
			t.Errorf("column %s missing", col)
		}
	}
	code, out, _ = predictRun(t, "", "--level", "dyad", "--format", "csv", example)
	found := false
	for _, r := range readCSV(t, out) {
		if r["speaker"] == "PRK" && r["target"] == "USA" && r["doc"] == "*" {
			found = true
		}
	}
	if code != 0 || !found {
		t.Errorf("dyad level: exit %d, no PRK->USA overall row in:\n%s", code, out)
	}
}

func TestJSONLFilter(t *testing.T) {
	in := `{"id":"n1","text":"Pyongyang accused Washington of plotting an invasion.","date":"2022-07-03","source":"wire","url":"http://example.org/1"}
{"id":"n2","text":
{"id":"n3","text":"Seoul said it had no hostile intentions and wanted to return to talks."}
`
	code, out, stderr := predictRun(t, in, "--level", "sentence", "--format", "jsonl", "--no-header", "-")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if !strings.Contains(stderr, "stdin:2:") {
		t.Errorf("stderr %q does not name stdin:2", stderr)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 2 {
		t.Fatalf("%d output lines, want 2:\n%s", len(lines), out)
	}
	var first map[string]any
	if err := json.Unmarshal([]byte(lines[0]), &first); err != nil {
		t.Fatal(err)
	}
	if first["doc"] != "n1" || first["source"] != "wire" || first["url"] != "http://example.org/1" || first["date"] != "2022-07-03" || first["speaker"] != "PRK" {
		t.Errorf("first row %v", first)
	}
	if _, ok := first["accusation"].(float64); !ok {
		t.Errorf("accusation is %T, want a JSON number", first["accusation"])
	}

	code, _, stderr = predictRun(t, in, "--on-error", "fail", "--format", "csv", "-")
	if code != 1 || !strings.HasPrefix(stderr, "predict: stdin:2: ") {
		t.Errorf("--on-error fail: exit %d, stderr %q", code, stderr)
	}
}

func TestBadInputsWarnAndGoOn(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	binary := write("binary.txt", []byte("\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x03\x00>\x00"))
	invalid := write("latin1.txt", []byte("Ankara warned Damascus \xe9\xe8 of consequences."))
	empty := write("empty.txt", nil)
	cases := []struct {
		path, want string
	}{
		{binary, "binary.txt: binary file, skipped"},
		{invalid, "latin1.txt: invalid UTF-8 replaced"},
		{empty, "empty.txt: empty article, skipped"},
	}
	for _, c := range cases {
		code, _, stderr := predictRun(t, "", "--format", "csv", c.path)
		if code != 0 || !strings.Contains(stderr, c.want) {
			t.Errorf("%s: exit %d, stderr %q, want a warning containing %q", c.path, code, stderr, c.want)
		}
	}
}

func TestModelFileErrors(t *testing.T) {
	dir := t.TempDir()
	good := models.DefaultBytes()
	cases := []struct {
		name string
		data []byte
		want string
	}{
		{"truncated.model", good[:len(good)/3], "checksum mismatch"},
		{"future.model", bytes.Replace(good, fmt.Appendf(nil, "stance-model %d\n", classifier.FormatVersion), []byte("stance-model 9\n"), 1), "model format version 9 is newer"},
		{"text.model", []byte("hello\n"), "not a stance model file"},
	}
	for _, c := range cases {
		p := filepath.Join(dir, c.name)
		os.WriteFile(p, c.data, 0o644)
		code, _, stderr := predictRun(t, "", "--model", p, example)
		if code != 1 || !strings.Contains(stderr, c.want) || strings.Count(stderr, "\n") != 1 {
			t.Errorf("%s: exit %d, stderr %q, want one line containing %q", c.name, code, stderr, c.want)
		}
	}
	code, _, stderr := predictRun(t, "", "--model", filepath.Join(dir, "none.model"), example)
	if code != 1 || !strings.Contains(stderr, "none.model") {
		t.Errorf("missing model: exit %d, %q", code, stderr)
	}
}

func TestUsageErrors(t *testing.T) {
	for _, args := range [][]string{{"--level", "paragraph"}, {"--format", "xml"}, {"--workers", "0"}, {"--on-error", "ignore"}, {"--no-such-flag"}} {
		code, _, stderr := predictRun(t, "", args...)
		if code != 2 || stderr == "" {
			t.Errorf("%v: exit %d, stderr %q, want 2 and a message", args, code, stderr)
		}
	}
}

func TestWorkersKeepOrder(t *testing.T) {
	var in strings.Builder
	files, _ := filepath.Glob("../../datasets/articles/*.txt")
	for i, f := range files {
		b, _ := os.ReadFile(f)
		line, _ := json.Marshal(map[string]string{"id": filepath.Base(f), "text": string(b)})
		in.Write(line)
		in.WriteByte('\n')
		if i > 12 {
			break
		}
	}
	_, one, _ := predictRun(t, in.String(), "--workers", "1", "--level", "sentence", "--format", "csv", "-")
	_, four, _ := predictRun(t, in.String(), "--workers", "4", "--level", "sentence", "--format", "csv", "-")
	if one != four || len(one) < 1000 {
		t.Error("--workers 4 output differs from --workers 1")
	}
}

func TestOutIsAtomicAndExplain(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "scores.csv")
	os.WriteFile(out, []byte("old content\n"), 0o644)
	// A run that fails midway leaves the old file as it was.
	bad := "{\"id\":\"a\",\"text\":\"Kyiv blamed Moscow.\"}\nnot json\n"
	if code, _, _ := predictRun(t, bad, "--on-error", "fail", "--out", out, "-"); code != 1 {
		t.Fatalf("exit %d, want 1", code)
	}
	if b, _ := os.ReadFile(out); string(b) != "old content\n" {
		t.Errorf("failed run changed --out file: %q", b)
	}
	leftovers, _ := filepath.Glob(filepath.Join(dir, ".*tmp*"))
	if len(leftovers) > 0 {
		t.Errorf("temporary files left: %v", leftovers)
	}
	in := "{\"id\":\"x\",\"text\":\"=Pyongyang warned that it would retaliate with overwhelming force against any attack.\"}\n"
	code, _, stderr := predictRun(t, in, "--level", "sentence", "--explain", "--out", out, "-")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	b, _ := os.ReadFile(out)
	rows := readCSV(t, string(b))
	if len(rows) != 1 || !strings.HasPrefix(rows[0]["text"], "'=") {
		t.Errorf("formula cell not neutralised: %v", rows)
	}
	if rows[0]["label"] != "threat" || !strings.HasPrefix(rows[0]["explain"], "threat: ") || !strings.Contains(rows[0]["explain"], "retaliate") {
		t.Errorf("label %q, explain %q: want a threat explained by threat cues", rows[0]["label"], rows[0]["explain"])
	}
}

func TestTableFormat(t *testing.T) {
	code, out, _ := predictRun(t, "", "--format", "table", example)
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if code != 0 || len(lines) < 3 || !strings.HasPrefix(lines[0], "doc") {
		t.Fatalf("exit %d, table:\n%s", code, out)
	}
	if w := len(lines[0]); strings.Index(lines[1], "  ") < 0 || w == 0 {
		t.Errorf("table not aligned:\n%s", out)
	}
}

// The default model must load: predict's whole promise is that it works
// with nothing but the binary.
func TestEmbeddedModelLoads(t *testing.T) {
	m, err := models.Default()
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	m.Write(&buf)
	if _, err := classifier.Read(&buf); err != nil {
		t.Fatal(err)
	}
}

// TestHugeSingleLine feeds a 50 MB article with no line break and no
// sentence end: it is cut into bounded pieces and scored in linear time.
func TestHugeSingleLine(t *testing.T) {
	if testing.Short() {
		t.Skip("50 MB input")
	}
	words := strings.Fields("the ministry said Pyongyang warned Washington of grave consequences talks peace Seoul Tokyo and drills missile launch sanctions")
	var b strings.Builder
	for i := 0; b.Len() < 50<<20; i++ {
		b.WriteString(words[(i*7+i/3)%len(words)])
		b.WriteByte(' ')
	}
	p := filepath.Join(t.TempDir(), "huge.txt")
	if err := os.WriteFile(p, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, stderr := predictRun(t, "", "--level", "actor", "--format", "csv", p)
	if code != 0 || !strings.Contains(out, "*,PRK,North Korea,") {
		t.Errorf("exit %d, stderr %q, output:\n%.500s", code, stderr, out)
	}
}

// TestBadActorFile checks that a malformed --actors file stops predict
// with FILE:LINE and exit 1.
func TestBadActorFile(t *testing.T) {
	p := filepath.Join(t.TempDir(), "actors.csv")
	os.WriteFile(p, []byte("code,kind,text,role,from,to\n,alias,Nowhere,,,\n"), 0o644)
	code, _, stderr := predictRun(t, "", "--actors", p, example)
	if code != 1 || !strings.Contains(stderr, p+":2: ") {
		t.Errorf("exit %d, stderr %q; want 1 and %s:2", code, stderr, p)
	}
}

// TestPredictNeedsNoCgo checks that golearn, which needs cgo, stays out of
// predict's import graph, so that CGO_ENABLED=0 builds work.
func TestPredictNeedsNoCgo(t *testing.T) {
	out, err := exec.Command("go", "list", "-deps", ".").Output()
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(out), "golearn") {
		t.Error("predict imports golearn")
	}
}

// TestREADMEExampleIsReal checks that the example output in the README is
// what predict prints today on a terminal 120 characters wide, so the
// README never shows stale scores.
func TestREADMEExampleIsReal(t *testing.T) {
	t.Chdir("../..") // the README's commands run from the repository root
	saved := terminalWidth
	defer func() { terminalWidth = saved }()
	terminalWidth = func(io.Writer) (int, bool) { return 120, true }
	readme, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	const article = "datasets/articles/a-pyongyang-asian-nato.txt"
	for _, args := range [][]string{
		{"--format", "table", article},
		{"--level", "sentence", "--format", "table", article},
	} {
		code, out, stderr := predictRun(t, "", args...)
		if code != 0 {
			t.Fatalf("%v: exit %d: %s", args, code, stderr)
		}
		lines := strings.Split(strings.TrimSpace(out), "\n")
		for _, l := range lines[:min(len(lines), 11)] {
			if !strings.Contains(string(readme), l) {
				t.Errorf("README lacks this line of `predict %s`:\n%s", strings.Join(args, " "), l)
			}
		}
	}
}

// TestBadLinesInOrder puts undecodable lines among many good ones, so that
// they land in different batches of the workers: every worker count must
// write the same rows, warn about the same lines in skip mode, and in fail
// mode write every row before the first bad line and name it.
func TestBadLinesInOrder(t *testing.T) {
	const n = 700
	bad := map[int]string{3: `{"text": 12}`, 300: `not json`, 301: `{"id":"x"}`, 650: `{"text":"   "}`}
	var in strings.Builder
	for i := 1; i <= n; i++ {
		if line, ok := bad[i]; ok {
			in.WriteString(line + "\n")
			continue
		}
		fmt.Fprintf(&in, `{"id":"d%d","text":"Officials in Seoul said North Korea fired %d rockets."}`+"\n", i, i)
	}
	var skipOut []string
	for _, workers := range []string{"1", "3"} {
		code, out, stderr := predictRun(t, in.String(), "--workers", workers, "--level", "sentence", "--format", "csv", "--no-header", "-")
		if code != 0 || strings.Count(out, "\n") != n-len(bad) {
			t.Fatalf("--workers %s skip: exit %d, %d rows", workers, code, strings.Count(out, "\n"))
		}
		for line := range bad {
			if !strings.Contains(stderr, fmt.Sprintf("stdin:%d: ", line)) {
				t.Errorf("--workers %s: no warning for stdin:%d in %q", workers, line, stderr)
			}
		}
		skipOut = append(skipOut, out)

		code, out, stderr = predictRun(t, in.String(), "--workers", workers, "--on-error", "fail", "--level", "sentence", "--format", "csv", "--no-header", "-")
		if code != 1 || !strings.HasPrefix(stderr, "predict: stdin:3: ") || strings.Count(out, "\n") != 2 {
			t.Errorf("--workers %s fail: exit %d, %d rows, stderr %q", workers, code, strings.Count(out, "\n"), stderr)
		}
	}
	if skipOut[0] != skipOut[1] {
		t.Error("--workers 3 wrote other rows than --workers 1")
	}
}

// TestSpeaker checks the document speaker: a JSONL line's "speaker" field,
// --speaker for text files and for lines without one, and the errors for
// an actor the gazetteer does not know.
func TestSpeaker(t *testing.T) {
	dir := t.TempDir()
	speech := filepath.Join(dir, "speech.txt")
	if err := os.WriteFile(speech, []byte("We call on Iran to free the detained aid workers.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	in := `{"id":"s1","speaker":"UKR","text":"We condemn the aggression of the Russian Federation."}
{"id":"s2","speaker":"Frence","text":"We condemn the aggression of the Russian Federation."}
{"id":"s3","text":"We condemn the aggression of the Russian Federation."}
{"id":"s4","speaker":"Ukraine","text":"We condemn the aggression of the Russian Federation.","extra":[1]}
`
	// A name is resolved on the document's date: Moscow spoke for the
	// Soviet Union in 1985 and for Russia in 2005.
	dated := `{"id":"d1","date":"1985-10-01","speaker":"Moscow","text":"We condemn the raids of South Africa on Angola."}
{"id":"d2","date":"2005-10-01","speaker":"Moscow","text":"We condemn the raids of South Africa on Angola."}
{"id":"d3","date":"1985-10-01","text":"We condemn the raids of South Africa on Angola."}
`
	tests := []struct {
		name   string
		stdin  string
		args   []string
		code   int
		want   string // doc:speaker>target of each sentence row, joined by spaces
		stderr string
	}{
		{"jsonl field", in, []string{"-"}, 0, "s1:UKR>RUS s3:> s4:UKR>RUS", `stdin:2: "speaker": unknown actor "Frence"`},
		{"flag fills lines without one", in, []string{"--speaker", "POL", "-"}, 0, "s1:UKR>RUS s3:POL>RUS s4:UKR>RUS", "stdin:2:"},
		{"bad line fails", in, []string{"--on-error", "fail", "-"}, 1, "", `predict: stdin:2: "speaker": unknown actor "Frence"`},
		{"text file", "", []string{"--speaker", "France", speech}, 0, speech + ":FRA>IRN", ""},
		{"name on the date", dated, []string{"--speaker", "Moscow", "-"}, 0, "d1:SUN>ZAF|AGO d2:RUS>ZAF|AGO d3:SUN>ZAF|AGO", ""},
		{"text file without", "", []string{speech}, 0, speech + ":>", ""},
		{"unknown flag speaker", "", []string{"--speaker", "XXX", speech}, 1, "", `predict: --speaker: unknown actor "XXX"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			args := append([]string{"--level", "sentence", "--format", "csv", "--workers", "1"}, tt.args...)
			code, out, stderr := predictRun(t, tt.stdin, args...)
			if code != tt.code || !strings.Contains(stderr, tt.stderr) || tt.stderr == "" && stderr != "" {
				t.Fatalf("exit %d, stderr %q; want %d, %q", code, stderr, tt.code, tt.stderr)
			}
			if code != 0 {
				return
			}
			var got []string
			for _, r := range readCSV(t, out) {
				got = append(got, r["doc"]+":"+r["speaker"]+">"+r["target"])
			}
			if g := strings.Join(got, " "); g != tt.want {
				t.Errorf("rows %s, want %s", g, tt.want)
			}
		})
	}
}

func TestLimitMemory(t *testing.T) {
	old := debug.SetMemoryLimit(-1)
	defer debug.SetMemoryLimit(old)
	debug.SetMemoryLimit(math.MaxInt64)
	limitMemory("1GiB") // the environment's own limit is left to the runtime
	if got := debug.SetMemoryLimit(-1); got != math.MaxInt64 {
		t.Errorf("with GOMEMLIMIT set, the limit became %d", got)
	}
	limitMemory("")
	if got := debug.SetMemoryLimit(-1); got != memoryLimit {
		t.Errorf("limit %d, want %d", got, memoryLimit)
	}
}

func TestHelpExitsZero(t *testing.T) {
	var out, errb bytes.Buffer
	if code := run([]string{"-h"}, strings.NewReader(""), &out, &errb); code != 0 || !strings.Contains(errb.String(), "usage: predict") {
		t.Errorf("predict -h: exit %d, stderr %q", code, errb.String())
	}
}
