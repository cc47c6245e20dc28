// Package playground is qalint in a browser: a static page (static/) that
// runs qalint's own lint and fix compiled to WebAssembly, so a setting with
// live keys never leaves the machine. This package serves the page from the
// binary; ./build builds the WebAssembly and the publishable folder.
//
// The WebAssembly is committed, compressed (static/qalint.wasm.gz), because
// `go install` builds from the module as published and runs no generator:
// without the file in the module, the installed `qalint playground` would
// have no page to serve. A test fails when it is older than the code it was
// built from.
package playground

//go:generate go run ./build

import (
	"bytes"
	"compress/gzip"
	"embed"
	"io"
	"io/fs"
	"mime"
	"net/http"
	"path"
	"strings"
	"sync"
	"time"
)

//go:embed static
var embedded embed.FS

// Static is the page's folder as committed: index.html, app.js, style.css,
// wasm_exec.js, example.json, and the WebAssembly as qalint.wasm.gz.
func Static() fs.FS {
	sub, err := fs.Sub(embedded, "static")
	if err != nil {
		panic(err) // the pattern above guarantees the folder
	}
	return sub
}

// Wasm names the WebAssembly as the page loads it, and as it is stored.
const (
	Wasm   = "qalint.wasm"
	WasmGz = Wasm + ".gz"
)

// PageFiles are the page's hand-written files, served and published as
// they are; wasm_exec.js and the WebAssembly come from the toolchain.
var PageFiles = []string{"index.html", "app.js", "style.css", "example.json"}

// served are the files the handler serves, with their content types;
// nothing else in the folder is. Made on first use: mime.TypeByExtension
// reads the system's MIME tables, which cost every other command (check
// on one file) 16,000 allocations at start-up.
var served = sync.OnceValue(func() map[string]string {
	m := map[string]string{"wasm_exec.js": "text/javascript; charset=utf-8", Wasm: "application/wasm"}
	for _, name := range PageFiles {
		m[name] = mime.TypeByExtension(path.Ext(name))
	}
	return m
})

// CSP keeps the page to itself: scripts, styles and fetches from its own
// origin only, so nothing typed into it can be sent anywhere else. The same
// policy is in index.html for the published folder.
const CSP = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; connect-src 'self'; style-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

// Handler serves the page. It reads only GET and HEAD requests and keeps no
// state: the checking happens in the browser.
func Handler(files fs.FS) http.Handler {
	start := time.Now() // Last-Modified for every file: they change only with the binary
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			w.Header().Set("Allow", "GET, HEAD")
			http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
			return
		}
		name := strings.TrimPrefix(path.Clean(r.URL.Path), "/")
		if name == "" {
			name = "index.html"
		}
		ctype, ok := served()[name]
		if !ok {
			http.NotFound(w, r)
			return
		}
		h := w.Header()
		h.Set("Content-Type", ctype)
		h.Set("Content-Security-Policy", CSP)
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "no-referrer")
		h.Set("Cache-Control", "no-cache") // revalidate: a new binary may serve a new page
		if name == Wasm {
			serveWasm(w, r, files, start)
			return
		}
		b, err := fs.ReadFile(files, name)
		if err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		http.ServeContent(w, r, name, start, bytes.NewReader(b))
	})
}

// serveWasm sends the stored gzip as it is to browsers that accept gzip
// (all do) and inflates it for any client that does not.
func serveWasm(w http.ResponseWriter, r *http.Request, files fs.FS, modified time.Time) {
	gz, err := fs.ReadFile(files, WasmGz)
	if err != nil {
		http.Error(w, "this qalint was built without its WebAssembly ("+WasmGz+"): run `go generate ./internal/playground` in a checkout, then rebuild", http.StatusInternalServerError)
		return
	}
	w.Header().Add("Vary", "Accept-Encoding")
	if acceptsGzip(r) {
		w.Header().Set("Content-Encoding", "gzip")
		http.ServeContent(w, r, Wasm, modified, bytes.NewReader(gz))
		return
	}
	raw, err := Inflate(gz)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	http.ServeContent(w, r, Wasm, modified, bytes.NewReader(raw))
}

func acceptsGzip(r *http.Request) bool {
	for _, part := range strings.Split(r.Header.Get("Accept-Encoding"), ",") {
		coding, q, _ := strings.Cut(strings.TrimSpace(part), ";")
		if strings.EqualFold(strings.TrimSpace(coding), "gzip") && strings.ReplaceAll(strings.TrimSpace(q), " ", "") != "q=0" {
			return true
		}
	}
	return false
}

// Inflate decompresses the stored WebAssembly.
func Inflate(gz []byte) ([]byte, error) {
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		return nil, err
	}
	return io.ReadAll(zr)
}
