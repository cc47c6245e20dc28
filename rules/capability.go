package rules

import (
	"github.com/qalint/qalint/internal/model"
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
		for _, e := range c.Entries() {
			for _, side := range []struct {
				kind       int
				fields     []string
				need, have string
			}{
				{1, []string{"model1"}, "completions", "embeddings"},
				{2, []string{"model2", "baseURI2"}, "embeddings", "completions"},
			} {
				f, ok := firstPresent(e, side.fields)
				if !ok {
					continue
				}
				name, can, known := capability(c, e, side.kind)
				if known && !can {
					c.Field(e, f, "%s asks for %s, but %s serves %s only", lastToken(f.Path), side.need, name, side.have)
				}
			}
		}
	},
}

// capability says whether the service behind an entry's completions (1) or
// embeddings (2) endpoint can do that; known is false when not settled.
func capability(c *Context, e *model.Entry, kind int) (name string, can, known bool) {
	pick := func(comp, emb *bool) (bool, bool) {
		v := comp
		if kind == 2 {
			v = emb
		}
		if v == nil {
			return false, false
		}
		return *v, true
	}
	if slug, _, ok := c.serviceFor(e, kind); ok {
		if p := c.Cat.Providers[slug]; p != nil {
			can, known = pick(p.Completions, p.Embeddings)
			return "the gateway provider " + model.Quote(slug), can, known
		}
		return "", false, false
	}
	if t := typeOf(c, e); t != nil {
		can, known = pick(t.Completions, t.Embeddings)
		return model.Quote(t.Name), can, known
	}
	return "", false, false
}

func firstPresent(e *model.Entry, keys []string) (model.Field, bool) {
	for _, k := range keys {
		if f := e.Field(k); f.Exists() {
			return f, true
		}
	}
	return model.Field{}, false
}

func lastToken(path string) string {
	t := pathTokens(path)
	return t[len(t)-1]
}
