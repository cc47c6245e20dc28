//go:build unix

package fix

import (
	"io/fs"
	"os"
	"syscall"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func owner(fi fs.FileInfo) [2]uint32 {
	st := fi.Sys().(*syscall.Stat_t)
	return [2]uint32{st.Uid, st.Gid}
}

// owner and group are a Unix notion: the test lives with owner.
func TestWriteAtomicKeepsOwnerGroupAndSetgid(t *testing.T) {
	p := writeFile(t, "old", 0o644)
	if os.Getuid() == 0 {
		require.NoError(t, os.Chown(p, 1234, 5678))
	}
	require.NoError(t, os.Chmod(p, 0o664|os.ModeSetgid))
	before, _ := os.Stat(p)
	require.NoError(t, WriteAtomic(OS{}, p, []byte("old"), []byte("new")))
	after, _ := os.Stat(p)
	assert.Equal(t, before.Mode(), after.Mode(), "mode bits, setgid included")
	assert.Equal(t, owner(before), owner(after))
	if os.Getuid() == 0 {
		assert.Equal(t, [2]uint32{1234, 5678}, owner(after))
	}
}
