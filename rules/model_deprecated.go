package rules

import (
	"fmt"
	"strings"
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
		"is no longer served: an error. A retirement still ahead is a warning that names the date, and so is a " +
		"model Cloudflare now aliases to its replacement (kimi-k2.5 → kimi-k2.6): it is served, at another price. The " +
		"replacement is Cloudflare's only where Cloudflare documents one; otherwise it reads as a suggestion. " +
		"An entry that omits model1 or model2 gets Qarbine's default, so it is reported too, on the entry.",
	Bad:  `{ "type": "Cloudflare", "alias": "cf", "account": "…", "apiKey": "…" }`,
	Good: `{ "type": "Cloudflare", "alias": "cf", "account": "…", "apiKey": "…", "model1": "@cf/meta/llama-3.1-8b-instruct-fast", "model2": "@cf/baai/bge-small-en-v1.5" }`,
	Check: func(c *Context) {
		eachWorkersAIModel(c, func(re *resolve.Entry, r *resolve.Request) {
			if m := r.Model.Catalog; m != nil && m.Deprecated != "" {
				text, past := retirement(m, c.Cat, c.Now, r.Kind.Task())
				atRetirementSeverity(c, past, func() { c.Value(re.Entry, r.Model.Value, "%s %s %s", r.Model.Key(), model.Quote(m.ID), text) })
			}
		})
		for _, re := range c.Resolved() {
			for _, r := range re.Requests {
				if m := r.Model.Catalog; r.Model.Default && m != nil && m.Deprecated != "" {
					text, past := retirement(m, c.Cat, c.Now, r.Kind.Task())
					atRetirementSeverity(c, past, func() {
						c.Entry(re.Entry, "%s is not set, so Qarbine uses its default %s, which %s", r.Model.Key(), model.Quote(m.ID), text)
					})
				}
			}
		}
	},
}

// retirement says when m is or was retired and what replaces it; past is
// true once the day has come and the model is no longer served (a model
// Cloudflare aliases to its replacement is still served: a warning).
// A replacement is named only when it does the slot's task: a chat model
// is no replacement for a retired one named in model2, where model-task
// asks for an embeddings model.
func retirement(m *catalog.Model, cat *catalog.Catalog, now time.Time, task string) (text string, past bool) {
	ahead := false
	if day, err := time.Parse(time.DateOnly, m.Deprecated); err == nil && day.After(now) {
		ahead = true
	}
	if m.AliasedTo != "" {
		var notes []string
		if m.AliasNote != "" {
			notes = append(notes, m.AliasNote)
		}
		if to := cat.Models[m.AliasedTo]; to != nil && to.PaidPlan {
			notes = append(notes, "needs the Workers Paid plan")
		}
		how := model.Quote(m.AliasedTo)
		if len(notes) > 0 {
			how += " (" + strings.Join(notes, "; ") + ")"
		}
		if ahead {
			return fmt.Sprintf("is to be retired on %s, then aliased to %s", m.Deprecated, how), false
		}
		return fmt.Sprintf("was retired on %s and is now aliased to %s: name that model instead", m.Deprecated, how), false
	}
	if ahead {
		text = fmt.Sprintf("is to be retired on %s", m.Deprecated)
	} else {
		text, past = fmt.Sprintf("was retired on %s and is no longer served", m.Deprecated), true
	}
	switch rep := cat.Models[m.Replacement]; {
	case m.Replacement == "", rep != nil && rep.Task != task:
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
