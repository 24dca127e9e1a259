package features

import (
	"bytes"
	"slices"
	"strings"
	"testing"
)

// groupFeatures returns the names of the features of s whose names start
// with one of the prefixes, in index order.
func groupFeatures(e *Extractor, s string, prefixes ...string) []string {
	v := e.Extract(s)
	idx := slices.Clone(v.Index)
	slices.Sort(idx)
	var names []string
	for _, i := range idx {
		n := e.FeatureName(int(i))
		for _, p := range prefixes {
			if strings.HasPrefix(n, p) {
				names = append(names, n)
				break
			}
		}
	}
	return names
}

func TestVerbClasses(t *testing.T) {
	e := NewExtractorGroups(FitVocabulary(nil, DefaultVocabOptions), DefaultLexicon(), Groups{Verbs: DefaultVerbs()})
	cases := []struct {
		in   string
		want []string // must all fire
		not  []string // must not fire
	}{
		{"Pyongyang accused Seoul of staging provocations.", []string{"verb:11", "verb:112"}, []string{"verb:11:negated"}},
		{"The ministry did not threaten its neighbours.", []string{"verb:13:negated", "verb:130:negated"}, []string{"verb:13", "verb:130"}},
		{"The president apologised for the raid.", []string{"verb:05", "verb:055"}, nil},
		{"Ankara expelled the ambassador.", []string{"verb:17", "verb:174"}, nil},
		{"They threatened to impose sanctions on the regime.", []string{"verb:130", "verb:163"}, nil},
		{"The weather was mild in the capital.", nil, []string{"verb:11", "verb:13", "verb:05"}},
	}
	for _, c := range cases {
		got := groupFeatures(e, c.in, "verb:")
		for _, w := range c.want {
			if !slices.Contains(got, w) {
				t.Errorf("%q: verb features %v lack %s", c.in, got, w)
			}
		}
		for _, w := range c.not {
			if slices.Contains(got, w) {
				t.Errorf("%q: verb features %v include %s", c.in, got, w)
			}
		}
	}
}

func TestParseVerbLexicon(t *testing.T) {
	lex, err := ParseVerbLexicon(strings.NewReader("[112]\naccuse\nblame * for\n[0871]\nceasefire\n"), "v.cues")
	if err != nil {
		t.Fatal(err)
	}
	// Each code brings its root, which fires too.
	if want := []string{"11", "112", "08", "0871"}; !slices.Equal(lex.Classes, want) {
		t.Errorf("classes %v, want %v", lex.Classes, want)
	}
	if want := []int{0, 0, 2, 2}; !slices.Equal(lex.Parent, want) {
		t.Errorf("parents %v, want %v", lex.Parent, want)
	}
	for _, c := range []struct{ in, want string }{
		{"[accusation]\naccuse\n", "v.cues:1: bad section"},
		{"[1]\naccuse\n", "v.cues:1: bad section"},
		{"accuse\n", "v.cues:1: pattern \"accuse\" before any [class] section"},
		{"[112]\n* accuse\n", "v.cues:2: pattern \"* accuse\" starts or ends with *"},
	} {
		if _, err := ParseVerbLexicon(strings.NewReader(c.in), "v.cues"); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("ParseVerbLexicon(%q) error = %v, want %s", c.in, err, c.want)
		}
	}
}

// TestVerbPhrases checks the phrase index against the plain matcher: a
// two-word phrase, one with a gap, and one whose second word comes twice.
func TestVerbPhrases(t *testing.T) {
	lex, err := ParseVerbLexicon(strings.NewReader("[111]\ncondemn * attack\n[163]\nimpose sanctions\n[04]\nmeet\n"), "v.cues")
	if err != nil {
		t.Fatal(err)
	}
	e := NewExtractorGroups(FitVocabulary(nil, DefaultVocabOptions), DefaultLexicon(), Groups{Verbs: lex})
	cases := []struct{ in, want string }{
		{"They condemned the brutal attack.", "verb:11 verb:111"},
		{"They condemned the attack and the attack after it.", "verb:11 verb:111"},
		{"They condemned the long and brutal attack.", ""}, // four words between: beyond the gap
		{"They will impose sanctions.", "verb:16 verb:163"},
		{"They will impose new sanctions.", ""},
		{"The envoys meet today.", "verb:04"},
	}
	for _, c := range cases {
		if got := strings.Join(groupFeatures(e, c.in, "verb:"), " "); got != c.want {
			t.Errorf("%q: %q, want %q", c.in, got, c.want)
		}
	}
}

func TestVoice(t *testing.T) {
	e := NewExtractorGroups(FitVocabulary(nil, DefaultVocabOptions), DefaultLexicon(), Groups{Voice: true})
	cases := []struct{ in, want string }{
		{"We will not tolerate any violation of our borders.", "voice:we_modal voice:first_person:threat"},
		{"My Government condemns the decision.", "voice:my_country voice:first_person:accusation"},
		{"Tokyo said that it would retaliate against Beijing.", "voice:reported:threat voice:object_named:threat voice:modal_frame:threat"},
		{"The ministry accused Canberra of lying.", "voice:object_named:accusation"},
		{"Rain fell on the city.", ""},
	}
	for _, c := range cases {
		if got := strings.Join(groupFeatures(e, c.in, "voice:"), " "); got != c.want {
			t.Errorf("%q:\n got %q\nwant %q", c.in, got, c.want)
		}
	}
}

func TestClusters(t *testing.T) {
	cl, err := NewClusters(2, []string{"condemn", "denounc", "promis"}, []int32{0, 0, 1})
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := cl.Write(&buf); err != nil {
		t.Fatal(err)
	}
	back, err := ReadClusters(bytes.NewReader(buf.Bytes()), "c.clusters")
	if err != nil || back.K != 2 || !slices.Equal(back.Stems, cl.Stems) || !slices.Equal(back.IDs, cl.IDs) {
		t.Fatalf("read back %+v, %v", back, err)
	}
	// A word the vocabulary never saw fires its cluster.
	e := NewExtractorGroups(FitVocabulary([]string{"They condemned it."}, VocabOptions{MinDF: 1, MaxFeatures: 100}), DefaultLexicon(), Groups{Clusters: cl})
	if got := strings.Join(groupFeatures(e, "They denounced it and promised more.", "cluster:"), " "); got != "cluster:0 cluster:1" {
		t.Errorf("clusters %q, want cluster:0 cluster:1", got)
	}
	for _, c := range []struct{ in, want string }{
		{"", "c.clusters:1: not a clusters file"},
		{"stance-clusters 1\nk x\n", "c.clusters:2: want \"k N\""},
		{"stance-clusters 1\nk 2\ncondemn\t0\ndenounc 1\n", "c.clusters:4: want \"stem<TAB>cluster\""},
		{"stance-clusters 1\nk 2\ncondemn\t5\n", "cluster 5, want 0..1"},
		{"stance-clusters 1\nk 2\nz\t0\na\t1\n", "not sorted"},
	} {
		if _, err := ReadClusters(strings.NewReader(c.in), "c.clusters"); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("ReadClusters(%q) error = %v, want %s", c.in, err, c.want)
		}
	}
}
