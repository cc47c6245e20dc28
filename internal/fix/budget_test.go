package fix

import (
	"sync"
	"sync/atomic"
	"testing"

	"github.com/stretchr/testify/assert"
)

// The bytes in flight never exceed the budget, except for one piece larger
// than the whole budget, which goes alone.
func TestByteBudget(t *testing.T) {
	b := newByteBudget(100)
	var used, peak atomic.Int64
	var wg sync.WaitGroup
	for _, n := range []int{60, 60, 30, 30, 30, 250, 10, 90} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			b.acquire(n)
			now := used.Add(int64(n))
			for p := peak.Load(); now > p && !peak.CompareAndSwap(p, now); p = peak.Load() {
			}
			if n > 100 {
				assert.Equal(t, int64(n), now, "a piece over the budget goes alone")
			} else {
				assert.LessOrEqual(t, now, int64(100))
			}
			used.Add(-int64(n))
			b.release(n)
		}()
	}
	wg.Wait()
	assert.Equal(t, 0, b.used)
}
