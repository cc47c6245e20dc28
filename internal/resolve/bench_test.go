package resolve_test

import (
	"testing"

	"github.com/qalint/qalint/bench"
	"github.com/qalint/qalint/internal/catalog"
	"github.com/qalint/qalint/internal/model"
	"github.com/qalint/qalint/internal/resolve"
)

// BenchmarkResolve resolves the benchmark corpus's typical file (3 entries:
// Workers AI direct and through the AI Gateway), as every check does once
// per file, and reads each entry's strings, as the rules do: with
// resolve.Document (fresh memory, as the probe resolves) and into a
// reused resolve.Storage (as rules.Check does).
func BenchmarkResolve(b *testing.B) {
	doc := model.NewDocument("settings.json", bench.File(3))
	cat := catalog.Default()
	check := func(b *testing.B, res []*resolve.Entry) {
		for _, re := range res {
			if len(re.Strings()) == 0 {
				b.Fatal("no strings")
			}
		}
	}
	b.Run("document", func(b *testing.B) {
		resolve.Document(doc, cat, resolve.Options{}) // warm the shared memos
		b.ReportAllocs()
		for b.Loop() {
			check(b, resolve.Document(doc, cat, resolve.Options{}))
		}
	})
	b.Run("storage", func(b *testing.B) {
		var s resolve.Storage
		b.ReportAllocs()
		for b.Loop() {
			check(b, s.Document(doc, cat, resolve.Options{}))
		}
	})
}

// BenchmarkResolveParallel is BenchmarkResolve/storage on every core, as
// a check runs: what the run-wide memos cost when goroutines share them.
func BenchmarkResolveParallel(b *testing.B) {
	doc := model.NewDocument("settings.json", bench.File(3))
	cat := catalog.Default()
	resolve.Document(doc, cat, resolve.Options{}) // warm the shared memos
	b.ReportAllocs()
	b.RunParallel(func(pb *testing.PB) {
		var s resolve.Storage
		for pb.Next() {
			if len(s.Document(doc, cat, resolve.Options{})) != 3 {
				b.Fatal("not 3 entries")
			}
		}
	})
}
