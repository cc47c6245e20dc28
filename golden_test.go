package main

import (
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestEveryTestPackageTakesUpdate: `go test ./... -update` passes -update to
// every test binary, and one that does not define it fails. So every folder
// with tests imports internal/golden, which defines the flag once.
func TestEveryTestPackageTakesUpdate(t *testing.T) {
	const golden = "github.com/qalint/qalint/internal/golden"
	imports := map[string]bool{} // folder → imports golden in a test file
	err := filepath.WalkDir(".", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (strings.HasPrefix(d.Name(), ".") && path != "." || d.Name() == "testdata") {
			return fs.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, "_test.go") {
			return nil
		}
		dir := filepath.Dir(path)
		f, err := parser.ParseFile(token.NewFileSet(), path, nil, parser.ImportsOnly)
		require.NoError(t, err)
		for _, imp := range f.Imports {
			if p, _ := strconv.Unquote(imp.Path.Value); p == golden {
				imports[dir] = true
			}
		}
		imports[dir] = imports[dir] || false
		return nil
	})
	require.NoError(t, err)
	require.NotEmpty(t, imports)
	for dir, ok := range imports {
		assert.True(t, ok, "%s has tests but no test file imports %s", dir, golden)
	}
}
