// Package models holds the default stance model, embedded in the binary
// so that predict works on a fresh machine with nothing to download.
//
// default.model is built by cmd/train from datasets/corpus.csv with the
// train command's default settings:
//
//	go run ./cmd/train --corpus datasets/corpus.csv --out models/default.model
//
// A test retrains it and compares the bytes, so a stale model fails CI.
package models

import (
	"bytes"
	_ "embed"
	"fmt"
	"sync"

	"stance/classifier"
)

//go:embed default.model
var defaultModel []byte

var (
	once   sync.Once
	model  *classifier.Model
	errDef error
)

// Default returns the embedded model, parsed once.
func Default() (*classifier.Model, error) {
	once.Do(func() {
		model, errDef = classifier.Read(bytes.NewReader(defaultModel))
		if errDef != nil {
			errDef = fmt.Errorf("embedded default model: %w", errDef)
		}
	})
	return model, errDef
}

// DefaultBytes returns the embedded model file.
func DefaultBytes() []byte { return defaultModel }
