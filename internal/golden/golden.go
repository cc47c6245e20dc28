// Package golden compares test output with golden files and rewrites them
// with -update. Every test package imports it, so `go test ./... -update`
// is accepted by each test binary and regenerates every golden file.
package golden

import (
	"flag"
	"os"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Update is the -update flag.
var Update = flag.Bool("update", false, "rewrite the golden files from the current output")

// Check compares got with the file at path, or rewrites the file with -update.
func Check(t testing.TB, path, got string) {
	t.Helper()
	if *Update {
		require.NoError(t, os.WriteFile(path, []byte(got), 0o644))
		return
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err, "missing golden file; run go test -run %s -update", t.Name())
	assert.Equal(t, string(want), got, "output differs from %s (go test -update rewrites it)", path)
}
