package fix

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"slices"
	"strings"

	"golang.org/x/sys/unix"
)

// keepAttributes gives the copy exactly the original's extended
// attributes: its ACL (which users besides the owner may read or write
// it), user attributes, security labels. A fixed file must lose none of
// them (an ACL lost shuts out the users it named) and gain none (a copy
// created in a folder with a default ACL inherits it, which would open a
// file its owner had kept closed). One that cannot be kept or dropped
// (a label the kernel will not let qalint set) refuses the copy, as an
// owner that cannot be kept does.
func keepAttributes(f File, target string) error {
	want, err := xattrNames(func(b []byte) (int, error) { return unix.Llistxattr(target, b) })
	if err != nil {
		return fmt.Errorf("its extended attributes cannot be read (%w)", err)
	}
	fd, ok := fdOf(f)
	if !ok {
		if len(want) == 0 {
			return nil
		}
		return errors.New("its extended attributes cannot be kept")
	}
	var have []string
	if _, reused := f.(*overwrite); !reused { // a reused copy has none (see reuse)
		if have, err = xattrNames(func(b []byte) (int, error) { return unix.Flistxattr(fd, b) }); err != nil {
			return fmt.Errorf("the extended attributes of its copy cannot be read (%w)", err)
		}
	}
	for _, name := range have {
		if !slices.Contains(want, name) {
			if err := unix.Fremovexattr(fd, name); err != nil && !errors.Is(err, unix.ENODATA) {
				return fmt.Errorf("its copy took the extended attribute %s, which cannot be dropped (%w)", name, err)
			}
		}
	}
	for _, name := range want {
		value, err := xattrValue(func(b []byte) (int, error) { return unix.Lgetxattr(target, name, b) })
		if errors.Is(err, unix.ENODATA) {
			continue // removed meanwhile
		}
		if err != nil {
			return fmt.Errorf("its extended attribute %s cannot be read (%w)", name, err)
		}
		if slices.Contains(have, name) {
			if now, err := xattrValue(func(b []byte) (int, error) { return unix.Fgetxattr(fd, name, b) }); err == nil && bytes.Equal(now, value) {
				continue // inherited as it was (a label given by the folder)
			}
		}
		if err := unix.Fsetxattr(fd, name, value, 0); err != nil {
			return fmt.Errorf("its extended attribute %s cannot be kept (%w)", name, err)
		}
	}
	return nil
}

// xattrNames lists names with list, a listxattr call; none where the file
// system has no extended attributes.
func xattrNames(list func([]byte) (int, error)) ([]string, error) {
	b, err := xattrValue(list)
	if errors.Is(err, unix.ENOTSUP) {
		return nil, nil
	}
	if err != nil || len(b) == 0 {
		return nil, err
	}
	return strings.Split(strings.TrimSuffix(string(b), "\x00"), "\x00"), nil
}

// xattrValue reads with get, a getxattr or listxattr call, asking the size
// first and again if it grew meanwhile.
func xattrValue(get func([]byte) (int, error)) ([]byte, error) {
	for {
		n, err := get(nil)
		if err != nil || n == 0 {
			return nil, err
		}
		b := make([]byte, n)
		n, err = get(b)
		if errors.Is(err, unix.ERANGE) {
			continue
		}
		if err != nil {
			return nil, err
		}
		return b[:n], nil
	}
}

// fdOf is the descriptor of a temporary copy written through the OS.
func fdOf(f File) (int, bool) {
	if g, ok := f.(*groupFile); ok {
		f = g.File
	}
	switch f := f.(type) {
	case *overwrite:
		return f.fd, f.fd >= 0
	case *os.File:
		return int(f.Fd()), true
	}
	return 0, false
}
