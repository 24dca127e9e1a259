// Package report turns scored sentences into the rows stance prints: one
// per sentence, per actor or per speaker->target pair (dyad), and writes
// them as CSV, JSONL or an aligned table.
//
// Rows stream: sentence rows are written as they come, actor and dyad
// totals are kept per document and across documents with constant memory
// per actor, and no sentence text is held after its row is written.
package report

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
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
	rows   [][]string
}

// maxCell keeps one long sentence from pushing every column off screen.
const maxCell = 60

func (t *tableWriter) Write(row []string) error {
	cp := make([]string, len(row))
	for i, v := range row {
		v = strings.Join(strings.Fields(v), " ")
		if utf8.RuneCountInString(v) > maxCell {
			v = string([]rune(v)[:maxCell-1]) + "…"
		}
		cp[i] = v
	}
	t.rows = append(t.rows, cp)
	return nil
}

// Flush prints the buffered rows aligned. Columns that are empty in every
// row (date, source and url, say, for plain files) are left out: a
// terminal has no width to spare.
func (t *tableWriter) Flush() error {
	used := make([]bool, len(t.cols))
	for _, r := range t.rows {
		for i, v := range r {
			used[i] = used[i] || v != ""
		}
	}
	var cols []Column
	var rows [][]string
	keep := func(r []string) []string {
		var out []string
		for i, v := range r {
			if used[i] {
				out = append(out, v)
			}
		}
		return out
	}
	for i, c := range t.cols {
		if used[i] {
			cols = append(cols, c)
		}
	}
	for _, r := range t.rows {
		rows = append(rows, keep(r))
	}
	all := rows
	if t.header {
		all = append([][]string{names(cols)}, all...)
	}
	width := make([]int, len(cols))
	for _, r := range all {
		for i, v := range r {
			width[i] = max(width[i], utf8.RuneCountInString(v))
		}
	}
	bw := bufio.NewWriter(t.w)
	var line strings.Builder
	for _, r := range all {
		line.Reset()
		for i, v := range r {
			pad := strings.Repeat(" ", width[i]-utf8.RuneCountInString(v))
			if i > 0 {
				line.WriteString("  ")
			}
			if cols[i].Numeric {
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
