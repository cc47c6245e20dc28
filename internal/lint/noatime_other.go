//go:build unix && !linux

package lint

// noAccessTime: only Linux has O_NOATIME (see openToRead).
const noAccessTime = 0
