package rules_test

import (
	"testing"
	"time"

	"github.com/qalint/qalint/bench"
	"github.com/qalint/qalint/internal/catalog"
	"github.com/qalint/qalint/internal/model"
	"github.com/qalint/qalint/rules"
)

// BenchmarkCheck runs every rule on the benchmark corpus's typical file
// (3 clean entries), read once: the rules' share of a check.
// BenchmarkCheck/no-schema leaves out the schema rule, whose JSON Schema
// validation is a library call qalint keeps as it is.
func BenchmarkCheck(b *testing.B) {
	doc := model.NewDocument("settings.json", bench.File(3))
	opts := rules.Options{Catalog: catalog.Default(), Now: time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC)}
	noSchema := opts
	noSchema.Severity = map[string]model.Severity{rules.Schema.ID: model.Off}
	for _, c := range []struct {
		name string
		opts rules.Options
	}{{"all", opts}, {"no-schema", noSchema}} {
		b.Run(c.name, func(b *testing.B) {
			rules.Check(doc, c.opts) // compile the schema, warm the memos
			b.ReportAllocs()
			for b.Loop() {
				if fs := rules.Check(doc, c.opts); len(fs) != 0 {
					b.Fatal(fs[0].Message)
				}
			}
		})
	}
}
