package reader

import "unsafe"

// Arena is memory that readings carve their nodes, members and items from,
// kept from one reading to the next: a run over thousands of files then
// reuses one file's worth instead of allocating it again for each (fresh
// memory is cleared by the kernel and counted by the garbage collector).
// Everything read in an arena is valid until its Reset: the caller must
// know that nothing still points at the tree then (findings hold strings,
// which never point into an arena). The zero Arena is ready; one reading
// at a time.
type Arena struct {
	nodes   []Node
	members []Member
	items   []*Node
	// The last reading's needs, so that Reset clears what it used and
	// makes room for as much next time.
	needNodes, needMembers, needItems int
}

// maxArena bounds each of an arena's arrays, in elements: a huge or
// hostile file's tree is allocated apart and not kept.
const maxArena = 4096

// ReadIn is Read, carving the tree from a. Its strings are src's own
// memory, not a copy: src must not change for as long as they are used
// (a file read for one check, as lint reads it, never does).
func ReadIn(a *Arena, src []byte) *Result {
	var p parser
	p.init(src, unsafe.String(unsafe.SliceData(src), len(src)))
	p.slab, p.memberSlab, p.itemSlab = a.nodes, a.members, a.items
	res := p.read()
	a.needNodes, a.needMembers, a.needItems = p.nodes, p.members, p.items
	return res
}

// Reset clears what the last reading used, so that nothing it read stays
// reachable through a, and readies a for the next one. Whatever that
// reading returned must no longer be used.
func (a *Arena) Reset() {
	a.nodes = resetArena(a.nodes, a.needNodes)
	a.members = resetArena(a.members, a.needMembers)
	a.items = resetArena(a.items, a.needItems)
	a.needNodes, a.needMembers, a.needItems = 0, 0, 0
}

// resetArena clears the first need elements of s, or replaces s with a
// larger array (up to maxArena) when the reading needed more.
func resetArena[T any](s []T, need int) []T {
	if need <= len(s) {
		clear(s[:need])
		return s
	}
	clear(s) // all of it was used, and a huge reading keeps it
	if need > maxArena {
		return s
	}
	return make([]T, min(need+need/4, maxArena))
}
