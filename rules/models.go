package rules

import (
	"strings"

	"github.com/qalint/qalint/internal/catalog"
	"github.com/qalint/qalint/internal/model"
)

// modelField is one of model1 (completions, kind 1) and model2 (embeddings, kind 2).
type modelField struct {
	key  string
	kind int
	task string
	role string
}

var modelFields = []modelField{
	{"model1", 1, catalog.TextGeneration, "completion"},
	{"model2", 2, catalog.TextEmbeddings, "embedding"},
}

// eachWorkersAIModel calls fn for every model field whose value is a Workers
// AI model id to judge (not a placeholder, not a ${NAME} reference).
func eachWorkersAIModel(c *Context, fn func(e *model.Entry, mf modelField, id string, f model.Field)) {
	for _, e := range c.Entries() {
		for _, mf := range modelFields {
			id, f, ok := e.Str(mf.key)
			if !ok || id == "" || skipValue(id) || !usesWorkersAI(c, e, mf.kind) {
				continue
			}
			fn(e, mf, id, f)
		}
	}
}

// nearestModel suggests a catalogue id for an unknown one: the same model
// name under its @cf/ or @hf/ prefix, else the closest id by edits.
func nearestModel(cat *catalog.Catalog, id string) (string, bool) {
	ids := cat.ModelIDs()
	base := id[strings.LastIndex(id, "/")+1:]
	for _, known := range ids {
		if strings.HasSuffix(known, "/"+base) && (strings.HasSuffix(known, "/"+id) || !strings.HasPrefix(id, "@")) {
			return known, true
		}
	}
	return suggest(id, ids)
}
