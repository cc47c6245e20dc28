// Package ordered runs independent jobs in parallel and hands their results
// on in job order, each as soon as its turn comes. At most a small window of
// finished results waits for its turn, so memory does not grow with the
// number of jobs: a caller that drops each result after emit keeps a run
// over ten thousand files as small as a run over ten.
package ordered

import (
	"runtime"
	"sync"
)

// Each calls do(i) for i in [0, n) on up to GOMAXPROCS goroutines and emit
// with the results in order of i. It stops starting new jobs at the first
// error emit returns, waits for the jobs already started, and returns that
// error. A single job runs on the caller's goroutine.
func Each[T any](n int, do func(i int) T, emit func(T) error) error {
	workers := min(runtime.GOMAXPROCS(0), n)
	if workers <= 1 {
		for i := range n {
			if err := emit(do(i)); err != nil {
				return err
			}
		}
		return nil
	}
	// Job i delivers into slot i%window; a job is only started once the job
	// window places before it has been emitted, so its slot is free.
	window := 4 * workers
	slots := make([]chan T, window)
	for i := range slots {
		slots[i] = make(chan T, 1)
	}
	free := make(chan struct{}, window)
	jobs := make(chan int, window)
	quit := make(chan struct{})
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				slots[i%window] <- do(i)
			}
		}()
	}
	go func() {
		defer close(jobs)
		for i := range n {
			select {
			case free <- struct{}{}:
				jobs <- i
			case <-quit:
				return
			}
		}
	}()
	var err error
	for i := range n {
		r := <-slots[i%window]
		if err = emit(r); err != nil {
			break
		}
		<-free
	}
	close(quit)
	wg.Wait()
	return err
}
