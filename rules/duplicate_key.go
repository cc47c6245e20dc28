package rules

import (
	"github.com/qalint/qalint/internal/model"
	"github.com/qalint/qalint/internal/reader"
)

// DuplicateKey reports a key given twice in one object.
var DuplicateKey = &Rule{
	ID:       "duplicate-key",
	Severity: model.Error,
	Summary:  "a key is repeated in one object; the later value silently wins",
	Doc: "When an object names a key twice, Qarbine keeps the last value without a word, so an edit to " +
		"the first one has no effect. qalint reports the later key and checks only the value that wins.",
	Bad:  `{ "type": "Cloudflare", "alias": "cf", "model1": "@cf/meta/llama-3.1-8b-instruct-fast", "model1": "@cf/meta/llama-2-7b-chat-int8" }`,
	Good: `{ "type": "Cloudflare", "alias": "cf", "model1": "@cf/meta/llama-3.1-8b-instruct-fast" }`,
	Check: func(c *Context) {
		for _, e := range c.Doc.Entries {
			walkObjects(e.Node, func(n *reader.Node) {
				if len(n.Members) < 2 {
					return
				}
				first := make(map[string]int, len(n.Members))
				for i := range n.Members {
					m := &n.Members[i]
					if j, seen := first[m.Key]; seen {
						_, ptr := locate(c, m.KeyStart)
						c.Key(e, m, ptr,
							"key %s is repeated (first at line %d); Qarbine silently uses this later value: delete the one you do not mean",
							model.Quote(m.Key), c.Doc.Pos(n.Members[j].KeyStart).Line)
						continue
					}
					first[m.Key] = i
				}
			})
		}
	},
}

// walkObjects calls fn for every object at or below n.
func walkObjects(n *reader.Node, fn func(*reader.Node)) {
	switch n.Kind {
	case reader.Object:
		fn(n)
		for _, m := range n.Members {
			walkObjects(m.Value, fn)
		}
	case reader.Array:
		for _, it := range n.Items {
			walkObjects(it, fn)
		}
	}
}
