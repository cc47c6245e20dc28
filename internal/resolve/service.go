package resolve

import (
	"net/url"
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
	// Served: the provider answers Path for this kind (yes, no, or nil:
	// not settled). DoubledV1: it does not, because the path repeats the
	// /v1 that the gateway's forwarding already adds.
	Served    *bool
	DoubledV1 bool
}

var yes, no = true, false

// serviceOf works out who answers u for kind k.
func (rs *resolver) serviceOf(t *catalog.Type, b *Base, u *url.URL, k Kind, modelID string) Service {
	cat := rs.cat
	if b != nil && b.Gateway != nil && b.URL != nil {
		if u == nil { // Qarbine's path is not known: the provider still is
			s := gatewayService(cat, b.Gateway, b.Gateway.Rest, k, modelID)
			s.Path, s.Upstream, s.Served, s.DoubledV1 = "", "", nil, false
			return s
		}
		if segs := splitPath(u); len(segs) >= 4 {
			return gatewayService(cat, b.Gateway, strings.Join(segs[4:], "/"), k, modelID)
		}
	}
	if u != nil {
		if rest, ok := workersAIDirect(u, rs.apis); ok {
			s := Service{Name: "Workers AI", WorkersAI: true, Can: &yes}
			served := rest == "run/"+modelID || rest == "v1/chat/completions" && k == Completion || rest == "v1/embeddings" && k == Embedding
			s.Served = &served
			return s
		}
	}
	if t != nil {
		return Service{Name: model.Quote(t.Name), Can: pick(k, t.Completions, t.Embeddings)}
	}
	return Service{}
}

func gatewayService(cat *catalog.Catalog, g *Gateway, rest string, k Kind, modelID string) Service {
	slug := g.Provider.Text
	s := Service{Gateway: g, Path: rest, Name: "the gateway provider " + model.Quote(slug)}
	p, custom := cat.Provider(slug)
	s.Provider, s.Custom = p, custom
	if p == nil {
		return s
	}
	s.WorkersAI = p.WorkersAI
	s.Can = pick(k, p.Completions, p.Embeddings)
	for _, f := range p.Upstream {
		if strings.HasPrefix(rest, f.From) {
			s.Upstream = strings.ReplaceAll(f.To, "{account}", g.Account.Text) + rest[len(f.From):]
			break
		}
	}
	served := p.Serves[string(k)]
	if len(served) == 0 {
		return s
	}
	has := func(path string) bool {
		return slices.ContainsFunc(served, func(pat string) bool {
			return strings.ReplaceAll(pat, "{model}", modelID) == path
		})
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
func workersAIDirect(u *url.URL, apis []*url.URL) (string, bool) {
	for _, a := range apis {
		if NormalHost(a.Hostname()) != NormalHost(u.Hostname()) || a.Port() != u.Port() {
			continue
		}
		prefix := strings.TrimRight(a.Path, "/") + "/accounts/"
		p := u.Path
		if !strings.HasPrefix(p, prefix) {
			continue
		}
		acct, rest, ok := strings.Cut(p[len(prefix):], "/")
		if !ok || acct == "" {
			continue
		}
		if rest == "ai" || strings.HasPrefix(rest, "ai/") {
			return strings.TrimPrefix(strings.TrimPrefix(rest, "ai"), "/"), true
		}
	}
	return "", false
}

// splitPath returns the unescaped path segments of u.
func splitPath(u *url.URL) []string {
	p := strings.Trim(u.Path, "/")
	if p == "" {
		return nil
	}
	return strings.Split(p, "/")
}
