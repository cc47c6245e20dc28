package rules

import (
	"slices"
	"strings"

	"github.com/qalint/qalint/internal/gateway"
	"github.com/qalint/qalint/internal/model"
	"github.com/qalint/qalint/internal/resolve"
)

// UnknownField reports a key the entry's type does not know.
var UnknownField = &Rule{
	ID:       "unknown-field",
	Severity: model.Warning,
	Summary:  "a key the entry's type does not know, with the nearest known key",
	Doc: "Qarbine ignores keys it does not know, so a misspelt \"baseUri1\" or \"baseURL\" silently sends " +
		"requests to the default endpoint, past the gateway. A misspelling of a field that shapes the request " +
		"(baseURI1, baseURI2, model1, model2, account, apiKey, headers, cf-aig-authorization) is an error; " +
		"other unknown keys are warnings. An HTTP header written as a key (\"Authorization\") is never sent: " +
		"qalint says where it belongs. For types whose full field list is not documented, qalint reports only " +
		"keys that look like a misspelling of a known one.",
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
				ptr := e.Pointer(m.Key)
				if where, ok := headerKey(re, m.Key); ok {
					c.sureKey(model.Error, e, m, ptr, "%s is an HTTP header, not a field Qarbine reads, so it is never sent: %s", model.Quote(m.Key), where)
					continue
				}
				s, near := suggest(m.Key, known)
				switch {
				case near && e.Member(s) != nil:
					c.Key(e, m, ptr, "unknown field %s for %s; Qarbine ignores it and uses %s (line %d): delete this one",
						model.Quote(m.Key), kind, model.Quote(s), c.Doc.Pos(e.Member(s).KeyStart).Line)
				case near && slices.Contains(requestFields, s):
					c.sureKey(model.Error, e, m, ptr, "unknown field %s for %s: Qarbine ignores it, so the request goes without it; rename it %s",
						model.Quote(m.Key), kind, model.Quote(s))
				case near:
					c.Key(e, m, ptr, "unknown field %s for %s; did you mean %s?", model.Quote(m.Key), kind, model.Quote(s))
				case !open:
					c.Key(e, m, ptr, "unknown field %s for %s; Qarbine ignores it: delete it", model.Quote(m.Key), kind)
				}
			}
		}
	},
}

// requestFields change the request Qarbine sends: a misspelling of one is
// sure to fail or to go elsewhere, so it is an error.
var requestFields = []string{"baseURI1", "baseURI2", "model1", "model2", "account", "apiKey", "headers", "cf-aig-authorization"}

// headerKey says where a header written as an entry key belongs.
func headerKey(re *resolve.Entry, key string) (string, bool) {
	switch strings.ToLower(key) {
	case "authorization":
		// Through a gateway: a base URI on it, even one under a misspelt key.
		viaGateway := false
		for _, v := range re.Strings() {
			viaGateway = viaGateway || strings.Contains(strings.ToLower(v.Text), "://"+gateway.Host+"/")
		}
		switch {
		case !re.APIKey.Present():
			return `put the provider's key in "apiKey" (Qarbine sends it as "Authorization: Bearer …")`, true
		case viaGateway && !re.GatewayAuth.Present():
			return `for an authenticated AI Gateway, put the gateway token in "cf-aig-authorization": "Bearer …" (Qarbine sends "apiKey" as Authorization already)`, true
		}
		return `Qarbine already sends "apiKey" as Authorization; another header goes inside "headers": { … }`, true
	case "x-api-key", "api-key", "content-type", "accept":
		return `headers go inside "headers": { ` + model.Quote(key) + `: … }`, true
	}
	return "", false
}
