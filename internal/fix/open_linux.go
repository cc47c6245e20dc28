//go:build linux

package fix

import (
	"io/fs"
	"math"
	"os"
	"path/filepath"
	"syscall"
	"time"

	"github.com/qalint/qalint/internal/lint"
)

// readStat reads a file and stats the very file it read, as lint reads
// the files it checks: four system calls, opened non-blocking, and only a
// regular file. A file replaced by a FIFO during a run must not hold the
// committer, and with it every later file, in an open that waits for a
// writer (found by an outside tester; SIGINT could not stop it).
func readStat(name string) ([]byte, os.FileInfo, error) {
	st := &statInfo{name: filepath.Base(name)}
	b, err := lint.ReadRegular(name, math.MaxInt64, &st.sys)
	if err != nil {
		return nil, nil, err
	}
	return b, st, nil
}

// statInfo is a file's stat as fs.FileInfo, for readStat.
type statInfo struct {
	name string
	sys  syscall.Stat_t
}

func (s *statInfo) Name() string       { return s.name }
func (s *statInfo) Size() int64        { return s.sys.Size }
func (s *statInfo) ModTime() time.Time { return time.Unix(s.sys.Mtim.Unix()) }
func (s *statInfo) IsDir() bool        { return s.Mode().IsDir() }
func (s *statInfo) Sys() any           { return &s.sys }
func (s *statInfo) Mode() fs.FileMode {
	m := fs.FileMode(s.sys.Mode & 0o777)
	switch s.sys.Mode & syscall.S_IFMT {
	case syscall.S_IFDIR:
		m |= fs.ModeDir
	case syscall.S_IFLNK:
		m |= fs.ModeSymlink
	case syscall.S_IFIFO:
		m |= fs.ModeNamedPipe
	case syscall.S_IFSOCK:
		m |= fs.ModeSocket
	case syscall.S_IFCHR:
		m |= fs.ModeDevice | fs.ModeCharDevice
	case syscall.S_IFBLK:
		m |= fs.ModeDevice
	}
	if s.sys.Mode&syscall.S_ISUID != 0 {
		m |= fs.ModeSetuid
	}
	if s.sys.Mode&syscall.S_ISGID != 0 {
		m |= fs.ModeSetgid
	}
	if s.sys.Mode&syscall.S_ISVTX != 0 {
		m |= fs.ModeSticky
	}
	return m
}

// sameFile reports whether two stats are of the same file: os.SameFile
// knows only the os package's own stats.
func sameFile(a, b os.FileInfo) bool {
	x, ok1 := a.Sys().(*syscall.Stat_t)
	y, ok2 := b.Sys().(*syscall.Stat_t)
	if !ok1 || !ok2 {
		return os.SameFile(a, b)
	}
	return x.Dev == y.Dev && x.Ino == y.Ino
}

// sameAccess reports whether b has a's owner, group and mode bits: a file
// its owner made private meanwhile must not come back with the mode fix
// read first (an outside tester chmod-ed files 0600 during a run, and
// some came back 0644).
func sameAccess(a, b os.FileInfo) bool {
	x, ok1 := a.Sys().(*syscall.Stat_t)
	y, ok2 := b.Sys().(*syscall.Stat_t)
	if !ok1 || !ok2 {
		return a.Mode() == b.Mode()
	}
	return x.Uid == y.Uid && x.Gid == y.Gid && x.Mode == y.Mode
}

// sameChange reports whether b's inode change time is a's: no chmod,
// chown, ACL or other attribute change, and no write, came between. (A
// rename changes it too: after a swap, compare sameAccess only.)
func sameChange(a, b os.FileInfo) bool {
	x, ok1 := a.Sys().(*syscall.Stat_t)
	y, ok2 := b.Sys().(*syscall.Stat_t)
	return !ok1 || !ok2 || x.Ctim == y.Ctim
}

// isInode reports whether st is of the inode ino on dev.
func isInode(st os.FileInfo, dev, ino uint64) bool {
	sys, ok := st.Sys().(*syscall.Stat_t)
	return ok && sys.Dev == dev && sys.Ino == ino
}
