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
// another user (lost, it would shut that user out), a user attribute, its
// chattr flags; and gains none, not even the default ACL of its folder,
// which it did not have. Whether synced alone or in a group, with new or
// reused copies.
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
			want, wantFlags, extents := map[string]map[string]string{}, map[string]int{}, map[string]int{}
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
					setFlags(t, p, nodump|noatime)
				}
				want[p], wantFlags[p], extents[p] = xattrs(t, p), userFlags(t, p), allFlags(t, p)&extentsFlag
				paths = append(paths, p)
			}
			// A file without an ACL in a folder whose default ACL it predates.
			plain := filepath.Join(shared, "plain.json")
			require.NoError(t, os.WriteFile(plain, []byte("old plain"), 0o600))
			require.NoError(t, unix.Setxattr(shared, "system.posix_acl_default", acl, 0))
			want[plain], wantFlags[plain], extents[plain] = xattrs(t, plain), userFlags(t, plain), allFlags(t, plain)&extentsFlag
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
				assert.Equal(t, wantFlags[p], userFlags(t, p), p)
				assert.Equal(t, extents[p], allFlags(t, p)&extentsFlag, "%s: the extents flag is kept (dropped, ext4 converts the file)", p)
			}
			assert.Empty(t, want[plain], "the folder's default ACL was set after the file was made")
		})
	}
}

// chattr flags (linux/fs.h) a user may set on a file of theirs.
const (
	nodump  = 0x00000040
	noatime = 0x00000080
)

// setFlags sets chattr flags on p, keeping those it has (the storage ones:
// dropping the extents flag asks ext4 to convert the file, which it
// refuses). It returns a function that clears them again.
func setFlags(t *testing.T, p string, flags int) (clear func()) {
	f, err := os.Open(p)
	require.NoError(t, err)
	defer f.Close()
	had, err := unix.IoctlGetInt(int(f.Fd()), unix.FS_IOC_GETFLAGS)
	if err != nil {
		t.Skip("no chattr flags here:", err)
	}
	if err := unix.IoctlSetPointerInt(int(f.Fd()), unix.FS_IOC_SETFLAGS, had|flags); err != nil {
		t.Skip("cannot set these chattr flags here:", err)
	}
	return func() {
		f, err := os.Open(p)
		require.NoError(t, err)
		defer f.Close()
		require.NoError(t, unix.IoctlSetPointerInt(int(f.Fd()), unix.FS_IOC_SETFLAGS, had))
	}
}

// userFlags is p's chattr flags but for those that say how it is stored.
func userFlags(t *testing.T, p string) int { return allFlags(t, p) &^ storageFlags }

func allFlags(t *testing.T, p string) int {
	flags, err := flagsOf(p)
	require.NoError(t, err)
	return flags
}

const extentsFlag = 0x00080000 // FS_EXTENT_FL

// An append-only file cannot be replaced: fix says so, and leaves it and
// its folder as they were.
func TestFixRefusesAnAppendOnlyFile(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "s.json")
	require.NoError(t, os.WriteFile(p, []byte("old"), 0o644))
	const appendOnly = 0x00000020
	defer setFlags(t, p, appendOnly)()
	err := WriteAtomic(OS{}, p, []byte("old"), []byte("new"))
	require.Error(t, err)
	assert.Contains(t, err.Error(), "append-only or immutable")
	got, _ := os.ReadFile(p)
	assert.Equal(t, "old", string(got))
	assert.Empty(t, hiddenIn(t, dir), "no copy left behind")
}

// A reused copy given a file's chattr flags keeps its own storage flags:
// dropping the extents flag asks ext4 to convert the file (an outside
// tester saw +A files lose it).
func TestReusedCopyKeepsItsStorageFlags(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.json"), filepath.Join(dir, "b.json")
	require.NoError(t, os.WriteFile(a, []byte("old a"), 0o644))
	require.NoError(t, os.WriteFile(b, []byte("old b"), 0o644))
	if allFlags(t, b)&extentsFlag == 0 {
		t.Skip("no extents here")
	}
	setFlags(t, b, noatime)
	aOld := inode(t, a)
	fixInTurn(t, edit{a, "old a", "new a"}, edit{b, "old b", "new b"})
	require.Equal(t, aOld, inode(t, b), "b's copy is a's replaced original")
	assert.Equal(t, noatime|extentsFlag, allFlags(t, b)&(noatime|extentsFlag))
}
