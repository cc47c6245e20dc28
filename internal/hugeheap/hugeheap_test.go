//go:build linux

package hugeheap

import (
	"runtime"
	"runtime/debug"
	"testing"
)

// Prepare leaves the collector as it found it, and the space it grew
// the heap by is free again, whether or not the kernel gives huge pages.
func TestPrepareHeapLeavesTheCollectorAsItWas(t *testing.T) {
	old := debug.SetGCPercent(250)
	defer debug.SetGCPercent(old)
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	Prepare(MinFiles)
	runtime.ReadMemStats(&after)
	if p := debug.SetGCPercent(250); p != 250 {
		t.Errorf("GOGC is %d after Prepare, want 250", p)
	}
	if after.HeapAlloc > before.HeapAlloc+uint64(sizeFor(250)/2) {
		t.Errorf("the space is still counted live: %d bytes allocated, %d before", after.HeapAlloc, before.HeapAlloc)
	}
	Prepare(MinFiles - 1) // a short run: nothing to do
}
