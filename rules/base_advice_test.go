package rules

import (
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/qalint/qalint/internal/catalog"
	"github.com/qalint/qalint/internal/model"
)

var suggested = regexp.MustCompile(`[sS]et baseURI1 to (\S+?)[,;]? [(s]`)

// baseFindings are the baseuri-suffix and gateway-upstream findings on an
// entry with baseURI1 set to base.
func baseFindings(t *testing.T, entry, base string) []model.Finding {
	t.Helper()
	src := strings.Replace(entry, "BASE", base, 1)
	var out []model.Finding
	for _, f := range Check(model.NewDocument("s.json", []byte(src)), Options{Catalog: catalog.Default()}) {
		if f.Rule == BaseURISuffix.ID || f.Rule == GatewayUpstream.ID {
			out = append(out, f)
		}
	}
	return out
}

// Following the advice of either rule leaves no finding from either: the
// advice does not go in a circle (issue 15).
func TestBaseAdviceIsClean(t *testing.T) {
	const gw = "https://gateway.ai.cloudflare.com/v1/0123456789abcdef0123456789abcdef/"
	for _, tc := range []struct {
		name, entry, base, want string
	}{
		{"openai-v1", `[{ "type": "OpenAI", "alias": "gpt", "model1": "gpt-4o-mini", "baseURI1": "BASE" }]`,
			gw + "my-gw/openai/v1", "https://api.openai.com"},
		{"openai", `[{ "type": "OpenAI", "alias": "gpt", "model1": "gpt-4o-mini", "baseURI1": "BASE" }]`,
			gw + "my-gw/openai", "https://api.openai.com"},
		{"openai-direct-v1", `[{ "type": "OpenAI", "alias": "gpt", "model1": "gpt-4o-mini", "baseURI1": "BASE" }]`,
			"https://api.openai.com/v1/", "https://api.openai.com"},
		{"anthropic-v1", `[{ "type": "Anthropic", "alias": "cl", "model1": "claude-3-5-haiku-latest", "baseURI1": "BASE" }]`,
			gw + "my-gateway/anthropic/v1", gw + "my-gateway/anthropic"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			fs := baseFindings(t, tc.entry, tc.base)
			require.NotEmpty(t, fs)
			for _, f := range fs {
				m := suggested.FindStringSubmatch(f.Message)
				require.NotNil(t, m, f.Message)
				assert.Equal(t, tc.want, m[1], f.Rule)
				assert.Empty(t, baseFindings(t, tc.entry, m[1]), "after %s's advice", f.Rule)
			}
			said := 0
			for _, f := range fs {
				said += strings.Count(strings.ToLower(f.Message), "no base uri")
			}
			assert.LessOrEqual(t, said, 1, "the dead end is said once")
		})
	}
}

// TestIndexQueryOrFragmentIsIndexAny: the two byte searches find what
// strings.IndexAny(s, "?#") finds.
func TestIndexQueryOrFragmentIsIndexAny(t *testing.T) {
	for _, s := range []string{"", "https://h/p", "https://h/p?q", "https://h/p#f", "https://h/p?q#f", "https://h/p#f?q", "?", "#", "a#b?c?d"} {
		if got, want := indexQueryOrFragment(s), strings.IndexAny(s, "?#"); got != want {
			t.Errorf("%q: %d, want %d", s, got, want)
		}
	}
}

// A gateway base that names no provider, ending in a slash, crashed the
// check (found by differential testing: the advice assumed the request
// went through the gateway to a provider). It is reported, not a panic.
func TestBaseAdviceOnAGatewayBaseWithoutProvider(t *testing.T) {
	entry := `[{"type": "OpenAI", "alias": "cf", "apiKey": "${CF_API_TOKEN}", "model1": "@cf/meta/llama-3.1-8b-instruct-fast", "baseURI1": "BASE"}]`
	fs := baseFindings(t, entry, "https://gateway.ai.cloudflare.com/v1/0123456789abcdef0123456789abcdef/g/")
	require.NotEmpty(t, fs)
	assert.Contains(t, fs[0].Message, "ends in /")
	assert.NotContains(t, fs[0].Message, `URL ""`, "no empty provider name quoted")
}
