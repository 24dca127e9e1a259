package chart

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"sort"
	"strconv"
	"strings"

	"stance/report"
)

// Key names one actor (Target empty) or one speaker->target pair.
type Key struct{ Speaker, Target string }

// Totals are what rows add up to: sentences, the sentences above each
// class's threshold and the sum of each class's scores. Unlike means,
// they merge across periods, files and merged actor codes.
type Totals struct {
	Sentences int
	N         [report.NumClasses]int
	Sum       [report.NumClasses]float64
}

func (t *Totals) add(o *Totals) {
	t.Sentences += o.Sentences
	for c := range t.N {
		t.N[c] += o.N[c]
		t.Sum[c] += o.Sum[c]
	}
}

type cell struct {
	Key
	Period Period
}

// Table holds the totals of predict's actor or dyad rows per actor or
// pair and period, from one or more inputs.
type Table struct {
	// Level is report.ActorLevel or report.DyadLevel, from the columns
	// of the first input.
	Level report.Level
	// Unit is the period length of the dated rows (NoUnit if none).
	Unit Unit
	// Undated counts the rows without a period, which series leave out.
	Undated int

	cells    map[cell]*Totals
	names    map[string]string // actor code -> display name
	sources  []string
	noPeriod string // the first input without a period column
}

// NewTable returns an empty table; Read fills it.
func NewTable() *Table {
	return &Table{cells: map[cell]*Totals{}, names: map[string]string{}}
}

// maxLine bounds one input line: predict's actor and dyad rows are short,
// and a JSONL line of many megabytes is not one of them.
const maxLine = 1 << 20

// Read adds the actor or dyad rows predict wrote to r, as CSV with a
// header or as JSONL (told apart by the first character), to t. name
// names r in errors. Rows are read by column name, so any column order
// and extra columns (period, sum_*) do. When the input holds overall
// rows (doc "*"), only those count, as the per-document rows beside them
// are the same sentences again.
func (t *Table) Read(r io.Reader, name string) error {
	br := bufio.NewReaderSize(r, 64<<10)
	first, err := firstByte(br)
	if err == io.EOF {
		return fmt.Errorf("%s: empty input (want the CSV or JSONL output of predict --level actor or dyad)", name)
	}
	if err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	var src rowSource
	if first == '{' {
		src = &jsonlSource{sc: bufio.NewScanner(br)}
		src.(*jsonlSource).sc.Buffer(nil, maxLine)
	} else {
		cr := csv.NewReader(br)
		cr.ReuseRecord = true
		src = &csvSource{r: cr}
	}
	f := fileReader{t: t, name: name, src: src, overall: map[cell]*Totals{}, other: map[cell]*Totals{}}
	if err := f.read(); err != nil {
		return err
	}
	t.sources = append(t.sources, name)
	chosen := f.overall
	if len(chosen) == 0 {
		chosen = f.other
	}
	for k, v := range chosen {
		if t.cells[k] == nil {
			t.cells[k] = &Totals{}
		}
		t.cells[k].add(v)
	}
	t.Undated += f.undated[len(f.overall) > 0]
	return nil
}

// firstByte peeks at the first byte that is not white space or a BOM.
func firstByte(br *bufio.Reader) (byte, error) {
	for {
		b, err := br.ReadByte()
		if err != nil {
			return 0, err
		}
		switch b {
		case ' ', '\t', '\r', '\n':
			continue
		case 0xEF:
			if p, _ := br.Peek(2); bytes.Equal(p, []byte{0xBB, 0xBF}) {
				br.Discard(2)
				continue
			}
		}
		return b, br.UnreadByte()
	}
}

// rowSource yields the rows of one input, field by name.
type rowSource interface {
	// start reads the header, or the first row of JSONL, which names
	// the columns.
	start() error
	// next moves to the next row; it returns io.EOF at the end.
	next() error
	// get returns the named field of the current row.
	get(col string) (string, bool)
	// has reports whether the input has the column (from its header or
	// its first row).
	has(col string) bool
	line() int
}

type csvSource struct {
	r      *csv.Reader
	header map[string]int
	rec    []string
}

func (s *csvSource) start() error {
	rec, err := s.read()
	if err != nil {
		return err
	}
	s.header = map[string]int{}
	for i, h := range rec {
		s.header[h] = i
	}
	return nil
}

func (s *csvSource) next() (err error) {
	s.rec, err = s.read()
	return err
}

func (s *csvSource) read() ([]string, error) {
	rec, err := s.r.Read()
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		return nil, fmt.Errorf("line %d: %v", pe.StartLine, pe.Err)
	}
	return rec, err
}

