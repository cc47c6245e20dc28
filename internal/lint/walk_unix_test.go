//go:build unix

package lint

import (
	"os"
	"path/filepath"
	"syscall"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A walk reads no link and no special file, but says so (check and fix
// --verbose print the reason), and a file named on the command line is
// checked as named even when a folder named before it holds it.
func TestWalkReportsLinksAndFIFOsItSkips(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{"real.json": "[]", "package.json": `{"name": "x"}`})
	require.NoError(t, os.Symlink("real.json", filepath.Join(dir, "link.json")))
	require.NoError(t, syscall.Mkfifo(filepath.Join(dir, "pipe.json"), 0o644))
	skips := map[string]string{}
	var named []string
	errs := Walk([]string{dir, filepath.Join(dir, "package.json")}, nil, func(in Input) {
		if in.Found && in.Skip != "" {
			skips[filepath.Base(in.Path)] = in.Skip
		}
		if !in.Found {
			named = append(named, filepath.Base(in.Path))
		}
	})
	require.Empty(t, errs)
	assert.Equal(t, map[string]string{"link.json": SkipLink, "pipe.json": SkipSpecial}, skips)
	assert.Equal(t, []string{"package.json"}, named, "named, so checked whatever its content")
	src, skipped, err := (&Linter{}).Load(Input{Path: filepath.Join(dir, "pipe.json"), Found: true, Skip: SkipSpecial})
	assert.Nil(t, src)
	assert.NoError(t, err)
	assert.Equal(t, SkipSpecial, skipped, "and never opened (a FIFO would hang)")
}
