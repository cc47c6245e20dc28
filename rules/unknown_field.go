package rules

import (
	"github.com/qalint/qalint/internal/model"
	"slices"
)

// UnknownField reports a key the entry's type does not know.
var UnknownField = &Rule{
	ID:       "unknown-field",
	Severity: model.Warning,
	Summary:  "a key the entry's type does not know, with the nearest known key",
	Doc: "Qarbine ignores keys it does not know, so a misspelt \"baseUri1\" silently sends requests to the " +
		"default endpoint. For types whose full field list is not documented, qalint reports only keys that " +
		"look like a misspelling of a known one.",
	Bad:  `{ "type": "Cloudflare", "alias": "cf", "baseUri1": "https://gateway.ai.cloudflare.com/v1/…/workers-ai" }`,
	Good: `{ "type": "Cloudflare", "alias": "cf", "baseURI1": "https://gateway.ai.cloudflare.com/v1/…/workers-ai" }`,
	Check: func(c *Context) {
		all := c.Cat.AllFields()
		for _, re := range c.Resolved() {
			e, t := re.Entry, re.Type
			known := c.Cat.KnownFields(t)
			open := t == nil || t.OpenFields
			for i := range e.Node.Members {
				m := &e.Node.Members[i]
				if slices.Contains(known, m.Key) || (open && slices.Contains(all, m.Key)) {
					continue
				}
				kind := "an entry"
				if t != nil {
					kind = aType(t.Name)
				}
				s, near := suggest(m.Key, known)
				switch {
				case near:
					c.Key(e, m, e.Pointer(m.Key), "unknown field %s for %s; did you mean %s?", model.Quote(m.Key), kind, model.Quote(s))
				case !open:
					c.Key(e, m, e.Pointer(m.Key), "unknown field %s for %s; Qarbine ignores it", model.Quote(m.Key), kind)
				}
			}
		}
	},
}
