package catalog

import (
	"os"
	"path/filepath"
	"regexp"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// providerPages are the provider pages of the cloudflare-docs ai-gateway
// section whose slugs AIGatewayProviders lacks.
var providerPages = []string{"baseten", "deepgram", "fal", "ideogram", "parallel"}

// aiGatewayProviders reads the slugs of the AIGatewayProviders union from
// the committed excerpt of @cloudflare/workers-types.
func aiGatewayProviders(t *testing.T) []string {
	b, err := os.ReadFile(filepath.Join("testdata", "workers-types-AIGatewayProviders.d.ts"))
	require.NoError(t, err)
	var slugs []string
	for _, m := range regexp.MustCompile(`\|\s*"([a-z0-9-]+)"`).FindAllStringSubmatch(string(b), -1) {
		slugs = append(slugs, m[1])
	}
	require.Len(t, slugs, 20, "the union as of 5.20261117.1")
	return slugs
}

func TestEveryDocumentedSlugIsKnown(t *testing.T) {
	c := Default()
	aiGatewayProviders := aiGatewayProviders(t)
	for _, slug := range append(append([]string(nil), aiGatewayProviders...), providerPages...) {
		p, custom := c.Provider(slug)
		require.NotNil(t, p, slug)
		assert.False(t, custom, slug)
		assert.Empty(t, p.Deprecated, slug)
	}
	compat, _ := c.Provider("compat")
	require.NotNil(t, compat)
	assert.NotEmpty(t, compat.Deprecated, "compat is marked deprecated in the docs")
	assert.Len(t, c.Providers, len(aiGatewayProviders)+len(providerPages)+1, "no slug beyond the documented ones")

	p, custom := c.Provider("custom-acme")
	assert.Nil(t, p)
	assert.True(t, custom, "custom-{slug} is the user's own")
	_, custom = c.Provider("custom-")
	assert.False(t, custom, "the prefix alone names nothing")
}

func TestForwardingRulesAreWellFormed(t *testing.T) {
	c := Default()
	for slug, p := range c.Providers {
		for _, f := range p.Upstream {
			assert.Regexp(t, `^https://[a-z0-9.-]+/`, f.To, slug)
		}
		if n := len(p.Upstream); n > 0 {
			assert.Empty(t, p.Upstream[n-1].From, "%s: the last forwarding rule takes every path", slug)
		}
		for kind := range p.Serves {
			assert.Contains(t, []string{"completion", "embedding"}, kind, slug)
		}
	}
	for name, r := range c.Routes {
		assert.NotEmpty(t, r.Paths["completion"], name)
		assert.NotEmpty(t, r.Credential.Header, name)
	}
	for name, ty := range c.Types {
		if ty.Route != "" {
			assert.NotNil(t, c.Routes[ty.Route], "type %s names unknown route %s", name, ty.Route)
		}
	}
}

func TestWithProvidersDoesNotChangeTheDefault(t *testing.T) {
	c := Default()
	x := c.WithProviders([]*Provider{{Slug: "acme"}})
	assert.NotNil(t, x.Providers["acme"])
	assert.Nil(t, c.Providers["acme"])
}
