package main

import (
	"io"
	"os"
	"strings"
	"testing"
)

func BenchmarkZZCommand(b *testing.B) {
	data, err := os.ReadFile("/tmp/cmp/in.jsonl")
	if err != nil {
		b.Skip(err)
	}
	in := string(data)
	args := []string{"--workers", "1", "--level", "sentence", "--format", "csv", "-"}
	for b.Loop() {
		if code := run(args, strings.NewReader(in), io.Discard, io.Discard); code != 0 {
			b.Fatalf("exit %d", code)
		}
	}
	b.ReportMetric(float64(strings.Count(in, "\n")*b.N)/b.Elapsed().Seconds(), "sentences/s")
}
