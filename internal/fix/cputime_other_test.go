//go:build !unix

package fix_test

// cpuTime: no getrusage here; benchmarks report 0 cpu-ns/op.
func cpuTime() int64 { return 0 }
