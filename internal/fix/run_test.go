package fix

import (
	"context"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/qalint/qalint/internal/lint"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A run tells the linter how many files it is about to fix, before it
// reads any, as check does: the command readies the heap of a long run.
func TestRunPreparesForItsInputs(t *testing.T) {
	dir := t.TempDir()
	const original = `[{"type": "Cloudflare",}]`
	for _, name := range []string{"a.json", "b.json", "c.json"} {
		require.NoError(t, os.WriteFile(filepath.Join(dir, name), []byte(original), 0o644))
	}
	prepared := -1
	l := &lint.Linter{Prepare: func(n int) {
		b, _ := os.ReadFile(filepath.Join(dir, "a.json"))
		assert.Equal(t, original, string(b), "no file is fixed yet")
		prepared = n
	}}
	_, err := Run(context.Background(), l, []string{dir}, Options{}, io.Discard, io.Discard)
	require.NoError(t, err)
	assert.Equal(t, 3, prepared)
}
