package actors

import "math/bits"

// wordTable maps the words of a gazetteer's table (Gazetteer.lex) to their
// entries. It stands in for a map[string]uint32 on the hottest path of the
// package, one lookup per word of every sentence: most words have at most
// eight bytes, and such a word packed into a uint64 is its own key, so
// finding it reads one slot of a compact array and no string. Longer words
// are found by a hash of their bytes and confirmed against their text.
// It is open addressing with linear probing, built once and then read-only.
type wordTable struct {
	slots []wslot  // a power of two long, at most half full
	shift uint     // 64 - log2(len(slots)): a key's mixed top bits pick its slot
	words []string // words[k] is the word of entry k, to confirm long words
}

// wslot is one slot of a wordTable.
type wslot struct {
	key uint64 // the packed word (up to 8 bytes) or the hash of a longer one
	n   uint32 // the word's length in bytes
	k   uint32 // its entry; 0 marks an empty slot
}

// newWordTable indexes words: words[k] is the word of entry k; words[0],
// the entry of unknown words, is not indexed.
func newWordTable(words []string) *wordTable {
	size := 16
	for size < 2*len(words) {
		size *= 2
	}
	t := &wordTable{slots: make([]wslot, size), shift: uint(64 - bits.TrailingZeros(uint(size))), words: words}
	for k := 1; k < len(words); k++ {
		w := words[k]
		key := wordKey(w, 0, len(w), false)
		i := t.home(key)
		for t.slots[i].k != 0 {
			i = (i + 1) & (len(t.slots) - 1)
		}
		t.slots[i] = wslot{key: key, n: uint32(len(w)), k: uint32(k)}
	}
	return t
}

// home is the first slot to probe for key (Fibonacci hashing: the
// multiplication carries every byte of a packed word into the top bits).
func (t *wordTable) home(key uint64) int {
	return int((key * 0x9E3779B97F4A7C15) >> t.shift)
}

// get returns the entry of the word s[start:end], or 0. With lowerFirst it
// looks up the word with its first letter (A-Z) in lower case instead.
func (t *wordTable) get(s string, start, end int, lowerFirst bool) uint32 {
	n := end - start
	var key uint64
	if n <= 8 && start+8 <= len(s) {
		// wordKey's common case, inline: one 8-byte load (the compiler
		// merges the byte loads) masked to the word.
		b := s[start : start+8]
		key = uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
			uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
		key &= ^uint64(0) >> (64 - 8*uint(n))
		if lowerFirst {
			key += 'a' - 'A'
		}
	} else {
		key = wordKey(s, start, end, lowerFirst)
	}
	mask := len(t.slots) - 1
	for i := t.home(key); ; i = (i + 1) & mask {
		sl := &t.slots[i]
		if sl.k == 0 {
			return 0
		}
		if sl.key == key && int(sl.n) == n && (n <= 8 || t.long(sl.k, s[start:end], lowerFirst)) {
			return sl.k
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

// wordKey returns the key of the word s[start:end]: the word itself, packed
// little-endian, when it has up to 8 bytes (words contain no NUL, so this
// is unique), a hash of it otherwise. lowerFirst turns a first letter A-Z
// into lower case.
func wordKey(s string, start, end int, lowerFirst bool) uint64 {
	var low uint64
	if lowerFirst {
		low = 'a' - 'A' // first byte is the lowest: adding turns 'A'… into 'a'…
	}
	n := end - start
	if n <= 8 {
		var x uint64
		for i := n - 1; i >= 0; i-- {
			x = x<<8 | uint64(s[start+i])
		}
		return x + low
	}
	// FNV-1a over the bytes, then a final mix: long words are few.
	h := uint64(14695981039346656037)
	for i := start; i < end; i++ {
		c := s[i]
		if i == start {
			c += byte(low)
		}
		h = (h ^ uint64(c)) * 1099511628211
	}
	return h ^ h>>29
}
