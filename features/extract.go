package features

import (
	"fmt"
	"math"
	"slices"
	"strings"

	"sync"

	"gonum.org/v1/gonum/floats"
)

// Vector is a sparse feature vector: Value[i] is the value of feature
// Index[i]. No feature appears twice; the order is not meaningful (the
// bag of words comes first, in sentence order, then cue, context and bias
// features, each group ascending). Values are never negative, which keeps the pure-Go
// scorer and liblinear's own predict in agreement (liblinear drops x <= 0).
type Vector struct {
	Index []int32
	Value []float64
}

// NegationScope is how many words after a negator it reaches.
const NegationScope = 5

// contextNames are the sentence-level features after the per-class ones.
var contextNames = [...]string{"ctx:negation", "ctx:modal", "ctx:conditional", "ctx:quote", "ctx:reported", "ctx:first_person", "ctx:question"}

// classFeatureNames are the per-class aggregate cue features, in order.
var classFeatureNames = [...]string{"", ":negated", ":quoted", ":conditional", ":modal"}

// Groups are the optional feature groups of an Extractor. Each can be left
// out, which is how train measures what it brings (--no-verbs,
// --no-voice, --no-clusters).
type Groups struct {
	Verbs    *Lexicon  // CAMEO verb classes (ParseVerbLexicon), or nil
	Clusters *Clusters // word clusters, or nil
	Voice    bool      // the speaker's-voice features (see voice.go)
}

// Extractor maps sentences to vectors. It is safe for concurrent use.
type Extractor struct {
	Vocab   *Vocabulary
	Lexicon *Lexicon
	Groups  Groups

	patternBase int // first pattern feature
	aggBase     int // first aggregate cue feature
	ctxBase     int // first context feature
	verbBase    int // first verb-class feature: two per class, plain and negated
	voiceBase   int // first voice feature
	clusterBase int // first cluster feature
	dim         int
	scratch     sync.Pool
}

// NewExtractor joins a vocabulary and a lexicon into one feature space:
// bag of words, then one feature per cue pattern, then aggregate cue and
// context features, then a constant bias feature.
func NewExtractor(v *Vocabulary, lex *Lexicon) *Extractor {
	return NewExtractorGroups(v, lex, Groups{})
}

// NewExtractorGroups is NewExtractor with optional feature groups, placed
// after the context features and before the bias: verb classes, voice,
// clusters.
func NewExtractorGroups(v *Vocabulary, lex *Lexicon, g Groups) *Extractor {
	e := &Extractor{Vocab: v, Lexicon: lex, Groups: g}
	e.patternBase = v.Len()
	e.aggBase = e.patternBase + len(lex.Patterns)
	e.ctxBase = e.aggBase + len(LexiconClasses)*len(classFeatureNames)
	e.verbBase = e.ctxBase + len(contextNames)
	e.voiceBase = e.verbBase
	if g.Verbs != nil {
		e.voiceBase += 2 * len(g.Verbs.Classes)
	}
	e.clusterBase = e.voiceBase
	if g.Voice {
		e.clusterBase += len(voiceNames)
	}
	e.dim = e.clusterBase + 1
	if g.Clusters != nil {
		e.dim += g.Clusters.K
	}
	e.scratch.New = func() any { return e.NewScratch() }
	return e
}

// Dim is the number of features, bias included.
func (e *Extractor) Dim() int { return e.dim }

// Bias is the index of the constant feature.
func (e *Extractor) Bias() int { return e.dim - 1 }

// FeatureName describes feature i for explanations: an n-gram of stems,
// "cue:CLASS:PATTERN", an aggregate "cue:CLASS[:negated|...]", "ctx:..." or "bias".
func (e *Extractor) FeatureName(i int) string {
	switch {
	case i < 0 || i >= e.dim:
		return fmt.Sprintf("feature %d", i)
	case i < e.patternBase:
		return e.Vocab.Terms[i]
	case i < e.aggBase:
		p := e.Lexicon.Patterns[i-e.patternBase]
		return "cue:" + LexiconClasses[p.Class] + ":" + p.Text
	case i < e.ctxBase:
		k := i - e.aggBase
		return "cue:" + LexiconClasses[k/len(classFeatureNames)] + classFeatureNames[k%len(classFeatureNames)]
	case i < e.verbBase:
		return contextNames[i-e.ctxBase]
	case i < e.voiceBase:
		k := i - e.verbBase
		name := "verb:" + e.Groups.Verbs.Classes[k/2]
		if k%2 == 1 {
			name += ":negated"
		}
		return name
	case i < e.clusterBase:
		return voiceNames[i-e.voiceBase]
	case i < e.dim-1:
		return fmt.Sprintf("cluster:%d", i-e.clusterBase)
	}
	return "bias"
}

