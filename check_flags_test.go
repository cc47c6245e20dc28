package main

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"
)

// TestCheckNarrowingFlags: --only, --severity and --summary narrow what
// check reports and what its exit code counts; bad values are usage errors.
// Golden: each command line, its output and exit code.
func TestCheckNarrowingFlags(t *testing.T) {
	const input = "testdata/rules/unknown-field/bad.json"
	var log strings.Builder
	for _, args := range [][]string{
		{"--summary"},
		{"--severity", "error"},
		{"--severity", "warning", "--only", "cf"},
		{"--only", "direct", "--only", "gw", "--summary"},
		{"--only", "cf", "--severity", "error", "-f", "json"},
		{"--only", "nope"},
		{"--severity", "loud"},
		{"--summary", "-f", "json"},
	} {
		full := append(append([]string{"check", "--color", "never"}, args...), input)
		out, stderr, code := qalint(t, "", full...)
		fmt.Fprintf(&log, "$ qalint %s\n%s%s[exit %d]\n\n", strings.Join(full, " "), out, stderr, code)
	}
	golden(t, filepath.Join("testdata", "flags", "check.golden"), log.String())
}
