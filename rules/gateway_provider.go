package rules

import (
	"slices"

	"github.com/qalint/qalint/internal/model"
	"github.com/qalint/qalint/internal/resolve"
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
		"one the entry's type speaks (a Cloudflare entry's is workers-ai), unless the provider serves the path " +
		"Qarbine calls: an OpenAI-style entry pointed at …/workers-ai reaches Workers AI's OpenAI-compatible API.",
	Bad:  `{ "type": "Cloudflare", "alias": "cf", "baseURI1": "https://gateway.ai.cloudflare.com/v1/0123456789abcdef0123456789abcdef/my-gateway/worker-ai" }`,
	Good: `{ "type": "Cloudflare", "alias": "cf", "baseURI1": "https://gateway.ai.cloudflare.com/v1/0123456789abcdef0123456789abcdef/my-gateway/workers-ai" }`,
	Check: func(c *Context) {
		for _, re := range c.Resolved() {
			for _, b := range gatewayBases(re) {
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
					if s, near := suggest(slug, c.Cat.ProviderSlugs()); near {
						c.Value(re.Entry, b.Value, "%s: unknown AI Gateway provider %s; did you mean %s?", b.Key, model.Quote(slug), model.Quote(s))
					} else {
						c.Mild(model.Warning, re.Entry, b.Value, "%s: AI Gateway provider %s is not one qalint knows; if it is right, add it in .qalint.yaml (providers:), or name your own provider custom-%s",
							b.Key, model.Quote(slug), slug)
					}
					continue
				case p.Deprecated != "":
					c.Mild(model.Warning, re.Entry, b.Value, "%s: AI Gateway provider %s is deprecated (%s)", b.Key, model.Quote(slug), p.Deprecated)
				}
				if t := re.Type; t != nil && len(t.Gateway) > 0 && !slices.Contains(t.Gateway, slug) && !reaches(re, b) {
					c.Value(re.Entry, b.Value, "%s: %s speaks %s through the gateway, not %s",
						b.Key, aType(t.Name), joinQuoted(t.Gateway), model.Quote(slug))
				}
			}
		}
	},
}

// reaches reports whether the entry's requests through base b may reach a
// service although the type does not name the slug: the provider serves
// the path Qarbine calls (an OpenAI-style entry through workers-ai), only
// the doubled /v1 is in the way (gateway-upstream says so), or the data
// cannot tell. With no path known (the type's route is not settled), only
// the type's own list counts.
func reaches(re *resolve.Entry, b *resolve.Base) bool {
	pathKnown, notServed := false, false
	for _, r := range re.Requests {
		if r.Base == nil || r.Base.Key != b.Key || r.URL == "" {
			continue
		}
		pathKnown = true
		switch s := r.Service; {
		case s.DoubledV1, s.Served != nil && *s.Served:
			return true
		case s.Served != nil:
			notServed = true
		}
	}
	return pathKnown && !notServed
}
