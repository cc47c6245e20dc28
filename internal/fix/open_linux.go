//go:build linux

package fix

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"syscall"
	"time"
)

// readStat reads a file and stats the very file it read, in four system
// calls (open, fstat, read, close). It opens non-blocking and reads only a
// regular file: a file replaced by a FIFO during a run must not hold the
// committer, and with it every later file, in an open that waits for a
// writer (found by an outside tester; SIGINT could not stop it).
func readStat(name string) ([]byte, os.FileInfo, error) {
	var fd int
	var err error
	for {
		fd, err = syscall.Open(name, syscall.O_RDONLY|syscall.O_CLOEXEC|syscall.O_NONBLOCK, 0)
		if err != syscall.EINTR {
			break
		}
	}
	if err != nil {
		return nil, nil, &os.PathError{Op: "open", Path: name, Err: err}
	}
	defer syscall.Close(fd)
	st := &statInfo{name: filepath.Base(name)}
	if err := syscall.Fstat(fd, &st.sys); err != nil {
		return nil, nil, &os.PathError{Op: "stat", Path: name, Err: err}
	}
	if st.sys.Mode&syscall.S_IFMT != syscall.S_IFREG {
		return nil, nil, &os.PathError{Op: "read", Path: name, Err: errors.New("not a regular file")}
	}
	// Sized from the stat, with room to see the end: a short read of a
	// regular file is its end, and a file grown meanwhile fills the room
	// (and is seen to have changed).
	b := make([]byte, 0, st.sys.Size+1)
	for {
		n, err := syscall.Read(fd, b[len(b):cap(b)])
		if err == syscall.EINTR || err == syscall.EAGAIN {
			continue
		}
		if err != nil {
			return nil, nil, &os.PathError{Op: "read", Path: name, Err: err}
		}
		b = b[:len(b)+max(n, 0)]
		if n == 0 || len(b) < cap(b) {
			return b, st, nil
		}
		b = append(b, 0)[:len(b)]
	}
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
