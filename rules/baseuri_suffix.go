package rules

import (
	"strings"

	"github.com/qalint/qalint/internal/model"
)

// BaseURISuffix reports a base URI that Qarbine's own path would double.
var BaseURISuffix = &Rule{
	ID:       "baseuri-suffix",
	Severity: model.Warning,
	Summary:  "a base URI ending in /, /v1, /chat/completions, /embeddings, or with a query string",
	Doc: "Qarbine appends its own path to the base URI (for OpenAI-style services /v1/chat/completions, " +
		"as its 401 message shows: …/openai/v1/chat/completions). A base URI that already ends in /v1 or " +
		"/chat/completions, or in a slash, yields a doubled or broken path; a query string ends up in the " +
		"middle of the URL.",
	Bad:  `{ "type": "OpenAI", "alias": "gpt", "baseURI1": "https://gateway.ai.cloudflare.com/v1/…/my-gateway/openai/v1" }`,
	Good: `{ "type": "OpenAI", "alias": "gpt", "baseURI1": "https://gateway.ai.cloudflare.com/v1/…/my-gateway/openai" }`,
	Check: func(c *Context) {
		for _, re := range c.Resolved() {
			for _, b := range re.Bases() {
				if b.URL == nil {
					continue
				}
				if msg := suffixProblem(b.Value.Text); msg != "" {
					c.Value(re.Entry, b.Value, "%s %s", b.Key, msg)
				}
			}
		}
	},
}

var doubledSuffixes = []string{"/chat/completions", "/completions", "/embeddings", "/v1"}

func suffixProblem(raw string) string {
	s := strings.TrimSpace(raw)
	if i := strings.IndexAny(s, "?#"); i >= 0 {
		return "has a query string or fragment; Qarbine appends its path after it, breaking the URL: remove it"
	}
	for _, suf := range doubledSuffixes {
		if strings.HasSuffix(strings.TrimRight(s, "/"), suf) {
			return "ends in " + suf + ", which Qarbine appends itself (the request would go to …" + suf + suf + "): remove it"
		}
	}
	if strings.HasSuffix(s, "/") {
		return "ends in /, and Qarbine adds its own, giving // in the path: remove the trailing slash"
	}
	return ""
}
