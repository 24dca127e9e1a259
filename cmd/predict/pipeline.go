package main

import (
	"sync"

	"stance"
	"stance/report"
)

// A worker takes a batch of articles at a time: handing articles over one
// by one cost more than scoring a one-sentence article. A batch closes at
// batchSize articles or once it holds batchBytes of text, whichever comes
// first, so that the batches in flight bound memory by bytes too. Counted
// alone, 256 speeches of 20 kB a batch, with their sentences and results,
// times the batches in flight, made most of a 420 MB peak on the UN
// speeches; a batch of 128 kB still holds a thousand sentences, so handing
// it over costs nothing measurable.
const (
	batchSize  = 256
	batchBytes = 128 << 10
)

// queuedBatches is how many batches per worker may wait to be scored or
// written: enough to keep the workers busy while the writer catches up.
const queuedBatches = 4

// pipeline scores the articles of src and hands the results to rep in
// input order. With one worker it runs inline; with more, batches of
// articles go to workers goroutines and come back in order. At most a few
// batches per worker are in flight, so memory stays bounded whatever the
// input size.
func pipeline(src *sources, sc *stance.Scorer, rep *report.Reporter, workers int) error {
	if workers == 1 {
		w := sc.NewWorker()
		return src.each(func(in stance.Input) error {
			res := w.Score(in)
			return rep.Document(res.Doc, res.Sentences)
		})
	}
	type job struct {
		in  []stance.Input
		out chan []stance.Result
	}
	jobs := make(chan job, workers*queuedBatches)
	order := make(chan chan []stance.Result, workers*queuedBatches)
	done := make(chan struct{})

	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			w := sc.NewWorker()
			for j := range jobs {
				res := make([]stance.Result, len(j.in))
				for i, in := range j.in {
					res[i] = w.Score(in)
				}
				j.out <- res
			}
		}()
	}

	readErr := make(chan error, 1)
	go func() {
		defer close(order)
		defer close(jobs)
		readErr <- batches(src, batchSize, batchBytes, func(batch []stance.Input) error {
			ch := make(chan []stance.Result, 1)
			select {
			case order <- ch:
			case <-done:
				return errStop
			}
			jobs <- job{batch, ch}
			return nil
		})
	}()

	var writeErr error
	for ch := range order {
		for _, res := range <-ch {
			if writeErr == nil {
				if writeErr = rep.Document(res.Doc, res.Sentences); writeErr != nil {
					close(done)
				}
			}
		}
	}
	wg.Wait()
	if writeErr != nil {
		return writeErr
	}
	if err := <-readErr; err != nil && err != errStop {
		return err
	}
	return nil
}

// batches reads the articles of src and hands them to send in batches of
// at most maxDocs articles; a batch also closes once its texts hold
// maxBytes or more, so an article larger than that is a batch of its own.
// The articles read before an input error are sent too, as one worker
// would score them, unless send asked to stop.
func batches(src *sources, maxDocs, maxBytes int, send func([]stance.Input) error) error {
	var batch []stance.Input
	size := 0
	err := src.each(func(in stance.Input) error {
		batch = append(batch, in)
		size += len(in.Text)
		if len(batch) < maxDocs && size < maxBytes {
			return nil
		}
		b := batch
		batch, size = nil, 0
		return send(b)
	})
	if len(batch) > 0 && err != errStop {
		if serr := send(batch); err == nil {
			err = serr
		}
	}
	return err
}
