package schema

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/qalint/qalint/internal/model"
	"github.com/qalint/qalint/internal/reader"
)

// undefined is the same as leaving the key out, as JavaScript reads it;
// for a repeated key the last value wins.
func TestInstanceLeavesOutUndefined(t *testing.T) {
	d := model.NewDocument("s.js", []byte("aiAssistants = [{type: 'Cloudflare', model2: undefined, alias: 'a', alias: 'b'}]"))
	require.Nil(t, d.Read.Err)
	nodes := make([]*reader.Node, len(d.Entries))
	for i, e := range d.Entries {
		nodes[i] = e.Node
	}
	assert.Equal(t, []any{map[string]any{"type": "Cloudflare", "alias": "b"}}, Instance(nodes))
}
