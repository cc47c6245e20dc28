//go:build !unix

package fix

import "io/fs"

func keepOwnerAndMode(f File, st fs.FileInfo) error { return f.Chmod(st.Mode().Perm()) }

func hardLinks(fs.FileInfo) uint64 { return 1 }
