package actors

import (
	"math/bits"

	"stance/internal/ascii"
	"stance/internal/wordkey"
)

// wordTable maps the words of a gazetteer's table (Gazetteer.lex) to their
// entries. It stands in for a map[string]uint32 on the hottest path of the
// package, one lookup per word of every sentence: most words have at most
// eight bytes, and such a word packed into a uint64 is its own key, so
// finding it reads one slot of a compact array and no string. Longer words
// are found by a hash of their bytes and confirmed against their text.
// Each slot also carries the entry's word facts (cls and f), so that the
// lookup of a sentence word touches one slot and not the entry as well.
// It is open addressing with linear probing, built once and then read-only.
type wordTable struct {
	slots []wslot  // a power of two long, at most half full
	shift uint     // 64 - log2(len(slots)): a key's mixed top bits pick its slot
	words []string // words[k] is the word of entry k, to confirm long words
	// maybe is a filter with a bit set for each word's key: a clear bit
	// proves a word absent. A third of a sentence's words are not in the
	// table, and the filter, 8 KB for the default gazetteer and so small
	// enough to stay in the nearest cache, answers for most of them without
	// reading the table, which is not. It has at least 8 bits per word, so
	// that it rules out most absent words however large the gazetteer.
	maybe []uint64
	bits  uint64 // len(maybe)*64 - 1: a mask
}

// mayHold reports whether the word whose key is key may be in the table.
func (t *wordTable) mayHold(key uint64) bool {
	b := t.filterBit(key)
	return t.maybe[b/64]&(1<<(b%64)) != 0
}

// filterBit is key's bit in the filter: low bits of the key's product,
// where home uses the high ones.
func (t *wordTable) filterBit(key uint64) uint64 { return (key * 0x9E3779B97F4A7C15) >> 20 & t.bits }

// wslot is one slot of a wordTable.
type wslot struct {
	key uint64 // wordkey.Key of the word; 0 marks an empty slot
	k   uint32 // its entry
	cls wclass // lex[k].cls
	f   wflag  // lex[k].f
}

// noSlot is what get returns for a word not in the table: entry 0, no facts.
var noSlot wslot

// newWordTable indexes words: words[k] is the word of entry k and lex[k]
// its facts; words[0], the entry of unknown words, is not indexed.
func newWordTable(words []string, lex []wordInfo) *wordTable {
	size := 16
	for size < 2*len(words) {
		size *= 2
	}
	t := &wordTable{slots: make([]wslot, size), shift: uint(64 - bits.TrailingZeros(uint(size))), words: words}
	filter := 1 << 16
	for filter < 8*len(words) {
		filter *= 2
	}
	t.maybe, t.bits = make([]uint64, filter/64), uint64(filter-1)
	for k := 1; k < len(words); k++ {
		w := words[k]
		key := wordkey.Key(w, 0, len(w), false)
		i := t.home(key)
		for t.slots[i].key != 0 {
			i = (i + 1) & (len(t.slots) - 1)
		}
		t.slots[i] = wslot{key: key, k: uint32(k), cls: lex[k].cls, f: lex[k].f}
		b := t.filterBit(key)
		t.maybe[b/64] |= 1 << (b % 64)
	}
	return t
}

// home is the first slot to probe for key.
func (t *wordTable) home(key uint64) int { return wordkey.Home(key, t.shift) }

// get returns the slot of the word s[start:end], or &noSlot. With
// lowerFirst it looks up the word with its first letter (A-Z) in lower case
// instead.
func (t *wordTable) get(s string, start, end int, lowerFirst bool) *wslot {
	n := end - start
	if n > 8 {
		return t.getLong(s, start, end, lowerFirst)
	}
	// A short word's key is the word itself, so one comparison confirms it.
	// wordkey.Key's common case is inline here: one 8-byte load masked to the
	// word.
	var key uint64
	if start+8 <= len(s) {
		key = ascii.Load64(s, start) & (^uint64(0) >> (64 - 8*uint(n)))
		if lowerFirst {
			key += 'a' - 'A'
		}
	} else {
		key = wordkey.Key(s, start, end, lowerFirst)
	}
	if !t.mayHold(key) {
		return &noSlot
	}
	mask := len(t.slots) - 1
	for i := t.home(key); ; i = (i + 1) & mask {
		sl := &t.slots[i]
		if sl.key == key {
			return sl
		}
		if sl.key == 0 {
			return &noSlot
		}
	}
}

// getLong is get for words of more than eight bytes, whose key is a hash.
func (t *wordTable) getLong(s string, start, end int, lowerFirst bool) *wslot {
	key := wordkey.Key(s, start, end, lowerFirst)
	if !t.mayHold(key) {
		return &noSlot
	}
	mask := len(t.slots) - 1
	for i := t.home(key); ; i = (i + 1) & mask {
		sl := &t.slots[i]
		if sl.key == 0 {
			return &noSlot
		}
		if sl.key == key && t.long(sl.k, s[start:end], lowerFirst) {
			return sl
		}
	}
}

// long confirms that entry k is the word w (more than 8 bytes, so only
// its hash was compared).
func (t *wordTable) long(k uint32, w string, lowerFirst bool) bool {
	e := t.words[k]
	if !lowerFirst {
		return e == w
	}
	return e[0] == w[0]+('a'-'A') && e[1:] == w[1:]
}
