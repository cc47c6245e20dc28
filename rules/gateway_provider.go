package rules

import (
	"slices"

	"github.com/qalint/qalint/internal/catalog"
	"github.com/qalint/qalint/internal/model"
)

// GatewayProvider reports an unknown gateway provider slug, or one that does
// not serve what the entry's type calls.
var GatewayProvider = &Rule{
	ID:       "gateway-provider",
	Severity: model.Error,
	Summary:  "an unknown AI Gateway provider slug, or one that does not match the entry's type",
	Doc: "The last segment of a gateway base URI names the provider the gateway forwards to (workers-ai, " +
		"openai, anthropic, …; custom-{name} for your own). A near-miss of a known slug (worker-ai, open-ai) " +
		"gets a 404 from the gateway: an error. Cloudflare's list is open, so any other slug qalint does not " +
		"know is a warning; add it in .qalint.yaml (providers:). compat is deprecated. The slug must also be " +
		"one the entry's type speaks (a Cloudflare entry's is workers-ai; a Mistral entry's is mistral, not openai), or a " +
		"provider that takes any client of the type's calling convention: an OpenAI-style entry pointed at …/workers-ai " +
		"reaches Workers AI's OpenAI-compatible API. Both lists are data (types.json gateway, providers.json clients).",
	Bad:  `{ "type": "Cloudflare", "alias": "cf", "baseURI1": "https://gateway.ai.cloudflare.com/v1/0123456789abcdef0123456789abcdef/my-gateway/worker-ai" }`,
	Good: `{ "type": "Cloudflare", "alias": "cf", "baseURI1": "https://gateway.ai.cloudflare.com/v1/0123456789abcdef0123456789abcdef/my-gateway/workers-ai" }`,
	Check: func(c *Context) {
		for _, re := range c.Resolved() {
			for b := range gatewayBases(re) {
				slugV := b.Gateway.Provider
				if !slugV.Judge() {
					continue
				}
				slug := slugV.Text
				p, custom := c.Cat.Provider(slug)
				switch {
				case custom:
					continue // the user's own provider
				case p == nil:
					if s, near := catalog.SuggestSlug(slug, c.Cat.ProviderSlugs()); near {
						c.Value(re.Entry, b.Value, "%s: unknown AI Gateway provider %s; did you mean %s?", b.Key, model.Quote(slug), model.Quote(s))
					} else {
						c.Mild(model.Warning, re.Entry, b.Value, "%s: AI Gateway provider %s is not one qalint knows; if it is right, add it in .qalint.yaml (providers:), or name your own provider custom-%s",
							b.Key, model.Quote(slug), slug)
					}
					continue
				case p.Deprecated != "":
					c.Mild(model.Warning, re.Entry, b.Value, "%s: AI Gateway provider %s is deprecated (%s)", b.Key, model.Quote(slug), p.Deprecated)
				}
				if t := re.Type; t != nil && !speaks(t, p) {
					if len(t.Gateway) == 0 {
						c.Value(re.Entry, b.Value, "%s: %s has no AI Gateway provider of its own; %s serves another service (name your own provider custom-{name})",
							b.Key, aType(t.Name), model.Quote(slug))
						continue
					}
					c.Value(re.Entry, b.Value, "%s: %s speaks %s through the gateway, not %s",
						b.Key, aType(t.Name), joinQuoted(t.Gateway), model.Quote(slug))
				}
			}
		}
	},
}

// speaks reports whether an entry of type t may name provider p: the type
// lists the slug, or the provider takes any client of the type's route
// (Workers AI answers OpenAI-style clients). Both lists are data.
// A provider the user configured without clients takes any type.
func speaks(t *catalog.Type, p *catalog.Provider) bool {
	if p.Configured && len(p.Clients) == 0 {
		return true
	}
	return slices.Contains(t.Gateway, p.Slug) || t.Route != "" && slices.Contains(p.Clients, t.Route)
}
