package rules

import (
	"strconv"

	"github.com/qalint/qalint/internal/model"
	"github.com/qalint/qalint/internal/reader"
	"github.com/qalint/qalint/internal/resolve"
)

// EmbeddingDimensions reports semantic searching configured for vectors of
// another size than its assistant's embedding model makes.
var EmbeddingDimensions = &Rule{
	ID:       "embedding-dimensions",
	Severity: model.Error,
	Summary:  "catalogSettings.semanticSearching.dimensions differs from its assistant's embedding model",
	Doc: "Catalog searching stores vectors of catalogSettings.semanticSearching.dimensions numbers, made by " +
		"the embedding model (model2, or the type's default) of the entry named by useAiAssistant. When the " +
		"model makes vectors of another size, stored and new vectors do not match and searching fails. qalint " +
		"checks it when the model catalogue knows the model's output dimensions (bge-small-en-v1.5: 384, " +
		"bge-base: 768, bge-large: 1024).",
	Bad: "aiAssistants = [ { type: 'Cloudflare', alias: 'cf', model2: '@cf/baai/bge-small-en-v1.5' } ];\n" +
		"catalogSettings = { semanticSearching: { useAiAssistant: 'cf', dimensions: 768 } };",
	Good: "aiAssistants = [ { type: 'Cloudflare', alias: 'cf', model2: '@cf/baai/bge-small-en-v1.5' } ];\n" +
		"catalogSettings = { semanticSearching: { useAiAssistant: 'cf', dimensions: 384 } };",
	Check: func(c *Context) {
		dims := c.Doc.SettingValue("catalogSettings", "semanticSearching", "dimensions")
		ref := c.Doc.SettingValue("catalogSettings", "semanticSearching", "useAiAssistant")
		if dims == nil || ref == nil || ref.Kind != reader.String {
			return
		}
		var entry *resolve.Entry
		for _, re := range c.Resolved() {
			if re.Alias() == ref.Text {
				entry = re // the last wins, as a lookup by alias would find it
			}
		}
		if entry == nil {
			return // alias-unknown reports it
		}
		req := entry.Request(resolve.Embedding)
		if req == nil || req.Model.Text == "" {
			return
		}
		id, from := req.Model.Text, "model2"
		if req.Model.Default {
			from = "the " + entry.Entry.Type() + " default, as model2 is left out"
		}
		m := req.Model.Catalog
		if m == nil {
			m = c.Cat.Models[id]
		}
		if m == nil || m.Dimensions == 0 {
			return
		}
		want := strconv.Itoa(m.Dimensions)
		switch dims.Kind {
		case reader.Number:
			if v, err := strconv.ParseFloat(dims.Text, 64); err == nil && v == float64(m.Dimensions) {
				return
			}
			c.Node(nil, dims, "", "catalogSettings.semanticSearching.dimensions is %s, but the embedding model of %s (%s, %s) makes %s-dimension vectors: stored and new vectors would not match; set %s",
				dims.Text, model.Quote(ref.Text), id, from, want, want)
		case reader.String:
			if dims.Text == want {
				return
			}
			c.Node(nil, dims, "", "catalogSettings.semanticSearching.dimensions is %s, but the embedding model of %s (%s, %s) makes %s-dimension vectors; set the number %s",
				model.Quote(dims.Text), model.Quote(ref.Text), id, from, want, want)
		}
	},
}
