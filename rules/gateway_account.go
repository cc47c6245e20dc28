package rules

import (
	"github.com/qalint/qalint/internal/model"
)

// GatewayAccount reports a gateway URI whose account differs from the entry's.
var GatewayAccount = &Rule{
	ID:       "gateway-account",
	Severity: model.Warning,
	Summary:  "the gateway URI's account differs from the entry's account",
	Doc: "An entry with an \"account\" and a gateway base URI names the Cloudflare account twice. When the " +
		"two differ, one of them is usually a copy-paste from another setup, and the gateway token or API " +
		"token will not match the account.",
	Bad:  `{ "type": "Cloudflare", "alias": "cf", "account": "0123456789abcdef0123456789abcdef", "baseURI1": "https://gateway.ai.cloudflare.com/v1/fedcba9876543210fedcba9876543210/my-gateway/workers-ai" }`,
	Good: `{ "type": "Cloudflare", "alias": "cf", "account": "0123456789abcdef0123456789abcdef", "baseURI1": "https://gateway.ai.cloudflare.com/v1/0123456789abcdef0123456789abcdef/my-gateway/workers-ai" }`,
	Check: func(c *Context) {
		for _, re := range c.Resolved() {
			if !re.Account.Judge() {
				continue
			}
			for b := range gatewayBases(re) {
				if a := b.Gateway.Account; a.Judge() && a.Text != re.Account.Text {
					c.Value(re.Entry, b.Value, "%s names account %s, but the entry's account is %s: the gateway belongs to one account; make both the Account ID shown in the Cloudflare dashboard", b.Key, model.Quote(a.Text), model.Quote(re.Account.Text))
				}
			}
		}
	},
}
