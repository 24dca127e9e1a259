package datasets

import (
	"strings"
	"testing"
)

func read(t *testing.T, name, data string) (*Corpus, error) {
	t.Helper()
	var c Corpus
	err := c.Read(strings.NewReader(data), name)
	return &c, err
}

func TestReadGood(t *testing.T) {
	cases := []struct {
		name, data string
		rows       int
		first      Row
	}{
		{"plain.csv", "id,text,labels,speaker,target,split\n" +
			"a1,Pyongyang warned Seoul.,threat,PRK,KOR,train\n" +
			"a2,\"Seoul said, \"\"we want talks\"\".\",reassurance,KOR,PRK|USA,dev\n",
			2, Row{ID: "a1", Text: "Pyongyang warned Seoul.", Labels: [3]bool{false, false, true}, Speaker: "PRK", Targets: []string{"KOR"}, Split: "train"}},
		{"bom-crlf.csv", "\ufeffid,text,labels,speaker,target,split\r\n" +
			"b1,\"Two lines\r\nin one cell\",accusation|threat,,,test\r\n",
			1, Row{ID: "b1", Text: "Two lines\nin one cell", Labels: [3]bool{true, false, true}, Split: "test"}},
		{"rows.jsonl", `{"id":"j1","text":"Kyiv blamed Moscow.","labels":["accusation"],"speaker":"UKR","target":"RUS","split":"train"}` + "\n\n" +
			`{"id":"j2","text":"Rain fell.","labels":["neutral"],"speaker":"","target":["A","B"],"split":"dev"}` + "\n",
			2, Row{ID: "j1", Text: "Kyiv blamed Moscow.", Labels: [3]bool{true, false, false}, Speaker: "UKR", Targets: []string{"RUS"}, Split: "train"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			corpus, err := read(t, c.name, c.data)
			if err != nil {
				t.Fatal(err)
			}
			if len(corpus.Rows) != c.rows {
				t.Fatalf("%d rows, want %d", len(corpus.Rows), c.rows)
			}
			got := corpus.Rows[0]
			got.Source = ""
			if got.ID != c.first.ID || got.Text != c.first.Text || got.Labels != c.first.Labels ||
				got.Speaker != c.first.Speaker || strings.Join(got.Targets, "|") != strings.Join(c.first.Targets, "|") || got.Split != c.first.Split {
				t.Errorf("first row %+v, want %+v", got, c.first)
			}
		})
	}
}

func TestReadBad(t *testing.T) {
	const h = "id,text,labels,speaker,target,split\n"
	cases := []struct {
		name, data, want string
	}{
		{"label.csv", h + "a,Some text.,threat|anger,,,train\n", `label.csv:2: unknown label "anger" (want neutral, accusation, reassurance or threat)`},
		{"neutral.csv", h + "a,Some text.,neutral|threat,,,train\n", "neutral.csv:2: label neutral cannot be combined with a stance class"},
		{"empty.csv", h + "a,   ,threat,,,train\n", "empty.csv:2: row a: empty text"},
		{"dup.csv", h + "a,One.,threat,,,train\nb,Two.,threat,,,train\na,Three.,threat,,,dev\n", `dup.csv:4: duplicate id "a" (first at dup.csv:2)`},
		{"split.csv", h + "a,One.,threat,,,valid\n", `split.csv:2: row a: bad split "valid" (want train, dev or test)`},
		{"cols.csv", h + "a,One.,threat,,train\n", "cols.csv:2: 5 columns, want 6 (id,text,labels,speaker,target,split)"},
		{"header.csv", "id,text,label,split\n", `header.csv:1: header is "id,text,label,split", want id,text,labels,speaker,target,split`},
		{"nofile.csv", "", "nofile.csv:1: empty file, want header id,text,labels,speaker,target,split"},
		{"quote.csv", h + "a,\"open quote,threat,,,train\n", `quote.csv:2: extraneous or missing " in quoted-field`},
		{"multiline.csv", h + "a,\"two\nlines\",threat,,,train\nb,,threat,,,train\n", "multiline.csv:4: row b: empty text"},
		{"bad.jsonl", `{"id":"a","text":"x","labels":["threat"],"split":"train"}` + "\n{not json\n", "bad.jsonl:2: invalid character 'n' looking for beginning of object key string"},
		{"missing.jsonl", `{"id":"a","labels":["threat"],"split":"train"}` + "\n", "missing.jsonl:1: missing field id, text or split"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := read(t, c.name, c.data)
			if err == nil {
				t.Fatal("no error")
			}
			if got := strings.Split(err.Error(), "\n")[0]; got != c.want {
				t.Errorf("error\n got %s\nwant %s", got, c.want)
			}
		})
	}
}

func TestReadStopsAfterMaxErrors(t *testing.T) {
	var b strings.Builder
	b.WriteString("id,text,labels,speaker,target,split\n")
	for i := 0; i < 50; i++ {
		b.WriteString("x,,threat,,,train\n")
	}
	_, err := read(t, "many.csv", b.String())
	lines := strings.Split(err.Error(), "\n")
	if len(lines) != MaxErrors+1 || !strings.HasPrefix(lines[MaxErrors], "too many errors") {
		t.Errorf("got %d lines ending %q, want %d errors and a closing line", len(lines), lines[len(lines)-1], MaxErrors)
	}
}

func TestDuplicateIDAcrossFiles(t *testing.T) {
	const h = "id,text,labels,speaker,target,split\n"
	var c Corpus
	if err := c.Read(strings.NewReader(h+"a,One.,threat,,,train\n"), "one.csv"); err != nil {
		t.Fatal(err)
	}
	err := c.Read(strings.NewReader(h+"a,Two.,threat,,,train\n"), "two.csv")
	if err == nil || err.Error() != `two.csv:2: duplicate id "a" (first at one.csv:2)` {
		t.Errorf("error = %v", err)
	}
}

func TestLabels(t *testing.T) {
	for _, s := range []string{"neutral", "accusation", "accusation|threat", "accusation|reassurance|threat"} {
		l, err := ParseLabels(s)
		if err != nil || FormatLabels(l) != s {
			t.Errorf("%q: parsed %v, %v, formats back as %q", s, l, err, FormatLabels(l))
		}
	}
}

// FuzzRead feeds arbitrary bytes to the loader: it must return rows or an
// error, never panic, and every error line must name the file.
func FuzzRead(f *testing.F) {
	f.Add("id,text,labels,speaker,target,split\na,Text.,threat,PRK,USA|KOR,train\n")
	f.Add("\ufeffid,text,labels,speaker,target,split\r\na,\"multi\r\nline\",neutral,,,dev\r\n")
	f.Add(`{"id":"a","text":"x","labels":["threat"],"split":"train"}`)
	f.Add("id,text\n\"unterminated")
	f.Fuzz(func(t *testing.T, data string) {
		var c Corpus
		err := c.Read(strings.NewReader(data), "fuzz.csv")
		if err != nil {
			for _, line := range strings.Split(err.Error(), "\n") {
				if !strings.HasPrefix(line, "fuzz.csv") && !strings.HasPrefix(line, "too many errors") {
					t.Fatalf("error line %q does not name the file", line)
				}
			}
		}
		for _, r := range c.Rows {
			if strings.TrimSpace(r.Text) == "" || r.ID == "" {
				t.Fatalf("invalid row kept: %+v", r)
			}
		}
	})
}