// Scratch is the working memory of one goroutine's extractions: buffers,
// and a cache of what the extractor knows about each word seen.
type Scratch struct {
	cache    *wordCache // this extractor's knowledge of each word seen
	feats    []*wordFeat
	clause   []int32
	pos      []int32 // feature -> 1 + its place in the vector being built, or 0
	count    []int32
	quoted   []bool
	negated  []bool
	question bool
	matches  []Match
	vmatches []Match
	vcount   []float64 // verb-class counts, two per class
	ccount   []int32   // cluster counts
	idx      []int32
}

// Extract returns the feature vector of one sentence.
func (e *Extractor) Extract(sentence string) Vector {
	return e.ExtractInto(Vector{}, sentence)
}

// ExtractInto is Extract reusing dst's storage.
func (e *Extractor) ExtractInto(dst Vector, sentence string) Vector {
	sc := e.scratch.Get().(*Scratch)
	defer e.scratch.Put(sc)
	return e.ExtractWith(sc, dst, sentence)
}

// NewScratch returns working memory for ExtractWith. A long-running
// worker that keeps its own Scratch keeps a warm word cache; the pooled
// one behind ExtractInto may be dropped by the garbage collector or left
// on another processor.
func (e *Extractor) NewScratch() *Scratch {
	return &Scratch{cache: newWordCache(4096)}
}

// ExtractWith is ExtractInto using the caller's Scratch, which must come
// from this Extractor's NewScratch and must not be shared between
// goroutines.
func (e *Extractor) ExtractWith(sc *Scratch, dst Vector, sentence string) Vector {
	dst.Index, dst.Value = dst.Index[:0], dst.Value[:0]

	sc.scan(e, Normalize(sentence))

	// Bag of words: sublinear TF times IDF, L2-normalised.
	// Counting through a position table indexed by feature, rather than
	// sorting the n-grams, keeps this linear; the order of the result does
	// not matter to scoring, and training sorts its rows.
	sc.idx = sc.ngrams(e.Vocab, sc.idx[:0])
	if len(sc.pos) < e.Vocab.Len() {
		sc.pos = make([]int32, e.Vocab.Len())
	}
	sc.count = sc.count[:0]
	for _, i := range sc.idx {
		if p := sc.pos[i]; p > 0 {
			sc.count[p-1]++
			continue
		}
		dst.Index = append(dst.Index, i)
		sc.count = append(sc.count, 1)
		sc.pos[i] = int32(len(dst.Index))
	}
	for k, i := range dst.Index {
		sc.pos[i] = 0
		dst.Value = append(dst.Value, sublinear(int(sc.count[k]))*e.Vocab.IDF[i])
	}
	// The plain root of the dot product, not floats.Norm: that one scales
	// as it sums to survive values near overflow, which TF-IDF values (a
	// few units at most) never are, and it cost a division per value.
	if norm := math.Sqrt(floats.Dot(dst.Value, dst.Value)); norm > 0 {
		floats.Scale(1/norm, dst.Value)
	}

	dst = e.appendCues(dst, sc)
	if e.Groups.Clusters != nil {
		dst = e.appendClusters(dst, sc)
	}
	dst.Index = append(dst.Index, int32(e.Bias()))
	dst.Value = append(dst.Value, 1)
	return dst
}

// appendClusters adds the bag of clusters: sublinear counts,
// L2-normalised like the bag of words, so that a long sentence does not
// outweigh a short one.
func (e *Extractor) appendClusters(dst Vector, sc *Scratch) Vector {
	k := e.Groups.Clusters.K
	if len(sc.ccount) < k {
		sc.ccount = make([]int32, k)
	}
	from := len(dst.Value)
	for _, f := range sc.feats {
		if f.cluster < 0 {
			continue
		}
		if sc.ccount[f.cluster] == 0 {
			dst.Index = append(dst.Index, int32(e.clusterBase)+f.cluster)
			dst.Value = append(dst.Value, 0)
		}
		sc.ccount[f.cluster]++
	}
	v := dst.Value[from:]
	for j, i := range dst.Index[from:] {
		c := i - int32(e.clusterBase)
		v[j] = sublinear(int(sc.ccount[c]))
		sc.ccount[c] = 0
	}
	if norm := math.Sqrt(floats.Dot(v, v)); norm > 0 {
		floats.Scale(1/norm, v)
	}
	return dst
}

