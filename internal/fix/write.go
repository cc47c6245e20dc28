package fix

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"unicode/utf8"

	"github.com/qalint/qalint/internal/lint"
)

// FS is what an atomic write needs from the file system; tests inject
// failures through it.
type FS interface {
	CreateTemp(dir, pattern string) (File, error)
	Rename(from, to string) error
	Remove(name string) error
	Stat(name string) (os.FileInfo, error)
	// ReadStat reads a file and stats the very file it read (one open).
	ReadStat(name string) ([]byte, os.FileInfo, error)
}

// File is a temporary file being written.
type File interface {
	io.Writer
	Name() string
	Sync() error
	Chmod(os.FileMode) error
	Chown(uid, gid int) error
	Close() error
}

// OS is the real file system.
type OS struct{}

func (OS) CreateTemp(dir, pattern string) (File, error) { return os.CreateTemp(dir, pattern) }
func (OS) Rename(from, to string) error                 { return os.Rename(from, to) }
func (OS) Remove(name string) error                     { return os.Remove(name) }
func (OS) Stat(name string) (os.FileInfo, error)        { return os.Stat(name) }

func (OS) ReadStat(name string) ([]byte, os.FileInfo, error) { return readStat(name) }

// ErrChanged is returned when the file changed between reading and writing.
var ErrChanged = errors.New("the file changed while qalint was fixing it; run fix again")

// WriteAtomic replaces path with data: a temporary file in the same folder,
// written, given the original's owner, group and mode bits (setuid, setgid
// and sticky included) and synced, is renamed over it. The original is
// never truncated; on any failure it is left as it was and the temporary
// file is removed. original is what was read and fixed: if the file no
// longer holds it when the rename is due, nothing is written.
//
// A symbolic link is written through: its target is replaced and the link
// stays, provided the target lies inside the current folder or one of the
// folders among roots (the files and folders being fixed; without roots,
// inside the link's own folder). A file with
// several hard links is refused: a rename would split the names.
func WriteAtomic(fsys FS, path string, original, data []byte, roots ...string) (err error) {
	target, st, err := linkTarget(path, roots)
	if err != nil {
		return err
	}
	if st == nil { // a link: what it points to
		if st, err = fsys.Stat(target); err != nil {
			return err
		}
	}
	if st.Mode().Perm()&0o222 == 0 {
		return fmt.Errorf("%s is read-only; not changed", path)
	}
	if n := hardLinks(st); n > 1 {
		return fmt.Errorf("it has %d hard links; replacing it would split them, so it is not changed (fix a copy, or edit it by hand)", n)
	}
	tmp, err := fsys.CreateTemp(filepath.Dir(target), tempPattern(target))
	if err != nil {
		return fmt.Errorf("cannot create its temporary copy in %s (%w); not changed", filepath.Dir(target), unwrapPath(err))
	}
	defer func() {
		var aside *savedAside
		if err != nil && !errors.As(err, &aside) { // (a save put aside is the user's)
			tmp.Close()
			if note := leftover(tmp.Name(), fsys.Remove(tmp.Name())); note != "" {
				err = fmt.Errorf("%w; %s", err, note)
			}
		}
	}()
	if _, err = tmp.Write(data); err != nil {
		return fmt.Errorf("writing %s: %w; the original is unchanged", tmp.Name(), err)
	}
	// A reused copy loses what it held past the new text before it takes
	// the original's owner and mode: until then it is private, and the
	// text it held may be another file's (an outside tester read the tail
	// of a private file through a public folder when the cut came later).
	if err = cutRest(tmp); err != nil {
		return fmt.Errorf("writing %s: %w; the original is unchanged", tmp.Name(), err)
	}
	if err = keepOwnerAndMode(tmp, st); err != nil {
		return fmt.Errorf("%w; not changed", err)
	}
	if err = keepAttributes(tmp, target); err != nil {
		return fmt.Errorf("%w; not changed", err)
	}
	// Last checks, right before the rename: the same file, still holding
	// what was read. A save made meanwhile is not overwritten. Where the
	// rename is a swap, the same checks right after it, on the original
	// under the copy's name: a save made in place between the check and
	// the swap (an outside tester lost one in seven runs of an editor
	// saving 200 files during fix) has the swap undone.
	// Also the same owner, group and mode (a file made private meanwhile
	// stays private), and before the swap no attribute changed at all.
	holdsOriginal := func(name string) error {
		now, again, err := fsys.ReadStat(name)
		if err != nil {
			return err
		}
		if !bytes.Equal(now, original) || !sameFile(st, again) || !sameAccess(st, again) || name == target && !sameChange(st, again) {
			return ErrChanged
		}
		return nil
	}
	check := func() error { return holdsOriginal(target) }
	if g, ok := tmp.(interface {
		commit(target string, check func() error, unchanged func(string) error, ours func(string) bool) error
	}); ok {
		err = g.commit(target, check, holdsOriginal, isCopy(fsys, tmp, data)) // synced and renamed with a group of files
		return err
	}
	ours := isCopy(fsys, tmp, data) // (while the copy is open: its inode)
	if err = tmp.Sync(); err != nil {
		return fmt.Errorf("syncing %s: %w; the original is unchanged", tmp.Name(), err)
	}
	if err = tmp.Close(); err != nil {
		return err
	}
	if err = check(); err != nil {
		return err
	}
	if r, ok := fsys.(interface {
		renameUnlessSaved(from, to string, unchanged func(string) error, ours func(string) bool) error
	}); ok {
		return r.renameUnlessSaved(tmp.Name(), target, holdsOriginal, ours)
	}
	return fsys.Rename(tmp.Name(), target)
}

