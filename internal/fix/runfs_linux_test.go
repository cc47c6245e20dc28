//go:build linux

package fix

import (
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/sys/unix"
)

func inode(t *testing.T, p string) uint64 {
	st, err := os.Stat(p)
	require.NoError(t, err)
	return st.Sys().(*syscall.Stat_t).Ino
}

// Fixing files one after another reuses the replaced originals' inodes as
// later files' copies, and every file still ends with exactly its new
// text, its own mode and no leftovers, whether the new text is shorter or
// longer than what the reused inode held.
func TestRunFSRecyclesReplacedInodes(t *testing.T) {
	for _, files := range []int{3, groupAtFiles} { // synced alone, and in groups
		t.Run(fmt.Sprint(files, " files"), func(t *testing.T) {
			dir := t.TempDir()
			fsys := NewRunFS(files)
			assert.Equal(t, files >= groupAtFiles, fsys.grouped)
			olds := map[uint64]bool{}
			var paths, news []string
			for i := range files {
				p := filepath.Join(dir, fmt.Sprintf("s%02d.json", i))
				old := fmt.Sprintf("old %d %s", i, strings.Repeat("o", (i*37)%90))
				mode := fs.FileMode(0o600)
				if i%2 == 1 {
					mode = 0o644
				}
				if i%4 == 3 {
					mode |= fs.ModeSetgid
				}
				require.NoError(t, os.WriteFile(p, []byte(old), mode))
				require.NoError(t, os.Chmod(p, mode))
				olds[inode(t, p)] = true
				news = append(news, fmt.Sprintf("new %d %s", i, strings.Repeat("n", (i*53)%70)))
				require.NoError(t, WriteAtomic(fsys, p, []byte(old), []byte(news[i])))
				paths = append(paths, p)
			}
			require.NoError(t, fsys.Close())
			reused := 0
			seen := map[uint64]bool{}
			for i, p := range paths {
				b, err := os.ReadFile(p)
				require.NoError(t, err)
				assert.Equal(t, news[i], string(b))
				st, _ := os.Stat(p)
				want := fs.FileMode(0o600)
				if i%2 == 1 {
					want = 0o644
				}
				if i%4 == 3 {
					want |= fs.ModeSetgid
				}
				assert.Equal(t, want, st.Mode()&(fs.ModePerm|fs.ModeSetgid), p)
				ino := inode(t, p)
				assert.False(t, seen[ino], "two files share an inode")
				seen[ino] = true
				if olds[ino] {
					reused++
				}
			}
			if fsys.grouped {
				// A replaced original waits for the next group's sync (its swap
				// on disk) before it is written over: the second file has a
				// new copy too.
				assert.Equal(t, files-2, reused, "every file but the first two reuses an earlier original's inode")
			} else {
				assert.Equal(t, files-1, reused, "every file but the first reuses the previous original's inode")
			}
			left, _ := filepath.Glob(filepath.Join(dir, ".*"))
			assert.Empty(t, left, "Close removes the last replaced original")
		})
	}
}

// A replaced original carrying extended attributes (an ACL, a label) is not
// reused: another file's copy must not inherit them.
func TestRunFSDoesNotReuseAnInodeWithExtendedAttributes(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.json"), filepath.Join(dir, "b.json")
	require.NoError(t, os.WriteFile(a, []byte("old a"), 0o644))
	require.NoError(t, os.WriteFile(b, []byte("old b"), 0o644))
	if err := unix.Setxattr(a, "user.qalint-test", []byte("x"), 0); err != nil {
		t.Skip("no user extended attributes here:", err)
	}
	fixInTurn(t, edit{a, "old a", "new a"}, edit{b, "old b", "new b"})
	n, err := unix.Listxattr(b, nil)
	require.NoError(t, err)
	assert.Zero(t, n, "b carries no attribute of a")
	left, _ := filepath.Glob(filepath.Join(dir, ".*"))
	assert.Empty(t, left)
}

