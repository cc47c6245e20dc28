package fix

import (
	"errors"
	"fmt"
	"runtime"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// fakeDisk records what a committer asks of the file system.
type fakeDisk struct {
	mu      sync.Mutex
	events  []string
	started chan int   // a sync has started (its number)
	release chan error // lets the running sync finish, with this result
	syncs   int
}

func newFakeDisk() *fakeDisk {
	return &fakeDisk{started: make(chan int, 8), release: make(chan error)}
}

func (d *fakeDisk) log(e string) {
	d.mu.Lock()
	d.events = append(d.events, e)
	d.mu.Unlock()
}

func (d *fakeDisk) sync() error {
	d.mu.Lock()
	d.syncs++
	n := d.syncs
	d.mu.Unlock()
	d.log(fmt.Sprint("sync ", n))
	d.started <- n
	return <-d.release
}

func (d *fakeDisk) place(j *commitJob) error {
	d.log("place " + j.target)
	return j.check()
}

func (d *fakeDisk) committer() *committer {
	return newCommitter(d.sync, d.place, func() { d.log("synced") }, 0, 0)
}

func commitAsync(c *committer, target string, check func() error) <-chan error {
	done := make(chan error, 1)
	go func() { done <- c.commit(&commitJob{tmp: "." + target + ".tmp", target: target, check: check}) }()
	return done
}

func ok() error { return nil }

// Copies handed over while a sync runs wait for the next one, which they
// share; each is placed only after the sync that covers it, and learns how
// its own placing went.
func TestCommitterGroupsCopiesHandedOverDuringASync(t *testing.T) {
	d := newFakeDisk()
	c := d.committer()
	first := commitAsync(c, "a", ok)
	require.Equal(t, 1, <-d.started)

	changed := errors.New("changed meanwhile")
	b := commitAsync(c, "b", ok)
	cc := commitAsync(c, "c", func() error { return changed })
	for len(c.jobs) < 2 { // both handed over while sync 1 runs
		runtime.Gosched()
	}
	d.release <- nil
	require.NoError(t, <-first)

	require.Equal(t, 2, <-d.started, "one more sync, for b and c together")
	d.release <- nil
	require.NoError(t, <-b)
	require.ErrorIs(t, <-cc, changed)
	c.stop()

	d.mu.Lock()
	defer d.mu.Unlock()
	assert.Equal(t, 2, d.syncs)
	assert.Equal(t, []string{"sync 1", "synced", "place a", "sync 2", "synced"}, d.events[:5])
	assert.ElementsMatch(t, []string{"place b", "place c"}, d.events[5:])
}

// A sync waits for a group of minGroup copies: fewer syncs, each writing
// out the folders and inodes touched once for many files.
func TestCommitterWaitsForAGroupOfMinGroupCopies(t *testing.T) {
	d := newFakeDisk()
	c := newCommitter(d.sync, d.place, nil, 3, time.Hour)
	a, b := commitAsync(c, "a", ok), commitAsync(c, "b", ok)
	for range 1000 { // time enough for a committer that does not wait to start a sync
		runtime.Gosched()
	}
	select {
	case n := <-d.started:
		t.Fatalf("sync %d started with fewer than 3 copies", n)
	default:
	}
	cc := commitAsync(c, "c", ok)
	require.Equal(t, 1, <-d.started)
	d.release <- nil
	for _, done := range []<-chan error{a, b, cc} {
		require.NoError(t, <-done)
	}
	c.stop()
	assert.Equal(t, 1, d.syncs, "one sync for the three")
}

// ...but not longer than wait after the first copy came: a run's last
// files, fewer than minGroup, are synced too.
func TestCommitterSyncsAFewCopiesOnceTheWaitIsOver(t *testing.T) {
	d := newFakeDisk()
	c := newCommitter(d.sync, d.place, nil, 3, time.Millisecond)
	a := commitAsync(c, "a", ok)
	select {
	case n := <-d.started:
		require.Equal(t, 1, n)
	case <-time.After(time.Minute): // a deadlock detector, not a timing
		t.Fatal("one copy waits for two more that never come")
	}
	d.release <- nil
	require.NoError(t, <-a)
	c.stop()
}

// stop does not wait out the wait: the copies handed over are synced at
// once.
func TestCommitterStopSyncsAPartGroupAtOnce(t *testing.T) {
	d := newFakeDisk()
	c := newCommitter(d.sync, d.place, nil, 3, time.Hour)
	a := &commitJob{tmp: ".a.tmp", target: "a", check: ok, done: make(chan error, 1)}
	c.jobs <- a // handed over (as commit does), before the stop
	go c.stop()
	require.Equal(t, 1, <-d.started)
	d.release <- nil
	require.NoError(t, <-a.done)
}

// When a sync fails, nothing of its group is placed, and every copy in it
// learns that its original is unchanged.
func TestCommitterFailedSyncPlacesNothing(t *testing.T) {
	d := newFakeDisk()
	c := d.committer()
	failure := errors.New("I/O error")
	a := commitAsync(c, "a", ok)
	<-d.started
	d.release <- failure
	err := <-a
	require.ErrorIs(t, err, failure)
	assert.Contains(t, err.Error(), "the original is unchanged")
	c.stop()
	assert.Equal(t, []string{"sync 1"}, d.events, "neither synced nor placed")
}

// stop waits for the groups handed over, so that Close's last sync covers
// every rename.
func TestCommitterStopWaitsForTheLastGroup(t *testing.T) {
	d := newFakeDisk()
	c := d.committer()
	a := commitAsync(c, "a", ok)
	<-d.started
	returned := make(chan struct{})
	go func() { c.stop(); close(returned) }()
	for range 100 { // time enough for a stop that does not wait to return
		runtime.Gosched()
	}
	select {
	case <-returned:
		t.Fatal("stop returned while a group was being committed")
	default:
	}
	d.release <- nil
	<-returned
	require.NoError(t, <-a)
	assert.Contains(t, d.events, "place a")
}

// A sync of one file system frees only the originals replaced on it (a swap
// on another is not on disk yet), and an original is only offered to a
// folder of its own file system, where it can move.
func TestRunFSFreesOriginalsOnlyOnTheirOwnFileSystem(t *testing.T) {
	r := NewRunFS(groupAtFiles)
	r.devs["/a"], r.devs["/a2"], r.devs["/b"] = 1, 1, 2
	r.pending[1] = []string{"/a/.x"}
	r.pending[2] = []string{"/b/.y"}
	r.swapsOnDisk(1)
	assert.Equal(t, "", r.take("/b"), "b's original waits for a sync of b's file system; a's cannot move to b")
	assert.Equal(t, "/a/.x", r.take("/a2"), "a's original serves another folder of a's file system")
	r.swapsOnDisk(2)
	assert.Equal(t, "/b/.y", r.take("/b"))
	assert.Equal(t, "", r.take("/b"))
}

// The original free the longest is reused first, even where one lies in
// the folder already: fixed in path order, each file then takes the inode
// of a file a little before it, and a tree's inodes stay in path order.
func TestRunFSReusesTheOriginalFreeTheLongestFirst(t *testing.T) {
	r := NewRunFS(groupAtFiles)
	r.devs["/a"], r.devs["/b"], r.devs["/c"] = 1, 1, 1
	r.pending[1] = []string{"/a/.1", "/b/.2", "/a/.3"}
	r.swapsOnDisk(1)
	assert.Equal(t, "/a/.1", r.take("/a"))
	assert.Equal(t, "/b/.2", r.take("/a"), "not /a/.3, which lies in /a already")
	assert.Equal(t, "/a/.3", r.take("/c"))
	assert.Equal(t, "", r.take("/c"))
}
