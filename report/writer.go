// Package report turns scored sentences into the rows stance prints: one
// per sentence, per actor or per speaker->target pair (dyad), and writes
// them as CSV, JSONL or an aligned table.
//
// Rows stream: sentence rows are written as they come, actor and dyad
// totals are kept per document and across documents (or per period of the
// documents' dates) with constant memory per actor and period, and no
// sentence text is held after its row is written. Totals carry their sums
// as well as their means, so that runs over shards of the input merge.
package report

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"unicode"
	"unicode/utf8"

	"stance/internal/ascii"
)

// Format is an output format.
type Format string

// The formats.
const (
	CSV   Format = "csv"
	JSONL Format = "jsonl"
	Table Format = "table"
)

// ParseFormat checks a --format value.
func ParseFormat(s string) (Format, error) {
	switch f := Format(s); f {
	case CSV, JSONL, Table:
		return f, nil
	}
	return "", fmt.Errorf("unknown format %q (want table, csv or jsonl)", s)
}

// Column describes one output column.
type Column struct {
	Name    string
	Numeric bool // written as a JSON number in JSONL
	Key     bool // says which row this is: a fitted table always shows it
}

// Writer writes rows of strings under a fixed set of columns.
type Writer interface {
	Write(row []string) error
	Flush() error
}

// NewWriter returns a writer for the format. header controls whether CSV
// and table output start with a header line (JSONL names every field).
func NewWriter(w io.Writer, f Format, cols []Column, header bool) (Writer, error) {
	switch f {
	case CSV:
		cw := &csvWriter{w: bufio.NewWriterSize(w, 64<<10)}
		if header {
			if err := cw.Write(names(cols)); err != nil {
				return nil, err
			}
		}
		return cw, nil
	case JSONL:
		return &jsonlWriter{w: bufio.NewWriterSize(w, 64<<10), cols: cols}, nil
	case Table:
		return &tableWriter{w: w, cols: cols, header: header}, nil
	}
	return nil, fmt.Errorf("unknown format %q", f)
}

func names(cols []Column) []string {
	out := make([]string, len(cols))
	for i, c := range cols {
		out[i] = c.Name
	}
	return out
}

// csvWriter writes RFC 4180 CSV that is safe to open in a spreadsheet:
// the bytes encoding/csv writes for the SpreadsheetSafe cells (a test
// compares the two), built a row at a time in one buffer. One sentence row
// has a dozen cells, and encoding/csv's per-cell work cost more than
// scoring a sentence's features.
type csvWriter struct {
	w   *bufio.Writer
	buf []byte
}

func (c *csvWriter) Write(row []string) error {
	b := c.buf[:0]
	for i, v := range row {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendCSVCell(b, v)
	}
	b = append(b, '\n')
	c.buf = b
	_, err := c.w.Write(b)
	return err
}

func (c *csvWriter) Flush() error { return c.w.Flush() }

// appendCSVCell appends SpreadsheetSafe(v), quoted when encoding/csv
// quotes a field: when it holds a comma, a quote or a line break, starts
// with white space or is `\.`. Inside quotes a quote is doubled.
func appendCSVCell(b []byte, v string) []byte {
	formula := isFormula(v)
	quote := v == `\.` && !formula || hasCSVSpecial(v)
	if !quote && !formula && v != "" {
		r, _ := utf8.DecodeRuneInString(v)
		quote = unicode.IsSpace(r)
	}
	if quote {
		b = append(b, '"')
	}
	if formula {
		b = append(b, '\'')
	}
	if !quote {
		return append(b, v...)
	}
	for {
		i := strings.IndexByte(v, '"')
		if i < 0 {
			break
		}
		b = append(b, v[:i+1]...)
		b = append(b, '"')
		v = v[i+1:]
	}
	b = append(b, v...)
	return append(b, '"')
}

// hasCSVSpecial reports whether v holds a comma, a quote, a carriage
// return or a line feed, eight bytes at a time.
func hasCSVSpecial(v string) bool {
	i := 0
	for ; i+8 <= len(v); i += 8 {
		x := ascii.Load64(v, i)
		if ascii.Equal(x, ',')|ascii.Equal(x, '"')|ascii.Equal(x, '\r')|ascii.Equal(x, '\n') != 0 {
			return true
		}
	}
	for ; i < len(v); i++ {
		switch v[i] {
		case ',', '"', '\r', '\n':
			return true
		}
	}
	return false
}

// SpreadsheetSafe neutralises a cell that a spreadsheet would run as a
// formula: one that begins with =, +, - or @ (or a tab or carriage return
// before one) gets a leading apostrophe, which spreadsheets hide and treat
// as "this is text". Scores are never negative, so numbers are untouched.
func SpreadsheetSafe(v string) string {
	if isFormula(v) {
		return "'" + v
	}
	return v
}

// isFormula reports whether a spreadsheet would run cell v as a formula.
func isFormula(v string) bool {
	if v == "" {
		return false
	}
	switch v[0] {
	case '=', '+', '-', '@', '\t', '\r':
		return true
	}
	return false
}

type jsonlWriter struct {
	w    *bufio.Writer
	cols []Column
	buf  []byte
}

func (j *jsonlWriter) Write(row []string) error {
	b := append(j.buf[:0], '{')
	for i, v := range row {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendJSONString(b, j.cols[i].Name)
		b = append(b, ':')
		if j.cols[i].Numeric && v != "" {
			b = append(b, v...)
		} else {
			b = appendJSONString(b, v)
		}
	}
	b = append(b, '}', '\n')
	j.buf = b
	_, err := j.w.Write(b)
	return err
}

func (j *jsonlWriter) Flush() error { return j.w.Flush() }

