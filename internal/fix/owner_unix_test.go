//go:build unix

package fix

import (
	"io/fs"
	"syscall"
)

func owner(fi fs.FileInfo) [2]uint32 {
	st := fi.Sys().(*syscall.Stat_t)
	return [2]uint32{st.Uid, st.Gid}
}
