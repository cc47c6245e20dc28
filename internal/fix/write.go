package fix

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
)

// FS is what an atomic write needs from the file system; tests inject
// failures through it.
type FS interface {
	CreateTemp(dir, pattern string) (File, error)
	Rename(from, to string) error
	Remove(name string) error
	ReadFile(name string) ([]byte, error)
	Stat(name string) (os.FileInfo, error)
}

// File is a temporary file being written.
type File interface {
	io.Writer
	Name() string
	Sync() error
	Chmod(os.FileMode) error
	Close() error
}

// OS is the real file system.
type OS struct{}

func (OS) CreateTemp(dir, pattern string) (File, error) { return os.CreateTemp(dir, pattern) }
func (OS) Rename(from, to string) error                 { return os.Rename(from, to) }
func (OS) Remove(name string) error                     { return os.Remove(name) }
func (OS) ReadFile(name string) ([]byte, error)         { return os.ReadFile(name) }
func (OS) Stat(name string) (os.FileInfo, error)        { return os.Stat(name) }

// ErrChanged is returned when the file changed between reading and writing.
var ErrChanged = errors.New("the file changed while qalint was fixing it; run fix again")

// WriteAtomic replaces path with data: a temporary file in the same folder,
// written, synced and given the original's permissions, is renamed over it.
// The original is never truncated; on any failure it is left as it was and
// the temporary file is removed. original is what was read and fixed: if the
// file no longer holds it, nothing is written.
func WriteAtomic(fsys FS, path string, original, data []byte) (err error) {
	st, err := fsys.Stat(path)
	if err != nil {
		return err
	}
	if st.Mode().Perm()&0o222 == 0 {
		return fmt.Errorf("%s is read-only; not changed", path)
	}
	tmp, err := fsys.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".qalint-*")
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			tmp.Close()
			fsys.Remove(tmp.Name())
		}
	}()
	if _, err = tmp.Write(data); err != nil {
		return fmt.Errorf("writing %s: %w; the original is unchanged", tmp.Name(), err)
	}
	if err = tmp.Sync(); err != nil {
		return fmt.Errorf("syncing %s: %w; the original is unchanged", tmp.Name(), err)
	}
	if err = tmp.Chmod(st.Mode().Perm()); err != nil {
		return err
	}
	if err = tmp.Close(); err != nil {
		return err
	}
	now, err := fsys.ReadFile(path)
	if err != nil {
		return err
	}
	if !bytes.Equal(now, original) {
		err = ErrChanged
		return err
	}
	return fsys.Rename(tmp.Name(), path)
}
