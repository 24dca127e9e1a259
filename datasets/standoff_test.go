package datasets

import (
	"compress/gzip"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// fakeShared lays out a tiny copy of the shared corpora, with texts
// written for this test, and returns its root.
func fakeShared(t *testing.T) (root string, speech, news, record string) {
	t.Helper()
	root = t.TempDir()
	speech = "Mr. President,\nWe welcome the new members.\n\nMy Government is ready to re-\nsume talks with our neigh-\nbour at any time and without\nconditions.\n"
	news = "The senator accused the agency of hiding the report."
	record = "\nLisbon denied that its ships had entered the bay.\n"
	must := func(err error) {
		if err != nil {
			t.Fatal(err)
		}
	}
	must(os.MkdirAll(filepath.Join(root, "ungdc"), 0o755))
	f, err := os.Create(filepath.Join(root, "ungdc", "speeches-1946-2018.jsonl.gz"))
	must(err)
	zw := gzip.NewWriter(f)
	for _, d := range []map[string]any{{"id": "AAA_1_1946", "country": "AAA", "year": 1946, "text": "Other."}, {"id": "PRT_40_1985", "country": "PRT", "year": 1985, "text": speech}} {
		b, _ := json.Marshal(d)
		zw.Write(append(b, '\n'))
	}
	must(zw.Close())
	must(f.Close())
	must(os.MkdirAll(filepath.Join(root, "newsmtsc"), 0o755))
	b, _ := json.Marshal(map[string]string{"sentence_normalized": news})
	must(os.WriteFile(filepath.Join(root, "newsmtsc", "train.jsonl"), append([]byte("{\"sentence_normalized\": \"x\"}\n"), append(b, '\n')...), 0o644))
	must(os.MkdirAll(filepath.Join(root, "petrarch2-dictionaries"), 0o755))
	xml := "<Validation>\n<Sentence id=\"T1\" date=\"1\"/>\n<Text>nothing</Text>\n<Sentence category=\"X\" id=\"T2\"/>\n<EventCoding/>\n<Text>" + record + "</Text>\n</Validation>\n"
	must(os.WriteFile(filepath.Join(root, "petrarch2-dictionaries", "PETR2_GSR_validation.xml"), []byte(xml), 0o644))
	return root, speech, news, record
}

func standoffLine(id, source, doc, whole, span, labels, speaker, target, split string) string {
	start := strings.Index(whole, span)
	return fmt.Sprintf("%s,%s,%s,%d,%d,%s,%s,%s,%s,%s\n", id, source, doc, start, start+len(span), SpanChecksum(span), labels, speaker, target, split)
}

func TestReadStandoff(t *testing.T) {
	root, speech, news, record := fakeShared(t)
	wrapped := "My Government is ready to re-\nsume talks with our neigh-\nbour at any time and without\nconditions."
	file := strings.Join(StandoffHeader, ",") + "\n" +
		standoffLine("u1", "ungdc", "PRT_40_1985", speech, wrapped, "reassurance", "PRT", "", "train") +
		standoffLine("u2", "ungdc", "PRT_40_1985", speech, "We welcome the new members.", "neutral", "PRT", "", "dev") +
		standoffLine("n1", "newsmtsc", "train.jsonl:2", news, news, "accusation", "", "", "test") +
		standoffLine("p1", "petrarch", "T2", record, strings.TrimSpace(record), "reassurance", "PRT", "", "train")
	c := Corpus{Library: &Library{Root: root}}
	if err := c.Read(strings.NewReader(file), "real.csv"); err != nil {
		t.Fatal(err)
	}
	want := []struct{ id, text, origin string }{
		{"u1", "My Government is ready to resume talks with our neighbour at any time and without conditions.", UNGDC},
		{"u2", "We welcome the new members.", UNGDC},
		{"n1", news, NewsMTSC},
		{"p1", "Lisbon denied that its ships had entered the bay.", Petrarch},
	}
	if len(c.Rows) != len(want) {
		t.Fatalf("%d rows, want %d", len(c.Rows), len(want))
	}
	for i, w := range want {
		r := c.Rows[i]
		if r.ID != w.id || r.Text != w.text || r.Origin != w.origin {
			t.Errorf("row %d = %s %q %s, want %s %q %s", i, r.ID, r.Text, r.Origin, w.id, w.text, w.origin)
		}
	}
}

func TestReadStandoffErrors(t *testing.T) {
	root, speech, _, _ := fakeShared(t)
	head := strings.Join(StandoffHeader, ",") + "\n"
	good := standoffLine("u2", "ungdc", "PRT_40_1985", speech, "We welcome the new members.", "neutral", "PRT", "", "dev")
	cases := []struct {
		name, file, root, want string
	}{
		{"checksum", head + strings.Replace(good, SpanChecksum("We welcome the new members."), "0123456789ab", 1), root, "real.csv:2: the text of ungdc PRT_40_1985 at"},
		{"missing document", head + strings.Replace(good, "PRT_40_1985", "PRT_41_1986", 1), root, "real.csv:2: source ungdc has no document \"PRT_41_1986\""},
		{"missing source", head + good, filepath.Join(root, "nowhere"), "real.csv:2: source ungdc: open "},
		{"unknown source", head + strings.Replace(good, "ungdc", "wire", 1), root, "real.csv:2: unknown source \"wire\""},
		{"bad span", head + strings.Replace(good, ",PRT_40_1985,15,", ",PRT_40_1985,x,", 1), root, "real.csv:2: span"},
		{"past the end", head + "u9,ungdc,PRT_40_1985,10,9999,0123456789ab,neutral,,,dev\n", root, "real.csv:2: span 10-9999 runs past the end"},
		{"bad label", head + strings.Replace(good, "neutral", "anger", 1), root, "real.csv:2: "},
		{"columns", head + "u9,ungdc\n", root, "real.csv:2: 2 columns, want 10"},
	}
	for _, c := range cases {
		corp := Corpus{Library: &Library{Root: c.root}}
		err := corp.Read(strings.NewReader(c.file), "real.csv")
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: error %v, want it to contain %q", c.name, err, c.want)
		}
	}
	var noLib Corpus
	if err := noLib.Read(strings.NewReader(head+good), "real.csv"); err == nil || !strings.Contains(err.Error(), "real.csv:1: standoff labels need") {
		t.Errorf("no library: error %v", err)
	}
}
