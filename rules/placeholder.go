package rules

import (
	"net/url"
	"strings"

	"github.com/qalint/qalint/internal/gateway"
	"github.com/qalint/qalint/internal/model"
	"github.com/qalint/qalint/internal/resolve"
	"github.com/qalint/qalint/internal/secret"
)

// Placeholder reports template values left in from documentation.
var Placeholder = &Rule{
	ID:       "placeholder",
	Severity: model.Error,
	Summary:  "a template value left in (ACCOUNT, GATEWAY, xxx, sk-******, {token}, <…>)",
	Doc: "Qarbine's documentation shows entries with stand-ins: \"account\": \"1234567890ABC\", \"apiKey\": " +
		"\"sk-******\", \"model1\": \"xxx\", gateway URLs with ACCOUNT and GATEWAY, and `Bearer {token}`. " +
		"Left in, they fail at run time with a 401 or a 404. qalint looks in every field, in URL hosts and path " +
		"segments, and after \"Bearer \". A ${NAME} environment reference is never a placeholder. Other rules " +
		"stay quiet about a value this rule reports.",
	Bad:    `{ "type": "Cloudflare", "alias": "cf", "account": "1234567890ABC", "apiKey": "sk-******", "baseURI1": "https://gateway.ai.cloudflare.com/v1/ACCOUNT/GATEWAY/workers-ai" }`,
	Good:   `{ "type": "Cloudflare", "alias": "cf", "account": "0123456789abcdef0123456789abcdef", "apiKey": "${CF_API_TOKEN}", "baseURI1": "https://gateway.ai.cloudflare.com/v1/0123456789abcdef0123456789abcdef/my-gateway/workers-ai" }`,
	Blocks: true,
	Check: func(c *Context) {
		for _, re := range c.Resolved() {
			for _, v := range re.Strings() {
				if key := v.Key(); v.TopLevel() && (key == "type" || key == "alias") {
					continue
				}
				if v.Class == resolve.Placeholder {
					if secret.IsSecretKey(v.Key()) {
						c.Value(re.Entry, v, "%s is a template placeholder (%s), not a real value", v.Key(), v.Stand)
					} else {
						c.Value(re.Entry, v, "%s is a template placeholder (%s: %s), not a real value", v.Key(), v.Stand, model.Quote(v.Text))
					}
					continue
				}
				if !strings.Contains(v.Text, "://") {
					continue // not a URL; most values are not
				}
				if u, err := url.Parse(strings.TrimSpace(v.Text)); err == nil && u.Host != "" {
					// Hosts are case-insensitive: GATEWAY.AI.CLOUDFLARE.COM is the gateway, not the stand-in GATEWAY.
					host := resolve.NormalHost(u.Hostname())
					if part, what, found := placeholderInURL(host, gateway.Split(u)); found {
						c.Value(re.Entry, v, "%s still holds the template placeholder %s (%s): put your own value there", v.Key(), model.Quote(part), what)
					}
				}
			}
		}
	},
}

// placeholderInURL looks for a stand-in among a URL's host labels and path
// segments.
func placeholderInURL(host string, segs []string) (part, what string, ok bool) {
	for _, s := range append(strings.Split(host, "."), segs...) {
		if what, ok := resolve.PlaceholderKind(s); ok {
			return s, what, true
		}
	}
	return "", "", false
}
