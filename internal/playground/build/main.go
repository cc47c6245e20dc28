// Command build compiles qalint's playground to WebAssembly with the Go
// toolchain (GOOS=js GOARCH=wasm) and writes it where it is needed:
//
//	go run ./internal/playground/build         # refresh internal/playground/static (go generate does this)
//	go run ./internal/playground/build -o DIR  # a folder to publish as static pages
//
// The first form writes qalint.wasm.gz, the toolchain's wasm_exec.js, and
// qalint.wasm.json, which records the sources the WebAssembly was built from
// so that a test can tell when it is stale.
package main

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"sort"
	"strings"

	"github.com/qalint/qalint/internal/playground"
)

const (
	wasmPkg   = "./internal/playground/wasm"
	staticDir = "internal/playground/static"
	stampName = "qalint.wasm.json"
)

// Stamp says what the committed WebAssembly was built from.
type Stamp struct {
	Go        string `json:"go"`        // toolchain version, for information
	Sources   string `json:"sources"`   // see sourcesHash
	WasmBytes int    `json:"wasmBytes"` // as the browser runs it
	GzipBytes int    `json:"gzipBytes"` // as it is downloaded and committed
}

func main() {
	out := flag.String("o", "", "write a publishable folder to `DIR` instead of refreshing "+staticDir)
	flag.Parse()
	if err := run(*out); err != nil {
		fmt.Fprintln(os.Stderr, "build: "+err.Error())
		os.Exit(1)
	}
}

func run(out string) error {
	root, err := moduleRoot()
	if err != nil {
		return err
	}
	wasm, err := buildWasm(root)
	if err != nil {
		return err
	}
	execJS, err := wasmExecJS()
	if err != nil {
		return err
	}
	if out != "" {
		return writeSite(root, out, wasm, execJS)
	}
	return writeStatic(root, wasm, execJS)
}

// writeStatic refreshes the files that are embedded into qalint.
func writeStatic(root string, wasm, execJS []byte) error {
	sources, err := sourcesHash(root)
	if err != nil {
		return err
	}
	gz, err := compress(wasm)
	if err != nil {
		return err
	}
	stamp, err := json.MarshalIndent(Stamp{Go: runtime.Version(), Sources: sources, WasmBytes: len(wasm), GzipBytes: len(gz)}, "", "  ")
	if err != nil {
		return err
	}
	dir := filepath.Join(root, staticDir)
	for name, b := range map[string][]byte{"qalint.wasm.gz": gz, "wasm_exec.js": execJS, stampName: append(stamp, '\n')} {
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			return err
		}
	}
	fmt.Printf("%s: qalint.wasm %d bytes, %d gzipped\n", staticDir, len(wasm), len(gz))
	return nil
}

// writeSite writes the page, uncompressed: static hosts compress themselves.
func writeSite(root, out string, wasm, execJS []byte) error {
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	files := map[string][]byte{playground.Wasm: wasm, "wasm_exec.js": execJS}
	for _, name := range playground.PageFiles {
		b, err := os.ReadFile(filepath.Join(root, staticDir, name))
		if err != nil {
			return err
		}
		files[name] = b
	}
	for name, b := range files {
		if err := os.WriteFile(filepath.Join(out, name), b, 0o644); err != nil {
			return err
		}
	}
	fmt.Printf("%s: the playground, %d files; serve it over HTTP(S) (browsers do not run WebAssembly from file://)\n", out, len(files))
	return nil
}

func moduleRoot() (string, error) {
	out, err := goCmd("", nil, "env", "GOMOD")
	if err != nil {
		return "", err
	}
	gomod := strings.TrimSpace(string(out))
	if gomod == "" || gomod == os.DevNull {
		return "", errors.New("run this inside the qalint module")
	}
	return filepath.Dir(gomod), nil
}

var wasmEnv = []string{"GOOS=js", "GOARCH=wasm", "CGO_ENABLED=0"}

