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
// per file, and reads each entry's strings, as the rules do.
func BenchmarkResolve(b *testing.B) {
	doc := model.NewDocument("settings.json", bench.File(3))
	cat := catalog.Default()
	resolve.Document(doc, cat, resolve.Options{}) // warm the shared memos
	b.ReportAllocs()
	for b.Loop() {
		for _, re := range resolve.Document(doc, cat, resolve.Options{}) {
			if len(re.Strings()) == 0 {
				b.Fatal("no strings")
			}
		}
	}
}
