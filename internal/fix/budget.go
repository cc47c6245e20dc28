package fix

import "sync"

// byteBudget bounds the bytes being worked on at once. One piece larger
// than the whole budget still goes through, alone.
type byteBudget struct {
	mu    sync.Mutex
	freed *sync.Cond
	limit int
	used  int
}

func newByteBudget(limit int) *byteBudget {
	b := &byteBudget{limit: limit}
	b.freed = sync.NewCond(&b.mu)
	return b
}

func (b *byteBudget) acquire(n int) {
	b.mu.Lock()
	for b.used > 0 && b.used+n > b.limit {
		b.freed.Wait()
	}
	b.used += n
	b.mu.Unlock()
}

func (b *byteBudget) release(n int) {
	b.mu.Lock()
	b.used -= n
	b.freed.Broadcast()
	b.mu.Unlock()
}

// inFlightBytes is how many bytes of input a run of fix works on at once
// (each run has its own budget): 8 MiB, which
// keeps what the files hold under the program's soft memory limit (main
// sets 256 MiB), where 64 files of a few megabytes each would take
// gigabytes (an outside tester saw 1 GB for 20 files of 3 MB; now 270 MB,
// and faster, the collector no longer working at the limit).
const inFlightBytes = 8 << 20