// leftover says where a copy that could not be removed (rerr) lies, so
// that the user can delete it; "" when it is gone. A copy whose folder was
// moved during the run went with it (an outside tester renamed folders
// mid-run and found fixed copies left in them, unnamed).
func leftover(tmp string, rerr error) string {
	switch {
	case rerr == nil:
		return ""
	case !errors.Is(rerr, fs.ErrNotExist):
		return fmt.Sprintf("its temporary copy %s could not be removed (%v): delete it", tmp, unwrapPath(rerr))
	}
	if _, err := os.Lstat(filepath.Dir(tmp)); errors.Is(err, fs.ErrNotExist) {
		return fmt.Sprintf("its folder was moved or removed meanwhile, with its temporary copy %s in it: delete that", filepath.Base(tmp))
	}
	return "" // gone: renamed into place, or removed
}

// savedAside: a save made while fix replaced the file is left under the
// copy's name, and not removed; the message says where and why.
type savedAside struct {
	name string // shown as untrusted.Path shows it
	err  error  // putting the save back failed (nil: a second save came)
}

func (e *savedAside) Error() string {
	if e.err == nil {
		return fmt.Sprintf("it was saved twice while qalint replaced it: the file holds the first save, and the newer one is in %s; keep the one you want", e.name)
	}
	return fmt.Sprintf("it was saved while qalint replaced it, and putting the save back failed (%v): the saved text is in %s; move it back by hand", e.err, e.name)
}

// isCopy is whether the file at name is still tmp's copy of data: the
// same inode (where that can be told) holding data, and nothing else. (A
// group's committer knows its copies' inodes already and checks them
// itself: no stat per file here.)
func isCopy(fsys FS, tmp File, data []byte) func(name string) bool {
	var dev, ino uint64
	known := false
	if _, grouped := tmp.(*groupFile); !grouped {
		dev, ino, known = inodeOf(tmp)
	}
	return func(name string) bool {
		now, st, err := fsys.ReadStat(name)
		if err != nil || !bytes.Equal(now, data) {
			return false
		}
		return !known || isInode(st, dev, ino)
	}
}

