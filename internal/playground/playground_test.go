package playground_test

import (
	"io"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"os"
	"regexp"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/qalint/qalint/internal/playground"
)

func get(t *testing.T, h http.Handler, method, path string, header ...string) *http.Response {
	t.Helper()
	req := httptest.NewRequest(method, path, nil)
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec.Result()
}

func body(t *testing.T, r *http.Response) []byte {
	t.Helper()
	b, err := io.ReadAll(r.Body)
	require.NoError(t, err)
	return b
}

func TestServesThePage(t *testing.T) {
	h := playground.Handler(playground.Static())
	for path, ctype := range map[string]string{
		"/":             "text/html; charset=utf-8",
		"/index.html":   "text/html; charset=utf-8",
		"/app.js":       "text/javascript; charset=utf-8",
		"/style.css":    "text/css; charset=utf-8",
		"/wasm_exec.js": "text/javascript; charset=utf-8",
		"/example.json": "application/json",
	} {
		r := get(t, h, http.MethodGet, path)
		assert.Equal(t, http.StatusOK, r.StatusCode, path)
		assert.Equal(t, ctype, r.Header.Get("Content-Type"), path)
		assert.Equal(t, playground.CSP, r.Header.Get("Content-Security-Policy"), path)
		assert.Equal(t, "nosniff", r.Header.Get("X-Content-Type-Options"), path)
		assert.NotEmpty(t, body(t, r), path)
	}
}

func TestServesTheWasm(t *testing.T) {
	h := playground.Handler(playground.Static())
	gz, err := fs.ReadFile(playground.Static(), playground.WasmGz)
	require.NoError(t, err)
	raw, err := playground.Inflate(gz)
	require.NoError(t, err)
	assert.Equal(t, "\x00asm", string(raw[:4]), "a WebAssembly module")

	r := get(t, h, http.MethodGet, "/qalint.wasm", "Accept-Encoding", "gzip, deflate, br")
	assert.Equal(t, "application/wasm", r.Header.Get("Content-Type"), "instantiateStreaming needs it")
	assert.Equal(t, "gzip", r.Header.Get("Content-Encoding"))
	assert.Equal(t, gz, body(t, r), "sent as stored")

	r = get(t, h, http.MethodGet, "/qalint.wasm")
	assert.Empty(t, r.Header.Get("Content-Encoding"))
	assert.Equal(t, raw, body(t, r), "inflated for a client without gzip")

	r = get(t, h, http.MethodGet, "/qalint.wasm", "Accept-Encoding", "gzip;q=0")
	assert.Empty(t, r.Header.Get("Content-Encoding"))
}

func TestServesNothingElse(t *testing.T) {
	h := playground.Handler(playground.Static())
	for _, path := range []string{"/qalint.wasm.gz", "/qalint.wasm.json", "/../go.mod", "/static/index.html", "/nope"} {
		assert.Equal(t, http.StatusNotFound, get(t, h, http.MethodGet, path).StatusCode, path)
	}
	r := get(t, h, http.MethodPost, "/")
	assert.Equal(t, http.StatusMethodNotAllowed, r.StatusCode)
	assert.Equal(t, http.StatusOK, get(t, h, http.MethodHead, "/").StatusCode)
}

func TestMissingWasmIsExplained(t *testing.T) {
	h := playground.Handler(fstest.MapFS{"index.html": {Data: []byte("<!doctype html>")}})
	r := get(t, h, http.MethodGet, "/qalint.wasm", "Accept-Encoding", "gzip")
	assert.Equal(t, http.StatusInternalServerError, r.StatusCode)
	assert.Contains(t, string(body(t, r)), "go generate ./internal/playground")
}

// The published folder has no server to send the policy: index.html carries
// the same one (less frame-ancestors, which a <meta> cannot set).
func TestPagePolicyMatchesTheServers(t *testing.T) {
	html, err := fs.ReadFile(playground.Static(), "index.html")
	require.NoError(t, err)
	m := regexp.MustCompile(`http-equiv="Content-Security-Policy" content="([^"]+)"`).FindSubmatch(html)
	require.NotNil(t, m)
	assert.Equal(t, strings.TrimSuffix(playground.CSP, "; frame-ancestors 'none'"), string(m[1]))
	for _, tag := range regexp.MustCompile(`<(script|link)[^>]*>`).FindAll(html, -1) {
		assert.NotRegexp(t, `(src|href)="(https?:)?//`, string(tag), "only the page's own files")
	}
}

// The template the page offers is the documentation's, as in testdata.
func TestExampleIsTheTemplate(t *testing.T) {
	want, err := os.ReadFile("../../testdata/examples/cloudflare-template.json")
	require.NoError(t, err)
	got, err := fs.ReadFile(playground.Static(), "example.json")
	require.NoError(t, err)
	assert.Equal(t, string(want), string(got))
}
