package catalog

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The 19 models Cloudflare retired on 2025-10-01 (changelog of 2025-09-18).
var retired20251001 = []string{
	"@hf/thebloke/zephyr-7b-beta-awq", "@hf/thebloke/mistral-7b-instruct-v0.1-awq", "@hf/thebloke/llama-2-13b-chat-awq",
	"@hf/thebloke/openhermes-2.5-mistral-7b-awq", "@hf/thebloke/neural-chat-7b-v3-1-awq", "@hf/thebloke/llamaguard-7b-awq",
	"@hf/thebloke/deepseek-coder-6.7b-base-awq", "@hf/thebloke/deepseek-coder-6.7b-instruct-awq",
	"@cf/deepseek-ai/deepseek-math-7b-instruct", "@cf/openchat/openchat-3.5-0106", "@cf/tiiuae/falcon-7b-instruct",
	"@cf/thebloke/discolm-german-7b-v1-awq", "@cf/qwen/qwen1.5-0.5b-chat", "@cf/qwen/qwen1.5-7b-chat-awq",
	"@cf/qwen/qwen1.5-14b-chat-awq", "@cf/tinyllama/tinyllama-1.1b-chat-v1.0", "@cf/qwen/qwen1.5-1.8b-chat",
	"@hf/nexusflow/starling-lm-7b-beta", "@cf/fblgit/una-cybertron-7b-v2-bf16",
}

// The 18 models Cloudflare retired on 2026-05-30 (changelog of 2026-05-08).
var retired20260530 = []string{
	"@cf/moonshotai/kimi-k2.5", "@hf/meta-llama/meta-llama-3-8b-instruct", "@cf/meta/llama-3-8b-instruct",
	"@cf/meta/llama-3-8b-instruct-awq", "@cf/meta/llama-3.1-8b-instruct", "@cf/meta/llama-3.1-8b-instruct-awq",
	"@cf/meta/llama-3.1-70b-instruct", "@cf/meta/llama-2-7b-chat-int8", "@cf/meta/llama-2-7b-chat-fp16",
	"@cf/mistral/mistral-7b-instruct-v0.1", "@hf/mistral/mistral-7b-instruct-v0.2", "@hf/google/gemma-7b-it",
	"@cf/google/gemma-3-12b-it", "@hf/nousresearch/hermes-2-pro-mistral-7b", "@cf/microsoft/phi-2",
	"@cf/defog/sqlcoder-7b-2", "@cf/unum/uform-gen2-qwen-500m", "@cf/facebook/bart-large-cnn",
}

func TestEveryRetiredModelStaysWithItsDate(t *testing.T) {
	c := Default()
	for day, ids := range map[string][]string{"2025-10-01": retired20251001, "2026-05-30": retired20260530} {
		for _, id := range ids {
			t.Run(id, func(t *testing.T) {
				m := c.Models[id]
				require.NotNil(t, m, "missing from the catalogue")
				assert.Equal(t, day, m.Deprecated)
				assert.NotEmpty(t, m.From["deprecated"], "the retirement names its announcement")
				if m.Replacement == "" {
					return
				}
				r := c.Models[m.Replacement]
				require.NotNil(t, r, "replacement %q is not in the catalogue", m.Replacement)
				assert.Empty(t, r.Deprecated, "replacement %q is itself retired", m.Replacement)
				assert.Equal(t, m.Task, r.Task, "replacement does the same task")
			})
		}
	}
	var retired int
	for _, m := range c.Models {
		if m.Deprecated != "" {
			retired++
		}
	}
	assert.Equal(t, len(retired20251001)+len(retired20260530), retired, "every retired model in the catalogue is in these tables")
}

func TestOnlyDocumentedReplacementsAreCloudflares(t *testing.T) {
	c := Default()
	var documented []string
	for _, id := range c.ModelIDs() {
		if c.Models[id].ReplacementBy == ReplacementByCloudflare {
			documented = append(documented, id+" -> "+c.Models[id].Replacement)
		}
	}
	assert.Equal(t, []string{"@cf/moonshotai/kimi-k2.5 -> @cf/moonshotai/kimi-k2.6"}, documented)
	assert.Equal(t, "qalint", c.Models["@cf/meta/llama-2-7b-chat-int8"].ReplacementBy)
}

func TestEveryFactNamesAKnownSource(t *testing.T) {
	c := Default()
	for _, id := range c.ModelIDs() {
		m := c.Models[id]
		require.NotEmpty(t, m.From["id"], id)
		for fact, src := range m.From {
			assert.NotEmpty(t, c.ModelSources[src].Title, "%s: %s comes from unknown source %q", id, fact, src)
		}
		if m.Task != "" {
			assert.NotEmpty(t, m.From["task"], id)
		}
		if m.Dimensions != 0 {
			assert.NotEmpty(t, m.From["dimensions"], id)
		}
	}
	assert.Contains(t, c.Sources["models"].Version, "5.20261117.1")
}

