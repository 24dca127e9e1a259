// Package cluster learns word clusters from unlabelled text, for the
// cluster features of package features: a positive-PMI co-occurrence
// matrix of the most frequent stems (window ±5, stems as the extractor
// makes them), a randomised truncated SVD (gonum/mat), and k-means on the
// word vectors. Stems used alike ("condemn", "denounce", "deplore") land
// in one cluster, so a word the labelled corpus never showed still fires
// the feature its neighbours trained.
//
// It is a package of its own because only training builds clusters:
// predict reads the result from the model file and never links gonum/mat.
// Everything is seeded, and the order of the work is fixed, so the same
// texts and options give the same clusters.
package cluster

import (
	"errors"
	"fmt"
	"iter"
	"math"
	"math/rand/v2"
	"sort"
	"unicode"
	"unicode/utf8"

	"gonum.org/v1/gonum/mat"

	"stance/features"
)

// Options control Build.
type Options struct {
	Words  int    // cluster this many of the most frequent stems
	Window int    // co-occurrence window, words each side
	Dim    int    // SVD dimensions kept
	K      int    // clusters
	Iter   int    // at most this many k-means rounds
	Seed   uint64 // seeds the SVD's random projection and k-means++
}

// DefaultOptions are what train uses.
var DefaultOptions = Options{Words: 4000, Window: 5, Dim: 100, K: 200, Iter: 30, Seed: 1}

// Build learns clusters from texts.
func Build(texts iter.Seq[string], opt Options) (*features.Clusters, error) {
	if opt.Words < 2 || opt.Window < 1 || opt.Dim < 1 || opt.K < 1 || opt.K > opt.Words {
		return nil, fmt.Errorf("cluster: bad options %+v", opt)
	}
	vocab, docs := readStems(texts)
	stems := topStems(vocab, opt.Words)
	if len(stems) < opt.K || len(stems) <= opt.Dim {
		return nil, fmt.Errorf("cluster: only %d distinct words for %d clusters of %d dimensions", len(stems), opt.K, opt.Dim)
	}
	m := ppmi(docs, vocab, stems, opt.Window)
	vecs, err := embed(m, opt.Dim, opt.Seed)
	if err != nil {
		return nil, err
	}
	ids := kmeans(vecs, opt.K, opt.Iter, opt.Seed)
	order := make([]int, len(stems))
	for i := range order {
		order[i] = i
	}
	sort.Slice(order, func(a, b int) bool { return stems[order[a]] < stems[order[b]] })
	sorted := make([]string, len(stems))
	sortedIDs := make([]int32, len(stems))
	for i, o := range order {
		sorted[i], sortedIDs[i] = stems[o], int32(ids[o])
	}
	return features.NewClusters(opt.K, sorted, sortedIDs)
}

// vocabulary numbers stems in order of first appearance and counts them.
type vocabulary struct {
	id    map[string]int32
	stems []string
	count []int
}

// readStems turns each text into a sequence of stem ids.
func readStems(texts iter.Seq[string]) (*vocabulary, [][]int32) {
	v := &vocabulary{id: map[string]int32{}}
	var docs [][]int32
	var toks []features.Token
	for t := range texts {
		toks = features.Tokenize(toks[:0], features.Normalize(t))
		doc := make([]int32, 0, len(toks))
		for _, tk := range toks {
			if tk.Kind != features.Word {
				continue
			}
			id, ok := v.id[tk.Stem]
			if !ok {
				id = int32(len(v.stems))
				v.id[tk.Stem] = id
				v.stems = append(v.stems, tk.Stem)
				v.count = append(v.count, 0)
			}
			v.count[id]++
			doc = append(doc, id)
		}
		docs = append(docs, doc)
	}
	return v, docs
}

// topStems returns the n most frequent stems that hold a letter, most
// frequent first, ties by the stem.
func topStems(v *vocabulary, n int) []string {
	var cand []int
	for i, s := range v.stems {
		if hasLetter(s) && s != features.NumberStem {
			cand = append(cand, i)
		}
	}
	sort.Slice(cand, func(a, b int) bool {
		if v.count[cand[a]] != v.count[cand[b]] {
			return v.count[cand[a]] > v.count[cand[b]]
		}
		return v.stems[cand[a]] < v.stems[cand[b]]
	})
	if len(cand) > n {
		cand = cand[:n]
	}
	out := make([]string, len(cand))
	for i, c := range cand {
		out[i] = v.stems[c]
	}
	return out
}

func hasLetter(s string) bool {
	for len(s) > 0 {
		r, n := utf8.DecodeRuneInString(s)
		if unicode.IsLetter(r) {
			return true
		}
		s = s[n:]
	}
	return false
}

// ppmi counts co-occurrences of the kept stems within the window (other
// words are skipped but hold their place) and returns the positive PMI
// matrix, with the context distribution smoothed (counts to the power
// 0.75) so that rare contexts do not dominate.
func ppmi(docs [][]int32, v *vocabulary, stems []string, window int) *mat.Dense {
	n := len(stems)
	row := make([]int32, len(v.stems))
	for i := range row {
		row[i] = -1
	}
	for i, s := range stems {
		row[v.id[s]] = int32(i)
	}
	counts := make([]float32, n*n)
	for _, doc := range docs {
		for i, a := range doc {
			ra := row[a]
			if ra < 0 {
				continue
			}
			for j := i + 1; j < len(doc) && j <= i+window; j++ {
				if rb := row[doc[j]]; rb >= 0 {
					counts[int(ra)*n+int(rb)]++
					counts[int(rb)*n+int(ra)]++
				}
			}
		}
	}
	rowSum := make([]float64, n)
	ctx := make([]float64, n)
	var total, ctxTotal float64
	for i := range n {
		for j := range n {
			rowSum[i] += float64(counts[i*n+j])
		}
		total += rowSum[i]
	}
	for j := range n {
		var s float64
		for i := range n {
			s += float64(counts[i*n+j])
		}
		ctx[j] = math.Pow(s, 0.75)
		ctxTotal += ctx[j]
	}
	m := mat.NewDense(n, n, nil)
	for i := range n {
		if rowSum[i] == 0 {
			continue
		}
		for j := range n {
			c := float64(counts[i*n+j])
			if c == 0 || ctx[j] == 0 {
				continue
			}
			if pmi := math.Log(c * ctxTotal / (rowSum[i] * ctx[j])); pmi > 0 {
				m.Set(i, j, pmi)
			}
		}
	}
	return m
}

