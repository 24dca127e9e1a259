package main

import (
	"strconv"
	"unicode/utf16"
	"unicode/utf8"

	"stance/internal/ascii"
)

// parseFlat decodes a JSON object whose values are all strings, numbers,
// booleans or null (which is what an article line is) into fields, without
// encoding/json's reflection: on short lines that cost more than scoring.
// It reports ok=false for anything else (nested values, bad syntax, invalid
// UTF-8 inside strings), and the caller falls back to encoding/json, which
// also gives the error message. Number and literal values are returned as
// written. Values without escapes are substrings of b, so a line costs one
// allocation: the string that holds it.
func parseFlat(b string, fields func(key, val string, isString bool)) (ok bool) {
	i := skipSpace(b, 0)
	if i >= len(b) || b[i] != '{' {
		return false
	}
	i = skipSpace(b, i+1)
	if i < len(b) && b[i] == '}' {
		return skipSpace(b, i+1) == len(b)
	}
	for {
		key, j, ok := parseString(b, i)
		if !ok {
			return false
		}
		i = skipSpace(b, j)
		if i >= len(b) || b[i] != ':' {
			return false
		}
		i = skipSpace(b, i+1)
		if i >= len(b) {
			return false
		}
		if b[i] == '"' {
			val, j, ok := parseString(b, i)
			if !ok {
				return false
			}
			fields(key, val, true)
			i = j
		} else {
			j := i
			for j < len(b) && b[j] != ',' && b[j] != '}' && b[j] != ' ' && b[j] != '\t' && b[j] != '\r' && b[j] != '\n' {
				j++
			}
			lit := b[i:j]
			switch lit {
			case "null", "true", "false":
			default:
				if _, err := strconv.ParseFloat(lit, 64); err != nil || !jsonNumber(lit) {
					return false
				}
			}
			fields(key, lit, false)
			i = j
		}
		i = skipSpace(b, i)
		if i >= len(b) {
			return false
		}
		if b[i] == '}' {
			return skipSpace(b, i+1) == len(b)
		}
		if b[i] != ',' {
			return false
		}
		i = skipSpace(b, i+1)
	}
}

func skipSpace(b string, i int) int {
	for i < len(b) && (b[i] == ' ' || b[i] == '\t' || b[i] == '\r' || b[i] == '\n') {
		i++
	}
	return i
}

// jsonNumber checks JSON's number grammar, which is stricter than
// strconv's (no leading "+", no "0x", no "Inf", no leading zeros).
func jsonNumber(s string) bool {
	i := 0
	if i < len(s) && s[i] == '-' {
		i++
	}
	if i >= len(s) {
		return false
	}
	if s[i] == '0' {
		i++
	} else if s[i] >= '1' && s[i] <= '9' {
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			i++
		}
	} else {
		return false
	}
	if i < len(s) && s[i] == '.' {
		i++
		if i >= len(s) || s[i] < '0' || s[i] > '9' {
			return false
		}
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			i++
		}
	}
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		i++
		if i < len(s) && (s[i] == '+' || s[i] == '-') {
			i++
		}
		if i >= len(s) || s[i] < '0' || s[i] > '9' {
			return false
		}
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			i++
		}
	}
	return i == len(s)
}

// parseString decodes the JSON string starting at b[i] (a quote) and
// returns it with the index after its closing quote.
func parseString(b string, i int) (string, int, bool) {
	if i >= len(b) || b[i] != '"' {
		return "", 0, false
	}
	i++
	start := i
	for i+8 <= len(b) && !special8(ascii.Load64(b, i)) {
		i += 8 // plain ASCII, eight bytes at a time
	}
	plain := true // ASCII so far
	for i < len(b) && b[i] != '"' && b[i] != '\\' && b[i] >= 0x20 {
		plain = plain && b[i] < utf8.RuneSelf
		i++
	}
	if i < len(b) && b[i] == '"' {
		// The common case: nothing to decode. Invalid UTF-8 is left to
		// encoding/json, which replaces it as it documents.
		if !plain && !utf8.ValidString(b[start:i]) {
			return "", 0, false
		}
		return b[start:i], i + 1, true
	}
	out := make([]byte, 0, len(b)-start)
	out = append(out, b[start:i]...)
	for i < len(b) {
		c := b[i]
		switch {
		case c == '"':
			return string(out), i + 1, true
		case c < 0x20:
			return "", 0, false
		case c == '\\':
			if i+1 >= len(b) {
				return "", 0, false
			}
			i++
			switch b[i] {
			case '"', '\\', '/':
				out = append(out, b[i])
			case 'b':
				out = append(out, '\b')
			case 'f':
				out = append(out, '\f')
			case 'n':
				out = append(out, '\n')
			case 'r':
				out = append(out, '\r')
			case 't':
				out = append(out, '\t')
			case 'u':
				r, n, ok := hex4(b, i+1)
				if !ok {
					return "", 0, false
				}
				i += n
				if utf16.IsSurrogate(r) {
					r2, n2, ok2 := rune(0), 0, false
					if i+2 < len(b) && b[i+1] == '\\' && b[i+2] == 'u' {
						r2, n2, ok2 = hex4(b, i+3)
					}
					if dec := utf16.DecodeRune(r, r2); ok2 && dec != utf8.RuneError {
						r = dec
						i += 2 + n2
					} else {
						r = utf8.RuneError
					}
				}
				out = utf8.AppendRune(out, r)
			default:
				return "", 0, false
			}
			i++
		case c >= utf8.RuneSelf:
			r, size := utf8.DecodeRuneInString(b[i:])
			if r == utf8.RuneError && size == 1 {
				return "", 0, false // let encoding/json replace it, as it documents
			}
			out = append(out, b[i:i+size]...)
			i += size
		default:
			out = append(out, c)
			i++
		}
	}
	return "", 0, false
}

// special8 reports whether any of the eight bytes packed in x is a quote,
// a backslash, a control character or not ASCII: one that the plain
// string scan must stop at.
func special8(x uint64) bool {
	return !ascii.Text(x) || ascii.Equal(x, '"')|ascii.Equal(x, '\\') != 0
}

// hex4 reads the four hex digits of a \u escape at b[i:].
func hex4(b string, i int) (rune, int, bool) {
	if i+4 > len(b) {
		return 0, 0, false
	}
	var r rune
	for _, c := range []byte(b[i : i+4]) {
		switch {
		case '0' <= c && c <= '9':
			c -= '0'
		case 'a' <= c && c <= 'f':
			c -= 'a' - 10
		case 'A' <= c && c <= 'F':
			c -= 'A' - 10
		default:
			return 0, 0, false
		}
		r = r<<4 | rune(c)
	}
	return r, 4, true
}
