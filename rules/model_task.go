package rules

import (
	"github.com/qalint/qalint/internal/model"
	"github.com/qalint/qalint/internal/resolve"
)

// ModelTask reports a model used for the wrong task.
var ModelTask = &Rule{
	ID:       "model-task",
	Severity: model.Error,
	Summary:  "model1 is not a text-generation model, or model2 not a text-embeddings model",
	Doc: "model1 answers completions and must be a text-generation model; model2 produces embedding " +
		"vectors and must be a text-embeddings model. Swapped or mis-chosen models fail at run time or " +
		"return output Qarbine cannot use.",
	Bad:  `{ "type": "Cloudflare", "alias": "cf", "model1": "@cf/baai/bge-small-en-v1.5", "model2": "@cf/meta/llama-3.1-8b-instruct-fast" }`,
	Good: `{ "type": "Cloudflare", "alias": "cf", "model1": "@cf/meta/llama-3.1-8b-instruct-fast", "model2": "@cf/baai/bge-small-en-v1.5" }`,
	Check: func(c *Context) {
		eachWorkersAIModel(c, func(re *resolve.Entry, r *resolve.Request) {
			m, task := r.Model.Catalog, r.Kind.Task()
			if m == nil || m.Task == task {
				return
			}
			c.Value(re.Entry, r.Model.Value, "%s is the %s model, but %s is a %s model; use a %s model", r.Model.Key(), r.Kind, model.Quote(m.ID), m.Task, task)
		})
	},
}
