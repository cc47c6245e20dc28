package fix

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/sys/unix"
)

// xattrs is every extended attribute of p, names and values.
func xattrs(t *testing.T, p string) map[string]string {
	names, err := xattrNames(func(b []byte) (int, error) { return unix.Llistxattr(p, b) })
	require.NoError(t, err)
	m := map[string]string{}
	for _, n := range names {
		v, err := xattrValue(func(b []byte) (int, error) { return unix.Lgetxattr(p, n, b) })
		require.NoError(t, err)
		m[n] = string(v)
	}
	return m
}

// A fixed file keeps exactly its extended attributes: an ACL naming
// another user (lost, it would shut that user out), a user attribute; and
// gains none, not even the default ACL of its folder, which it did not
// have. Whether synced alone or in a group, with new or reused copies.
func TestFixedFilesKeepExactlyTheirExtendedAttributes(t *testing.T) {
	const userObj, user, groupObj, mask, others = 0x01, 0x02, 0x04, 0x10, 0x20
	acl := posixACL([3]uint32{userObj, 6, ^uint32(0)}, [3]uint32{user, 4, 1000}, [3]uint32{groupObj, 4, ^uint32(0)},
		[3]uint32{mask, 4, ^uint32(0)}, [3]uint32{others, 0, ^uint32(0)})
	for _, files := range []int{3, groupAtFiles} {
		t.Run(fmt.Sprint(files, " files"), func(t *testing.T) {
			dir := t.TempDir()
			shared := filepath.Join(dir, "shared")
			require.NoError(t, os.Mkdir(shared, 0o755))
			var paths []string
			want := map[string]map[string]string{}
			for i := range files {
				p := filepath.Join(dir, fmt.Sprintf("s%02d.json", i))
				require.NoError(t, os.WriteFile(p, []byte(fmt.Sprint("old ", i)), 0o640))
				switch i % 3 {
				case 1:
					if err := unix.Setxattr(p, "system.posix_acl_access", acl, 0); err != nil {
						t.Skip("no POSIX ACLs here:", err)
					}
				case 2:
					require.NoError(t, unix.Setxattr(p, "user.origin", []byte(fmt.Sprint("file ", i)), 0))
				}
				want[p] = xattrs(t, p)
				paths = append(paths, p)
			}
			// A file without an ACL in a folder whose default ACL it predates.
			plain := filepath.Join(shared, "plain.json")
			require.NoError(t, os.WriteFile(plain, []byte("old plain"), 0o600))
			require.NoError(t, unix.Setxattr(shared, "system.posix_acl_default", acl, 0))
			want[plain] = xattrs(t, plain)
			paths = append(paths, plain)

			fsys := NewRunFS(files)
			for _, p := range paths {
				old, err := os.ReadFile(p)
				require.NoError(t, err)
				require.NoError(t, WriteAtomic(fsys, p, old, []byte("new "+p)))
			}
			require.NoError(t, fsys.Close())
			for _, p := range paths {
				got, err := os.ReadFile(p)
				require.NoError(t, err)
				assert.Equal(t, "new "+p, string(got))
				assert.Equal(t, want[p], xattrs(t, p), p)
			}
			assert.Empty(t, want[plain], "the folder's default ACL was set after the file was made")
		})
	}
}
