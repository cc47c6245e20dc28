package fix

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"sync/atomic"
	"time"

	"github.com/qalint/qalint/internal/untrusted"
)

// RunFS is the file system one run of fix writes through: the OS, made
// cheaper for runs over many files in two ways, each keeping every file's
// replacement atomic (its name holds the old text or the new, never a mix)
// and durable (the new text is on disk before the name points to it).
//
//   - Inodes are recycled. Where the kernel can swap two names (Linux's
//     renameat2 RENAME_EXCHANGE), the fixed copy is swapped with the
//     original, and the original's inode, left under the temporary name,
//     becomes a later file's temporary copy: made private, moved beside
//     that file (unless it lies there already), written over, synced and
//     given that file's owner and mode like a new one. The original free
//     the longest goes first, so that a tree's inodes keep their order
//     (see take). Only an inode nobody
//     else has open is reused (the kernel must grant a write lease on it):
//     whoever opened the original before keeps reading its old text, as
//     after any rename. And only once the swap is on disk: written over
//     before, a crash could leave the old name pointing at the next file's
//     text. Why recycle: a rename over a file frees the replaced inode, and
//     on ext4 without a journal (this project's CI machines) every inode
//     allocation then skips, one by one, the inodes freed recently (a
//     minute or more): fixing thousands of files in a row was quadratic.
//   - With many files, temporary copies are synced and renamed in groups
//     (see committer): one sync of the file system for every few dozen
//     files rather than one per file. With few (a pre-commit hook's
//     handful), each file is synced alone, so that a run never waits on
//     other programs' writes.
//
// Close makes the renames durable and removes the inodes left over (until
// then they hold the text fixed files had before, under hidden temporary
// names beside them).
type RunFS struct {
	OS
	grouped bool // sync and rename in groups

	mu      sync.Mutex
	free    []string            // replaced originals whose swap is on disk, the longest free first
	pending map[uint64][]string // by file system: replaced originals whose swap may not be on disk yet
	noSwap  bool                // the file system cannot swap names
	noReuse map[uint64]bool     // file systems whose inodes cannot be given a new generation (see retag): none of theirs is reused
	groups  map[uint64]*fsGroup
	devs    map[string]uint64 // the file system of each folder written to
	acls    map[string]bool   // whether each folder written to has a default ACL
}

// fsGroup is the committer of one file system.
type fsGroup struct {
	*committer
	close func()
}

// groupAtFiles is how many files a run must name for their syncs to be
// grouped.
const groupAtFiles = 16

// NewRunFS returns the file system for a run over files inputs; call
// Close when done.
func NewRunFS(files int) *RunFS {
	return &RunFS{grouped: files >= groupAtFiles && canSyncFS, pending: map[uint64][]string{}, noReuse: map[uint64]bool{}, groups: map[uint64]*fsGroup{}, devs: map[string]uint64{}, acls: map[string]bool{}}
}

// CreateTemp reuses a replaced original when one is free, else creates a
// new file; in a grouped run, the file is committed with its group.
func (r *RunFS) CreateTemp(dir, pattern string) (File, error) {
	f, err := r.createTemp(dir, pattern)
	if err != nil || !r.grouped {
		return f, err
	}
	g, err := r.group(f, dir)
	if err != nil {
		return f, nil // the file syncs alone
	}
	return &groupFile{File: f, c: g.committer}, nil
}

func (r *RunFS) createTemp(dir, pattern string) (File, error) {
	if r.inheritsACL(dir) {
		return os.CreateTemp(dir, pattern)
	}
	for {
		old := r.take(dir)
		if old == "" {
			return os.CreateTemp(dir, pattern)
		}
		f, unsupported, dev := reuse(old, dir, pattern)
		if f != nil {
			return f, nil
		}
		if unsupported {
			r.mu.Lock()
			r.noReuse[dev] = true
			r.devs[filepath.Dir(old)] = dev // (so that take knows its originals)
			r.mu.Unlock()
		}
		os.Remove(old) // not reusable (see reuse): a new file instead
	}
}

// inheritsACL reports whether files created in dir take its default ACL:
// a reused inode, made elsewhere, would not (an outside tester saw every
// file of such a folder lose its ACL). Asked once per folder.
func (r *RunFS) inheritsACL(dir string) bool {
	r.mu.Lock()
	has, known := r.acls[dir]
	r.mu.Unlock()
	if !known {
		has = hasDefaultACL(dir)
		r.mu.Lock()
		r.acls[dir] = has
		r.mu.Unlock()
	}
	return has
}

