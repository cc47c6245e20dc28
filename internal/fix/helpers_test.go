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

// edit is one file fixInTurn fixes: from its text old to new.
type edit struct{ path, old, new string }

// fixInTurn fixes the files one after another in one run over them all,
// then closes the run. With fewer than groupAtFiles files each is synced
// alone, so each file's copy may reuse the original the one before left.
func fixInTurn(t *testing.T, edits ...edit) {
	t.Helper()
	fsys := NewRunFS(len(edits))
	for _, e := range edits {
		require.NoError(t, WriteAtomic(fsys, e.path, []byte(e.old), []byte(e.new)))
	}
	require.NoError(t, fsys.Close())
}
