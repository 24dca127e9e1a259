package classifier_test

import (
	"bytes"
	"os"
	"testing"

	"stance/classifier"
)

// FuzzRead feeds the model-file reader arbitrary bytes, seeded with the
// shipped model and broken copies of it: it must refuse or accept, never
// panic, and an accepted model must score a sentence.
func FuzzRead(f *testing.F) {
	good, err := os.ReadFile("../models/default.model")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(good)
	f.Add(good[:len(good)/2])
	f.Add([]byte("stance-model 1\nsha256 " + string(bytes.Repeat([]byte("0"), 64)) + "\n{}\n"))
	f.Add([]byte("stance-model 99\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := classifier.Read(bytes.NewReader(data))
		if err != nil {
			return
		}
		s := m.Score("Pyongyang warned of consequences.")
		for _, v := range s {
			if v < 0 || v > 1 {
				t.Fatalf("score %v out of [0,1]", v)
			}
		}
	})
}
