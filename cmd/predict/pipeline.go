package main

import (
	"sync"

	"stance"
	"stance/report"
)

// batchSize is how many articles a worker takes at a time. Handing
// articles over one by one cost more than scoring a one-sentence article.
const batchSize = 256

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
	jobs := make(chan job, workers*4)
	order := make(chan chan []stance.Result, workers*4)
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
		var batch []stance.Input
		send := func() error {
			ch := make(chan []stance.Result, 1)
			select {
			case order <- ch:
			case <-done:
				return errStop
			}
			jobs <- job{batch, ch}
			batch = nil
			return nil
		}
		err := src.each(func(in stance.Input) error {
			batch = append(batch, in)
			if len(batch) < batchSize {
				return nil
			}
			return send()
		})
		// The articles read before an input error are scored and written
		// too, as with one worker.
		if len(batch) > 0 && err != errStop {
			if serr := send(); err == nil {
				err = serr
			}
		}
		readErr <- err
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
