package main

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"iter"
	"os"
	"strings"

	"stance/datasets"
	"stance/features"
	"stance/features/cluster"
	"stance/internal/atomicfile"
)

// loadClusters returns the clusters the model embeds: built from the
// --clusters-from texts and the train rows (and written to --clusters),
// read from a --clusters file, or nil.
func loadClusters(cfg *config, rows []datasets.Row) (*features.Clusters, error) {
	if len(cfg.clustersFrom) == 0 {
		if cfg.clusters == "" {
			return nil, nil
		}
		f, err := os.Open(cfg.clusters)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		return features.ReadClusters(f, cfg.clusters)
	}
	var readErr error
	texts := func(yield func(string) bool) {
		for _, r := range rows {
			if r.Split == "train" && !yield(r.Text) {
				return
			}
		}
		for _, path := range cfg.clustersFrom {
			if readErr = jsonlTexts(path, yield); readErr != nil {
				return
			}
		}
	}
	opt := cluster.DefaultOptions
	opt.Seed = cfg.seed
	c, err := cluster.Build(iter.Seq[string](texts), opt)
	if readErr != nil {
		return nil, readErr
	}
	if err != nil {
		return nil, err
	}
	if cfg.clusters != "" {
		if err := atomicfile.Write(cfg.clusters, c.Write); err != nil {
			return nil, err
		}
	}
	return c, nil
}

// jsonlTexts yields the "text" field of each line of a JSONL file,
// gzip-compressed when its name ends in .gz. A line that does not parse
// is an error naming the file and line.
func jsonlTexts(path string, yield func(string) bool) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	var r io.Reader = f
	if strings.HasSuffix(path, ".gz") {
		gz, err := gzip.NewReader(f)
		if err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
		defer gz.Close()
		r = gz
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	line := 0
	for sc.Scan() {
		line++
		var doc struct {
			Text *string `json:"text"`
		}
		if err := json.Unmarshal(sc.Bytes(), &doc); err != nil || doc.Text == nil {
			if err == nil {
				err = fmt.Errorf("no \"text\" field")
			}
			return fmt.Errorf("%s:%d: %w", path, line, err)
		}
		if !yield(*doc.Text) {
			return nil
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s:%d: %w", path, line+1, err)
	}
	return nil
}
