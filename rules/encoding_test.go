package rules_test

import (
	"testing"
	"unicode/utf16"

	"github.com/qalint/qalint/internal/lint"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Windows PowerShell 5 writes UTF-16 little-endian; the message names it
// for that encoding only (it named it for a big-endian file too).
func TestEncodingNamesPowerShellForLittleEndianOnly(t *testing.T) {
	text := "\uFEFF[ { \"type\": \"Cloudflare\", \"alias\": \"cf\" } ]"
	for _, c := range []struct {
		little bool
		want   string
	}{
		{true, "the file is UTF-16LE (as Windows PowerShell 5 writes it): most tools expect UTF-8; qalint fix rewrites it as UTF-8"},
		{false, "the file is UTF-16BE: most tools expect UTF-8; qalint fix rewrites it as UTF-8"},
	} {
		var b []byte
		for _, u := range utf16.Encode([]rune(text)) {
			if c.little {
				b = append(b, byte(u), byte(u>>8))
			} else {
				b = append(b, byte(u>>8), byte(u))
			}
		}
		var got []string
		for _, f := range (&lint.Linter{}).Bytes("s.json", b).Findings {
			if f.Rule == "encoding" {
				got = append(got, f.Message)
			}
		}
		require.Len(t, got, 1)
		assert.Equal(t, c.want, got[0])
	}
}
