package fix_test

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/qalint/qalint/bench"
	"github.com/qalint/qalint/internal/fix"
	"github.com/qalint/qalint/internal/lint"
	"github.com/qalint/qalint/internal/reader"
)

// BenchmarkText is fix's rewrite of one typical tolerant file: read, plan,
// apply, read again and verify.
func BenchmarkText(b *testing.B) {
	src := bench.Tolerant(3)
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		res, err := fix.Text("ai-assistants.json5", src)
		if err != nil || !res.Changed() {
			b.Fatal("fix did nothing", err)
		}
	}
}

// BenchmarkFixOneFile is the CPU fix spends on one file that needs fixing,
// as `qalint fix` runs it: load, fix, verify, the atomic write with its
// checks (into memory: the disk's time is runfs's concern) and the lint of
// the output that names the errors left.
func BenchmarkFixOneFile(b *testing.B) {
	path := filepath.Join(b.TempDir(), "ai-assistants.json5")
	src := bench.Tolerant(3)
	if err := os.WriteFile(path, src, 0o644); err != nil {
		b.Fatal(err)
	}
	l := &lint.Linter{}
	l.Bytes("warm.json", bench.File(1)) // compile the schema and decode the catalogue first
	opts := fix.Options{Left: func(path string, data []byte, read *reader.Result, unfixed bool) (string, int) {
		return "", len(l.BytesRead(path, data, read).Findings)
	}}
	in := lint.Input{Path: path, Found: true}
	fsys := &memFS{}
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	defer reportCPU(b)()
	for b.Loop() {
		o := fix.FixOne(fsys, l, in, opts, nil)
		if o.Failed || !bytes.Contains(fsys.last.Bytes(), []byte(`"0123456789abcdef0123456789abcdef"`)) {
			b.Fatal("fix failed")
		}
	}
}

// memFS writes temporary copies into memory and renames nothing, so that
// the file being fixed stays as it was for the next round.
type memFS struct {
	fix.OS
	last *memFile
}

func (m *memFS) CreateTemp(dir, pattern string) (fix.File, error) {
	m.last = &memFile{name: filepath.Join(dir, pattern)}
	return m.last, nil
}
func (m *memFS) Rename(from, to string) error { return nil }
func (m *memFS) Remove(name string) error     { return nil }

type memFile struct {
	bytes.Buffer
	name string
}

func (f *memFile) Name() string             { return f.name }
func (f *memFile) Sync() error              { return nil }
func (f *memFile) Chmod(os.FileMode) error  { return nil }
func (f *memFile) Chown(uid, gid int) error { return nil }
func (f *memFile) Close() error             { return nil }

// reportCPU reports the process's CPU time (user+sys) per operation, which
// a machine busy with other work inflates less than the wall time ns/op
// is: call it before the loop and the function it returns after.
func reportCPU(b *testing.B) func() {
	start := cpuTime()
	return func() { b.ReportMetric(float64(cpuTime()-start)/float64(b.N), "cpu-ns/op") }
}
