//go:build unix

package lint

import (
	"errors"
	"os"
	"sync/atomic"
	"syscall"
)

// readFile reads a regular file in four system calls (open, fstat, read,
// close) where os.Open and a read to EOF take seven: on a run over
// thousands of small files that is a sixth of the CPU. The file is opened
// non-blocking, so that a FIFO named as input does not block the open, and
// refused when it is not a regular file, or one of outputs (see
// Linter.Outputs).
func readFile(path string, limit int64, outputs []os.FileInfo) ([]byte, error) {
	var st syscall.Stat_t
	b, err := ReadRegular(path, limit, &st)
	if err == nil && len(outputs) > 0 {
		for _, o := range outputs {
			if out, ok := o.Sys().(*syscall.Stat_t); ok && out.Dev == st.Dev && out.Ino == st.Ino {
				return nil, &PathError{path, outputError(st.Size)}
			}
		}
	}
	return b, err
}

// ReadRegular is how qalint reads a file it checks or fixes (see
// readFile), and also stats it into st when st is not nil: the stat of the
// very file read. fix's last check before a rename reads this way too.
func ReadRegular(path string, limit int64, st *syscall.Stat_t) ([]byte, error) {
	var own syscall.Stat_t
	if st == nil {
		st = &own
	}
	fd, err := openToRead(path)
	if err != nil {
		return nil, &PathError{path, err}
	}
	defer syscall.Close(fd)
	if err := syscall.Fstat(fd, st); err != nil {
		return nil, &PathError{path, err}
	}
	if st.Mode&syscall.S_IFMT != syscall.S_IFREG {
		return nil, &PathError{path, errors.New("not a regular file")}
	}
	if st.Size > limit {
		return nil, tooLarge(path, st.Size, limit)
	}
	// The size from fstat is the file; a file that grows while it is read
	// is read up to the limit.
	b := make([]byte, 0, st.Size+1)
	for {
		n, err := syscall.Read(fd, b[len(b):cap(b)])
		if err == syscall.EINTR || err == syscall.EAGAIN {
			continue
		}
		if err != nil {
			return nil, &PathError{path, err}
		}
		b = b[:len(b)+max(n, 0)]
		if n == 0 || (len(b) == int(st.Size) && len(b) < cap(b)) {
			break
		}
		if int64(len(b)) > limit {
			return nil, tooLarge(path, int64(len(b)), limit)
		}
		if len(b) == cap(b) {
			b = append(b, 0)[:len(b)]
		}
	}
	return b, nil
}

// keepAccessTime is whether reads still ask the kernel to leave a file's
// access time alone (see openToRead); off after the first refusal.
var keepAccessTime atomic.Bool

func init() { keepAccessTime.Store(noAccessTime != 0) }

// openToRead opens path to read, non-blocking, leaving its access time
// alone where the kernel allows it (Linux's O_NOATIME, for files of one's
// own). Why: reading a freshly written file stamps its access time, which
// makes its inode dirty; fix then syncs the file system, and wrote those
// inodes out too (a seventh of its disk writes on 2,000 files). Reading
// another user's file, the kernel refuses the flag (EPERM): the file is
// then opened as usual, and the flag is no longer asked for.
func openToRead(path string) (int, error) {
	const flags = syscall.O_RDONLY | syscall.O_CLOEXEC | syscall.O_NONBLOCK
	for {
		keep := keepAccessTime.Load()
		f := flags
		if keep {
			f |= noAccessTime
		}
		fd, err := syscall.Open(path, f, 0)
		switch {
		case err == syscall.EINTR:
			continue
		case err == syscall.EPERM && keep:
			keepAccessTime.Store(false)
			continue
		}
		return fd, err
	}
}
