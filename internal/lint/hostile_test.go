package lint_test

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/qalint/qalint/bench"
	"github.com/qalint/qalint/internal/lint"
	"github.com/qalint/qalint/internal/model"
	"github.com/qalint/qalint/internal/report"
)

// within fails the test if fn has not returned after limit: it catches a
// hang, not slowness. The bounds are generous, because a loaded machine or
// the race detector slows everything; speed is measured by the benchmarks
// in bench/ (BenchmarkHostileValue), and work is bounded below by counting
// bytes allocated, which no load changes.
func within(t *testing.T, limit time.Duration, fn func()) {
	t.Helper()
	limit = 10 * limit * raceSlowdown
	ctx, cancel := context.WithTimeout(context.Background(), limit)
	defer cancel()
	done := make(chan struct{})
	go func() { defer close(done); fn() }()
	select {
	case <-done:
	case <-ctx.Done():
		t.Fatalf("did not finish within %s", limit)
	}
}

func rulesOf(r *lint.Result) []string {
	var out []string
	for _, f := range r.Findings {
		out = append(out, f.Rule)
	}
	return out
}

func TestHostileInputs(t *testing.T) {
	entry := `{"type":"Cloudflare","alias":"a%d","account":"0123456789abcdef0123456789abcdef","apiKey":"${K}","model1":"@cf/meta/llama-3.1-8b-instruct-fast","model2":"@cf/baai/bge-small-en-v1.5"}`
	many := func(n int) []byte {
		var b bytes.Buffer
		b.WriteString("[")
		for i := 0; i < n; i++ {
			if i > 0 {
				b.WriteString(",\n")
			}
			fmt.Fprintf(&b, entry, i)
		}
		b.WriteString("]")
		return b.Bytes()
	}
	manyKeys := func(n int) []byte {
		var b bytes.Buffer
		b.WriteString(`[{"type":"Cloudflare","alias":"a"`)
		for i := 0; i < n; i++ {
			fmt.Fprintf(&b, `,"k%d":%d`, i, i)
		}
		b.WriteString("}]")
		return b.Bytes()
	}
	for _, tc := range []struct {
		name  string
		src   []byte
		rules []string // findings expected (all of these rules present), nil: clean
		limit time.Duration
		large bool // megabytes: left out under the race detector, which would take minutes
	}{
		{"empty", nil, []string{"parse"}, time.Second, false},
		{"only whitespace", []byte(" \n\t\r\n "), []string{"parse"}, time.Second, false},
		{"binary", []byte{0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0}, []string{"parse"}, time.Second, false},
		{"invalid UTF-8 in a string", []byte("[{\"alias\": \"\xc3\x28\"}]"), []string{"parse"}, time.Second, false},
		{"NUL bytes", []byte("[\x00]"), []string{"parse"}, time.Second, false},
		{"a million nested [", bytes.Repeat([]byte("["), 1_000_000), []string{"parse"}, 5 * time.Second, true},
		{"a 10 MB string", []byte(`[{"type":"Cloudflare","alias":"` + strings.Repeat("x", 10<<20) + `"}]`), []string{"schema"}, 10 * time.Second, true},
		{"100,000 entries", many(100_000), nil, 60 * time.Second, true},
		{"10,000 keys in one object", manyKeys(10_000), []string{"unknown-field"}, 20 * time.Second, false},
		{"unterminated string at EOF", []byte(`[{"alias": "abc`), []string{"parse"}, time.Second, false},
		{"unterminated comment at EOF", []byte("[ /* never closed"), []string{"parse"}, time.Second, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if tc.large && raceSlowdown > 1 {
				t.Skip("megabytes of input under the race detector; covered without it")
			}
			within(t, tc.limit, func() {
				r := (&lint.Linter{}).Bytes("hostile.json", tc.src)
				got := rulesOf(r)
				if tc.rules == nil {
					assert.Empty(t, got)
				}
				for _, want := range tc.rules {
					assert.Contains(t, got, want)
				}
				for _, f := range r.Findings {
					assert.GreaterOrEqual(t, f.Line, 1)
					assert.LessOrEqual(t, f.Line, r.Doc.Index.Lines())
				}
				var out bytes.Buffer
				require.NoError(t, report.Text(&out, []*lint.Result{r}, report.TextOptions{}))
			})
		})
	}
}

