package bench

import (
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/qalint/qalint/internal/catalog"
	"github.com/qalint/qalint/internal/fix"
	"github.com/qalint/qalint/internal/lint"
	"github.com/qalint/qalint/internal/model"
	"github.com/qalint/qalint/internal/reader"
	"github.com/qalint/qalint/internal/report"
	"github.com/qalint/qalint/schema"
)

// The corpora are checked once, so a benchmark never measures a file with
// findings by mistake.
func TestCorporaAreClean(t *testing.T) {
	for name, src := range map[string][]byte{"file": File(3), "tolerant": Tolerant(3)} {
		r := (&lint.Linter{}).Bytes(name, src)
		for _, f := range r.Findings {
			if name == "tolerant" && (f.Rule == "curly-quotes" || f.Rule == "trailing-comma" || f.Rule == "encoding") {
				continue // those are the point of that corpus (and its byte order mark)
			}
			t.Errorf("%s: unexpected finding %s: %s", name, f.Rule, f.Message)
		}
	}
}

func BenchmarkReadTypical(b *testing.B) {
	src := File(3)
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		if reader.Read(src).Err != nil {
			b.Fatal("read error")
		}
	}
}

func BenchmarkReadEveryTolerance(b *testing.B) {
	src := Tolerant(3)
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		if reader.Read(src).Err != nil {
			b.Fatal("read error")
		}
	}
}

// BenchmarkReadMinifiedStatements is a minified module: 40,000 statements
// on one line, each start asking how its line begins (linear, where
// reading each line to its end was quadratic).
func BenchmarkReadMinifiedStatements(b *testing.B) {
	src := []byte("aiAssistants = [];" + strings.Repeat("a=1;", 40000))
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		if reader.Read(src).Err != nil {
			b.Fatal("read error")
		}
	}
}

// BenchmarkDocumentTypical is what every file costs before the rules run:
// reading, locating the entries and the value the schema validator takes.
func BenchmarkDocumentTypical(b *testing.B) {
	src := File(3)
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		doc := model.NewDocument("settings.json", src)
		nodes := make([]*reader.Node, len(doc.Entries))
		for i, e := range doc.Entries {
			nodes[i] = e.Node
		}
		if schema.Instance(nodes) == nil {
			b.Fatal("no instance")
		}
	}
}

func BenchmarkCheckOneFile(b *testing.B) {
	src := File(3)
	l := &lint.Linter{}
	l.Bytes("warm.json", src) // compile the schema and decode the catalogue first
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		if r := l.Bytes("settings.json", src); len(r.Findings) != 0 {
			b.Fatal(r.Findings[0].Message)
		}
	}
}

func BenchmarkCheckCorpus2000(b *testing.B) {
	dir := b.TempDir()
	if err := WriteCorpus(dir, 2000); err != nil {
		b.Fatal(err)
	}
	size := int64(len(File(3))) * 2000
	l := &lint.Linter{}
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		rs := l.Files([]string{dir})
		if s := report.Summarize(rs); s.Files != 2000 || s.Errors+s.Warnings != 0 {
			b.Fatalf("unexpected summary %+v", s)
		}
	}
}

// BenchmarkCheckCorpus2000Recycled is the corpus as qalint check runs it:
// each result dropped once reported, its tree's memory reused.
func BenchmarkCheckCorpus2000Recycled(b *testing.B) {
	dir := b.TempDir()
	if err := WriteCorpus(dir, 2000); err != nil {
		b.Fatal(err)
	}
	l := &lint.Linter{Recycle: true}
	b.SetBytes(int64(len(File(3))) * 2000)
	b.ReportAllocs()
	for b.Loop() {
		var s report.Summary
		if err := l.Each([]string{dir}, func(r *lint.Result) error { s.Add(r); return nil }); err != nil {
			b.Fatal(err)
		}
		if s.Files != 2000 || s.Errors+s.Warnings != 0 {
			b.Fatalf("unexpected summary %+v", s)
		}
	}
}

// BenchmarkHugeValue checks a file with one 10 MiB value in each place a
// rule quotes, suggests for, masks or parses it, and writes the text report:
// the target is under 3 s each, linear in the value's size.
func BenchmarkHugeValue(b *testing.B) {
	l := &lint.Linter{}
	l.Bytes("warm.json", File(1))
	for name, src := range HugeValues(10 << 20) {
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(src)))
			for b.Loop() {
				r := l.Bytes("huge.json", src)
				if err := report.Text(io.Discard, []*lint.Result{r}, report.TextOptions{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkFix(b *testing.B) {
	src := Tolerant(3)
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		res, err := fix.Bytes(src)
		if err != nil || !res.Changed() {
			b.Fatal("fix did nothing", err)
		}
	}
}

// The one-time costs a pre-commit run pays: they happen once per process,
// lazily, and only when a file with entries is checked.
func BenchmarkStartupSchemaCompile(b *testing.B) {
	cat := catalog.Default()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := schema.Compile(cat); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkStartupCatalogueDecode(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		// A fresh build from the generated literals is what Default does
		// once per process (it decoded the JSON files until they were
		// generated as Go).
		if c := catalog.Load(); len(c.Models) == 0 {
			b.Fatal("empty catalogue")
		}
	}
}

// BenchmarkBinaryOneFile is the whole cost of `qalint check FILE` as a hook
// pays it: process start, lazy initialisation, one file, exit.
func BenchmarkBinaryOneFile(b *testing.B) {
	dir := b.TempDir()
	bin := filepath.Join(dir, "qalint")
	if out, err := exec.Command("go", "build", "-o", bin, "..").CombinedOutput(); err != nil {
		b.Fatalf("build: %v\n%s", err, out)
	}
	file := filepath.Join(dir, "ai-assistants.json")
	if err := os.WriteFile(file, File(3), 0o644); err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if out, err := exec.Command(bin, "check", file).CombinedOutput(); err != nil {
			b.Fatalf("%v\n%s", err, out)
		}
	}
}