// Whoever opened a file before fix replaced it goes on reading its old
// text, as after any rename: that inode is never reused as another file's
// copy (found by the tester: a reader of a public file then read a private
// one, and could write into it).
func TestRunFSDoesNotReuseAnInodeSomeoneHasOpen(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.json"), filepath.Join(dir, "b.json")
	require.NoError(t, os.WriteFile(a, []byte("public a"), 0o644))
	require.NoError(t, os.WriteFile(b, []byte("private b"), 0o600))
	for _, flag := range []int{os.O_RDONLY, os.O_RDWR} {
		held, err := os.OpenFile(a, flag, 0)
		require.NoError(t, err)
		fixInTurn(t, edit{a, "public a", "new a"}, edit{b, "private b", "secret b"})
		got := make([]byte, 64)
		n, _ := held.ReadAt(got, 0)
		assert.Equal(t, "public a", string(got[:n]), "the handle still reads a's old text")
		held.Close()
		b2, _ := os.ReadFile(b)
		assert.Equal(t, "secret b", string(b2))
		// Put a's old text back for the next round.
		require.NoError(t, os.WriteFile(a, []byte("public a"), 0o644))
		require.NoError(t, os.WriteFile(b, []byte("private b"), 0o600))
	}
	left, _ := filepath.Glob(filepath.Join(dir, ".*"))
	assert.Empty(t, left)
}

// chmodWatch records how much a copy holds when it takes the original's mode.
type chmodWatch struct {
	File
	sizes *[]int64
}

func (f chmodWatch) Chmod(m os.FileMode) error {
	st, err := os.Stat(f.Name())
	if err == nil {
		*f.sizes = append(*f.sizes, st.Size())
	}
	return f.File.Chmod(m)
}

func (f chmodWatch) cut() error { return cutRest(f.File) }

type chmodWatchFS struct {
	*RunFS
	sizes *[]int64
}

func (w chmodWatchFS) CreateTemp(dir, pattern string) (File, error) {
	f, err := w.RunFS.CreateTemp(dir, pattern)
	if err != nil {
		return nil, err
	}
	return chmodWatch{f, w.sizes}, nil
}

// A private file's replaced original, reused as a public file's copy, holds
// nothing of its old text once it takes the public file's mode (an outside
// tester read a private file's tail through a public folder when the copy
// was cut only after its chmod).
func TestRunFSReusedCopyHoldsOnlyTheNewTextWhenItWidens(t *testing.T) {
	dir := t.TempDir()
	priv, pub := filepath.Join(dir, "priv"), filepath.Join(dir, "pub")
	require.NoError(t, os.Mkdir(priv, 0o700))
	require.NoError(t, os.Mkdir(pub, 0o755))
	a, b := filepath.Join(priv, "a.json"), filepath.Join(pub, "b.json")
	secretText := strings.Repeat("private text ", 300)
	require.NoError(t, os.WriteFile(a, []byte(secretText), 0o600))
	require.NoError(t, os.WriteFile(b, []byte("old b"), 0o644))
	var sizes []int64
	fsys := chmodWatchFS{NewRunFS(2), &sizes}
	olds := inode(t, a)
	require.NoError(t, WriteAtomic(fsys, a, []byte(secretText), []byte("new a")))
	require.NoError(t, WriteAtomic(fsys, b, []byte("old b"), []byte("new b")))
	require.NoError(t, fsys.Close())
	require.Equal(t, olds, inode(t, b), "b's copy is a's old inode")
	assert.Equal(t, []int64{5, 5}, sizes, "each copy holds its new text only when it takes the original's mode")
	got, _ := os.ReadFile(b)
	assert.Equal(t, "new b", string(got))
}

// An original carrying inode flags of its own (chattr +d: nodump) is not
// reused: another file's copy must not inherit them.
func TestRunFSDoesNotReuseAnInodeWithFlags(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.json"), filepath.Join(dir, "b.json")
	require.NoError(t, os.WriteFile(a, []byte("old a"), 0o644))
	require.NoError(t, os.WriteFile(b, []byte("old b"), 0o644))
	f, err := os.Open(a)
	require.NoError(t, err)
	flags, err := unix.IoctlGetInt(int(f.Fd()), unix.FS_IOC_GETFLAGS)
	if err == nil {
		err = unix.IoctlSetPointerInt(int(f.Fd()), unix.FS_IOC_SETFLAGS, flags|0x40) // FS_NODUMP_FL
	}
	f.Close()
	if err != nil {
		t.Skip("no inode flags here:", err)
	}
	fixInTurn(t, edit{a, "old a", "new a"}, edit{b, "old b", "new b"})
	g, err := os.Open(b)
	require.NoError(t, err)
	defer g.Close()
	got, err := unix.IoctlGetInt(int(g.Fd()), unix.FS_IOC_GETFLAGS)
	require.NoError(t, err)
	assert.Zero(t, got&0x40, "b is not nodump")
}

