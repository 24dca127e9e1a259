package chart

import (
	"math"
	"os"
	"strings"
	"testing"
)

// FuzzRead: any input gives a table or a one-line error naming the
// input, never a panic, and what is read keeps its invariants.
func FuzzRead(f *testing.F) {
	for _, p := range []string{"testdata/dyad_year.csv", "testdata/actor_month.jsonl"} {
		b, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte("doc,actor,name,sentences,accusation,reassurance,threat,n_accusation,n_reassurance,n_threat\n*,A,'=x,1,0.5,0,0,1,0,0\n"))
	f.Add([]byte("\ufeff{\"actor\":\"A\"}\n"))
	f.Fuzz(func(t *testing.T, b []byte) {
		tab := NewTable()
		err := tab.Read(strings.NewReader(string(b)), "in")
		if err != nil {
			if !strings.HasPrefix(err.Error(), "in") || strings.Contains(err.Error(), "\n") {
				t.Fatalf("error %q", err)
			}
			return
		}
		for k, v := range tab.cells {
			if k.Speaker == "" || v.Sentences < 0 {
				t.Fatalf("cell %v %+v", k, v)
			}
			for c := range v.N {
				if v.N[c] > v.Sentences || math.IsNaN(v.Sum[c]) || v.Sum[c] < 0 || v.Sum[c] > float64(v.Sentences)+1 {
					t.Fatalf("cell %v %+v", k, v)
				}
			}
		}
	})
}
