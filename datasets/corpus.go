// Package datasets reads and validates labelled corpora of news sentences.
//
// A corpus is CSV (RFC 4180, UTF-8, header row) with the columns
// id,text,labels,speaker,target,split, or JSONL with the same fields and
// labels as an array. Every row is checked; errors are reported as
// FILE:LINE: message, up to MaxErrors of them, the way encoding/csv
// reports a ParseError, so a user can fix a whole file in one pass.
//
// The package also ships the project's own corpus and example articles
// (see GUIDE.md for how they were labelled).
package datasets

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/csv"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

// Classes are the stance classes, in the order every score vector uses.
var Classes = [...]string{"accusation", "reassurance", "threat"}

// NumClasses is the number of stance classes.
const NumClasses = len(Classes)

// Neutral is the label of a sentence that carries no stance.
const Neutral = "neutral"

// Splits are the values allowed in the split column.
var Splits = [...]string{"train", "dev", "test"}

// Header is the CSV header a corpus file must start with.
var Header = []string{"id", "text", "labels", "speaker", "target", "split"}

// MaxErrors is how many row errors are collected before reading stops.
const MaxErrors = 20

// Row is one labelled sentence.
type Row struct {
	ID      string
	Text    string
	Labels  [NumClasses]bool // Labels[i] is true when the sentence carries Classes[i]; all false means neutral
	Speaker string           // actor code, or empty
	Targets []string         // actor codes, in order of appearance
	Split   string           // train, dev or test
	Source  string           // file name and line, for messages
	Origin  string           // Own, or the public corpus a standoff row points into
	Doc     string           // for a standoff row, the document of its source (a speech id, FILE:LINE, a record id)
}

// Neutral reports whether the row carries no stance class.
func (r Row) Neutral() bool { return r.Labels == [NumClasses]bool{} }

// LabelString returns the labels as written in the corpus: classes joined with "|", or "neutral".
func (r Row) LabelString() string { return FormatLabels(r.Labels) }

// FormatLabels joins the set classes with "|", or returns "neutral" when none is set.
func FormatLabels(l [NumClasses]bool) string {
	var parts []string
	for i, on := range l {
		if on {
			parts = append(parts, Classes[i])
		}
	}
	if len(parts) == 0 {
		return Neutral
	}
	return strings.Join(parts, "|")
}

// ParseLabels parses "neutral" or classes joined with "|".
func ParseLabels(s string) ([NumClasses]bool, error) {
	var l [NumClasses]bool
	s = strings.TrimSpace(s)
	if s == "" {
		return l, errors.New("empty labels")
	}
	return parseLabelList(strings.Split(s, "|"))
}

func parseLabelList(parts []string) ([NumClasses]bool, error) {
	var l [NumClasses]bool
	if len(parts) == 0 {
		return l, errors.New("empty labels")
	}
	neutral := false
	for _, p := range parts {
		p = strings.TrimSpace(p)
		if p == Neutral {
			neutral = true
			continue
		}
		i := ClassIndex(p)
		if i < 0 {
			return l, fmt.Errorf("unknown label %q (want neutral, accusation, reassurance or threat)", p)
		}
		l[i] = true
	}
	if neutral && l != ([NumClasses]bool{}) {
		return l, errors.New("label neutral cannot be combined with a stance class")
	}
	return l, nil
}

// ClassIndex returns the index of a class name in Classes, or -1.
func ClassIndex(name string) int {
	for i, c := range Classes {
		if c == name {
			return i
		}
	}
	return -1
}

// ErrorList is the list of row errors found in one or more files.
// Its message has one FILE:LINE: line per error.
type ErrorList []error

func (e ErrorList) Error() string {
	lines := make([]string, len(e))
	for i, err := range e {
		lines[i] = err.Error()
	}
	if len(e) >= MaxErrors {
		lines = append(lines, fmt.Sprintf("too many errors (stopped after %d)", MaxErrors))
	}
	return strings.Join(lines, "\n")
}

// Corpus collects rows from one or more files and checks them together,
// so that an id repeated in a second file is caught too.
type Corpus struct {
	Rows []Row
	// Library resolves the text of standoff label files; without one,
	// reading a standoff file is an error.
	Library *Library
	// SHA256 is the hex SHA-256 of the files ReadFiles read.
	SHA256 string

	ids  map[string]string // id -> where it was first seen
	errs ErrorList
}

