package rules

import (
	"fmt"
	"time"

	"github.com/qalint/qalint/internal/catalog"
	"github.com/qalint/qalint/internal/model"
	"github.com/qalint/qalint/internal/resolve"
)

// ModelDeprecated reports retired models and announced retirements, named
// or relied on by default.
var ModelDeprecated = &Rule{
	ID:       "model-deprecated",
	Severity: model.Error,
	Summary:  "a retired model, one with a retirement date ahead, or an omitted model whose default is either",
	Doc: "Cloudflare retires Workers AI models on announced dates (19 on 2025-10-01, 18 more on 2026-05-30, " +
		"Qarbine's default completion model @cf/meta/llama-2-7b-chat-int8 among them). A model past its date " +
		"is no longer served: an error. A retirement still ahead is a warning that names the date. The " +
		"replacement is Cloudflare's only where Cloudflare documents one; otherwise it reads as a suggestion. " +
		"An entry that omits model1 or model2 gets Qarbine's default, so it is reported too, on the entry.",
	Bad:  `{ "type": "Cloudflare", "alias": "cf", "account": "…", "apiKey": "…" }`,
	Good: `{ "type": "Cloudflare", "alias": "cf", "account": "…", "apiKey": "…", "model1": "@cf/meta/llama-3.1-8b-instruct-fast", "model2": "@cf/baai/bge-small-en-v1.5" }`,
	Check: func(c *Context) {
		eachWorkersAIModel(c, func(re *resolve.Entry, r *resolve.Request) {
			if m := r.Model.Catalog; m != nil && m.Deprecated != "" {
				text, past := retirement(m, c.Now)
				atRetirementSeverity(c, past, func() { c.Value(re.Entry, r.Model.Value, "%s %s %s", r.Model.Key(), model.Quote(m.ID), text) })
			}
		})
		for _, re := range c.Resolved() {
			for _, r := range re.Requests {
				if m := r.Model.Catalog; r.Model.Default && m != nil && m.Deprecated != "" {
					text, past := retirement(m, c.Now)
					atRetirementSeverity(c, past, func() {
						c.Entry(re.Entry, "%s is not set, so Qarbine uses its default %s, which %s", r.Model.Key(), model.Quote(m.ID), text)
					})
				}
			}
		}
	},
}

// retirement says when m is or was retired and what replaces it; past is
// true once the day has come.
func retirement(m *catalog.Model, now time.Time) (text string, past bool) {
	if day, err := time.Parse(time.DateOnly, m.Deprecated); err == nil && day.After(now) {
		text = fmt.Sprintf("is to be retired on %s", m.Deprecated)
	} else {
		text, past = fmt.Sprintf("was retired on %s and is no longer served", m.Deprecated), true
	}
	switch {
	case m.Replacement == "":
	case m.ReplacementBy == catalog.ReplacementByCloudflare:
		text += "; Cloudflare's replacement is " + model.Quote(m.Replacement)
	default:
		text += "; a suggested replacement: " + model.Quote(m.Replacement)
	}
	return text, past
}

// atRetirementSeverity reports at the rule's severity for a retirement that
// has happened, and at most a warning for one still ahead.
func atRetirementSeverity(c *Context, past bool, report func()) {
	if past || c.severity < model.Error {
		report()
		return
	}
	saved := c.severity
	c.severity = model.Warning
	report()
	c.severity = saved
}
