package rules

import (
	"github.com/qalint/qalint/internal/model"
	"github.com/qalint/qalint/internal/resolve"
)

// Capability reports embeddings configured for a completions-only service,
// or completions for an embeddings-only one.
var Capability = &Rule{
	ID:       "capability",
	Severity: model.Warning,
	Summary:  "embeddings configured for a completions-only service, or the reverse",
	Doc: "Some services only complete (Anthropic, Perplexity, DeepSeek), others only embed (Voyage AI, " +
		"Mixedbread AI). A model2 or baseURI2 for a completions-only service, or a model1 for an " +
		"embeddings-only one, can never work. The service is the gateway provider when the base URI is a " +
		"gateway, else the entry's type.",
	Bad:  `{ "type": "Anthropic", "alias": "claude", "model1": "claude-sonnet-4-5", "model2": "voyage-3" }`,
	Good: `{ "type": "Anthropic", "alias": "claude", "model1": "claude-sonnet-4-5" }`,
	Check: func(c *Context) {
		for _, re := range c.Resolved() {
			for _, r := range re.Requests {
				v := asked(re, r)
				if !v.Present() || r.Service.Can == nil || *r.Service.Can {
					continue
				}
				c.Value(re.Entry, v, "%s asks for %s, but %s serves %s only: delete %s, and name an entry of a service that serves %s (a Cloudflare entry, say) where Qarbine asks for them",
					v.Key(), r.Kind.Plural(), r.Service.Name, r.Kind.Other().Plural(), v.Key(), r.Kind.Plural())
			}
		}
	},
}

// asked is the field by which an entry asks for a kind: its model, or for
// embeddings a baseURI2 of its own.
func asked(re *resolve.Entry, r *resolve.Request) resolve.Value {
	if r.Model.Present() {
		return r.Model.Value
	}
	if r.Kind == resolve.Embedding && r.Base != nil && r.Base.Key == "baseURI2" {
		return r.Base.Value
	}
	return resolve.Value{}
}
