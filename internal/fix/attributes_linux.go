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
// attributes (its ACL: which users besides the owner may read or write it;
// user attributes; security labels) and chattr flags (nodump, noatime,
// sync…). A fixed file must lose none of them (an ACL lost shuts out the
// users it named) and gain none (a copy created in a folder with a default
// ACL inherits it, which would open a file its owner had kept closed). One
// that cannot be kept or dropped (a label the kernel will not let qalint
// set) refuses the copy, as an owner that cannot be kept does.
func keepAttributes(f File, target string) error {
	f = written(f)
	if err := keepXattrs(f, target); err != nil {
		return err
	}
	return keepFlags(f, target)
}

// keepFlags gives the copy (unwrapped: see written) the original's chattr
// flags, but for those that say only how the file system stores it.
func keepFlags(f File, target string) error {
	want, err := flagsOf(target)
	if err != nil {
		return fmt.Errorf("its file attributes (chattr) cannot be read (%w)", err)
	}
	if want&fixedFlags != 0 {
		return errors.New("it is append-only or immutable (chattr +a, +i): it cannot be replaced")
	}
	fd, ok := fdOf(f)
	if !ok {
		if want&^storageFlags == 0 {
			return nil
		}
		return errors.New("its file attributes (chattr) cannot be kept")
	}
	if _, reused := f.(*overwrite); reused && want&^storageFlags == 0 {
		return nil // a reused copy has only storage flags (see plainInode); a new one may take its folder's
	}
	// The copy's own storage flags are kept: dropping the extents flag asks
	// ext4 to convert the file (an outside tester saw it happen).
	have, err := unix.IoctlGetInt(fd, unix.FS_IOC_GETFLAGS)
	if err != nil {
		if noFlagsHere(err) {
			return nil
		}
		return fmt.Errorf("the file attributes (chattr) of its copy cannot be read (%w)", err)
	}
	if want&^storageFlags == have&^storageFlags {
		return nil
	}
	if err := unix.IoctlSetPointerInt(fd, unix.FS_IOC_SETFLAGS, have&storageFlags|want&^storageFlags); err != nil {
		return fmt.Errorf("its file attributes (chattr) cannot be kept (%w)", err)
	}
	return nil
}

// flagsOf is the chattr flags of the file at path (0 where the file
// system has none).
func flagsOf(path string) (int, error) {
	fd, err := unix.Open(path, unix.O_RDONLY|unix.O_NONBLOCK|unix.O_NOFOLLOW|unix.O_CLOEXEC, 0)
	if err != nil {
		return 0, err
	}
	defer unix.Close(fd)
	flags, err := unix.IoctlGetInt(fd, unix.FS_IOC_GETFLAGS)
	if err != nil && noFlagsHere(err) {
		return 0, nil
	}
	return flags, err
}

// noFlagsHere: the file system has no chattr flags.
func noFlagsHere(err error) bool {
	return errors.Is(err, unix.ENOTTY) || errors.Is(err, unix.EOPNOTSUPP) || errors.Is(err, unix.EINVAL)
}

// Chattr flags (linux/fs.h) that say only how the file system stores a
// file (FS_EXTENT_FL, FS_HUGE_FILE_FL, FS_INLINE_DATA_FL), and those that
// forbid replacing it (FS_IMMUTABLE_FL, FS_APPEND_FL).
const (
	storageFlags = 0x00080000 | 0x00040000 | 0x10000000
	fixedFlags   = 0x00000010 | 0x00000020
)

// keepXattrs gives the copy (unwrapped: see written) exactly the
// original's extended attributes (see keepAttributes).
func keepXattrs(f File, target string) error {
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
	switch f := written(f).(type) {
	case *overwrite:
		return f.fd, f.fd >= 0
	case *os.File:
		return int(f.Fd()), true
	}
	return 0, false
}