func TestHostilePaths(t *testing.T) {
	dir := t.TempDir()
	// A folder that links to itself: the walk must not follow it.
	require.NoError(t, os.MkdirAll(filepath.Join(dir, "a"), 0o755))
	require.NoError(t, os.Symlink("..", filepath.Join(dir, "a", "loop")))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "a", "s.json"), []byte("[]"), 0o644))
	// A FIFO named on the command line must not hang the run.
	fifo := filepath.Join(dir, "fifo.json")
	require.NoError(t, syscall.Mkfifo(fifo, 0o644))
	// A file nobody may read (root reads anything, so this one is checked only for non-root).
	locked := filepath.Join(dir, "locked.json")
	require.NoError(t, os.WriteFile(locked, []byte("[]"), 0o000))

	within(t, 5*time.Second, func() {
		rs := (&lint.Linter{}).Files([]string{dir, fifo, locked})
		byPath := map[string]*lint.Result{}
		for _, r := range rs {
			byPath[r.Path] = r
		}
		require.Contains(t, byPath, filepath.Join(dir, "a", "s.json"))
		assert.NoError(t, byPath[filepath.Join(dir, "a", "s.json")].Err)
		require.Contains(t, byPath, fifo)
		require.Error(t, byPath[fifo].Err)
		assert.Contains(t, byPath[fifo].Err.Error(), "not a regular file")
		if os.Geteuid() != 0 {
			require.Error(t, byPath[locked].Err)
			assert.Contains(t, byPath[locked].Err.Error(), "permission denied")
		}
	})
}

func TestSizeLimit(t *testing.T) {
	p := filepath.Join(t.TempDir(), "big.json")
	require.NoError(t, os.WriteFile(p, bytes.Repeat([]byte(" "), 2048), 0o644))
	rs := (&lint.Linter{MaxBytes: 1024}).Files([]string{p})
	require.Error(t, rs[0].Err)
	assert.ErrorIs(t, rs[0].Err, lint.ErrTooLarge)
	assert.Contains(t, rs[0].Err.Error(), "--max-size")

	rs = (&lint.Linter{MaxBytes: 1024, Stdin: bytes.NewReader(bytes.Repeat([]byte(" "), 2048))}).Files([]string{"-"})
	assert.ErrorIs(t, rs[0].Err, lint.ErrTooLarge, "standard input is bounded too")
}

// FuzzCheck: the whole check of one file never panics, every finding lies
// inside the input, and the text report renders.
func FuzzCheck(f *testing.F) {
	paths, _ := filepath.Glob("../../testdata/*/*/*")
	for _, p := range paths {
		if strings.HasSuffix(p, ".golden") {
			continue
		}
		if b, err := os.ReadFile(p); err == nil {
			f.Add(b)
		}
	}
	for _, s := range structuredSeeds() {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		r := (&lint.Linter{}).Bytes("f.json", src)
		lines := r.Doc.Index.Lines()
		for _, fd := range r.Findings {
			if fd.Line < 1 || fd.Line > lines || fd.EndLine < fd.Line || fd.Column < 1 {
				t.Fatalf("finding %s at %d:%d-%d:%d outside a %d-line input", fd.Rule, fd.Line, fd.Column, fd.EndLine, fd.EndColumn, lines)
			}
			if fd.Severity == model.Off {
				t.Fatalf("finding with severity off")
			}
		}
		var out bytes.Buffer
		if err := report.Text(&out, []*lint.Result{r}, report.TextOptions{}); err != nil {
			t.Fatal(err)
		}
	})
}

func TestHugeValuesAreLinearAndReportsBounded(t *testing.T) {
	if raceSlowdown > 1 {
		t.Skip("megabytes of input under the race detector; covered without it")
	}
	const size = 10 << 20
	for name, src := range bench.HugeValues(size) { // every place a 10 MiB value can stand
		t.Run(name, func(t *testing.T) {
			var before, after runtime.MemStats
			runtime.ReadMemStats(&before)
			var out bytes.Buffer
			within(t, 10*time.Second, func() {
				r := (&lint.Linter{}).Bytes("huge.json", src)
				require.NoError(t, report.Text(&out, []*lint.Result{r}, report.TextOptions{}))
				require.NoError(t, report.JSON(&out, []*lint.Result{r}))
			})
			runtime.ReadMemStats(&after)
			// Work bounded in bytes, not seconds: a quadratic step on a
			// 10 MiB value allocates far beyond a small multiple of it.
			allocated := after.TotalAlloc - before.TotalAlloc
			assert.Less(t, allocated, uint64(40*size), "allocated %d MiB for a 10 MiB value", allocated>>20)
			// Not assert.Contains: its failure message would print 10 MiB.
			assert.Less(t, out.Len(), 8192, "a report of a few hundred bytes per finding, not the value")
			assert.False(t, strings.Contains(out.String(), strings.Repeat("x", 200)), "the report quotes at most a bounded prefix")
		})
	}
}