// wordFeat is everything an Extractor needs to know about one word, found
// with a single lookup per word of a sentence: looking the stem up in the
// stem cache, the vocabulary and the lexicon separately cost three.
type wordFeat struct {
	word  string // the word, kept only when longer than 8 bytes (see wordCache)
	stem  string
	role  Role
	uni   int32   // unigram feature, or -1
	bi    uint32  // bigram id, or 0
	first []int32 // lexicon patterns that start with this stem
	verbs []int32 // verb-class patterns that start with this stem
	// cluster is the word's cluster, or -1.
	cluster int32
	voice   voiceRole
	bit     stemSet // the stem's bit, for ruling patterns out (see stemSet)
	vfirst  uint32  // the stem's id as a phrase's first word in the verb classes, or 0
	vsecond uint32  // its id as a phrase's second word, or 0
}

// wordCacheMax bounds a scratch's word cache; a full cache is emptied.
const wordCacheMax = 100_000

// feat returns what the extractor knows of the word s[start:end].
func (sc *Scratch) feat(e *Extractor, s string, start, end int) *wordFeat {
	f, key := sc.cache.get(s, start, end)
	if f != nil {
		return f
	}
	w := s[start:end]
	stem := Stem(w)
	f = &wordFeat{stem: stem, role: stemRoles[stem], uni: -1, first: e.Lexicon.byFirst[stem], cluster: -1, bit: stemBit(stem)}
	if e.Groups.Verbs != nil {
		f.verbs = e.Groups.Verbs.byFirst[stem]
		f.vfirst = e.Groups.Verbs.firstID[stem]
		f.vsecond = e.Groups.Verbs.secondID[stem]
	}
	if e.Groups.Clusters != nil {
		f.cluster = e.Groups.Clusters.Of(stem)
	}
	if e.Groups.Voice {
		f.voice = voiceOf(w, stem)
	}
	if r, ok := e.Vocab.stems[stem]; ok {
		f.uni, f.bi = r.uni, r.id
	}
	if len(w) > 8 {
		f.word = strings.Clone(w) // a clone: w may pin a whole article
	}
	sc.cache.put(key, f, wordCacheMax)
	return f
}

// scan tokenises a normalised sentence and fills the per-word arrays:
// features, stems, clause numbers, quote state and negation scope.
func (sc *Scratch) scan(e *Extractor, s string) {
	sc.feats, sc.clause, sc.quoted = sc.feats[:0], sc.clause[:0], sc.quoted[:0]
	sc.question = false
	clause, inQuote := int32(0), false
	g := newSegmenter(s)
	for g.next() {
		switch g.kind {
		case Word:
			f := sc.feat(e, s, g.start, g.end)
			if f.role&ClauseBreak != 0 {
				clause++
			}
			sc.feats = append(sc.feats, f)
			sc.clause = append(sc.clause, clause)
			sc.quoted = append(sc.quoted, inQuote)
		case Quote:
			inQuote = !inQuote
			clause++
		case Boundary:
			clause++
			sc.question = sc.question || s[g.start] == '?'
		}
	}
	sc.negated = append(sc.negated[:0], make([]bool, len(sc.feats))...)
	for i, f := range sc.feats {
		if f.role&Negator == 0 {
			continue
		}
		for j := i + 1; j < len(sc.feats) && j <= i+NegationScope && sc.clause[j] == sc.clause[i]; j++ {
			sc.negated[j] = true
		}
	}
}

// appendCues adds the cue-pattern, aggregate, context and bias features.
func (e *Extractor) appendCues(dst Vector, sc *Scratch) Vector {
	var ctx [len(contextNames)]float64
	for i, f := range sc.feats {
		switch r := f.role; {
		case r&Negator != 0:
			ctx[0]++
		case r&Modal != 0:
			ctx[1]++
		case r&Conditional != 0:
			ctx[2]++
		case r&Reporting != 0:
			ctx[4]++
		case r&FirstPerson != 0:
			ctx[5]++
		}
		if sc.quoted[i] {
			ctx[3] = 1
		}
	}
	if sc.question {
		ctx[6] = 1
	}

	sc.matches = sc.cues(e.Lexicon, sc.matches[:0])
	var agg [len(LexiconClasses)][len(classFeatureNames)]float64
	const reassurance = 1
	sc.idx = sc.idx[:0]
	for k := range sc.matches {
		m := &sc.matches[k]
		c := e.Lexicon.Patterns[m.Pattern].Class
		if m.Negated {
			agg[c][1]++
			if c != reassurance {
				// A hostile cue under negation ("no hostile intent",
				// "will not attack") reads as its reverse.
				agg[reassurance][0]++
			}
			continue
		}
		sc.idx = append(sc.idx, int32(e.patternBase+m.Pattern))
		agg[c][0]++
		if m.Quoted {
			agg[c][2]++
		}
		if ctx[2] > 0 {
			agg[c][3]++
		}
		if ctx[1] > 0 {
			agg[c][4]++
		}
	}
	slices.Sort(sc.idx)
	for a := 0; a < len(sc.idx); {
		b := a
		for b < len(sc.idx) && sc.idx[b] == sc.idx[a] {
			b++
		}
		dst.Index = append(dst.Index, sc.idx[a])
		dst.Value = append(dst.Value, 0.5*sublinear(b-a))
		a = b
	}
	for c := range agg {
		for f, n := range agg[c] {
			if n > 0 {
				dst.Index = append(dst.Index, int32(e.aggBase+c*len(classFeatureNames)+f))
				dst.Value = append(dst.Value, log1p(n))
			}
		}
	}
	for f, n := range ctx {
		if n > 0 {
			dst.Index = append(dst.Index, int32(e.ctxBase+f))
			dst.Value = append(dst.Value, log1p(n))
		}
	}
	if e.Groups.Verbs != nil {
		dst = e.appendVerbs(dst, sc)
	}
	if e.Groups.Voice {
		dst = e.appendVoice(dst, sc)
	}
	return dst
}

