package schema_test

import (
	"encoding/json"
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/qalint/qalint/internal/catalog"
	"github.com/qalint/qalint/internal/model"
	"github.com/qalint/qalint/internal/reader"
	"github.com/qalint/qalint/schema"
)

// The validator meets an object's members in map order; the violations
// come out in one order all the same, so that the findings kept under the
// per-rule cap are the same on every run (differential testing saw the
// cap cut a different one between runs).
func TestViolationsComeInOneOrder(t *testing.T) {
	var entries []map[string]any
	for i := range 51 {
		entries = append(entries, map[string]any{"type": "OpenAI", "alias": fmt.Sprint("a", i), "model1": []int{1}, "model2": []int{2}, "cacheEntries": "yes"})
	}
	src, err := json.Marshal(entries)
	require.NoError(t, err)
	sch, err := schema.For(catalog.Default())
	require.NoError(t, err)
	var first []schema.Violation
	for range 20 {
		doc := model.NewDocument("s.json", src)
		var nodes []*reader.Node
		for _, e := range doc.Entries {
			nodes = append(nodes, e.Node)
		}
		vs, err := schema.ValidateEntries(sch, schema.Instance(nodes), 0)
		require.NoError(t, err)
		require.NotEmpty(t, vs)
		if first == nil {
			first = vs
			continue
		}
		assert.Equal(t, first, vs)
	}
}
