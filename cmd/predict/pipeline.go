package main

import (
	"sync"

	"stance"
	"stance/report"
)

// pipeline scores the articles of src with workers goroutines and hands
// the results to rep in input order. At most a few articles per worker are
// in flight, so memory stays bounded whatever the input size.
func pipeline(src *sources, sc *stance.Scorer, rep *report.Reporter, workers int) error {
	type job struct {
		in  stance.Input
		out chan stance.Result
	}
	jobs := make(chan job, workers*4)
	order := make(chan chan stance.Result, workers*4)
	done := make(chan struct{})

	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				j.out <- sc.Score(j.in)
			}
		}()
	}

	readErr := make(chan error, 1)
	go func() {
		defer close(order)
		defer close(jobs)
		readErr <- src.each(func(in stance.Input) error {
			ch := make(chan stance.Result, 1)
			select {
			case order <- ch:
			case <-done:
				return errStop
			}
			jobs <- job{in, ch}
			return nil
		})
	}()

	var writeErr error
	for ch := range order {
		res := <-ch
		if writeErr != nil {
			continue
		}
		if writeErr = rep.Document(res.Doc, res.Sentences); writeErr != nil {
			close(done)
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