func TestModelLookups(t *testing.T) {
	c := Default()
	for _, tc := range []struct {
		id, task string
		dims     int
	}{
		{"@cf/baai/bge-small-en-v1.5", TextEmbeddings, 384},
		{"@cf/baai/bge-base-en-v1.5", TextEmbeddings, 768},
		{"@cf/baai/bge-large-en-v1.5", TextEmbeddings, 1024},
		{"@cf/baai/bge-m3", TextEmbeddings, 1024},
		{"@cf/meta/llama-3.1-8b-instruct-fast", TextGeneration, 0},
		{"@cf/meta/llama-3.3-70b-instruct-fp8-fast", TextGeneration, 0},
		{"@cf/zai-org/glm-4.7-flash", TextGeneration, 0},
		{"@cf/google/gemma-4-26b-a4b-it", TextGeneration, 0},
		{"@cf/moonshotai/kimi-k2.6", TextGeneration, 0},
		{"@cf/zai-org/glm-5.3", TextGeneration, 0},
		{"@cf/zai-org/glm-5.2", TextGeneration, 0},
		{"@cf/zai-org/glm-5.3-flash", TextGeneration, 0},
		{"@cf/deepseek-ai/deepseek-v4-flash-0731", TextGeneration, 0},
		{"@cf/deepseek-ai/deepseek-v4-pro-0813", TextGeneration, 0},
		{"@cf/qwen/qwen3.8-27b", TextGeneration, 0},
		{"@cf/moonshotai/kimi-k2.7-code", TextGeneration, 0},
		{"@cf/nvidia/nemotron-3-120b-a12b", TextGeneration, 0},
		{"@cf/baai/omni-bge-base-en-v1.5", TextEmbeddings, 768},
	} {
		m := c.Models[tc.id]
		require.NotNil(t, m, tc.id)
		assert.Equal(t, tc.task, m.Task, tc.id)
		assert.Equal(t, tc.dims, m.Dimensions, tc.id)
		assert.Empty(t, m.Deprecated, tc.id)
	}
}

func TestCatalogueIsConsistent(t *testing.T) {
	c := Default()
	for _, name := range c.TypeNames() {
		ty := c.Types[name]
		for _, slug := range ty.Gateway {
			assert.NotNil(t, c.Providers[slug], "type %s names unknown gateway slug %s", name, slug)
		}
		for field, def := range ty.Defaults {
			assert.NotNil(t, c.Models[def], "type %s: default %s %q is not in the model catalogue", name, field, def)
		}
		for _, f := range ty.Required {
			assert.Contains(t, c.KnownFields(ty), f, "type %s requires unknown field %s", name, f)
		}
	}
	for _, id := range c.ModelIDs() {
		assert.Regexp(t, `^@(cf|hf)/[a-z0-9._-]+/[A-Za-z0-9._-]+$`, id)
	}
	assert.Equal(t, []string{"workers-ai"}, c.Types["Cloudflare"].Gateway)
	assert.True(t, c.Types["Cloudflare"].Confirmed)
	for _, s := range []string{"models", "types", "providers"} {
		assert.NotEmpty(t, c.Sources[s].Source, s)
		assert.NotEmpty(t, c.Sources[s].AsOf, s)
	}
}

func TestProviderCapabilities(t *testing.T) {
	c := Default()
	for slug, want := range map[string][2]bool{
		"workers-ai": {true, true}, "openai": {true, true}, "anthropic": {true, false},
		"perplexity-ai": {true, false}, "deepseek": {true, false}, "cohere": {true, true},
	} {
		p := c.Providers[slug]
		require.NotNil(t, p, slug)
		assert.Equal(t, want, [2]bool{*p.Completions, *p.Embeddings}, slug)
	}
}

func TestSuggest(t *testing.T) {
	for _, tc := range []struct {
		in, want string
		ok       bool
	}{
		{"cloudflare", "Cloudflare", true},
		{"worker-ai", "workers-ai", true},
		{"baseUri1", "baseURI1", true},
		{"Watson", "", false},
		{"x", "", false},
	} {
		got, ok := Suggest(tc.in, []string{"Cloudflare", "workers-ai", "baseURI1", "baseURI2", "OpenAI"})
		assert.Equal(t, tc.ok, ok, tc.in)
		assert.Equal(t, tc.want, got, tc.in)
	}
	assert.Equal(t, 3, Distance("kitten", "sitting"))
	assert.Equal(t, 1, Distance("“a", "a"), "counts characters, not bytes")
}

func TestExtendDoesNotChangeTheDefault(t *testing.T) {
	c := Default()
	x := c.Extend([]*Model{{ID: "@cf/acme/new", Task: TextGeneration}}, []*Type{{Name: "Acme"}})
	assert.NotNil(t, x.Models["@cf/acme/new"])
	assert.NotNil(t, x.Types["Acme"])
	assert.Nil(t, c.Models["@cf/acme/new"])
	assert.Nil(t, c.Types["Acme"])
}

func TestEveryTypeIsConfirmedOrMarkedAsOurReading(t *testing.T) {
	c := Default()
	for _, name := range c.TypeNames() {
		ty := c.Types[name]
		assert.True(t, ty.Confirmed != (ty.Reading != ""), "type %s: confirmed, or a reading of a documented name, not both", name)
	}
	assert.Equal(t, []string{"Cloudflare"}, confirmedTypes(c))
	assert.Len(t, c.Types, 18, "no type users may rely on is removed")
}

func confirmedTypes(c *Catalog) []string {
	var out []string
	for _, name := range c.TypeNames() {
		if c.Types[name].Confirmed {
			out = append(out, name)
		}
	}
	return out
}