func (s *csvSource) get(col string) (string, bool) {
	i, ok := s.header[col]
	if !ok {
		return "", false
	}
	return unformula(s.rec[i]), true
}

func (s *csvSource) has(col string) bool { _, ok := s.header[col]; return ok }

func (s *csvSource) line() int { l, _ := s.r.FieldPos(0); return l }

// unformula undoes report.SpreadsheetSafe: predict puts an apostrophe
// before a cell that a spreadsheet would run as a formula.
func unformula(v string) string {
	if len(v) > 1 && v[0] == '\'' && report.SpreadsheetSafe(v[1:]) != v[1:] {
		return v[1:]
	}
	return v
}

type jsonlSource struct {
	sc      *bufio.Scanner
	n       int
	row     map[string]json.RawMessage
	header  map[string]json.RawMessage
	pending bool // start read the first row, which next has yet to give
}

func (s *jsonlSource) start() error {
	if err := s.next(); err != nil {
		return err
	}
	s.header, s.pending = s.row, true
	return nil
}

func (s *jsonlSource) next() error {
	if s.pending {
		s.pending = false
		return nil
	}
	for s.sc.Scan() {
		s.n++
		b := bytes.TrimSpace(s.sc.Bytes())
		if len(b) == 0 {
			continue
		}
		s.row = nil
		if err := json.Unmarshal(b, &s.row); err != nil || s.row == nil {
			return fmt.Errorf("line %d: not a JSON object", s.n)
		}
		return nil
	}
	if err := s.sc.Err(); err != nil {
		if err == bufio.ErrTooLong {
			return fmt.Errorf("line %d: longer than %d bytes", s.n+1, maxLine)
		}
		return err
	}
	return io.EOF
}

func (s *jsonlSource) get(col string) (string, bool) {
	raw, ok := s.row[col]
	if !ok {
		return "", false
	}
	var v any
	if json.Unmarshal(raw, &v) != nil {
		return "", false
	}
	switch v := v.(type) {
	case string:
		return v, true
	case float64:
		return string(raw), true
	case nil:
		return "", true
	}
	return "", false
}

func (s *jsonlSource) has(col string) bool { _, ok := s.header[col]; return ok }

func (s *jsonlSource) line() int { return s.n }

// fileReader reads one input into two sets of totals, the overall rows
// and the others, so that Read can keep the overall ones when there are.
type fileReader struct {
	t              *Table
	name           string
	src            rowSource
	overall, other map[cell]*Totals
	undated        map[bool]int // rows without a period, by doc == "*"
	hasDoc         bool
	hasPeriod      bool
	hasSum         [report.NumClasses]bool
	level          report.Level
}

func (f *fileReader) read() error {
	f.undated = map[bool]int{}
	err := f.src.start()
	if err == nil {
		err = f.columns()
	}
	if err != nil {
		return fmt.Errorf("%s: %w", f.name, err)
	}
	for first := true; ; first = false {
		err := f.src.next()
		if err == io.EOF {
			if first {
				return fmt.Errorf("%s: no rows (want the output of predict --level actor or dyad, with its header)", f.name)
			}
			return nil
		}
		if err != nil {
			return fmt.Errorf("%s: %w", f.name, err)
		}
		if err := f.row(); err != nil {
			return fmt.Errorf("%s:%d: %w", f.name, f.src.line(), err)
		}
	}
}

// columns checks that the input has what a chart needs and settles its
// level.
func (f *fileReader) columns() error {
	s := f.src
	var need []string
	switch {
	case s.has("actor"):
		f.level = report.ActorLevel
		need = []string{"name"}
	case s.has("speaker") && s.has("target") && s.has("sentences"):
		f.level = report.DyadLevel
		need = []string{"speaker_name", "target_name"}
	case s.has("sentence"):
		return errors.New("sentence-level rows; plot reads the output of predict --level actor or dyad")
	default:
		return errors.New("no actor column, nor speaker and target (want the output of predict --level actor or dyad, with its header)")
	}
	need = append(need, "sentences")
	for c, class := range report.Classes {
		need = append(need, class, "n_"+class)
		f.hasSum[c] = s.has("sum_" + class)
	}
	var missing []string
	for _, col := range need {
		if !s.has(col) {
			missing = append(missing, col)
		}
	}
	if len(missing) > 0 {
		return fmt.Errorf("missing column(s) %s", strings.Join(missing, ", "))
	}
	if f.t.Level == "" {
		f.t.Level = f.level
	} else if f.t.Level != f.level {
		return fmt.Errorf("%s-level rows, but the inputs before are %s level", f.level, f.t.Level)
	}
	f.hasDoc = s.has("doc")
	f.hasPeriod = s.has("period")
	if !f.hasPeriod && f.t.noPeriod == "" {
		f.t.noPeriod = f.name
	}
	return nil
}

