package fix

import "sync"

// groupSync makes files durable together, as databases commit groups of
// transactions: a caller that has written its file waits for one sync of
// the whole file system that started after its write, and every caller
// waiting meanwhile shares the next one. Fixing thousands of files, one
// sync per dozen files replaces a sync per file (on this project's virtual
// machines each is two disk requests and a trip out of the VM).
type groupSync struct {
	sync func() error // syncs the whole file system

	mu       sync.Mutex
	done     *sync.Cond
	running  bool
	settling int              // callers past Wait that have not called Settled
	waiting  int              // callers waiting on done (for tests)
	started  uint64           // syncs started
	finished uint64           // syncs finished; they finish in order
	failed   map[uint64]error // the syncs that failed, by number
}

func newGroupSync(syncAll func() error) *groupSync {
	g := &groupSync{sync: syncAll, failed: map[uint64]error{}}
	g.done = sync.NewCond(&g.mu)
	return g
}

// Wait returns once everything written before it was called is on disk:
// once a sync that started after the call has finished.
func (g *groupSync) Wait() error {
	g.mu.Lock()
	defer g.mu.Unlock()
	need := g.started + 1 // a sync running now may have missed our write
	for g.finished < need {
		// No sync starts while the last group still renames its files into
		// place: a sync writing the folders out makes those renames wait
		// for the disk, and the writers arriving meanwhile make the next
		// group larger.
		if g.running || g.settling > 0 {
			g.waiting++
			g.done.Wait()
			g.waiting--
			continue
		}
		g.running = true
		g.started++
		n := g.started
		g.mu.Unlock()
		err := g.sync()
		g.mu.Lock()
		g.running = false
		g.finished = n
		if err != nil {
			g.failed[n] = err
		}
		g.done.Broadcast()
	}
	g.settling++
	return g.failed[need]
}

// Settled says that a caller Wait returned to has finished with its file
// (renamed it into place, or given up): every Wait must be followed by one.
func (g *groupSync) Settled() {
	g.mu.Lock()
	g.settling--
	if g.settling == 0 {
		g.done.Broadcast()
	}
	g.mu.Unlock()
}