// The last check before a rename reads the file without blocking: a file
// replaced by a FIFO is a changed file, not an open that waits forever for
// a writer (an outside tester hung fix this way; SIGINT could not stop it).
func TestWriteAtomicTargetReplacedByAFIFO(t *testing.T) {
	for _, files := range []int{2, groupAtFiles} {
		dir := t.TempDir()
		p := filepath.Join(dir, "s.json")
		require.NoError(t, os.WriteFile(p, []byte("old"), 0o644))
		fsys := &fifoAfterTemp{RunFS: NewRunFS(files), target: p}
		done := make(chan error, 1)
		go func() { done <- WriteAtomic(fsys, p, []byte("old"), []byte("new")) }()
		select {
		case err := <-done:
			require.Error(t, err, "a FIFO is not the file that was read")
			assert.Contains(t, err.Error(), "not a regular file")
		case <-time.After(30 * time.Second): // a hang, not slowness
			t.Fatal("WriteAtomic blocked on a FIFO")
		}
		require.NoError(t, fsys.Close())
		left, _ := filepath.Glob(filepath.Join(dir, ".*"))
		assert.Empty(t, left, "the copy is removed")
	}
}

// fifoAfterTemp replaces the target by a FIFO once its copy exists.
type fifoAfterTemp struct {
	*RunFS
	target string
}

func (f *fifoAfterTemp) CreateTemp(dir, pattern string) (File, error) {
	if err := os.Remove(f.target); err != nil && !os.IsNotExist(err) {
		return nil, err
	}
	if err := unix.Mkfifo(f.target, 0o644); err != nil {
		return nil, err
	}
	return f.RunFS.CreateTemp(dir, pattern)
}

// posixACL encodes a POSIX ACL as the kernel's xattr (version 2, then
// tag, permissions and id for each entry).
func posixACL(entries ...[3]uint32) []byte {
	b := binary.LittleEndian.AppendUint32(nil, 2)
	for _, e := range entries {
		b = binary.LittleEndian.AppendUint16(b, uint16(e[0]))
		b = binary.LittleEndian.AppendUint16(b, uint16(e[1]))
		b = binary.LittleEndian.AppendUint32(b, e[2])
	}
	return b
}

// In a folder with a default ACL, a file's copy is created there, so that
// it inherits the ACL, rather than reused from elsewhere (an outside tester
// saw every file of such a folder lose its ACL).
func TestRunFSCreatesCopiesInAFolderWithADefaultACL(t *testing.T) {
	dir := t.TempDir()
	other, shared := filepath.Join(dir, "other"), filepath.Join(dir, "shared")
	require.NoError(t, os.Mkdir(other, 0o755))
	require.NoError(t, os.Mkdir(shared, 0o775))
	const userObj, user, groupObj, mask, others = 0x01, 0x02, 0x04, 0x10, 0x20
	acl := posixACL([3]uint32{userObj, 6, ^uint32(0)}, [3]uint32{user, 6, 1000}, [3]uint32{groupObj, 4, ^uint32(0)},
		[3]uint32{mask, 6, ^uint32(0)}, [3]uint32{others, 4, ^uint32(0)})
	if err := unix.Setxattr(shared, "system.posix_acl_default", acl, 0); err != nil {
		t.Skip("no POSIX ACLs here:", err)
	}
	a, b := filepath.Join(other, "a.json"), filepath.Join(shared, "b.json")
	require.NoError(t, os.WriteFile(a, []byte("old a"), 0o644))
	require.NoError(t, os.WriteFile(b, []byte("old b"), 0o664))
	fixInTurn(t, edit{a, "old a", "new a"}, edit{b, "old b", "new b"})
	n, err := unix.Getxattr(b, "system.posix_acl_access", nil)
	require.NoError(t, err, "b's copy inherited the folder's ACL")
	assert.Positive(t, n)
}

