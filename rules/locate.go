package rules

import (
	"sort"
	"strconv"

	"github.com/qalint/qalint/internal/model"
	"github.com/qalint/qalint/internal/reader"
)

// locate finds the entry and the JSON pointer of the value or key at
// offset, so that findings made from the reader's tolerances carry them too.
func locate(c *Context, offset int) (*model.Entry, string) {
	// Entries, members and items are in source order: a binary search keeps
	// a file with a million tolerances (a million empty slots) linear.
	es := c.Doc.Entries
	i := sort.Search(len(es), func(i int) bool { return es[i].Node.End > offset })
	if i == len(es) || offset < es[i].Node.Start {
		return nil, ""
	}
	e := es[i]
	if p, ok := pointerIn(e.Node, offset, e.Pointer()); ok {
		return e, p
	}
	return e, e.Pointer()
}

func pointerIn(n *reader.Node, offset int, at string) (string, bool) {
	if n.Start == offset {
		return at, true
	}
	ms := n.Members
	if j := sort.Search(len(ms), func(j int) bool { return ms[j].Value.End > offset }); j < len(ms) {
		m := ms[j]
		if offset >= m.KeyStart && offset < m.KeyEnd {
			return at + "/" + model.EscapePointer(m.Key), true // (in the key: a character inside it)
		}
		if offset >= m.Value.Start && offset < m.Value.End {
			p, _ := pointerIn(m.Value, offset, at+"/"+model.EscapePointer(m.Key))
			return p, true // (inside a value: a ${ or a character of a string)
		}
	}
	items := n.Items
	if j := sort.Search(len(items), func(j int) bool { return items[j].End > offset }); j < len(items) {
		if it := items[j]; offset >= it.Start {
			p, _ := pointerIn(it, offset, at+"/"+strconv.Itoa(j))
			return p, true
		}
	}
	return at, false
}
