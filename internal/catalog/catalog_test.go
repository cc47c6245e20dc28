package catalog

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The 18 models Cloudflare retired on 2026-05-30 (changelog of 2026-05-08).
var retired20260530 = []string{
	"@cf/moonshotai/kimi-k2.5", "@hf/meta-llama/meta-llama-3-8b-instruct", "@cf/meta/llama-3-8b-instruct",
	"@cf/meta/llama-3-8b-instruct-awq", "@cf/meta/llama-3.1-8b-instruct", "@cf/meta/llama-3.1-8b-instruct-awq",
	"@cf/meta/llama-3.1-70b-instruct", "@cf/meta/llama-2-7b-chat-int8", "@cf/meta/llama-2-7b-chat-fp16",
	"@cf/mistral/mistral-7b-instruct-v0.1", "@hf/mistral/mistral-7b-instruct-v0.2", "@hf/google/gemma-7b-it",
	"@cf/google/gemma-3-12b-it", "@hf/nousresearch/hermes-2-pro-mistral-7b", "@cf/microsoft/phi-2",
	"@cf/defog/sqlcoder-7b-2", "@cf/unum/uform-gen2-qwen-500m", "@cf/facebook/bart-large-cnn",
}

func TestEveryRetiredModelIsDeprecatedWithALiveReplacement(t *testing.T) {
	c := Default()
	for _, id := range retired20260530 {
		t.Run(id, func(t *testing.T) {
			m := c.Models[id]
			require.NotNil(t, m, "missing from the catalogue")
			assert.Equal(t, "2026-05-30", m.Deprecated)
			r := c.Models[m.Replacement]
			require.NotNil(t, r, "replacement %q is not in the catalogue", m.Replacement)
			assert.Empty(t, r.Deprecated, "replacement %q is itself deprecated", m.Replacement)
			if m.Task == TextGeneration || m.Task == TextEmbeddings { // the tasks Qarbine uses
				assert.Equal(t, m.Task, r.Task, "replacement does the same task")
			}
		})
	}
	var deprecated int
	for _, m := range c.Models {
		if m.Deprecated != "" {
			deprecated++
		}
	}
	assert.Equal(t, len(retired20260530), deprecated, "every deprecated model in the catalogue is in this table")
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