// A replaced original that cannot be removed is named, each one, so that
// the user can delete it: it holds a fixed file's old text (an outside
// tester made folders immutable mid-run and got leftovers without a word).
func TestRunFSCloseNamesEveryLeftoverItCannotRemove(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "a.json")
	require.NoError(t, os.WriteFile(p, []byte("old a"), 0o644))
	fsys := NewRunFS(1)
	require.NoError(t, WriteAtomic(fsys, p, []byte("old a"), []byte("new a")))
	left, _ := filepath.Glob(filepath.Join(dir, ".a.json.qalint-*"))
	require.Len(t, left, 1, "the replaced original, kept for reuse")
	d, err := os.Open(dir)
	require.NoError(t, err)
	defer d.Close()
	flags, err := unix.IoctlGetInt(int(d.Fd()), unix.FS_IOC_GETFLAGS)
	if err == nil {
		err = unix.IoctlSetPointerInt(int(d.Fd()), unix.FS_IOC_SETFLAGS, flags|0x10) // FS_IMMUTABLE_FL
	}
	if err != nil {
		t.Skip("cannot make a folder immutable here:", err)
	}
	defer unix.IoctlSetPointerInt(int(d.Fd()), unix.FS_IOC_SETFLAGS, flags)
	err = fsys.Close()
	require.Error(t, err)
	assert.Contains(t, err.Error(), left[0]+" holds a fixed file's old text and could not be removed")
	assert.Contains(t, err.Error(), "delete it")
}

// swapTempOnCheck replaces every temporary copy in dir by a hard link to
// victim while the last checks run, as someone who can write dir could
// while a group is synced.
type swapTempOnCheck struct {
	*RunFS
	dir, victim string
}

func (f *swapTempOnCheck) ReadStat(name string) ([]byte, os.FileInfo, error) {
	tmps, _ := filepath.Glob(filepath.Join(f.dir, ".*.qalint-*"))
	for _, t := range tmps {
		os.Remove(t)
		os.Link(f.victim, t)
	}
	return f.RunFS.ReadStat(name)
}

// A copy whose name was given to another file while its group was synced
// is not swapped into place: the other file would take the fixed file's
// name (found by the outside tester, with a hard link to a file elsewhere).
// The same for a reused copy (an original replaced earlier in the run),
// whose name is checked as a new copy's is.
func TestRunFSDoesNotSwapInACopyReplacedMeanwhile(t *testing.T) {
	for _, reused := range []bool{false, true} {
		t.Run(fmt.Sprint("reused ", reused), func(t *testing.T) {
			dir := t.TempDir()
			repo := filepath.Join(dir, "repo")
			require.NoError(t, os.Mkdir(repo, 0o755))
			victim := filepath.Join(dir, "important.conf")
			require.NoError(t, os.WriteFile(victim, []byte("VICTIM"), 0o600))
			p := filepath.Join(repo, "s.json")
			require.NoError(t, os.WriteFile(p, []byte("old"), 0o644))
			r := NewRunFS(groupAtFiles)
			if reused {
				a := filepath.Join(repo, "a.json")
				require.NoError(t, os.WriteFile(a, []byte("old a"), 0o644))
				require.NoError(t, WriteAtomic(r, a, []byte("old a"), []byte("new a")))
				r.swapsOnDisk(r.devs[repo]) // a's original is free: s.json's copy reuses it
				require.Len(t, hiddenIn(t, repo), 1)
			}
			fsys := &swapTempOnCheck{RunFS: r, dir: repo, victim: victim}
			err := WriteAtomic(fsys, p, []byte("old"), []byte("new"))
			require.Error(t, err)
			assert.Contains(t, err.Error(), "was replaced meanwhile")
			require.NoError(t, fsys.Close())
			got, _ := os.ReadFile(p)
			assert.Equal(t, "old", string(got), "the file keeps its text")
			st, err := os.Stat(victim)
			require.NoError(t, err)
			assert.EqualValues(t, 1, st.Sys().(*syscall.Stat_t).Nlink, "the other file is where it was, under its own name only")
		})
	}
}

