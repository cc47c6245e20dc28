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
				first := firstOfKey(n)
				for i := range n.Members {
					m := &n.Members[i]
					if j := first(i); j != i {
						_, ptr := locate(c, m.KeyStart)
						c.Key(e, m, ptr,
							"key %s is repeated (first at line %d); Qarbine silently uses this later value: delete the one you do not mean",
							model.Quote(m.Key), c.Doc.Pos(n.Members[j].KeyStart).Line)
					}
				}
			})
		}
	},
}

// firstOfKey returns, for the index of a member of object n, the index of
// the first member with the same key: a scan of the members before it in a
// small object (most objects, and no map to make), an index in a large one.
func firstOfKey(n *reader.Node) func(i int) int {
	ms := n.Members
	if len(ms) <= 16 {
		return func(i int) int {
			for j := 0; j < i; j++ {
				if ms[j].Key == ms[i].Key {
					return j
				}
			}
			return i
		}
	}
	first := make(map[string]int, len(ms))
	for i := len(ms) - 1; i >= 0; i-- {
		first[ms[i].Key] = i // the earliest is written last
	}
	return func(i int) int { return first[ms[i].Key] }
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
