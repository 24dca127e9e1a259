package chart

import (
	"bytes"
	"fmt"
	"testing"
)

// BenchmarkRead reads 10,000 dyad rows by year, about what forty years
// of a few hundred pairs give.
func BenchmarkRead(b *testing.B) {
	var buf bytes.Buffer
	buf.WriteString("doc,period,speaker,speaker_name,target,target_name,sentences,accusation,reassurance,threat,max_accusation,max_reassurance,max_threat,n_accusation,n_reassurance,n_threat,sum_accusation,sum_reassurance,sum_threat,date,source,url\n")
	for i := 0; i < 10000; i++ {
		fmt.Fprintf(&buf, "*,%d,A%02d,Speaker,B%03d,Target,10,0.4000,0.1000,0.0500,0.9,0.3,0.2,4,0,0,4.0000,1.0000,0.5000,,,\n", 1970+i%40, i/40%25, i/1000)
	}
	b.SetBytes(int64(buf.Len()))
	for b.Loop() {
		if err := NewTable().Read(bytes.NewReader(buf.Bytes()), "bench"); err != nil {
			b.Fatal(err)
		}
	}
}
