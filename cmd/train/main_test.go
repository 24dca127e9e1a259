package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"stance/classifier"
	"stance/classifier/liblinear"
)

func TestMain(m *testing.M) {
	if err := liblinear.Reexec(); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	os.Exit(m.Run())
}

const fixture = "../../datasets/testdata/small.csv"

func trainRun(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(args, &out, &errb)
	if strings.Contains(errb.String(), "goroutine ") || strings.Contains(errb.String(), "panic") {
		t.Fatalf("stack trace on stderr:\n%s", errb.String())
	}
	return code, out.String(), errb.String()
}

func TestTrainWritesModelAndReport(t *testing.T) {
	dir := t.TempDir()
	model := filepath.Join(dir, "m.model")
	rep := filepath.Join(dir, "r.json")
	code, out, stderr := trainRun(t, "--corpus", fixture, "--out", model, "--folds", "3", "--report-json", rep)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	for _, want := range []string{"dev (", "test (", "macro-F1", "confusion", "3-fold cross-validation", "vocabulary", "time"} {
		if !strings.Contains(out, want) {
			t.Errorf("report lacks %q:\n%s", want, out)
		}
	}
	var r report
	b, _ := os.ReadFile(rep)
	if err := json.Unmarshal(b, &r); err != nil {
		t.Fatal(err)
	}
	if r.CV == nil || r.CV.Folds != 3 || r.Splits["test"].Sentences == 0 || r.Vocabulary == 0 {
		t.Errorf("JSON report %+v", r)
	}
	first, _ := os.ReadFile(model)
	// Same corpus, flags and seed: the same bytes.
	if code, _, _ := trainRun(t, "--corpus", fixture, "--out", model, "--folds", "3"); code != 0 {
		t.Fatal("second run failed")
	}
	second, _ := os.ReadFile(model)
	if len(first) == 0 || !bytes.Equal(first, second) {
		t.Error("two runs wrote different model bytes")
	}
}

func TestTrainErrors(t *testing.T) {
	dir := t.TempDir()
	write := func(name, data string) string {
		p := filepath.Join(dir, name)
		os.WriteFile(p, []byte(data), 0o644)
		return p
	}
	const h = "id,text,labels,speaker,target,split\n"
	bad := write("bad.csv", h+"a,One.,threat,,,train\na,Two.,threat,,,train\nb,Three.,anger,,,dev\n")
	noDev := write("nodev.csv", h+"a,Pyongyang warned Seoul.,threat,,,train\nb,Rain fell.,neutral,,,test\n")
	noThreat := write("nothreat.csv", h+"a,Kyiv blamed Moscow.,accusation,,,train\nb,Seoul wants talks.,reassurance,,,train\nc,Rain.,neutral,,,dev\nd,Sun.,neutral,,,test\n")
	out := filepath.Join(dir, "m.model")
	cases := []struct {
		args []string
		code int
		want string
	}{
		{[]string{"--out", out}, 2, "train: no --corpus given"},
		{[]string{"--corpus", bad}, 2, "train: no --out given"},
		{[]string{"--corpus", bad, "--out", out, "--c", "0"}, 2, "--c must be positive"},
		{[]string{"--corpus", bad, "--out", out, "extra"}, 2, `unexpected argument "extra"`},
		{[]string{"--corpus", filepath.Join(dir, "none.csv"), "--out", out}, 1, "none.csv: no such file or directory"},
		{[]string{"--corpus", bad, "--out", out}, 1, "train: " + bad + `:3: duplicate id "a" (first at ` + bad + ":2)\ntrain: " + bad + `:4: unknown label "anger"`},
		{[]string{"--corpus", noDev, "--out", out, "--folds", "0"}, 1, "the dev split has no rows"},
		{[]string{"--corpus", noThreat, "--out", out, "--folds", "0"}, 1, "class threat has no training examples"},
		{[]string{"--corpus", fixture, "--out", out, "--cues", write("bad.cues", "warn\n")}, 1, "bad.cues:1: pattern \"warn\" before any [class] section"},
		{[]string{"--corpus", fixture, "--out", out, "--real-weight", "0"}, 2, "--real-weight must be at least 1, got 0"},
		{[]string{"--corpus", fixture, "--out", out, "--verb-classes", write("bad.verbs", "[threat]\nwarn\n")}, 1, "bad.verbs:1: bad section \"[threat]\""},
		{[]string{"--corpus", fixture, "--out", out, "--clusters", write("bad.clusters", "stance-clusters 1\nk two\n")}, 1, "bad.clusters:2: want \"k N\""},
		{[]string{"--corpus", fixture, "--out", out, "--clusters-from", write("bad.jsonl", `{"text": "Talks resumed."}`+"\n{\"id\": 2}\n")}, 1, "bad.jsonl:2: no \"text\" field"},
	}
	for _, c := range cases {
		code, _, stderr := trainRun(t, c.args...)
		if code != c.code || !strings.Contains(stderr, c.want) {
			t.Errorf("%v: exit %d, stderr %q; want exit %d and %q", c.args, code, stderr, c.code, c.want)
		}
		if _, err := os.Stat(out); err == nil {
			t.Errorf("%v: a model was written despite the error", c.args)
		}
	}
}

