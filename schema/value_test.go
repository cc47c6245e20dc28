package schema

import (
	"encoding/json"
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

// typicalSettings is three entries as a user writes them (bench.File(3)).
const typicalSettings = `[
  {"type": "Cloudflare", "alias": "workers-ai-0", "account": "0123456789abcdef0123456789abcdef",
   "apiKey": "${CF_API_TOKEN}", "model1": "@cf/meta/llama-3.1-8b-instruct-fast",
   "model2": "@cf/baai/bge-small-en-v1.5", "cacheEntries": true},
  {"type": "OpenAI", "alias": "gateway-workers-ai-1", "apiKey": "${CF_API_TOKEN}",
   "model1": "@cf/openai/gpt-oss-120b", "model2": "@cf/baai/bge-base-en-v1.5",
   "baseURI1": "https://gateway.ai.cloudflare.com/v1/0123456789abcdef0123456789abcdef/my-ai-gateway/workers-ai",
   "headers": {"cf-aig-authorization": "Bearer ${CF_AIG_TOKEN}"}},
  {"type": "Cloudflare", "alias": "workers-ai-2", "account": "0123456789abcdef0123456789abcdef",
   "apiKey": "${CF_API_TOKEN}", "model1": "@cf/meta/llama-3.1-8b-instruct-fast",
   "model2": "@cf/baai/bge-small-en-v1.5", "cacheEntries": true}
]`

func BenchmarkInstance(b *testing.B) {
	d := model.NewDocument("settings.json", []byte(typicalSettings))
	nodes := make([]*reader.Node, len(d.Entries))
	for i, e := range d.Entries {
		nodes[i] = e.Node
	}
	b.ReportAllocs()
	for b.Loop() {
		Instance(nodes)
	}
}

// Strings and numbers handed to the validator share the nodes' headers:
// they must still compare, switch and print as the plain values they are.
func TestInstanceSharesStringsAsPlainValues(t *testing.T) {
	d := model.NewDocument("s.json", []byte(`[{"alias": "a", "n": 1.5e3, "x": [ "y" ]}]`))
	require.Nil(t, d.Read.Err)
	inst := Instance([]*reader.Node{d.Entries[0].Node}).([]any)[0].(map[string]any)
	alias, ok := inst["alias"].(string)
	require.True(t, ok)
	assert.Equal(t, "a", alias)
	n, ok := inst["n"].(json.Number)
	require.True(t, ok)
	assert.Equal(t, json.Number("1.5e3"), n)
	assert.Equal(t, []any{"y"}, inst["x"])
	assert.Equal(t, any("a"), inst["alias"])
}
