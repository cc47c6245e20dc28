//go:build linux

package fix

import (
	"errors"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync/atomic"
	"syscall"
	"time"

	"golang.org/x/sys/unix"
)

// exchange swaps the names from and to atomically.
func exchange(from, to string) error {
	return unix.Renameat2(unix.AT_FDCWD, from, unix.AT_FDCWD, to, unix.RENAME_EXCHANGE)
}

// errSwapUnsupported reports an error that says the file system (or the
// kernel) cannot swap names at all, as opposed to failing this once.
func errSwapUnsupported(err error) bool {
	return errors.Is(err, unix.EINVAL) || errors.Is(err, unix.ENOSYS) || errors.Is(err, unix.EOPNOTSUPP)
}

// reuse makes the replaced original at old the temporary file for a file
// in dir: it is made private (ours, 0600) before it moves there (if it
// lies elsewhere), so that
// neither the text it held nor the text about to be written is ever
// readable by anyone the new file's own mode would not let read it. The
// new text is written over the old from the start and the rest cut off
// when it is synced (see overwrite): writing into blocks the file already
// has spares the file system freeing them and finding new ones. Only
// a plain file of ours with one name and no extended attributes (an ACL,
// a security label: things another file's copy must not inherit) is
// reused; nil otherwise, and the caller removes it. unsupported: file
// system dev cannot give an inode a new generation (see retag), so no
// inode of it is to be reused.
func reuse(old, dir, pattern string) (f File, unsupported bool, dev uint64) {
	// Non-blocking: a FIFO put under the hidden name must not hold the open.
	fd, err := unix.Open(old, unix.O_WRONLY|unix.O_NOFOLLOW|unix.O_CLOEXEC|unix.O_NONBLOCK, 0)
	if err != nil {
		return nil, false, 0
	}
	var st unix.Stat_t
	ok := unix.Fstat(fd, &st) == nil && st.Mode&unix.S_IFMT == unix.S_IFREG && st.Nlink == 1 &&
		int(st.Uid) == euid && noXattrs(fd) && plainInode(fd)
	// Retagged before the lease: an open by handle that came earlier holds
	// the inode, and the lease is refused; one that comes later is stale.
	if ok && retag(fd) != nil {
		ok, unsupported = false, true
	}
	ok = ok && aloneAndPrivate(fd)
	if !ok {
		unix.Close(fd)
		return nil, unsupported, st.Dev
	}
	reused := func(name string) File {
		return &overwrite{fd: fd, name: name, size: st.Size, uid: st.Uid, gid: st.Gid, dev: st.Dev, ino: st.Ino}
	}
	if filepath.Dir(old) == dir {
		return reused(old), false, st.Dev // already beside it, under a hidden name
	}
	for range 8 {
		name := filepath.Join(dir, tempName(pattern))
		switch err := unix.Renameat2(unix.AT_FDCWD, old, unix.AT_FDCWD, name, unix.RENAME_NOREPLACE); {
		case err == nil:
			return reused(name), false, st.Dev
		case errors.Is(err, unix.EEXIST):
			continue
		default:
			unix.Close(fd) // another file system (EXDEV), a folder we cannot write: not here
			return nil, false, st.Dev
		}
	}
	unix.Close(fd)
	return nil, false, st.Dev
}

// aloneAndPrivate makes fd's file private (0600) if no one else has it
// open. Someone who opened the original before it was replaced must go on
// reading its old text, as after any rename, and must never see, or write
// into, the next file's text: the kernel grants a write lease only when no
// other open file (or mapping) refers to the inode, and while the lease is
// held nobody can open it without waiting for us to let go. Once the file
// is 0600 and ours, only we (or root) could open it under its hidden name.
// Where leases are not available (some file systems, a kernel without
// them), nothing is reused.
//
// An open that passed its permission check before the chmod waits on the
// lease and would go on once we let go, holding the inode that is about to
// take a private file's text (an outside tester did so, as nobody, on
// public originals): the lease then shows the break it waits for, and the
// inode is not reused; that open gets it as it was, with its old text.
func aloneAndPrivate(fd int) bool {
	if _, err := unix.FcntlInt(uintptr(fd), unix.F_SETLEASE, unix.F_WRLCK); err != nil {
		return false
	}
	defer unix.FcntlInt(uintptr(fd), unix.F_SETLEASE, unix.F_UNLCK)
	if unix.Fchmod(fd, 0o600) != nil {
		return false
	}
	if testHookPrivate != nil {
		testHookPrivate(fd)
	}
	lease, err := unix.FcntlInt(uintptr(fd), unix.F_GETLEASE, 0)
	return err == nil && lease == unix.F_WRLCK // not F_RDLCK or F_UNLCK, the lease an open waits for
}

