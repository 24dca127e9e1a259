package features

import (
	"fmt"
	"strings"
	"testing"
)

func TestNormalize(t *testing.T) {
	cases := []struct{ in, want string }{
		{"“No,” he said — ‘fine’", `"No," he said  -  'fine'`},
		{"Japan\u00a0’s", "Japan 's"},
		{"ﬁnal ｔｅｓｔ", "final test"},
		{"plain ASCII", "plain ASCII"},
		{"bad \xff byte", "bad \uFFFD byte"},
	}
	for _, c := range cases {
		if got := Normalize(c.in); got != c.want {
			t.Errorf("Normalize(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestStem(t *testing.T) {
	cases := []struct{ word, want string }{
		{"US", CountryUS}, {"U.S", CountryUS}, {"us", "us"}, {"Us", "us"},
		{"criticised", "critic"}, {"criticized", "critic"}, {"criticising", "critic"},
		{"militarisation", "militar"}, {"militarization", "militar"},
		{"defence", "defens"}, {"defense", "defens"},
		{"rumours", "rumor"}, {"rumors", "rumor"},
		{"analysed", "analyz"}, {"analyzed", "analyz"},
		{"programme", "program"}, {"centre", "center"},
		{"promise", "promis"}, {"exercise", "exercis"}, {"likewise", "likewis"},
		{"didn't", "not"}, {"won't", "not"}, {"cannot", "not"},
		{"not", "not"}, {"no", "no"}, {"never", "never"}, {"without", "without"},
		{"Japan's", "japan"}, {"allies'", "alli"},
		{"2022", NumberStem}, {"accused", "accus"}, {"accusations", "accus"},
	}
	for _, c := range cases {
		if got := Stem(c.word); got != c.want {
			t.Errorf("Stem(%q) = %q, want %q", c.word, got, c.want)
		}
	}
}

func TestTokenize(t *testing.T) {
	cases := []struct{ in, want string }{
		{"US-led drills", "US/W -/O led/W drill/W"},
		{`He said: "no".`, `he/W said/W :/B "/Q no/W "/Q ./B`},
		{"talks - but not now", "talk/W -/B but/W not/W now/W"},
		{"The U.S. base", "the/W US/W ./B base/W"},
	}
	for _, c := range cases {
		var parts []string
		for _, tk := range Tokenize(nil, Normalize(c.in)) {
			s := tk.Stem
			if s == "" {
				s = tk.Text
			}
			parts = append(parts, s+"/"+string("WQBO"[tk.Kind]))
		}
		if got := strings.Join(parts, " "); got != c.want {
			t.Errorf("Tokenize(%q) = %s, want %s", c.in, got, c.want)
		}
	}
}

// cueString lists the matches as class:pattern, with ! for negated and
// q for quoted, in sentence order.
func cueString(e *Extractor, s string) string {
	var parts []string
	for _, m := range e.Cues(s) {
		p := e.Lexicon.Patterns[m.Pattern]
		tag := LexiconClasses[p.Class][:3] + ":" + p.Text
		if m.Negated {
			tag = "!" + tag
		}
		if m.Quoted {
			tag += "(q)"
		}
		parts = append(parts, tag)
	}
	return strings.Join(parts, ", ")
}

func TestCues(t *testing.T) {
	e := NewExtractor(FitVocabulary(nil, DefaultVocabOptions), DefaultLexicon())
	cases := []struct{ in, want string }{
		{"North Korea accused the US of spreading rumours.", "acc:accuse, acc:spread rumours"},
		{"Seoul criticised the launch.", "acc:criticise"},
		{"Seoul criticized the launch.", "acc:criticise"},
		{"Washington has no hostile intentions towards Pyongyang.", "rea:no hostile intent"},
		{"It warned of dangerous consequences.", "thr:warn, thr:dangerous consequences"},
		{"Beijing will not attack anyone.", "!thr:attack"},
		{"Moscow has never threatened its neighbours.", "!thr:threaten"},
		{"It will not stand idly by.", "thr:not stand idly by"},
		{"The exercises pose no threat to China.", "thr:exercises, rea:poses no threat, rea:no threat to"},
		{"It would strengthen its nuclear deterrent unless sanctions end.", "thr:strengthen * deterrent, thr:unless, thr:sanction"},
		{"They urged it to return to talks without preconditions.", "rea:return to talks, rea:without preconditions"},
		{`"We will retaliate," the ministry said.`, "thr:retaliate(q)"},
		{"Seoul is not seeking war, but it will retaliate.", "rea:not seek war, thr:retaliate"},
		{"The threat, not the talks, worried them.", "!rea:talks"},
	}
	for _, c := range cases {
		got := cueString(e, c.in)
		if got != c.want {
			t.Errorf("%q:\n got %s\nwant %s", c.in, got, c.want)
		}
	}
}

func TestNegatedHostileCueCountsAsReassurance(t *testing.T) {
	e := NewExtractor(FitVocabulary(nil, DefaultVocabOptions), DefaultLexicon())
	v := e.Extract("Beijing will never attack Taiwan.")
	names := map[string]float64{}
	for j, i := range v.Index {
		names[e.FeatureName(int(i))] = v.Value[j]
	}
	for _, want := range []string{"cue:reassurance", "cue:threat:negated", "ctx:negation", "ctx:modal", "bias"} {
		if names[want] <= 0 {
			t.Errorf("feature %s missing; have %v", want, names)
		}
	}
	if _, ok := names["cue:threat:attack"]; ok {
		t.Error("negated 'attack' also counted as a plain threat cue")
	}
}

func TestExtractVector(t *testing.T) {
	train := []string{
		"North Korea warned the US of consequences.",
		"The US warned North Korea again.",
		"We told us nothing.",
	}
	v := FitVocabulary(train, VocabOptions{MinDF: 2, MaxFeatures: 100})
	if strings.Join(v.Terms, ",") != "US,korea,north,north korea,the,the US,warn" {
		t.Fatalf("vocabulary %v", v.Terms)
	}
	e := NewExtractor(v, DefaultLexicon())
	x := e.Extract("The US and north Korea warned us.")
	var bow, norm float64
	for j, i := range x.Index {
		for _, k := range x.Index[:j] {
			if k == i {
				t.Fatalf("feature %d twice: %v", i, x.Index)
			}
		}
		if x.Value[j] <= 0 {
			t.Fatalf("non-positive value %v at %d", x.Value[j], i)
		}
		if int(i) < v.Len() {
			bow++
			norm += x.Value[j] * x.Value[j]
		}
	}
	if bow != 7 || fmt.Sprintf("%.6f", norm) != "1.000000" {
		t.Errorf("bag of words has %v terms with squared norm %v, want 7 terms and 1", bow, norm)
	}
	if x.Index[len(x.Index)-1] != int32(e.Bias()) {
		t.Error("bias feature missing")
	}
}

func TestParseLexiconErrors(t *testing.T) {
	cases := []struct{ in, want string }{
		{"warn\n", "my.cues:1: pattern \"warn\" before any [class] section"},
		{"[threat]\nwarn\n[anger]\n", "my.cues:3: unknown section \"[anger]\" (want [accusation], [reassurance] or [threat])"},
		{"[threat]\n* warn\n", "my.cues:2: pattern \"* warn\" starts or ends with *"},
		{"# nothing\n", "my.cues: no cue patterns"},
	}
	for _, c := range cases {
		_, err := ParseLexicon(strings.NewReader(c.in), "my.cues")
		if err == nil || err.Error() != c.want {
			t.Errorf("ParseLexicon(%q) error = %v, want %s", c.in, err, c.want)
		}
	}
}

func FuzzTokenize(f *testing.F) {
	f.Add("“We will respond,” said the US-led coalition’s spokesman.")
	f.Add("no\xffhostile\x00intent")
	f.Fuzz(func(t *testing.T, s string) {
		n := Normalize(s)
		for _, tk := range Tokenize(nil, n) {
			if tk.Text == "" || tk.Start < 0 || tk.Start+len(tk.Text) > len(n) || (tk.Kind == Word && tk.Stem == "") {
				t.Fatalf("bad token %+v in %q", tk, n)
			}
		}
		e := NewExtractor(FitVocabulary([]string{s, s}, VocabOptions{MinDF: 1, MaxFeatures: 50}), DefaultLexicon())
		v := e.Extract(s)
		for j := range v.Index {
			if v.Value[j] <= 0 || int(v.Index[j]) >= e.Dim() {
				t.Fatalf("bad feature %d=%v", v.Index[j], v.Value[j])
			}
		}
	})
}
