package features

import (
	"math"
	"sort"
	"strings"
)

// VocabOptions control which n-grams enter the bag of words.
type VocabOptions struct {
	MinDF       int // an n-gram must occur in at least this many sentences
	MaxFeatures int // keep at most this many n-grams, the most frequent first
}

// DefaultVocabOptions suit a corpus of a few thousand sentences.
var DefaultVocabOptions = VocabOptions{MinDF: 2, MaxFeatures: 12000}

// Vocabulary is the bag-of-words part of the feature space: unigrams and
// bigrams of stems with their inverse document frequencies. It is fitted
// on the train split only, so dev and test scores are honest.
type Vocabulary struct {
	Terms []string  // a stem, or two stems joined by a space; sorted
	IDF   []float64 // smoothed: ln((1+n)/(1+df)) + 1, as scikit-learn does

	stems map[string]stemRef
	bi    *bigramTable // pair of stem ids -> bigram feature index
}

// stemRef is what the vocabulary knows of one stem: one map lookup per
// word answers both the unigram and the bigram question.
type stemRef struct {
	uni int32  // unigram feature index, or -1
	id  uint32 // id for bigram keys, or 0 when the stem starts or ends no bigram
}

// FitVocabulary counts the n-grams of the given sentences and keeps those
// that pass the options. Ties are broken by the term itself, so the result
// does not depend on map order.
func FitVocabulary(sentences []string, opt VocabOptions) *Vocabulary {
	df := map[string]int{}
	var toks []Token
	seen := map[string]bool{}
	for _, s := range sentences {
		toks = Tokenize(toks[:0], Normalize(s))
		stems := wordStems(nil, toks)
		clear(seen)
		for i, st := range stems {
			seen[st] = true
			if i+1 < len(stems) {
				seen[st+" "+stems[i+1]] = true
			}
		}
		for t := range seen {
			df[t]++
		}
	}
	type kv struct {
		term string
		df   int
	}
	var kept []kv
	for t, n := range df {
		if n >= opt.MinDF {
			kept = append(kept, kv{t, n})
		}
	}
	sort.Slice(kept, func(i, j int) bool {
		if kept[i].df != kept[j].df {
			return kept[i].df > kept[j].df
		}
		return kept[i].term < kept[j].term
	})
	if opt.MaxFeatures > 0 && len(kept) > opt.MaxFeatures {
		kept = kept[:opt.MaxFeatures]
	}
	sort.Slice(kept, func(i, j int) bool { return kept[i].term < kept[j].term })
	n := float64(len(sentences))
	v := &Vocabulary{Terms: make([]string, len(kept)), IDF: make([]float64, len(kept))}
	for i, k := range kept {
		v.Terms[i] = k.term
		v.IDF[i] = math.Log((1+n)/(1+float64(k.df))) + 1
	}
	v.index()
	return v
}

// NewVocabulary rebuilds a vocabulary from stored terms and IDF weights,
// as read from a model file.
func NewVocabulary(terms []string, idf []float64) *Vocabulary {
	v := &Vocabulary{Terms: terms, IDF: idf}
	v.index()
	return v
}

// Len is the number of n-grams.
func (v *Vocabulary) Len() int { return len(v.Terms) }

// index builds the lookup tables. Bigrams are found by a pair of small
// integer ids rather than a concatenated string, so scoring allocates
// nothing per word.
func (v *Vocabulary) index() {
	v.stems = make(map[string]stemRef, len(v.Terms))
	bigrams := 0
	for _, t := range v.Terms {
		if strings.Contains(t, " ") {
			bigrams++
		}
	}
	v.bi = newBigramTable(bigrams)
	ref := func(s string) stemRef {
		r, ok := v.stems[s]
		if !ok {
			r = stemRef{uni: -1}
		}
		return r
	}
	next := uint32(0)
	id := func(s string) uint32 {
		r := ref(s)
		if r.id == 0 {
			next++
			r.id = next
			v.stems[s] = r
		}
		return r.id
	}
	for i, t := range v.Terms {
		a, b, isBigram := strings.Cut(t, " ")
		if !isBigram {
			r := ref(t)
			r.uni = int32(i)
			v.stems[t] = r
			continue
		}
		v.bi.add(bigramKey(id(a), id(b)), int32(i))
	}
}

// wordStems appends the stems of the word tokens.
func wordStems(dst []string, toks []Token) []string {
	for _, t := range toks {
		if t.Kind == Word {
			dst = append(dst, t.Stem)
		}
	}
	return dst
}
