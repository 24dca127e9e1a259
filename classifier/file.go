package classifier

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"stance/datasets"
	"stance/features"
)

// FormatVersion is the model-file format this package writes and the
// newest it reads.
const FormatVersion = 1

// magic starts every model file.
const magic = "stance-model"

// The model file is UTF-8 text in three parts:
//
//	stance-model 1                      magic and format version
//	sha256 <64 hex digits>              checksum of everything after this line
//	{ ...JSON payload... }              see payload
//
// The checksum catches truncated and corrupted files before any number is
// trusted. JSON keeps the file readable with ordinary tools (jq), and Go's
// shortest round-trip float formatting makes the bytes deterministic.
type payload struct {
	Classes    []string     `json:"classes"`
	Thresholds []float64    `json:"thresholds"`
	Vocabulary vocabJSON    `json:"vocabulary"`
	Lexicon    lexiconJSON  `json:"lexicon"`
	Dim        int          `json:"features"`
	Weights    [][]float64  `json:"weights"` // one array per class, one weight per feature
	Training   TrainingInfo `json:"training"`
}

type vocabJSON struct {
	Terms []string  `json:"terms"`
	IDF   []float64 `json:"idf"`
}

type lexiconJSON struct {
	SHA256 string `json:"sha256"`
	Text   string `json:"text"`
}

// ErrChecksum is returned when a model file's content does not match its checksum.
var ErrChecksum = errors.New("checksum mismatch: the model file is truncated or corrupt")

// Write writes m in the model-file format.
func (m *Model) Write(w io.Writer) error {
	const k = datasets.NumClasses
	dim := m.Extractor.Dim()
	p := payload{
		Classes:    datasets.Classes[:],
		Thresholds: m.Thresholds[:],
		Vocabulary: vocabJSON{Terms: m.Extractor.Vocab.Terms, IDF: m.Extractor.Vocab.IDF},
		Lexicon:    lexiconJSON{SHA256: m.Extractor.Lexicon.Hash, Text: string(m.Extractor.Lexicon.Source)},
		Dim:        dim,
		Weights:    make([][]float64, k),
		Training:   m.Info,
	}
	for c := range p.Weights {
		p.Weights[c] = make([]float64, dim)
		for i := range dim {
			p.Weights[c][i] = m.Weights[i*k+c]
		}
	}
	body, err := json.Marshal(p)
	if err != nil {
		return fmt.Errorf("encode model: %w", err)
	}
	body = append(body, '\n')
	sum := sha256.Sum256(body)
	if _, err := fmt.Fprintf(w, "%s %d\nsha256 %s\n", magic, FormatVersion, hex.EncodeToString(sum[:])); err != nil {
		return err
	}
	_, err = w.Write(body)
	return err
}

// Read reads a model file. It refuses a file from a newer format version,
// a file whose checksum fails, and a payload that does not fit together.
func Read(r io.Reader) (*Model, error) {
	br := bufio.NewReader(r)
	head, err := br.ReadString('\n')
	if err != nil {
		return nil, errors.New("not a stance model file (empty or no header line)")
	}
	name, ver, ok := strings.Cut(strings.TrimSpace(head), " ")
	if !ok || name != magic {
		return nil, errors.New("not a stance model file (first line should be \"stance-model VERSION\")")
	}
	v, err := strconv.Atoi(ver)
	if err != nil || v < 1 {
		return nil, fmt.Errorf("bad format version %q", ver)
	}
	if v > FormatVersion {
		return nil, fmt.Errorf("model format version %d is newer than this stance reads (%d): upgrade stance or retrain the model", v, FormatVersion)
	}
	sumLine, err := br.ReadString('\n')
	want, ok := strings.CutPrefix(strings.TrimSpace(sumLine), "sha256 ")
	if err != nil || !ok || len(want) != 64 {
		return nil, errors.New("model file has no checksum line: it is truncated or corrupt")
	}
	body, err := io.ReadAll(br)
	if err != nil {
		return nil, err
	}
	sum := sha256.Sum256(body)
	if hex.EncodeToString(sum[:]) != want {
		return nil, ErrChecksum
	}
	var p payload
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&p); err != nil {
		return nil, fmt.Errorf("model payload: %w", err)
	}
	return p.model()
}

// model checks that the payload's parts fit together and builds the Model.
func (p *payload) model() (*Model, error) {
	const k = datasets.NumClasses
	if strings.Join(p.Classes, ",") != strings.Join(datasets.Classes[:], ",") {
		return nil, fmt.Errorf("model classes %v, want %v", p.Classes, datasets.Classes)
	}
	if len(p.Thresholds) != k || len(p.Weights) != k {
		return nil, fmt.Errorf("model has %d thresholds and %d weight vectors, want %d each", len(p.Thresholds), len(p.Weights), k)
	}
	if len(p.Vocabulary.Terms) != len(p.Vocabulary.IDF) {
		return nil, fmt.Errorf("model vocabulary has %d terms but %d IDF weights", len(p.Vocabulary.Terms), len(p.Vocabulary.IDF))
	}
	lex, err := features.ParseLexicon(strings.NewReader(p.Lexicon.Text), "model lexicon")
	if err != nil {
		return nil, err
	}
	if lex.Hash != p.Lexicon.SHA256 {
		return nil, errors.New("model lexicon does not match its recorded sha256")
	}
	ex := features.NewExtractor(features.NewVocabulary(p.Vocabulary.Terms, p.Vocabulary.IDF), lex)
	dim := ex.Dim()
	if p.Dim != dim {
		return nil, fmt.Errorf("model records %d features but its vocabulary and lexicon make %d", p.Dim, dim)
	}
	m := &Model{Extractor: ex, Weights: make([]float64, dim*k), Info: p.Training}
	for c := range k {
		if len(p.Weights[c]) != dim {
			return nil, fmt.Errorf("model class %s has %d weights, want %d", datasets.Classes[c], len(p.Weights[c]), dim)
		}
		for i, w := range p.Weights[c] {
			m.Weights[i*k+c] = w
		}
		m.Thresholds[c] = p.Thresholds[c]
	}
	return m, nil
}
