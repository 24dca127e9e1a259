package text

import (
	"strings"
	"unicode/utf8"

	"stance/internal/ascii"
)

// Sanitize makes raw file bytes safe for [Parse]: each invalid UTF-8 byte
// becomes U+FFFD, and NUL and the other C0 control characters become spaces,
// because scraped files carry stray control bytes that would otherwise glue
// words together or upset terminals. Tabs and line feeds are kept, and a
// carriage return is kept too because it ends a line ("\r\n" and "\r"
// files are common) and Parse normalises it. replaced reports whether any
// invalid UTF-8 was found, so that the caller can warn about the encoding.
func Sanitize(b []byte) (s string, replaced bool) {
	return SanitizeString(string(b))
}

// SanitizeString is [Sanitize] for text already held in a string, such as
// a JSONL field; clean text, the common case, is returned without a copy.
func SanitizeString(s string) (string, bool) {
	if clean(s) {
		return s, false
	}
	var sb strings.Builder
	sb.Grow(len(s) + len(s)/8)
	replaced := false
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c < 0x20 && c != '\n' && c != '\t' && c != '\r' {
				c = ' '
			}
			sb.WriteByte(c)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 {
			sb.WriteRune(utf8.RuneError)
			replaced = true
		} else {
			sb.WriteString(s[i : i+n])
		}
		i += n
	}
	return sb.String(), replaced
}

// clean reports whether s is valid UTF-8 without control characters to
// fold. Plain ASCII, most of any text, is checked eight bytes at a time.
func clean(s string) bool {
	isASCII := true
	for i := 0; i < len(s); {
		if i+8 <= len(s) {
			if ascii.Text(ascii.Load64(s, i)) {
				i += 8
				continue
			}
		}
		c := s[i]
		if c < 0x20 && c != '\n' && c != '\t' && c != '\r' {
			return false
		}
		isASCII = isASCII && c < utf8.RuneSelf
		i++
	}
	return isASCII || utf8.ValidString(s)
}

// binarySample is how many leading bytes LooksBinary inspects, as git does.
const binarySample = 8000

// LooksBinary reports whether the first bytes of a file look like a binary
// file rather than text: any NUL byte, or more than one byte in ten being a
// control character other than white space. High bytes do not count, because
// a Latin-1 text file is still text that Sanitize can rescue. UTF-16 files
// have NUL bytes and are reported as binary: convert them to UTF-8 first.
func LooksBinary(b []byte) bool {
	if len(b) > binarySample {
		b = b[:binarySample]
	}
	if len(b) == 0 {
		return false
	}
	controls := 0
	for _, c := range b {
		switch {
		case c == 0:
			return true
		case c < 0x20 && c != '\n' && c != '\t' && c != '\r' && c != '\f' && c != '\v', c == 0x7F:
			controls++
		}
	}
	return controls*10 > len(b)
}
