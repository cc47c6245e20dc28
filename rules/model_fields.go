package rules

import (
	"strings"

	"github.com/qalint/qalint/internal/catalog"
	"github.com/qalint/qalint/internal/resolve"
)

// eachWorkersAIModel calls fn for every request whose model is a Workers AI
// model id written in the entry (not a default, not a placeholder, not a
// ${NAME} reference), whatever the entry's type.
func eachWorkersAIModel(c *Context, fn func(re *resolve.Entry, r *resolve.Request)) {
	for _, re := range c.Resolved() {
		for _, r := range re.Requests {
			if r.Model.WorkersAI && r.Model.Present() && r.Model.Judge() {
				fn(re, r)
			}
		}
	}
}

// nearestModel suggests a catalogue id for an unknown one: the same model
// name under its @cf/ or @hf/ prefix, else the closest id by edits.
// endsWithSegment reports whether s ends with "/"+seg, without building
// that string: seg may be a value of megabytes, compared with every model.
func endsWithSegment(s, seg string) bool {
	return len(s) > len(seg) && s[len(s)-len(seg)-1] == '/' && strings.HasSuffix(s, seg)
}

func nearestModel(cat *catalog.Catalog, id string) (string, bool) {
	ids := cat.ModelIDs()
	base := id[strings.LastIndex(id, "/")+1:]
	for _, known := range ids {
		if endsWithSegment(known, base) && (endsWithSegment(known, id) || !strings.HasPrefix(id, "@")) {
			return known, true
		}
	}
	return suggest(id, ids)
}
