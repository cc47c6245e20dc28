package resolve

import (
	"strconv"
	"sync"
	"testing"
)

// TestMemoMakesOnceAndStaysBounded: a key's value is made once while there
// is room, every lookup (by string or by bytes, from any goroutine) gets
// it, lookups end up answered by the snapshot, and the memo stops growing
// at memoLimit.
func TestMemoMakesOnceAndStaysBounded(t *testing.T) {
	var c memo[string]
	var mu sync.Mutex
	made := map[string]int{}
	mk := func(s string) string {
		mu.Lock()
		made[s]++
		mu.Unlock()
		return "v" + s
	}
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 200; i++ {
				k := strconv.Itoa(i % 50)
				if v := c.getBytes([]byte(k), mk); v != "v"+k {
					t.Errorf("getBytes(%s) = %s", k, v)
				}
				if v := c.get(k, mk); v != "v"+k {
					t.Errorf("get(%s) = %s", k, v)
				}
			}
		}()
	}
	wg.Wait()
	for k, n := range made {
		if n > 4 { // at most once per goroutine racing to make it
			t.Errorf("%s made %d times", k, n)
		}
	}
	for range 50 { // as many misses as entries: the snapshot takes the last ones in
		for i := range 50 {
			c.get(strconv.Itoa(i), mk)
		}
	}
	if m := c.read.Load(); m == nil || len(*m) != 50 {
		t.Errorf("the snapshot does not hold the 50 keys")
	}
	for i := 0; i < 2*memoLimit; i++ {
		c.get("k"+strconv.Itoa(i), mk)
	}
	if len(c.dirty) != memoLimit || len(*c.read.Load()) > memoLimit {
		t.Errorf("memo holds %d, snapshot %d: more than %d", len(c.dirty), len(*c.read.Load()), memoLimit)
	}
}
