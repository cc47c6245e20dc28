package schema

import (
	"encoding/json"
	"unsafe"

	"github.com/qalint/qalint/internal/reader"
)

// Instance is the entries array as the plain Go values validation takes
// (map[string]any, []any, json.Number, string, bool, nil), built once from
// the tree the reader made: no strict-JSON text is written and parsed again,
// no entry is copied per rule, and strings are the reader's own (substrings
// of the file, no copy). Maps are sized exactly and, for a repeated key, the
// last value wins, as in JavaScript and in Qarbine.
func Instance(entries []*reader.Node) any {
	out := make([]any, len(entries))
	for i, n := range entries {
		out[i] = value(n)
	}
	return out
}

func value(n *reader.Node) any {
	switch n.Kind {
	case reader.Object:
		m := make(map[string]any, len(n.Members))
		fillObject(m, n, value)
		return m
	case reader.Array:
		a := make([]any, len(n.Items))
		for i, it := range n.Items {
			a[i] = value(it)
		}
		return a
	}
	return scalar(n)
}

// fillObject sets m to the members of the object n, their values made by
// value.
func fillObject(m map[string]any, n *reader.Node, value func(*reader.Node) any) {
	for _, mem := range n.Members { // in order, so the last of a repeated key wins
		if mem.Value.Kind == reader.Undefined {
			delete(m, mem.Key) // undefined is the same as leaving the key out
			continue
		}
		m[mem.Key] = value(mem.Value)
	}
}

// scalar is the value of a node that is neither an object nor an array.
func scalar(n *reader.Node) any {
	switch n.Kind {
	case reader.String:
		return sharedString[string](&n.Text)
	case reader.Number:
		return sharedString[json.Number](&n.Text)
	case reader.Bool:
		return n.Text == "true"
	}
	return nil
}

// sharedString is *s as an interface value of type T whose data word points
// at the node's own string header. `any(s)` would copy the header to a new
// 16-byte allocation for every string value, a quarter of Instance's time.
// Sharing is sound because a tree is never changed once read, and the
// interface keeps the node alive for as long as the validator holds it.
func sharedString[T ~string](s *string) any {
	var v any = T("") // the type word; an empty string is not allocated
	(*eface)(unsafe.Pointer(&v)).data = unsafe.Pointer(s)
	return v
}

// eface is the layout of an interface value with no methods, as the Go
// runtime defines it: a type word and a pointer to the value.
type eface struct {
	typ  unsafe.Pointer
	data unsafe.Pointer
}
