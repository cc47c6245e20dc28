package rules

import (
	"encoding/json"

	"github.com/qalint/qalint/internal/model"
	"github.com/qalint/qalint/internal/reader"
	"github.com/qalint/qalint/internal/resolve"
)

// baseAdvice is the base URI that baseuri-suffix and gateway-upstream both
// suggest for b, computed once so that following one rule's advice never
// earns the other's finding. It tries, in order, the base with every sure
// correction applied (what Qarbine appends taken out) and the provider's
// own base behind the gateway, and picks the first that, resolved again,
// leaves neither finding. stuck: the gateway itself cannot avoid the
// doubled /v1 for this provider, so the suggestion leaves the gateway.
// base is "" when no candidate is clean.
func baseAdvice(c *Context, re *resolve.Entry, b *resolve.Base) (base string, stuck bool) {
	fixed := correctBase(c, re, b)
	from := re // the entry whose gateway forwarding names the provider's base
	if fixed != "" {
		again, clean := withBaseURI(c, re, b.Key, fixed)
		if clean {
			return fixed, false
		}
		if again != nil {
			from = again
		}
	}
	for _, r := range from.Requests {
		if r.Base == nil || r.Base.Key != b.Key {
			continue
		}
		if direct := directBase(r); direct != "" && !r.Service.WorkersAI {
			if _, clean := withBaseURI(c, re, b.Key, direct); clean {
				return direct, true
			}
		}
	}
	// Stuck only with a provider to be stuck on: a gateway base that names
	// none (…/v1/ACCOUNT/GATEWAY/) is gateway-path's to report.
	return "", b.Gateway != nil && b.Gateway.Provider.Text != ""
}

// withBaseURI resolves the entry again with key set to base; clean: both
// baseuri-suffix and gateway-upstream would stay quiet about it.
func withBaseURI(c *Context, re *resolve.Entry, key, base string) (again *resolve.Entry, clean bool) {
	obj := map[string]any{}
	for i := range re.Node.Members {
		m := &re.Node.Members[i]
		if re.Member(m.Key) == m && m.Value.Kind == reader.String {
			obj[m.Key] = m.Value.Text
		}
	}
	obj[key] = base
	src, err := json.Marshal([]any{obj})
	if err != nil {
		return nil, false
	}
	doc := model.NewDocument("advice.json", src)
	for _, again = range resolve.Document(doc, c.Cat, resolve.Options{}) {
		for _, r := range again.Requests {
			if r.Base == nil || r.Base.Key != key {
				continue
			}
			if _, why := correctedBase(r.Base.Value.Text, r.Model.Text); why != "" || r.Service.DoubledV1 {
				return again, false
			}
		}
	}
	return again, again != nil
}

// upstreamDoubled is the request of b that gateway-upstream reports (the
// gateway forwards it with a doubled /v1), nil when there is none; the
// rule that does not own the "no base URI avoids it" sentence leaves it
// to this one, so it is said once.
func upstreamDoubled(c *Context, re *resolve.Entry, b *resolve.Base) *resolve.Request {
	for _, r := range re.Requests {
		if r.Base != b || !r.Service.DoubledV1 || placeholderIn(r.Service.Gateway) {
			continue
		}
		if _, fake := lookalike(c.Cat, b.Host, b.Unicode); fake {
			continue // host-lookalike reports it: this is not Cloudflare's gateway
		}
		return r
	}
	return nil
}

// noGatewayBase is the sentence for a provider the gateway cannot reach
// without the doubled /v1.
func noGatewayBase(r *resolve.Request) string {
	g := r.Service.Gateway
	if g == nil && r.Base != nil {
		g = r.Base.Gateway
	}
	if g == nil || g.Provider.Text == "" {
		return "no base URI avoids the doubled /v1 behind the gateway"
	}
	return "no base URI with the provider name in the URL " + model.Quote(g.Provider.Text) +
		" avoids the doubled /v1 behind the gateway"
}
