package rules

import (
	"github.com/qalint/qalint/internal/model"
	"slices"
)

// GatewayProvider reports an unknown gateway provider slug, or one that does
// not match the entry's type.
var GatewayProvider = &Rule{
	ID:       "gateway-provider",
	Severity: model.Error,
	Summary:  "an unknown AI Gateway provider slug, or one that does not match the entry's type",
	Doc: "The last segment of a gateway base URI names the provider the gateway forwards to (workers-ai, " +
		"openai, anthropic, …). An unknown slug gets a 404 from the gateway. The slug must also be the one " +
		"the entry's type speaks: a Cloudflare entry speaks Workers AI, so its gateway slug is workers-ai.",
	Bad:  `{ "type": "Cloudflare", "alias": "cf", "baseURI1": "https://gateway.ai.cloudflare.com/v1/0123456789abcdef0123456789abcdef/my-gateway/worker-ai" }`,
	Good: `{ "type": "Cloudflare", "alias": "cf", "baseURI1": "https://gateway.ai.cloudflare.com/v1/0123456789abcdef0123456789abcdef/my-gateway/workers-ai" }`,
	Check: func(c *Context) {
		for _, e := range c.Entries() {
			for _, ep := range c.cloudflareGateways(e) {
				ref, ok := wellShapedGateway(ep)
				if !ok || skipValue(ref.Provider) {
					continue
				}
				slug := ref.Provider
				if c.Cat.Providers[slug] == nil {
					if s, near := suggest(slug, c.Cat.ProviderSlugs()); near {
						c.Field(e, ep.field, "%s: unknown AI Gateway provider %s; did you mean %s?", ep.key, model.Quote(slug), model.Quote(s))
					} else {
						c.Field(e, ep.field, "%s: unknown AI Gateway provider %s", ep.key, model.Quote(slug))
					}
					continue
				}
				t := typeOf(c, e)
				if t == nil || len(t.Gateway) == 0 || slices.Contains(t.Gateway, slug) {
					continue
				}
				c.Field(e, ep.field, "%s: %s speaks %s through the gateway, not %s",
					ep.key, aType(t.Name), joinQuoted(t.Gateway), model.Quote(slug))
			}
		}
	},
}