// An open that passed its permission check while the original was still
// public, and then waited on the lease, would hold the inode once reused
// for another file's text: such an inode is not reused, and the open gets
// it as it was (an outside tester read private texts this way).
func TestRunFSDoesNotReuseAnInodeSomeoneWaitsToOpen(t *testing.T) {
	dir := t.TempDir()
	old := filepath.Join(dir, ".a.json.qalint-1")
	require.NoError(t, os.WriteFile(old, []byte("public a"), 0o644))
	opened := make(chan *os.File, 1)
	testHookPrivate = func(fd int) {
		go func() {
			f, err := os.Open(old) // as root: the permission check passes anyway, as it did for nobody before the chmod
			assert.NoError(t, err)
			opened <- f
		}()
		for { // until the open waits on the lease (a deadlock detector bounds it, not a timing)
			lease, err := unix.FcntlInt(uintptr(fd), unix.F_GETLEASE, 0)
			require.NoError(t, err)
			if lease != unix.F_WRLCK {
				return
			}
			time.Sleep(time.Millisecond)
		}
	}
	defer func() { testHookPrivate = nil }()
	f, _, _ := reuse(old, dir, ".b.json.qalint-*")
	testHookPrivate = nil
	assert.Nil(t, f, "an inode someone is opening was reused")
	select {
	case h := <-opened:
		got, err := io.ReadAll(h)
		require.NoError(t, err)
		assert.Equal(t, "public a", string(got))
		h.Close()
	case <-time.After(time.Minute):
		t.Fatal("the waiting open never went on")
	}
}

// saveAfterCheck is a file system on which an editor saves target in place
// right after fix's last check has read it, before the swap.
type saveAfterCheck struct {
	*RunFS
	target, saved string
	done          bool
}

func (s *saveAfterCheck) ReadStat(name string) ([]byte, os.FileInfo, error) {
	b, st, err := s.RunFS.ReadStat(name)
	if name == s.target && !s.done {
		s.done = true
		f, ferr := os.OpenFile(name, os.O_WRONLY|os.O_TRUNC, 0)
		if ferr == nil {
			f.WriteString(s.saved)
			f.Close()
		}
	}
	return b, st, err
}

// A save made in place between the last check and the swap is not lost:
// the swap is undone, the file holds the save, and fix says it changed.
// Whether synced alone or in a group.
func TestRunFSUndoesTheSwapWhenTheFileWasSavedMeanwhile(t *testing.T) {
	for _, files := range []int{2, groupAtFiles} {
		t.Run(fmt.Sprint(files, " files"), func(t *testing.T) {
			dir := t.TempDir()
			p := filepath.Join(dir, "s.json")
			require.NoError(t, os.WriteFile(p, []byte("old"), 0o644))
			fsys := &saveAfterCheck{RunFS: NewRunFS(files), target: p, saved: "saved by hand"}
			err := WriteAtomic(fsys, p, []byte("old"), []byte("fixed"))
			require.ErrorIs(t, err, ErrChanged)
			require.NoError(t, fsys.Close())
			got, _ := os.ReadFile(p)
			assert.Equal(t, "saved by hand", string(got))
			assert.Empty(t, hiddenIn(t, dir), "the copy is removed")
		})
	}
}

// chmodAtCheck is a file system on which the owner makes target private
// (0600) just before fix's last check reads it, or just after.
type chmodAtCheck struct {
	*RunFS
	target string
	after  bool
	done   bool
}

func (c *chmodAtCheck) ReadStat(name string) ([]byte, os.FileInfo, error) {
	private := func() {
		if name == c.target && !c.done {
			c.done = true
			os.Chmod(name, 0o600)
		}
	}
	if !c.after {
		private()
	}
	b, st, err := c.RunFS.ReadStat(name)
	if c.after {
		private()
	}
	return b, st, err
}

