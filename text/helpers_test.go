package text

import "time"

// timeIt returns the fastest of three runs of f, to steady timing-based
// linearity checks on a busy machine.
func timeIt(f func()) time.Duration {
	best := time.Duration(1<<63 - 1)
	for range 3 {
		start := time.Now()
		f()
		if d := time.Since(start); d < best {
			best = d
		}
	}
	return best
}
