//go:build !race

package lint_test

const raceSlowdown = 1
