//go:build unix

package fix

import (
	"errors"
	"io/fs"
	"syscall"
)

// keepOwnerAndMode gives the replacement the original's owner and group,
// then its mode bits: chown clears setuid and setgid, so it comes first.
// A replacement that cannot keep the owner is refused rather than written
// under another one.
func keepOwnerAndMode(f File, st fs.FileInfo) error {
	if sys, ok := st.Sys().(*syscall.Stat_t); ok && !ownedBy(f, sys.Uid, sys.Gid) {
		if err := f.Chown(int(sys.Uid), int(sys.Gid)); err != nil {
			return errors.New("its owner and group cannot be kept (" + unwrapPath(err).Error() + ")")
		}
	}
	return f.Chmod(st.Mode() & (fs.ModePerm | fs.ModeSetuid | fs.ModeSetgid | fs.ModeSticky))
}

// ownedBy reports whether f is known to have this owner and group already.
func ownedBy(f File, uid, gid uint32) bool {
	o, ok := written(f).(interface{ owner() (uid, gid uint32) })
	if !ok {
		return false
	}
	u, g := o.owner()
	return u == uid && g == gid
}

// hardLinks is the number of names the file has.
func hardLinks(st fs.FileInfo) uint64 {
	if sys, ok := st.Sys().(*syscall.Stat_t); ok {
		return uint64(sys.Nlink)
	}
	return 1
}
