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
//
// Version 2 added the optional feature groups (verb classes, voice,
// clusters); version 1 files, which have none, still read.
const FormatVersion = 2

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
	Verbs      *lexiconJSON `json:"verbs,omitempty"`    // CAMEO verb classes (features.ParseVerbLexicon)
	Voice      bool         `json:"voice,omitempty"`    // the speaker's-voice features
	Clusters   *clusterJSON `json:"clusters,omitempty"` // word clusters
	Dim        int          `json:"features"`
	Weights    [][]float64  `json:"weights"` // one array per class, one weight per feature
	Training   TrainingInfo `json:"training"`
}

type vocabJSON struct {
	Terms []string  `json:"terms"`
	IDF   []float64 `json:"idf"`
}

// clusterJSON holds the clusters as two parallel arrays, sorted by stem.
type clusterJSON struct {
	K     int      `json:"k"`
	Stems []string `json:"stems"`
	IDs   []int32  `json:"ids"`
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
	g := m.Extractor.Groups
	if g.Verbs != nil {
		p.Verbs = &lexiconJSON{SHA256: g.Verbs.Hash, Text: string(g.Verbs.Source)}
	}
	p.Voice = g.Voice
	if g.Clusters != nil {
		p.Clusters = &clusterJSON{K: g.Clusters.K, Stems: g.Clusters.Stems, IDs: g.Clusters.IDs}
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
	g := features.Groups{Voice: p.Voice}
	if p.Verbs != nil {
		if g.Verbs, err = features.ParseVerbLexicon(strings.NewReader(p.Verbs.Text), "model verb classes"); err != nil {
			return nil, err
		}
		if g.Verbs.Hash != p.Verbs.SHA256 {
			return nil, errors.New("model verb classes do not match their recorded sha256")
		}
	}
	if p.Clusters != nil {
		if g.Clusters, err = features.NewClusters(p.Clusters.K, p.Clusters.Stems, p.Clusters.IDs); err != nil {
			return nil, fmt.Errorf("model %w", err)
		}
	}
	ex := features.NewExtractorGroups(features.NewVocabulary(p.Vocabulary.Terms, p.Vocabulary.IDF), lex, g)
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
