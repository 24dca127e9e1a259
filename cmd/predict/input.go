package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"stance"
	"stance/text"
)

// sources walks the inputs named on the command line and yields one
// stance.Input per article, warning about and skipping those that cannot
// be scored.
type sources struct {
	inputs        []string
	stdin         io.Reader
	jsonl         bool
	failOnBadLine bool
	warn          func(format string, args ...any)
	unread        int // inputs that could not be read, each warned about
	unscored      int // documents left out because scoring them failed, each warned about
	// speaker is --speaker, the code every article gets unless its JSONL
	// line names its own; resolve checks a line's own (actors.Gazetteer.Resolve).
	speaker string
	resolve func(string) (string, error)
}

// errStop ends the walk early without an error of its own.
var errStop = errors.New("stop")

// each calls yield for every article in input order. It returns the first
// error yield returns, or a fatal input error.
func (s *sources) each(yield func(stance.Input) error) error {
	for _, in := range s.inputs {
		var err error
		switch {
		case in == "-":
			err = s.readJSONL(s.stdin, "stdin", yield)
		default:
			err = s.readPath(in, yield)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// cannotRead warns that path could not be read, as cat and grep do, and
// counts it for the exit status.
func (s *sources) cannotRead(path string, err error) {
	s.warn("%s: %v", path, unwrapPath(err))
	s.unread++
}

// failed warns that the document in could not be scored and counts it for
// the exit status.
func (s *sources) failed(in stance.Input, err error) {
	name := in.ID
	if name == "" {
		name = "document"
	}
	s.warn("%s: %v", name, err)
	s.unscored++
}

// errNotFile is the reason given for an input that is neither a file nor a
// directory. Pipes and character devices are read: "<(zcat x.gz)" names
// a pipe.
var errNotFile = errors.New("not a regular file or directory")

func (s *sources) readPath(path string, yield func(stance.Input) error) error {
	info, err := os.Stat(path)
	if err != nil {
		s.cannotRead(path, err)
		return nil
	}
	if mode := info.Mode(); !mode.IsRegular() && !mode.IsDir() && mode&(fs.ModeNamedPipe|fs.ModeCharDevice) == 0 {
		s.cannotRead(path, errNotFile)
		return nil
	}
	if !info.IsDir() {
		return s.readFile(path, yield)
	}
	return filepath.WalkDir(path, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			s.cannotRead(p, err)
			if d != nil && d.IsDir() && p != path {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() || !strings.HasSuffix(d.Name(), ".txt") {
			return nil
		}
		return s.readFile(p, yield)
	})
}

func (s *sources) readFile(path string, yield func(stance.Input) error) error {
	if s.jsonl {
		f, err := os.Open(path)
		if err != nil {
			s.cannotRead(path, err)
			return nil
		}
		defer f.Close()
		return s.readJSONL(f, path, yield)
	}
	b, err := os.ReadFile(path)
	if err != nil {
		s.cannotRead(path, err)
		return nil
	}
	if text.LooksBinary(b) {
		s.warn("%s: binary file, skipped", path)
		return nil
	}
	body, replaced := text.Sanitize(b)
	if replaced {
		s.warn("%s: invalid UTF-8 replaced with U+FFFD", path)
	}
	if strings.TrimSpace(body) == "" {
		s.warn("%s: empty article, skipped", path)
		return nil
	}
	return yield(stance.Input{ID: path, Text: body, Speaker: s.speaker})
}

// jsonArticle is one JSONL input line.
type jsonArticle struct {
	ID      json.RawMessage `json:"id"`
	Text    *string         `json:"text"`
	Date    string          `json:"date"`
	Source  string          `json:"source"`
	URL     string          `json:"url"`
	Speaker string          `json:"speaker"`
}

// readJSONL reads one article per line. A line that does not parse is
// reported as NAME:LINE and skipped, or ends the run with --on-error fail.
func (s *sources) readJSONL(r io.Reader, name string, yield func(stance.Input) error) error {
	br := bufio.NewReaderSize(r, 64<<10)
	warnedUTF8 := false
	var long []byte // a line longer than br's buffer, put together
	for line := 1; ; line++ {
		b, err := readLine(br, &long)
		if len(bytes.TrimSpace(b)) > 0 {
			if !warnedUTF8 && !utf8.Valid(b) {
				s.warn("%s:%d: invalid UTF-8 replaced with U+FFFD (further lines not reported)", name, line)
				warnedUTF8 = true
			}
			in, perr := parseJSONLine(b)
			if perr == nil {
				perr = s.setSpeaker(&in)
			}
			if perr != nil {
				if s.failOnBadLine {
					return fmt.Errorf("%s:%d: %v", name, line, perr)
				}
				s.warn("%s:%d: %v, skipped", name, line, perr)
			} else {
				if in.ID == "" {
					in.ID = fmt.Sprintf("%s:%d", name, line)
				}
				if yerr := yield(in); yerr != nil {
					return yerr
				}
			}
		}
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return fmt.Errorf("%s:%d: %w", name, line, err)
		}
	}
}

// setSpeaker gives an article --speaker, or checks the speaker its line
// names, so that a misspelt one fails like any bad line. The name stays as
// written: stance.Scorer resolves it on the article's date.
func (s *sources) setSpeaker(in *stance.Input) error {
	if in.Speaker == "" {
		in.Speaker = s.speaker
		return nil
	}
	if s.resolve == nil {
		return nil
	}
	if _, err := s.resolve(in.Speaker); err != nil {
		return fmt.Errorf(`"speaker": %v`, err)
	}
	return nil
}

// readLine returns the next line, its newline included, as bufio's
// ReadBytes does but without a copy when the line fits br's buffer; the
// result is valid until the next read. A longer line is put together in
// *long, which is kept for the next one unless it grew past a megabyte.
func readLine(br *bufio.Reader, long *[]byte) ([]byte, error) {
	buf := (*long)[:0]
	for {
		frag, err := br.ReadSlice('\n')
		if err == bufio.ErrBufferFull {
			buf = append(buf, frag...)
			continue
		}
		if len(buf) == 0 {
			return frag, err
		}
		buf = append(buf, frag...)
		if cap(buf) <= 1<<20 {
			*long = buf
		}
		return buf, err
	}
}

func parseJSONLine(b []byte) (stance.Input, error) {
	if in, ok := parseJSONLineFast(b); ok {
		return checkArticle(in)
	}
	var a jsonArticle
	if err := json.Unmarshal(b, &a); err != nil {
		return stance.Input{}, fmt.Errorf("not a JSON object: %v", jsonMessage(err))
	}
	if a.Text == nil {
		return stance.Input{}, errors.New(`no "text" field`)
	}
	in := stance.Input{Text: *a.Text, Date: a.Date, Source: a.Source, URL: a.URL, Speaker: a.Speaker}
	if len(a.ID) > 0 && string(a.ID) != "null" {
		var s string
		if json.Unmarshal(a.ID, &s) == nil {
			in.ID = s
		} else {
			in.ID = string(a.ID) // a number id passes through as written
		}
	}
	return checkArticle(in)
}

// foldKey returns the field name that key matches the way encoding/json
// matches names (without regard to case), or key itself. Lines written by
// programs use the lower-case names, which are compared first.
func foldKey(key string) string {
	switch key {
	case "id", "text", "date", "source", "url", "speaker":
		return key
	}
	for _, name := range [...]string{"id", "text", "date", "source", "url", "speaker"} {
		if strings.EqualFold(key, name) {
			return name
		}
	}
	return key
}

// parseJSONLineFast decodes the common line (string fields, a string or
// number id) without reflection; ok is false when encoding/json must
// decide, including for every error.
func parseJSONLineFast(b []byte) (in stance.Input, ok bool) {
	hasText, simple := false, true
	ok = parseFlat(string(b), func(key, val string, isString bool) {
		var dst *string
		switch key = foldKey(key); {
		case key == "id":
			if val == "null" && !isString {
				simple = false
			}
			in.ID = val
			return
		case key == "text":
			dst, hasText = &in.Text, true
		case key == "date":
			dst = &in.Date
		case key == "source":
			dst = &in.Source
		case key == "url":
			dst = &in.URL
		case key == "speaker":
			dst = &in.Speaker
		default:
			return
		}
		if !isString {
			simple = false // a number or null where a string belongs: let encoding/json say so
		}
		*dst = val
	})
	return in, ok && simple && hasText
}

func checkArticle(in stance.Input) (stance.Input, error) {
	in.Text, _ = text.SanitizeString(in.Text)
	if strings.TrimSpace(in.Text) == "" {
		return stance.Input{}, errors.New("empty article")
	}
	return in, nil
}

// jsonMessage shortens encoding/json's errors to their first line.
func jsonMessage(err error) string {
	msg := err.Error()
	if i := strings.IndexByte(msg, '\n'); i >= 0 {
		msg = msg[:i]
	}
	return msg
}

// unwrapPath drops the path that os errors repeat, since the warning
// already starts with it.
func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
