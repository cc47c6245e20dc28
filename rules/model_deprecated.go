package rules

import (
	"fmt"
	"time"

	"github.com/qalint/qalint/internal/catalog"
	"github.com/qalint/qalint/internal/model"
	"github.com/qalint/qalint/internal/resolve"
)

// ModelDeprecated reports deprecated models, named or relied on by default.
var ModelDeprecated = &Rule{
	ID:       "model-deprecated",
	Severity: model.Warning,
	Summary:  "a deprecated or removed model, or an omitted model whose default is deprecated",
	Doc: "Cloudflare retires Workers AI models on announced dates (18 of them on 2026-05-30, Qarbine's " +
		"default completion model @cf/meta/llama-2-7b-chat-int8 among them). qalint names the date and the " +
		"replacement. An entry that omits model1 or model2 gets Qarbine's default, so it is reported too, on " +
		"the entry.",
	Bad:  `{ "type": "Cloudflare", "alias": "cf", "account": "…", "apiKey": "…" }`,
	Good: `{ "type": "Cloudflare", "alias": "cf", "account": "…", "apiKey": "…", "model1": "@cf/meta/llama-3.1-8b-instruct-fast", "model2": "@cf/baai/bge-small-en-v1.5" }`,
	Check: func(c *Context) {
		eachWorkersAIModel(c, func(re *resolve.Entry, r *resolve.Request) {
			if m := r.Model.Catalog; m != nil && m.Deprecated != "" {
				c.Value(re.Entry, r.Model.Value, "%s %s %s", r.Model.Key(), model.Quote(m.ID), deprecation(m, c.Now))
			}
		})
		for _, re := range c.Resolved() {
			for _, r := range re.Requests {
				if m := r.Model.Catalog; r.Model.Default && m != nil && m.Deprecated != "" {
					c.Entry(re.Entry, "%s is not set, so Qarbine uses its default %s, which %s", r.Model.Key(), model.Quote(m.ID), deprecation(m, c.Now))
				}
			}
		}
	},
}

func deprecation(m *catalog.Model, now time.Time) string {
	var s string
	if day, err := time.Parse(time.DateOnly, m.Deprecated); err == nil && day.After(now) {
		s = fmt.Sprintf("is deprecated and will be removed on %s", m.Deprecated)
	} else {
		s = fmt.Sprintf("was deprecated on %s and is no longer served", m.Deprecated)
	}
	if m.Replacement != "" {
		s += "; use " + model.Quote(m.Replacement)
	}
	return s
}
