package datasets

import (
	"bufio"
	"compress/gzip"
	"crypto/sha256"
	"encoding/csv"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"stance/text"
)

// StandoffHeader is the CSV header of a standoff label file. Such a file
// labels sentences of public corpora that stay outside the repository:
// each row names the source, the document and a byte span of the
// document's text, with a checksum of the span, and the labels. The text
// is read from the corpora when the file is read (see Library).
var StandoffHeader = []string{"id", "source", "doc", "start", "end", "sha256", "labels", "speaker", "target", "split"}

// Own is the origin of rows written for the project (the corpus files
// with text); standoff rows take their source's name as origin.
const Own = "own"

// Standoff sources, as named in a standoff file's source column.
const (
	UNGDC    = "ungdc"    // UN General Debate speeches: doc is the speech id
	NewsMTSC = "newsmtsc" // NewsMTSC sentences: doc is FILE:LINE
	Petrarch = "petrarch" // PETRARCH validation records: doc is the sentence id
)

// sourceFiles says where each source lives below a Library's root.
var sourceFiles = map[string]string{
	UNGDC:    "ungdc/speeches-1946-2018.jsonl.gz",
	NewsMTSC: "newsmtsc",
	Petrarch: "petrarch2-dictionaries/PETR2_GSR_validation.xml",
}

// newsMTSCFiles are the NewsMTSC files a doc may name.
var newsMTSCFiles = []string{"train.jsonl", "devtest_mt.jsonl", "devtest_rw.jsonl"}

// SpanChecksum is the checksum a standoff row keeps of its span: the first
// 12 hex digits of the SHA-256 of the span's bytes.
func SpanChecksum(span string) string {
	sum := sha256.Sum256([]byte(span))
	return hex.EncodeToString(sum[:6])
}

// Library reads documents of the public corpora that standoff files point
// into. Root is the folder holding them (ungdc/, newsmtsc/,
// petrarch2-dictionaries/), ../shared/data in a checkout.
type Library struct {
	Root string
}

// documents returns the text of the wanted documents of one source, keyed
// by doc. A wanted doc that the source lacks is simply absent.
func (l *Library) documents(source string, want map[string]bool) (map[string]string, error) {
	rel, ok := sourceFiles[source]
	if !ok {
		return nil, fmt.Errorf("unknown source %q (want %s, %s or %s)", source, UNGDC, NewsMTSC, Petrarch)
	}
	path := filepath.Join(l.Root, rel)
	switch source {
	case UNGDC:
		return readUNGDC(path, want)
	case NewsMTSC:
		return readNewsMTSC(path, want)
	default:
		return readPetrarch(path, want)
	}
}

func readUNGDC(path string, want map[string]bool) (map[string]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	docs := map[string]string{}
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for line := 1; sc.Scan(); line++ {
		var d struct{ ID, Text string }
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", path, line, err)
		}
		if want[d.ID] {
			docs[d.ID] = d.Text
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return docs, nil
}

func readNewsMTSC(dir string, want map[string]bool) (map[string]string, error) {
	docs := map[string]string{}
	for _, name := range newsMTSCFiles {
		needed := false
		for doc := range want {
			needed = needed || strings.HasPrefix(doc, name+":")
		}
		if !needed {
			continue
		}
		path := filepath.Join(dir, name)
		f, err := os.Open(path)
		if err != nil {
			return nil, err
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 16<<20)
		for line := 1; sc.Scan(); line++ {
			doc := name + ":" + strconv.Itoa(line)
			if !want[doc] {
				continue
			}
			var d struct {
				Sentence string `json:"sentence_normalized"`
			}
			if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
				f.Close()
				return nil, fmt.Errorf("%s:%d: %w", path, line, err)
			}
			docs[doc] = d.Sentence
		}
		err = sc.Err()
		f.Close()
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
	}
	return docs, nil
}

// readPetrarch takes, for each wanted record id, the raw content of the
// <Text> element that follows its <Sentence id="..."> tag.
func readPetrarch(path string, want map[string]bool) (map[string]string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	s := string(b)
	docs := map[string]string{}
	for rest := s; ; {
		i := strings.Index(rest, "<Sentence ")
		if i < 0 {
			break
		}
		rest = rest[i:]
		tag, _, _ := strings.Cut(rest, ">")
		rest = rest[len(tag):]
		_, id, ok := strings.Cut(tag, ` id="`)
		id, _, _ = strings.Cut(id, `"`)
		if !ok || !want[id] {
			continue
		}
		_, body, ok := strings.Cut(rest, "<Text>")
		body, _, ok2 := strings.Cut(body, "</Text>")
		if ok && ok2 {
			docs[id] = body
		}
	}
	return docs, nil
}

