package rules

import (
	"strings"

	"github.com/qalint/qalint/internal/catalog"
	"github.com/qalint/qalint/internal/model"
	"github.com/qalint/qalint/internal/resolve"
)

// ModelUnknown reports a Workers AI model id the catalogue does not know.
var ModelUnknown = &Rule{
	ID:       "model-unknown",
	Severity: model.Warning,
	Summary:  "a Workers AI model id that is not in the model catalogue",
	Doc: "Workers AI answers an unknown model with error 5007 \"No such model\", and only at run time. " +
		"Workers AI ids start with @cf/ (hosted by Cloudflare) or @hf/ (from Hugging Face). The catalogue is a " +
		"snapshot, so this is a warning; models it lacks can be added in .qalint.yaml (models:).",
	Bad:  `{ "type": "Cloudflare", "alias": "cf", "model1": "llama-3.1-8b-instruct-fast" }`,
	Good: `{ "type": "Cloudflare", "alias": "cf", "model1": "@cf/meta/llama-3.1-8b-instruct-fast" }`,
	Check: func(c *Context) {
		eachWorkersAIModel(c, func(re *resolve.Entry, r *resolve.Request) {
			if r.Model.Catalog != nil {
				return
			}
			id, key := r.Model.Text, r.Model.Key()
			near, ok := nearestModel(c.Cat, id)
			hint := ""
			if ok {
				hint = "; did you mean " + model.Quote(near) + "?"
			}
			if !strings.HasPrefix(id, "@cf/") && !strings.HasPrefix(id, "@hf/") {
				c.Value(re.Entry, r.Model.Value, "%s %s is not a Workers AI model id: those start with @cf/ or @hf/%s", key, model.Quote(id), hint)
				return
			}
			c.Value(re.Entry, r.Model.Value, "%s %s is not in the Workers AI model catalogue%s%s", key, model.Quote(id), liveHint(c.Cat), hint)
		})
	},
}

// liveHint says whether the account's live list was consulted, and how to
// consult it when it was not.
func liveHint(cat *catalog.Catalog) string {
	if cat.Live == nil {
		return " (`qalint catalog update` adds the account's live model list)"
	}
	return " nor in the live model list of " + cat.Live.Day()
}
