package rules

import (
	"net/url"
	"strings"

	"github.com/tidwall/gjson"

	"github.com/qalint/qalint/internal/catalog"
	"github.com/qalint/qalint/internal/gateway"
	"github.com/qalint/qalint/internal/model"
	"github.com/qalint/qalint/internal/reader"
)

// pathTokens splits a gjson path of plain keys ("headers.cf-aig-authorization",
// with escaped dots kept) into JSON-pointer tokens.
func pathTokens(path string) []string {
	var out []string
	var b strings.Builder
	for i := 0; i < len(path); i++ {
		switch c := path[i]; {
		case c == '\\' && i+1 < len(path):
			i++
			b.WriteByte(path[i])
		case c == '.':
			out = append(out, b.String())
			b.Reset()
		default:
			b.WriteByte(c)
		}
	}
	return append(out, b.String())
}

// typeOf is the entry's catalogue type, nil when the type is unknown.
func typeOf(c *Context, e *model.Entry) *catalog.Type { return c.Cat.Types[e.Type()] }

// stringFields calls fn for every string field of the entry, top level and
// inside "headers", with its gjson path.
func stringFields(e *model.Entry, fn func(key string, f model.Field)) {
	for i := range e.Node.Members {
		m := &e.Node.Members[i]
		if e.Member(m.Key) != m {
			continue // a repeated key: only the winning value counts
		}
		f := model.Field{Node: m.Value, Path: gjson.Escape(m.Key)}
		if m.Key == "headers" && m.Value.Kind == reader.Object {
			winning := m.Value.Winners()
			for j, h := range m.Value.Members {
				if winning[j] && h.Value.Kind == reader.String {
					fn(h.Key, model.Field{Node: h.Value, Path: "headers." + gjson.Escape(h.Key)})
				}
			}
			continue
		}
		if m.Value.Kind == reader.String {
			fn(m.Key, f)
		}
	}
}

// gatewayAuth finds the cf-aig-authorization value: an entry key or a header
// (header names are case-insensitive). Qarbine's docs do not settle which.
func gatewayAuth(e *model.Entry) (model.Field, bool) {
	if f := e.Field("cf-aig-authorization"); f.Exists() {
		return f, true
	}
	h := e.Field("headers")
	if h.Node == nil || h.Node.Kind != reader.Object {
		return model.Field{}, false
	}
	for i := len(h.Node.Members) - 1; i >= 0; i-- {
		if m := h.Node.Members[i]; strings.EqualFold(m.Key, "cf-aig-authorization") {
			return e.Get("headers." + gjson.Escape(m.Key)), true
		}
	}
	return model.Field{}, false
}

func suggest(s string, candidates []string) (string, bool) { return catalog.Suggest(s, candidates) }

func joinQuoted(ss []string) string {
	q := make([]string, len(ss))
	for i, s := range ss {
		q[i] = model.Quote(s)
	}
	return strings.Join(q, ", ")
}

// baseURIs are the endpoint fields: completions, then embeddings.
var baseURIs = []string{"baseURI1", "baseURI2"}

// endpoint is a base URI field, parsed once per check.
type endpoint struct {
	key   string
	field model.Field
	url   *url.URL
	segs  []string    // path segments
	gw    gateway.Ref // set when isGW
	isGW  bool        // the path has the /v1/{account}/{gateway}/{provider} shape
}

// endpoints returns the entry's base URIs that parse as absolute URLs,
// parsing each entry's once: most URI rules look at them.
func (c *Context) endpoints(e *model.Entry) []endpoint {
	if eps, ok := c.parsed[e]; ok {
		return eps
	}
	var out []endpoint
	for _, k := range baseURIs {
		s, f, ok := e.Str(k)
		if !ok {
			continue
		}
		if u, ok := gateway.ParseBase(s); ok {
			ep := endpoint{key: k, field: f, url: u, segs: gateway.Split(u)}
			ep.gw, ep.isGW = gateway.Parse(u)
			out = append(out, ep)
		}
	}
	if c.parsed == nil {
		c.parsed = map[*model.Entry][]endpoint{}
	}
	c.parsed[e] = out
	return out
}

// cloudflareGateways returns the endpoints on Cloudflare's gateway host.
func (c *Context) cloudflareGateways(e *model.Entry) []endpoint {
	var out []endpoint
	for _, ep := range c.endpoints(e) {
		if gateway.IsCloudflareGateway(ep.url) {
			out = append(out, ep)
		}
	}
	return out
}

// serviceFor returns the gateway provider an entry's completions (kind 1) or
// embeddings (kind 2) go through, when that endpoint is a gateway.
func (c *Context) serviceFor(e *model.Entry, kind int) (slug string, ep endpoint, ok bool) {
	keys := []string{"baseURI1"}
	if kind == 2 {
		keys = []string{"baseURI2", "baseURI1"} // baseURI2 defaults to baseURI1
	}
	for _, k := range keys {
		if _, _, present := e.Str(k); !present {
			continue
		}
		for _, ep := range c.endpoints(e) {
			if ep.key == k && ep.isGW {
				return ep.gw.Provider, ep, true
			}
		}
		return "", endpoint{}, false
	}
	return "", endpoint{}, false
}

// usesWorkersAI reports whether the entry's models are Workers AI model ids:
// a type whose models are in the catalogue, or a workers-ai gateway route.
func usesWorkersAI(c *Context, e *model.Entry, kind int) bool {
	if t := typeOf(c, e); t != nil && t.Models == "workers-ai" {
		return true
	}
	slug, _, ok := c.serviceFor(e, kind)
	return ok && slug == "workers-ai"
}

// aType names an entry type with its article: `a "Cloudflare" entry`, `an "OpenAI" entry`.
func aType(name string) string {
	if name != "" && strings.ContainsRune("AEIOUaeiou", rune(name[0])) {
		return "an " + model.Quote(name) + " entry"
	}
	return "a " + model.Quote(name) + " entry"
}