// A file its owner makes private while fix works on it stays private: the
// last check sees the change (before the swap), or the check right after
// the swap does and undoes it; the file keeps its text, and fix says it
// changed. (An outside tester chmod-ed files 0600 during a run, and some
// came back 0644.) Alone and in a group.
func TestRunFSKeepsAFileMadePrivateMeanwhilePrivate(t *testing.T) {
	for _, after := range []bool{false, true} {
		for _, files := range []int{2, groupAtFiles} {
			t.Run(fmt.Sprint("after check ", after, ", ", files, " files"), func(t *testing.T) {
				dir := t.TempDir()
				p := filepath.Join(dir, "s.json")
				require.NoError(t, os.WriteFile(p, []byte("old"), 0o644))
				fsys := &chmodAtCheck{RunFS: NewRunFS(files), target: p, after: after}
				err := WriteAtomic(fsys, p, []byte("old"), []byte("fixed"))
				require.ErrorIs(t, err, ErrChanged)
				require.NoError(t, fsys.Close())
				st, err := os.Stat(p)
				require.NoError(t, err)
				assert.Equal(t, fs.FileMode(0o600), st.Mode().Perm())
				got, _ := os.ReadFile(p)
				assert.Equal(t, "old", string(got))
				assert.Empty(t, hiddenIn(t, dir))
			})
		}
	}
}

// twoSaves is a file system on which, right after fix's swap, one save
// lands in the original (now under the copy's name) and a second one in
// the file as the path now names it (fix's copy).
type twoSaves struct {
	*RunFS
	t      *testing.T
	target string
	done   bool
}

func (s *twoSaves) ReadStat(name string) ([]byte, os.FileInfo, error) {
	if name != s.target && !s.done { // the check right after the swap
		s.done = true
		require.NoError(s.t, os.WriteFile(name, []byte("save 1"), 0o644))
		require.NoError(s.t, os.WriteFile(s.target, []byte("save 2"), 0o644))
	}
	return s.RunFS.ReadStat(name)
}

// When undoing its swap would throw a newer save away with the copy, fix
// keeps both: the file holds the first save, the newer one stays under the
// copy's name, and the message names it. Alone and in a group.
func TestRunFSKeepsASecondSaveWhenItUndoesTheSwap(t *testing.T) {
	for _, files := range []int{2, groupAtFiles} {
		t.Run(fmt.Sprint(files, " files"), func(t *testing.T) {
			dir := t.TempDir()
			p := filepath.Join(dir, "s.json")
			require.NoError(t, os.WriteFile(p, []byte("old"), 0o644))
			fsys := &twoSaves{RunFS: NewRunFS(files), t: t, target: p}
			err := WriteAtomic(fsys, p, []byte("old"), []byte("fixed"))
			var aside *savedAside
			require.ErrorAs(t, err, &aside)
			assert.Contains(t, err.Error(), "saved twice")
			require.NoError(t, fsys.Close())
			got, _ := os.ReadFile(p)
			assert.Equal(t, "save 1", string(got))
			left := hiddenIn(t, dir)
			require.Len(t, left, 1, "the newer save is kept")
			newer, _ := os.ReadFile(left[0])
			assert.Equal(t, "save 2", string(newer))
			assert.Contains(t, err.Error(), filepath.Base(left[0]))
		})
	}
}

// A file handle taken on an original (as an NFS client holds one) does not
// open the later file whose copy reused that inode, in a folder the holder
// may not enter: the reused inode has a new generation, and the handle is
// stale.
func TestRunFSStaleHandleDoesNotOpenTheFileThatReusedItsInode(t *testing.T) {
	root := t.TempDir()
	x, y := filepath.Join(root, "x"), filepath.Join(root, "y")
	require.NoError(t, os.Mkdir(x, 0o755))
	require.NoError(t, os.Mkdir(y, 0o700))
	a, b := filepath.Join(x, "a.json"), filepath.Join(y, "b.json")
	require.NoError(t, os.WriteFile(a, []byte("old a"), 0o644))
	require.NoError(t, os.WriteFile(b, []byte("old b"), 0o644))
	original := inode(t, a)
	h, _, err := unix.NameToHandleAt(unix.AT_FDCWD, a, 0)
	if err != nil {
		t.Skip("no file handles on this file system:", err)
	}
	fixInTurn(t, edit{a, "old a", "new a"}, edit{b, "old b", "secret b"})
	if inode(t, b) != original {
		t.Skip("b's copy did not reuse a's original here (a file system that cannot retag an inode)")
	}
	mount, err := os.Open(root)
	require.NoError(t, err)
	defer mount.Close()
	fd, err := unix.OpenByHandleAt(int(mount.Fd()), h, unix.O_RDONLY)
	if errors.Is(err, unix.EPERM) {
		t.Skip("opening by handle needs CAP_DAC_READ_SEARCH")
	}
	if err == nil {
		got := make([]byte, 64)
		n, _ := unix.Read(fd, got)
		unix.Close(fd)
		t.Fatalf("a handle taken on a's original opens b: %q", got[:n])
	}
	assert.ErrorIs(t, err, unix.ESTALE)
}

