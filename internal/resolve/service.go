package resolve

import (
	"slices"
	"strings"

	"github.com/qalint/qalint/internal/catalog"
	"github.com/qalint/qalint/internal/model"
)

// Service is who answers a request: a provider reached directly, or an AI
// Gateway hop and the provider behind it.
type Service struct {
	// Name is how messages call it: `"OpenAI"`, `the gateway provider "openai"`, `Workers AI`.
	Name string
	// Gateway is set when the request goes through an AI Gateway.
	Gateway *Gateway
	// Provider is the gateway provider; nil when unknown or the user's own
	// (Custom).
	Provider *catalog.Provider
	Custom   bool
	// WorkersAI: the request reaches Workers AI, directly or through the
	// gateway, whatever the entry's type.
	WorkersAI bool
	// Can says whether the service answers this kind; nil when not settled.
	Can *bool
	// Path is the path after the gateway's provider slug, Qarbine's
	// appended path included; Upstream the URL the gateway forwards it to
	// ("" when the forwarding rule is not known).
	Path     string
	Upstream string
	// Unverified says why the forwarding is not settled (Cloudflare's page
	// contradicts itself); "" when it is.
	Unverified string
	// Served: the provider answers Path for this kind (yes, no, or nil:
	// not settled). DoubledV1: it does not, because the path repeats the
	// /v1 that the gateway's forwarding already adds.
	Served    *bool
	DoubledV1 bool
}

var yes, no = true, false

// ExtraV1 names the mistake behind DoubledV1, for messages: "the doubled
// /v1" when the forwarded URL has two in a row (…/openai → api.openai.com/
// v1/v1/…), else "one /v1 too many" (…/workers-ai/v1/@cf/… has only one).
func (s Service) ExtraV1() string {
	if strings.Contains(s.Upstream, "/v1/v1/") || s.Upstream == "" {
		return "the doubled /v1"
	}
	return "one /v1 too many"
}

// serviceOf works out who answers u for kind k.
func (rs *resolver) serviceOf(re *Entry, b *Base, u *requestURL, k Kind, modelID string) Service {
	cat, t := rs.cat, re.Type
	if b != nil && b.Gateway != nil && b.URL != nil {
		if u == nil { // Qarbine's path is not known: the provider still is
			s := gatewayService(re.providerOf(cat, b.Gateway), b.Gateway, b.serviceName, b.Gateway.Rest, "", k, modelID)
			s.Path, s.Upstream, s.Served, s.DoubledV1 = "", "", nil, false
			return s
		}
		if rest, ok := afterSegments(u.Path, 4); ok {
			return gatewayService(re.providerOf(cat, b.Gateway), b.Gateway, b.serviceName, rest, u.RawQuery, k, modelID)
		}
	}
	if u != nil {
		if rest, ok := workersAIDirect(u, rs.apis); ok {
			s := Service{Name: "Workers AI", WorkersAI: true, Can: &yes}
			s.Served = &no
			if isRun(rest, modelID) || rest == "v1/chat/completions" && k == Completion || rest == "v1/embeddings" && k == Embedding {
				s.Served = &yes
			}
			return s
		}
	}
	if t != nil {
		if re.typeName == "" {
			re.typeName = model.Quote(t.Name) // once for both kinds
		}
		return Service{Name: re.typeName, Can: pick(k, t.Completions, t.Embeddings)}
	}
	return Service{}
}

// isRun reports whether rest is "run/" + modelID.
func isRun(rest, modelID string) bool {
	after, ok := strings.CutPrefix(rest, "run/")
	return ok && after == modelID
}

// gatewayProvider is cat.Provider of a gateway's provider slug.
type gatewayProvider struct {
	p      *catalog.Provider
	custom bool
}

// providerOf is cat.Provider(g.Provider.Text), looked up once for both
// kinds of the entry.
func (re *Entry) providerOf(cat *catalog.Catalog, g *Gateway) gatewayProvider {
	if re.providerFor != g {
		p, custom := cat.Provider(g.Provider.Text)
		re.provider, re.providerFor = gatewayProvider{p, custom}, g
	}
	return re.provider
}

// gatewayService is who answers the path rest after the gateway's
// provider slug, named name; query is the request's query string without its "?"
// ("" when none), which the gateway passes on.
func gatewayService(pr gatewayProvider, g *Gateway, name, rest, query string, k Kind, modelID string) Service {
	s := Service{Gateway: g, Path: rest, Name: name}
	p := pr.p
	s.Provider, s.Custom = p, pr.custom
	if p == nil {
		return s
	}
	s.WorkersAI = p.WorkersAI
	s.Can = pick(k, p.Completions, p.Embeddings)
	s.Unverified = p.Unverified
	for _, f := range p.Upstream {
		if strings.HasPrefix(rest, f.From) {
			var buf [256]byte
			b := append(appendReplacing(buf[:0], f.To, "{account}", g.Account.Text), rest[len(f.From):]...)
			if query != "" {
				b = append(append(b, '?'), query...)
			}
			s.Upstream = sharedText(b)
			break
		}
	}
	served := p.Serves[string(k)]
	if len(served) == 0 {
		return s
	}
	has := func(path string) bool {
		return slices.ContainsFunc(served, func(pat string) bool { return expandsTo(pat, "{model}", modelID, path) })
	}
	if has(rest) {
		s.Served = &yes
		return s
	}
	s.Served = &no
	s.DoubledV1 = strings.HasPrefix(rest, "v1/") && has(rest[len("v1/"):])
	return s
}

// workersAIDirect reports whether u is on the Workers AI REST API
// ({api}/accounts/{account}/ai/…), and the path after "ai/".
func workersAIDirect(u *requestURL, apis []restAPI) (string, bool) {
	for _, a := range apis {
		if a.host != u.host || a.port != u.port {
			continue
		}
		p := u.Path
		if !strings.HasPrefix(p, a.accounts) {
			continue
		}
		acct, rest, ok := strings.Cut(p[len(a.accounts):], "/")
		if !ok || acct == "" {
			continue
		}
		if rest == "ai" || strings.HasPrefix(rest, "ai/") {
			return strings.TrimPrefix(strings.TrimPrefix(rest, "ai"), "/"), true
		}
	}
	return "", false
}