// retag gives a reused inode a new generation number. A file handle (what
// an NFS client, or open_by_handle_at, holds instead of an open file)
// names an inode by number and generation: kept, a handle taken on the
// original before the run would open the next file's copy afterwards,
// whatever folder that file lies in (an outside tester read files of a
// folder they could not enter through handles taken elsewhere). With a
// new generation such a handle is stale. File systems that cannot change
// it (ext4 with metadata checksums, XFS, Btrfs) reuse no inode.
func retag(fd int) error {
	return unix.IoctlSetPointerInt(fd, fsIocSetVersion, int(int32(rand.Uint32())))
}

// fsIocSetVersion is FS_IOC_SETVERSION, _IOW('v', 2, long), which
// x/sys/unix lacks: FS_IOC_SETFLAGS, _IOW('f', 2, long), with its type
// byte changed (the rest of the encoding is the architecture's).
const fsIocSetVersion = unix.FS_IOC_SETFLAGS + ('v'-'f')<<8

// testHookPrivate, when set (by tests), runs once an inode to reuse is
// private, before aloneAndPrivate looks for opens waiting on its lease.
var testHookPrivate func(fd int)

// plainInode reports whether the inode carries no flag of its own (chattr:
// nodump, sync, noatime, append-only…): another file's copy must not
// inherit them (an outside tester saw them move to unrelated files).
// Flags that say only how the file system stores the file are plain.
func plainInode(fd int) bool {
	flags, err := unix.IoctlGetInt(fd, unix.FS_IOC_GETFLAGS)
	if err != nil {
		return noFlagsHere(err)
	}
	return flags&^storageFlags == 0
}

// hasDefaultACL reports whether dir has a default ACL, which files created
// in it inherit.
func hasDefaultACL(dir string) bool {
	n, err := unix.Getxattr(dir, "system.posix_acl_default", nil)
	return err == nil && n > 0
}

func noXattrs(fd int) bool {
	n, err := unix.Flistxattr(fd, nil)
	return err == nil && n == 0 || errors.Is(err, unix.ENOTSUP)
}

var tempSeq atomic.Uint64

// tempName is pattern with its last "*" replaced by a name no other run
// and no other call of this one uses, as os.CreateTemp names files.
func tempName(pattern string) string {
	unique := strconv.FormatUint(uint64(time.Now().UnixNano())^tempSeq.Add(1)<<40, 36)
	if i := strings.LastIndex(pattern, "*"); i >= 0 {
		return pattern[:i] + unique + pattern[i+1:]
	}
	return pattern + unique
}

// overwrite is a reused file being written from its start; cut then drops
// whatever of the old text lies past the new (WriteAtomic calls it before
// the copy takes the original's owner and mode). It works on the
// descriptor itself: an os.File would ask its flags and try the network
// poller, system calls for every file fixed. (O_NONBLOCK, left from the
// open, does not apply to a regular file.)
type overwrite struct {
	fd       int
	name     string
	n        int64  // bytes written
	size     int64  // bytes it held
	uid, gid uint32 // its owner
	dev, ino uint64 // its file system, and itself there
}

func (o *overwrite) Name() string { return o.name }

func (o *overwrite) Write(p []byte) (int, error) {
	done := 0
	for done < len(p) {
		n, err := unix.Write(o.fd, p[done:])
		if err == unix.EINTR {
			continue
		}
		if err != nil {
			return done, o.pathError("write", err)
		}
		done += n
	}
	o.n += int64(done)
	return done, nil
}

func (o *overwrite) Sync() error {
	return o.pathError("sync", retry(func() error { return unix.Fsync(o.fd) }))
}
func (o *overwrite) Chmod(m os.FileMode) error {
	return o.pathError("chmod", unix.Fchmod(o.fd, posixMode(m)))
}
func (o *overwrite) Chown(uid, gid int) error {
	return o.pathError("chown", unix.Fchown(o.fd, uid, gid))
}
func (o *overwrite) device() uint64 { return o.dev }

