//go:build !linux

package fix

import "errors"

var errNoSwap = errors.New("swapping names is not supported here")

// Elsewhere names are not swapped, so nothing is recycled, and every file
// is synced alone.
func exchange(from, to string) error                 { return errNoSwap }
func errSwapUnsupported(err error) bool              { return errors.Is(err, errNoSwap) }
func reuse(old, dir, pattern string, stay bool) File { return nil }

const canSyncFS = false

// folder: nothing is reused here, so nothing of a folder need be known.
type folder struct{}

func folderOf(string) folder     { return folder{} }
func (folder) inheritsACL() bool { return false }
func (folder) twin(folder) bool  { return false }

func fsSyncer(string) (func() error, func(), error) { return nil, nil, errNoSwap }
func deviceOf(File) (uint64, error)                 { return 0, errNoSwap }
func inodeOf(File) (dev, ino uint64, ok bool)       { return 0, 0, false }
func stillOurs(string, uint64, uint64) bool         { return true }

// A folder cannot be synced everywhere (Windows); that is no failure.
func errSyncDirUnsupported(error) bool { return true }
