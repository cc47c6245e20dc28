package rules

import (
	"github.com/qalint/qalint/internal/catalog"
	"github.com/qalint/qalint/internal/model"
	"github.com/qalint/qalint/internal/resolve"
)

// ModelTask reports a model used for the wrong task.
var ModelTask = &Rule{
	ID:       "model-task",
	Severity: model.Error,
	Summary:  "model1 is not a text-generation model that can chat, or model2 not a text-embeddings model",
	Doc: "model1 answers completions and must be a text-generation model; model2 produces embedding " +
		"vectors and must be a text-embeddings model. Swapped or mis-chosen models fail at run time or " +
		"return output Qarbine cannot use. A text-generation model whose inputs are neither messages nor a " +
		"prompt cannot answer completions either.",
	Bad:  `{ "type": "Cloudflare", "alias": "cf", "model1": "@cf/baai/bge-small-en-v1.5", "model2": "@cf/meta/llama-3.1-8b-instruct-fast" }`,
	Good: `{ "type": "Cloudflare", "alias": "cf", "model1": "@cf/meta/llama-3.1-8b-instruct-fast", "model2": "@cf/baai/bge-small-en-v1.5" }`,
	Check: func(c *Context) {
		eachWorkersAIModel(c, func(re *resolve.Entry, r *resolve.Request) {
			m, task := r.Model.Catalog, r.Kind.Task()
			switch {
			case m == nil || m.Task == "":
			case m.Task == task && m.NoChat && task == catalog.TextGeneration:
				c.Value(re.Entry, r.Model.Value, "%s is the %s model, but %s takes neither messages nor a prompt, so it cannot answer Qarbine's completions; use a chat model", r.Model.Key(), r.Kind, model.Quote(m.ID))
			case m.Task == task:
			case m.Task == catalog.OtherTask:
				c.Value(re.Entry, r.Model.Value, "%s is the %s model, but %s is neither a text-generation nor a text-embeddings model: put %s", r.Model.Key(), r.Kind, model.Quote(m.ID), useInstead(c, re, r, m, task))
			default:
				c.Value(re.Entry, r.Model.Value, "%s is the %s model, but %s is a %s model: put %s", r.Model.Key(), r.Kind, model.Quote(m.ID), m.Task, useInstead(c, re, r, m, task))
			}
		})
	},
}

// useInstead names the model to put: the other model field's, when the two
// look swapped, or the type's default (its replacement when retired).
func useInstead(c *Context, re *resolve.Entry, r *resolve.Request, m *catalog.Model, task string) string {
	use := "a " + task + " model"
	if other := re.Request(r.Kind.Other()); other != nil && other.Model.Present() && !other.Model.Default {
		if om := other.Model.Catalog; om != nil && om.Task == task && om.ID != m.ID {
			return use + ": " + model.Quote(om.ID) + ", now in " + other.Model.Key() + ", is one; are the two swapped?"
		}
	}
	if id := suggestedModel(c, re, r.Model.Key()); id != "" {
		use += ", such as " + model.Quote(id)
	}
	return use
}