// RealFiles are the standoff label files of real text that ship with
// stance, relative to this package's folder.
var RealFiles = []string{"real/ungdc.csv", "real/newsmtsc.csv", "real/petrarch.csv"}

// SpeakerFiles are standoff label files of real text chosen to measure the
// speakers found in news (sentences that name a state and report speech);
// labelled like RealFiles, but kept out of training so that the measure
// stays apart from the model.
var SpeakerFiles = []string{"real/news-speakers.csv"}

// ReadFiles reads corpus files of any format (see Read) into one corpus,
// checked as a whole; lib resolves the text of standoff files and may be
// nil when there are none. The corpus's SHA256 is taken over the files'
// bytes in order, which a model records to name what it was trained on.
func ReadFiles(lib *Library, paths ...string) (*Corpus, error) {
	c := &Corpus{Library: lib}
	h := sha256.New()
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			return nil, err
		}
		h.Write(b)
		c.Read(bytes.NewReader(b), p)
	}
	c.SHA256 = hex.EncodeToString(h.Sum(nil))
	return c, c.Err()
}

// Read reads one corpus file, guessing its format: JSONL when the first
// non-space byte is '{', a standoff label file when the header is
// StandoffHeader, CSV otherwise. name is used in error messages.
func (c *Corpus) Read(r io.Reader, name string) error {
	br := bufio.NewReader(r)
	head, _ := br.Peek(512)
	head = bytes.TrimPrefix(head, []byte("\xef\xbb\xbf"))
	if t := bytes.TrimLeft(head, " \t\r\n"); len(t) > 0 && t[0] == '{' {
		return c.ReadJSONL(br, name)
	}
	if bytes.HasPrefix(head, []byte(strings.Join(StandoffHeader, ","))) {
		return c.ReadStandoff(br, name)
	}
	return c.ReadCSV(br, name)
}

// ReadCSV reads one CSV corpus file. It returns an ErrorList when rows are
// invalid; the valid rows are kept either way.
func (c *Corpus) ReadCSV(r io.Reader, name string) error {
	cr := csv.NewReader(skipBOM(r))
	cr.FieldsPerRecord = -1 // checked below, with a clearer message
	header, err := cr.Read()
	if err == io.EOF {
		return c.fail(fmt.Errorf("%s:1: empty file, want header %s", name, strings.Join(Header, ",")))
	}
	if err != nil {
		return c.fail(csvError(name, err))
	}
	if strings.Join(header, ",") != strings.Join(Header, ",") {
		return c.fail(fmt.Errorf("%s:1: header is %q, want %s", name, strings.Join(header, ","), strings.Join(Header, ",")))
	}
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			if c.add(csvError(name, err)) {
				break
			}
			continue
		}
		line, _ := cr.FieldPos(0)
		where := fmt.Sprintf("%s:%d", name, line)
		if len(rec) != len(Header) {
			if c.add(fmt.Errorf("%s: %d columns, want %d (%s)", where, len(rec), len(Header), strings.Join(Header, ","))) {
				break
			}
			continue
		}
		labels, err := ParseLabels(rec[2])
		if c.check(where, rec[0], rec[1], rec[5], labels, err) {
			c.Rows = append(c.Rows, Row{ID: strings.TrimSpace(rec[0]), Text: rec[1], Labels: labels,
				Speaker: strings.TrimSpace(rec[3]), Targets: SplitCodes(rec[4]), Split: strings.TrimSpace(rec[5]), Source: where, Origin: Own})
		}
		if len(c.errs) >= MaxErrors {
			break
		}
	}
	return c.result()
}

// jsonRow is the JSONL form of a row: labels as an array, target as a string
// joined with "|" or as an array.
type jsonRow struct {
	ID      *string         `json:"id"`
	Text    *string         `json:"text"`
	Labels  []string        `json:"labels"`
	Speaker string          `json:"speaker"`
	Target  json.RawMessage `json:"target"`
	Split   *string         `json:"split"`
}

