//go:build !linux

package fix

// keepAttributes: extended attributes and chattr flags are kept on Linux
// only (see attributes_linux.go); elsewhere a fixed file keeps its owner
// and mode.
func keepAttributes(File, string) error { return nil }