// group is the committer of the file system f lies on (in dir), made on
// first use.
func (r *RunFS) group(f File, dir string) (*fsGroup, error) {
	r.mu.Lock()
	dev, known := r.devs[dir]
	r.mu.Unlock()
	if !known {
		var err error
		if dev, err = deviceOf(f); err != nil {
			return nil, err
		}
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	r.devs[dir] = dev
	if g := r.groups[dev]; g != nil {
		return g, nil
	}
	syncAll, closeFn, err := fsSyncer(dir)
	if err != nil {
		return nil, err
	}
	g := &fsGroup{close: closeFn, committer: newCommitter(syncAll,
		func(j *commitJob) error { return r.place(dev, j) },
		func() { r.swapsOnDisk(dev) }, writers()/2, 2*time.Millisecond)}
	r.groups[dev] = g
	return g, nil
}

// Rename, for a copy synced alone, swaps from and to when it can, and
// syncs the folder so that the new name is on disk at once.
func (r *RunFS) Rename(from, to string) error { return r.renameUnlessSaved(from, to, nil, nil) }

// renameUnlessSaved is Rename, with the swap undone when unchanged (when
// set) says the original, then under from, was saved meanwhile (for ours,
// see swapUnlessSaved).
func (r *RunFS) renameUnlessSaved(from, to string, unchanged func(string) error, ours func(string) bool) error {
	swapped, err := r.swapUnlessSaved(from, to, unchanged, ours)
	if err != nil {
		return err
	}
	err = syncDir(filepath.Dir(to))
	if swapped {
		r.mu.Lock()
		if err == nil {
			r.addFree(from)
		} else {
			r.pending[noDevice] = append(r.pending[noDevice], from) // removed by Close, never reused
		}
		r.mu.Unlock()
	}
	return err
}

// place moves a copy its group (on file system dev) has synced into place;
// the replaced original is reused only once the next sync of that file
// system has put the swap on disk.
func (r *RunFS) place(dev uint64, j *commitJob) error {
	if err := j.check(); err != nil {
		return err
	}
	// While the group was synced, the copy's name was someone else's to
	// change in a folder they can write (an outside tester put a hard link
	// to another file there, and fix swapped that file into place).
	if j.known && !stillOurs(j.tmp, j.dev, j.ino) {
		return fmt.Errorf("its temporary copy %s was replaced meanwhile; not changed", untrusted.Path(j.tmp))
	}
	ours := j.ours
	if ours != nil && j.known {
		ours = func(name string) bool { return stillOurs(name, j.dev, j.ino) && j.ours(name) }
	}
	swapped, err := r.swapUnlessSaved(j.tmp, j.target, j.unchanged, ours)
	if swapped {
		r.mu.Lock()
		r.pending[dev] = append(r.pending[dev], j.tmp)
		r.mu.Unlock()
	}
	return err
}

// swapUnlessSaved swaps from and to as swap does; then, when unchanged is
// set, it checks the original now under from, and if it was saved between
// the last check and the swap, it swaps them back (swapped false: from
// holds the copy again) and says why. If what comes back under from is not
// the copy (ours, when set, says), a second save reached the file
// meanwhile: it is left there, and named (an outside tester saw the undo
// throw a newer save away with the copy).
func (r *RunFS) swapUnlessSaved(from, to string, unchanged func(string) error, ours func(string) bool) (swapped bool, err error) {
	swapped, err = r.swap(from, to)
	if !swapped || unchanged == nil {
		return swapped, err
	}
	if cerr := unchanged(from); cerr != nil {
		if berr := exchange(from, to); berr != nil {
			return false, &savedAside{name: untrusted.Path(from), err: berr}
		}
		if ours != nil && !ours(from) {
			return false, &savedAside{name: untrusted.Path(from)}
		}
		return false, cerr
	}
	return true, nil
}

// swapsOnDisk: a sync of file system dev has finished, so every swap made
// there before it started is on disk, and the originals it replaced may be
// reused. (A sync of another file system says nothing of them.)
func (r *RunFS) swapsOnDisk(dev uint64) {
	r.mu.Lock()
	for _, p := range r.pending[dev] {
		r.addFree(p)
	}
	delete(r.pending, dev)
	r.mu.Unlock()
}

// noDevice keys the originals that are never to be reused.
const noDevice = ^uint64(0)

// swap swaps from and to, keeping what was at to under the name from
// (swapped true); where names cannot be swapped, it renames.
func (r *RunFS) swap(from, to string) (swapped bool, err error) {
	r.mu.Lock()
	noSwap := r.noSwap
	r.mu.Unlock()
	if !noSwap {
		switch err := exchange(from, to); {
		case err == nil:
			return true, nil
		case errSwapUnsupported(err):
			r.mu.Lock()
			r.noSwap = true
			r.mu.Unlock()
		}
	}
	return false, os.Rename(from, to)
}

// Close waits for the groups being committed, syncs the file systems once
// more so that the last renames are on disk, removes every replaced
// original not reused, and makes those removals durable too (a crash
// right after fix must not bring back files that hold old texts). It
// returns one error for each file it could not remove, naming it.
func (r *RunFS) Close() error {
	var errs []error
	r.mu.Lock()
	groups := r.groups
	r.groups = map[uint64]*fsGroup{}
	r.mu.Unlock()
	for _, g := range groups {
		g.stop()
		if err := g.sync(); err != nil {
			errs = append(errs, fmt.Errorf("syncing the file system: %w", err))
		}
	}
	r.mu.Lock()
	var left []string
	for _, l := range r.pending {
		left = append(left, l...)
	}
	left = append(left, r.free...)
	r.free, r.pending = nil, map[uint64][]string{}
	r.mu.Unlock()
	dirs := map[string]bool{}
	for i, err := range removeAll(left) {
		if err != nil && !os.IsNotExist(err) {
			errs = append(errs, fmt.Errorf("%s holds a fixed file's old text and could not be removed (%w); delete it", untrusted.Path(left[i]), unwrapPath(err)))
			continue
		}
		dirs[filepath.Dir(left[i])] = true
	}
	if len(groups) > 0 {
		for _, g := range groups {
			if err := g.sync(); err != nil {
				errs = append(errs, fmt.Errorf("syncing the file system: %w", err))
			}
			g.close()
		}
	} else {
		for dir := range dirs { // a run of a few files: a few folders
			if err := syncDir(dir); err != nil {
				errs = append(errs, err)
			}
		}
	}
	return errors.Join(errs...)
}

// removeAll removes paths, many at once: freeing a file's blocks waits for
// the disk when the file system discards them (mounted with discard, as
// this project's CI machines are), a fifth of a millisecond a file; some
// two hundred copies are left at the end of a long run.
func removeAll(paths []string) []error {
	errs := make([]error, len(paths))
	var next atomic.Int64
	var wg sync.WaitGroup
	for range min(32, len(paths)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := int(next.Add(1) - 1); i < len(paths); i = int(next.Add(1) - 1) {
				errs[i] = os.Remove(paths[i])
			}
		}()
	}
	wg.Wait()
	return errs
}

