package fix

import (
	"os"
	"path/filepath"
	"sync"
)

// RunFS is the file system one run of fix writes through: the OS, made
// cheaper for runs over many files in two ways, each keeping every file's
// replacement atomic (its name holds the old text or the new, never a mix)
// and durable (the new text is on disk before the name points to it).
//
//   - Inodes are recycled. Where the kernel can swap two names (Linux's
//     renameat2 RENAME_EXCHANGE), the fixed copy is swapped with the
//     original, and the original's inode, left under the temporary name,
//     becomes the next file's temporary copy: made private, moved beside
//     that file, written over, synced and given that file's owner and mode
//     like a new one. Only an inode nobody else has open is reused (the
//     kernel must grant a write lease on it): whoever opened the original
//     before keeps reading its old text, as after any rename. Why: a
//     rename over a file frees the replaced inode, and on ext4 without a
//     journal (this project's CI machines) every inode allocation then
//     skips, one by one, the inodes freed recently (a minute or more):
//     fixing thousands of files in a row was quadratic.
//   - With many files, temporary copies are synced in groups (see
//     groupSync): one sync of the file system for every dozen files rather
//     than one per file. With few (a pre-commit hook's handful), each file
//     is synced alone, so that a run never waits on other programs' writes.
//
// Close removes the inodes left over (until then they hold the text fixed
// files had before, under hidden temporary names beside them) and makes
// the renames durable.
type RunFS struct {
	OS
	grouped bool // sync in groups

	mu     sync.Mutex
	free   []string // replaced originals, under their temporary names
	noSwap bool     // the file system cannot swap names
	groups map[uint64]*fsGroup
}

// fsGroup is the group sync of one file system.
type fsGroup struct {
	*groupSync
	close func()
}

// groupAtFiles is how many files a run must name for their syncs to be
// grouped.
const groupAtFiles = 16

// NewRunFS returns the file system for a run over files inputs; call
// Close when done.
func NewRunFS(files int) *RunFS {
	return &RunFS{grouped: files >= groupAtFiles && canSyncFS, groups: map[uint64]*fsGroup{}}
}

// CreateTemp reuses a replaced original when one is free, else creates a
// new file; under group sync, its Sync joins the group.
func (r *RunFS) CreateTemp(dir, pattern string) (File, error) {
	f, err := r.createTemp(dir, pattern)
	if err != nil || !r.grouped {
		return f, err
	}
	g, err := r.group(f, dir)
	if err != nil {
		return f, nil // the file syncs alone
	}
	return &groupFile{File: f, g: g.groupSync}, nil
}

func (r *RunFS) createTemp(dir, pattern string) (File, error) {
	for {
		old := r.take()
		if old == "" {
			return os.CreateTemp(dir, pattern)
		}
		if f := reuse(old, dir, pattern); f != nil {
			return f, nil
		}
		os.Remove(old) // not reusable (see reuse): a new file instead
	}
}

// group is the group sync of the file system f lies on (in dir), made on
// first use.
func (r *RunFS) group(f File, dir string) (*fsGroup, error) {
	dev, err := deviceOf(f)
	if err != nil {
		return nil, err
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	if g := r.groups[dev]; g != nil {
		return g, nil
	}
	syncAll, closeFn, err := fsSyncer(dir)
	if err != nil {
		return nil, err
	}
	g := &fsGroup{groupSync: newGroupSync(syncAll), close: closeFn}
	r.groups[dev] = g
	return g, nil
}

// Rename swaps from and to when it can, keeping what was at to under the
// name from for reuse; otherwise it renames. Alone, the folder is synced
// at once so that the new name is on disk; in groups, by Close.
func (r *RunFS) Rename(from, to string) error {
	if err := r.rename(from, to); err != nil || r.grouped {
		return err
	}
	return syncDir(filepath.Dir(to))
}

func (r *RunFS) rename(from, to string) error {
	r.mu.Lock()
	noSwap := r.noSwap
	r.mu.Unlock()
	if !noSwap {
		switch err := exchange(from, to); {
		case err == nil:
			r.mu.Lock()
			r.free = append(r.free, from)
			r.mu.Unlock()
			return nil
		case errSwapUnsupported(err):
			r.mu.Lock()
			r.noSwap = true
			r.mu.Unlock()
		}
	}
	return os.Rename(from, to)
}

// Close removes every replaced original not reused and, for grouped runs,
// syncs the file systems once more so that the renames are on disk.
func (r *RunFS) Close() error {
	r.mu.Lock()
	defer r.mu.Unlock()
	var first error
	keep := func(err error) {
		if err != nil && !os.IsNotExist(err) && first == nil {
			first = err
		}
	}
	for _, p := range r.free {
		keep(os.Remove(p))
	}
	r.free = nil
	for _, g := range r.groups {
		keep(g.Wait())
		g.close()
	}
	r.groups = map[uint64]*fsGroup{}
	return first
}

func (r *RunFS) take() string {
	r.mu.Lock()
	defer r.mu.Unlock()
	if len(r.free) == 0 {
		return ""
	}
	p := r.free[len(r.free)-1]
	r.free = r.free[:len(r.free)-1]
	return p
}

// groupFile is a temporary copy whose Sync joins its file system's group.
type groupFile struct {
	File
	g      *groupSync
	synced bool // Wait returned; settle is due
}

func (f *groupFile) Sync() error {
	if c, ok := f.File.(interface{ cut() error }); ok {
		if err := c.cut(); err != nil {
			return err
		}
	}
	err := f.g.Wait()
	f.synced = true
	return err
}

// settle tells the group this copy is renamed into place or abandoned
// (WriteAtomic calls it last, whatever happened).
func (f *groupFile) settle() {
	if f.synced {
		f.synced = false
		f.g.Settled()
	}
}

// syncDir makes the names in dir durable.
func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer d.Close()
	if err := d.Sync(); err != nil && !errSyncDirUnsupported(err) {
		return err
	}
	return nil
}
