//go:build !linux

package fix

import "errors"

var errNoSwap = errors.New("swapping names is not supported here")

// Elsewhere names are not swapped, so nothing is recycled, and every file
// is synced alone.
func exchange(from, to string) error                      { return errNoSwap }
func errSwapUnsupported(err error) bool                   { return errors.Is(err, errNoSwap) }
func reuse(old, dir, pattern string) (File, bool, uint64) { return nil, true, 0 }

const canSyncFS = false

func hasDefaultACL(string) bool { return false }

func fsSyncer(string) (func() error, func(), error) { return nil, nil, errNoSwap }
func deviceOf(File) (uint64, error)                 { return 0, errNoSwap }
func inodeOf(File) (dev, ino uint64, ok bool)       { return 0, 0, false }
func stillOurs(string, uint64, uint64) bool         { return true }

// A folder cannot be synced everywhere (Windows); that is no failure.
func errSyncDirUnsupported(error) bool { return true }
