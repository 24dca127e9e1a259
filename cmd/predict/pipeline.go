package main

import (
	"fmt"
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
//
// A document whose scoring panics (a bug in the library, never bad input)
// is warned about and left out, and the run goes on: one such document
// must not take a batch of millions down with a stack trace. The run then
// exits 1, as it does when an input cannot be read.
func pipeline(src *sources, newWorker func() scorer, rep *report.Reporter, workers int) error {
	if workers == 1 {
		w := newWorker()
		return src.each(func(in stance.Input) error {
			res, err := scoreOne(&w, newWorker, in)
			if err != nil {
				src.failed(in, err)
				return nil
			}
			return rep.Document(res.Doc, res.Sentences)
		})
	}
	type scored struct {
		in  stance.Input
		res stance.Result
		err error // the document could not be scored
	}
	type job struct {
		in  []stance.Input
		out chan []scored
	}
	jobs := make(chan job, workers*queuedBatches)
	order := make(chan chan []scored, workers*queuedBatches)
	done := make(chan struct{})

	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			w := newWorker()
			for j := range jobs {
				res := make([]scored, len(j.in))
				for i, in := range j.in {
					r, err := scoreOne(&w, newWorker, in)
					res[i] = scored{in, r, err}
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
			ch := make(chan []scored, 1)
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
		for _, r := range <-ch {
			switch {
			case writeErr != nil:
			case r.err != nil:
				src.failed(r.in, r.err)
			default:
				if writeErr = rep.Document(r.res.Doc, r.res.Sentences); writeErr != nil {
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

// scorer scores one article at a time; a *stance.Worker is one.
type scorer interface {
	Score(stance.Input) stance.Result
}

// scoreOne scores in with *w. A panic while scoring is recovered as an
// error, and *w is replaced by a new worker, since its buffers are in an
// unknown state.
func scoreOne(w *scorer, newWorker func() scorer, in stance.Input) (res stance.Result, err error) {
	defer func() {
		if r := recover(); r != nil {
			*w = newWorker()
			res, err = stance.Result{}, fmt.Errorf("internal error while scoring, document left out (please report it): %v", r)
		}
	}()
	return (*w).Score(in), nil
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