// buildWasm builds reproducibly: no paths, no VCS stamp, no symbol table
// (-s -w saves about 2% and nothing in the page needs the symbols).
func buildWasm(root string) ([]byte, error) {
	tmp, err := os.MkdirTemp("", "qalint-wasm-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(tmp)
	bin := filepath.Join(tmp, "qalint.wasm")
	if _, err := goCmd(root, wasmEnv, "build", "-trimpath", "-buildvcs=false", "-ldflags=-s -w", "-o", bin, wasmPkg); err != nil {
		return nil, err
	}
	return os.ReadFile(bin)
}

// wasmExecJS is the toolchain's JavaScript half of the js/wasm port; it must
// come from the toolchain that built the WebAssembly.
func wasmExecJS() ([]byte, error) {
	out, err := goCmd("", nil, "env", "GOROOT")
	if err != nil {
		return nil, err
	}
	goroot := strings.TrimSpace(string(out))
	for _, p := range []string{"lib/wasm/wasm_exec.js", "misc/wasm/wasm_exec.js"} {
		if b, err := os.ReadFile(filepath.Join(goroot, p)); err == nil {
			return b, nil
		}
	}
	return nil, fmt.Errorf("wasm_exec.js not found under %s (lib/wasm or misc/wasm)", goroot)
}

// compress gzips at the best level; the output depends only on the input.
func compress(b []byte) ([]byte, error) {
	var buf bytes.Buffer
	zw, err := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	if err != nil {
		return nil, err
	}
	if _, err := zw.Write(b); err != nil {
		return nil, err
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// sourcesHash identifies what the WebAssembly is built from: the content of
// every Go and embedded file of this module that the wasm package depends
// on, and the version of every other module it uses. The toolchain is left
// out, so that a patch release of Go does not make the file stale.
func sourcesHash(root string) (string, error) {
	out, err := goCmd(root, wasmEnv, "list", "-deps", "-json=ImportPath,Dir,Standard,GoFiles,EmbedFiles,Module", wasmPkg)
	if err != nil {
		return "", err
	}
	type module struct {
		Path, Version string
		Main          bool
		Replace       *module
	}
	var lines []string
	dec := json.NewDecoder(bytes.NewReader(out))
	for {
		var p struct {
			ImportPath, Dir     string
			Standard            bool
			GoFiles, EmbedFiles []string
			Module              *module
		}
		if err := dec.Decode(&p); err == io.EOF {
			break
		} else if err != nil {
			return "", err
		}
		switch {
		case p.Standard:
		case p.Module == nil:
			return "", fmt.Errorf("%s: not in a module", p.ImportPath)
		case !p.Module.Main:
			m := p.Module
			if m.Replace != nil {
				m = m.Replace
			}
			lines = append(lines, "module "+m.Path+"@"+m.Version)
		default:
			for _, name := range append(p.GoFiles, p.EmbedFiles...) {
				b, err := os.ReadFile(filepath.Join(p.Dir, name))
				if err != nil {
					return "", err
				}
				rel, err := filepath.Rel(root, filepath.Join(p.Dir, name))
				if err != nil {
					return "", err
				}
				sum := sha256.Sum256(b)
				lines = append(lines, "file "+filepath.ToSlash(rel)+" "+hex.EncodeToString(sum[:]))
			}
		}
	}
	sort.Strings(lines)
	lines = dedup(lines)
	sum := sha256.Sum256([]byte(strings.Join(lines, "\n")))
	return "sha256:" + hex.EncodeToString(sum[:]), nil
}

func dedup(sorted []string) []string {
	out := sorted[:0]
	for i, s := range sorted {
		if i == 0 || s != sorted[i-1] {
			out = append(out, s)
		}
	}
	return out
}

func goCmd(dir string, env []string, args ...string) ([]byte, error) {
	cmd := exec.Command("go", args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), env...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("go %s: %v\n%s", strings.Join(args, " "), err, stderr.String())
	}
	return out, nil
}
