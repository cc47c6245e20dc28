//go:build race

package lint_test

// The race detector slows code about tenfold; time bounds scale with it.
const raceSlowdown = 10
