package report

import (
	"fmt"
	"io"
	"math"
	"slices"
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
	// By, on the actor and dyad levels, keeps the overall totals per
	// period of the documents' dates (a dated series) and writes no
	// per-document rows.
	By Period
	// TableWidth fits a table to a terminal this many columns wide: the
	// document by its base name, and only the columns that fit, chosen
	// by TableColumns. 0 writes every column, full document names.
	TableWidth int
}

// Overall is the doc value of the rows that total all documents.
const Overall = "*"

// Reporter writes the rows of one run.
type Reporter struct {
	opt Options
	w   Writer
	row []string
	// overall holds the totals over all documents by period ("" without
	// By, or for undated documents), then by actor code or
	// "SPEAKER\x00TARGET".
	overall map[string]map[string]*totals
	undated int
	keys    []string // reused to sort the keys of a map of totals
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
	if opt.By != NoPeriod && opt.Level == SentenceLevel {
		return nil, fmt.Errorf("a dated series (by %s) needs the actor or dyad level", opt.By)
	}
	cols := Columns(opt)
	var wr Writer
	if opt.Format == Table && opt.TableWidth > 0 {
		wr = &tableWriter{w: w, cols: cols, header: opt.Header, width: opt.TableWidth}
	} else {
		var err error
		if wr, err = NewWriter(w, opt.Format, cols, opt.Header); err != nil {
			return nil, err
		}
	}
	return &Reporter{opt: opt, w: wr, overall: map[string]map[string]*totals{}}, nil
}

// Columns lists the columns of a level. The columns named in the README
// come first; date, source and url pass through from the input at the end.
// The sums behind the means let totals of separate runs be merged.
func Columns(opt Options) []Column {
	l := opt.Level
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
	key := func(names ...string) {
		for _, n := range names {
			cols = append(cols, Column{Name: n, Key: true})
		}
	}
	switch l {
	case SentenceLevel:
		key("doc")
		cols = append(cols, Column{Name: "sentence", Numeric: true, Key: true})
		str("text")
		key("speaker")
		str("target")
		num(Classes[:]...)
		str("label")
		if opt.Explain {
			str("explain")
		}
	case ActorLevel, DyadLevel:
		key("doc")
		if opt.By != NoPeriod {
			key("period")
		}
		if l == ActorLevel {
			key("actor")
			str("name")
		} else {
			key("speaker")
			str("speaker_name")
			key("target")
			str("target_name")
		}
		num("sentences")
		num(Classes[:]...)
		for _, c := range Classes {
			num("max_" + c)
		}
		for _, c := range Classes {
			num("n_" + c)
		}
		for _, c := range Classes {
			num("sum_" + c)
		}
	}
	str("date", "source", "url")
	return cols
}

// Document writes the rows of one document: its sentences, or its actor
// or dyad totals, which also join the overall totals. With a period (By),
// only the overall totals of the document's period grow.
func (r *Reporter) Document(d Document, sents []Sentence) error {
	if r.opt.Level == SentenceLevel {
		for i := range sents {
			if err := r.sentenceRow(d, &sents[i]); err != nil {
				return err
			}
		}
		return nil
	}
	var period string
	var doc map[string]*totals
	if r.opt.By == NoPeriod {
		doc = map[string]*totals{}
	} else if p, ok := PeriodKey(d.Date, r.opt.By); ok {
		period = p
	} else {
		r.undated++
	}
	overall := r.overall[period]
	if overall == nil {
		overall = map[string]*totals{}
		r.overall[period] = overall
	}
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
			addTo(overall, k, s)
			if doc != nil {
				addTo(doc, k, s)
			}
		}
	}
	if doc == nil {
		return nil
	}
	return r.totalRows(d, "", doc)
}

func addTo(m map[string]*totals, k string, s *Sentence) {
	t := m[k]
	if t == nil {
		t = &totals{}
		m[k] = t
	}
	t.add(s)
}

// Undated returns how many documents had no date of the period's
// precision (with By); their totals are in the period "".
func (r *Reporter) Undated() int { return r.undated }

// Close writes the overall rows (doc "*"), per period with By, and flushes
// the output.
func (r *Reporter) Close() error {
	if r.opt.Level != SentenceLevel {
		periods := make([]string, 0, len(r.overall))
		for p := range r.overall {
			periods = append(periods, p)
		}
		slices.SortFunc(periods, func(a, b string) int {
			switch {
			case a == "" || b == "": // undated last
				return len(b) - len(a)
			}
			return strings.Compare(a, b)
		})
		for _, p := range periods {
			if err := r.totalRows(Document{ID: Overall}, p, r.overall[p]); err != nil {
				return err
			}
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

// totalRows writes the rows of m, totals in period (with By), sorted by
// actor or pair.
func (r *Reporter) totalRows(d Document, period string, m map[string]*totals) error {
	keys := r.keys[:0]
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	r.keys = keys
	for _, k := range keys {
		t := m[k]
		row := append(r.row[:0], d.ID)
		if r.opt.By != NoPeriod {
			row = append(row, period)
		}
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
		// Sums have four decimals too: each is within 0.00005 of the
		// exact sum, so a mean recomputed from k shards' sums over n ≥ k
		// sentences is within 0.00005 of the mean of one run over them all.
		for c := range t.sum {
			row = append(row, score(t.sum[c]))
		}
		row = append(row, d.Date, d.Source, d.URL)
		r.row = row
		if err := r.w.Write(row); err != nil {
			return err
		}
	}
	return nil
}

// score formats a score or a sum of scores with four decimals, as
// strconv.FormatFloat(v, 'f', 4, 64) does. Three scores are written per
// sentence and three sums per total row, where scaling by 10⁴ and rounding
// gives the same digits in a fraction of the time, except within a hair of
// a tie (a few units in the last place of the scaled value), where the
// exact decimal value decides and FormatFloat is asked.
func score(v float64) string {
	if v >= 0 && v < 1e11 && !math.Signbit(v) {
		x := v * 1e4 // off from the exact product by at most half a unit in the last place
		n := math.Floor(x)
		if frac := x - n; math.Abs(frac-0.5) > max(1e-9, x*0x1p-50) {
			if frac > 0.5 {
				n++
			}
			d := int64(n)
			var b [24]byte
			out := strconv.AppendInt(b[:0], d/10000, 10)
			out = append(out, '.', byte('0'+d/1000%10), byte('0'+d/100%10), byte('0'+d/10%10), byte('0'+d%10))
			return string(out)
		}
	}
	return strconv.FormatFloat(v, 'f', 4, 64)
}