// appendJSONString appends s as a JSON string. The common case (printable
// ASCII, nothing to escape) skips encoding/json's reflection.
func appendJSONString(b []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c == '"' || c == '\\' || c >= utf8.RuneSelf {
			enc, _ := json.Marshal(s)
			return append(b, enc...)
		}
	}
	b = append(b, '"')
	b = append(b, s...)
	return append(b, '"')
}

// tableWriter buffers every row to align the columns; it is meant for a
// terminal, where output is small.
type tableWriter struct {
	w      io.Writer
	cols   []Column
	header bool
	width  int // fit to this many characters (0: every column)
	rows   [][]string
}

// maxCell keeps one long sentence from pushing every column off screen.
const maxCell = 60

func (t *tableWriter) Write(row []string) error {
	cp := make([]string, len(row))
	for i, v := range row {
		v = strings.Join(strings.Fields(v), " ")
		if i == 0 && t.width > 0 && t.cols[0].Name == "doc" {
			v = filepath.Base(v) // a path repeated on every row takes the width the scores need
		}
		cp[i] = truncate(v, maxCell)
	}
	t.rows = append(t.rows, cp)
	return nil
}

// truncate shortens v to n characters, the last one an ellipsis.
func truncate(v string, n int) string {
	if utf8.RuneCountInString(v) > n {
		v = string([]rune(v)[:n-1]) + "…"
	}
	return v
}

// Flush prints the buffered rows aligned. Columns that are empty in every
// row (date, source and url, say, for plain files) are left out: a
// terminal has no width to spare. With a width, so are the columns that
// do not fit (see fitColumns).
func (t *tableWriter) Flush() error {
	width := make([]int, len(t.cols))
	if t.header {
		for i, c := range t.cols {
			width[i] = utf8.RuneCountInString(c.Name)
		}
	}
	used := make([]bool, len(t.cols))
	for _, r := range t.rows {
		for i, v := range r {
			used[i] = used[i] || v != ""
			width[i] = max(width[i], utf8.RuneCountInString(v))
		}
	}
	for i := range width {
		if !used[i] {
			width[i] = -1
		}
	}
	if t.width > 0 {
		width = fitColumns(t.cols, width, t.width)
	}
	all := t.rows
	if t.header {
		all = append([][]string{names(t.cols)}, all...)
	}
	bw := bufio.NewWriter(t.w)
	var line strings.Builder
	for _, r := range all {
		line.Reset()
		first := true
		for i, v := range r {
			if width[i] < 0 {
				continue
			}
			v = truncate(v, width[i])
			pad := strings.Repeat(" ", width[i]-utf8.RuneCountInString(v))
			if !first {
				line.WriteString("  ")
			}
			first = false
			if t.cols[i].Numeric {
				line.WriteString(pad + v)
			} else {
				line.WriteString(v + pad)
			}
		}
		bw.WriteString(strings.TrimRight(line.String(), " "))
		bw.WriteByte('\n')
	}
	t.rows = nil
	return bw.Flush()
}

// tablePriority lists the table's columns other than the keys in the
// order they earn a place on a narrow terminal; a group is kept whole or
// not at all. The scores come first, then whom they are about, the
// evidence (the sentence, narrowed to fit) and how much of it there is,
// then the rest.
var tablePriority = [][]string{
	{"accusation", "reassurance", "threat"},
	{"target"},
	{"text"},
	{"label"},
	{"sentences"},
	{"name"},
	{"speaker_name", "target_name"},
	{"n_accusation", "n_reassurance", "n_threat"},
	{"max_accusation", "max_reassurance", "max_threat"},
	{"date"},
	{"sum_accusation", "sum_reassurance", "sum_threat"},
	{"source"},
	{"url"},
	{"explain"},
}

// minText is the narrowest the text column is squeezed to rather than
// dropped.
const minText = 20

// fitColumns chooses the columns of a table that fit in total characters,
// given each column's width (-1 for a column already left out), with two
// spaces between columns. The key columns are kept even when they alone
// overflow; then the groups of tablePriority are taken in order while
// they fit, skipping those that do not (a narrower one further down may).
// The text column is narrowed to what is left rather than dropped, if at
// least minText. It returns the widths to print, -1 for the columns left
// out.
func fitColumns(cols []Column, width []int, total int) []int {
	out := make([]int, len(width))
	index := map[string]int{}
	left := total + 2 // the first column has no separator before it
	for i, c := range cols {
		out[i] = -1
		if c.Key {
			if width[i] >= 0 {
				out[i] = width[i]
				left -= width[i] + 2
			}
		} else {
			index[c.Name] = i
		}
	}
	for _, group := range tablePriority {
		need := 0
		var members []int
		for _, name := range group {
			if i, ok := index[name]; ok && width[i] >= 0 {
				members = append(members, i)
				need += width[i] + 2
			}
		}
		if len(members) == 0 {
			continue
		}
		if need > left {
			if group[0] != "text" || left-2 < minText {
				continue
			}
			out[members[0]] = left - 2
			left = 0
			continue
		}
		for _, i := range members {
			out[i] = width[i]
		}
		left -= need
	}
	// Columns tablePriority does not name are extra; keep them if room.
	for i := range cols {
		if !cols[i].Key && !priorityOf[cols[i].Name] && width[i] >= 0 && width[i]+2 <= left {
			out[i] = width[i]
			left -= width[i] + 2
		}
	}
	return out
}

// priorityOf is the set of column names tablePriority places.
var priorityOf = func() map[string]bool {
	m := map[string]bool{}
	for _, g := range tablePriority {
		for _, n := range g {
			m[n] = true
		}
	}
	return m
}()
