package rules

import (
	"github.com/qalint/qalint/internal/model"
	"github.com/qalint/qalint/internal/resolve"
	"github.com/qalint/qalint/internal/secret"
)

// APIKeyBearer reports an apiKey that already starts with "Bearer ".
var APIKeyBearer = &Rule{
	ID:       "apikey-bearer",
	Severity: model.Error,
	Summary:  "an apiKey that starts with \"Bearer \" (Qarbine adds it: the header would read Bearer Bearer …)",
	Doc: "apiKey is the bare key or token. Qarbine writes the header itself (Authorization: Bearer <apiKey> " +
		"for Workers AI and OpenAI-style services, x-api-key: <apiKey> for Anthropic), so a value that already " +
		"starts with \"Bearer \" is sent as \"Bearer Bearer …\" and refused with 401. cf-aig-authorization is " +
		"different: there the value is the whole header, \"Bearer <token>\".",
	Bad:    `{ "type": "Cloudflare", "alias": "cf", "account": "0123456789abcdef0123456789abcdef", "apiKey": "Bearer ${CF_API_TOKEN}" }`,
	Good:   `{ "type": "Cloudflare", "alias": "cf", "account": "0123456789abcdef0123456789abcdef", "apiKey": "${CF_API_TOKEN}" }`,
	Blocks: true,
	Check: func(c *Context) {
		for _, re := range c.Resolved() {
			v := re.APIKey
			if v.Class == resolve.NotString || v.Class == resolve.Absent || v.Class == resolve.Placeholder {
				continue
			}
			if _, had := resolve.CutBearer(v.Text); !had {
				continue
			}
			header := "Authorization: Bearer Bearer …"
			for _, r := range re.Requests {
				for _, cr := range r.Credentials {
					if cr.Value.Key() == "apiKey" && cr.Value.TopLevel() {
						header = cr.Header + ": " + cr.Prefix + "Bearer …"
					}
				}
			}
			write := "write the bare key, without \"Bearer \""
			if bare, _ := resolve.CutBearer(v.Text); bare != "" {
				if _, ref := secret.EnvRef(bare); ref {
					write = "write " + model.Quote(bare) // a reference is not a secret: show it
				}
			}
			c.Value(re.Entry, v, "apiKey starts with \"Bearer \", which Qarbine adds itself: the header would read %s; %s", model.Quote(header), write)
		}
	},
}
