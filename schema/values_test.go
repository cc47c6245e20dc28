package schema

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/qalint/qalint/internal/catalog"
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
		`[{"a": 1, "b": 2, "c": 3, "d": 4, "e": 5, "f": 6, "g": 7, "h": 8, "i": 9, "j": {"k": 10}}, {"a": 1}]`,
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
	for _, maps := range v.maps {
		for _, m := range maps {
			assert.Empty(t, m)
		}
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

// BenchmarkValidateValues is validation of a typical file's instance as
// the schema rule builds it, in reused maps; BenchmarkValidateInstance
// the same with fresh ones: the validator must not read the reused
// maps slower (a map made larger than its members is).
func BenchmarkValidateValues(b *testing.B) {
	nodes := entryNodes(b, "settings.json", typicalSettings)
	sch, err := For(catalog.Default())
	require.NoError(b, err)
	var v Values
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ValidateEntries(sch, v.Instance(nodes), 0); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkValidateInstance(b *testing.B) {
	nodes := entryNodes(b, "settings.json", typicalSettings)
	sch, err := For(catalog.Default())
	require.NoError(b, err)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ValidateEntries(sch, Instance(nodes), 0); err != nil {
			b.Fatal(err)
		}
	}
}
