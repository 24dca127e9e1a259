package text

import (
	"bytes"
	"testing"
)

func TestSanitize(t *testing.T) {
	tests := []struct {
		name     string
		in       []byte
		want     string
		replaced bool
	}{
		{"empty", nil, "", false},
		{"clean text", []byte("Talks “resumed” in Doha.\n"), "Talks “resumed” in Doha.\n", false},
		{"tabs and line ends kept", []byte("a\tb\r\nc\rd\n"), "a\tb\r\nc\rd\n", false},
		{"NUL folded", []byte("a\x00b"), "a b", false},
		{"other controls folded", []byte("a\x01\x08\x1bb\x0c"), "a   b ", false},
		{"invalid byte", []byte("caf\xe9 au lait"), "caf\uFFFD au lait", true},
		{"truncated rune", []byte("end \xe2\x80"), "end \uFFFD\uFFFD", true},
		{"invalid and control", []byte("\xff\x00ok"), "\uFFFD ok", true},
		{"encoded surrogate", []byte("\xed\xa0\x80"), "\uFFFD\uFFFD\uFFFD", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, replaced := Sanitize(tt.in)
			if got != tt.want || replaced != tt.replaced {
				t.Errorf("Sanitize(%q) = %q, %v; want %q, %v", tt.in, got, replaced, tt.want, tt.replaced)
			}
			got, replaced = SanitizeString(string(tt.in))
			if got != tt.want || replaced != tt.replaced {
				t.Errorf("SanitizeString(%q) = %q, %v; want %q, %v", tt.in, got, replaced, tt.want, tt.replaced)
			}
		})
	}
}

func TestLooksBinary(t *testing.T) {
	png := []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
	tests := []struct {
		name string
		in   []byte
		want bool
	}{
		{"empty", nil, false},
		{"article", []byte("Talks resume in Doha\n\nBy Jane Doe\nThe talks resumed.\n"), false},
		{"latin-1 text", []byte("Caf\xe9 talks in K\xf6ln ended.\n"), false},
		{"crlf and form feed", []byte("Page one\r\n\fPage two\r\n"), false},
		{"png header", png, true},
		{"utf-16", []byte("T\x00a\x00l\x00k\x00s\x00"), true},
		{"NUL late in sample", append(bytes.Repeat([]byte("a"), 7000), 0), true},
		{"NUL beyond sample", append(bytes.Repeat([]byte("a"), 9000), 0), false},
		{"many controls", bytes.Repeat([]byte("ab\x01\x02\x03"), 100), true},
		{"few controls", append(bytes.Repeat([]byte("abcdefghijklmnopqrstuvwxyz"), 10), 0x1b), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := LooksBinary(tt.in); got != tt.want {
				t.Errorf("LooksBinary(%q...) = %v, want %v", tt.in[:min(len(tt.in), 20)], got, tt.want)
			}
		})
	}
}
