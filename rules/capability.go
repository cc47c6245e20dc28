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
				if other := otherCan(re, r); other != nil && !*other {
					c.Value(re.Entry, v, "%s asks for %s, but %s serves neither completions nor embeddings: delete %s, and name an entry of a service that serves %s (a Cloudflare entry, say) where Qarbine asks for them",
						v.Key(), r.Kind.Plural(), r.Service.Name, v.Key(), r.Kind.Plural())
					continue
				}
				c.Value(re.Entry, v, "%s asks for %s, but %s serves %s only: delete %s, and name an entry of a service that serves %s (a Cloudflare entry, say) where Qarbine asks for them",
					v.Key(), r.Kind.Plural(), r.Service.Name, r.Kind.Other().Plural(), v.Key(), r.Kind.Plural())
			}
		}
	},
}

// otherCan is whether the service of r answers the other kind; nil when
// not settled. A service that answers neither (speech, images) must not be
// described as serving the other kind "only".
func otherCan(re *resolve.Entry, r *resolve.Request) *bool {
	s := r.Service
	switch {
	case s.Provider != nil:
		if r.Kind == resolve.Embedding {
			return s.Provider.Completions
		}
		return s.Provider.Embeddings
	case re.Type != nil && s.Gateway == nil && !s.WorkersAI:
		if r.Kind == resolve.Embedding {
			return re.Type.Completions
		}
		return re.Type.Embeddings
	}
	return nil
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
