package report

import (
	"fmt"
	"io"
	"math"
	"sort"
	"strconv"
	"strings"

	"stance/datasets"
)

// NumClasses is the number of stance classes a sentence is scored on.
const NumClasses = datasets.NumClasses

// Classes name the score columns, in score order.
var Classes = datasets.Classes

// Document is what is known about one article apart from its sentences.
// Date, Source and URL pass through from the input to the output.
type Document struct {
	ID, Date, Source, URL string
}

// Sentence is one scored sentence.
type Sentence struct {
	Index   int // 1-based position in its document
	Text    string
	Speaker string   // actor code or empty
	Targets []string // actor codes
	Scores  [NumClasses]float64
	Labels  [NumClasses]bool // classes at or above their thresholds
	Explain string           // top contributing features, with --explain
}

// Level is the unit one output row describes.
type Level string

// The levels.
const (
	SentenceLevel Level = "sentence"
	ActorLevel    Level = "actor"
	DyadLevel     Level = "dyad"
)

// ParseLevel checks a --level value.
func ParseLevel(s string) (Level, error) {
	switch l := Level(s); l {
	case SentenceLevel, ActorLevel, DyadLevel:
		return l, nil
	}
	return "", fmt.Errorf("unknown level %q (want sentence, actor or dyad)", s)
}

// Options configure a Reporter.
type Options struct {
	Level   Level
	Format  Format
	Header  bool                     // print a header line (CSV, table)
	Explain bool                     // add an explain column to sentence rows
	Name    func(code string) string // display name of an actor code
}

// Overall is the doc value of the rows that total all documents.
const Overall = "*"

// Reporter writes the rows of one run.
type Reporter struct {
	opt     Options
	w       Writer
	row     []string
	overall map[string]*totals
}

// totals accumulate one actor's or one dyad's scores.
type totals struct {
	n     int
	sum   [NumClasses]float64
	max   [NumClasses]float64
	count [NumClasses]int
}

func (t *totals) add(s *Sentence) {
	t.n++
	for c := range s.Scores {
		t.sum[c] += s.Scores[c]
		t.max[c] = max(t.max[c], s.Scores[c])
		if s.Labels[c] {
			t.count[c]++
		}
	}
}

// New starts a report on w.
func New(w io.Writer, opt Options) (*Reporter, error) {
	if opt.Name == nil {
		opt.Name = func(code string) string { return code }
	}
	wr, err := NewWriter(w, opt.Format, Columns(opt.Level, opt.Explain), opt.Header)
	if err != nil {
		return nil, err
	}
	return &Reporter{opt: opt, w: wr, overall: map[string]*totals{}}, nil
}

// Columns lists the columns of a level. The columns named in the README
// come first; date, source and url pass through from the input at the end.
func Columns(l Level, explain bool) []Column {
	var cols []Column
	str := func(names ...string) {
		for _, n := range names {
			cols = append(cols, Column{Name: n})
		}
	}
	num := func(names ...string) {
		for _, n := range names {
			cols = append(cols, Column{Name: n, Numeric: true})
		}
	}
	switch l {
	case SentenceLevel:
		str("doc")
		num("sentence")
		str("text", "speaker", "target")
		num(Classes[:]...)
		str("label")
		if explain {
			str("explain")
		}
	case ActorLevel, DyadLevel:
		if l == ActorLevel {
			str("doc", "actor", "name")
		} else {
			str("doc", "speaker", "speaker_name", "target", "target_name")
		}
		num("sentences")
		num(Classes[:]...)
		for _, c := range Classes {
			num("max_" + c)
		}
		for _, c := range Classes {
			num("n_" + c)
		}
	}
	str("date", "source", "url")
	return cols
}

// Document writes the rows of one document: its sentences, or its actor
// or dyad totals, which also join the overall totals.
func (r *Reporter) Document(d Document, sents []Sentence) error {
	if r.opt.Level == SentenceLevel {
		for i := range sents {
			if err := r.sentenceRow(d, &sents[i]); err != nil {
				return err
			}
		}
		return nil
	}
	doc := map[string]*totals{}
	for i := range sents {
		s := &sents[i]
		if s.Speaker == "" {
			continue
		}
		keys := []string{s.Speaker}
		if r.opt.Level == DyadLevel {
			keys = keys[:0]
			for _, t := range s.Targets {
				keys = append(keys, s.Speaker+"\x00"+t)
			}
		}
		for _, k := range keys {
			for _, m := range []map[string]*totals{doc, r.overall} {
				if m[k] == nil {
					m[k] = &totals{}
				}
				m[k].add(s)
			}
		}
	}
	return r.totalRows(d, doc)
}

// Close writes the overall rows (doc "*") and flushes the output.
func (r *Reporter) Close() error {
	if r.opt.Level != SentenceLevel {
		if err := r.totalRows(Document{ID: Overall}, r.overall); err != nil {
			return err
		}
	}
	return r.w.Flush()
}

func (r *Reporter) sentenceRow(d Document, s *Sentence) error {
	row := append(r.row[:0], d.ID, strconv.Itoa(s.Index), s.Text, s.Speaker, strings.Join(s.Targets, "|"))
	for _, v := range s.Scores {
		row = append(row, score(v))
	}
	row = append(row, datasets.FormatLabels(s.Labels))
	if r.opt.Explain {
		row = append(row, s.Explain)
	}
	row = append(row, d.Date, d.Source, d.URL)
	r.row = row
	return r.w.Write(row)
}

func (r *Reporter) totalRows(d Document, m map[string]*totals) error {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		t := m[k]
		row := append(r.row[:0], d.ID)
		if speaker, target, dyad := strings.Cut(k, "\x00"); dyad {
			row = append(row, speaker, r.opt.Name(speaker), target, r.opt.Name(target))
		} else {
			row = append(row, k, r.opt.Name(k))
		}
		row = append(row, strconv.Itoa(t.n))
		for c := range t.sum {
			row = append(row, score(t.sum[c]/float64(t.n)))
		}
		for c := range t.max {
			row = append(row, score(t.max[c]))
		}
		for c := range t.count {
			row = append(row, strconv.Itoa(t.count[c]))
		}
		row = append(row, d.Date, d.Source, d.URL)
		r.row = row
		if err := r.w.Write(row); err != nil {
			return err
		}
	}
	return nil
}

// score formats a score with four decimals, as strconv.FormatFloat(v, 'f',
// 4, 64) does. Three scores are written per sentence, and a score lies in
// [0, 1], where scaling by 10⁴ and rounding gives the same digits in a
// fraction of the time, except within a hair of a tie, where the exact
// decimal value decides and FormatFloat is asked.
func score(v float64) string {
	if v >= 0 && v <= 1 && !math.Signbit(v) {
		x := v * 1e4 // off from the exact product by at most ~1e-12
		n := math.Floor(x)
		if frac := x - n; math.Abs(frac-0.5) > 1e-9 {
			if frac > 0.5 {
				n++
			}
			d := int(n)
			b := [6]byte{byte('0' + d/10000), '.', byte('0' + d/1000%10), byte('0' + d/100%10), byte('0' + d/10%10), byte('0' + d%10)}
			return string(b[:])
		}
	}
	return strconv.FormatFloat(v, 'f', 4, 64)
}
