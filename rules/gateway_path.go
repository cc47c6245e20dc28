package rules

import (
	"net/url"
	"strings"

	"github.com/qalint/qalint/internal/gateway"
	"github.com/qalint/qalint/internal/model"
	"github.com/qalint/qalint/internal/resolve"
	"github.com/qalint/qalint/internal/secret"
)

// GatewayPath reports an AI Gateway URI without the /v1/{account}/{gateway}/{provider} shape.
var GatewayPath = &Rule{
	ID:       "gateway-path",
	Severity: model.Error,
	Summary:  "a gateway.ai.cloudflare.com URI that is not /v1/{account}/{gateway}/{provider}",
	Doc: "An AI Gateway base URI is https://gateway.ai.cloudflare.com/v1/{account}/{gateway}/{provider}: the " +
		"32-character hexadecimal account id, the gateway id (lower-case letters, digits and -, at most 64) and the provider " +
		"slug. A missing segment, a doubled v1 or a gateway id with capitals or spaces routes nowhere.",
	Bad:    `{ "type": "OpenAI", "alias": "gpt", "baseURI1": "https://gateway.ai.cloudflare.com/v1/0123456789abcdef0123456789abcdef/openai" }`,
	Good:   `{ "type": "OpenAI", "alias": "gpt", "baseURI1": "https://gateway.ai.cloudflare.com/v1/0123456789abcdef0123456789abcdef/my-gateway/openai" }`,
	Blocks: true,
	Check: func(c *Context) {
		for _, re := range c.Resolved() {
			for _, b := range re.Bases() {
				if b.OnCloudflareGateway && b.GatewayProblem != "" {
					if fixed := correctBase(c, re, b); fixed != "" && gatewayPathFix(c, re, b.URL) != nil {
						c.Value(re.Entry, b.Value, "%s: %s: set %s to %s", b.Key, b.GatewayProblem, b.Key, suggestedURL(fixed))
						continue
					}
					c.Value(re.Entry, b.Value, "%s: %s", b.Key, gatewayPathAdvice(c, b))
				}
			}
		}
	},
}

// gatewayPathFix is the gateway URL u with its path put in shape, when the
// intent is clear: a doubled or missing v1, empty segments, a gateway id in
// capitals or with _ or spaces, a missing provider slug of a type that
// speaks one. nil when qalint cannot tell what was meant (an account id
// that is not one: the user must look it up).
func gatewayPathFix(c *Context, re *resolve.Entry, u *url.URL) *url.URL {
	var segs []string
	for _, s := range gateway.Split(u) {
		if s != "" {
			segs = append(segs, s)
		}
	}
	if len(segs) > 0 && segs[0] != "v1" && resolve.IsAccountID(segs[0]) {
		segs = append([]string{"v1"}, segs...)
	}
	for len(segs) > 1 && segs[1] == "v1" {
		segs = append(segs[:1], segs[2:]...)
	}
	if len(segs) == 0 || segs[0] != "v1" || len(segs) < 3 || !resolve.IsAccountID(segs[1]) {
		return nil
	}
	if gw := segs[2]; !resolve.IsGatewayID(gw) {
		if _, stand := resolve.PlaceholderKind(gw); stand {
			// Kept as it is: lower-cased, "GATEWAY" looked like a real id,
			// and a URL that followed the advice passed (outside tester).
		} else if secret.LooksLikeCredential(gw) {
			return nil // a token pasted as the gateway id: only the user knows the id
		} else {
			gw = strings.Trim(strings.NewReplacer("_", "-", " ", "-").Replace(strings.ToLower(gw)), "-")
		}
		if _, stand := resolve.PlaceholderKind(gw); !stand && !resolve.IsGatewayID(gw) {
			return nil
		}
		segs[2] = gw
	}
	if len(segs) == 3 {
		if c.Cat.Providers[segs[2]] != nil {
			return nil // the gateway id is what is missing: only the user knows it
		}
		if re.Type == nil || len(re.Type.Gateway) == 0 {
			return nil
		}
		segs = append(segs, re.Type.Gateway[0])
	}
	fixed := *u
	fixed.Path, fixed.RawPath = "/"+strings.Join(segs, "/"), ""
	return &fixed
}

// gatewayPathAdvice words a gateway path problem qalint cannot correct
// alone, saying what the user must look up.
func gatewayPathAdvice(c *Context, b *resolve.Base) string {
	segs := b.Segs
	switch {
	case len(segs) == 3 && segs[0] == "v1" && c.Cat.Providers[segs[2]] != nil:
		return "the gateway id is missing: " + model.Quote(segs[2]) + " is the provider; put your gateway's id (AI > AI Gateway in the Cloudflare dashboard) before it: https://" +
			b.Host + "/v1/" + segs[1] + "/<gateway id>/" + segs[2]
	case len(segs) > 1 && segs[0] == "v1" && !resolve.IsAccountID(segs[1]) && strings.Contains(b.GatewayProblem, "account segment"):
		return b.GatewayProblem + ": put the Account ID from the Cloudflare dashboard there"
	}
	return b.GatewayProblem
}
