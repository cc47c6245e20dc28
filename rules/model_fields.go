package rules

import (
	"slices"
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
	if near, ok := sameModelName(ids, id); ok {
		return near, true
	}
	return suggest(id, ids)
}

// sameModelName finds the known id with the same model name (last segment)
// as id and the most other segments in common: "@cf/meta/zai-org/glm-4.7-flash"
// is "@cf/zai-org/glm-4.7-flash" with an author segment too many, which an
// edit distance over the whole id misses. Bounded: a long id is left to
// Suggest, which bounds itself.
func sameModelName(ids []string, id string) (string, bool) {
	if !strings.HasPrefix(id, "@") || len(id) > 256 {
		return "", false
	}
	segs := strings.Split(strings.ToLower(id), "/")
	base := segs[len(segs)-1]
	best, bestShared, tie := "", -1, false
	for _, known := range ids {
		ks := strings.Split(strings.ToLower(known), "/")
		if ks[len(ks)-1] != base {
			continue
		}
		shared := 0
		for _, k := range ks[:len(ks)-1] {
			if slices.Contains(segs[:len(segs)-1], k) {
				shared++
			}
		}
		switch {
		case shared > bestShared:
			best, bestShared, tie = known, shared, false
		case shared == bestShared:
			tie = true
		}
	}
	return best, best != "" && !tie && !strings.EqualFold(best, id)
}
