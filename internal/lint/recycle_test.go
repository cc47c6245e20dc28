package lint

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/qalint/qalint/internal/model"
	"github.com/qalint/qalint/internal/reader"
)

// With Recycle, Each reports what it reports without: every finding of
// every file, intact after the later files reused the earlier ones' trees,
// and each result's Doc is gone once emitted.
func TestRecycleFindsTheSameAndDropsDocs(t *testing.T) {
	dir := t.TempDir()
	var n int
	for _, glob := range []string{"../../testdata/examples/*", "../../testdata/rules/*/*.json"} {
		m, err := filepath.Glob(glob)
		require.NoError(t, err)
		for _, f := range m {
			if filepath.Ext(f) == ".golden" {
				continue
			}
			src, err := os.ReadFile(f)
			require.NoError(t, err)
			n++
			// Named so that walking the directory finds each as settings.
			name := filepath.Join(dir, filepath.Base(filepath.Dir(f))+"-"+filepath.Base(f))
			require.NoError(t, os.WriteFile(name, src, 0o644))
		}
	}
	require.Greater(t, n, 30)

	want := map[string][]model.Finding{}
	for _, r := range (&Linter{}).Files([]string{dir}) {
		want[r.Path] = r.Findings
	}
	got := map[string][]model.Finding{}
	l := &Linter{Recycle: true}
	var emitted []*Result
	require.NoError(t, l.Each([]string{dir}, func(r *Result) error {
		if r.Err == nil && r.Skipped == "" {
			assert.NotNil(t, r.Doc, "emit sees the document")
		}
		got[r.Path] = r.Findings
		emitted = append(emitted, r)
		return nil
	}))
	assert.Equal(t, want, got)
	recycled := 0
	for _, r := range emitted {
		if r.Doc == nil {
			recycled++
			continue
		}
		// Only UTF-16 texts are read apart (their reading is of other bytes).
		assert.NotEqual(t, reader.UTF8, r.Doc.Encoding, "%s: a recycled result keeps no document", r.Path)
	}
	assert.Greater(t, recycled, n/2)
	// Files hands out results to keep, whatever Recycle says.
	for _, r := range l.Files([]string{dir}) {
		if r.Err == nil && r.Skipped == "" {
			assert.NotNil(t, r.Doc, r.Path)
		}
	}
}
