package rules

import (
	"fmt"
	"strings"

	"github.com/qalint/qalint/internal/catalog"
	"github.com/qalint/qalint/internal/model"
	"github.com/qalint/qalint/internal/resolve"
)

// GatewayUpstream reports a request the gateway forwards to a URL the
// provider does not have: the doubled /v1.
var GatewayUpstream = &Rule{
	ID:       "gateway-upstream",
	Severity: model.Warning,
	Summary:  "the gateway forwards Qarbine's request to a URL the provider does not have (the doubled /v1)",
	Doc: "The AI Gateway forwards …/openai/{rest} to https://api.openai.com/v1/{rest}. Qarbine appends " +
		"/v1/chat/completions to an OpenAI-style base URI (its own error messages show …/openai/v1/chat/completions), " +
		"so the request reaches api.openai.com/v1/v1/chat/completions, which OpenAI answers with 404 unknown_url. " +
		"The same holds for other providers whose forwarding already adds /v1 (groq, cerebras). qalint names both " +
		"URLs. Qarbine's appended path is inferred, so this is a warning; a Workers AI base (…/workers-ai) does not " +
		"have the problem.",
	Bad:  `{ "type": "OpenAI", "alias": "gpt", "apiKey": "${OPENAI_API_KEY}", "model1": "gpt-4o-mini", "baseURI1": "https://gateway.ai.cloudflare.com/v1/0123456789abcdef0123456789abcdef/my-gateway/openai" }`,
	Good: `{ "type": "OpenAI", "alias": "gpt", "apiKey": "${CF_API_TOKEN}", "model1": "@cf/openai/gpt-oss-120b", "baseURI1": "https://gateway.ai.cloudflare.com/v1/0123456789abcdef0123456789abcdef/my-gateway/workers-ai" }`,
	Check: func(c *Context) {
		for _, re := range c.Resolved() {
			reported := map[string]bool{}
			for _, r := range re.Requests {
				s := r.Service
				if !s.DoubledV1 || r.Base == nil || r.Base.Key == "" || reported[r.Base.Key] || placeholderIn(s.Gateway) {
					continue
				}
				if _, fake := lookalike(c.Cat, r.Base.Host, r.Base.Unicode); fake {
					continue // host-lookalike reports it: this is not Cloudflare's gateway
				}
				reported[r.Base.Key] = true
				sev := model.Error
				if r.Route == nil || r.Route.Inferred {
					sev = model.Warning
				}
				name := model.Quote(s.Gateway.Provider.Text)
				served := model.Quote(s.Path[len("v1/"):])
				inferred := ""
				if sev == model.Warning {
					inferred = " (Qarbine's appended path is inferred from its own error message)"
				}
				unverified := ""
				if s.Unverified != "" {
					unverified = "; unverified: " + s.Unverified
				}
				if s.Upstream != "" {
					advice := ""
					switch fixed, stuck := baseAdvice(c, re, r.Base); {
					case fixed != "" && !stuck:
						advice = fmt.Sprintf(". Set %s to %s (Qarbine then calls %s)", r.Base.Key, suggestedURL(fixed), quotedURL(withBase(r, fixed)))
					case fixed != "" && !s.WorkersAI:
						advice = fmt.Sprintf(". %s: to reach the provider directly, set %s to %s (Qarbine then calls %s), or keep the gateway with Workers AI models through …/workers-ai",
							upper(noGatewayBase(r)), r.Base.Key, fixed, withBase(r, fixed))
					}
					c.Sure(sev, re.Entry, r.Base.Value, "%s: Qarbine calls %s, which the gateway forwards to %s, a URL %s does not have%s: %s; %s takes %s right after the provider name in the URL%s%s%s",
						r.Base.Key, quotedURL(r.URL), s.Upstream, providerName(s.Provider), notFound(s.Provider), s.ExtraV1(), name, served, inferred, unverified, advice)
					continue
				}
				c.Sure(sev, re.Entry, r.Base.Value, "%s: Qarbine calls %s, but %s takes %s right after the provider name in the URL: the /v1 is one too many%s%s",
					r.Base.Key, r.URL, name, served, inferred, unverified)
			}
		}
	},
}

// placeholderIn: the placeholder rule reports the base URI; stay quiet.
func placeholderIn(g *resolve.Gateway) bool {
	for _, v := range []resolve.Value{g.Account, g.ID, g.Provider} {
		if v.Class == resolve.Placeholder {
			return true
		}
	}
	return false
}

func providerName(p *catalog.Provider) string {
	switch {
	case p.WorkersAI:
		return "Workers AI"
	case p.Slug == "openai":
		return "OpenAI"
	}
	return "the provider"
}

// notFound is how the provider answers a URL it does not have, when the
// data knows (OpenAI: 404 unknown_url).
func notFound(p *catalog.Provider) string {
	if p.NotFound == "" {
		return ""
	}
	return " (" + p.NotFound + ")"
}

// directBase is the provider's own base URI for which Qarbine's appended
// path is right: the URL the gateway forwards to, less that path and the
// extra /v1 ("https://api.openai.com"); "" when it cannot be worked out.
func directBase(r *resolve.Request) string {
	appended, ok := strings.CutPrefix(r.URL, strings.TrimRight(strings.TrimSpace(r.Base.Value.Text), "/"))
	if !ok || appended == "" {
		return ""
	}
	up, ok := strings.CutSuffix(r.Service.Upstream, appended)
	if !ok {
		return ""
	}
	up, ok = strings.CutSuffix(up, "/v1")
	if !ok || !strings.Contains(up, "://") {
		return ""
	}
	return up
}

// upper capitalises a sentence's first letter.
func upper(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}
