package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The committed WebAssembly must be built from the code as it is: the page
// would otherwise check settings differently from `qalint check`.
func TestCommittedWasmIsCurrent(t *testing.T) {
	root, err := moduleRoot()
	require.NoError(t, err)
	b, err := os.ReadFile(filepath.Join(root, staticDir, stampName))
	require.NoError(t, err, "run `go generate ./internal/playground`")
	var stamp Stamp
	require.NoError(t, json.Unmarshal(b, &stamp))
	gz, err := os.ReadFile(filepath.Join(root, staticDir, "qalint.wasm.gz"))
	require.NoError(t, err, "run `go generate ./internal/playground`")
	assert.Equal(t, stamp.GzipBytes, len(gz), "qalint.wasm.gz is not the file %s describes", stampName)

	sources, err := sourcesHash(root)
	require.NoError(t, err)
	if sources != stamp.Sources {
		t.Errorf("%s/qalint.wasm.gz was built from other sources than this checkout's (the rules, the catalogues or the page's Go code changed since):\n"+
			"run `go generate ./internal/playground` and commit what it writes", staticDir)
	}
}

// The hash moves with any source the WebAssembly is built from.
func TestSourcesHashSeesAChange(t *testing.T) {
	root := t.TempDir()
	write := func(path, body string) {
		require.NoError(t, os.MkdirAll(filepath.Dir(filepath.Join(root, path)), 0o755))
		require.NoError(t, os.WriteFile(filepath.Join(root, path), []byte(body), 0o644))
	}
	write("go.mod", "module example.com/m\n\ngo 1.22\n")
	write("internal/playground/wasm/main.go", "package main\n\nimport _ \"example.com/m/dep\"\n\nfunc main() {}\n")
	write("dep/dep.go", "package dep\n\nconst X = 1\n")
	write("dep/dep_test.go", "package dep\n")
	write("unrelated/u.go", "package unrelated\n")
	before, err := sourcesHash(root)
	require.NoError(t, err)

	write("unrelated/u.go", "package unrelated\n\nconst Y = 2\n")
	write("dep/dep_test.go", "package dep\n\nconst Z = 3\n")
	same, err := sourcesHash(root)
	require.NoError(t, err)
	assert.Equal(t, before, same, "files the WebAssembly is not built from do not count")

	write("dep/dep.go", "package dep\n\nconst X = 2\n")
	after, err := sourcesHash(root)
	require.NoError(t, err)
	assert.NotEqual(t, before, after, "a dependency's source counts")
}

func TestWriteSite(t *testing.T) {
	root, err := moduleRoot()
	require.NoError(t, err)
	out := filepath.Join(t.TempDir(), "site")
	require.NoError(t, writeSite(root, out, []byte("\x00asm"), []byte("// wasm_exec")))
	entries, err := os.ReadDir(out)
	require.NoError(t, err)
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	assert.ElementsMatch(t, []string{"index.html", "app.js", "style.css", "example.json", "qalint.wasm", "wasm_exec.js"}, names)
	b, err := os.ReadFile(filepath.Join(out, "qalint.wasm"))
	require.NoError(t, err)
	assert.Equal(t, "\x00asm", string(b), "uncompressed: static hosts compress")
}