// appendVerbs adds the verb-class features: per class, how many of its
// patterns the sentence holds outside and inside a negation's scope
// ("did not threaten" is not a threat), each also counted for the root.
func (e *Extractor) appendVerbs(dst Vector, sc *Scratch) Vector {
	lex := e.Groups.Verbs
	sc.vmatches = lex.matchFeats(sc.vmatches[:0], sc.feats, sc.clause, true)
	if len(sc.vmatches) == 0 {
		return dst
	}
	if len(sc.vcount) < 2*len(lex.Classes) {
		sc.vcount = make([]float64, 2*len(lex.Classes))
	}
	sc.idx = sc.idx[:0]
	for _, m := range sc.vmatches {
		c := lex.Patterns[m.Pattern].Class
		neg := 0
		if sc.negated[m.First] {
			neg = 1
		}
		for _, k := range [2]int{c, lex.Parent[c]} {
			if sc.vcount[2*k+neg] == 0 {
				sc.idx = append(sc.idx, int32(2*k+neg))
			}
			sc.vcount[2*k+neg]++
			if lex.Parent[c] == c {
				break
			}
		}
	}
	slices.Sort(sc.idx)
	for _, k := range sc.idx {
		dst.Index = append(dst.Index, int32(e.verbBase)+k)
		dst.Value = append(dst.Value, log1p(sc.vcount[k]))
		sc.vcount[k] = 0
	}
	return dst
}

// Cues returns the cue phrases found in a sentence, for tests and for
// explanations that want the phrase rather than a weight.
func (e *Extractor) Cues(sentence string) []Match {
	sc := e.scratch.Get().(*Scratch)
	defer e.scratch.Put(sc)
	sc.scan(e, Normalize(sentence))
	return sc.cues(e.Lexicon, nil)
}

// cues appends the lexicon's matches in the scanned sentence, each marked
// negated or quoted by the state of its first word.
func (sc *Scratch) cues(lex *Lexicon, dst []Match) []Match {
	dst = lex.matchFeats(dst, sc.feats, sc.clause, false)
	for k := range dst {
		dst[k].Negated = sc.negated[dst[k].First]
		dst[k].Quoted = sc.quoted[dst[k].First]
	}
	return dst
}

// ngrams appends the vocabulary's feature indices for the words scanned:
// unigrams, and bigrams of neighbouring words.
func (sc *Scratch) ngrams(v *Vocabulary, dst []int32) []int32 {
	var prev uint32
	for _, f := range sc.feats {
		if f.uni >= 0 {
			dst = append(dst, f.uni)
		}
		if prev != 0 && f.bi != 0 {
			if i, ok := v.bi.get(bigramKey(prev, f.bi)); ok {
				dst = append(dst, i)
			}
		}
		prev = f.bi
	}
	return dst
}

// Counts in a sentence are small: tables save a logarithm per feature.
var (
	sublinearTable [16]float64
	log1pTable     [16]float64
)

func init() {
	for n := range sublinearTable {
		sublinearTable[n] = 1 + math.Log(float64(n))
		log1pTable[n] = math.Log1p(float64(n))
	}
}

// sublinear is 1 + ln n, the term-frequency damping scikit-learn calls
// sublinear_tf.
func sublinear(n int) float64 {
	if n < len(sublinearTable) {
		return sublinearTable[n]
	}
	return 1 + math.Log(float64(n))
}

func log1p(n float64) float64 {
	if n >= 0 && n < float64(len(log1pTable)) && n == math.Trunc(n) {
		return log1pTable[int(n)]
	}
	return math.Log1p(n)
}