// inode is the reused file's inode (see inodeOf): a reused copy's name is
// checked before its swap as a new copy's is.
func (o *overwrite) inode() (dev, ino uint64) { return o.dev, o.ino }

func (o *overwrite) Close() error {
	if o.fd < 0 {
		return o.pathError("close", os.ErrClosed)
	}
	err := unix.Close(o.fd)
	o.fd = -1
	return o.pathError("close", err)
}

// cut drops what of the old text lies past the new.
func (o *overwrite) cut() error {
	if o.size <= o.n {
		return nil
	}
	if err := retry(func() error { return unix.Ftruncate(o.fd, o.n) }); err != nil {
		return o.pathError("truncate", err)
	}
	o.size = o.n
	return nil
}

func (o *overwrite) pathError(op string, err error) error {
	if err == nil {
		return nil
	}
	return &os.PathError{Op: op, Path: o.name, Err: err}
}

// retry runs a system call again while a signal interrupts it.
func retry(call func() error) error {
	for {
		if err := call(); err != unix.EINTR {
			return err
		}
	}
}

// posixMode is m as chmod(2) takes it: permission bits, setuid, setgid,
// sticky.
func posixMode(m os.FileMode) uint32 {
	mode := uint32(m.Perm())
	if m&os.ModeSetuid != 0 {
		mode |= unix.S_ISUID
	}
	if m&os.ModeSetgid != 0 {
		mode |= unix.S_ISGID
	}
	if m&os.ModeSticky != 0 {
		mode |= unix.S_ISVTX
	}
	return mode
}

// owner is who owns the file: keepOwnerAndMode need not ask for the owner
// it already has.
func (o *overwrite) owner() (uid, gid uint32) { return o.uid, o.gid }

// euid is the user qalint runs as.
var euid = os.Geteuid()

// canSyncFS: Linux syncs a whole file system with syncfs(2).
const canSyncFS = true

// fsSyncer opens dir to sync its file system with.
func fsSyncer(dir string) (syncAll func() error, closeFn func(), err error) {
	fd, err := unix.Open(dir, unix.O_RDONLY|unix.O_DIRECTORY|unix.O_CLOEXEC, 0)
	if err != nil {
		return nil, nil, err
	}
	return func() error { return unix.Syncfs(fd) }, func() { unix.Close(fd) }, nil
}

// inodeOf is f's file system and inode number; ok is false when they
// cannot be told.
func inodeOf(f File) (dev, ino uint64, ok bool) {
	if i, is := f.(interface{ inode() (dev, ino uint64) }); is {
		dev, ino = i.inode()
		return dev, ino, true
	}
	s, is := f.(interface{ Stat() (os.FileInfo, error) })
	if !is {
		return 0, 0, false
	}
	fi, err := s.Stat()
	if err != nil {
		return 0, 0, false
	}
	st, is := fi.Sys().(*syscall.Stat_t)
	if !is {
		return 0, 0, false
	}
	return st.Dev, st.Ino, true
}

// stillOurs reports whether name is still the copy written (the inode
// ino on dev, its only name): someone who can write the folder could
// have put another file there, which the swap would move into place.
func stillOurs(name string, dev, ino uint64) bool {
	var st unix.Stat_t
	return unix.Lstat(name, &st) == nil && st.Dev == dev && st.Ino == ino && st.Nlink == 1 &&
		st.Mode&unix.S_IFMT == unix.S_IFREG
}

// deviceOf says which file system f lies on.
func deviceOf(f File) (uint64, error) {
	if d, ok := f.(interface{ device() uint64 }); ok {
		return d.device(), nil
	}
	s, ok := f.(interface{ Stat() (os.FileInfo, error) })
	if !ok {
		return 0, errors.New("not an OS file")
	}
	fi, err := s.Stat()
	if err != nil {
		return 0, err
	}
	st, ok := fi.Sys().(*syscall.Stat_t)
	if !ok {
		return 0, errors.New("no device")
	}
	return st.Dev, nil
}

// errSyncDirUnsupported: a folder that cannot be synced (some network
// file systems) is no failure of the write.
func errSyncDirUnsupported(err error) bool { return errors.Is(err, unix.EINVAL) }
