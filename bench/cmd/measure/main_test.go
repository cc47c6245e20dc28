//go:build unix

package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// measure runs the command with args and returns its results, its
// standard error and its exit code.
func measure(t *testing.T, args ...string) ([]result, string, int) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	code := run(args, &stdout, &stderr)
	var results []result
	if code == 0 {
		require.NoError(t, json.Unmarshal(stdout.Bytes(), &results), stdout.String())
	}
	return results, stderr.String(), code
}

func TestUsageErrors(t *testing.T) {
	for _, tc := range []struct {
		args []string
		says string
	}{
		{nil, "no NAME=COMMAND to time"},
		{[]string{"true"}, "want NAME=COMMAND, got true"},
		{[]string{"a=true", "a=false"}, "two commands are named a"},
		{[]string{"-null", "b", "a=true"}, "-null names b, which is no command's NAME"},
		{[]string{"-rounds", "x", "a=true"}, "invalid value"},
		{[]string{"a="}, "want NAME=COMMAND, got a="},
		{[]string{"a= "}, "want NAME=COMMAND, got a= "},
		{[]string{"=true"}, "want NAME=COMMAND, got =true"},
		{[]string{"-rounds", "0", "a=true"}, "-rounds must be at least 1"},
		{[]string{"-warmup", "-1", "a=true"}, "-warmup at least 0"},
		{[]string{"-ok-exit", "0,x", "a=true"}, `-ok-exit wants exit codes (0-255) separated by commas, got "0,x"`},
		{[]string{"-ok-exit", "-1", "a=true"}, `-ok-exit wants exit codes (0-255)`},
		{[]string{"-ok-exit", "999", "a=true"}, `-ok-exit wants exit codes (0-255)`},
		{[]string{"-timeout", "0", "a=true"}, "-timeout more than 0"},
	} {
		_, stderr, code := measure(t, tc.args...)
		assert.Equal(t, 2, code, "%v", tc.args)
		assert.Contains(t, stderr, tc.says, "%v", tc.args)
	}
}

// Every command is timed once a round, and reported in the order given.
func TestReportsEachCommand(t *testing.T) {
	results, stderr, code := measure(t, "-rounds", "3", "-warmup", "1", "-null", " b ", "a=true", "b=echo hello")
	require.Equal(t, 0, code, stderr)
	require.Len(t, results, 2)
	assert.Equal(t, result{Name: "a", Command: "true", Rounds: 3}, withoutTimes(results[0]))
	assert.Equal(t, result{Name: "b", Command: "echo hello", Rounds: 3, Null: true}, withoutTimes(results[1]))
	for _, r := range results {
		assert.Greater(t, r.WallMs, 0.0, r.Name)
		assert.Greater(t, r.MaxRSS, int64(0), r.Name)
	}
}

func withoutTimes(r result) result {
	r.WallMs, r.CPUMs, r.MaxRSS = 0, 0, 0
	return r
}

// -null: the command's standard output is /dev/null (a character device);
// otherwise a pipe, as a CI log reads it.
func TestNullSendsOutputToDevNull(t *testing.T) {
	_, stderr, code := measure(t, "-rounds", "1", "-warmup", "0", "-null", "dev", "dev=test -c /dev/stdout")
	assert.Equal(t, 0, code, stderr)
	_, _, code = measure(t, "-rounds", "1", "-warmup", "0", "dev=test -c /dev/stdout")
	assert.Equal(t, 1, code, "through a pipe")
	_, stderr, code = measure(t, "-rounds", "1", "-warmup", "0", "pipe=test -p /dev/stdout")
	assert.Equal(t, 0, code, stderr)
}

// -before runs before every run, warm-up rounds included: mkdir fails
// if the folder was not removed since the last run.
func TestBeforeRunsBeforeEveryRun(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "d")
	_, stderr, code := measure(t, "-rounds", "3", "-warmup", "1", "-settle", "-before", "rm -rf "+dir, "a=mkdir "+dir, "b=mkdir "+dir)
	assert.Equal(t, 0, code, stderr)
	_, err := os.Stat(dir)
	assert.NoError(t, err)

	_, stderr, code = measure(t, "-rounds", "2", "-warmup", "0", "a=mkdir "+dir)
	assert.Equal(t, 1, code, "without -before the folder is there")
	assert.Contains(t, stderr, "measure: a: exit status 1")
	assert.Contains(t, stderr, "File exists", "with the command's own output")

	_, stderr, code = measure(t, "-before", "false", "a=true")
	assert.Equal(t, 1, code)
	assert.Contains(t, stderr, "measure: -before: exit status 1")
}

func TestOkExitAndTimeout(t *testing.T) {
	_, _, code := measure(t, "-rounds", "1", "-warmup", "0", "a=false")
	assert.Equal(t, 1, code)
	_, stderr, code := measure(t, "-rounds", "1", "-warmup", "0", "-ok-exit", "0,1", "a=false")
	assert.Equal(t, 0, code, stderr)
	_, stderr, code = measure(t, "-rounds", "1", "-warmup", "0", "-timeout", "50ms", "slow=sleep 60")
	assert.Equal(t, 1, code)
	assert.Contains(t, stderr, "measure: slow: killed after 50ms (-timeout)")
}

func TestMedian(t *testing.T) {
	assert.Equal(t, 0.0, median(nil))
	assert.Equal(t, 2.0, median([]float64{3, 1, 2}))
	assert.Equal(t, 2.5, median([]float64{4, 1, 3, 2}))
	xs := []float64{3, 1, 2}
	median(xs)
	assert.Equal(t, []float64{3, 1, 2}, xs, "the rounds are left in their order")
}
