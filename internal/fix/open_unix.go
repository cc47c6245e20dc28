//go:build unix

package fix

import (
	"os"
	"syscall"
)

// openRead opens a file for reading as a plain file: os.Open also tries to
// register it with the network poller (five more system calls, which fail
// for a regular file anyway), once for every file fix writes.
func openRead(name string) (*os.File, error) {
	for {
		fd, err := syscall.Open(name, syscall.O_RDONLY|syscall.O_CLOEXEC, 0)
		switch {
		case err == syscall.EINTR:
			continue
		case err != nil:
			return nil, &os.PathError{Op: "open", Path: name, Err: err}
		}
		return os.NewFile(uintptr(fd), name), nil
	}
}
