package fix

import "github.com/qalint/qalint/internal/lint"

// FixOne is fixOne with a run's budget, for the benchmarks of package
// fix_test.
func FixOne(fsys FS, l *lint.Linter, in lint.Input, opts Options, roots []string) *outcome {
	return fixOne(fsys, newByteBudget(inFlightBytes), l, in, opts, roots)
}
