package lint

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/qalint/qalint/internal/reader"
)

// BytesRead with the reading of src finds exactly what Bytes finds, on
// every example and rule testdata file; a reading of other text than src's
// (UTF-16 decodes to other bytes) is not trusted.
func TestBytesReadFindsWhatBytesFinds(t *testing.T) {
	var files []string
	for _, glob := range []string{"../../testdata/examples/*", "../../testdata/rules/*/*.json"} {
		m, err := filepath.Glob(glob)
		require.NoError(t, err)
		for _, f := range m {
			if filepath.Ext(f) != ".golden" {
				files = append(files, f)
			}
		}
	}
	require.Greater(t, len(files), 20)
	l := &Linter{}
	for _, f := range files {
		src, err := os.ReadFile(f)
		require.NoError(t, err)
		want := l.Bytes(f, src)
		text, _ := reader.Decode(src)
		got := l.BytesRead(f, src, reader.Read(text))
		assert.Equal(t, want.Findings, got.Findings, f)
	}

	utf16 := []byte{0xFF, 0xFE, '[', 0, '1', 0, ',', 0, ']', 0}
	wrong := reader.Read([]byte(`[{"type": "Nope"}]`))
	assert.Equal(t, l.Bytes("u.json", utf16).Findings, l.BytesRead("u.json", utf16, wrong).Findings)
}
