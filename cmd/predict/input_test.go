package main

import (
	"bufio"
	"io"
	"strings"
	"testing"
)

// TestReadLine checks the copy-free line reader against what
// bufio.Reader.ReadBytes returns, for lines shorter and longer than the
// reader's buffer, with and without a final newline.
func TestReadLine(t *testing.T) {
	long := strings.Repeat("word ", 40) // longer than the 16-byte buffer below
	tests := []struct {
		name string
		in   string
	}{
		{"empty", ""},
		{"short lines", "a\nbb\n\nccc\n"},
		{"no final newline", "a\nlast"},
		{"long lines", long + "\n" + "x\n" + long + long + "\n" + long},
		{"long then short", long + "\nend\n"},
		{"buffer-sized", strings.Repeat("y", 15) + "\n" + strings.Repeat("z", 16) + "\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			want := bufio.NewReaderSize(strings.NewReader(tt.in), 16)
			got := bufio.NewReaderSize(strings.NewReader(tt.in), 16)
			var buf []byte
			for n := 1; ; n++ {
				w, werr := want.ReadBytes('\n')
				g, gerr := readLine(got, &buf)
				if string(g) != string(w) || gerr != werr {
					t.Fatalf("line %d: readLine = %q, %v; ReadBytes = %q, %v", n, g, gerr, w, werr)
				}
				if werr == io.EOF {
					return
				}
			}
		})
	}
}
