package features

import (
	"math/bits"

	"stance/internal/ascii"
	"stance/internal/wordkey"
)

// wordCache maps the words a worker has seen to what its extractor knows
// of them. It is looked up once per word of every sentence, the hottest
// lookup of feature extraction, so it keys words as wordkey does: a word
// of up to eight bytes is its own key and is confirmed without reading a
// string; a longer one is found by its hash and confirmed against its
// text. Open addressing with linear probing, at most half full.
type wordCache struct {
	slots []cacheSlot // a power of two long
	shift uint        // 64 - log2(len(slots))
	n     int         // words held
}

type cacheSlot struct {
	key uint64 // wordkey.Key of the word; 0 marks an empty slot
	f   *wordFeat
}

func newWordCache(size int) *wordCache {
	c := &wordCache{}
	c.resize(size)
	return c
}

func (c *wordCache) resize(size int) {
	old := c.slots
	c.slots = make([]cacheSlot, size)
	c.shift = uint(64 - bits.TrailingZeros(uint(size)))
	for _, sl := range old {
		if sl.key != 0 {
			c.slots[c.free(sl.key)] = sl
		}
	}
}

// get returns the entry of the word s[start:end], or nil.
func (c *wordCache) get(s string, start, end int) (*wordFeat, uint64) {
	var key uint64
	if n := end - start; n <= 8 && start+8 <= len(s) {
		// wordkey.Key's common case, inline: one load masked to the word.
		key = ascii.Load64(s, start) & (^uint64(0) >> (64 - 8*uint(n)))
	} else {
		key = wordkey.Key(s, start, end, false)
	}
	mask := len(c.slots) - 1
	for i := wordkey.Home(key, c.shift); ; i = (i + 1) & mask {
		sl := &c.slots[i]
		if sl.key == key && (end-start <= 8 || sl.f.word == s[start:end]) {
			return sl.f, key
		}
		if sl.key == 0 {
			return nil, key
		}
	}
}

// put adds f, the entry of the word whose key is key, which get did not
// find. A cache that holds max words is emptied first, so that memory
// stays bounded over millions of articles.
func (c *wordCache) put(key uint64, f *wordFeat, max int) {
	if c.n >= max {
		clear(c.slots)
		c.n = 0
	}
	if 2*(c.n+1) > len(c.slots) {
		c.resize(2 * len(c.slots))
	}
	c.slots[c.free(key)] = cacheSlot{key: key, f: f}
	c.n++
}

// free returns the first empty slot on key's probe path.
func (c *wordCache) free(key uint64) int {
	mask := len(c.slots) - 1
	i := wordkey.Home(key, c.shift)
	for c.slots[i].key != 0 {
		i = (i + 1) & mask
	}
	return i
}
