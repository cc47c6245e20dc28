// Package hugeheap asks Linux to back the Go heap with transparent huge
// pages (2 MB, one page fault each instead of 512), where the kernel gives
// them only on request (the common "madvise" setting). Go maps its heap
// 4 MB at a time and never asks, so every first touch of a 4 KB heap page
// is a fault, about 4 µs: a tenth of the CPU of checking 2,000 files.
// Prepare, for a long run, grows the heap once into advised space.
// Nothing is done with GODEBUG disablethp=1, where huge pages are "never"
// or "always" (the heap has them then), or off Linux. (Advising the heap
// mapped at start as well, from an init, saved 300 faults and no
// measurable CPU.)
package hugeheap

import (
	"bytes"
	"os"
	"runtime"
	"runtime/debug"
	"strings"
	"syscall"
	"unsafe"
)

// MinFiles is how many files make a run worth Prepare: the heap then
// grows to its full size (32 MB at the GOGC 800 check sets for such a run). Below it the heap stays
// small and the preparation (one more collection, 2 MB cleared at a time)
// would cost more than it saves.
const MinFiles = 256

// sizeFor is the heap space Prepare makes at GOGC percent: what the heap
// grows to before its first collection (4 MB times percent/100) and room
// to spare, at most maxSize.
func sizeFor(percent int) uintptr {
	if percent < 0 || percent > 1500 {
		return maxSize // GOGC off: the memory limit bounds the heap
	}
	return max(16<<20, uintptr(percent)*(4<<20)/100*3/2)
}

const maxSize = 64 << 20

// arena is the size and alignment of Go's heap arenas on linux/amd64 and
// arm64: what the runtime reserves at once and maps 4 MB at a time.
const arena = 64 << 20

// disabled: GODEBUG disablethp=1 asks Go not to use huge pages.
func disabled() bool { return strings.Contains(os.Getenv("GODEBUG"), "disablethp=1") }

// onRequest: the kernel gives huge pages where they are asked for, and
// only there ("madvise"); with "always" the heap has them already, with
// "never" asking is no use.
func onRequest() bool {
	mode, err := os.ReadFile("/sys/kernel/mm/transparent_hugepage/enabled")
	return err == nil && bytes.Contains(mode, []byte("[madvise]"))
}

// advise asks for huge pages in the heap arenas (64 MB, aligned) around
// [start, start+n): the kernel gives one only where none of its 2 MB is
// in use yet, and skips what is not mapped. Advice only: an error leaves
// the heap as it would have been.
func advise(start, n uintptr) {
	from, to := start&^(arena-1), (start+n+arena-1)&^(arena-1)
	if from >= arena {
		from -= arena // the space mapped before start, which the allocator fills first
	}
	_, _, _ = syscall.Syscall(syscall.SYS_MADVISE, from, to-from, 14 /* MADV_HUGEPAGE */)
}

// Prepare readies the heap for a run of files files: for MinFiles or more
// it grows the heap by one large allocation, with the collector paused so
// that it is not counted live, advises that space, drops it and collects:
// the objects of the files that follow are carved from it.
func Prepare(files int) {
	if files < MinFiles || disabled() || !onRequest() {
		return
	}
	percent := debug.SetGCPercent(-1)
	size := sizeFor(percent)
	space := make([]byte, size) // fresh from the kernel: not touched, not cleared
	advise(uintptr(unsafe.Pointer(unsafe.SliceData(space))), size)
	runtime.KeepAlive(space)
	space = nil
	debug.SetGCPercent(percent)
	runtime.GC()
}
