package features

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// Clusters assign word stems to clusters learned from unlabelled text
// (see package features/cluster), so that a word the labelled corpus never
// showed still fires the feature of the words it is used like: an unseen
// "denounce" near "condemn" helps as "condemn" does.
type Clusters struct {
	K     int      // number of clusters; ids are 0..K-1
	Stems []string // sorted
	IDs   []int32  // IDs[i] is the cluster of Stems[i]

	byStem map[string]int32
}

// NewClusters checks and indexes a stem→cluster assignment.
func NewClusters(k int, stems []string, ids []int32) (*Clusters, error) {
	if k < 1 {
		return nil, fmt.Errorf("clusters: k = %d, want at least 1", k)
	}
	if len(stems) != len(ids) {
		return nil, fmt.Errorf("clusters: %d stems but %d ids", len(stems), len(ids))
	}
	c := &Clusters{K: k, Stems: stems, IDs: ids, byStem: make(map[string]int32, len(stems))}
	for i, s := range stems {
		if ids[i] < 0 || int(ids[i]) >= k {
			return nil, fmt.Errorf("clusters: stem %q has cluster %d, want 0..%d", s, ids[i], k-1)
		}
		if i > 0 && stems[i-1] >= s {
			return nil, fmt.Errorf("clusters: stems not sorted or repeated at %q", s)
		}
		c.byStem[s] = ids[i]
	}
	return c, nil
}

// Of returns the cluster of a stem, or -1.
func (c *Clusters) Of(stem string) int32 {
	if id, ok := c.byStem[stem]; ok {
		return id
	}
	return -1
}

// clustersMagic heads a clusters file.
const clustersMagic = "stance-clusters 1"

// Write writes the clusters file: a line "stance-clusters 1", a line
// "k N", then one "stem<TAB>id" line per stem, sorted by stem.
func (c *Clusters) Write(w io.Writer) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "%s\nk %d\n", clustersMagic, c.K)
	for i, s := range c.Stems {
		bw.WriteString(s)
		bw.WriteByte('\t')
		bw.WriteString(strconv.Itoa(int(c.IDs[i])))
		bw.WriteByte('\n')
	}
	return bw.Flush()
}

// ReadClusters reads a clusters file written by Write. Errors name the
// file and line.
func ReadClusters(r io.Reader, name string) (*Clusters, error) {
	sc := bufio.NewScanner(r)
	line := 0
	next := func() (string, bool) {
		line++
		if !sc.Scan() {
			return "", false
		}
		return sc.Text(), true
	}
	if h, ok := next(); !ok || h != clustersMagic {
		return nil, fmt.Errorf("%s:1: not a clusters file (want %q)", name, clustersMagic)
	}
	h, _ := next()
	k, err := strconv.Atoi(strings.TrimPrefix(h, "k "))
	if err != nil || !strings.HasPrefix(h, "k ") {
		return nil, fmt.Errorf("%s:2: want \"k N\", got %q", name, h)
	}
	var stems []string
	var ids []int32
	for {
		t, ok := next()
		if !ok {
			break
		}
		s, id, ok := strings.Cut(t, "\t")
		n, err := strconv.Atoi(id)
		if !ok || err != nil || s == "" {
			return nil, fmt.Errorf("%s:%d: want \"stem<TAB>cluster\", got %q", name, line, t)
		}
		stems = append(stems, s)
		ids = append(ids, int32(n))
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s:%d: %w", name, line, err)
	}
	c, err := NewClusters(k, stems, ids)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return c, nil
}