// addFree makes p reusable; r.mu is held.
func (r *RunFS) addFree(p string) { r.free = append(r.free, p) }

// take is a reusable original of dir's file system (any, when that is not
// known yet), the one free the longest; "" when there is none.
//
// The longest free, not one lying in dir already (which would need no
// move): files are fixed in path order, so each then takes the inode of
// the file a few dozen before it, and a tree whose inodes follow its paths
// (as a checkout or a copy writes them) keeps them in that order. Each
// sync then writes out a few blocks of the inode table rather than one
// or two for every file of its group: taken from any folder, the inodes a
// run gave out were shuffled, and with them every later run's swaps. On
// 2,000 files fixed six times over, the sixth run wrote 1,800 blocks of
// metadata rather than 3,650, in 1,500 disk requests rather than 2,900,
// and repeated runs no longer got slower each time (docs/speed.md).
func (r *RunFS) take(dir string) string {
	r.mu.Lock()
	defer r.mu.Unlock()
	want, known := r.devs[dir]
	if known && r.noReuse[want] {
		return "" // (the free ones are removed by Close)
	}
	for i, p := range r.free {
		dev, ok := r.devs[filepath.Dir(p)]
		if ok && (r.noReuse[dev] || known && dev != want) {
			continue // it could not move here, or cannot be retagged
		}
		if i == 0 {
			r.free = r.free[1:]
		} else {
			r.free = slices.Delete(r.free, i, i+1)
		}
		return p
	}
	return ""
}

// groupFile is a temporary copy committed with its group.
type groupFile struct {
	File
	c *committer
}

// written is the file a copy is written through: a group's copy, unwrapped
// (its own methods, such as a reused copy's descriptor, are not promoted).
func written(f File) File {
	if g, ok := f.(*groupFile); ok {
		return g.File
	}
	return f
}

// commit closes the copy and has its group sync it and move it into place
// after check; it returns once that is done or has failed.
func (f *groupFile) commit(target string, check func() error, unchanged func(string) error, ours func(string) bool) error {
	j := &commitJob{tmp: f.Name(), target: target, check: check, unchanged: unchanged, ours: ours}
	j.dev, j.ino, j.known = inodeOf(f.File)
	if err := f.File.Close(); err != nil {
		return err
	}
	return f.c.commit(j)
}

// cut drops what a reused copy held past the new text.
func (f *groupFile) cut() error { return cutRest(f.File) }

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
