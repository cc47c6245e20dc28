//go:build !linux

// Package hugeheap asks Linux for transparent huge pages for the Go heap;
// elsewhere it does nothing (see hugeheap_linux.go).
package hugeheap

// MinFiles is how many files make a run worth Prepare.
const MinFiles = 256

// Prepare does nothing off Linux.
func Prepare(int) {}
