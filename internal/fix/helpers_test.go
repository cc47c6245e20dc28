package fix

import (
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"
)

// hiddenIn lists the hidden files (copies, leftovers) in dir.
func hiddenIn(t *testing.T, dir string) []string {
	m, err := filepath.Glob(filepath.Join(dir, ".*"))
	require.NoError(t, err)
	return m
}
