package rules

import (
	"strings"

	"github.com/qalint/qalint/internal/catalog"
	"github.com/qalint/qalint/internal/model"
)

// Helpers for wording messages, shared by the rules.

func suggest(s string, candidates []string) (string, bool) { return catalog.Suggest(s, candidates) }

func joinQuoted(ss []string) string {
	q := make([]string, len(ss))
	for i, s := range ss {
		q[i] = model.Quote(s)
	}
	return strings.Join(q, ", ")
}

// aType names an entry type with its article: `a "Cloudflare" entry`, `an "OpenAI" entry`.
func aType(name string) string {
	if name != "" && strings.ContainsRune("AEIOUaeiou", rune(name[0])) {
		return "an " + model.Quote(name) + " entry"
	}
	return "a " + model.Quote(name) + " entry"
}
