package liblinear

import (
	"bufio"
	"strings"
	"testing"
)

func TestParseExport(t *testing.T) {
	const head = "solver_type L2R_LR\nnr_class 2\nlabel %s\nnr_feature 3\nbias -1\nw\n0.5 \n-1.25 \n2 \n"
	cases := []struct {
		labels string
		want   []float64
	}{
		{"1 -1", []float64{0.5, -1.25, 2}},
		{"-1 1", []float64{-0.5, 1.25, -2}}, // liblinear saw the negative label first
	}
	for _, c := range cases {
		w, err := parseExport(bufio.NewScanner(strings.NewReader(strings.Replace(head, "%s", c.labels, 1))), 3)
		if err != nil {
			t.Fatal(err)
		}
		for i := range w {
			if w[i] != c.want[i] {
				t.Errorf("labels %q: weights %v, want %v", c.labels, w, c.want)
				break
			}
		}
	}
	if _, err := parseExport(bufio.NewScanner(strings.NewReader("nr_class 1\nw\n1\n")), 1); err == nil {
		t.Error("a one-class model was accepted")
	}
	if _, err := parseExport(bufio.NewScanner(strings.NewReader("nr_class 2\nlabel 1 -1\nw\n1\n")), 3); err == nil {
		t.Error("a short weight list was accepted")
	}
}
