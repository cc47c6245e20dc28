package schema

import "github.com/qalint/qalint/internal/reader"

// Values builds instances (see Instance) in the maps and slices of the
// last one it built: a check builds one for every file, and making fresh
// maps was most of that. The zero Values is ready; one Values serves one
// goroutine at a time, and an instance it returns is valid until its next
// Instance or Reset.
type Values struct {
	maps   []map[string]any
	arrays [][]any
	nm, na int // in use
}

// maxReused bounds the members or items of a map or slice that Values
// keeps: a hostile file's huge object gets one of its own.
const maxReused = 64

// Instance is the package's Instance, built in v.
func (v *Values) Instance(entries []*reader.Node) any {
	v.Reset()
	out := v.array(len(entries))
	for i, n := range entries {
		out[i] = v.value(n)
	}
	return out
}

// Reset drops every reference v holds into the last instance's tree, so
// that a pooled Values keeps no file alive.
func (v *Values) Reset() {
	for _, m := range v.maps[:v.nm] {
		clear(m)
	}
	for _, a := range v.arrays[:v.na] {
		clear(a)
	}
	v.nm, v.na = 0, 0
}

func (v *Values) value(n *reader.Node) any {
	switch n.Kind {
	case reader.Object:
		m := v.object(len(n.Members))
		fillObject(m, n, v.value)
		return m
	case reader.Array:
		a := v.array(len(n.Items))
		for i, it := range n.Items {
			a[i] = v.value(it)
		}
		return a
	}
	return scalar(n)
}

// object is an empty map for size members, the next one kept if any.
func (v *Values) object(size int) map[string]any {
	if size > maxReused {
		return make(map[string]any, size)
	}
	if v.nm == len(v.maps) {
		v.maps = append(v.maps, make(map[string]any, maxReused/4))
	}
	v.nm++
	return v.maps[v.nm-1]
}

// array is a slice of n nils, the next one kept if it is long enough.
func (v *Values) array(n int) []any {
	if n > maxReused {
		return make([]any, n)
	}
	if v.na == len(v.arrays) {
		v.arrays = append(v.arrays, make([]any, 0, maxReused/8))
	}
	a := v.arrays[v.na]
	if cap(a) < n {
		a = make([]any, n, max(n, 2*cap(a)))
	}
	a = a[:n]
	v.arrays[v.na] = a
	v.na++
	return a[:n:n]
}
