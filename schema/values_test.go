package schema

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/qalint/qalint/internal/model"
	"github.com/qalint/qalint/internal/reader"
)

func entryNodes(t testing.TB, path, src string) []*reader.Node {
	d := model.NewDocument(path, []byte(src))
	require.Nil(t, d.Read.Err)
	nodes := make([]*reader.Node, len(d.Entries))
	for i, e := range d.Entries {
		nodes[i] = e.Node
	}
	return nodes
}

// One Values builds, file after file, what Instance builds: nothing of a
// file before shows through (its keys, its longer arrays), however the
// files' shapes differ.
func TestValuesBuildsWhatInstanceBuilds(t *testing.T) {
	files := []string{
		typicalSettings,
		`[{"type": "OpenAI", "alias": "a", "headers": {"x": "1", "y": ["a", "b", "c"]}}, 5, "s", null]`,
		`[{"alias": "b"}]`,
		`aiAssistants = [{type: 'Cloudflare', model2: undefined, alias: 'a', alias: 'b', list: [1, [2, 3], {k: true}]}]`,
		`[]`,
		typicalSettings,
	}
	var v Values
	for _, src := range files {
		nodes := entryNodes(t, "s.js", src)
		assert.Equal(t, Instance(nodes), v.Instance(nodes), src)
	}
}

// A huge object or array is built apart, not kept for the next file.
func TestValuesKeepsNoHugeValue(t *testing.T) {
	src := `[{"alias": "a", "list": [`
	for i := range 3 * maxReused {
		if i > 0 {
			src += ","
		}
		src += "1"
	}
	src += "]}]"
	var v Values
	nodes := entryNodes(t, "s.json", src)
	assert.Equal(t, Instance(nodes), v.Instance(nodes))
	for _, a := range v.arrays {
		assert.LessOrEqual(t, cap(a), maxReused)
	}
}

// Reset leaves no reference into the last file's tree.
func TestValuesResetDropsTheTree(t *testing.T) {
	var v Values
	v.Instance(entryNodes(t, "s.json", typicalSettings))
	v.Reset()
	for _, m := range v.maps {
		assert.Empty(t, m)
	}
	for _, a := range v.arrays {
		for _, x := range a[:cap(a)] {
			assert.Nil(t, x)
		}
	}
}

func BenchmarkValuesInstance(b *testing.B) {
	nodes := entryNodes(b, "settings.json", typicalSettings)
	var v Values
	b.ReportAllocs()
	for b.Loop() {
		v.Instance(nodes)
	}
}
