package fix

import (
	"fmt"
	"time"
)

// committer replaces files in groups, as databases commit groups of
// transactions: a writer hands over a copy it has written and closed, and
// one goroutine syncs the file system once for every copy handed over
// meanwhile, then moves each into place (last checks, rename) and tells
// its writer how it went. Fixing thousands of files, one sync per few
// dozen files replaces a sync per file (on this project's virtual machines
// each is two disk requests and a trip out of the VM).
//
// Why one goroutine does the renames: when each writer renamed its own
// copy after the sync, a woken writer queued for the CPU behind the busy
// ones, no sync could start before every rename was done, and the groups
// shrank to three files; the disk idled while the CPU waited for it.
type committer struct {
	sync func() error // syncs the whole file system
	// A sync starts once at least minGroup copies wait for it, or wait
	// after the first of them came: each sync writes out the folders and
	// inodes its renames touched, and the flush, whatever its size. On
	// 2,000 files, groups of thirty rather than sixteen halve the syncs
	// and cut the disk requests and the disk's busy time by a fifth (fix's
	// wall time, bound by its CPU here, did not change: docs/speed.md).
	minGroup int
	wait     time.Duration
	// place makes the last checks and renames one synced copy into place.
	place func(j *commitJob) error
	// synced is told of every sync that succeeded: the renames made before
	// it started are on disk.
	synced func()

	jobs    chan *commitJob
	stopped chan struct{}
}

// commitJob is one copy to move into place.
type commitJob struct {
	tmp, target string
	check       func() error // the last checks, right before the rename
	// unchanged, when set, checks the original under the copy's name right
	// after a swap (see RunFS.swapUnlessSaved).
	unchanged func(name string) error
	ours      func(name string) bool // whether name holds the copy (see RunFS.swapUnlessSaved)
	done      chan error

	dev, ino uint64 // the copy written, when known (known)
	known    bool
}

// newCommitter starts a committer (for minGroup and wait, see committer);
// stop it when done.
func newCommitter(syncAll func() error, place func(*commitJob) error, synced func(), minGroup int, wait time.Duration) *committer {
	c := &committer{sync: syncAll, place: place, synced: synced, minGroup: minGroup, wait: wait,
		jobs: make(chan *commitJob, 256), stopped: make(chan struct{})}
	go c.run()
	return c
}

// commit hands j over and returns once its copy is synced and renamed into
// place, or has failed (the copy is then left for the caller to remove).
func (c *committer) commit(j *commitJob) error {
	j.done = make(chan error, 1)
	c.jobs <- j
	return <-j.done
}

// run commits a group at a time: every copy handed over while the last
// group was being committed. Each was closed before the group's sync
// started, so that sync has its text.
func (c *committer) run() {
	defer close(c.stopped)
	var group []*commitJob
	timer := time.NewTimer(time.Hour)
	timer.Stop()
	for {
		j, ok := <-c.jobs
		if !ok {
			return
		}
		group = append(group[:0], j)
		timer.Reset(c.wait)
		late := false
	more:
		for {
			select {
			case j, ok := <-c.jobs:
				if !ok {
					break more
				}
				group = append(group, j)
				continue
			default:
			}
			if late || len(group) >= c.minGroup {
				break more
			}
			select {
			case j, ok := <-c.jobs:
				if !ok {
					break more
				}
				group = append(group, j)
			case <-timer.C:
				late = true
			}
		}
		timer.Stop() // (since Go 1.23 neither Stop nor Reset leaves a stale tick)
		err := c.sync()
		if err == nil && c.synced != nil {
			c.synced()
		}
		for _, j := range group {
			if err != nil {
				j.done <- fmt.Errorf("syncing %s: %w; the original is unchanged", j.tmp, err)
				continue
			}
			j.done <- c.place(j)
		}
	}
}

// stop ends the goroutine once every copy handed over is committed.
func (c *committer) stop() {
	close(c.jobs)
	<-c.stopped
}
