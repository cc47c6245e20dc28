//go:build linux

// Package ptytest opens a pseudo-terminal for tests: what decides colour and
// progress output is whether a stream is a terminal, which a bytes.Buffer
// never is, so only a real terminal (and a real pipe) can show the decision
// working both ways.
package ptytest

import (
	"fmt"
	"os"

	"golang.org/x/sys/unix"
)

// Open returns a pseudo-terminal's controlling side and its terminal side,
// the one a program writes to as if to a terminal.
func Open() (control, terminal *os.File, err error) {
	fd, err := unix.Open("/dev/ptmx", unix.O_RDWR|unix.O_NOCTTY|unix.O_CLOEXEC, 0)
	if err != nil {
		return nil, nil, err
	}
	control = os.NewFile(uintptr(fd), "/dev/ptmx")
	if err := unix.IoctlSetPointerInt(fd, unix.TIOCSPTLCK, 0); err != nil { // unlockpt
		control.Close()
		return nil, nil, err
	}
	n, err := unix.IoctlGetInt(fd, unix.TIOCGPTN) // ptsname
	if err != nil {
		control.Close()
		return nil, nil, err
	}
	terminal, err = os.OpenFile(fmt.Sprintf("/dev/pts/%d", n), os.O_RDWR|unix.O_NOCTTY, 0)
	if err != nil {
		control.Close()
		return nil, nil, err
	}
	// Raw output: the terminal must not turn "\n" into "\r\n".
	if t, err := unix.IoctlGetTermios(int(terminal.Fd()), unix.TCGETS); err == nil {
		t.Oflag &^= unix.OPOST
		unix.IoctlSetTermios(int(terminal.Fd()), unix.TCSETS, t)
	}
	return control, terminal, nil
}
