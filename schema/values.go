package schema

import "github.com/qalint/qalint/internal/reader"

// Values builds instances (see Instance) in the maps and slices of the
// last one it built: a check builds one for every file, and making fresh
// maps was most of that. The zero Values is ready; one Values serves one
// goroutine at a time, and an instance it returns is valid until its next
// Instance or Reset.
type Values struct {
	// maps[small] were made for at most smallMap members, maps[large] for
	// more: Go keeps a small map in one group of slots, which the validator
	// reads faster than a larger map's table, and a map once grown stays so.
	maps   [2][]map[string]any
	nm     [2]int // in use, of each
	arrays [][]any
	na     int // in use
}

const (
	small = iota
	large
)

// smallMap is the most members of a map that Go keeps small.
const smallMap = 8

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
	for k := range v.maps {
		for _, m := range v.maps[k][:v.nm[k]] {
			clear(m)
		}
		v.nm[k] = 0
	}
	for _, a := range v.arrays[:v.na] {
		clear(a)
	}
	v.na = 0
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

// object is an empty map for size members, one kept if there is one.
func (v *Values) object(size int) map[string]any {
	if size > maxReused {
		return make(map[string]any, size)
	}
	k, hint := small, smallMap
	if size > smallMap {
		k, hint = large, size
	}
	if v.nm[k] == len(v.maps[k]) {
		v.maps[k] = append(v.maps[k], make(map[string]any, hint))
	}
	v.nm[k]++
	return v.maps[k][v.nm[k]-1]
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
