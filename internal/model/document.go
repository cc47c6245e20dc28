package model

import (
	"strconv"

	"github.com/qalint/qalint/internal/reader"
	"github.com/qalint/qalint/internal/source"
)

// Document is one input file as read, with its entries located.
type Document struct {
	Path  string
	Src   []byte
	Index *source.Index
	Read  *reader.Result

	// Entries are the entry values in order. Set when the input has one of the
	// accepted shapes, even if some entry is not an object.
	Entries []*Entry
	// ShapeErr says why the input, although readable, is not a list of entries.
	ShapeErr *ShapeError

	secretCache
}

// ShapeError locates a readable input that is not an array of entries.
type ShapeError struct {
	Node *reader.Node
	Msg  string
}

// NewDocument reads src leniently and locates its entries.
func NewDocument(path string, src []byte) *Document {
	d := &Document{Path: path, Src: src, Index: source.NewIndex(src), Read: reader.Read(src)}
	if d.Read.Root == nil {
		return d
	}
	items, shapeErr := entriesOf(d.Read.Root, d.Read.Setting)
	if shapeErr != nil {
		d.ShapeErr = shapeErr
		return d
	}
	d.Entries = make([]*Entry, len(items))
	for i, it := range items {
		d.Entries[i] = &Entry{Index: i, Node: it, doc: d}
	}
	return d
}

// entriesOf accepts the shapes Qarbine's setting comes in: a bare array, an
// object with an aiAssistants (or aiAssistant) key, a single entry, or
// `aiAssistants = [ … ]`, whose value must be an array.
func entriesOf(root *reader.Node, setting string) ([]*reader.Node, *ShapeError) {
	if setting != "" && root.Kind != reader.Array {
		return nil, &ShapeError{root, "the " + setting + " setting must be an array of entries [ {…}, … ], not " + article(root.Kind)}
	}
	switch root.Kind {
	case reader.Array:
		return root.Items, nil
	case reader.Object:
		for _, name := range reader.SettingNames {
			if m := root.Get(name); m != nil {
				if m.Value.Kind != reader.Array {
					return nil, &ShapeError{m.Value, "the " + name + " setting must be an array of entries [ {…}, … ], not " + article(m.Value.Kind)}
				}
				return m.Value.Items, nil
			}
		}
		return []*reader.Node{root}, nil
	}
	return nil, &ShapeError{root, "the setting must be an array of entries [ {…}, … ], not " + article(root.Kind)}
}

func article(k reader.Kind) string {
	switch k {
	case reader.Array, reader.Object:
		return "an " + k.String()
	case reader.Null:
		return "null"
	}
	return "a " + k.String()
}

// Pos is the line:col of a byte offset in the original input.
func (d *Document) Pos(offset int) source.Pos { return d.Index.Pos(offset) }

// Lookup follows JSON-pointer tokens from the entries array to a node. The
// node is nil when the path does not exist; parent is the deepest node that
// does, so a missing key can be reported on its object.
func (d *Document) Lookup(tokens []string) (node, parent *reader.Node) {
	if len(tokens) == 0 {
		return nil, nil
	}
	i, err := strconv.Atoi(tokens[0])
	if err != nil || i < 0 || i >= len(d.Entries) {
		return nil, nil
	}
	n := d.Entries[i].Node
	for _, tok := range tokens[1:] {
		parent = n
		switch n.Kind {
		case reader.Object:
			m := n.Get(tok)
			if m == nil {
				return nil, parent
			}
			n = m.Value
		case reader.Array:
			j, err := strconv.Atoi(tok)
			if err != nil || j < 0 || j >= len(n.Items) {
				return nil, parent
			}
			n = n.Items[j]
		default:
			return nil, parent
		}
	}
	return n, parent
}