// ReadJSONL reads one JSONL corpus file: one JSON object per line.
func (c *Corpus) ReadJSONL(r io.Reader, name string) error {
	sc := bufio.NewScanner(skipBOM(r))
	sc.Buffer(make([]byte, 64*1024), 16*1024*1024)
	line := 0
	for sc.Scan() {
		line++
		b := bytes.TrimSpace(sc.Bytes())
		if len(b) == 0 {
			continue
		}
		where := fmt.Sprintf("%s:%d", name, line)
		var jr jsonRow
		if err := json.Unmarshal(b, &jr); err != nil {
			if c.add(fmt.Errorf("%s: %v", where, err)) {
				break
			}
			continue
		}
		targets, terr := jsonTargets(jr.Target)
		labels, lerr := parseLabelList(jr.Labels)
		if jr.ID == nil || jr.Text == nil || jr.Split == nil {
			lerr = errors.New("missing field id, text or split")
		} else if terr != nil {
			lerr = terr
		}
		id, text, split := deref(jr.ID), deref(jr.Text), deref(jr.Split)
		if c.check(where, id, text, split, labels, lerr) {
			c.Rows = append(c.Rows, Row{ID: strings.TrimSpace(id), Text: text, Labels: labels,
				Speaker: strings.TrimSpace(jr.Speaker), Targets: targets, Split: strings.TrimSpace(split), Source: where, Origin: Own})
		}
		if len(c.errs) >= MaxErrors {
			break
		}
	}
	if err := sc.Err(); err != nil {
		c.add(fmt.Errorf("%s:%d: %v", name, line+1, err))
	}
	return c.result()
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

func jsonTargets(raw json.RawMessage) ([]string, error) {
	if len(raw) == 0 || string(raw) == "null" {
		return nil, nil
	}
	var s string
	if err := json.Unmarshal(raw, &s); err == nil {
		return SplitCodes(s), nil
	}
	var list []string
	if err := json.Unmarshal(raw, &list); err != nil {
		return nil, errors.New("target must be a string or an array of strings")
	}
	return SplitCodes(strings.Join(list, "|")), nil
}

// check validates the fields every format shares and records the first
// problem. It reports whether the row is valid.
func (c *Corpus) check(where, id, text, split string, labels [NumClasses]bool, labelErr error) bool {
	id = strings.TrimSpace(id)
	var err error
	switch {
	case labelErr != nil:
		err = labelErr
	case id == "":
		err = errors.New("empty id")
	case strings.TrimSpace(text) == "":
		err = fmt.Errorf("row %s: empty text", id)
	case !validSplit(strings.TrimSpace(split)):
		err = fmt.Errorf("row %s: bad split %q (want train, dev or test)", id, split)
	}
	if err == nil {
		if first, dup := c.ids[id]; dup {
			err = fmt.Errorf("duplicate id %q (first at %s)", id, first)
		}
	}
	if err != nil {
		c.add(fmt.Errorf("%s: %w", where, err))
		return false
	}
	if c.ids == nil {
		c.ids = map[string]string{}
	}
	c.ids[id] = where
	return true
}

func validSplit(s string) bool {
	for _, v := range Splits {
		if s == v {
			return true
		}
	}
	return false
}

// add records an error and reports whether the limit is reached.
func (c *Corpus) add(err error) bool {
	if len(c.errs) < MaxErrors {
		c.errs = append(c.errs, err)
	}
	return len(c.errs) >= MaxErrors
}

func (c *Corpus) fail(err error) error {
	c.add(err)
	return c.result()
}

func (c *Corpus) result() error {
	if len(c.errs) == 0 {
		return nil
	}
	return c.errs
}

// Err returns every error seen so far across all files, or nil.
func (c *Corpus) Err() error { return c.result() }

// Split returns the rows of one split, in file order.
func (c *Corpus) Split(name string) []Row {
	var out []Row
	for _, r := range c.Rows {
		if r.Split == name {
			out = append(out, r)
		}
	}
	return out
}

// SplitCodes splits a "|"-joined list of actor codes, dropping empty parts.
func SplitCodes(s string) []string {
	var out []string
	for _, p := range strings.Split(s, "|") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

func csvError(name string, err error) error {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		return fmt.Errorf("%s:%d: %v", name, pe.Line, pe.Err)
	}
	return fmt.Errorf("%s: %v", name, err)
}

// skipBOM drops a UTF-8 byte-order mark at the start of r.
func skipBOM(r io.Reader) io.Reader {
	br, ok := r.(*bufio.Reader)
	if !ok {
		br = bufio.NewReader(r)
	}
	if b, err := br.Peek(3); err == nil && bytes.Equal(b, []byte("\xef\xbb\xbf")) {
		br.Discard(3)
	}
	return br
}
