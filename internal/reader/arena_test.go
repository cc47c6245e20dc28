package reader

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// arenaInputs are texts of every shape: the reader's fuzz seeds, the
// examples and rule testdata, a huge array and object past maxArena, and
// broken texts.
func arenaInputs(t *testing.T) [][]byte {
	var out [][]byte
	for _, glob := range []string{"testdata/fuzz/FuzzRead/*", "../../testdata/examples/*", "../../testdata/rules/*/*.json"} {
		m, err := filepath.Glob(glob)
		require.NoError(t, err)
		for _, f := range m {
			if filepath.Ext(f) == ".golden" {
				continue
			}
			b, err := os.ReadFile(f)
			require.NoError(t, err)
			out = append(out, b)
		}
	}
	huge := "[" + strings.Repeat(`{"a": [1, 2], "b": "c"},`, 2*maxArena) + "{}]"
	out = append(out, []byte(huge), []byte(`[{"a": 1, "b": [`), []byte(`x = {a: 1,, b}`))
	return out
}

// One arena, reading after reading, gives each text the tree Read gives it:
// nothing of an earlier reading shows through a Reset.
func TestReadInReadsWhatReadReads(t *testing.T) {
	inputs := arenaInputs(t)
	require.Greater(t, len(inputs), 30)
	var a Arena
	for round := range 2 { // the second round reads into grown arrays
		for _, src := range inputs {
			want := Read(src)
			got := ReadIn(&a, src)
			if !reflect.DeepEqual(want, got) { // assert.Equal's diff of a huge tree takes minutes
				t.Errorf("round %d: ReadIn's tree differs from Read's for %.80q", round, src)
			}
			a.Reset()
		}
	}
}

// Reset leaves nothing of the last tree reachable, and keeps no array
// longer than maxArena.
func TestArenaResetDropsTheTree(t *testing.T) {
	var a Arena
	for _, src := range arenaInputs(t) {
		ReadIn(&a, src)
		a.Reset()
		assert.LessOrEqual(t, len(a.nodes), maxArena)
		for i := range a.nodes {
			require.Equal(t, Node{}, a.nodes[i])
		}
		for i := range a.members {
			require.Equal(t, Member{}, a.members[i])
		}
		for i := range a.items {
			require.Nil(t, a.items[i])
		}
	}
}

func BenchmarkReadInTypical(b *testing.B) {
	src, err := os.ReadFile("../../testdata/examples/cloudflare-template.json")
	require.NoError(b, err)
	var a Arena
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		ReadIn(&a, src)
		a.Reset()
	}
}
