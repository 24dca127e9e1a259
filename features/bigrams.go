package features

import (
	"math/bits"

	"stance/internal/wordkey"
)

// bigramTable maps a pair of stem ids to its bigram feature. It is looked
// up for every pair of neighbouring words of every sentence, and most of
// those lookups miss the cache: a flat table of 16-byte slots, found by
// one multiplication and mostly one probe, costs less than a general map.
// Built once, then read-only. Open addressing, linear probing, at most
// half full.
type bigramTable struct {
	slots []bigramSlot // a power of two long
	shift uint
}

type bigramSlot struct {
	key     uint64 // first id << 32 | second id; ids start at 1, so 0 marks an empty slot
	feature int32
}

func bigramKey(first, second uint32) uint64 { return uint64(first)<<32 | uint64(second) }

func newBigramTable(n int) *bigramTable {
	size := 16
	for size < 2*n {
		size *= 2
	}
	return &bigramTable{slots: make([]bigramSlot, size), shift: uint(64 - bits.TrailingZeros(uint(size)))}
}

func (t *bigramTable) home(key uint64) int { return wordkey.Home(key, t.shift) }

// add records the bigram's feature; a table holds at most the n bigrams it
// was made for.
func (t *bigramTable) add(key uint64, feature int32) {
	i := t.home(key)
	for t.slots[i].key != 0 && t.slots[i].key != key {
		i = (i + 1) & (len(t.slots) - 1)
	}
	t.slots[i] = bigramSlot{key: key, feature: feature}
}

// get returns the feature of the bigram, if it is in the vocabulary.
func (t *bigramTable) get(key uint64) (int32, bool) {
	mask := len(t.slots) - 1
	for i := t.home(key); ; i = (i + 1) & mask {
		sl := &t.slots[i]
		if sl.key == key {
			return sl.feature, true
		}
		if sl.key == 0 {
			return 0, false
		}
	}
}