// cutRest drops what a reused copy held past the text just written (a new
// copy holds nothing more).
func cutRest(f File) error {
	if c, ok := f.(interface{ cut() error }); ok {
		return c.cut()
	}
	return nil
}

// tempPattern names the temporary copy of target beside it, hidden, after
// it: ".settings.json.qalint-123". A name near the 255-byte limit of most
// file systems is cut (at a character's start) to leave room for the rest.
func tempPattern(target string) string {
	name := filepath.Base(target)
	const room = 200
	if len(name) > room {
		cut := room
		for cut > 0 && !utf8.RuneStart(name[cut]) {
			cut--
		}
		name = name[:cut]
	}
	return "." + name + lint.FixCopyMark + "*"
}

// linkTarget is the file to replace for path: path itself, or the end of
// its chain of symbolic links when that lies inside the tree being fixed.
// When path is no link, st is its stat (what a stat of the target says,
// without asking again); nil otherwise.
func linkTarget(path string, roots []string) (target string, st os.FileInfo, err error) {
	fi, err := os.Lstat(path)
	if err != nil {
		return path, nil, nil // gone: the stat of the target reports it
	}
	if fi.Mode()&os.ModeSymlink == 0 && !inLinkedFolder(path) {
		return path, fi, nil
	}
	target, err = filepath.EvalSymlinks(path)
	if err != nil {
		return "", nil, fmt.Errorf("a symbolic link that cannot be followed (%w); not changed", unwrapPath(err))
	}
	for _, r := range linkRoots(path, roots) {
		if within(target, r) {
			return target, nil, nil
		}
	}
	return "", nil, fmt.Errorf("a symbolic link to %s, outside the files being fixed; not changed (fix the target itself)", target)
}

// inLinkedFolder reports whether a folder on path's way down from the
// current folder is a symbolic link (linkdir/settings.json, linkdir ->
// ../elsewhere): such a file is written through a link as surely as a link
// to it would be, so the same rule applies (an outside tester wrote through
// one). Folders above the current one, such as a system's /tmp ->
// /private/tmp, are not the tree's business.
func inLinkedFolder(path string) bool {
	rel := path
	if filepath.IsAbs(path) {
		wd, err := syscall.Getwd()
		if err != nil {
			return false
		}
		if rel, err = filepath.Rel(wd, path); err != nil {
			return false
		}
	}
	rel = filepath.Clean(rel)
	if rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return false
	}
	for dir := filepath.Dir(rel); dir != "." && dir != string(filepath.Separator); dir = filepath.Dir(dir) {
		if fi, err := os.Lstat(dir); err == nil && fi.Mode()&os.ModeSymlink != 0 {
			return true
		}
	}
	return false
}

// linkRoots are where a link's target may lie: the folders named on the
// command line; or, when only files are named (as pre-commit names them),
// the current working folder, the work tree. A file named is no root: it
// may be the link itself, and its target would then always lie "inside"
// it. The working folder is no root beside named folders: run from a
// parent (`cd / && qalint fix project/`) it let a link in project/ reach
// any file of the machine. Without roots, the link's own folder.
func linkRoots(path string, roots []string) []string {
	if len(roots) == 0 {
		return []string{filepath.Dir(path)}
	}
	var out []string
	for _, r := range roots {
		// A folder named through a link is a root: it was named on purpose.
		if fi, err := os.Stat(r); err == nil && fi.IsDir() {
			out = append(out, r)
		}
	}
	if len(out) == 0 {
		out = []string{"."}
	}
	return out
}

// within reports whether path lies inside root (or is root), both with
// their links resolved.
func within(path, root string) bool {
	r, err := filepath.EvalSymlinks(root)
	if err != nil {
		return false
	}
	absR, err1 := filepath.Abs(r)
	absP, err2 := filepath.Abs(path)
	if err1 != nil || err2 != nil {
		return false
	}
	rel, err := filepath.Rel(absR, absP)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator))
}

func unwrapPath(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
