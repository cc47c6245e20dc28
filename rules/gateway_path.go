package rules

import (
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
	Bad:    `{ "type": "OpenAI", "alias": "gpt", "baseURI1": "https://gateway.ai.cloudflare.com/v1/0123456789abcdef0123456789abcdef/openai" }`,
	Good:   `{ "type": "OpenAI", "alias": "gpt", "baseURI1": "https://gateway.ai.cloudflare.com/v1/0123456789abcdef0123456789abcdef/my-gateway/openai" }`,
	Blocks: true,
	Check: func(c *Context) {
		for _, re := range c.Resolved() {
			for _, b := range re.Bases() {
				if b.OnCloudflareGateway && b.GatewayProblem != "" {
					c.Value(re.Entry, b.Value, "%s: %s", b.Key, b.GatewayProblem)
				}
			}
		}
	},
}