func TestTrainKeepsOldModelOnFailure(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "m.model")
	os.WriteFile(out, []byte("old model"), 0o644)
	trainRun(t, "--corpus", filepath.Join(dir, "missing.csv"), "--out", out)
	if b, _ := os.ReadFile(out); string(b) != "old model" {
		t.Errorf("model file changed to %q", b)
	}
}

// TestTrainWithStandoffRows trains on own rows and standoff rows whose text
// lives in a folder of public corpora (here a tiny one written for the
// test), and checks the own/real report, the learning curve and --export.
func TestTrainWithStandoffRows(t *testing.T) {
	dir := t.TempDir()
	model, rep := filepath.Join(dir, "m.model"), filepath.Join(dir, "r.json")
	code, out, stderr := trainRun(t, "--corpus", fixture, "--corpus", "testdata/real.csv", "--data", "testdata/shared",
		"--out", model, "--folds", "0", "--report-json", rep)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	for _, want := range []string{"dev/own (", "dev/real (4 sentences)", "test/real (4 sentences)", "learning curve on real dev", "100% (16 real rows)"} {
		if !strings.Contains(out, want) {
			t.Errorf("report lacks %q:\n%s", want, out)
		}
	}
	var r report
	b, _ := os.ReadFile(rep)
	if err := json.Unmarshal(b, &r); err != nil {
		t.Fatal(err)
	}
	if len(r.Curve) != 3 || r.Curve[0].RealTrainRows != 4 || r.Splits["test/real"].Sentences != 4 || r.Splits["test"].Sentences != r.Splits["test/own"].Sentences+4 {
		t.Errorf("JSON report: curve %+v, splits %+v", r.Curve, r.Splits)
	}

	export := filepath.Join(dir, "all.csv")
	if code, _, stderr := trainRun(t, "--corpus", fixture, "--corpus", "testdata/real.csv", "--data", "testdata/shared", "--export", export); code != 0 {
		t.Fatalf("export: exit %d: %s", code, stderr)
	}
	b, _ = os.ReadFile(export)
	lines := strings.Split(strings.TrimSpace(string(b)), "\n")
	if lines[0] != "id,text,labels,speaker,target,split,source" || len(lines) != 1+73+24 {
		t.Fatalf("export: header %q, %d lines", lines[0], len(lines))
	}
	want := "t02,We are ready to resume negotiations with our neighbours at any time and in any place.,reassurance,AAA,,train,ungdc"
	if !strings.Contains(string(b), want+"\n") || !strings.Contains(string(b), ",own\n") {
		t.Errorf("export lacks the resolved real row %q or own rows", want)
	}

	// Without the corpora, a standoff file is a FILE:LINE error.
	code, _, stderr = trainRun(t, "--corpus", fixture, "--corpus", "testdata/real.csv", "--data", filepath.Join(dir, "none"), "--out", model)
	if code != 1 || !strings.Contains(stderr, "testdata/real.csv:2: source ungdc: open ") || strings.Count(strings.TrimSpace(stderr), "\n") != 0 {
		t.Errorf("missing corpora: exit %d, stderr %q", code, stderr)
	}
}

// TestTrainGroupFlags checks that the feature-group flags reach the model
// file: by default it carries none of them, --verbs adds the verb
// classes, --voice the voice features, --clusters embeds the clusters.
func TestTrainGroupFlags(t *testing.T) {
	dir := t.TempDir()
	cl := filepath.Join(dir, "c.clusters")
	os.WriteFile(cl, []byte("stance-clusters 1\nk 2\naccus\t0\npromis\t1\n"), 0o644)
	cases := []struct {
		args                  []string
		verbs, voice, cluster bool
	}{
		{nil, false, false, false},
		{[]string{"--verbs", "--voice", "--clusters", cl}, true, true, true},
		{[]string{"--voice"}, false, true, false},
	}
	for _, c := range cases {
		model := filepath.Join(dir, "m.model")
		args := append([]string{"--corpus", fixture, "--out", model, "--folds", "0"}, c.args...)
		if code, _, stderr := trainRun(t, args...); code != 0 {
			t.Fatalf("%v: exit %d: %s", c.args, code, stderr)
		}
		f, err := os.Open(model)
		if err != nil {
			t.Fatal(err)
		}
		m, err := classifier.Read(f)
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		g := m.Extractor.Groups
		if (g.Verbs != nil) != c.verbs || g.Voice != c.voice || (g.Clusters != nil) != c.cluster {
			t.Errorf("%v: model groups verbs %v voice %v clusters %v; want %v %v %v", c.args, g.Verbs != nil, g.Voice, g.Clusters != nil, c.verbs, c.voice, c.cluster)
		}
	}
}

func TestHelpExitsZero(t *testing.T) {
	code, _, stderr := trainRun(t, "-h")
	if code != 0 || !strings.Contains(stderr, "usage: train") {
		t.Errorf("train -h: exit %d, stderr %q", code, stderr)
	}
}
