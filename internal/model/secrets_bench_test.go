package model

import (
	"os"
	"testing"
)

// BenchmarkSecrets collects the credentials of a typical file (bench.File(3)):
// what masking costs a file that has findings.
func BenchmarkSecrets(b *testing.B) {
	src, err := os.ReadFile("testdata/typical.json")
	if err != nil {
		b.Fatal(err)
	}
	d := NewDocument("settings.json", src)
	b.ReportAllocs()
	for b.Loop() {
		SecretsIn(d.Read.Root, d.Src)
	}
}
