package rules

import (
	"strings"

	"github.com/qalint/qalint/internal/model"
)

// BaseURIHost reports a base URI without a host, or with user information
// that hides the host the request really goes to.
var BaseURIHost = &Rule{
	ID:       "baseuri-host",
	Severity: model.Error,
	Summary:  "a base URI without a host, or with user@ or user:password@ before the host",
	Doc: "Everything between :// and an @ is user information, not the host: " +
		"https://gateway.ai.cloudflare.com@evil.net/v1/… sends the API key and the gateway token to evil.net. " +
		"A password written into the URL is a credential in plain text. A base URI with no host at all " +
		"(https:///v1/…) cannot be called. qalint names the host the request would really reach.",
	Bad:    `{ "type": "OpenAI", "alias": "gpt", "baseURI1": "https://gateway.ai.cloudflare.com@evil-proxy.net/v1/0123456789abcdef0123456789abcdef/my-gateway/openai" }`,
	Good:   `{ "type": "OpenAI", "alias": "gpt", "baseURI1": "https://gateway.ai.cloudflare.com/v1/0123456789abcdef0123456789abcdef/my-gateway/openai" }`,
	Blocks: true,
	Check: func(c *Context) {
		for _, re := range c.Resolved() {
			for _, b := range re.Bases() {
				if b.Problem == "" {
					continue
				}
				if b.URL == nil || b.URL.User == nil {
					c.Value(re.Entry, b.Value, "%s %s", b.Key, b.Problem)
					continue
				}
				// What was meant: the user part when it is a host name
				// ("https://gateway.ai.cloudflare.com@evil.net/…"), else the
				// URL without its user information; a password goes in apiKey.
				u := *b.URL
				name := b.URL.User.Username()
				if _, hasPassword := b.URL.User.Password(); !hasPassword && strings.Contains(name, ".") && !strings.ContainsAny(name, "/:") {
					u.Host = name
				}
				u.User = nil
				c.Value(re.Entry, b.Value, "%s %s: if you meant %s, set %s to %s", b.Key, b.Problem, model.Quote(u.Host), b.Key, suggestedURL(u.String()))
			}
		}
	},
}
