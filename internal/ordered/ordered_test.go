package ordered

import (
	"errors"
	"runtime"
	"sync/atomic"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestEachEmitsInOrder(t *testing.T) {
	for _, n := range []int{0, 1, 2, 7, 1000} {
		var got []int
		err := Each(n, func(i int) int {
			if i%3 == 0 {
				runtime.Gosched() // let later jobs finish first
			}
			return i * i
		}, func(v int) error { got = append(got, v); return nil })
		require.NoError(t, err)
		require.Len(t, got, n)
		for i, v := range got {
			assert.Equal(t, i*i, v)
		}
	}
}

// The window bounds how far work runs ahead of the slowest emit: this is
// what keeps memory flat when every result is a whole parsed file.
func TestEachBoundsWorkAhead(t *testing.T) {
	var started, emitted, worst atomic.Int64
	err := Each(500, func(i int) int {
		ahead := started.Add(1) - emitted.Load()
		for {
			w := worst.Load()
			if ahead <= w || worst.CompareAndSwap(w, ahead) {
				break
			}
		}
		return i
	}, func(int) error { emitted.Add(1); return nil })
	require.NoError(t, err)
	procs := int64(min(runtime.GOMAXPROCS(0), 500))
	if procs > 1 {
		assert.LessOrEqual(t, worst.Load(), 4*procs+1, "jobs started ahead of the emitted ones")
	}
}

func TestEachStopsAtTheFirstError(t *testing.T) {
	stop := errors.New("stop")
	var done atomic.Int64
	var emitted int
	err := Each(10_000, func(i int) int { done.Add(1); return i }, func(v int) error {
		emitted++
		if v == 5 {
			return stop
		}
		return nil
	})
	assert.ErrorIs(t, err, stop)
	assert.Equal(t, 6, emitted)
	assert.Less(t, done.Load(), int64(10_000), "no job starts after the error")
}