// embed returns the rows of U·√S of a rank-dim randomised SVD of m
// (Halko, Martinsson and Tropp 2011: a Gaussian projection, two power
// iterations, then the exact SVD of the small projected matrix), each row
// scaled to unit length so that k-means compares directions.
func embed(m *mat.Dense, dim int, seed uint64) ([][]float64, error) {
	n, _ := m.Dims()
	l := min(dim+10, n)
	rng := rand.New(rand.NewPCG(seed, seed^0x5bd1e995))
	omega := mat.NewDense(n, l, nil)
	for i := range n {
		for j := range l {
			omega.Set(i, j, rng.NormFloat64())
		}
	}
	var y, z mat.Dense
	y.Mul(m, omega)
	orthonormalize(&y)
	for range 2 {
		z.Mul(m.T(), &y)
		orthonormalize(&z)
		y.Mul(m, &z)
		orthonormalize(&y)
	}
	var b mat.Dense
	b.Mul(y.T(), m) // l×n
	var svd mat.SVD
	if !svd.Factorize(&b, mat.SVDThin) {
		return nil, errors.New("cluster: SVD did not converge")
	}
	var ub, u mat.Dense
	svd.UTo(&ub)
	u.Mul(&y, &ub) // n×l
	s := svd.Values(nil)
	vecs := make([][]float64, n)
	for i := range n {
		v := make([]float64, dim)
		var norm float64
		for j := range dim {
			v[j] = u.At(i, j) * math.Sqrt(s[j])
			norm += v[j] * v[j]
		}
		if norm > 0 {
			norm = math.Sqrt(norm)
			for j := range v {
				v[j] /= norm
			}
		}
		vecs[i] = v
	}
	return vecs, nil
}

// orthonormalize replaces the columns of a with an orthonormal basis of
// their span (modified Gram-Schmidt, twice for stability). gonum's QR
// would build the full n×n factor, which this does not need.
func orthonormalize(a *mat.Dense) {
	r, c := a.Dims()
	col := make([][]float64, c)
	for j := range c {
		col[j] = mat.Col(nil, j, a)
	}
	for range 2 {
		for j := range c {
			for k := range j {
				var d float64
				for i := range r {
					d += col[j][i] * col[k][i]
				}
				for i := range r {
					col[j][i] -= d * col[k][i]
				}
			}
			var norm float64
			for _, x := range col[j] {
				norm += x * x
			}
			if norm = math.Sqrt(norm); norm > 0 {
				for i := range col[j] {
					col[j][i] /= norm
				}
			}
		}
	}
	for j := range c {
		a.SetCol(j, col[j])
	}
}

// kmeans clusters unit vectors by cosine similarity: k-means++ seeding,
// then Lloyd rounds until no vector moves or rounds run out. Ties go to
// the lower cluster id.
func kmeans(x [][]float64, k, rounds int, seed uint64) []int {
	rng := rand.New(rand.NewPCG(seed, seed^0x2545f4914f6cdd1d))
	n, d := len(x), len(x[0])
	centers := make([][]float64, 0, k)
	centers = append(centers, append([]float64(nil), x[rng.IntN(n)]...))
	dist := make([]float64, n)
	for i := range dist {
		dist[i] = math.Inf(1)
	}
	for len(centers) < k {
		var sum float64
		last := centers[len(centers)-1]
		for i, v := range x {
			dist[i] = min(dist[i], 1-dot(v, last))
			sum += max(dist[i], 0)
		}
		target := rng.Float64() * sum
		pick := n - 1
		for i := range x {
			target -= max(dist[i], 0)
			if target <= 0 {
				pick = i
				break
			}
		}
		centers = append(centers, append([]float64(nil), x[pick]...))
	}
	assign := make([]int, n)
	for i := range assign {
		assign[i] = -1
	}
	for range rounds {
		moved := 0
		for i, v := range x {
			best, bestSim := 0, math.Inf(-1)
			for c, cv := range centers {
				if s := dot(v, cv); s > bestSim {
					best, bestSim = c, s
				}
			}
			if assign[i] != best {
				assign[i] = best
				moved++
			}
		}
		if moved == 0 {
			break
		}
		for c := range centers {
			clear(centers[c])
		}
		size := make([]int, k)
		for i, v := range x {
			size[assign[i]]++
			for j := range d {
				centers[assign[i]][j] += v[j]
			}
		}
		for c := range centers {
			if size[c] == 0 {
				continue // an empty cluster keeps a zero centre and stays empty
			}
			var norm float64
			for _, v := range centers[c] {
				norm += v * v
			}
			norm = math.Sqrt(norm)
			for j := range centers[c] {
				centers[c][j] /= norm
			}
		}
	}
	return assign
}

func dot(a, b []float64) float64 {
	var s float64
	for i := range a {
		s += a[i] * b[i]
	}
	return s
}
