package rules

import (
	"strings"

	"github.com/qalint/qalint/internal/gateway"
	"github.com/qalint/qalint/internal/model"
)

// GatewayPath reports an AI Gateway URI without the /v1/{account}/{gateway}/{provider} shape.
var GatewayPath = &Rule{
	ID:       "gateway-path",
	Severity: model.Error,
	Summary:  "a gateway.ai.cloudflare.com URI that is not /v1/{account}/{gateway}/{provider}",
	Doc: "An AI Gateway base URI is https://gateway.ai.cloudflare.com/v1/{account}/{gateway}/{provider}: the " +
		"32-hex account id, the gateway id (lower-case letters, digits and -, at most 64) and the provider " +
		"slug. A missing segment, a doubled v1 or a gateway id with capitals or spaces routes nowhere.",
	Bad:  `{ "type": "OpenAI", "alias": "gpt", "baseURI1": "https://gateway.ai.cloudflare.com/v1/0123456789abcdef0123456789abcdef/openai" }`,
	Good: `{ "type": "OpenAI", "alias": "gpt", "baseURI1": "https://gateway.ai.cloudflare.com/v1/0123456789abcdef0123456789abcdef/my-gateway/openai" }`,
	Check: func(c *Context) {
		for _, e := range c.Entries() {
			for _, ep := range c.cloudflareGateways(e) {
				if msg := gatewayPathProblem(ep.segs); msg != "" {
					c.Field(e, ep.field, "%s: %s", ep.key, msg)
				}
			}
		}
	},
}

// isGatewayID: lower-case letters, digits and -, at most 64.
func isGatewayID(s string) bool {
	if s == "" || len(s) > 64 {
		return false
	}
	for _, r := range s {
		if !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-') {
			return false
		}
	}
	return true
}

func gatewayPathProblem(segs []string) string {
	const shape = "the gateway path is /v1/{account}/{gateway}/{provider}"
	switch {
	case len(segs) == 0 || segs[0] != "v1":
		return shape + ", and this one does not start with /v1"
	case len(segs) > 1 && segs[1] == "v1":
		return "v1 appears twice; " + shape
	}
	for _, s := range segs {
		if s == "" {
			return "empty path segment (//); " + shape
		}
	}
	if len(segs) < 4 {
		missing := []string{"{account}", "{gateway}", "{provider}"}[len(segs)-1:]
		return "missing " + strings.Join(missing, "/") + "; " + shape
	}
	if acct := segs[1]; !skipValue(acct) && !isAccountID(acct) {
		return "the account segment " + model.Quote(acct) + " is not a 32-hex Cloudflare account id"
	}
	if gw := segs[2]; !skipValue(gw) && !isGatewayID(gw) {
		return "the gateway id " + model.Quote(gw) + " may hold only lower-case letters, digits and - (at most 64)"
	}
	return ""
}

// wellShapedGateway parses a gateway endpoint whose path gateway-path
// accepts; the rules that read its parts stay quiet about a broken one.
func wellShapedGateway(ep endpoint) (gateway.Ref, bool) {
	if !ep.isGW || gatewayPathProblem(ep.segs) != "" {
		return gateway.Ref{}, false
	}
	return ep.gw, true
}