// Where an inode cannot be given a new generation (tmpfs here), no inode
// is reused: every file gets a new one, and nothing is left behind.
func TestRunFSReusesNoInodeItCannotRetag(t *testing.T) {
	dir, err := os.MkdirTemp("/dev/shm", "qalint-retag-")
	if err != nil {
		t.Skip("no /dev/shm:", err)
	}
	defer os.RemoveAll(dir)
	if canRetag(t, dir) {
		t.Skip("this /dev/shm can retag inodes")
	}
	fsys := NewRunFS(3)
	olds := map[uint64]bool{}
	var paths []string
	for i := range 3 {
		p := filepath.Join(dir, fmt.Sprintf("s%d.json", i))
		require.NoError(t, os.WriteFile(p, []byte("old"), 0o644))
		olds[inode(t, p)] = true
		require.NoError(t, WriteAtomic(fsys, p, []byte("old"), []byte(fmt.Sprint("new ", i))))
		paths = append(paths, p)
	}
	require.NoError(t, fsys.Close())
	for i, p := range paths {
		got, err := os.ReadFile(p)
		require.NoError(t, err)
		assert.Equal(t, fmt.Sprint("new ", i), string(got))
		assert.False(t, olds[inode(t, p)], "%s reused an original's inode", p)
	}
	assert.Empty(t, hiddenIn(t, dir))
}

// canRetag reports whether files in dir can be given a new generation.
func canRetag(t *testing.T, dir string) bool {
	probe := filepath.Join(dir, ".probe")
	require.NoError(t, os.WriteFile(probe, nil, 0o600))
	defer os.Remove(probe)
	f, err := os.OpenFile(probe, os.O_WRONLY, 0)
	require.NoError(t, err)
	defer f.Close()
	return retag(int(f.Fd())) == nil
}

// A file system that cannot retag an inode stops reuse on that file system
// only: one run over a tmpfs folder and a disk folder still reuses inodes
// on the disk (an outside tester saw 100 tmpfs files turn reuse off for
// 2,000 ext4 files, and the run slow down by a quarter).
func TestRunFSStillReusesOnAFileSystemThatCanRetag(t *testing.T) {
	shm, err := os.MkdirTemp("/dev/shm", "qalint-mixed-")
	if err != nil {
		t.Skip("no /dev/shm:", err)
	}
	defer os.RemoveAll(shm)
	disk := t.TempDir()
	if canRetag(t, shm) || !canRetag(t, disk) {
		t.Skip("needs a /dev/shm that cannot retag inodes and a temporary folder that can")
	}
	s, a, b := filepath.Join(shm, "s.json"), filepath.Join(disk, "a.json"), filepath.Join(disk, "b.json")
	for _, p := range []string{s, a, b} {
		require.NoError(t, os.WriteFile(p, []byte("old"), 0o644))
	}
	original := inode(t, a)
	// a is offered s's original, which tmpfs cannot retag; b then a's.
	fixInTurn(t, edit{s, "old", "new s"}, edit{a, "old", "new a"}, edit{b, "old", "new b"})
	assert.Equal(t, original, inode(t, b), "b's copy reuses a's original")
	for p, want := range map[string]string{s: "new s", a: "new a", b: "new b"} {
		got, err := os.ReadFile(p)
		require.NoError(t, err)
		assert.Equal(t, want, string(got))
	}
	assert.Empty(t, hiddenIn(t, shm))
	assert.Empty(t, hiddenIn(t, disk))
}