// row adds the current row.
func (f *fileReader) row() error {
	s := f.src
	field := func(col string) (string, error) {
		v, ok := s.get(col)
		if !ok {
			return "", fmt.Errorf("no %s field", col)
		}
		return v, nil
	}
	var k Key
	var err error
	if f.level == report.ActorLevel {
		if k.Speaker, err = f.code("actor", "name"); err != nil {
			return err
		}
	} else {
		if k.Speaker, err = f.code("speaker", "speaker_name"); err != nil {
			return err
		}
		if k.Target, err = f.code("target", "target_name"); err != nil {
			return err
		}
	}
	var p Period
	if f.hasPeriod {
		v, err := field("period")
		if err != nil {
			return err
		}
		if p, err = ParsePeriod(v); err != nil {
			return err
		}
		if p.Unit != NoUnit {
			if f.t.Unit == NoUnit {
				f.t.Unit = p.Unit
			} else if f.t.Unit != p.Unit {
				return fmt.Errorf("period %q is a %s, earlier periods are %ss", v, p.Unit, f.t.Unit)
			}
		}
	}
	var tot Totals
	if tot.Sentences, err = f.count("sentences", math.MaxInt32); err != nil {
		return err
	}
	for c, class := range report.Classes {
		if tot.N[c], err = f.count("n_"+class, tot.Sentences); err != nil {
			return err
		}
		// Sums are exact where predict writes them; a mean is rounded
		// to four decimals, so mean × sentences is the fallback.
		if f.hasSum[c] {
			tot.Sum[c], err = f.number("sum_"+class, float64(tot.Sentences))
		} else {
			var mean float64
			mean, err = f.number(class, 1)
			tot.Sum[c] = mean * float64(tot.Sentences)
		}
		if err != nil {
			return err
		}
	}
	doc := ""
	if f.hasDoc {
		if doc, err = field("doc"); err != nil {
			return err
		}
	}
	m := f.other
	if doc == report.Overall {
		m = f.overall
	}
	ck := cell{k, p}
	if m[ck] == nil {
		m[ck] = &Totals{}
	}
	m[ck].add(&tot)
	if f.hasPeriod && p.Unit == NoUnit {
		f.undated[doc == report.Overall]++
	}
	return nil
}

// code reads an actor code and remembers its display name.
func (f *fileReader) code(col, nameCol string) (string, error) {
	code, ok := f.src.get(col)
	if !ok || code == "" {
		return "", fmt.Errorf("empty %s", col)
	}
	if strings.ContainsAny(code, ":+|") {
		return "", fmt.Errorf("%s %q is not one actor code", col, code)
	}
	name, _ := f.src.get(nameCol)
	if f.t.names[code] == "" {
		f.t.names[code] = name
	}
	return code, nil
}

// count reads a whole number in [0, limit].
func (f *fileReader) count(col string, limit int) (int, error) {
	v, ok := f.src.get(col)
	if !ok {
		return 0, fmt.Errorf("no %s field", col)
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < 0 || n > limit {
		return 0, fmt.Errorf("%s %q is not a whole number from 0 to %d", col, v, limit)
	}
	return n, nil
}

// number reads a number in [0, limit], allowing for the rounding of
// four decimals.
func (f *fileReader) number(col string, limit float64) (float64, error) {
	v, ok := f.src.get(col)
	if !ok {
		return 0, fmt.Errorf("no %s field", col)
	}
	x, err := strconv.ParseFloat(v, 64)
	if err != nil || !(x >= 0 && x <= limit+0.0001) {
		return 0, fmt.Errorf("%s %q is not a number from 0 to %g", col, v, limit)
	}
	return x, nil
}

// Name is the display name of an actor code, or the code when the input
// gave none.
func (t *Table) Name(code string) string {
	if n := t.names[code]; n != "" {
		return n
	}
	return code
}

// Sources names the inputs read, for messages.
func (t *Table) Sources() string {
	if len(t.sources) == 0 {
		return "input"
	}
	return strings.Join(t.sources, ", ")
}

// sortedCells returns the table's cells in a fixed order.
func (t *Table) sortedCells() []cell {
	cs := make([]cell, 0, len(t.cells))
	for c := range t.cells {
		cs = append(cs, c)
	}
	sort.Slice(cs, func(i, j int) bool {
		a, b := cs[i], cs[j]
		if a.Speaker != b.Speaker {
			return a.Speaker < b.Speaker
		}
		if a.Target != b.Target {
			return a.Target < b.Target
		}
		return a.Period.Index < b.Period.Index
	})
	return cs
}
