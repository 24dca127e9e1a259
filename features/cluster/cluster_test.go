package cluster

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"stance/features"
)

// texts makes sentences from two families of words that never meet: hostile
// verbs with hostile objects, friendly verbs with friendly objects. Words
// used alike (the verbs of one family, which share their objects) must
// end in one cluster, apart from those of the other family.
func texts(n int) func(func(string) bool) {
	hostile := [2][]string{{"condemn", "denounce", "deplore"}, {"aggression", "violence", "invasion"}}
	friendly := [2][]string{{"welcome", "applaud", "praise"}, {"agreement", "progress", "cooperation"}}
	return func(yield func(string) bool) {
		rng := rand.New(rand.NewPCG(3, 4))
		for i := range n {
			fam := hostile
			if i%2 == 1 {
				fam = friendly
			}
			s := fmt.Sprintf("they %s the %s", fam[0][rng.IntN(3)], fam[1][rng.IntN(3)])
			if !yield(s) {
				return
			}
		}
	}
}

func TestBuildGroupsWordsUsedAlike(t *testing.T) {
	opt := Options{Words: 20, Window: 2, Dim: 4, K: 4, Iter: 20, Seed: 1}
	c, err := Build(texts(2000), opt)
	if err != nil {
		t.Fatal(err)
	}
	of := func(w string) int32 { return c.Of(features.Stem(w)) }
	for _, fam := range [][]string{{"condemn", "denounce", "deplore"}, {"welcome", "applaud", "praise"}, {"aggression", "violence", "invasion"}} {
		for _, w := range fam[1:] {
			if of(w) != of(fam[0]) || of(w) < 0 {
				t.Errorf("%s in cluster %d, %s in %d: want the same", w, of(w), fam[0], of(fam[0]))
			}
		}
	}
	if of("condemn") == of("welcome") {
		t.Errorf("condemn and welcome share cluster %d", of("condemn"))
	}
	again, err := Build(texts(2000), opt)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(c.Stems, again.Stems) || !slices.Equal(c.IDs, again.IDs) {
		t.Error("the same texts and seed gave different clusters")
	}
}

func TestBuildRefuses(t *testing.T) {
	for _, c := range []struct {
		opt  Options
		want string
	}{
		{Options{Words: 20, Window: 2, Dim: 3, K: 30, Iter: 5}, "bad options"},
		{Options{Words: 20, Window: 2, Dim: 30, K: 2, Iter: 5}, "only 14 distinct words for 2 clusters of 30 dimensions"},
	} {
		if _, err := Build(texts(50), c.opt); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%+v: error %v, want %q", c.opt, err, c.want)
		}
	}
}
