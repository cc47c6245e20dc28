package rules

import (
	"strings"

	"github.com/qalint/qalint/internal/gateway"
	"github.com/qalint/qalint/internal/model"
)

// BaseURIScheme reports a base URI that is not https.
var BaseURIScheme = &Rule{
	ID:       "baseuri-scheme",
	Severity: model.Error,
	Summary:  "a base URI that is not https:// (credentials would travel in clear)",
	Doc: "Every request carries the API key and, through a gateway, the gateway token. Over http:// anyone " +
		"on the path can read them. http:// to this machine (localhost, 127.0.0.1, ::1) is allowed for local " +
		"testing. A value that is not an absolute URI at all is reported by the schema rule.",
	Bad:  `{ "type": "OpenAI", "alias": "gpt", "baseURI1": "http://gateway.ai.cloudflare.com/v1/…/my-gateway/openai" }`,
	Good: `{ "type": "OpenAI", "alias": "gpt", "baseURI1": "https://gateway.ai.cloudflare.com/v1/…/my-gateway/openai" }`,
	Check: func(c *Context) {
		for _, re := range c.Resolved() {
			for _, b := range re.Bases() {
				if b.URL == nil {
					continue
				}
				scheme := strings.ToLower(b.URL.Scheme)
				if scheme == "https" || (scheme == "http" && gateway.IsLoopback(b.Host)) {
					continue
				}
				c.Value(re.Entry, b.Value, "%s uses %s://; the API key would travel in clear: set %s to %s", b.Key, scheme, b.Key, suggestedURL(correctBase(c, re, b)))
			}
		}
	},
}
