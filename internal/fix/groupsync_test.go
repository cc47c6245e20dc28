package fix

import (
	"errors"
	"runtime"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A Wait that begins while a sync is running waits for the next one (the
// running one may have missed its write), and callers waiting together
// share that next sync.
func TestGroupSyncWaitsForASyncStartedAfterIt(t *testing.T) {
	started := make(chan int, 8)
	release := make(chan error)
	n := 0
	g := newGroupSync(func() error {
		n++
		started <- n
		return <-release
	})

	first := make(chan error)
	go func() { err := g.Wait(); g.Settled(); first <- err }()
	require.Equal(t, 1, <-started) // sync 1 is running

	// Three callers arrive while sync 1 runs: none may return with it.
	var wg sync.WaitGroup
	errs := make([]error, 3)
	for i := range errs {
		wg.Add(1)
		go func() { defer wg.Done(); errs[i] = g.Wait(); g.Settled() }()
	}
	waitUntilWaiting(g, 3)
	release <- nil
	require.NoError(t, <-first)

	require.Equal(t, 2, <-started, "one more sync for the three of them")
	failure := errors.New("I/O error")
	release <- failure
	wg.Wait()
	for _, err := range errs {
		assert.ErrorIs(t, err, failure, "each caller learns its sync failed")
	}
	select {
	case k := <-started:
		t.Fatalf("sync %d was not needed", k)
	default:
	}

	// A later caller gets a sync of its own, and its success.
	go func() { release <- nil }()
	require.NoError(t, g.Wait())
	g.Settled()
	assert.Equal(t, 3, n)
}

// No sync starts while a caller of the last one is still renaming its file
// into place: the next writers wait, and then share one sync.
func TestGroupSyncWaitsForTheLastGroupToSettle(t *testing.T) {
	syncs := 0
	g := newGroupSync(func() error { syncs++; return nil })
	require.NoError(t, g.Wait()) // sync 1; this caller now renames
	done := make(chan struct{})
	go func() { require.NoError(t, g.Wait()); g.Settled(); close(done) }()
	waitUntilWaiting(g, 1)
	assert.Equal(t, 1, syncs, "no sync while the first caller settles")
	g.Settled()
	<-done
	assert.Equal(t, 2, syncs)
}

// waitUntilWaiting blocks until k callers wait on g's condition, so the
// test orders events without sleeping.
func waitUntilWaiting(g *groupSync, k int) {
	for {
		g.mu.Lock()
		w := g.waiting
		g.mu.Unlock()
		if w >= k {
			return
		}
		runtime.Gosched()
	}
}
