package lint

import (
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

// Reading a file qalint owns leaves its access time as it was: fix syncs
// the file system, and would otherwise write out an inode for every file
// it read.
func TestReadLeavesTheAccessTimeAlone(t *testing.T) {
	path := filepath.Join(t.TempDir(), "settings.json")
	require.NoError(t, os.WriteFile(path, []byte(`{"aiAssistants": []}`), 0o644))
	old := time.Now().Add(-48 * time.Hour).Round(0)                           // no monotonic reading: compared with a stat
	stamp := func() { require.NoError(t, os.Chtimes(path, old, time.Now())) } // atime older than mtime: relatime updates it on a read
	atime := func() time.Time {
		var st syscall.Stat_t
		require.NoError(t, syscall.Stat(path, &st))
		return time.Unix(st.Atim.Unix())
	}

	stamp()
	_, err := os.ReadFile(path)
	require.NoError(t, err)
	if atime().Equal(old) {
		t.Skip("this file system does not update access times on a read (mounted noatime?)")
	}

	stamp()
	_, err = ReadRegular(path, 1<<20, nil)
	require.NoError(t, err)
	require.True(t, keepAccessTime.Load(), "our own file: the kernel allows O_NOATIME")
	require.Equal(t, old, atime(), "qalint's read changed the access time")
}