// standoffRow is a parsed standoff line before its text is resolved.
type standoffRow struct {
	where, id, source, doc, sum string
	start, end                  int
	labels, speaker, target     string
	split                       string
}

// ReadStandoff reads one standoff label file and resolves each row's text
// from c.Library. A source that cannot be read, a document or span that is
// not there, and a span whose checksum no longer matches are FILE:LINE
// errors, never skipped rows. The span's text is unwrapped by text.Unwrap
// (line breaks and hyphenation of hard-wrapped text undone, as predict does
// before it splits) into the row's text.
func (c *Corpus) ReadStandoff(r io.Reader, name string) error {
	cr := csv.NewReader(skipBOM(r))
	cr.FieldsPerRecord = -1
	header, err := cr.Read()
	if err != nil {
		return c.fail(csvError(name, err))
	}
	if strings.Join(header, ",") != strings.Join(StandoffHeader, ",") {
		return c.fail(fmt.Errorf("%s:1: header is %q, want %s", name, strings.Join(header, ","), strings.Join(StandoffHeader, ",")))
	}
	if c.Library == nil {
		return c.fail(fmt.Errorf("%s:1: standoff labels need the public corpora they point into; none given", name))
	}
	var rows []standoffRow
	want := map[string]map[string]bool{} // source -> docs
	firstUse := map[string]string{}      // source -> where it is first needed
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			if c.add(csvError(name, err)) {
				return c.result()
			}
			continue
		}
		line, _ := cr.FieldPos(0)
		row := standoffRow{where: fmt.Sprintf("%s:%d", name, line)}
		if len(rec) != len(StandoffHeader) {
			if c.add(fmt.Errorf("%s: %d columns, want %d (%s)", row.where, len(rec), len(StandoffHeader), strings.Join(StandoffHeader, ","))) {
				return c.result()
			}
			continue
		}
		row.id, row.source, row.doc, row.sum = strings.TrimSpace(rec[0]), rec[1], rec[2], rec[5]
		row.labels, row.speaker, row.target, row.split = rec[6], rec[7], rec[8], rec[9]
		var e1, e2 error
		row.start, e1 = strconv.Atoi(rec[3])
		row.end, e2 = strconv.Atoi(rec[4])
		switch {
		case sourceFiles[row.source] == "":
			err = fmt.Errorf("%s: unknown source %q (want %s, %s or %s)", row.where, row.source, UNGDC, NewsMTSC, Petrarch)
		case e1 != nil || e2 != nil || row.start < 0 || row.end <= row.start:
			err = fmt.Errorf("%s: span %q-%q is not a pair of byte offsets with start < end", row.where, rec[3], rec[4])
		case len(row.sum) != 12:
			err = fmt.Errorf("%s: checksum %q is not 12 hex digits", row.where, row.sum)
		}
		if err != nil {
			if c.add(err) {
				return c.result()
			}
			continue
		}
		if want[row.source] == nil {
			want[row.source] = map[string]bool{}
			firstUse[row.source] = row.where
		}
		want[row.source][row.doc] = true
		rows = append(rows, row)
	}
	docs := map[string]map[string]string{}
	sources := make([]string, 0, len(want))
	for s := range want {
		sources = append(sources, s)
	}
	slices.Sort(sources)
	for _, s := range sources {
		d, err := c.Library.documents(s, want[s])
		if err != nil {
			return c.fail(fmt.Errorf("%s: source %s: %w", firstUse[s], s, err))
		}
		docs[s] = d
	}
	for _, row := range rows {
		doc, ok := docs[row.source][row.doc]
		var err error
		switch {
		case !ok:
			err = fmt.Errorf("%s: source %s has no document %q", row.where, row.source, row.doc)
		case row.end > len(doc):
			err = fmt.Errorf("%s: span %d-%d runs past the end of %s %s (%d bytes)", row.where, row.start, row.end, row.source, row.doc, len(doc))
		case SpanChecksum(doc[row.start:row.end]) != row.sum:
			err = fmt.Errorf("%s: the text of %s %s at %d-%d no longer matches its checksum %s", row.where, row.source, row.doc, row.start, row.end, row.sum)
		}
		if err != nil {
			if c.add(err) {
				return c.result()
			}
			continue
		}
		sentence := text.Unwrap(doc[row.start:row.end])
		labels, lerr := ParseLabels(row.labels)
		if c.check(row.where, row.id, sentence, row.split, labels, lerr) {
			c.Rows = append(c.Rows, Row{ID: row.id, Text: sentence, Labels: labels,
				Speaker: strings.TrimSpace(row.speaker), Targets: SplitCodes(row.target), Split: strings.TrimSpace(row.split),
				Source: row.where, Origin: row.source, Doc: row.doc})
		}
		if len(c.errs) >= MaxErrors {
			break
		}
	}
	return c.result()
}
